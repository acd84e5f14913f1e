//! Regression tests for the defects issue 12 found on answers written blind: the grader
//! scored words, not claims. Each test quotes the kind of answer that passed before and checks
//! it now fails, next to the right answer with the same words, which still passes. They grade
//! with the bundled banks, as `kkori grade` does.

use kkori::bank::Lang;
use kkori::grade::explain::{explain, Paint};
use kkori::grade::{Glossary, Grade, Kind, TermSet, PASS_SCORE};
use kkori::text::{nfc, tokenize};

mod common;

use common::grade;

/// The result of one concept of a grade, by id.
fn concept<'g>(g: &'g Grade, id: &str) -> &'g kkori::grade::ConceptResult {
    g.concepts
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("the rubric has no concept `{id}`"))
}

/// Assert that the English explanation of a grade says each of `parts`.
fn explains(g: &Grade, parts: &[&str]) {
    let text = explain(g, Lang::En, &Paint::plain());
    for part in parts {
        assert!(text.contains(part), "no {part:?} in:\n{text}");
    }
}

/// Whether one of the grade's caps is `wanted`.
fn capped(g: &Grade, wanted: impl Fn(&kkori::grade::Cap) -> bool) -> bool {
    g.caps.iter().any(wanted)
}

fn swapped(g: &Grade) -> bool {
    g.misconceptions
        .iter()
        .any(|m| m.id.starts_with("swapped:"))
}

/// The right answer passes; the same words with the sides exchanged score below 35 and say
/// which claims were swapped.
fn right_and_swapped(question: &str, right: &str, wrong: &str) {
    let r = grade(question, right);
    assert!(
        r.score >= PASS_SCORE,
        "{question}: the right answer scored {}",
        r.score
    );
    assert!(
        !swapped(&r),
        "{question}: the right answer has a swap: {:?}",
        r.misconceptions
    );
    let w = grade(question, wrong);
    assert!(
        w.score < 35,
        "{question}: the swapped answer scored {}",
        w.score
    );
    assert!(swapped(&w), "{question}: no swap recorded");
}

#[test]
fn swapped_scale_up_and_scale_out_fails() {
    right_and_swapped(
        "infra-scale-up-vs-out",
        "스케일 업은 기존 서버 한 대의 CPU나 메모리를 증설하는 방식이라 간단하지만 하드웨어 한계가 있고, \
         스케일 아웃은 서버를 여러 대 추가해서 로드 밸런서로 분산하는 방식이라 장애에 강하지만 세션 같은 상태 관리가 필요합니다.",
        "스케일 업은 서버를 여러 대 추가해서 로드 밸런서로 분산하는 방식이고, \
         스케일 아웃은 기존 서버 한 대의 CPU나 메모리를 증설하는 방식입니다.",
    );
}

#[test]
fn swapped_tcp_and_udp_fails() {
    right_and_swapped(
        "tcp-vs-udp",
        "TCP는 3-way handshake로 연결을 맺고 순서 번호와 재전송으로 순서와 전달을 보장하며 흐름 제어와 혼잡 제어를 합니다. \
         UDP는 연결 없이 데이터그램을 보내서 신뢰성은 낮지만 헤더가 작아 빠르고, 스트리밍이나 DNS에 씁니다.",
        "TCP는 연결을 맺지 않고 헤더가 작아서 빠르고, UDP는 3-way handshake로 연결을 맺어서 신뢰성을 보장합니다.",
    );
}

#[test]
fn swapped_tcp_and_udp_in_english_fails() {
    right_and_swapped(
        "tcp-vs-udp",
        "TCP is connection-oriented: it sets up a connection with a three-way handshake and retransmits lost \
         segments so data arrives reliably and in order, with flow and congestion control. UDP is connectionless, \
         it just sends datagrams with no guarantee, so it is lightweight and fast, used for streaming and DNS.",
        "UDP is connection-oriented: it sets up a connection with a three-way handshake and retransmits lost \
         segments so data arrives reliably and in order. TCP is connectionless, it just sends datagrams with no \
         guarantee, so it is lightweight and fast.",
    );
}

#[test]
fn swapped_l4_and_l7_load_balancers_fail() {
    right_and_swapped(
        "infra-l4-vs-l7-lb",
        "L4 로드 밸런서는 IP 주소와 포트 번호만 보고 트래픽을 분산해서 빠르고, \
         L7 로드 밸런서는 URL이나 헤더, 쿠키 같은 HTTP 내용을 보고 분산해서 더 세밀한 라우팅이 가능합니다.",
        "L7 로드 밸런서는 IP 주소와 포트 번호만 보고 트래픽을 분산해서 빠르고, \
         L4 로드 밸런서는 URL이나 헤더, 쿠키 같은 HTTP 내용을 보고 분산해서 더 세밀한 라우팅이 가능합니다.",
    );
}

#[test]
fn swapped_process_and_thread_fails() {
    right_and_swapped(
        "concurrency-process-vs-thread",
        "프로세스는 실행 중인 프로그램으로 운영체제로부터 독립된 메모리 공간을 할당받고, \
         스레드는 프로세스 안의 실행 흐름으로 같은 프로세스의 힙과 코드 영역을 공유하고 스택만 따로 가집니다. \
         그래서 스레드는 생성과 전환이 가볍지만 공유 자원의 동기화가 필요합니다.",
        "스레드는 실행 중인 프로그램으로 운영체제로부터 독립된 메모리 공간을 할당받고, \
         프로세스는 스레드 안의 실행 흐름으로 같은 스레드의 힙과 코드 영역을 공유하고 스택만 따로 가집니다.",
    );
}

#[test]
fn swapped_container_and_vm_fails() {
    right_and_swapped(
        "infra-container-vs-vm",
        "가상 머신은 하이퍼바이저 위에 게스트 OS를 통째로 올려서 무겁고 부팅이 느리지만 격리가 강하고, \
         컨테이너는 호스트 OS의 커널을 공유하고 namespace와 cgroup으로 격리해서 가볍고 빠르게 뜹니다.",
        "컨테이너는 하이퍼바이저 위에 게스트 OS를 통째로 올려서 무겁고 부팅이 느리지만 격리가 강하고, \
         가상 머신은 호스트 OS의 커널을 공유하고 namespace와 cgroup으로 격리해서 가볍고 빠르게 뜹니다.",
    );
}

#[test]
fn swapped_flow_and_congestion_control_fails() {
    right_and_swapped(
        "tcp-flow-vs-congestion",
        "흐름 제어는 수신 측 버퍼가 넘치지 않도록 수신 윈도우로 송신 속도를 맞추는 것이고, \
         혼잡 제어는 네트워크가 혼잡해지지 않도록 혼잡 윈도우를 슬로우 스타트와 AIMD로 조절하는 것입니다.",
        "혼잡 제어는 수신 측 버퍼가 넘치지 않도록 수신 윈도우로 송신 속도를 맞추는 것이고, \
         흐름 제어는 네트워크가 혼잡해지지 않도록 혼잡 윈도우를 슬로우 스타트와 AIMD로 조절하는 것입니다.",
    );
}

#[test]
fn swapped_xss_and_csrf_fails() {
    right_and_swapped(
        "security-xss-vs-csrf",
        "XSS는 공격자가 악성 스크립트를 페이지에 심어 사용자 브라우저에서 실행시키는 공격이고, \
         CSRF는 로그인한 사용자의 브라우저가 쿠키를 자동으로 보내는 점을 이용해 사용자가 의도하지 않은 요청을 서버에 보내게 하는 공격입니다.",
        "CSRF는 공격자가 악성 스크립트를 페이지에 심어 사용자 브라우저에서 실행시키는 공격이고, \
         XSS는 로그인한 사용자의 브라우저가 쿠키를 자동으로 보내는 점을 이용해 사용자가 의도하지 않은 요청을 서버에 보내게 하는 공격입니다.",
    );
}

#[test]
fn swapped_symmetric_and_public_key_fails() {
    right_and_swapped(
        "security-symmetric-vs-public",
        "대칭키 암호화는 암호화와 복호화에 같은 키를 써서 빠르지만 키를 안전하게 나누는 게 어렵고, \
         공개키 암호화는 공개키와 개인키 한 쌍을 써서 키 배포 문제가 없지만 연산이 느립니다.",
        "공개키 암호화는 암호화와 복호화에 같은 키를 써서 빠르지만 키를 안전하게 나누는 게 어렵고, \
         대칭키 암호화는 공개키와 개인키 한 쌍을 써서 키 배포 문제가 없지만 연산이 느립니다.",
    );
}

#[test]
fn a_swap_explains_whom_the_claim_was_said_of() {
    let g = grade(
        "tcp-vs-udp",
        "TCP는 연결을 맺지 않고 헤더가 작아서 빠르고, UDP는 3-way handshake로 연결을 맺어서 신뢰성을 보장합니다.",
    );
    explains(
        &g,
        &[
            "said of UDP; the rubric expects it of TCP",
            "«UDP는 3-way handshake로 연결을 맺어서»",
        ],
    );
}

#[test]
fn typo_tolerance_never_erases_a_negation() {
    // "저장하지만" is one syllable from "저장하지 않": it must not read as the stateless claim.
    let g = grade(
        "http-stateless",
        "서버가 상태를 저장하지만 요청마다 처리합니다.",
    );
    let no_state = concept(&g, "no-state");
    assert!(!no_state.hit, "{:?}", no_state.evidence);
    // A misconception's term is matched exactly only: "맺지만" is not "맺지 않".
    let mut set = TermSet::default();
    set.add("연결을 맺지 않", &Glossary::default(), Kind::Misconception);
    assert!(set
        .find(&tokenize(&nfc("TCP는 연결을 맺지만 UDP는 바로 보냅니다")))
        .is_empty());
}

#[test]
fn negated_answers_fail() {
    let g = grade(
        "tcp-vs-udp",
        "TCP는 순서를 보장하지 않고 재전송도 하지 않습니다. 흐름 제어나 혼잡 제어도 하지 않습니다.",
    );
    assert!(g.score < 35, "{}", g.score);
    assert!(
        g.misconceptions.iter().any(|m| m.id.starts_with("denied:")),
        "{:?}",
        g.misconceptions
    );
}

#[test]
fn a_concept_never_accepts_a_claim_and_its_opposite() {
    // Speed: UDP is the fast one. "UDP는 느립니다" is no evidence of it, and "TCP가 빠릅니다"
    // is a claim said of the wrong side.
    let slow = grade("tcp-vs-udp", "UDP는 느립니다.");
    let speed = |g: &Grade| g.concepts.iter().find(|c| c.id == "speed").map(|c| c.hit);
    assert_eq!(speed(&slow), Some(false));
    let fast = grade("tcp-vs-udp", "TCP가 빠릅니다.");
    assert_eq!(speed(&fast), Some(false));
    assert!(swapped(&fast), "{:?}", fast.misconceptions);
}

#[test]
fn conjugated_and_derived_forms_count() {
    let mut set = TermSet::default();
    let g = Glossary::default();
    let replace = set.add("교체하다", &g, Kind::Concept);
    let trust = set.add("신뢰", &g, Kind::Concept);
    let ack = set.add("acknowledge the FIN", &g, Kind::Concept);
    let found = |text: &str| {
        set.find(&tokenize(&nfc(text)))
            .into_iter()
            .filter(|o| !o.negated)
            .map(|o| o.term)
            .collect::<Vec<_>>()
    };
    assert!(found("서버를 전체 교체하거나 일부만 바꿉니다").contains(&replace));
    assert!(found("신뢰성이 높습니다").contains(&trust));
    assert!(found("the server acknowledges the FIN").contains(&ack));
}

#[test]
fn a_partial_answer_scores_as_partial() {
    let g = grade("infra-scale-up-vs-out", "스케일 아웃은 장애에 강합니다.");
    assert!(g.score < PASS_SCORE, "{}", g.score);
}

#[test]
fn i_dont_know_is_not_called_a_keyword_list() {
    for answer in ["모르겠습니다", "I don't know"] {
        let g = grade("tcp-vs-udp", answer);
        assert_eq!(g.score, 0);
        assert!(
            !capped(&g, |c| matches!(c, kkori::grade::Cap::BareList)),
            "{answer}: {:?}",
            g.caps
        );
    }
}

#[test]
fn a_term_said_a_thousand_times_is_shown_once_with_a_count() {
    let answer = "클라이언트가 SYN을 보냅니다. ".repeat(1_250);
    let g = grade("tcp-handshake", &answer);
    let text = explain(&g, Lang::Ko, &Paint::plain());
    assert!(text.len() < 4_000, "{} bytes", text.len());
    // 20,000 characters are graded: 1,111 of the 1,250 sentences.
    assert!(
        text.contains("\"SYN을 보냅니다\" (동의어) ×1,111"),
        "{text}"
    );
}

#[test]
fn more_sides_than_can_be_told_apart_is_a_check_error_not_a_panic() {
    let sides: String = (0..40)
        .map(|i| format!("      s{i}: [name{i}]\n"))
        .collect();
    let yaml = format!(
        "rubrics:\n  - id: q\n    sides:\n{sides}    concepts:\n      - id: c\n        label: c\n        of: s39\n        terms: [something]\n"
    );
    let (library, problems) =
        kkori::bank::Library::load([("many.yaml".to_string(), yaml.into_bytes())]);
    assert!(
        problems
            .iter()
            .any(|p| p.is_error() && p.to_string().contains("at most 32")),
        "{problems:?}"
    );
    // Graded anyway (as `check --examples` would), the 33rd side and on bind nothing.
    let grader = kkori::grade::Grader::new(&library);
    let g = grader
        .rubric("q")
        .unwrap()
        .grade("It is said that name39 does something for the user.");
    assert!(g.concepts[0].hit, "{:?}", g.concepts);
}

/// Names are not explanations: flags listed and then each said to do nothing of what they do
/// were credited by the list (100 before). A denial outweighs a bare name said elsewhere.
#[test]
fn names_listed_then_denied_are_not_credited() {
    let denied = grade(
        "tcp-flags",
        "플래그로는 SYN, ACK, FIN, RST, PSH, URG가 있습니다. 하지만 SYN은 연결을 요청하는 데 쓰이지 않고, \
         FIN도 연결 종료와는 관계가 없습니다. ACK는 확인 응답을 뜻하지 않고 RST도 연결을 끊지 않습니다.",
    );
    assert!(denied.score < PASS_SCORE, "scored {}", denied.score);
    let right = grade(
        "tcp-flags",
        "SYN은 연결을 요청하며 순서 번호를 동기화하고, ACK는 확인 응답 번호가 유효하다는 뜻입니다. \
         FIN은 연결을 정상 종료할 때, RST는 연결을 강제로 끊을 때 씁니다. PSH는 버퍼링 없이 바로 전달하라는 뜻이고 URG는 긴급 데이터입니다.",
    );
    assert!(right.score >= PASS_SCORE, "scored {}", right.score);
}

/// Within an explanation, a term alone in a list, or a word the question itself says, counts
/// half: the candidate knows the name, not yet the claim. The explanation says so.
#[test]
fn a_name_alone_counts_half_and_says_so() {
    let listed = grade(
        "concurrency-deadlock",
        "데드락은 두 스레드가 서로 상대가 가진 락을 기다리며 영원히 멈춘 상태입니다. 조건으로는 상호 배제, 점유와 대기, 비선점, 순환 대기가 있습니다.",
    );
    let four = concept(&listed, "four-conditions");
    assert!(four.hit && four.named_only, "{four:?}");
    explains(&listed, &["named, not explained: half weight"]);
    let explained = grade(
        "concurrency-deadlock",
        "데드락은 두 스레드가 서로 상대가 가진 락을 기다리며 영원히 멈춘 상태입니다. 자원을 한 번에 하나만 쓸 수 있는 상호 배제, \
         자원을 쥔 채 다른 자원을 기다리는 점유와 대기, 남의 자원을 빼앗을 수 없는 비선점, 기다림이 원을 이루는 순환 대기가 모두 성립해야 생깁니다.",
    );
    let four = concept(&explained, "four-conditions");
    assert!(four.hit && !four.named_only, "{four:?}");
    assert!(explained.score > listed.score);
}

/// Sides are weighed over the whole answer: an answer that says most of its claims of the
/// other side is a swapped answer, however many of its words are right (here every concept
/// is named, yet each type is described as the other).
#[test]
fn most_claims_said_of_the_other_side_caps_the_answer() {
    let g = grade(
        "security-xss-types",
        "XSS는 세 종류가 있습니다. 반사형 XSS는 스크립트가 게시판 글이나 댓글에 저장되어 그 글을 보는 모든 사용자에게 실행되는 방식이고, \
         저장형 XSS는 URL 파라미터에 넣은 스크립트가 링크를 클릭한 피해자에게 한 번만 반사되어 실행되는 방식입니다. \
         마지막으로 DOM 기반 XSS는 클라이언트 자바스크립트가 DOM을 조작하면서 생깁니다.",
    );
    assert!(
        capped(&g, |c| matches!(c, kkori::grade::Cap::SidesSwapped)),
        "{:?}",
        g.caps
    );
    assert!(g.score <= kkori::grade::SWAPPED_CAP, "scored {}", g.score);
    explains(&g, &["most claims said of the other side: at most 30"]);
}

/// Denials are weighed over the whole answer too. An answer that names the right parts and
/// denies what each does ("비동기 I/O는 지원하지 않고 … 곧바로 반환되지 않습니다") is a negated
/// answer; a right answer that denies a claim or two of the other option is not.
#[test]
fn an_answer_denying_as_much_as_it_states_is_capped() {
    let negated = grade(
        "concurrency-boost-asio",
        "Boost.Asio는 C++ 네트워크 라이브러리이긴 하지만 비동기 I/O는 지원하지 않고, 호출한 스레드가 \
         작업이 끝날 때까지 블로킹됩니다. io_context도 epoll이나 IOCP 같은 운영체제 기능을 쓰지 않으며, \
         async_read 같은 함수도 곧바로 반환되지 않습니다. 완료 핸들러는 run()을 부르지 않아도 \
         호출되고, run()을 여러 스레드에서 부를 수도 없습니다.",
    );
    assert!(
        capped(&negated, |c| matches!(c, kkori::grade::Cap::MostlyDenied)),
        "{:?}",
        negated.caps
    );
    assert!(negated.score <= kkori::grade::DENIED_CAP);
    explains(&negated, &["as many claims denied as stated: at most 30"]);

    let right = grade(
        "tcp-vs-udp",
        "TCP는 3-way 핸드셰이크로 연결을 맺고 순서 번호와 ACK, 재전송으로 신뢰성을 보장합니다. \
         흐름 제어와 혼잡 제어도 합니다. UDP는 연결을 맺지 않고 순서나 도착을 보장하지 않으며 \
         재전송도 하지 않지만 헤더가 작아 빠릅니다. 그래서 실시간 스트리밍이나 DNS에 UDP를 씁니다.",
    );
    assert!(
        !capped(&right, |c| matches!(c, kkori::grade::Cap::MostlyDenied)),
        "{:?}",
        right.caps
    );
    assert!(right.passed, "scored {}", right.score);
}

/// A side whose name is also a verb ("stored") is not named by the verb: in "the script gets
/// stored in the database" the clause is still about the side it began with, so a swapped
/// definition of the two XSS types is read as swapped.
#[test]
fn a_side_name_used_as_a_participle_is_not_the_subject() {
    let g = grade(
        "security-xss-types",
        "Reflected XSS happens when the attacker's script gets stored in the database and is then \
         served to every user who opens the post. Stored XSS means the script is reflected back \
         from a URL parameter to the one victim who clicked the link. DOM-based XSS happens in \
         client-side JavaScript.",
    );
    assert!(
        capped(&g, |c| matches!(c, kkori::grade::Cap::SidesSwapped)),
        "{:?}",
        g.caps
    );
    assert!(!g.passed, "scored {}", g.score);
}

/// A near spelling said as not so is no evidence against a concept: `받았는지 확인할 수 없다`
/// is within typo distance of the term `받았다는 확인`, but it is another claim (and a right
/// one here), so it must not count as denying the concept.
#[test]
fn a_typo_match_under_a_denial_denies_nothing() {
    let g = grade(
        "tcp-why-three-way",
        "2-way로 끝내면 서버는 자기가 보낸 SYN을 클라이언트가 받았는지 확인할 수 없습니다. \
         그래서 세 번째 ACK로 서버의 초기 시퀀스 번호도 확인해 줍니다.",
    );
    assert!(
        !g.misconceptions.iter().any(|m| m.id.starts_with("denied:")),
        "{:?}",
        g.misconceptions
    );
    assert!(g
        .concepts
        .iter()
        .all(|c| c.negated.iter().all(|e| e.how != kkori::grade::How::Typo)));
}

/// A gloss in brackets is part of its clause: `임시 포트(ephemeral port)를 할당합니다` states a
/// claim, it is not a list of two names (which would count at half weight).
#[test]
fn a_bracketed_gloss_is_no_list() {
    let g = grade(
        "socket-same-client-apps",
        "클라이언트 OS가 앱마다 임시 포트(ephemeral port)를 따로 할당합니다. 그래서 출발지 포트가 달라 \
         4-튜플이 겹치지 않습니다.",
    );
    let c = concept(&g, "ephemeral");
    assert!(c.hit && !c.named_only, "{c:?}");
}

/// A missing required concept caps an answer at 50, unless the rest already covers 70% of the
/// rubric and nothing in it is denied or wrong: such an answer knows the topic and said the
/// missing claim in words the rubric lacks ("확인 응답과 자기 번호를 한 패킷에 묶어서" is the
/// SYN+ACK). It is still shown as missing.
#[test]
fn a_missing_required_concept_does_not_cap_an_answer_that_covers_the_rest() {
    let answer =
        "클라이언트가 먼저 SYN을 보내면서 자기 초기 시퀀스 번호를 알리고 SYN_SENT 상태가 됩니다. \
         서버는 LISTEN 상태에서 이걸 받으면 확인 응답과 자기 번호를 한 패킷에 묶어서 돌려주고 \
         SYN_RECEIVED가 됩니다. 마지막으로 클라이언트가 ACK를 보내면 양쪽 모두 ESTABLISHED가 \
         됩니다. 이렇게 세 번 주고받는 건 양쪽이 서로 보내고 받을 수 있는지 확인하고 시퀀스 번호를 \
         맞추기 위해서입니다.";
    let g = grade("tcp-handshake", answer);
    assert!(!concept(&g, "syn-ack").hit);
    assert!(
        g.coverage >= kkori::grade::REQUIRED_WAIVED_AT,
        "{}",
        g.coverage
    );
    assert!(g.passed, "scored {} ({:?})", g.score, g.caps);

    // With a claim denied, the cap holds.
    let denied = grade(
        "tcp-handshake",
        &answer.replace(
            "양쪽 모두 ESTABLISHED가 됩니다",
            "ESTABLISHED 상태는 되지 않습니다",
        ),
    );
    assert!(
        capped(&denied, |c| matches!(
            c,
            kkori::grade::Cap::RequiredMissing { .. }
        )),
        "{:?}",
        denied.caps
    );
    assert!(!denied.passed, "scored {}", denied.score);
}

/// What an answer sets its claim against is not its claim: `…방식과 달리`, "unlike …",
/// "instead of …". A misconception said that way does not fire; said plainly, it does.
#[test]
fn a_misconception_said_as_the_contrast_is_not_claimed() {
    let fired = |answer: &str| {
        grade("concurrency-iocp-worker-threads", answer)
            .misconceptions
            .iter()
            .any(|m| m.id.starts_with("thread-per-client"))
    };
    assert!(!fired(
        "IOCP는 클라이언트마다 스레드를 하나씩 만드는 방식과 달리, CPU 코어 수 정도의 워커 스레드가 \
         완료 포트에서 완료 통지를 꺼내 처리합니다."
    ));
    assert!(!fired(
        "Unlike a thread per client, IOCP keeps a small pool of worker threads, about the number \
         of cores, that wait on the completion port."
    ));
    assert!(fired(
        "IOCP creates one worker thread per client connection, so each client has its own thread."
    ));
}

/// `A가 아니라 B` denies A in a clause of its own: a misconception stated as A does not fire.
#[test]
fn a_claim_denied_by_a_ni_ra_is_not_stated() {
    let g = grade(
        "web-dns-lookup",
        "브라우저 캐시와 OS 캐시를 먼저 보고, 없으면 클라이언트가 루트 서버에 직접 묻는 게 아니라 \
         리졸버가 루트, TLD, 권한 있는 네임서버 순서로 물어봅니다.",
    );
    assert!(
        !g.misconceptions.iter().any(|m| m.id == "browser-asks-root"),
        "{:?}",
        g.misconceptions
    );
}

/// One claim read as said of the other side, among more said of their own, is shown as
/// worth checking and costs nothing: a misread subject must not sink a right answer.
#[test]
fn one_claim_said_of_the_other_side_among_right_ones_is_shown_not_charged() {
    let g = grade(
        "tcp-vs-udp",
        "TCP는 연결 지향이라 3-way handshake로 연결을 맺고, 재전송과 순서 번호로 신뢰성을 보장하며 흐름 제어와 혼잡 제어를 합니다. \
         UDP는 연결 없이 바로 보내서 TCP보다 빠르고, 실시간 스트리밍이나 게임, DNS에 씁니다. 그래서 UDP에서는 재전송이 필요하면 애플리케이션이 직접 구현합니다.",
    );
    let swap = g
        .misconceptions
        .iter()
        .find(|m| m.id == "swapped:mechanism")
        .expect("the swap is still recorded");
    assert_eq!(swap.penalty, 0);
    assert!(g.score >= PASS_SCORE, "scored {}", g.score);
    explains(
        &g,
        &[
            "? worth checking (no points taken)",
            "said of UDP; the rubric expects it of TCP",
        ],
    );
}

/// `스레드들은` marks its subject as `스레드는` does: the plural is no reason to fall back to
/// the first side named (`같은 프로세스 안에 있는 스레드들은 …` is about threads).
#[test]
fn a_plural_subject_is_still_the_subject() {
    let g = grade(
        "concurrency-process-vs-thread",
        "프로세스는 운영체제에게 독립된 메모리 공간을 할당받아 실행 중인 프로그램입니다. 스레드는 그 프로세스 안에서 돌아가는 실행 흐름이고, \
         같은 프로세스 안에 있는 스레드들은 힙과 데이터 영역을 공유하며 스택만 각자 가집니다.",
    );
    assert!(!swapped(&g), "{:?}", g.misconceptions);
    assert!(concept(&g, "shared-memory").hit);
}

/// A filler between a term's words (`딱`, `그냥`, `really`) is no part of the claim.
#[test]
fn a_filler_between_a_terms_words_does_not_hide_it() {
    let with = grade(
        "database-rdbms-vs-nosql",
        "RDBMS는 스키마가 딱 정해져 있고 테이블끼리 조인합니다.",
    );
    let hit = concept(&with, "rdbms-schema");
    assert!(hit.hit, "{hit:?}");
    assert!(
        hit.evidence.iter().any(|e| e.said == "스키마가 딱 정해져"),
        "{:?}",
        hit.evidence
    );
    // A word of degree is no part of it either.
    let degree = grade(
        "database-rdbms-vs-nosql",
        "RDBMS는 스키마가 전부 정해져 있고 테이블끼리 조인합니다.",
    );
    assert!(concept(&degree, "rdbms-schema").hit);
    // A denial is no filler: `스키마가 안 정해져 있다` says the opposite.
    let denied = grade(
        "database-rdbms-vs-nosql",
        "RDBMS는 스키마가 안 정해져 있고 테이블끼리 조인합니다.",
    );
    assert!(
        !concept(&denied, "rdbms-schema")
            .evidence
            .iter()
            .any(|e| e.said.contains("정해져")),
        "{:?}",
        concept(&denied, "rdbms-schema").evidence
    );
}

/// A rubric writes a denial the long way (`상태를 저장하지 않다`); people also say it the
/// short way, with the verb conjugated or split (`안 저장해요`, `저장 안 해요`).
#[test]
fn a_short_negation_is_the_long_one() {
    for answer in [
        "HTTP는 서버가 이전 요청의 상태를 안 저장해요.",
        "HTTP는 서버가 이전 요청의 상태를 저장 안 해요.",
        "HTTP는 서버가 이전 요청의 상태를 저장하지 않아요.",
    ] {
        let g = grade("http-stateless", answer);
        assert!(concept(&g, "no-state").hit, "{answer}: {:?}", g.concepts);
    }
    // And the affirmative is still not the denial.
    let g = grade(
        "http-stateless",
        "HTTP는 서버가 이전 요청의 상태를 저장해요.",
    );
    assert!(!concept(&g, "no-state").hit);
}

/// Points off are not enough for a wrong core claim: an answer that says everything else
/// would still pass (100 − 25). A misconception of `CORE_PENALTY` or more fails the answer,
/// and the explanation says which claim did it.
#[test]
fn a_wrong_core_claim_fails_however_complete_the_rest() {
    let right = "세션 고정은 공격자가 자기가 미리 알고 있는 세션 ID를 URL 파라미터로 피해자 브라우저에 심는 공격입니다. \
                 피해자가 그 ID로 로그인했는데 서버가 같은 세션 ID를 그대로 쓰면 그 세션이 인증된 상태가 되어 공격자가 피해자 행세를 합니다. \
                 로그인에 성공할 때 기존 세션을 무효화하고 새 세션 ID를 발급하면 막힙니다.";
    let r = grade("session-fixation", right);
    assert!(r.score >= 90, "the right answer scored {}", r.score);
    let wrong = format!("{right} 결국 세션 고정은 피해자의 세션 ID를 훔치는 공격입니다.");
    let w = grade("session-fixation", &wrong);
    assert!(w.coverage >= 90, "coverage {}", w.coverage);
    assert_eq!(w.score, kkori::grade::CORE_CAP);
    explains(&w, &["a wrong core claim: at most 50 (describes fixation as stealing the victim's session ID)"]);
}

/// `A하는 대신 B`: A is said as what is not done. The right answer that says fixation plants
/// an ID *instead of* stealing one is not the misconception that it steals one.
#[test]
fn what_is_done_instead_of_is_not_claimed() {
    let g = grade(
        "session-fixation",
        "세션 고정은 공격자가 세션 ID를 훔치는 대신 자기가 미리 알고 있는 세션 ID를 피해자 브라우저에 심는 공격입니다.",
    );
    assert!(
        g.misconceptions.iter().all(|m| m.id != "fixation-is-theft"),
        "{:?}",
        g.misconceptions
    );
}

/// A condition and what follows from it are one claim: "HTTPS를 적용하면 CSRF도 막을 수 있다"
/// states that HTTPS stops CSRF, in Korean and in English, though a condition is its own
/// clause for negation. The right contrast still states no such thing.
#[test]
fn a_claim_made_under_a_condition_is_one_claim() {
    let stops = |g: &Grade| {
        g.misconceptions
            .iter()
            .any(|m| m.id == "https-prevents-csrf")
    };
    for wrong in [
        "HTTPS를 적용하면 CSRF도 막을 수 있어요.",
        "If you use HTTPS, CSRF is impossible.",
    ] {
        let g = grade("security-csrf-https", wrong);
        assert!(stops(&g), "{wrong}: {:?}", g.misconceptions);
    }
    let right = grade(
        "security-csrf-https",
        "HTTPS는 도청을 막지만, CSRF는 못 막습니다.",
    );
    assert!(!stops(&right), "{:?}", right.misconceptions);
}

/// A group whose claim says "not" itself ([싱글 코어] + [발생하지 않다]) is said when its clause
/// is denied: the denial is that claim, and the clause's other words belong to it. Before, the
/// subject words of a denied clause counted as not said, and no such group could fire.
#[test]
fn a_group_that_says_not_is_said_in_a_denied_clause() {
    let wrong = grade(
        "concurrency-deadlock",
        "싱글 코어에서는 데드락이 발생하지 않습니다.",
    );
    assert!(
        wrong
            .misconceptions
            .iter()
            .any(|m| m.id == "no-deadlock-single-core"),
        "{:?}",
        wrong.misconceptions
    );
    let right = grade(
        "concurrency-deadlock",
        "싱글 코어에서도 데드락은 발생합니다.",
    );
    assert!(
        right.misconceptions.is_empty(),
        "{:?}",
        right.misconceptions
    );
}

/// Issue 12, fifth round: when a concept's terms include its side's own name (`SYN` for "SYN:
/// opens a connection"), the name credited the concept wherever it was said, so every claim
/// exchanged between the flags was outweighed by "right" ones and the answer scored 100.
#[test]
fn a_sides_name_is_not_its_claim() {
    // Four of six flags swapped: before, the six names outweighed the four swaps (80, pass).
    right_and_swapped(
        "tcp-flags",
        "TCP 플래그에는 SYN, ACK, FIN, RST, PSH, URG가 있습니다. SYN은 연결을 시작할 때 시퀀스 \
         번호를 동기화하려고 보내고, FIN은 더 보낼 데이터가 없을 때 연결을 정상 종료하려고 \
         보냅니다. ACK는 확인 응답 번호가 유효하다는 뜻이고, RST는 연결을 강제로 끊는 리셋 \
         신호입니다. PSH는 버퍼에 쌓지 말고 바로 애플리케이션에 올리라는 뜻이고, URG는 긴급 \
         데이터가 있다는 표시입니다.",
        "TCP 플래그에는 SYN, ACK, FIN, RST, PSH, URG가 있습니다. FIN은 연결을 시작할 때 시퀀스 \
         번호를 동기화하려고 보내고, SYN은 더 보낼 데이터가 없을 때 연결을 정상 종료하려고 \
         보냅니다. RST는 확인 응답 번호가 유효하다는 뜻이고, ACK는 연결을 강제로 끊는 리셋 \
         신호입니다. PSH는 버퍼에 쌓지 말고 바로 애플리케이션에 올리라는 뜻이고, URG는 긴급 \
         데이터가 있다는 표시입니다.",
    );
    // Naming a flag still shows it is known: half its weight.
    let named = grade("tcp-flags", "SYN, ACK, FIN, RST 플래그가 있습니다.");
    assert!(concept(&named, "syn").hit && concept(&named, "syn").named_only);
}

/// Issue 12, fifth round: a multi-word claim matched across the commas of a list ("제어권,
/// 반환" for `제어권을 반환하다`): the list's words were read as the claim.
#[test]
fn a_list_of_words_is_not_a_claim_made_of_them() {
    let list = grade(
        "concurrency-blocking-vs-nonblocking",
        "블로킹, 대기, 논블로킹, 제어권, 반환, 커널",
    );
    assert!(!concept(&list, "control-return").hit);
    let said = grade(
        "concurrency-blocking-vs-nonblocking",
        "논블로킹 호출은 데이터가 없어도 제어권을 바로 반환해요.",
    );
    assert!(concept(&said, "control-return").hit);
    // A list said *of* something is a claim: the list is its subject.
    let parts = grade(
        "session-jwt",
        "제이슨 웹 토큰이고 헤더, 페이로드, 시그니처로 되어 있어요.",
    );
    let structure = concept(&parts, "structure");
    assert!(structure.hit && !structure.named_only);
}

/// Issue 12, fifth round: a clause made only of a misconception's words ("Upgrade: websocket")
/// counted as a list item, and turned the claims beside it into items at half weight, though
/// no misconception fired.
#[test]
fn a_misconceptions_words_make_no_list() {
    let g = grade(
        "web-websocket-handshake",
        "웹소켓은 HTTP 요청으로 시작합니다. 클라이언트가 Upgrade: websocket, Connection: Upgrade \
         헤더를 담은 GET 요청을 보내면, 서버가 101 Switching Protocols로 응답하고 그 뒤부터는 같은 \
         TCP 연결 위에서 웹소켓 프로토콜로 양방향 통신을 합니다.",
    );
    assert!(g.misconceptions.is_empty(), "{:?}", g.misconceptions);
    assert!(
        g.concepts.iter().filter(|c| c.hit).all(|c| !c.named_only),
        "{}",
        explain(&g, Lang::En, &Paint::plain())
    );
    assert!(g.score >= PASS_SCORE, "{}", g.score);
}

/// Issue 12, sixth round: "업은 …, 아웃은 …" names the sides by the word that tells them apart;
/// it read as no side at all, kept the previous clause's subject, and charged scale-up's claims
/// to scale-out as swaps.
#[test]
fn a_sides_short_name_as_subject_names_the_side() {
    let short = "스케일업은 서버 한 대를 더 좋은걸로 바꾸는거고, 스케일아웃은 서버를 여러대 늘리는 거에요. \
                 업은 그냥 사양만 올리면 되니까 쉬운데 비싸지고 한계가 있구요. 아웃은 대수만 늘리면 되니까 \
                 확장하기 좋고 하나 죽어도 괜찮은데 관리가 복잡해져요.";
    let g = grade("infra-scale-up-vs-out", short);
    assert!(!swapped(&g), "{:?}", g.misconceptions);
    assert!(concept(&g, "up-limit").hit);
    // Said the other way round, the short names still swap the claims.
    let g = grade(
        "infra-scale-up-vs-out",
        "스케일업이랑 스케일아웃이 있어요. 아웃은 사양만 올리면 되니까 쉬운데 비싸지고 한계가 있구요. \
         업은 대수만 늘리면 되니까 확장하기 좋고 하나 죽어도 괜찮은데 관리가 복잡해져요.",
    );
    assert!(swapped(&g), "{:?}", g.misconceptions);
    assert!(g.score < PASS_SCORE, "{}", g.score);
}

/// Issue 12, sixth round: a claim the answer reports in order to correct it ("흔히 POST가 더
/// 안전하다고 하는데, …") is not the answer's claim; said as its own, it is.
#[test]
fn a_misconception_reported_to_be_corrected_is_not_claimed() {
    let fired = |answer: &str| {
        grade("http-get-vs-post", answer)
            .misconceptions
            .iter()
            .any(|m| m.id == "post-is-secure")
    };
    assert!(!fired(
        "POST는 데이터를 본문에 담아 보냅니다. 흔히 POST가 더 안전하다고 하는데, 바디에 있다고 \
         암호화되는 건 아니라서 민감한 정보는 결국 HTTPS로 보내야 합니다."
    ));
    assert!(!fired(
        "POST가 GET보다 더 안전하다는 건 오해예요. 본문도 HTTPS 없이는 그대로 보입니다."
    ));
    assert!(!fired(
        "People often say POST is more secure, but the body is plain text without HTTPS."
    ));
    assert!(fired(
        "POST는 데이터를 본문에 담아서 보내요. 그래서 POST가 GET보다 더 안전합니다."
    ));
    assert!(fired(
        "POST is more secure than GET because the data is in the body."
    ));
}

/// Issue 12, sixth round: `전자는 …, 후자는 …` ("the former … the latter …") names the two sides
/// by the order the answer named them in; it read as no side, so a swap said that way passed
/// (`socket-keepalive`, 67).
#[test]
fn the_former_and_the_latter_name_the_sides() {
    let intro = "TCP의 SO_KEEPALIVE와 HTTP Keep-Alive는 동작하는 계층이 다릅니다. ";
    let reuse = "한 번 맺은 TCP 연결을 닫지 않고 여러 요청과 응답에 재사용하도록 하는 옵션이라서 \
                 매번 3-way handshake를 다시 하지 않아도 됩니다. ";
    let probe = "연결이 오래 idle 상태일 때 주기적으로 probe를 보내 상대가 살아 있는지 확인하고, \
                 응답이 없으면 죽은 연결로 판단해 끊어 주는 전송 계층 기능입니다.";
    let right = grade(
        "socket-keepalive",
        &format!("{intro}후자는 {reuse}전자는 {probe}"),
    );
    assert!(!swapped(&right), "{:?}", right.misconceptions);
    assert!(right.score >= PASS_SCORE, "{}", right.score);
    let wrong = grade(
        "socket-keepalive",
        &format!("{intro}전자는 {reuse}후자는 {probe}"),
    );
    assert!(swapped(&wrong), "{:?}", wrong.misconceptions);
    assert!(wrong.score < PASS_SCORE, "{}", wrong.score);
}

/// Issue 12, sixth round: an English clause that opens with a pronoun ("It keeps its data in
/// memory") or with its verb ("Redis, by contrast, is disk-based") goes on with the subject
/// before it; the side named in its predicate is what is said of that subject. Read as the
/// subject, it turned a swapped answer's claims into right ones (75).
#[test]
fn an_english_clause_opening_with_it_or_its_verb_keeps_the_subject() {
    let g = grade(
        "session-storage-memory-vs-disk",
        "I'd go with MySQL. It keeps its data entirely in memory, so reads come back in well \
         under a millisecond, and it has built-in per-key expiry, so a session simply disappears \
         when its TTL runs out. Redis, by contrast, is disk-based: every lookup may hit the disk \
         and it slows down under heavy read load.",
    );
    assert!(swapped(&g), "{:?}", g.misconceptions);
    assert!(g.score < PASS_SCORE, "{}", g.score);
    // A verb after a subject that is no side ("The receiver, meanwhile, is using delayed
    // ACK") does not reach back to the side of the sentence before.
    let g = grade(
        "tcp-nagle-delayed-ack",
        "They end up waiting on each other. Say the sender writes a small header and then a small \
         body. The header goes out, but Nagle holds the body until the header's ACK comes back. \
         The receiver, meanwhile, is using delayed ACK: it doesn't have a full request to answer \
         yet, so it sits on the ACK hoping to piggyback it, until its timer fires, something like \
         40 ms on Linux. Only then does the body go out, so every request eats that delay. \
         Setting TCP_NODELAY or writing the whole message in one send fixes it.",
    );
    assert!(
        !capped(&g, |c| matches!(c, kkori::grade::Cap::SidesSwapped)),
        "{:?}",
        g.caps
    );
    assert!(g.score >= PASS_SCORE, "{}", g.score);
}

/// Issue 12, sixth round: list items before a denied predicate are denied with it. In "도착
/// 보장이나 순서 보장, 재전송, 흐름 제어가 없습니다" the commas made clauses of the items, and
/// UDP's lack of ordering read as UDP claiming TCP's ordering (a swap).
#[test]
fn list_items_before_a_denial_are_denied_with_it() {
    let g = grade(
        "tcp-vs-udp",
        "TCP는 3-way 핸드셰이크로 연결을 맺고 재전송으로 순서대로 도착하는 것을 보장합니다. \
         UDP는 비연결형이라 핸드셰이크 없이 바로 데이터그램을 보내고, 도착 보장이나 순서 보장, \
         재전송, 흐름 제어가 없습니다.",
    );
    assert!(!swapped(&g), "{:?}", g.misconceptions);
    // Items that end in a connective say something of their own and keep their polarity.
    let g = grade(
        "web-nginx",
        "엔진엑스는 웹서버인데 아파치랑 다르게 연결마다 쓰레드를 붙이는게 아니라 이벤트 기반으로 \
         돌아가서, 워커 프로세스 몇 개만으로 동시접속 엄청 많이 받아도 메모리를 별로 안 먹어요.",
    );
    assert!(concept(&g, "event-driven").hit);
}

/// Issue 12, sixth round: a reason said with 때문에 is denied by the predicate before it
/// ("일관성 문제도 생기지 않기 때문에"): the clause ended in 때문에, so its denial went unseen and a
/// negated answer passed (`infra-scale-up-when`, 63).
#[test]
fn a_denied_reason_before_ttaemune_is_denied() {
    let g = grade(
        "infra-scale-up-when",
        "스케일 업을 택하는 게 더 나은 경우는 사실상 없습니다. 데이터베이스처럼 상태를 가진 시스템이라도 \
         샤딩하는 데 특별한 어려움이 없고 분산 트랜잭션이나 일관성 문제도 생기지 않기 때문에 스케일 업이 \
         필요하지 않습니다.",
    );
    assert!(!concept(&g, "consistency-db").hit);
    assert!(g.score < PASS_SCORE, "{}", g.score);
}

/// Issue 12, sixth round: a relative clause ("…, where the TCP connection is reused for several
/// requests, …") has its own subject, but the clause after it goes on with the one before:
/// "each request is still self-contained" was read as said of TCP.
#[test]
fn a_relative_clause_does_not_change_the_subject_after_it() {
    let g = grade(
        "http-tcp-connection-vs-http",
        "The two statements describe different layers. TCP is connection-oriented: it performs the \
         three-way handshake and keeps sequence numbers and windows to deliver a reliable byte \
         stream. HTTP being connectionless refers to the application protocol: each request and \
         response is an independent exchange, and the server does not remember the client between \
         requests. Even with HTTP/1.1 keep-alive, where the TCP connection is reused for several \
         requests, each request is still self-contained.",
    );
    assert!(!swapped(&g), "{:?}", g.misconceptions);
    assert!(g.score >= PASS_SCORE, "{}", g.score);
}

//! Grading on the bundled banks with real answers: each Korean case of the matcher, and
//! snapshots of the explanations a candidate reads (text) and tools read (JSON).

use kkori::bank::Lang;
use kkori::grade::explain::{explain, Paint};
use kkori::grade::{Grade, PASS_SCORE};

mod common;

use common::grade;

const HANDSHAKE: &str = "클라이언트가 SYN을 보내 연결을 요청하면 서버가 SYN+ACK로 응답하고, \
    클라이언트가 ACK를 보내면 양쪽이 ESTABLISHED 상태가 됩니다. 이 과정에서 서로의 초기 순서 번호를 교환합니다. \
    종료할 때는 한쪽이 FIN을 보내면 상대가 ACK로 답하고, 남은 데이터를 다 보낸 뒤 자신의 FIN을 보냅니다. \
    마지막 ACK를 보낸 쪽은 TIME_WAIT 상태로 잠시 기다립니다.";

#[test]
fn a_good_korean_answer_passes() {
    let g = grade("tcp-handshake", HANDSHAKE);
    assert!(g.score >= 80, "{}", g.score);
}

#[test]
fn english_is_graded_like_korean() {
    let ko = grade("tcp-handshake", HANDSHAKE).score;
    let en = grade(
        "tcp-handshake",
        "The client sends a SYN to request a connection, the server replies with SYN-ACK, and the client \
         answers with an ACK, so both sides reach ESTABLISHED. They exchange their initial sequence numbers. \
         To close, one side sends FIN, the other acknowledges with ACK, finishes sending its remaining data \
         and then sends its own FIN; the side that sent the last ACK waits in TIME_WAIT.",
    )
    .score;
    assert!(
        en >= PASS_SCORE && ko.abs_diff(en) <= 20,
        "ko {ko}, en {en}"
    );
}

#[test]
fn typos_and_missing_spaces_cost_little() {
    let clean = grade("tcp-handshake", HANDSHAKE).score;
    let typos = grade(
        "tcp-handshake",
        &HANDSHAKE
            .replace("요청하면", "요청허면")
            .replace("ESTABLISHED", "ESTABLISHD"),
    );
    assert!(typos.score + 20 >= clean, "{} vs {clean}", typos.score);
    let unspaced = grade(
        "tcp-handshake",
        "클라이언트가SYN을보내면서버가SYN+ACK로응답하고클라이언트가ACK를보내연결이수립됩니다 \
         종료할때는FIN을보내고상대가ACK한뒤남은데이터를보내고FIN을보냅니다",
    );
    assert!(unspaced.score >= PASS_SCORE, "{}", unspaced.score);
}

#[test]
fn a_bare_keyword_list_does_not_pass() {
    let g = grade(
        "tcp-handshake",
        "SYN, SYN-ACK, ACK, ESTABLISHED, 초기 순서 번호",
    );
    assert!(g.score < PASS_SCORE, "{}", g.score);
}

#[test]
fn negated_terms_are_not_evidence() {
    let right = grade(
        "tcp-vs-udp",
        "TCP는 연결형이라 순서와 신뢰성을 보장하고 UDP는 비연결형이라 빠르지만 보장하지 않습니다.",
    );
    let wrong = grade(
        "tcp-vs-udp",
        "TCP는 순서를 보장하지 않고 신뢰성도 없습니다. UDP는 연결형입니다.",
    );
    assert!(right.score >= PASS_SCORE, "{}", right.score);
    assert!(wrong.score < 35, "{}", wrong.score);
}

#[test]
fn off_topic_scores_nothing() {
    assert_eq!(
        grade(
            "tcp-handshake",
            "쿠키는 브라우저에 저장되는 작은 데이터입니다."
        )
        .score,
        0
    );
}

fn text(g: &Grade, lang: Lang) -> String {
    explain(g, lang, &Paint::plain())
}

#[test]
fn explanation_snapshots() {
    let cases = [
        ("tcp-handshake", HANDSHAKE),
        ("tcp-handshake", "SYN, SYN-ACK, ACK"),
        ("session-cookie-vs-session", "쿠키는 클라이언트 브라우저에 저장되고 세션은 서버에 저장됩니다. 세션 아이디만 쿠키로 주고받아서 더 안전합니다."),
        ("security-cors", "CORS는 서버가 다른 출처의 요청을 막는 정책입니다."),
        ("tcp-vs-udp", "TCP는 순서를 보장하지 않고, UDP는 연결형입니다."),
    ];
    for (i, (question, answer)) in cases.iter().enumerate() {
        let g = grade(question, answer);
        insta::assert_snapshot!(
            format!("text_{i}_{question}"),
            format!("{answer}\n---\n{}", text(&g, Lang::Ko))
        );
        insta::assert_json_snapshot!(format!("json_{i}_{question}"), g);
    }
    let g = grade(
        "tcp-handshake",
        "The client sends SYN, the server answers SYN-ACK, then the client sends ACK.",
    );
    insta::assert_snapshot!("text_english_ui", text(&g, Lang::En));
}

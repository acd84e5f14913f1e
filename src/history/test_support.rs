//! Scripted histories and a small library for the history's unit tests.

use crate::bank::Library;
use crate::interview::Mode;

use super::record::{ConceptRecord, SessionRecord, Snapshot, TurnRecord};

/// A fixed "now" of the tests: 2027-01-15.
pub const T0: u64 = 1_800_000_000;
pub const DAY: u64 = 86_400;

/// A turn answered with `score`: concept `basic` shown from 15 up, `deep` from 60 up.
pub fn turn(index: u32, question: &str, topic: &str, score: u8, at: u64) -> TurnRecord {
    TurnRecord {
        index,
        question: question.to_string(),
        topic: topic.to_string(),
        main: index,
        depth: 0,
        answer: format!("answer to {question}"),
        skipped: false,
        score,
        grade: Some(crate::grade::grade_of(score)),
        seconds: 60,
        hints: Vec::new(),
        over_time: false,
        asked_at: at - 60,
        answered_at: at,
        concepts: vec![
            ConceptRecord {
                id: "basic".to_string(),
                hit: score >= 15,
                weight: 1,
                required: true,
            },
            ConceptRecord {
                id: "deep".to_string(),
                hit: score >= 60,
                weight: 2,
                required: false,
            },
        ],
        misconceptions: Vec::new(),
    }
}

/// A session on day `day` after [`T0`] with these (question, topic, score) turns, a
/// minute apart.
pub fn session(day: u64, turns: &[Answer]) -> SessionRecord {
    let start = T0 + day * DAY;
    SessionRecord {
        id: format!("day{day:03}"),
        mode: Mode::Solo,
        candidate: None,
        lang: crate::bank::Lang::Ko,
        started_at: start,
        ended_at: Some(start + 60 * (turns.len() as u64 + 1)),
        quit_early: false,
        settings: serde_json::json!({}),
        turns: turns
            .iter()
            .enumerate()
            .map(|(i, (q, t, s))| turn(i as u32, q, t, *s, start + 60 * (i as u64 + 1)))
            .collect(),
    }
}

/// (question, topic, score) of one scripted turn.
pub type Answer<'a> = (&'a str, &'a str, u8);

/// A history of one session per (day, turns).
pub fn script(days: &[(u64, &[Answer])]) -> Snapshot {
    Snapshot::from_sessions(days.iter().map(|(d, t)| session(*d, t)).collect())
}

const BANK: &str = r#"
topics:
  - { id: tcp, label: { ko: TCP와 UDP, en: TCP and UDP } }
  - { id: session, label: { ko: 세션과 쿠키, en: Sessions and cookies } }
  - { id: http, label: { ko: HTTP, en: HTTP } }
questions:
  - { id: handshake, topic: tcp, difficulty: medium, prompt: 핸드셰이크?, model_answer: SYN }
  - { id: why-three, topic: tcp, difficulty: medium, follow_up_only: true, prompt: 왜 세 번?, model_answer: 양방향 }
  - { id: tcp-vs-udp, topic: tcp, difficulty: easy, prompt: TCP와 UDP?, model_answer: 연결형 }
  - { id: udp-use, topic: tcp, difficulty: easy, prompt: UDP는 언제?, model_answer: 실시간 }
  - { id: cookie, topic: session, difficulty: easy, prompt: 쿠키?, model_answer: 클라이언트 }
  - { id: jwt, topic: session, difficulty: medium, prompt: JWT?, model_answer: 토큰 }
  - { id: keep-alive, topic: http, difficulty: easy, prompt: keep-alive?, model_answer: 재사용 }
  - { id: cors, topic: http, difficulty: medium, prompt: CORS?, model_answer: 출처 }
"#;

fn rubric(id: &str) -> String {
    format!(
        "  - id: {id}\n    concepts:\n      - {{ id: basic, label: 기본 <b>, terms: [기본], required: true, hint: {{ ko: 기본부터, en: start with the basics }} }}\n      - {{ id: deep, label: 심화, terms: [심화], weight: 2 }}\n"
    )
}

/// Seven main questions over three topics (and one follow-up-only), each with a rubric
/// of concepts `basic` (with a hint) and `deep`.
pub fn library() -> Library {
    let ids = [
        "handshake",
        "why-three",
        "tcp-vs-udp",
        "udp-use",
        "cookie",
        "jwt",
        "keep-alive",
        "cors",
    ];
    let rubrics: String = ids.iter().map(|id| rubric(id)).collect();
    let text = format!("{BANK}rubrics:\n{rubrics}");
    let (library, problems) = Library::load([("test.yaml", text.into_bytes())]);
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    library
}

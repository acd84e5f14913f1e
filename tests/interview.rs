//! The interview state machine, driven by scripted events with a fixed clock, on the
//! fixture bank (the TCP chain of note 004). No terminal involved.

use kkori::bank::{Condition, Library};
use kkori::grade::Grader;
use kkori::interview::choose::{plan, Filter};
use kkori::interview::{
    Damage, Event, Interview, InterviewError, Mode, Planned, Reply, Session, Settings, HINT_COST,
};

fn fixture() -> (Library, Grader) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bank/tcp.yaml");
    let (library, problems) = Library::load([(path, std::fs::read(path).unwrap())]);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let grader = Grader::new(&library);
    (library, grader)
}

fn session(plan: &[&str], max_depth: u8) -> Session {
    let settings = Settings {
        max_depth,
        time_limit: Some(60),
        ..Settings::default()
    };
    Session::new("test", 1_000, settings, planned(plan))
}

/// The question ids asked, in order, from a list of replies.
fn asked(replies: &[Reply]) -> Vec<(String, u8)> {
    replies
        .iter()
        .filter_map(|r| match r {
            Reply::Ask(a) => Some((a.question.clone(), a.depth)),
            _ => None,
        })
        .collect()
}

const STRONG_HANDSHAKE: &str = "클라이언트가 SYN을 보내면 서버가 SYN-ACK로 응답하고 클라이언트가 ACK를 보내 연결이 수립됩니다.";
const WEAK_HANDSHAKE: &str = "클라이언트가 SYN을 보내고 ACK를 받아서 연결합니다.";
const CLOSE_WITHOUT_TIME_WAIT: &str =
    "FIN을 받은 쪽은 보낼 데이터가 남아 있을 수 있어서 ACK만 먼저 보내고 나중에 FIN을 보냅니다.";

#[test]
fn a_missed_concept_asks_its_follow_up() {
    let (lib, grader) = fixture();
    let (mut iv, first) = Interview::start(
        &lib,
        &grader,
        session(&["handshake", "keep-alive"], 2),
        1_000,
    )
    .unwrap();
    assert_eq!(asked(&first), [("handshake".to_string(), 0)]);
    let replies = iv.handle(Event::Answer(WEAK_HANDSHAKE.into()), 1_030);
    assert!(matches!(replies[0], Reply::Graded { turn: 0 }));
    assert_eq!(asked(&replies), [("why-three".to_string(), 1)]);
    let reason = iv.pending().unwrap().reason.clone().unwrap();
    assert_eq!(reason.from, "handshake");
    assert_eq!(reason.when, Condition::Missed("syn-ack".into()));
    assert_eq!(iv.session().turns[0].seconds, 30);
}

#[test]
fn a_strong_answer_goes_deeper_down_the_chain() {
    let (lib, grader) = fixture();
    let (mut iv, _) =
        Interview::start(&lib, &grader, session(&["handshake", "keep-alive"], 2), 0).unwrap();
    let replies = iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 10);
    assert_eq!(iv.session().turns[0].score, 100);
    assert_eq!(asked(&replies), [("four-way".to_string(), 1)]);
    let replies = iv.handle(Event::Answer(CLOSE_WITHOUT_TIME_WAIT.into()), 20);
    assert_eq!(
        asked(&replies),
        [("time-wait".to_string(), 2)],
        "missed TIME_WAIT → ask about it"
    );
    let replies = iv.handle(
        Event::Answer("늦게 도착하는 패킷을 처리하려고 기다립니다.".into()),
        30,
    );
    assert_eq!(
        asked(&replies),
        [("keep-alive".to_string(), 0)],
        "depth 2 reached → next main question"
    );
}

#[test]
fn the_depth_limit_stops_the_chain() {
    let (lib, grader) = fixture();
    let (mut iv, _) =
        Interview::start(&lib, &grader, session(&["handshake", "keep-alive"], 1), 0).unwrap();
    iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 10);
    let replies = iv.handle(Event::Answer(CLOSE_WITHOUT_TIME_WAIT.into()), 20);
    assert_eq!(asked(&replies), [("keep-alive".to_string(), 0)]);
}

#[test]
fn hints_come_required_first_and_cost_points() {
    let (lib, grader) = fixture();
    let (mut iv, _) = Interview::start(&lib, &grader, session(&["handshake"], 0), 0).unwrap();
    let hints: Vec<String> = (0..4)
        .map(|_| match &iv.handle(Event::Hint, 1)[0] {
            Reply::Hint { concept, cost, .. } => {
                assert_eq!(*cost, HINT_COST);
                concept.clone()
            }
            Reply::NoMoreHints => "none".into(),
            other => panic!("{other:?}"),
        })
        .collect();
    // `syn` is required; then by weight; `established` has no hint.
    assert_eq!(hints, ["syn", "syn-ack", "ack", "none"]);
    iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 5);
    let turn = &iv.session().turns[0];
    assert_eq!(turn.grade.as_ref().unwrap().score, 100);
    assert_eq!(turn.score, 100 - 3 * HINT_COST);
    assert_eq!(turn.hints, ["syn", "syn-ack", "ack"]);
}

#[test]
fn skip_records_the_turn_and_moves_on_without_follow_ups() {
    let (lib, grader) = fixture();
    let (mut iv, _) =
        Interview::start(&lib, &grader, session(&["handshake", "tcp-vs-udp"], 2), 0).unwrap();
    let replies = iv.handle(Event::Skip, 3);
    assert!(matches!(replies[0], Reply::Skipped { turn: 0 }));
    assert_eq!(asked(&replies), [("tcp-vs-udp".to_string(), 0)]);
    let turn = &iv.session().turns[0];
    assert!(turn.skipped && turn.grade.is_none() && turn.score == 0);
}

#[test]
fn quit_ends_the_session_and_keeps_what_was_answered() {
    let (lib, grader) = fixture();
    let (mut iv, _) =
        Interview::start(&lib, &grader, session(&["tcp-vs-udp", "keep-alive"], 2), 0).unwrap();
    iv.handle(
        Event::Answer("TCP는 연결형, UDP는 비연결형입니다.".into()),
        5,
    );
    assert_eq!(iv.handle(Event::Quit, 6), [Reply::Finished]);
    let s = iv.session();
    assert!(s.is_finished() && s.quit_early && s.pending.is_none());
    assert_eq!(s.turns.len(), 1);
    assert_eq!(
        iv.handle(Event::Answer("더".into()), 7),
        [Reply::Finished],
        "nothing is taken after the end"
    );
}

#[test]
fn empty_answers_are_not_recorded_and_model_needs_an_answer() {
    let (lib, grader) = fixture();
    let (mut iv, _) = Interview::start(&lib, &grader, session(&["keep-alive"], 2), 0).unwrap();
    assert_eq!(
        iv.handle(Event::Answer("  \n ".into()), 1),
        [Reply::EmptyAnswer]
    );
    assert_eq!(iv.handle(Event::Model, 1), [Reply::NothingAnsweredYet]);
    assert!(iv.session().turns.is_empty());
    iv.handle(Event::Answer("연결을 재사용합니다".into()), 2);
    assert!(
        matches!(&iv.handle(Event::Model, 3)[0], Reply::Model { question, .. } if question == "keep-alive")
    );
}

#[test]
fn a_misconception_lowers_the_score() {
    let (lib, grader) = fixture();
    let (mut iv, _) = Interview::start(&lib, &grader, session(&["tcp-vs-udp"], 2), 0).unwrap();
    iv.handle(
        Event::Answer("TCP는 신뢰성을 보장하고 UDP는 연결형이라 빠릅니다.".into()),
        1,
    );
    let grade = iv.session().turns[0].grade.clone().unwrap();
    assert_eq!(grade.misconceptions[0].id, "udp-connection");
    assert!(grade.score < grade.coverage);
}

#[test]
fn resuming_a_saved_session_continues_exactly() {
    let (lib, grader) = fixture();
    let plan = ["handshake", "keep-alive"];
    let answers = [
        STRONG_HANDSHAKE,
        CLOSE_WITHOUT_TIME_WAIT,
        "늦게 도착하는 패킷 때문입니다",
        "연결을 재사용합니다",
    ];

    // Uninterrupted.
    let (mut whole, _) = Interview::start(&lib, &grader, session(&plan, 2), 0).unwrap();
    for (i, a) in answers.iter().enumerate() {
        whole.handle(Event::Answer(a.to_string()), i as u64 + 1);
    }

    // Interrupted after two answers, saved as JSON, resumed.
    let (mut first, _) = Interview::start(&lib, &grader, session(&plan, 2), 0).unwrap();
    for (i, a) in answers[..2].iter().enumerate() {
        first.handle(Event::Answer(a.to_string()), i as u64 + 1);
    }
    let saved = first.session().to_json();
    let restored = Session::from_json(&saved).unwrap();
    let (mut second, replies) = Interview::resume(&lib, &grader, restored, 3).unwrap();
    assert_eq!(asked(&replies), [("time-wait".to_string(), 2)]);
    for (i, a) in answers[2..].iter().enumerate() {
        second.handle(Event::Answer(a.to_string()), i as u64 + 3);
    }
    let (a, b) = (whole.session(), second.session());
    assert!(a.is_finished() && b.is_finished());
    let ids = |s: &Session| {
        s.turns
            .iter()
            .map(|t| (t.question.clone(), t.depth, t.score))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(a), ids(b));
}

#[test]
fn a_finished_session_cannot_be_resumed() {
    let (lib, grader) = fixture();
    let (mut iv, _) = Interview::start(&lib, &grader, session(&["keep-alive"], 2), 0).unwrap();
    iv.handle(Event::Quit, 1);
    let err = Interview::resume(&lib, &grader, iv.into_session(), 2)
        .err()
        .unwrap();
    assert!(err.to_string().contains("already finished"));
}

#[test]
fn plans_are_seeded_filtered_and_never_start_with_follow_ups() {
    let (lib, _) = fixture();
    let all = Filter::default();
    let a = plan(&lib, &all, 10, 7);
    assert_eq!(a, plan(&lib, &all, 10, 7), "same seed, same plan");
    assert_eq!(
        a.len(),
        3,
        "handshake, tcp-vs-udp, keep-alive: follow-up-only questions are excluded"
    );
    let only_http = Filter {
        topics: vec!["http".into()],
        ..Filter::default()
    };
    assert_eq!(plan(&lib, &only_http, 10, 1), ["keep-alive"]);
    let typo = Filter {
        topics: vec!["htp".into()],
        ..Filter::default()
    };
    assert_eq!(
        typo.unknown_names(&lib),
        ["unknown topic `htp`; did you mean `http`?"]
    );
}

fn pair_session(plan: &[&str]) -> Session {
    Session {
        mode: Mode::Pair,
        candidate: Some("지수".into()),
        ..session(plan, 2)
    }
}

#[test]
fn pair_mode_combines_typed_words_ticks_and_marks() {
    let (lib, grader) = fixture();
    let (mut iv, _) =
        Interview::start(&lib, &grader, pair_session(&["handshake", "keep-alive"]), 0).unwrap();
    assert_eq!(
        iv.handle(Event::Answer("클라이언트가 SYN을 보내고".into()), 1),
        [Reply::Noted]
    );
    assert_eq!(
        iv.handle(Event::Heard(vec!["syn-ack".into()]), 2),
        [Reply::Noted]
    );
    assert_eq!(
        iv.handle(Event::Note("말이 빨랐음".into()), 3),
        [Reply::Noted]
    );
    assert_eq!(
        iv.handle(Event::Take, 3),
        [Reply::NotNow],
        "nothing proposed yet"
    );
    let replies = iv.handle(Event::Done, 4);
    assert!(matches!(replies[0], Reply::Graded { turn: 0 }));
    let turn = &iv.session().turns[0];
    let grade = turn.grade.as_ref().unwrap();
    let hit: Vec<&str> = grade
        .concepts
        .iter()
        .filter(|c| c.hit)
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(hit, ["syn", "syn-ack"]);
    assert!(grade.concepts[1].heard && !grade.concepts[0].heard);
    assert_eq!(turn.notes, ["말이 빨랐음"]);
    // syn + syn-ack = 4 of 6 weight points: 67 ≥ 60, so the strong-answer rule proposes four-way.
    match &replies[1] {
        Reply::Proposed(Some(asked)) => assert_eq!(asked.question, "four-way"),
        other => panic!("{other:?}"),
    }
    assert!(
        iv.pending().is_none(),
        "waiting for the interviewer's decision"
    );
}

#[test]
fn pair_mode_interviewer_may_choose_another_follow_up_or_move_on() {
    let (lib, grader) = fixture();
    let (mut iv, _) =
        Interview::start(&lib, &grader, pair_session(&["handshake", "keep-alive"]), 0).unwrap();
    iv.handle(
        Event::Heard(vec!["syn".into(), "syn-ack".into(), "ack".into()]),
        1,
    );
    iv.handle(Event::Done, 2);
    assert_eq!(
        iv.handle(Event::AskInstead("nope".into()), 3),
        [Reply::CannotAsk("nope".into())]
    );
    let replies = iv.handle(Event::AskInstead("time-wait".into()), 3);
    assert_eq!(asked(&replies), [("time-wait".to_string(), 1)]);
    iv.handle(Event::Wrong(vec!["nothing-like-this".into()]), 4);
    iv.handle(Event::Answer("지연된 패킷".into()), 4);
    iv.handle(Event::Done, 5);
    let replies = iv.handle(Event::Next, 6);
    assert_eq!(asked(&replies), [("keep-alive".to_string(), 0)]);
}

#[test]
fn pair_mode_resumes_a_pending_proposal() {
    let (lib, grader) = fixture();
    let (mut iv, _) = Interview::start(&lib, &grader, pair_session(&["handshake"]), 0).unwrap();
    iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 1);
    iv.handle(Event::Done, 2);
    let saved = Session::from_json(&iv.session().to_json()).unwrap();
    let (mut resumed, replies) = Interview::resume(&lib, &grader, saved, 10).unwrap();
    assert!(matches!(&replies[0], Reply::Proposed(Some(a)) if a.question == "four-way"));
    assert_eq!(
        asked(&resumed.handle(Event::Take, 11)),
        [("four-way".to_string(), 1)]
    );
}

/// The fixture bank as it might be after an edit: question `id` renamed away.
fn fixture_without(id: &str) -> Library {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bank/tcp.yaml");
    let text = std::fs::read_to_string(path).unwrap().replacen(
        &format!("  - id: {id}\n"),
        &format!("  - id: {id}-renamed\n"),
        1,
    );
    Library::load([(path, text.into_bytes())]).0
}

#[test]
fn issue14_5_resume_after_the_banks_changed_is_an_error_not_a_panic() {
    let (lib, grader) = fixture();
    // A pair session waiting on the proposal of `four-way`; then the bank loses it.
    let (mut iv, _) = Interview::start(&lib, &grader, pair_session(&["handshake"]), 0).unwrap();
    iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 1);
    iv.handle(Event::Done, 2);
    let saved = iv.session().clone();
    let changed = fixture_without("four-way");
    let grader = Grader::new(&changed);
    let error = Interview::resume(&changed, &grader, saved, 10).err();
    assert_eq!(
        error,
        Some(InterviewError::UnknownQuestion("four-way".into()))
    );
    // A main question still to come that the banks no longer have.
    let grader = Grader::new(&lib);
    let (mut iv, _) =
        Interview::start(&lib, &grader, session(&["handshake", "keep-alive"], 0), 0).unwrap();
    iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 1);
    let saved = iv.session().clone();
    let changed = fixture_without("keep-alive");
    let grader = Grader::new(&changed);
    let error = Interview::resume(&changed, &grader, saved, 10).err();
    assert_eq!(
        error,
        Some(InterviewError::UnknownQuestion("keep-alive".into()))
    );
}

#[test]
fn issue14_5_resume_of_an_edited_session_file_is_an_error_not_a_panic() {
    let (lib, grader) = fixture();
    let (mut iv, _) = Interview::start(&lib, &grader, pair_session(&["handshake"]), 0).unwrap();
    iv.handle(Event::Answer(STRONG_HANDSHAKE.into()), 1);
    iv.handle(Event::Done, 2);
    let mut edited = iv.session().clone();
    edited.proposal.as_mut().unwrap().after = 7;
    let error = Interview::resume(&lib, &grader, edited, 10).err().unwrap();
    assert_eq!(
        error,
        InterviewError::Damaged(Damage::ProposalAfterMissingTurn { after: 7, turns: 1 })
    );
    assert!(error.text(kkori::bank::Lang::Ko).contains("손상"));
    assert!(error.to_string().contains("damaged"));

    let (iv, _) = Interview::start(&lib, &grader, session(&["handshake"], 2), 0).unwrap();
    let mut edited = iv.session().clone();
    edited.pending.as_mut().unwrap().main = 5;
    assert_eq!(
        Interview::resume(&lib, &grader, edited, 10).err(),
        Some(InterviewError::Damaged(Damage::PendingOutsidePlan {
            main: 5,
            plan: 1
        }))
    );
}

/// A plan of these main questions.
fn planned(ids: &[&str]) -> Vec<Planned> {
    ids.iter().map(|q| Planned::question(*q)).collect()
}

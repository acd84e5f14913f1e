//! The interviewer script on the fixture bank (the TCP chain of note 004): snapshots of the
//! Markdown and HTML for a fixed seed, and the properties a printed script relies on.

use kkori::bank::{Lang, Library};
use kkori::interview::choose::{plan, Filter};
use kkori::script::{build, Next, Script};

fn fixture() -> Library {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bank/tcp.yaml");
    let (library, problems) = Library::load([(path, std::fs::read(path).unwrap())]);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    library
}

const SEED: u64 = 42;

fn script(lang: Lang) -> Script {
    let library = fixture();
    let ids = plan(&library, &Filter::default(), 3, SEED);
    build(&library, &ids, lang).with_seed(SEED)
}

#[test]
fn markdown_in_korean() {
    insta::assert_snapshot!(script(Lang::Ko).markdown());
}

#[test]
fn markdown_in_english() {
    insta::assert_snapshot!(script(Lang::En).markdown());
}

#[test]
fn html_in_korean() {
    insta::assert_snapshot!(script(Lang::Ko).html());
}

#[test]
fn the_same_seed_gives_the_same_script() {
    assert_eq!(script(Lang::Ko), script(Lang::Ko));
    let library = fixture();
    let order = |seed| plan(&library, &Filter::default(), 3, seed);
    assert!(
        (0..20).any(|seed| order(seed) != order(SEED)),
        "other seeds, other orders"
    );
}

#[test]
fn every_main_question_after_the_first_starts_a_page() {
    let html = script(Lang::Ko).html();
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
    assert!(
        html.contains(".question + .question { break-before: page; page-break-before: always; }")
    );
    assert_eq!(html.matches("<section class=\"question\"").count(), 3);
}

#[test]
fn follow_ups_go_two_levels_deep_in_order() {
    let s = script(Lang::En);
    let handshake = s.questions.iter().find(|q| q.id == "handshake").unwrap();
    let asks: Vec<&str> = handshake
        .follow_ups
        .iter()
        .map(|b| b.ask.as_str())
        .collect();
    assert_eq!(asks, ["why-three", "four-way"]);
    let Next::Question(four_way) = &handshake.follow_ups[1].next else {
        panic!("four-way is in the bank")
    };
    assert_eq!(
        four_way.follow_ups[0].lead,
        "If they do not mention “TIME_WAIT”, ask:"
    );
    let Next::Question(time_wait) = &four_way.follow_ups[0].next else {
        panic!("time-wait is in the bank")
    };
    assert_eq!(time_wait.depth, 2);
}

#[test]
fn bank_text_is_escaped_in_html() {
    let yaml = r#"
topics: [{id: web, label: "<Web & co>"}]
questions:
  - id: xss
    topic: web
    difficulty: easy
    prompt: "What does <script>alert('x')</script> do?"
    model_answer: "It runs \"code\" & more."
    follow_ups: [{when: {missed: "<b>"}, ask: nowhere}]
rubrics:
  - id: xss
    concepts:
      - {id: "<b>", label: "<b>bold</b>", terms: ["<i>", "a&b"]}
    misconceptions:
      - {id: m, terms: ["<u>"], feedback: "Don't <blink>."}
"#;
    let (library, _) = Library::load([("web.yaml", yaml.as_bytes().to_vec())]);
    let html = build(&library, &["xss".into(), "<missing>".into()], Lang::En).html();
    for raw in [
        "<script>",
        "<b>bold",
        "<i>",
        "<u>",
        "<blink>",
        "<Web",
        "<missing>",
        "a&b",
    ] {
        assert!(!html.contains(raw), "{raw} is not escaped:\n{html}");
    }
    assert!(html.contains("What does &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; do?"));
    assert!(html.contains("It runs &quot;code&quot; &amp; more."));
}

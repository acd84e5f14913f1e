use crate::harness::{fixture, Kkori};

#[test]
fn unknown_question_in_labels_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let labels = dir.path().join("labels.yaml");
    std::fs::write(
        &labels,
        "- question: tcp-handshake\n  answer: SYN\n  grade: 1\n- question: tcp-handshak\n  answer: x\n  grade: 0\n",
    )
    .unwrap();
    let out = Kkori::new()
        .args(["--lang", "en", "eval", labels.to_str().unwrap()])
        .run();
    out.failure(1);
    let name = labels.display();
    assert_eq!(
        out.stderr,
        format!(
            "{name}:4:13: error: unknown question `tcp-handshak`; did you mean `tcp-handshake`?\n"
        )
    );
}

#[test]
fn engine_beats_the_naive_matcher_on_the_shipped_labels() {
    let labels = fixture("labelled-answers.yaml");
    let out = Kkori::new()
        .args([
            "eval",
            labels.to_str().unwrap(),
            "--baseline",
            "--format",
            "json",
        ])
        .run();
    out.success();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(json["answers"].as_u64().unwrap() >= 100);
    assert!(json["questions"].as_u64().unwrap() >= 20);
    let (ours, naive) = (&json["kkori"], &json["baseline"]);
    for metric in ["pearson", "spearman", "kappa", "pass_agreement"] {
        assert!(
            ours[metric].as_f64() > naive[metric].as_f64(),
            "{metric}: {ours} vs {naive}"
        );
    }
    assert!(ours["mae"].as_f64() < naive["mae"].as_f64());
}

#[test]
fn label_errors_are_worded_in_korean_under_lang_ko() {
    let dir = tempfile::tempdir().unwrap();
    let labels = dir.path().join("labels.yaml");
    std::fs::write(
        &labels,
        "- question: tcp-handshake\n  answer: SYN\n  grade: 9\n- question: tcp-handshak\n  answer: x\n  grade: 0\n",
    )
    .unwrap();
    let out = Kkori::new()
        .args(["--lang", "ko", "eval", labels.to_str().unwrap()])
        .run();
    out.failure(1);
    let name = labels.display();
    assert!(
        out.stderr.contains(&format!(
            "{name}:3:10: error: 등급은 0에서 5 사이여야 합니다 (적힌 값: 9)"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!(
            "{name}:4:13: error: 알 수 없는 질문 `tcp-handshak`"
        )),
        "{}",
        out.stderr
    );
}

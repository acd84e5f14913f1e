//! `kkori import` through the real binary: default file names, and re-importing keeps edits.

use crate::harness::{fixture, Kkori};

const NOTE: &str = "002_4144eaa942b78dd8.txt";

fn import(dir: &std::path::Path, note: &std::path::Path) -> crate::harness::Output {
    Kkori::new()
        .current_dir(dir)
        .args(["import", note.to_str().unwrap()])
        .run()
}

#[test]
fn writes_bank_and_rubrics_next_to_the_user_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), &fixture("notes").join(NOTE)).success();
    let bank = dir.path().join("002_4144eaa942b78dd8.bank.yaml");
    let rubrics = dir.path().join("002_4144eaa942b78dd8.rubrics.yaml");
    assert!(bank.is_file() && rubrics.is_file());
    let out = Kkori::new()
        .current_dir(dir.path())
        .args(["check", bank.to_str().unwrap(), rubrics.to_str().unwrap()])
        .run();
    out.success();
    assert!(out.stderr.contains("오류 0개"), "{}", out.stderr);
    // A draft has no examples yet, and check says so (in Korean, the default language);
    // nothing else is wrong with it.
    for warning in out.stdout.lines().filter(|l| l.contains("warning:")) {
        assert!(warning.contains("의 예시가 0개뿐입니다"), "{warning}");
    }
}

#[test]
fn reimporting_keeps_an_edited_prompt_and_adds_new_headings() {
    let dir = tempfile::tempdir().unwrap();
    let note = dir.path().join("notes.md");
    let text = std::fs::read_to_string(fixture("notes").join(NOTE)).unwrap();
    std::fs::write(&note, &text).unwrap();
    import(dir.path(), &note).success();

    let bank = dir.path().join("notes.bank.yaml");
    let drafted = std::fs::read_to_string(&bank).unwrap();
    let original = "prompt: stateless(무상태 프로토콜)에 대해 설명해 주세요.";
    assert!(drafted.contains(original), "{drafted}");
    let edited = drafted.replace(
        original,
        "prompt: 무상태 프로토콜이란 무엇이고 왜 HTTP는 무상태인가요? # my wording",
    );
    std::fs::write(&bank, &edited).unwrap();

    std::fs::write(
        &note,
        format!("{text}\n## API Gateway\n\n- 요청을 라우팅\n"),
    )
    .unwrap();
    let out = import(dir.path(), &note);
    out.success();
    let merged = std::fs::read_to_string(&bank).unwrap();
    assert!(
        merged.starts_with(&edited),
        "the edited file is not kept as it was:\n{merged}"
    );
    assert!(merged.contains("heading: API Gateway"));
    assert!(
        out.stderr
            .contains("`notes.bank.yaml`에 이미 있는 질문 21개는 그대로 두었습니다"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`notes.bank.yaml`에 새 질문 1개를 더했습니다: api-gateway"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`notes.rubrics.yaml`에 새 루브릭 1개를 더했습니다: api-gateway"),
        "{}",
        out.stderr
    );

    // A third run has nothing to add and touches nothing.
    let out = import(dir.path(), &note);
    out.success();
    assert!(
        out.stderr
            .contains("`notes.bank.yaml`에 더할 것이 없어 그대로 두었습니다"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read_to_string(&bank).unwrap(), merged);
    // The same in English.
    let out = Kkori::new()
        .current_dir(dir.path())
        .args(["--lang", "en", "import", note.to_str().unwrap()])
        .run();
    out.success();
    assert!(
        out.stderr
            .contains("nothing new for `notes.bank.yaml`; left it as it was"),
        "{}",
        out.stderr
    );

    let check = Kkori::new()
        .current_dir(dir.path())
        .args(["check", "notes.bank.yaml", "notes.rubrics.yaml"])
        .run();
    check.success();
}

#[test]
fn help_explains_merging() {
    let out = Kkori::new()
        .args(["--lang", "en", "import", "--help"])
        .run();
    out.success()
        .shows("merged by id")
        .shows("kept exactly as it is");
}

#[test]
fn a_missing_note_is_the_users_problem() {
    let dir = tempfile::tempdir().unwrap();
    let out = Kkori::new()
        .current_dir(dir.path())
        .args(["--lang", "en", "import", "no-such-note.md"])
        .run();
    out.failure(1);
    assert!(
        out.stderr.contains("error: cannot read `no-such-note.md`"),
        "{}",
        out.stderr
    );
}

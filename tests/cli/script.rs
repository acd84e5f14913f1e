//! `kkori script`: files written by extension, stdout, errors, and a real browser printing
//! the HTML to PDF with one main question per page start.

use std::path::Path;
use std::process::Stdio;

use crate::browser::{chromium, headless, wait};
use crate::harness::{fixture, Kkori};

fn script(args: &[&str]) -> Kkori {
    let bank = fixture("bank").display().to_string();
    Kkori::new()
        .args(["--banks", bank.as_str(), "script"])
        .args(args)
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

#[test]
fn writes_html_and_markdown_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("out/script.html");
    let md = dir.path().join("script.md");
    for path in [&html, &md] {
        let out = script(&["--seed", "42", "--count", "3", "--out", path_arg(path)]).run();
        out.success();
        assert_eq!(out.stdout, "");
        assert_eq!(
            out.stderr,
            format!("질문 3개의 스크립트를 {}에 썼습니다.\n", path.display())
        );
    }
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"),
        "{html}"
    );
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
    assert!(html.contains("TCP 3-way handshake 과정을 설명해 주세요."));
    let md = std::fs::read_to_string(&md).unwrap();
    assert!(md.starts_with("# 면접관 스크립트\n"), "{md}");
    assert!(md.contains("- 시드: 42\n"));
    assert!(md.contains(
        "‘TIME_WAIT’를 언급하지 않으면 → 물어보세요: **TIME_WAIT 상태는 왜 필요한가요?**"
    ));
    assert!(md.contains("| 개념 | 들었나요? | 메모 |"));
    // No temp file left behind by the atomic write.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn markdown_goes_to_stdout_without_out_or_with_a_dash() {
    let plain = script(&["--seed", "7", "--count", "2"]).run();
    plain.success();
    let dash = script(&["--seed", "7", "--count", "2", "--out", "-"]).run();
    dash.success();
    assert_eq!(plain.stdout, dash.stdout);
    assert!(plain.stdout.starts_with("# 면접관 스크립트\n"));
    assert!(plain.stdout.contains("- 질문 수: 2\n"));
}

#[test]
fn the_same_seed_writes_the_same_script() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.html"), dir.path().join("b.html"));
    for path in [&a, &b] {
        script(&["--seed", "3", "--out", path_arg(path)])
            .run()
            .success();
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn english_follows_the_global_lang() {
    let bank = fixture("bank").display().to_string();
    let out = Kkori::new()
        .args(["--banks", bank.as_str(), "--lang", "en", "script"])
        .args(["--seed", "42", "--topic", "tcp", "--difficulty", "medium"])
        .run();
    out.success();
    assert!(out.stdout.starts_with("# Interviewer script\n"));
    assert!(out
        .stdout
        .contains("## 1. Walk me through the TCP 3-way handshake.\n"));
    assert!(out
        .stdout
        .contains("If they do not mention “TIME_WAIT”, ask: **Why is TIME_WAIT needed?**"));
}

#[test]
fn unknown_topic_suggests_the_closest() {
    let out = Kkori::new()
        .args([
            "--lang",
            "en",
            "--banks",
            &fixture("bank").display().to_string(),
        ])
        .args(["script", "--topic", "tpc"])
        .run();
    out.failure(1);
    assert_eq!(
        out.stderr,
        "error: unknown topic `tpc`; did you mean `tcp`?\n"
    );
}

#[test]
fn no_question_left_after_filtering() {
    let out = Kkori::new()
        .args(["--lang", "en"])
        .args(["--banks", &fixture("bank").display().to_string(), "script"])
        .args(["--topic", "http", "--difficulty", "hard"])
        .run();
    out.failure(1);
    assert_eq!(
        out.stderr,
        "error: no question matches the chosen topics, banks and difficulty; try fewer filters\n"
    );
}

#[test]
fn an_unknown_extension_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("script.pdf");
    let out = script(&["--out", path_arg(&path), "--lang", "en"]).run();
    out.failure(1);
    assert_eq!(
        out.stderr,
        format!(
            "error: cannot tell the format of `{}` from its extension; name it FILE.md or FILE.html (or use `--out -` for Markdown on standard output)\n",
            path.display()
        )
    );
    assert!(!path.exists());
}

#[test]
fn help_has_examples_and_exit_codes() {
    // Help is Korean unless asked otherwise (see help_lang.rs); this is the English one.
    let out = Kkori::new()
        .args(["--lang", "en", "script", "--help"])
        .run();
    out.success();
    for needle in [
        "--out <FILE>",
        "kkori script --topic tcp --count 3 --seed 42 --out tcp.md",
        "Exit codes: 0 success, 1",
    ] {
        assert!(out.stdout.contains(needle), "{needle}:\n{}", out.stdout);
    }
    let out = Kkori::new().args(["script", "--help"]).run();
    out.success();
    for needle in [
        "--out <파일>",
        "kkori script --topic tcp --count 3 --seed 42 --out tcp.md",
        "종료 코드: 0 성공, 1",
    ] {
        assert!(out.stdout.contains(needle), "{needle}:\n{}", out.stdout);
    }
}

// ---------------------------------------------------------------------------------------
// The browser: Debian's chromium prints the HTML to PDF, and the pages are counted from
// the PDF's own page objects (no poppler needed).

/// Print `html` (a file in `dir`) to PDF with headless chromium; the PDF's bytes.
fn print_to_pdf(chromium: &Path, dir: &Path, html: &Path) -> Vec<u8> {
    let pdf = dir.join(format!(
        "{}.pdf",
        html.file_stem().unwrap().to_string_lossy()
    ));
    let profile = dir.join("chromium-profile");
    let mut child = headless(chromium, &profile)
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let status = wait(&mut child, &format!("printing {}", html.display()));
    assert!(status.success(), "chromium failed: {status}");
    std::fs::read(&pdf).unwrap_or_else(|e| panic!("no PDF at {}: {e}", pdf.display()))
}

/// Page objects of a PDF: every `/Type /Page` (spacing free) that is not `/Type /Pages`.
fn pdf_pages(pdf: &[u8]) -> usize {
    let mut pages = 0;
    let mut rest = pdf;
    while let Some(at) = find(rest, b"/Type") {
        rest = &rest[at + b"/Type".len()..];
        let value = trim_start(rest);
        if let Some(after) = value.strip_prefix(b"/Page".as_slice()) {
            if !after.first().is_some_and(|c| c.is_ascii_alphanumeric()) {
                pages += 1;
            }
        }
    }
    pages
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

#[test]
fn pdf_page_counting() {
    let pdf = b"1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> 2 0 obj <</Type/Page>> 3 0 obj << /Type\n/Page /Parent 1 0 R >> << /Type /PageLabel >>";
    assert_eq!(pdf_pages(pdf), 2);
}

const PAGE_BREAKS: &str =
    ".question + .question { break-before: page; page-break-before: always; }";

const TINY_BANK: &str = "
topics: [{id: t, label: T}]
questions:
  - {id: a, topic: t, difficulty: easy, prompt: First?, model_answer: A.}
  - {id: b, topic: t, difficulty: easy, prompt: Second?, model_answer: B.}
rubrics:
  - {id: a, concepts: [{id: x, label: X, terms: [x]}]}
  - {id: b, concepts: [{id: x, label: X, terms: [x]}]}
";

#[test]
fn chromium_prints_one_main_question_per_page_start() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();

    // Two one-concept questions: with the breaks, one page each (the cover shares page 1
    // with the first) ...
    let bank = dir.path().join("tiny.yaml");
    std::fs::write(&bank, TINY_BANK).unwrap();
    let tiny = dir.path().join("tiny.html");
    Kkori::new()
        .args(["--banks", path_arg(&bank), "script", "--count", "2"])
        .args(["--out", path_arg(&tiny)])
        .run()
        .success();
    let html = std::fs::read_to_string(&tiny).unwrap();
    assert_eq!(html.matches("<section class=\"question\"").count(), 2);
    assert_eq!(pdf_pages(&print_to_pdf(&chromium, dir.path(), &tiny)), 2);

    // ... and without the page-break rule all of it fits on one page: the breaks do it.
    assert!(
        html.contains(PAGE_BREAKS),
        "the page-break rule is in the CSS"
    );
    let unbroken = dir.path().join("unbroken.html");
    std::fs::write(&unbroken, html.replace(PAGE_BREAKS, "")).unwrap();
    assert_eq!(
        pdf_pages(&print_to_pdf(&chromium, dir.path(), &unbroken)),
        1
    );

    // Every main question with its follow-ups: at least a page each.
    let all = dir.path().join("all.html");
    script(&["--seed", "42", "--count", "3", "--out", path_arg(&all)])
        .run()
        .success();
    let pages = pdf_pages(&print_to_pdf(&chromium, dir.path(), &all));
    assert!(pages >= 3, "3 main questions on {pages} pages");
}

//! The language of `--help` and of usage errors: `--lang`, else `KKORI_LANG`, `LC_ALL`,
//! `LANG`, else Korean (issue 14, item 10). Every command's help is walked in both languages.

use crate::harness::{Kkori, Output};

fn hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

fn help(path: &[&str], flag: &str, lang: &str) -> Output {
    let out = Kkori::new()
        .args(["--lang", lang])
        .args(path)
        .args([flag])
        .run();
    out.success();
    out
}

/// The entries of one section of a help page (`Commands:`/`명령:` …): each starts in clap's
/// first column and takes the more indented lines after it.
fn entries(page: &str, heading: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut inside = false;
    for line in page.lines() {
        if line == heading {
            inside = true;
        } else if inside && !line.starts_with(' ') {
            inside = false;
        } else if inside {
            // An entry starts at clap's first column (`  -h`, `      --lang`, `  list`);
            // wrapped help lines are indented further.
            let indent = line.len() - line.trim_start().len();
            if indent <= 6 {
                out.push(line.trim().to_string());
            } else if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(line.trim());
            }
        }
    }
    out
}

/// Every command path below `kkori`, found through the English help pages themselves (so a
/// new command is walked without touching this test). `help` is clap's own and left out.
fn command_paths() -> Vec<Vec<String>> {
    let mut paths = vec![Vec::new()];
    let mut i = 0;
    while i < paths.len() {
        let path: Vec<&str> = paths[i].iter().map(String::as_str).collect();
        let page = help(&path, "--help", "en").stdout.clone();
        for entry in entries(&page, "Commands:") {
            let name = entry.split_whitespace().next().unwrap().to_string();
            if name != "help" {
                let mut sub = paths[i].clone();
                sub.push(name);
                paths.push(sub);
            }
        }
        i += 1;
    }
    paths
}

#[test]
fn help_of_every_command_is_korean_under_lang_ko_and_english_under_lang_en() {
    let paths = command_paths();
    assert!(paths.len() >= 17, "commands found: {paths:?}");
    for path in &paths {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        for flag in ["-h", "--help"] {
            let en = help(&path, flag, "en").stdout.clone();
            assert!(en.contains("Usage: kkori"), "{path:?} {flag}:\n{en}");
            assert!(!en.contains("사용법:"), "{path:?} {flag}:\n{en}");

            let ko = help(&path, flag, "ko").stdout.clone();
            let about = ko.lines().next().unwrap_or_default();
            assert!(hangul(about), "{path:?} {flag}: about {about:?}\n{ko}");
            assert!(ko.contains("사용법: kkori"), "{path:?} {flag}:\n{ko}");
            let mut count = 0;
            for heading in ["명령:", "인자:", "옵션:"] {
                for entry in entries(&ko, heading) {
                    assert!(
                        hangul(&entry),
                        "{path:?} {flag}: not Korean: {entry:?}\n{ko}"
                    );
                    count += 1;
                }
            }
            // At least the global options and --help.
            assert!(count >= 6, "{path:?} {flag}: {count} entries\n{ko}");
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "Print help",
            ] {
                assert!(
                    !ko.contains(english),
                    "{path:?} {flag}: {english:?} in\n{ko}"
                );
            }
        }
    }
}

/// Environment variables set, extra arguments, and the help page they must give.
type EnvCase<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a String);

fn interview_help() -> Kkori {
    Kkori::new().args(["interview", "--help"])
}

#[test]
fn help_language_comes_from_lang_then_kkori_lang_lc_all_lang() {
    let korean = help(&["interview"], "--help", "ko").stdout.clone();
    let english = help(&["interview"], "--help", "en").stdout.clone();
    assert_ne!(korean, english);
    let cases: &[EnvCase] = &[
        // Nothing set: Korean, as before.
        (&[], &[], &korean),
        (&[("LANG", "ko_KR.UTF-8")], &[], &korean),
        (&[("LANG", "C.UTF-8")], &[], &english),
        (&[("LANG", "en_US.UTF-8")], &[], &english),
        (
            &[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "en_US.UTF-8")],
            &[],
            &korean,
        ),
        (&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")], &[], &english),
        (
            &[("KKORI_LANG", "en"), ("LANG", "ko_KR.UTF-8")],
            &[],
            &english,
        ),
        (
            &[("KKORI_LANG", "ko"), ("LC_ALL", "en_US.UTF-8")],
            &[],
            &korean,
        ),
        // `--lang` wins over the environment, before or after the command.
        (&[("LANG", "ko_KR.UTF-8")], &["--lang", "en"], &english),
        (&[("KKORI_LANG", "en")], &["--lang=ko"], &korean),
    ];
    for (vars, extra, want) in cases {
        let mut run = interview_help().args(*extra);
        for (name, value) in *vars {
            run = run.env(name, value);
        }
        let out = run.run();
        out.success();
        assert_eq!(&out.stdout, *want, "{vars:?} {extra:?}");
    }
    assert!(korean.contains("--lang"));
    assert!(korean.contains("KKORI_LANG") && english.contains("KKORI_LANG"));
}

#[test]
fn language_from_the_environment_reaches_the_messages() {
    let data = tempfile::tempdir().unwrap();
    let list = |vars: &[(&str, &str)]| {
        let mut run = Kkori::new().fixture_bank(data.path()).args(["list"]);
        for (name, value) in vars {
            run = run.env(name, value);
        }
        let out = run.run();
        out.success();
        out.stdout
    };
    assert_eq!(
        list(&[("KKORI_LANG", "en")]),
        list(&[("LANG", "ko_KR.UTF-8"), ("KKORI_LANG", "en")])
    );
    assert_eq!(list(&[("LANG", "ko_KR.UTF-8")]), list(&[]));
    assert_ne!(list(&[("LANG", "en_US.UTF-8")]), list(&[]));
}

#[test]
fn usage_errors_are_korean_under_lang_ko() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--lang", "ko", "nosuch"],
            "알 수 없는 명령 `nosuch`입니다",
        ),
        (&["--lang", "ko", "lsit"], "`list`를 말씀하신 건가요?"),
        (
            &["--lang", "ko", "list", "--nosuch"],
            "알 수 없는 옵션 `--nosuch`입니다",
        ),
        (
            &["--lang", "ko", "--color", "purple"],
            "줄 수 없는 값 `purple`",
        ),
        (
            &["--lang", "ko", "--color", "purple"],
            "가능한 값: auto, always, never",
        ),
        (
            &["--lang", "ko", "interview", "--count", "0"],
            "`0`이 올바르지 않습니다",
        ),
        (&["--lang", "ko", "eval"], "꼭 필요한 인자가 빠졌습니다"),
        (
            &["--lang", "ko", "interview", "--topic"],
            "`--topic <주제>`에 값을 주어야 합니다",
        ),
        (
            &[
                "--lang",
                "ko",
                "grade",
                "q",
                "--answer",
                "a",
                "--answer-file",
                "f",
            ],
            "`--answer`와 `--answer-file`",
        ),
        (
            &["--lang", "ko", "--lang", "ko"],
            "`--lang`은 한 번만 쓸 수 있습니다",
        ),
    ];
    for (args, want) in cases {
        let out = Kkori::new().args(*args).run();
        out.failure(1);
        assert!(
            out.stderr.starts_with("error: "),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains(want), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("kkori --help"),
            "{args:?}: {}",
            out.stderr
        );
    }
    // The environment alone is enough; `--lang en` keeps clap's English.
    let out = Kkori::new()
        .env("LANG", "ko_KR.UTF-8")
        .args(["nosuch"])
        .run();
    out.failure(1);
    assert!(out.stderr.contains("알 수 없는 명령"), "{}", out.stderr);
    let out = Kkori::new().args(["--lang", "en", "nosuch"]).run();
    out.failure(1);
    assert!(
        out.stderr.contains("unrecognized subcommand"),
        "{}",
        out.stderr
    );
}

#[test]
fn issue14_12_placeholders_and_usage_are_korean_under_lang_ko() {
    let out = help(&["interview"], "--help", "ko");
    let page = out.stdout.clone();
    for korean in [
        "사용법: kkori interview [옵션]",
        "--out <파일>",
        "--time-limit <초>",
        "--bank <은행>",
        "--topic <주제>",
    ] {
        assert!(page.contains(korean), "{korean} in:\n{page}");
    }
    for english in ["[OPTIONS]", "<FILE>", "<SECS>", "<bank_names>", "<TOPICS>"] {
        assert!(!page.contains(english), "{english} in:\n{page}");
    }
    let out = help(&["report"], "--help", "ko");
    let page = out.stdout.clone();
    assert!(
        page.contains("사용법: kkori report [옵션] [세션]"),
        "{page}"
    );
    // English keeps clap's placeholders, and no internal id leaks as one.
    let out = help(&["interview"], "--help", "en");
    let page = out.stdout.clone();
    assert!(
        page.contains("--bank <BANKS>") && !page.contains("<bank_names>"),
        "{page}"
    );
}

/// `kkori man` is the help as a man page, in the language of the help: Korean headings and
/// texts under `--lang ko` (or `LANG=ko_KR.UTF-8`), English under `--lang en`.
#[test]
fn the_man_page_is_in_the_language_of_the_help() {
    let ko = Kkori::new().env("LANG", "ko_KR.UTF-8").args(["man"]).run();
    ko.success()
        .shows(".SH \"사용법\"")
        .shows(".SH \"옵션\"")
        .shows("모의 면접을 합니다")
        .shows("종료 코드: 0 성공");
    assert!(!ko.stdout.contains(".SH OPTIONS"), "{}", ko.stdout);
    let en = Kkori::new().args(["--lang", "en", "man"]).run();
    en.success().shows(".SH OPTIONS").shows(".SH SYNOPSIS");
    // The English page keeps only the name (꼬리질문) and a Korean example answer.
    assert!(
        !en.stdout.contains("사용법") && !en.stdout.contains("모의 면접을 합니다"),
        "{}",
        en.stdout
    );
}

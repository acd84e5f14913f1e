//! The language of the command line, decided before clap parses, and `--help` in Korean.
//!
//! clap derive holds the English texts. The language comes from `--lang` in argv if it is
//! there, else from the environment (`KKORI_LANG`, then `LC_ALL`, then `LANG`), else Korean.
//! For Korean the built `clap::Command` is walked and every about and help text is replaced
//! from one table, `ko::KO`, keyed by the command path and the argument id. clap's own headings
//! ("Usage:", "Options:") are replaced through a help template; usage errors are said again
//! in Korean from clap's error kind.
//!
//! This is the only place the command line reads the language from the environment; the
//! library gets a [`Lang`] and never looks.

use std::ffi::OsString;

use kkori::bank::Lang;

mod error;
mod ko;

pub use error::korean_error;
use ko::{AFTER_KO, EXIT_CODES_EN, EXIT_CODES_KO, KO};

/// The language named by an environment value: `KKORI_LANG` is `ko` or `en`; a locale
/// (`LC_ALL`, `LANG`) starting with `ko` is Korean and any other is English.
fn from_locale(value: &str) -> Lang {
    if value.to_ascii_lowercase().starts_with("ko") {
        Lang::Ko
    } else {
        Lang::En
    }
}

/// The language the environment asks for, if any: `KKORI_LANG`, then `LC_ALL`, then
/// `LANG`; empty values count as unset. `get` reads one variable (pure, for tests).
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["KKORI_LANG", "LC_ALL", "LANG"]
        .into_iter()
        .find_map(|name| get(name).filter(|v| !v.trim().is_empty()))
        .map(|v| from_locale(v.trim()))
}

/// The environment of this process, read once here for the whole command line.
pub fn env() -> Option<Lang> {
    from_env(|name| std::env::var(name).ok())
}

/// `--lang ko`, `--lang=en` anywhere in argv (the last one wins, as with clap), if valid.
pub fn from_argv(argv: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut args = argv.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().map(|v| v.into_owned())
        } else {
            arg.strip_prefix("--lang=").map(str::to_string)
        };
        match value.as_deref() {
            Some("ko") => found = Some(Lang::Ko),
            Some("en") => found = Some(Lang::En),
            _ => {}
        }
    }
    found
}

/// The language of this run: argv, else the environment, else Korean.
pub fn decide(argv: &[OsString], env: Option<Lang>) -> Lang {
    from_argv(argv).or(env).unwrap_or(Lang::Ko)
}

/// Look `path`/`id` up in `ko::KO`, the exact path first, then "*".
fn korean(path: &str, id: &str) -> Option<&'static str> {
    // `kkori help interview` stands for `kkori interview`, `history help export` for
    // `history export`; `help` itself (and `help help`) is the one `help` entry.
    let words: Vec<&str> = path.split(' ').collect();
    let owned;
    let path = match words.iter().position(|w| *w == "help") {
        Some(at) if at + 1 < words.len() && words[at + 1] != "help" => {
            owned = [&words[..at], &words[at + 1..]].concat().join(" ");
            owned.as_str()
        }
        Some(_) => "help",
        None => path,
    };
    KO.iter()
        .find(|(p, i, _)| *p == path && *i == id)
        .or_else(|| KO.iter().find(|(p, i, _)| *p == "*" && *i == id))
        .map(|(_, _, text)| *text)
}

/// The short text (first paragraph) and the long one (all of it) of a table entry.
fn short_long(text: &'static str) -> (&'static str, Option<&'static str>) {
    match text.split_once("\n\n") {
        Some((short, _)) => (short, Some(text)),
        None => (text, None),
    }
}

/// The command line in `lang`: for Korean, every about and help from `ko::KO`. The command is
/// built first (so the `--help`, `--version` and `help` clap adds are there to translate).
pub fn command(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::Ko {
        cmd.build();
        translate(&mut cmd, "");
    }
    cmd
}

fn translate(cmd: &mut clap::Command, path: &str) {
    let mut this = std::mem::take(cmd);
    if let Some(text) = korean(path, "") {
        let (short, long) = short_long(text);
        this = this.about(short).long_about(long);
    }
    if let Some(after) = korean(path, "@after") {
        this = this.after_help(after).after_long_help(None::<&str>);
    } else if let Some(after) = this.get_after_help().map(|a| a.to_string()) {
        this = this.after_help(
            after
                .replace("Examples:", "예:")
                .replace("Example:", "예:")
                .replace(EXIT_CODES_EN, EXIT_CODES_KO),
        );
        let mut after = this
            .get_after_help()
            .map(|a| a.to_string())
            .unwrap_or_default();
        for (english, korean) in AFTER_KO {
            after = after.replace(english, korean);
        }
        this = this.after_help(after);
    }
    let ids: Vec<String> = this
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(text) = korean(path, &id) {
            let (short, long) = short_long(text);
            this = this.mut_arg(&id, |a| a.help(short).long_help(long));
        }
        this = this.mut_arg(&id, korean_values);
        this = this.mut_arg(&id, korean_placeholders);
    }
    let layout = template(&this);
    this = this.help_template(layout);
    // `사용법: kkori interview [옵션]`: clap's usage line with the placeholders in Korean.
    let usage = this.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
    let usage = usage
        .replace("[OPTIONS]", "[옵션]")
        .replace("<COMMAND>", "<명령>")
        .replace("[COMMAND]", "[명령]");
    let usage = PLACEHOLDERS.iter().fold(usage, |u, (en, ko)| {
        u.replace(&format!("<{en}>"), &format!("<{ko}>"))
            .replace(&format!("[{en}]"), &format!("[{ko}]"))
    });
    this = this.override_usage(usage);
    for sub in this.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        let sub_path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        translate(sub, &sub_path);
    }
    *cmd = this;
}

/// The value placeholders of the options (`--out <FILE>`), as a Korean reader reads them.
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("ANSWER", "답"),
    ("BANKS", "은행"),
    ("COLOR", "언제"),
    ("COUNT", "개수"),
    ("DEPTH", "깊이"),
    ("DIFFICULTY", "난이도"),
    ("DIR", "폴더"),
    ("FEEDBACK", "언제"),
    ("FILE", "파일"),
    ("FORMAT", "형식"),
    ("ID", "ID"),
    ("LABELS", "라벨"),
    ("LANG", "언어"),
    ("NAME", "이름"),
    ("NOTE", "노트"),
    ("PATH", "경로"),
    ("PATHS", "경로"),
    ("QUESTION", "질문"),
    ("SECS", "초"),
    ("SEED", "시드"),
    ("SESSION", "세션"),
    ("SHELL", "셸"),
    ("TEXT", "글"),
    ("TOPIC", "주제"),
    ("TOPICS", "주제"),
];

/// The placeholders of `arg` in Korean; clap's default (the id in capitals) too.
fn korean_placeholders(arg: clap::Arg) -> clap::Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    };
    let korean: Vec<&'static str> = names
        .iter()
        .filter_map(|n| {
            PLACEHOLDERS
                .iter()
                .find(|(en, _)| en == n)
                .map(|(_, ko)| *ko)
        })
        .collect();
    if korean.len() == names.len() {
        arg.value_names(korean)
    } else {
        arg
    }
}

/// clap's `[default: …]` and `[possible values: …]` after a help text, said in Korean.
fn korean_values(arg: clap::Arg) -> clap::Arg {
    let mut notes = Vec::new();
    let defaults = arg.get_default_values();
    if arg.get_action().takes_values() && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let values: Vec<_> = defaults.iter().map(|v| v.to_string_lossy()).collect();
        notes.push(format!("[기본값: {}]", values.join(" ")));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !arg.is_hide_possible_values_set() && !possible.is_empty() {
        notes.push(format!("[가능한 값: {}]", possible.join(", ")));
    }
    if notes.is_empty() {
        return arg;
    }
    let notes = notes.join(" ");
    let help = arg.get_help().map(|h| format!("{h} {notes}"));
    let long = arg.get_long_help().map(|h| format!("{h}\n\n{notes}"));
    let arg = arg.hide_default_value(true).hide_possible_values(true);
    let arg = match help {
        Some(help) => arg.help(help),
        None => arg.help(notes),
    };
    match long {
        Some(long) => arg.long_help(long),
        None => arg,
    }
}

/// clap's help layout with Korean headings, leaving out the sections this command lacks.
fn template(cmd: &clap::Command) -> String {
    let mut t = String::from("{before-help}{about-with-newline}\n사용법: {usage}\n");
    if cmd.has_subcommands() {
        t.push_str("\n명령:\n{subcommands}\n");
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t.push_str("\n인자:\n{positionals}\n");
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        t.push_str("\n옵션:\n{options}\n");
    }
    // clap puts its own blank line before the text after the options.
    t.pop();
    t.push_str("{after-help}");
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(vars: &[(&str, &str)]) -> Option<Lang> {
        from_env(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    /// Environment variables set, and the language they give.
    type EnvCase<'a> = (&'a [(&'a str, &'a str)], Option<Lang>);

    #[test]
    fn environment_order_and_values() {
        let cases: &[EnvCase] = &[
            (&[], None),
            (&[("LANG", "ko_KR.UTF-8")], Some(Lang::Ko)),
            (&[("LANG", "C.UTF-8")], Some(Lang::En)),
            (&[("LANG", "en_US.UTF-8")], Some(Lang::En)),
            (&[("LANG", "")], None),
            (&[("LC_ALL", "ko_KR"), ("LANG", "en_US")], Some(Lang::Ko)),
            (&[("LC_ALL", "C"), ("LANG", "ko_KR")], Some(Lang::En)),
            (&[("LC_ALL", ""), ("LANG", "ko_KR")], Some(Lang::Ko)),
            (
                &[("KKORI_LANG", "en"), ("LANG", "ko_KR.UTF-8")],
                Some(Lang::En),
            ),
            (&[("KKORI_LANG", "ko"), ("LC_ALL", "en_US")], Some(Lang::Ko)),
        ];
        for (vars, want) in cases {
            assert_eq!(env_of(vars), *want, "{vars:?}");
        }
    }

    #[test]
    fn argv_wins_over_environment() {
        let argv = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        let cases: &[(&[&str], Option<Lang>, Lang)] = &[
            (&["kkori"], None, Lang::Ko),
            (&["kkori"], Some(Lang::En), Lang::En),
            (&["kkori", "--lang", "ko", "list"], Some(Lang::En), Lang::Ko),
            (&["kkori", "list", "--lang=en"], Some(Lang::Ko), Lang::En),
            (&["kkori", "--lang", "fr"], Some(Lang::En), Lang::En),
            (&["kkori", "--", "--lang", "en"], None, Lang::Ko),
        ];
        for (args, env, want) in cases {
            assert_eq!(decide(&argv(args), *env), *want, "{args:?} {env:?}");
        }
    }

    fn hangul(text: &str) -> bool {
        text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    /// Every about and every argument help of every command has its Korean text.
    #[test]
    fn every_help_text_is_korean() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
            if !hangul(&about) {
                missing.push(format!("({path:?}, \"\", {about:?}),"));
            }
            let after = cmd
                .get_after_help()
                .map(|a| a.to_string())
                .unwrap_or_default();
            for line in after.lines().map(str::trim) {
                let example = ["kkori", "printf", "echo", "#", ":"]
                    .iter()
                    .any(|start| line.starts_with(start));
                if !line.is_empty() && !example && !hangul(line) {
                    missing.push(format!("({path:?}, \"@after\", {line:?}),"));
                }
            }
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                let help = arg.get_help().map(|a| a.to_string()).unwrap_or_default();
                let long = arg.get_long_help().map(|a| a.to_string());
                if !hangul(&help) || long.as_deref().is_some_and(|l| !hangul(l)) {
                    missing.push(format!(
                        "({path:?}, {:?}, {:?}), // long: {long:?}",
                        arg.get_id().as_str(),
                        help
                    ));
                }
            }
            for sub in cmd.get_subcommands() {
                let name = sub.get_name();
                let sub_path = if path.is_empty() {
                    name.to_string()
                } else {
                    format!("{path} {name}")
                };
                walk(sub, &sub_path, missing);
            }
        }
        let cmd = command(
            <super::super::Cli as clap::CommandFactory>::command(),
            Lang::Ko,
        );
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(missing.is_empty(), "no Korean for:\n{}", missing.join("\n"));
    }
}

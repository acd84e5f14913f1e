//! The one error of the command line: what went wrong, with the data to say it (paths, ids,
//! counts), and whose problem it is ([`Error::code`]). The wording is in the tables,
//! [`super::ko`] and [`super::en`]; nothing here is a sentence.
//!
//! The library's own errors ([`HistoryError`], [`InterviewError`]) stay precise types of
//! their modules and are carried here as they are; their wording in both languages is in
//! the tables too (or their own `text(lang)`), so the CLI prints every error in the
//! language the person chose.

use std::path::PathBuf;

use crate::bank::Lang;
use crate::history::HistoryError;
use crate::interview::InterviewError;

/// Exit code of a problem with the user's input or data: they can fix it.
pub const USER: i32 = 1;
/// Exit code of a broken machine (a full disk, a failing device) or a bug.
pub const INTERNAL: i32 = 2;

/// What kkori was doing with a file when the system said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Write,
    CreateDir,
    ReadDir,
    Lock,
}

/// Where text that had to be read came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

/// Everything that can end a command with an error.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The system refused `action` on `path`. `full`: the disk is full; `denied`:
    /// permissions; `user`: the user's paths or settings (a missing file, a folder where a
    /// file should be, a read-only file system) rather than the machine.
    Io {
        action: Action,
        path: PathBuf,
        detail: String,
        full: bool,
        denied: bool,
        user: bool,
    },
    /// Standard input could not be read.
    StdinUnreadable { detail: String },
    /// Standard output could not be written.
    StdoutUnwritable { detail: String },
    /// Text that must be UTF-8 is not; `offset` is the first bad byte when known.
    NotUtf8 {
        source: Source,
        offset: Option<usize>,
    },
    /// A bug or a broken machine, with what the system said.
    Internal { detail: String },
    /// Already reported on stderr (diagnostics of `check`, `eval`): exit with `code`.
    Reported { code: i32 },
    /// Several errors at once (two unknown topics), each said on its own line.
    Several(Vec<Error>),

    /// The banks did not load: `count` errors, printed above.
    BankErrors { count: usize },
    /// The banks given hold no question at all.
    BanksHoldNoQuestion { paths: Vec<PathBuf> },
    /// Every question is a draft or follow-up only; no filter was given.
    NoMainQuestion,
    /// The filters given leave nothing.
    NothingMatches,
    /// A topic the banks do not have: the closest one, else all of them.
    UnknownTopic {
        topic: String,
        suggestion: Option<String>,
        valid: Vec<String>,
    },
    /// A bank (file name) the banks do not have.
    UnknownBank {
        bank: String,
        suggestion: Option<String>,
        valid: Vec<String>,
    },
    /// A question id the banks do not have.
    UnknownQuestion {
        id: String,
        suggestion: Option<String>,
    },
    /// A question whose rubric is missing.
    NoRubric { question: String, rubric: String },

    /// Another live kkori holds the session.
    SessionLocked {
        session: String,
        pid: Option<u32>,
        lock: PathBuf,
    },
    /// A file that cannot be read as a session.
    SessionUnreadable {
        path: PathBuf,
        problem: crate::interview::SessionProblem,
    },
    /// The newest session file is damaged, so `resume` cannot guess.
    NewestSessionDamaged { error: Box<Error> },
    /// `resume` found no unfinished session.
    NoUnfinishedSession { dir: PathBuf },
    /// No session has this id.
    NoSuchSession {
        id: String,
        dir: PathBuf,
        suggestion: Option<String>,
    },
    /// The session cannot be started or continued as it is.
    Interview {
        path: Option<PathBuf>,
        error: InterviewError,
    },
    /// The session could not be saved at the end; its JSON was printed.
    SessionNotSaved { path: PathBuf },
    /// `kkori report` with neither a file nor `--session`.
    ReportWhichSession { dir: PathBuf },
    /// The report could not be written; the session is safe.
    ReportNotWritten { error: Box<Error>, id: String },
    /// `--out` names a folder.
    OutIsAFolder { path: PathBuf },
    /// `--format` and the extension of `--out` disagree.
    FormatDisagrees {
        path: PathBuf,
        by_ext: &'static str,
        format: &'static str,
    },
    /// The script's format cannot be told from the extension of `--out`.
    ScriptFormat { path: PathBuf },

    /// The history could not be used.
    History(HistoryError),
    /// `history import` of something that is not an export.
    NotAnExport { path: PathBuf, detail: String },
    /// `cohort`: an empty cohort or member name.
    EmptyName,
    /// `cohort add`, `progress --cohort`: no such cohort (and the closest name, if any).
    UnknownCohort {
        name: String,
        closest: Option<String>,
    },

    /// `eval`: the labels hold no answers.
    NoLabels,
    /// `eval`: a folder without labelled answers.
    NoLabelFiles { dir: PathBuf },

    /// `import`: both outputs are one file.
    SameOutputs,
    /// `import`: an existing output cannot be merged into.
    CannotMerge { path: PathBuf, detail: String },

    /// `grade --batch`: a line that is not a JSON object with `question` and `answer`.
    BatchNotJson { detail: String },
    /// `grade --batch` of a CSV file: it cannot be read as CSV (what the reader said).
    BatchCsv { detail: String },
    /// `grade --batch` of a CSV file: its first line does not name `question` and `answer`.
    BatchCsvHeader,
    /// `grade --batch` of a CSV file: a record without a `question` or `answer` field.
    BatchFieldMissing,
    /// `grade --batch`: `failed` of `total` lines could not be graded (each said above).
    BatchFailed { failed: usize, total: usize },

    /// The banks compiled into this kkori cannot be read back: a broken build.
    BundledBanksBroken { detail: String },
}

impl Error {
    /// The exit code: [`USER`] for what the person can fix, [`INTERNAL`] for the machine.
    pub fn code(&self) -> i32 {
        match self {
            Error::Io { user: true, .. } => USER,
            Error::Io { .. }
            | Error::StdoutUnwritable { .. }
            | Error::Internal { .. }
            | Error::SessionNotSaved { .. }
            | Error::BundledBanksBroken { .. } => INTERNAL,
            Error::Reported { code } => *code,
            Error::Several(errors) => errors.iter().map(Error::code).max().unwrap_or(USER),
            Error::History(e) if e.is_internal() => INTERNAL,
            Error::NewestSessionDamaged { error } | Error::ReportNotWritten { error, .. } => {
                error.code()
            }
            _ => USER,
        }
    }

    /// A failed read or write of `path`, classified: a missing file, a folder in the way,
    /// permissions or a read-only file system are the user's (exit 1); a full disk or a
    /// failing device the machine's (exit 2).
    pub fn io(action: Action, path: &std::path::Path, error: &std::io::Error) -> Error {
        use std::io::ErrorKind;
        let user = matches!(
            error.kind(),
            ErrorKind::NotFound | ErrorKind::PermissionDenied | ErrorKind::AlreadyExists
        ) || is_user_os_error(error);
        Error::Io {
            action,
            path: path.to_path_buf(),
            detail: error.to_string(),
            // ENOSPC, EDQUOT (`ErrorKind::StorageFull` is newer than the MSRV).
            full: matches!(error.raw_os_error(), Some(28 | 122)),
            denied: error.kind() == ErrorKind::PermissionDenied,
            user,
        }
    }

    /// Something that should not fail did: a bug or the machine.
    pub fn internal(detail: impl std::fmt::Display) -> Error {
        Error::Internal {
            detail: detail.to_string(),
        }
    }

    /// The message in `lang`, without the `error:` the CLI puts before it.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ko => super::ko::error(self),
            Lang::En => super::en::error(self),
        }
    }
}

impl From<HistoryError> for Error {
    fn from(e: HistoryError) -> Self {
        Error::History(e)
    }
}

#[cfg(unix)]
fn is_user_os_error(error: &std::io::Error) -> bool {
    // EROFS, EISDIR, ENOTDIR, EACCES, EPERM on Linux and the BSDs.
    matches!(error.raw_os_error(), Some(30 | 21 | 20 | 13 | 1))
}

#[cfg(not(unix))]
fn is_user_os_error(_: &std::io::Error) -> bool {
    false
}

/// What the CLI tells a person that is not an error: a warning or a line of progress.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// An old candidate folder holds the sessions of several names.
    SharedLegacyFolder { folder: PathBuf, name: String },
    /// A lock file of a dead process was taken over.
    StaleLockTakenOver { pid: u32 },
    /// Damaged session files passed over by `resume`.
    DamagedPassedOver { paths: Vec<PathBuf> },
    /// Resuming a session.
    Resuming { path: PathBuf, answered: usize },
    /// `--count` asked for more main questions than match.
    FewerThanAsked { asked: usize, found: usize },
    /// A report of a session some of whose questions the banks do not have.
    UnknownQuestions { ids: Vec<String> },
    /// The script was written.
    ScriptWritten { path: PathBuf, questions: usize },
    /// What `kkori check` looked at and found.
    Checked {
        files: usize,
        questions: usize,
        rubrics: usize,
        examples: usize,
        errors: usize,
        warnings: usize,
    },
    /// Lines of piped answers that were not UTF-8: kept, with U+FFFD for the bad bytes.
    NotUtf8Replaced { lines: Vec<usize> },
    /// The history could not take an answer of this session (a server away): it is in the
    /// session file, and is added the next time kkori opens this history.
    NotRecorded { session: String },
    /// Answers the history had missed were added from their session file.
    CaughtUp { session: String, answers: usize },
    /// `import` skipped a heading that is a title or a table of contents.
    ImportSkipped { heading: String },
    /// `import` found the id `from` taken by another question and named the new one `to`.
    ImportRenamed { from: String, to: String },
    /// `import` rewrote `path` from its parsed content (its comments are gone).
    ImportRewritten { path: PathBuf },
    /// `import` wrote a new file `path` of `count` draft questions (or rubrics).
    ImportWrote {
        count: usize,
        rubrics: bool,
        path: PathBuf,
    },
    /// `import` kept these `ids` already in `path` and added `added` new ones.
    ImportMerged {
        kept: Vec<String>,
        added: Vec<String>,
        rubrics: bool,
        path: PathBuf,
    },
    /// `history export` wrote this many sessions and answers to `path`.
    Exported {
        sessions: usize,
        answers: usize,
        path: PathBuf,
    },
    /// `history import` added what the export had and the history (at `place`) lacked;
    /// `present` answers were there already.
    Imported {
        sessions: usize,
        answers: usize,
        present: usize,
        place: String,
    },
    /// `cohort create`: the cohort was made (`created`), or it was there already.
    CohortCreated { name: String, created: bool },
    /// `cohort add`: members added, and how many were in it already.
    CohortAdded {
        name: String,
        added: usize,
        present: usize,
    },
}

impl Note {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ko => super::ko::note(self),
            Lang::En => super::en::note(self),
        }
    }
}

#[cfg(test)]
pub(crate) mod samples {
    //! One value of every variant, with ASCII data, for the tests that walk them all.
    use super::*;
    use crate::history::HistoryError as H;
    use crate::interview::{Damage, InterviewError as I};

    pub fn errors() -> Vec<Error> {
        let p = || PathBuf::from("/tmp/x.json");
        let db = || crate::history::Server {
            host: "db.lan".into(),
            port: 5432,
            user: "study".into(),
            database: "kkori".into(),
        };
        let file = || crate::history::Place::File(p());
        let server = || crate::history::Place::Server(db());
        let io = |action, user, full, denied| Error::Io {
            action,
            path: p(),
            detail: "os error".into(),
            full,
            denied,
            user,
        };
        vec![
            io(Action::Read, true, false, false),
            io(Action::Write, false, true, false),
            io(Action::CreateDir, true, false, true),
            io(Action::ReadDir, true, false, false),
            io(Action::Lock, false, false, false),
            Error::StdinUnreadable {
                detail: "eof".into(),
            },
            Error::StdoutUnwritable {
                detail: "eof".into(),
            },
            Error::NotUtf8 {
                source: Source::Stdin,
                offset: Some(3),
            },
            Error::NotUtf8 {
                source: Source::File(p()),
                offset: None,
            },
            Error::Internal {
                detail: "bug".into(),
            },
            Error::Several(vec![Error::NoLabels, Error::SameOutputs]),
            Error::BankErrors { count: 2 },
            Error::BanksHoldNoQuestion { paths: vec![p()] },
            Error::NoMainQuestion,
            Error::NothingMatches,
            Error::UnknownTopic {
                topic: "tpc".into(),
                suggestion: Some("tcp".into()),
                valid: vec!["tcp".into()],
            },
            Error::UnknownTopic {
                topic: "foo".into(),
                suggestion: None,
                valid: vec!["tcp".into(), "http".into()],
            },
            Error::UnknownBank {
                bank: "nets".into(),
                suggestion: Some("net".into()),
                valid: vec!["net".into()],
            },
            Error::UnknownBank {
                bank: "foo".into(),
                suggestion: None,
                valid: vec!["net".into()],
            },
            Error::UnknownQuestion {
                id: "tcp-hand".into(),
                suggestion: Some("tcp-handshake".into()),
            },
            Error::UnknownQuestion {
                id: "foo".into(),
                suggestion: None,
            },
            Error::NoRubric {
                question: "q".into(),
                rubric: "r".into(),
            },
            Error::SessionLocked {
                session: "s".into(),
                pid: Some(42),
                lock: p(),
            },
            Error::SessionLocked {
                session: "s".into(),
                pid: None,
                lock: p(),
            },
            Error::SessionUnreadable {
                path: p(),
                problem: crate::interview::SessionProblem::NotUtf8,
            },
            Error::SessionUnreadable {
                path: p(),
                problem: crate::interview::SessionProblem::NotASession { line: 1, column: 1 },
            },
            Error::SessionUnreadable {
                path: p(),
                problem: crate::interview::SessionProblem::Version {
                    found: 9,
                    supported: 2,
                },
            },
            Error::NewestSessionDamaged {
                error: Box::new(Error::SessionUnreadable {
                    path: p(),
                    problem: crate::interview::SessionProblem::Damaged {
                        line: 3,
                        column: 5,
                        detail: "missing field `turns`".into(),
                    },
                }),
            },
            Error::NoUnfinishedSession { dir: p() },
            Error::NoSuchSession {
                id: "x".into(),
                dir: p(),
                suggestion: Some("y".into()),
            },
            Error::NoSuchSession {
                id: "x".into(),
                dir: p(),
                suggestion: None,
            },
            Error::Interview {
                path: Some(p()),
                error: I::NothingToAsk,
            },
            Error::Interview {
                path: None,
                error: I::UnknownQuestion("q".into()),
            },
            Error::Interview {
                path: None,
                error: I::AlreadyFinished,
            },
            Error::Interview {
                path: None,
                error: I::Damaged(Damage::ProposalInSolo),
            },
            Error::SessionNotSaved { path: p() },
            Error::ReportWhichSession { dir: p() },
            Error::ReportNotWritten {
                error: Box::new(io(Action::Write, true, false, true)),
                id: "s".into(),
            },
            Error::OutIsAFolder { path: p() },
            Error::FormatDisagrees {
                path: p(),
                by_ext: "html",
                format: "md",
            },
            Error::ScriptFormat { path: p() },
            Error::History(H::NotADatabase {
                path: p(),
                detail: "d".into(),
            }),
            Error::History(H::Foreign { place: file() }),
            Error::History(H::Foreign { place: server() }),
            Error::History(H::Damaged {
                path: p(),
                detail: "d".into(),
            }),
            Error::History(H::TooNew {
                place: file(),
                found: 9,
                supported: 2,
            }),
            Error::History(H::TooNew {
                place: server(),
                found: 9,
                supported: 2,
            }),
            Error::History(H::Access {
                path: p(),
                detail: "d".into(),
            }),
            Error::History(H::Full { place: file() }),
            Error::History(H::Full { place: server() }),
            Error::History(H::Busy { path: p() }),
            Error::History(H::Sqlite {
                path: p(),
                detail: "d".into(),
            }),
            Error::History(H::BadLocation { detail: "d".into() }),
            Error::History(H::UnknownKind {
                scheme: "mysql".into(),
            }),
            Error::History(H::NoSqlitePath),
            Error::History(H::Unreachable {
                server: db(),
                detail: "refused".into(),
            }),
            Error::History(H::Auth {
                server: db(),
                detail: "password".into(),
            }),
            Error::History(H::NoDatabase { server: db() }),
            Error::History(H::Postgres {
                server: db(),
                detail: "d".into(),
            }),
            Error::EmptyName,
            Error::UnknownCohort {
                name: "spring".into(),
                closest: Some("sprint".into()),
            },
            Error::UnknownCohort {
                name: "spring".into(),
                closest: None,
            },
            Error::NotAnExport {
                path: p(),
                detail: "d".into(),
            },
            Error::NoLabels,
            Error::NoLabelFiles { dir: p() },
            Error::SameOutputs,
            Error::CannotMerge {
                path: p(),
                detail: "d".into(),
            },
            Error::BatchNotJson {
                detail: "expected value".into(),
            },
            Error::BatchCsv {
                detail: "unequal lengths".into(),
            },
            Error::BatchCsvHeader,
            Error::BatchFieldMissing,
            Error::BatchFailed {
                failed: 2,
                total: 10,
            },
            Error::BundledBanksBroken {
                detail: "truncated".into(),
            },
        ]
    }

    /// Every script sentence, with data that gives a particle a clue (`TIME_WAIT` takes 를).
    pub fn script_lines() -> Vec<crate::i18n::ScriptLine<'static>> {
        use crate::i18n::ScriptLine as S;
        vec![
            S::Quoted("TIME_WAIT"),
            S::AskIfMissed("TIME_WAIT"),
            S::AskIfMentioned("FIN"),
            S::AskIfSaid("two messages"),
            S::AskIfBelow(35),
            S::AskIfAtLeast(80),
            S::AskAlways,
            S::Negated("guarantee"),
        ]
    }

    pub fn whys() -> Vec<crate::i18n::Why<'static>> {
        use crate::i18n::Why as W;
        vec![
            W::Overdue(3),
            W::DueToday,
            W::New,
            W::WeakTopic("TCP", 40),
            W::Strong(90),
            W::NotAskedFor(1),
            W::Ahead(2),
        ]
    }

    pub fn notes() -> Vec<Note> {
        let p = || PathBuf::from("/tmp/x");
        vec![
            Note::SharedLegacyFolder {
                folder: p(),
                name: "kim".into(),
            },
            Note::StaleLockTakenOver { pid: 7 },
            Note::DamagedPassedOver {
                paths: vec![p(), p()],
            },
            Note::Resuming {
                path: p(),
                answered: 2,
            },
            Note::FewerThanAsked { asked: 5, found: 1 },
            Note::UnknownQuestions {
                ids: vec!["a".into(), "b".into()],
            },
            Note::ScriptWritten {
                path: p(),
                questions: 3,
            },
            Note::NotUtf8Replaced { lines: vec![2, 5] },
            Note::NotRecorded {
                session: "s1".into(),
            },
            Note::CaughtUp {
                session: "s1".into(),
                answers: 3,
            },
            Note::ImportSkipped {
                heading: "contents".into(),
            },
            Note::ImportRenamed {
                from: "a".into(),
                to: "a-2".into(),
            },
            Note::ImportRewritten { path: p() },
            Note::ImportWrote {
                count: 3,
                rubrics: true,
                path: p(),
            },
            Note::ImportMerged {
                kept: vec!["a".into()],
                added: vec![],
                rubrics: false,
                path: p(),
            },
            Note::ImportMerged {
                kept: vec![],
                added: vec!["b".into()],
                rubrics: true,
                path: p(),
            },
            Note::Exported {
                sessions: 2,
                answers: 5,
                path: p(),
            },
            Note::Imported {
                sessions: 1,
                answers: 4,
                present: 2,
                place: "/tmp/x".into(),
            },
            Note::CohortCreated {
                name: "spring".into(),
                created: true,
            },
            Note::CohortCreated {
                name: "spring".into(),
                created: false,
            },
            Note::CohortAdded {
                name: "spring".into(),
                added: 2,
                present: 1,
            },
            Note::Checked {
                files: 1,
                questions: 2,
                rubrics: 3,
                examples: 4,
                errors: 0,
                warnings: 1,
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::samples::{errors, notes, script_lines, whys};
    use super::*;
    use crate::i18n::ScriptLine;
    use crate::text::is_hangul;

    fn hangul(text: &str) -> bool {
        text.chars().any(is_hangul)
    }

    #[test]
    fn every_error_note_reason_and_script_line_is_worded_in_both_languages() {
        let texts = errors()
            .iter()
            .map(|e| (format!("{e:?}"), e.text(Lang::Ko), e.text(Lang::En)))
            .chain(
                notes()
                    .iter()
                    .map(|n| (format!("{n:?}"), n.text(Lang::Ko), n.text(Lang::En))),
            )
            .chain(
                whys()
                    .into_iter()
                    .map(|w| (format!("{w:?}"), w.text(Lang::Ko), w.text(Lang::En))),
            )
            .chain([0, 45, 60, 125].into_iter().map(|s| {
                (
                    format!("duration {s}"),
                    crate::i18n::duration(s, Lang::Ko),
                    crate::i18n::duration(s, Lang::En),
                )
            }))
            .chain(
                script_lines()
                    .into_iter()
                    .map(|l| (format!("{l:?}"), l.text(Lang::Ko), l.text(Lang::En))),
            )
            .collect::<Vec<_>>();
        for (what, ko, en) in texts {
            // A quoted phrase is all data: only its quotes are Korean.
            let all_data = what == format!("{:?}", ScriptLine::Quoted("TIME_WAIT"));
            assert!(
                !ko.trim().is_empty() && (hangul(&ko) || all_data),
                "Korean of {what}: {ko:?}"
            );
            assert!(
                !en.trim().is_empty() && !hangul(&en),
                "English of {what}: {en:?}"
            );
            assert_ne!(ko, en, "{what}");
            assert!(
                !ko.contains("을(를)") && !ko.contains("이(가)") && !ko.contains("은(는)"),
                "{what}: {ko}"
            );
        }
    }

    #[test]
    fn every_error_has_a_code_with_a_meaning() {
        for e in errors() {
            assert!([USER, INTERNAL].contains(&e.code()), "{e:?}");
        }
        assert_eq!(Error::Reported { code: 1 }.code(), USER);
        assert_eq!(Error::NoLabels.code(), USER);
        assert_eq!(Error::internal("x").code(), INTERNAL);
        let full = std::io::Error::from_raw_os_error(28);
        assert_eq!(
            Error::io(Action::Write, "/x".as_ref(), &full).code(),
            INTERNAL
        );
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(
            Error::io(Action::Read, "/x".as_ref(), &missing).code(),
            USER
        );
    }

    #[test]
    fn every_fixed_message_is_worded_in_both_languages() {
        for m in crate::i18n::Msg::ALL {
            let (ko, en) = (m.text(Lang::Ko), m.text(Lang::En));
            // Korean or an abbreviation read the same in Korean (`ID`).
            let abbreviation = !ko.chars().any(|c| c.is_ascii_lowercase());
            assert!(hangul(ko) || abbreviation, "Korean of {m:?}: {ko:?}");
            assert!(!hangul(en), "English of {m:?}: {en:?}");
        }
        for m in crate::i18n::BankMsg::ALL {
            let (ko, en) = (m.text(Lang::Ko), m.text(Lang::En));
            assert!(hangul(ko), "Korean of {m:?}: {ko:?}");
            assert!(!hangul(en), "English of {m:?}: {en:?}");
            // A particle for either ending (`을(를)`) reads as a form, not a sentence.
            for fallback in [
                "(을", "(를", "(이", "(가", "(은", "(는", "(와", "(과", "(으",
            ] {
                assert!(!ko.contains(fallback), "Korean of {m:?}: {ko:?}");
            }
            // Every placeholder is filled in both languages, or in neither.
            for i in 0..6 {
                let slot = format!("{{{i}}}");
                assert_eq!(ko.contains(&slot), en.contains(&slot), "{slot} of {m:?}");
            }
        }
    }
}

//! Which history a command uses and how it is opened: `--history` (or `KKORI_HISTORY`) names
//! a SQLite file or a study group's PostgreSQL server, else it is the data directory's
//! file. Opening a history also adds what it missed of earlier sessions (a server that was
//! away), from the session files marked for it.

use std::path::PathBuf;

use kkori::history::{History, HistoryError, PgStore, Snapshot};
use kkori::i18n::Note;

use super::failure::{Error, Result};
use super::{store, Context};

/// Where the history is kept: `--history`, else `KKORI_HISTORY`, else the data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// One SQLite file per person: `own` (from `sqlite:PATH`) or the data directory's for
    /// you, `<data>/candidates/<name>/` for a candidate.
    Sqlite { own: Option<PathBuf> },
    /// A study group's PostgreSQL database (the URL as given, password and all: it is
    /// only ever shown through [`kkori::history::Server`]).
    Postgres { url: String },
}

/// The kind of history named by `--history` or `KKORI_HISTORY`.
pub fn backend(ctx: &Context) -> Result<Backend> {
    parse_backend(ctx.history.as_deref()).map_err(failure)
}

/// `sqlite:PATH` (or `sqlite://PATH`), `postgres://…` or `postgresql://…`; nothing is the
/// data directory's file. An unknown kind is named by its scheme only: the rest of what was
/// given may hold a password.
fn parse_backend(spec: Option<&str>) -> std::result::Result<Backend, HistoryError> {
    let Some(spec) = spec.map(str::trim) else {
        return Ok(Backend::Sqlite { own: None });
    };
    if let Some(path) = spec.strip_prefix("sqlite:") {
        let path = path.strip_prefix("//").unwrap_or(path);
        if path.is_empty() {
            return Err(HistoryError::NoSqlitePath);
        }
        return Ok(Backend::Sqlite {
            own: Some(PathBuf::from(path)),
        });
    }
    if spec.starts_with("postgres://") || spec.starts_with("postgresql://") {
        return Ok(Backend::Postgres {
            url: spec.to_string(),
        });
    }
    let scheme = spec
        .split(':')
        .next()
        .unwrap_or("")
        .chars()
        .take(20)
        .collect();
    Err(HistoryError::UnknownKind { scheme })
}

/// Whose rows a group's database reads and writes: `--candidate`, else the login name
/// (`USER`, `USERNAME`), NFC-normalised so one name typed on two systems is one person.
pub fn member(ctx: &Context) -> String {
    use unicode_normalization::UnicodeNormalization;
    let name = ctx.candidate.clone().unwrap_or_else(|| {
        ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|v| !v.trim().is_empty()))
            .unwrap_or_else(|| "me".to_string())
    });
    name.trim().nfc().collect()
}

/// The SQLite file of the person in use.
pub fn sqlite_path(ctx: &Context, own: &Option<PathBuf>) -> PathBuf {
    match (&ctx.candidate, own) {
        (None, Some(path)) => path.clone(),
        _ => ctx.history_path(),
    }
}

/// The history's error as the command line's (worded in `kkori::i18n`).
pub fn failure(e: HistoryError) -> Error {
    Error::History(e)
}

/// Connect to the group's database as `member`.
pub fn connect(url: &str, member: &str) -> Result<PgStore> {
    let password = std::env::var("PGPASSWORD").ok();
    PgStore::connect(url, member, password.as_deref()).map_err(failure)
}

/// Open (and create, if need be) the history of the person in use, and add what it missed
/// of earlier sessions (see [`catch_up`]).
pub fn open(ctx: &Context) -> Result<History> {
    let mut history = match backend(ctx)? {
        Backend::Sqlite { own } => History::open(&sqlite_path(ctx, &own)).map_err(failure)?,
        Backend::Postgres { url } => History::new(Box::new(connect(&url, &member(ctx))?)),
    };
    catch_up(ctx, &mut history);
    Ok(history)
}

/// Which history a session's answers belong in, as a marker file says it: where it is and,
/// on a group's server, whose (never a password).
pub fn key(ctx: &Context, history: &History) -> String {
    match history.place() {
        kkori::history::Place::File(path) => format!("{}\n", path.display()),
        server => format!("{server}\n{}", member(ctx)),
    }
}

/// `<data>/sessions/<id>.unrecorded`: the history may lack answers of this session.
fn marker(ctx: &Context, id: &str) -> PathBuf {
    store::sessions_dir(&ctx.data_dir()).join(format!("{}.unrecorded", store::sanitize(id)))
}

/// Say that session `id` has answers the history `key` may lack (a write failed). Best
/// effort: the answers are in the session file either way.
pub fn mark_unrecorded(ctx: &Context, id: &str, key: &str) {
    let _ = store::write_atomic(&marker(ctx, id), key.as_bytes());
}

/// The history took all of session `id`.
pub fn unmark(ctx: &Context, id: &str) {
    let _ = std::fs::remove_file(marker(ctx, id));
}

/// Add to `history` what it missed of sessions marked for it, from their session files:
/// an answer recorded while the server was away is not lost. A session another kkori is
/// running (its lock is held) is left to that kkori. Quiet unless something was added.
fn catch_up(ctx: &Context, history: &mut History) {
    let Ok(entries) = std::fs::read_dir(store::sessions_dir(&ctx.data_dir())) else {
        return;
    };
    let key = key(ctx, history);
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "unrecorded") {
            continue;
        }
        let Some(id) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if std::fs::read_to_string(&path).ok().as_deref() != Some(key.as_str()) {
            continue;
        }
        let data = ctx.data_dir();
        let Ok(_lock) = super::lock::SessionLock::acquire(&store::lock_path(&data, &id)) else {
            continue;
        };
        let Ok(session) = store::read_session(&store::session_path(&data, &id)) else {
            continue;
        };
        if let Ok(answers) = history.finish_session(&session) {
            unmark(ctx, &id);
            if answers > 0 {
                let note = Note::CaughtUp {
                    session: session.id.clone(),
                    answers,
                };
                eprintln!("{}", note.text(ctx.lang));
            }
        }
    }
}

/// Everything recorded, or nothing when there is no history file yet (a command that only
/// reads does not create one).
pub fn snapshot(ctx: &Context) -> Result<Snapshot> {
    if let Backend::Sqlite { own } = backend(ctx)? {
        if !sqlite_path(ctx, &own).exists() {
            return Ok(Snapshot::default());
        }
    }
    open(ctx)?.snapshot().map_err(failure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_history_is_a_file_or_a_server() {
        let sqlite = |p: &str| {
            Ok(Backend::Sqlite {
                own: Some(PathBuf::from(p)),
            })
        };
        let cases: [(Option<&str>, std::result::Result<Backend, HistoryError>); 8] = [
            (None, Ok(Backend::Sqlite { own: None })),
            (Some("sqlite:h.sqlite3"), sqlite("h.sqlite3")),
            (Some("sqlite:///tmp/h.sqlite3"), sqlite("/tmp/h.sqlite3")),
            (Some(" sqlite:a b "), sqlite("a b")),
            (Some("sqlite:"), Err(HistoryError::NoSqlitePath)),
            (
                Some("postgres://u:p@h/db"),
                Ok(Backend::Postgres {
                    url: "postgres://u:p@h/db".into(),
                }),
            ),
            (
                Some("postgresql://h/db"),
                Ok(Backend::Postgres {
                    url: "postgresql://h/db".into(),
                }),
            ),
            (
                Some("mysql://u:secret@h/db"),
                Err(HistoryError::UnknownKind {
                    scheme: "mysql".into(),
                }),
            ),
        ];
        for (spec, expected) in cases {
            assert_eq!(parse_backend(spec), expected, "{spec:?}");
        }
    }
}

//! `kkori history` and `kkori progress`: the practice history listed, moved between
//! machines, and summed up. The work is in [`kkori::history`]; this is IO around it.

use std::io::Read;
use std::path::{Path, PathBuf};

use kkori::history::{cohort, progress};
use kkori::history::{Export, History, HistoryError, PgStore, SessionRecord, Snapshot};
use kkori::i18n::{Msg, Note};
use kkori::interview::session::civil;
use kkori::interview::Mode;

use super::failure::{Error, Result, Source};
use super::{library, out, store, Context, Format};

#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  kkori history\n  kkori history --format json\n  kkori history export kkori-history.json\n  kkori history import kkori-history.json   (on the other machine; safe to repeat)"
)]
pub struct HistoryArgs {
    #[command(subcommand)]
    action: Option<Action>,

    /// Output format of the list.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Write the whole history to FILE as JSON (`-` for standard output).
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Add what FILE (an export) has and this history lacks; importing twice adds nothing.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori progress\n  kkori progress --lang en --format json\n  kkori progress --format html --out progress.html"
)]
pub struct ProgressArgs {
    /// Output format: a table, JSON, or a self-contained HTML page with a chart.
    #[arg(long, value_enum, default_value_t = ProgressFormat::Text)]
    format: ProgressFormat,

    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// A study group instead of one person: a member × topic heat map, the group's weakest
    /// concepts and misconceptions, reviews due per member, and the trend.
    #[arg(long, value_name = "NAME")]
    cohort: Option<String>,

    /// With --cohort: show the members' names (hidden by default, so the page can be shown
    /// to the group).
    #[arg(long, requires = "cohort")]
    names: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ProgressFormat {
    Text,
    Json,
    Html,
}

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
fn sqlite_path(ctx: &Context, own: &Option<PathBuf>) -> PathBuf {
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
fn snapshot(ctx: &Context) -> Result<Snapshot> {
    if let Backend::Sqlite { own } = backend(ctx)? {
        if !sqlite_path(ctx, &own).exists() {
            return Ok(Snapshot::default());
        }
    }
    open(ctx)?.snapshot().map_err(failure)
}

pub fn run(ctx: &Context, args: HistoryArgs) -> Result {
    match args.action {
        None => list(ctx, args.format),
        Some(Action::Export { file }) => export(ctx, &file),
        Some(Action::Import { file }) => import(ctx, &file),
    }
}

/// Where a session of the history stands. The history is told when a session ends; one
/// whose session file is gone or damaged can never end, so it is shown as abandoned rather
/// than "in progress" forever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Finished,
    /// Its session file can be resumed.
    Unfinished,
    /// Not finished, and its session file is missing or damaged.
    Abandoned,
}

fn status(ctx: &Context, record: &SessionRecord) -> Status {
    if record.ended_at.is_some() {
        return Status::Finished;
    }
    let file = store::session_path(&ctx.data_dir(), &record.id);
    match store::read_session(&file) {
        Ok(s) if s.is_finished() => Status::Finished,
        Ok(_) => Status::Unfinished,
        Err(_) => Status::Abandoned,
    }
}

fn list(ctx: &Context, format: Format) -> Result {
    let history = snapshot(ctx)?;
    // Newest first: what one looks for.
    let sessions: Vec<&SessionRecord> = history.sessions.iter().rev().collect();
    if format == Format::Json {
        let rows: Vec<serde_json::Value> = sessions
            .iter()
            .map(|s| {
                serde_json::json!({
                    "id": s.id,
                    "started_at": s.started_at,
                    "ended_at": s.ended_at,
                    "mode": s.mode,
                    "candidate": s.candidate,
                    "questions": s.turns.len(),
                    "answered": s.answered().count(),
                    "mean_score": s.mean_score().map(|m| (m * 10.0).round() / 10.0),
                    "status": match status(ctx, s) {
                        Status::Finished => "finished",
                        Status::Unfinished => "unfinished",
                        Status::Abandoned => "abandoned",
                    },
                })
            })
            .collect();
        let text =
            serde_json::to_string_pretty(&rows).map_err(|e| Error::internal(e.to_string()))?;
        return out(&text);
    }
    let lang = ctx.lang;
    if sessions.is_empty() {
        return out(Msg::NoHistory.text(lang));
    }
    let header = [
        Msg::Session.text(lang).to_string(),
        Msg::Date.text(lang).to_string(),
        Msg::Mode.text(lang).to_string(),
        Msg::Candidate.text(lang).to_string(),
        Msg::Questions.text(lang).to_string(),
        Msg::Average.text(lang).to_string(),
    ];
    let rows: Vec<[String; 6]> = sessions
        .iter()
        .map(|s| {
            let unfinished = match status(ctx, s) {
                Status::Finished => String::new(),
                Status::Unfinished => format!(" ({})", Msg::InProgress.text(lang)),
                Status::Abandoned => format!(" ({})", Msg::Abandoned.text(lang)),
            };
            [
                format!("{}{unfinished}", s.id),
                date_time(s.started_at),
                match s.mode {
                    Mode::Solo => Msg::Solo.text(lang).to_string(),
                    Mode::Pair => Msg::Pair.text(lang).to_string(),
                },
                s.candidate.clone().unwrap_or_else(|| "—".to_string()),
                s.turns.len().to_string(),
                s.mean_score()
                    .map_or("—".to_string(), |m| format!("{:.0}", m)),
            ]
        })
        .collect();
    out(&progress::text_table(
        &header,
        &rows,
        &[false, false, false, false, true, true],
    ))
}

/// `2026-11-23 10:15` (UTC).
fn date_time(secs: u64) -> String {
    let (_, time) = civil(secs);
    format!("{} {}:{}", progress::date(secs), &time[..2], &time[2..4])
}

fn export(ctx: &Context, file: &Path) -> Result {
    let history = snapshot(ctx)?;
    let export = Export::new(history.sessions);
    let text = export.to_json();
    if file == Path::new("-") {
        return out(&text);
    }
    store::write_atomic(file, format!("{text}\n").as_bytes())?;
    let turns: usize = export.sessions.iter().map(|s| s.turns.len()).sum();
    let note = Note::Exported {
        sessions: export.sessions.len(),
        answers: turns,
        path: file.to_path_buf(),
    };
    eprintln!("{}", note.text(ctx.lang));
    Ok(())
}

fn import(ctx: &Context, file: &Path) -> Result {
    let text = if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::StdinUnreadable {
                detail: e.to_string(),
            })?;
        text
    } else {
        let bytes =
            std::fs::read(file).map_err(|e| Error::io(kkori::i18n::Action::Read, file, &e))?;
        String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
            source: Source::File(file.to_path_buf()),
            offset: Some(e.utf8_error().valid_up_to()),
        })?
    };
    let export = Export::from_json(&text).map_err(|e| Error::NotAnExport {
        path: file.to_path_buf(),
        detail: e.to_string(),
    })?;
    let mut history = open(ctx)?;
    let done = history.import(&export).map_err(failure)?;
    let note = Note::Imported {
        sessions: done.sessions_added,
        answers: done.turns_added,
        present: done.turns_present,
        place: history.place().to_string(),
    };
    out(&note.text(ctx.lang))
}

pub fn progress(ctx: &Context, args: ProgressArgs) -> Result {
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let text = if let Some(name) = &args.cohort {
        let (cohort, histories) = super::cohort::members(ctx, name)?;
        let report = cohort::cohort_progress(
            &cohort.name,
            &histories,
            &lib,
            ctx.env.now(),
            ctx.lang,
            args.names,
        );
        match args.format {
            ProgressFormat::Text => cohort::render_text(&report),
            ProgressFormat::Json => pretty(&report)?,
            ProgressFormat::Html => cohort::render_html(&report),
        }
    } else {
        let history = snapshot(ctx)?;
        let report = progress::progress(&history, &lib, ctx.env.now(), ctx.lang);
        match args.format {
            ProgressFormat::Text => progress::render_text(&report),
            ProgressFormat::Json => pretty(&report)?,
            ProgressFormat::Html => progress::render_html(&report),
        }
    };
    match &args.out {
        Some(file) => {
            let mut bytes = text.into_bytes();
            if bytes.last() != Some(&b'\n') {
                bytes.push(b'\n');
            }
            store::write_atomic(file, &bytes)?;
            eprintln!("{}", file.display());
            Ok(())
        }
        None => out(text.trim_end()),
    }
}

/// Pretty JSON of either progress model.
fn pretty(value: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string_pretty(value).map_err(Error::internal)
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

//! `kkori history`: the practice history listed, and moved between machines (`export`,
//! `import`). The work is in [`kkori::history`]; where the history is and how it is opened
//! is [`super::backend`]; this is IO around them.

use std::io::Read;
use std::path::{Path, PathBuf};

use kkori::history::{progress, Export, SessionRecord};
use kkori::i18n::{Msg, Note};
use kkori::interview::session::civil;
use kkori::interview::Mode;

use super::backend::{failure, open, snapshot};
use super::failure::{Error, Result};
use super::{out, store, Context, Format};

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
        store::read_text(file)?
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

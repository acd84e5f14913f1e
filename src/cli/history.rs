//! `kkori history` and `kkori progress`: the practice history listed, moved between
//! machines, and summed up. The work is in [`kkori::history`]; this is IO around it.

use std::io::Read;
use std::path::{Path, PathBuf};

use kkori::bank::Lang;
use kkori::history::progress;
use kkori::history::{Export, History, HistoryError, SessionRecord, Snapshot};
use kkori::i18n::Msg;
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ProgressFormat {
    Text,
    Json,
    Html,
}

/// `<data dir>/history.sqlite3`.
pub fn history_path(ctx: &Context) -> PathBuf {
    ctx.history_path()
}

fn failure(e: HistoryError) -> Error {
    Error::History(e)
}

/// Open (and create, if need be) the history.
pub fn open(path: &Path) -> Result<History> {
    History::open(path).map_err(failure)
}

/// Everything recorded, or nothing when there is no history file yet (a command that only
/// reads does not create one).
fn snapshot(path: &Path) -> Result<Snapshot> {
    if !path.exists() {
        return Ok(Snapshot::default());
    }
    open(path)?.snapshot().map_err(failure)
}

pub fn run(ctx: &Context, args: HistoryArgs) -> Result {
    let path = history_path(ctx);
    match args.action {
        None => list(ctx, &path, args.format),
        Some(Action::Export { file }) => export(ctx, &path, &file),
        Some(Action::Import { file }) => import(ctx, &path, &file),
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

fn list(ctx: &Context, path: &Path, format: Format) -> Result {
    let history = snapshot(path)?;
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
            let unfinished = match (status(ctx, s), lang) {
                (Status::Finished, _) => "",
                (Status::Unfinished, Lang::Ko) => " (진행 중)",
                (Status::Unfinished, Lang::En) => " (unfinished)",
                (Status::Abandoned, Lang::Ko) => " (중단됨)",
                (Status::Abandoned, Lang::En) => " (abandoned)",
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

fn export(ctx: &Context, path: &Path, file: &Path) -> Result {
    let history = snapshot(path)?;
    let export = Export::new(history.sessions);
    let text = export.to_json();
    if file == Path::new("-") {
        return out(&text);
    }
    store::write_atomic(file, format!("{text}\n").as_bytes())?;
    let turns: usize = export.sessions.iter().map(|s| s.turns.len()).sum();
    eprintln!(
        "{}",
        match ctx.lang {
            Lang::Ko => format!(
                "세션 {}개, 답변 {turns}개를 {}에 내보냈습니다.",
                export.sessions.len(),
                file.display()
            ),
            Lang::En => format!(
                "exported {} sessions and {turns} answers to {}",
                export.sessions.len(),
                file.display()
            ),
        }
    );
    Ok(())
}

fn import(ctx: &Context, path: &Path, file: &Path) -> Result {
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
    let mut history = open(path)?;
    let done = history.import(&export).map_err(failure)?;
    out(&match ctx.lang {
        Lang::Ko => format!(
            "세션 {}개, 답변 {}개를 가져왔습니다 (이미 있던 답변 {}개는 그대로 둠): {}",
            done.sessions_added,
            done.turns_added,
            done.turns_present,
            path.display()
        ),
        Lang::En => format!(
            "imported {} sessions and {} answers ({} already present, left as they were) into {}",
            done.sessions_added,
            done.turns_added,
            done.turns_present,
            path.display()
        ),
    })
}

pub fn progress(ctx: &Context, args: ProgressArgs) -> Result {
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let history = snapshot(&history_path(ctx))?;
    let report = progress::progress(&history, &lib, ctx.env.now(), ctx.lang);
    let text = match args.format {
        ProgressFormat::Text => progress::render_text(&report),
        ProgressFormat::Json => {
            serde_json::to_string_pretty(&report).map_err(|e| Error::internal(e.to_string()))?
        }
        ProgressFormat::Html => progress::render_html(&report),
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

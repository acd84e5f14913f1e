//! `kkori report`: render a saved session again, as Markdown, JSON or HTML.
//!
//! Only IO lives here: read the session file and the banks, hand both to
//! [`kkori::report::Report`], write the text out.

use std::path::{Path, PathBuf};

use kkori::report::{html, json, markdown, Report};

use kkori::i18n::Note;

use super::failure::{Error, Result};
use super::interview::ReportFormat;
use super::{library, out, store, Context};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori report ~/.local/share/kkori/sessions/20261123-101500-1a2b.json\n  kkori report SESSION.json --format html --out report.html\n  kkori --lang en report SESSION.json --format json\n  kkori report SESSION.json --include-notes   (pair mode: with the interviewer's notes)"
)]
pub struct Args {
    /// The session file (JSON, as saved in the `sessions` directory of the data directory).
    #[arg(conflicts_with = "id")]
    session: Option<PathBuf>,

    /// A session of the history by its id (see `kkori history`), instead of a file.
    #[arg(long = "session", value_name = "ID")]
    id: Option<String>,

    /// Report format [default: from the extension of --out (.md, .json, .html), else md].
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,

    /// Write the report to this file (replaced atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Include the interviewer's private notes (pair mode); left out by default, since a
    /// report is usually for the candidate.
    #[arg(long)]
    include_notes: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    let path = match (&args.session, &args.id) {
        (Some(path), _) => path.clone(),
        (None, Some(id)) => store::existing_session_path(&ctx.data_dir(), id)?,
        (None, None) => {
            let dir = store::sessions_dir(&ctx.data_dir());
            return Err(Error::ReportWhichSession { dir });
        }
    };
    let format = resolve_format(args.out.as_deref(), args.format)?;
    let session = store::read_session(&path)?;
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let report = Report::new(&session, &lib, ctx.lang, args.include_notes);
    let unknown: Vec<String> = report
        .questions
        .iter()
        .filter(|q| !q.known)
        .map(|q| q.question.clone())
        .collect();
    if !unknown.is_empty() {
        super::warn(&Note::UnknownQuestions { ids: unknown }.text(ctx.lang));
    }
    let text = match format {
        ReportFormat::Md => markdown(&report),
        ReportFormat::Json => json(&report),
        ReportFormat::Html => html(&report),
    };
    match &args.out {
        Some(path) => store::write_atomic(path, text.as_bytes()),
        None => out(text.trim_end()),
    }
}

/// The format of a report: `--format` if given, else what the extension of `--out` says
/// (`.md`, `.json`, `.html`), else Markdown. The two must agree when both are given, and
/// `--out` must not be a folder: both are checked before any work is done.
pub fn resolve_format(out: Option<&Path>, format: Option<ReportFormat>) -> Result<ReportFormat> {
    let Some(out) = out else {
        return Ok(format.unwrap_or(ReportFormat::Md));
    };
    if out.is_dir() {
        return Err(Error::OutIsAFolder {
            path: out.to_path_buf(),
        });
    }
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let by_ext = match ext.as_deref() {
        Some("md" | "markdown") => Some(ReportFormat::Md),
        Some("json") => Some(ReportFormat::Json),
        Some("html" | "htm") => Some(ReportFormat::Html),
        _ => None,
    };
    match (format, by_ext) {
        (Some(f), Some(e)) if f != e => Err(Error::FormatDisagrees {
            path: out.to_path_buf(),
            by_ext: e.name(),
            format: f.name(),
        }),
        (Some(f), _) | (None, Some(f)) => Ok(f),
        (None, None) => Ok(ReportFormat::Md),
    }
}

//! `kkori progress`: what one person (or, with `--cohort`, a study group) knows by topic,
//! as text, JSON or an HTML page. The models are pure ([`kkori::history::progress`],
//! [`kkori::history::cohort`]); this reads the history and writes the result.

use std::path::PathBuf;

use kkori::history::{cohort, progress};

use super::backend::snapshot;
use super::failure::{Error, Result};
use super::{library, out, store, Context};

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

pub fn run(ctx: &Context, args: ProgressArgs) -> Result {
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

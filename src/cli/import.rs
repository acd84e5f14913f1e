//! `kkori import`: draft a bank and rubrics from a Markdown note, merging into files that
//! already exist so that re-importing never undoes a person's edits.

use std::fs;
use std::path::{Path, PathBuf};

use kkori::i18n::Note;
use kkori::import::{self, Options};

use super::failure::{Action, Error, Result, Source};
use super::store::{self, write_atomic};
use super::Context;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Every heading becomes a question marked `draft: true` (skipped by the interviewer until you
remove it); sub-headings become follow-ups; each question gets a rubric whose concepts come
from the section's bold text, code spans, acronyms, `한국어(English)` pairs and bullet leads.
The section's text is kept as the model answer, for you to rewrite.

Re-running is safe: when an output file exists it is merged by id. Every question and rubric
already in it is kept exactly as it is (your edits and comments stay); only questions for new
headings, and rubrics the file lacks, are appended. What was kept and added is printed on
standard error.

Examples:
  kkori import notes/network.md                 writes network.bank.yaml, network.rubrics.yaml
  kkori import notes/network.md --topic tcp --out-bank question-banks/tcp.yaml
  kkori --lang en import notes.md               generated prompts in English
  kkori check network.bank.yaml network.rubrics.yaml

Exit codes: 0 success, 1 a problem with your input or data, 2 an internal error.")]
pub struct Args {
    /// The Markdown note to draft from.
    note: PathBuf,

    /// Where to write the bank [default: <note-stem>.bank.yaml in the current directory].
    #[arg(long, value_name = "FILE")]
    out_bank: Option<PathBuf>,

    /// Where to write the rubrics [default: <note-stem>.rubrics.yaml in the current directory].
    #[arg(long, value_name = "FILE")]
    out_rubrics: Option<PathBuf>,

    /// Topic id of the drafted questions [default: from the note's file name].
    #[arg(long, value_name = "ID")]
    topic: Option<String>,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    let text = store::read_text(&args.note)?;
    let name = args
        .note
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.note.display().to_string());
    let stem = name.split('.').next().unwrap_or(&name).to_string();
    let bank_path = args
        .out_bank
        .unwrap_or_else(|| PathBuf::from(format!("{stem}.bank.yaml")));
    let rubrics_path = args
        .out_rubrics
        .unwrap_or_else(|| PathBuf::from(format!("{stem}.rubrics.yaml")));
    if bank_path == rubrics_path {
        return Err(Error::SameOutputs);
    }

    let options = Options {
        topic: args.topic,
        lang: ctx.lang,
    };
    let draft = import::draft(&name, &text, &options);
    let bank = read_existing(&bank_path)?;
    let rubrics = read_existing(&rubrics_path)?;
    let merged = import::merge(&draft, bank.as_deref(), rubrics.as_deref()).map_err(|e| {
        let path = if e.file == "bank" {
            &bank_path
        } else {
            &rubrics_path
        };
        Error::CannotMerge {
            path: path.clone(),
            detail: e.to_string(),
        }
    })?;

    let say = |note: Note| eprintln!("{}", note.text(ctx.lang));
    for heading in &draft.skipped {
        say(Note::ImportSkipped {
            heading: heading.clone(),
        });
    }
    say(report(
        false,
        &bank_path,
        bank.is_some(),
        &merged.kept_questions,
        &merged.added_questions,
    ));
    say(report(
        true,
        &rubrics_path,
        rubrics.is_some(),
        &merged.kept_rubrics,
        &merged.added_rubrics,
    ));
    for (from, to) in &merged.renamed {
        say(Note::ImportRenamed {
            from: from.clone(),
            to: to.clone(),
        });
    }
    for file in &merged.rewritten {
        let path = if *file == "bank" {
            &bank_path
        } else {
            &rubrics_path
        };
        say(Note::ImportRewritten { path: path.clone() });
    }
    if let Some(text) = &merged.bank {
        write_atomic(&bank_path, text.as_bytes())?;
    }
    if let Some(text) = &merged.rubrics {
        write_atomic(&rubrics_path, text.as_bytes())?;
    }
    Ok(())
}

fn read_existing(path: &Path) -> Result<Option<String>> {
    match fs::read(path) {
        Ok(bytes) => store::text(bytes, Source::File(path.to_path_buf())).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(Action::Read, path, &e)),
    }
}

/// What `import` did to one file: wrote it anew, or merged into it.
fn report(rubrics: bool, path: &Path, existed: bool, kept: &[String], added: &[String]) -> Note {
    if !existed {
        return Note::ImportWrote {
            count: added.len(),
            rubrics,
            path: path.to_path_buf(),
        };
    }
    Note::ImportMerged {
        kept: kept.to_vec(),
        added: added.to_vec(),
        rubrics,
        path: path.to_path_buf(),
    }
}

//! `kkori script`: a printable interviewer script for pair practice, chosen like an
//! interview (same filters, same seed, same questions) and written as Markdown or HTML.

use std::path::{Path, PathBuf};

use kkori::i18n::Note;
use kkori::interview::choose;

use super::failure::{Error, Result};
use super::select::Selection;
use super::{library, out, store, Context};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The format comes from the extension of --out: .md (Markdown) or .html (one self-contained
page for A4 paper, each main question on a new page). Without --out, or with `--out -`,
Markdown goes to standard output. Prompts and wording follow --lang.

Examples:
  kkori script --out script.html                      7 questions, Korean, ready to print
  kkori script --topic tcp --count 3 --seed 42 --out tcp.md
  kkori --lang en script --difficulty hard --out hard.html
  kkori script --bank security --count 5 | less

Exit codes: 0 success, 1 a problem with your input or data, 2 an internal error.")]
pub struct Args {
    #[command(flatten)]
    select: Selection,

    /// Write the script here: FILE.md or FILE.html; `-` for Markdown on standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Html,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    // Before the banks are read: a wrong extension should not wait for them.
    let target = match &args.out {
        Some(path) if path.as_os_str() != "-" => Some((path.as_path(), format_of(path)?)),
        _ => None,
    };
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let filter = args.select.filter_in(&lib)?;
    let seed = ctx.env.seed(args.select.seed);
    let ids = choose::plan(&lib, &filter, args.select.count(), seed);
    if ids.is_empty() {
        return Err(args.select.nothing_to_ask(&lib, &ctx.banks));
    }
    let script = kkori::script::build(&lib, &ids, ctx.lang).with_seed(seed);
    match target {
        None => out(script.markdown().trim_end()),
        Some((path, format)) => {
            let text = match format {
                Format::Markdown => script.markdown(),
                Format::Html => script.html(),
            };
            store::write_atomic(path, text.as_bytes())?;
            let note = Note::ScriptWritten {
                path: path.to_path_buf(),
                questions: script.questions.len(),
            };
            eprintln!("{}", note.text(ctx.lang));
            Ok(())
        }
    }
}

fn format_of(path: &Path) -> Result<Format> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown") => Ok(Format::Markdown),
        Some("html" | "htm") => Ok(Format::Html),
        _ => Err(Error::ScriptFormat {
            path: path.to_path_buf(),
        }),
    }
}

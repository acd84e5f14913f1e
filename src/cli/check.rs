//! `kkori check`: validate banks and rubrics, grade every rubric example.

use std::path::{Path, PathBuf};

use kkori::bank::{Diagnostic, Lang, Library};
use kkori::eval;
use kkori::grade::Grader;
use kkori::i18n::BankMsg;

use super::failure::{Error, Result, USER};
use super::{library, out, Context, Format};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori check\n  kkori check question-banks rubrics\n  kkori check my-bank.yaml --examples"
)]
pub struct Args {
    /// Files or directories to check (default: ./question-banks and ./rubrics when present,
    /// otherwise the bundled banks).
    paths: Vec<PathBuf>,

    /// Also print, for every rubric, how its examples grade against their expected grades.
    #[arg(long)]
    examples: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// An example is off when its computed grade is further than this from the expected one.
const TOLERANCE: u8 = 1;

pub fn run(ctx: &Context, args: Args) -> Result {
    let mut paths = args.paths.clone();
    if paths.is_empty() && !ctx.banks.is_empty() {
        paths = ctx.banks.clone();
    }
    if paths.is_empty() && Path::new("question-banks").is_dir() && Path::new("rubrics").is_dir() {
        paths = vec![PathBuf::from("question-banks"), PathBuf::from("rubrics")];
    }
    let (files, unreadable) = if paths.is_empty() {
        (library::bundled(), Vec::new())
    } else {
        library::read_paths(&paths)
    };
    // A file that could not be read is listed first, as `error: cannot read `x`: …`.
    let mut problems: Vec<Diagnostic> = unreadable
        .iter()
        .map(|e| Diagnostic::error("", (0, 0), e.text(ctx.lang)))
        .collect();
    let file_count = files.len();
    let (lib, more) = Library::load_in(files, ctx.lang);
    problems.extend(more);

    let grader = Grader::new(&lib);
    let examples = eval::examples(&lib, &grader);
    for (r, e, sample) in &examples {
        if sample.expected <= 5 && sample.grade.abs_diff(sample.expected) > TOLERANCE {
            let (file, at) = lib.locate_rubric(*r, &format!("examples[{e}].grade"));
            let message = BankMsg::ExampleOff.fill(
                ctx.lang,
                &[
                    &(e + 1).to_string(),
                    &lib.rubrics[*r].id,
                    &sample.grade.to_string(),
                    &sample.score.to_string(),
                    &sample.expected.to_string(),
                ],
            );
            problems.push(Diagnostic::error(file, at, message));
        }
    }
    problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));

    let errors = problems.iter().filter(|d| d.is_error()).count();
    let warnings = problems.len() - errors;
    match args.format {
        Format::Json => {
            let report = serde_json::json!({
                "files": file_count,
                "questions": lib.questions.len(),
                "rubrics": lib.rubrics.len(),
                "examples": examples.len(),
                "errors": errors,
                "warnings": warnings,
                "diagnostics": problems,
            });
            out(&serde_json::to_string_pretty(&report).unwrap_or_default())?;
        }
        Format::Text => {
            for d in &problems {
                out(&d.to_string())?;
            }
            if args.examples {
                print_examples(&lib, &examples, ctx.lang)?;
            }
            let note = kkori::i18n::Note::Checked {
                files: file_count,
                questions: lib.questions.len(),
                rubrics: lib.rubrics.len(),
                examples: examples.len(),
                errors,
                warnings,
            };
            eprintln!("{}", note.text(ctx.lang));
        }
    }
    if errors > 0 {
        // A disk that fails to read is the machine's problem, not the banks'.
        let code = unreadable.iter().map(Error::code).fold(USER, i32::max);
        return Err(Error::Reported { code });
    }
    Ok(())
}

/// Per rubric: examples within tolerance, and the worst miss.
fn print_examples(lib: &Library, examples: &[(usize, usize, eval::Sample)], lang: Lang) -> Result {
    out("")?;
    out(BankMsg::ExamplesHeader.text(lang))?;
    for (r, rubric) in lib.rubrics.iter().enumerate() {
        let mine: Vec<&eval::Sample> = examples
            .iter()
            .filter(|(i, _, _)| *i == r)
            .map(|(_, _, s)| s)
            .collect();
        if mine.is_empty() {
            out(&format!("{:<40} {:>8}  {:>5}  -", rubric.id, 0, "-"))?;
            continue;
        }
        let agree = mine
            .iter()
            .filter(|s| s.grade.abs_diff(s.expected) <= TOLERANCE)
            .count();
        let worst = mine
            .iter()
            .max_by_key(|s| s.grade.abs_diff(s.expected))
            .expect("not empty");
        let worst = BankMsg::ExampleWorst.fill(
            lang,
            &[
                &worst.expected.to_string(),
                &worst.grade.to_string(),
                &worst.score.to_string(),
                &worst.line.to_string(),
            ],
        );
        out(&format!(
            "{:<40} {:>8}  {:>5}  {worst}",
            rubric.id,
            mine.len(),
            format!("{agree}/{}", mine.len()),
        ))?;
    }
    let total = examples.len();
    let agree = examples
        .iter()
        .filter(|(_, _, s)| s.grade.abs_diff(s.expected) <= TOLERANCE)
        .count();
    let samples: Vec<eval::Sample> = examples.iter().map(|(_, _, s)| s.clone()).collect();
    let m = eval::metrics(&samples);
    let summary = BankMsg::ExamplesSummary.fill(
        lang,
        &[
            &agree.to_string(),
            &total.to_string(),
            &TOLERANCE.to_string(),
            &format!("{:.3}", m.pearson),
            &format!("{:.1}", m.pass_agreement * 100.0),
        ],
    );
    out(&format!("\n{summary}"))
}

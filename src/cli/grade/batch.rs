//! `kkori grade --batch FILE`: many answers at once, on every core.
//!
//! A mentor grades a class's answers in one go. The file holds one answer per line, as
//! JSON Lines (`{"question": ID, "answer": TEXT}`) or, for a `.csv` file, as CSV with a
//! `question,answer` header. The output is one JSON line per input line, in input order, so
//! line N of the output is about line N of the input (blank lines and the CSV header are
//! skipped and numbered as in the file). A line that cannot be graded (not JSON, no such
//! question) gets a JSON line with `error`, a message on stderr with its line number, and
//! exit code 1 at the end; every other line is still graded.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;

use kkori::bank::Library;
use kkori::grade::{Grade, Grader};
use rayon::prelude::*;

use super::super::failure::{Error, Result};
use super::super::words::closest;
use super::super::{library, store, Context};

/// One line of the batch file, as written.
#[derive(serde::Deserialize)]
struct Row {
    question: String,
    answer: String,
}

/// A line of the file: its number (1-based) and what it holds, or why it cannot be read.
type Line = (usize, std::result::Result<Row, Error>);

pub fn run(ctx: &Context, path: &Path) -> Result {
    let text = store::read_text(path)?;
    let name = path.display().to_string();
    let csv = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
    let lines = if csv {
        csv_lines(&text)?
    } else {
        json_lines(&text)
    };
    let ids: Vec<&str> = lines
        .iter()
        .filter_map(|(_, row)| row.as_ref().ok().map(|r| r.question.as_str()))
        .collect();
    let lib = std::mem::ManuallyDrop::new(library::load_for(&ctx.banks, ctx.lang, &ids)?);
    let grader = Grader::for_questions(&lib, ids.iter().filter_map(|id| lib.question(id)));

    let progress = progress_bar(lines.len());
    let graded: Vec<(usize, std::result::Result<String, String>)> = lines
        .into_par_iter()
        .map(|(number, row)| {
            let result = row
                .and_then(|row| grade(&lib, &grader, &row, number))
                .map_err(|e| e.text(ctx.lang));
            progress.inc(1);
            (number, result)
        })
        .collect();
    progress.finish_and_clear();

    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let mut failed = 0;
    for (number, result) in &graded {
        let line = match result {
            Ok(json) => json.clone(),
            Err(message) => {
                failed += 1;
                let tag = kkori::bank::ERROR_TAG;
                eprintln!("{name}:{number}: {tag}: {message}");
                serde_json::json!({ "line": number, "error": message }).to_string()
            }
        };
        if let Err(e) = writeln!(stdout, "{line}") {
            return write_failed(e);
        }
    }
    if let Err(e) = stdout.flush() {
        return write_failed(e);
    }
    if failed > 0 {
        return Err(Error::BatchFailed {
            failed,
            total: graded.len(),
        });
    }
    Ok(())
}

fn write_failed(e: std::io::Error) -> Result {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Err(Error::StdoutUnwritable {
        detail: e.to_string(),
    })
}

/// A bar on stderr while answers are graded, only when a person is watching it.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} ({per_sec}, {eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// The output line for one answer: score, grade and the evidence for each concept.
fn grade(
    lib: &Library,
    grader: &Grader,
    row: &Row,
    number: usize,
) -> std::result::Result<String, Error> {
    let Some(question) = lib.question(&row.question) else {
        return Err(Error::UnknownQuestion {
            id: row.question.clone(),
            suggestion: closest(&row.question, lib.questions.iter().map(|q| q.id.as_str())),
        });
    };
    let Some(grade) = grader.grade(question, &row.answer) else {
        return Err(Error::NoRubric {
            question: question.id.clone(),
            rubric: question.rubric_id().to_string(),
        });
    };
    Ok(line_json(number, &question.id, &grade).to_string())
}

/// Score and grade, then per concept whether it was evidenced and by which words (byte
/// ranges into the answer as graded), the misconceptions stated and the caps applied. The
/// labels, hints and feedback of the rubric are left out: they are the same on every line.
fn line_json(number: usize, question: &str, grade: &Grade) -> serde_json::Value {
    let concepts: Vec<serde_json::Value> = grade
        .concepts
        .iter()
        .map(|c| {
            let mut concept = serde_json::json!({
                "id": c.id,
                "hit": c.hit,
                "evidence": c.evidence,
            });
            if !c.negated.is_empty() {
                concept["negated"] = serde_json::json!(c.negated);
            }
            if !c.swapped.is_empty() {
                concept["swapped"] = serde_json::json!(c.swapped);
            }
            concept
        })
        .collect();
    let misconceptions: Vec<serde_json::Value> = grade
        .misconceptions
        .iter()
        .map(|m| serde_json::json!({ "id": m.id, "penalty": m.penalty, "evidence": m.evidence }))
        .collect();
    serde_json::json!({
        "line": number,
        "question": question,
        "score": grade.score,
        "grade": grade.grade,
        "passed": grade.passed,
        "evidence": {
            "concepts": concepts,
            "misconceptions": misconceptions,
            "caps": grade.caps,
        },
    })
}

fn json_lines(text: &str) -> Vec<Line> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let row = serde_json::from_str::<Row>(line).map_err(|e| Error::BatchNotJson {
                detail: e.to_string(),
            });
            (i + 1, row)
        })
        .collect()
}

fn csv_lines(text: &str) -> Result<Vec<Line>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::BatchCsv {
            detail: e.to_string(),
        })?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(q), Some(a)) = (column("question"), column("answer")) else {
        return Err(Error::BatchCsvHeader);
    };
    let mut lines = Vec::new();
    for record in reader.records() {
        let (number, row) = match record {
            Ok(record) => {
                let number = record.position().map_or(0, |p| p.line() as usize);
                let row = match (record.get(q), record.get(a)) {
                    (Some(question), Some(answer)) => Ok(Row {
                        question: question.trim().to_string(),
                        answer: answer.to_string(),
                    }),
                    _ => Err(Error::BatchFieldMissing),
                };
                (number, row)
            }
            Err(e) => {
                let number = e.position().map_or(0, |p| p.line() as usize);
                (
                    number,
                    Err(Error::BatchCsv {
                        detail: e.to_string(),
                    }),
                )
            }
        };
        lines.push((number, row));
    }
    Ok(lines)
}

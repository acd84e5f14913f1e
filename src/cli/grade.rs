//! `kkori grade`: grade one answer and explain every point of the score.

use std::io::Read;
use std::path::PathBuf;

use kkori::grade::explain::explain;
use kkori::grade::Grader;

use super::failure::{Action, Error, Result, Source};
use super::{library, out, store, Context, Format};

mod batch;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori grade tcp-handshake --answer \"SYN, SYN-ACK, ACK 순서로 연결합니다\"\n  echo \"세션은 서버에 저장됩니다\" | kkori grade session-cookie-vs-session\n  kkori grade tcp-handshake --answer-file answer.txt --format json\n  kkori grade --batch answers.jsonl > grades.jsonl"
)]
pub struct Args {
    /// The question's id (see `kkori check` or the bank files).
    #[arg(required_unless_present = "batch")]
    question: Option<String>,

    /// Grade every answer of FILE instead: JSON Lines of {"question": ID, "answer": TEXT}
    /// (or CSV with a question,answer header, for a .csv file). Writes one JSON line per
    /// answer, in order, with score, grade and evidence.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["question", "answer", "answer_file"])]
    batch: Option<PathBuf>,

    /// The answer text. Without --answer or --answer-file, the answer is read from stdin.
    #[arg(long, value_name = "TEXT", conflicts_with = "answer_file")]
    answer: Option<String>,

    /// Read the answer from this file.
    #[arg(long, value_name = "FILE")]
    answer_file: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    if let Some(file) = &args.batch {
        return batch::run(ctx, file);
    }
    let Some(id) = args.question.as_deref() else {
        // clap requires the question without --batch.
        return Err(Error::internal("no question to grade"));
    };
    // Never freed: the process ends after this command, and freeing every string of the
    // banks one by one would take longer than the grading.
    let lib = std::mem::ManuallyDrop::new(library::load_for(&ctx.banks, ctx.lang, &[id])?);
    let question = lib.question(id).ok_or_else(|| {
        let ids = lib.questions.iter().map(|q| q.id.as_str());
        Error::UnknownQuestion {
            id: id.to_string(),
            suggestion: super::words::closest(id, ids),
        }
    })?;
    let answer = read_answer(&args)?;
    let grader = Grader::for_questions(&lib, [question]);
    let grade = grader
        .grade(question, &answer)
        .ok_or_else(|| Error::NoRubric {
            question: question.id.clone(),
            rubric: question.rubric_id().to_string(),
        })?;
    match args.format {
        Format::Json => {
            let json = serde_json::json!({ "question": question.id, "grade": grade });
            out(&serde_json::to_string_pretty(&json).map_err(|e| Error::internal(e.to_string()))?)
        }
        Format::Text => {
            out(&format!(
                "{} · {}",
                question.id,
                question.prompt.get(ctx.lang)
            ))?;
            out(explain(&grade, ctx.lang, &ctx.paint).trim_end())
        }
    }
}

fn read_answer(args: &Args) -> Result<String> {
    if let Some(answer) = &args.answer {
        return Ok(answer.clone());
    }
    let (bytes, source) = match &args.answer_file {
        Some(path) => (
            std::fs::read(path).map_err(|e| Error::io(Action::Read, path, &e))?,
            Source::File(path.clone()),
        ),
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::StdinUnreadable {
                    detail: e.to_string(),
                })?;
            (bytes, Source::Stdin)
        }
    };
    store::text(bytes, source)
}

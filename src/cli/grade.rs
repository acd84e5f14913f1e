//! `kkori grade`: grade one answer and explain every point of the score.

use std::io::Read;
use std::path::PathBuf;

use kkori::grade::explain::explain;
use kkori::grade::Grader;

use super::failure::{Action, Error, Result, Source};
use super::{library, out, Context, Format};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori grade tcp-handshake --answer \"SYN, SYN-ACK, ACK 순서로 연결합니다\"\n  echo \"세션은 서버에 저장됩니다\" | kkori grade session-cookie-vs-session\n  kkori grade tcp-handshake --answer-file answer.txt --format json"
)]
pub struct Args {
    /// The question's id (see `kkori check` or the bank files).
    question: String,

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
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let question = lib.question(&args.question).ok_or_else(|| {
        let ids = lib.questions.iter().map(|q| q.id.as_str());
        Error::UnknownQuestion {
            id: args.question.clone(),
            suggestion: super::words::closest(&args.question, ids),
        }
    })?;
    let answer = read_answer(&args)?;
    let grader = Grader::new(&lib);
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
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        source,
        offset: Some(e.utf8_error().valid_up_to()),
    })
}

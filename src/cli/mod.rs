//! The command line: clap definitions and dispatch. Each command lives in its own file and
//! is a thin layer of IO over the library.

mod check;
mod eval;
mod failure;
mod grade;
mod input;
mod interview;
mod library;
mod script;
mod store;
mod words;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use kkori::bank::Lang;
use kkori::grade::explain::Paint;

use failure::Failure;

const AFTER_HELP: &str = "\
Examples:
  kkori                                   start a mock interview (7 questions, Korean)
  kkori interview --topic tcp --count 5   five TCP questions
  kkori grade tcp-handshake --answer \"SYN, SYN-ACK, ACK를 주고받아 연결합니다\"
  kkori check question-banks rubrics      validate banks and grade rubric examples
  kkori eval tests/fixtures/labelled-answers.yaml --baseline
  kkori script --topic tcp --count 3 --out tcp.html   a script to interview someone with

Exit codes: 0 success, 1 a problem with your input or data, 2 an internal error.";

/// kkori (꼬리질문) — mock technical interviews with follow-up questions.
///
/// Asks questions from YAML question banks, grades free-text answers against keyword rubrics
/// (Korean particles, spacing, typos and negation understood), follows up like a real
/// interviewer and writes a report.
#[derive(Debug, Parser)]
#[command(name = "kkori", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Bank and rubric files or directories to use instead of the bundled banks.
    #[arg(long = "banks", global = true, value_name = "PATH")]
    banks: Vec<PathBuf>,

    /// Language of questions and messages.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Ko)]
    lang: LangArg,

    /// When to use colour (NO_COLOR is honoured under `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,

    /// Where sessions, reports and history are kept [default: $KKORI_HOME, else the
    /// platform's data directory, e.g. ~/.local/share/kkori].
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a mock interview (what plain `kkori` does).
    Interview(interview::Args),
    /// Continue an interrupted interview where it stopped.
    Resume(interview::ResumeArgs),
    /// Validate banks and rubrics, and grade every rubric's examples.
    Check(check::Args),
    /// Write a printable interviewer script (Markdown or A4 HTML) for pair practice.
    Script(script::Args),
    /// Grade one answer to a question and explain the score.
    Grade(grade::Args),
    /// Measure how well grading agrees with hand-graded answers.
    Eval(eval::Args),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    Ko,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

/// What every command may need from the global options.
#[derive(Clone)]
pub struct Context {
    pub banks: Vec<PathBuf>,
    pub lang: Lang,
    pub paint: Paint,
    data_dir: Option<PathBuf>,
}

impl Context {
    fn new(cli: &Cli) -> Self {
        let color = match cli.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Context {
            banks: cli.banks.clone(),
            lang: match cli.lang {
                LangArg::Ko => Lang::Ko,
                LangArg::En => Lang::En,
            },
            paint: if color {
                Paint::colored()
            } else {
                Paint::plain()
            },
            data_dir: cli.data_dir.clone(),
        }
    }

    /// `--data-dir`, else `KKORI_HOME`, else the platform's data directory.
    pub fn data_dir(&self) -> PathBuf {
        store::data_dir(self.data_dir.as_deref())
    }
}

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let mut cli = Cli::parse();
    if cli.command.is_none() {
        // Plain `kkori [global options]` is `kkori interview [global options]`.
        let mut argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
        argv.insert(1.min(argv.len()), "interview".into());
        cli = Cli::parse_from(argv);
    }
    let ctx = Context::new(&cli);
    let result = match cli.command {
        Some(Command::Interview(args)) => interview::run(&ctx, args),
        Some(Command::Resume(args)) => interview::resume(&ctx, args),
        Some(Command::Check(args)) => check::run(&ctx, args),
        Some(Command::Script(args)) => script::run(&ctx, args),
        Some(Command::Grade(args)) => grade::run(&ctx, args),
        Some(Command::Eval(args)) => eval::run(&ctx, args),
        None => unreachable!("`interview` was inserted above"),
    };
    match result {
        Ok(()) => 0,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("error: {failure}");
            }
            failure.code
        }
    }
}

/// Print a line to stdout, treating a closed pipe (`kkori … | head`) as success.
pub fn out(text: &str) -> failure::Result {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}") {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => {
            other.map_err(|e| Failure::internal(format!("cannot write to standard output: {e}")))
        }
    }
}

//! The command line: clap definitions and dispatch. Each command lives in its own file and
//! is a thin layer of IO over the library.

mod backend;
mod check;
mod cohort;
mod env;
mod eval;
mod failure;
mod grade;
mod history;
mod import;
mod input;
mod interview;
mod lang;
mod library;
mod list;
mod lock;
mod man;
mod progress;
mod report;
mod schema;
mod script;
mod select;
mod store;
mod words;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use kkori::bank::Lang;
use kkori::grade::explain::Paint;

use failure::Error;

const AFTER_HELP: &str = "\
Examples:
  kkori                                   start a mock interview (7 questions, Korean)
  kkori list                              topics and how many questions each has
  kkori interview --topic tcp --count 5   five TCP questions
  kkori grade tcp-handshake --answer \"SYN, SYN-ACK, ACK를 주고받아 연결합니다\"
  kkori check question-banks rubrics      validate banks and grade rubric examples
  kkori eval tests/fixtures/labelled-answers.yaml --baseline
  kkori progress --format html --out progress.html   mastery per topic, with a chart
  kkori history export history.json       move the history to another machine
  kkori script --topic tcp --count 3 --out tcp.html   a script to interview someone with
  kkori import notes.md                   draft notes.bank.yaml and notes.rubrics.yaml
  kkori schema --out kkori.schema.json    JSON Schema for editing banks in an editor

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

    /// Language of questions, messages and this help [default: $KKORI_LANG (ko or en), else
    /// $LC_ALL, else $LANG (ko_KR.UTF-8 and other ko* → ko, any other → en), else ko].
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,

    /// When to use colour (NO_COLOR is honoured under `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,

    /// Where sessions, reports and history are kept [default: $KKORI_HOME, else the
    /// platform's data directory, e.g. ~/.local/share/kkori].
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Whose history to use: pair practice records the candidate's answers under this name,
    /// and `progress`, `history` and `interview --drill` read it [default: your own].
    #[arg(long, global = true, value_name = "NAME")]
    candidate: Option<String>,

    /// Where the history is kept: sqlite:PATH (your own file) or
    /// postgres://USER:PASSWORD@HOST:PORT/DATABASE (a study group's server, everyone's
    /// answers under their --candidate name, else the login name) [default: $KKORI_HISTORY,
    /// else history.sqlite3 in the data directory].
    #[arg(long, global = true, value_name = "URL")]
    history: Option<String>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a mock interview (what plain `kkori` does).
    Interview(interview::Args),
    /// Continue an interrupted interview where it stopped.
    Resume(interview::ResumeArgs),
    /// Pair practice: interview another person, record what you hear, get a report for them.
    Pair(interview::PairArgs),
    /// Validate banks and rubrics, and grade every rubric's examples.
    Check(check::Args),
    /// Write a printable interviewer script (Markdown or A4 HTML) for pair practice.
    Script(script::Args),
    /// The topics of the banks with their question counts; `--topic` lists its questions.
    List(list::Args),
    /// Grade one answer to a question and explain the score.
    Grade(grade::Args),
    /// Measure how well grading agrees with hand-graded answers.
    Eval(eval::Args),
    /// Render the report of a saved session again (Markdown, JSON or HTML).
    Report(report::Args),
    /// How each topic stands: mastery, trend, due reviews, and the weakest concepts.
    Progress(progress::ProgressArgs),
    /// Past sessions; `export` and `import` move the history to another machine.
    History(history::HistoryArgs),
    /// Study groups: create a cohort, add members, list them (see `progress --cohort`).
    Cohort(cohort::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  kkori completions bash > ~/.local/share/bash-completion/completions/kkori\n  kkori completions zsh > ~/.zfunc/_kkori\n  kkori completions fish > ~/.config/fish/completions/kkori.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Draft a question bank and rubrics from a Markdown note (merges into existing files).
    Import(import::Args),
    /// Write the JSON Schema of bank and rubric files, for editors' YAML support.
    Schema(schema::Args),
    /// Print the man page (roff) generated from this help.
    #[command(after_help = "Example:\n  kkori man > kkori.1 && man ./kkori.1")]
    Man,
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
    pub candidate: Option<String>,
    /// `--history`, else `KKORI_HISTORY` (see [`backend::Backend`]).
    pub history: Option<String>,
    /// The clock and the seeds: read here and nowhere else.
    pub env: env::Env,
}

impl Context {
    /// `lang` is what `--lang` falls back to (from the environment, see [`lang::env`]).
    fn new(cli: &Cli, lang: Lang) -> Self {
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
                Some(LangArg::Ko) => Lang::Ko,
                Some(LangArg::En) => Lang::En,
                None => lang,
            },
            paint: if color {
                Paint::colored()
            } else {
                Paint::plain()
            },
            data_dir: cli.data_dir.clone(),
            // Spaces around a name are a slip of the keyboard, not another person.
            candidate: cli
                .candidate
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string),
            history: cli.history.clone().or_else(|| {
                std::env::var("KKORI_HISTORY")
                    .ok()
                    .filter(|v| !v.trim().is_empty())
            }),
            env: env::Env::System,
        }
    }

    /// `--data-dir`, else `KKORI_HOME`, else the platform's data directory.
    pub fn data_dir(&self) -> PathBuf {
        store::data_dir(self.data_dir.as_deref())
    }

    /// The history database: yours, or the candidate's (`<data>/candidates/<name>/`).
    pub fn history_path(&self) -> PathBuf {
        let data = self.data_dir();
        let dir = match &self.candidate {
            Some(name) => store::candidate_dir(&data, name, self.lang),
            None => data,
        };
        dir.join(kkori::history::FILE_NAME)
    }
}

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let mut argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env_lang = lang::env();
    let Some(mut cli) = parse(&argv, env_lang) else {
        return failure::USER;
    };
    if cli.command.is_none() {
        // Plain `kkori [global options]` is `kkori interview [global options]`.
        argv.insert(1.min(argv.len()), "interview".into());
        let Some(with_interview) = parse(&argv, env_lang) else {
            return failure::USER;
        };
        cli = with_interview;
    }
    let ctx = Context::new(&cli, env_lang.unwrap_or(Lang::Ko));
    library::cache_in(ctx.data_dir().join("cache"));
    let result = match cli.command {
        Some(Command::Interview(args)) => interview::run(&ctx, args),
        Some(Command::Resume(args)) => interview::resume(&ctx, args),
        Some(Command::Pair(args)) => interview::pair(&ctx, args),
        Some(Command::Check(args)) => check::run(&ctx, args),
        Some(Command::Script(args)) => script::run(&ctx, args),
        Some(Command::Grade(args)) => grade::run(&ctx, args),
        Some(Command::List(args)) => list::run(&ctx, args),
        Some(Command::Eval(args)) => eval::run(&ctx, args),
        Some(Command::Report(args)) => report::run(&ctx, args),
        Some(Command::Progress(args)) => progress::run(&ctx, args),
        Some(Command::History(args)) => history::run(&ctx, args),
        Some(Command::Cohort(args)) => cohort::run(&ctx, args),
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "kkori", &mut std::io::stdout());
            Ok(())
        }
        Some(Command::Import(args)) => import::run(&ctx, args),
        Some(Command::Schema(args)) => schema::run(args),
        Some(Command::Man) => man::run(ctx.lang),
        None => unreachable!("`interview` was inserted above"),
    };
    match result {
        Ok(()) => 0,
        Err(error) => {
            match &error {
                Error::Reported { .. } => {}
                // Each on its own line, each with its `error:`.
                Error::Several(errors) => {
                    for e in errors {
                        error_line(&e.text(ctx.lang));
                    }
                }
                _ => error_line(&error.text(ctx.lang)),
            }
            error.code()
        }
    }
}

/// An error on stderr: `error: …` (the text already in the user's language).
pub fn error_line(text: &str) {
    eprintln!("{}: {text}", kkori::bank::ERROR_TAG);
}

/// A warning on stderr: `warning: …` (the text already in the user's language).
pub fn warn(text: &str) {
    eprintln!("{}: {text}", kkori::bank::WARNING_TAG);
}

/// Parse the command line, its help and usage errors in the language of argv's `--lang`,
/// else of the environment (`env_lang`). `--help` and `--version` print and exit 0; a usage
/// error prints its message and gives `None`, which is exit code 1 (the user's input), not
/// clap's 2.
fn parse(argv: &[std::ffi::OsString], env_lang: Option<Lang>) -> Option<Cli> {
    use clap::FromArgMatches;
    let language = lang::decide(argv, env_lang);
    let command = lang::command(<Cli as clap::CommandFactory>::command(), language);
    let parsed = command
        .try_get_matches_from(argv)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => Some(cli),
        Err(e) => {
            match (language, lang::korean_error(&e)) {
                (Lang::Ko, Some(korean)) => eprint!("{korean}"),
                _ => {
                    let _ = e.print();
                }
            }
            if e.use_stderr() {
                None
            } else {
                std::process::exit(0)
            }
        }
    }
}

/// Print a line to stdout, treating a closed pipe (`kkori … | head`) as success.
pub fn out(text: &str) -> failure::Result {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}") {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.map_err(|e| Error::StdoutUnwritable {
            detail: e.to_string(),
        }),
    }
}

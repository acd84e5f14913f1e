//! The options of `kkori interview`, `kkori pair` and `kkori resume`, and how the report's
//! format is settled before the first question (a wrong `--out` must not wait for the end).

use std::path::PathBuf;

use kkori::interview::FeedbackMode;

use crate::cli::failure::Result;
use crate::cli::select::Selection;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Answer in as many lines as you like; an empty line submits. At the prompt:
  :hint    the next hint (costs 10 points)     :skip    skip this question
  :repeat  ask the question again              :model   model answer of the last answer
  :quit    end now (the report covers what was answered)
Ctrl-D, or the end of piped answers, also ends it with every answer kept, but exits with
code 1: the interview did not run to its end.

Without a terminal, answers are read from stdin, one per blank-line-separated block.

Examples:
  kkori interview
  kkori interview --topic tcp --topic http --count 5 --seed 42
  kkori interview --lang en --feedback end --time-limit 120
  printf 'SYN, SYN-ACK, ACK ...\\n\\n:skip\\n' | kkori interview --count 2")]
pub struct Args {
    #[command(flatten)]
    pub select: Selection,

    /// Feedback after each answer, or only in the final report (as in a real interview).
    #[arg(long, value_enum, default_value_t = FeedbackArg::Each)]
    pub feedback: FeedbackArg,

    /// Seconds per answer before a warning (1 or more).
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u32).range(1..))]
    pub time_limit: Option<u32>,

    /// Most follow-up questions after one main question.
    #[arg(long, default_value_t = 2)]
    pub depth: u8,

    /// Drill: questions due for review and the weakest topics first (from the history),
    /// with a few strong ones mixed in; the reason for each is shown.
    #[arg(long)]
    pub drill: bool,

    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Write the report here (default: the reports directory under the data directory).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Report format [default: from the extension of --out (.md, .json, .html), else md].
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
}

impl ReportArgs {
    /// The report's format, checked against `--out` before the interview begins.
    pub fn resolved(&self) -> Result<ReportFormat> {
        crate::cli::report::resolve_format(self.out.as_deref(), self.format)
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FeedbackArg {
    Each,
    End,
}

impl FeedbackArg {
    pub fn mode(self) -> FeedbackMode {
        match self {
            FeedbackArg::Each => FeedbackMode::Each,
            FeedbackArg::End => FeedbackMode::End,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Md,
    Json,
    Html,
}

impl ReportFormat {
    pub fn name(self) -> &'static str {
        match self {
            ReportFormat::Md => "md",
            ReportFormat::Json => "json",
            ReportFormat::Html => "html",
        }
    }
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori resume\n  kkori resume ~/.local/share/kkori/sessions/20261123-101500-1a2b.json"
)]
pub struct ResumeArgs {
    /// The session file to continue (default: the latest unfinished session).
    pub session: Option<PathBuf>,

    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The interviewer reads the question aloud and records what the candidate says:
  type or paste what was said (an empty line ends a block; several blocks add up)
  :heard 1 3     concepts heard, by their number in the checklist
  :wrong 2       misconceptions stated, by number
  :note TEXT     a private note (kept out of the candidate's report unless --include-notes)
  :done          grade the answer and see the follow-up kkori proposes
  :take (or an empty line)  ask the proposed follow-up    :ask ID  ask another question
  :next          go on to the next main question          :hint :skip :repeat :quit as in interview

Examples:
  kkori pair --candidate 지수 --topic session --count 3
  kkori script --topic session --count 3 --out script.html   (print the script first)")]
pub struct PairArgs {
    #[command(flatten)]
    pub interview: Args,
}

//! `kkori interview` and `kkori resume`: the interview loop over [`Interview`], fed by a
//! terminal or a pipe, saving the session after every answer.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use kkori::bank::{Lang, Library};
use kkori::grade::explain::explain;
use kkori::grade::Grader;
use kkori::interview::choose;
use kkori::interview::{
    describe_reason, Asked, Event, FeedbackMode, Interview, Mode, Planned, Reply, Session, Settings,
};

use super::failure::{Failure, Result};
use super::input::{self, Input, Piped, Source, Terminal};
use super::lock::{LockError, SessionLock};
use super::select::Selection;
use super::words::{Say, W};
use super::{library, store, Context};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Answer in as many lines as you like; an empty line submits. At the prompt:
  :hint    the next hint (costs 10 points)     :skip    skip this question
  :repeat  ask the question again              :model   model answer of the last answer
  :quit    end now (the report covers what was answered)

Without a terminal, answers are read from stdin, one per blank-line-separated block.

Examples:
  kkori interview
  kkori interview --topic tcp --topic http --count 5 --seed 42
  kkori interview --lang en --feedback end --time-limit 120
  printf 'SYN, SYN-ACK, ACK ...\\n\\n:skip\\n' | kkori interview --count 2")]
pub struct Args {
    #[command(flatten)]
    select: Selection,

    /// Feedback after each answer, or only in the final report (as in a real interview).
    #[arg(long, value_enum, default_value_t = FeedbackArg::Each)]
    feedback: FeedbackArg,

    /// Seconds per answer before a warning (1 or more).
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u32).range(1..))]
    time_limit: Option<u32>,

    /// Most follow-up questions after one main question.
    #[arg(long, default_value_t = 2)]
    depth: u8,

    /// Drill: questions due for review and the weakest topics first (from the history),
    /// with a few strong ones mixed in; the reason for each is shown.
    #[arg(long)]
    drill: bool,

    #[command(flatten)]
    report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Write the report here (default: the reports directory under the data directory).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Report format [default: from the extension of --out (.md, .json, .html), else md].
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
}

impl ReportArgs {
    /// The report's format, checked against `--out` before the interview begins.
    fn resolved(&self, lang: Lang) -> Result<ReportFormat> {
        super::report::resolve_format(self.out.as_deref(), self.format, lang)
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FeedbackArg {
    Each,
    End,
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
    session: Option<PathBuf>,

    #[command(flatten)]
    report: ReportArgs,
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A session id that sorts by time: `20261123-101500-1a2b`.
fn new_id(now: u64) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let (date, time) = kkori::interview::session::civil(now);
    format!(
        "{date}-{time}-{:04x}",
        (nanos ^ std::process::id()) & 0xffff
    )
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
    interview: Args,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    start(ctx, args, Mode::Solo, None)
}

pub fn pair(ctx: &Context, args: PairArgs) -> Result {
    start(ctx, args.interview, Mode::Pair, ctx.candidate.clone())
}

fn start(ctx: &Context, args: Args, mode: Mode, candidate: Option<String>) -> Result {
    args.report.resolved(ctx.lang)?;
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let grader = Grader::new(&lib);
    let filter = args.select.filter_in(&lib, ctx.lang)?;
    let started = now();
    let seed = args
        .select
        .seed
        .unwrap_or(started ^ u64::from(std::process::id()));
    let history = super::history::open(ctx)?;
    let plan: Vec<Planned> = if args.drill {
        let snapshot = history
            .snapshot()
            .map_err(|e| Failure::user(e.to_string()))?;
        kkori::history::drill_plan(
            &snapshot,
            &lib,
            &filter,
            args.select.count(),
            started,
            ctx.lang,
        )
    } else {
        let plan = choose::plan(&lib, &filter, args.select.count(), seed);
        plan.into_iter().map(Planned::question).collect()
    };
    if plan.is_empty() {
        return Err(args.select.nothing_to_ask(&lib, &ctx.banks, ctx.lang));
    }
    if plan.len() < args.select.count() {
        let say = Say::FewerThanAsked {
            asked: args.select.count(),
            found: plan.len(),
        };
        eprintln!("{}", say.text(ctx.lang));
    }
    let settings = Settings {
        lang: ctx.lang,
        count: args.select.count(),
        topics: args.select.topics,
        banks: args.select.bank_names,
        difficulty: filter.difficulty,
        seed,
        max_depth: args.depth,
        feedback: match args.feedback {
            FeedbackArg::Each => FeedbackMode::Each,
            FeedbackArg::End => FeedbackMode::End,
        },
        time_limit: args.time_limit,
        drafts: args.select.drafts,
    };
    let session = Session {
        mode,
        candidate,
        ..Session::new(new_id(started), started, settings, plan)
    };
    let (interview, replies) = Interview::start(&lib, &grader, session, started)
        .map_err(|e| Failure::user(e.text(ctx.lang)))?;
    let lock = lock(&ctx.data_dir(), &interview.session().id, ctx.lang)?;
    Loop::new(ctx, &lib, history, lock).run(interview, replies, &args.report)
}

pub fn resume(ctx: &Context, args: ResumeArgs) -> Result {
    let data = ctx.data_dir();
    let path = match &args.session {
        Some(path) => path.clone(),
        None => match store::latest_unfinished(&data, ctx.lang) {
            store::Resumable::Found(path, damaged) => {
                if !damaged.is_empty() {
                    let paths: Vec<String> = damaged
                        .iter()
                        .map(|(p, _)| p.display().to_string())
                        .collect();
                    let say = Say::DamagedPassedOver {
                        paths: paths.join(", "),
                    };
                    eprintln!("warning: {}", say.text(ctx.lang));
                }
                path
            }
            store::Resumable::Damaged(message) => {
                return Err(Failure::user(
                    Say::NewestSessionDamaged { message }.text(ctx.lang),
                ))
            }
            store::Resumable::Nothing => {
                let dir = store::sessions_dir(&data).display().to_string();
                return Err(Failure::user(
                    Say::NoUnfinishedSession { dir }.text(ctx.lang),
                ));
            }
        },
    };
    args.report.resolved(ctx.lang)?;
    // Lock first, then read: what another kkori wrote up to its end is what goes on.
    let id = store::read_session(&path, ctx.lang)?.id;
    let lock = lock(&data, &id, ctx.lang)?;
    let session = store::read_session(&path, ctx.lang)?;
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let grader = Grader::new(&lib);
    let lang = session.settings.lang;
    let answered = session.turns.len();
    // A pair session goes on in its candidate's history, whoever resumes it.
    let candidate = session.candidate.clone();
    let (interview, replies) = Interview::resume(&lib, &grader, session, now())
        .map_err(|e| Failure::user(format!("{}: {}", path.display(), e.text(ctx.lang))))?;
    let path = path.display().to_string();
    eprintln!("{}", Say::Resuming { path, answered }.text(lang));
    let mut ctx = ctx.clone();
    ctx.lang = lang;
    if candidate.is_some() {
        ctx.candidate = candidate;
    }
    let history = super::history::open(&ctx)?;
    Loop::new(&ctx, &lib, history, lock).run(interview, replies, &args.report)
}

/// Take the lock of session `id`, or say which process has it.
fn lock(data: &Path, id: &str, lang: Lang) -> Result<SessionLock> {
    match SessionLock::acquire(&store::lock_path(data, id)) {
        Ok(lock) => {
            if let Some(pid) = lock.stale {
                eprintln!("{}", Say::StaleLockTakenOver { pid }.text(lang));
            }
            Ok(lock)
        }
        Err(LockError::Held { pid, path }) => Err(Failure::user(
            Say::SessionLocked {
                session: id.to_string(),
                pid,
                lock: path.display().to_string(),
            }
            .text(lang),
        )),
        Err(LockError::Io(e, path)) => Err(Failure::io("lock", &path, e)),
    }
}

/// The interview loop: read, handle, save, show.
struct Loop<'a> {
    ctx: &'a Context,
    lib: &'a Library,
    lang: Lang,
    mode: Mode,
    data: PathBuf,
    save_failed: bool,
    history: kkori::history::History,
    /// Held until the loop ends: no other kkori takes this session over meanwhile.
    _lock: SessionLock,
}

impl<'a> Loop<'a> {
    /// The commands of this mode, for the welcome and `:help`.
    fn commands(&self) -> W {
        match self.mode {
            Mode::Solo => W::Commands,
            Mode::Pair => W::PairCommands,
        }
    }

    fn new(
        ctx: &'a Context,
        lib: &'a Library,
        history: kkori::history::History,
        lock: SessionLock,
    ) -> Self {
        Loop {
            ctx,
            lib,
            lang: ctx.lang,
            mode: Mode::Solo,
            data: ctx.data_dir(),
            save_failed: false,
            history,
            _lock: lock,
        }
    }

    fn run(mut self, mut interview: Interview, replies: Vec<Reply>, report: &ReportArgs) -> Result {
        self.mode = interview.session().mode;
        let commands = match self.mode {
            Mode::Solo => input::COMMANDS,
            Mode::Pair => input::PAIR_COMMANDS,
        };
        let mut source: Box<dyn Source> =
            match (std::io::stdin().is_terminal(), Terminal::new(commands)) {
                (true, Some(terminal)) => Box::new(terminal),
                _ => Box::new(Piped::new(std::io::stdin().lock())),
            };
        let lang = self.lang;
        if interview.session().turns.is_empty() {
            let welcome = match self.mode {
                Mode::Solo => W::Welcome,
                Mode::Pair => W::PairWelcome,
            };
            // Keys are for a terminal; a pipe is told how its blocks are read.
            let how = if source.interactive() {
                W::HowToAnswer
            } else {
                W::HowToAnswerPiped
            };
            self.say(&format!("{}. {}", welcome.get(lang), how.get(lang)));
            self.say(self.commands().get(lang));
        }
        let path = self.save(interview.session());
        if let Some(path) = &path {
            self.note(&format!(
                "{}: {}",
                W::SessionSaved.get(lang),
                path.display()
            ));
        }
        self.show(&interview, &replies);
        while !interview.is_finished() {
            let limit = interview
                .session()
                .settings
                .time_limit
                .or_else(|| interview.current_question().map(|q| q.seconds()));
            let prompt = if source.interactive() { "› " } else { "" };
            let segments = match source.read(prompt, limit) {
                Input::End => {
                    self.say(W::Quit.get(lang));
                    vec![String::from(":quit")]
                }
                Input::EndAfter(text) => {
                    // Ctrl-D with an answer half typed: the answer counts, then the end.
                    self.say("");
                    self.say(W::KeptBeforeQuit.get(lang));
                    let mut segments = segments(&text, self.mode);
                    segments.push(String::from(":quit"));
                    segments
                }
                Input::Interrupted => {
                    self.say(W::AnswerCleared.get(lang));
                    continue;
                }
                Input::Text(text) => {
                    if !source.interactive() {
                        // A transcript of a piped session reads like a conversation.
                        // Control characters of the answer are shown, never sent raw.
                        let shown = kkori::html::visible(&text);
                        self.note(&format!("› {}", shown.replace('\n', "\n  ")));
                    }
                    segments(&text, self.mode)
                }
            };
            for segment in segments {
                if interview.is_finished() {
                    break;
                }
                // Numbers of `:heard 1 3` refer to the checklist of the question asked now.
                let current = interview
                    .current_question()
                    .and_then(|q| self.lib.rubric(q.rubric_id()));
                let event = match parse_command(&segment, self.mode, current) {
                    Some(Command::Help) => {
                        self.say(self.commands().get(lang));
                        continue;
                    }
                    Some(Command::Event(event)) => event,
                    None => Event::Answer(segment),
                };
                let replies = interview.handle(event, now());
                self.save(interview.session());
                self.record(interview.session(), &replies);
                self.show(&interview, &replies);
            }
        }
        self.finish(interview.session(), report)
    }

    /// Print a line. A closed stdout (`kkori | head`) must not end the interview: the
    /// answers still come in and are saved, so write errors are ignored here.
    fn say(&self, text: &str) {
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), "{text}");
    }

    fn note(&self, text: &str) {
        let paint = &self.ctx.paint;
        self.say(&paint.paint(paint.dim, text));
    }

    /// Save after every change; a failure is reported once and retried next time.
    fn save(&mut self, session: &Session) -> Option<PathBuf> {
        match store::save_session(&self.data, session) {
            Ok(path) => {
                self.save_failed = false;
                Some(path)
            }
            Err(e) => {
                if !self.save_failed {
                    eprintln!("warning: {}: {e}", W::SaveFailed.get(self.lang));
                }
                self.save_failed = true;
                None
            }
        }
    }

    fn show(&self, interview: &Interview, replies: &[Reply]) {
        let lang = self.lang;
        let paint = &self.ctx.paint;
        let session = interview.session();
        for reply in replies {
            match reply {
                Reply::Ask(asked) => self.ask(asked, session.settings.time_limit),
                Reply::Graded { turn } => {
                    let turn = &session.turns[*turn];
                    let mut time = format!(
                        "{} {}{}",
                        W::Answered.get(lang),
                        turn.seconds,
                        kkori::i18n::Msg::Seconds.text(lang)
                    );
                    if turn.over_time {
                        time.push_str(&format!(" · {}", W::OverTime.get(lang)));
                    }
                    // Score, band and verdict after the cost of hints, as in the report.
                    match (session.settings.feedback, turn.final_grade()) {
                        (FeedbackMode::Each, Some(grade)) => {
                            self.say(explain(&grade, lang, paint).trim_end());
                            self.note(&time);
                        }
                        _ => self.note(&format!("{} ({time})", W::Recorded.get(lang))),
                    }
                }
                Reply::Skipped { .. } => self.note(W::SkippedIt.get(lang)),
                Reply::EmptyAnswer => self.say(W::EmptyAnswer.get(lang)),
                Reply::Hint { text, cost, .. } => {
                    let line = format!(
                        "{}: {} (−{cost}{})",
                        kkori::i18n::Msg::Hint.text(lang),
                        text.get(lang),
                        W::HintCost.get(lang)
                    );
                    self.say(&paint.paint(paint.warn, line));
                }
                Reply::NoMoreHints => self.say(W::NoMoreHints.get(lang)),
                Reply::Model { question, text } => {
                    let prompt = self
                        .lib
                        .question(question)
                        .map_or("", |q| q.prompt.get(lang));
                    let head = format!("{} — {prompt}", kkori::i18n::Msg::ModelAnswer.text(lang));
                    self.say(&paint.paint(paint.strong, head));
                    self.say(text.get(lang).trim_end());
                }
                Reply::NothingAnsweredYet => self.say(W::NothingAnsweredYet.get(lang)),
                Reply::Finished => {}
                Reply::Noted => self.note(W::Noted.get(lang)),
                Reply::NotNow => self.say(W::NotNow.get(lang)),
                Reply::CannotAsk(id) => self.say(&format!("{}: `{id}`", W::CannotAsk.get(lang))),
                Reply::Proposed(Some(asked)) => {
                    let q = self.lib.question(&asked.question);
                    let prompt = q.map_or(asked.question.as_str(), |q| q.prompt.get(lang));
                    self.say(
                        &paint.paint(paint.strong, format!("{}: {prompt}", W::Proposal.get(lang))),
                    );
                    if let Some(reason) = &asked.reason {
                        self.note(&format!("↳ {}", describe_reason(reason, self.lib, lang)));
                    }
                    self.note(W::ProposalKeys.get(lang));
                }
                Reply::Proposed(None) => {
                    self.say(W::NoProposal.get(lang));
                    self.note(W::ProposalKeys.get(lang));
                }
            }
        }
    }

    fn ask(&self, asked: &Asked, limit: Option<u32>) {
        let lang = self.lang;
        let paint = &self.ctx.paint;
        let Some(q) = self.lib.question(&asked.question) else {
            return;
        };
        self.say("");
        let head = if asked.depth == 0 {
            format!(
                "[{} {}/{}]",
                W::Question.get(lang),
                asked.number,
                asked.total
            )
        } else {
            format!(
                "[{} {}-{}]",
                W::FollowUp.get(lang),
                asked.number,
                asked.depth
            )
        };
        let topic = self
            .lib
            .topic(&q.topic)
            .map_or(q.topic.clone(), |t| t.label.get(lang).to_string());
        self.say(&format!(
            "{} {}",
            paint.paint(paint.strong, head),
            paint.paint(paint.dim, format!("{topic} · {}", q.difficulty.as_str()))
        ));
        if let Some(reason) = &asked.reason {
            self.note(&format!("↳ {}", describe_reason(reason, self.lib, lang)));
        }
        if let Some(why) = &asked.why {
            self.note(&format!("{}: {why}", W::Picked.get(lang)));
        }
        self.say(&paint.paint(paint.strong, q.prompt.get(lang)));
        if self.mode == Mode::Pair {
            self.checklist(q);
        }
        let seconds = limit.unwrap_or_else(|| q.seconds());
        self.note(&format!(
            "({} {seconds}{})",
            W::SuggestedTime.get(lang),
            kkori::i18n::Msg::Seconds.text(lang)
        ));
    }

    /// For the interviewer: the concepts to listen for and the misconceptions, numbered for
    /// `:heard` and `:wrong`.
    fn checklist(&self, q: &kkori::bank::Question) {
        let lang = self.lang;
        let Some(rubric) = self.lib.rubric(q.rubric_id()) else {
            return;
        };
        self.note(W::Checklist.get(lang));
        for (i, c) in rubric.concepts.iter().enumerate() {
            let terms: Vec<&str> = c.terms.iter().take(4).map(String::as_str).collect();
            let required = if c.required { "*" } else { "" };
            self.say(&format!(
                "  {:>2}. ☐ {}{required}  — {}",
                i + 1,
                c.label.get(lang),
                terms.join(", ")
            ));
        }
        if !rubric.misconceptions.is_empty() {
            self.note(W::ListenFor.get(lang));
            for (i, m) in rubric.misconceptions.iter().enumerate() {
                let label = m
                    .label
                    .as_ref()
                    .map_or(m.id.clone(), |l| l.get(lang).to_string());
                self.say(&format!(
                    "  {:>2}. ⚠ {label} — {}",
                    i + 1,
                    m.feedback.get(lang)
                ));
            }
        }
        self.note(W::PairKeys.get(lang));
    }

    /// Record every turn of `replies` in the history the moment it exists. The session file
    /// already holds it, so a failure here is a warning, not the end of the interview.
    fn record(&mut self, session: &Session, replies: &[Reply]) {
        for reply in replies {
            if let Reply::Graded { turn } | Reply::Skipped { turn } = reply {
                if let Err(e) = self.history.record_turn(session, *turn) {
                    eprintln!("warning: {e}");
                }
            }
        }
    }

    fn finish(&mut self, session: &Session, report: &ReportArgs) -> Result {
        // A session with no answer teaches nothing about the candidate: not recorded.
        if !session.turns.is_empty() {
            if let Err(e) = self.history.finish_session(session) {
                eprintln!("warning: {e}");
            }
        }
        // A report that cannot be written is said after the closing lines, not instead.
        let written = self.write_report(session, report);
        let lang = self.lang;
        self.say("");
        self.say(W::Finished.get(lang));
        // The session's one average (skipped questions count 0), as in the report.
        match session
            .average()
            .filter(|_| session.answered().next().is_some())
        {
            None => self.say(W::NoAnswers.get(lang)),
            Some(mean) => self.say(&format!(
                "{}: {}/100",
                W::Average.get(lang),
                kkori::report::decimal(mean)
            )),
        }
        let path = store::session_path(&self.data, &session.id);
        if session.turns.is_empty() {
            // Nothing was asked and answered: no session file to resume or report on.
            let _ = std::fs::remove_file(&path);
            return written;
        }
        if self.save_failed {
            eprintln!("{}", session.to_json());
            let path = path.display().to_string();
            return Err(Failure::internal(Say::SessionNotSaved { path }.text(lang)));
        }
        self.note(&format!(
            "{}: {}",
            W::SessionSaved.get(lang),
            path.display()
        ));
        written.map_err(|f| Failure {
            message: Say::ReportNotWritten {
                error: f.message,
                id: session.id.clone(),
            }
            .text(lang),
            code: f.code,
        })
    }

    /// The report, to `--out` or `<data>/reports/<session id>.<ext>`.
    fn write_report(&self, session: &Session, args: &ReportArgs) -> Result {
        if session.turns.is_empty() {
            return Ok(());
        }
        let format = args.resolved(self.lang)?;
        let report = kkori::report::Report::new(session, self.lib, self.lang, false);
        let text = match format {
            ReportFormat::Md => kkori::report::markdown(&report),
            ReportFormat::Json => kkori::report::json(&report),
            ReportFormat::Html => kkori::report::html(&report),
        };
        let path = args.out.clone().unwrap_or_else(|| {
            self.data.join("reports").join(format!(
                "{}.{}",
                store::sanitize(&session.id),
                format.name()
            ))
        });
        store::write_atomic(&path, text.as_bytes())?;
        self.note(&format!(
            "{}: {}",
            W::ReportWritten.get(self.lang),
            path.display()
        ));
        Ok(())
    }
}

enum Command {
    Help,
    Event(Event),
}

/// A block as typed, cut into what to handle in order: each line that is a command on its
/// own, and the runs of other lines between them as one answer each. So `:heard 3` or
/// `:note …` typed under the answer (as the pair screen invites) is a command, never text of
/// the answer, wherever it stands in the block.
fn segments(text: &str, mode: Mode) -> Vec<String> {
    if text.trim().is_empty() {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut answer: Vec<&str> = Vec::new();
    for line in text.lines() {
        if parse_command(line, mode, None).is_some() && !line.trim().is_empty() {
            if !answer.is_empty() {
                out.push(answer.join("\n"));
                answer.clear();
            }
            out.push(line.trim().to_string());
        } else if !line.trim().is_empty() || !answer.is_empty() {
            answer.push(line);
        }
    }
    if !answer.is_empty() {
        out.push(answer.join("\n").trim_end().to_string());
    }
    out
}

/// `:hint`, `:skip`, …; anything else is an answer. Unknown `:words` are answers too, so
/// an answer may start with a colon. In pair mode `:heard 1 3` and `:wrong 2` take the
/// numbers of the checklist shown with the question.
fn parse_command(text: &str, mode: Mode, rubric: Option<&kkori::bank::Rubric>) -> Option<Command> {
    let text = text.trim();
    if mode == Mode::Pair {
        if text.is_empty() {
            return Some(Command::Event(Event::Take));
        }
        let (word, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        let numbered = |ids: Vec<&String>| -> Vec<String> {
            rest.split([' ', ','])
                .filter_map(|n| n.trim().parse::<usize>().ok())
                .filter_map(|n| ids.get(n.wrapping_sub(1)).map(|s| s.to_string()))
                .collect()
        };
        let event = match word {
            ":heard" => Event::Heard(numbered(
                rubric.map_or(Vec::new(), |r| r.concepts.iter().map(|c| &c.id).collect()),
            )),
            ":wrong" => Event::Wrong(numbered(rubric.map_or(Vec::new(), |r| {
                r.misconceptions.iter().map(|m| &m.id).collect()
            }))),
            ":note" => Event::Note(rest.to_string()),
            ":done" => Event::Done,
            ":take" => Event::Take,
            ":next" => Event::Next,
            ":ask" if !rest.trim().is_empty() => Event::AskInstead(rest.trim().to_string()),
            _ => return parse_command(text, Mode::Solo, rubric),
        };
        return Some(Command::Event(event));
    }
    let event = match text {
        ":hint" | ":h" => Event::Hint,
        ":skip" | ":s" => Event::Skip,
        ":repeat" | ":r" => Event::Repeat,
        ":model" | ":m" => Event::Model,
        ":quit" | ":q" | ":exit" => Event::Quit,
        ":help" | ":?" => return Some(Command::Help),
        _ => return None,
    };
    Some(Command::Event(event))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_recognised_on_any_line_of_a_block() {
        let cut = |text: &str, mode| segments(text, mode);
        assert_eq!(
            cut("답\n:heard 3\n:note 비밀\n둘째 줄\n:done", Mode::Pair),
            ["답", ":heard 3", ":note 비밀", "둘째 줄", ":done"]
        );
        assert_eq!(
            cut("first\nsecond\n:skip", Mode::Solo),
            ["first\nsecond", ":skip"]
        );
        // Unknown `:words` are text; a block of text stays one answer.
        assert_eq!(
            cut(":) 웃으며\n답합니다", Mode::Pair),
            [":) 웃으며\n답합니다"]
        );
        assert_eq!(cut("", Mode::Pair), [""]);
    }
}

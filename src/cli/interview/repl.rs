//! The interview loop: read a block, cut it into commands and answers
//! ([`super::command`]), hand each to the state machine, save, record, show
//! ([`super::view`]); at the end, the history, the report and the closing lines.
//!
//! This is the IO shell around [`Interview`]: the terminal or the pipe, the session file,
//! the history database, the clock (from [`Env`]). Nothing here decides what an answer is
//! worth or what the screen says.

use std::io::IsTerminal;
use std::path::PathBuf;

use kkori::bank::Library;
use kkori::i18n::{Msg, Note};
use kkori::interview::{Event, Interview, Mode, Reply, Session};

use super::args::{ReportArgs, ReportFormat};
use super::command::{self, Command};
use super::view::View;
use crate::cli::env::Env;
use crate::cli::failure::{Error, Result, USER};
use crate::cli::input::{self, Input, Piped, Source, Terminal};
use crate::cli::lock::SessionLock;
use crate::cli::{store, Context};

/// One interview being run: where it is saved and recorded, and what shows it.
pub struct Loop<'a> {
    lib: &'a Library,
    env: Env,
    view: View<'a>,
    data: PathBuf,
    save_failed: bool,
    history: kkori::history::History,
    /// Which history this is, for [`crate::cli::backend::mark_unrecorded`].
    history_key: String,
    /// Whether the history failed to take an answer of this session (said once).
    record_failed: bool,
    ctx: &'a Context,
    /// Held until the loop ends: no other kkori takes this session over meanwhile.
    _lock: SessionLock,
}

impl<'a> Loop<'a> {
    pub fn new(
        ctx: &'a Context,
        lib: &'a Library,
        mode: Mode,
        history: kkori::history::History,
        lock: SessionLock,
    ) -> Self {
        Loop {
            lib,
            env: ctx.env,
            view: View {
                lib,
                lang: ctx.lang,
                mode,
                paint: &ctx.paint,
            },
            data: ctx.data_dir(),
            save_failed: false,
            history_key: crate::cli::backend::key(ctx, &history),
            record_failed: false,
            ctx,
            history,
            _lock: lock,
        }
    }

    pub fn run(
        mut self,
        mut interview: Interview,
        replies: Vec<Reply>,
        report: &ReportArgs,
    ) -> Result {
        let mode = self.view.mode;
        let commands = match mode {
            Mode::Solo => input::COMMANDS,
            Mode::Pair => input::PAIR_COMMANDS,
        };
        let mut source: Box<dyn Source> =
            match (std::io::stdin().is_terminal(), Terminal::new(commands)) {
                (true, Some(terminal)) => Box::new(terminal),
                _ => Box::new(Piped::new(std::io::stdin().lock())),
            };
        let lang = self.view.lang;
        if interview.session().turns.is_empty() {
            self.show(self.view.welcome(source.interactive()));
        }
        if let Some(path) = self.save(interview.session()) {
            self.show(vec![self.view.path(Msg::SessionSaved, &path)]);
        }
        self.show(self.view.replies(interview.session(), &replies));
        // Input that ends mid-session (Ctrl-D, the end of piped answers) ends the interview
        // with everything kept, and the exit code says it did not run to its end.
        let mut input_ended = false;
        while !interview.is_finished() {
            let limit = interview
                .session()
                .settings
                .time_limit
                .or_else(|| interview.current_question().map(|q| q.seconds()));
            let prompt = if source.interactive() { "› " } else { "" };
            let segments = match source.read(prompt, limit) {
                Input::End => {
                    input_ended = true;
                    self.say(Msg::Quit.text(lang));
                    vec![String::from(":quit")]
                }
                Input::EndAfter(text) => {
                    input_ended = true;
                    // Ctrl-D with an answer half typed: the answer counts, then the end.
                    self.say("");
                    self.say(Msg::KeptBeforeQuit.text(lang));
                    let mut segments = command::segments(&text, mode);
                    segments.push(String::from(":quit"));
                    segments
                }
                Input::Interrupted => {
                    self.say(Msg::AnswerCleared.text(lang));
                    continue;
                }
                Input::Text(text) => {
                    if !source.interactive() {
                        self.say(&self.view.echo(&text));
                    }
                    let bad = source.not_utf8();
                    if !bad.is_empty() {
                        let note = Note::NotUtf8Replaced { lines: bad };
                        crate::cli::warn(&note.text(lang));
                    }
                    command::segments(&text, mode)
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
                let event = match command::parse(&segment, mode, current) {
                    Some(Command::Help) => {
                        self.say(&self.view.commands());
                        continue;
                    }
                    Some(Command::Event(event)) => event,
                    None => Event::Answer(segment),
                };
                let replies = interview.handle(event, self.env.now());
                self.save(interview.session());
                self.record(interview.session(), &replies);
                self.show(self.view.replies(interview.session(), &replies));
            }
        }
        self.finish(interview.session(), report)?;
        if input_ended {
            // Already said ("Ending the interview; everything answered so far is kept").
            return Err(Error::Reported { code: USER });
        }
        Ok(())
    }

    /// Print a line. A closed stdout (`kkori | head`) must not end the interview: the
    /// answers still come in and are saved, so write errors are ignored here.
    fn say(&self, text: &str) {
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), "{text}");
    }

    fn show(&self, lines: Vec<String>) {
        for line in lines {
            self.say(&line);
        }
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
                    let lang = self.view.lang;
                    let text = format!("{}: {}", Msg::SaveFailed.text(lang), e.text(lang));
                    crate::cli::warn(&text);
                }
                self.save_failed = true;
                None
            }
        }
    }

    /// Record every turn of `replies` in the history the moment it exists. The session file
    /// already holds it, so a failure here is a warning, not the end of the interview.
    fn record(&mut self, session: &Session, replies: &[Reply]) {
        for reply in replies {
            if let Reply::Graded { turn } | Reply::Skipped { turn } = reply {
                if let Err(e) = self.history.record_turn(session, *turn) {
                    self.not_recorded(session, e);
                }
            }
        }
    }

    /// The history did not take an answer: say why once, and mark the session so that the
    /// next kkori to open this history adds it from the session file.
    fn not_recorded(&mut self, session: &Session, e: kkori::history::HistoryError) {
        if !self.record_failed {
            let lang = self.view.lang;
            crate::cli::warn(&Error::History(e).text(lang));
            let note = Note::NotRecorded {
                session: session.id.clone(),
            };
            crate::cli::warn(&note.text(lang));
            crate::cli::backend::mark_unrecorded(self.ctx, &session.id, &self.history_key);
        }
        self.record_failed = true;
    }

    fn finish(&mut self, session: &Session, report: &ReportArgs) -> Result {
        // A session with no answer teaches nothing about the candidate: not recorded.
        if !session.turns.is_empty() {
            match self.history.finish_session(session) {
                Ok(_) if self.record_failed => crate::cli::backend::unmark(self.ctx, &session.id),
                Ok(_) => {}
                Err(e) => self.not_recorded(session, e),
            }
        }
        // A report that cannot be written is said after the closing lines, not instead.
        let written = self.write_report(session, report);
        self.show(self.view.closing(session));
        let path = store::session_path(&self.data, &session.id);
        if session.turns.is_empty() {
            // Nothing was asked and answered: no session file to resume or report on.
            let _ = std::fs::remove_file(&path);
            return written;
        }
        if self.save_failed {
            eprintln!("{}", session.to_json());
            return Err(Error::SessionNotSaved { path });
        }
        self.show(vec![self.view.path(Msg::SessionSaved, &path)]);
        written.map_err(|error| Error::ReportNotWritten {
            error: Box::new(error),
            id: session.id.clone(),
        })
    }

    /// The report, to `--out` or `<data>/reports/<session id>.<ext>`.
    fn write_report(&self, session: &Session, args: &ReportArgs) -> Result {
        if session.turns.is_empty() {
            return Ok(());
        }
        let lang = self.view.lang;
        let format = args.resolved()?;
        let report = kkori::report::Report::new(session, self.lib, lang, false);
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
        self.show(vec![self.view.path(Msg::ReportWritten, &path)]);
        Ok(())
    }
}

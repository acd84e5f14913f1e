//! `kkori interview`, `kkori pair` and `kkori resume`: settle the options, load the banks,
//! plan or reload the session, take its lock, and hand it to the loop.
//!
//! The parts, each with one job: [`args`] (the options), [`command`] (what a typed line
//! means; pure), [`view`] (what the screen shows for each state; pure, snapshot-tested),
//! [`repl`] (the loop: terminal or pipe, save, history, report). The clock and the seed
//! come from the context's [`crate::cli::env::Env`], read nowhere else.

mod args;
mod command;
mod repl;
mod view;

use std::path::Path;

use kkori::bank::Lang;
use kkori::grade::Grader;
use kkori::i18n::Note;
use kkori::interview::choose;
use kkori::interview::{Interview, Mode, Planned, Session, Settings};

pub use args::{Args, PairArgs, ReportFormat, ResumeArgs};
use repl::Loop;

use super::failure::{Action, Error, Result};
use super::lock::{LockError, SessionLock};
use super::{library, store, Context};

pub fn run(ctx: &Context, args: Args) -> Result {
    start(ctx, args, Mode::Solo, None)
}

pub fn pair(ctx: &Context, args: PairArgs) -> Result {
    start(ctx, args.interview, Mode::Pair, ctx.candidate.clone())
}

fn start(ctx: &Context, args: Args, mode: Mode, candidate: Option<String>) -> Result {
    args.report.resolved()?;
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let grader = Grader::new(&lib);
    let filter = args.select.filter_in(&lib)?;
    let started = ctx.env.now();
    let seed = ctx.env.seed(args.select.seed);
    let history = super::backend::open(ctx)?;
    let plan: Vec<Planned> = if args.drill {
        let snapshot = history.snapshot()?;
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
        return Err(args.select.nothing_to_ask(&lib, &ctx.banks));
    }
    if plan.len() < args.select.count() {
        let say = Note::FewerThanAsked {
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
        feedback: args.feedback.mode(),
        time_limit: args.time_limit,
        drafts: args.select.drafts,
    };
    let session = Session {
        mode,
        candidate,
        ..Session::new(ctx.env.session_id(started), started, settings, plan)
    };
    let (interview, replies) = Interview::start(&lib, &grader, session, started)
        .map_err(|error| Error::Interview { path: None, error })?;
    let lock = lock(&ctx.data_dir(), &interview.session().id, ctx.lang)?;
    Loop::new(ctx, &lib, mode, history, lock).run(interview, replies, &args.report)
}

pub fn resume(ctx: &Context, args: ResumeArgs) -> Result {
    let data = ctx.data_dir();
    let path = match &args.session {
        Some(path) => path.clone(),
        None => match store::latest_unfinished(&data) {
            store::Resumable::Found(path, damaged) => {
                if !damaged.is_empty() {
                    let say = Note::DamagedPassedOver {
                        paths: damaged.into_iter().map(|(p, _)| p).collect(),
                    };
                    crate::cli::warn(&say.text(ctx.lang));
                }
                path
            }
            store::Resumable::Damaged(error) => {
                return Err(Error::NewestSessionDamaged {
                    error: Box::new(error),
                })
            }
            store::Resumable::Nothing => {
                let dir = store::sessions_dir(&data);
                return Err(Error::NoUnfinishedSession { dir });
            }
        },
    };
    args.report.resolved()?;
    // Lock first, then read: what another kkori wrote up to its end is what goes on.
    let id = store::read_session(&path)?.id;
    let lock = lock(&data, &id, ctx.lang)?;
    let session = store::read_session(&path)?;
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    let grader = Grader::new(&lib);
    let lang = session.settings.lang;
    let answered = session.turns.len();
    // A pair session goes on in its candidate's history, whoever resumes it.
    let candidate = session.candidate.clone();
    let (interview, replies) =
        Interview::resume(&lib, &grader, session, ctx.env.now()).map_err(|error| {
            Error::Interview {
                path: Some(path.clone()),
                error,
            }
        })?;
    eprintln!("{}", Note::Resuming { path, answered }.text(lang));
    let mut ctx = ctx.clone();
    ctx.lang = lang;
    if candidate.is_some() {
        ctx.candidate = candidate;
    }
    let mode = interview.session().mode;
    let history = super::backend::open(&ctx)?;
    Loop::new(&ctx, &lib, mode, history, lock).run(interview, replies, &args.report)
}

/// Take the lock of session `id`, or say which process has it.
fn lock(data: &Path, id: &str, lang: Lang) -> Result<SessionLock> {
    match SessionLock::acquire(&store::lock_path(data, id)) {
        Ok(lock) => {
            if let Some(pid) = lock.stale {
                eprintln!("{}", Note::StaleLockTakenOver { pid }.text(lang));
            }
            Ok(lock)
        }
        Err(LockError::Held { pid, path }) => Err(Error::SessionLocked {
            session: id.to_string(),
            pid,
            lock: path,
        }),
        Err(LockError::Io(e, path)) => Err(Error::io(Action::Lock, &path, &e)),
    }
}

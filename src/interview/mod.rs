//! The interview as a pure state machine: events in, replies out.
//!
//! It never reads the clock or a terminal: every event carries `now` (Unix seconds), and
//! what to show is the front end's business. That is what lets the REPL, the piped mode, the
//! pair mode and the tests drive the same interviewer, and what makes resuming exact: the
//! [`Session`] it keeps is the whole state, saved after every change.

pub mod choose;
pub mod session;

use crate::bank::{Condition, Library, Localized, Question};
use crate::grade::{Grade, Grader};

pub use session::{
    average, FeedbackMode, Mode, Pending, Planned, Proposal, Reason, Session, SessionProblem,
    Settings, Turn, SESSION_VERSION,
};

/// Points a hint costs on the question it was asked for.
pub const HINT_COST: u8 = 10;

/// What the candidate (or the interviewer, in pair mode) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// An answer to the pending question.
    Answer(String),
    /// The next hint for the pending question.
    Hint,
    /// Give up on the pending question.
    Skip,
    /// Say the pending question again.
    Repeat,
    /// The model answer of the last answered question.
    Model,
    /// End the session now.
    Quit,
    /// Pair mode: concepts (ids) the interviewer heard.
    Heard(Vec<String>),
    /// Pair mode: misconceptions (ids) the candidate stated.
    Wrong(Vec<String>),
    /// Pair mode: a private note on the pending question.
    Note(String),
    /// Pair mode: the answer is complete; grade it and propose a follow-up.
    Done,
    /// Pair mode: ask the proposed follow-up (or the next main question if none).
    Take,
    /// Pair mode: ask this question instead, as a follow-up.
    AskInstead(String),
    /// Pair mode: go on to the next main question.
    Next,
}

/// What the interviewer says back.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Ask this question (a new one, or again).
    Ask(Asked),
    /// The answer was recorded as turn number `turn`.
    Graded {
        turn: usize,
    },
    /// The pending question was skipped (turn number `turn`).
    Skipped {
        turn: usize,
    },
    /// An empty answer is not recorded: answer, or skip.
    EmptyAnswer,
    Hint {
        concept: String,
        text: Localized,
        cost: u8,
    },
    NoMoreHints,
    Model {
        question: String,
        text: Localized,
    },
    /// `:model` before anything was answered.
    NothingAnsweredYet,
    /// The session is over; the report can be written.
    Finished,
    /// Pair mode: recorded on the pending question (text, ticks, marks or a note).
    Noted,
    /// Pair mode: the follow-up kkori would ask next (`None`: move on to the next main question).
    Proposed(Option<Asked>),
    /// Pair mode: that event does not fit now (e.g. `:take` with nothing proposed).
    NotNow,
    /// No question has that id, or it was asked already.
    CannotAsk(String),
}

/// A question to put to the candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub question: String,
    pub depth: u8,
    /// 1-based number of the main question, and how many there are.
    pub number: usize,
    pub total: usize,
    pub reason: Option<Reason>,
    /// Why the drill picked it, if it did.
    pub why: Option<String>,
}

/// Why an interview cannot start or resume.
#[derive(Debug, Clone, PartialEq)]
pub enum InterviewError {
    /// No question fits the filter.
    NothingToAsk,
    /// The session names a question the banks no longer have.
    UnknownQuestion(String),
    /// The session is already over.
    AlreadyFinished,
    /// The saved session contradicts itself (an edited or damaged file).
    Damaged(Damage),
}

/// What is wrong inside a saved session that parses but cannot be continued.
#[derive(Debug, Clone, PartialEq)]
pub enum Damage {
    /// The pending question belongs to main question `main`, but the plan has `plan`.
    PendingOutsidePlan { main: usize, plan: usize },
    /// The proposal follows turn `after`, but the session has `turns` turns.
    ProposalAfterMissingTurn { after: usize, turns: usize },
    /// A proposal (pair mode only) in a solo session.
    ProposalInSolo,
}

impl InterviewError {
    /// The message in the candidate's language (`Display` is the English one); the
    /// wording is in [`crate::i18n`]'s tables.
    pub fn text(&self, lang: crate::bank::Lang) -> String {
        crate::i18n::Error::Interview {
            path: None,
            error: self.clone(),
        }
        .text(lang)
    }
}

impl std::fmt::Display for InterviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InterviewError::NothingToAsk => {
                f.write_str("no question matches the chosen topics, banks and difficulty")
            }
            InterviewError::UnknownQuestion(id) => {
                write!(
                    f,
                    "the session asks question `{id}`, which the banks no longer have"
                )
            }
            InterviewError::AlreadyFinished => f.write_str(
                "this session is already finished; start a new one with `kkori interview`",
            ),
            InterviewError::Damaged(damage) => {
                f.write_str("the session file is damaged: ")?;
                match damage {
                    Damage::PendingOutsidePlan { main, plan } => write!(
                        f,
                        "the pending question belongs to main question {}, but the plan has {plan}",
                        main + 1
                    ),
                    Damage::ProposalAfterMissingTurn { after, turns } => write!(
                        f,
                        "the proposed follow-up comes after answer {}, but there are {turns} answers",
                        after + 1
                    ),
                    Damage::ProposalInSolo => {
                        f.write_str("a solo session holds a pair-mode proposal")
                    }
                }
            }
        }
    }
}

pub struct Interview<'a> {
    library: &'a Library,
    grader: &'a Grader,
    session: Session,
}

impl<'a> Interview<'a> {
    /// Start a session over `plan` and ask its first question.
    pub fn start(
        library: &'a Library,
        grader: &'a Grader,
        session: Session,
        now: u64,
    ) -> Result<(Self, Vec<Reply>), InterviewError> {
        if session.plan.is_empty() {
            return Err(InterviewError::NothingToAsk);
        }
        if let Some(missing) = session
            .plan
            .iter()
            .find(|p| library.question(&p.question).is_none())
        {
            return Err(InterviewError::UnknownQuestion(missing.question.clone()));
        }
        let mut interview = Interview {
            library,
            grader,
            session,
        };
        interview.session.turns.clear();
        let replies = interview.next_main(0, now);
        Ok((interview, replies))
    }

    /// Continue a saved session: ask its pending question again (the clock restarts, so the
    /// time away is not counted).
    pub fn resume(
        library: &'a Library,
        grader: &'a Grader,
        session: Session,
        now: u64,
    ) -> Result<(Self, Vec<Reply>), InterviewError> {
        if session.is_finished() {
            return Err(InterviewError::AlreadyFinished);
        }
        check_resumable(&session, library)?;
        let mut interview = Interview {
            library,
            grader,
            session,
        };
        if let Some(proposal) = interview.session.proposal.clone() {
            let asked = proposal
                .follow
                .as_ref()
                .map(|(q, r)| interview.follow_asked(proposal.after, q, r.clone()));
            return Ok((interview, vec![Reply::Proposed(asked)]));
        }
        let Some(pending) = interview.session.pending.as_mut() else {
            // Saved between two questions: carry on with the next main question.
            let next = interview.session.turns.last().map_or(0, |t| t.main + 1);
            let replies = interview.next_main(next, now);
            return Ok((interview, replies));
        };
        if library.question(&pending.question).is_none() {
            return Err(InterviewError::UnknownQuestion(pending.question.clone()));
        }
        pending.asked_at = now;
        let asked = interview.asked(interview.session.pending.as_ref().expect("checked above"));
        Ok((interview, vec![Reply::Ask(asked)]))
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn into_session(self) -> Session {
        self.session
    }

    pub fn pending(&self) -> Option<&Pending> {
        self.session.pending.as_ref()
    }

    /// The question being asked now.
    pub fn current_question(&self) -> Option<&'a Question> {
        self.library.question(&self.pending()?.question)
    }

    pub fn is_finished(&self) -> bool {
        self.session.is_finished()
    }

    pub fn handle(&mut self, event: Event, now: u64) -> Vec<Reply> {
        if event == Event::Model {
            // Allowed after the end too: the last answer's model answer is still useful.
            return vec![self.model()];
        }
        if self.is_finished() {
            return vec![Reply::Finished];
        }
        if self.session.mode == Mode::Pair {
            if let Some(replies) = self.pair(&event, now) {
                return replies;
            }
        }
        match event {
            Event::Answer(text) if text.trim().is_empty() => vec![Reply::EmptyAnswer],
            Event::Answer(text) => self.answer(text, now),
            Event::Skip => self.skip(now),
            Event::Hint => vec![self.hint()],
            Event::Repeat => match self.pending() {
                Some(p) => vec![Reply::Ask(self.asked(p))],
                None => vec![Reply::Finished],
            },
            Event::Model => vec![self.model()],
            Event::Quit => {
                self.session.quit_early = true;
                self.finish(now)
            }
            _ => vec![Reply::NotNow],
        }
    }

    /// Pair-mode events; `None` hands the event to the common handling (hint, skip, quit …).
    fn pair(&mut self, event: &Event, now: u64) -> Option<Vec<Reply>> {
        if let Some(proposal) = self.session.proposal.clone() {
            let after = &self.session.turns[proposal.after];
            let (main, depth) = (after.main, after.depth);
            let replies = match event {
                Event::Take | Event::Answer(_) => match proposal.follow {
                    Some((question, reason)) => {
                        self.ask_follow_up(main, depth, question, Some(reason), now)
                    }
                    None => self.next_main(main + 1, now),
                },
                Event::AskInstead(id)
                    if self.library.question(id).is_none() || self.was_asked(id) =>
                {
                    return Some(vec![Reply::CannotAsk(id.clone())]);
                }
                Event::AskInstead(id) => self.ask_follow_up(main, depth, id.clone(), None, now),
                Event::Next => self.next_main(main + 1, now),
                Event::Quit | Event::Model => return None,
                _ => return Some(vec![Reply::NotNow]),
            };
            self.session.proposal = None;
            return Some(replies);
        }
        let pending = self.session.pending.as_mut()?;
        match event {
            Event::Answer(text) if !text.trim().is_empty() => {
                pending.said.push(text.trim().to_string())
            }
            Event::Heard(ids) => extend_unique(&mut pending.heard, ids),
            Event::Wrong(ids) => extend_unique(&mut pending.wrong, ids),
            Event::Note(text) if !text.trim().is_empty() => {
                pending.notes.push(text.trim().to_string())
            }
            Event::Done => return Some(self.pair_done(now)),
            Event::Take | Event::AskInstead(_) | Event::Next => return Some(vec![Reply::NotNow]),
            _ => return None,
        }
        Some(vec![Reply::Noted])
    }

    /// Grade what the interviewer recorded and propose the follow-up the rules pick.
    fn pair_done(&mut self, now: u64) -> Vec<Reply> {
        let Some(pending) = self.session.pending.as_ref() else {
            return vec![Reply::NotNow];
        };
        if pending.said.is_empty() && pending.heard.is_empty() && pending.wrong.is_empty() {
            return vec![Reply::EmptyAnswer];
        }
        let Some(question) = self.current_question() else {
            return vec![Reply::Finished];
        };
        let Some(rubric) = self.grader.rubric(question.rubric_id()) else {
            return self.skip(now);
        };
        let (text, heard, wrong, notes) = (
            pending.said.join("\n"),
            pending.heard.clone(),
            pending.wrong.clone(),
            pending.notes.clone(),
        );
        let grade = rubric.with_observations(rubric.grade(&text), &heard, &wrong);
        let index = self.record(text, Some(grade), now);
        self.session.turns[index].notes = notes;
        let follow = self.follow_up(&self.session.turns[index]);
        let asked = follow
            .as_ref()
            .map(|(q, r)| self.follow_asked(index, q, r.clone()));
        self.session.proposal = Some(Proposal {
            after: index,
            follow,
        });
        vec![Reply::Graded { turn: index }, Reply::Proposed(asked)]
    }

    fn follow_asked(&self, after: usize, question: &str, reason: Reason) -> Asked {
        let turn = &self.session.turns[after];
        self.asked(&Pending::new(
            question.to_string(),
            turn.main,
            turn.depth + 1,
            0,
            Some(reason),
        ))
    }

    fn ask_follow_up(
        &mut self,
        main: usize,
        depth: u8,
        question: String,
        reason: Option<Reason>,
        now: u64,
    ) -> Vec<Reply> {
        let pending = Pending::new(question, main, depth + 1, now, reason);
        let asked = self.asked(&pending);
        self.session.pending = Some(pending);
        vec![Reply::Ask(asked)]
    }

    /// Record a turn for the pending question, as answered (with a grade) or skipped.
    fn record(&mut self, answer: String, grade: Option<Grade>, now: u64) -> usize {
        let pending = self
            .session
            .pending
            .take()
            .expect("only called with a pending question");
        // Pending questions exist (`start`, `resume` and `:ask` check); should one not,
        // the turn is still recorded, under no topic, rather than lost.
        let topic = self
            .library
            .question(&pending.question)
            .map_or_else(String::new, |q| q.topic.clone());
        let cost = HINT_COST.saturating_mul(pending.hints.len().min(u8::MAX as usize) as u8);
        let seconds = now.saturating_sub(pending.asked_at).min(u32::MAX as u64) as u32;
        let turn = Turn {
            question: pending.question,
            topic,
            main: pending.main,
            depth: pending.depth,
            reason: pending.reason,
            skipped: grade.is_none(),
            answer,
            score: grade.as_ref().map_or(0, |g| g.score.saturating_sub(cost)),
            grade,
            hints: pending.hints,
            over_time: self
                .session
                .settings
                .time_limit
                .is_some_and(|limit| seconds > limit),
            seconds,
            asked_at: pending.asked_at,
            answered_at: now,
            notes: Vec::new(),
        };
        self.session.turns.push(turn);
        self.session.turns.len() - 1
    }

    fn answer(&mut self, text: String, now: u64) -> Vec<Reply> {
        let Some(question) = self.current_question() else {
            return vec![Reply::Finished];
        };
        let Some(grade) = self.grader.grade(question, &text) else {
            // A question without a rubric cannot be graded; `check` reports it. Skip it.
            return self.skip(now);
        };
        let index = self.record(text, Some(grade), now);
        let follow = self.follow_up(&self.session.turns[index]);
        let mut replies = vec![Reply::Graded { turn: index }];
        replies.extend(self.after(index, follow, now));
        replies
    }

    fn skip(&mut self, now: u64) -> Vec<Reply> {
        let index = self.record(String::new(), None, now);
        let mut replies = vec![Reply::Skipped { turn: index }];
        replies.extend(self.after(index, None, now));
        replies
    }

    /// After a turn: its follow-up if one was chosen, else the next main question.
    fn after(&mut self, index: usize, follow: Option<(String, Reason)>, now: u64) -> Vec<Reply> {
        let turn = &self.session.turns[index];
        match follow {
            Some((question, reason)) => {
                let (main, depth) = (turn.main, turn.depth);
                self.ask_follow_up(main, depth, question, Some(reason), now)
            }
            None => {
                let next = turn.main + 1;
                self.next_main(next, now)
            }
        }
    }

    /// The first follow-up rule of the turn's question that holds and leads somewhere new.
    fn follow_up(&self, turn: &Turn) -> Option<(String, Reason)> {
        if turn.depth >= self.session.settings.max_depth {
            return None;
        }
        let grade = turn.grade.as_ref()?;
        let question = self.library.question(&turn.question)?;
        question
            .follow_ups
            .iter()
            .filter(|f| self.library.question(&f.ask).is_some() && !self.was_asked(&f.ask))
            .find(|f| holds(&f.when, grade, turn.score))
            .map(|f| {
                (
                    f.ask.clone(),
                    Reason {
                        from: turn.question.clone(),
                        when: f.when.clone(),
                    },
                )
            })
    }

    fn was_asked(&self, id: &str) -> bool {
        self.session.turns.iter().any(|t| t.question == id)
    }

    /// Ask main question number `index` (skipping any already asked as a follow-up), or finish.
    fn next_main(&mut self, mut index: usize, now: u64) -> Vec<Reply> {
        while let Some(planned) = self.session.plan.get(index) {
            if !self.was_asked(&planned.question) {
                let pending = Pending::new(planned.question.clone(), index, 0, now, None);
                let asked = self.asked(&pending);
                self.session.pending = Some(pending);
                return vec![Reply::Ask(asked)];
            }
            index += 1;
        }
        self.finish(now)
    }

    fn finish(&mut self, now: u64) -> Vec<Reply> {
        self.session.pending = None;
        self.session.ended_at = Some(now);
        vec![Reply::Finished]
    }

    fn asked(&self, pending: &Pending) -> Asked {
        Asked {
            question: pending.question.clone(),
            depth: pending.depth,
            number: pending.main + 1,
            total: self.session.plan.len(),
            reason: pending.reason.clone(),
            why: self
                .session
                .plan
                .get(pending.main)
                .and_then(|p| p.why.clone())
                .filter(|_| pending.depth == 0),
        }
    }

    /// The hint of the next concept not hinted yet: required concepts first, then by weight.
    fn hint(&mut self) -> Reply {
        let Some(question) = self.current_question() else {
            return Reply::Finished;
        };
        let Some(rubric) = self.library.rubric(question.rubric_id()) else {
            return Reply::NoMoreHints;
        };
        let pending = self
            .session
            .pending
            .as_mut()
            .expect("a current question is pending");
        let mut concepts: Vec<_> = rubric
            .concepts
            .iter()
            .filter(|c| c.hint.is_some() && !pending.hints.contains(&c.id))
            .collect();
        concepts.sort_by_key(|c| (!c.required, std::cmp::Reverse(c.weight)));
        match concepts.first() {
            Some(c) => {
                pending.hints.push(c.id.clone());
                Reply::Hint {
                    concept: c.id.clone(),
                    text: c.hint.clone().expect("filtered on hints"),
                    cost: HINT_COST,
                }
            }
            None => Reply::NoMoreHints,
        }
    }

    fn model(&self) -> Reply {
        let Some(turn) = self.session.turns.iter().rev().find(|t| !t.skipped) else {
            return Reply::NothingAnsweredYet;
        };
        match self.library.question(&turn.question) {
            Some(q) => Reply::Model {
                question: q.id.clone(),
                text: q.model_answer.clone(),
            },
            None => Reply::NothingAnsweredYet,
        }
    }
}

/// Whether a saved session can go on with these banks: every question still to be asked
/// exists, and the indexes inside the file point where they should. A file edited by hand or
/// a bank changed since must give an error here, never a panic later.
fn check_resumable(session: &Session, library: &Library) -> Result<(), InterviewError> {
    let unknown = |id: &str| InterviewError::UnknownQuestion(id.to_string());
    let asked = |id: &str| session.turns.iter().any(|t| t.question == id);
    if let Some(p) = &session.pending {
        if library.question(&p.question).is_none() {
            return Err(unknown(&p.question));
        }
        if p.main >= session.plan.len() {
            return Err(InterviewError::Damaged(Damage::PendingOutsidePlan {
                main: p.main,
                plan: session.plan.len(),
            }));
        }
    }
    if let Some(proposal) = &session.proposal {
        if session.mode != Mode::Pair {
            return Err(InterviewError::Damaged(Damage::ProposalInSolo));
        }
        if proposal.after >= session.turns.len() {
            return Err(InterviewError::Damaged(Damage::ProposalAfterMissingTurn {
                after: proposal.after,
                turns: session.turns.len(),
            }));
        }
        if let Some((id, _)) = &proposal.follow {
            if library.question(id).is_none() {
                return Err(unknown(id));
            }
        }
    }
    match session
        .plan
        .iter()
        .find(|p| !asked(&p.question) && library.question(&p.question).is_none())
    {
        Some(missing) => Err(unknown(&missing.question)),
        None => Ok(()),
    }
}

fn extend_unique(list: &mut Vec<String>, ids: &[String]) {
    for id in ids {
        if !list.contains(id) {
            list.push(id.clone());
        }
    }
}

/// Whether a follow-up condition holds for a graded answer (`score` after hints).
pub fn holds(when: &Condition, grade: &Grade, score: u8) -> bool {
    let concept = |id: &str| grade.concepts.iter().find(|c| c.id == id);
    match when {
        Condition::Missed(id) => concept(id).is_some_and(|c| !c.hit),
        Condition::Mentioned(id) => concept(id).is_some_and(|c| c.hit),
        Condition::Misconception(id) => grade.misconceptions.iter().any(|m| &m.id == id),
        Condition::ScoreBelow(n) => score < *n,
        Condition::ScoreAtLeast(n) => score >= *n,
        Condition::Always => true,
    }
}

/// Why a follow-up was asked, in plain words: "SYN-ACK를 언급하지 않아서".
pub fn describe_reason(reason: &Reason, library: &Library, lang: crate::bank::Lang) -> String {
    use crate::bank::Lang::{En, Ko};
    let question = library.question(&reason.from);
    let rubric = question.and_then(|q| library.rubric(q.rubric_id()));
    let concept = |id: &str| {
        rubric
            .and_then(|r| r.concepts.iter().find(|c| c.id == id))
            .map_or(id.to_string(), |c| c.label.get(lang).to_string())
    };
    // '세 번인 이유'를, 'SYN-ACK'를: the particle follows how the label ends.
    let object =
        |label: String| crate::text::particle::with_particle(&format!("'{label}'"), "을", "를");
    match (&reason.when, lang) {
        (Condition::Missed(c), Ko) => format!("앞 답변에서 {} 다루지 않아서", object(concept(c))),
        (Condition::Missed(c), En) => format!("the previous answer did not cover '{}'", concept(c)),
        (Condition::Mentioned(c), Ko) => format!("앞 답변에서 {} 언급해서", object(concept(c))),
        (Condition::Mentioned(c), En) => format!("the previous answer mentioned '{}'", concept(c)),
        (Condition::Misconception(_), Ko) => "앞 답변의 잘못된 설명을 짚어 보려고".to_string(),
        (Condition::Misconception(_), En) => {
            "to look again at something the previous answer got wrong".to_string()
        }
        (Condition::ScoreBelow(_), Ko) => "기본부터 다시 확인하려고".to_string(),
        (Condition::ScoreBelow(_), En) => "to check the basics again".to_string(),
        (Condition::ScoreAtLeast(_), Ko) => "좋은 답변이라 더 깊이".to_string(),
        (Condition::ScoreAtLeast(_), En) => "a strong answer, so going deeper".to_string(),
        (Condition::Always, Ko) => "이어서".to_string(),
        (Condition::Always, En) => "continuing".to_string(),
    }
}

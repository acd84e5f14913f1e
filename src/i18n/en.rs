//! Every message of kkori in English: one table for fixed texts ([`msg`]), one for
//! messages that carry data ([`error`], [`note`], [`why`], [`script_line`]). The other language's table
//! has the same shape; a message missing from either does not compile.

use super::*;

/// A fixed text.
pub(super) fn msg(m: Msg) -> &'static str {
    match m {
        Msg::Score => "score",
        Msg::Grade => "grade",
        Msg::Pass => "pass",
        Msg::Fail => "below pass",
        Msg::Hint => "hint",
        Msg::Misconception => "misconception",
        Msg::SaidNegated => "said as not so",
        Msg::SwappedClaim => "swapped comparison",
        Msg::DeniedClaim => "denied a key claim",
        Msg::NamedOnly => "named, not explained: half weight",
        Msg::SaidOfOtherSide => "said of {0}; the rubric expects it of {1}.",
        Msg::SaidAsNotSo => "said “{0}” is not so, where it is part of the right answer.",
        Msg::SaidOf => "of",
        Msg::CapRequired => "a required concept is missing: at most 50",
        Msg::CapBareList => "a bare list of terms, no explanation: at most 45",
        Msg::CapSidesSwapped => "most claims said of the other side: at most 30",
        Msg::EvalAnswers => "{0} answers over {1} questions",
        Msg::EvalMatcherHeader => "matcher        n  pearson  spearman  kappa    mae  pass/fail",
        Msg::EvalKindHeader => "kind                n  human  kkori  mean error  pass/fail  passed",
        Msg::EvalShouldNotPass => "  ← should not pass",
        Msg::EvalWorst => "worst disagreements:",
        Msg::EvalHuman => "human",
        Msg::EvalScore => "score",
        Msg::CapMostlyDenied => "as many claims denied as stated: at most 30",
        Msg::Uncounted => "worth checking (no points taken)",
        Msg::CapCore => "a wrong core claim: at most 50",
        Msg::CapEmpty => "the answer is empty",
        Msg::Penalty => "penalty",
        Msg::ModelAnswer => "model answer",
        Msg::HowExact => "exact",
        Msg::HowSpacing => "spacing",
        Msg::HowAlias => "alias",
        Msg::HowTypo => "typo",
        Msg::Concepts => "concepts",
        Msg::Question => "question",
        Msg::FollowUp => "follow-up",
        Msg::Topic => "topic",
        Msg::Time => "time",
        Msg::Skipped => "skipped",
        Msg::NotAnswered => "not answered",
        Msg::WeakTopics => "weakest topics",
        Msg::Progress => "Progress",
        Msg::Mastery => "mastery",
        Msg::Trend => "trend",
        Msg::LastPractised => "last practised",
        Msg::Due => "due",
        Msg::New => "new",
        Msg::WeakConcepts => "weakest concepts",
        Msg::Questions => "questions",
        Msg::Mode => "mode",
        Msg::Candidate => "candidate",
        Msg::Sessions => "sessions",
        Msg::Answers => "answers",
        Msg::NoHistory => "no sessions recorded yet; start one with `kkori interview`",
        Msg::MasteryOverTime => "mastery over time, per topic",
        Msg::Answer => "answer",
        Msg::Missed => "missed concepts",
        Msg::Report => "Mock interview report",
        Msg::Easy => "easy",
        Msg::Medium => "medium",
        Msg::Hard => "hard",
        Msg::ScriptTitle => "Interviewer script",
        Msg::ScriptHowTo => "Read each question aloud and tick the concepts you hear. Then ask the first follow-up whose condition holds, at most two levels deep. Fill in the scoring sheet after each question.",
        Msg::ScriptQuestionCount => "questions",
        Msg::ScriptTopics => "topics",
        Msg::ScriptSeed => "seed",
        Msg::ScriptLeftOut => "not in the banks, left out",
        Msg::ScriptSuggestedTime => "suggested time",
        Msg::ScriptGoodAnswer => "What a good answer contains",
        Msg::ScriptRequired => "required",
        Msg::ScriptWeight => "weight",
        Msg::ScriptTermsEnough => "Naming the terms is enough; no explanation needed.",
        Msg::ScriptNoRubric => "no rubric",
        Msg::ScriptListenFor => "Misconceptions to listen for",
        Msg::ScriptSetStraight => "set it straight",
        Msg::ScriptFollowUps => "Follow-ups (only the first that applies)",
        Msg::ScriptNotInBanks => "not in the banks",
        Msg::ScriptAskedAbove => "already asked above",
        Msg::ScriptSameAsAbove => "as above",
        Msg::ScriptSheet => "Scoring sheet",
        Msg::ScriptHeard => "heard?",
        Msg::ScriptNotes => "notes",
        Msg::ScriptOverall => "Overall (0–5)",
        Msg::Session => "session",
        Msg::Date => "date",
        Msg::Average => "average",
        Msg::Feedback => "feedback",
        Msg::Seconds => "s",
        Msg::Heard => "heard by the interviewer",
        Msg::Summary => "Summary",
        Msg::ModeSolo => "solo practice",
        Msg::ModePair => "pair practice (recorded by an interviewer)",
        Msg::AverageScore => "average score",
        Msg::Answered => "answered",
        Msg::Passed => "passed",
        Msg::Duration => "total answering time",
        Msg::HintsUsed => "hints used",
        Msg::OverTime => "over time",
        Msg::Status => "status",
        Msg::Unfinished => "not finished",
        Msg::QuitEarly => "ended early",
        Msg::ByQuestion => "Score per question",
        Msg::ByTopic => "Score per topic",
        Msg::Count => "questions",
        Msg::NoWeakTopics => "No topic fell below the pass mark.",
        Msg::MainQuestion => "main question",
        Msg::UnknownQuestion => "this question is no longer in the banks",
        Msg::Notes => "interviewer's notes",
        Msg::PassMark => "pass mark",
        Msg::Minutes => "min",
        Msg::SchemaVersion => "report format",
        Msg::QuestionsAndAnswers => "Questions and answers",
        Msg::Required => "required",
        Msg::Truncated => "answer too long; characters graded:",
        Msg::Welcome => "Starting a kkori mock interview",
        Msg::HowToAnswer => "Answers may span several lines; press Enter on an empty line to submit. Ctrl-C clears the answer; Ctrl-D ends the interview (submitting the answer being typed, if any).",
        Msg::HowToAnswerPiped => "Reading answers from standard input: each block of lines up to a blank line is one answer or command",
        Msg::Commands => ":hint a hint (costs points)  :skip skip  :repeat ask again  :model model answer  :quit end  :help help",
        Msg::PairWelcome => "Starting a pair interview. Read each question aloud and type what the candidate says",
        Msg::PairCommands => ":heard 1 3 concepts heard  :wrong 1 misconceptions  :note text (kept out of the candidate's report)  :done grade  :skip skip  :model model answer  :quit end  :help help",
        Msg::QuestionHead => "Question",
        Msg::FollowUpHead => "Follow-up",
        Msg::SuggestedTime => "suggested time",
        Msg::EchoCut => " … ({0} more characters)",
        Msg::Recorded => "Answer recorded.",
        Msg::SkippedIt => "Skipped.",
        Msg::EmptyAnswer => "The answer is empty: type an answer, or :skip.",
        Msg::AnswerCleared => "Answer cleared.",
        Msg::NoMoreHints => "No more hints for this question.",
        Msg::HintCost => " points off",
        Msg::NothingAnsweredYet => "Answer a question first; the model answer comes after.",
        Msg::Finished => "The interview is over. Thank you for your time!",
        Msg::Quit => "Ending the interview; everything answered so far is kept.",
        Msg::SessionSaved => "session file",
        Msg::SaveFailed => "could not save the session (your answers are kept in memory; saving is retried after the next answer)",
        Msg::AnsweredIn => "answered in",
        Msg::Picked => "picked because",
        Msg::ReportWritten => "report",
        Msg::NoAnswers => "No question was answered.",
        Msg::Noted => "Noted.",
        Msg::NotNow => "That does not fit now; see :help.",
        Msg::CannotAsk => "no such question, or it was asked already",
        Msg::Proposal => "Proposed follow-up",
        Msg::NoProposal => "No follow-up rule applies; next is the next main question.",
        Msg::ProposalKeys => "Enter or :take to go on · :ask ID for another question · :next for the next main question",
        Msg::Checklist => "What a good answer contains (:heard numbers)",
        Msg::ListenFor => "Misconceptions to listen for (:wrong numbers)",
        Msg::PairKeys => "type what you heard (empty line ends) · :heard 1 3 · :wrong 1 · :note text · :done to grade",
        Msg::KeptBeforeQuit => "Submitting the answer being typed, then ending the interview; everything answered is kept.",
        Msg::Name => "name",
        Msg::MainQuestions => "questions",
        Msg::FollowUpQuestions => "follow-up only",
        Msg::ListTopicHint => "a topic's questions: kkori list --topic TOPIC · an interview: kkori interview --topic TOPIC",
        Msg::Id => "id",
        Msg::Difficulty => "difficulty",
        Msg::FollowUpDepth => "follow-up depth",
        Msg::ListQuestionsHint => "↳ marks questions asked only as follow-ups · grade one: kkori grade ID --answer \"…\"",
        Msg::Solo => "solo",
        Msg::Pair => "pair",
        Msg::InProgress => "unfinished",
        Msg::Abandoned => "abandoned",
        Msg::NoCohorts => "no cohorts yet (`kkori cohort create NAME` makes one)",
        Msg::Cohort => "cohort",
        Msg::CohortMember => "member",
        Msg::CohortMembers => "members",
        Msg::CohortHeatmap => "Mastery by member and topic",
        Msg::CohortWeakFor => "weak for",
        Msg::CohortHeardMost => "Misconceptions heard most",
        Msg::CohortExample => "example answer",
        Msg::CohortTrend => "The group's mastery, week by week",
        Msg::CohortNoMembers => "no answers in this cohort yet (`kkori cohort add` adds members)",
        Msg::Overall => "overall",
    }
}

/// Why a drill picked a question.
pub(super) fn why(w: Why) -> String {
    match w {
        Why::Overdue(d) => format!("due for review ({} ago)", days(d)),
        Why::DueToday => "due for review today".to_string(),
        Why::New => "not asked before".to_string(),
        Why::WeakTopic(t, p) => format!("weak topic: {t} ({p}% mastery)"),
        Why::Strong(p) => format!("a strong one, asked now and then to keep it ({p}% mastery)"),
        Why::NotAskedFor(d) => format!("not asked for a while ({} ago)", days(d)),
        Why::Ahead(d) => format!("ahead of its review date (in {})", days(d)),
    }
}

/// A sentence of the interviewer's script.
pub(super) fn script_line(line: ScriptLine) -> String {
    let quoted = |text: &str| format!("“{text}”");
    match line {
        ScriptLine::Quoted(text) => quoted(text),
        ScriptLine::AskIfMissed(concept) => {
            format!("If they do not mention {}, ask:", quoted(concept))
        }
        ScriptLine::AskIfMentioned(concept) => format!("If they mention {}, ask:", quoted(concept)),
        ScriptLine::AskIfSaid(said) => format!("If they say {}, ask:", quoted(said)),
        ScriptLine::AskIfBelow(n) => format!("If the answer is weak (below {n}), ask:"),
        ScriptLine::AskIfAtLeast(n) => format!("If the answer is strong ({n}+), ask:"),
        ScriptLine::AskAlways => "Always ask:".to_string(),
        ScriptLine::Negated(words) => format!("not {words}"),
    }
}

/// A length of time.
pub(super) fn duration(seconds: u64) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

fn list(items: &[String]) -> String {
    items.join(", ")
}

fn paths(items: &[std::path::PathBuf]) -> String {
    items
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// An error, without the `error:` before it.
pub(super) fn error(e: &Error) -> String {
    match e {
        Error::Io {
            action,
            path,
            detail,
            full,
            denied,
            ..
        } => {
            let what = match action {
                Action::Read => "read",
                Action::Write => "write",
                Action::CreateDir => "create the directory",
                Action::ReadDir => "read the directory",
                Action::Lock => "lock",
            };
            let hint = if *full {
                " (the disk is full; free some space and try again)"
            } else if *denied {
                " (permission denied)"
            } else {
                ""
            };
            format!("cannot {what} `{}`: {detail}{hint}", path.display())
        }
        Error::StdinUnreadable { detail } => format!("cannot read standard input: {detail}"),
        Error::StdoutUnwritable { detail } => format!("cannot write to standard output: {detail}"),
        Error::NotUtf8 { source, offset } => {
            let from = match source {
                Source::Stdin => "standard input".to_string(),
                Source::File(p) => format!("`{}`", p.display()),
            };
            let at = offset.map_or(String::new(), |o| format!(" (bad byte at offset {o})"));
            format!("the text of {from} is not valid UTF-8{at}; save it as UTF-8 and try again")
        }
        Error::Internal { detail } => format!("an internal problem: {detail}"),
        Error::Reported { .. } => "fix the problems above and try again".to_string(),
        Error::Several(errors) => errors.iter().map(error).collect::<Vec<_>>().join("\n"),
        Error::BankErrors { count } => format!(
            "the question banks have {count} error(s); fix them (see `kkori check`) and try again"
        ),
        Error::BanksHoldNoQuestion { paths: p } => format!(
            "the question banks are empty: {} hold no question (see `kkori check`)",
            paths(p)
        ),
        Error::NoMainQuestion => "every question of the banks is a draft or a follow-up only, so none can open an interview (--drafts uses drafts too)".to_string(),
        Error::NothingMatches => "no question matches the chosen topics, banks and difficulty; try fewer filters".to_string(),
        Error::UnknownTopic { topic, suggestion: Some(s), .. } => {
            format!("unknown topic `{topic}`; did you mean `{s}`?")
        }
        Error::UnknownTopic { topic, suggestion: None, valid } => format!(
            "unknown topic `{topic}`; the topics are {} (`kkori list` shows them with their questions)",
            list(valid)
        ),
        Error::UnknownBank { bank, suggestion: Some(s), .. } => {
            format!("unknown bank `{bank}`; did you mean `{s}`?")
        }
        Error::UnknownBank { bank, suggestion: None, valid } => {
            format!("unknown bank `{bank}`; the banks are {}", list(valid))
        }
        Error::UnknownQuestion { id, suggestion: Some(s) } => format!(
            "unknown question `{id}`; did you mean `{s}`? (`kkori list --topic TOPIC` lists the ids)"
        ),
        Error::UnknownQuestion { id, suggestion: None } => format!(
            "unknown question `{id}`; `kkori list` lists the topics and `kkori list --topic TOPIC` their question ids"
        ),
        Error::NoRubric { question, rubric } => format!(
            "question `{question}` has no rubric `{rubric}` in the banks (see `kkori check`)"
        ),
        Error::SessionLocked { session, pid, lock } => {
            let who = pid.map_or("another kkori".to_string(), |p| {
                format!("another kkori (pid {p})")
            });
            format!(
                "session `{session}` is in use by {who}; continue it once that one has ended (if no such process is running, delete `{}`)",
                lock.display()
            )
        }
        Error::SessionUnreadable { path, problem } => {
            use crate::interview::SessionProblem as P;
            let why = match problem {
                P::NotUtf8 => "not a kkori session file (it is not UTF-8 text)".to_string(),
                P::NotASession { line, column } => {
                    format!("not a kkori session file (line {line}, column {column})")
                }
                P::Version { found, supported } => format!(
                    "session file version {found} is not supported by this kkori (it reads version {supported})"
                ),
                P::Damaged {
                    line,
                    column,
                    detail,
                } => format!("the session file is damaged (line {line}, column {column}: {detail})"),
            };
            format!("{}: {why}", path.display())
        }
        Error::NewestSessionDamaged { error: inner } => format!(
            "the newest session file is damaged and cannot be resumed: {}. Fix or move the file and try again, name another with `kkori resume FILE`, or start anew with `kkori interview`",
            error(inner)
        ),
        Error::NoUnfinishedSession { dir } => format!(
            "no unfinished session in {}; start one with `kkori interview`",
            dir.display()
        ),
        Error::NoSuchSession { id, dir, suggestion } => {
            let guess = suggestion
                .as_ref()
                .map_or(String::new(), |s| format!("; did you mean `{s}`?"));
            format!(
                "no session `{id}` in `{}`{guess} (`kkori history` lists the sessions)",
                dir.display()
            )
        }
        Error::Interview { path: Some(p), error: e } => format!("{}: {e}", p.display()),
        Error::Interview { path: None, error: e } => e.to_string(),
        Error::SessionNotSaved { path } => format!(
            "could not save the session to {}; its contents are printed above so nothing is lost",
            path.display()
        ),
        Error::ReportWhichSession { dir } => format!(
            "say which session to report on: `kkori report --session ID` (`kkori history` lists the ids) or `kkori report FILE` (a .json in {})",
            dir.display()
        ),
        Error::ReportNotWritten { error: inner, id } => format!(
            "the report was not written: {}. The session is saved: `kkori report --session {id} --out FILE` writes it again",
            error(inner)
        ),
        Error::OutIsAFolder { path } => {
            let p = path.display();
            format!("--out `{p}` is a folder; give a file name (e.g. {p}/report.md)")
        }
        Error::FormatDisagrees { path, by_ext, format } => format!(
            "--out `{}` is named as {by_ext} but --format {format} was given; drop one, or make them agree",
            path.display()
        ),
        Error::ScriptFormat { path } => format!(
            "cannot tell the format of `{}` from its extension; name it FILE.md or FILE.html (or use `--out -` for Markdown on standard output)",
            path.display()
        ),
        Error::History(h) => h.to_string(),
        Error::EmptyName => "a name cannot be empty".to_string(),
        Error::UnknownCohort {
            name,
            closest: Some(c),
        } => format!("no cohort `{name}`; did you mean `{c}`? (`kkori cohort list` lists them)"),
        Error::UnknownCohort {
            name,
            closest: None,
        } => format!(
            "no cohort `{name}` (`kkori cohort list` lists them; `kkori cohort create {name}` makes it)"
        ),
        Error::NotAnExport { path, detail } => format!(
            "{}: not a kkori history export ({detail})",
            path.display()
        ),
        Error::NoLabels => "the labels file(s) hold no answers".to_string(),
        Error::NoLabelFiles { dir } => format!(
            "`{}` holds no .yaml files of labelled answers",
            dir.display()
        ),
        Error::SameOutputs => {
            "--out-bank and --out-rubrics name the same file; give them different names".to_string()
        }
        Error::CannotMerge { path, detail } => format!(
            "cannot merge into `{}`: {detail}; fix it or move it away and import again",
            path.display()
        ),
        Error::BatchNotJson { detail } => {
            format!("not a JSON object with `question` and `answer` strings ({detail})")
        }
        Error::BatchCsv { detail } => format!("cannot read this as CSV: {detail}"),
        Error::BatchCsvHeader => {
            "the first line of a CSV file must name the columns `question` and `answer`".to_string()
        }
        Error::BatchFieldMissing => "the `question` or `answer` column is missing".to_string(),
        Error::BatchFailed { failed, total } => format!(
            "{failed} of {total} line(s) could not be graded (see the line numbers above)"
        ),
        Error::BundledBanksBroken { detail } => format!(
            "the question banks built into this kkori cannot be read (a broken build): {detail}"
        ),
    }
}

/// A notice that is not an error.
pub(super) fn note(n: &Note) -> String {
    match n {
        Note::SharedLegacyFolder { folder, name } => format!(
            "the candidate folder `{}` of an older kkori also holds other names' sessions, so it was left as it is; `{name}`'s history now goes to a folder of its own (`kkori history export`/`import` move sessions)",
            folder.display()
        ),
        Note::StaleLockTakenOver { pid } => format!(
            "the kkori that had this session (pid {pid}) is no longer running; its lock was taken over"
        ),
        Note::DamagedPassedOver { paths: p } => {
            format!("damaged session files passed over: {}", paths(p))
        }
        Note::NotRecorded { session } => format!(
            "the history did not take this answer; it is safe in session {session}'s file and will be added the next time kkori opens this history"
        ),
        Note::CaughtUp { session, answers } => format!(
            "added {answers} answers of session {session} that the history had missed"
        ),
        Note::ImportSkipped { heading } => {
            format!("skipped heading `{heading}` (a title or table of contents)")
        }
        Note::ImportRenamed { from, to } => {
            format!("the id `{from}` is taken by another question: the new question is `{to}`")
        }
        Note::ImportRewritten { path } => format!(
            "note: `{}` was rewritten from its parsed content (its comments are gone)",
            path.display()
        ),
        Note::ImportWrote { count, rubrics, path } => format!(
            "wrote {count} draft {}(s) to `{}`",
            if *rubrics { "rubric" } else { "question" },
            path.display()
        ),
        Note::ImportMerged { kept, added, rubrics, path } => {
            let what = if *rubrics { "rubric" } else { "question" };
            let path = path.display();
            let mut lines = Vec::new();
            if !kept.is_empty() {
                lines.push(format!(
                    "kept {} {what}(s) already in `{path}`: {}",
                    kept.len(),
                    kept.join(", ")
                ));
            }
            lines.push(if added.is_empty() {
                format!("nothing new for `{path}`; left it as it was")
            } else {
                format!(
                    "added {} new {what}(s) to `{path}`: {}",
                    added.len(),
                    added.join(", ")
                )
            });
            lines.join("\n")
        }
        Note::Exported { sessions, answers, path } => format!(
            "exported {sessions} sessions and {answers} answers to {}",
            path.display()
        ),
        Note::Imported { sessions, answers, present, place } => format!(
            "imported {sessions} sessions and {answers} answers ({present} already present, left as they were) into {place}"
        ),
        Note::CohortCreated { name, created: true } => format!("created cohort `{name}`"),
        Note::CohortCreated { name, created: false } => {
            format!("cohort `{name}` exists already")
        }
        Note::CohortAdded { name, added, present } => format!(
            "added {added} members to cohort `{name}` ({present} were in it already)"
        ),
        Note::Resuming { path, answered } => format!(
            "Resuming session {} ({answered} answers recorded).",
            path.display()
        ),
        Note::UnknownQuestions { ids } => format!(
            "the banks do not have {} of this session's questions ({}); they are shown by id (were other banks used? try --banks)",
            ids.len(),
            ids.join(", ")
        ),
        Note::FewerThanAsked { asked, found } => format!(
            "{asked} questions were asked for, but only {found} match; going on with {found}"
        ),
        Note::ScriptWritten { path, questions } => format!(
            "Wrote a script of {questions} questions to {}.",
            path.display()
        ),
        Note::Checked { files, questions, rubrics, examples, errors, warnings } => format!(
            "checked {files} file(s): {questions} questions, {rubrics} rubrics, {examples} examples; {errors} error(s), {warnings} warning(s)"
        ),
        Note::NotUtf8Replaced { lines } => format!(
            "line {} of the input is not UTF-8 text; its unreadable bytes are kept in the answer as � (U+FFFD). Save the input as UTF-8",
            lines
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

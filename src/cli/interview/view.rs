//! What the interview screen shows, as a pure function of the interview's state: the
//! welcome, each [`Reply`] of the state machine, the closing lines. No printing, no clock,
//! no files: [`super::repl`] prints what comes back, and the tests below snapshot it.
//!
//! Lines come back painted with the context's [`Paint`] (plain in tests and pipes).

use kkori::bank::{Lang, Library, Question};
use kkori::grade::explain::{explain, Paint};
use kkori::i18n::Msg;
use kkori::interview::{describe_reason, Asked, FeedbackMode, Mode, Reply, Session};

/// The most characters of a piped answer echoed on the screen.
pub const ECHO_MAX: usize = 2_000;

/// The screen of one interview: the banks to look labels up in, the language, the mode
/// (pair shows the interviewer a checklist) and how to paint.
pub struct View<'a> {
    pub lib: &'a Library,
    pub lang: Lang,
    pub mode: Mode,
    pub paint: &'a Paint,
}

impl View<'_> {
    /// The commands of this mode, for the welcome and `:help`.
    pub fn commands(&self) -> String {
        match self.mode {
            Mode::Solo => Msg::Commands,
            Mode::Pair => Msg::PairCommands,
        }
        .text(self.lang)
        .to_string()
    }

    /// The first lines of a new session: what this is, how to answer (keys at a terminal,
    /// blocks on a pipe), the commands.
    pub fn welcome(&self, interactive: bool) -> Vec<String> {
        let lang = self.lang;
        let welcome = match self.mode {
            Mode::Solo => Msg::Welcome,
            Mode::Pair => Msg::PairWelcome,
        };
        let how = if interactive {
            Msg::HowToAnswer
        } else {
            Msg::HowToAnswerPiped
        };
        vec![
            format!("{}. {}", welcome.text(lang), how.text(lang)),
            self.commands(),
        ]
    }

    /// A dim line: asides, paths, keys.
    pub fn note(&self, text: &str) -> String {
        self.paint.paint(self.paint.dim, text)
    }

    /// `label: path`, dim.
    pub fn path(&self, label: Msg, path: &std::path::Path) -> String {
        self.note(&format!("{}: {}", label.text(self.lang), path.display()))
    }

    /// A piped answer echoed, so that a transcript reads like a conversation. Control
    /// characters of the answer are shown, never sent raw to the terminal; a very long
    /// answer is cut after [`ECHO_MAX`] characters with how much more there was (the whole
    /// answer is kept and graded as always).
    pub fn echo(&self, text: &str) -> String {
        let total = text.chars().count();
        let mut shown = kkori::html::visible(&text.chars().take(ECHO_MAX).collect::<String>());
        if total > ECHO_MAX {
            let more = kkori::grade::explain::thousands(total - ECHO_MAX);
            shown.push_str(&Msg::EchoCut.fill(self.lang, &[&more]));
        }
        self.note(&format!("› {}", shown.replace('\n', "\n  ")))
    }

    /// What the screen shows for `replies`, in order, with `session` as it is after them.
    pub fn replies(&self, session: &Session, replies: &[Reply]) -> Vec<String> {
        let mut lines = Vec::new();
        for reply in replies {
            self.reply(&mut lines, session, reply);
        }
        lines
    }

    fn reply(&self, lines: &mut Vec<String>, session: &Session, reply: &Reply) {
        let lang = self.lang;
        let paint = self.paint;
        match reply {
            Reply::Ask(asked) => self.ask(lines, asked, session.settings.time_limit),
            Reply::Graded { turn } => {
                let Some(turn) = session.turns.get(*turn) else {
                    return;
                };
                let mut time = format!(
                    "{} {}{}",
                    Msg::AnsweredIn.text(lang),
                    turn.seconds,
                    Msg::Seconds.text(lang)
                );
                if turn.over_time {
                    time.push_str(&format!(" · {}", Msg::OverTime.text(lang)));
                }
                // Score, band and verdict after the cost of hints, as in the report.
                match (session.settings.feedback, turn.final_grade()) {
                    (FeedbackMode::Each, Some(grade)) => {
                        lines.push(explain(&grade, lang, paint).trim_end().to_string());
                        lines.push(self.note(&time));
                    }
                    _ => lines.push(self.note(&format!("{} ({time})", Msg::Recorded.text(lang)))),
                }
            }
            Reply::Skipped { .. } => lines.push(self.note(Msg::SkippedIt.text(lang))),
            Reply::EmptyAnswer => lines.push(Msg::EmptyAnswer.text(lang).to_string()),
            Reply::Hint { text, cost, .. } => {
                let line = format!(
                    "{}: {} (−{cost}{})",
                    Msg::Hint.text(lang),
                    text.get(lang),
                    Msg::HintCost.text(lang)
                );
                lines.push(paint.paint(paint.warn, line));
            }
            Reply::NoMoreHints => lines.push(Msg::NoMoreHints.text(lang).to_string()),
            Reply::Model { question, text } => {
                let prompt = self
                    .lib
                    .question(question)
                    .map_or("", |q| q.prompt.get(lang));
                let head = format!("{} — {prompt}", Msg::ModelAnswer.text(lang));
                lines.push(paint.paint(paint.strong, head));
                lines.push(text.get(lang).trim_end().to_string());
            }
            Reply::NothingAnsweredYet => lines.push(Msg::NothingAnsweredYet.text(lang).to_string()),
            Reply::Finished => {}
            Reply::Noted => lines.push(self.note(Msg::Noted.text(lang))),
            Reply::NotNow => lines.push(Msg::NotNow.text(lang).to_string()),
            Reply::CannotAsk(id) => lines.push(format!("{}: `{id}`", Msg::CannotAsk.text(lang))),
            Reply::Proposed(Some(asked)) => {
                let q = self.lib.question(&asked.question);
                let prompt = q.map_or(asked.question.as_str(), |q| q.prompt.get(lang));
                lines.push(paint.paint(
                    paint.strong,
                    format!("{}: {prompt}", Msg::Proposal.text(lang)),
                ));
                if let Some(reason) = &asked.reason {
                    lines
                        .push(self.note(&format!("↳ {}", describe_reason(reason, self.lib, lang))));
                }
                lines.push(self.note(Msg::ProposalKeys.text(lang)));
            }
            Reply::Proposed(None) => {
                lines.push(Msg::NoProposal.text(lang).to_string());
                lines.push(self.note(Msg::ProposalKeys.text(lang)));
            }
        }
    }

    /// A question put: number, topic and difficulty, why it was picked, the prompt, the
    /// interviewer's checklist (pair), the time allowed.
    fn ask(&self, lines: &mut Vec<String>, asked: &Asked, limit: Option<u32>) {
        let lang = self.lang;
        let paint = self.paint;
        let Some(q) = self.lib.question(&asked.question) else {
            return;
        };
        lines.push(String::new());
        let head = if asked.depth == 0 {
            format!(
                "[{} {}/{}]",
                Msg::QuestionHead.text(lang),
                asked.number,
                asked.total
            )
        } else {
            format!(
                "[{} {}-{}]",
                Msg::FollowUpHead.text(lang),
                asked.number,
                asked.depth
            )
        };
        let topic = self
            .lib
            .topic(&q.topic)
            .map_or(q.topic.clone(), |t| t.label.get(lang).to_string());
        lines.push(format!(
            "{} {}",
            paint.paint(paint.strong, head),
            paint.paint(
                paint.dim,
                format!("{topic} · {}", Msg::difficulty(q.difficulty).text(lang))
            )
        ));
        if let Some(reason) = &asked.reason {
            lines.push(self.note(&format!("↳ {}", describe_reason(reason, self.lib, lang))));
        }
        if let Some(why) = &asked.why {
            lines.push(self.note(&format!("{}: {why}", Msg::Picked.text(lang))));
        }
        lines.push(paint.paint(paint.strong, q.prompt.get(lang)));
        if self.mode == Mode::Pair {
            self.checklist(lines, q);
        }
        let seconds = limit.unwrap_or_else(|| q.seconds());
        lines.push(self.note(&format!(
            "({} {seconds}{})",
            Msg::SuggestedTime.text(lang),
            Msg::Seconds.text(lang)
        )));
    }

    /// For the interviewer: the concepts to listen for and the misconceptions, numbered for
    /// `:heard` and `:wrong`.
    fn checklist(&self, lines: &mut Vec<String>, q: &Question) {
        let lang = self.lang;
        let Some(rubric) = self.lib.rubric(q.rubric_id()) else {
            return;
        };
        lines.push(self.note(Msg::Checklist.text(lang)));
        for (i, c) in rubric.concepts.iter().enumerate() {
            let terms: Vec<&str> = c.terms.iter().take(4).map(String::as_str).collect();
            let required = if c.required { "*" } else { "" };
            lines.push(format!(
                "  {:>2}. ☐ {}{required}  — {}",
                i + 1,
                c.label.get(lang),
                terms.join(", ")
            ));
        }
        if !rubric.misconceptions.is_empty() {
            lines.push(self.note(Msg::ListenFor.text(lang)));
            for (i, m) in rubric.misconceptions.iter().enumerate() {
                let label = m.label_in(lang);
                lines.push(format!(
                    "  {:>2}. ⚠ {label} — {}",
                    i + 1,
                    m.feedback.get(lang)
                ));
            }
        }
        lines.push(self.note(Msg::PairKeys.text(lang)));
    }

    /// The closing lines: the end, and the session's one average (skipped questions count
    /// 0, as in the report) or that nothing was answered.
    pub fn closing(&self, session: &Session) -> Vec<String> {
        let lang = self.lang;
        let average = session
            .average()
            .filter(|_| session.answered().next().is_some());
        vec![
            String::new(),
            Msg::Finished.text(lang).to_string(),
            match average {
                None => Msg::NoAnswers.text(lang).to_string(),
                Some(mean) => format!(
                    "{}: {}/100",
                    Msg::AverageScore.text(lang),
                    kkori::report::decimal(mean)
                ),
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kkori::grade::Grader;
    use kkori::interview::{Event, Interview, Planned, Settings};

    const BANK: &str = r#"
topics:
  - { id: tcp, label: { ko: TCP와 UDP, en: TCP and UDP } }
questions:
  - id: handshake
    topic: tcp
    difficulty: medium
    prompt: { ko: TCP 3-way handshake를 설명해 주세요., en: Explain the TCP three-way handshake. }
    model_answer: { ko: "SYN, SYN-ACK, ACK를 주고받습니다.", en: "SYN, SYN-ACK, ACK are exchanged." }
    time: 90
    follow_ups:
      - { when: { missed: why-three }, ask: why-three }
  - id: why-three
    topic: tcp
    difficulty: hard
    follow_up_only: true
    prompt: { ko: 왜 세 번인가요?, en: Why three? }
    model_answer: { ko: 양쪽의 순서 번호를 확인하려고, en: both sides confirm sequence numbers }
rubrics:
  - id: handshake
    concepts:
      - { id: syn, label: { ko: SYN으로 요청, en: SYN requests }, terms: [SYN], required: true, hint: { ko: 첫 패킷은?, en: the first packet? } }
      - { id: ack, label: { ko: ACK로 확인, en: ACK confirms }, terms: [ACK] }
      - { id: why-three, label: { ko: 세 번인 이유, en: why three }, terms: [양방향] }
    misconceptions:
      - { id: udp, label: { ko: UDP와 혼동, en: confused with UDP }, terms: [UDP], feedback: { ko: 핸드셰이크는 TCP입니다, en: the handshake is TCP's } }
  - id: why-three
    concepts:
      - { id: both, label: { ko: 양방향 확인, en: both directions }, terms: [양방향] }
"#;

    fn library() -> Library {
        let (library, problems) = Library::load([("t.yaml", BANK.as_bytes().to_vec())]);
        let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        library
    }

    /// The screen of a scripted session: the welcome, then each event's replies.
    fn screen(lang: Lang, mode: Mode, events: Vec<Event>) -> String {
        let lib = library();
        let grader = Grader::new(&lib);
        let settings = Settings {
            lang,
            count: 1,
            topics: Vec::new(),
            banks: Vec::new(),
            difficulty: None,
            seed: 1,
            max_depth: 2,
            feedback: FeedbackMode::Each,
            time_limit: None,
            drafts: false,
        };
        let plan = vec![Planned::question("handshake".to_string())];
        let mut session = Session::new("20270115-080000-0000", 1_800_000_000, settings, plan);
        session.mode = mode;
        let paint = Paint::plain();
        let view = View {
            lib: &lib,
            lang,
            mode,
            paint: &paint,
        };
        let (mut interview, replies) =
            Interview::start(&lib, &grader, session, 1_800_000_000).unwrap();
        let mut lines = view.welcome(false);
        lines.extend(view.replies(interview.session(), &replies));
        for (i, event) in events.into_iter().enumerate() {
            if let Event::Answer(text) = &event {
                lines.push(view.echo(text));
            }
            let replies = interview.handle(event, 1_800_000_000 + 30 * (i as u64 + 1));
            lines.extend(view.replies(interview.session(), &replies));
        }
        lines.extend(view.closing(interview.session()));
        lines.join("\n")
    }

    #[test]
    fn solo_in_korean_hint_answer_follow_up_skip() {
        insta::assert_snapshot!(screen(
            Lang::Ko,
            Mode::Solo,
            vec![
                Event::Hint,
                Event::Answer("SYN을 보내고 ACK로 확인합니다\u{1b}]0;x\u{7}".into()),
                Event::Model,
                Event::Skip,
            ]
        ));
    }

    #[test]
    fn solo_in_english_empty_answer_and_quit() {
        insta::assert_snapshot!(screen(
            Lang::En,
            Mode::Solo,
            vec![
                Event::Model,
                Event::Answer("   ".into()),
                Event::Hint,
                Event::Hint,
                Event::Quit,
            ]
        ));
    }

    #[test]
    fn pair_in_korean_checklist_proposal_and_notes() {
        insta::assert_snapshot!(screen(
            Lang::Ko,
            Mode::Pair,
            vec![
                Event::Answer("SYN 보내고 UDP처럼".into()),
                Event::Heard(vec!["ack".into()]),
                Event::Wrong(vec!["udp".into()]),
                Event::Note("말이 빠름".into()),
                Event::Done,
                Event::Take,
                Event::AskInstead("nosuch".into()),
                Event::Next,
            ]
        ));
    }
}

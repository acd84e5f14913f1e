//! What a line typed at the interview means: a `:command` (as an [`Event`] for the
//! interview, or `:help` for the screen) or part of an answer. Pure: text in, commands out,
//! so the table of what is recognised is tested without a terminal.

use kkori::bank::Rubric;
use kkori::interview::{Event, Mode};

/// A line that is a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Help,
    Event(Event),
}

/// A block as typed, cut into what to handle in order: each line that is a command on its
/// own, and the runs of other lines between them as one answer each. So `:heard 3` or
/// `:note …` typed under the answer (as the pair screen invites) is a command, never text of
/// the answer, wherever it stands in the block.
pub fn segments(text: &str, mode: Mode) -> Vec<String> {
    if text.trim().is_empty() {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut answer: Vec<&str> = Vec::new();
    for line in text.lines() {
        if parse(line, mode, None).is_some() && !line.trim().is_empty() {
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
pub fn parse(text: &str, mode: Mode, rubric: Option<&Rubric>) -> Option<Command> {
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
            _ => return parse(text, Mode::Solo, rubric),
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

    fn rubric() -> Rubric {
        serde_yaml::from_str(
            "id: r\nconcepts:\n  - { id: syn, label: SYN, terms: [SYN] }\n  - { id: ack, label: ACK, terms: [ACK] }\nmisconceptions:\n  - { id: udp, terms: [UDP], feedback: wrong }\n",
        )
        .unwrap()
    }

    #[test]
    fn commands_of_each_mode() {
        let rubric = rubric();
        let ev = |e: Event| Some(Command::Event(e));
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases: Vec<(&str, Mode, Option<Command>)> = vec![
            (":hint", Mode::Solo, ev(Event::Hint)),
            (":h", Mode::Solo, ev(Event::Hint)),
            ("  :skip  ", Mode::Solo, ev(Event::Skip)),
            (":s", Mode::Solo, ev(Event::Skip)),
            (":repeat", Mode::Solo, ev(Event::Repeat)),
            (":r", Mode::Solo, ev(Event::Repeat)),
            (":model", Mode::Solo, ev(Event::Model)),
            (":m", Mode::Solo, ev(Event::Model)),
            (":quit", Mode::Solo, ev(Event::Quit)),
            (":q", Mode::Solo, ev(Event::Quit)),
            (":exit", Mode::Solo, ev(Event::Quit)),
            (":help", Mode::Solo, Some(Command::Help)),
            (":?", Mode::Solo, Some(Command::Help)),
            // Not commands: answers that happen to start with a colon, and pair words solo.
            (":) 웃으며", Mode::Solo, None),
            (":hints", Mode::Solo, None),
            (":heard 1", Mode::Solo, None),
            ("SYN", Mode::Solo, None),
            ("", Mode::Solo, None),
            // Pair: the interviewer's words, numbers of the checklist shown.
            ("", Mode::Pair, ev(Event::Take)),
            (
                ":heard 1 2",
                Mode::Pair,
                ev(Event::Heard(strings(&["syn", "ack"]))),
            ),
            (
                ":heard 2,1",
                Mode::Pair,
                ev(Event::Heard(strings(&["ack", "syn"]))),
            ),
            (":heard 0 3 x", Mode::Pair, ev(Event::Heard(Vec::new()))),
            (":wrong 1", Mode::Pair, ev(Event::Wrong(strings(&["udp"])))),
            (
                ":note 말이 빠름",
                Mode::Pair,
                ev(Event::Note("말이 빠름".into())),
            ),
            (":done", Mode::Pair, ev(Event::Done)),
            (":take", Mode::Pair, ev(Event::Take)),
            (":next", Mode::Pair, ev(Event::Next)),
            (
                ":ask tcp-udp",
                Mode::Pair,
                ev(Event::AskInstead("tcp-udp".into())),
            ),
            (":ask", Mode::Pair, None),
            (":skip", Mode::Pair, ev(Event::Skip)),
            (":help", Mode::Pair, Some(Command::Help)),
            ("들은 답", Mode::Pair, None),
        ];
        for (text, mode, expected) in cases {
            assert_eq!(
                parse(text, mode, Some(&rubric)),
                expected,
                "{text:?} ({mode:?})"
            );
        }
        // Without a checklist, numbers name nothing.
        assert_eq!(
            parse(":heard 1", Mode::Pair, None),
            ev(Event::Heard(Vec::new()))
        );
    }

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

//! Where answers come from: a rustyline editor at a terminal, or blank-line-separated
//! blocks on a pipe. The interview loop sees one interface and does not care which.

use std::io::BufRead;
use std::time::Instant;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, Helper};

/// One thing the person typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// An answer or a `:command`, trimmed.
    Text(String),
    /// Ctrl-C: the answer being typed is dropped.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of piped input.
    End,
    /// Ctrl-D with an answer half typed: the answer is kept (handled as if submitted) and
    /// then the session ends, as Ctrl-D always does. Nothing typed is lost.
    EndAfter(String),
}

pub trait Source {
    /// Read one answer or command. `limit` is the time limit of the question, for the timer.
    fn read(&mut self, prompt: &str, limit: Option<u32>) -> Input;
    /// Whether a person is typing (and so sees the prompt and the timer).
    fn interactive(&self) -> bool;
    /// Line numbers of input that was not UTF-8 since the last call: such bytes are kept as
    /// U+FFFD in the answer, and the person is told which lines they were on.
    fn not_utf8(&mut self) -> Vec<usize> {
        Vec::new()
    }
}

/// What Tab completes in a solo interview.
pub const COMMANDS: &[&str] = &[":hint", ":skip", ":repeat", ":model", ":quit", ":help"];

/// What Tab completes for the interviewer of a pair interview.
pub const PAIR_COMMANDS: &[&str] = &[
    ":heard", ":wrong", ":note", ":done", ":take", ":ask", ":next", ":skip", ":repeat", ":model",
    ":quit", ":help",
];

/// Answers end at an empty line; a `:command` ends at once.
pub fn is_complete(input: &str) -> bool {
    let trimmed = input.trim();
    trimmed.is_empty()
        || (trimmed.starts_with(':') && !trimmed.contains('\n'))
        || input.ends_with('\n')
}

/// Rustyline with command completion, multi-line answers and a running timer as the hint.
pub struct Terminal {
    editor: Editor<Assist, rustyline::history::DefaultHistory>,
    /// What was typed when Ctrl-D was pressed on a line that was not empty.
    ended_with: std::sync::Arc<std::sync::Mutex<Option<String>>>,
}

/// Ctrl-D: on an empty line rustyline's end of input; with text, the text is kept aside and
/// the line interrupted, so that [`Terminal::read`] can hand it over before ending.
struct EndOfInput(std::sync::Arc<std::sync::Mutex<Option<String>>>);

impl rustyline::ConditionalEventHandler for EndOfInput {
    fn handle(
        &self,
        _: &rustyline::Event,
        _: rustyline::RepeatCount,
        _: bool,
        ctx: &rustyline::EventContext,
    ) -> Option<rustyline::Cmd> {
        if ctx.line().trim().is_empty() {
            return Some(rustyline::Cmd::EndOfFile);
        }
        if let Ok(mut kept) = self.0.lock() {
            *kept = Some(ctx.line().to_string());
        }
        Some(rustyline::Cmd::Interrupt)
    }
}

pub struct Assist {
    started: Instant,
    limit: Option<u32>,
    commands: &'static [&'static str],
}

impl Terminal {
    /// A line editor that completes `commands`.
    pub fn new(commands: &'static [&'static str]) -> Option<Terminal> {
        let mut editor = Editor::new().ok()?;
        editor.set_helper(Some(Assist {
            started: Instant::now(),
            limit: None,
            commands,
        }));
        let ended_with = std::sync::Arc::default();
        editor.bind_sequence(
            rustyline::KeyEvent::ctrl('D'),
            rustyline::EventHandler::Conditional(Box::new(EndOfInput(std::sync::Arc::clone(
                &ended_with,
            )))),
        );
        Some(Terminal { editor, ended_with })
    }
}

impl Source for Terminal {
    fn read(&mut self, prompt: &str, limit: Option<u32>) -> Input {
        if let Some(helper) = self.editor.helper_mut() {
            helper.started = Instant::now();
            helper.limit = limit;
        }
        match self.editor.readline(prompt) {
            Ok(line) => {
                let _ = self.editor.add_history_entry(line.trim());
                Input::Text(line.trim().to_string())
            }
            Err(ReadlineError::Interrupted) => {
                let kept = self.ended_with.lock().ok().and_then(|mut k| k.take());
                match kept {
                    Some(text) => Input::EndAfter(text.trim().to_string()),
                    None => Input::Interrupted,
                }
            }
            Err(_) => Input::End,
        }
    }

    fn interactive(&self) -> bool {
        true
    }
}

impl Helper for Assist {}
impl Highlighter for Assist {}

impl Validator for Assist {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(if is_complete(ctx.input()) {
            ValidationResult::Valid(None)
        } else {
            ValidationResult::Incomplete
        })
    }
}

impl Completer for Assist {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = line[..pos].rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &line[start..pos];
        if !word.starts_with(':') {
            return Ok((start, Vec::new()));
        }
        let matches = self
            .commands
            .iter()
            .filter(|c| c.starts_with(word))
            .map(|c| Pair {
                display: c.to_string(),
                replacement: c.to_string(),
            })
            .collect();
        Ok((start, matches))
    }
}

impl Hinter for Assist {
    type Hint = String;

    /// The elapsed time, refreshed at every key, at the end of the line being typed.
    /// Rustyline redraws the hint only when a key is pressed, so on an empty line it would
    /// stand still at 0:00 while the person thinks: nothing is shown until they type (the
    /// time taken is said once the answer is in).
    fn hint(&self, line: &str, pos: usize, _: &Context<'_>) -> Option<String> {
        if pos < line.len() || line.trim().is_empty() {
            return None;
        }
        let elapsed = self.started.elapsed().as_secs();
        let clock = format!("{}:{:02}", elapsed / 60, elapsed % 60);
        Some(match self.limit {
            Some(limit) if elapsed > limit as u64 => {
                format!("   ⏱ {clock} / {}:{:02} !", limit / 60, limit % 60)
            }
            Some(limit) => format!("   ⏱ {clock} / {}:{:02}", limit / 60, limit % 60),
            None => format!("   ⏱ {clock}"),
        })
    }
}

/// Piped input: each block of lines up to a blank line is one answer or command.
pub struct Piped<R: BufRead> {
    reader: R,
    /// Lines read so far.
    line: usize,
    /// Lines that were not UTF-8, not yet reported.
    bad: Vec<usize>,
}

impl<R: BufRead> Piped<R> {
    pub fn new(reader: R) -> Self {
        Piped {
            reader,
            line: 0,
            bad: Vec::new(),
        }
    }
}

impl<R: BufRead> Source for Piped<R> {
    fn read(&mut self, _prompt: &str, _limit: Option<u32>) -> Input {
        let mut block = String::new();
        let mut line = Vec::new();
        loop {
            line.clear();
            match self.reader.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    self.line += 1;
                    let text = String::from_utf8_lossy(&line);
                    if std::str::from_utf8(&line).is_err() {
                        self.bad.push(self.line);
                    }
                    if text.trim().is_empty() {
                        if block.trim().is_empty() {
                            continue;
                        }
                        break;
                    }
                    block.push_str(&text);
                    if block.trim().starts_with(':') && !block.trim().contains('\n') {
                        break;
                    }
                }
            }
        }
        if block.trim().is_empty() {
            Input::End
        } else {
            Input::Text(block.trim().to_string())
        }
    }

    fn interactive(&self) -> bool {
        false
    }

    fn not_utf8(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piped_blocks_and_commands() {
        let mut p =
            Piped::new("first line\nsecond line\n\n\n:hint\nanswer two\n\n:quit\n".as_bytes());
        assert_eq!(
            p.read("", None),
            Input::Text("first line\nsecond line".into())
        );
        assert_eq!(p.read("", None), Input::Text(":hint".into()));
        assert_eq!(p.read("", None), Input::Text("answer two".into()));
        assert_eq!(p.read("", None), Input::Text(":quit".into()));
        assert_eq!(p.read("", None), Input::End);
    }

    #[test]
    fn issue14_12_invalid_utf8_in_a_pipe_is_kept_as_u_fffd_and_its_lines_told() {
        let mut p = Piped::new(&b"first\nSYN \xff ACK\n\n:skip\n"[..]);
        assert_eq!(
            p.read("", None),
            Input::Text("first\nSYN \u{FFFD} ACK".into())
        );
        assert_eq!(p.not_utf8(), [2]);
        assert!(p.not_utf8().is_empty(), "told once");
        assert_eq!(p.read("", None), Input::Text(":skip".into()));
        assert!(p.not_utf8().is_empty());
    }

    #[test]
    fn issue14_12_the_timer_never_stands_at_0_00_on_an_empty_line() {
        let history = rustyline::history::DefaultHistory::new();
        let ctx = Context::new(&history);
        let assist = Assist {
            started: Instant::now(),
            limit: Some(90),
            commands: COMMANDS,
        };
        assert_eq!(assist.hint("", 0, &ctx), None);
        assert_eq!(assist.hint("  ", 2, &ctx), None);
        let typing = assist.hint("SYN", 3, &ctx).expect("a clock while typing");
        assert!(typing.contains("/ 1:30"), "{typing}");
        assert_eq!(
            assist.hint("SYN", 1, &ctx),
            None,
            "not in the middle of a line"
        );
    }

    #[test]
    fn tab_completes_the_commands_of_the_mode() {
        let history = rustyline::history::DefaultHistory::new();
        let ctx = Context::new(&history);
        let complete = |commands, line: &str| {
            let assist = Assist {
                started: Instant::now(),
                limit: None,
                commands,
            };
            let (_, found) = assist.complete(line, line.len(), &ctx).unwrap();
            found.into_iter().map(|p| p.replacement).collect::<Vec<_>>()
        };
        assert_eq!(complete(COMMANDS, ":he"), [":help"]);
        assert_eq!(complete(PAIR_COMMANDS, ":he"), [":heard", ":help"]);
        assert_eq!(complete(PAIR_COMMANDS, "SYN :d"), [":done"]);
        assert!(complete(PAIR_COMMANDS, "he").is_empty());
    }

    #[test]
    fn answers_end_at_a_blank_line() {
        assert!(!is_complete("SYN을 보내고"));
        assert!(is_complete("SYN을 보내고\n"));
        assert!(is_complete(":skip"));
        assert!(is_complete(""));
    }
}

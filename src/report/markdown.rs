//! The report as Markdown, for reading in an editor, a terminal pager or on a code host.
//!
//! Everything that comes from a person or a bank is escaped: an answer is text, never
//! markup. Markdown renderers pass raw HTML through (this report itself uses `<details>`),
//! so an unescaped `<script>` in an answer would be live in some viewers; and a `|` would
//! break a table, a leading `-` would turn an answer line into a list. Backslash escapes
//! keep the raw file readable where HTML entities would not.

use std::fmt::Write;

use super::{decimal, distinct, duration, heading, Report, Row, Said};
use crate::grade::explain::charge;
use crate::i18n::Msg;

/// The report as a Markdown document.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", Msg::Report.text(report.lang));
    summary(&mut out, report);
    topics(&mut out, report);
    let _ = writeln!(out, "## {}\n", Msg::QuestionsAndAnswers.text(report.lang));
    for row in &report.questions {
        question(&mut out, report, row);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn summary(out: &mut String, report: &Report) {
    let lang = report.lang;
    let s = &report.summary;
    let mut rows: Vec<(Msg, String)> = vec![
        (Msg::Session, inline(&report.session)),
        (
            Msg::Mode,
            match report.mode {
                crate::interview::Mode::Solo => Msg::ModeSolo,
                crate::interview::Mode::Pair => Msg::ModePair,
            }
            .text(lang)
            .to_string(),
        ),
    ];
    if let Some(candidate) = &report.candidate {
        rows.push((Msg::Candidate, inline(candidate)));
    }
    rows.push((Msg::Date, report.dates()));
    rows.push((
        Msg::AverageScore,
        s.average
            .map_or_else(|| "—".to_string(), |a| format!("**{}**/100", decimal(a))),
    ));
    rows.push((
        Msg::Questions,
        format!(
            "{} ({} {} · {} {} · {} {})",
            s.asked,
            Msg::Answered.text(lang),
            s.answered,
            Msg::Skipped.text(lang),
            s.skipped,
            Msg::Passed.text(lang),
            s.passed
        ),
    ));
    rows.push((Msg::Duration, duration(s.seconds, lang)));
    rows.push((Msg::HintsUsed, s.hints.to_string()));
    rows.push((Msg::OverTime, s.over_time.to_string()));
    if let Some(status) = report.status() {
        rows.push((Msg::Status, status.text(lang).to_string()));
    }
    let _ = writeln!(out, "| {} | |\n|---|---|", heading(Msg::Summary, lang));
    for (label, value) in rows {
        let _ = writeln!(out, "| {} | {value} |", heading(label, lang));
    }
    out.push('\n');
}

fn topics(out: &mut String, report: &Report) {
    let lang = report.lang;
    if report.topics.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {}\n\n| {} | {} | {} |\n|---|---:|---:|",
        heading(Msg::ByTopic, lang),
        heading(Msg::Topic, lang),
        heading(Msg::Count, lang),
        heading(Msg::Average, lang)
    );
    for t in &report.topics {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            inline(&t.label),
            t.count,
            decimal(t.average)
        );
    }
    let _ = writeln!(out, "\n## {}\n", heading(Msg::WeakTopics, lang));
    if report.weakest.is_empty() {
        let _ = writeln!(out, "{}\n", Msg::NoWeakTopics.text(lang));
    }
    for (i, t) in report.weakest.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** — {}",
            i + 1,
            inline(&t.label),
            decimal(t.average)
        );
    }
    if !report.weakest.is_empty() {
        out.push('\n');
    }
}

fn question(out: &mut String, report: &Report, row: &Row) {
    let lang = report.lang;
    let _ = writeln!(out, "### {} {}\n", row.position, inline(&row.prompt));
    let mut meta = vec![code(&row.question), inline(&row.topic_label)];
    match &row.reason {
        Some(reason) => meta.push(format!("{} — {}", row.kind, inline(reason))),
        None => meta.push(row.kind.clone()),
    }
    if !row.known {
        meta.push(format!("⚠ {}", Msg::UnknownQuestion.text(lang)));
    }
    let _ = writeln!(out, "{}\n", meta.join(" · "));

    let _ = writeln!(out, "{}\n", verdict(report, row));

    if row.answer.trim().is_empty() {
        let _ = writeln!(out, "_{}_\n", heading(Msg::NotAnswered, lang));
    } else {
        for line in row.answer.lines() {
            match block(line) {
                line if line.is_empty() => out.push_str(">\n"),
                line => {
                    let _ = writeln!(out, "> {line}");
                }
            }
        }
        out.push('\n');
    }

    let mut items = Vec::new();
    for hit in &row.hit {
        let mut item = format!("✓ {}", concept(&hit.label, hit.required, lang));
        let words = said(&hit.evidence);
        if !words.is_empty() {
            let _ = write!(item, " — {words}");
        } else if hit.heard {
            let _ = write!(item, " — _{}_", Msg::Heard.text(lang));
        }
        items.push(item);
    }
    for miss in &row.missed {
        let mut item = format!("✗ {}", concept(&miss.label, miss.required, lang));
        if !miss.negated.is_empty() {
            let _ = write!(
                item,
                " — {} {}",
                Msg::SaidNegated.text(lang),
                said(&miss.negated)
            );
        }
        if let Some(feedback) = &miss.feedback {
            let _ = write!(item, " — {}", inline(feedback));
        }
        if let Some(hint) = &miss.hint {
            let _ = write!(item, " _({}: {})_", Msg::Hint.text(lang), inline(hint));
        }
        items.push(item);
    }
    for wrong in &row.misconceptions {
        let mut item = format!(
            "⚠ {}: {} — {}",
            charge(wrong.penalty, lang),
            inline(&wrong.label),
            inline(&wrong.feedback)
        );
        let words = said(&wrong.evidence);
        if !words.is_empty() {
            let _ = write!(item, " ({words})");
        }
        items.push(item);
    }
    for cap in &row.caps {
        items.push(format!("▸ {}", inline(cap)));
    }
    for item in &items {
        let _ = writeln!(out, "- {item}");
    }
    if !items.is_empty() {
        out.push('\n');
    }

    if let Some(model) = &row.model_answer {
        let _ = writeln!(
            out,
            "<details><summary>{}</summary>\n",
            heading(Msg::ModelAnswer, lang)
        );
        for line in model.lines() {
            let _ = writeln!(out, "{}", block(line));
        }
        out.push_str("\n</details>\n\n");
    }

    if !row.notes.is_empty() {
        let _ = writeln!(out, "**{}**\n", heading(Msg::Notes, lang));
        for note in &row.notes {
            let _ = writeln!(out, "- {}", inline(note));
        }
        out.push('\n');
    }
}

/// `**점수 73/100** · 등급 4/5 · 통과 · 시간 1분 15초 · 힌트: … (−10)`
fn verdict(report: &Report, row: &Row) -> String {
    let lang = report.lang;
    let mut parts = Vec::new();
    match row.grade {
        None => parts.push(format!("**{}**", heading(Msg::Skipped, lang))),
        Some(grade) => {
            parts.push(format!(
                "**{} {}/100**",
                heading(Msg::Score, lang),
                row.score
            ));
            parts.push(format!("{} {grade}/5", Msg::Grade.text(lang)));
            let verdict = if row.passed { Msg::Pass } else { Msg::Fail };
            parts.push(verdict.text(lang).to_string());
        }
    }
    let mut time = format!(
        "{} {}",
        Msg::Time.text(lang),
        duration(u64::from(row.seconds), lang)
    );
    if row.over_time {
        let _ = write!(time, " (**{}**)", Msg::OverTime.text(lang));
    }
    parts.push(time);
    if !row.hints.is_empty() {
        let labels: Vec<String> = row.hints.iter().map(|h| inline(h)).collect();
        parts.push(format!(
            "{}: {} (−{})",
            Msg::HintsUsed.text(lang),
            labels.join(", "),
            row.hint_points
        ));
    }
    parts.join(" · ")
}

/// A concept's label, with `(필수)` when it is required.
fn concept(label: &str, required: bool, lang: crate::bank::Lang) -> String {
    if required {
        format!("{} ({})", inline(label), Msg::Required.text(lang))
    } else {
        inline(label)
    }
}

/// `**SYN을**, **handshke** (오타 허용 0.89)`: the words in bold, how they matched when it
/// was not plainly.
fn said(evidence: &[Said]) -> String {
    let words: Vec<String> = distinct(evidence)
        .into_iter()
        .map(|e| match e.how {
            crate::grade::How::Exact => format!("**{}**", inline(&e.said)),
            _ => format!("**{}** ({})", inline(&e.said), e.how_label),
        })
        .collect();
    words.join(", ")
}

/// An id as code, unless it holds a backtick (then as escaped text).
fn code(text: &str) -> String {
    if text.contains('`') || text.contains('\n') {
        inline(text)
    } else {
        format!("`{text}`")
    }
}

/// Text for one line (a heading, a table cell, a list item): escaped, newlines as spaces.
fn inline(text: &str) -> String {
    escape(&text.replace(['\r', '\n'], " "))
}

/// One line of a block (a quoted answer, a model answer): escaped, leading spaces dropped
/// (they would make a code block), and a leading list or heading marker made literal.
fn block(line: &str) -> String {
    let escaped = escape(line.trim_start());
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let after_digits = escaped[digits..].chars().next();
    if escaped.starts_with(['-', '+', '=']) {
        format!("\\{escaped}")
    } else if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else {
        escaped
    }
}

/// Backslash-escape the ASCII punctuation that Markdown (CommonMark and GitHub's tables)
/// would read as markup. `<` and `&` included: escaped, they cannot start HTML or an entity.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Control characters from an answer (NUL, ESC of a terminal sequence) are shown,
        // not passed on: as their Unicode control pictures (␀, ␛), others as U+XXXX.
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&crate::html::control_picture(c));
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::report;
    use super::*;
    use crate::bank::Lang;

    #[test]
    fn issue14_12_control_characters_are_shown_not_passed_on() {
        assert_eq!(escape("a\u{1b}]0;x\u{7}b\u{0}"), "a␛\\]0;x␇b␀");
        assert_eq!(escape("\u{9b}"), "U+009B");
    }

    #[test]
    fn escapes_markup() {
        let cases = [
            ("plain 한국어 text.", "plain 한국어 text."),
            (
                "<script>alert(1)</script>",
                "\\<script\\>alert(1)\\</script\\>",
            ),
            ("a & b | c", "a \\& b \\| c"),
            (
                "*bold* _it_ `code` [link](x)",
                "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)",
            ),
            ("TIME_WAIT", "TIME\\_WAIT"),
            ("back\\slash", "back\\\\slash"),
        ];
        for (text, expected) in cases {
            assert_eq!(escape(text), expected, "{text}");
        }
    }

    #[test]
    fn block_lines_never_start_a_list_or_heading() {
        let cases = [
            ("- not a list", "\\- not a list"),
            ("1. not a list", "1\\. not a list"),
            ("12) nor this", "12\\) nor this"),
            ("    not code", "not code"),
            ("# not a heading", "\\# not a heading"),
            ("=====", "\\====="),
            ("2024년", "2024년"),
        ];
        for (line, expected) in cases {
            assert_eq!(block(line), expected, "{line}");
        }
    }

    #[test]
    fn inline_text_stays_on_one_line() {
        assert_eq!(inline("a\nb\r\nc"), "a b  c");
    }

    #[test]
    fn an_answer_is_quoted_and_escaped() {
        let text = markdown(&report(Lang::Ko, false));
        assert!(text.contains(
            "> GET puts the parameters in the URL query string, so a link like /search?q=\\<script\\>alert(1)\\</script\\>\\&page=2 shows them.\n> POST sends them"
        ), "{text}");
        assert!(!text.contains("<script>"));
    }

    #[test]
    fn checklist_marks_hits_misses_and_misconceptions() {
        let text = markdown(&report(Lang::Ko, false));
        assert!(
            text.contains("- ✓ 클라이언트가 SYN으로 연결 요청 (필수) — **SYN을**"),
            "{text}"
        );
        assert!(text.contains("- ✗ 초기 순서 번호(ISN) 교환 — "), "{text}");
        assert!(
            text.contains("- ⚠ 오개념 −15: POST는 본문을 암호화한다 — "),
            "{text}"
        );
        assert!(text.contains("<details><summary>모범 답안</summary>"));
    }

    #[test]
    fn notes_and_candidate_are_escaped() {
        let text = markdown(&report(Lang::Ko, true));
        assert!(
            text.contains("| 지원자 | 김코리 \\<kkori@example.com\\> |"),
            "{text}"
        );
        assert!(text.contains("- SYN/ACK 순서는 정확함 — \\<b\\>자신감\\</b\\> \\& 말이 빠름"));
        assert!(!markdown(&report(Lang::Ko, false)).contains("자신감"));
    }

    #[test]
    fn a_concept_the_interviewer_heard_says_so() {
        let mut r = report(Lang::Ko, false);
        r.questions[2].hit[0].heard = true;
        r.questions[2].hit[0].evidence.clear();
        assert!(markdown(&r).contains("- ✓ GET은 데이터를 URL 쿼리 문자열에 — _면접관이 들음_\n"));
    }

    #[test]
    fn an_early_end_is_in_the_summary() {
        let mut r = report(Lang::En, false);
        assert!(!markdown(&r).contains("| Status |"));
        r.quit_early = true;
        assert!(markdown(&r).contains("| Status | ended early |\n"));
        r.quit_early = false;
        r.finished = false;
        r.ended = None;
        let text = markdown(&r);
        assert!(text.contains("| Status | not finished |\n"), "{text}");
        assert!(text.contains("| Date | 2024-05-01 07:00 UTC |\n"), "{text}");
    }

    #[test]
    fn ends_with_one_newline() {
        let text = markdown(&report(Lang::En, false));
        assert!(text.starts_with("# Mock interview report\n\n"));
        assert!(
            text.ends_with("</details>\n"),
            "{}",
            &text[text.len() - 40..]
        );
    }
}

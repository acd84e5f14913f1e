//! Just enough Markdown for drafting: ATX headings (`## …`) outside fenced code blocks, and
//! the text under each heading up to the next one.

/// One heading of a note with the text directly under it (not its sub-headings' text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// 1 for `#`, 2 for `##` …
    pub level: usize,
    /// The heading text without the `#`s, trimmed: what `source.heading` names.
    pub heading: String,
    /// The lines under the heading, code blocks included.
    pub body: String,
}

/// The sections of a note, in order. Text before the first heading is dropped.
pub fn sections(text: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some((ch, len)) = fence {
            if fence_of(trimmed).is_some_and(|(c, n)| c == ch && n >= len)
                && trimmed.trim_start_matches(ch).trim().is_empty()
            {
                fence = None;
            }
        } else if let Some(open) = fence_of(trimmed) {
            fence = Some(open);
        } else if let Some((level, heading)) = heading_of(line) {
            out.push(Section {
                level,
                heading,
                body: String::new(),
            });
            continue;
        }
        if let Some(section) = out.last_mut() {
            section.body.push_str(line);
            section.body.push('\n');
        }
    }
    out
}

/// The fence character and length when `line` (already left-trimmed) opens or closes one.
fn fence_of(line: &str) -> Option<(char, usize)> {
    let ch = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let len = line.chars().take_while(|&c| c == ch).count();
    (len >= 3).then_some((ch, len))
}

/// `## Heading ##` → (2, "Heading"). At most three spaces of indentation, as in CommonMark.
fn heading_of(line: &str) -> Option<(usize, String)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let level = rest.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let after = &rest[level..];
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let mut text = after.trim();
    // A closing sequence of #'s, when separated by a space, is not part of the heading.
    let without = text.trim_end_matches('#');
    if without.len() < text.len() && (without.is_empty() || without.ends_with([' ', '\t'])) {
        text = without.trim_end();
    }
    Some((level, text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_code_blocks_are_not_headings() {
        let note =
            "# Title\nintro\n## A\ntext\n```sh\n# not a heading\n```\n### B ###\n~~~\n## no\n~~~\n";
        let found: Vec<(usize, String)> = sections(note)
            .into_iter()
            .map(|s| (s.level, s.heading))
            .collect();
        assert_eq!(
            found,
            [(1, "Title".into()), (2, "A".into()), (3, "B".into())]
        );
    }

    #[test]
    fn heading_cases() {
        let cases = [
            ("##  OSI 7계층 설명하기", Some((2, "OSI 7계층 설명하기"))),
            (
                "#### :question:TCP 관련 질문 1",
                Some((4, ":question:TCP 관련 질문 1")),
            ),
            ("#hashtag", None),
            ("    # indented code", None),
            ("####### seven", None),
            ("## C# ##", Some((2, "C#"))),
            ("##", Some((2, ""))),
        ];
        for (line, expected) in cases {
            let got = heading_of(line);
            let got = got.as_ref().map(|(l, h)| (*l, h.as_str()));
            assert_eq!(got, expected, "{line}");
        }
    }
}

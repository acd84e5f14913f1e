//! What every kkori page shares: the one HTML escape (anything a user typed, and all bank
//! text, goes through [`escape`] before it reaches a page), the one page head with its
//! Content-Security-Policy and base styles ([`page()`]), and the SVG charts ([`chart`]).
//!
//! The report, the progress page and the interviewer's script used to write each its own
//! `<head>`, and only one of them carried a CSP. Pages are now bodies handed to [`page()`], so
//! a new page cannot forget the policy, and the look (colours, fonts, dark mode, print) is
//! the same on all of them.

pub mod chart;
mod page;

pub use page::{page, Page, CSP};

/// Escape text for HTML element content and double- or single-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A control character as something visible: its Unicode control picture (`␀`, `␛`, `␡`)
/// for C0 and DEL, else `U+XXXX`. For text from a person that goes to a terminal or a file.
pub fn control_picture(c: char) -> String {
    match c as u32 {
        n @ 0..=0x1f => char::from_u32(0x2400 + n).map_or_else(String::new, String::from),
        0x7f => "␡".to_string(),
        n => format!("U+{n:04X}"),
    }
}

/// `text` with its control characters (but newlines and tabs) made visible.
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                control_picture(c)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(escape("세션은 서버에"), "세션은 서버에");
    }
}

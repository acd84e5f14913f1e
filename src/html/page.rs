//! The head of every kkori page: doctype, language, viewport, one strict
//! Content-Security-Policy, the shared styles, then the page's own.
//!
//! Pages are files that are mailed, archived and opened offline years later, and they show
//! text a person typed. So the policy allows nothing to be fetched and no script to run
//! ([`CSP`]): a slip in escaping still could not execute anything. No page needs a script
//! today; one that does must say so here (with the hash of that one script), not loosen
//! the policy for all.

use std::fmt::Write;

use super::{chart, escape};
use crate::bank::Lang;

/// The one policy: nothing from outside, no script, no frames, no forms; inline styles only
/// (the `<style>` in the head, and the `style` attributes of bars).
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// A page to render: its title and language, and styles of its own after the shared ones.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    pub title: &'a str,
    pub lang: Lang,
    /// CSS of this page only, placed after [`BASE`] and [`chart::STYLE`] so that it can
    /// override them.
    pub style: &'a str,
}

impl<'a> Page<'a> {
    pub fn new(title: &'a str, lang: Lang) -> Self {
        Page {
            title,
            lang,
            style: "",
        }
    }

    /// The same page with styles of its own.
    pub fn style(self, style: &'a str) -> Self {
        Page { style, ..self }
    }

    /// The whole document: the head, then `body` (already HTML, its text escaped) inside
    /// `<body>`.
    pub fn render(&self, body: &str) -> String {
        let mut out = String::with_capacity(body.len() + BASE.len() + self.style.len() + 1024);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
             <meta name=\"generator\" content=\"kkori\">\n<title>{}</title>\n\
             <style>{BASE}{}{}</style>\n</head>\n<body>\n",
            self.lang.as_str(),
            escape(self.title),
            chart::STYLE,
            self.style
        );
        out.push_str(body);
        if !body.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// A page with the shared styles only: `title` (escaped here) in `lang`, around `body`.
pub fn page(title: &str, lang: Lang, body: &str) -> String {
    Page::new(title, lang).render(body)
}

/// What every page looks like: the palette (light and dark), Korean-friendly fonts and line
/// breaking, headings, code, tables, numbers, score colours, print margins.
/// Colours are variables, so a page and the charts take them from one place.
pub const BASE: &str = r#"
:root{--fg:#1d2126;--muted:#5f6b76;--line:#d9dee3;--bg:#fff;--card:#f4f6f8;--track:#e9edf1;--good:#2b8a3e;--mid:#d9480f;--bad:#c92a2a;--skip:#868e96;--mark:#fff0a8;--wrong:#ffd8d8;--note:#fff9db;--accent:#30638e}
@media screen and (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#9aa4ad;--line:#3a4149;--bg:#16191d;--card:#20252b;--track:#2b3138;--good:#51cf66;--mid:#ff922b;--bad:#ff6b6b;--mark:#5c4d00;--wrong:#5c1f1f;--note:#3b3415;--accent:#74a9d8}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0;font:15px/1.65 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR","Noto Sans KR",sans-serif;word-break:keep-all;overflow-wrap:anywhere}
main{max-width:880px;margin:0 auto;padding:32px 20px 48px}
h1{font-size:1.75rem;margin:0 0 4px;line-height:1.3}
h2{font-size:1.2rem;margin:36px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:0;line-height:1.45}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--card);padding:1px 5px;border-radius:4px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
th{font-size:.8rem;color:var(--muted);font-weight:600}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.good,span.good{color:var(--good)}
td.mid,span.mid{color:var(--mid)}
td.bad,span.bad{color:var(--bad)}
footer{margin-top:40px;color:var(--muted);font-size:.8rem}
@page{margin:16mm 14mm}
@media print{body{font-size:10pt}main{max-width:none;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2,h3,h4{break-after:avoid}}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_carries_the_policy_and_escapes_the_title() {
        let html = page("<b>세션</b> & co", Lang::Ko, "<main>x</main>");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n"));
        assert!(html.contains(&format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
        )));
        assert!(html.contains("<title>&lt;b&gt;세션&lt;/b&gt; &amp; co</title>"));
        assert!(html.ends_with("<body>\n<main>x</main>\n</body>\n</html>\n"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn the_policy_allows_no_script_and_nothing_from_outside() {
        assert!(CSP.starts_with("default-src 'none'"));
        assert!(!CSP.contains("script-src"));
        assert!(!CSP.contains("http"));
    }

    #[test]
    fn a_page_style_comes_after_the_shared_ones() {
        let html = Page::new("t", Lang::En).style(".mine{}").render("");
        let base = html.find(":root{").unwrap();
        let chart = html.find(".chart text").unwrap();
        let mine = html.find(".mine{}").unwrap();
        assert!(base < chart && chart < mine);
    }
}

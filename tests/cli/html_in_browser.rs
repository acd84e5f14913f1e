//! The HTML report in a real browser: Debian's headless Chromium loads it from a file and
//! dumps the DOM it built. An answer holding `<script>` must come out as text, and the page
//! must load without a single console message (a script error, a blocked fetch, a CSP
//! violation would each log one).
//! (Skipped with a note without `chromium`, a failure under CI: see [`crate::browser`].)

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use kkori::bank::Lang;
use kkori::report::html;

use crate::browser::{chromium, headless, wait};
use crate::report_fixture::report;

#[test]
fn the_html_report_renders_in_chromium_with_answers_as_text() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, html(&report(Lang::Ko, true))).unwrap();

    let (code, dom, stderr) = dump_dom(&chromium, &page, &dir.path().join("profile"));

    assert_eq!(code, Some(0), "chromium failed:\n{stderr}");
    assert!(dom.contains("<html lang=\"ko\">"), "{dom}");
    // The answer's markup is text in the document, not an element.
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;page=2"),
        "{dom}"
    );
    assert!(!dom.to_lowercase().contains("<script"), "{dom}");
    assert!(
        dom.contains("&lt;b&gt;자신감&lt;/b&gt; &amp; 말이 빠름"),
        "{dom}"
    );
    assert!(!dom.contains("<b>"), "{dom}");
    // The evidence marks and both charts made it into the DOM.
    assert!(dom.contains("<mark title=\"클라이언트가 SYN으로 연결 요청\">SYN을</mark>"));
    assert!(dom.contains("<mark class=\"wrong\""));
    assert_eq!(dom.matches("<svg class=\"chart\"").count(), 2);

    let console: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(
        console.is_empty(),
        "the page logged to the console:\n{}",
        console.join("\n")
    );
}

/// Run headless Chromium on `page`: exit code, dumped DOM, and everything it logged.
pub fn dump_dom(chromium: &Path, page: &Path, profile: &Path) -> (Option<i32>, String, String) {
    let mut child = headless(chromium, profile)
        .args(["--enable-logging=stderr", "--v=0", "--dump-dom"])
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read both pipes on threads so that neither can fill up and stall the browser.
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    // Not joining the readers on a timeout: a helper process may still hold the pipes open.
    let status = wait(&mut child, "dumping the page");
    let dom = out.join().expect("stdout reader");
    let log = err.join().expect("stderr reader");
    (status.code(), dom, log)
}

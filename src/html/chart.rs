//! Hand-written inline SVG charts for the pages: horizontal score bars ([`bars`]), lines
//! over sessions ([`lines`]) and small trend bars ([`spark`]).
//!
//! SVG by hand rather than a plotting crate: three small shapes, no fonts to embed, text
//! that stays selectable and accessible (`<title>`, `aria-label`), colours from the page's
//! CSS variables so dark mode and print follow. Every text is escaped here; callers hand
//! in plain text.
//!
//! The line chart spreads sessions evenly over its width, in order, rather than on a time
//! axis: practice comes in bursts (three sessions in one evening, then nothing for a week),
//! and a time axis drew such a history as dots piled at one edge. Dates are written under
//! the points instead.

use std::fmt::Write;

use super::escape;

/// The chart classes, part of every page's styles (see [`super::page()`]).
pub const STYLE: &str = r#"
.chart{display:block;max-width:100%;height:auto;margin:4px 0 8px;color:var(--fg)}
.chart text{font-size:12px;fill:currentColor}
.chart .label,.chart .axis{fill:var(--muted)}
.chart .axis{font-size:11px}
.chart .track{fill:var(--track)}
.chart .good{fill:var(--good)}
.chart .mid{fill:var(--mid)}
.chart .bad{fill:var(--bad)}
.chart .grid{stroke:var(--line);stroke-width:1}
.chart .pass{stroke:var(--muted);stroke-width:1;stroke-dasharray:4 3}
.chart .pass-label{font-size:11px;fill:var(--muted)}
.chart a:hover .track{fill:var(--line)}
svg.spark{display:inline-block;vertical-align:middle}
@media print{.chart a{text-decoration:none}}
"#;

/// The colour class of a score out of 100 against the pass mark: `good` at or above it,
/// `mid` from 35, `bad` below. Shared by charts, tables and badges.
pub fn tone(score: f64, pass: f64) -> &'static str {
    if score >= pass {
        "good"
    } else if score >= 35.0 {
        "mid"
    } else {
        "bad"
    }
}

/// Colours told apart on light and dark backgrounds, for one series each.
pub const PALETTE: [&str; 8] = [
    "#d1495b", "#00798c", "#edae49", "#30638e", "#66a182", "#8d6a9f", "#e07a5f", "#3d405b",
];

/// The colour of series number `i`.
pub fn color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// One bar: its label, its value out of 100 (none: nothing to draw, `shown` says why),
/// the text after the bar, its colour class, a tooltip, and where it links.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub shown: String,
    pub class: &'static str,
    pub tooltip: String,
    pub href: Option<String>,
}

/// A line drawn across a bar chart at `at` (out of 100), labelled: the pass mark.
#[derive(Debug, Clone, Copy)]
pub struct Mark<'a> {
    pub at: f64,
    pub label: &'a str,
}

const BAR_WIDTH: u32 = 500;
const ROW: u32 = 26;
const TOP: u32 = 20;

/// A horizontal bar chart, 0–100, one row per bar, with `mark` drawn across it.
pub fn bars(title: &str, bars: &[Bar], mark: Option<Mark>) -> String {
    let label_width = bars
        .iter()
        .map(|b| text_width(&b.label))
        .max()
        .unwrap_or(0)
        .clamp(24, 240);
    let x0 = label_width + 10;
    let width = x0 + BAR_WIDTH + 64;
    let height = TOP + ROW * bars.len() as u32 + 4;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" role=\"img\" aria-label=\"{0}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>{0}</title>\n",
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = TOP + ROW * i as u32;
        let mid = y + 9;
        let length = bar
            .value
            .map_or(0.0, |v| v.clamp(0.0, 100.0) * f64::from(BAR_WIDTH) / 100.0);
        let body = format!(
            "<title>{tooltip}</title><text class=\"label\" x=\"{lx}\" y=\"{mid}\" text-anchor=\"end\" dominant-baseline=\"central\">{label}</text>\
             <rect class=\"track\" x=\"{x0}\" y=\"{y}\" width=\"{BAR_WIDTH}\" height=\"18\" rx=\"3\"/>\
             <rect class=\"{class}\" x=\"{x0}\" y=\"{y}\" width=\"{length:.1}\" height=\"18\" rx=\"3\"/>\
             <text x=\"{vx:.1}\" y=\"{mid}\" dominant-baseline=\"central\">{value}</text>",
            tooltip = escape(&bar.tooltip),
            lx = x0 - 8,
            label = escape(&bar.label),
            class = bar.class,
            vx = f64::from(x0) + length + 6.0,
            value = escape(&bar.shown),
        );
        match &bar.href {
            Some(href) => {
                let _ = writeln!(svg, "<a href=\"{}\">{body}</a>", escape(href));
            }
            None => {
                let _ = writeln!(svg, "<g>{body}</g>");
            }
        }
    }
    if let Some(mark) = mark {
        let x = f64::from(x0) + f64::from(BAR_WIDTH) * mark.at.clamp(0.0, 100.0) / 100.0;
        let _ = writeln!(
            svg,
            "<line class=\"pass\" x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{height}\"/>\
             <text class=\"pass-label\" x=\"{x:.1}\" y=\"10\" text-anchor=\"middle\">{}</text>",
            TOP - 4,
            escape(mark.label),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// About how wide `text` is at 12px: Hangul and other wide characters twice Latin ones.
pub fn text_width(text: &str) -> u32 {
    text.chars()
        .map(|c| if (c as u32) >= 0x1100 { 12 } else { 7 })
        .sum()
}

/// One line of a line chart: its label and colour, and its values 0.0–1.0 at moments
/// (Unix seconds).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub color: &'static str,
    pub points: Vec<(u64, f64)>,
}

const W: f64 = 720.0;
const H: f64 = 260.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const PLOT_TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;
/// Least room between two date labels under the chart.
const LABEL_ROOM: f64 = 84.0;

/// A line chart of values 0–100% over moments: every distinct moment of any series gets
/// one slot, the slots spread evenly over the width in time order, so one session is a
/// point in the middle and eight sessions of one evening use the whole width. `date`
/// writes a moment under its slot (repeated dates are written once, and labels that
/// would collide are left out).
pub fn lines(title: &str, series: &[Series], date: &dyn Fn(u64) -> String) -> String {
    let mut moments: Vec<u64> = series
        .iter()
        .flat_map(|s| s.points.iter().map(|(at, _)| *at))
        .collect();
    moments.sort_unstable();
    moments.dedup();
    let slot = (W - LEFT - RIGHT) / moments.len().max(1) as f64;
    let x = |at: u64| {
        let i = moments.partition_point(|m| *m < at);
        LEFT + slot * (i as f64 + 0.5)
    };
    let y = |v: f64| PLOT_TOP + (1.0 - v.clamp(0.0, 1.0)) * (H - PLOT_TOP - BOTTOM);
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg class=\"chart lines\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{0}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>{0}</title>",
        escape(title)
    );
    for pct in [0, 25, 50, 75, 100] {
        let gy = y(f64::from(pct) / 100.0);
        let _ = writeln!(
            svg,
            "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{gy:.1}\" x2=\"{:.1}\" y2=\"{gy:.1}\"/>\
             <text class=\"axis\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{pct}%</text>",
            W - RIGHT,
            LEFT - 6.0,
            gy + 4.0
        );
    }
    let mut last_label: Option<(String, f64)> = None;
    for at in &moments {
        let label = date(*at);
        let lx = x(*at);
        let crowded = last_label
            .as_ref()
            .is_some_and(|(text, px)| *text == label || lx - px < LABEL_ROOM);
        if crowded {
            continue;
        }
        let _ = writeln!(
            svg,
            "<text class=\"axis\" x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            H - 8.0,
            escape(&label)
        );
        last_label = Some((label, lx));
    }
    for s in series.iter().filter(|s| !s.points.is_empty()) {
        let line: Vec<String> = s
            .points
            .iter()
            .map(|(at, v)| format!("{:.1},{:.1}", x(*at), y(*v)))
            .collect();
        let _ = writeln!(
            svg,
            "<g><title>{}</title><polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" points=\"{}\"/>",
            escape(&s.label),
            s.color,
            line.join(" ")
        );
        for (at, v) in &s.points {
            let _ = writeln!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{}\" fill=\"{}\"><title>{} {} {}%</title></circle>",
                x(*at),
                y(*v),
                if s.points.len() == 1 { 5 } else { 3 },
                s.color,
                escape(&s.label),
                escape(&date(*at)),
                (v * 100.0).round()
            );
        }
        svg.push_str("</g>\n");
    }
    svg.push_str("</svg>\n");
    svg
}

/// Values 0.0–1.0 as small bars in one colour, labelled `label` (a text sparkline depends
/// too much on the font); `—` when there are none.
pub fn spark(values: &[f64], color: &str, label: &str) -> String {
    if values.is_empty() {
        return "—".to_string();
    }
    let width = values.len() * 8;
    let mut svg = format!(
        "<svg class=\"spark\" width=\"{width}\" height=\"18\" viewBox=\"0 0 {width} 18\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        escape(label)
    );
    for (i, v) in values.iter().enumerate() {
        let h = 2.0 + v.clamp(0.0, 1.0) * 16.0;
        let _ = write!(
            svg,
            "<rect x=\"{}\" y=\"{:.1}\" width=\"6\" height=\"{h:.1}\" fill=\"{}\"/>",
            i * 8,
            18.0 - h,
            escape(color)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xs(svg: &str) -> Vec<f64> {
        svg.split("<circle cx=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
            .collect()
    }

    fn day(secs: u64) -> String {
        format!("d{}", secs / 86_400)
    }

    fn series(points: &[(u64, f64)]) -> Series {
        Series {
            label: "tcp <b>".into(),
            color: color(0),
            points: points.to_vec(),
        }
    }

    #[test]
    fn one_session_is_one_point_in_the_middle() {
        let svg = lines("t", &[series(&[(100, 0.4)])], &day);
        assert_eq!(xs(&svg), [LEFT + (W - LEFT - RIGHT) / 2.0]);
        assert_eq!(svg.matches(">d0</text>").count(), 1, "{svg}");
        assert!(svg.contains("r=\"5\""), "a lone point is drawn larger");
    }

    #[test]
    fn sessions_of_one_day_spread_over_the_width() {
        // Three sessions within an hour: three slots across the whole plot, not a pile.
        let svg = lines("t", &[series(&[(0, 0.2), (600, 0.5), (3_000, 0.6)])], &day);
        let xs = xs(&svg);
        let plot = W - LEFT - RIGHT;
        assert_eq!(xs.len(), 3);
        assert!(
            xs[0] < LEFT + plot / 4.0 && xs[2] > LEFT + plot * 3.0 / 4.0,
            "{xs:?}"
        );
        assert!((xs[1] - (LEFT + plot / 2.0)).abs() < 0.1);
        // One date under them, not three on top of each other.
        assert_eq!(svg.matches(">d0</text>").count(), 1, "{svg}");
    }

    #[test]
    fn series_share_the_slots_of_their_moments() {
        let a = series(&[(0, 0.2), (86_400 * 5, 0.9)]);
        let b = series(&[(86_400 * 2, 0.5)]);
        let svg = lines("t", &[a, b], &day);
        let xs = xs(&svg);
        // a at slots 0 and 2, b at slot 1.
        assert!(xs[0] < xs[2] && xs[2] < xs[1], "{xs:?}");
        assert!(svg.contains("tcp &lt;b&gt;") && !svg.contains("<b>"));
    }

    #[test]
    fn bars_escape_and_draw_the_mark() {
        let bar = Bar {
            label: "<x>".into(),
            value: Some(70.0),
            shown: "70".into(),
            class: tone(70.0, 60.0),
            tooltip: "a & b".into(),
            href: Some("#q-1".into()),
        };
        let svg = bars(
            "by question",
            &[bar],
            Some(Mark {
                at: 60.0,
                label: "pass 60",
            }),
        );
        assert!(svg.contains("&lt;x&gt;") && svg.contains("a &amp; b"));
        assert!(svg.contains("<rect class=\"good\"") && svg.contains("width=\"350.0\""));
        assert!(svg.contains("<a href=\"#q-1\">"));
        assert!(svg.contains(">pass 60</text>"));
    }

    #[test]
    fn tones_and_widths() {
        assert_eq!(
            [tone(60.0, 60.0), tone(35.0, 60.0), tone(34.9, 60.0)],
            ["good", "mid", "bad"]
        );
        assert_eq!(text_width("TCP와 UDP"), 3 * 7 + 12 + 7 + 3 * 7);
        assert_eq!(spark(&[], "#000", "x"), "—");
        assert_eq!(spark(&[0.0, 1.0], "#000", "▁█").matches("<rect").count(), 2);
    }
}

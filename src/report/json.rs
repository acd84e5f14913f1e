//! The report as JSON: the model itself, for tools and for anyone who wants another layout.
//!
//! It starts with `"schema_version"` ([`super::REPORT_VERSION`]); a reader should check it
//! before trusting the rest.

use super::Report;

/// The report as pretty-printed JSON, ending in a newline like the other renderings.
pub fn json(report: &Report) -> String {
    let mut text =
        serde_json::to_string_pretty(report).expect("a report is plain data and always serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::super::testing::report;
    use super::*;
    use crate::bank::Lang;

    #[test]
    fn starts_with_the_schema_version() {
        let text = json(&report(Lang::Ko, false));
        assert!(
            text.starts_with("{\n  \"schema_version\": 1,\n"),
            "{}",
            &text[..80]
        );
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn round_trips_as_json_with_the_facts() {
        let value: serde_json::Value =
            serde_json::from_str(&json(&report(Lang::En, false))).unwrap();
        assert_eq!(value["session"], "20240501-070000-beef");
        assert_eq!(value["lang"], "en");
        assert_eq!(value["mode"], "solo");
        assert_eq!(value["summary"]["asked"], 3);
        assert_eq!(value["questions"][1]["position"], "1.1");
        assert_eq!(value["questions"][1]["skipped"], true);
        assert!(value["questions"][1]["grade"].is_null());
        assert_eq!(
            value["questions"][2]["misconceptions"][0]["id"],
            "post-encrypts"
        );
        // TCP averages 32.5 (its handshake answer only names the handshake the question asks
        // about, and a skip), HTTP 35.0: the weakest comes first.
        assert_eq!(value["weakest"][0]["topic"], "tcp");
        // Notes are left out unless asked for, key and all.
        assert!(value["questions"][0].get("notes").is_none());
    }
}

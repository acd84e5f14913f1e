//! The JSON Schema of bank and rubric files, derived from the model types so it cannot
//! drift from what `kkori check` accepts. Editors use it (through a YAML language server) to
//! complete keys and flag mistakes while a bank is written.

use super::model::File;

/// The schema as pretty JSON with a final newline: what `kkori schema` writes and
/// `docs/kkori.schema.json` holds.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(File);
    schema.insert("title".into(), "kkori bank and rubric file".into());
    schema.insert(
        "description".into(),
        "A kkori YAML file: any mix of `topics`, `questions`, `rubrics` and `glossary`. See docs/format.md."
            .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
    text.push('\n');
    text
}

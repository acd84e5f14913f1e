//! Merging a fresh draft into files a person may have edited.
//!
//! Every question and rubric already in a file is kept as it is, text and comments
//! included: new items are appended to the end of their section, as text. Only when that
//! cannot be done safely (a section written in flow style, `questions: []`) is the file
//! rewritten from its parsed content, which keeps every item but drops comments.
//!
//! A drafted question is already there when a question in the file has its id, or names the
//! same note and heading in `source` (so a question survives its id being edited). A new
//! heading whose generated id is taken by another question gets a fresh id.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Serialize;
use serde_yaml::{Mapping, Value};

use super::{unique, Draft};

/// What merging gives: the new text of each file (`None`: nothing to add, leave it alone)
/// and what was kept and added, for the person to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    pub bank: Option<String>,
    pub rubrics: Option<String>,
    pub kept_questions: Vec<String>,
    pub added_questions: Vec<String>,
    pub kept_rubrics: Vec<String>,
    pub added_rubrics: Vec<String>,
    /// Drafted ids that were taken by other questions: (generated, used instead).
    pub renamed: Vec<(String, String)>,
    /// Files rewritten from their parsed content (their comments are lost): "bank", "rubrics".
    pub rewritten: Vec<&'static str>,
}

/// An existing output file that is not YAML kkori can add to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeError {
    /// "bank" or "rubrics".
    pub file: &'static str,
    pub message: String,
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for MergeError {}

/// Merge `draft` into the existing bank and rubrics texts (`None`: no such file yet).
pub fn merge(
    draft: &Draft,
    bank: Option<&str>,
    rubrics: Option<&str>,
) -> Result<Merged, MergeError> {
    let bank_value = bank.map(|t| parse(t, "bank")).transpose()?;
    let rubrics_value = rubrics.map(|t| parse(t, "rubrics")).transpose()?;
    let mut merged = Merged::default();
    let mut draft = draft.clone();

    let existing = bank_value.as_ref().map(|v| items(v, "questions"));
    let existing = existing.unwrap_or_default();
    let existing_ids: HashSet<String> = existing.iter().filter_map(id_of).collect();
    let by_source: HashMap<(String, String), String> = existing
        .iter()
        .filter_map(|q| Some((id_of(q)?, q.get("source")?.as_sequence()?.clone())))
        .flat_map(|(id, sources)| {
            sources.into_iter().filter_map(move |s| {
                let note = s.get("note")?.as_str()?.to_string();
                let heading = s.get("heading")?.as_str()?.to_string();
                Some(((note, heading), id.clone()))
            })
        })
        .collect();

    let from_this_note: HashSet<String> = by_source
        .iter()
        .filter(|((note, _), _)| *note == draft.note)
        .map(|(_, id)| id.clone())
        .collect();

    // Decide each drafted question: kept (under the id it has in the file) or new.
    let mut renames: HashMap<String, String> = HashMap::new();
    let mut new_ids: Vec<String> = Vec::new();
    let mut used: HashSet<String> = existing_ids.clone();
    let mut pending = Vec::new();
    for q in &draft.questions {
        let key = (draft.note.clone(), q.heading.clone());
        if let Some(id) = by_source.get(&key) {
            renames.insert(q.id.clone(), id.clone());
            merged.kept_questions.push(id.clone());
        } else if existing_ids.contains(&q.id) && !from_this_note.contains(&q.id) {
            // The same id, not drafted from another heading of this note: the same question.
            merged.kept_questions.push(q.id.clone());
        } else {
            pending.push(q.id.clone());
        }
    }
    used.extend(renames.values().cloned());
    for id in pending {
        let fresh = unique(&id, |c| used.contains(c));
        used.insert(fresh.clone());
        if fresh != id {
            merged.renamed.push((id.clone(), fresh.clone()));
            renames.insert(id, fresh.clone());
        }
        new_ids.push(fresh);
    }
    for q in &mut draft.questions {
        if let Some(new) = renames.get(&q.id) {
            q.id = new.clone();
        }
        for ask in &mut q.follow_ups {
            if let Some(new) = renames.get(ask.as_str()) {
                *ask = new.clone();
            }
        }
    }
    merged.added_questions = new_ids.clone();

    // The bank: the topic when missing, and the new questions.
    merged.bank = match (bank, &bank_value) {
        (Some(text), Some(value)) => {
            let topics = items(value, "topics");
            let has_topic = topics
                .iter()
                .any(|t| id_of(t).as_deref() == Some(&draft.topic));
            let (questions, _) = draft.items(&new_ids);
            let mut sections: Vec<(&str, Vec<Value>)> = Vec::new();
            if !has_topic {
                sections.push(("topics", vec![to_value(&draft.topic_out())]));
            }
            if !questions.is_empty() {
                sections.push(("questions", questions.iter().map(to_value).collect()));
            }
            add_sections(text, value, &sections, "bank", &mut merged.rewritten)
        }
        _ => Some(draft.bank_yaml()),
    };

    // The rubrics: one for every drafted question whose rubric the file does not have.
    let have: HashSet<String> = rubrics_value
        .as_ref()
        .map(|v| items(v, "rubrics").iter().filter_map(id_of).collect())
        .unwrap_or_default();
    let all_ids: Vec<String> = draft.questions.iter().map(|q| q.id.clone()).collect();
    let (_, all_rubrics) = draft.items(&all_ids);
    for r in &all_rubrics {
        if have.contains(&r.id) {
            merged.kept_rubrics.push(r.id.clone());
        } else {
            merged.added_rubrics.push(r.id.clone());
        }
    }
    merged.rubrics = match (rubrics, &rubrics_value) {
        (Some(text), Some(value)) => {
            let new: Vec<Value> = all_rubrics
                .iter()
                .filter(|r| !have.contains(&r.id))
                .map(to_value)
                .collect();
            let sections = if new.is_empty() {
                Vec::new()
            } else {
                vec![("rubrics", new)]
            };
            add_sections(text, value, &sections, "rubrics", &mut merged.rewritten)
        }
        _ => Some(draft.rubrics_yaml()),
    };
    Ok(merged)
}

fn parse(text: &str, file: &'static str) -> Result<Value, MergeError> {
    let value: Value = serde_yaml::from_str(text).map_err(|e| MergeError {
        file,
        message: format!("it is not valid YAML ({e})"),
    })?;
    match value {
        Value::Null => Ok(Value::Mapping(Mapping::new())),
        Value::Mapping(_) => Ok(value),
        _ => Err(MergeError {
            file,
            message: "it is not a kkori file (expected a mapping with `questions` or `rubrics`)"
                .into(),
        }),
    }
}

fn items(value: &Value, section: &str) -> Vec<Value> {
    value
        .get(section)
        .and_then(Value::as_sequence)
        .cloned()
        .unwrap_or_default()
}

fn id_of(item: &Value) -> Option<String> {
    item.get("id")?.as_str().map(str::to_string)
}

fn to_value<T: Serialize>(item: &T) -> Value {
    serde_yaml::to_value(item).expect("plain data")
}

/// Append `sections`' items to `text`; `None` when there is nothing to add.
fn add_sections(
    text: &str,
    value: &Value,
    sections: &[(&str, Vec<Value>)],
    file: &'static str,
    rewritten: &mut Vec<&'static str>,
) -> Option<String> {
    if sections.is_empty() {
        return None;
    }
    let mut out = text.to_string();
    let mut ok = true;
    for (section, new) in sections {
        match append(&out, section, new) {
            Some(next) => out = next,
            None => ok = false,
        }
    }
    if ok && holds_all(&out, value, sections) {
        return Some(out);
    }
    // The careful way did not work: rebuild from the parsed file, which keeps every item.
    rewritten.push(file);
    let mut value = value.clone();
    let map = value.as_mapping_mut().expect("checked by parse");
    for (section, new) in sections {
        let key = Value::String(section.to_string());
        let entry = map
            .entry(key)
            .or_insert_with(|| Value::Sequence(Vec::new()));
        if !entry.is_sequence() {
            *entry = Value::Sequence(Vec::new());
        }
        if let Value::Sequence(list) = entry {
            list.extend(new.iter().cloned());
        }
    }
    Some(serde_yaml::to_string(&value).expect("plain data"))
}

/// Whether `merged` parses to the old items followed by the new ones, in every section.
fn holds_all(merged: &str, old: &Value, sections: &[(&str, Vec<Value>)]) -> bool {
    let Ok(parsed) = serde_yaml::from_str::<Value>(merged) else {
        return false;
    };
    let mut names: Vec<&str> = vec!["topics", "questions", "rubrics", "glossary"];
    names.retain(|n| !sections.iter().any(|(s, _)| s == n));
    let untouched = names.iter().all(|n| parsed.get(n) == old.get(n));
    untouched
        && sections.iter().all(|(section, new)| {
            let mut expected = items(old, section);
            expected.extend(new.iter().cloned());
            items(&parsed, section) == expected
        })
}

/// Append items to the block-style section `section` of `text`, in its indentation, or add
/// the section at the end. `None` when the section is written in another style.
fn append(text: &str, section: &str, new: &[Value]) -> Option<String> {
    let rendered = serde_yaml::to_string(&new).expect("plain data");
    let lines: Vec<&str> = text.lines().collect();
    let header = lines.iter().position(|line| {
        line.strip_prefix(section)
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some()
    });
    let Some(header) = header else {
        let mut out = text.trim_end().to_string();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&format!("{section}:\n{}", indent(&rendered, 2)));
        return Some(out);
    };
    let after_colon = lines[header][section.len() + 1..].trim();
    if !(after_colon.is_empty() || after_colon.starts_with('#')) {
        return None;
    }
    let end = lines[header + 1..]
        .iter()
        .position(|line| !line.is_empty() && !line.starts_with([' ', '\t', '#', '-']))
        .map_or(lines.len(), |p| p + header + 1);
    let last = (header..end)
        .rev()
        .find(|&i| !lines[i].trim().is_empty() && !lines[i].starts_with('#'))
        .unwrap_or(header);
    let width = lines[header + 1..end]
        .iter()
        .find(|l| l.trim_start().starts_with('-'))
        .map_or(2, |l| l.len() - l.trim_start().len());
    let mut out = String::new();
    for line in &lines[..=last] {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&indent(&rendered, width));
    for line in &lines[last + 1..] {
        out.push_str(line);
        out.push('\n');
    }
    Some(out)
}

fn indent(text: &str, width: usize) -> String {
    let pad = " ".repeat(width);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{pad}{l}\n")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{draft, Options};
    use super::*;

    const NOTE: &str = "## TCP vs UDP\n- TCP는 연결형\n## 스케일업\n- 수직 확장\n";

    #[test]
    fn nothing_existing_gives_full_files() {
        let d = draft("n.md", NOTE, &Options::default());
        let m = merge(&d, None, None).unwrap();
        assert_eq!(m.bank.as_deref(), Some(d.bank_yaml().as_str()));
        assert_eq!(m.added_questions, ["tcp-vs-udp", "n-q2"]);
    }

    #[test]
    fn edits_are_kept_and_new_headings_added() {
        let d = draft("n.md", NOTE, &Options::default());
        let bank = d
            .bank_yaml()
            .replace("TCP와 UDP의 차이를 설명해 주세요.", "내가 고친 질문");
        let bank = format!("# my comment\n{bank}");
        let rubrics = d.rubrics_yaml();
        let more = format!("{NOTE}## 세션\n- 서버에 저장\n");
        let d2 = draft("n.md", &more, &Options::default());
        let m = merge(&d2, Some(&bank), Some(&rubrics)).unwrap();
        let new_bank = m.bank.unwrap();
        assert!(new_bank.starts_with("# my comment\n"));
        assert!(new_bank.contains("내가 고친 질문"));
        assert_eq!(m.kept_questions, ["tcp-vs-udp", "n-q2"]);
        assert_eq!(m.added_questions, ["n-q3"]);
        assert_eq!(m.added_rubrics, ["n-q3"]);
        assert!(m.rewritten.is_empty());
        let (_, problems) = crate::bank::Library::load([
            ("b.yaml", new_bank.into_bytes()),
            ("r.yaml", m.rubrics.unwrap().into_bytes()),
        ]);
        // A draft has no examples yet (check asks for them); nothing else is wrong with it.
        assert!(
            problems
                .iter()
                .all(|p| !p.is_error() && p.to_string().contains("example(s)")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_moved_heading_keeps_its_question_and_a_new_one_gets_a_fresh_id() {
        let d = draft("n.md", "## 가\n## 나\n", &Options::default());
        let bank = d.bank_yaml();
        // A heading inserted first shifts the generated numbers.
        let d2 = draft("n.md", "## 다\n## 가\n## 나\n", &Options::default());
        let m = merge(&d2, Some(&bank), None).unwrap();
        assert_eq!(m.kept_questions, ["n-q1", "n-q2"]);
        assert_eq!(m.added_questions, ["n-q1-2"]);
        assert_eq!(m.renamed, [("n-q1".to_string(), "n-q1-2".to_string())]);
        let rubrics: Vec<&str> = m.added_rubrics.iter().map(String::as_str).collect();
        assert_eq!(rubrics, ["n-q1-2", "n-q1", "n-q2"]);
    }

    #[test]
    fn flow_style_sections_are_rewritten_keeping_items() {
        let d = draft("n.md", NOTE, &Options::default());
        let m = merge(&d, Some("topics: []\nquestions: []\n"), None).unwrap();
        assert_eq!(m.rewritten, ["bank"]);
        let bank: Value = serde_yaml::from_str(m.bank.as_deref().unwrap()).unwrap();
        assert_eq!(items(&bank, "questions").len(), 2);
    }

    #[test]
    fn section_at_column_zero_keeps_its_style() {
        let text = "questions:\n- id: a\n  topic: t\nrubrics: []\n";
        let new = vec![serde_yaml::from_str::<Value>("id: b").unwrap()];
        let out = append(text, "questions", &new).unwrap();
        assert_eq!(
            out,
            "questions:\n- id: a\n  topic: t\n- id: b\nrubrics: []\n"
        );
    }

    #[test]
    fn not_yaml_is_an_error() {
        let d = draft("n.md", NOTE, &Options::default());
        let e = merge(&d, Some("questions: [oops"), None).unwrap_err();
        assert_eq!(e.file, "bank");
    }
}

//! The data model of question banks and rubrics, exactly as it is written in YAML.
//!
//! Every struct denies unknown keys: a misspelt key (`follow_up:` for `follow_ups:`) is an
//! error with a location, never a silently ignored line. Any YAML file may hold any mix of
//! the four top-level sections (`topics`, `questions`, `rubrics`, `glossary`), so a user can
//! keep a small bank in one file and the bundled banks can split by area.

use schemars::JsonSchema;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::localized::Localized;

/// The most sides a rubric may compare: the grader keeps a clause's sides as the bits of a
/// `u32`.
pub const MAX_SIDES: usize = 32;

/// The most words a term may have: the grader reads a term over at most this many words of an
/// answer in a row, so a longer term could never match (`kkori check` says so). Declared with
/// the model, as [`MAX_SIDES`] is, so that validation needs nothing of the grader.
pub const MAX_TERM_WORDS: usize = 10;

/// One YAML file: any mix of the four sections.
#[derive(Debug, Default, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct File {
    /// Topic ids with their labels; questions must name a known topic.
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub rubrics: Vec<Rubric>,
    /// Sets of phrases that mean the same thing in any rubric (Korean, English, variants).
    #[serde(default)]
    #[schemars(with = "Vec<Vec<Term>>")]
    pub glossary: Vec<Vec<String>>,
    /// The ids of items that could not be read (each reported where it is): what refers to
    /// them is not reported again as referring to nothing.
    #[serde(skip)]
    #[schemars(skip)]
    pub unreadable: Vec<String>,
}

/// A subject area (`tcp`, `http`, …) used to choose questions and to track mastery.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub label: Localized,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }

    /// The time a candidate may reasonably take, when a question does not say.
    pub fn default_seconds(self) -> u32 {
        match self {
            Difficulty::Easy => 90,
            Difficulty::Medium => 150,
            Difficulty::Hard => 240,
        }
    }
}

/// Where a question comes from: a note file and one of its headings, verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub note: String,
    pub heading: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub topic: String,
    pub difficulty: Difficulty,
    pub prompt: Localized,
    pub model_answer: Localized,
    #[serde(default)]
    pub source: Vec<Source>,
    /// The rubric's id; when absent, the rubric with the question's own id.
    #[serde(default)]
    pub rubric: Option<String>,
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    /// Asked only as somebody's follow-up, never as a main question.
    #[serde(default)]
    pub follow_up_only: bool,
    /// Suggested answering time in seconds; defaults by difficulty.
    #[serde(default)]
    pub time: Option<u32>,
    /// Written by `kkori import` and not yet reviewed: skipped unless asked for.
    #[serde(default)]
    pub draft: bool,
}

impl Question {
    pub fn rubric_id(&self) -> &str {
        self.rubric.as_deref().unwrap_or(&self.id)
    }

    pub fn seconds(&self) -> u32 {
        self.time
            .unwrap_or_else(|| self.difficulty.default_seconds())
    }
}

/// A follow-up rule: when the answer meets `when`, ask `ask` next.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub when: Condition,
    pub ask: String,
}

/// What an answer must have done for a follow-up to be asked. Written `always` or as a
/// one-key map: `{missed: isn}`, `{score_at_least: 80}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The answer did not show this concept of the question's rubric.
    Missed(String),
    /// The answer showed this concept.
    Mentioned(String),
    /// The answer stated this misconception of the rubric.
    Misconception(String),
    /// Score (0–100) below this.
    ScoreBelow(u8),
    /// Score (0–100) at least this.
    ScoreAtLeast(u8),
    /// Whatever the answer was.
    Always,
}

/// Whether an answer must explain, or may just name things.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Expects {
    /// A bare list of terms is capped below the pass mark.
    #[default]
    Explanation,
    /// Naming the right terms is the answer (e.g. "name the OSI layers").
    Terms,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    pub id: String,
    #[serde(default)]
    pub expects: Expects,
    /// The things a comparison compares, each with the names an answer calls it by
    /// (`{tcp: [TCP], udp: [UDP]}`; glossary variants apply). A concept's `of` or `claims`
    /// then binds its terms to a side: they count only in a clause whose subject is that
    /// side, and said of the other side they are a swapped claim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(with = "BTreeMap<String, Vec<Term>>")]
    pub sides: BTreeMap<String, Vec<String>>,
    pub concepts: Vec<Concept>,
    #[serde(default)]
    pub misconceptions: Vec<Misconception>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// Something a good answer says. Evidenced by any one of `terms`, or by any `together` group.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    pub id: String,
    pub label: Localized,
    #[serde(default = "default_weight")]
    pub weight: u32,
    /// Without it the answer cannot pass, whatever else it says.
    #[serde(default)]
    pub required: bool,
    /// Any one of these, said and not negated, is evidence. The first is the concept's
    /// own word; the rest (and glossary variants) count as aliases.
    #[serde(default)]
    #[schemars(with = "Vec<Term>")]
    pub terms: Vec<String>,
    #[serde(default)]
    pub together: Vec<Together>,
    /// The side (of the rubric's `sides`) that `terms` and `together` are claims about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// Claims bound to each side, for a concept that contrasts them ("TCP connects, UDP
    /// does not"): `{tcp: [연결 지향], udp: [비연결형]}`. Any one, said of its side, is evidence.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(with = "BTreeMap<String, Vec<Term>>")]
    pub claims: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub hint: Option<Localized>,
    #[serde(default)]
    pub feedback: Option<Localized>,
}

fn default_weight() -> u32 {
    1
}

/// Several things that must be said close together: one term of every `all` group said,
/// and one term of every `denied` group said *negated*, within one sentence (or within
/// `within` words, when given).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Together {
    #[serde(default)]
    #[schemars(with = "Vec<Vec<Term>>")]
    pub all: Vec<Vec<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<Vec<Term>>")]
    pub denied: Vec<Vec<String>>,
    #[serde(default)]
    pub within: Option<u32>,
}

/// A wrong statement worth catching, with a penalty and a line that teaches.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Misconception {
    pub id: String,
    #[serde(default)]
    pub label: Option<Localized>,
    #[serde(default)]
    #[schemars(with = "Vec<Term>")]
    pub terms: Vec<String>,
    #[serde(default)]
    pub together: Vec<Together>,
    #[serde(default = "default_penalty")]
    pub penalty: u32,
    pub feedback: Localized,
}

fn default_penalty() -> u32 {
    15
}

impl Misconception {
    /// What a person is shown for this misconception, never its id when there are words:
    /// its label; else its words in `lang` where it has them (`두 번` / `two messages`),
    /// words said together joined by `…`; else its id. Bank text is put on one line.
    pub fn label_in(&self, lang: super::Lang) -> String {
        let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(label) = &self.label {
            return one_line(label.get(lang));
        }
        let korean = lang == super::Lang::Ko;
        let pick = |terms: &[String]| -> Option<String> {
            let in_lang = |t: &&String| t.chars().any(crate::text::is_hangul) == korean;
            terms
                .iter()
                .find(in_lang)
                .or(terms.first())
                .map(|t| one_line(t))
        };
        if let Some(term) = pick(&self.terms) {
            return term;
        }
        if let Some(rule) = self.together.first() {
            let words: Vec<String> = rule.all.iter().filter_map(|g| pick(g)).collect();
            if !words.is_empty() {
                return words.join(" … ");
            }
        }
        self.id.clone()
    }

    /// [`Misconception::label_in`] in both languages, for a grade to carry.
    pub fn labels(&self) -> Localized {
        Localized::new(
            self.label_in(super::Lang::Ko),
            self.label_in(super::Lang::En),
        )
    }
}

/// A sample answer with the grade (0–5) a human interviewer would give it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub answer: String,
    pub grade: u8,
    #[serde(default)]
    pub note: Option<String>,
}

const CONDITIONS: &[&str] = &[
    "missed",
    "mentioned",
    "misconception",
    "score_below",
    "score_at_least",
    "always",
];

/// By hand, because serde_yaml only reads externally tagged enums from text, not from a
/// parsed `Value` (which the item-by-item error path uses), and its message for that case
/// ("expected a Value::Tagged enum") would mean nothing to a bank author.
impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ConditionVisitor)
    }
}

struct ConditionVisitor;

impl<'de> serde::de::Visitor<'de> for ConditionVisitor {
    type Value = Condition;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(
            "`always` or a map with one of `missed`, `mentioned`, `misconception`, `score_below`, `score_at_least`",
        )
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Condition, E> {
        match v {
            "always" => Ok(Condition::Always),
            other => Err(E::unknown_variant(other, CONDITIONS)),
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Condition, A::Error> {
        use serde::de::Error;
        let Some(key) = map.next_key::<String>()? else {
            return Err(A::Error::custom(
                "a condition needs one key, e.g. `{missed: <concept>}`",
            ));
        };
        let condition = match key.as_str() {
            "missed" => Condition::Missed(map.next_value()?),
            "mentioned" => Condition::Mentioned(map.next_value()?),
            "misconception" => Condition::Misconception(map.next_value()?),
            "score_below" => Condition::ScoreBelow(map.next_value()?),
            "score_at_least" => Condition::ScoreAtLeast(map.next_value()?),
            "always" => {
                map.next_value::<serde::de::IgnoredAny>()?;
                Condition::Always
            }
            other => return Err(A::Error::unknown_field(other, CONDITIONS)),
        };
        if map.next_key::<String>()?.is_some() {
            return Err(A::Error::custom(
                "a condition has exactly one key; write two follow-ups for two conditions",
            ));
        }
        Ok(condition)
    }
}

/// By hand, to say what the hand-written deserializer accepts: `always`, or a map with
/// exactly one condition key.
impl JsonSchema for Condition {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = |key: &str, value: serde_json::Value, description: &str| {
            serde_json::json!({
                "type": "object",
                "description": description,
                "properties": { key: value },
                "required": [key],
                "additionalProperties": false,
            })
        };
        let id = serde_json::json!({ "type": "string" });
        let score = serde_json::json!({ "type": "integer", "minimum": 0, "maximum": 100 });
        schemars::json_schema!({
            "description": "When a follow-up is asked: `always`, or a map with one key.",
            "oneOf": [
                { "const": "always", "description": "Whatever the answer was." },
                one("missed", id.clone(), "The answer did not show this concept of the question's rubric."),
                one("mentioned", id.clone(), "The answer showed this concept."),
                one("misconception", id, "The answer stated this misconception of the rubric."),
                one("score_below", score.clone(), "Score (0–100) below this."),
                one("score_at_least", score, "Score (0–100) at least this."),
                one("always", serde_json::json!({}), "Whatever the answer was (map form)."),
            ]
        })
    }
}

/// The schema of a term: YAML reads `200` or `404` as a number, and the loader takes it as
/// the text it was written as, so a status code needs no quotes.
struct Term;

impl JsonSchema for Term {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Term".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A word or phrase to find in an answer (a number such as 404 is read as text).",
            "type": ["string", "number"]
        })
    }
}

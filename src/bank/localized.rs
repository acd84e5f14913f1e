//! Text that may exist in Korean, English or both.
//!
//! Written either as a plain string (`prompt: TCP란?`) or as a map
//! (`prompt: {ko: TCP란?, en: What is TCP?}`). A plain string is taken as Korean when it
//! holds Hangul, English otherwise, so an English-only bank needs no `en:` keys.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// The language of the interface and of the questions asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ko,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Localized {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ko: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Localized {
    pub fn new(ko: impl Into<String>, en: impl Into<String>) -> Self {
        Localized {
            ko: Some(ko.into()),
            en: Some(en.into()),
        }
    }

    /// From a plain string, placed by whether it holds Hangul.
    pub fn plain(text: impl Into<String>) -> Self {
        let text = text.into();
        if text.chars().any(crate::text::is_hangul) {
            Localized {
                ko: Some(text),
                en: None,
            }
        } else {
            Localized {
                ko: None,
                en: Some(text),
            }
        }
    }

    /// The text in `lang`, or in the other language when `lang` is missing.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Ko => (&self.ko, &self.en),
            Lang::En => (&self.en, &self.ko),
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }

    pub fn has(&self, lang: Lang) -> bool {
        match lang {
            Lang::Ko => self.ko.is_some(),
            Lang::En => self.en.is_some(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.ko.as_deref().is_none_or(|s| s.trim().is_empty())
            && self.en.as_deref().is_none_or(|s| s.trim().is_empty())
    }

    /// Every language's text, for matching and searching.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.ko.as_deref().into_iter().chain(self.en.as_deref())
    }
}

/// By hand, to say what the hand-written deserializer accepts: a string, or a map with
/// `ko` and/or `en` and nothing else.
impl schemars::JsonSchema for Localized {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Localized".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text in Korean, English or both: a plain string (Korean when it holds Hangul, English otherwise) or `{ko: …, en: …}`.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "ko": { "type": "string" },
                        "en": { "type": "string" }
                    },
                    "minProperties": 1,
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LocalizedVisitor)
    }
}

struct LocalizedVisitor;

impl<'de> Visitor<'de> for LocalizedVisitor {
    type Value = Localized;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, or a map with `ko` and/or `en` strings")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Localized, E> {
        Ok(Localized::plain(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
        let mut out = Localized::default();
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "ko" => &mut out.ko,
                "en" => &mut out.en,
                other => return Err(de::Error::unknown_field(other, &["ko", "en"])),
            };
            if slot.is_some() {
                return Err(de::Error::duplicate_field(if key == "ko" {
                    "ko"
                } else {
                    "en"
                }));
            }
            *slot = Some(map.next_value()?);
        }
        if out.ko.is_none() && out.en.is_none() {
            return Err(de::Error::custom("expected at least one of `ko` or `en`"));
        }
        Ok(out)
    }
}

//! Turning YAML text into a [`Library`], with every problem located.
//!
//! The fast path is one typed serde parse per file. Only when it fails is the file parsed
//! again item by item, so that *every* broken question or rubric is reported at once, each
//! at its own `line:column`, and the good items of the file still load.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::diagnostic::{suggest_in, Diagnostic};
use super::locate::Positions;
use super::model::{File, Question, Rubric, Topic};
use super::Lang;
use crate::i18n::BankMsg;

/// One loaded file: its name as the user gave it, and its text for locating problems.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    positions: OnceLock<Positions>,
}

impl SourceFile {
    fn new(name: String, text: String) -> Self {
        SourceFile {
            name,
            text,
            positions: OnceLock::new(),
        }
    }

    fn positions(&self) -> &Positions {
        self.positions.get_or_init(|| Positions::of(&self.text))
    }

    /// A file known by name only (read back from the compact form): it locates nothing.
    pub(crate) fn without_text(name: String) -> Self {
        SourceFile::new(name, String::new())
    }

    /// Line and column of the node at `path` (`questions[2].rubric`).
    pub fn at(&self, path: &str) -> (usize, usize) {
        self.positions().node(path)
    }

    /// Line and column of the key of the entry at `path`.
    pub fn key_at(&self, path: &str) -> (usize, usize) {
        self.positions().key(path)
    }

    /// The file name without directory and extension: the bank's name (`network`).
    pub fn stem(&self) -> &str {
        let base = self.name.rsplit(['/', '\\']).next().unwrap_or(&self.name);
        base.split('.').next().unwrap_or(base)
    }
}

/// One file as parsed on its own: the file and its items (unless it was not text), and its
/// problems.
type Parsed = (Option<(SourceFile, File)>, Vec<Diagnostic>);

/// Where an item was written: file number and index in its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub file: usize,
    pub index: usize,
}

/// Every topic, question, rubric and glossary set of the loaded files.
#[derive(Debug, Default)]
pub struct Library {
    pub files: Vec<SourceFile>,
    pub topics: Vec<Topic>,
    pub questions: Vec<Question>,
    pub rubrics: Vec<Rubric>,
    pub glossary: Vec<Vec<String>>,
    pub(crate) topic_origins: Vec<Origin>,
    pub(crate) question_origins: Vec<Origin>,
    pub(crate) rubric_origins: Vec<Origin>,
    pub(crate) glossary_origins: Vec<Origin>,
    question_index: HashMap<String, usize>,
    rubric_index: HashMap<String, usize>,
    /// Ids of questions and rubrics that were written but could not be read (see
    /// [`File::unreadable`]).
    pub(crate) unreadable: std::collections::HashSet<String>,
}

impl Library {
    /// Load files given as (name, bytes). Problems come back as diagnostics; what could be
    /// read is in the library either way.
    pub fn load<N: Into<String>>(
        files: impl IntoIterator<Item = (N, Vec<u8>)>,
    ) -> (Library, Vec<Diagnostic>) {
        Library::load_in(files, Lang::En)
    }

    /// [`Library::load`], with every diagnostic worded in `lang` (serde's own description
    /// of a value it cannot read stays as serde words it).
    pub fn load_in<N: Into<String>>(
        files: impl IntoIterator<Item = (N, Vec<u8>)>,
        lang: Lang,
    ) -> (Library, Vec<Diagnostic>) {
        Library::load_files(files, lang)
    }

    fn load_files<N: Into<String>>(
        files: impl IntoIterator<Item = (N, Vec<u8>)>,
        lang: Lang,
    ) -> (Library, Vec<Diagnostic>) {
        use rayon::prelude::*;
        let files: Vec<(String, Vec<u8>)> = files.into_iter().map(|(n, b)| (n.into(), b)).collect();
        // Each file parsed on any free core: parsing is nearly all of a large bank's load.
        // Collected in order, so items and problems come out as from one thread.
        let parsed: Vec<Parsed> = files
            .into_par_iter()
            .map(|(name, bytes)| {
                let mut problems = Vec::new();
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        let file = SourceFile::new(name, text);
                        let parsed = parse(&file, &mut problems, lang);
                        (Some((file, parsed)), problems)
                    }
                    Err(e) => {
                        let at = line_col(e.as_bytes(), e.utf8_error().valid_up_to());
                        problems.push(Diagnostic::error(name, at, BankMsg::BankNotUtf8.text(lang)));
                        (None, problems)
                    }
                }
            })
            .collect();
        let mut library = Library::default();
        let mut problems = Vec::new();
        for (loaded, more) in parsed {
            problems.extend(more);
            if let Some((file, parsed)) = loaded {
                let i = library.files.len();
                library.files.push(file);
                library.add(i, parsed);
            }
        }
        library.index();
        problems.extend(super::validate::validate(&library, lang));
        (library, problems)
    }

    /// The library read back from [`compact`](super::compact) bytes: no YAML parsed, nothing
    /// validated again (it was when the bytes were written). Its files have no text, so
    /// `locate_*` cannot point at lines; `kkori check` reads the YAML instead.
    pub fn from_compact(bytes: &[u8]) -> Result<Library, super::compact::Unreadable> {
        super::compact::decode(bytes)
    }

    /// [`Library::from_compact`] with only the rubrics of `questions` (ids): the others are
    /// left out, not even decoded. For a command that grades a few known questions.
    pub fn from_compact_for(
        bytes: &[u8],
        questions: &[&str],
    ) -> Result<Library, super::compact::Unreadable> {
        super::compact::decode_some(bytes, Some(questions))
    }

    /// This library in the compact form [`Library::from_compact`] reads.
    pub fn to_compact(&self) -> Vec<u8> {
        super::compact::encode(self)
    }

    pub(crate) fn from_parts(
        files: Vec<SourceFile>,
        topics: Vec<Topic>,
        questions: Vec<Question>,
        rubrics: Vec<Rubric>,
        glossary: Vec<Vec<String>>,
        [topic_origins, question_origins, rubric_origins, glossary_origins]: [Vec<Origin>; 4],
    ) -> Library {
        let mut library = Library {
            files,
            topics,
            questions,
            rubrics,
            glossary,
            topic_origins,
            question_origins,
            rubric_origins,
            glossary_origins,
            ..Library::default()
        };
        library.index();
        library
    }

    fn add(&mut self, file: usize, parsed: File) {
        let origins = |n: usize| (0..n).map(move |index| Origin { file, index });
        self.topic_origins.extend(origins(parsed.topics.len()));
        self.question_origins
            .extend(origins(parsed.questions.len()));
        self.rubric_origins.extend(origins(parsed.rubrics.len()));
        self.glossary_origins.extend(origins(parsed.glossary.len()));
        self.topics.extend(parsed.topics);
        self.questions.extend(parsed.questions);
        self.rubrics.extend(parsed.rubrics);
        self.glossary.extend(parsed.glossary);
        self.unreadable.extend(parsed.unreadable);
    }

    fn index(&mut self) {
        for (i, q) in self.questions.iter().enumerate() {
            self.question_index.entry(q.id.clone()).or_insert(i);
        }
        for (i, r) in self.rubrics.iter().enumerate() {
            self.rubric_index.entry(r.id.clone()).or_insert(i);
        }
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index.get(id).map(|&i| &self.questions[i])
    }

    pub fn rubric(&self, id: &str) -> Option<&Rubric> {
        self.rubric_index.get(id).map(|&i| &self.rubrics[i])
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The bank (file stem) a question was written in.
    pub fn bank_of(&self, question: &str) -> Option<&str> {
        let i = *self.question_index.get(question)?;
        Some(self.files[self.question_origins[i].file].stem())
    }

    /// The names of the banks that hold questions (file names without `.yaml`), sorted.
    pub fn bank_names(&self) -> Vec<&str> {
        let mut banks: Vec<&str> = self
            .questions
            .iter()
            .filter_map(|q| self.bank_of(&q.id))
            .collect();
        banks.sort_unstable();
        banks.dedup();
        banks
    }

    /// "unknown question `x`; did you mean `y`?"
    pub fn unknown_question(&self, id: &str) -> String {
        self.unknown_question_in(id, Lang::En)
    }

    /// [`Library::unknown_question`] worded in `lang`.
    pub fn unknown_question_in(&self, id: &str, lang: Lang) -> String {
        let ids = self.questions.iter().map(|q| q.id.as_str());
        BankMsg::UnknownQuestion.fill(lang, &[id, &suggest_in(id, ids, lang)])
    }

    /// File name and line:column of a part of rubric number `i` (`examples[2].grade`).
    pub fn locate_rubric(&self, i: usize, part: &str) -> (&str, (usize, usize)) {
        let origin = self.rubric_origins[i];
        let file = self.file_of(origin);
        (
            &file.name,
            file.at(&format!("rubrics[{}].{part}", origin.index)),
        )
    }

    /// File name and line:column of a part of question number `i` (`follow_ups[0].ask`).
    pub fn locate_question(&self, i: usize, part: &str) -> (&str, (usize, usize)) {
        let origin = self.question_origins[i];
        let file = self.file_of(origin);
        (
            &file.name,
            file.at(&format!("questions[{}].{part}", origin.index)),
        )
    }

    pub(crate) fn file_of(&self, origin: Origin) -> &SourceFile {
        &self.files[origin.file]
    }
}

/// 1-based line and column of a byte offset.
fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

const SECTIONS: [&str; 4] = ["topics", "questions", "rubrics", "glossary"];

/// Deeper than any bank or rubric file needs (they use about 6 levels). YAML's scanner takes
/// time quadratic in the nesting depth, so a file of nothing but brackets would take minutes
/// to reject; counted first, in one linear pass, it is rejected at once.
pub const MAX_DEPTH: usize = 64;

/// Where the nesting of `text` first goes deeper than [`MAX_DEPTH`], if it does. Syntax
/// errors stop the count: serde reports them.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    use saphyr_parser::{Event, Parser};
    let mut depth = 0usize;
    for item in Parser::new_from_str(text) {
        let (event, span) = match item {
            Ok(item) => item,
            // The scanner's own limit (255 levels of brackets) is reached before the events
            // of the first level come out: too deep all the same.
            Err(e) if e.info().contains("recursion limit") => {
                let at = e.marker();
                return Some((at.line(), at.col() + 1));
            }
            Err(_) => return None,
        };
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some((span.start.line(), span.start.col() + 1));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn parse(file: &SourceFile, problems: &mut Vec<Diagnostic>, lang: Lang) -> File {
    if file.text.trim().is_empty() {
        problems.push(Diagnostic::warning(
            &file.name,
            (1, 1),
            BankMsg::EmptyBankFile.text(lang),
        ));
        return File::default();
    }
    if let Some(at) = too_deep(&file.text) {
        let message = BankMsg::NestedTooDeep.fill(lang, &[&MAX_DEPTH.to_string()]);
        problems.push(Diagnostic::error(&file.name, at, message));
        return File::default();
    }
    match serde_yaml::from_str::<Option<File>>(&file.text) {
        Ok(parsed) => {
            let parsed = parsed.unwrap_or_default();
            if parsed.topics.is_empty()
                && parsed.questions.is_empty()
                && parsed.rubrics.is_empty()
                && parsed.glossary.is_empty()
            {
                problems.push(Diagnostic::warning(
                    &file.name,
                    (1, 1),
                    BankMsg::EmptyBankFile.text(lang),
                ));
            }
            parsed
        }
        Err(first) => {
            let before = problems.len();
            let parsed = parse_items(file, problems, lang);
            if problems.len() == before {
                let at = first.location().map_or((0, 0), |l| (l.line(), l.column()));
                problems.push(Diagnostic::error(&file.name, at, clean(&first.to_string())));
            }
            parsed
        }
    }
}

/// The slow path: each item on its own, every error collected.
fn parse_items(file: &SourceFile, problems: &mut Vec<Diagnostic>, lang: Lang) -> File {
    let mut parsed = File::default();
    let value: Value = match serde_yaml::from_str(&file.text) {
        Ok(value) => value,
        Err(e) => {
            let at = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            let message = BankMsg::InvalidYaml.fill(lang, &[&clean(&e.to_string())]);
            problems.push(Diagnostic::error(&file.name, at, message));
            return parsed;
        }
    };
    let Value::Mapping(sections) = value else {
        problems.push(Diagnostic::error(
            &file.name,
            (1, 1),
            BankMsg::ExpectedMapping.text(lang),
        ));
        return parsed;
    };
    for (key, value) in sections {
        let name = key.as_str().unwrap_or("?").to_string();
        match name.as_str() {
            "topics" => {
                parsed.topics = items(file, &name, value, &mut parsed.unreadable, problems, lang)
            }
            "questions" => {
                parsed.questions = items(file, &name, value, &mut parsed.unreadable, problems, lang)
            }
            "rubrics" => {
                parsed.rubrics = items(file, &name, value, &mut parsed.unreadable, problems, lang)
            }
            "glossary" => {
                parsed.glossary = items(file, &name, value, &mut parsed.unreadable, problems, lang)
            }
            _ => {
                let hint = suggest_or_list(&name, &SECTIONS, lang);
                let message = BankMsg::UnknownSection.fill(lang, &[&name, &hint]);
                problems.push(Diagnostic::error(&file.name, file.key_at(&name), message))
            }
        }
    }
    parsed
}

fn items<T: DeserializeOwned>(
    file: &SourceFile,
    section: &str,
    value: Value,
    unreadable: &mut Vec<String>,
    problems: &mut Vec<Diagnostic>,
    lang: Lang,
) -> Vec<T> {
    let list = match value {
        Value::Sequence(list) => list,
        Value::Null => return Vec::new(),
        _ => {
            problems.push(Diagnostic::error(
                &file.name,
                file.at(section),
                BankMsg::MustBeList.fill(lang, &[section]),
            ));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, item) in list.into_iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map(str::to_string);
        // Read from YAML text, as the whole file was: a `Value` would refuse what the text
        // allows (a plain scalar `401` where a string is expected).
        let text = serde_yaml::to_string(&item).unwrap_or_default();
        match serde_path_to_error::deserialize::<_, T>(serde_yaml::Deserializer::from_str(&text)) {
            Ok(item) => out.push(item),
            Err(e) => {
                unreadable.extend(id);
                let inner = e.path().to_string();
                let path = match inner.as_str() {
                    "." | "" => format!("{section}[{i}]"),
                    rest if rest.starts_with('[') => format!("{section}[{i}]{rest}"),
                    rest => format!("{section}[{i}].{rest}"),
                };
                let message = clean(&e.into_inner().to_string());
                let at = match unknown_key(&message) {
                    Some(key) => file.key_at(&format!("{path}.{key}")),
                    None => file.at(&path),
                };
                problems.push(Diagnostic::error(&file.name, at, improve(&message, lang)));
            }
        }
    }
    out
}

/// Drop serde_yaml's own place, a leading `path.to[2].key: ` and a trailing " at line N
/// column M": the diagnostic carries the place.
fn clean(message: &str) -> String {
    let message = match message.split_once(": ") {
        Some((path, rest)) if !path.is_empty() && !path.contains(char::is_whitespace) => rest,
        _ => message,
    };
    match message.find(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}

fn unknown_key(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

/// serde's wording, made plainer and put in `lang` where kkori knows the sentence:
/// "unknown key `follow_up`; did you mean `follow_ups`?". Other messages stay serde's.
fn improve(message: &str, lang: Lang) -> String {
    if let Some(key) = unknown_key(message) {
        let expected: Vec<&str> = message.split('`').skip(3).step_by(2).collect();
        let hint = suggest_or_list(key, &expected, lang);
        return BankMsg::UnknownKey.fill(lang, &[key, &hint]);
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return BankMsg::MissingKey.fill(lang, &[rest]);
    }
    // "unknown variant `impossible`, expected one of `easy`, `medium`, `hard`"
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = message.split('`').skip(3).step_by(2).collect();
        let hint = suggest_or_list(value, &expected, lang);
        return BankMsg::UnknownValue.fill(lang, &[value, &hint]);
    }
    message.to_string()
}

fn suggest_or_list(wanted: &str, expected: &[&str], lang: Lang) -> String {
    let suggestion = suggest_in(wanted, expected.iter().copied(), lang);
    if !suggestion.is_empty() || expected.is_empty() {
        return suggestion;
    }
    let list: Vec<String> = expected.iter().map(|e| format!("`{e}`")).collect();
    BankMsg::ExpectedOneOf.fill(lang, &[&list.join(", ")])
}

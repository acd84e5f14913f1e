//! How well computed scores agree with human grades.
//!
//! Used by `kkori eval` on a labelled file and by `kkori check` on the examples inside
//! rubrics. The figures are the ones a reader of an automated-grading paper would ask for:
//! correlation (Pearson, Spearman), agreement on the 0–5 scale (quadratic weighted kappa,
//! mean absolute error) and on the decision that matters in an interview (pass/fail).

use serde::{Deserialize, Serialize};

use crate::bank::{locate::Positions, Diagnostic, Library, Rubric};
use crate::grade::{grade_of, Grader, PASS_GRADE, PASS_SCORE};
use crate::text::{fold, nfc};

/// One labelled answer as written in a labels file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub question: String,
    pub answer: String,
    pub grade: u8,
    /// What sort of answer it is (`strong`, `partial`, `swapped`, `negation` …), so that
    /// agreement can be reported per kind: a grader that is right on average can still
    /// pass every swapped comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Kinds of answer that are wrong at their core: none of them should pass.
pub const ADVERSARIAL_KINDS: &[&str] = &[
    "swapped",
    "english-swapped",
    "negation",
    "misconception",
    "keyword-list",
    "off-topic",
];

/// One answer, its human grade and the computed score.
#[derive(Debug, Clone, Serialize)]
pub struct Sample {
    pub question: String,
    pub answer: String,
    pub expected: u8,
    pub score: u8,
    pub grade: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The labels file (or rubric file) and line it came from.
    pub file: String,
    pub line: usize,
}

impl Sample {
    /// How far apart the two are, in grade points on a continuous scale.
    pub fn gap(&self) -> f64 {
        (self.score as f64 / 20.0 - self.expected as f64).abs()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Metrics {
    pub n: usize,
    pub pearson: f64,
    pub spearman: f64,
    pub kappa: f64,
    pub mae: f64,
    pub pass_agreement: f64,
}

/// Parse a labels file: a YAML list of `{question, answer, grade}`. Unknown question ids and
/// grades outside 0–5 are errors naming the line, worded in `lang`.
pub fn parse_labels(
    name: &str,
    text: &str,
    library: &Library,
    lang: crate::bank::Lang,
) -> Result<Vec<Located>, Vec<Diagnostic>> {
    let labels: Vec<Label> = match serde_yaml::from_str::<Option<Vec<Label>>>(text) {
        Ok(labels) => labels.unwrap_or_default(),
        Err(e) => {
            let at = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            let message = e.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            return Err(vec![Diagnostic::error(name, at, message)]);
        }
    };
    let positions = Positions::of(text);
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for (i, label) in labels.into_iter().enumerate() {
        let at = positions.node(&format!("[{i}]"));
        if library.question(&label.question).is_none() {
            let at = positions.node(&format!("[{i}].question"));
            problems.push(Diagnostic::error(
                name,
                at,
                library.unknown_question_in(&label.question, lang),
            ));
        } else if label.grade > 5 {
            let at = positions.node(&format!("[{i}].grade"));
            problems.push(Diagnostic::error(
                name,
                at,
                crate::i18n::BankMsg::ExampleGradeOutOfRange
                    .fill(lang, &[&label.grade.to_string()]),
            ));
        } else {
            out.push(Located {
                label,
                file: name.to_string(),
                line: at.0,
            });
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A label with the file and line it was read from.
#[derive(Debug, Clone)]
pub struct Located {
    pub label: Label,
    pub file: String,
    pub line: usize,
}

/// Grade every labelled answer with `score`, on every core; the samples keep the labels'
/// order.
pub fn samples(labels: &[Located], score: impl Fn(&str, &str) -> u8 + Sync) -> Vec<Sample> {
    use rayon::prelude::*;
    labels
        .par_iter()
        .map(|Located { label, file, line }| {
            let s = score(&label.question, &label.answer);
            Sample {
                question: label.question.clone(),
                answer: label.answer.clone(),
                expected: label.grade,
                score: s,
                grade: grade_of(s),
                kind: label.kind.clone(),
                file: file.clone(),
                line: *line,
            }
        })
        .collect()
}

/// The engine's score for a labelled answer.
pub fn engine_score(library: &Library, grader: &Grader, question: &str, answer: &str) -> u8 {
    library
        .question(question)
        .and_then(|q| grader.grade(q, answer))
        .map_or(0, |g| g.score)
}

/// The naive matcher, for comparison: the unweighted share of concepts for which any term
/// appears as an exact (case-folded) substring of the answer. No particles, spacing, typos,
/// glossary, negation or structure.
pub fn naive_score(rubric: &Rubric, answer: &str) -> u8 {
    let answer = fold(&nfc(answer));
    let concepts = &rubric.concepts;
    if concepts.is_empty() {
        return 0;
    }
    let said = |term: &String| !term.trim().is_empty() && answer.contains(&fold(term));
    let hit = concepts
        .iter()
        .filter(|c| {
            c.terms.iter().any(said)
                || c.together
                    .iter()
                    .flat_map(|t| t.all.iter().flatten())
                    .any(said)
        })
        .count();
    ((100 * hit + concepts.len() / 2) / concepts.len()) as u8
}

pub fn metrics(samples: &[Sample]) -> Metrics {
    let scores: Vec<f64> = samples.iter().map(|s| s.score as f64).collect();
    let expected: Vec<f64> = samples.iter().map(|s| s.expected as f64).collect();
    let n = samples.len();
    let agree = samples
        .iter()
        .filter(|s| (s.expected >= PASS_GRADE) == (s.score >= PASS_SCORE))
        .count();
    let mae = samples
        .iter()
        .map(|s| s.grade.abs_diff(s.expected) as f64)
        .sum::<f64>()
        / n.max(1) as f64;
    Metrics {
        n,
        pearson: pearson(&scores, &expected),
        spearman: pearson(&ranks(&scores), &ranks(&expected)),
        kappa: quadratic_kappa(samples),
        mae,
        pass_agreement: agree as f64 / n.max(1) as f64,
    }
}

/// Agreement for one kind of answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindFigures {
    pub kind: String,
    pub n: usize,
    /// Mean kkori score (0–100) and mean human grade (0–5).
    pub mean_score: f64,
    pub mean_grade: f64,
    /// Mean of (score − 20 × human grade): positive when kkori is too generous.
    pub mean_error: f64,
    pub pass_agreement: f64,
    /// Answers scoring at or above the pass mark.
    pub passed: usize,
    pub adversarial: bool,
}

/// Figures per kind of answer, in the order kinds first appear; answers without a kind are
/// left out.
pub fn per_kind(samples: &[Sample]) -> Vec<KindFigures> {
    let mut kinds: Vec<&str> = Vec::new();
    for s in samples {
        if let Some(k) = s.kind.as_deref() {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    kinds
        .into_iter()
        .map(|kind| {
            let of: Vec<&Sample> = samples
                .iter()
                .filter(|s| s.kind.as_deref() == Some(kind))
                .collect();
            let n = of.len();
            let error: f64 = of
                .iter()
                .map(|s| s.score as f64 - 20.0 * s.expected as f64)
                .sum();
            let agree = of
                .iter()
                .filter(|s| (s.expected >= PASS_GRADE) == (s.score >= PASS_SCORE))
                .count();
            KindFigures {
                kind: kind.to_string(),
                n,
                mean_score: of.iter().map(|s| s.score as f64).sum::<f64>() / n.max(1) as f64,
                mean_grade: of.iter().map(|s| s.expected as f64).sum::<f64>() / n.max(1) as f64,
                mean_error: error / n.max(1) as f64,
                pass_agreement: agree as f64 / n.max(1) as f64,
                passed: of.iter().filter(|s| s.score >= PASS_SCORE).count(),
                adversarial: ADVERSARIAL_KINDS.contains(&kind),
            }
        })
        .collect()
}

/// The `count` samples that disagree most, worst first.
pub fn worst(samples: &[Sample], count: usize) -> Vec<Sample> {
    let mut sorted = samples.to_vec();
    sorted.sort_by(|a, b| b.gap().total_cmp(&a.gap()).then(a.line.cmp(&b.line)));
    sorted.truncate(count);
    sorted
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    if x.len() < 2 {
        return 0.0;
    }
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    if vx == 0.0 || vy == 0.0 {
        return 0.0;
    }
    cov / (vx.sqrt() * vy.sqrt())
}

/// Ranks from 1, ties sharing their mean rank.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut out = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            out[k] = rank;
        }
        i = j + 1;
    }
    out
}

/// Cohen's kappa with quadratic weights over the six grades 0–5.
fn quadratic_kappa(samples: &[Sample]) -> f64 {
    const K: usize = 6;
    let n = samples.len() as f64;
    if samples.is_empty() {
        return 0.0;
    }
    let mut observed = [[0.0f64; K]; K];
    let (mut row, mut col) = ([0.0f64; K], [0.0f64; K]);
    for s in samples {
        let (a, b) = (s.expected.min(5) as usize, s.grade.min(5) as usize);
        observed[a][b] += 1.0;
        row[a] += 1.0;
        col[b] += 1.0;
    }
    let (mut num, mut den) = (0.0, 0.0);
    for i in 0..K {
        for j in 0..K {
            let w = ((i as f64 - j as f64) / (K as f64 - 1.0)).powi(2);
            num += w * observed[i][j];
            den += w * row[i] * col[j] / n;
        }
    }
    if den == 0.0 {
        1.0
    } else {
        1.0 - num / den
    }
}

/// Rubric examples graded like labels: (rubric index, example index, sample).
/// Rubrics are compiled and graded on every core, the samples kept in rubric order.
pub fn examples(library: &Library, grader: &Grader) -> Vec<(usize, usize, Sample)> {
    use rayon::prelude::*;
    let per_rubric: Vec<Vec<(usize, usize, Sample)>> = library
        .rubrics
        .par_iter()
        .enumerate()
        .map(|(r, rubric)| rubric_examples(library, grader, r, rubric))
        .collect();
    per_rubric.into_iter().flatten().collect()
}

fn rubric_examples(
    library: &Library,
    grader: &Grader,
    r: usize,
    rubric: &Rubric,
) -> Vec<(usize, usize, Sample)> {
    let Some(compiled) = grader.compile(&rubric.id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (e, example) in rubric.examples.iter().enumerate() {
        let score = compiled.grade(&example.answer).score;
        let (file, (line, _)) = library.locate_rubric(r, &format!("examples[{e}]"));
        let sample = Sample {
            question: rubric.id.clone(),
            answer: example.answer.clone(),
            expected: example.grade,
            score,
            grade: grade_of(score),
            kind: None,
            file: file.to_string(),
            line,
        };
        out.push((r, e, sample));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(expected: u8, score: u8) -> Sample {
        Sample {
            question: "q".into(),
            answer: String::new(),
            expected,
            score,
            grade: grade_of(score),
            kind: None,
            file: String::new(),
            line: 0,
        }
    }

    #[test]
    fn perfect_agreement() {
        let s: Vec<Sample> = [(0, 0), (2, 40), (3, 65), (5, 95)]
            .iter()
            .map(|&(e, sc)| sample(e, sc))
            .collect();
        let m = metrics(&s);
        assert!((m.pearson - 0.99).abs() < 0.02, "{m:?}");
        assert!(
            (m.spearman - 1.0).abs() < 1e-9 && (m.kappa - 1.0).abs() < 1e-9,
            "{m:?}"
        );
        assert_eq!(m.mae, 0.0);
        assert_eq!(m.pass_agreement, 1.0);
    }

    #[test]
    fn reversed_order_is_negative() {
        let s: Vec<Sample> = [(0, 100), (5, 0), (3, 20)]
            .iter()
            .map(|&(e, sc)| sample(e, sc))
            .collect();
        let m = metrics(&s);
        assert!(
            m.pearson < -0.9 && m.spearman < -0.9 && m.kappa < 0.0,
            "{m:?}"
        );
        assert!((m.pass_agreement - 0.0).abs() < 1e-9);
    }

    #[test]
    fn ties_share_ranks() {
        assert_eq!(ranks(&[3.0, 1.0, 3.0]), [2.5, 1.0, 2.5]);
    }
}

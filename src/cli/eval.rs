//! `kkori eval`: agreement of computed scores with hand-graded answers.

use std::path::PathBuf;

use kkori::bank::Lang;
use kkori::eval::{self, Located, Metrics, Sample};
use kkori::grade::Grader;
use kkori::i18n::Msg;

use super::failure::{Action, Error, Result, USER};
use super::{library, out, store, Context, Format};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "A labels file is a YAML list of {question: <id>, answer: <text>, grade: <0-5>}.\n\nExamples:\n  kkori eval tests/fixtures/labelled-answers.yaml --baseline\n  kkori eval labels.yaml --format json"
)]
pub struct Args {
    /// Labelled answer files, or folders of them (every `.yaml`/`.yml` inside, in name order).
    #[arg(required = true)]
    labels: Vec<PathBuf>,

    /// Also report the same figures for a naive matcher (exact substrings, unweighted).
    #[arg(long)]
    baseline: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    let lib = library::load(&ctx.banks)?;
    let mut labels: Vec<Located> = Vec::new();
    let mut failed = false;
    for path in &label_files(&args.labels)? {
        let text = store::read_text(path)?;
        let name = path.display().to_string();
        match eval::parse_labels(&name, &text, &lib, ctx.lang) {
            Ok(parsed) => labels.extend(parsed),
            Err(problems) => {
                failed = true;
                for p in problems {
                    eprintln!("{p}");
                }
            }
        }
    }
    if failed {
        return Err(Error::Reported { code: USER });
    }
    if labels.is_empty() {
        return Err(Error::NoLabels);
    }
    let grader = Grader::new(&lib);
    let engine = eval::samples(&labels, |q, a| eval::engine_score(&lib, &grader, q, a));
    let baseline = args.baseline.then(|| {
        eval::samples(&labels, |q, a| {
            let question = lib.question(q).expect("labels were checked");
            lib.rubric(question.rubric_id())
                .map_or(0, |r| eval::naive_score(r, a))
        })
    });
    let questions = labels
        .iter()
        .map(|l| l.label.question.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let worst = eval::worst(&engine, 10);
    let kinds = eval::per_kind(&engine);
    let engine_metrics = eval::metrics(&engine);
    let baseline_metrics = baseline.as_deref().map(eval::metrics);
    match args.format {
        Format::Json => {
            let json = serde_json::json!({
                "answers": engine.len(),
                "questions": questions,
                "kkori": engine_metrics,
                "baseline": baseline_metrics,
                "kinds": kinds,
                "worst": worst,
            });
            out(&serde_json::to_string_pretty(&json).map_err(|e| Error::internal(e.to_string()))?)
        }
        Format::Text => {
            let lang = ctx.lang;
            out(&Msg::EvalAnswers.fill(lang, &[&engine.len().to_string(), &questions.to_string()]))?;
            out(Msg::EvalMatcherHeader.text(lang))?;
            out(&row("kkori", &engine_metrics))?;
            if let Some(m) = &baseline_metrics {
                out(&row("naive", m))?;
            }
            if !kinds.is_empty() {
                out(&format!("\n{}", Msg::EvalKindHeader.text(lang)))?;
                for k in &kinds {
                    let mark = if k.adversarial && k.passed > 0 {
                        Msg::EvalShouldNotPass.text(lang)
                    } else {
                        ""
                    };
                    out(&format!(
                        "{:<16} {:>4}  {:>5.2}  {:>5.1}  {:>+10.1}  {:>8.1}%  {:>6}{mark}",
                        k.kind,
                        k.n,
                        k.mean_grade,
                        k.mean_score,
                        k.mean_error,
                        k.pass_agreement * 100.0,
                        k.passed
                    ))?;
                }
            }
            out(&format!("\n{}", Msg::EvalWorst.text(lang)))?;
            for s in &worst {
                out(&worst_line(s, lang))?;
            }
            Ok(())
        }
    }
}

/// The files named, with folders opened to the YAML files inside them (and in their
/// sub-folders), in name order.
fn label_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut inside = Vec::new();
        yaml_files(path, &mut inside)?;
        if inside.is_empty() {
            return Err(Error::NoLabelFiles { dir: path.clone() });
        }
        inside.sort();
        files.extend(inside);
    }
    Ok(files)
}

fn yaml_files(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> Result {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(Action::Read, dir, &e))?;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.is_dir() {
            yaml_files(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(path);
        }
    }
    Ok(())
}

fn row(name: &str, m: &Metrics) -> String {
    format!(
        "{name:<8} {:>7}  {:>7.3}  {:>8.3}  {:>5.3}  {:>5.2}  {:>8.1}%",
        m.n,
        m.pearson,
        m.spearman,
        m.kappa,
        m.mae,
        m.pass_agreement * 100.0
    )
}

fn worst_line(s: &Sample, lang: Lang) -> String {
    let answer: String = s
        .answer
        .chars()
        .take(70)
        .collect::<String>()
        .replace('\n', " ");
    let ellipsis = if s.answer.chars().count() > 70 {
        "…"
    } else {
        ""
    };
    format!(
        "  {}:{}  {}  {} {}, kkori {} ({} {})  \"{answer}{ellipsis}\"",
        s.file,
        s.line,
        s.question,
        Msg::EvalHuman.text(lang),
        s.expected,
        s.grade,
        Msg::EvalScore.text(lang),
        s.score
    )
}

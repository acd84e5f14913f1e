//! `kkori list`: browse the banks. Topics with how many questions each has; with `--topic`,
//! the questions of a topic (id, difficulty, prompt, how deep its follow-up chain goes).

use kkori::bank::{Difficulty, Lang, Library, Question};
use kkori::history::progress::text_table;
use kkori::i18n::Msg;

use super::failure::{Error, Result};
use super::words::closest;
use super::{library, out, Context, Format};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori list\n  kkori list --topic tcp\n  kkori --lang en list --topic tcp --format json"
)]
pub struct Args {
    /// List the questions of this topic (an id from `kkori list`).
    #[arg(long)]
    topic: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(ctx: &Context, args: Args) -> Result {
    let lib = library::load_in(&ctx.banks, ctx.lang)?;
    match &args.topic {
        None => topics(&lib, ctx.lang, args.format),
        Some(topic) => questions(&lib, topic, ctx.lang, args.format),
    }
}

fn topics(lib: &Library, lang: Lang, format: Format) -> Result {
    let rows: Vec<(String, String, usize, usize)> = lib
        .topics
        .iter()
        .map(|t| {
            let of = || lib.questions.iter().filter(|q| q.topic == t.id);
            let main = of().filter(|q| !q.follow_up_only).count();
            (
                t.id.clone(),
                t.label.get(lang).to_string(),
                main,
                of().count() - main,
            )
        })
        .collect();
    if format == Format::Json {
        let json: Vec<serde_json::Value> = rows
            .iter()
            .map(|(id, label, main, follow)| {
                serde_json::json!({
                    "id": id, "label": label, "questions": main, "follow_ups": follow,
                })
            })
            .collect();
        return out(&pretty(&json)?);
    }
    let header = [
        Msg::Topic.text(lang).to_string(),
        Msg::Name.text(lang).to_string(),
        Msg::MainQuestions.text(lang).to_string(),
        Msg::FollowUpQuestions.text(lang).to_string(),
    ];
    let table: Vec<[String; 4]> = rows
        .into_iter()
        .map(|(id, label, main, follow)| [id, label, main.to_string(), follow.to_string()])
        .collect();
    out(&text_table(&header, &table, &[false, false, true, true]))?;
    out(&format!("\n{}", Msg::ListTopicHint.text(lang)))
}

fn questions(lib: &Library, topic: &str, lang: Lang, format: Format) -> Result {
    if lib.topic(topic).is_none() {
        return Err(unknown_topic(lib, topic));
    }
    let of: Vec<&Question> = lib.questions.iter().filter(|q| q.topic == topic).collect();
    if format == Format::Json {
        let json: Vec<serde_json::Value> = of
            .iter()
            .map(|q| {
                serde_json::json!({
                    "id": q.id,
                    "difficulty": q.difficulty.as_str(),
                    "prompt": q.prompt.get(lang),
                    "follow_up_depth": depth(lib, q),
                    "follow_up_only": q.follow_up_only,
                    "draft": q.draft,
                })
            })
            .collect();
        return out(&pretty(&json)?);
    }
    let header = [
        Msg::Id.text(lang).to_string(),
        Msg::Difficulty.text(lang).to_string(),
        Msg::FollowUpDepth.text(lang).to_string(),
        Msg::Question.text(lang).to_string(),
    ];
    let table: Vec<[String; 4]> = of
        .iter()
        .map(|q| {
            let mark = if q.follow_up_only { "↳ " } else { "" };
            [
                format!("{mark}{}", q.id),
                difficulty(q.difficulty, lang).to_string(),
                depth(lib, q).to_string(),
                q.prompt.get(lang).replace('\n', " "),
            ]
        })
        .collect();
    out(&text_table(&header, &table, &[false, false, true, false]))?;
    out(&format!("\n{}", Msg::ListQuestionsHint.text(lang)))
}

/// How many follow-ups can come after `q` one after another (0: none). Cycles and missing
/// questions end a chain.
fn depth(lib: &Library, q: &Question) -> usize {
    fn walk<'a>(lib: &'a Library, q: &'a Question, seen: &mut Vec<&'a str>) -> usize {
        seen.push(&q.id);
        let mut deepest = 0;
        for next in q.follow_ups.iter().filter_map(|f| lib.question(&f.ask)) {
            if !seen.contains(&next.id.as_str()) {
                deepest = deepest.max(1 + walk(lib, next, seen));
            }
        }
        seen.pop();
        deepest
    }
    walk(lib, q, &mut Vec::new())
}

fn difficulty(d: Difficulty, lang: Lang) -> &'static str {
    Msg::difficulty(d).text(lang)
}

fn pretty(json: &[serde_json::Value]) -> Result<String> {
    serde_json::to_string_pretty(json).map_err(|e| Error::internal(e.to_string()))
}

/// "unknown topic `tpc`; did you mean `tcp`?", else the list of topics.
pub fn unknown_topic(lib: &Library, topic: &str) -> Error {
    let ids: Vec<&str> = lib.topics.iter().map(|t| t.id.as_str()).collect();
    Error::UnknownTopic {
        topic: topic.to_string(),
        suggestion: closest(topic, ids.iter().copied()),
        valid: ids.iter().map(|t| t.to_string()).collect(),
    }
}

//! A large bank for measuring: the bundled banks copied N times with new ids (question and
//! rubric ids get `-c<k>`), so nobody commits a 80 MB file. 40 copies are 10,080 questions.
//!
//! `cargo run --release --example big-bank -- 40 /tmp/big` writes `/tmp/big/*.yaml`; the
//! criterion benches (`benches/speed.rs`) include this file and write to a temp dir.

#![allow(dead_code)]

use std::path::Path;

use kkori::bank::File;

/// The questions of the bundled banks, copies to make a bank of about `questions`.
pub fn copies_for(questions: usize) -> usize {
    let bundled: usize = kkori::bundled::FILES
        .iter()
        .map(|(_, text)| parse(text).questions.len())
        .sum();
    questions.div_ceil(bundled.max(1))
}

fn parse(text: &str) -> File {
    serde_yaml::from_str::<Option<File>>(text)
        .expect("the bundled banks parse")
        .unwrap_or_default()
}

/// Write `copies` copies of every bundled file into `dir` (topics and glossary once, since
/// a topic defined twice is an error), as block YAML like the originals.
pub fn write(dir: &Path, copies: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, text) in kkori::bundled::FILES {
        let stem = name
            .rsplit('/')
            .next()
            .unwrap_or(name)
            .trim_end_matches(".yaml");
        let kind = if name.starts_with("rubrics/") {
            "rubrics"
        } else {
            "bank"
        };
        let original = parse(text);
        for k in 0..copies {
            let mut file = original.clone();
            if k > 0 {
                file.topics.clear();
                file.glossary.clear();
            }
            if file.topics.is_empty()
                && file.questions.is_empty()
                && file.rubrics.is_empty()
                && file.glossary.is_empty()
            {
                continue;
            }
            let suffix = |id: &str| format!("{id}-c{k}");
            for q in &mut file.questions {
                q.rubric = Some(suffix(q.rubric_id()));
                q.id = suffix(&q.id);
                for f in &mut q.follow_ups {
                    f.ask = suffix(&f.ask);
                }
            }
            for r in &mut file.rubrics {
                r.id = suffix(&r.id);
            }
            // Through JSON: the model writes a condition as `{missed: id}` there, the form
            // the loader reads (serde_yaml would write a YAML tag).
            let value = serde_json::to_value(&file).expect("the model serialises");
            let yaml = serde_yaml::to_string(&value).expect("JSON values write as YAML");
            std::fs::write(dir.join(format!("{stem}-{kind}-c{k:03}.yaml")), yaml)?;
        }
    }
    Ok(())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let copies: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| copies_for(10_000));
    let dir = args.next().unwrap_or_else(|| "/tmp/kkori-big-bank".into());
    write(Path::new(&dir), copies).expect("the directory is writable");
    eprintln!("wrote {copies} copies of the bundled banks to {dir}");
}

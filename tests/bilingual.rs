//! The bundled banks speak both languages: with `--lang en` nothing a candidate reads falls
//! back to Korean, and with the default nothing falls back to English.

use kkori::bank::{Lang, Library, Localized};

fn bundled() -> Library {
    let files = kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()));
    Library::load(files).0
}

/// Every text a candidate or interviewer reads, named by where it is.
fn texts(library: &Library) -> Vec<(String, &Localized)> {
    let mut texts = Vec::new();
    for t in &library.topics {
        texts.push((format!("topic {}", t.id), &t.label));
    }
    for q in &library.questions {
        texts.push((format!("{} prompt", q.id), &q.prompt));
        texts.push((format!("{} model_answer", q.id), &q.model_answer));
    }
    for r in &library.rubrics {
        for c in &r.concepts {
            let at = format!("{}/{}", r.id, c.id);
            texts.push((format!("{at} label"), &c.label));
            texts.extend(c.hint.iter().map(|h| (format!("{at} hint"), h)));
            texts.extend(c.feedback.iter().map(|f| (format!("{at} feedback"), f)));
        }
        for m in &r.misconceptions {
            let at = format!("{}/{}", r.id, m.id);
            texts.extend(m.label.iter().map(|l| (format!("{at} label"), l)));
            texts.push((format!("{at} feedback"), &m.feedback));
        }
    }
    texts
}

#[test]
fn every_text_of_the_bundled_banks_is_in_korean_and_english() {
    let library = bundled();
    let texts = texts(&library);
    assert!(texts.len() > 1_000, "only {} texts found", texts.len());
    let missing: Vec<String> = texts
        .iter()
        .filter_map(|(at, text)| {
            let lacks: Vec<&str> = [Lang::Ko, Lang::En]
                .into_iter()
                .filter(|&lang| !text.has(lang) || text.get(lang).trim().is_empty())
                .map(Lang::as_str)
                .collect();
            (!lacks.is_empty()).then(|| format!("{at}: no {}", lacks.join(", ")))
        })
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn english_texts_are_english() {
    // A Korean sentence pasted under `en:` would pass the test above.
    let library = bundled();
    let korean: Vec<String> = texts(&library)
        .iter()
        .filter(|(_, text)| {
            let en = text.get(Lang::En);
            let hangul = en.chars().filter(|&c| kkori::text::is_hangul(c)).count();
            hangul * 5 > en.chars().count()
        })
        .map(|(at, _)| at.clone())
        .collect();
    assert!(
        korean.is_empty(),
        "mostly Hangul under en:\n{}",
        korean.join("\n")
    );
}

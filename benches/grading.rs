//! `cargo bench`: grading a long answer against a large rubric, and loading the banks.

use criterion::{criterion_group, criterion_main, Criterion};
use kkori::bank::{Library, Rubric};
use kkori::grade::{CompiledRubric, Glossary, Grader};

fn bundled_files() -> Vec<(String, Vec<u8>)> {
    kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
        .collect()
}

/// A 20-concept rubric made of real concepts from the bundled rubrics, and a ~2,000-character
/// answer made of real model answers.
fn large_case(library: &Library) -> (Rubric, String) {
    let mut rubric = library.rubrics[0].clone();
    rubric.id = "bench".into();
    rubric.concepts = library
        .rubrics
        .iter()
        .flat_map(|r| r.concepts.iter().cloned())
        .take(20)
        .collect();
    for (i, c) in rubric.concepts.iter_mut().enumerate() {
        c.id = format!("c{i}");
    }
    let mut answer = String::new();
    for q in &library.questions {
        if answer.chars().count() >= 2_000 {
            break;
        }
        answer.push_str(q.model_answer.get(kkori::bank::Lang::Ko));
        answer.push(' ');
    }
    let answer: String = answer.chars().take(2_000).collect();
    (rubric, answer)
}

fn grading(c: &mut Criterion) {
    let (library, _) = Library::load(bundled_files());
    let (rubric, answer) = large_case(&library);
    let compiled = CompiledRubric::new(&rubric, &Glossary::new(&library.glossary));
    c.bench_function("grade 2000-char answer, 20 concepts", |b| {
        b.iter(|| compiled.grade(std::hint::black_box(&answer)))
    });
    // The longest answer graded (the rest is cut off), saying one term thousands of times:
    // matching "said together" must not compare every mention with every other.
    let repeated = "세션 ".repeat(kkori::grade::MAX_ANSWER_CHARS / 3);
    let session = library
        .rubrics
        .iter()
        .find(|r| r.id == "session-cookie-vs-session")
        .expect("a bundled rubric");
    let session = CompiledRubric::new(session, &Glossary::new(&library.glossary));
    c.bench_function("grade 20000-char answer repeating one term", |b| {
        b.iter(|| session.grade(std::hint::black_box(&repeated)))
    });
    // A comparison: every clause's subject is found and each claim bound to its side.
    let sided = library
        .rubrics
        .iter()
        .find(|r| r.id == "tcp-vs-udp")
        .expect("a bundled rubric");
    let sided = CompiledRubric::new(sided, &Glossary::new(&library.glossary));
    let comparison: String = "TCP는 연결을 맺고 순서와 전달을 보장하지만 느리고, UDP는 연결 없이 보내서 빠르지만 신뢰성이 낮습니다. "
        .repeat(20)
        .chars()
        .take(2_000)
        .collect();
    c.bench_function("grade 2000-char comparison, sides bound", |b| {
        b.iter(|| sided.grade(std::hint::black_box(&comparison)))
    });
    let typos: String = answer.replace("세션", "세숀").replace("서버", "서벼");
    c.bench_function("grade 2000-char answer with typos, 20 concepts", |b| {
        b.iter(|| compiled.grade(std::hint::black_box(&typos)))
    });
}

fn loading(c: &mut Criterion) {
    c.bench_function("load bundled banks", |b| {
        b.iter(|| Library::load(bundled_files()))
    });
    let (library, _) = Library::load(bundled_files());
    c.bench_function("compile every rubric", |b| {
        b.iter(|| {
            let grader = Grader::new(&library);
            for r in &library.rubrics {
                std::hint::black_box(grader.rubric(&r.id));
            }
        })
    });
}

criterion_group!(benches, grading, loading);
criterion_main!(benches);

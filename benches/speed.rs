//! `cargo bench --bench speed`: the figures of issue 16, each as the user meets it.
//!
//! - start-up: the whole `kkori` process, `--version` against `grade` on the bundled banks;
//! - a 10,000-question bank (benches/support/big_bank.rs writes it to a temp dir): the first
//!   question cold (no cache) and cached, and `kkori check` with its examples;
//! - batch grading throughput, in answers per second on every core.
//!
//! `cargo bench --bench speed -- start-up` runs one group. The 10k groups take minutes
//! (`check` alone is ~10 runs of tens of seconds on 2 cores).

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use kkori::bank::Library;
use kkori::grade::Grader;
use rayon::prelude::*;

#[path = "support/big_bank.rs"]
mod big_bank;

const KKORI: &str = env!("CARGO_BIN_EXE_kkori");
const ANSWER: &str = "SYN, SYN-ACK, ACK 순서로 연결합니다";

fn run(args: &[&str]) {
    let out = Command::new(KKORI)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("kkori runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn start_up(c: &mut Criterion) {
    let mut group = c.benchmark_group("start-up");
    group.bench_function("kkori --version", |b| b.iter(|| run(&["--version"])));
    group.bench_function("kkori grade tcp-handshake --answer …", |b| {
        b.iter(|| run(&["grade", "tcp-handshake", "--answer", ANSWER]))
    });
    group.bench_function(
        "in process: bundled banks read for one question, graded",
        |b| {
            b.iter(|| {
                let lib = Library::from_compact_for(kkori::bundled::COMPACT, &["tcp-handshake"])
                    .expect("bundled");
                let q = lib.question("tcp-handshake").expect("bundled");
                Grader::for_questions(&lib, [q]).grade(q, ANSWER)
            })
        },
    );
    group.finish();
}

/// The 10k bank, written once per bench run.
fn big_bank() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let bank = dir.path().join("bank");
    big_bank::write(&bank, big_bank::copies_for(10_000)).expect("written");
    (dir, bank)
}

fn large(c: &mut Criterion) {
    let (dir, bank) = big_bank();
    let bank = bank.to_str().expect("utf-8 temp path");
    let grade = |data: &Path| {
        run(&[
            "--banks",
            bank,
            "--data-dir",
            data.to_str().expect("utf-8"),
            "grade",
            "tcp-handshake-c7",
            "--answer",
            ANSWER,
        ])
    };
    let mut group = c.benchmark_group("10k bank");
    group.sample_size(10);
    group.bench_function("first question, cold (no cache)", |b| {
        b.iter_batched(
            || tempfile::tempdir_in(dir.path()).expect("a data dir"),
            |data| grade(data.path()),
            BatchSize::PerIteration,
        )
    });
    let warm = dir.path().join("warm");
    grade(&warm);
    group.bench_function("first question, cached", |b| b.iter(|| grade(&warm)));
    group.bench_function("kkori check (examples graded)", |b| {
        b.iter(|| {
            // Exit 1 would be an error in the bank: the copies have none.
            run(&["check", bank])
        })
    });
    group.finish();
}

fn batch(c: &mut Criterion) {
    let files = kkori::bundled::FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()));
    let (lib, _) = Library::load(files);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/labelled-answers.yaml"
    );
    let text = std::fs::read_to_string(path).expect("labels");
    let labels =
        kkori::eval::parse_labels(path, &text, &lib, kkori::bank::Lang::En).expect("labels parse");
    let grader = Grader::new(&lib);
    let answers: Vec<(&str, &str)> = labels
        .iter()
        .map(|l| (l.label.question.as_str(), l.label.answer.as_str()))
        .collect();
    // Every rubric compiled first: the figure is grading, as in a long batch.
    for (q, a) in &answers {
        grader.grade(lib.question(q).expect("labelled"), a);
    }
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(answers.len() as u64));
    group.bench_function("grade the labelled answers on every core", |b| {
        b.iter(|| {
            answers
                .par_iter()
                .map(|(q, a)| {
                    let grade = grader.grade(lib.question(q).expect("labelled"), a);
                    serde_json::to_string(&grade).expect("JSON").len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, start_up, batch, large);
criterion_main!(benches);

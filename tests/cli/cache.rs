//! The cache of a user's parsed banks (`<data dir>/cache`): used when the files are as they
//! were, rebuilt when any byte changes, and never an error when damaged or unwritable.

use std::path::{Path, PathBuf};

use crate::harness::{fixture, Kkori};

/// A copy of the fixture bank in its own folder, and a data directory.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let bank = dir.path().join("bank");
    std::fs::create_dir(&bank).unwrap();
    std::fs::copy(fixture("bank/tcp.yaml"), bank.join("tcp.yaml")).unwrap();
    let data = dir.path().join("data");
    (dir, bank, data)
}

fn grade(bank: &Path, data: &Path, question: &str) -> crate::harness::Output {
    Kkori::new()
        .args([
            "--lang",
            "en",
            "--banks",
            bank.to_str().unwrap(),
            "--data-dir",
            data.to_str().unwrap(),
            "grade",
            question,
            "--answer",
            "클라이언트가 SYN을 보내면 서버가 SYN+ACK로 응답하고 클라이언트가 ACK를 보냅니다",
            "--format",
            "json",
        ])
        .run()
}

fn cache_files(data: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(data.join("cache")) {
        Ok(dir) => dir.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_clean_load_is_cached_and_read_back_the_same() {
    let (_dir, bank, data) = setup();
    let first = grade(&bank, &data, "handshake");
    first.success();
    let cached = cache_files(&data);
    assert_eq!(cached.len(), 1, "{cached:?}");
    let second = grade(&bank, &data, "handshake");
    second.success();
    assert_eq!(first.stdout, second.stdout);
    assert_eq!(cache_files(&data), cached);
}

#[test]
fn any_change_to_a_bank_file_rebuilds_the_cache() {
    let (_dir, bank, data) = setup();
    grade(&bank, &data, "handshake").success();
    let path = &cache_files(&data)[0];
    let before = std::fs::read(path).unwrap();
    // A new question: were the old cache used, it would be unknown.
    let text = std::fs::read_to_string(bank.join("tcp.yaml")).unwrap();
    let changed = text.replacen(
        "  - id: why-three\n",
        "  - id: why-three-now\n    rubric: why-three\n",
        1,
    );
    let changed = changed.replace("ask: why-three\n", "ask: why-three-now\n");
    std::fs::write(bank.join("tcp.yaml"), changed).unwrap();
    grade(&bank, &data, "why-three-now").success();
    assert_ne!(std::fs::read(path).unwrap(), before);
    // And back: the original bytes again, the original questions again.
    std::fs::write(bank.join("tcp.yaml"), text).unwrap();
    grade(&bank, &data, "why-three").success();
    grade(&bank, &data, "why-three-now").failure(1);
}

#[test]
fn a_bank_with_errors_is_not_cached() {
    let (_dir, bank, data) = setup();
    let text = std::fs::read_to_string(bank.join("tcp.yaml")).unwrap();
    std::fs::write(
        bank.join("tcp.yaml"),
        text.replacen("follow_ups:", "follow_up:", 1),
    )
    .unwrap();
    let out = grade(&bank, &data, "handshake");
    out.failure(1);
    assert!(
        out.stderr.contains("unknown key `follow_up`"),
        "{}",
        out.stderr
    );
    assert!(cache_files(&data).is_empty());
}

#[test]
fn a_damaged_cache_is_ignored_and_rebuilt() {
    let (_dir, bank, data) = setup();
    let expected = grade(&bank, &data, "handshake");
    expected.success();
    let path = cache_files(&data).remove(0);
    let good = std::fs::read(&path).unwrap();
    let half = good[..good.len() / 2].to_vec();
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0xff;
    let mut stale_key = good.clone();
    stale_key[0] ^= 0xff;
    for damaged in [
        Vec::new(),
        b"not a cache".to_vec(),
        half,
        flipped,
        stale_key,
    ] {
        std::fs::write(&path, &damaged).unwrap();
        let out = grade(&bank, &data, "handshake");
        out.success();
        assert_eq!(out.stdout, expected.stdout);
        assert_eq!(out.stderr, "");
        assert_eq!(std::fs::read(&path).unwrap(), good, "rebuilt");
    }
}

#[test]
fn an_unwritable_cache_is_no_error() {
    let (_dir, bank, data) = setup();
    std::fs::create_dir_all(&data).unwrap();
    // A file where the cache directory would be: nothing can be cached.
    std::fs::write(data.join("cache"), "").unwrap();
    let out = grade(&bank, &data, "handshake");
    out.success();
    assert_eq!(out.stderr, "");
}

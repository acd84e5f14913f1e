//! A database of its own for each PostgreSQL test, on the server named by
//! `KKORI_TEST_POSTGRES` (`.ci/run` starts one and sets it; see the README to run them by
//! hand). Without it the test is skipped with a note, unless `CI` is set: then it fails,
//! so that CI can never pass without having run them.

// Included by two test binaries (tests/history.rs, tests/cli), each using a part.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};

pub const SERVER: &str = "KKORI_TEST_POSTGRES";

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// The URL of the test server, or `None` (after a note) when the test should be skipped.
pub fn server(test: &str) -> Option<String> {
    match std::env::var(SERVER) {
        Ok(url) if !url.trim().is_empty() => Some(url.trim().to_string()),
        _ if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) => panic!(
            "CI is set but {SERVER} is not: the PostgreSQL tests must run in CI \
             (.ci/run starts a server and sets it)"
        ),
        _ => {
            eprintln!(
                "note: {test} skipped: set {SERVER}=postgres://USER:PASSWORD@HOST:PORT/postgres \
                 to run it (the README says how)"
            );
            None
        }
    }
}

/// `url` with its database replaced by `database` (query string kept).
pub fn with_database(url: &str, database: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a postgres:// URL");
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let query = path
        .split_once('?')
        .map_or(String::new(), |(_, q)| format!("?{q}"));
    format!("{scheme}://{authority}/{database}{query}")
}

/// A new, empty database for this test (dropped first if a past run left it), and its URL.
pub fn database(test: &str) -> Option<String> {
    let url = server(test)?;
    let slug: String = test
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(30)
        .collect();
    let name = format!(
        "kkori_t_{slug}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = postgres::Client::connect(&url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to {SERVER}: {e}"));
    // The name is made here of [a-z0-9_]: safe as an identifier (CREATE DATABASE takes no
    // parameters). Concurrent creations from parallel tests may collide on the template:
    // try again.
    let mut tries = 0;
    loop {
        let made = admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .and_then(|()| admin.batch_execute(&format!("CREATE DATABASE {name}")));
        match made {
            Ok(()) => break,
            Err(e) if tries < 20 => {
                tries += 1;
                eprintln!("retrying CREATE DATABASE {name}: {e}");
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            Err(e) => panic!("cannot create the test database {name}: {e}"),
        }
    }
    Some(with_database(&url, &name))
}

/// Run SQL on a test database directly (to make it look like another program's, or a
/// newer kkori's).
pub fn execute(url: &str, sql: &str) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    client.batch_execute(sql).unwrap();
}

/// The rows of a query whose columns are all BIGINT.
pub fn numbers(url: &str, sql: &str) -> Vec<Vec<i64>> {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    client
        .query(sql, &[])
        .unwrap()
        .iter()
        .map(|r| (0..r.len()).map(|i| r.get(i)).collect())
        .collect()
}

//! Loads and validates the bundled banks (`question-banks/`, `rubrics/`) at build time and
//! writes them in the compact form the binary reads at start-up, so `kkori` parses no YAML
//! to begin. A broken bundled bank fails the build with `file:line:column: error: …`.
//!
//! A build script cannot call the crate it builds, so the model, loading and validation are
//! compiled in here from their own source files (`bank`, `text` and the loader's messages
//! of `i18n`: the pure part of the crate, which needs nothing else). The YAML text is
//! embedded as well, for `kkori check` and for the test that compares both load paths.

// Only part of each included module is used here.
#![allow(dead_code, unused_imports)]

#[path = "src/bank/mod.rs"]
mod bank;
/// Of `i18n`, only the loader's messages: the rest also words history and interview errors.
#[path = "src/i18n/bank.rs"]
mod i18n_bank;
mod i18n {
    pub use super::i18n_bank::BankMsg;
}
#[path = "src/text/mod.rs"]
mod text;

use std::{env, fs, path::Path};

fn main() {
    let mut files = Vec::new();
    for dir in ["question-banks", "rubrics"] {
        println!("cargo:rerun-if-changed={dir}");
        let Ok(entries) = fs::read_dir(dir) else {
            continue;
        };
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .collect();
        found.sort();
        files.extend(found);
    }
    // The code that loads and validates banks, fingerprinted: a user's cached banks are
    // read back only by a kkori built from the same code (src/cli/library/cache.rs).
    let mut code = std::collections::hash_map::DefaultHasher::new();
    for source in ["src/bank", "src/text", "src/i18n/bank.rs"] {
        println!("cargo:rerun-if-changed={source}");
        fingerprint(Path::new(source), &mut code);
    }
    println!(
        "cargo:rustc-env=KKORI_BANK_CODE={}-{:016x}",
        env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        std::hash::Hasher::finish(&code)
    );
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();

    let mut contents = Vec::new();
    for f in &files {
        println!("cargo:rerun-if-changed={f}");
        let bytes = fs::read(f).unwrap_or_else(|e| panic!("cannot read {f}: {e}"));
        contents.push((f.clone(), bytes));
    }
    let (library, problems) = bank::Library::load_in(contents, bank::Lang::En);
    let errors: Vec<&bank::Diagnostic> = problems.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("{e}");
        }
        // cargo shows a failed build script's stderr: the located errors and this summary.
        eprintln!(
            "error: the bundled banks have {} error(s); `kkori check question-banks rubrics` lists them",
            errors.len()
        );
        std::process::exit(1);
    }
    fs::write(out.join("bundled.postcard"), library.to_compact()).expect("OUT_DIR is writable");

    let mut body = String::from(
        "/// (path, contents) of every bundled bank and rubric file.\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        body.push_str(&format!(
            "    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{f}\"))),\n"
        ));
    }
    body.push_str("];\n");
    body.push_str(
        "/// The same files, loaded and validated by `build.rs`, in the form `Library::from_compact` reads.\npub const COMPACT: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/bundled.postcard\"));\n",
    );
    fs::write(out.join("bundled.rs"), body).expect("OUT_DIR is writable");
}

/// Feed every file under `path` (in name order) to `hasher`.
fn fingerprint(path: &Path, hasher: &mut impl std::hash::Hasher) {
    if path.is_dir() {
        let mut entries: Vec<_> = fs::read_dir(path)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for entry in entries {
            fingerprint(&entry, hasher);
        }
    } else if let Ok(bytes) = fs::read(path) {
        hasher.write(path.to_string_lossy().as_bytes());
        hasher.write(&bytes);
    }
}

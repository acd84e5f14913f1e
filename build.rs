//! Embeds every YAML file of `question-banks/` and `rubrics/` into the binary.

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
    let mut body = String::from(
        "/// (path, contents) of every bundled bank and rubric file.\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={f}");
        body.push_str(&format!(
            "    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{f}\"))),\n"
        ));
    }
    body.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    fs::write(out, body).expect("OUT_DIR is writable");
}

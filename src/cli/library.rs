//! Reading bank files from disk (or the bundled copy) into a [`Library`].

use std::fs;
use std::path::{Path, PathBuf};

use kkori::bank::{Diagnostic, Library};

use super::failure::{Error, Result};

/// (name, bytes) of every YAML file under `paths`, directories walked in sorted order.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<(String, Vec<u8>)>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        collect(path, true, &mut files, &mut problems);
    }
    (files, problems)
}

fn collect(
    path: &Path,
    named: bool,
    files: &mut Vec<(String, Vec<u8>)>,
    problems: &mut Vec<Diagnostic>,
) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match fs::read_dir(path) {
            Ok(dir) => dir.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                problems.push(Diagnostic::error(
                    path.display().to_string(),
                    (0, 0),
                    format!("cannot read this directory: {e}"),
                ));
                return;
            }
        };
        entries.sort();
        for entry in entries {
            collect(&entry, false, files, problems);
        }
        return;
    }
    let is_yaml = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    );
    if !named && !is_yaml {
        return;
    }
    match fs::read(path) {
        Ok(bytes) => files.push((path.display().to_string(), bytes)),
        Err(e) => problems.push(Diagnostic::error(
            path.display().to_string(),
            (0, 0),
            format!("cannot read this file: {e}"),
        )),
    }
}

/// The bundled banks, as (name, bytes).
pub fn bundled() -> Vec<(String, Vec<u8>)> {
    kkori::bundled::FILES
        .iter()
        .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
        .collect()
}

/// Load the banks for a command that needs a working library: `paths`, or the bundled
/// banks when none are given. Errors end the command; warnings are for `kkori check`.
pub fn load(paths: &[PathBuf]) -> Result<Library> {
    load_in(paths, kkori::bank::Lang::En)
}

/// [`load`], with its messages in `lang`.
pub fn load_in(paths: &[PathBuf], lang: kkori::bank::Lang) -> Result<Library> {
    let (library, problems) = if paths.is_empty() {
        Library::load_bundled(bundled(), lang)
    } else {
        let (files, mut problems) = read_paths(paths);
        let (library, more) = Library::load_in(files, lang);
        problems.extend(more);
        (library, problems)
    };
    let errors: Vec<&Diagnostic> = problems.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return Ok(library);
    }
    for e in errors.iter().take(20) {
        eprintln!("{e}");
    }
    Err(Error::BankErrors {
        count: errors.len(),
    })
}

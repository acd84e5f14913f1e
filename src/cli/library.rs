//! Reading bank files from disk (or the bundled copy) into a [`Library`].

use std::fs;
use std::path::{Path, PathBuf};

use kkori::bank::{Diagnostic, Library};

use super::failure::{Action, Error, Result};

/// (name, bytes) of every YAML file under `paths`, directories walked in sorted order, and
/// the files and folders that could not be read (each an [`Error`] worded in both
/// languages, its code saying whose problem it is).
pub fn read_paths(paths: &[PathBuf]) -> (Vec<(String, Vec<u8>)>, Vec<Error>) {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        collect(path, true, &mut files, &mut unreadable);
    }
    (files, unreadable)
}

fn collect(
    path: &Path,
    named: bool,
    files: &mut Vec<(String, Vec<u8>)>,
    unreadable: &mut Vec<Error>,
) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match fs::read_dir(path) {
            Ok(dir) => dir.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                unreadable.push(Error::io(Action::ReadDir, path, &e));
                return;
            }
        };
        entries.sort();
        for entry in entries {
            collect(&entry, false, files, unreadable);
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
        Err(e) => unreadable.push(Error::io(Action::Read, path, &e)),
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

/// [`load`], with its messages in `lang`. Problems in the files are printed as
/// `file:line:column: error: …` (at most 20) and counted; files that could not be read
/// are errors of their own, which say which file and why.
pub fn load_in(paths: &[PathBuf], lang: kkori::bank::Lang) -> Result<Library> {
    let (library, problems, unreadable) = if paths.is_empty() {
        let (library, problems) = Library::load_bundled(bundled(), lang);
        (library, problems, Vec::new())
    } else {
        let (files, unreadable) = read_paths(paths);
        let (library, problems) = Library::load_in(files, lang);
        (library, problems, unreadable)
    };
    let errors: Vec<&Diagnostic> = problems.iter().filter(|d| d.is_error()).collect();
    for e in errors.iter().take(20) {
        eprintln!("{e}");
    }
    let mut all = unreadable;
    if !errors.is_empty() {
        all.push(Error::BankErrors {
            count: errors.len(),
        });
    }
    match all.len() {
        0 => Ok(library),
        1 => Err(all.remove(0)),
        _ => Err(Error::Several(all)),
    }
}

//! Reading bank files from disk (or the bundled copy) into a [`Library`].

use std::fs;
use std::path::{Path, PathBuf};

use kkori::bank::{Diagnostic, Library};

use super::failure::{Action, Error, Result};

mod cache;
pub use cache::use_dir as cache_in;

/// (name, bytes) of every YAML file under `paths`, directories walked in sorted order, and
/// the files and folders that could not be read (each an [`Error`] worded in both
/// languages, its code saying whose problem it is).
pub fn read_paths(paths: &[PathBuf]) -> (Vec<(String, Vec<u8>)>, Vec<Error>) {
    let (found, mut unreadable) = list_paths(paths);
    let mut files = Vec::new();
    for path in found {
        match fs::read(&path) {
            Ok(bytes) => files.push((path.display().to_string(), bytes)),
            Err(e) => unreadable.push(Error::io(Action::Read, &path, &e)),
        }
    }
    (files, unreadable)
}

/// Every file `read_paths` reads: the files named, and the YAML files under the
/// directories named, in sorted order; and the folders that could not be listed.
fn list_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        collect(path, true, &mut files, &mut unreadable);
    }
    (files, unreadable)
}

fn collect(path: &Path, named: bool, files: &mut Vec<PathBuf>, unreadable: &mut Vec<Error>) {
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
    if named || is_yaml {
        files.push(path.to_path_buf());
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
    load_some(paths, lang, None)
}

/// [`load_in`] for a command that grades only the questions `only` names: the rubrics of
/// other questions may be left out of the library (they are, for the bundled banks).
pub fn load_for(paths: &[PathBuf], lang: kkori::bank::Lang, only: &[&str]) -> Result<Library> {
    load_some(paths, lang, Some(only))
}

fn load_some(paths: &[PathBuf], lang: kkori::bank::Lang, only: Option<&[&str]>) -> Result<Library> {
    let (library, problems, unreadable) = if paths.is_empty() {
        // Validated when kkori was built; unreadable only if the build itself is broken.
        let bytes = kkori::bundled::COMPACT;
        let library = match only {
            Some(ids) => Library::from_compact_for(bytes, ids),
            None => Library::from_compact(bytes),
        }
        .map_err(|e| Error::BundledBanksBroken {
            detail: e.to_string(),
        })?;
        (library, Vec::new(), Vec::new())
    } else {
        // The cache is keyed by the files' bytes, read once through one buffer to hash them;
        // only when it misses are they read whole and parsed.
        let (found, listing) = list_paths(paths);
        let cache = cache::Cache::of(paths, &found).filter(|_| listing.is_empty());
        if let Some(library) = cache.as_ref().and_then(|c| c.read(only)) {
            return Ok(library);
        }
        let (files, unreadable) = read_paths(paths);
        let (library, problems) = Library::load_in(files, lang);
        if let Some(cache) =
            cache.filter(|_| unreadable.is_empty() && !problems.iter().any(Diagnostic::is_error))
        {
            cache.write(&library);
        }
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

//! Reading bank files from disk (or the bundled copy) into a [`Library`].

use std::fs;
use std::path::{Path, PathBuf};

use kkori::bank::{Diagnostic, Library};

use super::failure::{Failure, Result};

mod cache;
pub use cache::use_dir as cache_in;

/// (name, bytes) of every YAML file under `paths`, directories walked in sorted order.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<(String, Vec<u8>)>, Vec<Diagnostic>) {
    let (found, mut problems) = list_paths(paths);
    let mut files = Vec::new();
    for path in found {
        match fs::read(&path) {
            Ok(bytes) => files.push((path.display().to_string(), bytes)),
            Err(e) => problems.push(cannot_read(&path, e)),
        }
    }
    (files, problems)
}

fn cannot_read(path: &Path, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(
        path.display().to_string(),
        (0, 0),
        format!("cannot read this file: {e}"),
    )
}

/// Every file `read_paths` reads: the files named, and the YAML files under the
/// directories named, in sorted order.
fn list_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        collect(path, true, &mut files, &mut problems);
    }
    (files, problems)
}

fn collect(path: &Path, named: bool, files: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
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

/// [`load`], with its messages in `lang`.
pub fn load_in(paths: &[PathBuf], lang: kkori::bank::Lang) -> Result<Library> {
    load_some(paths, lang, None)
}

/// [`load_in`] for a command that grades only the questions `only` names: the rubrics of
/// other questions may be left out of the library (they are, for the bundled banks).
pub fn load_for(paths: &[PathBuf], lang: kkori::bank::Lang, only: &[&str]) -> Result<Library> {
    load_some(paths, lang, Some(only))
}

fn load_some(paths: &[PathBuf], lang: kkori::bank::Lang, only: Option<&[&str]>) -> Result<Library> {
    let (library, problems) = if paths.is_empty() {
        // Validated when kkori was built; unreadable only if the build itself is broken.
        let bytes = kkori::bundled::COMPACT;
        let library = match only {
            Some(ids) => Library::from_compact_for(bytes, ids),
            None => Library::from_compact(bytes),
        }
        .map_err(|e| Failure::internal(format!("the bundled banks in this build are {e}")))?;
        (library, Vec::new())
    } else {
        // The cache is keyed by the files' bytes, read once through one buffer to hash them;
        // only when it misses are they read whole and parsed.
        let (found, listing) = list_paths(paths);
        let cache = cache::Cache::of(paths, &found).filter(|_| listing.is_empty());
        if let Some(library) = cache.as_ref().and_then(|c| c.read(only)) {
            return Ok(library);
        }
        let (files, mut problems) = read_paths(paths);
        let (library, more) = Library::load_in(files, lang);
        problems.extend(more);
        if let Some(cache) = cache.filter(|_| !problems.iter().any(Diagnostic::is_error)) {
            cache.write(&library);
        }
        (library, problems)
    };
    let errors: Vec<&Diagnostic> = problems.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return Ok(library);
    }
    for e in errors.iter().take(20) {
        eprintln!("{e}");
    }
    Err(Failure::user(match lang {
        kkori::bank::Lang::Ko => format!(
            "문제 은행에 오류가 {}개 있습니다. 고친 뒤 다시 해 주세요 (`kkori check` 참고)",
            errors.len()
        ),
        kkori::bank::Lang::En => format!(
            "the question banks have {} error(s); fix them (see `kkori check`) and try again",
            errors.len()
        ),
    }))
}

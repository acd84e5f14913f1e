//! Where kkori keeps its files, and how it writes them: atomically (temp file, fsync,
//! rename), so a crash or SIGKILL leaves either the old file or the new one, never half.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use kkori::interview::{Session, SessionProblem};

use kkori::i18n::Note;

use super::failure::{Action, Error, Result, Source};

/// `--data-dir`, else `KKORI_HOME`, else the platform's data directory.
pub fn data_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_path_buf();
    }
    if let Some(home) = std::env::var_os("KKORI_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(home);
    }
    directories::ProjectDirs::from("", "", "kkori")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".kkori"))
}

pub fn sessions_dir(data: &Path) -> PathBuf {
    data.join("sessions")
}

pub fn session_path(data: &Path, id: &str) -> PathBuf {
    sessions_dir(data).join(format!("{}.json", sanitize(id)))
}

/// The saved session named `id`, or an error that says which ids there are.
pub fn existing_session_path(data: &Path, id: &str) -> Result<PathBuf> {
    let path = session_path(data, id);
    if path.exists() {
        return Ok(path);
    }
    let ids: Vec<String> = fs::read_dir(sessions_dir(data))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_string))
        .collect();
    Err(Error::NoSuchSession {
        id: id.to_string(),
        dir: sessions_dir(data),
        suggestion: super::words::closest(id, ids.iter().map(String::as_str)),
    })
}

/// A name safe as one path component: letters, digits, `-`, `_` and `.` (not leading).
pub fn sanitize(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim_start_matches('.');
    if cleaned.is_empty() {
        "_".to_string()
    } else {
        cleaned.chars().take(80).collect()
    }
}

/// The folder of a candidate's history under `<data>/candidates/`: one folder per name and
/// one name per folder. Letters (any script), digits, `-` and `_` stay as they are, so
/// `지수` is `지수`; every other character is percent-encoded, `%` included (`a b` is `a%20b`,
/// `a/b` is `a%2Fb`, `..` is `%2E%2E`). Names are NFC-normalised first, so the same name
/// typed on two systems is one person. A very long name keeps its first 96 bytes and gets
/// `~` and a hash of the whole name (`~` is always encoded otherwise).
pub fn candidate_folder(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.nfc().collect();
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            let mut bytes = [0u8; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    if out.len() <= 120 {
        return out;
    }
    let mut cut = 96;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    // FNV-1a: stable across Rust versions, unlike the standard hasher.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{}~{hash:016x}", &out[..cut])
}

/// `<data>/candidates/<folder>` of `name`. A history kept under the folder name of kkori
/// before 0.1 (`sanitize`, which gave `a b`, `a/b` and `a_b` one folder) is moved to the
/// new folder when every session in it is this candidate's; a folder shared by several
/// names is left alone with a warning (`kkori history export`/`import` can split it).
pub fn candidate_dir(data: &Path, name: &str, lang: kkori::bank::Lang) -> PathBuf {
    let candidates = data.join("candidates");
    let dir = candidates.join(candidate_folder(name));
    let legacy = candidates.join(sanitize(name));
    if dir.exists() || legacy == dir || !legacy.is_dir() {
        return dir;
    }
    let db = legacy.join(kkori::history::FILE_NAME);
    let only_this_name = !db.exists()
        || kkori::history::History::open(&db)
            .and_then(|h| h.snapshot())
            .is_ok_and(|s| {
                s.sessions
                    .iter()
                    .all(|r| r.candidate.as_deref().map(str::trim) == Some(name))
            });
    if only_this_name && fs::rename(&legacy, &dir).is_ok() {
        return dir;
    }
    super::warn(
        &Note::SharedLegacyFolder {
            folder: legacy.clone(),
            name: name.to_string(),
        }
        .text(lang),
    );
    dir
}

/// Write `contents` to `path` so that readers see the old file or the new one, never a mix.
/// Paths that are not regular files (`/dev/stdout`, `/dev/full`) are written directly.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result {
    let special = path.exists() && !path.is_file();
    if special {
        return fs::write(path, contents).map_err(|e| Error::io(Action::Write, path, &e));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| Error::io(Action::CreateDir, dir, &e))?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(Error::io(Action::Write, path, &e));
    }
    Ok(())
}

pub fn save_session(data: &Path, session: &Session) -> Result<PathBuf> {
    let path = session_path(data, &session.id);
    write_atomic(&path, session.to_json().as_bytes())?;
    Ok(path)
}

/// The lock file that keeps a second kkori off session `id` (see [`super::lock`]).
pub fn lock_path(data: &Path, id: &str) -> PathBuf {
    sessions_dir(data).join(format!("{}.lock", sanitize(id)))
}

/// Read a saved session; an unreadable or damaged file is named, with what is wrong.
/// A file's text, or why there is none: it cannot be read, or it is not UTF-8 (said with the
/// byte where it stops being so).
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(Action::Read, path, &e))?;
    text(bytes, Source::File(path.to_path_buf()))
}

/// Bytes read from `source` as UTF-8 text, or the error that says where they are not.
pub fn text(bytes: Vec<u8>, source: Source) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        source,
        offset: Some(e.utf8_error().valid_up_to()),
    })
}

pub fn read_session(path: &Path) -> Result<Session> {
    let bytes = fs::read(path).map_err(|e| Error::io(Action::Read, path, &e))?;
    // Not UTF-8 is the wrong file, the user's to fix (exit 1), not a failing machine.
    let problem = match String::from_utf8(bytes) {
        Ok(text) => match Session::from_json(&text) {
            Ok(session) => return Ok(session),
            Err(e) => e,
        },
        Err(_) => SessionProblem::NotUtf8,
    };
    Err(Error::SessionUnreadable {
        path: path.to_path_buf(),
        problem,
    })
}

/// What `kkori resume` without a file finds in the sessions directory.
pub enum Resumable {
    /// The latest unfinished session's file, and the damaged files (path, what is wrong).
    Found(PathBuf, Vec<(PathBuf, Error)>),
    /// The newest session file is damaged (the message names it and what is wrong): it
    /// cannot be what the user wants to resume.
    Damaged(Error),
    Nothing,
}

/// The most recently started session that is not finished. A damaged file newer than it
/// (session ids sort by time) is reported rather than silently passed over.
pub fn latest_unfinished(data: &Path) -> Resumable {
    let Ok(entries) = fs::read_dir(sessions_dir(data)) else {
        return Resumable::Nothing;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let mut damaged = Vec::new();
    let mut latest: Option<(PathBuf, Session)> = None;
    for path in paths {
        match read_session(&path) {
            Ok(s) if s.is_finished() => {}
            Ok(s) => {
                if latest
                    .as_ref()
                    .is_none_or(|(_, l)| (s.started_at, &s.id) >= (l.started_at, &l.id))
                {
                    latest = Some((path, s));
                }
            }
            Err(e) => damaged.push((path, e)),
        }
    }
    let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned());
    let newest_damaged = damaged.iter().max_by_key(|(p, _)| stem(p)).cloned();
    match (latest, newest_damaged) {
        (Some((_, session)), Some((bad, why))) if stem(&bad) > Some(session.id.clone()) => {
            Resumable::Damaged(why)
        }
        (Some((path, _)), _) => Resumable::Found(path, damaged),
        (None, Some((_, why))) => Resumable::Damaged(why),
        (None, None) => Resumable::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidate_folders_are_one_to_one_and_stay_inside() {
        let names = [
            "a/b", "a b", "a_b", "a%2Fb", ".", "..", "", "지수", "../x", "a\\b",
        ];
        let folders: Vec<String> = names.iter().map(|n| candidate_folder(n)).collect();
        let mut unique = folders.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{folders:?}");
        for f in &folders {
            assert!(!f.contains(['/', '\\']) && f != "." && f != "..", "{f}");
        }
        assert_eq!(candidate_folder("지수"), "지수");
        assert_eq!(candidate_folder("a b"), "a%20b");
        assert_eq!(candidate_folder(".."), "%2E%2E");
        // NFD and NFC spellings of one name are one person.
        assert_eq!(candidate_folder("\u{1100}\u{1161}"), candidate_folder("가"));
        let long = "가".repeat(100);
        let folder = candidate_folder(&long);
        assert!(folder.len() <= 120 && folder.contains('~'), "{folder}");
        assert_ne!(folder, candidate_folder(&"가".repeat(101)));
    }

    #[test]
    fn sanitize_keeps_names_inside_their_directory() {
        assert_eq!(sanitize("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(sanitize("김철수"), "김철수");
        assert_eq!(sanitize("a b/c"), "a_b_c");
        assert_eq!(sanitize(".."), "_");
    }
}

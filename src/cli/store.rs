//! Where kkori keeps its files, and how it writes them: atomically (temp file, fsync,
//! rename), so a crash or SIGKILL leaves either the old file or the new one, never half.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use kkori::interview::Session;

use super::failure::{Failure, Result};

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
    Err(Failure::user(format!(
        "no session `{id}` in `{}`{} (`kkori history` lists the sessions)",
        sessions_dir(data).display(),
        kkori::bank::suggest(id, ids.iter().map(String::as_str)),
    )))
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

/// Write `contents` to `path` so that readers see the old file or the new one, never a mix.
/// Paths that are not regular files (`/dev/stdout`, `/dev/full`) are written directly.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result {
    let special = path.exists() && !path.is_file();
    if special {
        return fs::write(path, contents).map_err(|e| Failure::io("write", path, e));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| Failure::io("create the directory", dir, e))?;
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
        return Err(Failure::io("write", path, e));
    }
    Ok(())
}

pub fn save_session(data: &Path, session: &Session) -> Result<PathBuf> {
    let path = session_path(data, &session.id);
    write_atomic(&path, session.to_json().as_bytes())?;
    Ok(path)
}

pub fn read_session(path: &Path) -> Result<Session> {
    let bytes = fs::read(path).map_err(|e| Failure::io("read", path, e))?;
    // Not UTF-8 is the wrong file, the user's to fix (exit 1), not a failing machine.
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::user(format!(
            "{}: not a kkori session file (it is not UTF-8 text)",
            path.display()
        ))
    })?;
    Session::from_json(&text).map_err(|e| Failure::user(format!("{}: {e}", path.display())))
}

/// The most recently started session that is not finished, if any.
pub fn latest_unfinished(data: &Path) -> Option<(PathBuf, Session)> {
    let entries = fs::read_dir(sessions_dir(data)).ok()?;
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| read_session(&p).ok().map(|s| (p, s)))
        .filter(|(_, s)| !s.is_finished())
        .max_by_key(|(_, s)| (s.started_at, s.id.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_keeps_names_inside_their_directory() {
        assert_eq!(sanitize("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(sanitize("김철수"), "김철수");
        assert_eq!(sanitize("a b/c"), "a_b_c");
        assert_eq!(sanitize(".."), "_");
    }
}

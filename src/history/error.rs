//! What can go wrong with the history file, worded for the person who has to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// Why the history could not be opened, read or written.
///
/// Every message names the file and a way out. None of these ever leads kkori to replace
/// the file: an unreadable history is left exactly as it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    /// The file exists but is not an SQLite database (or its header is destroyed).
    NotADatabase { path: PathBuf, detail: String },
    /// A healthy SQLite database, but some other program's.
    Foreign { path: PathBuf },
    /// An SQLite database with damaged pages.
    Damaged { path: PathBuf, detail: String },
    /// Written by a newer kkori whose schema this one does not know.
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// The file or its directory cannot be opened or written (permissions, a directory in
    /// the way, a read-only file system).
    Access { path: PathBuf, detail: String },
    /// The disk is full.
    Full { path: PathBuf },
    /// Another kkori kept the history locked for longer than [`super::BUSY_TIMEOUT`].
    Busy { path: PathBuf },
    /// Anything else SQLite reports: a bug or a broken machine.
    Sqlite { path: PathBuf, detail: String },
}

impl HistoryError {
    /// Classify an SQLite error met while using the history at `path`.
    pub(crate) fn from_sqlite(path: &Path, error: rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        let detail = error.to_string();
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => HistoryError::NotADatabase { path, detail },
            Some(ErrorCode::DatabaseCorrupt) => HistoryError::Damaged { path, detail },
            Some(ErrorCode::DiskFull) => HistoryError::Full { path },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                HistoryError::Busy { path }
            }
            Some(
                ErrorCode::CannotOpen
                | ErrorCode::PermissionDenied
                | ErrorCode::ReadOnly
                | ErrorCode::SystemIoFailure,
            ) => HistoryError::Access { path, detail },
            _ => HistoryError::Sqlite { path, detail },
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            HistoryError::NotADatabase { path, .. }
            | HistoryError::Foreign { path }
            | HistoryError::Damaged { path, .. }
            | HistoryError::TooNew { path, .. }
            | HistoryError::Access { path, .. }
            | HistoryError::Full { path }
            | HistoryError::Busy { path }
            | HistoryError::Sqlite { path, .. } => path,
        }
    }

    /// True for a broken machine or a bug (exit code 2), false for a problem with the
    /// user's data or setup that they can fix (exit code 1).
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            HistoryError::Full { .. } | HistoryError::Sqlite { .. }
        )
    }
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.path().display();
        match self {
            HistoryError::NotADatabase { detail, .. } => write!(
                f,
                "the history at {p} is not a kkori database or is damaged ({detail}); \
                 move it aside (mv {p} {p}.bak) to start a new one, or restore a backup"
            ),
            HistoryError::Foreign { .. } => write!(
                f,
                "the history at {p} is an SQLite database of some other program, not kkori's; \
                 move it aside (mv {p} {p}.bak) or choose another --data-dir"
            ),
            HistoryError::Damaged { detail, .. } => write!(
                f,
                "the history at {p} is damaged ({detail}); \
                 move it aside (mv {p} {p}.bak) to start a new one, or restore a backup \
                 (`sqlite3 {p} .recover` may save what is left)"
            ),
            HistoryError::TooNew {
                found, supported, ..
            } => write!(
                f,
                "the history at {p} was written by a newer kkori (schema version {found}; \
                 this kkori reads up to {supported}); update kkori, or use another --data-dir"
            ),
            HistoryError::Access { detail, .. } => write!(
                f,
                "cannot open or write the history at {p} ({detail}); check that it is a file \
                 you may read and write, or choose another --data-dir"
            ),
            HistoryError::Full { .. } => write!(
                f,
                "cannot write the history at {p}: the disk is full; free some space and try again"
            ),
            HistoryError::Busy { .. } => write!(
                f,
                "the history at {p} is locked by another kkori for too long; \
                 finish or close the other one and try again"
            ),
            HistoryError::Sqlite { detail, .. } => {
                write!(f, "the history at {p} could not be used: {detail}")
            }
        }
    }
}

impl std::error::Error for HistoryError {}

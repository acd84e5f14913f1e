//! What can go wrong with the history, worded for the person who has to fix it, in Korean
//! and English: every message names the file or the server and a way out.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::bank::Lang;

/// Where a history is: a file, or a database on a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    File(PathBuf),
    Server(Server),
}

/// A PostgreSQL database as it may be shown: never with its password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub database: String,
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let host = if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        write!(
            f,
            "postgres://{}@{host}:{}/{}",
            self.user, self.port, self.database
        )
    }
}

impl Server {
    /// The command that creates the database, for messages.
    pub fn createdb(&self) -> String {
        self.createdb_named(&self.database)
    }

    /// The command that creates a database of this name on the same server.
    pub fn createdb_named(&self, database: &str) -> String {
        format!(
            "createdb -h {} -p {} -U {} {database}",
            self.host, self.port, self.user
        )
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File(path) => write!(f, "{}", path.display()),
            Place::Server(server) => write!(f, "{server}"),
        }
    }
}

/// Why the history could not be opened, read or written.
///
/// None of these ever leads kkori to replace a file or drop a table: an unusable history
/// is left exactly as it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    /// The file exists but is not an SQLite database (or its header is destroyed).
    NotADatabase { path: PathBuf, detail: String },
    /// A healthy database, but some other program's.
    Foreign { place: Place },
    /// An SQLite database with damaged pages.
    Damaged { path: PathBuf, detail: String },
    /// Written by a newer kkori whose schema this one does not know.
    TooNew {
        place: Place,
        found: u32,
        supported: u32,
    },
    /// The file or its directory cannot be opened or written (permissions, a directory in
    /// the way, a read-only file system).
    Access { path: PathBuf, detail: String },
    /// The disk is full.
    Full { place: Place },
    /// Another kkori kept the history locked for longer than [`super::BUSY_TIMEOUT`].
    Busy { path: PathBuf },
    /// Anything else SQLite reports: a bug or a broken machine.
    Sqlite { path: PathBuf, detail: String },
    /// `--history` or `KKORI_HISTORY` is a `postgres://` URL that does not parse.
    BadLocation { detail: String },
    /// `--history` or `KKORI_HISTORY` names a kind of store kkori does not know (only the
    /// scheme is kept: the rest may hold a password).
    UnknownKind { scheme: String },
    /// `--history sqlite:` without a path.
    NoSqlitePath,
    /// The server does not answer (not running, wrong host or port, a firewall).
    Unreachable { server: Server, detail: String },
    /// The server refused the user or the password.
    Auth { server: Server, detail: String },
    /// The server runs, but has no such database.
    NoDatabase { server: Server },
    /// Anything else the server reports.
    Postgres { server: Server, detail: String },
}

impl HistoryError {
    /// Classify an SQLite error met while using the history at `path`.
    pub(crate) fn from_sqlite(path: &Path, error: rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        if is_busy(&error) {
            return HistoryError::Busy { path };
        }
        let detail = error.to_string();
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => HistoryError::NotADatabase { path, detail },
            Some(ErrorCode::DatabaseCorrupt) => HistoryError::Damaged { path, detail },
            Some(ErrorCode::DiskFull) => HistoryError::Full {
                place: Place::File(path),
            },
            Some(
                ErrorCode::CannotOpen
                | ErrorCode::PermissionDenied
                | ErrorCode::ReadOnly
                | ErrorCode::SystemIoFailure,
            ) => HistoryError::Access { path, detail },
            _ => HistoryError::Sqlite { path, detail },
        }
    }

    /// True for a broken machine or a bug (exit code 2), false for a problem with the
    /// user's data or setup that they can fix (exit code 1).
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            HistoryError::Full { .. } | HistoryError::Sqlite { .. } | HistoryError::Postgres { .. }
        )
    }

    /// The message in `lang` (the Korean lives with every other in `crate::i18n`).
    pub fn text(&self, lang: Lang) -> String {
        crate::i18n::Error::History(self.clone()).text(lang)
    }

    /// The message in English (also its `Display`).
    fn english(&self) -> String {
        use HistoryError::*;
        match self {
            NotADatabase { path, detail } => {
                let p = path.display();
                format!(
                    "the history at {p} is not a kkori database or is damaged ({detail}); \
                     move it aside (mv {p} {p}.bak) to start a new one, or restore a backup"
                )
            }
            Foreign {
                place: Place::File(path),
            } => {
                let p = path.display();
                format!(
                    "the history at {p} is an SQLite database of some other program, not \
                     kkori's; move it aside (mv {p} {p}.bak) or choose another --data-dir"
                )
            }
            Foreign {
                place: Place::Server(s),
            } => format!(
                "the database at {s} holds tables of some other program, not kkori's; \
                 create an empty database for kkori ({}) and point --history at it",
                s.createdb_named("kkori")
            ),
            Damaged { path, detail } => {
                let p = path.display();
                format!(
                    "the history at {p} is damaged ({detail}); move it aside (mv {p} {p}.bak) \
                     to start a new one, or restore a backup (`sqlite3 {p} .recover` may save \
                     what is left)"
                )
            }
            TooNew {
                place,
                found,
                supported,
            } => {
                let way_out = match place {
                    Place::File(_) => "update kkori, or use another --data-dir",
                    Place::Server(_) => {
                        "update kkori on this machine (the group's database stays as it is)"
                    }
                };
                format!(
                    "the history at {place} was written by a newer kkori (schema version \
                     {found}; this kkori reads up to {supported}); {way_out}"
                )
            }
            Access { path, detail } => format!(
                "cannot open or write the history at {} ({detail}); check that it is a file \
                 you may read and write, or choose another --data-dir",
                path.display()
            ),
            Full {
                place: place @ Place::File(_),
            } => format!(
                "cannot write the history at {place}: the disk is full; free some space and \
                 try again"
            ),
            Full {
                place: place @ Place::Server(_),
            } => format!(
                "cannot write the history at {place}: the server's disk is full; ask whoever \
                 runs it to free some space, then try again"
            ),
            Busy { path } => format!(
                "the history at {} is locked by another kkori for too long; finish or close \
                 the other one and try again",
                path.display()
            ),
            Sqlite { path, detail } => {
                format!(
                    "the history at {} could not be used: {detail}",
                    path.display()
                )
            }
            BadLocation { detail } => format!(
                "cannot use this history ({detail}); give --history (or KKORI_HISTORY) as \
                 sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DATABASE"
            ),
            UnknownKind { scheme } => format!(
                "cannot use this history (`{scheme}:` is not a kind of history kkori knows); \
                 give --history (or KKORI_HISTORY) as sqlite:PATH or \
                 postgres://USER:PASSWORD@HOST:PORT/DATABASE"
            ),
            NoSqlitePath => "`--history sqlite:` names no file; give it as sqlite:PATH \
                 (e.g. sqlite:history.sqlite3)"
                .to_string(),
            Unreachable { server, detail } => format!(
                "cannot reach the history server at {server} ({detail}); start the server, \
                 or check the host and port in --history or KKORI_HISTORY"
            ),
            Auth { server, detail } => format!(
                "the history server at {server} refused user `{}` ({detail}); check the user \
                 and password in --history or KKORI_HISTORY (or PGPASSWORD)",
                server.user
            ),
            NoDatabase { server } => format!(
                "the history server at {server} has no database `{}`; create it ({}) or name \
                 another one in --history or KKORI_HISTORY",
                server.database,
                server.createdb()
            ),
            Postgres { server, detail } => {
                format!("the history server at {server} could not be used: {detail}")
            }
        }
    }
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

impl std::error::Error for HistoryError {}

/// Whether SQLite said another connection holds the lock.
pub(crate) fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

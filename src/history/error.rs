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
    /// `--history` or `KKORI_HISTORY` is not a history kkori knows how to open.
    BadLocation { detail: String },
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
        let detail = error.to_string();
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => HistoryError::NotADatabase { path, detail },
            Some(ErrorCode::DatabaseCorrupt) => HistoryError::Damaged { path, detail },
            Some(ErrorCode::DiskFull) => HistoryError::Full {
                place: Place::File(path),
            },
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

    /// True for a broken machine or a bug (exit code 2), false for a problem with the
    /// user's data or setup that they can fix (exit code 1).
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            HistoryError::Full { .. } | HistoryError::Sqlite { .. } | HistoryError::Postgres { .. }
        )
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Ko => self.korean(),
        }
    }

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

    fn korean(&self) -> String {
        use HistoryError::*;
        match self {
            NotADatabase { path, detail } => {
                let p = path.display();
                format!(
                    "{p}의 기록은 kkori 데이터베이스가 아니거나 손상되었습니다 ({detail}). \
                     옮겨 두고(mv {p} {p}.bak) 새로 시작하거나 백업을 복원하세요."
                )
            }
            Foreign {
                place: Place::File(path),
            } => {
                let p = path.display();
                format!(
                    "{p}의 기록은 kkori가 아닌 다른 프로그램의 SQLite 데이터베이스입니다. \
                     옮겨 두거나(mv {p} {p}.bak) 다른 --data-dir을 고르세요."
                )
            }
            Foreign {
                place: Place::Server(s),
            } => format!(
                "데이터베이스 {s}에는 kkori가 아닌 다른 프로그램의 테이블이 있습니다. \
                 kkori용 빈 데이터베이스를 만들고({}) --history로 지정하세요.",
                s.createdb_named("kkori")
            ),
            Damaged { path, detail } => {
                let p = path.display();
                format!(
                    "{p}의 기록이 손상되었습니다 ({detail}). 옮겨 두고(mv {p} {p}.bak) 새로 \
                     시작하거나 백업을 복원하세요 (`sqlite3 {p} .recover`로 남은 것을 살릴 수 \
                     있습니다)."
                )
            }
            TooNew {
                place,
                found,
                supported,
            } => {
                let way_out = match place {
                    Place::File(_) => "kkori를 업데이트하거나 다른 --data-dir을 쓰세요.",
                    Place::Server(_) => {
                        "이 컴퓨터의 kkori를 업데이트하세요 (그룹의 데이터베이스는 그대로 둡니다)."
                    }
                };
                format!(
                    "{place}의 기록은 더 새로운 kkori가 쓴 것입니다 (스키마 버전 {found}, 이 \
                     kkori는 {supported}까지 읽습니다). {way_out}"
                )
            }
            Access { path, detail } => format!(
                "{}의 기록을 열거나 쓸 수 없습니다 ({detail}). 읽고 쓸 수 있는 파일인지 \
                 확인하거나 다른 --data-dir을 고르세요.",
                path.display()
            ),
            Full {
                place: place @ Place::File(_),
            } => format!(
                "{place}에 기록을 쓸 수 없습니다: 디스크가 가득 찼습니다. 공간을 비우고 다시 \
                 시도하세요."
            ),
            Full {
                place: place @ Place::Server(_),
            } => format!(
                "{place}에 기록을 쓸 수 없습니다: 서버의 디스크가 가득 찼습니다. 서버 관리자에게 \
                 공간을 비워 달라고 한 뒤 다시 시도하세요."
            ),
            Busy { path } => format!(
                "{}의 기록을 다른 kkori가 너무 오래 잠그고 있습니다. 다른 쪽을 끝내거나 닫고 \
                 다시 시도하세요.",
                path.display()
            ),
            Sqlite { path, detail } => {
                format!("{}의 기록을 사용할 수 없습니다: {detail}", path.display())
            }
            BadLocation { detail } => format!(
                "이 기록 위치를 쓸 수 없습니다 ({detail}). --history(또는 KKORI_HISTORY)는 \
                 sqlite:경로 또는 postgres://사용자:비밀번호@호스트:포트/데이터베이스 \
                 형식으로 주세요."
            ),
            Unreachable { server, detail } => format!(
                "기록 서버 {server}에 연결할 수 없습니다 ({detail}). 서버를 켜거나 \
                 --history 또는 KKORI_HISTORY의 호스트와 포트를 확인하세요."
            ),
            Auth { server, detail } => format!(
                "기록 서버 {server}가 사용자 `{}`를 거부했습니다 ({detail}). --history 또는 \
                 KKORI_HISTORY(또는 PGPASSWORD)의 사용자와 비밀번호를 확인하세요.",
                server.user
            ),
            NoDatabase { server } => format!(
                "기록 서버 {server}에 데이터베이스 `{}`가 없습니다. 만들거나({}) --history \
                 또는 KKORI_HISTORY에 다른 데이터베이스를 지정하세요.",
                server.database,
                server.createdb()
            ),
            Postgres { server, detail } => {
                format!("기록 서버 {server}를 사용할 수 없습니다: {detail}")
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

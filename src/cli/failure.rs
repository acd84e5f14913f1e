//! How a command fails: a message for the person and an exit code with a meaning.

use std::fmt;

/// Exit codes: 0 ok, 1 a problem with the user's input or data, 2 an internal or machine
/// problem (a full disk, a bug).
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

pub const USER: i32 = 1;
pub const INTERNAL: i32 = 2;

impl Failure {
    pub fn user(message: impl Into<String>) -> Self {
        Failure {
            code: USER,
            message: message.into(),
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Failure {
            code: INTERNAL,
            message: message.into(),
        }
    }

    /// Already reported (diagnostics were printed): exit quietly with this code.
    pub fn reported(code: i32) -> Self {
        Failure {
            code,
            message: String::new(),
        }
    }

    /// A failed write or read of `path`, worded for a person.
    pub fn io(action: &str, path: &std::path::Path, error: std::io::Error) -> Self {
        let hint = match error.kind() {
            std::io::ErrorKind::StorageFull => " (the disk is full; free some space and try again)",
            std::io::ErrorKind::PermissionDenied => " (permission denied)",
            std::io::ErrorKind::NotFound => "",
            _ => "",
        };
        // A missing file, a folder where a file should be, a read-only folder or file
        // system: the user's paths and settings (exit 1). A full disk or a failing device
        // is the machine's (exit 2).
        let user_side = matches!(
            error.kind(),
            std::io::ErrorKind::NotFound
                | std::io::ErrorKind::PermissionDenied
                | std::io::ErrorKind::AlreadyExists
        ) || is_user_os_error(&error);
        let code = if user_side { USER } else { INTERNAL };
        Failure {
            code,
            message: format!("cannot {action} `{}`: {error}{hint}", path.display()),
        }
    }
}

#[cfg(unix)]
fn is_user_os_error(error: &std::io::Error) -> bool {
    matches!(
        error.raw_os_error(),
        Some(libc::EROFS | libc::EISDIR | libc::ENOTDIR | libc::EACCES | libc::EPERM)
    )
}

#[cfg(not(unix))]
fn is_user_os_error(_: &std::io::Error) -> bool {
    false
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

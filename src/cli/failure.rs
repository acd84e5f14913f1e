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
        let code = if error.kind() == std::io::ErrorKind::NotFound {
            USER
        } else {
            INTERNAL
        };
        Failure {
            code,
            message: format!("cannot {action} `{}`: {error}{hint}", path.display()),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

//! One kkori at a time on a session: an exclusive lock held while an interview runs or is
//! resumed, so that two terminals never write different answers into one session.
//!
//! The lock is `<data>/sessions/<id>.lock`, holding the pid of its owner, and an advisory
//! `flock(2)` on that file. The kernel drops the flock when the process dies, however it
//! dies (SIGKILL, a closed terminal), so a lock file left by a dead process is stale by
//! construction and simply taken over; the pid in it is only there to say who holds a lock
//! that is live. Where `flock` is not available (some network file systems) the pid decides:
//! a lock whose process is gone is taken over.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// A held session lock; dropping it removes the lock file and releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    path: PathBuf,
    _file: File,
    /// The pid of a dead process whose lock file was taken over, if any.
    pub stale: Option<u32>,
}

#[derive(Debug)]
pub enum LockError {
    /// Another live process holds it.
    Held {
        pid: Option<u32>,
        path: PathBuf,
    },
    Io(std::io::Error, PathBuf),
}

impl SessionLock {
    /// Take the lock at `path`, or say who holds it.
    pub fn acquire(path: &Path) -> Result<SessionLock, LockError> {
        let io = |e| LockError::Io(e, path.to_path_buf());
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io)?;
        }
        // A holder removes the file as it lets go; a file opened just before that is no
        // longer the lock, so open it again (a few times at most).
        for _ in 0..5 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(path)
                .map_err(io)?;
            let previous = read_pid(&mut file);
            match try_lock(&file) {
                Locked::Yes => {
                    if !still_at(&file, path) {
                        continue;
                    }
                }
                Locked::HeldElsewhere => {
                    return Err(LockError::Held {
                        pid: previous,
                        path: path.to_path_buf(),
                    })
                }
                Locked::Unsupported => {
                    if let Some(pid) = previous.filter(|&p| p != std::process::id() && alive(p)) {
                        return Err(LockError::Held {
                            pid: Some(pid),
                            path: path.to_path_buf(),
                        });
                    }
                }
            }
            let own = std::process::id();
            file.set_len(0).map_err(io)?;
            file.rewind().map_err(io)?;
            writeln!(file, "{own}").map_err(io)?;
            file.sync_all().map_err(io)?;
            return Ok(SessionLock {
                path: path.to_path_buf(),
                _file: file,
                stale: previous.filter(|&p| p != own),
            });
        }
        Err(LockError::Held {
            pid: None,
            path: path.to_path_buf(),
        })
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still held, then closed: nobody can lock the old file after this.
        let _ = fs::remove_file(&self.path);
    }
}

fn read_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    text.trim().parse().ok().filter(|&p| p > 0)
}

enum Locked {
    Yes,
    HeldElsewhere,
    Unsupported,
}

#[cfg(unix)]
fn try_lock(file: &File) -> Locked {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a file descriptor this function borrows for the call.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc == 0 {
        return Locked::Yes;
    }
    match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::EWOULDBLOCK) => Locked::HeldElsewhere,
        _ => Locked::Unsupported,
    }
}

#[cfg(not(unix))]
fn try_lock(_: &File) -> Locked {
    Locked::Unsupported
}

/// Whether the file at `path` is still the one `file` has open (not removed and replaced).
#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_at(_: &File, path: &Path) -> bool {
    path.exists()
}

/// Whether a process with this pid exists (signal 0 checks without sending anything).
#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 sends nothing; it only checks that the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn alive(_: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_and_says_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.lock");
        let held = SessionLock::acquire(&path).unwrap();
        assert_eq!(held.stale, None);
        // flock is per open file: a second open in this process is refused like another
        // process would be.
        match SessionLock::acquire(&path) {
            Err(LockError::Held { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
            other => panic!("{other:?}"),
        }
        drop(held);
        assert!(!path.exists(), "released and removed");
        assert!(SessionLock::acquire(&path).is_ok());
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.lock");
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        fs::write(&path, format!("{dead}\n")).unwrap();
        let lock = SessionLock::acquire(&path).unwrap();
        assert_eq!(lock.stale, Some(dead));
        assert_eq!(
            fs::read_to_string(&path).unwrap().trim(),
            std::process::id().to_string()
        );
    }
}

//! The parsed form of a user's banks, kept in the data directory so that the next start
//! reads compact bytes instead of parsing (and validating) YAML again.
//!
//! One cache file per set of bank paths (`cache/banks-<hash of the paths>.kkori`), holding
//! a key (a hash of this build's bank code and of every file's name and bytes), a hash of
//! the body, and the body ([`Library::to_compact`]). Any change to a bank file, or a new
//! kkori, changes the key: the cache is rebuilt. A cache that cannot be read, is damaged
//! or cannot be written is ignored: it only ever costs the parse it was meant to save.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use kkori::bank::{compact, Library};
use xxhash_rust::xxh3::{xxh3_128, Xxh3};

/// Where caches go: `<data dir>/cache`, set once by the command line (see [`use_dir`]).
static DIR: OnceLock<PathBuf> = OnceLock::new();

/// Cache user banks under `dir` from now on.
pub fn use_dir(dir: PathBuf) {
    let _ = DIR.set(dir);
}

/// The header: the content key, then the hash of the body.
const HEADER: usize = 32;

/// The cache of one set of bank files, read as `files` (name, bytes).
pub struct Cache {
    path: PathBuf,
    key: u128,
}

impl Cache {
    /// `None` when no cache directory is set, or a file cannot be read (then the banks are
    /// read the usual way, which reports it).
    pub fn of(paths: &[PathBuf], files: &[PathBuf]) -> Option<Cache> {
        let dir = DIR.get()?;
        let mut names = Xxh3::new();
        for p in paths {
            let p = fs::canonicalize(p).unwrap_or_else(|_| p.clone());
            names.update(p.as_os_str().as_encoded_bytes());
            names.update(&[0]);
        }
        let mut key = Xxh3::new();
        key.update(env!("KKORI_BANK_CODE").as_bytes());
        key.update(&compact::FORMAT.to_le_bytes());
        let mut buffer = vec![0; 1 << 20];
        for path in files {
            let name = path.display().to_string();
            key.update(&(name.len() as u64).to_le_bytes());
            key.update(name.as_bytes());
            let mut file = fs::File::open(path).ok()?;
            let mut length = 0u64;
            loop {
                let n = match file.read(&mut buffer) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => return None,
                };
                key.update(&buffer[..n]);
                length += n as u64;
            }
            key.update(&length.to_le_bytes());
        }
        Some(Cache {
            path: dir.join(format!("banks-{:032x}.kkori", names.digest128())),
            key: key.digest128(),
        })
    }

    /// The library as cached, when the cache is there, current and whole (`only`: see
    /// [`Library::from_compact_for`]).
    pub fn read(&self, only: Option<&[&str]>) -> Option<Library> {
        let file = fs::File::open(&self.path).ok()?;
        // SAFETY: the map is read only and dropped before this returns (the library owns
        // copies of what it needs). kkori replaces a cache by renaming a new file over it,
        // which leaves this mapping on the old file; were some other program to truncate
        // the file meanwhile, reading could fault: a risk taken for a file in kkori's own
        // data directory, to avoid copying tens of megabytes on every start.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        let bytes: &[u8] = &map;
        if bytes.len() < HEADER || bytes[..16] != self.key.to_le_bytes() {
            return None;
        }
        let body = &bytes[HEADER..];
        if bytes[16..HEADER] != xxh3_128(body).to_le_bytes() {
            return None;
        }
        match only {
            Some(ids) => Library::from_compact_for(body, ids).ok(),
            None => Library::from_compact(body).ok(),
        }
    }

    /// Keep `library` (loaded from the files this cache was made for, without errors).
    /// Written to a temp file and renamed, so a reader sees a whole cache or none.
    pub fn write(&self, library: &Library) {
        let body = library.to_compact();
        let mut bytes = Vec::with_capacity(HEADER + body.len());
        bytes.extend_from_slice(&self.key.to_le_bytes());
        bytes.extend_from_slice(&xxh3_128(&body).to_le_bytes());
        bytes.extend_from_slice(&body);
        let _ = write_replacing(&self.path, &bytes);
    }
}

fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let temp = path.with_extension(format!("{}.tmp", std::process::id()));
    let written = fs::write(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

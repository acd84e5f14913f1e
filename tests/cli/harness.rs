//! A small builder for running the binary: `Kkori::new().args([..]).stdin("..").run()`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Kkori {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    dir: PathBuf,
    env: Vec<(String, String)>,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The repository root, where `question-banks/` and `tests/fixtures/` live.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

impl Kkori {
    pub fn new() -> Self {
        Kkori {
            args: Vec::new(),
            stdin: None,
            dir: root(),
            env: Vec::new(),
        }
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, args: I) -> Self {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_string()));
        self
    }

    /// Use the fixture bank and a data directory of the test's own.
    pub fn fixture_bank(self, data: &Path) -> Self {
        let bank = fixture("bank").display().to_string();
        self.args([
            "--banks",
            &bank,
            "--data-dir",
            data.to_str().expect("utf-8 temp path"),
        ])
    }

    pub fn stdin(mut self, input: impl AsRef<[u8]>) -> Self {
        self.stdin = Some(input.as_ref().to_vec());
        self
    }

    /// Set an environment variable for the child. The language variables (`KKORI_LANG`,
    /// `LC_ALL`, `LANG`) are removed unless set here, so a test sees kkori's default (Korean)
    /// whatever the locale of the machine running it.
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Self {
        self.dir = dir.to_path_buf();
        self
    }

    pub fn run(self) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kkori"));
        cmd.args(&self.args)
            .current_dir(&self.dir)
            .env("NO_COLOR", "1")
            .env_remove("KKORI_HOME")
            .env_remove("KKORI_LANG")
            .env_remove("LC_ALL")
            .env_remove("LANG")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("the kkori binary runs");
        if let Some(input) = self.stdin {
            let mut stdin = child.stdin.take().expect("piped stdin");
            // The child may exit before reading everything; that is its business.
            let _ = stdin.write_all(&input);
        }
        let out = child.wait_with_output().expect("kkori finishes");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Output {
    #[track_caller]
    pub fn success(&self) -> &Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn shows(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "expected {needle:?} in stdout:\n{}",
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn failure(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

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

/// The data directory of every run that names none, inside Cargo's scratch directory for
/// integration tests (`target/tmp`): never the user's real one.
pub fn sandbox_home() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("kkori-home")
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

    /// The command, ready to spawn: the binary, its arguments, a clean environment.
    fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kkori"));
        cmd.args(&self.args)
            .current_dir(&self.dir)
            .env("NO_COLOR", "1")
            // Never the real data directory: a test that passes no --data-dir (the banks'
            // cache, say) writes into a throwaway one. A test may set its own KKORI_HOME.
            .env("KKORI_HOME", sandbox_home())
            .env_remove("KKORI_HISTORY")
            .env_remove("PGPASSWORD")
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
        cmd
    }

    /// Start it and hand in the input, without waiting: for several at once.
    pub fn spawn(self) -> Running {
        let mut child = self.command().spawn().expect("the kkori binary runs");
        if let Some(input) = self.stdin {
            let mut stdin = child.stdin.take().expect("piped stdin");
            // Written on a thread: a large input must not wait for the child to read it.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&input);
            });
        }
        Running(child)
    }

    pub fn run(self) -> Output {
        self.spawn().wait()
    }
}

/// A kkori started by [`Kkori::spawn`].
pub struct Running(std::process::Child);

impl Running {
    pub fn wait(self) -> Output {
        let out = self.0.wait_with_output().expect("kkori finishes");
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

/// The fixture bank (`tests/fixtures/bank`), as a `--banks` argument.
pub fn bank() -> String {
    fixture("bank").display().to_string()
}

/// The saved sessions under `data`, oldest first.
pub fn sessions(data: &Path) -> Vec<kkori::interview::Session> {
    let mut out: Vec<kkori::interview::Session> = std::fs::read_dir(data.join("sessions"))
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
                .map(|e| {
                    let text = std::fs::read_to_string(e.path()).unwrap();
                    kkori::interview::Session::from_json(&text).unwrap()
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort_by_key(|s| s.started_at);
    out
}

/// Wait (30 s at most) until the (only) session under `data` exists with at least `n` turns.
pub fn wait_for_turns(data: &Path, n: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if sessions(data).first().is_some_and(|s| s.turns.len() >= n) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the session never reached {n} turns");
}

/// `kkori interview` on the fixture bank (two questions, seed 1) in a pseudo-terminal, as a
/// person at a keyboard meets it: keys are typed, and the screen is read as it comes.
pub struct Terminal {
    child: std::process::Child,
    keys: std::fs::File,
    output: std::sync::mpsc::Receiver<String>,
    /// What was shown since the last [`Terminal::from`].
    pub screen: String,
}

impl Terminal {
    pub fn interview(data: &Path) -> Terminal {
        use nix::pty::openpty;
        use std::io::Read;

        let pty = openpty(None, None).unwrap();
        let slave = pty.slave;
        let dup = |fd: &std::os::fd::OwnedFd| Stdio::from(fd.try_clone().unwrap());
        let bank = bank();
        let child = Command::new(env!("CARGO_BIN_EXE_kkori"))
            .args(["--banks", &bank, "--data-dir", data.to_str().unwrap()])
            .args([
                "interview",
                "--count",
                "2",
                "--seed",
                "1",
                "--topic",
                "http,tcp",
            ])
            .env("NO_COLOR", "1")
            .env("KKORI_HOME", sandbox_home())
            // The default language (Korean), whatever the locale running the tests.
            .env_remove("KKORI_LANG")
            .env_remove("LC_ALL")
            .env_remove("LANG")
            .env("TERM", "xterm")
            .stdin(dup(&slave))
            .stdout(dup(&slave))
            .stderr(dup(&slave))
            .spawn()
            .unwrap();
        drop(slave);
        let master = std::fs::File::from(pty.master);
        let keys = master.try_clone().unwrap();
        let (tx, output) = std::sync::mpsc::channel::<String>();
        std::thread::spawn(move || {
            let mut master = master;
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = master.read(&mut buf) {
                let _ = tx.send(String::from_utf8_lossy(&buf[..n]).into_owned());
            }
        });
        Terminal {
            child,
            keys,
            output,
            screen: String::new(),
        }
    }

    pub fn type_keys(&mut self, keys: impl AsRef<[u8]>) {
        self.keys.write_all(keys.as_ref()).unwrap();
    }

    /// Wait (20 s at most) until the screen shows `needle`.
    pub fn wait_for(&mut self, needle: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !self.screen.contains(needle) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            assert!(
                !left.is_zero(),
                "never saw {needle:?} on screen:\n{}",
                self.screen
            );
            if let Ok(chunk) = self.output.recv_timeout(left) {
                self.screen.push_str(&chunk);
            }
        }
    }

    /// Forget the screen before `needle` (already shown), so a later wait sees only what came
    /// after it.
    pub fn from(&mut self, needle: &str) {
        let at = self.screen.find(needle).expect("shown already");
        self.screen = self.screen.split_off(at);
    }

    pub fn wait(mut self) -> std::process::ExitStatus {
        self.child.wait().unwrap()
    }
}

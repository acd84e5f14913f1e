//! The `kkori` binary: parse the command line, run it, turn the outcome into an exit code.

mod cli;

fn main() {
    std::process::exit(cli::main());
}

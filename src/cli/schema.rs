//! `kkori schema`: write the JSON Schema of bank and rubric files.

use std::path::PathBuf;

use kkori::bank::schema::json_schema;

use super::failure::Result;
use super::out;
use super::store::write_atomic;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Point an editor's YAML language server at the file, e.g. with a first line
  # yaml-language-server: $schema=../docs/kkori.schema.json
See docs/authoring.md.

Examples:
  kkori schema > kkori.schema.json
  kkori schema --out docs/kkori.schema.json

Exit codes: 0 success, 1 a problem with your input or data, 2 an internal error.")]
pub struct Args {
    /// Write the schema to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(args: Args) -> Result {
    let schema = json_schema();
    match args.out {
        Some(path) => write_atomic(&path, schema.as_bytes()),
        None => out(schema.trim_end()),
    }
}

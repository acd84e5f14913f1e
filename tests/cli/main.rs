//! Integration tests: the real `kkori` binary, run with fixture files, piped input and a
//! temporary home. One test binary (like ripgrep's), a module per command.

mod batch;
mod browser;
mod cache;
mod check;
mod eval;
mod grade;
mod group;
mod harness;
mod help_lang;
mod history;
mod html_in_browser;
mod import;
mod interview;
mod issue14;
mod report;
mod report_fixture;
mod script;

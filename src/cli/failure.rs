//! How a command fails: the one [`Error`] of kkori (data, an exit code with a meaning, and
//! its wording in both languages in [`kkori::i18n`]).

pub use kkori::i18n::{Action, Error, Source, USER};

pub type Result<T = ()> = std::result::Result<T, Error>;

//! kkori (꼬리질문): question banks with follow-up chains, a Korean-aware keyword grader,
//! an interview state machine and reports. This crate is the pure core: it never reads the
//! clock, the environment or a random source; those come in as arguments.

pub mod bank;
pub mod bundled;
pub mod eval;
pub mod grade;
pub mod history;
pub mod html;
pub mod i18n;
pub use i18n::Error;
pub mod import;
pub mod interview;
pub mod report;
pub mod script;
pub mod text;

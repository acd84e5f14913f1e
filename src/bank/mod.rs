//! Question banks and rubrics: the model, YAML loading, validation with locations.

pub mod compact;
pub mod coverage;
mod diagnostic;
mod load;
pub mod localized;
pub mod locate;
pub mod model;
pub mod schema;
mod validate;

pub use diagnostic::{suggest, suggest_in, Diagnostic, Severity, ERROR_TAG, WARNING_TAG};
pub use load::{Library, SourceFile};
pub use localized::{Lang, Localized};
pub use model::*;

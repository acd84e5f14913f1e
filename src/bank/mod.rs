//! Question banks and rubrics: the model, YAML loading, validation.

pub mod localized;
pub mod model;

pub use localized::{Lang, Localized};
pub use model::*;

//! The syntax layer: files found and read as text, parsed (JSON, or YAML
//! with the fast block reader first) into one position-marked tree, and the
//! problem type every layer reports with. Nothing here knows a dialect.

pub(crate) mod json;
pub(crate) mod limits;
pub(crate) mod problem;
pub(crate) mod source;
pub(crate) mod tree;
pub(crate) mod yaml;

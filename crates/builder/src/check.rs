//! The check layer: the rules that span fields, variables and files,
//! run on the drafts of every file together.

pub(crate) mod dcat_needs;
pub(crate) mod validate;

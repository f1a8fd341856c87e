//! The dialect layer: which dialect a parsed file is in ([`detect`]), and
//! one reader per dialect that turns its tree into the dialect-neutral
//! [`draft`], with the field helpers they share ([`fields`], [`text`],
//! [`vocab`]) and the provider files that name the provider of JSON files.
//! Each reader reports what is wrong with single fields; the rules that
//! span fields and files are the check layer's.

pub(crate) mod date;
pub(crate) mod detect;
pub(crate) mod draft;
pub(crate) mod fields;
pub(crate) mod kudaf_yaml;
pub(crate) mod microdata_fields;
pub(crate) mod microdata_json;
pub(crate) mod model;
pub(crate) mod provider;
pub(crate) mod publisher;
pub(crate) mod raird_json;
pub(crate) mod slug;
pub(crate) mod suggest;
pub(crate) mod text;
pub(crate) mod unit_types;
pub(crate) mod vocab;

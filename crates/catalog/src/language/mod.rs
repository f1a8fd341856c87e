//! Text and languages, which everything else builds on: the UI languages
//! ([`crate::Lang`]) and multilingual metadata text ([`crate::Text`]),
//! Norwegian-aware folding of words for search and filters ([`fold`]),
//! A–Å ordering ([`collate`]), counts with grouped digits ([`digits`]),
//! cutting text to a length ([`clip`]), characters invisible inside a word
//! ([`invisible`]), the language a text resolved to
//! ([`crate::ResolvedText`]) and where technical names break ([`wrap`]).
//!
//! Import direction: `language` ← `schema` ← `engine` ← `browse`. This
//! folder imports from none of the others.

pub mod clip;
pub mod collate;
pub mod digits;
pub mod fold;
pub mod invisible;
pub(crate) mod text;
pub mod wrap;

//! The browse logic on top of the engine: the [`crate::Query`] a user
//! asks and the intents that change it, the engine's [`crate::Answer`]
//! and its filter chips, paging, related variables, finding and ordering
//! variables by id ([`locate`]), the way back to a result list
//! ([`crate::ReturnPoint`]), which view the URL shows
//! ([`crate::Route`]) and the URL codec with every URL key ([`url`]).
//!
//! Import direction: `language` ← `schema` ← `engine` ← `browse`. Browse
//! may import from all three; none of them imports from here.

pub(crate) mod answer;
pub(crate) mod locate;
pub(crate) mod paging;
pub(crate) mod profile;
pub(crate) mod query;
pub(crate) mod related;
pub(crate) mod return_point;
pub(crate) mod route;
pub mod url;

//! The prøverom (`?vis=proverom`): a provider drops, picks or pastes its
//! metadata, reads the builder's own report and previews its variables in
//! the shop's own pages. The shop renders the page's heading and a host
//! (`host`); the rest is a second app, the page module (`module`, built
//! from `src/bin/proverom_page.rs`), fetched on the first visit so that
//! the shop's first load carries none of it. The checking runs in a
//! worker (`load::checker`); the files and the report live in
//! `state::TrialCtx`, inside the module.

mod bridge;
mod editor;
mod folder_drop;
mod host;
mod module;
mod page;
mod pick;
mod preview;
mod report;

pub use host::TrialHost;
pub use module::start;

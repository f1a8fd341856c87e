//! The prøverom (`?vis=proverom`): a provider drops, picks or pastes its
//! metadata, reads the builder's own report and previews its variables in
//! the shop's own pages. The checking runs in a worker (`load::checker`);
//! the files and the report live in `state::TrialCtx`.

mod editor;
mod folder_drop;
mod page;
mod pick;
mod preview;
mod report;

pub use page::TrialPage;

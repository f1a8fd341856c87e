//! The page about KUDAF and the VIGO pilot (`?vis=om`): what KUDAF is, its
//! ecosystem as a picture, the pilot between Novari IKS and HK-dir as a
//! timeline, Novari's phase-1 variables in this catalog, the outcome and
//! the sources. Every text comes from `content.json`.

mod ecosystem;
mod outcome;
mod page;
mod timeline;
mod variable_list;

pub use ecosystem::EcosystemPicture;
pub use outcome::{OutcomeSection, SourceList};
pub use page::AboutPage;
pub use timeline::PilotTimeline;
pub use variable_list::NovariVariables;

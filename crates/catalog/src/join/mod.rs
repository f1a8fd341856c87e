//! Joinability: which of the selected variables can be combined.
//!
//! Rows of two variables can be joined when they are about the same unit
//! type (PERSON with PERSON, whichever provider), or when link variables
//! lead from one unit type to the other: a link variable is keyed on its
//! identifier unit type and its value identifies a unit of
//! `measure.link_to`, so `VGO_ELEV_SKOLE` (PERSON → SKOLE) joins pupils'
//! and schools' variables. The unit types and link variables form an
//! undirected graph; [`JoinGraph::report`] checks a basket against it so
//! the app can show "PERSON ↔ SKOLE via VGO_ELEV_SKOLE" and warn when
//! nothing links parts of the selection.

mod graph;
mod report;

pub use graph::JoinGraph;
pub use report::{Connection, GroupLink, JoinReport, UnitGroup};

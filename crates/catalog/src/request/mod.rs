//! The request (søknad): the draft a researcher writes for the basket's
//! variables, the checklist of what is missing, the coverage timeline and
//! the structured request files.
//!
//! The draft is saved with the basket ([`crate::Stored`]) and changed
//! through [`crate::BasketOp::Edit`]; [`check`] derives its checklist.

mod check;
mod draft;
mod field;
mod format;
mod identifier;
mod period;
mod timeline;

pub use check::{check, is_plausible_email, CheckItem, Checklist, Problem, Severity};
pub use draft::{Draft, DraftEdit, DraftField, EditRefused, PeriodEnd, VariableRequest};
pub use field::FieldId;
pub use format::{request_files, request_json, RequestFile, REQUEST_FORMAT_VERSION};
pub use period::{Period, PeriodProblem, Years};
pub(crate) use timeline::coverage_span;
pub use timeline::{code_timeline, timeline, Axis, CodeLane, CodeTimeline, Lane, Span, Timeline};

//! The prøverom (metadata test room): what the builder's checker, run in
//! the browser, hands the app, and the rules the page shows it by. The
//! builder fills these types (crates/proverom); the app only reads them.

mod cursor;
mod excerpt;
mod report;

pub use cursor::line_span_utf16;
pub use excerpt::{excerpt, Excerpt, ExcerptLine, NEIGHBOURS};
pub use report::{FileGroup, ProviderGroup, TrialBuild, TrialProblem, TrialReport};

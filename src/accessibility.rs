//! The accessibility statement (`?vis=tilgjengelighet`), rendered from
//! `content.json` (`content/accessibility.yaml`).

mod page;

pub use page::AccessibilityPage;

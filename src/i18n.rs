//! Every UI string in Norwegian Bokmål, Norwegian Nynorsk and English: one
//! file per language and the [`Ui`] type each fills in, plus the labels of
//! the sort orders. Which language is shown is app state
//! ([`crate::state::LangCtx`]).
//!
//! Strings are fields of structs rather than keys in a map, so a string
//! missing in one language is a compile error, not a blank on screen.

mod en;
mod labels;
mod nb;
mod nn;
mod ui;

pub use en::EN;
pub use labels::sort_name;
pub use nb::NB;
pub use nn::NN;
pub use ui::{BasketText, Browse, DatasetText, Detail, DraftText, ProviderText, Shell, Story, Ui};

use catalog::Lang;

/// The strings for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &NN,
        Lang::En => &EN,
    }
}

//! Facets: the filters beside the result list, with their counts.
//!
//! Values are ORed within a facet and facets are ANDed. Counts are
//! disjunctive: a facet's counts apply the search text, the basket filter
//! and every *other* facet's selection, but not its own, so the user sees
//! how many more rows ticking another value of the same facet would add.
//! Each facet value has a bitset of its variables, so a count is an AND
//! and a popcount (or, for small result sets, a scan of the results).

mod count;
mod table;

pub(crate) use table::FacetIndex;

use crate::{Lang, Sensitivity};

/// A facet of the browse page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Datatilbyder: value ids are provider ids.
    Provider,
    /// Temporalitet: value ids are temporality codes, e.g. `FIXED`.
    Temporality,
    /// Enhetstyper: value ids are unit type ids; a variable counts under
    /// each of its unit types.
    UnitType,
    /// Tilgjengelighet: `PUBLIC` (open) or `NONPUBLIC` (every restricted
    /// level); see [`Access`].
    Access,
    /// Emne: value ids are subject slugs, the folded Bokmål text joined by
    /// `-` (see [`crate::fold::slug`]), e.g. `offentlig-forvaltning`.
    Subject,
    /// Datasett: value ids are dataset keys, `<provider id>/<dataset id>`
    /// (see [`crate::Dataset::key`]); a variable without a dataset has no
    /// value here.
    Dataset,
}

impl Facet {
    /// Every facet, in the order the page shows them.
    pub const ALL: [Facet; 6] = [
        Facet::Provider,
        Facet::Dataset,
        Facet::Temporality,
        Facet::UnitType,
        Facet::Access,
        Facet::Subject,
    ];

    /// The facet's heading.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Facet::Provider, Lang::Nb) => "Datatilbyder",
            (Facet::Provider, Lang::Nn) => "Datatilbydar",
            (Facet::Provider, Lang::En) => "Data provider",
            (Facet::Temporality, Lang::Nb) => "Temporalitet",
            (Facet::Temporality, Lang::Nn) => "Temporalitet",
            (Facet::Temporality, Lang::En) => "Temporality",
            (Facet::UnitType, Lang::Nb) => "Enhetstyper",
            (Facet::UnitType, Lang::Nn) => "Einingstypar",
            (Facet::UnitType, Lang::En) => "Unit types",
            (Facet::Access, Lang::Nb) => "Tilgjengelighet",
            (Facet::Access, Lang::Nn) => "Tilgjenge",
            (Facet::Access, Lang::En) => "Access",
            (Facet::Subject, Lang::Nb) => "Emne",
            (Facet::Subject, Lang::Nn) => "Emne",
            (Facet::Subject, Lang::En) => "Subject",
            (Facet::Dataset, Lang::Nb) => "Datasett",
            (Facet::Dataset, Lang::Nn) => "Datasett",
            (Facet::Dataset, Lang::En) => "Dataset",
        }
    }

    /// The position in [`Facet::ALL`], which is also the order of the
    /// facet tables in the prebuilt index.
    pub(crate) fn index(self) -> usize {
        match self {
            Facet::Provider => 0,
            Facet::Dataset => 1,
            Facet::Temporality => 2,
            Facet::UnitType => 3,
            Facet::Access => 4,
            Facet::Subject => 5,
        }
    }
}

/// The two buckets of the access facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Access {
    /// Åpen: open data ([`Sensitivity::Public`]).
    Open,
    /// Begrenset: every other sensitivity level.
    Restricted,
}

impl Access {
    /// The bucket of a sensitivity level.
    pub fn of(sensitivity: Sensitivity) -> Access {
        if sensitivity.is_open() {
            Access::Open
        } else {
            Access::Restricted
        }
    }

    /// The facet value id: `PUBLIC` or `NONPUBLIC`.
    pub fn id(self) -> &'static str {
        match self {
            Access::Open => Sensitivity::Public.code(),
            Access::Restricted => Sensitivity::Nonpublic.code(),
        }
    }

    /// The label: Åpen or Begrenset.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Access::Open => Sensitivity::Public.access_label(lang),
            Access::Restricted => Sensitivity::Nonpublic.access_label(lang),
        }
    }
}

/// One facet with its values, as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    /// Which facet.
    pub facet: Facet,
    /// Its values, by count (most first), then label A–Å, then id. A value
    /// with no rows is left out unless it is selected.
    pub values: Vec<FacetValue>,
}

/// One value of a facet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The id used in [`crate::Query`] and the URL.
    pub id: String,
    /// The label in the query's language.
    pub label: String,
    /// How many variables selecting this value would show (disjunctive).
    pub count: usize,
    /// True when the query selects this value.
    pub selected: bool,
}

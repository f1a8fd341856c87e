//! The orders the engine keeps ready for the result list.

/// The order of the result list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sort {
    /// Best match first; the default. Without search text there is nothing
    /// to rank by, so it sorts like [`Sort::Name`].
    #[default]
    Relevance,
    /// Label A–Å (Norwegian order), then id.
    Name,
    /// Provider name A–Å, then label.
    Provider,
    /// Most recently updated first; variables without a date last.
    Updated,
}

impl Sort {
    /// Every sort, in the order the UI offers them.
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Name, Sort::Provider, Sort::Updated];
}

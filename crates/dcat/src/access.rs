//! Access rights: the metadata's sensitivity levels mapped onto the EU
//! access-right vocabulary, which DCAT-AP-NO 2 requires for
//! `dct:accessRights` (`PUBLIC`, `RESTRICTED` or `NON_PUBLIC`).

use catalog::Sensitivity;

/// An access right of the EU vocabulary, ordered from open to closed so
/// that the most restrictive of several is their maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AccessRight {
    /// Open to everyone.
    Public,
    /// Shared under conditions: here, an approved application.
    Restricted,
    /// Not public: personal data, given only to approved projects.
    NonPublic,
}

impl AccessRight {
    /// The concept's code in the EU vocabulary.
    pub fn code(self) -> &'static str {
        match self {
            AccessRight::Public => "PUBLIC",
            AccessRight::Restricted => "RESTRICTED",
            AccessRight::NonPublic => "NON_PUBLIC",
        }
    }

    /// The concept's IRI.
    pub fn iri(self) -> String {
        format!("{}{}", crate::ns::ACCESS_RIGHT, self.code())
    }

    /// The access right for a variable's sensitivity level.
    ///
    /// `PUBLIC` data is open. `NONPUBLIC` is KUDAF's own restricted level:
    /// the data are not personal and are shared with whoever is granted an
    /// application, which is the vocabulary's "restricted" (access under
    /// conditions). `PERSON_GENERAL` and `PERSON_SPECIAL` are personal data
    /// (special categories for the latter): they are exempt from public
    /// access and given only to approved research projects, which is
    /// "non-public".
    pub fn of(sensitivity: Sensitivity) -> AccessRight {
        match sensitivity {
            Sensitivity::Public => AccessRight::Public,
            Sensitivity::Nonpublic => AccessRight::Restricted,
            Sensitivity::PersonGeneral | Sensitivity::PersonSpecial => AccessRight::NonPublic,
        }
    }

    /// The access right of a dataset: the most restrictive of its
    /// variables', since a researcher who wants all of it needs every
    /// permission. `None` for a dataset without variables.
    pub fn of_all(levels: impl IntoIterator<Item = Sensitivity>) -> Option<AccessRight> {
        levels.into_iter().map(AccessRight::of).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sensitivity_maps_to_one_eu_access_right() {
        let cases = [
            (Sensitivity::Public, "PUBLIC"),
            (Sensitivity::Nonpublic, "RESTRICTED"),
            (Sensitivity::PersonGeneral, "NON_PUBLIC"),
            (Sensitivity::PersonSpecial, "NON_PUBLIC"),
        ];
        for (sensitivity, code) in cases {
            assert_eq!(AccessRight::of(sensitivity).code(), code, "{sensitivity:?}");
        }
        // The table covers every level the metadata standard has.
        assert_eq!(cases.len(), Sensitivity::ALL.len());
    }

    #[test]
    fn a_dataset_takes_the_most_restrictive_of_its_variables() {
        use Sensitivity::*;
        let cases: [(&[Sensitivity], Option<AccessRight>); 5] = [
            (&[], None),
            (&[Public, Public], Some(AccessRight::Public)),
            (&[Public, Nonpublic], Some(AccessRight::Restricted)),
            (
                &[PersonGeneral, Nonpublic, Public],
                Some(AccessRight::NonPublic),
            ),
            (&[PersonSpecial], Some(AccessRight::NonPublic)),
        ];
        for (levels, expected) in cases {
            assert_eq!(
                AccessRight::of_all(levels.iter().copied()),
                expected,
                "{levels:?}"
            );
        }
    }

    #[test]
    fn iris_are_in_the_eu_vocabulary() {
        assert_eq!(
            AccessRight::NonPublic.iri(),
            "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC"
        );
    }
}

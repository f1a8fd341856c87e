//! Adding one id, with the reason when it is refused, so the app can say
//! it at the control that was used.

use super::Basket;
use std::fmt;

/// Why [`Basket::try_add`] did not select an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddRefused {
    /// The basket already holds [`Basket::MAX_IDS`] ids.
    Full,
    /// The id is longer than [`Basket::MAX_ID_CHARS`] chars.
    TooLong,
    /// The id is empty.
    Empty,
    /// The id is selected already; nothing changed, and nothing is wrong.
    AlreadyThere,
}

impl AddRefused {
    /// A stable code for the app's message table and for tests:
    /// `full`, `too-long`, `empty`, `already-there`.
    pub fn code(self) -> &'static str {
        match self {
            AddRefused::Full => "full",
            AddRefused::TooLong => "too-long",
            AddRefused::Empty => "empty",
            AddRefused::AlreadyThere => "already-there",
        }
    }
}

impl fmt::Display for AddRefused {
    /// An English sentence for logs; the app shows its own, translated,
    /// text for [`AddRefused::code`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddRefused::Full => write!(
                f,
                "the basket is full ({} variables); remove some to add more",
                Basket::MAX_IDS
            ),
            AddRefused::TooLong => write!(
                f,
                "the id is longer than {} characters",
                Basket::MAX_ID_CHARS
            ),
            AddRefused::Empty => write!(f, "the id is empty"),
            AddRefused::AlreadyThere => write!(f, "the variable is in the basket already"),
        }
    }
}

impl Basket {
    /// Selects `id`, or says why not.
    ///
    /// The checks run in this order, so the reason is the one the user can
    /// act on: an empty or over-long id is refused as such even when the
    /// basket is full, and an id that is already there is reported as
    /// [`AddRefused::AlreadyThere`] rather than [`AddRefused::Full`].
    pub fn try_add(&mut self, id: impl Into<String>) -> Result<(), AddRefused> {
        let id = id.into();
        if id.is_empty() {
            return Err(AddRefused::Empty);
        }
        if id.chars().count() > Basket::MAX_ID_CHARS {
            return Err(AddRefused::TooLong);
        }
        if self.contains(&id) {
            return Err(AddRefused::AlreadyThere);
        }
        if self.is_full() {
            return Err(AddRefused::Full);
        }
        self.ids.insert(id);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_its_reason() {
        let full: Basket = (0..Basket::MAX_IDS).map(|i| format!("p/V{i}")).collect();
        let long = "x".repeat(Basket::MAX_ID_CHARS + 1);
        let cases: [(&Basket, &str, Result<(), AddRefused>); 7] = [
            (&Basket::default(), "p/A", Ok(())),
            (&Basket::default(), "", Err(AddRefused::Empty)),
            (&Basket::default(), &long, Err(AddRefused::TooLong)),
            (&full, "p/NEW", Err(AddRefused::Full)),
            (&full, "p/V7", Err(AddRefused::AlreadyThere)),
            (&full, "", Err(AddRefused::Empty)),
            (&full, &long, Err(AddRefused::TooLong)),
        ];
        for (basket, id, expected) in cases {
            let mut b = basket.clone();
            assert_eq!(b.try_add(id), expected, "{id:?} into {} ids", basket.len());
            assert_eq!(b.contains(id), expected.is_ok() || basket.contains(id));
            assert_eq!(b.len(), basket.len() + usize::from(expected.is_ok()));
        }
    }

    #[test]
    fn codes_and_messages_are_distinct() {
        let all = [
            AddRefused::Full,
            AddRefused::TooLong,
            AddRefused::Empty,
            AddRefused::AlreadyThere,
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a.code(), b.code());
                assert_ne!(a.to_string(), b.to_string());
            }
        }
        assert!(AddRefused::Full.to_string().contains("10000"));
    }
}

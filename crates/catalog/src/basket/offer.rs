//! What to offer for a share link: the receiver chooses to replace their
//! basket or add to it, but only where that changes something.

use super::share::parse;
use super::{AddRefused, Basket, BASKET_KEY};
use crate::locate::Locator;
use crate::{url, Catalog};

/// One choice the app offers for a shared basket, in the order of
/// [`ShareOffer::actions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareAction {
    /// Add the shared variables to the basket (apply
    /// [`super::BasketOp::AddAll`] with [`ShareOffer::shared`]).
    Add,
    /// Replace the basket with the shared variables (apply
    /// [`super::BasketOp::Replace`]); the outcome carries an
    /// [`super::Undo`], so offer "Angre" after it.
    Replace,
    /// Leave the basket as it is and drop the link's parameter.
    Dismiss,
}

/// A share link checked against the catalog and the current basket.
///
/// Build it with [`ShareOffer::analyse`] in a `Memo` over the URL and the
/// basket; the component only shows the counts and one button per
/// [`ShareOffer::actions`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareOffer {
    /// The shared variables that the catalog has: what Add and Replace use.
    pub shared: Basket,
    /// How many shared variables the catalog has (`shared.len()`).
    pub valid: usize,
    /// How many entries of the link cannot be used: malformed, too long,
    /// past the basket's cap, or ids the catalog does not have.
    pub invalid: usize,
    /// How many of [`ShareOffer::shared`] are not in the current basket:
    /// what Add would add (before the cap, see [`super::Outcome::added`]).
    pub new: usize,
    /// What to offer, in button order; always ends with
    /// [`ShareAction::Dismiss`].
    ///
    /// - [`ShareAction::Add`] when some valid variable is not in the
    ///   basket yet;
    /// - [`ShareAction::Replace`] when the basket is not empty and differs
    ///   from the shared variables (with an empty basket, Add already does
    ///   the same, so only Add is offered);
    /// - nothing but Dismiss when the link has no valid variable: a link
    ///   of typos or of variables withdrawn from the catalog never empties
    ///   a basket.
    pub actions: Vec<ShareAction>,
}

impl ShareOffer {
    /// Checks the share parameter of `search` (a query string, with or
    /// without `?`; see [`Basket::from_search_string`]) against `catalog`
    /// and the `current` basket. `None` when there is no [`BASKET_KEY`]
    /// parameter at all; `Some` with only Dismiss when it is there but
    /// holds nothing usable, so the app can say "the link held no
    /// variables we know".
    pub fn analyse(search: &str, current: &Basket, catalog: &Catalog) -> Option<ShareOffer> {
        let mut read: Option<(Basket, usize)> = None;
        for (key, value) in url::parse_pairs(search) {
            if key.trim().eq_ignore_ascii_case(BASKET_KEY) {
                let (basket, skipped) = parse(&value);
                let (all, invalid) = read.get_or_insert_with(|| (Basket::default(), 0));
                *invalid += skipped;
                for id in basket.ids() {
                    // A repeat across parameters is neither new nor wrong.
                    if let Err(AddRefused::Full) = all.try_add(id) {
                        *invalid += 1;
                    }
                }
            }
        }
        let (read, mut invalid) = read?;
        let locator = Locator::new(catalog);
        let mut shared = Basket::default();
        for id in read.ids() {
            if locator.find(id).is_some() {
                shared.add(id);
            } else {
                invalid += 1;
            }
        }
        let new = shared.ids().filter(|id| !current.contains(id)).count();
        let mut actions = Vec::new();
        if new > 0 {
            actions.push(ShareAction::Add);
        }
        if !shared.is_empty() && !current.is_empty() && *current != shared {
            actions.push(ShareAction::Replace);
        }
        actions.push(ShareAction::Dismiss);
        Some(ShareOffer {
            valid: shared.len(),
            invalid,
            new,
            shared,
            actions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, variable};
    use crate::Text;

    fn basket(ids: &[&str]) -> Basket {
        ids.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn offers_only_what_changes_something() {
        let cat = catalog(
            vec![provider("p", "P")],
            vec![],
            ["A", "B", "C"]
                .map(|n| variable("p", n, Text::nb(n), Text::default()))
                .to_vec(),
        );
        use ShareAction::{Add, Dismiss, Replace};
        /// (search, current basket, valid, invalid, new, actions)
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            usize,
            usize,
            usize,
            &'a [ShareAction],
        );
        let cases: [Case; 9] = [
            ("kurv=p.A.B", &[], 2, 0, 2, &[Add, Dismiss]),
            ("kurv=p.A.B", &["p/C"], 2, 0, 2, &[Add, Replace, Dismiss]),
            ("kurv=p.A.B", &["p/A", "p/B"], 2, 0, 0, &[Dismiss]),
            ("kurv=p.A", &["p/A", "p/B"], 1, 0, 0, &[Replace, Dismiss]),
            (
                "kurv=p.A.GONE~q.X",
                &["p/C"],
                1,
                2,
                1,
                &[Add, Replace, Dismiss],
            ),
            // Nothing valid: nothing to replace, whatever the basket.
            ("kurv=p.GONE~%2F.X", &["p/C"], 0, 2, 0, &[Dismiss]),
            ("kurv=", &["p/C"], 0, 0, 0, &[Dismiss]),
            // Repeated parameters merge; the repeat is not invalid.
            ("kurv=p.A&KURV=p.A.B", &[], 2, 0, 2, &[Add, Dismiss]),
            ("q=elev", &[], 0, 0, 0, &[]),
        ];
        for (search, current, valid, invalid, new, actions) in cases {
            let offer = ShareOffer::analyse(search, &basket(current), &cat);
            let Some(offer) = offer else {
                assert!(actions.is_empty(), "{search}: no offer");
                continue;
            };
            assert_eq!(
                (
                    offer.valid,
                    offer.invalid,
                    offer.new,
                    offer.actions.as_slice()
                ),
                (valid, invalid, new, actions),
                "{search} with {current:?}"
            );
            assert_eq!(offer.shared.len(), valid);
        }
    }
}

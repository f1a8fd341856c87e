//! Changes another tab made that this tab may have overwritten.
//!
//! Each tab reads `localStorage` from its own copy, which the browser
//! brings up to date between tasks. Two tabs that change the basket within
//! the same moment can each read the text from before the other's change
//! and write over it. The `storage` event tells each tab what the other
//! wrote (`oldValue` → `newValue`); when `oldValue` is not what this tab
//! last saw, the two wrote at once, and this tab applies the other's
//! change again ([`missed_ops`]) so that both stay.

use super::{BasketOp, Stored};
use crate::request::{DraftEdit, DraftField, PeriodEnd};

/// The operations that redo another tab's change from `old` to `new` (the
/// `storage` event's `oldValue` and `newValue`), when that change may have
/// been lost: `old` differs from `last`, the text this tab last wrote or
/// saw. Empty when the change followed on from what this tab saw, or when
/// either text cannot be read (nothing can be redone safely then).
///
/// Selections and deselections are redone as `Add` and `Remove`, draft
/// fields the other tab changed as `Edit` with its text; apply them with
/// [`super::apply`] to what is saved now.
pub fn missed_ops(last: Option<&str>, old: Option<&str>, new: Option<&str>) -> Vec<BasketOp> {
    if old == last {
        return Vec::new();
    }
    let read = |text: Option<&str>| text.map_or(Ok(Stored::default()), Stored::from_text);
    let (Ok(old), Ok(new)) = (read(old), read(new)) else {
        return Vec::new();
    };
    let mut ops: Vec<BasketOp> = new
        .basket
        .ids()
        .filter(|id| !old.basket.contains(id))
        .map(|id| BasketOp::Add(id.to_string()))
        .collect();
    ops.extend(
        old.basket
            .ids()
            .filter(|id| !new.basket.contains(id))
            .map(|id| BasketOp::Remove(id.to_string())),
    );
    let (old, new) = (&old.draft, &new.draft);
    for field in DraftField::ALL {
        if old.get(field) != new.get(field) {
            ops.push(BasketOp::Edit(DraftEdit::Field(
                field,
                new.get(field).into(),
            )));
        }
    }
    let ids = new.variables.keys().chain(old.variables.keys());
    // Each id once; a sorted list rather than one more `BTreeSet` type
    // in the app's WebAssembly (drafts name a few dozen variables).
    let mut seen: Vec<&String> = Vec::new();
    for id in ids {
        let Err(at) = seen.binary_search(&id) else {
            continue;
        };
        seen.insert(at, id);
        let (was, is) = (old.variable(id), new.variable(id));
        if was.justification != is.justification {
            ops.push(BasketOp::Edit(DraftEdit::Justification {
                id: id.clone(),
                text: is.justification,
            }));
        }
        for (end, was, is) in [
            (PeriodEnd::From, was.period.from, is.period.from),
            (PeriodEnd::To, was.period.to, is.period.to),
        ] {
            if was != is {
                ops.push(BasketOp::Edit(DraftEdit::VariablePeriod {
                    id: id.clone(),
                    end,
                    text: is,
                }));
            }
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{apply, Basket, Draft};

    fn text(ids: &[&str], purpose: &str) -> String {
        let basket: Basket = ids.iter().map(|id| id.to_string()).collect();
        let mut draft = Draft::default();
        draft
            .edit(&DraftEdit::Field(DraftField::Purpose, purpose.into()))
            .expect("short");
        Stored::new(basket, draft).to_text()
    }

    #[test]
    fn redoes_only_changes_made_at_the_same_time() {
        let empty = text(&[], "");
        let x = text(&["p/X"], "");
        let y = text(&["p/Y"], "");
        let drafted = text(&[], "Frafall");
        let add = |id: &str| BasketOp::Add(id.into());
        let remove = |id: &str| BasketOp::Remove(id.into());
        let purpose = |t: &str| BasketOp::Edit(DraftEdit::Field(DraftField::Purpose, t.into()));
        /// (last seen, event old, event new, ops to redo)
        type Case<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Vec<BasketOp>,
        );
        let cases: Vec<Case> = vec![
            // The other tab followed on from what this tab saw: nothing.
            (Some(&x), Some(&x), Some(&y), vec![]),
            (None, None, Some(&x), vec![]),
            // This tab wrote {Y} while the other turned {} into {X}.
            (Some(&y), Some(&empty), Some(&x), vec![add("p/X")]),
            (Some(&y), None, Some(&x), vec![add("p/X")]),
            // The other tab deselected X and selected Y at once.
            (
                Some(&empty),
                Some(&x),
                Some(&y),
                vec![add("p/Y"), remove("p/X")],
            ),
            // A draft edit is redone with its text.
            (
                Some(&y),
                Some(&empty),
                Some(&drafted),
                vec![purpose("Frafall")],
            ),
            // Unreadable texts: nothing is redone.
            (Some(&y), Some("{"), Some(&x), vec![]),
            (Some(&y), Some(&empty), Some(r#"{"version":2}"#), vec![]),
        ];
        for (last, old, new, expected) in cases {
            assert_eq!(missed_ops(last, old, new), expected, "{old:?} → {new:?}");
        }
    }

    #[test]
    fn two_tabs_writing_at_once_keep_both_selections() {
        // Both tabs read {} and wrote; the browser kept A's {Y}. Tab A
        // then hears of B's {} → {X} and redoes it on what is saved.
        let (before, from_b) = (text(&[], ""), text(&["p/X"], ""));
        let mut saved = apply(
            Some(&before),
            &Stored::default(),
            &BasketOp::Add("p/Y".into()),
        )
        .text
        .expect("a change");
        for op in missed_ops(Some(&saved), Some(&before), Some(&from_b)) {
            let outcome = apply(Some(&saved), &Stored::default(), &op);
            saved = outcome.text.unwrap_or(saved);
        }
        let ids: Vec<String> = Stored::from_text(&saved)
            .expect("ours")
            .basket
            .ids()
            .map(String::from)
            .collect();
        assert_eq!(ids, ["p/X", "p/Y"]);
    }
}

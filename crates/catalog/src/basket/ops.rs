//! Changes to the saved basket as operations, each applied to what is
//! saved at that moment, so any number of tabs can change the basket and
//! the draft at once and every change stays.
//!
//! The app's storage effect, for every user change:
//!
//! 1. read [`STORAGE_KEY`](crate::STORAGE_KEY) from `localStorage` (fresh, never a copy kept
//!    in memory: another tab may have written since);
//! 2. `let outcome = apply(saved.as_deref(), &shown, &op);`
//! 3. if `outcome.backup` is `Some`, write it under [`BACKUP_KEY`](crate::BACKUP_KEY); then,
//!    if `outcome.text` is `Some`, write it under [`STORAGE_KEY`](crate::STORAGE_KEY) (both in
//!    the same event-loop turn, so no other tab's write comes between the
//!    read and the write);
//! 4. show `outcome.stored`; say `outcome.refused` at the control that was
//!    used; offer "Angre" with `outcome.undo`; show `outcome.notice`.
//!
//! Read and write happen in one synchronous turn and `localStorage` is
//! shared by the tabs of one origin, so the only lost update left is a
//! write that fails (storage full), which the app reports.
//!
//! Another tab's change arrives as a `storage` event: show
//! `Stored::load(event.newValue)` (keeping the shown state when its
//! `problem` is a version problem).

use super::{AddRefused, Basket, BasketError, Stored};
use crate::request::DraftEdit;
use crate::request::{Draft, EditRefused};

/// One change to the saved basket or draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BasketOp {
    /// Selects a variable. Refused with the reason when the basket is full
    /// or the id unusable ([`Outcome::refused`]); selecting one that is
    /// there already changes nothing and is not refused.
    Add(String),
    /// Deselects a variable. Its justification stays in the draft.
    Remove(String),
    /// Selects every id of a basket (a share link's "Legg til"): as many
    /// as fit; [`Outcome::added`] counts them, and [`Outcome::refused`] is
    /// `Full` when some did not fit. Undoable.
    AddAll(Basket),
    /// "Tøm kurven": empties the basket and the draft. Undoable.
    Clear,
    /// Replaces the selection (a share link's "Erstatt"); the draft stays.
    /// Undoable.
    Replace(Basket),
    /// Takes back an [`Outcome::undo`].
    Undo(Undo),
    /// Changes one field of the draft.
    Edit(DraftEdit),
}

/// What an undo restores, from [`Outcome::undo`].
///
/// Undo restores the state before the change *plus* what arrived since:
/// the result is `before ∪ (saved now − installed)`, and the draft's
/// fields that are empty now are filled from `draft`. So when tab A
/// empties {P, Q}, tab B adds R and A undoes, the basket is {P, Q, R}.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undo {
    /// The basket before the change.
    pub before: Basket,
    /// The basket the change left; what is saved beyond it when the undo
    /// comes arrived since, and stays.
    pub installed: Basket,
    /// The draft before the change, for a change that cleared it.
    pub draft: Option<Box<Draft>>,
}

/// Why an operation was not (fully) applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// An id was not selected; for [`BasketOp::AddAll`] `Full` means some
    /// ids did not fit.
    Add(AddRefused),
    /// A draft edit was not applied.
    Edit(EditRefused),
}

/// Something about the saved text the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The saved text could not be read (another version, or damaged), so
    /// this change was applied to the basket shown, and the saved text was
    /// moved to [`BACKUP_KEY`](crate::BACKUP_KEY) ([`Outcome::backup`]). Say, once: "Kurven
    /// var lagret av en annen versjon av nettbutikken; den er tatt vare
    /// på."
    BackedUp(BasketError),
}

/// The result of [`apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The text to write under [`STORAGE_KEY`](crate::STORAGE_KEY); `None` when nothing
    /// changed (no write, so an unreadable saved text stays untouched).
    pub text: Option<String>,
    /// The unreadable saved text, to write under [`BACKUP_KEY`](crate::BACKUP_KEY) before
    /// `text`; only ever set together with `text`.
    pub backup: Option<String>,
    /// The state to show now.
    pub stored: Stored,
    /// Why the operation was refused, or only partly applied.
    pub refused: Option<Refused>,
    /// How many ids were selected by this operation (0 or 1 for
    /// [`BasketOp::Add`]), for "3 variabler lagt til".
    pub added: usize,
    /// How to take the change back, for [`BasketOp::Clear`],
    /// [`BasketOp::Replace`] and [`BasketOp::AddAll`] when they changed
    /// something.
    pub undo: Option<Undo>,
    /// What to tell the user about the saved text.
    pub notice: Option<Notice>,
}

/// Applies `op` to the saved text `saved` (what `localStorage` holds under
/// [`STORAGE_KEY`](crate::STORAGE_KEY) right now; `None` when nothing), and says what to write
/// and show. Pure: the app does the reading and writing (see the module
/// notes).
///
/// When `saved` cannot be read (a newer version's text, or damaged), `op`
/// is applied to `shown` (what the app shows, in memory) instead, and a
/// change moves the saved text to [`BACKUP_KEY`](crate::BACKUP_KEY) before overwriting it. A
/// saved basket of an unknown version is thus never wiped: it stays
/// untouched until the user changes something, and is then kept.
///
/// ```
/// use catalog::{apply, BasketOp, Stored};
///
/// // Another tab saved {sikt/B} since this tab (showing nothing) looked.
/// let saved = r#"{"version":1,"variables":["sikt/B"]}"#;
/// let out = apply(Some(saved), &Stored::default(), &BasketOp::Add("sikt/A".into()));
/// assert_eq!(out.stored.basket.ids().collect::<Vec<_>>(), ["sikt/A", "sikt/B"]);
/// assert_eq!(
///     out.text.as_deref(),
///     Some(r#"{"version":1,"revision":2,"variables":["sikt/A","sikt/B"]}"#)
/// );
/// assert_eq!((out.backup, out.refused, out.added), (None, None, 1));
/// ```
pub fn apply(saved: Option<&str>, shown: &Stored, op: &BasketOp) -> Outcome {
    let (mut state, unreadable) = match saved.map(Stored::from_text) {
        None => (Stored::default(), None),
        Some(Ok(state)) => (state, None),
        Some(Err(problem)) => (shown.clone(), Some(problem)),
    };
    let mut refused = None;
    let mut added = 0;
    let mut undo = None;
    let changed = match op {
        BasketOp::Add(id) => match state.basket.try_add(id.as_str()) {
            Ok(()) => {
                added = 1;
                true
            }
            Err(AddRefused::AlreadyThere) => false,
            Err(why) => {
                refused = Some(Refused::Add(why));
                false
            }
        },
        BasketOp::Remove(id) => state.basket.remove(id),
        BasketOp::AddAll(other) => {
            let before = state.basket.clone();
            for id in other.ids() {
                match state.basket.try_add(id) {
                    Ok(()) => added += 1,
                    Err(AddRefused::AlreadyThere) => {}
                    Err(why) => refused = Some(Refused::Add(why)),
                }
            }
            undo = (added > 0).then(|| Undo {
                before,
                installed: state.basket.clone(),
                draft: None,
            });
            added > 0
        }
        BasketOp::Clear => {
            let changed = !state.basket.is_empty() || !state.draft.is_empty();
            undo = changed.then(|| Undo {
                before: std::mem::take(&mut state.basket),
                installed: Basket::default(),
                draft: Some(Box::new(std::mem::take(&mut state.draft))),
            });
            changed
        }
        BasketOp::Replace(other) => {
            let changed = state.basket != *other;
            let before = state.basket.replace(other.clone());
            undo = changed.then(|| Undo {
                before,
                installed: other.clone(),
                draft: None,
            });
            changed
        }
        BasketOp::Undo(undo) => {
            let mut restored = undo.before.clone();
            for id in state.basket.ids().filter(|id| !undo.installed.contains(id)) {
                if let Err(AddRefused::Full) = restored.try_add(id) {
                    refused = Some(Refused::Add(AddRefused::Full));
                }
            }
            let changed = restored != state.basket;
            state.basket = restored;
            let mut draft_changed = false;
            if let Some(old) = &undo.draft {
                let before = state.draft.clone();
                state.draft.fill_from(old);
                draft_changed = state.draft != before;
            }
            changed || draft_changed
        }
        BasketOp::Edit(edit) => state.draft.edit(edit).unwrap_or_else(|why| {
            refused = Some(Refused::Edit(why));
            false
        }),
    };
    let text = changed.then(|| state.to_text());
    let (backup, notice) = match (&text, unreadable) {
        (Some(_), Some(problem)) => (saved.map(String::from), Some(Notice::BackedUp(problem))),
        _ => (None, None),
    };
    Outcome {
        text,
        backup,
        stored: state,
        refused,
        added,
        undo,
        notice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{DraftField, VariableRequest};
    use crate::{BACKUP_KEY, STORAGE_KEY};

    fn basket(ids: &[&str]) -> Basket {
        ids.iter().map(|id| id.to_string()).collect()
    }

    fn saved(ids: &[&str]) -> String {
        Stored::new(basket(ids), Draft::default()).to_text()
    }

    fn ids(outcome: &Outcome) -> Vec<&str> {
        outcome.stored.basket.ids().collect()
    }

    #[test]
    fn each_op_applies_to_what_is_saved_now() {
        let add = |id: &str| BasketOp::Add(id.into());
        /// (saved ids, shown ids, op, resulting ids, written, refused, added)
        type Case<'a> = (
            Option<&'a [&'a str]>,
            &'a [&'a str],
            BasketOp,
            &'a [&'a str],
            bool,
            Option<Refused>,
            usize,
        );
        let cases: Vec<Case> = vec![
            (None, &[], add("p/A"), &["p/A"], true, None, 1),
            // Another tab added p/B since this tab last looked: both stay.
            (
                Some(&["p/B"]),
                &[],
                add("p/A"),
                &["p/A", "p/B"],
                true,
                None,
                1,
            ),
            // Another tab removed p/B: this tab's add does not bring it back.
            (Some(&[]), &["p/B"], add("p/A"), &["p/A"], true, None, 1),
            (Some(&["p/A"]), &[], add("p/A"), &["p/A"], false, None, 0),
            (
                Some(&[]),
                &[],
                add(""),
                &[],
                false,
                Some(Refused::Add(AddRefused::Empty)),
                0,
            ),
            (
                Some(&["p/A", "p/B"]),
                &[],
                BasketOp::Remove("p/A".into()),
                &["p/B"],
                true,
                None,
                0,
            ),
            (
                Some(&["p/B"]),
                &[],
                BasketOp::Remove("p/A".into()),
                &["p/B"],
                false,
                None,
                0,
            ),
            (
                Some(&["p/A"]),
                &[],
                BasketOp::AddAll(basket(&["p/A", "q/X", "q/Y"])),
                &["p/A", "q/X", "q/Y"],
                true,
                None,
                2,
            ),
            (
                Some(&["p/A"]),
                &[],
                BasketOp::Replace(basket(&["q/X"])),
                &["q/X"],
                true,
                None,
                0,
            ),
            (
                Some(&["p/A", "p/B"]),
                &[],
                BasketOp::Clear,
                &[],
                true,
                None,
                0,
            ),
            (Some(&[]), &[], BasketOp::Clear, &[], false, None, 0),
        ];
        for (stored, shown, op, result, written, refused, added) in cases {
            let text = stored.map(saved);
            let shown = Stored::new(basket(shown), Draft::default());
            let out = apply(text.as_deref(), &shown, &op);
            assert_eq!(ids(&out), result, "{op:?} on {stored:?}");
            assert_eq!(out.text.is_some(), written, "{op:?} on {stored:?}");
            assert_eq!((out.refused, out.added), (refused, added), "{op:?}");
            assert_eq!(out.backup, None);
            if let Some(text) = &out.text {
                assert_eq!(Stored::from_text(text).as_ref(), Ok(&out.stored));
            }
        }
    }

    #[test]
    fn a_full_basket_says_so() {
        let full: Vec<String> = (0..Basket::MAX_IDS).map(|i| format!("p/V{i}")).collect();
        let full: Basket = full.into_iter().collect();
        let text = Stored::new(full.clone(), Draft::default()).to_text();
        let out = apply(
            Some(&text),
            &Stored::default(),
            &BasketOp::Add("p/NEW".into()),
        );
        assert_eq!(out.refused, Some(Refused::Add(AddRefused::Full)));
        assert_eq!(out.text, None);
        let out = apply(
            Some(&text),
            &Stored::default(),
            &BasketOp::AddAll(basket(&["p/V1", "q/NEW"])),
        );
        assert_eq!(
            (out.refused, out.added, out.undo),
            (Some(Refused::Add(AddRefused::Full)), 0, None)
        );
    }

    #[test]
    fn undo_restores_what_was_changed_and_keeps_what_came_since() {
        let shown = Stored::default();
        /// (saved before, op, what another tab does after it, saved after undo)
        type Case<'a> = (&'a [&'a str], BasketOp, Option<BasketOp>, &'a [&'a str]);
        let cases: Vec<Case> = vec![
            // A empties {P,Q}, B adds R, A undoes: {P,Q,R}.
            (
                &["p/P", "p/Q"],
                BasketOp::Clear,
                Some(BasketOp::Add("p/R".into())),
                &["p/P", "p/Q", "p/R"],
            ),
            (&["p/P", "p/Q"], BasketOp::Clear, None, &["p/P", "p/Q"]),
            // Replace {P} by {X}; B adds R; undo gives back P and keeps R.
            (
                &["p/P"],
                BasketOp::Replace(basket(&["q/X"])),
                Some(BasketOp::Add("p/R".into())),
                &["p/P", "p/R"],
            ),
            // B removed X meanwhile: undo still gives back P.
            (
                &["p/P"],
                BasketOp::Replace(basket(&["q/X"])),
                Some(BasketOp::Remove("q/X".into())),
                &["p/P"],
            ),
            // Added {X,Y} to {P}; B adds R; undo removes X and Y only.
            (
                &["p/P"],
                BasketOp::AddAll(basket(&["q/X", "q/Y"])),
                Some(BasketOp::Add("p/R".into())),
                &["p/P", "p/R"],
            ),
        ];
        for (before, op, meanwhile, after) in cases {
            let first = apply(Some(&saved(before)), &shown, &op);
            let undo = first.undo.clone().expect("an undoable change");
            let mut text = first.text.expect("a change");
            if let Some(other) = meanwhile {
                text = apply(Some(&text), &shown, &other).text.unwrap_or(text);
            }
            let out = apply(Some(&text), &shown, &BasketOp::Undo(undo));
            assert_eq!(ids(&out), after, "{op:?}");
        }
    }

    #[test]
    fn clearing_clears_the_draft_and_undo_brings_it_back() {
        let mut draft = Draft {
            purpose: "Frafall".into(),
            title: "Gammel tittel".into(),
            ..Draft::default()
        };
        draft.variables.insert(
            "p/P".into(),
            VariableRequest {
                justification: "Trengs".into(),
                ..VariableRequest::default()
            },
        );
        let text = Stored::new(basket(&["p/P"]), draft.clone()).to_text();
        let cleared = apply(Some(&text), &Stored::default(), &BasketOp::Clear);
        assert!(cleared.stored.draft.is_empty());
        // Another tab writes a new title after the clear: it wins.
        let edit = BasketOp::Edit(DraftEdit::Field(DraftField::Title, "Ny tittel".into()));
        let edited = apply(cleared.text.as_deref(), &Stored::default(), &edit);
        let undo = BasketOp::Undo(cleared.undo.expect("undoable"));
        let out = apply(edited.text.as_deref(), &Stored::default(), &undo);
        assert_eq!(ids(&out), ["p/P"]);
        assert_eq!(out.stored.draft.title, "Ny tittel");
        assert_eq!(out.stored.draft.purpose, "Frafall");
        assert_eq!(out.stored.draft.variable("p/P").justification, "Trengs");
    }

    #[test]
    fn an_edit_keeps_another_tabs_basket_change() {
        // This tab shows {P}; another tab added Q; this tab edits the purpose.
        let shown = Stored::new(basket(&["p/P"]), Draft::default());
        let edit = BasketOp::Edit(DraftEdit::Field(DraftField::Purpose, "Frafall".into()));
        let out = apply(Some(&saved(&["p/P", "p/Q"])), &shown, &edit);
        assert_eq!(ids(&out), ["p/P", "p/Q"]);
        assert_eq!(out.stored.draft.purpose, "Frafall");
        let too_long = "x".repeat(Draft::MAX_TEXT_CHARS + 1);
        let edit = BasketOp::Edit(DraftEdit::Field(DraftField::Purpose, too_long));
        let out = apply(out.text.as_deref(), &shown, &edit);
        assert_eq!(out.refused, Some(Refused::Edit(EditRefused::TooLong)));
        assert_eq!(
            (out.text, out.stored.draft.purpose.as_str()),
            (None, "Frafall")
        );
    }

    #[test]
    fn unreadable_text_is_kept_until_a_change_and_then_backed_up() {
        let newer = r#"{"version":2,"items":[{"id":"p/P"}]}"#;
        let shown = Stored::new(basket(&["p/A"]), Draft::default());
        for saved in [newer, "{", r#"{"version":1,"variables":[7]}"#] {
            // No change, no write: the text stays untouched.
            let out = apply(Some(saved), &shown, &BasketOp::Remove("p/NOPE".into()));
            assert_eq!(
                (out.text, out.backup, out.notice),
                (None, None, None),
                "{saved}"
            );
            // The first change writes ours and keeps theirs under the backup key.
            let out = apply(Some(saved), &shown, &BasketOp::Add("p/B".into()));
            assert_eq!(ids(&out), ["p/A", "p/B"], "{saved}");
            assert_eq!(out.backup.as_deref(), Some(saved));
            assert!(matches!(out.notice, Some(Notice::BackedUp(_))), "{saved}");
            assert!(out.text.is_some());
        }
        assert_ne!(BACKUP_KEY, STORAGE_KEY);
    }
}

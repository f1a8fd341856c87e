//! The basket and its request draft as app state: every change is an
//! operation applied by the core to what is saved at that moment, and
//! written back in the same click, so several open tabs never undo each
//! other's changes.

mod notice;
mod storage;

pub use catalog::STORAGE_KEY;
pub use notice::StorageProblem;

use catalog::{
    apply, missed_ops, AddRefused, Basket, BasketOp, Draft, DraftEdit, EditRefused, Notice,
    Outcome, Refused, Stored, BACKUP_KEY,
};
use leptos::prelude::*;

/// The selected variables and the request draft, shared by every page,
/// and a notice about the saved state.
///
/// Read through [`BasketCtx::selection`] and [`BasketCtx::draft`];
/// changed only through [`BasketCtx::apply`] (or its short forms), which
/// reads `localStorage` afresh, applies the change with the core's
/// [`catalog::apply`] and writes the result before returning: a tab
/// killed right after a click keeps the click, and a change another tab
/// saved a moment ago stays.
#[derive(Clone, Copy, Debug)]
pub struct BasketCtx {
    /// The selection.
    pub selection: Memo<Basket>,
    /// The request draft, saved with the selection.
    pub draft: Memo<Draft>,
    /// Shown above the page until the user closes it.
    pub notice: RwSignal<Option<StorageProblem>>,
    /// What the tab shows: the saved state, or for a saved text it cannot
    /// read, its own state in memory.
    state: RwSignal<Stored>,
    /// The saved text as this tab last wrote or heard of it, to tell a
    /// change another tab made at the same moment (see
    /// [`catalog::missed_ops`]).
    last: StoredValue<Option<String>>,
    /// This tab's own last write: the text it was applied to and the text
    /// written, so that when another tab wrote at the same moment this
    /// tab's change can be redone too (the browser may have kept the other
    /// tab's text over it).
    mine: StoredValue<Option<(Option<String>, String)>>,
    /// True while the tab holds a change the browser refused to save:
    /// the next change starts from the tab's state, not from storage, so
    /// the refused change is not lost.
    unsaved: StoredValue<bool>,
    /// False for a state kept in memory only (components mounted alone).
    persist: bool,
}

impl BasketCtx {
    fn new(
        state: Stored,
        last: Option<String>,
        notice: Option<StorageProblem>,
        persist: bool,
    ) -> BasketCtx {
        let state = RwSignal::new(state);
        BasketCtx {
            // Memos, so a draft edit does not redraw the basket's readers
            // and a basket change does not redraw the draft's.
            selection: Memo::new(move |_| state.read().basket.clone()),
            draft: Memo::new(move |_| state.read().draft.clone()),
            notice: RwSignal::new(notice),
            state,
            last: StoredValue::new(last),
            mine: StoredValue::new(None),
            unsaved: StoredValue::new(false),
            persist,
        }
    }

    /// An empty basket kept in memory only, not provided: for mounting
    /// components alone (as in tests), which then provide it themselves.
    pub fn in_memory() -> BasketCtx {
        BasketCtx::new(Stored::default(), None, None, false)
    }

    /// Loads the saved basket and draft, provides them to the app and
    /// follows changes other tabs make. Never writes: a saved text it
    /// cannot read (another version's, or damaged) stays as it is, with a
    /// notice, until the user changes something (see [`BasketCtx::apply`]).
    pub fn provide() -> BasketCtx {
        let saved = storage::read(STORAGE_KEY).ok().flatten();
        let loaded = Stored::load(saved.as_deref());
        let notice = loaded.problem.map(StorageProblem::of);
        let ctx = BasketCtx::new(loaded.stored, saved, notice, true);
        provide_context(ctx);
        storage::on_change_elsewhere(STORAGE_KEY, move |old, new| ctx.follow(old, new));
        ctx
    }

    /// The basket context.
    ///
    /// # Panics
    ///
    /// When no ancestor provided it: [`BasketCtx::provide`] (the app's
    /// shell) or [`BasketCtx::in_memory`] with `provide_context`.
    pub fn expect() -> BasketCtx {
        use_context::<BasketCtx>().expect(
            "BasketCtx is missing: call BasketCtx::provide() or provide BasketCtx::in_memory()",
        )
    }

    /// Applies `op` to what is saved right now, saves the result and shows
    /// it, all before returning. The outcome says what the caller shows:
    /// [`Outcome::refused`] at the control that was used, "Angre" with
    /// [`Outcome::undo`], [`Outcome::added`].
    pub fn apply(&self, op: BasketOp) -> Outcome {
        let shown = self.state.get_untracked();
        let fresh = self.persist.then(|| storage::read(STORAGE_KEY));
        let base = self.base(fresh.clone(), &shown);
        let outcome = apply(base.as_deref(), &shown, &op);
        // Nothing to write (no change) tells nothing about the storage.
        if let Some(saved) = self.persist.then(|| self.write(&outcome)).flatten() {
            self.unsaved.set_value(!saved);
            self.report(saved, outcome.notice.as_ref());
        }
        if let Some(Ok(fresh)) = fresh {
            let written = outcome.text.clone().filter(|_| !self.unsaved.get_value());
            if let Some(text) = &written {
                self.mine.set_value(Some((base, text.clone())));
            }
            self.last.set_value(written.or(fresh));
        }
        if outcome.stored != shown {
            self.state.set(outcome.stored.clone());
        }
        outcome
    }

    /// Selects `id`; the reason when it could not be selected (an id that
    /// is there already is not refused).
    pub fn add(&self, id: &str) -> Option<AddRefused> {
        match self.apply(BasketOp::Add(id.to_string())).refused {
            Some(Refused::Add(why)) => Some(why),
            _ => None,
        }
    }

    /// Deselects `id`; its justification stays in the draft.
    pub fn remove(&self, id: &str) {
        self.apply(BasketOp::Remove(id.to_string()));
    }

    /// Deselects `id` when it is shown as selected, else selects it; the
    /// reason when it could not be selected.
    pub fn toggle(&self, id: &str) -> Option<AddRefused> {
        if self.selection.with_untracked(|b| b.contains(id)) {
            self.remove(id);
            None
        } else {
            self.add(id)
        }
    }

    /// Changes one field of the request draft (saved like a basket change,
    /// so an edit in one tab never undoes a change in another); the reason
    /// when it was refused, in which case the input keeps what was typed.
    pub fn edit(&self, edit: DraftEdit) -> Option<EditRefused> {
        match self.apply(BasketOp::Edit(edit)).refused {
            Some(Refused::Edit(why)) => Some(why),
            _ => None,
        }
    }

    /// The text to apply the next change to: what is saved now, or the
    /// tab's own state when there is no storage, or when the tab holds a
    /// change the browser refused (unless the saved text is unreadable:
    /// then the core works on the tab's state anyway and keeps that text).
    fn base(&self, fresh: Option<Result<Option<String>, ()>>, shown: &Stored) -> Option<String> {
        match fresh {
            None | Some(Err(())) => Some(shown.to_text()),
            Some(Ok(text))
                if self.unsaved.get_value()
                    && text.as_deref().is_none_or(|t| Stored::from_text(t).is_ok()) =>
            {
                Some(shown.to_text())
            }
            Some(Ok(text)) => text,
        }
    }

    /// Writes what the outcome says: whether the browser took it, `None`
    /// when there is nothing to write. The backup goes first, and without
    /// it the unreadable text is not overwritten.
    fn write(&self, outcome: &Outcome) -> Option<bool> {
        let text = outcome.text.as_deref()?;
        if let Some(backup) = &outcome.backup {
            if !storage::write(BACKUP_KEY, backup) {
                return Some(false);
            }
        }
        Some(storage::write(STORAGE_KEY, text))
    }

    /// Updates the notice after a write; flips it only on a change of
    /// outcome, so a refusing browser does not re-render it on every click.
    fn report(&self, saved: bool, notice: Option<&Notice>) {
        let current = self.notice.get_untracked();
        let next = if !saved {
            Some(StorageProblem::NotSaved)
        } else if let Some(Notice::BackedUp(_)) = notice {
            Some(StorageProblem::BackedUp)
        } else if current == Some(StorageProblem::NotSaved) {
            None
        } else {
            current.clone()
        };
        if next != current {
            self.notice.set(next);
        }
    }

    /// Another tab changed the saved text from `old` to `new`: show what is
    /// saved now, and when the two tabs wrote at the same moment, redo the
    /// other tab's change on it, so neither change is lost.
    fn follow(&self, old: Option<String>, new: Option<String>) {
        let missed = if old.is_none() && new.is_none() {
            Vec::new()
        } else {
            let last = self.last.get_value();
            missed_ops(last.as_deref(), old.as_deref(), new.as_deref())
        };
        // The two tabs wrote at once: the browser may have kept the other
        // tab's text over this tab's, so this tab's own last change is
        // redone as well as the other's (both are no-ops when already there).
        let own = match self.mine.get_value() {
            Some((base, written)) if !missed.is_empty() => {
                // A `last` no saved text can equal, so the change from
                // `base` to `written` always comes back.
                missed_ops(Some("\u{0}"), base.as_deref(), Some(&written))
            }
            _ => Vec::new(),
        };
        self.last.set_value(new);
        self.reload();
        for op in missed.into_iter().chain(own) {
            self.apply(op);
        }
    }

    /// Another tab changed the saved state: show it. For a text of another
    /// version the tab keeps what it shows (it cannot read the other one)
    /// and says so; for a damaged text it shows what could be read.
    fn reload(&self) {
        let loaded = Stored::load(storage::read(STORAGE_KEY).ok().flatten().as_deref());
        let notice = self.notice.get_untracked();
        match loaded.problem.map(StorageProblem::of) {
            None => {
                self.state.set(loaded.stored);
                if notice
                    .as_ref()
                    .is_some_and(StorageProblem::is_about_saved_text)
                {
                    self.notice.set(None);
                }
            }
            Some(problem) => {
                if !matches!(problem, StorageProblem::OtherVersion { .. }) {
                    self.state.set(loaded.stored);
                }
                if notice.as_ref() != Some(&problem) {
                    self.notice.set(Some(problem));
                }
            }
        }
    }
}

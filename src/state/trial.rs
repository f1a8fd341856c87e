//! The prøverom's files and what the checker said about them, kept for
//! the whole visit, so a provider who looks at the preview and comes back
//! finds everything as it was.

use crate::load::checker::{Answer, Checker, Input};
use catalog::trial::{TrialBuild, TrialReport};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// The name the editor's text is checked under until a file is opened in it.
pub const PASTED_NAME: &str = "lim-inn.yaml";

/// How long typing must pause before the text is checked again.
const TYPING_PAUSE: Duration = Duration::from_millis(300);

/// A dropped or picked file, or one opened in the editor and changed there.
#[derive(Clone, Debug)]
pub struct TrialFile {
    /// The name reports show: the path inside a picked folder, else the
    /// file's name.
    pub name: String,
    /// The file as the browser gave it.
    pub file: web_sys::File,
    /// The text from the editor, once the file was changed there.
    pub edited: Option<String>,
}

/// What the page wants the build's files for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// To show the preview.
    Preview,
    /// To download `catalog.json`.
    Download,
}

/// Where a check stands.
#[derive(Clone, Debug, Default)]
pub enum TrialState {
    /// Nothing to check yet.
    #[default]
    Empty,
    /// The checker is at work (the last report, if any, stays shown).
    Checking,
    /// The check is done; the build follows when it has no errors.
    Checked,
    /// The checker could not run.
    Failed(String),
}

/// The prøverom's state; provided once by the shell.
#[derive(Clone, Copy)]
pub struct TrialCtx {
    /// The dropped and picked files, in the order given.
    pub files: RwSignal<Vec<TrialFile>, LocalStorage>,
    /// The name of what the editor holds: [`PASTED_NAME`] or a file's.
    pub editor_name: RwSignal<String>,
    /// The editor's text.
    pub editor_text: RwSignal<String>,
    /// Whether the preview merges the files with the shop's catalog.
    pub merge: RwSignal<bool>,
    /// Where the check stands.
    pub state: RwSignal<TrialState>,
    /// The last check's report.
    pub report: RwSignal<Option<Arc<TrialReport>>>,
    /// The last build, when the check had no errors (without its files).
    pub build: RwSignal<Option<Arc<TrialBuild>>>,
    /// The last build with its files, once asked for.
    pub written: RwSignal<Option<Arc<TrialBuild>>>,
    /// What the build's files were asked for, until the page has done it.
    pub want: RwSignal<Option<Want>>,
    /// The line the editor should put its cursor on next.
    pub goto: RwSignal<Option<usize>>,
    checker: StoredValue<Option<Checker>, LocalStorage>,
    latest: StoredValue<u32>,
}

impl TrialCtx {
    /// Provides an empty prøverom; the checker starts with [`TrialCtx::warm`].
    pub fn provide() -> TrialCtx {
        let ctx = TrialCtx {
            files: RwSignal::new_local(Vec::new()),
            editor_name: RwSignal::new(PASTED_NAME.to_owned()),
            editor_text: RwSignal::new(String::new()),
            merge: RwSignal::new(false),
            state: RwSignal::new(TrialState::Empty),
            report: RwSignal::new(None),
            build: RwSignal::new(None),
            written: RwSignal::new(None),
            want: RwSignal::new(None),
            goto: RwSignal::new(None),
            checker: StoredValue::new_local(None),
            latest: StoredValue::new(0),
        };
        provide_context(ctx);
        ctx
    }

    /// The prøverom context.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`TrialCtx::provide`] (the app's shell does).
    pub fn expect() -> TrialCtx {
        use_context::<TrialCtx>()
            .expect("TrialCtx is missing: call TrialCtx::provide() in an ancestor")
    }

    /// Starts the checker's worker, if it is not running: the prøverom page
    /// calls this when it opens, so the module loads while the provider
    /// picks files.
    pub fn warm(&self) {
        if self.checker.with_value(Option::is_some) {
            return;
        }
        let ctx = *self;
        match Checker::start(move |answer| ctx.answered(answer)) {
            Ok(checker) => self.checker.set_value(Some(checker)),
            Err(why) => self.state.set(TrialState::Failed(why)),
        }
    }

    /// Adds files (a file of a name already there replaces it), and checks.
    pub fn add(&self, added: Vec<TrialFile>) {
        self.files.update(|files| {
            for file in added {
                files.retain(|f| f.name != file.name);
                files.push(file);
            }
        });
        self.check();
    }

    /// Removes every file and the editor's text.
    pub fn clear(&self) {
        self.files.set(Vec::new());
        self.editor_name.set(PASTED_NAME.to_owned());
        self.editor_text.set(String::new());
        self.report.set(None);
        self.build.set(None);
        self.written.set(None);
        self.state.set(TrialState::Empty);
        self.latest.update_value(|n| *n += 1);
    }

    /// Asks for the last build's files, for `want`; the page does it once
    /// they are in [`TrialCtx::written`].
    pub fn ask_written(&self, want: Want) {
        self.want.set(Some(want));
        if self.written.with_untracked(Option::is_some) {
            return;
        }
        let id = self.latest.get_value();
        let asked = self
            .checker
            .with_value(|c| c.as_ref().map(|c| c.ask_written(id)));
        if let Some(Err(why)) = asked {
            self.state.set(TrialState::Failed(why));
        }
    }

    /// The editor's text changed: checks it once typing pauses.
    pub fn typed(&self, text: String) {
        let name = self.editor_name.get_untracked();
        self.files.update(|files| {
            if let Some(file) = files.iter_mut().find(|f| f.name == name) {
                file.edited = Some(text.clone());
            }
        });
        self.editor_text.set(text);
        self.latest.update_value(|n| *n += 1);
        let typed = self.latest.get_value();
        let ctx = *self;
        set_timeout(
            move || {
                if ctx.latest.get_value() == typed {
                    ctx.check();
                }
            },
            TYPING_PAUSE,
        );
    }

    /// Checks the files and the editor's text now.
    pub fn check(&self) {
        self.warm();
        self.latest.update_value(|n| *n += 1);
        let id = self.latest.get_value();
        let files = self.files.get_untracked();
        let name = self.editor_name.get_untracked();
        let text = self.editor_text.get_untracked();
        let mut inputs: Vec<(String, Input<'_>)> = files
            .iter()
            .map(|f| match &f.edited {
                Some(text) => (f.name.clone(), Input::Text(text)),
                None => (f.name.clone(), Input::File(&f.file)),
            })
            .collect();
        if !text.trim().is_empty() && !files.iter().any(|f| f.name == name) {
            inputs.push((name, Input::Text(&text)));
        }
        if inputs.is_empty() {
            self.report.set(None);
            self.build.set(None);
            self.written.set(None);
            self.state.set(TrialState::Empty);
            return;
        }
        let merge = self.merge.get_untracked();
        let sent = self
            .checker
            .with_value(|c| c.as_ref().map(|c| c.send(id, &inputs, merge)));
        match sent {
            Some(Ok(())) => self.state.set(TrialState::Checking),
            Some(Err(why)) => self.state.set(TrialState::Failed(why)),
            None => {}
        }
    }

    fn answered(&self, answer: Answer) {
        let latest = self.latest.get_value();
        match answer {
            Answer::Report(id, report) if id == latest => {
                self.build.set(None);
                self.written.set(None);
                self.report.set(Some(Arc::new(report)));
                self.state.set(TrialState::Checked);
            }
            Answer::Built(id, build) if id == latest => self.build.set(Some(Arc::new(build))),
            Answer::Written(id, build) if id == latest => {
                self.written.set(Some(Arc::new(build)));
            }
            Answer::Failed(id, why) if id == latest || id == 0 => {
                self.state.set(TrialState::Failed(why));
            }
            // An answer to an earlier run, overtaken by a newer one.
            _ => {}
        }
    }
}

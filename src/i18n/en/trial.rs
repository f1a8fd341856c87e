//! The prøverom's strings in English.

use crate::i18n::ui::TrialText;

/// The prøverom in English.
pub const EN_TRIAL: TrialText = TrialText {
    title: "Metadata test room",
    lead: "Check your metadata files before they go into the shop. You get the same \
        messages as the command nettbutikk-catalog check, and see your variables as \
        researchers will.",
    private: "Nothing leaves your browser: the files are read and checked here on your \
        computer, and nothing is uploaded.",
    dialects: "The files may be KUDAF YAML, microdata-tools JSON with its provider.yaml, \
        RAIRD metadata-all or kudaflib JSON, also mixed in one folder.",
    files_heading: "Files",
    pick_files: "Choose files",
    pick_folder: "Choose a folder",
    drop_hint: "or drop files here",
    clear: "Remove everything",
    file_count: |n| {
        if n == 1 {
            "1 file".to_string()
        } else {
            format!("{n} files")
        }
    },
    editor_label: |name| format!("Text ({name}): paste or type YAML"),
    editor_hint: "Checked as you type. Choose a message in the report to go to its line.",
    checking: "Checking …",
    failed: "The check could not run",
    report_heading: "Report",
    not_shown: |shown, all| {
        format!(
            "Showing the first {shown} of {all} messages. All of them are in the report \
                as the command line prints it, at the end."
        )
    },
    as_cli: "The report as the command line prints it",
    go_to_line: |line| format!("Go to line {line}"),
    marked_line: "The line with the problem",
    outside: "Outside any provider",
    preview_heading: "Preview",
    preview_blocked: "Fix the errors first, then you can preview the variables.",
    building: "Building the catalog …",
    built: |variables, providers| {
        let variables = if variables == 1 {
            "1 variable".to_string()
        } else {
            format!("{variables} variables")
        };
        let providers = if providers == 1 {
            "1 provider".to_string()
        } else {
            format!("{providers} providers")
        };
        format!("The catalog has {variables} from {providers}.")
    },
    merge: "Merge with the shop's catalog",
    merge_hint: "Builds the files together with the catalog the shop shows, so clashing \
        names are reported as build reports them.",
    show_preview: "Show the preview",
    download_catalog: "Download catalog.json",
    download_report: "Download the report (JSON)",
    banner: "You are seeing the catalog built from your files in the test room, not the shop's.",
    back: "Back to the test room",
    end: "End the preview",
    pilot_text: "Like Novari in the pilot's phase 2, a provider can double-check its .yaml \
        file before it goes in:",
    unreadable: "The test room's catalog could not be read.",
    loading: "Loading the test room …",
    load_failed: "We could not load the test room",
};

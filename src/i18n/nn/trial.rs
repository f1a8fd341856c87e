//! The prøverom's strings in Norwegian Nynorsk.

use crate::i18n::ui::TrialText;

/// The prøverom in Norwegian Nynorsk.
pub const NN_TRIAL: TrialText = TrialText {
    title: "Prøverom for datatilbydarar",
    lead: "Sjekk metadatafilene dykkar før dei blir lagde inn i Nettbutikken. Du får dei \
        same meldingane som kommandoen nettbutikk-catalog check gir, og ser variablane slik \
        forskarane vil sjå dei.",
    private: "Ingenting forlèt nettlesaren: filene blir lesne og sjekka her på maskina di, \
        og ingenting blir lasta opp.",
    dialects: "Filene kan vere KUDAF YAML, microdata-tools JSON med provider.yaml, RAIRD \
        metadata-all eller kudaflib JSON, også blanda i éi mappe.",
    files_heading: "Filer",
    pick_files: "Vel filer",
    pick_folder: "Vel mappe",
    drop_hint: "eller slepp filer her",
    clear: "Fjern alt",
    file_count: |n| {
        if n == 1 {
            "1 fil".to_string()
        } else {
            format!("{n} filer")
        }
    },
    editor_label: |name| format!("Tekst ({name}): lim inn eller skriv YAML"),
    editor_hint: "Blir sjekka medan du skriv. Vel ei melding i rapporten for å gå til linja.",
    checking: "Sjekkar …",
    failed: "Sjekken kunne ikkje køyrast",
    report_heading: "Rapport",
    not_shown: |shown, all| {
        format!(
            "Viser dei {shown} første av {all} meldingar. Alle står i rapporten slik \
                kommandolinja skriv han, nedst."
        )
    },
    as_cli: "Rapporten slik kommandolinja skriv han",
    go_to_line: |line| format!("Gå til linje {line}"),
    marked_line: "Linja med problemet",
    outside: "Utanfor ein datatilbydar",
    preview_heading: "Førehandsvising",
    preview_blocked: "Rett feila først, så kan du førehandsvise variablane.",
    building: "Byggjer katalogen …",
    built: |variables, providers| {
        let providers = if providers == 1 {
            "1 datatilbydar".to_string()
        } else {
            format!("{providers} datatilbydarar")
        };
        format!(
            "Katalogen har {} frå {providers}.",
            super::variables(variables)
        )
    },
    merge: "Slå saman med katalogen til Nettbutikken",
    merge_hint: "Byggjer filene saman med katalogen Nettbutikken viser, slik at namn som \
        kolliderer blir melde slik build melder dei.",
    show_preview: "Vis førehandsvising",
    download_catalog: "Last ned catalog.json",
    download_report: "Last ned rapporten (JSON)",
    banner: "Du ser katalogen som filene dine i prøverommet har bygd, ikkje katalogen til \
        Nettbutikken.",
    back: "Tilbake til prøverommet",
    end: "Avslutt førehandsvisinga",
    pilot_text: "Som Novari i fase 2 av piloten kan ein datatilbydar dobbeltsjekke .yaml-fila \
        si før ho blir lagd inn:",
    unreadable: "Katalogen frå prøverommet kunne ikkje lesast.",
    loading: "Hentar prøverommet …",
    load_failed: "Vi fekk ikkje henta prøverommet",
};

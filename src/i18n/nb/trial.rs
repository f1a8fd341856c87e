//! The prøverom's strings in Norwegian Bokmål.

use crate::i18n::ui::TrialText;

/// The prøverom in Norwegian Bokmål.
pub const NB_TRIAL: TrialText = TrialText {
    title: "Prøverom for datatilbydere",
    lead: "Sjekk metadatafilene deres før de legges inn i Nettbutikken. Du får de samme \
        meldingene som kommandoen nettbutikk-catalog check gir, og ser variablene slik \
        forskerne vil se dem.",
    private: "Ingenting forlater nettleseren: filene leses og sjekkes her på maskinen din, \
        og ingenting lastes opp.",
    dialects: "Filene kan være KUDAF YAML, microdata-tools JSON med provider.yaml, RAIRD \
        metadata-all eller kudaflib JSON, også blandet i én mappe.",
    files_heading: "Filer",
    pick_files: "Velg filer",
    pick_folder: "Velg mappe",
    drop_hint: "eller slipp filer her",
    clear: "Fjern alt",
    file_count: |n| {
        if n == 1 {
            "1 fil".to_string()
        } else {
            format!("{n} filer")
        }
    },
    editor_label: |name| format!("Tekst ({name}): lim inn eller skriv YAML"),
    editor_hint: "Sjekkes mens du skriver. Velg en melding i rapporten for å gå til linjen.",
    checking: "Sjekker …",
    failed: "Sjekken kunne ikke kjøres",
    report_heading: "Rapport",
    not_shown: |shown, all| {
        format!(
            "Viser de {shown} første av {all} meldinger. Alle står i rapporten slik \
                kommandolinjen skriver den, nederst."
        )
    },
    as_cli: "Rapporten slik kommandolinjen skriver den",
    go_to_line: |line| format!("Gå til linje {line}"),
    marked_line: "Linjen med problemet",
    outside: "Utenfor en datatilbyder",
    preview_heading: "Forhåndsvisning",
    preview_blocked: "Rett feilene først, så kan du forhåndsvise variablene.",
    building: "Bygger katalogen …",
    built: super::holdings,
    merge: "Slå sammen med Nettbutikkens katalog",
    merge_hint: "Bygger filene sammen med katalogen Nettbutikken viser, slik at navn som \
        kolliderer meldes slik build melder dem.",
    show_preview: "Vis forhåndsvisning",
    download_catalog: "Last ned catalog.json",
    download_report: "Last ned rapporten (JSON)",
    banner: "Du ser katalogen bygget av filene dine i prøverommet, ikke Nettbutikkens.",
    back: "Tilbake til prøverommet",
    end: "Avslutt forhåndsvisningen",
    pilot_text: "Som Novari i pilotens fase 2 kan en datatilbyder dobbeltsjekke .yaml-filen \
        sin før den legges inn:",
    unreadable: "Katalogen fra prøverommet kunne ikke leses.",
    loading: "Henter prøverommet …",
    load_failed: "Vi fikk ikke hentet prøverommet",
};

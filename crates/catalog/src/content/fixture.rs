//! A small content value for the tests, shaped like `content/`'s.

use super::*;

/// A text with `nb` and `en` made from one word.
pub(crate) fn text(word: &str) -> Bilingual {
    Bilingual {
        nb: format!("{word} (nb)"),
        nn: None,
        en: format!("{word} (en)"),
    }
}

/// An ecosystem picture with three parts of 2, 0 and 3 items, as in
/// `content/pilot.yaml`.
pub(crate) fn ecosystem() -> Ecosystem {
    let part = |id: &str, items: usize| EcosystemPart {
        id: id.into(),
        label: text(id),
        items: (0..items).map(|i| text(&format!("{id} {i}"))).collect(),
    };
    Ecosystem {
        heading: text("ecosystem"),
        intro: text("intro"),
        parts: vec![
            part("providers", 2),
            part("access", 0),
            part("consumers", 3),
        ],
    }
}

/// A whole content value.
pub(crate) fn content() -> Content {
    let step = |w: &str| Step {
        title: text(w),
        text: text(w),
    };
    let phase = |w: &str| Phase {
        title: text(w),
        goal: text(w),
        outcome: text(w),
    };
    let section = |w: &str| Section {
        heading: text(w),
        items: vec![text(w)],
    };
    Content {
        content_version: CONTENT_VERSION,
        pilot: PilotPage {
            title: text("title"),
            kudaf: Kudaf {
                heading: text("kudaf"),
                summary: text("summary"),
                steps: vec![step("find"), step("basket"), step("draft")],
                demo_notice: text("demo"),
            },
            ecosystem: ecosystem(),
            pilot: Pilot {
                heading: text("pilot"),
                summary: text("summary"),
                start: "2024-12-13".into(),
                end: "2025-11-18".into(),
                synthetic_data: text("synthetic"),
                phases: vec![phase("one"), phase("two"), phase("three")],
            },
            variable_list: VariableList {
                heading: text("list"),
                intro: text("intro"),
                items: vec![ListItem {
                    label: text("id"),
                    variables: vec!["novari-iks/VGO_ELEV_FNR".into()],
                    note: None,
                }],
            },
            outcome: Outcome {
                heading: text("outcome"),
                decision_date: "2025-12-04".into(),
                points: vec![text("point")],
            },
            sources: vec![Source {
                title: text("source"),
                date: Some("2025-03-12".into()),
                url: None,
            }],
        },
        accessibility: Accessibility {
            title: text("statement"),
            conformance: Conformance {
                target: "WCAG 2.1 AA".into(),
                text: text("aim"),
            },
            testing: section("testing"),
            limitations: section("limitations"),
            feedback: Feedback {
                heading: text("feedback"),
                text: text("report"),
                url: None,
            },
        },
    }
}

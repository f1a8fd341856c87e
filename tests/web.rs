//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use catalog::{
    Catalog, Lang, Provider, Sensitivity, Temporality, Text, UnitType, Variable, VariableDetails,
};
use leptos::prelude::*;
use leptos_router::components::Router;
use nettbutikken::{
    browse::VariableTable,
    load::LoadError,
    state::{BasketCtx, CatalogCtx, DetailsCtx, LangCtx, PreviewCtx, QueryCtx},
    ui::{DetailsGate, LoadErrorView},
};
use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, so tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let element = document.create_element("section").expect("an element");
    document
        .body()
        .expect("a body")
        .append_child(&element)
        .expect("appended");
    element.unchecked_into()
}

/// The contexts the app's shell provides, for a component mounted alone
/// inside a `<Router>`: the URL, Bokmål, no prøverom preview, the catalog
/// context (whose engine cache the result list uses), an empty shard cache
/// and, unless the test provided its own, a basket in memory.
#[component]
fn Contexts(children: Children) -> impl IntoView {
    QueryCtx::provide();
    LangCtx::provide(Signal::stored(Lang::Nb));
    if use_context::<PreviewCtx>().is_none() {
        PreviewCtx::provide();
    }
    if use_context::<CatalogCtx>().is_none() {
        CatalogCtx::provide();
    }
    DetailsCtx::provide();
    if use_context::<BasketCtx>().is_none() {
        provide_context(BasketCtx::in_memory());
    }
    children()
}

fn variable(provider: &str, name: &str, label: &str, sensitivity: Sensitivity) -> Variable {
    Variable {
        id: Variable::make_id(provider, name),
        provider: provider.into(),
        name: name.into(),
        label: Text::nb(label),
        description: Text::default(),
        temporality: Temporality::Fixed,
        sensitivity,
        identifier: "PERSON".into(),
        unit_types: vec!["PERSON".into(), "VIRKSOMHET".into()],
        dataset: None,
        temporal_coverage: None,
        subject_fields: Vec::new(),
        updated: None,
        link_to: None,
        identifier_for: None,
        discontinued: None,
        shard: 0,
    }
}

fn small_catalog() -> Arc<Catalog> {
    let mut catalog = Catalog::empty();
    catalog.providers.push(Provider {
        id: "novari-iks".into(),
        name: Text::nb("Novari IKS"),
        org_number: None,
        description: None,
        contact: None,
    });
    for (id, label) in [("PERSON", "Person"), ("VIRKSOMHET", "Virksomhet")] {
        catalog.unit_types.push(UnitType {
            id: id.into(),
            label: Text::nb(label),
            description: Text::default(),
            provider: None,
        });
    }
    catalog.variables.push(variable(
        "novari-iks",
        "VGO_A",
        "Utdanningsprogram",
        Sensitivity::Nonpublic,
    ));
    catalog.variables.push(variable(
        "novari-iks",
        "VGO_B",
        "Trinn",
        Sensitivity::Public,
    ));
    Arc::new(catalog)
}

#[wasm_bindgen_test]
async fn variable_table_lists_rows_and_follows_its_signal() {
    let element = container();
    let rows = RwSignal::new(vec![0, 1]);
    let catalog = small_catalog();
    let _mounted = leptos::mount::mount_to(element.clone(), move || {
        view! {
            <Router>
                <Contexts>
                    <VariableTable catalog rows />
                </Contexts>
            </Router>
        }
    });
    // Each row: the checkbox's hidden name, the label, the technical name,
    // the provider, the unit types (with their hidden caption) and the
    // access.
    let cells = || {
        let list = element
            .query_selector_all(concat!(
                ".result > span[hidden], .result__head, .result__name, .result__provider, ",
                ".result__units, .result__access",
            ))
            .expect("a node list");
        (0..list.length())
            .filter_map(|i| list.item(i)?.text_content())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cells(),
        [
            "Velg Utdanningsprogram",
            "Utdanningsprogram",
            "VGO_A",
            "Novari IKS",
            "Enhetstyper: Person, Virksomhet",
            "Begrenset",
            "Velg Trinn",
            "Trinn",
            "VGO_B",
            "Novari IKS",
            "Enhetstyper: Person, Virksomhet",
            "Åpen",
        ]
    );
    // The label is the link to the variable's page.
    let link = element
        .query_selector(".result__label")
        .expect("a query")
        .expect("a link");
    assert_eq!(link.text_content().as_deref(), Some("Utdanningsprogram"));
    assert!(link
        .get_attribute("href")
        .is_some_and(|href| href.contains("variabel=") && href.contains("VGO_A")));
    rows.set(vec![1]);
    leptos::task::tick().await;
    assert_eq!(cells()[1..3], ["Trinn", "VGO_B"]);
    assert_eq!(cells().len(), 6);
}

#[wasm_bindgen_test]
async fn variable_table_highlights_search_words_and_toggles_the_basket() {
    let element = container();
    let catalog = small_catalog();
    let ctx = BasketCtx::in_memory();
    let basket = ctx.selection;
    let _mounted = leptos::mount::mount_to(element.clone(), move || {
        provide_context(ctx);
        view! {
            <Router>
                <Contexts>
                    <VariableTable catalog rows=vec![0, 1] search="utdan".to_string() />
                </Contexts>
            </Router>
        }
    });
    let marks = element.query_selector_all("mark").expect("a node list");
    assert_eq!(marks.length(), 1);
    assert_eq!(
        marks.item(0).and_then(|m| m.text_content()).as_deref(),
        Some("Utdan")
    );
    let checkbox: web_sys::HtmlInputElement = element
        .query_selector("input[type=checkbox]")
        .expect("a query")
        .expect("a checkbox")
        .unchecked_into();
    checkbox.click();
    leptos::task::tick().await;
    assert!(basket.get_untracked().contains("novari-iks/VGO_A"));
    assert!(element
        .query_selector("li.result.selected")
        .expect("a query")
        .is_some());
    checkbox.click();
    leptos::task::tick().await;
    assert!(basket.get_untracked().is_empty());
}

#[wasm_bindgen_test]
async fn load_error_shows_the_message_and_retries() {
    let element = container();
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let _mounted = leptos::mount::mount_to(element.clone(), move || {
        let counter = counter.clone();
        LangCtx::provide(Signal::stored(Lang::Nb));
        view! {
            <LoadErrorView
                error=LoadError::Status {
                    status: 404,
                    url: "catalog.json".into(),
                }
                on_retry=move || {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            />
        }
    });
    let text = element.text_content().unwrap_or_default();
    assert!(
        text.contains("Vi fikk ikke hentet variabelkatalogen"),
        "{text}"
    );
    assert!(text.contains("feilkode 404"), "{text}");
    let button: web_sys::HtmlElement = element
        .query_selector("button")
        .expect("a query")
        .expect("a retry button")
        .unchecked_into();
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn details_gate_reports_a_shard_the_catalog_does_not_list() {
    let element = container();
    // small_catalog lists no shards, so variable 0's shard 0 is unknown.
    let catalog = small_catalog();
    let _mounted = leptos::mount::mount_to(element.clone(), move || {
        // The retry of an inconsistent catalog reloads the catalog, which
        // shows a prøverom preview instead when there is one.
        PreviewCtx::provide();
        CatalogCtx::provide();
        view! {
            <Router>
                <Contexts>
                    <DetailsGate
                        catalog
                        index=0
                        render=|_: &VariableDetails| "details".into_any()
                    />
                </Contexts>
            </Router>
        }
    });
    leptos::task::tick().await;
    let text = element.text_content().unwrap_or_default();
    assert!(
        text.contains("Vi fikk ikke hentet detaljene om variabelen"),
        "{text}"
    );
    assert!(
        text.contains("novari-iks/VGO_A names detail shard 0, which catalog.json does not list"),
        "{text}"
    );
    assert!(!text.contains("details"), "{text}");
    assert!(element.query_selector("button").expect("a query").is_some());
}

#[wasm_bindgen_test]
fn crash_notice_says_what_happened_links_a_reload_and_stills_the_page() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let element = container();
    let root = document.document_element().expect("a root element");
    root.set_attribute("lang", "en").expect("lang set");
    nettbutikken::crash::show_notice();
    // A second panic does not add a second notice.
    nettbutikken::crash::show_notice();
    let notices = document
        .query_selector_all(".crash-notice")
        .expect("a node list");
    assert_eq!(notices.length(), 1);
    let notice: web_sys::Element = notices.item(0).expect("the notice").unchecked_into();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap_or_default();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("Your basket is saved"), "{text}");
    let link = notice
        .query_selector("a")
        .expect("a query")
        .expect("a link");
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .expect("an address");
    assert_eq!(link.get_attribute("href"), Some(href));
    // The rest of the page no longer takes clicks; the notice does.
    assert!(element.has_attribute("inert"));
    assert!(!notice.has_attribute("inert"));
    assert!(document
        .body()
        .expect("a body")
        .class_list()
        .contains("crashed"));

    // Leave the page as the other tests expect it.
    notice.remove();
    let body = document.body().expect("a body");
    let _ = body.class_list().remove_1("crashed");
    let children = body.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            let _ = child.remove_attribute("inert");
        }
    }
    root.set_attribute("lang", "nb").expect("lang reset");
}

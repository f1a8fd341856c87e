//! The KUDAF ecosystem as a picture, with the same content as a list.

use crate::{
    state::{use_lang, use_ui},
    ui::content_text as text,
};
use catalog::content::{ecosystem_diagram, Diagram, Ecosystem, Orientation};
use leptos::prelude::*;

/// The picture of data providers → access control and data flow → data
/// consumers: one SVG across for wide screens and one down for narrow ones
/// (the stylesheet shows one), laid out by the core. The drawings are
/// hidden from screen readers, which get the same parts and items as a
/// list.
#[component]
pub fn EcosystemPicture(
    /// The picture's texts.
    ecosystem: Ecosystem,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let (heading, intro) = (
        text(ecosystem.heading.clone()),
        text(ecosystem.intro.clone()),
    );
    let parts = ecosystem
        .parts
        .iter()
        .map(|part| {
            let items = part
                .items
                .iter()
                .map(|item| view! { <li>{text(item.clone())}</li> });
            let items: Vec<_> = items.collect();
            // No empty list for a part without items.
            let items = (!items.is_empty()).then(|| view! { <ul>{items}</ul> });
            view! { <li>{text(part.label.clone())} {items}</li> }
        })
        .collect_view();
    let eco = StoredValue::new(ecosystem);
    let across = move || eco.with_value(|e| ecosystem_diagram(e, lang.get(), Orientation::Across));
    let down = move || eco.with_value(|e| ecosystem_diagram(e, lang.get(), Orientation::Down));
    view! {
        <section class="story__section" aria-labelledby="ecosystem-heading">
            <h2 class="ds-heading" data-size="md" id="ecosystem-heading">
                {heading}
            </h2>
            <figure class="ecosystem">
                {move || drawing(across(), "ecosystem__picture ecosystem__picture--across")}
                {move || drawing(down(), "ecosystem__picture ecosystem__picture--down")}
                <figcaption class="ds-paragraph">{intro}</figcaption> <div class="ds-sr-only">
                    <p>{move || ui.get().story.picture_as_text}</p>
                    <ol>{parts}</ol>
                </div>
            </figure>
        </section>
    }
}

/// One drawing of the picture as inline SVG: presentation through classes
/// only, so it works under a strict Content-Security-Policy.
fn drawing(diagram: Diagram, class: &'static str) -> impl IntoView {
    let view_box = format!("0 0 {} {}", diagram.width, diagram.height);
    let parts = diagram
        .parts
        .into_iter()
        .map(|part| {
            let label = part
                .label
                .into_iter()
                .map(|line| {
                    view! {
                        <text class="ecosystem__label" x=line.x y=line.y text-anchor="middle">
                            {line.text}
                        </text>
                    }
                })
                .collect_view();
            let items = part
                .items
                .into_iter()
                .map(|item| {
                    let lines = item
                        .lines
                        .into_iter()
                        .map(|line| {
                            view! {
                                <text
                                    class="ecosystem__item-text"
                                    x=line.x
                                    y=line.y
                                    text-anchor="middle"
                                >
                                    {line.text}
                                </text>
                            }
                        })
                        .collect_view();
                    view! {
                        <rect
                            class="ecosystem__item"
                            x=item.x
                            y=item.y
                            width=item.w
                            height=item.h
                            rx="6"
                        ></rect>
                        {lines}
                    }
                })
                .collect_view();
            view! {
                <g class=format!("ecosystem__part ecosystem__part--{}", part.id)>
                    <rect
                        class="ecosystem__box"
                        x=part.x
                        y=part.y
                        width=part.w
                        height=part.h
                        rx="12"
                    ></rect>
                    {label}
                    {items}
                </g>
            }
        })
        .collect_view();
    let arrows = diagram
        .arrows
        .into_iter()
        .map(|arrow| {
            view! {
                <g class="ecosystem__arrow">
                    <line x1=arrow.x1 y1=arrow.y1 x2=arrow.x2 y2=arrow.y2></line>
                    <polygon points=arrow.head></polygon>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class=class viewBox=view_box aria-hidden="true" focusable="false">
            {parts}
            {arrows}
        </svg>
    }
}

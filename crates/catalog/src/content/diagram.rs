//! The layout of the KUDAF ecosystem picture: the parts (providers, access
//! control and data flow, consumers) as boxes with their items inside and
//! arrows between them, left to right on wide screens and top to bottom on
//! narrow ones. The app draws it as SVG, which cannot wrap text, so the
//! lines are broken here, in characters, at sizes that fit the fonts the
//! stylesheet gives the picture.

use super::{wrap_words, Ecosystem};
use crate::Lang;

/// Which way the parts follow each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Left to right, for wide screens.
    Across,
    /// Top to bottom, for narrow screens (360 px).
    Down,
}

/// The picture: its size (the SVG's `viewBox`) and what is in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagram {
    /// Width in user units.
    pub width: u32,
    /// Height in user units.
    pub height: u32,
    /// The parts, in the content's order.
    pub parts: Vec<PartBox>,
    /// One arrow from each part to the next.
    pub arrows: Vec<Arrow>,
}

/// One part of the ecosystem: a box with its label and items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartBox {
    /// The part's id from the content (`providers`, `access`,
    /// `consumers`), for styling.
    pub id: String,
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
    /// The label, one entry per line.
    pub label: Vec<TextLine>,
    /// The boxes inside.
    pub items: Vec<ItemBox>,
}

/// A box inside a part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemBox {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
    /// The text, one entry per line.
    pub lines: Vec<TextLine>,
}

/// One line of text, centred on `x` with its baseline at `y`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextLine {
    /// The centre.
    pub x: u32,
    /// The baseline.
    pub y: u32,
    /// The words.
    pub text: String,
}

/// An arrow: a line and its head, pointing from one part to the next.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Arrow {
    /// Start of the line.
    pub x1: u32,
    /// Start of the line.
    pub y1: u32,
    /// End of the line, where the head begins.
    pub x2: u32,
    /// End of the line, where the head begins.
    pub y2: u32,
    /// The head's corners as SVG `points` (the tip first).
    pub head: String,
}

/// Sizes per orientation, in user units (one unit is one CSS pixel when
/// the picture is shown at its own width).
struct Metrics {
    part_w: u32,
    gap: u32,
    label_chars: usize,
    item_chars: usize,
}

const MARGIN: u32 = 2;
const PAD: u32 = 14;
const LABEL_LINE: u32 = 22;
const ITEM_LINE: u32 = 19;
const ITEM_PAD: u32 = 9;
const ITEM_GAP: u32 = 8;
const HEAD: u32 = 12;

impl Orientation {
    fn metrics(self) -> Metrics {
        match self {
            // 17 px labels and 15 px items (style/story.css) average under
            // 9 and 8 px a character.
            Orientation::Across => Metrics {
                part_w: 260,
                gap: 64,
                label_chars: 24,
                item_chars: 26,
            },
            Orientation::Down => Metrics {
                part_w: 316,
                gap: 40,
                label_chars: 30,
                item_chars: 32,
            },
        }
    }
}

/// Lays out `ecosystem` in `lang`, `orientation` wise.
pub fn ecosystem_diagram(ecosystem: &Ecosystem, lang: Lang, orientation: Orientation) -> Diagram {
    let m = orientation.metrics();
    // Wrapped first: the height of each part depends on its lines.
    let parts: Vec<(Vec<String>, Vec<Vec<String>>)> = ecosystem
        .parts
        .iter()
        .map(|p| {
            let label = wrap_words(p.label.get(lang), m.label_chars);
            let items = p
                .items
                .iter()
                .map(|i| wrap_words(i.get(lang), m.item_chars))
                .collect();
            (label, items)
        })
        .collect();
    let heights: Vec<u32> = parts.iter().map(|(l, i)| content_height(l, i)).collect();
    let tallest = heights.iter().copied().max().unwrap_or(0);
    let mut boxes = Vec::with_capacity(parts.len());
    let mut next = MARGIN;
    for (((label, items), height), source) in parts.iter().zip(&heights).zip(&ecosystem.parts) {
        let (x, y, h) = match orientation {
            Orientation::Across => (next, MARGIN, tallest),
            Orientation::Down => (MARGIN, next, *height),
        };
        boxes.push(part_box(
            &source.id,
            (x, y, m.part_w, h),
            *height,
            label,
            items,
        ));
        next += match orientation {
            Orientation::Across => m.part_w + m.gap,
            Orientation::Down => h + m.gap,
        };
    }
    let end = next.saturating_sub(m.gap).max(MARGIN) + MARGIN;
    let (width, height) = match orientation {
        Orientation::Across => (end, tallest + 2 * MARGIN),
        Orientation::Down => (m.part_w + 2 * MARGIN, end),
    };
    let arrows = boxes
        .windows(2)
        .map(|pair| arrow(&pair[0], &pair[1], orientation))
        .collect();
    Diagram {
        width,
        height,
        parts: boxes,
        arrows,
    }
}

/// The height a part needs for its label and items.
fn content_height(label: &[String], items: &[Vec<String>]) -> u32 {
    let items: u32 = items.iter().map(|i| ITEM_GAP + item_height(i)).sum();
    2 * PAD + LABEL_LINE * count(label.len()) + items
}

fn item_height(lines: &[String]) -> u32 {
    2 * ITEM_PAD + ITEM_LINE * count(lines.len())
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX / 64)
}

/// A part at `(x, y, w, h)` that needs `needed` of its height: what it
/// holds is centred vertically, so a part without items has its label in
/// the middle beside taller neighbours.
fn part_box(
    id: &str,
    (x, y, w, h): (u32, u32, u32, u32),
    needed: u32,
    label: &[String],
    items: &[Vec<String>],
) -> PartBox {
    let centre = x + w / 2;
    let mut top = y + PAD + (h.saturating_sub(needed)) / 2;
    let label = lines(label, centre, top, LABEL_LINE, 6);
    top += LABEL_LINE * count(label.len());
    let items = items
        .iter()
        .map(|text| {
            top += ITEM_GAP;
            let item = ItemBox {
                x: x + PAD,
                y: top,
                w: w - 2 * PAD,
                h: item_height(text),
                lines: lines(text, centre, top + ITEM_PAD, ITEM_LINE, 5),
            };
            top += item.h;
            item
        })
        .collect();
    PartBox {
        id: id.to_string(),
        x,
        y,
        w,
        h,
        label,
        items,
    }
}

/// Lines of `height` from `top`, each baseline `descent` above its
/// bottom.
fn lines(text: &[String], x: u32, top: u32, height: u32, descent: u32) -> Vec<TextLine> {
    (1..)
        .zip(text)
        .map(|(n, line)| TextLine {
            x,
            y: top + height * n - descent,
            text: line.clone(),
        })
        .collect()
}

/// The arrow from `from` to `to`, through the middle of the gap's sides.
fn arrow(from: &PartBox, to: &PartBox, orientation: Orientation) -> Arrow {
    match orientation {
        Orientation::Across => {
            let y = from.y + from.h / 2;
            let (x1, tip) = (from.x + from.w + 6, to.x - 6);
            let x2 = tip - HEAD;
            Arrow {
                x1,
                y1: y,
                x2,
                y2: y,
                head: format!("{tip},{y} {x2},{} {x2},{}", y - HEAD / 2, y + HEAD / 2),
            }
        }
        Orientation::Down => {
            let x = from.x + from.w / 2;
            let (y1, tip) = (from.y + from.h + 6, to.y - 6);
            let y2 = tip - HEAD;
            Arrow {
                x1: x,
                y1,
                x2: x,
                y2,
                head: format!("{x},{tip} {},{y2} {},{y2}", x - HEAD / 2, x + HEAD / 2),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::ecosystem;

    /// True when `inner` lies within `outer`.
    fn inside(inner: (u32, u32, u32, u32), outer: (u32, u32, u32, u32)) -> bool {
        inner.0 >= outer.0
            && inner.1 >= outer.1
            && inner.0 + inner.2 <= outer.0 + outer.2
            && inner.1 + inner.3 <= outer.1 + outer.3
    }

    #[test]
    fn parts_follow_each_other_inside_the_picture() {
        let mut long = ecosystem();
        long.parts[0].label.nb = "Datatilbydere i sektoren med et langt navn".into();
        long.parts[2].items[1].nb = "Analyseverktøy og andre verktøy for analyse av data".into();
        for eco in [ecosystem(), long] {
            for (orientation, lang) in [
                (Orientation::Across, Lang::Nb),
                (Orientation::Down, Lang::Nb),
                (Orientation::Across, Lang::En),
                (Orientation::Down, Lang::En),
            ] {
                let d = ecosystem_diagram(&eco, lang, orientation);
                let picture = (0, 0, d.width, d.height);
                assert_eq!(d.parts.len(), 3);
                assert_eq!(d.arrows.len(), 2);
                for (part, source) in d.parts.iter().zip(&eco.parts) {
                    let outer = (part.x, part.y, part.w, part.h);
                    assert!(inside(outer, picture), "{orientation:?}: {part:?}");
                    assert_eq!(part.id, source.id);
                    assert_eq!(part.items.len(), source.items.len());
                    let label: Vec<&str> = part.label.iter().map(|l| l.text.as_str()).collect();
                    assert_eq!(label.join(" "), source.label.get(lang));
                    for (item, text) in part.items.iter().zip(&source.items) {
                        assert!(inside((item.x, item.y, item.w, item.h), outer), "{item:?}");
                        let lines: Vec<&str> = item.lines.iter().map(|l| l.text.as_str()).collect();
                        assert_eq!(lines.join(" "), text.get(lang));
                        assert!(item
                            .lines
                            .iter()
                            .all(|l| l.y > item.y && l.y < item.y + item.h));
                    }
                }
                for (pair, arrow) in d.parts.windows(2).zip(&d.arrows) {
                    let (a, b) = (&pair[0], &pair[1]);
                    match orientation {
                        Orientation::Across => {
                            assert_eq!((a.y, a.h), (b.y, b.h), "one height across");
                            assert!(a.x + a.w < arrow.x1 && arrow.x2 < b.x);
                        }
                        Orientation::Down => {
                            assert_eq!((a.x, a.w), (b.x, b.w), "one width down");
                            assert!(a.y + a.h < arrow.y1 && arrow.y2 < b.y);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn narrow_pictures_fit_a_phone_and_wide_ones_a_desktop() {
        let across = ecosystem_diagram(&ecosystem(), Lang::Nb, Orientation::Across);
        let down = ecosystem_diagram(&ecosystem(), Lang::Nb, Orientation::Down);
        assert!(across.width <= 960 && across.width > across.height);
        assert!(down.width <= 320 && down.height > down.width);
    }

    #[test]
    fn a_part_without_items_has_its_label_in_the_middle() {
        let d = ecosystem_diagram(&ecosystem(), Lang::Nb, Orientation::Across);
        let access = &d.parts[1];
        assert!(access.items.is_empty());
        let middle = access.y + access.h / 2;
        let baseline = access.label[0].y;
        assert!(
            baseline.abs_diff(middle) <= LABEL_LINE,
            "{baseline} vs {middle}"
        );
    }

    #[test]
    fn nothing_to_draw_is_an_empty_picture() {
        let mut eco = ecosystem();
        eco.parts.clear();
        for orientation in [Orientation::Across, Orientation::Down] {
            let d = ecosystem_diagram(&eco, Lang::Nb, orientation);
            assert!(d.parts.is_empty() && d.arrows.is_empty(), "{orientation:?}");
        }
    }
}

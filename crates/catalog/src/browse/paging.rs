//! Which page links a pagination shows.

/// One slot of a pagination bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageSlot {
    /// A link to this page (from 1).
    Page(usize),
    /// A gap between page links.
    Gap,
}

/// The page links around `page` of `pages`: always the first and the last
/// page, the current one with one neighbour on each side, and gaps where
/// pages are left out. A gap never stands for a single page (that page is
/// shown instead), so the bar has at most seven slots and never jumps in
/// length by more than needed.
pub fn page_window(page: usize, pages: usize) -> Vec<PageSlot> {
    let pages = pages.max(1);
    let page = page.clamp(1, pages);
    if pages <= 7 {
        return (1..=pages).map(PageSlot::Page).collect();
    }
    // Keep five consecutive pages at either end so the bar stays 7 slots.
    let (from, to) = if page <= 4 {
        (2, 5)
    } else if page >= pages - 3 {
        (pages - 4, pages - 1)
    } else {
        (page - 1, page + 1)
    };
    let mut slots = vec![PageSlot::Page(1)];
    if from > 2 {
        slots.push(PageSlot::Gap);
    }
    slots.extend((from..=to).map(PageSlot::Page));
    if to < pages - 1 {
        slots.push(PageSlot::Gap);
    }
    slots.push(PageSlot::Page(pages));
    slots
}

#[cfg(test)]
mod tests {
    use super::*;
    use PageSlot::{Gap, Page};

    #[test]
    fn windows() {
        let cases: [(usize, usize, Vec<PageSlot>); 9] = [
            (1, 0, vec![Page(1)]),
            (1, 1, vec![Page(1)]),
            (3, 2, vec![Page(1), Page(2)]),
            (4, 7, (1..=7).map(Page).collect()),
            (
                1,
                20,
                vec![Page(1), Page(2), Page(3), Page(4), Page(5), Gap, Page(20)],
            ),
            (
                4,
                20,
                vec![Page(1), Page(2), Page(3), Page(4), Page(5), Gap, Page(20)],
            ),
            (
                5,
                20,
                vec![Page(1), Gap, Page(4), Page(5), Page(6), Gap, Page(20)],
            ),
            (
                17,
                20,
                vec![
                    Page(1),
                    Gap,
                    Page(16),
                    Page(17),
                    Page(18),
                    Page(19),
                    Page(20),
                ],
            ),
            (
                99,
                20,
                vec![
                    Page(1),
                    Gap,
                    Page(16),
                    Page(17),
                    Page(18),
                    Page(19),
                    Page(20),
                ],
            ),
        ];
        for (page, pages, expected) in cases {
            assert_eq!(page_window(page, pages), expected, "page {page} of {pages}");
        }
    }

    #[test]
    fn every_window_holds_first_current_and_last_and_at_most_seven_slots() {
        for pages in 1..40 {
            for page in 1..=pages {
                let slots = page_window(page, pages);
                assert!(slots.len() <= 7);
                for must in [1, page, pages] {
                    assert!(slots.contains(&Page(must)), "{page}/{pages}: {slots:?}");
                }
                assert!(slots.windows(2).all(|w| w != [Gap, Gap]));
            }
        }
    }
}

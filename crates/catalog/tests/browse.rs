//! The engine against a brute-force reference on generated catalogs:
//! matching, disjunctive facet counts, every sort, paging.

// The reference sorts with the standard library, independent of the
// code under test (`catalog::sorting`).
#![allow(clippy::disallowed_methods)]

use catalog::*;
use std::cmp::Reverse;
use std::collections::{BTreeSet, HashSet};

#[path = "../src/testing.rs"]
mod testing;

use testing::{generated_catalog, random_basket, random_query, Rng};

/// Optimal string alignment distance, by the textbook table: independent
/// of the engine's edit generation.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// The rules a reference answer follows: the shop's, or the peer
/// benchmark's canonical ones (see [`Analysis`]), written out
/// independently of the engine.
#[derive(Clone, Copy)]
struct Rules {
    canonical: bool,
    typos: bool,
}

impl Rules {
    const SHOP: Rules = Rules {
        canonical: false,
        typos: true,
    };

    /// The words of a text: folded, or lower-cased runs of letters and
    /// digits.
    fn words(self, text: &str) -> Vec<String> {
        if self.canonical {
            text.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        } else {
            fold::terms(text)
        }
    }

    /// True when query word `n` of `count` matches as a prefix.
    fn prefix(self, n: usize, count: usize) -> bool {
        self.canonical || n + 1 == count
    }
}

/// Every `(term, tier)` of a variable, straight from the catalog.
fn fields(catalog: &Catalog, v: &Variable, rules: Rules) -> Vec<(String, u8)> {
    let mut out = Vec::new();
    let mut add =
        |text: &str, tier: u8| out.extend(rules.words(text).into_iter().map(|t| (t, tier)));
    add(&v.name, 1);
    v.label.values().for_each(|s| add(s, 1));
    if rules.canonical {
        v.description.values().for_each(|s| add(s, 3));
        return out;
    }
    v.subject_fields
        .iter()
        .flat_map(Text::values)
        .for_each(|s| add(s, 2));
    for id in &v.unit_types {
        add(id, 2);
        if let Some(u) = catalog.unit_type(id) {
            u.label.values().for_each(|s| add(s, 2));
        }
    }
    if let Some(p) = catalog.provider(&v.provider) {
        p.name.values().for_each(|s| add(s, 2));
    }
    v.description.values().for_each(|s| add(s, 3));
    out
}

/// A word's best score in a variable: tier, plus 4 for a typo; None when
/// it does not match.
fn word_score(word: &str, last: bool, typos: bool, fields: &[(String, u8)]) -> Option<u8> {
    let w: Vec<char> = word.chars().collect();
    let typo_ok = typos && w.len() >= 5 && !w.iter().any(|c| c.is_numeric());
    let score = |(term, tier): &(String, u8)| {
        let t: Vec<char> = term.chars().collect();
        let exact = if last { t.starts_with(&w) } else { t == w };
        // One edit changes the length by at most one, so only prefixes of
        // about the word's length can be one edit away.
        let near = |l: usize| l.abs_diff(w.len()) <= 1 && distance(&w, &t[..l]) <= 1;
        let typo = typo_ok
            && if last {
                (1..=t.len()).any(near)
            } else {
                near(t.len())
            };
        if exact {
            Some(*tier)
        } else if typo {
            Some(tier + 4)
        } else {
            None
        }
    };
    fields.iter().filter_map(score).min()
}

fn sort_label(v: &Variable, lang: Lang) -> &str {
    Some(v.label.get(lang))
        .filter(|l| !l.is_empty())
        .unwrap_or(&v.name)
}

fn facet_ids(v: &Variable, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Provider => vec![v.provider.clone()],
        Facet::Temporality => vec![v.temporality.code().to_string()],
        Facet::UnitType => v.unit_types.clone(),
        Facet::Access => vec![Access::of(v.sensitivity).id().to_string()],
        Facet::Subject => v
            .subject_fields
            .iter()
            .map(|s| fold::slug(s.get(Lang::Nb)))
            .collect(),
        Facet::Dataset => v
            .dataset
            .iter()
            .map(|d| Dataset::key_of(&v.provider, d))
            .collect(),
    }
    .into_iter()
    .filter(|id| !id.is_empty())
    .collect()
}

/// The reference answer: every row in order, and every facet's counts.
fn reference(
    catalog: &Catalog,
    terms: &[Vec<(String, u8)>],
    query: &Query,
    basket: &HashSet<String>,
    rules: Rules,
) -> (Vec<usize>, Vec<Vec<(String, usize)>>) {
    let words = rules.words(&query.text);
    let known: Vec<BTreeSet<String>> = Facet::ALL
        .iter()
        .map(|&f| {
            let all: BTreeSet<String> = catalog
                .variables
                .iter()
                .flat_map(|v| facet_ids(v, f))
                .collect();
            query.selection(f).intersection(&all).cloned().collect()
        })
        .collect();
    let passes = |v: &Variable, facet: Facet| {
        let position = Facet::ALL.iter().position(|&f| f == facet);
        let selected = &known[position.unwrap_or_default()];
        selected.is_empty() || facet_ids(v, facet).iter().any(|id| selected.contains(id))
    };
    let mut keys = Vec::new();
    let mut base = Vec::new();
    for (i, v) in catalog.variables.iter().enumerate() {
        let f = &terms[i];
        let scores: Option<Vec<u8>> = words
            .iter()
            .enumerate()
            .map(|(n, w)| word_score(w, rules.prefix(n, words.len()), rules.typos, f))
            .collect();
        let Some(scores) = scores else { continue };
        if query.only_selected && !basket.contains(&v.id) {
            continue;
        }
        let typos = scores.iter().filter(|&&s| s >= 4).count();
        let tiers = scores.iter().map(|s| s % 4);
        let exact_name = !words.is_empty() && rules.words(&v.name) == words;
        let best = if exact_name {
            0
        } else {
            tiers.clone().min().unwrap_or(3)
        };
        keys.push((i, (typos, best, tiers.map(usize::from).sum::<usize>())));
        base.push(i);
    }
    let counts = Facet::ALL
        .iter()
        .map(|&facet| {
            let mut counts: Vec<(String, usize)> = Vec::new();
            for &i in &base {
                let v = &catalog.variables[i];
                if Facet::ALL.iter().all(|&g| g == facet || passes(v, g)) {
                    let ids: BTreeSet<String> = facet_ids(v, facet).into_iter().collect();
                    for id in ids {
                        match counts.iter_mut().find(|(c, _)| *c == id) {
                            Some((_, n)) => *n += 1,
                            None => counts.push((id, 1)),
                        }
                    }
                }
            }
            counts.sort();
            counts
        })
        .collect();
    keys.retain(|(i, _)| {
        Facet::ALL
            .iter()
            .all(|&g| passes(&catalog.variables[*i], g))
    });
    let lang = query.lang;
    let name_key = |i: usize| {
        let v = &catalog.variables[i];
        if rules.canonical {
            // Technical names in byte order.
            return (Vec::new(), v.name.clone(), v.id.clone());
        }
        (
            collate::key(sort_label(v, lang)),
            sort_label(v, lang).to_string(),
            v.id.clone(),
        )
    };
    let provider_key = |i: usize| {
        let v = &catalog.variables[i];
        catalog.provider(&v.provider).map_or_else(
            || collate::key(&v.provider),
            |p| collate::key(p.name.get(lang)),
        )
    };
    let updated_key = |i: usize| {
        let u = catalog.variables[i].updated.clone();
        (u.is_none(), Reverse(u))
    };
    match query.effective_sort() {
        Sort::Relevance => keys.sort_by_key(|&(i, key)| (key, name_key(i))),
        Sort::Name => keys.sort_by_key(|&(i, _)| name_key(i)),
        Sort::Provider => keys.sort_by_key(|&(i, _)| (provider_key(i), name_key(i))),
        Sort::Updated => keys.sort_by_key(|&(i, _)| (updated_key(i), name_key(i))),
    }
    (keys.into_iter().map(|(i, _)| i).collect(), counts)
}

#[test]
fn the_engine_agrees_with_brute_force() {
    agree_with_brute_force(Analysis::SHOP, |_| Rules::SHOP);
}

#[test]
fn the_canonical_analysis_agrees_with_brute_force() {
    agree_with_brute_force(Analysis::CANONICAL, |rng| Rules {
        canonical: true,
        typos: rng.chance(30),
    });
}

/// Random queries on generated catalogs, answered by an engine with
/// `analysis` and by the reference with the rules `rules` draws (which
/// also say whether the query asks for typos).
fn agree_with_brute_force(analysis: Analysis, rules: impl Fn(&mut Rng) -> Rules) {
    for (n, seed) in [(0, 1), (1, 2), (64, 3), (257, 4), (600, 5)] {
        let catalog = generated_catalog(n, seed);
        let engine = Engine::with_analysis(&catalog, analysis);
        let mut rng = Rng::new(seed * 1000);
        let rules_of_catalog = rules(&mut rng);
        let terms: Vec<_> = catalog
            .variables
            .iter()
            .map(|v| fields(&catalog, v, rules_of_catalog))
            .collect();
        let basket = random_basket(&mut rng, &catalog);
        for round in 0..150 {
            let query = random_query(&mut rng, &catalog);
            let rules = Rules {
                typos: rules(&mut rng).typos,
                ..rules_of_catalog
            };
            let answer = engine.run_with_typos(&query, &basket, rules.typos);
            let (rows, counts) = reference(&catalog, &terms, &query, &basket, rules);
            let context = format!("n={n} round={round} {query:?}");
            let size = query.page_size.get();
            assert_eq!(answer.total, rows.len(), "{context}");
            assert_eq!(answer.pages, rows.len().div_ceil(size).max(1), "{context}");
            assert_eq!(answer.page, query.page.clamp(1, answer.pages), "{context}");
            assert_eq!(answer.sort, query.effective_sort(), "{context}");
            let start = (answer.page - 1) * size;
            let page: Vec<usize> = rows.iter().copied().skip(start).take(size).collect();
            assert_eq!(answer.rows, page, "{context}");
            for (facet, expected) in answer.facets.iter().zip(&counts) {
                let mut got: Vec<(String, usize)> = facet
                    .values
                    .iter()
                    .filter(|v| v.count > 0)
                    .map(|v| (v.id.clone(), v.count))
                    .collect();
                got.sort();
                assert_eq!(&got, expected, "{:?} {context}", facet.facet);
                for value in &facet.values {
                    let selected = query.selection(facet.facet).contains(&value.id);
                    assert_eq!(value.selected, selected, "{context}");
                    assert!(value.count > 0 || selected, "{context}");
                }
                for id in query.selection(facet.facet) {
                    let listed = facet.values.iter().any(|v| &v.id == id);
                    assert_eq!(listed, engine.is_known(facet.facet, id), "{id} {context}");
                }
                for pair in facet.values.windows(2) {
                    let order = (Reverse(pair[0].count), collate::key(&pair[0].label))
                        .cmp(&(Reverse(pair[1].count), collate::key(&pair[1].label)));
                    assert!(order.is_le(), "{pair:?} {context}");
                }
            }
            let mut tidy = query.clone();
            tidy.retain_known(&engine);
            assert_eq!(
                engine.run_with_typos(&tidy, &basket, rules.typos),
                answer,
                "retain_known changes nothing: {context}"
            );
        }
    }
}

#[test]
fn paging_is_clamped() {
    let catalog = generated_catalog(60, 9);
    let engine = Engine::new(&catalog);
    let cases = [
        (0, PageSize::P25, "", (60, 3, 1, 25)),
        (1, PageSize::P25, "", (60, 3, 1, 25)),
        (3, PageSize::P25, "", (60, 3, 3, 10)),
        (4, PageSize::P25, "", (60, 3, 3, 10)),
        (usize::MAX, PageSize::P50, "", (60, 2, 2, 10)),
        (2, PageSize::P100, "", (60, 1, 1, 60)),
        (5, PageSize::P25, "qqqqqqqqqqqq", (0, 1, 1, 0)),
    ];
    for (page, page_size, text, (total, pages, shown, rows)) in cases {
        let query = Query {
            page,
            page_size,
            text: text.into(),
            ..Query::default()
        };
        let answer = engine.run(&query, [""; 0]);
        assert_eq!(
            (answer.total, answer.pages, answer.page, answer.rows.len()),
            (total, pages, shown, rows),
            "page {page} of {page_size:?}"
        );
    }
    let empty = Engine::new(&Catalog::empty()).run(&Query::default(), [""; 0]);
    assert_eq!(
        (empty.total, empty.pages, empty.page, empty.rows.len()),
        (0, 1, 1, 0)
    );
    assert!(empty.facets.iter().all(|f| f.values.is_empty()));
}

#[test]
fn name_sort_is_norwegian_and_case_insensitive() {
    let labels = [
        "Ås", "zebra", "Øl", "Ære", "abc", "Abd", "Émile", "ost", "Aasen",
    ];
    let variables = labels
        .iter()
        .enumerate()
        .map(|(i, l)| testing::variable("p", &format!("V{i}"), Text::nb(*l), Text::default()))
        .collect();
    let catalog = testing::catalog(vec![testing::provider("p", "P")], vec![], variables);
    let answer = Engine::new(&catalog).run(&Query::default(), [""; 0]);
    let got: Vec<&str> = answer
        .rows
        .iter()
        .map(|&i| catalog.variables[i].label.get(Lang::Nb))
        .collect();
    assert_eq!(
        got,
        ["Aasen", "abc", "Abd", "Émile", "ost", "zebra", "Ære", "Øl", "Ås"]
    );
}

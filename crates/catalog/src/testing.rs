//! Test helpers shared by the unit tests and the integration tests (which
//! include this file with `#[path]`, after `use catalog::*;` at their root,
//! so the `crate::` paths below resolve in both).
//!
//! `generated_catalog` makes a deterministic catalog of any size from a
//! seed, with Norwegian words, repeated facet values and gaps (variables
//! without subjects, dates or known unit types), for property tests.
#![allow(dead_code)]

use crate::{
    fold, Catalog, Dataset, Facet, Lang, PageSize, Provider, Query, Sensitivity, Sort, Temporality,
    Text, UnitType, Variable, SCHEMA_VERSION,
};

/// SplitMix64: a tiny, good-enough seeded generator, so the tests need no
/// `rand` and every run sees the same data.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// A random element.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A variable with the given texts and plain defaults elsewhere.
pub fn variable(provider: &str, name: &str, label: Text, description: Text) -> Variable {
    Variable {
        id: Variable::make_id(provider, name),
        provider: provider.to_string(),
        name: name.to_string(),
        label,
        description,
        temporality: Temporality::Fixed,
        sensitivity: Sensitivity::Public,
        identifier: "PERSON".to_string(),
        unit_types: vec!["PERSON".to_string()],
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

/// A provider with a Norwegian name.
pub fn provider(id: &str, name: &str) -> Provider {
    Provider {
        id: id.to_string(),
        name: Text::nb(name),
        org_number: None,
        description: None,
        contact: None,
    }
}

/// A global unit type with a label.
pub fn unit_type(id: &str, label: Text) -> UnitType {
    UnitType {
        id: id.to_string(),
        label,
        description: Text::default(),
        provider: None,
    }
}

/// A catalog of these parts.
pub fn catalog(
    providers: Vec<Provider>,
    unit_types: Vec<UnitType>,
    variables: Vec<Variable>,
) -> Catalog {
    Catalog {
        schema_version: SCHEMA_VERSION,
        providers,
        unit_types,
        datasets: Vec::new(),
        variables,
        detail_shards: Vec::new(),
        index: None,
    }
}

/// Words the generated texts are made of: Norwegian with æ, ø, å and
/// their digraph spellings, English, near-misses and numbers.
pub const WORDS: &[&str] = &[
    "elev",
    "elever",
    "skole",
    "skoleår",
    "skoleaar",
    "kommune",
    "kommunenummer",
    "fylke",
    "Lånekassen",
    "laanekassen",
    "stipend",
    "lån",
    "næring",
    "naering",
    "bør",
    "boer",
    "poeng",
    "kroner",
    "utdanning",
    "program",
    "student",
    "studenter",
    "grunnskole",
    "karakter",
    "karakterer",
    "Øst",
    "Ærlig",
    "pupil",
    "grade",
    "municipality",
    "2019",
    "2020",
    "VGO",
    "kommuna",
    "sted",
    "støtte",
];

/// Subject fields the generator draws from; two spell the same subject
/// differently, so they share a facet value.
pub const SUBJECTS: &[&str] = &[
    "Utdanning",
    "Næringsliv",
    "Naeringsliv",
    "Offentlig forvaltning",
    "Arbeidsliv",
    "Økonomi",
    "Helse",
];

/// A deterministic catalog of `n` variables.
pub fn generated_catalog(n: usize, seed: u64) -> Catalog {
    let mut rng = Rng::new(seed);
    let providers = vec![
        provider("sikt", "Sikt"),
        provider("ssb", "Statistisk sentralbyrå"),
        provider("lanekassen", "Lånekassen"),
        provider("novari-iks", "Novari IKS"),
        provider("kartverket", "Kartverket"),
    ];
    let unit_types = vec![
        unit_type("PERSON", Text::nb_en("Person", "Person")),
        unit_type("KOMMUNE", Text::nb_en("Kommune", "Municipality")),
        unit_type("SKOLE", Text::nb("Skole")),
        unit_type("FORETAK", Text::nb_en("Foretak", "Enterprise")),
        unit_type("ELEV", Text::default()),
    ];
    let unit_ids = ["PERSON", "KOMMUNE", "SKOLE", "FORETAK", "ELEV", "UKJENT"];
    let words = |rng: &mut Rng, max: usize| -> String {
        let count = 1 + rng.below(max);
        (0..count)
            .map(|_| *rng.pick(WORDS))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut variables = Vec::with_capacity(n);
    for i in 0..n {
        let p = rng.pick(&providers).id.clone();
        let name = format!(
            "{}_{}_{i}",
            words(&mut rng, 2).to_uppercase().replace(' ', "_"),
            "V"
        );
        let label = if rng.chance(30) {
            Text::nb_en(words(&mut rng, 3), words(&mut rng, 3))
        } else {
            Text::nb(words(&mut rng, 3))
        };
        let description = if rng.chance(80) {
            Text::nb(words(&mut rng, 12))
        } else {
            Text::default()
        };
        let mut v = variable(&p, &name, label, description);
        v.temporality = *rng.pick(&Temporality::ALL);
        v.sensitivity = *rng.pick(&Sensitivity::ALL);
        v.unit_types = (0..1 + rng.below(2))
            .map(|_| rng.pick(&unit_ids).to_string())
            .collect();
        v.identifier = v.unit_types[0].clone();
        v.subject_fields = (0..rng.below(3))
            .map(|_| Text::nb(*rng.pick(SUBJECTS)))
            .collect();
        if rng.chance(70) {
            v.updated = Some(format!(
                "20{:02}-{:02}-{:02}",
                10 + rng.below(15),
                1 + rng.below(12),
                1 + rng.below(28)
            ));
        }
        // Without the generator, so the rest of the catalog stays as it
        // was: three dataset ids shared by every provider (a dataset id is
        // unique only within its provider), a quarter of the variables in
        // none.
        if i % 4 != 0 {
            v.dataset = Some(format!("d{}", i % 3));
        }
        variables.push(v);
    }
    // Also compiled into the integration tests, which have no `crate::sorting`.
    #[allow(clippy::disallowed_methods)]
    variables.sort_by(|a, b| (&a.provider, &a.name).cmp(&(&b.provider, &b.name)));
    let mut cat = catalog(providers, unit_types, variables);
    for p in &cat.providers {
        for n in 0..3 {
            // One dataset without a title, whose facet label is its key.
            let title = if p.id == "kartverket" && n == 2 {
                Text::default()
            } else {
                Text::nb(format!("Sett {n} fra {}", p.id))
            };
            cat.datasets.push(Dataset {
                id: format!("d{n}"),
                provider: p.id.clone(),
                title,
                description: Text::default(),
                keywords: Vec::new(),
            });
        }
    }
    cat
}

/// A random query over the generated catalog's vocabulary, with typos,
/// prefixes, unknown ids, junk pages.
pub fn random_query(rng: &mut Rng, catalog: &Catalog) -> Query {
    let mut query = Query::default();
    let words: Vec<String> = (0..rng.below(4))
        .map(|_| {
            let mut w: Vec<char> = rng.pick(WORDS).chars().collect();
            if rng.chance(25) && w.len() > 2 {
                let at = rng.below(w.len());
                match rng.below(3) {
                    0 => drop(w.remove(at)),
                    1 => w[at] = 'x',
                    _ => w.insert(at, 'e'),
                }
            }
            w.into_iter().collect()
        })
        .collect();
    query.text = words.join(if rng.chance(50) { " " } else { ", " });
    if rng.chance(40) {
        // Cut the last word short: a prefix.
        query.text.pop();
    }
    for facet in Facet::ALL {
        for _ in 0..rng.below(3) {
            let id = match facet {
                Facet::Provider if rng.chance(10) => "nope".to_string(),
                Facet::Provider => rng.pick(&catalog.providers).id.clone(),
                Facet::Temporality => rng.pick(&Temporality::ALL).code().to_string(),
                Facet::UnitType => rng
                    .pick(&["PERSON", "KOMMUNE", "SKOLE", "UKJENT", "NOPE"])
                    .to_string(),
                Facet::Access => rng
                    .pick(&["PUBLIC", "NONPUBLIC", "PERSON_GENERAL"])
                    .to_string(),
                Facet::Subject => fold::slug(rng.pick::<&str>(SUBJECTS)),
                Facet::Dataset if rng.chance(10) => "sikt/nope".to_string(),
                Facet::Dataset => {
                    let p = &rng.pick(&catalog.providers).id;
                    Dataset::key_of(p, &format!("d{}", rng.below(3)))
                }
            };
            if rng.chance(60) {
                query.selection_mut(facet).insert(id);
            }
        }
    }
    query.only_selected = rng.chance(15);
    query.page = rng.pick(&[0, 1, 1, 2, 3, 50]).to_owned();
    query.page_size = *rng.pick(&PageSize::ALL);
    query.sort = *rng.pick(&Sort::ALL);
    query.lang = *rng.pick(&[Lang::Nb, Lang::En]);
    query
}

/// About a fifth of the catalog's variable ids, as a basket.
pub fn random_basket(rng: &mut Rng, catalog: &Catalog) -> std::collections::HashSet<String> {
    catalog
        .variables
        .iter()
        .filter(|_| rng.chance(20))
        .map(|v| v.id.clone())
        .collect()
}

//! The coverage timeline: which years the selected variables have data
//! for, on one shared year axis, with the years the draft requests. Pure
//! data; the SVG components only draw it.

use super::check::coverage_years;
use super::period::year_of;
use super::{Draft, Years};
use crate::{Basket, Catalog, Lang, ValueDomain, Variable, VariableDetails};

/// Whole years, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first year.
    pub from: i32,
    /// The last year; for an ongoing span, the `this_year` the timeline
    /// was made with.
    pub to: i32,
    /// True when the data (or code) has no end yet: draw the bar running
    /// on past `to` (e.g. an arrow or a faded end).
    pub ongoing: bool,
}

/// A year axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Axis {
    /// The first year shown.
    pub from: i32,
    /// The last year shown, included.
    pub to: i32,
    /// The years to label, ascending: every multiple of a step of 1, 2,
    /// 5, 10, 20, 25, 50 or 100 years within the axis, the smallest step
    /// giving at most [`Axis::MAX_TICKS`] labels, so a narrow SVG stays
    /// readable. At least one tick (the first year) when no multiple
    /// falls inside.
    pub ticks: Vec<i32>,
}

impl Axis {
    /// The most ticks [`Axis::ticks`] holds.
    pub const MAX_TICKS: usize = 8;

    /// An axis from `from` to `to` (swapped if reversed) with its ticks.
    pub fn new(from: i32, to: i32) -> Axis {
        let (from, to) = (from.min(to), from.max(to));
        let years = i64::from(to) - i64::from(from) + 1;
        let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000]
            .into_iter()
            .find(|step| years / step < Axis::MAX_TICKS as i64)
            .unwrap_or(1000) as i32;
        let first = from + (step - from.rem_euclid(step)) % step;
        let mut ticks: Vec<i32> = (0..)
            .map(|k| first + k * step)
            .take_while(|y| *y <= to)
            .collect();
        if ticks.is_empty() {
            ticks.push(from);
        }
        Axis { from, to, ticks }
    }

    /// Where the start of `year` lies, from 0 (the axis's first year) to 1
    /// (the end of its last year): multiply by the drawing's width. A
    /// span's bar runs from `position(from)` to `position(to + 1)`.
    pub fn position(&self, year: i32) -> f64 {
        let years = f64::from(self.to - self.from + 1);
        f64::from(year - self.from) / years
    }
}

/// One selected variable on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// Position in `catalog.variables`.
    pub variable: usize,
    /// The years with data; `None` when the catalog does not say.
    pub coverage: Option<Span>,
    /// The years the draft requests for it (its own period, else the
    /// project's; open ends run to the coverage's ends); `None` when the
    /// draft requests no years or its period is not valid yet.
    pub requested: Option<Span>,
}

/// The selected variables' coverage on one axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// The shared axis, spanning every coverage and requested period;
    /// `None` when there is nothing to draw.
    pub axis: Option<Axis>,
    /// One lane per found variable, in the basket page's order.
    pub lanes: Vec<Lane>,
    /// The years every variable with a known coverage has data for;
    /// `None` when they share no year (or none has a known coverage).
    pub overlap: Option<Span>,
    /// How many lanes have no known coverage.
    pub unknown: usize,
    /// A sentence saying the same, in the language asked for, for the
    /// SVG's text alternative.
    pub summary: String,
}

/// The coverage timeline of the basket's variables with the draft's
/// requested years. `this_year` ends ongoing spans (the core reads no
/// clock). Derive it in a `Memo`.
pub fn timeline(
    basket: &Basket,
    draft: &Draft,
    catalog: &Catalog,
    lang: Lang,
    this_year: i32,
) -> Timeline {
    let resolved = basket.resolve(catalog, lang);
    let project = draft.period.parse().unwrap_or_default();
    let mut lanes = Vec::new();
    for i in resolved.positions() {
        let v = &catalog.variables[i];
        let coverage = coverage_years(v).map(|y| span(y, this_year));
        let requested = draft.variable(&v.id).period.parse().ok().and_then(|own| {
            let wanted = Years {
                from: own.from.or(project.from),
                to: own.to.or(project.to),
            };
            if wanted.from.is_none() && wanted.to.is_none() {
                return None;
            }
            let from = wanted.from.or(coverage.map(|c| c.from))?;
            let to = wanted.to.or(coverage.map(|c| c.to)).unwrap_or(this_year);
            (from <= to).then_some(Span {
                from,
                to,
                ongoing: false,
            })
        });
        lanes.push(Lane {
            variable: i,
            coverage,
            requested,
        });
    }
    let known: Vec<Span> = lanes.iter().filter_map(|l| l.coverage).collect();
    let overlap = known.iter().copied().reduce(|a, b| Span {
        from: a.from.max(b.from),
        to: a.to.min(b.to),
        ongoing: a.ongoing && b.ongoing,
    });
    let overlap = overlap.filter(|s| s.from <= s.to);
    let spans = lanes
        .iter()
        .flat_map(|l| l.coverage.into_iter().chain(l.requested));
    let axis = spans
        .map(|s| (s.from, s.to))
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
        .map(|(from, to)| Axis::new(from, to));
    let unknown = lanes.len() - known.len();
    let summary = summary(lang, lanes.len(), known.len(), overlap);
    Timeline {
        axis,
        lanes,
        overlap,
        unknown,
        summary,
    }
}

/// The years `v` has data for, an ongoing coverage ending at
/// `this_year`; `None` when the catalog does not say.
pub(crate) fn coverage_span(v: &Variable, this_year: i32) -> Option<Span> {
    coverage_years(v).map(|y| span(y, this_year))
}

fn span(years: Years, this_year: i32) -> Span {
    let from = years.from.unwrap_or(this_year);
    Span {
        from,
        to: years.to.unwrap_or(this_year.max(from)),
        ongoing: years.to.is_none(),
    }
}

fn summary(lang: Lang, lanes: usize, known: usize, overlap: Option<Span>) -> String {
    let years = |s: Span| match (s.ongoing, lang) {
        (true, Lang::Nb) => format!("fra {} og fortsatt", s.from),
        (true, Lang::Nn) => format!("frå {} og framleis", s.from),
        (true, Lang::En) => format!("from {} and still", s.from),
        (false, _) => format!("{}–{}", s.from, s.to),
    };
    let mut text = match (known, overlap, lang) {
        (0, _, Lang::Nb) => "Ingen av variablene oppgir hvilke år de har data for.".to_string(),
        (0, _, Lang::Nn) => "Ingen av variablane oppgir kva år dei har data for.".to_string(),
        (0, _, Lang::En) => "None of the variables states which years it has data for.".to_string(),
        (1, Some(s), Lang::Nb) => format!("Variabelen har data {}.", years(s)),
        (1, Some(s), Lang::Nn) => format!("Variabelen har data {}.", years(s)),
        (1, Some(s), Lang::En) => format!("The variable has data {}.", years(s)),
        (n, Some(s), Lang::Nb) => format!("Alle {n} variablene har data {}.", years(s)),
        (n, Some(s), Lang::Nn) => format!("Alle dei {n} variablane har data {}.", years(s)),
        (n, Some(s), Lang::En) => format!("All {n} variables have data {}.", years(s)),
        (_, None, Lang::Nb) => "Variablene har ikke data for noe felles år.".to_string(),
        (_, None, Lang::Nn) => "Variablane har ikkje data for noko felles år.".to_string(),
        (_, None, Lang::En) => "The variables have no year with data in common.".to_string(),
    };
    let unknown = lanes - known;
    if known > 0 && unknown > 0 {
        text.push(' ');
        text.push_str(&match (unknown, lang) {
            (1, Lang::Nb) => "1 variabel oppgir ikke hvilke år den har data for.".to_string(),
            (n, Lang::Nb) => format!("{n} variabler oppgir ikke hvilke år de har data for."),
            (1, Lang::Nn) => "1 variabel oppgir ikkje kva år han har data for.".to_string(),
            (n, Lang::Nn) => format!("{n} variablar oppgir ikkje kva år dei har data for."),
            (1, Lang::En) => "1 variable does not state which years it has data for.".to_string(),
            (n, Lang::En) => format!("{n} variables do not state which years they have data for."),
        });
    }
    text
}

/// One code of a code list on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLane {
    /// The code.
    pub code: String,
    /// Its title in the language asked for.
    pub title: String,
    /// The years it is valid; `None` when its dates have no year.
    pub span: Option<Span>,
}

/// One variable's coverage and its code list's validity periods on one
/// axis, for the detail page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeTimeline {
    /// The axis spanning the coverage and every code; `None` when neither
    /// has a year.
    pub axis: Option<Axis>,
    /// The variable's years with data.
    pub coverage: Option<Span>,
    /// The codes in the code list's order; empty for a described value
    /// domain or a link variable.
    pub codes: Vec<CodeLane>,
}

/// The coverage of `variable` with the validity of each code in its
/// `details` code list; `this_year` ends ongoing spans.
pub fn code_timeline(
    variable: &Variable,
    details: &VariableDetails,
    lang: Lang,
    this_year: i32,
) -> CodeTimeline {
    let coverage = coverage_years(variable).map(|y| span(y, this_year));
    let codes: Vec<CodeLane> = match &details.measure.value_domain {
        Some(ValueDomain::Enumerated { codes, .. }) => codes
            .iter()
            .map(|c| {
                let years = Years {
                    from: year_of(&c.valid_from),
                    to: c.valid_until.as_deref().and_then(year_of),
                };
                CodeLane {
                    code: c.code.clone(),
                    title: c.title.get(lang).to_string(),
                    span: years.from.map(|_| span(years, this_year)),
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let axis = coverage
        .into_iter()
        .chain(codes.iter().filter_map(|c| c.span))
        .map(|s| (s.from, s.to))
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
        .map(|(from, to)| Axis::new(from, to));
    CodeTimeline {
        axis,
        coverage,
        codes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Period, VariableRequest};
    use crate::testing::{catalog, provider, variable};
    use crate::{Code, Measure, TemporalCoverage, Text};

    #[test]
    fn ticks_are_round_and_few() {
        let cases: [(i32, i32, &[i32]); 6] = [
            (2020, 2020, &[2020]),
            (2015, 2020, &[2015, 2016, 2017, 2018, 2019, 2020]),
            (1994, 2026, &[1995, 2000, 2005, 2010, 2015, 2020, 2025]),
            (2001, 2009, &[2002, 2004, 2006, 2008]),
            (1851, 2026, &[1875, 1900, 1925, 1950, 1975, 2000, 2025]),
            (2021, 2019, &[2019, 2020, 2021]),
        ];
        for (from, to, ticks) in cases {
            let axis = Axis::new(from, to);
            assert_eq!(axis.ticks, ticks, "{from}–{to}");
            assert!(axis.ticks.len() <= Axis::MAX_TICKS);
        }
        let axis = Axis::new(2010, 2019);
        assert_eq!(
            (
                axis.position(2010),
                axis.position(2015),
                axis.position(2020)
            ),
            (0.0, 0.5, 1.0)
        );
    }

    fn covered(name: &str, start: Option<&str>, stop: Option<&str>) -> Variable {
        let mut v = variable("p", name, Text::nb(name), Text::default());
        v.temporal_coverage = start.map(|s| TemporalCoverage {
            start: Some(s.into()),
            stop: stop.map(String::from),
        });
        v
    }

    #[test]
    fn shared_axis_overlap_and_summary() {
        let cat = catalog(
            vec![provider("p", "P")],
            vec![],
            vec![
                covered("A", Some("2015-08-01"), Some("2020-07-31")),
                covered("B", Some("1994-08-01"), None),
                covered("C", None, None),
                covered("D", Some("2022-01-01"), None),
            ],
        );
        let basket =
            |names: &[&str]| -> Basket { names.iter().map(|n| format!("p/{n}")).collect() };
        let span = |from, to, ongoing| Span { from, to, ongoing };
        // (selected, overlap, axis ends, unknown, summary nb)
        type Case<'a> = (
            &'a [&'a str],
            Option<Span>,
            Option<(i32, i32)>,
            usize,
            &'a str,
        );
        let cases: [Case; 5] = [
            (
                &["A", "B"],
                Some(span(2015, 2020, false)),
                Some((1994, 2026)),
                0,
                "Alle 2 variablene har data 2015–2020.",
            ),
            (
                &["B"],
                Some(span(1994, 2026, true)),
                Some((1994, 2026)),
                0,
                "Variabelen har data fra 1994 og fortsatt.",
            ),
            (
                &["A", "D"],
                None,
                Some((2015, 2026)),
                0,
                "Variablene har ikke data for noe felles år.",
            ),
            (
                &["A", "C"],
                Some(span(2015, 2020, false)),
                Some((2015, 2020)),
                1,
                "Variabelen har data 2015–2020. 1 variabel oppgir ikke hvilke år den har data for.",
            ),
            (
                &["C"],
                None,
                None,
                1,
                "Ingen av variablene oppgir hvilke år de har data for.",
            ),
        ];
        for (selected, overlap, ends, unknown, text) in cases {
            let t = timeline(&basket(selected), &Draft::default(), &cat, Lang::Nb, 2026);
            assert_eq!(t.overlap, overlap, "{selected:?}");
            assert_eq!(t.axis.map(|a| (a.from, a.to)), ends, "{selected:?}");
            assert_eq!(
                (t.unknown, t.summary.as_str()),
                (unknown, text),
                "{selected:?}"
            );
            assert_eq!(t.lanes.len(), selected.len());
        }
        let en = timeline(
            &basket(&["A", "B"]),
            &Draft::default(),
            &cat,
            Lang::En,
            2026,
        );
        assert_eq!(en.summary, "All 2 variables have data 2015–2020.");

        // Requested years: A's own, B falls back to the project's from and
        // its coverage's ongoing end; the axis grows to hold them.
        let mut draft = Draft {
            period: Period::years("1990", ""),
            ..Draft::default()
        };
        draft.variables.insert(
            "p/A".into(),
            VariableRequest {
                justification: String::new(),
                period: Period::years("2016", "2018"),
            },
        );
        let t = timeline(&basket(&["A", "B"]), &draft, &cat, Lang::Nb, 2026);
        let requested: Vec<_> = t.lanes.iter().map(|l| l.requested).collect();
        assert_eq!(
            requested,
            [Some(span(2016, 2018, false)), Some(span(1990, 2026, false))]
        );
        assert_eq!(t.axis.map(|a| a.from), Some(1990));
    }

    #[test]
    fn codes_share_the_variables_axis() {
        let v = covered("A", Some("2006-08-01"), None);
        let code = |code: &str, from: &str, until: Option<&str>| Code {
            code: code.into(),
            title: Text::nb_en(code, format!("{code} (en)")),
            valid_from: from.into(),
            valid_until: until.map(String::from),
        };
        let details = VariableDetails {
            id: v.id.clone(),
            measure: Measure {
                value_domain: Some(ValueDomain::Enumerated {
                    codes: vec![
                        code("LK06", "2006-08-01", Some("2022-07-31")),
                        code("LK20", "2020-08-01", None),
                        code("X", "ukjent", None),
                    ],
                    missing: Vec::new(),
                }),
                ..Measure::default()
            },
            ..VariableDetails::default()
        };
        let t = code_timeline(&v, &details, Lang::En, 2026);
        let span = |from, to, ongoing| Some(Span { from, to, ongoing });
        assert_eq!(t.coverage, span(2006, 2026, true));
        let lanes: Vec<_> = t.codes.iter().map(|c| (c.title.as_str(), c.span)).collect();
        assert_eq!(
            lanes,
            [
                ("LK06 (en)", span(2006, 2022, false)),
                ("LK20 (en)", span(2020, 2026, true)),
                ("X (en)", None),
            ]
        );
        assert_eq!(t.axis.map(|a| (a.from, a.to)), Some((2006, 2026)));
        let bare = code_timeline(&v, &VariableDetails::default(), Lang::Nb, 2026);
        assert!(bare.codes.is_empty());
    }
}

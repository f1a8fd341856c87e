//! Periods in whole years: the project period and each variable's
//! requested period.
//!
//! Years, not dates, because that is how data is requested and delivered
//! (a register extract "for 2015–2020"); because the coverage timeline
//! draws years; and because a year is one short input that is hard to get
//! wrong, where a date invites `01.08.2015` against `2015-08-01`. A
//! requested year is inside a variable's coverage when the coverage has
//! data on any day of it, so coverage starting `2015-08-01` covers 2015.

use super::PeriodEnd;
use crate::json::json_object;
use serde::{Deserialize, Serialize};

/// A period as typed: each end is the input's text, so a half-typed year is
/// kept, not lost; [`Period::parse`] reads it. An empty end is open (for
/// a variable: the project period's end applies, see
/// [`super::Draft::period_of`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Period {
    /// The first year, e.g. `2015`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// The last year, included, e.g. `2020`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub to: String,
}

json_object!(lenient Period { "from" => from [default], "to" => to [default] });

/// A period read into years; `None` ends are open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Years {
    /// The first year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<i32>,
    /// The last year, included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<i32>,
}

/// What is wrong with a [`Period`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeriodProblem {
    /// An end is not a four-digit year.
    NotAYear {
        /// Which end.
        end: PeriodEnd,
        /// The text as typed.
        text: String,
    },
    /// The first year is after the last.
    Reversed {
        /// The first year.
        from: i32,
        /// The last year.
        to: i32,
    },
}

impl Period {
    /// A period from the two texts.
    pub fn years(from: &str, to: &str) -> Period {
        Period {
            from: from.to_string(),
            to: to.to_string(),
        }
    }

    /// True when both ends are empty.
    pub fn is_empty(&self) -> bool {
        self.from.is_empty() && self.to.is_empty()
    }

    /// Reads both ends. An end is a year when, trimmed, it is four ASCII
    /// digits (`1000`–`9999`); blank ends are open. The first problem
    /// found is returned: the from end's, then the to end's, then a
    /// reversed range.
    pub fn parse(&self) -> Result<Years, PeriodProblem> {
        let from = read_year(&self.from, PeriodEnd::From)?;
        let to = read_year(&self.to, PeriodEnd::To)?;
        match (from, to) {
            (Some(from), Some(to)) if from > to => Err(PeriodProblem::Reversed { from, to }),
            _ => Ok(Years { from, to }),
        }
    }
}

fn read_year(text: &str, end: PeriodEnd) -> Result<Option<i32>, PeriodProblem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let year = (trimmed.len() == 4 && trimmed.bytes().all(|b| b.is_ascii_digit()))
        .then(|| trimmed.parse::<i32>().ok())
        .flatten()
        .filter(|y| *y >= 1000);
    year.map(Some).ok_or_else(|| PeriodProblem::NotAYear {
        end,
        text: text.to_string(),
    })
}

/// The year of a `YYYY-MM-DD` date (or of any text starting with four
/// digits); `None` otherwise.
pub(crate) fn year_of(date: &str) -> Option<i32> {
    let head = date.trim().get(..4)?;
    head.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| head.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_years_and_names_the_problem() {
        let not = |end, text: &str| {
            Err(PeriodProblem::NotAYear {
                end,
                text: text.to_string(),
            })
        };
        let years = |from, to| Ok(Years { from, to });
        let cases: [(&str, &str, Result<Years, PeriodProblem>); 10] = [
            ("", "", years(None, None)),
            ("2015", "", years(Some(2015), None)),
            (" 2015 ", "2020", years(Some(2015), Some(2020))),
            ("2020", "2020", years(Some(2020), Some(2020))),
            ("", "1994", years(None, Some(1994))),
            (
                "2021",
                "2020",
                Err(PeriodProblem::Reversed {
                    from: 2021,
                    to: 2020,
                }),
            ),
            ("20l5", "2020", not(PeriodEnd::From, "20l5")),
            ("2015", "2015-08-01", not(PeriodEnd::To, "2015-08-01")),
            ("0999", "", not(PeriodEnd::From, "0999")),
            ("２０１５", "", not(PeriodEnd::From, "２０１５")),
        ];
        for (from, to, expected) in cases {
            assert_eq!(Period::years(from, to).parse(), expected, "{from:?}–{to:?}");
        }
    }

    #[test]
    fn years_of_dates() {
        let cases = [
            ("2015-08-01", Some(2015)),
            ("1994", Some(1994)),
            ("", None),
            ("15-08-01", None),
            ("ÆØÅ-01-01", None),
        ];
        for (date, year) in cases {
            assert_eq!(year_of(date), year, "{date}");
        }
    }
}

//! A RAIRD value domain: its code list (one per `representedVariables`
//! period, merged), its missing values and its description fields.

use super::{Lang, CODE, SENTINEL};
use crate::dialect::date::Date;
use crate::dialect::draft::{
    DraftCode, DraftDescribed, DraftSentinel, DraftValueDomain, Loc, Spanned,
};
use crate::dialect::fields::{present, Fields, Reader};
use crate::syntax::tree::Value;
use catalog::Text;

/// Adds the codes of a later period to the domain of the earlier ones.
pub(super) fn merge_domain(into: &mut Option<DraftValueDomain>, next: DraftValueDomain) {
    let Some(domain) = into else {
        *into = Some(next);
        return;
    };
    match (&mut domain.codes, next.codes) {
        (Some(codes), Some(more)) => codes.value.extend(more.value),
        (slot @ None, more) => *slot = more,
        _ => {}
    }
    if domain.sentinels.is_none() {
        domain.sentinels = next.sentinels;
    }
    if domain.described.is_none() {
        domain.described = next.described;
    }
    domain.code_list_omitted |= next.code_list_omitted;
}

pub(super) fn read_value_domain(
    r: &mut Reader,
    f: &Fields,
    (start, stop): (Option<Spanned<Date>>, Option<Spanned<Date>>),
    lang: Lang,
) -> DraftValueDomain {
    let codes = r.items(f, "codeList", CODE, |r, item| {
        let title_key = if item.has("category") || !item.has("categoryTitle") {
            "category"
        } else {
            "categoryTitle"
        };
        let own_from = item.has("validFrom");
        let valid_from = r.date(item, "validFrom", false).or_else(|| start.clone());
        if valid_from.is_none() && !own_from {
            r.error(
                item.loc().pos(),
                &item.path("validFrom"),
                "is missing, and so is the validPeriod.start of its representedVariables item; the shop shows from when a code is valid",
            );
        }
        DraftCode {
            code: code(r, item),
            title: lang.apply(r.required_text(item, title_key)),
            valid_from,
            valid_until: r.date(item, "validUntil", false).or_else(|| stop.clone()),
        }
    });
    // microdata's metadata service, asked with skip_code_lists=true,
    // answers with every codeList empty: the code list is left out, not
    // empty. Carried as such, so the catalog can say so.
    let code_list_omitted = codes.as_ref().is_some_and(|c| c.value.is_empty());
    let codes = match codes {
        Some(omitted) if omitted.value.is_empty() => {
            r.warning(
                omitted.loc.pos(),
                &omitted.loc.path,
                "is empty, as when the metadata service answers without code lists (skip_code_lists=true); the catalog says the code list is not included",
            );
            None
        }
        codes => codes,
    };
    let sentinels = missing_values(r, f, lang);
    let first_described = f.first_of(&[
        "description",
        "unitOfMeasure",
        "measurementType",
        "measurementUnitDescription",
    ]);
    let described = first_described.map(|loc| {
        let unit = r
            .optional_text(f, "measurementUnitDescription")
            .or_else(|| r.optional_text(f, "unitOfMeasure"))
            .map(|t| lang.apply(t));
        Spanned {
            value: DraftDescribed {
                description: lang.apply(r.text_or_empty(f, "description")),
                measurement_type: r.measurement_type(f),
                unit,
                uri_definition: r.strings(f, "uriDefinition"),
            },
            loc,
        }
    });
    DraftValueDomain {
        loc: f.loc(),
        codes,
        sentinels,
        described,
        code_list_omitted,
    }
}

/// A code as text; RAIRD writes codes as strings, kudaflib may not.
fn code(r: &mut Reader, f: &Fields) -> Option<Spanned<String>> {
    match present(f.get("code")).map(|n| &n.value) {
        Some(Value::Number(n)) => Some(Spanned {
            value: n.clone(),
            loc: f.loc_of("code"),
        }),
        _ => r.required_string(f, "code"),
    }
}

/// `missingValues` (plain codes, RAIRD) or `sentinelAndMissingValues`
/// (`{code, categoryTitle}`, kudaflib). An empty `missingValues` is the
/// same as none.
fn missing_values(r: &mut Reader, f: &Fields, lang: Lang) -> Option<Spanned<Vec<DraftSentinel>>> {
    if f.get("sentinelAndMissingValues").is_some() {
        return r.items(f, "sentinelAndMissingValues", SENTINEL, |r, item| {
            DraftSentinel {
                code: code(r, item),
                title: lang.apply(r.required_text(item, "categoryTitle")),
            }
        });
    }
    let (items, path) = r.list(f, "missingValues", false)?;
    let loc = f.loc_of("missingValues");
    let value: Vec<DraftSentinel> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let path = format!("{path}[{i}]");
            let code = match &item.value {
                Value::Number(n) => Some(Spanned {
                    value: n.clone(),
                    loc: Loc::at(item.pos, path),
                }),
                _ => r.string_at(item, &path),
            }?;
            Some(DraftSentinel {
                code: Some(code),
                title: Text::default(),
            })
        })
        .collect();
    (!value.is_empty()).then_some(Spanned { value, loc })
}

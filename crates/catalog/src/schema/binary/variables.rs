//! The binary catalog's variables, one column per field: every variable's
//! provider, then every name, every kind, and so on, so gzip sees each
//! field's repeats side by side.
//!
//! | column | per variable |
//! |---|---|
//! | provider | symbol |
//! | name | string |
//! | kind | temporality (bits 0–1) and sensitivity (bits 2–3), as the index in their `ALL` |
//! | flags | which optional fields follow: dataset 1, temporal coverage 2, updated 4, link target 8, identifier for 16, discontinued 32 |
//! | ids | only the ids that are not `<provider>/<name>`: their number, then (position gap, id) |
//! | label, description | text |
//! | identifier | symbol |
//! | unit types | their number, then symbols |
//! | dataset | symbol, when flagged |
//! | temporal coverage | when flagged: a byte (start 1, stop 2), then those symbols |
//! | subject fields | their number, then subject text numbers |
//! | updated, link target, identifier for | symbol each, when flagged |
//! | discontinued | when flagged: successors, a number then strings |
//! | shard | number |

use super::symbols::{Read, Table};
use super::{read_text, write_text};
use crate::schema::codec::{ensure, BytesError, Reader, Writer};
use crate::{Discontinued, Sensitivity, TemporalCoverage, Temporality, Text, Variable};

const DATASET: u8 = 1;
const COVERAGE: u8 = 2;
const UPDATED: u8 = 4;
const LINK_TO: u8 = 8;
const IDENTIFIER_FOR: u8 = 16;
const DISCONTINUED: u8 = 32;
/// Every flag; any other bit is corrupt data.
const ALL_FLAGS: u8 = 63;

/// The fewest bytes a variable takes in all columns together: provider,
/// name, kind, flags, label, description, identifier, unit types, subject
/// fields and shard.
const MIN_VARIABLE_BYTES: usize = 10;

fn flags(v: &Variable) -> u8 {
    let bit = |set: bool, flag: u8| if set { flag } else { 0 };
    bit(v.dataset.is_some(), DATASET)
        | bit(v.temporal_coverage.is_some(), COVERAGE)
        | bit(v.updated.is_some(), UPDATED)
        | bit(v.link_to.is_some(), LINK_TO)
        | bit(v.identifier_for.is_some(), IDENTIFIER_FOR)
        | bit(v.discontinued.is_some(), DISCONTINUED)
}

fn kind(v: &Variable) -> u8 {
    let t = Temporality::ALL.iter().position(|&t| t == v.temporality);
    let s = Sensitivity::ALL.iter().position(|&s| s == v.sensitivity);
    (t.unwrap_or(0) | s.unwrap_or(0) << 2) as u8
}

/// The variables' columns, noting the shared strings in `table`.
pub(super) fn write<'c>(variables: &'c [Variable], table: &mut Table<'c>) -> Vec<u8> {
    let mut w = Writer::default();
    let w = &mut w;
    w.len(variables.len());
    let column = |w: &mut Writer, f: &mut dyn FnMut(&mut Writer, &'c Variable)| {
        variables.iter().for_each(|v| f(w, v));
    };
    column(w, &mut |w, v| w.var(table.symbol(&v.provider)));
    column(w, &mut |w, v| w.str(&v.name));
    column(w, &mut |w, v| w.u8(kind(v)));
    column(w, &mut |w, v| w.u8(flags(v)));
    let own_ids: Vec<(u32, &str)> = (0..)
        .zip(variables)
        .filter(|(_, v)| v.id != Variable::make_id(&v.provider, &v.name))
        .map(|(i, v)| (i, v.id.as_str()))
        .collect();
    w.len(own_ids.len());
    let mut previous = 0;
    for (i, id) in own_ids {
        w.var(i - previous);
        w.str(id);
        previous = i;
    }
    column(w, &mut |w, v| write_text(w, &v.label));
    column(w, &mut |w, v| write_text(w, &v.description));
    column(w, &mut |w, v| w.var(table.symbol(&v.identifier)));
    column(w, &mut |w, v| {
        w.len(v.unit_types.len());
        v.unit_types.iter().for_each(|u| w.var(table.symbol(u)));
    });
    column(w, &mut |w, v| {
        if let Some(d) = &v.dataset {
            w.var(table.symbol(d));
        }
    });
    column(w, &mut |w, v| {
        if let Some(c) = &v.temporal_coverage {
            w.u8(u8::from(c.start.is_some()) | u8::from(c.stop.is_some()) << 1);
            for date in [&c.start, &c.stop].into_iter().flatten() {
                w.var(table.symbol(date));
            }
        }
    });
    column(w, &mut |w, v| {
        w.len(v.subject_fields.len());
        v.subject_fields.iter().for_each(|t| w.var(table.text(t)));
    });
    for field in [
        |v: &'c Variable| v.updated.as_deref(),
        |v: &'c Variable| v.link_to.as_deref(),
        |v: &'c Variable| v.identifier_for.as_deref(),
    ] {
        column(w, &mut |w, v| {
            if let Some(s) = field(v) {
                w.var(table.symbol(s));
            }
        });
    }
    column(w, &mut |w, v| {
        if let Some(d) = &v.discontinued {
            w.len(d.successors.len());
            d.successors.iter().for_each(|s| w.str(s));
        }
    });
    column(w, &mut |w, v| w.var(v.shard));
    std::mem::take(&mut w.bytes)
}

/// Reads the columns [`write`] wrote, in one pass: the first columns make
/// the variables, each further one fills in its field.
pub(super) fn read(r: &mut Reader<'_>, table: &Read) -> Result<Vec<Variable>, BytesError> {
    let n = r.len(MIN_VARIABLE_BYTES, "variables")?;
    let providers = (0..n)
        .map(|_| table.symbol(r, "provider"))
        .collect::<Result<Vec<_>, _>>()?;
    let mut variables = Vec::with_capacity(n);
    for provider in providers {
        let name = r.str("name")?.to_owned();
        variables.push(Variable {
            id: Variable::make_id(&provider, &name),
            provider,
            name,
            label: Text::default(),
            description: Text::default(),
            temporality: Temporality::Fixed,
            sensitivity: Sensitivity::Public,
            identifier: String::new(),
            unit_types: Vec::new(),
            dataset: None,
            temporal_coverage: None,
            subject_fields: Vec::new(),
            updated: None,
            link_to: None,
            identifier_for: None,
            discontinued: None,
            shard: 0,
        });
    }
    for v in variables.iter_mut() {
        let k = r.u8("kind")?;
        let temporality = Temporality::ALL.get(usize::from(k & 3));
        let sensitivity = Sensitivity::ALL.get(usize::from(k >> 2));
        let (Some(&t), Some(&s)) = (temporality, sensitivity) else {
            return Err(BytesError::new(format!("kind {k} (reading kind)")));
        };
        (v.temporality, v.sensitivity) = (t, s);
    }
    let mut flags = Vec::with_capacity(n);
    for _ in 0..n {
        let f = r.u8("flags")?;
        ensure(f & !ALL_FLAGS == 0, || format!("flags {f} (reading flags)"))?;
        flags.push(f);
    }
    let own_ids = r.len(2, "ids")?;
    let mut at = 0usize;
    for _ in 0..own_ids {
        at = at.saturating_add(r.var("id position")? as usize);
        let id = r.str("id")?;
        match variables.get_mut(at) {
            Some(v) => v.id = id.to_owned(),
            None => return Err(BytesError::new(format!("id of variable {at} of {n}"))),
        }
    }
    for v in variables.iter_mut() {
        v.label = read_text(r, "label")?;
    }
    for v in variables.iter_mut() {
        v.description = read_text(r, "description")?;
    }
    for v in variables.iter_mut() {
        v.identifier = table.symbol(r, "identifier")?;
    }
    for v in variables.iter_mut() {
        let k = r.len(1, "unit types")?;
        v.unit_types = (0..k)
            .map(|_| table.symbol(r, "unit type"))
            .collect::<Result<_, _>>()?;
    }
    let flagged = |flag: u8| flags.iter().map(move |f| f & flag != 0);
    for (v, set) in variables.iter_mut().zip(flagged(DATASET)) {
        v.dataset = set.then(|| table.symbol(r, "dataset")).transpose()?;
    }
    for (v, set) in variables.iter_mut().zip(flagged(COVERAGE)) {
        v.temporal_coverage = set.then(|| read_coverage(r, table)).transpose()?;
    }
    for v in variables.iter_mut() {
        let k = r.len(1, "subject fields")?;
        v.subject_fields = (0..k)
            .map(|_| table.text(r, "subject field"))
            .collect::<Result<_, _>>()?;
    }
    for (v, set) in variables.iter_mut().zip(flagged(UPDATED)) {
        v.updated = set.then(|| table.symbol(r, "updated")).transpose()?;
    }
    for (v, set) in variables.iter_mut().zip(flagged(LINK_TO)) {
        v.link_to = set.then(|| table.symbol(r, "link target")).transpose()?;
    }
    for (v, set) in variables.iter_mut().zip(flagged(IDENTIFIER_FOR)) {
        v.identifier_for = set.then(|| table.symbol(r, "identifier for")).transpose()?;
    }
    for (v, set) in variables.iter_mut().zip(flagged(DISCONTINUED)) {
        v.discontinued = set.then(|| read_discontinued(r)).transpose()?;
    }
    for v in variables.iter_mut() {
        v.shard = r.var("shard")?;
    }
    Ok(variables)
}

fn read_coverage(r: &mut Reader<'_>, table: &Read) -> Result<TemporalCoverage, BytesError> {
    let bits = r.u8("temporal coverage")?;
    ensure(bits < 4, || {
        format!("flags {bits} (reading temporal coverage)")
    })?;
    let mut date = |bit: u8, what| (bits & bit != 0).then(|| table.symbol(r, what)).transpose();
    Ok(TemporalCoverage {
        start: date(1, "coverage start")?,
        stop: date(2, "coverage stop")?,
    })
}

fn read_discontinued(r: &mut Reader<'_>) -> Result<Discontinued, BytesError> {
    let k = r.len(1, "successors")?;
    let successors = (0..k)
        .map(|_| r.str("successor").map(str::to_owned))
        .collect::<Result<_, _>>()?;
    Ok(Discontinued { successors })
}

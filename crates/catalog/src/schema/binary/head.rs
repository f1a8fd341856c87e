//! The binary catalog's head: providers, unit types, datasets, the detail
//! shard paths and the index reference, each field in the order of its
//! struct. These are few (one per provider, unit type or dataset), so they
//! are written row by row.

use super::{read_opt_string, read_opt_text, read_text, write_opt_text, write_text};
use crate::schema::codec::{BytesError, Reader, Writer};
use crate::{Catalog, Contact, Dataset, IndexRef, Provider, UnitType, SCHEMA_VERSION};

/// Writes everything of `catalog` but its variables.
pub(super) fn write(w: &mut Writer, catalog: &Catalog) {
    w.len(catalog.providers.len());
    for p in &catalog.providers {
        w.str(&p.id);
        write_text(w, &p.name);
        w.opt_str(p.org_number.as_deref());
        write_opt_text(w, p.description.as_ref());
        w.u8(u8::from(p.contact.is_some()));
        if let Some(c) = &p.contact {
            w.opt_str(c.name.as_deref());
            w.opt_str(c.email.as_deref());
            w.opt_str(c.url.as_deref());
        }
    }
    w.len(catalog.unit_types.len());
    for u in &catalog.unit_types {
        w.str(&u.id);
        write_text(w, &u.label);
        write_text(w, &u.description);
        w.opt_str(u.provider.as_deref());
    }
    w.len(catalog.datasets.len());
    for d in &catalog.datasets {
        w.str(&d.id);
        w.str(&d.provider);
        write_text(w, &d.title);
        write_text(w, &d.description);
        w.len(d.keywords.len());
        d.keywords.iter().for_each(|k| write_text(w, k));
    }
    w.len(catalog.detail_shards.len());
    catalog.detail_shards.iter().for_each(|s| w.str(s));
    w.u8(u8::from(catalog.index.is_some()));
    if let Some(index) = &catalog.index {
        // Two fixed-width halves: a varint holds 32 bits only.
        w.u32(index.bytes as u32);
        w.u32((index.bytes >> 32) as u32);
        w.str(&index.fingerprint);
    }
}

/// Reads the head written by [`write`] into a catalog without variables.
pub(super) fn read(r: &mut Reader<'_>) -> Result<Catalog, BytesError> {
    // Each entry takes at least as many bytes as it has fields.
    let n = r.len(5, "providers")?;
    let mut providers = Vec::with_capacity(n);
    for _ in 0..n {
        providers.push(Provider {
            id: r.str("provider id")?.to_owned(),
            name: read_text(r, "provider name")?,
            org_number: read_opt_string(r, "organisation number")?,
            description: read_opt_text(r, "provider description")?,
            contact: read_contact(r)?,
        });
    }
    let n = r.len(4, "unit types")?;
    let mut unit_types = Vec::with_capacity(n);
    for _ in 0..n {
        unit_types.push(UnitType {
            id: r.str("unit type id")?.to_owned(),
            label: read_text(r, "unit type label")?,
            description: read_text(r, "unit type description")?,
            provider: read_opt_string(r, "unit type provider")?,
        });
    }
    let n = r.len(5, "datasets")?;
    let mut datasets = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str("dataset id")?.to_owned();
        let provider = r.str("dataset provider")?.to_owned();
        let title = read_text(r, "dataset title")?;
        let description = read_text(r, "dataset description")?;
        let k = r.len(1, "keywords")?;
        let keywords = (0..k)
            .map(|_| read_text(r, "keyword"))
            .collect::<Result<_, _>>()?;
        datasets.push(Dataset {
            id,
            provider,
            title,
            description,
            keywords,
        });
    }
    let n = r.len(1, "detail shards")?;
    let detail_shards = (0..n)
        .map(|_| r.str("detail shard").map(str::to_owned))
        .collect::<Result<_, _>>()?;
    let index = match r.u8("index reference")? {
        0 => None,
        1 => {
            let low = u64::from(r.u32("index size")?);
            let high = u64::from(r.u32("index size")?);
            Some(IndexRef {
                bytes: low | high << 32,
                fingerprint: r.str("index fingerprint")?.to_owned(),
            })
        }
        b => {
            return Err(BytesError::new(format!(
                "flag {b} (reading index reference)"
            )))
        }
    };
    Ok(Catalog {
        schema_version: SCHEMA_VERSION,
        providers,
        unit_types,
        datasets,
        variables: Vec::new(),
        detail_shards,
        index,
    })
}

/// A provider's optional contact.
fn read_contact(r: &mut Reader<'_>) -> Result<Option<Contact>, BytesError> {
    match r.u8("contact")? {
        0 => Ok(None),
        1 => Ok(Some(Contact {
            name: read_opt_string(r, "contact name")?,
            email: read_opt_string(r, "contact e-mail")?,
            url: read_opt_string(r, "contact address")?,
        })),
        b => Err(BytesError::new(format!("flag {b} (reading contact)"))),
    }
}

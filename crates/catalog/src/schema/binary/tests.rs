//! Unit tests of the binary catalog: it reads back equal, and bytes that
//! are not a whole catalog (another header or version, cut short, any byte
//! changed) are an error or a catalog, never a panic.

use super::*;
use crate::testing::{generated_catalog, Rng};
use crate::{Contact, Dataset, Discontinued, IndexRef, TemporalCoverage, Variable};

/// A catalog that uses every optional field and odd ids, on top of a
/// generated one.
fn full_catalog() -> Catalog {
    let mut catalog = generated_catalog(60, 7);
    catalog.providers[0].contact = Some(Contact {
        name: Some("Dataforvalter".into()),
        email: None,
        url: Some("https://example.org".into()),
    });
    catalog.providers[0].org_number = Some("971035854".into());
    catalog.providers[0].description = Some(Text::nb_en("Beskrivelse", "Description"));
    catalog.datasets.push(Dataset {
        id: "d-1".into(),
        provider: catalog.providers[0].id.clone(),
        title: Text::nb("Elever"),
        description: Text::default(),
        keywords: vec![Text::nb("skole"), Text::nb_en("elev", "pupil")],
    });
    catalog.detail_shards = vec!["details/a-0.json".into(), "details/b-0.json".into()];
    catalog.index = Some(IndexRef {
        bytes: (5 << 32) + 17,
        fingerprint: "00ff00ff00ff00ff".into(),
    });
    let v: &mut Variable = &mut catalog.variables[3];
    v.id = "not/the/usual/id".into();
    v.temporal_coverage = Some(TemporalCoverage {
        start: None,
        stop: Some("2020-12-31".into()),
    });
    v.discontinued = Some(Discontinued {
        successors: vec!["NY".into(), "NYERE".into()],
    });
    v.link_to = Some("PERSON".into());
    v.identifier_for = Some("SKOLE".into());
    v.label = Text {
        nb: None,
        nn: Some("Nynorsk åleine".into()),
        en: Some(String::new()),
    };
    catalog.variables[40].shard = 1;
    catalog.variables[59].id = "z/last".into();
    catalog
}

#[test]
fn catalogs_read_back_equal() {
    let cases = [
        Catalog::empty(),
        generated_catalog(1, 1),
        generated_catalog(500, 2),
        full_catalog(),
    ];
    for catalog in cases {
        let bytes = catalog.to_bytes();
        assert_eq!(&bytes[..4], b"NBCT");
        assert_eq!(Catalog::from_bytes(&bytes), Ok(catalog.clone()));
        assert_eq!(catalog.to_bytes(), bytes, "the same bytes every time");
    }
}

#[test]
fn the_header_gives_the_version_and_says_what_is_wrong() {
    let good = full_catalog().to_bytes();
    let with_version = |v: u32| [&b"NBCT"[..], &v.to_le_bytes(), &good[8..]].concat();
    let invalid = |message: &str| Err(CatalogError::Invalid(message.to_string()));
    let cases: Vec<(Vec<u8>, Result<(), CatalogError>)> = vec![
        (
            b"{\"schemaVersion\":3}".to_vec(),
            invalid("catalog.nbcat is not a Nettbutikken catalog (no NBCT header)"),
        ),
        (
            b"NBIX\x03\0\0\0".to_vec(),
            invalid("catalog.nbcat is not a Nettbutikken catalog (no NBCT header)"),
        ),
        (
            Vec::new(),
            invalid("catalog.nbcat is not a Nettbutikken catalog (no NBCT header)"),
        ),
        (
            b"NBCT\x03".to_vec(),
            invalid("catalog.nbcat: truncated at byte 0 (reading version)"),
        ),
        (
            with_version(2),
            Err(CatalogError::UnsupportedVersion { found: 2 }),
        ),
        (
            with_version(4),
            Err(CatalogError::UnsupportedVersion { found: 4 }),
        ),
        (
            with_version(SCHEMA_VERSION)[..12].to_vec(),
            invalid("catalog.nbcat: length 5 at byte 5 exceeds the data (reading providers)"),
        ),
        (
            [&good[..], &[0]].concat(),
            invalid("catalog.nbcat: 1 bytes after the end"),
        ),
        (with_version(SCHEMA_VERSION), Ok(())),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            Catalog::from_bytes(&bytes).map(|_| ()),
            expected,
            "{bytes:?}"
        );
    }
}

#[test]
fn every_truncation_is_an_error() {
    let bytes = full_catalog().to_bytes();
    for end in 0..bytes.len() {
        match Catalog::from_bytes(&bytes[..end]) {
            Err(CatalogError::Invalid(message)) => {
                assert!(message.starts_with("catalog.nbcat"), "{end}: {message}")
            }
            other => panic!("{end} of {} bytes gave {other:?}", bytes.len()),
        }
    }
}

#[test]
fn changed_bytes_are_an_error_or_a_catalog_never_a_panic() {
    let original = full_catalog();
    let bytes = original.to_bytes();
    let mut rng = Rng::new(19);
    let mut errors = 0;
    // Every byte once with one bit flipped (a different bit at each
    // place), then random bytes in random places: lengths, flags, symbol
    // numbers and UTF-8 all get hit.
    let mut cases: Vec<(usize, u8)> = (0..bytes.len()).map(|at| (at, 1u8 << (at % 8))).collect();
    cases.extend((0..2000).map(|_| (rng.below(bytes.len()), rng.below(255) as u8 + 1)));
    for (at, mask) in cases {
        let mut changed = bytes.clone();
        changed[at] ^= mask;
        match Catalog::from_bytes(&changed) {
            Ok(catalog) => assert_ne!(catalog, original, "{at} ^ {mask}"),
            Err(_) => errors += 1,
        }
    }
    // A changed letter in a label is still a catalog; a changed length,
    // flag, number or header is not.
    assert!(
        errors > bytes.len() / 4,
        "{errors} errors of {} bytes",
        bytes.len()
    );
}

#[test]
fn binary_is_smaller_than_json() {
    let catalog = generated_catalog(2000, 3);
    let (binary, json) = (catalog.to_bytes().len(), catalog.to_json().len());
    assert!(binary * 3 < json, "{binary} B binary, {json} B JSON");
}

#[test]
fn counts_larger_than_the_bytes_are_refused_before_anything_is_allocated() {
    // A header, an empty head (no providers, unit types, datasets, shards
    // or index), no symbols or subjects, then a count, and nothing more.
    let with_count = |count: &[u8]| [&b"NBCT\x03\0\0\0\0\0\0\0\0\0\0"[..], count].concat();
    let cases: [(&[u8], &str); 3] = [
        (
            &[0xff, 0xff, 0xff, 0xff, 0x0f],
            "catalog.nbcat: length 4294967295 at byte 16 exceeds the data (reading variables)",
        ),
        (
            &[10],
            "catalog.nbcat: length 10 at byte 12 exceeds the data (reading variables)",
        ),
        // No variables, and no ids that differ from theirs.
        (&[0, 0], ""),
    ];
    for (count, message) in cases {
        let got = Catalog::from_bytes(&with_count(count));
        let expected = match message {
            "" => Ok(Catalog::empty()),
            m => Err(CatalogError::Invalid(m.to_string())),
        };
        assert_eq!(got, expected, "{count:?}");
    }
}

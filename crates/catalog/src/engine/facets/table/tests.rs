//! Unit tests of `table`, kept beside it so the module stays short.

use super::*;

#[test]
fn a_table_cannot_ask_for_much_more_memory_than_its_bytes() {
    // One value per document: a bitset over 60,000 documents for each
    // of 60,000 values is 450 MB, asked for by under 1 MB of bytes.
    let (docs, values) = (60_000usize, 60_000usize);
    let mut w = Writer::default();
    w.len(values);
    for v in 0..values {
        w.str(&v.to_string());
        (0..3).for_each(|_| w.opt_str(None));
    }
    w.ascending(&(0..=docs as u32).collect::<Vec<_>>());
    (0..docs as u32).for_each(|d| w.var(d));
    let error = FacetTable::read(&mut Reader::new(&w.bytes), docs)
        .err()
        .map(|e| e.message);
    assert_eq!(
        error,
        Some(format!(
            "60000 facet values over 60000 documents need more memory than an index of {} bytes may ask for",
            w.bytes.len()
        ))
    );
}

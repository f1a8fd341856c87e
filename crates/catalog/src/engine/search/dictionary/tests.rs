//! Unit tests of `dictionary`, kept beside it so the module stays short.

use super::*;

fn dictionary() -> Dictionary {
    let mut builder = DictionaryBuilder::default();
    let docs: [&[(&str, u8)]; 3] = [
        &[("kommune", 1), ("kommunenr", 3), ("kommune", 2)],
        &[("kommune", 4), ("elev", 1)],
        &[("komme", 2), ("elev", 2), ("elev", 1)],
    ];
    for (doc, terms) in docs.iter().enumerate() {
        for &(term, tier) in *terms {
            let id = builder.intern(term);
            builder.add(id, doc, tier);
        }
    }
    builder.finish()
}

#[test]
fn terms_are_sorted_unique_with_best_tier_per_document() {
    let dict = dictionary();
    let terms: Vec<&str> = (0..dict.len()).map(|i| dict.term(i)).collect();
    assert_eq!(terms, ["elev", "komme", "kommune", "kommunenr"]);
    let kommune = dict
        .find_in(dict.all(), "kommune")
        .map(|i| dict.postings(i..i + 1));
    let unpacked: Vec<(usize, u8)> = kommune
        .unwrap_or_default()
        .iter()
        .map(|&p| (posting_doc(p), posting_tier(p)))
        .collect();
    assert_eq!(unpacked, [(0, 1), (1, 4)]);
    assert_eq!(
        dict.alphabet(),
        ['e', 'k', 'l', 'm', 'n', 'o', 'r', 'u', 'v']
    );
}

#[test]
fn prefix_ranges_are_binary_searched() {
    let dict = dictionary();
    let cases = [
        ("", 0..4),
        ("k", 1..4),
        ("komm", 1..4),
        ("kommu", 2..4),
        ("kommunen", 3..4),
        ("kommunenrx", 4..4),
        ("a", 0..0),
        ("z", 4..4),
        ("elev", 0..1),
    ];
    for (prefix, range) in cases {
        assert_eq!(dict.prefix_range_in(dict.all(), prefix), range, "{prefix}");
    }
    assert_eq!(dict.prefix_range_in(1..4, "kommu"), 2..4);
    assert_eq!(dict.find_in(dict.all(), "komm"), None);
    assert_eq!(dict.find_in(dict.all(), "komme"), Some(1));
    assert_eq!(dict.find_in(2..4, "kommune"), Some(2));
    assert_eq!(dict.postings(1..4).len(), 4);
}

#[test]
fn the_alphabet_is_each_character_once_in_order() {
    let cases: [(&str, &[char]); 4] = [
        ("", &[]),
        ("a", &['a']),
        ("kommunekomme", &['e', 'k', 'm', 'n', 'o', 'u']),
        ("øæåzaø", &['a', 'z', 'å', 'æ', 'ø']),
    ];
    for (text, expected) in cases {
        assert_eq!(alphabet_of(text), expected, "{text}");
    }
}

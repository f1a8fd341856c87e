//! The reader against serde_json: the same texts, the same values; and
//! its errors, with their places.

use super::*;
use std::collections::BTreeMap;

#[derive(Debug, PartialEq, Default)]
struct Sample {
    name: String,
    count: u32,
    note: Option<String>,
    tags: Vec<String>,
}
json_object!(strict Sample {
    "name" => name, "count" => count, "note" => note, "tags" => tags [default],
});

#[derive(Debug, PartialEq)]
struct Loose {
    name: String,
}
json_object!(lenient Loose { "name" => name });

#[test]
fn values_read_as_serde_json_reads_them() {
    let cases = [
        r#"{"a":[1,-2,3.5,1e3,-0.25E-2],"b":{"c":null,"d":true,"e":false},"f":""}"#,
        r#"  [ "x\"y\\z\/\b\f\n\r\t\u00e6\u00C6\ud83d\ude00", "æøå 😀" ]  "#,
        "18446744073709551615",
        "-9223372036854775808",
        "[[[]],{}]",
        "\"\"",
    ];
    for text in cases {
        let ours = parse_value(text).expect(text);
        let theirs: serde_json::Value = serde_json::from_str(text).expect(text);
        assert_eq!(ours, theirs, "{text}");
    }
}

#[test]
fn bad_texts_are_errors_with_their_place() {
    let cases: [(&str, &str, usize, usize); 14] = [
        ("", "the text ends where", 1, 1),
        ("{", "the text ends where a key", 1, 2),
        ("{\"a\":1,}", "expected a key in quotes", 1, 8),
        ("[1,]", "expected a number", 1, 4),
        ("[1 2]", "expected `,`", 1, 4),
        ("{\"a\" 1}", "expected `:`", 1, 6),
        ("\"abc", "the text ends inside a string", 1, 5),
        ("\"a\nb\"", "a control character", 1, 3),
        ("\"\\x\"", "an unknown escape", 1, 4),
        ("\"\\ud83d\"", "a lone half", 1, 8),
        ("01", "expected a number", 1, 1),
        ("1.", "expected a number", 1, 1),
        ("{}\n  x", "more text after the value", 2, 3),
        ("[\n  1,\n  nul]", "expected a number", 3, 3),
    ];
    for (text, message, line, column) in cases {
        let e = parse_value(text).expect_err(text);
        assert!(e.message.starts_with(message), "{text:?}: {e}");
        assert_eq!((e.line, e.column), (line, column), "{text:?}: {e}");
    }
}

#[test]
fn nesting_deeper_than_the_limit_is_an_error_not_an_overflow() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse_value(&ok).is_ok());
    let deep = "[".repeat(100_000);
    let e = parse_value(&deep).expect_err("too deep");
    assert!(e.message.contains("nested deeper"), "{e}");
    let e = read::<Sample>(&("{\"tags\":".to_owned() + &deep)).expect_err("too deep");
    assert!(e.message.contains("expected text in quotes"), "{e}");
}

#[test]
fn objects_read_their_fields_and_say_what_is_wrong() {
    let full = Sample {
        name: "x".into(),
        count: 2,
        note: Some("n".into()),
        tags: vec!["a".into()],
    };
    let cases: [(&str, Result<Sample, &str>); 8] = [
        (
            r#"{"tags":["a"],"note":"n","count":2,"name":"x"}"#,
            Ok(full),
        ),
        (
            r#"{"name":"x","count":2}"#,
            Ok(Sample {
                name: "x".into(),
                count: 2,
                ..Sample::default()
            }),
        ),
        (
            r#"{"name":"x","count":2,"note":null}"#,
            Ok(Sample {
                name: "x".into(),
                count: 2,
                ..Sample::default()
            }),
        ),
        (r#"{"name":"x"}"#, Err("missing field `count`")),
        (
            r#"{"name":"x","count":2,"extra":1}"#,
            Err("unknown field `extra`"),
        ),
        (r#"{"name":1,"count":2}"#, Err("expected text in quotes")),
        (
            r#"{"name":"x","count":-1}"#,
            Err("-1 is not a whole number"),
        ),
        (
            r#"{"name":"x","count":4294967296}"#,
            Err("4294967296 is too large"),
        ),
    ];
    for (text, expected) in cases {
        match (read::<Sample>(text), expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{text}"),
            (Err(e), Err(want)) => assert!(e.message.starts_with(want), "{text}: {e}"),
            (got, want) => panic!("{text}: {got:?}, expected {want:?}"),
        }
    }
}

#[test]
fn lenient_objects_skip_unknown_keys_of_any_shape() {
    let text = r#"{"x":{"y":[1,{"z":null}]},"name":"n","w":"\u00e6"}"#;
    assert_eq!(read::<Loose>(text), Ok(Loose { name: "n".into() }));
}

#[test]
fn pairs_maps_and_numbers() {
    let pairs: Vec<(String, String)> = read(r#"[["a","b"],["c","d"]]"#).expect("pairs");
    assert_eq!(pairs, [("a".into(), "b".into()), ("c".into(), "d".into())]);
    for bad in [r#"[["a"]]"#, r#"[["a","b","c"]]"#] {
        let e = read::<Vec<(String, String)>>(bad).expect_err(bad);
        assert!(e.message.contains("a pair has two items"), "{bad}: {e}");
    }
    let map: BTreeMap<String, u64> = read(r#"{"b":2,"a":1}"#).expect("map");
    assert_eq!(
        map.into_iter().collect::<Vec<_>>(),
        [("a".into(), 1), ("b".into(), 2)]
    );
    assert_eq!(read::<f64>("-12.5e1"), Ok(-125.0));
    assert_eq!(read::<Option<bool>>("null"), Ok(None));
}

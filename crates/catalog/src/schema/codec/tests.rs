//! Unit tests of `codec`, kept beside it so the module stays short.

use super::*;

#[test]
fn values_read_back_as_written() {
    let mut w = Writer::default();
    w.u8(7);
    w.u32(0xdead_beef);
    for v in [0, 127, 128, 16_383, 16_384, u32::MAX] {
        w.var(v);
    }
    w.str("Lånekassen");
    w.opt_str(None);
    w.opt_str(Some(""));
    w.u32s(&[1, 2, 3]);
    w.ascending(&[0, 5, 5, 300, 70_000]);
    let mut r = Reader::new(&w.bytes);
    assert_eq!(r.u8("a"), Ok(7));
    assert_eq!(r.u32("b"), Ok(0xdead_beef));
    for v in [0, 127, 128, 16_383, 16_384, u32::MAX] {
        assert_eq!(r.var("c"), Ok(v));
    }
    assert_eq!(r.str("d"), Ok("Lånekassen"));
    assert_eq!(r.opt_str("e"), Ok(None));
    assert_eq!(r.opt_str("f"), Ok(Some("")));
    assert_eq!(r.u32s("g"), Ok(vec![1, 2, 3]));
    assert_eq!(r.ascending("h"), Ok(vec![0, 5, 5, 300, 70_000]));
    assert!(r.is_done());
}

#[test]
fn malformed_bytes_are_errors_not_panics() {
    let cases: [(&[u8], &str); 4] = [
        (&[], "truncated at byte 0 (reading s)"),
        (
            &[5, b'a'],
            "length 5 at byte 1 exceeds the data (reading s)",
        ),
        (&[2, 0xff, 0xfe], "invalid UTF-8 at byte 1 (reading s)"),
        (
            &[0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
            "overlong number before byte 5 (reading s)",
        ),
    ];
    for (bytes, message) in cases {
        assert_eq!(Reader::new(bytes).str("s"), Err(BytesError::new(message)));
    }
    let huge = [0xff, 0xff, 0xff, 0xff, 0x0f];
    assert!(Reader::new(&huge).u32s("v").is_err());
}

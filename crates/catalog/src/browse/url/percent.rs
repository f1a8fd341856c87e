//! Percent-encoding of query strings (`application/x-www-form-urlencoded`
//! as browsers write it), small enough to need no dependency.

/// Encodes a key or value: unreserved ASCII (`A–Z a–z 0–9 - . _ ~`) stays,
/// a space becomes `+`, every other byte of the UTF-8 becomes `%XX`.
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
    out
}

/// Decodes a key or value leniently: `+` is a space, `%XX` a byte, and a
/// `%` not followed by two hex digits stays as it is; bytes that are not
/// UTF-8 become U+FFFD. Never fails.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: &u8) -> Option<u8> {
    char::from(*b).to_digit(16).map(|d| d as u8)
}

/// Splits a query string (with or without the leading `?`) into decoded
/// key–value pairs; a part without `=` has an empty value, empty parts are
/// skipped.
pub fn parse_pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Joins key–value pairs into a query string, without a leading `?`.
pub fn format_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k.as_ref()), encode(v.as_ref())))
        .collect();
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes() {
        let cases = [
            ("", ""),
            ("elev", "elev"),
            ("Lånekassen", "L%C3%A5nekassen"),
            ("to ord", "to+ord"),
            ("a&b=c+d%", "a%26b%3Dc%2Bd%25"),
            ("novari-iks", "novari-iks"),
            ("VGO_ELEV", "VGO_ELEV"),
            ("😀/?#", "%F0%9F%98%80%2F%3F%23"),
        ];
        for (text, encoded) in cases {
            assert_eq!(encode(text), encoded, "{text}");
            assert_eq!(decode(encoded), text, "{encoded}");
        }
    }

    #[test]
    fn decodes_junk_leniently() {
        let cases = [
            ("100%", "100%"),
            ("%", "%"),
            ("%4", "%4"),
            ("%zz", "%zz"),
            ("%c3%a5", "å"),
            ("%20+", "  "),
            ("%C3", "\u{fffd}"),
            ("%FF%FE", "\u{fffd}\u{fffd}"),
            ("a%%41", "a%A"),
            ("å", "å"),
        ];
        for (encoded, text) in cases {
            assert_eq!(decode(encoded), text, "{encoded}");
        }
    }

    #[test]
    fn splits_query_strings() {
        let pairs = parse_pairs("?q=to+ord&&emne&x=a=b&L%C3%A5n=%C3%A5");
        let expected = [("q", "to ord"), ("emne", ""), ("x", "a=b"), ("Lån", "å")];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(pairs, expected);
        assert_eq!(
            format_pairs(&[("q", "to ord"), ("emne", "å")]),
            "q=to+ord&emne=%C3%A5"
        );
        assert!(parse_pairs("").is_empty() && parse_pairs("?").is_empty());
    }
}

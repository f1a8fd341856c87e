//! JSON numbers as `f64` without the standard library's float parser.
//!
//! `str::parse::<f64>` is exact in every case, and for that it carries a
//! table of 128-bit powers of five (10.4 KB) and a big-decimal fallback:
//! about 10 KB gzipped of the shop's first load, for the few fractional
//! numbers the app ever reads (a scroll position, a version that is not
//! whole, a key a newer shop saved). [`to_f64`] is exact in the common
//! case, a significand of at most 2^53 scaled by at most 10^22 (Clinger's
//! fast path: one correctly rounded multiplication or division), and
//! within a few units in the last place beyond it.

/// The powers of ten that an `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept; later ones only round what is already the
/// nearest `f64` but for the last place.
const MAX_DIGITS: u32 = 19;

/// `text`, a JSON number (`-12.5e3`, as [`super::Reader::number`] gives
/// it), as the nearest `f64` (see the module's note on precision); too
/// large is infinite, too small is zero, as with `str::parse`. `None`
/// when `text` is not a JSON number.
pub fn to_f64(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let negative = bytes.first() == Some(&b'-');
    let mut at = usize::from(negative);
    let mut significand: u64 = 0;
    let mut digits = 0u32;
    // The power of ten the significand is scaled by.
    let mut exponent: i64 = 0;
    let mut seen_digit = false;
    let mut in_fraction = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                seen_digit = true;
                if digits < MAX_DIGITS {
                    significand = significand * 10 + u64::from(byte - b'0');
                    // Leading zeros are not significant.
                    if significand > 0 {
                        digits += 1;
                    }
                    exponent -= i64::from(in_fraction);
                } else {
                    exponent += i64::from(!in_fraction);
                }
            }
            b'.' if !in_fraction => in_fraction = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        at += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        exponent = exponent.saturating_add(explicit_exponent(&bytes[at + 1..])?);
    }
    let magnitude = scale(significand, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// The digits after `e`, with their sign; saturated far beyond any `f64`.
fn explicit_exponent(bytes: &[u8]) -> Option<i64> {
    let (negative, digits) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = digits
        .iter()
        .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(100_000));
    Some(if negative { -value } else { value })
}

/// `significand × 10^exponent`.
fn scale(significand: u64, exponent: i64) -> f64 {
    if significand == 0 {
        return 0.0;
    }
    let mut value = significand as f64;
    if significand <= 1 << 53 && exponent.unsigned_abs() <= 22 {
        // Both operands exact: one correctly rounded operation.
        let power = EXACT_POWERS[exponent.unsigned_abs() as usize];
        return if exponent < 0 {
            value / power
        } else {
            value * power
        };
    }
    let mut left = exponent;
    while left > 0 && value.is_finite() {
        let step = left.min(22);
        value *= EXACT_POWERS[step as usize];
        left -= step;
    }
    while left < 0 && value > 0.0 {
        let step = (-left).min(22);
        value /= EXACT_POWERS[step as usize];
        left += step;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard parser, exact, as the reference.
    fn reference(text: &str) -> f64 {
        text.parse().expect("a number")
    }

    #[test]
    fn the_fast_path_is_exact() {
        let cases = [
            "0",
            "-0",
            "1",
            "-1",
            "0.1",
            "0.2",
            "0.3",
            "12.5",
            "1234.5",
            "-3.25",
            "1e22",
            "1e-22",
            "9007199254740992",
            "123456789.123",
            "0.000001",
            "1.7976e10",
            "5e-5",
            "2.5E3",
            "2.5e+3",
            "100",
            "0.5",
            "1.0",
            "00.5",
        ];
        for text in cases {
            let parsed = to_f64(text).expect(text);
            assert_eq!(parsed.to_bits(), reference(text).to_bits(), "{text}");
        }
    }

    #[test]
    fn beyond_it_within_a_few_units_in_the_last_place() {
        let cases = [
            "1e300",
            "-2.5e-300",
            "1.7976931348623157e308",
            "4.9e-320",
            "123456789012345678901234",
            "0.1234567890123456789012",
            "3.141592653589793238462643",
            "6.02214076e23",
            "1.6e-19",
            "9007199254740993",
        ];
        for text in cases {
            let (parsed, exact) = (to_f64(text).expect(text), reference(text));
            let ulps = (parsed.to_bits() as i64 - exact.to_bits() as i64).abs();
            // Subnormals have fewer digits; compare them absolutely.
            let close = ulps <= 4 || (exact.abs() < 1e-300 && (parsed - exact).abs() < 1e-320);
            assert!(close, "{text}: {parsed} against {exact} ({ulps} ulps)");
        }
    }

    #[test]
    fn out_of_range_and_not_numbers() {
        assert_eq!(to_f64("1e400"), Some(f64::INFINITY));
        assert_eq!(to_f64("-1e400"), Some(f64::NEG_INFINITY));
        assert_eq!(to_f64("1e-400"), Some(0.0));
        assert_eq!(to_f64("1e99999999999"), Some(f64::INFINITY));
        for text in ["", "-", ".", "e5", "1e", "1e+", "1.2.3", "abc", "1x", "--1"] {
            assert_eq!(to_f64(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_the_standard_parser_on_a_sweep() {
        // Prices, positions and versions as a newer shop might save them.
        for whole in (0..5_000u32).step_by(7) {
            for fraction in ["", ".5", ".25", ".125", ".1", ".01", ".333", ".999"] {
                let text = format!("{whole}{fraction}");
                let parsed = to_f64(&text).expect("a number");
                assert_eq!(parsed.to_bits(), reference(&text).to_bits(), "{text}");
            }
        }
    }
}

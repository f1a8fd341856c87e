//! Numbers written into the shop's SVG drawings.
//!
//! Writing an `f64` with `Display` or `{:.1}` brings the standard
//! library's float formatting (Grisu and Dragon4 with their tables, about
//! 15 KB of WebAssembly before optimisation) into every visitor's first
//! download. A drawing needs no more than tenths of a user unit, and a
//! whole number of tenths is written with the integer formatting the app
//! has anyway.

/// `value` rounded to tenths and written as SVG expects: `12`, `12.5`,
/// `-3.2`; no trailing `.0`, no `-0`. A value that is not finite is `0`,
/// so a drawing of nothing still has valid coordinates.
pub fn svg_number(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    // Saturates far beyond any drawing's size instead of wrapping.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        rest => format!("{sign}{}.{rest}", tenths / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_tenths_without_float_formatting() {
        let cases = [
            (0.0, "0"),
            (12.0, "12"),
            (12.5, "12.5"),
            (12.04, "12"),
            (12.06, "12.1"),
            (0.95, "1"),
            (99.99, "100"),
            (1.5, "1.5"),
            (304.0, "304"),
            (-3.25, "-3.3"),
            (-0.04, "0"),
            (-0.0, "0"),
            (0.05, "0.1"),
            (1e6, "1000000"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
            (f64::NEG_INFINITY, "0"),
        ];
        for (value, expected) in cases {
            assert_eq!(svg_number(value), expected, "{value}");
        }
    }

    #[test]
    fn agrees_with_one_decimal_formatting_up_to_the_trailing_zero() {
        // The standard `{:.1}` as an independent reference, over the range
        // a drawing uses. Values a hair from a tie (x.x5) are left out:
        // the reference rounds the exact binary value, `svg_number` the
        // product by ten, and either half of such a tie draws the same.
        for step in 0..40_000 {
            let value = f64::from(step) * 0.013 - 20.0;
            if ((value * 10.0).abs().fract() - 0.5).abs() < 1e-6 {
                continue;
            }
            let reference = format!("{value:.1}");
            let reference = reference.strip_suffix(".0").unwrap_or(&reference);
            let reference = if reference == "-0" { "0" } else { reference };
            assert_eq!(svg_number(value), reference, "{value}");
        }
    }
}

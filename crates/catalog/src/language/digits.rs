//! Writing a count with its thousands grouped, as each language does.

use super::text::Lang;

/// `n` with groups of three digits: `10 000` (a no-break space) in
/// Norwegian, `10,000` in English. Numbers below 10,000 are written
/// whole in Norwegian (`1000`), as Språkrådet recommends.
pub fn group_digits(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Lang::En => ',',
        // Norwegian, in either written form.
        Lang::Nb | Lang::Nn if n < 10_000 => return digits,
        Lang::Nb | Lang::Nn => '\u{a0}',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_three_in_each_language() {
        let cases = [
            (0, Lang::Nb, "0"),
            (999, Lang::En, "999"),
            (1000, Lang::Nb, "1000"),
            (1000, Lang::En, "1,000"),
            (10_000, Lang::Nb, "10\u{a0}000"),
            (10_000, Lang::En, "10,000"),
            (1_234_567, Lang::Nb, "1\u{a0}234\u{a0}567"),
            (1000, Lang::Nn, "1000"),
            (10_000, Lang::Nn, "10\u{a0}000"),
            (123_456, Lang::En, "123,456"),
        ];
        for (n, lang, expected) in cases {
            assert_eq!(group_digits(n, lang), expected, "{n} in {lang:?}");
        }
    }
}

//! One-typo tolerance: which words get it, and the terms one edit away.
//!
//! An edit is one deleted, inserted or substituted letter, or two adjacent
//! letters swapped (optimal string alignment distance 1). Instead of
//! comparing the query word with every term, the index generates every
//! string one edit away and looks each up by binary search: about
//! `2 × |alphabet| × len` look-ups, independent of the dictionary's size.

/// Query words shorter than this (in folded chars) must match exactly:
/// with four letters or fewer, one edit reaches too many unrelated words.
pub const TYPO_MIN_CHARS: usize = 5;

/// True when `word` (folded) may match with one typo: it has at least
/// [`TYPO_MIN_CHARS`] chars and no digit, since years and codes that differ
/// by one digit are different things, not misspellings.
pub(crate) fn eligible(word: &str) -> bool {
    word.chars().count() >= TYPO_MIN_CHARS && !word.chars().any(char::is_numeric)
}

/// Calls `visit(variant, i)` with every string one edit away from `word`,
/// where the edit is at char `i`, so the variant starts with `word[..i]`.
///
/// Edits at `i` are skipped when `reachable(i)` is false: the caller says
/// no term starts with `word[..i]`, so no such variant can be a term.
/// With `prefix` set, the variants are used as prefixes; then variants that
/// extend the deletion of the last char are left out, because that shorter
/// prefix already covers every term they would find.
pub(crate) fn for_each_variant(
    word: &[char],
    alphabet: &[char],
    prefix: bool,
    reachable: impl Fn(usize) -> bool,
    mut visit: impl FnMut(&str, usize),
) {
    let len = word.len();
    let mut buf = String::new();
    let mut emit = |parts: &[&[char]], at: usize| {
        buf.clear();
        for part in parts {
            buf.extend(part.iter());
        }
        visit(&buf, at);
    };
    // Edits at or after the last char, in prefix mode, only lengthen the
    // prefix `word[..len - 1]` found by deleting the last char.
    let last = if prefix { len.saturating_sub(1) } else { len };
    for i in (0..=len).take_while(|&i| reachable(i)) {
        if i < len {
            emit(&[&word[..i], &word[i + 1..]], i);
        }
        if i + 1 < len && word[i] != word[i + 1] {
            emit(&[&word[..i], &[word[i + 1], word[i]], &word[i + 2..]], i);
        }
        if i < last {
            for &c in alphabet.iter().filter(|&&c| c != word[i]) {
                emit(&[&word[..i], &[c], &word[i + 1..]], i);
            }
        }
        if i <= last {
            for &c in alphabet {
                emit(&[&word[..i], &[c], &word[i..]], i);
            }
        }
    }
}

/// True when `a` and `b` are at most one edit apart.
pub(crate) fn within_one(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == a.len() && p == b.len() {
        return true;
    }
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Greater => a[p + 1..] == b[p..],
        std::cmp::Ordering::Less => a[p..] == b[p + 1..],
        std::cmp::Ordering::Equal => {
            a[p + 1..] == b[p + 1..]
                || (p + 1 < a.len()
                    && a[p] == b[p + 1]
                    && a[p + 1] == b[p]
                    && a[p + 2..] == b[p + 2..])
        }
    }
}

/// True when some prefix of `term` is at most one edit from `word`: the
/// typo rule for the last query word, which matches as a prefix.
pub(crate) fn prefix_within_one(word: &[char], term: &[char]) -> Option<usize> {
    let n = word.len();
    [n, n.saturating_sub(1), n + 1]
        .into_iter()
        .filter(|&len| len > 0 && len <= term.len())
        .find(|&len| within_one(word, &term[..len]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn within_one_is_optimal_string_alignment_distance_one() {
        let cases = [
            ("kommune", "kommune", true),
            ("kommune", "komune", true),
            ("komune", "kommune", true),
            ("kommune", "kommuna", true),
            ("kommune", "kommnue", true),
            ("kommune", "okmmune", true),
            ("kommune", "kmomnue", false),
            ("kommune", "komm", false),
            ("kommune", "kommunene", false),
            ("abc", "cba", false),
            ("", "a", true),
        ];
        for (a, b, expected) in cases {
            assert_eq!(within_one(&chars(a), &chars(b)), expected, "{a} / {b}");
        }
    }

    #[test]
    fn variants_are_exactly_the_strings_one_edit_away() {
        let alphabet = chars("abk");
        let word = chars("kab");
        let mut got = BTreeSet::new();
        for_each_variant(
            &word,
            &alphabet,
            false,
            |_| true,
            |v, at| {
                assert!(v.starts_with(&"kab"[..at]), "{v} {at}");
                got.insert(v.to_string());
            },
        );
        // Brute force: every string over the alphabet of length 2..=4.
        let mut expected = BTreeSet::new();
        let mut frontier = vec![String::new()];
        for _ in 0..4 {
            let mut next = Vec::new();
            for s in &frontier {
                for &c in &alphabet {
                    let t = format!("{s}{c}");
                    if t != "kab" && within_one(&word, &chars(&t)) {
                        expected.insert(t.clone());
                    }
                    next.push(t);
                }
            }
            frontier = next;
        }
        assert_eq!(got, expected);
    }

    #[test]
    fn only_long_words_without_digits_are_eligible() {
        let cases = [
            ("kommune", true),
            ("elev", false),
            ("skole", true),
            ("20190", false),
            ("vgo20", false),
            ("lanekassen", true),
            ("ærlig", true),
        ];
        for (word, expected) in cases {
            assert_eq!(eligible(word), expected, "{word}");
        }
    }

    #[test]
    fn prefix_within_one_prefers_the_same_length() {
        let cases = [
            ("lanekasen", "lanekassen", Some(10)),
            ("kommunx", "kommunene", Some(7)),
            ("komune", "kommunene", Some(7)),
            ("kommmune", "kommune", Some(7)),
            ("kommune", "skole", None),
        ];
        for (word, term, expected) in cases {
            assert_eq!(
                prefix_within_one(&chars(word), &chars(term)),
                expected,
                "{word}"
            );
        }
    }
}

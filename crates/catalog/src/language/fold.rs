//! Norwegian-aware normalisation ("folding") of text for search.
//!
//! The index and the query are folded by the same function, so matching is
//! symmetric: two spellings match exactly when they fold to the same term.
//! The rules, applied to each word:
//!
//! 1. Lowercase (Unicode).
//! 2. Map letters: `å → a`, `æ → ae`, `ä → ae`, `ø → o`, `ö → o`,
//!    `œ → oe`, `ß → ss`, `þ → th`, `ð`/`đ → d`, `ł → l`; every other
//!    accented Latin letter loses its accent (`é → e`, `ü → u`, `ñ → n`
//!    ...); combining accents (U+0300–U+036F) are dropped, so decomposed
//!    `a` + ring folds like `å`. Other letters and digits stay as they are.
//! 3. Collapse the digraphs `aa → a` and `oe → o`, greedily from the left
//!    (`aaa → aa`).
//!
//! So `Lånekassen`, `laanekassen` and `lanekassen` all fold to
//! `lanekassen`; `Næring` and `naering` to `naering`; `Bør`, `boer` and
//! `bor` to `bor`.
//!
//! Trade-offs, chosen knowingly:
//! - Rule 3 also rewrites words that merely contain the letters: `poeng`
//!   folds to `pong`, `koeffisient` to `koffisient`, `Saab` to `sab`. As the
//!   query is folded the same way, `poeng` still finds `poeng`; the cost is
//!   rare extra hits (`pong` finds `poeng`). No word is lost.
//! - `ae` is kept as two letters (not folded to `a`), so `æ`/`ae` match each
//!   other but not a bare `a`: folding `æ → a` would merge `være` with
//!   `vare`, which is far worse than requiring `ae`.
//! - `ø → o` merges `bør`/`bor`, `sønn`/`sonn`: users who type without `ø`
//!   then still find what they mean, which matters more.
//! - Prefixes stay prefixes: if `p` is a prefix of `w`, `fold(p)` is a
//!   prefix of `fold(w)` (a trailing `a` or `o` of `p` that pairs up in `w`
//!   folds to the same letter), so prefix search works on folded terms.
//!
//! Words are runs of alphanumeric characters (and combining accents, and
//! the characters [`crate::invisible`] names, which folding drops);
//! everything else separates words, so `VGO_ELEV_UTDPROGRAM` is the words
//! `vgo`, `elev` and `utdprogram`, and `2002–03` is `2002` and `03`.

use std::ops::Range;

/// True for characters that belong to a word. Characters invisible inside
/// a word ([`crate::invisible`]) belong to it, and folding drops them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c) || crate::invisible::is_invisible(c)
}

/// Combining diacritical marks, dropped by folding.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The byte ranges of the words in `text`, in order.
pub fn word_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    spans_by(text, is_word_char)
}

/// The byte ranges of the maximal runs of chars in `text` for which
/// `is_word` holds, in order.
pub(crate) fn spans_by<'t>(
    text: &'t str,
    is_word: impl Fn(char) -> bool + 't,
) -> impl Iterator<Item = Range<usize>> + 't {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if is_word(c) {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

/// The folded words of `text`, in order, leaving out words that fold to
/// nothing.
pub fn terms(text: &str) -> Vec<String> {
    word_spans(text)
        .map(|span| fold_word(&text[span]))
        .filter(|term| !term.is_empty())
        .collect()
}

/// A stable, URL-friendly id for a text: its folded words joined by `-`,
/// e.g. `Offentlig forvaltning` → `offentlig-forvaltning`.
pub fn slug(text: &str) -> String {
    terms(text).join("-")
}

/// True when `needle`'s folded words appear, in order and as one run, in
/// `haystack`'s folded words (so `lanekas` finds `Lånekassen` and
/// `1 = ja` finds `1 = Ja`); an empty needle is in everything. The filter
/// of long lists: a facet's values, a code list.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    let needle = terms(needle).join(" ");
    needle.is_empty() || terms(haystack).join(" ").contains(&needle)
}

/// Folds one word (see the module documentation for the rules).
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_word_into(word, &mut out);
    out
}

/// Folds one word, appending to `out`; lets the index reuse one buffer.
pub fn fold_word_into(word: &str, out: &mut String) {
    let mut folder = Folder::new(out, None);
    for (i, c) in word.char_indices() {
        folder.push_source(c, i + c.len_utf8());
    }
}

/// Folds one word and records, for every char of the result, the byte
/// offset in `word` where the source char(s) that produced it end.
///
/// Highlighting uses it to map a folded match back to the original text:
/// a match of `k` folded chars covers `word[..ends[k - 1]]`.
pub fn fold_word_mapped(word: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(word.len());
    let mut ends = Vec::with_capacity(word.len());
    let mut folder = Folder::new(&mut out, Some(&mut ends));
    for (i, c) in word.char_indices() {
        folder.push_source(c, i + c.len_utf8());
    }
    (out, ends)
}

/// Streams folded chars out, collapsing digraphs on the way.
struct Folder<'a> {
    out: &'a mut String,
    ends: Option<&'a mut Vec<usize>>,
    /// The last char written, when it may still start a digraph.
    open: Option<char>,
}

impl<'a> Folder<'a> {
    fn new(out: &'a mut String, ends: Option<&'a mut Vec<usize>>) -> Folder<'a> {
        Folder {
            out,
            ends,
            open: None,
        }
    }

    /// Folds one source char that ends at byte `end` of the word.
    fn push_source(&mut self, c: char, end: usize) {
        // Most text is ASCII: skip the Unicode tables for it.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                self.emit(c.to_ascii_lowercase(), end);
            }
            return;
        }
        for lower in c.to_lowercase() {
            match map_letter(lower) {
                Mapped::One(a) => self.emit(a, end),
                Mapped::Two(a, b) => {
                    self.emit(a, end);
                    self.emit(b, end);
                }
                Mapped::Drop => {}
            }
        }
    }

    fn emit(&mut self, c: char, end: usize) {
        let pairs = matches!((self.open, c), (Some('a'), 'a') | (Some('o'), 'e'));
        if pairs {
            // The second letter of the digraph disappears; the first now
            // stands for both, so it ends where the second did.
            self.open = None;
            if let Some(last) = self.ends.as_mut().and_then(|ends| ends.last_mut()) {
                *last = end;
            }
            return;
        }
        self.out.push(c);
        if let Some(ends) = self.ends.as_mut() {
            ends.push(end);
        }
        self.open = Some(c);
    }
}

enum Mapped {
    One(char),
    Two(char, char),
    Drop,
}

/// Rule 2 for one lowercase char.
fn map_letter(c: char) -> Mapped {
    match c {
        'æ' | 'ä' => Mapped::Two('a', 'e'),
        'œ' => Mapped::Two('o', 'e'),
        'ß' => Mapped::Two('s', 's'),
        'þ' => Mapped::Two('t', 'h'),
        c if is_combining(c) => Mapped::Drop,
        c if c.is_alphanumeric() => Mapped::One(base_letter(c).unwrap_or(c)),
        _ => Mapped::Drop,
    }
}

/// The unaccented letter of an accented lowercase Latin letter.
///
/// Covers Latin-1 and Latin Extended-A, which is every accent Norwegian,
/// Sami-in-Latin-1 and the common European names in the metadata use. Also
/// used by the Norwegian collation for letters it has no own place for.
pub(crate) fn base_letter(c: char) -> Option<char> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ð' | 'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return None,
    })
}

#[cfg(test)]
mod tests;

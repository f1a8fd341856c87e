//! "Did you mean …" for misspelt field names and values.

/// The candidate closest to `word`, if it is a near miss: the same word in
/// another letter case, or at most two edits away (insertions, deletions,
/// substitutions, ignoring case). Ties go to the earlier candidate, so
/// suggestions are deterministic.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    let length = word.chars().count();
    let mut best: Option<(usize, &'a str)> = None;
    for &candidate in candidates {
        let candidate_lower = candidate.to_lowercase();
        // The distance is at least the difference in length: skipping
        // those keeps a hostile 10 MB value from costing minutes here.
        if length.abs_diff(candidate_lower.chars().count()) > 2 {
            continue;
        }
        let distance = edit_distance(&word, &candidate_lower);
        if distance <= 2 && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// The Levenshtein distance between two strings, in characters.
///
/// Used on field names and short codes only; its cost is the product of
/// the two lengths.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let known = ["name", "temporalityType", "sensitivityLevel", "label"];
        let cases = [
            ("temporalitytype", Some("temporalityType")),
            ("TEMPORALITYTYPE", Some("temporalityType")),
            ("temporalityTyp", Some("temporalityType")),
            ("sensitivityLevle", Some("sensitivityLevel")),
            ("nmae", Some("name")),
            ("lable", Some("label")),
            ("colour", None),
            ("", None),
        ];
        for (word, expected) in cases {
            assert_eq!(did_you_mean(word, &known), expected, "{word}");
        }
    }

    #[test]
    fn edit_distance_counts_single_character_edits() {
        let cases = [
            ("", "", 0),
            ("abc", "", 3),
            ("kitten", "sitting", 3),
            ("fødsel", "fodsel", 1),
            ("same", "same", 0),
        ];
        for (a, b, expected) in cases {
            assert_eq!(edit_distance(a, b), expected, "{a} {b}");
            assert_eq!(edit_distance(b, a), expected, "{b} {a}");
        }
    }
}

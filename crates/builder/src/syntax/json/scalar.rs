//! The JSON parser's scalars: numbers checked against the grammar and kept
//! as written, and strings with their escapes resolved (a slice of the file
//! when there are none).

use super::{JsonError, Parser};
use std::borrow::Cow;

impl<'t> Parser<'t> {
    /// A number, checked against the JSON grammar and kept as written.
    pub(super) fn number(&mut self) -> Result<String, JsonError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at - from
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        let int_digits = digits(self);
        let bad = |p: &mut Self| Err(p.error("a number must look like 12, -3, 0.5 or 1e6"));
        if int_digits == 0 || (int_digits > 1 && self.bytes[int_start] == b'0') {
            return bad(self);
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return bad(self);
            }
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return bad(self);
            }
        }
        Ok(self.text[start..self.at].to_owned())
    }

    /// A string, with the escapes resolved; `self.at` is at the opening
    /// quote.
    pub(super) fn string(&mut self) -> Result<Cow<'t, str>, JsonError> {
        self.at += 1;
        let mut out = String::new();
        let first = self.at;
        loop {
            let start = self.at;
            // Plain runs are copied in one go.
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // A string without escapes is the text itself.
            if start == first && self.bytes.get(self.at) == Some(&b'"') {
                self.at += 1;
                return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
            }
            out.push_str(&self.text[start..self.at]);
            match self.bytes.get(self.at) {
                None => return Err(self.error("the text ends inside a string; a \" is missing")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let simple = match self.bytes.get(self.at) {
                        Some(b'"') => Some('"'),
                        Some(b'\\') => Some('\\'),
                        Some(b'/') => Some('/'),
                        Some(b'b') => Some('\u{8}'),
                        Some(b'f') => Some('\u{c}'),
                        Some(b'n') => Some('\n'),
                        Some(b'r') => Some('\r'),
                        Some(b't') => Some('\t'),
                        Some(b'u') => None,
                        _ => return Err(self.error("unknown escape after \\ in a string")),
                    };
                    self.at += 1;
                    let c = match simple {
                        Some(c) => c,
                        None => self.unicode_escape()?,
                    };
                    out.push(c);
                }
                Some(_) => return Err(self.error(
                    "a string holds a line break or control character; write it as \\n or \\u00XX",
                )),
            }
        }
    }

    /// The character of `\uXXXX` (with a following `\uXXXX` for characters
    /// beyond the Basic Multilingual Plane); `self.at` is after the `u`, and
    /// ends after the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.bytes.get(self.at) != Some(&b'\\') || self.bytes.get(self.at + 1) != Some(&b'u')
            {
                return Err(self.error("a \\u escape of a surrogate needs its pair"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("a \\u escape of a surrogate needs its pair"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("a \\u escape that is not a character"))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.at..self.at + 4);
        let value = digits
            .and_then(|d| std::str::from_utf8(d).ok())
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        match value {
            Some(v) => {
                self.at += 4;
                Ok(v)
            }
            None => Err(self.error("\\u needs four hex digits")),
        }
    }
}

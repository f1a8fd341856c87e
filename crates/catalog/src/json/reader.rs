//! The pull reader: one JSON text read front to back, value by value.

use std::fmt;

/// The deepest nesting of arrays and objects the reader accepts, as
/// serde_json's default: deeper input is refused rather than recursed into.
pub const MAX_DEPTH: usize = 128;

/// Why a JSON text could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// What is wrong, e.g. "missing field `title`".
    pub message: String,
    /// 1-based line of the place.
    pub line: usize,
    /// 1-based column (in characters) of the place.
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for JsonError {}

/// A JSON text being read. Every method skips the whitespace before its
/// token; values are read in document order.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
    /// True right after `{` or `[`, before the first key or item: the one
    /// place where no comma comes before the next key or item.
    after_open: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            depth: 0,
            after_open: false,
        }
    }

    /// An error at the reader's place.
    pub fn error(&self, message: impl Into<String>) -> JsonError {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        JsonError {
            message: message.into(),
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// The next byte that is not whitespace, not consumed.
    pub fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.pos) {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), JsonError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    fn unexpected(&mut self, what: &str) -> JsonError {
        match self.peek() {
            None => self.error(format!("the text ends where {what} should be")),
            Some(_) => self.error(format!("expected {what}")),
        }
    }

    fn open(&mut self, byte: u8, what: &str) -> Result<(), JsonError> {
        self.expect(byte, what)?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        self.after_open = true;
        Ok(())
    }

    /// Consumes `close` (ending the array or object) or the comma before
    /// the next key or item: true when another one follows.
    fn more(&mut self, close: u8) -> Result<bool, JsonError> {
        let first = std::mem::take(&mut self.after_open);
        if self.peek() == Some(close) {
            self.pos += 1;
            self.depth -= 1;
            return Ok(false);
        }
        if !first {
            self.expect(b',', "`,` or the end of the list")?;
        }
        Ok(true)
    }

    /// Consumes the `{` that starts an object; then call
    /// [`Reader::next_key`] until it says the object has ended.
    pub fn begin_object(&mut self) -> Result<(), JsonError> {
        self.open(b'{', "an object `{`")
    }

    /// The object's next key (its `:` consumed, so the value comes next),
    /// or `None` at its end.
    pub fn next_key(&mut self) -> Result<Option<String>, JsonError> {
        if !self.more(b'}')? {
            return Ok(None);
        }
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a key in quotes"));
        }
        let key = self.string()?;
        self.expect(b':', "`:` after the key")?;
        Ok(Some(key))
    }

    /// Consumes the `[` that starts an array; then call
    /// [`Reader::next_item`] before each item until it says `false`.
    pub fn begin_array(&mut self) -> Result<(), JsonError> {
        self.open(b'[', "a list `[`")
    }

    /// True when the array has another item, which comes next.
    pub fn next_item(&mut self) -> Result<bool, JsonError> {
        self.more(b']')
    }

    /// A string value, its escapes resolved.
    pub fn string(&mut self) -> Result<String, JsonError> {
        self.expect(b'"', "text in quotes")?;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let Some(stop) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') else {
                self.pos = self.text.len();
                return Err(self.error("the text ends inside a string"));
            };
            out.push_str(&rest[..stop]);
            self.pos += stop;
            match self.text.as_bytes()[self.pos] {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                _ => return Err(self.error("a control character inside a string")),
            }
        }
    }

    /// The character of the escape after a `\`.
    fn escape(&mut self) -> Result<char, JsonError> {
        let byte = self.text.as_bytes().get(self.pos).copied();
        self.pos += 1;
        Ok(match byte {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.text[self.pos..].starts_with("\\u") {
                        return Err(self.error("a lone half of a surrogate pair"));
                    }
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("a lone half of a surrogate pair"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(code).ok_or_else(|| self.error("a lone half of a surrogate pair"))?
            }
            _ => return Err(self.error("an unknown escape after `\\`")),
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.text.get(self.pos..self.pos + 4).unwrap_or_default();
        let code = (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(digits, 16).ok())
            .flatten()
            .ok_or_else(|| self.error("`\\u` must have four hex digits"))?;
        self.pos += 4;
        Ok(code)
    }

    /// A number's text, checked against JSON's grammar
    /// (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`).
    pub fn number(&mut self) -> Result<&'a str, JsonError> {
        self.peek();
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut at = start;
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        if bytes.get(at) == Some(&b'-') {
            at += 1;
        }
        let leading_zero = bytes.get(at) == Some(&b'0');
        let int_start = at;
        let mut ok = digits(&mut at) && !(leading_zero && at - int_start > 1);
        if ok && bytes.get(at) == Some(&b'.') {
            at += 1;
            ok = digits(&mut at);
        }
        if ok && matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            if matches!(bytes.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            ok = digits(&mut at);
        }
        if !ok {
            return Err(self.unexpected("a number"));
        }
        self.pos = at;
        Ok(&self.text[start..at])
    }

    /// A whole number from 0 to `u64::MAX`.
    pub fn whole(&mut self) -> Result<u64, JsonError> {
        let text = self.number()?;
        text.parse()
            .map_err(|_| self.error(format!("{text} is not a whole number from 0 up")))
    }

    /// `true` or `false`.
    pub fn boolean(&mut self) -> Result<bool, JsonError> {
        if self.literal("true") {
            Ok(true)
        } else if self.literal("false") {
            Ok(false)
        } else {
            Err(self.unexpected("`true` or `false`"))
        }
    }

    /// Consumes `null` when it comes next; true if it did.
    pub fn null(&mut self) -> bool {
        self.literal("null")
    }

    fn literal(&mut self, word: &str) -> bool {
        self.peek();
        let found = self.text[self.pos..].starts_with(word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// Skips the next value, whatever it is.
    pub fn skip(&mut self) -> Result<(), JsonError> {
        match self.peek() {
            Some(b'{') => {
                self.begin_object()?;
                while self.next_key()?.is_some() {
                    self.skip()?;
                }
            }
            Some(b'[') => {
                self.begin_array()?;
                while self.next_item()? {
                    self.skip()?;
                }
            }
            Some(b'"') => {
                self.string()?;
            }
            Some(b't' | b'f') => {
                self.boolean()?;
            }
            Some(b'n') if self.null() => {}
            _ => {
                self.number()?;
            }
        }
        Ok(())
    }

    /// Checks that nothing but whitespace follows the value read.
    pub fn finish(&mut self) -> Result<(), JsonError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("more text after the value")),
        }
    }

    /// The error for a key the type does not know.
    pub fn unknown_field(&self, key: &str) -> JsonError {
        self.error(format!("unknown field `{key}`"))
    }
}

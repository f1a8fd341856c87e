//! Any JSON value, read into serde_json's `Value`, for the saved basket,
//! which keeps the keys it does not know (written by a newer shop) so that
//! saving does not drop them. Only the value type is serde_json's; no
//! serde deserializer runs.

use super::{JsonError, Reader};
use serde_json::{Map, Number, Value};

/// Reads the whole of `text` as one JSON value.
pub fn parse_value(text: &str) -> Result<Value, JsonError> {
    let mut r = Reader::new(text);
    let value = read_value(&mut r)?;
    r.finish()?;
    Ok(value)
}

fn read_value(r: &mut Reader<'_>) -> Result<Value, JsonError> {
    Ok(match r.peek() {
        Some(b'{') => {
            let mut map = Map::new();
            r.begin_object()?;
            while let Some(key) = r.next_key()? {
                let value = read_value(r)?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
        Some(b'[') => {
            let mut items = Vec::new();
            r.begin_array()?;
            while r.next_item()? {
                items.push(read_value(r)?);
            }
            Value::Array(items)
        }
        Some(b'"') => Value::String(r.string()?),
        Some(b't' | b'f') => Value::Bool(r.boolean()?),
        Some(b'n') if r.null() => Value::Null,
        _ => Value::Number(number(r)?),
    })
}

/// A number as serde_json keeps it: a whole number when it is one and
/// fits, else a float.
fn number(r: &mut Reader<'_>) -> Result<Number, JsonError> {
    let text = r.number()?;
    if let Ok(n) = text.parse::<u64>() {
        return Ok(n.into());
    }
    if let Ok(n) = text.parse::<i64>() {
        return Ok(n.into());
    }
    // Not `str::parse`: see `to_f64`.
    super::to_f64(text)
        .and_then(Number::from_f64)
        .ok_or_else(|| r.error(format!("{text} is out of range")))
}

/// The value of the top-level object's field `key`, if it has one, from a
/// text that must be one JSON object: a file's format version, read
/// before the file's shape so that a newer format gets a version message
/// rather than a shape error.
pub fn top_level_field(text: &str, key: &str) -> Result<Option<Value>, JsonError> {
    let mut r = Reader::new(text);
    let mut found = None;
    r.begin_object()?;
    while let Some(k) = r.next_key()? {
        if k == key && found.is_none() {
            found = Some(read_value(&mut r)?);
        } else {
            r.skip()?;
        }
    }
    r.finish()?;
    Ok(found)
}

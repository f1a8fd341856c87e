//! [`FromJson`]: how a type is read, and its implementations for the
//! standard types the boundary types are made of.

use super::{JsonError, Reader};
use std::collections::BTreeMap;

/// A type read from JSON by [`Reader`].
pub trait FromJson: Sized {
    /// Reads the next value as this type.
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError>;

    /// The value of an object's field `key` that the object leaves out: an
    /// error, except for types whose absence means something (`Option`
    /// means `None`).
    fn absent(r: &Reader<'_>, key: &str) -> Result<Self, JsonError> {
        Err(r.error(format!("missing field `{key}`")))
    }
}

/// Reads the whole of `text` as a `T`: one value and only whitespace after it.
pub fn read<T: FromJson>(text: &str) -> Result<T, JsonError> {
    let mut r = Reader::new(text);
    let value = T::read(&mut r)?;
    r.finish()?;
    Ok(value)
}

impl FromJson for String {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.string()
    }
}

impl FromJson for bool {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.boolean()
    }
}

impl FromJson for u64 {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.whole()
    }
}

/// The whole-number types, each refusing what does not fit.
macro_rules! whole {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
                let n = r.whole()?;
                <$ty>::try_from(n).map_err(|_| r.error(format!("{n} is too large")))
            }
        }
    )*};
}
whole!(u8, u32, usize);

/// Without the standard float parser (see [`super::to_f64`]).
impl FromJson for f64 {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let text = r.number()?;
        super::to_f64(text).ok_or_else(|| r.error(format!("{text} is not a number")))
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        if r.null() {
            Ok(None)
        } else {
            T::read(r).map(Some)
        }
    }

    fn absent(_: &Reader<'_>, _: &str) -> Result<Self, JsonError> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut items = Vec::new();
        r.begin_array()?;
        while r.next_item()? {
            items.push(T::read(r)?);
        }
        Ok(items)
    }
}

/// A pair, written as a list of two: `["a", "b"]`.
impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.begin_array()?;
        let item = |r: &mut Reader<'_>| {
            r.next_item()?
                .then_some(())
                .ok_or_else(|| r.error("a pair has two items"))
        };
        item(r)?;
        let a = A::read(r)?;
        item(r)?;
        let b = B::read(r)?;
        if r.next_item()? {
            return Err(r.error("a pair has two items"));
        }
        Ok((a, b))
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut map = BTreeMap::new();
        r.begin_object()?;
        while let Some(key) = r.next_key()? {
            map.insert(key, T::read(r)?);
        }
        Ok(map)
    }
}

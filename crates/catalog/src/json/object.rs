//! [`json_object!`]: a struct read from a JSON object, field by field.

/// Implements [`super::FromJson`] for a struct with named fields, from a
/// JSON object whose keys are given per field:
///
/// ```ignore
/// json_object!(strict Source { "title" => title, "date" => date });
/// json_object!(lenient Draft { "applicantName" => applicant_name [default] });
/// ```
///
/// `strict` refuses keys the struct does not name (serde's
/// `deny_unknown_fields`), `lenient` skips them. A field marked
/// `[default]` takes its type's default when absent; any other field is
/// required unless its type says what absence means (`Option`).
macro_rules! json_object {
    ($mode:ident $ty:ident { $($key:literal => $field:ident $([$default:ident])?),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn read(r: &mut $crate::json::Reader<'_>) -> Result<Self, $crate::json::JsonError> {
                $(let mut $field = None;)*
                r.begin_object()?;
                while let Some(key) = r.next_key()? {
                    match key.as_str() {
                        $($key => $field = Some($crate::json::FromJson::read(r)?),)*
                        _ => $crate::json::json_object!(@unknown $mode r key),
                    }
                }
                Ok($ty {
                    $($field: match $field {
                        Some(value) => value,
                        None => $crate::json::json_object!(@absent r $key $($default)?),
                    },)*
                })
            }
        }
    };
    (@unknown strict $r:ident $key:ident) => { return Err($r.unknown_field(&$key)) };
    (@unknown lenient $r:ident $key:ident) => { $r.skip()? };
    (@absent $r:ident $key:literal) => { $crate::json::FromJson::absent($r, $key)? };
    (@absent $r:ident $key:literal default) => { Default::default() };
}

pub(crate) use json_object;

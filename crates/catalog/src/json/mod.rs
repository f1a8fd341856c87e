//! Reading JSON without serde: a small pull reader and a trait that the
//! types the app reads (`content.json`, detail shards, the saved basket,
//! the prøverom's answers) implement by hand or with [`json_object!`].
//!
//! Why not serde: the app is shipped as WebAssembly, and serde's
//! deserializers are generic code instantiated once per type and per
//! format. For the dozen types the app reads they took about a tenth of
//! the app's code. The reader here is one copy, and a type's reading is a
//! loop over its keys. The builder, a native command, keeps serde.
//!
//! The reader is strict JSON (RFC 8259): no comments, no trailing commas,
//! at most [`MAX_DEPTH`] nested arrays and objects, so hostile input gives
//! an error, never a stack overflow.

mod from;
mod number;
mod object;
mod reader;
mod value;

pub use from::{read, FromJson};
pub use number::to_f64;
pub(crate) use object::json_object;
pub use reader::{JsonError, Reader, MAX_DEPTH};
pub use value::{parse_value, top_level_field};

#[cfg(test)]
mod tests;

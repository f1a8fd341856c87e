//! The bounds every parser keeps, so that no input, however hostile, can
//! overflow the stack or take memory out of proportion to its size. The
//! JSON and YAML readers share them: the same file in either form meets the
//! same limits.

/// The deepest nesting accepted. KUDAF metadata is about ten levels deep.
pub const MAX_DEPTH: usize = 64;

/// The most values (scalars, lists, mappings and keys) one file may hold.
/// Real provider files hold thousands to tens of thousands; the cap bounds
/// what a hostile file of millions of one-letter items costs (about 300
/// bytes a value once read) and tells the author of a giant one to split
/// it.
pub const MAX_VALUES: usize = 2_000_000;

/// The message for a file over [`MAX_VALUES`].
pub fn too_many_values() -> String {
    format!("the file holds more than {MAX_VALUES} values; split it into smaller files")
}

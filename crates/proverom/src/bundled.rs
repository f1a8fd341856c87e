//! The shop's own metadata files, embedded by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

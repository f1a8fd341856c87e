//! RAIRD "metadata-all" JSON (and kudaflib's `variables_metadata.json`):
//! any bytes as one generated metadata file, through reading, dialect
//! detection, the JSON reader and validation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    nettbutikk_catalog_fuzz::check(&[("metadata-all.json", data)]);
});

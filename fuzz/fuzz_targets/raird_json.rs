//! RAIRD "metadata-all" JSON (and kudaflib's `variables_metadata.json`):
//! any bytes as one generated metadata file, beside a provider file,
//! through reading, dialect detection, the JSON parser, the reader and
//! validation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nettbutikk_catalog_fuzz::{check, PROVIDER_FILE};

fuzz_target!(|data: &[u8]| {
    check(&[PROVIDER_FILE, ("fuzz/metadata-all.json", data)]);
});

//! microdata-tools dataset metadata JSON: any bytes as one variable file,
//! named after its variable, beside a provider file, through reading,
//! dialect detection, the JSON parser, the reader and validation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nettbutikk_catalog_fuzz::{check, PROVIDER_FILE};

fuzz_target!(|data: &[u8]| {
    check(&[PROVIDER_FILE, ("fuzz/FUZZ_VARIABEL.json", data)]);
});

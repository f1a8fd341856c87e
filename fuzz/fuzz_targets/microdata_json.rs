//! microdata-tools dataset metadata JSON: any bytes as one variable file,
//! named after its variable, through reading, dialect detection, the JSON
//! reader and validation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    nettbutikk_catalog_fuzz::check(&[("FUZZ_VARIABEL.json", data)]);
});

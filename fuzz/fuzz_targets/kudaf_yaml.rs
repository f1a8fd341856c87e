//! KUDAF provider YAML: any bytes as one `.yaml` file, through reading,
//! the YAML parser, the dialect reader and validation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    nettbutikk_catalog_fuzz::check(&[("fuzz.yaml", data)]);
});

//! Turns a `catalog.json` into the binary catalog the app reads
//! (`catalog.nbcat`): for the end-to-end tests, which change a catalog as
//! JSON and serve it to the app in bytes, and for anyone who edits
//! `catalog.json` by hand.
//!
//! ```sh
//! cargo run -q -p catalog --example pack_catalog < dist/catalog.json > dist/catalog.nbcat
//! ```

use catalog::Catalog;
use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut json = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut json) {
        eprintln!("pack_catalog: cannot read the catalog from standard input: {e}");
        return ExitCode::from(2);
    }
    let catalog = match Catalog::from_json(&json) {
        Ok(catalog) => catalog,
        Err(e) => {
            eprintln!("pack_catalog: {e}");
            return ExitCode::FAILURE;
        }
    };
    match std::io::stdout().write_all(&catalog.to_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pack_catalog: cannot write the bytes: {e}");
            ExitCode::FAILURE
        }
    }
}

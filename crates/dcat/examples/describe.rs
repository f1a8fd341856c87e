//! Writes the DCAT-AP-NO description of a built catalog, for checking a
//! catalog the builder did not write (such as the hostile one of the
//! end-to-end tests):
//!
//! ```sh
//! cargo run -q -p dcat --example describe -- dist/catalog.json http://127.0.0.1:8080/ 921693230 > catalog.ttl
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, base, publisher) = match args.as_slice() {
        [path] => (path, None, None),
        [path, base] => (path, Some(base), None),
        [path, base, publisher] => (path, Some(base), Some(publisher.clone())),
        _ => {
            eprintln!("usage: describe CATALOG_JSON [BASE_URL [PUBLISHER_ORGNR]]");
            return ExitCode::from(2);
        }
    };
    let catalog = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|json| catalog::Catalog::from_json(&json).map_err(|e| e.to_string()))
    {
        Ok(catalog) => catalog,
        Err(why) => {
            eprintln!("describe: {path}: {why}");
            return ExitCode::from(1);
        }
    };
    let base_url = match base.map(|b| dcat::BaseUrl::parse(b)).transpose() {
        Ok(base) => base,
        Err(why) => {
            eprintln!("describe: {why}");
            return ExitCode::from(2);
        }
    };
    let options = dcat::Options {
        base_url,
        publisher,
        ..dcat::Options::default()
    };
    print!("{}", dcat::describe(&catalog, &options).to_turtle());
    ExitCode::SUCCESS
}

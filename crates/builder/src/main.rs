//! `nettbutikk-catalog`: see `--help` and the library docs.

use nettbutikk_catalog::cli;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: see the builder's Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(why) => return ExitCode::from(cli::usage_error(&mut std::io::stderr(), &why)),
    };
    let status = cli::run(&command, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(status)
}

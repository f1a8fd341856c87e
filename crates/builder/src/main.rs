//! `nettbutikk-catalog`: see `--help` and the library docs.

use nettbutikk_catalog::cli;
use std::process::ExitCode;

/// The builder allocates a string or a node for nearly every value it
/// reads; mimalloc serves those small, short-lived allocations much faster
/// than the system allocator (issue 6). Set here rather than in the
/// library, so that tests and fuzz targets keep the allocator their tools
/// instrument.
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

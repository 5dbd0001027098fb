//! The `whosaid` binary: parses arguments and maps the outcome to an exit
//! status; everything else is in the `whosaid_cli` library.
#![forbid(unsafe_code)]

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use whosaid_cli::args::Cli;

fn main() -> ExitCode {
    // Usage errors exit here with status 2.
    let cli = Cli::parse();
    match whosaid_cli::run(&cli) {
        Ok(status) => status.exit_code(),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "whosaid: error: {e}");
            e.exit_code()
        }
    }
}

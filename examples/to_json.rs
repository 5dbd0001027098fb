//! Prints the quotes of a UTF-8 text file as a JSON array in whosaid's
//! JSON contract.
//!
//!     cargo run --release --example to_json -- ARTICLE.txt

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: to_json ARTICLE.txt");
        return ExitCode::from(2);
    };
    let shown = std::path::Path::new(&path).display().to_string();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {shown}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "error: {shown} is not UTF-8: invalid byte at offset {}",
                e.valid_up_to()
            );
            return ExitCode::FAILURE;
        }
    };
    let quotes = whosaid::extract_quotes(text);
    match serde_json::to_string_pretty(&quotes) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

//! Prints the quotes of a UTF-8 text file as a JSON array in whosaid's
//! JSON contract; with `--indirect`, reported speech too.
//!
//!     cargo run --release --example to_json -- [--indirect] ARTICLE.txt

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<_> = std::env::args_os().skip(1).collect();
    let indirect = args.first().is_some_and(|a| a == "--indirect");
    if indirect {
        args.remove(0);
    }
    let [path] = args.as_slice() else {
        eprintln!("usage: to_json [--indirect] ARTICLE.txt");
        return ExitCode::from(2);
    };
    let shown = std::path::Path::new(path).display().to_string();
    let bytes = match std::fs::read(path) {
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
    let extractor = whosaid::Extractor::builder()
        .indirect_quotes(indirect)
        .build()
        .expect("the built-in lexicon builds");
    let quotes = extractor.extract(text);
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

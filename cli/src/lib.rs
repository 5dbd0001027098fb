//! The `whosaid` command line: articles and corpora in, quotes out.
//!
//! This crate is the binary's machinery, kept apart from the `whosaid`
//! library so that the library knows nothing of arguments, files or
//! terminals (as ripgrep keeps its searcher free of argument parsing). It is
//! a library too, so that tests can reach the scorer and the conversion of
//! extractor output into scorer predictions.
//!
//! # Map
//!
//! * [`args`]: the command line (clap derive) and the extractor's flags.
//! * `input`: files, directory walks, standard input and JSONL lines, read
//!   into jobs in input order.
//! * `parallel`: an order-preserving parallel map in bounded memory.
//! * `extract`: the default command: decode, extract, render each job.
//! * `output`: the formats (`json`, `jsonl`, `tsv`, `pretty`).
//! * `progress`: the progress bar, messages and summary on stderr.
//! * [`eval`]: the scorer, a port of `tools/score.py`.
//! * [`eval_attr`]: the scorer of attributions of every kind (direct,
//!   indirect, mixed), a port of `tools/score_attr.py`.
//! * [`evaluate`]: `whosaid eval`: loading gold and predictions, running
//!   the extractor over gold texts.
//!
//! # Exit status
//!
//! [`run`] returns a [`Status`] when it went to the end (0 when every input
//! was read, 1 when some had errors) or an [`Error`] when it stopped early
//! (2 for usage errors, 1 otherwise; a closed output ends quietly with 0).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod args;
mod error;
pub mod eval;
pub mod eval_attr;
pub mod evaluate;
mod extract;
mod input;
mod output;
mod parallel;
mod progress;

pub use crate::error::{Error, Status};

use crate::args::{Cli, Command};

/// Runs the command `cli` describes.
pub fn run(cli: &Cli) -> Result<Status, Error> {
    match &cli.command {
        Some(Command::Eval(args)) => evaluate::run(args),
        None => extract::run(&cli.extract),
    }
}

//! The errors that end a run early, and the exit status of one that ends.

use std::io;
use std::process::ExitCode;

/// Why a run stopped before processing all of its input.
///
/// An error in one input (a missing file, a broken JSONL line) is not one of
/// these: it is reported and counted, the run goes on, and it shows in the
/// [`Status`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An argument clap cannot check: an unreadable speech-verb file or an
    /// option the library rejects. Exits with 2, as clap's own usage errors do.
    #[error("{0}")]
    Usage(String),
    /// An input the run cannot do without, such as the gold or prediction
    /// file of `whosaid eval`. Exits with 1.
    #[error("{0}")]
    Input(String),
    /// Writing the output failed. A broken pipe (`whosaid … | head`) is
    /// the reader's choice, not a failure: see [`Error::is_broken_pipe`].
    #[error("cannot write output: {0}")]
    Output(#[from] io::Error),
}

impl Error {
    /// True when the output was closed by its reader; the run then ends
    /// quietly with status 0, as `grep` and `rg` do.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The process exit status for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) => ExitCode::from(2),
            Error::Input(_) | Error::Output(_) => ExitCode::FAILURE,
        }
    }
}

/// How a run that went to the end went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every input was read and processed.
    Success,
    /// Some inputs had errors (reported on stderr); the rest were processed.
    InputErrors,
}

impl Status {
    /// 0 for success, 1 when any input had an error.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Status::Success => ExitCode::SUCCESS,
            Status::InputErrors => ExitCode::FAILURE,
        }
    }
}

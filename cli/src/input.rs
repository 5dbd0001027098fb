//! Reading inputs into [`Job`]s: one per article file, or one per line of a
//! JSONL corpus.
//!
//! The reader only reads: decoding UTF-8 and parsing JSON happen later, on
//! the worker threads, where the cost is spread over all cores. Read
//! failures are not fatal; they travel as a job whose payload is the error,
//! so they are reported in input order with everything else.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Seek, SeekFrom};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Bytes sniffed for a NUL to tell a binary file from a text file in a
/// directory walk (as grep and ripgrep do).
const BINARY_SNIFF_LEN: usize = 8 * 1024;

/// One article as read, or the error that prevented reading it.
#[derive(Debug)]
pub struct Job {
    /// Where the article comes from.
    pub origin: Origin,
    /// The raw bytes (a whole file, or one JSONL line without its line
    /// terminator), or why they could not be read.
    pub payload: Result<Vec<u8>, String>,
}

/// Where a [`Job`] comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A whole file (or all of standard input, shown as `-`).
    File(PathBuf),
    /// One line of a JSONL file.
    Line {
        /// The file, shown as in messages (`-` for standard input).
        source: Arc<str>,
        /// Line number, from 1.
        line: u64,
        /// Byte offset of the line's start in the file.
        offset: u64,
    },
}

impl Job {
    /// Bytes read for this job, for throughput figures and batching.
    pub fn len(&self) -> usize {
        self.payload.as_ref().map_or(0, Vec::len)
    }
}

/// What the inputs hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Each file (or standard input) is one article.
    Articles,
    /// Each line is a JSON object holding one article.
    Jsonl,
}

/// The path that stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Total size of the inputs when known up front (all are regular files),
/// for a progress bar with an ETA.
pub fn total_len(paths: &[PathBuf]) -> Option<u64> {
    paths
        .iter()
        .map(|p| {
            fs::metadata(p)
                .ok()
                .filter(|m| m.is_file() && !is_stdin(p))
                .map(|m| m.len())
        })
        .sum()
}

/// True when the run reads standard input from a terminal, so a person is
/// expected to type or paste an article.
pub fn stdin_is_interactive(paths: &[PathBuf]) -> bool {
    paths.iter().any(|p| is_stdin(p)) && io::stdin().is_terminal()
}

/// Reads every input in order and emits its jobs, stopping early when
/// `emit` says so. Directories are walked recursively in file-name order,
/// skipping hidden entries, symbolic links and files that look binary.
pub fn read_all(
    paths: &[PathBuf],
    mode: Mode,
    emit: &mut dyn FnMut(Job) -> ControlFlow<()>,
) -> ControlFlow<()> {
    for path in paths {
        if is_stdin(path) {
            read_stream(path, io::stdin().lock(), mode, emit)?;
        } else if path.is_dir() {
            read_dir(path, mode, emit)?;
        } else {
            match File::open(path) {
                Ok(file) => read_stream(path, file, mode, emit)?,
                Err(e) => emit(failed(path, &e))?,
            }
        }
    }
    ControlFlow::Continue(())
}

fn read_dir(
    dir: &Path,
    mode: Mode,
    emit: &mut dyn FnMut(Job) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let walk = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        // Depth 0 is the directory named on the command line, hidden or not.
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                emit(Job {
                    origin: Origin::File(path),
                    payload: Err(e
                        .io_error()
                        .map_or_else(|| e.to_string(), io::Error::to_string)),
                })?;
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        match mode {
            Mode::Articles => match fs::read(path) {
                Ok(bytes) if looks_binary(&bytes) => {}
                Ok(bytes) => emit(Job {
                    origin: Origin::File(path.to_path_buf()),
                    payload: Ok(bytes),
                })?,
                Err(e) => emit(failed(path, &e))?,
            },
            Mode::Jsonl => match File::open(path).and_then(|mut f| sniff(&mut f).map(|b| (f, b))) {
                Ok((_, true)) => {}
                Ok((file, false)) => read_stream(path, file, mode, emit)?,
                Err(e) => emit(failed(path, &e))?,
            },
        }
    }
    ControlFlow::Continue(())
}

/// Emits the jobs of one opened input.
fn read_stream(
    path: &Path,
    mut input: impl Read,
    mode: Mode,
    emit: &mut dyn FnMut(Job) -> ControlFlow<()>,
) -> ControlFlow<()> {
    match mode {
        Mode::Articles => {
            let mut bytes = Vec::new();
            let job = match input.read_to_end(&mut bytes) {
                Ok(_) => Job {
                    origin: Origin::File(path.to_path_buf()),
                    payload: Ok(bytes),
                },
                Err(e) => failed(path, &e),
            };
            emit(job)
        }
        Mode::Jsonl => read_lines(path, BufReader::with_capacity(64 * 1024, input), emit),
    }
}

/// Emits one job per line, whatever the line holds: even a line that is
/// not UTF-8 or not JSON gets its place in the output.
fn read_lines(
    path: &Path,
    mut input: impl BufRead,
    emit: &mut dyn FnMut(Job) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let source: Arc<str> = path.display().to_string().into();
    let (mut line, mut offset) = (0, 0);
    loop {
        let mut bytes = Vec::new();
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) => return ControlFlow::Continue(()),
            Ok(n) => {
                line += 1;
                let origin = Origin::Line {
                    source: Arc::clone(&source),
                    line,
                    offset,
                };
                offset += n as u64;
                strip_line_end(&mut bytes);
                emit(Job {
                    origin,
                    payload: Ok(bytes),
                })?;
            }
            // The rest of the file is unreadable; its lines cannot be counted.
            Err(e) => return emit(failed(path, &e)),
        }
    }
}

fn strip_line_end(bytes: &mut Vec<u8>) {
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
}

fn failed(path: &Path, e: &io::Error) -> Job {
    Job {
        origin: Origin::File(path.to_path_buf()),
        payload: Err(e.to_string()),
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(BINARY_SNIFF_LEN)].contains(&0)
}

/// Whether an opened file looks binary; leaves the file positioned after
/// the sniffed bytes, so it is rewound for reading.
fn sniff(file: &mut File) -> io::Result<bool> {
    let mut head = Vec::with_capacity(BINARY_SNIFF_LEN);
    file.by_ref()
        .take(BINARY_SNIFF_LEN as u64)
        .read_to_end(&mut head)?;
    file.seek(SeekFrom::Start(0))?;
    Ok(looks_binary(&head))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<Job> {
        let mut jobs = Vec::new();
        let _ = read_lines(Path::new("in.jsonl"), input, &mut |job| {
            jobs.push(job);
            ControlFlow::Continue(())
        });
        jobs
    }

    #[test]
    fn lines_keep_numbers_offsets_and_blank_lines() {
        let jobs = lines(b"{\"a\":1}\r\n\n\xff\nlast");
        let got: Vec<_> = jobs
            .iter()
            .map(|j| match &j.origin {
                Origin::Line { line, offset, .. } => (*line, *offset, j.payload.clone().unwrap()),
                Origin::File(_) => panic!("not a line"),
            })
            .collect();
        assert_eq!(
            got,
            [
                (1, 0, b"{\"a\":1}".to_vec()),
                (2, 9, vec![]),
                (3, 10, vec![0xff]),
                (4, 12, b"last".to_vec()),
            ]
        );
    }

    #[test]
    fn emit_break_stops_reading() {
        let mut n = 0;
        let flow = read_lines(Path::new("x"), &b"a\nb\nc\n"[..], &mut |_| {
            n += 1;
            ControlFlow::Break(())
        });
        assert_eq!((flow, n), (ControlFlow::Break(()), 1));
    }

    #[test]
    fn binary_sniff_looks_at_the_head_only() {
        assert!(looks_binary(b"ab\0c"));
        assert!(!looks_binary("Zoë said “hi”".as_bytes()));
        let mut late_nul = vec![b'a'; BINARY_SNIFF_LEN];
        late_nul.push(0);
        assert!(!looks_binary(&late_nul));
    }
}

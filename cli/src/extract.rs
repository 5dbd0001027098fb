//! The default command: articles in, quotes out.
//!
//! [`crate::input`] reads jobs on one thread, [`crate::parallel`]
//! maps them on `--jobs` threads with [`Processor::process`], and the main thread writes
//! the rendered results in input order and keeps the counts.

use std::borrow::Cow;
use std::io::{self, BufWriter, IsTerminal};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use serde_json::Value;
use whosaid::{Extractor, Quote};

use crate::args::ExtractArgs;
use crate::input::{self, Job, Mode, Origin};
use crate::output::{Format, Renderer, Writer};
use crate::parallel::{self, Batching};
use crate::progress::{Progress, Stats};
use crate::{Error, Status};

/// A batch closes at this many articles...
const BATCH_ARTICLES: usize = 64;
/// ... or this many bytes, so a batch is worth a trip through the channels
/// while `jobs × 4` of them stay small in memory.
const BATCH_BYTES: usize = 256 * 1024;

/// How each job is turned into output; shared by all workers.
#[derive(Debug)]
pub struct Processor {
    extractor: Extractor,
    renderer: Renderer,
    lossy: bool,
    text_field: String,
    id_field: String,
}

/// The result of one job, ready to write.
#[derive(Debug, Default)]
pub struct Done {
    /// The rendered output (may be empty).
    pub rendered: Vec<u8>,
    /// Quotes found.
    pub quotes: usize,
    /// Bytes of input.
    pub bytes: usize,
    /// Whether the job was an article (as opposed to a blank JSONL line or
    /// an error).
    pub article: bool,
    /// What went wrong, naming the input, for stderr.
    pub error: Option<String>,
}

impl Processor {
    /// A processor with the given settings.
    pub fn new(
        extractor: Extractor,
        renderer: Renderer,
        lossy: bool,
        text_field: String,
        id_field: String,
    ) -> Self {
        Processor {
            extractor,
            renderer,
            lossy,
            text_field,
            id_field,
        }
    }

    /// Decodes, extracts and renders one job. Never fails: a bad input
    /// becomes a [`Done`] with an error (and, for a JSONL line, an error
    /// record in the output).
    pub fn process(&self, job: Job) -> Done {
        let mut done = Done {
            bytes: job.len(),
            ..Done::default()
        };
        match job.origin {
            Origin::File(path) => {
                let label = path.display().to_string();
                let result = job
                    .payload
                    .and_then(|bytes| self.decode(bytes).map_err(|e| e.message(None)))
                    .and_then(|text| {
                        self.extract(&text, &Value::from(label.as_str()), &label, &mut done)
                    });
                if let Err(e) = result {
                    done.error = Some(format!("{label}: {e}"));
                }
            }
            Origin::Line {
                source,
                line,
                offset,
            } => {
                let mut id = Value::Null;
                let result = job
                    .payload
                    .and_then(|bytes| self.jsonl_line(bytes, line, offset, &mut id, &mut done));
                if let Err(e) = result {
                    let message = format!("line {line}: {e}");
                    self.renderer.error(&id, &message, &mut done.rendered);
                    done.error = Some(format!("{source}: {message}"));
                }
            }
        }
        done
    }

    /// Handles one JSONL line; `id` is set as soon as it is known, for the
    /// error record.
    fn jsonl_line(
        &self,
        bytes: Vec<u8>,
        line: u64,
        offset: u64,
        id: &mut Value,
        done: &mut Done,
    ) -> Result<(), String> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            self.renderer.blank(&mut done.rendered);
            return Ok(());
        }
        let json = self.decode(bytes).map_err(|e| e.message(Some(offset)))?;
        let mut record = match serde_json::from_str::<Value>(&json) {
            Ok(Value::Object(record)) => record,
            Ok(_) => return Err("not a JSON object".into()),
            Err(e) => return Err(json_error(&e)),
        };
        if let Some(value) = record.remove(&self.id_field) {
            *id = value;
        }
        let field = &self.text_field;
        let text = match record.remove(field) {
            Some(Value::String(text)) => text,
            None => return Err(format!("no \"{field}\" field")),
            Some(other) => {
                return Err(format!(
                    "\"{field}\" is {}, not a string",
                    json_type(&other)
                ));
            }
        };
        let label = match &*id {
            Value::String(s) => s.clone(),
            Value::Null => format!("line {line}"),
            other => other.to_string(),
        };
        self.extract(&text, id, &label, done)
    }

    fn decode(&self, bytes: Vec<u8>) -> Result<Cow<'static, str>, Utf8Error> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(text.into()),
            Err(e) if self.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned().into()),
            Err(e) => Err(Utf8Error(e.utf8_error().valid_up_to())),
        }
    }

    fn extract(&self, text: &str, id: &Value, label: &str, done: &mut Done) -> Result<(), String> {
        let quotes = extract_guarded(&self.extractor, text)?;
        self.renderer
            .article(id, label, &quotes, &mut done.rendered);
        done.quotes = quotes.len();
        done.article = true;
        Ok(())
    }
}

/// The position of the first invalid byte.
struct Utf8Error(usize);

impl Utf8Error {
    /// `line_start` is the offset in its file of the JSONL line that was
    /// decoded, if it was one: the error then names the column, as JSON
    /// errors do, and the file offset too, for tools that seek.
    fn message(&self, line_start: Option<u64>) -> String {
        let at = self.0 as u64;
        match line_start {
            Some(base) => format!(
                "invalid UTF-8 at column {} (byte offset {} in the file; --lossy replaces invalid bytes)",
                at + 1,
                base + at
            ),
            None => format!("invalid UTF-8 at byte offset {at} (--lossy replaces invalid bytes)"),
        }
    }
}

/// serde_json's message without its "at line 1 column N" (the line is
/// always 1 here, and our line number is given separately).
fn json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let reason = message
        .rsplit_once(" at line ")
        .map_or(&*message, |(m, _)| m);
    format!("invalid JSON at column {}: {reason}", e.column())
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Runs the extractor on one article. The library promises never to panic;
/// should a bug break that promise, one article fails instead of a run over
/// a million.
pub fn extract_guarded<'t>(extractor: &Extractor, text: &'t str) -> Result<Vec<Quote<'t>>, String> {
    panic::catch_unwind(AssertUnwindSafe(|| extractor.extract(text)))
        .map_err(|_| "internal error: the extractor panicked on this article".to_string())
}

/// `jobs`, or all cores.
pub fn jobs_or_all_cores(jobs: Option<NonZeroUsize>) -> NonZeroUsize {
    jobs.unwrap_or_else(|| std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN))
}

/// Runs the extraction command.
pub fn run(args: &ExtractArgs) -> Result<Status, Error> {
    let extractor = args.library.extractor()?;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    let stdout = io::stdout();
    let on_terminal = stdout.is_terminal();
    let format = args.format.unwrap_or(if on_terminal {
        Format::Pretty
    } else {
        Format::Jsonl
    });
    // https://no-color.org: any non-empty NO_COLOR turns colour off.
    let colour = on_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let width = on_terminal
        .then(|| {
            console::Term::stdout()
                .size_checked()
                .map(|(_, cols)| usize::from(cols))
        })
        .flatten();
    let processor = Processor::new(
        extractor,
        Renderer::new(format, colour, width),
        args.lossy,
        args.text_field.clone(),
        args.id_field.clone(),
    );
    let mode = if args.jsonl {
        Mode::Jsonl
    } else {
        Mode::Articles
    };

    let mut progress = Progress::new(args.quiet, input::total_len(&paths));
    if !args.quiet && input::stdin_is_interactive(&paths) {
        progress.message("reading standard input (end it with Ctrl-D)");
    }
    let mut writer = Writer::new(BufWriter::with_capacity(64 * 1024, stdout.lock()), format)?;
    let mut stats = Stats::default();
    parallel::ordered_map(
        jobs_or_all_cores(args.jobs),
        Batching {
            max_items: BATCH_ARTICLES,
            max_weight: BATCH_BYTES,
            weight: Job::len,
        },
        |emit| {
            let _ = input::read_all(&paths, mode, emit);
        },
        |job| processor.process(job),
        |batch| {
            for done in batch {
                if let Some(error) = &done.error {
                    progress.message(&format!("error: {error}"));
                }
                writer.write(&done.rendered)?;
                stats.articles += u64::from(done.article);
                stats.quotes += done.quotes as u64;
                stats.errors += u64::from(done.error.is_some());
                stats.bytes += done.bytes as u64;
            }
            // Per batch, so a slow run shows its output as it goes.
            writer.flush()?;
            progress.update(&stats);
            Ok::<_, io::Error>(())
        },
    )?;
    writer.finish()?;
    progress.finish(&stats);
    Ok(if stats.errors > 0 {
        Status::InputErrors
    } else {
        Status::Success
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn processor(format: Format, lossy: bool) -> Processor {
        Processor::new(
            Extractor::default(),
            Renderer::new(format, false, None),
            lossy,
            "text".into(),
            "id".into(),
        )
    }

    fn line(bytes: &[u8]) -> Job {
        Job {
            origin: Origin::Line {
                source: "c.jsonl".into(),
                line: 3,
                offset: 100,
            },
            payload: Ok(bytes.to_vec()),
        }
    }

    fn output(done: &Done) -> Value {
        serde_json::from_slice(&done.rendered).unwrap()
    }

    #[test]
    fn jsonl_line_errors_become_records() {
        let p = processor(Format::Jsonl, false);
        let cases: &[(&[u8], Value, &str)] = &[
            (
                b"{\"id\": 1,",
                Value::Null,
                "line 3: invalid JSON at column 9: EOF while parsing a value",
            ),
            (b"[1, 2]", Value::Null, "line 3: not a JSON object"),
            (b"{\"id\": \"a\"}", "a".into(), "line 3: no \"text\" field"),
            (
                b"{\"id\": 2, \"text\": 5}",
                2.into(),
                "line 3: \"text\" is a number, not a string",
            ),
            (b"{\"id\": \"b\", \"text\": \"\xff\"}", "b".into(), ""),
        ];
        for (input, id, error) in cases {
            let done = p.process(line(input));
            let record = output(&done);
            if error.is_empty() {
                // Invalid UTF-8 is found before the id can be read.
                assert_eq!(record["id"], Value::Null);
                assert_eq!(
                    record["error"],
                    "line 3: invalid UTF-8 at column 22 (byte offset 121 in the file; --lossy replaces invalid bytes)"
                );
            } else {
                assert_eq!(record, serde_json::json!({"id": id, "error": error}));
            }
            assert!(done.error.unwrap().starts_with("c.jsonl: line 3: "));
            assert!(!done.article);
        }
    }

    #[test]
    fn jsonl_line_lossy_and_blank() {
        let done =
            processor(Format::Jsonl, true).process(line(b"{\"id\": \"b\", \"text\": \"\xff\"}"));
        assert_eq!(output(&done), serde_json::json!({"id": "b", "quotes": []}));
        assert!(done.article && done.error.is_none());

        let done = processor(Format::Jsonl, false).process(line(b"  "));
        assert_eq!(
            (done.rendered, done.article, done.error),
            (b"\n".to_vec(), false, None)
        );
        let done = processor(Format::Tsv, false).process(line(b""));
        assert!(done.rendered.is_empty());
    }

    #[test]
    fn file_errors_name_the_path() {
        let p = processor(Format::Jsonl, false);
        let file = |payload| Job {
            origin: Origin::File("dir/a.txt".into()),
            payload,
        };
        let done = p.process(file(Ok(b"ok \xc3".to_vec())));
        assert_eq!(
            done.error.as_deref(),
            Some("dir/a.txt: invalid UTF-8 at byte offset 3 (--lossy replaces invalid bytes)")
        );
        assert!(done.rendered.is_empty());
        let done = p.process(file(Err("No such file or directory".into())));
        assert_eq!(
            done.error.as_deref(),
            Some("dir/a.txt: No such file or directory")
        );
    }
}

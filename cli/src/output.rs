//! Output formats: rendering one article's quotes to bytes, and framing the
//! rendered articles into one stream.
//!
//! Rendering happens on the worker threads, into a buffer per article;
//! the [`Writer`] on the main thread only frames and writes those buffers
//! in order.

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::ValueEnum;
use console::{Alignment, Style, measure_text_width, pad_str};
use serde::Serialize;
use serde_json::Value;
use whosaid::Quote;

/// Widest pretty layout, even on a wider terminal: long lines read badly.
const MAX_PRETTY_WIDTH: usize = 110;
/// Pretty width when stdout is not a terminal.
const DEFAULT_PRETTY_WIDTH: usize = 100;
/// Columns before the quote text and the topic in the pretty layout.
const INDENT: &str = "     ";

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON array of all records, pretty-printed
    Json,
    /// One JSON record per line: {"id", "quotes"} or {"id", "error"}
    Jsonl,
    /// Tab-separated values, one row per quote, with a header row
    Tsv,
    /// A readable table per article: speaker, cue, topic, the quote wrapped
    Pretty,
}

/// The output record of one article: the Quote JSON contract, unchanged,
/// under the article's id.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    quotes: &'a [Quote<'a>],
}

/// The output record of a JSONL line that could not be processed.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a Value,
    error: &'a str,
}

/// Renders articles in one format.
#[derive(Debug, Clone)]
pub struct Renderer {
    format: Format,
    styles: Styles,
    width: usize,
}

/// The pretty format's colours; all plain when colour is off.
#[derive(Debug, Clone)]
struct Styles {
    heading: Style,
    column: Style,
    speaker: Style,
    cue: Style,
    dim: Style,
}

impl Styles {
    fn new(colour: bool) -> Self {
        let style = || Style::new().force_styling(colour);
        Styles {
            heading: style().bold(),
            column: style().dim(),
            speaker: style().cyan().bold(),
            cue: style().yellow(),
            dim: style().dim(),
        }
    }
}

impl Renderer {
    /// A renderer for `format`. `colour` and `terminal_width` only matter to
    /// the pretty format.
    pub fn new(format: Format, colour: bool, terminal_width: Option<usize>) -> Self {
        Renderer {
            format,
            styles: Styles::new(colour),
            width: terminal_width
                .unwrap_or(DEFAULT_PRETTY_WIDTH)
                .clamp(40, MAX_PRETTY_WIDTH),
        }
    }

    /// Renders the quotes of one article. `id` is the record id (the path,
    /// or the JSONL id field); `label` is how a person reads it.
    pub fn article(&self, id: &Value, label: &str, quotes: &[Quote<'_>], out: &mut Vec<u8>) {
        match self.format {
            Format::Json => json_pretty(&Record { id, quotes }, out),
            Format::Jsonl => json_line(&Record { id, quotes }, out),
            Format::Tsv => tsv_rows(label, quotes, out),
            Format::Pretty => self.pretty(label, quotes, out),
        }
    }

    /// Renders the error record of a JSONL line, in the JSON formats; the
    /// others leave errors to stderr.
    pub fn error(&self, id: &Value, message: &str, out: &mut Vec<u8>) {
        let record = ErrorRecord { id, error: message };
        match self.format {
            Format::Json => json_pretty(&record, out),
            Format::Jsonl => json_line(&record, out),
            Format::Tsv | Format::Pretty => {}
        }
    }

    /// Renders a blank JSONL input line: a blank line in JSONL output, so
    /// output lines stay aligned with input lines; nothing elsewhere.
    pub fn blank(&self, out: &mut Vec<u8>) {
        if self.format == Format::Jsonl {
            out.push(b'\n');
        }
    }

    fn pretty(&self, label: &str, quotes: &[Quote<'_>], out: &mut Vec<u8>) {
        let s = &self.styles;
        let count = match quotes.len() {
            0 => "no quotes".to_string(),
            1 => "1 quote".to_string(),
            n => format!("{n} quotes"),
        };
        let mut text = format!("{}  {}\n", s.heading.apply_to(label), s.dim.apply_to(count));
        if quotes.is_empty() {
            text.push('\n');
            out.extend_from_slice(text.as_bytes());
            return;
        }

        let or_dash =
            |field: &Option<std::borrow::Cow<'_, str>>| field.as_deref().unwrap_or("—").to_string();
        let column_width = |cells: &mut dyn Iterator<Item = usize>, header: &str, cap| {
            cells.chain([header.len()]).max().unwrap_or(0).min(cap)
        };
        let speakers: Vec<String> = quotes.iter().map(|q| or_dash(&q.speaker)).collect();
        let cues: Vec<String> = quotes.iter().map(|q| or_dash(&q.cue)).collect();
        let speaker_width = column_width(
            &mut speakers.iter().map(|c| measure_text_width(c)),
            "speaker",
            28,
        );
        let cue_width = column_width(&mut cues.iter().map(|c| measure_text_width(c)), "cue", 18);
        let topic_width = self
            .width
            .saturating_sub(INDENT.len() + speaker_width + cue_width + 4)
            .max(10);
        let cell = |s: &str, width| pad_str(s, width, Alignment::Left, Some("…")).into_owned();

        let _ = writeln!(
            text,
            "{}",
            s.column.apply_to(format!(
                "{:>3}  {}  {}  topic",
                "#",
                cell("speaker", speaker_width),
                cell("cue", cue_width)
            ))
        );
        let wrap = textwrap::Options::new(self.width)
            .initial_indent(INDENT)
            .subsequent_indent(INDENT);
        for (i, q) in quotes.iter().enumerate() {
            let topic = cell(&or_dash(&q.topic), topic_width);
            let _ = writeln!(
                text,
                "{:>3}  {}  {}  {}",
                i + 1,
                s.speaker.apply_to(cell(&speakers[i], speaker_width)),
                s.cue.apply_to(cell(&cues[i], cue_width)),
                topic.trim_end()
            );
            for line in textwrap::wrap(&format!("“{}”", q.text), &wrap) {
                let _ = writeln!(text, "{line}");
            }
        }
        text.push('\n');
        out.extend_from_slice(text.as_bytes());
    }
}

fn json_line(value: &impl Serialize, out: &mut Vec<u8>) {
    serde_json::to_writer(&mut *out, value).expect(SERIALIZE);
    out.push(b'\n');
}

/// Pretty JSON indented one level, as an element of the [`Writer`]'s array.
fn json_pretty(value: &impl Serialize, out: &mut Vec<u8>) {
    let json = serde_json::to_string_pretty(value).expect(SERIALIZE);
    // JSON strings hold no raw newline, so every newline is layout.
    out.extend_from_slice(b"  ");
    out.extend_from_slice(json.replace('\n', "\n  ").as_bytes());
}

const SERIALIZE: &str = "records serialize: string keys, no fallible Serialize impls";

/// The TSV columns; `start`/`end` are byte offsets as in the JSON form.
const TSV_HEADER: &str =
    "id\tstart\tend\tspeaker\tmention\tcue\ttopic\tkind\trule\tconfidence\ttext\n";

fn tsv_rows(label: &str, quotes: &[Quote<'_>], out: &mut Vec<u8>) {
    fn field<'q>(f: &'q Option<std::borrow::Cow<'_, str>>) -> std::borrow::Cow<'q, str> {
        tsv_escape(f.as_deref().unwrap_or(""))
    }
    let mut rows = String::new();
    for q in quotes {
        let _ = writeln!(
            rows,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            tsv_escape(label),
            q.span.start,
            q.span.end,
            field(&q.speaker),
            field(&q.mention),
            field(&q.cue),
            field(&q.topic),
            q.kind,
            q.rule,
            q.confidence,
            tsv_escape(&q.text),
        );
    }
    out.extend_from_slice(rows.as_bytes());
}

/// Escapes the characters that would break a TSV row, the way PostgreSQL's
/// text format and most TSV readers expect.
fn tsv_escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        return s.into();
    }
    let mut escaped = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '\t' => escaped.push_str("\\t"),
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            c => escaped.push(c),
        }
    }
    escaped.into()
}

/// Frames rendered articles into one output stream: the JSON array's
/// brackets and commas, the TSV header.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    empty: bool,
}

impl<W: Write> Writer<W> {
    /// Starts the output.
    pub fn new(mut out: W, format: Format) -> io::Result<Self> {
        match format {
            Format::Json => out.write_all(b"[")?,
            Format::Tsv => out.write_all(TSV_HEADER.as_bytes())?,
            Format::Jsonl | Format::Pretty => {}
        }
        Ok(Writer {
            out,
            format,
            empty: true,
        })
    }

    /// Writes one rendered article (nothing if it rendered to nothing).
    pub fn write(&mut self, rendered: &[u8]) -> io::Result<()> {
        if rendered.is_empty() {
            return Ok(());
        }
        if self.format == Format::Json {
            self.out
                .write_all(if self.empty { b"\n" } else { b",\n" })?;
        }
        self.empty = false;
        self.out.write_all(rendered)
    }

    /// Pushes what was written so far to the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Ends the output and flushes it.
    pub fn finish(mut self) -> io::Result<()> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.empty { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(format: Format, items: &[&[u8]]) -> String {
        let mut buf = Vec::new();
        let mut writer = Writer::new(&mut buf, format).unwrap();
        for item in items {
            writer.write(item).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn json_array_framing_matches_serde_pretty() {
        let quotes = whosaid::extract_quotes("\"We will build it,\" Mayor Ana Ruiz said.");
        let ids = [Value::from("a"), Value::from(7)];
        let renderer = Renderer::new(Format::Json, false, None);
        let mut rendered = [Vec::new(), Vec::new(), Vec::new()];
        renderer.article(&ids[0], "a", &quotes, &mut rendered[0]);
        renderer.blank(&mut rendered[1]);
        renderer.error(&ids[1], "line 2: oops", &mut rendered[2]);
        let items: Vec<&[u8]> = rendered.iter().map(Vec::as_slice).collect();
        // A tuple serializes as an array: the layout serde gives the whole.
        let expected = serde_json::to_string_pretty(&(
            Record {
                id: &ids[0],
                quotes: &quotes,
            },
            ErrorRecord {
                id: &ids[1],
                error: "line 2: oops",
            },
        ))
        .unwrap();
        assert_eq!(framed(Format::Json, &items), expected + "\n");
        assert_eq!(framed(Format::Json, &[]), "[]\n");
    }

    #[test]
    fn tsv_escapes_separators() {
        assert_eq!(tsv_escape("plain"), "plain");
        assert_eq!(tsv_escape("a\tb\nc\\d\r"), "a\\tb\\nc\\\\d\\r");
        assert!(framed(Format::Tsv, &[]).starts_with("id\tstart\tend\tspeaker\t"));
    }

    #[test]
    fn pretty_without_colour_is_plain_text() {
        let quotes = whosaid::extract_quotes("\"We will build it,\" Mayor Ana Ruiz said.");
        let mut out = Vec::new();
        Renderer::new(Format::Pretty, false, Some(60)).article(
            &Value::Null,
            "x.txt",
            &quotes,
            &mut out,
        );
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.starts_with("x.txt  "), "{text}");
        assert!(text.lines().all(|l| measure_text_width(l) <= 60), "{text}");
    }
}

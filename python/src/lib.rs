//! Python bindings of whosaid: the extension module `whosaid._whosaid`.
//!
//! The Python package `whosaid` (next to this crate) re-exports what is
//! defined here; its stubs (`whosaid/_whosaid.pyi`) give the types. Each
//! quote becomes a `dict` with the fields of the JSON contract, offsets in
//! Python `str` indices (code points) under `span`, `speaker_span` and
//! `cue_span`, and the library's UTF-8 byte offsets under `byte_span`,
//! `byte_speaker_span` and `byte_cue_span`.
//!
//! Extraction runs with the GIL released; `Extractor.extract_many`
//! spreads a batch over scoped threads and keeps the input order.

use std::num::NonZeroUsize;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use whosaid::{Extractor, Quote, SingleQuotes, Span};

/// A quote with its three spans converted to code point offsets.
struct Found<'t> {
    quote: Quote<'t>,
    span: Span,
    speaker_span: Option<Span>,
    cue_span: Option<Span>,
}

/// Byte offsets of a text mapped to code point offsets.
///
/// Built from the offsets that will be asked for, sorted, with one walk over
/// the text: linear in its length whatever the number of quotes.
struct CharOffsets {
    /// `(byte offset, code point offset)`, sorted by byte offset.
    table: Vec<(usize, usize)>,
}

impl CharOffsets {
    fn new(text: &str, mut bytes: Vec<usize>) -> CharOffsets {
        bytes.sort_unstable();
        bytes.dedup();
        let mut table = Vec::with_capacity(bytes.len());
        let (mut at_byte, mut at_char) = (0, 0);
        for byte in bytes {
            // Spans lie on UTF-8 boundaries of `text`; `get` keeps a broken
            // promise from panicking (the offset then maps as if clamped).
            let piece = text.get(at_byte..byte).unwrap_or("");
            at_char += piece.chars().count();
            at_byte = byte.max(at_byte);
            table.push((byte, at_char));
        }
        CharOffsets { table }
    }

    fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => byte,
        }
    }

    fn span(&self, span: Span) -> Span {
        Span::new(self.get(span.start), self.get(span.end))
    }
}

/// Runs `extractor` over `text` and converts the spans to code points.
fn extract_converted<'t>(extractor: &Extractor, text: &'t str) -> Vec<Found<'t>> {
    let quotes = extractor.extract(text);
    let convert: Box<dyn Fn(Span) -> Span> = if text.is_ascii() {
        Box::new(|span| span)
    } else {
        let mut bytes = Vec::with_capacity(quotes.len() * 6);
        for q in &quotes {
            for span in [Some(q.span), q.speaker_span, q.cue_span]
                .into_iter()
                .flatten()
            {
                bytes.extend([span.start, span.end]);
            }
        }
        let offsets = CharOffsets::new(text, bytes);
        Box::new(move |span| offsets.span(span))
    };
    quotes
        .into_iter()
        .map(|quote| Found {
            span: convert(quote.span),
            speaker_span: quote.speaker_span.map(&convert),
            cue_span: quote.cue_span.map(&convert),
            quote,
        })
        .collect()
}

/// `{"start": ..., "end": ...}`, or `None`.
fn span_object<'py>(py: Python<'py>, span: Option<Span>) -> PyResult<Bound<'py, PyAny>> {
    match span {
        None => Ok(py.None().into_bound(py)),
        Some(span) => {
            let dict = PyDict::new(py);
            dict.set_item(intern!(py, "start"), span.start)?;
            dict.set_item(intern!(py, "end"), span.end)?;
            Ok(dict.into_any())
        }
    }
}

/// One quote as a `dict` with the contract's fields.
fn quote_dict<'py>(py: Python<'py>, found: &Found<'_>) -> PyResult<Bound<'py, PyDict>> {
    let q = &found.quote;
    let dict = PyDict::new(py);
    dict.set_item(intern!(py, "text"), q.text.as_ref())?;
    dict.set_item(intern!(py, "speaker"), q.speaker.as_deref())?;
    dict.set_item(intern!(py, "mention"), q.mention.as_deref())?;
    dict.set_item(intern!(py, "cue"), q.cue.as_deref())?;
    dict.set_item(intern!(py, "topic"), q.topic.as_deref())?;
    dict.set_item(intern!(py, "kind"), q.kind.as_str())?;
    dict.set_item(intern!(py, "rule"), q.rule.name())?;
    dict.set_item(intern!(py, "confidence"), q.confidence)?;
    dict.set_item(intern!(py, "span"), span_object(py, Some(found.span))?)?;
    dict.set_item(
        intern!(py, "speaker_span"),
        span_object(py, found.speaker_span)?,
    )?;
    dict.set_item(intern!(py, "cue_span"), span_object(py, found.cue_span)?)?;
    dict.set_item(intern!(py, "byte_span"), span_object(py, Some(q.span))?)?;
    dict.set_item(
        intern!(py, "byte_speaker_span"),
        span_object(py, q.speaker_span)?,
    )?;
    dict.set_item(intern!(py, "byte_cue_span"), span_object(py, q.cue_span)?)?;
    Ok(dict)
}

/// A list of quote dicts.
fn quote_list<'py>(py: Python<'py>, found: &[Found<'_>]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for f in found {
        list.append(quote_dict(py, f)?)?;
    }
    Ok(list)
}

/// The name of `obj`'s type, for error messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_owned())
}

/// `obj` as a `str`, or a `TypeError` naming `what` and `obj`'s type.
fn as_text<'a, 'py>(obj: &'a Bound<'py, PyAny>, what: &str) -> PyResult<&'a str> {
    let s = obj
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be str, not {}", type_name(obj))))?;
    s.to_str()
}

/// The strings of an iterable (not a `str` itself), for the verb lists.
fn strings(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    let not_iterable = || {
        PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not {}",
            type_name(obj)
        ))
    };
    if obj.is_instance_of::<PyString>() {
        return Err(not_iterable());
    }
    let mut out = Vec::new();
    for (i, item) in obj.try_iter().map_err(|_| not_iterable())?.enumerate() {
        let item = item?;
        out.push(as_text(&item, &format!("{what}[{i}]"))?.to_owned());
    }
    Ok(out)
}

/// Every quotation in `text` with the default settings (`indirect=False`) or
/// with reported speech too (`indirect=True`).
static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);
static INDIRECT: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default settings build")
});

/// Every quotation in `text`, in document order, with the default settings.
///
/// Each quote is a dict with the fields of the JSON contract: ``text``,
/// ``speaker``, ``mention``, ``cue``, ``topic``, ``kind``, ``rule``,
/// ``confidence``, ``span``, ``speaker_span``, ``cue_span``. Spans are
/// ``{"start": int, "end": int}`` in Python ``str`` indices, so
/// ``text[q["span"]["start"]:q["span"]["end"]]`` is the quotation's content;
/// ``byte_span``, ``byte_speaker_span`` and ``byte_cue_span`` hold the same
/// spans as UTF-8 byte offsets (as the command line prints them).
///
/// With ``indirect=True``, reported speech without quotation marks is
/// returned too (``kind == "indirect"``).
///
/// Raises ``TypeError`` when ``text`` is not a ``str``.
#[pyfunction]
#[pyo3(signature = (text, *, indirect = false))]
fn extract_quotes<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    indirect: bool,
) -> PyResult<Bound<'py, PyList>> {
    let text = as_text(text, "text")?;
    let extractor: &Extractor = if indirect { &INDIRECT } else { &DEFAULT };
    let found = py.detach(|| extract_converted(extractor, text));
    quote_list(py, &found)
}

/// The options an `Extractor` was built with, kept for `repr` and
/// pickling.
#[derive(Clone, Debug)]
struct Options {
    speech_verbs: Vec<String>,
    replace_speech_verbs: Option<Vec<String>>,
    single_quotes: SingleQuotes,
    multi_paragraph: bool,
    max_quote_len: Option<usize>,
    indirect: bool,
}

impl Options {
    fn single_quotes_name(&self) -> &'static str {
        match self.single_quotes {
            SingleQuotes::Speech => "speech",
            SingleQuotes::Nested => "nested",
            _ => "auto",
        }
    }

    fn build(&self) -> PyResult<Extractor> {
        let mut builder = Extractor::builder();
        if let Some(verbs) = &self.replace_speech_verbs {
            builder.replace_speech_verbs(verbs.iter().cloned());
        }
        builder
            .add_speech_verbs(self.speech_verbs.iter().cloned())
            .single_quotes(self.single_quotes)
            .multi_paragraph_quotes(self.multi_paragraph)
            .indirect_quotes(self.indirect);
        if let Some(len) = self.max_quote_len {
            builder.max_quote_len(len);
        }
        builder
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

/// What `extract_many` does with an item that is not a ``str``.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Skip,
}

/// A configured quotation extractor. Build it once and reuse it; it is
/// immutable and safe to share between threads.
///
/// All options are keyword-only:
///
/// - ``speech_verbs``: extra speech verbs, every inflection listed
///   (``["quip", "quips", "quipped"]``).
/// - ``replace_speech_verbs``: a list that replaces the built-in speech
///   verbs (``speech_verbs`` are still added).
/// - ``single_quotes``: ``"auto"`` (decide per article), ``"speech"``
///   (British style: single marks quote speech) or ``"nested"`` (American
///   style: single marks only nest).
/// - ``multi_paragraph``: join the news convention for quotes over several
///   paragraphs into one quote (default ``True``).
/// - ``max_quote_len``: the longest quotation returned, in bytes (``None``:
///   the library's default, 20,000).
/// - ``indirect``: return reported speech without quotation marks too.
///
/// Raises ``ValueError`` for an invalid option (an empty or multi-word speech
/// verb, ``max_quote_len=0``, an unknown ``single_quotes``) and ``TypeError``
/// for an option of the wrong type.
#[pyclass(frozen, module = "whosaid", name = "Extractor")]
struct PyExtractor {
    inner: Extractor,
    options: Options,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (
        *,
        speech_verbs = None,
        replace_speech_verbs = None,
        single_quotes = "auto",
        multi_paragraph = true,
        max_quote_len = None,
        indirect = false,
    ))]
    fn new(
        speech_verbs: Option<&Bound<'_, PyAny>>,
        replace_speech_verbs: Option<&Bound<'_, PyAny>>,
        single_quotes: &str,
        multi_paragraph: bool,
        max_quote_len: Option<usize>,
        indirect: bool,
    ) -> PyResult<Self> {
        let single_quotes = match single_quotes {
            "auto" => SingleQuotes::Auto,
            "speech" => SingleQuotes::Speech,
            "nested" => SingleQuotes::Nested,
            other => {
                return Err(PyValueError::new_err(format!(
                    "single_quotes must be \"auto\", \"speech\" or \"nested\", not {other:?}"
                )));
            }
        };
        let options = Options {
            speech_verbs: speech_verbs
                .map(|v| strings(v, "speech_verbs"))
                .transpose()?
                .unwrap_or_default(),
            replace_speech_verbs: replace_speech_verbs
                .map(|v| strings(v, "replace_speech_verbs"))
                .transpose()?,
            single_quotes,
            multi_paragraph,
            max_quote_len,
            indirect,
        };
        Ok(PyExtractor {
            inner: options.build()?,
            options,
        })
    }

    /// Every quotation in ``text``, in document order: a list of dicts, as
    /// :func:`whosaid.extract_quotes` returns.
    ///
    /// Raises ``TypeError`` when ``text`` is not a ``str``.
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = as_text(text, "text")?;
        let found = py.detach(|| extract_converted(&self.inner, text));
        quote_list(py, &found)
    }

    /// The quotations of many texts: one list of quote dicts per text, in
    /// the order of ``texts`` (any iterable of ``str``).
    ///
    /// The texts are processed in parallel by ``jobs`` threads (default: the
    /// number of CPUs) with the GIL released.
    ///
    /// An item that is not a ``str`` raises ``TypeError`` naming its index
    /// (``errors="raise"``, the default), or, with ``errors="skip"``, gives
    /// ``{"error": "item 3: expected str, got NoneType"}`` in its place. A
    /// ``str`` that cannot be encoded as UTF-8 (a lone surrogate) raises
    /// ``ValueError`` or gives an error entry in the same way.
    #[pyo3(signature = (texts, *, jobs = None, errors = "raise"))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = match errors {
            "raise" => OnError::Raise,
            "skip" => OnError::Skip,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be \"raise\" or \"skip\", not {other:?}"
                )));
            }
        };
        let jobs = match jobs {
            Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
            Some(n) => n,
            None => thread::available_parallelism().map_or(1, NonZeroUsize::get),
        };
        let not_iterable = || {
            PyTypeError::new_err(format!(
                "texts must be an iterable of str, not {}",
                type_name(texts)
            ))
        };
        if texts.is_instance_of::<PyString>() {
            return Err(not_iterable());
        }

        // Hold every item, then borrow their UTF-8 while detached.
        let mut items = Vec::new();
        for item in texts.try_iter().map_err(|_| not_iterable())? {
            items.push(item?);
        }
        let mut inputs: Vec<Result<&str, String>> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let text = match item.cast::<PyString>() {
                Err(_) => Err(PyTypeError::new_err(format!(
                    "item {i}: expected str, got {}",
                    type_name(item)
                ))),
                Ok(s) => s.to_str().map_err(|e| {
                    let err = PyValueError::new_err(format!("item {i}: {}", e.value(py)));
                    err.set_cause(py, Some(e));
                    err
                }),
            };
            let text = match (text, on_error) {
                (Ok(text), _) => Ok(text),
                (Err(err), OnError::Raise) => return Err(err),
                (Err(err), OnError::Skip) => Err(err.value(py).to_string()),
            };
            inputs.push(text);
        }

        let extractor = &self.inner;
        let found = py.detach(|| run_parallel(extractor, &inputs, jobs));

        let list = PyList::empty(py);
        for (input, found) in inputs.iter().zip(&found) {
            match (input, found) {
                (Err(msg), _) => {
                    let entry = PyDict::new(py);
                    entry.set_item(intern!(py, "error"), msg)?;
                    list.append(entry)?;
                }
                (Ok(_), found) => list.append(quote_list(py, found)?)?,
            }
        }
        Ok(list)
    }

    fn __repr__(&self) -> String {
        let o = &self.options;
        let py_bool = |b: bool| if b { "True" } else { "False" };
        let mut repr = format!(
            "Extractor(single_quotes='{}', multi_paragraph={}, max_quote_len={}, indirect={}",
            o.single_quotes_name(),
            py_bool(o.multi_paragraph),
            o.max_quote_len
                .map_or_else(|| "None".to_owned(), |n| n.to_string()),
            py_bool(o.indirect),
        );
        if !o.speech_verbs.is_empty() {
            repr += &format!(", speech_verbs=<{} verbs>", o.speech_verbs.len());
        }
        if let Some(verbs) = &o.replace_speech_verbs {
            repr += &format!(", replace_speech_verbs=<{} verbs>", verbs.len());
        }
        repr + ")"
    }

    /// Pickling (for example into Spark tasks): the keyword arguments that
    /// rebuild this extractor.
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let o = &self.options;
        let kwargs = PyDict::new(py);
        kwargs.set_item("speech_verbs", &o.speech_verbs)?;
        kwargs.set_item("replace_speech_verbs", &o.replace_speech_verbs)?;
        kwargs.set_item("single_quotes", o.single_quotes_name())?;
        kwargs.set_item("multi_paragraph", o.multi_paragraph)?;
        kwargs.set_item("max_quote_len", o.max_quote_len)?;
        kwargs.set_item("indirect", o.indirect)?;
        Ok((PyTuple::empty(py), kwargs))
    }
}

/// Extracts from every `Ok` input with up to `jobs` scoped threads, each
/// taking the next unclaimed text; results come back in input order (empty
/// for an `Err` input).
fn run_parallel<'t>(
    extractor: &Extractor,
    inputs: &[Result<&'t str, String>],
    jobs: usize,
) -> Vec<Vec<Found<'t>>> {
    let one = |input: &Result<&'t str, String>| match input {
        Ok(text) => extract_converted(extractor, text),
        Err(_) => Vec::new(),
    };
    let jobs = jobs.min(inputs.len());
    if jobs <= 1 {
        return inputs.iter().map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<Vec<Found<'t>>> = Vec::new();
    results.resize_with(inputs.len(), Vec::new);
    thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        done.push((i, one(input)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(done) => {
                    for (i, found) in done {
                        results[i] = found;
                    }
                }
                // Extraction does not panic; if it ever did, PyO3 turns the
                // panic into a PanicException.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    results
}

/// The native part of the `whosaid` package: :func:`extract_quotes` and
/// :class:`Extractor`.
#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_quotes, m)?)?;
    m.add_class::<PyExtractor>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

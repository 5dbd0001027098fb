//! The reusable extractor, its builder, and the pipeline that runs the
//! stages in order.

use std::sync::{Arc, LazyLock};

use crate::lexicon::Lexicon;
use crate::{Error, Quote};

/// How single quotation marks (`‘…’`, `'…'`) are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SingleQuotes {
    /// Decide per article: single marks quote speech when the article pairs
    /// more single-mark quotations than double-mark ones (British style);
    /// otherwise they nest inside double marks (American style), and only
    /// a single-mark quotation of three words or more outside any double
    /// one is a quotation.
    #[default]
    Auto,
    /// British style: single marks quote speech, double marks nest inside
    /// them; a double-mark quotation of three words or more outside any
    /// single one is a quotation too.
    Speech,
    /// American style: double marks quote speech, single marks only nest.
    Nested,
}

/// Options for an [`Extractor`]; see [`Extractor::builder`].
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    replace_verbs: Option<Vec<String>>,
    extra_verbs: Vec<String>,
    single_quotes: SingleQuotes,
    multi_paragraph: bool,
    max_quote_len: usize,
    indirect: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        let Options {
            single_quotes,
            multi_paragraph,
            max_quote_len,
            indirect,
        } = Options::DEFAULT;
        ExtractorBuilder {
            replace_verbs: None,
            extra_verbs: Vec::new(),
            single_quotes,
            multi_paragraph,
            max_quote_len,
            indirect,
        }
    }
}

impl ExtractorBuilder {
    /// Adds speech verbs to the built-in list. Give every inflection you want
    /// matched (`["quip", "quips", "quipped"]`).
    pub fn add_speech_verbs<I, S>(&mut self, verbs: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_verbs.extend(verbs.into_iter().map(Into::into));
        self
    }

    /// Replaces the built-in speech-verb list with `verbs` (verbs added with
    /// [`add_speech_verbs`](Self::add_speech_verbs) are still added).
    pub fn replace_speech_verbs<I, S>(&mut self, verbs: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.replace_verbs = Some(verbs.into_iter().map(Into::into).collect());
        self
    }

    /// How single quotation marks are read; [`SingleQuotes::Auto`] by default.
    pub fn single_quotes(&mut self, style: SingleQuotes) -> &mut Self {
        self.single_quotes = style;
        self
    }

    /// Whether the news convention for quotes over several paragraphs (each
    /// paragraph opens with a mark, only the last one closes) gives one
    /// quotation. On by default; when off, each paragraph's piece is a quote
    /// of its own.
    pub fn multi_paragraph_quotes(&mut self, yes: bool) -> &mut Self {
        self.multi_paragraph = yes;
        self
    }

    /// The longest quotation returned, in bytes of content (20,000 by
    /// default). Longer stretches between marks are taken for unbalanced
    /// marks and skipped.
    pub fn max_quote_len(&mut self, bytes: usize) -> &mut Self {
        self.max_quote_len = bytes;
        self
    }

    /// Whether reported speech without quotation marks is returned too, as
    /// quotes of [`Kind::Indirect`](crate::Kind::Indirect): `Lavrov warned
    /// that talks would get harder`, `Talks will resume, Lavrov said`,
    /// `According to him, …`. Off by default, so that
    /// [`extract_quotes`] returns what people call quotes. When on, a
    /// reported clause that holds a quoted fragment is one
    /// [`Kind::Mixed`](crate::Kind::Mixed) record spanning the clause.
    pub fn indirect_quotes(&mut self, yes: bool) -> &mut Self {
        self.indirect = yes;
        self
    }

    /// Builds the extractor, checking every option.
    pub fn build(&self) -> Result<Extractor, Error> {
        if self.max_quote_len == 0 {
            return Err(Error::MaxQuoteLength(0));
        }
        // Only reported speech scans for cues: a direct-only extractor
        // spares building the scan's automaton.
        let lexicon = Lexicon::with_cue_scan(
            self.replace_verbs.as_deref(),
            &self.extra_verbs,
            self.indirect,
        )?;
        Ok(Extractor {
            inner: Arc::new(Inner {
                lexicon,
                options: Options {
                    single_quotes: self.single_quotes,
                    multi_paragraph: self.multi_paragraph,
                    max_quote_len: self.max_quote_len,
                    indirect: self.indirect,
                },
            }),
        })
    }
}

/// The settings the stages read.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub single_quotes: SingleQuotes,
    pub multi_paragraph: bool,
    pub max_quote_len: usize,
    pub indirect: bool,
}

impl Options {
    /// The default settings, which [`ExtractorBuilder::default`] starts from.
    pub const DEFAULT: Options = Options {
        single_quotes: SingleQuotes::Auto,
        multi_paragraph: true,
        max_quote_len: 20_000,
        indirect: false,
    };
}

/// A configured quotation extractor: immutable, cheap to clone, and safe to
/// share between threads.
///
/// ```
/// let extractor = whosaid::Extractor::builder()
///     .add_speech_verbs(["quip", "quips", "quipped"])
///     .build()?;
/// let quotes = extractor.extract("\"Not today,\" Ada Park quipped.");
/// assert_eq!(quotes[0].speaker.as_deref(), Some("Ada Park"));
/// assert_eq!(quotes[0].cue.as_deref(), Some("quipped"));
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    lexicon: Lexicon,
    options: Options,
}

impl Extractor {
    /// A builder starting from the default settings.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Every quotation in `text`, in document order.
    ///
    /// Never fails and never panics: any string is an article, at worst one
    /// without quotations. Time is linear in the length of `text`.
    pub fn extract<'t>(&self, text: &'t str) -> Vec<Quote<'t>> {
        crate::pipeline::run(text, &self.inner.lexicon, &self.inner.options)
    }

    /// [`Extractor::extract`], reading the text in windows of about
    /// `window` bytes: which changes nothing but what stays in cache. Not
    /// API: for the tests that check so, inside the crate and out.
    #[doc(hidden)]
    pub fn extract_in_windows<'t>(&self, text: &'t str, window: usize) -> Vec<Quote<'t>> {
        crate::pipeline::run_in(text, &self.inner.lexicon, &self.inner.options, window)
    }
}

impl Default for Extractor {
    fn default() -> Self {
        DEFAULT.clone()
    }
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| {
    ExtractorBuilder::default()
        .build()
        .expect("the built-in lexicon builds")
});

/// Every quotation in `text` with the default settings, in document order.
///
/// The same as [`Extractor::default().extract(text)`](Extractor::extract);
/// the default extractor is built once per process.
pub fn extract_quotes(text: &str) -> Vec<Quote<'_>> {
    DEFAULT.extract(text)
}

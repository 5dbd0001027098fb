//! The one error type: building an [`Extractor`](crate::Extractor) can fail,
//! extracting never does.

/// Why an [`Extractor`](crate::Extractor) could not be built.
///
/// Extraction itself never fails; every error is reported by
/// [`ExtractorBuilder::build`](crate::ExtractorBuilder::build), before any
/// text is read. New variants may be added, so match with a wildcard arm.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A speech verb given to the builder is not usable: it is empty, has
    /// characters other than letters, `-` and `'`, or has more than one word.
    /// Pass single words such as `"quip"` or `"quipped"`; every inflection
    /// you want matched must be listed.
    #[error("speech verb {verb:?} is not a single word of letters")]
    InvalidSpeechVerb {
        /// The rejected entry as it was given.
        verb: String,
    },
    /// The speech-verb list would be empty, so no quotation could ever be
    /// attributed. Keep the built-in list or give at least one verb.
    #[error("the speech-verb list is empty")]
    NoSpeechVerbs,
    /// The maximum quote length is below the smallest useful value (one
    /// byte). Pass a positive length, or `usize::MAX` for no limit.
    #[error("maximum quote length must be at least 1 byte, got {0}")]
    MaxQuoteLength(usize),
    /// The speech-cue automaton could not be built (for example because the
    /// lexicon grew past the automaton's size limit).
    #[error("could not build the speech-cue automaton: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
}

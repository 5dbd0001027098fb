//! The command line, declared with clap's derive API.
//!
//! Everything here is declaration: what each flag means for a run is decided
//! in the `extract` module and in [`crate::evaluate`]. The one piece of logic is
//! [`LibraryArgs::extractor`], which turns the library's flags into an
//! [`Extractor`].

use std::fs;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use whosaid::{Extractor, SingleQuotes};

use crate::Error;
use crate::output::Format;

const ABOUT: &str =
    "Finds who said what in news text: every quotation, its speaker, cue and topic.";

const LONG_ABOUT: &str = "\
Finds who said what in news text: every quotation, its speaker, cue and topic.

Reads articles from files, from directories (recursively: every regular file
that is not hidden and does not look binary), or from standard input (`-`, or
no PATH at all). With --jsonl each line of the input is a JSON object holding
one article; the output then has exactly one line per input line, in the same
order: {\"id\": ..., \"quotes\": [...]} or, for a line that cannot be read,
{\"id\": ..., \"error\": \"line N: ...\"}. Blank input lines are echoed as blank
lines. Offsets in the output are UTF-8 byte offsets into the article text.

Errors name the file (and line); the other inputs are still processed.
Exit status: 0 when every input was read, 1 when any input had an error,
2 for a usage error.";

/// `whosaid [OPTIONS] [PATH]...` or `whosaid eval [--attributions] GOLD [PRED]`.
#[derive(Debug, Parser)]
#[command(
    name = "whosaid",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A subcommand; without one, whosaid extracts quotes.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The arguments of the default (extraction) command.
    #[command(flatten)]
    pub extract: ExtractArgs,
}

/// Subcommands. (A file named like one is given as `./eval`.)
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score quote extraction and attribution against gold annotations.
    #[command(long_about = EVAL_LONG_ABOUT)]
    Eval(EvalArgs),
}

/// Arguments of the extraction command.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories (searched recursively) or `-` for standard input
    /// [default: -]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Read JSON Lines: one JSON object per line, the article in --text-field
    #[arg(long)]
    pub jsonl: bool,

    /// With --jsonl: the field holding the article text
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    pub text_field: String,

    /// With --jsonl: the field copied to the output's "id"
    #[arg(long, value_name = "NAME", default_value = "id", requires = "jsonl")]
    pub id_field: String,

    /// Output format [default: pretty on a terminal, else jsonl]
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Replace invalid UTF-8 with U+FFFD instead of reporting an error
    #[arg(long)]
    pub lossy: bool,

    /// Articles processed in parallel [default: all cores]
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// No progress bar and no summary line (errors are still reported)
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// Options of the extractor.
    #[command(flatten)]
    pub library: LibraryArgs,
}

const EVAL_LONG_ABOUT: &str = "\
Score quote extraction and attribution against gold annotations.

GOLD is JSON Lines in the format of the PolNeAR corpus: {\"id\", \"text\",
\"quotes\": [{\"start\", \"end\", \"speaker\", \"speaker_start\", \"speaker_end\",
\"kind\"}], \"unattributed_quotes\": [{\"start\", \"end\"}]}, offsets in Unicode
code points. Without PRED, whosaid runs its extractor over the gold texts
(the extractor flags apply); with PRED it scores that file: one
{\"id\", \"quotes\"} line per article as `whosaid --jsonl` writes it (give
--byte-offsets for its byte offsets). Blank lines are skipped, a repeated id
is an error, and ids found in only one file are reported on stderr. The
numbers are those of tools/score.py, line for line.

Metrics, micro-averaged over all quotes:
  exact        the predicted span (start, end) equals a gold span.
  exact-trim   equal after trimming whitespace, punctuation and quote marks
               from both ends of both spans (forgives \"said,\" vs \"said\").
  overlap      at least one shared character; one-to-one greedy matching,
               largest overlap first (ties: smaller start+end distance, then
               file order).
  attribution  an overlap-matched pair whose speakers match.
P = true positives / predictions, R = true positives / gold quotes,
F1 their harmonic mean. \"attribution accuracy\" is correct speakers /
overlap-matched pairs, split by whether the gold speaker is a name or a
pronoun; \"overlap recall, kind=K\" is the overlap recall per gold kind.

Speakers match (case-insensitively) when both are null; or when, as word
tokens (curly apostrophes straightened, a final possessive 's dropped), the
lists are equal or the last token of either occurs in the other (\"Sergey
Lavrov\" ~ \"Lavrov\"); pronouns compare literally. A prediction is also
right when its mention span (at most 120 characters) overlaps the gold
speaker span: gold has no coreference, so resolving the gold \"he\" to
\"Barack Obama\" from the mention \"he\" counts as right.

With --attributions, attributions of every kind (direct, indirect, mixed)
are scored against the gold records' \"attributions\" ({\"content_spans\",
\"source\", \"source_spans\", \"direct\", \"has_quote_marks\"}, as the PolNeAR
files carry them). Without PRED the extractor runs with --indirect on. The
numbers are those of tools/score_attr.py, line for line:
  significant  characters that are not whitespace, quote marks, \",\" or
               \".\"; a prediction without any is skipped, not scored.
  correct      a prediction with at least half of its significant
               characters in the content of one gold attribution g is
               correct for g.
  recalled     g, when predictions correct for g cover at least half of
               its significant content characters.
  +speaker     correct for g also needs the right speaker: the predicted
               mention (at most 120 characters) overlaps g's source, or
               the speakers match as above (null matches null).
P = correct / scored predictions, R = recalled / gold attributions, F1
their harmonic mean, micro-averaged. Also printed: recall per gold subset
(direct; indirect, split into mixed and plain; source named, pronoun or
none), precision per predicted kind, speaker accuracy on recalled gold, and
character-level content P and R.";

/// Arguments of `whosaid eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold annotations (JSON Lines, code point offsets)
    pub gold: PathBuf,

    /// Predictions to score instead of running the extractor
    pub pred: Option<PathBuf>,

    /// PRED offsets are UTF-8 byte offsets (as `whosaid --jsonl` writes)
    #[arg(long, requires = "pred")]
    pub byte_offsets: bool,

    /// Score attributions of every kind, direct and indirect, against gold
    /// "attributions" (the metrics of score_attr.py)
    #[arg(long)]
    pub attributions: bool,

    /// Drop gold quotes of kind "partial" (quoted fragments inside
    /// paraphrase); predictions overlapping only them are ignored
    #[arg(long, conflicts_with = "attributions")]
    pub exclude_partial: bool,

    /// Ignore predictions that match no gold quote but overlap a gold
    /// unattributed span (scare quotes, titles) instead of counting them
    /// as false positives
    #[arg(long, conflicts_with = "attributions")]
    pub ignore_unattributed: bool,

    /// Print the metrics as JSON (the keys of score.py --json, or of
    /// score_attr.py --json)
    #[arg(long)]
    pub json: bool,

    /// Articles processed in parallel when running the extractor
    /// [default: all cores]
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// Options of the extractor (used when no PRED is given).
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// The options of [`whosaid::ExtractorBuilder`], one flag each.
#[derive(Debug, Args)]
#[command(next_help_heading = "Extractor options")]
pub struct LibraryArgs {
    /// Add the speech verbs in FILE (one word a line, every inflection
    /// listed; blank lines and lines starting with # are skipped)
    #[arg(long, value_name = "FILE")]
    pub speech_verbs: Vec<PathBuf>,

    /// Use the speech verbs in FILE instead of the built-in list
    #[arg(long, value_name = "FILE")]
    pub replace_speech_verbs: Option<PathBuf>,

    /// How single quotation marks are read
    #[arg(long, value_enum, value_name = "STYLE", default_value_t = SingleQuotesArg::Auto)]
    pub single_quotes: SingleQuotesArg,

    /// Report each paragraph of a multi-paragraph quotation separately
    #[arg(long)]
    pub no_multi_paragraph: bool,

    /// Longest quotation reported, in bytes [default: the library's]
    #[arg(long, value_name = "BYTES")]
    pub max_quote_len: Option<usize>,

    /// Report reported speech without quotation marks too ("kind":
    /// "indirect"), and a reported clause holding quoted words as one
    /// "mixed" record
    #[arg(long)]
    pub indirect: bool,
}

/// `--single-quotes`, mirroring [`SingleQuotes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SingleQuotesArg {
    /// Decide per article (British style when single marks dominate)
    Auto,
    /// British style: single marks quote speech
    Speech,
    /// American style: single marks only nest inside double marks
    Nested,
}

impl From<SingleQuotesArg> for SingleQuotes {
    fn from(arg: SingleQuotesArg) -> Self {
        match arg {
            SingleQuotesArg::Auto => SingleQuotes::Auto,
            SingleQuotesArg::Speech => SingleQuotes::Speech,
            SingleQuotesArg::Nested => SingleQuotes::Nested,
        }
    }
}

/// A speech verb read from a file, remembered with its origin so that a verb
/// the library rejects can be reported as `FILE:LINE`.
struct Verb {
    word: String,
    path: PathBuf,
    line: usize,
}

impl LibraryArgs {
    /// Reads the verb files and builds the extractor. Unreadable files and
    /// options the library rejects are usage errors.
    pub fn extractor(&self) -> Result<Extractor, Error> {
        self.build(self.indirect)
    }

    /// [`Self::extractor`] with reported speech on whether or not
    /// `--indirect` was given, for `eval --attributions`.
    pub fn indirect_extractor(&self) -> Result<Extractor, Error> {
        self.build(true)
    }

    fn build(&self, indirect: bool) -> Result<Extractor, Error> {
        let mut builder = Extractor::builder();
        let mut verbs = Vec::new();
        if let Some(path) = &self.replace_speech_verbs {
            let replacement = read_verbs(path)?;
            builder.replace_speech_verbs(replacement.iter().map(|v| v.word.clone()));
            verbs.extend(replacement);
        }
        for path in &self.speech_verbs {
            let added = read_verbs(path)?;
            builder.add_speech_verbs(added.iter().map(|v| v.word.clone()));
            verbs.extend(added);
        }
        builder
            .single_quotes(self.single_quotes.into())
            .multi_paragraph_quotes(!self.no_multi_paragraph)
            .indirect_quotes(indirect);
        if let Some(len) = self.max_quote_len {
            builder.max_quote_len(len);
        }
        builder.build().map_err(|e| {
            let origin = match &e {
                whosaid::Error::InvalidSpeechVerb { verb } => verbs
                    .iter()
                    .find(|v| v.word == *verb)
                    .map(|v| format!(" ({}:{})", v.path.display(), v.line)),
                _ => None,
            };
            Error::Usage(format!("{e}{}", origin.unwrap_or_default()))
        })
    }
}

fn read_verbs(path: &Path) -> Result<Vec<Verb>, Error> {
    let text = fs::read_to_string(path)
        .map_err(|e| Error::Usage(format!("cannot read speech verbs {}: {e}", path.display())))?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, word)| !word.is_empty() && !word.starts_with('#'))
        .map(|(line, word)| Verb {
            word: word.to_string(),
            path: path.to_path_buf(),
            line,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

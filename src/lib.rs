//! Finds who said what in news text: every quotation in an article, with
//! its speaker, its speech cue and the topic it falls under.
//!
//! # Overview
//!
//! Give [`extract_quotes`] an article as a `&str`; it returns every
//! [`Quote`] in document order. Each quote says what was said
//! ([`text`](Quote::text), [`span`](Quote::span)), who said it
//! ([`speaker`](Quote::speaker), resolved to a full name even when the
//! article says "he" or "the minister"), how the article says so
//! ([`cue`](Quote::cue)), under which heading ([`topic`](Quote::topic)), and
//! which [`Rule`] made the attribution. For other settings, build an
//! [`Extractor`] once and reuse it; it is cheap to clone and shares across
//! threads.
//!
//! Reported speech without quotation marks ("Lavrov warned that talks
//! would get harder") is returned too when asked for, as quotes of
//! [`Kind::Indirect`], with
//! [`ExtractorBuilder::indirect_quotes`].
//!
//! There is no model and no network: the rules and word lists are compiled
//! into the crate.
//!
//! # Usage
//!
//! ```
//! let article = "Talks Resume\n\n\
//!     \"We are ready to meet,\" Foreign Minister Ana Ruiz said on Monday.\n\
//!     \"The door is open.\"";
//! let quotes = whosaid::extract_quotes(article);
//! assert_eq!(quotes.len(), 2);
//! assert_eq!(quotes[0].text, "We are ready to meet");
//! assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
//! assert_eq!(quotes[0].cue.as_deref(), Some("said"));
//! assert_eq!(quotes[0].topic.as_deref(), Some("Talks Resume"));
//! assert_eq!(quotes[1].speaker.as_deref(), Some("Ana Ruiz"));
//! assert_eq!(quotes[1].rule.name(), "continues-speaker");
//! ```
//!
//! # The pipeline
//!
//! One module per stage, each handing a typed result to the next:
//! **layout** (blocks: title, headings, body, page furniture such as
//! captions, credits and teasers) → **sentences** (a linear splitter aware
//! of abbreviations and initials) → **marks** (quotation marks paired per
//! paragraph, apostrophes told apart, multi-paragraph quotes joined) →
//! **cues** (speech verbs and phrases from the lexicon) → **rules** (named
//! attribution rules over the words around each quotation) → **speakers**
//! (mentions and their resolution: surnames, pronouns, role nouns,
//! organisations) → **topic**, with **reported** speech read from the cues
//! when asked for. The word lists live in `src/lexicon/*.txt`.
//!
//! # Performance
//!
//! The whole text is read by a few cheap passes (line breaks and
//! quotation-mark bytes found with memchr, caption words by a vectorised
//! search, and with reported speech on, one aho-corasick scan for cues);
//! everything else works on bounded windows next to quotations and cues,
//! and a word costs one table look-up for all its word lists; names are
//! read only where a speaker's resolution needs them. On the PolNeAR news
//! texts one thread spends about 65 instructions a byte (182 with reported
//! speech) and runs over 2,000 times as fast as textacy on spaCy.
//! Throughput is measured in `benches/`, per stage too.
//!
//! # Untrusted input
//!
//! Any `&str` is a valid article. Extraction never panics and never fails,
//! and its time is linear in the length of the input: unbalanced marks are
//! dropped at the end of their paragraph, and every rule reads a window of
//! bounded size. Every [`Span`] lies on UTF-8 boundaries of the input.
//!
//! # Limitations
//!
//! English news prose only. Attribution is by layout and word lists, not
//! by parsing: a cue far from its quotation is missed, and a speaker named
//! only by a description the article never ties to a name is given in the
//! description's own words ("a city spokeswoman"). Quotations nested inside
//! another are part of it, never reported alone. One exception, with
//! reported speech on: a transcript's or interview's turn without quotation
//! marks stays its speaker's quote, and what the speaker reports others
//! saying inside it comes back as its own indirect record too, inside the
//! turn's span, as annotators of reported speech count it.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cues;
mod error;
mod extractor;
mod layout;
mod lexicon;
mod marks;
mod pipeline;
mod quote;
mod reported;
mod rules;
mod sentences;
mod span;
mod speakers;
#[doc(hidden)]
pub mod stages;
mod topic;
mod words;

#[cfg(test)]
mod tests;

// The README's example runs as a doctest, so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use crate::error::Error;
pub use crate::extractor::{Extractor, ExtractorBuilder, SingleQuotes, extract_quotes};
pub use crate::quote::{Kind, OwnedQuote, Quote, Rule};
pub use crate::span::Span;

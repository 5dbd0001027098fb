//! The stages in order, from the input text to [`Quote`]s.

use std::borrow::Cow;

use crate::extractor::Options;
use crate::layout::{self, BlockKind};
use crate::lexicon::Lexicon;
use crate::marks::{self, Quotation};
use crate::rules::{self, Attribution, Context, Source};
use crate::speakers::{MentionKind, Resolver};
use crate::{Quote, Span, sentences, topic};

/// Runs every stage over `text`.
pub(crate) fn run<'t>(text: &'t str, lexicon: &Lexicon, options: &Options) -> Vec<Quote<'t>> {
    let layout = layout::layout(text, lexicon);
    let quotations = marks::quotations(text, &layout.blocks, lexicon, options);
    if quotations.is_empty() {
        return Vec::new();
    }
    let sentences: Vec<Vec<Span>> = layout
        .blocks
        .iter()
        .map(|b| {
            if b.kind == BlockKind::Furniture {
                Vec::new()
            } else {
                sentences::sentences(text, b.span, lexicon)
            }
        })
        .collect();
    let topics = topic::topics(&layout);
    let cx = Context {
        text,
        lexicon,
        blocks: &layout.blocks,
        sentences: &sentences,
        quotations: &quotations,
    };
    let outside = outside_quotations(&layout, &quotations);
    let mut resolver = Resolver::new(text, outside, lexicon);

    let mut quotes: Vec<Quote<'t>> = Vec::with_capacity(quotations.len());
    // The attribution of the quotation before, which the next one may
    // continue.
    let mut previous: Option<Said<'t>> = None;
    for (qi, q) in quotations.iter().enumerate() {
        let Some(a) = rules::attribute(&cx, qi, previous.is_some()) else {
            previous = None;
            continue;
        };
        let said = match a.source {
            Source::Mention(m) => Said {
                speaker: resolver
                    .resolve(&m, lexicon)
                    .or_else(|| named_mention(text, &m)),
                mention: Some(m.span),
                cue: a.cue,
            },
            Source::Previous => previous.clone().unwrap_or_default(),
            Source::Unknown => Said {
                cue: a.cue,
                ..Said::default()
            },
        };
        quotes.push(build(text, q, &a, &said, topics[q.first_block]));
        previous = Some(said);
    }
    quotes
}

/// Who said a quotation and with which words: what a continuing quotation
/// inherits from the one before.
#[derive(Clone, Debug, Default)]
struct Said<'t> {
    speaker: Option<Cow<'t, str>>,
    mention: Option<Span>,
    cue: Option<Span>,
}

/// The speaker named by a mention that could not be resolved to anyone
/// else: its own words.
fn named_mention<'t>(text: &'t str, m: &crate::speakers::Mention) -> Option<Cow<'t, str>> {
    match m.kind {
        MentionKind::Person { name, .. } | MentionKind::Org { name } => {
            Some(Cow::Borrowed(&text[name.start..name.end]))
        }
        _ => None,
    }
}

fn build<'t>(
    text: &'t str,
    q: &Quotation,
    a: &Attribution,
    said: &Said<'t>,
    topic: Option<Span>,
) -> Quote<'t> {
    let words = |s: Span| Cow::Borrowed(&text[s.start..s.end]);
    Quote {
        text: quote_text(text, q),
        speaker: said.speaker.clone(),
        mention: said.mention.map(words),
        cue: said.cue.map(words),
        topic: topic.map(words),
        kind: a.kind,
        rule: a.rule,
        confidence: a.rule.confidence(),
        span: q.content(),
        speaker_span: said.mention,
        cue_span: said.cue,
    }
}

fn clean(s: &str) -> &str {
    s.trim().trim_end_matches(',').trim_end()
}

/// The quotation's text: its pieces trimmed and joined with one space, a
/// comma before the attribution dropped.
fn quote_text<'t>(text: &'t str, q: &Quotation) -> Cow<'t, str> {
    match q.pieces.as_slice() {
        [one] => Cow::Borrowed(clean(&text[one.start..one.end])),
        pieces => {
            let mut out = String::new();
            for p in pieces {
                let piece = text[p.start..p.end].trim();
                if piece.is_empty() {
                    continue;
                }
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(piece);
            }
            let len = clean(&out).len();
            out.truncate(len);
            Cow::Owned(out)
        }
    }
}

/// The running text of the article outside quotations: where names are
/// looked for.
fn outside_quotations(layout: &layout::Layout, quotations: &[Quotation]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut qi = 0;
    for b in layout.blocks.iter().filter(|b| b.kind == BlockKind::Body) {
        let mut pos = b.span.start;
        while qi < quotations.len() && quotations[qi].open.start < b.span.end {
            let q = &quotations[qi];
            if q.open.start > pos {
                out.push(Span::new(pos, q.open.start));
            }
            pos = pos.max(q.close.end);
            if q.close.end > b.span.end {
                break;
            }
            qi += 1;
        }
        if pos < b.span.end {
            out.push(Span::new(pos, b.span.end));
        }
    }
    out
}

//! The stages in order, from the input text to [`Quote`]s.

use std::borrow::Cow;

use crate::extractor::Options;
use crate::layout::{self, BlockKind};
use crate::lexicon::Lexicon;
use crate::marks::{self, Quotation, outside_quotations};
use crate::reported::{self, Reported};
use crate::rules::{self, Attribution, Context, Source};
use crate::sentences::Sentences;
use crate::span::walk_to;
use crate::speakers::{MentionKind, Resolver};
use crate::topic::Topics;
use crate::{Kind, Quote, Rule, Span};

/// Runs every stage over `text`.
pub(crate) fn run<'t>(text: &'t str, lexicon: &Lexicon, options: &Options) -> Vec<Quote<'t>> {
    // Layout and marks go a window of text at a time, each window's marks
    // paired right after its lines are read: on a long text the pairing
    // finds the window's text and blocks still in cache.
    let mut pairing = marks::Pairing::new(text, lexicon, options, layout::WINDOW);
    let layout = layout::layout_in(text, lexicon, layout::WINDOW, &mut |blocks| {
        pairing.pair(blocks)
    });
    let quotations = pairing.finish(&layout.blocks);
    if quotations.is_empty() && !options.indirect {
        return Vec::new();
    }
    let sentences = Sentences::new(layout.blocks.len(), text.len());
    let mut topics = Topics::new(&layout);
    let cx = Context {
        text,
        lexicon,
        blocks: &layout.blocks,
        sentences: &sentences,
        quotations: &quotations,
        sentence_cursor: Default::default(),
    };

    // Each quotation's attribution, in order: a quotation may continue the
    // speaker of the one before.
    let direct = rules::attribute_all(&cx);
    let mut reports = if options.indirect {
        reported::reported(&cx)
    } else {
        Vec::new()
    };
    // The sentences are not read from here on: freed now, what the stages
    // after allocate goes into memory already in use rather than into
    // fresh pages, which on a long text cost a fault each.
    drop(sentences);
    // A reported clause that holds quoted words is one mixed record; the
    // quotations inside it are part of it, not records of their own.
    let mut absorbed = vec![false; quotations.len()];
    // The first quotation whose mark ends after a report's start: reports
    // come in order, so it is walked to from the last report's rather than
    // searched for over all quotations.
    let mut first = 0;
    for r in &mut reports {
        walk_to(&quotations, &mut first, |q| q.open.end <= r.content.start);
        for (qi, q) in quotations.iter().enumerate().skip(first) {
            if q.open.start >= r.content.end {
                break;
            }
            if direct[qi].is_some() {
                absorbed[qi] = true;
                r.attribution.kind = Kind::Mixed;
            }
        }
    }

    // Room for every quotation and report: a bound known without a pass
    // counting the attributed quotations.
    let mut events: Vec<Event> = Vec::with_capacity(direct.len() + reports.len());
    events.extend(
        (direct.iter().enumerate())
            .filter_map(|(qi, a)| a.as_ref().map(|a| Event::Quotation(qi, a)))
            .chain(reports.iter().map(Event::Reported)),
    );
    // Two runs in order, merged: a stable sort finds the runs and merges
    // them in linear time.
    events.sort_by_key(|e| e.start(&quotations));

    if events.is_empty() {
        return Vec::new();
    }
    // Names are read where resolution looks for them: the lede, which
    // introduces people in full, and the few paragraphs up to each
    // attribution, where its pronouns and role nouns point.
    let mut near = vec![false; layout.blocks.len()];
    for b in events.iter().map(|e| e.block(&quotations)) {
        for n in &mut near[b.saturating_sub(NAME_LOOKBACK)..=b] {
            *n = true;
        }
    }
    let lede = layout
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Body)
        .take(LEDE)
        .map(|(i, _)| i);
    for i in lede {
        near[i] = true;
    }
    let title = layout
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| b.span);
    let outside = outside_quotations(
        &layout.blocks,
        &quotations,
        |bi, b| b.kind == BlockKind::Body && near[bi],
        false,
    );
    // Nor are the blocks, and which of them are near an attribution, from
    // here on: freed as well.
    drop(layout);
    drop(near);
    let mut resolver = Resolver::new(text, outside, events.len()).with_title(title);
    let mut quotes: Vec<Quote<'t>> = Vec::with_capacity(events.len());
    // The attribution of the quotation before, which the next one may
    // continue.
    let mut previous: Option<Said<'t>> = None;
    for event in events {
        match event {
            Event::Quotation(qi, a) => {
                let said = match a.source {
                    Source::Previous => previous.clone().unwrap_or_default(),
                    _ => said(text, a, &mut resolver, lexicon),
                };
                let q = &quotations[qi];
                let from = turn_start(text, q, a);
                let words = quote_text(text, q, from);
                // Marks around nothing but punctuation (`", ,"`) quote no
                // one.
                if !absorbed[qi] && words.contains(char::is_alphanumeric) {
                    let content = q.content();
                    quotes.push(build(
                        text,
                        words,
                        Span::new(from.clamp(content.start, content.end), content.end),
                        a,
                        &said,
                        topics.of(q.first_block),
                    ));
                }
                previous = Some(said);
            }
            Event::Reported(r) => {
                let said = said(text, &r.attribution, &mut resolver, lexicon);
                let content = Cow::Borrowed(&text[r.content.start..r.content.end]);
                quotes.push(build(
                    text,
                    content,
                    r.content,
                    &r.attribution,
                    &said,
                    topics.of(r.block),
                ));
            }
        }
    }
    quotes
}

/// One attribution to resolve and report, in document order: indices and
/// references, small whatever an attribution holds.
#[derive(Clone, Copy, Debug)]
enum Event<'a> {
    /// A quotation, by index, and its attribution.
    Quotation(usize, &'a Attribution),
    /// Reported speech.
    Reported(&'a Reported),
}

/// How many paragraphs before an attribution its names are read from.
const NAME_LOOKBACK: usize = 2;
/// How many opening paragraphs are read for names in any case.
const LEDE: usize = 3;

impl Event<'_> {
    /// The block the attribution is made in.
    fn block(&self, quotations: &[Quotation]) -> usize {
        match self {
            Event::Quotation(qi, _) => quotations[*qi].last_block,
            Event::Reported(r) => r.block,
        }
    }

    fn start(&self, quotations: &[Quotation]) -> usize {
        match self {
            Event::Quotation(qi, _) => quotations[*qi].open.start,
            Event::Reported(r) => r.content.start,
        }
    }
}

/// Who said it, for an attribution that names its source (or none).
fn said<'t>(
    text: &'t str,
    a: &Attribution,
    resolver: &mut Resolver<'t>,
    lexicon: &Lexicon,
) -> Said<'t> {
    match a.source {
        Source::Mention(m) => Said {
            speaker: resolver
                .resolve(&m, lexicon)
                .or_else(|| named_mention(text, &m)),
            mention: Some(m.span),
            cue: a.cue,
        },
        Source::Previous | Source::Unknown => Said {
            cue: a.cue,
            ..Said::default()
        },
    }
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
    content: Cow<'t, str>,
    span: Span,
    a: &Attribution,
    said: &Said<'t>,
    topic: Option<Span>,
) -> Quote<'t> {
    let words = |s: Span| Cow::Borrowed(&text[s.start..s.end]);
    Quote {
        text: content,
        speaker: said.speaker.clone(),
        mention: said.mention.map(words),
        // A cue is a word of the lexicon, so its form is lower case even
        // where a sentence or headline capitalises it ("According to").
        cue: said.cue.map(|c| match &text[c.start..c.end] {
            lower if !lower.chars().any(char::is_uppercase) => Cow::Borrowed(lower),
            capitalised => Cow::Owned(capitalised.to_lowercase()),
        }),
        topic: topic.map(words),
        kind: a.kind,
        rule: a.rule,
        confidence: a.rule.confidence(),
        span,
        speaker_span: said.mention,
        cue_span: said.cue,
    }
}

fn clean(s: &str) -> &str {
    s.trim()
        .trim_end_matches(|c: char| c == ',' || c.is_whitespace())
}

/// Where a transcript turn's words start. A turn set out without marks
/// starts after its speaker's label ("RUIZ: The port pays" says "The port
/// pays"), which names the speaker as a cue would and is no part of what
/// was said. A quoted transcript's marks enclose its labels (`"RUIZ: The
/// port pays."`), and its quotation is what they enclose, as the corpora
/// mark it. Any other quotation's words start where it does (0 here: no
/// later than its first piece).
fn turn_start(text: &str, q: &Quotation, a: &Attribution) -> usize {
    match (a.rule, a.source) {
        (Rule::SpeakerLabel, Source::Mention(label)) if q.open.is_empty() => {
            let rest = &text[label.span.end..];
            text.len() - rest.trim_start_matches(':').trim_start().len()
        }
        _ => 0,
    }
}

/// The quotation's text from byte `from` on: its pieces trimmed and joined
/// with one space, a comma before the attribution dropped.
fn quote_text<'t>(text: &'t str, q: &Quotation, from: usize) -> Cow<'t, str> {
    let clip = |p: &Span| Span::new(p.start.max(from).min(p.end), p.end);
    match q.pieces.as_slice() {
        [one] => {
            let one = clip(one);
            Cow::Borrowed(clean(&text[one.start..one.end]))
        }
        pieces => {
            let mut out = String::new();
            for p in pieces.iter().map(clip) {
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

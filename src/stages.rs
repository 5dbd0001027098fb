//! Each pipeline stage run alone, for the throughput benches in
//! `benches/throughput.rs`: a regression there points at its stage.
//!
//! Not API. This module exists for benches only; it is hidden from the
//! docs, follows no semver promise, and may change with any commit. Every
//! function returns a count so the work cannot be optimised away.

use std::sync::{LazyLock, Mutex, PoisonError};

use crate::extractor::Options;
use crate::layout::{self, BlockKind, Layout};
use crate::lexicon::Lexicon;
use crate::marks::{self, Quotation};
use crate::rules::{self, Attribution, Context, Source};
use crate::sentences::Sentences;
use crate::speakers::Resolver;
use crate::{Span, cues, reported, sentences};

static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(None, &[]).expect("the built-in lexicon builds"));

static OPTIONS: Options = Options::DEFAULT;

/// The hand-offs between stages for one text, computed once so each stage
/// can be timed without the ones before it.
pub struct Prepared<'t> {
    text: &'t str,
    layout: Layout,
    /// Locked for each stage run: the store splits a block when first
    /// asked, and prepared texts are shared between bench threads.
    sentences: Mutex<Sentences>,
    quotations: Vec<Quotation>,
    running: Vec<Span>,
    attributions: Vec<Option<Attribution>>,
}

impl<'t> Prepared<'t> {
    /// Runs every stage over `text` and keeps what each one hands on.
    pub fn new(text: &'t str) -> Prepared<'t> {
        let lexicon = &*LEXICON;
        let layout = layout::layout(text, lexicon);
        let sentences = Mutex::new(Sentences::new(layout.blocks.len(), text.len()));
        let quotations = marks::quotations(text, &layout.blocks, lexicon, &OPTIONS);
        let running = marks::outside_quotations(
            &layout.blocks,
            &quotations,
            |_, b| b.kind == BlockKind::Body,
            false,
        );
        let mut p = Prepared {
            text,
            layout,
            sentences,
            quotations,
            running,
            attributions: Vec::new(),
        };
        // Split up front here, so the rules bench times the rules alone.
        with_context(&p, |cx| {
            for block in 0..p.layout.blocks.len() {
                cx.sentences(block, |_| ());
            }
        });
        p.attributions = attribute_all(&p);
        p
    }

    /// How many quotations the marks stage paired.
    pub fn quotations(&self) -> usize {
        self.quotations.len()
    }
}

/// What `run` makes of the context the rules read for `p`.
fn with_context<R>(p: &Prepared<'_>, run: impl FnOnce(&Context<'_>) -> R) -> R {
    let sentences = p.sentences.lock().unwrap_or_else(PoisonError::into_inner);
    run(&Context {
        text: p.text,
        lexicon: &LEXICON,
        blocks: &p.layout.blocks,
        sentences: &sentences,
        quotations: &p.quotations,
        sentence_cursor: Default::default(),
    })
}

fn attribute_all(p: &Prepared<'_>) -> Vec<Option<Attribution>> {
    with_context(p, rules::attribute_all)
}

/// Stage 1: the number of blocks.
pub fn layout(text: &str) -> usize {
    layout::layout(text, &LEXICON).blocks.len()
}

/// Stage 2 over every non-furniture block: the number of sentences.
pub fn sentences(p: &Prepared<'_>) -> usize {
    let mut all = Vec::new();
    for b in &p.layout.blocks {
        sentences::split_block(p.text, b, &LEXICON, &mut all);
    }
    all.len()
}

/// Stage 3: the number of quotations.
pub fn marks(p: &Prepared<'_>) -> usize {
    marks::quotations(p.text, &p.layout.blocks, &LEXICON, &OPTIONS).len()
}

/// Stage 4, the whole-text scan for speech verbs and source phrases that
/// indirect speech starts from: the number of cues.
pub fn cues(text: &str) -> usize {
    cues::scan(text, &LEXICON).count()
}

/// Indirect speech over the prepared text: the number of reported clauses.
pub fn reported(p: &Prepared<'_>) -> usize {
    with_context(p, |cx| reported::reported(cx, &[])).len()
}

/// Stage 5: the number of quotations the rules attribute.
pub fn rules(p: &Prepared<'_>) -> usize {
    attribute_all(p).iter().flatten().count()
}

/// Stage 6: collects the names of the running text, then resolves every
/// attributed mention; the number resolved to a speaker.
pub fn speakers(p: &Prepared<'_>) -> usize {
    let mut resolver = Resolver::new(p.text, p.running.iter().copied(), p.attributions.len());
    p.attributions
        .iter()
        .flatten()
        .filter_map(|a| match a.source {
            // All the running text is known: every mention resolves.
            Source::Mention(m) => resolver.resolve(&m, &LEXICON).ok().flatten(),
            _ => None,
        })
        .count()
}

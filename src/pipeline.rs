//! The stages in order, from the input text to [`Quote`]s.
//!
//! A long text is read a window of paragraphs at a time, each window
//! through every stage (layout, marks, rules, reported speech, speakers)
//! while its text is in cache, in lists kept from one window to the next;
//! a window ends at a paragraph break that no quotation is open across.
//! Only what the windows found is kept: the quotes, and the running text
//! near attributions, where the resolver looks for names. A speaker whose
//! resolution may depend on the text still to come (a surname whose full
//! name may follow, a role noun whose holder may be named a few paragraphs
//! on) waits for it, and the attributions after it with it.

use std::borrow::Cow;
use std::collections::VecDeque;

use crate::extractor::Options;
use crate::layout::{self, BlockKind, Blocks};
use crate::lexicon::Lexicon;
use crate::marks::{self, Pairing, Quotation, Style, outside_quotations_into};
use crate::reported::{self, Reported};
use crate::rules::{Attribution, Attributor, Context, Source, may_head_an_item, title_waits};
use crate::sentences::Sentences;
use crate::span::walk_to;
use crate::speakers::{MentionKind, Resolver, Unsettled};
use crate::topic::Topics;
use crate::words::{is_finite_like, words};
use crate::{Kind, Quote, Rule, Span};

/// Runs every stage over `text`.
pub(crate) fn run<'t>(text: &'t str, lexicon: &Lexicon, options: &Options) -> Vec<Quote<'t>> {
    run_in(text, lexicon, options, layout::WINDOW)
}

/// [`run`], reading the text in windows of about `window` bytes: how much
/// is read at once changes nothing but what stays in cache.
pub(crate) fn run_in<'t>(
    text: &'t str,
    lexicon: &Lexicon,
    options: &Options,
    window: usize,
) -> Vec<Quote<'t>> {
    // The style of the marks is the whole article's, known once all of it
    // is paired: the windows read before then go by the style of the
    // pairs so far, and should the article's differ (never in a text of
    // one style), the text is read again in its own. Where the article's
    // style is left untold by the count of its double pairs up to its
    // single ones, it is read again counting every pair.
    let mut style = None;
    let mut count_every_double = false;
    loop {
        let (quotes, read) = find(text, lexicon, options, window, style, count_every_double);
        match read.article {
            None => count_every_double = true,
            Some(article) if read.used.is_none_or(|used| used == article) => return quotes,
            Some(article) => style = Some(article),
        }
    }
}

/// The styles of a reading: the one its windows were read in, if any were
/// before the whole text was paired, and the article's, if told.
struct Styles {
    used: Option<Style>,
    article: Option<Style>,
}

/// An attribution whose speaker is to be resolved, and what its quote
/// will say.
struct Attributed<'t> {
    content: Cow<'t, str>,
    span: Span,
    attribution: Attribution,
    topic: Option<Span>,
    /// A quotation's, whose speaker the next quotation may continue; not
    /// reported speech.
    quotation: bool,
    /// Whether it makes a quote: not a quotation inside reported speech,
    /// nor marks around nothing but punctuation (`", ,"`).
    kept: bool,
    /// A report a transcript's turn tells in the first person ("RUIZ:
    /// Well, I think the port pays"): its "I" is the turn's speaker, the
    /// quotation's before it.
    in_turn: bool,
}

/// Reads `text` a window at a time up to its quotes, in `style` if given,
/// counting every double pair for the article's style if asked. Returns
/// the quotes and the styles of the reading.
fn find<'t>(
    text: &'t str,
    lexicon: &Lexicon,
    options: &Options,
    window: usize,
    style: Option<Style>,
    count_every_double: bool,
) -> (Vec<Quote<'t>>, Styles) {
    let mut reader = Reader::new(text, lexicon, options, window, style);
    if count_every_double {
        reader.pairing.count_every_double();
    }
    // Each window's blocks go through the stages as soon as the layout
    // settles their kinds, while their text is in cache; the last call
    // has the article's last blocks.
    layout::layout_in(text, lexicon, window, &mut |blocks, last| {
        reader.read(blocks, last)
    });
    debug_assert!(reader.pending.is_empty(), "every speaker is resolved");
    let styles = Styles {
        used: reader.style,
        article: (reader.pairing.style_known()).then(|| reader.pairing.style()),
    };
    // The list grew with the windows' quotes: what it was given room for
    // beyond them goes back.
    let mut quotes = reader.quotes;
    quotes.shrink_to_fit();
    (quotes, styles)
}

/// How far back before a window its context reaches, in bytes at least:
/// the blocks and quotations there are what the rules and reported
/// speech may look back at from the window's first paragraphs.
const CONTEXT: usize = 2048;
/// How many paragraphs before an attribution its names are read from.
const NAME_LOOKBACK: usize = 2;
/// How many opening paragraphs are read for names in any case.
const LEDE: usize = 3;
/// How many label paragraphs ("Why it matters:") the lede passes over.
const LEDE_LABELS: usize = 2;
/// The most words of a label paragraph.
const LABEL_WORDS: usize = 6;

/// What is carried from one window to the next, and the lists each window
/// is read into, kept so that they stay in cache.
struct Reader<'t, 'a> {
    text: &'t str,
    lexicon: &'a Lexicon,
    options: &'a Options,
    pairing: Pairing<'a>,
    /// The style quotations are taken in, once the first are.
    style: Option<Style>,
    /// The first block of the window's context, which the block indices
    /// of `quotations` count from.
    base: usize,
    /// The last paragraph of running text read: the rules look back to it
    /// from the paragraphs after.
    last_body: Option<usize>,
    /// The quotations of the window and of its context, in order.
    quotations: Vec<Quotation>,
    attributor: Attributor,
    sentences: Sentences,
    /// Each quotation of the window, its attribution.
    direct: Vec<Option<Attribution>>,
    /// Whether each quotation of the window is part of reported speech.
    absorbed: Vec<bool>,
    topics: Topics,
    /// How many blocks from the start have their running text given to
    /// the resolver, if near an attribution; the blocks after them wait
    /// for the attributions up to NAME_LOOKBACK blocks on.
    named: usize,
    /// Whether each block from `named` on is near an attribution.
    near: Vec<bool>,
    /// How many paragraphs of the lede are still to come.
    lede: usize,
    /// How many more label paragraphs the lede may pass over.
    labels: usize,
    resolver: Resolver<'t>,
    /// The attributions whose speakers are not resolved yet, in order.
    pending: VecDeque<Attributed<'t>>,
    /// Who said the last quotation resolved, whom the next one may
    /// continue.
    previous: Option<Said<'t>>,
    /// Who said the last quotation resolved before `previous`'s speaker
    /// took over: whom a question of theirs was put to.
    questioned: Option<Said<'t>>,
    quotes: Vec<Quote<'t>>,
}

impl<'t: 'a, 'a> Reader<'t, 'a> {
    fn new(
        text: &'t str,
        lexicon: &'a Lexicon,
        options: &'a Options,
        window: usize,
        style: Option<Style>,
    ) -> Reader<'t, 'a> {
        Reader {
            text,
            lexicon,
            options,
            pairing: Pairing::new(text, lexicon, options, window),
            style,
            base: 0,
            last_body: None,
            quotations: Vec::new(),
            attributor: Attributor::default(),
            sentences: Sentences::new(0, text.len()),
            direct: Vec::new(),
            absorbed: Vec::new(),
            topics: Topics::default(),
            named: 0,
            near: Vec::new(),
            lede: LEDE,
            labels: LEDE_LABELS,
            resolver: Resolver::streaming(text),
            pending: VecDeque::new(),
            previous: None,
            questioned: None,
            quotes: Vec::new(),
        }
    }

    /// Whether the article is an interview, by the style chosen for it:
    /// its answers are told by the turns around them.
    fn interview(&self) -> bool {
        self.style.is_some_and(|s| s.interview)
    }

    /// Reads the blocks of `blocks`, the article's first ones, up to the
    /// last paragraph break no quotation is open across; `last` when they
    /// are all the article's.
    fn read(&mut self, blocks: Blocks<'_>, last: bool) -> usize {
        self.pairing.pair(blocks);
        if last {
            self.pairing.close();
        }
        let end = self.settled_end(blocks, last);
        if end > self.pairing.taken() {
            self.window(blocks, end);
        }
        if last {
            self.name(blocks, end, true);
            // The window's lists are read no more: their memory goes back
            // before the last quotes are made, which take its place.
            self.quotations = Vec::new();
            self.direct = Vec::new();
            self.absorbed = Vec::new();
            self.attributor = Attributor::default();
        }
        self.resolver.set_title(self.topics.title());
        self.resolve();
        // The next window's context starts at this one's or after.
        self.base
    }

    /// Where the window may end: the block before which everything read so
    /// far reads the same whatever follows. The pairing tells where no
    /// quotation is left open; before that, a region that needs the text
    /// after it to be read whole keeps the window from ending inside it:
    /// an interview's turns, a headline over the item under it, a title
    /// the paragraphs under it name. All of the article, once `last`.
    fn settled_end(&self, blocks: Blocks<'_>, last: bool) -> usize {
        if last {
            return self.pairing.rest();
        }
        // An interview's answers are told by the turns around them: its
        // windows end only where those before read the same alone.
        // Before a style is chosen, the pairing's reading so far tells.
        let interview = self.interview() || self.style.is_none() && self.pairing.style().interview;
        let end = if interview {
            self.pairing.interview_cut()
        } else {
            self.pairing.rest()
        };
        // A headline line over an item is told by the item under it: a
        // window ends before one until the item is read. A line that goes
        // on with a quotation from the paragraph before is no headline.
        let end = if end > self.pairing.taken()
            && may_head_an_item(self.text, &blocks[end - 1])
            && self.pairing.may_end_before(end - 1)
        {
            end - 1
        } else {
            end
        };
        // The article's title may hold a quotation a role names, told by
        // the paragraphs under it: a window ends before it until they are.
        if self.pairing.taken() == 0 && title_waits(self.text, blocks, end) {
            0
        } else {
            end
        }
    }

    /// Reads the blocks from those read before to `end` to their
    /// attributions.
    fn window(&mut self, blocks: Blocks<'_>, end: usize) {
        let done = self.pairing.taken();
        self.rebase(blocks, done);
        let first = self.quotations.len();
        let chosen = &mut self.style;
        self.pairing.take(
            blocks,
            self.base,
            end,
            |so_far| *chosen.get_or_insert(so_far),
            &mut self.quotations,
        );
        let window = blocks.range(self.base..end);
        self.sentences.reset(window.len());
        let cx = Context {
            text: self.text,
            lexicon: self.lexicon,
            blocks: window,
            sentences: &self.sentences,
            quotations: &self.quotations,
            sentence_cursor: Default::default(),
        };
        // An interview's answers are the interviewee's, who is found in
        // the article's opening: looked for in the first window, which
        // holds it.
        if self.interview() {
            self.attributor.meet_interviewee(&cx);
        }
        self.direct.clear();
        // From a range: room for every attribution at once, not grown a
        // few at a time.
        let attributor = &mut self.attributor;
        self.direct
            .extend((first..self.quotations.len()).map(|qi| attributor.attribute(&cx, qi)));
        // The context's reported speech was read with the windows before.
        let mut reports = if self.options.indirect {
            // A verb after a quotation it attributes mostly has nothing
            // more to report: such cues are told apart before their
            // words are read.
            let quotations = &self.quotations[first..];
            let mut attributing: Vec<(Span, Span)> = (self.direct.iter().zip(quotations))
                .filter_map(|(a, q)| {
                    let cue = a.as_ref()?.cue?;
                    (!q.open.is_empty() && q.close.end <= cue.start)
                        .then(|| (cue, Span::new(q.open.start, q.close.end)))
                })
                .collect();
            attributing.sort_unstable_by_key(|(cue, _)| cue.start);
            reported::reported(&cx, &attributing)
        } else {
            Vec::new()
        };
        reports.retain(|r| r.block >= done - self.base);
        self.attributions(blocks, first, end, &mut reports);
        self.name(blocks, end.saturating_sub(NAME_LOOKBACK), false);
        self.topics.read_to(self.text, self.lexicon, blocks, end);
        self.last_body = (done..end)
            .rev()
            .find(|&b| blocks[b].kind == BlockKind::Body)
            .or(self.last_body);
    }

    /// Adds the attributions of the window's quotations, from `first` on,
    /// and of its `reports`, in document order, and marks the blocks near
    /// them. The window ends before block `end`.
    fn attributions(
        &mut self,
        blocks: Blocks<'_>,
        first: usize,
        end: usize,
        reports: &mut [Reported],
    ) {
        let (text, lexicon) = (self.text, self.lexicon);
        let quotations = &self.quotations[first..];
        // A reported clause that holds quoted words is one mixed record;
        // the quotations inside it are part of it, not records of their
        // own.
        self.absorbed.clear();
        self.absorbed.resize(quotations.len(), false);
        // The first quotation in marks that ends after a report's start,
        // even one the report starts inside ("said “the penalties are
        // light” that …" read from the quoted words), or unmarked (a
        // transcript's turn, which stays its speaker's quotation around the
        // reports in it) that starts after it: reports come in order, so it
        // is walked to from the last report's rather than searched for over
        // all quotations.
        let before = |q: &Quotation, r: &Reported| {
            let end = if q.open.is_empty() {
                q.open.end
            } else {
                q.content().end
            };
            end <= r.content.start
        };
        let mut next = 0;
        for ri in 0..reports.len() {
            let limit = reports.get(ri + 1).map_or(usize::MAX, |n| n.content.start);
            let r = &mut reports[ri];
            walk_to(quotations, &mut next, |q| before(q, r));
            let mut ran_on = false;
            for (qi, q) in quotations.iter().enumerate().skip(next) {
                if q.open.start >= r.content.end {
                    // The clause goes on to quoted words its cue reports
                    // (`pledged to cut taxes, fix the "broken" system`):
                    // the report runs through them.
                    if !continues_report(text, lexicon, r, q, self.direct[qi].as_ref(), limit) {
                        break;
                    }
                    r.content.end = q.close.end;
                    ran_on = true;
                }
                if self.direct[qi].is_some() {
                    self.absorbed[qi] = true;
                    r.attribution.kind = Kind::Mixed;
                    // The quoted words are the record's whole, though a
                    // sentence of them ended the clause (`posted a photo
                    // with the caption "Eleven years. Still my co-star."`).
                    if q.close.end > r.content.end && q.close.end <= limit {
                        r.content.end = q.close.end;
                    }
                }
            }
            if ran_on {
                // … and on past them to where the clause ends (`fix the
                // "crumbling" depots and hire inspectors`).
                let end = (limit.min(blocks[self.base + r.block].span.end))
                    .min(next_opening(quotations, r.content.end));
                r.content.end = reported::clause_tail(text, Span::new(r.content.end, end), lexicon);
            }
        }
        // Room for them all at once: the quotations attributed are not
        // counted before.
        let mut events = Vec::with_capacity(self.direct.len() + reports.len());
        events.extend(
            (self.direct.iter().enumerate())
                .filter_map(|(qi, a)| a.as_ref().map(|a| Event::Quotation(qi, a)))
                .chain((0..reports.len()).map(Event::Reported)),
        );
        // Two runs in order, merged: a stable sort finds the runs and
        // merges them in linear time.
        events.sort_by_key(|e| match *e {
            Event::Quotation(qi, _) => quotations[qi].open.start,
            Event::Reported(ri) => reports[ri].content.start,
        });
        self.near.resize(end - self.named, false);
        self.pending.reserve(events.len());
        // Where the last quotation in marks kept ends: a report whose
        // content starts inside it would share its bytes, and records never
        // do (a transcript's unmarked turn holds the reports told in it).
        let mut quoted_to = 0;
        // Where the last transcript turn set out without marks ends, for
        // the reports its speaker tells in the first person. A quotation
        // in marks inside the turn is a speaker of its own.
        let mut turn_to = 0;
        for e in events {
            let (attributed, near) = match e {
                Event::Quotation(qi, a) => {
                    let q = &quotations[qi];
                    let from = turn_start(text, q, a);
                    let mut content = quote_text(text, q, from);
                    let kept = !self.absorbed[qi] && content.contains(char::is_alphanumeric);
                    let mut span = q.content();
                    // Only where reported speech is read: a direct quotation
                    // is the quoted words alone. A report's first stretch of
                    // words after the quoted fragment, up to the next report
                    // or quotation.
                    let tail = (kept && self.options.indirect)
                        .then(|| {
                            let next = reports.partition_point(|r| r.content.start < q.close.end);
                            let limit = (reports.get(next).map_or(usize::MAX, |r| r.content.start))
                                .min(blocks[self.base + q.last_block].span.end)
                                .min(next_opening(quotations, q.close.end));
                            fragment_tail(text, lexicon, q, a, limit)
                        })
                        .flatten();
                    // … and the words of its clause before it, from its cue.
                    let head = (kept && self.options.indirect)
                        .then(|| {
                            let prior = reports.partition_point(|r| r.content.start < q.open.start);
                            let before = prior.checked_sub(1).map_or(0, |r| reports[r].content.end);
                            let block = blocks[self.base + q.first_block].span;
                            fragment_head(text, lexicon, q, a, block, before)
                        })
                        .flatten();
                    // Its marks then stand inside the record, as in a
                    // report that runs on through quoted words: the text
                    // holds both, the span starts at the opening one.
                    let mut a = *a;
                    if tail.is_some() || head.is_some() {
                        // A quotation that was the cue's whole object is
                        // now a fragment of what it reports.
                        a.kind = Kind::Mixed;
                        a.rule = Rule::MixedInReported;
                        let end = tail.unwrap_or(q.close.end);
                        span = Span::new(head.unwrap_or(q.open.start), end);
                        content = Cow::Borrowed(clean(&text[span.start..end]));
                    }
                    if kept && !q.open.is_empty() {
                        quoted_to = span.end;
                    }
                    turn_to = if kept && q.open.is_empty() {
                        span.end
                    } else {
                        0
                    };
                    let topic = self
                        .topics
                        .of(text, lexicon, blocks, self.base + q.first_block);
                    let attributed = Attributed {
                        content,
                        span: Span::new(from.clamp(span.start, span.end), span.end),
                        attribution: a,
                        topic,
                        quotation: true,
                        kept,
                        in_turn: false,
                    };
                    (attributed, (q.first_block, q.last_block))
                }
                Event::Reported(ri) => {
                    let r = &reports[ri];
                    let topic = self.topics.of(text, lexicon, blocks, self.base + r.block);
                    // Trimmed as a quotation's text is (`clean`): no space
                    // of any kind at either end, no trailing comma.
                    let raw = &text[r.content.start..r.content.end];
                    let start = r.content.start + (raw.len() - raw.trim_start().len());
                    let content = clean(raw);
                    let span = Span::new(start, start + content.len());
                    let attributed = Attributed {
                        content: Cow::Borrowed(content),
                        span,
                        attribution: r.attribution,
                        topic,
                        quotation: false,
                        kept: !content.is_empty() && span.start >= quoted_to,
                        in_turn: r.content.end <= turn_to
                            && first_person(text, &r.attribution, lexicon),
                    };
                    (attributed, (r.block, r.block))
                }
            };
            self.pending.push_back(attributed);
            // Names are read where resolution looks for them: the few
            // paragraphs up to each attribution, where its pronouns and
            // role nouns point. A quotation of several paragraphs counts
            // them back from its first: its own paragraphs hold no names
            // outside it, and the person it quotes is introduced before it.
            let (first, last) = (self.base + near.0, self.base + near.1);
            for b in first.saturating_sub(NAME_LOOKBACK).max(self.named)..=last {
                self.near[b - self.named] = true;
            }
        }
    }

    /// Gives the resolver the running text outside quotations of the
    /// blocks from `named` to `end` that are near an attribution or in the
    /// lede, which introduces people in full; `last` when no block comes
    /// after.
    fn name(&mut self, blocks: Blocks<'_>, end: usize, last: bool) {
        let end = end.max(self.named);
        if self.near.len() < end - self.named {
            self.near.resize(end - self.named, false);
        }
        let read = blocks.range(self.named..end);
        for (n, b) in self.near.iter_mut().zip(read) {
            if self.lede == 0 {
                break;
            }
            if b.kind == BlockKind::Body {
                *n = true;
                // "Why it matters:", "Driving the news:": a label before
                // the paragraphs it heads is no paragraph of the lede,
                // which goes on to the people it introduces. A label is a
                // few words, and an article of them ends its lede anyway:
                // "Ruiz, the port's director, told reporters on Monday:"
                // is a paragraph of the lede.
                let para = self.text[b.span.start..b.span.end].trim_end();
                let label = self.labels > 0
                    && para.ends_with(':')
                    && para.split_whitespace().nth(LABEL_WORDS).is_none();
                if label {
                    self.labels -= 1;
                } else {
                    self.lede -= 1;
                }
            }
        }
        // The running text of the blocks after starts at the next block.
        let known = match blocks.list.last() {
            _ if last => self.text.len(),
            Some(_) if end < blocks.end() => blocks[end].span.start,
            Some(b) => b.span.end,
            None => 0,
        };
        let (near, quotations) = (&self.near, &self.quotations);
        self.resolver.read_to(known, self.lexicon, |running| {
            // About a span a paragraph: room for them at once.
            running.reserve(read.len());
            outside_quotations_into(
                read,
                quotations,
                |bi, b| b.kind == BlockKind::Body && near[bi],
                false,
                running,
            );
        });
        self.near.drain(..end - self.named);
        self.named = end;
    }

    /// Resolves the speakers of the attributions pending, in order, up to
    /// the first the running text known does not settle, and makes their
    /// quotes.
    fn resolve(&mut self) {
        let text = self.text;
        // Most attributions make a quote: room for them at once.
        self.quotes.reserve(self.pending.len());
        self.resolver.reserve(self.pending.len());
        while let Some(f) = self.pending.front() {
            let a = &f.attribution;
            let mut said = match a.source {
                Source::Previous if f.quotation => self.previous.clone().unwrap_or_default(),
                Source::Questioned if f.quotation => self.questioned.clone().unwrap_or_default(),
                _ => match said(text, a, &mut self.resolver, self.lexicon) {
                    Ok(said) => said,
                    Err(Unsettled) => return,
                },
            };
            if f.in_turn {
                said.speaker = self.previous.as_ref().and_then(|p| p.speaker.clone());
            }
            let Some(f) = self.pending.pop_front() else {
                return;
            };
            let a = &f.attribution;
            if f.kept {
                self.quotes
                    .push(build(text, f.content, f.span, a, &said, f.topic));
            }
            if f.quotation {
                let last = self.previous.replace(said);
                if last.as_ref().map(|s| &s.speaker) != self.previous.as_ref().map(|s| &s.speaker) {
                    self.questioned = last;
                }
            }
        }
    }

    /// Moves the window's context to the blocks before the next window
    /// that its paragraphs may look back at: the CONTEXT bytes before it,
    /// the last paragraph of running text, and the blocks whose names
    /// wait. The quotations before them are dropped but the last.
    fn rebase(&mut self, blocks: Blocks<'_>, done: usize) {
        let next = blocks[done].span.start;
        let mut start = done.min(self.named);
        if let Some(b) = self.last_body {
            start = start.min(b);
        }
        while start > self.base && next - blocks[start - 1].span.start <= CONTEXT {
            start -= 1;
        }
        // An interview's answer looks back for the question it answers.
        if self.interview() {
            start = start.min(done.saturating_sub(marks::BARE_QUESTION_REACH));
        }
        let start = start.max(self.base);
        let shift = start - self.base;
        let kept = self.quotations.partition_point(|q| q.last_block < shift);
        // The last quotation before the context stays: reported speech
        // asks whether a quotation closes right before a cue, however far
        // back it opened. Its blocks are no longer read.
        self.attributor.forget(kept);
        self.quotations.drain(..kept.saturating_sub(1));
        for q in &mut self.quotations {
            q.first_block = q.first_block.saturating_sub(shift);
            q.last_block = q.last_block.saturating_sub(shift);
        }
        self.base = start;
    }
}

/// An attribution of a window, in the order they are found: a quotation
/// by its index among the window's, reported speech by its index among
/// the window's reports.
#[derive(Clone, Copy, Debug)]
enum Event<'a> {
    Quotation(usize, &'a Attribution),
    Reported(usize),
}

/// How far a report may stop short of quoted words it runs on to, in
/// bytes: a few words of the same clause, not a new one.
const REPORT_GAP: usize = 100;

/// Whether the quotation `q`, after the report `r` ends, is the rest of
/// the report's clause: attributed as mixed in by the same cue, which
/// stands before the report, within a few words of its end that go on
/// with the same clause, not a quoted sentence after a comma or colon
/// (which is direct speech of its own), and ending in the report's block
/// before the `limit` where the next report starts.
fn continues_report(
    text: &str,
    lexicon: &Lexicon,
    r: &Reported,
    q: &Quotation,
    a: Option<&Attribution>,
    limit: usize,
) -> bool {
    let Some(a) = a else {
        return false;
    };
    let Some(cue) = r.attribution.cue else {
        return false;
    };
    a.rule == Rule::MixedInReported
        && a.cue == Some(cue)
        && cue.end <= r.content.start
        && q.close.end <= limit
        && q.first_block == r.block
        && q.last_block == r.block
        && q.open.start - r.content.end <= REPORT_GAP
        && reported::lead_into_sentence(text, r.content.end, q).is_none()
        && reported::same_clause(text, Span::new(r.content.end, q.open.start), lexicon)
}

/// Where the clause of quoted words set in a reported sentence goes on
/// past their closing mark (`claimed there were “hundreds of break-ins”
/// in the county this spring`), when it does: the quoted words are a
/// fragment of what was reported, and the words after them, up to where
/// the clause ends ([`reported::clause_tail`]) and before `limit`, are
/// the rest of it. Only for a fragment attributed as mixed in by a cue in
/// its sentence, in one piece, that does not close on its own punctuation
/// (`“a con,” and …` ends its clause inside the marks), nor one that a
/// verb follows (`the words “Heads Up” filled the screen`): the quoted
/// words are then that verb's subject, in a clause of the writer's.
fn fragment_tail(
    text: &str,
    lexicon: &Lexicon,
    q: &Quotation,
    a: &Attribution,
    limit: usize,
) -> Option<usize> {
    let words = text[q.content().start..q.content().end].trim_end();
    let object = object_of_cue(text, q, a);
    let framed = a.rule == Rule::SpeakerInSentence
        && a.cue.is_some_and(|c| c.start >= q.close.end)
        && a.source_start() >= q.close.end;
    if !(a.rule == Rule::MixedInReported || object || framed)
        || q.open.is_empty()
        || q.pieces.len() != 1
        || q.first_block != q.last_block
        || words.ends_with(reported::CLAUSE_ENDS)
        || limit <= q.close.end
        || !framed && next_word(text, q.close.end).is_some_and(|w| is_finite_like(w, lexicon))
    {
        return None;
    }
    let end = reported::clause_tail(text, Span::new(q.close.end, limit), lexicon);
    let end = if a.rule == Rule::MixedInReported {
        end
    } else if object {
        object_tail(text, lexicon, Span::new(q.close.end, end))?
    } else {
        // "“Boots on the ground” would be wise, Ruiz said": the clause
        // the quoted words open runs to the comma before the attribution
        // that closes the sentence, whose cue reports all of it (a verb
        // after the quoted words is the clause's own).
        let frame = a.cue?.start.min(a.source_start());
        attribution_after(text, lexicon, Span::new(end, frame)).then_some(end)?
    };
    // Not up to the next quoted words (`called it “timid” and “doomed”`),
    // even marks left unpaired: those are a record of their own, and the
    // words between join them.
    let runs_into_quotation = text[end..]
        .trim_start()
        .starts_with(marks::QUOTING_NOT_APOSTROPHE);
    (end > q.close.end && !runs_into_quotation).then_some(end)
}

/// Whether the quotation `q`, attributed by a speech verb in its sentence,
/// opens right after that verb as its object (`reported “2,521
/// incidents”`, `are crying “fraud”`): what the verb reports starts with
/// the quoted words, and when its clause goes on past them (`“fraud” over
/// the ticket sales`), the words after are what was reported too.
fn object_of_cue(text: &str, q: &Quotation, a: &Attribution) -> bool {
    a.rule == Rule::SpeakerInSentence
        && a.cue
            .is_some_and(|c| c.end <= q.open.start && text[c.end..q.open.start].trim().is_empty())
}

/// Where the words `tail` after a quotation that was its cue's object
/// ([`object_of_cue`]) stop going on with what the cue reports: before a
/// conjunction or a subordinator, which opens a clause of the writer's
/// (`chanting “no deal” after the talks failed`); none when they count
/// how often the words were said (`said “no” five times`) or stop at an
/// abbreviation's period (`chanting “resign” at Mr. Ruiz`), which ends no
/// clause.
fn object_tail(text: &str, lexicon: &Lexicon, tail: Span) -> Option<usize> {
    let mut end = tail.start;
    for (k, w) in words(text, tail).enumerate() {
        let word = w.text(text);
        let class = lexicon.class(word);
        if k == 0 && (word.starts_with(|c: char| c.is_ascii_digit()) || class.is_number_word()) {
            return None;
        }
        if class.is_subordinator() || lexicon.is_coordinator(word) {
            break;
        }
        end = w.span.end;
    }
    let last = text[tail.start..end].split_whitespace().next_back()?;
    let abbreviated = text[end..].starts_with('.') && lexicon.is_abbreviation(last);
    (!abbreviated).then_some(end)
}

/// The most bytes of the words before a speaker's name in an attribution
/// after a comma: a role (`, harbour master Ana Ruiz said`).
const ROLE_BEFORE_NAME: usize = 60;

/// Whether `between`, from where a clause stops to the attribution after
/// it, is the comma that sets off that attribution, with at most a few
/// words of the speaker's before its mention (`, harbour master`); not
/// another clause (`, and Ruiz said so`) nor another sentence.
fn attribution_after(text: &str, lexicon: &Lexicon, between: Span) -> bool {
    // Not when the clause runs past the attribution's first word.
    let Some(between) = text.get(between.start..between.end) else {
        return false;
    };
    let Some(rest) = between.trim_start().strip_prefix(',') else {
        return false;
    };
    let first = rest.split_whitespace().next().unwrap_or("");
    rest.len() <= ROLE_BEFORE_NAME
        && !rest.contains(reported::CLAUSE_ENDS)
        && !lexicon.class(first).is_subordinator()
        && !lexicon.is_coordinator(first)
}

/// The most bytes between a cue and the quoted fragment it reports for
/// the words between to be read as the fragment's clause.
const FRAGMENT_HEAD: usize = 200;

/// Where the clause of quoted words set in a reported sentence starts
/// before their opening mark, when it does: right after the cue that
/// reports them (`described the harbour as “a ghost town”`, `urged
/// voters to “stay the course”`), past a "that" after it. The quoted words
/// are then the end of what was said, not all of it. Only for a fragment
/// attributed as mixed in by a cue before it in its paragraph, with a
/// stretch of plain words between: no mark that ends or sets off a clause,
/// no other quoted words, no relative or second "that" nor a conjunction,
/// which start a clause of their own (`told the panel that “…”` and `but
/// would not “…”` are quoted whole), no report of its own (`before` ends
/// where the last report before it does), and no preposition first: the
/// cue is then a noun or a verb with its particle (`chants of “…”`,
/// `warned of “…”`), and what was said is the quoted words, or, past the
/// cue's own particle, the object that holds them (`referred to the
/// “new class”`); nor after a verb of addressing, whose object is the
/// person spoken to.
fn fragment_head(
    text: &str,
    lexicon: &Lexicon,
    q: &Quotation,
    a: &Attribution,
    block: Span,
    before: usize,
) -> Option<usize> {
    let cue = a.cue?;
    if a.rule != Rule::MixedInReported
        || q.open.is_empty()
        || cue.start < block.start
        || cue.end > q.open.start
        || cue.end < before
        || q.open.start - cue.end > FRAGMENT_HEAD
    {
        return None;
    }
    let between = &text[cue.end..q.open.start];
    if between.contains(['.', ',', ';', ':', '?', '!', '\n', '(', ')', '—', '–'])
        || between.contains(marks::QUOTING_NOT_APOSTROPHE)
        || between.contains(" -")
        || between.contains("''")
    {
        return None;
    }
    let start = cue.end + (between.len() - between.trim_start().len());
    let start = match text[start..q.open.start].strip_prefix("that ") {
        Some(rest) => q.open.start - rest.len(),
        None => start,
    };
    let words = &text[start..q.open.start];
    let first = words.split_whitespace().next()?;
    // "referred to the “new class”", "joked about sending “a few
    // observers”": the particle is the cue's, and its object, which holds
    // the quoted words, is what was said.
    let cue_word = &text[cue.start..cue.end];
    let particle = lexicon
        .lemma_of(lexicon.class(cue_word))
        .is_some_and(|l| l.has_particle(first));
    let (start, words, first) = if particle {
        let object = words.trim_start()[first.len()..].trim_start();
        (
            q.open.start - object.len(),
            object,
            object.split_whitespace().next()?,
        )
    } else {
        (start, words, first)
    };
    // "told police the sum was “…”", "urged the crowd to “…”": the person
    // addressed is no part of what was said, and where it starts past
    // them is not read here.
    (!lexicon.class(first).is_preposition()
        && !lexicon.is_addressing_verb(&text[cue.start..cue.end])
        && !words
            .split_whitespace()
            .any(|w| lexicon.is_coordinator(w) || lexicon.is_relative_pronoun(w)))
    .then_some(start)
}

/// Where the first quotation of `quotations` (in order) that opens at or
/// after `from` opens, as its marks pair it, of any family (`'no risk'`,
/// `«no risk»`): words that run on after a report or quoted words stop
/// before it, as it is a record of its own.
fn next_opening(quotations: &[Quotation], from: usize) -> usize {
    let next = quotations.partition_point(|q| q.open.start < from);
    quotations.get(next).map_or(usize::MAX, |q| q.open.start)
}

/// The word right after the space at `pos`, if one follows there.
fn next_word(text: &str, pos: usize) -> Option<&str> {
    let rest = text[pos..].strip_prefix(' ')?;
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|w| !w.is_empty())
}

/// True when the attribution's mention is a first-person subject ("I",
/// "we"), which the writer or a quotation's speaker speaks in.
fn first_person(text: &str, a: &Attribution, lexicon: &Lexicon) -> bool {
    matches!(a.source, Source::Mention(m) if m.kind == MentionKind::Document
        && lexicon.is_first_person_subject(&text[m.span.start..m.span.end]))
}

/// Who said it, for an attribution that names its source (or none).
fn said<'t>(
    text: &'t str,
    a: &Attribution,
    resolver: &mut Resolver<'t>,
    lexicon: &Lexicon,
) -> Result<Said<'t>, Unsettled> {
    Ok(match a.source {
        Source::Mention(m) => Said {
            speaker: resolver
                .resolve(&m, lexicon)?
                .or_else(|| named_mention(text, &m)),
            mention: Some(relative_who(text, m.span, a.cue).unwrap_or(m.span)),
            cue: a.cue,
        },
        Source::Previous | Source::Questioned | Source::Unknown => Said {
            cue: a.cue,
            ..Said::default()
        },
    })
}

/// The relative "who" (or "which") that the cue's verb has for its
/// subject when the mention `m` stands before it ("Ana Ruiz, who noted
/// that …", "Tom Bell, who on Tuesday endorsed …", "the Harbour Trust,
/// which argued …"): the word the attribution is read from, as "he" is in
/// "he said", while the speaker is still the name it stands for. Up to
/// RELATIVE_WORDS plain words (a time, an auxiliary, an adverb) between
/// the relative and the cue, or an aside set in commas ("who, after a
/// long silence, said"); any other mark there ends the relative clause.
/// The relative may follow the name at once ("a crowd who chanted"), a
/// role in apposition to it ("Ana Ruiz, a port pilot who said"), and a
/// "that" only right before the cue ("a sign that said").
fn relative_who(text: &str, m: Span, cue: Option<Span>) -> Option<Span> {
    let cue = cue?;
    let between = text.get(m.end..cue.start)?;
    if between.len() > RELATIVE_BYTES {
        return None;
    }
    // The relative nearest the cue; most gaps hold none, told at once.
    let trimmed = between.trim_end();
    let that = trimmed
        .strip_suffix(" that")
        .map(|before| (before.len() + 1, "that"));
    if that.is_none() && !between.contains(" wh") {
        return None;
    }
    let (at, relative) = that.or_else(|| {
        between.rmatch_indices(' ').find_map(|(i, _)| {
            let word = &between[i + 1..];
            let word = &word[..word.find([' ', ',']).unwrap_or(word.len())];
            (word == "who" || word == "which").then_some((i + 1, word))
        })
    })?;
    // Before the relative: nothing, or the name's comma and maybe a role
    // set after it; words with no comma before them are a predicate ("was
    // replaced by a sign that said").
    let lead = between[..at].trim();
    let role = lead.is_empty()
        || lead.strip_prefix(',').is_some_and(|role| {
            let role = role.strip_suffix(',').unwrap_or(role);
            role.split_whitespace().count() <= RELATIVE_ROLE_WORDS && plain(role, ".-")
        });
    // After it: a few plain words, or an aside in commas.
    let rest = between[at + relative.len()..].trim();
    let aside = rest
        .strip_prefix(',')
        .and_then(|r| r.strip_suffix(','))
        .is_some_and(|r| r.split_whitespace().count() <= RELATIVE_ASIDE_WORDS && plain(r, ".-"));
    let words = rest.split_whitespace().count() <= RELATIVE_WORDS && plain(rest, "");
    let start = m.end + at;
    (role && (words || aside)).then_some(Span::new(start, start + relative.len()))
}

/// True when `s` holds only letters, digits, spaces, apostrophes and the
/// marks of `more`.
fn plain(s: &str, more: &str) -> bool {
    s.chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '\'' || c == '’' || more.contains(c))
}

/// How many words may stand between a relative "who" and its verb.
const RELATIVE_WORDS: usize = 4;
/// How many words an aside in commas right after a relative may hold.
const RELATIVE_ASIDE_WORDS: usize = 10;
/// How many words a role in apposition may hold between the name and its
/// relative.
const RELATIVE_ROLE_WORDS: usize = 12;
/// How far from its mention a relative's cue may be, in bytes.
const RELATIVE_BYTES: usize = 200;

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

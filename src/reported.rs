//! Stage 5b, reported speech: what people said without quotation marks,
//! found from the cues themselves.
//!
//! One pass of the lexicon's automaton finds every speech cue of the text;
//! each cue outside a quotation is read in its sentence, in one of three
//! layouts, each a [`Rule`]:
//!
//! - `Lavrov warned (those who wait) that talks will get harder` — the
//!   content follows the verb ([`Rule::ReportedAfterCue`]);
//! - `Talks will resume in May, Lavrov said` — the content comes first
//!   ([`Rule::ReportedBeforeCue`]);
//! - `According to him, the talks failed` and `The talks failed, according
//!   to him` ([`Rule::ReportedAccordingTo`]), and a poll's finding after
//!   it: `In a new poll, most voters backed him`.
//!
//! Titles and headings led by a speaker's label (`Lavrov: Talks Will Get
//! Harder`) are read from the layout ([`Rule::ReportedLabel`]).
//!
//! What the words mean is lexicon data: which verbs report speech without
//! "that" ("said talks would resume", `reporting_verbs.txt`; the others,
//! "blasted", need a "that" or report what the speech was about), which
//! phrases of several words are one verb ("made it clear that …",
//! `speech_idioms.txt`), which report it only through a clause ("found ways" is no speech,
//! `action_verbs.txt`), which make requests that run through an infinitive
//! (`request_verbs.txt`), which make promises whose content is the
//! infinitive after them ("vowed to fight on", `promise_verbs.txt`),
//! which withhold a thing from a person rather than speak ("denied him a
//! hearing", `withholding_verbs.txt`), which add to a count as often as
//! they speak ("added two beds", `counting_verbs.txt`),
//! which forms are nouns unless "that" follows
//! ("secretary of state", `noun_forms.txt`), after which words an
//! infinitive of speech is said then ("went on to say",
//! `continuation_words.txt`), and which irregular pasts make a clause
//! finite ("The port lost money, Ruiz said", `irregular_pasts.txt`). A
//! content never leaves its sentence, so never its paragraph.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::cues::{SPACED_THAT, Scanned};
use crate::layout::{self, BlockKind};
use crate::lexicon::{Lemma, Lexicon, Pronoun, RoleClass, WordClass, negative_stem};
use crate::marks::{
    CLOSING_QUOTES, DOUBLE_QUOTES, OPENING_NOT_APOSTROPHE, OPENING_QUOTES, QUOTING_NOT_APOSTROPHE,
    Quotation, outside_quotations,
};
use crate::rules::{self, Attribution, Context, Source};
use crate::span::walk_to;
use crate::speakers::{
    MAX_APPOSITION, MAX_GROUP_WORDS, MAX_MENTION, Mention, MentionKind, authored_document,
    core_before, is_day, issuing_organisation, mention_after, mention_before, named_apposition,
    names_group, noun_phrase_before, phrase_opener, possessor, with_apostrophe,
};
use crate::words::{
    Word, WordCache, after_last_space, ends_as_plural, floor_char, gap, is_capitalized, is_dash,
    is_finite_like, is_ly_adverb, looks_regular_past, possessive_stem, strip_possessive, words,
};
use crate::{Kind, Rule, Span, cues};

/// A stretch of reported speech and how it is attributed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reported {
    /// The reported content, without "that" and final punctuation.
    pub content: Span,
    pub attribution: Attribution,
    /// The block it stands in.
    pub block: usize,
}

/// How far a content runs from its cue, in bytes either side: a content is
/// a clause, and a bounded window keeps the work per cue constant.
const REACH: usize = 1200;
/// How many bytes either side of a cue are split into words: enough for
/// the speaker, the person spoken to and the "that" of any layout.
const WORD_REACH: usize = 160;
/// How many words a window of `WORD_REACH` bytes either side of a cue
/// mostly holds, with a sentence's first words.
const WINDOW_WORDS: usize = 128;
/// The most words of a place or occasion between a reporting verb and a
/// clause with no "that" ("wrote in both listings he …").
const OCCASION_WORDS: usize = 5;
/// How far after a verb its "that" is looked for, in words; further for a
/// verb that names the person spoken to first.
const THAT_REACH: usize = 6;
const OBJECT_THAT_REACH: usize = 20;
/// The most words after a closing "which" that make a verdict on the
/// content: "may well be quite true".
const MAX_VERDICT_WORDS: usize = 5;
/// The most words after a cue in a content-first layout ("…, Lavrov said
/// in an interview on Monday").
const TAIL_REACH: usize = 14;
/// The longest word read backwards before a cue, in characters.
pub(crate) const MAX_WORD_BEFORE: usize = 24;
/// The longest content that may be a time alone, in bytes ("the
/// following Wednesday afternoon"): longer ones are not read word by word.
const MAX_TIME_BYTES: usize = 40;
/// How far into a content its finite verb is looked for, in words.
const CLAUSE_VERB_REACH: usize = 16;
/// The most words of a participle's phrase describing a document before
/// its verb ("released on Tuesday by the union", "released this month by
/// the Tamsin Institute").
const DESCRIPTION_REACH: usize = 9;
/// The most words between an "it" and the "to" of an infinitive of speech
/// that makes it the writer's ("it is hardly fair to say that …").
const INFINITIVE_LEAD: usize = 5;
/// How many words after the preposition opening a sentence its object
/// may start ("In nearby Kessel").
const FRONTED_OBJECT_REACH: usize = 3;
/// The most words of a speaker named after the verb of an inverted
/// attribution, before a participle's comma (`said Ana Ruiz, adding`).
const MAX_SPEAKER_AFTER: usize = 6;
/// The most words of a verb's setting before a participle's comma ("said
/// in a statement on Monday, adding …").
const SETTING_WORDS: usize = 6;
/// The most words the mention rules leave out before a subject set off by
/// a comma ("an inside source", "advisers to Ruiz").
const SUBJECT_MODIFIERS: usize = 3;
/// The fewest words a content has.
const MIN_CONTENT: usize = 2;
/// The most bytes a content has: a reported clause of news is a sentence
/// or less (none in PolNeAR passes 700 bytes), and a sentence that never
/// ends ("Acme fumes, Acme fumes, …") would otherwise have each of its
/// cues trim and search a content as long as the text so far.
const MAX_CONTENT_BYTES: usize = 4_000;
/// The fewest words before its quotation that make a mostly quoted
/// content a reported clause (a subject and its verb: "the plan was").
const MIN_OWN_WORDS: usize = 2;
/// The most words of a time between a subject and its verb ("on Tuesday
/// morning").
const TIME_REACH: usize = 3;
/// The most words of a time counted back with "ago" ("a few minutes ago").
const AGO_REACH: usize = 4;
/// The most words of an aside set in commas after a verb ("says, win or
/// lose in Florida, he's staying").
const ASIDE_REACH: usize = 10;
/// The most words of a subject no mention rule reads ("Nearly
/// two-thirds of Democratic primary voters").
const SUBJECT_REACH: usize = 10;
/// The most words of people described by what follows their noun, as the
/// subject of a verb closing the clause before it: "a source with direct
/// knowledge of the matter".
const CLOSING_GROUP_WORDS: usize = 9;
/// The most words back from a poll's share to the word that sets it:
/// "with" of "with a staggering 56 percent".
const SHARE_LEAD_REACH: usize = 3;
/// The most words of a name or noun phrase read as a subject after a
/// subordinator ("after the Security Council condemned …").
const NAME_REACH: usize = 8;
/// The most words of an opener set off before a source phrase ("Since
/// last May, according to …"); a longer stretch is a clause.
const SHORT_OPENER: usize = 5;
/// The fewest words of a content before a comment on it is cut off.
const MIN_CLAUSE_WORDS: usize = 4;
/// The most words of a subject between a coordinator and its verb
/// ("…, and the market did …").
const COORDINATE_SUBJECT: usize = 4;
/// The fewest words of a clause that a source phrase closes.
const MIN_CLAUSE_BEFORE: usize = 3;
/// The most words between a subordinator and a verb joined by "and" to
/// the verb of its clause ("after she attacked the officers and blamed").
const CONJUNCT_REACH: usize = 12;
/// The most words of the relative clauses between a subject and its verb
/// ("A man who lives …, and who …, said"), and of a relative clause set
/// in commas as an aside ("Businesses on the high street, where the line
/// will run, say …").
const RELATIVE_REACH: usize = 24;

/// Every stretch of reported speech in the article, in order, none
/// overlapping another. `attributing` holds, in order, the cues that
/// direct quotations closed before them were attributed by, each with its
/// quotation's span, marks included.
pub(crate) fn reported(cx: &Context<'_>, attributing: &[(Span, Span)]) -> Vec<Reported> {
    // A transcript's turn ("PRESENTER: The authority says its reservoirs
    // …") or an interview's answer is a quotation without marks: the
    // layout of the whole text, whose sentences are read for reports as a
    // body's are. A presenter's narration is no quotation of the speech it
    // reports; the turn stays its speaker's quotation.
    if cx.quotations.iter().any(|q| q.open.is_empty()) {
        let marked: Vec<Quotation> = cx
            .quotations
            .iter()
            .filter(|q| !q.open.is_empty())
            .cloned()
            .collect();
        let cx = Context {
            quotations: &marked,
            sentence_cursor: Default::default(),
            ..*cx
        };
        return reported_in(&cx, attributing);
    }
    reported_in(cx, attributing)
}

/// A subject of the words `w[words]` (not empty), all of them: the mention
/// a mention rule reads from their first when it ends at their last, else
/// the words themselves, as a description the lexicon cannot place ("A
/// man", "The survey of 900 voters"); or a document the words open with
/// its author after it ("The report by the Rail Safety Board (RSB)").
fn subject_words(text: &str, w: &[Word], words: Range<usize>, lexicon: &Lexicon) -> Mention {
    let span = Span::new(w[words.start].span.start, w[words.end - 1].span.end);
    let m = mention_after(text, w, words.start, lexicon);
    m.filter(|m| m.span.end == span.end)
        .or_else(|| m.filter(|m| authored_document(text, &w[words.clone()], m, lexicon)))
        .unwrap_or(Mention::document(span))
}

/// True when `span` ends in an aside of its own that a source phrase
/// after it may close alone: a clause a relative pronoun opens after its
/// last comma ("…, which stood at 263 before the vote") or a bracket left
/// open ("… (the real figure is far lower"). Not an aside closed before
/// the end: "the plan, which she wrote, is dead" ends in its main clause.
fn ends_in_aside(text: &str, span: Span, lexicon: &Lexicon) -> bool {
    let stretch = &text[span.start..span.end];
    if stretch
        .rfind('(')
        .is_some_and(|k| !stretch[k..].contains(')'))
    {
        return true;
    }
    let mut end = span.start;
    let mut aside = false;
    for w in words(text, span) {
        if gap(text, end, w.span.start).contains(',') {
            let t = w.text(text);
            aside = lexicon.is_relative_pronoun(t) || participle_aside(t, lexicon);
        }
        end = w.span.end;
    }
    aside
}

/// True when `word`, after a comma, is a participle in -ing of no verb of
/// speech ("…, missing forecasts", "…, topping its target"): it opens an
/// aside on the figure before it, which a source closing the sentence may
/// vouch for alone. A speech verb's participle ("…, adding that …") is the
/// speaker's; a preposition in -ing ("…, pending repairs", "…, during
/// talks", `prepositions.txt`, `adjunct_heads.txt`) or a word naming
/// examples ("…, including two ports") opens no clause of its own.
fn participle_aside(word: &str, lexicon: &Lexicon) -> bool {
    let class = lexicon.class(word);
    is_gerund(word)
        && !class.is_preposition()
        && !class.is_adjunct_head()
        && !lexicon.is_example_lead(word)
        && lexicon.verb_lemma(word).is_none()
}

/// True when `gap`, after the word `before`, is only the period of an
/// abbreviation ("U.S. District Court", "Gen. Ruiz"), which parts no
/// words: the word read never holds its final period.
fn abbreviation_period(text: &str, before: &Word, gap: &str, lexicon: &Lexicon) -> bool {
    let word = before.text(text);
    gap == "." && (word.contains('.') || lexicon.is_abbreviation(word))
}

/// What sets off the words after a closing attribution, or stands before
/// its speaker only when a clause or an aside does: a comma ("…, adding
/// that …", "…, the port's director"), a colon, a dash, a bracket or a
/// quotation.
const SETS_OFF: [char; 9] = [',', ';', ':', '(', '—', '–', '"', '“', '‘'];

/// True when the speech verb `cue` does nothing but attribute the direct
/// quotation `quoted`, which closes before it: `"The door is open," Ruiz
/// said on Monday.`, `"…," said Ana Ruiz, the port's director.` The
/// quotation opens its sentence, no clause stands between it and the verb
/// (`"…" and talks resumed, Ruiz said`), and after the verb the sentence
/// ends, or words with no "that" stand before it ends or before anything
/// sets them off (`SETS_OFF`): the speaker, or when, where or to whom it
/// was said. A mark right after the verb may open what it reports ("…,
/// he said, that both men …"). Such a cue has no clause to report, and its
/// words are not read.
fn only_attributes(cx: &Context<'_>, cue: Span, quoted: Span) -> bool {
    let text = cx.text;
    let Some(block) = cx.block_at(cue.start) else {
        return false;
    };
    let sentence = cx.sentence_at(block, cue.start);
    let before = text.get(sentence.start..quoted.start);
    let gap = text[quoted.end..cue.start].trim_start();
    let gap = gap.strip_prefix(',').unwrap_or(gap);
    let rest = &text[cue.end..floor_char(text, sentence.end.min(cue.end + REACH)).max(cue.end)];
    let head = rest.split(SETS_OFF).next().unwrap_or_default();
    before.is_none_or(|b| b.trim().is_empty())
        && !gap.contains(SETS_OFF)
        && !gap
            .split_whitespace()
            .next()
            .is_some_and(|w| cx.lexicon.is_relative_pronoun(w))
        && (head.len() == rest.len() || !head.trim().is_empty())
        && !head.split_whitespace().any(|w| w == "that")
}

/// Drops the records at the end of `out` whose contents lie within
/// `start..end` and that `inner` takes for a report told inside the one
/// being read.
fn pop_inner(out: &mut Vec<Reported>, start: usize, end: usize, inner: impl Fn(&Reported) -> bool) {
    while out
        .last()
        .is_some_and(|l| start <= l.content.start && l.content.end <= end && inner(l))
    {
        out.pop();
    }
}

fn reported_in(cx: &Context<'_>, attributing: &[(Span, Span)]) -> Vec<Reported> {
    let mut out: Vec<Reported> = Vec::new();
    let mut reader = Reader {
        cache: WordCache::new(cx.text),
        // Room for the words of a window, so that an article's first cues
        // do not grow them a word at a time.
        near: Vec::with_capacity(WINDOW_WORDS),
        content: Vec::with_capacity(WINDOW_WORDS),
    };
    // A cue inside a quotation is direct speech's, and one in furniture
    // stands in no sentence: only the text between quotations in the other
    // blocks is scanned, and no cue needs asking whether it stands in one.
    // A heading that asks a question asks what its section answers, and
    // reports nothing ("Can I ask for a meter sooner?"), as one that
    // states may ("Ruiz Says Talks Are Over").
    let outside = outside_quotations(
        cx.blocks,
        cx.quotations,
        |bi, b| match b.kind {
            BlockKind::Furniture => false,
            BlockKind::Heading => {
                !layout::bare_question(&cx.text[b.span.start..b.span.end], cx.lexicon)
            }
            // A title may ask as a heading does ("Can I ask for a meter
            // sooner?" as the headline), when the question is all of it: a
            // title of two sentences states before it asks ("X Confirmed a
            // Judge. Is This the Last?").
            BlockKind::Title => {
                let line = &cx.text[b.span.start..b.span.end];
                !layout::bare_question(line, cx.lexicon)
                    || line
                        .trim_end()
                        .trim_end_matches('?')
                        .contains(['.', '!', '?'])
            }
            // A teaser's headline sums its quotation up after the colon
            // ("'…': Minister vows to fight ruling"); the item under it
            // tells what was said.
            BlockKind::Body => !rules::heads_an_item(cx.text, cx.blocks, bi),
        },
        true,
    );
    // The cue of a direct quotation's attribution is walked to as the
    // cues come, in order.
    let mut closing = 0;
    // Where a noun of speech may open a clause ([`noun_that`]): read once
    // the cues are.
    let mut thats: Vec<usize> = Vec::new();
    for found in outside
        .iter()
        .copied()
        .flat_map(|s| cues::scan_all(cx.text, cx.lexicon, s))
    {
        let cue = match found {
            Scanned::Cue(cue) => cue,
            // One overlapping the last ("that that") is skipped, as a
            // search for the string would.
            Scanned::That(pos) => {
                if thats.last().is_none_or(|&l| l + SPACED_THAT.len() <= pos) {
                    thats.push(pos);
                }
                continue;
            }
        };
        walk_to(attributing, &mut closing, |(c, _)| c.start < cue.start);
        if attributing
            .get(closing)
            .is_some_and(|&(c, quoted)| c == cue && only_attributes(cx, cue, quoted))
        {
            continue;
        }
        let Some(r) = read_cue(cx, cue, &mut reader) else {
            continue;
        };
        // "HarperCollins declined to renew the offer, according to an
        // executive", "Police have said they will not release the video,
        // according to the family's lawyers": a source phrase closing the
        // clause reports all of it, a speech it tells of included. A
        // report that ends in an aside keeps its speaker ("Weaver says
        // it's proof of the gap, which stood at 263, according to …"):
        // the source vouches for the aside's fact.
        let closing = r.attribution.cue.is_some_and(|c| c.start >= r.content.end);
        if r.attribution.rule == Rule::ReportedAccordingTo && closing {
            pop_inner(&mut out, r.content.start, r.content.end, |l| {
                l.attribution.cue.is_some_and(|c| {
                    !cx.lexicon.is_reporting(&cx.text[c.start..c.end])
                        || !ends_in_aside(
                            cx.text,
                            Span::new(l.content.start, r.content.end),
                            cx.lexicon,
                        )
                })
            });
        }
        // "The board told her the plan was dead, Ruiz said.": a speaker and
        // verb after a comma, closing the sentence, report all of it; a
        // report told inside it, its speaker in the clause too, is part of
        // what was said, not a record of its own. Not a frame with more
        // after it ("…, she said during the debate were …"), nor one whose
        // subject is a thing shown ("…, the footage showed"): a document
        // may bear out a report told in the sentence rather than tell it.
        if r.attribution.rule == Rule::ReportedBeforeCue
            && closing
            && !matches!(r.attribution.source, Source::Mention(m) if m.kind == MentionKind::Document)
            && closes_sentence(cx.text, r.content, r.attribution.cue)
        {
            // The inner content may have run on over the frame ("… on
            // Monday, Ana Ruiz said").
            let frame_end = r.attribution.cue.map_or(r.content.end, |c| c.end);
            pop_inner(&mut out, r.content.start, frame_end, |l| {
                (r.content.start..r.content.end).contains(&l.attribution.source_start())
                    && l.attribution.cue.is_some_and(|c| c.end <= r.content.end)
            });
        }
        if let Some(last) = out.last_mut()
            && last.content.end > r.content.start
        {
            // A second attribution inside the first one's content ("…
            // intense — and he noted that …", "…, arguing that …") ends that
            // content at the punctuation before it. Without such a break it
            // is a report within the report; the outer one stands alone.
            let source = r.attribution.source_start();
            let clause = if source > last.content.start {
                source.min(cue.start)
            } else {
                cue.start
            };
            // "Too often, Ruiz said, the council is ruled by what he
            // called fear": the comma that closes a frame set inside the
            // content is none between two reports; a break is looked for
            // only after it. Unless "and" or "but" opens a clause after
            // that comma ("…, the minutes show, and experts say it is …"): the
            // comma then parts two reports, and the first ends before its
            // frame.
            let (from, frame) = last
                .attribution
                .cue
                .filter(|c| c.start > last.content.start && c.end < last.content.end)
                .and_then(|c| {
                    let k = cx.text[c.end..last.content.end].find(',')?;
                    let rest = cx.text[c.end + k + 1..].trim_start();
                    if ["and ", "but "].iter().any(|w| rest.starts_with(w)) {
                        let frame = last.attribution.source_start().min(c.start);
                        Some((c.start, Some(frame.max(last.content.start))))
                    } else {
                        Some((c.end + k + 1, None))
                    }
                })
                .unwrap_or((last.content.start, None));
            let Some(cut) = clause_break(cx, from, clause) else {
                continue;
            };
            if act_in_adjunct(cx, cut, cue)
                || verb_after_apposition(cx, last.content, cut, cue)
                || verb_after_alias(cx, cut, cue)
            {
                continue;
            }
            let end = frame.unwrap_or(cut);
            last.content = trim_content(cx.text, Span::new(last.content.start, end));
            if words(cx.text, last.content).nth(MIN_CONTENT - 1).is_none() {
                // Cut to a word ("… posted online, she criticized …"):
                // nothing of it was speech.
                out.pop();
                if out.last().is_some_and(|l| l.content.end > r.content.start) {
                    continue;
                }
            } else if r.content.start < last.content.end {
                continue;
            }
        }
        // "said that talks had stalled and that a deal was off": each
        // clause after its own "that" is a report of its own, with the same
        // speaker and cue.
        let mut r = r;
        while let Some((end, start)) = second_that(cx, r.content, &mut reader) {
            out.push(Reported {
                content: trim_content(cx.text, Span::new(r.content.start, end)),
                ..r
            });
            r.content = Span::new(start, r.content.end);
        }
        // "said his side would be without Mensah, who is suspended, and
        // that …": a content cut at a comment before its second "that"
        // still has that clause to report, when no other cue stands
        // between.
        if r.attribution.rule == Rule::ReportedAfterCue {
            let sentence = cx.sentence_at(r.block, r.content.end);
            let rest = Span::new(
                r.content.end,
                floor_char(cx.text, sentence.end.min(r.content.end + REACH)),
            );
            if rest.end > rest.start
                && let Some((_, start)) = second_that(cx, rest, &mut reader)
                && cues::scan_in(cx.text, cx.lexicon, Span::new(rest.start, start))
                    .next()
                    .is_none()
            {
                let Reader { cache, content, .. } = &mut reader;
                let c = cut_at_new_predicate(cx, Span::new(start, rest.end), cache, content);
                let c = trim_content(cx.text, cut_at_aside(cx.text, c));
                out.push(r);
                r = Reported { content: c, ..r };
            }
        }
        out.push(r);
    }
    // "In a poll released Monday, 50 percent chose Ruiz": a finding with
    // no cue of its own, taken where no speech cue reported the sentence.
    // Only a block with such an opening is split into sentences.
    // The window's text is searched whole, once: the spans outside
    // quotations are many and short, and a search set up for each costs
    // more than the bytes inside quotations it passes over. Only from the
    // first span to the last: searched from the article's start, each
    // window of a long text would read all the text before it again.
    let (lo, hi) = match (outside.first(), outside.last()) {
        (Some(first), Some(last)) => (first.start, last.end),
        _ => (0, 0),
    };
    let mut spans = outside.iter().peekable();
    let found: Vec<Reported> = IN
        .find_iter(&cx.text.as_bytes()[lo..hi])
        .map(|k| lo + k)
        .filter(|&pos| {
            while spans.next_if(|s| s.end < pos + IN.needle().len()).is_some() {}
            spans.peek().is_some_and(|s| s.start <= pos)
        })
        .filter_map(|pos| {
            let block = cx.block_at(pos)?;
            in_document(cx, block, pos)
        })
        .collect();
    for r in found {
        insert_clear(&mut out, r);
    }
    // "Ruiz's claim that the port will reopen", "amid reports that the
    // mayor will resign": a noun of something said reports the clause its
    // "that" opens, where no cue reported those words already.
    let nominal: Vec<Reported> = thats
        .into_iter()
        .filter_map(|pos| noun_that(cx, pos + 1, &mut reader))
        .collect();
    for r in nominal {
        insert_clear(&mut out, r);
    }
    let labelled: Vec<Reported> = cx
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .filter_map(|(i, b)| labelled_title(cx, i, b.span))
        .collect();
    if !labelled.is_empty() {
        out.extend(labelled);
        out.sort_by_key(|r| r.content.start);
        let mut end = 0;
        out.retain(|r| {
            let keep = r.content.start >= end;
            if keep {
                end = r.content.end;
            }
            keep
        });
    }
    out
}

/// The most words after a verb that closes its sentence: a time ("said
/// late on Thursday").
const FRAME_TAIL: usize = 4;

/// The most bytes read after a verb that closes its sentence: FRAME_TAIL
/// words of a long name's length.
const FRAME_TAIL_BYTES: usize = 160;

/// True when `cue` stands in a frame after `content` and a comma that ends
/// the sentence: "…, Ruiz said.", "…, the agency reported late Thursday."
/// Only FRAME_TAIL words after the verb are read, and no more than
/// FRAME_TAIL_BYTES: a word has no length of its own.
fn closes_sentence(text: &str, content: Span, cue: Option<Span>) -> bool {
    let Some(cue) = cue else {
        return false;
    };
    let after_content = text.get(content.end..cue.start).unwrap_or_default();
    if !after_content.trim_start().starts_with(',') {
        return false;
    }
    let rest = text.get(cue.end..).unwrap_or_default();
    let mut words = 0;
    for (at, c) in rest.char_indices() {
        if at > FRAME_TAIL_BYTES {
            return false;
        }
        match c {
            // A CRLF line end is a line end.
            '.' | '!' | '?' | '\n' | '\r' => return true,
            ' ' => words += 1,
            // A name's hyphen or possessive is inside a word ("said
            // co-chair Ana Ruiz-Pérez.", "said Ana Ruiz's lawyer.").
            c if c.is_alphanumeric() || matches!(c, '\u{a0}' | '-' | '\'' | '’') => {}
            _ => return false,
        }
        if words > FRAME_TAIL {
            return false;
        }
    }
    true
}

/// The search for the "In " that opens a finding's sentence, built once:
/// building a searcher costs more than searching most stretches between
/// quotations, and a text has hundreds of them.
static IN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"In "));

/// Puts `r` in `out`, ordered by content, unless its content overlaps one
/// found before: a report found by a cue keeps its words.
fn insert_clear(out: &mut Vec<Reported>, r: Reported) {
    let at = out.partition_point(|o| o.content.start < r.content.start);
    let clear = out.get(at).is_none_or(|n| n.content.start >= r.content.end)
        && at
            .checked_sub(1)
            .is_none_or(|p| out[p].content.end <= r.content.start);
    if clear {
        out.insert(at, r);
    }
}

/// The clause that the "that" at `that` opens after a noun of something
/// said (`speech_nouns.txt`): "Ruiz's claim that the port will reopen",
/// "denied allegations that he lied". A form that is a verb as well is a
/// noun only after a word that makes one of it or a preposition ("his
/// claim", "amid reports"), maybe past modifiers ("his stern warning");
/// not after its subject ("Ruiz claims that …", a cue's). A
/// relative "that" ("the claim that was made", "a claim that the office
/// denies") opens no clause of what was said, and a noun phrase that opens
/// its sentence is mostly the subject of a verb its clause runs into ("The
/// claims that he made were false"), where the clause's end cannot be
/// told: neither is taken. The speaker is the noun's possessor, a name, a
/// role or a pronoun; for one claim without one ("made a promise that"),
/// the clause's subject; else no one named.
fn noun_that(cx: &Context<'_>, that: usize, reader: &mut Reader<'_>) -> Option<Reported> {
    let (text, lexicon) = (cx.text, cx.lexicon);
    let noun = word_before(text, that)?;
    let form = &text[noun.start..noun.end];
    if !lexicon.is_speech_noun(form) {
        return None;
    }
    let block = cx.block_at(that)?;
    let sentence = cx.sentence_at(block, that);
    // The noun and the words before it in its sentence, as far back as
    // its owner's name may open.
    let from = floor_char(
        text,
        sentence.start.max(noun.start.saturating_sub(OWNER_REACH)),
    );
    let w: Vec<Word> = words(text, Span::new(from, noun.end)).collect();
    let vi = w.len().checked_sub(1)?;
    let opener = |p: Span| {
        let prev = &text[p.start..p.end];
        let class = lexicon.class(prev);
        prev != "to" && (class.is_preposition() || makes_noun_or_infinitive(text, p, form, lexicon))
    };
    // The word that opens the noun phrase, its possessor's or its
    // determiner: else the word right before the noun.
    let opening = phrase_opener(text, &w, vi, lexicon);
    let owner_word = opening.map(|k| {
        let q = with_apostrophe(text, &w[k]);
        if opener(q) { q } else { w[vi - 1].span }
    });
    if lexicon.class(form).is_verb() && !owner_word.is_some_and(opener) {
        return None;
    }
    let owner = opening.and_then(|k| possessor(text, &w, k, lexicon));
    let np_start = match (owner, owner_word) {
        (Some(m), _) => m.span.start,
        (None, Some(p)) if makes_noun_or_infinitive(text, p, form, lexicon) => p.start,
        _ => noun.start,
    };
    // Only a short stretch is asked whether it is all space: a long one
    // holds words, or is no sentence's opening worth reading.
    if np_start - sentence.start <= WORD_REACH && text[sentence.start..np_start].trim().is_empty() {
        return None;
    }
    let head = Span::new(that, floor_char(text, sentence.end.min(that + WORD_REACH)));
    let w: Vec<Word> = words(text, head).take(CLAUSE_VERB_REACH + 1).collect();
    if w.len() < 3
        || relative_that(text, &w, 0, lexicon)
        || !looks_like_clause(text, &w, 1, lexicon)
    {
        return None;
    }
    let Reader { cache, content, .. } = reader;
    let end = floor_char(text, sentence.end.min(that + REACH));
    let c = cut_at_new_predicate(cx, Span::new(w[1].span.start, end), cache, content);
    let c = cut_at_quoted_sentence(cx, cut_at_aside(text, c));
    // "After Ruiz's claim that the port would reopen, the union …": a
    // noun in an adjunct opening the sentence, with no verb before it, has
    // its clause end with the adjunct, at its comma.
    let lead_start = floor_char(
        text,
        sentence.start.max(noun.start.saturating_sub(WORD_REACH)),
    );
    let lead: Vec<Word> = words(text, Span::new(lead_start, noun.start))
        .take(CLAUSE_VERB_REACH + 1)
        .collect();
    let fronted = lead_start == sentence.start
        && lead.len() <= CLAUSE_VERB_REACH
        && !has_verb(text, &lead, lexicon);
    let c = match memchr::memchr(b',', &text.as_bytes()[c.start..c.end]) {
        Some(k) if fronted => Span::new(c.start, c.start + k),
        _ => c,
    };
    let c = trim_content(text, c);
    // "a claim that the mayor's office denies": a short clause ending in
    // a verb of speech lacks its object, which the relative "that" is.
    let gapped = || {
        let last = after_last_space(&text[c.start..c.end]);
        let class = lexicon.class(last);
        words(text, c).nth(GAPPED_WORDS).is_none()
            && last.starts_with(char::is_lowercase)
            && class.is_verb()
            && !class.is_noun_form()
    };
    if words(text, c).nth(MIN_CONTENT - 1).is_none() || mostly_quoted(cx, c) || gapped() {
        return None;
    }
    // "Ruiz made a promise that …", "backed away from a suggestion that
    // …": one claim, with no possessor, is the clause's subject's; claims
    // in the plural or "the" claim may be anyone's.
    let indefinite = owner_word.is_some_and(|p| matches!(&text[p.start..p.end], "a" | "an"));
    let owner = owner.or_else(|| {
        indefinite
            .then(|| cx.subject(block, &[Word { span: noun }], 0))
            .flatten()
            // "It was a claim that …": an empty "it" claims nothing.
            .filter(|m| !text[m.span.start..m.span.end].eq_ignore_ascii_case("it"))
    });
    let source = owner.map_or(Source::Unknown, Source::Mention);
    Some(Reported {
        content: c,
        attribution: Attribution {
            rule: Rule::ReportedNoun,
            kind: Kind::Indirect,
            source,
            cue: Some(noun),
        },
        block,
    })
}

/// The most words of a relative clause with its object gapped after a
/// noun of speech: a subject, an adverb and a verb ("the mayor's office
/// strongly denies").
const GAPPED_WORDS: usize = 5;

/// How far before a noun of speech the words of its owner and its
/// modifiers are read, in bytes: "the deputy mayor's recent evidence-free
/// claim".
const OWNER_REACH: usize = 112;

/// The longest label before a title's colon, in bytes.
const LABEL_REACH: usize = 60;
/// How far after a labelled title its speaker is looked for, in bytes.
const LEDE_REACH: usize = 1500;
/// The most words of a speaker's label.
const LABEL_WORDS: usize = 4;

/// `Lavrov: Talks Will Get Harder`: a title or heading whose first words,
/// all capitalised, name a speaker who says the rest.
fn labelled_title(cx: &Context<'_>, block: usize, span: Span) -> Option<Reported> {
    let text = cx.text;
    let line = &text[span.start..span.end];
    let colon = line[..floor_char(line, line.len().min(LABEL_REACH))].find(": ")?;
    let label = &line[..colon];
    let n = label.split_whitespace().count();
    let names = label.split_whitespace().all(|x| {
        x.starts_with(char::is_uppercase)
            && x.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    });
    if n == 0 || n > LABEL_WORDS || !names || cx.lexicon.is_kicker(label) {
        return None;
    }
    let label = Span::new(span.start, span.start + colon);
    let lw: Vec<Word> = words(text, label).collect();
    // Only a label read as a speaker whom the lede names again: not
    // "Breaking", "The Latest"; a poll the lede reports is one ("Poll: …").
    let mention = mention_after(text, &lw, 0, cx.lexicon)
        .filter(|m| m.span == label && !m.is_generic(text, cx.lexicon))
        .or_else(|| {
            // "Report: …": a lone speech verb in its bare form names the
            // report that says the rest; it is kept as said, unresolved.
            let [w] = lw.as_slice() else { return None };
            let t = w.text(text);
            cx.lexicon
                .is_bare_verb_in(t, cx.lexicon.class(t))
                .then(|| Mention::document(label))
        })?;
    let last = lw.last()?.text(text);
    // "Harbourline Festival: …", "Senate Hearing: …": a label that ends
    // in an occasion's noun names where the news happened, not who says
    // it.
    if cx.lexicon.class(last).is_occasion_noun() {
        return None;
    }
    let lede = &text[span.end..floor_char(text, text.len().min(span.end + LEDE_REACH))];
    // A function word ("FIX IS IN") is in every lede, whatever its case.
    if cx.lexicon.is_function_word(last) || !names_again(lede, last) {
        return None;
    }
    let content = trim_content(text, Span::new(label.end + 1, span.end));
    // "Marisol Venn: Glass Harbour review – a quiet storm": a kind of piece
    // in lower case closing the words after the colon (before any dash)
    // names the piece the title heads, a review of the label's work; the
    // label says none of it.
    let named = text[content.start..content.end]
        .split(['–', '—'])
        .next()
        .map(|named| after_last_space(named.trim_end()))
        .is_some_and(|kind| kind.starts_with(char::is_lowercase) && cx.lexicon.is_kicker(kind));
    let enough = words(text, content).nth(MIN_CONTENT - 1).is_some();
    (enough && !named && !mostly_quoted(cx, content)).then_some(Reported {
        content,
        attribution: Attribution {
            rule: Rule::ReportedLabel,
            kind: Kind::Indirect,
            source: Source::Mention(mention),
            cue: Some(Span::new(label.end, label.end + 1)),
        },
        block,
    })
}

/// True when `content` is words in capitals, two at least and none in
/// lower case: the lettering on a thing ("a mug that says BEST BOSS IN THE
/// PORT", "a banner reading NO CUTS"), which speech reported would have
/// in quotes. A word of a script without case (Chinese, Arabic, Hebrew)
/// has no capitals, and is no lettering.
fn lettering(content: &str) -> bool {
    let mut capitals = 0;
    for word in content.split(|c: char| !c.is_alphabetic()) {
        if word.chars().any(char::is_lowercase) {
            return false;
        }
        capitals +=
            usize::from(word.chars().nth(1).is_some() && word.chars().any(char::is_uppercase));
    }
    capitals >= 2
}

/// True when `content` ends in a question word with no verb before it
/// ("asked people why", "asked them how"): the question itself is left
/// out, told elsewhere, and what remains is only whom it was put to.
fn elided_question(text: &str, content: Span, lexicon: &Lexicon) -> bool {
    let c = &text[content.start..content.end];
    let last = after_last_space(c);
    lexicon.class(last).is_question_word(last)
        && !c[..c.len() - last.len()]
            .split_whitespace()
            .any(|t| is_finite_like(t, lexicon) || lexicon.verb_lemma(t).is_some())
}

/// True when `lede` holds `word` again as a word of its own, in any case
/// and either number: a title's capitals are the title's, not the name's
/// ("Poll: …" over "a new poll shows", "Khans: …" over "Khizr Khan").
/// Only in prose: as the label of another title it names no one again
/// ("Flood: …" over "the flooding" and a teaser's "Flood: …").
fn names_again(lede: &str, word: &str) -> bool {
    let word = stem(word);
    let in_prose = |w: &str| {
        let end = w.as_ptr() as usize - lede.as_ptr() as usize + w.len();
        !lede[end..].starts_with(':')
    };
    !word.is_empty()
        && lede
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
            .any(|w| stem(w).eq_ignore_ascii_case(word) && in_prose(w))
}

/// `word` without its possessive or plural ending: "Khans" and "Khan's"
/// read as "Khan".
fn stem(word: &str) -> &str {
    let w = word.trim_end_matches(['\'', '’']);
    let w = strip_possessive(w).unwrap_or(w);
    if w.len() > 3 {
        w.strip_suffix(['s', 'S']).unwrap_or(w)
    } else {
        w
    }
}

/// The relative that holds the noun it stands for ("what she told
/// reporters"), which relative_pronouns.txt, of relatives that describe a
/// noun before them, does not list: a clause it opens lacks its object
/// as theirs does.
const FREE_RELATIVE: &str = "what";

/// Words that tell that the words between a relative and a verb of saying
/// are no subject alone: an infinitive ("what she wants to show") or a
/// second predicate ("which he favors but says"). Not "and", which may
/// join two subjects ("what she and her aides said").
const NO_SUBJECT_ALONE: [&str; 3] = ["to", "but", "or"];

/// Whether `word`, after a verb that takes an object, reads as that
/// object rather than as a finite verb: a word in -s ("what she told
/// reporters") is as often a plural noun, and only a past or an auxiliary
/// ("has", "was") is a verb for certain there.
fn plural_not_verb(word: &str, lexicon: &Lexicon) -> bool {
    ends_as_plural(word) && !lexicon.is_auxiliary(word) && !lexicon.is_irregular_past(word)
}

/// The punctuation that ends a clause inside a sentence.
const CLAUSE_BREAKS: [char; 5] = [',', ';', '—', '–', ':'];

/// Where a content is cut at the last clause-breaking punctuation (`,` `;`
/// `—` `–` `:`) between `from` and `to`, if there is one: not the comma of
/// a number ("250,000"). A quotation opened inside the content and closed
/// right after the punctuation (`had "no idea," adding …`) is cut with its
/// closing mark, so that the content keeps it whole.
fn clause_break(cx: &Context<'_>, from: usize, to: usize) -> Option<usize> {
    let text = cx.text;
    if to <= from {
        return None;
    }
    let at = text[from..to]
        .rmatch_indices(CLAUSE_BREAKS)
        .map(|(i, _)| from + i)
        .find(|&i| !in_number(text, i))
        .filter(|&i| i > from)?;
    let after = at + text[at..].chars().next().map_or(1, char::len_utf8);
    let i = cx.quotations.partition_point(|q| q.close.end <= at);
    let closing = (cx.quotations.get(i)).filter(|q| from <= q.open.start && q.close.start == after);
    Some(closing.map_or(at, |q| q.close.end.min(to)))
}

/// True when a cue inside an earlier content, after its break at `cut`,
/// is a verb as often of acts as of speech (`action_verbs.txt`: "found",
/// "showed") in a clause of time that opens right after the break
/// (`time_subordinators.txt`: "According to the police, the theft came to
/// light on Monday, when staff found the safe open"): the clause tells
/// when the reported thing happened, part of what was reported, no report
/// of its own. A verb with a "that" clause after it ("…, after an audit
/// showed that costs had doubled") reports that clause: the audit speaks.
fn act_in_adjunct(cx: &Context<'_>, cut: usize, cue: Span) -> bool {
    let lexicon = cx.lexicon;
    let opener = cx.text[cut..cue.start]
        .split(|c: char| !c.is_alphanumeric())
        .find(|s| !s.is_empty());
    let reports_clause = (cx.text[cue.end..].trim_start().strip_prefix("that"))
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    !reports_clause
        && opener.is_some_and(|o| lexicon.is_time_subordinator(o))
        && lexicon
            .lemma_of(lexicon.class(&cx.text[cue.start..cue.end]))
            .is_some_and(|l| l.action)
}

/// The most words of a name set before an apposition in a content.
const APPOSED_NAME: usize = 4;

/// True when a cue inside an earlier `content`, after its break at `cut`,
/// is the finite verb of the content's own clause, its subject a name and
/// the role set in commas after it ("told jurors that Curtis Wendell, the
/// owner of the firm, instructed him to …"): the comma closes the
/// apposition, no clause, and the report within the report is part of the
/// content.
fn verb_after_apposition(cx: &Context<'_>, content: Span, cut: usize, cue: Span) -> bool {
    let text = cx.text;
    let Some(opening) = text[content.start..cut].find(',') else {
        return false;
    };
    let name = &text[content.start..content.start + opening];
    text[cut..cue.start]
        .trim_start_matches(',')
        .trim()
        .is_empty()
        && !text[cue.start..cue.end].ends_with("ing")
        && name.split(' ').count() <= APPOSED_NAME
        && name
            .split(' ')
            .all(|word| is_capitalized(word) && word.chars().all(|c| c.is_alphabetic() || c == '.'))
}

/// True when the words between the break at `cut` and a cue inside an
/// earlier content are another name for the noun before the break, set in
/// commas ("said engineer Pat Moran, AKA Low Tide, wrote …"): the alias
/// is no subject, and the verb is the content's own, its subject the
/// noun the alias follows.
fn verb_after_alias(cx: &Context<'_>, cut: usize, cue: Span) -> bool {
    let aside = cx.text[cut..cue.start].trim_start_matches(',').trim();
    aside.strip_suffix(',').is_some_and(|alias| {
        let mut words = alias.split(' ');
        words.next().is_some_and(|w| cx.lexicon.is_alias_mark(w))
            && words.nth(MAX_MENTION).is_none()
    })
}

/// True when the comma or point at `pos` parts the digits of a number
/// ("2,400", "1.5 million"): it ends no clause.
fn in_number(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    matches!(b[pos], b',' | b'.')
        && pos > 0
        && b[pos - 1].is_ascii_digit()
        && b.get(pos + 1).is_some_and(u8::is_ascii_digit)
}

/// Where a content after its cue ends and a second one begins at an "and
/// that" or "but that" coordinated with the first clause ("said that talks
/// had stalled, but that a deal was near"), if it holds one: the end of the
/// first clause and the start of the second, past its "that". Not inside
/// quoted words, nor with either clause of fewer than `MIN_CONTENT` words
/// (the second one more); and the "that" must open a clause, not stand as
/// its subject ("and that was all").
fn second_that(cx: &Context<'_>, content: Span, reader: &mut Reader<'_>) -> Option<(usize, usize)> {
    let (text, lexicon) = (cx.text, cx.lexicon);
    let bytes = &text.as_bytes()[content.start..content.end];
    THAT.find_iter(bytes).find_map(|k| {
        // " that " is preceded by " and" or " but".
        let conj = content.start + k.checked_sub(4)?;
        let start = content.start + k + " that ".len();
        if !matches!(&text.as_bytes()[conj..conj + 4], b" and" | b" but")
            || start >= content.end
            || cx.in_quotation(conj)
        {
            return None;
        }
        let end = text[..conj].trim_end_matches([' ', ',']).len();
        if end <= content.start
            || words(text, Span::new(content.start, end))
                .nth(MIN_CONTENT - 1)
                .is_none()
        {
            return None;
        }
        let w = &mut reader.content;
        w.clear();
        reader.cache.read(
            Span::new(start, floor_char(text, content.end.min(start + WORD_REACH))),
            CLAUSE_VERB_REACH,
            w,
        );
        let first = w.get(MIN_CONTENT).and(w.first())?.text(text);
        // "and that plans for a new lane had been drawn up": a word that
        // looks finite ("plans", "consensus") is the clause's subject when
        // an auxiliary follows it; "and that means …" is the writer's.
        let subject = || {
            !lexicon.is_auxiliary(first)
                && w[1..].iter().any(|x| {
                    let t = x.text(text);
                    !is_capitalized(t) && lexicon.is_auxiliary(t)
                })
        };
        // "but that waterbombing aircraft had been grounded": after "that"
        // an -ing word with an auxiliary to follow opens the subject
        // ("rising costs had", "closing the road was"), no adjunct.
        let gerund_subject = || first.ends_with("ing") && subject();
        ((!is_finite_like(first, lexicon) || subject())
            && (looks_like_clause(text, w, 0, lexicon) || gerund_subject()))
        .then_some((end, start))
    })
}

/// True when the cue is the verb of a question put with its auxiliary
/// before the subject ("Can I ask for a meter sooner?", "Will she say
/// more?"): a question asked, no report of what anyone said.
fn asked_of_subject(cx: &Context<'_>, sentence: Span, cue: Span) -> bool {
    let text = cx.text;
    if !text[sentence.start..sentence.end]
        .trim_end_matches(['"', '\'', '’', '”', ' ', '\n'])
        .ends_with('?')
        || cue.start < sentence.start
    {
        return false;
    }
    let mut lead = text[sentence.start..cue.start].split_whitespace();
    let (Some(aux), Some(subject)) = (lead.next(), lead.next()) else {
        return false;
    };
    // One more word may stand before the verb ("Can we still ask …").
    lead.nth(1).is_none()
        && is_capitalized(aux)
        && cx.lexicon.is_auxiliary(&aux.to_ascii_lowercase())
        && (subject == "I" || is_subject_pronoun(subject, cx.lexicon.class(subject)))
}

/// The search for the " that " of a second clause, built once.
static THAT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b" that "));

/// The words an article's cues are read in, and the buffers they are read
/// into, kept from one cue to the next.
struct Reader<'t> {
    cache: WordCache<'t>,
    /// The words near a cue.
    near: Vec<Word>,
    /// The first words of a content.
    content: Vec<Word>,
}

/// The reported speech a cue introduces, if any.
fn read_cue(cx: &Context<'_>, cue: Span, reader: &mut Reader<'_>) -> Option<Reported> {
    let text = cx.text;
    let cue_text = &text[cue.start..cue.end];
    let mut class = cx.lexicon.class(cue_text);
    // "The court heard that …": a proceeding hears what its witnesses say;
    // anyone else heard a rumour or a noise.
    let before = word_before(text, cue.start);
    if class.is_proceeding_verb() {
        let noun = before.map(|p| cx.lexicon.class(&text[p.start..p.end]));
        if !noun.is_some_and(|n| n.is_proceeding_noun()) {
            return None;
        }
        class = class.as_verb();
    }
    // "the Post reported", "the Huffington Post said": a verb's bare form
    // written with a capital after a determiner, or after a capitalised
    // word after one, ends a newspaper's name. A title-case headline
    // ("The Leaders Warn Of …") capitalises the word after it too.
    let bare = class.is_verb() && cx.lexicon.is_bare_verb_in(cue_text, class);
    if bare && is_capitalized(cue_text) && names_paper(text, before, cue, cx.lexicon) {
        return None;
    }
    // "host of a morning show, suggested …": a bare form after an
    // indefinite article and the modifiers after it, closing a noun phrase
    // there, is that phrase's noun, as a singular subject would take
    // "shows"; after a collective noun it may still be the verb ("A larger
    // percentage say they …"). A noun of speech ("an unprompted call to
    // end …") is read as one further on.
    if bare
        && after_indefinite(text, cue.start, cx.lexicon)
        && phrase_closes(text, cue.end, cx.lexicon)
        && !cx.lexicon.is_noun_cue(cue_text)
        && !cx.lexicon.is_speech_noun(cue_text)
    {
        return None;
    }
    // "secretary of state", "swing states": a form that is mostly a noun
    // reports speech only when "that" follows it.
    if class.is_noun_form() && !text[cue.end..].trim_start().starts_with("that ") {
        return None;
    }
    // Most cues that report nothing are told by the word before them ("the
    // states", "to confirm"): checked before any word is read.
    if class.is_verb()
        && before.is_some_and(|p| {
            let prev = &text[p.start..p.end];
            makes_noun_or_infinitive(text, p, cue_text, cx.lexicon)
                && !(prev == "to"
                    && (that_right_after(text, cue.end)
                        || continued(text, p.start, cx.lexicon)
                        || means_before(text, p.start, cx.lexicon).is_some()))
        })
    {
        return None;
    }
    if class.is_verb() && before.is_some_and(|p| counted_past_modifier(text, p, cue, cx.lexicon)) {
        return None;
    }
    // "Leaked emails showed that …", "the reports say …": a plural form
    // with a verb of its own right after it is that verb's subject.
    if class.is_verb() && subject_of_next_verb(text, cue, cx.lexicon) {
        return None;
    }
    let block = cx.block_at(cue.start)?;
    let sentence = cx.sentence_at(block, cue.start);
    let heading = || heading_line(cx, block, sentence);
    if class.is_verb() && plural_noun_subject(text, sentence, heading, before, cue, cx.lexicon) {
        return None;
    }
    if asked_of_subject(cx, sentence, cue) {
        return None;
    }
    let window = Span::new(
        floor_char(text, sentence.start.max(cue.start.saturating_sub(REACH))),
        floor_char(text, sentence.end.min(cue.end + REACH)),
    );
    // Words are read near the cue only (and at the sentence's start, for a
    // content that comes first): the content's far end is a byte offset.
    let near = Span::new(
        floor_char(text, window.start.max(cue.start.saturating_sub(WORD_REACH))),
        floor_char(text, window.end.min(cue.end + WORD_REACH)),
    );
    let Reader {
        cache,
        near: w,
        content: content_words,
    } = reader;
    w.clear();
    if near.start > window.start {
        let head = Span::new(
            window.start,
            floor_char(text, near.start.min(window.start + WORD_REACH)),
        );
        cache.read(head, CLAUSE_VERB_REACH, w);
    }
    let read = w.last().map_or(0, |l| l.span.end);
    let head_len = w.len();
    cache.read(near, usize::MAX, w);
    let overlap = w[head_len..]
        .iter()
        .take_while(|x| x.span.start < read)
        .count();
    w.drain(head_len..head_len + overlap);
    // A speech idiom ("made it clear") is one verb: its words are read as
    // one word, so that its subject is looked for before the first and its
    // content after the last, as a verb's are.
    let vi = w.iter().position(|x| x.span.start == cue.start)?;
    if class.is_verb() && cue_text.contains(' ') {
        let last = vi + w[vi..].iter().position(|x| x.span.end == cue.end)?;
        w[vi].span = cue;
        w.drain(vi + 1..=last);
    }
    let w: &[Word] = w;
    if let Some(content) = unattributed_question(cx, w, vi, window) {
        // "Asked whether he would run, Ruiz laughed": the question is
        // reported, its asker unnamed.
        return Some(Reported {
            content: trim_content(text, content),
            attribution: Attribution {
                rule: Rule::ReportedAfterCue,
                kind: Kind::Indirect,
                source: Source::Unknown,
                cue: Some(cue),
            },
            block,
        });
    }
    // The word that is the cue has the class looked up above. A
    // participle opening its sentence is a verb in capitals too ("Noting
    // that …, Ruiz called …").
    let is_verb = || {
        if w[vi].span == cue {
            cx.is_verb_in(&w[vi], class)
                || class.is_verb()
                    && cue_text.ends_with("ing")
                    && text[sentence.start..cue.start].trim().is_empty()
        } else {
            cx.is_verb(&w[vi])
        }
    };
    let r = if cues::source_phrase_len(text, w, vi, cx.lexicon) > 0 {
        according_to(cx, w, vi, window)
    } else if is_verb()
        // When the word before is the one read before any word was, it
        // was found to make no noun of the verb.
        && (w[vi].span == cue && vi > 0 && before == Some(w[vi - 1].span)
            || !noun_or_infinitive(cx, w, vi))
    {
        // The cue's class serves for the word when the word is the cue.
        let class = if w[vi].span == cue {
            class
        } else {
            cx.lexicon.class(w[vi].text(text))
        };
        verb(cx, w, vi, window, class).or_else(|| headline_frame(cx, w, vi, window, class))
    } else {
        None
    }?;
    // "…, the island's GP, who said: …": a verb in a relative clause
    // reports nothing of the clause its relative hangs on.
    if r.1 == Rule::ReportedBeforeCue
        && before.is_some_and(|p| text[p.start..p.end].eq_ignore_ascii_case("who"))
    {
        return None;
    }
    // "The jury was told", "the inquest heard": a proceeding given
    // evidence.
    // Both asked only of a cue that the tests before them let through.
    let is_passive = || r.1 != Rule::ReportedAccordingTo && passive(text, w, vi, cx.lexicon);
    let proceeding = |passive: bool| {
        (passive || class.is_proceeding_verb()) && names_proceeding(text, r.2, cx.lexicon)
    };
    // A speaker the lexicon cannot place ("the clip", "some steep") makes
    // a noun of the verb more likely than speech; a proceeding is placed.
    if r.2.is_generic(text, cx.lexicon)
        && !matches!(r.2.kind, MentionKind::Document)
        && r.1 != Rule::ReportedAccordingTo
        && !proceeding(is_passive())
    {
        return None;
    }
    // A content after its cue ends where a new predicate begins; one before
    // its cue is the whole clause before the attribution.
    let content = match r.1 {
        Rule::ReportedAfterCue => {
            let c = cut_at_new_predicate(cx, r.0, cache, content_words);
            let c = cut_at_aside(text, c);
            let c = cut_at_quoted_sentence(cx, c);
            // "When Francis said Trump is not Christian, the pope …": a
            // cue inside an opening adjunct has its content end with the
            // adjunct, at its comma.
            let fronted = || {
                window.start == sentence.start
                    && opens_adjunct(text, w, cx.lexicon)
                    && !text[window.start..cue.start].contains(',')
            };
            // So does one in a relative clause set in commas ("The
            // director, who said …, left early").
            let relative = || {
                text[r.2.span.start..r.2.span.end].eq_ignore_ascii_case("who")
                    && text[..r.2.span.start].trim_end().ends_with(',')
                    || text
                        .get(r.2.span.end..r.3.start)
                        .and_then(|g| g.strip_prefix(", who "))
                        .is_some_and(|g| !g.contains(','))
            };
            // Asked only of a content with a comma to end at.
            match memchr::memchr(b',', &text.as_bytes()[c.start..c.end]) {
                Some(k) if fronted() || relative() => Span::new(c.start, c.start + k),
                _ => c,
            }
        }
        _ => r.0,
    };
    let content = trim_content(text, content);
    // "Separately, Kessler has held talks …": an adverb opening the
    // sentence that ties it to the one before is the writer's, not the
    // speaker's. One before an attribution set inside the content ("Still,
    // he said, …") is left with it.
    let c = &text[content.start..content.end];
    let outside = r.3.end <= content.start || r.3.start >= content.end;
    let content = match split_at_comma(c) {
        Some((first, rest))
            if outside && is_capitalized(first) && cx.lexicon.is_connective_adverb(first) =>
        {
            Span::new(content.end - rest.len(), content.end)
        }
        _ => content,
    };
    // "still repeats it, half as a joke": a pronoun set off by a comma is
    // the whole object, words said before; what follows is the writer's.
    let c = &text[content.start..content.end];
    // The comma is found by memchr: a char pattern's searcher costs more
    // to set up than most contents are long.
    if memchr::memchr(b',', c.as_bytes()).is_some_and(|k| {
        let first = &c[..k];
        cx.lexicon
            .pronoun(first)
            .is_some_and(|p| !p.subject || first.eq_ignore_ascii_case("it"))
    }) {
        return None;
    }
    // "praised Obama": one word is a content when it names someone the
    // speech was about.
    let named = r.1 == Rule::ReportedAfterCue
        && is_capitalized(&text[content.start..content.end])
        && !cx.lexicon.is_reporting(cue_text)
        && cx
            .lexicon
            .pronoun(&text[content.start..content.end])
            .is_none();
    // "half said so": a word for a clause said before is one too. So is a
    // word that answers a question whole ("asked whether she would run,
    // the mayor said no"): the answer is all that was said, when a
    // question stands near it.
    let enough = named
        || words(text, content).nth(MIN_CONTENT - 1).is_some()
        || r.1 == Rule::ReportedAfterCue
            && cx.lexicon.is_answer_word(&text[content.start..content.end])
            && question_near(cx, block, sentence, cue)
        || r.1 == Rule::ReportedAfterCue
            && pro_form_after(text, w, vi, cx.lexicon) == Some(content);
    if !enough
        || way_made(text, content, cx.lexicon)
        || mostly_quoted(cx, content)
        || lettering(&text[content.start..content.end])
        || r.1 == Rule::ReportedAfterCue && elided_question(text, content, cx.lexicon)
        || r.1 == Rule::ReportedAfterCue
            && content.end - content.start <= MAX_TIME_BYTES
            && time_alone(text, content, cx.lexicon)
    {
        return None;
    }
    // "The jury was told that …": what a proceeding hears or is told is
    // evidence, which a witness or counsel gives; the proceeding only
    // listens. The one named right after the verb by "from" or "by" ("The
    // court heard from Dr Ana Ruiz that …", "was told by the prosecutor
    // that …") speaks; else no one named does. Anyone else told is no
    // speaker either.
    let passive = is_passive();
    let source = if proceeding(passive) {
        witness_after(text, w, vi, content, cx.lexicon).map_or(Source::Unknown, Source::Mention)
    } else if passive {
        Source::Unknown
    } else {
        Source::Mention(r.2)
    };
    Some(Reported {
        content,
        attribution: Attribution {
            rule: r.1,
            kind: Kind::Indirect,
            source,
            cue: Some(r.3),
        },
        block,
    })
}

/// True when `content` is nothing but a time ("a video posted the next
/// morning", "apologized the next day"): the verb's own adjunct, the
/// speech, if any, left unsaid. A time word that stands before a noun
/// needs one of the other time words: "said the same" reports.
fn time_alone(text: &str, content: Span, lexicon: &Lexicon) -> bool {
    let mut names_time = false;
    words(text, content).all(|x| {
        let t = x.text(text);
        let class = lexicon.class(t);
        names_time |= class.is_time_word() && !class.is_time_determiner(t);
        // "praised her in the past": "her" is as often the object.
        class.is_time_word() || is_determiner(t, lexicon) && class.pronoun().is_none()
    }) && names_time
}

/// True when `content` opens with a possessive, "way" and a particle of
/// movement, and no finite verb follows in its clause ("found her way to
/// the workshop", "talked his way out of it"): the verb tells how someone
/// went, nothing said. Any other word after "way" ("her way of running the
/// club had worked") or a verb of the clause's own ("his way back was
/// long") leaves a report; `way_particles.txt`.
fn way_made(text: &str, content: Span, lexicon: &Lexicon) -> bool {
    let mut ws = words(text, content);
    let (Some(owner), Some(way), Some(particle)) = (ws.next(), ws.next(), ws.next()) else {
        return false;
    };
    let owner = owner.text(text);
    // "her" is a possessive as often as an object.
    let made = way.text(text) == "way"
        && lexicon.pronoun(owner).is_some_and(Pronoun::opens_noun)
        && lexicon.is_way_particle(particle.text(text));
    if !made {
        return false;
    }
    // The clause ends at a break ("…, a builder who mended boats") or at
    // a word that opens another ("the yard that Tom Grey ran").
    let rest = &text[particle.span.end..content.end];
    let end = rest
        .find(CLAUSE_BREAKS)
        .map_or(content.end, |k| particle.span.end + k);
    let clause: Vec<Word> = std::iter::once(particle)
        .chain(ws.take_while(|x| {
            let t = x.text(text);
            x.span.end <= end
                && !lexicon.class(t).is_clause_opener(t)
                && !lexicon.is_noun_relative(t)
        }))
        .take(WAY_CLAUSE_REACH)
        .collect();
    !has_clause_verb(text, &clause, lexicon)
}

/// How many words after "her way" [`way_made`] reads for a verb: a
/// clause of movement is short ("her way back to the yard at dawn").
const WAY_CLAUSE_REACH: usize = 12;

/// The witness a proceeding heard or was told by: the mention right after
/// "from" or "by" that follows the verb `w[vi]`, ending before the
/// `content` ("heard from mechanic Ana Ruiz that …").
fn witness_after(
    text: &str,
    w: &[Word],
    vi: usize,
    content: Span,
    lexicon: &Lexicon,
) -> Option<Mention> {
    let by = w.get(vi + 1)?;
    if !matches!(by.text(text), "from" | "by")
        || !gap(text, w[vi].span.end, by.span.start).is_empty()
    {
        return None;
    }
    mention_after(text, w, vi + 2, lexicon).filter(|m| m.span.end <= content.start)
}

/// True when the head of the mention `m` is a noun of a proceeding that
/// hears evidence ("the jury", "The inquest at Kingsford Coroner's
/// Court"): its last word before any preposition ("Her submission to the
/// court" is a document).
fn names_proceeding(text: &str, m: Mention, lexicon: &Lexicon) -> bool {
    text[m.span.start..m.span.end]
        .split(' ')
        .map(|t| lexicon.class(t))
        .take_while(|c| !c.is_preposition())
        .last()
        .is_some_and(|c| c.is_proceeding_noun())
}

/// True when the verb `w[vi]` is passive ("he was asked", "it had been
/// reported", "could be found"): its subject is who was spoken to or of,
/// not who spoke. The verb is a past form (neither its lemma, "will say",
/// nor in -s or -ing) after an auxiliary that is no form of "have" ("has
/// said" is active; `auxiliaries.txt` marks the forms of "have").
fn passive(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    let form = w[vi].text(text);
    // The endings are told before the lemma is looked up.
    let past = !form.ends_with('s')
        && !form.ends_with("ing")
        && lexicon
            .verb_lemma(form)
            .is_some_and(|l| !l.eq_ignore_ascii_case(form));
    if !past {
        return false;
    }
    // The auxiliary nearest the verb tells ("had been asked"); the word
    // the walk stops at is one when a mark or the first word stops it.
    before_auxiliaries(text, w, vi, lexicon).is_some_and(|p| {
        w[p..vi]
            .iter()
            .rev()
            .map(|x| lexicon.positive_class(x.text(text)))
            .find(|c| c.is_auxiliary())
            .is_some_and(|c| !c.is_have())
    })
}

/// True when the words right before the "to" at `to` make the
/// infinitive after it a speech said then ("continued to", "went on to",
/// `continuation_words.txt`), not after another "to" ("has to continue
/// to").
fn continued(text: &str, to: usize, lexicon: &Lexicon) -> bool {
    let Some(p) = word_before(text, to) else {
        return false;
    };
    let t = &text[p.start..p.end];
    let verb = if t == "on" {
        word_before(text, p.start).filter(|v| {
            let g = &text[v.start..v.end];
            lexicon.class(g).is_continuation_before_on(g)
        })
    } else {
        Some(p).filter(|_| lexicon.class(t).is_continuation(t))
    };
    verb.is_some_and(|v| word_before(text, v.start).is_none_or(|x| &text[x.start..x.end] != "to"))
}

/// The most words of the means between a verb that takes it up and the
/// "to" of an infinitive of speech ("used much of her time to …").
const MEANS_REACH: usize = 4;

/// The verb that took up a means before the "to" at `to` ("took to the
/// radio to say", "used her speech to call for"; see `means_words.txt`),
/// with the means between them and only spaces: its subject speaks the
/// infinitive.
fn means_before(text: &str, to: usize, lexicon: &Lexicon) -> Option<Span> {
    // The means is a noun phrase: a conjunction or a verb's form in it
    // opens another clause, whose "to" this is ("went on holiday and
    // forgot to mention", "used the station that refused to say"); a past
    // form after a determiner is the means' adjective ("using the failed
    // bill to portray").
    let last = word_before(text, to)?;
    if ends_noun_phrase(&text[last.start..last.end], lexicon) {
        return None;
    }
    let mut pos = last.start;
    for _ in 0..MEANS_REACH {
        let p = word_before(text, pos)?;
        let t = &text[p.start..p.end];
        if lexicon.is_means_word(t) {
            return Some(p);
        }
        if matches!(t, "to" | "on")
            && let Some(v) = word_before(text, p.start)
            && lexicon.is_means_word(&text[v.start..p.end])
        {
            return Some(v);
        }
        let adjective = || {
            looks_regular_past(t)
                && word_before(text, p.start)
                    .is_some_and(|d| is_determiner(&text[d.start..d.end], lexicon))
        };
        if ends_noun_phrase(t, lexicon) && !adjective() {
            return None;
        }
        pos = p.start;
    }
    None
}

/// True when `word` cannot stand inside the noun phrase before it: a
/// conjunction, or an auxiliary or a past form, which open a clause of
/// their own.
fn ends_noun_phrase(word: &str, lexicon: &Lexicon) -> bool {
    matches!(word, "and" | "but" | "or")
        || lexicon.is_auxiliary(word)
        || lexicon.is_irregular_past(word)
        || looks_regular_past(word)
}

/// True when the sentence whose first words are `w` opens with an adjunct
/// clause: "While …", "Years after …", "Even if …".
fn opens_adjunct(text: &str, w: &[Word], lexicon: &Lexicon) -> bool {
    w.iter()
        .take(2)
        .any(|x| lexicon.class(x.text(text)).is_subordinator())
}

/// The content up to a dash that opens an aside running to its end ("…
/// on the radio Thursday — where he seemed to differ"). A pair of dashes
/// sets off an aside inside the content, which stays.
fn cut_at_aside(text: &str, content: Span) -> Span {
    let s = &text[content.start..content.end];
    let dash = |from: usize| first_dash(s, from);
    match dash(0) {
        Some((k, len)) if dash(k + len).is_none() && k > 0 => {
            Span::new(content.start, content.start + k)
        }
        _ => content,
    }
}

/// The content up to the comma or colon that opens a quoted sentence
/// ("insisted it was premature, adding, “I have no doubt …”"): the
/// quotation is direct speech of its own, and a content running into it
/// would be mostly quoted and lost. Quoted words inside the clause ("said
/// the plan was “crazy”"), and a quotation a word leads into, stay.
fn cut_at_quoted_sentence(cx: &Context<'_>, content: Span) -> Span {
    let text = cx.text;
    let first = cx
        .quotations
        .partition_point(|q| q.open.start < content.start);
    cx.quotations[first..]
        .iter()
        .take_while(|q| q.open.start < content.end)
        .find_map(|q| {
            let cut = lead_into_sentence(text, content.start, q)?;
            // Not after a word that leads into the quotation ("asked
            // questions, including, “…”", "recalled thinking, “…”").
            let word = after_last_space(&text[content.start..cut]);
            let leads_in = word.ends_with("ing") || cx.lexicon.is_function_word(word);
            // What is left must be a clause of its own ("said the port
            // would close: “…”"), not the manner or place of a speech that
            // the quotation gives ("said over her shoulder, “…”").
            let kept = Span::new(content.start, cut);
            // A verb is a finite form after a word that is no determiner,
            // not a possessive ("the club's team").
            let clause = || {
                let mut prev: Option<&str> = None;
                let finite = words(text, kept).any(|x| {
                    let t = x.text(text);
                    let verb = prev.is_some_and(|p| !is_determiner(p, cx.lexicon))
                        && !t.contains(['\'', '’'])
                        && is_finite_like(t, cx.lexicon);
                    prev = Some(t);
                    verb
                });
                finite && words(text, kept).nth(MIN_CLAUSE_WORDS - 1).is_some()
            };
            (!leads_in && clause()).then_some(kept)
        })
        .unwrap_or(content)
}

/// Where the words from `from` lead with a comma or colon into `q` when
/// it is a quoted sentence, one opening with a capital (`asked, “Who
/// …”`): the end of those words, before the comma or colon.
pub(crate) fn lead_into_sentence(text: &str, from: usize, q: &Quotation) -> Option<usize> {
    let lead = text[from..q.open.start].trim_end();
    let cut = from + lead.strip_suffix([',', ':'])?.len();
    text[q.open.end..]
        .trim_start()
        .starts_with(char::is_uppercase)
        .then_some(cut)
}

/// The first dash of `s` from `from` on ("—", "–", " -- ", " - ") and its
/// length, from one pass over the bytes that can start one: a content
/// may run to the end of a long sentence.
pub(crate) fn first_dash(s: &str, from: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xE2, b'-', b.get(from..)?).find_map(|k| {
        let k = from + k;
        if b[k] == 0xE2 {
            // A lead byte, so a char boundary.
            let rest = &s[k..];
            (rest.starts_with('—') || rest.starts_with('–')).then_some((k, 3))
        } else {
            // A hyphen set in spaces starts at the space before it.
            let space = k.checked_sub(1).filter(|&p| p >= from && b[p] == b' ')?;
            let rest = &b[space..];
            if rest.starts_with(b" -- ") {
                Some((space, 4))
            } else {
                rest.starts_with(b" - ").then_some((space, 3))
            }
        }
    })
}

/// The most words of the asker or the occasion between "asked" and the
/// question ("asked by a reporter", "asked at a briefing on Monday").
const ASKER_REACH: usize = 7;

/// The question after a participle with no subject of its own ("Asked
/// whether he would run, …", "…, when asked if she would endorse him"), or
/// what it was about ("Asked about the delay, …"): it runs to the next
/// clause break.
fn unattributed_question(cx: &Context<'_>, w: &[Word], vi: usize, window: Span) -> Option<Span> {
    let text = cx.text;
    let verb = w[vi].text(text);
    // Capitalised too: "Asked whether …" opens a sentence.
    if !verb.ends_with("ed") {
        return None;
    }
    // "about" opens the topic asked about, which is the question, as a
    // question word opens the question itself.
    let opens_question = |t: &str| t == "about" || cx.lexicon.class(t).is_question_word(t);
    // "when asked by a reporter if …", "Asked on Monday whether …", "Asked
    // Tuesday about …": the asker or the occasion may come before the
    // question, in a phrase that a preposition or a time word opens, or
    // after a manner ("Asked specifically what …"). "Asked later which
    // penny" asks a question of its own. The word after the verb is
    // looked up once: most cues in -ed are turned away by it.
    let second = w.get(vi + 1)?.text(text);
    let class = cx.lexicon.class(second);
    let q = if opens_question(second) {
        vi + 1
    } else if class.is_preposition() || class.is_time_word() || is_ly_adverb(second) {
        (vi + 2..w.len().min(vi + 2 + ASKER_REACH)).find(|&k| opens_question(w[k].text(text)))?
    } else {
        return None;
    };
    // The topic is what follows "about"; a question keeps its opening word.
    let q = if w[q].text(text) == "about" { q + 1 } else { q };
    let next = w.get(q)?;
    // Few verbs have a question after them: the verb is asked about once
    // one has.
    if !cues::is_verb(text, &w[vi], cx.lexicon) {
        return None;
    }
    if !w[vi..]
        .windows(2)
        .take_while(|p| p[0].span.start < next.span.start)
        .all(|p| gap(text, p[0].span.end, p[1].span.start).is_empty())
    {
        return None;
    }
    let first = w.partition_point(|x| x.span.start < window.start);
    let opens = vi == first
        || cx.lexicon.class(w[vi - 1].text(text)).is_question_lead()
            && mention_before(text, w, vi, cx.lexicon).is_none();
    if !opens {
        return None;
    }
    let end = text[next.span.start..window.end]
        .find([',', ';', ':', '—'])
        .map_or(window.end, |k| next.span.start + k);
    Some(Span::new(next.span.start, end))
}

/// The stem of a word with a verb contracted onto it ("it's" → "it").
fn strip_contraction(word: &str) -> Option<&str> {
    word.rsplit_once(['\'', '’'])
        .filter(|(_, v)| matches!(*v, "s" | "d" | "ll"))
        .map(|(stem, _)| stem)
}

/// True when "that" is the word right after `pos`: an infinitive of
/// speech with its clause ("went on to say that …", "is expected to argue
/// that …") reports it all the same.
fn that_right_after(text: &str, pos: usize) -> bool {
    text[pos..].starts_with(" that ")
}

/// True when a verb form stands as a noun ("the states", "his remarks",
/// "a strong signal") or an infinitive ("to confirm"): neither reports
/// speech by itself.
fn noun_or_infinitive(cx: &Context<'_>, w: &[Word], vi: usize) -> bool {
    let Some(prev) = vi.checked_sub(1).map(|p| &w[p]) else {
        return false;
    };
    gap(cx.text, prev.span.end, w[vi].span.start).is_empty()
        && makes_noun_or_infinitive(cx.text, prev.span, w[vi].text(cx.text), cx.lexicon)
}

/// True when the cue is a plural form ("emails", "reports") and the word
/// right after it is a finite verb of speech that agrees with a plural
/// subject ("showed", "say"): the cue is then that verb's subject noun.
/// So is a document noun's singular before a verb in "-s" ("charity
/// report says", "the study finds"): no verb stands before another.
fn subject_of_next_verb(text: &str, cue: Span, lexicon: &Lexicon) -> bool {
    let form = &text[cue.start..cue.end];
    // "says" is a verb only ("Trump says praise helps").
    let plural = is_plural_form(form);
    if !plural && !is_document_noun(form, lexicon) || form.eq_ignore_ascii_case("says") {
        return false;
    }
    let rest = &text[cue.end..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let next = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .next()
        .unwrap_or("");
    !next.is_empty()
        && next.starts_with(char::is_lowercase)
        && next.ends_with('s') != plural
        && !next.ends_with("ing")
        && lexicon.class(next).is_verb()
}

/// True when the cue is a plural form (or, in a line `heading` tells is a
/// heading, a bare one after a singular noun: "Evacuation order lifted")
/// that is a noun heading the subject
/// of the verb right after it ("Evacuation orders are in force", "Privacy
/// advocates raised concerns", "cost estimates have grown"): that verb is
/// one no object opens, an auxiliary or a past, and the word before the
/// cue is no subject of the cue's own, but a modifier in lower case or the
/// capitalised first word of the sentence. A pronoun, an adverb or a name
/// further into the sentence makes a verb of the cue ("which he believes
/// will …", "which the Tax Foundation estimates would …").
fn plural_noun_subject(
    text: &str,
    sentence: Span,
    heading: impl Fn() -> bool,
    before: Option<Span>,
    cue: Span,
    lexicon: &Lexicon,
) -> bool {
    let form = &text[cue.start..cue.end];
    let Some(prev) = before else {
        return false;
    };
    // "Evacuation order lifted in …": a bare form after a singular noun
    // opening the sentence agrees with no subject there, and heads one as
    // a plural does. Further in, the noun may be a document whose verb
    // comes later ("a staff report tabled on Monday found …"), whose
    // subject is read by other rules.
    // Only a form that is a noun as well ("order", not "say") and only in
    // a heading, where articles and verbs are left out: in a body sentence
    // a capitalised noun before a bare form is its subject ("Management
    // claim the fees were needed"), as is a noun of people or a body's
    // head in a heading ("Police say …").
    let bare_after_singular = || {
        let noun = &text[prev.start..prev.end];
        let noun_class = lexicon.class(noun);
        is_capitalized(noun)
            && !is_plural_form(noun)
            && lexicon.is_noun_cue(form)
            && lexicon.is_bare_verb_in(form, lexicon.class(form))
            && !lexicon.is_people_noun(noun)
            && !lexicon.is_org_head_in(noun, noun_class)
            && heading()
    };
    if !(is_plural_form(form) || bare_after_singular())
        || form.eq_ignore_ascii_case("says")
        || form.contains(' ')
    {
        return false;
    }
    let Some(rest) = text[cue.end..].strip_prefix(' ') else {
        return false;
    };
    let next = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .next()
        .unwrap_or("");
    let finite = finite_auxiliary(next, lexicon)
        || next.starts_with(char::is_lowercase)
            && (lexicon.is_irregular_past(next) || looks_regular_past(next));
    if !finite {
        return false;
    }
    let word = &text[prev.start..prev.end];
    let class = lexicon.class(word);
    if is_capitalized(word) {
        text[sentence.start.min(prev.start)..prev.start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''))
            .is_empty()
            && class.pronoun().is_none()
    } else {
        class.pronoun().is_none() && !is_auxiliary_or_adverb_in(word, class, lexicon)
    }
}

/// True when the sentence `sentence` of block `block` is a heading: a
/// title or heading block, or a line that is its block's whole with no
/// stop at its end ("Evacuation order lifted in Birch Narrows" between two
/// items of a news round-up).
fn heading_line(cx: &Context<'_>, block: usize, sentence: Span) -> bool {
    let b = &cx.blocks[block];
    let line = cx.text[b.span.start..b.span.end].trim();
    matches!(b.kind, BlockKind::Heading | BlockKind::Title)
        || line == cx.text[sentence.start..sentence.end].trim() && !ends_in_stop(line)
}

/// False when no sentence of block `block` is a [`heading_line`]: it is
/// no title or heading, and its line ends in a stop.
fn could_be_heading_line(cx: &Context<'_>, block: usize) -> bool {
    let b = &cx.blocks[block];
    matches!(b.kind, BlockKind::Heading | BlockKind::Title)
        || !ends_in_stop(cx.text[b.span.start..b.span.end].trim())
}

/// True when `line` ends in a mark that closes a sentence or a
/// quotation: no heading line does.
fn ends_in_stop(line: &str) -> bool {
    line.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\''])
}

/// True when a question stands near the cue at `cue`, in its sentence
/// `sentence` or the one before it in block `block` ("Asked whether he
/// would run, Ruiz said no"; "… asking the board whether to go on. All but
/// Grey said yes"): a word that puts one (`asking_words.txt`) or a
/// question mark, within REACH bytes before the cue.
fn question_near(cx: &Context<'_>, block: usize, sentence: Span, cue: Span) -> bool {
    let from = cx.sentences(block, |sents| {
        let here = sents.partition_point(|s| s.end <= sentence.start);
        here.checked_sub(1)
            .map_or(sentence.start, |k| sents[k].start)
    });
    let from = floor_char(cx.text, from.max(cue.start.saturating_sub(REACH)));
    let before = &cx.text[from..cue.start];
    before.contains('?')
        || before
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| cx.lexicon.is_asking_word(word))
}

/// True when `word` is an auxiliary in lower case that a subject goes
/// with ("are", "could", "has"): not a form with no subject of its own
/// ("be", "been", "being", "having"), which may open a gerund subject
/// ("that being late was …"), nor a capitalised word ("May").
fn finite_auxiliary(word: &str, lexicon: &Lexicon) -> bool {
    word.starts_with(char::is_lowercase)
        && lexicon.is_auxiliary(word)
        && !matches!(word, "be" | "been" | "being" | "having")
}

/// The most modifiers read back from a verb form to an indefinite
/// article ("an XM Satellite radio show").
const INDEFINITE_REACH: usize = 3;

/// True when an indefinite article stands before `pos` with nothing
/// between but up to [`INDEFINITE_REACH`] modifiers: capitalised words
/// or lower-case words that are no function word, verb or plural ("a
/// morning", "an XM Satellite radio").
fn after_indefinite(text: &str, pos: usize, lexicon: &Lexicon) -> bool {
    let mut at = pos;
    for _ in 0..=INDEFINITE_REACH {
        let Some(p) = word_before(text, at) else {
            return false;
        };
        let word = &text[p.start..p.end];
        let class = lexicon.class(word);
        if class.is_determiner() {
            return !class.is_definite() && lexicon.is_article(word);
        }
        // "A mere 9 percent say": a count makes a plural of the phrase.
        let modifies = is_capitalized(word)
            || !ends_as_plural(word)
                && !class.is_function_word()
                && !class.is_verb()
                && !class.is_auxiliary()
                && class.pronoun().is_none()
                && !is_number(word, class);
        if !modifies {
            return false;
        }
        at = p.start;
    }
    false
}

/// True when a noun phrase may close at `pos`: punctuation follows, or a
/// verb of its own ("… radio show said").
fn phrase_closes(text: &str, pos: usize, lexicon: &Lexicon) -> bool {
    let rest = text[pos..].trim_start_matches(' ');
    if rest.starts_with([',', '.', ';', ')']) {
        return true;
    }
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    lexicon.class(next).is_verb()
}

/// True when the capitalised verb at `cue`, its word before at `before`,
/// ends a name that a determiner opens ("the Post", "the Huffington
/// Post") and no capitalised word follows it.
fn names_paper(text: &str, before: Option<Span>, cue: Span, lexicon: &Lexicon) -> bool {
    let Some(p) = before else {
        return false;
    };
    let prev = &text[p.start..p.end];
    let opened = is_determiner(prev, lexicon)
        || is_capitalized(prev)
            && word_before(text, p.start)
                .is_some_and(|d| is_determiner(&text[d.start..d.end], lexicon));
    opened
        && !text[cue.end..]
            .trim_start_matches(' ')
            .starts_with(char::is_uppercase)
}

/// True when the verb form `form` after the word at `at` is a noun ("the",
/// "his", "two", "Obama's", "strong", "in states") or an infinitive ("to").
/// After a preposition only a gerund is a verb ("by saying", not "of
/// state"): `gerund_only_after.txt`, `quantifiers.txt`, `noun_makers.txt`.
fn makes_noun_or_infinitive(text: &str, at: Span, form: &str, lexicon: &Lexicon) -> bool {
    let prev = &text[at.start..at.end];
    let class = lexicon.class(prev);
    if !form.ends_with("ing") && class.is_gerund_only() {
        return true;
    }
    // "Some said", "4 in 10 say", "ministers all urged": after a number
    // or a quantifier only a plural is a noun ("two reports", "many
    // claims"); another form is the verb of the group it counts.
    let counted = class.is_quantifier() || is_number(prev, class);
    if counted {
        return form.ends_with('s');
    }
    // "he's said", "it's reported": a pronoun's "'s" is a verb's. A
    // plural's apostrophe makes a noun too ("the officials' claims").
    let possessive = possessive_stem(prev).is_some_and(|stem| lexicon.pronoun(stem).is_none());
    possessive || class.is_noun_maker() && !adverb_before_past(text, at, class, form, lexicon)
}

/// True when the past form at `cue` stands between a number at `prev`,
/// itself after a determiner, a preposition or a verb, and a plural noun
/// with no clause of its own: "with 147 confirmed infections", "the 12
/// reported cases", "recorded 412 confirmed cases". It modifies the noun;
/// nobody confirmed or reported anything.
/// A number that opens the subject or ends a date leaves the verb a verb
/// ("Of the 15 experts, 12 warned regulators that …", "on March 12
/// warned residents that …").
fn counted_past_modifier(text: &str, prev: Span, cue: Span, lexicon: &Lexicon) -> bool {
    let p = &text[prev.start..prev.end];
    if !looks_regular_past(&text[cue.start..cue.end]) || !is_number(p, lexicon.class(p)) {
        return false;
    }
    let counted = word_before(text, prev.start).is_some_and(|d| {
        let word = &text[d.start..d.end];
        !is_capitalized(word)
            && (is_determiner(word, lexicon)
                || lexicon.class(word).is_preposition()
                || is_finite_like(word, lexicon))
    });
    let Some(next) = text[cue.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
    else {
        return false;
    };
    let class = lexicon.class(next);
    counted
        && next.len() > 3
        && ends_as_plural(next)
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !class.is_function_word()
        && lexicon.pronoun(next).is_none()
        && !that_right_after(text, cue.end + 1 + next.len())
}

/// True when the word at `prev`, of class `class`, a noun's modifier that
/// is a speech adverb as well ("first"), is the adverb: before a past
/// form, with no article or possessive before it ("Ruiz first said the
/// port was safe", "the Courier first reported"; not "the first reported
/// case", "his first remarks").
fn adverb_before_past(
    text: &str,
    prev: Span,
    class: WordClass,
    form: &str,
    lexicon: &Lexicon,
) -> bool {
    if !class.is_speech_adverb() || ends_as_plural(form) || form.ends_with("ing") {
        return false;
    }
    let form_class = lexicon.class(form);
    form_class.is_verb()
        && !lexicon.is_bare_verb_in(form, form_class)
        && !word_before(text, prev.start).is_some_and(|d| {
            let word = &text[d.start..d.end];
            is_determiner(word, lexicon) || strip_possessive(word).is_some()
        })
}

/// Where the word right before `pos` stands when only spaces stand
/// between, read backwards a bounded distance.
pub(crate) fn word_before(text: &str, pos: usize) -> Option<Span> {
    let head = &text[..pos];
    let trimmed = head.trim_end_matches(' ');
    if trimmed.len() == head.len() {
        return None;
    }
    // Most words are ASCII: read back a byte at a time, and by characters
    // only from a byte that is not.
    let b = trimmed.as_bytes();
    let mut start = b.len();
    while start > 0 && b.len() - start < MAX_WORD_BEFORE {
        let c = b[start - 1];
        if !c.is_ascii() {
            return word_before_chars(trimmed);
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-')) {
            break;
        }
        start -= 1;
    }
    (start < b.len()).then(|| Span::new(start, b.len()))
}

/// [`word_before`] of the end of `trimmed`, read by characters.
#[cold]
fn word_before_chars(trimmed: &str) -> Option<Span> {
    let start = trimmed
        .char_indices()
        .rev()
        .take(MAX_WORD_BEFORE)
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        .last()
        .map(|(i, _)| i)?;
    Some(Span::new(start, trimmed.len()))
}

/// True when the complement opening at `w[i]` after a verb of lemma
/// `lemma` is a thing the verb acts on, not words said: a noun phrase with
/// no verb of its own after a verb that as often adds a thing ("adds just
/// enough friction", "added a new title to his resume"; "added the plan
/// was dead" reports), unless a `document` adds it; or a person and then a
/// thing after a verb that withholds ("denied Ruiz a hearing", "denied
/// them access").
fn object_is_thing(
    text: &str,
    w: &[Word],
    i: usize,
    lemma: Option<&Lemma>,
    document: bool,
    lexicon: &Lexicon,
) -> bool {
    let added = lemma.is_some_and(|l| l.counting)
        && !document
        && lexicon.is_thing_opener(w[i].text(text))
        && !clause_with(text, w, i, lexicon, has_own_verb);
    added || lemma.is_some_and(|l| l.withholding) && person_then_thing(text, w, i, lexicon)
}

/// True when the "that" at `w[t]` is a relative pronoun, the subject of
/// the verb right after it ("the hall that caught fire", "a breach that
/// also appears"): an auxiliary follows, or a word in lower case that no
/// list places, is no gerund and has no finite verb after it, which a
/// subject would have ("that voters are …").
fn relative_that(text: &str, w: &[Word], t: usize, lexicon: &Lexicon) -> bool {
    let Some(next) = w.get(t + 1) else {
        return false;
    };
    let word = next.text(text);
    let class = lexicon.class(word);
    if class.is_auxiliary() {
        return true;
    }
    word.starts_with(char::is_lowercase)
        && !class.is_function_word()
        && !word.ends_with("ing")
        && !is_number(word, class)
        && !w
            .get(t + 2)
            .is_some_and(|x| is_finite_like(x.text(text), lexicon))
}

/// True when the "that" at `w[t]` stands between a noun in lower case and
/// an auxiliary ("a case that could …", "the rule that will …"): the
/// subject of the auxiliary is the relative itself, so no clause of what
/// was said opens there.
fn relative_after_noun(text: &str, w: &[Word], t: usize, lexicon: &Lexicon) -> bool {
    let (Some(noun), Some(next)) = (t.checked_sub(1).map(|k| &w[k]), w.get(t + 1)) else {
        return false;
    };
    let word = noun.text(text);
    let class = lexicon.class(word);
    word.starts_with(char::is_lowercase)
        && !class.is_function_word()
        && !class.is_preposition()
        && !class.is_time_word()
        && finite_auxiliary(next.text(text), lexicon)
}

/// True when the words from `start` read like a clause: it does not open
/// with a subordinator, a preposition or a participle, and a finite verb
/// (an auxiliary, or a word in -ed or -s) comes soon.
fn looks_like_clause(text: &str, w: &[Word], start: usize, lexicon: &Lexicon) -> bool {
    clause_with(text, w, start, lexicon, has_verb)
}

/// [`looks_like_clause`] with `verb` telling whether the words hold a
/// finite verb.
fn clause_with(
    text: &str,
    w: &[Word],
    start: usize,
    lexicon: &Lexicon,
    verb: fn(&str, &[Word], &Lexicon) -> bool,
) -> bool {
    let Some(first) = w.get(start) else {
        return false;
    };
    // "But because …", "Even as …": a subordinator after an opening
    // coordinator or focus word opens an adjunct all the same
    // (`clause_lead_ins.txt`, `adjunct_heads.txt`).
    let head = if lexicon.class(first.text(text)).is_clause_lead_in() {
        w.get(start + 1).unwrap_or(first)
    } else {
        first
    };
    let word = head.text(text);
    let class = lexicon.class(word);
    let gerund = word
        .len()
        .checked_sub(3)
        .and_then(|k| word.as_bytes().get(k..))
        .is_some_and(|end| end.eq_ignore_ascii_case(b"ing"));
    if class.is_adjunct_head() || gerund {
        return false;
    }
    // "he cast his ballot": a subject pronoun, in lower case, opens a
    // clause, whatever the form of its verb; so does one with its verb
    // contracted onto it ("she's staying", "they're right").
    let contracted = || {
        word.rsplit_once(['\'', '’']).is_some_and(|(stem, verb)| {
            matches!(verb, "s" | "re" | "m" | "ve" | "ll" | "d")
                && is_subject_pronoun(stem, lexicon.class(stem))
        })
    };
    if is_subject_pronoun(word, class) || contracted() {
        return true;
    }
    verb(
        text,
        &w[start..w.len().min(start + CLAUSE_VERB_REACH)],
        lexicon,
    )
}

/// The most words after a speech verb's particle that may be its setting
/// closing the sentence: "on the evening news".
const PARTICLE_SETTING_WORDS: usize = 3;

/// True when a subordinator stands in the words before any finite verb
/// does: "Almost a week after the storm flooded the quay" is an adjunct
/// whose clause hangs on the subordinator, "The plan is dead after the
/// vote" a clause.
fn subordinate_before_verb(text: &str, w: &[Word], lexicon: &Lexicon) -> bool {
    w.iter()
        .position(|x| lexicon.class(x.text(text)).is_subordinator())
        .is_some_and(|j| !has_verb(text, &w[..=j], lexicon))
}

/// True when the words hold a finite verb, whatever opens them: the clause
/// before a closing attribution may start with an adjunct ("In all, the
/// justices agree, Epstein said").
fn has_verb(text: &str, w: &[Word], lexicon: &Lexicon) -> bool {
    w.windows(2).any(|p| verb_after(text, p, lexicon))
}

/// True when the second of the words `p` looks like a finite verb. A word
/// after a determiner is a noun ("the costs"), not a verb. Few words look
/// finite: the determiner is asked about only before one.
fn verb_after(text: &str, p: &[Word], lexicon: &Lexicon) -> bool {
    is_finite_like(p[1].text(text), lexicon) && !is_determiner(p[0].text(text), lexicon)
}

/// [`has_verb`] for the complement of a verb as often one of action
/// (`action_verbs.txt`): a form after a comma or a coordinator is no
/// verb of the complement's own, but a participle on its noun ("found
/// the ring, engraved with …") or the main verb's second predicate ("…
/// and traced her"); an auxiliary there still is ("found the mayor,
/// Ruiz, had lied").
fn has_own_verb(text: &str, w: &[Word], lexicon: &Lexicon) -> bool {
    w.windows(2).any(|p| {
        let after_break =
            gap(text, p[0].span.end, p[1].span.start) == "," || is_and_or_but(text, &p[0]);
        verb_after(text, p, lexicon) && (!after_break || lexicon.is_auxiliary(p[1].text(text)))
    })
}

/// [`has_verb`] for the words before a subject set in commas (see
/// [`clause_with`]): a preposition's noun
/// phrase holds no verb ("A lawyer for the ferry companies").
fn has_clause_verb(text: &str, w: &[Word], lexicon: &Lexicon) -> bool {
    // A word after a determiner is a noun ("the costs"), not a verb; so is
    // one but an auxiliary after a preposition ("for news outlets"), and,
    // inside a preposition's phrase, a plural after a modifier ("for the
    // ferry companies"; not "The government plans …") unless it is a
    // speech verb's form. Few words look finite: the words before are
    // asked about only before one.
    let preposition = |x: &Word| {
        let t = x.text(text);
        lexicon.class(t).is_preposition() && !is_capitalized(t)
    };
    let in_phrase = |i: usize| {
        preposition(&w[i])
            || is_determiner(w[i].text(text), lexicon) && i > 0 && preposition(&w[i - 1])
    };
    (1..w.len()).any(|j| {
        let t = w[j].text(text);
        let modifier = || {
            let m = w[j - 1].text(text);
            j >= 2
                && ends_as_plural(t)
                && !lexicon.class(t).is_verb()
                && !is_capitalized(m)
                && !lexicon.class(m).is_function_word()
                && !lexicon.is_auxiliary(m)
                && in_phrase(j - 2)
        };
        is_finite_like(t, lexicon)
            && !is_determiner(w[j - 1].text(text), lexicon)
            && (!preposition(&w[j - 1]) || lexicon.is_auxiliary(t))
            && !modifier()
    })
}

/// The most words between a verb of request and the "to" of the act it
/// asks for ("urged the members of the board to …").
const REQUEST_REACH: usize = 8;

/// True when a verb of request at `w[vi]` asks someone to act: the person
/// asked and an infinitive follow it, with no mark between ("urged the
/// council to act", "called on members to back the bid"). Such a verb
/// reports what it asks as a verb of saying reports its clause, whatever
/// stands as its subject ("Some have urged voters to …"). Not past a
/// verb or a conjunction, whose "to" is another clause's ("called him a
/// liar and vowed to …", "a call faced by anyone appointed to …"), nor
/// from a number of times ("making calls two nights a week is a way to
/// …"), though a number of people is asked ("urged two members to
/// resign"): "urged calm" asks for no act of anyone's.
fn asks_to_act(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    let end = w.len().min(vi + 2 + REQUEST_REACH);
    let Some(first) = w.get(vi + 1) else {
        return false;
    };
    if is_number(first.text(text), lexicon.class(first.text(text)))
        && w.get(vi + 2).is_none_or(|x| {
            let t = x.text(text);
            lexicon.is_time_word(t) || lexicon.is_time_word(stem(t))
        })
    {
        return false;
    }
    for k in vi + 1..end {
        let t = w[k].text(text);
        if !gap(text, w[k - 1].span.end, w[k].span.start).is_empty() {
            return false;
        }
        if t == "to" && k > vi + 1 {
            return w.get(k + 1).is_some_and(|x| {
                let t = x.text(text);
                gap(text, w[k].span.end, x.span.start).is_empty()
                    && t.starts_with(char::is_lowercase)
                    && !is_determiner(t, lexicon)
                    && lexicon.pronoun(t).is_none()
                    && !is_number(t, lexicon.class(t))
            });
        }
        if ends_noun_phrase(t, lexicon) {
            return false;
        }
    }
    false
}

/// The most words read back from a request's bare form for the modal,
/// "to" or "not" before it ("can also ask").
const BARE_LEAD: usize = 2;

/// True when the bare form `w[vi]` of a verb of request follows a modal
/// or another auxiliary, "to" or a negation within BARE_LEAD words, or
/// opens its words as a command does: it tells what someone may or should
/// ask ("Households can ask the company to …", "did not urge"), and no
/// request is made. A plural's present ("Residents urge the council to
/// …") asks.
fn bare_unasked(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    vi == 0
        || w[vi.saturating_sub(BARE_LEAD)..vi].iter().any(|x| {
            let t = x.text(text);
            matches!(t, "to" | "not") || negative_stem(t).is_some() || lexicon.is_auxiliary(t)
        })
}

/// True for an article, demonstrative or possessive, after which a word is
/// a noun: `noun_openers.txt`.
fn is_determiner(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.class(word).is_noun_opener()
}

/// What a layout found: the content, the rule, the speaker's mention and
/// the cue.
type Found = (Span, Rule, Mention, Span);

/// True when the words `w[..k]` end in a role set in apposition right after
/// a closing quotation (`"…," another pollster, David Woodard, said`): the
/// role belongs to the speaker named after it, not to a reported content.
fn role_after_quotation(cx: &Context<'_>, w: &[Word], k: usize) -> bool {
    let before = w[k - 1].span.end;
    let Some(q) = cx.quotation_closed_before(before) else {
        return false;
    };
    let j = w.partition_point(|x| x.span.start < q.close.end);
    j < k
        && k - j <= MAX_APPOSITION
        && ends_quotation(cx.text, w[j].span.start)
        && mention_after(cx.text, w, j, cx.lexicon).is_some_and(|r| r.span.end == before)
}

/// Where a role set in commas before the name at `w[k]` opens ("…, his
/// top aide, Tad Moreno, said"): the role's mention, read from the word
/// after a comma, ends right before the name's comma. Only after `first`
/// and within `MAX_APPOSITION` words, the content keeping at least one.
fn role_before_name(
    text: &str,
    w: &[Word],
    first: usize,
    k: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let before = w[k - 1].span.end;
    (first + 1..k)
        .rev()
        .take(MAX_APPOSITION)
        .find(|&j| gap(text, w[j - 1].span.end, w[j].span.start).contains(','))
        .filter(|&j| {
            mention_after(text, w, j, lexicon)
                .is_some_and(|r| r.span.end == before && matches!(r.kind, MentionKind::Role { .. }))
        })
}

/// `According to Lavrov, …`, `…, according to Lavrov.` and `…, according
/// to Lavrov, …`. Any noun phrase can be the source ("according to exit
/// polls", "according to a court filing"): the phrase itself says the
/// words are reported.
fn according_to(cx: &Context<'_>, w: &[Word], i: usize, window: Span) -> Option<Found> {
    let text = cx.text;
    let len = cues::source_phrase_len(text, w, i, cx.lexicon);
    let m = mention_after(text, w, i + len, cx.lexicon)
        .or_else(|| source_document(text, w, i + len, cx.lexicon))?;
    let cue = Span::new(w[i].span.start, w[i + len - 1].span.end);
    // The source ends at the first comma after it (past its modifiers:
    // "according to early results of exit polls conducted by …,"); none
    // within reach, and the sentence ends with it.
    let after_source = w[i + len..]
        .iter()
        .position(|x| {
            x.span.start >= m.span.end && gap(text, m.span.start, x.span.start).contains(',')
        })
        .map(|k| i + len + k)
        .filter(|&k| gap(text, w[k - 1].span.end, w[k].span.start).contains(','));
    // "Year one came and went; according to the audit, …": a semicolon or
    // a colon opens a clause as a sentence's start does.
    let opens = i == 0
        || i == 1 && {
            let t = w[0].text(text);
            cx.lexicon.class(t).is_sentence_connective(t)
        }
        || gap(text, w[i - 1].span.end, w[i].span.start)
            .trim_end()
            .ends_with([';', ':']);
    let first = w.partition_point(|x| x.span.start < window.start);
    // "…, because, according to Trump, the media …": after a conjunction
    // the content is the clause that follows the source.
    let after_conjunction = i > 0 && {
        let t = w[i - 1].text(text);
        cx.lexicon.class(t).is_source_conjunction(t)
    };
    let content = if opens || after_conjunction && after_source.is_some() {
        // The content follows the comma that closes the source, and the
        // description of a document set in commas after it ("According to
        // the study, published on Wednesday in the Journal, walkers …").
        let k = after_source?;
        let t = w[k].text(text);
        let k = if cx.lexicon.class(t).is_issuing_verb(t) {
            (k + 1..w.len().min(k + 1 + IN_SOURCE_WORDS))
                .find(|&j| gap(text, w[j - 1].span.end, w[j].span.start).contains(','))
                .unwrap_or(k)
        } else {
            past_apposition(text, w, k, cx.lexicon)
        };
        Span::new(w[k].span.start, window.end)
    } else if let Some(k) = after_source
        && (i - first < SHORT_OPENER || goes_on(text, &w[k], cx.lexicon))
        && !clause_then_conjunction(text, &w[first..i], &w[k], cx.lexicon)
    {
        // Set in commas after a short opener ("Since May, according to the
        // agency, …") or inside a clause that goes on ("Fundraising,
        // according to the campaign, has surged …"): the whole sentence.
        window
    } else {
        // "…, according to exit polls." (maybe with an apposition after
        // the source): the clause before.
        let set_off = gap(text, w[i - 1].span.end, w[i].span.start).ends_with([',', '—', '–']);
        if !set_off || i - first < MIN_CLAUSE_BEFORE {
            return None;
        }
        // "At the same time, …: London was …, according to …": the
        // clause after a colon or semicolon.
        let before = &text[window.start..w[i - 1].span.end];
        let start = before
            .rfind([':', ';'])
            .map_or(window.start, |k| window.start + k + 1);
        Span::new(start, w[i - 1].span.end)
    };
    // "according to LSEG data": the organisation the data are of.
    let m = issuing_organisation(text, m, cx.lexicon).unwrap_or(m);
    Some((content, Rule::ReportedAccordingTo, m, cue))
}

/// The source after "according to" at `w[start]` that no mention reads:
/// up to a document's noun within SOURCE_NOUN_WORDS ("new research", "a
/// January report"), whose author may follow it ("… from Tamsin
/// University"); else its first word.
fn source_document(text: &str, w: &[Word], start: usize, lexicon: &Lexicon) -> Option<Mention> {
    let first = w.get(start)?;
    let noun = (start..w.len().min(start + SOURCE_NOUN_WORDS))
        .take_while(|&k| k == start || !gap(text, w[k - 1].span.end, w[k].span.start).contains(','))
        .find(|&k| {
            let t = w[k].text(text);
            lexicon.class(t).is_document() && !is_capitalized(t)
        });
    let end = noun.map_or(first.span.end, |k| w[k].span.end);
    Some(Mention::document(Span::new(first.span.start, end)))
}

/// The most words read for a source's document noun ("a new January
/// report").
const SOURCE_NOUN_WORDS: usize = 4;

/// The most words of an apposition after a source ("an analyst at a
/// bank").
const SOURCE_APPOSITION: usize = 8;

/// Where the content starts when an apposition to the source stands after
/// its comma at `w[k]`: "According to Ana Ruiz, an analyst at a bank, the
/// sell-off was overdone" reports from "the sell-off". The apposition has
/// no verb up to its comma, and a clause follows it, words and their verb
/// with no comma between ("the sell-off was"); otherwise the words at
/// `w[k]` are the content's own subject, set off with its own apposition
/// ("Ana Ruiz, an aide, sent …") or relative ("…, who …").
fn past_apposition(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> usize {
    // A number's comma ("some 14,000 vehicles") closes no apposition.
    let comma_before = |j: usize| {
        gap(text, w[j - 1].span.end, w[j].span.start).contains(',')
            && !in_number(text, w[j - 1].span.end)
    };
    let Some(j) = (k + 1..w.len().min(k + 1 + SOURCE_APPOSITION)).find(|&j| comma_before(j)) else {
        return k;
    };
    let finite = |x: &Word| is_finite_like(x.text(text), lexicon);
    // An apposition describes the source: an indefinite article or a
    // lower-case role first ("an analyst at a bank", "head of research"),
    // or a name with its abbreviation in brackets ("Porto Norte Agency
    // (PNA)"). A name or "the" first is otherwise as often the content's
    // own subject, maybe the first of a list ("Smith, Jones and Brown were
    // …", "the yard, a site of 900 workers, closes …"); a preposition or
    // subordinator opens an adjunct of the content's own ("after
    // examining the leg, …").
    let opener = w[k].text(text);
    let class = lexicon.class(opener);
    let bracketed = text[w[k.saturating_sub(1)].span.end..w[j].span.start].contains('(');
    let indefinite = lexicon.is_article(opener) && !class.is_definite();
    let role = !is_capitalized(opener)
        && !is_determiner(opener, lexicon)
        && !class.is_preposition()
        && !class.is_subordinator();
    // No verb for certain in it; the opener is a noun where it stands,
    // even one spelt like a verb ("head of the dockers' union").
    let verb = |x: &Word| is_verb_for_certain(x.text(text), lexicon);
    if !(bracketed || indefinite || role) || w[k + 1..j].iter().any(verb) {
        return k;
    }
    let first = w[j].text(text);
    // A plural in -s may be the clause's subject ("exports reached"); a
    // conjunction before the verb makes the words a list the apposition
    // began ("a man, a woman and a child were hurt").
    let reach = w.len().min(j + 1 + SUBJECT_REACH);
    let verb = (j + 1..reach)
        .take_while(|&v| !comma_before(v))
        .find(|&v| finite(&w[v]));
    let clause = !lexicon.is_auxiliary(first)
        && !looks_regular_past(first)
        && !matches!(first, "who" | "which" | "whose" | "where" | "when")
        && verb.is_some_and(|v| {
            !w[j..v].iter().any(|x| {
                let t = x.text(text);
                lexicon.class(t).is_clause_continuer(t)
            })
        });
    if clause { j } else { k }
}

/// True when the words before a source set in commas make a clause of
/// their own, with a verb for certain (an auxiliary or a past form), and
/// a conjunction follows the source: "No one was hurt, according to the
/// fire service, but crews …" reports the clause before, and the writer
/// goes on. An opener with no verb is an adjunct ("Fundraising,
/// according to the campaign, and …").
fn clause_then_conjunction(text: &str, before: &[Word], next: &Word, lexicon: &Lexicon) -> bool {
    let t = next.text(text);
    lexicon.class(t).is_clause_continuer(t)
        && before
            .iter()
            .any(|x| is_verb_for_certain(x.text(text), lexicon))
}

/// True for a verb for certain: an auxiliary or a past form, in lower
/// case (a word in -s is as often a noun: "the taxes and fees").
fn is_verb_for_certain(word: &str, lexicon: &Lexicon) -> bool {
    !is_capitalized(word)
        && (lexicon.is_auxiliary(word)
            || word.len() > 3 && word.ends_with("ed")
            || lexicon.is_irregular_past(word))
}

/// The most words between an opening "In" and the comma after its
/// document ("In an online poll of likely voters released Monday,").
const IN_SOURCE_WORDS: usize = 12;
/// The most words after a document's noun before that comma ("released
/// Monday", "of likely voters").
const IN_SOURCE_TAIL: usize = 4;

/// `In a poll released Monday, 50 percent chose Ruiz`: a sentence opened
/// by "In" and a document of findings set off by a comma
/// (`finding_nouns.txt`) reports the document's finding, the rest of the
/// sentence. A speech cue in that rest speaks
/// for itself ("In an interview, Ruiz said …" is Ruiz's).
fn in_document(cx: &Context<'_>, block: usize, start: usize) -> Option<Reported> {
    let text = cx.text;
    // The words after "In" first, up to the block's end: the block is
    // split into sentences only for a document set off by a comma.
    let end = cx.blocks[block].span.end;
    let head = Span::new(start, floor_char(text, end.min(start + WORD_REACH)));
    let w: Vec<Word> = words(text, head)
        .take(IN_SOURCE_WORDS + 2 + CLAUSE_VERB_REACH)
        .collect();
    let comma = (1..w.len().min(IN_SOURCE_WORDS + 1)).find(|&k| {
        k + 1 < w.len() && gap(text, w[k].span.end, w[k + 1].span.start).contains(',')
    })?;
    let noun = (1..=comma).find(|&k| cx.lexicon.class(w[k].text(text)).is_finding_noun())?;
    // "In eight states where exit polls were held, …": a clause of its
    // own after the noun is no document's description.
    let described = w[noun + 1..=comma]
        .iter()
        .all(|x| !cx.lexicon.class(x.text(text)).is_auxiliary());
    if comma - noun > IN_SOURCE_TAIL
        || !described
        || gap(text, w[comma].span.end, w[comma + 1].span.start) != ","
    {
        return None;
    }
    let sentence = cx.sentence_at(block, start);
    if sentence.start != start || w[comma + 1].span.start >= sentence.end {
        return None;
    }
    let content = trim_content(text, Span::new(w[comma + 1].span.start, sentence.end));
    if speaks(cx, content)
        || !looks_like_clause(text, &w, comma + 1, cx.lexicon)
        || mostly_quoted(cx, content)
    {
        return None;
    }
    Some(Reported {
        content,
        attribution: Attribution {
            rule: Rule::ReportedAccordingTo,
            kind: Kind::Indirect,
            source: Source::Mention(Mention::document(Span::new(
                w[1].span.start,
                w[noun].span.end,
            ))),
            cue: Some(w[0].span),
        },
        block,
    })
}

/// True when a speech verb stands in `content`: a cue the word before
/// makes no noun of ("by nine points" is no one's speech).
fn speaks(cx: &Context<'_>, content: Span) -> bool {
    let text = cx.text;
    cues::scan_in(text, cx.lexicon, content).any(|c| {
        let form = &text[c.start..c.end];
        !cx.lexicon.class(form).is_verb()
            || !word_before(text, c.start)
                .is_some_and(|p| makes_noun_or_infinitive(text, p, form, cx.lexicon))
    })
}

/// True when the word after a comma continues the sentence's clause (a
/// verb, "and", "although") rather than opening an apposition.
fn goes_on(text: &str, next: &Word, lexicon: &Lexicon) -> bool {
    let t = next.text(text);
    is_finite_like(t, lexicon) || lexicon.class(t).is_clause_continuer(t)
}

/// A speech verb `w[vi]`, whose class is `class`: its content after it,
/// or before it in the sentence.
///
/// The layouts are tried in turn, each a step below: a subject right
/// before the verb ([`VerbCue::with_subject`]), a speaker right after it
/// closing a content-first sentence ([`VerbCue::subject_after`]), or no
/// subject next to it at all ([`VerbCue::without_subject`]).
fn verb(cx: &Context<'_>, w: &[Word], vi: usize, window: Span, class: WordClass) -> Option<Found> {
    let v = VerbCue::new(cx, w, vi, window, class);
    if let Some(found) = v.as_phrase() {
        return Some(found);
    }
    if let Some(found) = v.relative_gap() {
        return Some(found);
    }
    // "contradicting the police's earlier claim that he had refused": a
    // noun of speech that a possessive owns is the owner's, whoever the
    // sentence's subject is.
    if let Some(m) = cx.noun_cue_owner(w, vi)
        && let Some(content) = after_verb(cx, w, vi, v.lemma, window, false)
    {
        return Some((content, Rule::ReportedAfterCue, m, v.cue));
    }
    // "A new poll of the region showed Ruiz with a lead": the document
    // before its description is the subject, not the noun the
    // description ends with.
    if v.reporting
        && let Some(m) = v.described_document()
    {
        // "…, a survey released this month by the institute found.": one
        // set off by a comma closes the content before it.
        let k = w.partition_point(|x| x.span.start < m.span.start);
        let comma_before = k > 0 && gap(cx.text, w[k - 1].span.end, m.span.start) == ",";
        if let Some(found) = v.content_before(m, k, comma_before) {
            return Some(found);
        }
        let content = after_verb(cx, w, vi, v.lemma, window, true)?;
        return Some((content, Rule::ReportedAfterCue, m, v.cue));
    }
    // "…, the agency said on Thursday, warning that …": a participle after
    // a frame closing a content is that frame's speaker's, whatever noun
    // the content ends with.
    if let Some(m) = v.speaker_of_closing_frame() {
        let content = after_verb(cx, w, vi, v.lemma, window, false)?;
        return Some((content, Rule::ReportedAfterCue, m, v.cue));
    }
    let adjacent = v.adjacent_subject().filter(|&m| !v.fronted_object(m));
    // `"…," said Ana Ruiz, the port's director` and `"…," Ruiz told
    // reporters outside`: the verb attributes the quotation before it, and
    // what follows it is the speaker or the setting, not reported speech.
    let attributes_quotation =
        ends_speech(cx, adjacent.map_or(v.cue.start, |m| m.span.start)) && !v.that_follows();
    if let Some(m) = adjacent {
        // "The accused, a local man, was held on Monday, said a police
        // officer": the name closing an apposition is the subject of the
        // clause after it, and the speaker is named after the verb.
        if predicate_set_off(cx.text, m, v.cue, cx.lexicon)
            && let Some(found) = v.subject_after()
        {
            return Some(found);
        }
        return v.with_subject(m, attributes_quotation);
    }
    if let Some(found) = v.subject_after() {
        return Some(found);
    }
    if v.speaker_closes_sentence() {
        return None;
    }
    // "…, adding that …": a reporting verb without its own subject takes
    // the sentence's. So does any speech verb in a second predicate ("…
    // and criticized the agreement") or a participle after a comma ("…,
    // referring to the convention").
    if attributes_quotation {
        let m = mention_after(cx.text, w, vi + 1, cx.lexicon)?;
        return v.clause_closing_quotation(m, v.cue.start);
    }
    // Asked last, of the few verbs left with no subject in reach.
    if let Some(m) = v.subject_after_subordinator() {
        return v.with_subject(m, false);
    }
    v.without_subject()
}

/// True when a predicate opened by an auxiliary follows the mention `m`
/// and a comma right after it, with nothing between them, before the
/// verb at `cue` ("The accused, Ana Ruiz, was held on Monday, said …"):
/// `m` closes an apposition and is the subject of that clause, not of the
/// verb. An aside that opens with a relative or a participle ("Ruiz, who
/// voted no, said …") leaves `m` the verb's.
fn predicate_set_off(text: &str, m: Mention, cue: Span, lexicon: &Lexicon) -> bool {
    let Some(rest) = text
        .get(m.span.end..cue.start)
        .and_then(|b| b.strip_prefix(','))
    else {
        return false;
    };
    rest.split_whitespace()
        .next()
        .is_some_and(|first| lexicon.is_auxiliary(first))
}

/// The most words of the subject of a headline's closing frame ("charity
/// report", "former site foreman").
const HEADLINE_SUBJECT: usize = 3;
/// The most words told after the verb of a headline's closing frame
/// ("tells Radio North").
const HEADLINE_TOLD: usize = 3;

/// "Rivers carrying twice as much plastic as thought, charity report
/// says", "Boss ordered fake repairs, former foreman tells jury": a
/// headline that ends in a comma, a subject of a few words with no
/// determiner and a verb of saying (and the few words of whom it was told)
/// reports all it says before the comma. Headlines drop the verbs and
/// articles the layouts of `verb` look for, so only a heading line is read
/// this way. The subject is kept as written.
fn headline_frame(
    cx: &Context<'_>,
    w: &[Word],
    vi: usize,
    window: Span,
    class: WordClass,
) -> Option<Found> {
    let (text, lexicon) = (cx.text, cx.lexicon);
    let lemma = lexicon.lemma_of(class)?;
    if !lemma.reporting && !lemma.takes_object || w[vi].text(text).ends_with("ing") {
        return None;
    }
    // Only a heading line is read so: a block of running text that ends
    // in a stop is none, told before any word is looked up.
    let block = cx.block_at(w[vi].span.start)?;
    if !could_be_heading_line(cx, block) {
        return None;
    }
    // A document noun may be a verb's form too ("charity report").
    let plain = |x: &Word| {
        let t = x.text(text);
        t.chars().all(char::is_alphabetic)
            && (lexicon.verb_lemma(t).is_none() || is_document_noun(t, lexicon))
            && !lexicon.is_auxiliary(t)
            && !lexicon.is_function_word(t)
            && lexicon.pronoun(t).is_none()
            && !is_determiner(t, lexicon)
    };
    let joined = |j: usize| gap(text, w[j - 1].span.end, w[j].span.start).is_empty();
    // The subject: plain words back from the verb to a comma.
    let mut k = vi;
    while k > 0 && vi - k < HEADLINE_SUBJECT && plain(&w[k - 1]) && (k == vi || joined(k)) {
        k -= 1;
    }
    let first = w.partition_point(|x| x.span.start < window.start);
    if k == vi
        || k < first + MIN_CLAUSE_WORDS
        || !joined(vi)
        || gap(text, w[k - 1].span.end, w[k].span.start).trim_start_matches(CLOSING_QUOTES) != ","
    {
        return None;
    }
    // After the verb, only whom it was told, up to the line's end.
    let told = w[vi + 1..]
        .iter()
        .take_while(|x| x.span.end <= window.end)
        .take(HEADLINE_TOLD + 1)
        .count();
    let sentence = cx.sentence_at(block, w[vi].span.start);
    let rest = &text[w[vi].span.end..sentence.end.max(w[vi].span.end)];
    if told > HEADLINE_TOLD
        || w[vi + 1..vi + 1 + told].iter().any(|x| !plain(x))
        || rest.contains([',', ':', ';'])
        || !heading_line(cx, block, sentence)
    {
        return None;
    }
    // A subject the lexicon cannot place ("former foreman") is kept as
    // a description, unresolved.
    let subject = Span::new(w[k].span.start, w[vi - 1].span.end);
    let role = Mention {
        span: subject,
        kind: MentionKind::Role {
            head: w[vi - 1].span,
            class: RoleClass::Person,
            definite: false,
        },
    };
    let m = if role.is_generic(text, lexicon) {
        Mention::document(subject)
    } else {
        role
    };
    // A quotation closing the content closes it with its mark.
    let last = w[k - 1].span.end;
    let comma = text[last..w[k].span.start].find(',')?;
    let content = Span::new(window.start, last + comma);
    Some((content, Rule::ReportedBeforeCue, m, w[vi].span))
}

/// A speech verb `w[vi]` in the words of its cue's window, with what
/// every layout asks of it.
struct VerbCue<'a, 'c> {
    cx: &'a Context<'c>,
    text: &'c str,
    w: &'a [Word],
    vi: usize,
    window: Span,
    cue: Span,
    /// Every question about what the verb reports is about its one
    /// lemma, looked up once.
    lemma: Option<&'c Lemma>,
    reporting: bool,
    /// A verb of request with the person asked and an infinitive after it
    /// (`asks_to_act`): it reports what it asks for, as `reporting` verbs
    /// report a clause.
    asks: bool,
    /// A participle ("saying", or an idiom's first word: "pointing out",
    /// which is read as one word) has no subject after it.
    participle: bool,
    /// What stands between the word before and the verb.
    lead: &'c str,
}

// Every step is inlined into `verb`, so that the struct costs no more
// than the locals of the one function it replaces: called apart, the
// steps cost 0.3% more instructions over the PolNeAR dev texts.
impl<'a, 'c> VerbCue<'a, 'c> {
    #[inline(always)]
    fn new(cx: &'a Context<'c>, w: &'a [Word], vi: usize, window: Span, class: WordClass) -> Self {
        let text = cx.text;
        let cue = w[vi].span;
        let lemma = cx.lexicon.lemma_of(class);
        let lead = if vi > 0 {
            gap(text, w[vi - 1].span.end, cue.start)
        } else {
            ""
        };
        // The idiom's first word ends at its first space, found by memchr:
        // a char pattern's searcher costs more to set up than a cue is
        // long, and every cue read as a verb asks.
        let form = &text[cue.start..cue.end];
        let participle = memchr::memchr(b' ', form.as_bytes())
            .map_or(form, |k| &form[..k])
            .ends_with("ing");
        let asks = lemma.is_some_and(|l| {
            l.request
                && !(l.is_bare(w[vi].text(text)) && bare_unasked(text, w, vi, cx.lexicon))
                && asks_to_act(text, w, vi, cx.lexicon)
        });
        VerbCue {
            cx,
            text,
            w,
            vi,
            window,
            cue,
            lemma,
            reporting: lemma.is_some_and(|l| l.reporting) || asks,
            asks,
            participle,
            lead,
        }
    }

    /// "As the Post reported on Saturday, the mayor …", "Hamas, as Lavrov
    /// noted, is part of it", "… will reopen in May, as Ruiz noted last
    /// week.": a verb of saying after "as", its subject between them, and
    /// after it at most a few words of time, place or the person told,
    /// set off by a comma or ending the sentence. The phrase reports the
    /// clause it stands in: the rest of the sentence when it opens it,
    /// the clause before when it closes it, the whole sentence when it is
    /// set in commas inside. "As Ruiz spoke, the crowd …" tells a time:
    /// verbs of saying only, and no verb among the words after.
    #[inline(always)]
    fn as_phrase(&self) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if !self.reporting || vi < 2 {
            return None;
        }
        // The "as" a subject's reach back, with no mark up to the verb
        // but an abbreviation's period ("as one of Mr. Ruiz's aides noted").
        // Most verbs have no "as" in reach: the nearest is found first, and
        // only then the gaps up to the verb read.
        let a = (vi.saturating_sub(NAME_REACH + 1)..vi - 1)
            .rev()
            .find(|&k| w[k].text(text).eq_ignore_ascii_case("as"))?;
        // "As many experts, including Ruiz, have pointed out, …": an aside
        // of examples set in commas may follow the subject, and only
        // auxiliaries and adverbs the aside's closing comma; the subject
        // is the words before it. `aside` holds the aside's first word and
        // the first word after it.
        let mut aside: Option<(usize, Option<usize>)> = None;
        for k in a..vi - 1 {
            let next = &w[k + 1];
            match (gap(text, w[k].span.end, next.span.start), aside) {
                ("", _) => {}
                (".", _) if lexicon.is_abbreviation(w[k].text(text)) => {}
                (",", None) if k > a && lexicon.is_example_lead(next.text(text)) => {
                    aside = Some((k + 1, None));
                }
                (",", Some((open, None))) => aside = Some((open, Some(k + 1))),
                _ => return None,
            }
        }
        let aside = match aside {
            None => None,
            Some((open, Some(close)))
                if w[close..vi]
                    .iter()
                    .all(|x| is_auxiliary_or_adverb(x.text(text), lexicon)) =>
            {
                Some(open)
            }
            Some(_) => return None,
        };
        let verb = w[vi].text(text);
        if verb.ends_with("ing")
            || (a + 1..vi).any(|k| {
                let t = w[k].text(text);
                // A verb in capitals is a name's word ("the Post").
                lexicon.verb_lemma(t).is_some() && !lexicon.is_auxiliary(t) && !is_capitalized(t)
                    || t == "that"
                    || lexicon.class(t).is_negation(t)
            })
        {
            return None;
        }
        // The subject: as the mention rules read it when it fills the
        // words up to the verb, or else those words themselves ("As the
        // Post reported"), past any auxiliaries and adverbs.
        // A noun phrase the lexicon cannot place ("the engineers") speaks
        // through the verb as the words say it, as a document does.
        let (end, p) = match aside {
            Some(open) => (open, open - 1),
            None => (vi, before_auxiliaries(text, w, vi, lexicon)?),
        };
        if p <= a {
            return None;
        }
        let m = mention_before(text, w, end, lexicon)
            .filter(|m| m.span.start == w[a + 1].span.start && !m.is_generic(text, lexicon))
            .unwrap_or(Mention::document(Span::new(
                w[a + 1].span.start,
                w[p].span.end,
            )));
        // The words after the verb up to the comma or the sentence's end:
        // a time, a place, the person told ("told the AP"), "it" ("as the
        // union puts it"); none of them a verb.
        let end = self.window.end;
        let mut k = vi;
        let closed = loop {
            let next = w.get(k + 1).filter(|x| x.span.start < end);
            let g = match next {
                Some(x) => gap(text, w[k].span.end, x.span.start),
                None => text.get(w[k].span.end..end).unwrap_or_default().trim(),
            };
            if g == "," && next.is_some() {
                break false;
            }
            let x = match next {
                Some(x) if g.is_empty() => x,
                None if g.trim_end_matches(['.', '!', '?']).is_empty() => {
                    break true;
                }
                _ => return None,
            };
            let t = x.text(text);
            if k - vi >= OCCASION_WORDS
                || is_finite_like(t, lexicon)
                || lexicon.verb_lemma(t).is_some()
                || t == "that"
            {
                return None;
            }
            k += 1;
        };
        let first = w.partition_point(|x| x.span.start < self.window.start);
        let comma_before = a > first && gap(text, w[a - 1].span.end, w[a].span.start) == ",";
        if closed {
            // "…, as Ruiz noted last week.": the clause before, which has a
            // verb of its own, and after "as" nothing but a setting: "…,
            // as Ruiz announced his bid" tells what happened then.
            let setting = w[vi + 1..=k].first().is_none_or(|x| {
                let t = x.text(text);
                let class = lexicon.class(t);
                class.is_preposition() || class.is_time_word() || is_ly_adverb(t)
            });
            return (comma_before && setting && has_verb(text, &w[first..a], lexicon)).then(|| {
                (
                    Span::new(self.window.start, w[a - 1].span.end),
                    Rule::ReportedBeforeCue,
                    m,
                    self.cue,
                )
            });
        }
        if comma_before {
            return Some((self.window, Rule::ReportedBeforeCue, m, self.cue));
        }
        // Opening the sentence, maybe after "But", or a clause of its own
        // after a comma and "and" or "but" ("…, and as Ruiz noted, the
        // port …"): nothing before it in its clause has a verb.
        let own_clause = a > first + 1
            && is_and_or_but(text, &w[a - 1])
            && gap(text, w[a - 2].span.end, w[a - 1].span.start) == ",";
        if !own_clause && has_verb(text, &w[first..a], lexicon) {
            return None;
        }
        let content = Span::new(w[k + 1].span.start, self.window.end);
        Some((content, Rule::ReportedBeforeCue, m, self.cue))
    }

    /// "The rules, which officials said will take effect in May, …",
    /// "passed laws that courts said discriminated against them": a verb of
    /// saying inside a relative clause, its subject right after the
    /// relative word, and a finite verb right after it whose subject is
    /// that word. What was said is the rest of the relative clause, up to
    /// its comma. The verb must be one the clause cannot end at before
    /// another predicate: after "which" set off by a comma, or after a
    /// verb earlier in the sentence ("The words that he said were
    /// hurtful" has its own main verb there).
    #[inline(always)]
    fn relative_gap(&self) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let next = w.get(vi + 1)?;
        if !self.reporting
            || self.participle
            || !gap(text, w[vi].span.end, next.span.start).is_empty()
        {
            return None;
        }
        let t = next.text(text);
        let takes_object = self.lemma.is_some_and(|l| l.takes_object);
        if !is_finite_like(t, lexicon) || takes_object && plural_not_verb(t, lexicon) {
            return None;
        }
        let p = before_auxiliaries(text, w, vi, lexicon)?;
        let first = w.partition_point(|x| x.span.start < self.window.start);
        // The relative word a subject's reach back, with no mark between
        // the words up to the verb but an abbreviation's period.
        let r = (p.saturating_sub(NAME_REACH).max(first)..p)
            .rev()
            .take_while(|&k| match gap(text, w[k].span.end, w[k + 1].span.start) {
                "" => true,
                "." => lexicon.is_abbreviation(w[k].text(text)),
                _ => false,
            })
            .find(|&k| {
                let word = w[k].text(text);
                word == FREE_RELATIVE || lexicon.is_noun_relative(word)
            })?;
        let set_off = r > first
            && w[r].text(text) == "which"
            && gap(text, w[r - 1].span.end, w[r].span.start) == ",";
        // The words between are a subject, maybe of two ("she and her
        // aides"): not "what she wants to show", "which he favors but
        // says".
        if !set_off && !has_verb(text, &w[first..r], lexicon)
            || w[r + 1..=p]
                .iter()
                .any(|x| NO_SUBJECT_ALONE.contains(&x.text(text)))
        {
            return None;
        }
        let subject = Span::new(w[r + 1].span.start, w[p].span.end);
        // A noun the lexicon cannot place speaks through the verb of
        // saying all the same, unresolved.
        let m = mention_before(text, w, vi, lexicon)
            .filter(|m| m.span.start >= subject.start && m.span.end == subject.end)
            .filter(|m| !m.is_generic(text, lexicon))
            .unwrap_or(Mention::document(subject));
        // Not a comma inside a number ("were 100,000").
        let rest = &text[next.span.start..self.window.end];
        let end = rest
            .match_indices(|c| c == '(' || CLAUSE_BREAKS.contains(&c))
            .map(|(k, _)| next.span.start + k)
            .find(|&k| !in_number(text, k))
            .into_iter()
            .chain(rest.find(" - ").map(|k| next.span.start + k))
            .min()
            .unwrap_or(self.window.end);
        let content = Span::new(next.span.start, end);
        Some((content, Rule::ReportedAfterCue, m, self.cue))
    }

    /// The subject right before the verb, maybe with a time between them:
    /// "Hillary Clinton on Tuesday said that …".
    #[inline(always)]
    fn adjacent_subject(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        // "Ruiz sought to calm the crowd, and waved a heckler away,
        // saying …", "In Dayton, Ohio, on Monday, Ruiz urged voters on,
        // saying …": a participle after a comma hangs on the clause before
        // it, whose subject speaks. The name before a stretch in commas is
        // no subject when the stretch's first verb has one of its own
        // right before it (a name, "he") or goes on a predicate with
        // "and": that name is an object or a fronted phrase. A verb after
        // a comma ("Ruiz, who has long …, has urged …") or an adverb
        // ("Ruiz, in an interview, barely dwelled …") is still its own.
        let participle = self.lead == "," && w[vi].text(text).ends_with("ing");
        let own_subject_between = |m: &Mention| {
            let k = w.partition_point(|x| x.span.start < m.span.end);
            let finite = |t: &str| {
                lexicon.is_auxiliary(t) || lexicon.is_irregular_past(t) || looks_regular_past(t)
            };
            let Some(j) = (k..vi).find(|&j| finite(w[j].text(text))) else {
                return false;
            };
            // Back over the auxiliaries and adverbs before the verb.
            let mut p = j;
            while p > k
                && gap(text, w[p - 1].span.end, w[p].span.start).is_empty()
                && is_auxiliary_or_adverb(w[p - 1].text(text), lexicon)
            {
                p -= 1;
            }
            if p == k || !gap(text, w[p - 1].span.end, w[p].span.start).is_empty() {
                return false;
            }
            let t = w[p - 1].text(text);
            is_capitalized(t)
                || lexicon.pronoun(t).is_some_and(|x| x.subject)
                || matches!(t, "and" | "but")
        };
        mention_before(text, w, vi, lexicon)
            .filter(|m| !(participle && (own_subject_between(m) || self.object_of_clause(m))))
            .or_else(|| {
                // The time words right before the verb, read back: each word
                // is looked up once, and mostly only the one before the verb.
                let time = w[vi.saturating_sub(TIME_REACH)..vi]
                    .iter()
                    .rev()
                    .take_while(|x| {
                        let t = x.text(text);
                        let class = lexicon.class(t);
                        class.is_time_word() && t != "that" || class.is_time_lead(t)
                    })
                    .count();
                // Nothing but spaces up to the verb: "in October, saying …" has
                // its subject further back, past the comma.
                let k = (vi - time..vi).find(|&k| joined(text, &w[k..=vi]))?;
                mention_before(text, w, k, lexicon)
                    .filter(|_| gap(text, w[k - 1].span.end, w[k].span.start).is_empty())
            })
    }

    /// True when the mention `m` before a participle's comma is the object
    /// of its clause: right after a preposition or a verb in the past
    /// ("Ruiz backed Mensah, saying …", "voted for Mensah, arguing …"). The
    /// participle hangs on that clause, whose subject speaks. Not a verb
    /// after a mark: in `"…," said Ruiz, adding …` the name after the verb
    /// is its subject.
    #[inline(always)]
    fn object_of_clause(&self, m: &Mention) -> bool {
        let (text, w, lexicon) = (self.text, self.w, self.cx.lexicon);
        let k = w.partition_point(|x| x.span.start < m.span.start);
        if k < 2 || !gap(text, w[k - 1].span.end, m.span.start).is_empty() {
            return false;
        }
        let before = w[k - 1].text(text);
        let verb = (lexicon.is_irregular_past(before)
            || before.len() > 3 && before.ends_with("ed"))
            && !is_capitalized(before)
            && gap(text, w[k - 2].span.end, w[k - 1].span.start).is_empty();
        verb || lexicon.class(before).is_preposition()
    }

    /// True when the mention `m` read before a verb after a comma is the
    /// object of the preposition that opens the sentence: in "In nearby
    /// Kessel, the yard is hanging on, said …" the clause between the
    /// commas is no apposition of the place, and the speaker is named
    /// after the verb.
    #[inline(always)]
    fn fronted_object(&self, m: Mention) -> bool {
        let (text, w, lexicon) = (self.text, self.w, self.cx.lexicon);
        if self.lead != "," {
            return false;
        }
        let first = w.partition_point(|x| x.span.start < self.window.start);
        let Some(opener) = w.get(first) else {
            return false;
        };
        let t = opener.text(text);
        let k = w.partition_point(|x| x.span.start < m.span.start);
        k > first
            && k - first <= FRONTED_OBJECT_REACH
            && lexicon.class(t).is_preposition()
            && joined(text, &w[first..=k])
    }

    /// "The strike began after Ana Ruiz said …": a subordinator that is
    /// also a preposition ("after", "before", "since") makes the name after
    /// it read as its object, so the mention rules find no subject; its
    /// clause's subject is the name that fills the words up to the verb.
    #[inline(always)]
    fn subject_after_subordinator(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        // Back from the verb over words with no mark between them (none
        // before the verb either: "after Christmas, insisting …"), before
        // any word is looked up.
        let s = (vi.saturating_sub(NAME_REACH + 1)..vi)
            .rev()
            .take_while(|&k| gap(text, w[k].span.end, w[k + 1].span.start).is_empty())
            .skip(1)
            .find(|&k| {
                let class = lexicon.class(w[k].text(text));
                class.is_subordinator() && class.is_preposition()
            })?;
        let m = mention_after(text, w, s + 1, lexicon)?;
        (m.span.start == w[s + 1].span.start && m.span.end == w[vi - 1].span.end).then_some(m)
    }

    /// "… a disgrace after she attacked the officers and blamed …": a verb
    /// joined by "and" or "but" to the verb of a clause a subordinator
    /// opens, with no mark between them, shares that clause's subject, not
    /// the sentence's.
    #[inline(always)]
    fn subject_of_subordinate_conjunct(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let head = (0..vi)
            .rev()
            .find(|&k| !is_auxiliary_or_adverb(w[k].text(text), lexicon))?;
        if !is_and_or_but(text, &w[head]) || !joined(text, &w[head..=vi]) {
            return None;
        }
        let s = (vi.saturating_sub(CONJUNCT_REACH)..head)
            .rev()
            .take_while(|&k| gap(text, w[k].span.end, w[k + 1].span.start).is_empty())
            .find(|&k| lexicon.class(w[k].text(text)).is_subordinator())?;
        let m = mention_after(text, w, s + 1, lexicon)?;
        let v = w.partition_point(|x| x.span.start < m.span.end);
        (m.span.start == w[s + 1].span.start && v + 1 < head && self.cx.is_verb(&w[v])).then_some(m)
    }

    /// True when "that" follows the verb within reach, before a speech
    /// verb right after a comma: in `"…," Ruiz said, adding that …` the
    /// "that" is the participle's, and the verb still attributes the
    /// quotation before it.
    #[inline(always)]
    fn that_follows(&self) -> bool {
        let (text, w) = (self.text, self.w);
        (self.vi + 1..w.len().min(self.vi + 1 + THAT_REACH))
            .take_while(|&j| {
                gap(text, w[j - 1].span.end, w[j].span.start) != "," || !self.cx.is_verb(&w[j])
            })
            .any(|j| w[j].text(text) == "that")
    }

    /// The layouts of a verb with its subject `m` right before it: the
    /// content before the two, or after the verb.
    #[inline(always)]
    fn with_subject(&self, m: Mention, attributes_quotation: bool) -> Option<Found> {
        let (text, w) = (self.text, self.w);
        let k = w.partition_point(|x| x.span.start < m.span.start);
        // "…, Ruiz and Grey said.": speakers joined by "and" after the
        // content report it together; the one next to the verb speaks, as
        // in a joined subject before a content ("Ruiz and Grey said …").
        // "…, Ruiz's longtime adviser Tomas Grey said.": a possessor opens
        // the subject, which the comma before it sets off.
        let (k, opens) = match self.first_conjunct(k).or_else(|| self.possessor_before(k)) {
            Some(j) => (j, w[j].span.start),
            None => (k, m.span.start),
        };
        // "Turnout was 38%, the officer said": a percent sign closes the
        // number before the comma.
        let comma_before = k > 0
            && match gap(text, w[k - 1].span.end, opens) {
                "," => true,
                "%," => w[k - 1].text(text).ends_with(|c: char| c.is_ascii_digit()),
                _ => false,
            };
        // `"…," another pollster, David Woodard, said`: before the comma
        // stand the quotation and the speaker's role, not a clause.
        if comma_before && role_after_quotation(self.cx, w, k) && !self.that_follows() {
            return None;
        }
        if let Some(found) = self.content_before(m, k, comma_before) {
            return Some(found);
        }
        if !comma_before
            && let Some((m, k)) = self.subject_after_comma(m, k)
            && let Some(found) = self.content_before(m, k, true)
        {
            return Some(found);
        }
        if attributes_quotation {
            return self.clause_closing_quotation(m, m.span.start);
        }
        self.content_after(m, k)
    }

    /// Where the mention joined by "and" to the subject opening at `w[k]`
    /// opens, when a comma stands before it: "…, Ana Ruiz and Tomas Grey
    /// said", "…, teachers and union officials told …".
    fn first_conjunct(&self, k: usize) -> Option<usize> {
        let (text, w) = (self.text, self.w);
        if k < 2
            || w[k - 1].text(text) != "and"
            || !gap(text, w[k - 2].span.end, w[k - 1].span.start).is_empty()
        {
            return None;
        }
        let first = mention_before(text, w, k - 1, self.cx.lexicon)?;
        let j = w.partition_point(|x| x.span.start < first.span.start);
        (j > 0 && gap(text, w[j - 1].span.end, first.span.start) == ",").then_some(j)
    }

    /// Where the possessor of the subject opening at `w[k]` opens, when a
    /// comma stands before it: "…, the mayor's adviser Tomas Grey said".
    fn possessor_before(&self, k: usize) -> Option<usize> {
        let (text, w) = (self.text, self.w);
        if k < 2
            || possessive_stem(w[k - 1].text(text)).is_none()
            || !gap(text, w[k - 1].span.end, w[k].span.start).is_empty()
        {
            return None;
        }
        let owner = possessor(text, w, k - 1, self.cx.lexicon)?;
        let j = w.partition_point(|x| x.span.start < owner.span.start);
        (j > 0 && gap(text, w[j - 1].span.end, owner.span.start) == ",").then_some(j)
    }

    /// `Teachers here are “very, very pro-Ruiz,” Grey said` (or `said
    /// Grey`): a quotation that the verb attributes but that only ends a
    /// clause, its words going on from the sentence's unquoted start, is
    /// the end of one mixed content, said by `m`. The quotation is the
    /// last one closed before `attribution`, where the speaker or the verb
    /// opens the attribution. The clause before it has its own finite verb,
    /// and the quotation continues it: nothing but a space before its
    /// opening mark, a lower-case word after it.
    #[inline(always)]
    fn clause_closing_quotation(&self, m: Mention, attribution: usize) -> Option<Found> {
        let (cx, text, w) = (self.cx, self.text, self.w);
        let q = cx.quotation_closed_before(attribution)?;
        let start = self.window.start;
        let lead = text.get(start..q.open.start)?;
        let continues = lead.ends_with(' ')
            && !lead
                .trim_end()
                .ends_with(|c: char| c.is_ascii_punctuation())
            && text[q.open.end..].starts_with(char::is_lowercase);
        if q.open.start <= start || !continues {
            return None;
        }
        let first = w.partition_point(|x| x.span.start < start);
        let opening = w.partition_point(|x| x.span.start < q.open.start);
        (opening >= first + MIN_CLAUSE_WORDS
            && looks_like_clause(text, &w[..opening], first, cx.lexicon))
        .then(|| {
            (
                Span::new(start, q.close.end),
                Rule::ReportedBeforeCue,
                m,
                self.cue,
            )
        })
    }

    /// "The plan, an inside source said, is …", "…, those Democrats
    /// argued, …", "…, advisers to Ruiz say, …": up to `SUBJECT_MODIFIERS`
    /// lower-case words the mention rules leave out before the mention `m`
    /// (at `w[k]`), a determiner, a modifier or a preposition that ties
    /// the mention to a group, make up with it a subject set off by the
    /// comma before them. The subject runs from that comma, and its first
    /// word's index comes with it. Only a role noun takes such words; a
    /// name, a pronoun or a document does only after a preposition
    /// ("friends of Ruiz"), and the whole phrase then names a group, kept
    /// as written ("a Coast Guard cutter" is no subject).
    #[inline(always)]
    fn subject_after_comma(&self, m: Mention, k: usize) -> Option<(Mention, usize)> {
        let (text, w, lexicon) = (self.text, self.w, self.cx.lexicon);
        // Not a relative clause the mention rules read ("a move that
        // survived court").
        let first = w[k].text(text);
        if first == "that" || lexicon.is_relative_pronoun(first) {
            return None;
        }
        let mut preposition = false;
        for j in (k.saturating_sub(SUBJECT_MODIFIERS).max(1)..k).rev() {
            let t = w[j].text(text);
            let class = lexicon.class(t);
            let opens = gap(text, w[j - 1].span.end, w[j].span.start);
            // A determiner opens the subject ("an inside source"); one
            // further in opens a phrase of its own ("the day the deal").
            // A preposition ties the mention to a noun before it
            // ("advisers to Ruiz", "an inside source"); first after the
            // comma it opens an adjunct ("as many economists say").
            let word = if is_determiner(t, lexicon) {
                opens == ","
            } else if class.is_preposition() {
                opens != ","
            } else {
                // Between a determiner and the noun any plain word is the
                // noun's ("an inside source", "an outside expert").
                let sandwiched = j + 1 == k
                    && opens.is_empty()
                    && is_determiner(w[j - 1].text(text), lexicon)
                    && !is_finite_like(t, lexicon)
                    && !lexicon.is_relative_pronoun(t);
                sandwiched || modifier_word(t, class, lexicon)
            };
            // Before a mention that opens with its own determiner, only a
            // preposition ("advisers to the mayor").
            let before_mention =
                j + 1 < k || class.is_preposition() || !is_determiner(w[k].text(text), lexicon);
            if !word
                || !before_mention
                || !t.chars().all(char::is_alphabetic)
                || !gap(text, w[j].span.end, w[j + 1].span.start).is_empty()
            {
                return None;
            }
            preposition |= class.is_preposition();
            match opens {
                "" => continue,
                "," => {}
                _ => return None,
            }
            let span = Span::new(w[j].span.start, m.span.end);
            let m = match m.kind {
                MentionKind::Role { .. } => Mention { span, ..m },
                _ if preposition => Mention::document(span),
                _ => return None,
            };
            return Some((m, j));
        }
        None
    }

    /// The content before a subject `m` (opening at `w[k]`) and its verb
    /// set off by a comma: "Hamas, as Lavrov noted, is part of it", "The
    /// test, North Korea said, was its biggest", "Talks will resume,
    /// Lavrov said."
    #[inline(always)]
    fn content_before(&self, m: Mention, k: usize, comma_before: bool) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let window = self.window;
        let comma_after = w
            .get(vi + 1)
            .is_some_and(|n| gap(text, w[vi].span.end, n.span.start) == ",");
        let first = w.partition_point(|x| x.span.start < window.start);
        // "Hamas, as Lavrov noted, is part of it": a parenthetical "as".
        let as_noted = k > 0 && w[k - 1].text(text) == "as" && comma_after;
        if as_noted {
            return Some((window, Rule::ReportedBeforeCue, m, self.cue));
        }
        // "TASS quoted the minister, Ana Ruiz, as saying: …": what the
        // person quoted said follows the participle; the words before it
        // are the report's, not what was said.
        if self.participle && w[vi - 1].text(text) == QUOTED_AS {
            return None;
        }
        // Every other layout here has a comma before the subject.
        if !comma_before {
            return None;
        }
        // A pronoun or a name set in commas with its verb is always an
        // attribution ("Though it went well, he said, replacing her …").
        let set_off = matches!(m.kind, MentionKind::Pronoun(_) | MentionKind::Person { .. });
        // "…, records show.", "…, these supporters acknowledge, …": in
        // these layouts a noun the lexicon cannot place still speaks
        // through a verb of saying; it is kept as said, unresolved.
        let said = if m.is_generic(text, lexicon) && self.reporting {
            Mention::document(m.span)
        } else {
            m
        };
        // "The wall is cracked, an official said, requesting anonymity": a
        // participle after the verb's comma tells how the speaker spoke;
        // the clause before is the whole content.
        // So does one after the verb's setting ("…, the agency said on
        // Thursday, warning that …"), which leaves the verb no comma of
        // its own.
        let participle_after = participle_after_setting(text, w, vi, lexicon).is_some();
        if comma_before && participle_after && looks_like_clause(text, &w[..k], first, lexicon) {
            return Some((
                Span::new(window.start, w[k - 1].span.end),
                Rule::ReportedBeforeCue,
                said,
                self.cue,
            ));
        }
        // "The solution, Ruiz told reporters, was simple": a verb that
        // takes the person spoken to may have them before its comma, in
        // a word or two that are no verb ("told the board").
        // Or after the verb's setting, when a clause or the subject's
        // predicate goes on there: "The vote will wait, her aides said
        // Friday, and the budget with it"; not "…, the aides said Friday,
        // as they left", which tells what the speakers did.
        let set_after = || {
            after_setting(text, w, vi, lexicon).filter(|&j| {
                j > vi + 1
                    && gap(text, w[j - 1].span.end, w[j].span.start) == ","
                    && {
                        // A time or a place, not the verb's object ("says
                        // not much, …", "find himself in trouble, …").
                        let class = lexicon.class(w[vi + 1].text(text));
                        class.is_time_word() || class.is_preposition()
                    }
                    && !lexicon.is_relative_pronoun(w[j].text(text))
                    && !passive(text, w, vi, lexicon)
                    && (looks_like_clause(text, w, j, lexicon)
                        || predicate_after(text, w, j, lexicon))
            })
        };
        let after = if comma_after {
            Some(vi + 1)
        } else if let Some(j) = set_after() {
            Some(j)
        } else if self.lemma.is_some_and(|l| l.takes_object) {
            (vi + 1..w.len().min(vi + 3))
                .take_while(|&j| {
                    let t = w[j].text(text);
                    gap(text, w[j - 1].span.end, w[j].span.start).is_empty()
                        && !lexicon.is_auxiliary(t)
                        && lexicon.verb_lemma(t).is_none()
                        && t != "that"
                })
                .find(|&j| {
                    w.get(j + 1)
                        .is_some_and(|n| gap(text, w[j].span.end, n.span.start) == ",")
                })
                .map(|j| j + 1)
        } else {
            None
        };
        if comma_before
            && let Some(after) = after
            && (set_off
                || looks_like_clause(text, &w[..k], first, lexicon)
                || looks_like_clause(text, w, after, lexicon)
                || predicate_after(text, w, after, lexicon))
        {
            // Set in commas, "The test, North Korea said, was its biggest":
            // the whole sentence is the content.
            return Some((window, Rule::ReportedBeforeCue, said, self.cue));
        }
        // The clause before may open with an adjunct ("In all, the
        // justices agree, Epstein said.") when the verb closes the
        // sentence. A verb that is not one of saying closes it only with
        // nothing but a time, a place or a manner after it: "…, they might
        // call Ana Ruiz" calls someone, "…, the judge ruled on Monday"
        // reports the clause.
        let apposed = text
            .get(m.span.end..w[vi].span.start)
            .is_some_and(|g| g.trim() == ",");
        // A particle with its object after the verb keeps a fronted
        // phrase from closing ("In the wake of the vote, Ruiz called
        // for …", "A week after the storm hit, …"); after a clause it
        // keeps it only when more than a setting follows ("The plan is
        // dead, Ruiz commented on Twitter" closes, "…, Ruiz will insist on
        // being heard" does not).
        let fronted = || {
            !looks_like_clause(text, &w[..k], first, lexicon)
                || subordinate_before_verb(text, &w[first..k], lexicon)
        };
        let closes = comma_before
            && !introduces_after_colon(text, w, vi)
            && !(self.particle_then_object() && (fronted() || !self.setting_after_particle()))
            && (self.reporting || closing_tail(text, w, vi, lexicon))
            && !opens_clause(text, w, vi, lexicon)
            && short_tail(text, w, vi, lexicon)
            // Before a subject set in commas the words may instead be a
            // role in apposition to it ("A lawyer for the ferry companies,
            // Ana Ruiz, said …"): its verb is asked of has_clause_verb.
            // Elsewhere a noun phrase that reads as a clause is as often a
            // content all the same.
            && (clause_with(
                text,
                &w[..k],
                first,
                lexicon,
                if apposed { has_clause_verb } else { has_verb },
            ) || closing_tail(text, w, vi, lexicon) && has_verb(text, &w[first..k], lexicon));
        // "Talks will resume, Lavrov said."
        closes.then(|| {
            // "…, his top aide, Tad Moreno, said": a role in commas before
            // a name set in commas is the name's, not the content's.
            let end = if apposed && matches!(m.kind, MentionKind::Person { .. }) {
                role_before_name(text, w, first, k, lexicon).unwrap_or(k)
            } else {
                k
            };
            // The percent sign that let the comma through is the number's.
            let last = w[end - 1].span.end;
            let last = last + usize::from(text[last..].starts_with('%'));
            (
                Span::new(window.start, last),
                Rule::ReportedBeforeCue,
                said,
                self.cue,
            )
        })
    }

    /// True when one of the verb's own particles comes right after it and
    /// a word that is no time after that ("In the wake of the vote, Ruiz
    /// called for an inquiry", "…, the paper called on the mayor to act"):
    /// the verb goes on with what was asked for or spoken of, and closes no
    /// content before it, as a preposition of setting would ("…, Ruiz
    /// commented on Monday").
    #[inline(always)]
    fn particle_then_object(&self) -> bool {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let Some(lemma) = self.lemma else {
            return false;
        };
        let (Some(p), Some(next)) = (w.get(vi + 1), w.get(vi + 2)) else {
            return false;
        };
        gap(text, w[vi].span.end, p.span.start).is_empty()
            && gap(text, p.span.end, next.span.start).is_empty()
            && lemma.has_particle(p.text(text))
            && !lexicon.class(next.text(text)).is_time_word()
    }

    /// True when the verb's particle and at most [`PARTICLE_SETTING_WORDS`] words
    /// after it end the sentence, none of them a verb or a gerund: where it
    /// was said ("on Twitter", "on the record"), not what was spoken of.
    #[inline(always)]
    fn setting_after_particle(&self) -> bool {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let rest = w.get(vi + 2..).unwrap_or_default();
        rest.len() <= PARTICLE_SETTING_WORDS
            && rest.iter().all(|x| {
                let t = x.text(text);
                !t.ends_with("ing") && lexicon.verb_lemma(t).is_none()
            })
    }

    /// The content after the verb whose subject `m` opens at `w[k]`.
    #[inline(always)]
    fn content_after(&self, m: Mention, k: usize) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let generic = m.is_generic(text, lexicon);
        // Asked only where it decides: of an action verb's subject, or of
        // one the lexicon cannot place.
        let document =
            (self.lemma.is_some_and(|l| l.action) || generic) && names_document(text, m, lexicon);
        let content = after_verb(self.cx, w, vi, self.lemma, self.window, document)?;
        let content = self.cut_at_main_verb(m, content);
        // A subject the lexicon cannot place ("respondents", "the clip")
        // speaks when a verb of saying has a clause after it; it is then
        // read as the whole noun phrase before the verb.
        if generic && !document && self.reporting {
            let k = w.partition_point(|x| x.span.start < content.start);
            // "A chorus of Democrats warned that …": a noun phrase the
            // unnamed-subject rule does not read either is kept as the
            // mention rules read it when it ends in a plural, people who
            // speak: not "The online posting is …", a noun read as the
            // verb after words that name no one.
            let plural = words(text, m.span).last().is_some_and(|x| {
                let t = x.text(text);
                ends_as_plural(t) || t == "percent" || is_number(t, lexicon.class(t))
            });
            // Or before an aside naming examples of it that the mention
            // rules read past ("Several mayors, including Ruiz, said …",
            // `example_leads.txt`).
            let example = || {
                let next = w.partition_point(|x| x.span.start < m.span.end);
                next < vi
                    && gap(text, m.span.end, w[next].span.start) == self.lead
                    && lexicon.is_example_lead(w[next].text(text))
            };
            let m = match unnamed_subject(text, w, vi, lexicon) {
                Some(m) => m,
                // Right before the verb: not past "have not", a denial.
                // Or before an aside set in commas ("The plaintiffs, led by
                // a driver, argued …").
                None if plural
                    && (w[vi - 1].span.end == m.span.end
                        || example()
                        || self.subject_before_aside().is_some_and(|a| {
                            a.span.start == m.span.start && a.span.end == m.span.end
                        })) =>
                {
                    Mention::document(m.span)
                }
                None => return None,
            };
            // "30 percent said the same": a word for a clause is one. So is
            // what follows the verb's own particle ("Several charities
            // complained about the noise").
            let clause = self.asks
                || clause_or_pro_form(text, w, k, vi, content, lexicon)
                || self.plural_then_particle();
            return clause.then_some((content, Rule::ReportedAfterCue, m, self.cue));
        }
        // "Several fishing charities warned of …": kept as written.
        if generic && !document && self.plural_then_particle() {
            return Some((
                content,
                Rule::ReportedAfterCue,
                Mention::document(m.span),
                self.cue,
            ));
        }
        // "Several polls show Ruiz with a lead": a document the lexicon
        // names speaks as one, however the mention rules read its words.
        let m = if generic && document {
            Mention::document(m.span)
        } else {
            m
        };
        let m = issuer(self.cx, w, m, k, vi).unwrap_or(m);
        Some((content, Rule::ReportedAfterCue, m, self.cue))
    }

    /// "A petition calling for the pool to reopen has gathered 2,000
    /// names": a participle right after the noun that opens the sentence is
    /// a reduced relative, and the sentence's own verb comes after its
    /// complement. After a particle or an infinitive the complement has
    /// no finite verb of its own, so the first auxiliary in `content` past
    /// them is the main clause's: the content ends before it.
    #[inline(always)]
    fn cut_at_main_verb(&self, m: Mention, content: Span) -> Span {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let first = w.partition_point(|x| x.span.start < self.window.start);
        let opens = [first, first + 1]
            .iter()
            .any(|&f| w.get(f).is_some_and(|x| x.span.start == m.span.start));
        if !w[vi].text(text).ends_with("ing")
            || !self.lead.is_empty()
            || m.span.end != w[vi - 1].span.end
            || !opens
        {
            return content;
        }
        let k = w.partition_point(|x| x.span.start < content.start);
        let end = w.partition_point(|x| x.span.start < content.end);
        let particle = k > vi + 1 && lexicon.class(w[k - 1].text(text)).is_preposition();
        let to = (k..end).find(|&i| w[i].text(text) == "to");
        let Some(from) = (if particle { Some(k) } else { to.map(|t| t + 2) }) else {
            return content;
        };
        // Not "to be", nor past a relative word, which opens a clause
        // of its own ("for a pool that will …").
        (from.max(k + 1)..end)
            .take_while(|&i| !lexicon.is_relative_pronoun(w[i].text(text)))
            .find(|&i| {
                lexicon.is_auxiliary(w[i].text(text))
                    && w[i - 1].text(text) != "to"
                    && gap(text, w[i - 1].span.end, w[i].span.start).is_empty()
            })
            .map_or(content, |i| {
                trim_content(text, Span::new(content.start, w[i].span.start))
            })
    }

    /// "Talks will resume, said Lavrov" (maybe with an apposition after
    /// the name): the speaker after the verb that closes a content-first
    /// sentence.
    #[inline(always)]
    fn subject_after(&self) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        // "Obama revised his plans, saying troops would stay": a
        // participle has no subject after it.
        if self.lead != "," || self.participle {
            return None;
        }
        // "The poll, conducted by the union, shows Ruiz with a lead": a
        // document before an aside is the verb's subject, and the name
        // after the verb is the finding's.
        if self
            .subject_before_aside()
            .is_some_and(|m| names_document(text, m, lexicon))
        {
            return None;
        }
        let clause = looks_like_clause(text, &w[..vi], 0, lexicon);
        // "In a year of cuts, farmers have room to act, said Ana Ruiz, a
        // grower": a sentence may open with an adjunct before its clause;
        // then a speaker named after the verb, with nothing but an
        // apposition before the sentence's end, tells that it is said.
        if !clause && !has_verb(text, &w[..vi], lexicon) {
            return None;
        }
        // A noun phrase the lexicon cannot place ("several observers") is
        // kept whole, as the words say it.
        let m = match mention_after(text, w, vi + 1, lexicon) {
            Some(m) if !m.is_generic(text, lexicon) => named_apposition(text, w, m, lexicon),
            m => self.plain_speaker_after().or(m)?,
        };
        let rest = w.iter().position(|x| x.span.start >= m.span.end);
        // "…, said he isn't fit": a pronoun after the verb is its subject
        // only at the end of the sentence ("…, said he.").
        let pronoun = matches!(m.kind, MentionKind::Pronoun(_));
        let ends = rest.is_none_or(|r| {
            gap(text, m.span.end, w[r].span.start).starts_with(',')
                || !pronoun && self.described_to_end(&w[r..])
        });
        let said = if clause {
            ends || !pronoun && short_tail(text, w, vi, lexicon)
        } else {
            ends && !pronoun
        };
        said.then(|| {
            (
                Span::new(self.window.start, w[vi - 1].span.end),
                Rule::ReportedBeforeCue,
                m,
                self.cue,
            )
        })
    }

    /// "Delay ‘a betrayal’, says parish chair": after a comma, a verb with
    /// only its speaker after it, up to the sentence's end, has nothing
    /// after it to report. `subject_after` takes no verbless words before
    /// it (a headline's) for a content, and no other layout may take the
    /// speaker's words for one.
    #[inline(always)]
    fn speaker_closes_sentence(&self) -> bool {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        // The comma may close a quotation ("‘a betrayal’, says …").
        let comma = self.lead.trim_start_matches(CLOSING_QUOTES) == ",";
        if !comma || self.participle {
            return false;
        }
        mention_after(text, w, vi + 1, lexicon)
            .or_else(|| self.plain_speaker_after())
            .is_some_and(|m| {
                text.get(m.span.end..self.window.end)
                    .unwrap_or_default()
                    .trim()
                    .trim_end_matches(['.', '!', '?'])
                    .is_empty()
            })
    }

    /// True when `tail`, the words after a speaker named after a reporting
    /// verb, describe that speaker up to the sentence's end, with no
    /// punctuation on the way: a phrase a preposition or a participle
    /// opens, with no verb of its own ("…, said a police officer attached
    /// to the Crime Branch", "…, said an official in Madrid"), or a
    /// relative clause ("…, said an aide who asked not to be named"). No
    /// more than `TAIL_REACH` words. A verb with an object ("…, described
    /// the group during an interview as …") has no speaker after it.
    fn described_to_end(&self, tail: &[Word]) -> bool {
        let (text, lexicon) = (self.text, self.cx.lexicon);
        let (Some(first), Some(last)) = (tail.first(), tail.last()) else {
            return false;
        };
        let t = first.text(text);
        let opener = lexicon.class(t).is_preposition() && t != "that"
            || looks_regular_past(t) && !lexicon.is_auxiliary(t);
        let rest = text[first.span.start..self.window.end]
            .trim_end()
            .trim_end_matches(['.', '!', '"', '”', '’', '\'']);
        let plain =
            |c: char| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '’');
        tail.len() <= TAIL_REACH
            && self.reporting
            && !self.lemma.is_some_and(|l| l.takes_object)
            && rest.chars().all(plain)
            && !text[last.span.end..self.window.end].contains(char::is_alphanumeric)
            && (lexicon.is_person_relative(t)
                || opener
                    && !tail[1..].iter().any(|x| {
                        is_verb_for_certain(x.text(text), lexicon) || x.text(text) == "that"
                    }))
    }

    /// "…, said several observers.", "…, said two people familiar with
    /// the talks.": a noun phrase no mention rule reads, closing the
    /// sentence right after the verb, is its speaker when it opens with a
    /// determiner, a quantifier or a number and holds no auxiliary,
    /// relative or time ("…, said this week" and "…, said in a statement"
    /// name no one).
    #[inline(always)]
    fn plain_speaker_after(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let first = w.get(vi + 1)?.text(text);
        let class = lexicon.class(first);
        let opens = first != "that"
            && (class.is_determiner()
                || class.is_quantifier()
                || is_number(first, class)
                || class.is_noun_opener());
        if !opens || !gap(text, w[vi].span.end, w[vi + 1].span.start).is_empty() {
            return None;
        }
        let end = self.window.end;
        let last = (vi + 1..w.len().min(vi + 1 + MAX_SPEAKER_AFTER))
            .take_while(|&k| w[k].span.start < end)
            .find(|&k| w.get(k + 1).is_none_or(|n| n.span.start >= end))?;
        let plain = (vi + 1..=last).all(|k| {
            let t = w[k].text(text);
            let class = lexicon.class(t);
            (k == vi + 1 || gap(text, w[k - 1].span.end, w[k].span.start).is_empty())
                && !lexicon.is_auxiliary(t)
                && !class.is_clause_opener(t)
                && !class.is_time_word()
                && t != "that"
        });
        let closed = text
            .get(w[last].span.end..end)
            .unwrap_or_default()
            .trim()
            .trim_end_matches(['.', '!', '?'])
            .is_empty();
        (plain && closed).then_some(Mention::document(Span::new(
            w[vi + 1].span.start,
            w[last].span.end,
        )))
    }

    /// The subject of a participle that "with" opens a phrase with, after
    /// a comma or first in the sentence: "…, with Ruiz warning that …",
    /// "With many dockers and pilots saying …". The words between "with"
    /// and the participle (and its adverbs) are its subject, not the
    /// sentence's: at most MAX_GROUP_WORDS words of a noun phrase, none a
    /// preposition, a verb or another function word than a determiner or
    /// "and" ("sided with Ruiz and funded ads attacking …" is no subject).
    fn subject_after_with(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if !w[vi].text(text).ends_with("ing") {
            return None;
        }
        let p = before_auxiliaries(text, w, vi, lexicon)?;
        let lo = p.saturating_sub(MAX_GROUP_WORDS);
        let h = (lo..p)
            .rev()
            .take_while(|&k| {
                let t = w[k + 1].text(text);
                let class = lexicon.class(t);
                joined(text, &w[k..=k + 1])
                    && !class.is_verb()
                    && !looks_regular_past(t)
                    && (!class.is_function_word() || is_determiner(t, lexicon) || t == "and")
            })
            .find(|&k| w[k].text(text).eq_ignore_ascii_case("with"))?;
        let opens = h == 0 || {
            let g = gap(text, w[h - 1].span.end, w[h].span.start);
            g == "," || g.contains(['.', '\n'])
        };
        if !opens {
            return None;
        }
        let span = Span::new(w[h + 1].span.start, w[p].span.end);
        Some(
            noun_phrase_before(text, w, p + 1, None, lexicon)
                .filter(|m| m.span.start == span.start)
                .unwrap_or(Mention::document(span)),
        )
    }

    /// The sentence's first words before an aside that ends right before
    /// the verb: "The study, published in the journal Sea Science, found
    /// …" (an apposition opening with a past participle, ending at a
    /// comma), "Leaders in the state, for instance, noted …" and "Unions —
    /// and some owners — say …" (any aside set off by a pair of commas or
    /// dashes, after words with no verb of their own).
    #[inline(always)]
    fn subject_before_aside(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        // A spaced hyphen stands for a dash here too ("Unions - and some
        // owners - say").
        let is_dash = |g: &str| is_dash(g) || g == "-";
        let comma = self.lead == ",";
        if !(comma || is_dash(self.lead)) || w[vi].text(text).ends_with("ing") {
            return None;
        }
        // The aside may be one word ("Unions, however, say …"), set off by
        // the mark that closes it. Most words stand one space apart: their
        // bytes are compared before any gap is trimmed.
        let one_word = vi > 1 && {
            let g = gap(text, w[vi - 2].span.end, w[vi - 1].span.start);
            g == self.lead
        };
        // A relative clause set in commas may be longer than other asides
        // ("Businesses on the high street, where the line will run down
        // the middle of the road, say …"): it is told by its first word,
        // a relative, once the aside's start is found.
        // An aside in dashes may hold commas and periods of its own ("The
        // pilots -- Ms. Ortiz, Mr. Lind and Ms. Park -- said …", "Many
        // speakers — including dockers, pilots — said …"): it opens at the
        // dash before it. A comma inside a number ("4,000") sets off
        // nothing.
        let j = if one_word {
            vi - 1
        } else {
            (vi.saturating_sub(RELATIVE_REACH).max(1)..vi - 1)
                .rev()
                .find(|&j| {
                    text.as_bytes()[w[j - 1].span.end..w[j].span.start] != *b" "
                        && !in_number(text, w[j - 1].span.end)
                        && {
                            let g = gap(text, w[j - 1].span.end, w[j].span.start);
                            if comma {
                                !g.is_empty() && !abbreviation_period(text, &w[j - 1], g, lexicon)
                            } else {
                                is_dash(g)
                            }
                        }
                })?
        };
        let t = w[j].text(text);
        // An apposition of a participle may run as long as a relative
        // clause ("The suit, filed in the county court for the northern
        // district of the state, claims …").
        let participle =
            comma && j + 1 < vi && t.len() > 3 && t.ends_with("ed") && !is_capitalized(t);
        if vi - j > ASIDE_REACH && !lexicon.class(t).is_question_word(t) && !participle {
            return None;
        }
        // The aside opens with the mark that closes it.
        let opening = gap(text, w[j - 1].span.end, w[j].span.start);
        let paired = if comma {
            opening == ","
        } else {
            is_dash(opening)
        };
        // "Rather, he said, continued losses …": an aside that ends in a
        // speech verb is the sentence's attribution, and the word after it
        // opens what was said.
        if !paired || lexicon.verb_lemma(w[vi - 1].text(text)).is_some() {
            return None;
        }
        // An apposition of a participle has words after it ("published in
        // …"): a participle alone in commas is an item of a list ("were
        // beaten, chained, attacked …"), told above.
        // The subject opens the sentence: a name, or a noun the lexicon
        // need not know ("The study"), spoken through as a document is.
        let first = w.partition_point(|x| x.span.start < self.window.start);
        if first >= j || j - first > SUBJECT_REACH || !joined(text, &w[first..j]) {
            return None;
        }
        // Words with an auxiliary or a past form are a clause ("He arrived
        // late, left early, said …"), not a subject; a plural noun looks
        // finite too, so a form in -s does not tell.
        let verbless = || {
            !w[first..j].iter().any(|x| {
                let t = x.text(text);
                lexicon.is_auxiliary(t) || t.ends_with("ed") && !is_capitalized(t)
            })
        };
        if !(participle || verbless()) {
            return None;
        }
        // "Her employer, the Polar Institute, said": an aside that is a
        // name in apposition names the subject.
        let m = subject_words(text, w, first..j, lexicon);
        let named = named_apposition(text, w, m, lexicon);
        Some(if named.span.end == w[vi - 1].span.end {
            named
        } else {
            m
        })
    }

    /// "A man who lives on the ground floor, and who asked not to be
    /// named, said …": a subject opening the sentence with relative
    /// clauses on it, the last set off before the verb by a comma. The
    /// subject is the words before the first "who"; every comma after it
    /// opens another "who" clause ("and who …"), so that the comma before
    /// the verb closes one.
    #[inline(always)]
    fn subject_before_relative(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if self.lead != "," || w[vi].text(text).ends_with("ing") {
            return None;
        }
        let first = w.partition_point(|x| x.span.start < self.window.start);
        let who =
            (first + 1..vi.min(first + 1 + SUBJECT_REACH)).find(|&k| w[k].text(text) == "who")?;
        if vi - who > RELATIVE_REACH {
            return None;
        }
        // One stretch of words, commas the only marks, each comma before
        // another "who" (maybe after "and" or "but").
        let opens_who = |k: usize| {
            w[k].text(text) == "who"
                || is_and_or_but(text, &w[k]) && w.get(k + 1).is_some_and(|x| x.text(text) == "who")
        };
        let clauses = w[first..vi].windows(2).enumerate().all(|(n, p)| {
            let k = first + n + 1;
            match gap(text, p[0].span.end, p[1].span.start) {
                "" => true,
                "," => k > who && opens_who(k),
                _ => false,
            }
        });
        if !clauses {
            return None;
        }
        Some(subject_words(text, w, first..who, lexicon))
    }

    /// "Noting that talks had stalled, Ruiz called for calm", "After
    /// saying he was nervous, the man asked …": a participle of speech that
    /// opens the sentence, maybe after a subordinator or a preposition,
    /// reports the clause up to its comma; the subject of the main clause
    /// after the comma said it, a verb in lower case right after it.
    #[inline(always)]
    fn fronted_participle(&self) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if !w[vi].text(text).ends_with("ing") {
            return None;
        }
        let first = w.partition_point(|x| x.span.start < self.window.start);
        let opens = vi == first
            || vi == first + 1 && self.lead.is_empty() && {
                let class = lexicon.class(w[first].text(text));
                class.is_subordinator() || class.is_preposition()
            };
        if !opens {
            return None;
        }
        let content = after_verb(self.cx, w, vi, self.lemma, self.window, false)?;
        // "Defending 268 for nine, Hallam looked beaten": a score or a
        // sum in figures is what the participle holds on to, not what was
        // said.
        if text[content.start..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let cut = content.start + text[content.start..content.end].find(',')?;
        let k = w.partition_point(|x| x.span.start < cut);
        let m = mention_after(text, w, k, lexicon)?;
        let next = w.get(w.partition_point(|x| x.span.start < m.span.end))?;
        let verb_next =
            gap(text, m.span.end, next.span.start).is_empty() && !is_capitalized(next.text(text));
        verb_next.then_some((
            Span::new(content.start, cut),
            Rule::ReportedAfterCue,
            m,
            self.cue,
        ))
    }

    /// The speaker of a participle after a comma that follows an
    /// inverted attribution of a quotation (`"…," said Ruiz, adding …`):
    /// the mention right after the verb, ending at the comma.
    #[inline(always)]
    fn speaker_after_attribution(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if self.lead != "," || !w[vi].text(text).ends_with("ing") {
            return None;
        }
        // The verb stands a name's length before the comma, right after
        // the quotation's closing mark.
        let k = (vi.saturating_sub(MAX_SPEAKER_AFTER + 1)..vi.saturating_sub(1))
            .rev()
            .find(|&k| ends_quotation(text, w[k].span.start))?;
        if !self.cx.is_verb(&w[k]) {
            return None;
        }
        mention_after(text, w, k + 1, lexicon)
            .filter(|m| m.span.start == w[k + 1].span.start && m.span.end == w[vi - 1].span.end)
    }

    /// The speaker of a participle after a comma that follows a frame
    /// closing a content (`…, the agency said on Thursday, warning …`):
    /// the subject set off by a comma before a reporting verb, with
    /// nothing but the verb's setting between it and the participle.
    fn speaker_of_closing_frame(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if self.lead != "," || !w[vi].text(text).ends_with("ing") {
            return None;
        }
        let k = (vi.saturating_sub(SETTING_WORDS + 1)..vi)
            .rev()
            .find(|&k| {
                self.cx.is_verb(&w[k])
                    && lexicon.is_reporting(w[k].text(text))
                    && participle_after_setting(text, w, k, lexicon) == Some(vi)
            })?;
        let m = mention_before(text, w, k, lexicon)?;
        let s = w.partition_point(|x| x.span.start < m.span.start);
        if s == 0 || gap(text, w[s - 1].span.end, m.span.start) != "," {
            return None;
        }
        // A noun the lexicon cannot place speaks through the frame's verb
        // of saying, as it does in the frame itself ("…, the operator
        // said").
        Some(if m.is_generic(text, lexicon) {
            Mention::document(m.span)
        } else {
            m
        })
    }

    /// A document whose description by a participle ("released
    /// Sunday", "conducted by the union") runs up to the verb, with no
    /// punctuation between: the verb's subject.
    fn described_document(&self) -> Option<Mention> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        // The verb agrees with the document: a past or a form in -s, or
        // the plain form after a plural ("polls from the university
        // show"); "the investigation into her private email server" has
        // no verb. A participle never does, told before any word is read.
        let form = w[vi].text(text);
        if form.ends_with("ing") {
            return None;
        }
        let reach = vi.saturating_sub(DESCRIPTION_REACH).max(1);
        // The document's noun and its description run up to the verb with
        // no punctuation between: how far back they may start is read back
        // once from the verb, not for each word that may open them.
        let mut unbroken = vi;
        while unbroken >= reach
            && gap(text, w[unbroken - 1].span.end, w[unbroken].span.start).is_empty()
        {
            unbroken -= 1;
        }
        let from = (unbroken + 1).max(reach);
        // The description opens with a participle ("released") or a
        // preposition ("of the region", "from the university") right
        // after the document's noun; the first such word from the left
        // is where it opens.
        let opens = |k: usize| {
            let t = w[k].text(text);
            t.starts_with(|c: char| c.is_lowercase())
                && (t.ends_with("ed") || t.ends_with("en") || lexicon.class(t).is_preposition())
        };
        // Neither the document's words nor its description's hold a
        // verb of their own ("a bill faced dismal prospects of becoming
        // law after the governor suggested …"), and the document opens
        // with no preposition ("In an interview with …").
        let finite = |k: usize| is_finite_like(w[k].text(text), lexicon);
        // Any form but the bare one agrees with one document: "found" and
        // "told" are pasts, though, as speech verbs, no finite-like form.
        let agrees = |m: Mention| {
            !lexicon.is_bare_verb_in(form, lexicon.class(form)) || text[..m.span.end].ends_with('s')
        };
        (from..vi).filter(|&k| opens(k)).find_map(|p| {
            // The subject is the noun phrase before the opener, read back
            // past any auxiliaries and adverbs, and it names a document
            // only when its last word is a document's noun. The word right
            // before the opener, when it is neither, tells as much before
            // the phrase is read: a look-up or two, where most openers
            // ("officials in the city said") would cost the whole reading.
            let before = w[p - 1].text(text);
            let class = lexicon.class(before);
            if !is_auxiliary_or_adverb_in(before, class, lexicon)
                && !is_document_noun_in(before, class, lexicon)
            {
                return None;
            }
            let m = unnamed_subject(text, w, p, lexicon)?;
            let first = w.partition_point(|x| x.span.start < m.span.start);
            // The noun itself may be a plural ("polls").
            let plain = !(first..p - 1).any(|k| finite(k) || is_gerund(w[k].text(text)))
                && !(p + 1..vi).any(finite)
                && !lexicon.class(w[first].text(text)).is_preposition();
            (plain && agrees(m) && names_document(text, m, lexicon)).then_some(m)
        })
    }

    /// Where a closing frame's verb ends with the person it was told to,
    /// for a verb that takes one: one the lexicon lists or a name ("…,
    /// people familiar with the talks told reporters.", "… told the
    /// Gazette."). Else the verb's own end.
    fn told_end(&self) -> usize {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        if !self.lemma.is_some_and(|l| l.takes_object) {
            return self.cue.end;
        }
        let listed = cues::verb_object_len(text, w, vi + 1, lexicon);
        let end = if listed > 0 {
            vi + 1 + listed
        } else {
            let the = w.get(vi + 1).is_some_and(|x| x.text(text) == "the");
            let start = vi + 1 + usize::from(the);
            (start..w.len().min(start + NAME_REACH))
                .take_while(|&j| {
                    is_capitalized(w[j].text(text))
                        && gap(text, w[j - 1].span.end, w[j].span.start).is_empty()
                })
                .last()
                .map_or(vi + 1, |j| j + 1)
        };
        if end == vi + 1 {
            return self.cue.end;
        }
        w[end - 1].span.end.clamp(self.cue.end, self.window.end)
    }

    /// The layouts of a verb with no subject next to it: after a relative
    /// "who", a writer's first person, in a second predicate or as a
    /// participle, after a subject no mention rule reads, or with the
    /// sentence's subject.
    #[inline(always)]
    fn without_subject(&self) -> Option<Found> {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let (lemma, window, cue) = (self.lemma, self.window, self.cue);
        // The content after the verb, read once a layout has matched;
        // `document` when its subject names one.
        let after = |document| after_verb(self.cx, w, vi, lemma, window, document);
        if let Some(m) = self.subject_after_with() {
            return Some((after(false)?, Rule::ReportedAfterCue, m, cue));
        }
        // "She went on to say that …", "it led voters to conclude that
        // …": an infinitive of speech with "that" and its clause reports
        // the clause, said by the one named right before "to" or else by
        // the sentence's subject. Not after an "it" a few words back ("it
        // is important to note that …"): the writer's own voice.
        // "Ruiz continued to say the port …", "she went on to criticize
        // …": after a word of continuation the infinitive is a speech said
        // then, with or without "that", by the subject of the verb before
        // "to".
        let continued = vi > 1
            && w[vi - 1].text(text) == "to"
            && continued(text, w[vi - 1].span.start, lexicon);
        // "Ruiz took to the radio to say …": the verb that took up the
        // means, whose subject speaks.
        let means = (vi > 1 && !continued && w[vi - 1].text(text) == "to")
            .then(|| means_before(text, w[vi - 1].span.start, lexicon))
            .flatten()
            .map(|v| w.partition_point(|x| x.span.start < v.start))
            .filter(|&c| c + 1 < vi);
        if vi > 1
            && w[vi - 1].text(text) == "to"
            && gap(text, w[vi - 1].span.end, self.cue.start).is_empty()
            && (continued || means.is_some() || that_right_after(text, self.cue.end))
        {
            let writer = w[vi.saturating_sub(INFINITIVE_LEAD)..vi - 1]
                .iter()
                .any(|x| {
                    let t = x.text(text);
                    t.eq_ignore_ascii_case("it")
                        || strip_contraction(t).is_some_and(|s| s.eq_ignore_ascii_case("it"))
                });
            // "it is important to note that …": the writer's own voice.
            if writer {
                return None;
            }
            let content = after(false)?;
            if continued || means.is_some() {
                // The verb "went" of "went on", past the word "on".
                let c = means.unwrap_or_else(|| vi - 2 - usize::from(w[vi - 2].text(text) == "on"));
                let m = mention_before(text, w, c, lexicon)
                    .or_else(|| sentence_subject(self.cx, w, c))?;
                return Some((content, Rule::ReportedAfterCue, m, cue));
            }
            if w.get(vi + 2).is_none_or(|x| x.span.start != content.start) {
                return None;
            }
            let named = gap(text, w[vi - 2].span.end, w[vi - 1].span.start).is_empty();
            let m = mention_before(text, w, vi - 1, lexicon)
                .filter(|m| named && m.span.end == w[vi - 2].span.end)
                .or_else(|| named_before_relative(text, w, vi - 1, lexicon))
                .or_else(|| sentence_subject(self.cx, w, vi))?;
            return Some((content, Rule::ReportedAfterCue, m, cue));
        }
        // "… and has since called for …", "…, who has long said …":
        // auxiliaries and adverbs may stand between the verb and the word
        // that gives its subject.
        let head = (0..vi)
            .rev()
            .find(|&k| !is_auxiliary_or_adverb(w[k].text(text), lexicon));
        if let Some(k) = head
            && w[k].text(text) == "who"
            && k + 1 < vi
            && self.reporting
            && !w[vi].text(text).ends_with("ing")
            && joined(text, &w[k..=vi])
        {
            let m = Mention::document(w[k].span);
            return Some((after(false)?, Rule::ReportedAfterCue, m, cue));
        }
        // "The study, published in …, found …", "Leaders, for instance,
        // noted …": the subject before an aside; "A man who lives …, and
        // who …, said": before its relative clauses.
        if let Some(m) = self
            .subject_before_relative()
            .or_else(|| self.subject_before_aside())
        {
            let content = after(names_document(text, m, lexicon))?;
            return Some((content, Rule::ReportedAfterCue, m, cue));
        }
        // "I think the court erred", "we urged the judge to …": in columns
        // and interviews the writer speaks in the first person, and the
        // pronoun is the speaker's mention, as written. Only a verb that
        // reports, asks or promises: "I emailed him", "we found out" tell
        // of deeds.
        let says = lemma.is_some_and(|l| l.reporting || l.request || l.promise);
        if says && let Some(m) = personal_subject(text, w, vi, lexicon) {
            return Some((after(false)?, Rule::ReportedAfterCue, m, cue));
        }
        if let Some(found) = self.fronted_participle() {
            return Some(found);
        }
        // `"…," said Ruiz, adding that …`: the speaker named after the
        // verb that attributes a quotation speaks the participle too.
        if let Some(m) = self.speaker_after_attribution() {
            return Some((after(false)?, Rule::ReportedAfterCue, m, cue));
        }
        // "New polls released Sunday showed Ruiz taking a lead": a
        // document described by a participle before its verb (a reporting
        // verb's was asked for in `verb` already).
        if !self.reporting
            && let Some(m) = self.described_document()
        {
            return Some((after(true)?, Rule::ReportedAfterCue, m, cue));
        }
        if !self.reporting {
            let form = w[vi].text(text);
            let second = head.is_some_and(|k| is_and_or_but(text, &w[k]));
            // "…, by criticizing the fact-checkers": a gerund after "by"
            // takes the sentence's subject as a participle does.
            let participle = form.ends_with("ing")
                && (self.lead == ","
                    || vi > 0 && self.lead.is_empty() && w[vi - 1].text(text) == "by");
            if !(second || participle) {
                if !self.plural_then_particle() {
                    return None;
                }
                let m = unnamed_subject(text, w, vi, lexicon)?;
                return Some((after(false)?, Rule::ReportedAfterCue, m, cue));
            }
            let content = after(false)?;
            let m = self
                .subject_of_subordinate_conjunct()
                .or_else(|| sentence_subject(self.cx, w, vi))?;
            return Some((content, Rule::ReportedAfterCue, m, cue));
        }
        // "Almost half of respondents said …", "some friends say …", "…,
        // who said …": a subject the lexicon cannot name is still the
        // speaker when it stands right before the verb and a clause
        // follows; a document's finding need not be a clause ("Recent
        // polls show Ruiz with a lead").
        if let Some(m) = unnamed_subject(text, w, vi, lexicon) {
            // "…, which has denied any role": the relative is the verb's
            // subject where the sentence's would be read below, and gives
            // the same records.
            if text[m.span.start..m.span.end] == *"which" {
                sentence_subject(self.cx, w, vi)?;
                return Some((after(false)?, Rule::ReportedAfterCue, m, cue));
            }
            // "…, campaign finance records show.", "…, strategists said,
            // …": set off after the clause it closes, a plural subject
            // reports that clause, as a mention would. Only with the verb
            // right before the sentence's end or a comma: "…, sniper posts
            // and bunkers" names things.
            let k = w.partition_point(|x| x.span.start < m.span.start);
            let rest = text
                .get(self.told_end()..self.window.end)
                .unwrap_or_default();
            let closing = rest.trim_start().starts_with([',', '.']) || rest.trim().is_empty();
            // So do people described by what follows the plural ("…, people
            // familiar with the matter said"), whose last word may be any
            // noun; not before a "that" of their own ("an indication, some
            // people in the party believe, that …"). Set off after the
            // clause it closes, the description may run longer ("…, a
            // source with direct knowledge of the talks said").
            let reach = if closing {
                CLOSING_GROUP_WORDS
            } else {
                MAX_GROUP_WORDS
            };
            // A plural needs no -s ("…, one of the people said.") and a
            // share of a group may end in its pronoun ("one of them").
            let last = w[vi - 1].text(text);
            let plural = ends_as_plural(last)
                || lexicon.is_people_noun(last)
                || share_of_pronoun(text, w, vi - 1, lexicon)
                || k + reach >= vi && !self.that_follows() && {
                    let phrase = &text[m.span.start..m.span.end];
                    crate::speakers::described_people(phrase, lexicon)
                        || closing && described_person(phrase, lexicon)
                };
            if closing
                && plural
                && k > 0
                && gap(text, w[k - 1].span.end, m.span.start) == ","
                && let Some(found) = self.content_before(m, k, true)
            {
                return Some(found);
            }
            let document = names_document(text, m, lexicon);
            let content = after(document)?;
            let k = w.partition_point(|x| x.span.start < content.start);
            // A clause after "that" was found one already, maybe opening
            // with a gerund ("acknowledged that addressing it will …").
            let that = k > vi + 1
                && w[k - 1].text(text) == "that"
                && w.get(k).is_some_and(|x| {
                    let t = x.text(text);
                    t.ends_with("ing") && !lexicon.class(t).is_adjunct_head()
                });
            let clause = self.asks
                || clause_or_pro_form(text, w, k, vi, content, lexicon)
                || self.plural_then_particle();
            return (document || that || clause).then_some((
                content,
                Rule::ReportedAfterCue,
                m,
                cue,
            ));
        }
        let content = after(false)?;
        let m = self
            .subject_of_subordinate_conjunct()
            .or_else(|| sentence_subject(self.cx, w, vi))?;
        // "The departments declined to comment, saying they …": a
        // participle of saying after a comma, with a clause after it, is
        // speech whatever its subject; one the lexicon cannot place is kept
        // as written, not taken to make a noun of the verb.
        let participle = self.lead == "," && w[vi].text(text).ends_with("ing");
        let m = if participle && m.is_generic(text, lexicon) {
            // Only the noun that opens the sentence: one further in ("has
            // issued an orange alert, predicting …") is rarely its subject.
            let k = w.partition_point(|x| x.span.start < content.start);
            let first = w.partition_point(|x| x.span.start < window.start);
            // Past an article the mention may leave out ("The two …").
            let lead = usize::from(
                w.get(first)
                    .is_some_and(|x| is_determiner(x.text(text), lexicon)),
            );
            // "Shortly after the vote, the dockers marched out, warning
            // …": past an introductory phrase, the noun of the clause
            // after its comma.
            let introduced =
                crate::rules::introductory_phrase(text, w, first, m.span.start, lexicon)
                    && w[first..]
                        .windows(2)
                        .find(|p| gap(text, p[0].span.end, p[1].span.start) == ",")
                        .is_some_and(|p| {
                            p[1].span.start <= m.span.start
                                && !text[p[1].span.start..m.span.start].contains(',')
                        });
            let opens = introduced
                || [first, first + lead]
                    .iter()
                    .any(|&f| w.get(f).is_some_and(|x| x.span.start == m.span.start));
            if !opens || !looks_like_clause(text, w, k, lexicon) {
                return None;
            }
            Mention::document(m.span)
        } else {
            m
        };
        Some((content, Rule::ReportedAfterCue, m, cue))
    }

    /// True when the verb has a plural noun for people right before it and
    /// its own particle right after it: "Several charities warned of rising
    /// hunger", "Dock workers called for a new vote". People the lexicon
    /// cannot name speak there of what follows the particle, as a named
    /// subject would; things do not ("Rising prices called for tighter
    /// budgets"). Not a verb's bare object ("protesters interrupted the
    /// rally", "rates have encouraged borrowing"), as often a deed, nor
    /// after an auxiliary ("who has called …"), whose subject is further
    /// back.
    #[inline(always)]
    fn plural_then_particle(&self) -> bool {
        let (text, w, vi, lexicon) = (self.text, self.w, self.vi, self.cx.lexicon);
        let (Some(lemma), Some(p), Some(particle)) = (self.lemma, vi.checked_sub(1), w.get(vi + 1))
        else {
            return false;
        };
        let noun = w[p].text(text);
        !lemma.action
            && self.lead.is_empty()
            && names_speakers(noun, lexicon)
            && lemma.has_particle(particle.text(text))
            && gap(text, w[vi].span.end, particle.span.start).is_empty()
    }
}

/// True when `words` name one person the lexicon cannot name, by a role
/// after an indefinite article and a phrase that opens with a preposition:
/// "a source with knowledge of the matter", "an official with the
/// agency". Set off after the clause it closes, such a subject reports
/// that clause as the people `described_people` reads do.
fn described_person(words: &str, lexicon: &Lexicon) -> bool {
    let mut ws = words.split(' ');
    let (Some(article), Some(noun), Some(next)) = (ws.next(), ws.next(), ws.next()) else {
        return false;
    };
    lexicon.is_article(article)
        && !lexicon.class(article).is_definite()
        && lexicon.class(noun).role() == Some(RoleClass::Person)
        && lexicon.class(next).is_preposition()
}

/// True for a plural noun that names people or bodies who speak: a group
/// the lexicon holds or one named by what its people do ("officials",
/// "dockers"), a people noun ("families"), or the plural of a role noun
/// ("rabbis") or a body noun ("charities", "unions").
fn names_speakers(noun: &str, lexicon: &Lexicon) -> bool {
    if names_group(noun, lexicon) || lexicon.is_people_noun(noun) {
        return true;
    }
    match noun.strip_suffix("ies") {
        Some(stem) => lexicon.is_body_noun(&format!("{stem}y")),
        None => noun
            .strip_suffix('s')
            .is_some_and(|stem| lexicon.is_body_noun(stem) || lexicon.role(stem).is_some()),
    }
}

/// Who speaks through a document that a participle of speech follows,
/// when a verb issued it ("Gowdy released a statement highlighting …",
/// "the campaign, putting out a memo saying …", "felt compelled to issue
/// a memo instructing …"): the subject of that verb, next to it or the
/// sentence's. `w[k]` opens the document's mention `m`, `w[vi]` is the
/// participle.
pub(crate) fn issuer(
    cx: &Context<'_>,
    w: &[Word],
    m: Mention,
    k: usize,
    vi: usize,
) -> Option<Mention> {
    let text = cx.text;
    if !matches!(m.kind, MentionKind::Document) || !w[vi].text(text).ends_with("ing") {
        return None;
    }
    let mut j = k.checked_sub(1)?;
    // "sent out a statement": past the verb's particle.
    let particle = w[j].text(text);
    let with_particle = cx.lexicon.class(particle).is_issuing_particle(particle);
    if with_particle {
        j = j.checked_sub(1)?;
    }
    let unbroken = joined(text, &w[j..=vi]);
    let v = w[j].text(text);
    // A particle tells a verb of any form: "sent out", "put out".
    // An issuing verb of any form: "sent", "wrote" are past tenses no
    // ending tells.
    let issued = !cx.lexicon.is_auxiliary(v)
        && (with_particle && !is_capitalized(v)
            || cx.lexicon.class(v).is_issuing_verb(v)
            || is_finite_like(v, cx.lexicon)
            || v.ends_with("ing") && !is_capitalized(v)
            || j > 0 && w[j - 1].text(text) == "to");
    if !unbroken || !issued {
        return None;
    }
    // "The town released a statement saying …": a description no mention
    // rule places is still the issuer, as it would be the speaker of
    // "said"; not a document nor a relative "who", whose antecedent the
    // sentence's subject is.
    let description = |s: &Mention| {
        !text[s.span.start..s.span.end].eq_ignore_ascii_case("who")
            && !names_document(text, *s, cx.lexicon)
    };
    let named = |s: &Mention| !matches!(s.kind, MentionKind::Document);
    let nonfinite = v.ends_with("ing") || j > 0 && w[j - 1].text(text) == "to";
    let issuer = match mention_before(text, w, j, cx.lexicon) {
        Some(m) => Some(m).filter(|m| named(m) || description(m)),
        None => (!nonfinite)
            .then(|| unnamed_subject(text, w, j, cx.lexicon))
            .flatten()
            .filter(description)
            .or_else(|| sentence_subject(cx, w, j).filter(named)),
    };
    // A noun the lexicon does not know as a speaker's ("the village") is
    // kept as the description it is, as for a verb of saying.
    issuer.map(|m| {
        if m.is_generic(text, cx.lexicon) {
            Mention::document(m.span)
        } else {
            m
        }
    })
}

/// The subject of the sentence for a verb with no subject next to it
/// ("…, calling it …", "… and vowed …"). A possessive is never that
/// subject: in "Curbelo has slammed Trump's comments, and vowed …" the
/// noun after it ("comments") reads as a verb whose subject it is. The
/// verb's subject is then the one of the clause before the possessive.
fn sentence_subject(cx: &Context<'_>, w: &[Word], vi: usize) -> Option<Mention> {
    let block = cx.block_at(w[vi].span.start)?;
    let m = cx.subject(block, w, vi)?;
    if !is_possessive(cx.text, m, cx.lexicon) {
        return Some(m);
    }
    let Some(k) = w.iter().position(|x| x.span.start == m.span.start) else {
        return Some(m);
    };
    cx.subject(block, w, k)
        .filter(|m| !is_possessive(cx.text, *m, cx.lexicon))
        .or(Some(m))
}

/// True when a mention ends in a possessive "'s" ("Trump's", "the
/// Senate’s"), not in a contracted "is" ("It's", "He’s", "There's").
pub(crate) fn is_possessive(text: &str, m: Mention, lexicon: &Lexicon) -> bool {
    let s = &text[m.span.start..m.span.end];
    let Some(stem) = strip_possessive(s) else {
        return false;
    };
    let last = lexicon.class(after_last_space(stem));
    !matches!(m.kind, MentionKind::Pronoun(_))
        && last.pronoun().is_none()
        && !last.is_function_word()
}

/// The noun phrase right before a verb of saying that no mention rule
/// reads: a share of a poll ("61 percent", "About one in five"), a
/// quantifier ("Some", "Many"), a plain noun ("those surveyed", "GOP
/// analysts") or a relative "who". It runs back to the clause's start,
/// at most SUBJECT_REACH words.
fn unnamed_subject(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> Option<Mention> {
    if w[vi].text(text).ends_with("ing") {
        return share_before_participle(text, w, vi, lexicon);
    }
    // "All three candidates have said", "The story also noted": past the
    // auxiliaries and adverbs before the verb.
    let p = before_auxiliaries(text, w, vi, lexicon)?;
    // "Two others have not said who …": a denial reports nothing.
    if w[p + 1..vi].iter().any(|x| {
        let t = x.text(text);
        lexicon.class(t).is_negation(t) || negative_stem(t).is_some()
    }) {
        return None;
    }
    let prev = w[p].text(text);
    // "…, which has denied …": a "which" set off by a comma is its verb's
    // subject as "who" is, whatever noun it stands for.
    if prev.eq_ignore_ascii_case("who")
        || prev == "which" && p > 0 && gap(text, w[p - 1].span.end, w[p].span.start) == ","
    {
        return Some(Mention::document(w[p].span));
    }
    // The lexicon is case-blind: one class answers for the word in any
    // case, with no lower-case copy made.
    let class = lexicon.class(prev);
    let capitalized = is_capitalized(prev);
    // "The Taoiseach said", "the Chancellor told MPs": a title standing
    // for its holder after "the", whom the article named earlier or need
    // not name at all. The title is the subject: the mention rules place
    // it only when it is a role noun too ("the President"). It is read as
    // one, so it goes to the person the article named with that title
    // ("Tánaiste Síle Mhic Aodha"), as "the minister" does.
    if capitalized
        && p > 0
        && w[p - 1].text(text).eq_ignore_ascii_case("the")
        && gap(text, w[p - 1].span.end, w[p].span.start).is_empty()
        && lexicon.is_title_word_in(prev, class)
    {
        return Some(Mention {
            span: Span::new(w[p - 1].span.start, w[p].span.end),
            kind: MentionKind::Role {
                head: w[p].span,
                class: RoleClass::Person,
                definite: true,
            },
        });
    }
    // "People close to Abernathy said", "people familiar with the talks
    // said": a name, or a verb's form after a determiner, may end a phrase
    // that describes people, as "the governor" does, which is told once
    // the phrase's start is known (below).
    let verb_form = lexicon.verb_lemma(prev).is_some()
        && p > 0
        && lexicon.class(w[p - 1].text(text)).is_determiner();
    // "72 percent of Republicans said": a group the lexicon holds that is
    // written with a capital ("Democrats", "Americans") is a plain noun
    // after "of", as "voters" is, and the share before it the subject.
    let group_after_of =
        p > 0 && w[p - 1].text(text) == "of" && class.role() == Some(RoleClass::Group);
    let described = capitalized && !class.is_group_subject() && !group_after_of || verb_form;
    let noun = capitalized || described || share_of_pronoun(text, w, p, lexicon) || {
        let adverb = prev
            .len()
            .checked_sub(2)
            .is_some_and(|k| prev.as_bytes()[k..].eq_ignore_ascii_case(b"ly"));
        is_number(prev, class)
            || !class.is_function_word()
                && !lexicon.is_auxiliary(prev)
                && class.pronoun().is_none()
                && (lexicon.verb_lemma(prev).is_none() || plural_subject(text, w, p, vi))
                && !adverb
                && prev.chars().all(|c| c.is_alphanumeric() || c == '%')
    };
    if !noun {
        return None;
    }
    let mut start = p;
    // "85% of voters": a share's sign joins it to the words after it.
    while start > 0
        && p - start < SUBJECT_REACH
        && matches!(
            gap(text, w[start - 1].span.end, w[start].span.start),
            "" | "%"
        )
        && !lexicon.class(w[start - 1].text(text)).is_subject_bound()
    {
        start -= 1;
    }
    // "The tow company that arrived to try to recover the truck said": a
    // relative clause whose "that" is its subject (a plain word, not a
    // determiner or a name, right after it) tells its head, the noun
    // phrase before the "that", which no verb of saying ends.
    if start >= 2
        && w[start - 1].text(text) == "that"
        && gap(text, w[start - 2].span.end, w[start - 1].span.start).is_empty()
        && lexicon.verb_lemma(w[start - 2].text(text)).is_none()
        && {
            let t = w[start].text(text);
            let class = lexicon.class(t);
            !is_capitalized(t)
                && !class.is_function_word()
                && !class.is_determiner()
                && class.pronoun().is_none()
        }
        && let Some(m) = mention_before(text, w, start - 1, lexicon)
        && matches!(m.kind, MentionKind::Org { .. } | MentionKind::Role { .. })
    {
        return Some(m);
    }
    // The sign of a share is the subject's last character.
    let end = w[p].span.end + usize::from(text[w[p].span.end..].starts_with('%'));
    // A plural form before a verb that agrees with it is a subject of its
    // own, of people or not ("The reports show …", "The remarks suggest
    // …"; see `plural_subject`).
    if described
        && !(verb_form && plural_subject(text, w, p, vi))
        && !(start < p
            && p - start < MAX_GROUP_WORDS
            && crate::speakers::described_people(&text[w[start].span.start..end], lexicon))
    {
        return None;
    }
    Some(Mention::document(Span::new(w[start].span.start, end)))
}

/// The share of a poll right before the participle `w[vi]`, with no mark
/// between them: "with 50 percent saying …", "left 62% of voters saying
/// …", "with about three in 10 saying …". A participle next to a noun
/// phrase describes that phrase, whose speakers the share counts; the
/// sentence's subject ("Voters still view …") does not speak it. The
/// share runs from its number (or the word that approximates it) and
/// holds a percentage or "in" between two numbers, which a count of time
/// or money ("spent 20 years saying") does not.
fn share_before_participle(
    text: &str,
    w: &[Word],
    vi: usize,
    lexicon: &Lexicon,
) -> Option<Mention> {
    let p = vi.checked_sub(1)?;
    let sign = gap(text, w[p].span.end, w[vi].span.start);
    if !matches!(sign, "" | "%") {
        return None;
    }
    let lo = vi.saturating_sub(SUBJECT_REACH);
    let mut number = None;
    let mut k = p;
    loop {
        let t = w[k].text(text);
        if is_number(t, lexicon.class(t)) {
            number = Some(k);
        }
        // The share's own number is the last before the participle: in
        // "Two accidents have left 62% of the crews saying" it starts at
        // "62", and a number goes on back only through "in" ("three in
        // 10") or another number word ("twenty five").
        let goes_on = |i: usize| {
            let b = w[i].text(text);
            share_in(text, w, i, lexicon) || is_number(b, lexicon.class(b))
        };
        if number.is_some() && (k == 0 || !goes_on(k - 1)) {
            break;
        }
        if k <= lo
            || !matches!(gap(text, w[k - 1].span.end, w[k].span.start), "" | "%")
            || lexicon.class(w[k - 1].text(text)).is_subject_bound()
        {
            break;
        }
        k -= 1;
    }
    let first = number?;
    // "A poll found voters in 10 states saying": no verb within a share.
    if (first..p).any(|k| lexicon.verb_lemma(w[k].text(text)).is_some()) {
        return None;
    }
    // "cut fares by 10 percent last year saying": a count of time.
    if (first..vi).any(|k| lexicon.class(w[k].text(text)).is_time_noun()) {
        return None;
    }
    let share = (first..vi).any(|k| {
        share_word_at(text, w, k, first, lexicon) || k > first && share_in(text, w, k, lexicon)
    });
    if !share {
        return None;
    }
    let start = (first.saturating_sub(2)..first)
        .find(|&a| approximates_number(text, w, a, lexicon))
        .unwrap_or(first);
    // "with 30 percent saying": a share some word sets before the
    // participle; "spent 20 percent of her career saying" counts no one.
    if !share_lead_before(text, w, start, lexicon) {
        return None;
    }
    let end = w[p].span.end + sign.len();
    Some(Mention::document(Span::new(w[start].span.start, end)))
}

/// True when a word that sets a poll's share ("with", "left") stands
/// within SHARE_LEAD_REACH words before the share starting at
/// `w[start]`, with no mark between: "with 30 percent", "with a
/// staggering 56 percent".
fn share_lead_before(text: &str, w: &[Word], start: usize, lexicon: &Lexicon) -> bool {
    (start.saturating_sub(SHARE_LEAD_REACH)..start)
        .rev()
        .take_while(|&a| gap(text, w[a].span.end, w[a + 1].span.start).is_empty())
        .any(|a| lexicon.is_share_lead(w[a].text(text)))
}

/// True when `w[k]`, at or after the share's number `w[first]`, makes it
/// a share: a share word ("percent"), the second of a share's two words
/// ("per cent"), or a number with a share's sign after it ("62%").
fn share_word_at(text: &str, w: &[Word], k: usize, first: usize, lexicon: &Lexicon) -> bool {
    let end = w[k].span.end;
    let sign = text[end..]
        .chars()
        .next()
        .filter(|c| c.is_ascii_punctuation());
    lexicon.is_share_word(w[k].text(text))
        || k > first && lexicon.is_share_word(&text[w[k - 1].span.start..end])
        || sign.is_some_and(|c| lexicon.is_share_word(&text[end..end + c.len_utf8()]))
}

/// True when `w[i]` is the "in" of a share written as two numbers, "three
/// in 10": a bare count before it, a number after. A share in its own
/// sign before "in" ("55% in 10 districts") is a share of a place.
fn share_in(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    let number = |x: &Word| {
        let t = x.text(text);
        is_number(t, lexicon.class(t))
    };
    w[i].text(text) == "in"
        && i > 0
        && number(&w[i - 1])
        && gap(text, w[i - 1].span.end, w[i].span.start).is_empty()
        && w.get(i + 1).is_some_and(number)
}

/// True when `w[p]` is an object pronoun ending a share of a group: "Most
/// of them said …", "two of us wrote …". The share is the subject, and
/// the pronoun its last word, though a pronoun alone is no such noun.
fn share_of_pronoun(text: &str, w: &[Word], p: usize, lexicon: &Lexicon) -> bool {
    if p < 2 || lexicon.pronoun(w[p].text(text)).is_none_or(|x| x.subject) {
        return false;
    }
    let share = w[p - 2].text(text);
    let class = lexicon.class(share);
    w[p - 1].text(text) == "of"
        && (class.is_group_subject() || is_number(share, class))
        && joined(text, &w[p - 2..=p])
}

/// True for a word in -s that is no word in -ss: a plural's form
/// ("reports", not "press").
fn is_plural_form(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// True when `w[p]`, a plural form of a verb of saying, stands right
/// before the verb at `vi`, which agrees with a plural ("emails showed",
/// "reports say"): two verbs of saying do not meet, so the first is a noun.
fn plural_subject(text: &str, w: &[Word], p: usize, vi: usize) -> bool {
    let noun = w[p].text(text);
    let verb = w[vi].text(text);
    p + 1 == vi
        && is_plural_form(noun)
        && !verb.ends_with('s')
        && gap(text, w[p].span.end, w[vi].span.start).is_empty()
}

/// The first-person subject right before a verb ("I urged", "we have
/// long argued", `first_person_subjects.txt`), past auxiliaries and
/// adverbs: the speaker pronouns of the lexicon are third-person only.
fn personal_subject(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> Option<Mention> {
    if w[vi].text(text).ends_with("ing") {
        return None;
    }
    let p = before_auxiliaries(text, w, vi, lexicon)?;
    lexicon
        .is_first_person_subject(w[p].text(text))
        .then_some(Mention::document(w[p].span))
}

/// Where the walk back from the verb `w[vi]` past the auxiliaries and
/// adverbs before it ("have long argued", "had been asked") stops: at the
/// first other word, at one set off by a mark before it, or at the first
/// word. Every word from there to the verb stands next to the one after
/// it; `None` when a mark stands right before the verb.
fn before_auxiliaries(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> Option<usize> {
    let mut p = vi.checked_sub(1)?;
    // "42% say …": a share's sign is no mark between words.
    let g = gap(text, w[p].span.end, w[vi].span.start);
    if !(g.is_empty() || g == "%" && text.as_bytes()[w[vi].span.start - 1] == b' ') {
        return None;
    }
    while p > 0
        && gap(text, w[p - 1].span.end, w[p].span.start).is_empty()
        && is_auxiliary_or_adverb(w[p].text(text), lexicon)
    {
        p -= 1;
    }
    Some(p)
}

/// True for an auxiliary ("has") or an adverb ("also", "repeatedly")
/// between a subject and its verb.
pub(crate) fn is_auxiliary_or_adverb(word: &str, lexicon: &Lexicon) -> bool {
    is_auxiliary_or_adverb_in(word, lexicon.class(word), lexicon)
}

/// [`is_auxiliary_or_adverb`] of a word whose class is `class`.
fn is_auxiliary_or_adverb_in(word: &str, class: WordClass, lexicon: &Lexicon) -> bool {
    lexicon.is_auxiliary_in(word, class) || class.is_speech_adverb() || is_ly_adverb(word)
}

/// True when little follows the verb before the sentence ends: the cue
/// closes a content-first sentence rather than opening a content.
fn short_tail(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    let tail = &w[vi + 1..];
    if tail.len() > TAIL_REACH || tail.iter().any(|x| x.text(text) == "that") {
        return false;
    }
    // "…, he found himself on the street": an object after the verb makes
    // it a verb of action, not an attribution closing the sentence. Only
    // a verb of telling takes one ("…, she told the BBC").
    let verb = w[vi].text(text);
    tail.first().is_none_or(|x| {
        lexicon.takes_object(verb)
            || !gap(text, w[vi].span.end, x.span.start).is_empty()
            || !lexicon.class(x.text(text)).is_object_opener()
    })
}

/// True when a colon follows the verb at `w[vi]` ("Pressed on the budget,
/// the mayor added: …", "…, quoted the minister, Ana Ruiz, as saying:
/// …"): the verb introduces the words after the colon, which the
/// quotation rules attribute; it closes no content before its subject.
fn introduces_after_colon(text: &str, w: &[Word], vi: usize) -> bool {
    text[w[vi].span.end..].trim_start().starts_with(':')
}

/// True when a subject pronoun, in lower case, comes right after the verb
/// ("Moments earlier, in his remarks, Ruiz said he was ready"): the verb
/// opens a clause, whatever the plural nouns before it make of the opener.
/// So does an auxiliary in lower case ("…, a decision growers warned could
/// ruin them"): the clause's subject is the noun the verb's own clause
/// describes, and what comes before is no content of it. So does a word
/// that answers whole ("…, the director said no"; "A lawyer for the firms,
/// Ana Ruiz, said no decision had been made"): what follows the verb is
/// what was said.
fn opens_clause(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    w.get(vi + 1).is_some_and(|n| {
        let t = n.text(text);
        let class = lexicon.class(t);
        gap(text, w[vi].span.end, n.span.start).is_empty()
            && (is_subject_pronoun(t, class)
                || lexicon.is_answer_word(t)
                || !is_capitalized(t) && lexicon.is_auxiliary_in(t, class))
    })
}

/// True when `word`, of class `class`, is a subject pronoun in lower case
/// ("he", not "He" or "US"): it opens a clause.
fn is_subject_pronoun(word: &str, class: WordClass) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase()) && class.pronoun().is_some_and(|p| p.subject)
}

/// True when the verb ends its sentence, maybe with a time or a setting
/// after it ("… , Ruiz said on Monday in a statement.").
fn closing_tail(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    let Some(next) = w.get(vi + 1) else {
        return true;
    };
    let t = next.text(text);
    let class = lexicon.class(t);
    gap(text, w[vi].span.end, next.span.start).is_empty()
        && (class.is_adjunct_opener(t) || class.is_time_word() || class.is_speech_adverb())
}

/// True for a lower-case word that may describe the noun after it in a
/// subject (a quantifier, "inside", "top"): a content word that has no
/// verb's form and opens no clause.
fn modifier_word(t: &str, class: WordClass, lexicon: &Lexicon) -> bool {
    (class.is_quantifier() || !class.is_function_word())
        && !is_capitalized(t)
        && !class.is_subordinator()
        && !class.is_clause_lead_in()
        && !lexicon.is_relative_pronoun(t)
        && !is_finite_like(t, lexicon)
        && !is_gerund(t)
        && lexicon.verb_lemma(t).is_none()
}

/// True when the word `w[after]`, right after a cue set in commas, is a
/// finite verb (not a capitalized word): the predicate of the noun
/// phrase before the cue, whose clause the cue interrupts ("The plan, an
/// aide said, is to wait", "The delay, economists say, hurt growth").
fn predicate_after(text: &str, w: &[Word], after: usize, lexicon: &Lexicon) -> bool {
    w.get(after).is_some_and(|x| {
        let t = x.text(text);
        !is_capitalized(t) && is_finite_like(t, lexicon)
    })
}

/// The participle after the comma that follows the verb `w[vi]`, maybe
/// past a reporting verb's setting ("said on Thursday, warning …", "said
/// in a statement, adding …"; not "threatened to quit, leaving …"): the
/// index of a lower-case word in -ing.
fn participle_after_setting(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> Option<usize> {
    let j = after_setting(text, w, vi, lexicon)?;
    let t = w[j].text(text);
    // "…, the paper said, including …" goes on with examples of the
    // content (`example_leads.txt`): no manner of speaking.
    (gap(text, w[j - 1].span.end, w[j].span.start) == ","
        && t.ends_with("ing")
        && !is_capitalized(t)
        && !lexicon.is_example_lead(t))
    .then_some(j)
}

/// The first word after the mark that follows the verb `w[vi]`, when the
/// mark comes right after the verb or after a reporting verb's setting
/// ("said Friday, because …", "said in a statement, adding …"): a time, a
/// place or a manner with no verb of its own, no more than
/// `SETTING_WORDS` words.
fn after_setting(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> Option<usize> {
    let j = (vi + 1..w.len().min(vi + 2 + SETTING_WORDS))
        .find(|&j| !gap(text, w[j - 1].span.end, w[j].span.start).is_empty())?;
    let setting = j == vi + 1
        || lexicon.is_reporting(w[vi].text(text))
            && w[vi + 1].text(text) != "to"
            && closing_tail(text, w, vi, lexicon)
            && !w[vi + 1..j].iter().any(|x| {
                let t = x.text(text);
                t == "that" || lexicon.is_auxiliary(t) || lexicon.verb_lemma(t).is_some()
            });
    setting.then_some(j)
}

/// True when the text before `pos` ends a quotation with its comma or
/// question mark (`,"` `?”`): what follows attributes that quotation.
pub(crate) fn ends_quotation(text: &str, pos: usize) -> bool {
    // Most cues follow a word or a comma: an ASCII character other than a
    // quotation mark, past the ASCII spaces, tells no at once.
    let last = text.as_bytes()[..pos]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace() && **b != b'\x0B');
    if last.is_some_and(|&b| b.is_ascii() && b != b'"' && b != b'\'') {
        return false;
    }
    let head = text[..pos].trim_end();
    // A closing mark may be doubled: `,''` in some wire copy.
    let inner = head.trim_end_matches(CLOSING_QUOTES);
    // After a question or exclamation, only a lower-case word goes on the
    // sentence ("?” she asked"); a capital starts a new one.
    inner.len() < head.len()
        && (inner.ends_with(',')
            || inner.ends_with(['?', '!']) && text[pos..].starts_with(char::is_lowercase))
}

/// True when the text before `pos` ends a quotation of speech (`"…,"
/// Ruiz said`), perhaps with the speaker's description in lower case
/// between (`"…," union secretary-general Ruth Abara told reporters`),
/// and not a name set in quotes (`on Fox's "Sunday Morning Futures," Ruiz
/// said …`): the verb attributes the quotation, or reports what follows.
fn ends_speech(cx: &Context<'_>, pos: usize) -> bool {
    let text = cx.text;
    let last = || cx.quotation_closed_before(pos);
    let described = || {
        last().is_some_and(|q| {
            let between = &text[q.close.end..pos];
            between.len() <= MAX_DESCRIPTION_BYTES
                && ends_quotation(text, q.close.end)
                && between.split_whitespace().all(|w| {
                    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && {
                        let class = cx.lexicon.class(w);
                        !(class.is_function_word() || class.is_verb())
                    }
                })
        })
    };
    (ends_quotation(text, pos) || described()) && last().is_none_or(|q| !cx.is_name_in_quotes(q))
}

/// The longest lower-case description of a speaker between a quotation
/// and the speaker's name (`," union secretary-general Ruth Abara`), in
/// bytes.
const MAX_DESCRIPTION_BYTES: usize = 40;

/// True when the mention `m` ends in a noun of the lexicon's documents
/// ("the survey", "new polls", "the filings"), singular or plural: what
/// it shows or finds is its finding. Its kind does not tell: a noun the
/// lexicon cannot place is read as a document too.
pub(crate) fn names_document(text: &str, m: Mention, lexicon: &Lexicon) -> bool {
    let Some(head) = words(text, m.span).last() else {
        return false;
    };
    is_document_noun(head.text(text), lexicon)
}

/// True for a noun of the lexicon's documents, singular or plural
/// ("survey", "polls").
fn is_document_noun(word: &str, lexicon: &Lexicon) -> bool {
    is_document_noun_in(word, lexicon.class(word), lexicon)
}

/// [`is_document_noun`] of a word whose class is `class`.
fn is_document_noun_in(word: &str, class: WordClass, lexicon: &Lexicon) -> bool {
    class.is_document()
        || word
            .strip_suffix('s')
            .is_some_and(|one| lexicon.class(one).is_document())
}

/// True when `w[i]` opens a word or phrase that says how near the number
/// after it is, maybe past an article (`approximators.txt`: "about 40
/// people", "at least a dozen"): the subject of a clause, not an adjunct.
fn approximates_number(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    let Some(first) = w.get(i) else {
        return false;
    };
    let t = first.text(text);
    let len = if lexicon.class(t).is_approximator(t) {
        1
    } else {
        cues::approximator_phrase_len(text, w, i, lexicon)
    };
    let number_at = |k: usize| {
        w.get(k).is_some_and(|n| {
            let n = n.text(text);
            is_number(n, lexicon.class(n))
        })
    };
    let article = |k: usize| w.get(k).is_some_and(|a| matches!(a.text(text), "a" | "an"));
    len > 0 && (number_at(i + len) || article(i + len) && number_at(i + len + 1))
}

/// The content after a verb: past the person spoken to, cue words ("in a
/// statement"), time words and "that".
///
/// `lemma` is the verb's, looked up by the caller; `document` is true when
/// the verb's subject names a document ([`names_document`]).
fn after_verb(
    cx: &Context<'_>,
    w: &[Word],
    vi: usize,
    lemma: Option<&Lemma>,
    window: Span,
    document: bool,
) -> Option<Span> {
    let text = cx.text;
    let lexicon = cx.lexicon;
    let takes_object = lemma.is_some_and(|l| l.takes_object);
    let reporting = lemma.is_some_and(|l| l.reporting);
    if lemma.is_some_and(|l| l.counting) && adds_to_thing(text, w, vi, lexicon) {
        return None;
    }
    if reporting && let Some(form) = pro_form_after(text, w, vi, lexicon) {
        return Some(form);
    }
    // "said Thursday during a town hall in Buffalo, New York, that …": a
    // place or occasion spoken at may put "that" further off.
    let occasion = reporting
        && w.get(vi + 1).is_some_and(|x| {
            let t = x.text(text);
            let class = lexicon.class(t);
            class.is_preposition() || class.is_time_word()
        });
    // "insists, most recently in a long interview with a local station,
    // that …": an aside set in commas right after the verb may put "that"
    // as far off, right after the aside's closing comma.
    let aside = w
        .get(vi + 1)
        .is_some_and(|x| gap(text, w[vi].span.end, x.span.start) == ",");
    let reach = if takes_object || occasion || aside {
        OBJECT_THAT_REACH
    } else {
        THAT_REACH
    };
    // "that" within reach, with no clause break before it.
    // Not past a participle after a comma: "urged a strong stand, saying
    // that …" has the "that" of "saying", and "vowed to block him, meaning
    // that …" the writer's consequence. "…, including …" goes on with a
    // list.
    // Nor past a speaker of another verb after a comma: "since Berg
    // submitted his proposal, Ruiz wrote that …" has the "that" of "wrote".
    let mut comma = false;
    let that = (vi + 1..w.len().min(vi + 1 + reach))
        .take_while(|&i| {
            let t = w[i].text(text);
            let after_comma = gap(text, w[i - 1].span.end, w[i].span.start) == ",";
            comma |= after_comma;
            let speaker = || {
                let s = w[i - 1].text(text);
                is_capitalized(s) || is_subject_pronoun(s, lexicon.class(s))
            };
            !(t.ends_with("ing")
                && t != "including"
                && t.starts_with(|c: char| c.is_lowercase())
                && after_comma)
                && !(comma
                    && i > vi + 2
                    && !is_capitalized(t)
                    && lexicon.verb_lemma(t).is_some()
                    && speaker())
        })
        // "thought of that line": after a preposition, "that" points.
        // "would publish the data so that residents …": after "so" or
        // "such" it opens a purpose or a result, no report.
        // "told me she had a job offer, and that she …": a "that" after
        // "and" opens the second of two clauses, the first told before it.
        // "said at least 400 jobs were lost and warned that …": a "that"
        // after "and" and a speech verb is that verb's, which reports a
        // clause of its own.
        .find(|&i| {
            let prev = w[i - 1].text(text);
            w[i].text(text) == "that"
                && !lexicon.class(prev).is_preposition()
                && !matches!(prev, "and" | "or" | "so" | "such")
                && (i <= vi + 2
                    || !is_and_or_but(text, &w[i - 2])
                    || lexicon.verb_lemma(prev).is_none())
        })
        // "said the findings added to evidence that …": a clause with its
        // own verb before "that" is the content, and "that" is its own.
        .filter(|&t| {
            !(reporting
                && !takes_object
                && has_verb(text, &w[vi + 1..t], lexicon)
                && looks_like_clause(text, w, vi + 1, lexicon))
        })
        // "said the hall that caught fire was …": a reporting verb that
        // names no one spoken to has no noun phrase of its own before its
        // "that"; one there opens the clause when a verb follows "that",
        // its relative. Not a time ("said the next day that …"); not "that"
        // before a subject, a complement of the noun ("repeated his claim
        // that he …"), and other verbs have a noun ("rejected the idea
        // that …").
        // So with a bare plural right before "that" ("said rules that
        // made it harder to close stores could …"): no time or manner
        // word is a plural in lower case.
        .filter(|&t| {
            let bare_plural = || {
                t == vi + 2 && {
                    let p = w[vi + 1].text(text);
                    let class = lexicon.class(p);
                    p.starts_with(|c: char| c.is_ascii_lowercase())
                        && ends_as_plural(p)
                        && !class.is_function_word()
                        && !class.is_time_word()
                        && !class.is_preposition()
                        && gap(text, w[vi].span.end, w[vi + 1].span.start).is_empty()
                        && gap(text, w[vi + 1].span.end, w[t].span.start).is_empty()
                }
            };
            takes_object
                || !reporting
                || !(bare_plural()
                    || w.get(vi + 1).is_some_and(|x| {
                        is_determiner(x.text(text), lexicon)
                            && !w[vi + 1..t].iter().any(|x| {
                                let class = lexicon.class(x.text(text));
                                class.is_time_word() || class.is_preposition()
                            })
                    }))
                || !relative_that(text, w, t, lexicon)
        })
        // "she once said, a line that students say …": a noun phrase set
        // off by a comma right after the verb describes what was said, and
        // "that" is its relative.
        .filter(|&t| !described_after_comma(text, w, vi, t, lexicon))
        // "… claims, in a case that could affect millions": past other
        // words, a "that" between a noun and an auxiliary has no subject
        // of its own and is the noun's relative.
        .filter(|&t| takes_object || t == vi + 1 || !relative_after_noun(text, w, t, lexicon))
        // Past the usual reach, not the "that" of a relative clause on
        // the occasion ("said in an interview that aired Sunday").
        .filter(|&t| {
            takes_object
                || t < vi + 1 + THAT_REACH
                || (occasion || gap(text, w[t - 1].span.end, w[t].span.start) == ",")
                    && w.get(t + 1)
                        .is_some_and(|x| !is_finite_like(x.text(text), lexicon))
        });
    // "expressed hope that the talks succeed": the clause after a noun of
    // hope is wished for, not said, and the noun is no speech either.
    if that.is_some_and(|t| t > vi + 1 && lexicon.is_hope_noun(w[t - 1].text(text))) {
        return None;
    }
    if let Some(t) = that {
        // The person spoken to, or the programme spoken on, may be a
        // quoted title ("told ABC's “Good Morning America” that …", "said
        // on ABC's “This Week” that …").
        let marks: &[char] = if takes_object || occasion {
            &[';', ':', '(']
        } else {
            &[';', ':', '"', '“', '(']
        };
        let broken = text[w[vi].span.end..w[t].span.start].contains(marks);
        // "that if Iran were a stock, he would …": an adjunct may open the
        // clause after "that".
        // Maybe after a focus word: "that even if …", "that only when …".
        let adjunct_at = |k: usize| {
            w.get(k).is_some_and(|x| {
                let word = x.text(text);
                lexicon.class(word).is_that_adjunct(word)
            })
        };
        let adjunct = adjunct_at(t + 1)
            || w.get(t + 1).is_some_and(|x| {
                let word = x.text(text);
                !is_and_or_but(text, x) && lexicon.class(word).is_clause_lead_in()
            }) && adjunct_at(t + 2);
        // "that linking him to it was unfair": after "that", a gerund
        // with a verb after it is the clause's subject.
        let gerund = w.get(t + 1).is_some_and(|x| x.text(text).ends_with("ing"))
            && has_verb(
                text,
                &w[t + 1..w.len().min(t + 1 + CLAUSE_VERB_REACH)],
                lexicon,
            );
        // "found that the drugs reduce pain": right after the verb, "that"
        // before a determiner opens a clause, though no form tells its
        // plain present verb from a noun; a demonstrative takes none, and
        // no noun stands before it for a relative.
        let determiner = t == vi + 1
            && w.get(t + 1).is_some_and(|x| {
                let word = x.text(text);
                word != "that" && is_determiner(word, lexicon)
            });
        // "said that at least nine people were hurt": a phrase that says
        // how near a number is opens the clause's subject.
        if !broken
            && (adjunct
                || gerund
                || determiner
                || approximates_number(text, w, t + 1, lexicon)
                || looks_like_clause(text, w, t + 1, lexicon))
        {
            let start = w.get(t + 1)?;
            return Some(Span::new(
                opening_fragment(cx, w[t].span.end, start.span.start),
                window.end,
            ));
        }
    }
    // Without "that", the complement of a reporting verb is what was said
    // ("said talks would resume"); that of another speech verb is what the
    // speech was about ("criticized the plan as a \"crazy system\"").
    let mut i = skip_to_content(text, w, vi + 1, lemma, lexicon)?;
    // "wrote on X shortly after midnight on Saturday that …": a time
    // adjunct past the place spoken in may put "that" out of reach; the
    // content follows it all the same. Only past words skipped after the
    // verb can "that" be out of the reach above; its bytes are looked for
    // before any word's class.
    let past_skipped: &[Word] = if i > vi + 1 {
        &w[i..w.len().min(i + 1 + THAT_REACH)]
    } else {
        &[]
    };
    let that_after_time = past_skipped
        .iter()
        .position(|x| text.as_bytes()[x.span.start..x.span.end] == *b"that")
        .filter(|&n| {
            n > 0
                && w[i..i + n].iter().all(|x| {
                    let t = x.text(text);
                    let class = lexicon.class(t);
                    class.is_time_word() || class.is_time_preposition(t) || is_ly_adverb(t)
                })
                && joined(text, &w[i..=i + n])
                && looks_like_clause(text, w, i + n + 1, lexicon)
        });
    if let Some(n) = that_after_time {
        return Some(Span::new(w[i + n + 1].span.start, window.end));
    }
    // "spoke openly about the strike", "warned repeatedly of delays",
    // "spoke Monday about the budget": an adverb or a time may stand
    // between the verb and its particle, and is no part of what was spoken
    // of.
    let setting = |x: &Word| {
        let t = x.text(text);
        let class = lexicon.class(t);
        is_ly_adverb(t) || class.is_speech_adverb() || class.is_time_word()
    };
    if i == vi + 1
        && w.get(i + 1).is_some_and(|p| {
            setting(&w[i])
                && gap(text, w[i].span.end, p.span.start).is_empty()
                && lemma.is_some_and(|l| l.has_particle(p.text(text)))
        })
    {
        i += 1;
    }
    // "called for more investment": the particle belongs to the cue.
    if w[vi + 1..i].iter().all(setting)
        && w.get(i)
            .is_some_and(|p| lemma.is_some_and(|l| l.has_particle(p.text(text))))
    {
        // Passive, the verb and its particle name no speech: "was
        // admitted to hospital", "was called on to serve".
        if passive(text, w, vi, lexicon) {
            return None;
        }
        i += 1;
    }
    let first = w.get(i)?;
    // "maintained his lead", "found ways to …": a verb that is as often
    // one of action reports speech only through a clause. Not when a
    // document acts: what "polls show" ("Ruiz with a lead", "Ruiz
    // leading") is their finding.
    // Nor after a modal ("a council that can find the money for 112
    // pages"): what one can find is a deed, whatever follows; a finding is
    // told as found, or with "that".
    let after_modal = || {
        vi > 0
            && lexicon.verb_lemma(w[vi].text(text)) == Some(w[vi].text(text))
            && lexicon.is_auxiliary(w[vi - 1].text(text))
    };
    // A plural after a number is a noun there ("found cracks and a leak
    // losing 40,000 litres"): what is found is a deed's object unless a
    // verb for certain follows. Not after a person or a pronoun, whom a
    // finding may place ("showing her ahead 3 points").
    let counted = || {
        let t = first.text(text);
        !is_capitalized(t)
            && lexicon.class(t).pronoun().is_none()
            && !w[i..w.len().min(i + CLAUSE_VERB_REACH)]
                .windows(2)
                .any(|p| {
                    let (prev, v) = (p[0].text(text), p[1].text(text));
                    is_finite_like(v, lexicon)
                        && !is_determiner(prev, lexicon)
                        && (lexicon.is_auxiliary(v) || !is_number(prev, lexicon.class(prev)))
                })
    };
    if lemma.is_some_and(|l| l.action)
        && !document
        && (!clause_with(text, w, i, lexicon, has_own_verb) || after_modal() || counted())
    {
        return None;
    }
    // "had added two beds", "added 1 million jobs": a number opening the
    // bare complement of a verb that as often adds to a count
    // (`counting_verbs.txt`), with no verb of its own after it, is what
    // was added.
    if lemma.is_some_and(|l| l.counting)
        && is_number(first.text(text), lexicon.class(first.text(text)))
        && count_alone(text, w, i, lexicon)
    {
        return None;
    }
    // A colon or a quotation mark opens direct speech, handled by the
    // quotation rules; a preposition ("said about", "spoke in") is not a
    // complement.
    let lead = &text[w[i - 1].span.end..first.span.start];
    if lead.trim() == "," && i == vi + 1 && reporting {
        // "says, win or lose, he's staying", "says, however, that …": an
        // aside set in commas after the verb, then the clause. Not the
        // comma of a number ("400,000"), which parts no clause.
        let close = (i..w.len().min(i + ASIDE_REACH)).find(|&k| {
            k > i
                && gap(text, w[k - 1].span.end, w[k].span.start) == ","
                && !in_number(text, w[k - 1].span.end)
        })?;
        let start = close + usize::from(w[close].text(text) == "that");
        return looks_like_clause(text, w, start, lexicon)
            .then(|| Span::new(w[start].span.start, window.end));
    }
    // "vowed to fight on": what is promised is the infinitive itself.
    // Maybe past a time: "promised Monday to fight on".
    let promise = lemma.is_some_and(|l| l.promise)
        && w[vi + 1..i].iter().all(|x| {
            let class = lexicon.class(x.text(text));
            class.is_time_word() || class.is_speech_adverb()
        })
        && first.text(text) == "to"
        && infinitive_after(text, w, first, lexicon);
    // `said “it gets me mad” every time …`: a quoted fragment that opens a
    // reporting verb's complement, with the sentence going on past it, is
    // part of a mixed content. Whether enough of it is unquoted is decided
    // once the content is cut: a whole quotation stays direct speech. An
    // adverb or a time may stand between ("has said repeatedly “the next
    // president” should …").
    if reporting
        && w[vi + 1..i].iter().all(|x| {
            let class = lexicon.class(x.text(text));
            class.is_time_word() || class.is_speech_adverb()
        })
        && matches!(lead.trim(), "\"" | "“")
        && first.text(text).starts_with(char::is_lowercase)
    {
        // From the opening mark, so that the quotation is read as inside.
        let mark = first.span.start - lead.trim_start().len();
        return Some(Span::new(mark, window.end));
    }
    // A capitalised verb before a colon is a label's last word, and
    // nothing past the colon is its object: "Morning Briefing: Chip export
    // curbs …" names no one briefed.
    let label = || {
        is_capitalized(w[vi].text(text))
            && gap(text, w[vi].span.end, w[vi + 1].span.start).contains(':')
    };
    if lead.contains([':', '"', '“', '‘', '\'', ',']) || i > vi + 1 && label() {
        return None;
    }
    if object_is_thing(text, w, i, lemma, document, lexicon) {
        return None;
    }
    // "told reporters to leave", "warned Iran never to test": after the
    // person told, an infinitive is a directive, and what was said is the
    // two together, run on as a request's ("told them to …" is no less
    // speech than "urged them to …").
    let directive = takes_object && !promise && i > vi + 1 && {
        let t = first.text(text);
        let to = if lexicon.class(t).is_negation(t) {
            w.get(i + 1)
        } else {
            Some(first)
        };
        to.is_some_and(|to| to.text(text) == "to" && infinitive_after(text, w, to, lexicon))
    };
    if directive {
        let person = (vi + 1..i).find(|&k| {
            let class = lexicon.class(w[k].text(text));
            !(class.is_time_word() || class.is_speech_adverb())
        })?;
        return Some(complement_end(cx, w, person, window, false));
    }
    // Every question below about the first word is asked of its one class.
    let t = first.text(text);
    let class = lexicon.class(t);
    // "said little about the plan", "talked more about policy": a word of
    // amount before a preposition says how much was said about a topic,
    // not what was said (`amount_words.txt`). Not before "of" or "than",
    // which make it a subject ("said much of it was wrong").
    if class.is_amount_word(t)
        && w.get(i + 1).is_some_and(|p| {
            let p = p.text(text);
            !matches!(p, "of" | "than") && lexicon.class(p).is_preposition()
        })
    {
        return None;
    }
    // "said about 40 people live there", "said about a million …": a
    // preposition that says how near a number is opens the clause's
    // subject, not an adjunct.
    let approximate = || approximates_number(text, w, i, lexicon);
    // `adjunct_openers.txt`: "on", "to", "while". After a reporting
    // verb, a short place or occasion opened by "in" or "on" may come
    // before the clause, whose subject pronoun shows where it starts
    // ("wrote in both listings he was …"); "said about …", "spoke with …"
    // are not spoken in.
    if class.is_adjunct_opener(t) && !promise && !approximate() {
        if !reporting || !class.is_time_preposition(t) {
            return None;
        }
        let subject = (i + 2..w.len().min(i + 2 + OCCASION_WORDS)).find(|&k| {
            let s = w[k].text(text);
            is_subject_pronoun(s, lexicon.class(s))
                && !lexicon
                    .class(w[k - 1].text(text))
                    .is_adjunct_opener(w[k - 1].text(text))
        })?;
        // Not "tweets in which he called …": a relative there makes the
        // verb a noun.
        let plain = joined(text, &w[i..=subject])
            && !w[i + 1..subject].iter().any(|x| {
                let t = x.text(text);
                lexicon.class(t).is_clause_opener(t)
            });
        return (plain && looks_like_clause(text, w, subject, lexicon))
            .then(|| Span::new(w[subject].span.start, window.end));
    }
    // "discussed it at length", "reported it to the police", "described
    // it in print": a bare "it", "him" or "them" with an adjunct right
    // after it stands for words told elsewhere, and the adjunct says where
    // or how they were told. Not a complement of the verb: "accused them
    // of …", "criticized him as …", "urged them to act".
    if class
        .pronoun()
        .is_some_and(|p| p.speaker && !p.possessive && !p.owns_too)
        && w.get(i + 1).is_some_and(|n| {
            let p = n.text(text);
            gap(text, first.span.end, n.span.start).is_empty()
                && lexicon.class(p).is_adjunct_opener(p)
                && !matches!(p, "as" | "with" | "for" | "of" | "about" | "from")
                && !(p == "to" && infinitive_after(text, w, n, lexicon))
        })
    {
        return None;
    }
    // A reporting verb's complement, or a question ("asked whether …"), is
    // a clause and runs on.
    // Not "which": right after the verb's words it more often opens a
    // relative clause than a question.
    let question = t != "which" && class.is_question_word(t);
    // "48 percent agreed and 44 percent disagreed", "criticized and
    // mocked the plan": a verb with a coordinator after it has no
    // complement of its own.
    if is_and_or_but(text, first) {
        return None;
    }
    if question {
        // "told how they were left …": after a verb of telling with no one
        // told, a "how" right before a clause's subject (a pronoun, an
        // article or a determiner, a name) says what was told, as "that" would, and is left out as
        // "that" is. Not "explained how tough it is", where "how" asks
        // the degree, nor "discussed how the war would end", a question:
        // there "how" is part of what was said.
        let subject = |n: &str| {
            is_determiner(n, lexicon)
                || is_capitalized(n)
                || (lexicon.class(n).pronoun()).is_some_and(|p| p.subject || p.possessive)
        };
        let start = match w.get(i + 1) {
            Some(next)
                if t == "how"
                    && takes_object
                    && i == vi + 1
                    && subject(next.text(text))
                    && looks_like_clause(text, w, i + 1, lexicon) =>
            {
                next
            }
            _ => first,
        };
        return Some(Span::new(start.span.start, window.end));
    }
    // "quoted the port's chief planner, Ana Ruiz, who said …": the person
    // a quoting verb names, with a name set in commas after them, is whom
    // it quotes, a source, not what was said ("cited his record", "citing
    // an unnamed source." say what the speech drew on).
    if lexicon.is_quoting_verb(w[vi].text(text))
        && mention_after(text, w, i, lexicon).is_some_and(|m| {
            matches!(
                m.kind,
                MentionKind::Role {
                    class: RoleClass::Person,
                    ..
                }
            ) && w
                .get(w.partition_point(|x| x.span.start < m.span.end))
                .is_some_and(|x| {
                    gap(text, m.span.end, x.span.start) == "," && is_capitalized(x.text(text))
                })
        })
    {
        return None;
    }
    // "vowed to block the nominee, meaning that …": a promise is its
    // infinitive, which ends as a request's does, whether or not the verb
    // also reports a clause ("vowed that …").
    if reporting && !promise {
        // "said yes because …", "said no when …": a closed-class word with
        // an adjunct clause right after it is the whole answer, and what
        // follows is why or when it was given. Not a subject ("said they
        // once …") nor a word leading into the adjunct ("reports so if
        // …").
        let answer = !promise
            && class.is_function_word()
            && !class.is_clause_lead_in()
            && !is_subject_pronoun(t, class)
            && w.get(i + 1).is_some_and(|n| {
                gap(text, first.span.end, n.span.start).is_empty()
                    && lexicon.class(n.text(text)).is_subordinator()
            });
        // "the people who write them tend to live …": a third person
        // pronoun in the object case ("him", "them") opens no clause; the
        // verb after it has a subject of its own, and the speech verb sits
        // in a relative clause. Not before a gerund or an infinitive, which
        // a finding may say of its object ("shows him leading").
        let object_case = class
            .pronoun()
            .is_some_and(|p| p.speaker && !p.subject && !p.possessive && !p.owns_too)
            && w.get(i + 1).is_some_and(|n| {
                let n = n.text(text);
                gap(text, first.span.end, w[i + 1].span.start).is_empty()
                    && !is_gerund(n)
                    && n != "to"
                    && !lexicon.class(n).is_preposition()
            });
        // "conceded shortly before midnight", "spoke early on Monday": an
        // adverb in -ly before a time's preposition, with no verb after
        // them, says when it was said, and nothing was reported.
        let when_only = is_ly_adverb(t)
            && w.get(i + 1).is_some_and(|p| {
                let p = p.text(text);
                lexicon.class(p).is_time_preposition(p)
            })
            && !has_verb(text, &w[i..w.len().min(i + CLAUSE_VERB_REACH)], lexicon);
        // "conceded defeat Tuesday night", "announced her bid on Friday":
        // the time closing a verbless object says when it was said.
        let end = object_before_time(text, w, i, window, lexicon).unwrap_or(window.end);
        return (!answer && !object_case && !when_only).then(|| Span::new(first.span.start, end));
    }
    // Of another verb, what the speech was about ("… during a rally" is
    // not in it), what a request asks for ("urged Congress to act") or
    // what a promise commits to ("declined to say when …").
    // "asks him about his tax returns": past the person asked, what the
    // question was about is what follows "about" ("asked him about it"
    // has no content of its own).
    let i = if class.pronoun().is_some_and(|p| !p.possessive)
        && w.get(i + 1).is_some_and(|x| x.text(text) == "about")
    {
        w.get(i + 2)?;
        i + 2
    } else {
        i
    };
    let content = complement_end(cx, w, i, window, promise);
    if object_quoted_as_saying(text, w, content, lexicon)
        || lexicon.is_quoting_verb(w[vi].text(text))
            && object_then_as_saying(text, w, i, content, lexicon)
    {
        return None;
    }
    // "called for a ban", "called on Congress to act": with its particle
    // the verb names nothing.
    let particle = i > vi + 1 && lemma.is_some_and(|l| l.has_particle(w[i - 1].text(text)));
    if !particle
        && lemma.is_some_and(|l| l.naming)
        && (!names_object(cx, w, i, content) || name_alone(text, w, vi, content, lexicon))
    {
        return None;
    }
    Some(content)
}

/// True when "to" and a thing follow the counting verb at `w[vi]`
/// ("adding to concern that …", "added to the sense that …"): to add to a
/// thing is to increase it, and a "that" after the noun is the noun's; no
/// one is told anything. Not "to" a pronoun, a name or a role of a
/// person, a group or a body, the one told ("added to reporters that …",
/// "added to the committee that …").
fn adds_to_thing(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> bool {
    let (Some(to), Some(first)) = (w.get(vi + 1), w.get(vi + 2)) else {
        return false;
    };
    let t = first.text(text);
    to.text(text) == ADDS_TO
        && gap(text, w[vi].span.end, to.span.start).is_empty()
        && gap(text, to.span.end, first.span.start).is_empty()
        && !is_capitalized(t)
        && lexicon.class(t).pronoun().is_none_or(|p| p.possessive)
        && !mention_after(text, w, vi + 2, lexicon).is_some_and(|m| {
            matches!(
                m.kind,
                MentionKind::Role { .. } | MentionKind::Org { .. } | MentionKind::Person { .. }
            )
        })
}

/// The particle of "add to", which makes the verb one of increasing a
/// thing ("adding to concern") or of speaking to someone ("added to
/// reporters").
const ADDS_TO: &str = "to";

/// Where a clause starting at `start`, after the word ending at `prev`,
/// opens: at the opening mark of quoted words that open it and leave it
/// going on (`told them that "every quay must help" in building …`),
/// which are in it with their marks; else at `start`. Not quoted words
/// that end on a clause's own mark (`say that "from his view," Ruiz
/// added`), which stand apart as direct speech.
fn opening_fragment(cx: &Context<'_>, prev: usize, start: usize) -> usize {
    let marks = gap(cx.text, prev, start);
    if !opening_marks(marks) {
        return start;
    }
    let open = start - marks.len();
    let i = cx.quotations.partition_point(|q| q.open.start < open);
    let fragment = cx.quotations.get(i).is_some_and(|q| {
        q.open.start == open && {
            let c = q.content();
            !cx.text[c.start..c.end].trim_end().ends_with(CLAUSE_ENDS)
        }
    });
    if fragment { open } else { start }
}

/// The most words from where an object is cut at a comma to the "as"
/// of "as saying" ("the minister, Ivan Dorin, as saying").
const QUOTED_AS_REACH: usize = 8;

/// The word between a quoting verb's object and the participle of speech
/// after it: "quoted Ruiz as saying".
const QUOTED_AS: &str = "as";

/// True when the object `content`, cut at a comma, is the person a report
/// quotes, named again or described in an apposition set off by commas
/// and then said to speak by "as" and a speech verb's -ing form: "quoted
/// the deputy minister, Ivan Dorin, as saying …". The object alone says
/// nothing; what was said follows "as saying", read from that verb (or,
/// after a colon, from the quotation).
fn object_quoted_as_saying(text: &str, w: &[Word], content: Span, lexicon: &Lexicon) -> bool {
    let k = w.partition_point(|x| x.span.start < content.end);
    if quoted_as_saying_quotation(text, w, k, lexicon) {
        return true;
    }
    if k == 0 || k >= w.len() || !gap(text, w[k - 1].span.end, w[k].span.start).contains(',') {
        return false;
    }
    (k..w.len().min(k + QUOTED_AS_REACH))
        .take_while(|&j| {
            let g = gap(text, w[j - 1].span.end, w[j].span.start);
            g.is_empty() || g == ","
        })
        .any(|j| {
            w[j].text(text) == QUOTED_AS
                && j > k
                && gap(text, w[j - 1].span.end, w[j].span.start) == ","
                && w.get(j + 1).is_some_and(|x| {
                    let t = x.text(text);
                    is_gerund(t) && lexicon.verb_lemma(t).is_some()
                })
        })
}

/// True when "as" and a speech verb's -ing form follow the object that
/// opens at `w[i]` within QUOTED_OBJECT_WORDS words unbroken by punctuation:
/// "quoted a senior official at the ministry as saying that …". Whom the
/// report quotes is the object; what was said follows the participle,
/// which reports it.
fn object_then_as_saying(
    text: &str,
    w: &[Word],
    i: usize,
    content: Span,
    lexicon: &Lexicon,
) -> bool {
    (i + 1..w.len().min(i + QUOTED_OBJECT_WORDS))
        .take_while(|&j| {
            w[j].span.end <= content.end && gap(text, w[j - 1].span.end, w[j].span.start).is_empty()
        })
        .any(|j| {
            w[j].text(text) == QUOTED_AS
                && w.get(j + 1).is_some_and(|x| {
                    let t = x.text(text);
                    is_gerund(t) && lexicon.verb_lemma(t).is_some()
                })
        })
}

/// The most words from a quoting verb's object to the "as" of "as saying"
/// with no comma between: "a senior official at the fisheries ministry".
const QUOTED_OBJECT_WORDS: usize = 10;

/// True when "as", a speech verb's -ing form and then a colon or a
/// quotation follow at `w[k]`, right after an object: "quoted Ruiz as
/// saying: “…”". The quotation is what Ruiz said; the object names who
/// is quoted and says nothing itself.
fn quoted_as_saying_quotation(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    let (Some(as_), Some(verb)) = (w.get(k), w.get(k + 1)) else {
        return false;
    };
    let t = verb.text(text);
    let after = text[verb.span.end..].trim_start();
    k > 0
        && as_.text(text) == QUOTED_AS
        && gap(text, w[k - 1].span.end, as_.span.start).is_empty()
        && is_gerund(t)
        && lexicon.verb_lemma(t).is_some()
        && (after.starts_with(':') || after.starts_with(OPENING_QUOTES))
}

/// True when `content`, from `w[k]`, reads as a clause (maybe past an
/// adjunct opening it after "that"), or is the words for a clause said
/// before right after the verb `w[vi]` ("30 percent said the same").
fn clause_or_pro_form(
    text: &str,
    w: &[Word],
    k: usize,
    vi: usize,
    content: Span,
    lexicon: &Lexicon,
) -> bool {
    looks_like_clause(text, w, k, lexicon)
        || clause_past_opening_adjunct(text, w, k, lexicon)
        || pro_form_after(text, w, vi, lexicon) == Some(content)
}

/// True when the content from `w[k]` follows a "that" and opens with an
/// adjunct that a comma closes, a clause after it: "say that, in May,
/// she will …", "said that if it rains, the ferry …". The "that" tells
/// that a clause was said, and the adjunct is that clause's own; one
/// with no comma to close it is not read.
fn clause_past_opening_adjunct(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    if k == 0
        || w.get(k).is_none()
        || w[k - 1].text(text) != "that"
        || !matches!(gap(text, w[k - 1].span.end, w[k].span.start), "" | ",")
        || !lexicon.class(w[k].text(text)).is_adjunct_head()
    {
        return false;
    }
    (k + 1..w.len().min(k + 1 + ASIDE_REACH))
        .map(|j| (j, gap(text, w[j - 1].span.end, w[j].span.start)))
        .find(|(_, g)| !g.is_empty())
        .is_some_and(|(j, g)| g == "," && looks_like_clause(text, w, j, lexicon))
}

/// The words right after the verb `w[vi]` that stand for a clause said
/// before ("half said so", "30 percent said the same of the bridge",
/// "officials acknowledged as much"): what was said, however few its
/// words (`pro_forms.txt`). Not an answer word: "he said yes" is no
/// content.
fn pro_form_after(text: &str, w: &[Word], vi: usize, lexicon: &Lexicon) -> Option<Span> {
    let first = w.get(vi + 1)?;
    let t = first.text(text);
    if !gap(text, w[vi].span.end, first.span.start).is_empty()
        || !t.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    let two = w
        .get(vi + 2)
        .filter(|x| x.span.start == first.span.end + 1)
        .is_some_and(|x| lexicon.is_pro_form(&text[first.span.start..x.span.end]));
    let last = if two {
        vi + 2
    } else if lexicon.is_pro_form(t) {
        vi + 1
    } else {
        return None;
    };
    let form = Span::new(first.span.start, w[last].span.end);
    let Some(next) = w.get(last + 1) else {
        return Some(form);
    };
    if !gap(text, w[last].span.end, next.span.start).is_empty() {
        return Some(form);
    }
    let n = next.text(text);
    // "the same of the bridge", "the opposite about the ferry": what it
    // is said of goes with it, up to a mark (not a title's period: "Mr.
    // Ruiz") or a word that joins clauses.
    if two && matches!(n, "of" | "about" | "for") {
        let end = w[last + 1..w.len().min(last + 2 + PRO_FORM_OBJECT)]
            .windows(2)
            .take_while(|p| {
                let g = gap(text, p[0].span.end, p[1].span.start);
                (g.is_empty() || g == "." && lexicon.is_abbreviation(p[0].text(text)))
                    && !is_and_or_but(text, &p[1])
                    && !lexicon.class(p[1].text(text)).is_subordinator()
            })
            .last()
            .map_or(next.span.end, |p| p[1].span.end);
        return Some(Span::new(form.start, end));
    }
    // "said so in the spring", "said so while …": a setting or a clause
    // of its own after it; a word of its own phrase makes it another
    // word ("said so many …", "said the same plan"), a time noun too
    // after a two-word form ("said the same day that …").
    let class = lexicon.class(n);
    (class.is_preposition()
        || class.is_time_word() && !(two && class.is_time_noun())
        || class.is_subordinator()
        || is_and_or_but(text, next))
    .then_some(form)
}

/// True when a naming verb's object stands elsewhere, so that its
/// `content` is the name alone: a passive ("was dubbed the Queen of the
/// Quay by her fans", "has been called a moderate") or a person's
/// relative with a subject of its own ("who fans call the Duke"). A name
/// given is no speech unless quoted ("has been called “the Trump of the
/// East”"); not "what he calls …", whose object is the thing named.
fn name_alone(text: &str, w: &[Word], vi: usize, content: Span, lexicon: &Lexicon) -> bool {
    let quoted = &text[content.start..content.end];
    if quoted.contains(OPENING_NOT_APOSTROPHE) || quoted.contains("''") {
        return false;
    }
    if passive(text, w, vi, lexicon) {
        return true;
    }
    // The subject's last word; "who" itself there is the subject ("who
    // has called Ruiz a liar"), as it is of a verb before the naming one.
    let Some(p) = before_auxiliaries(text, w, vi, lexicon) else {
        return false;
    };
    (p.saturating_sub(NAMER_WORDS)..p).rev().any(|k| {
        matches!(w[k].text(text), "who" | "whom")
            && joined(text, &w[k..=p])
            && !is_auxiliary_or_adverb(w[k + 1].text(text), lexicon)
            // Not "who sent the letter called Ruiz a liar": a verb of its
            // own makes the relative a subject's. The shared test keeps a
            // name out ("who Ted calls …"); an -s word there is the
            // subject's noun ("who fans call …"), not its verb.
            && !w[k + 1..=p].iter().any(|x| {
                let t = x.text(text);
                is_finite_like(t, lexicon) && (lexicon.is_auxiliary(t) || !ends_as_plural(t))
            })
    })
}

/// The most words of the subject between "who" and a naming verb ("who
/// many of his fans call …").
const NAMER_WORDS: usize = 4;

/// True when `w[i]` opens a person and then a thing, the two objects of a
/// verb that gives or withholds: an object pronoun or a name, then an
/// article or a determiner ("denied Ruiz a hearing", "refused him the
/// post"), or after "him" or "them" a bare noun ("denied them access").
/// Not "her" before a bare noun, which is as often a possessive ("denied
/// her involvement").
fn person_then_thing(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    let t = w[i].text(text);
    let (end, bare_noun) = if let Some(p) = lexicon.class(t).pronoun() {
        if !p.speaker || p.subject || p.possessive {
            return false;
        }
        (w[i].span.end, t != "her")
    } else if is_capitalized(t) {
        match mention_after(text, w, i, lexicon) {
            Some(m) => (m.span.end, false),
            None => return false,
        }
    } else {
        return false;
    };
    // The thing right after the person, with nothing between.
    let Some(next) = w[i + 1..]
        .iter()
        .find(|x| x.span.start >= end)
        .filter(|x| gap(text, end, x.span.start).is_empty())
    else {
        return false;
    };
    let n = next.text(text);
    let class = lexicon.class(n);
    is_determiner(n, lexicon) && class.pronoun().is_none_or(|p| p.possessive)
        || bare_noun
            && !is_capitalized(n)
            && !class.is_function_word()
            && !is_finite_like(n, lexicon)
            && lexicon.verb_lemma(n).is_none()
}

/// True when a naming verb's `content`, from `w[i]`, gives its object a
/// name: a quoted label anywhere ("called the plan “a disaster”"), one
/// after "as" ("dubbed them as …"), anything but an adjunct after the
/// object ("called Ruiz a liar", "called it unfair"), or any object but a
/// name or a pronoun ("called the plan unfair", "called a hate crime",
/// "called the election rigged") unless it is an event called with no
/// label after it ([`calls_event`]: "called the race at 10 p.m.").
/// Not a name or a pronoun alone, nor one followed by a place, a time, a
/// manner or another verb: a call made or a name given ("called Ruiz on
/// Monday", "a group called Port Watch", "called them shortly after").
fn names_object(cx: &Context<'_>, w: &[Word], i: usize, content: Span) -> bool {
    let (text, lexicon) = (cx.text, cx.lexicon);
    let t = w[i].text(text);
    // "called the trainer at 3-3", "called a doctor": someone named by a
    // role noun (`role_nouns.txt`) right after the determiner is called on
    // or summoned as someone named by name is; a noun the lexicon cannot
    // place ("called the citation a ploy") is no one.
    let object = mention_after(text, w, i, lexicon);
    let role = || {
        let head = w.get(i + 1).map(|x| x.span);
        is_determiner(t, lexicon)
            && object.is_some_and(|m| {
                matches!(m.kind, MentionKind::Role { head: h, class: RoleClass::Person, .. } if Some(h) == head)
                    && !m.is_generic(text, lexicon)
            })
    };
    let person =
        t.starts_with(char::is_uppercase) || lexicon.class(t).pronoun().is_some() || role();
    let quoted = &text[content.start..content.end];
    if quoted.contains(OPENING_NOT_APOSTROPHE) || quoted.contains("''") {
        return true;
    }
    if !person {
        return !calls_event(text, w, i, content, lexicon);
    }
    let after = |end: usize| w[i..].iter().find(|x| x.span.start >= end);
    if after(content.end).is_some_and(|x| x.text(text) == "as") {
        return true;
    }
    // An object read as no mention may be anything: kept as before.
    let Some(object) = object else {
        return true;
    };
    let Some(next) = after(object.span.end).filter(|x| x.span.end <= content.end) else {
        return false;
    };
    if gap(text, object.span.end, next.span.start).contains(',') {
        // An apposition, with the name after it.
        return true;
    }
    let t = next.text(text);
    let class = lexicon.class(t);
    !(class.is_preposition() && t != "of"
        || class.is_time_word()
        || is_ly_adverb(t)
        || is_and_or_but(text, next)
        || is_finite_like(t, lexicon))
}

/// True when a naming verb's `content`, from `w[i]`, is an event it calls
/// with no label after it ("called the race at 10 p.m.", "called a snap
/// election", `called_events.txt`): a thing done, not a name given. The
/// event's noun ends the object's first few words, lower case, and only a
/// place, a time, a manner or another clause may follow it: not a
/// participle, which is a label ("called the match fixed").
fn calls_event(text: &str, w: &[Word], i: usize, content: Span, lexicon: &Lexicon) -> bool {
    let Some(e) = (i..w.len().min(i + EVENT_OBJECT_WORDS))
        .take_while(|&k| w[k].span.end <= content.end && !is_capitalized(w[k].text(text)))
        .find(|&k| lexicon.is_called_event(w[k].text(text)))
    else {
        return false;
    };
    w.get(e + 1)
        .filter(|x| x.span.end <= content.end)
        .is_none_or(|next| {
            let t = next.text(text);
            let class = lexicon.class(t);
            !gap(text, w[e].span.end, next.span.start).is_empty()
                || class.is_preposition()
                || class.is_time_word()
                || is_ly_adverb(t)
                || is_and_or_but(text, next)
                // A word in -ed is the label, a participle ("called the
                // election rigged"), not another clause's verb.
                || is_finite_like(t, lexicon) && !t.ends_with("ed")
        })
}

/// The most words of a called event's object, its noun the last: "the
/// mayoral race".
const EVENT_OBJECT_WORDS: usize = 3;

/// What a speech was about or asked for, from `w[i]`: a noun phrase with
/// its modifiers, ending at a comma or where an adjunct clause begins ("…
/// during a rally"), and running on through any "to" but the one before
/// the person spoken to ("her ties to the unions", "funds to help the
/// port", "explained it to them"). A `promise` runs on through its
/// adjuncts too.
fn complement_end(cx: &Context<'_>, w: &[Word], i: usize, window: Span, promise: bool) -> Span {
    let (text, lexicon) = (cx.text, cx.lexicon);
    let first = &w[i];
    let end = (i + 1..w.len())
        .find(|&k| {
            let x = &w[k];
            let before = &text[..x.span.start];
            let t = x.text(text);
            // "vowed to form a task force, which would …": what is
            // promised goes on through a relative clause on it.
            let relative = promise && matches!(t, "which" | "who");
            let comma = before.trim_end().ends_with([',', ';'])
                || comma_in_closing_marks(gap(text, w[k - 1].span.end, x.span.start));
            comma
                && !in_number(text, x.span.start.saturating_sub(1))
                && !cx.in_quotation(x.span.start)
                && !list_goes_on(text, w, k, lexicon)
                && !noun_tail_after(text, w, k, lexicon)
                && !relative
                // "read it to me", "explained the plan to them": the
                // person it was said to is no part of what was said. Any
                // other "to" goes on with it, an infinitive of purpose too
                // ("used the meeting to warn the unions"): news annotation
                // reads it as part of what was said.
                || t == "to" && !cx.in_quotation(x.span.start) && addressee_after(text, w, k, lexicon)
                // The word's class, looked up once for both.
                || !promise && {
                    let class = lexicon.class(t);
                    when_or_where(text, w, k, class, window, lexicon)
                        || class.is_topic_end(t)
                        // Not a question's "if", whose clause is what
                        // was asked ("asked Ruiz if she would endorse …").
                        || class.is_subordinator()
                            && !class.is_question_word(t)
                            && speech_after(text, w, k, lexicon)
                }
                || t == "as"
                    && !promise
                    && !predicative_as(text, w, k, lexicon)
                    && !in_noun_tail_pair(text, w, k - 1, lexicon)
                // Not inside a relative clause: "a nation that borders
                // China and has had …" goes on.
                || is_and_or_but(text, x)
                    && !cx.in_quotation(x.span.start)
                    && second_predicate(text, w, k, lexicon)
                    && !w[i..k].iter().any(|x| {
                        let t = x.text(text);
                        t == "that" || lexicon.class(t).is_clause_opener(t)
                    })
        })
        .map_or(window.end, |k| w[k].span.start);
    Span::new(first.span.start, end.max(first.span.end))
}

/// The most words from a subordinator to the speech verb of the clause it
/// opens ("while doctors and nurses warned").
const SPEECH_AFTER_REACH: usize = 6;

/// True when the subordinator at `w[k]` opens the occasion the speech was
/// made at ("… while at a rally in Ohio") or a clause whose speech verb
/// follows within `SPEECH_AFTER_REACH` words, with no comma between ("…
/// while calling for a review", "… while the union argued"): the
/// speaker's next act, or another's report set against the first, no part
/// of what was spoken of. Any other clause it opens is ("… while also
/// faulting the schedule").
fn speech_after(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    w.get(k + 1).is_some() && occasion_phrase(text, w, k + 1, lexicon)
        || w[k + 1..w.len().min(k + 1 + SPEECH_AFTER_REACH)]
            .iter()
            .scan(w[k].span.end, |end, x| {
                let joined = !gap(text, *end, x.span.start).contains(',');
                *end = x.span.end;
                joined.then_some(x)
            })
            .any(|x| {
                let t = x.text(text);
                !is_capitalized(t) && lexicon.verb_lemma(t).is_some()
            })
}

/// The most phrases of time and occasion read one after another at the end
/// of what a speech was about ("on Monday at a rally").
const OCCASION_PHRASES: usize = 3;

/// The most words of what "the same" or "the opposite" is said of ("the
/// same of the bridge").
const PRO_FORM_OBJECT: usize = 8;

/// The most words from a comma to the "and" or "or" that closes a list
/// ("GOP voters, lawmakers, and thinkers").
const LIST_REACH: usize = 10;

/// True when the comma before `w[k]` parts the items of a list that an
/// "and" or "or" soon closes, with no verb or subject pronoun between
/// ("attacked GOP voters, lawmakers, and thinkers for …", "cited low
/// growth, unemployment and inequality"): what was spoken of goes on.
fn list_goes_on(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    if !gap(text, w[k - 1].span.end, w[k].span.start).ends_with(',') {
        return false;
    }
    // "Jeffrey Feltman, a State Department official": a name with a
    // description set after it is no list.
    if is_capitalized(w[k - 1].text(text))
        && lexicon.is_article(w[k].text(text))
        && !is_capitalized(w[k].text(text))
    {
        return false;
    }
    for j in k..w.len().min(k + LIST_REACH) {
        let t = w[j].text(text);
        if j > k && !matches!(gap(text, w[j - 1].span.end, w[j].span.start), "" | ",") {
            return false;
        }
        // Its last item may follow the comma ("…, and thinkers"): a
        // clause after "and" is cut at it all the same.
        if matches!(t, "and" | "or") {
            return true;
        }
        let class = lexicon.class(t);
        // A participle opens a comment ("…, raising the question"), a
        // subordinator an adjunct ("…, while taking …"), a conjunction a
        // clause ("…, yet refuses …"); "including" goes on with the list.
        let verb = lexicon.is_auxiliary(t)
            || (t.len() > 3 && (t.ends_with("ed") || t.ends_with("ing")) && t != "including")
                && !is_capitalized(t)
            || is_subject_pronoun(t, class)
            || class.is_subordinator()
            || class.is_clause_continuer(t)
            || class.is_adjunct_opener(t) && j == k;
        if verb || lexicon.is_relative_pronoun(t) {
            return false;
        }
    }
    false
}

/// The most words of a tail that stays with the noun phrase before a
/// comma looked through for a colon ([`noun_tail_after`]).
const NOUN_TAIL_REACH: usize = 12;

/// True when `w[k]`, after a comma, opens a tail that stays with the noun
/// phrase before it (`noun_tail_leads.txt`): examples of it ("cited three
/// causes, including a late budget"), a part singled out ("blamed the
/// staff, especially the new hires") or an alternative ("backed the cheap
/// plan, rather than the safe one"). What was spoken of goes on through
/// it, as news annotation reads it; not through a colon before the next
/// comma, which opens words of the speaker's own (", especially one: “…”").
fn noun_tail_after(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    let opens = lexicon.noun_tail_lead(w[k].text(text)).is_some_and(|next| {
        next.is_empty()
            || w.get(k + 1).is_some_and(|x| {
                x.text(text) == next && gap(text, w[k].span.end, x.span.start).is_empty()
            })
    });
    opens
        && !w[k..w.len().min(k + NOUN_TAIL_REACH)]
            .windows(2)
            .map(|p| gap(text, p[0].span.end, p[1].span.start))
            .take_while(|g| !g.contains(','))
            .any(|g| g.contains(':'))
}

/// True when `w[j]` comes right after a comma and opens a tail of two
/// words that stays with the noun phrase before it (", such as …"): the
/// second word is no adjunct's opener.
fn in_noun_tail_pair(text: &str, w: &[Word], j: usize, lexicon: &Lexicon) -> bool {
    j > 0
        && gap(text, w[j - 1].span.end, w[j].span.start).ends_with(',')
        && noun_tail_after(text, w, j, lexicon)
}

/// True when `w[k]` opens when or where the speech was made, not part of
/// what it was about: the occasion or medium of the cue phrases ("in an
/// interview", "on Twitter"), a time after a preposition ("in April", "on
/// Monday") or after a time determiner ("last week", "this year"). Only at
/// the end of the complement, alone or with more such phrases: "blasted
/// Trump on Monday over his stance" goes on with what was said. `class`
/// is `w[k]`'s.
fn when_or_where(
    text: &str,
    w: &[Word],
    k: usize,
    class: WordClass,
    window: Span,
    lexicon: &Lexicon,
) -> bool {
    if occasion_phrase(text, w, k, lexicon) {
        return true;
    }
    let mut k = k;
    let mut class = Some(class);
    for _ in 0..OCCASION_PHRASES {
        let class = class
            .take()
            .unwrap_or_else(|| lexicon.class(w[k].text(text)));
        let Some(len) =
            occasion_len(text, w, k, class, lexicon).or_else(|| day_len(text, w, k, lexicon))
        else {
            return false;
        };
        k += len;
        let Some(after) = w.get(k) else {
            // The words end with the sentence, or before it: only the
            // first is an end.
            return w.last().is_some_and(|l| {
                !text[l.span.end..window.end]
                    .bytes()
                    .any(|b| b.is_ascii_alphanumeric())
            });
        };
        if text[w[k - 1].span.end..after.span.start].contains([',', ';', '.', '—', '(']) {
            return true;
        }
        // "endorsed Ruiz in March and organized rallies": the time ends the
        // complement when the speaker's next act follows it.
        if is_and_or_but(text, after) && second_predicate(text, w, k, lexicon) {
            return true;
        }
    }
    false
}

/// The most words between the preposition and the noun of an occasion
/// ("at a Super Tuesday rally", "on Hugh Hewitt's radio show").
const OCCASION_MODIFIERS: usize = 4;

/// True when `w[k]` opens the phrase of an occasion or medium spoken at or
/// in, whatever follows it: "in", "on" or "at", a determiner or a
/// possessive or a name, and within a few modifiers a noun of
/// `occasion_nouns.txt` ("in a recent interview with the Post", "at a
/// victory rally in Ohio", "on Hugh Hewitt's radio show"). What follows
/// the noun describes the occasion.
/// Not a word of the list after "of" or inside the noun phrase spoken of
/// ("criticized the show's host"): the phrase must open with the
/// preposition and run to the noun through modifiers alone.
fn occasion_phrase(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    if !matches!(w[k].text(text), "in" | "on" | "at") {
        return false;
    }
    let Some(first) = w.get(k + 1) else {
        return false;
    };
    let opener = first.text(text);
    if !(is_determiner(opener, lexicon)
        || strip_possessive(opener).is_some()
        || is_capitalized(opener))
    {
        return false;
    }
    for j in k + 1..w.len().min(k + 2 + OCCASION_MODIFIERS) {
        if !gap(text, w[j - 1].span.end, w[j].span.start).is_empty() {
            return false;
        }
        let t = w[j].text(text);
        let class = lexicon.class(t);
        if j > k + 1 && class.is_occasion_noun() {
            return true;
        }
        // Modifiers hold no function word ("in a way that …", "on the
        // first of …"); a participle may be one ("at a crowded rally").
        if j > k + 1 && class.is_function_word() {
            return false;
        }
    }
    false
}

/// How many words of time or occasion open at `w[k]` (see
/// [`when_or_where`]), if any, given `w[k]`'s class. The next word's is
/// looked up only after a word that opens a time, seldom.
fn occasion_len(
    text: &str,
    w: &[Word],
    k: usize,
    class: WordClass,
    lexicon: &Lexicon,
) -> Option<usize> {
    let t = w[k].text(text);
    let next = w.get(k + 1)?;
    if !gap(text, w[k].span.end, next.span.start).is_empty() {
        return None;
    }
    let n = next.text(text);
    let medium = cues::verb_object_len(text, w, k, lexicon);
    if class.is_adjunct_opener(t) && medium > 0 {
        return Some(medium);
    }
    // "in late May", "on Monday morning": a time word after the first
    // is part of the time.
    let more = || {
        w.get(k + 2).map_or(0, |x| {
            let t = x.text(text);
            usize::from(
                gap(text, next.span.end, x.span.start).is_empty()
                    && is_plain_time_word(t, lexicon.class(t)),
            )
        })
    };
    if class.is_time_preposition(t) && is_plain_time_word(n, lexicon.class(n)) {
        return Some(2 + more());
    }
    let time = class.is_time_determiner(t)
        && t != "that"
        && !is_determiner(w[k - 1].text(text), lexicon)
        && {
            let next_class = lexicon.class(n);
            next_class.is_time_word() && !next_class.is_adjunct_opener(n)
        };
    time.then_some(2)
}

/// The most words of a reporting verb's object read for a time that
/// closes the sentence after it ([`object_before_time`]).
const TIME_OBJECT_WORDS: usize = 6;

/// The end of a reporting verb's object from `w[i]` when it is a few words
/// with no verb of their own and a time ends the sentence after them
/// ("conceded defeat Tuesday night", "announced her bid on Friday"): the
/// time says when the speaker spoke, as it does after a verb that names
/// what was spoken of ([`when_or_where`]), and is no part of what was
/// said. A clause keeps its time ("said the vote would be held on
/// Friday"); its verb is read first.
fn object_before_time(
    text: &str,
    w: &[Word],
    i: usize,
    window: Span,
    lexicon: &Lexicon,
) -> Option<usize> {
    let last = w.partition_point(|x| x.span.end <= window.end);
    if last <= i + 1 || last - i > TIME_OBJECT_WORDS + 3 {
        return None;
    }
    if text[w[last - 1].span.end..window.end]
        .bytes()
        .any(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let time = (i + 1..last.min(i + 1 + TIME_OBJECT_WORDS)).find(|&k| {
        let class = lexicon.class(w[k].text(text));
        occasion_len(text, w, k, class, lexicon)
            .or_else(|| day_len(text, w, k, lexicon))
            .is_some_and(|len| k + len == last)
    })?;
    // "earlier this month": a time word before the time is part of it.
    let time = (i + 1..time)
        .rev()
        .take_while(|&k| lexicon.class(w[k].text(text)).is_time_word())
        .last()
        .unwrap_or(time);
    // Not the object of a word before it ("ongoing as of this month").
    let object = lexicon.class(w[time - 1].text(text)).is_function_word();
    (!object && !has_verb(text, &w[i..time], lexicon)).then(|| w[time - 1].span.end)
}

/// How many words a day's name standing alone at `w[k]` takes, with a
/// part of the day after it ("Tuesday", "Tuesday night"): a time as much
/// as "on Tuesday" is, in news English. Not a month's name, which stands
/// in a date ("by the end of January"), nor "Today", nor a day's name
/// after a capital, part of a name then ("Super Tuesday").
fn day_len(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> Option<usize> {
    let plain = |x: &Word| {
        let t = x.text(text);
        is_plain_time_word(t, lexicon.class(t))
    };
    let t = w[k].text(text);
    let day = is_capitalized(t) && t.len() > "today".len() && is_day(t, lexicon);
    if !(day && plain(&w[k])) || k > 0 && is_capitalized(w[k - 1].text(text)) {
        return None;
    }
    let part = w.get(k + 1).is_some_and(|x| {
        gap(text, w[k].span.end, x.span.start).is_empty()
            && !is_capitalized(x.text(text))
            && plain(x)
    });
    Some(1 + usize::from(part))
}

/// True for a time word that names a time by itself ("Monday",
/// "morning"), not one that opens a time ("last", "next") or an adjunct.
fn is_plain_time_word(word: &str, class: WordClass) -> bool {
    class.is_time_word() && !class.is_time_determiner(word) && !class.is_adjunct_opener(word)
}

/// True when the words after the "and" or "but" at `k`, which follows what
/// a speech was about, open a predicate of their own: the speaker's second
/// one ("criticized the plan and was booed", "criticized the charges and
/// sued the union"), or a new subject with its verb ("mentioned Clinton and
/// he shrugged", "blasted the raids and the mayor fired …"). A verb is an
/// auxiliary or a past form in lower case; a word in -s is as often a
/// noun ("the taxes and fees"), and is taken only after a subject pronoun.
/// Not inside quoted words, which are the speaker's own.
fn second_predicate(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    let own_verb = |x: &Word| is_verb_for_certain(x.text(text), lexicon);
    let Some(next) = w.get(k + 1) else {
        return false;
    };
    let t = next.text(text);
    // A past form with nothing after it, or "by", is as often a second
    // adjective ("called the charges unfounded and fabricated by …").
    let past_verb = || {
        own_verb(next)
            && w.get(k + 2).is_some_and(|x| {
                x.text(text) != "by" && gap(text, next.span.end, x.span.start).is_empty()
            })
    };
    lexicon.is_auxiliary(t) && !is_capitalized(t)
        || past_verb()
        || lexicon.pronoun(t).is_some_and(|p| p.subject)
            && !is_capitalized(t)
            && w.get(k + 2)
                .is_some_and(|v| is_finite_like(v.text(text), lexicon))
        || (is_determiner(t, lexicon) || is_capitalized(t)) && {
            // The subject runs through names and nouns only: not "Syria
            // and Iraq to be hit", "the bust and the crisis that occurred".
            let verb = w[k + 2..w.len().min(k + 2 + COORDINATE_SUBJECT)]
                .iter()
                .find(|x| own_verb(x) || lexicon.is_function_word(x.text(text)));
            verb.is_some_and(own_verb)
        }
}

/// True when the "to" at `w[k]` is followed by a personal pronoun in its
/// object form, the person something was said to ("to me", "to them"),
/// not by a subject ("to it"), a possessive ("to their rivals", "to her
/// donors") or anything else.
fn addressee_after(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    w.get(k + 1).is_some_and(|x| {
        gap(text, w[k].span.end, x.span.start).is_empty()
            && lexicon
                .pronoun(x.text(text))
                .is_some_and(|p| !p.subject && !p.possessive)
    })
}

/// True when the "as" at `k` says what the thing spoken of was called
/// ("described the probe as a security review", "slammed his plan as too
/// vague"), not when it opens a clause of time or manner ("as she spoke",
/// "as if it were").
fn predicative_as(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    let Some(next) = w.get(k + 1) else {
        return false;
    };
    // "as “a rabbit warren”": a quoted label after "as" is what the
    // thing was called, in the speaker's own words.
    let g = gap(text, w[k].span.end, next.span.start);
    if !g.is_empty() {
        return opening_marks(g);
    }
    // "as a failed effort", "as being too cozy": an indefinite article or
    // "being" names what it was called, whatever past form follows.
    if matches!(next.text(text), "a" | "an" | "being") {
        return true;
    }
    // The lexicon is case-blind: one class answers for the word in any
    // case, with no lower-case copy made.
    let class = lexicon.class(next.text(text));
    if class.pronoun().is_some_and(|p| p.speaker && !p.possessive)
        || class.is_subordinator()
        || class.is_as_phrase()
    {
        return false;
    }
    // "as the crowd cheered", "as the vote is counted": a clause has its
    // verb soon after its subject (a plural noun in -s is no sign of one).
    !w[k + 1..w.len().min(k + 4)].iter().any(|x| {
        let t = x.text(text);
        lexicon.is_auxiliary(t)
            || t.len() > 3 && t.ends_with("ed") && !t.bytes().any(|b| b.is_ascii_uppercase())
    })
}

/// True for a gap of opening quotation marks alone (`"`, `“`, `‘`, `''`).
fn opening_marks(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| OPENING_QUOTES.contains(&c))
}

/// "The senator forced Ruiz, who had resisted for an hour, to admit that
/// …": the one named right before a relative clause set in commas that
/// ends at the "to" at `to` is who the infinitive's speech is said by, as
/// the one named right before "to" is. One clause, with no other comma,
/// of at most RELATIVE_REACH words.
fn named_before_relative(text: &str, w: &[Word], to: usize, lexicon: &Lexicon) -> Option<Mention> {
    if to < 3 || gap(text, w[to - 1].span.end, w[to].span.start) != "," {
        return None;
    }
    let who = (to.saturating_sub(RELATIVE_REACH)..to)
        .rev()
        .find(|&k| w[k].text(text) == "who")
        .filter(|&k| k > 0 && gap(text, w[k - 1].span.end, w[k].span.start) == ",")?;
    let one_clause = joined(text, &w[who..to]);
    if !one_clause {
        return None;
    }
    core_before(text, w, who, None, lexicon)
}

/// True when the "to" at `to` opens an infinitive ("to help give
/// context"), not a prepositional phrase ("to achieving coverage", "to the
/// court").
fn infinitive_after(text: &str, w: &[Word], to: &Word, lexicon: &Lexicon) -> bool {
    let Some(next) = w.iter().find(|x| x.span.start > to.span.start) else {
        return false;
    };
    let t = next.text(text);
    !(is_determiner(t, lexicon)
        || t.ends_with("ing")
        || is_capitalized(t)
        || t.starts_with(|c: char| c.is_ascii_digit()))
}

/// The first word of the content after a verb: past cue words ("in a
/// statement"), time words, adverbs and the person spoken to ("told
/// reporters", "told the BBC").
///
/// `lemma` is the verb's, looked up by the caller.
fn skip_to_content(
    text: &str,
    w: &[Word],
    mut i: usize,
    lemma: Option<&Lemma>,
    lexicon: &Lexicon,
) -> Option<usize> {
    let object = lemma.is_some_and(|l| l.takes_object);
    // "criticized the media", "praised supporters": the person a verb of
    // neither telling nor reporting names is what the speech was about. A
    // reporting verb that takes no object has none spoken to but after a
    // preposition: "said the committee had been asked …" opens with the
    // clause's subject.
    let mut took_object = false;
    while i < w.len() {
        let t = w[i].text(text);
        // Each question about the word is asked of its one class.
        let class = lexicon.class(t);
        let preposition = class.is_adjunct_opener(t);
        let obj = if object || preposition {
            cues::verb_object_len(text, w, i, lexicon)
        } else {
            0
        };
        if obj > 0 {
            // "told reporters": the person spoken to is given.
            i += obj;
            took_object = true;
        } else if class.is_time_word()
            && !preposition
            && t != "that"
            // "told us last year's aid …": a time in the possessive is
            // the subject's.
            && strip_possessive(t).is_none()
            // "said previous rounds had failed", "said this plan …": a
            // word that stands before a time names none without one; its
            // noun opens the clause.
            && (!class.is_time_determiner(t)
                || w.get(i + 1).is_some_and(|x| lexicon.class(x.text(text)).is_time_word()))
            && w.get(i + 1).is_none_or(|x| {
                // Not a pronoun's contraction: "said Monday he's leaving".
                strip_possessive(x.text(text)).is_none_or(|stem| lexicon.pronoun(stem).is_some())
            })
            // "says every week brings new problems": the time is the
            // clause's subject.
            && !time_as_subject(text, w, i, class, lexicon)
            // A reflexive, an adverb before the verb ("Ruiz herself
            // said"), is the object of a verb that names it or says what
            // it is: "calls himself a friend", "described herself as …"
            // say what was said of whom ("found himself in …" does not).
            // A negation after the verb is the content's own ("pleaded not
            // guilty"); one before an infinitive is passed over as before,
            // for the directive checks to read ("asked not to be named").
            || class.is_speech_adverb()
                && !(class.is_negation(t) && w.get(i + 1).is_none_or(|x| x.text(text) != "to"))
                && !(class.pronoun().is_some()
                    && (lemma.is_some_and(|l| l.naming)
                        || w.get(i + 1).is_some_and(|x| x.text(text) == "as")))
        {
            // "told reporters Monday", "said last week", "said also".
            i += 1;
        } else if let Some(n) = ago_phrase_len(text, w, i, lexicon) {
            // "posted a few minutes ago", "said two days ago the …": a
            // time counted back is when it was said.
            i += n;
        } else if class.is_time_preposition(t)
            && w.get(i + 1).is_some_and(|x| {
                let n = x.text(text);
                is_plain_time_word(n, lexicon.class(n))
                    && gap(text, w[i].span.end, x.span.start).is_empty()
            })
        {
            // "said on Friday he …", "said in May the …": a time after a
            // preposition.
            i += 2;
        } else if object && !took_object && lemma.is_some_and(|l| l.has_particle(t)) {
            // "warned against the plan": the particle is the cue's, and
            // no one spoken to comes before it.
            return Some(i);
        } else if object && !took_object {
            // "told me …", "told him …": any pronoun can be spoken to.
            took_object = true;
            if class.pronoun().is_some_and(|p| !p.possessive) {
                i += 1;
                continue;
            }
            // "promised to fight on", "promised Monday to fight on": an
            // infinitive in the object's place has no one spoken to.
            if t == "to" && infinitive_after(text, w, &w[i], lexicon) {
                return Some(i);
            }
            // "have told how they were left …", "told why she quit": a
            // question word in the object's place tells the story itself,
            // to no one named. Not "whether" or "if" ("too early to tell
            // whether …" judges, it tells nothing), nor "which", as often
            // a relative.
            if class.is_question_word(t) && !matches!(t, "whether" | "if" | "which") {
                return Some(i);
            }
            let Some(m) = mention_after(text, w, i, lexicon) else {
                return unnamed_object(text, w, i, lexicon);
            };
            i = w.partition_point(|x| x.span.start < m.span.end);
            // "told Harbour Radio's weekly show it …": what the name in the
            // possessive has is who was spoken to. The mention may leave
            // the ending out, its last word never.
            if i > 0
                && strip_possessive(w[i - 1].text(text)).is_some()
                && let Some(j) = possessed_object(text, w, i, lexicon)
            {
                i = j;
            }
        } else if took_object && object_rest_and_time(text, w, i, lexicon) {
            // "told a council panel Wednesday.": the rest of the person
            // spoken to and a time, with the sentence ending there, say
            // nothing.
            return None;
        } else {
            return Some(i);
        }
    }
    None
}

/// Whether the time at `w[i]`, of class `class`, a determiner and its
/// time noun, is the subject of the content rather than when it was said:
/// a finite verb follows it directly ("says every week brings new
/// problems", "said last week was hard"). An auxiliary or an irregular
/// past is a verb for certain; a word in -s or -ed is one with no verb and
/// no preposition right after it: in "said last week prices rose" and
/// "said this week talks with Iran …" the subject follows the time. A
/// time word alone is left an adjunct: after a participle ("the merger
/// announced Monday would …") it stands before the sentence's own verb.
fn time_as_subject(text: &str, w: &[Word], i: usize, class: WordClass, lexicon: &Lexicon) -> bool {
    if !class.is_time_determiner(w[i].text(text)) {
        return false;
    }
    let v = i + 2;
    let Some(verb) = w.get(v) else {
        return false;
    };
    if !gap(text, w[v - 1].span.end, verb.span.start).is_empty() {
        return false;
    }
    let t = verb.text(text);
    if lexicon.is_auxiliary(t) || lexicon.is_irregular_past(t) {
        return true;
    }
    is_finite_like(t, lexicon)
        && w.get(v + 1).is_some_and(|x| {
            let n = x.text(text);
            gap(text, verb.span.end, x.span.start).is_empty()
                && !is_finite_like(n, lexicon)
                && !lexicon.class(n).is_preposition()
        })
}

/// The words of a time counted back from `w[i]` up to and with "ago" ("a
/// few minutes ago", "two days ago", "10 years ago"): an amount (numbers,
/// determiners, quantifiers) and a time word right before "ago", with no
/// mark between them. Any other word makes it a clause ("the mill 10 years
/// ago employed 400", "he left years ago").
fn ago_phrase_len(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> Option<usize> {
    let end = w.len().min(i + AGO_REACH + 1);
    let k = (i + 1..end).find(|&k| w[k].text(text) == "ago")?;
    let amount = w[i..k - 1].iter().all(|x| {
        let t = x.text(text);
        let class = lexicon.class(t);
        t.bytes().all(|b| b.is_ascii_digit())
            || class.is_number_word()
            || class.is_determiner()
            || class.is_quantifier()
    });
    let unit = w[k - 1].text(text);
    let counted = amount
        && unit.bytes().all(|b| b.is_ascii_lowercase())
        && lexicon.class(unit).is_time_word()
        && joined(text, &w[i..=k]);
    counted.then_some(k + 1 - i)
}

/// True when the words from `w[i]` are one plain noun in lower case and a
/// bare time word that ends the sentence ("panel Wednesday.").
fn object_rest_and_time(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    let (Some(noun), Some(time)) = (w.get(i), w.get(i + 1)) else {
        return false;
    };
    let n = noun.text(text);
    let t = time.text(text);
    let after = w.get(i + 2).map_or(&text[time.span.end..], |x| {
        &text[time.span.end..x.span.start]
    });
    n.chars().all(|c| c.is_ascii_lowercase())
        && !lexicon.is_function_word(n)
        && lexicon.verb_lemma(n).is_none()
        && gap(text, noun.span.end, time.span.start).is_empty()
        && is_plain_time_word(t, lexicon.class(t))
        && after.trim_start().starts_with(['.', '!', '?'])
}

/// The most plain words of a person spoken to that no mention rule reads
/// ("audiences", "the crowds").
const OBJECT_WORDS: usize = 2;

/// Where the content starts after a person spoken to that no mention rule
/// reads, a few plain words: "tells audiences she will …". Only a
/// subject pronoun right after them shows that a clause starts there.
fn unnamed_object(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> Option<usize> {
    let start = i + usize::from(
        w.get(i)
            .is_some_and(|x| is_determiner(x.text(text), lexicon)),
    );
    subject_after_plain_words(text, w, i, start, OBJECT_WORDS, lexicon)
}

/// The most words of what an owner in the possessive has ("the
/// paper's weekly video series").
const POSSESSED_WORDS: usize = 4;

/// Where the content starts after the words an owner in the possessive
/// has, when they are the person spoken to ("told Harbour Radio's weekly
/// phone show it is clear …"): a few plain words, then a subject pronoun
/// that shows a clause starts there. `start` is the word after the owner.
fn possessed_object(text: &str, w: &[Word], start: usize, lexicon: &Lexicon) -> Option<usize> {
    subject_after_plain_words(text, w, start, start, POSSESSED_WORDS, lexicon)
}

/// The subject pronoun that opens a clause after one to `most` plain
/// words from word `start`, with no mark between it, them and word
/// `from` before them: where the object they make ends and the content
/// starts.
fn subject_after_plain_words(
    text: &str,
    w: &[Word],
    from: usize,
    start: usize,
    most: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let n = w[start..]
        .iter()
        .take(most)
        .take_while(|x| plain_word(x.text(text), lexicon))
        .count();
    let next = w.get(start + n).filter(|_| n > 0)?;
    let t = next.text(text);
    (joined(text, &w[from..=start + n]) && is_subject_pronoun(t, lexicon.class(t)))
        .then_some(start + n)
}

/// True for a lower-case word that is no function word, verb or pronoun:
/// one that can only be part of a noun phrase here.
fn plain_word(t: &str, lexicon: &Lexicon) -> bool {
    t.chars().all(|c| c.is_ascii_lowercase())
        && !lexicon.is_function_word(t)
        && lexicon.verb_lemma(t).is_none()
        && lexicon.pronoun(t).is_none()
}

/// True when only spaces stand between the words `w`: no comma or other
/// mark that would end a noun phrase.
fn joined(text: &str, w: &[Word]) -> bool {
    w.windows(2)
        .all(|p| gap(text, p[0].span.end, p[1].span.start).is_empty())
}

/// The content up to a comment on it or to an "and" or "but" that starts
/// a new predicate:
/// another speech verb ("claimed vast wealth and said it …") or a new
/// subject and its verb ("mishandled it and Democrats accused …"). Only the
/// first WORD_REACH bytes are looked at, so the cost per cue stays bounded.
fn cut_at_new_predicate(
    cx: &Context<'_>,
    content: Span,
    cache: &mut WordCache<'_>,
    w: &mut Vec<Word>,
) -> Span {
    let (text, lexicon) = (cx.text, cx.lexicon);
    let end = floor_char(text, content.end.min(content.start + WORD_REACH * 2));
    w.clear();
    cache.read(Span::new(content.start, end), usize::MAX, w);
    let w: &[Word] = w;
    let new_predicate = |i: usize| {
        let Some(next) = w.get(i + 1) else {
            return false;
        };
        let t = next.text(text);
        if joins_subjects(text, w, i, t, lexicon) {
            return false;
        }
        // "said she would be raising the case and demanding a review": a
        // form in -ing after "and", in a content whose verb is one ("be
        // raising"), is the second half of that verb, not the speaker's
        // next act.
        if is_gerund(t)
            && w[..i].windows(2).any(|p| {
                // Of "be": "had" before a form in -ing is its own verb
                // ("the problems he had answering").
                let a = p[0].text(text);
                lexicon.is_auxiliary(a) && !lexicon.class(a).is_have() && is_gerund(p[1].text(text))
            })
        {
            return false;
        }
        // "said he had reviewed the data and found no evidence": a verb as
        // often of action goes on with what was said unless a clause of
        // its own follows it ("… and found that …") or the particle of a
        // plea makes it the speaker's next act ("… and appealed for
        // witnesses"). Any other preposition goes on with the content
        // ("… and continued for six weeks").
        let class = lexicon.class(t);
        if lexicon.lemma_of(class).is_some_and(|l| {
            !(l.action
                && w.get(i + 2).is_some_and(|x| {
                    let x = x.text(text);
                    x != "that" && !l.pleads_through(x)
                }))
        }) && !is_capitalized(t)
        {
            return true;
        }
        // "said he would pray for the nominee but did not …": a verb of
        // the speaker's own after "but". After "and" it is as often the
        // content's ("he is tough and has what it takes").
        // A modal the report shifted back goes on with what was said, as
        // after "and" ("said he was rooting for Ruiz but would now root
        // for Berg"); not into a quotation soon after it ("but would not
        // “negotiate …”"), direct speech of its own.
        let goes_on = || {
            class.is_backshifted()
                && !w[i + 1..w.len().min(i + 1 + COORDINATE_SUBJECT)]
                    .iter()
                    .any(|x| cx.in_quotation(x.span.start))
        };
        // A past form that is no speech verb, right after "but" with no
        // comma, goes on with a content that is a clause of its own ("said
        // he supported the line but wanted a guarantee"): the speaker's
        // next act after "but" is one of speech, read above, or a verb of
        // the speaker's own with an auxiliary ("but did not …").
        let finite = |x: &Word| is_finite_like(x.text(text), lexicon);
        let own_past = || {
            gap(text, w[i - 1].span.end, w[i].span.start).is_empty() && w[..i].iter().any(finite)
        };
        if w[i].text(text) == "but"
            && !is_capitalized(t)
            && (lexicon.is_auxiliary(t) || t.len() > 3 && t.ends_with("ed") && !own_past())
            && !goes_on()
            && !past_perfect_after(text, w, i + 1, lexicon)
        {
            return true;
        }
        // A new subject and verb, after a clause that had its own verb: not
        // "Ankara and Damascus will meet".
        // ", and has since …", ", and the market did …": after a comma, a
        // finite verb within a subject's reach of "and" starts a clause of
        // the writer's own. After "but" only the speaker's own next act
        // does (", but has not …", ", but he did …"): "…, but the sides
        // could not agree" is as often the speaker's own contrast. Not
        // "…, and that …", which goes on with what was said, nor a first
        // or second person ("…, but you didn't …") or a comma inside
        // quoted words: the speaker's voice. Nor a modal or past of "be"
        // the report shifted back (", but would believe it when …", ",
        // and was employed by …"): it goes on with what was said, as
        // without the comma.
        let reach = if w[i].text(text) == "and" {
            COORDINATE_SUBJECT
        } else {
            // The speaker's act after "but": a subject pronoun or "there",
            // and an adverb, may stand before its verb (", but still did
            // nothing", ", but there is …").
            let pronoun = |x: &Word| {
                let p = x.text(text);
                p == "there" || is_subject_pronoun(p, lexicon.class(p))
            };
            let adverb = |x: &Word| {
                let a = x.text(text);
                let class = lexicon.class(a);
                is_ly_adverb(a) || class.is_time_word() || class.is_speech_adverb()
            };
            let k = i + 1 + usize::from(w.get(i + 1).is_some_and(pronoun));
            k + 1 + usize::from(w.get(k).is_some_and(adverb)) - (i + 1)
        };
        // Nor a preposition after ", and", a second adjunct of the same
        // clause (", and to the higher areas by Saturday"), when no
        // subject pronoun, auxiliary or past follows within reach (", and
        // to date has …" opens a clause).
        let adjunct = || {
            w[i].text(text) == "and"
                && class.is_preposition()
                && !cx.in_quotation(w[i + 1].span.start)
                && !w[i + 2..w.len().min(i + 2 + reach)].iter().any(|x| {
                    let v = x.text(text);
                    lexicon.is_auxiliary(v)
                        || lexicon.is_irregular_past(v)
                        || is_subject_pronoun(v, lexicon.class(v))
                        || looks_regular_past(v)
                })
        };
        if gap(text, w[i - 1].span.end, w[i].span.start) == ","
            && t != "that"
            && !adjunct()
            && !goes_on()
            && !lexicon
                .pronoun(t)
                .is_some_and(|p| !p.speaker && !p.possessive)
            && !cx.in_quotation(w[i].span.start)
            && w[..i].iter().any(finite)
            && !plural_before_verb(text, w, i + 1, lexicon)
            && w[i + 1..w.len().min(i + 1 + reach)]
                .iter()
                .enumerate()
                .any(|(k, x)| finite(x) && (k == 0 || !is_determiner(w[i + k].text(text), lexicon)))
        {
            return true;
        }
        // "mentioned the plan and seemed to blame …", "declined to comment
        // and was escorted out": a content with no verb of its own, a noun
        // phrase or an infinitive, has nothing for a verb after "and" to
        // go on with; that verb is the speaker's next act. Only a verb for
        // certain: an auxiliary, or a past form that a function word
        // follows ("and took the …", "and seemed to …"); a past form before
        // a noun is as often an adjective in a subject of two nouns ("said
        // the wind and unsettled seas could last …").
        let own_act = || {
            !is_capitalized(t)
                && (lexicon.is_auxiliary(t)
                    || is_verb_for_certain(t, lexicon)
                        && w.get(i + 2).is_some_and(|x| {
                            gap(text, next.span.end, x.span.start).is_empty()
                                && lexicon.is_function_word(x.text(text))
                        }))
        };
        // A single word before "and" tells too little of what it is: it
        // may be the end of a clause misread.
        if i >= MIN_CONTENT
            && gap(text, w[i - 1].span.end, w[i].span.start).is_empty()
            && !w[..i].iter().any(finite)
            && own_act()
        {
            return true;
        }
        // The clause before needs a verb for certain here, an auxiliary or
        // a past form: a word in -s is as often a plural ("comments from
        // Rice and Petraeus were …").
        let verb = |x: &Word| {
            let v = x.text(text);
            lexicon.is_auxiliary(v) || looks_regular_past(v)
        };
        let subject = lexicon.pronoun(t).is_some_and(|p| p.speaker) || is_capitalized(t);
        // "… with Ruiz and that both he and Ruiz were …": a clause after
        // "and that" starts afresh; the verb before must be its own.
        let clause = w[..i]
            .windows(2)
            .rposition(|p| p[0].text(text) == "and" && p[1].text(text) == "that")
            .map_or(0, |k| k + 2);
        w[clause..i].iter().any(verb)
            && (subject
                && w.get(i + 2).is_some_and(|v| {
                    lexicon.verb_lemma(v.text(text)).is_some() || lexicon.is_auxiliary(v.text(text))
                })
                || another_report(text, w, i, t, class, lexicon))
    };
    // "…, which …", "…, highlighting …": after a clause with its own verb,
    // a comma before a word that opens a comment starts the writer's
    // comment on what was said. Not after an opening adjunct: its comma
    // ends the adjunct ("that if the cranes fail, the port closes").
    let adjunct = std::cell::OnceCell::new();
    let comment = |i: usize| {
        // Few words have a comma before them: the byte is looked for
        // before the gap is trimmed, and the opening adjunct asked about
        // only then.
        text.as_bytes()[w[i - 1].span.end..w[i].span.start].contains(&b',')
            && gap(text, w[i - 1].span.end, w[i].span.start) == ","
            && i >= MIN_CLAUSE_WORDS
            && !*adjunct.get_or_init(|| {
                // "that if …", or after a focus word, "that even if …".
                let lead = usize::from(
                    w.first()
                        .is_some_and(|x| lexicon.class(x.text(text)).is_clause_lead_in()),
                );
                w.get(lead)
                    .is_some_and(|x| lexicon.class(x.text(text)).is_subordinator())
            })
            && w[..i].iter().any(|x| is_finite_like(x.text(text), lexicon))
            && opens_comment(text, w, i, lexicon)
            && !apposition_inside(text, w, i, lexicon)
            && !describes_last_noun(text, w, i, content, lexicon)
            && !relative_inside_subject(text, w, i, lexicon)
    };
    // "predicted that rich economies - which include Japan and Canada -
    // will grow": a clause inside a pair of dashes is an aside the content
    // goes on after, so nothing in it ends the content. Only a short one:
    // an aside longer than the words around it is as often the writer's
    // (who first made the point, who disputes it), left out of what was
    // said, and the content it would carry would be mostly the writer's.
    // Asked only of a word that would end the content.
    let in_aside = |i: usize| {
        let s = &text[content.start..end];
        let at = w[i].span.start - content.start;
        let mut from = 0;
        while let Some((open, len)) = first_dash(s, from).filter(|&(k, _)| k < at) {
            match first_dash(s, open + len) {
                Some((close, _)) if close >= at => {
                    return 2 * (close - open) < s.len();
                }
                Some((close, len)) => from = close + len,
                None => return false,
            }
        }
        false
    };
    match (1..w.len())
        .find(|&i| (is_and_or_but(text, &w[i]) && new_predicate(i) || comment(i)) && !in_aside(i))
    {
        Some(i) => Span::new(content.start, w[i].span.start),
        None => content,
    }
}

/// True when `w[k]` is a plural noun that a verb follows right after
/// (", but tokens issued before May did not …", ", but rates were …"): a
/// lower-case word in -s that is no auxiliary nor speech verb, then a past
/// or an auxiliary. It is the subject of a clause going on with what was
/// said, not the speaker's next act in -s (", but insists …").
fn plural_before_verb(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    let t = w[k].text(text);
    ends_as_plural(t)
        && !is_capitalized(t)
        && !lexicon.is_auxiliary(t)
        && lexicon.verb_lemma(t).is_none()
        && w.get(k + 1).is_some_and(|n| {
            let v = n.text(text);
            gap(text, w[k].span.end, n.span.start).is_empty()
                && (lexicon.is_auxiliary(v) || past_of_no_speech(v, lexicon))
        })
}

/// True when "had" at `w[k]` and the past participle after it make a past
/// perfect that is no verb of speech ("… but had lost weight", "… but had
/// been moved"): the tense a report shifts a past to, which goes on with
/// what was said after "but" as a shifted modal does. A speech verb there
/// ("… but had declined to say") is the speaker's own act.
fn past_perfect_after(text: &str, w: &[Word], k: usize, lexicon: &Lexicon) -> bool {
    w[k].text(text) == PAST_OF_HAVE
        && w.get(k + 1).is_some_and(|x| {
            let p = x.text(text);
            p == PARTICIPLE_OF_BE || past_of_no_speech(p, lexicon)
        })
}

/// True when `word` is a past tense or participle of a verb that is no
/// verb of speech: an irregular one ("lost", irregular_pasts.txt holds no
/// speech verb's) or a regular form in -ed of a verb not among the cues
/// ("moved", not "declined").
fn past_of_no_speech(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.is_irregular_past(word)
        || looks_regular_past(word) && lexicon.verb_lemma(word).is_none()
}

/// The past of "have", the auxiliary of a past perfect ("had lost").
const PAST_OF_HAVE: &str = "had";

/// The participle of "be", which no past-form test catches ("had been
/// moved").
const PARTICIPLE_OF_BE: &str = "been";

/// The most words of a noun phrase set in commas inside a content.
const APPOSITION_WORDS: usize = 6;

/// True when the determiner at `w[i]`, after a comma, opens a noun phrase
/// that a second comma closes within APPOSITION_WORDS words, a preposition
/// going on after it, and restates an amount ("said he had paid £400, a
/// month's wages, to the agency"): an apposition inside the clause, which
/// goes on past it, not the writer's comment closing it. No verb, relative
/// or second determiner stands in the phrase ("…, a move that …", "…, the
/// plan, the map, …"). After a thing that is no amount, the noun phrase is
/// the writer's comment and the phrase after it an adjunct of the whole
/// ("…had lost its bank, a blow, in the view of residents").
fn apposition_inside(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    if !is_determiner(w[i].text(text), lexicon) || !amount_before(text, w, i, lexicon) {
        return false;
    }
    let Some(close) = (i + 1..w.len().min(i + 1 + APPOSITION_WORDS))
        .find(|&k| gap(text, w[k - 1].span.end, w[k].span.start) == ",")
    else {
        return false;
    };
    let after = w[close].text(text);
    let class = lexicon.class(after);
    class.is_preposition()
        && !class.is_subordinator()
        && w[i + 1..close].iter().all(|x| {
            let v = x.text(text);
            !lexicon.is_auxiliary(v)
                && !lexicon.is_relative_pronoun(v)
                && !is_determiner(v, lexicon)
                && !is_finite_like(v, lexicon)
        })
        && (i + 2..close).all(|k| gap(text, w[k - 1].span.end, w[k].span.start).is_empty())
}

/// The most words of an amount's unit after its number ("400 pounds", "2
/// million dollars").
const AMOUNT_UNIT_WORDS: usize = 2;

/// True when a number stands among the AMOUNT_UNIT_WORDS + 1 words right
/// before `w[i]`, with no break between them: an amount ("£400", "400
/// pounds") ends there.
fn amount_before(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    (i.saturating_sub(AMOUNT_UNIT_WORDS + 1)..i)
        .rev()
        .take_while(|&k| {
            k + 1 == i
                || gap(text, w[k].span.end, w[k + 1].span.start)
                    .trim()
                    .is_empty()
        })
        .any(|k| {
            let t = w[k].text(text);
            is_number(t, lexicon.class(t))
        })
}

/// True when the comment opened at `w[i]` describes the content's last
/// noun and runs to the content's end, shorter than the clause before it:
/// an apposition that is a noun phrase alone ("…, a record for the
/// event") or a relative with "which" for its subject that tells what the
/// noun is or does ("…, which sends alerts by text"). Such a tail is as
/// often the speaker's as the writer's; kept short, the clause it hangs
/// on stays most of the content either way, when it has no comma of its
/// own. Not the writer's remark with a clause of its own ("…, a date the
/// union doubts", "…, a figure he disputes"), nor a relative
/// telling what the news set off ("…, which surprised the dockers"), nor
/// one that reports ("…, which he said …"), nor one with a break of its
/// own in it.
fn describes_last_noun(text: &str, w: &[Word], i: usize, content: Span, lexicon: &Lexicon) -> bool {
    let start = w[i].span.start;
    let tail = text[start..content.end].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '!' | '?') || CLOSING_QUOTES.contains(&c)
    });
    let end = start + tail.len();
    let t = w[i].text(text);
    let rest = &w[i + 1..];
    let read = rest.partition_point(|x| x.span.start < end);
    let rest = &rest[..read];
    // "which sends …", "which would …": "which" the subject of a present
    // or a modal; a past of an event ("which surprised …") is the news's
    // effect.
    let subject_which = || {
        rest.first().is_some_and(|n| {
            let n = n.text(text);
            lexicon.is_auxiliary(n)
                || is_finite_like(n, lexicon)
                    && lexicon.pronoun(n).is_none()
                    && !looks_regular_past(n)
                    && !lexicon.is_irregular_past(n)
        })
    };
    // A noun phrase alone: no auxiliary or relative in it, no determiner
    // opening a second noun phrase but after a preposition ("the longest
    // in its class"; not "a sum the firm lacked"), and no subject of a
    // relative without "that", a pronoun or a name before a verb ("a
    // figure he disputes", "a plan Ruiz backs").
    let subject_at = |k: usize| {
        let v = rest[k].text(text);
        (lexicon.pronoun(v).is_some_and(|p| p.speaker) || is_capitalized(v))
            && rest
                .get(k + 1)
                .is_some_and(|n| is_finite_like(n.text(text), lexicon))
    };
    let apposition = || {
        is_determiner(t, lexicon)
            && rest.iter().enumerate().all(|(k, x)| {
                let v = x.text(text);
                let after = if k == 0 { t } else { rest[k - 1].text(text) };
                !lexicon.is_auxiliary(v)
                    && !lexicon.is_relative_pronoun(v)
                    && (!is_determiner(v, lexicon) || lexicon.class(after).is_preposition())
                    && !subject_at(k)
            })
    };
    // The clause before is one stretch, with no comma but a number's
    // ("…, as has Ruiz, the mayor" hangs on an aside, not the content).
    let head = Span::new(content.start, w[i - 1].span.end);
    let one_stretch = || {
        text[head.start..head.end]
            .match_indices(',')
            .all(|(k, _)| in_number(text, head.start + k))
    };
    letters(tail) < letters(&text[content.start..start])
        && one_stretch()
        && w.last().is_some_and(|l| l.span.end >= end)
        && !tail.contains([',', ';', ':', '—', '–', '('])
        && !tail.contains(DOUBLE_QUOTES)
        && (t == "which" && subject_which() && !verdict(text, rest, lexicon) || apposition())
        && !rest.iter().any(|x| lexicon.is_reporting(x.text(text)))
}

/// True when the "which" at `w[i]` opens a relative clause set in commas
/// inside the subject of a clause the content goes on with: the first
/// comma after it stands before an auxiliary, the clause's own verb ("said
/// he feared the track, which had turned heavy overnight, would tire the
/// mare"). A comment on what was said runs to the content's end instead.
fn relative_inside_subject(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    w[i].text(text) == "which"
        && (i + 2..w.len().min(i + 2 + ASIDE_REACH))
            .find(|&k| gap(text, w[k - 1].span.end, w[k].span.start) == ",")
            .is_some_and(|k| lexicon.is_auxiliary(w[k].text(text)))
}

/// True when `rest`, the words after a "which" that closes a content, are
/// an auxiliary and a few words ending in a verdict on what was said
/// ("may well be true", "is accurate"): the writer's judgement, which
/// describes no noun of the content.
fn verdict(text: &str, rest: &[Word], lexicon: &Lexicon) -> bool {
    rest.len() <= MAX_VERDICT_WORDS
        && rest
            .first()
            .is_some_and(|x| lexicon.is_auxiliary(x.text(text)))
        && rest
            .last()
            .is_some_and(|x| lexicon.is_verdict_word(x.text(text)))
}

/// True when the words from the verb `w[vi]` to the "that" at `w[t]` are
/// a comma and a noun phrase opened by a determiner, with no break in it
/// (`said, a line that …`): an apposition describing what was said, whose
/// "that" opens its relative clause, not the clause said.
fn described_after_comma(text: &str, w: &[Word], vi: usize, t: usize, lexicon: &Lexicon) -> bool {
    t > vi + 2
        && gap(text, w[vi].span.end, w[vi + 1].span.start) == ","
        && is_determiner(w[vi + 1].text(text), lexicon)
        && (vi + 2..=t).all(|k| gap(text, w[k - 1].span.end, w[k].span.start).is_empty())
}

/// How many letters and digits `s` holds: the measure of a content's
/// length that leaves out its spaces and punctuation.
fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

/// True when the words after the "and" at `w[i]`, the first `next` of
/// class `class`, are a subject of any words with a speech verb of its
/// own, within COORDINATE_SUBJECT words: "… and one in four said …", "…
/// and others have said …" are another report.
fn another_report(
    text: &str,
    w: &[Word],
    i: usize,
    next: &str,
    class: WordClass,
    lexicon: &Lexicon,
) -> bool {
    // "… and would appeal": a modal the report shifted back goes on
    // with what was said; it is no subject of another report. So
    // does "had", the past a report shifts "has" to ("… was
    // preparing for it and had added two beds"); "and has …" may
    // be the speaker's next act.
    if class.is_backshifted() || class.is_have() && next == "had" {
        return false;
    }
    // "… from the Union and from neighbouring states": a
    // preposition after "and" opens a second adjunct of the same
    // clause, no subject; a plural in it ("states") is no verb.
    if class.is_preposition() {
        return false;
    }
    let mut k = i + 2;
    while k < w.len().min(i + 2 + COORDINATE_SUBJECT) {
        let v = w[k].text(text);
        if lexicon.verb_lemma(v).is_some() && !is_capitalized(v) {
            // A finite form, not after a determiner or a
            // possessive: "his comment was", "the leadership's
            // repeated refusal" are nouns and adjectives.
            let prev = w[k - 1].text(text);
            return next != "that"
                && (is_finite_like(v, lexicon) || lexicon.is_auxiliary(prev))
                && !plural_after_bare_modifiers(text, &w[i + 1..k], v, lexicon)
                && !is_determiner(prev, lexicon)
                && strip_possessive(prev).is_none();
        }
        if lexicon.is_function_word(v)
            && !lexicon.is_auxiliary(v)
            && !is_number(v, lexicon.class(v))
        {
            return false;
        }
        k += 1;
    }
    false
}

/// True when `v`, a form in -s after "and" and the words `before`, is a
/// plural noun, not a verb: "… server logs and internal messages related
/// to …". A singular subject of a verb in -s needs a determiner, a
/// possessive, a number, a pronoun or a name ("and the judge notes", "and
/// Lum claims"); lower-case words without any are modifiers of a plural.
fn plural_after_bare_modifiers(text: &str, before: &[Word], v: &str, lexicon: &Lexicon) -> bool {
    ends_as_plural(v)
        && before.iter().all(|x| {
            let t = x.text(text);
            let class = lexicon.class(t);
            !is_capitalized(t)
                && !class.is_function_word()
                && class.pronoun().is_none()
                && !is_number(t, class)
                && strip_possessive(t).is_none()
        })
}

/// True for a gap of a comma and a quotation's closing marks after it:
/// American style sets the comma inside the quotation, and it parts what
/// was said from what follows as a bare comma does (`called Ortiz "a
/// disgrace," linking to …` ends at the mark).
fn comma_in_closing_marks(gap: &str) -> bool {
    gap.strip_prefix(',')
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| CLOSING_QUOTES.contains(&c)))
}

/// True when `w[i]`, after a comma that follows a clause with its own
/// verb, opens the writer's comment on what was said: a relative ("…,
/// which …"; a "who" only after a name, which the writer describes:
/// "… Berg, who has …"), a participle ("…, highlighting …"), an
/// apposition ("…, a recommendation …") or a figure set against it
/// ("…, compared with 11 percent …").
fn opens_comment(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    let t = w[i].text(text);
    t == "which"
        || t == "compared"
            && w
                .get(i + 1)
                .is_some_and(|n| matches!(n.text(text), "with" | "to"))
        || t == "who" && is_capitalized(w[i - 1].text(text))
        // Not an item of a list that an "and" soon closes ("lost a
        // freezer, a washing machine and …").
        || is_determiner(t, lexicon) && !list_goes_on(text, w, i, lexicon)
        || t.len() > 5
            && t.ends_with("ing")
            && !is_capitalized(t)
            // "…, including in the United States": a list goes on with
            // what was said.
            && t != "including"
            // "…, starting with the oldest streets": a participle with
            // "with" after it tells where the plan said starts or what it
            // works with, and goes on with it; not a verb of speech's
            // ("…, adding with a smile").
            && !(w.get(i + 1).is_some_and(|n| n.text(text) == "with")
                && lexicon.verb_lemma(t).is_none())
}

/// True when the "and" at `w[i]`, before the word `next`, joins two parts
/// of a clause's subject after a subordinator: "would resume once the
/// council and the residents agreed". Between the subordinator, within
/// COORDINATE_SUBJECT words before, and the "and" stands a short noun
/// phrase (no verb, preposition, number, pronoun or comma in it), and no
/// subject pronoun follows: the clause goes on with what was said.
fn joins_subjects(text: &str, w: &[Word], i: usize, next: &str, lexicon: &Lexicon) -> bool {
    w[i].text(text) == "and"
        && lexicon.class(next).pronoun().is_none_or(|p| p.possessive)
        && (i.saturating_sub(COORDINATE_SUBJECT + 1)..i.saturating_sub(1)).any(|k| {
            let s = w[k].text(text);
            let class = lexicon.class(s);
            // Not one that is as often a preposition ("after the vote and
            // the markets fell").
            class.is_subordinator()
                && !class.is_preposition()
                && !is_capitalized(s)
                && w[k + 1..i].iter().all(|x| {
                    let v = x.text(text);
                    let class = lexicon.class(v);
                    !is_finite_like(v, lexicon)
                        && !class.is_preposition()
                        && !is_gerund(v)
                        && !is_number(v, class)
                        && class.pronoun().is_none_or(|p| p.possessive)
                        && !class.is_subordinator()
                })
                && joined(text, &w[k..=i])
        })
}

/// Whether the words of `between`, after a report stops and before quoted
/// words its cue also reports, go on with the reported clause (`pledged to
/// cut taxes, fix the "broken" system`). Not when they hold another speech
/// verb (`which an inquiry said was "careless"`), a participle set off by a
/// comma or dash (`sent his regards, addressing her as "Ana"`), a second
/// predicate after "and" (`called it "weak" and ranked it …`), or a new
/// clause's subject pronoun right after a comma.
pub(crate) fn same_clause(text: &str, between: Span, lexicon: &Lexicon) -> bool {
    let mut last = between.start;
    let mut after_and = false;
    for w in words(text, between) {
        let word = w.text(text);
        let lead = &text[last..w.span.start];
        last = w.span.end;
        // A spaced hyphen stands for a dash here too ("regards - adding").
        let dash = lead.trim();
        let set_off = lead.contains(',') || is_dash(dash) || dash == "-";
        let second_predicate = after_and && looks_regular_past(word);
        if cues::is_verb(text, &w, lexicon)
            || set_off && is_gerund(word)
            || second_predicate
            || lead.contains(',') && new_subject(text, &w, lexicon)
        {
            return false;
        }
        after_and = word == "and";
    }
    true
}

/// Whether `w`, after a comma, opens a new clause with its subject: a
/// subject pronoun (`, it's barred`) or a name before a past verb
/// (`, Ruiz fired back`).
fn new_subject(text: &str, w: &Word, lexicon: &Lexicon) -> bool {
    let word = w.text(text);
    let stem = strip_contraction(word).unwrap_or(word);
    if is_subject_pronoun(stem, lexicon.class(stem)) {
        return true;
    }
    let next = text[w.span.end..].trim_start();
    let next = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    is_capitalized(word) && looks_regular_past(next)
}

/// How far the words after quoted words a report runs through may go on
/// with its clause, in bytes: a few words (`"crumbling" tram depots and
/// hire inspectors`), as a report may stop a few words short of them
/// (`pipeline::REPORT_GAP`).
const TAIL: usize = 120;

/// The marks that end a clause, and so quoted words that close on one
/// (`“a con,” and …`) or the words that run on after them.
pub(crate) const CLAUSE_ENDS: [char; 6] = ['.', ',', ';', ':', '?', '!'];

/// The marks other than quotation marks that end the words after quoted
/// words: those that end a clause ([`CLAUSE_ENDS`]), a dash, and a
/// parenthesis or a bracket.
const TAIL_STOPS: [char; 11] = {
    let [a, b, c, d, e, f] = CLAUSE_ENDS;
    [a, b, c, d, e, f, '—', '–', '(', ')', '[']
};

/// How far words after quoted words run on within `rest` (`"crumbling"
/// tram depots and hire inspectors.`): to the first mark that ends a
/// clause or opens another quotation, if the words up to it go on with
/// the same clause ([`same_clause`]) and it comes within a few words;
/// `rest.start` when no such words follow.
pub(crate) fn clause_tail(text: &str, rest: Span, lexicon: &Lexicon) -> usize {
    if rest.end <= rest.start {
        return rest.start;
    }
    let after = &text[rest.start..rest.end.min(floor_char(text, rest.start + TAIL))];
    let goes_on = after.strip_prefix(' ').and_then(|t| t.chars().next());
    if !goes_on.is_some_and(char::is_lowercase) {
        return rest.start;
    }
    // Any quotation mark but a single one that is as often an apostrophe
    // ("the port’s docks"); the caller stops short of quotations such
    // marks pair into.
    // Not the point or comma of a number ("in building 1.5 million
    // homes").
    let stop = after
        .char_indices()
        .find(|&(k, c)| {
            TAIL_STOPS.contains(&c) && !in_number(text, rest.start + k)
                || QUOTING_NOT_APOSTROPHE.contains(&c)
        })
        .map(|(k, _)| k);
    let Some(stop) = stop.filter(|&k| first_dash(&after[..k], 0).is_none()) else {
        return rest.start;
    };
    let tail = Span::new(rest.start, rest.start + stop);
    if same_clause(text, tail, lexicon) {
        tail.start + after[..stop].trim_end().len()
    } else {
        rest.start
    }
}

/// True for a lower-case word in -ing longer than "sing", as a participle
/// is ("raising"); not "King".
fn is_gerund(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing") && !is_capitalized(word)
}

/// True when the words counted from the number at `w[i]` have no verb of
/// their own: what was added, not a clause ("added 20 people were hurt").
/// A word in -s there is the plural counted ("added 19 useful runs"); a
/// verb past a comma that parts no number, or past a subordinator or a
/// relative word, is another clause's ("added 19 runs before he was out",
/// "added 22 points for Denver, which has won five straight").
fn count_alone(text: &str, w: &[Word], i: usize, lexicon: &Lexicon) -> bool {
    for k in i + 1..w.len().min(i + CLAUSE_VERB_REACH) {
        let t = w[k].text(text);
        let class = lexicon.class(t);
        let breaks = gap(text, w[k - 1].span.end, w[k].span.start).contains(',')
            && !in_number(text, w[k - 1].span.end)
            || class.is_subordinator()
            || class.is_clause_opener(t) && !is_and_or_but(text, &w[k]) && t != "or";
        if breaks {
            return true;
        }
        let verb = lexicon.is_auxiliary_in(t, class)
            || lexicon.is_irregular_past(t)
            || looks_regular_past(t) && !is_determiner(w[k - 1].text(text), lexicon);
        if verb {
            return false;
        }
    }
    true
}

/// True for a number in digits ("40") or in words ("two", "dozens"), of a
/// word whose class is `class`.
fn is_number(word: &str, class: WordClass) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || class.is_number_word()
}

/// True when the word is "and" or "but", asked of every word of a content:
/// its bytes are compared, with no char boundary to check.
fn is_and_or_but(text: &str, word: &Word) -> bool {
    matches!(
        text.as_bytes().get(word.span.start..word.span.end),
        Some(b"and" | b"but")
    )
}

/// `s.split_once(", ")`, found from the commas of `s`: a string pattern's
/// searcher costs more to set up than most contents are long.
fn split_at_comma(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    let k = memchr::memchr_iter(b',', b).find(|&k| b.get(k + 1) == Some(&b' '))?;
    Some((&s[..k], &s[k + 2..]))
}

/// The content without white space, a final period or comma, or a closing
/// parenthesis left over; a semicolon ends it, and so does its
/// [`MAX_CONTENT_BYTES`]th byte (at the space before it).
fn trim_content(text: &str, span: Span) -> Span {
    let s = &text[span.start..floor_char(text, span.end.min(span.start + MAX_CONTENT_BYTES))];
    let s = if span.len() > MAX_CONTENT_BYTES {
        s.rfind(' ').map_or(s, |k| &s[..k])
    } else {
        s
    };
    // A content may run to the end of a long sentence: the semicolon is
    // looked for a vector at a time.
    let s = memchr::memchr(b';', s.as_bytes()).map_or(s, |k| &s[..k]);
    let start = span.start + (s.len() - s.trim_start().len());
    let trimmed = s.trim().trim_end_matches(['.', ',', ';', ':', ' ']);
    Span::new(start, start + trimmed.len())
}

/// True when half the content or more lies inside quotation marks and the
/// content has no words of its own before them that make it a clause:
/// direct speech, which the quotation rules report. `said the government
/// was “monitoring the situation”` is one mixed content, the reported
/// clause; `said “we will win”` and `said: “…”` stay the quotation.
fn mostly_quoted(cx: &Context<'_>, content: Span) -> bool {
    let first = cx
        .quotations
        .partition_point(|q| q.close.end <= content.start);
    let n = cx.quotations[first..]
        .iter()
        .take_while(|q| q.open.start < content.end)
        .count();
    let over = &cx.quotations[first..first + n];
    let quoted: usize = over
        .iter()
        .map(|q| {
            let c = q.content();
            c.end
                .min(content.end)
                .saturating_sub(c.start.max(content.start))
        })
        .sum();
    quoted * 2 >= content.len() && own_words(cx.text, content, over) < MIN_OWN_WORDS
}

/// The words of `content` before the first of `over`, the quotations it
/// meets: none when they lead with a colon or comma into a quoted
/// sentence (`asked, “Who …”`; not `said that if it closes, “our ships
/// …”`), or when the content is cut inside a quotation, which would leave
/// its last words out.
fn own_words(text: &str, content: Span, over: &[Quotation]) -> usize {
    let (Some(q), Some(last)) = (over.first(), over.last()) else {
        return usize::MAX;
    };
    if q.open.start <= content.start {
        return 0;
    }
    let tail = last.content().end;
    if tail > content.end && words(text, Span::new(content.end, tail)).next().is_some() {
        return 0;
    }
    if lead_into_sentence(text, content.start, q).is_some() {
        return 0;
    }
    words(text, Span::new(content.start, q.open.start)).count()
}

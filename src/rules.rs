//! Stage 5, attribution rules: which cue and which mention a quotation is
//! tied to, by the layout around it.
//!
//! Each rule has a name ([`Rule`]) that travels with the quote. The rules
//! are tried from the most to the least certain: a cue right after the
//! quote, a cue right before it, a cue elsewhere in its sentence, a lead-in
//! paragraph, the sentence next to it, the paragraph before it.

use crate::layout::{self, Block, BlockKind, Blocks};
use crate::lexicon::{Lexicon, RoleClass, WordClass};
use crate::marks::{
    CLOSING_QUOTES, OPENING_NOT_APOSTROPHE, OPENING_QUOTES, QUOTING_NOT_APOSTROPHE, Quotation,
};
use crate::speakers::{
    MAX_APPOSITION, Mention, MentionKind, mention_after, mention_after_known, mention_before,
    named_apposition, noun_owner, noun_phrase_before,
};
use crate::words::{
    FirstWords, Word, after_last_space, ceil_char, ends_as_plural, floor_char, gap, is_capitalized,
    is_finite_like, looks_regular_past, split_last_space, splits_at, strip_possessive, words,
};
use std::cell::Cell;

use crate::sentences::{self, Sentences};
use crate::{Kind, Rule, Span, cues, marks, reported};

/// Where a quotation's speaker comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Source {
    /// A mention next to a cue.
    Mention(Mention),
    /// The speaker of the quotation before, which this one continues.
    Previous,
    /// The speaker quoted last before the speaker of the quotation
    /// before: the one that quotation's question was put to.
    Questioned,
    /// No speaker found, but a cue says the quote is speech.
    Unknown,
}

/// A quotation's attribution: the rule that matched, the cue, the source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Attribution {
    pub rule: Rule,
    pub kind: Kind,
    pub source: Source,
    pub cue: Option<Span>,
}

impl Attribution {
    /// Where the source's mention starts, if the attribution has one.
    pub(crate) fn source_start(&self) -> usize {
        match self.source {
            Source::Mention(m) => m.span.start,
            _ => usize::MAX,
        }
    }

    fn new(rule: Rule, kind: Kind, mention: Option<Mention>, cue: Option<Span>) -> Attribution {
        let source = mention.map_or(Source::Unknown, Source::Mention);
        Attribution {
            rule,
            kind,
            source,
            cue,
        }
    }
}

/// What the rules read: the article's blocks, sentences and quotations.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub lexicon: &'a Lexicon,
    pub blocks: &'a [Block],
    /// The sentences of each block, split when first asked for.
    pub sentences: &'a Sentences,
    pub quotations: &'a [Quotation],
    /// The block and index of the sentence last found by `sentence_at`:
    /// quotations and cues are asked for in text order, so the next one
    /// is looked for onwards from there.
    pub sentence_cursor: Cell<(usize, usize)>,
}

/// The longest stretch of text beside a quotation that rules read, in
/// bytes: attributions are short, and bounded windows keep the work per
/// quote constant.
const WINDOW: usize = 320;

/// The most words of a verb and particle of speech read back from a
/// quotation's mark ("shot back", "went on").
const PHRASAL_WORDS: usize = 3;

/// Marks that part clauses, or set off an aside or quoted words, between
/// two words: a clause's words, or a noun of speech's lead-in to its
/// quotation, run on past none of them.
const CLAUSE_MARKS: [char; 10] = [',', ';', ':', '(', ')', '—', '–', '"', '“', '”'];

/// How many quotations the sentence before a quotation is read back
/// across (`Trump called her "a con" and urged voters to "check out" …`,
/// or a list of quoted words): in a run of short quotations (`"x", "y",
/// "z", …`) the words of a window twice WINDOW long would otherwise be
/// read again for each of them, a hundred times over.
const CROSSED: usize = 16;
/// The longest line over a post's handle read for its author's name, in
/// bytes: a name and a title or two ("Nadia Carrow MP").
const POST_AUTHOR_LINE: usize = 120;
/// How far after a quotation a cue is looked for, in words.
const CUE_REACH: usize = 8;

/// The attributions of every quotation, in order: a quotation may continue
/// the speaker of the one before.
pub(crate) fn attribute_all(cx: &Context<'_>) -> Vec<Option<Attribution>> {
    let mut attributor = Attributor::default();
    (0..cx.quotations.len())
        .map(|qi| attributor.attribute(cx, qi))
        .collect()
}

/// Attributes quotations one after another, in order, carrying what one
/// tells the next: the quotations of a long text can be attributed a part
/// at a time, each part's quotations in a list of their own.
#[derive(Default)]
pub(crate) struct Attributor {
    scratch: Scratch,
    /// The last quotation that may be speech, when it was attributed: a
    /// name set in quotes between two quotations is passed over ("…,” she
    /// said, showing off a “Make America Great Again” hat. “…”).
    previous: Option<usize>,
    /// The interviewee, looked for at the first answer of an interview.
    interviewee: Option<Option<Mention>>,
    /// The name of the one who asks a transcript's questions, looked for
    /// at its first labelled turn.
    interviewer: Option<Option<Span>>,
}

impl Attributor {
    /// Looks for the interviewee in `cx`, the first window of an
    /// interview, unless known: a later window no longer holds the
    /// article's opening.
    pub(crate) fn meet_interviewee(&mut self, cx: &Context<'_>) {
        self.interviewee.get_or_insert_with(|| cx.interviewee());
    }

    /// The attribution of quotation `qi`, the quotations before it
    /// attributed already.
    pub(crate) fn attribute(&mut self, cx: &Context<'_>, qi: usize) -> Option<Attribution> {
        let q = &cx.quotations[qi];
        if let Some(a) = cx.post_signature(q) {
            self.previous = Some(qi);
            return Some(a);
        }
        if let Some(a) = cx.embedded_post(q) {
            self.previous = Some(qi);
            return Some(a);
        }
        if let Some(a) = cx.turn_goes_on(q) {
            self.previous = Some(qi);
            return Some(a);
        }
        if let Some(rule) = cx.interview_answer(q) {
            let speaker = *self.interviewee.get_or_insert_with(|| cx.interviewee());
            // Questions standing alone with no one introduced to answer
            // them are a column's own, asked and answered by its writer.
            if rule == Rule::InterviewReply && speaker.is_none() {
                return None;
            }
            self.previous = Some(qi);
            return Some(Attribution::new(rule, Kind::Direct, speaker, None));
        }
        if cx.is_name_in_quotes(q) {
            return None;
        }
        // A transcript's label is read once, for the interviewer's turns
        // and for the attribution it gives.
        let label = cx.speaker_label(q);
        if self.asks(cx, q, label) {
            return None;
        }
        let a = attribute(cx, qi, label, self.previous, &mut self.scratch);
        // An answer quoted after its label (`A. "No. Never."`) is the
        // interviewee's, unless a cue beside it names its speaker: a
        // quotation before it may not be carried on across the question.
        let a = match a {
            Some(Attribution { cue: Some(_), .. }) => a,
            _ if cx.quoted_answer(q) => {
                let speaker = *self.interviewee.get_or_insert_with(|| cx.interviewee());
                Some(Attribution::new(
                    Rule::InterviewAnswer,
                    Kind::Direct,
                    speaker,
                    None,
                ))
            }
            _ => a,
        };
        self.previous = a.is_some().then_some(qi);
        a
    }

    /// Whether `label`, a quotation's speaker label, is that of a
    /// transcript's turn labelled with the name of its interviewer, the one
    /// the introduction has the interviewee talk to ("She spoke to Dara
    /// Quinlan about …" ⏎ "Quinlan: Why stay?"). The interviewer's turns
    /// are questions, no more quotes than those of an interview labelled
    /// "Q:" are.
    fn asks(&mut self, cx: &Context<'_>, q: &Quotation, label: Option<Attribution>) -> bool {
        let Some(Source::Mention(label)) = label.map(|a| a.source) else {
            return false;
        };
        let Some(asker) = *self
            .interviewer
            .get_or_insert_with(|| cx.interviewer(q.first_block))
        else {
            return false;
        };
        let label = &cx.text[label.span.start..label.span.end];
        let asker = &cx.text[asker.start..asker.end];
        label == asker || label == after_last_space(asker)
    }

    /// The quotations before `kept` but the last of them left the list:
    /// the next is numbered from the first left, and the one the next may
    /// continue is forgotten if it stood before `kept`, too far back to be
    /// continued.
    pub(crate) fn forget(&mut self, kept: usize) {
        let gone = kept.saturating_sub(1);
        self.previous = self.previous.filter(|&p| p >= kept).map(|p| p - gone);
    }
}

/// The words of the windows around a quotation, kept from one quotation to
/// the next so that reading them allocates nothing.
#[derive(Default)]
struct Scratch {
    before: Vec<Word>,
    after: Vec<Word>,
    /// The words of a quotation's sentence before it, when they reach
    /// further back than the window before.
    sentence: Vec<Word>,
}

/// How many words the windows' buffers are first given room for: 1 KiB.
const SCRATCH_WORDS: usize = 64;

/// The words of `text[window]`, read into `buf`.
fn read_words<'b>(buf: &'b mut Vec<Word>, text: &str, window: Span) -> &'b [Word] {
    buf.clear();
    // A window of WINDOW bytes holds at most one word per two bytes, but
    // most hold a few: room for SCRATCH_WORDS at the first window spares
    // the buffer most of its growth and is a small allocation, which costs
    // less than a large one. Made here, not with the buffer, so that a
    // text without quotations allocates none, and an attributor replaced
    // to give its memory back (as the pipeline does before the last
    // quotes are made) takes none again.
    buf.reserve(SCRATCH_WORDS);
    buf.extend(words(text, window));
    buf
}

/// The letters that end `s`, after the last character that is none:
/// `s.rsplit(|c: char| !c.is_alphabetic()).next()`, read back directly,
/// where the searcher's setup costs more than the few letters of a word
/// (asked twice of every quotation). ASCII letters are told by a byte
/// test; only a character beyond ASCII before them ("Peña") is decoded.
fn trailing_letters(s: &str) -> &str {
    let mut start = s.len() - crate::speakers::ascii_letters_before(s.as_bytes());
    while let Some(c) = s[..start].chars().next_back().filter(|c| c.is_alphabetic()) {
        start -= c.len_utf8();
    }
    &s[start..]
}

/// `t` after the article in lower case that opens it ("a ", "the "), as
/// an apposition naming what a quoted title is opens: `"Stone and Salt",
/// a history of the hall`.
fn strip_article<'a>(t: &'a str, lexicon: &Lexicon) -> Option<&'a str> {
    let (article, rest) = t.split_once(' ')?;
    (article.bytes().all(|b| b.is_ascii_lowercase()) && lexicon.is_article(article)).then_some(rest)
}

/// True for the class of a word that, opening a sentence, opens a clause
/// or phrase before its main clause ("When …,", "In a statement …,").
fn opens_clause_or_phrase(class: WordClass) -> bool {
    class.is_subordinator() || class.is_preposition()
}

/// True when `word` reads as a plural noun, not an adjective in "-ous"
/// ("supporters", not "famous").
fn plural_noun(word: &str) -> bool {
    ends_as_plural(word) && !word.ends_with("ous")
}

/// True when the word right after `m` in `sw` is one no verb is: an
/// article, or a pronoun in its object or possessive form ("Absent a
/// clear answer, …", "Let me say …", "Making her way to the stage, …").
/// A subject is followed by its verb, so the capitalised word before such
/// a word is an imperative, a participle or a preposition opening the
/// sentence, not a name.
fn object_follows(text: &str, sw: &[Word], m: Mention, lexicon: &Lexicon) -> bool {
    let Some(next) = sw.iter().find(|x| x.span.start >= m.span.end) else {
        return false;
    };
    // One word only: a longer mention is a name or a noun phrase in its
    // own right, whatever follows it. Nor a contraction: "She's a nurse"
    // has its subject and verb.
    if text[m.span.start..m.span.end].contains([' ', '\'', '’'])
        || !gap(text, m.span.end, next.span.start).is_empty()
    {
        return false;
    }
    // "SAVE A QUARTER": a heading in capitals or title case is no clause.
    let t = next.text(text);
    if is_capitalized(t) {
        return false;
    }
    lexicon.is_article(t)
        || lexicon
            .pronoun(t)
            .is_some_and(|p| p.possessive || p.speaker && !p.subject)
        || lexicon.is_first_person_word(t) && !lexicon.is_first_person_subject(t)
}

/// The object pronoun right after `m`, the word that opens the sentence,
/// when the verb of saying after it is in its bare form with only plain
/// words between: "Let me just say …", "Let them tell you …". The opening
/// word is a verb whose object does the saying (see [`object_follows`]);
/// a first-person object is the writer's own mention, as written.
fn object_as_subject(
    text: &str,
    sw: &[Word],
    m: Mention,
    verb: &Word,
    lexicon: &Lexicon,
) -> Option<Mention> {
    let next = sw.iter().find(|x| x.span.start >= m.span.end)?;
    let t = next.text(text);
    let bare = lexicon.is_bare_verb_in(verb.text(text), lexicon.class(verb.text(text)));
    let plain = !text[m.span.end..verb.span.start].contains([',', ';', ':', '"', '“', '(', '—']);
    if !(bare && plain) {
        return None;
    }
    match lexicon.pronoun(t) {
        Some(p) if p.speaker && !p.subject && !p.owns_too => Some(Mention {
            span: next.span,
            kind: MentionKind::Pronoun(p),
        }),
        _ if lexicon.is_first_person_word(t)
            && !lexicon.is_first_person_subject(t)
            && lexicon.pronoun(t).is_some_and(|p| !p.possessive) =>
        {
            Some(Mention::document(next.span))
        }
        _ => None,
    }
}

/// True when `m` is a generic mention that opens with "a" or "an" ("an
/// unprompted", "a fundraising"): the word of speech after it is the noun
/// its article opens ("made an unprompted call for …"), no verb whose
/// subject it would be.
fn opens_noun_phrase(text: &str, m: Mention, lexicon: &Lexicon) -> bool {
    text[m.span.start..m.span.end]
        .split_once(' ')
        .is_some_and(|(d, _)| lexicon.is_article(d) && !lexicon.class(d).is_definite())
        && m.is_generic(text, lexicon)
}

/// Whether the words before a closing mark end with a question or an
/// exclamation mark, perhaps inside a nested quotation's mark.
fn ends_question_or_exclamation(before_close: &str) -> bool {
    before_close
        .trim_end_matches(['\'', '’', ' '])
        .ends_with(['?', '!'])
}

/// The lower-case word one space after quotation `q`, when no mark closes
/// the quoted words themselves: the word its sentence goes on with, which
/// tells what a name set in quotes is to it (`"Home in a Day" delivery`,
/// `"Silver Comet" had won`).
fn word_going_on<'t>(text: &'t str, q: &Quotation) -> Option<&'t str> {
    let inner = q.content();
    if text[inner.start..inner.end]
        .trim_end()
        .ends_with(['.', ',', '!', '?', ';', ':'])
    {
        return None;
    }
    let after = text[q.close.end..].strip_prefix(' ')?;
    let end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    Some(&after[..end]).filter(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// The attribution of quotation `qi`, which is no name set in quotes,
/// given its speaker label ([`Context::speaker_label`]) and the quotation
/// of speech before it if that was attributed.
fn attribute(
    cx: &Context<'_>,
    qi: usize,
    label: Option<Attribution>,
    previous: Option<usize>,
    scratch: &mut Scratch,
) -> Option<Attribution> {
    if label.is_some() {
        return label;
    }
    let q = &cx.quotations[qi];
    let after = cx.window_after(qi);
    // The sentence the quotation opens in.
    let sentence = cx.sentence_at(q.first_block, q.open.start);
    let before = cx.window_before(qi, sentence);
    let after_words = read_words(&mut scratch.after, cx.text, after);
    if let Some(a) = cx.cue_after(q, after_words) {
        // `the pilot said "…," the transcript shows`: a record that shows
        // the words gives way to the speaker whose verb opens them.
        if !matches!(a.source, Source::Mention(m) if m.is_generic(cx.text, cx.lexicon)) {
            return Some(a);
        }
        let before_words = read_words(&mut scratch.before, cx.text, before);
        return cx.speaker_verb_right_before(q, before_words).or(Some(a));
    }
    // Most quotations are attributed by a cue after them: the window
    // before is read only when that fails.
    let before_words = read_words(&mut scratch.before, cx.text, before);
    cx.letter(q)
        .or_else(|| cx.cue_before(qi, sentence, before, before_words))
        .or_else(|| cx.next_sentence(q, before_words.is_empty(), after_words))
        .or_else(|| cx.headline(q))
        .or_else(|| cx.headline_role(q))
        .or_else(|| cx.headline_quote_colon(q))
        .or_else(|| {
            cx.in_sentence(
                qi,
                sentence,
                before,
                before_words,
                after_words,
                &mut scratch.sentence,
            )
        })
        .or_else(|| cx.clause_before_colon(q, before.start == sentence.start, before_words))
        .or_else(|| cx.lead_in(q, before_words))
        .or_else(|| cx.answers(qi, before_words, after_words, previous))
        // A sentence naming a speaker right before the quotation outranks
        // the quotation before it: `But Maas said … "We have waited."`
        // after Ruiz's quote is Maas's.
        .or_else(|| cx.adjacent_sentence(q, before_words, after_words))
        .or_else(|| cx.described(q, after_words))
        .or_else(|| cx.continues(qi, before_words, after_words, previous))
        .or_else(|| cx.lead_in_paragraph(q, before_words, after_words))
        .or_else(|| cx.unattributed_speech(q, before_words, after_words))
}

/// A paragraph of an interview, as the answer check reads it: a turn
/// opened by a label ("Q.", "A:", a name), an answer or not, or a question
/// standing alone.
enum Turn {
    Labelled { answer: bool },
    BareQuestion,
}

impl Context<'_> {
    /// What `read` makes of the sentences of a block (none for
    /// furniture).
    pub(crate) fn sentences<R>(&self, block: usize, read: impl FnOnce(&[Span]) -> R) -> R {
        let split = |out: &mut Vec<Span>| {
            sentences::split_block(self.text, &self.blocks[block], self.lexicon, out)
        };
        self.sentences.of(block, split, read)
    }

    /// The last WINDOW bytes of a sentence: where a speaker and cue that
    /// lead into the next sentence stand.
    fn tail(&self, sentence: Span) -> Span {
        let start = ceil_char(
            self.text,
            sentence.start.max(sentence.end.saturating_sub(WINDOW)),
        );
        Span::new(start, sentence.end)
    }

    /// The block of running text (not furniture) that `pos` lies in.
    pub(crate) fn block_at(&self, pos: usize) -> Option<usize> {
        let b = self.blocks.partition_point(|b| b.span.end <= pos);
        self.blocks
            .get(b)
            .filter(|b| b.span.start <= pos && b.kind != BlockKind::Furniture)
            .map(|_| b)
    }

    pub(crate) fn sentence_at(&self, block: usize, pos: usize) -> Span {
        let ends_before = |s: &Span| s.end <= pos;
        // Onwards from the last sentence found, by doubling steps: the
        // search stays in the few sentences between two quotations rather
        // than halving the whole list of a block, which in a long one-line
        // text is a cache miss a step for every quotation.
        let (last_block, last) = self.sentence_cursor.get();
        let (i, found) = self.sentences(block, |sents| {
            let onwards = last_block == block
                && last <= sents.len()
                && last.checked_sub(1).is_none_or(|p| ends_before(&sents[p]));
            let i = if onwards {
                let rest = &sents[last..];
                let mut reach = 1;
                while reach < rest.len() && ends_before(&rest[reach - 1]) {
                    reach *= 2;
                }
                last + rest[..reach.min(rest.len())].partition_point(ends_before)
            } else {
                sents.partition_point(ends_before)
            };
            (i, sents.get(i).copied())
        });
        self.sentence_cursor.set((block, i));
        found.unwrap_or(self.blocks[block].span)
    }

    /// From the start of the opening mark's sentence (or the end of a
    /// quotation before it in that sentence) to the opening mark.
    fn window_before(&self, qi: usize, sentence: Span) -> Span {
        let q = &self.quotations[qi];
        let mut start = sentence.start.max(q.open.start.saturating_sub(WINDOW));
        if let Some(p) = qi.checked_sub(1).map(|p| &self.quotations[p])
            && p.close.end > start
            && p.close.end <= q.open.start
        {
            start = p.close.end;
        }
        Span::new(ceil_char(self.text, start), q.open.start)
    }

    /// From the closing mark to the end of its sentence (or the next
    /// quotation in it).
    fn window_after(&self, qi: usize) -> Span {
        let q = &self.quotations[qi];
        let sentence = self.sentence_at(q.last_block, q.close.start);
        let mut end = sentence.end.min(q.close.end + WINDOW).max(q.close.end);
        if let Some(n) = self.quotations.get(qi + 1)
            && n.open.start < end
            && n.open.start >= q.close.end
        {
            end = n.open.start;
        }
        Span::new(q.close.end, floor_char(self.text, end).max(q.close.end))
    }

    /// A name set in quotes rather than speech: a nickname, or the title
    /// of a work, a programme or a campaign.
    pub(crate) fn is_name_in_quotes(&self, q: &Quotation) -> bool {
        // In a title-case headline every word is capitalised.
        self.blocks[q.first_block].kind == BlockKind::Body
            && (self.is_nickname(q) || self.is_name_of_thing(q))
            || self.after_label_lead(q)
    }

    /// A term set in scare quotes after a word that says so: `charging
    /// so-called "clawback" fees` (`label_leads.txt`). Its last one or two
    /// words before the quotation, with one space before it, are asked.
    fn after_label_lead(&self, q: &Quotation) -> bool {
        let text = self.text;
        let Some(before) = text[..q.open.start].strip_suffix(' ') else {
            return false;
        };
        let tail = &before[ceil_char(before, before.len().saturating_sub(LABEL_LEAD_BYTES))..];
        // Its last word ("so-called") or its last two ("so called").
        self.lexicon.is_label_lead(after_last_space(tail))
            || split_last_space(tail).is_some_and(|(rest, _)| {
                let two = rest.len() - after_last_space(rest).len();
                self.lexicon.is_label_lead(&tail[two..])
            })
    }

    /// The last quotation closed at or before `pos`, if any.
    pub(crate) fn quotation_closed_before(&self, pos: usize) -> Option<&Quotation> {
        self.quotations[..self.quotations.partition_point(|q| q.close.end <= pos)].last()
    }

    /// A nickname set in quotes inside a name: `Robert "Bob" Smith`. One
    /// or two capitalised words between two capitalised words, with only a
    /// space either side.
    fn is_nickname(&self, q: &Quotation) -> bool {
        let text = self.text;
        // The names either side are tested first: they are a few bytes
        // away, and rarely there (the one before is read first).
        let not_letter = |c: char| !c.is_alphabetic();
        let name_before = text[..q.open.start]
            .strip_suffix(' ')
            .map(trailing_letters)
            .is_some_and(is_capitalized);
        if !name_before
            || !text[q.close.end..]
                .strip_prefix(' ')
                .and_then(|a| a.split(not_letter).next())
                .is_some_and(is_capitalized)
        {
            return false;
        }
        let mut inner = words(text, q.content()).map(|w| w.text(text));
        // An article may open it: Danny "the Postman" Price.
        let first = match inner.next() {
            Some("the") => inner.next(),
            first => first,
        };
        first.is_some_and(is_capitalized)
            && inner.next().is_none_or(is_capitalized)
            && inner.next().is_none()
    }

    /// A title or a name set in quotes in running text, in title case:
    /// led into by a word such as "titled" (`a study titled "Connecting
    /// the Bay."`) or "on", owned by a name (`NBC's "Meet the Press"`),
    /// or used as a modifier of the noun after it (`its "Home in a Day"
    /// delivery service`, `"Make America Great Again" hats`).
    fn is_name_of_thing(&self, q: &Quotation) -> bool {
        let text = self.text;
        // The words either side first: a few bytes away, and rarely so.
        let inner = q.content();
        let titled = || {
            self.title_case(inner)
                .is_some_and(|(n, capitalized)| capitalized && (1..=MAX_TITLE_WORDS).contains(&n))
        };
        let lead = text[..q.open.start].strip_suffix(' ');
        // A title set off by commas after its kind: `the report, "Nobody
        // Heard Us", is based on …`.
        let comma = lead.and_then(|b| b.strip_suffix(','));
        let before = (comma.or(lead)).map(|b| self.lexicon.class(trailing_letters(b)));
        if comma.is_some()
            && before.is_some_and(|c| c.is_title_lead() || c.is_document())
            && titled()
        {
            return true;
        }
        // The tests of the word before are of a word right before it.
        let before = before.filter(|_| comma.is_none());
        // A word mentioned, in any case: `the word "vibrant"`.
        if before.is_some_and(|c| c.is_word_noun())
            && words(text, inner).nth(MAX_WORD_MENTIONED).is_none()
        {
            return true;
        }
        // A kind of work before "of" leads into its title as the kind
        // itself does: `on Sunday's episode of "The Morning Show,"`.
        let of_kind = || {
            lead.and_then(|b| b.strip_suffix(" of"))
                .is_some_and(|b| self.lexicon.class(trailing_letters(b)).is_title_lead())
        };
        let led = || before.is_some_and(|c| c.is_title_lead()) || of_kind();
        // A naming verb right before it, with no object between: the name
        // a thing goes by (`a class called "Perception"`, `the stalls
        // traders call "the Oven"`). With an object between, what someone
        // calls a thing is their words (`called the plan "A Total
        // Disaster"`), which title_leads.txt leaves out for that reason.
        let called = || before.is_some_and(|c| self.lexicon.lemma_of(c).is_some_and(|l| l.naming));
        // A capitalised possessive right before it: a network's programme
        // (`said on NBC's "Meet the Press."`, `told MSNBC's "Morning
        // Joe"`), read back a word's length at most; or a kind of work's or
        // an outlet's (`on the channel's "Sunday Futures,"`).
        let possessive = || {
            lead.map(|b| {
                after_last_space(&b[floor_char(b, q.open.start.saturating_sub(MAX_OWNER_BYTES))..])
            })
            .and_then(strip_possessive)
            .is_some_and(|owner| {
                owner.starts_with(|c: char| c.is_uppercase())
                    || self.lexicon.class(owner).is_title_lead()
            })
        };
        // A lower-case word right after it that is neither a function
        // word, a time, a manner nor a verb: the noun it names a kind of.
        // Read once for the two tests after it, which most quotations
        // reach.
        let going_on = word_going_on(text, q);
        let modifies = || {
            let Some(next) = going_on else {
                return false;
            };
            // One look-up for every class asked of it.
            let class = self.lexicon.class(next);
            !(class.is_function_word()
                || class.is_time_word()
                || class.is_speech_adverb()
                || class.is_verb()
                || next.ends_with("ly")
                || is_finite_like(next, self.lexicon))
        };
        // An apposition after it that says what kind of work it is:
        // `"Stone and Salt", a history of the hall`.
        let kind_after = || {
            let t = text[q.close.end..]
                .strip_prefix(',')
                .unwrap_or("")
                .trim_start();
            strip_article(t, self.lexicon).is_some_and(|t| {
                let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
                let class = self.lexicon.class(&t[..end]);
                class.is_title_lead() || class.is_document()
            })
        };
        let several = || words(text, inner).nth(1).is_some();
        // The subject of a verb right after it that is no speech verb:
        // `"Silver Comet" had already won the opening race`.
        let subject = || {
            going_on.is_some_and(|n| {
                is_finite_like(n, self.lexicon) && !self.lexicon.class(n).is_verb()
            })
        };
        if (led()
            || called()
            || possessive()
            || Self::known_as(lead)
            || modifies()
            || subject()
            || (kind_after() && several()))
            && titled()
        {
            return true;
        }
        // A title that ends in the kind of work it names: `the bank's
        // quarterly "Harbour Outlook Report"`. Its last word is read
        // first, from the end: most quotations end in a lower-case word or
        // a point, and are passed by before their words are.
        let own_kind = || {
            let last = text[inner.start..inner.end].trim_end_matches([' ', ',', '.']);
            let last = last.rsplit(' ').next().unwrap_or(last);
            is_capitalized(last) && {
                let class = self.lexicon.class(last);
                class.is_document() || (class.is_title_lead() && !class.is_function_word())
            }
        };
        if own_kind() && several() && titled() {
            return true;
        }
        self.is_name_called(q, lead) || self.is_rating(q)
    }

    /// A name reached through "as" from "known" a few words before, with
    /// no break between: what a person or thing goes by (`known to
    /// residents as "Auntie Meg"`, `known locally as the "Glass Box"`), which
    /// no one is said to say.
    fn known_as(lead: Option<&str>) -> bool {
        let Some(lead) = lead else {
            return false;
        };
        let lead = lead.strip_suffix(" the").unwrap_or(lead);
        let Some(before) = lead.strip_suffix(" as") else {
            return false;
        };
        let from = floor_char(before, before.len().saturating_sub(MAX_KNOWN_AS_BYTES));
        before[from..]
            .rsplit([',', ';', ':', '(', ')', '.', '—', '–'])
            .next()
            .is_some_and(|clause| {
                clause
                    .split_whitespace()
                    .rev()
                    .take(MAX_KNOWN_AS_WORDS)
                    .any(|w| w == "known")
            })
    }

    /// A name given by a naming verb a few words before: what a thing is
    /// called, not what someone says of it. Only a name that opens with
    /// "the", as a place or a thing's does, and ends its noun phrase: `a
    /// room officers called "the library".`, `calling the crossing "the
    /// Governor's Bridge".` What someone calls a thing is otherwise their
    /// words (`called the plan "a disaster"`, `what lawmakers called
    /// "fraud"`, `what he calls "psychographic" profiles`). With an object
    /// between, every word after "the" is capitalised, as a proper name's:
    /// `called the senator "the next George Washington"` is praise.
    fn is_name_called(&self, q: &Quotation, lead: Option<&str>) -> bool {
        let text = self.text;
        let Some(lead) = lead else {
            return false;
        };
        let inner = q.content();
        let mut inner_words = words(text, inner).map(|w| w.text(text));
        if inner_words.next() != Some("the")
            || inner_words.nth(MAX_NAME_CALLED - 1).is_some()
            || text[inner.start..inner.end]
                .trim_end()
                .ends_with(['.', '!', '?', ',', ';', ':'])
        {
            return false;
        }
        // The noun phrase ends at the closing mark: a word after it that
        // is not a function word is the noun the quoted words modify.
        let after = &text[q.close.end..];
        let ends_phrase = match after.strip_prefix(' ') {
            Some(a) => {
                let end = a.find(|c: char| !c.is_alphabetic()).unwrap_or(a.len());
                a[..end].is_empty() || self.lexicon.is_function_word(&a[..end])
            }
            None => after.starts_with(|c: char| !c.is_alphanumeric()) || after.is_empty(),
        };
        if !ends_phrase {
            return false;
        }
        let naming = |w: &str| {
            self.lexicon
                .lemma_of(self.lexicon.class(w))
                .is_some_and(|l| l.naming)
        };
        let window = &lead[floor_char(lead, lead.len().saturating_sub(NAME_CALLED_BYTES))..];
        let mut back = window.rsplit(' ');
        if back.next().is_some_and(naming) {
            return true;
        }
        // The object between: plain words, no punctuation.
        back.take(MAX_OBJECT_WORDS)
            .take_while(|w| w.chars().all(char::is_alphabetic))
            .any(naming)
            && words(text, inner)
                .skip(1)
                .all(|w| is_capitalized(w.text(text)))
    }

    /// One of two single-word labels set against each other, as a rating
    /// or a state changes from one to the other (`to "sell" from "hold"`,
    /// `from "stable" to "negative"`): a grade, not speech.
    fn is_rating(&self, q: &Quotation) -> bool {
        let text = self.text;
        let one_word = |span: Span| words(text, span).nth(1).is_none();
        if !one_word(q.content()) {
            return false;
        }
        let is_link = |w: &str| self.lexicon.is_change_preposition(w);
        // `"sell" from "…"`: a link and an opening mark after it.
        let after = &text[q.close.end..];
        let before_next = after
            .strip_prefix(' ')
            .and_then(|a| a.split_once(' '))
            .is_some_and(|(w, rest)| is_link(w) && rest.starts_with(OPENING_QUOTES));
        if before_next {
            let next = self
                .quotations
                .partition_point(|n| n.open.start <= q.close.end);
            return self.quotations.get(next).is_some_and(|n| {
                n.open.start <= q.close.end + RATING_GAP && one_word(n.content())
            });
        }
        // `"…" from "hold"`: a link and a closing mark before it.
        let before = &text[..q.open.start];
        before
            .strip_suffix(' ')
            .and_then(split_last_space)
            .is_some_and(|(rest, w)| is_link(w) && rest.ends_with(CLOSING_QUOTES))
            && self
                .quotation_closed_before(q.open.start)
                .is_some_and(|p| p.close.end + RATING_GAP >= q.open.start && one_word(p.content()))
    }

    /// True when a quotation overlaps `span` (quotations are sorted and do
    /// not overlap, so this is a binary search).
    fn has_quotation_in(&self, span: Span) -> bool {
        let i = self
            .quotations
            .partition_point(|q| q.close.end <= span.start);
        self.quotations
            .get(i)
            .is_some_and(|q| q.open.start < span.end)
    }

    /// A speech verb. Capitalised, only in a headline's title case: in
    /// running text "States" or "Reports" is a name.
    ///
    /// Asked of most words of a window: inlined, so that the filter that
    /// answers no for most words costs no call.
    #[inline(always)]
    pub(crate) fn is_verb(&self, w: &Word) -> bool {
        cues::is_verb(self.text, w, self.lexicon) && self.verb_case_fits(w)
    }

    /// [`Context::is_verb`] of a word whose class is `class`, for a caller
    /// that has looked it up already.
    pub(crate) fn is_verb_in(&self, w: &Word, class: WordClass) -> bool {
        class.is_verb() && self.verb_case_fits(w)
    }

    /// For a speech-verb form, whether its case lets it be a verb where it
    /// stands.
    fn verb_case_fits(&self, w: &Word) -> bool {
        if !is_capitalized(w.text(self.text)) {
            return true;
        }
        let b = self.blocks.partition_point(|b| b.span.end <= w.span.start);
        self.blocks
            .get(b)
            .is_some_and(|b| matches!(b.kind, BlockKind::Title | BlockKind::Heading))
    }

    /// The rule of a quotation that is an interview's answer, which no
    /// marks enclose: its piece starts after the answer's label, or at
    /// its paragraph's start after a question standing alone.
    fn interview_answer(&self, q: &Quotation) -> Option<Rule> {
        let block = &self.blocks[q.first_block];
        let line = &self.text[block.span.start..block.span.end];
        // A quotation without marks is a turn: a transcript's opens with
        // its speaker's label, an interview's answer with its own label,
        // or with none when it goes on from the paragraph before or
        // answers a question with no label.
        if q.open.start != q.open.end || q.open.start != block.span.start {
            return None;
        }
        match layout::interview_turn(line, self.lexicon) {
            Some((true, _)) => Some(Rule::InterviewAnswer),
            Some((false, _)) => None,
            None if marks::turn_label(line, self.lexicon).is_some() => None,
            None if self.after_bare_question(q.first_block) => Some(Rule::InterviewReply),
            None => Some(Rule::InterviewAnswer),
        }
    }

    /// Whether a quotation in marks is an interview's answer, right after
    /// its label: `A. "Honestly, it felt fine at the end."`. A label alone
    /// is no interview (`A. "Bud" Jones ran the shop`, a quiz's `A. "The
    /// Raven"`): a question comes before it, the quotation is whole
    /// sentences of speech, and it ends the paragraph.
    fn quoted_answer(&self, q: &Quotation) -> bool {
        let block = &self.blocks[q.first_block];
        if q.open.is_empty() || block.kind != BlockKind::Body {
            return false;
        }
        // Only the label and its space are read, never the paragraph: a
        // quotation far into it is no answer's opening, and every one in a
        // long paragraph is asked.
        let Some(before) = self.text.get(block.span.start..q.open.start) else {
            return false;
        };
        if before.len() > layout::MAX_ANSWER_OPENING {
            return false;
        }
        let ends_paragraph = || {
            self.text
                .get(q.close.end..self.blocks[q.last_block].span.end)
                .is_some_and(|rest| rest.trim().is_empty())
        };
        matches!(layout::interview_turn(before, self.lexicon),
            Some((true, words)) if words == before.len())
            && ends_paragraph()
            && self.is_whole_speech(q)
            && self.after_question(q.first_block)
    }

    /// A transcript's turn over several paragraphs: a quotation without
    /// marks that is a paragraph with no label of its own, after a
    /// labelled turn with only such paragraphs between (see
    /// [`marks::within_turn`]), is the label's speaker's.
    fn turn_goes_on(&self, q: &Quotation) -> Option<Attribution> {
        let block = &self.blocks[q.first_block];
        if q.open.start != q.open.end || q.open.start != block.span.start {
            return None;
        }
        if !marks::may_go_on_turn(self.text, block, self.lexicon) {
            return None;
        }
        // No further back than the pairing carries a turn on.
        let reach = q.first_block.saturating_sub(marks::BARE_ANSWER_PARAGRAPHS);
        for b in self.blocks[reach..q.first_block].iter().rev() {
            if marks::within_turn(self.text, b, self.lexicon) {
                continue;
            }
            // The turn's label, or none: an interview's answer ("A: …"),
            // a question or a note ends the walk.
            return (b.kind == BlockKind::Body)
                .then(|| self.label_of(b.span))
                .flatten();
        }
        None
    }

    /// Whether the nearest turn before block `bi`, within an answer's
    /// reach, is a question standing alone rather than a labelled one.
    fn after_bare_question(&self, bi: usize) -> bool {
        matches!(self.nearest_turn(bi), Some(Turn::BareQuestion))
    }

    /// Whether the nearest turn before block `bi`, within an answer's
    /// reach, is a question, labelled or standing alone.
    fn after_question(&self, bi: usize) -> bool {
        matches!(
            self.nearest_turn(bi),
            Some(Turn::BareQuestion | Turn::Labelled { answer: false })
        )
    }

    /// The nearest turn of an interview before block `bi`, within an
    /// answer's reach ([`marks::BARE_QUESTION_REACH`] paragraphs).
    fn nearest_turn(&self, bi: usize) -> Option<Turn> {
        let reach = bi.saturating_sub(marks::BARE_QUESTION_REACH);
        self.blocks[reach..bi].iter().rev().find_map(|b| {
            match marks::interview_of(self.text, b, self.lexicon) {
                Some((answer, _)) => Some(Turn::Labelled { answer }),
                None => marks::bare_question_of(self.text, b, self.lexicon)
                    .then_some(Turn::BareQuestion),
            }
        })
    }

    /// The person an interview is with: the one its title names (see
    /// [`Context::named_by_title`]), else the one the paragraph right
    /// above the first question opens with (see
    /// [`Context::named_by_lead_in`]), else one the introduction, the
    /// running text before the first question, names in full (see
    /// [`Context::named_by_introduction`]). A name alone ("Ruiz") that no
    /// full name before it holds may be anyone's.
    fn interviewee(&self) -> Option<Mention> {
        // The introduction ends at the first question, labelled or
        // standing alone and answered.
        let first_turn = (0..self.blocks.len())
            .find(|&bi| {
                marks::interview_of(self.text, &self.blocks[bi], self.lexicon).is_some()
                    || marks::answered_question(self.text, self.blocks, bi, self.lexicon)
            })
            .unwrap_or(self.blocks.len());
        let intro: Vec<&Block> = self.blocks[..first_turn]
            .iter()
            .filter(|b| b.kind == BlockKind::Body)
            .collect();
        // Each step below asks for the people the introduction names in
        // full, in order: read once.
        let names: Vec<Mention> = intro.iter().flat_map(|b| self.full_names(b.span)).collect();
        let lead_in = self.blocks[..first_turn]
            .last()
            .filter(|b| b.kind == BlockKind::Body);
        self.named_by_title(&intro, &names)
            .or_else(|| lead_in.and_then(|b| self.named_by_lead_in(b, &names)))
            .or_else(|| self.named_by_introduction(&intro, &names))
    }

    /// The interviewee a headline names, of the people `names` the
    /// introduction `intro` names in full. A headline names its subject,
    /// most often by the family name alone ("Hale shrugs off knee scare to
    /// reach Harbour Open final"): the first of `names` whose family name
    /// the title holds, before any capitals of the title that read like a
    /// name. But the title's subject comes first in it: a person it names
    /// in full before that family name ("Ana Ruiz on why Trump is wrong")
    /// is the interviewee, at their mention in the introduction if it
    /// names them in full too.
    fn named_by_title(&self, intro: &[&Block], names: &[Mention]) -> Option<Mention> {
        let title = self.blocks.iter().filter(|b| b.kind == BlockKind::Title);
        let title_word = |family: &str| {
            title
                .clone()
                .flat_map(|b| words(self.text, b.span))
                .find(|w| w.text(self.text) == family)
        };
        let by_family = names
            .iter()
            .find_map(|&m| title_word(self.family_name(m)).map(|w| (m, w.span.start)));
        let family_at = by_family.map_or(usize::MAX, |(_, at)| at);
        // A title in capitals reads like names ("Forty Winters on the
        // Ice"): its person is the interviewee only if the introduction
        // names them too.
        let introduced = |m: &Mention| {
            let family = self.family_name(*m);
            intro
                .iter()
                .any(|b| self.text[b.span.start..b.span.end].contains(family))
        };
        let in_full = title
            .clone()
            .flat_map(|b| self.full_names(b.span))
            .find(introduced);
        if let Some(t) = in_full.filter(|t| t.span.start < family_at) {
            let name = &self.text[t.span.start..t.span.end];
            let again = names
                .iter()
                .find(|m| &self.text[m.span.start..m.span.end] == name);
            return again.copied().or(Some(t));
        }
        by_family.map(|(m, _)| m)
    }

    /// The interviewee the paragraph right above the questions, `lead_in`,
    /// hands them to: the one it has questioned (see
    /// [`Context::questioned_in`]), else its subject ("Director Pike then
    /// took questions on the alert system."), whoever a briefing before it
    /// named, or the one of `names`, the people the introduction named in
    /// full, whose family name it opens with ("Aubin was pressed on the
    /// timeline"). One naming its writer ("She talked to Olivia Grant")
    /// opens with no one.
    fn named_by_lead_in(&self, lead_in: &Block, names: &[Mention]) -> Option<Mention> {
        let words: Vec<Word> = words(self.text, lead_in.span).collect();
        if let Some(m) = self.questioned_in(&words, names) {
            return Some(m);
        }
        let opening = words.first()?;
        if let Some(m) = self.person_at(&words, 0, true) {
            return Some(m);
        }
        let opening = opening.text(self.text);
        if !is_capitalized(opening) {
            return None;
        }
        names
            .iter()
            .find(|&&m| self.family_name(m) == opening)
            .copied()
    }

    /// The person a lead-in's `words` have someone question, the object of
    /// a questioning verb ("Under cross-examination, Vance pressed Ruiz on
    /// the invoices"): the witness answers, not the one who asks. Named in
    /// full, or by the family name of one of `names`. Read in the first
    /// [`LEAD_IN_SUBJECT_WORDS`] words.
    fn questioned_in(&self, words: &[Word], names: &[Mention]) -> Option<Mention> {
        let reach = words.len().min(LEAD_IN_SUBJECT_WORDS);
        (0..reach.saturating_sub(1)).find_map(|vi| {
            if !self.lexicon.is_questioning_verb(words[vi].text(self.text)) {
                return None;
            }
            let object = words[vi + 1].text(self.text);
            self.person_at(words, vi + 1, true).or_else(|| {
                names
                    .iter()
                    .find(|&&m| self.family_name(m) == object)
                    .copied()
            })
        })
    }

    /// The interviewee of the people `names` the introduction `intro`
    /// names in full: the last of them, but when a pronoun talks to one
    /// ("She spoke to Lena Hart about …"), that one is the interviewer,
    /// and the interviewee the one the pronoun stands for, the first of
    /// the others.
    fn named_by_introduction(&self, intro: &[&Block], names: &[Mention]) -> Option<Mention> {
        if let Some(asker) = intro.iter().find_map(|b| self.talked_to_by_pronoun(b.span)) {
            let asker = &self.text[asker.span.start..asker.span.end];
            return names
                .iter()
                .find(|m| &self.text[m.span.start..m.span.end] != asker)
                .copied();
        }
        names.last().copied()
    }

    /// The family name of a person named in full: the name's last word.
    fn family_name(&self, m: Mention) -> &str {
        after_last_space(&self.text[m.span.start..m.span.end])
    }

    /// The people the words of `span` name in full, in order (see
    /// [`Context::person_at`]).
    fn full_names(&self, span: Span) -> Vec<Mention> {
        let words: Vec<Word> = words(self.text, span).collect();
        let mut names = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match self.person_at(&words, i, false) {
                Some(m) => {
                    // Past the name: its family name is no other person.
                    i = words.partition_point(|w| w.span.start < m.span.end);
                    names.push(m);
                }
                None => i += 1,
            }
        }
        names
    }

    /// The person named in full from `words[i]` on, as an interviewee is
    /// introduced; with `opening`, also one named by a title and a family
    /// name ("Director Pike"). A street or a square ("Kestrel Road") is
    /// no one.
    fn person_at(&self, words: &[Word], i: usize, opening: bool) -> Option<Mention> {
        if !is_capitalized(words[i].text(self.text)) {
            return None;
        }
        match mention_after(self.text, words, i, self.lexicon)?.kind {
            // A name in the possessive is as often a place's ("Port
            // Amsel's harbour"), and an interviewee is introduced by
            // their name alone.
            MentionKind::Person { name, title }
                if ((opening && title.is_some())
                    || self.text[name.start..name.end].contains(' '))
                    && !self.text[name.start..name.end]
                        .trim_end_matches('s')
                        .ends_with(['\'', '’'])
                    && !self.is_place(name) =>
            {
                // The name alone: a mention read from a capital may
                // hold more ("The board appointed Ana Ruiz").
                let kind = MentionKind::Person { name, title: None };
                Some(Mention { span: name, kind })
            }
            _ => None,
        }
    }

    /// The name of the person the introduction of a transcript has a
    /// pronoun talk to ("She spoke to Dara Quinlan about …"): its
    /// interviewer. Read in the [`INTRO_BLOCKS`] paragraphs of running
    /// text before block `first_turn`, the transcript's first turn.
    fn interviewer(&self, first_turn: usize) -> Option<Span> {
        self.blocks[..first_turn.min(self.blocks.len())]
            .iter()
            .rev()
            .filter(|b| b.kind == BlockKind::Body)
            .take(INTRO_BLOCKS)
            .find_map(|b| {
                // Its last sentence, too: an introduction ends by naming who
                // asks ("… She spoke to Dara Quinlan about …"), past the
                // words read from a long paragraph's start.
                let tail = ceil_char(self.text, b.span.end.saturating_sub(INTRO_TAIL));
                self.talked_to_by_pronoun(b.span).or_else(|| {
                    (tail > b.span.start)
                        .then(|| self.talked_to_by_pronoun(Span::new(tail, b.span.end)))
                        .flatten()
                })
            })
            .and_then(|m| match m.kind {
                MentionKind::Person { name, .. } => Some(name),
                _ => None,
            })
    }

    /// The person named in full whom a pronoun speaks or talks to in
    /// `span` ("She spoke to Lena Hart about …"): the interviewer, named
    /// by the introduction of an interview about its subject.
    fn talked_to_by_pronoun(&self, span: Span) -> Option<Mention> {
        let w = FirstWords::<ITEM_WORDS>::of(words(self.text, span));
        (0..w.len().saturating_sub(3)).find_map(|i| {
            let to = w[i + 2].text(self.text);
            (self.lexicon.pronoun(w[i].text(self.text)).is_some()
                && self.is_verb(&w[i + 1])
                && (to == "to" || to == "with"))
                .then(|| self.person_at(&w, i + 3, false))
                .flatten()
        })
    }

    /// Whether a name ends in a word of a street's or a square's
    /// ("Kestrel Road", "Market Square").
    fn is_place(&self, name: Span) -> bool {
        let last = after_last_space(&self.text[name.start..name.end]);
        self.lexicon.class(last).is_place_head()
    }

    /// A transcript turn: the quotation opens with its speaker's label.
    /// Inside marks only a label in capitals is one (`"PENCE: …"`): a
    /// quotation opening with a capitalised word and a colon (`"Kids:
    /// stay off the ice"`) is no quoted transcript.
    fn speaker_label(&self, q: &Quotation) -> Option<Attribution> {
        let first = *q.pieces.first()?;
        if !q.open.is_empty() && marks::speaker_label(&self.text[first.start..first.end]).is_none()
        {
            return None;
        }
        self.label_of(first)
    }

    /// The attribution a speaker's label opening `first` gives, if one
    /// does: a transcript's or an interview's turn (see
    /// [`marks::turn_label`]).
    fn label_of(&self, first: Span) -> Option<Attribution> {
        let len = marks::turn_label(&self.text[first.start..first.end], self.lexicon)?;
        let label: Vec<Word> =
            words(self.text, Span::new(first.start, first.start + len)).collect();
        // A label in capitals names a person ("PENCE"), not an acronym;
        // one that is a role noun alone ("HOST:") is the holder of the role
        // the introduction names ("host Dara Quinlan talks to …").
        let span = Span::new(label.first()?.span.start, label.last()?.span.end);
        let kind = match label.as_slice() {
            [only] if self.lexicon.role(only.text(self.text)) == Some(RoleClass::Person) => {
                MentionKind::Role {
                    head: span,
                    class: RoleClass::Person,
                    definite: true,
                }
            }
            _ => MentionKind::Person {
                name: span,
                title: None,
            },
        };
        Some(Attribution::new(
            Rule::SpeakerLabel,
            Kind::Direct,
            Some(Mention { span, kind }),
            None,
        ))
    }

    /// `"…," Lavrov said.` · `"…," said Lavrov.` · `"…," according to
    /// Lavrov.` · `"…" – Lavrov`
    fn cue_after(&self, q: &Quotation, after: &[Word]) -> Option<Attribution> {
        let text = self.text;
        let first = after.first()?;
        let lead = gap(text, q.close.end, first.span.start);
        if lead.starts_with(['-', '–', '—', '―']) {
            return self.dash_signature(q, after);
        }
        if !(lead.is_empty() || lead == ",") {
            return None;
        }
        let source = cues::source_phrase_len(text, after, 0, self.lexicon);
        if source > 0 {
            let m = mention_after(text, after, source, self.lexicon)?;
            let cue = Span::new(first.span.start, after[source - 1].span.end);
            return Some(Attribution::new(
                Rule::AccordingTo,
                Kind::Direct,
                Some(m),
                Some(cue),
            ));
        }
        // "said Lavrov": the verb first. A participle ("…," adding that …)
        // has no speaker after it: it takes the sentence's.
        if self.is_verb(first) {
            if first.text(text).ends_with("ing") {
                let m = self.subject(q.last_block, after, 0)?;
                return Some(Attribution::new(
                    Rule::SpeakerInSentence,
                    Kind::Direct,
                    Some(m),
                    Some(first.span),
                ));
            }
            let mut i = 1;
            while after
                .get(i)
                .is_some_and(|w| self.lexicon.is_time_word(w.text(text)))
            {
                i += 1;
            }
            if after.get(i).is_some_and(|w| w.text(text) == "that") {
                return None;
            }
            let m = named_apposition(
                text,
                after,
                mention_after(text, after, i, self.lexicon)?,
                self.lexicon,
            );
            return Some(Attribution::new(
                Rule::QuoteCommaVerbSpeaker,
                Kind::Direct,
                Some(m),
                Some(first.span),
            ));
        }
        // "Lavrov said", "the minister, a veteran diplomat, added", "she
        // went on".
        let reach = after.len().min(CUE_REACH + MAX_APPOSITION);
        (1..reach).find_map(|vi| {
            // Most words are neither a verb nor a phrasal verb's first:
            // one filter of their ends turns them away, not two.
            if !cues::may_be_verb_or_phrasal(text, &after[vi], self.lexicon) {
                return None;
            }
            let phrasal = cues::phrasal_verb_len(text, after, vi, self.lexicon);
            if phrasal == 0 && !self.is_verb(&after[vi]) {
                return None;
            }
            let cue = Span::new(
                after[vi].span.start,
                after[vi + phrasal.max(1) - 1].span.end,
            );
            let m = mention_before(text, after, vi, self.lexicon)?;
            // The mention starts the clause, or stands in apposition to a
            // role that does ("the operator's chief, Piers Langley, said").
            let k = after.partition_point(|w| w.span.start < m.span.start);
            let apposed = k > 0
                && gap(text, after[k - 1].span.end, m.span.start) == ","
                && !after[..k].iter().any(|w| self.is_verb(w))
                && mention_after(text, after, 0, self.lexicon)
                    .is_some_and(|r| r.span.end == after[k - 1].span.end);
            let m = if m.span.start == first.span.start || apposed {
                m
            } else if matches!(m.kind, MentionKind::Person { .. } | MentionKind::Pronoun(_)) {
                return None;
            } else {
                self.person_before_body(&after[..vi])?
            };
            Some(Attribution::new(
                Rule::QuoteCommaSpeakerVerb,
                Kind::Direct,
                Some(m),
                Some(cue),
            ))
        })
    }

    /// `"…," Ana Ruiz of the dockers' union Portlink said`: the words
    /// before the verb `w` are a person's name that opens the clause and a
    /// phrase of a modifying preposition saying whose body they speak for,
    /// with no verb or break in it. The verb's nearest mention, which is
    /// no person's, is the body's name; the person is the speaker.
    fn person_before_body(&self, w: &[Word]) -> Option<Mention> {
        let text = self.text;
        let p = mention_after(text, w, 0, self.lexicon)
            .filter(|p| matches!(p.kind, MentionKind::Person { .. }))?;
        let n = w.partition_point(|x| x.span.start < p.span.end);
        let t = w.get(n)?.text(text);
        let unbroken = (1..w.len()).all(|k| {
            !gap(text, w[k - 1].span.end, w[k].span.start)
                .contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–'])
        });
        (self.lexicon.class(t).is_modifier_preposition(t)
            && unbroken
            && !w[n..].iter().any(|x| self.is_verb(x)))
        .then_some(p)
    }

    /// `the pilot said "…"`: a speech verb right before the opening mark,
    /// with no mark between them, and a speaker before it that is a person
    /// or a role rather than a document.
    fn speaker_verb_right_before(&self, q: &Quotation, before: &[Word]) -> Option<Attribution> {
        let last = before.last()?;
        if !gap(self.text, last.span.end, q.open.start).is_empty() || !self.is_verb(last) {
            return None;
        }
        let m = mention_before(self.text, before, before.len() - 1, self.lexicon)
            .filter(|m| !m.is_generic(self.text, self.lexicon))?;
        Some(Attribution::new(
            Rule::SpeakerInSentence,
            Kind::Direct,
            Some(m),
            Some(last.span),
        ))
    }

    /// `"…," said the second official.` · `"…," Ruiz of the port authority
    /// said.`: the signature after a quotation of speech whose speaker is a
    /// description the mention rules do not read. Tried when every other
    /// rule has failed, so a speaker they find elsewhere comes first.
    fn described(&self, q: &Quotation, after: &[Word]) -> Option<Attribution> {
        let first = after.first()?;
        // A quoted headline's words after it are more headline.
        if self.blocks[q.last_block].kind != BlockKind::Body {
            return None;
        }
        let lead = gap(self.text, q.close.end, first.span.start);
        if !(lead.is_empty() || lead == ",") || !self.ends_as_speech(q, lead) {
            return None;
        }
        if !self.is_verb(first) {
            return self.described_before(after);
        }
        // A participle ("…," adding …) has its speaker before it.
        if first.text(self.text).ends_with("ing") {
            return None;
        }
        let i = (1..after.len())
            .find(|&k| !self.lexicon.is_time_word(after[k].text(self.text)))
            .filter(|&k| after[k].text(self.text) != "that")?;
        let m = self.described_after(after, i)?;
        Some(Attribution::new(
            Rule::QuoteCommaVerbSpeaker,
            Kind::Direct,
            Some(m),
            Some(first.span),
        ))
    }

    /// True when a quotation ends as a quotation of speech does before its
    /// signature: with a comma, a question or an exclamation mark inside
    /// its marks or a comma after them (`"We are ready," the…`).
    fn ends_as_speech(&self, q: &Quotation, lead: &str) -> bool {
        let c = q.content();
        lead == ","
            || self.text[c.start..c.end]
                .trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, '\'' | '’' | '"'))
                .ends_with([',', '?', '!'])
    }

    /// True when `w` reads as part of a noun phrase, not a verb of its own
    /// or a pronoun: no speech verb, auxiliary, irregular past or lower-case
    /// word in -ed ("the order released Friday said" is no speaker's
    /// description), and no "I", which the mention rules leave out.
    fn is_description_word(&self, w: &Word) -> bool {
        let t = w.text(self.text);
        !(self.is_verb(w)
            || self.lexicon.class(t).pronoun().is_some()
            || self.lexicon.is_auxiliary(t)
            || self.lexicon.is_irregular_past(t)
            || looks_regular_past(t))
    }

    /// `"…," said the second official.` · `"…," tweeted another.`: a verb
    /// right after a quotation of speech whose speaker, `after[i..]` up to
    /// the end of the clause, is a description the mention rules do not
    /// read. A name or role that ends it is the mention ("said retired
    /// surgeon Ana Ruiz"); else the description's own words are.
    fn described_after(&self, after: &[Word], i: usize) -> Option<Mention> {
        let end = self.clause_end(after, i);
        if end - i > MAX_DESCRIPTION {
            return None;
        }
        let named = self.named_in(&after[..end], i + 1);
        if named.is_some() {
            return named;
        }
        (after[i..end].iter().all(|w| self.is_description_word(w)))
            .then(|| self.description(&after[i..end]))
    }

    /// The first mention of a person or an organisation read from one of
    /// `w[from..]` that ends with the last of `w`: the name a description
    /// ends with ("retired surgeon Ana Ruiz").
    fn named_in(&self, w: &[Word], from: usize) -> Option<Mention> {
        let last = w.last()?.span.end;
        // The classes of the words, looked up once for the mentions read
        // from each start.
        let mut known = [None; MAX_DESCRIPTION + 2];
        (from..w.len()).find_map(|k| {
            mention_after_known(self.text, w, k, self.lexicon, &mut known).filter(|m| {
                m.span.end == last
                    && matches!(m.kind, MentionKind::Person { .. } | MentionKind::Org { .. })
            })
        })
    }

    /// One past the last word of the clause that `w[from]` stands in: the
    /// first word after a mark that parts clauses, or the window's end. A
    /// mark inside a word's run ("9/11", "Smith-Jones", "Mr.") parts none.
    fn clause_end(&self, w: &[Word], from: usize) -> usize {
        (from + 1..w.len())
            .find(|&k| gap(self.text, w[k - 1].span.end, w[k].span.start).contains(CLAUSE_MARKS))
            .unwrap_or(w.len())
    }

    /// The mention made of the words `w` of a description: a name the
    /// lexicon does not know as one when they are one or two capitalised
    /// words ("Read", "Jun"), else the description's words as they stand.
    fn description(&self, w: &[Word]) -> Mention {
        let span = Span::new(w[0].span.start, w[w.len() - 1].span.end);
        if w.len() <= 2 && w.iter().all(|x| is_capitalized(x.text(self.text))) {
            Mention {
                span,
                kind: MentionKind::Person {
                    name: span,
                    title: None,
                },
            }
        } else {
            Mention::document(span)
        }
    }

    /// `"…," Ruiz of the port authority said.` · `"…," Read said.`: a
    /// speech verb that closes the clause after a quotation of speech, with
    /// a description of its speaker before it that the mention rules do not
    /// read whole. A name opening it that a prepositional phrase follows
    /// is the mention; else the description's own words are.
    fn described_before(&self, after: &[Word]) -> Option<Attribution> {
        let text = self.text;
        // The words up to the verb: a plain stretch, no mark between them
        // but the period of an abbreviation ("Mr. Ruiz").
        let reach = after.len().min(MAX_DESCRIPTION + 1);
        let plain = |k: usize| {
            let g = gap(text, after[k - 1].span.end, after[k].span.start);
            g.is_empty() || g == "." && is_capitalized(after[k - 1].text(text))
        };
        let vi = (1..reach).find(|&k| !plain(k) || !self.is_description_word(&after[k]))?;
        if !plain(vi) || !self.is_verb(&after[vi]) || !self.is_description_word(&after[0]) {
            return None;
        }
        // The verb closes the clause: only cue and time words follow it up
        // to a comma or the window's end.
        let end = self.clause_end(after, vi);
        if self.last_verb(&after[..end], end - vi) != Some(vi) {
            return None;
        }
        let t = after[0].text(text);
        let m = mention_after(text, after, 0, self.lexicon)
            .filter(|m| {
                let n = after.partition_point(|w| w.span.start < m.span.end);
                n == vi
                    || n < vi
                        && (self.lexicon.class(after[n].text(text)))
                            .is_modifier_preposition(after[n].text(text))
            })
            .or_else(|| self.named_in(&after[..vi], 1))
            .or_else(|| {
                (is_capitalized(t) || self.lexicon.class(t).is_determiner())
                    .then(|| self.description(&after[..vi]))
            })?;
        Some(Attribution::new(
            Rule::QuoteCommaSpeakerVerb,
            Kind::Direct,
            Some(m),
            Some(after[vi].span),
        ))
    }

    /// `"…" – Lavrov`: a quotation signed with a dash and a name that ends
    /// the paragraph. A longer signature is a name set off by a comma and
    /// then who the speaker is and what they spoke on (`"…" — Ana Ruiz,
    /// 91, on plans to move the benches from the harbour wall`): the name
    /// alone signs it.
    fn dash_signature(&self, q: &Quotation, after: &[Word]) -> Option<Attribution> {
        let block_end = self.blocks[q.last_block].span.end;
        let last = after.last()?;
        if self.text[last.span.end..block_end].trim().len() > 1 {
            return None;
        }
        let m = mention_after(self.text, after, 0, self.lexicon)?;
        let signs = after.len() <= MAX_SIGNATURE || {
            let k = after.partition_point(|w| w.span.start < m.span.end);
            k < MAX_SIGNATURE && gap(self.text, m.span.end, after[k].span.start) == ","
        };
        signs.then(|| Attribution::new(Rule::QuoteDashSpeaker, Kind::Direct, Some(m), None))
    }

    /// A quotation signed by the name in `name`, read from its word
    /// `from`.
    fn signed(&self, name: &[Word], from: usize) -> Option<Attribution> {
        let m = mention_after(self.text, name, from, self.lexicon)?;
        Some(Attribution::new(
            Rule::QuoteDashSpeaker,
            Kind::Direct,
            Some(m),
            None,
        ))
    }

    /// A social post embedded in the page, its paragraph whole, signed
    /// on the line under it: `… / — Skerrin Link (@SkerrinLink) March 9,
    /// 2026`. The name is the run of capitalised words right before the
    /// handle ("A post shared by Ana Ruiz (@anaruiz)").
    fn post_signature(&self, q: &Quotation) -> Option<Attribution> {
        let next = self.blocks.get(q.last_block + 1)?;
        if next.kind != BlockKind::Furniture {
            return None;
        }
        let block = &self.blocks[q.last_block];
        let whole = q.first_block == q.last_block
            && q.open.start == block.span.start
            && !self.text[q.close.end..block.span.end].contains(char::is_alphanumeric);
        if !whole {
            return None;
        }
        let line = &self.text[next.span.start..next.span.end];
        // A pull quote signed with a dash and a name on the line right
        // under it ("— Ana Ruiz"): the name is the line's, past the dash.
        let above = &self.text[block.span.start..block.span.end];
        if let Some(name) = layout::quote_signature(above, line).filter(|_| !next.blank_before) {
            let name = Span::new(next.span.start + name.start, next.span.start + name.end);
            let name: Vec<Word> = words(self.text, name).collect();
            return self.signed(&name, 0);
        }
        let handle = layout::post_signature(line)?;
        let name: Vec<Word> = words(
            self.text,
            Span::new(next.span.start, next.span.start + handle.start),
        )
        .collect();
        let from = name
            .iter()
            .rposition(|w| !is_capitalized(w.text(self.text)))
            .map_or(0, |i| i + 1);
        self.signed(&name, from)
    }

    /// A social post embedded in the page, its paragraph whole, glued
    /// between the account's handle line and the post's time stamp (see
    /// [`Rule::EmbeddedPost`]). The name is the handle line's, before the
    /// handle ("Ana Ruiz / @anaruiz"), or else the author's line glued
    /// over it ("Ana Ruiz" / "@anaruiz"); a handle alone names no one.
    fn embedded_post(&self, q: &Quotation) -> Option<Attribution> {
        let bi = q.first_block;
        let block = self.blocks.get(bi)?;
        // A post is its paragraph whole: only a quotation that opens its
        // paragraph and ends in it is asked, so a paragraph's lines are
        // read once however many quotations it holds.
        if q.last_block != bi || q.open.start != block.span.start {
            return None;
        }
        let line = |b: &Block| &self.text[b.span.start..b.span.end];
        let nothing_after =
            |end: usize| !self.text[q.close.end.min(end)..end].contains(char::is_alphanumeric);
        // A pasted tweet's signature flattened into its paragraph names
        // the author: "… — Ana Ruiz (@anaruiz) March 9, 2026". The
        // quotation is the paragraph's text up to the dash, marks or none.
        let name = if let Some(post) = layout::inline_post(line(block)) {
            if !nothing_after(block.span.start + post.dash) {
                return None;
            }
            Span::new(
                block.span.start + post.name.start,
                block.span.start + post.name.end,
            )
        } else {
            let next = self.blocks.get(bi + 1)?;
            let handle = self.blocks.get(bi.checked_sub(1)?)?;
            if !nothing_after(block.span.end)
                || !layout::stamped_post(self.text, block, next)
                || !layout::handle_line(line(handle))
            {
                return None;
            }
            let name = match layout::handle_line_name(line(handle)) {
                Some(name) => Span::new(handle.span.start, handle.span.start + name.end),
                None => match bi.checked_sub(2).and_then(|a| self.blocks.get(a)) {
                    Some(author)
                        if !handle.blank_before && author.span.len() <= POST_AUTHOR_LINE =>
                    {
                        author.span
                    }
                    _ => Span::new(handle.span.start, handle.span.start),
                },
            };
            // The bar or the dot between a name and its handle is no part
            // of the name.
            let trimmed =
                self.text[name.start..name.end].trim_end_matches(|c: char| !c.is_alphanumeric());
            Span::new(name.start, name.start + trimmed.len())
        };
        let name: Vec<Word> = words(self.text, name).collect();
        let m = mention_after(self.text, &name, 0, self.lexicon);
        Some(Attribution::new(Rule::EmbeddedPost, Kind::Direct, m, None))
    }

    /// `…, by his own account, "…"` · `In her own words, "…"`: a possessive
    /// pronoun between the preposition and the noun of an own account
    /// (`own_accounts.txt`) right before the quotation names whose words
    /// it gives, as "according to him" would. The phrase is the cue.
    fn own_account(&self, before: &[Word]) -> Option<(Mention, Span)> {
        let text = self.text;
        let noun = before.last()?;
        let opens = self.lexicon.own_account(noun.text(text))?;
        let mut k = before.len().checked_sub(2)?;
        if before[k].text(text) == "own" {
            k = k.checked_sub(1)?;
        }
        let owner = &before[k];
        let prep = &before[k.checked_sub(1)?];
        let p = self.lexicon.pronoun(owner.text(text))?;
        let plain = before[k - 1..]
            .windows(2)
            .all(|w| gap(text, w[0].span.end, w[1].span.start).is_empty());
        (p.possessive && plain && prep.text(text).eq_ignore_ascii_case(opens)).then(|| {
            (
                Mention {
                    span: owner.span,
                    kind: MentionKind::Pronoun(p),
                },
                Span::new(prep.span.start, noun.span.end),
            )
        })
    }

    /// `Lavrov said: "…"` · `Lavrov said, "…"` · `"A," he said, "B."` ·
    /// `According to Lavrov, "…"` · `From the minister: "…"`
    fn cue_before(
        &self,
        qi: usize,
        sentence: Span,
        window: Span,
        before: &[Word],
    ) -> Option<Attribution> {
        let text = self.text;
        let q = &self.quotations[qi];
        let last = before.last()?;
        let lead = gap(text, last.span.end, q.open.start);
        let colon = lead == ":";
        let comma = lead == ",";
        if !(colon || comma) {
            return None;
        }
        let verb_rule = if colon {
            Rule::SpeakerVerbColonQuote
        } else {
            Rule::SpeakerVerbCommaQuote
        };
        if let Some((m, cue)) = self.own_account(before) {
            return Some(Attribution::new(
                Rule::AccordingTo,
                Kind::Direct,
                Some(m),
                Some(cue),
            ));
        }
        // "Asked whether the council should take the blame, Hale shot back:
        // "…"": a verb and particle of speech that end right before the
        // mark are the cue, as they are after a quotation, though a speech
        // verb stands further back; the idioms as often of deeds ("shot
        // back") are speech when a quotation follows.
        if let Some(vi) = (before.len().saturating_sub(PHRASAL_WORDS)..before.len())
            .find(|&vi| cues::phrasal_verb_len(text, before, vi, self.lexicon) == before.len() - vi)
            && let Some(m) = mention_before(text, before, vi, self.lexicon)
        {
            let cue = Span::new(before[vi].span.start, last.span.end);
            return Some(Attribution::new(
                verb_rule,
                Kind::Direct,
                Some(m),
                Some(cue),
            ));
        }
        // The quotation before ends where this window starts: a split quote.
        let split = qi > 0 && self.quotations[qi - 1].close.end == window.start;
        if let Some(vi) = self.last_verb(before, if colon { 8 } else { 4 }) {
            // A window that starts the sentence holds no quotation.
            let m = mention_before(text, before, vi, self.lexicon)
                .filter(|_| !self.article_before_noun(before, vi))
                .map(|m| self.issued_by(before, m, vi))
                .or_else(|| self.subject_in(q, window.start == sentence.start, before, vi))
                .or_else(|| self.quantifier_subject(window.start == sentence.start, before, vi))
                .or_else(|| self.subject_past_quotation(qi, sentence, window, &before[vi]));
            let starts_window =
                m.is_some_and(|m| before.first().is_some_and(|f| f.span.start == m.span.start));
            let rule = if split && starts_window {
                Rule::SplitQuote
            } else {
                verb_rule
            };
            if m.is_some() || split {
                return Some(Attribution::new(
                    rule,
                    Kind::Direct,
                    m,
                    Some(before[vi].span),
                ));
            }
        }
        // `"A," said Ana Ruiz, "B."`: the verb first between the parts.
        if split && self.is_verb(&before[0]) {
            let m = mention_after(text, before, 1, self.lexicon)?;
            return Some(Attribution::new(
                Rule::SplitQuote,
                Kind::Direct,
                Some(m),
                Some(before[0].span),
            ));
        }
        let source = cues::source_phrase_len(text, before, 0, self.lexicon);
        if source > 0 {
            let m = mention_after(text, before, source, self.lexicon)?;
            let cue = Span::new(before[0].span.start, before[source - 1].span.end);
            return Some(Attribution::new(
                Rule::AccordingTo,
                Kind::Direct,
                Some(m),
                Some(cue),
            ));
        }
        if let Some(a) = self.inverted(window.start == sentence.start, before, verb_rule) {
            return Some(a);
        }
        if let Some((m, cue)) = self.as_worded(before, colon) {
            return Some(Attribution::new(
                verb_rule,
                Kind::Direct,
                Some(m),
                Some(cue),
            ));
        }
        if let Some(a) = self.in_own_words(before) {
            return Some(a);
        }
        if colon {
            return self.lead_in_words(before);
        }
        None
    }

    /// `Ana Ruiz, who starred in "The Long Shore", wrote: "…"`: a
    /// quotation inside the clause before the verb (a title the sentence
    /// names) ends the window there, and the subject before it is read
    /// over the whole sentence, the quoted words as words. Only when that
    /// quotation stands after a word of the sentence, and only a mention
    /// ending before it.
    fn subject_past_quotation(
        &self,
        qi: usize,
        sentence: Span,
        window: Span,
        verb: &Word,
    ) -> Option<Mention> {
        let prev = self.quotations.get(qi.checked_sub(1)?)?;
        if prev.close.end != window.start
            || prev.open.start <= sentence.start
            || verb.span.start - sentence.start > WINDOW * 2
        {
            return None;
        }
        let w: Vec<Word> = words(self.text, Span::new(sentence.start, verb.span.end)).collect();
        mention_before(self.text, &w, w.len() - 1, self.lexicon)
            .filter(|m| m.span.end <= prev.open.start)
    }

    /// `Ruiz went even further: "If he loses, it's over."` · `Asked
    /// which, she demurred: "…"`: a whole quoted sentence after a colon
    /// that ends a clause is the words of that clause's subject, whatever
    /// its verb. Asked after every rule that needs a cue, and only when
    /// the window before holds the clause from the sentence's start
    /// (`head`): the subject is the person or pronoun right before a
    /// finite form, the one nearest the colon. "The rule is simple: …"
    /// gives the words to no one.
    fn clause_before_colon(&self, q: &Quotation, head: bool, w: &[Word]) -> Option<Attribution> {
        let text = self.text;
        let c = q.content();
        let said = &text[c.start..c.end];
        let sentence = said.starts_with(char::is_uppercase)
            && said
                .trim_end_matches(CLOSING_QUOTES)
                .ends_with(['.', '!', '?']);
        let colon = w
            .last()
            .is_some_and(|l| gap(text, l.span.end, q.open.start) == ":");
        if !head || !colon || !sentence || w.len() > MAX_SUBJECT_REACH {
            return None;
        }
        (1..w.len()).rev().find_map(|vi| {
            let t = w[vi].text(text);
            // An -s word after an auxiliary or a copula is an adjective
            // ("was furious", "is nervous"): the auxiliary is the verb.
            if !is_finite_like(t, self.lexicon)
                || ends_as_plural(t)
                    && !self.lexicon.is_auxiliary(t)
                    && self.lexicon.is_auxiliary(w[vi - 1].text(text))
            {
                return None;
            }
            let m = mention_before(text, w, vi, self.lexicon).filter(|m| match m.kind {
                MentionKind::Person { .. } => {
                    strip_possessive(&text[m.span.start..m.span.end]).is_none()
                }
                MentionKind::Pronoun(p) => p.subject,
                _ => false,
            })?;
            Some(Attribution::new(
                Rule::SpeakerVerbColonQuote,
                Kind::Direct,
                Some(m),
                Some(w[vi].span),
            ))
        })
    }

    /// `…, in his own words, "…"` · `in her words: "…"`: the words
    /// before the quotation end with a phrase that gives them to the one
    /// its pronoun points at.
    fn in_own_words(&self, w: &[Word]) -> Option<Attribution> {
        let text = self.text;
        let n = w.len();
        let last = w.last()?;
        if !last.text(text).eq_ignore_ascii_case("words") {
            return None;
        }
        let own = n >= 2 && w[n - 2].text(text).eq_ignore_ascii_case("own");
        let p = n.checked_sub(if own { 3 } else { 2 })?;
        let lead = w.get(p.checked_sub(1)?)?;
        if !lead.text(text).eq_ignore_ascii_case("in") {
            return None;
        }
        // With a verb of speech before it, the phrase is an aside in a
        // report (`promised …, in her words, "…"`), which the report's
        // own rule reads.
        if w[..p].iter().any(|x| self.is_verb(x)) {
            return None;
        }
        let pronoun = self.lexicon.pronoun(w[p].text(text))?;
        let m = Mention {
            span: w[p].span,
            kind: MentionKind::Pronoun(pronoun),
        };
        Some(Attribution::new(
            Rule::AccordingTo,
            Kind::Direct,
            Some(m),
            Some(Span::new(lead.span.start, last.span.end)),
        ))
    }

    /// `m`, or who issued it when it is a document a participle of speech
    /// follows: "Ruiz issued a statement saying, "…"" is Ruiz's.
    fn issued_by(&self, w: &[Word], m: Mention, vi: usize) -> Mention {
        let k = w.partition_point(|x| x.span.start < m.span.start);
        reported::issuer(self, w, m, k, vi).unwrap_or(m)
    }

    /// True when the base form `w[vi]` is a noun after "a" or "an" and
    /// at most one word ("sent the crew a simple message:", "made an
    /// urgent appeal:"), not a verb with its subject: a singular subject
    /// right before a verb never takes the base form.
    fn article_before_noun(&self, w: &[Word], vi: usize) -> bool {
        let text = self.text;
        let form = w[vi].text(text);
        let article = (vi.saturating_sub(2)..vi).any(|k| {
            let t = w[k].text(text);
            (t.eq_ignore_ascii_case("a") || t.eq_ignore_ascii_case("an"))
                && w[k..=vi]
                    .windows(2)
                    .all(|p| gap(text, p[0].span.end, p[1].span.start).is_empty())
        });
        article
            && self
                .lexicon
                .verb_lemma(form)
                .is_some_and(|lemma| lemma.eq_ignore_ascii_case(form))
    }

    /// `From the minister:` or a bare `Lavrov:` before a quotation.
    fn lead_in_words(&self, w: &[Word]) -> Option<Attribution> {
        let text = self.text;
        // `Q: "Will it …?"`: the label of an interview's turn names no
        // speaker, whoever asks.
        if let [label] = w
            && self.lexicon.is_interview_label(label.text(text))
        {
            return None;
        }
        // "And from Chairwoman Ruiz:", "A lesson from Ana Ruiz:". After a
        // role noun, "from" tells where the person is from ("One nurse
        // from Dunmore, who …:"): the role speaks, not the place.
        let i = w
            .iter()
            .take(4)
            .rposition(|x| x.text(text).eq_ignore_ascii_case("from"))
            .filter(|&f| f == 0 || self.lexicon.role(w[f - 1].text(text)).is_none())
            .map_or_else(
                || {
                    usize::from(
                        w.first()
                            .is_some_and(|x| self.lexicon.class(x.text(text)).is_lead_in()),
                    )
                },
                |f| f + 1,
            );
        if w.len() - i > MAX_SIGNATURE * 2 {
            return None;
        }
        // "The Latest: …", "Review: 'Driftwood' is …": a kicker labels the
        // piece, in a headline or a paragraph, not a speaker; asked only of
        // a lead-in short enough to be one, not hashed whole.
        if let (Some(first), Some(last)) = (w.first(), w.last())
            && self
                .lexicon
                .is_kicker(&text[first.span.start..last.span.end])
        {
            return None;
        }
        let m = mention_after(text, w, i, self.lexicon)?;
        // "From his daughter, Ingrid Lind, who grew up here:" — the name in
        // an apposition is the better mention.
        let next = w.iter().position(|x| x.span.start >= m.span.end);
        // A short phrase of where or when may follow the name: `Mercer on
        // commentary:`, `Ruiz at the break:`, a live report's way of
        // handing over to a speaker.
        let setting = |n: usize| {
            w.len() - n <= MAX_SETTING_WORDS
                && self.lexicon.class(w[n].text(text)).is_preposition()
                && w[n..]
                    .iter()
                    .all(|x| x.text(text).starts_with(|c: char| c.is_lowercase()))
                && w[n - 1..]
                    .windows(2)
                    .all(|p| gap(text, p[0].span.end, p[1].span.start).is_empty())
        };
        if next.is_some_and(|n| {
            gap(text, m.span.end, w[n].span.start) != "," && !(n > 0 && i == 0 && setting(n))
        }) {
            return None;
        }
        let m = named_apposition(text, w, m, self.lexicon);
        Some(Attribution::new(Rule::LeadIn, Kind::Direct, Some(m), None))
    }

    /// `Another said, "…"`, `Yet another tweeted: "…"`, `Some said, "…"`:
    /// a quantifier alone before the verb, opening its sentence (maybe
    /// after a connective), is the subject: one or some of a group the
    /// article has just described. No name stands for it, but the word
    /// itself is the mention, as "Others" is.
    fn quantifier_subject(&self, head: bool, w: &[Word], vi: usize) -> Option<Mention> {
        let text = self.text;
        let k = vi.checked_sub(1)?;
        let word = &w[k];
        let t = word.text(text);
        let opens = k == 0 && is_capitalized(t)
            || k == 1 && {
                let first = w[0].text(text);
                self.lexicon.class(first).is_sentence_connective(first)
                    && gap(text, w[0].span.end, word.span.start).is_empty()
            };
        (head
            && opens
            && self.lexicon.class(t).is_group_subject()
            && gap(text, word.span.end, w[vi].span.start).is_empty())
        .then_some(Mention {
            span: word.span,
            kind: MentionKind::Role {
                head: word.span,
                class: RoleClass::Group,
                definite: false,
            },
        })
    }

    /// The index of the last speech verb among the last `reach` words, when
    /// only cue words ("reporters", "in a statement") and time words follow
    /// it.
    fn last_verb(&self, w: &[Word], reach: usize) -> Option<usize> {
        let lo = w.len().saturating_sub(reach);
        (lo..w.len()).rev().find(|&vi| {
            self.is_verb(&w[vi]) && (self.only_cue_words(w, vi + 1) || self.told_name(w, vi))
        })
    }

    /// True when after a verb that takes the person spoken to, `w[vi]`,
    /// only a name follows, maybe after "the", or a pronoun not of the
    /// subject: "told the Echo", "told BBC Radio Kent", "told him". The
    /// outlet or person told, not the speaker.
    fn told_name(&self, w: &[Word], vi: usize) -> bool {
        let text = self.text;
        let from = vi + 1 + usize::from(w.get(vi + 1).is_some_and(|x| x.text(text) == "the"));
        let object = |x: &Word| {
            let t = x.text(text);
            is_capitalized(t)
                || from + 1 == w.len()
                    && self
                        .lexicon
                        .pronoun(t)
                        .is_some_and(|p| !p.subject && !p.possessive)
        };
        // "he said he thinks of what his parents told him:": a verb inside
        // another's report is left to the rule that finds the outer speaker.
        from < w.len()
            && w.len() - from <= MAX_SIGNATURE
            && self.lexicon.takes_object(w[vi].text(text))
            && w[from..].iter().all(object)
            && !w[..vi].iter().any(|x| self.is_verb(x))
            && w[vi..]
                .windows(2)
                .all(|p| gap(text, p[0].span.end, p[1].span.start).is_empty())
    }

    /// True when `w[from..]` are only words of a cue ("reporters", "in a
    /// statement") and time words.
    fn only_cue_words(&self, w: &[Word], from: usize) -> bool {
        let mut i = from;
        while i < w.len() {
            let obj = cues::verb_object_len(self.text, w, i, self.lexicon);
            if obj > 0 {
                i += obj;
                continue;
            }
            let class = self.lexicon.class(w[i].text(self.text));
            if !class.is_time_word() && !class.is_speech_adverb() {
                return false;
            }
            i += 1;
        }
        true
    }

    /// `Said Ruiz: "…"` · `But, said the minister, "…"`: a speech verb
    /// before its speaker, opening the sentence (capitalised, then) or set
    /// off by a comma, and the speaker's mention ends the words before the
    /// quotation. `opens` tells whether `w` starts the sentence; `rule`
    /// is the one of the mark before the quotation.
    fn inverted(&self, opens: bool, w: &[Word], rule: Rule) -> Option<Attribution> {
        let text = self.text;
        let last = w.last()?.span.end;
        let lo = w.len().saturating_sub(MAX_SIGNATURE);
        (lo..w.len() - 1).rev().find_map(|vi| {
            let verb = &w[vi];
            let set_off = if vi == 0 {
                opens
            } else {
                gap(text, w[vi - 1].span.end, verb.span.start) == ","
            };
            // "…, told reporters, "…"": the person after a verb such as
            // "tell" is the one spoken to.
            let t = verb.text(text);
            if !set_off
                || !cues::is_verb(text, verb, self.lexicon)
                || is_capitalized(t) && vi > 0
                || t.ends_with("ing")
                || self.lexicon.takes_object(t)
            {
                return None;
            }
            let m = mention_after(text, w, vi + 1, self.lexicon)?;
            (m.span.end == last)
                .then(|| Attribution::new(rule, Kind::Direct, Some(m), Some(verb.span)))
        })
    }

    /// `As Ruiz put it, "…"` · `as the union phrased it: "…"`: a phrase of
    /// how something was worded, its subject after "as", ends the words
    /// before the quotation, which are that subject's. Before a colon
    /// (`colon`) the phrase needs no "as": `Ruiz put it bluntly: "…"`
    /// announces the words after it as a verb of saying does. The mention
    /// and the phrase.
    fn as_worded(&self, w: &[Word], colon: bool) -> Option<(Mention, Span)> {
        let text = self.text;
        let lo = w.len().saturating_sub(MAX_SIGNATURE + MAX_OCCASION);
        let (k, n) = (lo..w.len()).rev().find_map(|k| {
            let n = cues::manner_phrase_len(text, w, k, self.lexicon);
            let rest = k + n;
            (n > 0 && (self.only_cue_words(w, rest) || self.occasion(w, rest))).then_some((k, n))
        })?;
        let m = mention_before(text, w, k, self.lexicon)?;
        let s = w.partition_point(|x| x.span.start < m.span.start);
        // "As the Post's Ana Ruiz puts it": "as" a few plain words before
        // the mention, which may be set off by an apposition ("as Ana
        // Ruiz, the port's director, put it").
        let announced = colon
            || (s.saturating_sub(AS_REACH)..s)
                .rev()
                .take_while(|&a| gap(text, w[a].span.end, w[a + 1].span.start).is_empty())
                .any(|a| w[a].text(text).eq_ignore_ascii_case("as"));
        announced.then(|| (m, Span::new(w[k].span.start, w[k + n - 1].span.end)))
    }

    /// Whether the words of `w` from `from` on are one phrase of where or
    /// when something was worded, after the phrase of how: a preposition
    /// and no more than [`MAX_OCCASION`] plain words, no verb of saying
    /// and no punctuation among them (`As she put it in a 2011 address
    /// at the academy, "…"`).
    fn occasion(&self, w: &[Word], from: usize) -> bool {
        let Some(first) = w.get(from) else {
            return false;
        };
        let last = &w[w.len() - 1];
        w.len() - from <= MAX_OCCASION
            && self.lexicon.class(first.text(self.text)).is_preposition()
            && !self.text[first.span.start..last.span.end].contains(OCCASION_BREAKS)
            && !w[from..].iter().any(|x| self.is_verb(x))
    }

    /// A filter of the words from `from` on, in order, that keeps those
    /// outside quotations. Words come in order, so the quotations are
    /// passed over as the words are, not searched for each.
    fn outside_quotations(&self, from: usize) -> impl FnMut(&Word) -> bool + '_ {
        let mut quotes = self.quotations
            [self.quotations.partition_point(|q| q.close.end <= from)..]
            .iter()
            .peekable();
        move |w: &Word| {
            let at = w.span.start;
            while quotes.next_if(|q| q.close.end <= at).is_some() {}
            quotes.peek().is_none_or(|q| q.open.start > at)
        }
    }

    /// True when `pos` lies inside a quotation.
    pub(crate) fn in_quotation(&self, pos: usize) -> bool {
        let i = self.quotations.partition_point(|q| q.close.end <= pos);
        self.quotations.get(i).is_some_and(|q| q.open.start <= pos)
    }

    /// The subject of the sentence a verb stands in, for a verb whose own
    /// subject is not next to it: a participle (`Trump spoke in Ohio,
    /// calling it "…"`), a coordinated verb (`Ruiz smiled and said "…"`), a
    /// verb after a long apposition or relative clause.
    pub(crate) fn subject(&self, block: usize, w: &[Word], vi: usize) -> Option<Mention> {
        let text = self.text;
        let verb = &w[vi];
        let sentence = self.sentence_at(block, verb.span.start);
        if verb.span.start - sentence.start > WINDOW * 2 {
            return None;
        }
        let head = Span::new(sentence.start, verb.span.start);
        // Words inside a quotation are left out.
        let sw = FirstWords::<MAX_SUBJECT_REACH>::of(
            words(text, head).filter(self.outside_quotations(head.start)),
        );
        self.subject_of(&sw, verb)
    }

    /// [`Context::subject`] of the verb `w[vi]`. When `head` is true, `w`
    /// was read from the start of the verb's sentence without quoted words:
    /// its words before the verb are what [`Context::subject`] would read
    /// again, so they are used as they are.
    fn subject_in(&self, q: &Quotation, head: bool, w: &[Word], vi: usize) -> Option<Mention> {
        if head {
            self.subject_of(&w[..vi.min(MAX_SUBJECT_REACH)], &w[vi])
        } else {
            self.subject(q.first_block, w, vi)
        }
    }

    /// [`Context::subject`] of `verb`, given `sw`: the words from the start
    /// of its sentence up to it, without quoted words, at most
    /// [`MAX_SUBJECT_REACH`] of them.
    fn subject_of(&self, sw: &[Word], verb: &Word) -> Option<Mention> {
        let text = self.text;
        // "When Ruiz took the rival on, he did it sideways, acknowledging
        // …", "Though Bell has called it fair, the union said …": a
        // sentence that opens with a subordinator opens with its clause, up
        // to the first comma; a verb after that comma has the subject of
        // the main clause, read past it. When no mention names that
        // subject ("…, many said"), the subordinate clause's is the best
        // guess left. So with a sentence that opens with a preposition:
        // in "In a statement released Monday, Ruiz reacted, saying …" the
        // statement is the preposition's object, Ruiz the subject. And with
        // "As" ("As the rumours spread, Hale sought to convey that …"),
        // which is neither.
        let opens = |first: &Word| {
            let t = first.text(text);
            let class = self.lexicon.class(t);
            opens_clause_or_phrase(class) || class.opens_sentence_adjunct(t)
        };
        let main = match sw.first() {
            Some(first) if opens(first) => sw
                .windows(2)
                .position(|p| gap(text, p[0].span.end, p[1].span.start) == ",")
                .map(|c| &sw[c + 1..]),
            _ => None,
        };
        main.and_then(|main| self.subject_in_words(main, verb))
            .or_else(|| self.subject_in_words(sw, verb))
    }

    /// [`Context::subject_of`] read from the first of the words `sw`. A
    /// word opening the sentence with an object after it (see
    /// [`object_follows`]) is passed over for a subject further on; with
    /// none, it is kept, for the speech still has a speaker.
    fn subject_in_words(&self, sw: &[Word], verb: &Word) -> Option<Mention> {
        match self.subject_read(sw, verb, true) {
            (None, true) => self.subject_read(sw, verb, false).0,
            (m, _) => m,
        }
    }

    /// True when the mention `m` among the words `sw` opens a clause that
    /// a speech verb right before it reports, after a "that" or none:
    /// "the club" of "said the club would appeal".
    fn reported_subject(&self, sw: &[Word], m: Mention) -> bool {
        let Some(k) = sw.iter().position(|x| x.span.start == m.span.start) else {
            return false;
        };
        let k = match k.checked_sub(1) {
            Some(t) if sw[t].text(self.text) == "that" => t,
            _ => k,
        };
        k.checked_sub(1).is_some_and(|v| {
            self.is_verb(&sw[v]) && gap(self.text, sw[v].span.end, sw[k].span.start).is_empty()
        })
    }

    /// "They turned to the harbour office which reported …", "…, a pilot
    /// who only said …": a verb right after a relative pronoun, maybe past
    /// auxiliaries and adverbs, has the relative for its subject, which
    /// stands for the noun phrase before it, not for the sentence's
    /// subject. Not "that", as often a demonstrative or a conjunction.
    fn relative_antecedent(&self, sw: &[Word], verb: &Word) -> Option<Mention> {
        let text = self.text;
        let last = sw.last()?;
        // The words read may stop short of a long sentence's verb.
        if !gap(text, last.span.end, verb.span.start).is_empty() {
            return None;
        }
        let r = (0..sw.len())
            .rev()
            .take_while(|&k| {
                k + 1 == sw.len() || gap(text, sw[k].span.end, sw[k + 1].span.start).is_empty()
            })
            .find(|&k| !reported::is_auxiliary_or_adverb(sw[k].text(text), self.lexicon))?;
        let t = sw[r].text(text);
        if r == 0 || t == "that" || !self.lexicon.is_noun_relative(t) {
            return None;
        }
        // A document the relative describes ("voted for the resolution
        // which said") speaks for whoever acted on it, the sentence's
        // subject, read as before.
        let document = |m: &Mention| reported::names_document(text, *m, self.lexicon);
        match gap(text, sw[r - 1].span.end, sw[r].span.start) {
            // A preposition's object too: "turned to the office which".
            "" => mention_before(text, sw, r, self.lexicon)
                .or_else(|| noun_phrase_before(text, sw, r, None, self.lexicon)),
            "," => mention_before(text, sw, r + 1, self.lexicon),
            _ => None,
        }
        .filter(|m| !document(m))
    }

    /// [`Context::subject_in_words`], passing over an opening word with an
    /// object after it when `strict`; also says whether it did.
    fn subject_read(&self, sw: &[Word], verb: &Word, strict: bool) -> (Option<Mention>, bool) {
        let text = self.text;
        if sw.is_empty() {
            return (None, false);
        }
        if let Some(m) = self.relative_antecedent(sw, verb) {
            return (Some(m), false);
        }
        // A clause of speech before the verb gives its speaker: `Ruiz said
        // …, adding "…"`. Not a possessive's word: in "treating Ruiz's
        // remark as a joke" the speech word is a noun Ruiz owns. Nor the
        // subject of a clause another speech verb reports: in "Ruiz said
        // the club would appeal, adding …" the club is what Ruiz spoke of.
        if let Some(m) = (0..sw.len()).rev().find_map(|k| {
            if !self.is_verb(&sw[k]) {
                return None;
            }
            mention_before(text, sw, k, self.lexicon).filter(|m| {
                !opens_noun_phrase(text, *m, self.lexicon)
                    && !reported::is_possessive(text, *m, self.lexicon)
                    && !self.reported_subject(sw, *m)
            })
        }) {
            return (Some(m), false);
        }
        // A mention opening the sentence, with only a plain stretch of
        // words to the verb ("Experts on North Korea said"), is its subject.
        // The classes of the words, looked up once for the mentions read
        // from each start.
        let mut known = [None; MAX_SUBJECT_REACH];
        // "Reached by phone, Bell told …", "Rattling off promises, she
        // …": the participle that opens the sentence reads as a lone name.
        let first = mention_after_known(text, sw, 0, self.lexicon, &mut known).filter(|m| {
            !(m.span == sw[0].span
                && introductory_phrase(text, sw, 0, verb.span.start, self.lexicon))
        });
        let opening = first.filter(|m| !(strict && object_follows(text, sw, *m, self.lexicon)));
        let filtered = first.is_some() && opening.is_none();
        // "Let me just say …": an opening verb's object is the subject of
        // the bare verb after it.
        if opening.is_none()
            && let Some(m) = first.and_then(|m| object_as_subject(text, sw, m, verb, self.lexicon))
        {
            return (Some(m), false);
        }
        if let Some(m) = opening
            && !text[m.span.end..verb.span.start].contains([',', ';', ':', '"', '“', '(', '—'])
            && !m.is_generic(text, self.lexicon)
        {
            return (Some(m), false);
        }
        // Else the sentence's subject: the first mention followed by a
        // lower-case word (its verb), past any introductory phrase ("On
        // Monday,", "Speaking in Salem, New Hampshire,"). A possessive is
        // followed by the noun it owns, not by a verb: "As news of Ruiz's
        // win spread, he spoke …" has "he" for its subject. It is kept in
        // case no other mention follows.
        let mut owner = None;
        let found = (0..sw.len()).find_map(|k| {
            let m = if k == 0 {
                opening
            } else {
                mention_after_known(text, sw, k, self.lexicon, &mut known)
            }?;
            // "Her agent, …": an object or possessive form is no subject.
            if let MentionKind::Pronoun(p) = m.kind
                && !p.subject
            {
                return None;
            }
            // "A few minutes later they …": a span of time opens the
            // sentence as an adverb. In lower case only: "May" and "June"
            // end names.
            let last = after_last_space(&text[m.span.start..m.span.end]);
            if !is_capitalized(last) && self.lexicon.is_time_word(last) {
                return None;
            }
            // "a listener in Dunmore who …": the description, when the
            // name is a preposition's object in one.
            let m = self
                .preposition_before_name(sw, &m)
                .and_then(|b| self.description_of_place(sw, b, m))
                .unwrap_or(m);
            // "My business partner, Kofi Mensah, sat me down and said:": the
            // name in apposition is the subject, its closing comma before
            // the verb.
            let named = named_apposition(text, sw, m, self.lexicon);
            let closing = if named.span == m.span { "" } else { "," };
            let m = named;
            let n = sw.iter().position(|x| x.span.start >= m.span.end)?;
            let next_text = sw[n].text(text);
            let verb_like = gap(text, m.span.end, sw[n].span.start) == closing
                && !is_capitalized(next_text)
                && !known
                    .get(n)
                    .copied()
                    .flatten()
                    .unwrap_or_else(|| self.lexicon.class(next_text))
                    .is_noun_link(next_text);
            if verb_like && reported::is_possessive(text, m, self.lexicon) {
                owner.get_or_insert(m);
                return None;
            }
            if verb_like {
                return Some(m);
            }
            // "In a statement, the department of health said": past the
            // comma that closes an opening phrase (not a name, which would
            // open a list), a mention with only a short plain stretch of
            // words to the verb is its subject, as one opening the
            // sentence is.
            let after_opening = k > 0
                && (opening.is_none()
                    || introductory_phrase(text, sw, 0, verb.span.start, self.lexicon))
                && gap(text, sw[k - 1].span.end, sw[k].span.start) == ","
                && sw[n..]
                    .iter()
                    .take_while(|x| x.span.start < verb.span.start)
                    .count()
                    <= OPENED_SUBJECT_TAIL
                && !text[sw[0].span.start..sw[k - 1].span.end].contains(',')
                && !text[m.span.end..verb.span.start].contains([',', ';', ':', '"', '“', '(', '—'])
                && !m.is_generic(text, self.lexicon);
            if after_opening {
                return Some(m);
            }
            // "Kehinde Bamgbose, the state commissioner for special duties,
            // visited the site and said …": a name, an apposition that
            // opens with an article or a number, and a verb after its
            // closing comma.
            let person = matches!(m.kind, MentionKind::Person { .. });
            (person && closing.is_empty() && self.verb_after_apposition(sw, n)).then_some(m)
        });
        (found.or(owner), filtered)
    }

    /// The preposition right before `m` in `sw`, when `m` is a name: its
    /// object, a place or a body, maybe in a description ("a listener in
    /// Dunmore who wrote in").
    fn preposition_before_name(&self, sw: &[Word], m: &Mention) -> Option<usize> {
        if !matches!(
            m.kind,
            MentionKind::Person { title: None, .. } | MentionKind::Org { .. }
        ) {
            return None;
        }
        let b = sw
            .partition_point(|x| x.span.start < m.span.start)
            .checked_sub(1)?;
        let t = sw[b].text(self.text);
        (!is_capitalized(t)
            && gap(self.text, sw[b].span.end, m.span.start).is_empty()
            && self.lexicon.class(t).is_preposition())
        .then_some(b)
    }

    /// The description a place `m` after the preposition `sw[b]` is part
    /// of: the person or people the noun before the preposition introduces
    /// ("a listener in Dunmore", "farmers from Ardee"), up to the place.
    fn description_of_place(&self, sw: &[Word], b: usize, m: Mention) -> Option<Mention> {
        // Even a preposition's object: "a message from a listener in …".
        let noun = noun_phrase_before(self.text, sw, b, None, self.lexicon)?;
        matches!(
            noun.kind,
            MentionKind::Role {
                class: RoleClass::Person | RoleClass::Group,
                ..
            }
        )
        .then(|| Mention {
            span: Span::new(noun.span.start, m.span.end),
            kind: noun.kind,
        })
    }

    /// True when `sw[n]`, after a comma, opens an apposition that tells a
    /// person, an age or a role noun with an article ("54", "the state
    /// commissioner for special duties"), and a lower-case verb follows its
    /// closing comma within MAX_APPOSITION words.
    fn verb_after_apposition(&self, sw: &[Word], n: usize) -> bool {
        let text = self.text;
        let Some(first) = sw.get(n).map(|w| w.text(text)) else {
            return false;
        };
        let age = first.bytes().all(|b| b.is_ascii_digit());
        if !(age || matches!(first, "the" | "a" | "an"))
            || gap(text, sw[n - 1].span.end, sw[n].span.start) != ","
        {
            return false;
        }
        let Some(close) = (n + 1..sw.len().min(n + 1 + MAX_APPOSITION))
            .find(|&k| gap(text, sw[k - 1].span.end, sw[k].span.start) == ",")
        else {
            return false;
        };
        // Not "Allergan, the far smaller company, will …": a person's role.
        let role = sw[n + 1..close]
            .iter()
            .any(|w| self.lexicon.role(w.text(text)) == Some(RoleClass::Person));
        if !(age && close == n + 1 || role) {
            return false;
        }
        let verb = sw[close].text(text);
        let class = self.lexicon.class(verb);
        !is_capitalized(verb)
            && (class.is_auxiliary() || !class.is_function_word())
            && !class.is_noun_link(verb)
            && is_finite_like(verb, self.lexicon)
    }

    /// `"…!" Lavrov said.` — a short sentence of speaker and cue right after
    /// the quotation's own sentence.
    fn next_sentence(
        &self,
        q: &Quotation,
        opens_sentence: bool,
        after: &[Word],
    ) -> Option<Attribution> {
        if !after.is_empty() {
            return None;
        }
        let next = self.sentences(q.last_block, |sents| {
            let i = sents.partition_point(|s| s.end <= q.close.start);
            sents.get(i + 1).copied()
        })?;
        if self.has_quotation_in(next) {
            return None;
        }
        // A quoted question or exclamation that is a sentence of its own
        // ends at the closing mark, though its speaker follows on the same
        // line as after a comma: `"Is it fair?" Ruiz asked reporters.`
        if opens_sentence
            && ends_question_or_exclamation(&self.text[..q.close.start])
            && self.text[q.close.end..next.start]
                .trim_matches(' ')
                .is_empty()
        {
            let w = FirstWords::<{ CUE_REACH + MAX_APPOSITION }>::of(words(self.text, next));
            if let Some(a) = self.cue_after(q, &w) {
                return Some(a);
            }
        }
        if let Some(a) = self.so_said(next) {
            return Some(a);
        }
        let w = FirstWords::<{ CUE_REACH + 1 }>::of(words(self.text, next));
        if w.len() > CUE_REACH {
            return None;
        }
        let vi = self.last_verb(&w, CUE_REACH)?;
        let m = mention_before(self.text, &w, vi, self.lexicon)?;
        (m.span.start == w[0].span.start).then(|| {
            Attribution::new(
                Rule::QuoteCommaSpeakerVerb,
                Kind::Direct,
                Some(m),
                Some(w[vi].span),
            )
        })
    }

    /// `"…." So said Ana Ruiz, who …`: the sentence after a quotation
    /// opens with an adverb of manner_openers.txt ("So", "Thus") and a
    /// speech verb, the speaker after it, however long the sentence runs
    /// on.
    fn so_said(&self, next: Span) -> Option<Attribution> {
        let text = self.text;
        // Told from the sentence's first bytes before any word is read.
        let opening = text[next.start..next.end].trim_start();
        if !opening
            .split_once(' ')
            .is_some_and(|(first, _)| self.lexicon.is_manner_opener(first))
        {
            return None;
        }
        let w = FirstWords::<{ CUE_REACH + MAX_APPOSITION }>::of(words(text, next));
        if w.len() < 3
            || !self.lexicon.is_manner_opener(w[0].text(text))
            || !gap(text, w[0].span.end, w[1].span.start).is_empty()
            || !self.is_verb(&w[1])
        {
            return None;
        }
        let m = named_apposition(
            text,
            &w,
            mention_after(text, &w, 2, self.lexicon)?,
            self.lexicon,
        );
        Some(Attribution::new(
            Rule::QuoteCommaVerbSpeaker,
            Kind::Direct,
            Some(m),
            Some(w[1].span),
        ))
    }

    /// A cue elsewhere in the quotation's sentence: `Trump said he would
    /// "make deals"` (mixed) or `"…" is what Lavrov said` (direct).
    ///
    /// `window` and `window_words` are the window before the quotation and
    /// its words, reused when they reach as far back as this rule reads;
    /// `sentence` is the sentence the quotation opens in; `buf` holds the
    /// words read otherwise.
    fn in_sentence(
        &self,
        qi: usize,
        sentence: Span,
        window: Span,
        window_words: &[Word],
        after: &[Word],
        buf: &mut Vec<Word>,
    ) -> Option<Attribution> {
        let text = self.text;
        let q = &self.quotations[qi];
        // The sentence before the quotation, outside any other quotation in
        // it: `Trump called her "a con" and urged voters to "check out" …`.
        let crossed = qi
            .checked_sub(CROSSED + 1)
            .map_or(0, |p| self.quotations[p].close.end);
        let from = ceil_char(
            text,
            (sentence.start)
                .max(q.open.start.saturating_sub(WINDOW * 2))
                .max(crossed),
        );
        // The window before a quotation stops at any quotation before it, so
        // when it starts here too it holds the same words.
        let before = if window.start == from {
            window_words
        } else {
            // The words up to the window, then the window's own, read
            // already, when no word runs across where the window starts.
            buf.clear();
            let mut last_end = from;
            buf.extend(
                words(text, Span::new(from, window.start))
                    .inspect(|w| last_end = w.span.end)
                    .filter(self.outside_quotations(from)),
            );
            if splits_at(text, last_end, window.start) {
                buf.extend_from_slice(window_words);
            } else {
                buf.clear();
                buf.extend(
                    words(text, Span::new(from, q.open.start))
                        .filter(self.outside_quotations(from)),
                );
            }
            &buf[..]
        };
        if self.not_speech(q, before) {
            return None;
        }
        // "After Brown criticized him in a debate, Ruiz shot back, "…"": a
        // sentence that opens with an adverbial clause closes it at its
        // comma, and a verb inside it with words of its own after it
        // reports that clause; the quotation after the comma is the main
        // clause's, whose subject speaks it. "As Ruiz put it in May, "…""
        // is no such clause ("as" opens a source), nor is one whose speech
        // verb ends it ("When asked, she said").
        let main = (from == sentence.start)
            .then(|| self.main_clause_subject(before))
            .flatten();
        // A mention by a noun the lexicon does not know ("the ballot
        // showed") gives way to a speaker further back in the sentence.
        let mut weak: Option<Attribution> = None;
        for vi in (0..before.len()).rev() {
            let source = cues::source_phrase_len(text, before, vi, self.lexicon);
            if source > 0 {
                let m = mention_after(text, before, vi + source, self.lexicon);
                if let Some(m) = m {
                    let cue = Span::new(before[vi].span.start, before[vi + source - 1].span.end);
                    return Some(Attribution::new(
                        Rule::MixedInReported,
                        Kind::Mixed,
                        Some(m),
                        Some(cue),
                    ));
                }
            }
            if !self.is_verb(&before[vi]) {
                continue;
            }
            // "seized on Trump's claim that there were "thousands" of
            // them": a noun of speech that its speaker owns, nearer the
            // quotation than any other cue, gives the speaker. (Such a noun
            // is a verb's form as well: "claim", "pledge".)
            if let Some(m) = self.owner_of_noun_cue(before, vi, q.open.start) {
                return Some(Attribution::new(
                    Rule::MixedInReported,
                    Kind::Mixed,
                    Some(m),
                    Some(before[vi].span),
                ));
            }
            if let Some((comma, m)) = main
                && vi + 1 < comma
            {
                return Some(Attribution::new(
                    Rule::MixedInReported,
                    Kind::Mixed,
                    Some(m),
                    None,
                ));
            }
            let m = mention_before(text, before, vi, self.lexicon)
                .map(|m| self.issued_by(before, m, vi))
                .or_else(|| self.subject_in(q, from == sentence.start, before, vi));
            if let Some(m) = m {
                let kind = if vi + 1 == before.len() {
                    Kind::Direct
                } else {
                    Kind::Mixed
                };
                let rule = if kind == Kind::Mixed {
                    Rule::MixedInReported
                } else {
                    Rule::SpeakerInSentence
                };
                let a = Attribution::new(rule, kind, Some(m), Some(before[vi].span));
                if !m.is_generic(text, self.lexicon) {
                    return Some(self.outer_speaker(before, &m).unwrap_or(a));
                }
                weak = weak.or(Some(a));
            }
        }
        if weak.is_some() {
            return weak;
        }
        let _ = q;
        (1..after.len().min(CUE_REACH * 2)).find_map(|vi| {
            if !self.is_verb(&after[vi]) {
                return None;
            }
            // "…" if she lost, said Ana Ruiz: a verb-first clause closing
            // the sentence.
            let inverted = gap(text, after[vi - 1].span.end, after[vi].span.start) == ",";
            let m = mention_before(text, after, vi, self.lexicon).or_else(|| {
                inverted
                    .then(|| mention_after(text, after, vi + 1, self.lexicon))
                    .flatten()
            })?;
            Some(Attribution::new(
                Rule::SpeakerInSentence,
                Kind::Direct,
                Some(m),
                Some(after[vi].span),
            ))
        })
    }

    /// [`Context::noun_cue_owner`] of `w[vi]`, for the quotation opening
    /// at `open` right after `w`. Only with a short plain stretch of words
    /// from the noun to the quotation, no clause set off by punctuation
    /// nor a colon between: "had this to say about his proposal: "…""
    /// quotes another.
    fn owner_of_noun_cue(&self, w: &[Word], vi: usize, open: usize) -> Option<Mention> {
        let text = self.text;
        if w.len() - vi > OWNED_NOUN_REACH {
            return None;
        }
        let owner = self.noun_cue_owner(w, vi)?;
        let plain = |a: usize, b: usize| !text[a..b].contains(CLAUSE_MARKS);
        let last = w.last()?.span.end;
        // "her comment that, "…"": a comma may close the lead-in.
        let lead_in = matches!(gap(text, last, open), "" | ",");
        (lead_in && plain(w[vi].span.end, last)).then_some(owner)
    }

    /// The owner of the noun of speech `w[vi]` ("claim", "pledge"): the
    /// possessive before it, past its modifiers ("Ruiz's bold pledge",
    /// "her earlier comment"), read as [`noun_owner`] reads it.
    pub(crate) fn noun_cue_owner(&self, w: &[Word], vi: usize) -> Option<Mention> {
        let text = self.text;
        let noun = w[vi].text(text);
        if vi == 0 || is_capitalized(noun) || !self.lexicon.is_noun_cue(noun) {
            return None;
        }
        let (p, owner) = noun_owner(text, w, vi, self.lexicon)?;
        let plain = !text[owner.span.end..w[vi].span.start].contains(CLAUSE_MARKS);
        // "Ruiz's supporters question whether …" makes a verb of the form
        // after a plural ("his infamous comment" has an adjective).
        let subject = p + 1 < vi && plural_noun(w[vi - 1].text(text)) && !ends_as_plural(noun);
        // The noun's own clause runs on: "In his ruling, Reeves wrote …"
        // sets the noun in a phrase of its own.
        let runs_on = w
            .get(vi + 1)
            .is_none_or(|x| gap(text, w[vi].span.end, x.span.start).is_empty());
        (plain && !subject && runs_on).then_some(owner)
    }

    /// For the words `sw` of a sentence up to a quotation, opened by an
    /// adverbial clause ("While …", "After …") that a comma closes before
    /// the quotation: the index of the first word after that comma, and the
    /// main clause's subject, a specific mention that opens it.
    fn main_clause_subject(&self, sw: &[Word]) -> Option<(usize, Mention)> {
        let text = self.text;
        let first = sw.first()?.text(text);
        if !self.lexicon.class(first).is_subordinator() {
            return None;
        }
        let comma = sw
            .windows(2)
            .take(MAX_SUBJECT_REACH)
            .position(|p| gap(text, p[0].span.end, p[1].span.start) == ",")?
            + 1;
        let (verb, head) = sw[comma..].split_last()?;
        // Right after the comma: "If we forget all else about her, who
        // died in May, it will be …" goes on with a relative clause.
        let m = self
            .subject_in_words(head, verb)
            .filter(|m| m.span.start == sw[comma].span.start)?;
        (!m.is_generic(text, self.lexicon)).then_some((comma, m))
    }

    /// A headline that opens with its speaker: `Ruiz: Talks Are 'Over'`.
    fn headline(&self, q: &Quotation) -> Option<Attribution> {
        let block = &self.blocks[q.first_block];
        if !matches!(block.kind, BlockKind::Title | BlockKind::Heading) {
            return None;
        }
        let line = &self.text[block.span.start..block.span.end];
        let colon = block.span.start + line.find(':')?;
        if colon > q.open.start {
            return self.headline_signature(q, colon, block.span.end);
        }
        let dash = headline_label_start(line, colon - block.span.start);
        let start = block.span.start + dash.unwrap_or(0);
        let label: Vec<Word> = words(self.text, Span::new(start, colon)).collect();
        let a = self.lead_in_words(&label)?;
        // `Floods in Kent - a timeline: "…"`: after a dash the label may
        // name the piece as well as a speaker; only a name or a bare role
        // noun is one.
        if dash.is_some() && !self.names_speaker(&label, &a) {
            return None;
        }
        let kind = if gap(self.text, colon + 1, q.open.start).is_empty() {
            Kind::Direct
        } else {
            Kind::Mixed
        };
        Some(Attribution { kind, ..a })
    }

    /// True when the label `label` of a headline's quotation, set apart by
    /// a dash, reads as a speaker and `a` found one in it: a name, or a
    /// role noun without an article (`– mayor:`, not `- a timeline:`).
    fn names_speaker(&self, label: &[Word], a: &Attribution) -> bool {
        let text = self.text;
        let Source::Mention(m) = a.source else {
            return false;
        };
        let bare = label
            .first()
            .is_none_or(|w| !self.lexicon.class(w.text(text)).is_determiner());
        bare && match m.kind {
            MentionKind::Person { .. } | MentionKind::Org { .. } => true,
            MentionKind::Role { head, .. } => {
                self.lexicon.role(&text[head.start..head.end]).is_some()
            }
            _ => false,
        }
    }

    /// A headline quotation signed after a colon by a named person:
    /// `'I never planned to be a chef': Ama Owusu on kitchens`. A common
    /// noun there ("'We were abandoned': residents speak out") signs
    /// nothing, nor does a possessive ("'I was lucky': Mum's terror as
    /// …"), which heads a noun phrase about someone.
    fn headline_signature(&self, q: &Quotation, colon: usize, end: usize) -> Option<Attribution> {
        if q.close.is_empty() || !gap(self.text, q.close.end, colon).is_empty() {
            return None;
        }
        let after: Vec<Word> = words(self.text, Span::new(colon + 1, end))
            .take(MAX_SIGNATURE)
            .collect();
        let m = mention_after(self.text, &after, 0, self.lexicon).filter(|m| {
            matches!(m.kind, MentionKind::Person { .. })
                && !self.text[m.span.end..].starts_with(['\'', '’'])
                && strip_possessive(&self.text[m.span.start..m.span.end]).is_none()
        })?;
        Some(Attribution::new(Rule::LeadIn, Kind::Direct, Some(m), None))
    }

    /// A quotation in the article's title that a role names: the role's
    /// words before it, with no verb (`Police chief "increasingly
    /// concerned" for missing teacher`), or heading the gist after the
    /// colon that follows it (`"The ice remembers everything": a
    /// glaciologist on 14 months …`). The speaker is the person the body
    /// under the title names with that role as a title (`Police Chief
    /// Raymond Ostrowski told …`); a role the body never puts before a name
    /// names no one, nor do words before the quotation that are a name.
    fn headline_role(&self, q: &Quotation) -> Option<Attribution> {
        let bi = q.first_block;
        let block = &self.blocks[bi];
        if block.kind != BlockKind::Title || bi != q.last_block || q.close.is_empty() {
            return None;
        }
        let before: Vec<Word> = words(self.text, Span::new(block.span.start, q.open.start))
            .take(MAX_HEADLINE_ROLE + 1)
            .collect();
        let gist: Vec<Word>;
        let phrase: &[Word] = if before.is_empty() {
            let after = &self.text[q.close.end..block.span.end];
            let tail = after.trim_start().strip_prefix(':')?;
            let start = block.span.end - tail.len();
            gist = words(self.text, Span::new(start, block.span.end))
                .take(MAX_HEADLINE_ROLE + 2)
                .collect();
            self.gist_phrase(&gist)?
        } else {
            let verbless = before.len() <= MAX_HEADLINE_ROLE
                && !before.iter().any(|w| {
                    self.is_verb(w) || !w.text(self.text).chars().all(char::is_alphabetic)
                });
            if !verbless {
                return None;
            }
            &before
        };
        // A capitalised word that is no person's role ("Fans", "Tenants")
        // may stand before a name too, as the first of a list of people.
        if !self.ends_in_person_role(phrase) {
            return None;
        }
        let role = phrase.last()?.text(self.text);
        let m = self.titled_person(bi + 1, role)?;
        Some(Attribution::new(
            Rule::HeadlineRole,
            Kind::Direct,
            Some(m),
            None,
        ))
    }

    /// The noun phrase of a title's gist after a quotation and its colon,
    /// a role: the words it opens with, after its article and before the
    /// first function word (`a glaciologist on …`, `the retired harbour
    /// master on …`).
    fn gist_phrase<'w>(&self, gist: &'w [Word]) -> Option<&'w [Word]> {
        let text = self.text;
        let first = gist.first()?;
        let skip = usize::from(self.lexicon.is_article(first.text(text)));
        let phrase = gist[skip..]
            .iter()
            .take_while(|w| {
                let t = w.text(text);
                !self.lexicon.is_function_word(t) && t.chars().all(char::is_alphabetic)
            })
            .count();
        (1..=MAX_HEADLINE_ROLE)
            .contains(&phrase)
            .then(|| &gist[skip..skip + phrase])
    }

    /// Whether the words of a role's phrase end in a person's role noun
    /// ([`Lexicon::role`]), written as one word or, open, as two
    /// (`glaciologist`; `harbour master`, listed as `harbourmaster`).
    fn ends_in_person_role(&self, phrase: &[Word]) -> bool {
        let text = self.text;
        let person = |noun: &str| self.lexicon.role(noun) == Some(RoleClass::Person);
        match phrase {
            [.., before, head] => {
                person(head.text(text)) || person(&[before.text(text), head.text(text)].concat())
            }
            [head] => person(head.text(text)),
            [] => false,
        }
    }

    /// The person named in full right after the word `role`, which ends
    /// a person's role (see `Context::ends_in_person_role`), set as their
    /// title (`Glaciologist Ines Varga`, `Police Chief Raymond Ostrowski`;
    /// not `Republican presidential nominee Ana Ruiz`, where other words
    /// stand between),
    /// in the first [`TITLE_ROLE_BLOCKS`] paragraphs of running text from
    /// block `from` on.
    fn titled_person(&self, from: usize, role: &str) -> Option<Mention> {
        let body = self.blocks[from.min(self.blocks.len())..]
            .iter()
            .filter(|b| b.kind == BlockKind::Body)
            .take(TITLE_ROLE_BLOCKS);
        for b in body {
            let w = FirstWords::<ITEM_WORDS>::of(words(self.text, b.span));
            for i in 0..w.len().saturating_sub(1) {
                let t = w[i].text(self.text);
                if !t.eq_ignore_ascii_case(role) || !is_capitalized(t) {
                    continue;
                }
                let named = mention_after(self.text, &w, i + 1, self.lexicon);
                if let Some(Mention {
                    kind: MentionKind::Person { name, .. },
                    ..
                }) = named
                    && name.start == w[i + 1].span.start
                    && self.text[name.start..name.end].contains(' ')
                {
                    let kind = MentionKind::Person { name, title: None };
                    return Some(Mention { span: name, kind });
                }
            }
        }
        None
    }

    /// A headline line of a digest or a teaser that opens with a quotation
    /// and gives its gist after a colon, or closes with one after a short
    /// label and a colon (`Bank boss: 'Rates will stay put'`), the item's
    /// text under it: `'I'm not going anywhere': Coach defiant after loss`
    /// ⏎ `Gulls coach Terry Vance told reporters …`. The headline's own words name the
    /// speaker by a role, a possessive or not at all ("Hospital trials AI
    /// triage"); the item names them in full as the one who speaks, so the
    /// speaker is the named subject of the item's first speech cue. Only
    /// for a short line that is its own paragraph with the item's text
    /// right under it, no blank line between: a teaser set apart from the
    /// story after it ("Read more" links) heads nothing, and a quotation
    /// the item never gives a speaker stays unattributed.
    fn headline_quote_colon(&self, q: &Quotation) -> Option<Attribution> {
        let bi = q.first_block;
        let block = &self.blocks[bi];
        if bi != q.last_block || !heads_an_item(self.text, self.blocks, bi) || q.close.is_empty() {
            return None;
        }
        // The gist after the quotation (`'…': Coach defiant`), or the
        // label before it (`Bank boss: '…'`).
        let opens = gap(self.text, block.span.start, q.open.start).is_empty();
        let gist = if opens {
            Span::new(q.close.end, block.span.end)
        } else {
            self.label_before(q, block)?
        };
        let words = self.text[gist.start..gist.end].trim();
        if opens && (!words.starts_with(':') || words.ends_with(['.', '?', '!', ':']))
            || self.has_quotation_in(gist)
        {
            return None;
        }
        let m = self.item_speaker(bi + 1)?;
        Some(Attribution::new(
            Rule::HeadlineQuoteColon,
            Kind::Direct,
            Some(m),
            None,
        ))
    }

    /// The label before a headline line's quotation that closes the line,
    /// through its colon: `Bank boss: 'Rates will stay put'`. A label of
    /// more than [`MAX_TEASER_LABEL`] words is a sentence that quotes.
    fn label_before(&self, q: &Quotation, block: &Block) -> Option<Span> {
        let label = Span::new(block.span.start, q.open.start);
        let closes_line = gap(self.text, q.close.end, block.span.end).is_empty();
        let short = words(self.text, label).nth(MAX_TEASER_LABEL).is_none();
        (closes_line && short && gap(self.text, label.start, label.end).ends_with(':'))
            .then_some(label)
    }

    /// The named subject of the first speech cue in block `item`, outside
    /// its quotations: `Dr Ama Owusu said …`, `"…," said Ama Owusu`, `"…,"
    /// Owusu said`. Only a person's or an organisation's name: a pronoun
    /// or a role noun there points back past the headline.
    fn item_speaker(&self, item: usize) -> Option<Mention> {
        let span = self.blocks[item].span;
        let w = FirstWords::<ITEM_WORDS>::of(
            words(self.text, span).filter(self.outside_quotations(span.start)),
        );
        let vi = (0..w.len()).find(|&i| self.is_verb(&w[i]))?;
        // A verb opening the item or closing a quotation comes before its
        // subject: `"…," said Ama Owusu`.
        let inverted =
            vi == 0 || self.has_quotation_in(Span::new(w[vi - 1].span.end, w[vi].span.start));
        let m = if inverted {
            mention_after(self.text, &w, vi + 1, self.lexicon)
        } else {
            mention_before(self.text, &w, vi, self.lexicon).or_else(|| self.subject(item, &w, vi))
        };
        m.filter(|m| matches!(m.kind, MentionKind::Person { .. } | MentionKind::Org { .. }))
    }

    /// The speaker of a speech clause that `inner` is reported in: `She
    /// said she recalls the colleague being "confused"` and `Trump said in
    /// Michigan that Clinton described it as "the gold standard"` are the
    /// outer speaker's words. Only when nothing but a plain stretch of words
    /// (no clause-breaking punctuation or conjunction) lies between the
    /// outer verb and the inner mention.
    fn outer_speaker(&self, before: &[Word], inner: &Mention) -> Option<Attribution> {
        let text = self.text;
        let k = before.partition_point(|w| w.span.start < inner.span.start);
        (0..k).find_map(|vj| {
            if !self.is_verb(&before[vj]) || k - vj > OUTER_REACH {
                return None;
            }
            let between = &text[before[vj].span.end..inner.span.start];
            let plain = !between.contains([',', ';', ':', '—', '–', '(', ')'])
                && !before[vj + 1..k].iter().any(|w| {
                    let t = w.text(text);
                    self.lexicon.class(t).is_clause_opener(t)
                });
            if !plain {
                return None;
            }
            let m = mention_before(text, before, vj, self.lexicon)
                .filter(|m| !m.is_generic(text, self.lexicon))?;
            Some(Attribution::new(
                Rule::MixedInReported,
                Kind::Mixed,
                Some(m),
                Some(before[vj].span),
            ))
        })
    }

    /// Quoted words that are not speech though a cue is near: a title of a
    /// work set off by a comma (`wrote a memoir, "The Long Shift",`),
    /// described by an apposition (`"Stone and Salt", a history,`) or
    /// after "of" or "in" (`a revival of "King Lear"`). A
    /// short fragment inside a noun phrase of a reported sentence (`promised
    /// a "modern" harbour`) is the speaker's word and stays.
    fn not_speech(&self, q: &Quotation, before: &[Word]) -> bool {
        let text = self.text;
        let c = q.content();
        let lead = before
            .last()
            .map_or("", |w| gap(text, w.span.end, q.open.start));
        // … or followed by an apposition that says what it is
        // (`"Stone and Salt", a history of the hall,`).
        let tail = &text[q.close.end..self.blocks[q.last_block].span.end];
        let described = tail.strip_prefix(',').is_some_and(|t| {
            let t = t.trim_start();
            strip_article(t, self.lexicon).is_some()
        });
        // … or named right after "of" or "in" as what a production or a
        // role is of (`the revival of "King Lear"`, `his part in "The
        // Long Shore"`): two capitalised words at least, no list, as a
        // chant's is (`chants of "Ruiz, Ruiz"`; `chants of "I'm with
        // her"`), and no noun of speech before the preposition (`chants of
        // "Free the Port"`).
        let of_work = lead.is_empty()
            && before
                .split_last()
                .is_some_and(|(w, rest)| self.work_link(w, rest.last()))
            && !text[c.start..c.end].contains(',')
            && words(text, c)
                .filter(|w| is_capitalized(w.text(text)))
                .nth(1)
                .is_some();
        if lead != "," && !described && !of_work {
            return false;
        }
        self.title_case(c)
            .is_some_and(|(n, _)| (2..=MAX_TITLE_WORDS).contains(&n))
            && !text[c.start..c.end].trim_end().ends_with(['.', '!', '?'])
    }

    /// Whether `link` is a preposition a work's title follows ("of", "in")
    /// after a word, `noun`, that is no noun of speech: "the revival of",
    /// not "chants of", "a call of", "cries of", "the slogan of".
    fn work_link(&self, link: &Word, noun: Option<&Word>) -> bool {
        let lexicon = self.lexicon;
        let speech_noun = noun.is_some_and(|n| {
            let n = n.text(self.text);
            let class = lexicon.class(n);
            class.is_verb() && !n.ends_with("ing") || lexicon.is_noun_cue(n) || class.is_word_noun()
        });
        lexicon.is_work_link(link.text(self.text)) && !speech_noun
    }

    /// The first words of `content` (up to one past [`MAX_TITLE_WORDS`])
    /// when each is capitalised or a function word, as a title's are: how
    /// many, and whether the first, or the first that is not a function
    /// word, is capitalised.
    fn title_case(&self, content: Span) -> Option<(usize, bool)> {
        let text = self.text;
        let first = FirstWords::<{ MAX_TITLE_WORDS + 1 }>::of(words(text, content));
        first
            .iter()
            .all(|w| {
                // A year or a number is part of a title: "Dunmore 2040".
                let t = w.text(text);
                is_capitalized(t)
                    || t.starts_with(|c: char| c.is_ascii_digit())
                    || self.lexicon.is_function_word(t)
            })
            .then(|| {
                // An article before a name does not set its case: "the
                // Oven" is a name as "Oven" is.
                let capitalized = |w: &Word| is_capitalized(w.text(text));
                let capitalized = first.first().is_some_and(capitalized)
                    || (first.iter())
                        .find(|w| !self.lexicon.is_function_word(w.text(text)))
                        .is_some_and(capitalized);
                (first.len(), capitalized)
            })
    }

    /// The quotation opens a paragraph after one that ends with a colon:
    /// `Lavrov, a veteran diplomat, said:` or `And from the minister:`.
    fn lead_in(&self, q: &Quotation, before: &[Word]) -> Option<Attribution> {
        if !before.is_empty() {
            return None;
        }
        let prev = self.previous_body_block(q.first_block)?;
        let prev_text = &self.text[self.blocks[prev].span.start..self.blocks[prev].span.end];
        if !prev_text.ends_with(':') {
            return None;
        }
        let last = self.sentences(prev, |sents| sents.last().copied())?;
        let w: Vec<Word> = words(self.text, self.tail(last)).collect();
        // Before a cue: "comment" and "statement" after "the following"
        // are nouns that look like verbs.
        if let Some(a) = self.following(&w) {
            return Some(a);
        }
        if let Some(vi) = self.last_verb(&w, 8) {
            let m = mention_before(self.text, &w, vi, self.lexicon)?;
            return Some(Attribution::new(
                Rule::LeadIn,
                Kind::Direct,
                Some(m),
                Some(w[vi].span),
            ));
        }
        self.lead_in_words(&w)
    }

    /// `Ruiz issued the following statement:` — any verb whose object is
    /// "the following" and a noun or two announces what its subject said.
    fn following(&self, w: &[Word]) -> Option<Attribution> {
        let text = self.text;
        // "the following" and at least one noun after it.
        let lo = w.len().saturating_sub(FOLLOWING_TAIL + 2).max(2);
        let f = (lo..w.len().saturating_sub(2)).find(|&i| {
            w[i].text(text) == "the"
                && w[i + 1].text(text) == "following"
                && !is_capitalized(w[i - 1].text(text))
        })?;
        let m = mention_before(text, w, f - 1, self.lexicon)?;
        Some(Attribution::new(
            Rule::LeadIn,
            Kind::Direct,
            Some(m),
            Some(w[f - 1].span),
        ))
    }

    fn previous_body_block(&self, block: usize) -> Option<usize> {
        (0..block)
            .rev()
            .find(|&b| matches!(self.blocks[b].kind, BlockKind::Body))
    }

    /// Quotation `qi` and the quotation before it (`previous`), when `qi`
    /// has no words of its own sentence beside it and stands in the
    /// article's body: the shape of a turn that takes its speaker from the
    /// quotation before. A quoted heading is a headline, not more of the
    /// speech.
    fn alone_after(
        &self,
        qi: usize,
        before: &[Word],
        after: &[Word],
        previous: Option<usize>,
    ) -> Option<(&Quotation, &Quotation)> {
        let q = &self.quotations[qi];
        let alone = before.is_empty()
            && after.is_empty()
            && self.blocks[q.first_block].kind == BlockKind::Body;
        alone.then(|| previous.map(|p| (q, &self.quotations[p])))?
    }

    /// A quotation standing alone after an attributed quotation
    /// (`previous`), in the same paragraph or opening the next one,
    /// continues its speaker.
    fn continues(
        &self,
        qi: usize,
        before: &[Word],
        after: &[Word],
        previous: Option<usize>,
    ) -> Option<Attribution> {
        let (q, p) = self.alone_after(qi, before, after, previous)?;
        // Not one in a list after a comma (`named “Veep,” “Succession”`).
        if self.listed(q) {
            return None;
        }
        let near = p.last_block == q.first_block
            || self.previous_body_block(q.first_block) == Some(p.last_block);
        near.then_some(Attribution {
            rule: Rule::ContinuesSpeaker,
            kind: Kind::Direct,
            source: Source::Previous,
            cue: None,
        })
    }

    /// A quotation on its own that opens by addressing someone by title,
    /// a paragraph after a quoted question: the reply of the one asked
    /// ("Senator, we acted on it"), as no one so addresses themself. It
    /// outranks the sentence before it, which names the asker.
    fn answers(
        &self,
        qi: usize,
        before: &[Word],
        after: &[Word],
        previous: Option<usize>,
    ) -> Option<Attribution> {
        let (q, p) = self.alone_after(qi, before, after, previous)?;
        let replies = self.previous_body_block(q.first_block) == Some(p.last_block)
            && self.asks_question(p)
            && self.addresses_someone(q);
        replies.then_some(Attribution {
            rule: Rule::AnswersQuestion,
            kind: Kind::Direct,
            source: Source::Questioned,
            cue: None,
        })
    }

    /// Whether the words of quotation `p` end in a question mark.
    fn asks_question(&self, p: &Quotation) -> bool {
        let c = p.content();
        self.text[c.start..c.end]
            .trim_end_matches(|ch: char| ch.is_whitespace() || CLOSING_QUOTES.contains(&ch))
            .ends_with('?')
    }

    /// Whether quotation `q` opens by addressing someone by a title, maybe
    /// with a name after it, set off by a comma: "Senator, …", "Madam
    /// Speaker, …", "Detective Ruiz, …".
    fn addresses_someone(&self, q: &Quotation) -> bool {
        let c = q.content();
        let mut ws = words(self.text, c);
        let Some(first) = ws.next() else {
            return false;
        };
        if first.span.start != c.start || !self.lexicon.is_title_word(first.text(self.text)) {
            return false;
        }
        let comma_after = |w: &Word| self.text[w.span.end..].starts_with(',');
        comma_after(&first)
            || ws
                .next()
                .is_some_and(|w| is_capitalized(w.text(self.text)) && comma_after(&w))
    }

    /// Whether `q` is an item of a list after a comma or a semicolon
    /// (`named “Veep,” “Succession”`), told from the last few bytes
    /// before it: a run of marks and spaces is not read back to its start
    /// for every quotation in it.
    fn listed(&self, q: &Quotation) -> bool {
        let from = floor_char(self.text, q.open.start.saturating_sub(LIST_LEAD));
        self.text[from..q.open.start]
            .trim_end()
            .trim_end_matches(CLOSING_QUOTES)
            .trim_end()
            .ends_with([',', ';'])
    }

    /// A quotation that stands alone as whole sentences of speech, though
    /// nothing in the article ties it to a speaker: returned with no
    /// speaker rather than lost. Short quotes and fragments stay out, as
    /// scare quotes and titles are.
    fn unattributed_speech(
        &self,
        q: &Quotation,
        before: &[Word],
        after: &[Word],
    ) -> Option<Attribution> {
        self.stands_alone_as_speech(q, before, after)
            .then_some(Attribution {
                rule: Rule::Unattributed,
                kind: Kind::Direct,
                source: Source::Unknown,
                cue: None,
            })
    }

    /// True when `q` stands alone in running text, nothing before or after
    /// it in its sentence, as whole sentences of speech: at least a few
    /// words ending as a sentence does. Short quotes and fragments stay
    /// out, as scare quotes and titles are.
    fn stands_alone_as_speech(&self, q: &Quotation, before: &[Word], after: &[Word]) -> bool {
        if !(before.is_empty() || self.only_turn_label(q, before))
            || !after.is_empty()
            || self.blocks[q.first_block].kind != BlockKind::Body
        {
            return false;
        }
        self.is_whole_speech(q)
    }

    /// Whether a quotation's words are whole sentences of speech: at least
    /// a few words, ending as a sentence does.
    fn is_whole_speech(&self, q: &Quotation) -> bool {
        let c = q.content();
        let content = self.text[c.start..c.end]
            .trim_end_matches(|ch: char| ch.is_whitespace() || CLOSING_QUOTES.contains(&ch));
        content.ends_with(['.', '!', '?'])
            && words(self.text, c).nth(MIN_SPEECH_WORDS - 1).is_some()
    }

    /// `Q: "Will the boats run by June?"`, `A: "Some of them."`: the
    /// label of an interview's turn and its colon, alone before the
    /// quotation, lead no sentence into it; the turn is speech all the
    /// same, whoever asks or answers.
    fn only_turn_label(&self, q: &Quotation, before: &[Word]) -> bool {
        matches!(before, [label]
            if self.lexicon.is_interview_label(label.text(self.text))
                && self.text[label.span.end..q.open.start].trim() == ":")
    }

    /// A quotation of whole sentences opening a paragraph, no cue anywhere
    /// near it, after a short paragraph about one person that quotes no
    /// one: a feature hands over to the person it has just introduced
    /// (`Ruiz still remembers the night the crane fell.` ⏎ `"We heard it
    /// before we saw it. …"`). The speaker is the subject of that
    /// paragraph's first sentence, a name or "he" or "she". When its last
    /// sentence has another person as subject, the quotation may be
    /// theirs: it is the first person's only when that sentence keeps them
    /// in view as its object (`Bell had sent her a spreadsheet.`), else no
    /// one's, as a wrong speaker is worse than none. A paragraph about a
    /// thing (`The spreadsheet arrived in March.`) gives no speaker.
    fn lead_in_paragraph(
        &self,
        q: &Quotation,
        before: &[Word],
        after: &[Word],
    ) -> Option<Attribution> {
        let text = self.text;
        let block = q.first_block;
        if !self.stands_alone_as_speech(q, before, after)
            || !text[self.blocks[block].span.start..q.open.start]
                .trim()
                .is_empty()
        {
            return None;
        }
        let lead_block = self.previous_body_block(block)?;
        let lead = self.blocks[lead_block].span;
        // Read for marks, not for quotations: a long article is read a
        // window at a time, and a window's quotations may not reach back.
        let lead_text = text[lead.start..lead.end].trim_end();
        // A paragraph that quotes someone, by a mark no apostrophe could
        // be, is no lead-in to the quotation after it.
        if lead_text.contains(QUOTING_NOT_APOSTROPHE) || !lead_text.ends_with('.') {
            return None;
        }
        let (first, last, n) =
            self.sentences(lead_block, |s| Some((*s.first()?, *s.last()?, s.len())))?;
        if n > MAX_LEAD_IN_SENTENCES {
            return None;
        }
        let person = self.person_subject(first)?;
        if n > 1
            && let Some(other) = self.person_subject(last)
            && !self.same_person(person, other)
            && !self.has_object_pronoun(last)
        {
            return None;
        }
        Some(Attribution::new(
            Rule::LeadInParagraph,
            Kind::Direct,
            Some(person),
            None,
        ))
    }

    /// The person a sentence opens with as its subject, a name or a
    /// singular "he" or "she", followed at once by a finite verb (`Ruiz
    /// remembers`, `She is unapologetic`); not a possessive (`Ruiz's
    /// phone rang`) or a name in a longer phrase.
    fn person_subject(&self, sentence: Span) -> Option<Mention> {
        let text = self.text;
        let w = FirstWords::<LEAD_IN_SUBJECT_WORDS>::of(words(text, sentence));
        let from = self.past_opening_phrase(&w);
        let m = mention_after(text, &w, from, self.lexicon)?;
        let person = match m.kind {
            MentionKind::Person { .. } => true,
            MentionKind::Pronoun(p) => p.subject && p.speaker && !p.plural,
            _ => false,
        };
        let verb = w.iter().find(|x| x.span.start >= m.span.end)?;
        let verb_text = verb.text(text);
        (person
            && m.span.start == w[from].span.start
            && text[m.span.end..].starts_with(' ')
            && gap(text, m.span.end, verb.span.start).is_empty()
            && is_finite_like(verb_text, self.lexicon))
        .then_some(m)
    }

    /// Where the main clause of a sentence starting with the words `w`
    /// opens: after the first comma when a preposition or a subordinator
    /// opens the sentence (`On the question of cost, Ruiz is blunt.`), as
    /// [`Context::subject_of`] reads it; else at its first word.
    fn past_opening_phrase(&self, w: &[Word]) -> usize {
        let text = self.text;
        match w.first() {
            Some(first) if opens_clause_or_phrase(self.lexicon.class(first.text(text))) => w
                .windows(2)
                .position(|p| gap(text, p[0].span.end, p[1].span.start) == ",")
                .map_or(0, |c| c + 1),
            _ => 0,
        }
    }

    /// True when two subjects can be one person: a pronoun, or names that
    /// end in the same word (`Celia Marchetti`, `Marchetti`).
    fn same_person(&self, a: Mention, b: Mention) -> bool {
        let last = |m: Mention| after_last_space(&self.text[m.span.start..m.span.end]);
        matches!(b.kind, MentionKind::Pronoun(_)) || last(a) == last(b)
    }

    /// True when a sentence holds a singular object pronoun ("her",
    /// "him"), the person it acts on.
    fn has_object_pronoun(&self, sentence: Span) -> bool {
        words(self.text, sentence).any(|w| {
            self.lexicon
                .pronoun(w.text(self.text))
                .is_some_and(|p| p.speaker && !p.subject && !p.plural)
        })
    }

    /// A letter quoted whole: the quotation opens with a salutation to a
    /// name ("Dear Ines,") and its last sentence is a sign-off of a few
    /// words and its writer's name ("With love, Dorothy."), who said it,
    /// whoever reads it out ("she reads it to me").
    fn letter(&self, q: &Quotation) -> Option<Attribution> {
        let content = q.content();
        let s = &self.text[content.start..content.end];
        let (opener, salutation) = s.split_once(' ')?;
        if !self.lexicon.is_salutation(opener) {
            return None;
        }
        let to = &salutation[..salutation.find(',')?];
        if to.split(' ').count() > MAX_LETTER_NAME || !to.split(' ').all(is_capitalized) {
            return None;
        }
        let signed = s.trim_end_matches(['.', '!', ' ']);
        let comma = signed.rfind(',')?;
        // The sign-off opens the letter's last sentence.
        let sign_off = &signed[..comma];
        let opens = sign_off.rfind(['.', '!', '?']).map_or(0, |p| p + 1);
        if opens == 0 || sign_off[opens..].split_whitespace().count() > MAX_SIGN_OFF {
            return None;
        }
        let from = content.start + comma + 1;
        let name = Span::new(from, content.start + signed.len());
        // One word past the longest name is enough to refuse a longer one.
        let w: Vec<Word> = words(self.text, name).take(MAX_LETTER_NAME + 1).collect();
        if w.is_empty()
            || w.len() > MAX_LETTER_NAME
            || !w.iter().all(|w| is_capitalized(w.text(self.text)))
        {
            return None;
        }
        let m = mention_after(self.text, &w, 0, self.lexicon)?;
        (m.span.end == name.end && self.text[m.span.start..m.span.end] != *to)
            .then(|| Attribution::new(Rule::LetterSigned, Kind::Direct, Some(m), None))
    }

    /// A quotation standing alone next to a sentence that names a speaker
    /// with a cue: the sentence before it in the paragraph, or the last
    /// sentence of the paragraph before.
    fn adjacent_sentence(
        &self,
        q: &Quotation,
        before: &[Word],
        after: &[Word],
    ) -> Option<Attribution> {
        // A quotation in a list after a comma (`The words "bold", "fair"
        // and …`) has no words of its own around it, but opens no sentence.
        if !before.is_empty() || !after.is_empty() || self.listed(q) {
            return None;
        }
        let block = q.first_block;
        let in_block = self.sentences(block, |sents| {
            let i = sents.partition_point(|s| s.end <= q.open.start);
            i.checked_sub(1).map(|p| sents[p])
        });
        let prev = match in_block {
            Some(p) => p,
            None => self.sentences(self.previous_body_block(block)?, |sents| {
                sents.last().copied()
            })?,
        };
        if self.has_quotation_in(prev) {
            return None;
        }
        let w: Vec<Word> = words(self.text, self.tail(prev)).collect();
        (0..w.len()).find_map(|vi| {
            if !self.is_verb(&w[vi]) {
                return None;
            }
            let m = mention_before(self.text, &w, vi, self.lexicon)?;
            Some(Attribution::new(
                Rule::AdjacentSentence,
                Kind::Direct,
                Some(m),
                Some(w[vi].span),
            ))
        })
    }
}

/// The most words of a name a letter is addressed to or signed with.
const MAX_LETTER_NAME: usize = 3;
/// The most words of a letter's sign-off ("With best wishes").
const MAX_SIGN_OFF: usize = 4;

/// The most sentences of a paragraph that introduces the speaker of the
/// quotation after it: a longer one is about more than its first subject.
const MAX_LEAD_IN_SENTENCES: usize = 2;
/// The words of a sentence read for the person it opens with: a short
/// opening phrase, a title, a name and the verb after them.
const LEAD_IN_SUBJECT_WORDS: usize = 16;

/// How far into a sentence its subject is looked for, in words.
const MAX_SUBJECT_REACH: usize = 40;

/// How far back an outer speech verb is looked for, in words.
const OUTER_REACH: usize = 16;

/// The most words from a noun of speech to the quotation it leads into,
/// the noun's own included: "his warning that the country would have to
/// go to the "back of the queue"".
const OWNED_NOUN_REACH: usize = 10;

/// The longest title of a work told apart from speech, in words.
const MAX_TITLE_WORDS: usize = 8;
/// The most words between "known" and the "as" that leads into a name
/// (`known to residents at the home as "…"`), and the bytes read back for
/// them.
const MAX_KNOWN_AS_WORDS: usize = 8;
const MAX_KNOWN_AS_BYTES: usize = 80;
/// The longest word or phrase mentioned after "the word" or "the term"
/// told apart from speech, in words.
const MAX_WORD_MENTIONED: usize = 4;

/// The most words of a phrase of where or when between a speaker's name
/// and the colon that hands over to them: `Mercer at the break:`.
const MAX_SETTING_WORDS: usize = 3;

/// How far back before a quotation its label lead ("so called") is read,
/// in bytes.
const LABEL_LEAD_BYTES: usize = 24;

/// The most words of a name given by a naming verb, "the" included.
const MAX_NAME_CALLED: usize = 4;

/// How far back before a quotation a naming verb is looked for, in bytes.
const NAME_CALLED_BYTES: usize = 48;

/// The most words of an object between a naming verb and the name.
const MAX_OBJECT_WORDS: usize = 4;

/// The most bytes between two ratings set against each other: `" to "`
/// and the marks.
const RATING_GAP: usize = 8;
/// How far back the owner of a title (`NBC's "Meet the Press"`) is read,
/// in bytes.
const MAX_OWNER_BYTES: usize = 32;
/// How far before a quotation the comma of a list is looked for, in bytes
/// (`,” “`).
const LIST_LEAD: usize = 12;

/// The fewest words a quotation with no attribution has to be returned.
const MIN_SPEECH_WORDS: usize = 6;

/// The most words a description of a speaker that the mention rules do
/// not read ("the second official", "Ruiz of the port authority") has.
const MAX_DESCRIPTION: usize = 12;

/// The most words of the phrase of where or when a quotation was worded
/// after "put it" (see `Context::occasion`).
const MAX_OCCASION: usize = 12;
/// The marks that end a phrase of where or when something was worded.
const OCCASION_BREAKS: [char; 7] = [',', ';', ':', '"', '“', '(', '—'];

/// How many paragraphs before a transcript's first turn are read for the
/// one it introduces as the interviewer.
const INTRO_BLOCKS: usize = 4;

/// How many bytes at the end of a paragraph of introduction are read for
/// its interviewer besides its opening.
const INTRO_TAIL: usize = 240;

/// How many words before a speaker's mention the "as" of `As the Post's
/// Ana Ruiz put it` is looked for.
const AS_REACH: usize = 3;

/// How many words may stand between a subject after an opening phrase
/// and its verb ("the department of health said").
const OPENED_SUBJECT_TAIL: usize = 6;

/// Where the speaker's label before the colon at `colon` starts in
/// `line`, a headline, when a dash sets it apart from the news it follows
/// (`Bridge to close – mayor: 'A slap in the face'`): right after the last
/// dash, of whatever length it is written. None when no dash stands
/// before the colon: the label starts with the line.
fn headline_label_start(line: &str, colon: usize) -> Option<usize> {
    let before = &line[..colon];
    before
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '–' || c == '—')
        .map(|(d, c)| d + c.len_utf8())
        .or_else(|| before.rfind(" - ").map(|d| d + " - ".len()))
}

/// The longest headline line, in bytes, read as a quotation and its gist
/// over an item (`'…': Coach defiant after loss`).
const HEADLINE_LINE: usize = 160;

/// True when `block` has the shape of a headline line whose quotation the
/// item under it attributes (see `Context::headline_quote_colon`): short,
/// holding a colon, and opening with a quotation mark or closing with one
/// after a label of [`MAX_TEASER_LABEL`] words at most. The pipeline does
/// not end a window on such a line, so the rule always sees the item.
pub(crate) fn may_head_an_item(text: &str, block: &Block) -> bool {
    let line = &text[block.span.start..block.span.end];
    let labelled = || {
        line.ends_with(CLOSING_QUOTES)
            && line
                .split(':')
                .next()
                .is_some_and(|label| label.split_whitespace().nth(MAX_TEASER_LABEL).is_none())
    };
    line.len() <= HEADLINE_LINE
        && line.contains(':')
        && (line.starts_with(OPENING_QUOTES) || labelled())
}

/// Whether block `bi` is a teaser's headline over its item, the shape
/// `Context::headline_quote_colon` reads: a short paragraph of its own,
/// or the text's first line, no furniture, opening or closing with a
/// quotation and holding a colon, the item's text glued under it.
pub(crate) fn heads_an_item(text: &str, blocks: &[Block], bi: usize) -> bool {
    let b = &blocks[bi];
    (b.blank_before || bi == 0)
        && b.kind != BlockKind::Furniture
        && blocks
            .get(bi + 1)
            .is_some_and(|item| item.kind == BlockKind::Body && !item.blank_before)
        && may_head_an_item(text, b)
}

/// The most words of a teaser's label before its quotation (`Bank boss:
/// '…'`, `Harbour master Ana Ruiz: '…'`).
const MAX_TEASER_LABEL: usize = 5;

/// The most words of a role that names a title's quotation (`Police
/// chief`, `retired harbour master`).
const MAX_HEADLINE_ROLE: usize = 3;
/// How many paragraphs of running text under the title are read for the
/// person a title's role names: the story's opening, which introduces
/// them.
const TITLE_ROLE_BLOCKS: usize = 3;

/// How far past the title's start, in bytes, the blocks read may run
/// while a window waits for the paragraphs under it (see [`title_waits`]):
/// a story's opening paragraphs, under a few lines of furniture, are
/// read well within it, and a text of lines that are no paragraphs of
/// running text is held no longer.
const TITLE_WAIT_BYTES: usize = 16 * 1024;

/// Whether the article's title, its first block, holds a quotation whose
/// speaker a role may name (see `Context::headline_role`) and fewer than
/// [`TITLE_ROLE_BLOCKS`] paragraphs of running text of the blocks before
/// `end` are under it, within [`TITLE_WAIT_BYTES`]: the pipeline does not
/// end a window before those. A quotation opens with a double mark or a
/// curly single one, or a straight single one at the title's start or
/// after a space: an apostrophe ("Ruiz's plan") holds nothing.
pub(crate) fn title_waits(text: &str, blocks: Blocks<'_>, end: usize) -> bool {
    let Some(title) = blocks.list.first().filter(|b| b.kind == BlockKind::Title) else {
        return false;
    };
    let line = &text[title.span.start..title.span.end];
    let read = &blocks.list[1..end.clamp(1, blocks.list.len())];
    blocks.first == 0
        && (line.contains(OPENING_NOT_APOSTROPHE) || line.starts_with('\'') || line.contains(" '"))
        && read
            .last()
            .is_none_or(|b| b.span.end - title.span.start <= TITLE_WAIT_BYTES)
        && read
            .iter()
            .filter(|b| b.kind == BlockKind::Body)
            .nth(TITLE_ROLE_BLOCKS - 1)
            .is_none()
}

/// How many words of an item under a headline are read for its speaker.
const ITEM_WORDS: usize = 64;

/// The most words a dash signature or a lead-in label has.
const MAX_SIGNATURE: usize = 10;
/// How many words may follow "the following" in a line announcing a
/// statement ("the following statement on Twitter:").
const FOLLOWING_TAIL: usize = 4;

/// True when the word `w[first]` that opens a sentence is the participle
/// or adverb of an introductory phrase, not a name: "Rattling off
/// promises to lower taxes, Ruiz said …", "Reached by phone, Bell told
/// …", "Shortly after the vote, the board …". One capitalised word with
/// the ending of a participle or an adverb, an object, a preposition, a
/// number or a participle right after it, and a comma closing the phrase
/// before the verb at `verb`, or a participle with a particle of movement
/// right after it; the subject comes after that comma. A
/// surname with such an ending ("Kelly said", "Reed, the director,
/// said") has its verb or its comma right after it.
pub(crate) fn introductory_phrase(
    text: &str,
    w: &[Word],
    first: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> bool {
    let (Some(opener), Some(next)) = (w.get(first), w.get(first + 1)) else {
        return false;
    };
    let t = opener.text(text);
    let ending = t.len() > 4 && ["ing", "ed", "ly"].iter().any(|e| t.ends_with(e));
    if !ending || !is_capitalized(t) || lexicon.is_first_name(t) {
        return false;
    }
    let n = next.text(text);
    let class = lexicon.class(n);
    let object = class.is_preposition()
        || class.is_object_opener()
        || class.is_number_word()
        || n.ends_with("ing") && !is_capitalized(n);
    // "Looking back at …", "Rattling off …": a participle's particle of
    // movement right after it tells a verb, comma or not; no name has one.
    let particle = t.ends_with("ing") && lexicon.is_way_particle(n);
    (object || particle)
        && gap(text, opener.span.end, next.span.start).is_empty()
        && (particle
            || text
                .get(next.span.end..verb)
                .is_some_and(|between| between.contains(',')))
}

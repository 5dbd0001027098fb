//! Stage 2, sentences: where each sentence of a block starts and ends.
//!
//! One forward pass over the block, so linear on any input (unlike a
//! general Unicode sentence splitter, which is quadratic on a long run of
//! spaces after a period). A sentence ends at `.`, `!`, `?` or `…` (with
//! any closing quotes and brackets after it) when white space and then a
//! capital, digit or opening mark follow — except after an abbreviation
//! ("Mr.", "Feb.", "U.S.") or an initial ("J. K. Rowling"), unless a
//! subject pronoun or a connective opens the next clause ("at 7 p.m. He
//! …").

use std::cell::RefCell;
use std::sync::LazyLock;

use memchr::{memchr, memchr3};
use regex::Regex;

use crate::Span;
use crate::layout::{self, Block, BlockKind, WINDOW};
use crate::lexicon::Lexicon;
use crate::words::{ceil_char, floor_char, is_ascii_space};

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '‹' | '„' | '`'
    )
}

const ELLIPSIS: &[u8] = "…".as_bytes();

/// A short sentence of news text, in bytes: what the list of sentences is
/// first given room for.
const SENTENCE_BYTES: usize = 64;
/// The most sentences given room for from the start, so that the memory
/// held for a long text grows with the sentences found rather than with
/// its length.
const RESERVED_SENTENCES: usize = 4096;

/// A wire dateline or a run-in head before a dash at a paragraph's start:
/// "DENVER (AP) — ", "LONDON (Reuters) - ", "FAIRVIEW, W.Va. - ",
/// "KESSLING, Germany, 3 March 2026 /PRNewswire/ -- ", "LISBON ― " (a
/// horizontal bar, as some wires set it). Capital words,
/// maybe a place after a comma, a date, a press-release wire between
/// slashes and an agency in brackets.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]*)*(?:, [A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*)*)?(?:, (?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?)?(?: /[A-Za-z][A-Za-z ]{1,30}/)?(?: \([^()\n]{1,40}\))? ?(?:—|–|―|--?)",
    )
    .expect("valid regex")
});

/// A dateline of Indian and Australian wires, ended by a colon: a place
/// (maybe a country in brackets), a comma, a day and month either way
/// round (maybe a year), maybe an agency in brackets: "Guwahati, 12 July:",
/// "New Delhi \[India\], July 12 (ANI):".
static DATED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)*(?: \[[A-Za-z .]{1,30}\])?, (?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?(?: \([A-Za-z .]{1,20}\))? ?:",
    )
    .expect("valid regex")
});

/// The longest dateline looked for, in bytes.
const MAX_DATELINE: usize = 100;

/// Where a dateline that opens `s` ends (its dash included), when one
/// does and a sentence follows it.
fn dateline_end(s: &str) -> Option<usize> {
    // Nearly every paragraph opens with a capital and a lower-case letter:
    // the dash regex runs only on one that opens with two capitals, the
    // colon one only on one with a day's digits before a colon near its
    // start (not on every `Trump said: "…`).
    let b = s.as_bytes();
    if !(b.len() > 2 && b[0].is_ascii_uppercase()) {
        return None;
    }
    let head = &s[..floor_char(s, MAX_DATELINE.min(s.len()))];
    let dated = || {
        let colon = memchr(b':', head.as_bytes())?;
        head.as_bytes()[..colon]
            .iter()
            .any(u8::is_ascii_digit)
            .then(|| DATED_DATELINE.find(head))
            .flatten()
    };
    let end = (b[1].is_ascii_uppercase())
        .then(|| DATELINE.find(head))
        .flatten()
        .or_else(dated)?
        .end();
    let next = spaces_end(s, end);
    (next > end && starts_sentence(s, next)).then_some(end)
}

/// The sentences of `text[block]` in a list of their own.
#[cfg(test)]
pub(crate) fn sentences(text: &str, block: Span, lexicon: &Lexicon) -> Vec<Span> {
    let mut out = Vec::new();
    split(text, block, lexicon, &mut out);
    out
}

/// How long the bullet and its spaces are that open `line`, when one
/// does and words follow it (see [`layout::bullet`]).
fn bullet_len(line: &str) -> Option<usize> {
    let mark = layout::bullet(line)?;
    let len = line.len() - line[mark.len_utf8()..].trim_start_matches(' ').len();
    line[len..]
        .bytes()
        .next()
        .is_some_and(|b| !b.is_ascii_whitespace())
        .then_some(len)
}

/// The sentences of `text[block]`, pushed onto `out`: they cover the block
/// without gaps but the white space between them and the bullets of a
/// list. A dateline is a sentence of its own: a report's first sentence
/// starts after it.
///
/// A line that opens with a bullet is an item of a list, and ends the
/// sentence before it though that has no final punctuation ("Key points"
/// boxes: "- Schools will stay closed, the council says"); the bullet is
/// no word of the item's sentence.
pub(crate) fn split(text: &str, block: Span, lexicon: &Lexicon, out: &mut Vec<Span>) {
    let s = &text[block.start..block.end];
    let mut start = bullet_len(s).unwrap_or(0);
    for newline in memchr::memchr_iter(b'\n', s.as_bytes()) {
        let Some(len) = bullet_len(&s[newline + 1..]) else {
            continue;
        };
        let end = start.max(newline - (s[..newline].len() - s[..newline].trim_end().len()));
        split_run(
            text,
            Span::new(block.start + start, block.start + end),
            lexicon,
            out,
        );
        start = newline + 1 + len;
    }
    split_run(
        text,
        Span::new(block.start + start, block.end),
        lexicon,
        out,
    );
}

/// [`split`] for a run of text with no list's item in it.
fn split_run(text: &str, block: Span, lexicon: &Lexicon, out: &mut Vec<Span>) {
    let s = &text[block.start..block.end];
    let bytes = s.as_bytes();
    // Room for sentences of news length from the start: growing the list
    // a sentence at a time would copy it several times over.
    out.reserve(bytes.len() / SENTENCE_BYTES + 1);
    let mut start = 0;
    if let Some(end) = dateline_end(s) {
        out.push(Span::new(block.start, block.start + end));
        start = spaces_end(s, end);
    }
    let mut i = start;
    // Terminal punctuation is found with memchr, which skips the rest of
    // the text many bytes at a time. Ellipses are rare, so the next one is
    // kept and looked for again only once the scan passes it; and looked
    // for a window ahead at most, so that in a long block the search does
    // not read the text out of the cache ahead of the scan.
    let mut ellipsis = usize::MAX;
    // How far ellipses are looked for: from `i` up to here there is none
    // but `ellipsis`.
    let mut searched = i;
    while i < bytes.len() {
        if ellipsis < i {
            ellipsis = usize::MAX;
            searched = i;
        }
        let stop = memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |o| i + o);
        while ellipsis == usize::MAX && searched < stop {
            let to = searched.saturating_add(WINDOW).min(bytes.len());
            ellipsis = find_ellipsis(bytes, searched, to);
            searched = to;
        }
        i = stop.min(ellipsis);
        if i == bytes.len() {
            break;
        }
        let c = bytes[i];
        let term = i;
        // The run of terminal punctuation, then closing marks.
        let mut j = i;
        loop {
            if bytes
                .get(j)
                .is_some_and(|b| matches!(b, b'.' | b'!' | b'?'))
            {
                j += 1;
            } else if bytes[j..].starts_with(ELLIPSIS) {
                j += ELLIPSIS.len();
            } else {
                break;
            }
        }
        let k = closers_end(s, j);
        // White space, then the start of the next sentence.
        let ws_end = spaces_end(s, k);
        let boundary = ws_end > k
            && starts_sentence(s, ws_end)
            && !(c == b'.'
                && j == term + 1
                && before_is_abbreviation(s, term, lexicon)
                && !opens_clause(s, ws_end, term, lexicon));
        if boundary {
            out.push(Span::new(block.start + start, block.start + k));
            start = ws_end;
            i = ws_end;
        } else {
            i = j.max(i + 1);
        }
    }
    if start < bytes.len() {
        out.push(Span::new(block.start + start, block.end));
    }
}

/// The sentences of `block`, pushed onto `out`: none for furniture, which
/// is not running text.
///
/// A bar between spaces parts the pieces of a page's title or of its
/// navigation ("The Harwick Echo | Local news and weather", "News |
/// Sport"), never words of one sentence: each piece is split on its own,
/// so a word of the site's name is no cue for the tagline after it.
pub(crate) fn split_block(text: &str, block: &Block, lexicon: &Lexicon, out: &mut Vec<Span>) {
    if block.kind == BlockKind::Furniture {
        return;
    }
    let s = &text[block.span.start..block.span.end];
    let mut start = 0;
    for bar in memchr::memchr_iter(b'|', s.as_bytes()) {
        let spaced =
            bar > 0 && s.as_bytes()[bar - 1] == b' ' && s.as_bytes().get(bar + 1) == Some(&b' ');
        if spaced && bar - 1 > start {
            let piece = Span::new(block.span.start + start, block.span.start + bar - 1);
            split(text, trim_piece(text, piece), lexicon, out);
            start = bar + 2;
        }
    }
    let rest = Span::new(block.span.start + start, block.span.end);
    split(text, trim_piece(text, rest), lexicon, out);
}

/// `text[span]` without the spaces at either end.
fn trim_piece(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let start = span.start + (s.len() - s.trim_start_matches(' ').len());
    let end = span.start + s.trim_end_matches(' ').len();
    Span::new(start, end.max(start))
}

/// The sentences of an article's blocks, each block split when first asked
/// for: most blocks hold no quotation and no cue.
///
/// One list for the whole article, in which a block's sentences are a run
/// found by two indices: a list per block cost an allocation for each one
/// split and a slot four times the size for each one not, and on a long
/// text those pages are faulted in anew on every call.
pub(crate) struct Sentences(RefCell<Store>);

struct Store {
    /// The sentences of the blocks split so far, a block's together, in the
    /// order the blocks were split.
    all: Vec<Span>,
    runs: Runs,
}

/// Where each block's sentences lie in [`Store::all`], as one past the
/// first index and one past the last: zero for a block not split yet, so
/// the lists start as zeroed memory, which is touched only where a block
/// is split.
enum Runs {
    /// For a text shorter than 4 GiB, which has fewer sentences than
    /// bytes: indices in half the room.
    Narrow(Vec<[u32; 2]>),
    Wide(Vec<[usize; 2]>),
}

/// `runs` emptied and refilled with `blocks` unsplit blocks.
fn zeroed<T: Copy + Default>(runs: &mut Vec<[T; 2]>, blocks: usize) {
    runs.clear();
    runs.resize(blocks, [T::default(); 2]);
}

impl Runs {
    fn get(&self, block: usize) -> [usize; 2] {
        match self {
            Runs::Narrow(runs) => runs[block].map(|i| i as usize),
            Runs::Wide(runs) => runs[block],
        }
    }

    fn set(&mut self, block: usize, run: [usize; 2]) {
        match self {
            // Each index is at most the number of sentences, below the
            // text's length and so below `u32::MAX`.
            Runs::Narrow(runs) => runs[block] = run.map(|i| i as u32),
            Runs::Wide(runs) => runs[block] = run,
        }
    }
}

impl Sentences {
    /// A store for the `blocks` blocks of a text `len` bytes long.
    pub fn new(blocks: usize, len: usize) -> Sentences {
        let runs = if len < u32::MAX as usize {
            Runs::Narrow(vec![[0; 2]; blocks])
        } else {
            Runs::Wide(vec![[0; 2]; blocks])
        };
        // Room for the sentences of a news text from the start, up to a
        // bound: growing the list a block at a time copies it over.
        let all = Vec::with_capacity((len / SENTENCE_BYTES + 1).min(RESERVED_SENTENCES));
        Sentences(RefCell::new(Store { all, runs }))
    }

    /// Empties the store for a piece of the same text, `blocks` blocks
    /// long: its lists keep their room, and stay in cache.
    pub fn reset(&mut self, blocks: usize) {
        let store = self.0.get_mut();
        store.all.clear();
        match &mut store.runs {
            Runs::Narrow(runs) => zeroed(runs, blocks),
            Runs::Wide(runs) => zeroed(runs, blocks),
        }
    }

    /// What `read` makes of the sentences of block `block`, which `split`
    /// pushes onto the list it is given when the block is first asked for.
    #[inline]
    pub fn of<R>(
        &self,
        block: usize,
        split: impl FnOnce(&mut Vec<Span>),
        read: impl FnOnce(&[Span]) -> R,
    ) -> R {
        let mut store = self.0.borrow_mut();
        let [mut first, mut end] = store.runs.get(block);
        if end == 0 {
            let from = store.all.len();
            split(&mut store.all);
            [first, end] = [from + 1, store.all.len() + 1];
            store.runs.set(block, [first, end]);
        }
        read(&store.all[first - 1..end - 1])
    }
}

// The helpers below test ASCII bytes as bytes, and decode only a byte
// beyond ASCII: a character at a time, they cost most of the split.

/// Where the run of closing marks from `from` (a char boundary) ends.
fn closers_end(s: &str, from: usize) -> usize {
    let mut k = from;
    while let Some(&b) = s.as_bytes().get(k) {
        let len = match b {
            0x80.. => s[k..]
                .chars()
                .next()
                .filter(|&ch| is_closer(ch))
                .map_or(0, char::len_utf8),
            _ => usize::from(is_closer(char::from(b))),
        };
        if len == 0 {
            break;
        }
        k += len;
    }
    k
}

/// Where the white space from `from` (a char boundary) ends.
fn spaces_end(s: &str, from: usize) -> usize {
    let bytes = s.as_bytes();
    let mut k = from;
    while bytes.get(k).is_some_and(|&b| is_ascii_space(b)) {
        k += 1;
    }
    if bytes.get(k).is_some_and(|&b| b >= 0x80) {
        k += s[k..].len() - s[k..].trim_start().len();
    }
    k
}

/// True when the character at `at` may start a sentence: a capital, a
/// digit or an opening mark.
fn starts_sentence(s: &str, at: usize) -> bool {
    match s.as_bytes().get(at) {
        None => false,
        Some(&b) if b < 0x80 => {
            b.is_ascii_uppercase() || b.is_ascii_digit() || is_opener(char::from(b))
        }
        Some(_) => s[at..]
            .chars()
            .next()
            .is_some_and(|n| n.is_uppercase() || n.is_numeric() || is_opener(n)),
    }
}

/// True when the word at `at` opens a clause of its own, so that the
/// abbreviation whose period is at `dot` ends its sentence ("… at 7 p.m.
/// He says …", "… in the U.S. But …"): a subject pronoun or a connective,
/// capitalised as a sentence's first word is. No name follows a title that
/// way. After a dotted abbreviation, a time's or a place's ("p.m.",
/// "U.S."), which is no title over a name, any function word so
/// capitalised opens one too ("… before 9 p.m. In a short speech …").
fn opens_clause(s: &str, at: usize, dot: usize, lexicon: &Lexicon) -> bool {
    let rest = &s.as_bytes()[at..];
    let len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if len < 2 || rest.get(len).is_some_and(|&b| b == b'.') {
        return false;
    }
    let word = &s[at..at + len];
    let title_case = word[1..].bytes().all(|b| b.is_ascii_lowercase());
    let class = lexicon.class(word);
    let dotted = || {
        let head = &s[ceil_char(s, dot.saturating_sub(MAX_ABBREVIATION))..dot];
        head[dotted_word_start(head)..].contains('.')
    };
    class.is_sentence_connective(word)
        || class.pronoun().is_some_and(|p| p.subject) && title_case
        || title_case && class.is_function_word() && dotted()
}

/// Where the last run of letters, digits and periods of `head` starts.
fn dotted_word_start(head: &str) -> usize {
    if head.is_ascii() {
        return head
            .bytes()
            .rposition(|b| !(b.is_ascii_alphanumeric() || b == b'.'))
            .map_or(0, |i| i + 1);
    }
    head.char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the first `…` starting in `from..to` starts, or `usize::MAX`.
fn find_ellipsis(bytes: &[u8], from: usize, to: usize) -> usize {
    // Found by its last byte: its first, 0xE2, starts every curly quote
    // and dash too, and each of those would stop the search.
    let last = ELLIPSIS.len() - 1;
    let end = to.saturating_add(last).min(bytes.len());
    let mut k = from + last;
    while let Some(o) = bytes
        .get(k..end)
        .and_then(|rest| memchr(ELLIPSIS[last], rest))
    {
        let start = k + o - last;
        if bytes[start..].starts_with(ELLIPSIS) {
            return start;
        }
        k += o + 1;
    }
    usize::MAX
}

/// The longest abbreviation looked for, in bytes.
const MAX_ABBREVIATION: usize = 16;

/// True when the period at `dot` closes an abbreviation or an initial.
pub(crate) fn before_is_abbreviation(s: &str, dot: usize, lexicon: &Lexicon) -> bool {
    // Abbreviations are short: look back a bounded distance, so a long run
    // of dotted letters stays linear.
    let from = ceil_char(s, dot.saturating_sub(MAX_ABBREVIATION));
    let head = &s[from..dot];
    let word = &head[dotted_word_start(head)..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // An initial: one capital letter ("J.").
    if first.is_uppercase() && chars.next().is_none() {
        return true;
    }
    lexicon.is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The helpers that test ASCII bytes as bytes find what a character at
    /// a time finds, on every short string of characters that tell the
    /// two apart.
    #[test]
    fn byte_tests_agree_with_character_tests() {
        let alphabet = [
            ' ', '\u{a0}', '\u{2003}', '\x0B', '"', '”', '’', ')', 'A', 'a', '1', '.', '“', 'É',
            '٣', '\u{1c}',
        ];
        crate::tests::every_string(&alphabet, 4, |text| {
            for (from, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let rest = &text[from..];
                let closers = rest.len() - rest.trim_start_matches(is_closer).len();
                assert_eq!(closers_end(text, from), from + closers, "{text:?} {from}");
                let spaces = rest.len() - rest.trim_start().len();
                assert_eq!(spaces_end(text, from), from + spaces, "{text:?} {from}");
                let starts = rest
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase() || n.is_numeric() || is_opener(n));
                assert_eq!(starts_sentence(text, from), starts, "{text:?} {from}");
                let head = &text[..from];
                let word = head
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                assert_eq!(dotted_word_start(head), word, "{text:?} {from}");
            }
        });
    }

    /// Every string of up to five characters from an alphabet of
    /// ellipses and other characters that share their bytes.
    #[test]
    fn ellipses_are_found_where_they_start() {
        let alphabet = ['…', '“', '—', '¦', 'a', '.'];
        crate::tests::every_string(&alphabet, 5, |text| {
            for from in 0..=text.len() + 1 {
                for to in from..=text.len() + 1 {
                    let expected = (from..to.min(text.len()))
                        .find(|&i| text.as_bytes()[i..].starts_with(ELLIPSIS))
                        .unwrap_or(usize::MAX);
                    assert_eq!(
                        find_ellipsis(text.as_bytes(), from, to),
                        expected,
                        "{text:?} from {from} to {to}"
                    );
                }
            }
        });
    }
}

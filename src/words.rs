//! Words of a bounded window of text: the unit the cue, rule and speaker
//! stages look at.
//!
//! A word is a run of letters and digits, with `'`, `’`, `-` and `.` kept
//! inside it when a letter or digit follows ("don't", "Wealth-X", "U.S").
//! A final period is never part of a word, so "Mr." is the word "Mr".

use crate::Span;

/// One word: where it is in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub span: Span,
}

impl Word {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }
}

/// Per byte: true for an ASCII letter or digit. One load per byte of a
/// word, where three range tests would be.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

fn is_word_char(c: char) -> bool {
    // General punctuation (curly quotes, dashes, special spaces) holds no
    // letter or digit: the commonest non-ASCII characters of news text
    // are answered without a search of the Unicode tables.
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// The Unicode block of `“ ” ‘ ’ – —` and their kin.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‑')
}

/// The words of `text[window]`, in order. `window` must lie on char
/// boundaries.
pub(crate) fn words(text: &str, window: Span) -> Words<'_> {
    Words {
        text,
        pos: window.start,
        end: window.end,
    }
}

/// Iterator over the words of a window; see [`words`].
pub(crate) struct Words<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        // The word's first character: ASCII bytes are tested as bytes, other
        // characters decoded.
        let start = loop {
            let pos = self.pos;
            if pos >= self.end {
                return None;
            }
            let b = bytes[pos];
            if ASCII_ALNUM[usize::from(b)] {
                break pos;
            }
            if b == b'(' {
                // A short parenthetical ("(D-Calif.)", "(AP)") is skipped
                // whole: it never holds an attribution's words.
                self.pos += parenthetical_end(&self.text[pos..self.end]).unwrap_or(1);
                continue;
            }
            if b < 0x80 {
                self.pos += 1;
                continue;
            }
            let c = self.text[pos..].chars().next()?;
            if is_word_char(c) {
                break pos;
            }
            self.pos += c.len_utf8();
        };
        // Runs of ASCII letters and digits are passed byte by byte; only
        // the byte after a run is looked at more closely.
        let mut i = start;
        loop {
            i += bytes[i..self.end]
                .iter()
                .position(|&b| !ASCII_ALNUM[usize::from(b)])
                .unwrap_or(self.end - i);
            if i >= self.end {
                break;
            }
            let (c, len) = if bytes[i] < 0x80 {
                (char::from(bytes[i]), 1)
            } else {
                let c = self.text[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            if c >= '\u{80}' && is_word_char(c) {
                i += len;
            } else if is_joiner(c) && self.word_char_at(i + len) {
                // A joiner stays inside the word only when a letter or digit
                // follows it.
                i += len;
            } else {
                break;
            }
        }
        let end = i;
        self.pos = end;
        Some(Word {
            span: Span::new(start, end),
        })
    }
}

impl Words<'_> {
    /// True when a letter or digit starts at `i`, inside the window.
    fn word_char_at(&self, i: usize) -> bool {
        match self.text.as_bytes()[..self.end].get(i) {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => self.text[i..self.end]
                .chars()
                .next()
                .is_some_and(is_word_char),
            None => false,
        }
    }
}

/// How many words the cache keeps before it drops those behind.
const CACHE_KEEP: usize = 1024;

/// The words of many overlapping windows of one text, each word read once:
/// the cues of a paragraph read the same words around each other.
///
/// [`WordCache::read`] gives exactly the words [`words`] gives for a
/// window. The iterator's only state is where it stands, so once a window's
/// reading ends a word where the cache's did, the words after are the
/// cache's; and a word that the cache read to an end inside the window is
/// read the same whatever lies past the window. Only a window's first
/// words, until then, and its last, are read anew.
pub(crate) struct WordCache<'t> {
    text: &'t str,
    /// The words of the text from some position on, as [`words`] yields
    /// them up to the text's end.
    cached: Vec<Word>,
    /// Where the cache goes on reading: the end of its last word, or where
    /// it started.
    reader: Words<'t>,
    /// Where the cached words' reading started.
    from: usize,
}

impl<'t> WordCache<'t> {
    pub fn new(text: &'t str) -> WordCache<'t> {
        WordCache {
            text,
            cached: Vec::new(),
            reader: words(text, Span::new(0, text.len())),
            from: 0,
        }
    }

    /// Appends to `out` the first `limit` words of `words(text, window)`.
    pub fn read(&mut self, window: Span, limit: usize, out: &mut Vec<Word>) {
        let text = self.text;
        let limit = out.len().saturating_add(limit);
        let (a, b) = (window.start, window.end);
        if a > self.reader.pos || self.cached.len() > CACHE_KEEP {
            // Nothing cached reaches the window: the cache starts over at
            // it (and never grows without bound).
            self.cached.clear();
            self.from = a;
            self.reader = words(text, Span::new(a, text.len()));
        }
        // The index of the cached word that comes next once the window's
        // reading stands where the cache's did.
        let synced = |cache: &WordCache<'_>, pos: usize| {
            if pos == cache.from {
                return Some(0);
            }
            if pos < cache.from || pos > cache.reader.pos {
                return None;
            }
            let k = cache.cached.partition_point(|c| c.span.end < pos);
            (cache.cached.get(k)?.span.end == pos).then_some(k + 1)
        };
        let mut fresh = words(text, window);
        let mut next = synced(self, a);
        while next.is_none() && out.len() < limit {
            let Some(x) = fresh.next() else { return };
            out.push(x);
            next = synced(self, x.span.end);
        }
        let Some(k) = next else { return };
        // The cache reads on to a word that ends past the window; those
        // before it are the window's.
        while self.cached.last().is_none_or(|c| c.span.end <= b) {
            let Some(c) = self.reader.next() else { break };
            self.cached.push(c);
        }
        let inside = self.cached[k..].partition_point(|c| c.span.end <= b);
        let copied = &self.cached[k..k + inside.min(limit.saturating_sub(out.len()))];
        out.extend_from_slice(copied);
        if let Some(last) = copied.last() {
            fresh.pos = last.span.end;
        }
        while out.len() < limit {
            let Some(x) = fresh.next() else { break };
            out.push(x);
        }
    }
}

/// The longest parenthetical skipped, in bytes.
const MAX_PARENTHETICAL: usize = 60;

/// The length of a short parenthetical at the start of `s` (which starts
/// with `(`), through its `)`.
fn parenthetical_end(s: &str) -> Option<usize> {
    let head = &s.as_bytes()[..s.len().min(MAX_PARENTHETICAL)];
    let close = head.iter().position(|&b| b == b')' || b == b'\n')?;
    (head[close] == b')').then_some(close + 1)
}

/// True when the word starts with an upper-case letter or is a number.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The text between two words (or a word and a position) with its
/// whitespace trimmed: the punctuation that separates them.
/// A short parenthetical between the two is passed over, as the word
/// iterator passes over it.
pub(crate) fn gap(text: &str, from: usize, to: usize) -> &str {
    if from >= to {
        return "";
    }
    let g = text[from..to].trim();
    if let Some(open) = g.find('(')
        && let Some(len) = parenthetical_end(&g[open..])
    {
        let (before, after) = (g[..open].trim(), g[open + len..].trim());
        return if before.is_empty() { after } else { before };
    }
    g
}

/// `i`, or the nearest char boundary of `text` before it (at most the end).
pub(crate) fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i`, or the nearest char boundary of `text` after it (at most the end).
pub(crate) fn ceil_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A word that looks like a finite verb without a parse: an auxiliary
/// ("was", "would", "didn't"), or a lower-case word in -ed or -s (not -ss).
pub(crate) fn is_finite_like(word: &str, lexicon: &crate::lexicon::Lexicon) -> bool {
    lexicon.is_auxiliary(word)
        || (word.len() > 3
            && !is_capitalized(word)
            && (word.ends_with("ed") || word.ends_with('s') && !word.ends_with("ss")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters_are_the_alphanumeric_ones() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}

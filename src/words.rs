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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

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
            if b.is_ascii_alphanumeric() {
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
        let mut end = start;
        let mut i = start;
        while i < self.end {
            let b = bytes[i];
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = self.text[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            if is_word_char(c) {
                i += len;
                end = i;
            } else if is_joiner(c)
                && self.text[i + len..self.end]
                    .chars()
                    .next()
                    .is_some_and(is_word_char)
            {
                // A joiner stays inside the word only when a letter or digit
                // follows it.
                i += len;
            } else {
                break;
            }
        }
        self.pos = end;
        Some(Word {
            span: Span::new(start, end),
        })
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

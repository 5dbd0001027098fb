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
        let (slice, i) = loop {
            let slice = &self.text[self.pos..self.end];
            let (i, c) = slice
                .char_indices()
                .find(|&(_, c)| is_word_char(c) || c == '(')?;
            if c != '(' {
                break (slice, i);
            }
            // A short parenthetical ("(D-Calif.)", "(AP)") is skipped whole:
            // it never holds an attribution's words.
            self.pos += i + parenthetical_end(&slice[i..]).unwrap_or(1);
        };
        let mut chars = slice[i..].char_indices().peekable();
        let mut len = 0;
        while let Some((j, d)) = chars.next() {
            if is_word_char(d) {
                len = j + d.len_utf8();
            } else if is_joiner(d) && chars.peek().is_some_and(|&(_, n)| is_word_char(n)) {
                // A joiner stays inside the word only when a letter or
                // digit follows it.
            } else {
                break;
            }
        }
        let start = self.pos + i;
        self.pos = start + len;
        Some(Word {
            span: Span::new(start, start + len),
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

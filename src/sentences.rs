//! Stage 2, sentences: where each sentence of a block starts and ends.
//!
//! One forward pass over the block, so linear on any input (unlike a
//! general Unicode sentence splitter, which is quadratic on a long run of
//! spaces after a period). A sentence ends at `.`, `!`, `?` or `…` (with
//! any closing quotes and brackets after it) when white space and then a
//! capital, digit or opening mark follow — except after an abbreviation
//! ("Mr.", "Feb.", "U.S.") or an initial ("J. K. Rowling").

use memchr::{memchr, memchr3};

use crate::Span;
use crate::lexicon::Lexicon;
use crate::words::ceil_char;

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

/// A short sentence of news text, in bytes: what the list of a block's
/// sentences is first given room for.
const SENTENCE_BYTES: usize = 64;

/// The sentences of `text[block]`, covering the block without gaps.
pub(crate) fn sentences(text: &str, block: Span, lexicon: &Lexicon) -> Vec<Span> {
    let s = &text[block.start..block.end];
    let bytes = s.as_bytes();
    // Room for sentences of news length from the start: growing the list
    // a sentence at a time would copy it several times over.
    let mut out = Vec::with_capacity(bytes.len() / SENTENCE_BYTES + 1);
    let mut start = 0;
    let mut i = 0;
    // Terminal punctuation is found with memchr, which skips the rest of
    // the text many bytes at a time. Ellipses are rare, so the next one is
    // kept and looked for again only once the scan passes it.
    let mut ellipsis = find_ellipsis(bytes, 0);
    while i < bytes.len() {
        if ellipsis < i {
            ellipsis = find_ellipsis(bytes, i);
        }
        let stop = memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(usize::MAX, |o| i + o);
        i = stop.min(ellipsis);
        if i == usize::MAX {
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
        let mut k = j;
        while let Some(ch) = s[k..].chars().next().filter(|&ch| is_closer(ch)) {
            k += ch.len_utf8();
        }
        // White space, then the start of the next sentence.
        let ws_end = k + s[k..].len() - s[k..].trim_start().len();
        let next = s[ws_end..].chars().next();
        let boundary = ws_end > k
            && next.is_some_and(|n| n.is_uppercase() || n.is_numeric() || is_opener(n))
            && !(c == b'.' && j == term + 1 && before_is_abbreviation(s, term, lexicon));
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
    out
}

/// Where the first `…` at or after `from` starts, or `usize::MAX`.
fn find_ellipsis(bytes: &[u8], from: usize) -> usize {
    // Found by its last byte: its first, 0xE2, starts every curly quote
    // and dash too, and each of those would stop the search.
    let last = ELLIPSIS.len() - 1;
    let mut k = from + last;
    while let Some(o) = bytes.get(k..).and_then(|rest| memchr(ELLIPSIS[last], rest)) {
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
fn before_is_abbreviation(s: &str, dot: usize, lexicon: &Lexicon) -> bool {
    // Abbreviations are short: look back a bounded distance, so a long run
    // of dotted letters stays linear.
    let from = ceil_char(s, dot.saturating_sub(MAX_ABBREVIATION));
    let head = &s[from..dot];
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_start..];
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

    /// Every string of up to five characters from an alphabet of
    /// ellipses and other characters that share their bytes.
    #[test]
    fn ellipses_are_found_where_they_start() {
        let alphabet = ['…', '“', '—', '¦', 'a', '.'];
        crate::tests::every_string(&alphabet, 5, |text| {
            for from in 0..=text.len() + 1 {
                let expected = (from..text.len())
                    .find(|&i| text.as_bytes()[i..].starts_with(ELLIPSIS))
                    .unwrap_or(usize::MAX);
                assert_eq!(
                    find_ellipsis(text.as_bytes(), from),
                    expected,
                    "{text:?} from {from}"
                );
            }
        });
    }
}

//! Words of a bounded window of text: the unit the cue, rule and speaker
//! stages look at.
//!
//! A word is a run of letters and digits, with `'`, `’`, `-` and `.` kept
//! inside it when a letter or digit follows ("don't", "Wealth-X", "U.S").
//! A final period is never part of a word, so "Mr." is the word "Mr".

use crate::Span;

/// One word: where it is in the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

/// What follows the last space of `s`, all of it when it has none: the
/// last word of a name or a phrase, as `s.rsplit(' ').next()` gives it,
/// but found by memchr's vectorised search back, which costs a fraction
/// of the string searcher's on these short strings.
pub(crate) fn after_last_space(s: &str) -> &str {
    memchr::memrchr(b' ', s.as_bytes()).map_or(s, |i| &s[i + 1..])
}

/// `s` split at its last space, as `s.rsplit_once(' ')` splits it; found as
/// [`after_last_space`] is.
pub(crate) fn split_last_space(s: &str) -> Option<(&str, &str)> {
    memchr::memrchr(b' ', s.as_bytes()).map(|i| (&s[..i], &s[i + 1..]))
}

/// The words of `text[window]`, in order. `window` must lie on char
/// boundaries.
pub(crate) fn words(text: &str, window: Span) -> Words<'_> {
    Words {
        text: text.get(..window.end).unwrap_or_default(),
        pos: window.start,
    }
}

/// Iterator over the words of a window; see [`words`].
#[derive(Clone)]
pub(crate) struct Words<'t> {
    /// The text up to the window's end.
    text: &'t str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = Word;

    #[inline(always)]
    fn next(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        // The word's first character: ASCII bytes are tested as bytes, other
        // characters decoded out of line.
        let mut pos = self.pos;
        let start = loop {
            let Some(&b) = bytes.get(pos) else {
                self.pos = pos;
                return None;
            };
            // Most words stand one space apart.
            if b == b' ' {
                pos += 1;
                if bytes.get(pos).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                    break pos;
                }
                continue;
            }
            if ASCII_ALNUM[usize::from(b)] {
                break pos;
            }
            if b < 0x80 {
                // A short parenthetical ("(D-Calif.)", "(AP)") is skipped
                // whole: it never holds an attribution's words.
                pos += if b == b'(' {
                    parenthetical_end(&bytes[pos..]).unwrap_or(1)
                } else {
                    1
                };
                continue;
            }
            let (c, len) = self.char_at(pos);
            if is_word_char(c) {
                break pos;
            }
            pos += len;
        };
        // Runs of ASCII letters and digits are passed eight letters at a
        // time; only the byte after a run is looked at more closely.
        let mut i = start;
        loop {
            i = alnum_run_end(bytes, i);
            let Some(&b) = bytes.get(i) else { break };
            // Most words end at a space.
            if b == b' ' {
                break;
            }
            if b < 0x80 {
                // A joiner stays inside the word only when a letter or
                // digit follows it.
                if is_joiner(char::from(b)) && self.word_char_at(i + 1) {
                    i += 1;
                    continue;
                }
                break;
            }
            let (c, len) = self.char_at(i);
            if is_word_char(c) || is_joiner(c) && self.word_char_at(i + len) {
                i += len;
            } else {
                break;
            }
        }
        self.pos = i;
        Some(Word {
            span: Span::new(start, i),
        })
    }
}

/// The end of the run of ASCII letters and digits of `bytes` from `i`.
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        // Letters are passed eight at a time; a digit, like the last few
        // bytes, one at a time (a word is seldom a number).
        while let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let other = !ascii_letter_bytes(w) & HIGH_BITS;
            if other != 0 {
                i += (other.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        if !bytes.get(i).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
            return i;
        }
        i += 1;
    }
}

/// The top bit of every byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The top bit of each byte of `w` set when the byte is an ASCII letter
/// (other bits are noise).
#[inline(always)]
fn ascii_letter_bytes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // With the top bit of each byte clear, adding 0x80 - n sets it when
    // the byte is at least n, and no carry crosses a byte. Setting bit 5
    // lower-cases a letter and makes no other byte one.
    let at_least = |x: u64, n: u8| x + ONES * u64::from(0x80 - n);
    let folded = w & !HIGH_BITS | (ONES * 0x20);
    at_least(folded, b'a') & !at_least(folded, b'z' + 1) & !w
}

impl Words<'_> {
    /// The character at `i` (a char boundary inside the window, not ASCII
    /// in the callers) and its length.
    #[inline(never)]
    fn char_at(&self, i: usize) -> (char, usize) {
        let c = self
            .text
            .get(i..)
            .and_then(|s| s.chars().next())
            .unwrap_or(' ');
        (c, c.len_utf8())
    }

    /// True when a letter or digit starts at `i`, inside the window.
    #[inline]
    fn word_char_at(&self, i: usize) -> bool {
        match self.text.as_bytes().get(i) {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => is_word_char(self.char_at(i).0),
            None => false,
        }
    }
}

/// At most `N` words, held on the stack: a bounded read that allocates
/// nothing.
pub(crate) struct FirstWords<const N: usize> {
    words: [Word; N],
    len: usize,
}

impl<const N: usize> FirstWords<N> {
    /// The first `N` words of `words`.
    pub fn of(words: impl Iterator<Item = Word>) -> FirstWords<N> {
        let mut out = FirstWords {
            words: [Word::default(); N],
            len: 0,
        };
        for (slot, w) in out.words.iter_mut().zip(words) {
            *slot = w;
            out.len += 1;
        }
        out
    }
}

impl<const N: usize> std::ops::Deref for FirstWords<N> {
    type Target = [Word];

    fn deref(&self) -> &[Word] {
        &self.words[..self.len]
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
            // Room for the words it keeps, so it does not grow by steps
            // in each text.
            cached: Vec::with_capacity(CACHE_KEEP + 1),
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
        // reading stands at `pos` where the cache's did: the first cached
        // word that ends at or after `pos` ends there. The window's reading
        // only moves on, and the search for that word with it.
        let (cached, from, read_to) = (&self.cached, self.from, self.reader.pos);
        let mut j = cached.partition_point(|c| c.span.end < a);
        let mut synced = |pos: usize| {
            if pos == from {
                return Some(0);
            }
            if pos < from || pos > read_to {
                return None;
            }
            while cached.get(j).is_some_and(|c| c.span.end < pos) {
                j += 1;
            }
            (cached.get(j)?.span.end == pos).then_some(j + 1)
        };
        let mut fresh = words(text, window);
        let mut next = synced(a);
        while next.is_none() && out.len() < limit {
            let Some(x) = fresh.next() else { return };
            out.push(x);
            next = synced(x.span.end);
        }
        let Some(k) = next else { return };
        // The cache reads on to a word that ends past the window; those
        // before it are the window's. Mostly that word is the last.
        let mut past = self.cached.last().is_some_and(|c| c.span.end > b);
        // Read through a local copy, the one reading that touches every
        // word: where it stands stays in a register, rather than being
        // stored and loaded again around each push.
        let mut reader = self.reader.clone();
        while !past {
            let Some(c) = reader.next() else { break };
            self.cached.push(c);
            past = c.span.end > b;
        }
        self.reader = reader;
        let tail = &self.cached[k..];
        let inside = match tail {
            [.., w, last] if w.span.end <= b && last.span.end > b => tail.len() - 1,
            _ => tail.partition_point(|c| c.span.end <= b),
        };
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

/// True when the words of `text[a..c]` are those of `text[a..b]` and then
/// those of `text[b..c]`, for any `a` and `c` around `b` (a char
/// boundary), given `last_end`: where the last word of `text[a..b]` ends,
/// or `a` when it has none. So it is when no word ends at `b` (it may run
/// on), no joiner after the last word stands right before `b` (a letter
/// at `b` would join it), and no parenthetical opens near enough before
/// `b` to close past it (read whole, its words would not be read).
pub(crate) fn splits_at(text: &str, last_end: usize, b: usize) -> bool {
    if last_end >= b {
        return false;
    }
    let lo = b.saturating_sub(MAX_PARENTHETICAL);
    if text.as_bytes()[lo..b].contains(&b'(') {
        return false;
    }
    text[last_end..]
        .chars()
        .next()
        .is_none_or(|c| !is_joiner(c) || last_end + c.len_utf8() < b)
}

/// The longest parenthetical skipped, in bytes.
const MAX_PARENTHETICAL: usize = 60;

/// The length of a short parenthetical at the start of `s` (which starts
/// with `(`), through its `)`.
fn parenthetical_end(s: &[u8]) -> Option<usize> {
    let head = &s[..s.len().min(MAX_PARENTHETICAL)];
    let close = head.iter().position(|&b| b == b')' || b == b'\n')?;
    (head[close] == b')').then_some(close + 1)
}

/// True when the word starts with an upper-case letter or is a number.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// True for a lower-case word of more than three letters ending in "-ed",
/// as a regular past or participle does ("warned", not "Ted" or "bed").
pub(crate) fn looks_regular_past(word: &str) -> bool {
    word.len() > 3 && word.ends_with("ed") && !is_capitalized(word)
}

/// The text between two words (or a word and a position) with its
/// whitespace trimmed: the punctuation that separates them.
/// A short parenthetical between the two is passed over, as the word
/// iterator passes over it.
#[inline]
pub(crate) fn gap(text: &str, from: usize, to: usize) -> &str {
    // Most words stand one space apart: told where the gap is asked for,
    // and only other gaps are trimmed, out of line.
    if from >= to || to == from + 1 && text.as_bytes()[from] == b' ' {
        return "";
    }
    trimmed_gap(text, from, to)
}

/// True when a [`gap`] is a dash alone, as sets an aside off: "—", "–",
/// "--".
pub(crate) fn is_dash(gap: &str) -> bool {
    matches!(gap, "—" | "–" | "--")
}

/// [`gap`] for words that do not stand one space apart.
fn trimmed_gap(text: &str, from: usize, to: usize) -> &str {
    // Most other gaps are a mark and a space: ", " and ". ".
    if let [mark, b' '] = text.as_bytes()[from..to]
        && mark.is_ascii()
        && !is_ascii_space(mark)
    {
        return &text[from..from + 1];
    }
    let g = trim(&text[from..to]);
    if let Some(open) = g.bytes().position(|b| b == b'(')
        && let Some(len) = parenthetical_end(&g.as_bytes()[open..])
    {
        let (before, after) = (trim(&g[..open]), trim(&g[open + len..]));
        return if before.is_empty() { after } else { before };
    }
    g
}

/// [`str::trim`], by bytes where the text's ends are ASCII: most gaps are
/// a space or two and a comma.
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let start = b
        .iter()
        .position(|&c| !is_ascii_space(c))
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_ascii_space(c))
        .map_or(start, |i| i + 1);
    if start < end && (b[start] | b[end - 1]) >= 0x80 {
        // A non-ASCII character may be a space.
        return s.trim();
    }
    s.get(start..end).unwrap_or_default()
}

/// True for the ASCII bytes that are white space to [`char::is_whitespace`].
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
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

/// The possessive endings, with either apostrophe.
const POSSESSIVES: [&str; 2] = ["'s", "’s"];

/// `s` without the possessive "'s" or "’s" it ends in, if it ends in one.
pub(crate) fn strip_possessive(s: &str) -> Option<&str> {
    POSSESSIVES.iter().find_map(|p| s.strip_suffix(p))
}

/// `word` without its possessive ending: "'s", or the apostrophe of a
/// plural ("the judges' statement").
pub(crate) fn possessive_stem(word: &str) -> Option<&str> {
    strip_possessive(word).or_else(|| {
        word.strip_suffix(['\'', '’'])
            .filter(|stem| stem.ends_with('s'))
    })
}

/// The length of the possessive ending that opens `s` (the text after a
/// name), when a word does not go on after it.
pub(crate) fn strip_possessive_lead(s: &str) -> Option<usize> {
    let n = POSSESSIVES.iter().find(|p| s.starts_with(*p))?.len();
    (!s[n..].chars().next().is_some_and(char::is_alphanumeric)).then_some(n)
}

/// True for a word that looks like an adverb of manner without a look-up:
/// longer than four letters and in -ly ("repeatedly", not "only").
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// A word that looks like a finite verb without a parse: an auxiliary
/// ("was", "would", "didn't"), an irregular past ("took", "lost"), or a
/// lower-case word in -ed or -s (not -ss).
pub(crate) fn is_finite_like(word: &str, lexicon: &crate::lexicon::Lexicon) -> bool {
    lexicon.is_auxiliary(word)
        || lexicon.is_irregular_past(word)
        || (word.len() > 3
            && !is_capitalized(word)
            && (word.ends_with("ed") || ends_as_plural(word)))
}

/// True for a word that ends as a plural noun or a verb in the third person
/// does: in -s, not -ss ("traders", "says"; not "press").
pub(crate) fn ends_as_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
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

    #[test]
    fn ascii_spaces_are_the_white_space_characters_of_ascii() {
        for b in 0..=0x7f_u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b:#x}");
        }
    }

    /// Trimmed by bytes, a text is trimmed as [`str::trim`] trims it.
    #[test]
    fn gaps_are_trimmed_as_str_trim_trims() {
        let pieces = [
            " ", "\t", "\n", "\x0B", "\u{a0}", "\u{2003}", ",", "(", "a", "’", "é", "\x1c",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 7) as usize;
            let text: String = (0..len)
                .map(|k| pieces[(seed >> (8 + 4 * k)) as usize % pieces.len()])
                .collect();
            assert_eq!(trim(&text), text.trim(), "{text:?}");
        }
    }

    /// The words as the module's doc defines them, a character at a time.
    fn reference(text: &str, window: Span) -> Vec<Span> {
        let (mut pos, end) = (window.start, window.end);
        let char_at = |i: usize| text[i..end].chars().next();
        let mut out = Vec::new();
        while let Some(c) = char_at(pos) {
            if c.is_alphanumeric() {
                let start = pos;
                pos += c.len_utf8();
                while let Some(c) = char_at(pos) {
                    let next = pos + c.len_utf8();
                    if c.is_alphanumeric()
                        || is_joiner(c) && char_at(next).is_some_and(char::is_alphanumeric)
                    {
                        pos = next;
                    } else {
                        break;
                    }
                }
                out.push(Span::new(start, pos));
            } else if c == '(' {
                pos += parenthetical_end(&text.as_bytes()[pos..end]).unwrap_or(1);
            } else {
                pos += c.len_utf8();
            }
        }
        out
    }

    /// Where [`splits_at`] says a stretch splits, its words are those of
    /// its two parts, on pseudo-random texts and splits.
    #[test]
    fn words_split_where_splits_at_says() {
        let pieces = [
            "a", "Zq", "0", " ", ".", "-", "'", "’", "‑", "é", "“", "(", ")", "\n", "ab cd",
        ];
        let mut next = crate::tests::random_indices();
        let mut splits = 0;
        for _ in 0..50_000 {
            let len = next(24);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let bounds = crate::tests::char_boundaries(&text);
            let mut abc = [0; 3].map(|_| bounds[next(bounds.len())]);
            abc.sort_unstable();
            let [a, b, c] = abc;
            let head: Vec<Word> = words(&text, Span::new(a, b)).collect();
            let last_end = head.last().map_or(a, |w| w.span.end);
            if !splits_at(&text, last_end, b) {
                continue;
            }
            splits += 1;
            let whole: Vec<Word> = words(&text, Span::new(a, c)).collect();
            let parts: Vec<Word> = head
                .into_iter()
                .chain(words(&text, Span::new(b, c)))
                .collect();
            assert_eq!(whole, parts, "{text:?} {a} {b} {c}");
        }
        assert!(splits > 1000, "{splits} splits tested");
    }

    /// The iterator's fast paths (eight ASCII bytes at a time, joiners
    /// tested as bytes, other characters decoded out of line) give the
    /// words of the plain definition, on pseudo-random texts and windows.
    #[test]
    fn words_are_those_of_the_plain_definition() {
        let pieces = [
            "a",
            "Zq",
            "0",
            "9",
            "abcdefghij",
            "ABCDEFGHIJKLMNOPQRS",
            "x7",
            " ",
            ".",
            "-",
            "'",
            "’",
            "‑",
            "é",
            "É",
            "“",
            "”",
            "(",
            ")",
            "\n",
            "中",
            "😀",
            "٣",
            "@",
            "[",
            "`",
            "{",
            "/",
            ":",
            "_",
            "\u{2003}",
            "\u{1}",
            "\u{7f}",
            "2016",
            "a1b2c3d4e5f6",
        ];
        let mut next = crate::tests::random_indices();
        for _ in 0..20_000 {
            let len = next(30);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let bounds = crate::tests::char_boundaries(&text);
            let a = bounds[next(bounds.len())];
            let b = bounds[next(bounds.len())];
            for window in [Span::new(0, text.len()), Span::new(a.min(b), a.max(b))] {
                let ours: Vec<Span> = words(&text, window).map(|w| w.span).collect();
                assert_eq!(ours, reference(&text, window), "{text:?} {window:?}");
            }
        }
    }
}

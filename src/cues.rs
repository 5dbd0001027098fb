//! Stage 4, cues: the words that signal speech — speech verbs from the
//! lexicon ("said", "added", "tweeted"), source phrases ("according to"),
//! and the words after a verb that belong to the cue rather than to the
//! speaker ("told reporters", "said in a statement").

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;

use crate::Span;
use crate::lexicon::{Lexicon, Phrases};
use crate::words::{Word, gap};

/// True when the word is a speech-verb form.
///
/// Asked of most words of a window, and answered no for most by a filter
/// on the word's bytes: inlined, so that answer costs no call.
#[inline(always)]
pub(crate) fn is_verb(text: &str, word: &Word, lexicon: &Lexicon) -> bool {
    lexicon.may_be_verb(bytes(text, word)) && lexicon.class(word.text(text)).is_verb()
}

/// False when `word` is no speech-verb form and starts no phrasal verb,
/// told by one filter: [`is_verb`] and [`phrasal_verb_len`] need not be
/// asked of it.
#[inline]
pub(crate) fn may_be_verb_or_phrasal(text: &str, word: &Word, lexicon: &Lexicon) -> bool {
    lexicon.may_be_verb_or_phrasal(bytes(text, word))
}

/// The bytes of a word, for the filters before a look-up, which need no
/// char boundaries checked.
#[inline(always)]
fn bytes<'t>(text: &'t str, word: &Word) -> &'t [u8] {
    text.as_bytes()
        .get(word.span.start..word.span.end)
        .unwrap_or_default()
}

/// How many words of a phrase from `phrases` start at `words[i]`, with only
/// white space between them (0 when none does).
///
/// Asked of most words of a window, and answered 0 for most by a filter:
/// inlined, so that answer costs no call.
#[inline(always)]
fn phrase_len(text: &str, words: &[Word], i: usize, phrases: &Phrases) -> usize {
    match words.get(i) {
        Some(first) if phrases.may_start(bytes(text, first)) => {
            matched_phrase_len(text, words, i, phrases)
        }
        _ => 0,
    }
}

/// [`phrase_len`] past the filter. Not inlined: it keeps the filter's
/// inlined code small.
#[inline(never)]
fn matched_phrase_len(text: &str, words: &[Word], i: usize, phrases: &Phrases) -> usize {
    let first = &words[i];
    let Some(starts) = phrases.starting_with(first.text(text)) else {
        return 0;
    };
    // A phrase of two words or more has its second word right after the
    // first: only the phrases with that second word are compared on.
    let second = words
        .get(i + 1)
        .filter(|w| gap(text, first.span.end, w.span.start).is_empty());
    if let Some(second) = second {
        'phrases: for phrase in phrases.followed_by(starts, second.text(text)) {
            if i + phrase.len() > words.len() {
                continue;
            }
            for (k, p) in phrase.iter().enumerate().skip(2) {
                let w = &words[i + k];
                if !w.text(text).eq_ignore_ascii_case(p)
                    || !gap(text, words[i + k - 1].span.end, w.span.start).is_empty()
                {
                    continue 'phrases;
                }
            }
            return phrase.len();
        }
    }
    usize::from(starts.alone())
}

/// Words of a source phrase ("according to") starting at `words[i]`.
#[inline]
pub(crate) fn source_phrase_len(text: &str, words: &[Word], i: usize, lexicon: &Lexicon) -> usize {
    phrase_len(text, words, i, &lexicon.source_before)
}

/// Words after a verb that belong to the cue ("reporters", "in a
/// statement"), starting at `words[i]`.
#[inline]
pub(crate) fn verb_object_len(text: &str, words: &[Word], i: usize, lexicon: &Lexicon) -> usize {
    phrase_len(text, words, i, &lexicon.verb_objects)
}

/// Words of a phrase of how something was worded ("put it") starting at
/// `words[i]`.
#[inline]
pub(crate) fn manner_phrase_len(text: &str, words: &[Word], i: usize, lexicon: &Lexicon) -> usize {
    phrase_len(text, words, i, &lexicon.manner_phrases)
}

/// Words of a phrase that says how near a number is ("at least")
/// starting at `words[i]`.
#[inline]
pub(crate) fn approximator_phrase_len(
    text: &str,
    words: &[Word],
    i: usize,
    lexicon: &Lexicon,
) -> usize {
    phrase_len(text, words, i, &lexicon.approximator_phrases)
}

/// Words of a verb and particle that tell of speech together ("went on",
/// "shot back") starting at `words[i]`.
#[inline]
pub(crate) fn phrasal_verb_len(text: &str, words: &[Word], i: usize, lexicon: &Lexicon) -> usize {
    phrase_len(text, words, i, &lexicon.phrasal_verbs)
}

/// Every speech-verb form and source phrase in `text` standing as whole
/// words, in order: one pass of the lexicon's automaton over the text.
pub(crate) fn scan<'a>(text: &'a str, lexicon: &'a Lexicon) -> impl Iterator<Item = Span> + 'a {
    scan_in(text, lexicon, Span::new(0, text.len()))
}

/// The pattern of the cue automaton that is no cue: the " that " after a
/// noun of speech ("the claim that …"), found by the cue scan so that the
/// text is not searched a second time for it. The only pattern that opens
/// with a space.
pub(crate) const SPACED_THAT: &str = " that ";

/// What [`scan_all`] finds.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Scanned {
    /// A speech-verb form or source phrase.
    Cue(Span),
    /// A [`SPACED_THAT`], as written, starting at this byte.
    That(usize),
}

/// [`scan`]'s cues that start inside `window`.
pub(crate) fn scan_in<'a>(
    text: &'a str,
    lexicon: &'a Lexicon,
    window: Span,
) -> impl Iterator<Item = Span> + 'a {
    scan_all(text, lexicon, window).filter_map(|found| match found {
        Scanned::Cue(cue) => Some(cue),
        Scanned::That(_) => None,
    })
}

/// The cues that start inside `window`, and the [`SPACED_THAT`]s that lie
/// all inside it, in order. The automaton walks past the window only
/// while a match begun inside it is under way, and never further than the
/// longest pattern runs, so a caller that skips stretches of the text
/// does not pay for them. A lexicon built without the automaton (for
/// direct quotes only) finds none.
pub(crate) fn scan_all<'a>(
    text: &'a str,
    lexicon: &'a Lexicon,
    window: Span,
) -> impl Iterator<Item = Scanned> + 'a {
    let dfa = lexicon.cue_automaton();
    // Any match starting inside the window ends before this: with the
    // haystack cut here, the leftmost-longest match is the same.
    let longest = dfa.map_or(0, |dfa| dfa.max_pattern_len());
    let limit = text.len().min(window.end.saturating_add(longest));
    let bytes = &text.as_bytes()[..limit];
    let mut from = window.start;
    std::iter::from_fn(move || {
        let dfa = dfa?;
        loop {
            let (start, end) = leftmost_longest(dfa, bytes, from, window.end)?;
            if start >= window.end {
                return None;
            }
            if bytes[start] == b' ' {
                // No cue holds a " that " or runs into one (the lexicon's
                // tests see to it), and none starts with a space: going on
                // from its "that" finds the cues a scan without it finds.
                from = start + 1;
                if end <= window.end && &bytes[start..end] == SPACED_THAT.as_bytes() {
                    return Some(Scanned::That(start));
                }
                continue;
            }
            // Matches are ASCII, so both ends are char boundaries; a word
            // character on either side makes it part of a longer word.
            let joined_on = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            if joined_on(text[..start].chars().next_back()) {
                // A match inside a word ("as told to" in "was told to")
                // may hide a cue that starts at the next word ("told"):
                // the search goes on from the word's end, not the match's.
                from = word_end(text, start);
                continue;
            }
            from = end;
            let after = text[end..].chars().next();
            // "said-so" or "says'" followed by a letter: part of a longer word.
            let runs_on = matches!(after, Some('\'' | '’' | '-'))
                && text
                    .as_bytes()
                    .get(end + 1)
                    .is_some_and(u8::is_ascii_alphanumeric);
            if !(joined_on(after) || runs_on) {
                return Some(Scanned::Cue(Span::new(start, end)));
            }
        }
    })
}

/// Where the word holding byte `at` ends: the first byte from `at` on
/// that does not start a letter or digit.
fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| at + i)
}

/// The leftmost-longest match in `bytes[from..]`, as the crate's own
/// search finds it: the automaton is walked a byte at a time until it
/// dies, remembering the last match it passed. The loop is the scan's
/// whole cost per byte, so it is written here, where it compiles to a few
/// instructions a byte, rather than called through the crate's generic
/// search; four bytes a turn, so that the loop's own test and count are
/// paid once for four.
///
/// None as well when no match starts before `stop` and none is under way
/// there: a scan that wants only the matches starting before `stop`
/// walks no further (`bytes.len()` asks for every match). The automaton
/// back at its start state at `stop` holds no pattern begun before it, so
/// any match after starts at `stop` or later; otherwise, at a window's
/// end, the walk would run on through the longest pattern's length of the
/// text beyond, a quotation's mostly, for every window.
pub(crate) fn leftmost_longest(
    dfa: &DFA,
    bytes: &[u8],
    from: usize,
    stop: usize,
) -> Option<(usize, usize)> {
    let start = dfa.start_state(Anchored::No).ok()?;
    let mut walk = Walk {
        sid: start,
        found: None,
    };
    let rest = bytes.get(from..)?;
    let (head, tail) = rest.split_at(stop.saturating_sub(from).min(rest.len()));
    if !walk.run(dfa, head, from) {
        return walk.found;
    }
    if walk.found.is_none() && walk.sid == start {
        return None;
    }
    walk.run(dfa, tail, from + head.len());
    walk.found
}

/// Where [`leftmost_longest`] stands: the automaton's state and the last
/// match passed.
struct Walk {
    sid: StateID,
    found: Option<(usize, usize)>,
}

impl Walk {
    /// Takes the bytes of `bytes`, the first ending at `at + 1`, four at a
    /// turn; false once the automaton has died.
    #[inline(always)]
    fn run(&mut self, dfa: &DFA, bytes: &[u8], mut at: usize) -> bool {
        let mut quads = bytes.chunks_exact(4);
        for quad in &mut quads {
            if let &[a, b, c, d] = quad
                && !(self.step(dfa, at + 1, a)
                    && self.step(dfa, at + 2, b)
                    && self.step(dfa, at + 3, c)
                    && self.step(dfa, at + 4, d))
            {
                return false;
            }
            at += 4;
        }
        for &b in quads.remainder() {
            at += 1;
            if !self.step(dfa, at, b) {
                return false;
            }
        }
        true
    }

    /// Takes the byte `b` that ends at `at`; false once the automaton has
    /// died.
    #[inline(always)]
    fn step(&mut self, dfa: &DFA, at: usize, b: u8) -> bool {
        self.sid = dfa.next_state(Anchored::No, self.sid, b);
        if dfa.is_special(self.sid) {
            if dfa.is_dead(self.sid) {
                return false;
            }
            if dfa.is_match(self.sid) {
                self.found = Some((at - dfa.pattern_len(dfa.match_pattern(self.sid, 0)), at));
            }
        }
        true
    }
}

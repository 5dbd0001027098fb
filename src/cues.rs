//! Stage 4, cues: the words that signal speech — speech verbs from the
//! lexicon ("said", "added", "tweeted"), source phrases ("according to"),
//! and the words after a verb that belong to the cue rather than to the
//! speaker ("told reporters", "said in a statement").

use crate::lexicon::Lexicon;
use crate::words::{Word, gap};

/// True when the word is a speech-verb form.
pub(crate) fn is_verb(text: &str, word: &Word, lexicon: &Lexicon) -> bool {
    lexicon.verb_lemma(word.text(text)).is_some()
}

/// How many words of a phrase from `phrases` start at `words[i]`, with only
/// white space between them (0 when none does).
fn phrase_len(text: &str, words: &[Word], i: usize, phrases: &[Vec<Box<str>>]) -> usize {
    'phrases: for phrase in phrases {
        if i + phrase.len() > words.len() {
            continue;
        }
        for (k, p) in phrase.iter().enumerate() {
            let w = &words[i + k];
            if !w.text(text).eq_ignore_ascii_case(p) {
                continue 'phrases;
            }
            if k > 0 && !gap(text, words[i + k - 1].span.end, w.span.start).is_empty() {
                continue 'phrases;
            }
        }
        return phrase.len();
    }
    0
}

/// Words of a source phrase ("according to") starting at `words[i]`.
pub(crate) fn source_phrase_len(text: &str, words: &[Word], i: usize, lexicon: &Lexicon) -> usize {
    phrase_len(text, words, i, &lexicon.source_before)
}

/// Words after a verb that belong to the cue ("reporters", "in a
/// statement"), starting at `words[i]`.
pub(crate) fn verb_object_len(text: &str, words: &[Word], i: usize, lexicon: &Lexicon) -> usize {
    phrase_len(text, words, i, &lexicon.verb_objects)
}

//! The word lists the stages read, loaded from the data files beside this
//! module (`src/lexicon/*.txt`) when an [`Extractor`](crate::Extractor) is
//! built.
//!
//! Every file has one entry a line; `#` starts a comment line. Growing a
//! list is an edit to its file, never to code.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, MatchKind};

use crate::Error;

const SPEECH_VERBS: &str = include_str!("lexicon/speech_verbs.txt");
const SPEECH_IDIOMS: &str = include_str!("lexicon/speech_idioms.txt");
const CUE_PHRASES: &str = include_str!("lexicon/cue_phrases.txt");
const TITLES: &str = include_str!("lexicon/titles.txt");
const ROLE_NOUNS: &str = include_str!("lexicon/role_nouns.txt");
const ORG_HEADS: &str = include_str!("lexicon/org_heads.txt");
const PRONOUNS: &str = include_str!("lexicon/pronouns.txt");
const ABBREVIATIONS: &str = include_str!("lexicon/abbreviations.txt");
const SPEECH_ADVERBS: &str = include_str!("lexicon/speech_adverbs.txt");
const TIME_WORDS: &str = include_str!("lexicon/time_words.txt");
const FURNITURE: &str = include_str!("lexicon/furniture.txt");
const KICKERS: &str = include_str!("lexicon/kickers.txt");
const FURNITURE_CALLS: &str = include_str!("lexicon/furniture_calls.txt");
/// The most words of a call to action in `furniture_calls.txt`.
const FURNITURE_CALL_WORDS: usize = 4;
const LABEL_LEADS: &str = include_str!("lexicon/label_leads.txt");
const ANSWER_WORDS: &str = include_str!("lexicon/answer_words.txt");
const TIME_SUBORDINATORS: &str = include_str!("lexicon/time_subordinators.txt");
const HOPE_NOUNS: &str = include_str!("lexicon/hope_nouns.txt");
const ASKING_WORDS: &str = include_str!("lexicon/asking_words.txt");
const WAY_PARTICLES: &str = include_str!("lexicon/way_particles.txt");
const ADDRESSING_VERBS: &str = include_str!("lexicon/addressing_verbs.txt");
const QUESTIONING_VERBS: &str = include_str!("lexicon/questioning_verbs.txt");
const NOUN_CUES: &str = include_str!("lexicon/noun_cues.txt");
const SPEECH_NOUNS: &str = include_str!("lexicon/speech_nouns.txt");
const WORK_LINKS: &str = include_str!("lexicon/work_links.txt");
const THING_OPENERS: &str = include_str!("lexicon/thing_openers.txt");
const VERDICT_WORDS: &str = include_str!("lexicon/verdict_words.txt");
const CALLED_EVENTS: &str = include_str!("lexicon/called_events.txt");
const PRO_FORMS: &str = include_str!("lexicon/pro_forms.txt");
const STAMP_LEADS: &str = include_str!("lexicon/stamp_leads.txt");
const DATE_WORDS: &str = include_str!("lexicon/date_words.txt");
const INTERVIEW_LABELS: &str = include_str!("lexicon/interview_labels.txt");
const NOTE_LABELS: &str = include_str!("lexicon/note_labels.txt");
const BROADCAST_STAFF: &str = include_str!("lexicon/broadcast_staff.txt");
const FORMER_MARKS: &str = include_str!("lexicon/former_marks.txt");
const ALIAS_MARKS: &str = include_str!("lexicon/alias_marks.txt");
const LESSER_RANKS: &str = include_str!("lexicon/lesser_ranks.txt");
const SOLE_OFFICES: &str = include_str!("lexicon/sole_offices.txt");
const PORTFOLIOS: &str = include_str!("lexicon/portfolios.txt");
const TITLE_ROLES: &str = include_str!("lexicon/title_roles.txt");
const OFFICES: &str = include_str!("lexicon/offices.txt");
const HEAD_NOUNS: &str = include_str!("lexicon/head_nouns.txt");
const OFFICE_DOCUMENTS: &str = include_str!("lexicon/office_documents.txt");
const FAMILY_NAMES_FIRST: &str = include_str!("lexicon/family_names_first.txt");
const SHARE_WORDS: &str = include_str!("lexicon/share_words.txt");
const SHARE_LEADS: &str = include_str!("lexicon/share_leads.txt");
const HANDLE_LEADS: &str = include_str!("lexicon/handle_leads.txt");
const MEANS_WORDS: &str = include_str!("lexicon/means_words.txt");
const SPORT_WORDS: &str = include_str!("lexicon/sport_words.txt");
const EITHER_FIRST_NAMES: &str = include_str!("lexicon/either_first_names.txt");
const SALUTATIONS: &str = include_str!("lexicon/salutations.txt");
const OFFICE_HONORIFICS: &str = include_str!("lexicon/office_honorifics.txt");
const CHANGE_PREPOSITIONS: &str = include_str!("lexicon/change_prepositions.txt");
const PERSON_RELATIVES: &str = include_str!("lexicon/person_relatives.txt");
const COORDINATORS: &str = include_str!("lexicon/coordinators.txt");
const RELATIVE_PRONOUNS: &str = include_str!("lexicon/relative_pronouns.txt");
const ORG_PREPOSITIONS: &str = include_str!("lexicon/org_prepositions.txt");
const READING_PARTICIPLES: &str = include_str!("lexicon/reading_participles.txt");
const KIN_NOUNS: &str = include_str!("lexicon/kin_nouns.txt");
const ARTICLES: &str = include_str!("lexicon/articles.txt");
const COMPANY_HEADS: &str = include_str!("lexicon/company_heads.txt");
const COMPANY_NOUNS: &str = include_str!("lexicon/company_nouns.txt");
const BODY_NOUNS: &str = include_str!("lexicon/body_nouns.txt");
const PRESS_NOUNS: &str = include_str!("lexicon/press_nouns.txt");
const OWN_ACCOUNTS: &str = include_str!("lexicon/own_accounts.txt");
const SAMENESS_WORDS: &str = include_str!("lexicon/sameness_words.txt");
const DEGREE_WORDS: &str = include_str!("lexicon/degree_words.txt");
const ANY_DOCUMENTS: &str = include_str!("lexicon/any_documents.txt");
const THING_NOUNS: &str = include_str!("lexicon/thing_nouns.txt");
const PLACE_OPENERS: &str = include_str!("lexicon/place_openers.txt");
const MANNER_OPENERS: &str = include_str!("lexicon/manner_openers.txt");
const NAMED_GROUP_NOUNS: &str = include_str!("lexicon/named_group_nouns.txt");
const PEOPLE_NOUNS: &str = include_str!("lexicon/people_nouns.txt");
const QUOTING_VERBS: &str = include_str!("lexicon/quoting_verbs.txt");
const FUNCTION_WORDS: &str = include_str!("lexicon/function_words.txt");
const FIRST_NAMES: &str = include_str!("lexicon/first_names.txt");
const GENDERED_WORDS: &str = include_str!("lexicon/gendered_words.txt");
const REPORTING_VERBS: &str = include_str!("lexicon/reporting_verbs.txt");
const OBJECT_VERBS: &str = include_str!("lexicon/object_verbs.txt");
const NOUN_FORMS: &str = include_str!("lexicon/noun_forms.txt");
const ACTION_VERBS: &str = include_str!("lexicon/action_verbs.txt");
const COUNTING_VERBS: &str = include_str!("lexicon/counting_verbs.txt");
const REQUEST_VERBS: &str = include_str!("lexicon/request_verbs.txt");
const PROMISE_VERBS: &str = include_str!("lexicon/promise_verbs.txt");
const NAMING_VERBS: &str = include_str!("lexicon/naming_verbs.txt");
const WITHHOLDING_VERBS: &str = include_str!("lexicon/withholding_verbs.txt");
const AUXILIARIES: &str = include_str!("lexicon/auxiliaries.txt");
const NUMBER_WORDS: &str = include_str!("lexicon/number_words.txt");
const DETERMINERS: &str = include_str!("lexicon/determiners.txt");
const PREPOSITIONS: &str = include_str!("lexicon/prepositions.txt");
const NAME_PARTICLES: &str = include_str!("lexicon/name_particles.txt");
const COMMON_TIME_NOUNS: &str = include_str!("lexicon/common_time_nouns.txt");
const LEAD_IN_WORDS: &str = include_str!("lexicon/lead_in_words.txt");
const NOUN_LINKS: &str = include_str!("lexicon/noun_links.txt");
const CLAUSE_OPENERS: &str = include_str!("lexicon/clause_openers.txt");
const ADJUNCT_OPENERS: &str = include_str!("lexicon/adjunct_openers.txt");
const SUBORDINATORS: &str = include_str!("lexicon/subordinators.txt");
const NOUN_OPENERS: &str = include_str!("lexicon/noun_openers.txt");
const GERUND_ONLY_AFTER: &str = include_str!("lexicon/gerund_only_after.txt");
const QUANTIFIERS: &str = include_str!("lexicon/quantifiers.txt");
const NOUN_MAKERS: &str = include_str!("lexicon/noun_makers.txt");
const CLAUSE_LEAD_INS: &str = include_str!("lexicon/clause_lead_ins.txt");
const ADJUNCT_HEADS: &str = include_str!("lexicon/adjunct_heads.txt");
const OBJECT_OPENERS: &str = include_str!("lexicon/object_openers.txt");
const THAT_ADJUNCTS: &str = include_str!("lexicon/that_adjuncts.txt");
const TOPIC_ENDERS: &str = include_str!("lexicon/topic_enders.txt");
const CREDIT_WORDS: &str = include_str!("lexicon/credit_words.txt");
const QUESTION_WORDS: &str = include_str!("lexicon/question_words.txt");
const AS_PHRASE_WORDS: &str = include_str!("lexicon/as_phrase_words.txt");
const GROUP_SUBJECTS: &str = include_str!("lexicon/group_subjects.txt");
const TIME_LEADS: &str = include_str!("lexicon/time_leads.txt");
const TIME_DETERMINERS: &str = include_str!("lexicon/time_determiners.txt");
const CLAUSE_CONTINUERS: &str = include_str!("lexicon/clause_continuers.txt");
const SOURCE_CONJUNCTIONS: &str = include_str!("lexicon/source_conjunctions.txt");
const SENTENCE_CONNECTIVES: &str = include_str!("lexicon/sentence_connectives.txt");
const QUESTION_LEADS: &str = include_str!("lexicon/question_leads.txt");
const TITLE_LEADS: &str = include_str!("lexicon/title_leads.txt");
const SUBJECT_BOUNDS: &str = include_str!("lexicon/subject_bounds.txt");
const EXAMPLE_LEADS: &str = include_str!("lexicon/example_leads.txt");
const NOUN_TAIL_LEADS: &str = include_str!("lexicon/noun_tail_leads.txt");
const FIRST_NAME_TITLES: &str = include_str!("lexicon/first_name_titles.txt");
const POSTNOMINALS: &str = include_str!("lexicon/postnominals.txt");
const FIRST_PERSON_SUBJECTS: &str = include_str!("lexicon/first_person_subjects.txt");
const FIRST_PERSON_WORDS: &str = include_str!("lexicon/first_person_words.txt");
const TIME_PREPOSITIONS: &str = include_str!("lexicon/time_prepositions.txt");
const NEGATIONS: &str = include_str!("lexicon/negations.txt");
const APPROXIMATORS: &str = include_str!("lexicon/approximators.txt");
const ISSUING_PARTICLES: &str = include_str!("lexicon/issuing_particles.txt");
const ISSUING_VERBS: &str = include_str!("lexicon/issuing_verbs.txt");
const SPOKESPERSONS: &str = include_str!("lexicon/spokespersons.txt");
const WRITER_NOUNS: &str = include_str!("lexicon/writer_nouns.txt");
const FINDING_NOUNS: &str = include_str!("lexicon/finding_nouns.txt");
const WORD_NOUNS: &str = include_str!("lexicon/word_nouns.txt");
const AMOUNT_WORDS: &str = include_str!("lexicon/amount_words.txt");
const CONTINUATION_WORDS: &str = include_str!("lexicon/continuation_words.txt");
const IRREGULAR_PASTS: &str = include_str!("lexicon/irregular_pasts.txt");
const OCCASION_NOUNS: &str = include_str!("lexicon/occasion_nouns.txt");
const PROCEEDING_NOUNS: &str = include_str!("lexicon/proceeding_nouns.txt");
const PROCEEDING_VERBS: &str = include_str!("lexicon/proceeding_verbs.txt");
const CONNECTIVE_ADVERBS: &str = include_str!("lexicon/connective_adverbs.txt");
const PLACE_HEADS: &str = include_str!("lexicon/place_heads.txt");
const DEMONYMS: &str = include_str!("lexicon/demonyms.txt");

/// Short words found anywhere in a text without regard to ASCII case.
///
/// The whole text is searched, so the search is for three uncommon bytes
/// of each word (a vectorised one where the CPU has it: aho-corasick picks
/// Teddy for so few patterns), in the text with bit 5 of every byte set,
/// folded into a buffer a bounded stretch at a time. That lower-cases
/// every ASCII letter and maps a few other bytes onto others, which only
/// costs a comparison: only where those bytes are found is the whole word
/// compared. A word shorter than three bytes ("©") is found by memchr on
/// its first byte.
#[derive(Debug)]
struct CreditWords {
    /// The words, and where in each the searched bytes start.
    words: Vec<(&'static [u8], usize)>,
    /// Three bytes of every word of three bytes or more, bit 5 set.
    fingerprints: Fingerprints,
    /// For each fingerprint, the words it is taken from.
    words_of: Vec<Vec<usize>>,
    /// The other words, found by their first byte.
    by_lead: Vec<(u8, &'static [u8])>,
}

/// The search for the fingerprints of [`CreditWords`]: Teddy itself where
/// the CPU has it, without the layers of the general searcher around each
/// call (one is made for every stretch and every find), else the general
/// searcher.
#[derive(Debug)]
enum Fingerprints {
    Packed(aho_corasick::packed::Searcher),
    General(AhoCorasick),
}

impl Fingerprints {
    /// The general searcher, for a CPU without a packed one.
    fn general(prints: Vec<Vec<u8>>) -> Result<Fingerprints, aho_corasick::BuildError> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(prints)
            .map(Fingerprints::General)
    }

    /// The first fingerprint starting at `from` or after in `folded`:
    /// where, and which.
    fn find(&self, folded: &[u8], from: usize) -> Option<(usize, usize)> {
        let found = match self {
            Fingerprints::Packed(packed) => {
                packed.find_in(folded, aho_corasick::Span::from(from..folded.len()))
            }
            Fingerprints::General(general) => {
                general.find(aho_corasick::Input::new(folded).range(from..))
            }
        };
        found.map(|m| (m.start(), m.pattern().as_usize()))
    }
}

/// How many bytes of a credit word the search looks for.
const FINGERPRINT: usize = 3;
/// How many bytes of text are folded for one search.
const FOLD_CHUNK: usize = 1024;

impl CreditWords {
    /// The words of a data file of `word<TAB>offset` lines.
    fn new(file: &'static str) -> Result<CreditWords, Error> {
        let words: Vec<(&'static str, usize)> = entries(file)
            .filter_map(|l| {
                let (word, at) = l.split_once('\t')?;
                Some((word.trim(), at.trim().parse().ok()?))
            })
            .collect();
        let mut prints: Vec<Vec<u8>> = Vec::new();
        let mut words_of: Vec<Vec<usize>> = Vec::new();
        let mut by_lead = Vec::new();
        for (wi, &(w, at)) in words.iter().enumerate() {
            let w = w.as_bytes();
            let print = w.get(at..at + FINGERPRINT);
            match (print, w.first()) {
                (Some(print), _) => {
                    let print: Vec<u8> = print.iter().map(|b| b | 0x20).collect();
                    match prints.iter().position(|p| *p == print) {
                        Some(pi) => words_of[pi].push(wi),
                        None => {
                            prints.push(print);
                            words_of.push(vec![wi]);
                        }
                    }
                }
                (None, Some(&lead)) => by_lead.push((lead, w)),
                (None, None) => {}
            }
        }
        Ok(CreditWords {
            words: words.iter().map(|&(w, at)| (w.as_bytes(), at)).collect(),
            fingerprints: match aho_corasick::packed::Searcher::new(&prints) {
                Some(packed) => Fingerprints::Packed(packed),
                None => Fingerprints::general(prints)?,
            },
            words_of,
            by_lead,
        })
    }

    /// Where every credit word of `text` starts, in order.
    fn starts(&self, text: &[u8]) -> Vec<usize> {
        let whole = |start: usize, word: &[u8]| {
            text.get(start..start + word.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(word))
        };
        let mut out = Vec::new();
        for &(lead, word) in &self.by_lead {
            out.extend(memchr::memchr_iter(lead, text).filter(|&i| whole(i, word)));
        }
        // The text is folded a bounded stretch at a time, into a buffer on
        // the stack: stretches overlap by a fingerprint less one byte, so
        // every position where one starts is searched once.
        let mut buf = [0; FOLD_CHUNK];
        let mut chunk_start = 0;
        while chunk_start < text.len() {
            let chunk = &text[chunk_start..text.len().min(chunk_start + FOLD_CHUNK)];
            for (f, &b) in buf.iter_mut().zip(chunk) {
                *f = b | 0x20;
            }
            let folded = &buf[..chunk.len()];
            // Fingerprints are distinct and of one length, so at most one
            // matches at a position: going on from the next position misses
            // none.
            let mut from = 0;
            while let Some((found, print)) = self.fingerprints.find(folded, from) {
                let at = chunk_start + found;
                for &wi in &self.words_of[print] {
                    let (word, offset) = self.words[wi];
                    if let Some(start) = at.checked_sub(offset)
                        && whole(start, word)
                    {
                        out.push(start);
                    }
                }
                from = found + 1;
            }
            if chunk_start + chunk.len() == text.len() {
                break;
            }
            chunk_start += chunk.len() - (FINGERPRINT - 1);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The entries of a data file: trimmed, without blank and comment lines.
fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A data file's entries as a set of lower-cased words, for a test
/// that looks a word up in any case.
fn lowered_set(file: &str) -> WordTable<()> {
    WordTable::new(entries(file).map(|e| (e.to_lowercase().into(), ())))
}

/// A list of "word role" lines (a title or a document and the role noun
/// that stands for its holder: "Justice judge"), both lower-cased.
fn word_to_role(file: &str) -> WordTable<Box<str>> {
    WordTable::new(entries(file).filter_map(|e| {
        let (word, role) = e.split_once(char::is_whitespace)?;
        Some((
            word.to_lowercase().into(),
            role.trim().to_lowercase().into(),
        ))
    }))
}

/// Multi-word phrases, found by their first word.
#[derive(Debug)]
pub(crate) struct Phrases {
    list: Vec<Vec<Box<str>>>,
    /// First word (lower case) → the phrases it starts.
    by_first: WordTable<Starts>,
    /// The first words: most words asked about start no phrase, and are
    /// told so without a look-up.
    firsts: EndsFilter,
}

/// The first two and last two letters of the words of a list, without
/// regard to case: a test before a look-up that turns away most words not
/// in the list for a load and a bit test.
#[derive(Debug)]
struct EndsFilter {
    /// One bit per key of [`EndsFilter::key`].
    bits: Box<[u64]>,
}

/// How many bits [`EndsFilter::key`] has.
const ENDS_KEY_BITS: u64 = 16;

impl EndsFilter {
    fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> EndsFilter {
        let mut bits = vec![0u64; 1 << ENDS_KEY_BITS >> 6].into_boxed_slice();
        // A word whose ends are not ASCII is not the lower case of a word
        // whose ends are: it needs no bit, as such words are looked up.
        for key in words
            .into_iter()
            .filter_map(|w| EndsFilter::key(w.as_bytes()))
        {
            bits[key >> 6] |= 1 << (key & 63);
        }
        EndsFilter { bits }
    }

    /// A hash of a word's first two and last two bytes, five bits of each,
    /// the same in any case when they are ASCII; `None` when any is not.
    #[inline]
    fn key(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        let second = *word.get(1).unwrap_or(&first);
        let penultimate = word.len().checked_sub(2).map_or(last, |i| word[i]);
        let ends = u32::from_le_bytes([first, second, penultimate, last]);
        if ends & 0x8080_8080 != 0 {
            return None;
        }
        let five = ends & 0x1f1f_1f1f;
        Some((five.wrapping_mul(0x9E37_79B9) >> (32 - ENDS_KEY_BITS)) as usize)
    }

    /// False when the lower case of `word` is not in the list; true when
    /// it may be. A word whose ends are ASCII has a lower case with the
    /// same ends, lower-cased.
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        EndsFilter::key(word).is_none_or(|key| self.has_key(key))
    }

    /// Whether a word of this [`EndsFilter::key`] may be in the list.
    #[inline]
    fn has_key(&self, key: usize) -> bool {
        self.bits
            .get(key >> 6)
            .is_some_and(|b| b & 1 << (key & 63) != 0)
    }
}

/// The phrases that start with one word: the longer ones by their second
/// word, each list longest first, so "in a statement to" wins over "in a
/// statement". A word starts dozens ("in a statement", "in an
/// interview"), and a look-up asked all of them about the word after it.
#[derive(Debug, Default)]
pub(crate) struct Starts {
    /// Second word (lower case) → the phrases.
    by_second: Vec<(Box<str>, Vec<usize>)>,
    /// Whether the word is a phrase of its own.
    alone: bool,
}

impl Starts {
    /// True when the word is a phrase of its own.
    pub fn alone(&self) -> bool {
        self.alone
    }
}

impl Phrases {
    fn new(list: Vec<Vec<Box<str>>>) -> Phrases {
        let mut by_first: HashMap<Box<str>, Starts> = HashMap::default();
        // Longest first, in the list's order among phrases of a length.
        let mut longest_first: Vec<usize> = (0..list.len()).collect();
        longest_first.sort_by_key(|&i| std::cmp::Reverse(list[i].len()));
        for i in longest_first {
            let Some(first) = list[i].first() else {
                continue;
            };
            let starts = by_first.entry(first.to_lowercase().into()).or_default();
            match list[i].get(1) {
                None => starts.alone = true,
                Some(second) => match starts.by_second.iter_mut().find(|(s, _)| s == second) {
                    Some((_, phrases)) => phrases.push(i),
                    None => starts.by_second.push((second.clone(), vec![i])),
                },
            }
        }
        Phrases {
            list,
            firsts: EndsFilter::new(by_first.keys().map(|k| &**k)),
            by_first: WordTable::new(by_first),
        }
    }

    /// False when no phrase starts with the word of bytes `word`, told
    /// without a look-up; true when one may.
    #[inline]
    pub fn may_start(&self, word: &[u8]) -> bool {
        self.firsts.may_hold(word)
    }

    /// The phrases that start with `word`, if any do.
    pub fn starting_with(&self, word: &str) -> Option<&Starts> {
        self.by_first.get_lower(word)
    }

    /// Of the phrases `starts`, those of two words or more whose second
    /// word is `second` (in any ASCII case), longest first.
    pub fn followed_by<'a>(
        &'a self,
        starts: &'a Starts,
        second: &str,
    ) -> impl Iterator<Item = &'a [Box<str>]> {
        starts
            .by_second
            .iter()
            .filter(move |(s, _)| second.eq_ignore_ascii_case(s))
            .flat_map(|(_, phrases)| phrases)
            .map(|&i| self.list[i].as_slice())
    }
}

/// What a role noun names: "the minister", "officials", "the campaign".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleClass {
    Person,
    Group,
    Org,
}

/// Grammatical gender of a pronoun, where English marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Neuter,
    Any,
}

/// A pronoun's agreement features.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pronoun {
    pub gender: Gender,
    pub plural: bool,
    /// Third person subject or object forms ("he", "them") can name a
    /// speaker; first and second person, reflexives and relatives cannot.
    pub speaker: bool,
    /// Stands before a noun: "his spokesman".
    pub possessive: bool,
    /// An object form that is a possessive too ("her": "told her", "her
    /// lawyer"): before a role it opens a noun phrase.
    pub owns_too: bool,
    /// A third person subject form ("he", "they"): written in lower case
    /// after a verb, it opens the verb's clause.
    pub subject: bool,
}

impl Pronoun {
    /// True when the pronoun may stand before a noun: a possessive, or an
    /// object form that is one too ("her spokesman said"). Read backwards
    /// from a noun, the word before it is its determiner.
    pub fn opens_noun(self) -> bool {
        self.possessive || self.owns_too
    }
}

/// Every word list, in the forms the stages look them up in.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Every word of the lists matched without regard to case (lower case)
    /// → all its classes, so a word costs one look-up however many lists
    /// it is tested against.
    classes: WordTable<WordClass>,
    /// The speech-verb forms of `classes`: the rules ask of most words in a
    /// window whether they are one.
    verbs: EndsFilter,
    /// The auxiliaries of `classes` and their negatives ("didn't"): the
    /// rules ask of most words of a clause whether they are one.
    auxiliaries: EndsFilter,
    /// The irregular past tenses of `classes`, asked about as often.
    irregular_pasts: EndsFilter,
    /// Speech-verb lemmas, indexed by [`WordClass`]'s lemma.
    lemmas: Vec<Lemma>,
    /// Phrases standing before a source: "according to".
    pub source_before: Phrases,
    /// Words after a speech verb that belong to the cue, not the speaker:
    /// "reporters", "in a statement".
    pub verb_objects: Phrases,
    /// How someone worded what follows, after "as" and its subject: "put
    /// it" ("as the union put it, …").
    pub manner_phrases: Phrases,
    /// A verb and its particle that together tell of speech, though the
    /// verb alone does not: "went on", "shot back".
    pub phrasal_verbs: Phrases,
    /// Phrases of two words or more that, before a number, say how near
    /// it is: "at least" (`approximators.txt`; its one-word entries are a
    /// class).
    pub approximator_phrases: Phrases,
    /// Every word of a title before a name ("Foreign", "Minister", "Mr").
    title_words: WordTable<()>,
    org_heads: WordTable<()>,
    /// First-person subjects as written: "I", "we", "We".
    first_person_subjects: WordTable<()>,
    /// First-person words as written: "I", "my", "us".
    first_person_words: WordTable<()>,
    abbreviations: WordTable<()>,
    /// Lower-case phrases of site furniture: "log in or register".
    furniture: WordTable<()>,
    /// Lower-case section labels before a title's colon: "the latest".
    kickers: WordTable<()>,
    /// Lower-case calls to action opening a line of furniture: "sign up for".
    furniture_calls: WordTable<()>,
    /// The first words of [`Lexicon::furniture_calls`], lower-cased: "sign".
    furniture_call_openers: WordTable<()>,
    /// The first bytes of [`Lexicon::furniture_call_openers`] that are
    /// ASCII, a bit each, in lower case.
    furniture_call_initials: u128,
    /// Lower-case words before a quoted label: "so-called".
    label_leads: WordTable<()>,
    /// Lower-case labels of a note or a listing's line: "update", "photo".
    note_labels: WordTable<()>,
    /// Lower-case roles of a broadcaster's staff in a transcript's label:
    /// "anchor", "reporter".
    broadcast_staff: WordTable<()>,
    /// Lower-case words that put a role in the past: "former", "ex".
    former_marks: WordTable<()>,
    /// Lower-case words that open another name for the one before them:
    /// "aka", "née".
    alias_marks: WordTable<()>,
    /// Lower-case words before a role that make its holder a second or a
    /// stand-in: "deputy", "acting".
    lesser_ranks: WordTable<()>,
    /// Lower-case role nouns of an office a story has one holder of:
    /// "judge", "coroner".
    sole_offices: WordTable<()>,
    /// Lower-case portfolios a ministry is named for: "environment".
    portfolios: WordTable<()>,
    /// Lower-case words that answer a question whole: "yes", "no".
    answer_words: WordTable<()>,
    /// Lower-case subordinators that say when: "when", "after".
    time_subordinators: WordTable<()>,
    /// Lower-case nouns of hope before a "that": "hope", "optimism".
    hope_nouns: WordTable<()>,
    /// Lower-case words that put a question: "asked", "whether".
    asking_words: WordTable<()>,
    /// Lower-case particles of movement after "her way": "to", "out".
    way_particles: WordTable<()>,
    /// Lower-case forms of verbs that put words to a person: "asked",
    /// "pressed".
    addressing_verbs: WordTable<()>,
    /// Lower-case past forms whose object is the one questioned:
    /// "pressed", "quizzed".
    questioning_verbs: WordTable<()>,
    /// Lower-case bare cue forms that are nouns as well: "order", "report".
    noun_cues: WordTable<()>,
    /// Lower-case nouns of something said that report the clause after
    /// their "that": "claim", "warning".
    speech_nouns: WordTable<()>,
    /// Lower-case prepositions before a work's quoted title: "of", "in".
    work_links: WordTable<()>,
    /// Lower-case words that open a thing's noun phrase: "a", "just".
    thing_openers: WordTable<()>,
    verdict_words: WordTable<()>,
    /// Lower-case nouns of events a naming verb calls: "race", "strike".
    called_events: WordTable<()>,
    /// Lower-case words that stand for a clause said before: "so", "the
    /// same".
    pro_forms: WordTable<()>,
    /// Lower-case words that open a page's time stamp: "published".
    stamp_leads: WordTable<()>,
    /// Lower-case words of a bare date line: "fri", "february", "gmt".
    date_words: WordTable<()>,
    /// Lower-case labels of an interview's turns ("q", "a"), each true
    /// for an answer's.
    interview_labels: WordTable<bool>,
    /// Lower-case title words with the role noun that stands for their
    /// holder ("justice" → "judge").
    title_roles: WordTable<Box<str>>,
    /// Lower-case role nouns that name an office with the office they
    /// name ("diplomat" → "minister").
    offices: WordTable<Box<str>>,
    /// Lower-case heads of organisations' names with the common noun that
    /// stands for the organisation ("department" → "agency").
    head_nouns: WordTable<Box<str>>,
    /// Lower-case documents with the role noun of the office that hands
    /// them down ("judgment" → "judge").
    office_documents: WordTable<Box<str>>,
    /// The first letters of those labels, in lower case: most paragraphs
    /// open with none of them and are told so with no look-up.
    interview_firsts: Box<[u8]>,
    /// Lower-case family names written before the given name: "lim".
    family_names_first: WordTable<()>,
    /// Lower-case words, phrases and signs that make a number a share:
    /// "percent", "per cent", "%".
    share_words: WordTable<()>,
    /// The words that set a poll's share before a participle, as written:
    /// "with".
    share_leads: WordTable<()>,
    /// Lower-case phrases that give the name a person described before
    /// them posts under: "with the handle", "who goes by".
    handle_leads: WordTable<()>,
    /// The verbs, with their particle, of taking up a means before an
    /// infinitive of speech, as written: "took to", "used".
    means_words: WordTable<()>,
    /// Lower-case words of sport: "striker".
    sport_words: WordTable<()>,
    /// First names given to both sexes, as written: "Jordan".
    either_first_names: WordTable<()>,
    /// The words that open a letter to a name, as written: "Dear".
    salutations: WordTable<()>,
    /// The gendered honorifics that open an office's name, as written:
    /// "Lord" of "Lord Mayor".
    office_honorifics: WordTable<()>,
    /// The prepositions that link the labels of a change: "to", "from".
    change_prepositions: WordTable<()>,
    /// The relative pronouns that stand only for a person: "who".
    person_relatives: WordTable<()>,
    /// The coordinators: "and", "but", "or".
    coordinators: WordTable<()>,
    /// The relative pronouns: "who", "which", "that"; each with whether it
    /// is the possessive one, "whose".
    relative_pronouns: WordTable<bool>,
    /// The prepositions inside an organisation's name: "for", "on".
    org_prepositions: WordTable<()>,
    /// The participles of reading a document out: "read", "delivered".
    reading_participles: WordTable<()>,
    /// The nouns of kin that head an epithet counting children: "mum".
    kin_nouns: WordTable<()>,
    articles: WordTable<()>,
    /// The last words of companies' names that tell their trade:
    /// "Logistics".
    company_heads: WordTable<()>,
    /// The nouns that point back at a company: "company", "firm".
    company_nouns: WordTable<()>,
    /// The nouns that point back at the organisation that spoke last:
    /// "party", "agency".
    body_nouns: WordTable<()>,
    /// The nouns that point back at a newspaper: "paper", "editorial".
    press_nouns: WordTable<()>,
    /// The nouns of an own account, each with its preposition: "account"
    /// → "by".
    own_accounts: WordTable<Box<str>>,
    /// The words that make a definite noun the one before: "same".
    sameness_words: WordTable<()>,
    /// The adverbs that grade an adjective: "very".
    degree_words: WordTable<()>,
    /// The document nouns for any document: "document".
    any_documents: WordTable<()>,
    /// The nouns of things that never speak: "shares", "tributes".
    thing_nouns: WordTable<()>,
    /// The words that open a place's name: "Port", "Mount".
    place_openers: WordTable<()>,
    /// The adverbs that open an inverted attribution: "So", "Thus".
    manner_openers: WordTable<()>,
    /// The adverbs that tie a sentence to the one before: "separately".
    connective_adverbs: WordTable<()>,
    /// Words that open an aside naming examples: "including", "like".
    example_leads: WordTable<()>,
    /// Lower-case words that open a tail staying with the noun phrase
    /// before a comma, with the word that must follow ("such" → "as"),
    /// empty when none must ("including").
    noun_tail_leads: WordTable<Box<str>>,
    /// The nouns of bodies formed for a cause, after their own name:
    /// "group", "campaign".
    named_group_nouns: WordTable<()>,
    /// Plural nouns for people that are no role: "people", "groups".
    people_nouns: WordTable<()>,
    /// The forms of the verbs that quote someone "as saying": "quoted".
    quoting_verbs: WordTable<()>,
    /// First names and gendered titles, in lower case → the gender they
    /// tell: one look-up for a word in any case.
    genders: WordTable<GenderWord>,
    /// Every speech-verb form and source phrase, for the one pass over the
    /// text that finds reported speech; none in a lexicon built for direct
    /// quotes only.
    cue_automaton: Option<DFA>,
    /// Words of photo credits and captions, to pick the lines worth a regex.
    credit_words: CreditWords,
    furniture_max_len: usize,
}

/// A speech verb's lemma and what its forms take.
#[derive(Debug)]
pub(crate) struct Lemma {
    name: Box<str>,
    /// Its bare complement is reported speech ("say", "add").
    pub reporting: bool,
    /// It takes the person spoken to first ("tell", "warn").
    pub takes_object: bool,
    /// Its bare noun complement is an act, not speech ("found ways").
    pub action: bool,
    /// A number opening its bare complement is an amount added, not
    /// speech ("added two beds").
    pub counting: bool,
    /// It makes a request, whose content runs through an infinitive
    /// ("urge").
    pub request: bool,
    /// It makes a promise, whose content is the infinitive after it
    /// ("vow").
    pub promise: bool,
    /// It names its object, and says nothing without the name
    /// ("called the plan a disaster", not "called Ruiz").
    pub naming: bool,
    /// With a person and a thing after it, it withholds or gives rather
    /// than speaks ("denied him a hearing").
    pub withholding: bool,
    /// Prepositions that belong to it ("call for"), lower case.
    particles: Vec<Box<str>>,
    /// Particles through which its act is a plea ("appeal for"), lower
    /// case.
    pleas: Vec<Box<str>>,
}

impl Lemma {
    /// True when `form` is the lemma itself, the bare form a modal or
    /// "to" takes ("can ask"), in any case.
    pub fn is_bare(&self, form: &str) -> bool {
        self.name.eq_ignore_ascii_case(form)
    }

    /// True when `particle` belongs to this verb ("call" "for").
    pub fn has_particle(&self, particle: &str) -> bool {
        self.particles
            .iter()
            .any(|p| p.eq_ignore_ascii_case(particle))
    }

    /// True when the verb makes a plea through `particle` ("appeal"
    /// "for").
    pub fn pleads_through(&self, particle: &str) -> bool {
        self.pleas.iter().any(|p| p.eq_ignore_ascii_case(particle))
    }
}

/// The classes of one word in the lists matched without regard to case:
/// what [`Lexicon::class`] returns, all from one look-up.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordClass {
    flags: u64,
    /// Index of the speech-verb lemma in [`Lexicon::lemmas`], with
    /// [`VERB`].
    lemma: u32,
    role: Option<RoleClass>,
    pronoun: Option<Pronoun>,
}

const FUNCTION: u64 = 1;
const TIME: u64 = 1 << 1;
const SPEECH_ADVERB: u64 = 1 << 2;
const NUMBER: u64 = 1 << 3;
const DOCUMENT: u64 = 1 << 4;
/// Auxiliary and modal verbs ("was", "would", "ca" of "can't").
const AUXILIARY: u64 = 1 << 5;
const VERB: u64 = 1 << 6;
/// A verb form more often a noun than a verb ("states").
const NOUN_FORM: u64 = 1 << 7;
const DETERMINER: u64 = 1 << 8;
/// A determiner that points back: "the", "this".
const DEFINITE: u64 = 1 << 9;
const PREPOSITION: u64 = 1 << 10;
/// A preposition whose phrase may modify the noun before it: "for".
const MODIFIER: u64 = 1 << 11;
/// A lower-case word inside a name: "von", "bin".
const NAME_PARTICLE: u64 = 1 << 12;
/// A time word that, capitalised, is a name: "Day", "Winter".
const COMMON_TIME_NOUN: u64 = 1 << 13;
/// The last word of a role noun of two words or more: "force" of "air
/// force", asked before the pair is looked up whole.
const ROLE_TAIL: u64 = 1 << 28;
/// A connective that may open a lead-in line: "and", "but".
const LEAD_IN: u64 = 1 << 14;
/// A word that goes on with a noun phrase, not a verb: "of", "and".
const NOUN_LINK: u64 = 1 << 15;
/// A conjunction or relative that opens another clause: "but", "who".
const CLAUSE_OPENER: u64 = 1 << 16;
/// A preposition or subordinator of time that opens an adjunct after a
/// verb: "on", "while".
const ADJUNCT_OPENER: u64 = 1 << 17;
/// A conjunction that opens an adverbial clause: "although", "if".
const SUBORDINATOR: u64 = 1 << 18;
/// An article, demonstrative or possessive: "the", "these", "his".
const NOUN_OPENER: u64 = 1 << 19;
/// A word after which only a gerund is a verb: "of", "by".
const GERUND_ONLY: u64 = 1 << 20;
/// A quantifier that counts a group: "some", "many".
const QUANTIFIER: u64 = 1 << 21;
/// A word after which a verb form is a noun or an infinitive: "the", "to".
const NOUN_MAKER: u64 = 1 << 22;
/// A coordinator or focus word before a clause's opener: "but", "even".
const CLAUSE_LEAD_IN: u64 = 1 << 23;
/// A subordinator or preposition that opens an adjunct: "while", "in".
const ADJUNCT_HEAD: u64 = 1 << 24;
/// A word that opens an object after a verb: "the", "himself".
const OBJECT_OPENER: u64 = 1 << 25;
/// A word that may open an adjunct right after "that": "if", "in".
const THAT_ADJUNCT: u64 = 1 << 26;
/// A word that ends what a speech was about: "during", "after".
const TOPIC_END: u64 = 1 << 27;
/// A word that opens an indirect question: "whether", "how".
const QUESTION_WORD: u64 = 1 << 29;
/// A word that makes a set phrase with "as" before it: "well", "soon".
const AS_PHRASE: u64 = 1 << 30;
/// A word that, capitalised, opens a sentence as a subject naming a
/// group: "Some", "Others".
const GROUP_SUBJECT: u64 = 1 << 31;
/// A word that, with the time words, makes up a time before a verb: "on",
/// "earlier".
const TIME_LEAD: u64 = 1 << 32;
/// A time word that stands before a noun: "this", "last".
const TIME_DETERMINER: u64 = 1 << 33;
/// A conjunction that, after a comma, goes on with the clause: "and".
const CLAUSE_CONTINUER: u64 = 1 << 34;
/// A conjunction whose clause may follow a source set off by "according
/// to": "because", "that".
const SOURCE_CONJUNCTION: u64 = 1 << 35;
/// A connective that may open a sentence before its source: "But".
const SENTENCE_CONNECTIVE: u64 = 1 << 36;
/// A subordinator before a verb of asking with no subject: "when".
const QUESTION_LEAD: u64 = 1 << 37;
/// A word an unnamed subject does not run back past: "because", "that".
const SUBJECT_BOUND: u64 = 1 << 38;
/// The lower case of a title word ([`Lexicon::is_title_word`]): a word
/// without it is none, in any case, told by the look-up already made.
const TITLE_FORM: u64 = 1 << 39;
/// The lower case of an organisation head ([`Lexicon::is_org_head`]).
const ORG_FORM: u64 = 1 << 40;
/// A title kept before a first name alone: "Dame" in "Dame Judith".
const FIRST_NAME_TITLE: u64 = 1 << 41;
/// Letters after a name that are no part of it: "KC", "MP".
const POSTNOMINAL: u64 = 1 << 42;
/// A form of "have" among the auxiliaries: "has", "had".
const HAVE: u64 = 1 << 43;
/// A preposition that makes a time after a verb with a time word: "on".
const TIME_PREPOSITION: u64 = 1 << 44;
/// A word that denies the verb after it: "not", "never".
const NEGATION: u64 = 1 << 45;
/// A particle of a verb that issues a document: "out".
const ISSUING_PARTICLE: u64 = 1 << 46;
/// A preposition that before a number says how near it is: "about".
const APPROXIMATOR: u64 = 1 << 47;
/// A noun whose holder speaks for an organisation: "spokesman".
const SPOKESPERSON: u64 = 1 << 48;
/// A word that leads into a quoted title or name: "titled".
const TITLE_LEAD: u64 = 1 << 49;
/// A noun by which an article's writer names themselves: "this reporter".
const WRITER_NOUN: u64 = 1 << 50;
/// A verb that issues a document: "published", "released".
const ISSUING_VERB: u64 = 1 << 51;
/// A noun of a document whose word is a finding: "poll", "survey".
const FINDING_NOUN: u64 = 1 << 52;
/// A word of how much was said: "little", "much".
const AMOUNT_WORD: u64 = 1 << 53;
/// A modal that a report shifts back in time: "would", "could".
const BACKSHIFTED: u64 = 1 << 54;
/// A word before the "to" of an infinitive that makes it a speech said
/// then: "continued", "on" ("went on to say").
const CONTINUATION: u64 = 1 << 55;
/// A continuation word only before "on": "went" ("went on to say").
const CONTINUATION_ON: u64 = 1 << 56;
/// The past tense of an irregular verb: "took", "lost".
const IRREGULAR_PAST: u64 = 1 << 57;
/// A noun that names a quoted word or phrase after it: "word", "term".
const WORD_NOUN: u64 = 1 << 58;
/// A noun of an occasion or medium spoken at or in: "interview", "rally".
const OCCASION_NOUN: u64 = 1 << 59;
/// A word that ends a street's or a square's name: "Avenue", "Road".
const PLACE_HEAD: u64 = 1 << 60;
/// A noun for a person of a nation or region: "Spaniard", "Kenyan".
const DEMONYM: u64 = 1 << 61;
/// A noun of a proceeding that hears evidence: "inquest", "court".
const PROCEEDING_NOUN: u64 = 1 << 62;
/// A form of a verb that reports speech only after a proceeding: "heard".
const PROCEEDING_VERB: u64 = 1 << 63;

/// True when `word` is written in ASCII lower case: for the lists matched
/// only as written, whose words are all lower-case ASCII letters, this
/// and a case-blind match make an exact one.
fn is_ascii_lower(word: &str) -> bool {
    is_ascii_lower_bytes(word.as_bytes())
}

fn is_ascii_lower_bytes(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_lowercase)
}

/// True when `word` is an ASCII capital followed by ASCII lower case
/// ("Day", not "DAY" or "day"): a list word capitalised as a name or a
/// sentence's first word is.
fn is_ascii_title_case(word: &str) -> bool {
    word.as_bytes()
        .split_first()
        .is_some_and(|(first, rest)| first.is_ascii_uppercase() && is_ascii_lower_bytes(rest))
}

/// The lexicon's tests of one word list each, one line a test under its
/// doc: `is_x(word) in list;` is true for a word the list holds as
/// written, `is_x(word) in list any case;` for one it holds in any case,
/// `is_x(word) in list ascii any case;` for an ASCII one it holds in any
/// case (a list of English words only, asked mostly about such words).
macro_rules! set_tests {
    () => {};
    ($(#[$doc:meta])* $name:ident($arg:ident) in $set:ident; $($rest:tt)*) => {
        $(#[$doc])*
        pub fn $name(&self, $arg: &str) -> bool {
            self.$set.get($arg).is_some()
        }
        set_tests! { $($rest)* }
    };
    ($(#[$doc:meta])* $name:ident($arg:ident) in $set:ident ascii any case; $($rest:tt)*) => {
        $(#[$doc])*
        pub fn $name(&self, $arg: &str) -> bool {
            $arg.is_ascii() && self.$set.get_lower($arg).is_some()
        }
        set_tests! { $($rest)* }
    };
    ($(#[$doc:meta])* $name:ident($arg:ident) in $set:ident any case; $($rest:tt)*) => {
        $(#[$doc])*
        pub fn $name(&self, $arg: &str) -> bool {
            self.$set.get_lower($arg).is_some()
        }
        set_tests! { $($rest)* }
    };
}

/// A class's tests of one flag each, one line a test under its doc:
/// `is_x => X;` is true for a word with flag `X`; `is_x(word: case) =>
/// X;` for one written in that case too (`is_ascii_lower`,
/// `is_ascii_title_case`), `word` being the word whose class this is.
macro_rules! flag_tests {
    () => {};
    ($(#[$doc:meta])* $name:ident => $flag:ident; $($rest:tt)*) => {
        $(#[$doc])*
        pub fn $name(self) -> bool {
            self.flags & $flag != 0
        }
        flag_tests! { $($rest)* }
    };
    ($(#[$doc:meta])* $name:ident(word: $case:ident) => $flag:ident; $($rest:tt)*) => {
        $(#[$doc])*
        pub fn $name(self, word: &str) -> bool {
            self.flags & $flag != 0 && $case(word)
        }
        flag_tests! { $($rest)* }
    };
}

impl WordClass {
    /// True for a word no list matched without regard to case holds: no
    /// common word a heading capitalises ("Shares", "Did").
    pub fn is_unknown(self) -> bool {
        self.flags == 0 && self.role.is_none() && self.pronoun.is_none()
    }

    flag_tests! {
        /// True for a closed-class word that is never a name.
        is_function_word => FUNCTION;

        /// True for a word of a time expression after a verb ("Tuesday").
        is_time_word => TIME;

        /// True for an auxiliary or adverb that may stand inside an attribution
        /// ("also", "has", "later").
        is_speech_adverb => SPEECH_ADVERB;

        /// True for a number written as a word ("two", "dozens").
        is_number_word => NUMBER;

        /// True for a noun of a document that can speak ("statement").
        is_document => DOCUMENT;

        /// True for a speech-verb form ("said", "warns").
        is_verb => VERB;

        /// True for a form of a verb that reports speech only after a
        /// proceeding ("heard", `proceeding_verbs.txt`).
        is_proceeding_verb => PROCEEDING_VERB;

        /// True for a determiner ("the", "several"), of any case.
        is_determiner => DETERMINER;

        /// True for a definite determiner ("the", "this"), of any case.
        is_definite => DEFINITE;

        /// True for a preposition ("of", "against"), of any case.
        is_preposition => PREPOSITION;

        /// True when `word`, whose class this is, is a preposition written in
        /// lower case whose phrase may modify the noun before it ("a reporter
        /// for AFP").
        is_modifier_preposition(word: is_ascii_lower) => MODIFIER;

        /// True when `word`, whose class this is, is a name particle written
        /// in lower case ("von", not "Von").
        is_name_particle(word: is_ascii_lower) => NAME_PARTICLE;

        /// True when the word whose class this is is a name particle in any
        /// case: "Van" of "Mr Van der Berg", the Irish "Ní" of "Ms Ní Bhriain".
        is_particle_any_case => NAME_PARTICLE;

        /// True when `word`, whose class this is, is a common-noun time word
        /// capitalised as a name is ("Day", not "DAY" or "day").
        is_common_time_noun(word: is_ascii_title_case) => COMMON_TIME_NOUN;

        /// True for a time word that is a common noun, in any case: the
        /// "day" of "said the same day", which is the phrase's own noun and
        /// no setting after it.
        is_time_noun => COMMON_TIME_NOUN;

        /// True for a connective that may open a lead-in line ("And", "but"),
        /// of any case.
        is_lead_in => LEAD_IN;

        /// True when `word`, whose class this is, goes on with a noun phrase
        /// rather than start a verb, written in lower case ("of", "and").
        is_noun_link(word: is_ascii_lower) => NOUN_LINK;

        /// True when `word`, whose class this is, opens another clause,
        /// written in lower case ("but", "because", "who").
        is_clause_opener(word: is_ascii_lower) => CLAUSE_OPENER;

        /// True when `word`, whose class this is, opens an adjunct after a
        /// verb, written in lower case ("on", "while").
        is_adjunct_opener(word: is_ascii_lower) => ADJUNCT_OPENER;

        /// True when `word`, whose class this is, opens an adjunct as a
        /// sentence's first word, in title case ("As", "During").
        opens_sentence_adjunct(word: is_ascii_title_case) => ADJUNCT_OPENER;

        /// True for a conjunction that opens an adverbial clause ("Although").
        is_subordinator => SUBORDINATOR;

        /// True for an article, demonstrative or possessive ("The", "his").
        is_noun_opener => NOUN_OPENER;

        /// True for a word after which a verb form other than a gerund is a
        /// noun ("of", "other"), of any case.
        is_gerund_only => GERUND_ONLY;

        /// True for a quantifier that counts a group ("Some", "several").
        is_quantifier => QUANTIFIER;

        /// True for a word after which a verb form is a noun or an infinitive
        /// ("the", "strong", "to"), of any case.
        is_noun_maker => NOUN_MAKER;

        /// True for a coordinator or focus word that may stand before a
        /// clause's opener ("But", "even"), of any case.
        is_clause_lead_in => CLAUSE_LEAD_IN;

        /// True for a subordinator or preposition that opens an adjunct
        /// rather than a clause ("While", "during"), of any case.
        is_adjunct_head => ADJUNCT_HEAD;

        /// True for a word that opens an object after a verb ("the", "him",
        /// "to"), of any case.
        is_object_opener => OBJECT_OPENER;

        /// True when `word`, whose class this is, may open an adjunct right
        /// after "that", written in lower case ("if", "in").
        is_that_adjunct(word: is_ascii_lower) => THAT_ADJUNCT;

        /// True when `word`, whose class this is, ends what a speech was about
        /// and opens an adjunct, written in lower case ("during", "after").
        is_topic_end(word: is_ascii_lower) => TOPIC_END;

        /// True when `word`, whose class this is, opens an indirect question,
        /// written in lower case ("whether", "how").
        is_question_word(word: is_ascii_lower) => QUESTION_WORD;

        /// True for a word that makes a set phrase with the "as" before it
        /// ("as well", "As soon as"), of any case.
        is_as_phrase => AS_PHRASE;

        /// True for a word that may stand as a subject naming a group ("Some",
        /// "Others"), of any case.
        is_group_subject => GROUP_SUBJECT;

        /// True when `word`, whose class this is, makes up a time between a
        /// subject and its verb with the time words, written in lower case
        /// ("on", "earlier").
        is_time_lead(word: is_ascii_lower) => TIME_LEAD;

        /// True when `word`, whose class this is, is a time word that stands
        /// before a noun, written in lower case ("this", "last").
        is_time_determiner(word: is_ascii_lower) => TIME_DETERMINER;

        /// True when `word`, whose class this is, goes on with a clause after
        /// a comma, written in lower case ("and", "although").
        is_clause_continuer(word: is_ascii_lower) => CLAUSE_CONTINUER;

        /// True when `word`, whose class this is, is a conjunction whose clause
        /// may follow a source set off by "according to", written in lower
        /// case ("because", "that").
        is_source_conjunction(word: is_ascii_lower) => SOURCE_CONJUNCTION;

        /// True when `word`, whose class this is, is a connective capitalised
        /// as a sentence's first word is ("But", not "BUT" or "but").
        is_sentence_connective(word: is_ascii_title_case) => SENTENCE_CONNECTIVE;

        /// True for a subordinator that may stand before a verb of asking with
        /// no subject ("when asked whether …"), of any case.
        is_question_lead => QUESTION_LEAD;

        /// True for a word an unnamed subject does not run back past
        /// ("because", "that"), of any case.
        is_subject_bound => SUBJECT_BOUND;

        /// True for a title kept before a first name alone ("Dame", "Sir"),
        /// of any case.
        is_first_name_title => FIRST_NAME_TITLE;

        /// True for letters after a name that are no part of it ("KC",
        /// "MP"), of any case.
        is_postnominal => POSTNOMINAL;

        /// True for a word that ends the name of a street or another public
        /// place ("Avenue", "Road"), of any case.
        is_place_head => PLACE_HEAD;

        /// True for an auxiliary or modal verb ("was", "would"), not in the
        /// negative ([`Lexicon::is_auxiliary`] takes "didn't").
        is_auxiliary => AUXILIARY;

        /// True when `word`, whose class this is, is a preposition that makes
        /// a time after a verb with the time word after it, written in lower
        /// case ("on" of "said on Friday").
        is_time_preposition(word: is_ascii_lower) => TIME_PREPOSITION;

        /// True when `word`, whose class this is, denies the verb after it,
        /// written in lower case ("not", "never").
        is_negation(word: is_ascii_lower) => NEGATION;

        /// True when `word`, whose class this is, says how near a number after
        /// it is, written in lower case ("about" of "about 40 people").
        is_approximator(word: is_ascii_lower) => APPROXIMATOR;

        /// True for a noun whose holder speaks in an organisation's name, in
        /// any case ("spokesman", "Spokeswoman").
        is_spokesperson => SPOKESPERSON;

        /// True for a word that leads into a quoted title or name, in any
        /// case ("titled", "named").
        is_title_lead => TITLE_LEAD;

        /// True for a noun by which an article's writer names themselves
        /// after "this" ("this reporter"), in any case.
        is_writer_noun => WRITER_NOUN;

        /// True for a noun of a document whose word is a finding ("poll",
        /// "surveys"), matched without regard to case.
        is_finding_noun => FINDING_NOUN;

        /// True for a noun that names a quoted word or phrase after it, in any
        /// case ("the word", "the term").
        is_word_noun => WORD_NOUN;

        /// True for a noun of an occasion or medium spoken at or in
        /// ("interview", "rally"), in any case.
        is_occasion_noun => OCCASION_NOUN;

        /// True for a noun of a proceeding that hears evidence ("inquest",
        /// "jury"), in any case.
        is_proceeding_noun => PROCEEDING_NOUN;

        /// True when `word`, whose class this is, is a word of how much was
        /// said ("little", "much"), written in lower case.
        is_amount_word(word: is_ascii_lower) => AMOUNT_WORD;

        /// True when `word`, whose class this is, makes the infinitive after
        /// "on to" a speech said then ("went on to say"), written in lower
        /// case.
        is_continuation_before_on(word: is_ascii_lower) => CONTINUATION_ON;

        /// True when `word`, whose class this is, is a particle of a verb
        /// that issues a document, written in lower case ("out" of "sent
        /// out").
        is_issuing_particle(word: is_ascii_lower) => ISSUING_PARTICLE;

        /// True when `word`, whose class this is, is a verb that issues a
        /// document, written in lower case ("published" of "Open Door Watch
        /// published a report").
        is_issuing_verb(word: is_ascii_lower) => ISSUING_VERB;

        /// True for a form of the auxiliary "have" ("has", "had"); of the
        /// [`Lexicon::positive_class`] of a negative too ("hasn't").
        is_have => HAVE;

        /// True for a modal that a report shifts back in time ("would",
        /// "could"), or the past of "be" it shifts "is" to ("were"), in lower
        /// case or not.
        is_backshifted => BACKSHIFTED;

        /// True for a verb form more often a noun than a verb ("states").
        is_noun_form => NOUN_FORM;

        /// True for a noun for a person of a nation or region: "Spaniard".
        is_demonym => DEMONYM;
    }

    /// This class as a speech verb's: a proceeding's verb right after a
    /// proceeding ("the court heard").
    pub fn as_verb(self) -> WordClass {
        WordClass {
            flags: self.flags | VERB,
            ..self
        }
    }

    /// True when `word`, whose class this is, makes the infinitive of
    /// speech after its "to" a speech said then ("continued to say",
    /// "went on to say"), written in lower case.
    pub fn is_continuation(self, word: &str) -> bool {
        self.flags & (CONTINUATION | CONTINUATION_ON) == CONTINUATION && is_ascii_lower(word)
    }

    /// True for a noun that heads an epithet of someone named before: a
    /// role ("the minister") or a demonym ("the Spaniard").
    pub fn is_epithet_head(self) -> bool {
        self.role().is_some() || self.is_demonym()
    }

    /// True for the last word of a role noun of two words or more
    /// ("force" of "air force").
    pub fn is_role_tail(self) -> bool {
        self.flags & ROLE_TAIL != 0
    }

    /// The role class of a role noun ("minister", "officials").
    pub fn role(self) -> Option<RoleClass> {
        self.role
    }

    /// The pronoun's features.
    pub fn pronoun(self) -> Option<Pronoun> {
        self.pronoun
    }
}

fn is_verb_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars().any(char::is_alphabetic)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// A phrase's words; a final period is dropped ("Mr." → "Mr") because the
/// word splitter leaves periods out of words.
/// Adds a verb's forms to `verbs`, each mapped to the first, its lemma.
fn insert_forms<'a>(
    verbs: &mut HashMap<Box<str>, Box<str>>,
    mut forms: impl Iterator<Item = &'a str>,
) {
    let Some(lemma) = forms.next() else { return };
    verbs.insert(lemma.into(), lemma.into());
    for form in forms {
        verbs.insert(form.into(), lemma.into());
    }
}

/// The mark that ends the line of a speech idiom used for a deed as well
/// ("shot back", "fired back"), in speech_idioms.txt.
const DEED_MARK: &str = "deed";

/// The forms of a line of speech_idioms.txt, and whether it is marked as
/// a deed's too.
fn idiom_forms(line: &str) -> (impl Iterator<Item = &str>, bool) {
    let (forms, deed) = match line.rsplit_once('\t') {
        Some((forms, mark)) if mark.trim() == DEED_MARK => (forms, true),
        _ => (line, false),
    };
    (forms.split('\t').map(str::trim), deed)
}

/// Every form of the speech idioms that tell of a deed as often as of
/// speech ("police fired back"): each reports only through "that" (a
/// noun form's rule), and after a quotation is one verb (a phrasal
/// verb's: `"…," she shot back`).
fn deed_idiom_forms() -> impl Iterator<Item = &'static str> {
    entries(SPEECH_IDIOMS).flat_map(|line| {
        let (forms, deed) = idiom_forms(line);
        forms.filter(move |_| deed)
    })
}

fn tokens(phrase: &str) -> Vec<Box<str>> {
    phrase
        .split_whitespace()
        .map(|w| w.strip_suffix('.').unwrap_or(w))
        .filter(|w| !w.is_empty())
        .map(Box::from)
        .collect()
}

impl Lexicon {
    /// Loads the built-in lists; `replace` stands in for the built-in speech
    /// verbs and `extra` is added to them.
    pub fn new(replace: Option<&[String]>, extra: &[String]) -> Result<Lexicon, Error> {
        Lexicon::with_cue_scan(replace, extra, true)
    }

    /// [`Lexicon::new`], with the automaton of the cue scan only if
    /// `cue_scan`: only reported speech scans for cues, and building the
    /// automaton costs as many instructions as extracting the direct
    /// quotes of a few hundred kilobytes of news.
    pub fn with_cue_scan(
        replace: Option<&[String]>,
        extra: &[String],
        cue_scan: bool,
    ) -> Result<Lexicon, Error> {
        let mut verbs: HashMap<Box<str>, Box<str>> = HashMap::default();
        match replace {
            Some(list) => {
                for v in list {
                    add_user_verb(&mut verbs, v)?;
                }
            }
            None => {
                for line in entries(SPEECH_VERBS) {
                    insert_forms(&mut verbs, line.split_whitespace());
                }
                for line in entries(SPEECH_IDIOMS) {
                    insert_forms(&mut verbs, idiom_forms(line).0);
                }
            }
        }
        for v in extra {
            add_user_verb(&mut verbs, v)?;
        }
        if verbs.is_empty() {
            return Err(Error::NoSpeechVerbs);
        }

        let mut source_before: Vec<Vec<Box<str>>> = Vec::new();
        let mut verb_objects = Vec::new();
        let mut manner_phrases = Vec::new();
        let mut phrasal_verbs = Vec::new();
        // A lemma may take several particles.
        let mut particles: HashMap<Box<str>, Vec<Box<str>>> = HashMap::default();
        let mut pleas: HashMap<Box<str>, Vec<Box<str>>> = HashMap::default();
        let mut documents: Vec<Box<str>> = Vec::new();
        for line in entries(CUE_PHRASES) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            let phrase = phrase.trim().to_lowercase();
            match kind.trim() {
                "source-before" => source_before.push(tokens(&phrase)),
                "verb-object" => verb_objects.push(tokens(&phrase)),
                "manner" => manner_phrases.push(tokens(&phrase)),
                "phrasal-verb" => phrasal_verbs.push(tokens(&phrase)),
                kind @ ("verb-particle" | "plea") => {
                    if let Some((verb, particle)) = phrase.split_once(' ') {
                        let table = if kind == "plea" {
                            &mut pleas
                        } else {
                            &mut particles
                        };
                        table.entry(verb.into()).or_default().push(particle.into());
                    }
                }
                "document" => documents.push(phrase.into()),
                _ => {}
            }
        }
        let patterns = verbs
            .keys()
            .map(|v| v.to_string())
            .chain(source_before.iter().map(|p| p.join(" ")))
            .chain([crate::cues::SPACED_THAT.to_string()]);
        // A DFA, walked by the cue scan itself: the scan runs over every
        // byte of the text, and above a hundred patterns the crate would
        // otherwise pick a slower kind. No prefilter: with this many
        // patterns none skips much text.
        let cue_automaton = cue_scan
            .then(|| {
                DFA::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .prefilter(false)
                    .build(patterns)
            })
            .transpose()?;
        let source_before = Phrases::new(source_before);
        let verb_objects = Phrases::new(verb_objects);
        let manner_phrases = Phrases::new(manner_phrases);
        phrasal_verbs.extend(deed_idiom_forms().map(tokens));
        let phrasal_verbs = Phrases::new(phrasal_verbs);
        let approximator_phrases = Phrases::new(
            entries(APPROXIMATORS)
                .filter(|e| e.contains(' '))
                .map(|e| tokens(&e.to_lowercase()))
                .collect(),
        );

        // "Secretary of State" makes "Secretary" and "State" title words,
        // never "of".
        let title_words = WordTable::new(
            entries(TITLES)
                .flat_map(tokens)
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| (w, ())),
        );

        let org_heads = WordTable::new(
            entries(ORG_HEADS)
                .chain(entries(COMPANY_HEADS))
                .map(|e| (e.into(), ())),
        );

        let roles = entries(ROLE_NOUNS).filter_map(|l| {
            let (noun, class) = l.split_once('\t')?;
            let class = match class.trim() {
                "person" => RoleClass::Person,
                "group" => RoleClass::Group,
                "org" => RoleClass::Org,
                _ => return None,
            };
            Some((noun.trim().to_lowercase(), class))
        });

        let pronouns = entries(PRONOUNS).filter_map(|l| {
            let mut f = l.split_whitespace();
            let word = f.next()?.to_lowercase();
            let gender = match f.next()? {
                "m" => Gender::Male,
                "f" => Gender::Female,
                "n" => Gender::Neuter,
                _ => Gender::Any,
            };
            let plural = f.next()? == "p";
            // "object+possessive": both forms in one word ("her").
            let (usage, owns_too) = match f.next()? {
                "object+possessive" => ("object", true),
                usage => (usage, false),
            };
            let pronoun = Pronoun {
                gender,
                plural,
                speaker: usage == "subject" || usage == "object",
                possessive: usage == "possessive",
                subject: usage == "subject",
                owns_too,
            };
            Some((word, pronoun))
        });

        // Every case-blind list goes into one table of word classes.
        let reporting: HashSet<&str> = entries(REPORTING_VERBS).collect();
        let object_verbs: HashSet<&str> = entries(OBJECT_VERBS).collect();
        let action_verbs: HashSet<&str> = entries(ACTION_VERBS).collect();
        let counting_verbs: HashSet<&str> = entries(COUNTING_VERBS).collect();
        let request_verbs: HashSet<&str> = entries(REQUEST_VERBS).collect();
        let promise_verbs: HashSet<&str> = entries(PROMISE_VERBS).collect();
        let naming_verbs: HashSet<&str> = entries(NAMING_VERBS).collect();
        let withholding_verbs: HashSet<&str> = entries(WITHHOLDING_VERBS).collect();
        let proceeding_verbs: HashSet<&str> = entries(PROCEEDING_VERBS).collect();
        let mut lemmas: Vec<Lemma> = Vec::new();
        let mut lemma_index: HashMap<Box<str>, u32> = HashMap::default();
        let mut classes: HashMap<Box<str>, WordClass> = HashMap::default();
        for (form, lemma) in &verbs {
            let index = *lemma_index.entry(lemma.clone()).or_insert_with(|| {
                lemmas.push(Lemma {
                    name: lemma.clone(),
                    reporting: reporting.contains(&**lemma),
                    takes_object: object_verbs.contains(&**lemma),
                    action: action_verbs.contains(&**lemma),
                    counting: counting_verbs.contains(&**lemma),
                    request: request_verbs.contains(&**lemma),
                    promise: promise_verbs.contains(&**lemma),
                    naming: naming_verbs.contains(&**lemma),
                    withholding: withholding_verbs.contains(&**lemma),
                    particles: particles.remove(lemma).unwrap_or_default(),
                    pleas: pleas.remove(lemma).unwrap_or_default(),
                });
                (lemmas.len() - 1) as u32
            });
            // A verb of a proceeding is a speech verb only after one, which
            // the reported-speech stage tells: elsewhere ("I heard that",
            // "heard gunfire") it is no verb of speech.
            let class = classes.entry(form.clone()).or_default();
            class.flags |= if proceeding_verbs.contains(&**lemma) {
                PROCEEDING_VERB
            } else {
                VERB
            };
            class.lemma = index;
        }
        for (word, role) in roles {
            if let Some((_, tail)) = word.rsplit_once(' ') {
                classes.entry(tail.into()).or_default().flags |= ROLE_TAIL;
            }
            classes.entry(word.into()).or_default().role = Some(role);
        }
        for (word, pronoun) in pronouns {
            classes.entry(word.into()).or_default().pronoun = Some(pronoun);
        }
        let flagged = [
            (FUNCTION_WORDS, FUNCTION),
            (TIME_WORDS, TIME),
            (SPEECH_ADVERBS, SPEECH_ADVERB),
            (NUMBER_WORDS, NUMBER),
            (NOUN_FORMS, NOUN_FORM),
            (NAME_PARTICLES, NAME_PARTICLE),
            (COMMON_TIME_NOUNS, COMMON_TIME_NOUN),
            (LEAD_IN_WORDS, LEAD_IN),
            (NOUN_LINKS, NOUN_LINK),
            (CLAUSE_OPENERS, CLAUSE_OPENER),
            (ADJUNCT_OPENERS, ADJUNCT_OPENER),
            (SUBORDINATORS, SUBORDINATOR),
            (NOUN_OPENERS, NOUN_OPENER),
            (GERUND_ONLY_AFTER, GERUND_ONLY),
            (QUANTIFIERS, QUANTIFIER),
            (NOUN_MAKERS, NOUN_MAKER),
            (CLAUSE_LEAD_INS, CLAUSE_LEAD_IN),
            (ADJUNCT_HEADS, ADJUNCT_HEAD),
            (OBJECT_OPENERS, OBJECT_OPENER),
            (THAT_ADJUNCTS, THAT_ADJUNCT),
            (TOPIC_ENDERS, TOPIC_END),
            (QUESTION_WORDS, QUESTION_WORD),
            (AS_PHRASE_WORDS, AS_PHRASE),
            (GROUP_SUBJECTS, GROUP_SUBJECT),
            (TIME_LEADS, TIME_LEAD),
            (TIME_DETERMINERS, TIME_DETERMINER),
            (CLAUSE_CONTINUERS, CLAUSE_CONTINUER),
            (SOURCE_CONJUNCTIONS, SOURCE_CONJUNCTION),
            (SENTENCE_CONNECTIVES, SENTENCE_CONNECTIVE),
            (QUESTION_LEADS, QUESTION_LEAD),
            (SUBJECT_BOUNDS, SUBJECT_BOUND),
            (FIRST_NAME_TITLES, FIRST_NAME_TITLE),
            (POSTNOMINALS, POSTNOMINAL),
            (TIME_PREPOSITIONS, TIME_PREPOSITION),
            (NEGATIONS, NEGATION),
            (APPROXIMATORS, APPROXIMATOR),
            (ISSUING_PARTICLES, ISSUING_PARTICLE),
            (ISSUING_VERBS, ISSUING_VERB),
            (SPOKESPERSONS, SPOKESPERSON),
            (TITLE_LEADS, TITLE_LEAD),
            (WRITER_NOUNS, WRITER_NOUN),
            (FINDING_NOUNS, FINDING_NOUN),
            (WORD_NOUNS, WORD_NOUN),
            (OCCASION_NOUNS, OCCASION_NOUN),
            (PROCEEDING_NOUNS, PROCEEDING_NOUN),
            (AMOUNT_WORDS, AMOUNT_WORD),
            (IRREGULAR_PASTS, IRREGULAR_PAST),
            (PLACE_HEADS, PLACE_HEAD),
            (DEMONYMS, DEMONYM),
        ];
        // Lists with a mark on some words: "the<TAB>definite".
        let marked = [
            (DETERMINERS, DETERMINER, "definite", DEFINITE),
            (PREPOSITIONS, PREPOSITION, "modifier", MODIFIER),
            (AUXILIARIES, AUXILIARY, "have", HAVE),
            (AUXILIARIES, AUXILIARY, "backshifted", BACKSHIFTED),
            (CONTINUATION_WORDS, CONTINUATION, "on", CONTINUATION_ON),
        ];
        let marked = marked.iter().flat_map(|&(file, flag, mark, marked_flag)| {
            entries(file).map(move |e| {
                let (word, m) = e.split_once('\t').unwrap_or((e, ""));
                let flags = if m.trim() == mark {
                    flag | marked_flag
                } else {
                    flag
                };
                (Box::<str>::from(word.trim().to_lowercase()), flags)
            })
        });
        // A line of two words or more is a phrase, not a word of the class
        // (`approximators.txt`: "at least").
        let flagged = flagged.iter().flat_map(|&(file, flag)| {
            entries(file)
                .filter(|e| !e.contains(' '))
                .map(move |e| (Box::<str>::from(e.to_lowercase()), flag))
        });
        let documents = documents.into_iter().map(|d| (d, DOCUMENT));
        // An idiom's form is looked up whole as a cue ("fired back").
        let deeds = deed_idiom_forms().map(|f| (Box::<str>::from(f), NOUN_FORM));
        for (word, flag) in flagged.chain(marked).chain(documents).chain(deeds) {
            classes.entry(word).or_default().flags |= flag;
        }
        // The lists matched as written are marked in the case-blind table
        // too: most words asked about are in neither, which the class a
        // caller has already looked up tells.
        let as_written = (title_words.entries.iter().map(|(w, _)| (w, TITLE_FORM)))
            .chain(org_heads.entries.iter().map(|(w, _)| (w, ORG_FORM)));
        for (word, flag) in as_written {
            classes.entry(word.to_lowercase().into()).or_default().flags |= flag;
        }

        let verbs = EndsFilter::new(
            classes
                .iter()
                .filter(|(_, c)| c.is_verb())
                .map(|(w, _)| &**w),
        );
        // A negative is looked up by its stem: its ends are the stem's
        // first and "'t" ("’t" is not ASCII, which the filter lets through).
        let auxiliaries: Vec<String> = classes
            .iter()
            .filter(|(_, c)| c.is_auxiliary())
            .flat_map(|(w, _)| [w.to_string(), format!("{w}n't")])
            .collect();
        let auxiliaries = EndsFilter::new(auxiliaries.iter().map(|w| &**w));
        let irregular_pasts = EndsFilter::new(entries(IRREGULAR_PASTS));
        Ok(Lexicon {
            classes: WordTable::new(classes),
            verbs,
            auxiliaries,
            irregular_pasts,
            lemmas,
            source_before,
            verb_objects,
            manner_phrases,
            phrasal_verbs,
            approximator_phrases,
            title_words,
            org_heads,
            first_person_subjects: WordTable::new(
                entries(FIRST_PERSON_SUBJECTS).map(|e| (e.into(), ())),
            ),
            first_person_words: WordTable::new(entries(FIRST_PERSON_WORDS).map(|e| (e.into(), ()))),
            abbreviations: WordTable::new(entries(ABBREVIATIONS).map(|e| (e.into(), ()))),
            furniture_max_len: entries(FURNITURE).map(str::len).max().unwrap_or(0),
            furniture: WordTable::new(
                entries(FURNITURE)
                    .map(|e| e.to_lowercase().into())
                    .collect::<HashSet<Box<str>>>()
                    .into_iter()
                    .map(|e| (e, ())),
            ),
            kickers: lowered_set(KICKERS),
            furniture_calls: lowered_set(FURNITURE_CALLS),
            furniture_call_openers: WordTable::new(
                entries(FURNITURE_CALLS)
                    .filter_map(|e| e.split(' ').next())
                    .map(|w| w.to_lowercase().into())
                    .collect::<HashSet<Box<str>>>()
                    .into_iter()
                    .map(|w| (w, ())),
            ),
            furniture_call_initials: entries(FURNITURE_CALLS)
                .filter_map(|e| e.bytes().next())
                .filter(u8::is_ascii)
                .fold(0, |set, b| set | (1 << b.to_ascii_lowercase())),
            note_labels: lowered_set(NOTE_LABELS),
            broadcast_staff: lowered_set(BROADCAST_STAFF),
            former_marks: lowered_set(FORMER_MARKS),
            alias_marks: lowered_set(ALIAS_MARKS),
            lesser_ranks: lowered_set(LESSER_RANKS),
            sole_offices: lowered_set(SOLE_OFFICES),
            portfolios: lowered_set(PORTFOLIOS),
            label_leads: lowered_set(LABEL_LEADS),
            answer_words: lowered_set(ANSWER_WORDS),
            time_subordinators: lowered_set(TIME_SUBORDINATORS),
            hope_nouns: lowered_set(HOPE_NOUNS),
            asking_words: lowered_set(ASKING_WORDS),
            way_particles: lowered_set(WAY_PARTICLES),
            addressing_verbs: lowered_set(ADDRESSING_VERBS),
            questioning_verbs: lowered_set(QUESTIONING_VERBS),
            noun_cues: lowered_set(NOUN_CUES),
            speech_nouns: lowered_set(SPEECH_NOUNS),
            work_links: lowered_set(WORK_LINKS),
            thing_openers: lowered_set(THING_OPENERS),
            verdict_words: lowered_set(VERDICT_WORDS),
            called_events: lowered_set(CALLED_EVENTS),
            pro_forms: lowered_set(PRO_FORMS),
            stamp_leads: lowered_set(STAMP_LEADS),
            date_words: lowered_set(DATE_WORDS),
            interview_firsts: entries(INTERVIEW_LABELS)
                .filter_map(|e| e.bytes().next())
                .map(|b| b.to_ascii_lowercase())
                .collect::<HashSet<u8>>()
                .into_iter()
                .collect(),
            interview_labels: WordTable::new(entries(INTERVIEW_LABELS).filter_map(|e| {
                let (label, turn) = e.split_once(char::is_whitespace)?;
                Some((label.to_lowercase().into(), turn.trim() == "answer"))
            })),
            title_roles: word_to_role(TITLE_ROLES),
            offices: WordTable::new(entries(OFFICES).filter_map(|e| {
                // The noun may be of more words; the office is the last.
                let (noun, office) = e.rsplit_once(char::is_whitespace)?;
                Some((
                    noun.trim().to_lowercase().into(),
                    office.to_lowercase().into(),
                ))
            })),
            head_nouns: word_to_role(HEAD_NOUNS),
            office_documents: word_to_role(OFFICE_DOCUMENTS),
            family_names_first: lowered_set(FAMILY_NAMES_FIRST),
            share_words: lowered_set(SHARE_WORDS),
            share_leads: WordTable::new(entries(SHARE_LEADS).map(|e| (e.into(), ()))),
            handle_leads: lowered_set(HANDLE_LEADS),
            means_words: WordTable::new(entries(MEANS_WORDS).map(|e| (e.into(), ()))),
            sport_words: WordTable::new(entries(SPORT_WORDS).map(|e| (e.into(), ()))),
            either_first_names: WordTable::new(entries(EITHER_FIRST_NAMES).map(|e| (e.into(), ()))),
            salutations: WordTable::new(entries(SALUTATIONS).map(|e| (e.into(), ()))),
            office_honorifics: WordTable::new(entries(OFFICE_HONORIFICS).map(|e| (e.into(), ()))),
            change_prepositions: WordTable::new(
                entries(CHANGE_PREPOSITIONS).map(|e| (e.into(), ())),
            ),
            person_relatives: WordTable::new(entries(PERSON_RELATIVES).map(|e| (e.into(), ()))),
            coordinators: WordTable::new(entries(COORDINATORS).map(|e| (e.into(), ()))),
            relative_pronouns: WordTable::new(entries(RELATIVE_PRONOUNS).map(|e| {
                let (word, mark) = e.split_once('\t').unwrap_or((e, ""));
                (word.trim().into(), mark.trim() == "possessive")
            })),
            org_prepositions: WordTable::new(entries(ORG_PREPOSITIONS).map(|e| (e.into(), ()))),
            reading_participles: WordTable::new(
                entries(READING_PARTICIPLES).map(|e| (e.into(), ())),
            ),
            kin_nouns: WordTable::new(entries(KIN_NOUNS).map(|e| (e.into(), ()))),
            articles: WordTable::new(entries(ARTICLES).map(|e| (e.into(), ()))),
            company_heads: WordTable::new(entries(COMPANY_HEADS).map(|e| (e.into(), ()))),
            company_nouns: WordTable::new(entries(COMPANY_NOUNS).map(|e| (e.into(), ()))),
            body_nouns: WordTable::new(entries(BODY_NOUNS).map(|e| (e.into(), ()))),
            press_nouns: WordTable::new(entries(PRESS_NOUNS).map(|e| (e.into(), ()))),
            own_accounts: word_to_role(OWN_ACCOUNTS),
            sameness_words: WordTable::new(entries(SAMENESS_WORDS).map(|e| (e.into(), ()))),
            degree_words: WordTable::new(entries(DEGREE_WORDS).map(|e| (e.into(), ()))),
            any_documents: WordTable::new(entries(ANY_DOCUMENTS).map(|e| (e.into(), ()))),
            thing_nouns: WordTable::new(entries(THING_NOUNS).map(|e| (e.into(), ()))),
            place_openers: WordTable::new(entries(PLACE_OPENERS).map(|e| (e.into(), ()))),
            manner_openers: WordTable::new(entries(MANNER_OPENERS).map(|e| (e.into(), ()))),
            connective_adverbs: WordTable::new(entries(CONNECTIVE_ADVERBS).map(|e| (e.into(), ()))),
            example_leads: WordTable::new(entries(EXAMPLE_LEADS).map(|e| (e.into(), ()))),
            noun_tail_leads: WordTable::new(entries(NOUN_TAIL_LEADS).map(|e| {
                let (word, next) = e.split_once(' ').unwrap_or((e, ""));
                (word.into(), next.trim().into())
            })),
            named_group_nouns: WordTable::new(entries(NAMED_GROUP_NOUNS).map(|e| (e.into(), ()))),
            people_nouns: WordTable::new(entries(PEOPLE_NOUNS).map(|e| (e.into(), ()))),
            quoting_verbs: WordTable::new(entries(QUOTING_VERBS).map(|e| (e.into(), ()))),
            genders: WordTable::new(genders()),
            cue_automaton,
            credit_words: CreditWords::new(CREDIT_WORDS)?,
        })
    }

    /// Every class of `word` in the lists matched without regard to case,
    /// from one look-up: a stage testing a word against several lists
    /// asks once.
    #[inline]
    pub fn class(&self, word: &str) -> WordClass {
        self.classes.get_lower(word).copied().unwrap_or_default()
    }

    /// False when the word of bytes `word` is not a speech-verb form, told
    /// without a look-up; true when it may be (when `class(word).is_verb()`
    /// says whether it is).
    #[inline]
    pub fn may_be_verb(&self, word: &[u8]) -> bool {
        self.verbs.may_hold(word)
    }

    /// False when the word of bytes `word` is neither a speech-verb form
    /// nor the first word of a phrasal verb; true when it may be either.
    /// [`Lexicon::may_be_verb`] and [`Phrases::may_start`] from one key of
    /// its ends, for a caller that asks both of most words it reads.
    #[inline]
    pub fn may_be_verb_or_phrasal(&self, word: &[u8]) -> bool {
        EndsFilter::key(word)
            .is_none_or(|key| self.verbs.has_key(key) || self.phrasal_verbs.firsts.has_key(key))
    }

    /// The lemma of a speech-verb form (`"said"` → `"say"`), matched without
    /// regard to case.
    pub fn verb_lemma(&self, word: &str) -> Option<&str> {
        self.lemma_of(self.class(word)).map(|l| &*l.name)
    }

    /// True for a speech verb in its bare form, whatever its case ("Post",
    /// "REPORT"): `word`, of class `class`, is its own lemma.
    pub fn is_bare_verb_in(&self, word: &str, class: WordClass) -> bool {
        self.lemma_of(class)
            .is_some_and(|l| l.name.eq_ignore_ascii_case(word))
    }

    /// The lemma of a word's class, for a speech-verb form.
    pub fn lemma_of(&self, class: WordClass) -> Option<&Lemma> {
        if class.is_verb() {
            self.lemmas.get(class.lemma as usize)
        } else {
            None
        }
    }

    /// The role class of a lower-case role noun ("minister", "officials").
    pub fn role(&self, word: &str) -> Option<RoleClass> {
        self.class(word).role()
    }

    set_tests! {
        /// True for a word that may be part of a title before a name.
        #[inline]
        is_title_word(word) in title_words;

        /// True for the last word of an organisation's name ("Ministry").
        #[inline]
        is_org_head(word) in org_heads;

        /// True for a first-person subject as written ("I", "we"), through
        /// which a writer speaks.
        is_first_person_subject(word) in first_person_subjects;

        /// True when `word` (without its final period) is an abbreviation that
        /// does not end a sentence.
        is_abbreviation(word) in abbreviations;

        /// True when `lead`, a line's first word or two, opens a time stamp
        /// ("Published", "Last updated"), matched without regard to case.
        is_stamp_lead(lead) in stamp_leads any case;

        /// True when `word`, without its point, is a word of a bare date
        /// line ("Fri", "February", "GMT"), matched without regard to case.
        is_date_word(word) in date_words any case;

        /// True when `name` is a family name written before the given name
        /// ("Lim" of "Lim Wei Jie"), matched without regard to case.
        is_family_name_first(name) in family_names_first any case;

        /// True when `word`, a word, two words or a sign, makes the number
        /// before it a share ("percent", "per cent", "%"), matched without
        /// regard to case.
        is_share_word(word) in share_words any case;

        /// True when `word` sets a poll's share before a participle of
        /// saying ("with" of "with 30 percent saying"), as written.
        is_share_lead(word) in share_leads;

        /// True when `phrase`, two or three words, gives the name a person
        /// described before it posts under ("with the handle", "who goes
        /// by"), matched without regard to case.
        is_handle_lead(phrase) in handle_leads any case;
        /// True when `words`, a verb or a verb and its particle, take up a
        /// means before an infinitive of speech ("took to" of "took to the
        /// radio to say"), as written.
        is_means_word(words) in means_words;

        /// True for a word of sport ("striker", "Signing"), matched without
        /// regard to case.
        is_sport_word(word) in sport_words any case;

        /// True when `name` is a first name given to both sexes ("Jordan"),
        /// which tells where a name starts but no gender; as written.
        is_either_first_name(name) in either_first_names;

        /// True for a word that opens a letter to a name ("Dear"), as
        /// written.
        is_salutation(word) in salutations;

        /// True for a gendered honorific that also opens an office's name
        /// ("Lord" of "Lord Mayor"), as written.
        is_office_honorific(word) in office_honorifics;

        /// True for a preposition that links two labels as a rating or a
        /// state changes ("to", "from"), as written.
        is_change_preposition(word) in change_prepositions;

        /// True for a relative pronoun that stands only for a person ("who",
        /// "whose"), as written.
        is_person_relative(word) in person_relatives;

        /// True for a coordinator ("and", "but", "or"), as written.
        is_coordinator(word) in coordinators;

        /// True for a relative pronoun ("who", "which", "that"), as written.
        is_relative_pronoun(word) in relative_pronouns;

        /// True for a preposition that may stand inside an organisation's
        /// name after its head ("Department for Transport"), as written.
        is_org_preposition(word) in org_prepositions;

        /// True for a participle of reading a document out ("read" of "a
        /// statement read by her brother"), as written.
        is_reading_participle(word) in reading_participles;

        /// True for a noun of kin that heads an epithet counting children
        /// ("Mum" of "Mum-of-three"), in any case.
        is_kin_noun(word) in kin_nouns any case;

        /// True for an article ("a", "the"), matched without regard to case.
        is_article(word) in articles any case;

        /// True when `word` ends a company's name and tells its trade
        /// ("Logistics" of "Vantera Logistics"), as written.
        is_company_head(word) in company_heads;

        /// True for a lower-case noun that points back at a company: "firm".
        is_company_noun(word) in company_nouns;

        /// True for a lower-case noun that points back at the organisation
        /// that spoke last: "the party", "the agency".
        is_body_noun(word) in body_nouns;

        /// True for a lower-case noun that points back at a newspaper
        /// named before: "the paper", "the editorial".
        is_press_noun(word) in press_nouns;

        /// True for a word that, after a definite determiner, makes the
        /// noun the one mentioned before: "the same official".
        is_sameness_word(word) in sameness_words;

        /// True for an adverb that grades the adjective after it: "very" of
        /// "a very polite woman".
        is_degree_word(word) in degree_words;

        /// True for a document noun that stands for any document: "the
        /// document", in any case.
        is_any_document(word) in any_documents any case;

        /// True for a noun of a thing that never speaks, which a sentence
        /// opens with a capital ("Shares", "Tributes"), in any case.
        is_thing_noun(word) in thing_nouns any case;

        /// True for a word that opens a place's name before a capitalised
        /// word ("Port" of "Port Elmsby"), as written.
        is_place_opener(word) in place_openers;

        /// True for an adverb that opens an inverted attribution after a
        /// quotation ("So" of "So said Ana Ruiz"), as written.
        is_manner_opener(word) in manner_openers;

        /// True for an adverb that ties a sentence to the one before
        /// ("Separately", "still"), in any case.
        is_connective_adverb(word) in connective_adverbs any case;

        /// True for a word that opens an aside naming examples of the noun
        /// before it ("including", "like"), in any case.
        is_example_lead(word) in example_leads any case;

        /// True for a lower-case noun of a body formed for a cause, which
        /// follows the body's own name: "group", "campaign".
        is_named_group_noun(word) in named_group_nouns;

        /// True for a plural noun for people that is no role, matched without
        /// regard to case: "people", "groups".
        is_people_noun(word) in people_nouns any case;

        /// True for a form of a verb that quotes someone "as saying", as
        /// written: "quoted", "cites".
        is_quoting_verb(word) in quoting_verbs;
    }

    /// True for a word a speaker names themself by, as written ("I",
    /// "my", "us"), or its part before an apostrophe ("I'd", "we’re").
    pub fn is_first_person_word(&self, word: &str) -> bool {
        let bare = word.split(['\'', '’']).next().unwrap_or_default();
        self.first_person_words.get(bare).is_some()
    }

    /// [`Lexicon::is_title_word`] of a word whose class is `class`: most
    /// words are told from the class, without a look-up of their own.
    #[inline]
    pub fn is_title_word_in(&self, word: &str, class: WordClass) -> bool {
        class.flags & TITLE_FORM != 0 && self.is_title_word(word)
    }

    /// [`Lexicon::is_org_head`] of a word whose class is `class`.
    #[inline]
    pub fn is_org_head_in(&self, word: &str, class: WordClass) -> bool {
        class.flags & ORG_FORM != 0 && self.is_org_head(word)
    }

    /// The pronoun's features, matched without regard to case.
    pub fn pronoun(&self, word: &str) -> Option<Pronoun> {
        self.class(word).pronoun()
    }

    /// True for a word of a time expression after a verb ("Tuesday").
    pub fn is_time_word(&self, word: &str) -> bool {
        self.class(word).is_time_word()
    }

    /// True for a closed-class word that is never a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        self.class(word).is_function_word()
    }

    /// The gender a first name as written ("Sergey", not "SERGEY") or a
    /// gendered title in any case ("Mrs.", "congresswoman") tells, if any.
    pub fn gender(&self, word: &str) -> Gender {
        let bare = word.trim_end_matches('.');
        match self.genders.get_lower(bare) {
            Some(g) if g.name.as_deref().is_none_or(|n| n == bare) => g.gender,
            _ => Gender::Any,
        }
    }

    /// True when `word` is a listed first name as written ("Dean"), not a
    /// gendered title alone ("Sir", "mrs"): its entry holds the name as
    /// written, which a word in lower case is not. Told from the one
    /// look-up [`Lexicon::gender`] makes, with no lower-cased copy of the
    /// word to look up again.
    pub fn is_first_name(&self, word: &str) -> bool {
        let bare = word.trim_end_matches('.');
        self.genders
            .get_lower(bare)
            .is_some_and(|g| g.name.as_deref() == Some(bare))
            && (bare.bytes().any(|b| b.is_ascii_uppercase())
                || !bare.is_ascii() && bare.to_lowercase() != bare)
    }

    /// True when the verb form's bare complement is reported speech
    /// ("said talks would resume").
    pub fn is_reporting(&self, form: &str) -> bool {
        self.lemma_of(self.class(form)).is_some_and(|l| l.reporting)
    }

    /// True when the verb form takes the person spoken to first ("told
    /// reporters that …").
    pub fn takes_object(&self, form: &str) -> bool {
        self.lemma_of(self.class(form))
            .is_some_and(|l| l.takes_object)
    }

    /// Where each word of photo credits and captions ("photo", "©",
    /// "courtesy") in `text` starts, in order, from one pass over the
    /// text: only lines with one are tested further.
    pub fn credit_words(&self, text: &str) -> Vec<usize> {
        self.credit_words.starts(text.as_bytes())
    }

    /// True when `line` is a phrase of site furniture ("log in or
    /// register"). An ASCII line is matched without regard to case; any
    /// other must be in lower case.
    pub fn is_furniture_phrase(&self, line: &str) -> bool {
        self.furniture.get_any_case(line).is_some()
    }

    /// True for a relative pronoun that stands for the noun it describes,
    /// not before one: any but the possessive "whose", as written.
    pub fn is_noun_relative(&self, word: &str) -> bool {
        self.relative_pronouns.get(word) == Some(&false)
    }

    set_tests! {
        /// True when `word` answers a question whole ("yes", "no"), in any
        /// case.
        is_answer_word(word) in answer_words ascii any case;

        /// True when `word` opens a clause that says when ("when",
        /// "after"), in any case.
        is_time_subordinator(word) in time_subordinators ascii any case;

        /// True when `word` names a hope whose "that" clause is wished
        /// for, not said ("hope", "optimism"), in any case:
        /// `hope_nouns.txt`.
        is_hope_noun(word) in hope_nouns ascii any case;

        /// True when `word` puts a question ("asked", "whether"), in any case.
        is_asking_word(word) in asking_words ascii any case;

        /// True when `word` is a particle of movement after a possessive
        /// and "way" ("her way to", "his way out"), in any case:
        /// `way_particles.txt`.
        is_way_particle(word) in way_particles ascii any case;

        /// True when `word` is a form of a verb that puts words to the
        /// person after it ("asked her", "pressed him"), in any case:
        /// `addressing_verbs.txt`.
        is_addressing_verb(word) in addressing_verbs ascii any case;
        /// True when `word` is a past form whose object is the one
        /// questioned ("pressed", "quizzed"), in any case.
        is_questioning_verb(word) in questioning_verbs ascii any case;

        /// True when `word`, a bare cue form, is a noun as well ("order",
        /// "report"), in any case: `noun_cues.txt`. The nouns that report a
        /// clause after "that" are [`Lexicon::is_speech_noun`]'s.
        is_noun_cue(word) in noun_cues ascii any case;

        /// True when `word` is a noun of something said that reports the
        /// clause after its "that" ("claim", "warnings"), in any case:
        /// `speech_nouns.txt`. The verb forms that are nouns as well are
        /// [`Lexicon::is_noun_cue`]'s.
        is_speech_noun(word) in speech_nouns ascii any case;

        /// True when `word` is a preposition before a work's quoted title
        /// ("of", "in"), in any case.
        is_work_link(word) in work_links ascii any case;

        /// True when `word` opens the noun phrase of a thing ("a", "her",
        /// "just"), in any case.
        is_thing_opener(word) in thing_openers ascii any case;

        /// True when `word` judges whether what was said holds ("true",
        /// "accurate"), in any case: `verdict_words.txt`.
        is_verdict_word(word) in verdict_words ascii any case;

        /// True when `word` names an event a naming verb calls as a thing done
        /// ("race", "election", "strike"), in any case: `called_events.txt`.
        is_called_event(word) in called_events ascii any case;

        /// True when `phrase`, a word or two, stands for a clause said before
        /// it ("so", "the same"), in any case.
        is_pro_form(phrase) in pro_forms ascii any case;
    }

    /// True when `line` opens with a call to action of site furniture
    /// ("Sign up for …", "Follow us on Mastodon"): its first two, three or
    /// four words, one space apart, matched without regard to case when
    /// ASCII, less the punctuation after the last.
    pub fn opens_with_furniture_call(&self, line: &str) -> bool {
        // Nearly every line opens with a word no call opens with: its
        // first letter or one look-up of a short word answers for it,
        // where the phrases, all longer than eight bytes, are looked up the
        // slow way. A line whose first space comes later than any opener's
        // opens no call.
        let initial = line.bytes().next().unwrap_or(0);
        if initial.is_ascii()
            && self.furniture_call_initials & (1 << initial.to_ascii_lowercase()) == 0
        {
            return false;
        }
        let openers = &self.furniture_call_openers;
        let Some(space) = line
            .bytes()
            .take(openers.longest + 1)
            .position(|b| b == b' ')
        else {
            return false;
        };
        if openers.get_any_case(&line[..space]).is_none() {
            return false;
        }
        let ends = line.match_indices(' ').map(|(i, _)| i);
        ends.chain(std::iter::once(line.len()))
            .skip(1)
            .take(FURNITURE_CALL_WORDS - 1)
            .any(|end| {
                let words = line[..end].trim_end_matches(|c: char| c.is_ascii_punctuation());
                self.furniture_calls.get_any_case(words).is_some()
            })
    }

    /// True when `label`, a title's words before its colon, is a section
    /// label ("The Latest", "EXCLUSIVE"), matched without regard to case
    /// when ASCII.
    pub fn is_kicker(&self, label: &str) -> bool {
        self.kickers.get_any_case(label).is_some()
    }

    /// True when `label`, the words before a colon opening a paragraph,
    /// open a note or a listing's line ("Update", "Photo", "Where"), not
    /// a speaker's turn; matched without regard to case when ASCII.
    pub fn is_note_label(&self, label: &str) -> bool {
        self.note_labels.get_any_case(label).is_some()
    }

    /// True when `word`, in a transcript's label after a name, is the role
    /// of a broadcaster's own staff ("ANCHOR", "Reporter"); matched without
    /// regard to case when ASCII.
    pub fn is_broadcast_staff(&self, word: &str) -> bool {
        self.broadcast_staff.get_any_case(word).is_some()
    }

    /// True when `word` is a portfolio a ministry is named for
    /// ("Environment", "Interior"); matched without regard to case when
    /// ASCII.
    pub fn is_portfolio(&self, word: &str) -> bool {
        self.portfolios.get_any_case(word).is_some()
    }

    /// True when `word`, or its part before a hyphen, puts a role in the
    /// past ("FORMER", "EX-BBC"); matched without regard to case when
    /// ASCII.
    pub fn is_former_mark(&self, word: &str) -> bool {
        [Some(word), word.split_once('-').map(|(head, _)| head)]
            .into_iter()
            .flatten()
            .any(|w| self.former_marks.get_any_case(w).is_some())
    }

    /// True when `word` opens another name for the one before it ("AKA",
    /// "a.k.a.", "née"); matched without regard to case when ASCII, a
    /// final period left out.
    pub fn is_alias_mark(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        self.alias_marks.get_any_case(word).is_some()
    }

    /// True when `word`, before a role, makes its holder a second in rank
    /// or a stand-in ("Deputy", "acting"); matched without regard to case
    /// when ASCII.
    pub fn is_lesser_rank(&self, word: &str) -> bool {
        self.lesser_ranks.get_any_case(word).is_some()
    }

    /// True when `noun` names an office a story has one holder of
    /// ("judge", "coroner"); matched without regard to case when ASCII.
    pub fn is_sole_office(&self, noun: &str) -> bool {
        self.sole_offices.get_any_case(noun).is_some()
    }

    /// True when `words`, right before a quotation, mark it as a label
    /// the writer holds at arm's length ("so-called"), matched without
    /// regard to case when ASCII.
    pub fn is_label_lead(&self, words: &str) -> bool {
        self.label_leads.get_any_case(words).is_some()
    }

    /// True when `b` may open a label of an interview's turn: the first
    /// letter of one, in any case.
    pub fn may_open_interview_label(&self, b: u8) -> bool {
        self.interview_firsts.contains(&b.to_ascii_lowercase())
    }

    /// True when `label` is a label of an interview's turn ("Q",
    /// "Answer"), matched without regard to case when ASCII.
    pub fn is_interview_label(&self, label: &str) -> bool {
        self.interview_labels.get_any_case(label).is_some()
    }

    /// For a label of an interview's turn, whether it opens an answer
    /// ("A", "Answer") rather than a question.
    pub fn is_answer_label(&self, label: &str) -> Option<bool> {
        self.interview_labels.get_lower(label).copied()
    }

    /// For the noun of an own account ("account", `own_accounts.txt`), the
    /// preposition that opens its phrase ("by his own account").
    pub fn own_account(&self, noun: &str) -> Option<&str> {
        self.own_accounts.get(noun).map(|p| &**p)
    }

    /// For a lower-case word that opens a tail staying with the noun
    /// phrase before a comma ("including", `noun_tail_leads.txt`), the word
    /// that must follow it ("such" → "as"), empty when none must.
    pub fn noun_tail_lead(&self, word: &str) -> Option<&str> {
        self.noun_tail_leads.get(word).map(|n| &**n)
    }

    /// The role noun that stands for the holder of the title word `title`
    /// where the noun is not the title itself ("Justice" → "judge").
    pub fn title_role(&self, title: &str) -> Option<&str> {
        self.title_roles.get_lower(title).map(|r| &**r)
    }

    /// The office a role noun names, one for nouns that name the same
    /// office in other words ("ceo" and "chief executive" → "executive");
    /// None for a noun that names no office the lexicon knows ("official",
    /// "father").
    pub fn office(&self, noun: &str) -> Option<&str> {
        self.offices.get_lower(noun).map(|r| &**r)
    }

    /// The common noun that stands for an organisation whose name has the
    /// head `head`, where the noun is not the head itself ("Department" →
    /// "agency").
    /// The second answer is true when the noun stands for such a name
    /// only in a story about sport ("United" → "club").
    pub fn head_noun(&self, head: &str) -> Option<(&str, bool)> {
        self.head_nouns
            .get_lower(head)
            .map(|r| match r.split_once(' ') {
                Some((noun, _)) => (noun, true),
                None => (&**r, false),
            })
    }

    /// The role noun of the office that hands down the document `noun`
    /// ("judgment" → "judge").
    pub fn document_office(&self, noun: &str) -> Option<&str> {
        self.office_documents.get_lower(noun).map(|r| &**r)
    }

    /// The length of the longest furniture phrase, in bytes.
    pub fn furniture_max_len(&self) -> usize {
        self.furniture_max_len
    }

    /// The automaton that finds every speech-verb form and source phrase,
    /// and every [`SPACED_THAT`](crate::cues::SPACED_THAT), if the lexicon
    /// was built with it.
    pub fn cue_automaton(&self) -> Option<&DFA> {
        self.cue_automaton.as_ref()
    }

    /// True for an auxiliary or modal verb ("was", "would", "didn't"): the
    /// sign of a finite clause.
    pub fn is_auxiliary(&self, word: &str) -> bool {
        self.auxiliaries.may_hold(word.as_bytes()) && self.positive_class(word).is_auxiliary()
    }

    /// True for the past tense of an irregular verb, in lower case
    /// ("took", not "Took"): like an auxiliary, the sign of a finite
    /// clause.
    pub fn is_irregular_past(&self, word: &str) -> bool {
        self.irregular_pasts.may_hold(word.as_bytes())
            && is_ascii_lower(word)
            && self.class(word).flags & IRREGULAR_PAST != 0
    }

    /// [`Lexicon::is_auxiliary`] of a word whose class is `class`: only a
    /// negative ("didn't") needs a look-up of its own, of its stem.
    #[inline]
    pub fn is_auxiliary_in(&self, word: &str, class: WordClass) -> bool {
        self.positive_class_with(word, || class).is_auxiliary()
    }

    /// The class of `word`'s positive form: of its stem for a negative
    /// auxiliary ("did" of "didn't"), else the word's own.
    pub fn positive_class(&self, word: &str) -> WordClass {
        self.positive_class_with(word, || self.class(word))
    }

    /// [`Lexicon::positive_class`], where `class` gives the word's own
    /// class only when asked, so that a negative costs one look-up.
    #[inline(always)]
    fn positive_class_with(&self, word: &str, class: impl FnOnce() -> WordClass) -> WordClass {
        match negative_stem(word) {
            Some(stem) => self.class(stem),
            None => class(),
        }
    }
}

/// A negative auxiliary without its "n't" ("did" of "didn't", "ca" of
/// "can't"), the apostrophe straight or curly and in any case.
pub(crate) fn negative_stem(word: &str) -> Option<&str> {
    // Most words end in another letter: told by it, before either suffix.
    if !matches!(word.as_bytes().last(), Some(b't' | b'T')) {
        return None;
    }
    strip_suffix_ascii_case(word, "n't").or_else(|| strip_suffix_ascii_case(word, "n’t"))
}

/// `word` without `suffix`, matched without regard to ASCII case.
fn strip_suffix_ascii_case<'w>(word: &'w str, suffix: &str) -> Option<&'w str> {
    let cut = word.len().checked_sub(suffix.len())?;
    (word.is_char_boundary(cut) && word[cut..].eq_ignore_ascii_case(suffix)).then(|| &word[..cut])
}

/// A word of [`Lexicon::gender`]'s table.
#[derive(Debug)]
struct GenderWord {
    gender: Gender,
    /// A first name as written: a word matches it only in that case.
    name: Option<Box<str>>,
}

/// First names and gendered titles, in lower case, with their gender.
fn genders() -> HashMap<Box<str>, GenderWord> {
    let parse = |file: &'static str, name: bool| {
        entries(file).filter_map(move |l| {
            let (word, g) = l.split_once('\t')?;
            let gender = match g.trim() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            let word = word.trim();
            let name = name.then(|| word.into());
            Some((word.to_lowercase().into(), GenderWord { gender, name }))
        })
    };
    parse(FIRST_NAMES, true)
        .chain(parse(GENDERED_WORDS, false))
        .collect()
}

fn add_user_verb(verbs: &mut HashMap<Box<str>, Box<str>>, verb: &str) -> Result<(), Error> {
    let v = verb.trim();
    if !is_verb_word(v) {
        return Err(Error::InvalidSpeechVerb {
            verb: verb.to_owned(),
        });
    }
    let v = v.to_lowercase();
    verbs.insert(v.clone().into(), v.into());
    Ok(())
}

/// Words to values: a hash table looked up with a word as written, or in
/// lower case without copying it.
///
/// Most look-ups are of short ASCII words, many capitalised at a sentence
/// start; folding the case while hashing spares the copy, the second probe
/// and the UTF-8 check a lower-cased copy would cost.
#[derive(Debug)]
struct WordTable<V> {
    /// Open addressing, linear probing, at most a quarter full: most
    /// look-ups are of words not in the table, which probe until an empty
    /// slot. A slot is four bytes (see [`WordTable::probe`]), so that even
    /// the table of first names, the largest (128 KiB), stays in a core's
    /// own cache, where one of 24 bytes with the key's ends in it did not:
    /// a look-up of a word not in a table, most of them, reads a slot or
    /// two and no key.
    slots: Box<[u32]>,
    /// Each entry's key, compared once its slot's hash bits match.
    keys: Box<[Key]>,
    entries: Vec<(Box<str>, V)>,
    /// How many bits of a hash tell its slot: the top ones.
    bits: u32,
    /// How far to shift a hash to get its slot: 64 - `bits`.
    shift: u32,
    /// The longest key, in bytes.
    longest: usize,
}

/// An entry's key: its length, first eight bytes (zero-padded) and, past
/// eight, last eight, so a key of sixteen bytes or fewer, nearly all, is
/// compared without a load of the key itself.
#[derive(Clone, Copy, Debug, Default)]
struct Key {
    first: u64,
    last: u64,
    len: u32,
}

/// The bits of hash `h` that a slot of a table placing by its top `bits`
/// bits keeps: the next `32 - bits`, shifted above the slot's index (a
/// table of a lexicon's size has `bits` well below 32).
#[inline(always)]
fn hash_tag(h: u64, bits: u32) -> u32 {
    ((h >> 32) as u32) << bits
}

/// The multiplier of rustc-hash's FxHasher.
const HASH_K: u64 = 0xf135_7aea_2e62_a9c5;

/// The longest word lower-cased in a copy on the stack, in bytes.
const SHORT_WORD: usize = 32;

/// The hash of a key from its length and [`ends`].
#[inline(always)]
fn ends_hash(len: usize, (first, last): (u64, u64)) -> u64 {
    let h = ((len as u64).rotate_left(5) ^ first).wrapping_mul(HASH_K);
    (h.rotate_left(5) ^ last).wrapping_mul(HASH_K)
}

/// A word's first eight bytes and, when it is longer, its last eight
/// (else 0), zero-padded: from loads that may overlap, no copy.
#[inline(always)]
fn ends(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    let eight = |i: usize| {
        let b: [u8; 8] = bytes
            .get(i..i + 8)
            .and_then(|b| b.try_into().ok())
            .unwrap_or_default();
        u64::from_le_bytes(b)
    };
    if n > 8 {
        (eight(0), eight(n - 8))
    } else {
        (padded_short(bytes), 0)
    }
}

/// The bytes of a word of eight bytes or fewer, zero-padded.
#[inline(always)]
fn padded_short(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let four = |i: usize| {
        let b: [u8; 4] = bytes
            .get(i..i + 4)
            .and_then(|b| b.try_into().ok())
            .unwrap_or_default();
        u64::from(u32::from_le_bytes(b))
    };
    let at = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
    if n >= 4 {
        four(0) | four(n - 4) << (8 * (n - 4))
    } else {
        // None to three bytes: the first, the middle and the last.
        let n1 = n.saturating_sub(1);
        at(0) | at(n / 2) << (8 * (n / 2)) | at(n1) << (8 * n1)
    }
}

/// The top bit of every byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `w` with their ASCII capitals lower-cased, and every
/// other byte as it is.
pub(crate) fn ascii_lower(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = w & !HIGH_BITS;
    // Top bit of a byte set when its low seven bits are at least `A`, and
    // when at least `Z` + 1: no carry crosses a byte.
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    let capital = from_a & !past_z & !w & HIGH_BITS;
    w | (capital >> 2)
}

/// The Unicode block of `“ ” ‘ ’ – —` and their kin, none of which has a
/// lower case of its own.
const CASELESS: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// True when lower-casing `word` changes only its ASCII letters: no other
/// character has a lower case of its own ("don’t", "café", not "CAFÉ").
fn lower_is_ascii_lower(word: &str) -> bool {
    // General punctuation (the curly apostrophe of "Trump’s") has no case:
    // the commonest non-ASCII characters of words are answered without
    // the Unicode tables.
    word.chars()
        .filter(|c| !c.is_ascii() && !CASELESS.contains(c))
        .all(|c| {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        })
}

impl<V> WordTable<V> {
    /// A table of `entries`, whose keys must be distinct.
    fn new(entries: impl IntoIterator<Item = (Box<str>, V)>) -> WordTable<V> {
        let entries: Vec<(Box<str>, V)> = entries.into_iter().collect();
        let bits = (entries.len() * 4)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let mut slots = vec![0; 1 << bits].into_boxed_slice();
        let longest = entries.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut keys = Vec::with_capacity(entries.len());
        for (i, (key, _)) in entries.iter().enumerate() {
            let key = key.as_bytes();
            let (first, last) = ends(key);
            let h = ends_hash(key.len(), (first, last));
            let mut s = (h >> (64 - bits)) as usize;
            while slots[s] != 0 {
                s = (s + 1) & (slots.len() - 1);
            }
            // A quarter full: 1 + the index is below the slots' number.
            slots[s] = hash_tag(h, bits) | (i as u32 + 1);
            keys.push(Key {
                first,
                last,
                len: key.len() as u32,
            });
        }
        WordTable {
            slots,
            keys: keys.into_boxed_slice(),
            entries,
            bits,
            shift: 64 - bits,
            longest,
        }
    }

    /// The value of the key of `len` bytes whose [`ends`] are `ends`;
    /// `rest` compares the whole key when it is longer than sixteen bytes.
    ///
    /// A slot holds 1 + its entry's index in its low `bits` bits (0 when
    /// empty), and above them the bits of its key's hash right below
    /// those that placed it: a word whose hash differs there is told apart
    /// without a load of its key.
    #[inline(always)]
    fn probe(&self, len: usize, ends: (u64, u64), rest: impl Fn(&[u8]) -> bool) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let h = ends_hash(len, ends);
        let (mut s, tag) = ((h >> self.shift) as usize, hash_tag(h, self.bits));
        loop {
            let slot = *self.slots.get(s)?;
            if slot == 0 {
                return None;
            }
            if slot & !(mask as u32) == tag {
                let i = (slot & mask as u32) as usize - 1;
                let key = self.keys.get(i)?;
                if (key.first, key.last) == ends && key.len as usize == len {
                    let (key, value) = self.entries.get(i)?;
                    if len <= 16 || rest(key.as_bytes()) {
                        return Some(value);
                    }
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// The value of the key `bytes`.
    #[inline]
    fn find(&self, bytes: &[u8]) -> Option<&V> {
        self.probe(bytes.len(), ends(bytes), |k| k == bytes)
    }

    /// The value of `word` as written.
    #[inline(always)]
    fn get(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        if bytes.len() <= 8 {
            return self.probe(bytes.len(), (padded_short(bytes), 0), |_| true);
        }
        self.find_long(bytes)
    }

    /// [`WordTable::find`] out of line, for a key longer than eight bytes.
    #[inline(never)]
    fn find_long(&self, bytes: &[u8]) -> Option<&V> {
        self.find(bytes)
    }

    /// The value of `word` in any case when it is ASCII, else as written,
    /// for a table whose keys are in lower case.
    #[inline]
    fn get_any_case(&self, word: &str) -> Option<&V> {
        if word.is_ascii() {
            self.get_lower(word)
        } else {
            self.get(word)
        }
    }

    /// The value of `word` in lower case, for a table whose keys are.
    #[inline(always)]
    fn get_lower(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        // Most words are ASCII and eight bytes or shorter: lower-cased and
        // hashed in one register, and compared with a slot the same way.
        if bytes.len() <= 8 {
            let w = padded_short(bytes);
            if w & HIGH_BITS == 0 {
                return self.probe(bytes.len(), (ascii_lower(w), 0), |_| true);
            }
        }
        self.get_lower_long(word)
    }

    /// [`WordTable::get_lower`] of a word longer than eight bytes or not
    /// ASCII.
    #[inline(never)]
    fn get_lower_long(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        // Up to sixteen bytes, in two registers.
        if bytes.len() <= 16 {
            let (first, last) = ends(bytes);
            if (first | last) & HIGH_BITS == 0 {
                let lower = (ascii_lower(first), ascii_lower(last));
                return self.probe(bytes.len(), lower, |_| true);
            }
        }
        // A stretch of text asked about whole ("he" as a content) is mostly
        // longer than any key, in characters too, which lower-casing never
        // makes fewer: answered without a lower-cased copy.
        if bytes.len() > self.longest && word.chars().count() > self.longest {
            return None;
        }
        if bytes.len() <= SHORT_WORD {
            // Copied to the stack and lower-cased there eight bytes at a
            // time.
            let mut buf = [0u8; SHORT_WORD];
            buf[..bytes.len()].copy_from_slice(bytes);
            let mut high = 0;
            for chunk in buf.chunks_exact_mut(8) {
                let w = u64::from_le_bytes((&*chunk).try_into().unwrap_or_default());
                high |= w;
                chunk.copy_from_slice(&ascii_lower(w).to_le_bytes());
            }
            if high & HIGH_BITS == 0 || lower_is_ascii_lower(word) {
                return self.find(&buf[..bytes.len()]);
            }
        }
        self.find(word.to_lowercase().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue scan finds the " that " after a noun of speech in the same
    /// pass as the cues, and goes on from its "that": a cue of several
    /// words (the only ones with a space) must neither hold a " that " nor
    /// end in the start of one, or the two would hide each other.
    #[test]
    fn no_cue_runs_into_a_spaced_that() {
        let that = crate::cues::SPACED_THAT;
        let idioms = entries(SPEECH_IDIOMS).flat_map(|line| idiom_forms(line).0);
        let sources = entries(CUE_PHRASES).filter_map(|line| {
            let (kind, phrase) = line.split_once('\t')?;
            (kind.trim() == "source-before").then_some(phrase.trim())
        });
        for cue in idioms.chain(sources) {
            let cue = cue.to_lowercase();
            for (at, _) in cue.match_indices(' ') {
                let rest = &cue[at..];
                assert!(
                    !that.starts_with(rest) && !rest.starts_with(that.trim_end()),
                    "{cue}"
                );
            }
        }
    }

    /// The lists matched only as written in lower case are asked through
    /// the case-blind table plus a lower-case test of the word; an entry
    /// with a capital or a non-ASCII letter would never match.
    #[test]
    fn lists_matched_as_written_are_lower_case_ascii() {
        let files = [
            ("name_particles.txt", NAME_PARTICLES),
            ("noun_links.txt", NOUN_LINKS),
            ("clause_openers.txt", CLAUSE_OPENERS),
            ("adjunct_openers.txt", ADJUNCT_OPENERS),
            ("that_adjuncts.txt", THAT_ADJUNCTS),
            ("topic_enders.txt", TOPIC_ENDERS),
            ("question_words.txt", QUESTION_WORDS),
            ("time_leads.txt", TIME_LEADS),
            ("time_determiners.txt", TIME_DETERMINERS),
            ("clause_continuers.txt", CLAUSE_CONTINUERS),
            ("source_conjunctions.txt", SOURCE_CONJUNCTIONS),
            ("sentence_connectives.txt", SENTENCE_CONNECTIVES),
            ("prepositions.txt", PREPOSITIONS),
            ("time_prepositions.txt", TIME_PREPOSITIONS),
            ("negations.txt", NEGATIONS),
            ("approximators.txt", APPROXIMATORS),
            ("issuing_particles.txt", ISSUING_PARTICLES),
            ("issuing_verbs.txt", ISSUING_VERBS),
            ("quoting_verbs.txt", QUOTING_VERBS),
            ("spokespersons.txt", SPOKESPERSONS),
            ("writer_nouns.txt", WRITER_NOUNS),
            ("finding_nouns.txt", FINDING_NOUNS),
            ("word_nouns.txt", WORD_NOUNS),
            ("occasion_nouns.txt", OCCASION_NOUNS),
            ("proceeding_nouns.txt", PROCEEDING_NOUNS),
            ("proceeding_verbs.txt", PROCEEDING_VERBS),
            ("connective_adverbs.txt", CONNECTIVE_ADVERBS),
            ("example_leads.txt", EXAMPLE_LEADS),
            ("noun_tail_leads.txt", NOUN_TAIL_LEADS),
            ("press_nouns.txt", PRESS_NOUNS),
            ("own_accounts.txt", OWN_ACCOUNTS),
            ("sameness_words.txt", SAMENESS_WORDS),
            ("degree_words.txt", DEGREE_WORDS),
            ("amount_words.txt", AMOUNT_WORDS),
            ("continuation_words.txt", CONTINUATION_WORDS),
            ("irregular_pasts.txt", IRREGULAR_PASTS),
            ("title_leads.txt", TITLE_LEADS),
            ("place_heads.txt", PLACE_HEADS),
            ("change_prepositions.txt", CHANGE_PREPOSITIONS),
            ("person_relatives.txt", PERSON_RELATIVES),
            ("coordinators.txt", COORDINATORS),
            ("relative_pronouns.txt", RELATIVE_PRONOUNS),
            ("org_prepositions.txt", ORG_PREPOSITIONS),
            ("reading_participles.txt", READING_PARTICIPLES),
        ];
        for (name, file) in files {
            for entry in entries(file) {
                let word = entry.split('\t').next().unwrap_or(entry).trim();
                // The approximators' phrases are words of that kind too, and
                // a noun tail's lead is a word with the one that must follow.
                let phrase = matches!(name, "approximators.txt" | "noun_tail_leads.txt");
                // Particles are matched in any case too, after a title
                // ("Ms Ní Bhriain"): theirs may be beyond ASCII, in lower
                // case, never matched as written in running text.
                let particle = name == "name_particles.txt" && !word.is_ascii();
                assert!(
                    !word.is_empty()
                        && (particle && word.chars().all(char::is_lowercase)
                            || word
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || phrase && b == b' ')),
                    "{name}: {entry:?} is not one lower-case ASCII word"
                );
            }
        }
    }

    /// A word table's keys must be distinct, and a line written twice is a
    /// merge's leftover: every list gives each of its lines once.
    #[test]
    fn no_list_gives_a_line_twice() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        for file in std::fs::read_dir(&dir).expect("the lexicon folder") {
            let path = file.expect("a lexicon file").path();
            let text = std::fs::read_to_string(&path).expect("a lexicon list");
            let mut seen = std::collections::HashSet::new();
            for line in entries(&text) {
                assert!(seen.insert(line), "{}: {line:?} twice", path.display());
            }
        }
    }

    /// The positive class of an auxiliary tells a form of "have" in any
    /// case and in the negative, and no other auxiliary.
    #[test]
    fn forms_of_have_are_told_by_their_positive_class() {
        let lexicon = Lexicon::new(None, &[]).expect("the built-in lexicon builds");
        for w in [
            "has",
            "Had",
            "HAVE",
            "having",
            "hasn't",
            "haven’t",
            "Hadn't",
        ] {
            let class = lexicon.positive_class(w);
            assert!(class.is_auxiliary() && class.is_have(), "{w:?}");
        }
        for w in ["was", "didn't", "will", "been"] {
            let class = lexicon.positive_class(w);
            assert!(class.is_auxiliary() && !class.is_have(), "{w:?}");
        }
        for w in ["hat", "harsh", "said"] {
            assert!(!lexicon.positive_class(w).is_have(), "{w:?}");
        }
    }

    /// A word longer than every key may have a lower case that is not:
    /// the Kelvin sign, three bytes, is "k".
    #[test]
    fn lower_case_shorter_than_the_word_is_found() {
        let table = WordTable::new([(Box::<str>::from("k"), ())]);
        assert!(table.get_lower("\u{212A}").is_some());
        assert!(table.get_lower("\u{212A}\u{212A}").is_none());
    }

    /// The gender table is keyed by lower case, a first name kept as
    /// written beside it: that finds what a table of first names as written
    /// and titles in lower case would only while no two words share a
    /// lower case and no first name is its own.
    #[test]
    fn gender_words_have_lower_cases_of_their_own() {
        let words = [FIRST_NAMES, GENDERED_WORDS]
            .into_iter()
            .flat_map(entries)
            .filter(|l| l.contains('\t'))
            .count();
        assert_eq!(genders().len(), words);
        for (lower, g) in genders() {
            assert!(g.name.is_none_or(|n| *n != *lower), "{lower}");
        }
    }

    /// A first name as written is a word with a gender whose lower case
    /// has none: what the one look-up of `is_first_name` tells, for every
    /// listed word in every case, with and without a period.
    #[test]
    fn first_names_are_told_by_one_look_up() {
        let lexicon = Lexicon::new(None, &[]).unwrap();
        let two_look_ups = |w: &str| {
            lexicon.gender(w) != Gender::Any && lexicon.gender(&w.to_lowercase()) == Gender::Any
        };
        let listed = [FIRST_NAMES, GENDERED_WORDS]
            .into_iter()
            .flat_map(entries)
            .filter_map(|l| l.split_once('\t'))
            .map(|(w, _)| w.trim());
        for w in listed.chain(["Zoë", "ZOË", "Émile", "Trump", "", "."]) {
            for w in [w.to_string(), w.to_lowercase(), w.to_uppercase()] {
                for w in [w.clone(), format!("{w}.")] {
                    assert_eq!(lexicon.is_first_name(&w), two_look_ups(&w), "{w:?}");
                }
            }
        }
    }

    /// Every credit word is found wherever it stands, in any ASCII case,
    /// across the bounds of the stretches the text is folded in.
    #[test]
    fn credit_words_are_found_across_folded_stretches() {
        let lexicon = Lexicon::new(None, &[]).expect("the built-in lexicon builds");
        for (word, _) in &lexicon.credit_words.words {
            let word = std::str::from_utf8(word).expect("a credit word is UTF-8");
            for w in [word.to_string(), word.to_ascii_uppercase()] {
                for at in (FOLD_CHUNK - 8..FOLD_CHUNK + 2).chain([0, 2 * FOLD_CHUNK]) {
                    let text = format!("{}{w}{}", "x".repeat(at), "x".repeat(5));
                    assert_eq!(lexicon.credit_words(&text), [at], "{w:?} at {at}");
                }
            }
        }
    }

    /// The general fingerprint searcher, which runs only on a CPU without
    /// the packed one, finds the same credit words as the packed one.
    #[test]
    fn credit_word_searchers_agree() {
        let lexicon = Lexicon::new(None, &[]).expect("the built-in lexicon builds");
        let found = &lexicon.credit_words;
        let prints = found
            .words_of
            .iter()
            .map(|of| {
                let (word, at) = found.words[of[0]];
                word[at..at + FINGERPRINT]
                    .iter()
                    .map(|b| b | 0x20)
                    .collect()
            })
            .collect();
        let general = CreditWords {
            words: found.words.clone(),
            fingerprints: Fingerprints::general(prints).expect("the general searcher builds"),
            words_of: found.words_of.clone(),
            by_lead: found.by_lead.clone(),
        };
        let mut every_word = String::new();
        for (i, (word, _)) in found.words.iter().enumerate() {
            let word = std::str::from_utf8(word).expect("a credit word is UTF-8");
            let word = if i % 2 == 0 {
                word.to_ascii_uppercase()
            } else {
                word.to_string()
            };
            every_word += &format!("{word}{} ", "x".repeat(i % 7));
        }
        let article = include_str!("../tests/fixtures/sputnik_lavrov.txt");
        for text in [article, every_word.as_str()] {
            let expected = general.starts(text.as_bytes());
            assert!(!expected.is_empty());
            assert_eq!(found.starts(text.as_bytes()), expected);
        }
    }

    /// The characters a lower-case test passes over have no lower case.
    #[test]
    fn caseless_characters_are_their_own_lower_case() {
        for c in CASELESS {
            assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
        }
    }

    /// The filter before a phrase look-up lets through every first word,
    /// in any case, and turns away words that start no phrase.
    #[test]
    fn phrase_filter_passes_every_first_word() {
        let lexicon = Lexicon::new(None, &[]).expect("the built-in lexicon builds");
        for phrases in [
            &lexicon.source_before,
            &lexicon.verb_objects,
            &lexicon.manner_phrases,
            &lexicon.phrasal_verbs,
            &lexicon.approximator_phrases,
        ] {
            for phrase in &phrases.list {
                let first = &*phrase[0];
                let title: String = first.chars().take(1).flat_map(char::to_uppercase).collect();
                let title = title + &first[first.chars().next().map_or(0, char::len_utf8)..];
                for w in [first.to_string(), first.to_uppercase(), title] {
                    assert!(phrases.may_start(w.as_bytes()), "{w:?}");
                    assert!(phrases.starting_with(&w).is_some(), "{w:?}");
                }
            }
        }
        for w in ["said", "minister", "Lavrov"] {
            assert!(!lexicon.source_before.may_start(w.as_bytes()), "{w:?}");
        }
    }

    /// The filter before an auxiliary's look-up lets through every
    /// auxiliary and its negative, in any case and with either apostrophe,
    /// and turns away common words.
    #[test]
    fn auxiliary_filter_passes_every_auxiliary() {
        let lexicon = Lexicon::new(None, &[]).expect("the built-in lexicon builds");
        let auxiliaries = lexicon
            .classes
            .entries
            .iter()
            .filter(|(_, c)| c.is_auxiliary());
        let mut n = 0;
        for (aux, _) in auxiliaries {
            n += 1;
            for form in [aux.to_string(), format!("{aux}n't"), format!("{aux}n’t")] {
                for w in [form.clone(), form.to_uppercase()] {
                    assert!(lexicon.is_auxiliary(&w), "{w:?}");
                }
            }
        }
        assert!(n > 20, "{n} auxiliaries");
        for w in ["said", "minister", "Lavrov", "the"] {
            assert!(!lexicon.auxiliaries.may_hold(w.as_bytes()), "{w:?}");
        }
    }

    /// The filter before a speech-verb look-up lets through every form, in
    /// any case, and turns away common words.
    #[test]
    fn verb_filter_passes_every_form() {
        let lexicon = Lexicon::new(None, &[]).expect("the built-in lexicon builds");
        let forms = lexicon.classes.entries.iter().filter(|(_, c)| c.is_verb());
        let mut n = 0;
        for (form, _) in forms {
            n += 1;
            let title: String = form.chars().take(1).flat_map(char::to_uppercase).collect();
            let title = title + &form[form.chars().next().map_or(0, char::len_utf8)..];
            for w in [form.to_string(), form.to_uppercase(), title] {
                assert!(lexicon.may_be_verb(w.as_bytes()), "{w:?}");
                assert!(lexicon.class(&w).is_verb(), "{w:?}");
            }
        }
        assert!(n > 100, "{n} speech-verb forms");
        for w in ["minister", "Lavrov", "of"] {
            assert!(!lexicon.may_be_verb(w.as_bytes()), "{w:?}");
        }
    }
}

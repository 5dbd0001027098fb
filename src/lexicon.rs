//! The word lists the stages read, loaded from the data files beside this
//! module (`src/lexicon/*.txt`) when an [`Extractor`](crate::Extractor) is
//! built.
//!
//! Every file has one entry a line; `#` starts a comment line. Growing a
//! list is an edit to its file, never to code.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::Error;

const SPEECH_VERBS: &str = include_str!("lexicon/speech_verbs.txt");
const CUE_PHRASES: &str = include_str!("lexicon/cue_phrases.txt");
const TITLES: &str = include_str!("lexicon/titles.txt");
const ROLE_NOUNS: &str = include_str!("lexicon/role_nouns.txt");
const ORG_HEADS: &str = include_str!("lexicon/org_heads.txt");
const PRONOUNS: &str = include_str!("lexicon/pronouns.txt");
const ABBREVIATIONS: &str = include_str!("lexicon/abbreviations.txt");
const SPEECH_ADVERBS: &str = include_str!("lexicon/speech_adverbs.txt");
const TIME_WORDS: &str = include_str!("lexicon/time_words.txt");
const FURNITURE: &str = include_str!("lexicon/furniture.txt");
const FUNCTION_WORDS: &str = include_str!("lexicon/function_words.txt");
const FIRST_NAMES: &str = include_str!("lexicon/first_names.txt");
const GENDERED_WORDS: &str = include_str!("lexicon/gendered_words.txt");
const REPORTING_VERBS: &str = include_str!("lexicon/reporting_verbs.txt");
const OBJECT_VERBS: &str = include_str!("lexicon/object_verbs.txt");
const NOUN_FORMS: &str = include_str!("lexicon/noun_forms.txt");
const ACTION_VERBS: &str = include_str!("lexicon/action_verbs.txt");
const REQUEST_VERBS: &str = include_str!("lexicon/request_verbs.txt");
const AUXILIARIES: &str = include_str!("lexicon/auxiliaries.txt");
const NUMBER_WORDS: &str = include_str!("lexicon/number_words.txt");

/// Words one of which every caption or credit the layout stage recognises
/// holds; its regex runs only on lines with one.
const CREDIT_WORDS: &[&str] = &[
    "©", "(c)", "photo", "image", "picture", "video", "getty", "credit", "courtesy", "in this",
];

/// The entries of a data file: trimmed, without blank and comment lines.
fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Multi-word phrases, found by their first word.
#[derive(Debug)]
pub(crate) struct Phrases {
    list: Vec<Vec<Box<str>>>,
    /// First word (lower case) → the phrases it starts, longest first, so
    /// "in a statement to" wins over "in a statement".
    by_first: HashMap<Box<str>, Vec<usize>>,
}

impl Phrases {
    fn new(list: Vec<Vec<Box<str>>>) -> Phrases {
        let mut by_first: HashMap<Box<str>, Vec<usize>> = HashMap::default();
        for (i, p) in list.iter().enumerate() {
            if let Some(first) = p.first() {
                by_first
                    .entry(first.to_lowercase().into())
                    .or_default()
                    .push(i);
            }
        }
        for starts in by_first.values_mut() {
            starts.sort_by_key(|&i| std::cmp::Reverse(list[i].len()));
        }
        Phrases { list, by_first }
    }

    /// The phrases that start with `word`, longest first.
    pub fn starting_with(&self, word: &str) -> impl Iterator<Item = &[Box<str>]> {
        lookup_lower(&self.by_first, word)
            .into_iter()
            .flatten()
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
}

/// Every word list, in the forms the stages look them up in.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Inflected speech-verb form (lower case) → its lemma.
    verbs: HashMap<Box<str>, Box<str>>,
    /// Phrases standing before a source: "according to".
    pub source_before: Phrases,
    /// Words after a speech verb that belong to the cue, not the speaker:
    /// "reporters", "in a statement".
    pub verb_objects: Phrases,
    /// Speech-verb lemmas with the preposition that belongs to them ("call
    /// for").
    particles: HashSet<(Box<str>, Box<str>)>,
    /// Nouns for documents that can speak: "statement", "report".
    pub documents: HashSet<Box<str>>,
    /// Every word of a title before a name ("Foreign", "Minister", "Mr").
    title_words: HashSet<Box<str>>,
    roles: HashMap<Box<str>, RoleClass>,
    org_heads: HashSet<Box<str>>,
    pronouns: HashMap<Box<str>, Pronoun>,
    abbreviations: HashSet<Box<str>>,
    speech_adverbs: HashSet<Box<str>>,
    time_words: HashSet<Box<str>>,
    /// Lower-case phrases of site furniture: "log in or register".
    pub furniture: Vec<Box<str>>,
    function_words: HashSet<Box<str>>,
    /// First names and gendered titles → the gender they tell.
    genders: HashMap<Box<str>, Gender>,
    /// Lemmas whose bare complement is reported speech ("say", "add").
    reporting: HashSet<Box<str>>,
    /// Lemmas that take the person spoken to first ("tell", "warn").
    object_verbs: HashSet<Box<str>>,
    /// Verb forms that are nouns unless "that" follows ("states").
    noun_forms: HashSet<Box<str>>,
    /// Lemmas whose bare noun complement is no speech ("found ways").
    action_verbs: HashSet<Box<str>>,
    /// Lemmas of requests, whose content runs through an infinitive.
    request_verbs: HashSet<Box<str>>,
    /// Auxiliary and modal verbs ("was", "would", "ca" of "can't").
    auxiliaries: HashSet<Box<str>>,
    /// Numbers written as words.
    number_words: HashSet<Box<str>>,
    /// Every speech-verb form and source phrase, for the one pass over the
    /// text that finds reported speech.
    cue_automaton: AhoCorasick,
    /// Words of photo credits and captions, to pick the lines worth a regex.
    credit_automaton: AhoCorasick,
    furniture_max_len: usize,
}

fn is_verb_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars().any(char::is_alphabetic)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

fn set(file: &str) -> HashSet<Box<str>> {
    entries(file).map(Box::from).collect()
}

fn lower_set(file: &str) -> HashSet<Box<str>> {
    entries(file).map(|e| e.to_lowercase().into()).collect()
}

/// A phrase's words; a final period is dropped ("Mr." → "Mr") because the
/// word splitter leaves periods out of words.
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
        let mut verbs: HashMap<Box<str>, Box<str>> = HashMap::default();
        match replace {
            Some(list) => {
                for v in list {
                    add_user_verb(&mut verbs, v)?;
                }
            }
            None => {
                for line in entries(SPEECH_VERBS) {
                    let mut forms = line.split_whitespace();
                    let Some(lemma) = forms.next() else { continue };
                    verbs.insert(lemma.into(), lemma.into());
                    for form in forms {
                        verbs.insert(form.into(), lemma.into());
                    }
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
        // A lemma may take several particles: kept as "lemma particle".
        let mut particles: HashSet<(Box<str>, Box<str>)> = HashSet::default();
        let mut documents = HashSet::default();
        for line in entries(CUE_PHRASES) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            let phrase = phrase.trim().to_lowercase();
            match kind.trim() {
                "source-before" => source_before.push(tokens(&phrase)),
                "verb-object" => verb_objects.push(tokens(&phrase)),
                "verb-particle" => {
                    if let Some((verb, particle)) = phrase.split_once(' ') {
                        particles.insert((verb.into(), particle.into()));
                    }
                }
                "document" => {
                    documents.insert(phrase.into());
                }
                _ => {}
            }
        }
        let patterns = verbs
            .keys()
            .map(|v| v.to_string())
            .chain(source_before.iter().map(|p| p.join(" ")));
        let cue_automaton_patterns: Vec<String> = patterns.collect();
        // A DFA: the scan runs over every byte of the text, and above a
        // hundred patterns the crate would otherwise pick a slower kind.
        let cue_automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(cue_automaton_patterns)?;
        let source_before = Phrases::new(source_before);
        let verb_objects = Phrases::new(verb_objects);

        // "Secretary of State" makes "Secretary" and "State" title words,
        // never "of".
        let title_words = entries(TITLES)
            .flat_map(tokens)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();

        let roles = entries(ROLE_NOUNS)
            .filter_map(|l| {
                let (noun, class) = l.split_once('\t')?;
                let class = match class.trim() {
                    "person" => RoleClass::Person,
                    "group" => RoleClass::Group,
                    "org" => RoleClass::Org,
                    _ => return None,
                };
                Some((noun.trim().to_lowercase().into(), class))
            })
            .collect();

        let pronouns = entries(PRONOUNS)
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let word = f.next()?.to_lowercase();
                let gender = match f.next()? {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    "n" => Gender::Neuter,
                    _ => Gender::Any,
                };
                let plural = f.next()? == "p";
                let usage = f.next()?;
                let pronoun = Pronoun {
                    gender,
                    plural,
                    speaker: usage == "speaker",
                    possessive: usage == "possessive",
                };
                Some((word.into(), pronoun))
            })
            .collect();

        Ok(Lexicon {
            verbs,
            source_before,
            verb_objects,
            particles,
            documents,
            title_words,
            roles,
            org_heads: set(ORG_HEADS),
            pronouns,
            abbreviations: set(ABBREVIATIONS),
            speech_adverbs: lower_set(SPEECH_ADVERBS),
            time_words: lower_set(TIME_WORDS),
            furniture_max_len: entries(FURNITURE).map(str::len).max().unwrap_or(0),
            furniture: entries(FURNITURE)
                .map(|e| e.to_lowercase().into())
                .collect(),
            function_words: lower_set(FUNCTION_WORDS),
            genders: genders(),
            reporting: set(REPORTING_VERBS),
            object_verbs: set(OBJECT_VERBS),
            noun_forms: lower_set(NOUN_FORMS),
            action_verbs: set(ACTION_VERBS),
            request_verbs: set(REQUEST_VERBS),
            auxiliaries: lower_set(AUXILIARIES),
            number_words: lower_set(NUMBER_WORDS),
            cue_automaton,
            credit_automaton: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(CREDIT_WORDS)?,
        })
    }

    /// The lemma of a speech-verb form (`"said"` → `"say"`), matched without
    /// regard to case.
    pub fn verb_lemma(&self, word: &str) -> Option<&str> {
        if let Some(l) = self.verbs.get(word) {
            return Some(l);
        }
        if has_upper(word) {
            return with_lower(word, |w| self.verbs.get_key_value(w).map(|(_, l)| l)).map(|l| &**l);
        }
        None
    }

    /// The role class of a lower-case role noun ("minister", "officials").
    pub fn role(&self, word: &str) -> Option<RoleClass> {
        lookup_lower(&self.roles, word).copied()
    }

    /// True for a word that may be part of a title before a name.
    pub fn is_title_word(&self, word: &str) -> bool {
        self.title_words.contains(word)
    }

    /// True for the last word of an organisation's name ("Ministry").
    pub fn is_org_head(&self, word: &str) -> bool {
        self.org_heads.contains(word)
    }

    /// The pronoun's features, matched without regard to case.
    pub fn pronoun(&self, word: &str) -> Option<Pronoun> {
        lookup_lower(&self.pronouns, word).copied()
    }

    /// True when `word` (without its final period) is an abbreviation that
    /// does not end a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// True for an auxiliary or adverb that may stand inside an attribution
    /// ("also", "has", "later").
    pub fn is_speech_adverb(&self, word: &str) -> bool {
        contains_lower(&self.speech_adverbs, word)
    }

    /// True for a word of a time expression after a verb ("Tuesday").
    pub fn is_time_word(&self, word: &str) -> bool {
        contains_lower(&self.time_words, word)
    }

    /// True for a closed-class word that is never a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        contains_lower(&self.function_words, word)
    }

    /// The gender a first name ("Sergey") or a gendered title ("Mrs.",
    /// "congresswoman") tells, if any.
    pub fn gender(&self, word: &str) -> Gender {
        let bare = word.trim_end_matches('.');
        self.genders
            .get(bare)
            .or_else(|| self.genders.get(bare.to_lowercase().as_str()))
            .copied()
            .unwrap_or(Gender::Any)
    }

    /// True when the verb form's bare complement is reported speech
    /// ("said talks would resume").
    pub fn is_reporting(&self, form: &str) -> bool {
        self.verb_lemma(form)
            .is_some_and(|l| self.reporting.contains(l))
    }

    /// True when `particle` belongs to the speech verb `form` ("called"
    /// "for"): the content follows the particle.
    pub fn is_particle_of(&self, form: &str, particle: &str) -> bool {
        self.verb_lemma(form).is_some_and(|l| {
            self.particles.contains(&(
                Box::from(l),
                Box::from(particle.to_ascii_lowercase().as_str()),
            ))
        })
    }

    /// True when the verb form takes the person spoken to first ("told
    /// reporters that …").
    pub fn takes_object(&self, form: &str) -> bool {
        self.verb_lemma(form)
            .is_some_and(|l| self.object_verbs.contains(l))
    }

    /// True when the verb form reports speech only through a clause: its
    /// bare noun complement is an act ("maintained his lead").
    pub fn is_action_verb(&self, form: &str) -> bool {
        self.verb_lemma(form)
            .is_some_and(|l| self.action_verbs.contains(l))
    }

    /// True when the verb form makes a request ("urged Congress to act"):
    /// its content runs on through the infinitive.
    pub fn is_request(&self, form: &str) -> bool {
        self.verb_lemma(form)
            .is_some_and(|l| self.request_verbs.contains(l))
    }

    /// True when the form is more often a noun than a verb ("states"): it
    /// reports speech only before "that".
    pub fn is_noun_form(&self, form: &str) -> bool {
        contains_lower(&self.noun_forms, form)
    }

    /// True when `line` holds a word of photo credits and captions
    /// ("photo", "©", "courtesy"): only such lines are tested further.
    pub fn has_credit_word(&self, line: &str) -> bool {
        self.credit_automaton.is_match(line)
    }

    /// The length of the longest furniture phrase, in bytes.
    pub fn furniture_max_len(&self) -> usize {
        self.furniture_max_len
    }

    /// The automaton that finds every speech-verb form and source phrase.
    pub fn cue_automaton(&self) -> &AhoCorasick {
        &self.cue_automaton
    }

    /// True for an auxiliary or modal verb ("was", "would", "didn't"): the
    /// sign of a finite clause.
    pub fn is_auxiliary(&self, word: &str) -> bool {
        let w = word.to_ascii_lowercase();
        let stem = w
            .strip_suffix("n't")
            .or_else(|| w.strip_suffix("n’t"))
            .unwrap_or(&w);
        self.auxiliaries.contains(stem)
    }

    /// True for a number written as a word ("two", "dozens").
    pub fn is_number_word(&self, word: &str) -> bool {
        contains_lower(&self.number_words, word)
    }

    /// True for a noun of a document that can speak ("statement").
    pub fn is_document(&self, word: &str) -> bool {
        contains_lower(&self.documents, word)
    }
}

/// First names (as written) and gendered titles (lower case) with their
/// gender.
fn genders() -> HashMap<Box<str>, Gender> {
    let parse = |file: &'static str, lower: bool| {
        entries(file).filter_map(move |l| {
            let (word, g) = l.split_once('\t')?;
            let gender = match g.trim() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            let word = word.trim();
            let key: Box<str> = if lower {
                word.to_lowercase().into()
            } else {
                word.into()
            };
            Some((key, gender))
        })
    };
    parse(FIRST_NAMES, false)
        .chain(parse(GENDERED_WORDS, true))
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

/// Calls `f` with `word` in lower case, on the stack for a short ASCII
/// word (the common case of a capitalised word at a sentence start).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when its case changes.
        return f(std::str::from_utf8(lower).unwrap_or(word));
    }
    f(&word.to_lowercase())
}

fn has_upper(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_uppercase())
        || (!word.is_ascii() && word.chars().any(char::is_uppercase))
}

fn lookup_lower<'a, V>(map: &'a HashMap<Box<str>, V>, word: &str) -> Option<&'a V> {
    match map.get(word) {
        Some(v) => Some(v),
        None if has_upper(word) => with_lower(word, |w| map.get(w)),
        None => None,
    }
}

fn contains_lower(set: &HashSet<Box<str>>, word: &str) -> bool {
    set.contains(word) || (has_upper(word) && with_lower(word, |w| set.contains(w)))
}

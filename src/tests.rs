//! Crate-level guarantees that are not about any one stage.

use crate::{
    Error, Extractor, ExtractorBuilder, Kind, OwnedQuote, Quote, Rule, SingleQuotes, Span,
};

fn assert_send_sync_unwind<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    assert_send_sync_unwind::<Extractor>();
    assert_send_sync_unwind::<ExtractorBuilder>();
    assert_send_sync_unwind::<Quote<'static>>();
    assert_send_sync_unwind::<OwnedQuote>();
    assert_send_sync_unwind::<Kind>();
    assert_send_sync_unwind::<Rule>();
    assert_send_sync_unwind::<Span>();
    assert_send_sync_unwind::<SingleQuotes>();
    assert_send_sync_unwind::<Error>();
}

// Stage by stage: each table is `(name, input, expected)`, run by one loop,
// so a stage's behaviour reads as a list.

use std::sync::LazyLock;

use crate::extractor::Options;
use crate::layout::{self, BlockKind};
use crate::lexicon::Lexicon;
use crate::sentences::Sentences;
use crate::speakers::{MentionKind, mention_after, mention_before, next_capital};
use crate::words::{Word, WordCache, words};
use crate::{cues, marks, reported, sentences};

static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(None, &[]).expect("the built-in lexicon builds"));

/// A deterministic stream of pseudo-random indices below `n` (xorshift),
/// for the randomised tests here and in the modules.
pub(crate) fn random_indices() -> impl FnMut(usize) -> usize {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}

/// Every char boundary of `text`, its end included.
pub(crate) fn char_boundaries(text: &str) -> Vec<usize> {
    (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect()
}

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

#[test]
fn sentences_end_at_terminal_punctuation_but_not_after_abbreviations() {
    let table: &[(&str, &str, &[&str])] = &[
        (
            "two sentences",
            "It rained. The port closed.",
            &["It rained.", "The port closed."],
        ),
        (
            "title before a name",
            "Mr. Ruiz spoke. He left.",
            &["Mr. Ruiz spoke.", "He left."],
        ),
        (
            "month before a day",
            "On Feb. 12 it rained.",
            &["On Feb. 12 it rained."],
        ),
        (
            "country abbreviation",
            "The U.S. team won.",
            &["The U.S. team won."],
        ),
        (
            "initials",
            "J. K. Rowling wrote it. Then she rested.",
            &["J. K. Rowling wrote it.", "Then she rested."],
        ),
        (
            "ellipsis before a capital",
            "Nothing against them... Opponents must see.",
            &["Nothing against them...", "Opponents must see."],
        ),
        (
            "a quote closing with its comma stays",
            "\"We won,\" she said. Then she left.",
            &["\"We won,\" she said.", "Then she left."],
        ),
        (
            "a question inside a quote",
            "\"Why?\" he asked. Nobody knew.",
            &["\"Why?\" he asked.", "Nobody knew."],
        ),
        (
            "a lower-case word after a period",
            "It cost 3.5 million. it was late.",
            &["It cost 3.5 million. it was late."],
        ),
        (
            "spaces after a period",
            "It ended.      Then it began.",
            &["It ended.", "Then it began."],
        ),
        (
            "a list's items without final punctuation",
            "- Homes are flooded, the council says\n• Roads are shut\n– Ferries wait",
            &[
                "Homes are flooded, the council says",
                "Roads are shut",
                "Ferries wait",
            ],
        ),
        (
            "a dash inside a line",
            "Roads - not rails - are shut\nby the storm",
            &["Roads - not rails - are shut\nby the storm"],
        ),
    ];
    for (name, text, expected) in table {
        let got: Vec<&str> = sentences::sentences(text, whole(text), &LEXICON)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(&got, expected, "{name}");
    }
}

#[test]
fn quotation_marks_pair_and_apostrophes_do_not() {
    let table: &[(&str, &str, &[&str])] = &[
        (
            "straight marks",
            "He said \"we will win\" today.",
            &["we will win"],
        ),
        (
            "curly marks",
            "He said “we will win” today.",
            &["we will win"],
        ),
        (
            "guillemets",
            "Il a dit « nous gagnerons » hier.",
            &[" nous gagnerons "],
        ),
        (
            "low-high marks",
            "Er sagte „wir gewinnen“ heute.",
            &["wir gewinnen"],
        ),
        (
            "the `` '' convention",
            "He said ``we will win'' today.",
            &["we will win"],
        ),
        (
            "a nested quote belongs to its outer quote",
            "\"He told me 'no' twice,\" she said.",
            &["He told me 'no' twice,"],
        ),
        (
            "apostrophes are not marks",
            "The ministers' plan isn't new, shouldn‘t it be? It’s the ’90s.",
            &[],
        ),
        (
            "an unbalanced mark is dropped at the paragraph end",
            "He said \"we will\nThe end \"of it\" came.",
            &["of it"],
        ),
        (
            "a multi-paragraph quote is one",
            "\"First part.\n\"Second part,\" she said.",
            &["First part.", "Second part,"],
        ),
        (
            "markup attributes are not quotes",
            "<a href=\"x\">link</a> \"yes\" he said",
            &["yes"],
        ),
    ];
    for (name, text, expected) in table {
        let layout = layout::layout(text, &LEXICON);
        let got: Vec<Vec<&str>> =
            marks::quotations(text, &layout.blocks, &LEXICON, &Options::DEFAULT)
                .iter()
                .map(|q| q.pieces.iter().map(|p| &text[p.start..p.end]).collect())
                .collect();
        let flat: Vec<&str> = got.concat();
        assert_eq!(&flat, expected, "{name}");
    }
}

#[test]
fn layout_tells_title_headings_body_and_furniture() {
    let table: &[(&str, &str, &[BlockKind])] = &[
        (
            "title then body",
            "Talks Resume in May\n\nThe minister spoke on Monday.",
            &[BlockKind::Title, BlockKind::Body],
        ),
        (
            "a section heading",
            "Talks Resume\n\nThe minister spoke.\n\nWhat Comes Next\n\nThe unions will vote.",
            &[
                BlockKind::Title,
                BlockKind::Body,
                BlockKind::Heading,
                BlockKind::Body,
            ],
        ),
        (
            "a credit line and a dated caption",
            "Talks Resume\n© Agency / Ana Park\nThe port at dawn. File photo - Site, 10.08.2024\nThe minister spoke.",
            &[
                BlockKind::Title,
                BlockKind::Furniture,
                BlockKind::Furniture,
                BlockKind::Body,
            ],
        ),
        (
            "a teaser glued to a caption",
            "Talks Resume\n\nThe minister spoke.\nA crane. File photo - Site, 10.08.2024\nRiver Levels Fall Again\n\nThe unions will vote.",
            &[
                BlockKind::Title,
                BlockKind::Body,
                BlockKind::Furniture,
                BlockKind::Furniture,
                BlockKind::Body,
            ],
        ),
        (
            "a paragraph wrapped at a fixed width is one block; an indented line opens the next",
            "Talks Resume\n\n    The council voted on Tuesday to close the Eastfield library branch,\nleaving the town with one library, in the centre, for forty thousand\npeople and the villages around it, its leader Mark Odell announced.\n    Residents said they would fight the closure in the courts if needed.",
            &[BlockKind::Title, BlockKind::Body, BlockKind::Body],
        ),
        (
            "site controls and a line in another script",
            "Talks Resume\n\nThe minister spoke.\nlog in or register\nЗаголовок материала",
            &[
                BlockKind::Title,
                BlockKind::Body,
                BlockKind::Furniture,
                BlockKind::Furniture,
            ],
        ),
    ];
    for (name, text, expected) in table {
        let got: Vec<BlockKind> = layout::layout(text, &LEXICON)
            .blocks
            .iter()
            .map(|b| b.kind)
            .collect();
        assert_eq!(&got, expected, "{name}");
    }
}

#[test]
fn cues_are_whole_speech_words_found_in_one_pass() {
    let table: &[(&str, &str, &[&str])] = &[
        (
            "verbs and a source phrase",
            "Ruiz said it. According to him, she added more.",
            &["said", "According to", "added"],
        ),
        (
            "inside longer words they are not cues",
            "The saidx unsaid sayings.",
            &[],
        ),
        (
            "a match inside a word hides no cue after it",
            "He was told to go; it was reported by Ruiz.",
            &["told", "reported"],
        ),
        ("any case", "RUIZ SAID IT.", &["SAID"]),
        (
            "a \"that\" between cues hides none",
            "Ruiz said that that claim, that told of a deal, was false.",
            &["said", "claim", "told"],
        ),
    ];
    for (name, text, expected) in table {
        let got: Vec<&str> = cues::scan(text, &LEXICON)
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(&got, expected, "{name}");
    }
}

#[test]
fn cue_phrases_are_matched_longest_first_with_only_spaces_between() {
    let table: &[(&str, &str, usize)] = &[
        ("the longest phrase", "in a statement to reporters", 4),
        (
            "a shorter one where the longer goes no further",
            "in a statement on Monday",
            3,
        ),
        ("another second word", "in an interview with him", 4),
        ("any case", "In A Statement", 3),
        ("a mark between words", "in a, statement", 0),
        ("a phrase cut short", "in a", 0),
        ("a word that is a phrase", "reporters said", 1),
        (
            "a first word with no phrase after it",
            "in the statement",
            0,
        ),
        ("no phrase", "said it", 0),
    ];
    for (name, text, expected) in table {
        let w: Vec<Word> = words(text, whole(text)).collect();
        assert_eq!(
            cues::verb_object_len(text, &w, 0, &LEXICON),
            *expected,
            "{name}"
        );
    }
}

#[test]
fn cues_are_scanned_in_a_window_by_where_they_start() {
    let text = "Ruiz said it. According to him, she added more.";
    let at = |s: &str| text.find(s).unwrap();
    let table: &[(&str, Span, &[&str])] = &[
        (
            "the whole text",
            Span::new(0, text.len()),
            &["said", "According to", "added"],
        ),
        (
            "a cue that starts inside runs past the window's end",
            Span::new(at("it."), at("According") + 1),
            &["According to"],
        ),
        (
            "a cue that starts before the window is not its",
            Span::new(at("aid"), at("him")),
            &["According to"],
        ),
        ("an empty window", Span::new(at("she"), at("she")), &[]),
    ];
    for (name, window, expected) in table {
        let got: Vec<&str> = cues::scan_in(text, &LEXICON, *window)
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(&got, expected, "{name}");
    }
}

/// The mention before the verb `verb` in `text`, as (words, person name).
fn mention_before_verb<'t>(text: &'t str, verb: &str) -> Option<(&'t str, Option<&'t str>)> {
    let w: Vec<Word> = words(text, whole(text)).collect();
    let vi = w.iter().position(|x| x.text(text) == verb)?;
    let m = mention_before(text, &w, vi, &LEXICON)?;
    let name = match m.kind {
        MentionKind::Person { name, .. } | MentionKind::Org { name } => {
            Some(&text[name.start..name.end])
        }
        _ => None,
    };
    Some((&text[m.span.start..m.span.end], name))
}

#[test]
fn speakers_are_read_from_the_words_before_a_cue() {
    type Row = (
        &'static str,
        &'static str,
        Option<(&'static str, Option<&'static str>)>,
    );
    let table: &[Row] = &[
        (
            "a name with titles",
            "Russian Foreign Minister Sergey Lavrov said",
            Some((
                "Russian Foreign Minister Sergey Lavrov",
                Some("Sergey Lavrov"),
            )),
        ),
        ("a pronoun", "Later he said", Some(("he", None))),
        (
            "an adverb between",
            "Lavrov also said",
            Some(("Lavrov", Some("Lavrov"))),
        ),
        (
            "an apposition",
            "Hugh Hill, a doctor, said",
            Some(("Hugh Hill", Some("Hugh Hill"))),
        ),
        (
            "appositions in a row",
            "Cory Lamb, 22, of Dunmere, said",
            Some(("Cory Lamb", Some("Cory Lamb"))),
        ),
        (
            "a role noun",
            "The top Russian diplomat said",
            Some(("The top Russian diplomat", None)),
        ),
        (
            "an organisation",
            "the Defence Ministry said",
            Some(("the Defence Ministry", Some("Defence Ministry"))),
        ),
        (
            "a name after a preposition is no subject",
            "a report by Ruiz said",
            None,
        ),
        (
            "a role with its modifier phrase",
            "A lawyer for Dunmere Hospital said",
            Some(("A lawyer for Dunmere Hospital", None)),
        ),
    ];
    for (name, text, expected) in table {
        let verb = text.rsplit(' ').next().expect("a last word");
        assert_eq!(mention_before_verb(text, verb), *expected, "{name}");
    }
}

#[test]
fn names_are_looked_for_at_every_byte_that_may_start_a_capital() {
    // Each byte value at each place of either word of a sixteen-byte
    // chunk, and of the tail after the last whole chunk.
    for len in [8, 11, 16, 27, 32] {
        for at in 0..len {
            for b in 0..=255u8 {
                let mut bytes = vec![b'x'; len];
                bytes[at] = b;
                let expected = (b.is_ascii_uppercase() || b >= 0xC0).then_some(at);
                assert_eq!(next_capital(&bytes), expected, "{b:#x} at {at} of {len}");
            }
        }
    }
}

#[test]
fn speakers_are_read_from_the_words_after_a_verb() {
    let table: &[(&str, &str, Option<&str>)] = &[
        ("a name", "said Ana Ruiz", Some("Ana Ruiz")),
        (
            "a role then a name",
            "said union spokeswoman Lina Voss",
            Some("union spokeswoman Lina Voss"),
        ),
        ("a role", "said the minister", Some("the minister")),
        ("a time word is no speaker", "said Tuesday", None),
    ];
    for (name, text, expected) in table {
        let w: Vec<Word> = words(text, whole(text)).collect();
        let got = mention_after(text, &w, 1, &LEXICON).map(|m| &text[m.span.start..m.span.end]);
        assert_eq!(got, *expected, "{name}");
    }
}

#[test]
fn lexicon_looks_words_up_in_the_case_each_list_keeps() {
    let lx = &*LEXICON;
    // (name, word, verb lemma, [function word, pronoun, title word])
    let table: &[(&str, &str, Option<&str>, [bool; 3])] = &[
        ("verb form", "said", Some("say"), [false, false, false]),
        (
            "capitalised verb",
            "Said",
            Some("say"),
            [false, false, false],
        ),
        ("capitals", "SAID", Some("say"), [false, false, false]),
        ("function word", "The", None, [true, false, false]),
        ("pronoun", "She", None, [true, true, false]),
        ("title as written", "Minister", None, [false, false, true]),
        (
            "title in lower case",
            "minister",
            None,
            [false, false, false],
        ),
        ("curly apostrophe", "don’t", None, [false, false, false]),
        ("unknown", "Ruiz", None, [false, false, false]),
        (
            "longer than a stack copy",
            &"x".repeat(40),
            None,
            [false, false, false],
        ),
    ];
    for &(name, word, lemma, [function, pronoun, title]) in table {
        assert_eq!(lx.verb_lemma(word), lemma, "{name}");
        assert_eq!(lx.is_function_word(word), function, "{name}");
        assert_eq!(lx.pronoun(word).is_some(), pronoun, "{name}");
        assert_eq!(lx.is_title_word(word), title, "{name}");
    }
    // Lower-casing beyond ASCII, and gender from a name as written or a
    // gendered word in any case.
    assert!(lx.class("COMMUNIQUÉ").is_document());
    assert_eq!(lx.gender("Sergey"), crate::lexicon::Gender::Male);
    assert_eq!(lx.gender("SERGEY"), crate::lexicon::Gender::Any);
    assert_eq!(lx.gender("MRS."), crate::lexicon::Gender::Female);
    assert!(lx.is_auxiliary("WASN'T") && lx.is_auxiliary("didn’t"));
}

#[test]
fn simple_words_are_the_unicode_words_of_news_text() {
    use unicode_segmentation::UnicodeSegmentation;
    // Every string of up to five characters over the classes word
    // segmentation tells apart in news text, and of up to four over more.
    let cases: [(&[char], u32); 2] = [
        (
            &['a', 'B', '1', '_', '.', ':', '\'', ',', ';', ' ', '’', '“'],
            5,
        ),
        (
            &[
                'a', '1', '_', '.', ':', '\'', ',', '-', '"', '\t', '@', '(', '‘', '”', '—', '–',
                '…', '\u{a0}', '«', '»', '©', '®', '™', '•', '£', '€', '°',
            ],
            4,
        ),
    ];
    for (alphabet, longest) in cases {
        every_string(alphabet, longest, |text| {
            let ours: Vec<&str> = layout::simple_words(text).collect();
            let theirs: Vec<&str> = text.unicode_words().collect();
            assert_eq!(ours, theirs, "{text:?}");
        });
    }
}

/// Calls `check` with every string of up to `longest` characters drawn
/// from `alphabet`: exhaustive tests of the hand-written fast paths.
pub(crate) fn every_string(alphabet: &[char], longest: u32, mut check: impl FnMut(&str)) {
    let mut text = String::new();
    for len in 0..=longest {
        for n in 0..alphabet.len().pow(len) {
            text.clear();
            let mut k = n;
            for _ in 0..len {
                text.push(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            check(&text);
        }
    }
}

#[test]
fn eight_bytes_are_lower_cased_as_ascii_lower_cases_each() {
    for b in 0..=255u8 {
        for neighbour in [0u8, b'A', b'z', 0x7f, 0x80, 0xff] {
            let mut bytes = [neighbour; 8];
            bytes[usize::from(b) % 8] = b;
            let lower = crate::lexicon::ascii_lower(u64::from_le_bytes(bytes)).to_le_bytes();
            assert_eq!(lower, bytes.map(|x| x.to_ascii_lowercase()), "{bytes:?}");
        }
    }
}

#[test]
fn three_words_are_told_as_split_whitespace_tells_them() {
    let alphabet = ['a', ' ', '\u{b}', '\u{a0}', '\u{2003}', 'é', '\u{1c}'];
    every_string(&alphabet, 6, |text| {
        // Every span, by start: the ends of one start both grow and shrink,
        // as the contents of nested and following pairs do.
        let mut words = marks::WordCounter::new(text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &start in &bounds {
            for &end in bounds.iter().rev().chain(&bounds) {
                let expected = text
                    .get(start..end)
                    .is_some_and(|s| s.split_whitespace().nth(2).is_some());
                let got = words.has_three_words(Span::new(start, end));
                assert_eq!(got, expected, "{text:?}[{start}..{end}]");
            }
        }
    });
}

#[test]
fn closed_class_words_keep_the_case_their_list_is_matched_in() {
    let lx = &*LEXICON;
    // (name, word, the closed classes it is in)
    let table: &[(&str, &str, &[&str])] = &[
        (
            "definite",
            "The",
            &["determiner", "definite", "noun maker", "object opener"],
        ),
        (
            "indefinite",
            "several",
            &["determiner", "quantifier", "group subject"],
        ),
        ("preposition", "AGAINST", &["preposition"]),
        (
            "modifier",
            "for",
            &[
                "preposition",
                "modifier",
                "noun link",
                "gerund only",
                "adjunct head",
            ],
        ),
        (
            "modifier capitalised",
            "For",
            &["preposition", "gerund only", "adjunct head"],
        ),
        ("particle", "von", &["particle"]),
        ("particle capitalised", "Von", &[]),
        ("time noun", "Day", &["time noun"]),
        ("time noun in capitals", "DAY", &[]),
        ("time noun in lower case", "day", &[]),
        ("weekday", "Monday", &[]),
        (
            "lead-in",
            "But",
            &[
                "lead-in",
                "clause lead-in",
                "sentence connective",
                "subject bound",
            ],
        ),
        (
            "noun link",
            "and",
            &[
                "lead-in",
                "noun link",
                "clause opener",
                "clause lead-in",
                "clause continuer",
                "source conjunction",
                "subject bound",
            ],
        ),
        (
            "noun link capitalised",
            "And",
            &[
                "lead-in",
                "clause lead-in",
                "sentence connective",
                "subject bound",
            ],
        ),
        (
            "clause opener",
            "because",
            &[
                "clause opener",
                "adjunct head",
                "that adjunct",
                "topic end",
                "clause continuer",
                "source conjunction",
                "subject bound",
            ],
        ),
        ("relative", "Who", &[]),
        ("adjective before a noun", "Strong", &["noun maker"]),
        (
            "quantifier",
            "MANY",
            &["determiner", "quantifier", "group subject"],
        ),
        ("focus word", "even", &["clause lead-in"]),
        (
            "participle as a preposition",
            "Following",
            &["adjunct head"],
        ),
        (
            "participle as a preposition in lower case",
            "following",
            &["adjunct head", "topic end"],
        ),
        ("reflexive", "Himself", &["object opener"]),
        ("adjunct after that", "unless", &["that adjunct"]),
        ("adjunct after that capitalised", "Unless", &[]),
        ("question word", "whether", &["question word"]),
        ("question word capitalised", "Whether", &[]),
        ("as phrase", "SOON", &["as phrase"]),
        ("group subject", "Others", &["group subject"]),
        ("time lead", "earlier", &["time lead"]),
        ("time lead capitalised", "Earlier", &[]),
        ("time determiner", "past", &["time determiner"]),
        ("connective in capitals", "YET", &["clause lead-in"]),
        ("question lead", "Once", &["question lead"]),
        ("amount word", "little", &["amount word"]),
        ("amount word capitalised", "Little", &[]),
    ];
    for &(name, word, expected) in table {
        let c = lx.class(word);
        let classes = [
            ("determiner", c.is_determiner()),
            ("definite", c.is_definite()),
            ("preposition", c.is_preposition()),
            ("modifier", c.is_modifier_preposition(word)),
            ("particle", c.is_name_particle(word)),
            ("time noun", c.is_common_time_noun(word)),
            ("lead-in", c.is_lead_in()),
            ("noun link", c.is_noun_link(word)),
            ("clause opener", c.is_clause_opener(word)),
            ("gerund only", c.is_gerund_only()),
            ("quantifier", c.is_quantifier()),
            ("noun maker", c.is_noun_maker()),
            ("clause lead-in", c.is_clause_lead_in()),
            ("adjunct head", c.is_adjunct_head()),
            ("object opener", c.is_object_opener()),
            ("that adjunct", c.is_that_adjunct(word)),
            ("topic end", c.is_topic_end(word)),
            ("question word", c.is_question_word(word)),
            ("as phrase", c.is_as_phrase()),
            ("group subject", c.is_group_subject()),
            ("time lead", c.is_time_lead(word)),
            ("time determiner", c.is_time_determiner(word)),
            ("clause continuer", c.is_clause_continuer(word)),
            ("source conjunction", c.is_source_conjunction(word)),
            ("sentence connective", c.is_sentence_connective(word)),
            ("question lead", c.is_question_lead()),
            ("subject bound", c.is_subject_bound()),
            ("amount word", c.is_amount_word(word)),
        ];
        let got: Vec<&str> = classes
            .iter()
            .filter(|(_, is)| *is)
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn the_cue_scan_finds_what_the_crates_own_search_finds() {
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, dfa::DFA};
    // Patterns that overlap, nest and run across a space.
    let patterns = ["sa", "said", "aid", "a i", "i", "d s"];
    let dfa = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .build(patterns)
        .unwrap();
    let reference = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .unwrap();
    every_string(&['s', 'a', 'i', 'd', ' ', 'A'], 7, |text| {
        let expected: Vec<(usize, usize)> = reference
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        let mut got = Vec::new();
        let mut from = 0;
        while let Some(m) = cues::leftmost_longest(&dfa, text.as_bytes(), from, text.len()) {
            // Asked to stop anywhere, the walk finds the same match, or
            // none when that one starts at the stop or after it.
            for stop in from..=text.len() {
                let early = cues::leftmost_longest(&dfa, text.as_bytes(), from, stop);
                assert!(
                    early == Some(m) || early.is_none() && m.0 >= stop,
                    "{text:?} {stop}"
                );
            }
            got.push(m);
            from = m.1;
        }
        assert_eq!(got, expected, "{text:?}");
    });
}

#[test]
fn dashes_are_found_as_a_search_for_each_finds_them() {
    every_string(&['a', ' ', '-', '—', '–'], 7, |text| {
        let mut from = 0;
        while from <= text.len() {
            let expected = ["—", "–", " -- ", " - "]
                .iter()
                .filter_map(|d| text[from..].find(d).map(|k| (from + k, d.len())))
                .min();
            assert_eq!(
                reported::first_dash(text, from),
                expected,
                "{text:?} {from}"
            );
            from += text[from..].chars().next().map_or(1, char::len_utf8);
        }
    });
}

#[test]
fn quoting_marks_are_found_by_their_bytes_as_by_characters() {
    let alphabet = ['a', ' ', '"', '“', '”', '‘', '’', '—', '…', '\u{2003}'];
    every_string(&alphabet, 4, |text| {
        assert_eq!(
            marks::holds_quoting_mark(text),
            text.contains(marks::QUOTING_MARKS),
            "{text:?}"
        );
    });
}

#[test]
fn quotation_ends_are_told_as_the_trimmed_text_tells_them() {
    // The definition, with no fast path for an ASCII character.
    let plain = |text: &str, pos: usize| {
        let head = text[..pos].trim_end();
        let inner = head.trim_end_matches(['"', '”', '’', '\'']);
        inner.len() < head.len()
            && (inner.ends_with(',')
                || inner.ends_with(['?', '!']) && text[pos..].starts_with(char::is_lowercase))
    };
    let alphabet = [
        'a', 'B', ' ', '\x0B', '\u{a0}', ',', '?', '"', '”', '’', '\'',
    ];
    every_string(&alphabet, 5, |text| {
        for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                reported::ends_quotation(text, pos),
                plain(text, pos),
                "{text:?} {pos}"
            );
        }
    });
}

#[test]
fn the_word_before_a_cue_is_read_back_by_bytes_as_by_characters() {
    // The definition, by characters only.
    let plain = |text: &str, pos: usize| {
        let head = &text[..pos];
        let trimmed = head.trim_end_matches(' ');
        if trimmed.len() == head.len() {
            return None;
        }
        let start = trimmed
            .char_indices()
            .rev()
            .take(reported::MAX_WORD_BEFORE)
            .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
            .last()
            .map(|(i, _)| i)?;
        Some(Span::new(start, trimmed.len()))
    };
    let check = |text: &str| {
        for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                reported::word_before(text, pos),
                plain(text, pos),
                "{text:?} {pos}"
            );
        }
    };
    every_string(&['a', '7', ' ', '\'', '’', '-', 'é', '.'], 6, check);
    // Words longer than the most read back.
    for n in reported::MAX_WORD_BEFORE - 2..reported::MAX_WORD_BEFORE + 2 {
        for tail in ["", "é", "’s"] {
            check(&format!("x {}{tail} said", "a".repeat(n)));
            check(&format!("x {tail}{} said", "a".repeat(n)));
        }
    }
}

#[test]
fn the_word_cache_reads_every_window_as_the_iterator_does() {
    // Parentheticals, joiners, non-ASCII letters and punctuation, in
    // random texts read through random windows in random order.
    let alphabet = [
        "a",
        "b",
        "Zz",
        " ",
        " ",
        "  ",
        "(",
        ")",
        ".",
        "-",
        "'",
        "’",
        "é",
        "—",
        "\n",
        "1",
        "said",
        "(D-Calif.)",
    ];
    let mut next = random_indices();
    for _ in 0..3000 {
        let text: String = (0..next(120))
            .map(|_| alphabet[next(alphabet.len())])
            .collect();
        let bounds = char_boundaries(&text);
        let mut cache = WordCache::new(&text);
        for _ in 0..12 {
            let (x, y) = (bounds[next(bounds.len())], bounds[next(bounds.len())]);
            let window = Span::new(x.min(y), x.max(y));
            let limit = [usize::MAX, 3][next(2)];
            let expected: Vec<Word> = words(&text, window).take(limit).collect();
            let mut got = vec![Word {
                span: Span::new(0, 0),
            }];
            cache.read(window, limit, &mut got);
            assert_eq!(&got[1..], &expected[..], "{text:?} {window:?}");
        }
    }
}

/// The texts the window test reads: the sample article, and the PolNeAR
/// dev texts when `../shared/corpus/polnear/` is beside the repository.
pub(crate) fn sample_and_polnear() -> Vec<String> {
    let mut texts = vec![include_str!("../tests/fixtures/sputnik_lavrov.txt").to_owned()];
    let dev =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/dev.jsonl");
    match std::fs::read_to_string(&dev) {
        Ok(jsonl) => texts.extend(jsonl.lines().filter_map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            Some(v.get("text")?.as_str()?.to_owned())
        })),
        Err(_) => eprintln!("{} not found: the sample article only", dev.display()),
    }
    texts
}

#[test]
fn text_read_in_small_windows_gives_what_it_gives_read_in_large_ones() {
    // The layout reads lines and the marks stage looks for marks a window
    // of text at a time, to keep it in cache; where the windows fall must
    // change nothing, down to one byte a window.
    for text in sample_and_polnear() {
        let whole = layout::layout(&text, &LEXICON);
        let quotations = marks::quotations(&text, &whole.blocks, &LEXICON, &Options::DEFAULT);
        for window in [1, 7, 300, 2048] {
            // The marks of each window's blocks are paired as soon as the
            // layout settles their kinds, as the pipeline pairs them.
            let mut pairing = marks::Pairing::new(&text, &LEXICON, &Options::DEFAULT, window);
            let pair = &mut |b: layout::Blocks<'_>, _| {
                pairing.pair(b);
                0
            };
            let small = layout::layout_in(&text, &LEXICON, window, pair);
            assert_eq!(small.blocks, whole.blocks, "window {window}");
            assert_eq!(pairing.finish(&small.blocks), quotations, "window {window}");
            let small =
                marks::quotations_in(&text, &whole.blocks, &LEXICON, &Options::DEFAULT, window);
            assert_eq!(small, quotations, "window {window}");
        }
    }
}

/// The articles of the case files, `tests/cases/*.toml`.
fn case_articles() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the case files")
        .map(|f| f.expect("a case file").path())
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable case file");
        let cases: toml::Table = toml::from_str(&text).expect("a case file in TOML");
        let cases = cases.get("case").and_then(toml::Value::as_array);
        for case in cases.into_iter().flatten() {
            if let Some(article) = case.get("article").and_then(toml::Value::as_str) {
                articles.push(article.to_owned());
            }
        }
    }
    articles
}

#[test]
fn articles_read_in_small_windows_give_the_quotes_they_give_read_whole() {
    // The pipeline reads a long text a window of paragraphs at a time, and
    // the whole article's style of marks before its end: where the windows
    // fall must change nothing, down to a window a paragraph, in articles
    // and in texts of many articles of different styles one after another.
    let cases = case_articles();
    let polnear = sample_and_polnear();
    let mut texts: Vec<(String, &[usize])> = Vec::new();
    texts.extend(cases.iter().map(|a| (a.clone(), &[1, 200][..])));
    texts.push((cases.join("\n\n"), &[1, 200, 3000]));
    texts.extend(polnear.iter().map(|a| (a.clone(), &[1, 700][..])));
    texts.push((polnear.join("\n\n"), &[300, 5000]));
    for indirect in [false, true] {
        let extractor = ExtractorBuilder::default()
            .indirect_quotes(indirect)
            .build()
            .expect("an extractor");
        for (text, windows) in &texts {
            let whole = extractor.extract_in_windows(text, text.len() + 1);
            assert_eq!(extractor.extract(text), whole, "indirect {indirect}");
            for &window in *windows {
                let small = extractor.extract_in_windows(text, window);
                // The first difference, not two long lists.
                let first = small.iter().zip(&whole).position(|(s, w)| s != w);
                assert_eq!(
                    (first, small.len()),
                    (None, whole.len()),
                    "window {window}, indirect {indirect}: {:?}",
                    first.map(|i| (&small[i], &whole[i])),
                );
            }
        }
    }
}

#[test]
fn a_lone_first_name_is_not_taken_from_a_full_name_stories_back() {
    // Stories one after another: a first name alone is the person of its
    // own story, not someone who had it as a first name many stories
    // before, however few names the stories between hold.
    let mut text =
        String::from("Hospital Delayed\n\n\"The ward will open in May,\" Grace Ouma said.\n\n");
    for i in 0..400 {
        text.push_str(&format!(
            "Paragraph {i} of the weather report: rain over the hills.\n\n"
        ));
    }
    text.push_str(
        "Choir Wins Again\n\nThe choir's director, Helen Grace Pardoe, collected the trophy.\n\
         \"We practised every night for a month,\" Grace said.\n",
    );
    let quotes = Extractor::default().extract(&text);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Grace Ouma"), Some("Grace")]);
}

#[test]
fn a_pronoun_is_not_taken_from_a_name_stories_back() {
    // A pronoun stands for someone of its own story: a name far before it,
    // with no other between, is of another, however few names lie between.
    let mut text = String::from("Mill News\n\nJo Varga keeps the mill by the weir.\n\n");
    for i in 0..400 {
        text.push_str(&format!(
            "Paragraph {i} of the tide tables: low water after noon.\n\n"
        ));
    }
    text.push_str("\"The water is rising,\" she said.\n");
    let quotes = Extractor::default().extract(&text);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [None]);
}

#[test]
fn blocks_settled_window_by_window_are_classified_and_paired_as_whole() {
    // The title waits for the blocks after it, a heading for the block
    // after it, a question heading for another, a quotation over paragraphs for the next paragraph: texts
    // of titles, headings, furniture and quotations in any order, read a
    // few bytes at a time, give what they give read whole.
    let lines = [
        "Talks Resume in May",
        "What Comes Next",
        "What happens next?",
        "Who pays more?",
        "© Agency / Ana Park",
        "The port at dawn. File photo - Site, 10.08.2024",
        "log in or register",
        "The minister spoke on Monday.",
        "\"We will see,\" Ana Ruiz said.",
        "\"It runs on",
        "\"and ends here,\" he said.",
        "'A single,' she said, 'and more.'",
        "RUIZ: We will see. MAAS: Not today.",
        "MAAS: \"Not today,\" I said.",
        "",
    ];
    let mut pick = random_indices();
    for _ in 0..300 {
        let n = 1 + pick(16);
        let text: Vec<&str> = (0..n).map(|_| lines[pick(lines.len())]).collect();
        let text = text.join("\n");
        let whole = layout::layout(&text, &LEXICON);
        let quotations = marks::quotations(&text, &whole.blocks, &LEXICON, &Options::DEFAULT);
        for window in [1, 5, 40] {
            let mut pairing = marks::Pairing::new(&text, &LEXICON, &Options::DEFAULT, window);
            let pair = &mut |b: layout::Blocks<'_>, _| {
                pairing.pair(b);
                0
            };
            let small = layout::layout_in(&text, &LEXICON, window, pair);
            assert_eq!(small.blocks, whole.blocks, "{text:?} window {window}");
            let got = pairing.finish(&small.blocks);
            assert_eq!(got, quotations, "{text:?} window {window}");
        }
    }
}

#[test]
fn sentences_are_found_from_the_last_one_as_a_search_of_all_finds_them() {
    // `sentence_at` goes on from the sentence it last found; asked in any
    // order, in one block or across several, it answers as a search of the
    // block's whole list does. The store is tried as for this text and as
    // for one too long for its narrow indices.
    let text = "One. Two two. Three? Four!\n\nFive. Six six.\n\n".repeat(40);
    let layout = layout::layout(&text, &LEXICON);
    for len in [text.len(), usize::MAX] {
        let sentences = Sentences::new(layout.blocks.len(), len);
        let cx = crate::rules::Context {
            text: &text,
            lexicon: &LEXICON,
            blocks: &layout.blocks,
            sentences: &sentences,
            quotations: &[],
            sentence_cursor: Default::default(),
        };
        let mut next = random_indices();
        for step in 0..5000 {
            let block = [0, next(layout.blocks.len())][usize::from(step % 3 == 0)];
            let span = layout.blocks[block].span;
            let pos = span.start + next(span.end - span.start + 2);
            let sents = sentences::sentences(&text, span, &LEXICON);
            assert_eq!(
                cx.sentences(block, <[Span]>::to_vec),
                sents,
                "block {block}"
            );
            let expected = sents
                .get(sents.partition_point(|s| s.end <= pos))
                .copied()
                .unwrap_or(span);
            assert_eq!(
                cx.sentence_at(block, pos),
                expected,
                "block {block} at {pos}"
            );
        }
    }
}

/// A cursor walked to each look-up, forwards or back, lands where a
/// binary search over the whole list does.
#[test]
fn a_walked_cursor_lands_where_partition_point_does() {
    let mut pick = random_indices();
    let mut items: Vec<usize> = (0..200).map(|_| pick(1000)).collect();
    items.sort_unstable();
    let mut at = 0;
    for _ in 0..2000 {
        let pos = pick(1100);
        let expected = items.partition_point(|&x| x <= pos);
        assert_eq!(
            crate::span::walk_to(&items, &mut at, |&x| x <= pos),
            expected
        );
        assert_eq!(at, expected);
    }
}

#[test]
fn words_between_a_report_and_quoted_words_go_on_with_its_clause_or_not() {
    // (name, words between, whether they go on with the reported clause)
    let table = [
        ("a list item", ", fix the port's ", true),
        (
            "an apposition and a preposition",
            ", in its latest letter, of ",
            true,
        ),
        (
            "a relative and its subordinate",
            ", who left in May, because it was ",
            true,
        ),
        (
            "another speech verb",
            ", which the auditor said was ",
            false,
        ),
        ("a participle after a comma", ", addressing them as ", false),
        (
            "a participle after a dash",
            " — setting a level so they do ",
            false,
        ),
        ("a second predicate", " and ranked the terminal ", false),
        (
            "a new subject pronoun",
            " if they are ill, it's forbidden for ",
            false,
        ),
        (
            "a name before a past verb",
            " at the hearing, Ostrova fired back, ",
            false,
        ),
    ];
    for (name, between, expected) in table {
        let text = format!("x{between}\"y\"");
        let span = Span::new(1, 1 + between.len());
        assert_eq!(
            reported::same_clause(&text, span, &LEXICON),
            expected,
            "{name}"
        );
    }
}

#[test]
fn the_words_after_quoted_words_run_on_to_where_the_clause_ends() {
    // (name, text after the closing mark, how many bytes of it are taken)
    let table = [
        ("to a full stop", " tram depots and new cranes.", 27),
        ("to a comma", " over the contracts, the paper said.", 19),
        ("not before a capital", " The board met.", 0),
        ("not past a speech verb", " as the auditor said.", 0),
        ("not past a dash", " for now - and later.", 0),
        (
            "not when nothing ends it nearby",
            &format!(" {}", "word ".repeat(40)),
            0,
        ),
    ];
    for (name, after, expected) in table {
        let text = format!("\"x\"{after}");
        let end = reported::clause_tail(&text, Span::new(3, text.len()), &LEXICON);
        assert_eq!(end - 3, expected, "{name}");
    }
}

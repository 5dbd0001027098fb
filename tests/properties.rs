//! Invariants that hold for every input, checked on random strings and on
//! random news-like articles built from fragments.
//!
//! The crate promises (see "Untrusted input" in the crate docs) that any
//! `&str` is an article: extraction never panics, every span lies on
//! character boundaries of the input, and the output is a function of the
//! input alone. The checks below state those promises one by one.
//!
//! Case counts keep a debug `cargo test` under a minute on two cores; set
//! `WHOSAID_PROPTEST_CASES` (say, 10000) for a longer run.

use proptest::prelude::*;
use proptest::test_runner::Config;
use whosaid::{Extractor, Quote, SingleQuotes, Span};

/// The shortest line, in characters, a paragraph wrapped at a fixed width
/// is taken to have (a mail's or a wire feed's 72 or 80 columns leave
/// longer lines than this).
const SHORTEST_WRAPPED_LINE: usize = 40;

fn config(default_cases: u32) -> Config {
    let cases = std::env::var("WHOSAID_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default_cases);
    Config {
        cases,
        // A failing article shrinks fragment by fragment; keep that short.
        max_shrink_iters: 2_000,
        ..Config::default()
    }
}

/// Pieces news text is made of, with the marks and characters that trip
/// up quotation finders: every kind of quotation mark, apostrophes used as
/// marks and marks used as apostrophes, speech cues, names and pronouns,
/// line ends of every kind, invisible and direction-changing characters,
/// combining accents and emoji.
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    // Quotation marks, and apostrophes that look like them.
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "``", "''",
    "It's", "players'", "shouldn‘t", "rock ’n’ roll", "’90s",
    // Cues and the punctuation around them.
    " said", " said.", " said:", " told reporters", " according to", " added,",
    " says", "said", ", ", ". ", ": ", "; ", " ", "  ",
    // Speakers: names, titles, roles, pronouns, abbreviations.
    "Ana Ruiz", "the minister", "he", "she", "They", "Foreign Minister Ana Ruiz",
    "Dr. Lee", "Lavrov", "A.", "U.S.", "NATO",
    // Words to quote.
    "We will win", "the door is open", "This is not over", "no comment",
    // Line ends, invisible and direction marks, combining marks, emoji.
    "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u{a0}", "\u{200f}", "\u{202e}",
    "\u{200b}", "\u{feff}", "e\u{301}", "\u{301}", "😀", "👩‍👩‍👧", "🇺🇦",
    // Brackets, dashes, ellipses, layout and junk.
    "(", ")", "[", "]", " – ", " — ", " -", "-", "…", "...", "?", "!", ",",
    "Talks Resume\n\n", "Photo: Reuters\n", "\t", "\0", "\u{7}",
];

/// Opening and closing marks as news text pairs them, the odd pairs
/// (`“…“`, `”…”`) too.
const MARK_PAIRS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("„", "“"),
    ("‚", "‘"),
    ("‹", "›"),
    ("``", "''"),
    ("“", "“"),
    ("”", "”"),
];

/// A news-like article: a sequence of fragments, so marks, cues and names
/// meet far more often than in random text.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|v| v.concat())
}

/// Well-formed sentences with a quotation and its attribution, glued with
/// random fragments in between: the engine's main paths, made unlucky.
fn quoted_article() -> impl Strategy<Value = String> {
    let sentence = (
        prop::sample::select(MARK_PAIRS),
        prop::sample::select(&["We will win", "The door is open", "Not today"][..]),
        prop::sample::select(
            &[
                ",{q} Ana Ruiz said.",
                ",{q} said the minister.",
                ".{q} -Commissioner Dana Holt",
                "{q}, according to Lavrov.",
                ".{q}",
                ",{q} he told reporters.",
            ][..],
        ),
        prop::sample::select(FRAGMENTS),
    )
        .prop_map(|((open, close), words, tail, glue)| {
            format!("{open}{words}{}{glue}", tail.replace("{q}", close))
        });
    prop::collection::vec(sentence, 0..12).prop_map(|v| v.join("\n"))
}

/// A reported sentence holding two quoted fragments in marks of any two
/// families, each with words after it that go on with its clause, after a
/// quotation in the first fragment's marks (which sets a single-quote
/// style). The report runs on through the fragments, or (after a clause
/// of its own) the fragments are records of their own, the words after
/// each run on to the next: either way they must stop short of the next
/// quotation, a record of its own.
fn reported_article() -> impl Strategy<Value = String> {
    let marks = || prop::sample::select(MARK_PAIRS);
    let lead = prop::sample::select(
        &[
            "Ruiz said there was",
            "Ruiz also said it was too soon to tell whether the cable had failed, and there was",
        ][..],
    );
    (marks(), marks(), lead, prop::sample::select(FRAGMENTS)).prop_map(
        |((o1, c1), (o2, c2), lead, glue)| {
            format!(
                "Cable Inquiry\n\n{o1}We are checking every weld,{c1} Ana Ruiz said.\n\n\
                 {lead} {o1}no wear{c1} on the drum and {o2}no danger{c2} to the public{glue}\n"
            )
        },
    )
}

/// The text of `span`, or a failure naming the broken invariant.
fn slice<'t>(text: &'t str, span: Span, what: &str) -> Result<&'t str, TestCaseError> {
    prop_assert!(
        span.start <= span.end,
        "{what} {span:?} ends before it starts"
    );
    match text.get(span.start..span.end) {
        Some(s) => Ok(s),
        None => Err(TestCaseError::fail(format!(
            "{what} {span:?} is outside the input ({} bytes) or splits a character",
            text.len()
        ))),
    }
}

/// Every invariant a single output must satisfy against its input.
fn check_quotes(text: &str, quotes: &[Quote<'_>]) -> Result<(), TestCaseError> {
    let mut previous: Option<Span> = None;
    for q in quotes {
        let inner = slice(text, q.span, "span")?;
        prop_assert!(!q.span.is_empty(), "empty quotation at {:?}", q.span);

        // Quotations come in document order and never share a byte: a
        // nested quotation is part of the outer one, never reported alone.
        // (The one exception, a report told inside a transcript's unmarked
        // turn, needs a transcript, which these generators never write.)
        if let Some(p) = previous {
            prop_assert!(
                p.end <= q.span.start,
                "quote {:?} overlaps or precedes {p:?}",
                q.span
            );
        }
        previous = Some(q.span);

        // `text` is the span's content, trimmed, a trailing comma dropped,
        // multi-paragraph pieces joined with one space: so every word of it
        // appears in the span, in the same order.
        prop_assert_eq!(q.text.trim(), &*q.text, "text is not trimmed");
        prop_assert!(!q.text.ends_with(','), "text keeps its trailing comma");
        let mut rest = inner;
        for word in q.text.split_whitespace() {
            match rest.find(word) {
                Some(at) => rest = &rest[at + word.len()..],
                None => {
                    return Err(TestCaseError::fail(format!(
                        "word {word:?} of text {:?} is not in span text {inner:?} in order",
                        q.text
                    )));
                }
            }
        }

        // `mention` is exactly the words its span points at, `cue` those
        // words in lower case; each comes with its span or not at all.
        match (q.speaker_span, q.mention.as_deref()) {
            (Some(s), Some(m)) => prop_assert_eq!(slice(text, s, "speaker_span")?, m),
            (None, None) => {}
            (s, m) => prop_assert!(false, "speaker_span {s:?} and mention {m:?} disagree"),
        }
        match (q.cue_span, q.cue.as_deref()) {
            (Some(s), Some(c)) => prop_assert_eq!(slice(text, s, "cue_span")?.to_lowercase(), c),
            (None, None) => {}
            (s, c) => prop_assert!(false, "cue_span {s:?} and cue {c:?} disagree"),
        }
        prop_assert!(
            (0.0..=1.0).contains(&q.confidence),
            "confidence {} out of range",
            q.confidence
        );
        prop_assert_eq!(q.confidence, q.rule.confidence());
    }
    Ok(())
}

/// Extracts twice (same output both times) and checks the invariants.
fn check(extractor: &Extractor, text: &str) -> Result<Vec<Quote<'static>>, TestCaseError> {
    let first = extractor.extract(text);
    let second = extractor.extract(text);
    prop_assert_eq!(&first, &second, "two runs over the same input differ");
    check_quotes(text, &first)?;
    Ok(first.into_iter().map(Quote::into_owned).collect())
}

/// Lines and blank-line-separated paragraphs of `text`, as the substrings
/// they are.
fn paragraphs(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    out.extend(
        text.split("\n\n")
            .flat_map(|p| p.split("\r\n\r\n"))
            .filter(|p| !p.trim().is_empty()),
    );
    out
}

/// Running on one paragraph alone, the extractor knows only that
/// paragraph: any speaker it names must be written in it (a name from
/// another paragraph, or from an earlier call, would be attribution across
/// text it was never given).
fn check_paragraphs(extractor: &Extractor, text: &str) -> Result<(), TestCaseError> {
    for p in paragraphs(text) {
        for q in check(extractor, p)? {
            if let Some(speaker) = q.speaker.as_deref() {
                for word in speaker.split_whitespace() {
                    prop_assert!(
                        p.contains(word),
                        "speaker {speaker:?} of paragraph {p:?} is not written in it"
                    );
                }
            }
        }
    }
    Ok(())
}

/// The option sets every strategy is run under.
fn extractors() -> Vec<(&'static str, Extractor)> {
    let mut out = vec![("default", Extractor::default())];
    for (name, style) in [
        ("speech", SingleQuotes::Speech),
        ("nested", SingleQuotes::Nested),
        ("auto", SingleQuotes::Auto),
    ] {
        let e = Extractor::builder().single_quotes(style).build().unwrap();
        out.push((name, e));
    }
    out.push((
        "indirect",
        Extractor::builder().indirect_quotes(true).build().unwrap(),
    ));
    out.push((
        "one-paragraph",
        Extractor::builder()
            .multi_paragraph_quotes(false)
            .build()
            .unwrap(),
    ));
    out
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        check(&Extractor::default(), &text)?;
    }

    #[test]
    fn any_string_of_quote_characters_keeps_the_invariants(
        text in "[\"“”‘’'«»„‚‹›` \n\r\u{a0}a-zA-Z.,:;-]{0,200}"
    ) {
        check(&Extractor::default(), &text)?;
    }
}

proptest! {
    // Each case runs five extractors twice: fewer cases, as much work.
    #![proptest_config(config(32))]

    #[test]
    fn news_like_text_keeps_the_invariants_under_every_option(text in article()) {
        for (_, e) in extractors() {
            check(&e, &text)?;
        }
    }

    #[test]
    fn quoted_articles_keep_the_invariants_under_every_option(text in quoted_article()) {
        for (_, e) in extractors() {
            check(&e, &text)?;
        }
    }

    #[test]
    fn reported_fragments_keep_the_invariants_under_every_option(text in reported_article()) {
        for (_, e) in extractors() {
            check(&e, &text)?;
        }
    }

}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn a_paragraph_alone_names_only_speakers_it_contains(
        text in prop_oneof![article(), quoted_article()]
    ) {
        check_paragraphs(&Extractor::default(), &text)?;
    }

    /// Without multi-paragraph joining, a quotation crosses a line end
    /// (`\n`; a lone `\r` does not end a line, as for `str::lines`) only
    /// inside a paragraph wrapped at a fixed width, whose lines are as long
    /// as a wrap leaves them: a short line, and so a blank one, ends its
    /// paragraph.
    #[test]
    fn one_paragraph_mode_never_crosses_a_short_line(
        text in prop_oneof![article(), quoted_article()]
    ) {
        let e = Extractor::builder().multi_paragraph_quotes(false).build().unwrap();
        for q in check(&e, &text)? {
            for (end, _) in text[q.span.start..q.span.end].match_indices('\n') {
                let end = q.span.start + end;
                let line = text[..end].rsplit('\n').next().unwrap_or_default();
                prop_assert!(
                    line.chars().count() >= SHORTEST_WRAPPED_LINE,
                    "quote {:?} crosses the end of the short line {:?} with \
                     multi-paragraph quotes off", q.text, line
                );
            }
        }
    }

    /// `max_quote_len` bounds the content of every quotation returned.
    #[test]
    fn no_quote_is_longer_than_the_maximum(
        text in prop_oneof![article(), quoted_article()],
        max in 1usize..40,
    ) {
        let e = Extractor::builder().max_quote_len(max).build().unwrap();
        for q in check(&e, &text)? {
            prop_assert!(
                q.span.len() <= max,
                "quote {:?} has {} bytes, above the maximum {max}", q.text, q.span.len()
            );
        }
    }
}

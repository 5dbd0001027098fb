//! Hostile input: the shapes scraped pages take when something went wrong
//! (a whole site on one line, runs of one character, binary junk), each
//! checked for a sane result. Timings are in `benches/hostile.rs`; these
//! tests only say the call returns and what it returns.
//!
//! Sizes are 10 MB in release builds (`cargo test --release --test
//! hostile`) and 1 MB in debug builds, so a plain `cargo test` stays fast.

use whosaid::Quote;

/// The size of the "10 MB" inputs in this build.
const BIG: usize = if cfg!(debug_assertions) {
    1 << 20
} else {
    10 << 20
};

const ARTICLE: &str = include_str!("fixtures/sputnik_lavrov.txt");

/// `unit` repeated until the result is at least `len` bytes long.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

/// Extracts and checks what every output must satisfy: spans inside the
/// input on character boundaries, quotes in order without overlap,
/// `mention` and `cue` equal to their spans.
fn extract(text: &str) -> Vec<Quote<'_>> {
    let quotes = whosaid::extract_quotes(text);
    let mut end = 0;
    for q in &quotes {
        let inner = text.get(q.span.start..q.span.end);
        assert!(
            inner.is_some_and(|s| !s.is_empty()),
            "bad span {:?}",
            q.span
        );
        assert!(
            end <= q.span.start,
            "quote {:?} overlaps the one before",
            q.span
        );
        end = q.span.end;
        if let Some(s) = q.speaker_span {
            assert_eq!(text.get(s.start..s.end), q.mention.as_deref());
        }
        // The cue is the lexicon's lower-case form of the words at its span.
        if let Some(s) = q.cue_span {
            assert_eq!(
                text.get(s.start..s.end).map(str::to_lowercase).as_deref(),
                q.cue.as_deref()
            );
        }
    }
    quotes
}

/// Extracts with reported speech on, and checks that something is found
/// and that every span is inside the input.
fn extract_indirect(text: &str) -> Vec<Quote<'_>> {
    let extractor = whosaid::Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default options are valid");
    let quotes = extractor.extract(text);
    assert!(!quotes.is_empty());
    for q in &quotes {
        assert!(text.get(q.span.start..q.span.end).is_some());
    }
    quotes
}

// Runs of one quotation mark: every straight pair is empty, every curly
// mark opens, so there is no quotation at all.
#[test]
fn ten_megabytes_of_straight_double_quotes() {
    assert!(extract(&repeat_to("\"", BIG)).is_empty());
}

#[test]
fn ten_megabytes_of_curly_opening_quotes() {
    assert!(extract(&repeat_to("“", BIG)).is_empty());
}

#[test]
fn ten_megabytes_of_apostrophes() {
    assert!(extract(&repeat_to("'", BIG)).is_empty());
}

// Minified markup or a URL dump: marks and cue words but never a space.
// Whatever is found must point into the input.
#[test]
fn ten_megabytes_without_whitespace() {
    extract(&repeat_to("abc\"def“x”,said", BIG));
}

// A page whose line breaks were stripped: the article on one line, over
// and over. Every copy still has its quotations.
#[test]
fn one_ten_megabyte_line_of_news() {
    let line = ARTICLE.replace(['\n', '\r'], " ");
    let text = repeat_to(&line, BIG);
    let copies = text.len() / line.len();
    let quotes = extract(&text);
    assert!(
        quotes.len() >= copies,
        "{} quotes in {copies} copies of an article with quotations",
        quotes.len()
    );
    assert!(
        quotes
            .iter()
            .any(|q| q.speaker.as_deref() == Some("Sergey Lavrov"))
    );
}

// The input that made unicode-segmentation's sentence splitter quadratic
// (see STYLE.md); a quotation after the spaces is still found.
#[test]
fn eighty_thousand_spaces_after_a_period() {
    let spaces = " ".repeat(80_000);
    assert!(extract(&format!("a.{spaces}")).is_empty());
    let text = format!("a.{spaces}\"Yes,\" Ana Ruiz said.");
    let quotes = extract(&text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].text, "Yes");
    assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
}

// Deep nesting that never closes: no quotation, and no recursion to blow
// the stack.
#[test]
fn a_hundred_thousand_nested_guillemets() {
    assert!(extract(&"« ‹ «".repeat(100_000)).is_empty());
    // Closed again, all the way out: one quotation at most, the outermost.
    let text = format!("{}x{}", "« ‹ ".repeat(100_000), " › »".repeat(100_000));
    assert!(extract(&text).len() <= 1);
}

// One name a million times: a worst case for name collection and
// coreference. A quotation at the end is still attributed.
#[test]
fn one_megabyte_of_a_single_repeated_name() {
    let names = repeat_to("Ana Ruiz ", 1 << 20);
    assert!(extract(&names).is_empty());
    let text = format!("{names}\n\n\"We will win,\" Ana Ruiz said.");
    let quotes = extract(&text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
}

// An answer's label, a long run of spaces and then a paragraph of
// quotations: each quotation asks whether it opens the answer, reading
// only the few bytes a label takes, never the run of spaces again (read
// once a quotation, the run made this input take minutes).
#[test]
fn quotations_after_an_answer_label_and_a_long_run_of_spaces() {
    let text = format!(
        "T\n\nQ. Why?\n\nA. {}{}",
        " ".repeat(BIG / 4),
        repeat_to("\"x y z.\" ", BIG / 4)
    );
    // So many quotations in one paragraph make a list of no one's words.
    assert!(
        extract(&text)
            .iter()
            .all(|q| q.rule != whosaid::Rule::InterviewAnswer)
    );
}

// One paragraph of quotations ending in a digit, like a pasted post's
// signature "… (@handle) March 9, 2026": no post, every quotation kept.
#[test]
fn quotations_in_one_paragraph_ending_in_a_digit() {
    let text = format!("He said {} 1", repeat_to("\"We will win.\" ", BIG));
    let quotes = extract(&text);
    assert!(!quotes.is_empty());
    assert!(quotes.iter().all(|q| q.rule != whosaid::Rule::EmbeddedPost));
}

// The company a title names, after one long run of letters, and "the
// company" in every sentence after it: each mention asks about the word
// before the name, read a few bytes back rather than the whole run.
#[test]
fn a_long_run_of_letters_before_the_company_the_title_names() {
    let said = " the company said \"Yes.\"";
    let text = format!(
        "Pennywise app down\n\n{} Pennywise{}",
        "x".repeat(BIG),
        repeat_to(said, 4000)
    );
    let quotes = extract(&text);
    assert_eq!(quotes.len(), 4000usize.div_ceil(said.len()));
    assert!(quotes.iter().all(|q| q.text == "Yes."));
}

// "The company" in every sentence under a title naming a company: each
// mention within reach of the name resolves to the company and speaks,
// and each one after looks back over those speakers, all of one name,
// which is tested once a look-back. Past the reach the noun stands for
// itself.
#[test]
fn dense_company_nouns_under_a_company_title() {
    let said = " the company said \"Yes.\"";
    let text = format!(
        "Pennywise app down\n\nThe digital bank Pennywise said.{}",
        repeat_to(said, BIG)
    );
    let quotes = extract(&text);
    assert_eq!(quotes.len(), BIG.div_ceil(said.len()));
    assert_eq!(quotes[0].speaker.as_deref(), Some("Pennywise"));
    assert!(quotes.iter().all(|q| q.speaker.is_some()));
}

// A sentence that never ends, with a speech cue every two words ("Acme
// fumes, Acme fumes, …"), read for reported speech: each cue's content
// reaches back to the sentence's start and is cut at a bounded length,
// not searched whole again at every cue (this took time quadratic in the
// length of the sentence).
#[test]
fn a_sentence_of_speech_cues_that_never_ends() {
    let text = format!("T\n\n{}", repeat_to("Acme fumes, ", BIG));
    for q in &extract_indirect(&text) {
        assert!(q.span.end - q.span.start <= 4_000, "{:?}", q.span);
    }
}

// One paragraph that never ends, in which a company's officer speaks
// again and again ("the chief executive of retailer Dunmore Foods said
// …"): the holder of each role is looked for among a bounded number of
// names after it (this read every name to the paragraph's end, each time:
// 0.5 MB took 0.16 s and 4 MB 4.2 s).
#[test]
fn roles_in_a_paragraph_that_never_ends() {
    extract_indirect(&repeat_to(
        "the chief executive of retailer Dunmore Foods said ",
        BIG,
    ));
}

// Shouting: case tells names from words, and all-caps text has none.
#[test]
fn all_caps_article() {
    extract(&ARTICLE.to_uppercase());
    let text = "\"WE WILL WIN,\" ANA RUIZ SAID.";
    for q in extract(text) {
        assert_eq!(q.text, "WE WILL WIN");
    }
}

// Binary junk decoded as text: NUL and the other C0 controls, DEL.
#[test]
fn nul_and_control_characters() {
    let controls: String = (0u8..0x20).chain([0x7f]).map(char::from).collect();
    extract(&repeat_to(&controls, BIG / 10));
    extract(&repeat_to("\0\u{1}\u{7}\u{1b}\"x\u{7f}\r", BIG / 10));
    // Junk around a real sentence does not hide it.
    let text = "\0\u{1}\n\"We will win,\" Ana Ruiz said.\n\u{7f}\0";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
}

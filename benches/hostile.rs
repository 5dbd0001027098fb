//! Time on hostile input at 500 KB, 5 MB and 50 MB, so linearity shows:
//! each step is ten times the input, so each time should be about ten
//! times the one before, and the last about a hundred times the first
//! (issue 6 allows 110). A step ratio near 100 is a quadratic path.
//!
//! The inputs are those of `tests/hostile.rs`. `cargo bench --bench
//! hostile`; one input: `cargo bench --bench hostile -- one_line`.
//! Samples are few because a 50 MB input takes seconds.

use divan::Bencher;
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [500 << 10, 5 << 20, 50 << 20];
const ARTICLE: &str = include_str!("../tests/fixtures/sputnik_lavrov.txt");

/// `unit` repeated until the result is at least `len` bytes long.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

/// The article with its line breaks made spaces, repeated to `len`
/// bytes: no line ends to bound the windows.
fn article_on_one_line(len: usize) -> String {
    repeat_to(&ARTICLE.replace(['\n', '\r'], " "), len)
}

/// Times `extract_quotes` on `text`, counting its bytes.
fn run(bencher: Bencher, text: String) {
    // Build the default extractor outside the timed part.
    whosaid::extract_quotes("");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| whosaid::extract_quotes(divan::black_box(&text)).len());
}

/// Times extraction with reported speech on, which reads around every
/// speech verb as well as every quotation.
fn run_indirect(bencher: Bencher, text: String) {
    let extractor = whosaid::Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default lexicon builds");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| extractor.extract(divan::black_box(&text)).len());
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn straight_double_quotes(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("\"", len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn curly_opening_quotes(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("“", len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn apostrophes(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("'", len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn no_whitespace(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("abc\"def“x”,said", len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn one_line(bencher: Bencher, len: usize) {
    run(bencher, article_on_one_line(len));
}

/// The article with its line breaks: the ordinary shape, for comparison.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn article_repeated(bencher: Bencher, len: usize) {
    run(bencher, repeat_to(ARTICLE, len));
}

/// The article with its line breaks, read for reported speech: each
/// paragraph's windows read only their own text, never the article before
/// them again.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn article_repeated_indirect(bencher: Bencher, len: usize) {
    run_indirect(bencher, repeat_to(ARTICLE, len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn spaces_after_a_period(bencher: Bencher, len: usize) {
    run(bencher, format!("a.{}", " ".repeat(len)));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn nested_guillemets(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("« ‹ «", len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn repeated_name(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("Ana Ruiz ", len));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn all_caps(bencher: Bencher, len: usize) {
    run(bencher, repeat_to(&ARTICLE.to_uppercase(), len));
}

/// One paragraph of quotations that ends in a digit, as a post's
/// signature does: each paragraph is read for a signature once, not once
/// a quotation.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn quotations_in_a_paragraph_ending_in_a_digit(bencher: Bencher, len: usize) {
    run(
        bencher,
        format!("He said {} 1", repeat_to("\"a b c.\" ", len)),
    );
}

/// The company a title names after one long run of letters, then "the
/// company" in every sentence: the word before the name is read a few
/// bytes back for each mention, not the whole run.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn a_long_run_of_letters_before_the_company_the_title_names(bencher: Bencher, len: usize) {
    run(
        bencher,
        format!(
            "Pennywise app down\n\n{} Pennywise{}",
            "x".repeat(len),
            repeat_to(" the company said \"Yes.\"", 4000)
        ),
    );
}

/// "The company" in every sentence under a title naming a company: the
/// speakers each mention adds are of one name, tested once a look-back.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn dense_company_nouns_under_a_company_title(bencher: Bencher, len: usize) {
    run(
        bencher,
        format!(
            "Pennywise app down\n\nThe digital bank Pennywise said.{}",
            repeat_to(" the company said \"Yes.\"", len)
        ),
    );
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn control_characters(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("\0\u{1}\u{7}\u{1b}\"x\u{7f}\r", len));
}

/// Dense attributions: a quotation every 15 bytes.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn dense_quotes(bencher: Bencher, len: usize) {
    run(bencher, repeat_to("\"A,\" he said. ", len));
}

/// Dense reported speech and quotations: a speech verb every 30 bytes.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn dense_said_indirect(bencher: Bencher, len: usize) {
    run_indirect(bencher, repeat_to("Ana Ruiz said \"yes,\" she said. ", len));
}

/// A whole article on one line, with reported speech on.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn one_line_indirect(bencher: Bencher, len: usize) {
    run_indirect(bencher, article_on_one_line(len));
}

/// A sentence that never ends, a speech cue every two words, read for
/// reported speech: each cue's content is cut at a bounded length, not
/// searched whole again at every cue.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn a_sentence_of_speech_cues_that_never_ends(bencher: Bencher, len: usize) {
    run_indirect(bencher, format!("T\n\n{}", repeat_to("Acme fumes, ", len)));
}

/// One paragraph that never ends, a role of a company speaking again and
/// again ("the chief executive of retailer Dunmore Foods said"): each
/// role's holder is looked for among a bounded number of names after it,
/// not among every name to the paragraph's end.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn roles_in_a_paragraph_that_never_ends(bencher: Bencher, len: usize) {
    run_indirect(
        bencher,
        repeat_to("the chief executive of retailer Dunmore Foods said ", len),
    );
}

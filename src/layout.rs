//! Stage 1, layout: the article's lines as blocks, each one title, section
//! heading, body paragraph or page furniture.
//!
//! Decisions use general signals only — the shape of a line, its case and
//! final punctuation, its place, date and credit patterns, its script —
//! never a site's name. A heading-like line glued to a caption is the
//! teaser of another article, not a section of this one.

use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::Span;
use crate::lexicon::Lexicon;
use crate::words::floor_char;

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// The article's headline.
    Title,
    /// A section heading inside the article.
    Heading,
    /// Running text: where quotations are looked for.
    Body,
    /// Captions, credits, teasers, taglines, site controls.
    Furniture,
}

/// One line of the article, trimmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    pub span: Span,
    pub kind: BlockKind,
    /// True when a blank line (or the start of the text) comes before it.
    pub blank_before: bool,
}

/// The article as blocks, in order.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    pub blocks: Vec<Block>,
}

impl Layout {
    /// The title block, if the article has one.
    pub fn title(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Title)
    }
}

/// Lines longer than this are never headings or captions; their shape is
/// not inspected, which keeps the stage linear on a one-line article.
const SHORT_LINE: usize = 300;
/// The longest line taken for a site's label in another script, in bytes.
const LABEL_LINE: usize = 120;
/// How much of the article's opening tells its script, in bytes.
const SCRIPT_SAMPLE: usize = 2048;
/// How many leading blocks may come before the title (site names,
/// taglines, credits).
const TITLE_SEARCH: usize = 4;

/// A date stamp closing a caption or credit: "…, 10.08.2024".
static DATE_STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}[./]\d{1,2}[./]\d{4}\s*$").expect("valid regex"));
/// Photo captions and credits.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // ASCII word boundaries: the Unicode ones would force the slowest
        // engine on every line with a curly quote.
        r"(?i)©|\(c\)\s|(?-u:\b)file\s+photo(?-u:\b)|(?-u:\b)photo(?:graph)?\s*(?:credit|by|:)|(?-u:\b)(?:image|picture|video)\s*(?:credit|by|:)|(?-u:\b)getty\s+images(?-u:\b)|(?-u:\b)credit\s*:|(?-u:\b)courtesy\s+of(?-u:\b)|^\s*in\s+this\s+(?:\w+\s+){0,3}(?:photo|image|picture|frame|grab|video|screenshot)",
    )
    .expect("valid regex")
});

/// Splits `text` into blocks and classifies them.
pub(crate) fn layout(text: &str, lexicon: &Lexicon) -> Layout {
    let mut blocks = Vec::new();
    let mut blank_before = true;
    for line in lines(text) {
        let raw = &text[line.start..line.end];
        let trimmed_start = raw.len() - raw.trim_start().len();
        let body = raw.trim();
        if body.is_empty() {
            blank_before = true;
            continue;
        }
        let s = line.start + trimmed_start;
        blocks.push(Block {
            span: Span::new(s, s + body.len()),
            kind: BlockKind::Body,
            blank_before,
        });
        blank_before = false;
    }
    classify(text, &mut blocks, lexicon);
    Layout { blocks }
}

/// The lines of `text`, without their breaks. A line ends at `\n`, `\r\n`,
/// a lone `\r`, or a Unicode line or paragraph separator.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        // memchr jumps to the next byte that can start a line break.
        while let Some(off) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[i..]) {
            i += off;
            let (brk, len) = match bytes[i] {
                b'\n' => (true, 1),
                b'\r' => (
                    true,
                    if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    },
                ),
                // U+2028 and U+2029: E2 80 A8 / E2 80 A9.
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    (true, 3)
                }
                _ => (false, 1),
            };
            if brk {
                let line = Span::new(start, i);
                i += len;
                start = i;
                return Some(line);
            }
            i += len;
        }
        (start < bytes.len()).then(|| {
            let line = Span::new(start, bytes.len());
            start = bytes.len();
            line
        })
    })
}

fn classify(text: &str, blocks: &mut [Block], lexicon: &Lexicon) {
    // The document's script, told by its opening; a line is foreign when
    // it is short (a site's label) and mostly in another script.
    let sample = &text[..floor_char(text, SCRIPT_SAMPLE)];
    let latin_document = sample.is_ascii() || {
        let (latin, other) = script_counts(sample);
        latin >= other
    };
    for b in blocks.iter_mut() {
        let line = &text[b.span.start..b.span.end];
        // An ASCII line is Latin; only others are counted.
        let foreign = latin_document && line.len() <= LABEL_LINE && !line.is_ascii() && {
            let (l, o) = script_counts(line);
            o > l
        };
        if foreign || is_furniture(&text[b.span.start..b.span.end], lexicon) {
            b.kind = BlockKind::Furniture;
        }
    }

    // The title: the first headline-shaped block near the top; anything
    // before it is the site's masthead.
    let mut seen = 0;
    let mut title_at = None;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Furniture {
            continue;
        }
        if seen == TITLE_SEARCH {
            break;
        }
        seen += 1;
        if is_title_shaped(&text[b.span.start..b.span.end], lexicon) {
            title_at = Some(i);
            break;
        }
    }
    // A title heads an article: a lone line is the article itself.
    let body_after = |t: usize| {
        blocks[t + 1..]
            .iter()
            .any(|b| b.kind != BlockKind::Furniture)
    };
    let title_at = title_at.filter(|&t| body_after(t));
    if let Some(t) = title_at {
        for b in &mut blocks[..t] {
            b.kind = BlockKind::Furniture;
        }
        blocks[t].kind = BlockKind::Title;
    }

    let first_body = title_at.map_or(0, |t| t + 1);
    for i in first_body..blocks.len() {
        if blocks[i].kind != BlockKind::Body {
            continue;
        }
        let line = &text[blocks[i].span.start..blocks[i].span.end];
        if !is_heading_shaped(line, lexicon) {
            continue;
        }
        // A headline glued to a caption is a card linking another article.
        let after_caption =
            i > 0 && !blocks[i].blank_before && blocks[i - 1].kind == BlockKind::Furniture;
        let last = i + 1 == blocks.len();
        blocks[i].kind = if after_caption || last {
            BlockKind::Furniture
        } else {
            BlockKind::Heading
        };
    }
}

/// Latin and other letters of `s`. ASCII bytes are told by a byte test;
/// only other characters are decoded.
fn script_counts(s: &str) -> (usize, usize) {
    let (mut latin, mut other) = (0, 0);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            latin += usize::from(b.is_ascii_alphabetic());
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        if c.is_alphabetic() {
            if ('\u{00C0}'..='\u{024F}').contains(&c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
        i += c.len_utf8();
    }
    (latin, other)
}

fn is_furniture(line: &str, lexicon: &Lexicon) -> bool {
    if line.len() > SHORT_LINE {
        return false;
    }
    // The regexes run only on lines a cheap test lets through: a credit
    // word, or four digits at the end.
    let ends_in_year = line
        .trim_end()
        .as_bytes()
        .rsplit(|b| !b.is_ascii_digit())
        .next()
        .is_some_and(|d| d.len() == 4);
    if (lexicon.has_credit_word(line) && CREDIT.is_match(line))
        || (ends_in_year && DATE_STAMP.is_match(line))
    {
        return true;
    }
    // A dash-led line is a dateline or credit fragment: "- Agency, 1920".
    if (line.starts_with("- ") || line.starts_with("– ")) && line.len() < 80 {
        return true;
    }
    // Site controls are short: only a line about as long as the longest
    // phrase is compared, in lower case.
    if line.len() > lexicon.furniture_max_len() + 8 {
        return false;
    }
    let lower = line.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    lexicon.furniture.iter().any(|phrase| {
        bare == &**phrase || (bare.starts_with(&**phrase) && bare[phrase.len()..].starts_with(':'))
    })
}

/// Words of a short line, for shape tests.
fn line_words(line: &str) -> Vec<&str> {
    line.unicode_words().collect()
}

/// The share of content words that start with a capital or a digit.
fn title_case_ratio(words: &[&str], lexicon: &Lexicon) -> f64 {
    let content: Vec<&&str> = words
        .iter()
        .filter(|w| !lexicon.is_function_word(w) || w.len() > 3)
        .collect();
    if content.is_empty() {
        return 0.0;
    }
    let caps = content
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    caps as f64 / content.len() as f64
}

fn has_inner_sentence_break(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['.', '!', '?', '"', '”', '’', '\'']);
    trimmed.contains(". ") || trimmed.contains("? ") || trimmed.contains("! ")
}

/// A headline: one sentence, short, and either title-cased or without a
/// final period.
fn is_title_shaped(line: &str, lexicon: &Lexicon) -> bool {
    if line.len() > SHORT_LINE || has_inner_sentence_break(line) {
        return false;
    }
    let words = line_words(line);
    if words.is_empty() || words.len() > 30 {
        return false;
    }
    title_case_ratio(&words, lexicon) >= 0.6
        || (words.len() <= 15 && !line.ends_with(['.', ',', ';', ':']))
}

/// A section heading: short, title-cased, not closed like a sentence.
fn is_heading_shaped(line: &str, lexicon: &Lexicon) -> bool {
    if line.len() > SHORT_LINE / 2
        || has_inner_sentence_break(line)
        || line.ends_with(['.', ',', ';', ':'])
    {
        return false;
    }
    let words = line_words(line);
    (2..=20).contains(&words.len()) && title_case_ratio(&words, lexicon) >= 0.75
}

//! Stage 1, layout: the article's lines as blocks, each one title, section
//! heading, body paragraph or page furniture; the lines of a paragraph
//! wrapped at a fixed width make one block.
//!
//! Decisions use general signals only — the shape of a line, its case and
//! final punctuation, its place, date and credit patterns, its script —
//! never a site's name. A heading-like line glued to a caption is the
//! teaser of another article, not a section of this one.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::Span;
use crate::lexicon::Lexicon;
use crate::marks::{
    CLOSING_NOT_STRAIGHT_SINGLE_OR_GUILLEMET, DOUBLE_QUOTES, OPENING_NOT_APOSTROPHE_OR_GUILLEMET,
    QUOTING_MARKS,
};
use crate::sentences;
use crate::words::{floor_char, is_capitalized};

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

/// One line of the article, trimmed, or the lines of a paragraph wrapped
/// at a fixed width.
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

/// The blocks of an article from block `first` on, indexed as the
/// article's: the blocks before were read, and dropped.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Blocks<'a> {
    pub list: &'a [Block],
    pub first: usize,
}

impl<'a> Blocks<'a> {
    /// All the blocks of an article.
    pub fn all(list: &'a [Block]) -> Blocks<'a> {
        Blocks { list, first: 0 }
    }

    /// One past the index of the last block.
    pub fn end(&self) -> usize {
        self.first + self.list.len()
    }

    /// Blocks `range`, which lie at or after `first`.
    pub fn range(&self, range: Range<usize>) -> &'a [Block] {
        &self.list[range.start - self.first..range.end - self.first]
    }
}

impl std::ops::Index<usize> for Blocks<'_> {
    type Output = Block;

    fn index(&self, i: usize) -> &Block {
        &self.list[i - self.first]
    }
}

/// Lines longer than this are never headings or captions; their shape is
/// not inspected, which keeps the stage linear on a one-line article.
const SHORT_LINE: usize = 300;
/// Lines longer than this that close as a sentence are paragraphs of the
/// article, never its masthead.
const PROSE_LINE: usize = 200;
/// The longest line taken for a site's label in another script, in bytes.
const LABEL_LINE: usize = 120;
/// How much of the article's opening tells its script, in bytes.
const SCRIPT_SAMPLE: usize = 2048;
/// The most words of a headline in sentence case ("Gran's shock as
/// forgotten lottery win is saved days before deadline").
const LONG_HEADLINE: usize = 25;
/// The most words of a headline that is not title-cased and does not end
/// in a word.
const SHORT_HEADLINE: usize = 15;
/// How many leading blocks may come before the title (site names,
/// taglines, credits).
const TITLE_SEARCH: usize = 4;
/// The most words of a site's name over its page, "The Carrick Herald":
/// a longer headline-shaped line is a headline, whatever follows it.
const MASTHEAD_WORDS: usize = 5;
/// A short paragraph of news text, in bytes: what the list of blocks is
/// first given room for, so that most articles need no more.
const BLOCK_BYTES: usize = 128;
/// The most blocks given room for from the start, so that the memory held
/// for a long text grows with the blocks found rather than with its length.
const RESERVED_BLOCKS: usize = 2048;

/// A date stamp closing a caption or credit: "…, 10.08.2024".
static DATE_STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}[./]\d{1,2}[./]\d{4}\s*$").expect("valid regex"));
/// Photo captions and credits ("Photo: …", "Pictures by …", though "In
/// pictures: …" titles a gallery), and the notes a page closes with: who
/// reported and edited the story ("Additional reporting by …", "Reporting
/// by …; Editing by …"), its copyright ("Copyright 2026 The Associated
/// Press.") and its corrections ("This article was amended on …"). Each
/// note is told by how it opens, so a sentence that only mentions
/// reporting or a copyright stays running text.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // ASCII word boundaries: the Unicode ones would force the slowest
        // engine on every line with a curly quote.
        r"(?i)©|\(c\)\s|(?-u:\b)file\s+photo(?-u:\b)|(?-u:\b)photo(?:graph)?\s*(?:credit|by|:)|(?-u:\b)(?:image|picture|video)\s*(?:credit|by|:)|(?-u:\b)(?:photo(?:graph)?|image|picture)s\s+by(?-u:\b)|(?-u:\b)getty\s+images(?-u:\b)|(?-u:\b)credit\s*:|(?-u:\b)courtesy\s+of(?-u:\b)|^\s*in\s+this\s+(?:\w+\s+){0,3}(?:photo|image|picture|frame|grab|video|screenshot)|^\s*(?:with\s+)?(?:additional\s+)?reporting\s+(?:by|from)(?-u:\b)|^\s*editing\s+by(?-u:\b)|^\s*copyright\s+\d{4}(?-u:\b)|^\s*this\s+article\s+(?:was|has\s+been)\s+(?:amended|updated|corrected)(?-u:\b)|^\s*an\s+earlier\s+version\s+of\s+this\s+article(?-u:\b)",
    )
    .expect("valid regex")
});

/// The shortest and longest lines, in characters, taken for the lines of
/// a paragraph wrapped at a fixed width (copied from a mail or a wire's
/// feed at 72 or 80 columns).
const WRAP_LINES: std::ops::RangeInclusive<usize> = 40..=100;
/// The shortest line of prose, in characters, taken for a wrapped line
/// before a line that opens with a capital: as long as the lines of a wrap
/// at 64 columns or more.
const WRAP_PROSE: usize = 56;

/// The width of `last`'s paragraph, in characters, with `line` glued
/// under it, when `line` goes on with it, wrapped at a fixed width: `last`
/// is as long as a wrap leaves a line (the first word of `line` would not
/// have fitted on it at the width of the paragraph's lines, `width` when
/// it has more than one already). A paragraph's second line must also
/// go on with a sentence `last` leaves open (a lower-case word, or after
/// a comma or a function word): a paragraph a line, or a headline, or a
/// deck ending in a semicolon, is none. A list's item is none.
fn wraps_into(last: &str, line: &str, width: Option<usize>, lexicon: &Lexicon) -> Option<usize> {
    // Lengths in bytes bound those in characters: most lines are passed
    // by without counting.
    let longest = 4 * WRAP_LINES.end();
    if last.len() < *WRAP_LINES.start() || last.len() > longest || line.len() > longest {
        return None;
    }
    let (last_len, line_len) = (last.chars().count(), line.chars().count());
    if !WRAP_LINES.contains(&last_len) || line_len > *WRAP_LINES.end() {
        return None;
    }
    let first_word = line.split(' ').next().unwrap_or(line);
    // A list's item: a bullet, or a number and a point ("2.", "3)").
    let numbered = first_word.len() > 1
        && first_word.ends_with(['.', ')'])
        && first_word[..first_word.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit());
    // A signature's em dash and a middle dot lead no wrapped line either.
    if numbered || line.starts_with(BULLETS) || line.starts_with(['—', '·']) {
        return None;
    }
    // Wrapped greedily at a width no line passes, `last` would have taken
    // the next word had it fitted.
    let wrap = width.unwrap_or(last_len).max(line_len);
    if last_len + 1 + first_word.chars().count() <= wrap {
        return None;
    }
    if width.is_some() {
        return Some(wrap);
    }
    let last_word = last.rsplit(' ').next().unwrap_or(last);
    // A line of prose as long as a wrap's, ending in a word, goes on
    // before a capital too ("… adds up,\" said" / "Mark Odell …"): a
    // headline, a list's item or a label is title-cased or shorter. A line
    // opening with a mark is a quotation of its own ("\"…\" – Ana Ruiz,
    // teacher" / "\"…\" – Ivo Brandt").
    let open = line.starts_with(char::is_lowercase)
        || last.ends_with(',')
        || (last_word.starts_with(char::is_lowercase) && lexicon.is_function_word(last_word));
    let prose = last_len >= WRAP_PROSE
        && line.starts_with(char::is_uppercase)
        && last.ends_with(char::is_alphabetic);
    // The tests that read the line's words and sentences come last: most
    // paragraphs set a line apart ("… said." / "The …") and are told by
    // their last and first characters. A time stamp alone on its line
    // stamps the post above it ("… and nothing more" / "9:14 AM · Mar 11,
    // 2026"), and goes on with no sentence.
    let goes_on = (open || prose)
        && !last.ends_with(';')
        && !ends_sentence(last)
        && (open || word_shape(last, lexicon, |_| false).title_case() < 0.5)
        && !post_time(line);
    goes_on.then_some(wrap)
}

/// Splits `text` into blocks and classifies them.
pub(crate) fn layout(text: &str, lexicon: &Lexicon) -> Layout {
    layout_in(text, lexicon, WINDOW, &mut |_, _| 0)
}

/// [`layout`], reading the text `window` bytes at a time: how much is
/// read at once changes nothing but what stays in cache. Each time the
/// kinds of more blocks are final, `settled` is given the blocks so far
/// whose kinds are, so a later stage can read them while their text is
/// still in cache; the last call has them all, and is told so. It
/// returns the index of the first block it will read again: the blocks
/// before it are dropped (but for the last one settled, which the next
/// heading is told by), and are not in the layout returned. (A `dyn`
/// callback: one copy of the stage, called once a window.)
pub(crate) fn layout_in(
    text: &str,
    lexicon: &Lexicon,
    window: usize,
    settled: &mut dyn FnMut(Blocks<'_>, bool) -> usize,
) -> Layout {
    // The document's script, told by its opening; a line is foreign when
    // it is short (a site's label) and mostly in another script. The
    // opening is read only once such a line asks.
    let latin_document = OnceCell::new();
    // Room for the paragraphs of a news text from the start, up to a
    // bound: growing the list a block at a time would copy it several
    // times over.
    let mut blocks: Vec<Block> =
        Vec::with_capacity((text.len() / BLOCK_BYTES + 1).min(RESERVED_BLOCKS));
    let mut classifier = Classifier::default();
    let mut blank_before = true;
    // The lines are read a piece of text at a time, right after the search
    // for their breaks, while the piece is in cache: the blocks from
    // `unread` on are not read yet.
    let mut unread = 0;
    // The index of the first block kept.
    let mut first = 0;
    // The last line read: a line wrapped at a fixed width goes on in the
    // next.
    let mut last_line: Option<Span> = None;
    // The width of the wrapped paragraph the last line ends, if it does.
    let mut wrap_width = None;
    // How far the last line read is indented, in bytes.
    let mut last_indent = 0;
    for line in lines(text, window) {
        let body = trim(text, line);
        if body.is_empty() {
            blank_before = true;
            continue;
        }
        // A line indented further than the one before opens a paragraph.
        let indent = body.start - line.start;
        wrap_width = last_line
            .filter(|_| !blank_before && indent <= last_indent)
            .and_then(|last| {
                let last = &text[last.start..last.end];
                wraps_into(last, &text[body.start..body.end], wrap_width, lexicon)
            });
        last_line = Some(body);
        last_indent = indent;
        if let (Some(_), Some(paragraph)) = (wrap_width, blocks.last_mut()) {
            paragraph.span = Span::new(paragraph.span.start, body.end);
            continue;
        }
        // A new block: the one before is whole, and the blocks a window
        // holds are read.
        if blocks
            .last()
            .is_some_and(|last| last.span.end - blocks[unread].span.start >= window)
        {
            read_lines(text, &mut blocks[unread..], &latin_document, lexicon);
            unread = blocks.len();
            let done = classifier.classify(text, &mut blocks, first, lexicon, false);
            let list = &blocks[..done - first];
            let read = settled(Blocks { list, first }, false).min(done.saturating_sub(1));
            if read > first {
                blocks.drain(..read - first);
                unread -= read - first;
                first = read;
            }
        }
        blocks.push(Block {
            span: body,
            kind: BlockKind::Body,
            blank_before,
        });
        blank_before = false;
    }
    read_lines(text, &mut blocks[unread..], &latin_document, lexicon);
    classifier.classify(text, &mut blocks, first, lexicon, true);
    settled(
        Blocks {
            list: &blocks,
            first,
        },
        true,
    );
    Layout { blocks }
}

/// How many bytes of text are read at a time, about, where two passes
/// read the same text: the second finds a window still in cache. Here the
/// lines of a window are read right after the search for their breaks,
/// and separators are looked for one window ahead; [`crate::marks`] scans
/// for both kinds of mark candidate a window at a time, and
/// [`crate::sentences`] looks for ellipses a window ahead at most.
pub(crate) const WINDOW: usize = 64 * 1024;

/// `text[line]` without white space at either end, as `str::trim` gives
/// it. A printable ASCII byte at an end is not white space: only another
/// end is decoded.
fn trim(text: &str, line: Span) -> Span {
    let printable = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    let bytes = &text.as_bytes()[line.start..line.end];
    if line.is_empty() || (printable(bytes.first()) && printable(bytes.last())) {
        return line;
    }
    let raw = &text[line.start..line.end];
    let start = if printable(bytes.first()) {
        line.start
    } else {
        line.end - raw.trim_start().len()
    };
    let end = if printable(bytes.last()) {
        line.end
    } else {
        line.start + raw.trim_end().len()
    };
    Span::new(start, end.max(start))
}

/// The lines of `text`, without their breaks. A line ends at `\n`, `\r\n`,
/// a lone `\r`, or a Unicode line or paragraph separator.
fn lines(text: &str, window: usize) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut separators = Separators {
        bytes,
        window,
        next: None,
        searched: 0,
    };
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut from = start;
        let (end, len) = loop {
            let (bound, separator) = separators.next_from(from);
            let rest = &bytes[from..bound];
            // A blank line's break is the byte it starts at: no search.
            let found = match rest.first() {
                Some(b'\n' | b'\r') => Some(0),
                _ => memchr::memchr2(b'\n', b'\r', rest),
            };
            match found {
                Some(o) => {
                    let i = from + o;
                    let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
                    break (i, if crlf { 2 } else { 1 });
                }
                None if separator => break (bound, LINE_SEPARATOR.len()),
                None if bound == bytes.len() => break (bytes.len(), 0),
                None => from = bound,
            }
        };
        let line = Span::new(start, end);
        start = end + len;
        Some(line)
    })
}

/// U+2028 in UTF-8; U+2029 differs only in its last byte, one more.
const LINE_SEPARATOR: &[u8] = "\u{2028}".as_bytes();

/// The separators U+2028 and U+2029, which are rare: looked for one window
/// ahead of the line breaks and again only once passed, so memchr2 alone
/// finds the common breaks, every byte is searched a bounded number of
/// times, and both searches read the text while it is in cache.
struct Separators<'t> {
    bytes: &'t [u8],
    /// How far ahead they are looked for, in bytes.
    window: usize,
    /// The first separator found after where the search began.
    next: Option<usize>,
    /// Where the search has reached: no separator but `next` stands
    /// before it.
    searched: usize,
}

impl Separators<'_> {
    /// The start of the next separator at or after `from`, and true; or
    /// false and how far the text from `from` on holds none.
    fn next_from(&mut self, from: usize) -> (usize, bool) {
        if self.next.is_some_and(|n| n < from) {
            self.next = None;
            self.searched = from;
        }
        if self.next.is_none() && self.searched <= from {
            let end = (from + self.window.max(1)).min(self.bytes.len());
            self.next = find_separator(self.bytes, from, end);
            self.searched = end;
        }
        match self.next {
            Some(n) => (n, true),
            None => (self.searched, false),
        }
    }
}

/// Where the first U+2028 or U+2029 starting in `bytes[from..to]` starts.
/// Both are found in one scan for their last bytes, which are rare in
/// news text (they end only a few accented letters besides).
fn find_separator(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let [lead, second, last] = [LINE_SEPARATOR[0], LINE_SEPARATOR[1], LINE_SEPARATOR[2]];
    let hay = &bytes[from..(to + 2).min(bytes.len())];
    memchr::memchr2_iter(last, last + 1, hay)
        .map(|o| from + o)
        .find(|&i| i >= from + 2 && bytes[i - 2] == lead && bytes[i - 1] == second)
        .map(|i| i - 2)
}

/// Marks the furniture among `blocks`, and the other lines shaped like
/// section headings, which [`Classifier`] tells apart by their place. A
/// line's kind here depends on no other line, so the blocks of any piece
/// of the text can be read alone.
fn read_lines(
    text: &str,
    blocks: &mut [Block],
    latin_document: &OnceCell<bool>,
    lexicon: &Lexicon,
) {
    // A line holds a credit word when one starts inside it.
    let credits = short_line_credits(text, blocks, lexicon);
    let mut credit = 0;
    for b in blocks.iter_mut() {
        let line = &text[b.span.start..b.span.end];
        // An ASCII line holds no letter of another script.
        let foreign = line.len() <= LABEL_LINE
            && !line.is_ascii()
            && !latin_not_outnumbered(line)
            && *latin_document
                .get_or_init(|| latin_not_outnumbered(&text[..floor_char(text, SCRIPT_SAMPLE)]));
        while credits.get(credit).is_some_and(|&c| c < b.span.start) {
            credit += 1;
        }
        let has_credit_word = credits.get(credit).is_some_and(|&c| c < b.span.end);
        if foreign || is_furniture(line, has_credit_word, lexicon) {
            b.kind = BlockKind::Furniture;
            continue;
        }
        if let Some(end) = has_credit_word
            .then(|| caption_end(line, lexicon))
            .flatten()
        {
            b.span = Span::new(b.span.start, b.span.start + end);
        } else if is_heading_shaped(line, lexicon) {
            b.kind = if is_byline_or_stamp(line, lexicon) || figures_label(line, lexicon) {
                BlockKind::Furniture
            } else {
                BlockKind::Heading
            };
        }
    }
}

/// Finds the title among the blocks [`read_lines`] marked, and tells the
/// heading-shaped lines after it that are headings from teasers: block by
/// block as they are read, each decision as soon as the blocks it looks
/// at are.
#[derive(Default)]
struct Classifier {
    /// How far the title search has read, the non-furniture blocks it
    /// passed, and the title-shaped one it found.
    searched: usize,
    seen: usize,
    candidate: Option<usize>,
    /// Whether the candidate is a first line closed by a period, which a
    /// headline right after it would show to be the site's tagline.
    tentative: bool,
    /// The first block after the title (or the first block, without one),
    /// once the title is settled.
    first_body: Option<usize>,
    /// The first block whose heading is not settled yet.
    next: usize,
    /// Whether a paragraph of running text came before `next`.
    text_seen: bool,
    /// The last question shaped as a heading read (see
    /// [`question_heading`]) while another may still come within reach,
    /// and whether it heads its section, as it does once one has.
    asked: Option<(usize, bool)>,
    /// The last heading-shaped line read that stood over another, a row
    /// of a list.
    listed: Option<usize>,
}

impl Classifier {
    /// Settles what the blocks read so far, `blocks`, allow; `done` when
    /// no block follows them. Returns how many blocks from the start have
    /// their final kind.
    /// `blocks` are the article's from block `first` on, the block before
    /// the first unsettled one among them.
    fn classify(
        &mut self,
        text: &str,
        blocks: &mut [Block],
        first: usize,
        lexicon: &Lexicon,
        done: bool,
    ) -> usize {
        // No block is dropped before the title is settled.
        if self.first_body.is_none() {
            self.first_body = self.find_title(text, blocks, lexicon, done);
        }
        let Some(first_body) = self.first_body else {
            return 0;
        };
        let end = first + blocks.len();
        // The last block's heading waits for the block after it, if any.
        let settled = if done { end } else { end.saturating_sub(1) };
        // A heading heads a section of running text, so none comes before
        // the first paragraph: the short title-cased lines there are the
        // date, the author and the desk ("Harriet Lowe" / "BBC News, Leeds").
        for i in self.next.max(first_body)..settled {
            let b = i - first;
            // Dash-led lines glued together are the items of a list
            // ("KEY POINTS" / "- The operator said fuel costs had
            // doubled" / "- …"), running text; a credit stands alone.
            // An item's neighbour may be of any length: a long item is
            // running text already.
            let dashed = |k: usize| is_dash_led(&text[blocks[k].span.start..blocks[k].span.end]);
            let item = |k: usize| is_list_item(&text[blocks[k].span.start..blocks[k].span.end]);
            let listed = || {
                (b > 0 && !blocks[b].blank_before && item(b - 1))
                    || blocks
                        .get(b + 1)
                        .is_some_and(|n| !n.blank_before && item(b + 1))
            };
            let list_item = blocks[b].kind == BlockKind::Furniture && dashed(b) && listed();
            if list_item {
                blocks[b].kind = BlockKind::Body;
            }
            // A headline glued to a caption is a card linking another
            // article, and so is a line of text without a sentence's end
            // glued to a caption, a list's header or another card
            // ("RELATED ARTICLES" / "Mayor: 'We will not back down'").
            // A live blog's clock stamp is no caption: the line glued
            // under it is the entry's heading ("14:32 GMT" / "The result
            // in full"), or its news, where a quotation in it is a
            // speaker's words ("Hale: 'A budget of smoke'"). A gallery's
            // placeholder ("[Photo 3]") stands over the caption of its
            // picture, not over a card.
            let under_stamp = i > 0
                && !blocks[b].blank_before
                && clock_stamp(&text[blocks[b - 1].span.start..blocks[b - 1].span.end]);
            let after_caption = i > 0
                && !blocks[b].blank_before
                && blocks[b - 1].kind == BlockKind::Furniture
                && !is_note(
                    &text[blocks[b - 1].span.start..blocks[b - 1].span.end],
                    lexicon,
                )
                && !under_stamp;
            // A list's item glued under its label ("KEY POINTS") is the
            // list's, though the label is furniture; and a post's text,
            // which need not end as a sentence does, glued between its
            // handle line and its time stamp ("@anaruiz" / "Thank you
            // all x" / "9:14 AM · Mar 11, 2026"), is the post's.
            let post_text = || {
                handle_line(&text[blocks[b - 1].span.start..blocks[b - 1].span.end])
                    && blocks
                        .get(b + 1)
                        .is_some_and(|n| stamped_post(text, &blocks[b], n))
            };
            if blocks[b].kind == BlockKind::Body
                && after_caption
                && !list_item
                && !ends_sentence(&text[blocks[b].span.start..blocks[b].span.end])
                && !post_text()
            {
                blocks[b].kind = BlockKind::Furniture;
            }
            // An explainer's questions over sections of its own prose
            // ("What happens next?" ⏎ "Installation starts in May.") head
            // them; an interviewer's is answered in the first person or in
            // a quotation, and a label or a speaker's name opens a
            // transcript's. One question alone is a writer's aside ("What
            // is going on here?"): a question heads its section only with
            // another no more than QUESTION_SECTION blocks away.
            if self.asked.is_some_and(|(q, _)| i - q > QUESTION_SECTION) {
                self.asked = None;
            }
            if blocks[b].kind == BlockKind::Body
                && self.text_seen
                && i + 1 < end
                && blocks[b].blank_before
                && blocks[b + 1].blank_before
                && blocks[b + 1].kind == BlockKind::Body
                && question_heading(
                    &text[blocks[b].span.start..blocks[b].span.end],
                    &text[blocks[b + 1].span.start..blocks[b + 1].span.end],
                    lexicon,
                )
            {
                if let Some((q, heads)) = self.asked {
                    if !heads {
                        blocks[q - first].kind = BlockKind::Heading;
                    }
                    blocks[b].kind = BlockKind::Heading;
                }
                self.asked = Some((i, self.asked.is_some()));
            }
            // A short line in sentence case, or a single word, set apart
            // between paragraphs and over one of prose, heads a section
            // ("Council backs the ferry plan", "France"), as title-cased
            // lines do. Before the first paragraph only the lines under a
            // byline are read so: a deck stands over the byline, and a
            // line of a word or three under it names the writer's desk.
            // A live blog's entry heads its text with a line glued under
            // its clock stamp ("04:38" / "No recount").
            // Most paragraphs are long or end in a point: told by their
            // length and last character before any other test.
            let mut under_byline = false;
            let line = &text[blocks[b].span.start..blocks[b].span.end];
            let furniture_before = b
                .checked_sub(1)
                .filter(|&p| blocks[p].kind == BlockKind::Furniture)
                .map(|p| &text[blocks[p].span.start..blocks[p].span.end]);
            let after_byline = furniture_before.is_some_and(is_byline);
            // A date alone under the byline is the day the article came
            // out ("By Ann Lee" / "Saturday 9 March 2024"), even after a
            // standfirst: no heading of a section of a timeline.
            let published = after_byline && bare_date(line, lexicon);
            // A roundup's first item heads its text right under the share
            // bar, before any paragraph ("Share this article" / "Village
            // grower breaks marrow record"); a line of a word or three
            // there is the writer's or the desk's, as under a byline.
            let under_controls = furniture_before.is_some_and(|prev| {
                is_navigation(prev)
                    || lexicon
                        .is_furniture_phrase(prev.trim_matches(|c: char| !c.is_alphanumeric()))
            });
            if blocks[b].kind == BlockKind::Body
                && line.len() <= SHORT_LINE / 2
                && line.ends_with(char::is_alphanumeric)
                && b > 0
                && (blocks[b].blank_before || under_stamp)
                && i + 1 < end
                && blocks[b + 1].blank_before
                && blocks[b + 1].kind == BlockKind::Body
            {
                let next = &text[blocks[b + 1].span.start..blocks[b + 1].span.end];
                // Under a paragraph of prose, or under furniture that is no
                // label: a line under a label ("LATEST", "IN THE HARBOUR")
                // is a teaser's headline. A call to action or a sponsor's
                // credit ("Presented by Harbour Bank") is title-cased
                // too, but labels nothing.
                let prev = &text[blocks[b - 1].span.start..blocks[b - 1].span.end];
                let after_text = match blocks[b - 1].kind {
                    BlockKind::Body => ends_sentence(prev),
                    BlockKind::Furniture => {
                        !is_heading_shaped(prev, lexicon) || lexicon.opens_with_furniture_call(prev)
                    }
                    _ => false,
                };
                under_byline = !self.text_seen
                    && (after_byline || under_controls)
                    && simple_words(line).nth(BYLINE_DESK_WORDS).is_some()
                    && !verbless(line, lexicon);
                if ((self.text_seen && after_text) || under_byline || under_stamp)
                    && plain_heading(line, next, lexicon)
                {
                    blocks[b].kind = BlockKind::Heading;
                }
            }
            if blocks[b].kind != BlockKind::Heading {
                self.text_seen |= blocks[b].kind == BlockKind::Body;
                continue;
            }
            // Heading-shaped lines one after another, each set apart,
            // are the rows of a list ("Ana Ruiz (Labour) - 15,877" /
            // "Tom Hale (Green) - 4,210"), a result or a line-up: none
            // has a section of its own to head.
            let listed = i + 1 < end
                && blocks[b + 1].kind == BlockKind::Heading
                && blocks[b + 1].blank_before
                && blocks[b].blank_before;
            let last_listed = self.listed.is_some_and(|l| l + 1 == i) && blocks[b].blank_before;
            // A title-cased item heading under the share bar heads the
            // paragraph under it as a sentence-cased one does.
            let item_heading = under_controls
                && simple_words(line).nth(BYLINE_DESK_WORDS).is_some()
                && blocks
                    .get(b + 1)
                    .is_some_and(|n| n.blank_before && n.kind == BlockKind::Body);
            if listed {
                self.listed = Some(i);
            }
            if after_caption
                || published
                || i + 1 == end
                || !(self.text_seen || under_byline || under_stamp || item_heading)
                || listed
                || last_listed
                || heads_nothing(text, blocks, b, lexicon)
            {
                blocks[b].kind = BlockKind::Furniture;
            }
        }
        self.next = self.next.max(settled);
        // A question no other has followed yet waits, and the blocks after
        // it, for one to come within reach.
        match self.asked {
            Some((q, false)) if !done => self.next.min(q),
            _ => self.next,
        }
    }

    /// Settles the title, once the blocks read decide it: the first
    /// headline-shaped block near the top, followed by another that is not
    /// furniture; anything before it is the site's masthead. Returns the
    /// first block after it, or none while undecided.
    fn find_title(
        &mut self,
        text: &str,
        blocks: &mut [Block],
        lexicon: &Lexicon,
        done: bool,
    ) -> Option<usize> {
        while (self.candidate.is_none() || self.tentative) && self.seen < TITLE_SEARCH {
            let Some(b) = blocks.get(self.searched) else {
                if done {
                    break;
                }
                return None;
            };
            let i = self.searched;
            if b.kind == BlockKind::Furniture {
                self.searched += 1;
                continue;
            }
            let line = &text[b.span.start..b.span.end];
            // A paragraph of prose before any headline-shaped line: the
            // article has begun without a title the search can tell, and a
            // short line further on ("X.", a credit) heads nothing.
            if self.candidate.is_none() && is_prose(line) {
                break;
            }
            let shape = title_shape(line, lexicon);
            if self.tentative {
                // A headline after it: the line before was the tagline.
                // Otherwise it stands, and this is the block after it.
                if shape == TitleShape::Headline {
                    self.candidate = Some(i);
                    self.searched += 1;
                }
                self.tentative = false;
                break;
            }
            self.searched += 1;
            self.seen += 1;
            match shape {
                TitleShape::Headline => self.candidate = Some(i),
                TitleShape::Closed if self.seen == 1 => {
                    self.candidate = Some(i);
                    self.tentative = true;
                }
                _ => {}
            }
        }
        let t = loop {
            let Some(t) = self.candidate else {
                return Some(0);
            };
            // A title heads an article: a lone line is the article itself.
            // The search for a block after it goes on from where it
            // stopped.
            while blocks
                .get(self.searched)
                .is_some_and(|b| b.kind == BlockKind::Furniture)
            {
                self.searched += 1;
            }
            let Some(next) = blocks.get(self.searched) else {
                return done.then_some(0);
            };
            // A copied page's masthead, a site's name of a few words, is
            // followed by its sections' bar or a breadcrumb ("News > Local
            // News"), and then the headline: the title is the headline.
            let masthead = blocks[t + 1..self.searched]
                .iter()
                .any(|b| is_navigation(&text[b.span.start..b.span.end]))
                && simple_words(&text[blocks[t].span.start..blocks[t].span.end])
                    .nth(MASTHEAD_WORDS)
                    .is_none()
                && title_shape(&text[next.span.start..next.span.end], lexicon)
                    == TitleShape::Headline;
            if !masthead {
                break t;
            }
            self.candidate = Some(self.searched);
            self.searched += 1;
        };
        for b in &mut blocks[..t] {
            b.kind = BlockKind::Furniture;
        }
        blocks[t].kind = BlockKind::Title;
        Some(t + 1)
    }
}

/// Where the credit words of short lines start, in order. Only a short
/// line's are read ([`is_furniture`] passes longer ones by), so each run
/// of short lines is searched in one pass and long paragraphs not at all.
fn short_line_credits(text: &str, blocks: &[Block], lexicon: &Lexicon) -> Vec<usize> {
    let short = |b: &Block| b.span.len() <= SHORT_LINE;
    let mut credits = Vec::new();
    // A long line is a run of its own, passed by; no run is empty.
    let runs = blocks.chunk_by(|a, b| short(a) && short(b));
    for run in runs.filter(|run| short(&run[0])) {
        let (start, end) = (run[0].span.start, run[run.len() - 1].span.end);
        let words = lexicon.credit_words(&text[start..end]);
        credits.extend(words.into_iter().map(|c| start + c));
    }
    credits
}

/// True when `s` has at least as many Latin letters as letters of other
/// scripts.
fn latin_not_outnumbered(s: &str) -> bool {
    // A letter of another script takes two bytes or more, all above ASCII:
    // when the ASCII letters alone are half the other bytes, Latin wins
    // without decoding anything. Both are counted in byte-wide sums over
    // 64 bytes, which the compiler vectorises. The count stops once Latin
    // wins even if every byte left is above ASCII.
    let (mut ascii_letters, mut high) = (0, 0);
    let mut left = s.len();
    for chunk in s.as_bytes().chunks(64) {
        let (mut letters, mut above) = (0u8, 0u8);
        for &b in chunk {
            letters += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            above += b >> 7;
        }
        ascii_letters += usize::from(letters);
        high += usize::from(above);
        left -= chunk.len();
        if 2 * ascii_letters >= high + left {
            return true;
        }
    }
    let (latin, other) = script_counts(s);
    latin >= other
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

/// A short line led by a dash and a space: a credit's fragment ("- Agency,
/// 1920"), or an item of a list.
fn is_dash_led(line: &str) -> bool {
    is_list_item(line) && line.len() < 80
}

/// A line led by a dash and a space, as a list's items are.
fn is_list_item(line: &str) -> bool {
    bullet(line).is_some_and(|c| matches!(c, '-' | '–'))
}

/// The marks that open a list's item, a space after them: "- ", "• ",
/// "* ", "– ". Not an em dash, which opens a signature ("— Ana Ruiz
/// (@anaruiz)").
const BULLETS: [char; 4] = ['-', '•', '*', '–'];

/// The bullet that opens `line`, a space after it.
pub(crate) fn bullet(line: &str) -> Option<char> {
    let c = line.chars().next().filter(|c| BULLETS.contains(c))?;
    line[c.len_utf8()..].starts_with(' ').then_some(c)
}

/// The dashes that lead the line signing a quotation above it.
const SIGNATURE_DASHES: [&str; 4] = ["— ", "– ", "― ", "- "];

/// The name in the line signing a quotation whose paragraph, `above`,
/// ends with its closing mark: "“We will rebuild.”" / "— Ana Ruiz". The
/// span is `line`'s, past the dash. A pull quote set apart from the text
/// is signed so; the name heads no section.
pub(crate) fn quote_signature(above: &str, line: &str) -> Option<Span> {
    if line.len() > SIGNATURE_LINE
        || ends_sentence(line)
        || !above.ends_with(CLOSING_NOT_STRAIGHT_SINGLE_OR_GUILLEMET)
    {
        return None;
    }
    let dash = SIGNATURE_DASHES.iter().find(|d| line.starts_with(**d))?;
    Some(Span::new(dash.len(), line.len()))
}

/// A gallery's or a slideshow's counter standing alone on its line: "3/10",
/// "1 of 8", "Photo 4 of 12", a word at most before the count. It numbers
/// the caption under it and heads nothing: made a heading, "2/10" would be
/// the topic of the quotes in its caption. The place is no further than
/// the count ("12/10" is a score or a date, not a counter).
fn is_counter(line: &str) -> bool {
    // Counters are a few bytes: longer lines are passed at once.
    if line.len() > COUNTER_LINE {
        return false;
    }
    let mut words = line.split_whitespace();
    let Some(mut first) = words.next() else {
        return false;
    };
    if !first.starts_with(|c: char| c.is_ascii_digit()) {
        if !first.chars().all(char::is_alphabetic) {
            return false;
        }
        let Some(w) = words.next() else {
            return false;
        };
        first = w;
    }
    let number = |w: &str| {
        ((1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u16>().ok())?
    };
    let (place, count) = match first.split_once('/') {
        Some((p, c)) => (number(p), number(c)),
        None if words.next() == Some("of") => (number(first), words.next().and_then(number)),
        None => (None, None),
    };
    words.next().is_none() && matches!((place, count), (Some(p), Some(c)) if 0 < p && p <= c)
}

/// The longest line read as a counter, in bytes ("Picture 12 of 140").
const COUNTER_LINE: usize = 24;

/// The longest line read as a note in brackets, in bytes ("[Photo 12]",
/// "(SOUND BITE)", "[Advertisement]").
const NOTE_LINE: usize = 40;

/// A short note set in brackets alone on its line, without quotation
/// marks: a broadcast transcript's cue ("(SOUND BITE)", "(END VIDEO
/// CLIP)"), a gallery's placeholder for a picture ("[Photo 3]"), a
/// page's slot ("[Advertisement]"). It heads nothing: made a heading, it
/// would be the topic of the quotations under it. A sentence in brackets
/// ("[Ruiz said she would appeal.]") is the article's, and may report
/// speech: no note ends as a sentence or holds a reporting verb.
pub(crate) fn is_note(line: &str, lexicon: &Lexicon) -> bool {
    let bracketed = (line.starts_with('[') && line.ends_with(']'))
        || (line.starts_with('(') && line.ends_with(')'));
    if !bracketed || line.len() > NOTE_LINE {
        return false;
    }
    let inner = &line[1..line.len() - 1];
    !inner.contains(['[', ']', '(', ')'])
        && !line.contains(QUOTING_MARKS)
        && !inner.trim_end().ends_with(['.', '?', '!'])
        && !reports_speech(inner, lexicon)
}

/// The longest line taken for the signature of an embedded post, in bytes.
const SIGNATURE_LINE: usize = SHORT_LINE / 2;

/// The account's handle in the signature of a social post embedded in
/// the page, under its text: "— Skerrin Link (@SkerrinLink) March 9,
/// 2026", "A post shared by Ana Ruiz (@anaruiz)". The line names who
/// wrote the post but heads nothing: made a heading, it would be the
/// topic of every quote after it. A handle in brackets inside a sentence
/// ("The operator (@SkerrinLink) said …") is the sentence's: the line
/// must be short and not end as one does.
pub(crate) fn post_signature(line: &str) -> Option<Span> {
    if line.len() > SIGNATURE_LINE || ends_sentence(line) || inline_post(line).is_some() {
        return None;
    }
    signature_handle(line)
}

/// Whether `word` is an account's handle: an `@` and the handle's
/// characters, "@anaruiz", "@Skerrin_Link" (an address's `@` is inside a
/// word, never its first character).
fn is_handle(word: &str) -> bool {
    word.strip_prefix('@')
        .is_some_and(|h| !h.is_empty() && h.bytes().all(is_handle_byte))
}

/// Whether byte `c` may stand in an account's handle after its `@`.
fn is_handle_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'@' | b'-')
}

/// A short line that is an embedded post's handle, with the author's name
/// before it or not: "@anaruiz", "Ana Ruiz @anaruiz", "Ana Ruiz /
/// @anaruiz", "@anaruiz · 2h". A handle inside a sentence is the
/// sentence's: the line opens with the handle, or holds a few words and
/// ends with it, and does not end as a sentence does.
pub(crate) fn handle_line(line: &str) -> bool {
    // A handle opens with "@": most lines hold none and are passed at once.
    if line.len() > LABEL_LINE || !line.contains('@') || ends_sentence(line) {
        return false;
    }
    let mut words = line.split_whitespace();
    if words.next().is_some_and(is_handle) {
        return true;
    }
    words.clone().nth(POST_NAME_WORDS).is_none() && words.next_back().is_some_and(is_handle)
}

/// The author's name on a post's handle line ([`handle_line`]) that
/// ends with the handle, "Ana Ruiz / @anaruiz": the bytes before the
/// handle. A line opening with the handle holds no name: the name is on
/// the line above, if anywhere.
pub(crate) fn handle_line_name(line: &str) -> Option<Span> {
    let handle = line.rfind(char::is_whitespace)? + 1;
    is_handle(&line[handle..]).then_some(Span::new(0, handle))
}

/// Where a paragraph that ends with an embedded post's signature,
/// flattened into it as a pasted tweet's is, has its signature: "Sailings
/// are off. pic.twitter.com/Ab12Cd — Harbour Line (@HarbourLine) March
/// 9, 2026".
#[derive(Clone, Copy, Debug)]
pub(crate) struct InlinePost {
    /// The start of the signature's dash: the post's text ends there.
    pub dash: usize,
    /// The author's name, between the dash and the handle.
    pub name: Span,
}

/// The signature an embedded post's paragraph ends with (see
/// [`InlinePost`]): a dash, a name of a few words, the handle in
/// brackets and the post's date, closing the paragraph with no full stop
/// after it. A handle in brackets inside a sentence ("The operator
/// (@SkerrinLink) said …") is followed by the sentence, not a date.
#[inline]
pub(crate) fn inline_post(line: &str) -> Option<InlinePost> {
    // A signature ends in the year: most paragraphs end otherwise, and
    // are passed at once, on their last byte, with no call.
    if !line.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    signed_post(line)
}

/// [`inline_post`] of a line ending in a digit.
fn signed_post(line: &str) -> Option<InlinePost> {
    let open = line.rfind("(@")?;
    let close = open + line[open..].find(')')?;
    let handle = &line[open + 1..close];
    if !is_handle(handle) || !post_time(line[close + 1..].trim_start()) {
        return None;
    }
    let before = &line[..open];
    let (dash, len) = SIGNATURE_DASHES
        .iter()
        .filter_map(|d| before.rfind(d).map(|i| (i, d.len())))
        .max()?;
    let name = before[dash + len..].trim_end();
    let words = name.split_whitespace().count();
    let named = (1..=POST_NAME_WORDS).contains(&words) && name.starts_with(char::is_uppercase);
    (named && line[..dash].contains(char::is_alphanumeric)).then(|| InlinePost {
        dash,
        name: Span::new(dash + len, dash + len + name.len()),
    })
}

/// Whether `post` is glued to the time stamp `stamp` under it, as the
/// text of an embedded post is, glued between its account's handle line
/// and its time stamp ("@anaruiz" / "Thank you all x" / "9:14 AM · Mar
/// 11, 2026"). The handle line over it is the caller's to check: the
/// pairing of marks remembers it, the block being dropped by then.
pub(crate) fn stamped_post(text: &str, post: &Block, stamp: &Block) -> bool {
    !post.blank_before && !stamp.blank_before && post_time(&text[stamp.span.start..stamp.span.end])
}

/// The line stamping an embedded post under its text with the time it
/// was posted, as copied tweets and Bluesky or Threads embeds give it:
/// "9:14 AM · Mar 11, 2026", "March 11, 2026 at 9:14 AM", "11 Mar 2026",
/// "10:02". A date and a clock time alone on a line, nothing else.
fn post_time(line: &str) -> bool {
    line.len() <= POST_TIME_LINE && might_be_post_time(line) && POST_TIME.is_match(line)
}

/// What every line [`POST_TIME`] matches has, told from its characters: it
/// opens with a digit (of any script, as `\d` reads one) or a month's
/// capital, ends in a digit, a point or the M of "AM", and holds a digit.
/// Building the expression costs more than reading a short article, so it
/// is built only for a line that passes.
fn might_be_post_time(line: &str) -> bool {
    line.starts_with(|c: char| c.is_numeric() || "JFMASOND".contains(c))
        && line.ends_with(|c: char| c.is_numeric() || matches!(c, 'M' | 'm' | '.'))
        && line.contains(char::is_numeric)
}

/// The longest line taken for a post's time stamp, in bytes.
const POST_TIME_LINE: usize = 48;

/// A post's time stamp: a clock time, a date or both, in either order,
/// set apart by a middle dot, a dash, a bar, a comma or "at".
static POST_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let time = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?";
    let month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";
    let date = format!(
        r"(?:{month}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{month},?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    );
    let sep = r"\s*(?:[·•|,–—-]|at)?\s*";
    Regex::new(&format!(
        r"^(?:{time}{sep}{date}|{date}(?:{sep}{time})?|{time})$"
    ))
    .expect("valid regex")
});

/// The most words of the name before a handle on a post's author line
/// ("Nadia Carrow MP /"), with a bar between them.
const POST_NAME_WORDS: usize = 4;

/// The handle in brackets a line holds, "(@SkerrinLink)", from the `@`.
fn signature_handle(line: &str) -> Option<Span> {
    let b = line.as_bytes();
    memchr::memchr_iter(b'@', b).find_map(|at| {
        if at == 0 || b[at - 1] != b'(' {
            return None;
        }
        // The handle's characters (a Bluesky or Mastodon handle holds
        // points and a second @), up to the closing bracket.
        let len = b[at + 1..]
            .iter()
            .take_while(|&&c| is_handle_byte(c))
            .count();
        (len > 0 && b.get(at + 1 + len) == Some(&b')')).then(|| Span::new(at, at + 1 + len))
    })
}

/// Captions, credits, datelines, site controls. `has_credit_word` tells
/// whether the line holds a word of [`Lexicon::credit_words`].
fn is_furniture(line: &str, has_credit_word: bool, lexicon: &Lexicon) -> bool {
    if line.len() > SHORT_LINE {
        return false;
    }
    // The regexes run only on lines a cheap test lets through: a credit
    // word, or four digits at the end.
    let ends_in_year = line
        .as_bytes()
        .rsplit(|b| !b.is_ascii_digit())
        .next()
        .is_some_and(|d| d.len() == 4);
    // A caption that quotes someone ("“We are not asking for the moon,”
    // she told the crowd. (Photo: …)") or reports what they said
    // ("Organisers said the show had sold out. (Photo: …)") is read for
    // its speech: a credit word makes furniture only of a line without
    // quotation marks or a reporting verb, or of a note, which opens with
    // its credit ("This article was updated to say …").
    let credit = || {
        has_credit_word
            && !line.contains(OPENING_NOT_APOSTROPHE_OR_GUILLEMET)
            && CREDIT
                .find(line)
                .is_some_and(|m| m.start() == 0 || !reports_speech(line, lexicon))
    };
    if credit() || (ends_in_year && DATE_STAMP.is_match(line)) {
        return true;
    }
    // A line of signs alone, a review's stars ("★★★★☆") or a divider
    // ("* * *"), says nothing and is no paragraph of the text: under it a
    // byline would read as a heading.
    if !line.chars().any(char::is_alphanumeric) && !line.contains(QUOTING_MARKS) {
        return true;
    }
    // A dash-led line is a dateline or credit fragment: "- Agency, 1920"
    // (unless it is a list's item, which the classifier tells).
    if is_dash_led(line) || is_navigation(line) || is_counter(line) || is_note(line, lexicon) {
        return true;
    }
    // "Sign up for our breaking news alerts": a short line opened by a
    // call to action is the site's, whatever it offers, even as a
    // sentence ("Subscribe to our podcast here."), unless it reports
    // speech ("Sign up for the army, Ruiz told them.").
    if line.len() <= SIGNATURE_LINE
        && lexicon.opens_with_furniture_call(line)
        && !reports_speech(line, lexicon)
    {
        return true;
    }
    // A link to a piece of media or another page is led by a control's
    // label and a colon, and is a headline, not a sentence ("WATCH:
    // Residents protest outside the town hall", "VIDEO: …"); a sentence
    // after the label ("Updated: Police said the man was released.") is
    // the article's.
    if line.len() <= SIGNATURE_LINE && !ends_sentence(line) {
        // An embedded post's signature (see [`post_signature`]), on a
        // line of its own: a paragraph that ends with one is the post.
        if signature_handle(line).is_some() && inline_post(line).is_none() {
            return true;
        }
        let head = &line.as_bytes()[..line.len().min(lexicon.furniture_max_len() + 1)];
        let label = memchr::memchr(b':', head).map(|colon| line[..colon].trim());
        if label.is_some_and(|label| lexicon.is_furniture_phrase(label))
            && !dated_label(line, lexicon)
        {
            return true;
        }
    }
    // Site controls are short: only a line about as long as the longest
    // phrase is compared. An ASCII line is compared without regard to
    // case as it is; another is lower-cased first.
    if line.len() > lexicon.furniture_max_len() + 8 {
        return false;
    }
    let lower = if line.is_ascii() {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(line.to_lowercase())
    };
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    // A control's count in brackets ("Comments (87)", "Replies (4)") is
    // no part of its label.
    let counted = bare
        .rsplit_once(" (")
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    // Phrases hold no colon: "Share this:" is compared up to its first.
    lexicon.is_furniture_phrase(bare)
        || counted.is_some_and(|(label, _)| lexicon.is_furniture_phrase(label))
        || bare.find(':').is_some_and(|colon| {
            lexicon.is_furniture_phrase(&bare[..colon]) && !dated_label(line, lexicon)
        })
        || section_control(bare, lexicon)
}

/// The most words of the section a control is limited to ("in Sport", "in
/// World News").
const SECTION_WORDS: usize = 2;

/// Whether `bare`, a short line, is a control's label limited to a section
/// of the site: the label, "in" and a name of a word or two ("Most read in
/// Sport", "MORE IN WORLD NEWS"). A sentence has a verb after its
/// preposition's object, or more words.
fn section_control(bare: &str, lexicon: &Lexicon) -> bool {
    let Some(at) = bare.match_indices(' ').map(|(k, _)| k).find(|&k| {
        bare[k + 1..]
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("in "))
    }) else {
        return false;
    };
    let section = bare[at + 4..].split_whitespace().count();
    (1..=SECTION_WORDS).contains(&section) && lexicon.is_furniture_phrase(&bare[..at])
}

/// The most digits of a number in a dated label: a day ("6", "6th") or a
/// year ("2026").
const MAX_DATE_DIGITS: usize = 4;

/// Whether a date alone follows the first colon of `line`, a day's name,
/// a month's and numbers ("Top stories: Saturday 7 March 2026", "The
/// Briefing: Thursday, March 6"): a label so dated titles a digest of the
/// day's stories; undated ("Top stories", "Most read:") it is a page's
/// control.
fn dated_label(line: &str, lexicon: &Lexicon) -> bool {
    let Some((_, date)) = line.split_once(':') else {
        return false;
    };
    let mut numbers = 0;
    let mut words = 0;
    for w in simple_words(date) {
        words += 1;
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=MAX_DATE_DIGITS).contains(&digits)
            && w[digits..].bytes().all(|b| b.is_ascii_lowercase())
        {
            numbers += 1;
        } else if !lexicon.is_time_word(&w.to_lowercase()) {
            return false;
        }
    }
    numbers > 0 && words > numbers
}

/// Whether `line` is a label of a few words and a colon before figures
/// ("Final score: Rovers 3, United 1", "Attendance: 41,203"): a results
/// line set apart from the story, which heads no section. The numbers
/// end each part between its commas; "Part 2: The Return", numbered
/// before the colon, is a heading, and so are a title with a figure inside
/// ("Flood: Relief For 4,000 Households", "Live: Rovers 1-0 City") and a
/// dated label, which titles a digest ([`dated_label`]).
fn figures_label(line: &str, lexicon: &Lexicon) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    // Each part between commas ends in a number: "Rovers 3", "41", "203".
    let ends_in_figure = |part: &str| {
        part.split_whitespace()
            .next_back()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    };
    simple_words(label).nth(FIGURES_LABEL_WORDS).is_none()
        && !label.bytes().any(|b| b.is_ascii_digit())
        && rest.split(',').all(ends_in_figure)
        && !dated_label(line, lexicon)
}

/// The most words of a label before a colon and figures.
const FIGURES_LABEL_WORDS: usize = 3;

/// Where the text of a caption read for its speech ends, when a credit
/// closes the line after it ("… said Dev Malik. Photo: Jo Brand/Coast
/// Times", "… Rosa said. (Photo: Amir Haddad)"): the credit names no one
/// who speaks, and is no part of the paragraph. A credit word with a
/// reporting verb after it ("Courtesy of the council, residents said …")
/// opens a sentence of the caption's, no credit.
fn caption_end(line: &str, lexicon: &Lexicon) -> Option<usize> {
    if line.len() > SHORT_LINE {
        return None;
    }
    let credit = CREDIT.find(line)?.start();
    if reports_speech(&line[credit..], lexicon) {
        return None;
    }
    let head = line[..credit].trim_end();
    if let Some(open) = head.strip_suffix('(') {
        return line.ends_with(')').then(|| open.trim_end().len());
    }
    (!head.is_empty() && ends_sentence(head)).then_some(head.len())
}

/// Whether a word of `line` in lower case is a verb form that reports
/// speech ("said", "told"), as a caption's sentence may.
fn reports_speech(line: &str, lexicon: &Lexicon) -> bool {
    simple_words(line).any(|w| w.starts_with(char::is_lowercase) && lexicon.is_reporting(w))
}

/// The most words of an item of a page's bar of controls or of a
/// breadcrumb ("Share on WhatsApp", "Terms and conditions").
const NAV_ITEM_WORDS: usize = 4;

/// A line of a copied page's controls: short items set apart by bars,
/// three or more, or two of a word or two ("News | Sport | What's On",
/// "Share on Facebook | Share on X | Copy link | Comments (87)", "Accept
/// all | Reject all"), or a breadcrumb's path of capitalised items
/// ("News > Local News"). Title-cased like a heading, such a line heads
/// nothing: made one, a share bar under the standfirst would be the topic
/// of every quote after it. A headline and its site's name ("Tram delayed
/// | The Herald") are two items, the headline of more than two words: a
/// title.
fn is_navigation(line: &str) -> bool {
    let Some(bar) = memchr::memchr2(b'|', b'>', line.as_bytes()) else {
        return false;
    };
    let pipe = line.as_bytes()[bar] == b'|';
    let mut items = 0;
    let mut longest = 0;
    for item in line.split(if pipe { " | " } else { " > " }) {
        let words = simple_words(item).take(NAV_ITEM_WORDS + 1).count();
        let capital = item.chars().next().is_some_and(char::is_uppercase);
        if words == 0 || words > NAV_ITEM_WORDS || (!pipe && !capital) {
            return false;
        }
        items += 1;
        longest = longest.max(words);
    }
    // Bars hold three items, or two short ones ("Accept all | Reject
    // all"); a breadcrumb two.
    if pipe {
        items >= 3 || (items == 2 && longest <= 2)
    } else {
        items >= 2
    }
}

/// What the shape tests read of a short line's words.
#[derive(Default)]
struct Shape {
    words: usize,
    /// Words other than short function words.
    content: usize,
    /// Content words that start with a capital or a digit.
    caps: usize,
}

impl Shape {
    /// The share of content words that start with a capital or a digit.
    fn title_case(&self) -> f64 {
        if self.content == 0 {
            0.0
        } else {
            self.caps as f64 / self.content as f64
        }
    }

    /// Content words that start with neither a capital nor a digit.
    fn lower(&self) -> usize {
        self.content - self.caps
    }
}

/// The shape of a short line's words, counted until `settled` says the
/// rest cannot change the caller's answer.
fn word_shape(line: &str, lexicon: &Lexicon, settled: impl Fn(&Shape) -> bool) -> Shape {
    let mut shape = Shape::default();
    let mut count = |w: &str| {
        shape.words += 1;
        if w.len() > 3 || !lexicon.is_function_word(w) {
            shape.content += 1;
            shape.caps += usize::from(
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
            );
        }
        settled(&shape)
    };
    if line.is_ascii() || line.chars().all(simple_word_break) {
        simple_words(line).any(&mut count);
    } else {
        line.unicode_words().any(&mut count);
    }
    shape
}

/// True for a character [`simple_words`] segments as Unicode word
/// segmentation does: ASCII, and the curly apostrophes, quotation marks,
/// dashes and spaces of news text, and the symbols of its credits and
/// prices (a photo credit's "© Sputnik / …" line is asked about as often
/// as any other, and Unicode segmentation costs a hundred instructions a
/// character).
fn simple_word_break(c: char) -> bool {
    c.is_ascii()
        || matches!(
            c,
            '’' | '‘'
                | '“'
                | '”'
                | '—'
                | '–'
                | '…'
                | '\u{a0}'
                | '«'
                | '»'
                | '©'
                | '®'
                | '™'
                | '•'
                | '£'
                | '€'
                | '°'
        )
}

/// The words of a line of [`simple_word_break`] characters as Unicode word
/// segmentation (UAX #29, `unicode_words`) gives them, without its tables:
/// runs of ASCII letters, digits and `_`, joined across one `:`, `.`, `'`,
/// `’` or `‘` between letters and one `,`, `;`, `.`, `'`, `’` or `‘`
/// between digits. Every other character breaks words.
pub(crate) fn simple_words(line: &str) -> impl Iterator<Item = &str> {
    let b = line.as_bytes();
    let word_byte = |c: u8| WORD_BYTES[usize::from(c)];
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            while i < b.len() && !word_byte(b[i]) {
                i += 1;
            }
            if i == b.len() {
                return None;
            }
            let start = i;
            while i < b.len() {
                if word_byte(b[i]) {
                    i += 1;
                    continue;
                }
                // The curly apostrophes join like the straight one.
                let mid = match b[i] {
                    b':' => Some((1, true, false)),
                    b',' | b';' => Some((1, false, true)),
                    b'.' | b'\'' => Some((1, true, true)),
                    0xE2 if b[i..].starts_with("’".as_bytes())
                        || b[i..].starts_with("‘".as_bytes()) =>
                    {
                        Some((3, true, true))
                    }
                    _ => None,
                };
                let Some((len, letters, digits)) = mid else {
                    break;
                };
                let (prev, next) = (b[i - 1], b.get(i + len).copied().unwrap_or(0));
                let joins = (letters && prev.is_ascii_alphabetic() && next.is_ascii_alphabetic())
                    || (digits && prev.is_ascii_digit() && next.is_ascii_digit());
                if !joins {
                    break;
                }
                i += len + 1;
            }
            // A run of `_` alone holds no letter or digit: not a word.
            if b[start] != b'_' || b[start..i].iter().any(u8::is_ascii_alphanumeric) {
                return Some(&line[start..i]);
            }
        }
    })
}

/// The bytes of [`simple_words`]' runs, ASCII letters, digits and `_`, as
/// a table: one load a byte.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// True for ". ", "? " or "! " inside the line, before its closing
/// punctuation and marks; with `abbreviations`, not the period of one or
/// of an initial ("U.S. Flexes Muscles", "St. Paul Votes").
fn has_inner_sentence_break(line: &str, abbreviations: Option<&Lexicon>) -> bool {
    let trimmed = line.trim_end_matches(['.', '!', '?', '"', '”', '’', '\'']);
    let b = trimmed.as_bytes();
    memchr::memchr3_iter(b'.', b'?', b'!', b).any(|i| {
        b.get(i + 1) == Some(&b' ')
            && !(b[i] == b'.'
                && abbreviations
                    .is_some_and(|lexicon| sentences::before_is_abbreviation(trimmed, i, lexicon)))
    })
}

/// How far a line is shaped like a headline.
#[derive(Clone, Copy, PartialEq)]
enum TitleShape {
    No,
    /// A short sentence-case line closed by a period or a semicolon, as
    /// some sites and news databases end their headlines, or two short
    /// sentences closed by a period, as a column's may be: a headline only
    /// as an article's first line, since a first paragraph that short is
    /// rare.
    Closed,
    /// Short, and either title-cased or without a final period; one
    /// sentence, unless it is title-cased ("Ruiz Quits. What Now?").
    Headline,
}

/// True when `line` is a paragraph of running text: longer than
/// [`PROSE_LINE`] and closed as a sentence, or a quotation, is.
fn is_prose(line: &str) -> bool {
    line.len() > PROSE_LINE && line.ends_with(['.', '?', '!', '"', '”'])
}

/// The shape of `line` as a headline.
fn title_shape(line: &str, lexicon: &Lexicon) -> TitleShape {
    if line.len() > SHORT_LINE {
        return TitleShape::No;
    }
    let one_sentence = !has_inner_sentence_break(line, Some(lexicon));
    let closed = line.ends_with(['.', ',', ';', ':']);
    // Past 30 words, or past 12 lower-case content words when the line is
    // closed like a sentence (the share of capitals in at most 30 can no
    // longer reach 0.6), the answer is no.
    let shape = word_shape(line, lexicon, |s| {
        s.words > 30 || (closed && s.lower() > 12)
    });
    if shape.words == 0 || shape.words > 30 {
        return TitleShape::No;
    }
    let ends_in_word = line.chars().next_back().is_some_and(char::is_alphanumeric);
    if !one_sentence {
        // Two sentences make a headline when short and in title case, or
        // when the last ends in a word as no sentence of prose does ("Dunmore
        // doesn't need a vision. It needs a bus that turns up").
        // Two short sentences closed by a full stop, as a column's headline
        // may be ("The port is not a museum. Stop running it as one."), are
        // a title only as the article's first line (see
        // [`TitleShape::Closed`]).
        return if shape.words <= SHORT_HEADLINE && (shape.title_case() >= 0.75 || ends_in_word) {
            TitleShape::Headline
        } else if shape.words <= SHORT_HEADLINE && closed_by_period(line) {
            TitleShape::Closed
        } else {
            TitleShape::No
        };
    }
    // A sentence-case headline runs to 25 words in the tabloids. A longer
    // line that ends in punctuation or a mark is more often the article's
    // first sentence (a question, or speech: `…," Cruz said.`): such a
    // headline ends in a word.
    let long_headline = shape.words <= LONG_HEADLINE && ends_in_word;
    if shape.title_case() >= 0.6 || (shape.words <= SHORT_HEADLINE && !closed) || long_headline {
        return TitleShape::Headline;
    }
    // Some feeds end a headline with a semicolon before its deck.
    let period_headline =
        shape.words <= SHORT_HEADLINE && (closed_by_period(line) || line.ends_with(';'));
    if period_headline {
        TitleShape::Closed
    } else {
        TitleShape::No
    }
}

/// Whether `line` ends with one full stop, as a headline some feeds close
/// may, and quotes no one: a line quoting someone is the article's first
/// sentence.
fn closed_by_period(line: &str) -> bool {
    line.ends_with('.') && !line.ends_with("..") && !line.contains(DOUBLE_QUOTES)
}

/// A byline ("By Claire Dunstan, Environment Correspondent") or a live
/// blog's time stamp ("1.52pm GMT", "14:05 BST"): shaped like headings,
/// but they head no section, so they are never a quotation's topic.
fn is_byline_or_stamp(line: &str, lexicon: &Lexicon) -> bool {
    if is_byline(line) {
        return true;
    }
    // A byline's items set apart by middle dots or bars, one of them the
    // time stamp ("Ana Ruiz · The Herald · Posted: May 4, 2026 9:12 AM").
    let stamped_item = || {
        line.split(['·', '|'])
            .skip(1)
            .any(|item| is_stamp(item.trim(), lexicon))
    };
    is_stamp(line, lexicon) || (line.contains(['·', '|']) && stamped_item())
}

/// A byline: "By" and a capitalised word.
fn is_byline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next() == Some("By") && words.next().is_some_and(is_capitalized)
}

/// A page's time stamp: a lead word or two ("Published", "Last updated:")
/// and a digit of its date or time, or a clock time first.
fn is_stamp(line: &str, lexicon: &Lexicon) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    let lead = |w: &str| lexicon.is_stamp_lead(w.trim_end_matches(':'));
    let line = line.trim_start();
    let first_two = line
        .match_indices(' ')
        .nth(1)
        .map_or(line, |(i, _)| &line[..i]);
    if (lead(first) || lead(first_two)) && line.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    opens_with_clock_time(first) || date_line(line, lexicon)
}

/// The most words of a bare date line ("Tuesday 3 June 2025 | 9:12am BST").
const DATE_LINE_WORDS: usize = 8;

/// Whether `line` is a page's date and time with no lead word before it
/// ("Fri 21 Feb 2025 08.00 GMT", "3 June 2025, 9am ET"): days, months,
/// zones, numbers and separators only, a clock time among them. A date
/// without a time ("21 February") may head a section of a timeline.
fn date_line(line: &str, lexicon: &Lexicon) -> bool {
    date_words(line, lexicon) == Some(true)
}

/// Whether `line` is a date, with or without its time: [`date_line`]'s
/// words only, a digit among them ("Saturday 9 March 2024").
fn bare_date(line: &str, lexicon: &Lexicon) -> bool {
    line.bytes().any(|b| b.is_ascii_digit()) && date_words(line, lexicon).is_some()
}

/// Whether a clock time is among the words of `line` when they are all
/// [`date_line`]'s, else none.
fn date_words(line: &str, lexicon: &Lexicon) -> Option<bool> {
    let separator = |w: &str| {
        w.chars()
            .all(|c| matches!(c, '|' | '·' | '-' | '–' | '—' | '/'))
    };
    let mut clock = false;
    for (n, word) in line.split_whitespace().enumerate() {
        if n == DATE_LINE_WORDS {
            return None;
        }
        let word = word.trim_end_matches([',', '.']);
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = &word[digits..];
        // "08.00", "9:12am", "9am"
        if opens_with_clock_time(word)
            || ((1..=2).contains(&digits) && lexicon.is_date_word(suffix))
        {
            clock = true;
            continue;
        }
        // "2025", "21st", "21/02/2025"
        let number = digits > 0
            && (suffix
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'/' || b == b'-')
                || (suffix.len() == 2 && suffix.bytes().all(|b| b.is_ascii_lowercase())));
        if !(number || separator(word) || lexicon.is_date_word(word)) {
            return None;
        }
    }
    Some(clock)
}

/// Whether `first`, a line's first word, is a clock time: one or two
/// digits, a point or a colon, two digits ("14:05", "1.52pm").
fn opens_with_clock_time(first: &str) -> bool {
    let b = first.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&hours)
        && matches!(b.get(hours), Some(b'.' | b':'))
        && b.get(hours + 1..hours + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && b.get(hours + 3).is_none_or(|c| !c.is_ascii_digit())
}

/// Whether `line` is a live blog's clock stamp alone ("14:32 GMT",
/// "1.52pm"): a clock time and at most a zone after it.
fn clock_stamp(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next().is_some_and(opens_with_clock_time) && words.nth(1).is_none()
}

/// The longest label of an interview's turn looked for, in bytes
/// ("Question").
const MAX_INTERVIEW_LABEL: usize = 10;

/// The longest opening of a paragraph before an answer's quotation mark
/// looked for, in bytes: a label, its point or colon and a few spaces
/// (`A.  "Yes."`).
pub(crate) const MAX_ANSWER_OPENING: usize = MAX_INTERVIEW_LABEL + 8;

/// The turn of an interview a line opens with, if any ("Q: And now?",
/// "A. Very clearly.", "Answer: …"): whether its label opens an answer
/// rather than a question, and where in the line the turn's words start.
pub(crate) fn interview_turn(s: &str, lexicon: &Lexicon) -> Option<(bool, usize)> {
    let bytes = s.as_bytes();
    // Every line is asked: the first letter turns most away, and a label
    // is a word of letters, read only to its end.
    if !lexicon.may_open_interview_label(*bytes.first()?) {
        return None;
    }
    let end = bytes
        .iter()
        .take(MAX_INTERVIEW_LABEL)
        .position(|b| !b.is_ascii_alphabetic())?;
    // A colon or a point, and a space: "A.J. Hale" or "Q.E.D." is none.
    if !matches!(bytes[end], b':' | b'.') || bytes.get(end + 1) != Some(&b' ') {
        return None;
    }
    let answer = lexicon.is_answer_label(&s[..end])?;
    let rest = &s[end + 1..];
    Some((answer, s.len() - rest.trim_start().len()))
}

/// The longest question of an interview standing alone as a paragraph
/// looked for, in bytes: an interviewer's question is a sentence or two,
/// and a longer paragraph ending in a question is an argument's.
const MAX_BARE_QUESTION: usize = 400;

/// Whether a line is a question standing alone as a paragraph with no
/// label ("**What about the Albert Hall?**", "*And now?*", "So what
/// changed?"), as an interview in questions and answers sets out its
/// interviewer's turns: it ends in a question mark, maybe inside bold or
/// italic markers, opens with a capital or a digit (a quotation standing
/// alone opens with its mark), and is no labelled turn; it may quote
/// words ("You called it \"a lottery\". Were you afraid?"). Whether it is
/// an interviewer's is told by what follows it (see `marks`), never by
/// the line alone.
#[inline]
pub(crate) fn bare_question(line: &str, lexicon: &Lexicon) -> bool {
    // Most paragraphs are long or end in a point: told with no call.
    match line.as_bytes().last() {
        _ if line.len() > MAX_BARE_QUESTION => false,
        None => false,
        Some(&c) if c.is_ascii() && c != b'?' && !is_trailing_filler(c) => false,
        Some(_) => ends_bare_question(line, lexicon),
    }
}

/// [`bare_question`] of a short line whose last byte may close a question.
fn ends_bare_question(line: &str, lexicon: &Lexicon) -> bool {
    // Asked of every paragraph, most of which end in a point: the last
    // byte that is no space or marker tells, before any trimming, unless
    // it belongs to a character beyond ASCII.
    let b = line.as_bytes();
    let last = b.iter().rposition(|&c| !is_trailing_filler(c));
    match last {
        None => return false,
        Some(i) if b[i].is_ascii() && b[i] != b'?' => return false,
        Some(_) => {}
    }
    let inner = line.trim_end().trim_end_matches(['*', '_']).trim_end();
    if !inner.ends_with('?') {
        return false;
    }
    let inner = inner.trim_start_matches(['*', '_']).trim_start();
    inner
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && interview_turn(inner, lexicon).is_none()
}

/// Whether byte `c` may trail a question's mark at the end of a line: a
/// space of any kind (the vertical tab too, which `trim_end` takes and
/// `is_ascii_whitespace` does not) or a Markdown emphasis marker.
fn is_trailing_filler(c: u8) -> bool {
    matches!(
        c,
        b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'*' | b'_'
    )
}

/// How many blocks apart an explainer's question headings may be: a
/// section of a few paragraphs each.
const QUESTION_SECTION: usize = 12;
/// The most words of a question heading ("Can I ask for a meter
/// sooner?"): a heading is a line, not a paragraph's argument.
const QUESTION_HEADING_WORDS: usize = 12;

/// Whether `line`, a paragraph of its own, is a question heading a section
/// of prose, `next` the paragraph after it: a question standing alone (see
/// [`bare_question`]) of one short sentence, with no quotation and no colon
/// (a transcript's "REPORTER: …?"), over a paragraph of the article's own
/// prose, which neither opens with a quotation nor speaks in the first
/// person outside one. A question answered so is an interviewer's ("And if
/// the work sells?" ⏎ `"Then it sells," she says.`), or a column's own
/// ("Why does it matter?" ⏎ "Because, as I wrote last week, …").
fn question_heading(line: &str, next: &str, lexicon: &Lexicon) -> bool {
    if !bare_question(line, lexicon)
        || line.contains(QUOTING_MARKS)
        || line.contains(':')
        || has_inner_sentence_break(line, None)
    {
        return false;
    }
    let mut words = simple_words(line);
    if words.nth(1).is_none() || words.nth(QUESTION_HEADING_WORDS - 2).is_some() {
        return false;
    }
    let opens_quotation = next
        .trim_start_matches(['*', '_'])
        .starts_with(QUOTING_MARKS);
    !opens_quotation
        && ends_sentence(next)
        && !bare_question(next, lexicon)
        && interview_turn(next, lexicon).is_none()
        // The pairing of marks asks the same of an interview's answer
        // (`marks::answers_first_person`) over the words of `words::words`,
        // which skip a short parenthetical whole and keep a hyphen inside a
        // word ("(we)", "we-all"); these are the line's `simple_words`, as
        // every other test of a line here reads them. The two tell such
        // lines apart, so each keeps its own words.
        && (next.contains(QUOTING_MARKS)
            || !simple_words(next).any(|w| lexicon.is_first_person_word(w)))
}

/// The most words of a line under a byline that names the writer's desk
/// or role ("Senior health reporter"), not a section of the article.
const BYLINE_DESK_WORDS: usize = 3;
/// Whether no word of `line` is shaped as a verb: no word of a past ("banned",
/// "fell"), an auxiliary, a "to" before a verb, a lower-case word in -s or
/// -ing that is no time word ("evening"). A photo's caption under the
/// byline names what the picture shows ("Police at the scene on the coast
/// road on Sunday"); the headline of a bundle's first item says what
/// happened ("Driver banned after crash").
fn verbless(line: &str, lexicon: &Lexicon) -> bool {
    !simple_words(line).enumerate().any(|(k, w)| {
        let lower = k > 0 && w.starts_with(|c: char| c.is_ascii_lowercase());
        (w.len() > 3 && w.ends_with("ed"))
            || w.eq_ignore_ascii_case("to")
            || lexicon.is_irregular_past(w)
            || lexicon.is_auxiliary(w)
            || (lower
                && ((w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ing"))
                && !lexicon.is_time_word(w))
    })
}

/// The most words of a section heading in sentence case: a heading is a
/// line, a longer one a paragraph that lost its full stop.
const PLAIN_HEADING_WORDS: usize = 12;

/// Whether `line`, a paragraph of its own, is a section heading that is
/// not title-cased, `next` the paragraph after it: a capital first, a
/// word last (no sentence's end, no closing mark), no quotation and no
/// colon (a speaker's label), over a longer paragraph closed as a
/// sentence is. A kicker's label may stand before the heading's colon
/// ("Update: Three workers taken to hospital", on a live page), and so
/// may a day's (a newsletter's "Weekend: the fair is back"), which says
/// when its item is, not who speaks; a year alone heads a timeline's part
/// ("2024"). A comma joins two clauses of a headline ("Talks fail,
/// walkout set for May") or the digits of a figure, but an apposition is
/// a signature's ("Ana Ruiz, teacher").
fn plain_heading(line: &str, next: &str, lexicon: &Lexicon) -> bool {
    let labelled = line.split_once(": ").filter(|(label, heading)| {
        lexicon.is_kicker(label)
            || part_label(label, lexicon)
            || (label.starts_with(char::is_uppercase)
                && !label.contains(' ')
                && lexicon.is_time_word(label)
                && !lexicon.is_function_word(label)
                && heading.starts_with(char::is_alphabetic))
    });
    let line = labelled.map_or(line, |(_, heading)| heading);
    if line.len() > SHORT_LINE / 2
        || !(line.starts_with(char::is_uppercase) || labelled.is_some() || is_year(line))
        || !line.ends_with(char::is_alphanumeric)
        || line.contains(QUOTING_MARKS)
        || line.contains([':', ';', '(', '|'])
        || !headline_commas(line)
        || next.len() <= line.len()
        || !ends_sentence(next)
        || bare_question(next, lexicon)
        || has_inner_sentence_break(after_section_number(line), Some(lexicon))
        || interview_turn(line, lexicon).is_some()
        || is_byline_or_stamp(line, lexicon)
    {
        return false;
    }
    simple_words(line).nth(PLAIN_HEADING_WORDS).is_none()
}

/// Whether `line` is a year alone ("2024"), which heads its part of a
/// timeline as a word would.
fn is_year(line: &str) -> bool {
    line.len() == 4 && line.starts_with(['1', '2']) && line.bytes().all(|b| b.is_ascii_digit())
}

/// The fewest words on either side of a comma joining two clauses of a
/// headline: "Port talks collapse, strike set for Friday".
const HEADLINE_CLAUSE_WORDS: usize = 3;

/// Whether every comma of `line` joins the digits of a figure ("60,000")
/// or two clauses of a headline, each of a few words; a comma before a
/// word or two ("Ana Ruiz, teacher", "Thanks, all") is no headline's.
fn headline_commas(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut clause_start = 0;
    for (k, _) in line.match_indices(',') {
        let digits = k > 0
            && bytes[k - 1].is_ascii_digit()
            && bytes.get(k + 1).is_some_and(u8::is_ascii_digit);
        if digits {
            continue;
        }
        let before = line[clause_start..k].split_whitespace().count();
        let after = line[k + 1..]
            .split(',')
            .next()
            .map_or(0, |clause| clause.split_whitespace().count());
        if before < HEADLINE_CLAUSE_WORDS || after < HEADLINE_CLAUSE_WORDS {
            return false;
        }
        clause_start = k + 1;
    }
    true
}

/// The most words of the label of a part of a report before its
/// heading's colon ("Men's draw: …").
const PART_LABEL_WORDS: usize = 3;

/// Whether `label`, a heading's words before its colon, names the part of
/// a report that follows ("Men's draw", "Second half", "Local reaction")
/// in sentence case: a capital first, a lower-case word last. A speaker's
/// label is a name ("Hale: …") or a role ("Police chief: …"), which
/// turns the line into a headline quoting them; a label led by a rubric's
/// word ("Live results: …", "Latest pictures: …") says what kind of item
/// a link leads to, and one holding a note's word ("Image caption: …",
/// "Picture credit: …") opens a note.
fn part_label(label: &str, lexicon: &Lexicon) -> bool {
    let mut words = label.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let mut count = 1;
    let mut last = first;
    for w in words {
        count += 1;
        if count > PART_LABEL_WORDS
            || lexicon.role(&w.to_lowercase()).is_some()
            || lexicon.is_note_label(w)
        {
            return false;
        }
        last = w;
    }
    count > 1
        && first.starts_with(char::is_uppercase)
        && !lexicon.is_kicker(first)
        && !lexicon.is_note_label(first)
        && last.chars().all(char::is_lowercase)
        && lexicon.role(&first.to_lowercase()).is_none()
}

/// The longest Roman section number read ("XXIV", "XL"): an article has
/// no more sections.
const SECTION_ROMAN_LEN: usize = 4;
/// The most digits of a section number in figures: a longer number is a
/// year or a count, and its point may end a sentence ("2024. A year …").
const SECTION_DIGITS: usize = 2;

/// `line` past a section's number and its point ("II. The survey", "3.
/// What comes next"), which ends no sentence.
fn after_section_number(line: &str) -> &str {
    let Some((number, rest)) = line.split_once(". ") else {
        return line;
    };
    let roman = number.len() <= SECTION_ROMAN_LEN && number.bytes().all(|b| b"IVXL".contains(&b));
    let arabic = number.len() <= SECTION_DIGITS && number.bytes().all(|b| b.is_ascii_digit());
    if !number.is_empty() && (roman || arabic) {
        rest
    } else {
        line
    }
}

/// Whether heading `b` of `blocks`, which has a block after it, heads
/// nothing of the article's running text: it labels a teaser or a list,
/// signs a quotation or names a post's author.
fn heads_nothing(text: &str, blocks: &[Block], b: usize, lexicon: &Lexicon) -> bool {
    // A label over a headline standing alone that is not this
    // article's ("WHAT'S ON" / "Lights switch-on moved to Saturday"
    // / its teaser) is a desk's label on a page of teasers: a
    // section of this article opens with running text, not with
    // another headline. (A line glued under it is a list's item.)
    let labels_teaser = || {
        blocks[b + 1].kind == BlockKind::Body
            && blocks[b + 1].blank_before
            && teaser_headline(
                &text[blocks[b + 1].span.start..blocks[b + 1].span.end],
                lexicon,
            )
    };
    // A label over a list ("KEY POINTS" / "- …"), set apart from
    // it by a blank line or not, heads the list, not the running
    // text after it.
    let labels_list = || is_list_item(&text[blocks[b + 1].span.start..blocks[b + 1].span.end]);
    // A dash-led name under a quotation ("“We will rebuild.”" /
    // "— Ana Ruiz") signs it, as a post's signature does.
    let signs_quote = || {
        b > 0
            && !blocks[b].blank_before
            && quote_signature(
                &text[blocks[b - 1].span.start..blocks[b - 1].span.end],
                &text[blocks[b].span.start..blocks[b].span.end],
            )
            .is_some()
    };
    // A name glued over a handle ("Ana Ruiz" / "@anaruiz") is the
    // author's line of an embedded post: it names who wrote the
    // post under it and heads nothing after.
    let names_post = || {
        let next = &blocks[b + 1];
        !next.blank_before && handle_line(&text[next.span.start..next.span.end])
    };
    labels_teaser() || labels_list() || signs_quote() || names_post()
}

/// Whether a line ends as a sentence does: in a full stop, a question or
/// an exclamation mark, or a colon, maybe inside closing quotation marks
/// or brackets.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .ends_with(['.', '?', '!', ':', '…'])
}

/// A short line shaped like a headline that does not end as a sentence
/// does: the headline of a teaser, where a section's first line is a
/// paragraph. (A longer one is more often a paragraph that lost its full
/// stop.)
fn teaser_headline(line: &str, lexicon: &Lexicon) -> bool {
    !ends_sentence(line)
        && simple_words(line).nth(SHORT_HEADLINE).is_none()
        && title_shape(line, lexicon) == TitleShape::Headline
}

/// A section heading: short, title-cased, not closed like a sentence.
fn is_heading_shaped(line: &str, lexicon: &Lexicon) -> bool {
    if line.len() > SHORT_LINE / 2
        || line.ends_with(['.', ',', ';', ':'])
        // A name and a handle ("Ana Ruiz / @anaruiz") sign an embedded
        // post; they head nothing.
        || handle_line(line)
        // A section heading with an abbreviation in it is left to the
        // body: the names in it are a paragraph's, for the pronouns after
        // it to find ("Ana Ruiz On How U.S. Ports Work").
        || has_inner_sentence_break(line, None)
        // An interview's question ("Q: And now?") is short and capitalised
        // too, but a turn of the interview.
        || interview_turn(line, lexicon).is_some()
    {
        return false;
    }
    // Past 20 words, or past 5 lower-case content words (the share of
    // capitals in at most 20 can no longer reach 0.75), the answer is no.
    let shape = word_shape(line, lexicon, |s| s.words > 20 || s.lower() > 5);
    (2..=20).contains(&shape.words) && shape.title_case() >= 0.75
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_post_time_stamp_passes_the_test_before_the_expression() {
        let stamps = [
            "9:14 AM · Mar 11, 2026",
            "March 11, 2026 at 9:14 AM",
            "11 Mar 2026",
            "2026-03-11",
            "10:02",
            "٩:١٤",
        ];
        for line in stamps {
            assert!(POST_TIME.is_match(line), "{line}");
            assert!(might_be_post_time(line), "{line}");
        }
        assert!(!might_be_post_time("Read more"));
    }
}

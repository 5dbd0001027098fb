//! Stage 7, topic: the section heading a quotation falls under, else the
//! article's title. Teasers, captions and credits were set apart as
//! furniture by the layout stage, so they are never topics.

use crate::Span;
use crate::layout::{BlockKind, Blocks};
use crate::lexicon::Lexicon;
use crate::marks;

/// The topic of the blocks of an article, read in order: its title and
/// the last section heading read that is no question.
#[derive(Default)]
pub(crate) struct Topics {
    title: Option<Span>,
    heading: Option<Span>,
    /// How many blocks from the start are read.
    read: usize,
}

impl Topics {
    /// The topic of block `block`: the last heading at or before it, else
    /// the title. `blocks` reach past `block`; blocks are asked for in
    /// order.
    ///
    /// Nothing but furniture comes before the title, and furniture has no
    /// topic: a title read by the time a block is asked for is the
    /// article's.
    pub(crate) fn of(
        &mut self,
        text: &str,
        lexicon: &Lexicon,
        blocks: Blocks<'_>,
        block: usize,
    ) -> Option<Span> {
        self.read_to(text, lexicon, blocks, block + 1);
        self.heading.or(self.title)
    }

    /// The article's title, once the blocks read hold it.
    pub(crate) fn title(&self) -> Option<Span> {
        self.title
    }

    /// Reads the blocks before block `end`, from the first not read.
    pub(crate) fn read_to(
        &mut self,
        text: &str,
        lexicon: &Lexicon,
        blocks: Blocks<'_>,
        end: usize,
    ) {
        for b in blocks.range(self.read.min(end)..end) {
            match b.kind {
                BlockKind::Title => self.title = self.title.or(Some(bare(text, b.span))),
                // A question standing alone asks about the topic and is
                // none itself: an explainer's "What happens next?" heads
                // a part of the title's story, and an interview's
                // question set in bold is its interviewer's turn. So is a
                // rubric's label ("POLICE LOG", "Quote of the day"), which
                // says what kind of item follows, not what it is about.
                // Either closes the section before it all the same: the
                // title is the topic again.
                BlockKind::Heading
                    if marks::bare_question_of(text, b, lexicon)
                        || rubric(text, b.span, lexicon) =>
                {
                    self.heading = None;
                }
                BlockKind::Heading => self.heading = Some(bare(text, b.span)),
                BlockKind::Body | BlockKind::Furniture => {}
            }
        }
        self.read = self.read.max(end);
    }
}

/// The words of a heading without the markers of the markup it was set in
/// ("**BIN STRIKE OVER**", "## What Comes Next", "__Fares__"): the
/// heading is the topic, its bold or level is not. A heading's level is
/// `#`s and a space; a hashtag ("#Vote2026 trends") is a word.
fn bare(text: &str, span: Span) -> Span {
    let line = &text[span.start..span.end];
    let level = line.trim_start_matches('#');
    let head = if level.len() < line.len() && level.starts_with(char::is_whitespace) {
        level
    } else {
        line
    };
    let markers = |c: char| matches!(c, '*' | '_') || c.is_whitespace();
    let head = head.trim_start_matches(markers);
    let words = head.trim_end_matches(markers);
    if words.is_empty() {
        return span;
    }
    let start = span.end - head.len();
    Span::new(start, start + words.len())
}

/// True when the heading at `span` is a section label alone, a word of
/// [`Lexicon::is_kicker`] ("ANALYSIS", "Police log"), once the markers of
/// its markup are set aside.
fn rubric(text: &str, span: Span, lexicon: &Lexicon) -> bool {
    let words = bare(text, span);
    lexicon.is_kicker(&text[words.start..words.end])
}

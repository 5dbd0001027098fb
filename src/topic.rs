//! Stage 7, topic: the section heading a quotation falls under, else the
//! article's title. Teasers, captions and credits were set apart as
//! furniture by the layout stage, so they are never topics.

use crate::Span;
use crate::layout::{BlockKind, Blocks};
use crate::lexicon::Lexicon;
use crate::marks;

/// The topic of the blocks of an article, read in order: its title and
/// the last section heading read.
#[derive(Default)]
pub(crate) struct Topics {
    title: Option<Span>,
    heading: Option<Span>,
    /// How many blocks from the start are read.
    read: usize,
    /// Whether the article is an interview, whose questions set in bold
    /// read like headings but are its interviewer's turns, no topic.
    pub interview: bool,
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
                BlockKind::Title => self.title = self.title.or(Some(b.span)),
                BlockKind::Heading
                    if self.interview && marks::bare_question_of(text, b, lexicon) => {}
                BlockKind::Heading => self.heading = Some(b.span),
                BlockKind::Body | BlockKind::Furniture => {}
            }
        }
        self.read = self.read.max(end);
    }
}

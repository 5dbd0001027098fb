//! Stage 7, topic: the section heading a quotation falls under, else the
//! article's title. Teasers, captions and credits were set apart as
//! furniture by the layout stage, so they are never topics.

use crate::Span;
use crate::layout::{BlockKind, Layout};
use crate::span::walk_to;

/// The topics of an article: its title and its section headings, looked
/// up for blocks in document order.
pub(crate) struct Topics {
    title: Option<Span>,
    /// Each section heading's block index and span, in order: a list as
    /// long as the headings, not the blocks.
    headings: Vec<(usize, Span)>,
    /// How many headings stand at or before the block looked up last: the
    /// next look-up starts there, so look-ups in order read the list once.
    passed: usize,
}

impl Topics {
    pub(crate) fn new(layout: &Layout) -> Topics {
        Topics {
            title: layout.title().map(|b| b.span),
            headings: (layout.blocks.iter().enumerate())
                .filter(|(_, b)| b.kind == BlockKind::Heading)
                .map(|(i, b)| (i, b.span))
                .collect(),
            passed: 0,
        }
    }

    /// The topic of block `block`: the last heading at or before it, else
    /// the title.
    pub(crate) fn of(&mut self, block: usize) -> Option<Span> {
        walk_to(&self.headings, &mut self.passed, |&(i, _)| i <= block)
            .checked_sub(1)
            .map(|k| self.headings[k].1)
            .or(self.title)
    }
}

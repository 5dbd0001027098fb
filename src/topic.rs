//! Stage 7, topic: the section heading a quotation falls under, else the
//! article's title. Teasers, captions and credits were set apart as
//! furniture by the layout stage, so they are never topics.

use crate::Span;
use crate::layout::{BlockKind, Layout};

/// The topic of each block, by block index.
pub(crate) fn topics(layout: &Layout) -> Vec<Option<Span>> {
    let title = layout.title().map(|b| b.span);
    let mut current = title;
    layout
        .blocks
        .iter()
        .map(|b| {
            if b.kind == BlockKind::Heading {
                current = Some(b.span);
            }
            current
        })
        .collect()
}

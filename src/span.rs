//! Byte ranges into the input text.

use serde::{Deserialize, Serialize};

/// A half-open range of byte offsets `start..end` into the text given to the
/// extractor.
///
/// Both ends always lie on UTF-8 character boundaries of that text, so
/// `&text[span.start..span.end]` never panics.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// True when `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// Moves the cursor `at` to where `before` stops holding in `items`, a
/// list it holds for a prefix of (as [`slice::partition_point`] finds),
/// walking from where the cursor stands: look-ups made in text order cost
/// only the distance moved, and a step back is still answered right.
pub(crate) fn walk_to<T>(items: &[T], at: &mut usize, before: impl Fn(&T) -> bool) -> usize {
    *at = (*at).min(items.len());
    while *at > 0 && !before(&items[*at - 1]) {
        *at -= 1;
    }
    while items.get(*at).is_some_and(&before) {
        *at += 1;
    }
    *at
}

/// [`slice::partition_point`] searched from the end: the steps back from
/// the last item double until one holds `before`, and the rest is a binary
/// search over the last step. A look-up near the end of a list that grows
/// with the text (the running text read so far, the names found in it)
/// costs the log of its distance from the end, and reads only the list's
/// last items, still in cache, however long the text.
pub(crate) fn partition_point_back<T>(items: &[T], before: impl Fn(&T) -> bool) -> usize {
    // Every item from `hi` on fails `before`.
    let mut hi = items.len();
    let mut step = 1;
    while step <= hi {
        let i = hi - step;
        if before(&items[i]) {
            return i + 1 + items[i + 1..hi].partition_point(before);
        }
        hi = i;
        step *= 2;
    }
    items[..hi].partition_point(before)
}

#[cfg(test)]
mod tests {
    use super::partition_point_back;

    #[test]
    fn partition_point_back_agrees_with_a_binary_search() {
        for len in 0..40 {
            let items: Vec<usize> = (0..len).map(|i| i * 2).collect();
            for at in 0..=2 * len + 1 {
                let before = |&x: &usize| x < at;
                assert_eq!(
                    partition_point_back(&items, before),
                    items.partition_point(before),
                    "{len} items, split at {at}"
                );
            }
        }
    }
}

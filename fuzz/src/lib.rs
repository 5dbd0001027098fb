//! The invariants both fuzz targets check on every output.

use whosaid::{Quote, Span};

/// Panics (which libFuzzer reports as a crash) when a quote breaks a
/// documented invariant: spans inside the input and on character
/// boundaries, `mention`/`cue` equal to the text they point at, quotes in
/// document order without overlapping, confidence in `0.0..=1.0`.
pub fn check(text: &str, quotes: &[Quote<'_>]) {
    let valid = |s: Span| s.start <= s.end && text.get(s.start..s.end).is_some();
    let mut previous_end = 0;
    for q in quotes {
        assert!(valid(q.span), "span {:?} not in input", q.span);
        assert!(
            q.span.start >= previous_end,
            "quote at {:?} overlaps or precedes the one ending at {previous_end}",
            q.span
        );
        previous_end = q.span.end;
        match (q.speaker_span, q.mention.as_deref()) {
            (Some(s), Some(m)) => {
                assert!(valid(s), "speaker_span {s:?} not in input");
                assert_eq!(&text[s.start..s.end], m, "mention differs from its span");
            }
            (None, None) => {}
            (s, m) => panic!("speaker_span {s:?} without mention {m:?} or back"),
        }
        match (q.cue_span, q.cue.as_deref()) {
            (Some(s), Some(c)) => {
                assert!(valid(s), "cue_span {s:?} not in input");
                // The cue is the lower-case form of the words at its span.
                assert_eq!(
                    text[s.start..s.end].to_lowercase(),
                    c,
                    "cue differs from its span"
                );
            }
            (None, None) => {}
            (s, c) => panic!("cue_span {s:?} without cue {c:?} or back"),
        }
        assert!((0.0..=1.0).contains(&q.confidence));
        let inner = &text[q.span.start..q.span.end];
        let mut rest = inner;
        for word in q.text.split_whitespace() {
            let Some(at) = rest.find(word) else {
                panic!(
                    "word {word:?} of text {:?} not in span {inner:?} in order",
                    q.text
                );
            };
            rest = &rest[at + word.len()..];
        }
    }
}

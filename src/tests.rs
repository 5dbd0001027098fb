//! Crate-level guarantees that are not about any one stage.

use crate::{
    Error, Extractor, ExtractorBuilder, Kind, OwnedQuote, Quote, Rule, SingleQuotes, Span,
};

fn assert_send_sync_unwind<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    assert_send_sync_unwind::<Extractor>();
    assert_send_sync_unwind::<ExtractorBuilder>();
    assert_send_sync_unwind::<Quote<'static>>();
    assert_send_sync_unwind::<OwnedQuote>();
    assert_send_sync_unwind::<Kind>();
    assert_send_sync_unwind::<Rule>();
    assert_send_sync_unwind::<Span>();
    assert_send_sync_unwind::<SingleQuotes>();
    assert_send_sync_unwind::<Error>();
}

//! Any bytes, read as lossy UTF-8, through `extract_quotes`: the call must
//! return without panicking, and every quote it returns must keep the span
//! invariants the crate documents.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let quotes = whosaid::extract_quotes(&text);
    whosaid_fuzz::check(&text, &quotes);
});

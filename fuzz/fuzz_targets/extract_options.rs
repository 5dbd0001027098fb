//! The first two bytes choose the builder options (single-quote style,
//! multi-paragraph joining, a small or the default quote length, reported
//! speech, extra speech verbs); the rest is the article, read as lossy
//! UTF-8.
#![no_main]

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use libfuzzer_sys::fuzz_target;
use whosaid::{Extractor, SingleQuotes};

/// Building an extractor compiles the lexicon, which costs far more than a
/// small input: build each option set once.
static EXTRACTORS: LazyLock<Mutex<HashMap<(u8, u8), Extractor>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn extractor(style: u8, flags: u8) -> Extractor {
    let mut cache = EXTRACTORS.lock().unwrap();
    let key = (style % 3, flags);
    cache
        .entry(key)
        .or_insert_with(|| {
            let mut builder = Extractor::builder();
            builder
                .single_quotes(match key.0 {
                    0 => SingleQuotes::Auto,
                    1 => SingleQuotes::Speech,
                    _ => SingleQuotes::Nested,
                })
                .multi_paragraph_quotes(flags & 1 == 0);
            // A tiny maximum makes the "too long, skip as unbalanced" path
            // common.
            if flags & 2 != 0 {
                builder.max_quote_len(usize::from((flags >> 2) & 0xf) + 1);
            }
            // Reported speech, and the quoted words that run on into it,
            // go through paths of their own.
            builder.indirect_quotes(flags & 0x40 != 0);
            if flags & 0x80 != 0 {
                builder.add_speech_verbs(["quipped", "mused"]);
            }
            builder.build().expect("every option chosen here is valid")
        })
        .clone()
}

fuzz_target!(|data: &[u8]| {
    let [style, flags, rest @ ..] = data else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let quotes = extractor(*style, *flags).extract(&text);
    whosaid_fuzz::check(&text, &quotes);
});

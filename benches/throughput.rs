//! Throughput in bytes of article text per second: the sample article, a
//! corpus, and each pipeline stage alone over that corpus, so a regression
//! points at its stage.
//!
//! The corpus is the texts of the PolNeAR dev and train splits, read at run
//! time from `../shared/corpus/polnear/` beside the repository (they may not
//! be copied into it). Without them it is the bundled sample repeated to
//! about 10 MB. Either way each article is processed on its own, as the
//! command line does.
//!
//! `cargo bench --bench throughput`; one group: `cargo bench --bench
//! throughput -- stage`.

use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;
use whosaid::stages::{self, Prepared};

fn main() {
    eprintln!(
        "corpus: {}: {} articles, {} bytes",
        CORPUS.name,
        CORPUS.articles.len(),
        CORPUS.bytes
    );
    divan::main();
}

const SAMPLE: &str = include_str!("../tests/fixtures/sputnik_lavrov.txt");
/// The size of the fallback corpus.
const FALLBACK_BYTES: usize = 10 << 20;

struct Corpus {
    name: String,
    articles: Vec<String>,
    bytes: usize,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear");
    let (name, articles) = match polnear(&dir) {
        Some(a) => (format!("PolNeAR dev + train texts ({})", dir.display()), a),
        None => (
            "bundled sample repeated (PolNeAR absent)".to_owned(),
            vec![SAMPLE.to_owned(); FALLBACK_BYTES / SAMPLE.len()],
        ),
    };
    let bytes = articles.iter().map(String::len).sum();
    Corpus {
        name,
        articles,
        bytes,
    }
});

/// The article texts of `dir/{dev,train}.jsonl`, or `None` when either is
/// missing or unreadable.
fn polnear(dir: &Path) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for split in ["dev.jsonl", "train.jsonl"] {
        let jsonl = std::fs::read_to_string(dir.join(split)).ok()?;
        for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            out.push(v.get("text")?.as_str()?.to_owned());
        }
    }
    (!out.is_empty()).then_some(out)
}

static PREPARED: LazyLock<Vec<Prepared<'static>>> =
    LazyLock::new(|| CORPUS.articles.iter().map(|a| Prepared::new(a)).collect());

fn corpus_bytes() -> BytesCount {
    BytesCount::new(CORPUS.bytes)
}

#[divan::bench]
fn sample(bencher: Bencher) {
    bencher
        .counter(BytesCount::of_str(SAMPLE))
        .bench(|| whosaid::extract_quotes(divan::black_box(SAMPLE)).len());
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn corpus(bencher: Bencher) {
    let articles = &CORPUS.articles;
    bencher.counter(corpus_bytes()).bench(|| {
        articles
            .iter()
            .map(|a| whosaid::extract_quotes(divan::black_box(a)).len())
            .sum::<usize>()
    });
}

/// With indirect speech on.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn corpus_indirect(bencher: Bencher) {
    let extractor = whosaid::Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default lexicon builds");
    let articles = &CORPUS.articles;
    bencher.counter(corpus_bytes()).bench(|| {
        articles
            .iter()
            .map(|a| extractor.extract(divan::black_box(a)).len())
            .sum::<usize>()
    });
}

/// Each stage alone over the corpus; the stages before it ran once,
/// outside the timing.
#[divan::bench_group(sample_count = 20, sample_size = 1)]
mod stage {
    use super::*;

    fn over_text(bencher: Bencher, stage: fn(&str) -> usize) {
        let articles = &CORPUS.articles;
        bencher.counter(corpus_bytes()).bench(|| {
            articles
                .iter()
                .map(|a| stage(divan::black_box(a)))
                .sum::<usize>()
        });
    }

    fn over_prepared(bencher: Bencher, stage: fn(&Prepared<'_>) -> usize) {
        let prepared = &*PREPARED;
        bencher.counter(corpus_bytes()).bench(|| {
            prepared
                .iter()
                .map(|p| stage(divan::black_box(p)))
                .sum::<usize>()
        });
    }

    #[divan::bench]
    fn layout(bencher: Bencher) {
        over_text(bencher, stages::layout);
    }

    #[divan::bench]
    fn sentences(bencher: Bencher) {
        over_prepared(bencher, stages::sentences);
    }

    #[divan::bench]
    fn marks(bencher: Bencher) {
        over_prepared(bencher, stages::marks);
    }

    #[divan::bench]
    fn cues(bencher: Bencher) {
        over_text(bencher, stages::cues);
    }

    /// Indirect speech (reported clauses), which runs only when enabled.
    #[divan::bench]
    fn reported(bencher: Bencher) {
        over_prepared(bencher, stages::reported);
    }

    #[divan::bench]
    fn rules(bencher: Bencher) {
        over_prepared(bencher, stages::rules);
    }

    #[divan::bench]
    fn speakers(bencher: Bencher) {
        over_prepared(bencher, stages::speakers);
    }
}

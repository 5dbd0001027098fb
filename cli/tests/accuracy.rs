//! Accuracy guards on the PolNeAR dev split: direct quotes (scored with the
//! `eval` code, the definitions of `../shared/tools/score.py`,
//! `--byte-offsets --ignore-unattributed`) and attributions of every kind
//! with reported speech on (the `eval_attr` code, the definitions of
//! `score_attr.py`) must stay at least as good as they are now.
//!
//! The corpus is read from `../shared/corpus/polnear/dev.jsonl` beside the
//! repository and never copied into it; without it the tests say so and
//! pass. Raise the floors when the rules get better, never lower them to let
//! a change through.

use std::collections::HashMap;
use std::path::PathBuf;

use whosaid::Extractor;
use whosaid_cli::eval::{self, Options, PredQuote};
use whosaid_cli::eval_attr;
use whosaid_cli::evaluate::pred_quotes;

/// Direct quotes: the scores reached when this guard was last raised
/// (measured: overlap 0.962, exact-trim 0.951, attribution 0.906).
const OVERLAP_F1: f64 = 0.957;
const EXACT_TRIM_F1: f64 = 0.946;
const ATTRIBUTION_F1: f64 = 0.901;

/// All attributions, less about 0.005 (measured: content P 0.935, content
/// F1 0.736, content+speaker F1 0.698).
const CONTENT_P: f64 = 0.930;
const CONTENT_F1: f64 = 0.731;
const CONTENT_SPEAKER_F1: f64 = 0.693;

/// The dev split's lines, or `None` (with a message) when it is absent.
fn dev_split() -> Option<String> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/polnear/dev.jsonl");
    if !path.exists() {
        eprintln!("skipped: ../shared/corpus/polnear/dev.jsonl is not there");
        return None;
    }
    Some(std::fs::read_to_string(&path).expect("the dev split is readable"))
}

/// The extractor's predictions for each article, by id.
fn predict<'a>(
    extractor: &Extractor,
    docs: impl Iterator<Item = (&'a str, &'a str)>,
) -> HashMap<String, Vec<PredQuote>> {
    docs.map(|(id, text)| {
        let quotes = extractor.extract(text);
        (
            id.to_owned(),
            pred_quotes(text, &quotes).expect("spans on char boundaries"),
        )
    })
    .collect()
}

fn lines(corpus: &str) -> impl Iterator<Item = &str> {
    corpus.lines().filter(|l| !l.trim().is_empty())
}

#[test]
fn direct_quotes_on_the_dev_split_do_not_regress() {
    let Some(corpus) = dev_split() else { return };
    let gold: Vec<eval::GoldDoc> = lines(&corpus)
        .map(|l| eval::parse_gold_line(l).expect("a well-formed gold line"))
        .collect();
    let pred = predict(
        &Extractor::default(),
        gold.iter().map(|d| (d.id.as_str(), d.text.as_str())),
    );
    let options = Options {
        ignore_unattributed: true,
        ..Options::default()
    };
    let report = eval::score(&gold, &pred, options);
    eprintln!("{report}");

    let (overlap, exact_trim, attribution) = (
        report.overlap().f1,
        report.exact_trim().f1,
        report.attribution().f1,
    );
    assert!(
        overlap >= OVERLAP_F1,
        "overlap F1 fell to {overlap:.3} (floor {OVERLAP_F1})"
    );
    assert!(
        exact_trim >= EXACT_TRIM_F1,
        "exact-trim F1 fell to {exact_trim:.3} (floor {EXACT_TRIM_F1})"
    );
    assert!(
        attribution >= ATTRIBUTION_F1,
        "attribution F1 fell to {attribution:.3} (floor {ATTRIBUTION_F1})"
    );
}

#[test]
fn attributions_on_the_dev_split_do_not_regress() {
    let Some(corpus) = dev_split() else { return };
    let gold: Vec<eval_attr::GoldDoc> = lines(&corpus)
        .map(|l| eval_attr::parse_gold_line(l).expect("a well-formed gold line"))
        .collect();
    let extractor = Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default options are valid");
    let pred = predict(
        &extractor,
        gold.iter().map(|d| (d.id.as_str(), d.text.as_str())),
    );
    let report = eval_attr::score(&gold, &pred);
    eprintln!("{report}");

    let (content, with_speaker) = (report.content(), report.content_speaker());
    assert!(
        content.precision >= CONTENT_P,
        "content P fell to {:.3} (floor {CONTENT_P})",
        content.precision
    );
    assert!(
        content.f1 >= CONTENT_F1,
        "content F1 fell to {:.3} (floor {CONTENT_F1})",
        content.f1
    );
    assert!(
        with_speaker.f1 >= CONTENT_SPEAKER_F1,
        "content+speaker F1 fell to {:.3} (floor {CONTENT_SPEAKER_F1})",
        with_speaker.f1
    );
}

//! `whosaid eval`: the file handling of `tools/score.py` around the scorer
//! in [`crate::eval`] (and, with `--attributions`, of
//! `tools/score_attr.py` around [`crate::eval_attr`]), and the conversion of
//! extractor output into predictions.
//!
//! Loading follows score.py's `load()`: lines are trimmed, blank lines
//! skipped, a repeated id is an error naming the file and line. Ids found in
//! only one of the files are counted and reported as score.py's warnings.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use whosaid::{Extractor, Quote};

use crate::args::EvalArgs;
use crate::eval::{self, ByteToChar, GoldDoc, Options, PredQuote};
use crate::eval_attr;
use crate::extract::{extract_guarded, jobs_or_all_cores};
use crate::parallel::{self, Batching};
use crate::{Error, Status};

/// Predictions keyed by article id, as [`eval::score`] takes them.
pub type Predictions = HashMap<String, Vec<PredQuote>>;

/// Runs `whosaid eval`: prints score.py's table (or its JSON) on stdout and
/// its warnings on stderr; with `--attributions`, score_attr.py's.
pub fn run(args: &EvalArgs) -> Result<Status, Error> {
    let out = if args.attributions {
        let gold = load_attr_gold(&args.gold)?;
        let docs: Vec<_> = gold
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let predictions = predictions(args, &docs, eval_attr::check_speaker_spans, || {
            args.library.indirect_extractor()
        })?;
        let report = eval_attr::score(&gold, &predictions);
        if args.json {
            serde_json::to_string_pretty(&report).map_err(io::Error::other)?
        } else {
            report.to_string()
        }
    } else {
        let gold = load_gold(&args.gold)?;
        let docs: Vec<_> = gold
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let predictions = predictions(args, &docs, |_, _| Ok(()), || args.library.extractor())?;
        let options = Options {
            exclude_partial: args.exclude_partial,
            ignore_unattributed: args.ignore_unattributed,
        };
        let report = eval::score(&gold, &predictions, options);
        if args.json {
            serde_json::to_string_pretty(&report.to_json()).map_err(io::Error::other)?
        } else {
            report.to_string()
        }
    };
    writeln!(io::stdout().lock(), "{out}")?;
    Ok(Status::Success)
}

/// The predictions to score for the gold `docs` (`(id, text)` pairs): those
/// of the PRED file (each record also passed to `check` with its gold text),
/// or those of `extractor` run over the texts. Ids found on one side only
/// are reported as score.py's warnings.
fn predictions(
    args: &EvalArgs,
    docs: &[(&str, &str)],
    check: impl Fn(&str, &[PredQuote]) -> Result<(), String>,
    extractor: impl FnOnce() -> Result<Extractor, Error>,
) -> Result<Predictions, Error> {
    let predictions = match &args.pred {
        Some(path) => {
            let (predictions, not_in_gold) =
                load_predictions(path, args.byte_offsets, docs, check)?;
            if not_in_gold > 0 {
                warn(&format!(
                    "{not_in_gold} prediction ids not in gold, ignored"
                ));
            }
            predictions
        }
        None => predict(&extractor()?, docs, jobs_or_all_cores(args.jobs))?,
    };
    let missing = docs
        .iter()
        .filter(|(id, _)| !predictions.contains_key(*id))
        .count();
    if missing > 0 {
        warn(&format!(
            "{missing} gold ids without predictions (scored as empty)"
        ));
    }
    Ok(predictions)
}

/// score.py writes its warnings bare, and so do we, so the two can be compared.
fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "warning: {message}");
}

/// Reads a gold file (PolNeAR JSONL, code point offsets), in file order.
pub fn load_gold(path: &Path) -> Result<Vec<GoldDoc>, Error> {
    load_records(path, eval::parse_gold_line, |doc| &doc.id)
}

/// Reads a gold attribution file (`attr/*.jsonl`, code point offsets), in
/// file order.
pub fn load_attr_gold(path: &Path) -> Result<Vec<eval_attr::GoldDoc>, Error> {
    load_records(path, eval_attr::parse_gold_line, |doc| &doc.id)
}

/// Parses every record of `path`; a repeated id is an error.
fn load_records<T>(
    path: &Path,
    parse: fn(&str) -> Result<T, String>,
    id: fn(&T) -> &str,
) -> Result<Vec<T>, Error> {
    let mut records = Vec::new();
    let mut seen = HashSet::new();
    for_each_record(path, |line| {
        let record = parse(line)?;
        if !seen.insert(id(&record).to_string()) {
            return Err(format!("duplicate id {}", id(&record)));
        }
        records.push(record);
        Ok(())
    })?;
    Ok(records)
}

/// Reads a prediction file. Offsets are converted (with `byte_offsets`) and
/// checked against the text of the gold record with the same id (`docs`
/// are the gold `(id, text)` pairs), then each record is given to `check`
/// with that text; records whose id is not in the gold are counted (the
/// second value) and dropped.
pub fn load_predictions(
    path: &Path,
    byte_offsets: bool,
    docs: &[(&str, &str)],
    check: impl Fn(&str, &[PredQuote]) -> Result<(), String>,
) -> Result<(Predictions, usize), Error> {
    let texts: HashMap<&str, &str> = docs.iter().copied().collect();
    let mut predictions = HashMap::new();
    let mut not_in_gold = 0;
    for_each_record(path, |line| {
        let (id, quotes) =
            eval::parse_pred_record(line, byte_offsets, |id| texts.get(id).copied())?;
        if predictions.contains_key(&id) {
            return Err(format!("duplicate id {id}"));
        }
        match texts.get(id.as_str()) {
            Some(text) => check(text, &quotes).map_err(|e| format!("{id}: {e}"))?,
            None => not_in_gold += 1,
        }
        predictions.insert(id, quotes);
        Ok(())
    })?;
    predictions.retain(|id, _| texts.contains_key(id.as_str()));
    Ok((predictions, not_in_gold))
}

/// Calls `f` with every non-blank line, trimmed; an error from `f` or from
/// reading ends the file, reported as `PATH:LINE: message`.
fn for_each_record(
    path: &Path,
    mut f: impl FnMut(&str) -> Result<(), String>,
) -> Result<(), Error> {
    let shown = path.display();
    let file = File::open(path).map_err(|e| Error::Input(format!("{shown}: {e}")))?;
    let mut reader = BufReader::new(file);
    let mut bytes = Vec::new();
    for n in 1.. {
        bytes.clear();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return Err(Error::Input(format!("{shown}:{n}: {e}"))),
        }
        let line = std::str::from_utf8(&bytes).map_err(|e| {
            Error::Input(format!(
                "{shown}:{n}: invalid UTF-8 at byte {} of the line",
                e.valid_up_to()
            ))
        })?;
        let line = line.trim();
        if !line.is_empty() {
            f(line).map_err(|e| Error::Input(format!("{shown}:{n}: {e}")))?;
        }
    }
    Ok(())
}

/// Runs the extractor over every gold text (`docs` are `(id, text)` pairs)
/// on `jobs` threads.
pub fn predict(
    extractor: &Extractor,
    docs: &[(&str, &str)],
    jobs: std::num::NonZeroUsize,
) -> Result<Predictions, Error> {
    let mut predictions = HashMap::with_capacity(docs.len());
    parallel::ordered_map(
        jobs,
        Batching {
            max_items: 8,
            max_weight: 128 * 1024,
            weight: |&&(_, text): &&(&str, &str)| text.len(),
        },
        |emit| {
            for doc in docs {
                if emit(doc).is_break() {
                    return;
                }
            }
        },
        |&(id, text)| {
            let quotes = extract_guarded(extractor, text)
                .and_then(|quotes| pred_quotes(text, &quotes))
                .map_err(|e| format!("{id}: {e}"));
            (id.to_string(), quotes)
        },
        |batch| {
            for (id, quotes) in batch {
                predictions.insert(id, quotes.map_err(Error::Input)?);
            }
            Ok::<_, Error>(())
        },
    )?;
    Ok(predictions)
}

/// The extractor's quotes of `text` as scorer predictions: byte offsets
/// become code point offsets, the resolved speaker is the speaker, the
/// mention span its position and the kind its JSON name, as `score.py
/// --byte-offsets` (and score_attr.py) read the JSON contract. Fails only if a span is not on a character boundary of `text`,
/// which the library rules out.
pub fn pred_quotes(text: &str, quotes: &[Quote<'_>]) -> Result<Vec<PredQuote>, String> {
    let chars = ByteToChar::new(text);
    let convert = |byte: usize| {
        chars
            .get(byte)
            .ok_or_else(|| format!("byte offset {byte} is not a UTF-8 char boundary"))
    };
    quotes
        .iter()
        .map(|q| {
            let (speaker_start, speaker_end) = match q.speaker_span {
                Some(span) => (Some(convert(span.start)?), Some(convert(span.end)?)),
                None => (None, None),
            };
            Ok(PredQuote {
                start: convert(q.span.start)?,
                end: convert(q.span.end)?,
                speaker: q.speaker.as_deref().map(str::to_string),
                speaker_start,
                speaker_end,
                kind: Some(q.kind.as_str().to_string()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pred_quotes_are_in_code_points() {
        let text = "Zoë Ruiz, the mayor, spoke. “We will build it,” Ruiz said.";
        let quotes = whosaid::extract_quotes(text);
        let preds = pred_quotes(text, &quotes).unwrap();
        assert_eq!(preds.len(), quotes.len());
        let chars: Vec<char> = text.chars().collect();
        for (p, q) in preds.iter().zip(&quotes) {
            let s: String = chars[p.start..p.end].iter().collect();
            assert_eq!(s, text[q.span.start..q.span.end]);
            assert_eq!(p.speaker.as_deref(), q.speaker.as_deref());
        }
    }
}

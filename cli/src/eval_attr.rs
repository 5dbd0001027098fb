//! Evaluation of attributions of every kind (direct, indirect, mixed)
//! against the PolNeAR gold attributions.
//!
//! This module mirrors `tools/score_attr.py`: given the same gold and
//! prediction files it gives the same counts, the same text (via
//! [`Report`]'s `Display`) and the same JSON, key order included (via its
//! `Serialize`).  Gold records carry `"attributions"` (see
//! [`parse_gold_line`]); predictions are the [`PredQuote`]s of
//! [`crate::eval`], whose offsets are code points.
//!
//! The metric is coverage-based, so that one prediction may match a
//! discontinuous gold content and several predictions may together cover a
//! long one:
//!
//! * **significant characters** of a span: those that are not whitespace,
//!   not a quote mark and not `,` or `.`.  Predictions without any are
//!   skipped, not scored; a gold content is the union of its content spans.
//! * **correct prediction**: at least 50 % of its significant characters lie
//!   in the content of *one* gold attribution `g` (it is then correct for
//!   `g`, and possibly for nested attributions too).  Precision = correct
//!   predictions / scored predictions.
//! * **recalled gold attribution**: at least 50 % of its significant
//!   characters are covered by predictions correct for it.  Recall =
//!   recalled / gold attributions.
//! * **+speaker**: the same, "correct for `g`" also requiring the speaker to
//!   be right: the predicted mention span (non-empty, at most 120
//!   characters) overlaps a source span of `g`, or [`speakers_match`] holds
//!   between `g`'s source and the predicted speaker (null matches null).
//! * F1 = 2PR / (P + R), micro-averaged over all documents.
//!
//! Also reported: recall per gold subset (direct, indirect split into mixed
//! and plain, and by source type: named, pronoun, none), precision per
//! predicted `kind`, speaker accuracy on recalled gold, and a character-level
//! content precision and recall.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::eval::{self, MAX_MENTION_CHARS, PredQuote, Span, is_py_space, speakers_match};

/// Characters that are never significant besides whitespace: quote marks,
/// comma and full stop.
const IGNORED: &[char] = &[
    '"', '“', '”', '\'', '‘', '’', '«', '»', '„', '‟', '‹', '›', '`', ',', '.',
];

/// Gold sources reported as pronouns (score_attr.py's `PRONOUNS`).
const PRONOUNS: &[&str] = &[
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "it",
    "its",
    "they",
    "them",
    "their",
    "who",
    "whom",
    "this",
    "that",
    "which",
    "one",
    "himself",
    "herself",
    "themselves",
    "itself",
];

/// The gold subsets in the order the text report lists them.
const SUBSET_ORDER: [&str; 8] = [
    "all",
    "direct",
    "indirect",
    "indirect_mixed",
    "indirect_plain",
    "source_named",
    "source_pronoun",
    "source_none",
];

/// One gold article with its attributions (offsets in code points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDoc {
    /// Record id; predictions are joined to gold by it.
    pub id: String,
    /// The article text all offsets index into.
    pub text: String,
    /// The gold attributions, in file order.
    pub attributions: Vec<Attribution>,
}

/// One gold attribution: what was said (the content) and who said it (the
/// source).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The content's fragments; the gap of a split quote ("he said") is not
    /// content.  Ends past the text are cut at its end.
    pub content_spans: Vec<(usize, usize)>,
    /// The source as written (no coreference); `None` for an attribution
    /// without a source.
    pub source: Option<String>,
    /// The source's fragments (empty without a source).
    pub source_spans: Vec<(usize, usize)>,
    /// At least half of the content is between quote marks.
    pub direct: bool,
    /// The content holds a quote mark (an indirect one is then "mixed").
    pub has_quote_marks: bool,
}

/// Precision, recall and F1 of one metric, with the counts behind them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    /// `tp_pred / n_pred` (0.0 without predictions).
    pub precision: f64,
    /// `tp_gold / n_gold` (0.0 without gold).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0.0 when both are 0).
    pub f1: f64,
    /// Correct predictions.
    pub tp_pred: usize,
    /// Scored predictions.
    pub n_pred: usize,
    /// Recalled gold attributions.
    pub tp_gold: usize,
    /// Gold attributions.
    pub n_gold: usize,
}

impl Prf {
    fn new(tp_pred: usize, n_pred: usize, tp_gold: usize, n_gold: usize) -> Self {
        let precision = ratio(tp_pred, n_pred);
        let recall = ratio(tp_gold, n_gold);
        // Python's operation order, so that the digits agree.
        let f1 = if precision + recall != 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
            tp_pred,
            n_pred,
            tp_gold,
            n_gold,
        }
    }
}

/// Recall counts of one gold subset.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SubsetCounts {
    /// Gold attributions in the subset.
    pub n: usize,
    /// ... recalled.
    pub recalled: usize,
    /// ... recalled with the right speaker.
    pub recalled_speaker: usize,
}

/// Precision counts of one predicted kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct KindCounts {
    /// Scored predictions of this kind.
    pub n: usize,
    /// ... correct.
    pub correct: usize,
    /// ... correct with the right speaker.
    pub correct_speaker: usize,
}

/// Accumulated counts over all scored documents; metrics are derived on demand.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    /// Gold attributions scored (those with significant characters).
    pub n_gold: usize,
    /// Predictions scored (those with significant characters).
    pub n_pred: usize,
    /// Predictions skipped for having no significant character.
    pub skipped_empty_pred: usize,
    /// Gold attributions skipped for having no significant character.
    pub gold_empty_skipped: usize,
    /// Correct predictions.
    pub pred_correct: usize,
    /// Correct predictions with the right speaker.
    pub pred_correct_speaker: usize,
    /// Recalled gold attributions.
    pub gold_recalled: usize,
    /// Gold attributions recalled with the right speaker.
    pub gold_recalled_speaker: usize,
    /// Counts per gold subset ("all", "direct", "indirect", "indirect_mixed",
    /// "indirect_plain", "source_named", "source_pronoun", "source_none"),
    /// in the order the subsets were first met, as the JSON lists them.
    pub subsets: Vec<(&'static str, SubsetCounts)>,
    /// Counts per predicted kind (`"(none)"` without one), sorted.
    pub kinds: BTreeMap<String, KindCounts>,
    /// Significant characters of the union of the predictions, per document.
    pub char_pred: usize,
    /// Significant characters of the union of the gold contents, per document.
    pub char_gold: usize,
    /// Significant characters in both unions.
    pub char_inter: usize,
}

impl Report {
    /// Content precision, recall and F1.
    pub fn content(&self) -> Prf {
        Prf::new(
            self.pred_correct,
            self.n_pred,
            self.gold_recalled,
            self.n_gold,
        )
    }

    /// Content with the right speaker.
    pub fn content_speaker(&self) -> Prf {
        Prf::new(
            self.pred_correct_speaker,
            self.n_pred,
            self.gold_recalled_speaker,
            self.n_gold,
        )
    }

    /// Recalled-with-speaker / recalled gold attributions (0.0 if none recalled).
    pub fn speaker_accuracy_on_recalled(&self) -> f64 {
        ratio(self.gold_recalled_speaker, self.gold_recalled)
    }

    /// Character-level content precision and recall.
    pub fn char_level(&self) -> (f64, f64) {
        (
            ratio(self.char_inter, self.char_pred),
            ratio(self.char_inter, self.char_gold),
        )
    }

    fn subset(&mut self, name: &'static str) -> &mut SubsetCounts {
        let i = match self.subsets.iter().position(|(s, _)| *s == name) {
            Some(i) => i,
            None => {
                self.subsets.push((name, SubsetCounts::default()));
                self.subsets.len() - 1
            }
        };
        &mut self.subsets[i].1
    }

    /// Adds one document's counts; the body of score_attr.py's main loop.
    fn add_doc(&mut self, doc: &GoldDoc, preds: &[PredQuote]) {
        let text: Vec<char> = doc.text.chars().collect();
        let mut gold = Vec::new();
        for at in &doc.attributions {
            let chars = significant(&text, &at.content_spans);
            if chars.is_empty() {
                self.gold_empty_skipped += 1;
            } else {
                gold.push((at, chars));
            }
        }
        let mut scored = Vec::new();
        for q in preds {
            let chars = significant(&text, &[(q.start, q.end)]);
            if chars.is_empty() {
                self.skipped_empty_pred += 1;
            } else {
                scored.push((q, chars));
            }
        }

        // Bit 1: in a gold content; bit 2: in a prediction.
        let mut in_union = vec![0u8; text.len()];
        for (bit, chars) in gold
            .iter()
            .map(|(_, c)| (1, c))
            .chain(scored.iter().map(|(_, c)| (2, c)))
        {
            for &i in chars {
                in_union[i] |= bit;
            }
        }
        let count = |bits: u8| in_union.iter().filter(|&&b| b & bits == bits).count();
        self.char_gold += count(1);
        self.char_pred += count(2);
        self.char_inter += count(3);

        // credit[j][i]: what prediction j earns for gold attribution i.
        let credit: Vec<Vec<Credit>> = scored
            .iter()
            .map(|(q, pch)| {
                let mention = match (q.speaker_start, q.speaker_end) {
                    (Some(s), Some(e)) if s < e && e - s <= MAX_MENTION_CHARS => Some((s, e)),
                    _ => None,
                };
                gold.iter()
                    .map(|(at, gch)| {
                        if 2 * common(pch, gch) < pch.len() {
                            Credit::None
                        } else if mention.is_some_and(|m| overlaps_any(m, &at.source_spans))
                            || speakers_match(at.source.as_deref(), q.speaker.as_deref())
                        {
                            Credit::Speaker
                        } else {
                            Credit::Content
                        }
                    })
                    .collect()
            })
            .collect();

        for ((q, _), credit) in scored.iter().zip(&credit) {
            let best = credit.iter().copied().max().unwrap_or(Credit::None);
            let (correct, correct_speaker) = (
                usize::from(best >= Credit::Content),
                usize::from(best == Credit::Speaker),
            );
            let kind = q.kind.clone().unwrap_or_else(|| "(none)".to_string());
            let k = self.kinds.entry(kind).or_default();
            k.n += 1;
            k.correct += correct;
            k.correct_speaker += correct_speaker;
            self.n_pred += 1;
            self.pred_correct += correct;
            self.pred_correct_speaker += correct_speaker;
        }

        for (i, (at, gch)) in gold.iter().enumerate() {
            let mut covered = vec![Credit::None; gch.len()];
            for ((_, pch), credit) in scored.iter().zip(&credit) {
                if credit[i] > Credit::None {
                    for_common(pch, gch, |k| covered[k] = covered[k].max(credit[i]));
                }
            }
            let recalled = |min: Credit| {
                let n = covered.iter().filter(|&&c| c >= min).count();
                usize::from(2 * n >= gch.len())
            };
            let (rec, rec_s) = (recalled(Credit::Content), recalled(Credit::Speaker));
            self.n_gold += 1;
            self.gold_recalled += rec;
            self.gold_recalled_speaker += rec_s;
            let source_type = match &at.source {
                None => "source_none",
                Some(s) if is_pronoun(s) => "source_pronoun",
                Some(_) => "source_named",
            };
            let subsets: &[&'static str] = match (at.direct, at.has_quote_marks) {
                (true, _) => &["all", "direct", source_type],
                (false, true) => &["all", "indirect", "indirect_mixed", source_type],
                (false, false) => &["all", "indirect", "indirect_plain", source_type],
            };
            for &s in subsets {
                let counts = self.subset(s);
                counts.n += 1;
                counts.recalled += rec;
                counts.recalled_speaker += rec_s;
            }
        }
    }
}

/// What a prediction earns for one gold attribution, in increasing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Credit {
    /// Less than half of the prediction lies in the gold content.
    None,
    /// Correct content, wrong speaker.
    Content,
    /// Correct content and speaker.
    Speaker,
}

/// The same text score_attr.py prints without `--json`, line for line
/// (without a trailing newline: print it with `println!`).
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gold attributions: {}   scored predictions: {}",
            self.n_gold, self.n_pred
        )?;
        if self.skipped_empty_pred > 0 {
            write!(
                f,
                "   (skipped, no significant chars: {})",
                self.skipped_empty_pred
            )?;
        }
        write!(
            f,
            "\n{:<18}{:>7}{:>7}{:>7}   (correct pred / pred, recalled gold / gold)",
            "metric", "P", "R", "F1"
        )?;
        for (name, m) in [
            ("content", self.content()),
            ("content+speaker", self.content_speaker()),
        ] {
            write!(
                f,
                "\n{name:<18}{:>7.3}{:>7.3}{:>7.3}   ({}/{}, {}/{})",
                m.precision, m.recall, m.f1, m.tp_pred, m.n_pred, m.tp_gold, m.n_gold
            )?;
        }
        write!(
            f,
            "\nspeaker accuracy on recalled gold: {:.3}",
            self.speaker_accuracy_on_recalled()
        )?;
        write!(f, "\nrecall by gold subset (content, +speaker):")?;
        for name in SUBSET_ORDER {
            if let Some((_, s)) = self.subsets.iter().find(|(n, _)| *n == name) {
                write!(
                    f,
                    "\n  {name:<16}{:>6}  R={:.3}  R+spk={:.3}",
                    s.n,
                    ratio(s.recalled, s.n),
                    ratio(s.recalled_speaker, s.n)
                )?;
            }
        }
        if !self.kinds.is_empty() {
            write!(f, "\nprecision by predicted kind (content, +speaker):")?;
            for (kind, k) in &self.kinds {
                write!(
                    f,
                    "\n  {kind:<16}{:>6}  P={:.3}  P+spk={:.3}",
                    k.n,
                    ratio(k.correct, k.n),
                    ratio(k.correct_speaker, k.n)
                )?;
            }
        }
        let (p, r) = self.char_level();
        write!(f, "\nchar-level content P={p:.3} R={r:.3}")
    }
}

/// The object `score_attr.py --json` prints, keys in its order.  (Floats are
/// written by serde_json, which spells exponents differently from Python,
/// e.g. `1e-5` for `1e-05`; ratios that small do not arise in practice.)
impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Subset {
            n: usize,
            recall: f64,
            recall_speaker: f64,
        }
        #[derive(Serialize)]
        struct Kind {
            n: usize,
            precision: f64,
            precision_speaker: f64,
        }
        #[derive(Serialize)]
        struct CharLevel {
            precision: f64,
            recall: f64,
        }
        let subsets = self.subsets.iter().map(|(name, s)| {
            let subset = Subset {
                n: s.n,
                recall: ratio(s.recalled, s.n),
                recall_speaker: ratio(s.recalled_speaker, s.n),
            };
            (*name, subset)
        });
        let kinds = self.kinds.iter().map(|(kind, k)| {
            let kind_counts = Kind {
                n: k.n,
                precision: ratio(k.correct, k.n),
                precision_speaker: ratio(k.correct_speaker, k.n),
            };
            (kind.as_str(), kind_counts)
        });
        let (precision, recall) = self.char_level();

        let mut out = serializer.serialize_struct("Report", 10)?;
        out.serialize_field("n_gold", &self.n_gold)?;
        out.serialize_field("n_pred", &self.n_pred)?;
        out.serialize_field("skipped_empty_pred", &self.skipped_empty_pred)?;
        out.serialize_field("gold_empty_skipped", &self.gold_empty_skipped)?;
        out.serialize_field("content", &self.content())?;
        out.serialize_field("content_speaker", &self.content_speaker())?;
        out.serialize_field(
            "speaker_accuracy_on_recalled",
            &self.speaker_accuracy_on_recalled(),
        )?;
        out.serialize_field("recall_by_gold_subset", &InOrder::new(subsets))?;
        out.serialize_field("precision_by_pred_kind", &InOrder::new(kinds))?;
        out.serialize_field("char_level", &CharLevel { precision, recall })?;
        out.end()
    }
}

/// Serializes `(key, value)` pairs as a map in the order given.
struct InOrder<K, V>(Vec<(K, V)>);

impl<K, V> InOrder<K, V> {
    fn new(pairs: impl Iterator<Item = (K, V)>) -> Self {
        InOrder(pairs.collect())
    }
}

impl<K: Serialize, V: Serialize> Serialize for InOrder<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Scores predictions (keyed by doc id; a gold doc without predictions
/// scores as empty).  Prediction ids absent from `gold` are ignored, as in
/// score_attr.py.  Spans are expected to lie within the text, as the
/// loaders check.
pub fn score(gold: &[GoldDoc], pred: &HashMap<String, Vec<PredQuote>>) -> Report {
    let mut report = Report::default();
    for doc in gold {
        let preds = pred.get(&doc.id).map_or(&[][..], Vec::as_slice);
        report.add_doc(doc, preds);
    }
    report
}

/// score_attr.py's check that predicted speaker spans (when both ends are
/// given) lie within the text; [`eval::parse_pred_record`] checks the
/// content spans but not these, as score.py does not.
pub fn check_speaker_spans(text: &str, quotes: &[PredQuote]) -> Result<(), String> {
    let n_chars = text.chars().count();
    for (i, q) in quotes.iter().enumerate() {
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end)
            && !(s <= e && e <= n_chars)
        {
            return Err(format!(
                "quote {i}: speaker span {s}:{e} outside text ({n_chars} code points)"
            ));
        }
    }
    Ok(())
}

/// Parses one gold record: `{"id", "text", "attributions": [{"content_spans":
/// [[start, end], ...], "source", "source_spans" (or "source_start" and
/// "source_end"), "direct", "has_quote_marks"}, ...]}`, offsets in code
/// points, as convert_attr.py writes them (other fields are ignored).
pub fn parse_gold_line(line: &str) -> Result<GoldDoc, String> {
    let rec = eval::parse_object(line)?;
    let id = eval::record_id(&rec)?;
    let err = |msg: String| format!("gold {id}: {msg}");
    let text = rec
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| err("missing string \"text\"".into()))?;
    let Some(Value::Array(items)) = rec.get("attributions") else {
        return Err(err(
            "no \"attributions\" array (use the attr/*.jsonl gold files)".into(),
        ));
    };
    let attributions = items
        .iter()
        .enumerate()
        .map(|(i, a)| parse_attribution(a).map_err(|e| err(format!("attribution {i}: {e}"))))
        .collect::<Result<_, _>>()?;
    Ok(GoldDoc {
        id,
        text: text.to_string(),
        attributions,
    })
}

fn parse_attribution(a: &Value) -> Result<Attribution, String> {
    let a = a.as_object().ok_or("not a JSON object")?;
    let content_spans = spans(a, "content_spans")?.ok_or("missing \"content_spans\"")?;
    // score_attr.py: `at.get("source_spans") or [[source_start, source_end]]`.
    let source_spans = match spans(a, "source_spans")? {
        Some(spans) if !spans.is_empty() => spans,
        _ => match (
            eval::offset("source_start", a.get("source_start"))?,
            eval::offset("source_end", a.get("source_end"))?,
        ) {
            (Some(start), Some(end)) => vec![(start, end)],
            (None, _) => Vec::new(),
            (Some(_), None) => return Err("source_start without source_end".into()),
        },
    };
    if !a.contains_key("source") {
        return Err("missing \"source\"".into());
    }
    let direct = boolean(a, "direct")?.ok_or("missing boolean \"direct\"")?;
    let has_quote_marks = match boolean(a, "has_quote_marks")? {
        Some(marks) => marks,
        None if direct => false,
        None => return Err("missing boolean \"has_quote_marks\"".into()),
    };
    Ok(Attribution {
        content_spans,
        source: eval::string("source", a.get("source"))?,
        source_spans,
        direct,
        has_quote_marks,
    })
}

/// An optional list of `[start, end]` pairs: absent or null is `None`.
fn spans(a: &Map<String, Value>, key: &str) -> Result<Option<Vec<Span>>, String> {
    let items = match a.get(key) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Array(items)) => items,
        Some(v) => return Err(format!("{key} must be a list of [start, end], got {v}")),
    };
    let bad = |pair: &Value| format!("{key} must be a list of [start, end], got {pair}");
    items
        .iter()
        .map(|pair| match pair.as_array().map(Vec::as_slice) {
            Some([start, end]) => match (
                eval::offset(key, Some(start))?,
                eval::offset(key, Some(end))?,
            ) {
                (Some(start), Some(end)) => Ok((start, end)),
                _ => Err(bad(pair)),
            },
            _ => Err(bad(pair)),
        })
        .collect::<Result<_, _>>()
        .map(Some)
}

/// An optional boolean field: absent or null is `None`.
fn boolean(a: &Map<String, Value>, key: &str) -> Result<Option<bool>, String> {
    match a.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(v) => Err(format!("{key} must be a boolean, got {v}")),
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den > 0 {
        num as f64 / den as f64
    } else {
        0.0
    }
}

/// The significant characters of `spans` (cut at the end of `text`): sorted
/// code point offsets, each once.
fn significant(text: &[char], spans: &[Span]) -> Vec<usize> {
    let mut out: Vec<usize> = spans
        .iter()
        .flat_map(|&(a, b)| a..b.min(text.len()))
        .filter(|&i| !is_py_space(text[i]) && !IGNORED.contains(&text[i]))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Calls `f` with the index in `b` of every offset the sorted `a` and `b` share.
fn for_common(a: &[usize], b: &[usize], mut f: impl FnMut(usize)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(j);
                i += 1;
                j += 1;
            }
        }
    }
}

/// How many offsets the sorted `a` and `b` share.
fn common(a: &[usize], b: &[usize]) -> usize {
    let mut n = 0;
    for_common(a, b, |_| n += 1);
    n
}

fn overlaps_any((a, b): Span, spans: &[Span]) -> bool {
    spans.iter().any(|&(s, e)| b.min(e) > a.max(s))
}

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s.trim_matches(is_py_space).to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Mayor Ana Ruiz said the bridge would open in May. “It is safe,” she \
                        added, “and it is ready.” Critics, however, warned that costs had \
                        doubled. The council said nothing.";

    /// Code point span of the first occurrence of `needle` in `TEXT`.
    fn span(needle: &str) -> Span {
        let byte = TEXT.find(needle).expect("needle in text");
        let start = TEXT[..byte].chars().count();
        (start, start + needle.chars().count())
    }

    fn attribution(content: &[&str], source: Option<&str>, direct: bool) -> Attribution {
        Attribution {
            content_spans: content.iter().map(|c| span(c)).collect(),
            source: source.map(str::to_string),
            source_spans: source.map(|s| vec![span(s)]).unwrap_or_default(),
            direct,
            has_quote_marks: direct,
        }
    }

    fn pred(content: &str, speaker: Option<&str>, mention: Option<&str>, kind: &str) -> PredQuote {
        PredQuote {
            start: span(content).0,
            end: span(content).1,
            speaker: speaker.map(str::to_string),
            speaker_start: mention.map(|m| span(m).0),
            speaker_end: mention.map(|m| span(m).1),
            kind: (!kind.is_empty()).then(|| kind.to_string()),
        }
    }

    /// Reported speech by a named source, a split direct quote by "she", an
    /// indirect one by "Critics", and a content of separators only.
    fn doc() -> GoldDoc {
        GoldDoc {
            id: "t1".into(),
            text: TEXT.into(),
            attributions: vec![
                attribution(
                    &["the bridge would open in May"],
                    Some("Mayor Ana Ruiz"),
                    false,
                ),
                attribution(&["It is safe,", "and it is ready."], Some("she"), true),
                attribution(&["that costs had doubled"], Some("Critics"), false),
                attribution(&[", "], None, false),
            ],
        }
    }

    /// Right content and speaker; right speaker by its mention; right
    /// content, wrong speaker; too long (mostly outside the Critics
    /// content); separators only; outside every content.
    fn preds() -> HashMap<String, Vec<PredQuote>> {
        let preds = vec![
            pred(
                "the bridge would open in May",
                Some("Ana Ruiz"),
                None,
                "indirect",
            ),
            pred("It is safe,", Some("Ana Ruiz"), Some("she"), "direct"),
            pred("and it is ready.", Some("Critics"), None, "direct"),
            pred(
                "warned that costs had doubled. The council said nothing.",
                None,
                None,
                "",
            ),
            pred(", “", None, None, ""),
            pred("Critics", None, None, "mixed"),
        ];
        HashMap::from([("t1".to_string(), preds)])
    }

    #[test]
    fn display_matches_score_attr_py() {
        // Expected text produced by score_attr.py on the same doc and predictions.
        let expected = "\
gold attributions: 3   scored predictions: 5   (skipped, no significant chars: 1)
metric                  P      R     F1   (correct pred / pred, recalled gold / gold)
content             0.600  0.667  0.632   (3/5, 2/3)
content+speaker     0.400  0.333  0.364   (2/5, 1/3)
speaker accuracy on recalled gold: 0.500
recall by gold subset (content, +speaker):
  all                  3  R=0.667  R+spk=0.333
  direct               1  R=1.000  R+spk=0.000
  indirect             2  R=0.500  R+spk=0.500
  indirect_plain       2  R=0.500  R+spk=0.500
  source_named         2  R=0.500  R+spk=0.500
  source_pronoun       1  R=1.000  R+spk=0.000
precision by predicted kind (content, +speaker):
  (none)               1  P=0.000  P+spk=0.000
  direct               2  P=1.000  P+spk=0.500
  indirect             1  P=1.000  P+spk=1.000
  mixed                1  P=0.000  P+spk=0.000
char-level content P=0.646 R=1.000";
        let report = score(&[doc()], &preds());
        assert_eq!(report.to_string(), expected);
        assert_eq!(report.gold_empty_skipped, 1);
    }

    #[test]
    fn json_has_score_attr_py_keys_in_its_order() {
        let json = serde_json::to_string_pretty(&score(&[doc()], &preds())).unwrap();
        let keys = [
            "n_gold",
            "n_pred",
            "skipped_empty_pred",
            "gold_empty_skipped",
            "content",
            "content_speaker",
            "speaker_accuracy_on_recalled",
            "recall_by_gold_subset",
            // Subsets in the order first met, as Python's Counter keeps them.
            "\"all\"",
            "\"indirect\"",
            "\"indirect_plain\"",
            "\"source_named\"",
            "\"direct\"",
            "\"source_pronoun\"",
            "precision_by_pred_kind",
            "\"(none)\"",
            "char_level",
        ];
        let positions: Vec<usize> = keys.iter().map(|k| json.find(k).unwrap()).collect();
        assert!(positions.is_sorted(), "{json}");
        assert!(json.contains(
            "\"content\": {\n    \"precision\": 0.6,\n    \"recall\": 0.6666666666666666,\n    \
             \"f1\": 0.631578947368421,\n    \"tp_pred\": 3,\n    \"n_pred\": 5,\n    \
             \"tp_gold\": 2,\n    \"n_gold\": 3\n  },"
        ));
        assert!(json.ends_with(
            "\"char_level\": {\n    \"precision\": 0.6458333333333334,\n    \"recall\": 1.0\n  }\n}"
        ));
    }

    #[test]
    fn empty_report_is_all_zeros() {
        let report = score(&[], &HashMap::new());
        assert_eq!(report.content().f1, 0.0);
        assert_eq!(report.char_level(), (0.0, 0.0));
        let text = report.to_string();
        assert!(text.ends_with(
            "recall by gold subset (content, +speaker):\nchar-level content P=0.000 R=0.000"
        ));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["recall_by_gold_subset"], serde_json::json!({}));
    }

    #[test]
    fn significant_characters() {
        let text: Vec<char> = "“Yes, sir.” ‘No’ «ok» a`b\u{a0}c".chars().collect();
        let chars = significant(&text, &[(0, text.len()), (1, 4), (20, 99)]);
        let kept: String = chars.iter().map(|&i| text[i]).collect();
        assert_eq!(kept, "YessirNookabc");
        assert!(significant(&text, &[(4, 4), (9, 2)]).is_empty());
    }

    #[test]
    fn one_prediction_correct_for_nested_attributions() {
        let outer = attribution(&["It is safe,", "and it is ready."], Some("she"), true);
        let inner = attribution(&["It is safe,"], None, true);
        let doc = GoldDoc {
            attributions: vec![outer, inner],
            ..doc()
        };
        let preds = HashMap::from([("t1".into(), vec![pred("It is safe", None, None, "")])]);
        let report = score(&[doc], &preds);
        // Correct for both; recalls only the inner one (8 of 20 outer chars),
        // whose missing source matches the missing speaker.
        assert_eq!((report.pred_correct, report.pred_correct_speaker), (1, 1));
        assert_eq!((report.gold_recalled, report.gold_recalled_speaker), (1, 1));
        let none = SubsetCounts {
            n: 1,
            recalled: 1,
            recalled_speaker: 1,
        };
        assert_eq!(report.subsets.last(), Some(&("source_none", none)));
    }

    #[test]
    fn mention_must_be_short_and_non_empty() {
        let gold = [GoldDoc {
            attributions: vec![attribution(
                &["that costs had doubled"],
                Some("Critics"),
                false,
            )],
            ..doc()
        }];
        let with_mention = |mention: Span| {
            let mut p = pred("that costs had doubled", Some("the council"), None, "");
            (p.speaker_start, p.speaker_end) = (Some(mention.0), Some(mention.1));
            score(&gold, &HashMap::from([("t1".into(), vec![p])])).pred_correct_speaker
        };
        let (s, e) = span("Critics");
        assert_eq!(with_mention((s, e)), 1);
        assert_eq!(with_mention((s + 3, s + 3 + MAX_MENTION_CHARS)), 1);
        assert_eq!(with_mention((s + 3, s + 4 + MAX_MENTION_CHARS)), 0);
        assert_eq!(with_mention((s + 3, s + 3)), 0);
        assert_eq!(with_mention((e, e + 5)), 0);
    }

    #[test]
    fn parse_gold_line_reads_attr_records() {
        let line = r#"{"id": "g", "text": "Ann said it.", "attributions": [
            {"content_spans": [[9, 11]], "source": "Ann", "source_start": 0, "source_end": 3,
             "source_spans": [], "direct": false, "has_quote_marks": false},
            {"content_spans": [[0, 3], [9, 40]], "source": null, "direct": true}]}"#;
        let doc = parse_gold_line(line).unwrap();
        assert_eq!(doc.attributions[0].source_spans, [(0, 3)]);
        assert_eq!(doc.attributions[1].source_spans, []);
        assert_eq!(doc.attributions[1].content_spans, [(0, 3), (9, 40)]);
        assert!(doc.attributions[1].direct && !doc.attributions[1].has_quote_marks);

        let err = |line: &str| parse_gold_line(line).unwrap_err();
        assert_eq!(
            err(r#"{"id": "g", "text": "x", "quotes": []}"#),
            "gold g: no \"attributions\" array (use the attr/*.jsonl gold files)"
        );
        let attr = |fields: &str| {
            err(&format!(
                r#"{{"id": "g", "text": "x", "attributions": [{{{fields}}}]}}"#
            ))
        };
        assert_eq!(
            attr(r#""content_spans": [[0, 1]], "source": null, "direct": false"#),
            "gold g: attribution 0: missing boolean \"has_quote_marks\""
        );
        assert_eq!(
            attr(r#""content_spans": [[0, 1]], "direct": true"#),
            "gold g: attribution 0: missing \"source\""
        );
        assert_eq!(
            attr(r#""content_spans": [[0]], "source": null, "direct": true"#),
            "gold g: attribution 0: content_spans must be a list of [start, end], got [0]"
        );
    }

    #[test]
    fn speaker_spans_must_lie_in_the_text() {
        let n = TEXT.chars().count();
        let mut p = pred("Critics", None, Some("Critics"), "");
        assert_eq!(check_speaker_spans(TEXT, &[p.clone()]), Ok(()));
        (p.speaker_start, p.speaker_end) = (Some(n - 2), Some(n + 1));
        assert_eq!(
            check_speaker_spans(TEXT, &[p.clone(), p.clone()]).unwrap_err(),
            format!(
                "quote 0: speaker span {}:{} outside text ({n} code points)",
                n - 2,
                n + 1
            )
        );
        // A reversed span is out too; a lone end is not checked.
        (p.speaker_start, p.speaker_end) = (Some(3), Some(2));
        assert!(check_speaker_spans(TEXT, &[p.clone()]).is_err());
        p.speaker_start = None;
        assert_eq!(check_speaker_spans(TEXT, &[p]), Ok(()));
    }
}

//! Evaluation of quotation extraction and attribution against gold data.
//!
//! This module is a faithful port of `tools/score.py` (the project's reference
//! scorer): given the same gold and prediction files it produces the same
//! counts, the same text table (via [`Report`]'s `Display`) and the same JSON
//! keys (via [`Report::to_json`]).  Offsets are Unicode code point indices into
//! the gold text, as in Python; [`ByteToChar`] converts the UTF-8 byte offsets
//! that Rust uses.
//!
//! Metrics, micro-averaged over all quotes:
//!
//! * **exact**: a predicted span `(start, end)` equals a gold span (counted over
//!   the *sets* of distinct spans, as score.py does).
//! * **exact-trim**: spans equal after trimming whitespace, punctuation and
//!   quote marks from both ends.
//! * **overlap**: one-to-one greedy matching of spans sharing at least one
//!   character, largest overlap first, ties broken by smaller start+end
//!   distance, then gold order, then prediction order.
//! * **attribution**: an overlap-matched pair whose speakers match (see
//!   [`speakers_match`]) or whose predicted mention span overlaps the gold
//!   speaker span.  Precision is over all kept predictions, recall over all
//!   gold quotes; attribution *accuracy* is over the overlap-matched pairs.
//!
//! Predictions that match no gold quote but overlap a "don't care" span
//! (excluded partial quotes, or gold unattributed quotes when
//! [`Options::ignore_unattributed`] is set) are ignored rather than counted as
//! false positives.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde_json::{Map, Value, json};

/// A half-open `(start, end)` span in code points.
pub(crate) type Span = (usize, usize);

/// Longest predicted speaker mention (in code points) that may earn credit by
/// overlapping the gold speaker span; longer ones would reward vague guesses.
pub(crate) const MAX_MENTION_CHARS: usize = 120;

/// Gold speakers that score.py reports separately as pronouns.
const PRONOUNS: &[&str] = &[
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "who", "this",
    "that", "which", "one", "his", "their", "its", "our", "my",
];

/// One gold article, read from a PolNeAR-format JSONL line (offsets in code points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDoc {
    /// Record id; predictions are joined to gold by it.
    pub id: String,
    /// The article text all offsets index into.
    pub text: String,
    /// Gold quotations, in file order (the order breaks greedy-matching ties).
    pub quotes: Vec<GoldQuote>,
    /// Quoted spans that are not quotations (scare quotes, titles...), from
    /// `unattributed_quotes`.
    pub unattributed: Vec<(usize, usize)>,
}

/// One gold quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldQuote {
    /// Start of the quote span, in code points.
    pub start: usize,
    /// End (exclusive) of the quote span, in code points.
    pub end: usize,
    /// Gold speaker string as written in the text (no coreference), if any.
    pub speaker: Option<String>,
    /// Start of the gold speaker mention, in code points.
    pub speaker_start: Option<usize>,
    /// End (exclusive) of the gold speaker mention, in code points.
    pub speaker_end: Option<usize>,
    /// `kind == "partial"`: a quoted fragment inside paraphrase, dropped by
    /// [`Options::exclude_partial`].
    pub partial: bool,
    /// The gold `kind` label, used for the per-kind recall lines; `None` is
    /// reported as `"all"`, like score.py's `q.get("kind", "all")`.
    pub kind: Option<String>,
}

/// One predicted quote, offsets in code points (callers convert from bytes with `byte_to_char`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PredQuote {
    /// Start of the quote span, in code points.
    pub start: usize,
    /// End (exclusive) of the quote span, in code points.
    pub end: usize,
    /// Resolved speaker name, if any.
    pub speaker: Option<String>,
    /// Start of the mention the attribution was made from, in code points.
    pub speaker_start: Option<usize>,
    /// End (exclusive) of that mention, in code points.
    pub speaker_end: Option<usize>,
    /// The record's `kind` ("direct", "indirect", "mixed"...), which only
    /// the attribution scorer ([`crate::eval_attr`]) reads.  A falsy JSON
    /// value (null, `""`, `0`, `false`, `[]`, `{}`) is `None`, as in
    /// score_attr.py's `q.get("kind") or "(none)"`; other non-strings are
    /// kept in their JSON spelling (`true` as Python's `True`).
    pub kind: Option<String>,
}

/// Scoring options, mirroring score.py's flags.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options {
    /// `--exclude-partial`: drop gold partial quotes; unmatched predictions
    /// overlapping them are ignored.
    pub exclude_partial: bool,
    /// `--ignore-unattributed`: unmatched predictions overlapping a gold
    /// unattributed span are ignored instead of counted as false positives.
    pub ignore_unattributed: bool,
}

/// Precision, recall and F1 for one metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// True positives.
    pub tp: usize,
    /// `tp / #pred` (1.0 when nothing was predicted and there is no gold).
    pub precision: f64,
    /// `tp / #gold` (1.0 when there is no gold and nothing was predicted).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0.0 when both are 0).
    pub f1: f64,
}

impl Prf {
    /// score.py's `prf()`, with its conventions for empty prediction or gold sets.
    fn new(tp: usize, n_pred: usize, n_gold: usize) -> Self {
        let ratio = |den: usize, other: usize| {
            if den > 0 {
                tp as f64 / den as f64
            } else if other == 0 {
                1.0
            } else {
                0.0
            }
        };
        let precision = ratio(n_pred, n_gold);
        let recall = ratio(n_gold, n_pred);
        // Same operation order as Python (`2 * p * r / (p + r)`) so the
        // printed digits agree even on rounding ties.
        let f1 = if precision + recall != 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            tp,
            precision,
            recall,
            f1,
        }
    }
}

/// Overlap-matched and total gold quotes of one `kind`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct KindCounts {
    /// Gold quotes of this kind that were overlap-matched.
    pub matched: usize,
    /// Gold quotes of this kind.
    pub total: usize,
}

/// Accumulated counts over all scored documents; metrics are derived on demand.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    /// Gold quotes scored (after `exclude_partial`).
    pub n_gold: usize,
    /// Predictions kept (i.e. not ignored as don't-care).
    pub n_pred: usize,
    /// Unmatched predictions ignored because they overlap a don't-care span.
    pub ignored_pred: usize,
    /// Distinct spans predicted exactly.
    pub exact_tp: usize,
    /// Distinct trimmed spans predicted exactly.
    pub exact_trim_tp: usize,
    /// Overlap-matched pairs.
    pub overlap_tp: usize,
    /// Overlap-matched pairs with a correct speaker.
    pub attribution_tp: usize,
    /// Matched pairs whose gold speaker is a name (not null, not a pronoun).
    pub named_matched: usize,
    /// ... of which the speaker is correct.
    pub named_correct: usize,
    /// Matched pairs whose gold speaker is a pronoun.
    pub pronoun_matched: usize,
    /// ... of which the speaker is correct.
    pub pronoun_correct: usize,
    /// Per gold `kind` overlap counts, sorted by kind as score.py prints them.
    pub by_kind: BTreeMap<String, KindCounts>,
}

impl Report {
    /// Exact span match.
    pub fn exact(&self) -> Prf {
        Prf::new(self.exact_tp, self.n_pred, self.n_gold)
    }

    /// Exact match after trimming whitespace, punctuation and quote marks.
    pub fn exact_trim(&self) -> Prf {
        Prf::new(self.exact_trim_tp, self.n_pred, self.n_gold)
    }

    /// One-to-one greedy overlap match.
    pub fn overlap(&self) -> Prf {
        Prf::new(self.overlap_tp, self.n_pred, self.n_gold)
    }

    /// Overlap match with a correct speaker.
    pub fn attribution(&self) -> Prf {
        Prf::new(self.attribution_tp, self.n_pred, self.n_gold)
    }

    /// Share of overlap-matched pairs with a correct speaker (0.0 if none matched).
    pub fn attribution_accuracy(&self) -> f64 {
        ratio_or_zero(self.attribution_tp, self.overlap_tp)
    }

    /// [`Self::attribution_accuracy`] restricted to gold speakers that are names.
    pub fn attribution_accuracy_gold_named(&self) -> f64 {
        ratio_or_zero(self.named_correct, self.named_matched)
    }

    /// [`Self::attribution_accuracy`] restricted to gold speakers that are pronouns.
    pub fn attribution_accuracy_gold_pronoun(&self) -> f64 {
        ratio_or_zero(self.pronoun_correct, self.pronoun_matched)
    }

    /// Overlap recall per gold `kind`.
    pub fn overlap_recall_by_kind(&self) -> BTreeMap<&str, f64> {
        self.by_kind
            .iter()
            .filter(|(_, k)| k.total > 0)
            .map(|(kind, k)| (kind.as_str(), k.matched as f64 / k.total as f64))
            .collect()
    }

    /// The metrics with the same keys as `score.py --json`.  (Key order follows
    /// serde_json's map, which may differ from Python's; values are identical.)
    pub fn to_json(&self) -> serde_json::Value {
        let mut out = Map::new();
        for (name, m) in self.rows() {
            out.insert(
                name.to_string(),
                json!({"tp": m.tp, "precision": m.precision, "recall": m.recall, "f1": m.f1}),
            );
        }
        out.insert("n_gold".into(), self.n_gold.into());
        out.insert("n_pred".into(), self.n_pred.into());
        out.insert("ignored_pred".into(), self.ignored_pred.into());
        out.insert(
            "attribution_accuracy".into(),
            self.attribution_accuracy().into(),
        );
        out.insert(
            "attribution_accuracy_gold_named".into(),
            self.attribution_accuracy_gold_named().into(),
        );
        out.insert(
            "attribution_accuracy_gold_pronoun".into(),
            self.attribution_accuracy_gold_pronoun().into(),
        );
        let by_kind: Map<String, Value> = self
            .overlap_recall_by_kind()
            .into_iter()
            .map(|(kind, r)| (kind.to_string(), r.into()))
            .collect();
        out.insert("overlap_recall_by_kind".into(), by_kind.into());
        Value::Object(out)
    }

    /// The four metric rows in score.py's order.
    fn rows(&self) -> [(&'static str, Prf); 4] {
        [
            ("exact", self.exact()),
            ("exact-trim", self.exact_trim()),
            ("overlap", self.overlap()),
            ("attribution", self.attribution()),
        ]
    }

    /// Adds one document's counts; the body of score.py's main loop.
    fn add_doc(&mut self, doc: &GoldDoc, preds: &[PredQuote], opts: Options) {
        let text: Vec<char> = doc.text.chars().collect();
        let (gold, excluded): (Vec<&GoldQuote>, Vec<&GoldQuote>) = doc
            .quotes
            .iter()
            .partition(|q| !(opts.exclude_partial && q.partial));
        let mut dont_care: Vec<Span> = excluded.iter().map(|q| (q.start, q.end)).collect();
        if opts.ignore_unattributed {
            dont_care.extend_from_slice(&doc.unattributed);
        }

        let gs: Vec<Span> = gold.iter().map(|q| (q.start, q.end)).collect();
        let ps: Vec<Span> = preds.iter().map(|q| (q.start, q.end)).collect();
        let pairs = greedy_match(&gs, &ps);
        let mut matched = vec![false; ps.len()];
        for &(_, pi) in &pairs {
            matched[pi] = true;
        }
        let kept: Vec<Span> = ps
            .iter()
            .zip(&matched)
            .filter(|&(&p, &m)| m || !dont_care.iter().any(|&d| overlap(p, d) > 0))
            .map(|(&p, _)| p)
            .collect();
        self.ignored_pred += ps.len() - kept.len();
        self.n_gold += gs.len();
        self.n_pred += kept.len();

        // score.py intersects Python sets, so duplicate spans count once.
        let gold_set: HashSet<Span> = gs.iter().copied().collect();
        let kept_set: HashSet<Span> = kept.iter().copied().collect();
        self.exact_tp += gold_set.intersection(&kept_set).count();
        let trim = |&(a, b): &Span| trimmed(&text, a, b);
        let gold_trim: HashSet<Span> = gs.iter().map(trim).collect();
        let kept_trim: HashSet<Span> = kept.iter().map(trim).collect();
        self.exact_trim_tp += gold_trim.intersection(&kept_trim).count();
        self.overlap_tp += pairs.len();

        for q in &gold {
            self.by_kind.entry(kind_label(q)).or_default().total += 1;
        }
        for (gi, pi) in pairs {
            let (g, p) = (gold[gi], &preds[pi]);
            self.by_kind.entry(kind_label(g)).or_default().matched += 1;
            let ok = speakers_match(g.speaker.as_deref(), p.speaker.as_deref())
                || mention_overlaps(g, p);
            self.attribution_tp += usize::from(ok);
            if let Some(speaker) = &g.speaker {
                if is_pronoun(speaker) {
                    self.pronoun_matched += 1;
                    self.pronoun_correct += usize::from(ok);
                } else {
                    self.named_matched += 1;
                    self.named_correct += usize::from(ok);
                }
            }
        }
    }
}

/// The same text table `score.py` prints without `--json`, line for line
/// (without a trailing newline: print it with `println!`).
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gold quotes: {}   predicted: {}",
            self.n_gold, self.n_pred
        )?;
        if self.ignored_pred > 0 {
            write!(
                f,
                "   (ignored don't-care predictions: {})",
                self.ignored_pred
            )?;
        }
        write!(
            f,
            "\n{:<13}{:>7}{:>8}{:>8}{:>8}",
            "metric", "TP", "P", "R", "F1"
        )?;
        for (name, m) in self.rows() {
            write!(
                f,
                "\n{name:<13}{:>7}{:>8.3}{:>8.3}{:>8.3}",
                m.tp, m.precision, m.recall, m.f1
            )?;
        }
        write!(
            f,
            "\nattribution accuracy on overlap-matched quotes: {:.3} \
             (gold speaker named: {:.3} of {}, gold speaker pronoun: {:.3} of {})",
            self.attribution_accuracy(),
            self.attribution_accuracy_gold_named(),
            self.named_matched,
            self.attribution_accuracy_gold_pronoun(),
            self.pronoun_matched
        )?;
        for (kind, k) in &self.by_kind {
            write!(
                f,
                "\noverlap recall, kind={kind}: {:.3} ({}/{})",
                k.matched as f64 / k.total as f64,
                k.matched,
                k.total
            )?;
        }
        Ok(())
    }
}

/// Scores predictions (keyed by doc id; a gold doc without predictions scores as empty).
///
/// Prediction ids absent from `gold` are ignored, as in score.py; warning
/// about them is the caller's business.  Spans are expected to lie within the
/// text (as the `parse_*` functions guarantee).
pub fn score(gold: &[GoldDoc], pred: &HashMap<String, Vec<PredQuote>>, opts: Options) -> Report {
    let mut report = Report::default();
    for doc in gold {
        let preds = pred.get(&doc.id).map_or(&[][..], Vec::as_slice);
        report.add_doc(doc, preds, opts);
    }
    report
}

fn ratio_or_zero(num: usize, den: usize) -> f64 {
    if den > 0 {
        num as f64 / den as f64
    } else {
        0.0
    }
}

fn kind_label(q: &GoldQuote) -> String {
    q.kind.clone().unwrap_or_else(|| "all".to_string())
}

fn overlap(a: Span, b: Span) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// One-to-one matching of overlapping spans; returns `(gold index, pred index)`
/// pairs in the order they were chosen.
fn greedy_match(gold: &[Span], pred: &[Span]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, &g) in gold.iter().enumerate() {
        for (pi, &p) in pred.iter().enumerate() {
            let ov = overlap(g, p);
            if ov > 0 {
                let dist = g.0.abs_diff(p.0) + g.1.abs_diff(p.1);
                cands.push((std::cmp::Reverse(ov), dist, gi, pi));
            }
        }
    }
    // Keys are unique (gi, pi), so an unstable sort gives Python's order.
    cands.sort_unstable();
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, _, gi, pi) in cands {
        if !used_g[gi] && !used_p[pi] {
            used_g[gi] = true;
            used_p[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs
}

/// Shrinks `a..b` past edge characters (whitespace, punctuation, quote marks).
fn trimmed(text: &[char], mut a: usize, mut b: usize) -> Span {
    // `get` rather than indexing: an out-of-range span must not panic.
    let edge = |i: usize| text.get(i).is_some_and(|&c| is_edge(c));
    while a < b && edge(a) {
        a += 1;
    }
    while b > a && edge(b - 1) {
        b -= 1;
    }
    (a, b)
}

fn is_edge(c: char) -> bool {
    is_py_space(c) || is_punctuation(c) || matches!(c, '\'' | '"' | '`')
}

/// Python's `str.isspace()`: Rust's `White_Space` plus the ASCII
/// information separators U+001C..U+001F.
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `unicodedata.category(c).startswith("P")`.
fn is_punctuation(c: char) -> bool {
    let c = u32::from(c);
    let i = PUNCTUATION.partition_point(|&(_, hi)| hi < c);
    PUNCTUATION.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// Python `re`'s `\w` on str patterns: letters, numbers and `_`.
///
/// `char::is_alphanumeric` also accepts `Other_Alphabetic` combining marks
/// (e.g. Indic vowel signs) and circled letters, which Python's `\w` does
/// not; that difference cannot arise for Latin-script names and is accepted
/// to avoid a large table.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// score.py's `speaker_tokens`: lower-cased word tokens (`\w+(?:['-]\w+)*`)
/// with curly apostrophes straightened and a possessive `'s` removed from
/// the last token.
fn speaker_tokens(s: &str) -> Vec<String> {
    let chars: Vec<char> = s
        .to_lowercase()
        .chars()
        .map(|c| {
            if matches!(c, '\u{2018}' | '\u{2019}') {
                '\''
            } else {
                c
            }
        })
        .collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            while i < chars.len() && is_word(chars[i]) {
                i += 1;
            }
            // A joiner only belongs to the token if a word character follows.
            let joined = matches!(chars.get(i), Some('\'' | '-'))
                && chars.get(i + 1).is_some_and(|&c| is_word(c));
            if !joined {
                break;
            }
            i += 1;
        }
        tokens.push(chars[start..i].iter().collect::<String>());
    }
    if let Some(last) = tokens.last_mut()
        && last.ends_with("'s")
        && last.chars().count() > 2
    {
        last.truncate(last.len() - 2);
    }
    tokens
}

/// score.py's speaker rule: both null match; one null does not; otherwise the
/// token lists are equal or the last token of either occurs in the other
/// (falling back to a trimmed case-insensitive comparison when either has no
/// word tokens).  Pronouns are compared literally.
pub fn speakers_match(gold: Option<&str>, pred: Option<&str>) -> bool {
    let (g, p) = match (gold, pred) {
        (None, None) => return true,
        (Some(g), Some(p)) => (g, p),
        _ => return false,
    };
    let (tg, tp) = (speaker_tokens(g), speaker_tokens(p));
    match (tg.last(), tp.last()) {
        (Some(last_g), Some(last_p)) => tg == tp || tp.contains(last_g) || tg.contains(last_p),
        _ => {
            g.trim_matches(is_py_space).to_lowercase() == p.trim_matches(is_py_space).to_lowercase()
        }
    }
}

/// The predicted mention (at most [`MAX_MENTION_CHARS`] long) overlaps the
/// gold speaker span.  This credits resolved pronouns: gold has no
/// coreference, so a prediction resolving the gold "he" to a name from the
/// mention "he" is right.
fn mention_overlaps(g: &GoldQuote, p: &PredQuote) -> bool {
    match (
        g.speaker_start,
        g.speaker_end,
        p.speaker_start,
        p.speaker_end,
    ) {
        (Some(gs), Some(ge), Some(ps), Some(pe)) => {
            pe.saturating_sub(ps) <= MAX_MENTION_CHARS && overlap((gs, ge), (ps, pe)) > 0
        }
        _ => false,
    }
}

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s.trim_matches(is_py_space).to_lowercase().as_str())
}

/// Byte offset -> code point offset into `text`; None if `byte` is not a char boundary or out of range.
///
/// O(`byte`) per call; use [`ByteToChar`] to convert many offsets into one text.
pub fn byte_to_char(text: &str, byte: usize) -> Option<usize> {
    text.is_char_boundary(byte)
        .then(|| text[..byte].chars().count())
}

/// Reusable byte -> code point offset converter for one text: O(n) to build,
/// O(log n) per lookup.
#[derive(Debug, Clone)]
pub struct ByteToChar {
    /// Byte offset of every char, then the text length; the index of a byte
    /// offset in this sorted table is its code point offset.
    boundaries: Vec<usize>,
}

impl ByteToChar {
    /// Indexes the char boundaries of `text`.
    pub fn new(text: &str) -> Self {
        let boundaries = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        ByteToChar { boundaries }
    }

    /// Code point offset of `byte`; None if it is not a char boundary or out of range.
    pub fn get(&self, byte: usize) -> Option<usize> {
        self.boundaries.binary_search(&byte).ok()
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> usize {
        self.boundaries.len() - 1
    }
}

/// Parses one gold record (PolNeAR-format JSONL line).
///
/// Quote and unattributed spans must lie within the text (score.py would
/// crash or miscount otherwise).
pub fn parse_gold_line(line: &str) -> Result<GoldDoc, String> {
    let rec = parse_object(line)?;
    let id = record_id(&rec)?;
    let err = |msg: String| format!("gold {id}: {msg}");
    let text = rec
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| err("missing string \"text\"".into()))?;
    let n_chars = text.chars().count();
    let span = |q: &Map<String, Value>| -> Result<Span, String> {
        let start = required(offset("start", q.get("start"))?, "start")?;
        let end = required(offset("end", q.get("end"))?, "end")?;
        check_span(start, end, n_chars)?;
        Ok((start, end))
    };

    let mut quotes = Vec::new();
    for (i, q) in array(&rec, "quotes", true).map_err(err)?.iter().enumerate() {
        let quote = || -> Result<GoldQuote, String> {
            let q = q.as_object().ok_or("not a JSON object")?;
            let (start, end) = span(q)?;
            let kind = string("kind", q.get("kind"))?;
            Ok(GoldQuote {
                start,
                end,
                speaker: string("speaker", q.get("speaker"))?,
                speaker_start: offset("speaker_start", q.get("speaker_start"))?,
                speaker_end: offset("speaker_end", q.get("speaker_end"))?,
                partial: kind.as_deref() == Some("partial"),
                kind,
            })
        };
        quotes.push(quote().map_err(|e| err(format!("quote {i}: {e}")))?);
    }

    let mut unattributed = Vec::new();
    for (i, u) in array(&rec, "unattributed_quotes", false)
        .map_err(err)?
        .iter()
        .enumerate()
    {
        let u = u
            .as_object()
            .ok_or_else(|| "not a JSON object".to_string())
            .and_then(span)
            .map_err(|e| err(format!("unattributed quote {i}: {e}")))?;
        unattributed.push(u);
    }

    Ok(GoldDoc {
        id,
        text: text.to_string(),
        quotes,
        unattributed,
    })
}

/// Parses one prediction record of the whosaid JSON contract: `{"id", "quotes":
/// [...], "text"?}`, each quote in nested form (`"span": {"start", "end"}`,
/// `"speaker_span": {...}`, or `[start, end]` pairs) or flat form (`start`,
/// `end`, `speaker_start`, `speaker_end`), plus an optional `speaker` and
/// `kind`.
///
/// `gold_text` is the text of the gold record with this id.  With it, a
/// `"text"` field must equal it, byte offsets (if `byte_offsets`) are
/// converted to code points, and spans are checked to lie within it.  Without
/// it (the id is not in the gold set, which `score` ignores) offsets are
/// returned unconverted and unchecked.
pub fn parse_pred_line(
    line: &str,
    byte_offsets: bool,
    gold_text: Option<&str>,
) -> Result<(String, Vec<PredQuote>), String> {
    parse_pred_record(line, byte_offsets, |_| gold_text)
}

/// [`parse_pred_line`] for callers that can only find the gold text once the
/// record's id is known: `gold_text` is called with the id.
pub fn parse_pred_record<'a>(
    line: &str,
    byte_offsets: bool,
    gold_text: impl FnOnce(&str) -> Option<&'a str>,
) -> Result<(String, Vec<PredQuote>), String> {
    let rec = parse_object(line)?;
    let id = record_id(&rec)?;
    let gold = gold_text(&id);
    if let (Some(gold), Some(text)) = (gold, rec.get("text"))
        && text.as_str() != Some(gold)
    {
        return Err(format!("{id}: prediction text differs from gold text"));
    }
    let bytes = gold.filter(|_| byte_offsets).map(ByteToChar::new);
    let n_chars = gold.map(|text| match &bytes {
        Some(b) => b.char_len(),
        None => text.chars().count(),
    });
    let quotes = array(&rec, "quotes", true)
        .map_err(|e| format!("{id}: {e}"))?
        .iter()
        .enumerate()
        .map(|(i, q)| {
            parse_pred_quote(q, bytes.as_ref(), n_chars)
                .map_err(|e| format!("{id}: quote {i}: {e}"))
        })
        .collect::<Result<_, _>>()?;
    Ok((id, quotes))
}

fn parse_pred_quote(
    q: &Value,
    bytes: Option<&ByteToChar>,
    n_chars: Option<usize>,
) -> Result<PredQuote, String> {
    let q = q.as_object().ok_or("not a JSON object")?;
    let convert = |key: &str, v: Option<&Value>| -> Result<Option<usize>, String> {
        match (offset(key, v)?, bytes) {
            (Some(b), Some(map)) => map
                .get(b)
                .map(Some)
                .ok_or_else(|| format!("predicted {key} {b} is not a UTF-8 char boundary")),
            (off, _) => Ok(off),
        }
    };
    let (start, end) = flatten_span(q, "span", "");
    let (speaker_start, speaker_end) = flatten_span(q, "speaker_span", "speaker_");
    let start = required(convert("start", start)?, "start")?;
    let end = required(convert("end", end)?, "end")?;
    let speaker_start = convert("speaker_start", speaker_start)?;
    let speaker_end = convert("speaker_end", speaker_end)?;
    if let Some(n) = n_chars {
        check_span(start, end, n)?;
    }
    Ok(PredQuote {
        start,
        end,
        speaker: string("speaker", q.get("speaker"))?,
        speaker_start,
        speaker_end,
        kind: kind(q.get("kind")),
    })
}

/// A prediction's `kind` as score_attr.py's `str(q.get("kind") or
/// "(none)")` reads it, with `None` for its `"(none)"`.
fn kind(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null | Value::Bool(false) => None,
        Value::Number(n) if n.as_f64() == Some(0.0) => None,
        Value::String(s) if s.is_empty() => None,
        Value::Array(a) if a.is_empty() => None,
        Value::Object(o) if o.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(true) => Some("True".into()),
        other => Some(other.to_string()),
    }
}

/// score.py's `flatten_spans` for one prefix: the flat `{prefix}start` /
/// `{prefix}end` fields, unless `{prefix}start` is absent or null and the
/// nested `nested` field is an object or a pair, which then supplies both.
fn flatten_span<'q>(
    q: &'q Map<String, Value>,
    nested: &str,
    prefix: &str,
) -> (Option<&'q Value>, Option<&'q Value>) {
    let flat_start = non_null(q.get(&format!("{prefix}start")));
    let flat_end = non_null(q.get(&format!("{prefix}end")));
    if flat_start.is_some() {
        return (flat_start, flat_end);
    }
    match q.get(nested) {
        Some(Value::Object(sp)) => (non_null(sp.get("start")), non_null(sp.get("end"))),
        Some(Value::Array(pair)) if pair.len() == 2 => {
            (non_null(pair.first()), non_null(pair.get(1)))
        }
        _ => (flat_start, flat_end),
    }
}

fn non_null(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_null())
}

pub(crate) fn parse_object(line: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str(line) {
        Ok(Value::Object(rec)) => Ok(rec),
        Ok(_) => Err("record is not a JSON object".into()),
        Err(e) => Err(format!("invalid JSON: {e}")),
    }
}

pub(crate) fn record_id(rec: &Map<String, Value>) -> Result<String, String> {
    rec.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| "record has no string \"id\"".into())
}

/// The array field `key`; a missing or null one is an error only if `needed`.
fn array<'r>(rec: &'r Map<String, Value>, key: &str, needed: bool) -> Result<&'r [Value], String> {
    match rec.get(key) {
        Some(Value::Array(items)) => Ok(items),
        None | Some(Value::Null) if !needed => Ok(&[]),
        _ => Err(format!("\"{key}\" must be an array")),
    }
}

/// An optional offset field: absent or null is `None`.
pub(crate) fn offset(key: &str, v: Option<&Value>) -> Result<Option<usize>, String> {
    match non_null(v) {
        None => Ok(None),
        Some(v) => v
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("{key} must be a non-negative integer, got {v}")),
    }
}

fn required(v: Option<usize>, key: &str) -> Result<usize, String> {
    v.ok_or_else(|| format!("missing {key}"))
}

/// An optional string field: absent or null is `None`.
pub(crate) fn string(key: &str, v: Option<&Value>) -> Result<Option<String>, String> {
    match non_null(v) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v) => Err(format!("{key} must be a string or null, got {v}")),
    }
}

fn check_span(start: usize, end: usize, n_chars: usize) -> Result<(), String> {
    if start <= end && end <= n_chars {
        Ok(())
    } else {
        Err(format!(
            "span {start}:{end} outside text ({n_chars} code points)"
        ))
    }
}

/// Code point ranges of Unicode general category P* (punctuation), generated
/// from Python 3.11's `unicodedata` (Unicode 14.0) so trimming matches score.py.
#[rustfmt::skip]
const PUNCTUATION: &[(u32, u32)] = &[
    (0x0021, 0x0023), (0x0025, 0x002A), (0x002C, 0x002F), (0x003A, 0x003B), (0x003F, 0x0040),
    (0x005B, 0x005D), (0x005F, 0x005F), (0x007B, 0x007B), (0x007D, 0x007D), (0x00A1, 0x00A1),
    (0x00A7, 0x00A7), (0x00AB, 0x00AB), (0x00B6, 0x00B7), (0x00BB, 0x00BB), (0x00BF, 0x00BF),
    (0x037E, 0x037E), (0x0387, 0x0387), (0x055A, 0x055F), (0x0589, 0x058A), (0x05BE, 0x05BE),
    (0x05C0, 0x05C0), (0x05C3, 0x05C3), (0x05C6, 0x05C6), (0x05F3, 0x05F4), (0x0609, 0x060A),
    (0x060C, 0x060D), (0x061B, 0x061B), (0x061D, 0x061F), (0x066A, 0x066D), (0x06D4, 0x06D4),
    (0x0700, 0x070D), (0x07F7, 0x07F9), (0x0830, 0x083E), (0x085E, 0x085E), (0x0964, 0x0965),
    (0x0970, 0x0970), (0x09FD, 0x09FD), (0x0A76, 0x0A76), (0x0AF0, 0x0AF0), (0x0C77, 0x0C77),
    (0x0C84, 0x0C84), (0x0DF4, 0x0DF4), (0x0E4F, 0x0E4F), (0x0E5A, 0x0E5B), (0x0F04, 0x0F12),
    (0x0F14, 0x0F14), (0x0F3A, 0x0F3D), (0x0F85, 0x0F85), (0x0FD0, 0x0FD4), (0x0FD9, 0x0FDA),
    (0x104A, 0x104F), (0x10FB, 0x10FB), (0x1360, 0x1368), (0x1400, 0x1400), (0x166E, 0x166E),
    (0x169B, 0x169C), (0x16EB, 0x16ED), (0x1735, 0x1736), (0x17D4, 0x17D6), (0x17D8, 0x17DA),
    (0x1800, 0x180A), (0x1944, 0x1945), (0x1A1E, 0x1A1F), (0x1AA0, 0x1AA6), (0x1AA8, 0x1AAD),
    (0x1B5A, 0x1B60), (0x1B7D, 0x1B7E), (0x1BFC, 0x1BFF), (0x1C3B, 0x1C3F), (0x1C7E, 0x1C7F),
    (0x1CC0, 0x1CC7), (0x1CD3, 0x1CD3), (0x2010, 0x2027), (0x2030, 0x2043), (0x2045, 0x2051),
    (0x2053, 0x205E), (0x207D, 0x207E), (0x208D, 0x208E), (0x2308, 0x230B), (0x2329, 0x232A),
    (0x2768, 0x2775), (0x27C5, 0x27C6), (0x27E6, 0x27EF), (0x2983, 0x2998), (0x29D8, 0x29DB),
    (0x29FC, 0x29FD), (0x2CF9, 0x2CFC), (0x2CFE, 0x2CFF), (0x2D70, 0x2D70), (0x2E00, 0x2E2E),
    (0x2E30, 0x2E4F), (0x2E52, 0x2E5D), (0x3001, 0x3003), (0x3008, 0x3011), (0x3014, 0x301F),
    (0x3030, 0x3030), (0x303D, 0x303D), (0x30A0, 0x30A0), (0x30FB, 0x30FB), (0xA4FE, 0xA4FF),
    (0xA60D, 0xA60F), (0xA673, 0xA673), (0xA67E, 0xA67E), (0xA6F2, 0xA6F7), (0xA874, 0xA877),
    (0xA8CE, 0xA8CF), (0xA8F8, 0xA8FA), (0xA8FC, 0xA8FC), (0xA92E, 0xA92F), (0xA95F, 0xA95F),
    (0xA9C1, 0xA9CD), (0xA9DE, 0xA9DF), (0xAA5C, 0xAA5F), (0xAADE, 0xAADF), (0xAAF0, 0xAAF1),
    (0xABEB, 0xABEB), (0xFD3E, 0xFD3F), (0xFE10, 0xFE19), (0xFE30, 0xFE52), (0xFE54, 0xFE61),
    (0xFE63, 0xFE63), (0xFE68, 0xFE68), (0xFE6A, 0xFE6B), (0xFF01, 0xFF03), (0xFF05, 0xFF0A),
    (0xFF0C, 0xFF0F), (0xFF1A, 0xFF1B), (0xFF1F, 0xFF20), (0xFF3B, 0xFF3D), (0xFF3F, 0xFF3F),
    (0xFF5B, 0xFF5B), (0xFF5D, 0xFF5D), (0xFF5F, 0xFF65), (0x10100, 0x10102), (0x1039F, 0x1039F),
    (0x103D0, 0x103D0), (0x1056F, 0x1056F), (0x10857, 0x10857), (0x1091F, 0x1091F), (0x1093F, 0x1093F),
    (0x10A50, 0x10A58), (0x10A7F, 0x10A7F), (0x10AF0, 0x10AF6), (0x10B39, 0x10B3F), (0x10B99, 0x10B9C),
    (0x10EAD, 0x10EAD), (0x10F55, 0x10F59), (0x10F86, 0x10F89), (0x11047, 0x1104D), (0x110BB, 0x110BC),
    (0x110BE, 0x110C1), (0x11140, 0x11143), (0x11174, 0x11175), (0x111C5, 0x111C8), (0x111CD, 0x111CD),
    (0x111DB, 0x111DB), (0x111DD, 0x111DF), (0x11238, 0x1123D), (0x112A9, 0x112A9), (0x1144B, 0x1144F),
    (0x1145A, 0x1145B), (0x1145D, 0x1145D), (0x114C6, 0x114C6), (0x115C1, 0x115D7), (0x11641, 0x11643),
    (0x11660, 0x1166C), (0x116B9, 0x116B9), (0x1173C, 0x1173E), (0x1183B, 0x1183B), (0x11944, 0x11946),
    (0x119E2, 0x119E2), (0x11A3F, 0x11A46), (0x11A9A, 0x11A9C), (0x11A9E, 0x11AA2), (0x11C41, 0x11C45),
    (0x11C70, 0x11C71), (0x11EF7, 0x11EF8), (0x11FFF, 0x11FFF), (0x12470, 0x12474), (0x12FF1, 0x12FF2),
    (0x16A6E, 0x16A6F), (0x16AF5, 0x16AF5), (0x16B37, 0x16B3B), (0x16B44, 0x16B44), (0x16E97, 0x16E9A),
    (0x16FE2, 0x16FE2), (0x1BC9F, 0x1BC9F), (0x1DA87, 0x1DA8B), (0x1E95E, 0x1E95F),
];

#[cfg(test)]
mod tests {
    use super::*;

    const MAYOR: &str = "Mayor Ana Ruiz said: “We will fix the bridge.” He added that it was \
                         \"urgent\" and “long overdue.”";

    /// Code point span of the `nth` occurrence of `needle` in `text`.
    fn span(text: &str, needle: &str, nth: usize) -> Span {
        let (byte, _) = text.match_indices(needle).nth(nth).expect("needle in text");
        let start = byte_to_char(text, byte).unwrap();
        (start, start + needle.chars().count())
    }

    fn gold_quote(s: Span, speaker: Option<&str>, mention: Option<Span>, kind: &str) -> GoldQuote {
        GoldQuote {
            start: s.0,
            end: s.1,
            speaker: speaker.map(str::to_string),
            speaker_start: mention.map(|m| m.0),
            speaker_end: mention.map(|m| m.1),
            partial: kind == "partial",
            kind: Some(kind.to_string()),
        }
    }

    fn pred_quote(s: Span, speaker: Option<&str>, mention: Option<Span>) -> PredQuote {
        PredQuote {
            start: s.0,
            end: s.1,
            speaker: speaker.map(str::to_string),
            speaker_start: mention.map(|m| m.0),
            speaker_end: mention.map(|m| m.1),
            kind: None,
        }
    }

    /// A full quote by a named speaker, a partial one by "He", and scare
    /// quotes around "urgent" marked unattributed.
    fn mayor_doc() -> GoldDoc {
        let t = MAYOR;
        GoldDoc {
            id: "t1".into(),
            text: t.into(),
            quotes: vec![
                gold_quote(
                    span(t, "“We will fix the bridge.”", 0),
                    Some("Mayor Ana Ruiz"),
                    Some(span(t, "Mayor Ana Ruiz", 0)),
                    "full",
                ),
                gold_quote(
                    span(t, "“long overdue.”", 0),
                    Some("He"),
                    Some(span(t, "He", 0)),
                    "partial",
                ),
            ],
            unattributed: vec![span(t, "\"urgent\"", 0)],
        }
    }

    /// Trimmed bridge quote, the partial quote cut short and attributed via
    /// the mention "He", and the scare-quoted "urgent".
    fn mayor_preds() -> HashMap<String, Vec<PredQuote>> {
        let t = MAYOR;
        let preds = vec![
            pred_quote(span(t, "We will fix the bridge.", 0), Some("Ruiz"), None),
            pred_quote(
                span(t, "long overdue", 0),
                Some("Ana Ruiz"),
                Some(span(t, "He", 0)),
            ),
            pred_quote(span(t, "urgent", 0), None, None),
        ];
        HashMap::from([("t1".to_string(), preds)])
    }

    #[test]
    fn display_matches_score_py() {
        // Expected text produced by score.py on the same doc and predictions.
        let report = score(&[mayor_doc()], &mayor_preds(), Options::default());
        let expected = "\
gold quotes: 2   predicted: 3
metric            TP       P       R      F1
exact              0   0.000   0.000   0.000
exact-trim         2   0.667   1.000   0.800
overlap            2   0.667   1.000   0.800
attribution        2   0.667   1.000   0.800
attribution accuracy on overlap-matched quotes: 1.000 (gold speaker named: 1.000 of 1, gold speaker pronoun: 1.000 of 1)
overlap recall, kind=full: 1.000 (1/1)
overlap recall, kind=partial: 1.000 (1/1)";
        assert_eq!(report.to_string(), expected);
    }

    #[test]
    fn unattributed_predictions_ignored_only_on_request() {
        let opts = Options {
            ignore_unattributed: true,
            ..Options::default()
        };
        let report = score(&[mayor_doc()], &mayor_preds(), opts);
        assert_eq!((report.n_pred, report.ignored_pred), (2, 1));
        assert_eq!(report.overlap().precision, 1.0);
        assert!(
            report.to_string().starts_with(
                "gold quotes: 2   predicted: 2   (ignored don't-care predictions: 1)\n"
            )
        );
    }

    #[test]
    fn matched_prediction_on_dont_care_span_is_kept() {
        let mut doc = mayor_doc();
        // The bridge quote is also listed as unattributed: its match still counts.
        doc.unattributed.push(span(MAYOR, "We will", 0));
        let opts = Options {
            ignore_unattributed: true,
            ..Options::default()
        };
        let report = score(&[doc], &mayor_preds(), opts);
        assert_eq!(
            (report.n_pred, report.ignored_pred, report.overlap_tp),
            (2, 1, 2)
        );
    }

    #[test]
    fn exclude_partial_drops_gold_and_overlapping_predictions() {
        let opts = Options {
            exclude_partial: true,
            ignore_unattributed: true,
        };
        let report = score(&[mayor_doc()], &mayor_preds(), opts);
        assert_eq!(
            (report.n_gold, report.n_pred, report.ignored_pred),
            (1, 1, 2)
        );
        assert_eq!(report.by_kind.keys().collect::<Vec<_>>(), ["full"]);
        assert_eq!((report.pronoun_matched, report.named_matched), (0, 1));
        // Without the flag the partial quote is scored like any other.
        let report = score(&[mayor_doc()], &mayor_preds(), Options::default());
        assert_eq!((report.n_gold, report.overlap_tp), (2, 2));
    }

    #[test]
    fn exact_vs_trimmed_vs_overlap() {
        let t = "She said \"yes, indeed.\" Then: 'no way', and (later) maybe.";
        let doc = GoldDoc {
            id: "d".into(),
            text: t.into(),
            quotes: vec![
                gold_quote(span(t, "\"yes, indeed.\"", 0), None, None, "full"),
                gold_quote(span(t, "'no way',", 0), None, None, "full"),
                gold_quote(span(t, "(later) maybe.", 0), None, None, "full"),
            ],
            unattributed: vec![],
        };
        let preds = vec![
            pred_quote(span(t, "\"yes, indeed.\"", 0), None, None), // exact
            pred_quote(span(t, " 'no way'", 0), None, None),        // equal once trimmed
            pred_quote(span(t, "later", 0), None, None),            // overlap only
        ];
        let report = score(
            &[doc],
            &HashMap::from([("d".into(), preds)]),
            Options::default(),
        );
        assert_eq!(
            (report.exact_tp, report.exact_trim_tp, report.overlap_tp),
            (1, 2, 3)
        );
        // Both speakers null: every matched pair is correctly attributed.
        assert_eq!(report.attribution_tp, 3);
        assert_eq!(
            report.by_kind["full"],
            KindCounts {
                matched: 3,
                total: 3
            }
        );
    }

    #[test]
    fn duplicate_spans_count_once_for_exact_metrics() {
        let t = "He said \"go\".";
        let q = span(t, "\"go\"", 0);
        let doc = GoldDoc {
            id: "d".into(),
            text: t.into(),
            quotes: vec![gold_quote(q, Some("He"), None, "full")],
            unattributed: vec![],
        };
        let preds = vec![pred_quote(q, Some("he"), None); 2];
        let report = score(
            &[doc],
            &HashMap::from([("d".into(), preds)]),
            Options::default(),
        );
        assert_eq!(
            (report.n_pred, report.exact_tp, report.overlap_tp),
            (2, 1, 1)
        );
        assert_eq!((report.pronoun_matched, report.pronoun_correct), (1, 1));
        assert_eq!(report.exact().precision, 0.5);
    }

    #[test]
    fn trimming_uses_python_character_classes() {
        let text: Vec<char> = "\u{1c}«¿Sí?» dijo\u{2014}`".chars().collect();
        assert_eq!(trimmed(&text, 0, text.len()), (3, 12));
        let text: Vec<char> = "‘x’ a\u{3002}".chars().collect();
        assert_eq!(trimmed(&text, 0, text.len()), (1, 5));
        assert!(is_punctuation('_') && is_punctuation('\u{2026}') && !is_punctuation('$'));
        assert!(is_py_space('\u{1f}') && is_py_space('\u{a0}') && !is_py_space('\u{200b}'));
        assert_eq!(trimmed(&text, 2, 2), (2, 2));
    }

    #[test]
    fn greedy_prefers_overlap_then_distance_then_order() {
        // Larger overlap wins even though the other prediction comes first.
        assert_eq!(greedy_match(&[(0, 10)], &[(0, 4), (2, 12)]), [(0, 1)]);
        // Equal overlap: smaller start+end distance wins.
        assert_eq!(greedy_match(&[(0, 10)], &[(0, 20), (5, 15)]), [(0, 0)]);
        assert_eq!(greedy_match(&[(5, 15)], &[(0, 10), (5, 10)]), [(0, 1)]);
        // Full tie: gold order, then prediction order.
        assert_eq!(greedy_match(&[(0, 10), (10, 20)], &[(5, 15)]), [(0, 0)]);
        assert_eq!(greedy_match(&[(5, 15)], &[(0, 10), (10, 20)]), [(0, 0)]);
        // One-to-one: the loser pairs with what is left.
        assert_eq!(
            greedy_match(&[(0, 10), (8, 20)], &[(0, 9), (9, 20)]),
            [(1, 1), (0, 0)]
        );
        // Touching spans share no character.
        assert!(greedy_match(&[(0, 5)], &[(5, 9)]).is_empty());
    }

    #[test]
    fn speaker_rule() {
        let m = |g, p| speakers_match(Some(g), Some(p));
        assert!(m("Sergey Lavrov", "Lavrov"));
        assert!(m("Mr. Kamin", "kamin"));
        assert!(m("David Friedman, president of Wealth-X,", "Friedman"));
        assert!(m("Trump's", "Donald Trump"));
        assert!(m("Trump’s", "trump"));
        assert!(m("Jean-Luc Picard", "Picard"));
        // Possessive is only stripped from the last token.
        assert!(!m("Trump's aide", "Trump"));
        // Tokens are whole: hyphen and apostrophe joins are not split.
        assert!(!m("O'Brien", "Brien"));
        assert!(!m("Wealth-X", "X"));
        // Pronouns are compared literally.
        assert!(!m("he", "Barack Obama"));
        assert!(m("He", "he"));
        // No word tokens: trimmed, case-insensitive string comparison.
        assert!(m(" — ", "—"));
        assert!(!m("—", "-"));
        assert!(speakers_match(None, None));
        assert!(!speakers_match(Some("Obama"), None));
        assert!(!speakers_match(None, Some("Obama")));
    }

    #[test]
    fn speaker_tokens_follow_python_regex() {
        assert_eq!(
            speaker_tokens("Rep. O’Neill-Smith's"),
            ["rep", "o'neill-smith"]
        );
        assert_eq!(speaker_tokens("'s"), ["s"]);
        assert_eq!(speaker_tokens("x - y -z- _a"), ["x", "y", "z", "_a"]);
        assert_eq!(speaker_tokens("ZOË’S"), ["zoë"]);
    }

    #[test]
    fn mention_overlap_credits_resolved_pronouns_up_to_120_chars() {
        let g = gold_quote((200, 220), Some("he"), Some((150, 152)), "full");
        let ok =
            |mention| mention_overlaps(&g, &pred_quote((200, 220), Some("Barack Obama"), mention));
        assert!(ok(Some((150, 152))));
        assert!(ok(Some((151, 160))));
        assert!(ok(Some((40, 160))));
        assert!(!ok(Some((39, 160))), "121-char mention is too long");
        assert!(!ok(Some((152, 160))));
        assert!(!ok(None));
        let no_gold_mention = gold_quote((200, 220), Some("he"), None, "full");
        let p = pred_quote((200, 220), Some("Obama"), Some((150, 152)));
        assert!(!mention_overlaps(&no_gold_mention, &p));
    }

    #[test]
    fn prf_edge_cases() {
        let prf = |tp, np, ng| {
            let m = Prf::new(tp, np, ng);
            (m.precision, m.recall, m.f1)
        };
        assert_eq!(prf(0, 0, 0), (1.0, 1.0, 1.0));
        assert_eq!(prf(0, 0, 4), (0.0, 0.0, 0.0));
        assert_eq!(prf(0, 3, 0), (0.0, 0.0, 0.0));
        assert_eq!(prf(1, 2, 4), (0.5, 0.25, 2.0 * 0.5 * 0.25 / 0.75));
        let empty = score(&[], &HashMap::new(), Options::default());
        assert_eq!(empty.attribution_accuracy(), 0.0);
        assert!(
            empty
                .to_string()
                .contains("accuracy on overlap-matched quotes: 0.000 (")
        );
    }

    #[test]
    fn gold_doc_without_predictions_scores_as_empty() {
        let report = score(&[mayor_doc()], &HashMap::new(), Options::default());
        assert_eq!((report.n_gold, report.n_pred, report.overlap_tp), (2, 0, 0));
        assert_eq!(report.overlap().recall, 0.0);
        assert_eq!(report.overlap_recall_by_kind()["partial"], 0.0);
    }

    #[test]
    fn json_has_score_py_keys() {
        let report = score(&[mayor_doc()], &mayor_preds(), Options::default());
        let json = report.to_json();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        for key in [
            "exact",
            "exact-trim",
            "overlap",
            "attribution",
            "n_gold",
            "n_pred",
            "ignored_pred",
            "attribution_accuracy",
            "attribution_accuracy_gold_named",
            "attribution_accuracy_gold_pronoun",
            "overlap_recall_by_kind",
        ] {
            assert!(keys.contains(&key), "missing {key}");
        }
        assert_eq!(keys.len(), 11);
        assert_eq!(json["exact-trim"]["tp"], 2);
        assert_eq!(json["overlap"]["recall"], 1.0);
        assert_eq!(json["overlap_recall_by_kind"]["partial"], 1.0);
    }

    #[test]
    fn byte_to_char_on_multibyte_text() {
        let t = "Zoë said “hi” 🙂.";
        let table = ByteToChar::new(t);
        for (i, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(byte_to_char(t, b), Some(i));
            assert_eq!(table.get(b), Some(i));
        }
        let n = t.chars().count();
        assert_eq!(
            (byte_to_char(t, t.len()), table.get(t.len())),
            (Some(n), Some(n))
        );
        assert_eq!(table.char_len(), n);
        let inside_e = t.find('ë').unwrap() + 1;
        let inside_emoji = t.find('🙂').unwrap() + 2;
        for b in [inside_e, inside_emoji, t.len() + 1] {
            assert_eq!((byte_to_char(t, b), table.get(b)), (None, None));
        }
        assert_eq!(ByteToChar::new("").get(0), Some(0));
    }

    #[test]
    fn parse_gold_line_reads_polnear_records() {
        let line = r#"{"id": "g1", "text": "Zoë: “Hi.”", "unattributed_quotes": [{"start": 0, "end": 3}],
            "quotes": [{"start": 5, "end": 10, "speaker": "Zoë", "speaker_start": 0,
                        "speaker_end": 3, "kind": "partial", "mark": "“"},
                       {"start": 6, "end": 9, "speaker": null}]}"#;
        let doc = parse_gold_line(line).unwrap();
        assert_eq!(doc.id, "g1");
        assert_eq!(doc.unattributed, [(0, 3)]);
        assert_eq!(
            doc.quotes[0],
            gold_quote((5, 10), Some("Zoë"), Some((0, 3)), "partial")
        );
        assert!(!doc.quotes[1].partial && doc.quotes[1].kind.is_none());
        assert_eq!(kind_label(&doc.quotes[1]), "all");

        let err =
            parse_gold_line(r#"{"id": "g2", "text": "ab", "quotes": [{"start": 1, "end": 3}]}"#);
        assert_eq!(
            err.unwrap_err(),
            "gold g2: quote 0: span 1:3 outside text (2 code points)"
        );
        let err = parse_gold_line(r#"{"id": "g3", "text": "ab"}"#);
        assert_eq!(err.unwrap_err(), "gold g3: \"quotes\" must be an array");
        assert!(
            parse_gold_line("{")
                .unwrap_err()
                .starts_with("invalid JSON")
        );
    }

    #[test]
    fn parse_pred_line_nested_flat_and_byte_offsets() {
        let text = "Zoë said “hi” 🙂 ok";
        // Byte offsets: "hi" is bytes 13..15 (chars 10..12), "Zoë" bytes 0..4.
        let line = r#"{"id": "p", "text": "Zoë said “hi” 🙂 ok", "quotes": [
            {"span": {"start": 13, "end": 15}, "speaker": "Zoë", "speaker_span": {"start": 0, "end": 4}},
            {"start": 15, "end": 23, "speaker": null, "speaker_start": null},
            {"span": [24, 26], "start": null}]}"#;
        let (id, quotes) = parse_pred_line(line, true, Some(text)).unwrap();
        assert_eq!(id, "p");
        assert_eq!(
            quotes,
            [
                pred_quote((10, 12), Some("Zoë"), Some((0, 3))),
                pred_quote((12, 15), None, None),
                pred_quote((16, 18), None, None),
            ]
        );
        // Code point offsets are taken as they are.
        let line = r#"{"id": "p", "quotes": [{"start": 10, "end": 12, "speaker_span": [0, 3]}]}"#;
        let (_, quotes) = parse_pred_line(line, false, Some(text)).unwrap();
        assert_eq!(quotes, [pred_quote((10, 12), None, Some((0, 3)))]);
        // Flat fields take precedence over nested spans.
        let line =
            r#"{"id": "p", "quotes": [{"start": 1, "end": 2, "span": {"start": 5, "end": 6}}]}"#;
        assert_eq!(parse_pred_line(line, false, None).unwrap().1[0].start, 1);
    }

    #[test]
    fn parse_pred_line_errors_name_id_and_problem() {
        let text = "Zoë ok";
        let err = |line: &str, bytes| parse_pred_line(line, bytes, Some(text)).unwrap_err();
        assert_eq!(
            err(r#"{"id": "p", "quotes": [{"start": 3, "end": 4}]}"#, true),
            "p: quote 0: predicted start 3 is not a UTF-8 char boundary"
        );
        assert_eq!(
            err(r#"{"id": "p", "quotes": [{"start": 0, "end": 9}]}"#, false),
            "p: quote 0: span 0:9 outside text (6 code points)"
        );
        assert_eq!(
            err(r#"{"id": "p", "quotes": [{"end": 2}]}"#, false),
            "p: quote 0: missing start"
        );
        assert_eq!(
            err(r#"{"id": "p", "quotes": [{"start": -1, "end": 2}]}"#, false),
            "p: quote 0: start must be a non-negative integer, got -1"
        );
        assert_eq!(
            err(
                r#"{"id": "p", "quotes": [{"start": 0, "end": 2, "speaker": 7}]}"#,
                false
            ),
            "p: quote 0: speaker must be a string or null, got 7"
        );
        assert_eq!(
            err(r#"{"id": "p", "text": "other", "quotes": []}"#, false),
            "p: prediction text differs from gold text"
        );
        assert_eq!(
            err(r#"{"id": "p"}"#, false),
            "p: \"quotes\" must be an array"
        );
        assert_eq!(
            err(r#"{"quotes": []}"#, false),
            "record has no string \"id\""
        );
    }

    #[test]
    fn pred_kind_is_read_as_score_attr_py_does() {
        let kind = |k: &str| {
            let line =
                format!(r#"{{"id": "p", "quotes": [{{"start": 0, "end": 1, "kind": {k}}}]}}"#);
            parse_pred_line(&line, false, None).unwrap().1[0]
                .kind
                .clone()
        };
        assert_eq!(kind(r#""indirect""#).as_deref(), Some("indirect"));
        for falsy in ["null", r#""""#, "0", "0.0", "false", "[]", "{}"] {
            assert_eq!(kind(falsy), None, "{falsy}");
        }
        assert_eq!(kind("true").as_deref(), Some("True"));
        assert_eq!(kind("3").as_deref(), Some("3"));
        let line = r#"{"id": "p", "quotes": [{"start": 0, "end": 1}]}"#;
        assert_eq!(parse_pred_line(line, false, None).unwrap().1[0].kind, None);
    }

    #[test]
    fn parse_pred_record_looks_up_gold_text_by_id() {
        let line = r#"{"id": "p", "quotes": [{"start": 4, "end": 6}]}"#;
        let (_, quotes) =
            parse_pred_record(line, true, |id| (id == "p").then_some("Zoë ok")).unwrap();
        assert_eq!((quotes[0].start, quotes[0].end), (3, 5));
        // Unknown id: offsets are left alone (score ignores the record anyway).
        let (_, quotes) = parse_pred_record(line, true, |_| None).unwrap();
        assert_eq!((quotes[0].start, quotes[0].end), (4, 6));
    }
}

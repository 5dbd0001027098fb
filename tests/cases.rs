//! The table-driven specification: short articles and the quotes a reader
//! expects from them, one case per behaviour, in `tests/cases/*.toml`.
//!
//! # Case files
//!
//! Each file holds `[[case]]` tables:
//!
//! ```toml
//! [[case]]
//! name = "quote-comma-speaker-verb: the speaker and verb follow the quote"
//! article = """
//! Harbour Talks Resume
//!
//! "We are ready," Transport Minister Ana Ruiz said.
//! """
//! # single_quotes = "auto" | "speech" | "nested"   (builder option; default auto)
//! # multi_paragraph = true | false                  (builder option; default true)
//! # indirect = true | false                         (builder option; default false)
//!
//! [[case.quotes]]
//! text = "We are ready"             # compared after trimming white space and a
//!                                   # trailing , or . and folding curly marks
//! speaker = "Ana Ruiz"              # required; `false` expects no speaker (null)
//! mention = "Transport Minister Ana Ruiz"  # optional
//! cue = "said"                      # optional; `false` expects null
//! topic = "Harbour Talks Resume"    # optional; `false` expects null
//! kind = "direct"                   # optional, "direct" when left out
//! rule = "quote-comma-speaker-verb" # required: a name from `Rule::ALL`
//! ```
//!
//! A case that expects nothing says so with `quotes = []`: every case
//! lists the whole output, in document order, so a quote too many fails as
//! surely as one missing. An optional field that is left out is not
//! checked (a continuing quote's mention and cue, say, which the spec does
//! not fix).
//!
//! Besides its expectations, every output is held to the contract's
//! invariants: spans on UTF-8 boundaries, pointing at the quote's text, its
//! mention and its cue.
//!
//! All cases run; every failing one is reported by file and name with what
//! was expected and what came out, and the test fails once at the end. A
//! case that panics is reported as such and the others still run.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::normalize;
use serde::Deserialize;
use whosaid::{Extractor, Quote, Rule, SingleQuotes};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    article: String,
    single_quotes: Option<String>,
    multi_paragraph: Option<bool>,
    indirect: Option<bool>,
    quotes: Vec<Expected>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    text: String,
    speaker: Field,
    mention: Option<Field>,
    cue: Option<Field>,
    topic: Option<Field>,
    #[serde(default = "direct")]
    kind: String,
    rule: String,
}

fn direct() -> String {
    "direct".to_owned()
}

/// An expected value: a string, or `false` for null.
#[derive(Deserialize)]
#[serde(untagged)]
enum Field {
    Is(String),
    Null(bool),
}

impl Field {
    fn expected(&self) -> Option<&str> {
        match self {
            Field::Is(s) => Some(s),
            Field::Null(_) => None,
        }
    }
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

/// Every case, with the file it came from, in file-name order.
fn load() -> Vec<(String, Case)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("tests/cases exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no case files in tests/cases");
    let mut out = Vec::new();
    for path in paths {
        let file = path
            .file_name()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        let src = std::fs::read_to_string(&path).expect("readable case file");
        let parsed: CaseFile =
            toml::from_str(&src).unwrap_or_else(|e| panic!("{file} does not parse: {e}"));
        out.extend(parsed.case.into_iter().map(|c| (file.clone(), c)));
    }
    out
}

/// Mistakes in a case file itself (a rule name misspelt, `true` where a
/// value belongs) would make a case pass or fail for the wrong reason.
fn check_case_file(file: &str, case: &Case) -> Vec<String> {
    let mut errors = Vec::new();
    let rule_names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
    for (i, e) in case.quotes.iter().enumerate() {
        let n = i + 1;
        if !rule_names.contains(&e.rule.as_str()) {
            errors.push(format!("quote {n}: unknown rule {:?}", e.rule));
        }
        if !["direct", "mixed", "indirect"].contains(&e.kind.as_str()) {
            errors.push(format!("quote {n}: unknown kind {:?}", e.kind));
        }
        let fields = [
            ("speaker", Some(&e.speaker)),
            ("mention", e.mention.as_ref()),
            ("cue", e.cue.as_ref()),
            ("topic", e.topic.as_ref()),
        ];
        for (key, field) in fields {
            if let Some(Field::Null(true)) = field {
                errors.push(format!(
                    "quote {n}: {key} = true; write the value, or false for null"
                ));
            }
        }
    }
    if let Some(s) = &case.single_quotes
        && !["auto", "speech", "nested"].contains(&s.as_str())
    {
        errors.push(format!("unknown single_quotes {s:?}"));
    }
    errors
        .into_iter()
        .map(|e| format!("{file}: case {:?}: {e}", case.name))
        .collect()
}

fn extractor(case: &Case) -> Extractor {
    let mut b = Extractor::builder();
    match case.single_quotes.as_deref() {
        Some("speech") => b.single_quotes(SingleQuotes::Speech),
        Some("nested") => b.single_quotes(SingleQuotes::Nested),
        _ => b.single_quotes(SingleQuotes::Auto),
    };
    if let Some(yes) = case.multi_paragraph {
        b.multi_paragraph_quotes(yes);
    }
    if let Some(yes) = case.indirect {
        b.indirect_quotes(yes);
    }
    b.build().expect("case options build")
}

fn one_line(q: &Quote<'_>) -> String {
    format!(
        "{:?} — speaker {:?}, mention {:?}, cue {:?}, kind {}, rule {}, topic {:?}",
        q.text,
        q.speaker.as_deref(),
        q.mention.as_deref(),
        q.cue.as_deref(),
        q.kind,
        q.rule,
        q.topic.as_deref()
    )
}

/// The differences between a case's expectations and the output, as lines;
/// empty when the case passes.
fn diff(article: &str, expected: &[Expected], actual: &[Quote<'_>]) -> Vec<String> {
    let mut out = Vec::new();
    // Pair each expected quote with the next output quote of the same text,
    // in order: output skipped over is unexpected, an expectation without a
    // partner is missing. One wrong extra quote then shows as one line
    // rather than shifting every comparison after it.
    let mut next = 0;
    for (i, e) in expected.iter().enumerate() {
        let want = normalize(&e.text);
        let found = (next..actual.len()).find(|&j| normalize(&actual[j].text) == want);
        let Some(j) = found else {
            out.push(format!("- missing quote {}: {:?}", i + 1, e.text));
            continue;
        };
        for extra in &actual[next..j] {
            out.push(format!("+ unexpected quote: {}", one_line(extra)));
        }
        next = j + 1;
        let q = &actual[j];
        let mut fields = Vec::new();
        let mut field = |key: &str, want: Option<&str>, got: Option<&str>| {
            if want != got {
                fields.push(format!("    {key}: expected {want:?}, got {got:?}"));
            }
        };
        field("speaker", e.speaker.expected(), q.speaker.as_deref());
        if let Some(m) = &e.mention {
            field("mention", m.expected(), q.mention.as_deref());
        }
        if let Some(c) = &e.cue {
            field("cue", c.expected(), q.cue.as_deref());
        }
        if let Some(t) = &e.topic {
            field("topic", t.expected(), q.topic.as_deref());
        }
        field("kind", Some(&e.kind), Some(q.kind.as_str()));
        field("rule", Some(&e.rule), Some(q.rule.name()));
        if !fields.is_empty() {
            out.push(format!("~ quote {} {:?}:", i + 1, e.text));
            out.extend(fields);
        }
    }
    for extra in &actual[next..] {
        out.push(format!("+ unexpected quote: {}", one_line(extra)));
    }
    for q in actual {
        out.extend(invariant_breaks(article, q));
    }
    out
}

/// Where a quote breaks the JSON contract's promises about spans.
fn invariant_breaks(article: &str, q: &Quote<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let at = |s: whosaid::Span| article.get(s.start..s.end);
    let Some(content) = at(q.span) else {
        return vec![format!(
            "! span {:?} of {:?} is not on UTF-8 boundaries",
            q.span, q.text
        )];
    };
    // A multi-paragraph quote's span runs over continuation marks, so only
    // a one-paragraph quote must read back exactly.
    if !content.contains('\n') && normalize(content) != normalize(&q.text) {
        out.push(format!("! span of {:?} holds {content:?}", q.text));
    }
    // The mention is the words as written; the cue is the lexicon's
    // lower-case form of the words its span points at.
    let spans = [
        ("speaker_span", q.speaker_span, q.mention.as_deref(), false),
        ("cue_span", q.cue_span, q.cue.as_deref(), true),
    ];
    for (key, span, words, any_case) in spans {
        let held = span.map(|s| at(s).unwrap_or("<not on UTF-8 boundaries>"));
        let same = match (held, words) {
            (Some(h), Some(w)) if any_case => h.to_lowercase() == w,
            (h, w) => h == w,
        };
        if !same {
            out.push(format!(
                "! {key} of {:?} holds {held:?}, not {words:?}",
                q.text
            ));
        }
    }
    out
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

#[test]
fn every_case_gives_the_quotes_it_expects() {
    let cases = load();
    let file_errors: Vec<String> = cases
        .iter()
        .flat_map(|(file, case)| check_case_file(file, case))
        .collect();
    assert!(
        file_errors.is_empty(),
        "bad case files:\n{}",
        file_errors.join("\n")
    );

    let mut report = String::new();
    let mut failed = 0;
    for (file, case) in &cases {
        let ex = extractor(case);
        let run = std::panic::catch_unwind(|| ex.extract(&case.article));
        let lines = match &run {
            Ok(actual) => diff(&case.article, &case.quotes, actual),
            Err(payload) => vec![format!("! PANIC: {}", panic_message(payload.as_ref()))],
        };
        if !lines.is_empty() {
            failed += 1;
            let _ = writeln!(report, "\n{file}: {}", case.name);
            for l in lines {
                let _ = writeln!(report, "  {l}");
            }
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} cases fail:\n{report}",
        cases.len()
    );
}

/// The case files are the specification of every rule: each rule is the
/// expected rule of at least one quote.
#[test]
fn every_rule_has_a_case() {
    let cases = load();
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.name())
        .filter(|name| {
            !cases
                .iter()
                .any(|(_, c)| c.quotes.iter().any(|q| q.rule == *name))
        })
        .collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

#[test]
fn case_names_are_unique() {
    let cases = load();
    let mut names: Vec<&str> = cases.iter().map(|(_, c)| c.name.as_str()).collect();
    names.sort_unstable();
    let dupes: Vec<&&str> = names
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| &w[0])
        .collect();
    assert!(dupes.is_empty(), "case names used twice: {dupes:?}");
}

//! Runs the `whosaid` binary: every input mode, every output format, every
//! kind of bad input, and `whosaid eval`.
//!
//! The articles here are short texts written for these tests. Extraction
//! results are asserted only where they are robust (a plain `"…," Name
//! said.`); the rest checks structure: one record per input, order, exit
//! status, messages.
//!
//! Each test reads as input, command, expectation: `whosaid!(args…)` builds
//! the command, `.run()` runs it, and [`Run`]'s assertions print everything
//! the run printed when they fail.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};

use assert_cmd::Command;
use assert_cmd::cargo::{cargo_bin, cargo_bin_cmd};
use serde_json::{Value, json};
use tempfile::TempDir;

const BRIDGE: &str = "City Pledges New Bridge\n\n\
    \"We will build the bridge next year,\" Mayor Ana Ruiz said on Monday.\n";
const PARK: &str = "Park Reopens\n\n\"The gates open at dawn,\" Parks Director Tom Bell said.\n";
const NO_QUOTES: &str = "Weather\n\nIt rained all day in the valley.\n";

/// `whosaid` with these arguments, each a `&str` or a path.
macro_rules! whosaid {
    ($($arg:expr),* $(,)?) => {
        with_args!(cargo_bin_cmd!("whosaid"), $($arg),*)
    };
}

/// `python3` with these arguments (the script first).
macro_rules! python3 {
    ($($arg:expr),* $(,)?) => {
        with_args!(StdCommand::new("python3"), $($arg),*)
    };
}

/// `command` with each argument added, for the two macros above.
macro_rules! with_args {
    ($command:expr, $($arg:expr),*) => {{
        // With no arguments nothing is added.
        #[allow(unused_mut)]
        let mut command = $command;
        $(command.arg($arg);)*
        command
    }};
}

/// What one run printed and how it ended. Every output checked here is text.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs a `whosaid` or a `python3` command to its end.
trait Runs {
    fn run(&mut self) -> Run;
}

impl Runs for Command {
    fn run(&mut self) -> Run {
        self.output().unwrap().into()
    }
}

impl Runs for StdCommand {
    fn run(&mut self) -> Run {
        self.output().unwrap().into()
    }
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Run {
    fn succeeds(self) -> Run {
        self.exits(0)
    }

    fn exits(self, code: i32) -> Run {
        assert_eq!(self.code, Some(code), "{self}");
        self
    }

    fn stdout_has(self, part: &str) -> Run {
        assert!(self.stdout.contains(part), "no {part:?} in stdout: {self}");
        self
    }

    fn stderr_has(self, part: &str) -> Run {
        assert!(self.stderr.contains(part), "no {part:?} in stderr: {self}");
        self
    }

    fn stderr_empty(self) -> Run {
        assert!(self.stderr.is_empty(), "stderr not empty: {self}");
        self
    }

    /// Stdout as JSON lines, one value a line.
    fn records(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
            .collect()
    }

    /// Stdout as one JSON value.
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {self}"))
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let (code, stdout, stderr) = (self.code, &self.stdout, &self.stderr);
        write!(f, "exit {code:?}\n--- stdout\n{stdout}--- stderr\n{stderr}")
    }
}

/// Asserts that `whosaid eval` and a Python scorer printed the same report:
/// both succeeded, the same stderr, and the same stdout — as text, or as
/// JSON values for `--json` (the two languages may print a float with
/// different digits).
fn assert_same_report(ours: Run, theirs: Run) {
    let (ours, theirs) = (ours.succeeds(), theirs.succeeds());
    if serde_json::from_str::<Value>(&ours.stdout).is_ok() {
        assert_eq!(ours.json(), theirs.json());
    } else {
        assert_eq!(ours.stdout, theirs.stdout);
    }
    assert_eq!(ours.stderr, theirs.stderr);
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, contents).unwrap();
    path
}

fn speakers(record: &Value) -> Vec<&str> {
    record["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .collect()
}

fn said_by_ruiz(record: &Value) -> bool {
    speakers(record).iter().any(|s| s.contains("Ruiz"))
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/sputnik_lavrov.txt")
}

/// A file under `../shared` beside the repository, or `None` (saying so)
/// when it is absent: the corpus and the Python scorers are never copied in.
fn shared(path: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared")
        .join(path);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped what needs {}: it is absent", path.display());
        None
    }
}

/// A scorer from `../shared/tools`, if it and python3 are there.
fn python_scorer(name: &str) -> Option<PathBuf> {
    let script = shared(&format!("tools/{name}"))?;
    if StdCommand::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped what needs python3: it is not installed");
        return None;
    }
    Some(script)
}

#[test]
fn sample_article_in_the_quote_json_contract() {
    let run = whosaid!(fixture()).run().succeeds();
    let records = run.records();
    assert_eq!(records.len(), 1);
    assert!(
        records[0]["id"]
            .as_str()
            .unwrap()
            .ends_with("sputnik_lavrov.txt")
    );
    assert!(speakers(&records[0]).contains(&"Sergey Lavrov"));
    // Spans are byte offsets into the file, and every contract field is there.
    let text = fs::read_to_string(fixture()).unwrap();
    for q in records[0]["quotes"].as_array().unwrap() {
        for key in [
            "text",
            "speaker",
            "mention",
            "cue",
            "topic",
            "kind",
            "rule",
            "confidence",
        ] {
            assert!(q.get(key).is_some(), "missing {key} in {q}");
        }
        let (start, end) = (
            q["span"]["start"].as_u64().unwrap(),
            q["span"]["end"].as_u64().unwrap(),
        );
        assert!(text.get(start as usize..end as usize).is_some());
    }
    let summary = &run.stderr;
    assert!(
        summary.starts_with("whosaid: 1 article, ")
            && summary.contains(" 0 errors, ")
            && summary.contains(" MB/s)"),
        "{summary}"
    );
}

#[test]
fn files_in_argument_order_and_quiet() {
    let dir = TempDir::new().unwrap();
    let a = write(dir.path(), "b_first.txt", BRIDGE);
    let b = write(dir.path(), "a_second.txt", PARK);
    // --quiet prints no summary.
    let records = whosaid!(&a, &b, "--quiet")
        .run()
        .succeeds()
        .stderr_empty()
        .records();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(said_by_ruiz(&records[0]));
}

#[test]
fn missing_file_among_good_ones() {
    let dir = TempDir::new().unwrap();
    let good = write(dir.path(), "good.txt", BRIDGE);
    let missing = dir.path().join("missing.txt");
    let run = whosaid!(&good, &missing, &good)
        .run()
        .exits(1)
        .stderr_has(&format!("error: {}: ", missing.display()))
        .stderr_has("2 articles, ")
        .stderr_has("1 error,");
    assert_eq!(run.records().len(), 2, "the good files are still done");
}

#[test]
fn directory_walk_is_recursive_sorted_and_skips_hidden_and_binary() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "b.txt", PARK);
    write(dir.path(), "a/z.txt", BRIDGE);
    write(dir.path(), "a/deeper/y.md", NO_QUOTES);
    write(dir.path(), ".hidden.txt", BRIDGE);
    write(dir.path(), ".git/config.txt", BRIDGE);
    write(dir.path(), "image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let ids: Vec<String> = whosaid!(dir.path())
        .run()
        .succeeds()
        .records()
        .iter()
        .map(|r| {
            let id = Path::new(r["id"].as_str().unwrap());
            id.strip_prefix(dir.path()).unwrap().display().to_string()
        })
        .collect();
    assert_eq!(ids, ["a/deeper/y.md", "a/z.txt", "b.txt"]);
}

#[test]
fn stdin_with_no_argument_and_with_dash() {
    for mut command in [whosaid!(), whosaid!("-")] {
        let records = command.write_stdin(BRIDGE).run().succeeds().records();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0]["id"], "-");
        assert!(said_by_ruiz(&records[0]));
    }
}

#[test]
fn invalid_utf8_file_without_and_with_lossy() {
    let dir = TempDir::new().unwrap();
    let mut bytes = BRIDGE.as_bytes().to_vec();
    bytes.insert(10, 0xff);
    let bad = write(dir.path(), "latin1.txt", &bytes);
    let good = write(dir.path(), "good.txt", PARK);

    let run = whosaid!(&bad, &good)
        .run()
        .exits(1)
        .stdout_has("good.txt")
        .stderr_has(&format!(
            "{}: invalid UTF-8 at byte offset 10",
            bad.display()
        ));
    assert!(!run.stdout.contains("latin1.txt"), "{run}");

    let records = whosaid!(&bad, "--lossy").run().succeeds().records();
    assert_eq!(records.len(), 1);
    assert!(said_by_ruiz(&records[0]));
}

/// A corpus with broken lines between good ones: every input line has its
/// output line, in order.
#[test]
fn jsonl_with_broken_lines_in_the_middle() {
    let good = |id: &str, text: &str| json!({"id": id, "text": text}).to_string();
    let mut corpus = Vec::new();
    for line in [
        good("first", BRIDGE),
        "{\"id\": \"cut\", \"text\": \"We".to_string(),
        json!({"id": "no-text", "body": BRIDGE}).to_string(),
        json!({"id": 42, "text": ["not", "a", "string"]}).to_string(),
        String::new(),
        "[\"an array\"]".to_string(),
        good("second", PARK),
    ] {
        corpus.extend_from_slice(line.as_bytes());
        corpus.push(b'\n');
    }
    // Line 8: invalid UTF-8 inside the text.
    corpus.extend_from_slice(b"{\"id\": \"bytes\", \"text\": \"caf\xe9\"}\r\n");
    corpus.extend_from_slice(good("last", NO_QUOTES).as_bytes());

    let dir = TempDir::new().unwrap();
    let path = write(dir.path(), "corpus.jsonl", &corpus);
    let run = whosaid!("--jsonl", &path)
        .run()
        .exits(1)
        .stderr_has(&format!("{}: line 3: no \"text\" field", path.display()))
        .stderr_has("3 articles, ")
        .stderr_has("5 errors");
    let lines: Vec<&str> = run.stdout.split_terminator('\n').collect();
    assert_eq!(lines.len(), 9, "one output line per input line: {run}");
    assert_eq!(lines[4], "", "a blank line stays a blank line");

    let record = |i: usize| serde_json::from_str::<Value>(lines[i]).unwrap();
    assert_eq!(record(0)["id"], "first");
    assert!(said_by_ruiz(&record(0)));
    let errors = [
        (1, Value::Null, "line 2: invalid JSON at column "),
        (2, json!("no-text"), "line 3: no \"text\" field"),
        (3, json!(42), "line 4: \"text\" is an array, not a string"),
        (5, Value::Null, "line 6: not a JSON object"),
        (7, Value::Null, "line 8: invalid UTF-8 at column "),
    ];
    for (i, id, message) in errors {
        let r = record(i);
        assert_eq!(r["id"], id, "{r}");
        assert!(r["error"].as_str().unwrap().starts_with(message), "{r}");
        assert!(r.get("quotes").is_none());
    }
    assert_eq!(record(6)["id"], "second");
    assert_eq!(record(8), json!({"id": "last", "quotes": []}));

    // With --lossy the bad bytes are replaced and line 8 is an article.
    let lossy = whosaid!("--jsonl", "--lossy", &path).run();
    let lines: Vec<&str> = lossy.stdout.split_terminator('\n').collect();
    assert_eq!(
        serde_json::from_str::<Value>(lines[7]).unwrap(),
        json!({"id": "bytes", "quotes": []})
    );
}

#[test]
fn jsonl_from_stdin_with_custom_fields_and_parallel_order() {
    let corpus: String = (0..300)
        .map(|i| {
            json!({"doc": format!("d{i}"), "body": if i % 2 == 0 { BRIDGE } else { PARK }})
                .to_string()
                + "\n"
        })
        .collect();
    let run = |jobs: &str| {
        whosaid!("--jsonl", "-", "--text-field", "body", "--id-field", "doc")
            .args(["--jobs", jobs])
            .write_stdin(corpus.clone())
            .run()
    };
    let one = run("1").succeeds();
    let records = one.records();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, (0..300).map(|i| format!("d{i}")).collect::<Vec<_>>());
    assert!(
        records
            .iter()
            .all(|r| !r["quotes"].as_array().unwrap().is_empty())
    );
    assert_eq!(
        run("2").stdout,
        one.stdout,
        "--jobs changes nothing in the output"
    );
}

#[test]
fn format_json_is_one_array_of_records() {
    let dir = TempDir::new().unwrap();
    let a = write(dir.path(), "a.txt", BRIDGE);
    let b = write(dir.path(), "b.txt", NO_QUOTES);
    let value = whosaid!("--format", "json", &a, &b).run().succeeds().json();
    let records = value.as_array().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[1], json!({"id": b.to_str().unwrap(), "quotes": []}));

    let empty = whosaid!("-f", "json", "--jsonl").write_stdin("").run();
    assert_eq!(empty.stdout, "[]\n");
}

#[test]
fn format_jsonl_round_trips_through_the_library_type() {
    let record = &whosaid!("-f", "jsonl").write_stdin(BRIDGE).run().records()[0];
    let quotes: Vec<whosaid::OwnedQuote> =
        serde_json::from_value(record["quotes"].clone()).unwrap();
    assert_eq!(quotes, whosaid::extract_quotes(BRIDGE));
}

#[test]
fn format_tsv_has_a_header_and_escaped_rows() {
    let article = "Talks\n\n\"One\tword,\" Mayor Ana Ruiz said.\n";
    let run = whosaid!("-f", "tsv").write_stdin(article).run().succeeds();
    let mut rows = run.stdout.lines();
    assert_eq!(
        rows.next(),
        Some("id\tstart\tend\tspeaker\tmention\tcue\ttopic\tkind\trule\tconfidence\ttext")
    );
    let quotes = whosaid::extract_quotes(article);
    assert!(!quotes.is_empty());
    for (row, q) in rows.zip(&quotes) {
        let cells: Vec<&str> = row.split('\t').collect();
        assert_eq!(cells.len(), 11, "{row:?}");
        assert_eq!(cells[0], "-");
        assert_eq!(cells[1].parse::<usize>().unwrap(), q.span.start);
        assert_eq!(cells[10], q.text.replace('\t', "\\t"));
    }
}

#[test]
fn format_pretty_is_plain_when_not_a_terminal() {
    let run = whosaid!("-f", "pretty", fixture())
        .env_remove("NO_COLOR")
        .run()
        .succeeds()
        .stdout_has("Sergey Lavrov");
    let text = &run.stdout;
    assert!(!text.contains('\u{1b}'), "no colour into a pipe");
    let mut lines = text.lines();
    assert!(lines.next().unwrap().contains("sputnik_lavrov.txt"));
    assert!(lines.next().unwrap().contains("speaker"));
    assert!(
        text.lines().all(|l| l.chars().count() <= 110),
        "wrapped:\n{text}"
    );
}

#[test]
fn speech_verb_files() {
    let dir = TempDir::new().unwrap();
    let verbs = write(
        dir.path(),
        "verbs.txt",
        "# extra cues\nquip\nquips\n\nquipped\n",
    );
    let article = "\"Not today,\" Ada Park quipped.";
    let records = whosaid!("--speech-verbs", &verbs)
        .write_stdin(article)
        .run()
        .succeeds()
        .records();
    assert_eq!(records[0]["quotes"][0]["cue"], "quipped");

    let bad = write(dir.path(), "bad.txt", "say\nsays loudly\n");
    whosaid!("--replace-speech-verbs", &bad)
        .write_stdin(article)
        .run()
        .exits(2)
        .stderr_has(&format!("{}:2", bad.display()));
    whosaid!("--speech-verbs", dir.path().join("absent.txt"))
        .run()
        .exits(2)
        .stderr_has("absent.txt");
}

#[test]
fn library_flags_are_accepted() {
    whosaid!("--single-quotes", "speech", "--no-multi-paragraph")
        .args(["--max-quote-len", "500"])
        .write_stdin(BRIDGE)
        .run()
        .succeeds();
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["--no-such-flag"][..],
        &["--jobs", "0"],
        &["--format", "xml"],
        &["--text-field", "body"],
        &["--single-quotes", "maybe"],
        &["--max-quote-len", "0"],
        &["eval"],
    ] {
        whosaid!().args(args).write_stdin("").run().exits(2);
    }
}

#[test]
fn broken_pipe_ends_quietly() {
    let dir = TempDir::new().unwrap();
    // Far more output than a pipe buffer holds.
    let corpus: String = (0..5000)
        .map(|i| json!({"id": i, "text": BRIDGE}).to_string() + "\n")
        .collect();
    let path = write(dir.path(), "big.jsonl", corpus);
    let mut child = StdCommand::new(cargo_bin!("whosaid"))
        .arg("--jsonl")
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(status.success(), "{status:?} {stderr}");
}

/// A gold file in the PolNeAR format, over a text written for this test.
fn tiny_gold(dir: &Path) -> (PathBuf, String) {
    let text = "Zoë Ruiz, the mayor, spoke on Monday. “We will build the bridge,” Ruiz said.";
    let chars: Vec<char> = text.chars().collect();
    let find = |needle: &str| {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    };
    let (qs, qe) = find("We will build the bridge,");
    let (ss, _) = find("Ruiz said");
    assert_eq!(chars[qs], 'W');
    let gold = [
        json!({"id": "g1", "text": text, "unattributed_quotes": [],
               "quotes": [{"start": qs, "end": qe, "speaker": "Ruiz",
                           "speaker_start": ss, "speaker_end": ss + 4, "kind": "full"}]}),
        json!({"id": "g2", "text": NO_QUOTES, "quotes": []}),
    ];
    let body: String = gold.iter().map(|g| g.to_string() + "\n\n").collect();
    (write(dir, "gold.jsonl", body), text.to_string())
}

#[test]
fn eval_runs_the_extractor_over_gold() {
    let dir = TempDir::new().unwrap();
    let (gold, _) = tiny_gold(dir.path());
    let run = whosaid!("eval", &gold)
        .run()
        .succeeds()
        .stderr_empty()
        .stdout_has("metric            TP       P       R      F1\n")
        .stdout_has("\noverlap recall, kind=full: ");
    assert!(
        run.stdout.starts_with("gold quotes: 1   predicted: "),
        "{run}"
    );

    let json = whosaid!("eval", "--json", &gold).run().json();
    assert_eq!(json["n_gold"], 1);
    assert!(json["overlap"]["f1"].is_number());
}

#[test]
fn eval_reads_predictions_as_score_py_does() {
    let dir = TempDir::new().unwrap();
    let (gold, text) = tiny_gold(dir.path());
    // Predictions from the extractor itself, in byte offsets.
    let pred = write(
        dir.path(),
        "pred.jsonl",
        whosaid!("--jsonl", &gold).run().stdout,
    );
    let scored = whosaid!("eval", &gold, &pred, "--byte-offsets").run();
    let direct = whosaid!("eval", &gold).run();
    assert_eq!(scored.stdout, direct.stdout);

    // A hand-made prediction: exact span, speaker by surname, plus an id not in gold.
    let byte = text.find("We will").unwrap();
    let end = text.find("” Ruiz").unwrap();
    let pred = write(
        dir.path(),
        "hand.jsonl",
        format!(
            "{}\n{}\n",
            json!({"id": "g1", "quotes": [{"span": {"start": byte, "end": end}, "speaker": "Zoë Ruiz"}]}),
            json!({"id": "other", "quotes": []}),
        ),
    );
    whosaid!("eval", &gold, &pred, "--byte-offsets")
        .run()
        .succeeds()
        .stdout_has("exact              1   1.000   1.000   1.000")
        .stdout_has("attribution        1   1.000   1.000   1.000")
        .stderr_has("warning: 1 prediction ids not in gold, ignored")
        .stderr_has("warning: 1 gold ids without predictions (scored as empty)");

    // Without --byte-offsets the same numbers are read as code points, which
    // "ë" and "“" shift: no exact match.
    whosaid!("eval", &gold, &pred)
        .run()
        .succeeds()
        .stdout_has("exact              0 ");
}

#[test]
fn eval_input_errors() {
    let dir = TempDir::new().unwrap();
    let (gold, _) = tiny_gold(dir.path());
    let dup = write(
        dir.path(),
        "dup.jsonl",
        "{\"id\": \"g1\", \"quotes\": []}\n\n{\"id\": \"g1\", \"quotes\": []}\n",
    );
    whosaid!("eval", &gold, &dup)
        .run()
        .exits(1)
        .stderr_has(&format!("{}:3: duplicate id g1", dup.display()));
    let outside = write(
        dir.path(),
        "outside.jsonl",
        "{\"id\": \"g2\", \"quotes\": [{\"start\": 0, \"end\": 9999}]}\n",
    );
    whosaid!("eval", &gold, &outside)
        .run()
        .exits(1)
        .stderr_has("outside.jsonl:1: g2: quote 0: span 0:9999 outside text");
    whosaid!("eval", dir.path().join("nope.jsonl"))
        .run()
        .exits(1)
        .stderr_has("nope.jsonl");
    whosaid!("eval", "--byte-offsets", &gold).run().exits(2);
}

/// `whosaid --jsonl dev.jsonl` scored by `whosaid eval` and by score.py:
/// the same table, digit for digit. Skipped without the corpus or python3.
#[test]
fn eval_agrees_with_score_py_on_polnear_dev() {
    let (Some(dev), Some(score_py)) = (
        shared("corpus/polnear/dev.jsonl"),
        python_scorer("score.py"),
    ) else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let extracted = whosaid!("--jsonl", &dev, "--quiet").run().succeeds();
    let pred = write(dir.path(), "dev.pred.jsonl", &extracted.stdout);

    let flags = ["--byte-offsets", "--ignore-unattributed"];
    let theirs = python3!(&score_py, &dev, &pred).args(flags).run();
    // Extracting in-process scores the same as going through the file.
    let direct = whosaid!("eval", &dev, "--ignore-unattributed").run();
    assert_eq!(direct.stdout, theirs.stdout);
    assert_same_report(whosaid!("eval", &dev, &pred).args(flags).run(), theirs);

    for extra in ["--exclude-partial", "--json"] {
        assert_same_report(
            whosaid!("eval", &dev, &pred).args(flags).arg(extra).run(),
            python3!(&score_py, &dev, &pred)
                .args(flags)
                .arg(extra)
                .run(),
        );
    }
}

const COUNCIL: &str = "City Council Vote\n\nMayor Zoë Ruiz said the bridge would open in May. \
    “It is safe,” she added, “and it is ready.” Critics warned that costs had doubled.\n";

/// Code point span of `needle` in `text`.
fn char_span(text: &str, needle: &str) -> [usize; 2] {
    let byte = text.find(needle).unwrap();
    let start = text[..byte].chars().count();
    [start, start + needle.chars().count()]
}

/// Byte span of `needle` in `text`.
fn byte_span(text: &str, needle: &str) -> [usize; 2] {
    let start = text.find(needle).unwrap();
    [start, start + needle.len()]
}

/// A gold file of attributions (as `attr/*.jsonl`), over a text written for
/// this test: reported speech, a split direct quote, and an indirect quote.
fn tiny_attr_gold(dir: &Path) -> PathBuf {
    let t = COUNCIL;
    let attribution = |content: &[&str], source: &str, direct: bool| {
        json!({"content_spans": content.iter().map(|c| char_span(t, c)).collect::<Vec<_>>(),
               "source": source, "source_spans": [char_span(t, source)],
               "direct": direct, "has_quote_marks": direct})
    };
    let gold = [
        json!({"id": "a1", "text": t, "attributions": [
            attribution(&["the bridge would open in May"], "Mayor Zoë Ruiz", false),
            attribution(&["It is safe,", "and it is ready."], "she", true),
            attribution(&["that costs had doubled"], "Critics", false),
        ]}),
        json!({"id": "a2", "text": NO_QUOTES, "attributions": []}),
    ];
    let body: String = gold.iter().map(|g| g.to_string() + "\n\n").collect();
    write(dir, "attr_gold.jsonl", body)
}

#[test]
fn eval_attributions_runs_the_extractor_with_indirect_speech() {
    let dir = TempDir::new().unwrap();
    let gold = tiny_attr_gold(dir.path());
    let run = whosaid!("eval", "--attributions", &gold)
        .run()
        .succeeds()
        .stderr_empty()
        .stdout_has(
            "\nmetric                  P      R     F1   \
             (correct pred / pred, recalled gold / gold)\n",
        )
        .stdout_has("\n  indirect_plain       2  R=")
        // Reported speech is extracted although --indirect was not given.
        .stdout_has("\n  indirect        ")
        .stdout_has("\nchar-level content P=");
    let table = &run.stdout;
    assert!(
        table.starts_with("gold attributions: 3   scored predictions: ") && table.ends_with('\n'),
        "{run}"
    );

    // The same as scoring `whosaid --jsonl --indirect` output with --byte-offsets.
    let extracted = whosaid!("--jsonl", "--indirect", &gold).run();
    let pred = write(dir.path(), "pred.jsonl", extracted.stdout);
    let scored = whosaid!("eval", "--attributions", "--byte-offsets", &gold, &pred).run();
    assert_eq!(&scored.stdout, table);

    let json = whosaid!("eval", "--attributions", "--json", &gold)
        .run()
        .json();
    assert_eq!(json["n_gold"], 3);
    assert!(json["content_speaker"]["f1"].is_number());
}

#[test]
fn eval_attributions_reads_predictions_as_score_attr_py_does() {
    let dir = TempDir::new().unwrap();
    let gold = tiny_attr_gold(dir.path());
    let t = COUNCIL;
    // Byte offsets: reported speech by surname, half the split quote with
    // the speaker by its mention, a span over two contents that is mostly
    // in neither, separators only, and an id not in gold ("a2" has no
    // record).
    let quote = |content: &str, speaker: Value, mention: Option<&str>, kind: &str| {
        let [start, end] = byte_span(t, content);
        let mention = mention.map(|m| byte_span(t, m));
        json!({"span": {"start": start, "end": end}, "speaker": speaker, "kind": kind,
               "speaker_span": mention.map(|[s, e]| json!({"start": s, "end": e}))})
    };
    let quotes = [
        quote(
            "the bridge would open in May",
            json!("Ruiz"),
            None,
            "indirect",
        ),
        quote("It is safe", Value::Null, Some("she"), "direct"),
        quote(
            "added, “and it is ready.” Critics warned that costs had doubled",
            json!("Critics"),
            None,
            "indirect",
        ),
        quote("” ", Value::Null, None, "direct"),
    ];
    let pred = write(
        dir.path(),
        "hand.jsonl",
        format!(
            "{}\n{}\n",
            json!({"id": "a1", "text": t, "quotes": quotes}),
            json!({"id": "other", "quotes": []}),
        ),
    );
    let ours = whosaid!("eval", "--attributions", "--byte-offsets", &gold, &pred)
        .run()
        .succeeds();
    if let Some(score_attr) = python_scorer("score_attr.py") {
        let theirs = python3!(&score_attr, &gold, &pred, "--byte-offsets").run();
        assert_eq!(ours.stdout, theirs.stdout);
        assert_eq!(ours.stderr, theirs.stderr);
        // Same keys in the same order, same values, same digits (the keys
        // are ASCII, so Python's escaping makes no difference).
        assert_eq!(
            whosaid!(
                "eval",
                "--attributions",
                "--byte-offsets",
                "--json",
                &gold,
                &pred
            )
            .run()
            .stdout,
            python3!(&score_attr, &gold, &pred, "--byte-offsets", "--json")
                .run()
                .stdout
        );
    }
    // What score_attr.py prints, for machines without python3.
    let expected = "\
gold attributions: 3   scored predictions: 3   (skipped, no significant chars: 1)
metric                  P      R     F1   (correct pred / pred, recalled gold / gold)
content             0.667  0.333  0.444   (2/3, 1/3)
content+speaker     0.667  0.333  0.444   (2/3, 1/3)
speaker accuracy on recalled gold: 1.000
recall by gold subset (content, +speaker):
  all                  3  R=0.333  R+spk=0.333
  direct               1  R=0.000  R+spk=0.000
  indirect             2  R=0.500  R+spk=0.500
  indirect_plain       2  R=0.500  R+spk=0.500
  source_named         2  R=0.500  R+spk=0.500
  source_pronoun       1  R=0.000  R+spk=0.000
precision by predicted kind (content, +speaker):
  direct               1  P=1.000  P+spk=1.000
  indirect             2  P=0.500  P+spk=0.500
char-level content P=0.775 R=1.000
";
    assert_eq!(ours.stdout, expected);
    assert_eq!(
        ours.stderr,
        "warning: 1 prediction ids not in gold, ignored\n\
         warning: 1 gold ids without predictions (scored as empty)\n"
    );
}

#[test]
fn eval_attributions_input_errors() {
    let dir = TempDir::new().unwrap();
    let gold = tiny_attr_gold(dir.path());
    // A gold file of quotes only.
    let (quote_gold, _) = tiny_gold(dir.path());
    whosaid!("eval", "--attributions", &quote_gold)
        .run()
        .exits(1)
        .stderr_has("gold.jsonl:1: gold g1: no \"attributions\" array");
    let outside = write(
        dir.path(),
        "outside.jsonl",
        "{\"id\": \"a2\", \"quotes\": [{\"start\": 0, \"end\": 4, \
         \"speaker_start\": 2, \"speaker_end\": 999}]}\n",
    );
    whosaid!("eval", "--attributions", &gold, &outside)
        .run()
        .exits(1)
        .stderr_has("outside.jsonl:1: a2: quote 0: speaker span 2:999 outside text");
    for flag in ["--exclude-partial", "--ignore-unattributed"] {
        whosaid!("eval", "--attributions", flag, &gold)
            .run()
            .exits(2);
    }
}

/// `whosaid --jsonl --indirect dev.jsonl` scored by `whosaid eval
/// --attributions` and by score_attr.py: the same text and the same JSON.
/// Skipped without the corpus or python3.
#[test]
fn eval_attributions_agrees_with_score_attr_py_on_polnear_dev() {
    let (Some(dev), Some(score_attr)) = (
        shared("corpus/polnear/dev.jsonl"),
        python_scorer("score_attr.py"),
    ) else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let extracted = whosaid!("--jsonl", "--indirect", "--quiet", &dev)
        .run()
        .succeeds();
    let pred = write(dir.path(), "dev.pred.jsonl", &extracted.stdout);
    for extra in [&[][..], &["--json"]] {
        assert_same_report(
            whosaid!("eval", "--attributions", "--byte-offsets")
                .args(extra)
                .args([&dev, &pred])
                .run(),
            python3!(&score_attr, &dev, &pred, "--byte-offsets")
                .args(extra)
                .run(),
        );
    }
}

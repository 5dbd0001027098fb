//! Runs the `whosaid` binary: every input mode, every output format, every
//! kind of bad input, and `whosaid eval`.
//!
//! The articles here are short texts written for these tests. Extraction
//! results are asserted only where they are robust (a plain `"…," Name
//! said.`); the rest checks structure: one record per input, order, exit
//! status, messages.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use assert_cmd::cargo::{cargo_bin, cargo_bin_cmd};
use predicates::prelude::*;
use serde_json::{Value, json};
use tempfile::TempDir;

const BRIDGE: &str = "City Pledges New Bridge\n\n\
    \"We will build the bridge next year,\" Mayor Ana Ruiz said on Monday.\n";
const PARK: &str = "Park Reopens\n\n\"The gates open at dawn,\" Parks Director Tom Bell said.\n";
const NO_QUOTES: &str = "Weather\n\nIt rained all day in the valley.\n";

fn whosaid() -> Command {
    cargo_bin_cmd!("whosaid")
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, contents).unwrap();
    path
}

fn stdout_of(output: &std::process::Output) -> &str {
    std::str::from_utf8(&output.stdout).unwrap()
}

fn json_lines(output: &std::process::Output) -> Vec<Value> {
    stdout_of(output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
        .collect()
}

fn speakers(record: &Value) -> Vec<&str> {
    record["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .collect()
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/sputnik_lavrov.txt")
}

#[test]
fn sample_article_in_the_quote_json_contract() {
    let output = whosaid().arg(fixture()).output().unwrap();
    assert!(output.status.success());
    let records = json_lines(&output);
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
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("whosaid: 1 article, ")
            && stderr.contains(" 0 errors, ")
            && stderr.contains(" MB/s)"),
        "{stderr}"
    );
}

#[test]
fn files_in_argument_order_and_quiet() {
    let dir = TempDir::new().unwrap();
    let a = write(dir.path(), "b_first.txt", BRIDGE);
    let b = write(dir.path(), "a_second.txt", PARK);
    let output = whosaid().arg(&a).arg(&b).arg("--quiet").output().unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty(), "--quiet prints no summary");
    let records = json_lines(&output);
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(speakers(&records[0]).iter().any(|s| s.contains("Ruiz")));
}

#[test]
fn missing_file_among_good_ones() {
    let dir = TempDir::new().unwrap();
    let good = write(dir.path(), "good.txt", BRIDGE);
    let missing = dir.path().join("missing.txt");
    let output = whosaid()
        .arg(&good)
        .arg(&missing)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        json_lines(&output).len(),
        2,
        "the good files are still done"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("error: {}: ", missing.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 articles, ") && stderr.contains("1 error,"),
        "{stderr}"
    );
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
    let output = whosaid().arg(dir.path()).output().unwrap();
    assert!(output.status.success());
    let ids: Vec<String> = json_lines(&output)
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
    for args in [&[][..], &["-"][..]] {
        let output = whosaid().args(args).write_stdin(BRIDGE).output().unwrap();
        assert!(output.status.success());
        let records = json_lines(&output);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0]["id"], "-");
        assert!(speakers(&records[0]).iter().any(|s| s.contains("Ruiz")));
    }
}

#[test]
fn invalid_utf8_file_without_and_with_lossy() {
    let dir = TempDir::new().unwrap();
    let mut bytes = BRIDGE.as_bytes().to_vec();
    bytes.insert(10, 0xff);
    let bad = write(dir.path(), "latin1.txt", &bytes);
    let good = write(dir.path(), "good.txt", PARK);

    whosaid()
        .arg(&bad)
        .arg(&good)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("good.txt"))
        .stdout(predicate::str::contains("latin1.txt").not())
        .stderr(predicate::str::contains(format!(
            "{}: invalid UTF-8 at byte offset 10",
            bad.display()
        )));

    let output = whosaid().arg(&bad).arg("--lossy").output().unwrap();
    assert!(output.status.success());
    let records = json_lines(&output);
    assert_eq!(records.len(), 1);
    assert!(speakers(&records[0]).iter().any(|s| s.contains("Ruiz")));
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
    let output = whosaid().arg("--jsonl").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<&str> = stdout_of(&output).split_terminator('\n').collect();
    assert_eq!(
        lines.len(),
        9,
        "one output line per input line:\n{}",
        stdout_of(&output)
    );
    assert_eq!(lines[4], "", "a blank line stays a blank line");

    let record = |i: usize| serde_json::from_str::<Value>(lines[i]).unwrap();
    assert_eq!(record(0)["id"], "first");
    assert!(speakers(&record(0)).iter().any(|s| s.contains("Ruiz")));
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

    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{}: line 3: no \"text\" field", path.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 articles, ") && stderr.contains("5 errors"),
        "{stderr}"
    );

    // With --lossy the bad bytes are replaced and line 8 is an article.
    let output = whosaid()
        .args(["--jsonl", "--lossy"])
        .arg(&path)
        .output()
        .unwrap();
    let lines: Vec<&str> = stdout_of(&output).split_terminator('\n').collect();
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
        whosaid()
            .args([
                "--jsonl",
                "-",
                "--text-field",
                "body",
                "--id-field",
                "doc",
                "--jobs",
                jobs,
            ])
            .write_stdin(corpus.clone())
            .output()
            .unwrap()
    };
    let one = run("1");
    assert!(one.status.success());
    let records = json_lines(&one);
    let ids: Vec<String> = records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
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
    let output = whosaid()
        .args(["--format", "json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(output.status.success());
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let records = value.as_array().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[1], json!({"id": b.to_str().unwrap(), "quotes": []}));

    let empty = whosaid()
        .args(["-f", "json", "--jsonl"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(stdout_of(&empty), "[]\n");
}

#[test]
fn format_jsonl_round_trips_through_the_library_type() {
    let output = whosaid()
        .args(["-f", "jsonl"])
        .write_stdin(BRIDGE)
        .output()
        .unwrap();
    let record = &json_lines(&output)[0];
    let quotes: Vec<whosaid::OwnedQuote> =
        serde_json::from_value(record["quotes"].clone()).unwrap();
    assert_eq!(quotes, whosaid::extract_quotes(BRIDGE));
}

#[test]
fn format_tsv_has_a_header_and_escaped_rows() {
    let article = "Talks\n\n\"One\tword,\" Mayor Ana Ruiz said.\n";
    let output = whosaid()
        .args(["-f", "tsv"])
        .write_stdin(article)
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stdout_of(&output);
    let mut rows = text.lines();
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
    let output = whosaid()
        .args(["-f", "pretty"])
        .arg(fixture())
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stdout_of(&output);
    assert!(!text.contains('\u{1b}'), "no colour into a pipe");
    let mut lines = text.lines();
    assert!(lines.next().unwrap().contains("sputnik_lavrov.txt"));
    assert!(lines.next().unwrap().contains("speaker"));
    assert!(text.contains("Sergey Lavrov"));
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
    let output = whosaid()
        .arg("--speech-verbs")
        .arg(&verbs)
        .write_stdin(article)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(json_lines(&output)[0]["quotes"][0]["cue"], "quipped");

    let bad = write(dir.path(), "bad.txt", "say\nsays loudly\n");
    whosaid()
        .arg("--replace-speech-verbs")
        .arg(&bad)
        .write_stdin(article)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:2", bad.display())));
    whosaid()
        .arg("--speech-verbs")
        .arg(dir.path().join("absent.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("absent.txt"));
}

#[test]
fn library_flags_are_accepted() {
    whosaid()
        .args([
            "--single-quotes",
            "speech",
            "--no-multi-paragraph",
            "--max-quote-len",
            "500",
        ])
        .write_stdin(BRIDGE)
        .assert()
        .success();
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
        whosaid().args(args).write_stdin("").assert().code(2);
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
    let output = whosaid().arg("eval").arg(&gold).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let table = stdout_of(&output);
    assert!(table.starts_with("gold quotes: 1   predicted: "), "{table}");
    assert!(table.contains("metric            TP       P       R      F1\n"));
    assert!(table.contains("\noverlap recall, kind=full: "));
    assert!(output.stderr.is_empty());

    let output = whosaid()
        .args(["eval", "--json"])
        .arg(&gold)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["n_gold"], 1);
    assert!(json["overlap"]["f1"].is_number());
}

#[test]
fn eval_reads_predictions_as_score_py_does() {
    let dir = TempDir::new().unwrap();
    let (gold, text) = tiny_gold(dir.path());
    // Predictions from the extractor itself, in byte offsets.
    let output = whosaid().arg("--jsonl").arg(&gold).output().unwrap();
    let pred = write(dir.path(), "pred.jsonl", &output.stdout);
    let scored = whosaid()
        .arg("eval")
        .arg(&gold)
        .arg(&pred)
        .arg("--byte-offsets")
        .output()
        .unwrap();
    let direct = whosaid().arg("eval").arg(&gold).output().unwrap();
    assert_eq!(stdout_of(&scored), stdout_of(&direct));

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
    whosaid()
        .arg("eval")
        .arg(&gold)
        .arg(&pred)
        .arg("--byte-offsets")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "exact              1   1.000   1.000   1.000",
        ))
        .stdout(predicate::str::contains(
            "attribution        1   1.000   1.000   1.000",
        ))
        .stderr(predicate::str::contains(
            "warning: 1 prediction ids not in gold, ignored",
        ))
        .stderr(predicate::str::contains(
            "warning: 1 gold ids without predictions (scored as empty)",
        ));

    // Without --byte-offsets the same numbers are read as code points, which
    // "ë" and "“" shift: no exact match.
    whosaid()
        .arg("eval")
        .arg(&gold)
        .arg(&pred)
        .assert()
        .success()
        .stdout(predicate::str::contains("exact              0 "));
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
    whosaid()
        .arg("eval")
        .arg(&gold)
        .arg(&dup)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}:3: duplicate id g1",
            dup.display()
        )));
    let outside = write(
        dir.path(),
        "outside.jsonl",
        "{\"id\": \"g2\", \"quotes\": [{\"start\": 0, \"end\": 9999}]}\n",
    );
    whosaid()
        .arg("eval")
        .arg(&gold)
        .arg(&outside)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "outside.jsonl:1: g2: quote 0: span 0:9999 outside text",
        ));
    whosaid()
        .arg("eval")
        .arg(dir.path().join("nope.jsonl"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nope.jsonl"));
    whosaid()
        .args(["eval", "--byte-offsets"])
        .arg(&gold)
        .assert()
        .code(2);
}

/// `whosaid --jsonl dev.jsonl` scored by `whosaid eval` and by score.py:
/// the same table, digit for digit. Skipped without the corpus or python3.
#[test]
fn eval_agrees_with_score_py_on_polnear_dev() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    let dev = shared.join("corpus/polnear/dev.jsonl");
    let score_py = shared.join("tools/score.py");
    if !dev.exists() || !score_py.exists() {
        eprintln!(
            "skipped: {} or {} is absent",
            dev.display(),
            score_py.display()
        );
        return;
    }
    if StdCommand::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let dir = TempDir::new().unwrap();
    let output = whosaid()
        .arg("--jsonl")
        .arg(&dev)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(output.status.success());
    let pred = write(dir.path(), "dev.pred.jsonl", &output.stdout);

    let flags = ["--byte-offsets", "--ignore-unattributed"];
    let ours = whosaid()
        .arg("eval")
        .arg(&dev)
        .arg(&pred)
        .args(flags)
        .output()
        .unwrap();
    let theirs = StdCommand::new("python3")
        .arg(&score_py)
        .arg(&dev)
        .arg(&pred)
        .args(flags)
        .output()
        .unwrap();
    assert!(ours.status.success() && theirs.status.success());
    assert_eq!(stdout_of(&ours), stdout_of(&theirs));
    assert_eq!(ours.stderr, theirs.stderr);

    // Extracting in-process scores the same as going through the file.
    let direct = whosaid()
        .arg("eval")
        .arg(&dev)
        .arg("--ignore-unattributed")
        .output()
        .unwrap();
    assert_eq!(stdout_of(&direct), stdout_of(&theirs));

    for extra in [&["--exclude-partial"][..], &["--json"]] {
        let ours = whosaid()
            .arg("eval")
            .arg(&dev)
            .arg(&pred)
            .args(flags)
            .args(extra)
            .output()
            .unwrap();
        let theirs = StdCommand::new("python3")
            .arg(&score_py)
            .arg(&dev)
            .arg(&pred)
            .args(flags)
            .args(extra)
            .output()
            .unwrap();
        if extra == ["--json"] {
            let parse =
                |o: &std::process::Output| serde_json::from_slice::<Value>(&o.stdout).unwrap();
            assert_eq!(parse(&ours), parse(&theirs));
        } else {
            assert_eq!(stdout_of(&ours), stdout_of(&theirs));
        }
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

/// score_attr.py's path, if it and python3 are there.
fn score_attr_py() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/tools/score_attr.py");
    let python = StdCommand::new("python3").arg("--version").output();
    if path.exists() && python.is_ok() {
        Some(path)
    } else {
        eprintln!(
            "skipped the comparison: python3 or {} is absent",
            path.display()
        );
        None
    }
}

#[test]
fn eval_attributions_runs_the_extractor_with_indirect_speech() {
    let dir = TempDir::new().unwrap();
    let gold = tiny_attr_gold(dir.path());
    let output = whosaid()
        .args(["eval", "--attributions"])
        .arg(&gold)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let table = stdout_of(&output);
    assert!(table.starts_with("gold attributions: 3   scored predictions: "));
    assert!(table.contains(
        "\nmetric                  P      R     F1   (correct pred / pred, recalled gold / gold)\n"
    ));
    assert!(table.contains("\n  indirect_plain       2  R="), "{table}");
    // Reported speech is extracted although --indirect was not given.
    assert!(table.contains("\n  indirect        "), "{table}");
    assert!(table.ends_with("\n") && table.contains("\nchar-level content P="));
    assert!(output.stderr.is_empty());

    // The same as scoring `whosaid --jsonl --indirect` output with --byte-offsets.
    let extracted = whosaid()
        .args(["--jsonl", "--indirect"])
        .arg(&gold)
        .output()
        .unwrap();
    let pred = write(dir.path(), "pred.jsonl", &extracted.stdout);
    let scored = whosaid()
        .args(["eval", "--attributions", "--byte-offsets"])
        .arg(&gold)
        .arg(&pred)
        .output()
        .unwrap();
    assert_eq!(stdout_of(&scored), table);

    let json = whosaid()
        .args(["eval", "--attributions", "--json"])
        .arg(&gold)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
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
    let run = |extra: &[&str]| {
        whosaid()
            .args(["eval", "--attributions", "--byte-offsets"])
            .args(extra)
            .arg(&gold)
            .arg(&pred)
            .output()
            .unwrap()
    };
    let ours = run(&[]);
    assert!(ours.status.success());
    if let Some(score_attr) = score_attr_py() {
        let theirs = |extra: &[&str]| {
            StdCommand::new("python3")
                .arg(&score_attr)
                .arg(&gold)
                .arg(&pred)
                .arg("--byte-offsets")
                .args(extra)
                .output()
                .unwrap()
        };
        let theirs_text = theirs(&[]);
        assert_eq!(stdout_of(&ours), stdout_of(&theirs_text));
        assert_eq!(ours.stderr, theirs_text.stderr);
        // Same keys in the same order, same values, same digits (the keys
        // are ASCII, so Python's escaping makes no difference).
        assert_eq!(
            stdout_of(&run(&["--json"])),
            stdout_of(&theirs(&["--json"]))
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
    assert_eq!(stdout_of(&ours), expected);
    assert_eq!(
        String::from_utf8_lossy(&ours.stderr),
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
    whosaid()
        .args(["eval", "--attributions"])
        .arg(&quote_gold)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "gold.jsonl:1: gold g1: no \"attributions\" array",
        ));
    let outside = write(
        dir.path(),
        "outside.jsonl",
        "{\"id\": \"a2\", \"quotes\": [{\"start\": 0, \"end\": 4, \
         \"speaker_start\": 2, \"speaker_end\": 999}]}\n",
    );
    whosaid()
        .args(["eval", "--attributions"])
        .arg(&gold)
        .arg(&outside)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "outside.jsonl:1: a2: quote 0: speaker span 2:999 outside text",
        ));
    for flag in ["--exclude-partial", "--ignore-unattributed"] {
        whosaid()
            .args(["eval", "--attributions", flag])
            .arg(&gold)
            .assert()
            .code(2);
    }
}

/// `whosaid --jsonl --indirect dev.jsonl` scored by `whosaid eval
/// --attributions` and by score_attr.py: the same text and the same JSON.
/// Skipped without the corpus or python3.
#[test]
fn eval_attributions_agrees_with_score_attr_py_on_polnear_dev() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/polnear/dev.jsonl");
    if !dev.exists() {
        eprintln!("skipped: {} is absent", dev.display());
        return;
    }
    let Some(score_attr) = score_attr_py() else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let output = whosaid()
        .args(["--jsonl", "--indirect", "--quiet"])
        .arg(&dev)
        .output()
        .unwrap();
    assert!(output.status.success());
    let pred = write(dir.path(), "dev.pred.jsonl", &output.stdout);
    for extra in [&[][..], &["--json"]] {
        let ours = whosaid()
            .args(["eval", "--attributions", "--byte-offsets"])
            .args(extra)
            .arg(&dev)
            .arg(&pred)
            .output()
            .unwrap();
        let theirs = StdCommand::new("python3")
            .arg(&score_attr)
            .arg(&dev)
            .arg(&pred)
            .arg("--byte-offsets")
            .args(extra)
            .output()
            .unwrap();
        assert!(ours.status.success() && theirs.status.success());
        if extra.is_empty() {
            assert_eq!(stdout_of(&ours), stdout_of(&theirs));
        } else {
            let parse =
                |o: &std::process::Output| serde_json::from_slice::<Value>(&o.stdout).unwrap();
            assert_eq!(parse(&ours), parse(&theirs));
        }
        assert_eq!(ours.stderr, theirs.stderr);
    }
}

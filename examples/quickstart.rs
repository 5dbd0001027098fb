//! Prints the quotes of the bundled sample article, one block per quote:
//! who said it, with which cue, under which topic, then the quote itself.
//!
//!     cargo run --example quickstart

const ARTICLE: &str = include_str!("../tests/fixtures/sputnik_lavrov.txt");

/// Width of the wrapped quote text, indent included.
const WIDTH: usize = 76;
const INDENT: &str = "    ";

fn main() {
    let quotes = whosaid::extract_quotes(ARTICLE);
    println!("{} quotes in the sample article\n", quotes.len());
    for (i, q) in quotes.iter().enumerate() {
        println!(
            "{}. {} — {} — {}  [{}, {}]",
            i + 1,
            q.speaker.as_deref().unwrap_or("(unknown speaker)"),
            q.cue.as_deref().unwrap_or("(no cue)"),
            q.topic.as_deref().unwrap_or("(no topic)"),
            q.kind,
            q.rule,
        );
        for line in wrap(&format!("“{}”", q.text), WIDTH - INDENT.len()) {
            println!("{INDENT}{line}");
        }
        println!();
    }
}

/// Greedy word wrap: lines of at most `width` characters, except a single
/// word longer than that, which gets a line of its own.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

//! What a run tells the person at the terminal on stderr: a progress bar
//! while a long run goes on, messages about bad inputs, and a summary line.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A run shorter than this gets no bar: it would only flicker.
const SHOW_BAR_AFTER: Duration = Duration::from_secs(1);

/// Counts over a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Articles whose quotes were extracted.
    pub articles: u64,
    /// Quotes found.
    pub quotes: u64,
    /// Inputs (files or JSONL lines) that had an error.
    pub errors: u64,
    /// Bytes of input read.
    pub bytes: u64,
}

/// The stderr side of a run.
pub struct Progress {
    started: Instant,
    quiet: bool,
    /// Whether a bar may be shown at all: stderr is a terminal and not `--quiet`.
    bar_allowed: bool,
    total_bytes: Option<u64>,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Starts timing a run whose input size is `total_bytes` when known.
    pub fn new(quiet: bool, total_bytes: Option<u64>) -> Self {
        Progress {
            started: Instant::now(),
            quiet,
            bar_allowed: !quiet && io::stderr().is_terminal(),
            total_bytes,
            bar: None,
        }
    }

    /// Prints a message about one input, above the bar if there is one.
    pub fn message(&self, message: &str) {
        let print = || {
            // Nothing useful can be done when stderr itself is gone.
            let _ = writeln!(io::stderr(), "whosaid: {message}");
        };
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    /// Shows how far the run is, once it has run long enough to need it.
    pub fn update(&mut self, stats: &Stats) {
        if self.bar.is_none() && self.bar_allowed && self.started.elapsed() >= SHOW_BAR_AFTER {
            self.bar = Some(self.new_bar());
        }
        if let Some(bar) = &self.bar {
            bar.set_position(stats.bytes);
            bar.set_message(format!(
                "{} articles, {} quotes",
                stats.articles, stats.quotes
            ));
        }
    }

    fn new_bar(&self) -> ProgressBar {
        let (bar, template) = match self.total_bytes {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                "{wide_bar} {decimal_bytes}/{decimal_total_bytes} \
                 {decimal_bytes_per_sec} ETA {eta} · {msg}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {elapsed} {decimal_bytes} {decimal_bytes_per_sec} · {msg}",
            ),
        };
        let style = ProgressStyle::with_template(template)
            .expect("the templates above are valid")
            .progress_chars("█▉▊▋▌▍▎▏ ");
        bar.set_style(style);
        bar
    }

    /// Removes the bar and prints the summary line (unless `--quiet`).
    pub fn finish(self, stats: &Stats) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if !self.quiet {
            let _ = writeln!(io::stderr(), "{}", summary(stats, self.started.elapsed()));
        }
    }
}

/// `whosaid: 84 articles, 1012 quotes, 0 errors, 1.80 MB in 0.51 s (3.52 MB/s)`.
fn summary(stats: &Stats, elapsed: Duration) -> String {
    let mb = stats.bytes as f64 / 1e6;
    let secs = elapsed.as_secs_f64();
    let rate = if secs > 0.0 { mb / secs } else { 0.0 };
    let plural = |n: u64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "whosaid: {}, {}, {}, {mb:.2} MB in {secs:.2} s ({rate:.2} MB/s)",
        plural(stats.articles, "article"),
        plural(stats.quotes, "quote"),
        plural(stats.errors, "error"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line() {
        let stats = Stats {
            articles: 2,
            quotes: 1,
            errors: 0,
            bytes: 3_000_000,
        };
        assert_eq!(
            summary(&stats, Duration::from_secs(2)),
            "whosaid: 2 articles, 1 quote, 0 errors, 3.00 MB in 2.00 s (1.50 MB/s)"
        );
    }
}

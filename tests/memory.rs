//! Memory in proportion to what is found, not to the text: on runs of
//! quotation marks, which hold no quote, the most the extractor holds at
//! once must not grow with the input; on prose with quotes, it grows with
//! what the quotes hold. Counted by a global allocator, per thread, so the
//! tests of this file may run side by side; nothing is timed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use whosaid::Extractor;

/// Counts the bytes the calling thread holds and the most it has held.
struct Counting;

thread_local! {
    static HELD: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// Adds `bytes` (negative when freed) to the thread's count. A thread
/// being torn down is not counted.
fn hold(bytes: isize) {
    let _ = HELD.try_with(|held| {
        let now = held.get().wrapping_add(bytes);
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// counting touches only thread-local cells that need no allocation.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        hold(layout.size() as isize);
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        hold(-(layout.size() as isize));
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        hold(new_size as isize - layout.size() as isize);
        // SAFETY: the caller's contract, passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The sizes compared: well past the longest quotation (20,000 bytes),
/// where any state kept per mark would show.
const SMALL: usize = 256 << 10;
const LARGE: usize = 1 << 20;

/// What the peak may differ by between the two sizes.
const SLACK: isize = 64 << 10;

/// `unit` repeated until the result is at least `len` bytes long.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

/// `open` repeated, then `close` as many times: every pair nested in the
/// one before.
fn nested(open: &str, close: &str, len: usize) -> String {
    let n = len / (open.len() + close.len());
    format!("{}{}", open.repeat(n), close.repeat(n))
}

/// The most `extractor` holds at once while extracting from `text`, and
/// how many quotes it finds.
fn peak(extractor: &Extractor, text: &str) -> (isize, usize) {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let found = extractor.extract(text).len();
    (PEAK.with(Cell::get) - before, found)
}

/// Makes a text of about the given length.
type MakeText = fn(usize) -> String;

/// Checks that each extractor, on each of `inputs` made at both sizes,
/// finds nothing and holds no more at the larger than at the smaller.
fn held_flat(inputs: &[(&str, MakeText)], extractors: [&Extractor; 2]) {
    for (name, make) in inputs {
        let (small, large) = (make(SMALL), make(LARGE));
        for extractor in extractors {
            let (at_small, found_small) = peak(extractor, &small);
            let (at_large, found_large) = peak(extractor, &large);
            assert_eq!((found_small, found_large), (0, 0), "{name}");
            assert!(
                at_large <= at_small + SLACK,
                "{name}: {at_small} bytes held at most for {SMALL} bytes of text, \
                 {at_large} for {LARGE}"
            );
        }
    }
}

#[test]
fn runs_of_quotation_marks_take_no_more_memory_when_longer() {
    let direct = Extractor::default();
    let indirect = Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default settings build");
    let inputs: &[(&str, MakeText)] = &[
        ("straight doubles", |n| repeat_to("\"", n)),
        ("apostrophes", |n| repeat_to("'", n)),
        ("opening curly doubles", |n| repeat_to("“", n)),
        ("closing curly doubles", |n| repeat_to("”", n)),
        ("opening curly singles", |n| repeat_to("‘", n)),
        ("opening guillemets", |n| repeat_to("«", n)),
        ("nested guillemets", |n| repeat_to("« ‹ «", n)),
        ("nested curly doubles", |n| nested("“", "”", n)),
        ("nested curly singles", |n| nested("‘", "’", n)),
        ("nested guillemet pairs", |n| nested("«", "»", n)),
    ];
    held_flat(inputs, [&direct, &indirect]);
}

/// The title and introduction of the invented interviews, naming the
/// interviewee.
const INTERVIEW_HEAD: &str = "Forty Summers With the Bees: Ada Merrick on Honey and Drought\n\n\
    Ada Merrick has kept bees in the valley for forty summers. We spoke \
    with her at the edge of her east meadow.\n\n";

/// An invented interview: a title and an introduction naming the
/// interviewee, then the same sitting over and over, in questions set in
/// bold, a transcript's labelled turns and "Q:"/"A:" turns, none quoted.
fn interview(len: usize) -> String {
    const SITTING: &str = "**What drew you to beekeeping in the first place?**\n\n\
        I grew up on a farm outside the valley, and my grandmother kept six \
        hives behind the barn.\n\n\
        **Was it hard to start on your own?**\n\n\
        It was harder than I expected. My first colony died in the winter.\n\n\
        **Do you still work without gloves?**\n\n\
        I do on calm days. On windy days I wear them.\n\n\
        HOST: Tell us about the honey festival.\n\n\
        MERRICK: We started it eight years ago with two tables in a parking lot.\n\n\
        HOST: And what comes next for you?\n\n\
        MERRICK: I want to teach. I am building a small school near the river.\n\n\
        Q: How many hives do you keep now?\n\n\
        A: We have forty hives spread over three meadows.\n\n\
        Q: What worries you most about the coming years?\n\n\
        A: I worry about the dry springs, when the clover fails.\n\n\
        Q: Do you sell the wax as well?\n\n\
        A: We sell it to a candle maker in town.\n\n\
        Q: What would you tell a beginner?\n\n\
        A: Start with two hives, not one.\n\n";
    format!("{INTERVIEW_HEAD}{}", repeat_to(SITTING, len))
}

/// An invented interview set out as questions standing alone, in bold,
/// each answered in a paragraph or two with no label.
fn bare_interview(len: usize) -> String {
    const SITTING: &str = "**What drew you to beekeeping in the first place?**\n\n\
        I grew up on a farm outside the valley.\n\n\
        **Was it hard to start on your own?**\n\n\
        It was harder than I expected. My first colony died in the winter.\n\n\
        The valley lost many colonies that year.\n\n\
        **Do you still work without gloves?**\n\n\
        I do on calm days. On windy days I wear them.\n\n";
    format!("{INTERVIEW_HEAD}{}", repeat_to(SITTING, len))
}

#[test]
fn an_interview_is_read_a_window_at_a_time() {
    // An interview's answers are told by the turns around them; read as
    // one window, what a window holds (paragraphs, quotations, their
    // attributions) grew with the page. With every turn longer than a
    // quote may be, none is returned: what is held is the reading's.
    let mut builder = Extractor::builder();
    builder.max_quote_len(8);
    let direct = builder.build().expect("a short quote length builds");
    let indirect = builder
        .indirect_quotes(true)
        .build()
        .expect("a short quote length builds");
    let inputs: &[(&str, MakeText)] = &[
        ("labelled turns", interview),
        ("questions standing alone", bare_interview),
    ];
    held_flat(inputs, [&direct, &indirect]);
}

/// The bytes `quotes` hold: the list's room and every text it owns.
fn held_by(quotes: &[whosaid::Quote<'_>], room: usize) -> isize {
    use std::borrow::Cow;
    let owned = |c: Option<&Cow<'_, str>>| match c {
        Some(Cow::Owned(s)) => s.capacity(),
        _ => 0,
    };
    let strings: usize = quotes
        .iter()
        .map(|q| {
            owned(Some(&q.text))
                + owned(q.speaker.as_ref())
                + owned(q.mention.as_ref())
                + owned(q.cue.as_ref())
                + owned(q.topic.as_ref())
        })
        .sum();
    (room * size_of::<whosaid::Quote<'_>>() + strings) as isize
}

/// The most `extractor` holds at once while extracting from `text`, and
/// what the quotes it returns hold.
fn peak_and_result(extractor: &Extractor, text: &str) -> (isize, isize) {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let quotes = extractor.extract(text);
    let peak = PEAK.with(Cell::get) - before;
    (peak, held_by(&quotes, quotes.capacity()))
}

/// An invented council report: paragraphs of prose, then a quotation
/// whose speaker is named by surname alone, again and again. The surname
/// is never given in full, so every speaker waits for a full name that
/// may come until the text ends.
fn council_report(len: usize) -> String {
    const PROSE: &str = "The council met on Thursday to weigh the budget for \
        the coming year. Members went over the plans for a new library and \
        for repairs to the bridge over the river.\n\n";
    const QUOTED: &str = "\"We will finish the bridge before the first frost,\" \
        Okafor said after the meeting.\n\n";
    repeat_to(&format!("{}{QUOTED}", PROSE.repeat(6)), len)
}

#[test]
fn memory_grows_with_the_quotes_found_not_with_the_text() {
    // What the windows read is dropped as they go: what grows with the
    // text is what its quotes need (the attributions waiting for their
    // speakers, the names near them) and the quotes themselves. A copy of
    // the text, or a list kept per paragraph or per sentence of all of
    // it, would grow by more than a few times what the quotes hold. Here
    // the peak grows by about six times what they do (the list of quotes
    // grown by doubling, the attributions waiting, the names before each)
    // and by some 1.1 bytes a byte of text; a copy of the text would add
    // a byte a byte.
    const QUOTE_MULTIPLE: isize = 8;
    let direct = Extractor::default();
    let indirect = Extractor::builder()
        .indirect_quotes(true)
        .build()
        .expect("the default settings build");
    let (small, large) = (council_report(SMALL), council_report(LARGE));
    for extractor in [&direct, &indirect] {
        let (peak_small, result_small) = peak_and_result(extractor, &small);
        let (peak_large, result_large) = peak_and_result(extractor, &large);
        assert!(result_small > 0, "the quotes are found");
        assert!(
            peak_large - peak_small <= QUOTE_MULTIPLE * (result_large - result_small) + SLACK,
            "{peak_small} bytes held at most for {SMALL} bytes of text, whose quotes hold \
             {result_small}; {peak_large} for {LARGE}, whose quotes hold {result_large}"
        );
    }
}

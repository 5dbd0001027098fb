//! Stage 3, quotation marks: find the marks of each block, tell opening
//! from closing marks and apostrophes, and pair them into quotations.
//!
//! Pairing is per block, so an unbalanced mark never swallows the article:
//! an opening mark left open at the end of its paragraph is dropped there —
//! unless the next paragraph opens with a mark of the same kind, the news
//! convention for a quotation over several paragraphs. A quotation nested
//! in another belongs to it and is never reported on its own. In a
//! transcript, a turn ("MARSH: …") is a quotation without any marks.

use std::collections::VecDeque;
use std::ops::Range;

use crate::Span;
use crate::extractor::{Options, SingleQuotes};
use crate::layout::{self, Block, BlockKind, Blocks};
use crate::lexicon::Lexicon;
use crate::words::{after_last_space, ceil_char, words};

/// The marks that open a quotation in English news text: straight and
/// curly double marks, and the curly and straight single ones. The
/// straight single mark is an apostrophe too, so it comes last:
/// [`OPENING_NOT_APOSTROPHE`] is the others.
pub(crate) const OPENING_QUOTES: [char; 4] = ['"', '“', '‘', '\''];

/// [`OPENING_QUOTES`] but the straight single mark, which opens a
/// quotation no more often than it stands for a letter left out ("'90s").
pub(crate) const OPENING_NOT_APOSTROPHE: [char; 3] = ['"', '“', '‘'];

/// The marks that close a quotation in English news text: straight and
/// curly double marks, and the curly and straight single ones, each also
/// an apostrophe after a word ("ministers'").
pub(crate) const CLOSING_QUOTES: [char; 4] = ['"', '”', '’', '\''];

/// [`CLOSING_QUOTES`] but the straight single mark.
pub(crate) const CLOSING_NOT_STRAIGHT_SINGLE: [char; 3] = ['"', '”', '’'];

/// The double marks of English news text, straight and curly.
pub(crate) const DOUBLE_QUOTES: [char; 3] = ['"', '“', '”'];

/// The marks that show a stretch of text quotes someone, wherever they
/// stand in it: [`DOUBLE_QUOTES`] and the curly opening single mark,
/// which is no apostrophe.
pub(crate) const QUOTING_MARKS: [char; 4] = ['"', '“', '”', '‘'];

/// Whether `s` holds one of [`QUOTING_MARKS`], found by their bytes: the
/// straight mark, or the lead byte E2 that the curly ones share with
/// dashes and spaces, told apart by their last byte. `str::contains`
/// decodes every character of a paragraph to compare it with each mark.
pub(crate) fn holds_quoting_mark(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, b)
        .any(|i| b[i] == b'"' || matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D | 0x98])))
}

/// The guillemets, double marks that open and close a quotation in the
/// text of the outlets that print them ("«Non»"); never apostrophes.
pub(crate) const OPENING_GUILLEMET: char = '«';
/// See [`OPENING_GUILLEMET`].
pub(crate) const CLOSING_GUILLEMET: char = '»';

/// The marks that quote wherever they stand and are no apostrophes:
/// [`QUOTING_MARKS`], the guillemets double and single, and the low double
/// mark. A paragraph with one quotes someone, whether or not its marks
/// pair; words that run on after quoted words up to one run into other
/// quoted words.
pub(crate) const QUOTING_NOT_APOSTROPHE: [char; 9] = ['"', '“', '”', '‘', '„', '«', '»', '‹', '›'];

/// [`OPENING_NOT_APOSTROPHE`] and the opening guillemet.
pub(crate) const OPENING_NOT_APOSTROPHE_OR_GUILLEMET: [char; 4] =
    ['"', '“', '‘', OPENING_GUILLEMET];

/// [`CLOSING_NOT_STRAIGHT_SINGLE`] and the closing guillemet.
pub(crate) const CLOSING_NOT_STRAIGHT_SINGLE_OR_GUILLEMET: [char; 4] =
    ['"', '”', '’', CLOSING_GUILLEMET];

/// Double marks (`" “ ” „ « » `` ''`) or single marks (`' ‘ ’ ‚ ‹ ›`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    Double,
    Single,
}

/// What a mark can do, judged from the characters beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark that could open or close.
    Either,
    /// A single mark after a word: a closing mark or an apostrophe
    /// ("ministers'"); it closes only when a quotation is open.
    CloseOrApostrophe,
    /// A single mark after "…s" and before a word a noun could follow:
    /// a plural possessive ("the ministers' decision"), unless it is the
    /// only mark that can close a quotation opened inside a sentence
    /// ("had been 'in bits' ever since").
    Possessive,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    role: Role,
}

/// A paired quotation: its content pieces (one per paragraph) and marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// The content of each paragraph the quotation runs over, without marks.
    pub pieces: Pieces,
    /// The opening mark of the first piece.
    pub open: Span,
    /// The closing mark of the last piece (empty at the block end when the
    /// quotation was closed by the paragraph end).
    pub close: Span,
    /// Index of the block holding the first piece.
    pub first_block: usize,
    /// Index of the block holding the last piece.
    pub last_block: usize,
}

impl Quotation {
    /// From the first piece's start to the last piece's end.
    pub fn content(&self) -> Span {
        let first = self.pieces.first().copied().unwrap_or_default();
        let last = self.pieces.last().copied().unwrap_or_default();
        Span::new(first.start, last.end)
    }
}

/// The pieces of a quotation, one per paragraph it runs over. Most
/// quotations have one, kept inline: pairing allocates only for the few
/// that run over several paragraphs.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pieces(Repr);

#[derive(Clone, Debug)]
enum Repr {
    /// No piece or one.
    Inline(Option<Span>),
    /// Two pieces or more.
    Spilled(Vec<Span>),
}

impl Default for Repr {
    fn default() -> Repr {
        Repr::Inline(None)
    }
}

impl Pieces {
    /// Adds `piece`; or, once the content runs over `max_len` and the
    /// quotation cannot be kept, makes it the last piece in place of the
    /// one before: only the content's ends matter then, and a run of
    /// paragraphs that each open with a mark keeps two pieces, not one
    /// each.
    fn push(&mut self, piece: Span, max_len: usize) {
        match &mut self.0 {
            Repr::Inline(None) => self.0 = Repr::Inline(Some(piece)),
            Repr::Inline(Some(first)) => self.0 = Repr::Spilled(vec![*first, piece]),
            Repr::Spilled(pieces) => match pieces.as_mut_slice() {
                [first, .., last] if piece.end - first.start > max_len => *last = piece,
                _ => pieces.push(piece),
            },
        }
    }

    /// The pieces, in order.
    pub fn as_slice(&self) -> &[Span] {
        match &self.0 {
            Repr::Inline(piece) => piece.as_slice(),
            Repr::Spilled(pieces) => pieces,
        }
    }
}

impl std::ops::Deref for Pieces {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        self.as_slice()
    }
}

impl PartialEq for Pieces {
    fn eq(&self, other: &Pieces) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Pieces {}

/// A quotation being built: the pieces so far and where it opened.
#[derive(Clone, Debug)]
struct Open {
    mark: Mark,
    pieces: Pieces,
    first_block: usize,
    /// Where the current piece's content starts.
    piece_start: usize,
}

impl Open {
    /// A quotation opened by `m` in block `bi`.
    fn at(m: Mark, bi: usize) -> Open {
        Open {
            mark: m,
            pieces: Pieces::default(),
            first_block: bi,
            piece_start: m.span.end,
        }
    }
}

/// Every top-level quotation of the article, in order.
pub(crate) fn quotations(
    text: &str,
    blocks: &[Block],
    lexicon: &Lexicon,
    options: &Options,
) -> Vec<Quotation> {
    quotations_in(text, blocks, lexicon, options, layout::WINDOW)
}

/// [`quotations`], looking for marks `window` bytes at a time: how much
/// is searched at once changes nothing but what stays in cache.
pub(crate) fn quotations_in(
    text: &str,
    blocks: &[Block],
    lexicon: &Lexicon,
    options: &Options,
    window: usize,
) -> Vec<Quotation> {
    let mut pairing = Pairing::new(text, lexicon, options, window);
    pairing.pair(Blocks::all(blocks));
    pairing.finish(blocks)
}

/// The marks of an article paired block by block, as the blocks come:
/// [`Pairing::pair`] takes the blocks read so far, [`Pairing::finish`]
/// the article's quotations once all are.
pub(crate) struct Pairing<'a> {
    text: &'a str,
    lexicon: &'a Lexicon,
    options: &'a Options,
    doubles: Pairer,
    singles: Pairer,
    candidates: Candidates<'a>,
    /// The next candidate, found one ahead.
    next: Option<usize>,
    /// How many blocks are paired.
    paired: usize,
    /// How many blocks from the start are paired with no quotation left
    /// open after them: the quotations of those blocks are all known.
    rest: usize,
    /// How many blocks from the start have had their quotations taken.
    taken: usize,
    /// The speakers' labels that open paragraphs, counted as the blocks
    /// are paired, while their text is in cache.
    turns: Turns<'a>,
    /// Where an interview's window may end.
    cuts: Cuts,
    /// The run of questions standing alone an interview's windows read
    /// so far end in, carried to the next window.
    bare: Bare,
    /// The blocks holding a social post's text, signed on the line under
    /// them, not taken yet, in order.
    posts: Vec<usize>,
    /// The blocks holding the text of a post laid out between its handle
    /// line and its time stamp, not taken yet, in order.
    embedded: Vec<usize>,
    /// The last block that is a post's handle line ("@anaruiz", "Ana Ruiz
    /// / @anaruiz"): the paragraph glued under it may be the post's text.
    handle_line: Option<usize>,
    /// The last block a speaker's label opens, while every block since
    /// may go on with its turn (see [`within_turn`]): its blocks are taken
    /// only once the next label or a block that ends the turn tells
    /// whether they go on.
    open_turn: Option<usize>,
    /// The paragraphs of running text between two labelled turns, which go
    /// on with the first (a transcript's answer over several paragraphs),
    /// not taken yet, in order.
    continued: Vec<usize>,
    /// How many pairs taken so far look like speech, of each family: the
    /// doubles counted only as far as the singles (see [`Pairing::take`]).
    doubles_speech: usize,
    singles_speech: usize,
    /// Whether the doubles of some window were counted only up to the
    /// singles so far; and whether every double is to be counted.
    doubles_capped: bool,
    count_every_double: bool,
}

/// Which pairs are an article's quotations. The answer is the whole
/// article's: whether its single marks rather than its double ones quote
/// speech, and whether its paragraphs are the turns of a transcript or an
/// interview. Known for sure only once all of it is paired, so a reading
/// that takes quotations before then goes by the style of the part paired
/// so far, and is read again should the whole disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Style {
    /// The single marks quote speech; double marks nest in them.
    pub singles_speak: bool,
    /// Paragraphs opened by speakers' labels are a transcript's turns.
    pub transcript: bool,
    /// Paragraphs opened by "Q:" and "A:", or questions standing alone
    /// as paragraphs and answered in the first person, are an
    /// interview's turns.
    pub interview: bool,
}

impl<'a> Pairing<'a> {
    /// Looks for marks `window` bytes of `text` at a time.
    pub(crate) fn new(
        text: &'a str,
        lexicon: &'a Lexicon,
        options: &'a Options,
        window: usize,
    ) -> Pairing<'a> {
        let mut candidates = Candidates::new(text.as_bytes(), window);
        let next = candidates.next();
        Pairing {
            text,
            lexicon,
            options,
            // Room from the start for the quotations of a news article in
            // double marks, the common style: growing the list a pair at a
            // time would copy it several times over.
            doubles: Pairer {
                out: Vec::with_capacity(QUOTATIONS),
                ..Pairer::default()
            },
            singles: Pairer::default(),
            candidates,
            next,
            paired: 0,
            rest: 0,
            taken: 0,
            turns: Turns::default(),
            cuts: Cuts::default(),
            bare: Bare::default(),
            posts: Vec::new(),
            embedded: Vec::new(),
            handle_line: None,
            open_turn: None,
            continued: Vec::new(),
            doubles_speech: 0,
            singles_speech: 0,
            doubles_capped: false,
            count_every_double: false,
        }
    }

    /// Pairs the marks of the blocks not paired yet: `blocks` are the
    /// article's first ones, their kinds final.
    pub(crate) fn pair(&mut self, blocks: Blocks<'_>) {
        let Pairing {
            text,
            lexicon,
            options,
            doubles,
            singles,
            candidates,
            turns,
            posts,
            embedded,
            handle_line,
            continued,
            ..
        } = self;
        // The cursor is a local while it moves, and stored back after.
        let mut next = self.next;
        // Whether no quotation is open across the end of the last block.
        let mut clear = doubles.pending.is_none() && singles.pending.is_none();
        for bi in self.paired..blocks.end() {
            let block = &blocks[bi];
            while next.is_some_and(|i| i < block.span.start) {
                next = candidates.next();
            }
            // Most blocks hold no candidate: only the others are scanned.
            // The marks of furniture are not read.
            if block.kind != BlockKind::Furniture && next.is_some_and(|i| i < block.span.end) {
                let in_block = std::iter::from_fn(|| {
                    let i = next.filter(|&i| i < block.span.end)?;
                    next = candidates.next();
                    Some(i - block.span.start)
                });
                // Each mark is paired as it is found: no list of a block's
                // marks is kept, however many it has.
                let pair = |family, mark| match family {
                    Family::Double => doubles.mark(text, blocks, bi, mark, options),
                    Family::Single => singles.mark(text, blocks, bi, mark, options),
                };
                scan(text, block.span, in_block, lexicon, pair);
            }
            // A block without marks of a family ends any quotation of it
            // left open. Furniture stands between paragraphs, not in the
            // text ("ADVERTISEMENT" inside a quotation over paragraphs):
            // a quotation goes on past it.
            if block.kind != BlockKind::Furniture || !options.multi_paragraph {
                doubles.end_block(bi, block, options);
                singles.end_block(bi, block, options);
            }
            // A paragraph right over a social post's signature is the
            // post's text.
            if block.kind == BlockKind::Furniture
                && bi > blocks.first
                && blocks[bi - 1].kind == BlockKind::Body
                && layout::post_signature(&text[block.span.start..block.span.end]).is_some()
            {
                posts.push(bi - 1);
            }
            // So is a paragraph glued between a handle line and a time
            // stamp, as a copied tweet or a Bluesky embed lays a post out:
            // "Ana Ruiz" / "@anaruiz" / "…" / "9:14 AM · Mar 11, 2026".
            // The lines glued together leave no doubt: a paragraph with a
            // handle in it, or a date under a paragraph, is no post.
            let line = &text[block.span.start..block.span.end];
            // And so is a paragraph signed at its end, a pasted tweet's
            // text flattened with its signature ("… pic.twitter.com/Ab12 —
            // Ana Ruiz (@anaruiz) March 9, 2026").
            if block.kind == BlockKind::Body && layout::inline_post(line).is_some() {
                embedded.push(bi);
            } else if bi > blocks.first
                && handle_line.is_some_and(|h| h + 2 == bi)
                && blocks[bi - 1].kind == BlockKind::Body
                && layout::stamped_post(text, &blocks[bi - 1], block)
            {
                embedded.push(bi - 1);
            }
            if block.kind != BlockKind::Title && layout::handle_line(line) {
                *handle_line = Some(bi);
            }
            let label = label_of(text, block, lexicon);
            if !turns.transcript() {
                let line = &text[block.span.start..block.span.end];
                match label {
                    Some(l) if speaker_label(l).is_some() => turns.count(Some(l)),
                    Some(l) => {
                        let intro = turns.intro_end(block.span.start);
                        if spoken(&line[l.len()..]) && introduced(text, intro, l, lexicon) {
                            turns.count_named(l, line.trim_end().ends_with('?'));
                        }
                    }
                    None => {}
                }
            }
            let turn = interview_of(text, block, lexicon);
            let question = bare_question_of(text, block, lexicon);
            // A run of questions standing alone is asked of the count
            // before this block's: the cuts read it too.
            let run_goes_on = turns.bare_run_goes_on(bi);
            if !turns.interview() {
                turns.count_interview(turn);
            }
            turns.count_bare(bi, question, || answers_first_person(text, block, lexicon));
            self.cuts.count(bi, turn, question, run_goes_on);
            // A paragraph of running text is taken only with the block
            // after it, which may sign it as a social post's text: the
            // blocks before it are, unless a quotation runs into it.
            let was_clear = clear;
            clear = doubles.pending.is_none() && singles.pending.is_none();
            if clear && block.kind != BlockKind::Body {
                self.rest = bi + 1;
            } else if clear && was_clear {
                self.rest = bi;
            }
            // A label closes the turn before it, whose paragraphs of running
            // text since its own label went on with it.
            self.open_turn = if label.is_some() {
                if let Some(open) = self.open_turn
                    && !label_of(text, &blocks[open], lexicon)
                        .is_some_and(|l| staff_label(text, blocks[open].span.start, l, lexicon))
                {
                    continued.extend((open + 1..bi).filter(|&k| blocks[k].kind == BlockKind::Body));
                }
                Some(bi)
            } else {
                self.open_turn.filter(|&open| {
                    bi - open <= BARE_ANSWER_PARAGRAPHS && within_turn(text, block, lexicon)
                })
            };
            if let Some(label) = self.open_turn {
                self.rest = self.rest.min(label);
            }
        }
        self.next = next;
        self.paired = self.paired.max(blocks.end());
    }

    /// Where the blocks of an interview paired so far may be taken up to:
    /// before its last labelled question that no quotation runs across,
    /// far enough from any question standing alone ([`Cuts`]), with no
    /// pair taken yet (before block [`Pairing::taken`]) when there is none.
    pub(crate) fn interview_cut(&self) -> usize {
        let t = self.cuts.last;
        if t <= self.taken || t > self.rest || !self.may_end_before(t) {
            return self.taken;
        }
        t
    }

    /// Whether a window may end before block `bi`, one of those paired and
    /// not taken: no quotation paired runs across the paragraph break
    /// before it (`bi` up to [`Pairing::rest`]). Not every such break is
    /// one: a quotation goes on over paragraphs that each open with a
    /// mark, and a window ended inside it would hold its first paragraphs
    /// but not its last.
    pub(crate) fn may_end_before(&self, bi: usize) -> bool {
        let across = |q: &Quotation| q.first_block < bi && q.last_block >= bi;
        !self.doubles.out.iter().chain(&self.singles.out).any(across)
    }

    /// How many blocks from the start have had their quotations taken.
    pub(crate) fn taken(&self) -> usize {
        self.taken
    }

    /// How many blocks from the start have all their quotations paired:
    /// a paragraph break after them has no quotation open across it.
    pub(crate) fn rest(&self) -> usize {
        self.rest
    }

    /// Ends the article: a quotation still open at its end is dropped, as
    /// at the end of a paragraph not followed by more of it.
    pub(crate) fn close(&mut self) {
        self.rest = self.paired;
    }

    /// Has every double pair counted for the style, where
    /// [`Pairing::style_known`] says the count up to the singles' did not
    /// tell it.
    pub(crate) fn count_every_double(&mut self) {
        self.count_every_double = true;
    }

    /// Whether [`Pairing::style`] is the article's once every block is
    /// taken: false when the doubles, counted only as far as the singles
    /// counted by then, number fewer than the singles counted since.
    pub(crate) fn style_known(&self) -> bool {
        self.options.single_quotes != SingleQuotes::Auto
            || !self.doubles_capped
            || self.doubles_speech >= self.singles_speech
    }

    /// The style of the pairs taken so far and of the paragraphs paired:
    /// the article's once all are, if [`Pairing::style_known`].
    pub(crate) fn style(&self) -> Style {
        Style {
            singles_speak: match self.options.single_quotes {
                SingleQuotes::Speech => true,
                SingleQuotes::Nested => false,
                SingleQuotes::Auto => self.doubles_speech < self.singles_speech,
            },
            transcript: self.turns.transcript(),
            interview: self.turns.interview(),
        }
    }

    /// Moves the top-level quotations of the blocks from [`Pairing::taken`]
    /// to `to` into `out`, their block indices counted from block `base`,
    /// in the style `choose` picks given the style so far (this window's
    /// pairs counted in). `blocks` are the article's first ones, as for
    /// [`Pairing::pair`]; `to` is [`Pairing::rest`] or a break before it
    /// that no quotation runs across ([`Pairing::may_end_before`]), as
    /// [`Pairing::interview_cut`] is.
    pub(crate) fn take(
        &mut self,
        blocks: Blocks<'_>,
        base: usize,
        to: usize,
        choose: impl FnOnce(Style) -> Style,
        out: &mut Vec<Quotation>,
    ) {
        debug_assert!(self.may_end_before(to), "a window ends inside a quotation");
        let from = self.taken;
        let start = out.len();
        self.doubles.take_before(to, out);
        let singles = out.len();
        self.singles.take_before(to, out);
        self.singles_speech += speechlike(self.text, &out[singles..], usize::MAX);
        // Only whether the doubles look like speech less often matters:
        // they are counted no further than the singles' count, which in
        // an article quoting with double marks alone is none.
        let cap = if self.count_every_double {
            usize::MAX
        } else {
            self.singles_speech.saturating_sub(self.doubles_speech)
        };
        let doubles = &out[start..singles];
        let counted = speechlike(self.text, doubles, cap);
        self.doubles_capped |= counted == cap && cap < doubles.len();
        self.doubles_speech += counted;
        let style = choose(self.style());
        // Told that single marks only nest, none of them quotes speech.
        let singles_may_speak = self.options.single_quotes != SingleQuotes::Nested;
        top_level(
            self.text,
            blocks,
            (style.singles_speak, singles_may_speak),
            out,
            start,
            singles,
        );
        let (text, lexicon) = (self.text, self.lexicon);
        let continued = self.continued.partition_point(|&bi| bi < to);
        if style.transcript {
            let goes_on = &self.continued[..continued];
            // A staff member's turn is the programme's narration, and so
            // are the paragraphs that go on with it.
            let turn = |bi: usize, b: &Block| {
                let said = match label_of(text, b, lexicon) {
                    Some(label) => !staff_label(text, b.span.start, label, lexicon),
                    None => goes_on.binary_search(&bi).is_ok(),
                };
                said.then(|| 0..b.span.len())
            };
            // A phrase quoted in passing ("felt \"on stage all day\"", a
            // title) is the speaker's own; a sentence quoted in the turn
            // is someone else's, left to its marks.
            let passing = |q: &Quotation| {
                let quoted = text[q.open.end..q.close.start].trim_start();
                !quoted.starts_with(char::is_uppercase)
                    || quoted.split_whitespace().nth(SPOKEN_WORDS - 1).is_none()
            };
            add_unmarked_turns(blocks, from..to, out, start, self.options, passing, turn);
        }
        self.continued.drain(..continued);
        if style.interview {
            // Only the answers: the questions are the interviewer's.
            // Blocks paired past `to`: it is a cut, before a question.
            let asked_after = to < self.paired;
            let answers = answers(text, blocks, from..to, lexicon, asked_after, &mut self.bare);
            let answer = |bi: usize, b: &Block| answers[bi - from].map(|s| s..b.span.len());
            // A title or a word quoted inside an answer ("Without
            // question, \"Harbour Lights\", which …") is the answerer's
            // own; a sentence quoted in it is someone else's, left to its
            // marks.
            let named = |q: &Quotation| {
                text[q.open.end..q.close.start]
                    .split_whitespace()
                    .nth(SPOKEN_WORDS - 1)
                    .is_none()
            };
            add_unmarked_turns(blocks, from..to, out, start, self.options, named, answer);
        }
        // A post laid out between its handle line and its time stamp
        // quoting someone ("I played \"Man In Pub\" …") is the account's
        // words all the same: the quotation is nested in it. Over a
        // signature alone, a paragraph holding a quotation is left to it
        // (the quotation with its own speaker, "said Ina Rusk.").
        for (list, nests) in [(&mut self.posts, false), (&mut self.embedded, true)] {
            let posts = list.partition_point(|&bi| bi < to);
            if posts > 0 {
                let range = list[0]..list[posts - 1] + 1;
                let post = |bi: usize, b: &Block| {
                    list[..posts].binary_search(&bi).ok()?;
                    let line = &text[b.span.start..b.span.end];
                    // A signature at the paragraph's end is no part of it.
                    let line =
                        layout::inline_post(line).map_or(line, |p| line[..p.dash].trim_end());
                    Some(post_text(line))
                };
                add_unmarked_turns(blocks, range, out, start, self.options, |_| nests, post);
                list.drain(..posts);
            }
        }
        for q in &mut out[start..] {
            q.first_block -= base;
            q.last_block -= base;
        }
        self.taken = to;
    }

    /// The article's top-level quotations, in order, once `pair` has had
    /// all its `blocks`.
    pub(crate) fn finish(mut self, blocks: &[Block]) -> Vec<Quotation> {
        self.close();
        let mut quotations = Vec::new();
        let rest = self.rest;
        self.take(Blocks::all(blocks), 0, rest, |style| style, &mut quotations);
        quotations
    }
}

/// Of the pairs of both families at the end of `out`, the doubles from
/// `start` and the singles from `singles`, each sorted by opening mark,
/// keeps the top-level quotations, in order: `singles_speak` tells which
/// family quotes speech, and pairs nest in others or cross them;
/// `singles_may_speak`, whether a single pair outside the doubles may be
/// speech in an article quoting in double marks.
fn top_level(
    text: &str,
    blocks: Blocks<'_>,
    (singles_speak, singles_may_speak): (bool, bool),
    out: &mut Vec<Quotation>,
    start: usize,
    singles: usize,
) {
    if singles_speak {
        // An article that quotes in single marks may still quote speech in
        // double ones (a wire story edited by two desks): those of three
        // words or more outside any single pair are quotations too (a
        // shorter one is a word quoted in the sentence); those inside one
        // are nested in it, and dropped below.
        let mut words = WordCounter::new(text);
        keep_from(out, start, |i, q| {
            i >= singles || words.has_three_words(q.content())
        });
        out[start..].sort_by_key(|q| q.open.start);
    } else if out.len() > singles {
        // Only a window with single pairs to weigh merges the doubles'
        // spans: most windows of an article quoting in double marks have
        // none.
        // Headlines quote with single marks whatever the body does.
        let headline = |q: &Quotation| {
            matches!(
                blocks[q.first_block].kind,
                BlockKind::Title | BlockKind::Heading
            )
        };
        // Outside the doubles, a single pair of three words or more is
        // speech too (a British quote in an American desk's copy); one
        // that meets a double pair is an apostrophe's mistake or nested,
        // and one that is its paragraph's whole text a subheading, unless
        // it runs on over more paragraphs or a paragraph ending in a colon
        // leads into it ("They said:"), as speech set out below its
        // speaker's line does.
        let alone = |q: &Quotation| {
            let b = blocks[q.first_block].span;
            let led_in = q.first_block.checked_sub(1).is_some_and(|p| {
                let above = blocks[p].span;
                text[above.start..above.end].trim_end().ends_with(':')
            });
            q.open.start == b.start
                && q.last_block == q.first_block
                && !led_in
                && !text[q.close.end.min(b.end)..b.end].contains(char::is_alphanumeric)
        };
        if singles_may_speak {
            let doubles = merged_spans(&out[start..singles]);
            let mut words = WordCounter::new(text);
            let mut d = 0;
            keep_from(out, singles, |_, q| {
                while d < doubles.len() && doubles[d].end <= q.open.start {
                    d += 1;
                }
                let clear = doubles.get(d).is_none_or(|s| s.start >= q.close.end);
                headline(q) || (clear && !alone(q) && words.has_three_words(q.content()))
            });
        } else {
            keep_from(out, singles, |_, q| headline(q));
        }
        // Two runs in order, merged: a stable sort finds the runs and
        // merges them in linear time.
        if out.len() > singles {
            out[start..].sort_by_key(|q| q.open.start);
        }
    }
    // Pairs come sorted by opening mark; one inside the last kept pair is
    // nested in it, and one crossing it (marks of two families
    // interleaved) loses to it. No pair is empty: `Pairer::push` kept
    // only those with a piece of text.
    let mut kept_until = 0;
    keep_from(out, start, |_, q| {
        let keep = q.open.start >= kept_until;
        if keep {
            kept_until = q.close.end;
        }
        keep
    });
}

/// The union of the spans of `pairs`, sorted by opening mark, as
/// disjoint spans in order.
fn merged_spans(pairs: &[Quotation]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for q in pairs {
        match spans.last_mut() {
            Some(last) if q.open.start < last.end => last.end = last.end.max(q.close.end),
            _ => spans.push(Span::new(q.open.start, q.close.end)),
        }
    }
    spans
}

/// `Vec::retain` over `list[start..]`, in order, `keep` given each item's
/// index too: the items before `start` are not visited.
fn keep_from<T>(list: &mut Vec<T>, start: usize, mut keep: impl FnMut(usize, &T) -> bool) {
    let mut kept = start;
    for i in start..list.len() {
        if keep(i, &list[i]) {
            // Most items are kept where they stand: only those after one
            // left out move, and a quotation is too large to swap idly.
            if kept != i {
                list.swap(kept, i);
            }
            kept += 1;
        }
    }
    list.truncate(kept);
}

/// How many paragraphs must open with a speaker's label, under two labels
/// or more, for the article to be a transcript.
const TRANSCRIPT_TURNS: usize = 3;

/// The speaker's label a paragraph of running text opens with, if any.
/// Inlined: it is asked of every paragraph as it is paired, and nearly
/// every one is passed by at its first two bytes.
#[inline]
fn label_of<'a>(text: &'a str, b: &Block, lexicon: &Lexicon) -> Option<&'a str> {
    if b.kind != BlockKind::Body {
        return None;
    }
    let line = &text[b.span.start..b.span.end];
    turn_label(line, lexicon).map(|len| &line[..len])
}

/// How far back, in bytes, the name of a turn's label written as a name
/// is looked for: the introduction above the first turns.
const INTRO_REACH: usize = 4096;

/// Whether `label`, a turn's label written as a name ("Dara Quinlan:",
/// "Quinlan:") through its colon, names someone the [`INTRO_REACH`] bytes
/// before byte `end` name, as an interview's introduction names the two
/// who speak: `end` is the first paragraph opened by such a label, so
/// that the turns never introduce themselves. The name is read as a
/// whole word ("Ab" is not in "Abbott") and as a person's: in full, or a
/// family name after a capitalised word that may be a first name or a
/// title ("Ned Price", "Secretary Price"; not "The Kings"). A word before
/// a colon no one was introduced by ("Verdict:") is a listing's.
fn introduced(text: &str, end: usize, label: &str, lexicon: &Lexicon) -> bool {
    let name = label.trim_end_matches(':');
    let before = &text[ceil_char(text, end.saturating_sub(INTRO_REACH))..end];
    memchr::memmem::find_iter(before.as_bytes(), name.as_bytes()).any(|at| {
        let (head, tail) = (&before[..at], &before[at + name.len()..]);
        let bounded = head
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && tail.chars().next().is_none_or(|c| !c.is_alphanumeric());
        bounded && (name.contains(' ') || after_given_name(head, lexicon))
    })
}

/// The longest role after a name in a transcript's label, in bytes
/// ("TOM ELLIS, SENIOR WHITE HOUSE CORRESPONDENT:").
const MAX_ROLE_BYTES: usize = 48;

/// Whether `label`, a transcript turn's label through its colon ("REYES:",
/// "DANA REYES:"), names a broadcaster's own staff: the name stands,
/// within the [`INTRO_REACH`] bytes before byte `end` (the turn's start),
/// in a label that gives it a staff role after a comma ("DANA REYES,
/// ANCHOR:"). An anchor's hand-over, a reporter's narration and sign-off
/// are the programme's words, not those of anyone it reports on.
fn staff_label(text: &str, end: usize, label: &str, lexicon: &Lexicon) -> bool {
    let name = label.trim_end_matches(':').trim_end();
    if name.is_empty() {
        return false;
    }
    let before = &text[ceil_char(text, end.saturating_sub(INTRO_REACH))..end];
    memchr::memmem::find_iter(before.as_bytes(), name.as_bytes()).any(|at| {
        let bounded = before[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let Some(rest) = before[at + name.len()..].strip_prefix(", ") else {
            return false;
        };
        let head = &rest.as_bytes()[..rest.len().min(MAX_ROLE_BYTES)];
        let Some(colon) = memchr::memchr(b':', head) else {
            return false;
        };
        bounded && staff_role(&rest[..colon], lexicon)
    })
}

/// Whether `role`, the words between a transcript label's name and its
/// colon, is a broadcaster's own staff: its last word, the head, is a
/// staff role ("CNN CORRESPONDENT"), and no word puts it in the past
/// ("FORMER CNN CORRESPONDENT" is a guest, as is "CORRESPONDENT TURNED
/// MAYOR").
fn staff_role(role: &str, lexicon: &Lexicon) -> bool {
    let mut words = role.split([' ', ',']).filter(|w| !w.is_empty());
    words
        .clone()
        .next_back()
        .is_some_and(|w| lexicon.is_broadcast_staff(w))
        && !words.any(|w| lexicon.is_former_mark(w))
}

/// Whether `head` ends with a word that may stand before a family name as
/// a first name or a title does, and a space: a capitalised word of
/// letters that is no function word ("Ned ", "Secretary "; not "The ").
fn after_given_name(head: &str, lexicon: &Lexicon) -> bool {
    let Some(head) = head.strip_suffix(' ') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or(head);
    word.chars().next().is_some_and(char::is_uppercase) && !lexicon.is_function_word(word)
}

/// The fewest words of a turn after its label written as a name that
/// count it towards a transcript: a listing's line under a name is a
/// figure or a word or two ("Clinton: 1,769.").
const SPOKEN_WORDS: usize = 3;

/// Whether `rest`, a paragraph after its label, reads as someone's words:
/// a sentence opening with a letter or a mark, [`SPOKEN_WORDS`] long.
fn spoken(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.chars().next().is_some_and(|c| !c.is_ascii_digit())
        && rest.split_whitespace().nth(SPOKEN_WORDS - 1).is_some()
}

/// Whether block `b`, after a transcript's labelled turn, may be part of
/// it: a speaker's answer goes on over several paragraphs ("MAYOR OKAFOR:
/// Good afternoon …" ⏎ "Two firefighters were treated …" ⏎ "CHIEF DUNSTAN:
/// …"), no more than [`BARE_ANSWER_PARAGRAPHS`] of them, with furniture
/// standing between them. The article's narration ("Director Pike then
/// took questions.") leads into something else, an interview's questions
/// or the end, and a stage note ("[CROSSTALK]", "(END)") or a question
/// standing alone ends the turn (see [`may_go_on_turn`]).
pub(crate) fn within_turn(text: &str, b: &Block, lexicon: &Lexicon) -> bool {
    if b.kind == BlockKind::Furniture {
        return !layout::is_note(&text[b.span.start..b.span.end], lexicon);
    }
    may_go_on_turn(text, b, lexicon)
}

/// Whether a block may go on with a transcript's turn before it: a
/// paragraph of running text with no label, no question standing alone,
/// and no note of what happened set in brackets ("[CROSSTALK]", "(END)",
/// "(Applause)").
pub(crate) fn may_go_on_turn(text: &str, b: &Block, lexicon: &Lexicon) -> bool {
    let line = &text[b.span.start..b.span.end];
    let note = (line.starts_with('[') && line.ends_with(']'))
        || (line.starts_with('(') && line.ends_with(')'));
    unlabelled_body(text, b, lexicon) && !note
}

/// How many questions, and how many answers, an interview has at least:
/// one "Q:" and one "A:" may be a list's items or a caption's.
const INTERVIEW_TURNS: usize = 2;

/// The turn of an interview a paragraph of running text opens with, if
/// any: whether its label ("Q:", "A.", "Answer:") opens an answer, and
/// where in the paragraph the turn's words start.
pub(crate) fn interview_of(text: &str, b: &Block, lexicon: &Lexicon) -> Option<(bool, usize)> {
    if b.kind != BlockKind::Body {
        return None;
    }
    layout::interview_turn(&text[b.span.start..b.span.end], lexicon)
}

/// Of each block of `range` in an interview, where an answer's words start
/// in it: after the label of a paragraph it opens ("A: The port pays."),
/// or at the start of a paragraph of running text after it that no label
/// opens, up to the next question: an answer over several paragraphs.
/// After the last question's answers the article's own words may follow
/// ("The interview has been edited"): only those paragraphs go on with
/// the last answer that speak in the first person. An interview of
/// questions standing alone with no labels adds its answers.
/// `asked_after`: a labelled question follows the range (a window of the
/// interview ends before it).
fn answers(
    text: &str,
    blocks: Blocks<'_>,
    range: Range<usize>,
    lexicon: &Lexicon,
    asked_after: bool,
    bare: &mut Bare,
) -> Vec<Option<usize>> {
    let turns: Vec<Option<(bool, usize)>> = range
        .clone()
        .map(|bi| interview_of(text, &blocks[bi], lexicon))
        .collect();
    let mut answers = vec![None; turns.len()];
    // Read backwards: whether a question follows, and forwards: whether the
    // last turn before was an answer.
    let mut question_after = asked_after;
    for (k, turn) in turns.iter().enumerate().rev() {
        match *turn {
            Some((true, words)) => answers[k] = Some(words),
            Some((false, _)) => question_after = true,
            None if question_after && blocks[range.start + k].kind == BlockKind::Body => {
                answers[k] = Some(0);
            }
            None => {}
        }
    }
    let mut in_answer = false;
    for (k, turn) in turns.iter().enumerate() {
        match turn {
            // An answer set in quotation marks after its label (`A. "No.
            // Never."`) is closed by them: the paragraphs after it are the
            // article's own, as a press conference's write-up goes on
            // between its questions.
            Some((answer, words)) => {
                in_answer = *answer && !opens_with_mark(text, &blocks[range.start + k], *words);
            }
            None if !in_answer => answers[k] = None,
            None => {}
        }
    }
    add_last_answer_tail(text, blocks, range.start, &turns, lexicon, &mut answers);
    add_bare_answers(text, blocks, range, lexicon, bare, &mut answers);
    answers
}

/// Whether the words of block `b` from byte `at` of it open with a
/// quotation mark: a turn quoted after its label.
fn opens_with_mark(text: &str, b: &Block, at: usize) -> bool {
    text[b.span.start..b.span.end]
        .get(at..)
        .is_some_and(|rest| rest.starts_with(QUOTING_MARKS))
}

/// Adds to `answers` the paragraphs the last labelled answer runs on to
/// ("A: Now I know better." and a paragraph more of it): those after it
/// that speak in the first person and quote no one, up to
/// [`BARE_ANSWER_PARAGRAPHS`]; the article's own words after an interview
/// ("The interview has been edited") speak in none. An answer set in
/// quotation marks ends where they close. `turns` are the labelled turns
/// of the blocks from `from`.
fn add_last_answer_tail(
    text: &str,
    blocks: Blocks<'_>,
    from: usize,
    turns: &[Option<(bool, usize)>],
    lexicon: &Lexicon,
    answers: &mut [Option<usize>],
) {
    let Some(last) = turns.iter().rposition(Option::is_some) else {
        return;
    };
    match turns[last] {
        Some((true, words)) if !opens_with_mark(text, &blocks[from + last], words) => {}
        _ => return,
    }
    for k in last + 1..turns.len().min(last + BARE_QUESTION_REACH) {
        if !answers_first_person(text, &blocks[from + k], lexicon) {
            break;
        }
        answers[k] = Some(0);
    }
}

/// How many questions standing alone as paragraphs, each answered in the
/// first person, make a run of them an interview's: one or two are as
/// often a column's rhetorical ones.
const BARE_TURNS: usize = 3;
/// How many paragraphs an answer to a question standing alone may run
/// to, for the next question to be the same interview's; and how many the
/// last answer may, its paragraphs after the first all in the first
/// person.
pub(crate) const BARE_ANSWER_PARAGRAPHS: usize = 6;
/// How far, in blocks, a question standing alone reaches: itself and its
/// answer's paragraphs. The next question of the interview is no further.
pub(crate) const BARE_QUESTION_REACH: usize = BARE_ANSWER_PARAGRAPHS + 1;

/// Whether a block is a question standing alone as a paragraph with no
/// label, an interviewer's turn should the paragraph after it answer it
/// (see [`layout::bare_question`]); a heading too, since a question set in
/// bold reads like one.
pub(crate) fn bare_question_of(text: &str, b: &Block, lexicon: &Lexicon) -> bool {
    if !matches!(b.kind, BlockKind::Body | BlockKind::Heading) {
        return false;
    }
    let line = &text[b.span.start..b.span.end];
    layout::bare_question(line, lexicon) && turn_label(line, lexicon).is_none()
}

/// Whether a paragraph of running text with no label speaks in the first
/// person ("Entirely by accident. My father sang with them."): an answer
/// to the question standing alone before it. One that quotes is not told
/// by its words: an explainer's paragraph under a question quotes
/// someone speaking in the first person ("What is in the plan?" ⏎ `Ruiz
/// said "we will rebuild every berth"`).
fn answers_first_person(text: &str, b: &Block, lexicon: &Lexicon) -> bool {
    unlabelled_body(text, b, lexicon)
        && !holds_quoting_mark(&text[b.span.start..b.span.end])
        && words(text, b.span).any(|w| lexicon.is_first_person_word(w.text(text)))
}

/// Whether a paragraph is running text with no turn's label and no
/// question standing alone: how an interview's answer is set out.
fn unlabelled_body(text: &str, b: &Block, lexicon: &Lexicon) -> bool {
    let line = &text[b.span.start..b.span.end];
    b.kind == BlockKind::Body
        && layout::interview_turn(line, lexicon).is_none()
        && turn_label(line, lexicon).is_none()
        && !layout::bare_question(line, lexicon)
}

/// Whether block `bi` is a question standing alone that the paragraph
/// after it answers in the first person: an interviewer's turn.
pub(crate) fn answered_question(
    text: &str,
    blocks: &[Block],
    bi: usize,
    lexicon: &Lexicon,
) -> bool {
    bare_question_of(text, &blocks[bi], lexicon)
        && blocks
            .get(bi + 1)
            .is_some_and(|b| answers_first_person(text, b, lexicon))
}

/// Adds to `answers`, of the blocks of `range`, the answers of an
/// interview set out as questions standing alone with no labels: in a run
/// of [`BARE_TURNS`] answered questions or more, each no more than
/// [`BARE_ANSWER_PARAGRAPHS`] apart, every paragraph of running text
/// between two questions; after the last, its first paragraph and those
/// after it that speak in the first person and quote no one (the
/// article's own words follow an interview: "As rehearsal begins, …").
/// A lone question is no interview, nor a heading that asks one.
fn add_bare_answers(
    text: &str,
    blocks: Blocks<'_>,
    range: Range<usize>,
    lexicon: &Lexicon,
    bare: &mut Bare,
    answers: &mut [Option<usize>],
) {
    let Bare { turns, run } = bare;
    for bi in range.clone() {
        let b = &blocks[bi];
        let question = bare_question_of(text, b, lexicon);
        let answered = turns.count_bare(bi, question, || answers_first_person(text, b, lexicon));
        if let Some((q, near)) = answered {
            if !near {
                bare_run_answers(text, blocks, range.clone(), lexicon, run, answers);
                *run = Run::default();
            }
            run.push(q);
        }
    }
    // The run the range ends in may go on in the next window: its blocks
    // read so far are given their answers, and it is kept.
    bare_run_answers(text, blocks, range, lexicon, run, answers);
}

/// A run of answered questions standing alone, each near the one before.
#[derive(Default, Clone, Copy)]
struct Run {
    first: usize,
    last: usize,
    len: usize,
}

impl Run {
    fn push(&mut self, q: usize) {
        if self.len == 0 {
            self.first = q;
        }
        self.last = q;
        self.len += 1;
    }
}

/// What the questions standing alone of the blocks read so far leave to
/// those after: the count of answered ones, and the run they end in.
#[derive(Default)]
pub(crate) struct Bare {
    turns: Turns<'static>,
    run: Run,
}

/// The answers of one run of answered questions standing alone, `run`
/// (block indices, in order), set in `answers`, which counts from the
/// first block of `range`, the blocks read.
fn bare_run_answers(
    text: &str,
    blocks: Blocks<'_>,
    range: Range<usize>,
    lexicon: &Lexicon,
    run: &Run,
    answers: &mut [Option<usize>],
) {
    let (first, last) = (run.first, run.last);
    if run.len < BARE_TURNS {
        return;
    }
    let from = range.start;
    // The blocks of a run begun in a window before are not read again.
    for bi in (first + 1).max(from)..last {
        if unlabelled_body(text, &blocks[bi], lexicon) {
            answers[bi - from] = Some(0);
        }
    }
    // After the last answered question: the first paragraph after a
    // question answers it (a question the run goes on with may be
    // answered otherwise than in the first person: "Cook the food you
    // want to eat."); the paragraphs after it go on with the answer while
    // they speak in the first person and quote no one.
    let mut after_question = true;
    let mut reach = last + BARE_QUESTION_REACH;
    for bi in (last + 1).max(from)..range.end {
        if bi >= reach {
            break;
        }
        let b = &blocks[bi];
        if bare_question_of(text, b, lexicon) {
            after_question = true;
            reach = bi + BARE_QUESTION_REACH;
            continue;
        }
        let goes_on = if after_question {
            unlabelled_body(text, b, lexicon)
        } else {
            answers_first_person(text, b, lexicon)
        };
        if !goes_on {
            break;
        }
        answers[bi - from] = Some(0);
        after_question = false;
    }
}

/// Where an interview read a window at a time may end its windows: the
/// answers of the blocks before a cut are the same read alone as read with
/// those after. A cut is before a labelled question (the paragraphs before
/// it go on with the answer before, as they would with it read), after
/// a labelled turn (the introduction, where the interviewee is named,
/// ends before the first turn), and more than [`BARE_QUESTION_REACH`]
/// blocks past any question standing alone (no run of those questions,
/// nor its last answer, reaches across it).
#[derive(Default)]
struct Cuts {
    /// Whether a labelled turn has come.
    turned: bool,
    /// The last question standing alone.
    bare: Option<usize>,
    /// The last cut, 0 before any.
    last: usize,
}

impl Cuts {
    /// Counts block `bi`: the interview's turn it opens, if any, whether
    /// it is a question standing alone, and whether a run of those goes
    /// on to it (see [`Turns::bare_run_goes_on`]).
    fn count(&mut self, bi: usize, turn: Option<(bool, usize)>, question: bool, run_goes_on: bool) {
        // Before a question standing alone, right after a one-paragraph
        // answer to one, in a run long enough to be an interview's: the
        // run goes on whatever comes after. Not once labelled turns have
        // come, whose answers run on until a question to come.
        if question && !self.turned && run_goes_on {
            self.last = bi;
        }
        if turn.is_some_and(|(answer, _)| !answer)
            && self.turned
            && self.bare.is_none_or(|q| bi - q > BARE_QUESTION_REACH + 1)
        {
            self.last = bi;
        }
        self.turned |= turn.is_some();
        if question {
            self.bare = Some(bi);
        }
    }
}

/// Whether an article is a transcript, told from the labels its
/// paragraphs open with, in order: one label repeated ("UPDATE:") or two
/// turns are not a transcript. An interview is counted apart, by its
/// questions and answers.
#[derive(Default)]
struct Turns<'a> {
    turns: usize,
    first_label: Option<&'a str>,
    two_labels: bool,
    /// The turns labelled with names as written, the family names of the
    /// first two people, whether one of those came back, and whether a
    /// turn asked a question.
    named_turns: usize,
    named: [Option<&'a str>; 2],
    named_again: bool,
    named_asks: bool,
    /// The start of the first paragraph opened by a label written as a
    /// name: its introduction is the text before.
    intro_end: Option<usize>,
    questions: usize,
    answers: usize,
    /// The question standing alone in the paragraph counted last, if it
    /// was one; the last such question answered, and how many answered
    /// ones in a row, each near the one before.
    asked: Option<usize>,
    answered: Option<usize>,
    bare_run: usize,
    /// Whether a run of answered questions has made an interview: the
    /// run counted goes on to be read by an interview's cuts.
    bare_interview: bool,
}

impl<'a> Turns<'a> {
    /// Counts the label of the next paragraph, if it has one.
    fn count(&mut self, label: Option<&'a str>) {
        if let Some(label) = label {
            self.turns += 1;
            self.two_labels |= *self.first_label.get_or_insert(label) != label;
        }
    }

    /// Where the introduction of turns labelled with names as written
    /// ends: at the first paragraph opened by such a label, which is `at`
    /// when none came before.
    fn intro_end(&mut self, at: usize) -> usize {
        *self.intro_end.get_or_insert(at)
    }

    /// Counts a label written as a name ("Dara Quinlan:", "Quinlan:"),
    /// which may head a listing's lines as well ("Trump: Move past Iowa."):
    /// the turns of a dialogue come back to a speaker, told by the family
    /// name, the label's last word, and one of them asks a question
    /// (`asks`), where a team's or a candidate's notes under their names
    /// ("Kings: At Utah on Monday night.") tell.
    fn count_named(&mut self, label: &'a str, asks: bool) {
        let family = after_last_space(label.trim_end_matches(':'));
        self.named_turns += 1;
        self.named_asks |= asks;
        match self.named {
            [None, _] => self.named[0] = Some(family),
            [Some(first), None] if first != family => self.named[1] = Some(family),
            [Some(first), second] => {
                self.named_again |= first == family || second == Some(family);
            }
        }
    }

    /// True once the paragraphs counted make a transcript: labels in
    /// capitals, two of them or more; or labels written as names, two
    /// people's, one of them speaking again, a question asked.
    fn transcript(&self) -> bool {
        (self.turns >= TRANSCRIPT_TURNS && self.two_labels)
            || (self.named_turns >= TRANSCRIPT_TURNS
                && self.named[1].is_some()
                && self.named_again
                && self.named_asks)
    }

    /// Counts the interview's turn the next paragraph opens, if any.
    fn count_interview(&mut self, turn: Option<(bool, usize)>) {
        match turn {
            Some((true, _)) => self.answers += 1,
            Some((false, _)) => self.questions += 1,
            None => {}
        }
    }

    /// Counts block `bi`, whether it is a question standing alone, and
    /// whether it answers one in the first person, asked only after one.
    /// The question it answers, if it does, and whether that question is
    /// near the one answered before it.
    fn count_bare(
        &mut self,
        bi: usize,
        question: bool,
        answers: impl FnOnce() -> bool,
    ) -> Option<(usize, bool)> {
        let mut answered = None;
        if let Some(q) = self.asked.take()
            && !question
            && answers()
        {
            let near = self
                .answered
                .is_some_and(|last| q - last <= BARE_QUESTION_REACH);
            self.bare_run = if near { self.bare_run + 1 } else { 1 };
            self.bare_interview |= self.bare_run >= BARE_TURNS;
            self.answered = Some(q);
            answered = Some((q, near));
        }
        if question {
            self.asked = Some(bi);
        }
        answered
    }

    /// Whether block `bi` comes right after a one-paragraph answer to a
    /// question standing alone, in a run long enough to be an interview's.
    fn bare_run_goes_on(&self, bi: usize) -> bool {
        self.answered == Some(bi.wrapping_sub(2)) && self.bare_run >= BARE_TURNS
    }

    /// True once the paragraphs counted make an interview: the labelled
    /// turns are counted no more then, and a run of answered questions
    /// long enough once stays so.
    fn interview(&self) -> bool {
        (self.questions >= INTERVIEW_TURNS && self.answers >= INTERVIEW_TURNS)
            || self.bare_interview
    }
}

/// The text of a social post embedded in the page, a paragraph of
/// running text right over the post's signature ("— Skerrin Link
/// (@SkerrinLink) March 9, 2026"): the bytes of `line` but for the links
/// that end it ("pic.twitter.com/…"). A post is its account's words,
/// quoted by the page whole, with or without marks.
fn post_text(line: &str) -> Range<usize> {
    let mut end = line.len();
    while let Some(space) = line[..end].rfind(' ') {
        let last = &line[space + 1..end];
        if !["pic.twitter.com/", "http://", "https://"]
            .iter()
            .any(|link| last.starts_with(link))
        {
            break;
        }
        end = line[..space].trim_end().len();
    }
    0..end
}

/// In a transcript or an interview, adds each turn that no quotation
/// mark encloses as a quotation: `turn` tells of a paragraph whether it
/// is one, and which bytes of it the quotation's piece holds. A transcript's
/// turn ("MARSH: My door has always been open.") starts at the label, as
/// a quoted turn's does; an interview's answer after it. The quotation's
/// marks are empty, at the paragraph's ends. A paragraph holding a
/// quotation is left to it (a turn that quotes someone else), unless
/// `nests` tells of each quotation inside the turn's piece that the
/// paragraph is said whole around it (a social post's text, an answer
/// naming a title): those quotations then give way to it.
///
/// Only blocks `range` are read, and the quotations of `quotations` from
/// `start` on, which are theirs.
fn add_unmarked_turns(
    blocks: Blocks<'_>,
    range: Range<usize>,
    quotations: &mut Vec<Quotation>,
    start: usize,
    options: &Options,
    nests: impl Fn(&Quotation) -> bool,
    turn: impl Fn(usize, &Block) -> Option<Range<usize>>,
) {
    let before = quotations.len();
    let mut k = start;
    // The quotations nested in a paragraph said whole, by index.
    let mut nested = Vec::new();
    for bi in range {
        let b = &blocks[bi];
        if b.span.len() > options.max_quote_len {
            continue;
        }
        let Some(piece) = turn(bi, b) else {
            continue;
        };
        if piece.is_empty() {
            continue;
        }
        while k < before && quotations[k].close.end <= b.span.start {
            k += 1;
        }
        if k < before && quotations[k].open.start < b.span.end {
            let inside = quotations[k..before]
                .iter()
                .take_while(|q| q.open.start < b.span.end)
                .count();
            // A quotation opening the piece is the post's text or the
            // answer in marks ("\"We sail at six.\" — Ana Ruiz (@anaruiz)
            // …", `A: "No."`), left to it.
            let within = |q: &Quotation| {
                q.open.start > b.span.start + piece.start && q.close.end <= b.span.end && nests(q)
            };
            if !quotations[k..k + inside].iter().all(within) {
                continue;
            }
            nested.extend(k..k + inside);
        }
        let mut pieces = Pieces::default();
        pieces.push(
            Span::new(b.span.start + piece.start, b.span.start + piece.end),
            options.max_quote_len,
        );
        quotations.push(Quotation {
            pieces,
            open: Span::new(b.span.start, b.span.start),
            close: Span::new(b.span.end, b.span.end),
            first_block: bi,
            last_block: bi,
        });
    }
    if !nested.is_empty() {
        keep_from(quotations, start, |i, _| nested.binary_search(&i).is_err());
    }
    // Two runs in order, merged: a stable sort merges them in linear time.
    if quotations.len() > before {
        quotations[start..].sort_by_key(|q| q.open.start);
    }
}

/// How many pairs look like speech rather than apostrophes or scare quotes
/// (three words or more), counted up to `limit`.
fn speechlike(text: &str, pairs: &[Quotation], limit: usize) -> usize {
    let mut words = WordCounter::new(text);
    pairs
        .iter()
        .filter(|q| words.has_three_words(q.content()))
        .take(limit)
        .count()
}

/// Whether a character is white space, as `char::is_whitespace` tells it,
/// with ASCII told by a byte test; and its length.
fn space_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes()[i] {
        b if b < 0x80 => (b.is_ascii_whitespace() || b == 0x0B, 1),
        _ => {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        }
    }
}

/// Tells whether spans of a text hold three words (runs of characters
/// other than white space, as `split_whitespace` gives them), for spans
/// met in order of their starts. Nested
/// pairs share their text: each byte is read once for all of them, where
/// reading each pair's content anew would be quadratic in a paragraph of
/// opening marks followed by as many closing ones.
pub(crate) struct WordCounter<'t> {
    text: &'t str,
    /// The start of the span asked about last.
    from: usize,
    /// How far the text is read.
    read: usize,
    /// Whether the character before `read` is part of a word.
    in_word: bool,
    /// The word starts read after `from`, in order: no more than three.
    starts: VecDeque<usize>,
}

impl<'t> WordCounter<'t> {
    pub(crate) fn new(text: &'t str) -> WordCounter<'t> {
        WordCounter {
            text,
            from: 0,
            read: 0,
            in_word: false,
            starts: VecDeque::with_capacity(3),
        }
    }

    /// True when `text[span]` holds three words. Spans starting before the
    /// last one asked about cost a new reading.
    pub(crate) fn has_three_words(&mut self, span: Span) -> bool {
        if span.is_empty() {
            return false;
        }
        // The span's first character starts a word if it is not space,
        // whatever stands before it; the words after it start where a
        // character of a word follows space.
        let (first_space, first_len) = space_at(self.text, span.start);
        if span.start < self.from || self.read <= span.start {
            self.starts.clear();
            self.read = span.start + first_len;
            self.in_word = !first_space;
        }
        self.from = span.start;
        while self.starts.front().is_some_and(|&s| s <= span.start) {
            self.starts.pop_front();
        }
        let wanted = if first_space { 3 } else { 2 };
        while self.starts.len() < wanted && self.read < span.end {
            let (space, len) = space_at(self.text, self.read);
            if !space && !self.in_word {
                self.starts.push_back(self.read);
            }
            self.in_word = !space;
            self.read += len;
        }
        self.starts.iter().filter(|&&s| s < span.end).count() >= wanted
    }
}

/// How many quotations an article is first given room for.
const QUOTATIONS: usize = 16;
/// The most pairs, or open quotations, a family keeps room for once its
/// quotations are taken.
const SHRINK_ABOVE: usize = 1024;

/// Pairs the marks of one family, block by block, as they are found.
#[derive(Default)]
struct Pairer {
    out: Vec<Quotation>,
    /// The outermost quotation left open at the end of the last block.
    pending: Option<Open>,
    stack: Stack,
    /// Whether the current block has had a mark of the family.
    marked: bool,
    /// The first possessive-shaped mark after the opening of a quotation
    /// open inside a sentence, while no other mark has come: where that
    /// quotation closes if the paragraph ends with it still open.
    possessive: Option<Span>,
}

impl Pairer {
    /// Pairs `m`, the next mark of block `bi`.
    fn mark(&mut self, text: &str, blocks: Blocks<'_>, bi: usize, m: Mark, options: &Options) {
        let block = &blocks[bi];
        let first = !std::mem::replace(&mut self.marked, true);
        // A paragraph that opens with a mark continues a quotation left open
        // by the paragraph before.
        if first && let Some(mut p) = self.pending.take() {
            let opens_here =
                m.span.start == block.span.start && matches!(m.role, Role::Open | Role::Either);
            if opens_here {
                // In a transcript each turn ("PENCE: …") is a quotation of
                // its own, though the marks run on.
                let new_turn = speaker_label(&text[m.span.end..block.span.end]).is_some();
                if options.multi_paragraph && !new_turn {
                    p.piece_start = m.span.end;
                    self.stack.push(p, options);
                } else {
                    let end = blocks[bi - 1].span.end;
                    self.push(p, Span::new(end, end), bi - 1, options);
                    self.stack.push(Open::at(m, bi), options);
                }
                return;
            }
        }
        let closes = match m.role {
            Role::Open => false,
            Role::Close | Role::CloseOrApostrophe => {
                if self.stack.is_empty() {
                    return;
                }
                true
            }
            Role::Either => !self.stack.is_empty(),
            Role::Possessive => {
                // A quotation opened after a word is a fragment of the
                // sentence, which does not run on to the next paragraph: a
                // quotation over paragraphs opens one, or follows a colon or
                // a sentence's end.
                // Only the first such mark counts: the text before the
                // opening is read only until one is found.
                if self.possessive.is_none() {
                    let fragment = self.stack.only_outermost().is_some_and(|o| {
                        o.first_block == bi
                            && text[block.span.start..o.mark.span.start]
                                .trim_end()
                                .chars()
                                .next_back()
                                .is_some_and(char::is_alphanumeric)
                    });
                    if fragment {
                        self.possessive = Some(m.span);
                    }
                }
                return;
            }
        };
        self.possessive = None;
        if closes {
            if let Some(mut o) = self.stack.pop() {
                o.pieces.push(
                    Span::new(o.piece_start, m.span.start),
                    options.max_quote_len,
                );
                self.push(o, m.span, bi, options);
            }
        } else {
            self.stack.push(Open::at(m, bi), options);
        }
    }

    /// Ends `block`: the outermost quotation still open may go on in the
    /// next paragraph. A block without marks of the family ends any
    /// quotation left open, which is all there is to do: most blocks have
    /// none.
    fn end_block(&mut self, bi: usize, block: &Block, options: &Options) {
        if !std::mem::take(&mut self.marked) {
            self.pending = None;
            return;
        }
        let possessive = self.possessive.take();
        let Some(mut o) = self.stack.take_outermost() else {
            return;
        };
        let end = possessive.map_or(block.span.end, |close| close.start);
        o.pieces
            .push(Span::new(o.piece_start, end), options.max_quote_len);
        match possessive {
            Some(close) => self.push(o, close, bi, options),
            None => self.pending = Some(o),
        }
    }

    /// Keeps a paired quotation unless it is empty or too long: `""` quotes
    /// nothing, and a longer stretch is taken for unbalanced marks.
    /// Dropping them here keeps the work in proportion to the output.
    fn push(&mut self, o: Open, close: Span, last_block: usize, options: &Options) {
        let q = finish(o, close, last_block);
        if q.pieces.iter().any(|p| !p.is_empty()) && q.content().len() <= options.max_quote_len {
            self.out.push(q);
        }
    }

    /// Moves the quotations of the blocks before block `end`, sorted by
    /// opening mark, outer before inner, into `taken`: the pairs after
    /// them stay. No quotation is open across the start of block `end`.
    fn take_before(&mut self, end: usize, taken: &mut Vec<Quotation>) {
        // No two marks start at one byte, so the order is total and the
        // sort needs no buffer; pairs come closed in order, but for nested
        // ones, so the list is mostly in order already.
        self.out.sort_unstable_by_key(|q| q.open.start);
        let n = self.out.partition_point(|q| q.first_block < end);
        taken.extend(self.out.drain(..n));
        // A paragraph of a thousand marks leaves room for as many pairs,
        // and for as many open at once: given back, so that what later
        // stages hold does not come on top of it.
        if self.out.capacity() > SHRINK_ABOVE && self.out.len() < SHRINK_ABOVE / 2 {
            self.out.shrink_to(SHRINK_ABOVE / 2);
        }
        if self.stack.inner.capacity() > SHRINK_ABOVE && self.stack.is_empty() {
            self.stack.inner = VecDeque::new();
        }
    }
}

/// The quotations open in the current block, outermost first.
///
/// Only the outermost can go on into the next paragraph. An inner one
/// opened more than `max_quote_len` before the latest opening mark can
/// only pair into a quotation too long to keep: such ones are counted, not
/// kept, so a paragraph of opening marks holds a bounded stack.
#[derive(Default)]
struct Stack {
    outermost: Option<Open>,
    /// How many inner quotations opened too long ago, just inside the
    /// outermost.
    stale: usize,
    /// The other inner quotations, innermost last.
    inner: VecDeque<Open>,
}

impl Stack {
    fn is_empty(&self) -> bool {
        self.outermost.is_none()
    }

    fn push(&mut self, o: Open, options: &Options) {
        if self.outermost.is_none() {
            self.outermost = Some(o);
            return;
        }
        let at = o.mark.span.start;
        while self
            .inner
            .front()
            .is_some_and(|f| at - f.mark.span.end > options.max_quote_len)
        {
            self.inner.pop_front();
            self.stale += 1;
        }
        self.inner.push_back(o);
    }

    /// The innermost quotation open, unless it is one too long to keep.
    fn pop(&mut self) -> Option<Open> {
        if let Some(o) = self.inner.pop_back() {
            return Some(o);
        }
        if self.stale > 0 {
            self.stale -= 1;
            return None;
        }
        self.outermost.take()
    }

    /// The outermost quotation, when it is the only one open.
    fn only_outermost(&self) -> Option<&Open> {
        self.outermost
            .as_ref()
            .filter(|_| self.inner.is_empty() && self.stale == 0)
    }

    /// The outermost quotation, the others dropped.
    fn take_outermost(&mut self) -> Option<Open> {
        self.stale = 0;
        self.inner.clear();
        self.outermost.take()
    }
}

fn finish(o: Open, close: Span, last_block: usize) -> Quotation {
    Quotation {
        pieces: o.pieces,
        open: o.mark.span,
        close,
        first_block: o.first_block,
        last_block,
    }
}

/// The longest speaker label of a transcript turn, in bytes.
const MAX_LABEL: usize = 40;

/// The length of a transcript speaker label at the start of `s` — a name
/// in capitals and a colon: `PENCE: `, `MR. SMITH: ` — through the colon.
pub(crate) fn speaker_label(s: &str) -> Option<usize> {
    // A label opens with a capital and another or a name's punctuation
    // ("O'BRIEN", "MR. SMITH"), or with a capital outside ASCII ("ÁLVARO";
    // not an opening mark, which opens many paragraphs): nearly every
    // paragraph is passed by here.
    let opens = |b: &[u8]| {
        b.len() > 2
            && match b[0] {
                b'A'..=b'Z' => matches!(b[1], b'A'..=b'Z' | b' ' | b'.' | b'\'' | b'-' | 0x80..),
                0x80.. => s.chars().next().is_some_and(char::is_uppercase),
                _ => false,
            }
    };
    if !opens(s.as_bytes()) {
        return None;
    }
    // The colon is ASCII, so the label before it ends on a character's
    // boundary.
    let head = &s.as_bytes()[..s.len().min(MAX_LABEL)];
    let colon = head.iter().position(|&b| b == b':')?;
    let label = &s[..colon];
    let letters = label.chars().filter(|c| c.is_uppercase()).count();
    let all_caps = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    // The label opens with a capital: `opens` let nothing else through.
    (letters >= 2 && all_caps).then_some(colon + 1)
}

/// The most words of a speaker's label written as a name ("Dara
/// Quinlan:", "Quinlan:"), a first name, a middle one and a family name.
const MAX_NAME_LABEL_WORDS: usize = 3;

/// The length of the label of a transcript's or an interview's turn at
/// the start of `s`, through its colon: a name in capitals (`PENCE: `,
/// `QUESTION: `, see [`speaker_label`]) or a name written as one (see
/// [`name_label`]).
pub(crate) fn turn_label(s: &str, lexicon: &Lexicon) -> Option<usize> {
    speaker_label(s).or_else(|| name_label(s, lexicon))
}

/// The length of a label written as a name at the start of `s`, through
/// its colon, which a space follows: one to [`MAX_NAME_LABEL_WORDS`]
/// capitalised words of letters (and a name's apostrophe, hyphen or
/// point), none a word that is never a name (`Dara Quinlan: `, `Quinlan:
/// `; not "Her answer: no."). A label that opens a note or a listing's
/// line ("Update:", "Photo:") makes no turn, nor does an interview's
/// ("Q:", "Question:"), whose turns are told apart as the asker's and the
/// answerer's (see `layout::interview_turn`). Labels in capitals are
/// [`speaker_label`]'s: a note's label is never a surname there, and a
/// transcript's labels ("PRICE:", "QUESTION:") are not a listing's.
fn name_label(s: &str, lexicon: &Lexicon) -> Option<usize> {
    if !s.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let head = &s.as_bytes()[..s.len().min(MAX_LABEL)];
    let colon = memchr::memchr(b':', head)?;
    if s.as_bytes().get(colon + 1) != Some(&b' ') {
        return None;
    }
    let label = &s[..colon];
    let mut count = 0;
    for word in label.split(' ') {
        count += 1;
        let mut chars = word.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        let letters = chars.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
        if count > MAX_NAME_LABEL_WORDS || !capital || !letters || lexicon.is_function_word(word) {
            return None;
        }
    }
    let first = label.split(' ').next().unwrap_or(label);
    let note = lexicon.is_note_label(label) || lexicon.is_note_label(first);
    (!note && !lexicon.is_interview_label(label)).then_some(colon + 1)
}

/// The longest markup tag skipped, in bytes.
const MAX_TAG: usize = 4096;

/// The length of a markup tag at the start of `s` (`<tweet a="b">`,
/// `</p>`), if `s` starts with one.
fn markup_len(s: &[u8]) -> Option<usize> {
    let first = *s.get(1)?;
    if !(first.is_ascii_alphabetic() || first == b'/' || first == b'!') {
        return None;
    }
    let head = &s[..s.len().min(MAX_TAG)];
    memchr::memchr(b'>', head).map(|end| end + 1)
}

/// True for what may stand before an opening mark: nothing, space, an
/// opening bracket, a dash or a slash.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '«' | '‹'
            )
    })
}

/// True for what may follow a closing mark: nothing, space or punctuation.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '—'
                    | '–'
                    | '-'
                    | '/'
                    | '”'
                    | '’'
                    | '"'
                    | '\''
                    | '»'
                    | '›'
                    | '…'
            )
    })
}

/// True when `s` starts with a quotation mark whose UTF-8 starts with E2:
/// ‘ ’ ‚ “ ” „ ‹ ›.
fn is_curly_mark(s: &[u8]) -> bool {
    matches!(s, [0xE2, 0x80, 0x98..=0x9A | 0x9C..=0x9E | 0xB9 | 0xBA, ..])
}

/// True when `s` starts with « or ».
fn is_guillemet(s: &[u8]) -> bool {
    matches!(s, [0xC2, 0xAB | 0xBB, ..])
}

/// Where a mark or markup may start in `bytes`, in order. Every mark starts
/// with `"`, `'`, or the lead byte E2 of the curly marks, or, rarer, with
/// C2 (« ») or a backtick, and markup starts with `<`: memchr jumps between
/// candidates of each kind, merged in order, in one scan for each kind
/// rather than one a block. Both scans go through the text one window at
/// a time, so the rare kind's does not run ahead out of the cache.
struct Candidates<'t> {
    bytes: &'t [u8],
    window: usize,
    /// Where the window being searched starts.
    start: usize,
    common: memchr::Memchr3<'t>,
    rare: memchr::Memchr3<'t>,
    /// The next candidate of each kind in the window, found one ahead, or
    /// `NONE`: the next one is told by one comparison.
    next_common: usize,
    next_rare: usize,
}

/// No candidate of the kind is left in the window.
const NONE: usize = usize::MAX;

impl<'t> Candidates<'t> {
    fn new(bytes: &'t [u8], window: usize) -> Candidates<'t> {
        let mut candidates = Candidates {
            bytes,
            window: window.max(1),
            start: 0,
            common: memchr::memchr3_iter(b'"', b'\'', 0xE2, &[]),
            rare: memchr::memchr3_iter(0xC2, b'`', b'<', &[]),
            next_common: NONE,
            next_rare: NONE,
        };
        candidates.search(0);
        candidates
    }

    /// Starts the search of the window at `start`.
    fn search(&mut self, start: usize) {
        let end = self.bytes.len().min(start.saturating_add(self.window));
        let window = &self.bytes[start.min(end)..end];
        self.start = start;
        self.common = memchr::memchr3_iter(b'"', b'\'', 0xE2, window);
        self.rare = memchr::memchr3_iter(0xC2, b'`', b'<', window);
        self.next_common = self.common.next().map_or(NONE, |i| start + i);
        self.next_rare = self.rare.next().map_or(NONE, |i| start + i);
    }
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            let (common, rare) = (self.next_common, self.next_rare);
            if common < rare {
                self.next_common = self.common.next().map_or(NONE, |i| self.start + i);
                return Some(common);
            }
            if rare != NONE {
                self.next_rare = self.rare.next().map_or(NONE, |i| self.start + i);
                return Some(rare);
            }
            let next = self.start + self.window;
            if next >= self.bytes.len() {
                return None;
            }
            self.search(next);
        }
    }
}

/// The marks of `text[span]` at `candidates` (offsets into the span, in
/// order), classified, handed to `found` in order.
fn scan(
    text: &str,
    span: Span,
    candidates: impl Iterator<Item = usize>,
    lexicon: &Lexicon,
    mut found: impl FnMut(Family, Mark),
) {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let mut next_free = 0;
    for i in candidates {
        if i < next_free {
            continue;
        }
        let b = bytes[i];
        // Marks inside leftover markup (`<tweet author="…">`) quote
        // attribute values, not speech.
        if b == b'<' {
            next_free = i + markup_len(&bytes[i..]).unwrap_or(1);
            continue;
        }
        // Dashes, ellipses and spaces share the lead bytes of the curly
        // marks and guillemets: passed without decoding.
        if (b == 0xE2 && !is_curly_mark(&bytes[i..])) || (b == 0xC2 && !is_guillemet(&bytes[i..])) {
            continue;
        }
        // The common apostrophe between ASCII letters ("don't", "it’s") is
        // passed without decoding anything.
        let width = if b == b'\'' { 1 } else { 3 };
        let ascii_word = |j: Option<&u8>| j.is_some_and(u8::is_ascii_alphanumeric);
        if (b == b'\'' || bytes[i..].starts_with("’".as_bytes()))
            && i > 0
            && ascii_word(bytes.get(i - 1))
            && ascii_word(bytes.get(i + width))
        {
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let prev = s[..i].chars().next_back();
        // The `` and '' conventions stand for double marks. In ''' the
        // single mark is the inner one: first when closing, last when
        // opening.
        let mut doubled = (c == '`' || c == '\'') && bytes.get(i + 1) == Some(&b);
        if doubled && c == '\'' && bytes.get(i + 2) == Some(&b'\'') && !opens_after(prev) {
            doubled = false;
        }
        let mark_len = if doubled { 2 } else { c.len_utf8() };
        let next = s[i + mark_len..].chars().next();
        next_free = i + mark_len;
        if let Some((family, role)) = classify(c, doubled, prev, next, &s[i + mark_len..], lexicon)
        {
            let mark = Mark {
                span: Span::new(span.start + i, span.start + i + mark_len),
                role,
            };
            found(family, mark);
        }
    }
}

fn classify(
    c: char,
    doubled: bool,
    prev: Option<char>,
    next: Option<char>,
    rest: &str,
    lexicon: &Lexicon,
) -> Option<(Family, Role)> {
    let left = opens_after(prev);
    let right = closes_before(next);
    let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    let flank = || match (left, right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    use Family::{Double, Single};
    Some(match c {
        '`' if doubled => (Double, Role::Open),
        '\'' if doubled => (Double, flank()),
        '"' => (Double, flank()),
        '“' => (
            Double,
            // „Like this,“ — the low-high style closes with a left mark.
            if !left && right {
                Role::Close
            } else {
                Role::Open
            },
        ),
        '”' => (
            Double,
            // Some sites open with a right mark too: ”Like this.”
            if left && !right {
                Role::Open
            } else {
                Role::Close
            },
        ),
        '„' => (Double, Role::Open),
        OPENING_GUILLEMET => (Double, Role::Open),
        // "» " at the start of a line is a bullet.
        CLOSING_GUILLEMET if prev.is_none() && next.is_some_and(char::is_whitespace) => {
            return None;
        }
        CLOSING_GUILLEMET => (Double, Role::Close),
        '‹' => (Single, Role::Open),
        '›' => (Single, Role::Close),
        '‚' if left => (Single, Role::Open),
        '`' if left && !right => (Single, Role::Open),
        '‘' | '’' | '\'' => {
            if alnum(prev) && alnum(next) {
                return None; // don't, shouldn‘t
            }
            if left && next.is_some_and(|n| n.is_ascii_digit()) {
                return None; // ’90s
            }
            // Right against another mark, the single mark is the outer
            // one of a nested pair: it closes after a closing double
            // mark (`…asleep."'`) and opens before an opening one
            // (`'"Boy,` …), where both flanks would allow either.
            let is_double = |x: Option<char>| x.is_some_and(|c| DOUBLE_QUOTES.contains(&c));
            let (left, right) = match (left, right) {
                (true, true) if is_double(prev) && !is_double(next) => (false, true),
                (true, true) if is_double(next) && !is_double(prev) => (true, false),
                flanks => flanks,
            };
            if left && !right {
                (Single, Role::Open)
            } else if !left && right {
                if c == '‘' {
                    (Single, Role::Close)
                } else if prev == Some('s') && possessive_follows(rest, lexicon) {
                    (Single, Role::Possessive) // the ministers' decision
                } else {
                    (Single, Role::CloseOrApostrophe)
                }
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// After "…s'", a following lower-case word that is not a speech verb, a
/// pronoun nor a preposition makes the mark a plural possessive: no noun
/// owned starts with "for" ("staff were 'on tenterhooks' for weeks").
fn possessive_follows(rest: &str, lexicon: &Lexicon) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: &str = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_lowercase)
        && lexicon.verb_lemma(word).is_none()
        && lexicon.pronoun(word).is_none()
        && !lexicon.class(word).is_preposition()
}

/// The text of the article outside quotations, in order, in the blocks
/// `keep` tells by index and block: the running text where names are
/// looked for, or every block but furniture, where reported speech is.
///
/// With `across_lines`, a stretch that runs to the end of a kept block
/// and on from the start of the next one is one span, the line break
/// included: for a scan whose matches never cross a line, and which pays
/// for every span it starts.
pub(crate) fn outside_quotations(
    blocks: &[Block],
    quotations: &[Quotation],
    keep: impl Fn(usize, &Block) -> bool,
    across_lines: bool,
) -> Vec<Span> {
    // A span for each kept block and each quotation at most: room for
    // them from the start, up to a bound, spares the list its growth.
    let mut out: Vec<Span> =
        Vec::with_capacity((blocks.len() + quotations.len()).min(RESERVED_SPANS));
    outside_quotations_into(blocks, quotations, keep, across_lines, &mut out);
    out
}

/// [`outside_quotations`], pushed onto `out`. The quotations may begin
/// with ones before the blocks, which are passed over.
pub(crate) fn outside_quotations_into(
    blocks: &[Block],
    quotations: &[Quotation],
    keep: impl Fn(usize, &Block) -> bool,
    across_lines: bool,
    out: &mut Vec<Span>,
) {
    let mut qi = 0;
    // Whether the last span ran to the end of the block before.
    let mut ran_to_end = false;
    for (bi, b) in blocks.iter().enumerate() {
        let kept = keep(bi, b);
        let runs_on = across_lines && std::mem::take(&mut ran_to_end);
        let mut push = |span: Span| match out.last_mut() {
            Some(last) if runs_on && span.start == b.span.start => last.end = span.end,
            _ => out.push(span),
        };
        let mut pos = b.span.start;
        while qi < quotations.len() && quotations[qi].open.start < b.span.end {
            let q = &quotations[qi];
            if kept && q.open.start > pos {
                push(Span::new(pos, q.open.start));
            }
            pos = pos.max(q.close.end);
            if q.close.end > b.span.end {
                break;
            }
            qi += 1;
        }
        if kept && pos < b.span.end {
            push(Span::new(pos, b.span.end));
            ran_to_end = true;
        }
    }
}

/// The most spans of text outside quotations given room for from the
/// start, so that the memory held for a long text grows with the spans
/// found rather than with its blocks.
const RESERVED_SPANS: usize = 1024;

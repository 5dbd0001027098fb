//! The output record: one quotation with its speaker, cue and topic.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::Span;

/// One quotation found in an article.
///
/// Text fields borrow from the input where they can ([`Cow::Borrowed`]); a
/// multi-paragraph quote, whose text is joined from several pieces, owns its
/// text. Call [`Quote::into_owned`] to keep a quote past its input, or
/// deserialize an [`OwnedQuote`].
///
/// The serde form is a contract read by other tools (the command line, the
/// scorers): field names and meanings do not change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote<'a> {
    /// The quotation without its marks. A comma that ends the quotation
    /// before its attribution (`"…," he said`) is dropped; the pieces of a
    /// multi-paragraph quote are joined with one space, without their
    /// continuation marks. A [`Kind::Mixed`] record that holds words
    /// outside its marks (with reported speech on, the rest of the clause
    /// the quoted words stand in) keeps those marks: `to fix the
    /// “crumbling” depots and hire inspectors`, `“crumbling” depots and
    /// hire inspectors`.
    pub text: Cow<'a, str>,
    /// The speaker's canonical name: the full name of a person ("Sergey
    /// Lavrov") even when the attribution says "Lavrov", "he" or "the
    /// minister"; an organisation's name when an organisation speaks; the
    /// role's own words when the text names no one for it ("a city
    /// spokeswoman", "police"); `None` when there is no speaker at all.
    pub speaker: Option<Cow<'a, str>>,
    /// The words the attribution was made from, as written ("he", "the
    /// minister", "Russian Foreign Minister Sergey Lavrov").
    pub mention: Option<Cow<'a, str>>,
    /// The speech cue ("said", "told", "according to"), if there is one: the
    /// words at [`cue_span`](Quote::cue_span) in lower case, as the lexicon
    /// has them ("According to" at a sentence start is "according to").
    pub cue: Option<Cow<'a, str>>,
    /// The section heading the quote falls under (a question standing as a
    /// heading is none), else the article's title, else `None`.
    pub topic: Option<Cow<'a, str>>,
    /// Whether the quotation stands as speech or is a fragment inside
    /// reported speech.
    pub kind: Kind,
    /// The attribution rule that matched the quote to its speaker.
    pub rule: Rule,
    /// How sure the rule is, in `0.0..=1.0`.
    pub confidence: f64,
    /// Bytes of the content in the input: after the opening mark, before the
    /// closing mark (first to last piece for a multi-paragraph quote). For
    /// a [`Kind::Mixed`] record that holds words outside its marks, all its
    /// words, with both marks of the quoted ones inside.
    pub span: Span,
    /// Bytes of [`mention`](Quote::mention) in the input.
    pub speaker_span: Option<Span>,
    /// Bytes of the cue's words in the input, as written.
    pub cue_span: Option<Span>,
}

/// A [`Quote`] that owns all its text: what deserializing gives, and what
/// outlives the input.
pub type OwnedQuote = Quote<'static>;

impl Quote<'_> {
    /// Copies every borrowed field so the quote no longer borrows the input.
    pub fn into_owned(self) -> OwnedQuote {
        fn own(c: Cow<'_, str>) -> Cow<'static, str> {
            Cow::Owned(c.into_owned())
        }
        Quote {
            text: own(self.text),
            speaker: self.speaker.map(own),
            mention: self.mention.map(own),
            cue: self.cue.map(own),
            topic: self.topic.map(own),
            kind: self.kind,
            rule: self.rule,
            confidence: self.confidence,
            span: self.span,
            speaker_span: self.speaker_span,
            cue_span: self.cue_span,
        }
    }
}

/// What kind of quotation a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Kind {
    /// A quotation that stands as speech: `"We will win," she said.`
    Direct,
    /// A quoted fragment inside a reported sentence, attributed to that
    /// sentence's speaker: `Trump said he would "make deals".`
    Mixed,
    /// Reported speech without quotation marks: `Lavrov said talks would
    /// resume.` Returned only when indirect extraction is switched on.
    Indirect,
}

impl Kind {
    /// The name used in the JSON form: `"direct"`, `"mixed"` or `"indirect"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Mixed => "mixed",
            Kind::Indirect => "indirect",
        }
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, $confidence:literal;)*) => {
        /// The attribution rule that tied a quote to its speaker.
        ///
        /// Every quote carries the name of its rule (`"rule"` in JSON), so an
        /// output explains itself: which layout the quote was in and how sure
        /// that layout makes the attribution.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Rule {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order they are tried.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's name as it appears in JSON.
            pub const fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// The confidence a quote attributed by this rule is given.
            pub const fn confidence(self) -> f64 {
                match self { $(Rule::$variant => $confidence,)* }
            }
        }
    };
}

rules! {
    /// A transcript or interview turn: `"LAVROV: …"`, or `Varga: …` in an
    /// interview between two people the article names, the speaker's label
    /// opening the quotation. The label is the speaker's mention; it is part of the
    /// quote's text only inside marks that enclose it (a quoted
    /// transcript), as the text between marks is. A turn without marks
    /// goes on over the paragraphs with no label of their own up to the
    /// next labelled turn, each its own quote, the same speaker's.
    SpeakerLabel = "speaker-label", 0.9;
    /// An interview's answer (`A: …`, and the paragraphs after it up to
    /// the next question; or `A. "…"` in quotation marks, which end it),
    /// the interviewee's: the person the introduction names in full and
    /// the title by family name, or the title in full, or the paragraph
    /// above the questions opens with, or else the last the introduction
    /// names.
    InterviewAnswer = "interview-answer", 0.85;
    /// An interview's answer to a question standing alone as a paragraph,
    /// with no label (`**What about the Albert Hall?**` and the paragraphs
    /// after it up to the next question), in a run of three such
    /// questions or more each answered in the first person: the
    /// interviewee's, found as for [`Rule::InterviewAnswer`].
    InterviewReply = "interview-reply", 0.8;
    /// `"…," Lavrov said.` / `"…," the minister added.`
    QuoteCommaSpeakerVerb = "quote-comma-speaker-verb", 0.95;
    /// `"…," said Lavrov.`
    QuoteCommaVerbSpeaker = "quote-comma-verb-speaker", 0.95;
    /// `Lavrov said: "…"`
    SpeakerVerbColonQuote = "speaker-verb-colon-quote", 0.9;
    /// `Lavrov said, "…"`
    SpeakerVerbCommaQuote = "speaker-verb-comma-quote", 0.9;
    /// The second part of `"A," Lavrov said, "B."`
    SplitQuote = "split-quote", 0.9;
    /// `According to Lavrov, "…"` and `"…," according to Lavrov.`
    AccordingTo = "according-to", 0.85;
    /// `"…" – Lavrov`, a quote signed with a dash; and a social post
    /// embedded in the page, signed on the line under it (`— Lavrov
    /// (@lavrov) March 9, 2026`), quoted whole, with or without marks.
    QuoteDashSpeaker = "quote-dash-speaker", 0.8;
    /// A letter quoted whole, opening with its salutation and signed at
    /// its end (`"Dear Ines, … With love, Dorothy."`): its writer's,
    /// whoever reads it out, never the one it is addressed to.
    LetterSigned = "letter-signed", 0.8;
    /// A social post embedded in the page as copied tweets and Bluesky
    /// embeds lay it out, its paragraph whole, glued between the
    /// account's lines and its time stamp: `Lavrov` / `@lavrov` / `…` /
    /// `9:14 AM · Mar 11, 2026`, or `Lavrov / @lavrov` over the text.
    EmbeddedPost = "embedded-post", 0.8;
    /// `From the minister: "…"` or `Lavrov said:` ending the previous
    /// paragraph, with the quote after it.
    LeadIn = "lead-in", 0.8;
    /// A headline line over an item, a quotation and its gist after a
    /// colon (`'I'm not going anywhere': Coach defiant`): the speaker the
    /// item under it names with its first speech cue.
    HeadlineQuoteColon = "headline-quote-colon", 0.7;
    /// A quotation in the article's title that a role names, before it
    /// with no verb (`Police chief "increasingly concerned" for …`) or
    /// heading its gist after a colon (`"The ice remembers everything": a
    /// glaciologist on …`): the person the body names with that role as
    /// a title (`Police Chief Raymond Ostrowski`, `Glaciologist Ines
    /// Varga`).
    HeadlineRole = "headline-role", 0.7;
    /// A quote whose own sentence names the speaker with a cue elsewhere:
    /// `Lavrov, in Ankara on Monday, said "…" to reporters.`
    SpeakerInSentence = "speaker-in-sentence", 0.75;
    /// A quoted fragment inside reported speech: `Trump said he would "make
    /// deals".`
    MixedInReported = "mixed-in-reported", 0.8;
    /// A quote next to a sentence that names its speaker with a cue:
    /// `Lavrov spoke on Monday. "…"`
    AdjacentSentence = "adjacent-sentence", 0.6;
    /// A paragraph of quotation with no cue, after a short paragraph about
    /// its speaker that quotes no one: `Ruiz still remembers the night
    /// the crane fell.` ⏎ `"We heard it before we saw it."`
    LeadInParagraph = "lead-in-paragraph", 0.5;
    /// A paragraph of quotation that continues the previous paragraph's
    /// speaker.
    ContinuesSpeaker = "continues-speaker", 0.6;
    /// A paragraph of quotation that addresses someone by title after a
    /// quoted question (`"…, what did you do?" Ruiz asked.` ⏎ `"Senator,
    /// we acted on it."`): the reply of the one asked, the speaker quoted
    /// last before the asker.
    AnswersQuestion = "answers-question", 0.5;
    /// Whole sentences in quotation marks that nothing ties to a speaker:
    /// returned with `speaker: None` rather than lost.
    Unattributed = "unattributed", 0.3;
    /// Reported speech after its cue: `Lavrov warned (that) talks will get
    /// harder.`
    ReportedAfterCue = "reported-after-cue", 0.8;
    /// Reported speech before its cue: `Talks will resume, Lavrov said.`
    ReportedBeforeCue = "reported-before-cue", 0.85;
    /// Reported speech with a source phrase: `According to Lavrov, …` and
    /// `…, according to Lavrov.`; a poll's finding after `In a new poll,
    /// …` or before `… in the latest poll.`
    ReportedAccordingTo = "reported-according-to", 0.85;
    /// A title or heading led by its speaker's label: `Lavrov: Talks Will
    /// Get Harder`.
    ReportedLabel = "reported-label", 0.7;
    /// Reported speech that a noun of something said opens with "that":
    /// `Lavrov's warning that talks will get harder`, `amid reports that
    /// talks will resume`.
    ReportedNoun = "reported-noun", 0.7;
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

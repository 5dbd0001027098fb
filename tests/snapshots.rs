//! Whole-article snapshots: the full JSON output (every field of the
//! contract) for the sample article and for short invented articles, each
//! mixing several rules, mark styles and speaker forms. A change anywhere
//! in the pipeline shows up here as a reviewable diff of what users get.
//!
//! The snapshots live in `tests/snapshots/`. Review a change with
//! `cargo insta review` (or rerun with `INSTA_UPDATE=always` and read the
//! diff); in CI (`CI=true`) a mismatch fails and nothing is written.

use whosaid::extract_quotes;

/// Snapshots the quotes of `tests/fixtures/<path>`, under the test's name.
macro_rules! snapshot_article {
    ($(#[$doc:meta])* $name:ident, $path:literal) => {
        $(#[$doc])*
        #[test]
        fn $name() {
            let article = include_str!(concat!("fixtures/", $path));
            insta::assert_json_snapshot!(extract_quotes(article));
        }
    };
}

snapshot_article!(
    /// The bundled sample: six Lavrov quotes under five topics, amid
    /// captions, teasers and a footer.
    sample_article_sputnik_lavrov,
    "sputnik_lavrov.txt"
);

snapshot_article!(
    /// A wire story with a dateline: told reporters, a mixed fragment, a
    /// split quote, according to, a role noun and "she".
    wire_story_with_dateline,
    "articles/wire_dateline.txt"
);

snapshot_article!(
    /// British style: single marks are speech, doubles nest inside them,
    /// possessive apostrophes and contractions are not marks.
    uk_story_with_single_quotes,
    "articles/uk_single_quotes.txt"
);

snapshot_article!(
    /// News-convention quotes over several paragraphs, after a `He said:`
    /// lead-in and after a split attribution.
    quotes_running_over_several_paragraphs,
    "articles/multi_paragraph.txt"
);

snapshot_article!(
    /// Page furniture: site line, tagline, credit, captions, teaser
    /// headlines (one with a quoted slogan), share and comment footers, a
    /// line in another script; none is a quote or a topic.
    story_with_captions_credits_and_teasers,
    "articles/captions_teaser.txt"
);

snapshot_article!(
    /// An interview written as lead-ins: `On the storms, Lind said:`,
    /// `On the tourists:`, `From X, who …:` and an apposition.
    interview_with_lead_ins,
    "articles/interview_qa.txt"
);

snapshot_article!(
    /// Organisations speaking: "the ministry", "the union", an association
    /// named in full, and an unnamed spokesman.
    organisations_speaking,
    "articles/organisations.txt"
);

snapshot_article!(
    /// The ``` `` ``` and `''` convention of older wire copy, with a split
    /// quote and "he".
    backtick_and_double_apostrophe_convention,
    "articles/backtick_convention.txt"
);

snapshot_article!(
    /// Opening marks never closed, and an inch mark: each recovers at its
    /// paragraph and the quotes after it are still found.
    unbalanced_marks_recover_at_the_paragraph,
    "articles/unbalanced.txt"
);

snapshot_article!(
    /// Section headings as topics; "the minister", "the top Velorian
    /// diplomat", "the Velorian foreign minister", "he" and "she".
    sections_and_role_nouns,
    "articles/sections_roles.txt"
);

snapshot_article!(
    /// A book title, a nickname and a "so-called" phrase are not speech; a
    /// fragment after "said the book was" is mixed.
    mixed_quotes_scare_quotes_and_titles,
    "articles/mixed_scare_titles.txt"
);

snapshot_article!(
    /// Quotes signed with an en dash, an em dash and a hyphen, with titles
    /// and trailing descriptions.
    dash_signatures,
    "articles/dash_signatures.txt"
);

snapshot_article!(
    /// Guillemets and low-high marks in a translated story.
    guillemets_and_low_high_marks,
    "articles/translated_marks.txt"
);

snapshot_article!(
    /// Split quotes, a quote next to the sentence naming its speaker, and
    /// quotes continuing the speaker in the same paragraph.
    split_quotes_and_adjacent_sentences,
    "articles/split_adjacent.txt"
);

snapshot_article!(
    /// Curly marks among curly apostrophes: Dunmere’s, ’90s, shouldn‘t,
    /// traders’, They’ve; a book title after "wrote".
    curly_quotes_among_curly_apostrophes,
    "articles/curly_apostrophes.txt"
);

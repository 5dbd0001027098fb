//! Helpers shared by the integration tests.

/// A quotation's text as the acceptance criteria compare it: whitespace and
/// trailing `,` `.` trimmed, curly quotation marks folded to straight ones
/// (`expected.json` says so in its notes), so that punctuation the
/// extractor may keep or drop at the end does not decide a match.
pub fn normalize(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | '‚' => '\'',
            c => c,
        })
        .collect();
    folded
        .trim()
        .trim_end_matches([',', '.'])
        .trim_end()
        .to_owned()
}

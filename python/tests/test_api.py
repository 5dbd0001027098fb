"""The Python API: functions, options, record fields, pickling, threads."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

import whosaid

ARTICLE = (
    "Harbour Bridge Reopens\n\n"
    '"The bridge is safe again," Mara Lindqvist said on Tuesday.\n\n'
    '"We checked every cable."\n\n'
    "Lindqvist added that traffic would return to normal within a week.\n"
)

FIELDS = {
    "text",
    "speaker",
    "mention",
    "cue",
    "topic",
    "kind",
    "rule",
    "confidence",
    "span",
    "speaker_span",
    "cue_span",
    "byte_span",
    "byte_speaker_span",
    "byte_cue_span",
}


def test_extract_quotes_fields_and_values() -> None:
    quotes = whosaid.extract_quotes(ARTICLE)
    assert len(quotes) == 2
    first, second = quotes
    assert set(first) == FIELDS
    assert first["text"] == "The bridge is safe again"
    assert first["speaker"] == "Mara Lindqvist"
    assert first["cue"] == "said"
    assert first["topic"] == "Harbour Bridge Reopens"
    assert first["kind"] == "direct"
    assert first["rule"] == "quote-comma-speaker-verb"
    assert 0.0 <= first["confidence"] <= 1.0
    assert second["speaker"] == "Mara Lindqvist"
    assert second["rule"] == "continues-speaker"
    for q in quotes:
        for key in ("span", "speaker_span", "cue_span"):
            if q[key] is not None:
                assert set(q[key]) == {"start", "end"}
                assert q[key]["start"] <= q[key]["end"]


def test_spans_index_the_python_string() -> None:
    (q, _) = whosaid.extract_quotes(ARTICLE)
    assert ARTICLE[q["span"]["start"] : q["span"]["end"]].rstrip(",") == q["text"]
    assert ARTICLE[q["cue_span"]["start"] : q["cue_span"]["end"]] == "said"
    assert q["mention"] is not None
    assert ARTICLE[q["speaker_span"]["start"] : q["speaker_span"]["end"]] == q["mention"]


def test_indirect_is_off_by_default_and_on_when_asked() -> None:
    assert {q["kind"] for q in whosaid.extract_quotes(ARTICLE)} == {"direct"}
    kinds = [q["kind"] for q in whosaid.extract_quotes(ARTICLE, indirect=True)]
    assert "indirect" in kinds
    assert kinds == [q["kind"] for q in whosaid.Extractor(indirect=True).extract(ARTICLE)]


def test_default_extractor_equals_extract_quotes() -> None:
    assert whosaid.Extractor().extract(ARTICLE) == whosaid.extract_quotes(ARTICLE)


def test_no_quotes() -> None:
    assert whosaid.extract_quotes("") == []
    assert whosaid.extract_quotes("No one spoke today.") == []


YODEL = 'Mountain News\n\n"Not today," Ada Park yodelled.\n'


def test_added_speech_verb() -> None:
    assert [q["cue"] for q in whosaid.extract_quotes(YODEL)] != ["yodelled"]
    extractor = whosaid.Extractor(speech_verbs=["yodel", "yodels", "yodelled"])
    (q,) = extractor.extract(YODEL)
    assert (q["speaker"], q["cue"]) == ("Ada Park", "yodelled")


def test_replaced_speech_verbs() -> None:
    extractor = whosaid.Extractor(replace_speech_verbs=["yodelled"])
    (q,) = extractor.extract(YODEL)
    assert q["cue"] == "yodelled"
    said = 'Mountain News\n\n"Not today," Ada Park said.\n'
    assert [q["cue"] for q in extractor.extract(said)] != ["said"]


def test_single_quote_styles() -> None:
    text = "'We will build it,' the mayor, Jon Okafor, said. 'Soon.'"
    speech = whosaid.Extractor(single_quotes="speech").extract(text)
    assert speech and speech[0]["text"] == "We will build it"
    assert whosaid.Extractor(single_quotes="nested").extract(text) == []


def test_multi_paragraph_option() -> None:
    text = (
        "Plan Unveiled\n\n"
        'Nora Vance said: "The first part of the plan is ready.\n\n'
        '"The second part comes next year."\n'
    )
    joined = whosaid.Extractor().extract(text)
    split = whosaid.Extractor(multi_paragraph=False).extract(text)
    assert [q["text"] for q in joined] == [
        "The first part of the plan is ready. The second part comes next year."
    ]
    assert len(split) == 2
    assert {q["speaker"] for q in joined + split} == {"Nora Vance"}


def test_max_quote_len() -> None:
    text = '"' + "word " * 40 + '," Ada Park said.'
    assert whosaid.Extractor().extract(text)
    assert whosaid.Extractor(max_quote_len=50).extract(text) == []


def test_repr_and_pickle() -> None:
    extractor = whosaid.Extractor(
        speech_verbs=["quipped"], single_quotes="speech", max_quote_len=500, indirect=True
    )
    assert repr(extractor) == (
        "Extractor(single_quotes='speech', multi_paragraph=True, max_quote_len=500, "
        "indirect=True, speech_verbs=<1 verbs>)"
    )
    clone = pickle.loads(pickle.dumps(extractor))
    assert repr(clone) == repr(extractor)
    assert clone.extract(ARTICLE) == extractor.extract(ARTICLE)


def test_shared_between_threads() -> None:
    extractor = whosaid.Extractor()
    expected = extractor.extract(ARTICLE)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(extractor.extract, [ARTICLE] * 64))
    assert all(r == expected for r in results)


def test_version_and_exports() -> None:
    assert isinstance(whosaid.__version__, str)
    for name in whosaid.__all__:
        assert hasattr(whosaid, name)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_quote_len": 0}, "at least 1"),
        ({"single_quotes": "british"}, "single_quotes"),
        ({"speech_verbs": ["two words"]}, "two words"),
        ({"speech_verbs": [""]}, "speech verb"),
    ],
)
def test_invalid_options_raise_value_error(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        whosaid.Extractor(**options)


@pytest.mark.parametrize(
    "options",
    [
        {"speech_verbs": "quipped"},
        {"speech_verbs": ["quipped", 3]},
        {"replace_speech_verbs": 7},
        {"multi_paragraph": "yes"},
        {"max_quote_len": "long"},
    ],
)
def test_wrongly_typed_options_raise_type_error(options: dict) -> None:
    with pytest.raises(TypeError):
        whosaid.Extractor(**options)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        whosaid.Extractor(["quipped"])  # type: ignore[misc]
    with pytest.raises(TypeError):
        whosaid.extract_quotes(ARTICLE, True)  # type: ignore[misc]

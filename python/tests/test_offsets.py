"""Offsets: code point spans for Python, UTF-8 byte spans alongside."""

from __future__ import annotations

import pytest

import whosaid

# Our own sentences, with 2-, 3- and 4-byte UTF-8 characters before, inside
# and around the quotations.
ARTICLES = [
    "Café Zürich Reopens\n\n"
    "“The café is open again — finally,” owner Zoë Müller said on Tuesday. 😀\n\n"
    "“We missed our guests,” Müller added.\n",
    "Naïve Plans in Kraków\n\n"
    "Łukasz Nowak, the city’s planner, said: “Ten new bridges 🌉🌉 will be built by 2030.”\n\n"
    "“東京 and São Paulo did the same,” Nowak told reporters.\n",
    'Talks Resume\n\n"We are ready to meet," Foreign Minister Ana Ruiz said.\n',
]


def _check(text: str, q: dict) -> None:
    data = text.encode("utf-8")
    for key in ("span", "speaker_span", "cue_span"):
        span, byte_span = q[key], q["byte_" + key]
        assert (span is None) == (byte_span is None), key
        if span is None:
            continue
        assert text[span["start"] : span["end"]] == (
            data[byte_span["start"] : byte_span["end"]].decode("utf-8")
        )
        assert len(data[: byte_span["start"]].decode("utf-8")) == span["start"]
    assert text[q["cue_span"]["start"] : q["cue_span"]["end"]] == q["cue"]
    assert text[q["speaker_span"]["start"] : q["speaker_span"]["end"]] == q["mention"]


@pytest.mark.parametrize("text", ARTICLES)
def test_code_point_and_byte_spans_agree(text: str) -> None:
    quotes = whosaid.extract_quotes(text, indirect=True)
    assert quotes
    for q in quotes:
        _check(text, q)


def test_non_ascii_offsets_differ_from_bytes() -> None:
    text = ARTICLES[0]
    first, second = whosaid.extract_quotes(text)
    assert first["text"] == "The café is open again — finally"
    assert first["speaker"] == "Zoë Müller"
    assert text[first["span"]["start"] : first["span"]["end"]].startswith("The café")
    # "Café Zürich" and the first mark are multi-byte: bytes run ahead.
    assert first["byte_span"]["start"] > first["span"]["start"]
    # The emoji is one code point but four bytes.
    assert second["byte_span"]["start"] - second["span"]["start"] > (
        first["byte_span"]["start"] - first["span"]["start"]
    )
    assert second["speaker"] == "Zoë Müller"


def test_ascii_offsets_equal_bytes() -> None:
    for q in whosaid.extract_quotes(ARTICLES[2]):
        for key in ("span", "speaker_span", "cue_span"):
            assert q[key] == q["byte_" + key]


def test_astral_characters_inside_quotes() -> None:
    text = ARTICLES[1]
    quotes = whosaid.extract_quotes(text)
    assert [q["speaker"] for q in quotes] == ["Łukasz Nowak", "Łukasz Nowak"]
    assert "🌉🌉" in quotes[0]["text"]
    assert quotes[1]["text"].startswith("東京")
    for q in quotes:
        _check(text, q)

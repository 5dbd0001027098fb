"""Bad input: wrong types raise TypeError naming the type; odd strings work."""

from __future__ import annotations

import pytest

import whosaid


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(None, "NoneType"), (42, "int"), (b"bytes", "bytes"), (["a"], "list"), (3.5, "float")],
)
def test_non_str_raises_type_error_naming_the_type(value: object, type_name: str) -> None:
    message = f"text must be str, not {type_name}"
    with pytest.raises(TypeError, match=message):
        whosaid.extract_quotes(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        whosaid.Extractor().extract(value)  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    class Article(str):
        pass

    text = Article('"Fine," Ada Park said.')
    assert whosaid.extract_quotes(text)[0]["speaker"] == "Ada Park"


def test_lone_surrogate_raises_unicode_error() -> None:
    with pytest.raises(UnicodeEncodeError):
        whosaid.extract_quotes('"Hi \ud800," Ada Park said.')


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        '"' * 1001,
        "\u201c" * 500 + "x",
        "\n" * 10_000,
        "Mr." + " " * 80_000 + "Yes.",
        '"Unclosed quotation, Ada Park said.\n\nAnother paragraph.',
        "\x00\x01\x02 control characters",
        "\U0001f600" * 1000,
    ],
)
def test_hostile_text_never_fails(text: str) -> None:
    for q in whosaid.extract_quotes(text, indirect=True):
        assert 0 <= q["span"]["start"] <= q["span"]["end"] <= len(text)

"""Converting the CLI's byte offsets to the Python package's form."""

from __future__ import annotations

from typing import Any

SPANS = ("span", "speaker_span", "cue_span")


def char_offset(text_bytes: bytes, byte: int) -> int:
    """The code point index of a UTF-8 byte offset."""
    return len(text_bytes[:byte].decode("utf-8"))


def from_cli(text: str, quote: dict[str, Any]) -> dict[str, Any]:
    """A CLI quote (byte offsets) as the Python API gives it.

    The spans become code point offsets and the byte offsets move to
    ``byte_span``, ``byte_speaker_span`` and ``byte_cue_span``.
    """
    data = text.encode("utf-8")
    out = dict(quote)
    for key in SPANS:
        span = quote[key]
        out["byte_" + key] = span
        out[key] = (
            None
            if span is None
            else {"start": char_offset(data, span["start"]), "end": char_offset(data, span["end"])}
        )
    return out

"""Types of the records whosaid returns (for type checkers and readers).

These are :class:`typing.TypedDict` classes: at run time every quote is a
plain ``dict``.
"""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ErrorEntry", "Errors", "Kind", "Quote", "SingleQuotes", "Span"]

Kind = Literal["direct", "mixed", "indirect"]
"""``"direct"``: a quotation standing as speech; ``"mixed"``: a quoted
fragment inside reported speech; ``"indirect"``: reported speech without
quotation marks (only with ``indirect=True``)."""

SingleQuotes = Literal["auto", "speech", "nested"]
"""How single quotation marks are read (see :class:`whosaid.Extractor`)."""

Errors = Literal["raise", "skip"]
"""What :meth:`whosaid.Extractor.extract_many` does with an item it cannot read."""


class Span(TypedDict):
    """A half-open range ``start:end`` of offsets into the input text."""

    start: int
    end: int


class Quote(TypedDict):
    """One quotation: the fields of whosaid's JSON contract, plus byte spans.

    ``span``, ``speaker_span`` and ``cue_span`` are Python ``str`` indices
    (code points): ``text[q["span"]["start"]:q["span"]["end"]]`` is the
    quotation's content as written. ``byte_span``, ``byte_speaker_span`` and
    ``byte_cue_span`` are the same ranges in UTF-8 bytes, as the Rust library
    and the ``whosaid`` command line give them.
    """

    text: str
    """The quotation without its marks (a multi-paragraph quote joined with
    one space)."""
    speaker: str | None
    """The speaker's canonical name ("Sergey Lavrov" even when the article
    says "he"), an organisation's name, or None."""
    mention: str | None
    """The words the attribution was made from ("he", "the minister")."""
    cue: str | None
    """The speech cue ("said", "according to"), if any."""
    topic: str | None
    """The section heading the quote falls under, else the article's title."""
    kind: Kind
    rule: str
    """The name of the attribution rule that fired."""
    confidence: float
    span: Span
    speaker_span: Span | None
    cue_span: Span | None
    byte_span: Span
    byte_speaker_span: Span | None
    byte_cue_span: Span | None


class ErrorEntry(TypedDict):
    """What ``extract_many(..., errors="skip")`` gives for an unreadable item."""

    error: str
    """For example ``"item 3: expected str, got NoneType"``."""

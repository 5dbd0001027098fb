"""Who said what in news text: quotations, their speakers and topics.

whosaid finds every quotation in an English news article, the speaker it is
attributed to (resolved to a full name even when the article says "he" or
"the minister"), the speech cue and the topic it falls under. The engine is
the Rust library ``whosaid``: no model, no network.

>>> import whosaid
>>> article = 'Talks Resume\\n\\n"We are ready to meet," Foreign Minister Ana Ruiz said.'
>>> [q["speaker"] for q in whosaid.extract_quotes(article)]
['Ana Ruiz']

For other settings, or for many texts at once, build an :class:`Extractor`
once and reuse it; :meth:`Extractor.extract_many` runs in parallel threads
with the GIL released. For Spark DataFrames see :mod:`whosaid.spark`.
"""

from __future__ import annotations

from ._whosaid import Extractor, __version__, extract_quotes
from .types import ErrorEntry, Kind, Quote, Span

__all__ = [
    "ErrorEntry",
    "Extractor",
    "Kind",
    "Quote",
    "Span",
    "__version__",
    "extract_quotes",
]

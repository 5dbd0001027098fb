"""Type stubs of the native module ``whosaid._whosaid`` (re-exported by ``whosaid``)."""

from collections.abc import Iterable

from .types import ErrorEntry, Errors, Quote, SingleQuotes

__version__: str

def extract_quotes(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every quotation in ``text``, in document order, with the default settings.

    Each quote is a dict with the fields of the JSON contract (``text``,
    ``speaker``, ``mention``, ``cue``, ``topic``, ``kind``, ``rule``,
    ``confidence``, ``span``, ``speaker_span``, ``cue_span``); spans are
    ``{"start": int, "end": int}`` in Python ``str`` indices, and
    ``byte_span``, ``byte_speaker_span``, ``byte_cue_span`` give them in
    UTF-8 bytes. With ``indirect=True`` reported speech without quotation
    marks is returned too (``kind == "indirect"``).

    Raises ``TypeError`` when ``text`` is not a ``str``.
    """

class Extractor:
    """A configured quotation extractor: immutable, reusable, thread-safe, picklable.

    Raises ``ValueError`` for an invalid option (an empty or multi-word
    speech verb, ``max_quote_len=0``, an unknown ``single_quotes``) and
    ``TypeError`` for an option of the wrong type.
    """

    def __init__(
        self,
        *,
        speech_verbs: Iterable[str] | None = None,
        replace_speech_verbs: Iterable[str] | None = None,
        single_quotes: SingleQuotes = "auto",
        multi_paragraph: bool = True,
        max_quote_len: int | None = None,
        indirect: bool = False,
    ) -> None:
        """Builds an extractor.

        :param speech_verbs: extra speech verbs, every inflection listed
            (``["quip", "quips", "quipped"]``).
        :param replace_speech_verbs: verbs that replace the built-in list
            (``speech_verbs`` are still added).
        :param single_quotes: ``"auto"`` (decide per article), ``"speech"``
            (British style) or ``"nested"`` (American style).
        :param multi_paragraph: join a quotation over several paragraphs
            (news convention) into one quote.
        :param max_quote_len: the longest quotation returned, in UTF-8 bytes
            (``None``: the library's default, 20,000).
        :param indirect: return reported speech without quotation marks too.
        """

    def extract(self, text: str) -> list[Quote]:
        """Every quotation in ``text``, in document order (see :func:`extract_quotes`).

        Raises ``TypeError`` when ``text`` is not a ``str``.
        """

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        jobs: int | None = None,
        errors: Errors = "raise",
    ) -> list[list[Quote] | ErrorEntry]:
        """The quotations of many texts, one list per text, in input order.

        Runs ``jobs`` threads (default: the number of CPUs) with the GIL
        released. An item that is not a ``str`` raises ``TypeError`` naming
        its index (``errors="raise"``) or, with ``errors="skip"``, gives
        ``{"error": "item 3: expected str, got NoneType"}`` in its place; a
        ``str`` with a lone surrogate raises ``ValueError`` or gives an error
        entry likewise.
        """

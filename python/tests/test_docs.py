"""The examples in the package's docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["whosaid", "whosaid.frame", "whosaid.spark"])
def test_docstring_examples(module: str) -> None:
    if module != "whosaid":
        pytest.importorskip("pandas", reason="pandas is not installed")
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_stubs_and_marker_are_installed() -> None:
    from importlib.resources import files

    package = files("whosaid")
    assert package.joinpath("py.typed").is_file()
    assert package.joinpath("_whosaid.pyi").is_file()

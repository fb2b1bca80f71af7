"""Fixtures for the reader tests: the PDF writer and the committed fixture documents."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCUMENTS = FIXTURES / "documents"
sys.path.insert(0, str(FIXTURES))  # pdfwriter and make_documents are plain modules there


@pytest.fixture
def write(tmp_path: Path):  # noqa: ANN201 - a small factory
    """Write bytes or text to a file in a fresh folder and return its path."""

    def _write(name: str, content: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
        return path

    return _write

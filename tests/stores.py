"""Store copies the tests of every capability use."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_store(source: Path, target: Path) -> Path:
    """A copy of a closed store directory (the copy is an independent store)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("LOCK"))
    return target

"""What a test needs from outside the checkout: skipped with a reason locally, a failure in CI.

CI (``CI=true``, as ``.ci/run`` runs) installs Chromium and the Oxigraph server and has
``../shared`` beside the clone, so a missing prerequisite there is a broken run, not a skip.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing(reason: str) -> None:
    """Skip the test (outside CI) or fail it (in CI) because ``reason`` is not available."""
    if in_ci():
        pytest.fail(f"CI must have this prerequisite: {reason}", pytrace=False)
    pytest.skip(reason)

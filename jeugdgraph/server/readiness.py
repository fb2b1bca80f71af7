"""Is the server ready? The store answers and its data passed SHACL validation.

Validation of a store that was not just built runs once, in a background thread at start-up, so
the server answers ``/health`` at once and ``/ready`` says "pending" until validation is done.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("jeugdgraph.server")

PENDING = "pending"
CONFORMS = "conforms"
VIOLATIONS = "violations"
SKIPPED = "skipped"
FAILED = "failed"


@dataclass(frozen=True)
class ValidationState:
    status: str
    violations: int = 0
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (CONFORMS, SKIPPED)


def state_of(report: object) -> ValidationState:
    """The state a ``validation.ValidationReport`` stands for."""
    if getattr(report, "conforms", False):
        return ValidationState(CONFORMS)
    violations = len(report.violations()) if hasattr(report, "violations") else 0
    return ValidationState(
        VIOLATIONS, violations, f"De store schendt de SHACL-shapes ({violations} overtredingen)."
    )


class Readiness:
    def __init__(self, initial: ValidationState) -> None:
        self._state = initial
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def validation(self) -> ValidationState:
        with self._lock:
            return self._state

    def set(self, state: ValidationState) -> None:
        with self._lock:
            self._state = state

    def validate_in_background(self, run: Callable[[], object]) -> None:
        """Run ``run()`` (returning a ValidationReport or a ValidationState) in a thread and record
        the outcome."""

        def work() -> None:
            try:
                outcome = run()
                self.set(outcome if isinstance(outcome, ValidationState) else state_of(outcome))
            except Exception:  # noqa: BLE001 - recorded and reported by /ready
                log.exception("validation at start-up failed")
                self.set(ValidationState(FAILED, message="Validatie bij het starten mislukt (zie log)."))

        self.set(ValidationState(PENDING))
        self._thread = threading.Thread(target=work, name="jeugdgraph-validate", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> ValidationState:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.validation


def validate_in_subprocess(store_dir: str) -> ValidationState:
    """SHACL validation of the store in ``store_dir`` in a process of its own that ends with the
    server (``validate_child``): validation is CPU work that would hold the server's interpreter lock."""
    done = subprocess.run([sys.executable, "-m", "jeugdgraph.validate_child", store_dir],
                          capture_output=True, stdin=subprocess.DEVNULL, check=False)
    if done.returncode != 0:
        log.error("start-up validation process failed: %s", done.stderr.decode(errors="replace")[-2000:])
        return ValidationState(FAILED, message="Validatie bij het starten mislukt (zie log).")
    verdict = json.loads(done.stdout.decode().strip().splitlines()[-1])
    if verdict["conforms"]:
        return ValidationState(CONFORMS)
    return ValidationState(VIOLATIONS, verdict["violations"],
                           f"De store schendt de SHACL-shapes ({verdict['violations']} overtredingen).")

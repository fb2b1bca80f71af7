"""What several bench scripts share: another commit's files, the server launcher, a marked section
of RESULTS.md."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: ``python -c JEUGDGRAPH_LAUNCHER STORE PORT``: a read-only jeugdgraph server of any commit, quiet,
#: with the uvicorn settings ``jeugdgraph serve`` of that commit uses (where it has them)
JEUGDGRAPH_LAUNCHER = (
    "import sys, uvicorn\n"
    "from jeugdgraph.server import create_app\n"
    "from jeugdgraph.settings import Settings\n"
    "try:\n"
    "    from jeugdgraph.server.connections import uvicorn_options\n"
    "except ImportError:\n"
    "    uvicorn_options = lambda settings: {}\n"
    "settings = Settings.from_env(store=sys.argv[1], host='127.0.0.1', port=int(sys.argv[2]))\n"
    "app = create_app(settings, sys.argv[1], validate_on_start=False)\n"
    "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[2]), log_level='warning', access_log=False,\n"
    "            server_header=False, **uvicorn_options(settings))\n"
)


def export_commit(ref: str, target: Path) -> Path:
    """The files of commit ``ref`` (``git archive``) in ``target``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def replace_section(path: Path, begin: str, end: str, section: str) -> None:
    """Put ``section`` (which starts with ``begin`` and ends with ``end``) in place of the marked
    section of ``path``, or at its end when it has none yet."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in text and end in text:
        text = text[: text.index(begin)] + section + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)

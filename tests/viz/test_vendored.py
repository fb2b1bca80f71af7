"""The network page's drawing library is vendored with its licences, not borrowed from another
package (installing jeugdgraph must not pull in pyvis and IPython)."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import jeugdgraph

VENDOR = Path(jeugdgraph.__file__).parent / "static" / "vendor" / "vis-network"


def test_vis_network_is_vendored_with_its_licences() -> None:
    names = {path.name for path in VENDOR.iterdir()}
    assert {"vis-network.min.js", "vis-network.min.css", "LICENSE-MIT", "LICENSE-APACHE-2.0"} <= names
    assert "MIT" in (VENDOR / "README.md").read_text(encoding="utf-8")


def test_installing_jeugdgraph_pulls_in_neither_pyvis_nor_ipython() -> None:
    requirements = importlib.metadata.requires("jeugdgraph") or []
    assert not [r for r in requirements if r.lower().startswith(("pyvis", "ipython"))]

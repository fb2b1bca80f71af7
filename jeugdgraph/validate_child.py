"""The start-up validation's own process: ``python -m jeugdgraph.validate_child STORE_DIR``.

It watches its parent before importing anything heavy, so it ends with the server whenever that
ends, and writes its verdict (conforms, violations) as one JSON line to stdout.
"""

from __future__ import annotations

import json
import sys

from .workers.parent_watch import exit_with_parent

if __name__ == "__main__":
    exit_with_parent()
    import pyoxigraph as ox

    from .validation import validate_store

    report = validate_store(ox.Store.read_only(sys.argv[1]))
    violations = 0 if report.conforms else len(report.violations())
    sys.stdout.write(json.dumps({"conforms": report.conforms, "violations": violations}) + "\n")

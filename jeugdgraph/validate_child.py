"""The start-up validation's own process: ``python -m jeugdgraph.validate_child STORE_DIR``.

It watches its parent before importing anything heavy, so it ends with the server whenever that
ends, and writes its verdict (status, violations, message) as one JSON line to stdout.
"""

from __future__ import annotations

import json
import sys

from .parent_watch import exit_with_parent

if __name__ == "__main__":
    exit_with_parent()
    from .server.readiness import validate_store_dir

    state = validate_store_dir(sys.argv[1])
    sys.stdout.write(json.dumps({"status": state.status, "violations": state.violations,
                                 "message": state.message}) + "\n")

"""``jeugdgraph serve``: run the server with uvicorn, building the seeds first when no store is given."""

from __future__ import annotations

import errno
import logging
import socket
import sys
import tempfile
from pathlib import Path

import uvicorn

from ..build import build_store
from ..errors import InputError
from ..settings import Settings
from .app import create_app
from .connections import uvicorn_options

log = logging.getLogger("jeugdgraph.server")


def configure_logging() -> None:
    """Access log lines are JSON already: write them as they are, one per line, to stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for name in ("jeugdgraph.access", "jeugdgraph.server", "jeugdgraph.audit"):
        logger = logging.getLogger(name)
        if not any(getattr(h, "_jeugdgraph", False) for h in logger.handlers):
            handler._jeugdgraph = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def check_port(host: str, port: int) -> None:
    """Refuse, in words, a port the server could not listen on."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind((host, port))
        except PermissionError:
            raise InputError(
                f"Poort {port} op {host} mag dit programma niet gebruiken (poorten onder 1024 vragen "
                f"beheerrechten). Kies een andere poort met --port 8001 of JEUGDGRAPH_PORT=8001."
            ) from None
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise InputError(
                    f"Poort {port} op {host} is al in gebruik (draait jeugdgraph daar al?). Stop het "
                    f"programma dat de poort gebruikt, of kies een andere poort met --port {port + 1} "
                    f"of JEUGDGRAPH_PORT={port + 1}."
                ) from None
            raise InputError(
                f"Op {host}:{port} kan de server niet luisteren ({exc.strerror}). Kies een ander adres "
                "met --host of een andere poort met --port."
            ) from None


def serve(settings: Settings, *, say=print) -> None:  # noqa: ANN001 - say: a print-like callable
    """Serve ``settings.store``; without one, build the seed documents into a temporary store that
    is removed when the server stops."""
    check_port(settings.host, settings.port)  # before a build that would be for nothing
    configure_logging()
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-serve-") as scratch:
        validation = None
        if settings.store is None:
            store_dir = Path(scratch) / "store"
            say(f"Geen store opgegeven: de seed-documenten uit {settings.seeds_dir} worden gebouwd "
                f"in {store_dir} …")
            report = build_store(
                [settings.seeds_dir], store_dir,
                reference_dir=settings.reference_dir, ontology_dir=settings.ontology_dir,
            )
            validation = report.validation
            say(f"{len(report.built)} documenten, {report.total_triples} triples in {report.seconds:.1f} s.")
            settings = settings.with_(store=str(store_dir))
        app = create_app(settings, validation=validation)
        base = f"http://{settings.host}:{settings.port}"
        say(f"Querypagina: {base}/  —  SPARQL: {base}/sparql  —  API: {base}/docs")
        uvicorn.run(app, host=settings.host, port=settings.port, access_log=False, log_level="info",
                    server_header=False, **uvicorn_options(settings))

"""Starting a real Virtuoso Open Source 7 (Debian package ``virtuoso-opensource-7``) on 127.0.0.1
for the tests: its own temporary database folder and virtuoso.ini, both ports on loopback, and
anonymous Graph Store writes allowed (it is a throw-away store)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import httpx
from liveserver import free_port

BINARY = "virtuoso-t"
ISQL = "isql-vt"
INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {db}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
MaxQueryMem = 500M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}/vsp
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DefaultGraph =
"""
GRANTS = (
    'GRANT SPARQL_UPDATE TO "SPARQL";'
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
    "GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO \"SPARQL\";"
    "GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO \"SPARQL\";"
)


def virtuoso_binary() -> str | None:
    return shutil.which(BINARY) if shutil.which(ISQL) else None


class VirtuosoServer:
    """``virtuoso-t +foreground`` with a database folder of its own; ``url`` is its HTTP root."""

    def __init__(self, binary: str, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vsp").mkdir(exist_ok=True)
        self.folder = folder
        self.sql_port = free_port()
        self.http_port = free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        ini = folder / "virtuoso.ini"
        ini.write_text(INI.format(db=folder, sql_port=self.sql_port, http_port=self.http_port))
        self.log = folder / "stdout.log"
        self._log_file = self.log.open("wb")
        self.process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)], cwd=folder,
            stdout=self._log_file, stderr=subprocess.STDOUT,
        )
        try:
            self._wait_until_up()
            self.isql(GRANTS)
        except Exception:
            self.stop()
            raise

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t stopped: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                answer = httpx.get(f"{self.url}/sparql", params={"query": "ASK {}"}, timeout=2)
                if answer.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError("virtuoso-t did not answer within 120 s")

    def isql(self, statements: str) -> str:
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
            capture_output=True, text=True, timeout=60, check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout}{done.stderr}")
        return done.stdout

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()

"""A real `newsgraph serve` process on a free port with its own embedded database."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pytest

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class LiveServer:
    """A running server process and where to reach it."""

    process: subprocess.Popen[bytes]
    base_url: str
    data_dir: Path
    log_path: Path

    def postgres_processes(self) -> list[psutil.Process]:
        """Postgres processes serving this server's data directory."""
        found = []
        for proc in psutil.process_iter(attrs=["name", "cmdline"]):
            cmdline = " ".join(proc.info["cmdline"] or [])
            if proc.info["name"] == "postgres" and str(self.data_dir) in cmdline:
                found.append(proc)
        return found

    def stop(self) -> int:
        """SIGTERM the server and wait for it to exit; returns its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                raise
        return int(self.process.returncode)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server shared by the tests that only read and post (stopped at the end)."""
    yield from run_server(tmp_path_factory.mktemp("live-data"))


@pytest.fixture
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of the test's own, for tests that stop it."""
    yield from run_server(tmp_path_factory.mktemp("own-data"))


def run_server(data_dir: Path) -> Iterator[LiveServer]:
    """Start `python -m service serve`, wait for /ready, stop it with SIGTERM at the end."""
    log_path = data_dir.parent / "server.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}
    env.pop("DATABASE_URL", None)
    env.update(
        NEWSGRAPH_DATA_DIR=str(data_dir),
        NEWSGRAPH_SEEDS_DIR=str(ROOT / "seeds"),
        NEWSGRAPH_LOG_LEVEL="warning",
    )
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "service", "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = LiveServer(process, f"http://127.0.0.1:{port}", data_dir, log_path)
    deadline = time.monotonic() + 240
    while True:
        if process.poll() is not None:
            pytest.fail(f"server exited early:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(server.base_url + "/ready", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            pytest.fail(f"server never became ready:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.5)
    try:
        yield server
    finally:
        server.stop()

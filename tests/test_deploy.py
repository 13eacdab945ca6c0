"""The Dockerfile and compose file, checked structurally (no Docker engine runs here)."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT


def _dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def test_dockerfile_is_multistage_slim_locked_and_non_root() -> None:
    text = _dockerfile()
    stages = re.findall(r"^FROM\s+(\S+)", text, re.MULTILINE)
    assert len(stages) >= 2 and all("slim" in image for image in stages)
    assert "--require-hashes" in text and "requirements.lock" in text
    users = re.findall(r"^USER\s+(\S+)", text, re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    assert re.search(r"^HEALTHCHECK .*\n?.*?/ready", text, re.MULTILINE | re.DOTALL)
    assert 'CMD ["newsgraph", "serve"]' in text
    for path in ("service", "migrations", "seeds"):
        assert f"COPY {path} " in text


def test_compose_waits_for_a_healthy_database() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    db, api = services["db"], services["api"]
    assert db["image"] == "postgres:17"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert any(v.endswith(":/var/lib/postgresql/data") for v in db["volumes"])
    assert api["depends_on"]["db"]["condition"] == "service_healthy"
    assert api["environment"]["DATABASE_URL"].startswith("postgresql://")
    assert "@db:5432/" in api["environment"]["DATABASE_URL"]
    assert "8000:8000" in api["ports"]
    assert "/ready" in " ".join(api["healthcheck"]["test"])
    assert api["command"] == ["newsgraph", "serve"]  # migrates and loads the seeds


def test_ci_runs_only_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    commands = [
        line
        for line in ci.splitlines()
        if line.strip() and not line.startswith(("#", "set ", "cd "))
    ]
    assert commands == ["make test"]
    assert "make test" in (ROOT / "README.md").read_text()

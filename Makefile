# The two commands of the README, and the bootstrap they share.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-12)

.PHONY: run test lint client lock venv clean

venv: $(STAMP)

# Installs exactly what requirements.lock pins (hashes checked), then the project itself.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required" if sys.version_info < (3, 11) else 0)'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: venv
	$(BIN)/newsgraph serve

test: venv
	$(BIN)/pytest

lint: venv
	$(BIN)/ruff check service tests bench clients/python/tests migrations
	$(BIN)/ruff format --check service tests bench clients/python/tests migrations
	$(BIN)/mypy

# Regenerates clients/python from the app's OpenAPI document.
client: venv
	$(BIN)/newsgraph openapi > /tmp/newsgraph-openapi.json
	rm -rf clients/python/newsgraph_client
	PATH=$(abspath $(BIN)):$$PATH $(BIN)/openapi-python-client generate --path /tmp/newsgraph-openapi.json \
		--output-path clients/python/newsgraph_client --meta none --overwrite

# Re-pins every dependency (needs the package index).
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) .data .pytest_cache .mypy_cache .ruff_cache

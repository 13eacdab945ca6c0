# syntax=docker/dockerfile:1
# Build stage: install exactly the locked dependencies into a virtualenv.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.lock ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --require-hashes --no-deps -r requirements.lock
COPY pyproject.toml README.md ./
COPY service ./service
COPY migrations ./migrations
COPY seeds ./seeds
RUN /opt/venv/bin/pip install --no-deps -e .

# Runtime stage: slim, non-root, only the venv and the app.
FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    NEWSGRAPH_HOST=0.0.0.0 \
    NEWSGRAPH_PORT=8000 \
    NEWSGRAPH_SEEDS_DIR=/app/seeds \
    NEWSGRAPH_DATA_DIR=/var/lib/newsgraph
RUN groupadd --system newsgraph && useradd --system --gid newsgraph --home /app newsgraph \
    && mkdir -p /var/lib/newsgraph && chown newsgraph:newsgraph /var/lib/newsgraph
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=newsgraph:newsgraph /app /app
WORKDIR /app
USER newsgraph
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=2).status != 200)"
CMD ["newsgraph", "serve"]

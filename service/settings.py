"""One frozen settings object, read from NEWSGRAPH_* environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Annotated, Any

import msgspec

Port = Annotated[int, msgspec.Meta(ge=0, le=65535)]
PositiveInt = Annotated[int, msgspec.Meta(ge=1)]


class SettingsError(ValueError):
    """A configuration value is missing or malformed."""


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Configuration of one newsgraph process; see the README's configuration table."""

    database_url: str | None = None
    data_dir: str = ".data"
    host: str = "127.0.0.1"
    port: Port = 8000
    api_key: str | None = None
    cursor_secret: str = "newsgraph-default-cursor-secret"
    seeds_dir: str = "seeds"
    pool_min_size: PositiveInt = 1
    pool_max_size: PositiveInt = 10
    statement_timeout_ms: PositiveInt = 10_000
    log_level: str = "info"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from the environment; fail fast on bad values."""
        env = os.environ if env is None else env
        raw: dict[str, Any] = {}
        for field in cls.__struct_fields__:
            value = env.get(f"NEWSGRAPH_{field.upper()}")
            if value is not None and value != "":
                raw[field] = value
        # The two standard variables that platforms set without our prefix.
        if env.get("DATABASE_URL"):
            raw["database_url"] = env["DATABASE_URL"]
        if env.get("PORT"):
            raw["port"] = env["PORT"]
        try:
            return msgspec.convert(raw, cls, strict=False)
        except msgspec.ValidationError as exc:
            raise SettingsError(f"invalid configuration: {exc}") from exc

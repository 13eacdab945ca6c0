"""Fixtures shared by tests/ and clients/python/tests/."""

pytest_plugins = ["tests.live_server"]

"""The ASGI app for external servers (`uvicorn service.asgi:app`), configured from the env."""

from service.app import create_app

app = create_app()

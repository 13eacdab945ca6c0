"""Opaque, signed keyset cursors and the list envelope."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

import msgspec

from service.errors import BadRequest

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(list[Any])


class CursorCodec:
    """Encodes a keyset position as an opaque token that clients cannot forge."""

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(secret.encode()).digest()

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:12]

    def encode(self, position: list[Any]) -> str:
        """Token for `position` (a list of JSON-able sort-key values)."""
        payload = _encoder.encode(position)
        token = base64.urlsafe_b64encode(self._sign(payload) + payload)
        return token.decode().rstrip("=")

    def decode(self, token: str, arity: int) -> list[Any]:
        """The position in `token`; BadRequest when it is malformed or was tampered with."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            signature, payload = raw[:12], raw[12:]
            if not hmac.compare_digest(signature, self._sign(payload)):
                raise ValueError("bad signature")
            position = _decoder.decode(payload)
            if len(position) != arity:
                raise ValueError("wrong arity")
        except (ValueError, msgspec.DecodeError) as exc:
            raise BadRequest("The cursor is not valid; start again from the first page.") from exc
        return position

"""A stand-in engine on a unix socket that answers /version and /info, for error paths."""

from __future__ import annotations

import json
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path


class _Handler(BaseHTTPRequestHandler):
    api_version = "1.12"

    def do_GET(self) -> None:
        body = json.dumps(
            {"ApiVersion": self.api_version, "Version": "0.0-fake", "MinAPIVersion": "1.12"}
            if "version" in self.path
            else {}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def address_string(self) -> str:
        return "unix"

    def log_message(self, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


@contextmanager
def fake_engine(path: Path, api_version: str = "1.12") -> Iterator[str]:
    """Serve until the block ends; yields the DOCKER_HOST to use."""
    handler = type("Handler", (_Handler,), {"api_version": api_version})
    server = _Server(str(path), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"unix://{path}"
    finally:
        server.shutdown()
        server.server_close()

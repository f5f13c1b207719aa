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


class _TCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


@contextmanager
def fake_engine(path: Path | None, api_version: str = "1.12") -> Iterator[str]:
    """Serve on a unix socket at `path` (None: TCP on 127.0.0.1) until the block ends; yields DOCKER_HOST."""
    handler = type("Handler", (_Handler,), {"api_version": api_version})
    server = _Server(str(path), handler) if path else _TCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"unix://{path}" if path else f"tcp://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

"""A unix-socket proxy in front of an engine that holds every request back for a while."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    try:
        while data := await reader.read(65536):
            if delay:
                await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


@contextmanager
def slow_engine(engine_socket: str, path: Path, delay: float = 1.0) -> Iterator[str]:
    """Serve `path`, forwarding to `engine_socket`, each request `delay` seconds late; yields DOCKER_HOST."""
    loop = asyncio.new_event_loop()

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        engine_r, engine_w = await asyncio.open_unix_connection(engine_socket)
        await asyncio.gather(_pump(client_r, engine_w, delay), _pump(engine_r, client_w, 0))

    server = loop.run_until_complete(asyncio.start_unix_server(handle, str(path)))
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"unix://{path}"
    finally:
        loop.call_soon_threadsafe(server.close)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)

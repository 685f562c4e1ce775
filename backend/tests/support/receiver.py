"""A real HTTP receiver for webhook tests: a threaded ``http.server`` on a free port of
127.0.0.1, recording every request and answering as the test says (a status, after a
delay: a delay longer than the sender's timeout is a timeout)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float

    def json(self) -> Any:
        return orjson.loads(self.body)


@dataclass(frozen=True)
class Answer:
    status: int = 204
    delay: float = 0.0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    # A batch of deliveries connects at once: more than the default backlog of 5.
    request_queue_size = 128


class Receiver:
    def __init__(self) -> None:
        self.received: list[Received] = []
        # What to answer each request (the test replaces it).
        self.answer: Callable[[Received], Answer] = lambda _: Answer()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/hooks/sales"

    def bodies(self) -> list[Any]:
        with self._lock:
            return [request.json() for request in self.received]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                request = Received(
                    path=self.path,
                    headers={key.lower(): value for key, value in self.headers.items()},
                    body=self.rfile.read(length),
                    at=time.monotonic(),
                )
                with receiver._lock:
                    receiver.received.append(request)
                answer = receiver.answer(request)
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    self.send_header("content-length", str(len(answer.body)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(answer.body)
                except OSError:  # the sender gave up waiting (a timeout under test)
                    pass

            def log_message(self, *_: Any) -> None:
                pass

        return Handler

    @contextmanager
    def running(self) -> Iterator[Receiver]:
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)

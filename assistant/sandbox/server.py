"""`SandboxServer`: the mailbox served over HTTP on loopback, as Gmail REST v1.

googleapiclient built with `rootUrl` pointing here sends JSON methods to
`/gmail/v1/users/{userId}/...`, uploads to `/upload/gmail/v1/...` and batches
to `/batch` (Gmail's documented batch path `/batch/gmail/v1` works too).
"""

from __future__ import annotations

import socket
import threading
import traceback
import urllib.parse
from collections.abc import Callable
from datetime import UTC
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from assistant.sandbox import batch, routes, uploads
from assistant.sandbox.call import Answer, Call
from assistant.sandbox.errors import REASONS, GmailApiError, unauthenticated
from assistant.sandbox.faults import DropConnection
from assistant.sandbox.state import SandboxMailbox

BATCH_PATHS = ("/batch", "/batch/gmail/v1")


class SandboxServer:
    """A Gmail-compatible HTTP server for one `SandboxMailbox`."""

    def __init__(self, mailbox: SandboxMailbox, host: str = "127.0.0.1", port: int = 0, *,
                 token_check: Callable[[str], bool] | None = None) -> None:
        self.mailbox = mailbox
        self.token_check = token_check
        self.sessions = uploads.UploadSessions()
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.sandbox = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The root URL to build the Gmail client with, e.g. "http://127.0.0.1:PORT/"."""
        host, port = self._httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}/"

    def start(self) -> SandboxServer:
        """Serve in a daemon thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                            name="gmail-sandbox", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, hang up on kept-alive connections and release the port."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.hang_up_all()
        self._httpd.server_close()

    def serve_forever(self) -> None:
        """Serve in the foreground until interrupted."""
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def authorized(self, authorization: str | None) -> bool:
        """Whether an Authorization header passes the token check (always, without one)."""
        if self.token_check is None:
            return True
        scheme, _, token = (authorization or "").partition(" ")
        return scheme.lower() == "bearer" and bool(token) and self.token_check(token.strip())


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    sandbox: SandboxServer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client hangs up mid-request (timeouts, dropped-connection tests)."""

    def hang_up_all(self) -> None:
        """Close every open connection, so a stopped server answers nobody (not even kept-alive ones)."""
        with self.connections_lock:
            connections, self.open_connections = set(self.open_connections), set()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 — stay quiet
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.open_connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.open_connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass  # the client is gone already

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def _serve(self, verb: str) -> None:
        sandbox = self.server.sandbox
        sandbox.mailbox.count_round_trip()
        body = self._read_body()
        try:
            answer = self._answer(sandbox, verb, body)
        except GmailApiError as error:
            answer = Answer.error(error)
        except DropConnection:
            self._drop()
            return
        except Exception:  # a sandbox bug: answer like Gmail's backend, keep the story in a file
            self._record_crash()
            answer = Answer.error(GmailApiError(500))
        try:
            self._send(answer)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up waiting (a timeout test)

    def _record_crash(self) -> None:
        log = self.server.sandbox.mailbox.directory / "server-errors.log"
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{self.command} {self.path}\n{traceback.format_exc()}\n")

    def _answer(self, sandbox: SandboxServer, verb: str, body: bytes) -> Answer:
        parsed = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
        override = self.headers.get("X-HTTP-Method-Override")
        if verb == "POST" and override:  # googleapiclient turns very long GETs into POSTs
            verb = override.upper()
            if "x-www-form-urlencoded" in (self.headers.get("Content-Type") or ""):
                query.update(urllib.parse.parse_qs(body.decode("latin-1"), keep_blank_values=True))
                body = b""
        if "upload_id" in query and verb == "PUT":  # session URLs need no credentials
            session = sandbox.sessions.get(query["upload_id"][0])
            if session is None:
                raise GmailApiError(404, "No such upload session.")
            return uploads.receive(sandbox.mailbox, session, self.headers.get("Content-Range"), body)
        authorization = self.headers.get("Authorization")
        if not sandbox.authorized(authorization):
            raise unauthenticated()
        if verb == "POST" and parsed.path.rstrip("/") in BATCH_PATHS:
            return batch.handle(sandbox.mailbox, self.headers.get("Content-Type") or "", body,
                                authorization, sandbox.authorized)
        route = routes.resolve(verb, parsed.path)
        if route is None:
            raise GmailApiError(404, "Not Found", reason="notFound")
        if routes.is_upload_path(parsed.path):
            return self._upload(sandbox, route, query, body, parsed.path)
        call = Call(route.method_id, route.path, query, uploads.json_body(body))
        status, document = routes.execute(sandbox.mailbox, route, call)
        return Answer.json(status, document)

    def _upload(self, sandbox: SandboxServer, route: routes.Route, query: dict[str, list[str]],
                body: bytes, path: str) -> Answer:
        upload_type = query["uploadType"][0] if query.get("uploadType") else None
        if upload_type == "resumable":
            call = Call(route.method_id, route.path, query, uploads.json_body(body))
            upload_id = sandbox.sessions.start(route, call, self.headers.get("X-Upload-Content-Length"),
                                               self.headers.get("X-Upload-Content-Type"))
            host = self.headers.get("Host") or sandbox.url.split("/")[2]
            location = f"http://{host}{path}?uploadType=resumable&upload_id={upload_id}"
            return Answer(200, {"Location": location, "Content-Length": "0"})
        metadata, media = uploads.simple_upload(upload_type, self.headers.get("Content-Type") or "", body)
        call = Call(route.method_id, route.path, query, metadata, media)
        status, document = routes.execute(sandbox.mailbox, route, call)
        return Answer.json(status, document)

    def _read_body(self) -> bytes:
        if (self.headers.get("Transfer-Encoding") or "").lower() == "chunked":
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        data = bytearray()
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                return bytes(data)
            data += self.rfile.read(size)
            self.rfile.readline()

    def _send(self, answer: Answer) -> None:
        self.send_response_only(answer.status, REASONS.get(answer.status))
        headers = dict(answer.headers)
        # Gmail dates every answer; clients read it to check their clock (the sandbox's clock here).
        headers.setdefault("Date", format_datetime(self.server.sandbox.mailbox.now().astimezone(UTC), usegmt=True))
        headers["Content-Length"] = str(len(answer.body))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if answer.body and self.command != "HEAD":
            self.wfile.write(answer.body)

    def _drop(self) -> None:
        """Close the connection without a word, like a network failure mid-request."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

"""Batch requests: many calls in one multipart/mixed HTTP request.

https://developers.google.com/gmail/api/guides/batch — each part is an
`application/http` request with a Content-ID; the answer has one part per
request, `Content-ID: <response-...>`, each a full HTTP response. At most 100
calls per batch. Every inner call is charged and faulted on its own: a 429 in
one part is that part's answer while the others succeed.
"""

from __future__ import annotations

import secrets
import urllib.parse
from collections.abc import Callable

from assistant.sandbox import multipart, routes
from assistant.sandbox.call import Answer, Call
from assistant.sandbox.errors import REASONS, GmailApiError, invalid, unauthenticated
from assistant.sandbox.rfc822 import split_head
from assistant.sandbox.state import SandboxMailbox
from assistant.sandbox.uploads import json_body

MAX_CALLS = 100


def handle(box: SandboxMailbox, content_type: str, body: bytes, outer_auth: str | None,
           authorized: Callable[[str | None], bool]) -> Answer:
    """Answer a whole batch request (DropConnection escapes when a part's fault drops it)."""
    boundary = multipart.boundary_of(content_type) if content_type.lower().startswith("multipart/") else None
    if boundary is None:
        raise invalid("Batch requests must be multipart/mixed.")
    parts = multipart.split(body, boundary)
    if len(parts) > MAX_CALLS:
        raise invalid(f"Too many requests in batch: {len(parts)}; the limit is {MAX_CALLS}.")
    answers = []
    running = box.batch_concurrency()
    for index, part in enumerate(parts):
        content_id = part.headers.get("Content-ID", "")
        # Gmail runs only so many parts of one batch at once; the rest answer 429 (ratelimit.py).
        answer = _one(box, part.content, outer_auth, authorized, beyond_concurrency=bool(running) and index >= running)
        answers.append(([("Content-Type", "application/http"), ("Content-ID", _response_id(content_id))],
                        _http_response(answer)))
    boundary_out = "batch_" + secrets.token_urlsafe(18)
    return Answer(200, {"Content-Type": f"multipart/mixed; boundary={boundary_out}"},
                  multipart.join(answers, boundary_out))


def _response_id(content_id: str) -> str:
    content_id = content_id.strip()
    if content_id.startswith("<"):
        return "<response-" + content_id[1:]
    return "response-" + content_id


def _one(box: SandboxMailbox, request: bytes, outer_auth: str | None,
         authorized: Callable[[str | None], bool], *, beyond_concurrency: bool = False) -> Answer:
    try:
        verb, target, headers, body = _parse_request(request)
        if not authorized(headers.get("authorization", outer_auth)):
            raise unauthenticated()
        parsed = urllib.parse.urlsplit(target)
        route = routes.resolve(verb, parsed.path)
        if route is None or routes.is_upload_path(parsed.path):
            raise GmailApiError(404, "Not Found", reason="notFound")
        call = Call(route.method_id, route.path, urllib.parse.parse_qs(parsed.query, keep_blank_values=True),
                    json_body(body))
        status, document = routes.execute(box, route, call, beyond_concurrency=beyond_concurrency)
        return Answer.json(status, document)
    except GmailApiError as error:
        return Answer.error(error)


def _parse_request(request: bytes) -> tuple[str, str, dict[str, str], bytes]:
    """(verb, path?query, lower-cased headers, body) of an application/http part."""
    line, _, rest = request.lstrip(b"\r\n").partition(b"\n")
    pieces = line.decode("latin-1").strip().split()
    if len(pieces) < 2:
        raise invalid("Malformed request in batch part.")
    if rest.startswith((b"\r\n", b"\n")):
        head, body = b"", rest.lstrip(b"\r\n")
    else:
        head, _, body = split_head(rest)
    headers = {}
    for header_line in head.decode("latin-1").splitlines():
        name, sep, value = header_line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers and headers["content-length"].isdigit():
        body = body[: int(headers["content-length"])]
    target = pieces[1]
    if "://" in target:  # an absolute URL: keep its path and query
        split = urllib.parse.urlsplit(target)
        target = split.path + ("?" + split.query if split.query else "")
    return pieces[0].upper(), target, headers, body


def _http_response(answer: Answer) -> bytes:
    lines = [f"HTTP/1.1 {answer.status} {REASONS.get(answer.status, 'Unknown')}"]
    headers = dict(answer.headers)
    headers.setdefault("Content-Type", "application/json; charset=UTF-8")
    headers["Content-Length"] = str(len(answer.body))
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + answer.body

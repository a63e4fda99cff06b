"""Gmail's search language (`q`), the operators a sync tool relies on.

https://support.google.com/mail/answer/7190 — terms are ANDed; `OR` and
`{a b}` make alternatives; `-term` negates; `( )` groups. Words match whole
words (Gmail does not match inside words); quoted phrases match consecutive
words. Dates in `after:`/`before:` are midnight Pacific time, as the API
guide warns (https://developers.google.com/gmail/api/guides/filtering);
epoch seconds are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

_TOKEN = re.compile(r'\s*(?:(?P<open>[({])|(?P<close>[)}])|(?P<term>-?(?:[\w.+\-]+:)?(?:"[^"]*"?|\([^()]*\)?|[^\s(){}"]+)))')
_WORD = re.compile(r"\w+", re.UNICODE)
_DURATION = re.compile(r"^(\d+)([dmy])$", re.IGNORECASE)
_DAYS = {"d": 1, "m": 30, "y": 365}
IN_LABELS = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "draft": "DRAFT", "spam": "SPAM",
             "trash": "TRASH", "starred": "STARRED", "important": "IMPORTANT", "chats": "CHAT"}
IS_LABELS = {"unread": "UNREAD", "starred": "STARRED", "important": "IMPORTANT"}
CATEGORIES = {"primary": "CATEGORY_PERSONAL", "social": "CATEGORY_SOCIAL", "promotions": "CATEGORY_PROMOTIONS",
              "updates": "CATEGORY_UPDATES", "forums": "CATEGORY_FORUMS"}


@dataclass
class Term:
    operator: str  # "" for a bare word or phrase
    value: str
    phrase: bool


@dataclass
class Node:
    kind: str  # "and", "or", "not"
    children: list[Query]


Query = Term | Node


@dataclass
class Candidate:
    """What a query looks at in one message."""

    fields: dict[str, Any]  # rfc822.SearchFields as a dict, plus "size"
    labels: list[str]
    internal_date: int  # ms since the epoch
    rfc822_id: str


def parse(q: str | None) -> Query:
    """The query as a tree (an empty query matches everything)."""
    tokens = [m for m in _TOKEN.finditer(q or "") if m.group().strip()]
    node, _ = _sequence(tokens, 0, closing=None)
    return node


def _sequence(tokens: list[re.Match], i: int, closing: str | None) -> tuple[Query, int]:
    items: list[Query] = []
    pending_or = False
    while i < len(tokens):
        token = tokens[i]
        if token.group("close"):
            return _group(items, closing), i + 1
        if token.group("term") in ("OR", "|"):
            pending_or, i = True, i + 1
            continue
        if token.group("term") == "AND":
            i += 1
            continue
        item, i = _item(tokens, i)
        if pending_or and items:
            prev = items.pop()
            item = Node("or", (prev.children if isinstance(prev, Node) and prev.kind == "or" else [prev]) + [item])
        pending_or = False
        items.append(item)
    return _group(items, closing), i


def _group(items: list[Query], closing: str | None) -> Query:
    return Node("or" if closing == "{" else "and", items)


def _item(tokens: list[re.Match], i: int) -> tuple[Query, int]:
    token = tokens[i]
    if token.group("open"):
        return _sequence(tokens, i + 1, closing=token.group("open"))
    text = token.group("term")
    if text == "-" and i + 1 < len(tokens) and tokens[i + 1].group("open"):  # -{a b}, -(a b)
        group, after = _item(tokens, i + 1)
        return Node("not", [group]), after
    if text.startswith("-") and len(text) > 1:
        return Node("not", [_term(text[1:])]), i + 1
    return _term(text), i + 1


def _term(text: str) -> Query:
    operator, _, value = text.partition(":") if re.match(r"^[\w.+\-]+:", text) else ("", "", text)
    operator = operator.lower()
    if value.startswith("(") and operator:  # subject:(a b) — every word, any order
        inner = parse(value.strip("()"))
        return _distribute(operator, inner)
    phrase = value.startswith('"')
    return Term(operator, value.strip('"'), phrase)


def _distribute(operator: str, query: Query) -> Query:
    if isinstance(query, Term):
        return Term(query.operator or operator, query.value, query.phrase)
    return Node(query.kind, [_distribute(operator, child) for child in query.children])


def mentions_spam_or_trash(query: Query) -> bool:
    """Whether the query asks for SPAM/TRASH itself (then they are not excluded)."""
    if isinstance(query, Node):
        return any(mentions_spam_or_trash(child) for child in query.children)
    return (query.operator in ("in", "label") and query.value.lower() in ("spam", "trash", "anywhere"))


def matches(query: Query, message: Candidate, *, account: str, now: datetime) -> bool:
    """Whether `message` satisfies `query`."""
    if isinstance(query, Node):
        results = (matches(child, message, account=account, now=now) for child in query.children)
        if query.kind == "not":
            return not all(results)
        return any(results) if query.kind == "or" else all(results)
    return _term_matches(query, message, account.lower(), now)


def _term_matches(term: Term, m: Candidate, account: str, now: datetime) -> bool:
    op, value, fields = term.operator, term.value, m.fields
    if op in ("from", "to", "cc", "bcc"):
        if value.lower() == "me":
            value = account
        haystack = {"from": fields["sender"], "to": fields["to"] + " " + fields["cc"]}.get(op, fields.get(op, ""))
        if op == "to":  # Gmail's to: also matches Cc and Bcc recipients
            haystack += " " + fields["bcc"]
        return _has_words(haystack, value, True)
    if op == "subject":
        return _has_words(fields["subject"], value, term.phrase)
    if op == "rfc822msgid":
        return m.rfc822_id.strip("<>").lower() == value.strip("<>").lower()
    if op in ("in", "label", "is", "category"):
        return _label_matches(op, value.lower(), m.labels)
    if op == "has":
        return value.lower() == "attachment" and bool(fields["filenames"])
    if op == "filename":
        return any(_has_words(name, value, True) or name.lower().endswith("." + value.lower())
                   for name in fields["filenames"])
    if op in ("after", "before", "newer_than", "older_than", "newer", "older"):
        return _date_matches(op, value, m.internal_date, now)
    if op in ("larger", "smaller"):
        size = _size(value)
        return fields["size"] > size if op == "larger" else fields["size"] < size
    words = value if not op else f"{op}:{value}"  # unknown operators are plain words in Gmail
    text = " ".join([fields["subject"], fields["text"], fields["sender"], fields["to"], fields["cc"],
                     " ".join(fields["filenames"])])
    return _has_words(text, words, term.phrase or bool(op))


def _has_words(haystack: str, needle: str, phrase: bool) -> bool:
    hay = [w.lower() for w in _WORD.findall(haystack)]
    words = [w.lower() for w in _WORD.findall(needle)]
    if not words:
        return False
    if not phrase:
        present = set(hay)
        return all(word in present for word in words)
    n = len(words)
    return any(hay[i:i + n] == words for i in range(len(hay) - n + 1))


def _label_matches(op: str, value: str, labels: list[str]) -> bool:
    if op == "in" and value == "anywhere":
        return True
    if op == "is" and value == "read":
        return "UNREAD" not in labels
    table = {"in": IN_LABELS, "is": IS_LABELS, "category": CATEGORIES}.get(op, {})
    wanted = table.get(value) or (value if op == "label" else None)
    if wanted is None:
        return False
    key = lambda name: re.sub(r"[\s/_]+", "-", name.lower())  # noqa: E731 — Gmail writes label names with dashes
    aliases = {key(wanted), key(IN_LABELS.get(value, wanted))}
    return any(key(label) in aliases for label in labels)


def _date_matches(op: str, value: str, internal_date: int, now: datetime) -> bool:
    if op in ("newer_than", "older_than", "newer", "older"):
        found = _DURATION.match(value)
        if not found:
            return False
        cutoff = now - timedelta(days=int(found.group(1)) * _DAYS[found.group(2).lower()])
        limit = int(cutoff.timestamp() * 1000)
        return internal_date > limit if op.startswith("newer") else internal_date < limit
    instant = _instant(value)
    if instant is None:
        return False
    return internal_date >= instant if op == "after" else internal_date < instant


def _instant(value: str) -> int | None:
    """ms since the epoch of an after:/before: value."""
    if value.isdigit():
        return int(value) * 1000
    found = re.match(r"^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$", value) or None
    if found:
        year, month, day = (int(x) for x in found.groups())
    else:
        found = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", value)
        if not found:
            return None
        month, day, year = (int(x) for x in found.groups())
    try:
        midnight = datetime(year, month, day, tzinfo=_pacific())
    except ValueError:
        return None
    return int(midnight.timestamp() * 1000)


def _pacific() -> Any:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Los_Angeles")
    except Exception:  # no tz database on this machine: standard time is close enough
        return timezone(timedelta(hours=-8))


def _size(value: str) -> int:
    found = re.match(r"^(\d+)([kmKM]?)$", value)
    if not found:
        return 0
    return int(found.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[found.group(2).lower()]

"""Automatic-answer signals from headers and subject (RFC 3834 and vendor habits).

An `Auto-Submitted: auto-replied` message is an answer *from a mailbox* (out
of office, ticket robot). `auto-generated` only says that software sent it —
applicant-tracking systems send their rejections that way — so it marks the
message as automated without calling it an auto-reply; the content decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr

from .lang import DECIDING, LANGUAGES, words
from .model import Evidence
from .rule import any_of

# Out-of-office subjects of every language folder (lang/<code>/__init__.py:
# autoreply_subjects): those of the languages decisions are read in are
# looked for first (their words are the ones quoted as evidence), then the
# others' and Lotus Notes' "AUTO:" prefix.
_AUTO_SUBJECT = re.compile(r"\b(?:" + words("autoreply_subjects", DECIDING) + r")\b", re.IGNORECASE)
_AUTO_SUBJECT_MORE = re.compile(
    r"\b(?:" + words("autoreply_subjects", tuple(lang for lang in LANGUAGES if not lang.decides)) + r")\b|^\s*auto:\s",
    re.IGNORECASE,
)
_NO_REPLY_SENDER = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|"
    r"mailer|auto[-_.]?confirm|automated|system)\b",
    re.IGNORECASE,
)
# Applicant-tracking and recruiting systems whose mail is software-sent.
_ATS_DOMAIN = re.compile(
    r"(?:"
    + any_of(
        r"greenhouse(?:-mail)?\.io|lever\.co|myworkday(?:jobs)?\.com|workday\.com|smartrecruiters\.com",
        r"icims\.com|taleo\.net|successfactors\.(?:com|eu)|jobvite\.com|ashbyhq\.com|recruitee\.com",
        r"personio\.(?:de|com)|workable(?:mail)?\.com|bamboohr\.com|teamtailor(?:-mail)?\.com|breezy\.hr",
        r"jazzhr\.com|applytojob\.com|pinpointhq\.com|comeet\.co|softgarden\.(?:io|de)",
        r"welcometothejungle\.com|join\.com|rippling\.com|dover\.com",
    )
    + r")$",
    re.IGNORECASE,
)


@dataclass
class HeaderSignals:
    """What the envelope says: an auto-reply, or merely software-sent mail."""

    auto_reply: list[Evidence] = field(default_factory=list)
    automated: list[str] = field(default_factory=list)
    mailing_list: bool = False
    bulk: bool = False  # Precedence: bulk or list — sent to many

    @property
    def auto_reply_weight(self) -> float:
        """The strongest single auto-reply signal (0 when there is none)."""
        return max((e.weight for e in self.auto_reply), default=0.0)


class Headers:
    """A message's top-level headers, decoded once.

    email.policy.default parses a header anew on every `get`, which dominated
    the classifier's run time; the raw values are decoded here instead.
    """

    def __init__(self, message: Message) -> None:
        self._values: dict[str, list[str]] = {}
        for name, value in message.raw_items():
            self._values.setdefault(name.lower(), []).append(_decode(str(value)))

    def get(self, name: str, default: str = "") -> str:
        """The first value of a header, decoded, or `default`."""
        values = self._values.get(name.lower())
        return values[0].strip() if values else default

    def get_all(self, name: str) -> list[str]:
        """Every value of a header, decoded."""
        return list(self._values.get(name.lower(), []))


def _decode(value: str) -> str:
    value = " ".join(value.split())  # unfold
    if any("\udc80" <= c <= "\udcff" for c in value):
        # Raw 8-bit UTF-8 in a header (RFC 6532), kept by the parser as surrogate escapes.
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # a malformed encoded word: keep it as it came
        return value


def header_signals(headers: Headers) -> HeaderSignals:
    """Auto-reply evidence from headers and subject, and automation hints."""
    signals = HeaderSignals()
    _auto_submitted(headers, signals)
    add = signals.auto_reply.append
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoreply-From", "X-Auto-Reply"):
        value = headers.get(name)
        if value and value.lower() not in ("no", "false", "0"):
            add(Evidence("auto_reply", 0.9, f"header {name}: {value[:40]}", "header",
                         rule="header.vendor_autoreply"))
    precedence = headers.get("Precedence").lower()
    if precedence == "auto_reply":
        add(Evidence("auto_reply", 0.9, "header Precedence: auto_reply", "header", rule="header.precedence"))
    elif precedence in ("bulk", "list", "junk"):
        signals.automated.append(f"header Precedence: {precedence}")
        signals.bulk = True
    _exchange_rules(headers, signals)
    found = _AUTO_SUBJECT.search(headers.get("Subject")) or _AUTO_SUBJECT_MORE.search(headers.get("Subject"))
    if found:
        add(Evidence("auto_reply", 0.85, f'subject "{found.group(0).strip()}"', "subject", rule="subject.auto_reply"))
    _sender_hints(headers, signals)
    return signals


# RFC 3834 names auto-replied, auto-generated and auto-notified; vacation
# programs also write their own values ("Vacation", "auto-replied (zimbra; vacation)").
_REPLIED_VALUE = re.compile(r"^(?:auto-replied|auto_reply|autoreply|vacation|out.?of.?office)", re.IGNORECASE)


def _auto_submitted(headers: Headers, signals: HeaderSignals) -> None:
    value = headers.get("Auto-Submitted").lower()
    if _REPLIED_VALUE.match(value):
        signals.auto_reply.append(Evidence("auto_reply", 0.9, f"header Auto-Submitted: {value[:40]}", "header",
                                           rule="header.auto_submitted"))
    elif value and value != "no":
        signals.automated.append(f"header Auto-Submitted: {value}")


def _exchange_rules(headers: Headers, signals: HeaderSignals) -> None:
    """Exchange marks what its inbox rules send (auto-replies among them) with
    X-MS-Exchange-Inbox-Rules-Loop and, for rule-generated mail,
    X-MS-Exchange-Generated-Message-Source; X-Auto-Response-Suppress is also on
    much ordinary mail. Each is a medium or weak sign that the wording must back
    unless they come together."""
    add = signals.auto_reply.append
    suppress = headers.get("X-Auto-Response-Suppress")
    if suppress:
        add(Evidence("auto_reply", 0.3, f"header X-Auto-Response-Suppress: {suppress}", "header",
                     rule="header.exchange_suppress"))
    if headers.get("X-MS-Exchange-Inbox-Rules-Loop"):
        add(Evidence("auto_reply", 0.6, "header X-MS-Exchange-Inbox-Rules-Loop (an inbox rule answered)", "header",
                     rule="header.exchange_rules_loop"))
    source = headers.get("X-MS-Exchange-Generated-Message-Source")
    if "mailbox rules" in source.lower() or "oof" in source.lower():
        add(Evidence("auto_reply", 0.6, f"header X-MS-Exchange-Generated-Message-Source: {source[:40]}", "header",
                     rule="header.exchange_generated"))


def _sender_hints(headers: Headers, signals: HeaderSignals) -> None:
    address = parseaddr(headers.get("From"))[1] or parseaddr(headers.get("Reply-To"))[1]
    local, _, domain = address.lower().partition("@")
    if _NO_REPLY_SENDER.match(local):
        signals.automated.append(f"no-reply sender {address}")
    if domain and any(_ATS_DOMAIN.search(d) for d in _domains(domain)):
        signals.automated.append(f"recruiting system {domain}")
    if headers.get("List-Unsubscribe") or headers.get("List-Id"):
        signals.automated.append("header List-Unsubscribe")
        signals.mailing_list = True


def _domains(domain: str) -> list[str]:
    """example.mail.greenhouse.io → every parent domain, for suffix matching."""
    parts = domain.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


# "Re:", "AW:", "WG:" of every language (lang/<code>/__init__.py: reply_prefixes, forward_prefixes).
_REPLY_PREFIX = re.compile(r"^\s*(?:" + words("reply_prefixes") + r")\s*:", re.IGNORECASE)
_PREFIXES = re.compile(
    r"^\s*(?:(?:" + words("reply_prefixes") + "|" + words("forward_prefixes") + r")\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)


def is_reply_subject(subject: str) -> bool:
    """True when the subject is the candidate's own, answered ('Re: …')."""
    return bool(_REPLY_PREFIX.match(subject))


def subject_core(subject: str) -> str:
    """The subject without reply/forward prefixes."""
    return _PREFIXES.sub("", subject)

"""Which application an incoming message belongs to (README.md "Which mail it reads").

Evidence, strongest first: the message is in a thread the tool started or
already linked; its In-Reply-To/References name one of the tool's messages; it
comes from an interviewer's address; from the company's own domain (never a
public webmail domain); from an applicant-tracking system and it names the
company or the position. A company name must match as whole words: "Acme"
never links "Acmeco".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import getaddresses, parseaddr

from assistant.domain.people import WEBMAIL_DOMAINS, domain_of

ATS_DOMAINS = frozenset({
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com", "workday.com",
    "myworkdayjobs.com", "ashbyhq.com", "icims.com", "smartrecruiters.com", "jobvite.com", "workablemail.com",
    "workable.com", "bamboohr.com", "taleo.net", "teamtailor.com", "teamtailor-mail.com", "recruitee.com",
    "personio.de", "personio.com", "breezy.hr", "jazzhr.com", "applytojob.com", "successfactors.com",
    "successfactors.eu", "sapsf.com", "oraclecloud.com", "rippling.com", "pinpointhq.com", "dover.com",
    "gem.com", "hirebridge.com", "paylocity.com", "ultipro.com", "ukg.com", "comeet.co", "join.com",
})
BOUNCE_SENDERS = ("mailer-daemon", "postmaster", "mail delivery subsystem", "mail delivery system")
_LEGAL = r"(?:inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|se|sa|sas|sarl|s\.a|bv|nv|plc|corp|corporation|co|company|group|holdings?)"
_RANKS = {"thread": 0, "references": 1, "interviewer": 2, "bounce": 2, "company_domain": 3, "ats": 4}


@dataclass(frozen=True)
class Candidate:
    """What matching knows of one application."""

    app_id: int
    company: str
    position: str
    interviewer_emails: frozenset[str]
    message_ids: frozenset[str]
    thread_ids: frozenset[str]
    interview_at: datetime
    active: bool = True

    @property
    def domains(self) -> frozenset[str]:
        return frozenset(d for d in (domain_of(e) for e in self.interviewer_emails) if d not in WEBMAIL_DOMAINS)


@dataclass(frozen=True)
class Match:
    app_id: int
    by: str


def message_ids_in(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


def company_pattern(company: str) -> re.Pattern[str]:
    """Whole-word match of the company's name, with or without its legal suffix."""
    words = re.sub(r"[^\w&'-]+", " ", company).split()
    while len(words) > 1 and re.fullmatch(_LEGAL, words[-1].lower().rstrip(".")):
        words.pop()
    core = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-]){core}(?![\w-])", re.IGNORECASE)


def names_company(candidate: Candidate, text: str) -> bool:
    return bool(text) and bool(company_pattern(candidate.company).search(text))


def names_position(candidate: Candidate, text: str) -> bool:
    position = re.escape(" ".join(candidate.position.split())).replace(r"\ ", r"\s+")
    return bool(text) and bool(re.search(rf"(?<!\w){position}(?!\w)", text, re.IGNORECASE))


def names(candidate: Candidate, text: str) -> bool:
    """Does `text` name the company or the position (as whole words)?"""
    return names_company(candidate, text) or names_position(candidate, text)


def company_slug(company: str) -> str:
    words = company_pattern(company).pattern
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\\s\+|\(\?.*?\)", "", words).lower())


def ats_names(candidate: Candidate, sender: str, text: str) -> bool:
    """ATS mail belongs to an application when it names the company. A position title alone is
    shared by thousands of employers, so it counts only when the ATS address carries the
    company's slug (acme.wd5.myworkday.com, acme@greenhouse.io)."""
    if names_company(candidate, text):
        return True
    slug = company_slug(candidate.company)
    return len(slug) >= 3 and slug in re.sub(r"[^a-z0-9@.]", "", sender) and names_position(candidate, text)


def is_ats(address: str) -> bool:
    domain = domain_of(address)
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def is_bounce_sender(from_header: str) -> bool:
    name, address = parseaddr(from_header)
    text = f"{name} {address}".lower()
    return any(marker in text for marker in BOUNCE_SENDERS)


def _pick(found: list[tuple[Candidate, str]], subject: str) -> Match | None:
    """The strongest evidence wins; among equals, the one the subject names, then the latest interview."""
    if not found:
        return None
    best = min(_RANKS[by] for _, by in found)
    tied = [(c, by) for c, by in found if _RANKS[by] == best]
    if len(tied) > 1:
        named = [(c, by) for c, by in tied if names(c, subject)]
        tied = named or tied
        tied.sort(key=lambda item: (item[0].active, item[0].interview_at), reverse=True)
    candidate, by = tied[0]
    return Match(candidate.app_id, by)


def match_message(headers: dict[str, str], thread_id: str, candidates: list[Candidate],
                  body_text: str | None = None) -> Match | None:
    """The application this message is about, or None. `headers` have lower-case names.

    ATS mail that names the company only in its body needs `body_text`;
    `needs_body` says when to fetch it.
    """
    sender = parseaddr(headers.get("from", ""))[1].lower()
    display = parseaddr(headers.get("from", ""))[0]
    subject = headers.get("subject", "")
    referenced = set(message_ids_in(headers.get("in-reply-to", "")) + message_ids_in(headers.get("references", "")))
    found: list[tuple[Candidate, str]] = []
    for c in candidates:
        if thread_id in c.thread_ids:
            found.append((c, "thread"))
        elif referenced & c.message_ids:
            found.append((c, "references"))
        elif sender in c.interviewer_emails:
            found.append((c, "interviewer"))
        elif sender and domain_of(sender) in c.domains:
            found.append((c, "company_domain"))
        elif sender and is_ats(sender) and ats_names(c, sender, f"{display}\n{subject}\n{body_text or ''}"):
            found.append((c, "ats"))
    return _pick(found, subject)


def needs_body(headers: dict[str, str]) -> bool:
    """Mail whose application can only be told from its body: ATS senders and delivery reports."""
    sender = parseaddr(headers.get("from", ""))[1].lower()
    return bool(sender) and (is_ats(sender) or is_bounce_sender(headers.get("from", "")))


def match_bounce(failed: list[str], original_id: str | None, candidates: list[Candidate]) -> Match | None:
    """A delivery report belongs to the application whose letter it returns."""
    for c in candidates:
        if original_id and original_id in c.message_ids:
            return Match(c.app_id, "bounce")
    failed_set = {a.lower() for a in failed}
    hits = [c for c in candidates if failed_set & c.interviewer_emails]
    hits.sort(key=lambda c: (c.active, c.interview_at), reverse=True)
    return Match(hits[0].app_id, "bounce") if hits else None


def recipients(headers: dict[str, str]) -> set[str]:
    return {a.lower() for _, a in getaddresses([headers.get("to", ""), headers.get("cc", "")]) if a}

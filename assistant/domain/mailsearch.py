"""Which Gmail searches find every new message that may belong to a tracked application.

The sync does not read every new message: mail outside the threads it knows is
narrowed with Gmail search (https://support.google.com/mail/answer/7190) to
what `matching.match_message` could link — mail from an interviewer's address
or the company's domain, applicant-tracking mail naming a tracked company, and
delivery reports. Each search is a superset of what matching accepts; matching
still decides. Long lists are split so that no query grows past `MAX_QUERY`
characters (a GET URL stays under the 2 KB the client sends as a GET).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from assistant.domain.matching import ATS_DOMAINS, Candidate, company_pattern, company_slug
from assistant.domain.people import WEBMAIL_DOMAINS, domain_of

MAX_QUERY = 1400
# Gmail's search index lags behind new mail (seconds usually, an hour reported).
# Every search reaches this far back before the previous one, and a message
# history named that no search has returned yet is looked for again after it.
SEARCH_LAG_ALLOWANCE = timedelta(hours=2)
BOUNCE_TERMS = ("from:mailer-daemon", "from:postmaster", 'from:"mail delivery"')


def sender_terms(candidates: list[Candidate]) -> list[str]:
    """`from:` terms for the companies' own domains and interviewers at public webmail."""
    terms: dict[str, None] = {}
    for c in candidates:
        for email in sorted(c.interviewer_emails):
            domain = domain_of(email)
            term = f"from:{email}" if domain in WEBMAIL_DOMAINS else f"from:{domain}"
            terms.setdefault(term, None)
    return list(terms)


def company_terms(candidates: list[Candidate]) -> list[str]:
    """Words that name each company: its name without legal suffix (a phrase) and its slug."""
    terms: dict[str, None] = {}
    for c in candidates:
        core = " ".join(company_pattern(c.company).pattern.replace(r"\s+", " ").split())
        name = re.sub(r"\\(.)", r"\1", core.removeprefix(r"(?<![\w-])").removesuffix(r"(?![\w-])")).replace('"', "")
        if name.strip():
            terms.setdefault(f'"{name.strip()}"', None)
        slug = company_slug(c.company)
        if len(slug) >= 3:
            terms.setdefault(slug, None)
    return list(terms)


def _alternatives(terms: list[str], room: int) -> list[str]:
    """`{a b c}` groups (Gmail's OR), each at most `room` characters."""
    groups: list[str] = []
    current: list[str] = []
    for term in terms:
        if current and len(" ".join(current + [term])) + 2 > room:
            groups.append("{" + " ".join(current) + "}")
            current = []
        current.append(term)
    if current:
        groups.append("{" + " ".join(current) + "}")
    return groups


def queries(candidates: list[Candidate], after: datetime) -> list[str]:
    """The searches for new mail since `after` (epoch seconds, exact) that may concern `candidates`."""
    since = f"after:{int(after.timestamp())}"
    room = MAX_QUERY - len(since) - 1
    found = [f"{group} {since}" for group in _alternatives(sender_terms(candidates) + list(BOUNCE_TERMS), room)]
    companies = company_terms(candidates)
    if companies:
        ats = "{" + " ".join(f"from:{d}" for d in sorted(ATS_DOMAINS)) + "}"
        for group in _alternatives(companies, room - len(ats) - 1):
            found.append(f"{ats} {group} {since}")
    return found


# Calendar invitations from companies not tracked yet (SPEC "Interviews as they come"):
# a calendar file (`filename:`, https://support.google.com/mail/answer/7190) or an
# interview in the subject (Outlook's calendar part has no file name), and an
# interview word anywhere; never the user's own mail (`-from:me`: their thank-you notes
# say "interview" too). Only these candidates are read; the invitation in them decides.
INVITATION_TERMS = ("filename:ics", "filename:vcs", "subject:interview", 'subject:"phone screen"', "subject:onsite")
INTERVIEW_TERMS = ("interview", "interviews", "screen", "screening", "onsite", '"on-site"', '"chat with"', "hiring",
                   "recruiter", "recruiting")


def invitation_query(after: datetime) -> str:
    """The search for calendar invitations that may be interviews, since `after` (epoch seconds, exact)."""
    return (f"{{{' '.join(INVITATION_TERMS)}}} {{{' '.join(INTERVIEW_TERMS)}}} "
            f"-from:me after:{int(after.timestamp())}")

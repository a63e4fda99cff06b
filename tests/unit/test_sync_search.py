"""The Gmail searches that narrow new mail, and the client's quota budget (pure parts)."""

from datetime import UTC, datetime

import pytest

from assistant.domain.mailsearch import MAX_QUERY, company_terms, queries, sender_terms
from assistant.domain.matching import Candidate
from assistant.gmail.pacing import Budget

SINCE = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def candidate(n, company="Acme Corp", emails=("pat.jones@acme.example",)):
    return Candidate(app_id=n, company=company, position="Data Engineer", interviewer_emails=frozenset(emails),
                     message_ids=frozenset(), thread_ids=frozenset(), interview_at=SINCE)


def test_company_domains_are_searched_and_webmail_interviewers_by_their_own_address():
    terms = sender_terms([candidate(1, emails=("pat.jones@acme.example", "sam.lee@acme.example", "kim@gmail.com"))])
    assert terms == ["from:kim@gmail.com", "from:acme.example"]


@pytest.mark.parametrize("company, expected", [
    ("Acme Corp", ['"Acme"', "acme"]),
    ("Northwind Analytics GmbH", ['"Northwind Analytics"', "northwindanalytics"]),
    ("AB", ['"AB"']),                                    # a two-letter slug would match too much
])
def test_ats_mail_is_narrowed_to_the_company_name_without_its_legal_suffix(company, expected):
    assert company_terms([candidate(1, company=company)]) == expected


def test_queries_cover_every_term_since_the_watermark_and_stay_short():
    many = [candidate(n, company=f"Company{n} Ltd", emails=(f"pat{n}@company{n}.example",)) for n in range(300)]
    found = queries(many, SINCE)
    text = " ".join(found)
    assert all(len(q) <= MAX_QUERY and q.endswith(f"after:{int(SINCE.timestamp())}") for q in found)
    assert all(f"from:company{n}.example" in text and f'"Company{n}"' in text for n in range(300))
    assert "from:mailer-daemon" in text and "from:greenhouse.io" in text


def test_the_budget_waits_until_the_oldest_spending_leaves_the_window():
    now, waits = [0.0], []

    def sleep(seconds):
        waits.append(seconds)
        now[0] += seconds

    budget = Budget(100, 10.0, sleep=sleep, clock=lambda: now[0])
    budget.spend(60)
    now[0] = 4.0
    budget.spend(40)
    assert waits == []
    budget.spend(20)                                     # waits for the 60 spent at 0 s to age out
    assert len(waits) == 1 and 10.0 <= now[0] <= 11.0

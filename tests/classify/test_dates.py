"""Return dates in out-of-office texts: 'back on X' is X, 'until X' is the next working day."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.classify.dates import return_date

SENT = date(2025, 11, 10)  # a Monday


@pytest.mark.parametrize("text,lang,expected", [
    ("I will be back on 16 November.", "en", date(2025, 11, 16)),
    ("Back in the office on Monday, November 17th.", "en", date(2025, 11, 17)),
    ("I'm out until Nov 14.", "en", date(2025, 11, 17)),          # Friday → back Monday
    ("I return on 12/1.", "en", date(2025, 12, 1)),               # US month/day
    ("Ich bin bis 20.11. nicht im Büro.", "de", date(2025, 11, 21)),
    ("Ab dem 24.11.2025 bin ich wieder erreichbar.", "de", date(2025, 11, 24)),
    ("Je suis absente, de retour le 3 décembre.", "fr", date(2025, 12, 3)),
    ("Absente jusqu'au 2 décembre inclus.", "fr", date(2025, 12, 3)),
    ("Estoy de vacaciones hasta el 14 de noviembre.", "es", date(2025, 11, 17)),
    ("Back on 5 January.", "en", date(2026, 1, 5)),                # year rolls over
    ("Back on 2026-01-07.", "en", date(2026, 1, 7)),
    ("I am out of the office with limited access to email.", "en", None),
])
def test_return_date(text, lang, expected):
    assert return_date(text, SENT, lang) == expected


def test_year_less_date_without_sent_date_is_unknown():
    assert return_date("Back on 16 November.", None) is None

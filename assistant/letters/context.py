"""What a letter is made of: who sends it, the resume attached, and everything its template may use."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Interviewer
from assistant.domain.people import salutation
from assistant.errors import InputError
from assistant.letters.mime import Attachment

if TYPE_CHECKING:
    from assistant.config import Profile
    from assistant.gmail.mailbox import Account
    from assistant.services.ports import Collaborators

# Gmail refuses messages over 25 MB; base64 makes an attachment about 4/3 larger.
MAX_RESUME_BYTES = 18 * 1024 * 1024
MEETING = {"phone": "speak with me on the phone", "video": "meet with me over video",
           "onsite": "meet with me in person"}


@dataclass(frozen=True)
class Sender:
    """Who the letters are from and how to reach them."""

    name: str
    email: str
    phone: str | None = None
    signature_html: str | None = None

    @property
    def contact(self) -> str:
        return " or ".join(part for part in (self.phone, self.email) if part)


def sender_for(profile: Profile, account: Account) -> Sender:
    """The candidate: name and phone from the config, address from the authorized account."""
    name = profile.name or account.display_name
    if not name:
        raise InputError("Letters need your full name; set it with `assistant config set name \"Your Full Name\"`.")
    return Sender(name=name, email=profile.email or account.email, phone=profile.phone,
                  signature_html=account.signature_html)


def load_resume(path_text: str | None) -> tuple[Attachment, str]:
    """The resume as an attachment and its SHA-256, or a clear error."""
    if not path_text:
        raise InputError("No resume to attach: give --resume PATH or set one with `assistant config set resume PATH`.")
    path = Path(path_text).expanduser()
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"The resume {path} is not a file.")
        if size > MAX_RESUME_BYTES:
            raise InputError(f"The resume {path} is {size / 1048576:.1f} MB; Gmail's limit allows at most "
                             f"{MAX_RESUME_BYTES // 1048576} MB once attached.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"The resume {path} does not exist.") from None
    except PermissionError:
        raise InputError(f"The resume {path} cannot be read (permission denied).") from None
    except OSError as exc:
        raise InputError(f"The resume {path} cannot be read ({exc.strerror or exc}).") from None
    if not data:
        raise InputError(f"The resume {path} is empty.")
    return Attachment(filename=path.name, data=data), hashlib.sha256(data).hexdigest()


def resume_digest(path_text: str) -> str | None:
    """The SHA-256 of the resume file as it is now, or None when it cannot be read."""
    try:
        return hashlib.sha256(Path(path_text).expanduser().read_bytes()).hexdigest()
    except OSError:
        return None


def long_date(instant: datetime, zone: ZoneInfo, today: datetime | None = None) -> str:
    """'Friday, December 4'; with the year when it is not the year of `today` (or no `today` is known)."""
    local = instant.astimezone(zone)
    text = f"{local:%A}, {local:%B} {local.day}"
    if today is None or today.astimezone(zone).year != local.year:
        text += f", {local.year}"
    return text


def letter_context(app: Application, person: Interviewer, sender: Sender, zone: ZoneInfo,
                   today: datetime | None = None, **extra: Any) -> dict[str, Any]:
    """Everything a template may use. Optional fields are None, never the string 'None'.

    `today` is when the letter is written: a date in another year shows its year.
    """
    hear_back = f"by {long_date(app.hear_back_by, zone, today)}" if app.hear_back_by else None
    return {
        "app": {
            "company": app.company, "position": app.position, "kind": app.kind,
            "detail": app.detail, "skill": app.skill, "missed": app.missed,
            "interview_date": long_date(app.interview_at, zone, today), "hear_back": hear_back,
        },
        "to": {"name": person.name, "first_name": person.first_name, "last_name": person.last_name,
               "title": person.title, "email": person.email},
        "me": {"name": sender.name, "email": sender.email, "phone": sender.phone},
        "salutation": salutation(person, app.tone),
        "signoff": "Sincerely," if app.tone == "formal" else "Best regards,",
        "meeting": MEETING.get(app.kind, "meet with me"),
        "contact": sender.contact,
        "update": None,
        "reply_subject": None,
        "deadline": None,          # expedite: the day the offer elsewhere must be answered by
        "round": 1,              # which interview of the application the letter is about
        "met_before": False,     # the person was met in an earlier round too: "meeting with me again"
        **extra,
    }


def sample_application() -> Application:
    """A fully filled-in application, to check that every template renders."""
    when = datetime(2026, 11, 17, 14, 0, tzinfo=UTC)
    return Application(
        company="Acme Corp", position="Customer Service Associate", interview_at=when,
        interviewers=(Interviewer(name="Pat Jones", email="pat.jones@acme.example", title="Ms.", id=1),),
        detail="hearing how your team handles peak season", skill="cut ticket backlog by 40%",
        missed="I can start in January", hear_back_by=when + timedelta(days=10), id=1, main_contact_id=1,
    )


def check_templates(runtime: Collaborators) -> list[str]:
    """Render every letter with a sample application; the errors, empty when all render."""
    app = sample_application()
    sender = Sender(name="Alex Candidate", email="alex@example.com", phone="+1 555 0100")
    errors = []
    for purpose in ("thank_you", "status_inquiry", "keep_on_file", "expedite"):
        context = letter_context(app, app.interviewers[0], sender, ZoneInfo("UTC"),
                                 update="I completed a certification", reply_subject="Re: Your application",
                                 deadline="Friday, December 4")
        try:
            runtime.templates.render(purpose, context)
        except InputError as exc:
            errors.append(exc.message)
    return errors

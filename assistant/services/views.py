"""The application as `list`, `show` and `export` present it (plain data, JSON-ready)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.domain.lifecycle import next_action, round_state_at, urgency
from assistant.domain.models import CONFIDENT, Application, Letter, Reply, Round
from assistant.domain.schedule import FollowUpRules
from assistant.domain.states import Label, Stage
from assistant.services.ports import Collaborators

if TYPE_CHECKING:
    from assistant.config import Profile


def rules_for(profile: Profile) -> FollowUpRules:
    """The user's follow-up settings as the domain's timing rules, their public holidays included (`config set holidays`)."""
    from assistant.adapters.public_holidays import holiday_predicate

    return FollowUpRules(after_days=profile.followup_after_days, timezone=profile.timezone,
                         window=FollowUpRules.parse_window(profile.followup_hours),
                         is_holiday=holiday_predicate(profile.holidays))


def signing_name(rt: Collaborators) -> str | None:
    """The name the letters sign with (`letters.context.sender_for`): `config set name`, else the Gmail
    account's display name (one read); None when neither is known or Gmail cannot be asked now."""
    from assistant.errors import AuthError, GmailError

    if rt.profile.name:
        return rt.profile.name
    try:
        return rt.mailbox.account().display_name
    except (AuthError, GmailError):
        return None   # `show` still works offline; the script then shows a placeholder


def draft_json(letter: Letter) -> dict[str, Any]:
    return {
        "draft_id": letter.draft_id, "message_id": letter.rfc_message_id or letter.tool_message_id,
        "thread_id": letter.thread_id, "to": letter.to_addr, "subject": letter.subject,
        "attachments": list(letter.attachments), "purpose": letter.purpose, "state": letter.state,
        "scheduled_for": letter.scheduled_for.isoformat() if letter.scheduled_for else None,
    }


def shown_by_default(row: dict[str, Any]) -> bool:
    """Whether `list` shows an application without --all: it is going on, or still wants something of the user."""
    if row["stage"] == Stage.CLOSED:
        return False
    return row["stage"] not in (Stage.REJECTED, Stage.OFFER) or row["next_action"]["kind"] != "none"


def summaries(rt: Collaborators, apps: list[Application]) -> list[dict[str, Any]]:
    """`summary` of many applications, their letters and replies read in two queries instead of two each."""
    letters: dict[int, list[Letter]] = {}
    for letter in rt.repo.letters():
        letters.setdefault(letter.application_id, []).append(letter)
    replies: dict[int, list[Reply]] = {}
    for reply in rt.repo.replies():
        replies.setdefault(reply.application_id, []).append(reply)
    rules = rules_for(rt.profile)
    return [summary(rt, app, letters.get(app.key, []), replies.get(app.key, []), rules) for app in apps]


def summary(rt: Collaborators, app: Application, letters: list[Letter] | None = None, replies: list[Reply] | None = None,
            rules: FollowUpRules | None = None) -> dict[str, Any]:
    repo = rt.repo
    letters = repo.letters(app.id) if letters is None else letters
    replies = repo.replies(app.id) if replies is None else replies
    doubtful = any(r.label == Label.REJECTION and r.confidence < CONFIDENT and not r.confirmed_label for r in replies)
    action = next_action(app, letters, rules or rules_for(rt.profile), rt.clock.now(),
                         doubtful_rejection=doubtful, answered=app.answered_at is not None)
    return {
        "id": app.id, "company": app.company, "position": app.position,
        "interview_at": app.interview_at.isoformat(), "stage": app.stage,
        "interviewers": [{"name": p.name, "email": p.email, "title": p.title, "bad_address": p.bad_address}
                         for p in app.interviewers],
        "next_action": {"kind": action.kind, "due": action.due.isoformat() if action.due else None,
                        "note": action.note},
        "kind": app.kind, "tone": app.tone, "no_follow_up": app.no_follow_up,
        "hear_back_by": app.hear_back_by.isoformat() if app.hear_back_by else None,
        "follow_up_by": app.follow_up_by, "contact_phone": app.contact_phone,
        "called_at": app.called_at.isoformat() if app.called_at else None, "call_note": app.call_note,
        "round": app.latest_round.number if app.latest_round else 1,
        "group": urgency(app.stage, action),
    }


def round_json(rnd: Round, letters: list[Letter], now: Any) -> dict[str, Any]:
    """SPEC `show` JSON `rounds`: number, start, kind, interviewers, state; plus its details and letters."""
    return {
        "number": rnd.number, "start": rnd.start.isoformat(), "kind": rnd.kind,
        "interviewers": [{"name": p.name, "email": p.email, "title": p.title} for p in rnd.interviewers],
        "state": round_state_at(rnd, now), "detail": rnd.detail, "skill": rnd.skill, "missed": rnd.missed,
        "hear_back_by": rnd.hear_back_by.isoformat() if rnd.hear_back_by else None,
        "debriefed_at": rnd.debriefed_at.isoformat() if rnd.debriefed_at else None,
        "letters": [draft_json(letter) for letter in letters if letter.round_id == rnd.id],
    }


def rounds_json(rt: Collaborators, app: Application, letters: list[Letter] | None = None) -> list[dict[str, Any]]:
    letters = rt.repo.letters(app.id) if letters is None else letters
    return [round_json(rnd, letters, rt.clock.now()) for rnd in app.rounds]


def detail(rt: Collaborators, app: Application) -> dict[str, Any]:
    repo = rt.repo
    data = summary(rt, app)
    data.update(
        detail=app.detail, skill=app.skill, missed=app.missed, resume=app.resume_path,
        drafts=[draft_json(letter) for letter in repo.letters(app.id)],
        rounds=rounds_json(rt, app),
        replies=[{"message_id": r.rfc_message_id, "gmail_id": r.gmail_message_id, "from": r.sender,
                  "subject": r.subject, "received_at": r.received_at.isoformat(), "label": r.effective_label,
                  "confidence": round(r.confidence, 2), "reasons": list(r.reasons), "matched_by": r.matched_by,
                  "confirmed": bool(r.confirmed_label)} for r in repo.replies(app.id)],
        events=[{"at": e.at.isoformat(), "kind": e.kind, "detail": e.detail} for e in repo.events(app.key)],
    )
    if app.follow_up_by == "phone":
        from zoneinfo import ZoneInfo

        from assistant.domain.phone import call_script

        data["call_script"] = call_script(app, signing_name(rt), ZoneInfo(rt.profile.timezone))
    return data

"""Calendar invitations through the real client (SPEC "Interviews as they come"): a tracked company's
invitation becomes the next round, is moved and cancelled; a new company's is listed and recorded with
`add --from-invite`; only candidates are read. Every scenario runs under the kind and the harsh sandbox."""

import json
from datetime import UTC, datetime

from invites import Event, goodtime, google_calendar, greenhouse, outlook
from world import incoming

RECORDED = "2026-11-20T16:00:00+01:00"
THANKED = "2026-11-20T18:00:00+01:00"
NEXT_DAY = "2026-11-21T09:00:00+01:00"


def rounds(world, app_id=1, now="2026-11-25T09:00:00+01:00"):
    """(number, start in UTC, state, interviewers' addresses) of each round, as `show --json` gives them."""
    shown = json.loads(world.ok("show", str(app_id), "--json", now=now).stdout)["rounds"]
    return [(r["number"], datetime.fromisoformat(r["start"]).astimezone(UTC).strftime("%m-%d %H:%M"), r["state"],
             [p["email"] for p in r["interviewers"]]) for r in shown]


def stage(world, app_id=1):
    return json.loads(world.ok("show", str(app_id), "--json").stdout)["stage"]


def sync(world, now, *args):
    return json.loads(world.ok("sync", "--json", "--no-input", *args, now=now).stdout)


def tracked(world):
    """Application 1: Acme Corp, interviewed by Pat Jones, thank-you notes sent."""
    world.add("--when", "2026-11-20 14:00", now=RECORDED)
    world.send_all_drafts()
    sync(world, THANKED)


def second_round(**kw) -> Event:
    kw.setdefault("summary", "Acme Corp: second interview")
    kw.setdefault("start", "2026-12-01 14:00")
    kw.setdefault("attendees", [("Pat Jones", "pat.jones@acme.example"), ("Sam Lee", "sam.lee@acme.example")])
    return Event(**kw)


def test_an_invitation_from_a_tracked_interviewer_becomes_the_next_round_then_moves_then_is_cancelled(world):
    tracked(world)
    world.mailbox.deliver(google_calendar(second_round(), message_id="<inv-0@google.com>"))
    report = sync(world, NEXT_DAY)
    assert report["moved"] == ["application 1: a calendar invitation adds the next interview with Pat Jones, "
                               "Sam Lee on Tue 01 Dec 2026 14:00"]
    assert report["replies"] == [] and report["invitations"] == []
    people = ["pat.jones@acme.example", "sam.lee@acme.example"]
    assert rounds(world) == [(1, "11-20 13:00", "held", ["pat.jones@acme.example"]),
                             (2, "12-01 13:00", "upcoming", people)]
    assert stage(world) == "thank_you_drafted"     # its notes come after it
    events = json.loads(world.ok("show", "1", "--json", now=NEXT_DAY).stdout)["events"]
    assert {"kind": "round_recorded", "detail": "round 2: video interview from the calendar invitation "
            "\"Acme Corp: second interview\" (from one of its interviewers)"} in [
        {"kind": e["kind"], "detail": e["detail"]} for e in events]

    # The same revision again (a forwarded copy): nothing changes.
    world.mailbox.deliver(google_calendar(second_round(), message_id="<inv-0-again@google.com>"))
    assert sync(world, "2026-11-22T09:00:00+01:00")["moved"] == []

    world.mailbox.deliver(google_calendar(second_round(start="2026-12-02 10:00", sequence=1),
                                          message_id="<inv-1@google.com>"))
    moved = sync(world, "2026-11-23T09:00:00+01:00")["moved"]
    assert moved == ["application 1: the interview on Tue 01 Dec 2026 14:00 was moved to Wed 02 Dec 2026 10:00"]
    assert rounds(world)[1] == (2, "12-02 09:00", "upcoming", people)

    world.mailbox.deliver(google_calendar(second_round(start="2026-12-02 10:00", sequence=2, cancel=True),
                                          message_id="<inv-2@google.com>"))
    cancelled = sync(world, "2026-11-24T09:00:00+01:00")["moved"]
    assert cancelled == ["application 1: the interview on Wed 02 Dec 2026 10:00 was cancelled by its organizer"]
    assert [r[2] for r in rounds(world)] == ["held", "cancelled"]
    assert len(rounds(world)) == 2                   # the repeat made no third round
    assert stage(world) == "thanked"                 # back where round 1 left it: the inquiry follows it


def test_an_older_revision_arriving_late_never_moves_the_round_back(world):
    tracked(world)
    world.mailbox.deliver(google_calendar(second_round(start="2026-12-02 10:00", sequence=1),
                                          message_id="<inv-1@google.com>"))
    sync(world, NEXT_DAY)
    world.mailbox.deliver(google_calendar(second_round(), message_id="<inv-0@google.com>"))
    assert sync(world, "2026-11-22T09:00:00+01:00")["moved"] == []
    assert [r[1] for r in rounds(world)] == ["11-20 13:00", "12-02 09:00"]


def test_ats_and_scheduler_invitations_naming_the_company_become_rounds(world):
    tracked(world)
    world.mailbox.deliver(greenhouse(second_round(uid="gh-1@greenhouse.io", summary="Interview with Acme Corp"),
                                     company="Acme Corp", position="Data Engineer"))
    world.mailbox.deliver(goodtime(second_round(uid="gt-1@google.com", start="2026-12-03 11:00",
                                                summary="Acme Corp onsite: Data Engineer"), company="Acme Corp"))
    moved = sync(world, NEXT_DAY)["moved"]
    assert moved == ["application 1: a calendar invitation adds the next interview on Tue 01 Dec 2026 14:00",
                     "application 1: a calendar invitation adds the next interview on Thu 03 Dec 2026 11:00"]
    assert [(r[0], r[2], r[3]) for r in rounds(world)] == [(1, "held", ["pat.jones@acme.example"]),
                                                          (2, "upcoming", []), (3, "upcoming", [])]


def globex_invitation(**kw):
    kw.setdefault("summary", "Interview: Senior Analyst")
    kw.setdefault("start", "2026-12-04 09:30")
    kw.setdefault("uid", "040000008200E00074C5B7101A82E00800000000A1B2C3D4")
    kw.setdefault("organizer", ("Kim Ro", "kim.ro@globex.example"))
    kw.setdefault("attendees", [("Kim Ro", "kim.ro@globex.example"), (None, "dev.lead@globex.example")])
    return outlook(Event(**kw))


def test_an_invitation_from_a_new_company_is_listed_and_recorded_with_from_invite(world, tmp_path):
    tracked(world)
    eml = tmp_path / "globex-invitation.eml"
    eml.write_bytes(globex_invitation())
    world.ok("sandbox", "deliver", str(eml), now="2026-11-20T19:00:00+01:00")
    report = sync(world, NEXT_DAY)
    assert report["invitations"] == [{
        "number": 1, "company": "Globex", "position": "Senior Analyst", "summary": "Interview: Senior Analyst",
        "start": "2026-12-04T08:30:00+00:00",
        "attendees": [{"name": "Kim Ro", "email": "kim.ro@globex.example"},
                      {"name": "dev.lead@globex.example", "email": "dev.lead@globex.example"}],
    }]
    text = world.ok("sync", "--no-input", now="2026-11-21T10:00:00+01:00").stdout
    assert ("  ? invitation 1: \"Interview: Senior Analyst\" (Globex, Fri 04 Dec 2026 09:30); "
            "`assistant add --from-invite 1` records it\n") in text

    added = world.ok("add", "--from-invite", "1", "--interviewer", "Kim Ro <kim.ro@globex.example>",
                     "--interviewer", "Dana Lead <dev.lead@globex.example>", now="2026-11-21T10:05:00+01:00")
    assert added.stdout == (
        "Recorded application 2: Globex, Senior Analyst (video interview, Fri 04 Dec 2026, 09:30).\n"
        "The interview has not taken place yet: `assistant sync` asks for a debrief after it ends "
        "(Fri 04 Dec 2026, 10:15), then drafts the thank-you notes.\n")
    [(number, start, _, people)] = rounds(world, 2)    # whether `add` calls it upcoming is the rounds' business
    assert (number, start, people) == (1, "12-04 08:30", ["kim.ro@globex.example", "dev.lead@globex.example"])
    assert sync(world, "2026-11-21T11:00:00+01:00")["invitations"] == []
    # Kim moves the interview: the recorded round follows it.
    world.mailbox.deliver(globex_invitation(start="2026-12-07 15:00", sequence=1))
    moved = sync(world, "2026-11-22T11:00:00+01:00")["moved"]
    assert moved == ["application 2: the interview on Fri 04 Dec 2026 09:30 was moved to Mon 07 Dec 2026 15:00"]
    assert rounds(world, 2)[0][1] == "12-07 14:00"

    again = world.run("add", "--from-invite", "1", now="2026-11-21T11:05:00+01:00")
    assert again.exit_code == 1
    assert again.stderr == ("Error: Invitation 1 is already recorded as application 2; "
                            "`assistant show 2` shows it.\n")


def test_from_invite_with_an_unknown_number_is_one_sentence(world):
    result = world.run("add", "--from-invite", "7")
    assert result.exit_code == 1
    assert result.stderr == ("Error: There is no calendar invitation 7 to record; `assistant sync` lists them "
                             "with their numbers.\n")


def test_from_invite_asks_for_what_the_invitation_does_not_say(world):
    sync(world, RECORDED)    # the first sync only marks where reading starts
    world.mailbox.deliver(greenhouse(Event(summary="Phone screen", start="2026-12-04 09:30", uid="gh-9@greenhouse.io"),
                                     company="Initech", position="Data Engineer"))
    listed = sync(world, NEXT_DAY)["invitations"]
    assert [(i["number"], i["company"], i["position"]) for i in listed] == [(1, "Initech", None)]
    result = world.run("add", "--from-invite", "1", now="2026-11-21T10:00:00+01:00")
    assert result.exit_code == 1
    assert result.stderr == "Error: Invitation 1 does not say the position; give it with --position.\n"
    done = world.ok("add", "--from-invite", "1", "--position", "Data Engineer",
                    "--interviewer", "Sam Lee <sam.lee@initech.example>", now="2026-11-21T10:00:00+01:00")
    assert done.stdout.startswith("Recorded application 1: Initech, Data Engineer (phone interview, "
                                  "Fri 04 Dec 2026, 09:30).\n")


def test_a_cancelled_listed_invitation_is_no_longer_offered(world):
    sync(world, RECORDED)
    world.mailbox.deliver(globex_invitation())
    assert len(sync(world, NEXT_DAY)["invitations"]) == 1
    world.mailbox.deliver(globex_invitation(sequence=1, cancel=True))
    assert sync(world, "2026-11-22T09:00:00+01:00")["invitations"] == []
    result = world.run("add", "--from-invite", "1", now="2026-11-22T09:05:00+01:00")
    assert result.exit_code == 1
    assert result.stderr == "Error: Invitation 1 was cancelled by its organizer; there is no interview to record.\n"


def test_only_invitation_candidates_are_read_and_the_calendar_comes_with_that_read(world):
    tracked(world)
    # Not candidates: mail with nothing to do with applications, and a calendar invitation that is no interview.
    for n in range(30):
        world.mailbox.deliver(incoming(sender=f"News <news{n}@letters.example>", subject=f"Digest {n}",
                                       text="Ten things to read.", message_id=f"<noise-{n}@letters.example>"))
    world.mailbox.deliver(google_calendar(Event(summary="Dentist check-up", start="2026-12-01 08:00", uid="d-1@google.com",
                                                organizer=("Dr. Molar", "desk@dentist.example"),
                                                attendees=[("Dr. Molar", "desk@dentist.example")]),
                                          message_id="<dentist@google.com>"))
    world.mailbox.deliver(globex_invitation())
    world.mailbox.reset_stats()
    report = sync(world, NEXT_DAY)
    assert [i["number"] for i in report["invitations"]] == [1]
    methods = world.mailbox.stats()["by_method"]
    assert methods["gmail.users.messages.get"]["requests"] == 2, methods    # the invitation's headers, then the message
    assert "gmail.users.messages.attachments.get" not in methods
    assert report["messages_read"] == 1


def test_after_the_invited_round_ends_its_notes_go_to_the_people_the_invitation_named(world):
    tracked(world)
    world.mailbox.deliver(google_calendar(second_round()))
    sync(world, NEXT_DAY)
    before = sync(world, "2026-12-01T14:30:00+01:00")          # still going on: nothing yet
    assert before["drafts_created"] == [] and before["attention"] == []
    after = sync(world, "2026-12-01T16:00:00+01:00")
    assert [(a["application_id"], a["kind"]) for a in after["attention"]] == [(1, "debrief")]
    debriefed = json.loads(world.ok("debrief", "1", "--detail", "meeting the platform team", "--skill",
                                    "cut costs by 30%", "--json", now="2026-12-01T16:30:00+01:00").stdout)
    assert debriefed["round"] == 2
    assert [d["to"] for d in debriefed["drafts"]] == ["pat.jones@acme.example", "sam.lee@acme.example"]


NEW_COMPANY_SHAPES = {
    "google": (lambda: google_calendar(Event(summary="Interview: Platform Engineer", start="2026-12-04 09:30",
                                             uid="g-7@google.com", organizer=("Ana Ruiz", "ana.ruiz@umbrella-labs.example"),
                                             attendees=[("Ana Ruiz", "ana.ruiz@umbrella-labs.example")])),
               "Umbrella Labs", "Platform Engineer"),
    "outlook": (lambda: globex_invitation(), "Globex", "Senior Analyst"),
    "greenhouse": (lambda: greenhouse(Event(summary="Interview with Initech for the Data Engineer role",
                                            start="2026-12-04 09:30", uid="gh-7@greenhouse.io"),
                                      company="Initech", position="Data Engineer"), "Initech", "Data Engineer"),
    "goodtime": (lambda: goodtime(Event(summary="Hooli Interview: Platform Engineer", start="2026-12-04 09:30",
                                        uid="gt-7@google.com"), company="Hooli"), "Hooli", "Platform Engineer"),
}


def test_each_sender_s_invitation_from_a_new_company_is_listed_with_its_company_and_position(world):
    sync(world, RECORDED)
    for build, _, _ in NEW_COMPANY_SHAPES.values():
        world.mailbox.deliver(build())
    listed = sync(world, NEXT_DAY)["invitations"]
    assert sorted((i["company"], i["position"], i["start"]) for i in listed) == sorted(
        (company, position, "2026-12-04T08:30:00+00:00") for _, company, position in NEW_COMPANY_SHAPES.values())


def test_a_listed_invitation_can_be_the_next_round_of_a_tracked_application(world):
    tracked(world)
    world.mailbox.deliver(globex_invitation(summary="Acme Corp final interview"))   # Acme books from another domain
    assert [i["number"] for i in sync(world, NEXT_DAY)["invitations"]] == [1]
    added = world.ok("add", "--from-invite", "1", "--application", "1", "--json", "--interviewer",
                     "Kim Ro <kim.ro@globex.example>", "--interviewer", "Dana Lead <dev.lead@globex.example>",
                     now="2026-11-21T10:00:00+01:00")
    assert json.loads(added.stdout)["round"] == 2
    assert rounds(world)[1][1:] == ("12-04 08:30", "upcoming", ["kim.ro@globex.example", "dev.lead@globex.example"])
    world.mailbox.deliver(globex_invitation(summary="Acme Corp final interview", sequence=1, cancel=True))
    assert sync(world, "2026-11-22T09:00:00+01:00")["moved"] == [
        "application 1: the interview on Fri 04 Dec 2026 09:30 was cancelled by its organizer"]
    assert [r[2] for r in rounds(world)] == ["held", "cancelled"]


def test_from_invite_asks_for_the_name_of_an_attendee_the_invitation_gives_only_as_an_address(world):
    sync(world, RECORDED)
    world.mailbox.deliver(globex_invitation())    # dev.lead@globex.example has no CN: a greeting needs a name
    assert [i["number"] for i in sync(world, NEXT_DAY)["invitations"]] == [1]
    result = world.run("add", "--from-invite", "1", now="2026-11-21T10:00:00+01:00")
    assert result.exit_code == 1
    assert result.stderr == ("Error: Invitation 1 gives dev.lead@globex.example without a name; give every "
                             "interviewer with --interviewer \"Name <address>\".\n")
    assert json.loads(world.ok("list", "--json", now="2026-11-21T10:00:00+01:00").stdout) == []
    done = world.ok("add", "--from-invite", "1", "--interviewer", "Kim Ro <kim.ro@globex.example>",
                    "--interviewer", "Dana Lead <dev.lead@globex.example>", now="2026-12-04T12:00:00+01:00")
    assert "Dana Lead <dev.lead@globex.example>: \"Thank You – Senior Analyst Interview\"" in done.stdout

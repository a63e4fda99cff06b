"""Stress: add, respond and sync overlapping at many offsets during slow uploads make no duplicate (issue 10)."""

import time

from processes import copies, spawn, stage
from world import incoming

AFTER = "2026-11-20T16:00:00+01:00"
LATER = "2026-11-25T11:00:00+01:00"
REJECTION = "Unfortunately we have decided not to move forward with your application."


def rejected(world, company, person):
    world.add("--when", "2026-11-20 14:00", company=company, interviewers=(person,), now=AFTER)


def test_add_respond_and_sync_overlapping_at_many_offsets_make_every_letter_once(world):
    # Two rejected applications waiting for their keep-on-file replies.
    people = ("Pat Jones <pat@north.example>", "Kim Roe <kim@south.example>")
    for company, person in zip(("North Ltd", "South Ltd"), people, strict=True):
        rejected(world, company, person)
    world.send_all_drafts()
    world.ok("sync", "--no-input", now="2026-11-20T18:00:00+01:00")
    for n, (company, person) in enumerate(zip(("North Ltd", "South Ltd"), people, strict=True), start=1):
        address = person.split("<")[1].rstrip(">")
        world.mailbox.deliver(incoming(sender=person, subject=f"Decision {company}", text=REJECTION,
                                       message_id=f"<decision-{n}@{address.split('@')[1]}>"))
    world.ok("sync", "--no-input", now="2026-11-25T10:00:00+01:00")
    assert stage(world, 1) == stage(world, 2) == "rejected"

    # Every upload is slow; adds, responds and syncs start at staggered offsets and overlap.
    world.mailbox.inject_fault("gmail.users.drafts.create", delay=0.6, times=40)
    plan = [(0.0, "add", 1), (0.15, "sync", 0), (0.3, "respond", 1), (0.45, "sync", 0), (0.6, "add", 2),
            (0.75, "sync", 0), (0.9, "respond", 2), (1.05, "sync", 0), (1.2, "add", 3), (1.5, "sync", 0),
            (1.8, "add", 4), (2.1, "sync", 0)]
    started, running = time.monotonic(), []
    for offset, command, n in plan:
        time.sleep(max(0.0, started + offset - time.monotonic()))
        if command == "add":
            args = ["add", "--company", f"Co{n}", "--position", "Data Engineer", "--when", "2026-11-25 09:00",
                    "--interviewer", f"Ann Lee <ann@co{n}.example>", "--interviewer", f"Bo Kim <bo@co{n}.example>"]
        elif command == "respond":
            args = ["respond", str(n)]
        else:
            args = ["sync", "--no-input"]
        running.append((command, spawn(world, *args, now=LATER)))
    outcomes = [(command, process.wait(timeout=90), process.communicate()[1]) for command, process in running]
    for command, code, err in outcomes:
        # A sync may find another sync running and stop with its sentence; nothing else may fail.
        assert code == 0 or (command == "sync" and code == 1 and "Another `assistant sync` is running" in err), err
    stopped = sum(1 for command, code, _ in outcomes if code == 1)
    print(f"overlap: {len(outcomes)} processes ({sum(c == 'sync' for c, _, _ in outcomes)} syncs, "
          f"{stopped} stopped by the sync lock)")
    world.mailbox.clear_faults()
    world.ok("sync", "--no-input", now=LATER)

    made = copies(world)
    assert max(made.values()) == 1, made
    keep_on_file = [k for k in made if k[1].startswith("Re: Decision")]
    thank_yous = [k for k in made if k[1] == "Thank You – Data Engineer Interview"]
    assert len(keep_on_file) == 2 and len(thank_yous) == 2 + 8

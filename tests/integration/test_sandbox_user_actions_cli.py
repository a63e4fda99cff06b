"""`assistant sandbox schedule / cancel-scheduled / edit / delete-draft / deliver --mbox`, as a user types them."""

from __future__ import annotations

import json

from world import incoming


def _dump(world) -> dict:
    return json.loads(world.ok("sandbox", "mailbox", "--json").stdout)


def test_schedule_moves_the_draft_out_of_drafts_until_its_time(world):
    world.add()
    (draft_id, _), = world.drafts()

    result = world.ok("sandbox", "schedule", draft_id, "--at", "2026-11-18T08:30:00+01:00")

    assert result.stdout.startswith(f"scheduled draft {draft_id} for 2026-11-18T08:30:00+01:00: message ")
    dump = _dump(world)
    assert dump["drafts"] == [] and [m["labels"] for m in dump["messages"]] == [["SCHEDULED"]]
    # The next command at or after that time on the sandbox clock sees it sent.
    world.ok("sandbox", "stats", now="2026-11-18T09:00:00+01:00")
    assert [m["labels"] for m in _dump(world)["messages"]] == [["SENT"]]


def test_cancel_scheduled_gives_the_message_back_as_a_new_draft(world):
    world.add()
    (draft_id, _), = world.drafts()
    world.ok("sandbox", "schedule", draft_id, "--at", "2026-11-18T08:30:00+01:00")
    message_id = _dump(world)["messages"][0]["id"]

    result = world.ok("sandbox", "cancel-scheduled", message_id)

    (new_id, _), = world.drafts()
    assert new_id != draft_id
    assert result.stdout == f"cancelled the scheduled send of {message_id}: it is draft {new_id} again\n"


def test_schedule_without_an_offset_or_of_an_unknown_draft_is_one_sentence(world):
    world.add()
    (draft_id, _), = world.drafts()
    naive = world.run("sandbox", "schedule", draft_id, "--at", "2026-11-18T08:30:00")
    assert naive.exit_code == 1
    assert naive.stderr == "Error: --at '2026-11-18T08:30:00' needs its UTC offset, e.g. 2026-11-18T08:30:00+01:00.\n"
    unknown = world.run("sandbox", "schedule", "r-nope", "--at", "2026-11-18T08:30:00+01:00")
    assert unknown.exit_code == 1
    assert unknown.stderr == "Error: There is no draft r-nope in the sandbox; `assistant sandbox mailbox` lists them.\n"
    nothing = world.run("sandbox", "cancel-scheduled", "0123456789abcdef")
    assert nothing.exit_code == 1 and "No message 0123456789abcdef is scheduled" in nothing.stderr


def test_edit_prints_the_draft_id_it_now_has_and_changes_the_letter(world):
    world.add()
    (draft_id, _), = world.drafts()
    rotates = json.loads(world.ok("sandbox", "quirks", "show", "--json").stdout)["edit_rotates_draft_id"]

    result = world.ok("sandbox", "edit", draft_id, "--subject", "Thanks again", "--append", "P.S. See you soon.",
                      "--json")

    edited = json.loads(result.stdout)
    assert (edited["draft_id"] != draft_id) is rotates
    (now_id, message), = world.drafts()
    assert now_id == edited["draft_id"] and message["Subject"] == "Thanks again"
    assert "P.S. See you soon." in message.get_body(("plain",)).get_content()
    plain = world.ok("sandbox", "edit", now_id, "--append", "One more line.")
    assert plain.stdout.strip() == world.drafts()[0][0]


def test_delete_draft_removes_it(world):
    world.add()
    (draft_id, _), = world.drafts()
    assert world.ok("sandbox", "delete-draft", draft_id).stdout == f"deleted draft {draft_id}\n"
    assert world.drafts() == []
    again = world.run("sandbox", "delete-draft", draft_id)
    assert again.exit_code == 1 and again.stderr.startswith(f"Error: There is no draft {draft_id} in the sandbox")


def test_deliver_takes_many_files_or_an_mbox_in_one_call(world, tmp_path):
    first, second = tmp_path / "a.eml", tmp_path / "b.eml"
    first.write_bytes(incoming(sender="a@x.example", subject="One", text="1", message_id="<1@x.example>"))
    second.write_bytes(incoming(sender="b@x.example", subject="Two", text="2", message_id="<2@x.example>"))
    files = world.ok("sandbox", "deliver", str(first), str(second)).stdout.splitlines()
    assert [line.split(":")[0] for line in files] == ["delivered a.eml", "delivered b.eml"]

    mbox = tmp_path / "many.mbox"
    mbox.write_bytes(b"".join(b"From sender@x.example Thu Nov 26 10:00:00 2026\n"
                              + incoming(sender="c@x.example", subject=f"M{n}", text="m",
                                         message_id=f"<m{n}@x.example>").replace(b"\r\n", b"\n") + b"\n"
                              for n in range(3)))
    lines = world.ok("sandbox", "deliver", "--mbox", str(mbox)).stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [f"delivered many.mbox #{n}" for n in (1, 2, 3)]
    assert len(_dump(world)["messages"]) == 5
    none = world.run("sandbox", "deliver")
    assert none.exit_code == 1
    assert none.stderr == "Error: Name the message files to deliver, or an mbox file with --mbox FILE.\n"

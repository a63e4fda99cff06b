"""The interactive `add` on a real terminal (a pty): every field of the letter, each answer checked as it is
typed (the resume first), the letter shown, a question before drafting, and status 130 on Ctrl-C."""

import json
import os
import pty
import select
import sys
import time

CTRL_C = b"\x03"


def converse(world, script, *args, command="add", now="2026-11-17T15:00:00+01:00"):
    """Run `assistant COMMAND ARGS` (default `add`) on a pty; answer each prompt in turn.

    `script` is a list of (words the prompt must contain, answer). Returns (exit status, everything shown).
    """
    env = {**os.environ, "ASSISTANT_HOME": str(world.home), "ASSISTANT_SANDBOX": "1",
           "ASSISTANT_NOW": now, "ASSISTANT_DEBUG": "", "COLUMNS": "200"}
    pid, fd = pty.fork()
    if pid == 0:   # the child: the real CLI, its stdin a terminal
        os.execve(sys.executable, [sys.executable, "-m", "assistant", command, *args], env)
    seen, since_answer, steps = b"", b"", list(script)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            since_answer += chunk
        prompt = since_answer.rstrip()
        if steps and prompt.endswith(b":") and not ready:
            expected, answer = steps.pop(0)
            last_line = prompt.splitlines()[-1].decode()
            assert expected in last_line, f"expected a prompt with {expected!r}, got {last_line!r}\n{seen.decode()}"
            os.write(fd, answer)
            since_answer = b""
    _, status = os.waitpid(pid, 0)
    assert not steps, f"unanswered: {steps}\n{seen.decode(errors='replace')}"
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace").replace("\r\n", "\n")


def test_add_asks_for_every_field_checks_each_answer_shows_the_letter_and_asks_before_drafting(world, tmp_path):
    missing = tmp_path / "nowhere.pdf"
    status, shown = converse(world, [
        ("Resume to attach", str(missing).encode() + b"\n"),          # wrong: asked again at once
        ("Resume to attach", b"\n"),                                    # Enter: the resume setting
        ("Company", b"Acme Corp\n"),
        ("Position", b"Data Engineer\n"),
        ("Interviewer", b"Pat Jones <pat@acme>\n"),                     # wrong address: asked again
        ("Interviewer", b"Frau Dr. Pat Weber <pat@acme.example>\n"),
        ("Another interviewer", b"\n"),
        ("Interview start", b"2026-11-17 14:00\n"),
        ("Kind of interview", b"boat\n"),                               # not a kind: asked again
        ("Kind of interview", b"onsite\n"),
        ("What you enjoyed", b"hearing how your team plans peak season\n"),
        ("A skill or result", b"\n"),
        ("Something you forgot", b"\n"),
        ("hear back", b"in 2 weeks\n"),
        ("Tone", b"\n"),
        ("Follow up by email or phone?", b"\n"),                        # Enter: email
        ("Record the interview and create this draft in Gmail?", b"y\n"),
    ])
    assert status == 0, shown
    assert f"Error: There is no resume at {missing}" in shown or f"Error: The resume {missing}" in shown
    assert "Error: Invalid email address of interviewer Pat Jones: 'pat@acme'." in shown
    assert "Error: Invalid interview kind 'boat'; choose one of: phone, video, onsite." in shown
    assert "To: Frau Dr. Pat Weber <pat@acme.example>" in shown
    assert "Dear Dr. Weber," in shown and "hearing how your team plans peak season" in shown
    assert "Recorded application 1: Acme Corp, Data Engineer (onsite interview" in shown
    assert len(world.drafts()) == 1


def test_add_asks_how_they_asked_to_be_followed_up_and_the_number_for_a_call(world):
    status, shown = converse(world, [
        ("Company", b"Acme Corp\n"), ("Position", b"Sales Lead\n"),
        ("Interviewer", b"Ms. Pat Jones <pat@acme.example>\n"), ("Another interviewer", b"\n"),
        ("Interview start", b"\n"), ("Kind", b"\n"), ("What you enjoyed", b"\n"), ("A skill", b"\n"),
        ("Something you forgot", b"\n"), ("hear back", b"\n"), ("Tone", b"\n"),
        ("Follow up by email or phone? [email]", b"fax\n"),            # neither: asked again
        ("Follow up by email or phone?", b"phone\n"),
        ("Number to call", b"call me\n"),                               # no number: asked again
        ("Number to call", b"+1 555 0100\n"),
        ("Record the interview", b"y\n"),
    ], "--resume", str(world.resume))
    assert status == 0, shown
    assert "Error: 'fax' is neither email nor phone; answer email or phone." in shown
    assert "Error: 'call me' is not a phone number; write it with digits, e.g. +1 555 0100." in shown
    [app] = json.loads(world.ok("list", "--json").stdout)
    assert (app["follow_up_by"], app["contact_phone"]) == ("phone", "+1 555 0100")


def test_saying_no_before_drafting_records_nothing(world):
    status, shown = converse(world, [
        ("Company", b"Acme Corp\n"), ("Position", b"Data Engineer\n"),
        ("Interviewer", b"Ms. Pat Jones <pat@acme.example>\n"), ("Another interviewer", b"\n"),
        ("Interview start", b"\n"), ("Kind", b"\n"), ("What you enjoyed", b"\n"), ("A skill", b"\n"),
        ("Something you forgot", b"\n"), ("hear back", b"\n"), ("Tone", b"casual\n"),
        ("Follow up by", b"\n"), ("Record the interview", b"n\n"),
    ], "--resume", str(world.resume))
    assert status == 0, shown
    assert "Hi Pat," in shown
    assert "Nothing was recorded; run `assistant add` again when you are ready." in shown
    assert world.drafts() == [] and world.ok("list", "--json", "--all").stdout.strip() == "[]"


def test_ctrl_c_at_a_prompt_exits_130_and_records_nothing(world):
    status, shown = converse(world, [("Company", b"Acme Corp\n"), ("Position", CTRL_C)], "--resume", str(world.resume))
    assert status == 130, shown
    assert shown.rstrip().endswith("Stopped; nothing was recorded.")
    assert world.ok("list", "--json", "--all").stdout.strip() == "[]"

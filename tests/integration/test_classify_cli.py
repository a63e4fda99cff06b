"""`assistant classify FILE.eml…`."""

import json

from world import incoming


def test_classify_prints_label_confidence_and_evidence(world, tmp_path):
    rejection = tmp_path / "a.eml"
    rejection.write_bytes(incoming(sender="no-reply@greenhouse.io", subject="Your application to Acme",
                                   text="After careful consideration we have decided not to move forward "
                                        "with your application for the Data Engineer role."))
    ooo = tmp_path / "b.eml"
    ooo.write_bytes(incoming(sender="Pat <pat@acme.example>", subject="Automatic reply: Thank you",
                             text="I am out of the office until 7 December 2026 with limited access to email.",
                             headers={"Auto-Submitted": "auto-replied"}))
    results = json.loads(world.ok("classify", "--json", str(rejection), str(ooo)).stdout)
    assert [r["label"] for r in results] == ["rejection", "auto_reply"]
    assert all(0 <= r["confidence"] <= 1 and r["reasons"] for r in results)
    assert results[1]["return_date"].startswith("2026-12-0")
    human = world.ok("classify", str(rejection)).stdout
    assert human.startswith(f"{rejection}: rejection (")


def test_classify_refuses_a_missing_file(world, tmp_path):
    result = world.run("classify", str(tmp_path / "missing.eml"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: Cannot read")


def test_classify_json_reasons_name_their_rule_and_the_text_judged(world, tmp_path):
    reply = tmp_path / "reply.eml"
    reply.write_bytes(incoming(sender="Pat <pat@acme.example>", subject="Re: Thank you",
                               text="Unfortunately the position has been filled.\n\n"
                                    "On Mon, 9 Nov 2026 at 10:02, Jane Doe <jane@example.com> wrote:\n"
                                    "> Thank you for the interview.\n"))
    [result] = json.loads(world.ok("classify", "--json", str(reply)).stdout)
    assert result["label"] == "rejection"
    assert result["text"] == "Unfortunately the position has been filled."
    assert all(set(reason) == {"rule", "evidence"} and reason["rule"] for reason in result["reasons"])
    assert any(reason["rule"].startswith("en.rejection.") for reason in result["reasons"])


def test_classify_reports_an_unreadable_file_and_still_classifies_the_others(world, tmp_path):
    good = tmp_path / "good.eml"
    good.write_bytes(incoming(sender="Pat <pat@acme.example>", subject="Automatic reply: Thank you",
                              text="I am out of the office until 7 December 2026.",
                              headers={"Auto-Submitted": "auto-replied"}))
    missing = tmp_path / "missing.eml"
    result = world.run("classify", "--json", str(missing), str(good))
    assert result.exit_code == 1
    first, second = json.loads(result.stdout)
    assert first == {"file": str(missing), "error": f"Cannot read {missing} (No such file or directory)."}
    assert second["file"] == str(good) and second["label"] == "auto_reply"


def test_classify_refuses_a_file_over_gmails_35_mb_limit_and_reads_the_rest(world, tmp_path):
    huge = tmp_path / "huge.eml"
    with open(huge, "wb") as handle:
        handle.truncate(36 * 1024 * 1024)  # sparse: no real 36 MB written
    good = tmp_path / "good.eml"
    good.write_bytes(incoming(sender="Pat <pat@acme.example>", subject="Re: Thank you",
                              text="Unfortunately the position has been filled."))
    result = world.run("classify", str(huge), str(good))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: {huge} is 36 MB, larger than Gmail's 35 MB message limit; "
                                     "it cannot be a message from your mailbox.")
    assert result.stdout.startswith(f"{good}: rejection (")

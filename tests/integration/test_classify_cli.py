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

"""The OAuth client file: anything but a Desktop-app client is one sentence saying what to download."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from auth_helpers import token_file

WHAT_TO_DOWNLOAD = ('download a "Desktop app" OAuth client JSON from Google Cloud Console '
                    "→ Google Auth Platform → Clients")


def _installed(**changes: object) -> dict:
    installed = {"client_id": "1-abc.apps.googleusercontent.com", "client_secret": "GOCSPX-x",
                 "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                 "token_uri": "https://oauth2.googleapis.com/token"}
    installed.update(changes)
    return {"installed": {k: v for k, v in installed.items() if v is not None}}


BAD_FILES = {
    "malformed JSON": ('{"installed": {"client_id": ', "is not a JSON file"),
    "web client": (json.dumps({"web": _installed()["installed"]}), 'is a "Web application" OAuth client'),
    "service account": (json.dumps({"type": "service_account", "private_key": "x"}), "is not an OAuth client file"),
    "missing token_uri and auth_uri": (json.dumps(_installed(token_uri=None, auth_uri=None)), "lacks auth_uri, token_uri"),
    "a JSON list": ("[]", "is not an OAuth client file"),
}


@pytest.mark.parametrize("content, problem", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_wrong_client_file_is_one_sentence_saying_what_to_download(cli, tmp_path, assistant_home, content, problem):
    path = tmp_path / "client.json"
    path.write_text(content, encoding="utf-8")

    result = cli("auth", "--credentials", str(path))

    assert result.exit_code == 1
    first_line = result.stderr.splitlines()[0]
    assert first_line.startswith(f"Error: {path} ") or first_line.startswith(f"Error: The OAuth client file {path} ")
    assert problem in first_line and WHAT_TO_DOWNLOAD in first_line
    assert not (assistant_home / "config" / "credentials.json").exists()
    assert not token_file(assistant_home).exists()


def test_a_client_file_without_its_secret_says_it_is_shown_only_when_the_client_is_created(cli, tmp_path, assistant_home):
    path = tmp_path / "client.json"
    path.write_text(json.dumps(_installed(client_secret=None)), encoding="utf-8")

    result = cli("auth", "--credentials", str(path))

    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: The OAuth client file {path} has no client_secret, because Google shows a client's secret only "
        "in the dialog that appears when the client is created; create a new \"Desktop app\" client "
        "(or add a secret to this one), press Download JSON in that dialog and pass that file to "
        "`assistant auth --credentials FILE`.")
    assert not (assistant_home / "config" / "credentials.json").exists()

    (assistant_home / "config").mkdir(parents=True)
    (assistant_home / "config" / "credentials.json").write_text(path.read_text(), encoding="utf-8")
    doctor = cli("doctor")
    credentials_line = next(line for line in doctor.stdout.splitlines() if " credentials " in line)
    assert credentials_line.startswith("FAIL  credentials  The OAuth client file ")
    assert "has no client_secret, because Google shows a client's secret only in the dialog" in credentials_line


def test_a_missing_client_file_is_named(cli, tmp_path):
    result = cli("auth", "--credentials", str(tmp_path / "nowhere.json"))

    assert result.exit_code == 1
    assert f"Error: There is no OAuth client file at {tmp_path / 'nowhere.json'}; {WHAT_TO_DOWNLOAD}" in result.stderr


def test_an_unreadable_client_file_is_named(cli, tmp_path):
    folder = tmp_path / "client.json"
    folder.mkdir()   # reading it fails even for root, unlike a chmod 000 file

    result = cli("auth", "--credentials", str(folder))

    assert result.exit_code == 1
    assert f"Error: The OAuth client file {folder} cannot be read" in result.stderr
    assert WHAT_TO_DOWNLOAD in result.stderr


def test_auth_without_a_client_file_says_where_to_get_one(cli):
    result = cli("auth")

    assert result.exit_code == 1
    assert f"Error: No OAuth client file has been given yet; {WHAT_TO_DOWNLOAD}" in result.stderr
    assert "`assistant auth --credentials FILE`" in result.stderr


def test_the_example_client_file_is_a_valid_desktop_client_without_a_real_secret():
    from assistant.gmail.auth import read_client_file

    example = Path(__file__).resolve().parents[2] / "credentials.example.json"
    client = read_client_file(example)

    assert client.client_id.endswith(".apps.googleusercontent.com")
    assert client.token_uri == "https://oauth2.googleapis.com/token"
    assert "example" in client.installed["client_secret"].lower()

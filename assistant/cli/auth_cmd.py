"""`assistant auth / whoami / logout / doctor`: connect Gmail once, see it, drop it, check everything.

The OAuth work is in `assistant.gmail.auth` and `assistant.gmail.token_store`,
what whoami and doctor find out in `assistant.services.doctor` (all imported
inside the commands, so `assistant --help` never loads the Google libraries).
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.errors import GmailError, InputError

JSON = typer.Option(False, "--json", help="One JSON document on stdout.")


def register(app: typer.Typer) -> None:
    """Add the authorization commands to the root app."""
    app.command("auth")(auth)
    app.command("whoami")(whoami)
    app.command("logout")(logout)
    app.command("doctor")(doctor)


# ---- auth ----------------------------------------------------------------------
def auth(
    ctx: typer.Context,
    credentials: Path | None = typer.Option(
        None, "--credentials", metavar="FILE",
        help='The "Desktop app" OAuth client JSON downloaded from Google Cloud (copied into the config folder).'),
    no_browser: bool = typer.Option(
        False, "--no-browser", help="Print the sign-in address and paste back where the browser went (for SSH or servers)."),
) -> None:
    """Connect your Gmail account: sign in with Google once; the tool keeps the authorization fresh."""
    rt = runtime(ctx)
    if rt.sandbox:
        say("No authorization is needed in sandbox mode: the sandbox mailbox is local.")
        return
    from assistant.gmail import auth as gauth
    from assistant.gmail.token_store import save_new_token

    if credentials is not None:
        client = gauth.install_client_file(credentials, rt.paths)
        say(f"Saved the OAuth client as {rt.paths.credentials_file}.")
    else:
        client = gauth.stored_client(rt.paths)
    if no_browser or not gauth.browser_available():
        signed_in = _sign_in_by_pasting(gauth.PastedSignIn(client), explain_why=not no_browser)
    else:
        signed_in = gauth.sign_in_with_browser(client, show_url=_show_consent_url)
    record = save_new_token(signed_in, client, rt.paths, rt.clock)
    _report_new_authorization(rt, record["scopes"])


def _show_consent_url(url: str, opened: bool) -> None:
    if opened:
        say("Your browser was opened to sign in with Google. If it did not open, visit this address:")
    else:
        say("No browser could be opened; open this address yourself (or use `assistant auth --no-browser`):")
    say(url)
    say("Waiting for Google's answer…")


def _sign_in_by_pasting(sign_in: Any, explain_why: bool) -> Any:
    if explain_why:
        say("No web browser can be started here, so the sign-in goes by copy and paste.")
    say("1. Open this address in a browser on any device (a laptop or phone) and allow access:")
    say()
    say(sign_in.url)
    say()
    say("2. Google then sends that browser to an address starting with http://127.0.0.1: — "
        "the page will fail to load; that is expected.")
    say("3. Copy the whole address from the browser's address bar, paste it here and press Enter.")
    sys.stderr.write("Address: ")
    sys.stderr.flush()
    pasted = sys.stdin.readline()
    if not sys.stdin.isatty():
        say()   # the pasted line was not echoed: end the prompt's line
    if not pasted.strip():
        raise InputError("No address was pasted, so Gmail is not connected.", hint="Run `assistant auth --no-browser` again.")
    return sign_in.finish(pasted)


def _report_new_authorization(rt: Any, scopes: list[str]) -> None:
    from assistant.gmail import token_store

    try:
        say(f"Authorized: assistant can now use the Gmail account {rt.mailbox.account().email}.")
    except GmailError as error:
        say(f"The authorization is saved, but Gmail could not be reached to confirm it ({error.message}); "
            "`assistant doctor` checks again.")
    for scope in token_store.missing_scopes(scopes):
        say(f"Warning: Google did not grant {token_store.short_scope(scope)}, so {token_store.SCOPE_USES[scope]} "
            "will not work; run `assistant auth` again and tick every box on the consent screen.")
    say(f'If your Google Cloud app is in "Testing" status this authorization ends after 7 days; '
        f"see {token_store.SETUP_GUIDE}.")


# ---- whoami ----------------------------------------------------------------------
def whoami(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Show the authorized Gmail address, the granted scopes, and the token's age and state."""
    from assistant.services.doctor import identity

    _print_identity(identity(runtime(ctx)), as_json)


def _print_identity(identity: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(identity)
        return
    out(f"Address:  {identity['address']}")
    if identity["sandbox"]:
        out(f"State:    {identity['state']}")
        return
    from assistant.gmail.token_store import SCOPE_USES, short_scope

    scopes = ", ".join(short_scope(s) for s in identity["scopes"]) or "none"
    out(f"Scopes:   {scopes}")
    for scope in identity["missing_scopes"]:
        out(f"          missing {short_scope(scope)}: {SCOPE_USES[scope]} will not work")
    issued = identity["issued_at"] or "unknown"
    age = f" ({_age_words(identity['age_days'])})" if identity["age_days"] is not None else ""
    out(f"Issued:   {issued}{age}")
    state = identity["state"]
    if identity["refreshed"]:
        state += " (the access token was renewed just now)"
    out(f"State:    {state}")


def _age_words(days: float) -> str:
    if days < 1:
        return "today"
    whole = int(days)
    return f"{whole} day{'s' if whole != 1 else ''} ago"


# ---- logout -----------------------------------------------------------------------
def logout(ctx: typer.Context) -> None:
    """Revoke the Gmail authorization at Google (when reachable) and delete the stored token."""
    rt = runtime(ctx)
    if rt.sandbox:
        say("Nothing to do in sandbox mode: no authorization is stored for the sandbox.")
        return
    from assistant.gmail import auth as gauth
    from assistant.gmail.token_store import GOOGLE_PERMISSIONS_PAGE

    outcome = gauth.sign_out(rt.paths)
    if not outcome.had_token:
        say("No Gmail authorization is stored; nothing to do.")
    elif outcome.revoked:
        say("Revoked the authorization at Google and deleted the stored token.")
    else:
        say(f"Deleted the stored token, but revoking it failed ({outcome.problem}); to be sure, remove "
            f"assistant's access at {GOOGLE_PERMISSIONS_PAGE}.")


# ---- doctor -------------------------------------------------------------------------
def doctor(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Check everything a sync needs, one line each with the fix; exit 0 when nothing failed."""
    from assistant.services.doctor import run_checks

    checks = run_checks(runtime(ctx))
    if as_json:
        print_json({"ok": all(c.status != "fail" for c in checks), "checks": [asdict(c) for c in checks]})
    else:
        for c in checks:
            line = f"{c.status.upper():<5} {c.name:<12} {c.detail}"
            out(line + (f" — fix: {c.fix}" if c.fix else ""))
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(1)

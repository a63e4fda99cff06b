"""`assistant auth / whoami / logout / doctor`: connect Gmail once, see it, drop it, check everything.

The OAuth work is in `assistant.gmail.auth` (imported inside the commands,
so `assistant --help` never loads the Google libraries).
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.errors import AssistantError, GmailError, InputError

JSON = typer.Option(False, "--json", help="One JSON document on stdout.")
MAX_SKEW = timedelta(minutes=5)


def register(app: typer.Typer) -> None:
    """Add the authorization commands to the root app."""
    app.command("auth")(auth)
    app.command("whoami")(whoami)
    app.command("logout")(logout)
    app.command("doctor")(doctor)


def _short(scope: str) -> str:
    return scope.rsplit("/", 1)[-1]


# ---- auth ----------------------------------------------------------------------
def auth(
    ctx: typer.Context,
    credentials: Optional[Path] = typer.Option(
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

    if credentials is not None:
        client = gauth.install_client_file(credentials, rt.paths)
        say(f"Saved the OAuth client as {rt.paths.credentials_file}.")
    else:
        client = gauth.stored_client(rt.paths)
    if no_browser or not gauth.browser_available():
        signed_in = _sign_in_by_pasting(gauth.PastedSignIn(client), explain_why=not no_browser)
    else:
        signed_in = gauth.sign_in_with_browser(client, show_url=_show_consent_url)
    record = gauth.save_new_token(signed_in, client, rt.paths, rt.clock)
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
    from assistant.gmail import auth as gauth

    try:
        say(f"Authorized: assistant can now use the Gmail account {rt.mailbox.account().email}.")
    except GmailError as error:
        say(f"The authorization is saved, but Gmail could not be reached to confirm it ({error.message}); "
            "`assistant doctor` checks again.")
    for scope in gauth.missing_scopes(scopes):
        say(f"Warning: Google did not grant {_short(scope)}, so {gauth.SCOPE_USES[scope]} will not work; "
            "run `assistant auth` again and tick every box on the consent screen.")
    say(f'If your Google Cloud app is in "Testing" status this authorization ends after 7 days; '
        f"see {gauth.SETUP_GUIDE}.")


# ---- whoami ----------------------------------------------------------------------
def whoami(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Show the authorized Gmail address, the granted scopes, and the token's age and state."""
    rt = runtime(ctx)
    if rt.sandbox:
        email = rt.mailbox.account().email
        _print_identity({"address": email, "sandbox": True, "state": "sandbox (no authorization needed)"}, as_json)
        return
    from assistant.gmail import auth as gauth

    before = gauth.token_status(rt.paths, rt.clock)
    email = rt.mailbox.account().email          # refreshes the token when needed
    after = gauth.token_status(rt.paths, rt.clock)
    _print_identity({
        "address": email, "sandbox": False,
        "scopes": list(after.scopes), "missing_scopes": list(after.missing_scopes),
        "issued_at": after.issued_at.isoformat() if after.issued_at else None,
        "age_days": round(after.age.total_seconds() / 86400, 2) if after.age is not None else None,
        "state": before.state, "refreshed": after.expires_at != before.expires_at,
        "expires_at": after.expires_at.isoformat() if after.expires_at else None,
    }, as_json)


def _print_identity(identity: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(identity)
        return
    out(f"Address:  {identity['address']}")
    if identity["sandbox"]:
        out(f"State:    {identity['state']}")
        return
    from assistant.gmail import auth as gauth

    scopes = ", ".join(_short(s) for s in identity["scopes"]) or "none"
    out(f"Scopes:   {scopes}")
    for scope in identity["missing_scopes"]:
        out(f"          missing {_short(scope)}: {gauth.SCOPE_USES[scope]} will not work")
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

    outcome = gauth.sign_out(rt.paths)
    if not outcome.had_token:
        say("No Gmail authorization is stored; nothing to do.")
    elif outcome.revoked:
        say("Revoked the authorization at Google and deleted the stored token.")
    else:
        say(f"Deleted the stored token, but revoking it failed ({outcome.problem}); to be sure, remove "
            f"assistant's access at {gauth.GOOGLE_PERMISSIONS_PAGE}.")


# ---- doctor -------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """One line of `assistant doctor`."""

    name: str
    status: str          # "ok", "warn" (works today, act soon), "fail" or "skip"
    detail: str
    fix: str | None = None


def doctor(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Check everything a sync needs, one line each with the fix; exit 0 when nothing failed."""
    rt = runtime(ctx)
    checks = [check(rt) for check in _CHECKS]
    if as_json:
        print_json({"ok": all(c.status != "fail" for c in checks), "checks": [asdict(c) for c in checks]})
    else:
        for c in checks:
            line = f"{c.status.upper():<5} {c.name:<12} {c.detail}"
            out(line + (f" — fix: {c.fix}" if c.fix else ""))
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(1)


def _guarded(name: str) -> Callable[[Callable[[Any], Check]], Callable[[Any], Check]]:
    """Run a check; an AssistantError it raises is a failed line, with its hint as the fix."""

    def wrap(check: Callable[[Any], Check]) -> Callable[[Any], Check]:
        def run(rt: Any) -> Check:
            try:
                return check(rt)
            except AssistantError as error:
                return Check(name, "fail", error.message, error.hint)
        return run
    return wrap


def _sandboxed(name: str) -> Check:
    return Check(name, "skip", "sandbox mode: no authorization needed")


@_guarded("credentials")
def _check_credentials(rt: Any) -> Check:
    if rt.sandbox:
        return _sandboxed("credentials")
    from assistant.gmail import auth as gauth

    try:
        client = gauth.stored_client(rt.paths)
    except InputError as error:
        return Check("credentials", "fail", error.message, "assistant auth --credentials FILE")
    return Check("credentials", "ok", f"{rt.paths.credentials_file} (Desktop client {client.client_id})")


@_guarded("token")
def _check_token(rt: Any) -> Check:
    if rt.sandbox:
        return _sandboxed("token")
    from assistant.gmail import auth as gauth

    status = gauth.token_status(rt.paths, rt.clock)
    if status.state == "expired":
        return Check("token", "fail", "the stored token has expired and cannot be renewed", "assistant auth")
    detail = {"valid": "valid", "refreshable": "the access token expired; it renews on the next use"}[status.state]
    return Check("token", "ok", f"{detail} ({rt.paths.token_file})")


@_guarded("scopes")
def _check_scopes(rt: Any) -> Check:
    if rt.sandbox:
        return _sandboxed("scopes")
    if not rt.paths.token_file.exists():
        return Check("scopes", "skip", "no token yet")
    from assistant.gmail import auth as gauth

    status = gauth.token_status(rt.paths, rt.clock)
    if status.missing_scopes:
        lost = "; ".join(f"{_short(s)} ({gauth.SCOPE_USES[s]})" for s in status.missing_scopes)
        return Check("scopes", "fail", f"not granted: {lost}", "assistant auth, and tick every box on Google's consent screen")
    return Check("scopes", "ok", ", ".join(_short(s) for s in status.scopes))


@_guarded("token age")
def _check_token_age(rt: Any) -> Check:
    if rt.sandbox:
        return _sandboxed("token age")
    if not rt.paths.token_file.exists():
        return Check("token age", "skip", "no token yet")
    from assistant.gmail import auth as gauth

    status = gauth.token_status(rt.paths, rt.clock)
    if status.age is None:
        return Check("token age", "warn", "unknown (authorized by an older version)", "assistant auth")
    days = status.age.days
    if gauth.testing_expiry_warning(status.age):
        return Check("token age", "warn", f"{days} days: an app in \"Testing\" status loses it on day 7",
                     f"publish the app ({gauth.SETUP_GUIDE}) or run `assistant auth` again")
    if status.age >= gauth.TESTING_LIFETIME:
        return Check("token age", "ok", f"{days} days (older than 7 days, so the app is not in \"Testing\" status)")
    return Check("token age", "ok", f"{days} days")


@_guarded("clock")
def _check_clock(rt: Any) -> Check:
    if rt.sandbox:
        return Check("clock", "skip", "sandbox mode: the sandbox uses this computer's clock")
    from assistant.gmail import auth as gauth
    from assistant.gmail.service import GOOGLE_ROOT_URL

    root = (rt.environ.get("ASSISTANT_GMAIL_ENDPOINT") or GOOGLE_ROOT_URL).rstrip("/") + "/"
    candidates = [root + "gmail/v1/users/me/profile"]
    if rt.paths.token_file.exists():
        candidates.append(gauth.read_token(rt.paths).get("token_uri") or gauth.GOOGLE_TOKEN_URI)
    date, problem = None, None
    for url in candidates:
        try:
            date = gauth.server_date(url)
            break
        except GmailError as error:
            problem = error.message
    if date is None:
        return Check("clock", "skip", f"not checked: {problem}")
    skew = gauth.clock_skew(date, rt.clock.now())
    seconds = abs(skew.total_seconds())
    if abs(skew) > MAX_SKEW:
        direction = "ahead of" if skew.total_seconds() > 0 else "behind"
        return Check("clock", "warn", f"this computer's clock is {seconds / 60:.0f} minutes {direction} the server's",
                     "turn on automatic time (NTP) synchronisation")
    return Check("clock", "ok", f"within {max(1, round(seconds))} s of the server's")


@_guarded("gmail")
def _check_gmail(rt: Any) -> Check:
    account = rt.mailbox.account()
    where = "the sandbox" if rt.sandbox else "Gmail"
    return Check("gmail", "ok", f"{where} answers for {account.email}")


@_guarded("resume")
def _check_resume(rt: Any) -> Check:
    resume = rt.profile.resume
    if not resume:
        return Check("resume", "fail", "no resume is set", "assistant config set resume PATH")
    try:
        with open(resume, "rb") as handle:
            handle.read(1)
    except OSError as exc:
        return Check("resume", "fail", f"{resume} cannot be read ({exc.strerror or exc})",
                     "assistant config set resume PATH")
    return Check("resume", "ok", resume)


@_guarded("templates")
def _check_templates(rt: Any) -> Check:
    try:
        from assistant.services.drafting import check_templates
    except ImportError:
        return Check("templates", "skip", "this version cannot check templates")
    errors = check_templates(rt)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return Check("templates", "fail", errors[0] + more, "assistant templates edit NAME, then preview it")
    return Check("templates", "ok", "every letter renders")


_CHECKS = (_check_credentials, _check_token, _check_scopes, _check_token_age, _check_clock,
           _check_gmail, _check_resume, _check_templates)

"""`assistant templates list / show / edit / preview`: see and override the letters."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

import typer

from assistant.cli.common import out, runtime, say
from assistant.errors import InputError

app = typer.Typer(help="See and override the letters (Jinja2 templates).", no_args_is_help=True)


def _check_name(name: str) -> str:
    from assistant.letters.templates import LETTERS

    if name not in LETTERS:
        raise InputError(f"Unknown letter {name!r}; the letters are: {', '.join(LETTERS)}.")
    return name


@app.command("list")
def list_templates(ctx: typer.Context) -> None:
    """The letters, and whether you have overridden them."""
    from assistant.letters.templates import LETTERS, PARTS

    templates = runtime(ctx).templates
    for name in LETTERS:
        overridden = [part for part in PARTS if (templates.user_dir / name / part).exists()]
        state = f"overridden: {', '.join(overridden)}" if overridden else "built-in"
        out(f"{name:<16} {state}")
    say(f"Overrides live in {templates.user_dir}; `assistant templates edit NAME` creates them.")


@app.command("show")
def show(ctx: typer.Context, name: str = typer.Argument(..., help="thank_you, status_inquiry or keep_on_file")) -> None:
    """Print a letter's template files (the ones in use)."""
    from assistant.letters.templates import PARTS

    templates = runtime(ctx).templates
    for part in PARTS:
        path = templates.path_of(_check_name(name), part)
        out(f"==> {path} <==")
        out(path.read_text(encoding="utf-8").rstrip())
        out()


@app.command("edit")
def edit(ctx: typer.Context, name: str = typer.Argument(..., help="thank_you, status_inquiry or keep_on_file"),
         part: str = typer.Option("body.txt.j2", "--part", help="subject.txt.j2, body.txt.j2 or body.html.j2")) -> None:
    """Copy a letter into your overrides (once) and open it in $EDITOR; checked after you save."""
    from assistant.letters.context import check_templates
    from assistant.letters.templates import PARTS

    rt = runtime(ctx)
    if part not in PARTS:
        raise InputError(f"Unknown part {part!r}; the parts are: {', '.join(PARTS)}.")
    target = rt.templates.user_dir / _check_name(name) / part
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rt.templates.builtin_dir / name / part, target)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        out(str(target))
        say("No $EDITOR is set: edit the file above, then run `assistant templates preview NAME --id ID`.")
        return
    subprocess.run([*shlex.split(editor), str(target)], check=False)
    problems = check_templates(rt)
    for problem in problems:
        say(f"Warning: {problem}")
    if not problems:
        say(f"{target} renders. Preview it with `assistant templates preview {name} --id ID`.")


@app.command("preview")
def preview(ctx: typer.Context, name: str = typer.Argument(..., help="thank_you, status_inquiry or keep_on_file"),
            app_id: int | None = typer.Option(None, "--id", help="Render for this application (default: a sample)."),
            html: bool = typer.Option(False, "--html", help="Print the HTML body instead of the text.")) -> None:
    """Render a letter for an application, exactly as it would be drafted (nothing is sent or saved)."""
    from zoneinfo import ZoneInfo

    from assistant.letters.context import Sender, letter_context, sample_application

    rt = runtime(ctx)
    _check_name(name)
    application = rt.repo.application(app_id) if app_id is not None else sample_application()
    profile = rt.profile
    sender = Sender(name=profile.name or "Your Name", email=profile.email or "you@example.com", phone=profile.phone)
    person = application.main_contact
    if person is None:
        raise InputError(f"Application {app_id} has no interviewer to write to; add one with `assistant edit {app_id} --interviewer 'Name <email>'`.")
    context = letter_context(application, person, sender, ZoneInfo(profile.timezone), rt.clock.now(),
                             reply_subject="Re: Your application", update=None)
    letter = rt.templates.render(name, context)
    out(f"To: {person.display} <{person.email}>")
    out(f"Subject: {letter.subject}")
    out()
    out(letter.html if html else letter.text.rstrip())

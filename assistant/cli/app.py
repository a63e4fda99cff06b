"""The Typer root: global options and the command groups. It only composes."""

from __future__ import annotations

import typer

from assistant.cli import common

app = typer.Typer(
    cls=common.LazyCommands,
    help="Drafts your interview thank-you notes, status inquiries and keep-on-file replies in Gmail.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def root(
    ctx: typer.Context,
    sandbox: bool = typer.Option(False, "--sandbox", help="Use the local sandbox mailbox instead of Gmail (also ASSISTANT_SANDBOX=1)."),
) -> None:
    """assistant: the follow-up after a job interview, drafted in your own Gmail."""
    import logging
    import sys
    import warnings

    from assistant.wiring import Runtime

    # google.api_core warns on every import once Google stops supporting the running
    # Python version; the user's one-sentence errors must not drown under it, and
    # it is nothing the user can act on inside this tool (doctor's job, not every command's).
    warnings.filterwarnings("ignore", message=r".*Python version", category=FutureWarning, module=r"google\.")

    # The tool's own warnings (e.g. a token about to expire) go to stderr as plain sentences.
    log = logging.getLogger("assistant")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.WARNING)
        log.propagate = False
    ctx.obj = Runtime.from_environment(sandbox_flag=sandbox)
    ctx.call_on_close(ctx.obj.close)


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="assistant")
    except BrokenPipeError:   # the closed pipe noticed only when the output is flushed at the end
        try:
            common.reader_went_away()
        except typer.Exit as done:
            raise SystemExit(done.exit_code) from None

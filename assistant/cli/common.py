"""Shared CLI plumbing: the runtime from the context, output helpers, the error boundary."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from assistant.errors import AssistantError


def runtime(ctx: typer.Context) -> Any:
    """The Runtime the root callback stored (built lazily, closed when the command ends)."""
    root = ctx.find_root()
    if root.obj is None:
        from assistant.wiring import Runtime

        root.obj = Runtime.from_environment()
        root.call_on_close(root.obj.close)
    return root.obj


def say(message: str = "") -> None:
    """Progress and notices go to stderr; stdout is for data."""
    print(message, file=sys.stderr)


def out(message: str = "") -> None:
    print(message)


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def report_error(error: AssistantError) -> NoReturn:
    print(f"{error.prefix}{error.message}", file=sys.stderr)
    if error.hint:
        print(error.hint, file=sys.stderr)
    raise typer.Exit(error.exit_code)


class ErrorBoundary(TyperGroup):
    """The one place where errors become a message, a hint and an exit status."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as error:
            report_error(error)
        except KeyboardInterrupt:
            print("Interrupted; nothing half-done is left behind (run the command again).", file=sys.stderr)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as error:  # noqa: BLE001 - a bug: say so briefly, traceback on request
            if isinstance(error, typer.TyperException) or os.environ.get("ASSISTANT_DEBUG"):
                raise
            print(f"Error: an unexpected {type(error).__name__}: {error}", file=sys.stderr)
            print("This is a bug in assistant; set ASSISTANT_DEBUG=1 to see the traceback.", file=sys.stderr)
            raise typer.Exit(1) from None

"""Shared CLI plumbing: the runtime from the context, output helpers, the error boundary."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from typing import Any, NoReturn, cast

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

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


def _help_flag(option: Any) -> Any:
    """Typer's -h/--help flag defaults to None, and a None is coerced through pydantic, whose import
    costs every command about 40 ms; as False (what an absent flag means) typer skips that."""
    if option is not None:
        if option.default is None:
            option.default = False
        option.metavar = ""
    return option


# What `--help` shows after an option that names no metavar of its own: a word for the
# value, never typer's Python type names (`<str>`, `<list[str]>`); a flag shows nothing.
_METAVARS = {str: "TEXT", int: "N", float: "NUMBER"}


def tidy_metavars(command: Any) -> Any:
    """Give every option of `command` (and of its subcommands) a readable metavar; flags get none."""
    for param in getattr(command, "params", ()):
        if type(param) is TyperArgument:
            param.__class__ = _Argument
            continue
        if getattr(param, "param_type_name", "") != "option" or param.metavar is not None:
            continue
        annotation = param.type_descriptor.annotation
        if getattr(param, "is_flag", False) or annotation is bool:
            param.metavar = ""
        elif getattr(param.type_descriptor, "is_path", False):
            param.metavar = "PATH"
        else:
            inner = param.type_descriptor.annotation
            args = getattr(inner, "__args__", None)
            param.metavar = _METAVARS.get(args[0] if args else inner, "VALUE")
    if type(command) is TyperCommand:   # so its --help flag is tidy and quick too
        command.__class__ = QuickHelpCommand
    elif type(command) is TyperGroup:
        command.__class__ = ErrorBoundary
    for sub in getattr(command, "commands", {}).values():
        tidy_metavars(sub)
    return command


class _Argument(TyperArgument):
    """An argument whose --help line shows its name in capitals and no Python type after it."""

    @property
    def display_name_raw(self) -> str:
        return self.metavar if self.metavar is not None else (self.name or "").upper()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class QuickHelpCommand(TyperCommand):
    """A command whose --help flag shows no type and does not make typer import pydantic."""

    def get_help_option(self, ctx: Any) -> Any:
        return _help_flag(super().get_help_option(ctx))


def reader_went_away() -> NoReturn:
    """stdout's reader closed the pipe (`assistant list --json | head`): stop quietly, as Unix tools do.

    stdout is pointed at /dev/null first, so the interpreter's last flush cannot complain either
    (https://docs.python.org/3/library/signal.html#note-on-sigpipe).
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(141)   # 128 + SIGPIPE, what a shell reports for a process ended by a closed pipe


class ErrorBoundary(TyperGroup):
    """The one place where errors become a message, a hint and an exit status."""

    def get_help_option(self, ctx: Any) -> Any:
        return _help_flag(super().get_help_option(ctx))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as error:
            report_error(error)
        except BrokenPipeError:
            reader_went_away()
        except KeyboardInterrupt:
            print("Interrupted; nothing half-done is left behind (run the command again).", file=sys.stderr)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as error:  # noqa: BLE001 - a bug: say so briefly, traceback on request
            if isinstance(error, OSError) and error.filename:   # a file around the tool, not a bug in it
                report_error(AssistantError(
                    f"{error.filename} cannot be used ({error.strerror or error}); check that it exists and that "
                    "you may read and write it, or set ASSISTANT_HOME to a folder of your own."))
            if isinstance(error, typer.TyperException) or os.environ.get("ASSISTANT_DEBUG"):
                raise
            print(f"Error: an unexpected {type(error).__name__}: {error}", file=sys.stderr)
            print("This is a bug in assistant; set ASSISTANT_DEBUG=1 to see the traceback.", file=sys.stderr)
            raise typer.Exit(1) from None


# Each CLI module and the commands it adds, in the order `--help` lists them. Running one
# command imports only its module (startup stays near a bare Typer app's); `--help` or a
# name not in this table loads every module, so a command added elsewhere still works.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "interviews": ("add", "edit"),
    "show_cmd": ("show", "close"),
    "transfer_cmd": ("import", "export"),
    "list_cmd": ("list",),
    "delete_cmd": ("delete",),
    "config_cmd": ("config",),
    "templates_cmd": ("templates",),
    "sandbox_cmd": ("sandbox",),
    "auth_cmd": ("auth", "whoami", "logout", "doctor"),
    "sync_cmd": ("sync", "respond", "confirm"),
    "demo": ("demo",),
    "classify_cmd": ("classify",),
    "schedule_cmd": ("schedule",),
    "followup_ways_cmd": ("called", "expedite"),
    "debrief_cmd": ("debrief",),
}
GROUP_NAMES = {"config_cmd": "config", "templates_cmd": "templates", "sandbox_cmd": "sandbox"}


class LazyCommands(ErrorBoundary):
    """The root group: imports a command's module and builds that command only when it is asked for."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tidy_metavars(self)

    def _holder(self, module: str) -> typer.Typer | None:
        """A Typer holding one module's commands (None for an optional module left out of this build)."""
        holders: dict[str, typer.Typer | None] = self.__dict__.setdefault("_holders", {})
        if module not in holders:
            holder = typer.Typer()
            try:
                _register_module(holder, module)
                holders[module] = holder
            except ModuleNotFoundError as exc:
                if exc.name != f"assistant.cli.{module}":
                    raise
                holders[module] = None
        return holders[module]

    def _build(self, module: str, name: str | None = None) -> dict[str, Any]:
        """Click commands of `module`: only `name` when given (building every option of every command costs time)."""
        from typer.main import get_command_from_info, get_group

        holder = self._holder(module)
        if holder is None:
            return {}
        for info in holder.registered_commands:
            if name is not None and info.name == name:
                return {name: tidy_metavars(get_command_from_info(
                    info, pretty_exceptions_short=holder.pretty_exceptions_short,
                    rich_markup_mode=holder.rich_markup_mode))}
        return {key: tidy_metavars(command) for key, command in get_group(holder).commands.items()}

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        known = super().get_command(ctx, cmd_name)
        if known is not None:
            return known
        for module, names in COMMAND_MODULES.items():
            if cmd_name in names:
                found = self._build(module, cmd_name).get(cmd_name)
                if found is not None:
                    return found
        return self._every_command().get(cmd_name)

    def _every_command(self) -> dict[str, Any]:
        every = dict(self.commands)
        for module in (*COMMAND_MODULES, *_unlisted_modules()):
            every.update(self._build(module))
        return every

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self._every_command())

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        usage_error = cast(type[Exception], typer.BadParameter.__mro__[1])  # click's UsageError, which typer does not export
        try:
            return super().resolve_command(ctx, args)
        except usage_error:
            # A mistyped name: typer suggests from the commands built so far, so build them all.
            self.commands.update(self._every_command())
            return super().resolve_command(ctx, args)


# Modules of this package that hold no commands.
_NOT_COMMANDS = frozenset({"app", "common", "render", "add_prompts"})


def _unlisted_modules() -> list[str]:
    """Command modules added to this package but not yet to COMMAND_MODULES (they still work, found here)."""
    import pkgutil

    import assistant.cli

    found = []
    for info in pkgutil.iter_modules(assistant.cli.__path__):
        if info.name in COMMAND_MODULES or info.name in _NOT_COMMANDS or info.name.startswith("_"):
            continue
        module = __import__(f"assistant.cli.{info.name}", fromlist=["register"])
        if hasattr(module, "register"):
            found.append(info.name)
    return found


def _register_module(target: typer.Typer, name: str) -> None:
    """Add one CLI module's commands to `target` (a module without `register` is a command group)."""
    module = __import__(f"assistant.cli.{name}", fromlist=["register"])
    if hasattr(module, "register"):
        module.register(target)
    else:
        target.add_typer(module.app, name=GROUP_NAMES[name])

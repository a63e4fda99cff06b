"""Rendering the letters from Jinja2 templates: built-in ones, overridden per user.

Each letter is a folder with `subject.txt.j2`, `body.txt.j2` and
`body.html.j2`. The HTML body gets the text body's paragraphs, escaped, so the
two alternatives always say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import assistant
from assistant.errors import InputError

LETTERS = ("thank_you", "status_inquiry", "keep_on_file", "expedite")
PARTS = ("subject.txt.j2", "body.txt.j2", "body.html.j2")


def builtin_templates_dir() -> Path:
    """Inside the wheel the templates sit in the package; in a checkout, beside it."""
    packaged = Path(assistant.__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(assistant.__file__).parent.parent / "templates"


@dataclass(frozen=True)
class RenderedLetter:
    subject: str
    text: str
    html: str


def as_sentence(text: str, lead: str) -> str:
    """A whole sentence stays as written; a fragment follows `lead` and gets a full stop."""
    text = " ".join(str(text).split())
    if text[-1:] in ".!?":
        return text[0].upper() + text[1:]
    if len(text) > 1 and text[0].isupper() and text[1].islower() and not lead.endswith(","):
        text = text[0].lower() + text[1:]
    return f"{lead} {text}."


def tidy(text: str) -> str:
    """No gaps where optional fields were empty: trailing spaces, doubled spaces, runs of blank lines."""
    lines = [re.sub(r" {2,}", " ", line.strip()) for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


class LetterTemplates:
    """The Jinja2 environment: user overrides first, then the built-in letters."""

    def __init__(self, user_dir: Path) -> None:
        import jinja2

        self.user_dir = user_dir
        self.builtin_dir = builtin_templates_dir()
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([
                jinja2.FileSystemLoader(str(user_dir)), jinja2.FileSystemLoader(str(self.builtin_dir)),
            ]),
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
            keep_trailing_newline=False,
        )
        self.env.filters["as_sentence"] = as_sentence

    def path_of(self, letter: str, part: str) -> Path:
        """The file a part is read from: the user's override when there is one."""
        override = self.user_dir / letter / part
        return override if override.exists() else self.builtin_dir / letter / part

    def render(self, letter: str, context: dict[str, Any], signature_html: str | None = None) -> RenderedLetter:
        subject = " ".join(self._render(f"{letter}/subject.txt.j2", context).split())
        text = tidy(self._render(f"{letter}/body.txt.j2", context))
        paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
        html = self._render(f"{letter}/body.html.j2",
                            {**context, "paragraphs": paragraphs, "signature_html": signature_html})
        if not subject:
            raise InputError(f"The {letter} template renders an empty subject ({self.path_of(letter, 'subject.txt.j2')}).")
        if signature_html:
            text += "\n-- \n" + html_to_text(signature_html)
        return RenderedLetter(subject=subject, text=text, html=html.strip() + "\n")

    def _render(self, name: str, context: dict[str, Any]) -> str:
        import jinja2

        try:
            return self.env.get_template(name).render(context)
        except jinja2.TemplateSyntaxError as exc:
            where = f"{exc.filename or name}:{exc.lineno}"
            raise InputError(f"Template {where} has a syntax error: {exc.message}.") from None
        except jinja2.UndefinedError as exc:
            raise InputError(f"Template {_template_location(exc, name)} uses an unknown variable: {exc.message}.") from None
        except jinja2.TemplateNotFound as exc:
            raise InputError(f"Template {exc.name} is missing; `assistant templates list` shows the letters.") from None
        except jinja2.TemplateError as exc:
            raise InputError(f"Template {name} cannot be rendered: {exc}.") from None


def _template_location(exc: BaseException, name: str) -> str:
    """file:line of the template frame that raised (Jinja maps its tracebacks to template lines)."""
    tb, where = exc.__traceback__, name
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def html_to_text(html: str) -> str:
    """A signature's HTML as plain text (line breaks kept, tags dropped)."""
    from html import unescape

    text = re.sub(r"(?i)<br\s*/?>|</(div|p|li|tr)>", "\n", html)
    text = unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())

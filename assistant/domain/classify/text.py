"""The message's own new words: body part chosen, HTML reduced, quotes and signature removed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from email.message import EmailMessage, Message
from functools import cache

from assistant.text import html_to_text

from .quotes import forwarded_original, strip_quotes, strip_signature
from .rule import any_of

# Placeholders some senders put in text/plain when the real content is HTML.
_PLACEHOLDER = re.compile(
    r"(?:html|view (?:this|it) (?:email|message) in (?:your|a) (?:web )?browser|"
    r"your (?:email|mail) (?:client|program) does not support)",
    re.IGNORECASE,
)
_TYPE = re.compile(r"^\s*([\w.+-]+/[\w.+-]+)")
_CHARSET = re.compile(r"charset\s*=\s*\"?([\w.:+-]+)", re.IGNORECASE)


def raw_header(part: Message, name: str) -> str:
    """A header's raw value, without email.policy.default's costly parsing."""
    wanted = name.lower()
    for key, value in part.raw_items():
        if key.lower() == wanted:
            return str(value)
    return ""


def content_type(part: Message) -> str:
    """'text/plain' etc.; RFC 2045's default when the header is missing or broken."""
    found = _TYPE.match(raw_header(part, "Content-Type"))
    return found.group(1).lower() if found else "text/plain"


def part_text(part: Message) -> str:
    """A text part decoded to str, tolerating unknown or lying charsets."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return payload if isinstance(payload, str) else ""
    found = _CHARSET.search(raw_header(part, "Content-Type"))
    charset = found.group(1) if found else "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", errors="replace")


def _own_parts(message: Message) -> Iterator[Message]:
    """The message's body parts, not descending into attached messages."""
    if not message.is_multipart():
        yield message
        return
    for sub in message.get_payload():
        if not isinstance(sub, Message):
            continue
        if content_type(sub).startswith("message/"):
            continue  # an attached original (bounce, forward) is not ours
        if raw_header(sub, "Content-Disposition").strip().lower().startswith("attachment"):
            continue
        yield from _own_parts(sub)


def body_texts(message: Message) -> tuple[str | None, str | None]:
    """The first text/plain and text/html bodies of the message itself."""
    plain = html = None
    for part in _own_parts(message):
        kind = content_type(part)
        if kind == "text/plain" and plain is None:
            plain = part_text(part)
        elif kind == "text/html" and html is None:
            html = part_text(part)
    return plain, html


def own_text_of(plain: str | None, html: str | None) -> str:
    """The text without quoted material (signature still included)."""
    if plain is not None and _is_real_plain(plain, html):
        return strip_quotes(plain)
    if html is not None:
        return strip_quotes(html_to_text(html))
    return strip_quotes(plain or "")


def forwarded_text_of(plain: str | None, html: str | None, own: str, reader: str = "") -> str:
    """The forwarded original's text, when the message forwards one (quotes.forwarded_original)."""
    if plain is not None and _is_real_plain(plain, html):
        return forwarded_original(plain, own, reader)
    return forwarded_original(html_to_text(html) if html is not None else (plain or ""), own, reader)


def _is_real_plain(plain: str, html: str | None) -> bool:
    if html is None:
        return True
    stripped = plain.strip()
    return len(stripped) >= 40 or bool(stripped and not _PLACEHOLDER.search(stripped))


def new_text(message: EmailMessage | Message) -> str:
    """The message's own new text, without quoted text and signature."""
    return strip_signature(own_text_of(*body_texts(message)))


# A short "Label: value" line: up to three words, a colon, and a value of up to fifty characters.
_FIELD_LINE = re.compile(r"(?m)^ ?[^\W\d_][\w'/&()-]*(?: [\w'/&()-]+){0,2} ?: ?\S[^\n:]{0,49}(?=\n(?! ?\n))")


# A Markdown link, "[Northwind Community Video](https://…)": read as its text, so the address's dots do not
# end the sentence around it (real-mail round 36).
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,120})\]\(\s*(?:https?://|mailto:)[^()\s]*\)")
# A web address inside a sentence, as HTML-to-text writes a link ("Northwind Video: https://…"): left out, as
# its dots are no sentence ends (real-mail round 36). A full stop after it still ends the sentence.
_WEB_ADDRESS = re.compile(r"(?::[ \t]*|[ \t]+)?<?\b(?:https?://|www\.)[^\s<>\]]*[^\s<>\].,;:!?'\")]>?")


# An abbreviation's full stop ends no sentence: "(ref. NW-2027-0042)", "Dr. Okafor", "z.B.", "Nr. 12".
_ABBREVIATION = re.compile(
    r"\b(?:(ref|réf|dr|mr|mrs|ms|mme|mlle|prof|st|co|ltd|inc|corp|dept|approx|ca|bzw|ggf|evtl|vs|tel|sr|sra|srta|dott"
    + r"|sig|jr)|(no|nr|núm|num))\.(?=[ \t]+(?(2)\d|\S))"
    + r"|\b(z\.b|u\.a|d\.h|e\.g|i\.e|p\.ex|e\.v|s\.v)\.",
    re.IGNORECASE,
)


@cache
def _ordinal_day() -> re.Pattern[str]:
    """A day written as an ordinal before a month's name ("in seiner Sitzung vom 12. Mai", stress set 14): its
    full stop ends no sentence. The month names are every language's own (lang/<code>/months)."""
    from .lang import LANGUAGES  # here, not at the top: the languages' tables load after this module

    # (not English, where "by 10. May we ask …" is a sentence end and a modal verb)
    months = sorted({name for language in LANGUAGES if language.code != "en" for name in language.months},
                    key=len, reverse=True)
    return re.compile(rf"\b(\d{{1,2}})\.(?=[ \t]+(?:{'|'.join(map(re.escape, months))})\b)", re.IGNORECASE)


# A reference in brackets, "(ref. NW-2027-0042)", "(2XT4)": a code between a noun and its verb, left out.
_BRACKETED_CODE = re.compile(r"[ \t]*\((?:ref\.?|réf\.?|id|no\.?|nr\.?|#)?[ \t]*(?=[^()\n]{0,30}\d)[\w./#: -]{1,30}\)",
                             re.IGNORECASE)


# Connectives inside a clause carry no decision: "Nous ne donnerons donc pas suite", "We gaan daarom niet
# verder", "Wir werden Ihre Bewerbung daher nicht weiterverfolgen" read as without them (language parity
# after real-mail round 36). Only after a word, so a German clause that opens with "Daher" keeps its order.
_FILLER = re.compile(
    r"(?<=\w),? (?:" + any_of(
        r"therefore|thus|hence|consequently|accordingly|daher|deshalb|deswegen|somit|folglich|demnach|donc",
        r"par conséquent|de ce fait|por lo tanto|por tanto|por consiguiente|pertanto|quindi|dunque|perciò",
        r"di conseguenza|daarom|derhalve|bijgevolg|portanto|por isso|por conseguinte|поэтому|следовательно",
        r"таким образом|dolayısıyla|bu nedenle|bu yüzden",
        # sentence adverbs of time inside a clause ("has now been filled", "is inmiddels vervuld", "your recent
        # application"): a clause that opens with one keeps it; words of regret stay, as they are cues
        r"(?<!\bfor )(?<!\buntil )(?<!\bright )(?<!\bby )(?<!\bfrom )(?<!\bof )(?<!\bjust )now",
        r"ultimately|eventually|officially|formally|inzwischen|mittlerweile|(?<=\byour )recent",
        # a word of regret between an auxiliary and "not": "you were unfortunately not assigned"
        "(?:" + "|".join(rf"(?<=\b{aux} )" for aux in ("is", "are", "was", "were", "will", "would", "have", "has", "had"))
        + r")(?:unfortunately|sadly|regrettably)(?= not\b)|(?:(?<=\bfoi )|(?<=\bforam ))infelizmente",
        r"inmiddels|désormais|ormai",
    ) + r"),?(?= )",
    re.IGNORECASE,
)


def _is_heading(line: str, following: str) -> bool:
    """A heading of its own line, above a line that starts a sentence: no closing punctuation, and up to
    three words ("Başvuru reddi"), or up to six each capitalised but for words of up to three letters
    ("Thesis Application Rejection" above "We found …", real-mail round 31)."""
    words = line.split()
    return (0 < len(words) <= 6 and len(line) <= 60 and words[0][0].isupper() and line.rstrip()[-1] not in ".,;:!?"
            and following.lstrip()[:1].isupper()
            and (len(words) <= 3 or all(word[0].isupper() or not word[0].isalpha() or len(word) <= 3 for word in words)))


def _headings_apart(text: str) -> str:
    """Each heading line followed by a blank line, so it does not run into the sentence below it."""
    lines = text.split("\n")
    return "\n".join(line + "\n" if following and _is_heading(line, following) else line
                      for line, following in zip(lines, lines[1:] + [""], strict=True))


# Quoted-printable left in a body ("We=E2=80=99re sorry"): read as the characters it encodes (stress set 9).
_QUOTED_PRINTABLE = re.compile(r"(?:=[0-9A-F]{2}){2,}")
# A word broken over two lines with a hyphen ("candi-\ndato"): joined again when the line below goes on in lower case.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ])")


def _decoded(found: re.Match[str]) -> str:
    raw = bytes.fromhex(found.group(0).replace("=", ""))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return found.group(0)


def normalize(text: str) -> str:
    """Lower-cased text with uniform quotes and dashes, mended for matching.

    What transport does to a sentence is undone first (quoted-printable, words broken over lines,
    links, bracketed references, abbreviations' full stops), then fillers inside a clause are
    dropped; wrapped lines join into one, while a blank line, a field line or a heading still
    ends a clause.
    """
    text = _BROKEN_WORD.sub("", _QUOTED_PRINTABLE.sub(_decoded, text))
    text = unicodedata.normalize("NFC", text)
    text = _WEB_ADDRESS.sub(" ", _MARKDOWN_LINK.sub(r"\1", text))
    text = _BRACKETED_CODE.sub("", text)
    text = _ABBREVIATION.sub(lambda found: (found.group(0)[:-1]).replace(".", ""), text)
    text = _ordinal_day().sub(r"\1", text)
    text = (
        text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00b4", "'")
        .replace("\u201c", '"').replace("\u201d", '"').replace("\u00ab", '"').replace("\u201e", '"')
        .replace("\u00bb", '"').replace("\u2013", "-").replace("\u2014", "-")
        .replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    )
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = _FILLER.sub("", text)
    # A notice's field line ("Vetting outcome: Not cleared") is no wrapped prose: it ends where it ends
    # (stress set 5), so "not cleared" does not run into the next line's sentence.
    text = _FIELD_LINE.sub("\\g<0>\n", text)
    text = _headings_apart(text)
    text = re.sub(r" ?\n(?: ?\n)+ ?", "\u2029", text)
    text = re.sub(r" ?\n ?", " ", text).replace("\u2029", "\n")
    # A capital dotted I lower-cases to "i" and a combining dot: read as a plain "i".
    return text.lower().replace("i\u0307", "i").strip()

"""Plain-text reply parsing: where the quoted original starts, where the signature is.

Three independent detectors vote for the first line of quoted material, and
the earliest credible one wins:

* mailparser_reply (attribution lines and Outlook header blocks in the
  languages whose folder sets `reply_library`),
* quotequail (reply and forward markers),
* our own patterns, which cover what both libraries miss (see the tests:
  Spanish "escribió" after "(<address>)", French "De:" without the space,
  "Von:/Gesendet:" blocks, forwarded-message separators).

mailparser_reply also reports false header blocks (a body line "Date: …"
followed by "To: …") and would cut at a hyphen list or a mid-sentence
"Thanks,"; so its quote positions are only believed when they look like an
attribution, and its signature rule is not used at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import quotequail
from mailparser_reply.parser import EmailMessage as ReplyMessage

from .lang import LANGUAGES, words

# Every language folder's quote markers (lang/<code>/__init__.py), as alternations.
_LANGUAGES = [language.code for language in LANGUAGES if language.reply_library]
_VERB = f"(?:{words('quote_verbs')})"
_OPENING = f"(?:{words('attribution_openings')})"
_ATTRIBUTION = re.compile(
    rf"^{_OPENING}\b.{{0,250}}?\b{_VERB}\b"
    r"[^:\n]{0,120}:\s*$"
    rf"|^.{{0,200}}(?:<[^>\s]+@[^>\s]+>|\S+@\S+\.\w+\)?)\s*{_VERB}\b.{{0,80}}:\s*$"
    # Zoho: "---- On Wed, 24 Feb 2021 14:02:50 +0530 john@example.com wrote ----"
    rf"|^-{{2,}}\s*{_OPENING}\b.{{0,250}}\b{_VERB}\s*-{{2,}}\s*$"
    # No verb: "2017-11-24 16:32 GMT+01:00 Name <name@example.com>:", "30.09.2017, 18.30, "Name" <…>:"
    r"|^(?=.{0,200}\b\d{1,2}[:.]\d{2}\b).{0,200}<[^>\s]+@[^>\s]+>\s*:\s*$",
    re.IGNORECASE,
)
# An attribution that ends with its verb and no colon ("On … John Doe <…> wrote"):
# believed only when quoted or other text follows it.
_ATTRIBUTION_NO_COLON = re.compile(
    rf"^{_OPENING}\b.{{0,250}}?(?:<[^>\s]+@[^>\s]+>|\S+@\S+\.\w+|\d{{1,2}}:\d{{2}}).{{0,80}}\b{_VERB}\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    rf"^[-–—_=*\s]{{2,}}\s*(?:{words('quote_separators')})\s*[-–—_=*\s]{{2,}}$"
    rf"|^(?:{words('forward_openings')})\s*:?\s*$",
    re.IGNORECASE,
)
# Header blocks of a quoted original, in the languages clients write them in.
_FROM_LINE = re.compile(rf"^\*?\s*(?:{words('from_headers')})\s*\*?\s*:\s*\*?\s*\S", re.IGNORECASE)
_OTHER_HEADER = re.compile(rf"^\*?\s*(?:{words('other_headers')})\s*\*?\s*:", re.IGNORECASE)
_RULE = re.compile(r"^[_\-]{20,}\s*$")
_SIGN_OFF = re.compile(rf"^(?:{words('sign_offs')})[\s,.!]*$", re.IGNORECASE)
# Lines mail clients add under the new text ("Sent from my iPhone", "Get Outlook
# for iOS"): everything below one is not the writer's.
_SENT_FROM = re.compile(rf"^(?:{words('client_signatures')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _library_regexes() -> dict[str, Any]:
    """mailparser_reply compiles its (large) regexes per message; compile once.

    These are the same objects `EmailReplyParser(languages=…).read()` builds.
    """
    prototype = ReplyMessage(text="", languages=list(_LANGUAGES))
    return {"_header_regex": prototype.HEADER_REGEX,
            "_signature_regex": prototype.SIGNATURE_REGEX,
            "_disclaimers_regex": prototype.DISCLAIMERS_REGEX}


def _library_cut(text: str) -> int | None:
    """Character offset where mailparser_reply sees the first quoted reply."""
    try:
        parsed = ReplyMessage(text=text, languages=list(_LANGUAGES), **_library_regexes()).read()
    except Exception:  # a regex edge case in the library must not stop us
        return None
    if len(parsed.replies) < 2 and not (parsed.replies and parsed.replies[0].headers):
        return None
    for reply in parsed.replies:
        header = reply.headers
        if header and _credible_header(header):
            position = text.find(header.strip().splitlines()[0].strip())
            return position if position >= 0 else None
    return None


def _credible_header(header: str) -> bool:
    """mailparser_reply's header blocks count only when they name a sender."""
    first = header.strip().splitlines()[0] if header.strip() else ""
    return bool(
        _ATTRIBUTION.match(first.lstrip("> ").strip())
        or _SEPARATOR.match(first.strip())
        or ("@" in header and _FROM_LINE.match(first.lstrip("> ").strip()))
    )


# Every quotequail marker ends a line with ':' or an address, or is a rule.
_QUOTEQUAIL_HINT = re.compile(r"(?::|>)\s*$|^\s*[-_]{3,}", re.MULTILINE)


def _quotequail_cut(lines: list[str]) -> int | None:
    """Line index of the attribution line quotequail finds, if any."""
    if not _QUOTEQUAIL_HINT.search("\n".join(lines)):
        return None  # nothing it could match: spare its line-by-line scan
    try:
        parts = quotequail.quote("\n".join(lines), quote_intro_line=True)
    except Exception:
        return None
    if len(parts) < 2:
        return None
    top = parts[0][1]
    index = 0 if not top else top.count("\n") + 1
    return index if index < len(lines) else None


_ATTRIBUTION_STARTS = tuple(f"{opening} " for language in LANGUAGES for opening in language.attribution_openings)


def _own_cut(lines: list[str]) -> int | None:
    """Line index where our own patterns see the quoted original begin."""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        joined = " ".join(part.strip() for part in lines[i:i + 3])
        if _SEPARATOR.match(line):
            return i
        if line.lower().startswith(_ATTRIBUTION_STARTS) or "@" in line or line.startswith("--"):
            for span in (line, " ".join(p.strip() for p in lines[i:i + 2]), joined):
                if _ATTRIBUTION.match(span):
                    return _attribution_start(lines, i)
            if _ATTRIBUTION_NO_COLON.match(line) and any(other.strip() for other in lines[i + 1:]):
                return i
        if _FROM_LINE.match(line) and _header_block_follows(lines, i):
            return _block_start(lines, i)
        if _RULE.match(line) and any(_FROM_LINE.match(other.strip()) for other in lines[i + 1:i + 4]):
            return i
    return None


def _attribution_start(lines: list[str], index: int) -> int:
    """An attribution wrapped before its address ("… John Coe" / "<john@…> wrote:") starts a line earlier."""
    line = lines[index].strip()
    previous = lines[index - 1].strip() if index else ""
    # Only a line that begins with the address is the tail of a wrapped attribution;
    # one that begins "On …" starts it, even right under the new text.
    if previous and _WRAPPED_TAIL.match(line) and _ATTRIBUTION.match(f"{previous} {line}"):
        return index - 1
    return index


_WRAPPED_TAIL = re.compile(r"^[<(]?[^\s@<>()]+@")


_BLOCK_LEAD = re.compile(rf"^(?:[=_*-]{{3,}}|(?:{words('block_leads')})\s*:.*)$", re.IGNORECASE)


def _block_start(lines: list[str], index: int) -> int:
    """A header block begins at the rule or "Message du :" line just above its From line."""
    start = index
    for i in range(index - 1, max(-1, index - 4), -1):
        bare = lines[i].strip()
        if not bare:
            continue
        if not _BLOCK_LEAD.match(bare):
            break
        start = i
    return start


def _header_block_follows(lines: list[str], start: int) -> bool:
    nearby = [other.strip() for other in lines[start + 1:start + 6]]
    return sum(1 for other in nearby if _OTHER_HEADER.match(other)) >= 1


def strip_quotes(text: str) -> str:
    """The text above the quoted original, without any '>'-quoted lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text_lines = text.split("\n")
    own = _own_cut(lines)
    if own is not None:  # the libraries can only find an earlier start
        lines = lines[:own]
        text = "\n".join(lines)
    cuts = [c for c in (_quotequail_cut(lines),) if c is not None]
    offset = _library_cut(text)
    if offset is not None:
        cuts.append(text.count("\n", 0, offset))
    if cuts:
        lines = lines[:min(cuts)]
    kept = "\n".join(other for other in lines if not other.lstrip().startswith(">")).strip()
    return kept or _bottom_posted(text_lines, len(lines))


def _bottom_posted(lines: list[str], start: int) -> str:
    """The writer's text below a '>'-quoted original (bottom-posting, or
    answers between the quoted lines), when nothing stands above the quote.

    Only text that follows '>'-quoted lines counts: an Outlook-style header
    block quotes without markers, and what follows it is the original."""
    below, seen_quote = [], False
    for line in lines[start:]:
        bare = line.strip()
        if bare.startswith(">"):
            seen_quote = True
            continue
        if seen_quote and not _ATTRIBUTION.match(bare) and not _ATTRIBUTION_NO_COLON.match(bare):
            below.append(line)
    return "\n".join(below).strip()


# A forward, not a reply: "---------- Forwarded message ---------", "Begin forwarded message:".
_FORWARD = re.compile(
    rf"^[-–—_=*\s]{{2,}}\s*(?:{words('forward_separators')})\s*[-–—_=*\s]{{2,}}$"
    rf"|^(?:{words('forward_openings')})\s*:?\s*$",
    re.IGNORECASE,
)


# The recipient line of a forwarded header block ("To: Priya Shah", "An:", "Kime:").
_RECIPIENT = re.compile(r"^\*?\s*(?:to|an|à|a|para|aan|kime|кому)\s*\*?\s*:\s*(.+)$", re.IGNORECASE)
# A shared mailbox rather than a person ("careers-service@uni.example"): a forward from it is for the reader.
_ROLE_MAILBOX = re.compile(r"\b(?:service|careers?|info|jobs?|admin|office|team|hr|recruit\w*|mailbox|no-?reply)\b[^@\s]*@",
                           re.IGNORECASE)


def _to_someone_else(block: list[str], reader: str) -> bool:
    """The forwarded original was addressed to a person who is not the reader: a friend's own news."""
    names = {word for word in re.findall(r"[^\W\d_]{3,}", reader.lower())}
    for line in block:
        found = _RECIPIENT.match(line.strip())
        if found and reader and not _ROLE_MAILBOX.search(found.group(1)):
            return not names & set(re.findall(r"[^\W\d_]{3,}", found.group(1).lower()))
    return False


def forwarded_original(text: str, own: str, reader: str = "") -> str:
    """The text of a forwarded original, without its header block: what an agency or a careers
    service passes on is the decision itself (stress set 9). Read only for a forward, or when
    nothing stands above a quoted original, and not when the original went to someone else
    (`reader`: the message's To header); a reply's quote stays the reader's own past."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, raw in enumerate(lines) if _FORWARD.match(raw.strip())), None)
    if start is None and len(own.split()) <= 3:  # nothing above the original but a greeting
        start = next((i for i, raw in enumerate(lines) if _SEPARATOR.match(raw.strip()) or _FROM_LINE.match(raw.strip())),
                     None)
    if start is None:
        return ""
    body = lines[start + 1:] if not _FROM_LINE.match(lines[start].strip()) else lines[start:]
    block = []
    while body and (not body[0].strip() or _FROM_LINE.match(body[0].strip()) or _OTHER_HEADER.match(body[0].strip())):
        block.append(body.pop(0))
    if _to_someone_else(block, reader):
        return ""
    return "\n".join(line.lstrip("> ") if line.lstrip().startswith(">") else line for line in body).strip()


def strip_signature(text: str) -> str:
    """The text above the sign-off ("Best regards," and what follows it)."""
    lines = text.split("\n")
    for i, raw in enumerate(lines):
        line = raw.strip()
        if i == 0 or not line:
            continue
        if line == "--" or line == "-- " or _SENT_FROM.match(line):
            return "\n".join(lines[:i]).strip()
        if _SIGN_OFF.match(line) and _looks_like_signature_after(lines, i):
            return "\n".join(lines[:i]).strip()
    return text.strip()


def _looks_like_signature_after(lines: list[str], index: int) -> bool:
    """A sign-off is followed by a name, not by more of the message."""
    for raw in lines[index + 1:]:
        line = raw.strip()
        if line:
            # a name or a title; not a sentence going on in lower case ("Thank you\nfor applying", stress set 9)
            return len(line) <= 60 and not line.endswith("?") and line.count(". ") == 0 and not line[0].islower()
    return True

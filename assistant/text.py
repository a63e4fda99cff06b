"""HTML reduced to plain text: the one converter the product uses.

The classifier reads replies with it (dropping the quoted original), the
sandbox indexes HTML-only mail with it for search and snippets, and the
letters turn an HTML signature into the plain-text part with it.

Only the standard library's `html.parser` reads the markup, so a malformed
message (unclosed tags, stray entities) still yields its words. quotequail
finds reply and forward markers that are only visible in the markup; the
parser additionally drops the containers mail clients wrap quotes in, since
quotequail misses some of them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIPPED = {"script", "style", "head", "title", "noscript", "template", "xml"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col"}
_BLOCK = {
    "p", "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "tfoot",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
    "footer", "pre", "address", "center", "dl", "dt", "dd", "form", "main",
    "nav", "aside", "figure", "figcaption", "blockquote", "body", "html",
}
_CELL = {"td", "th"}

# Containers whose whole content is quoted text: Gmail, Yahoo, Thunderbird,
# Proton, Apple Mail and Outlook for Mac.
_QUOTE_CLASSES = re.compile(
    r"\b(?:gmail_quote|gmail_attr|x_gmail_quote|yahoo_quoted|moz-cite-prefix|"
    r"protonmail_quote|apple-mail-quote|OutlookMessageHeader)\b",
    re.IGNORECASE,
)
_QUOTE_IDS = re.compile(r"^(?:OLK_SRC_BODY_SECTION|x_OLK_SRC_BODY_SECTION)$", re.I)
# Markers after which everything is the quoted original: Outlook on the web
# (divRplyFwdMsg, appendonsend) and Outlook desktop's header rule.
_CUT_IDS = re.compile(r"^(?:x_)?(?:divRplyFwdMsg|appendonsend|stopSpelling)$", re.I)
_OUTLOOK_RULE = re.compile(
    r"border-top:\s*solid\s+#(?:E1E1E1|B5C4DF)\s+1\.0pt", re.IGNORECASE
)


class _TextExtractor(HTMLParser):
    """Collects the visible text, skipping non-content and quoted containers."""

    def __init__(self, drop_quotes: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_quotes = drop_quotes
        self.chunks: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.stopped = False
        self.in_pre = 0

    def _is_quote(self, tag: str, attrs: dict[str, str]) -> bool:
        if not self.drop_quotes:
            return False
        if tag == "blockquote":
            return True
        return bool(
            _QUOTE_CLASSES.search(attrs.get("class", ""))
            or _QUOTE_IDS.match(attrs.get("id", ""))
        )

    def _is_cut(self, tag: str, attrs: dict[str, str]) -> bool:
        if not self.drop_quotes:
            return False
        return bool(
            _CUT_IDS.match(attrs.get("id", ""))
            or (tag == "div" and _OUTLOOK_RULE.search(attrs.get("style", "")))
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        found = {k.lower(): (v or "") for k, v in attrs}
        if self._is_cut(tag, found):
            self.stopped = True
            return
        if tag in _SKIPPED or self._is_quote(tag, found):
            if tag not in _VOID:
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag == "pre":
            self.in_pre += 1
        if tag in _BLOCK or tag in _VOID and tag in {"br", "hr"}:
            self.chunks.append("\n")
        elif tag in _CELL:
            self.chunks.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self.skip_tag == tag and tag in _VOID:
            self.skip_tag, self.skip_depth = None, 0

    def handle_endtag(self, tag: str) -> None:
        if self.stopped:
            return
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1
        if tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self.stopped or self.skip_tag is not None:
            return
        if not self.in_pre:
            data = re.sub(r"[ \t\r\n\f\v]+", " ", data)
        self.chunks.append(data)


def _tidy(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str, drop_quotes: bool = True) -> str:
    """The visible text of an HTML body; block elements become line breaks.

    With `drop_quotes` (the classifier reading a reply), quoted replies
    (Gmail's gmail_quote, Outlook's divRplyFwdMsg, blockquotes) are left out;
    without it (the sandbox's search, a signature) every visible word stays.
    """
    if drop_quotes:
        html = _top_of_reply(html)
    parser = _TextExtractor(drop_quotes)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last resort
        pass
    return _tidy("".join(parser.chunks))


def _top_of_reply(html: str) -> str:
    """The markup above the quoted original, as quotequail sees it.

    quotequail needs lxml and raises on some inputs (empty documents, odd
    encodings); when it fails or finds nothing, the markup is kept whole and
    our own parser's quote rules apply.
    """
    if not html.strip():
        return html
    import quotequail  # only the classifier drops quotes; other callers need not load it

    try:
        found = quotequail.unwrap_html(html)
    except Exception:
        return html
    if not found:
        return html
    top = str(found.get("html_top", ""))
    if found.get("type") == "quote":  # an inline quote: text after it is new
        top = top + "\n" + str(found.get("html_bottom", ""))
    return top

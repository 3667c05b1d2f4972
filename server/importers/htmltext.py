"""LinkedIn CONTENT cells to plain text.

CONTENT may be plain text, or HTML from InMail / sponsored messages
(``<p>Hi&nbsp;Jordan,</p><br>...``). Triage works on what a person reads,
so tags are dropped, block tags and <br> become line breaks, entities are
unescaped and whitespace is tidied.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)
_SKIP_CONTENT_TAGS = frozenset({"script", "style", "head", "title"})
_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._link_href: str | None = None
        self._link_start = 0  # index in parts where the current <a>'s text begins

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_CONTENT_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "a":
            self._link_href = (dict(attrs).get("href") or "").strip() or None
            self._link_start = len(self.parts)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_CONTENT_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "a" and self._link_href:
            # Links are a strong pitch signal, so keep the target visible:
            # "Book a demo (https://...)", or the bare URL for an empty anchor.
            label = "".join(self.parts[self._link_start :]).strip()
            if not label:
                self.parts.append(self._link_href)
            elif self._link_href.startswith(("http://", "https://")) and self._link_href not in label:
                self.parts.append(f" ({self._link_href})")
            self._link_href = None

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def tidy_whitespace(text: str) -> str:
    """Collapse runs of spaces, strip each line, keep at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(content: str) -> str:
    """Plain text of a CONTENT cell, whether it holds HTML or not."""
    if "<" in content and _LOOKS_LIKE_HTML.search(content):
        # Source newlines are kept: LinkedIn mixes typed line breaks with tags,
        # and tidy_whitespace() folds the extra blank lines this can produce.
        parser = _TextExtractor()
        parser.feed(content)
        parser.close()
        content = "".join(parser.parts)
    elif "&" in content:
        content = html.unescape(content)
    return tidy_whitespace(content)

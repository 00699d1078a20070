"""The text of a mail, however it was handed over: pasted text, or a saved message
(.eml) whose body is quoted-printable or base64, possibly HTML only, possibly a
forwarded message inside another. Bounded: never more than the file given."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from html import unescape
from html.parser import HTMLParser

_FIELD = rb"[A-Za-z0-9][A-Za-z0-9-]*:[^\n]*\n(?:[ \t][^\n]*\n)*"
_HEADER = re.compile(rb"^(?:" + _FIELD + rb"){2,}\r?\n")
_KNOWN = re.compile(rb"^(?:From|To|Subject|Date|MIME-Version|Received|Message-ID):", re.I | re.M)
_HTML = re.compile(r"<(?:html|body|div|p|br|span|table|td)\b|&nbsp;", re.IGNORECASE)


def looks_like_message(data: bytes) -> bool:
    """Header fields (at least two, one of them a mail's own) and a blank line."""
    match = _HEADER.match(data[:65536])
    return match is not None and _KNOWN.search(match.group(0)) is not None


def text_of(data: bytes) -> str:
    """Every text part of a saved mail, decoded; else the bytes as text."""
    if looks_like_message(data):
        message = email.message_from_bytes(data, policy=email.policy.default)
        parts = [_part_text(part) for part in message.walk() if not part.is_multipart()]
        return "\n".join(p for p in parts if p)
    text = _as_text(data)
    return _strip_html(text) if _HTML.search(text) else text  # HTML source pasted


def _part_text(part) -> str:
    if not isinstance(part, EmailMessage) or part.get_content_maintype() != "text":
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset, a broken encoding
        payload = part.get_payload(decode=True)
        content = _as_text(payload) if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return _strip_html(content) if part.get_content_subtype() == "html" else content


def _as_text(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")


def _strip_html(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return unescape("".join(parser.parts))

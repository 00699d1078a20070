"""A report as Markdown: the same blocks as the PDF, charts left to their description
(Markdown has no drawings), tables as pipe tables."""

from __future__ import annotations

import re
from html import unescape

from ui.coach.report_blocks import Block, Chart, Heading, Paragraph, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&~])")
# What makes a line start a list, a heading underline or a numbered item.
_LINE_START = re.compile(r"^(\s*)([-+=])", re.MULTILINE)
_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
_LINE_BREAK = re.compile(r"\r\n?")


def markdown(title: str, blocks: list[Block]) -> str:
    del title  # the first block is the title heading
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            # a heading is one line: a typed line break in a title must not end it
            out.append("#" * block.level + " " + _plain(" ".join(block.text.splitlines())))
        elif isinstance(block, Paragraph):
            out.append(_inline(block.html))
        elif isinstance(block, Chart):
            continue  # no drawings in Markdown; the table carries the same figures
        elif isinstance(block, Table):
            out.append(_table(block))
    return "\n\n".join(out) + "\n"


def _plain(text: str) -> str:
    """Typed text that Markdown must not read as markup (a backslash before any ASCII
    punctuation shows it as it is), where it may start a line: after a line feed, and
    after a carriage return alone, which Markdown also takes for the end of a line."""
    text = _LINE_BREAK.sub("\n", text)
    text = _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", text))
    return _NUMBERED.sub(r"\1\\\2", text)


def _inline(html: str) -> str:
    """Our safe rich text (escaped text, <b>, <i>, <br/>) as Markdown."""
    parts = re.split(r"(</?b>|</?i>|<br/>)", html)
    marks = {"<b>": "**", "</b>": "**", "<i>": "*", "</i>": "*", "<br/>": "  \n"}
    return "".join(marks.get(p) or _plain(unescape(p)) for p in parts)


def _table(table: Table) -> str:
    rows = [table.header, *table.rows]
    align = ["---"] + ["---:" if table.numeric else "---"] * (len(table.header) - 1)
    lines = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    lines.insert(1, "| " + " | ".join(align) + " |")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """One table cell (no line starts a list here): a typed line break must not end
    the row."""
    return "<br>".join(_SPECIAL.sub(r"\\\1", line) for line in text.splitlines())

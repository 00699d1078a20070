"""A report as Markdown: the same blocks as the PDF, charts left to their description
(Markdown has no drawings), tables as pipe tables."""

from __future__ import annotations

import re
from html import unescape

from .report_blocks import Block, Chart, Heading, Paragraph, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def markdown(title: str, blocks: list[Block]) -> str:
    del title  # the first block is the title heading
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + _plain(block.text))
        elif isinstance(block, Paragraph):
            out.append(_inline(block.html))
        elif isinstance(block, Chart):
            continue  # no drawings in Markdown; the table carries the same figures
        elif isinstance(block, Table):
            out.append(_table(block))
    return "\n\n".join(out) + "\n"


def _plain(text: str) -> str:
    """Typed text that Markdown must not read as markup."""
    return _SPECIAL.sub(r"\\\1", text)


def _inline(html: str) -> str:
    """Our safe rich text (escaped text, <b>, <i>, <br/>) as Markdown."""
    parts = re.split(r"(</?b>|</?i>|<br/>)", html)
    marks = {"<b>": "**", "</b>": "**", "<i>": "*", "</i>": "*", "<br/>": "  \n"}
    return "".join(marks.get(p) or _plain(unescape(p)) for p in parts)


def _table(table: Table) -> str:
    rows = [table.header, *table.rows]
    align = ["---"] + ["---:" if table.numeric else "---"] * (len(table.header) - 1)
    lines = ["| " + " | ".join(_plain(c) for c in row) + " |" for row in rows]
    lines.insert(1, "| " + " | ".join(align) + " |")
    return "\n".join(lines)

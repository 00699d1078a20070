"""A report as one self-contained HTML file: styles inline, charts as inline SVG (vector,
sharp at any zoom), no scripts, nothing fetched from elsewhere."""

from __future__ import annotations

from html import escape

from ui.coach.report_blocks import Block, Chart, Heading, Paragraph, Table

STYLE = """
body { font-family: Helvetica, Arial, sans-serif; color: #222; max-width: 760px;
       margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { color: #2b5f8a; margin-bottom: 0.2em; }
h2 { color: #2b5f8a; border-bottom: 1px solid #cfdbe6; padding-bottom: 0.15em;
     margin-top: 1.6em; }
h3 { font-size: 1em; margin: 1.2em 0 0.3em; }
p.small { font-size: 0.85em; color: #555; }
figure { margin: 0.5em 0; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { padding: 3px 8px; border-bottom: 1px solid #e3e3e3; }
th { background: #eef3f8; text-align: left; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
@media print { body { margin: 0; } h2 { break-after: avoid; } figure { break-inside: avoid; } }
"""


def html(title: str, blocks: list[Block], language: str) -> str:
    body: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            css = ' class="small"' if block.small else ""
            body.append(f"<p{css}>{block.html}</p>")
        elif isinstance(block, Chart):
            svg = block.svg.replace(
                "<svg ", f'<svg role="img" aria-label="{escape(block.title)}" ', 1
            )
            body.append(f"<h2>{escape(block.title)}</h2>")
            body.append(f"<figure>{svg}</figure>")
            body.append(f'<p class="small">{escape(block.note)}</p>')
        elif isinstance(block, Table):
            body.append(_table(block))
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _table(table: Table) -> str:
    css = ' class="n"' if table.numeric else ""
    head = f"<th>{escape(table.header[0])}</th>" + "".join(
        f"<th{css}>{escape(c)}</th>" for c in table.header[1:]
    )
    rows = []
    for row in table.rows:
        cells = [f"<td>{escape(row[0])}</td>"]
        cells += [f"<td{css}>{escape(c)}</td>" for c in row[1:]]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )

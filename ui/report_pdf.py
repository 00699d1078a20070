"""A report as PDF (A4): text laid out by QTextDocument, charts drawn from their SVG by
QSvgRenderer, both as vectors through one QPainter on a QPdfWriter, so the file stays
small and sharp at any zoom and a PDF reader finds its text.

Blocks flow down the page; a heading never ends a page alone; a block taller than a page
(a long table or reflection) continues on the next page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from .report_blocks import Block, Chart, Heading, Paragraph, Table

RESOLUTION = 300  # device units per inch; text and drawings stay vectors regardless
MARGIN_MM = 18
FOOTER_PT = 9
STYLE = """
h1 { color: #2b5f8a; font-size: 20pt; }
h2 { color: #2b5f8a; font-size: 13pt; }
h3 { font-size: 10.5pt; }
p { font-size: 10pt; }
p.small { font-size: 8.5pt; color: #555555; }
th { background-color: #eef3f8; font-size: 8.5pt; }
td { font-size: 8.5pt; }
"""
HEADING_SPACE = {1: 0, 2: 14, 3: 8}  # points above a heading


def pdf(title: str, blocks: list[Block], footer: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Advisor Journal")
    painter = QPainter(writer)
    try:
        _Flow(writer, painter, footer).place_all(blocks)
    finally:
        painter.end()
    return bytes(buffer.data())


class _Flow:
    """Places blocks top to bottom, starting new pages as needed."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str):
        self.writer, self.painter, self.footer = writer, painter, footer
        self.point = RESOLUTION / 72
        self.width = writer.width()
        self.bottom = writer.height() - FOOTER_PT * 2.2 * self.point
        self.y = 0.0
        self.page = 1

    def place_all(self, blocks: list[Block]) -> None:
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, Heading):
                self.heading(block, following)
            elif isinstance(block, Chart):
                self.chart(block)
            else:
                self.document(self.text_document(block))
        self.draw_footer()

    # -- kinds of block ---------------------------------------------------------------

    def heading(self, block: Heading, following: Block | None) -> None:
        if self.y > 0:
            self.y += HEADING_SPACE[block.level] * self.point
        doc = self.text_document(block)
        needed = doc.size().height() + self.first_part_height(following)
        if self.y + needed > self.bottom and self.y > 0:
            self.new_page()
        self.document(doc)

    def chart(self, block: Chart) -> None:
        """Heading, drawing and note kept together on one page."""
        renderer = QSvgRenderer(QByteArray(block.svg.encode("utf-8")))
        size = renderer.defaultSize()
        height = self.width * 0.92 * size.height() / max(1, size.width())
        heading = self.text_document(Heading(2, block.title))
        note = self.text_document(Paragraph(escape(block.note), small=True))
        space = HEADING_SPACE[2] * self.point if self.y > 0 else 0
        total = space + heading.size().height() + height + note.size().height()
        if self.y + total > self.bottom and self.y > 0:
            self.new_page()
        elif self.y > 0:
            self.y += space
        self.document(heading)
        renderer.render(self.painter, QRectF(self.width * 0.04, self.y, self.width * 0.92, height))
        self.y += height
        self.document(note)

    def document(self, doc: QTextDocument) -> None:
        height = doc.size().height()
        room = self.bottom - self.y
        if height > room and self.y > 0 and height <= self.bottom:
            self.new_page()
        if height <= self.bottom - self.y:
            self.painter.save()
            self.painter.translate(0, self.y)
            doc.drawContents(self.painter)
            self.painter.restore()
            self.y += height
            return
        self.split(doc)

    def split(self, doc: QTextDocument) -> None:
        """A block taller than a page: let the document break its lines into pages."""
        if self.y > 0:
            self.new_page()
        page_height = self.bottom
        doc.setPageSize(QSizeF(self.width, page_height))
        for index in range(doc.pageCount()):
            if index:
                self.new_page()
            self.painter.save()
            self.painter.translate(0, -index * page_height)
            doc.drawContents(self.painter, QRectF(0, index * page_height, self.width, page_height))
            self.painter.restore()
        self.y = doc.size().height() - (doc.pageCount() - 1) * page_height

    # -- helpers ----------------------------------------------------------------------

    def text_document(self, block: Block) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultStyleSheet(STYLE)
        doc.setDefaultFont(QFont("Helvetica", 10))
        doc.setDocumentMargin(2 * self.point)
        doc.setHtml(_html(block))
        doc.setTextWidth(self.width)
        return doc

    def first_part_height(self, block: Block | None) -> float:
        """How much of the next block must fit under a heading: a chart whole, else a
        few lines."""
        if block is None or isinstance(block, Heading):
            return 0.0
        if isinstance(block, Chart):
            return 0.0  # a chart keeps its own heading
        return min(self.text_document(block).size().height(), 60 * self.point)

    def new_page(self) -> None:
        self.draw_footer()
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def draw_footer(self) -> None:
        font = QFont("Helvetica")
        font.setPointSizeF(FOOTER_PT)
        self.painter.save()
        self.painter.setFont(font)
        self.painter.setPen(Qt.GlobalColor.darkGray)
        area = QRectF(0, self.bottom, self.width, self.writer.height() - self.bottom)
        self.painter.drawText(
            area, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, self.footer
        )
        self.painter.drawText(
            area, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight, str(self.page)
        )
        self.painter.restore()


def _html(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f'<p class="small">{block.html}</p>' if block.small else f"<p>{block.html}</p>"
    assert isinstance(block, Table)
    align = "right" if block.numeric else "left"
    head = f'<th align="left">{escape(block.header[0])}</th>' + "".join(
        f'<th align="{align}">{escape(c)}</th>' for c in block.header[1:]
    )
    rows = []
    for number, row in enumerate(block.rows):
        shade = ' bgcolor="#f6f8fa"' if number % 2 else ""
        cells = [f"<td>{escape(row[0])}</td>"]
        cells += [f'<td align="{align}">{escape(c)}</td>' for c in row[1:]]
        rows.append(f"<tr{shade}>" + "".join(cells) + "</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )

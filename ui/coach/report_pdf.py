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
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from ui.coach.report_blocks import Block, Chart, Heading, Paragraph, Table
from ui.common.fonts import report_font

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
MIN_SPLIT_ROOM = 0.2  # a page-long block starts here only if a fifth of the page is left


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
            if isinstance(block, Heading):
                self.heading(block, blocks[index + 1 :])
            elif isinstance(block, Chart):
                self.chart(block)
            else:
                self.document(self.text_document(block))
        self.draw_footer()

    # -- kinds of block ---------------------------------------------------------------

    def heading(self, block: Heading, rest: list[Block]) -> None:
        """A heading starts a new page unless the start of what it heads fits under it."""
        space = HEADING_SPACE[block.level] * self.point if self.y > 0 else 0
        doc = self.text_document(block)
        needed = space + doc.size().height() + self.first_part_height(rest)
        if self.y + needed > self.bottom and self.y > 0:
            self.new_page()
        else:
            self.y += space
        self.draw(doc)

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
        else:
            self.y += space
        self.draw(heading)
        renderer.render(self.painter, QRectF(self.width * 0.04, self.y, self.width * 0.92, height))
        self.y += height
        self.draw(note)

    def document(self, doc: QTextDocument) -> None:
        """A paragraph or table: whole on this page, else whole on the next, else (taller
        than a page) flowing over pages from here, or from the next page if little room
        is left here."""
        height = doc.size().height()
        room = self.bottom - self.y
        if height <= room:
            self.draw(doc)
        elif height <= self.bottom:
            self.new_page()
            self.draw(doc)
        else:
            if room < self.bottom * MIN_SPLIT_ROOM:
                self.new_page()
            self.split(doc)

    def draw(self, doc: QTextDocument) -> None:
        self.painter.save()
        self.painter.translate(0, self.y)
        doc.drawContents(self.painter)
        self.painter.restore()
        self.y += doc.size().height()

    def split(self, doc: QTextDocument) -> None:
        """Let the document break its lines into pages; its first page starts at the
        current height (a top margin on its first block), the others at the top."""
        if self.y > 0:
            cursor = QTextCursor(doc)
            spaced = cursor.blockFormat()
            spaced.setTopMargin(spaced.topMargin() + self.y)
            cursor.setBlockFormat(spaced)
        page_height = self.bottom
        doc.setPageSize(QSizeF(self.width, page_height))
        by_line = not doc.rootFrame().childFrames()  # paragraphs only, no table
        for index in range(doc.pageCount()):
            if index:
                self.new_page()
            top = index * page_height
            self.painter.save()
            self.painter.translate(0, -top)
            if by_line:
                _draw_lines(doc, self.painter, top, top + page_height)
            else:  # table rows never straddle a page break
                doc.drawContents(self.painter, QRectF(0, top, self.width, page_height))
            self.painter.restore()
        self.y = doc.size().height() - (doc.pageCount() - 1) * page_height

    # -- helpers ----------------------------------------------------------------------

    def text_document(self, block: Block) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultStyleSheet(STYLE)
        doc.setDefaultFont(report_font(10))
        doc.setDocumentMargin(2 * self.point)
        doc.setHtml(_html(block))
        doc.setTextWidth(self.width)
        return doc

    def first_part_height(self, rest: list[Block]) -> float:
        """How much of what follows a heading must fit under it: the next headings and
        the first text as ``document`` would place it (a chart keeps its own heading)."""
        if not rest or isinstance(rest[0], Chart):
            return 0.0
        block = rest[0]
        height = self.text_document(block).size().height()
        if isinstance(block, Heading):
            return (
                HEADING_SPACE[block.level] * self.point + height + self.first_part_height(rest[1:])
            )
        if height <= self.bottom:
            return height  # it would move to the next page whole
        return self.bottom * MIN_SPLIT_ROOM  # it starts here only with this much room

    def new_page(self) -> None:
        self.draw_footer()
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def draw_footer(self) -> None:
        font = report_font(FOOTER_PT)
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


def _draw_lines(doc: QTextDocument, painter: QPainter, top: float, bottom: float) -> None:
    """The lines that start on this page, one by one. QTextDocument.drawContents with a
    clip also draws the last line above the clip (QTextLayout keeps it as its first line
    to draw): invisible, but then a PDF reader finds that line twice."""
    layout = doc.documentLayout()
    painter.setPen(Qt.GlobalColor.black)
    block = doc.begin()
    while block.isValid():
        area = layout.blockBoundingRect(block)
        if area.bottom() >= top and area.top() < bottom:
            lines = block.layout()
            for number in range(lines.lineCount()):
                line = lines.lineAt(number)
                if top <= area.top() + line.y() < bottom:
                    line.draw(painter, area.topLeft())
        block = block.next()


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

"""Draw resources/icons/advisor-journal.svg into the icons the standalone builds need:

    packaging/icons/advisor-journal.ico   Windows: the .exe files and the installer
    packaging/icons/advisor-journal.icns  macOS: the .app
    packaging/icons/advisor-journal.png   256 px, for anything else

Run it after changing the SVG (tests/test_build_config.py fails while they differ):

    .venv/bin/python scripts/make_icons.py

Needs only PySide6 (the app's own dependency), offscreen: every size is drawn from the
vector, not scaled down from a big one. The .ico holds 16-48 px as 32-bit bitmaps (every
Windows tool reads those) and 256 px as PNG; the .icns holds PNGs.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "advisor-journal.svg"
OUT = ROOT / "packaging" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# icns entry types holding PNG data, and their pixel sizes (@2x types are the double).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def bitmap_bytes(image: QImage) -> bytes:
    """An icon's 32-bit DIB: the header (height doubled: colour rows, then mask rows),
    BGRA rows bottom-up, and an all-clear 1-bit mask (the alpha channel decides)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in reversed(range(size))]
    mask_row = ((size + 31) // 32) * 4  # 1 bit a pixel, rows padded to 32 bits
    return header + b"".join(rows) + bytes(mask_row * size)


def ico(renderer: QSvgRenderer) -> bytes:
    images = [
        png_bytes(render(renderer, s)) if s >= 256 else bitmap_bytes(render(renderer, s))
        for s in ICO_SIZES
    ]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(ICO_SIZES, images, strict=True):
        edge = size if size < 256 else 0  # 0 means 256
        out += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


def icns(renderer: QSvgRenderer) -> bytes:
    pngs: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        if size not in pngs:
            pngs[size] = png_bytes(render(renderer, size))
        body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make(out: Path) -> list[Path]:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "advisor-journal.ico": ico(renderer),
        "advisor-journal.icns": icns(renderer),
        "advisor-journal.png": png_bytes(render(renderer, 256)),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
    return [out / name for name in files]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"default {OUT}")
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in make(args.out):
        print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The PDF report is set in the bundled font, whatever the system calls Helvetica."""

from ui.common.fonts import FONTS, REPORT_FAMILY, register_bundled_fonts


def test_the_bundled_fonts_and_their_licence_ship(qapp):
    assert REPORT_FAMILY in register_bundled_fonts()
    assert "Bitstream Vera" in (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")

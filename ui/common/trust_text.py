"""The trust score in words: how it is written (a whole number, 0–100) and what it is,
the same sentence wherever it is explained (list headers, charts, Help)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def trust_value(score: float) -> str:
    """A trust score as shown: a whole number on 0–100 ("68")."""
    return QLocale().toString(round(score))


def trust_explained() -> str:
    """What the trust score is, in one short paragraph (a tooltip)."""
    return tr(
        "Trust, 0–100, from the Trust Equation: (credibility + reliability + intimacy) / "
        "self-orientation, each part 1–10 from the reflection's answers. 50 means the parts "
        "are even (credibility, reliability and intimacy together three times your "
        "self-orientation); 100 is the best the answers can give, 0 the worst. Each doubling "
        "of the equation adds 15 points. Higher is better."
    )


def parts_explained() -> str:
    """What the four parts are, on their 1–10 scale (a tooltip, an axis)."""
    return tr(
        "The four parts of the Trust Equation, each 1–10: credibility, reliability and "
        "intimacy (higher is better) and self-orientation (lower is better: how much you "
        "were busy with yourself rather than the client)."
    )

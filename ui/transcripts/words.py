"""The transcript's figures, the comparison with the reflection and the mirror's marks,
in words (English or Dutch, through ``tr``, context ""). Module-level: the panels, the attach
dialog and the brief all say them the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # loaded with the journal's transcripts, on first use
    from journal.transcripts.comparison import Comparison
    from journal.transcripts.figures import Figures, Monologue


def tr(text: str) -> str:
    """Translate a module-level string; lupdate files free ``tr()`` calls under ""."""
    return QCoreApplication.translate("", text)


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = round(seconds)
    if seconds < 60:
        return tr("{seconds} s").format(seconds=seconds)
    return tr("{minutes} min {seconds} s").format(minutes=seconds // 60, seconds=seconds % 60)


def monologue(mono: Monologue) -> str:
    if mono.seconds is not None:
        return tr("{time} ({words} words)").format(time=duration(mono.seconds), words=mono.words)
    return tr("{words} words").format(words=mono.words)


def summary(f: Figures) -> list[str]:
    """A few lines: talk share, questions, directions, the longest monologue."""
    basis = tr("by speaking time") if f.measure == "seconds" else tr("by words")
    lines = [
        tr("You spoke {share} of the time, the others {others} ({basis}).").format(
            share=percent(f.advisor_share), others=percent(f.others_share), basis=basis
        )
    ]
    lines.append(
        tr("Your questions: {total} ({open} open, {closed} closed).").format(
            total=f.questions, open=f.questions_open, closed=f.questions_closed
        )
    )
    if f.directions_early is None:
        lines.append(tr("Advice or directions from you: {count}.").format(count=f.directions))
    else:
        lines.append(
            tr(
                "Advice or directions from you: {count}, {early} of them before the client "
                "had finished their story."
            ).format(count=f.directions, early=f.directions_early)
        )
    if f.advisor_longest is not None:
        lines.append(
            tr("Your longest monologue: {size}.").format(size=monologue(f.advisor_longest))
        )
    return lines


def comparison(c: Comparison, question: str) -> str:
    """'You rated “…” 4 of 5; the transcript says …'."""
    rated = tr("You rated “{question}” {score} of 5;").format(question=question, score=c.score)
    v = c.values
    if c.id == "talk_share":
        says = tr("the transcript says you spoke {share}.").format(
            share=percent(v["advisor_share"])
        )
    elif c.id == "story_first":
        if v["directions_early"] is None:
            says = tr("the transcript has no talk by the client to tell.")
        else:
            says = tr(
                "the transcript has {early} of your {count} directions before the client had "
                "finished their story."
            ).format(early=v["directions_early"], count=v["directions"])
    elif c.id == "telling":
        says = tr("the transcript counts {count} pieces of advice or directions from you.").format(
            count=v["directions"]
        )
    elif c.id == "open_questions":
        says = tr("the transcript has {open} open and {closed} closed questions from you.").format(
            open=v["open"], closed=v["closed"]
        )
    else:  # kept_asking
        says = tr("the transcript has {count} questions from you.").format(count=v["questions"])
    return f"{rated} {says}"


def direction(c: Comparison) -> str:
    return {
        "same": tr("These point the same way."),
        "different": tr("These point different ways."),
    }.get(c.direction, tr("These cannot be compared."))


def kind(mark_kind: str) -> str:
    return tr("telling") if mark_kind == "telling" else tr("asking")


def mirror_counts(counts: dict[str, int]) -> str:
    return tr("In what you wrote: {telling} telling, {asking} asking.").format(
        telling=counts.get("telling", 0), asking=counts.get("asking", 0)
    )

"""``advisor-journal brief --client NAME``: what to know before the next meeting with a
client: the last open intention (as an if–then plan, or the form suggested), the last
trust parts, and the questions the client asked last time when a transcript's text was
kept.

Exit codes: 0 a brief was printed; 1 there is nothing to brief yet (no intention, no
reflection, no transcript for this client); 2 no such client, or another problem.
"""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only when the command runs
    from journal.brief.brief import Brief


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "brief",
        help="what to know before the next meeting with a client",
        description="Your last open intention for the client (as an if-then plan), the "
        "client's last trust parts and, if a transcript's text was kept, the questions the "
        "client asked last time. Exit 0 printed, 1 nothing yet, 2 no such client.",
    )
    parser.add_argument("--client", required=True, metavar="NAME", help="the client")
    parser.add_argument("--json", action="store_true", help="JSON instead of lines")


def brief(folder: Path, args: Namespace) -> int:
    from ui.cli.data_commands import open_for_command

    journal = open_for_command(folder)
    try:
        client = journal.client_by_name(args.client)
        if client is None:
            known = ", ".join(c.name for c in journal.clients()[:20])
            print(f"advisor-journal: no client {args.client!r} in the journal"
                  + (f" (clients: {known})" if known else ""), file=sys.stderr)  # fmt: skip
            return 2
        found = journal.brief(client.id)
    finally:
        journal.close()
    if args.json:
        print(json.dumps(record(found), ensure_ascii=False, indent=2))
    else:
        for line in lines(found):
            print(line)
    return 1 if found.empty else 0


def lines(found: Brief) -> list[str]:
    result = [f"Before your next meeting with {found.client_name}"]
    if found.empty:
        result.append("  Nothing yet: no intention, reflection or transcript with this client.")
        return result
    if found.intention is not None:
        day = found.intention.meeting_start.astimezone().strftime("%Y-%m-%d")
        result.append(f"Your intention (after {found.intention.meeting_title!r}, {day}):")
        result.append(f"  {found.intention.text}")
        if found.plan is not None:
            result.append(f"  If: {found.plan.situation}")
            result.append(f"  Then: {found.plan.action}")
        elif found.suggestion is not None:
            result.append(f"  As an if-then plan: {found.suggestion.text('<situation>')}")
    else:
        result.append("No open intention for this client.")
    if found.trust is not None:
        t = found.trust.trust
        day = found.trust.meeting_start.astimezone().strftime("%Y-%m-%d")
        result.append(
            f"Last trust parts ({found.trust.meeting_title!r}, {day}): credibility {t.credibility:.1f}, "
            f"reliability {t.reliability:.1f}, intimacy {t.intimacy:.1f}, "
            f"self-orientation {t.self_orientation:.1f} (lower is better); trust {t.composite:.1f}"
        )
    if found.last_figures is not None:
        f = found.last_figures
        result.append(
            f"Last transcript: you spoke {f.advisor_share:.0%} ({'by time' if f.measure == 'seconds' else 'by words'}), "
            f"asked {f.questions} questions ({f.questions_open} open)"
        )
        if found.client_questions is None:
            result.append("  The client's questions: its text was not kept (--keep-text keeps it).")
        elif found.client_questions:
            result.append("  Questions the client asked:")
            result.extend(f"    {q}" for q in found.client_questions)
        else:
            result.append("  The client asked no questions.")
    return result


def record(found: Brief) -> dict:
    intention = found.intention
    trust = found.trust
    return {
        "client": found.client_name,
        "intention": None if intention is None else {
            "text": intention.text, "meeting_id": intention.meeting_id,
            "meeting_title": intention.meeting_title,
            "meeting_start": intention.meeting_start.isoformat(), "trait_id": intention.trait_id,
        },
        "if_then": None if found.plan is None else {
            "situation": found.plan.situation, "action": found.plan.action, "rule_id": found.plan.rule_id,
        },
        "suggestion": None if found.suggestion is None else found.suggestion.text("<situation>"),
        "trust": None if trust is None else {
            "credibility": trust.trust.credibility, "reliability": trust.trust.reliability,
            "intimacy": trust.trust.intimacy, "self_orientation": trust.trust.self_orientation,
            "composite": round(trust.trust.composite, 3), "meeting_id": trust.meeting_id,
            "meeting_start": trust.meeting_start.isoformat(),
        },
        "transcript_meeting_id": found.transcript_meeting_id,
        "transcript_text_kept": found.transcript_text_kept,
        "client_questions": None if found.client_questions is None else list(found.client_questions),
        "last_figures": None if found.last_figures is None else found.last_figures.to_json(),
    }  # fmt: skip

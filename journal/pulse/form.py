"""The client's form: one self-contained HTML file (inline CSS and JavaScript, nothing
fetched, a Content-Security-Policy that forbids fetching anything) that works offline
and on a phone. *Send* opens the client's mail program (``mailto:``) with the answers in
words and as the checksummed ``AJ-PULSE`` block (``mail_text``), addressed to the
advisor; if no mail program opens, the same text is shown to copy."""

from __future__ import annotations

import json
import re
from html import escape
from importlib import resources

from journal.errors import InvalidInput
from journal.pulse.bank_view import Bank
from journal.pulse.form_words import WORDS
from journal.pulse.items import items_by_id
from journal.pulse.model import Pulse

# An address the mailto: link can carry as it is: no spaces, quotes, '?', '&', '#', '%'.
_ADDRESS = re.compile(r"[A-Za-z0-9.!$'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def check_address(address: str) -> str:
    address = address.strip()
    if len(address) > 254 or not _ADDRESS.fullmatch(address):
        raise InvalidInput("email", "not an e-mail address the form can send to")
    return address


def form_html(pulse: Pulse, bank: Bank, advisor: str, address: str) -> str:
    advisor = " ".join(advisor.split())
    if not advisor:
        raise InvalidInput("advisor_name", "the form must say who asks")
    address = check_address(address)
    words = {
        key: text.format(advisor=advisor, email=address, code=pulse.code)
        for key, text in WORDS[pulse.language].items()
        if key != "score"
    }
    labels = [label.in_language(pulse.language) for label in bank.scale]
    items = items_by_id(bank, pulse.items)
    data = {
        "code": pulse.code,
        "to": address,
        "subject": words["subject"],
        "items": [{"id": i.id, "text": i.text.in_language(pulse.language)} for i in items],
        "labels": labels,
        "words": {k: words[k] for k in ("heading", "skipped", "keep", "copied")},
    }
    fields = {
        "lang": pulse.language,
        "advisor": escape(advisor),
        **{k: escape(v) for k, v in words.items()},
        "items": "\n".join(
            _fieldset(n, i.id, i.text.in_language(pulse.language), labels, pulse.language)
            for n, i in enumerate(items, 1)
        ),
        "data": _script_json(data),
    }
    template = resources.files("resources").joinpath("pulse", "form.html").read_text("utf-8")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: fields[m.group(1)], template)


def _fieldset(number: int, item_id: str, text: str, labels: list[str], language: str) -> str:
    choices = "".join(
        f'<label><input type="radio" name="{escape(item_id)}" value="{score}" '
        f'aria-label="{escape(WORDS[language]["score"].format(score=score, label=label))}">'
        f"<span>{score}</span></label>"
        for score, label in enumerate(labels, 1)
    )
    return (
        f'<fieldset data-item="{escape(item_id)}">'
        f'<legend><span class="n">{number}</span><span>{escape(text)}</span></legend>'
        f'<div class="scale">{choices}</div>'
        f'<div class="ends" aria-hidden="true"><span>1 · {escape(labels[0])}</span>'
        f"<span>5 · {escape(labels[-1])}</span></div>"
        f'<div class="chosen" aria-hidden="true"></div></fieldset>'
    )


def _script_json(data: dict) -> str:
    """JSON that cannot end its <script> element or open a comment in it."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

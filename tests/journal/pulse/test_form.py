"""The client's HTML form and the CSV template: self-contained, escaped, and the form's
JavaScript writes what the Python reader reads (run with node where it is installed)."""

import csv
import io
import json
import re
import shutil
import subprocess

import pytest

from journal.errors import InvalidInput
from journal.pulse import mail_text
from journal.pulse.form import form_html
from journal.pulse.template import template_csv

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


@pytest.fixture
def pulse(pulsed):
    return pulsed.make_pulse("Gemeente Utrecht", "en")


def html_of(pulsed, pulse, advisor="Sanne de Vries", address="sanne@devries-advies.nl"):
    return form_html(pulse, pulsed.bank, advisor, address)


def script_of(html: str) -> str:
    [code] = re.findall(r"<script>\n(.*?)</script>", html, re.S)
    return code


def data_of(html: str) -> dict:
    [raw] = re.findall(r'<script type="application/json" id="pulse-data">(.*?)</script>', html)
    return json.loads(raw)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_form_fetches_nothing(pulsed, language):
    html = html_of(pulsed, pulsed.make_pulse("Gemeente Utrecht", language))
    lowered = html.lower()
    assert not re.search(r"(https?|ftp|wss?):", lowered)  # no URL anywhere
    assert not re.search(r"""=\s*["']?//""", lowered)  # nor a protocol-relative one
    assert not re.search(r"<(link|img|iframe|object|embed|base|audio|video|source)\b", lowered)
    assert not re.search(r"\s(src|href|action|srcset)\s*=", lowered)
    [style] = re.findall(r"<style>(.*?)</style>", lowered, re.S)
    assert "url(" not in style and "@import" not in style
    assert "fetch(" not in lowered and "xmlhttprequest" not in lowered
    assert "default-src 'none'" in html  # and the browser is told so
    assert f'<html lang="{language}">' in html


def test_the_form_in_dutch_says_who_asks_and_the_items(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "nl", ("listening.c1", "entree.c1"))
    html = html_of(pulsed, pulse)
    assert "<h1>Sanne de Vries</h1>" in html
    assert "Mijn adviseur liet mij eerst mijn hele verhaal doen" in html
    assert "Versturen per e-mail" in html and "Helemaal niet" in html and "Volledig" in html
    assert html.count("<fieldset") == 2
    data = data_of(html)
    assert data["code"] == pulse.code and data["to"] == "sanne@devries-advies.nl"
    assert [i["id"] for i in data["items"]] == ["listening.c1", "entree.c1"]
    assert data["subject"] == f"Feedback voor Sanne de Vries ({pulse.code})"


def test_names_are_escaped_and_cannot_end_the_script(pulsed, pulse):
    html = html_of(pulsed, pulse, advisor='Jan </script><script>alert(1)</script> & "Zn"')
    assert "<script>alert(1)" not in html
    assert "Jan &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zn&quot;" in html
    assert data_of(html)["words"]["keep"].startswith("Please leave the line below")
    assert len(re.findall(r"</script>", html)) == 2


@pytest.mark.parametrize(
    "address", ["", "sanne", "sanne@", "a b@x.nl", "sanne@x.nl?cc=boss@x.nl", "s@x.nl&body=x"]
)
def test_an_address_the_link_cannot_carry_is_refused(pulsed, pulse, address):
    with pytest.raises(InvalidInput):
        html_of(pulsed, pulse, address=address)
    with pytest.raises(InvalidInput):
        html_of(pulsed, pulse, advisor="  ")


def run_node(script: str, call: str) -> object:
    done = subprocess.run(
        [NODE, "-e", f"{script}\nprocess.stdout.write(JSON.stringify({call}));"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@needs_node
def test_the_javascript_checksum_agrees_with_python(pulsed, pulse):
    script = script_of(html_of(pulsed, pulse))
    texts = ["123456789", "", "AJ-PULSE1K7QM2DR4X9listening.c1:4honest_limits.c1:5",
             "AJ-PULSE1ZZZZZZ0000reciprocity.c1:1"]  # fmt: skip
    assert run_node(script, f"{json.dumps(texts)}.map(crc32)") == [
        mail_text.checksum(t) for t in texts
    ]
    pairs = [["listening.c1", 4], ["honest_limits.c1", 5]]
    assert run_node(script, f'pulseBlock("K7QM2D", "R4X9", {json.dumps(pairs)})') == (
        mail_text.block("K7QM2D", "R4X9", [tuple(p) for p in pairs])
    )


@needs_node
@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_forms_mail_reads_back(pulsed, language):
    pulse = pulsed.make_pulse("Gemeente Utrecht", language)
    html = html_of(pulsed, pulse)
    data = data_of(html)
    answers = {pulse.items[0]: 4, pulse.items[2]: 1}  # two skipped
    body, url = run_node(
        script_of(html),
        f"(function () {{ var d = {json.dumps(data)}, r = newRespondent();"
        f" var b = mailBody(d, {json.dumps(answers)}, r); return [b, mailtoUrl(d, b)]; }})()",
    )
    assert url.startswith("mailto:sanne@devries-advies.nl?subject=")
    [found], problems = mail_text.read(body)
    assert problems == [] and found.pulse_code == pulse.code and found.scores == answers
    assert mail_text.is_code(found.respondent, 4)
    # and through the journal, as the advisor pastes it
    result = pulsed.import_pulse_answers(body.encode(), "<paste>", pasted=True)
    assert (result.added, result.pulse_codes) == (2, (pulse.code,))
    from urllib.parse import unquote

    assert unquote(url.split("&body=", 1)[1]) == body


def test_the_csv_template_lists_the_items_for_a_survey_tool(pulsed):
    pulse = pulsed.make_pulse("Gemeente Utrecht", "nl", ("listening.c1", "reciprocity.c1"))
    data = template_csv(pulse, pulsed.bank)
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Nummer", "Vraag", "Antwoord", "Item"]
    assert [r[3] for r in rows[1:]] == ["listening.c1", "reciprocity.c1"]
    assert rows[1][1].startswith("Mijn adviseur liet mij eerst")
    assert "1 = Helemaal niet, 5 = Volledig" in rows[1][2]
    # a tool's export with these questions as its columns matches them back
    export = "Tijdstempel," + ",".join(f'"{r[1]}"' for r in rows[1:]) + "\r\nx,4,5\r\n"
    result = pulsed.import_pulse_answers(export.encode(), "g.csv", "Gemeente Utrecht")
    assert (result.added, result.pulse_codes, result.new_pulse) == (2, (pulse.code,), False)

"""The mirror on one's own notes: telling and asking language marked in real-shaped
sentences, Dutch and English, with the negatives that must stay unmarked (wondering to
oneself, plans, negations, requests, someone else quoted); every mark traceable to its
rule; trends per period; the research context with its sources."""

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal.growth.aggregation import Scope
from journal.language.matching import lines
from journal.language.rules import RulesError, load_rules, rules_for, rules_path, rules_tag
from journal.language.text import quoted_spans, sentences
from journal.mirror.marks import FIELDS, mark_text, mirror
from journal.mirror.trend import MirrorPeriod, trend
from journal.model import MeetingInput, ReflectionInput

T, A = "telling", "asking"

DUTCH = [
    (
        "Ik heb uitgelegd dat de aanbesteding zo niet kan.",
        [(T, "nl.tell.uitgelegd", "Ik heb uitgelegd")],
    ),
    ("Ik legde uit hoe het raamcontract werkt.", [(T, "nl.tell.uitgelegd", "Ik legde uit")]),
    (
        "Ik heb gezegd dat ze moeten stoppen met die leverancier.",
        [(T, "nl.tell.gezegd_moet", "Ik heb gezegd dat ze moeten")],
    ),
    (
        "Ik zei dat hij het contract moet opzeggen.",
        [(T, "nl.tell.gezegd_moet", "Ik zei dat hij het contract moet")],
    ),
    ("Ik benadrukte dat ze de jurist moeten inschakelen.", [(T, "nl.tell.gezegd_moet", None)]),
    ("Ik heb ze duidelijk gemaakt dat ze moeten kiezen.", [(T, "nl.tell.gezegd_moet", None)]),
    (
        "Ik heb geadviseerd om nog even te wachten.",
        [(T, "nl.tell.geadviseerd", "Ik heb geadviseerd")],
    ),
    ("Ik raadde hem aan een tweede offerte op te vragen.", [(T, "nl.tell.geadviseerd", None)]),
    (
        "We stelden voor om de opdracht te splitsen.",
        [(T, "nl.tell.geadviseerd", "We stelden voor")],
    ),
    ("Ik heb ze gewaarschuwd voor de lock-in.", [(T, "nl.tell.geadviseerd", None)]),
    (
        "Ik heb erop gewezen dat de deadline krap is.",
        [(T, "nl.tell.erop_gewezen", "Ik heb erop gewezen")],
    ),
    ("Ik gaf meteen de oplossing.", [(T, "nl.tell.erop_gewezen", "Ik gaf meteen de oplossing")]),
    ("Ik heb te veel gepraat.", [(T, "nl.tell.veel_gepraat", None)]),
    ("Eerlijk gezegd was ik vooral aan het woord.", []),  # "was ik": inverted, not matched
    ("Ik was vooral aan het woord.", [(T, "nl.tell.veel_gepraat", None)]),
    ('Ik zei: "Jullie moeten dit anders aanpakken."', [(T, "nl.tell.gezegd_citaat", None)]),
    ("Ik vroeg hoe het budgetoverleg was verlopen.", [(A, "nl.ask.gevraagd", "Ik vroeg")]),
    ("Ik heb doorgevraagd over hun zorgen.", [(A, "nl.ask.gevraagd", "Ik heb doorgevraagd")]),
    ("We vroegen wat de planning was.", [(A, "nl.ask.gevraagd", "We vroegen")]),
    ("Ik heb gevraagd waarom ze twijfelen.", [(A, "nl.ask.gevraagd", "Ik heb gevraagd")]),
    (
        "Ik stelde vooral open vragen.",
        [(A, "nl.ask.vragen_gesteld", "Ik stelde vooral open vragen")],
    ),
    ("Ze vertelde dat het budget krap is.", [(A, "nl.ask.klant_vertelde", "Ze vertelde")]),
    (
        "De klant gaf aan dat de directie verdeeld is.",
        [(A, "nl.ask.klant_vertelde", "De klant gaf aan")],
    ),
    ("Hij legde uit dat de planning schuift.", [(A, "nl.ask.klant_vertelde", "Hij legde uit")]),
    ("Zij legde uit dat de planning schuift.", [(A, "nl.ask.klant_vertelde", "Zij legde uit")]),
    (
        "Toen vertelde hij over de vorige leverancier.",
        [(A, "nl.ask.klant_vertelde", "vertelde hij")],
    ),
    (
        "Pieter vertelde dat de wethouder ongeduldig wordt.",
        [(A, "nl.ask.iemand_zei", "Pieter vertelde")],
    ),
    ("Ik liet hem eerst uitpraten.", [(A, "nl.ask.liet_vertellen", None)]),
    ("Ik heb ze hun verhaal laten vertellen.", [(A, "nl.ask.liet_vertellen", None)]),
    ("Ik heb vooral geluisterd.", [(A, "nl.ask.geluisterd", "Ik heb vooral geluisterd")]),
    ("Ik heb hun zorgen samengevat.", [(A, "nl.ask.samengevat", None)]),
    # the verb first, as Dutch puts it after a time word
    ("Daarna vroeg ik wat hun zorgen waren.", [(A, "nl.ask.gevraagd", "vroeg ik")]),
    ("Toen legde ik uit hoe het werkt.", [(T, "nl.tell.uitgelegd", None)]),
    (
        "Vervolgens zei ik dat ze moeten kiezen.",
        [(T, "nl.tell.gezegd_moet", "zei ik dat ze moeten")],
    ),
    (
        "Ik vroeg hoe het ging en ze vertelde dat het budget krap is.",
        [(A, "nl.ask.gevraagd", "Ik vroeg"), (A, "nl.ask.klant_vertelde", "ze vertelde")],
    ),
    # someone else quoted: their words are theirs, only the report counts
    (
        'De klant zei: "Jullie moeten dit anders aanpakken."',
        [(A, "nl.ask.klant_vertelde", "De klant zei")],
    ),
    (
        'De klant zei: "ik heb ze uitgelegd dat ze moeten stoppen."',
        [(A, "nl.ask.klant_vertelde", "De klant zei")],
    ),
    # negatives
    ("Ik vroeg me af of ik te veel praatte.", []),
    ("Ik vroeg me af of ik te veel had gepraat.", []),
    ("Ik heb hem om de cijfers gevraagd.", []),
    ("Ik heb niet gevraagd wat ze ervan vonden.", []),
    ("Volgende keer ga ik meer vragen stellen.", []),
    ("Volgende keer ga ik minder uitleggen.", []),
    ("Moet ik de volgende keer eerst naar hun planning vragen?", []),
    ("Zal ik ze voorstellen om te wachten?", []),
    ("Ik stelde me voor aan de nieuwe directeur.", []),
    ("Ik had beter moeten luisteren.", []),
    ("Ik heb niet uitgelegd waarom.", []),
    ("Het budget is krap en de planning schuift.", []),
    ("Ik heb de offerte gisteren verstuurd.", []),
    ("Wat wil ik volgende keer anders doen?", []),
    ("Ik vertelde ze dat ik het niet wist.", []),
    ("We hebben samen gekeken naar de opties.", []),
]

ENGLISH = [
    ("I told them to wait for the audit.", [(T, "en.tell.told_to", "I told them to")]),
    (
        "We urged the client not to sign yet.",
        [(T, "en.tell.told_to", "We urged the client not to")],
    ),
    ("I've told him to call legal.", [(T, "en.tell.told_to", "I've told him to")]),
    (
        "I told them they should cancel the contract.",
        [(T, "en.tell.said_should", "I told them they should")],
    ),
    (
        "I said that he had to involve finance.",
        [(T, "en.tell.said_should", "I said that he had to")],
    ),
    ("I explained that they must stop the tender.", [(T, "en.tell.said_should", None)]),
    ("I explained how the framework agreement works.", [(T, "en.tell.explained", "I explained")]),
    ("I pointed out that the deadline is tight.", [(T, "en.tell.explained", "I pointed out")]),
    ("We convinced them to go for option B.", [(T, "en.tell.explained", "We convinced")]),
    ("I recommended a shorter contract.", [(T, "en.tell.advised", "I recommended")]),
    ("We suggested splitting the tender.", [(T, "en.tell.advised", "We suggested")]),
    ("I warned them about the lock-in.", [(T, "en.tell.advised", "I warned")]),
    (
        "I gave them my solution straight away.",
        [(T, "en.tell.gave_answer", "I gave them my solution")],
    ),
    ("I did most of the talking.", [(T, "en.tell.talking", "I did most of the talking")]),
    ('I said: "you should really talk to legal."', [(T, "en.tell.said_quote", None)]),
    ("I asked what worried them most.", [(A, "en.ask.asked", "I asked what")]),
    ("I asked them how the last tender went.", [(A, "en.ask.asked", "I asked them how")]),
    ("We probed about the budget.", [(A, "en.ask.asked", "We probed about")]),
    ("I asked whether the board had decided.", [(A, "en.ask.asked", "I asked whether")]),
    (
        "I asked a lot of open questions.",
        [(A, "en.ask.questions", "I asked a lot of open questions")],
    ),
    ("She told me the budget is tight.", [(A, "en.ask.client_said", "She told me")]),
    (
        "The client explained that the board is divided.",
        [(A, "en.ask.client_said", "The client explained")],
    ),
    ("They mentioned a second supplier.", [(A, "en.ask.client_said", "They mentioned")]),
    ("He admitted they had no plan.", [(A, "en.ask.client_said", "He admitted")]),
    ("Pieter said the planning slips.", [(A, "en.ask.someone_said", "Pieter said")]),
    ("I listened to their worries.", [(A, "en.ask.listened", "I listened")]),
    ("I let them finish their story.", [(A, "en.ask.listened", "I let them finish")]),
    ("I summarised their concerns before moving on.", [(A, "en.ask.summarised", "I summarised")]),
    (
        "I asked how it went and she told me that the budget is tight.",
        [(A, "en.ask.asked", "I asked how"), (A, "en.ask.client_said", "she told me")],
    ),
    ('She said: "You should just do it."', [(A, "en.ask.client_said", "She said")]),
    ('The director said: "I told them to stop."', [(A, "en.ask.client_said", "The director said")]),
    # negatives
    ("I wondered whether I talked too much.", []),
    ("I asked myself what I would do differently.", []),
    ("I asked them to send the figures.", []),
    ("Next time I will ask more questions.", []),
    ("Should I ask about the budget next time?", []),
    ("I should have asked about their timeline.", []),
    ("I never asked about their timeline.", []),
    ("Next time I will tell them to wait.", []),
    ("I should have listened more.", []),
    ("I didn't recommend anything.", []),
    ("They suggested a pilot.", []),
    ("The budget is tight and the planning slips.", []),
    ("I sent the proposal yesterday.", []),
    ("What will I do differently next time?", []),
    ("We looked at the options together.", []),
]


def check(sentence, language, expected):
    marks = mark_text(sentence, language)
    assert [(m.kind, m.rule_id) for m in marks] == [(kind, rule) for kind, rule, _ in expected], (
        sentence
    )
    for mark, (_kind, _rule, phrase) in zip(marks, expected, strict=True):
        assert sentence[mark.start : mark.end] == mark.phrase
        if phrase is not None:
            assert mark.phrase == phrase


@pytest.mark.parametrize(("sentence", "expected"), DUTCH, ids=[s for s, _ in DUTCH])
def test_dutch_sentences(sentence, expected):
    check(sentence, "nl", expected)


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH, ids=[s for s, _ in ENGLISH])
def test_english_sentences(sentence, expected):
    check(sentence, "en", expected)


def test_enough_real_shaped_sentences_with_negatives_in_both_languages():
    for cases in (DUTCH, ENGLISH):
        assert len(cases) >= 40
        assert sum(1 for _, marks in cases if not marks) >= 12


def test_a_reflection_is_marked_per_field_each_in_its_own_language():
    found = mirror({
        "open.happened": "Ik heb uitgelegd hoe het zit. Daarna vroeg ik wat hun zorgen waren.",
        "open.why": "I told them to wait, before they had finished.",
        "notes": "Ze vertelde dat het budget krap is.",
        "open.next_time": "Ik ga meer vragen.",  # the intention: a plan, not read
    }, "en")  # fmt: skip
    assert found.counts == {"telling": 2, "asking": 2}
    assert found.languages == {"open.happened": "nl", "open.why": "en", "notes": "nl"}
    assert [(m.field, m.mark.rule_id) for m in found.marks] == [
        ("open.happened", "nl.tell.uitgelegd"), ("open.happened", "nl.ask.gevraagd"),
        ("open.why", "en.tell.told_to"), ("notes", "nl.ask.klant_vertelde"),
    ]  # fmt: skip
    assert found.rules == {"nl": "nl.1", "en": "en.1"}
    assert not hasattr(found, "score")  # counts per kind, never one number
    assert "open.next_time" not in FIELDS


def test_every_mark_traces_to_its_rule_and_pattern():
    text = "Ik heb uitgelegd dat het zo moet. Ik vroeg waarom ze twijfelen."
    for mark in mark_text(text, "nl"):
        rule = rules_for("nl").rule(mark.rule_id)
        assert rule.kind == mark.kind and rule.description and rule.source
        sentence = next(s for s in sentences(text) if s.start <= mark.start < s.end)
        line = next(iter(lines(text, sentence, rules_for("nl"))))
        assert rule.pattern.search(line.text(rule.on, rule.from_start)[0])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_rule_matches_its_examples_and_not_its_counter_examples(language):
    rules = rules_for(language)
    ids = [r.id for r in rules.all_rules()]
    assert len(ids) == len(set(ids)) and all(i.startswith(language + ".") for i in ids)
    for rule in rules.all_rules():
        if rule.pattern is None:
            continue
        assert rule.examples, rule.id
        for example, wanted in [(e, True) for e in rule.examples] + [
            (e, False) for e in rule.not_examples
        ]:
            hit = any(
                piece.matches(rule)
                for s in sentences(example)
                for piece in lines(example, s, rules)
            )
            assert hit == wanted, (rule.id, example)


def test_a_broken_rules_file_names_the_file_the_rule_and_the_problem(tmp_path):
    good = json.loads(rules_path("en").read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(good))
    broken["directives"][0]["pattern"] = "(unclosed"
    path = tmp_path / "en.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert caught.value.entry == "en.direct.you_should" and "compile" in caught.value.problem
    broken = json.loads(json.dumps(good))
    broken["directives"][1]["id"] = broken["directives"][0]["id"]
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(RulesError, match="used twice"):
        load_rules(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesError, match="not JSON"):
        load_rules(path)


def test_quotations_and_apostrophes():
    text = "Ze zei: 'we moeten dit doen' en ik zei “nee”. Dat is zo'n ding, 's avonds, 't is zo."
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans == ["we moeten dit doen", "nee"]


# -- over time ----------------------------------------------------------------------------


def test_the_trend_counts_per_period_and_leaves_empty_periods_out():
    told = mirror({"notes": "I told them to wait."})
    asked = mirror({"notes": "I asked what worried them. She told me the budget is tight."})
    nothing = mirror({"notes": "We met at their office."})
    days = [(date(2026, 1, 5), told), (date(2026, 1, 7), asked), (date(2026, 3, 2), nothing)]
    assert trend(days, "month") == [
        MirrorPeriod(date(2026, 1, 1), 1, 2, 2),
        MirrorPeriod(date(2026, 3, 1), 0, 0, 1),
    ]
    assert [p.first_day for p in trend(days, "week")] == [date(2026, 1, 5), date(2026, 3, 2)]
    assert [p.first_day for p in trend(days, "quarter")] == [date(2026, 1, 1)]


def test_the_trend_from_the_journal_and_turning_the_mirror_off(journal):
    for day, happened in ((3, "Ik heb uitgelegd hoe het moet."), (4, "Ik vroeg wat ze nodig hebben."),
                          (20, "I told them to wait.")):  # fmt: skip
        journal.save(
            MeetingInput("Gemeente Utrecht", "Overleg", datetime(2026, 11, day, 9, tzinfo=UTC), 60,
                         notes="Ze vertelde over de planning." if day == 4 else ""),
            ReflectionInput({"listening.1": 3}, {"open.happened": happened}),
        )  # fmt: skip
    journal.save(MeetingInput("Gemeente Utrecht", "Niet gereflecteerd", datetime(2026, 11, 5, 9, tzinfo=UTC), 30,
                              notes="Ik heb uitgelegd hoe het zit."), ReflectionInput())  # fmt: skip
    periods = journal.mirror.trend("week", Scope(date(2026, 11, 1), date(2026, 12, 1)), "nl")
    assert periods == [
        MirrorPeriod(date(2026, 11, 2), 1, 2, 2),
        MirrorPeriod(date(2026, 11, 16), 1, 0, 1),
    ]
    assert journal.mirror.enabled()
    journal.mirror.set_enabled(False)
    assert not journal.mirror.enabled()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_tag_read_alone_is_the_rule_sets_own(language):
    assert rules_tag(language) == rules_for(language).tag


def test_a_trend_whose_counts_are_kept_compiles_no_rules(journal):
    # Opening Growth: the counts kept are found by the rules' tags; compiling the rules
    # (some 150 patterns) is for texts not counted yet.
    for day, happened in ((3, "Ik heb uitgelegd hoe het moet."), (4, "I asked what they need.")):
        journal.save(
            MeetingInput("Gemeente Utrecht", "Overleg", datetime(2026, 11, day, 9, tzinfo=UTC), 60),
            ReflectionInput({"listening.1": 3}, {"open.happened": happened}),
        )
    scope = Scope(date(2026, 11, 1), date(2026, 12, 1))
    first = journal.mirror.trend("week", scope, "nl")
    rules_for.cache_clear()
    try:
        assert journal.mirror.trend("week", scope, "nl") == first
        assert rules_for.cache_info().currsize == 0
    finally:
        rules_for.cache_clear()
    journal.save(
        MeetingInput("Gemeente Utrecht", "Later", datetime(2026, 11, 10, 9, tzinfo=UTC), 60),
        ReflectionInput({"listening.1": 3}, {"open.happened": "Ik vroeg hoe het ging."}),
    )
    later = journal.mirror.trend("week", scope, "nl")
    assert rules_for.cache_info().currsize == 1  # a new text: read with the rules
    assert sum(p.asking for p in later) == sum(p.asking for p in first) + 1


def test_the_research_context_has_sources_in_both_languages_and_no_targets():
    from journal.mirror.context import research_context

    notes = {n.id: n for n in research_context()}
    assert {"miti_reflections_questions", "losada_inquiry_advocacy", "gong_talk_share",
            "self_report", "after_action_review", "implementation_intentions"} <= set(notes)  # fmt: skip
    for note in notes.values():
        assert re.search(r"\(\d{4}\)|\d{4}", note.source) and set(note.text) == {"en", "nl"}
        assert not re.search(
            r"\b(aim for|target|should be|moet zijn|streef)\b",
            note.text["en"] + note.text["nl"],
            re.I,
        )
    assert "Brown" in notes["losada_inquiry_advocacy"].source  # the critique is cited too


def test_the_rule_files_are_shipped_as_package_data():
    import tomllib

    config = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert "language/*.json" in config["tool"]["setuptools"]["package-data"]["resources"]

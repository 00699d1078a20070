"""The words of the client's form, in Dutch and English (the core has no Qt, so no
tr(): the form is written in the pulse's language, not the app's). Formal "u" in Dutch:
a client, not a colleague."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "A minute of feedback for {advisor}",
        "eyebrow": "A minute of your time, for",
        "intro": "Thinking of our recent meetings: how true is each statement for you? "
        "It takes under a minute. Skip any you cannot judge.",
        "send": "Send by e-mail",
        "need_one": "Choose a score for at least one statement to send.",
        "privacy": "Send opens your own mail program with your answers, addressed to {email}. "
        "Nothing leaves until you send that mail. Only I see your individual answers.",
        "thanks": "Thank you!",
        "after": "Your mail program should now show a message to {email} with your answers: "
        "please send it. No message appeared? Copy the text below and mail it to {email}.",
        "text_label": "Your answers as mail text",
        "copy": "Copy text",
        "copied": "Copied",
        "noscript": "This form needs JavaScript to prepare your e-mail. You can also simply "
        "mail {advisor} ({email}) a score from 1 to 5 for each statement.",
        "footer": "Advisor Journal pulse {code} · nothing on this page is loaded from the internet",
        "heading": "My answers:",
        "skipped": "(skipped)",
        "keep": "Please leave the line below as it is: it lets {advisor} read your answers in.",
        "subject": "Feedback for {advisor} ({code})",
        "score": "{score} – {label}",
    },
    "nl": {
        "title": "Een minuut feedback voor {advisor}",
        "eyebrow": "Een minuut van uw tijd, voor",
        "intro": "Denk aan onze recente gesprekken: in hoeverre klopt elke uitspraak voor u? "
        "Het kost minder dan een minuut. Sla over wat u niet kunt beoordelen.",
        "send": "Versturen per e-mail",
        "need_one": "Kies bij minstens één uitspraak een score om te versturen.",
        "privacy": "Versturen opent uw eigen mailprogramma met uw antwoorden, gericht aan "
        "{email}. Er gaat pas iets weg als u die mail verstuurt. Alleen ik zie uw afzonderlijke "
        "antwoorden.",
        "thanks": "Dank u wel!",
        "after": "Uw mailprogramma toont nu een bericht aan {email} met uw antwoorden: wilt u "
        "het versturen? Verscheen er geen bericht? Kopieer dan de tekst hieronder en mail die "
        "naar {email}.",
        "text_label": "Uw antwoorden als mailtekst",
        "copy": "Tekst kopiëren",
        "copied": "Gekopieerd",
        "noscript": "Dit formulier heeft JavaScript nodig om uw e-mail klaar te zetten. U kunt "
        "{advisor} ({email}) ook gewoon mailen met per uitspraak een score van 1 tot 5.",
        "footer": "Advisor Journal pulse {code} · niets op deze pagina wordt van internet geladen",
        "heading": "Mijn antwoorden:",
        "skipped": "(overgeslagen)",
        "keep": "Laat de regel hieronder staan zoals hij is: daarmee leest {advisor} uw "
        "antwoorden in.",
        "subject": "Feedback voor {advisor} ({code})",
        "score": "{score} – {label}",
    },
}

# The mail the advisor sends with the form (the window copies it): the questions, so the
# client sees what it is about, and the form attached.
INVITATION: dict[str, dict[str, str]] = {
    "en": {
        "subject": "A minute of feedback? ({code})",
        "body": "Hello,\n\nCould you spare a minute to tell me how our meetings work for you? "
        "I attached a short form with these {count} statements:\n\n{items}\n\nOpen the "
        "attached file, choose a score for each statement and press Send: your mail program "
        "then sends me your answers. It works offline, and only I see your answers.\n\n"
        "Thank you,\n{advisor}",
    },
    "nl": {
        "subject": "Een minuut feedback? ({code})",
        "body": "Goedendag,\n\nWilt u een minuut nemen om te laten weten hoe onze gesprekken "
        "voor u werken? In de bijlage staat een kort formulier met deze {count} "
        "uitspraken:\n\n{items}\n\nOpen het bijgevoegde bestand, kies bij elke uitspraak een score "
        "en klik op Versturen: uw mailprogramma stuurt mij dan uw antwoorden. Het werkt "
        "zonder internet, en alleen ik zie uw antwoorden.\n\nDank u wel,\n{advisor}",
    },
}


def invitation(language: str, code: str, advisor: str, items: list[str]) -> tuple[str, str]:
    """(subject, body) of the mail that goes with the form, in the pulse's language."""
    words = INVITATION[language]
    listed = "\n".join(f"- {text}" for text in items)
    return (
        words["subject"].format(code=code),
        words["body"].format(count=len(items), items=listed, advisor=" ".join(advisor.split())),
    )

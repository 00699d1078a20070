<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Advisor Journal cannot open the journal</source>
        <translation>Advisor Journal kan het dagboek niet openen</translation>
    </message>
    <message>
        <source>Advisor Journal is already running.</source>
        <translation>Advisor Journal draait al.</translation>
    </message>
    <message>
        <source>Advisor Journal is already running; its window was brought to the front.</source>
        <translation>Advisor Journal draait al; het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>Advisor Journal seems to be running already but does not answer.</source>
        <translation>Advisor Journal lijkt al te draaien, maar reageert niet.</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer version of Advisor Journal. Update the app to open it; this version leaves the file untouched.</source>
        <translation>Het dagboek {path} is gemaakt met een nieuwere versie van Advisor Journal. Werk de app bij om het te openen; deze versie laat het bestand ongemoeid.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be used: {detail}.</source>
        <translation>Het dagboek {path} kan niet worden gebruikt: {detail}.</translation>
    </message>
    <message>
        <source>The question bank {path} is broken at {entry}: {problem}.</source>
        <translation>De vragenbank {path} bevat een fout bij {entry}: {problem}.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Vul de naam van de klant in.</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Geef het gesprek een titel.</translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and {limit} minutes.</source>
        <translation>De duur moet tussen 1 minuut en {limit} minuten liggen.</translation>
    </message>
    <message>
        <source>Choose at most {limit} focus traits.</source>
        <translation>Kies maximaal {limit} focuseigenschappen.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Volgende keer</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Focus traits</source>
        <translation>Focuseigenschappen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Your feedback</source>
        <translation>Je feedback</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Voorspelling</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>The backup took too long and was stopped ({detail}); your journal is fine. Try again when the computer is less busy.</source>
        <translation>De back-up duurde te lang en is gestopt ({detail}); je dagboek is in orde. Probeer het opnieuw als de computer minder druk is.</translation>
    </message>
    <message>
        <source>No backup was made: your journal itself is damaged ({detail}). Restore the newest good backup (File → Restore from Backup…); the damaged journal is kept.</source>
        <translation>Er is geen back-up gemaakt: je dagboek zelf is beschadigd ({detail}). Zet de nieuwste goede back-up terug (Bestand → Back-up terugzetten…); het beschadigde dagboek wordt bewaard.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}), so it cannot be restored. Nothing was changed; choose another backup.</source>
        <translation>{path} is beschadigd ({detail}) en kan dus niet worden teruggezet. Er is niets veranderd; kies een andere back-up.</translation>
    </message>
    <message>
        <source>{path} is not a journal backup that can be restored ({detail}). Nothing was changed.</source>
        <translation>{path} is geen back-up van een dagboek die kan worden teruggezet ({detail}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({detail}). Free some disk space, or check that the folder can be written to. Your journal is fine.</source>
        <translation>De back-up {path} kon niet worden geschreven ({detail}). Maak wat schijfruimte vrij, of controleer of er in de map geschreven mag worden. Je dagboek is in orde.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Check it and try again; the file was not changed. If you are sure it is right, the file may be damaged: restore a backup.</source>
        <translation>Met deze wachtwoordzin gaat {path} niet open. Controleer hem en probeer het opnieuw; het bestand is niet veranderd. Weet je zeker dat hij klopt, dan is het bestand misschien beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <source>The journal {path} is encrypted and needs its passphrase ({detail}).</source>
        <translation>Het dagboek {path} is versleuteld en heeft zijn wachtwoordzin nodig ({detail}).</translation>
    </message>
    <message>
        <source>The journal {path} is encrypted, but this installation of Advisor Journal cannot decrypt it: the sqlcipher3 package is missing. Reinstall the app.</source>
        <translation>Het dagboek {path} is versleuteld, maar deze installatie van Advisor Journal kan het niet ontsleutelen: het pakket sqlcipher3 ontbreekt. Installeer de app opnieuw.</translation>
    </message>
    <message>
        <source>{path} is not an Advisor Journal file, or it is damaged ({detail}). Nothing was changed. Move the file aside, or start the app with another folder (--data-dir).</source>
        <translation>{path} is geen bestand van Advisor Journal, of het is beschadigd ({detail}). Er is niets veranderd. Zet het bestand opzij, of start de app met een andere map (--data-dir).</translation>
    </message>
    <message>
        <source>The journal {path} is busy: another program, or a second Advisor Journal, is using it. Try again in a moment.</source>
        <translation>Het dagboek {path} is bezet: een ander programma, of een tweede Advisor Journal, gebruikt het. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Advisor Journal cannot write to {path} ({detail}). Free some disk space, or check that the folder can be written to.</source>
        <translation>Advisor Journal kan niet schrijven naar {path} ({detail}). Maak schijfruimte vrij, of controleer of er in de map geschreven mag worden.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder {folder} starts with the home folder of a user this computer does not know. Nothing was opened or created; give the folder in full.</source>
        <translation>De map van het dagboek, {folder}, begint met de thuismap van een gebruiker die deze computer niet kent. Er is niets geopend of aangemaakt; geef de map volledig op.</translation>
    </message>
    <message>
        <source>This meeting is no longer in the journal.</source>
        <translation>Dit gesprek staat niet meer in het dagboek.</translation>
    </message>
    <message>
        <source>This meeting was changed since (by a calendar import or another window), so it was not undone. Nothing was changed.</source>
        <translation>Dit gesprek is intussen gewijzigd (door een agenda-import of een ander venster), dus het is niet ongedaan gemaakt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({detail}). Nothing was left behind; choose another folder or free some disk space.</source>
        <translation>De export kon niet worden geschreven naar {path} ({detail}). Er is niets half achtergebleven; kies een andere map of maak schijfruimte vrij.</translation>
    </message>
    <message>
        <source>No speaker in the transcript is {name}. The speakers are: {names}.</source>
        <translation>Geen spreker in het transcript heet {name}. De sprekers zijn: {names}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>een pijp (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>een speciaal bestand</translation>
    </message>
    <message>
        <source>{source} cannot be read: {detail}.</source>
        <translation>{source} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <source>{source} is too large to import ({detail}).</source>
        <translation>{source} is te groot om te importeren ({detail}).</translation>
    </message>
    <message>
        <source>{source} is empty.</source>
        <translation>{source} is leeg.</translation>
    </message>
    <message>
        <source>{source} is not a mail, text file or spreadsheet with answers ({detail}).</source>
        <translation>{source} is geen mail, tekstbestand of spreadsheet met antwoorden ({detail}).</translation>
    </message>
    <message>
        <source>{source} is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>{source} is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of CSV en importeer dat.</translation>
    </message>
    <message>
        <source>{source} is not an Excel workbook that can be read ({detail}).</source>
        <translation>{source} is geen Excel-werkmap die kan worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>{source} is not a well-formed CSV file at row {row}: {detail}. Export it again from your survey tool.</source>
        <translation>{source} is geen geldig CSV-bestand bij rij {row}: {detail}. Exporteer het opnieuw uit je enquêteprogramma.</translation>
    </message>
    <message>
        <source>{source} has no column that asks a pulse question: is it another survey? Its columns (row {row}): {detail}</source>
        <translation>{source} heeft geen kolom met een pulsvraag: is het een andere enquête? De kolommen (rij {row}): {detail}</translation>
    </message>
    <message>
        <source>{source} asks one pulse question in two columns ({detail}); remove one and import it again.</source>
        <translation>{source} stelt één pulsvraag in twee kolommen ({detail}); verwijder er één en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>No answers of a client pulse were found (the line that starts with AJ-PULSE). Paste or save the client&apos;s whole mail.</source>
        <translation>Er zijn geen antwoorden op een klantpuls gevonden (de regel die begint met AJ-PULSE). Plak of bewaar de hele mail van de klant.</translation>
    </message>
    <message>
        <source>{source} does not say whose answers these are: choose the client they are from.</source>
        <translation>{source} zegt niet van wie deze antwoorden zijn: kies de klant van wie ze komen.</translation>
    </message>
    <message>
        <source>There is no client named {detail} in the journal.</source>
        <translation>Er staat geen klant met de naam {detail} in het dagboek.</translation>
    </message>
    <message>
        <source>These answers are for a pulse this journal did not make.</source>
        <translation>Deze antwoorden horen bij een puls die dit dagboek niet heeft gemaakt.</translation>
    </message>
    <message>
        <source>These answers are for a pulse of another client ({detail}).</source>
        <translation>Deze antwoorden horen bij een puls van een andere klant ({detail}).</translation>
    </message>
    <message>
        <source>{source} is a coach&apos;s feedback file: import it as a file (File → Import Client Answers…).</source>
        <translation>{source} is een feedbackbestand van een coach: importeer het als bestand (Bestand → Antwoorden van klant importeren…).</translation>
    </message>
    <message>
        <source>{source} is a coach&apos;s feedback file that cannot be read: {detail}</source>
        <translation>{source} is een feedbackbestand van een coach dat niet kan worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>Nothing of it was imported.</source>
        <translation>Er is niets van geïmporteerd.</translation>
    </message>
    <message>
        <source>its answers were already shown</source>
        <translation>de antwoorden zijn al getoond</translation>
    </message>
    <message>
        <source>you predicted it already</source>
        <translation>je hebt ze al voorspeld</translation>
    </message>
    <message>
        <source>you chose not to predict it</source>
        <translation>je hebt ervoor gekozen ze niet te voorspellen</translation>
    </message>
    <message>
        <source>it is too long ago</source>
        <translation>het is te lang geleden</translation>
    </message>
    <message>
        <source>The answers to pulse {code} can no longer be predicted: {reason}.</source>
        <translation>De antwoorden op puls {code} kunnen niet meer worden voorspeld: {reason}.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>dat bestand bestaat niet</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>het kan niet gelezen worden</translation>
    </message>
    <message>
        <source>it is {detail}, not a file</source>
        <translation>het is {detail}, geen bestand</translation>
    </message>
    <message>
        <source>it is too large for a meeting transcript ({detail})</source>
        <translation>het is te groot voor het transcript van een gesprek ({detail})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>het is leeg</translation>
    </message>
    <message>
        <source>it is not text ({detail})</source>
        <translation>het is geen tekst ({detail})</translation>
    </message>
    <message>
        <source>its text is in an encoding Advisor Journal does not read ({detail})</source>
        <translation>de tekst staat in een codering die Advisor Journal niet leest ({detail})</translation>
    </message>
    <message>
        <source>it is not a Teams or Zoom transcript ({detail})</source>
        <translation>het is geen transcript van Teams of Zoom ({detail})</translation>
    </message>
    <message>
        <source>it holds no speech ({detail})</source>
        <translation>er wordt niets in gezegd ({detail})</translation>
    </message>
    <message>
        <source>no speaker is named in it, so nothing can be said about who talked or asked. Export the transcript with speaker names (Teams and Zoom write them when transcription is on)</source>
        <translation>er wordt geen spreker in genoemd, dus er valt niets te zeggen over wie praatte of vroeg. Exporteer het transcript met de namen van de sprekers (Teams en Zoom zetten die erin als transcriptie aan staat)</translation>
    </message>
    <message>
        <source>it has too many cues ({detail})</source>
        <translation>het heeft te veel fragmenten ({detail})</translation>
    </message>
    <message>
        <source>{file} gives no transcript figures: {reason}{where}.</source>
        <translation>{file} levert geen cijfers op: {reason}{where}.</translation>
    </message>
    <message>
        <source>{path} is not an Advisor Journal summary: it is not JSON{where}.</source>
        <translation>{path} is geen Advisor Journal-samenvatting: het is geen JSON{where}.</translation>
    </message>
    <message>
        <source>{path} is incomplete: the file ends too early{where}. Ask for the summary again.</source>
        <translation>{path} is onvolledig: het bestand houdt te vroeg op{where}. Vraag de samenvatting opnieuw.</translation>
    </message>
    <message>
        <source>{path} is JSON, but not an Advisor Journal summary.</source>
        <translation>{path} is JSON, maar geen Advisor Journal-samenvatting.</translation>
    </message>
    <message>
        <source>{path} was exported by a newer version of Advisor Journal ({detail}). Update the app to read it.</source>
        <translation>{path} is geëxporteerd door een nieuwere versie van Advisor Journal ({detail}). Werk de app bij om het te lezen.</translation>
    </message>
    <message>
        <source>{path} has a format this app does not know ({detail}).</source>
        <translation>{path} heeft een indeling die deze app niet kent ({detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be trusted: at {where_path}, {detail}. Nothing of it was opened.</source>
        <translation>{path} is niet betrouwbaar: bij {where_path}: {detail}. Er is niets van geopend.</translation>
    </message>
    <message>
        <source>{path} is not an Advisor Journal summary: it is nested deeper than any summary.</source>
        <translation>{path} is geen Advisor Journal-samenvatting: het is dieper genest dan een samenvatting ooit is.</translation>
    </message>
    <message>
        <source>{path} is not an Advisor Journal summary: it holds a number no summary holds ({detail}).</source>
        <translation>{path} is geen Advisor Journal-samenvatting: er staat een getal in dat geen samenvatting bevat ({detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be trusted: “{detail}” is given twice in one place, so which one counts? Nothing of it was opened.</source>
        <translation>{path} is niet betrouwbaar: “{detail}” staat twee keer op één plek, dus welke telt? Er is niets van geopend.</translation>
    </message>
    <message>
        <source>{path} is not a file but {detail}; choose a summary (.json).</source>
        <translation>{path} is geen bestand maar {detail}; kies een samenvatting (.json).</translation>
    </message>
    <message>
        <source>{path} is larger than any summary ({detail}); it was not read.</source>
        <translation>{path} is groter dan een samenvatting ooit is ({detail}); het is niet gelezen.</translation>
    </message>
    <message>
        <source>{path} is not Advisor Journal feedback: it is not JSON{where}.</source>
        <translation>{path} is geen feedback van Advisor Journal: het is geen JSON{where}.</translation>
    </message>
    <message>
        <source>{path} is incomplete: the file ends too early{where}. Ask your coach to send it again.</source>
        <translation>{path} is onvolledig: het bestand houdt te vroeg op{where}. Vraag je coach het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>{path} is JSON, but not Advisor Journal feedback.</source>
        <translation>{path} is JSON, maar geen feedback van Advisor Journal.</translation>
    </message>
    <message>
        <source>{path} is not Advisor Journal feedback: it is nested deeper than any feedback.</source>
        <translation>{path} is geen feedback van Advisor Journal: het is dieper genest dan feedback ooit is.</translation>
    </message>
    <message>
        <source>{path} is not Advisor Journal feedback: it holds a number no feedback holds ({detail}).</source>
        <translation>{path} is geen feedback van Advisor Journal: er staat een getal in dat geen feedback bevat ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a file but {detail}; choose a feedback file (.json).</source>
        <translation>{path} is geen bestand maar {detail}; kies een feedbackbestand (.json).</translation>
    </message>
    <message>
        <source>{path} is larger than any feedback ({detail}); it was not read.</source>
        <translation>{path} is groter dan feedback ooit is ({detail}); het is niet gelezen.</translation>
    </message>
    <message>
        <source>There is no client named {names} in the journal.</source>
        <translation>Er is geen klant met de naam {names} in het dagboek.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>Unknown trait: {ids}.</source>
        <translation>Onbekende eigenschap: {ids}.</translation>
    </message>
    <message>
        <source>“{field}” is {length} characters long; at most {limit} fit.</source>
        <translation>‘{field}’ is {length} tekens lang; er passen er hoogstens {limit} in.</translation>
    </message>
    <message>
        <source>“{field}” contains characters that cannot be stored.</source>
        <translation>‘{field}’ bevat tekens die niet kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <source>A meeting can have at most {limit} tags.</source>
        <translation>Een gesprek kan hoogstens {limit} labels hebben.</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>Geef het label een naam.</translation>
    </message>
    <message>
        <source>The form needs your e-mail address for the answers: set it in Settings (Calendar, your e-mail address).</source>
        <translation>Het formulier heeft je e-mailadres nodig voor de antwoorden: vul het in bij Instellingen (Agenda, je e-mailadres).</translation>
    </message>
    <message>
        <source>The form must say who asks: set your name in Settings.</source>
        <translation>Het formulier moet zeggen wie het vraagt: vul je naam in bij Instellingen.</translation>
    </message>
    <message>
        <source>A prediction needs a score from 1 to 5 for every question.</source>
        <translation>Een voorspelling heeft bij elke vraag een score van 1 tot 5 nodig.</translation>
    </message>
    <message>
        <source>“{field}” cannot be saved: {problem}.</source>
        <translation>‘{field}’ kan niet worden opgeslagen: {problem}.</translation>
    </message>
    <message>
        <source>Advisor Journal</source>
        <translation>Advisor Journal</translation>
    </message>
    <message>
        <source>Discard reflection?</source>
        <translation>Reflectie verwerpen?</translation>
    </message>
    <message>
        <source>You have typed a reflection that is not saved. Discard it?</source>
        <translation>Je hebt een reflectie getypt die nog niet is opgeslagen. Wil je die verwerpen?</translation>
    </message>
    <message>
        <source>Discard feedback?</source>
        <translation>Feedback weggooien?</translation>
    </message>
    <message>
        <source>You have written feedback that is not saved. Close without saving it?</source>
        <translation>Je hebt feedback geschreven die nog niet is opgeslagen. Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” with {client} on {date}?</source>
        <translation>Het gesprek “{title}” met {client} op {date} verwijderen?</translation>
    </message>
    <message>
        <source>Its reflection is deleted with it.</source>
        <translation>De reflectie wordt ook verwijderd.</translation>
    </message>
    <message>
        <source>Delete meeting?</source>
        <translation>Gesprek verwijderen?</translation>
    </message>
    <message>
        <source>You can undo this with {keys}.</source>
        <translation>Je kunt dit ongedaan maken met {keys}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Advisor Journal ({kind}). Nothing you typed has been thrown away; try again.</source>
        <translation>Er is iets misgegaan in Advisor Journal ({kind}). Niets van wat je hebt getypt is verloren gegaan; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>If it keeps happening, tell us what you did and send us the diagnostics (Copy Diagnostics puts them on the clipboard) and the files in the log folder. Neither holds anything you wrote.</source>
        <translation>Blijft het gebeuren, laat ons dan weten wat je deed en stuur ons de diagnose (Diagnose kopiëren zet die op het klembord) en de bestanden in de logmap. Geen van beide bevat iets wat je hebt geschreven.</translation>
    </message>
    <message>
        <source>Copy Diagnostics</source>
        <translation>Diagnose kopiëren</translation>
    </message>
    <message>
        <source>Show Log Folder</source>
        <translation>Logmap tonen</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log files are in:</source>
        <translation>Er kon geen bestandsbeheer worden geopend. De logbestanden staan in:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>About Advisor Journal</source>
        <translation>Over Advisor Journal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Advisor Journal {version}&lt;/h3&gt;&lt;p&gt;A few minutes after each client meeting: did I listen, was I honest about what I did not know, did I reduce the client&apos;s fears? Over the weeks the journal shows how each trusted-advisor trait grows.&lt;/p&gt;&lt;p&gt;Your entries stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Advisor Journal {version}&lt;/h3&gt;&lt;p&gt;Een paar minuten na elk klantgesprek: heb ik geluisterd, was ik eerlijk over wat ik niet wist, heb ik de zorgen van de klant verminderd? In de loop van de weken laat het dagboek zien hoe elke eigenschap van een vertrouwd adviseur groeit.&lt;/p&gt;&lt;p&gt;Wat je schrijft, blijft op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file manager could be opened. Your journal and its backups are in:</source>
        <translation>Er kon geen bestandsbeheer worden geopend. Je dagboek en de back-ups ervan staan in:</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>week van {date}</translation>
    </message>
    <message>
        <source>{period} so far</source>
        <translation>{period} tot nu toe</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>K{quarter} {year}</translation>
    </message>
    <message>
        <source>Traits over time</source>
        <translation>Eigenschappen in de loop van de tijd</translation>
    </message>
    <message>
        <source>Trust over time</source>
        <translation>Vertrouwen in de loop van de tijd</translation>
    </message>
    <message>
        <source>parts (1–10)</source>
        <translation>delen (1–10)</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>vertrouwen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>trust (0–100)</source>
        <translation>vertrouwen (0–100)</translation>
    </message>
    <message>
        <source>{part} (lower is better)</source>
        <translation>{part} (lager is beter)</translation>
    </message>
    <message>
        <source>Meetings reflected on</source>
        <translation>Gereflecteerde gesprekken</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>reflected on</source>
        <translation>gereflecteerd</translation>
    </message>
    <message>
        <source>Trust per client</source>
        <translation>Vertrouwen per klant</translation>
    </message>
    <message>
        <source>{client}: trust {value} (from {count} reflections)</source>
        <translation>{client}: vertrouwen {value} (op basis van {count} reflecties)</translation>
    </message>
    <message>
        <source>Click to see this client over time.</source>
        <translation>Klik om deze klant door de tijd te zien.</translation>
    </message>
    <message>
        <source>{name}, {period}: {value} of 100 (from {count} reflections)</source>
        <translation>{name}, {period}: {value} van 100 (op basis van {count} reflecties)</translation>
    </message>
    <message>
        <source>50: the four parts even; higher is better.</source>
        <translation>50: de vier delen in evenwicht; hoger is beter.</translation>
    </message>
    <message>
        <source>{name}, {period}: {value} of 10 (from {count} reflections)</source>
        <translation>{name}, {period}: {value} van 10 (op basis van {count} reflecties)</translation>
    </message>
    <message>
        <source>Self-orientation: lower is better.</source>
        <translation>Zelfgerichtheid: lager is beter.</translation>
    </message>
    <message>
        <source>Only {days} of its days have gone by: the summary leaves it out until half of the period has.</source>
        <translation>Pas {days} van de dagen zijn voorbij: de samenvatting laat deze periode weg tot de helft voorbij is.</translation>
    </message>
    <message>
        <source>Few answers (fewer than {count}): read this point with care; the summary does not compare it.</source>
        <translation>Weinig antwoorden (minder dan {count}): lees dit punt met zorg; de samenvatting vergelijkt het niet.</translation>
    </message>
    <message>
        <source>{gone} of {total}</source>
        <translation>{gone} van {total}</translation>
    </message>
    <message>
        <source>{period}: {held} held, {reflected} reflected on</source>
        <translation>{period}: {held} gehouden, op {reflected} gereflecteerd</translation>
    </message>
    <message>
        <source>{name}, {period}: {value} (from {count} answers)</source>
        <translation>{name}, {period}: {value} (op basis van {count} antwoorden)</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Kon {path} niet schrijven.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>Your strongest trait is {traits}.</source>
        <translation>Je sterkste eigenschap is {traits}.</translation>
    </message>
    <message>
        <source>Your strongest traits are {traits}.</source>
        <translation>Je sterkste eigenschappen zijn {traits}.</translation>
    </message>
    <message>
        <source>{traits} has the most room to grow.</source>
        <translation>{traits} heeft de meeste ruimte om te groeien.</translation>
    </message>
    <message>
        <source>{traits} have the most room to grow.</source>
        <translation>{traits} hebben de meeste ruimte om te groeien.</translation>
    </message>
    <message>
        <source>{trait} rose from {before} to {after} between {since} and {until}.</source>
        <translation>{trait} steeg van {before} naar {after} tussen {since} en {until}.</translation>
    </message>
    <message>
        <source>{trait} fell from {before} to {after} between {since} and {until}.</source>
        <translation>{trait} daalde van {before} naar {after} tussen {since} en {until}.</translation>
    </message>
    <message>
        <source>Your focus trait {trait} went from {before} to {after}.</source>
        <translation>Je focuseigenschap {trait} ging van {before} naar {after}.</translation>
    </message>
    <message>
        <source>There are too few answers in this period to say how your traits are developing. Each reflection adds a few; after a handful of meetings the picture appears.</source>
        <translation>Er zijn in deze periode te weinig antwoorden om te zeggen hoe je eigenschappen zich ontwikkelen. Elke reflectie voegt er een paar toe; na een handvol gesprekken wordt het beeld zichtbaar.</translation>
    </message>
    <message>
        <source>{period}: 1 meeting, not yet in these sentences.</source>
        <translation>{period}: 1 gesprek, nog niet in deze zinnen.</translation>
    </message>
    <message>
        <source>{period}: {count} meetings, not yet in these sentences.</source>
        <translation>{period}: {count} gesprekken, nog niet in deze zinnen.</translation>
    </message>
    <message>
        <source>The sentences speak of a period once at least half of it has gone by. A trait rose or fell only between periods with at least {answers} answers for it, and by at least {points} points. Traits within {lead} points of the strongest or the weakest are named with it. So one new reflection does not change the sentences while a period is young. The charts show every period; hover a point to see what it rests on.</source>
        <translation>De zinnen spreken over een periode zodra minstens de helft voorbij is. Een eigenschap steeg of daalde alleen tussen perioden met minstens {answers} antwoorden ervoor, en met minstens {points} punten. Eigenschappen binnen {lead} punten van de sterkste of de zwakste worden samen genoemd. Zo verandert één nieuwe reflectie de zinnen niet zolang een periode jong is. De grafieken tonen elke periode; wijs een punt aan om te zien waarop het rust.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{trait}&lt;/b&gt; ({value})</source>
        <translation>&lt;b&gt;{trait}&lt;/b&gt; ({value})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>You kept {rate} of the {count} intentions you looked back on.</source>
        <translation>Van de {count} voornemens waarop je terugkeek, is {rate} gelukt.</translation>
    </message>
    <message>
        <source>You kept {rate} of the one intention you looked back on.</source>
        <translation>Van het ene voornemen waarop je terugkeek, is {rate} gelukt.</translation>
    </message>
    <message>
        <source>Best kept: &lt;b&gt;{best}&lt;/b&gt; ({best_rate}); hardest: &lt;b&gt;{worst}&lt;/b&gt; ({worst_rate}).</source>
        <translation>Het best gelukt: &lt;b&gt;{best}&lt;/b&gt; ({best_rate}); het lastigst: &lt;b&gt;{worst}&lt;/b&gt; ({worst_rate}).</translation>
    </message>
    <message>
        <source>No particular trait</source>
        <translation>Geen bepaalde eigenschap</translation>
    </message>
    <message>
        <source>{trait}: {rate} kept ({kept} yes, {partly} partly, {missed} no, {open} open)</source>
        <translation>{trait}: {rate} gelukt ({kept} ja, {partly} deels, {missed} nee, {open} open)</translation>
    </message>
    <message>
        <source>marked private</source>
        <translation>gemarkeerd als privé</translation>
    </message>
    <message>
        <source>you declined it</source>
        <translation>je hebt het afgeslagen</translation>
    </message>
    <message>
        <source>its title has a word you ignore</source>
        <translation>de titel bevat een woord dat je negeert</translation>
    </message>
    <message>
        <source>everyone else is from a domain you ignore</source>
        <translation>alle anderen komen van een domein dat je negeert</translation>
    </message>
    <message>
        <source>only people from your own organisation</source>
        <translation>alleen mensen van je eigen organisatie</translation>
    </message>
    <message>
        <source>nobody else invited</source>
        <translation>niemand anders uitgenodigd</translation>
    </message>
    <message>
        <source>its title has a word you include</source>
        <translation>de titel bevat een woord dat je meeneemt</translation>
    </message>
    <message>
        <source>someone from a domain you include</source>
        <translation>iemand van een domein dat je meeneemt</translation>
    </message>
    <message>
        <source>its title names a client</source>
        <translation>de titel noemt een klant</translation>
    </message>
    <message>
        <source>someone from outside your organisation</source>
        <translation>iemand van buiten je organisatie</translation>
    </message>
    <message>
        <source>part of a series with a client</source>
        <translation>onderdeel van een reeks met een klant</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>an all-day event, not a meeting</source>
        <translation>een hele-dagafspraak, geen gesprek</translation>
    </message>
    <message>
        <source>it has no start time</source>
        <translation>er is geen begintijd</translation>
    </message>
    <message>
        <source>its {property} cannot be read (an impossible date or time?)</source>
        <translation>de {property} is onleesbaar (een onmogelijke datum of tijd?)</translation>
    </message>
    <message>
        <source>line {line}: not an iCalendar line, left out (“{text}”)</source>
        <translation>regel {line}: geen iCalendar-regel, weggelaten (‘{text}’)</translation>
    </message>
    <message>
        <source>the event at line {line} has the same UID: only the newest version is read</source>
        <translation>de afspraak op regel {line} heeft dezelfde UID: alleen de nieuwste versie is gelezen</translation>
    </message>
    <message>
        <source>only people with a personal e-mail address (such as gmail.com)</source>
        <translation>alleen mensen met een persoonlijk e-mailadres (zoals gmail.com)</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>hij is onleesbaar ({detail})</translation>
    </message>
    <message>
        <source>its recurrence rule cannot be worked out ({detail})</source>
        <translation>de herhaalregel is niet uit te rekenen ({detail})</translation>
    </message>
    <message>
        <source>its recurrence rule repeats too often since too long ago to work out ({detail})</source>
        <translation>de herhaalregel herhaalt te vaak en sinds te lang geleden om uit te rekenen ({detail})</translation>
    </message>
    <message>
        <source>line {line}: END:{text} without its BEGIN, left out</source>
        <translation>regel {line}: END:{text} zonder bijbehorende BEGIN, weggelaten</translation>
    </message>
    <message>
        <source>line {line}: an event outside BEGIN:VCALENDAR … END:VCALENDAR; read all the same</source>
        <translation>regel {line}: een afspraak buiten BEGIN:VCALENDAR … END:VCALENDAR; toch gelezen</translation>
    </message>
    <message>
        <source>line {line}: {text} is longer than {chars} characters, left out</source>
        <translation>regel {line}: {text} is langer dan {chars} tekens, weggelaten</translation>
    </message>
    <message>
        <source>line {line}: more than {values} {text} lines in one event; the rest were left out</source>
        <translation>regel {line}: meer dan {values} {text}-regels in één afspraak; de rest is weggelaten</translation>
    </message>
    <message>
        <source>line {line}: the title is longer than {text_chars} characters; it was cut there</source>
        <translation>regel {line}: de titel is langer dan {text_chars} tekens; hij is daar afgekapt</translation>
    </message>
    <message>
        <source>line {line}: the location is longer than {text_chars} characters; it was cut there</source>
        <translation>regel {line}: de locatie is langer dan {text_chars} tekens; hij is daar afgekapt</translation>
    </message>
    <message>
        <source>line {line}: the time zone “{text}” cannot be read (an impossible offset or rule); its times are read in the zone of that name, or as local time</source>
        <translation>regel {line}: de tijdzone “{text}” is onleesbaar (een onmogelijke verschuiving of regel); de tijden erin zijn gelezen in de zone met die naam, of als lokale tijd</translation>
    </message>
    <message>
        <source>line {line}: “{text}” ends before it starts; it was read with the two swapped</source>
        <translation>regel {line}: “{text}” eindigt voordat hij begint; begin en eind zijn omgewisseld gelezen</translation>
    </message>
    <message>
        <source>line {line}: the time zone “{text}” is unknown; its times are read as local time</source>
        <translation>regel {line}: de tijdzone “{text}” is onbekend; de tijden erin zijn gelezen als lokale tijd</translation>
    </message>
    <message>
        <source>line {line}: “{text}” repeats more than {occurrences} times in this period; only the first {occurrences} were read</source>
        <translation>regel {line}: “{text}” herhaalt zich meer dan {occurrences} keer in deze periode; alleen de eerste {occurrences} zijn gelezen</translation>
    </message>
    <message>
        <source>more than {events} events in this period: the rest of the file, from line {line}, was left out</source>
        <translation>meer dan {events} afspraken in deze periode: de rest van het bestand, vanaf regel {line}, is weggelaten</translation>
    </message>
    <message>
        <source>reading took longer than {seconds} seconds: the rest of the file, from line {line}, was left out</source>
        <translation>het lezen duurde langer dan {seconds} seconden: de rest van het bestand, vanaf regel {line}, is weggelaten</translation>
    </message>
    <message>
        <source>… and {count} more problems like these</source>
        <translation>… en nog {count} van zulke problemen</translation>
    </message>
    <message>
        <source>line {line}: the first of {count} lines that are not UTF-8; they were read as Windows-1252, so check accented letters</source>
        <translation>regel {line}: de eerste van {count} regels die geen UTF-8 zijn; ze zijn gelezen als Windows-1252, controleer dus letters met accenten</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8; it was read as Windows-1252, so check accented letters</source>
        <translation>regel {line}: geen UTF-8; gelezen als Windows-1252, controleer dus letters met accenten</translation>
    </message>
    <message>
        <source>the file is cut short at line {line}: the event that starts at line {start} was left out (a download or sync that stopped, or a file still being written?)</source>
        <translation>het bestand houdt op bij regel {line}: de afspraak die op regel {start} begint is weggelaten (een download of synchronisatie die stopte, of een bestand dat nog geschreven wordt?)</translation>
    </message>
    <message>
        <source>the file is cut short at line {line} (it does not end with END:VCALENDAR); what came before was read</source>
        <translation>het bestand houdt op bij regel {line} (het eindigt niet met END:VCALENDAR); wat ervoor stond is gelezen</translation>
    </message>
    <message>
        <source>Time to reflect</source>
        <translation>Tijd om te reflecteren</translation>
    </message>
    <message>
        <source>A client meeting has ended.</source>
        <translation>Een klantgesprek is afgelopen.</translation>
    </message>
    <message>
        <source>{count} client meetings have ended.</source>
        <translation>{count} klantgesprekken zijn afgelopen.</translation>
    </message>
    <message>
        <source>“{title}” with {client} has ended.</source>
        <translation>„{title}” met {client} is afgelopen.</translation>
    </message>
    <message>
        <source>1 more meeting waiting.</source>
        <translation>Nog 1 gesprek wacht.</translation>
    </message>
    <message>
        <source>{count} more meetings waiting.</source>
        <translation>Nog {count} gesprekken wachten.</translation>
    </message>
    <message>
        <source>{path} is too large to import ({detail}; at most {limit} MB). Export a shorter period from your calendar and import that.</source>
        <translation>{path} is te groot om te importeren ({detail}; hoogstens {limit} MB). Exporteer een kortere periode uit je agenda en importeer die.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}.</source>
        <translation>{path} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a file but {kind}. Choose a calendar file (.ics).</source>
        <translation>{path} is geen bestand maar {kind}. Kies een agendabestand (.ics).</translation>
    </message>
    <message>
        <source> (line {line})</source>
        <translation> (regel {line})</translation>
    </message>
    <message>
        <source>{path} is not an iCalendar (.ics) file{where}. Export your calendar as .ics from Outlook, Google Calendar or Apple Calendar and import that.</source>
        <translation>{path} is geen iCalendar-bestand (.ics){where}. Exporteer je agenda als .ics uit Outlook, Google Agenda of Apple Agenda en importeer dat.</translation>
    </message>
    <message>
        <source>{source}: {added} client meetings added, {updated} updated, {unchanged} unchanged; {other} other events and {skipped} left out.</source>
        <translation>{source}: {added} klantgesprekken toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd; {other} andere afspraken en {skipped} weggelaten.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>not a client meeting</source>
        <translation>geen klantgesprek</translation>
    </message>
    <message>
        <source>left out: line {line}  {title} — {reason}</source>
        <translation>weggelaten: regel {line}  {title} — {reason}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>{count} meetings cancelled since the last import.</source>
        <translation>{count} gesprekken geannuleerd sinds de vorige import.</translation>
    </message>
    <message>
        <source>Your own address was taken to be {address}; set it in Settings to be sure which meetings are with clients.</source>
        <translation>Als je eigen adres is {address} aangenomen; stel het in bij Instellingen om zeker te weten welke gesprekken met klanten zijn.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>vandaag om {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gisteren om {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <source>a client not yet known</source>
        <translation>een nog onbekende klant</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Geloofwaardigheid</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Self-orientation</source>
        <translation>Zelfgerichtheid</translation>
    </message>
    <message>
        <source>Reflection summary</source>
        <translation>Reflectieoverzicht</translation>
    </message>
    <message>
        <source>{first} to {last} · exported on {exported}</source>
        <translation>{first} t/m {last} · geëxporteerd op {exported}</translation>
    </message>
    <message>
        <source>Client names are real.</source>
        <translation>De namen van klanten zijn echt.</translation>
    </message>
    <message>
        <source>Client names are replaced by pseudonyms (Client A, Client B …).</source>
        <translation>De namen van klanten zijn vervangen door schuilnamen (Klant A, Klant B …).</translation>
    </message>
    <message>
        <source>Open answers, intentions and notes are included.</source>
        <translation>Open antwoorden, voornemens en notities zijn meegenomen.</translation>
    </message>
    <message>
        <source>Open answers, intentions and notes are left out.</source>
        <translation>Open antwoorden, voornemens en notities zijn weggelaten.</translation>
    </message>
    <message>
        <source>Attendees, e-mail addresses and locations are never exported.</source>
        <translation>Deelnemers, e-mailadressen en locaties worden nooit geëxporteerd.</translation>
    </message>
    <message>
        <source>There are no client meetings in this period.</source>
        <translation>Er zijn geen klantgesprekken in deze periode.</translation>
    </message>
    <message>
        <source>1 client meeting</source>
        <translation>1 klantgesprek</translation>
    </message>
    <message>
        <source>{count} client meetings</source>
        <translation>{count} klantgesprekken</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 klant</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <source>{meetings} with {clients}; reflected on {reflected} ({percent}).</source>
        <translation>{meetings} met {clients}; op {reflected} gereflecteerd ({percent}).</translation>
    </message>
    <message>
        <source>This export holds no intentions.</source>
        <translation>Deze export bevat geen voornemens.</translation>
    </message>
    <message>
        <source>No intentions were written in this period.</source>
        <translation>In deze periode zijn geen voornemens geschreven.</translation>
    </message>
    <message>
        <source>1 intention was written (“next time I will …”).</source>
        <translation>Er is 1 voornemen geschreven („volgende keer ga ik …”).</translation>
    </message>
    <message>
        <source>{count} intentions were written (“next time I will …”).</source>
        <translation>Er zijn {count} voornemens geschreven („volgende keer ga ik …”).</translation>
    </message>
    <message>
        <source>1 intention was written: {kept} kept, {partly} partly kept, {missed} not kept, {open} still open.</source>
        <translation>Er is 1 voornemen geschreven: {kept} gelukt, {partly} deels gelukt, {missed} niet gelukt, {open} nog open.</translation>
    </message>
    <message>
        <source>{count} intentions were written: {kept} kept, {partly} partly kept, {missed} not kept, {open} still open.</source>
        <translation>Er zijn {count} voornemens geschreven: {kept} gelukt, {partly} deels gelukt, {missed} niet gelukt, {open} nog open.</translation>
    </message>
    <message>
        <source>Kept rate: {rate}.</source>
        <translation>In totaal {rate} gelukt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Next time I will</source>
        <translation>Volgende keer ga ik</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Kept?</source>
        <translation>Gelukt?</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>% gelukt</translation>
    </message>
    <message>
        <source>All intentions</source>
        <translation>Alle voornemens</translation>
    </message>
    <message>
        <source>No trait</source>
        <translation>Geen eigenschap</translation>
    </message>
    <message>
        <source>No trait, or one left out</source>
        <translation>Geen eigenschap, of een weggelaten eigenschap</translation>
    </message>
    <message>
        <source>Kept rate: the intentions looked back on that were kept, partly kept ones counting half. Open intentions have not been looked back on yet.</source>
        <translation>% gelukt: het deel van de voornemens waarop is teruggekeken dat gelukt is; deels gelukt telt voor de helft. Op open voornemens is nog niet teruggekeken.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Traits over time (0–100)</source>
        <translation>Eigenschappen in de loop van de tijd (0–100)</translation>
    </message>
    <message>
        <source>Scores per period</source>
        <translation>Scores per periode</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>Voornemens</translation>
    </message>
    <message>
        <source>Reflections in their own words</source>
        <translation>Reflecties in eigen woorden</translation>
    </message>
    <message>
        <source>The advisor&apos;s view and their clients&apos; and coach&apos;s</source>
        <translation>Het beeld van de adviseur en dat van klanten en coach</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Voorspeld</translation>
    </message>
    <message>
        <source>{count} raters</source>
        <translation>{count} beoordelaars</translation>
    </message>
    <message>
        <source>0–100. The clients and the coach scored statements about the same traits on the same 1–5 scale; their figures are averages over at least {count} people, so no one&apos;s answer can be picked out (fewer: only how many). Predicted: the advisor&apos;s own guess of the clients&apos; answers, made before seeing them.</source>
        <translation>0–100. De klanten en de coach beoordeelden uitspraken over dezelfde eigenschappen op dezelfde schaal van 1–5; hun cijfers zijn gemiddelden over minstens {count} mensen, zodat niemands antwoord te herkennen is (minder: alleen het aantal). Voorspeld: wat de adviseur zelf dacht dat de klanten zouden antwoorden, voordat die antwoorden te zien waren.</translation>
    </message>
    <message>
        <source>One small chart per trait, 0–100; focus traits are framed. A gap means no answers in that period; a hollow point rests on fewer than three answers, or on a period not yet half over.</source>
        <translation>Eén kleine grafiek per eigenschap, 0–100; focuseigenschappen hebben een kader. Een gat betekent geen antwoorden in die periode; een open punt rust op minder dan drie antwoorden, of op een periode die nog niet half voorbij is.</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>focus</translation>
    </message>
    <message>
        <source>Trust, 0–100, is the Trust Equation (credibility + reliability + intimacy) / self-orientation on a bounded scale: 50 when the four parts are even, 100 the best the answers can give. The parts (right axis) run from 1 to 10; for self-orientation lower is better.</source>
        <translation>Vertrouwen, 0–100, is de vertrouwensformule (geloofwaardigheid + betrouwbaarheid + nabijheid) / zelfgerichtheid op een begrensde schaal: 50 als de vier delen in evenwicht zijn, 100 het beste wat de antwoorden kunnen geven. De delen (rechteras) lopen van 1 tot 10; bij zelfgerichtheid is lager beter.</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Hele periode</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Reflected on</source>
        <translation>Gereflecteerd</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Your journal is damaged</source>
        <translation>Je dagboek is beschadigd</translation>
    </message>
    <message>
        <source>Your journal file is incomplete</source>
        <translation>Je dagboekbestand is onvolledig</translation>
    </message>
    <message>
        <source>The start of your journal file was wiped</source>
        <translation>Het begin van je dagboekbestand is gewist</translation>
    </message>
    <message>
        <source>Your journal file is empty</source>
        <translation>Je dagboekbestand is leeg</translation>
    </message>
    <message>
        <source>A text file is where your journal should be</source>
        <translation>Er staat een tekstbestand waar je dagboek hoort</translation>
    </message>
    <message>
        <source>The journal file is not a journal</source>
        <translation>Het dagboekbestand is geen dagboek</translation>
    </message>
    <message>
        <source>Another program&apos;s file is where your journal should be</source>
        <translation>Er staat een bestand van een ander programma waar je dagboek hoort</translation>
    </message>
    <message>
        <source>Your journal was written by a newer version</source>
        <translation>Je dagboek is door een nieuwere versie geschreven</translation>
    </message>
    <message>
        <source>Your encrypted journal cannot be opened</source>
        <translation>Je versleutelde dagboek kan niet worden geopend</translation>
    </message>
    <message>
        <source>Part of the journal file cannot be read. This can happen when the computer lost power, the disk was full, or a disk or sync program failed.</source>
        <translation>Een deel van het dagboekbestand kan niet worden gelezen. Dat kan gebeuren als de stroom van de computer uitviel, de schijf vol was, of een schijf of synchronisatieprogramma een fout maakte.</translation>
    </message>
    <message>
        <source>The end of the journal file is missing, as if a copy or a sync stopped halfway.</source>
        <translation>Het einde van het dagboekbestand ontbreekt, alsof kopiëren of synchroniseren halverwege is gestopt.</translation>
    </message>
    <message>
        <source>The first bytes of the file, which say what it is, have been overwritten with zeros. This can happen after a crash or a disk problem.</source>
        <translation>De eerste bytes van het bestand, die zeggen wat het is, zijn met nullen overschreven. Dat kan gebeuren na een crash of een probleem met de schijf.</translation>
    </message>
    <message>
        <source>The journal file has no bytes left, while its backups (or the changes waiting beside it) show it held your journal. This can happen when a disk filled up, or a sync program failed.</source>
        <translation>Het dagboekbestand bevat geen bytes meer, terwijl de back-ups (of de wijzigingen die ernaast wachten) laten zien dat je dagboek erin stond. Dat kan gebeuren als een schijf vol raakte of een synchronisatieprogramma misging.</translation>
    </message>
    <message>
        <source>The journal file holds plain text instead of your journal. Perhaps another program saved over it.</source>
        <translation>Het dagboekbestand bevat gewone tekst in plaats van je dagboek. Misschien heeft een ander programma eroverheen opgeslagen.</translation>
    </message>
    <message>
        <source>The journal file holds something other than your journal. Perhaps another program saved over it.</source>
        <translation>Het dagboekbestand bevat iets anders dan je dagboek. Misschien heeft een ander programma eroverheen opgeslagen.</translation>
    </message>
    <message>
        <source>The journal file is a database of another program, not your journal. Perhaps a file was copied to the wrong place.</source>
        <translation>Het dagboekbestand is een database van een ander programma, niet je dagboek. Misschien is er een bestand naar de verkeerde plek gekopieerd.</translation>
    </message>
    <message>
        <source>A newer version of Advisor Journal has used this journal, and this version cannot read it safely. Install the newer version again to open it.</source>
        <translation>Een nieuwere versie van Advisor Journal heeft dit dagboek gebruikt, en deze versie kan het niet veilig lezen. Installeer de nieuwere versie opnieuw om het te openen.</translation>
    </message>
    <message>
        <source>An encrypted journal opens only with its passphrase, and not at all when its file is damaged. Whatever you choose, the journal file is kept, so it can still be opened if the passphrase turns up.</source>
        <translation>Een versleuteld dagboek gaat alleen open met de wachtwoordzin, en helemaal niet als het bestand beschadigd is. Wat je ook kiest, het dagboekbestand wordt bewaard, zodat het nog open kan als de wachtwoordzin weer opduikt.</translation>
    </message>
    <message>
        <source>Made on {date}.</source>
        <translation>Gemaakt op {date}.</translation>
    </message>
    <message>
        <source>Made on {date}, with 1 meeting.</source>
        <translation>Gemaakt op {date}, met 1 gesprek.</translation>
    </message>
    <message>
        <source>Made on {date}, with {count} meetings.</source>
        <translation>Gemaakt op {date}, met {count} gesprekken.</translation>
    </message>
    <message>
        <source>Not saved as a draft just now: another program is using the journal. Your text stays here; it is tried again in a moment.</source>
        <translation>Nu even niet als concept bewaard: een ander programma gebruikt het dagboek. Je tekst blijft hier staan; het wordt zo meteen opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Not saved as a draft: the disk is full. Your text stays here; free some disk space and it is saved again as you type.</source>
        <translation>Niet als concept bewaard: de schijf is vol. Je tekst blijft hier staan; maak wat ruimte vrij, dan wordt hij weer bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Not saved as a draft: the journal cannot be written to (it is read-only). Your text stays here.</source>
        <translation>Niet als concept bewaard: er kan niet naar het dagboek worden geschreven (het is alleen-lezen). Je tekst blijft hier staan.</translation>
    </message>
    <message>
        <source>Not saved as a draft: the journal cannot be written to ({detail}). Your text stays here.</source>
        <translation>Niet als concept bewaard: er kan niet naar het dagboek worden geschreven ({detail}). Je tekst blijft hier staan.</translation>
    </message>
    <message>
        <source>Not saved as a draft: {problem} Your text stays here.</source>
        <translation>Niet als concept bewaard: {problem} Je tekst blijft hier staan.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Gebruik minstens {count} tekens.</translation>
    </message>
    <message>
        <source>Use more than one kind of character.</source>
        <translation>Gebruik meer dan één soort teken.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be used.</source>
        <translation>De wachtwoordzin bevat een teken dat niet gebruikt kan worden.</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Minstens {count} tekens. Een paar losse woorden die niets met elkaar te maken hebben, zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Very weak: easy to guess.</source>
        <translation>Zeer zwak: makkelijk te raden.</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>Zwak: makkelijk te raden.</translation>
    </message>
    <message>
        <source>Fair. Add a word or two that do not belong together.</source>
        <translation>Redelijk. Voeg een of twee woorden toe die niet bij elkaar horen.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>It is close to a password many people use.</source>
        <translation>Het lijkt op een wachtwoord dat veel mensen gebruiken.</translation>
    </message>
    <message>
        <source>Names are easy to guess.</source>
        <translation>Namen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>A common word on its own is easy to guess.</source>
        <translation>Een gewoon woord op zichzelf is makkelijk te raden.</translation>
    </message>
    <message>
        <source>Rows and patterns on the keyboard are easy to guess.</source>
        <translation>Rijen en patronen op het toetsenbord zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Repeated characters or words are easy to guess.</source>
        <translation>Herhaalde tekens of woorden zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Sequences such as abc or 6543 are easy to guess.</source>
        <translation>Reeksen zoals abc of 6543 zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Years are easy to guess.</source>
        <translation>Jaartallen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Datums zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Door jou gemaakt</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Voor een update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Voor het terugzetten</translation>
    </message>
    <message>
        <source>Before a passphrase change</source>
        <translation>Voor een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Trust, 0–100, from the Trust Equation: (credibility + reliability + intimacy) / self-orientation, each part 1–10 from the reflection&apos;s answers. 50 means the parts are even (credibility, reliability and intimacy together three times your self-orientation); 100 is the best the answers can give, 0 the worst. Each doubling of the equation adds 15 points. Higher is better.</source>
        <translation>Vertrouwen, 0–100, uit de vertrouwensformule: (geloofwaardigheid + betrouwbaarheid + nabijheid) / zelfgerichtheid, elk deel 1–10 op basis van de antwoorden in de reflectie. 50 betekent dat de delen in evenwicht zijn (geloofwaardigheid, betrouwbaarheid en nabijheid samen drie keer je zelfgerichtheid); 100 is het beste wat de antwoorden kunnen geven, 0 het slechtste. Elke verdubbeling van de formule geeft 15 punten meer. Hoger is beter.</translation>
    </message>
    <message>
        <source>The four parts of the Trust Equation, each 1–10: credibility, reliability and intimacy (higher is better) and self-orientation (lower is better: how much you were busy with yourself rather than the client).</source>
        <translation>De vier delen van de vertrouwensformule, elk 1–10: geloofwaardigheid, betrouwbaarheid en nabijheid (hoger is beter) en zelfgerichtheid (lager is beter: hoeveel je met jezelf bezig was in plaats van met de klant).</translation>
    </message>
    <message>
        <source>mail text</source>
        <translation>mailtekst</translation>
    </message>
    <message>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>a table of answers</source>
        <translation>een tabel met antwoorden</translation>
    </message>
    <message>
        <source>your coach&apos;s feedback</source>
        <translation>de feedback van je coach</translation>
    </message>
    <message>
        <source>is a formula, not a score</source>
        <translation>is een formule, geen score</translation>
    </message>
    <message>
        <source>is not a score from 1 to 5</source>
        <translation>is geen score van 1 tot 5</translation>
    </message>
    <message>
        <source>has no answers</source>
        <translation>heeft geen antwoorden</translation>
    </message>
    <message>
        <source>does not match its check digits (a character was changed or lost)</source>
        <translation>klopt niet met de controlecijfers (een teken is veranderd of verloren gegaan)</translation>
    </message>
    <message>
        <source>is cut off before its check digits</source>
        <translation>is afgebroken vóór de controlecijfers</translation>
    </message>
    <message>
        <source>is garbled</source>
        <translation>is onleesbaar geworden</translation>
    </message>
    <message>
        <source>was written by a newer form (format {value})</source>
        <translation>komt van een nieuwer formulier (formaat {value})</translation>
    </message>
    <message>
        <source>answers {column} twice</source>
        <translation>beantwoordt {column} twee keer</translation>
    </message>
    <message>
        <source>is for pulse {value}, which this journal did not make</source>
        <translation>hoort bij puls {value}, die dit dagboek niet heeft gemaakt</translation>
    </message>
    <message>
        <source>is for a pulse of {value}, not of this client</source>
        <translation>hoort bij een puls van {value}, niet van deze klant</translation>
    </message>
    <message>
        <source>answers {column}, which its pulse did not ask</source>
        <translation>beantwoordt {column}, wat de puls niet vroeg</translation>
    </message>
    <message>
        <source>is for meeting {value}, which is not in this journal</source>
        <translation>hoort bij gesprek {value}, dat niet in dit dagboek staat</translation>
    </message>
    <message>
        <source>is for a meeting at {value}, which is not then in this journal</source>
        <translation>hoort bij een gesprek op {value}, dat niet op dat moment in dit dagboek staat</translation>
    </message>
    <message>
        <source>rates {column}, which this app does not know</source>
        <translation>beoordeelt {column}, dat deze app niet kent</translation>
    </message>
    <message>
        <source>Answer block {row} {text}; left out.</source>
        <translation>Antwoordblok {row} {text}; weggelaten.</translation>
    </message>
    <message>
        <source>Rating {row} {text}; left out.</source>
        <translation>Beoordeling {row} {text}; weggelaten.</translation>
    </message>
    <message>
        <source>Row {row} {text}; left out.</source>
        <translation>Rij {row} {text}; weggelaten.</translation>
    </message>
    <message>
        <source>Row {row}, “{column}”: “{value}” {text}; left out.</source>
        <translation>Rij {row}, “{column}”: “{value}” {text}; weggelaten.</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>geen klant</translation>
    </message>
    <message>
        <source>Read your coach&apos;s feedback: 1 rated meeting for {who}.</source>
        <translation>Feedback van je coach gelezen: 1 beoordeeld gesprek voor {who}.</translation>
    </message>
    <message>
        <source>Read your coach&apos;s feedback: {count} rated meetings for {who}.</source>
        <translation>Feedback van je coach gelezen: {count} beoordeelde gesprekken voor {who}.</translation>
    </message>
    <message>
        <source>Read {source}: 1 response from {who}.</source>
        <translation>Gelezen: {source}, 1 reactie van {who}.</translation>
    </message>
    <message>
        <source>Read {source}: {count} responses from {who}.</source>
        <translation>Gelezen: {source}, {count} reacties van {who}.</translation>
    </message>
    <message>
        <source>{added} answers added, {changed} changed, {unchanged} already in the journal.</source>
        <translation>{added} antwoorden toegevoegd, {changed} gewijzigd, {unchanged} stonden al in het dagboek.</translation>
    </message>
    <message>
        <source>No pulse of {who} asked these questions: one was made for them.</source>
        <translation>Geen puls van {who} stelde deze vragen: er is er een voor gemaakt.</translation>
    </message>
    <message>
        <source>Not a pulse question, left out: “{column}”</source>
        <translation>Geen pulsvraag, weggelaten: “{column}”</translation>
    </message>
    <message>
        <source>You have met {client} a few times: ask them for a short pulse.</source>
        <translation>Je hebt {client} een paar keer gesproken: vraag om een korte puls.</translation>
    </message>
    <message>
        <source>{count} meetings since the last pulse: ask {client} for a new one.</source>
        <translation>{count} gesprekken sinds de vorige puls: vraag {client} om een nieuwe.</translation>
    </message>
    <message>
        <source>It has been a quarter: ask {client} for a pulse.</source>
        <translation>Het is een kwartaal geleden: vraag {client} om een puls.</translation>
    </message>
    <message>
        <source>{answers} answers from {raters} raters: too few for a figure.</source>
        <translation>{answers} antwoorden van {raters} beoordelaars: te weinig voor een cijfer.</translation>
    </message>
    <message>
        <source>{answers} answers from {raters} raters</source>
        <translation>{answers} antwoorden van {raters} beoordelaars</translation>
    </message>
    <message>
        <source>{answers} answers</source>
        <translation>{answers} antwoorden</translation>
    </message>
    <message>
        <source>Show the &amp;Folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Encrypting your journal was interrupted before the journal itself was changed. It is as it was, not encrypted; you can encrypt it again in Settings → Privacy.</source>
        <translation>Het versleutelen van je dagboek werd onderbroken voordat het dagboek zelf was veranderd. Het is zoals het was, niet versleuteld; je kunt het opnieuw versleutelen via Instellingen → Privacy.</translation>
    </message>
    <message>
        <source>Removing the encryption was interrupted before the journal itself was changed. Your journal is as it was, encrypted.</source>
        <translation>Het verwijderen van de versleuteling werd onderbroken voordat het dagboek zelf was veranderd. Je dagboek is zoals het was: versleuteld.</translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted before the journal itself was changed. Your journal still opens with the passphrase it had.</source>
        <translation>Het wijzigen van de wachtwoordzin werd onderbroken voordat het dagboek zelf was veranderd. Je dagboek gaat nog open met de wachtwoordzin die het had.</translation>
    </message>
    <message>
        <source>Encrypting your journal was interrupted; it was finished now.</source>
        <translation>Het versleutelen van je dagboek werd onderbroken; het is nu afgemaakt.</translation>
    </message>
    <message>
        <source>Removing the encryption was interrupted; it was finished now.</source>
        <translation>Het verwijderen van de versleuteling werd onderbroken; het is nu afgemaakt.</translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted; it was finished now.</source>
        <translation>Het wijzigen van de wachtwoordzin werd onderbroken; het is nu afgemaakt.</translation>
    </message>
    <message>
        <source>These files keep the passphrase they had (or are damaged), so restoring one asks for it: {files}.</source>
        <translation>Deze bestanden houden de wachtwoordzin die ze hadden (of zijn beschadigd), dus wie er een terugzet, wordt om die wachtwoordzin gevraagd: {files}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These files are stored without encryption:&lt;/b&gt; {files}. Anyone who can read your files can read the notes in them; delete them once you no longer need them.</source>
        <translation>&lt;b&gt;Deze bestanden zijn niet versleuteld opgeslagen:&lt;/b&gt; {files}. Wie je bestanden kan lezen, kan de notities erin lezen; verwijder ze zodra je ze niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <source>Your plan: if {situation}, you will {action}.</source>
        <translation>Je plan: als {situation}, dan {action}.</translation>
    </message>
    <message>
        <source>Your intention: “{text}”</source>
        <translation>Je voornemen: “{text}”</translation>
    </message>
    <message>
        <source>As an if–then plan: “{plan}”</source>
        <translation>In als-dan-vorm: “{plan}”</translation>
    </message>
    <message>
        <source>Last trust parts ({title}): credibility {c:.1f}, reliability {r:.1f}, intimacy {i:.1f}, self-orientation {s:.1f} (low is good).</source>
        <translation>Laatste delen van vertrouwen ({title}): geloofwaardigheid {c:.1f}, betrouwbaarheid {r:.1f}, nabijheid {i:.1f}, zelfgerichtheid {s:.1f} (laag is goed).</translation>
    </message>
    <message>
        <source>Last time the client asked: {questions}</source>
        <translation>Vorige keer vroeg de klant: {questions}</translation>
    </message>
    <message>
        <source>Last time you spoke {share} and asked {count} questions.</source>
        <translation>Vorige keer sprak je {share} van de tijd en stelde je {count} vragen.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{time} ({words} words)</source>
        <translation>{time} ({words} woorden)</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} woorden</translation>
    </message>
    <message>
        <source>by speaking time</source>
        <translation>naar spreektijd</translation>
    </message>
    <message>
        <source>by words</source>
        <translation>naar woorden</translation>
    </message>
    <message>
        <source>You spoke {share} of the time, the others {others} ({basis}).</source>
        <translation>Jij sprak {share} van de tijd, de anderen {others} ({basis}).</translation>
    </message>
    <message>
        <source>Your questions: {total} ({open} open, {closed} closed).</source>
        <translation>Jouw vragen: {total} ({open} open, {closed} gesloten).</translation>
    </message>
    <message>
        <source>Advice or directions from you: {count}.</source>
        <translation>Adviezen of aanwijzingen van jou: {count}.</translation>
    </message>
    <message>
        <source>Advice or directions from you: {count}, {early} of them before the client had finished their story.</source>
        <translation>Adviezen of aanwijzingen van jou: {count}, waarvan {early} voordat de klant zijn verhaal had afgemaakt.</translation>
    </message>
    <message>
        <source>Your longest monologue: {size}.</source>
        <translation>Je langste monoloog: {size}.</translation>
    </message>
    <message>
        <source>You rated “{question}” {score} of 5;</source>
        <translation>Je gaf “{question}” een {score} van 5;</translation>
    </message>
    <message>
        <source>the transcript says you spoke {share}.</source>
        <translation>volgens het transcript sprak je {share}.</translation>
    </message>
    <message>
        <source>the transcript has no talk by the client to tell.</source>
        <translation>in het transcript zegt de klant niets om dat aan af te lezen.</translation>
    </message>
    <message>
        <source>the transcript has {early} of your {count} directions before the client had finished their story.</source>
        <translation>in het transcript staan {early} van je {count} adviezen of aanwijzingen voordat de klant zijn verhaal had afgemaakt.</translation>
    </message>
    <message>
        <source>the transcript counts {count} pieces of advice or directions from you.</source>
        <translation>in het transcript staan {count} adviezen of aanwijzingen van jou.</translation>
    </message>
    <message>
        <source>the transcript has {open} open and {closed} closed questions from you.</source>
        <translation>in het transcript staan {open} open en {closed} gesloten vragen van jou.</translation>
    </message>
    <message>
        <source>the transcript has {count} questions from you.</source>
        <translation>in het transcript staan {count} vragen van jou.</translation>
    </message>
    <message>
        <source>These point the same way.</source>
        <translation>Die wijzen dezelfde kant op.</translation>
    </message>
    <message>
        <source>These point different ways.</source>
        <translation>Die wijzen verschillende kanten op.</translation>
    </message>
    <message>
        <source>These cannot be compared.</source>
        <translation>Die zijn niet te vergelijken.</translation>
    </message>
    <message>
        <source>telling</source>
        <translation>vertellen</translation>
    </message>
    <message>
        <source>asking</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>In what you wrote: {telling} telling, {asking} asking.</source>
        <translation>In wat je schreef: {telling} keer vertellen, {asking} keer vragen.</translation>
    </message>
</context>
<context>
    <name>AskClientDialog</name>
    <message>
        <source>Ask the Client</source>
        <translation>Klant om feedback vragen</translation>
    </message>
    <message>
        <source>Ask {client} for a pulse</source>
        <translation>{client} om een puls vragen</translation>
    </message>
    <message>
        <source>Under a minute for your client: a few statements about how you work with them, each scored from 1 to 5. Send the form; their answers come back by mail, and you import them with File → Import Client Answers…</source>
        <translation>Minder dan een minuut voor je klant: een paar uitspraken over hoe je met hen werkt, elk met een score van 1 tot 5. Stuur het formulier; de antwoorden komen per mail terug en je importeert ze met Bestand → Antwoorden van klant importeren…</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;language:</source>
        <translation>&amp;Taal van de klant:</translation>
    </message>
    <message>
        <source>Your client scores these statements from 1 to 5:</source>
        <translation>Je klant beoordeelt deze uitspraken van 1 tot 5:</translation>
    </message>
    <message>
        <source>Save the &amp;Form…</source>
        <translation>&amp;Formulier opslaan…</translation>
    </message>
    <message>
        <source>An HTML file to attach to your mail: it works offline on any device</source>
        <translation>Een HTML-bestand om bij je mail te voegen: het werkt zonder internet op elk apparaat</translation>
    </message>
    <message>
        <source>&amp;Copy the Mail Text</source>
        <translation>Mailtekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>The mail to send with the form, to paste</source>
        <translation>De mail die je met het formulier verstuurt, om te plakken</translation>
    </message>
    <message>
        <source>Questions as CS&amp;V…</source>
        <translation>Vragen als CS&amp;V…</translation>
    </message>
    <message>
        <source>The statements for Microsoft Forms or Google Forms: copy each word for word into a 1–5 rating question</source>
        <translation>De uitspraken voor Microsoft Forms of Google Forms: neem elke letterlijk over in een beoordelingsvraag van 1–5</translation>
    </message>
    <message>
        <source>{client} had a pulse {days} days ago. Clients answer more readily when asked rarely: about once a quarter.</source>
        <translation>{client} kreeg {days} dagen geleden een puls. Klanten antwoorden eerder als je het zelden vraagt: ongeveer eens per kwartaal.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>pulse {client}</source>
        <translation>puls {client}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} opgeslagen.</translation>
    </message>
    <message>
        <source>The mail is on the clipboard: paste it into a new mail to {client}, and attach the form.</source>
        <translation>De mail staat op het klembord: plak hem in een nieuwe mail aan {client} en voeg het formulier toe.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Add Transcript</source>
        <translation>Transcript toevoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; for “{title}”</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; bij “{title}”</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Speakers: {names}. You are {me}.</source>
        <translation>Sprekers: {names}. Jij bent {me}.</translation>
    </message>
    <message>
        <source>Also keep the transcript&apos;s &amp;text in the journal</source>
        <translation>Ook de &amp;tekst van het transcript in het dagboek bewaren</translation>
    </message>
    <message>
        <source>By default only the figures are kept; the text stays in your file. With the text kept, the brief before your next meeting can show the questions the client asked. Nothing leaves this computer.</source>
        <translation>Standaard worden alleen de cijfers bewaard; de tekst blijft in je bestand. Met de tekst bewaard kan de briefing voor je volgende gesprek de vragen laten zien die de klant stelde. Niets verlaat deze computer.</translation>
    </message>
    <message>
        <source>&amp;Keep Figures</source>
        <translation>Cijfers &amp;bewaren</translation>
    </message>
</context>
<context>
    <name>BackUpNowDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Backing up your journal…</source>
        <translation>Back-up van je dagboek maken…</translation>
    </message>
    <message>
        <source>A copy is made and checked. You can keep working meanwhile.</source>
        <translation>Er wordt een kopie gemaakt en gecontroleerd. Je kunt intussen gewoon doorwerken.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Your journal is backed up</source>
        <translation>Er is een back-up van je dagboek</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt in {path}</translation>
    </message>
    <message>
        <source>The backup did not work</source>
        <translation>De back-up is niet gelukt</translation>
    </message>
    <message>
        <source>Something went wrong inside Advisor Journal ({kind}).</source>
        <translation>Er ging iets mis in Advisor Journal ({kind}).</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>The daily backup did not work</source>
        <translation>De dagelijkse back-up is niet gelukt</translation>
    </message>
    <message>
        <source>Backed up at {time}</source>
        <translation>Back-up gemaakt om {time}</translation>
    </message>
    <message>
        <source>Click to try again now (File → Back Up Now…).</source>
        <translation>Klik om het nu opnieuw te proberen (Bestand → Back-up maken…).</translation>
    </message>
    <message>
        <source>Back Up to a File</source>
        <translation>Back-up maken naar een bestand</translation>
    </message>
    <message>
        <source>Advisor Journal files (*.sqlite3);;All files (*)</source>
        <translation>Advisor Journal-bestanden (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt in {path}</translation>
    </message>
</context>
<context>
    <name>BriefBar</name>
    <message>
        <source>Hide the brief</source>
        <translation>De briefing verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Before “{title}” with {client} at {time}</source>
        <translation>Voor “{title}” met {client} om {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
</context>
<context>
    <name>CalendarFlow</name>
    <message>
        <source>Import Calendar</source>
        <translation>Agenda importeren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Agendabestanden (*.ics *.ical *.ifb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the calendar {name}…</source>
        <translation>Agenda {name} lezen…</translation>
    </message>
    <message>
        <source>Calendar {name} read again up to line {line}, where it ends early (still being written?): {added} added, {updated} updated. The rest is read when it changes again.</source>
        <translation>Agenda {name} opnieuw gelezen tot regel {line}, waar het bestand te vroeg ophoudt (wordt het nog geschreven?): {added} toegevoegd, {updated} bijgewerkt. De rest wordt gelezen zodra het weer verandert.</translation>
    </message>
    <message>
        <source>Calendar {name} read again, in part (a limit was reached; import it with File → Import Calendar… to see what was left out): {added} added, {updated} updated.</source>
        <translation>Agenda {name} gedeeltelijk opnieuw gelezen (een grens werd bereikt; importeer het met Bestand → Agenda importeren… om te zien wat is weggelaten): {added} toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>Calendar {name} read again: {added} added, {updated} updated.</source>
        <translation>Agenda {name} opnieuw gelezen: {added} toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>The calendar was not imported</source>
        <translation>De agenda is niet geïmporteerd</translation>
    </message>
    <message>
        <source>This meeting is no longer waiting for a reflection.</source>
        <translation>Dit gesprek wacht niet meer op een reflectie.</translation>
    </message>
    <message>
        <source>You will be asked again at {time}.</source>
        <translation>Je krijgt de vraag opnieuw om {time}.</translation>
    </message>
    <message>
        <source>Taken off the list as not a client meeting.</source>
        <translation>Van de lijst gehaald: geen klantgesprek.</translation>
    </message>
    <message>
        <source>{count} meetings taken off the list as not client meetings.</source>
        <translation>{count} gesprekken van de lijst gehaald: geen klantgesprekken.</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <source>Calendar file to follow</source>
        <translation>Agendabestand om te volgen</translation>
    </message>
    <message>
        <source>No file followed</source>
        <translation>Geen bestand gevolgd</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>&amp;Stop Following</source>
        <translation>&amp;Niet meer volgen</translation>
    </message>
    <message>
        <source>A calendar that Outlook, a sync tool or a script exports to a file: whenever the file changes, Advisor Journal reads it again.</source>
        <translation>Een agenda die Outlook, een synchronisatieprogramma of een script naar een bestand exporteert: telkens als het bestand verandert, leest Advisor Journal het opnieuw.</translation>
    </message>
    <message>
        <source>Which events are client meetings</source>
        <translation>Welke afspraken klantgesprekken zijn</translation>
    </message>
    <message>
        <source>Guessed from your calendar when empty</source>
        <translation>Afgeleid uit je agenda als je niets invult</translation>
    </message>
    <message>
        <source>for example: client, intake</source>
        <translation>bijvoorbeeld: klant, intake</translation>
    </message>
    <message>
        <source>for example: utrecht.nl</source>
        <translation>bijvoorbeeld: utrecht.nl</translation>
    </message>
    <message>
        <source>for example: lunch, 1:1</source>
        <translation>bijvoorbeeld: lunch, 1:1</translation>
    </message>
    <message>
        <source>for example: our-partner.nl</source>
        <translation>bijvoorbeeld: onze-partner.nl</translation>
    </message>
    <message>
        <source>A meeting counts when someone from outside your own e-mail domain is invited; private, declined and internal meetings do not. These rules come first. Separate words and domains with commas.</source>
        <translation>Een afspraak telt als er iemand van buiten je eigen e-maildomein is uitgenodigd; privé-afspraken, afgeslagen en interne afspraken tellen niet. Deze regels gaan voor. Scheid woorden en domeinen met komma&apos;s.</translation>
    </message>
    <message>
        <source>Your &amp;e-mail address:</source>
        <translation>Je &amp;e-mailadres:</translation>
    </message>
    <message>
        <source>Always, title &amp;words:</source>
        <translation>Altijd, &amp;woorden in titel:</translation>
    </message>
    <message>
        <source>Always, &amp;domains:</source>
        <translation>Altijd, &amp;domeinen:</translation>
    </message>
    <message>
        <source>Never, title w&amp;ords:</source>
        <translation>Nooit, w&amp;oorden in titel:</translation>
    </message>
    <message>
        <source>Never, d&amp;omains:</source>
        <translation>Nooit, do&amp;meinen:</translation>
    </message>
    <message>
        <source>Clients recognised by e-mail domain</source>
        <translation>Klanten herkend aan hun e-maildomein</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>The next import recognises this domain afresh</source>
        <translation>De volgende import herkent dit domein opnieuw</translation>
    </message>
    <message>
        <source>Remembered when you save a reflection on a calendar meeting. Double-click a client to rename it.</source>
        <translation>Onthouden zodra je een reflectie op een agendagesprek opslaat. Dubbelklik op een klant om de naam te wijzigen.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Blijf actief in het systeemvak als het venster sluit</translation>
    </message>
    <message>
        <source>Start Advisor Journal when I &amp;log in</source>
        <translation>Start Advisor Journal als ik me &amp;aanmeld</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so closing the window quits the app. While it runs it tells you when a client meeting ends: with a notification where your desktop shows them, else in its window. Started at login, it waits minimized in the task bar.</source>
        <translation>Je bureaublad heeft geen systeemvak, dus als je het venster sluit, stopt de app. Zolang hij draait, laat hij je weten wanneer een klantgesprek is afgelopen: met een melding als je bureaublad die toont, anders in zijn venster. Bij het inloggen gestart wacht hij geminimaliseerd in de taakbalk.</translation>
    </message>
    <message>
        <source>On this system, the README says how to start it at login.</source>
        <translation>Voor dit systeem staat in de README hoe je de app bij het aanmelden start.</translation>
    </message>
    <message>
        <source>Calendar File to Follow</source>
        <translation>Agendabestand om te volgen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Agendabestanden (*.ics *.ical *.ifb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” is geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>ClientMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reflected</source>
        <translation>Gereflecteerd</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
</context>
<context>
    <name>ClientMeetingsPanel</name>
    <message>
        <source>Meetings with this client</source>
        <translation>Gesprekken met deze klant</translation>
    </message>
    <message>
        <source>&amp;Open Meeting…</source>
        <translation>Gesprek &amp;openen…</translation>
    </message>
    <message>
        <source>Edit the selected meeting and its reflection (Enter)</source>
        <translation>Het gekozen gesprek en je reflectie erop bewerken (Enter)</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Ge&amp;sprekken</translation>
    </message>
    <message>
        <source>What you wrote about the selected meeting</source>
        <translation>Wat je over het gekozen gesprek schreef</translation>
    </message>
    <message>
        <source>&amp;Reflection and notes</source>
        <translation>&amp;Reflectie en notities</translation>
    </message>
    <message>
        <source>No meetings with this client.</source>
        <translation>Geen gesprekken met deze klant.</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Nog geen gesprekken.</translation>
    </message>
    <message>
        <source>Choose a meeting to read what you wrote about it.</source>
        <translation>Kies een gesprek om te lezen wat je erover schreef.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Nog niets geschreven.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuten</translation>
    </message>
    <message>
        <source>trust {value}</source>
        <translation>vertrouwen {value}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>You have not reflected on this meeting yet. Press Enter to reflect on it now.</source>
        <translation>Je hebt nog niet op dit gesprek gereflecteerd. Druk op Enter om dat nu te doen.</translation>
    </message>
    <message>
        <source>{verdict}: “{text}”</source>
        <translation>{verdict}: „{text}”</translation>
    </message>
    <message>
        <source>Did I do what I intended last time?</source>
        <translation>Heb ik gedaan wat ik me de vorige keer voornam?</translation>
    </message>
    <message>
        <source>(about {trait})</source>
        <translation>(over {trait})</translation>
    </message>
    <message>
        <source>How it went: {verdict}</source>
        <translation>Hoe het ging: {verdict}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Only the 1–5 questions were answered for this meeting: nothing written in your own words, and no notes.</source>
        <translation>Bij dit gesprek zijn alleen de vragen van 1 tot 5 beantwoord: niets in je eigen woorden en geen notities.</translation>
    </message>
</context>
<context>
    <name>ClientPulsePanel</name>
    <message>
        <source>&amp;Ask the Client…</source>
        <translation>&amp;Klant om feedback vragen…</translation>
    </message>
    <message>
        <source>A short pulse: a few statements your client scores in under a minute</source>
        <translation>Een korte puls: een paar uitspraken die je klant in minder dan een minuut beoordeelt</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Clients – Advisor Journal</source>
        <translation>Klanten – Advisor Journal</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Nog geen klanten</translation>
    </message>
    <message>
        <source>A client appears here once you have saved a meeting with them.</source>
        <translation>Een klant verschijnt hier zodra je een gesprek met die klant hebt opgeslagen.</translation>
    </message>
    <message>
        <source>{client} – Advisor Journal</source>
        <translation>{client} – Advisor Journal</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} gesprekken</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>{count} reflected on</source>
        <translation>op {count} gereflecteerd</translation>
    </message>
    <message>
        <source>mean trust {value}</source>
        <translation>gemiddeld vertrouwen {value}</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} open</translation>
    </message>
    <message>
        <source>{count} kept</source>
        <translation>{count} gelukt</translation>
    </message>
    <message>
        <source>{count} partly kept</source>
        <translation>{count} deels gelukt</translation>
    </message>
    <message>
        <source>{count} not kept</source>
        <translation>{count} niet gelukt</translation>
    </message>
    <message>
        <source>intentions: {counts}</source>
        <translation>voornemens: {counts}</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Your view and theirs</source>
        <translation>Jouw beeld en het hunne</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Alles samen</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Jouw voorspelling</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>No answers from a client or your coach yet. Ask a client for a short pulse (File → Ask the Client…), then import their answers.</source>
        <translation>Nog geen antwoorden van een klant of je coach. Vraag een klant om een korte puls (Bestand → Klant om feedback vragen…) en importeer dan de antwoorden.</translation>
    </message>
    <message>
        <source>0–100 as your own figures. –: none yet; *: too few raters for a figure.</source>
        <translation>0–100, zoals je eigen cijfers. –: nog niets; *: te weinig beoordelaars voor een cijfer.</translation>
    </message>
    <message>
        <source>The answers of 1 person at {client} wait for your prediction: predict them in your next reflection on a meeting with them (or skip it there).</source>
        <translation>De antwoorden van 1 persoon bij {client} wachten op je voorspelling: voorspel ze in je volgende reflectie op een gesprek met hen (of sla het daar over).</translation>
    </message>
    <message>
        <source>The answers of {count} people at {client} wait for your prediction: predict them in your next reflection on a meeting with them (or skip it there).</source>
        <translation>De antwoorden van {count} mensen bij {client} wachten op je voorspelling: voorspel ze in je volgende reflectie op een gesprek met hen (of sla het daar over).</translation>
    </message>
    <message>
        <source>How close your predictions came: not yet ({pairs} statements predicted and answered; a figure needs 4, answered by at least 2 people).</source>
        <translation>Hoe dicht je voorspellingen erbij zaten: nog niet bekend ({pairs} uitspraken voorspeld en beantwoord; een cijfer vraagt er 4, beantwoord door minstens 2 mensen).</translation>
    </message>
    <message>
        <source>How close your predictions came: {difference} points from the clients&apos; answers on average (1–5 scale; {pairs} statements predicted, answered by {raters} people).</source>
        <translation>Hoe dicht je voorspellingen erbij zaten: gemiddeld {difference} punt van de antwoorden van de klanten (schaal 1–5; {pairs} uitspraken voorspeld, beantwoord door {raters} mensen).</translation>
    </message>
    <message>
        <source>You expected {value} higher than they answered.</source>
        <translation>Je verwachtte {value} hoger dan zij antwoordden.</translation>
    </message>
    <message>
        <source>You expected {value} lower than they answered.</source>
        <translation>Je verwachtte {value} lager dan zij antwoordden.</translation>
    </message>
    <message>
        <source>Per quarter: {points}.</source>
        <translation>Per kwartaal: {points}.</translation>
    </message>
    <message>
        <source>Closer than at first ({value}).</source>
        <translation>Dichterbij dan eerst ({value}).</translation>
    </message>
    <message>
        <source>Further off than at first ({value}).</source>
        <translation>Verder ernaast dan eerst ({value}).</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Advisor Journal</source>
        <translation>Advisor Journal</translation>
    </message>
    <message>
        <source>The file: {path}</source>
        <translation>Het bestand: {path}</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>De nieuwste goede back-up terugzetten</translation>
    </message>
    <message>
        <source>What you wrote after it is not in it.</source>
        <translation>Wat je daarna schreef, staat er niet in.</translation>
    </message>
    <message>
        <source>Start with an empty journal</source>
        <translation>Beginnen met een leeg dagboek</translation>
    </message>
    <message>
        <source>The damaged file is moved aside and kept; nothing is deleted.</source>
        <translation>Het beschadigde bestand wordt opzijgezet en bewaard; er wordt niets verwijderd.</translation>
    </message>
    <message>
        <source>The file is moved aside and kept; nothing is deleted.</source>
        <translation>Het bestand wordt opzijgezet en bewaard; er wordt niets verwijderd.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the &amp;Folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Verder werken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>This version leaves the file exactly as it is, so nothing is lost. Quit, and open the journal with the newer version.</source>
        <translation>Deze versie laat het bestand precies zoals het is, dus er gaat niets verloren. Sluit af en open het dagboek met de nieuwere versie.</translation>
    </message>
    <message>
        <source>Advisor Journal found this while checking your journal in the background. Nothing has been changed or deleted.</source>
        <translation>Advisor Journal vond dit tijdens een controle van je dagboek op de achtergrond. Er is niets veranderd of verwijderd.</translation>
    </message>
    <message>
        <source>Nothing has been changed or deleted.</source>
        <translation>Er is niets veranderd of verwijderd.</translation>
    </message>
    <message>
        <source>The damaged file is moved aside and kept in the journal&apos;s folder, in case you or someone helping you wants to look at it.</source>
        <translation>Het beschadigde bestand wordt opzijgezet en bewaard in de map van het dagboek, voor het geval jij of iemand die je helpt ernaar wil kijken.</translation>
    </message>
    <message>
        <source>The file that is there now is moved aside and kept in the journal&apos;s folder, in case you or someone helping you wants to look at it.</source>
        <translation>Het bestand dat er nu staat, wordt opzijgezet en bewaard in de map van het dagboek, voor het geval jij of iemand die je helpt ernaar wil kijken.</translation>
    </message>
    <message>
        <source>You can go back to your newest good backup.</source>
        <translation>Je kunt teruggaan naar je nieuwste goede back-up.</translation>
    </message>
    <message>
        <source>No good backup was found. Keep working with care, and show the file to someone who can help before you write much more.</source>
        <translation>Er is geen goede back-up gevonden. Werk voorzichtig verder en laat het bestand zien aan iemand die kan helpen voordat je veel meer schrijft.</translation>
    </message>
    <message>
        <source>No good backup was found. You can start with an empty journal; the file stays in its folder, so someone who can help can still look at it.</source>
        <translation>Er is geen goede back-up gevonden. Je kunt beginnen met een leeg dagboek; het bestand blijft in zijn map, zodat iemand die kan helpen er nog naar kan kijken.</translation>
    </message>
    <message>
        <source>That did not work: {reason}. Nothing was changed.</source>
        <translation>Dat is niet gelukt: {reason}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your journal was restored</source>
        <translation>Je dagboek is teruggezet</translation>
    </message>
    <message>
        <source>It now holds the newest good backup.</source>
        <translation>Het bevat nu de nieuwste goede back-up.</translation>
    </message>
    <message>
        <source>You start with an empty journal</source>
        <translation>Je begint met een leeg dagboek</translation>
    </message>
    <message>
        <source>Your meetings can come back later: restore a backup with File → Restore from Backup…</source>
        <translation>Je gesprekken kunnen later terugkomen: zet een back-up terug met Bestand → Back-up terugzetten…</translation>
    </message>
    <message>
        <source>The old file was kept as {name}, in the same folder.</source>
        <translation>Het oude bestand is bewaard als {name}, in dezelfde map.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved reflection from {when} is back.</source>
        <translation>Je niet-opgeslagen reflectie van {when} is terug.</translation>
    </message>
    <message>
        <source>This journal is open read-only: what you type here cannot be saved, not even as a draft.</source>
        <translation>Dit dagboek is alleen-lezen geopend: wat je hier typt kan niet worden opgeslagen, ook niet als concept.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>Res&amp;ume</source>
        <translation>Her&amp;vatten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Weggooien…</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>La&amp;ter</translation>
    </message>
    <message>
        <source>Keep it: asked again at the next start, and opening it continues it</source>
        <translation>Bewaren: bij de volgende start krijg je hem opnieuw aangeboden, en als je hem opent ga je erin verder</translation>
    </message>
    <message>
        <source>You have an unsaved reflection from {when}</source>
        <translation>Je hebt een niet-opgeslagen reflectie van {when}</translation>
    </message>
    <message>
        <source>{client} — {title}. Resume it to finish and save it.</source>
        <translation>{client} — {title}. Hervat hem om hem af te maken en op te slaan.</translation>
    </message>
    <message>
        <source>(no client yet)</source>
        <translation>(nog geen klant)</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(nog geen titel)</translation>
    </message>
    <message>
        <source>1 more unsaved reflection after this one</source>
        <translation>Daarna nog 1 niet-opgeslagen reflectie</translation>
    </message>
    <message>
        <source>{count} more unsaved reflections after this one</source>
        <translation>Daarna nog {count} niet-opgeslagen reflecties</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for Your Coach</source>
        <translation>Exporteren voor je coach</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>HTML report (one file)</source>
        <translation>HTML-rapport (één bestand)</translation>
    </message>
    <message>
        <source>Markdown report (text)</source>
        <translation>Markdown-rapport (tekst)</translation>
    </message>
    <message>
        <source>CSV: one row per answer (spreadsheet)</source>
        <translation>CSV: één regel per antwoord (spreadsheet)</translation>
    </message>
    <message>
        <source>JSON bundle (for your coach&apos;s review)</source>
        <translation>JSON-bundel (voor de review door je coach)</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Use the clients&apos; &amp;real names</source>
        <translation>De &amp;echte namen van klanten gebruiken</translation>
    </message>
    <message>
        <source>Include what I &amp;wrote: open answers, intentions, notes</source>
        <translation>Meenemen wat ik &amp;schreef: open antwoorden, voornemens, notities</translation>
    </message>
    <message>
        <source>Let my clients&apos; and coach&apos;s ratings through even from &amp;fewer than 3 people</source>
        <translation>Beoordelingen van mijn klanten en coach ook doorlaten van &amp;minder dan 3 mensen</translation>
    </message>
    <message>
        <source>Normally other people&apos;s ratings leave only as averages over at least 3 people, so no one&apos;s answer can be picked out</source>
        <translation>Normaal gaan beoordelingen van anderen alleen mee als gemiddelde over minstens 3 mensen, zodat niemands antwoord te herkennen is</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>What will leave this laptop</source>
        <translation>Wat deze laptop verlaat</translation>
    </message>
    <message>
        <source>Show Every &amp;Title…</source>
        <translation>Alle &amp;titels tonen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>There are no meetings in this period.</source>
        <translation>Er zijn geen gesprekken in deze periode.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>Choose at least one client.</source>
        <translation>Kies minstens één klant.</translation>
    </message>
    <message>
        <source>Choose at least one trait.</source>
        <translation>Kies minstens één eigenschap.</translation>
    </message>
    <message>
        <source>1 meeting from {first} to {last}, {reflected} with a reflection.</source>
        <translation>1 gesprek van {first} t/m {last}, {reflected} met een reflectie.</translation>
    </message>
    <message>
        <source>{meetings} meetings from {first} to {last}, {reflected} with a reflection.</source>
        <translation>{meetings} gesprekken van {first} t/m {last}, {reflected} met een reflectie.</translation>
    </message>
    <message>
        <source>Scores per answer, per trait and for trust.</source>
        <translation>Scores per antwoord, per eigenschap en voor vertrouwen.</translation>
    </message>
    <message>
        <source>A summary: coverage, the trait and trust charts, the summary in words and a table of scores per period.</source>
        <translation>Een overzicht: dekking, de grafieken van eigenschappen en vertrouwen, de samenvatting in woorden en een tabel met scores per periode.</translation>
    </message>
    <message>
        <source>Client names: real names.</source>
        <translation>Namen van klanten: de echte namen.</translation>
    </message>
    <message>
        <source>Client names are replaced, also inside titles and texts. Only you see this list; it is not written into the file:</source>
        <translation>Namen van klanten worden vervangen, ook in titels en teksten. Alleen jij ziet deze lijst; hij komt niet in het bestand:</translation>
    </message>
    <message>
        <source>Included: open answers, intentions and notes (e-mail addresses and phone numbers taken out).</source>
        <translation>Meegenomen: open antwoorden, voornemens en notities (e-mailadressen en telefoonnummers eruit gehaald).</translation>
    </message>
    <message>
        <source>Your clients&apos; and coach&apos;s ratings: averages per trait over at least {count} people ({shown} of {groups} groups; the others only as counts).</source>
        <translation>Beoordelingen van je klanten en coach: gemiddelden per eigenschap over minstens {count} mensen ({shown} van {groups} groepen; de andere alleen als aantallen).</translation>
    </message>
    <message>
        <source>Your clients&apos; and coach&apos;s ratings: averages per trait, also from a single person.</source>
        <translation>Beoordelingen van je klanten en coach: gemiddelden per eigenschap, ook van één persoon.</translation>
    </message>
    <message>
        <source>Never included: attendees, e-mail addresses, phone numbers, locations.</source>
        <translation>Nooit meegenomen: deelnemers, e-mailadressen, telefoonnummers, locaties.</translation>
    </message>
    <message>
        <source>… and {count} more: Show Every Title…</source>
        <translation>… en nog {count}: Alle titels tonen…</translation>
    </message>
    <message>
        <source>Every meeting title as it will leave ({count}):</source>
        <translation>Elke gesprekstitel zoals die vertrekt ({count}):</translation>
    </message>
    <message>
        <source>Every tag as it will leave ({count}):</source>
        <translation>Elke tag zoals die vertrekt ({count}):</translation>
    </message>
    <message>
        <source>that file is your journal itself</source>
        <translation>dat bestand is je dagboek zelf</translation>
    </message>
    <message>
        <source>Left out: open answers, intentions and notes.</source>
        <translation>Weggelaten: open antwoorden, voornemens en notities.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Drop a transcript (.vtt, .docx or .txt) on a meeting.</source>
        <translation>Sleep een transcript (.vtt, .docx of .txt) op een gesprek.</translation>
    </message>
    <message>
        <source>Reflect Now</source>
        <translation>Nu reflecteren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Select a meeting with the client to ask first.</source>
        <translation>Selecteer eerst een gesprek met de klant die je iets wilt vragen.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Open Coach Feedback</source>
        <translation>Feedback van coach openen</translation>
    </message>
    <message>
        <source>Advisor Journal feedback (*.json);;All files (*)</source>
        <translation>Feedback van Advisor Journal (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Your coach&apos;s ratings of 1 meeting are in: see Growth, “Your view and theirs”.</source>
        <translation>De beoordelingen van je coach van 1 gesprek zijn binnen: zie Groei, “Jouw beeld en het hunne”.</translation>
    </message>
    <message>
        <source>Your coach&apos;s ratings of {count} meetings are in: see Growth, “Your view and theirs”.</source>
        <translation>De beoordelingen van je coach van {count} gesprekken zijn binnen: zie Groei, “Jouw beeld en het hunne”.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from Your Coach</source>
        <translation>Feedback van je coach</translation>
    </message>
    <message>
        <source>Your coach&apos;s feedback</source>
        <translation>De feedback van je coach</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>je coach</translation>
    </message>
    <message>
        <source>Feedback from {coach}</source>
        <translation>Feedback van {coach}</translation>
    </message>
    <message>
        <source>For {advisor}, written on {day}.</source>
        <translation>Voor {advisor}, geschreven op {day}.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} t/m {last}</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Your feedback on this period</source>
        <translation>Jouw feedback op deze periode</translation>
    </message>
    <message>
        <source>The period as a whole</source>
        <translation>De periode als geheel</translation>
    </message>
    <message>
        <source>What stands out, what to keep doing, what to try next…</source>
        <translation>Wat valt op, wat moet blijven, wat kan de volgende keer anders…</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>&amp;Rate a Meeting You Observed…</source>
        <translation>Een bijgewoond gesprek &amp;beoordelen…</translation>
    </message>
    <message>
        <source>Score the statements the advisor&apos;s clients score, for a meeting you saw</source>
        <translation>Beoordeel dezelfde uitspraken als de klanten van de adviseur, voor een gesprek dat je zag</translation>
    </message>
    <message>
        <source>You rated 1 meeting.</source>
        <translation>Je hebt 1 gesprek beoordeeld.</translation>
    </message>
    <message>
        <source>You rated {count} meetings.</source>
        <translation>Je hebt {count} gesprekken beoordeeld.</translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <source>Last month</source>
        <translation>Afgelopen maand</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Afgelopen kwartaal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>&amp;Traits</source>
        <translation>&amp;Eigenschappen</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Grafiek opslaan…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Growth charts</source>
        <translation>Groeigrafieken</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing to show yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your growth appears here once you have reflected on a few client meetings: press {keys} after your next meeting. Choose a longer period above if you have reflected before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nog niets te zien.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Je groei verschijnt hier zodra je op een paar klantgesprekken hebt gereflecteerd: druk na je volgende gesprek op {keys}. Kies hierboven een langere periode als je al eerder hebt gereflecteerd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Telling</source>
        <translation>Vertellen</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripten</translation>
    </message>
    <message>
        <source>You spoke</source>
        <translation>Jij sprak</translation>
    </message>
    <message>
        <source>Questions (open)</source>
        <translation>Vragen (open)</translation>
    </message>
    <message>
        <source>Directions (early)</source>
        <translation>Aanwijzingen (vroeg)</translation>
    </message>
    <message>
        <source>Your words and your transcripts</source>
        <translation>Je woorden en je transcripten</translation>
    </message>
    <message>
        <source>Telling and asking phrases in your reflections, and the figures of the meetings you added a transcript to. Counts to look at, not targets.</source>
        <translation>Zinsdelen waarin je vertelt of vraagt in je reflecties, en de cijfers van de gesprekken waar je een transcript bij voegde. Aantallen om naar te kijken, geen doelen.</translation>
    </message>
    <message>
        <source>balance {value}/100 (100: all traits equally strong)</source>
        <translation>balans {value}/100 (100: alle eigenschappen even sterk)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Geloofwaardigheid</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Self-orientation</source>
        <translation>Zelfgerichtheid</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>De periode ervoor</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Advisor Journal Help</source>
        <translation>Hulp bij Advisor Journal</translation>
    </message>
    <message>
        <source>Maister, Green and Galford, &lt;i&gt;The Trusted Advisor&lt;/i&gt; (2000)</source>
        <translation>Maister, Green en Galford, &lt;i&gt;The Trusted Advisor&lt;/i&gt; (2000)</translation>
    </message>
    <message>
        <source>the training text &lt;i&gt;Ouderlijk advies&lt;/i&gt; (the know-it-all parent)</source>
        <translation>de trainingstekst &lt;i&gt;Ouderlijk advies&lt;/i&gt; (de betweterige ouder)</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>geloofwaardigheid</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>betrouwbaarheid</translation>
    </message>
    <message>
        <source>intimacy</source>
        <translation>nabijheid</translation>
    </message>
    <message>
        <source>self-orientation</source>
        <translation>zelfgerichtheid</translation>
    </message>
    <message>
        <source>Source: {source}. Trust part: {parts}.</source>
        <translation>Bron: {source}. Deel van vertrouwen: {parts}.</translation>
    </message>
    <message>
        <source>log a meeting and reflect</source>
        <translation>een gesprek vastleggen en reflecteren</translation>
    </message>
    <message>
        <source>save the reflection</source>
        <translation>de reflectie opslaan</translation>
    </message>
    <message>
        <source>the next or previous field; 1–5 answer a question</source>
        <translation>het volgende of vorige veld; 1–5 beantwoorden een vraag</translation>
    </message>
    <message>
        <source>search</source>
        <translation>zoeken</translation>
    </message>
    <message>
        <source>open the selected meeting</source>
        <translation>het gekozen gesprek openen</translation>
    </message>
    <message>
        <source>delete the selected meeting</source>
        <translation>het gekozen gesprek verwijderen</translation>
    </message>
    <message>
        <source>undo, redo</source>
        <translation>ongedaan maken, opnieuw</translation>
    </message>
    <message>
        <source>Meetings, Growth, To Reflect</source>
        <translation>Gesprekken, Groei, Te reflecteren</translation>
    </message>
    <message>
        <source>open intentions</source>
        <translation>open voornemens</translation>
    </message>
    <message>
        <source>the client view</source>
        <translation>het klantoverzicht</translation>
    </message>
    <message>
        <source>import a calendar</source>
        <translation>een agenda importeren</translation>
    </message>
    <message>
        <source>export for your coach</source>
        <translation>exporteren voor je coach</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>deze hulp</translation>
    </message>
    <message>
        <source>The ten traits</source>
        <translation>De tien eigenschappen</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Growth: balance and the summary</source>
        <translation>Groei: balans en de samenvatting</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Toetsenbord</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Each reflection asks a few 1–5 questions about ten traits of a trusted advisor: your focus traits every time, the others in turn. They come from two texts: {maister} and {parent}.</source>
        <translation>Elke reflectie stelt een paar vragen (1–5) over tien eigenschappen van een adviseur die je vertrouwt: je focuseigenschappen elke keer, de andere om de beurt. Ze komen uit twee teksten: {maister} en {parent}.</translation>
    </message>
    <message>
        <source>The Trust Equation (Maister, Green and Galford): trust = (credibility + reliability + intimacy) / self-orientation. Each part is scored 1–10 from the answers on the traits tied to it; self-orientation is how much you were busy with yourself rather than the client, so lower is better. The equation itself runs from 0.3 to 30, which reads badly, so the app shows it on 0–100: &lt;b&gt;50 + 50 × log10(equation ÷ 3)&lt;/b&gt;. That is 50 when the four parts are even, 100 at the best possible (30) and 0 at the worst (0.3); every doubling of the equation adds 15 points. A period&apos;s or a client&apos;s trust is the average of its meetings&apos; scores.</source>
        <translation>De vertrouwensformule (Maister, Green en Galford): vertrouwen = (geloofwaardigheid + betrouwbaarheid + nabijheid) / zelfgerichtheid. Elk deel krijgt een score van 1–10 uit de antwoorden op de eigenschappen die erbij horen; zelfgerichtheid is hoeveel je met jezelf bezig was in plaats van met de klant, dus lager is beter. De formule zelf loopt van 0,3 tot 30, wat slecht leest, dus de app toont haar op 0–100: &lt;b&gt;50 + 50 × log10(formule ÷ 3)&lt;/b&gt;. Dat is 50 als de vier delen in evenwicht zijn, 100 bij het best mogelijke (30) en 0 bij het slechtste (0,3); elke verdubbeling van de formule geeft 15 punten meer. Het vertrouwen van een periode of een klant is het gemiddelde van de scores van zijn gesprekken.</translation>
    </message>
    <message>
        <source>Each trait scores 0–100 (1 on the scale is 0, 5 is 100). &lt;b&gt;Balance&lt;/b&gt; says how even your traits are: 100 minus twice the spread (standard deviation) of their averages; 100 means every trait equally strong. The summary in words speaks of a period once at least half of it has gone by; it says a trait rose or fell only between periods with at least {answers} answers for it, and by at least {points} points. The period going on is marked “so far”; faded points rest on few answers.</source>
        <translation>Elke eigenschap scoort 0–100 (1 op de schaal is 0, 5 is 100). &lt;b&gt;Balans&lt;/b&gt; zegt hoe gelijk je eigenschappen zijn: 100 min twee keer de spreiding (standaardafwijking) van hun gemiddelden; 100 betekent alle eigenschappen even sterk. De samenvatting in woorden spreekt over een periode zodra minstens de helft voorbij is; ze zegt alleen dat een eigenschap steeg of daalde tussen perioden met minstens {answers} antwoorden ervoor, en met minstens {points} punten. De lopende periode heet „tot nu toe”; vage punten rusten op weinig antwoorden.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in one file: &lt;b&gt;{journal}&lt;/b&gt;, with its backups beside it in the folder &lt;i&gt;backups&lt;/i&gt;. The window&apos;s size, the language and similar choices of this computer are kept in &lt;b&gt;{settings}&lt;/b&gt;, which never holds what you wrote about a client. Help → Open the Data Folder shows the folder.</source>
        <translation>Alles wat je schrijft blijft op deze computer, in één bestand: &lt;b&gt;{journal}&lt;/b&gt;, met de back-ups ernaast in de map &lt;i&gt;backups&lt;/i&gt;. De grootte van het venster, de taal en vergelijkbare keuzes van deze computer staan in &lt;b&gt;{settings}&lt;/b&gt;, dat nooit bevat wat je over een klant schreef. Help → Gegevensmap openen toont de map.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Calendar imported</source>
        <translation>Agenda geïmporteerd</translation>
    </message>
    <message>
        <source>Client meetings: {added} added, {updated} updated.</source>
        <translation>Klantgesprekken: {added} toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>What was read, in detail</source>
        <translation>Wat er is gelezen, in detail</translation>
    </message>
    <message>
        <source>First day read</source>
        <translation>Eerste gelezen dag</translation>
    </message>
    <message>
        <source>Last day read</source>
        <translation>Laatste gelezen dag</translation>
    </message>
    <message>
        <source>&amp;Read These Dates</source>
        <translation>Deze dagen &amp;lezen</translation>
    </message>
    <message>
        <source>Read the file again for these days, for instance to add older meetings</source>
        <translation>Het bestand opnieuw lezen voor deze dagen, bijvoorbeeld om oudere gesprekken toe te voegen</translation>
    </message>
    <message>
        <source>&amp;Days read:</source>
        <translation>Gelezen &amp;dagen:</translation>
    </message>
    <message>
        <source>Follow this file: read it again whenever it changes on disk</source>
        <translation>Dit bestand volgen: opnieuw lezen zodra het op schijf verandert</translation>
    </message>
    <message>
        <source>The file has no events from {first} to {last}. An import reads the last 30 days (to reflect on) and the next 90 (to be asked about); to import older meetings, choose other days below and Read These Dates.</source>
        <translation>Het bestand heeft geen afspraken van {first} tot {last}. Een import leest de afgelopen 30 dagen (om op te reflecteren) en de komende 90 (om naar gevraagd te worden); kies hieronder andere dagen en Deze dagen lezen om oudere gesprekken te importeren.</translation>
    </message>
    <message>
        <source>From {first} to {last}: {unchanged} unchanged, {other} other events that are not client meetings, {skipped} left out.</source>
        <translation>Van {first} tot {last}: {unchanged} ongewijzigd, {other} andere afspraken die geen klantgesprek zijn, {skipped} weggelaten.</translation>
    </message>
    <message>
        <source>Part of the file was not read; the details below say what and why.</source>
        <translation>Een deel van het bestand is niet gelezen; de details hieronder zeggen wat en waarom.</translation>
    </message>
    <message>
        <source>1 ended meeting waits for a reflection in “To Reflect”.</source>
        <translation>1 afgelopen gesprek wacht op een reflectie in „Te reflecteren”.</translation>
    </message>
    <message>
        <source>{count} ended meetings wait for a reflection in “To Reflect”.</source>
        <translation>{count} afgelopen gesprekken wachten op een reflectie in „Te reflecteren”.</translation>
    </message>
    <message>
        <source>You will be asked to reflect when each upcoming client meeting ends. The details below say why each event was or was not taken.</source>
        <translation>Na elk komend klantgesprek krijg je de vraag om te reflecteren. Hieronder staat waarom elke afspraak wel of niet is meegenomen.</translation>
    </message>
</context>
<context>
    <name>IntentionsDialog</name>
    <message>
        <source>Open Intentions</source>
        <translation>Open voornemens</translation>
    </message>
    <message>
        <source>What you meant to do next time, not yet looked back on. Your next reflection with the client asks whether you did; you can also settle one here.</source>
        <translation>Wat je de volgende keer wilde doen, waarop je nog niet hebt teruggekeken. Je volgende reflectie met de klant vraagt of het gelukt is; je kunt het hier ook zelf afronden.</translation>
    </message>
    <message>
        <source>Open intentions</source>
        <translation>Open voornemens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Voornemen</translation>
    </message>
    <message>
        <source>No open intentions: every one has been looked back on.</source>
        <translation>Geen open voornemens: op alle is teruggekeken.</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Gelukt</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;Deels</translation>
    </message>
    <message>
        <source>&amp;Not Kept</source>
        <translation>&amp;Niet gelukt</translation>
    </message>
    <message>
        <source>&amp;Open Meeting</source>
        <translation>Gesprek &amp;openen</translation>
    </message>
</context>
<context>
    <name>IntentionsModel</name>
    <message>
        <source>Kept</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Next time I will …</source>
        <translation>Volgende keer ga ik …</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>{text}
(after “{meeting}”)</source>
        <translation>{text}
(na „{meeting}”)</translation>
    </message>
</context>
<context>
    <name>IntentionsPanel</name>
    <message>
        <source>K</source>
        <comment>the key for Kept</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>P</source>
        <comment>the key for Partly</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key for Not kept</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>O</source>
        <comment>the key for Open Again</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Gelukt</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;Deels</translation>
    </message>
    <message>
        <source>&amp;Not kept</source>
        <translation>&amp;Niet gelukt</translation>
    </message>
    <message>
        <source>&amp;Open Again</source>
        <translation>Weer &amp;open zetten</translation>
    </message>
    <message>
        <source>Open intentions</source>
        <translation>Open voornemens</translation>
    </message>
    <message>
        <source>Did you do it?</source>
        <translation>Is het gelukt?</translation>
    </message>
    <message>
        <source>You did what you intended ({key})</source>
        <translation>Je deed wat je van plan was ({key})</translation>
    </message>
    <message>
        <source>You did some of it ({key})</source>
        <translation>Je deed er een deel van ({key})</translation>
    </message>
    <message>
        <source>It did not happen ({key})</source>
        <translation>Het is er niet van gekomen ({key})</translation>
    </message>
    <message>
        <source>All intentions</source>
        <translation>Alle voornemens</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>Voornemens</translation>
    </message>
    <message>
        <source>Open &amp;intentions</source>
        <translation>Open voorne&amp;mens</translation>
    </message>
    <message>
        <source>&amp;All intentions</source>
        <translation>&amp;Alle voornemens</translation>
    </message>
    <message>
        <source>Open &amp;intentions ({count})</source>
        <translation>Open voorne&amp;mens ({count})</translation>
    </message>
    <message>
        <source>&amp;All intentions ({count})</source>
        <translation>&amp;Alle voornemens ({count})</translation>
    </message>
    <message>
        <source>No open intentions. What you mean to do differently next time with this client waits here until you say how it went.</source>
        <translation>Geen open voornemens. Wat je de volgende keer met deze klant anders wilt doen, wacht hier tot je zegt hoe het ging.</translation>
    </message>
    <message>
        <source>No intentions yet. After a meeting, write what you will do differently next time with this client: it waits here until you say how it went.</source>
        <translation>Nog geen voornemens. Schrijf na een gesprek op wat je de volgende keer met deze klant anders gaat doen: het wacht hier tot je zegt hoe het ging.</translation>
    </message>
    <message>
        <source>No intentions written about this client yet.</source>
        <translation>Nog geen voornemens over deze klant geschreven.</translation>
    </message>
    <message>
        <source>&amp;Show the Meeting</source>
        <translation>Gesprek &amp;tonen</translation>
    </message>
    <message>
        <source>Open the &amp;Meeting…</source>
        <translation>Gesprek &amp;openen…</translation>
    </message>
</context>
<context>
    <name>LastIntentionBox</name>
    <message>
        <source>Did you?</source>
        <translation>Is het gelukt?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>Dee&amp;ls</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ee</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last time with this client&lt;/b&gt; ({date}, {title}) you intended:&lt;br&gt;&lt;i&gt;{text}&lt;/i&gt;</source>
        <translation>&lt;b&gt;Vorige keer met deze klant&lt;/b&gt; ({date}, {title}) nam je je voor:&lt;br&gt;&lt;i&gt;{text}&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>LeavingTitlesDialog</name>
    <message>
        <source>Every Title That Will Leave</source>
        <translation>Alle titels die vertrekken</translation>
    </message>
    <message>
        <source>Meeting titles ({count}):</source>
        <translation>Gesprekstitels ({count}):</translation>
    </message>
    <message>
        <source>Tags ({count}):</source>
        <translation>Tags ({count}):</translation>
    </message>
    <message>
        <source>Every title and tag that will leave</source>
        <translation>Elke titel en elk label dat meegaat</translation>
    </message>
    <message>
        <source>As they will be in the file: client names replaced (unless you chose real names), e-mail addresses and phone numbers taken out.</source>
        <translation>Zoals ze in het bestand komen: namen van klanten vervangen (tenzij je echte namen koos), e-mailadressen en telefoonnummers eruit gehaald.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisor Journal</source>
        <translation>Advisor Journal</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <source>To Reflect</source>
        <translation>Te reflecteren</translation>
    </message>
    <message>
        <source>&amp;About Advisor Journal</source>
        <translation>&amp;Over Advisor Journal</translation>
    </message>
    <message>
        <source>New Meeting “{title}”</source>
        <translation>Nieuw gesprek “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>“{title}” bewerken</translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation>Reflectie opgeslagen.</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>“{title}” verwijderen</translation>
    </message>
    <message>
        <source>Meeting deleted. Undo with {keys}.</source>
        <translation>Gesprek verwijderd. Ongedaan maken met {keys}.</translation>
    </message>
    <message>
        <source>This journal can only be read</source>
        <translation>Dit dagboek kan alleen worden gelezen</translation>
    </message>
    <message>
        <source>To Reflect ({count})</source>
        <translation>Te reflecteren ({count})</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message to us.</source>
        <translation>Diagnose gekopieerd: plak die in je bericht aan ons.</translation>
    </message>
    <message>
        <source>Advisor Journal keeps running</source>
        <translation>Advisor Journal blijft actief</translation>
    </message>
    <message>
        <source>It will ask you to reflect when a client meeting ends. Quit from this icon&apos;s menu; change this in Settings.</source>
        <translation>Het vraagt je te reflecteren zodra een klantgesprek afloopt. Afsluiten kan via het menu van dit pictogram; wijzigen in Instellingen.</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Pick a client or type a new name</source>
        <translation>Kies een klant of typ een nieuwe naam</translation>
    </message>
    <message>
        <source>What was the meeting about?</source>
        <translation>Waar ging het gesprek over?</translation>
    </message>
    <message>
        <source>Type digits; the arrow keys move between day, month, year and time.</source>
        <translation>Typ cijfers; de pijltjestoetsen gaan tussen dag, maand, jaar en tijd.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Anything worth remembering about the meeting itself (optional)</source>
        <translation>Wat het onthouden waard is over het gesprek zelf (optioneel)</translation>
    </message>
    <message>
        <source>Optional, separated by commas: tender, kick-off</source>
        <translation>Optioneel, gescheiden door komma’s: aanbesteding, kick-off</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum en tijd:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>L&amp;abels:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>The date and time take digits only, so “{typed}” was not typed anywhere. Press Tab to move on to the next field.</source>
        <translation>De datum en tijd nemen alleen cijfers aan, dus „{typed}” is nergens getypt. Druk op Tab om naar het volgende veld te gaan.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Reflected</source>
        <translation>Gereflecteerd</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>No trust score: this reflection did not answer every part of the Trust Equation (credibility, reliability, intimacy, self-orientation).</source>
        <translation>Geen vertrouwensscore: deze reflectie beantwoordde niet elk deel van de vertrouwensformule (geloofwaardigheid, betrouwbaarheid, nabijheid, zelfgerichtheid).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Log a meeting and reflect</source>
        <translation>Gesprek vastleggen en reflecteren</translation>
    </message>
    <message>
        <source>Import Your Calendar…</source>
        <translation>Je agenda importeren…</translation>
    </message>
    <message>
        <source>Then Advisor Journal asks you to reflect when a client meeting ends</source>
        <translation>Dan vraagt Advisor Journal je te reflecteren zodra een klantgesprek afloopt</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Je dagboek is nog leeg</translation>
    </message>
    <message>
        <source>Right after your next client meeting, take two minutes to look back: did you listen, were you honest about what you did not know, did you take the client&apos;s fears away? Over the weeks you will see each trait grow.</source>
        <translation>Neem direct na je volgende klantgesprek twee minuten om terug te kijken: heb je geluisterd, was je eerlijk over wat je niet wist, heb je de zorgen van de klant weggenomen? In de loop van de weken zie je elke eigenschap groeien.</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>No meetings found</source>
        <translation>Geen gesprekken gevonden</translation>
    </message>
    <message>
        <source>Nothing in your journal matches the search and filters. Try fewer or shorter words, or clear a filter.</source>
        <translation>Niets in je dagboek past bij de zoekopdracht en filters. Probeer minder of kortere woorden, of wis een filter.</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Gevonden: {count}</translation>
    </message>
    <message>
        <source>Meetings: {count}</source>
        <translation>Gesprekken: {count}</translation>
    </message>
</context>
<context>
    <name>MirrorBox</name>
    <message>
        <source>Turn Off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <source>Stop marking your notes; turn it on in Settings</source>
        <translation>Je aantekeningen niet meer markeren; weer aan te zetten in Instellingen</translation>
    </message>
    <message>
        <source>Telling and asking in what you write are counted here.</source>
        <translation>Vertellen en vragen in wat je schrijft worden hier geteld.</translation>
    </message>
</context>
<context>
    <name>NextTimeBox</name>
    <message>
        <source>Next time</source>
        <translation>Volgende keer</translation>
    </message>
    <message>
        <source>Write as If–Then</source>
        <translation>Omzetten naar als-dan</translation>
    </message>
    <message>
        <source>Plans of the form “if this happens, I will do that” are kept more often than intentions alone (Gollwitzer &amp; Sheeran 2006)</source>
        <translation>Plannen in de vorm “als dit gebeurt, dan doe ik dat” worden vaker uitgevoerd dan alleen voornemens (Gollwitzer &amp; Sheeran 2006)</translation>
    </message>
    <message>
        <source>No particular trait</source>
        <translation>Geen bepaalde eigenschap</translation>
    </message>
    <message>
        <source>Your next reflection with this client asks whether you kept it; the growth view shows per trait how often you do</source>
        <translation>Je volgende reflectie met deze klant vraagt of het gelukt is; het groeioverzicht laat per eigenschap zien hoe vaak dat lukt</translation>
    </message>
    <message>
        <source>It is about:</source>
        <translation>Het gaat over:</translation>
    </message>
    <message>
        <source>An if–then plan: when {situation}, you will {action}.</source>
        <translation>Een als-dan-plan: als {situation}, dan {action}.</translation>
    </message>
    <message>
        <source>As an if–then plan: “{plan}”</source>
        <translation>In als-dan-vorm: “{plan}”</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Advisor Journal</source>
        <translation>Advisor Journal</translation>
    </message>
    <message>
        <source>Your journal was restored, but it cannot be opened</source>
        <translation>Je dagboek is teruggezet, maar het kan niet worden geopend</translation>
    </message>
    <message>
        <source>Your journal cannot be opened again</source>
        <translation>Je dagboek kan niet opnieuw worden geopend</translation>
    </message>
    <message>
        <source>The restore itself is done: the journal file now holds what you chose.</source>
        <translation>Het terugzetten zelf is gelukt: het dagboekbestand bevat nu wat je hebt gekozen.</translation>
    </message>
    <message>
        <source>The restore did not happen; your journal is as it was.</source>
        <translation>Er is niets teruggezet; je dagboek is zoals het was.</translation>
    </message>
    <message>
        <source>Your journal as it was is kept as {name}.</source>
        <translation>Je dagboek zoals het was, is bewaard als {name}.</translation>
    </message>
    <message>
        <source>Fix what is said above and choose Try Again, or quit and start Advisor Journal again later.</source>
        <translation>Los op wat hierboven staat en kies Opnieuw proberen, of sluit af en start Advisor Journal later opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the Journal</source>
        <translation>Dagboek versleutelen</translation>
    </message>
    <message>
        <source>Change the Passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Remove Encryption</source>
        <translation>Versleuteling verwijderen</translation>
    </message>
    <message>
        <source>Your journal, its drafts and its backups will be stored encrypted. Advisor Journal asks for the passphrase each time it starts.</source>
        <translation>Je dagboek, de concepten en de back-ups worden versleuteld opgeslagen. Advisor Journal vraagt bij elke start om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten with the new passphrase.</source>
        <translation>Je dagboek en de back-ups worden opnieuw geschreven met de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your journal, its drafts and its backups will be stored without encryption: anyone who can read your files can read your notes. Type your passphrase to confirm.</source>
        <translation>Je dagboek, de concepten en de back-ups worden zonder versleuteling opgeslagen: iedereen die je bestanden kan lezen, kan je aantekeningen lezen. Typ je wachtwoordzin om dit te bevestigen.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Laat zien wat ik typ</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Typ hem &amp;opnieuw:</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget the passphrase, nobody can open your journal, not even with a backup.&lt;/b&gt; Keep it somewhere safe, such as a password manager.</source>
        <translation>&lt;b&gt;Als je de wachtwoordzin vergeet, kan niemand je dagboek nog openen, ook niet met een back-up.&lt;/b&gt; Bewaar hem op een veilige plek, bijvoorbeeld in een wachtwoordbeheerder.</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Versleutelen</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption</source>
        <translation>Versleuteling ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Typ je huidige wachtwoordzin.</translation>
    </message>
    <message>
        <source>That is not the current passphrase of this journal.</source>
        <translation>Dat is niet de huidige wachtwoordzin van dit dagboek.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige.</translation>
    </message>
</context>
<context>
    <name>PredictionBox</name>
    <message>
        <source>Before you see their answers: how do you expect them to score each statement? Optional, asked once; you will see how close you came.</source>
        <translation>Voordat je hun antwoorden ziet: welke score verwacht je bij elke uitspraak? Niet verplicht, eenmalig; je ziet daarna hoe dicht je erbij zat.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>No prediction this time: the answers show at once</source>
        <translation>Deze keer geen voorspelling: de antwoorden zijn meteen te zien</translation>
    </message>
    <message>
        <source>Your prediction: {client}&apos;s pulse</source>
        <translation>Jouw voorspelling: de puls van {client}</translation>
    </message>
    <message>
        <source>1 = {lowest} … 5 = {highest}</source>
        <translation>1 = {lowest} … 5 = {highest}</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a Passphrase…</source>
        <translation>&amp;Versleutelen met een wachtwoordzin…</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>Wachtwoordzin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption…</source>
        <translation>Versleuteling ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>After {minutes} minutes</source>
        <translation>Na {minutes} minuten zonder gebruik</translation>
    </message>
    <message>
        <source>&amp;Lock when not used:</source>
        <translation>Automatisch ver&amp;grendelen:</translation>
    </message>
    <message>
        <source>Your journal is encrypted with a passphrase.</source>
        <translation>Je dagboek is versleuteld met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>The journal, its drafts and its backups are stored encrypted. Advisor Journal asks for the passphrase each time it starts.</source>
        <translation>Het dagboek, de concepten en de back-ups worden versleuteld opgeslagen. Advisor Journal vraagt bij elke start om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your journal is not encrypted.</source>
        <translation>Je dagboek is niet versleuteld.</translation>
    </message>
    <message>
        <source>Anyone who can read your files, such as someone with your laptop&apos;s disk, can read your notes. With a passphrase the journal, its drafts and its backups are stored encrypted.</source>
        <translation>Iedereen die je bestanden kan lezen, bijvoorbeeld iemand met de schijf van je laptop, kan je aantekeningen lezen. Met een wachtwoordzin worden het dagboek, de concepten en de back-ups versleuteld opgeslagen.</translation>
    </message>
    <message>
        <source>Encryption needs SQLCipher (the Python package sqlcipher3), which is not installed with this copy of Advisor Journal.</source>
        <translation>Versleutelen heeft SQLCipher nodig (het Python-pakket sqlcipher3), en dat is niet geïnstalleerd bij deze Advisor Journal.</translation>
    </message>
    <message>
        <source>The journal is read-only here, so this cannot be changed now.</source>
        <translation>Het dagboek is hier alleen-lezen, dus dit kan nu niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Encrypting your journal and its backups…</source>
        <translation>Je dagboek en de back-ups worden versleuteld…</translation>
    </message>
    <message>
        <source>Changing the passphrase of your journal and its backups…</source>
        <translation>De wachtwoordzin van je dagboek en de back-ups wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Removing the encryption from your journal and its backups…</source>
        <translation>De versleuteling van je dagboek en de back-ups wordt verwijderd…</translation>
    </message>
    <message>
        <source>Your journal and its backups ({count}) are now encrypted. Under Locking, choose whether it locks by itself when you are away.</source>
        <translation>Je dagboek en de back-ups ({count}) zijn nu versleuteld. Kies bij Vergrendelen of het vanzelf vergrendelt als je weg bent.</translation>
    </message>
    <message>
        <source>These files could not be encrypted, so they are still stored without encryption:</source>
        <translation>Deze bestanden konden niet worden versleuteld en staan dus nog onversleuteld opgeslagen:</translation>
    </message>
    <message>
        <source>These files could not be given the new passphrase; they still open the way they did before (with an older passphrase, or with none):</source>
        <translation>Deze bestanden konden de nieuwe wachtwoordzin niet krijgen; ze gaan nog open zoals eerst (met een oudere wachtwoordzin, of zonder):</translation>
    </message>
    <message>
        <source>These files could not be decrypted and still need the passphrase they were encrypted with:</source>
        <translation>Deze bestanden konden niet worden ontsleuteld en hebben nog de wachtwoordzin nodig waarmee ze zijn versleuteld:</translation>
    </message>
    <message>
        <source>They may hold notes from your journal (a damaged backup, or a journal moved aside earlier). Delete them if you do not need them.</source>
        <translation>Er kunnen aantekeningen uit je dagboek in staan (een beschadigde back-up, of een dagboek dat eerder opzij is gezet). Verwijder ze als je ze niet nodig hebt.</translation>
    </message>
    <message>
        <source>Delete them if you do not need them.</source>
        <translation>Verwijder ze als je ze niet nodig hebt.</translation>
    </message>
    <message>
        <source>In the folder {folder}.</source>
        <translation>In de map {folder}.</translation>
    </message>
    <message>
        <source>The passphrase is changed, also for the backups ({count}).</source>
        <translation>De wachtwoordzin is gewijzigd, ook voor de back-ups ({count}).</translation>
    </message>
    <message>
        <source>Locking closes the journal until you type the passphrase again; what you were writing is kept as a draft. Reminders for ended meetings wait until you unlock. Lock at once with File → Lock Now ({keys}).</source>
        <translation>Vergrendelen sluit het dagboek tot je de wachtwoordzin weer typt; waar je aan schreef, blijft bewaard als concept. Herinneringen voor afgelopen gesprekken wachten tot je ontgrendelt. Meteen vergrendelen kan met Bestand → Nu vergrendelen ({keys}).</translation>
    </message>
    <message>
        <source>Your journal and its backups ({count}) are no longer encrypted.</source>
        <translation>Je dagboek en de back-ups ({count}) zijn niet meer versleuteld.</translation>
    </message>
    <message>
        <source>The journal could not be opened again: {reason}</source>
        <translation>Het dagboek kon niet opnieuw worden geopend: {reason}</translation>
    </message>
    <message>
        <source>Your journal is now encrypted, but not every backup could be rewritten: {reason} Those backups are still stored without encryption.</source>
        <translation>Je dagboek is nu versleuteld, maar niet elke back-up kon opnieuw worden geschreven: {reason} Die back-ups staan nog onversleuteld opgeslagen.</translation>
    </message>
    <message>
        <source>The journal now has the new passphrase, but not every backup could be rewritten: {reason} Those backups still open with the old passphrase.</source>
        <translation>Het dagboek heeft nu de nieuwe wachtwoordzin, maar niet elke back-up kon opnieuw worden geschreven: {reason} Die back-ups gaan nog open met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your journal is no longer encrypted, but not every backup could be rewritten: {reason} Those backups still need the passphrase.</source>
        <translation>Je dagboek is niet meer versleuteld, maar niet elke back-up kon opnieuw worden geschreven: {reason} Die back-ups hebben nog de wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Er is niets veranderd: {reason}</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Shown on summaries you export for your coach</source>
        <translation>Staat op samenvattingen die je exporteert voor je coach</translation>
    </message>
    <message>
        <source>Choose up to {n} traits to work on. They are asked in every reflection; the others take turns.</source>
        <translation>Kies maximaal {n} eigenschappen om aan te werken. Die komen in elke reflectie aan bod; de andere wisselen elkaar af.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Focus traits:</source>
        <translation>&amp;Focuseigenschappen:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Advisor Journal</source>
        <translation>Advisor Journal</translation>
    </message>
    <message>
        <source>This can take a moment for a large journal. If the computer stops meanwhile, nothing is lost: the journal then opens either without a passphrase, as before, or with the new one.</source>
        <translation>Bij een groot dagboek kan dit even duren. Valt de computer intussen uit, dan gaat er niets verloren: het dagboek gaat dan open zonder wachtwoordzin, zoals eerst, of met de nieuwe.</translation>
    </message>
    <message>
        <source>This can take a moment for a large journal. If the computer stops meanwhile, nothing is lost: the journal then opens with either the old passphrase or the new one.</source>
        <translation>Bij een groot dagboek kan dit even duren. Valt de computer intussen uit, dan gaat er niets verloren: het dagboek gaat dan open met de oude of met de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>This can take a moment for a large journal. If the computer stops meanwhile, nothing is lost: the journal then opens either with your passphrase, as before, or without one.</source>
        <translation>Bij een groot dagboek kan dit even duren. Valt de computer intussen uit, dan gaat er niets verloren: het dagboek gaat dan open met je wachtwoordzin, zoals eerst, of zonder.</translation>
    </message>
</context>
<context>
    <name>PromptBar</name>
    <message>
        <source>&amp;Reflect now</source>
        <translation>Nu &amp;reflecteren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Not a &amp;client meeting</source>
        <translation>Geen &amp;klantgesprek</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>Over 15 minuten</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>Over een uur</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Vanavond</translation>
    </message>
    <message>
        <source>Hide; the meeting stays in “To Reflect”</source>
        <translation>Verbergen; het gesprek blijft in „Te reflecteren”</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>“{title}” with {client} has ended</source>
        <translation>„{title}” met {client} is afgelopen</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>Ended {when}. Two minutes now, while it is fresh: how did you do as a trusted advisor?</source>
        <translation>Afgelopen {when}. Twee minuten nu het nog vers is: hoe deed je het als vertrouwd adviseur?</translation>
    </message>
    <message>
        <source>1 more meeting waiting</source>
        <translation>nog 1 gesprek wacht</translation>
    </message>
    <message>
        <source>{count} more meetings waiting</source>
        <translation>nog {count} gesprekken wachten</translation>
    </message>
</context>
<context>
    <name>PulseImportDialog</name>
    <message>
        <source>Import Client Answers</source>
        <translation>Antwoorden van klant importeren</translation>
    </message>
    <message>
        <source>Paste your client&apos;s mail below, or choose a file: a saved mail (.eml, .txt), a Microsoft Forms export (.csv, .xlsx), a Google Forms export (.csv), or your coach&apos;s feedback file (.json). Importing the same answers again adds nothing.</source>
        <translation>Plak hieronder de mail van je klant, of kies een bestand: een bewaarde mail (.eml, .txt), een export van Microsoft Forms (.csv, .xlsx), een export van Google Forms (.csv) of het feedbackbestand van je coach (.json). Dezelfde antwoorden nog eens importeren voegt niets toe.</translation>
    </message>
    <message>
        <source>The mail with the client&apos;s answers</source>
        <translation>De mail met de antwoorden van de klant</translation>
    </message>
    <message>
        <source>Paste the mail with the client&apos;s answers here (the line AJ-PULSE …)</source>
        <translation>Plak hier de mail met de antwoorden van de klant (de regel AJ-PULSE …)</translation>
    </message>
    <message>
        <source>&amp;Import the Pasted Text</source>
        <translation>Geplakte tekst &amp;importeren</translation>
    </message>
    <message>
        <source>Choose a &amp;File…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>As the answers say</source>
        <translation>Zoals de antwoorden zeggen</translation>
    </message>
    <message>
        <source>A survey tool&apos;s export does not say whose answers it holds: choose the client</source>
        <translation>Een export van een enquêteprogramma zegt niet van wie de antwoorden zijn: kies de klant</translation>
    </message>
    <message>
        <source>&amp;Client (for a survey export):</source>
        <translation>&amp;Klant (bij een enquête-export):</translation>
    </message>
    <message>
        <source>&amp;Show the Answers Now</source>
        <translation>Antwoorden nu &amp;tonen</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>De geplakte tekst</translation>
    </message>
    <message>
        <source>Mails, survey exports and feedback ({endings});;All files (*)</source>
        <translation>Mails, enquête-exports en feedback ({endings});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>Er kon niets worden geïmporteerd.</translation>
    </message>
    <message>
        <source>You have not seen these answers yet: first predict how {client} answered, in your next reflection on a meeting with them. Or see them now, without a prediction.</source>
        <translation>Je hebt deze antwoorden nog niet gezien: voorspel eerst hoe {client} antwoordde, in je volgende reflectie op een gesprek met hen. Of bekijk ze nu, zonder voorspelling.</translation>
    </message>
    <message>
        <source>The answers are shown: no prediction this time.</source>
        <translation>De antwoorden zijn zichtbaar: deze keer geen voorspelling.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>How did I do as a trusted advisor?</source>
        <translation>Hoe deed ik het als vertrouwd adviseur?</translation>
    </message>
    <message>
        <source>Answer what applies; keys 1–5 choose, Tab moves on.</source>
        <translation>Beantwoord wat van toepassing is; kies met de toetsen 1–5, met Tab ga je verder.</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Terugblik</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate a Meeting You Observed</source>
        <translation>Een bijgewoond gesprek beoordelen</translation>
    </message>
    <message>
        <source>If you were there: how true is each statement about the advisor in this meeting? The advisor&apos;s clients score the same statements, so your view sits beside theirs. Leave a statement you cannot judge.</source>
        <translation>Als je erbij was: in hoeverre klopt elke uitspraak over de adviseur in dit gesprek? De klanten van de adviseur beoordelen dezelfde uitspraken, zodat jouw beeld naast het hunne staat. Laat een uitspraak open die je niet kunt beoordelen.</translation>
    </message>
    <message>
        <source>{date} · {client} · {title}</source>
        <translation>{date} · {client} · {title}</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Gesprek:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;This journal can only be read:&lt;/b&gt; {folder} cannot be written to. New reflections and changes cannot be saved until it can (check the folder&apos;s permissions, or whether its disk or share is read-only). Reading, searching, growth and exports still work, and File → Back Up Now… makes a copy in a folder you choose.</source>
        <translation>&lt;b&gt;Dit dagboek kan alleen worden gelezen:&lt;/b&gt; er kan niet naar {folder} worden geschreven. Nieuwe reflecties en wijzigingen kunnen pas worden opgeslagen als dat weer kan (controleer de rechten van de map, of de schijf of netwerkmap alleen-lezen is). Lezen, zoeken, groei en exporteren werken gewoon, en Bestand → Back-up maken… zet een kopie in een map die je zelf kiest.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Reflection: {title}</source>
        <translation>Reflectie: {title}</translation>
    </message>
    <message>
        <source>New meeting and reflection</source>
        <translation>Nieuw gesprek en reflectie</translation>
    </message>
    <message>
        <source>&amp;Save ({keys})</source>
        <translation>&amp;Opslaan ({keys})</translation>
    </message>
    <message>
        <source>Save the meeting and its reflection: {save} or {enter}</source>
        <translation>Het gesprek en de reflectie opslaan: {save} of {enter}</translation>
    </message>
    <message>
        <source>Reflected on {date}.</source>
        <translation>Gereflecteerd op {date}.</translation>
    </message>
    <message>
        <source>Last edited {date}.</source>
        <translation>Laatst bewerkt {date}.</translation>
    </message>
    <message>
        <source>Your reflection is still here; nothing was lost.</source>
        <translation>Je reflectie staat er nog; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>{answered} van {total} vragen beantwoord</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Go back to a backup</source>
        <translation>Terug naar een back-up</translation>
    </message>
    <message>
        <source>Choose a backup. Your journal as it is now is kept as a backup first, so you can always come back to it.</source>
        <translation>Kies een back-up. Je dagboek zoals het nu is, wordt eerst als back-up bewaard, zodat je er altijd naar terug kunt.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>There are no backups yet. Advisor Journal makes one every day while it runs; File → Back Up Now… makes one at once.</source>
        <translation>Er zijn nog geen back-ups. Advisor Journal maakt er elke dag een zolang het draait; Bestand → Back-up maken… maakt er meteen een.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Back-ups worden bewaard in {folder}</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <source>Restore from a journal file somewhere else</source>
        <translation>Een dagboekbestand van een andere plek terugzetten</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>another passphrase</source>
        <translation>andere wachtwoordzin</translation>
    </message>
    <message>
        <source>It does not open with your journal&apos;s passphrase: it was made with another one (or it is damaged). Restoring it asks for its passphrase.</source>
        <translation>Deze gaat niet open met de wachtwoordzin van je dagboek: hij is met een andere gemaakt (of hij is beschadigd). Bij terugzetten wordt om zijn wachtwoordzin gevraagd.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>It is encrypted. Restoring it asks for its passphrase.</source>
        <translation>Deze is versleuteld. Bij terugzetten wordt om de wachtwoordzin gevraagd.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Restore from a Journal File</source>
        <translation>Een dagboekbestand terugzetten</translation>
    </message>
    <message>
        <source>Advisor Journal files (*.sqlite3);;All files (*)</source>
        <translation>Advisor Journal-bestanden (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace your journal?</source>
        <translation>Je dagboek vervangen?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>Replace My &amp;Journal</source>
        <translation>Mijn &amp;dagboek vervangen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the journal file {file}. The current journal is kept as a backup first. This can be undone by restoring that backup.</source>
        <translation>Je dagboek wordt vervangen door het dagboekbestand {file}. Het huidige dagboek wordt eerst als back-up bewaard. Je kunt dit ongedaan maken door die back-up terug te zetten.</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup of {date}. The current journal is kept as a backup first. This can be undone by restoring that backup.</source>
        <translation>Je dagboek wordt vervangen door de back-up van {date}. Het huidige dagboek wordt eerst als back-up bewaard. Je kunt dit ongedaan maken door die back-up terug te zetten.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}.</source>
        <translation>De back-up kon niet worden teruggezet: {reason}.</translation>
    </message>
    <message>
        <source>Your journal was restored</source>
        <translation>Je dagboek is teruggezet</translation>
    </message>
    <message>
        <source>It now holds the backup of {date}.</source>
        <translation>Het bevat nu de back-up van {date}.</translation>
    </message>
    <message>
        <source>It now holds the journal file {file}.</source>
        <translation>Het bevat nu het dagboekbestand {file}.</translation>
    </message>
    <message>
        <source>Your journal as it was is kept as a backup ({name}): restore it to go back.</source>
        <translation>Je dagboek zoals het was, is bewaard als back-up ({name}): zet die terug om terug te gaan.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Close this summary</source>
        <translation>Dit overzicht sluiten</translation>
    </message>
    <message>
        <source>Not in this version of the app, so left out of the charts: {traits}.</source>
        <translation>Onbekend in deze versie van de app, dus niet in de grafieken: {traits}.</translation>
    </message>
    <message>
        <source>The advisor&apos;s view and theirs (0–100; others only as averages over at least {count} people)</source>
        <translation>Het beeld van de adviseur en het hunne (0–100; anderen alleen als gemiddelde over minstens {count} mensen)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} t/m {last}</translation>
    </message>
    <message>
        <source>real client names</source>
        <translation>echte namen van klanten</translation>
    </message>
    <message>
        <source>client names pseudonymised</source>
        <translation>schuilnamen voor klanten</translation>
    </message>
    <message>
        <source>with texts</source>
        <translation>met teksten</translation>
    </message>
    <message>
        <source>without texts</source>
        <translation>zonder teksten</translation>
    </message>
    <message>
        <source>{meetings} meetings, {reflected} reflected on</source>
        <translation>{meetings} gesprekken, op {reflected} gereflecteerd</translation>
    </message>
    <message>
        <source>Unnamed advisor</source>
        <translation>Naamloze adviseur</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Coach Review – Advisor Journal</source>
        <translation>Coachreview – Advisor Journal</translation>
    </message>
    <message>
        <source>&amp;Open Summary…</source>
        <translation>Overzicht &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save Feedback…</source>
        <translation>Feedback op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>Review &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Your &amp;name: </source>
        <translation>Je &amp;naam: </translation>
    </message>
    <message>
        <source>signs your feedback</source>
        <translation>ondertekent je feedback</translation>
    </message>
    <message>
        <source>Open Summary…</source>
        <translation>Overzicht openen…</translation>
    </message>
    <message>
        <source>Review your advisors&apos; summaries</source>
        <translation>Beoordeel de overzichten van je adviseurs</translation>
    </message>
    <message>
        <source>Open one or more summaries (.json) your advisors exported for you. Open two to compare them side by side: two advisors, or two periods of one. Nothing is added to a journal, yours included.</source>
        <translation>Open een of meer overzichten (.json) die je adviseurs voor je hebben geëxporteerd. Open er twee om ze naast elkaar te vergelijken: twee adviseurs, of twee periodes van één adviseur. Er wordt niets aan een dagboek toegevoegd, ook niet aan het jouwe.</translation>
    </message>
    <message>
        <source>Open Summary</source>
        <translation>Overzicht openen</translation>
    </message>
    <message>
        <source>Advisor Journal summary (*.json);;All files (*)</source>
        <translation>Overzicht van Advisor Journal (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <source>Loading the meetings of {file}…</source>
        <translation>De gesprekken van {file} laden…</translation>
    </message>
    <message>
        <source>Working out the growth in {file}…</source>
        <translation>De groei in {file} uitrekenen…</translation>
    </message>
    <message>
        <source>Looking for feedback on {file}…</source>
        <translation>Feedback op {file} zoeken…</translation>
    </message>
    <message>
        <source>Over the whole period</source>
        <translation>Over de hele periode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Reflected on</source>
        <translation>Gereflecteerd</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Feedback saved: {files}</source>
        <translation>Feedback opgeslagen: {files}</translation>
    </message>
    <message>
        <source>There is no feedback to save yet.</source>
        <translation>Er is nog geen feedback om op te slaan.</translation>
    </message>
    <message>
        <source>Save Feedback for {advisor}</source>
        <translation>Feedback voor {advisor} opslaan</translation>
    </message>
    <message>
        <source>Advisor Journal feedback (*.json)</source>
        <translation>Feedback van Advisor Journal (*.json)</translation>
    </message>
</context>
<context>
    <name>ScaleQuestion</name>
    <message>
        <source>Press {value}</source>
        <translation>Druk op {value}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, clients, answers, intentions and notes ({keys})</source>
        <translation>Zoek in titels, klanten, antwoorden, voornemens en notities ({keys})</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Fi&amp;lters</source>
        <translation>Fi&amp;lters</translation>
    </message>
    <message>
        <source>Narrow the list by client, trait, period …</source>
        <translation>Beperk de lijst tot een klant, eigenschap, periode …</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Wis de zoekopdracht en alle filters</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Reflected or not</source>
        <translation>Wel of niet gereflecteerd</translation>
    </message>
    <message>
        <source>Reflected</source>
        <translation>Gereflecteerd</translation>
    </message>
    <message>
        <source>Not yet reflected</source>
        <translation>Nog niet gereflecteerd</translation>
    </message>
    <message>
        <source>From: any day</source>
        <translation>Vanaf: elke dag</translation>
    </message>
    <message>
        <source>To: any day</source>
        <translation>Tot: elke dag</translation>
    </message>
    <message>
        <source>Score from </source>
        <translation>Score van </translation>
    </message>
    <message>
        <source>to </source>
        <translation>tot </translation>
    </message>
    <message>
        <source>0–100: the chosen trait&apos;s score, or the reflection&apos;s average</source>
        <translation>0–100: de score van de gekozen eigenschap, of het gemiddelde van de reflectie</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Trait:</source>
        <translation>Eigenschap:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Mark telling and asking in what I write</source>
        <translation>Vertellen en vragen &amp;markeren in wat ik schrijf</translation>
    </message>
    <message>
        <source>In a reflection: counts and the phrases, never a score</source>
        <translation>In een reflectie: aantallen en de zinsdelen, nooit een score</translation>
    </message>
    <message>
        <source>Show a &amp;brief before a client meeting</source>
        <translation>Een &amp;briefing tonen voor een klantgesprek</translation>
    </message>
    <message>
        <source>A few minutes before a client meeting on your calendar: your last intention for that client and their last trust parts (never for private meetings)</source>
        <translation>Een paar minuten voor een klantgesprek in je agenda: je laatste voornemen voor die klant en de laatste delen van vertrouwen (nooit bij privégesprekken)</translation>
    </message>
    <message>
        <source>Your notes:</source>
        <translation>Je aantekeningen:</translation>
    </message>
    <message>
        <source>Briefs:</source>
        <translation>Briefings:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagina’s van de instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Calendar and Reminders</source>
        <translation>Agenda en herinneringen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Starting at login could not be set up: {problem}</source>
        <translation>Starten bij aanmelden kon niet worden ingesteld: {problem}</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>No tags yet. Add them to a meeting in its reflection, under Tags.</source>
        <translation>Nog geen labels. Voeg ze toe aan een gesprek in de reflectie, bij Labels.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>{name} (1 meeting)</source>
        <translation>{name} (1 gesprek)</translation>
    </message>
    <message>
        <source>{name} ({count} meetings)</source>
        <translation>{name} ({count} gesprekken)</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Label hernoemen</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nieuwe naam voor “{name}”:</translation>
    </message>
</context>
<context>
    <name>ToReflectView</name>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflecteren</translation>
    </message>
    <message>
        <source>Reflect on the selected meeting (Enter)</source>
        <translation>Reflecteer op het gekozen gesprek (Enter)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Ask again about the selected meetings later</source>
        <translation>Vraag later opnieuw naar de gekozen gesprekken</translation>
    </message>
    <message>
        <source>&amp;Not a client meeting</source>
        <translation>&amp;Geen klantgesprek</translation>
    </message>
    <message>
        <source>Take the selected meetings off the list; a new import keeps them off</source>
        <translation>Haal de gekozen gesprekken van de lijst; een nieuwe import laat ze weg</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>Agenda &amp;importeren…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Why it counts</source>
        <translation>Waarom het telt</translation>
    </message>
    <message>
        <source>Meetings to reflect on</source>
        <translation>Gesprekken om op te reflecteren</translation>
    </message>
    <message>
        <source>Nothing waiting for a reflection</source>
        <translation>Niets wacht op een reflectie</translation>
    </message>
    <message>
        <source>Import your calendar and Advisor Journal asks you to reflect as soon as a client meeting ends. Meetings you have not reflected on yet wait here.</source>
        <translation>Importeer je agenda en Advisor Journal vraagt je te reflecteren zodra een klantgesprek afloopt. Gesprekken waarop je nog niet hebt gereflecteerd, wachten hier.</translation>
    </message>
    <message>
        <source>Import Calendar…</source>
        <translation>Agenda importeren…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>Ended client meetings without a reflection. Reflect on one (Enter), or choose later or not a client meeting for those selected.</source>
        <translation>Afgelopen klantgesprekken zonder reflectie. Reflecteer op één gesprek (Enter), of kies voor de geselecteerde later of geen klantgesprek.</translation>
    </message>
</context>
<context>
    <name>TranscriptBeside</name>
    <message>
        <source>Forget the Text</source>
        <translation>Tekst vergeten</translation>
    </message>
    <message>
        <source>Keep the figures, remove the transcript&apos;s text</source>
        <translation>De cijfers houden, de tekst van het transcript verwijderen</translation>
    </message>
    <message>
        <source>Remove Transcript</source>
        <translation>Transcript verwijderen</translation>
    </message>
    <message>
        <source>Remove the figures and any text kept</source>
        <translation>De cijfers en eventueel bewaarde tekst verwijderen</translation>
    </message>
    <message>
        <source>From the transcript ({file}){kept}</source>
        <translation>Uit het transcript ({file}){kept}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <source>, text kept</source>
        <translation>, tekst bewaard</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <source>Add Transcript</source>
        <translation>Transcript toevoegen</translation>
    </message>
    <message>
        <source>Teams or Zoom transcripts (*.vtt *.docx *.txt);;All files (*)</source>
        <translation>Transcripten van Teams of Zoom (*.vtt *.docx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Transcript figures kept with “{title}”.</source>
        <translation>Cijfers uit het transcript bewaard bij “{title}”.</translation>
    </message>
    <message>
        <source>“{name}” is not one speaker in this transcript. Which one are you?</source>
        <translation>“{name}” is niet één spreker in dit transcript. Welke ben jij?</translation>
    </message>
    <message>
        <source>Which speaker are you? (Set your name in Settings to skip this question.)</source>
        <translation>Welke spreker ben jij? (Vul je naam in bij Instellingen om deze vraag over te slaan.)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Advisor Journal</source>
        <translation>Advisor Journal</translation>
    </message>
    <message>
        <source>Open Advisor Journal</source>
        <translation>Advisor Journal openen</translation>
    </message>
    <message>
        <source>New Reflection…</source>
        <translation>Nieuwe reflectie…</translation>
    </message>
    <message>
        <source>To Reflect</source>
        <translation>Te reflecteren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Click to reflect.</source>
        <translation>Klik om te reflecteren.</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>&amp;Trust over time</source>
        <translation>&amp;Vertrouwen in de loop van de tijd</translation>
    </message>
    <message>
        <source>No trust to show yet. Once you reflect on a meeting with this client, the Trust Equation and its four parts appear here over time.</source>
        <translation>Nog geen vertrouwen om te laten zien. Zodra je op een gesprek met deze klant reflecteert, zie je hier de vertrouwensformule en haar vier delen in de loop van de tijd.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Geloofwaardigheid</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Self-orientation</source>
        <translation>Zelfgerichtheid</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Journal</source>
        <translation>Dagboek ontgrendelen</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use</source>
        <translation>Vergrendeld na {minutes} minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Je dagboek is vergrendeld</translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation>Typ je wachtwoordzin om het te openen.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Type the passphrase of your backups</source>
        <translation>Typ de wachtwoordzin van je back-ups</translation>
    </message>
    <message>
        <source>Your backups are encrypted. Type the passphrase they were made with, and the newest good one is offered.</source>
        <translation>Je back-ups zijn versleuteld. Typ de wachtwoordzin waarmee ze zijn gemaakt, dan krijg je de nieuwste goede aangeboden.</translation>
    </message>
    <message>
        <source>Your journal looks damaged</source>
        <translation>Je dagboek lijkt beschadigd</translation>
    </message>
    <message>
        <source>Its file does not start the way a journal does, and your backups are not encrypted, so it was most likely never encrypted but damaged. Restore a backup; or, if you did give it a passphrase, type it to open it.</source>
        <translation>Het bestand begint niet zoals een dagboek begint, en je back-ups zijn niet versleuteld. Het is dus waarschijnlijk nooit versleuteld geweest, maar beschadigd. Zet een back-up terug; of typ de wachtwoordzin als je er wel een hebt ingesteld.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Laat zien of verberg wat je typt</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock lijkt aan te staan.</translation>
    </message>
    <message>
        <source>That passphrase does not open any of your backups. Check it and try again.</source>
        <translation>Met deze wachtwoordzin gaat geen van je back-ups open. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check it and try again (the file was not changed). If you are sure it is right, the file may be damaged: choose Restore a Backup.</source>
        <translation>Met deze wachtwoordzin gaat dit dagboek niet open. Controleer hem en probeer het opnieuw (het bestand is niet veranderd). Weet je zeker dat hij klopt, dan is het bestand misschien beschadigd: kies Back-up terugzetten.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check it and try again (the file was not changed). If you are sure it is right, the file may be damaged: restore a backup.</source>
        <translation>Met deze wachtwoordzin gaat dit dagboek niet open. Controleer hem en probeer het opnieuw (het bestand is niet veranderd). Weet je zeker dat hij klopt, dan is het bestand misschien beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <source>What you were writing could not be saved, not even as a draft (is the disk full?). It waits in memory and comes back when you unlock; if you quit now, it is lost.</source>
        <translation>Wat je aan het schrijven was, kon niet worden opgeslagen, ook niet als concept (is de schijf vol?). Het wacht in het geheugen en komt terug als je ontgrendelt; sluit je nu af, dan gaat het verloren.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Put the newest good backup in the journal&apos;s place; the file is kept</source>
        <translation>De nieuwste goede back-up in de plaats van het dagboek zetten; het bestand wordt bewaard</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>WelcomeBar</name>
    <message>
        <source>Welcome to Advisor Journal</source>
        <translation>Welkom bij Advisor Journal</translation>
    </message>
    <message>
        <source>Two things shape every reflection: your name (on the summaries you export for your coach) and the traits you want to work on (asked every time). Set them now, or later in Settings.</source>
        <translation>Twee dingen bepalen elke reflectie: je naam (op de samenvattingen die je exporteert voor je coach) en de eigenschappen waaraan je wilt werken (elke keer gevraagd). Stel ze nu in, of later bij Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Set Up…</source>
        <translation>&amp;Instellen…</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Each reflection asks a few 1–5 questions about ten traits of a trusted advisor. The traits you choose here are asked every time; the others take turns. Your name goes on what you export for your coach. Both can be changed later in Settings.</source>
        <translation>Elke reflectie stelt een paar vragen (1–5) over tien eigenschappen van een adviseur die je vertrouwt. De eigenschappen die je hier kiest, komen elke keer aan bod; de andere om de beurt. Je naam staat op wat je exporteert voor je coach. Beide kun je later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>Welcome to Advisor Journal</source>
        <translation>Welkom bij Advisor Journal</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Reflection…</source>
        <translation>&amp;Nieuwe reflectie…</translation>
    </message>
    <message>
        <source>&amp;Open Meeting</source>
        <translation>Gesprek &amp;openen</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Het geselecteerde gesprek openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>Agenda &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export for Your Coach…</source>
        <translation>&amp;Exporteren voor je coach…</translation>
    </message>
    <message>
        <source>Log a meeting and reflect on it ({keys})</source>
        <translation>Een gesprek vastleggen en erop reflecteren ({keys})</translation>
    </message>
    <message>
        <source>Bring in client meetings from a calendar file (.ics) ({keys})</source>
        <translation>Klantgesprekken ophalen uit een agendabestand (.ics) ({keys})</translation>
    </message>
    <message>
        <source>Add &amp;Transcript…</source>
        <translation>&amp;Transcript toevoegen…</translation>
    </message>
    <message>
        <source>Figures from a Teams or Zoom transcript of the selected meeting, computed on this computer (or drop the file on the meeting)</source>
        <translation>Cijfers uit een transcript van Teams of Zoom bij het gekozen gesprek, berekend op deze computer (of sleep het bestand op het gesprek)</translation>
    </message>
    <message>
        <source>&amp;Ask the Client…</source>
        <translation>&amp;Klant om feedback vragen…</translation>
    </message>
    <message>
        <source>A short pulse for the selected meeting&apos;s client: their view beside yours</source>
        <translation>Een korte puls voor de klant van het geselecteerde gesprek: hun beeld naast het jouwe</translation>
    </message>
    <message>
        <source>Import Client &amp;Answers…</source>
        <translation>&amp;Antwoorden van klant importeren…</translation>
    </message>
    <message>
        <source>A client&apos;s answers from a mail or a survey export, or your coach&apos;s ratings</source>
        <translation>De antwoorden van een klant uit een mail of enquête-export, of de beoordelingen van je coach</translation>
    </message>
    <message>
        <source>A summary or the data of a period, private by default ({keys})</source>
        <translation>Een overzicht of de gegevens van een periode, standaard privé ({keys})</translation>
    </message>
    <message>
        <source>Open Coach &amp;Feedback…</source>
        <translation>&amp;Feedback van coach openen…</translation>
    </message>
    <message>
        <source>&amp;Review Summaries (for Coaches)…</source>
        <translation>Overzichten &amp;beoordelen (voor coaches)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Back-up &amp;maken…</translation>
    </message>
    <message>
        <source>Make a checked copy of your journal now</source>
        <translation>Nu een gecontroleerde kopie van je dagboek maken</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Go back to one of your backups</source>
        <translation>Teruggaan naar een van je back-ups</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Close the journal until you type its passphrase</source>
        <translation>Sluit het dagboek tot je de wachtwoordzin typt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Delete Meeting…</source>
        <translation>Gesprek &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Rename &amp;Tags…</source>
        <translation>&amp;Labels hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <source>&amp;Growth</source>
        <translation>G&amp;roei</translation>
    </message>
    <message>
        <source>&amp;To Reflect</source>
        <translation>&amp;Te reflecteren</translation>
    </message>
    <message>
        <source>Open &amp;Intentions…</source>
        <translation>Open &amp;voornemens…</translation>
    </message>
    <message>
        <source>&amp;Client…</source>
        <translation>&amp;Klant…</translation>
    </message>
    <message>
        <source>Everything about the selected meeting&apos;s client ({keys})</source>
        <translation>Alles over de klant van het gekozen gesprek ({keys})</translation>
    </message>
    <message>
        <source>Advisor Journal &amp;Help</source>
        <translation>&amp;Hulp bij Advisor Journal</translation>
    </message>
    <message>
        <source>Open the &amp;Data Folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>Show the folder that holds your journal and its backups</source>
        <translation>Laat de map zien met je dagboek en de back-ups ervan</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>&amp;Logmap tonen</translation>
    </message>
    <message>
        <source>Show the folder of the app&apos;s log files, to send them with a problem</source>
        <translation>Laat de map met de logbestanden van de app zien, om ze bij een probleem mee te sturen</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation>Diagnose &amp;kopiëren</translation>
    </message>
    <message>
        <source>Versions, paths and the newest errors on the clipboard; nothing you wrote</source>
        <translation>Versies, paden en de nieuwste fouten op het klembord; niets van wat je schreef</translation>
    </message>
    <message>
        <source>&amp;About Advisor Journal</source>
        <translation>&amp;Over Advisor Journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-tekst (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Advisor Journal bundle (*.json)</source>
        <translation>Advisor Journal-bundel (*.json)</translation>
    </message>
</context>
</TS>

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
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Je kunt dit ongedaan maken met Ctrl+Z.</translation>
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
        <source>Something went wrong inside Advisor Journal ({kind}). Nothing you typed has been thrown away; try again, and if it keeps happening, tell us what you did.</source>
        <translation>Er is iets misgegaan in Advisor Journal ({kind}). Niets van wat je hebt getypt is verloren gegaan; probeer het opnieuw, en laat ons weten wat je deed als het blijft gebeuren.</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>week van {date}</translation>
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
        <source>{name}, {period}: {value} (from {count} reflections)</source>
        <translation>{name}, {period}: {value} (op basis van {count} reflecties)</translation>
    </message>
    <message>
        <source>{name}, {period}: {value} (from {count} answers)</source>
        <translation>{name}, {period}: {value} (op basis van {count} antwoorden)</translation>
    </message>
    <message>
        <source>Few answers: read this point with care.</source>
        <translation>Weinig antwoorden: interpreteer dit punt voorzichtig.</translation>
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
        <source>Your strongest trait is &lt;b&gt;{trait}&lt;/b&gt; ({value}).</source>
        <translation>Je sterkste eigenschap is &lt;b&gt;{trait}&lt;/b&gt; ({value}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{trait}&lt;/b&gt; has the most room to grow ({value}).</source>
        <translation>&lt;b&gt;{trait}&lt;/b&gt; heeft de meeste ruimte om te groeien ({value}).</translation>
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
        <source>A gap means no answers in that period; a hollow point rests on fewer than three answers.</source>
        <translation>Een onderbreking betekent: geen antwoorden in die periode; een open punt rust op minder dan drie antwoorden.</translation>
    </message>
    <message>
        <source>Trust = (credibility + reliability + intimacy) / self-orientation; the four parts run from 1 to 10.</source>
        <translation>Vertrouwen = (geloofwaardigheid + betrouwbaarheid + nabijheid) / zelfgerichtheid; de vier delen lopen van 1 tot 10.</translation>
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
        <source>Acceptable. Longer is stronger: add a word or two.</source>
        <translation>Voldoende. Langer is sterker: voeg een woord of twee toe.</translation>
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
        <source>Your desktop has no system tray: the app asks in its window, while the window is open.</source>
        <translation>Je bureaublad heeft geen systeemvak: de app vraagt het in zijn venster, zolang dat open is.</translation>
    </message>
    <message>
        <source>On Windows and macOS, the README says how to start it at login.</source>
        <translation>Voor Windows en macOS staat in de README hoe je de app bij het aanmelden start.</translation>
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
        <source>Trust Equation: (credibility + reliability + intimacy) / self-orientation, from the reflection&apos;s answers. About 3 is average; higher is better.</source>
        <translation>Vertrouwensformule: (geloofwaardigheid + betrouwbaarheid + nabijheid) / zelfgerichtheid, op basis van de antwoorden in de reflectie. Rond de 3 is gemiddeld; hoger is beter.</translation>
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
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from Your Coach</source>
        <translation>Feedback van je coach</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Nothing to show yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your growth appears here once you have reflected on a few client meetings: press Ctrl+N after your next meeting. Choose a longer period above if you have reflected before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nog niets te zien.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Je groei verschijnt hier zodra je op een paar klantgesprekken hebt gereflecteerd: druk na je volgende gesprek op Ctrl+N. Kies hierboven een langere periode als je al eerder hebt gereflecteerd.&lt;/p&gt;</translation>
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
        <source>balance {value}/100</source>
        <translation>balans {value}/100</translation>
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
        <source>Follow this file: read it again whenever it changes on disk</source>
        <translation>Dit bestand volgen: opnieuw lezen zodra het op schijf verandert</translation>
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
        <source>Trust Equation: (credibility + reliability + intimacy) / self-orientation, from the reflection&apos;s answers. About 3 is average; higher is better.</source>
        <translation>Vertrouwensformule: (geloofwaardigheid + betrouwbaarheid + nabijheid) / zelfgerichtheid, op basis van de antwoorden in de reflectie. Rond de 3 is gemiddeld; hoger is beter.</translation>
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
    <name>NextTimeBox</name>
    <message>
        <source>Next time</source>
        <translation>Volgende keer</translation>
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
        <source>Locking closes the journal until you type the passphrase again; what you were writing is kept as a draft. Reminders for ended meetings wait until you unlock. Lock at once with File → Lock Now (Ctrl+Shift+L).</source>
        <translation>Vergrendelen sluit het dagboek tot je de wachtwoordzin weer typt; waar je aan schreef, blijft bewaard als concept. Herinneringen voor afgelopen gesprekken wachten tot je ontgrendelt. Meteen vergrendelen kan met Bestand → Nu vergrendelen (Ctrl+Shift+L).</translation>
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
        <source>Save ({keys})</source>
        <translation>Opslaan ({keys})</translation>
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
        <source>Search titles, clients, answers, intentions and notes (Ctrl+F)</source>
        <translation>Zoek in titels, klanten, antwoorden, voornemens en notities (Ctrl+F)</translation>
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
        <source>Shown on summaries you export for your coach</source>
        <translation>Staat op samenvattingen die je exporteert voor je coach</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Focus traits:</source>
        <translation>&amp;Focuseigenschappen:</translation>
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
        <source>Time to reflect</source>
        <translation>Tijd om te reflecteren</translation>
    </message>
    <message>
        <source>“{title}” with {client} has ended. Click to reflect.</source>
        <translation>„{title}” met {client} is afgelopen. Klik om te reflecteren.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>1 more meeting waiting.</source>
        <translation>Nog 1 gesprek wacht.</translation>
    </message>
    <message>
        <source>{count} more meetings waiting.</source>
        <translation>Nog {count} gesprekken wachten.</translation>
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
    <name>WindowActions</name>
    <message>
        <source>&amp;New Reflection…</source>
        <translation>&amp;Nieuwe reflectie…</translation>
    </message>
    <message>
        <source>Log a meeting and reflect on it (Ctrl+N)</source>
        <translation>Een gesprek vastleggen en erop reflecteren (Ctrl+N)</translation>
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
        <source>Bring in client meetings from a calendar file (.ics) (Ctrl+I)</source>
        <translation>Klantgesprekken ophalen uit een agendabestand (.ics) (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export for Your Coach…</source>
        <translation>&amp;Exporteren voor je coach…</translation>
    </message>
    <message>
        <source>A summary or the data of a period, private by default (Ctrl+E)</source>
        <translation>Een overzicht of de gegevens van een periode, standaard privé (Ctrl+E)</translation>
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
        <source>Everything about the selected meeting&apos;s client (Ctrl+L)</source>
        <translation>Alles over de klant van het gekozen gesprek (Ctrl+L)</translation>
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

"""Which words of a client's name give the client away on their own.

"Kestrel" of "Kestrel Engineering" does: a coach who reads "Evaluatie Kestrel" knows
the client. "Engineering", "Gemeente" or "BV" alone do not: they say what kind of
organisation, not which. The rule:

- the whole name is always replaced, in any spelling (see ``names_folding``);
- each word of it is replaced on its own too, unless it is
  - shorter than four letters (too often an ordinary word), except a name written
    in capitals of three letters or more ("KPN", "UWV"): an acronym is a name;
  - a word for a kind of organisation, a legal form or a place ("Gemeente", "BV",
    "Holding", "Engineering", "Facilities", "Stichting", "Ltd": ``GENERIC``);
  - one of the most common words of Dutch or English, which a surname or a place
    name may also be ("Meer", "Berg", "Huis": ``COMMON``): replacing those everywhere
    would make the notes unreadable.

Better one ordinary word too many replaced than a client named: a word not on these
lists is replaced.
"""

from __future__ import annotations

from journal.coach.names_folding import name_keys

MIN_LETTERS = 4
MIN_ACRONYM = 3

GENERIC = frozenset(
    name_keys(
        """
    bv b.v nv n.v vof v.o.f cv c.v ltd limited llc inc incorporated plc gmbh ag kg sa sas
    sarl srl spa bvba vzw ab as oy co corp corporation company companies
    holding holdings group groep groupe gruppe concern beheer participaties
    gemeente gemeenten provincie waterschap hoogheemraadschap ministerie rijksoverheid
    rijkswaterstaat overheid municipality council county city stad town dorp regio
    stichting vereniging cooperatie coöperatie foundation association trust fonds fund
    engineering facilities facility facilitair services service diensten dienstverlening
    consultancy consulting consultants conseil advies adviseurs adviesbureau bureau
    partners partner management solutions systems systemen technologies technology
    techniek technisch tech software data digital digitaal ict automatisering
    logistiek logistics transport vervoer bouw bouwbedrijf construction installaties
    installatietechniek energie energy zorg zorggroep care health healthcare ziekenhuis
    hospital kliniek school scholen universiteit university hogeschool college academie
    academy instituut institute bank verzekeringen insurance woonstichting wonen
    woningcorporatie vastgoed real estate property media marketing communicatie retail
    industrie industries industry international internationaal nationaal national
    nederland netherlands holland europe europa benelux global worldwide
    zonen sons brothers gebroeders en and the of de het der den van von du la le les
    grosskunde großkunde kunde klant client customer
    """
    )
)

COMMON = frozenset(
    name_keys(
        """
    meer berg bergen huis huizen land veld velden dijk dam water stad dorp bosch bos
    hout steen brug kerk molen hoek kamp horst hof haven weg straat plein laan park
    vliet beek meer zee strand heide wijk poort markt toren kasteel burg
    goed goede groot grote klein kleine nieuw nieuwe oud oude hoog hoge laag lage
    lang lange kort korte snel vrij vrije open heel hele echt zeer ook niet maar voor
    naar over onder tussen tegen zonder door bij binnen buiten boven achter
    jaar maand week dag dagen tijd werk plan plannen project projecten overleg
    gesprek team zaak zaken geld prijs kosten vraag vragen antwoord punt punten
    deel delen stuk stukken kant keer plaats manier mensen mens kind kinderen
    good great grand little small large long short fast free open high low
    first last best more most less many much some such only also very well
    year month week time work plan project meeting team market price cost
    part side place people world home house hill field bridge church mill park
    north south east west noord zuid oost
    """
    )
)


def distinctive(word: str, written: str) -> bool:
    """Whether a word of a client's name names the client alone: ``word`` folded
    (``names_folding.key``), ``written`` as the name has it."""
    if word in GENERIC or word in COMMON or word.isdigit():
        return False
    letters = sum(c.isalpha() for c in written)
    if letters >= MIN_LETTERS:
        return True
    return letters >= MIN_ACRONYM and written.isupper()

"""The signals of each kind of document: weighted patterns anywhere in its text, and the words each holds.

``kinds.classify`` adds up the weights of the signals a text matches; a signal's words (as in
``SIGNAL_WORDS``) are looked for first, since a text without them cannot match.
"""

from __future__ import annotations

from .parties import PARTY, PARTY_NAMES

# signals of each kind of document: (pattern, weight) or (pattern, weight, words), the words as in
# ``SIGNAL_WORDS``; patterns run on the part's text
SIGNALS: dict[str, tuple[tuple[str, int] | tuple[str, int, tuple[str, ...]], ...]] = {
    "motie": (
        (r"(?im)^\s*motie\b", 4), (r"\bDeze motie\b", 3),
        (r"(?i)\b(?:geven|geeft) het college (?:de )?opdracht", 3),
        (r"(?i)\bdraagt het college op\b", 3), (r"(?i)\bverzoek(?:t|en) het college\b", 2),
        (r"(?i)en gaat over tot de orde van de dag", 4), (r"(?im)^\s*constaterende\b", 1),
        (r"(?im)^\s*overwegende\b", 1),
        (r"(?i)\bin vergadering bij ?een\b", 2, ("vergadering bij",)),
        (r"(?i)\bgehoord de (?:beraadslaging|discussie)", 3, ("gehoord de",)),
        (r"(?i)\broept het college\b[^.;]{0,40}\bop\b", 2, ("roept het college",)),
        # the formulas also inline, as a flattened PDF or a party's page runs them on
        (r"(?i)\bconstaterende,? dat\b|\boverwegende,? dat\b", 1, ("constaterende", "overwegende")),
        (r"(?im)^\s*spreekt\s+(?:\w+\s+){0,3}uit\b|(?i:\bspreekt uit dat\b)", 2, ("spreekt",)),
    ),
    "raadsvoorstel": (
        (r"(?im)^\s*raadsvoorstel\b", 4), (r"(?i)welk besluit moet (?:er )?worden genomen", 3),
        (r"(?i)\bvoorgesteld (?:raads)?besluit\b", 2), (r"(?i)\bstellen (?:wij|we) (?:u|de raad) voor\b", 2),
        (r"(?im)^\s*aan de gemeenteraad\b", 1),
        # the college's proposal as its heading states it: "Het college van B & W stelt voor:"
        (r"(?im)^\s*(?:het college(?: van burgemeester (?:en|&) wethouders)?|burgemeester en wethouders)"
         r" stel(?:t|len) (?:de (?:gemeente)?raad |u )?voor\s*:", 3, ("stel",)),
        # the college asking the council for a decision or a view, in its own voice
        (r"(?i)\b(?:als|het) college (?:vragen|verzoeken|stellen) (?:wij|we)\b[^.]{0,30}?"
         r"\b(?:u|uw raad|uw zienswijze|de (?:gemeente)?raad)\b"
         r"|\b(?:vragen|verzoeken) (?:wij|we) (?:u|uw raad|de (?:gemeente)?raad) (?:om )?"
         r"(?:in te stemmen|uw zienswijze|een zienswijze|te besluiten)", 3,
         ("college", "zienswijze", "in te stemmen", "te besluiten")),
    ),
    "raadsbesluit": (
        (r"(?im)^\s*raadsbesluit\s*$", 4), (r"(?im)^\s*besluit van de (?:gemeente)?raad\b", 4),
        (r"(?i)\baldus (?:besloten|vastgesteld) in de (?:openbare )?(?:raads)?vergadering\b", 3),
        (r"(?im)^\s*gelezen het voorstel\b", 2),
    ),
    "raadsinformatiebrief": (
        (r"(?im)^\s*raadsinformatiebrief\b", 5), (r"(?i)\braadsinformatiebrief\b", 2), (r"\bRIB\b", 1),
    ),
    "nieuwsbericht": (
        (r"(?im)^\s*ga naar (?:de )?(?:hoofd)?inhoud\s*$", 3), (r"(?im)^\s*ga naar het begin\s*$", 2),
        (r"(?i)\bnieuwsbericht\b", 2),
        # (a link to a press release, "Lees hier het persbericht", is a page's reference to another text)
        (r"(?i)(?<!lees hier het )(?<!lees ook het )(?<!lees het )\bpersbericht\b", 3, ("persbericht",)),
        (r"(?im)^\s*(?:terug naar|deel dit)\b", 1),
        (r"(?m)^\s*Wethouder [A-Z][^:\n]{2,40}:", 1),
        (r"(?im)^\s*(?:home|start)\s*[>\u00bb/]\s*(?:actueel\s*[>\u00bb/]\s*)?nieuws", 3),
        (r"(?im)^\s*(?:gepubliceerd|geplaatst)\s+op\b", 2), (r"(?i)\bpublicatiedatum\b", 2),
        (r"(?i)\b(?:zei|zegt|aldus|vertelde|reageert|waarschuwde|benadrukte)\b", 1),
        (r"(?i)\((?:foto|beeld)\s*:", 2), (r"(?im)^\s*door [A-Z][\w.-]+ [A-Z]", 2),
        # a picture's credit on a line of its own: "Afbeelding: ANP", "Foto: Jan Smit"
        (r"(?im)^[ \t]*(?:foto|beeld|afbeelding)[ \t]*:[ \t]*[A-Z][^\n]{0,40}$", 2,
         ("foto", "beeld", "afbeelding")),
        # an author's byline as a name and a numeric date: "Anna de Vries 14.02.2022"
        (r"(?m)^[ \t]*[A-Z][a-z]+(?: (?:van|de|der|den|ter|te))*(?: [A-Z][\w'-]+){1,2}[ \t]*[|,-]?[ \t]*"
         r"\d{1,2}[.-]\d{1,2}[.-]\d{4}[ \t]*$", 2),
        (r"(?im)^\s*(?:lees (?:ook|meer|verder|vorig bericht|volgend bericht)"
         r"|deel dit bericht|geef een reactie|\d+ comments?|meer nieuwsberichten)\b", 3),
        (r"(?i)\b(?:stelt|stellen|heeft|hebben) schriftelijke vragen\b|\bschriftelijke vragen gesteld\b", 2),
        (r"(?i)\bpolitiekverslaggever\b|\bverslaggever\b", 2),
        (r"(?im)^\s*(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
         r",?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\b", 2),
        # a day the report calls recent: "De raadsvergadering van 27 juni jl."
        (r"(?i)\b\d{1,2}\s+[a-z]{3,9}\.?\s+(?:jl\.|j\.l\.|jongstleden)", 2, ("jl.", "j.l.", "jongstleden")),
        (r"(?m)^[A-Z][\w'/-]+(?: [A-Z][\w'/-]+)? [-\u2013] [A-Z]"
         r"|(?:^|\s)[A-Z][A-Z'/-]{2,}(?: [A-Z][\w'/-]+)? [-\u2013] [A-Z]", 2),
        # a dateline in capitals with a bar or a dash and wider spacing: "ZWOLLE | Op 3 mei", "EDE –  De"
        (r"(?m)^[ \t]*[A-Z][A-Z'/-]{2,}(?:[ -][A-Z][A-Z'/-]+)?"
         r"[ \t]+(?:\||[-\u2013\u2014][ \t]{2,})[ \t]*[A-Z]", 2),
        (r"(?m)\bdoor [A-Z][\w.-]+ [A-Z][\w-]+[ \t]*$", 2),
        # a news dateline opening a paragraph: "Ermelo, 12 maart 2015 - De gemeenteraad ..."
        (r"(?m)^[ \t]*[A-Z][\w'.-]+(?:[ -][A-Z][\w'.-]+){0,2},[ \t]+\d{1,2}[ \t]+[a-z]{3,9}\.?[ \t]+\d{4}"
         r"[ \t]*[-\u2013\u2014][ \t]", 5),
        (r"\b[Ww]ethouder [A-Z][a-z]+", 1),
        (r"(?i)\b(?:gisteravond|gisteren|vanavond"
         r"|afgelopen (?:maandag|dinsdag|woensdag|donderdag|vrijdag))\b", 2),
        (r"(?i)\b(?:motie|amendement)\b[^.]{0,120}\b(?:geen meerderheid|unaniem)\b", 2),
        (r"(?i)\b(?:motie|amendement)s?\b[^.]{0,120}\b(?:is|werd|werden|wordt|zijn)\b[^.]{0,60}"
         r"\b(?:aangenomen|verworpen|ingetrokken|aangehouden)\b", 2),
        (r"(?i)\b(?:heeft|hebben)\b[^.]{0,40}\b(?:een|de|die|twee|drie)"
         r" (?:motie|moties|amendement|amendementen)\b[^.]{0,60}\b(?:aangenomen|verworpen)\b", 2,
         ("aangenomen", "verworpen")),
        # a speaker quoted by function and name: 'Fractievoorzitter Els Bos: "..."'
        (r"(?i)\b(?:fractievoorzitter|wethouder|burgemeester|raadslid|woordvoerder|gedeputeerde)"
         r"(?-i: [A-Z][\w.-]*(?:(?: (?:van|de|der|den|ter))*(?: [A-Z][\w-]+))*):[ \t]*[\"\u201c\u2018']", 2,
         (":",)),
        (r"(?i)\b(?:de|het|een) (?:motie|amendement)\b[^.]{0,80}\b(?:aangenomen|verworpen|ingetrokken)\b", 1),
        (r"(?i)\b(?:gemeenteraad|raadsleden|raadslid|fracties?|raadsvergadering)\b", 1),
        # a report of what happened in the council, in the past tense ("steunden het amendement")
        (r"(?i)\b(?:stemde|stemden|gestemd|steunde|steunden|omarmde|omarmden|ontraadde|ontraadden"
         r"|verwierpen|dienden)\b", 2,
         ("stemde", "gestemd", "steunde", "omarmde", "ontraadde", "verwierpen", "dienden")),
        (r"(?i)\b(?:twee|drie|vier|vijf|zes|\d{1,2}) (?:moties|amendementen)\b", 2,
         ("moties", "amendementen")),
        # (each pattern opens with a literal, which the regular-expression engine scans for quickly)
        (rf"(?:{PARTY})[- ](?:motie|amendement)\b", 2, ("otie", "mendement")),
        (rf"(?:motie|moties|amendement|amendementen|Motie|Moties) van (?:{PARTY})\b", 2,
         ("otie", "mendement")),
        # a council member named with the party in the running text: "hebben Jan de Vries (CDA) en ..."
        (rf"(?<=[a-z,] )[A-Z][a-z]+(?: (?:van|de|der|den))* [A-Z][a-z]+ \({PARTY}\)", 2,
         tuple(f"{name})" for name in PARTY_NAMES)),
        # a party's own voice: "onze motie", "Als CDA vinden wij"
        (r"[Oo]nze (?:fractie|motie|moties|amendement|amendementen|raadslid|raadsleden|inbreng)\b"
         r"|[Oo]ns (?:amendement|voorstel)\b", 3, ("nze ", "ns ")),
        # a motion "die wij (samen met de SP) hebben ingediend": a college submits none, a party does
        (r"(?i)\b(?:motie|amendement)\b[^.;]{0,20}\b(?:die|dat) (?:wij|we)\b[^.;]{0,60}\bingediend\b", 3,
         ("ingediend",)),
        (rf"Als (?<!\wAls )(?:fractie(?: van)?(?: de)? )?(?:{PARTY})(?:[- ]?fractie| [A-Z][\w'-]*)?"
         r" (?:[a-z]+ ){0,2}(?:we|wij)\b", 3, ("Als ",)),
        (r" de (?:(?<=tijdens de )|(?<=Tijdens de )|(?<=\bin de )|(?<=\bIn de )|(?<=\bop de )|(?<=\bOp de ))"
         r"(?:raadsvergadering|gemeenteraad|raadscommissie|commissievergadering)"
         r" van (?:(?:maan|dins|woens|donder|vrij)dag )?\d{1,2} [a-z]{3,9}\b", 2,
         ("raadsvergadering", "gemeenteraad", "raadscommissie", "commissievergadering")),
        # a meeting announced: "De gemeenteraad van Zwolle vergadert op maandag 2 december"
        (r"(?i)\bstond(?:en)?\b[^.]{0,120}\bop de agenda\b"
         r"|\bde (?:gemeente)?raad(?: van (?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))?)? vergadert\b", 2,
         ("agenda", "vergadert")),
        # a teaser's link after its last sentence, at the text's end: "... een oplossing. Lees meer"
        (r"[.!?\u2019\u201d][ \t]+Lees (?:meer|verder)[ \t.]*\s*\Z", 3, ("Lees ",)),
        (r"(?im)^[ \t]*(?:actueel|nieuws|actueel nieuws|laatste nieuws|nieuwsarchief)[ \t]*$", 3,
         ("actueel", "nieuws")),
        # a news page's blocks around its article: the related news, its reading time, the article's buttons
        # (each block's heading a line of its own; "Meer nieuws volgt." is a sentence)
        (r"(?im)^[ \t]*(?:(?:(?:gerelateerd|meer|ander|overig|recent) nieuws"
         r"|gerelateerde (?:berichten|artikelen|nieuwsberichten)|ook interessant|bekijk ook"
         r"|meer over dit onderwerp|luister naar dit artikel"
         r"|nieuwsoverzicht)[ \t]*:?[ \t]*$|leestijd\b)"
         r"|(?i:\b(?:deel|print|reageer op|bewaar) (?:dit|het) (?:artikel|nieuwsbericht)\b"
         r"|\bdit artikel is\b)", 2,
         ("nieuws", "gerelateerde", "interessant", "bekijk ook", "onderwerp", "artikel", "leestijd")),
        # a stored news page opens with the month it was published: " date 2018-09 ..."
        (r"\A\s*date \d{4}-\d{2}\b", 2, ("date ",)),
        # the marks of a news page: when it was published, by whom, a date line with its time
        (r"(?im)^\s*(?:gepubliceerd|geplaatst|laatst gewijzigd|bijgewerkt)\s*(?:op)?\s*:", 2,
         ("gepubliceerd", "geplaatst", "gewijzigd", "bijgewerkt")),
        (r"(?im)^\s*(?:geschreven\s+)?door\s+(?:de\s+)?redactie\b"
         r"|^\s*(?:bron|tekst|tekst en foto)\s*:\s*\S", 2,
         ("redactie", "bron", "tekst")),
        # what was said put first, the speaker after the verb: "Dat antwoordt het college op vragen van X"
        (r"(?:^|[.!?]\s+)(?:Dat|Dit|Zo) (?:antwoordt|antwoordde|schrijft|schreef|meldt|meldde|zegt|zei"
         r"|laat|liet) (?:het|de) (?:college|wethouder|gemeente|burgemeester|gedeputeerde|minister)\b", 2,
         ("antwoord", "schr", "meld", "zegt", "zei", "laat", "liet")),
        (r"(?im)^\s*\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4},?\s+(?:om\s+)?\d{1,2}[:.]\d{2}\b", 2),
        # reported speech and the way news tells what happened (also opened low, as Dutch papers print it:
        # "\u201eWe willen ...\u201d, zegt", ",,We willen ...\u201d, zegt")
        (r"(?:['\u2018\"\u201c\u201e]|,,)[^'\u2019\"\u201d\n]{10,300}['\u2019\"\u201d],? "
         r"(?:zegt|zei|aldus|vertelt|vertelde|stelt|laat|benadrukt|reageert)\b", 2,
         ("zegt", "zei", "aldus", "vertel", "stelt", "laat", "benadrukt", "reageert")),
        (r"(?i)\b(?:dat|dit|zo) blijkt uit\b"
         r"|\bvolgens (?:de )?(?:wethouder|burgemeester|raadslid|fractievoorzitter)\b", 2,
         ("blijkt uit", "volgens")),
        (r"(?i)\b(?:presenteerde|presenteerden|liet weten|lieten weten|laat weten|laten weten|meldde|meldden"
         r"|kondigde"
         r"|maakte\b[^.]{0,40}\bbekend)\b", 2, ("presenteerde", "weten", "meldde", "kondigde", "bekend")),
        (r"(?i)\b(?:deze|vorige|volgende|komende) week\b|\b(?:maan|dins|woens|donder|vrij|zater|zon)dag"
         r"(?:avond|middag|ochtend|morgen)\b", 2, ("week", "avond", "middag", "ochtend", "morgen")),
    ),
    "presentatie": (
        (r"(?im)\A\s*(?:inhoud|agenda)\s*$", 2), (r"(?im)^\s*vraag aan de raad\s*$", 3),
        (r"(?i)\bbeeldvorming\b", 1),
    ),
    "regiovisie": ((r"(?im)^\s*regiovisie\s*$", 5),),
    # minutes: a heading that names them, who chairs and who minutes, the speakers' turns
    "verslag": (
        (r"(?im)^\s*(?:verslag|notulen)\b", 2, ("verslag", "notulen")),
        (r"(?i)\b(?:verslag|notulen) van de (?:openbare )?(?:vergadering|raadsvergadering|raadssessie|sessie"
         r"|commissievergadering|raadscommissie|commissie)\b", 2, ("verslag", "notulen")),
        # (a bare "Voorzitter:" over a speech addresses the chair: the speaker's own words, no minutes)
        (r"(?:^|\s)(?:Voorzitter(?![ \t]*:[ \t]*\n)|Griffier|Notulist|Aanwezig"
         r"|Afwezig(?: met kennisgeving)?)\s*:", 3,
         ("Voorzitter", "Griffier", "Notulist", "Aanwezig", "Afwezig")),
        (r"\b[Dd]e (?:VOORZITTER|voorzitter)\s*:", 3, ("VOORZITTER", "voorzitter")),
        # the chair's acts that minutes record: "De voorzitter opent de vergadering", "sluit de bijeenkomst"
        (r"\b[Dd]e voorzitter (?:opent|sluit|heropent|schorst) de"
         r" (?:vergadering|bijeenkomst|sessie|avond)\b", 3, ("voorzitter",)),
        # who attended, as the list's heading: "Aanwezigen", "Afwezige raadsleden:"
        (r"(?m)^[ \t]*(?:Aanwezigen|Afwezigen|Afwezige (?:raads|commissie)?leden)\b", 2,
         ("anwezig", "fwezig")),
        (r"(?m)^\s*(?:[Dd]e heer|[Mm]evrouw|Mw\.|Dhr\.)\s+[A-Z][\w' -]{1,40}(?:\s*\([^)\n]{1,30}\))?\s*:", 2,
         ("heer", "evrouw", "Mw.", "Dhr.")),
    ),
    "amendement": (
        (r"(?im)^\s*amendement\b", 5), (r"(?i)\bstel(?:t|len) (?:het volgende )?amendement voor\b", 3),
        (r"(?i)\bte vervangen door\b", 2), (r"(?i)\bhet amendement\b", 1),
        (r"(?i)\bbeslispunt\w*\b[^.]{0,80}\b(?:te wijzigen|te vervangen|aan te passen|toe te voegen)\b", 3),
        (r"(?i)\bbesluit\b[^.]{0,60}\bte wijzigen\b", 2),
    ),
    "regeling": (
        (r"(?im)^\s*(?:[-\u2022]\s*)?artikel\s+\d+[.:]?", 3), (r"(?i)\bartikel\s+1[.:]\s+begrip", 3),
        (r"(?i)\bbegripsbepaling(?:en)?\b|\bbegripsomschrijving\b", 3), (r"(?im)^\s*intitul[eé]\b", 2),
        (r"(?im)^\s*geldend van\b", 1), (r"(?i)\bgemeenschappelijke regeling\b", 2),
        (r"(?i)\bcentrumregeling\b", 3), (r"(?i)\bverordening\b", 2), (r"(?i)\bnadere regel", 2),
        (r"(?im)^\s*gelet op\b", 1),
        # the official gazette's masthead over what it publishes: "GEMEENTEBLAD Officiële uitgave van ..."
        (r"(?i)\b(?:gemeenteblad|provinciaal blad|waterschapsblad)\b[^\n]{0,20}"
         r"\boffici[e\u00eb]le uitgave\b", 2, ("uitgave",)),
        (r"(?i)\bin (?:deze|dit) (?:verordening|regeling|besluit|beleidsregels?|nadere regels)\b[^.:]{0,80}"
         r"\bverstaan onder\b", 4, ("verstaan onder",)),
    ),
    "beleidsplan": (
        # a plan named in the running text may be one a news item or proposal is about (the heading
        # naming the document a plan counts in ``_heading_scores``)
        (r"(?i)\b(?:beleidsplan|beleidsnota|kadernota|beleidskader|uitvoeringsplan)\b", 1),
        (r"(?i)voorwoord\b", 3), (r"(?i)\bjeugdbeleid\b", 1), (r"(?im)^\s*inhoudsopgave\b", 1),
        (r"(?i)\b(?:met|in) (?:dit|deze) (?:nota|plan|beleidsplan|beleidskader|kader)\b", 2,
         ("nota", "plan", "kader")),
        (r"(?i)\b(?:met|in) (?:dit|deze) beleid\b", 1, ("beleid",)),  # also quoted in news about a plan
    ),
    "collegebesluit": (
        (r"(?i)\bcollegebesluit(?:en)?\b", 3), (r"(?i)\bbesluitenlijst\b", 3),
        # the college's own minutes are its record of decisions
        (r"(?i)\b(?:notulen|besluitenlijst|verslag) van de (?:openbare )?vergadering van "
         r"(?:het college van )?burgemeester en wethouders\b", 4, ("wethouders",)),
        (r"(?im)^\s*(?:het college|burgemeester en wethouders)(?: van [^\n,]{2,40})?"
         r" (?:besluit|heeft besloten)", 3),
        # the college's proposal form: "Collegevoorstel" atop (after a page number), "ter besluitvorming door
        # het college", "Besluit B&W d.d. 12 juni 2017"
        (r"(?im)^[ \t]*(?:\d{1,3}[ \t]+)?collegevoorstel\b", 3, ("collegevoorstel",)),
        (r"(?i)\bter besluitvorming door (?:het )?(?:college|b\s*&\s*w|burgemeester en wethouders)\b"
         r"|\bbesluit (?:b\s*&\s*w|burgemeester en wethouders|van het college) d\.d\.", 3,
         ("besluitvorming door", "d.d.")),
    ),
    "brief": (
        (r"(?im)^\s*geachte?\b", 2), (r"(?im)^\s*geachte? (?:college|raad|heer|mevrouw|leden)\b", 1),
        (r"(?i)\A(?:[^\n]*\n){0,4}?\s*geachte?\s", 3, ("geacht",)),  # a text that opens with a salutation
        (r"(?im)^\s*betreft\b", 2), (r"(?im)^\s*hoogachtend\b", 1),
        (r"(?im)^\s*met vriendelijke groet", 1), (r"(?i)\bbriefnummer\b", 1), (r"(?i)\buw kenmerk\b", 1),
        # a salutation or a covering formula mid-line, as a flattened PDF runs them on
        (r"\bGeachte (?:\w*leden|leden van|college|heer|mevrouw|dames en heren)\b", 2, ("Geachte",)),
        (r"(?i)\b(?:bijgaand|hierbij) (?:bied|stuur|zend)(?:en|t)? (?:we|wij|ik) u\b", 2,
         ("bijgaand", "hierbij")),
    ),
    "advies": (
        (r"(?i)\badvies van de adviesraad\b", 3), (r"(?im)^\s*(?:betreft:?\s*)?advies\b", 3),
        (r"(?i)\badviesraad\b", 1), (r"(?i)\b(?:gevraagd|ongevraagd) advies\b", 2),
    ),
}
# A word every match of a signal holds (or one of several): a text without it cannot match, and
# looking for a word is much faster than running a pattern that starts with ``\b``.
# A pattern without words here always runs.
SIGNAL_WORDS: dict[str, tuple[str, ...]] = {
    r"(?im)^\s*motie\b": ("motie",), r"\bDeze motie\b": ("Deze motie",),
    r"(?i)\b(?:geven|geeft) het college (?:de )?opdracht": (" het college ",),
    r"(?i)\bdraagt het college op\b": ("draagt het college op",),
    r"(?i)\bverzoek(?:t|en) het college\b": (" het college",),
    r"(?i)en gaat over tot de orde van de dag": ("en gaat over tot de orde van de dag",),
    r"(?im)^\s*constaterende\b": ("constaterende",), r"(?im)^\s*overwegende\b": ("overwegende",),
    r"(?im)^\s*raadsvoorstel\b": ("raadsvoorstel",),
    r"(?i)welk besluit moet (?:er )?worden genomen": ("worden genomen",),
    r"(?i)\bvoorgesteld (?:raads)?besluit\b": ("voorgesteld ",),
    r"(?i)\bstellen (?:wij|we) (?:u|de raad) voor\b": ("stellen ",),
    r"(?im)^\s*aan de gemeenteraad\b": ("aan de gemeenteraad",),
    r"(?im)^\s*raadsbesluit\s*$": ("raadsbesluit",),
    r"(?im)^\s*besluit van de (?:gemeente)?raad\b": ("besluit van de ",),
    r"(?i)\baldus (?:besloten|vastgesteld) in de (?:openbare )?(?:raads)?vergadering\b": ("aldus ",),
    r"(?im)^\s*gelezen het voorstel\b": ("gelezen het voorstel",),
    r"(?im)^\s*raadsinformatiebrief\b": ("raadsinformatiebrief",),
    r"(?i)\braadsinformatiebrief\b": ("raadsinformatiebrief",), r"\bRIB\b": ("RIB",),
    r"(?im)^\s*ga naar (?:de )?(?:hoofd)?inhoud\s*$": ("ga naar ",),
    r"(?im)^\s*ga naar het begin\s*$": ("ga naar het begin",),
    r"(?i)\bnieuwsbericht\b": ("nieuwsbericht",),
    r"(?im)^\s*(?:terug naar|deel dit)\b": ("terug naar", "deel dit"),
    r"(?m)^\s*Wethouder [A-Z][^:\n]{2,40}:": ("Wethouder ",),
    r"(?im)^\s*(?:home|start)\s*[>\u00bb/]\s*(?:actueel\s*[>\u00bb/]\s*)?nieuws": ("nieuws",),
    r"(?im)^\s*(?:gepubliceerd|geplaatst)\s+op\b": ("gepubliceerd", "geplaatst"),
    r"(?im)\A\s*(?:inhoud|agenda)\s*$": ("inhoud", "agenda"),
    r"(?im)^\s*vraag aan de raad\s*$": ("vraag aan de raad",),
    r"(?i)\bbeeldvorming\b": ("beeldvorming",), r"(?im)^\s*regiovisie\s*$": ("regiovisie",),
    r"(?im)^\s*geachte?\b": ("geacht",), r"(?im)^\s*betreft\b": ("betreft",),
    r"(?im)^\s*hoogachtend\b": ("hoogachtend",),
    r"(?im)^\s*met vriendelijke groet": ("met vriendelijke groet",),
    r"(?i)\bbriefnummer\b": ("briefnummer",), r"(?i)\buw kenmerk\b": ("uw kenmerk",),
    r"(?i)\badvies van de adviesraad\b": ("advies van de adviesraad",),
    r"(?im)^\s*(?:betreft:?\s*)?advies\b": ("advies",), r"(?i)\badviesraad\b": ("adviesraad",),
    r"(?i)\b(?:gevraagd|ongevraagd) advies\b": (" advies",),
}
#: Words of the signals added for news, amendments, regulations, plans and executive decisions.
SIGNAL_WORDS.update({
    r"(?i)\bpublicatiedatum\b": ("publicatiedatum",),
    r"(?i)\b(?:zei|zegt|aldus|vertelde|reageert|waarschuwde|benadrukte)\b": (
        "zei", "zegt", "aldus", "vertelde", "reageert", "waarschuwde", "benadrukte"),
    r"(?i)\((?:foto|beeld)\s*:": ("foto", "beeld"),
    r"(?im)^\s*door [A-Z][\w.-]+ [A-Z]": ("door ",),
    r"(?im)^\s*(?:lees (?:ook|meer|verder|vorig bericht|volgend bericht)"
    r"|deel dit bericht|geef een reactie|\d+ comments?|meer nieuwsberichten)\b": (
        "lees ", "deel dit", "geef een reactie", "comment", "meer nieuwsberichten"),
    r"(?i)\b(?:stelt|stellen|heeft|hebben) schriftelijke vragen\b|\bschriftelijke vragen gesteld\b": (
        "schriftelijke vragen",),
    r"(?i)\bpolitiekverslaggever\b|\bverslaggever\b": ("verslaggever",),
    r"(?m)\bdoor [A-Z][\w.-]+ [A-Z][\w-]+[ \t]*$": ("door ",),
    r"\b[Ww]ethouder [A-Z][a-z]+": ("ethouder ",),
    r"(?i)\b(?:gisteravond|gisteren|vanavond"
    r"|afgelopen (?:maandag|dinsdag|woensdag|donderdag|vrijdag))\b": (
        "gisteren", "gisteravond", "vanavond", "afgelopen"),
    r"(?i)\b(?:motie|amendement)\b[^.]{0,120}\b(?:geen meerderheid|unaniem)\b": ("motie", "amendement"),
    r"(?i)\b(?:motie|amendement)\b[^.]{0,120}\b(?:is|werd|werden|wordt)\b[^.]{0,60}"
    r"\b(?:aangenomen|verworpen|ingetrokken|aangehouden)\b": (
        "aangenomen", "verworpen", "ingetrokken", "aangehouden"),
    r"(?i)\b(?:de|het|een) (?:motie|amendement)\b[^.]{0,80}\b(?:aangenomen|verworpen|ingetrokken)\b": (
        "aangenomen", "verworpen", "ingetrokken"),
    r"(?i)\b(?:gemeenteraad|raadsleden|raadslid|fracties?|raadsvergadering)\b": (
        "gemeenteraad", "raadsle", "raadslid", "fractie", "raadsvergadering"),
    r"(?im)^\s*amendement\b": ("amendement",),
    r"(?i)\bstel(?:t|len) (?:het volgende )?amendement voor\b": ("amendement",),
    r"(?i)\bte vervangen door\b": ("te vervangen door",), r"(?i)\bhet amendement\b": ("het amendement",),
    r"(?i)\bbeslispunt\w*\b[^.]{0,80}\b(?:te wijzigen|te vervangen|aan te passen|toe te voegen)\b": (
        "beslispunt",),
    r"(?i)\bbesluit\b[^.]{0,60}\bte wijzigen\b": ("te wijzigen",),
    r"(?im)^\s*(?:[-\u2022]\s*)?artikel\s+\d+[.:]?": ("artikel",),
    r"(?i)\bartikel\s+1[.:]\s+begrip": ("artikel",),
    r"(?i)\bbegripsbepaling(?:en)?\b|\bbegripsomschrijving\b": ("begrip",),
    r"(?im)^\s*intitul[eé]\b": ("intitul",), r"(?im)^\s*geldend van\b": ("geldend van",),
    r"(?i)\bgemeenschappelijke regeling\b": ("gemeenschappelijke regeling",),
    r"(?i)\bcentrumregeling\b": ("centrumregeling",), r"(?i)\bverordening\b": ("verordening",),
    r"(?i)\bnadere regel": ("nadere regel",), r"(?im)^\s*gelet op\b": ("gelet op",),
    r"(?i)\b(?:beleidsplan|beleidsnota|kadernota|beleidskader|uitvoeringsplan)\b": (
        "beleidsplan", "beleidsnota", "kadernota", "beleidskader", "uitvoeringsplan"),
    r"(?i)voorwoord\b": ("voorwoord",), r"(?i)\bjeugdbeleid\b": ("jeugdbeleid",),
    r"(?im)^\s*inhoudsopgave\b": ("inhoudsopgave",),
    r"(?i)\bcollegebesluit(?:en)?\b": ("collegebesluit",), r"(?i)\bbesluitenlijst\b": ("besluitenlijst",),
    r"(?im)^\s*(?:het college|burgemeester en wethouders)(?: van [^\n,]{2,40})?"
    r" (?:besluit|heeft besloten)": ("besl",),
    r"(?im)^\s*geachte? (?:college|raad|heer|mevrouw|leden)\b": ("geacht",),
})


__all__ = ["SIGNALS", "SIGNAL_WORDS"]

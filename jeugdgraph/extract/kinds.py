"""The kind of a document from what its text says (motion, proposal, decision, letter, ...).

Each kind has weighted signals anywhere in the text: the formulas of a motion ("in vergadering
bijeen", "constaterende dat", "verzoekt het college", "en gaat over tot de orde van de dag"), of an
amendment, a proposal, a regulation ("In deze verordening wordt verstaan onder"), minutes (chair,
clerk, the speakers' turns), a letter (an opening salutation); and the marks of a report of council
business, which make a news item (a party's page or a newspaper's): when and by whom it was
published, reported speech, past-tense votes ("steunden het amendement"), a party's own voice ("Als
CDA vinden wij", "onze motie"). The opening's heading names a plan, a regulation or a regional vision
("Kempisch Meerjarenbeleidskader Jeugd"); a plan named further down is what a news item is about. The
kind with the most points wins when it has at least ``MIN_SCORE``; a text that only reports is news;
otherwise the kind is ``document``.
"""

from __future__ import annotations

import re
from typing import cast

from ..facts import DocumentKind
from . import prefilter
from .cues import Cues
from .layout import Line, is_chrome, split_lines
from .matching import lowered_for_search
from .meetingpage import DATE_ONLY, meeting_page_kind
from .narration import has_formula, told_events
from .parties import PARTY, PARTY_NAMES
from .voices import college_informs, spoken_in_debate, written_as_author

#: A line that is only one of these words starts a document of that kind.
HEADING_KINDS: dict[str, DocumentKind] = {
    "raadsvoorstel": "raadsvoorstel",
    "raadsbesluit": "raadsbesluit",
    "raadsinformatiebrief": "raadsinformatiebrief",
    "motie": "motie",
    "amendement": "amendement",
    "regiovisie": "regiovisie",
    "nieuwsbericht": "nieuwsbericht",
}

# signals of each kind of document: (pattern, weight) or (pattern, weight, words), the words as in
# ``_SIGNAL_WORDS``; patterns run on the part's text
_SIGNALS: dict[str, tuple[tuple[str, int] | tuple[str, int, tuple[str, ...]], ...]] = {
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
        (r"(?i)\bnieuwsbericht\b", 2), (r"(?i)\bpersbericht\b", 3, ("persbericht",)),
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
        (r"(?i)\bstond(?:en)?\b[^.]{0,120}\bop de agenda\b|\bde (?:gemeente)?raad vergadert\b", 2,
         ("agenda", "vergadert")),
        (r"(?im)^[ \t]*(?:actueel|nieuws|actueel nieuws|laatste nieuws|nieuwsarchief)[ \t]*$", 3,
         ("actueel", "nieuws")),
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
        # reported speech and the way news tells what happened
        (r"['\u2018\"\u201c][^'\u2019\"\u201d\n]{10,300}['\u2019\"\u201d],? "
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
_SIGNAL_WORDS: dict[str, tuple[str, ...]] = {
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
_SIGNAL_WORDS.update({
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
_COMPILED_SIGNALS = {
    kind: tuple(
        (re.compile(pattern), weight, words[0] if words else _SIGNAL_WORDS.get(pattern, ()),
         bool(re.compile(pattern).flags & re.IGNORECASE))
        for pattern, weight, *words in signals
    )
    for kind, signals in _SIGNALS.items()
}
# each signal's words looked for together with every other cue word, in one pass over the text
_SIGNAL_CUES = {words: Cues(words) for signals in _COMPILED_SIGNALS.values() for _p, _w, words, _f in signals}
# every signal word is written in its pattern (unescaped), so a match holds it
assert all(
    not words or any(word in (p.pattern.lower() if folds else p.pattern).replace("\\", "") for word in words)
    for signals in _COMPILED_SIGNALS.values() for p, _weight, words, folds in signals
)
_KIND_ORDER: tuple[DocumentKind, ...] = (
    "regiovisie", "raadsbesluit", "raadsvoorstel", "amendement", "motie", "raadsinformatiebrief",
    "regeling", "beleidsplan", "collegebesluit", "verslag", "advies", "brief", "nieuwsbericht",
    "presentatie",
)
MIN_SCORE = 3
_OPENS_ADDRESSED = re.compile(r"(?i)\A(?:[^\n]*\n){0,4}?\s*geachte?\s")
# a letter flattened to one line: its subject field runs on into the salutation ("Betreft: X Datum: Geachte")
_FLAT_ADDRESSED = re.compile(r"(?i)\b(?:betreft|onderwerp)\s*:[^\n]{0,300}?\bgeachte?\s")


def heading_kind(line: Line) -> DocumentKind | None:
    """The kind a line names when it is only a kind word (``RAADSBESLUIT``, ``Motie:``)."""
    word = line.stripped.rstrip(":").strip().lower()
    return HEADING_KINDS.get(word)


#: What a heading says the document is: a plan word among its first two words ("Kempisch
#: Meerjarenbeleidskader Jeugd", "Jeugdbeleidsplan 2024"), a regulation's name at its start.
_HEADING_SIGNALS: tuple[tuple[DocumentKind, re.Pattern[str], int], ...] = (
    # a policy note by its heading ("Jeugdnota Zwolle 2023-2026", "Nota integraal jeugdbeleid"), also on
    # a register's page whose fields speak of a "regeling"
    ("beleidsplan", re.compile(
        r"(?i)^(?:\d{1,3}\s+)?(?:[\w'-]*jeugdnota\b|nota\s+(?:[\w'-]+\s+){0,2}[\w'-]*beleid\b)"
    ), 4),
    ("beleidsplan", re.compile(
        r"(?i)^(?:\d{1,3}\s+)?(?:[\w'-]+\s+)?[\w'-]*(?:beleidsplan|beleidsnota|kadernota|beleidskader|uitvoeringsplan)"
    ), 3),
    ("regiovisie", re.compile(r"(?i)^(?:\d{1,3}\s+)?regiovisie\b"), 4),
    # a decision list headed as such ("Besluitenlijst week 28"), not the council's ("Besluitenlijst raad")
    ("collegebesluit", re.compile(r"(?i)^besluitenlijst\b(?![^\n]*\braad)"), 3),
    # the college's decisions headed as such: "Collegebesluiten week 10", "Besluiten van het college"
    ("collegebesluit", re.compile(
        r"(?i)^(?:openbare\s+)?(?:collegebesluiten|besluiten\s+(?:van\s+)?(?:het\s+)?college"
        r"|b\s*&\s*w[- ]besluiten)\b"
    ), 3),
    ("regeling", re.compile(
        r"(?i)^(?:\d{1,3}\s+)?(?:toelichting\s+(?:op\s+|bij\s+)?(?:de\s+)?)?(?:verordening|nadere regels"
        r"|beleidsregels?|centrumregeling|gemeenschappelijke regeling|regeling)\b"
    ), 3),
)
_MEMO_HEADING = re.compile(
    r"(?i)^(?:notitie|memo|memorandum|rapport|onderzoek|rekenkamer\w*|jaarverslag|jaarrapportage|agenda|notulen"
    r"|besluitenlijst|factsheet|monitor|evaluatie|analyse|advies)\b"
)
HEADING_LINES = 12  # the lines of a text's opening where its heading stands (after any page chrome)


def _heading_scores(lines: list[str]) -> dict[DocumentKind, int]:
    """Points for the kinds the opening's heading lines name: a short line, or the start of a line
    a flattened PDF runs on, above the first paragraph of prose (a heading further down names a
    section, or a plan a news item is about)."""
    found: dict[DocumentKind, int] = {}
    for line in lines:
        if is_chrome(line):
            continue
        words = len(line.split())
        if words <= 15 and line[-1:] not in ".;:?!" or len(line) >= 200:
            for kind, pattern, weight in _HEADING_SIGNALS:
                if kind not in found and pattern.match(line):
                    found[kind] = weight
        if words >= 20 and not line.endswith(":"):
            break
    return found


# the college's decision formula at a line's start, and a regulation's own article
_COLLEGE_DECIDES = re.compile(
    r"(?im)^\s*(?:het college|burgemeester en wethouders)(?: van [^\n,]{2,40})? (?:besluit|heeft besloten)\b"
)
_ARTICLE = re.compile(r"(?im)^\s*(?:[-\u2022]\s*)?artikel\s+\d+")


# a list of motions: each headed as one, each with how it was handled ("Stand van zaken:", "Afdoening:")
_HANDLING = re.compile(r"(?im)^[ \t]*(?:stand van zaken|(?:wijze van )?afdoening|status afhandeling)[ \t]*:")
_MOTION_HEADING = re.compile(r"(?m)^[ \t]*(?:Motie|MOTIE|Amendement|AMENDEMENT)[ \t]+\S")
_TO_COLLEGE = re.compile(r"(?im)^[ \t]*aan het college\b")
_SALUTATION_ANYWHERE = re.compile(r"(?i)\bgeachte?\b")


def classify(text: str) -> DocumentKind:
    """The kind of one document from what its text says; ``document`` when nothing is clear."""
    scores: dict[DocumentKind, int] = {}
    lowered = lowered_for_search(text)

    def may_match(words: tuple[str, ...], folds: bool) -> bool:
        if not words:
            return True
        if not folds:
            return _SIGNAL_CUES[words].any_in(text)
        return lowered is None or _SIGNAL_CUES[words].any_in(lowered)

    for kind, signals in _COMPILED_SIGNALS.items():
        score = sum(
            weight for pattern, weight, words, folds in signals
            if may_match(words, folds) and prefilter.search(pattern, text, lowered)
        )
        scores[cast(DocumentKind, kind)] = score
    # a text about a motion or amendment (headed "Motie ...", "Deze motie") without its formulas
    if scores["motie"] and not has_formula(text, lowered):
        scores["motie"] = 0
    if scores["amendement"] and not has_formula(text, lowered, amendment=True):
        scores["amendement"] = 0
    lines = [line.stripped for line in split_lines(text) if not line.blank]
    headed = _heading_scores(lines[:HEADING_LINES])
    for kind, weight in headed.items():
        scores[kind] += weight
    # a text that tells what the council, the college or a party did is a report, unless it is
    # addressed to someone (a letter narrates too) or headed as a plan or regulation (which recalls
    # its history)
    if _OPENS_ADDRESSED.match(text) or (
            (lowered is None or "geacht" in lowered[:1500]) and _FLAT_ADDRESSED.search(text, 0, 1500)):
        scores["nieuwsbericht"] = 0  # a text addressed to someone is no report
    elif spoken_in_debate(text, lowered) or written_as_author(text, lowered):
        scores["nieuwsbericht"] = 0  # a speaker's own words in a debate, an author's column: no report
    elif not headed:
        scores["nieuwsbericht"] += 2 * told_events(text, lowered, limit=2)
    # a letter without a salutation, by its addressee atop: the college (a proposal comes from it)
    if (lowered is None or ("aan het college" in lowered and "geacht" not in lowered)) and _TO_COLLEGE.search(
            text, 0, 600) and not _SALUTATION_ANYWHERE.search(text):
        scores["brief"] += 2
    if ("ocatie" in text or "oorzitter" in text or "gendapunten" in text) and (
            meeting := meeting_page_kind(lines[:HEADING_LINES + 6])) is not None:
        return meeting
    if any(DATE_ONLY.match(line) for line in lines[:4]):  # a page's date line above its text
        scores["nieuwsbericht"] += 1
    if lines:
        bullets = sum(1 for line in lines if line.startswith(("\u2022", "\u25aa", "\u25cf")))
        short = sum(1 for line in lines if len(line) < 60)
        if bullets >= 5 and short / len(lines) > 0.6:
            scores["presentatie"] += 2
    best = max(_KIND_ORDER, key=lambda k: (scores.get(k, 0), -_KIND_ORDER.index(k)))
    if best in {"motie", "amendement"} and len(_HANDLING.findall(text)) >= 2 and len(
            _MOTION_HEADING.findall(text)) >= 2:
        return "document"  # a list of motions with how each was handled, not one motion
    if best == "regeling" and _COLLEGE_DECIDES.search(text) and not _ARTICLE.search(text):
        return "collegebesluit"  # the college's decision to join or adopt a regulation, not its articles
    if (best == "brief" or scores.get(best, 0) < MIN_SCORE) and college_informs(text, best == "brief"):
        return "raadsinformatiebrief"
    if scores.get(best, 0) >= MIN_SCORE:
        return best
    # a text that only reports (two weaker marks of news, nothing of any other kind) is news, unless
    # its heading says it is a memo or a report
    others = sum(score for kind, score in scores.items() if kind != "nieuwsbericht")
    if scores.get("nieuwsbericht", 0) >= 2 and not others and not any(
            _MEMO_HEADING.match(line) for line in lines[:3]):
        return "nieuwsbericht"
    return "document"


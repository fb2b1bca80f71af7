"""The title of a document: a subject field, a kind-specific heading or the first title-like line."""

from __future__ import annotations

import re

import justext

from ..facts import DocumentKind, Span
from .docdates import _BYLINE_ON, _is_date_line, dateline_date
from .headlines import CAPTION as _CAPTION
from .headlines import below_viewer, without_furniture, without_site_name
from .headlines import headline_sentence as _headline_sentence
from .headlines import long_headline as _long_headline
from .headlines import title_like as _title_like
from .issuers import LOCAL_PARTY
from .kinds import heading_kind
from .layout import (
    _BREADCRUMB,
    _ITEM,
    _LETTERHEAD,
    _SKIP_LINK,
    Line,
    _fields,
    _head,
    inline_field,
    is_chrome,
)
from .matching import fold
from .meetingpage import MEETING_TITLE, minutes_heading
from .names import number_in_title
from .parties import PARTY
from .slides import presentation_heading

_SALUTATION = re.compile(r"(?im)^[ \t]*geachte?\b")
# a motion's heading, also with a colon or dash after its kind word ("Motie: Kansrijke start"), as printed
_KIND_TITLE = re.compile(
    r"^\s*(?:Motie|Amendement)\b(?!\s*[:\-\u2013]?\s*$)\s*[:\-\u2013]?\s+(?!van\b|is\b|over\b)\S"
)
_STOPWORDS = frozenset(fold(w) for w in justext.get_stoplist("Dutch"))


def _title(
    text: str, lines: list[Line], kind: DocumentKind, part_heading: Line | None
) -> tuple[str | None, Span | None]:
    title, span = _heading_title(text, lines, kind, part_heading)
    if kind == "regeling" and title is not None and span is not None and title.endswith(")"):
        return _short_name(text, title, span)
    return title, span


#: A regulation's long name with its short name in brackets at the end: "Verordening van de raad van X
#: houdende regels over jeugdhulp (Verordening jeugdhulp X 2025)"; the bracket opens with a regulation's
#: head noun.
_SHORT_NAME = re.compile(
    r"^.{20,}?\s\((?P<short>(?i:verordening|nadere regels|beleidsregels?|centrumregeling"
    r"|gemeenschappelijke regeling|regeling)\b[^()]{3,120})\)$"
)


def _short_name(text: str, title: str, span: Span) -> tuple[str, Span]:
    """The short name (citeertitel) of a regulation whose heading gives it after its long name."""
    m = _SHORT_NAME.match(title)
    if m is None or title != span.text:  # (a title cleaned of its credit or masthead keeps its long form)
        return title, span
    begin = span.begin + m.start("short")
    return m.group("short").strip(), Span.trimmed_of(text, begin, span.begin + m.end("short"))


def _heading_title(
    text: str, lines: list[Line], kind: DocumentKind, part_heading: Line | None
) -> tuple[str | None, Span | None]:
    head = without_site_name([without_furniture(line) for line in _head(below_viewer(lines))])
    for line in head[:20]:  # a regulation's page in the official register names it in a field
        if m := _REGISTER_NAME.match(line.text):
            return _clean(m.group("name")), Span.trimmed_of(text, line.begin + m.start("name"), line.end)
    if kind in {"motie", "amendement"}:  # "Motie IX Aanpak betere jeugdzorg", "Amendement II Stelpost Jeugd"
        for line in head[:8]:
            # (a numbered title, "Motie nr. 12 Wachtlijsten", reads like a field but is the title)
            if _KIND_TITLE.match(line.text) and (_title_like(line.stripped) or (
                    number_in_title(line.stripped, kind) and len(line.stripped.split()) <= 15)):
                return _clean(line.stripped), line.span(text)
        if (above := _above_formula(head)) is not None:
            return _clean(above.stripped), above.span(text)
    if kind == "verslag" and (minutes := minutes_heading(head)) is not None:
        title, begin, end = minutes
        return _clean(title), Span.trimmed_of(text, begin, end)
    if head and (inline := inline_field(head[0], ("Onderwerp", "Betreft"))):  # a flattened head
        value, offset = inline
        return _clean(value), Span.trimmed_of(text, offset, offset + len(value))
    # a subject field: "Betreft: X", "Onderwerp X" (also as a tab-separated field)
    for position, line in enumerate(head):
        for name, value, offset in _fields(line):
            if name not in {"betreft", "onderwerp"}:
                continue
            if value:
                return _clean(value), Span.of(text, offset, offset + len(value))
            following = head[position + 1] if position + 1 < len(head) else None
            if following is not None and len(following.stripped) < 150 and not _fields(following):
                return _clean(following.stripped), following.span(text)
    if kind == "raadsvoorstel":
        for line in head[:20]:
            if re.match(r"^\s*Raadsvoorstel\s+\S", line.text) and _title_like(line.stripped):
                return _clean(line.stripped), line.span(text)
    if kind == "motie":  # a long heading "Motie: X" as printed
        for line in head[:5]:
            if re.match(r"^\s*Motie\s*[:\-\u2013]\s*\S", line.text):
                return _clean(line.stripped), line.span(text)
    if kind == "regiovisie" and part_heading is not None:
        heading = part_heading
        if heading.stripped.lower() == "regiovisie":
            next_lines = [line for line in lines if line.index > heading.index and not line.blank][:1]
            if next_lines and _title_like(next_lines[0].stripped):
                subtitle = next_lines[0]
                title = f"Regiovisie {subtitle.stripped}"
                return _clean(title), Span.trimmed_of(text, heading.begin, subtitle.end)
    if kind == "presentatie" and (slide := presentation_heading(text, lines)) is not None:
        return _clean(slide[0]), slide[1]
    if kind == "raadsbesluit":
        for line in head[:10]:
            if re.match(r"^\s*Besluit van de\b", line.text, re.IGNORECASE):
                return _clean(line.stripped.rstrip(",;")), line.span(text)
        return None, None
    # a letter's head is its letterhead and address; an information note without a salutation may be
    # headed by its first line ("Contractering jeugdhulp 2030" over "Ons college heeft ...")
    if kind in {"brief", "advies"}:  # unless a heading of its own stands above its addressee
        return _letter_heading(text, head)
    if kind == "raadsinformatiebrief" and _SALUTATION.search(text):
        return None, None
    if kind == "raadsinformatiebrief":
        first, first_span = _first_title_line(text, head[:1])
        return (first, first_span) if first is not None and len(first.split()) <= 12 else (None, None)
    if kind in {"nieuwsbericht", "verslag", "collegebesluit", "document"}:
        for line in head[:4]:  # minutes, a decision list or a party's report headed by its meeting
            if len(line.stripped.split()) >= 20:
                break  # a title stands above the first prose
            if MEETING_TITLE.match(line.stripped):
                return _clean(line.stripped), line.span(text)
    first_line = _first_title_line(text, head)
    if first_line[0] is None and kind == "regeling":
        return _regulation_name(text, head)
    return first_line


# the council's opening formula of a motion: "De raad,", "De gemeenteraad van X, bijeen op ..."
_COUNCIL_FORMULA = re.compile(
    r"(?i)^\s*de\s+(?:gemeente)?raad\b(?:\s+(?:van|der)\s+[^,;\n]{2,60})?\s*[,;]?\s*"
    r"(?:(?:in\s+(?:openbare\s+)?vergadering\s+)?bij\s?een\b|$)"
)


_FIELD_LIKE = re.compile(r"^[^:]{1,30}:\s")  # "Tegen: VVD, CDA (30)", "Indiener: SP"


def _above_formula(head: list[Line]) -> Line | None:
    """A motion's title as the line just above its opening formula (past its date and fields), also
    when it is longer than a heading usually is."""
    formula = next((i for i, line in enumerate(head[:12]) if _COUNCIL_FORMULA.match(line.text)), None)
    for line in reversed(head[:formula] if formula else []):
        stripped = line.stripped
        if _fields(line) or _FIELD_LIKE.match(stripped) or _is_date_line(stripped) or dateline_date(stripped):
            continue
        words = len(stripped.split())
        if heading_kind(line) or stripped.endswith((".", ";", ":", ",")) or not 1 < words <= 30:
            return None
        return line
    return None


# the register's field "Officiële naam regeling", its value run on: "Officiële naam regelingJeugdnota X 2024"
_REGISTER_NAME = re.compile(r"^\s*Offici[e\u00eb]le naam regeling\s*:?\s*(?P<name>\S.{3,200}?)\s*$")
# a person's name: "Kuun Jansen", "Anna de Vries", "J.P. van der Berg"
_PERSON_NAME = re.compile(
    r"^(?:[A-Z]\.)*[A-Z][a-z\u00e0-\u00ff]*\.?(?:\s+(?:van|de|der|den|ter|te|het|'t)){0,3}"
    r"(?:\s+[A-Z][\w\u00e0-\u00ff'-]+){1,2}$"
)
_NAME_PARTICLE = re.compile(r" (?:van|de|der|den|ter|te) (?:[a-z]+ )?[A-Z]")
# a person named with a form of address, as a list of those present gives them: "Mevrouw L. de Vries"
_ADDRESSED_PERSON = re.compile(
    r"^(?:[Mm]evrouw|[Mm]w\.|[Dd]e heer|[Dd]hr\.)\s+(?:[A-Z]\.)*[A-Z][\w'.-]*"
    r"(?:\s+(?:van|de|der|den|ter|te|[A-Z][\w'.-]*)){0,4}$"
)
# a party's name alone is its site's banner ("GroenLinks Zwolle", "CDA", "Zwolle Lokaal!"), not a page's title
_PARTY_BANNER = re.compile(rf"^(?:{PARTY}(?:\s+[A-Z][\w'-]+){{0,2}}|(?:{LOCAL_PARTY})!?)$")
# a section's heading inside a document: "Hoofdstuk 1: Algemene bepalingen", "Artikel 3", "§ 2 Doelen"
_SECTION = re.compile(r"(?i)^(?:hoofdstuk|artikel|paragraaf|afdeling|bijlage|§)\s*[\dIVX]+\b")
_ANNEX_LABEL = re.compile(r"(?i)^bijlage\s*[\dIVX]+\.?(?:\s+(?:bij|van)\s[^.:]{0,80})?$")
# where the document's body begins below its title: a section numbered in decimals ("5.1 Inwoners ..."), the
# table of contents
_BODY_BEGINS = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]|(?i:^(?:inhoud|inhoudsopgave|inhoudstafel)$)"
    # the questions that head each part of a budget or annual report's programme ("Wat willen we bereiken?")
    r"|(?i:^wat (?:willen|gaan|hebben|mag|heeft|kost) (?:we|wij|het)\b[^?]{0,40}\?$)"
)
#: A regulation's name at the start of a line: the whole line when it is a heading, up to its year
#: when a flattened PDF runs on ("1 Toelichting Verordening jeugdhulp X 2015 Algemeen Aanleiding ...").
_REGULATION_NAME = re.compile(
    r"^\s*(?:\d{1,3}\s+)?(?P<name>(?i:(?:toelichting\s+(?:op\s+|bij\s+)?(?:de\s+)?)?(?:verordening"
    r"|nadere regels|beleidsregels?|centrumregeling|gemeenschappelijke regeling|regeling)\b)[^.\n]*)"
)
_NAME_TO_YEAR = re.compile(r"^(?P<name>.{5,120}?\b(?:19|20)\d\d)\b")


def _regulation_name(text: str, head: list[Line]) -> tuple[str | None, Span | None]:
    """The name of a regulation whose heading is no short title line (long, or run on by a flattened PDF)."""
    for line in head[:15]:
        m = _REGULATION_NAME.match(line.text)
        if not m:
            continue
        name, begin = m.group("name").rstrip(" :;,"), line.begin + m.start("name")
        if len(name.split()) > 40 or m.end("name") < len(line.text.rstrip()):
            year = _NAME_TO_YEAR.match(name)
            if year is None:
                continue
            name = year.group("name")
        return _clean(name), Span.trimmed_of(text, begin, begin + len(name))
    return None, None


# a letter's addressee or salutation, no heading: "Aan het college van B&W van X.", "Geacht college,"
_ADDRESSEE = re.compile(r"(?i)^(?:aan|geachte?|beste)\b")


def _letter_heading(text: str, head: list[Line]) -> tuple[str | None, Span | None]:
    """A letter's heading on the page it stands on ("Brief over jeugdzorg" over "Aan het college ..."): the
    page's first line of its own, not its addressee, salutation or a field."""
    body = fold(text)
    first = next((position for position in range(min(len(head), 8))
                  if not _not_a_title(head, position, body)), None)
    # a site's one-word section label ("Publicaties") above the letter's own heading heads nothing
    if first is not None and first + 1 < len(head) and _label(head[first].stripped) and _title_like(
            head[first + 1].stripped) and not _ADDRESSEE.match(head[first + 1].stripped):
        first += 1
    if first is None or _ADDRESSEE.match(head[first].stripped) or any(
            len(head[above].stripped.split()) >= 12 for above in range(first)):
        return None, None
    line = head[first].stripped
    if _title_like(line) or (_headline_sentence(line) and line.endswith(("?", "!"))):
        return _clean(line), head[first].span(text)
    return None, None


def _first_title_line(text: str, head: list[Line]) -> tuple[str | None, Span | None]:
    """The short line above the first prose that is most about what the text is about.

    Page chrome is passed over: navigation and skip links, captions (also an image text repeated
    as its caption), bylines, advertising and counters. Of the title-like lines above the first
    line of prose (twenty words or more), the one with the most content words that recur in the
    rest of the text wins (``justext``'s Dutch stop list tells content words apart), the first on
    a tie; a line none of whose words recur ("Lion Stadhuis", "2 comments") is no title.
    """
    body = fold(text)
    candidates: list[tuple[int, Line]] = []
    spaced = any(later.index > earlier.index + 1 for earlier, later in zip(head, head[1:], strict=False))
    skipped_cache: dict[int, bool] = {}

    def skipped(position: int) -> bool:
        if position not in skipped_cache:
            skipped_cache[position] = _not_a_title(head, position, body)
        return skipped_cache[position]

    for position, line in enumerate(head):
        stripped = line.stripped
        if _SECTION.match(stripped) and not candidates and _ANNEX_LABEL.match(stripped):
            continue  # an annex's label over its own heading ("Bijlage 2 bij raadsvoorstel 123")
        if _SECTION.match(stripped) or _MEETING_FIELD.match(stripped) or _BODY_BEGINS.match(stripped):
            break  # the body's first section or a meeting page's fields: the title stands above them
        if skipped(position):
            continue
        # a neighbour joins the line into a paragraph (chrome, fields and dates do not; in a text
        # without blank lines every line stands alone)
        # (a one-word section label above a headline, "Mening" or "Actueel", joins no paragraph)
        joined_before = (spaced and position > 0 and head[position - 1].index == line.index - 1
                         and not skipped(position - 1) and not _label(head[position - 1].stripped)
                         and not _label(stripped))
        joined_after = (spaced and position + 1 < len(head) and head[position + 1].index == line.index + 1
                        and not skipped(position + 1) and not _label(head[position + 1].stripped)
                        and not _label(stripped))
        paragraph = [line.stripped]
        if joined_before or joined_after:  # a line of a paragraph: prose unless a short heading line
            k = position
            # (a caption or other chrome beside the line is no part of its paragraph)
            while k + 1 < len(head) and head[k + 1].index == head[k].index + 1 and not skipped(k + 1):
                k += 1
                paragraph.append(head[k].stripped)
        # (a long headline as the page's first line of its own, below a letterhead and kind word)
        headline = _title_like(stripped) or _headline_sentence(stripped) or (
            all(skipped(above) or _label(head[above].stripped) for above in range(position))
            and _long_headline(stripped))
        if headline and not (joined_before or joined_after):
            score = _recurring(stripped, body)
            if score or _title_like(stripped):
                candidates.append((score, line))
            continue
        if not _ITEM.match(stripped + " ") and len(" ".join(paragraph).split()) >= 20:
            break
    # the first line with two content words that recur, else the first with one, else a first line
    # that is the only candidate (a short text's heading)
    best = next((c for c in candidates if c[0] >= 2), None) or next((c for c in candidates if c[0]), None)
    # a post's heading with its date ("31-10-2014: Jeugdzorg") over its subheading
    best = next((c for c in candidates if c[0] and _DATED_HEADING.match(c[1].stripped)), best)
    if best is None and len(candidates) == 1 and candidates[0][1] is head[0]:
        best = candidates[0]
    # else the page's first line of its own below its chrome and date ("dinsdag 30 september 2014" over
    # "Jeugdhulp in Peelverband" over the prose), a heading of two words or more
    first = next((position for position in range(len(head)) if not skipped(position)), None)
    if best is None and candidates and first is not None and candidates[0][1] is head[first] and len(
            head[first].stripped.split()) >= 2 and _title_like(head[first].stripped) and all(
            len(head[above].stripped.split()) < 12 for above in range(first)):  # (no prose above it)
        best = candidates[0]
    if best is None:
        return None, None
    line = _with_wrapped_capitals(_without_page_number(best[1], text), head, text)
    return _clean(line.stripped.rstrip(".") if _headline_sentence(line.stripped) else line.stripped), \
        line.span(text)


def _with_wrapped_capitals(line: Line, head: list[Line], text: str) -> Line:
    """A heading in capitals with the capitals' lines it wraps over just above it ("BESTUURSOVEREENKOMST" over
    "EERSTE STAP TRANSITIE JEUGDZORG"): one heading, as a flattened PDF breaks it."""
    if not line.stripped.isupper():
        return line
    position = next((i for i, other in enumerate(head) if other.index == line.index), None)
    first = line
    body = fold(text)
    # (one blank line may stand between the heading's lines, not more)
    while position and head[position - 1].index >= first.index - 2 and head[position - 1].stripped.isupper() \
            and _title_like(head[position - 1].stripped) and not _not_a_title(head, position - 1, body) \
            and len(head[position - 1].stripped.split()) + len(line.stripped.split()) <= 15:
        position -= 1
        first = head[position]
    if first is line:
        return line
    joined = " ".join(text[first.begin:line.end].split())
    return Line(first.begin, line.end, joined, first.index)


_PAGE_NUMBER_AFTER = re.compile(r"^(?P<t>\S.{7,}?)[ \t]+(?P<n>\d{1,3})$")


def _without_page_number(line: Line, text: str) -> Line:
    """A running header without its page number ("Rapportage jeugd (2020) 1", "... (2020) 2" further on)."""
    m = _PAGE_NUMBER_AFTER.match(line.stripped)
    if m is None or text.count(m.group("t")) < 2:
        return line
    other_page = re.search(rf"{re.escape(m.group('t'))}[ \t]+(?!{m.group('n')}\b)\d{{1,3}}\b", text)
    if other_page is None:
        return line
    begin = line.begin + line.text.index(m.group("t"))
    return Line(begin, begin + len(m.group("t")), m.group("t"), line.index)


def _label(text: str) -> bool:
    """A section label or kicker: one capitalised word, no sentence end ("Mening", "Politiek")."""
    return " " not in text and text[:1].isupper() and text[-1:].isalpha()


def _not_a_title(head: list[Line], position: int, body: str) -> bool:
    """Chrome, a field, a date, a kind heading, a line repeated beside itself (image text and caption)
    or an author's name that a byline repeats ("door Jan Jansen")."""
    line = head[position]
    stripped = line.stripped
    # a caption repeats an image's text (both go); a page repeats its headline as a heading (one stays)
    repeated = any(0 <= i < len(head) and i != position and head[i].stripped == stripped
                   for i in ((position - 1,) if _title_like(stripped) else (position - 1, position + 1)))
    # (an author's name also as a portrait's text over the name: the same name with its particle twice)
    byline = bool(_PERSON_NAME.match(stripped)) and (f"door {fold(stripped)}" in body or bool(
        _NAME_PARTICLE.search(stripped)) and any(
        0 <= i < len(head) and head[i].stripped == stripped for i in (position - 1, position + 1))) or bool(
        _ADDRESSED_PERSON.match(stripped))
    return bool(repeated or byline or _SECTION.match(stripped) or _PARTY_BANNER.match(stripped)
                or (stripped.endswith(")") and _CAPTION.search(stripped))
                or _CAPTION_SENTENCE.search(stripped)
                or _NOISE_TOKEN.fullmatch(stripped) or _TAGS.fullmatch(stripped)
                or ("_" in stripped or stripped[-1:].isdigit()) and _FILE_NAME.search(stripped) is not None
                or _NO_HEADLINE.match(stripped)
                or _BYLINE_ON.match(stripped)
                or _SKIP_LINK.match(line.text)
                or heading_kind(line) or _LETTERHEAD.match(line.text) or _PROVINCE_LETTERHEAD.match(stripped)
                or stripped.isdigit()
                or (_breadcrumb(line.text) and not _repeated_below(head, position)) or _fields(line)
                or is_chrome(stripped)
                or (any(c.isdigit() for c in stripped) and not _DATED_HEADING.match(stripped)
                    and (_is_date_line(stripped) or dateline_date(stripped) is not None)))


# a picture's caption: a sentence with its credit after it ("Het raadslid bij de opening. Foto: Jan Smit")
_CAPTION_SENTENCE = re.compile(r"[.!?]\s+(?i:foto|beeld|afbeelding)\s*:\s*[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3}$")
# a province's letterhead: "Provincie Utrecht" alone on its line
_PROVINCE_LETTERHEAD = re.compile(r"^(?i:provincie)\s+[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+)?$")


def _repeated_below(head: list[Line], position: int) -> bool:
    """Whether the next line repeats this one, but for case: a page's title over its own heading
    ("Programma 6 | Sociaal Domein" over "Programma 6 | Sociaal domein"), no navigation."""
    return position + 1 < len(head) and head[position + 1].stripped.lower() == head[position].stripped.lower()


def _breadcrumb(text: str) -> bool:
    """A line of navigation crumbs ("Home > Nieuws > X", "Nieuws / Jeugd"); one slash between two phrases
    joins the parts of a heading ("KENNISMAKING PLATFORM X / JEUGDWERK Y")."""
    separators = _BREADCRUMB.findall(text)
    if len(separators) != 1 or separators[0].strip() != "/":
        return bool(separators)
    return len(text.split(" / ", 1)[0].split()) == 1


# a heading that opens with its date and a colon: "31-10-2014: Jeugdzorg", "12 maart 2024: Raad kiest"
_DATED_HEADING = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\s+[a-z]{3,9}\s+\d{4})\s*:\s*[A-Z]\w+")


# a stray token whose case flips inside it more than once ("QxvbTrW"), as a page's code or a broken image
# text leaves it: no word of a title ("GroenLinks", "JeugdzorgPlus" flip once)
_NOISE_TOKEN = re.compile(r"(?=\S*[a-z][A-Z]\S*[a-z][A-Z])\S+")


# a file's name that a document site shows as its label: "4_Verordening jeugd 06102014", "Nota_jeugd_def"
_FILE_NAME = re.compile(
    r"^\d{1,3}_[A-Za-z]|[A-Za-z]_[A-Za-z0-9]|\s(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])20\d\d$"
)


# a picture's keywords or a page's tags, single words separated by commas ("Handtekening, samenwerking")
_TAGS = re.compile(r"[^\W\d_][\w-]*(?:,[ \t]*[^\W\d_][\w-]*)+")



#: A line that opens a letter's or a page's prose ("Hierbij nodig ik u uit", "Hieronder vindt u") or only
#: names the body that meets ("Raad", "College"): no title.
_NO_HEADLINE = re.compile(
    r"(?i)^(?:(?:hierbij|hieronder|hierover|bijgaand|namens)\b|(?:raad|gemeenteraad|college|commissie)$"
    # a motion's closing formula heads nothing
    r"|(?:en\s+)?(?:gaat|gaan)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b)"
)
_MEETING_FIELD = re.compile(r"(?i)^(?:locatie|voorzitter|agendapunten|agenda documenten|uitzending)$")


def _recurring(line: str, body: str) -> int:
    """How many content words of the line occur again in the text (outside the line itself)."""
    folded = fold(line)
    count = 0
    for word in set(re.findall(r"[^\W\d_]{4,}", folded)):
        if word not in _STOPWORDS and body.count(word) > folded.count(word):
            count += 1
    return count


# a note of the page's editors after a headline: "(video)", "(volledige uitzending onderaan dit artikel)"
_EDITORS_NOTE = re.compile(
    r"\s+\((?=[^()]*\b(?:artikel|bericht|uitzending|video|foto's|update|luister|kijk|beluister\w*)\b)[^()]*\)$",
    re.IGNORECASE,
)


# a photo credit after a headline: "... over Jeugdhulp Archieffoto (ANP/J. Jansen)", "... Foto: Omroep West"
_CREDIT_SUFFIX = re.compile(
    r"\s+\(?(?:archief)?(?:foto|beeld|afbeelding)(?:\s*:\s*[^():]{1,60}|\s*\([^()]{1,60}\))\)?$",
    re.IGNORECASE,
)
# the masthead of the official gazette before a regulation's name: "GEMEENTEBLAD. Nr 1234 Verordening ..."
_GAZETTE = re.compile(
    r"^(?:GEMEENTEBLAD|Gemeenteblad|PROVINCIAAL BLAD|Provinciaal blad|STAATSCOURANT|Staatscourant"
    r"|WATERSCHAPSBLAD|Waterschapsblad)\.?\s+(?:(?:Nr|nr)\.?(?:\s+\d+)?\s+)?(?=\S)"
    # the local-regulations register's number: "CVDR. Nr. CVDR472122_1. Verordening ..."
    r"|^CVDR\.?\s+(?:Nr\.?\s+)?CVDR\d{4,9}(?:_\d{1,3})?\.?\s+(?=\S)"
)


# the page's kind word before a news item's headline: "Nieuwsbericht Inspraak jeugdplan", "Persbericht: X"
_KIND_PREFIX = re.compile(r"^(?:Nieuwsbericht|Persbericht|NIEUWSBERICHT|PERSBERICHT)\s*:?\s+(?=\S)")
# the document's number after its subject: "Vragen over jeugdhulp, kenmerk ABC/123" (the identifier, no title)
_NUMBER_SUFFIX = re.compile(r"(?i),?\s+\(?(?:ons\s+|uw\s+)?kenmerk\s*:?\s*[\w/.-]*\d[\w/.-]*\)?$")


def _clean(value: str) -> str:
    value = _EDITORS_NOTE.sub("", re.sub(r"\s+", " ", value).strip())
    value = _GAZETTE.sub("", _CREDIT_SUFFIX.sub("", value)) or value
    value = _KIND_PREFIX.sub("", _NUMBER_SUFFIX.sub("", value)) or value
    return value[:1].upper() + value[1:].lower() if value.isupper() and len(value.split()) == 1 else value


"""Whose voice a text is in, where that tells its kind: a speaker's own words in a debate (no report),
the college informing the council (an information letter)."""

from __future__ import annotations

import re

#: A speaker's words in a debate, in the first person: "Vandaag spreken we over de begroting", "Ik wil in
#: mijn bijdrage stilstaan bij", "onze bijdrage aan de kadernota"; or headed as such in its first lines
#: ("Toelichting bij motie X", "Spreektekst"). A spoken contribution is no report of what others did.
_SPOKEN = re.compile(
    r"(?i)\b(?:vandaag|vanavond|hier|nu) (?:spreken|debatteren|praten) (?:we|wij)\b"
    r"|\bin (?:mijn|onze) (?:bijdrage|eerste termijn|tweede termijn)\b"
    r"|\b(?:mijn|onze) (?:bijdrage|inbreng) (?:aan|bij|over|op) (?:de|het)\b"
    r"|\A(?:[^\n]*\n){0,4}?[ \t]*(?:spreektekst|toelichting bij (?:de |onze )?motie)\b"
    # a speech addresses the chair on a line of its own ("Voorzitter,"; a letter writes "Geachte voorzitter,")
    r"|(?m:^)[ \t]*(?:(?:mevrouw|meneer|mijnheer) de )?voorzitter[ \t]*,[ \t]*(?:(?m:$)|leden van de raad\b)"
)
# every match holds one of these (looking for them first is faster than the pattern)
_SPOKEN_WORDS = ("spreken w", "debatteren w", "praten w", "mijn bijdrage", "onze bijdrage", "mijn inbreng",
                 "onze inbreng", "eerste termijn", "tweede termijn", "spreektekst", "toelichting bij",
                 "voorzitter,", "voorzitter ,")


def spoken_in_debate(text: str, lowered: str | None) -> bool:
    """Whether the text is a speaker's own words in a debate."""
    return (lowered is None or any(word in lowered for word in _SPOKEN_WORDS)) and bool(_SPOKEN.search(text))


#: The author's own voice, in the first person singular: "wil ik nu kort ingaan op", "mijn portefeuille".
_I = re.compile(r"(?<![\w'\u2019])(?:[Ii]k|[Mm]ijn)\b")
# quotations and the sentences that report someone's words are the speaker's, not the author's
_QUOTE = re.compile(
    r"(?:\u201e|,,)[^\u201c\u201d\"\n]{0,1500}[\u201c\u201d\"]|\u201c[^\u201d]{0,1500}\u201d"
    r"|\u2018[^\u2019]{0,1500}\u2019(?!\w)|\"[^\"\n]{0,1500}\""
)
_REPORTING = re.compile(r"\b(?:aldus|zegt|zei|vertelt|vertelde|volgens|benadrukt|benadrukte|reageert)\b")
_SENTENCE = re.compile(r"[^.!?\n]+")
# a line of an interview or a report that gives a speaker's words after their name: "Wethouder Smit: Ik ..."
_SPEAKER_LINE = re.compile(r"(?m)^[ \t]*[A-Z][^\n:.!?]{1,40}:[ \t][^\n]*")
_OPENING = 2500


def written_as_author(text: str, lowered: str | None) -> bool:
    """Whether the text is its author's own piece (a column, a blog, a speech): two or more sentences of
    the author's narration in the first person singular, outside quotations and reported words."""
    if lowered is not None and " ik " not in lowered and " mijn " not in lowered:
        return False
    count = 0
    # (a column speaks so from its opening; a news item quotes further down, also after a speaker's label)
    opening = _without_author_box(text[:_OPENING])
    for sentence in _SENTENCE.finditer(_SPEAKER_LINE.sub(" ", _QUOTE.sub(" ", opening))):
        if _I.search(sentence.group(0)) and not _REPORTING.search(sentence.group(0)):
            count += 1
            if count >= 2:
                return True
    return False


# a post's byline names its author ("Door Anna Smit op 3 maart 2024"); the author's box below the post, headed
# by that name on a line of its own, introduces them in the first person ("Ik ben Anna Smit (1981)")
_BYLINE_NAME = re.compile(
    r"(?m)^[ \t]*[Dd]oor[ \t]+(?P<n>[A-Z][\w'-]+(?:[ \t]+(?:van|de|der|den|ter|te|[A-Z][\w'-]+)){1,3})"
)


def _without_author_box(text: str) -> str:
    """The text up to the box that introduces the author its byline names, if any."""
    byline = _BYLINE_NAME.search(text, 0, 600) if "oor " in text[:600] else None
    if byline is None:
        return text
    box = re.search(rf"(?m)^[ \t]*{re.escape(byline.group('n'))}[ \t]*$", text[byline.end():])
    return text[:byline.end() + box.start()] if box else text


#: The college writing as itself: "Ons college heeft ... afgerond", "Wij als college", or signing as
#: "Burgemeester en wethouders van X" / "Het college van burgemeester en wethouders".
_COLLEGE_VOICE = re.compile(
    r"\b[Oo]ns college\b|\b[Ww]ij,? als college\b"
    r"|(?im:^[ \t]*(?:namens\s+)?(?:het\s+)?(?:college\s+van\s+)?burgemeester\s+en\s+wethouders"
    r"(?:\s+(?:van|der)\s+[^\n,]{2,40})?[ \t]*,?[ \t]*$)"
)
_REPLY = re.compile(r"(?i)\bvragen\b|\bbeantwoording\b|\buw\s+(?:brief|verzoek|kenmerk)\b")
#: A letter addressed to the council: "Aan de leden van de gemeenteraad", "Geachte raadsleden".
_TO_COUNCIL = re.compile(
    r"(?i)\baan\s+(?:de\s+)?(?:leden\s+van\s+de\s+)?(?:gemeente)?raad\b"
    r"|\bgeachte\s+(?:leden\s+van\s+de\s+(?:gemeente)?raad|raadsleden|raad|gemeenteraad)\b"
)


def college_informs(text: str, letter: bool) -> bool:
    """Whether the college informs the council: a letter to the council in the college's voice, or a text
    that opens with the college telling what it did ("Ons college heeft ... afgerond")."""
    if "college" not in text and "wethouders" not in text:
        return False
    if letter:  # (a reply to the council's questions is a letter of its own kind, not information)
        return (bool(_TO_COUNCIL.search(text, 0, 1500)) and not _REPLY.search(text, 0, 1500)
                and bool(_COLLEGE_VOICE.search(text)))
    opening = _COLLEGE_VOICE.search(text, 0, 600)
    return opening is not None and opening.group(0).lower().startswith("ons college")


__all__ = ["college_informs", "spoken_in_debate", "written_as_author"]

"""Whether a text enacts council business or tells what happened: the sentence's subject and verb.

A motion or amendment *enacts*: the council is the speaker and its formula is in the present tense
("verzoekt het college", "draagt het college op", "spreekt uit", "besluit ... te vervangen door"). A
report *tells*: an actor of council business (the council, the college, an alderman, a party) is the
subject of a verb in the past tense ("De raad van X heeft unaniem ingestemd", "Op 8 juli nam de
gemeenteraad de motie aan", "Wethouder Smit antwoordde"). A text headed "Motie ..." without any
formula is a text about a motion, not the motion.
"""

from __future__ import annotations

import re

from .parties import PARTY

#: A motion's own formulas: its considerations and its dictum, with the council as the speaker.
MOTION_FORMULA = re.compile(
    r"\b(?:constaterende|overwegende|gehoord\s+de\s+(?:beraadslaging|discussie)|van\s+mening\s+zijnde"
    r"|in\s+vergadering\s+bij\s?een|en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag)\b"
    # also in plain language: "We geven het college opdracht", "We stellen vast dat"
    r"|\b(?:verzoek(?:t|en)|draag?(?:t|en)|roep(?:t|en)|geeft|geven)\s+(?:(?:we|wij)\s+)?(?:het\s+college|de\s+burgemeester|het\s+presidium|de\s+griffie"
    r"|het\s+dagelijks\s+bestuur|gedeputeerde\s+staten|de\s+wethouder|de\s+regering|het\s+kabinet"
    r"|de\s+minister|de\s+staatssecretaris)\b"
    r"|\b(?:we|wij)\s+stellen\s+vast\s+dat\b|\bstellen\s+(?:we|wij)\s+vast\s+dat\b"
    r"|^[ \t]*(?:verzoekt|draagt|roept|spreekt|besluit)\b|\bspreekt\s+(?:zich\s+)?uit\b",
    re.IGNORECASE | re.MULTILINE,
)
#: An amendment's own formulas: what it changes in the draft decision.
AMENDMENT_FORMULA = re.compile(
    r"(?i)\bte\s+vervangen\s+door\b|\b(?:beslispunt|besluit)\w*\b[^.;]{0,80}\b(?:te\s+wijzigen|aan\s+te\s+passen"
    r"|toe\s+te\s+voegen|te\s+schrappen)\b|\bstel(?:t|len)\s+(?:het\s+volgende\s+)?amendement\s+voor\b"
    r"|\bwordt\s+(?:als\s+volgt\s+)?gewijzigd\b"
)

# who acts in council business: the council, the college, a party, an alderman named by role
_ACTOR = (
    r"(?:(?:[Dd]e|[Hh]et|[Aa]lle|[Mm]eerdere|[Ee]nkele|[Vv]erschillende|[Dd]iverse|[Tt]wee|[Dd]rie"
    r"|[Vv]ier)[ \t]+"
    r"(?:(?:voltallige|hele|gehele|nieuwe|andere|[A-Z][\w-]+se)[ \t]+)?"
    r"(?:gemeenteraad|raad|college|wethouder|burgemeester|fracties?|partijen|oppositie|coalitie|raadsleden"
    r"|(?:Provinciale[ \t]+)?Staten|commissie|indieners?)(?:[ \t]+van[ \t]+[A-Z][\w-]+)?"
    r"|(?:[Ww]ethouders?|[Bb]urgemeester|[Rr]aadslid|[Ff]ractievoorzitter|[Gg]edeputeerde)"
    r"(?:[ \t]+(?:van|de|der|den|ter|en))*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}"
    r"(?:[ \t]+en(?:[ \t]+(?:van|de|der|den|ter))*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3})?"
    rf"|(?:[Dd]e[ \t]+|[Hh]et[ \t]+)?{PARTY}(?:[- ]fractie)?(?:[ \t]+[A-Z][\w-]+)?)"
)
# the past tense of what actors do in council business
_SIMPLE_PAST = (
    r"(?:vroeg|vroegen|nam|namen|stemde|stemden|stelde|stelden|diende|dienden|antwoordde|antwoordden|zei"
    r"|zeiden|gaf|gaven|kreeg|kregen|besloot|sprak|spraken|wees|hield|hielden|ging|gingen|kwam|kwamen"
    r"|liet|lieten|wilde|wilden|vond|vonden|steunde|steunden|verwierp|verwierpen|deed|deden|legde|legden"
    r"|benadrukte|waarschuwde|reageerde|reageerden|pleitte|pleitten|kondigde|presenteerde|presenteerden"
    r"|noemde|trok|trokken|ontraadde|omarmde|omarmden|beantwoordde|toonde|toonden|koos|kozen|had|hadden)"
)
# a participle: "ingestemd", "gesteld", "aangenomen", and those without "ge" that council texts use
_PARTICIPLE = (
    r"(?:(?!gemeente|gebied|gezin|gesprek|gevolg|gegeven|geld|geheel|gelijk|gedeelte|gewoon|gezond)"
    r"[a-z]{0,6}ge[a-z]{3,}(?:d|t|en)|besloten|verworpen|ontvangen|onderschreven|erkend|bevestigd|beloofd"
    r"|herhaald|verklaard|benadrukt|ontraden|omarmd|overgenomen|uitgesproken)"
)
_CLAUSE = r"(?:[ \t]+[\w,'\u2019-]+){0,12}?[ \t]+"  # the words of one clause up to its participle
# the finite verb first (a few literal words), then its subject just before or just after it
_VERB = re.compile(rf"(?<![\w-])(?=[a-z])(?:(?P<aux>heeft|hebben|werd|werden)|{_SIMPLE_PAST})(?![\w-])")
_ACTOR_BEFORE = re.compile(rf"(?<![\w-]){_ACTOR}[ \t]+$")
_ACTOR_AFTER = re.compile(rf"[ \t]+{_ACTOR}(?![\w-])")
_UP_TO_PARTICIPLE = re.compile(rf"{_CLAUSE}{_PARTICIPLE}(?![\w-])")
_TOLD_WORDS = ("raad", "college", "wethouder", "burgemeester", "fractie", "partijen", "oppositie",
               "coalitie", "staten", "commissie", "indiener", "raadslid", "gedeputeerde")
_REACH = 80  # characters around a verb where its subject stands


OPENING = 5000  # the characters of a text where it shows whether it enacts or tells
_FORMULA_WORDS = ("constaterende", "overwegende", "gehoord", "mening", "bijeen", "bij een", "orde van de dag",
                  "verzoek", "draagt", "roep", "geeft", "geven", "spreekt", "besluit", "vast dat")
_AMENDMENT_WORDS = ("vervangen", "wijzigen", "aan te passen", "toe te voegen", "schrappen", "amendement",
                    "gewijzigd")


def has_formula(text: str, lowered: str | None, amendment: bool = False) -> bool:
    """Whether the opening of a text holds a motion's (or an amendment's) own formula."""
    opening = (lowered if lowered is not None else text.lower())[:OPENING]
    if any(word in opening for word in _FORMULA_WORDS) and MOTION_FORMULA.search(text, 0, OPENING):
        return True
    return amendment and any(word in opening for word in _AMENDMENT_WORDS) and bool(
        AMENDMENT_FORMULA.search(text, 0, OPENING))


def told_events(text: str, lowered: str | None = None, limit: int = 3) -> int:
    """How many clauses of the text's opening tell, in the past tense, what an actor of council
    business did (up to ``limit``): "De raad heeft ... ingestemd", "Wethouder Smit antwoordde"."""
    text = text[:OPENING]
    lowered = text.lower() if lowered is None else lowered[:OPENING]
    if not any(word in lowered for word in _TOLD_WORDS) and not re.search(PARTY, text):
        return 0
    count = 0
    for verb in _VERB.finditer(text):
        begin, end = verb.start(), verb.end()
        aux = verb.group("aux")
        if _ACTOR_BEFORE.search(text, max(0, begin - _REACH), begin):
            told = not aux or _UP_TO_PARTICIPLE.match(text, end, end + 160) is not None
        elif (after := _ACTOR_AFTER.match(text, end, end + _REACH)) is not None:
            told = not aux or (aux in {"heeft", "hebben"}
                               and _UP_TO_PARTICIPLE.match(text, after.end(), after.end() + 160) is not None)
        else:
            told = False
        if told:
            count += 1
            if count >= limit:
                break
    return count


#: A party as the subject of its stance, in the third person: "De PVV wil", "Ook de VVD voelt", "De PvdA sluit
#: zich aan".
_PARTY_STANCE = re.compile(
    rf"(?<![\w-])[Dd]e\s+(?P<p>{PARTY})\s+(?:wil|vindt|vond|benadrukt|pleit|vraagt"
    r"|stelt|steunt|voelt|sluit|wijst|deelt|ziet|is\s+(?:tegen|voor|kritisch|blij)|was)\b"
)


def parties_reported(text: str) -> int:
    """How many different parties the text's opening names as the subject of their stance: a report of a
    debate gives several parties' views, a party's page its own."""
    return len({m.group("p") for m in _PARTY_STANCE.finditer(text, 0, OPENING)})


__all__ = ["AMENDMENT_FORMULA", "MOTION_FORMULA", "has_formula", "parties_reported", "told_events"]

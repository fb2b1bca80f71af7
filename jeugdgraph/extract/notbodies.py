"""Names found by an organisation's rules that, where they stand, name no body.

A name of a kind of body after an indefinite article (``een Centrum voor Jeugd en Gezin``, ``geen
GGD``) or in the plural (``de CJG's``); a page's credit (``Foto: Omroep X``, ``Lees verder bij X``);
a name cut off at its exclamation mark (``met GO! voor jeugd``); an office held by one person used as
the title before that person's name (``Kinderombudsvrouw Margrite Kalverboer``: the person, not the
office); a generic noun written with a capital, alone (``Politie``, ``Zorgverzekeraars``, ``Jeugdhulp``
after ``de aanbieder``): the kind of body or the policy domain, no name; a head with a number alone
(``GGD 2017`` in a budget's title); a person's surname the text gives with an office elsewhere.
"""

from __future__ import annotations

import re

from ..facts import Span
from .domains import POLICY_DOMAIN

# "een Centrum voor Jeugd en Gezin", "geen GGD", "de CJG's": a kind of body, not the body a name names
_KIND_BEFORE = re.compile(r"(?i)(?<![\w-])(?:een|elk|elke|ieder|iedere|geen)[ \t]+$")
_PLURAL_AFTER = re.compile(r"[\u2019']s(?![\w-])")
# a page's credit names where it comes from, not a body the text speaks of: "Lees verder bij X", "Foto: X"
_CREDIT_BEFORE = re.compile(
    r"(?i)(?:lees[ \t]+(?:verder|meer)[ \t]+(?:bij|op)|(?:bron|foto|beeld|tekst):)[ \t]*$"
)
# a name that goes on after its exclamation mark ("met GO! voor jeugd") is cut off: no name, not a wrong one
_GOES_ON = re.compile(r"![ \t]+[a-z]")
# an office one person holds, named as a title right before a first name and a surname
_OFFICE = re.compile(r"(?:ombudsman|ombudsvrouw|ombudsmannen)$", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"[ \t]+[A-Z][a-z\u00e0-\u00ff]+(?:[ \t]+(?:van|de|der|den|ter|ten|te))*[ \t]+[A-Z][a-z\u00e0-\u00ff]+"
)
# a body's generic noun, alone: what kind of body, not which one
_GENERIC_NOUN = re.compile(
    r"(?i)(?:politie|justitie|huisarts(?:en)?|(?:wijk|sociaal[ -]?)teams?|scholen|gemeenten?|provincies?"
    r"|zorgverzekeraars?|(?:jeugd(?:hulp|zorg)?|zorg)?aanbieders?|(?:zorg|jeugdhulp)?instellingen?|rijk"
    r"|kabinet|inspectie|gemeenteraad|raad|college|ministerie|rechtbank|stichting|vereniging|ggd|cjg"
    # a GGD spelled out without its area is the kind of body too; a kind of care service is no body's name
    r"|gemeentelijke[ \t]+gezondheidsdienst|thuiszorg|kraamzorg|kinderopvang|jeugdgezondheidszorg"
    r"|(?:algemeen[ \t]+)?maatschappelijk[ \t]+werk|consultatiebureaus?|huisartsenposts?|wijkverpleging)"
)


# a body's head noun with a number alone: a year or an item's number ("Begroting GGD 2017", "Wmo-raad 12")
_HEAD_AND_NUMBER = re.compile(
    r"(?i:GGD|GGZ|CJG|Stichting|Vereniging|Veilig Thuis|Bureau Jeugdzorg|Jeugdbescherming|[\w-]*raad"
    r"|Rekenkamer\w*)[ \t]+(?:(?:19|20)\d\d|\d{1,2})"
)
# an office and a first name before a surname: "wethouder Menno Roozendaal", "burgemeester Jansen"
_OFFICE_BEFORE = (
    r"(?i:wethouder|burgemeester|raadslid|fractievoorzitter|gedeputeerde|minister|staatssecretaris|griffier"
    r"|mevrouw|de heer)[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:(?:van|de|der|den|ter|ten)[ \t]+)*"
)


def no_body(text: str, span: Span) -> bool:
    """Whether the name at ``span`` names no body where it stands (see the module's docstring)."""
    if _GENERIC_NOUN.fullmatch(span.text) or POLICY_DOMAIN.fullmatch(span.text):
        return True
    if _HEAD_AND_NUMBER.fullmatch(span.text) or _a_person_s_surname(text, span.text):
        return True
    return a_kind(text, span) or _credited(text, span) or _goes_on(text, span) or _titles_a_person(text, span)


def _a_person_s_surname(text: str, name: str) -> bool:
    """Whether a one-word name is the surname of a person the text introduces by office ("Ze zei tegen
    Roozendaal" after "wethouder Menno Roozendaal")."""
    if not name.isalpha() or not name[:1].isupper() or name.isupper():
        return False
    return re.search(_OFFICE_BEFORE + re.escape(name) + r"(?![\w-])", text) is not None


def a_kind(text: str, span: Span) -> bool:
    """Whether an indefinite article or a plural makes the name at ``span`` a kind of body."""
    before = _KIND_BEFORE.search(text, max(0, span.begin - 8), span.begin)
    return bool(before or _PLURAL_AFTER.match(text, span.end))


def _credited(text: str, span: Span) -> bool:
    return bool(_CREDIT_BEFORE.search(text, max(0, span.begin - 24), span.begin))


def _goes_on(text: str, span: Span) -> bool:
    return bool(_GOES_ON.match(text, span.end - 1 if span.text.endswith("!") else span.end))


def _titles_a_person(text: str, span: Span) -> bool:
    return bool(_OFFICE.search(span.text)) and bool(_PERSON_AFTER.match(text, span.end))


__all__ = ["a_kind", "no_body"]

"""A joint body (gemeenschappelijke regeling) that issues its own page, letter or minutes.

Only where the text says the page is the body's:

- its chair or board signs it: ``De voorzitter van de GR Dienst Gezondheid en Jeugd, J. Jansen``, a line
  ``Het dagelijks bestuur van de Regio X,`` over the signatures;
- the page speaks in the first person (``we``, ``onze regio``) and names the body as the subject of its own
  work (``De Regio X werkt voor inwoners``, ``X streeft naar``), and names no other joint body so.

A council's or college's document names the bodies it is about, never as their issuer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..facts import DocumentKind
from .layout import Line

#: Kinds of document a council or college issues, or a region's municipalities jointly (a regiovisie): they
#: name a joint body as what they are about or as the body that carries it out.
_COUNCIL_KINDS = frozenset(
    {
        "raadsvoorstel",
        "raadsbesluit",
        "raadsinformatiebrief",
        "collegebesluit",
        "motie",
        "amendement",
        "regeling",
        "regiovisie",
    }
)
# a body's name as written: capitalised words with the small words of such names between them
_BODY_NAME = r"[A-Z][\w&'\u2019-]*(?:[ \t]+(?:[A-Z&][\w&'\u2019-]*|en|van|voor|de|het|der))*?"
#: The chair's or board's sign-off: "De voorzitter van de GR X, J. Jansen", "Het dagelijks bestuur van X,".
_SIGNED = re.compile(
    r"\b(?:[Dd]e[ \t]+voorzitter|[Hh]et[ \t]+(?:algemeen|dagelijks)[ \t]+bestuur)[ \t]+van[ \t]+"
    r"(?:het[ \t]+(?:algemeen|dagelijks)[ \t]+bestuur[ \t]+van[ \t]+)?(?:de[ \t]+|het[ \t]+)?"
    rf"(?P<name>{_BODY_NAME}),[ \t]*"
    r"(?:\n|$|(?=(?:[A-Z]\.)+|[A-Z][a-z]+[ \t]+[A-Z]|de[ \t]+secretaris))"
)
#: The body as the subject of its own work: "De Regio X werkt voor inwoners", "X streeft naar".
_AT_WORK = re.compile(
    rf"(?:^|(?<=[.!?:][ \t])|(?<=\n))(?:De[ \t]+|Het[ \t]+)?(?P<name>{_BODY_NAME})[ \t]+"
    r"(?:streeft|werkt|zorgt|ondersteunt|biedt|helpt|wil)\b",
    re.MULTILINE,
)
#: The first person of the page's own voice (a quotation is someone else's).
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Ww]ij|[Oo]nze|[Oo]ns)\b")
_QUOTED = re.compile(r"\u201c[^\u201d]{0,1500}\u201d|\"[^\"\n]{0,1500}\"|\u2018[^\u2019]{0,1500}\u2019(?!\w)")


def joint_body_issuer(
    lines: list[Line], kind: DocumentKind, joint_body: Callable[[str], str | None]
) -> str | None:
    """The IRI of the joint body that signs the text or speaks in it as itself, if the text says so;
    ``joint_body`` looks a name up among the joint bodies and returns its IRI or None."""
    joint_body = _with_prefix(joint_body)
    if kind in _COUNCIL_KINDS:
        return None
    text = "\n".join(line.text for line in lines)
    signed = {iri for m in _SIGNED.finditer(text) if (iri := joint_body(m.group("name").strip())) is not None}
    if len(signed) == 1:
        return signed.pop()
    own = _QUOTED.sub(" ", text)
    if not _FIRST_PERSON.search(own):
        return None
    at_work = {iri for m in _AT_WORK.finditer(own) if (iri := joint_body(m.group("name").strip()))}
    return at_work.pop() if len(at_work) == 1 else None


def _with_prefix(look_up: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """The look-up, also of a name written with "GR" or "Gemeenschappelijke Regeling" before it."""

    def found(name: str) -> str | None:
        return look_up(name) or look_up(_PREFIX.sub("", name))

    return found


_PREFIX = re.compile(r"^(?:GR|Gemeenschappelijke[ \t]+[Rr]egeling)[ \t]+")
#: A regulation's preamble that names the board that enacts it, alone on its line: "De regioraad van de
#: Stadsregio Amsterdam,", "Het algemeen bestuur van de Veiligheidsregio X," (the college of one
#: municipality and the councils have their own rules).
_ENACTING_BOARD = re.compile(
    r"^\s*(?:[Dd]e[ \t]+regioraad|[Hh]et[ \t]+(?:algemeen|dagelijks)[ \t]+bestuur)[ \t]+van[ \t]+"
    r"(?:de[ \t]+|het[ \t]+)?"
    rf"(?P<name>{_BODY_NAME}),?\s*$"
)


def enacting_board(lines: list[Line]) -> str | None:
    """The name of the body whose board enacts a regulation, as its preamble writes it."""
    for line in [line for line in lines if not line.blank][:25]:
        if ("estuur" in line.text or "regioraad" in line.text) and (m := _ENACTING_BOARD.match(line.text)):
            return m.group("name").strip()
    return None


__all__ = ["enacting_board", "joint_body_issuer"]

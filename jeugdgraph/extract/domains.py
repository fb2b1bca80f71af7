"""A law's abbreviation used as the name of a policy domain, not as a citation of the law.

Council documents write ``Wmo`` for the law and for the part of the social domain it governs:
``het Sociaal Domein (met name Jeugdzorg en WMO)``, ``het aanbod voor Wmo en Jeugd``, ``belast met
WMO, Armoedebeleid, Onderwijs``. Where the bare abbreviation stands in a list with other policy
domains, it names the domain; the law is cited by its name (``Wet maatschappelijke ondersteuning
2015``), with its year (``Wmo 2015``), beside another law (``Jeugdwet en Wmo``) or with an article.
The bare ``Wmo`` (and ``Wlz``) is also the name of the care the law governs (``net zoals bij de WMO``,
``het abonnementstarief voor de WMO``, ``het WMO beleid``): it cites the law only where the sentence
does (``op grond van de Wmo``, ``artikel 2.3.5 Wmo``, ``Jeugdwet en Wmo``, ``de Wmo bepaalt``).
"""

from __future__ import annotations

import re

from ..facts import Mention

#: Policy domains a council's portfolio lists beside the Wmo.
_DOMAINS = (
    r"jeugd", r"jeugdzorg", r"jeugdhulp", r"jeugdbeleid", r"participatie", r"armoede(?:beleid)?",
    r"onderwijs", r"zorg", r"werk", r"inkomen", r"schuldhulp(?:verlening)?", r"welzijn", r"wonen",
    r"sport", r"cultuur", r"veiligheid", r"gezondheid", r"sociaal domein", r"beschermd wonen",
    r"maatschappelijke opvang", r"minimabeleid", r"volksgezondheid", r"leerplicht",
)
_DOMAIN = r"(?:" + "|".join(_DOMAINS) + r")"
_JOIN = r"\s*(?:,|en|of|/|&)\s*"
#: A policy domain's own name ("Jeugdzorg", "Onderwijs"), which a list of bodies may hold as well.
POLICY_DOMAIN = re.compile(r"(?i)" + _DOMAIN + r"|ggz|jeugd-?ggz|preventie|opvoeding|inkomen|wmo|jeugdwet")
_DOMAIN_BEFORE = re.compile(r"(?i)(?<![\w-])" + _DOMAIN + _JOIN + r"$")
# (not a law's name written apart: "Wmo, Jeugd wet en Participatiewet")
_DOMAIN_AFTER = re.compile(r"(?i)^" + _JOIN + _DOMAIN + r"(?![\w-]|\s+wet\b)")
_ABBREVIATION = re.compile(r"[A-Za-z]{2,5}")
#: Laws whose abbreviation is also the name of the care it governs ("bij de WMO", "het WMO beleid").
_CARE_NAMES = frozenset({"wmo", "wlz"})
_CITED_BEFORE = re.compile(
    r"(?i)(?:op\s+grond\s+van|krachtens|volgens|ingevolge|in\s+de\s+zin\s+van|conform|bedoeld\s+in"
    r"|art(?:ikel|\.)\s*[\d.:]+\w*(?:,?\s+(?:\w+\s+)?lid)?(?:\s+van)?|(?:\bwet\w*|\w+wet)\s*(?:,|en|of|/)"
    r")\s+(?:de\s+|het\s+)?$"
)
_CITED_AFTER = re.compile(
    # (also a law's name after one more item of the list: "Wmo, Jeugd wet en Participatiewet")
    r"(?i)^\s*(?:(?:,|en|of|/)\s*(?:[\w-]+\s+(?:[\w-]+\s+)?(?:,|en|of|/)?\s*)?(?:de\s+)?\w*wet\b|\)"
    r"|\s*(?:schrijft|bepaalt|regelt|verplicht)\b)"
)


def names_a_domain(text: str, mention: Mention) -> bool:
    """True when a law's bare abbreviation stands in a list of policy domains."""
    written = mention.span.text.strip()
    if mention.kind != "wet" or not _ABBREVIATION.fullmatch(written):
        return False
    begin, end = mention.span.begin, mention.span.end
    if re.match(r"\s+(?:19|20)\d{2}\b", text[end:end + 6]):
        return False  # "Wmo 2015" is the law
    before, after = text[max(0, begin - 30):begin], text[end:end + 30]
    if _DOMAIN_BEFORE.search(before) or _DOMAIN_AFTER.match(after):
        return True
    # "bij de WMO", "het WMO beleid": the care, unless the sentence cites the law ("op grond van de
    # Wmo", "artikel 2.3.5 Wmo", "Jeugdwet en Wmo", "(Wmo)" after the full name)
    if written.lower() not in _CARE_NAMES:
        return False
    return not (_CITED_BEFORE.search(text[max(0, begin - 60):begin]) or _CITED_AFTER.match(after))


__all__ = ["POLICY_DOMAIN", "names_a_domain"]

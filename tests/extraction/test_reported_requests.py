"""Requests a report of a motion tells with the movers or the council as the subject, an alderman as the
addressee, the motion's aim to call on the college, and further requests told with the same verb."""

from __future__ import annotations

import pytest

from jeugdgraph.extract.assignments import find_assignments
from jeugdgraph.facts import DocumentMetadata

from .conftest import source_of


def _asked(text: str) -> list[str]:
    return [a.span.text for a in find_assignments(
        source_of(text), DocumentMetadata(kind="nieuwsbericht"), reports_motion=True)]


@pytest.mark.parametrize(("text", "asked"), [
    ("De motie over de wachtlijsten werd aangenomen. In de motie roept de raad het college op in gesprek te "
     "gaan met de ouders.", "in gesprek te gaan met de ouders."),
    ("In de motie roepen we de bestuurscommissie op om een deskundige in te schakelen.",
     "een deskundige in te schakelen."),
    ("Op initiatief van de VVD heeft de gemeenteraad de wethouder gevraagd om een plan op te stellen voor "
     "de kosten van de jeugdzorg.", "een plan op te stellen voor de kosten van de jeugdzorg."),
    ("Jan heeft een motie opgesteld om het college op te roepen om bij de minister aan te dringen op meer "
     "geld.", "bij de minister aan te dringen op meer geld."),
])
def test_a_reported_request_with_its_subject_or_addressee(text: str, asked: str) -> None:
    assert _asked(text) == [asked]


def test_further_requests_told_with_the_same_verb_follow_each_motion() -> None:
    text = ("De motie over het vervoer werd aangenomen. In de motie roept de raad het college op in gesprek "
            "te gaan met de ouders. Verder vraagt de raad de klachten in kaart te brengen. "
            "Ook daar valt winst te behalen.\n\n"
            "De tweede motie vraagt het college de raad twee keer per jaar te informeren.")
    assert _asked(text) == [
        "in gesprek te gaan met de ouders.",
        "de raad twee keer per jaar te informeren.",
        "Verder vraagt de raad de klachten in kaart te brengen.",
    ]


def test_no_request_from_an_earlier_motion_a_question_or_a_call_for_attention() -> None:
    assert _asked("De motie steunt Leeuwarden. In deze motie riepen zij eerder op om in gesprek te gaan met "
                  "de toezichthouder.") == []
    assert _asked("Over de motie heeft de fractie de wethouder gevraagd om uitleg over de kosten.") == []

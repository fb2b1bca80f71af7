"""The SHACL shapes: a small correct graph conforms, and each kind of broken data is reported
with the policy maker's Dutch message, on the right resource."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from shapesdata import (
    BEDRAG,
    DORDRECHT,
    JEUGDWET,
    JGI,
    JGSH,
    MOTIE,
    OPDRACHT,
    Q_BEGIN,
    QUOTE,
    RIJNMOND,
    SCHIEDAM,
    VLAARDINGEN,
    XSD_DECIMAL,
    XSD_INTEGER,
    ZHZ,
    correct_graph,
    shape_message,
    the_finding,
)

from jeugdgraph.namespaces import JG, ORG, PROV
from jeugdgraph.validation import load_shapes, validate_graph

# --------------------------------------------------------------------------- correct data


def test_correct_municipality_region_and_extracted_assignment_conform() -> None:
    report = validate_graph(correct_graph())
    assert report.conforms, report.text("en")
    assert report.findings == []
    assert report.text() == (
        "De gegevens voldoen aan alle validatieregels: geen overtredingen, geen waarschuwingen."
    )


def test_every_shape_has_a_dutch_and_an_english_message_and_a_name() -> None:
    from rdflib.namespace import SH

    shapes = load_shapes()
    named = {s for s in shapes.subjects() if isinstance(s, URIRef) and str(s).startswith(JGSH)}
    assert len(named) > 60
    for shape in named:
        languages = {m.language for m in shapes.objects(shape, SH.message)}
        is_property_or_sparql = (shape, None, None) in shapes and (
            (shape, SH.path, None) in shapes or (shape, SH.select, None) in shapes
        )
        if is_property_or_sparql:
            assert {"nl", "en"} <= languages, shape
        names = {n.language for n in shapes.objects(shape, SH.name)}
        assert {"nl", "en"} <= names, shape


# --------------------------------------------------------------------------- broken data


def test_bad_cbs_code_is_reported() -> None:
    graph = correct_graph()
    graph.set((VLAARDINGEN, JG.cbsCode, Literal("GM062")))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Gemeente-cbsCode-vorm", VLAARDINGEN)
    assert finding.severity == "Violation"
    assert finding.path == str(JG.cbsCode)
    assert finding.value == "GM062"
    assert finding.message_nl == (
        "De CBS-code van een gemeente is GM gevolgd door vier cijfers, zoals GM0622; "
        "deze code heeft een andere vorm."
    )
    assert finding.message_en.startswith("A municipality's CBS code is GM followed by four digits")


def test_region_code_must_be_jz_and_two_digits() -> None:
    graph = correct_graph()
    graph.set((RIJNMOND, JG.cbsCode, Literal("JZ290")))
    report = validate_graph(graph)
    assert the_finding(report, "Jeugdregio-cbsCode-vorm", RIJNMOND).value == "JZ290"


def test_municipality_in_two_regions_is_reported() -> None:
    graph = correct_graph()
    graph.add((VLAARDINGEN, ORG.memberOf, ZHZ))
    graph.add((ZHZ, ORG.hasMember, VLAARDINGEN))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Gemeente-jeugdregio", VLAARDINGEN)
    assert finding.message_nl == (
        "Een gemeente hoort bij hoogstens één jeugdregio; deze gemeente is lid van meer dan één."
    )
    assert finding.message_en == (
        "A municipality belongs to at most one youth-care region; this one is a member of several."
    )
    assert [f.focus for f in report.violations()] == [str(VLAARDINGEN)]


def test_membership_stated_in_one_direction_only_is_reported() -> None:
    graph = correct_graph()
    graph.remove((RIJNMOND, ORG.hasMember, SCHIEDAM))
    report = validate_graph(graph)
    finding = the_finding(report, "Gemeente-lidmaatschap-wederzijds", SCHIEDAM)
    assert finding.value == str(RIJNMOND)
    assert "beide richtingen" in finding.message_nl


def test_tooi_identifier_must_be_a_municipality_iri() -> None:
    graph = correct_graph()
    graph.set((VLAARDINGEN, URIRef("http://www.w3.org/2002/07/owl#sameAs"),
               URIRef("https://identifier.overheid.nl/tooi/id/provincie/pv28")))
    report = validate_graph(graph)
    finding = the_finding(report, "Gemeente-sameAs", VLAARDINGEN)
    assert finding.value == "https://identifier.overheid.nl/tooi/id/provincie/pv28"


def test_missing_tooi_identifier_is_only_a_warning() -> None:
    graph = correct_graph()
    graph.remove((DORDRECHT, URIRef("http://www.w3.org/2002/07/owl#sameAs"), None))
    report = validate_graph(graph)
    assert report.conforms
    assert the_finding(report, "Gemeente-sameAs-aanwezig", DORDRECHT).severity == "Warning"
    assert report.violations() == []


def test_extracted_resource_without_quote_is_reported() -> None:
    graph = correct_graph()
    graph.remove((OPDRACHT, JG.citaat, None))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Herkomst-citaat", OPDRACHT)
    assert finding.path == str(JG.citaat)
    assert finding.message_nl.startswith(
        "Elk gegeven uit een document heeft precies één letterlijk citaat uit de tekst"
    )


def test_empty_quote_is_reported() -> None:
    graph = correct_graph()
    graph.set((BEDRAG, JG.citaat, Literal("  ")))
    report = validate_graph(graph)
    assert the_finding(report, "Herkomst-citaat", BEDRAG).value == "  "


def test_begin_after_end_is_reported() -> None:
    graph = correct_graph()
    end = Q_BEGIN + len(QUOTE)
    graph.set((OPDRACHT, JG.begin, Literal(end + 5, datatype=XSD_INTEGER)))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Herkomst-volgorde", OPDRACHT)
    assert finding.value == str(end + 5)
    assert finding.message_nl == "Het citaat begint na zijn einde: jg:begin is groter dan jg:eind."


def test_quote_that_is_not_verbatim_at_its_offsets_is_reported() -> None:
    graph = correct_graph()
    graph.set((OPDRACHT, JG.begin, Literal(Q_BEGIN + 1, datatype=XSD_INTEGER)))
    report = validate_graph(graph)
    finding = the_finding(report, "Herkomst-citaat-letterlijk", OPDRACHT)
    assert finding.value == QUOTE
    assert finding.message_nl.startswith("Het citaat staat niet letterlijk op de opgegeven plaats")


def test_ill_typed_offset_is_reported_not_crashed_on() -> None:
    graph = correct_graph()
    graph.set((OPDRACHT, JG.begin, Literal("abc", datatype=XSD_INTEGER)))
    report = validate_graph(graph)
    assert the_finding(report, "Herkomst-begin", OPDRACHT).value == "abc"


def test_extracted_resource_needs_exactly_one_source_document() -> None:
    graph = correct_graph()
    graph.remove((BEDRAG, PROV.wasDerivedFrom, None))
    report = validate_graph(graph)
    assert the_finding(report, "Herkomst-bron", BEDRAG).path == str(PROV.wasDerivedFrom)


def test_wrong_bwb_id_is_reported() -> None:
    graph = correct_graph()
    graph.set((JEUGDWET, JG.bwbId, Literal("BWB0034925")))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Wet-bwbId", JEUGDWET)
    assert finding.value == "BWB0034925"
    assert finding.message_nl.startswith(
        "Een wet heeft hoogstens één BWB-identificatie, BWBR gevolgd door zeven cijfers"
    )
    assert the_finding(report, "Wet-iri-past-bij-bwbId", JEUGDWET).severity == "Violation"


def test_amount_without_value_is_reported() -> None:
    graph = correct_graph()
    graph.remove((BEDRAG, JG.bedrag, None))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Bedrag-waarde", BEDRAG)
    assert finding.path is None
    assert finding.message_nl == (
        "Een bedrag heeft een waarde in euro's (jg:bedrag) of een percentage (jg:percentage); "
        "dit bedrag heeft geen van beide."
    )


def test_amount_with_only_a_percentage_conforms() -> None:
    graph = correct_graph()
    graph.remove((BEDRAG, JG.bedrag, None))
    graph.add((BEDRAG, JG.percentage, Literal("10", datatype=XSD_DECIMAL)))
    assert validate_graph(graph).findings == []


def test_sequence_number_zero_is_reported() -> None:
    graph = correct_graph()
    graph.set((OPDRACHT, JG.volgnummer, Literal(0)))
    report = validate_graph(graph)
    assert not report.conforms
    finding = the_finding(report, "Opdracht-volgnummer", OPDRACHT)
    assert finding.value == "0"
    assert finding.message_nl == "Een opdracht heeft precies één volgnummer, een geheel getal vanaf 1."


def test_document_shapes_reach_subclasses_through_the_ontology() -> None:
    # the motion is typed jg:Motie only; the jg:Document shape must still apply to it
    graph = correct_graph()
    graph.remove((MOTIE, None, JG.Document))
    graph.set((MOTIE, URIRef("http://purl.org/dc/terms/date"), Literal("6 november")))
    report = validate_graph(graph)
    assert the_finding(report, "Document-datum", MOTIE).value == "6 november"


def test_unknown_theme_is_reported() -> None:
    graph = correct_graph()
    graph.add((OPDRACHT, JG.thema, URIRef(JGI + "thema/bestaat-niet")))
    report = validate_graph(graph)
    assert the_finding(report, "Themagebruik-thema", OPDRACHT).value == JGI + "thema/bestaat-niet"


def test_regional_vision_must_belong_to_a_youth_care_region() -> None:
    graph = correct_graph()
    visie = URIRef(JGI + "document/004_test/regiovisie/1")
    graph.add((visie, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), JG.Regiovisie))
    graph.add((visie, JG.regio, VLAARDINGEN))
    report = validate_graph(graph)
    assert the_finding(report, "Regiovisie-regio", visie).value == str(VLAARDINGEN)


def test_deadline_must_be_a_date() -> None:
    graph = correct_graph()
    graph.set((OPDRACHT, JG.deadline, Literal("derde kwartaal van 2026")))
    report = validate_graph(graph)
    assert the_finding(report, "Deadline", OPDRACHT).value == "derde kwartaal van 2026"


# --------------------------------------------------------------------------- the report


def test_text_report_is_dutch_grouped_and_names_the_resource() -> None:
    graph = correct_graph()
    graph.set((VLAARDINGEN, JG.cbsCode, Literal("GM062")))
    graph.remove((DORDRECHT, URIRef("http://www.w3.org/2002/07/owl#sameAs"), None))
    report = validate_graph(graph)
    text = report.text("nl")
    lines = text.splitlines()
    assert lines[0] == "De gegevens voldoen niet aan de validatieregels (3 overtredingen, 1 waarschuwing)."
    assert "Overtredingen:" in lines and "Waarschuwingen:" in lines
    assert lines.index("Overtredingen:") < lines.index("Waarschuwingen:")
    cbs_line = next(line for line in lines if "jg:cbsCode" in line)
    assert cbs_line.startswith("- Vlaardingen (jgi:gemeente/gm0622) jg:cbsCode = GM062: ")
    assert cbs_line.endswith(shape_message("Gemeente-cbsCode-vorm", "nl"))
    english = report.text("en")
    assert english.startswith("The data does not meet the validation rules (3 violations, 1 warning)")
    assert shape_message("Gemeente-cbsCode-vorm", "en") in english


def test_report_turtle_is_a_shacl_report() -> None:
    graph = correct_graph()
    graph.remove((OPDRACHT, JG.citaat, None))
    report = validate_graph(graph)
    parsed = Graph().parse(data=report.turtle(), format="turtle")
    from rdflib.namespace import SH

    assert (None, SH.conforms, Literal(False)) in parsed
    assert len(list(parsed.subjects(None, SH.ValidationResult))) == len(report.findings)


# --------------------------------------------------------------------------- context and stores

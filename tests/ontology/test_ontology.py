"""The ontology, the theme and segment schemes and the shapes: they parse, declare every term of
the contract with Dutch and English labels, agree with the closed ``JG`` vocabulary, and the
theme labels find the themes in the seed documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from prerequisites import missing
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from jeugdgraph import iris
from jeugdgraph.namespaces import JG, JG_IRI, PREFIXES
from jeugdgraph.settings import ONTOLOGY_DIR, PROJECT_ROOT, SEEDS_DIR
from jeugdgraph.validation import load_ontology, load_shapes

# rdflib's XSD namespace object warns when pytest inspects module attributes
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
CONTRACT = PROJECT_ROOT.parent / "shared" / "CONTRACT.md"
ONTOLOGY_IRI = URIRef("https://w3id.org/jeugdgraph/def")
THEME_SCHEME = URIRef("https://w3id.org/jeugdgraph/id/thema")
SEGMENT_SCHEME = URIRef("https://w3id.org/jeugdgraph/id/segment")

# Every term of the contract's class and property tables (kept here so the test runs without
# shared/; the CONTRACT.md test below checks this list has not fallen behind).
CONTRACT_TERMS = [
    "jg:Gemeente", "jg:Jeugdregio", "jg:GemeenschappelijkeRegeling", "jg:Organisatie", "jg:Wet",
    "jg:Document", "jg:Motie", "jg:Raadsvoorstel", "jg:Raadsbesluit", "jg:Raadsinformatiebrief",
    "jg:Nieuwsbericht", "jg:Presentatie", "jg:Brief", "jg:Advies", "jg:Regiovisie", "jg:Besluit",
    "jg:Opdracht", "jg:Maatregel", "jg:Bedrag", "jg:Thema", "jg:Begrip", "org:Organization",
    "eli:LegalResource", "prov:Entity", "schema:MonetaryAmount", "skos:Concept", "org:memberOf",
    "org:hasMember", "jg:cbsCode", "owl:sameAs", "jg:uitgevoerdDoor", "jg:bwbId", "skos:prefLabel",
    "skos:altLabel", "dcterms:title", "dcterms:date", "dcterms:identifier", "dcterms:publisher",
    "jg:noemt", "jg:verwijstNaar", "jg:bevat", "jg:volgnummer", "jg:deadline", "jg:bedrag",
    "jg:steltVast", "jg:regio", "jg:thema", "prov:wasDerivedFrom", "jg:citaat", "jg:begin", "jg:eind",
    "geo:Geometry", "geo:hasGeometry", "geo:asWKT",  # the boundaries (docs/CONTRACT.md, Geometry)
]

# class -> the W3C classes the contract aligns it with
ALIGNMENT = {
    "Gemeente": ["org:Organization"],
    "Jeugdregio": ["org:Organization"],
    "GemeenschappelijkeRegeling": ["org:Organization"],
    "Organisatie": ["org:Organization"],
    "Wet": ["eli:LegalResource"],
    "Document": ["prov:Entity", "foaf:Document"],
    "Regiovisie": ["prov:Entity", "jg:Document"],
    "Bedrag": ["schema:MonetaryAmount"],
    "Thema": ["skos:Concept"],
    "Begrip": ["skos:Concept"],
    "Segment": ["skos:Concept"],
    "Persoon": ["foaf:Person"],
    "Programma": ["prov:Entity"],
    **{kind: ["jg:Document"] for kind in (
        "Motie", "Raadsvoorstel", "Raadsbesluit", "Raadsinformatiebrief", "Nieuwsbericht",
        "Presentatie", "Brief", "Advies",
    )},
}


def expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    namespaces = {**PREFIXES, "foaf": "http://xmlns.com/foaf/0.1/"}
    return URIRef(namespaces[prefix] + local)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def jg_terms() -> set[str]:
    return set(JG.__annotations__)


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("name", ["jeugdgraph.ttl", "themes.ttl", "shapes.ttl"])
def test_turtle_file_parses(name: str) -> None:
    graph = Graph().parse(ONTOLOGY_DIR / name, format="turtle")
    assert len(graph) > 100


def test_ontology_graph_holds_ontology_themes_and_shapes(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert (THEME_SCHEME, RDF.type, SKOS.ConceptScheme) in ontology
    assert (URIRef("https://w3id.org/jeugdgraph/def/shapes#Gemeente"), RDF.type, SH.NodeShape) in ontology
    sizes = sum(len(Graph().parse(ONTOLOGY_DIR / n)) for n in ("jeugdgraph.ttl", "themes.ttl", "shapes.ttl"))
    assert len(ontology) == sizes  # the files share no triples; nothing is lost in the union


def test_load_ontology_returns_a_graph_the_caller_may_change(ontology: Graph) -> None:
    mine = load_ontology()
    mine.remove((None, None, None))
    assert len(load_ontology()) == len(ontology) > 0


def test_ontology_header(ontology: Graph) -> None:
    titles = {t.language: str(t) for t in ontology.objects(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/title"))}
    assert titles == {"nl": "Jeugdgraph-ontologie", "en": "Jeugdgraph ontology"}
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/license")) == URIRef(
        "https://spdx.org/licenses/EUPL-1.2.html"
    )


# --------------------------------------------------------------------------- contract terms


def assert_documented(graph: Graph, term: URIRef) -> None:
    labels = {label.language for label in graph.objects(term, RDFS.label)}
    assert {"nl", "en"} <= labels, f"{term} lacks an nl or en rdfs:label"
    comments = {c.language for c in graph.objects(term, RDFS.comment)}
    assert {"nl", "en"} <= comments, f"{term} lacks an nl or en rdfs:comment"


@pytest.mark.parametrize("curie", CONTRACT_TERMS)
def test_contract_term_is_declared_with_labels_and_comment(ontology: Graph, curie: str) -> None:
    assert_documented(ontology, expand(curie))


def contract_terms_from_markdown(text: str) -> set[str]:
    """The CURIEs in backticks in the Classes and Properties sections of the contract."""
    prefixes = set(re.findall(r"^\| `(\w+):` \|", text, flags=re.MULTILINE)) - {"jgi"}
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    body = "\n".join(s for s in sections if s.startswith(("Classes", "Properties")))
    terms = set()
    for curie in re.findall(r"`([a-z]+:[A-Za-z]+)`", body):
        if curie.split(":")[0] in prefixes:
            terms.add(curie)
    return terms


def test_contract_tables_are_all_covered() -> None:
    if not CONTRACT.is_file():
        missing(f"the shared contract is not present at {CONTRACT}")
    from_markdown = contract_terms_from_markdown(CONTRACT.read_text(encoding="utf-8"))
    assert len(from_markdown) > 40  # the parser found the tables
    assert from_markdown <= set(CONTRACT_TERMS), sorted(from_markdown - set(CONTRACT_TERMS))


def test_every_jg_term_is_declared_documented_and_typed(ontology: Graph) -> None:
    for name in sorted(jg_terms()):
        term = URIRef(JG_IRI + name)
        assert_documented(ontology, term)
        kinds = set(ontology.objects(term, RDF.type))
        expected = OWL.Class if name[0].isupper() else {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert (expected in kinds) if name[0].isupper() else (kinds & expected), (name, kinds)
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology


def test_every_jg_term_in_the_turtle_is_in_the_closed_vocabulary() -> None:
    graph = Graph().parse(ONTOLOGY_DIR / "jeugdgraph.ttl")
    declared = {
        str(s)[len(JG_IRI):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(JG_IRI)
    }
    assert declared == jg_terms()
    # and no jg: term is used anywhere in the ontology files without being declared
    every = load_ontology()
    used = {
        str(t)[len(JG_IRI):]
        for triple in every
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(JG_IRI)
    }
    assert used <= jg_terms(), sorted(used - jg_terms())


@pytest.mark.parametrize("name", sorted(ALIGNMENT))
def test_class_is_aligned_with_w3c_vocabularies(ontology: Graph, name: str) -> None:
    supers = set(ontology.objects(URIRef(JG_IRI + name), RDFS.subClassOf))
    for curie in ALIGNMENT[name]:
        assert expand(curie) in supers, (name, curie)


def test_property_hierarchy(ontology: Graph) -> None:
    assert (JG.verwijstNaar, RDFS.subPropertyOf, JG.noemt) in ontology
    assert (JG.bedrag, RDFS.subPropertyOf, URIRef("https://schema.org/value")) in ontology
    assert (JG.thema, RDFS.subPropertyOf, URIRef("http://purl.org/dc/terms/subject")) in ontology
    assert (JG.volgnummer, RDFS.range, XSD_INTEGER) in ontology
    assert (JG.deadline, RDFS.range, XSD_DATE) in ontology
    assert (JG.regio, RDFS.range, JG.Jeugdregio) in ontology


def test_external_terms_are_not_claimed_as_ours(ontology: Graph) -> None:
    for curie in ("org:memberOf", "org:hasMember", "prov:wasDerivedFrom", "skos:prefLabel"):
        term = expand(curie)
        assert ontology.value(term, RDFS.isDefinedBy) != ONTOLOGY_IRI
        assert (term, RDFS.domain, None) not in ontology and (term, RDFS.range, None) not in ontology


# --------------------------------------------------------------------------- shapes use declared terms


def test_shapes_refer_only_to_declared_classes_and_properties(ontology: Graph) -> None:
    shapes = load_shapes()
    classes = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    for cls in classes:
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    paths = set(shapes.objects(None, SH.path)) | set(shapes.objects(None, SH.targetSubjectsOf))
    alternatives = {path for path in paths if isinstance(path, BNode)}
    for path in alternatives:  # a name official or as written: each property of the alternative
        members = list(Collection(shapes, shapes.value(path, SH.alternativePath)))
        assert members, path
        paths |= set(members)
    for path in paths - alternatives:
        if str(path).startswith(JG_IRI):
            assert str(path)[len(JG_IRI):] in jg_terms(), path
        else:
            assert str(path).startswith(tuple(PREFIXES.values()) + ("http://xmlns.com/foaf/",)), path


# --------------------------------------------------------------------------- themes


def themes(graph: Graph) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, JG.Thema))


def test_themes_have_labels_definitions_and_slug_iris(ontology: Graph) -> None:
    found = themes(ontology)
    assert len(found) >= 20
    for theme in found:
        labels = list(ontology.objects(theme, SKOS.prefLabel))
        assert [label.language for label in labels].count("nl") == 1, theme
        assert [label.language for label in labels].count("en") == 1, theme
        assert any(d.language == "nl" for d in ontology.objects(theme, SKOS.definition)), theme
        assert (theme, SKOS.inScheme, THEME_SCHEME) in ontology
        assert (theme, RDF.type, SKOS.Concept) in ontology
        slug = str(theme).rsplit("/", 1)[-1]
        assert iris.thema(slug) == str(theme)
        assert (THEME_SCHEME, SKOS.hasTopConcept, theme) in ontology


def test_theme_labels_belong_to_one_theme_and_never_repeat_its_preflabel(ontology: Graph) -> None:
    owner: dict[str, URIRef] = {}
    for theme in themes(ontology):
        pref = {str(x).lower() for x in ontology.objects(theme, SKOS.prefLabel) if x.language == "nl"}
        for alt in ontology.objects(theme, SKOS.altLabel):
            assert alt.language == "nl", (theme, alt)
            assert str(alt).lower() not in pref, (theme, alt)
        for label in pref | {str(a).lower() for a in ontology.objects(theme, SKOS.altLabel)}:
            assert owner.setdefault(label, theme) == theme, f"{label!r} in {owner[label]} and {theme}"


@pytest.mark.parametrize(
    ("slug", "labels"),
    [
        ("preventie", ["preventief", "preventieve", "voorkant", "jeugdhulp naar voren", "vroegsignalering"]),
        ("normaliseren", ["normalisatie", "normalisering"]),
        ("sociale-basis", ["sociale basis", "pedagogische basis", "pedagogisch klimaat",
                           "voorliggende voorziening", "voorliggende voorzieningen", "voorliggend veld"]),
        ("wachttijden", ["wachttijd", "wachtlijst", "wachtlijsten", "treeknorm"]),
        ("specialistische-jeugdhulp", ["gespecialiseerde jeugdhulp", "gespecialiseerde zorg",
                                       "specialistische zorg"]),
        ("jeugdbescherming", ["jeugdreclassering", "gecertificeerde instelling",
                              "gecertificeerde instellingen", "kinderbescherming"]),
        ("uithuisplaatsing", ["uithuisplaatsingen"]),
        ("inkoop", ["inkoopkader", "inkoopstrategie", "contractmanagement", "aanbieders beperken"]),
        ("bovenregionale-samenwerking", ["expertisenetwerk", "BREN", "expertiseteam"]),
        ("gesloten-jeugdhulp", ["JeugdzorgPlus", "JeugdhulpPlus"]),
        ("kosten-en-financien", ["kosten", "tekort", "bezuiniging", "budget"]),
        ("lokale-teams", ["wijkteam", "sociaal team", "toegangsteam"]),
        ("onderwijs", ["school", "passend onderwijs"]),
        ("bestaanszekerheid", ["armoede", "schulden"]),
        ("huisartsen", ["huisarts", "huisartsen"]),
        ("veiligheid", ["huiselijk geweld", "Veilig Thuis", "kindermishandeling"]),
    ],
)
def test_theme_has_the_synonyms_council_texts_use(ontology: Graph, slug: str, labels: list[str]) -> None:
    theme = URIRef(iris.thema(slug))
    names = {str(x).lower() for x in ontology.objects(theme, SKOS.altLabel)}
    names |= {str(x).lower() for x in ontology.objects(theme, SKOS.prefLabel)}
    for label in labels:
        assert label.lower() in names, (slug, label)


def matched_themes(graph: Graph, text: str) -> set[str]:
    """Themes whose labels occur in ``text`` as whole words, case-insensitively."""
    found = set()
    for theme in themes(graph):
        for label in list(graph.objects(theme, SKOS.prefLabel)) + list(graph.objects(theme, SKOS.altLabel)):
            if label.language != "nl":
                continue
            if re.search(rf"(?<!\w){re.escape(str(label))}(?!\w)", text, flags=re.IGNORECASE):
                found.add(str(theme).rsplit("/", 1)[-1])
                break
    return found


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000_6433c76c45005ce2", {"preventie", "sociale-basis", "specialistische-jeugdhulp", "wachttijden",
                                  "kosten-en-financien", "inkoop", "lokale-teams"}),
        ("001_1786b06549a818d4", {"preventie", "normaliseren", "wachttijden", "onderwijs", "huisartsen"}),
        ("002_7fffa4e144c7ebb7", {"preventie", "sociale-basis", "kosten-en-financien"}),
        ("003_94e3ee821c6ac048", {"normaliseren", "preventie", "inkoop", "huisartsen", "jeugdbescherming"}),
        ("004_33a8688e64a59d40", {"wachttijden", "gesloten-jeugdhulp", "bovenregionale-samenwerking",
                                  "uithuisplaatsing", "bestaanszekerheid", "veiligheid", "lokale-teams"}),
    ],
)
def test_theme_labels_find_the_themes_of_the_seed_documents(
    ontology: Graph, seed: str, expected: set[str]
) -> None:
    text = (SEEDS_DIR / f"{seed}.txt").read_text(encoding="utf-8")
    found = matched_themes(ontology, text)
    assert expected <= found, sorted(expected - found)


# --------------------------------------------------------------------------- segments


def test_segments_are_the_seven_of_the_regional_presentation(ontology: Graph) -> None:
    seed: Path = SEEDS_DIR / "003_94e3ee821c6ac048.txt"
    # the slides wrap lines, also after a hyphen ("psyco-\neducatie")
    text = re.sub(r"-\s+", "-", " ".join(seed.read_text(encoding="utf-8").split()))
    segments = sorted(ontology.subjects(RDF.type, JG.Segment), key=lambda s: int(str(s).rsplit("/", 1)[-1]))
    assert [str(s) for s in segments] == [f"{SEGMENT_SCHEME}/{n}" for n in range(1, 8)]
    for n, segment in enumerate(segments, start=1):
        assert ontology.value(segment, SKOS.notation) == Literal(str(n))
        assert (segment, SKOS.inScheme, SEGMENT_SCHEME) in ontology
        label = next(str(x) for x in ontology.objects(segment, SKOS.prefLabel) if x.language == "nl")
        assert f"{n}. {label}" in text, (n, label)
        for note in ontology.objects(segment, SKOS.scopeNote):
            assert str(note) in text, (n, note)  # quoted verbatim from the presentation


def test_ontology_graph_has_no_blank_nodes_and_skolem_iris_are_content_derived(ontology: Graph) -> None:
    from rdflib import BNode

    from jeugdgraph.validation import SKOLEM_PREFIX

    files = Graph()
    for name in ("jeugdgraph.ttl", "themes.ttl", "shapes.ttl"):
        files.parse(ONTOLOGY_DIR / name)
    blank = {t for triple in files for t in triple if isinstance(t, BNode)}
    skolems = {t for triple in ontology for t in triple if str(t).startswith(SKOLEM_PREFIX)}
    assert not any(isinstance(t, BNode) for triple in ontology for t in triple)
    assert len(skolems) == len(blank) > 0  # one IRI per blank node, no two merged
    # RDF lists survive skolemisation: every sh:languageIn still lists "nl"
    lists = list(ontology.objects(None, SH.languageIn))
    assert lists and all(ontology.value(first, RDF.first) == Literal("nl") for first in lists)

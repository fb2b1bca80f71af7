"""A synthetic but realistic corpus of Dutch youth-care council documents, for benchmarks.

The corpus covers all current municipalities and youth-care regions (names and codes from the
project's own reference files in ``seeds/reference/``; synthetic names only where those files are
missing) and writes documents of the seed genres from templates:

- ``motie``: a council motion giving the college numbered assignments, several with a deadline
  ("uiterlijk in het derde kwartaal van 2027");
- ``raadsvoorstel``: a council proposal to adopt the regional vision, with the council decision
  (numbered decision points) and, for some, the vision itself with a begrippenlijst;
- ``raadsinformatiebrief``: a letter to the council with amounts ("€ 400.000") and dates;
- ``nieuwsbericht``: a municipal news item with a package of measures.

Document ``i`` depends only on ``(seed, i)``, so a corpus of 1 000 documents is the first 1 000
files of a corpus of 100 000 for the same seed. Usage::

    python bench/generate.py --n 10000 --seed 7 --out bench/data/corpus
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))  # the modules beside this one, also when it is loaded by path

from genreference import ROOT, GeneratedDocument, Law, Municipality, Reference, Region, load_reference  # noqa: E402

GENRES = ("motie", "raadsvoorstel", "raadsinformatiebrief", "nieuwsbericht")
GENRE_WEIGHTS = (0.3, 0.25, 0.25, 0.2)

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
QUARTERS = ("eerste", "tweede", "derde", "vierde")
QUARTER_END = ((3, 31), (6, 30), (9, 30), (12, 31))


# --- text helpers -------------------------------------------------------------------------------

def dutch_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def euro(value: int) -> str:
    """``400000`` -> ``€ 400.000``."""
    return "€ " + f"{value:,}".replace(",", ".")


def quarter_deadline(year: int, quarter: int) -> tuple[str, date]:
    month, day = QUARTER_END[quarter - 1]
    return f"uiterlijk in het {QUARTERS[quarter - 1]} kwartaal van {year}", date(year, month, day)


def _random_date(rng: random.Random, first_year: int = 2019, last_year: int = 2026) -> date:
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randrange((date(last_year, 12, 31) - start).days))


THEMES = (
    "preventie", "normaliseren", "de sociale basis", "de wachttijden", "specialistische jeugdhulp",
    "jeugdbescherming", "uithuisplaatsingen", "de inkoop van jeugdhulp", "de pedagogische basis",
)
CONCERNS = (
    "De kosten voor gespecialiseerde jeugdhulp in onze gemeente en regio blijven onverminderd hoog.",
    "De wachttijden voor specialistische jeugdhulp zijn te lang; gezinnen wachten maanden op hulp.",
    "De samenwerking tussen jeugdhulp en de voorliggende voorzieningen is fragmentarisch.",
    "Er is een tekort aan gekwalificeerde professionals in de jeugdhulp.",
    "Het aantal jeugdigen dat een vorm van jeugdhulp ontvangt, stijgt al jaren.",
    "Een sterke, laagdrempelige sociale basis voorkomt dat kleine problemen uitgroeien tot dure "
    "zorgtrajecten.",
    "Het jongerenwerk, de wijkteams en het schoolmaatschappelijk werk zijn onvoldoende structureel "
    "gefinancierd.",
    "Ouders ervaren de toegang tot jeugdhulp als ingewikkeld en weinig voorspelbaar.",
    "De druk op de pedagogische basis in gezin, school en buurt neemt toe.",
)
ASSIGNMENTS = (
    "in regionaal verband de versterking van de sociale basis voor jeugd te agenderen",
    "te onderzoeken welke maatregelen de samenwerking tussen het preventieve aanbod en de inkoop van "
    "specialistische jeugdhulp verbeteren",
    "een preventiebudget op te stellen en dit aan de raad voor te leggen",
    "met de scholen afspraken te maken over ondersteuning in de klas, zodat jeugdhulp minder vaak nodig is",
    "de wachttijden voor specialistische jeugdhulp per maand inzichtelijk te maken",
    "in overleg met de aanbieders te komen tot een plan om uithuisplaatsingen te voorkomen",
    "de Verordening Jeugdhulp aan te passen zodat de sociale basis als voorliggende voorziening geborgd is",
    "de ervaringen van jongeren en ouders met de toegang tot jeugdhulp te laten onderzoeken",
    "de uitkomsten van de regionale gesprekken terug te koppelen aan de gemeenteraad",
    "een voorstel te doen voor het normaliseren van lichte opvoedvragen binnen het lokale team",
)
MEASURES = (
    "We maken afspraken met het onderwijs zodat ondersteuning sneller ingezet kan worden.",
    "Het lokale team krijgt meer ruimte om zelf lichte hulp te bieden.",
    "We stellen een nieuwe Verordening Jeugdhulp op met duidelijkere grenzen aan de jeugdhulp.",
    "Samen met de huisartsen zetten we een praktijkondersteuner jeugd in.",
    "We investeren in jongerenwerk en opvoedondersteuning in de wijken.",
    "De inkoop van specialistische jeugdhulp wordt regionaal opnieuw ingericht.",
)
BACKGROUND = (
    "Jeugdhulp is geen doel op zich. We willen dat kinderen opgroeien tot veerkrachtige en gelukkige "
    "volwassenen die mee kunnen doen en een bijdrage leveren aan de samenleving. Dat vraagt veel van "
    "ouders, van het onderwijs en van ons als samenleving. De prestatiedruk op kinderen en hun gezinnen "
    "is hoog en dat zien we terug in het aantal kinderen dat een vorm van jeugdhulp ontvangt.",
    "Met normaliseren bedoelen we dat problemen bij het leven horen en dus normaal zijn, en dat niet "
    "voor alles gespecialiseerde hulp nodig is. Ouders en hun omgeving zijn in veel gevallen goed in "
    "staat om opvoedvragen in hun eigen netwerk op te lossen. Waar een beetje extra hulp nodig is, "
    "zijn er lokale voorzieningen die passen bij de aard van de hulpvraag.",
    "Preventie speelt een cruciale rol. Door lichte, laagdrempelige en vroegtijdige interventies aan te "
    "bieden, kunnen veel opgroei- en opvoedvragen worden opgevangen zonder dat specialistische hulp "
    "nodig is. Dit voorkomt escalatie, vermindert de behoefte aan zwaardere zorgtrajecten en versterkt "
    "de veerkracht van gezinnen.",
    "Passende hulp sluit nauw aan op de werkelijke behoefte van de jeugdige en het gezin. Dit vraagt om "
    "maatwerk en een integrale analyse van de hulpvraag: de juiste intensiteit, het juiste specialisme "
    "en de juiste duur. Passende hulp richt zich niet alleen op de jeugdige, maar op het hele "
    "gezinssysteem en de onderliggende zorgen.",
    "De gemeenten werken nauw samen binnen de jeugdhulp; zo kopen zij de specialistische jeugdhulp "
    "gezamenlijk in. Naast eenduidigheid voor de aanbieders biedt dat verbeterpunten voor de lokale "
    "teams, en zetten we nog steviger in op preventie en gezamenlijke maatregelen.",
    "Er zijn onvoldoende gekwalificeerde mensen om alle kinderen de ondersteuning te bieden die wordt "
    "gevraagd. De wachtlijsten lopen op en dat is onhoudbaar. Daarnaast stijgen de kosten nog steeds, "
    "en dat legt een te groot beslag op de middelen van de gemeente.",
    "Door laagdrempeliger, dichter bij de inwoner en zo kort mogelijk hulp te verlenen, willen we "
    "bijdragen aan het demedicaliseren en normaliseren in de jeugdhulp. Juist door eerder af te schalen, "
    "of niet op te schalen naar een individuele voorziening, houden we de hulpverlening in eigen hand.",
    "Jeugdigen groeien zo veel mogelijk thuis op, ondersteund door een sterke pedagogische basis in "
    "gezin, buurt en school. Als hulp toch nodig is, willen we die nabij en passend, en daarmee "
    "effectief en efficiënt, inzetten. Uithuisplaatsingen proberen we te voorkomen.",
    "De samenwerking tussen het lokale team, de huisartsen, de scholen en de jeugdhulpaanbieders is de "
    "sleutel tot hulp op het juiste moment. Professionals moeten zicht hebben op het volledige aanbod in "
    "de gemeente, inclusief jongerenwerk, sport, cultuur en voorzieningen van de Wmo.",
    "Ervaringsdeskundige jongeren en ouders, jeugdhulpaanbieders, gecertificeerde instellingen en het "
    "onderwijs zijn betrokken bij de totstandkoming van de plannen. Hun reacties waren overwegend "
    "positief, met de kanttekening dat de uitvoering met alle partners samen moet worden uitgewerkt.",
)
PROJECTS = ("Jeugdhulp naar de voorkant", "Sterke sociale basis", "Thuis opgroeien", "Samen voor de jeugd",
            "Preventie in de wijk", "Normaliseren werkt")
INITIALS = ("A.", "B.", "C.J.", "D.", "E.F.", "H.", "J.J.", "K.", "M.", "P.", "R.", "S.", "W.")
SURNAMES = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
            "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "van Leeuwen")
GLOSSARY = (
    ("Pedagogische basis", "de veilige, stabiele en stimulerende omgeving die ieder kind nodig heeft "
     "om gezond op te groeien"),
    ("Normaliseren", "erkennen dat problemen bij het leven horen en niet voor alles hulp nodig is"),
    ("Sociale basis", "de voorzieningen in de wijk waar inwoners zonder verwijzing terechtkunnen"),
    ("Specialistische jeugdhulp", "jeugdhulp die alleen met een verwijzing wordt ingezet"),
    ("Lokaal team", "het team van de gemeente dat vragen over opgroeien en opvoeden beantwoordt"),
)


def _laws(rng: random.Random, ref: Reference) -> list[Law]:
    """The Jeugdwet, sometimes with the Wmo 2015 (the laws youth-care documents rest on)."""
    by_id = {law.iri_tail: law for law in ref.laws}
    laws = [by_id.get("BWBR0034925", ref.laws[0])]
    if "BWBR0035362" in by_id and rng.random() < 0.3:
        laws.append(by_id["BWBR0035362"])
    return laws


def _person(rng: random.Random) -> str:
    return f"{rng.choice(INITIALS)} {rng.choice(SURNAMES)}"


def _paragraph(rng: random.Random, pool: tuple[str, ...], k: int) -> list[str]:
    return rng.sample(pool, min(k, len(pool)))


# --- the genres ---------------------------------------------------------------------------------

def _motie(rng: random.Random, doc: GeneratedDocument, ref: Reference, gm: Municipality,
           region: Region) -> str:
    day = _random_date(rng)
    doc.date = day.isoformat()
    theme = rng.choice(THEMES)
    laws = _laws(rng, ref)
    doc.laws += [law.iri_tail for law in laws]
    lines = [
        f"Motie {theme.removeprefix('de ').capitalize()} versterken",
        "",
        f"De raad van de gemeente {gm.name}, in vergadering bijeen op {dutch_date(day)},",
        "",
        "We stellen vast dat:",
        "",
    ]
    lines += [c + "\n" for c in _paragraph(rng, CONCERNS, rng.randint(2, 4))]
    lines += ["We hebben nagedacht over en houden rekening met:", ""]
    lines += [c + "\n" for c in _paragraph(rng, BACKGROUND, rng.randint(2, 6))]
    lines += [
        "We vinden dat:",
        "",
        f"De gemeenten in de jeugdregio {region.name} samen verantwoordelijk zijn voor de "
        f"jeugdhulp op grond van de {' en de '.join(law.name for law in laws)};",
        "",
        "We geven het college opdracht om:",
        "",
    ]
    count = rng.randint(1, 5)
    doc.assignments = count
    chosen = rng.sample(ASSIGNMENTS, count)
    for n, text in enumerate(chosen, start=1):
        end = ";" if n < count else "."
        if rng.random() < 0.5:
            phrase, due = quarter_deadline(day.year + rng.randint(1, 2), rng.randint(1, 4))
            doc.deadlines.append(due.isoformat())
            text = f"{text} en de raad daarover {phrase} te informeren"
        lines += [f"{n}. {text[0].upper()}{text[1:]}{end}", ""]
    lines += ["En gaat over tot de orde van de dag.", "", _person(rng), _person(rng)]
    return "\n".join(lines) + "\n"


def _raadsvoorstel(rng: random.Random, doc: GeneratedDocument, ref: Reference, gm: Municipality,
                   region: Region) -> str:
    day = _random_date(rng, 2020, 2026)
    doc.date = day.isoformat()
    start = day.year + 1
    vision = f"Regiovisie Jeugdhulp {region.name} {start}-{start + 4}"
    members = ref.members(region.cbs_code)
    body = region.body or f"het samenwerkingsverband van de jeugdregio {region.name}"
    law = _laws(rng, ref)[0]
    doc.laws.append(law.iri_tail)
    bw_day = day - timedelta(days=7)
    points = [f"De {vision} vast te stellen."]
    due: date | None = None
    if rng.random() < 0.6:
        points.append("Het college te verzoeken de raad jaarlijks te informeren over de uitvoering "
                      "van de regiovisie.")
    if rng.random() < 0.4:
        phrase, due = quarter_deadline(start, rng.randint(1, 4))
        points.append(f"Het college op te dragen het lokale uitvoeringsplan {phrase} aan de raad "
                      "voor te leggen.")
    # the proposal lists the points it asks the council to decide, the decision repeats them
    doc.decisions = 2 * len(points)
    if due:
        doc.deadlines += [due.isoformat()] * 2
    lines = [
        f"Gemeente {gm.name}",
        "",
        "RAADSVOORSTEL",
        "",
        f"Registratienummer : {rng.randrange(1_000_000, 9_999_999)}",
        f"Datum besluit B&W : {bw_day.strftime('%d-%m-%Y')}",
        f"Portefeuillehouder : {_person(rng)}",
        "",
        f"Raadsvoorstel tot Vaststellen {vision}",
        "",
        f"{gm.name}, {dutch_date(day)}",
        "",
        "Aan de gemeenteraad,",
        "",
        "Welk besluit moet worden genomen?",
        "",
        *(f"- {n}) {text}" for n, text in enumerate(points, start=1)),
        "",
        "Wat is samenvattend de kern van dit advies?",
        "",
        f"De {vision} beschrijft de gezamenlijke ambitie van de gemeenten in de regio {region.name}: "
        f"zo veel mogelijk jeugdigen groeien thuis op. Pas als alle {len(members)} gemeenten de "
        "regiovisie hebben vastgesteld, is de regiovisie van kracht.",
        "",
        "Wat is de aanleiding voor dit advies?",
        "",
        f"De {law.name} en de Wet verbetering beschikbaarheid jeugdzorg verplichten de gemeenten "
        f"in de regio om een gezamenlijke visie vast te stellen. {body[0].upper()}{body[1:]} heeft "
        "de visie voor besluitvorming aan de gemeenten verstuurd.",
        "",
    ]
    lines += [c + "\n" for c in _paragraph(rng, CONCERNS, rng.randint(1, 3))]
    lines += ["Wat zijn de argumenten voor dit advies?", ""]
    lines += [c + "\n" for c in _paragraph(rng, BACKGROUND, rng.randint(3, 8))]
    lines += [
        "Hoogachtend,",
        f"Burgemeester en wethouders van {gm.name},",
        "",
        "RAADSBESLUIT",
        "",
        f"Registratienummer : {rng.randrange(1_000_000, 9_999_999)}",
        "",
        f"Besluit van de gemeenteraad van {gm.name}",
        "",
        f"Gelezen het voorstel van burgemeester en wethouders van {dutch_date(bw_day)};",
        "",
        "Besluit:",
        "",
    ]
    lines += [f"{n}. {text}" for n, text in enumerate(points, start=1)]
    lines += [
        "",
        f"Aldus besloten in de openbare vergadering van de gemeenteraad van {gm.name}, gehouden op "
        f"{dutch_date(day + timedelta(days=rng.randint(14, 60)))}.",
        "",
        "De griffier,",
        "",
        "De burgemeester,",
        "",
    ]
    if rng.random() < 0.3:
        lines += ["REGIOVISIE", "", f"Jeugdhulp {region.name}", "",
                  f"In de regiovisie voor {start}-{start + 4} beschrijven de gemeenten hun "
                  "gezamenlijke ambitie.",
                  "", "Begrippenlijst", ""]
        for term, definition in rng.sample(GLOSSARY, rng.randint(2, len(GLOSSARY))):
            lines += [f"{term}: {definition}.", ""]
    return "\n".join(lines) + "\n"


def _raadsinformatiebrief(rng: random.Random, doc: GeneratedDocument, ref: Reference, gm: Municipality,
                          region: Region) -> str:
    day = _random_date(rng)
    doc.date = day.isoformat()
    meeting = day - timedelta(days=rng.randint(10, 90))
    project = rng.choice(PROJECTS)
    regional = rng.randrange(100, 2_000) * 1_000
    local = max(1_000, regional // max(2, len(ref.members(region.cbs_code))) // 500 * 500)
    doc.amounts += [str(Decimal(regional)), str(Decimal(regional)), str(Decimal(local))]
    lines = [
        "Raadsinformatiebrief",
        "",
        f"Onderwerp: {project}",
        f"Datum: {dutch_date(day)}",
        "",
        "1. Wat is de aanleiding?",
        "",
        f"De kosten voor jeugdhulp in de regio {region.name} lopen op. In de vergadering van "
        f"{dutch_date(meeting)} heeft het algemeen bestuur een regionaal budget van {euro(regional)} "
        f"vrijgemaakt voor het project {project}.",
        "",
        "Beoogd resultaat",
        "",
        "Het beoogde resultaat is dat met een lokaal preventief aanbod de vraag naar geïndiceerde "
        "jeugdhulp afneemt.",
        "",
        "Argumenten",
        "",
        *(c + "\n" for c in _paragraph(rng, BACKGROUND, rng.randint(2, 6))),
        "Financiën",
        "",
        f"Er is een bedrag van {euro(regional)},= beschikbaar gesteld voor de gehele regio. Voor "
        f"{gm.name} komt dat neer op {euro(local)},=.",
        "",
    ]
    if rng.random() < 0.5:
        before = rng.randrange(10, 60) * 1_000
        after = before // 2
        doc.amounts += [str(Decimal(before)), str(Decimal(after))]
        lines += [f"Voor begeleiding gaan de kosten van {euro(before)},= naar {euro(after)},=.", ""]
    organisation = rng.choice(ref.organisations)
    lines += [
        "Uitvoering",
        "",
        f"De gemeente voert de regie; {organisation} en het lokale team voeren uit.",
        "",
        "Met vriendelijke groet,",
        f"burgemeester en wethouders van {gm.name}",
    ]
    return "\n".join(lines) + "\n"


def _nieuwsbericht(rng: random.Random, doc: GeneratedDocument, ref: Reference, gm: Municipality,
                   region: Region) -> str:
    day = _random_date(rng)
    doc.date = day.isoformat()
    neighbours = [m.name for m in ref.members(region.cbs_code) if m.cbs_code != gm.cbs_code]
    together = " en ".join(rng.sample(neighbours, min(2, len(neighbours))))
    lines = [
        "Ga naar de inhoud",
        "",
        f"Maatregelen voor betaalbare jeugdhulp in {gm.name}",
        "",
        dutch_date(day),
        "",
        f"De jeugdhulp in {gm.name} staat onder druk. {rng.choice(CONCERNS)}",
        "",
        "Om dit voor elkaar te krijgen zetten we verschillende stappen:",
        "",
    ]
    lines += [f"  • {m}" for m in _paragraph(rng, MEASURES, rng.randint(2, 4))]
    lines += [""]
    lines += [c + "\n" for c in _paragraph(rng, BACKGROUND, rng.randint(2, 6))]
    lines += [
        f"De gemeente werkt hierin samen met {together or 'de andere gemeenten'} in de jeugdregio "
        f"{region.name}.",
        "",
        f"Wethouder {_person(rng)}: “We zetten in op {rng.choice(THEMES)}, zodat jeugdigen de hulp "
        "krijgen die ze nodig hebben.”",
        "",
        "Ga naar het begin",
    ]
    return "\n".join(lines) + "\n"


_WRITERS = {
    "motie": _motie,
    "raadsvoorstel": _raadsvoorstel,
    "raadsinformatiebrief": _raadsinformatiebrief,
    "nieuwsbericht": _nieuwsbericht,
}


def generate_document(index: int, seed: int, reference: Reference, *, variant: int = 0) -> GeneratedDocument:
    """Document ``index`` of the corpus for ``seed`` (``variant`` > 0: an edited version of it)."""
    rng = random.Random(f"{seed}:{index}:{variant}")
    file_rng = random.Random(f"{seed}:{index}")
    genre = file_rng.choices(GENRES, GENRE_WEIGHTS)[0]
    gm = file_rng.choice(reference.issuers)
    region = next(r for r in reference.regions if r.cbs_code == gm.region_code)
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:16]
    doc = GeneratedDocument(index, f"{index:06d}_{digest}.txt", genre, gm.cbs_code, region.cbs_code, "")
    doc.text = _WRITERS[genre](rng, doc, reference, gm, region)
    return doc


def generate(n: int, seed: int, reference: Reference | None = None) -> Iterator[GeneratedDocument]:
    reference = reference or load_reference()
    for index in range(n):
        yield generate_document(index, seed, reference)


def write_corpus(out: Path, n: int, seed: int, *, manifest: Path | None = None) -> list[Path]:
    """Write documents ``0..n-1`` into ``out`` (existing identical files are left alone)."""
    out.mkdir(parents=True, exist_ok=True)
    reference = load_reference()
    paths: list[Path] = []
    handle = manifest.open("w", encoding="utf-8") if manifest else None
    try:
        for doc in generate(n, seed, reference):
            path = out / doc.file_name
            data = doc.text.encode("utf-8")
            if not path.exists() or path.stat().st_size != len(data) or path.read_bytes() != data:
                path.write_bytes(data)
            paths.append(path)
            if handle:
                handle.write(json.dumps(doc.manifest(), ensure_ascii=False) + "\n")
    finally:
        if handle:
            handle.close()
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="seed value (default 1)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "data" / "corpus")
    parser.add_argument("--manifest", type=Path, help="write the stated facts per document as JSON lines")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.n, args.seed, manifest=args.manifest)
    print(f"{len(paths)} documenten in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

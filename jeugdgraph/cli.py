"""The ``jeugdgraph`` command line: a thin layer over the library.

Every command turns a ``JeugdgraphError`` into one clear sentence and a non-zero exit code;
nobody sees a traceback unless they ask for it with ``JEUGDGRAPH_DEBUG=1``. Each command imports
its stage of the library when it runs, so that ``jeugdgraph --help`` and every command start fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .build_phases import dutch_line
from .cli_common import StoreOption, StoreTarget, console, err_console, friendly_errors
from .cli_dutch import DutchTyper
from .cli_imports import import_regions_command, import_tooi_command
from .cli_train import train_command
from .errors import JeugdgraphError, QueryError
from .namespaces import PREFIXES
from .ox_answers import returned
from .sparql_texts import sparql

app = DutchTyper(
    name="jeugdgraph",
    help="Jeugdhulpdocumenten als gekoppelde, gevalideerde kennisgraaf (RDF + SPARQL).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
@app.command()
@friendly_errors
def build(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Documenten of mappen (standaard: seeds/).")
    ] = None,
    store: StoreTarget = "store",
    workers: Annotated[int, typer.Option(help="Aantal processen voor extractie.")] = 1,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Sla SHACL-validatie over.")] = False,
) -> None:
    """Bouw de graaf uit documenten in een store (standaard de seed-documenten)."""
    from .build import build_store

    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err_console, transient=True,
    ) as progress:
        task = progress.add_task("Documenten verwerken", total=None)
        report = build_store(
            paths or None, store, workers=workers, validate=not no_validate,
            on_document=lambda _outcome: progress.advance(task),
        )
    print_build_report(report)
    if report.validation is not None and not report.validation.conforms:
        raise typer.Exit(3)


def print_build_report(report) -> None:  # noqa: ANN001 - BuildReport
    table = Table(title=f"Store {report.store_dir}", show_lines=False)
    table.add_column("document")
    table.add_column("status")
    table.add_column("triples", justify="right")
    table.add_column("feiten")
    for outcome in report.documents:
        if outcome.built:
            facts = ", ".join(f"{k} {v}" for k, v in outcome.facts.items() if v)
            if outcome.notes:
                facts = "; ".join([facts, *outcome.notes]) if facts else "; ".join(outcome.notes)
            table.add_row(outcome.slug, "[green]gebouwd[/]", str(outcome.triples), facts)
        else:
            table.add_row(outcome.slug, "[yellow]overgeslagen[/]", "", outcome.reason or "")
    console.print(table)
    graphs = Table(title="Triples per graaf")
    graphs.add_column("graaf")
    graphs.add_column("triples", justify="right")
    for graph, count in report.triples_per_graph.items():
        graphs.add_row(graph or "(default)", str(count))
    console.print(graphs)
    summary = (
        f"{len(report.built)} documenten gebouwd, {len(report.skipped)} overgeslagen, "
        f"{report.total_triples} triples in {report.seconds:.1f} s."
    )
    if report.validation is not None:
        violations = report.validation.violations()
        summary += " Validatie: " + (
            "geen overtredingen." if report.validation.conforms else f"{len(violations)} overtredingen."
        )
        if not report.validation.conforms:
            console.print(report.validation.text("nl"))
    console.print(summary)
    if report.cpu:
        console.print(dutch_line(report.cpu))


class ReportFormat(StrEnum):
    text = "text"
    ttl = "ttl"


@app.command()
@friendly_errors
def validate(
    store: StoreOption = Path("store"),
    format: Annotated[ReportFormat, typer.Option("--format", help="text of ttl")] = ReportFormat.text,
    lang: Annotated[str, typer.Option(help="Taal van de meldingen: nl of en.")] = "nl",
) -> None:
    """Valideer een store tegen de SHACL-shapes."""
    from .store import open_store
    from .validation import validate_store

    report = validate_store(open_store(store, read_only=True))
    if format is ReportFormat.ttl:
        sys.stdout.write(report.turtle())
    else:
        console.print(report.text(lang))
    if not report.conforms:
        raise typer.Exit(3)


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    xml = "xml"
    ttl = "ttl"
    nt = "nt"


_RESULT_FORMATS = {
    QueryFormat.json: ox.QueryResultsFormat.JSON,
    QueryFormat.csv: ox.QueryResultsFormat.CSV,
    QueryFormat.tsv: ox.QueryResultsFormat.TSV,
    QueryFormat.xml: ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    QueryFormat.ttl: ox.RdfFormat.TURTLE, QueryFormat.nt: ox.RdfFormat.N_TRIPLES,
    QueryFormat.json: ox.RdfFormat.JSON_LD, QueryFormat.xml: ox.RdfFormat.RDF_XML,  # the standard for triples
}


def _term_text(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", str(term))
    for prefix, iri in PREFIXES.items():
        if isinstance(term, ox.NamedNode) and value.startswith(iri):
            return f"{prefix}:{value[len(iri):]}"
    return value


@app.command()
@friendly_errors
def query(
    sparql: Annotated[str, typer.Argument(help="SPARQL-query (standaardprefixen zijn al gedeclareerd).")],
    store: StoreOption = Path("store"),
    format: Annotated[QueryFormat, typer.Option(
        "--format", help="table (standaard), json, xml, csv of tsv (SPARQL-resultaten; bij CONSTRUCT en "
        "DESCRIBE json = JSON-LD, xml = RDF/XML), ttl of nt.")] = QueryFormat.table,
) -> None:
    """Voer een SPARQL-query uit op een store; de standaardgraaf is de vereniging van alle grafen.
    Het antwoord is altijd volledig: de CLI kent geen rijlimiet."""
    from .store import open_store

    db = open_store(store, read_only=True)
    try:
        result = db.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"De query is ongeldig: {exc}") from None
    if isinstance(result, ox.QueryTriples):
        if format in (QueryFormat.csv, QueryFormat.tsv):
            raise QueryError("CSV en TSV passen alleen bij SELECT- en ASK-queries; kies ttl, nt, json "
                             "of xml.")
        fmt = _GRAPH_FORMATS.get(format, ox.RdfFormat.TURTLE)
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        sys.stdout.buffer.write(returned(ox.serialize(result, format=fmt, prefixes=prefixes)))
        return
    if format in _RESULT_FORMATS:  # SPARQL JSON, XML, CSV or TSV, for SELECT and ASK alike
        sys.stdout.buffer.write(returned(result.serialize(format=_RESULT_FORMATS[format])))
        return
    if format in _GRAPH_FORMATS:
        raise QueryError("Turtle en N-Triples passen alleen bij CONSTRUCT- en DESCRIBE-queries.")
    if isinstance(result, ox.QueryBoolean):
        console.print("ja" if bool(result) else "nee")
        return
    variables = [v.value for v in result.variables]
    table = Table(*variables)
    rows = 0
    for solution in result:
        table.add_row(*(_term_text(solution[v]) for v in variables))
        rows += 1
    console.print(table)
    err_console.print(f"{rows} {'rij' if rows == 1 else 'rijen'} (volledig, zonder rijlimiet)")


class ExportFormat(StrEnum):
    trig = "trig"
    nq = "nq"
    ttl = "ttl"


@app.command()
@friendly_errors
def export(
    store: StoreOption = Path("store"),
    format: Annotated[ExportFormat, typer.Option(
        "--format", help="trig (alle grafen), nq (N-Quads) of ttl (vereniging).")] = ExportFormat.trig,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Bestand (standaard: stdout).")
    ] = None,
) -> None:
    """Exporteer de hele store: TriG of N-Quads met alle grafen, of Turtle (vereniging)."""
    from .store import open_store

    db = open_store(store, read_only=True)
    if format is ExportFormat.ttl:
        union = db.query(sparql("store-union"))
        assert isinstance(union, ox.QueryTriples)  # a CONSTRUCT
        data = returned(ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    elif format is ExportFormat.trig:
        data = returned(db.dump(format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    else:
        data = returned(db.dump(format=ox.RdfFormat.N_QUADS))
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        err_console.print(f"{len(data)} bytes geschreven naar {output}")


@app.command()
@friendly_errors
def evaluate(
    gold_dir: Annotated[
        Path | None,
        typer.Argument(help="Map met gouden annotaties (*.yaml; submappen apart). Zonder: het hele "
                            "evaluatiecorpus, geschreven naar tests/evaluation/RESULTS.md."),
    ] = None,
    store: StoreOption = Path("store"),
    details: Annotated[bool, typer.Option(help="Toon per document wat fout of gemist is.")] = False,
    half: Annotated[str | None, typer.Option(
        help="Alleen deze helft van het evaluatiecorpus meten (dev of test); de tabel van de andere "
             "helft in RESULTS.md blijft zoals hij is.")] = None,
) -> None:
    """Meet de graaf tegen gouden annotaties: precisie en recall per soort feit."""
    if gold_dir is None:
        from .corpus_eval import format_half
        from .evaluation_report import HALVES, RESULTS_PATH, measure_halves, write_results

        if half is not None and half not in HALVES:
            raise typer.BadParameter(f"kies een van: {', '.join(HALVES)}", param_hint="--half")
        halves = HALVES if half is None else (half,)
        if details:
            for result in measure_halves(halves=halves):
                typer.echo(f"== {result.half}")
                typer.echo("\n".join(format_half(result, per_document=True)))
        typer.echo(write_results(halves=halves))
        err_console.print(f"Geschreven: {RESULTS_PATH}")
        return
    from .evaluate import evaluate as run_evaluation
    from .evaluate import format_report

    console.print(format_report(run_evaluation(gold_dir, store)), markup=False, highlight=False)


app.command("import-tooi")(import_tooi_command)
app.command("import-regions")(import_regions_command)
app.command("train")(train_command)


class VizFormat(StrEnum):
    html = "html"
    graphml = "graphml"
    gexf = "gexf"
    png = "png"
    svg = "svg"
    json = "json"


@app.command()
@friendly_errors
def viz(
    output: Annotated[Path, typer.Option("--output", "-o", help="Bestand om te schrijven.")],
    store: StoreOption = Path("store"),
    format: Annotated[VizFormat, typer.Option("--format", help="html, graphml, gexf, png, svg of json.")] = (
        VizFormat.html),
    regio: Annotated[str | None, typer.Option(
        "--region", "--regio", help="Alleen deze jeugdregio (slug of naam).")] = None,
    gemeente: Annotated[str | None, typer.Option(
        "--municipality", "--gemeente", help="Alleen deze gemeente (CBS-code of naam).")] = None,
    kinds: Annotated[str | None, typer.Option(
        help="Soorten knopen, met komma's (standaard de hoofdsoorten).")] = None,
    van: Annotated[str | None, typer.Option(
        "--from", "--van", help="Documenten gedateerd op of na (JJJJ-MM-DD).")] = None,
    tot: Annotated[str | None, typer.Option(
        "--to", "--tot", help="Documenten gedateerd op of voor (JJJJ-MM-DD).")] = None,
    link_base: Annotated[str | None, typer.Option(
        "--link-base", help="HTML: klik opent de pagina op deze jeugdgraph-server (http://127.0.0.1:8000) "
        "in plaats van de IRI.")] = None,
) -> None:
    """Teken het netwerk van gemeenten, regio's, documenten en besluiten als bestand."""
    from .store import open_store
    from .viz import NetworkFilter, build_network
    from .viz_export import write_network
    from .viz_queries import store_query_rows

    flt = NetworkFilter.parse(regio=regio, gemeente=gemeente, kinds=kinds, van=van, tot=tot)
    graph = build_network(store_query_rows(open_store(store, read_only=True)), flt)
    write_network(graph, output, format.value, link_base=link_base)
    err_console.print(
        f"{graph.number_of_nodes()} knopen en {graph.number_of_edges()} verbindingen geschreven naar {output}"
    )


@app.command()
@friendly_errors
def kaart(
    output: Annotated[Path, typer.Option("--output", "-o", help="Bestand: .svg, .png of .geojson.")],
    store: StoreOption = Path("store"),
    format: Annotated[str | None, typer.Option(
        "--format", help="svg, png of geojson (standaard: naar de extensie van het bestand).")] = None,
    regio: Annotated[str | None, typer.Option(
        "--region", "--regio", help="Kaart rond deze jeugdregio (slug of naam).")] = None,
    gemeente: Annotated[str | None, typer.Option(
        "--municipality", "--gemeente", help="Kaart rond deze gemeente (CBS-code of naam).")] = None,
    datum: Annotated[str | None, typer.Option(
        "--date", "--datum", help="Indeling op deze datum (JJJJ-MM-DD); standaard vandaag.")] = None,
) -> None:
    """Teken de kaart van gemeenten naar jeugdregio als SVG of PNG (of schrijf haar als GeoJSON)."""
    from .geo.export import write_map_file
    from .store import open_store
    from .viz_queries import store_query_rows

    rows = store_query_rows(open_store(store, read_only=True))
    written = write_map_file(rows, output, format, regio=regio, gemeente=gemeente, datum=datum)
    err_console.print(f"Kaart geschreven naar {written} (Bron: CBS / PDOK, CC BY 4.0)")


@app.command()
@friendly_errors
def afleiden(store: StoreOption = Path("store")) -> None:
    """Maak de afgeleide graaf (jgi:graph/afgeleid) van een bestaande store opnieuw, met alle regels,
    blokken en tellingen, zonder de documenten opnieuw te verwerken; stop eerst een server die de
    store gebruikt."""
    from .build import rederive

    made = rederive(store)
    err_console.print(f"Afgeleide graaf opnieuw gemaakt in {store}: {made} afgeleide uitspraken.")


@app.command()
@friendly_errors
def serve(
    store: Annotated[str | None, typer.Option(
        "--store", help="Map van de store (zonder: eerst de seed-documenten bouwen in een tijdelijke store)."
    )] = None,
    host: Annotated[str | None, typer.Option(help="Adres om op te luisteren (standaard 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Poort (standaard 8000).")] = None,
) -> None:
    """Start de SPARQL-server met querypagina; instellingen ook via JEUGDGRAPH_*-variabelen."""
    from .server.serve import serve as run_server
    from .settings import Settings

    run_server(Settings.from_env(store=store, host=host, port=port), say=err_console.print)


ServerOption = Annotated[str, typer.Option(
    "--server", envvar="JEUGDGRAPH_SERVER", help="Adres van de draaiende server, bijv. http://127.0.0.1:8000."
)]
TokenOption = Annotated[str, typer.Option(
    "--token", envvar="JEUGDGRAPH_TOKEN", help="Schrijftoken (of zet JEUGDGRAPH_TOKEN).", show_default=False
)]


def _report_refusal(exc: JeugdgraphError) -> None:
    report = getattr(exc, "report", None)
    if report is not None and hasattr(report, "text"):
        err_console.print(report.text("nl"), markup=False)


@app.command("add-document")
@friendly_errors
def add_document(
    file: Annotated[Path, typer.Argument(help="Het document: .txt, .md, .html of .pdf.")],
    server: ServerOption,
    token: TokenOption,
    title: Annotated[str | None, typer.Option(help="Titel.")] = None,
    date: Annotated[str | None, typer.Option(help="Datum, JJJJ-MM-DD.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Soort: motie, raadsvoorstel, ...")] = None,
    municipality: Annotated[str | None, typer.Option(help="Gemeente: CBS-code of naam.")] = None,
    source_url: Annotated[str | None, typer.Option(help="Waar het document staat.")] = None,
) -> None:
    """Voeg een document toe aan een draaiende server (of vervang het), na validatie."""
    from . import client

    metadata = {
        "title": title, "date": date, "type": type, "municipality": municipality, "source_url": source_url,
    }
    try:
        result = client.add_document(server, token, file, {k: v for k, v in metadata.items() if v})
    except JeugdgraphError as exc:
        _report_refusal(exc)
        raise
    verb = "toegevoegd" if result.get("resultaat") == "created" else "vervangen"
    console.print(f"Document {result.get('document')} {verb}: {result.get('triples_na')} triples "
                  f"in {result.get('graaf')}.")
    for warning in result.get("waarschuwingen", []):
        err_console.print(f"[yellow]Waarschuwing:[/] {warning}")


@app.command("delete-document")
@friendly_errors
def delete_document(
    slug: Annotated[str, typer.Argument(help="Documentnaam, zoals 004_33a8688e64a59d40.")],
    server: ServerOption,
    token: TokenOption,
) -> None:
    """Verwijder een document (zijn graaf) van een draaiende server."""
    from . import client

    try:
        result = client.delete_document(server, token, slug)
    except JeugdgraphError as exc:
        _report_refusal(exc)
        raise
    console.print(f"Document {slug} verwijderd ({result.get('triples_voor')} triples).")


@app.command("hash-token")
@friendly_errors
def hash_token(
    token: Annotated[str, typer.Argument(
        help="Het token; '-' leest het van stdin (dan blijft het uit de shellgeschiedenis)."
    )],
) -> None:
    """Druk de sha256-digest van een schrijftoken af, voor JEUGDGRAPH_WRITE_TOKENS."""
    from .audit import token_digest

    if token == "-":
        token = sys.stdin.readline().rstrip("\r\n")
    if not token:
        raise JeugdgraphError("Geef een niet-leeg token.")
    print(token_digest(token))


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

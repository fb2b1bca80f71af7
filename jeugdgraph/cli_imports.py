"""The import commands: registers (TOOI value lists, CBS region tables) into the project's tables or
beside a store. Imports of the library happen per command, so ``jeugdgraph --help`` starts fast."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_common import StoreOption, console, friendly_errors


def _save_and_reload_reference(graph, source: Path, store: Path) -> None:  # noqa: ANN001 - rdflib Graph
    """Keep a converted list beside the store and refresh the store's reference graph with it."""
    from .importers import ImportSummary, save_import
    from .namespaces import GRAPH_REFERENCE
    from .reference import load_reference_graph
    from .settings import Settings
    from .store import import_files, is_store_dir, open_store, replace_graph

    saved = save_import(graph, store, source)
    message = f"{ImportSummary.of(graph).text()} Opgeslagen als {saved}"
    if is_store_dir(store):
        reference = load_reference_graph(Settings.from_env().reference_dir, import_files(store))
        replace_graph(open_store(store), GRAPH_REFERENCE, reference)
        message += f"; referentiegraaf in {store} bijgewerkt ({len(reference)} triples)."
    else:
        message += f"; de volgende 'jeugdgraph build --store {store}' neemt het mee."
    console.print(message, markup=False, highlight=False, soft_wrap=True)


@friendly_errors
def import_tooi_command(
    files: Annotated[list[Path], typer.Argument(help="TOOI-waardelijsten (JSON-LD).")],
    naar: Annotated[Path | None, typer.Option(
        help="Map voor de projecttabellen (tooi-*.csv); standaard de referentiemap.")] = None,
    store: Annotated[Path | None, typer.Option(
        help="Bewaar de omgezette lijst naast deze store (DIR/imports) in plaats van als tabel.")] = None,
) -> None:
    """Zet TOOI-waardelijsten om in de registertabellen van het project (met --store: naast een store)."""
    from .importers import import_tooi
    from .importers.tooi_tables import read_register, write_register
    from .settings import Settings

    if store is not None:
        for file in files:
            _save_and_reload_reference(import_tooi(file), file, store)
        return
    folder = naar or Settings.from_env().reference_dir
    for file in files:
        tables = read_register(file)
        written = write_register(tables, folder)
        console.print(f"{tables.summary()} Geschreven: {', '.join(str(p) for p in written)}.",
                      markup=False, highlight=False, soft_wrap=True)


@friendly_errors
def import_regions_command(
    csv_file: Annotated[Path, typer.Argument(metavar="CSV", help="CBS-tabel gemeente -> jeugdregio (CSV).")],
    store: StoreOption = Path("store"),
    naar: Annotated[Path | None, typer.Option(
        help="Schrijf de tabel als jeugdregio_2016.csv in deze map in plaats van naast een store.")] = None,
) -> None:
    """Importeer een CBS-tabel van gemeenten en hun jeugdregio (of de lijst van jeugdregio's)."""
    from .importers import import_regions

    if naar is not None:
        from .importers.region_tables import write_region_table

        console.print(f"Geschreven: {write_region_table(csv_file, naar)}.", markup=False, highlight=False)
        return
    _save_and_reload_reference(import_regions(csv_file), csv_file, store)

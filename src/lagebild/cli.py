"""The lagebild command line: extract, ingest, show, export, demo, evaluate."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News articles in, a structured, sourced, geocoded record of what happened out.")


@app.callback()
def main() -> None:
    """lagebild: who did what to whom, where, when, how many, according to whom."""


@app.command()
def extract(paths: List[Path] = typer.Argument(..., help="Files or folders (txt, html, jsonl, rss/atom, warc)."),
            published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601) for every input."),
            lang: str = typer.Option("auto", help="de, en or auto."),
            format: str = typer.Option("json", help="json, jsonl or table."),
            tokens: bool = typer.Option(True, help="Include the token layer in the record.")):
    """Print the record of every article found."""
    from .ingest import IngestError, read
    from .pipeline import extract as run

    failed = 0
    first = True
    if format == "json":
        sys.stdout.write("[")
    for item in read(paths, published=published, language=None if lang == "auto" else lang):
        if isinstance(item, IngestError):
            typer.echo(f"error: {item}", err=True)
            failed += 1
            continue
        rec = run(item, with_tokens=tokens)
        if format == "json":
            sys.stdout.write(("\n" if first else ",\n") + rec.to_json(indent=1))
        else:
            sys.stdout.write(rec.to_json() + "\n")
        first = False
    if format == "json":
        sys.stdout.write("\n]\n")
    raise typer.Exit(1 if failed else 0)


if __name__ == "__main__":
    app()

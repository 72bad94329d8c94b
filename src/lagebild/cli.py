"""The lagebild command line: extract, ingest, show, export, demo."""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News articles in, a structured, sourced, geocoded record of what happened out.")
# error lines are one line each, whatever the terminal width: users grep them
err = Console(stderr=True, soft_wrap=True)
out = Console()

DB_HELP = "DuckDB file (default: $LAGEBILD_DB or ~/.local/share/lagebild/lagebild.duckdb)."


@app.callback()
def main() -> None:
    """lagebild: who did what to whom, where, when, how many, according to whom."""


def _lang(lang: str) -> str | None:
    if lang not in ("auto", "de", "en"):
        raise typer.BadParameter(f"--lang must be de, en or auto, not {lang!r}")
    return None if lang == "auto" else lang


@app.command()
def extract(paths: List[Path] = typer.Argument(..., help="Files or folders (txt, html, jsonl, rss/atom, warc)."),
            published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601) for every input."),
            lang: str = typer.Option("auto", help="de, en or auto."),
            format: str = typer.Option("json", help="json, jsonl or table."),
            tokens: bool = typer.Option(True, help="Include the token layer in the record.")):
    """Print the record of every article found."""
    from .ingest import IngestError, read
    from .pipeline import extract as run

    if format not in ("json", "jsonl", "table"):
        raise typer.BadParameter(f"--format must be json, jsonl or table, not {format!r}")
    published = _check_date(published)
    failed = 0
    records = 0
    for item in read(paths, published=published, language=_lang(lang)):
        if isinstance(item, IngestError):
            err.print(f"[red]error[/red]: {item}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        try:
            rec = run(item, with_tokens=tokens)
        except Exception as e:  # one bad article never stops the batch
            err.print(f"[red]error[/red]: {item.path or item.id}: extraction failed: {e!r}", highlight=False)
            failed += 1
            continue
        if format == "json":
            sys.stdout.write(("[\n" if records == 0 else ",\n") + rec.to_json(indent=1))
        elif format == "jsonl":
            sys.stdout.write(rec.to_json() + "\n")
        else:
            from .summary import record_tables

            for table in record_tables(rec):
                out.print(table)
        records += 1
    if format == "json":
        sys.stdout.write("\n]\n" if records else "[]\n")
    raise typer.Exit(1 if failed else 0)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    from .ingest import check_published

    try:
        return check_published(value)
    except ValueError as e:
        raise typer.BadParameter(f"--published: {e}")


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help="Files or folders (txt, html, jsonl, rss/atom, warc)."),
           db: Optional[Path] = typer.Option(None, help=DB_HELP),
           published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601) for every input."),
           lang: str = typer.Option("auto", help="de, en or auto."),
           workers: int = typer.Option(0, help="Extraction processes; 0 = one per CPU core. On Linux "
                                          "they share the models, loaded once.")):
    """Extract and store every article found; articles already stored are skipped."""
    from .store import Store
    from .store.batch import ingest_paths, print_summary

    with Store(db) as store:
        summary = ingest_paths(store, paths, published=_check_date(published), language=_lang(lang),
                               console=err, workers=workers if workers > 0 else (os.cpu_count() or 1))
        print_summary(summary, err, db=store.path)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def show(article_id: str = typer.Argument(..., help="An article id (or a unique prefix of one)."),
         db: Optional[Path] = typer.Option(None, help=DB_HELP),
         format: str = typer.Option("json", help="json or table.")):
    """Print one stored record."""
    from .store import Store

    with _open_read(db) as store:
        full = store.resolve_id(article_id)
        rec = store.get(full) if full else None
    if rec is None:
        err.print(f"[red]error[/red]: no article {article_id!r} in {store.path}", highlight=False)
        raise typer.Exit(1)
    if format == "table":
        from .summary import record_tables

        for table in record_tables(rec):
            out.print(table)
    else:
        sys.stdout.write(rec.to_json(indent=1) + "\n")


def _open_read(db: Path | None):
    from .store import Store

    try:
        return Store(db, read_only=True)
    except FileNotFoundError as e:
        err.print(f"[red]error[/red]: {e}; run `lagebild ingest` first", highlight=False)
        raise typer.Exit(1)


@app.command()
def export(format: str = typer.Option("jsonl", help="jsonl (full records) or csv (one row per event)."),
           db: Optional[Path] = typer.Option(None, help=DB_HELP),
           output: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default: stdout).")):
    """Export the stored records: JSONL, or CSV with one row per event (ACLED-like)."""
    from .summary import EVENT_COLUMNS, event_rows

    if format not in ("jsonl", "csv"):
        raise typer.BadParameter(f"--format must be jsonl or csv, not {format!r}")
    with _open_read(db) as store:
        fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if format == "jsonl":
                for rec in store.records():
                    fh.write(rec.to_json() + "\n")
            else:
                w = csv.DictWriter(fh, fieldnames=EVENT_COLUMNS)
                w.writeheader()
                for rec in store.records():
                    w.writerows(event_rows(rec))
        finally:
            if output:
                fh.close()


@app.command()
def demo(db: Optional[Path] = typer.Option(None, help=DB_HELP)):
    """Extract and store the bundled example articles (anew: records an older version stored
    are replaced) and print what was found."""
    from . import examples
    from .store import Store
    from .store.batch import ingest_articles, print_summary
    from .summary import demo_report

    arts = examples.load()
    with Store(db) as store:
        for a in arts:
            store.delete(a.id)
        summary = ingest_articles(store, arts, console=err)
        print_summary(summary, err, db=store.path)
        for a in arts:
            rec = store.get(a.id)
            if rec is not None:
                demo_report(rec, out)
    raise typer.Exit(1 if summary.failed else 0)


evaluate_app = typer.Typer(no_args_is_help=True, help="Measure a component against annotated data.")
app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("ner")
def evaluate_ner(file: Path = typer.Argument(..., help="Annotated file (GermEval TSV or CoNLL IOB)."),
                 format: str = typer.Option("germeval", help="germeval or conll."),
                 lang: str = typer.Option("de", help="de or en.")):
    """P/R/F1 per type and overall (strict outer spans, PER/ORG/LOC/MISC) of the NER model."""
    from .entities.evaluate import evaluate, format_report

    if format not in ("germeval", "conll"):
        raise typer.BadParameter(f"--format must be germeval or conll, not {format!r}")
    if not file.is_file():
        err.print(f"[red]error[/red]: {file}: no such file", highlight=False)
        raise typer.Exit(1)
    try:
        result = evaluate(str(file), format=format, lang=lang)
    except ValueError as e:
        err.print(f"[red]error[/red]: {file}: {e}", highlight=False)
        raise typer.Exit(1)
    sys.stdout.write(format_report(result) + "\n")


if __name__ == "__main__":
    app()

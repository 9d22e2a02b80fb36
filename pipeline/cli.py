"""The ``rennbericht`` command line: thin typer commands over library functions."""

from __future__ import annotations

import json

import typer

from pipeline.records import json_schema

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record (a Document)."""
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


# Further commands register themselves below (extract/show, evaluate, load, train).


from pathlib import Path  # noqa: E402  (kept with the evaluate command: typer reads the hints)


@app.command()
def evaluate(
    gold: Path = typer.Option(Path("corpus/gold"), "--gold", help="Directory of gold Documents."),
    texts: Path = typer.Option(Path("corpus/texts"), "--texts", help="Directory of release texts."),
    split: str | None = typer.Option(None, "--split", help="Split of <gold>/../splits.json: dev or test."),
    as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
    pred: Path | None = typer.Option(
        None, "--pred", help="Score this JSONL of Documents instead of running the extractor."
    ),
    errors: int = typer.Option(10, "--errors", min=0, help="Misses/spurious shown per record type."),
) -> None:
    """Score the extractor against the gold corpus: P/R/F1 per record type, then the errors."""
    from rich.console import Console

    from pipeline.errors import RennberichtError
    from pipeline.evaluation import evaluate as run_evaluation
    from pipeline.evaluation import read_predictions, render_report

    try:
        predictions = read_predictions(pred) if pred is not None else None
        report = run_evaluation(gold_dir=gold, texts_dir=texts, split=split, predictions=predictions)
    except RennberichtError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=2) from err
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    console = Console()
    for renderable in render_report(report, errors=errors):
        console.print(renderable)


# --- load: JSONL of Documents into a results database (pipeline/db.py) ---
from pathlib import Path as _LoadPath  # noqa: E402


@app.command()
def load(
    file: _LoadPath = typer.Argument(
        ..., exists=True, dir_okay=False, readable=True,
        help="JSONL of Documents, one per line, as `rennbericht extract` writes them.",
    ),
    db: str = typer.Option(
        "sqlite:///rennbericht.sqlite", "--db",
        help="SQLAlchemy URL (postgresql+psycopg://user:pw@host/db) or a SQLite file path.",
    ),
) -> None:
    """Load extracted Documents into a results database; safe to repeat."""
    from pipeline.db import load_jsonl
    from pipeline.errors import RennberichtError

    try:
        report = load_jsonl(db, file)
    except RennberichtError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=1) from err
    for failure in report.failures:
        typer.echo(f"error: {failure}", err=True)
    typer.echo(report.summary(), err=True)
    if not report.ok:
        raise typer.Exit(code=1)

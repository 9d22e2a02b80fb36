"""The ``rennbericht`` command line: thin typer commands over library functions."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.records import json_schema
from pipeline.sinks import OutputFormat

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record (a Document)."""
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))




@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories (*.txt, *.md, recursive) or - for stdin."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout."),
    fmt: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="jsonl, json or csv."),
    model: str | None = typer.Option(None, "--model", "-m", envvar="RENNBERICHT_MODEL", help="spaCy model name or path."),
    db: str | None = typer.Option(None, "--db", help="Also write the records to this database URL (SQLite file or SQLAlchemy URL)."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Worker processes for nlp.pipe."),
) -> None:
    """Extract records from German motorsport releases; one JSON object per release."""
    import sys

    from rich.console import Console
    from rich.progress import Progress

    from pipeline.batch import run_batch
    from pipeline.errors import RennberichtError
    from pipeline.sinks import write_atomic, write_documents

    err = Console(stderr=True)
    docs = []
    failed = 0
    try:
        with Progress(console=err, transient=True, disable=len(paths) == 1 and not Path(paths[0]).is_dir()) as progress:
            task = progress.add_task("extracting", total=None)

            def tick(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            for outcome in run_batch(paths, model=model, n_process=n_process, on_progress=tick):
                if outcome.error:
                    failed += 1
                    err.print(f"[red]error[/red] {outcome.error}", highlight=False, soft_wrap=True)
                else:
                    docs.append(outcome.document)
    except RennberichtError as e:
        err.print(f"[red]error[/red] {e}", highlight=False)
        raise typer.Exit(code=2) from e
    if output is not None:
        write_atomic(output, docs, fmt)
    else:
        write_documents(docs, sys.stdout, fmt)
    if db:
        from pipeline.db import write_documents as write_db

        report = write_db(db, docs)
        err.print(
            f"database: {len(report.inserted)} inserted, {len(report.replaced)} replaced, "
            f"{len(report.unchanged)} unchanged, {len(report.failures)} failed",
            highlight=False,
        )
        for failure in report.failures:
            err.print(f"[red]error[/red] database: {failure}", highlight=False, soft_wrap=True)
        failed += len(report.failures)
    err.print(f"{len(docs)} extracted, {failed} failed", highlight=False)
    if failed:
        raise typer.Exit(code=1)


@app.command()
def show(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="One release file."),
    output: Path = typer.Option(..., "--output", "-o", help="The HTML page to write."),
    model: str | None = typer.Option(None, "--model", "-m", envvar="RENNBERICHT_MODEL"),
) -> None:
    """Render a release with every extracted fact highlighted (for review)."""
    from pipeline.api import extract as run_extract
    from pipeline.errors import RennberichtError
    from pipeline.reading import read_text
    from pipeline.render import review_html

    try:
        text = read_text(path)
        doc = run_extract(text, id=path.stem, source=str(path), model=model)
    except RennberichtError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(code=1) from e
    output.write_text(review_html(text, doc), encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)



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
    model: str | None = typer.Option(
        None, "--model", "-m", envvar="RENNBERICHT_MODEL", help="spaCy model name or path (without --pred)."
    ),
) -> None:
    """Score the extractor against the gold corpus: P/R/F1 per record type, then the errors."""
    from rich.console import Console

    from pipeline.errors import RennberichtError
    from pipeline.evaluation import evaluate as run_evaluation
    from pipeline.evaluation import read_predictions, render_report

    try:
        predictions = read_predictions(pred) if pred is not None else None
        report = run_evaluation(
            gold_dir=gold, texts_dir=texts, split=split, predictions=predictions, model=model
        )
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


@app.command()
def load(
    file: Path = typer.Argument(
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


# --- train: rebuild the shipped NER model (pipeline/training) ---


@app.command()
def train(
    data_dir: Path = typer.Argument(
        None, file_okay=False,
        help="Shared data folder with germeval2014/ (and optionally mobie/); "
        "default $RENNBERICHT_DATA, else shared/data beside the repository.",
    ),
    output_dir: Path = typer.Option(
        Path("models/de_rennbericht"), "--output", "-o", help="Where the model is written."
    ),
    max_steps: int = typer.Option(None, "--max-steps", help="Cap on training steps (default: config)."),
    seed: int = typer.Option(0, "--seed", help="Random seed (training is deterministic per seed)."),
    log_file: Path = typer.Option(
        Path("training/logs/train.log"), "--log", help="Training log file."
    ),
    pretrain_epochs: int = typer.Option(
        0, "--pretrain-epochs",
        help="Epochs of tok2vec pretraining on raw text first (0: none, as the shipped model).",
    ),
) -> None:
    """Retrain the NER model (GermEval 2014 + MobIE + domain sentences) into OUTPUT."""
    from pipeline.errors import RennberichtError
    from pipeline.training import default_data_dir, train_model

    try:
        result = train_model(
            data_dir or default_data_dir(), output_dir, max_steps=max_steps, seed=seed,
            log_file=log_file, pretrain_epochs=pretrain_epochs,
        )
    except RennberichtError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=1) from err
    typer.echo(
        f"wrote {result.output_dir} in {result.seconds / 60:.1f} min: GermEval dev F "
        f"{result.dev_scores['ents_f']:.4f}, test F {result.test_scores.get('ents_f', float('nan')):.4f}",
        err=True,
    )

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

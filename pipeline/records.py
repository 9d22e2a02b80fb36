"""Pydantic v2 models of the records contract (``shared/contract/records.md``).

The keys of the contract are stable; fields beyond it (``rule``, ``evidence`` on
cars) are additions. Every model forbids unknown keys so a typo in a gold file
is an error, not a silently ignored field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"


class _Record(BaseModel):
    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, serialize_by_alias=True
    )


class Span(_Record):
    """Character offsets into the (normalised) input text, and the text there."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class DocumentInfo(_Record):
    id: str = Field(min_length=1)
    source: str | None = None
    sha256: str | None = None
    title: str | None = None
    published: str | None = None


class Event(_Record):
    series: str | None = None
    season: int | None = None
    name: str | None = None
    venue: str | None = None
    location: str | None = None
    laps: int | None = Field(default=None, ge=1)
    duration: str | None = None


class Driver(_Record):
    name: str = Field(min_length=1, description="fullest form of the name in the text")
    first_name: str | None = None
    last_name: str = Field(min_length=1)
    origin: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    rule: str | None = None


class Car(_Record):
    number: str | None = None
    model: str | None = None
    manufacturer: str | None = None
    team: str | None = None
    class_: str | None = Field(default=None, alias="class")
    drivers: list[str] = Field(default_factory=list)
    evidence: Span | None = None
    rule: str | None = None


Session = Literal["race", "qualifying", "championship"]
Scope = Literal["overall", "class"]


class Result(_Record):
    drivers: list[str] = Field(default_factory=list)
    car_number: str | None = None
    car: str | None = None
    team: str | None = None
    class_: str | None = Field(default=None, alias="class")
    session: Session
    scope: Scope
    position: int = Field(ge=1)
    evidence: Span
    rule: str | None = None


class Gap(_Record):
    subject: str | None = None
    reference: str | None = None
    seconds: float | None = Field(default=None, ge=0)
    laps: int | None = Field(default=None, ge=1)
    evidence: Span
    rule: str | None = None

    @model_validator(mode="after")
    def _one_measure(self) -> Gap:
        if (self.seconds is None) == (self.laps is None):
            raise ValueError("a gap has exactly one of seconds or laps")
        return self


class Quote(_Record):
    text: str = Field(min_length=1)
    speaker: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str | None = None


class PipelineInfo(_Record):
    version: str
    model: str


class Document(_Record):
    """One press release: everything extracted from it."""

    document: DocumentInfo
    event: Event = Field(default_factory=Event)
    drivers: list[Driver] = Field(default_factory=list)
    cars: list[Car] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    pipeline: PipelineInfo | None = None


def json_schema() -> dict:
    """The JSON Schema of one output line (a :class:`Document`)."""
    return Document.model_json_schema(by_alias=True)

"""Shared vocabulary of the result tests: session/scope constants and small set builders."""

from __future__ import annotations

import pytest

R, Q, C = "race", "qualifying", "championship"
O, K = "overall", "class"


def facts(doc):
    """The results of a Document as (frozenset of driver names, session, scope, position)."""
    return {(frozenset(r.drivers), r.session, r.scope, r.position) for r in doc.results}


def assert_found(doc, expected, offsets_problems=()):
    """Every expected (crew, session, scope, position) is among the extracted results; no offset problems."""
    found = facts(doc)
    assert not expected - found, f"missing {expected - found}; extracted {found}"
    assert list(offsets_problems) == []


def fs(*names):
    return frozenset(names)


def xfail(reason):
    """A row whose expectation is right and the extractor is wrong (a to-do list, never strict)."""
    return pytest.mark.xfail(reason=reason, strict=False)


def matching_gaps(doc, expected):
    """Gaps of ``doc`` that fit ``(subject, reference, seconds, laps)``; None in reference/seconds/laps matches any."""
    subject, reference, seconds, laps = expected
    return [
        g
        for g in doc.gaps
        if g.subject == subject
        and (reference is None or g.reference == reference)
        and (seconds is None or (g.seconds is not None and abs(g.seconds - seconds) < 1e-6))
        and (laps is None or g.laps == laps)
        and ((seconds is None) == (g.seconds is None))
    ]

"""Shared vocabulary of the result tests: session/scope constants and small set builders."""

from __future__ import annotations

import pytest

R, Q, C = "race", "qualifying", "championship"
O, K = "overall", "class"


def facts(doc):
    """The results of a Document as (frozenset of driver names, session, scope, position)."""
    return {(frozenset(r.drivers), r.session, r.scope, r.position) for r in doc.results}


def fs(*names):
    return frozenset(names)


def xfail(reason):
    """A row whose expectation is right and the extractor is wrong (a to-do list, never strict)."""
    return pytest.mark.xfail(reason=reason, strict=False)

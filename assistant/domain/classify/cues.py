"""Literal cues of a regex: strings of which every match must contain one.

Checking `cue in text` is far cheaper than running a pattern, and most of
the few hundred phrase patterns cannot match a given message at all; this
keeps classification fast without hand-written prefilters that could drift
from the patterns they guard.
"""

from __future__ import annotations

import importlib
from typing import Any

# Python 3.11+ keeps the regex parser in re._parser (private, untyped);
# sre_parse and sre_constants are its deprecated aliases.
sre_constants: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
_ZERO_WIDTH = (sre_constants.AT,)
_MIN_CUE = 3


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective requirement: longer shortest cue, then fewer cues."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(cues: frozenset[str]) -> tuple[int, int]:
    return min(map(len, cues)), -len(cues)


def _sequence(items: Any) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""
    for op, arg in items:
        if op == _LITERAL:
            run += chr(arg)
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            best, run = _better(best, frozenset([run])), ""
        best = _better(best, _element(op, arg))
    if run:
        best = _better(best, frozenset([run]))
    return best


def _element(op: Any, arg: Any) -> frozenset[str] | None:
    if op == _SUBPATTERN:
        return _sequence(arg[-1])
    if op == _BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            need = _sequence(branch)
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(arg[2])
    return None


def cues(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which every match contains, or None if unknown."""
    try:
        found = _sequence(sre_parse.parse(pattern))
    except Exception:  # an unusual construct: no prefilter, the regex still runs
        return None
    if not found or min(map(len, found)) < _MIN_CUE:
        return None
    return found

"""JSON someone else wrote, parsed strictly: what Python's json module lets through but
no summary holds is refused with a reason, never a traceback.

- nesting deeper than the recursion limit (the parser gives up: "too_deep");
- integers of more than 4,300 digits, NaN and Infinity (json accepts those two, and
  NaN slips past every range check: "bad_number");
- a key twice in one object (which one counts? "duplicate_key");
- text that is not UTF-8, or a string holding a lone surrogate ("\\ud800" is valid
  JSON but no character: caught where the strings are used, see ``bundle_shape``).
"""

from __future__ import annotations

import json
from typing import Any


class Refused(ValueError):
    """Raised inside the parser's hooks; ``problem`` and ``detail`` say why."""

    def __init__(self, problem: str, detail: str):
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


def _constant(name: str) -> Any:
    raise Refused("bad_number", f"{name} is not a number")


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for name, _value in pairs:
            if name in seen:
                raise Refused("duplicate_key", name[:60])
            seen.add(name)
    return found


# Numbers too large for a float become infinity here, which no range admits: the checks
# of the document refuse them (``bundle_shape``); integers of more than 4,300 digits the
# parser refuses itself (a ValueError).
_DECODER = json.JSONDecoder(object_pairs_hook=_unique, parse_constant=_constant)


class Broken(Exception):
    """The text is not JSON a summary can be: ``problem`` ("not_json", "truncated",
    "too_deep", "bad_number", "duplicate_key"), ``detail``, ``line``."""

    def __init__(self, problem: str, detail: str = "", line: int | None = None):
        super().__init__(f"{problem}: {detail}")
        self.problem = problem
        self.detail = detail
        self.line = line


def loads(data: bytes) -> Any:
    """The document in ``data`` (UTF-8, a byte-order mark allowed). Raises ``Broken``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Broken("not_json", "not UTF-8 text") from None
    try:
        return _DECODER.decode(text)
    except Refused as refused:
        raise Broken(refused.problem, refused.detail) from None
    except RecursionError:
        raise Broken("too_deep", "nested deeper than any summary") from None
    except json.JSONDecodeError as error:
        # A whole file ends with its closing brace; a file cut short does not.
        whole = text.strip()
        truncated = whole.startswith("{") and (error.pos >= len(whole) or not whole.endswith("}"))
        raise Broken("truncated" if truncated else "not_json", error.msg, error.lineno) from None
    except ValueError as error:  # a number the parser itself cannot convert
        raise Broken("bad_number", str(error)[:80]) from None

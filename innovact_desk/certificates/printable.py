"""Names as printed = names as signed: which names the shipped fonts can print, character for character.

The certificate signs the name and prints it; a character drawn as an empty box (no shipped font has it) or
drawn wrongly (right-to-left and shaped scripts: ReportLab lays glyphs left to right, one by one, without
joining Arabic letters or reordering Indic vowel signs) would put on paper another name than the signed
one. Such a name is refused where it comes in (import, edit), with the characters named. Variation
selectors (U+FE00..FE0F, emoji or text style) are drawn as nothing and allowed.
"""

from __future__ import annotations

import threading
import unicodedata

from innovact_desk.errors import UserError

_WRONG_DIRECTION = {"R", "AL", "AN"}  # right-to-left letters and Arabic digits
_UNDRAWABLE = {"Cc", "Cf", "Co", "Cs", "Cn", "Mc", "Me"}  # controls, joiners, private use, spacing vowel signs
# The fonts (paper.pdfbase, so ReportLab) are loaded on the first name that is not plain ASCII: a roster
# import that refuses its file early never pays for them.


_plain: frozenset[str] | None = None
_plain_lock = threading.Lock()


def _plain_characters() -> frozenset[str]:
    """Characters every name font draws itself, left to right: most names are made of these alone."""
    global _plain
    with _plain_lock:
        if _plain is None:
            from innovact_desk.paper.pdfbase import SANS, SANS_BOLD, SERIF_BOLD, coverage

            common = coverage(SERIF_BOLD) & coverage(SANS_BOLD) & coverage(SANS)
            _plain = frozenset(c for c in common if unicodedata.bidirectional(c) not in _WRONG_DIRECTION
                               and unicodedata.category(c) not in _UNDRAWABLE) | {" "}
        return _plain


def unprintable_characters(name: str) -> str:
    """The characters of the name (after NFC) that would not print as written, each once, in order; "" if none."""
    if (name.isascii() and name.isprintable()) or _plain_characters().issuperset(name):
        return ""
    from innovact_desk.paper.pdfbase import INVISIBLE, SANS, SANS_BOLD, SERIF_BOLD, font_for

    bad: list[str] = []
    for char in unicodedata.normalize("NFC", name):
        if char.isspace() or char in INVISIBLE or char in bad:
            continue
        if (unicodedata.bidirectional(char) in _WRONG_DIRECTION or unicodedata.category(char) in _UNDRAWABLE
                or any(font_for(char, font) is None for font in (SERIF_BOLD, SANS_BOLD, SANS))):
            bad.append(char)
    return "".join(bad)


def _listed(chars: str) -> str:
    return ", ".join(f"{c} (U+{ord(c):04X})" if unicodedata.category(c)[0] not in "CZ" else f"U+{ord(c):04X}"
                     for c in chars)


def name_problem(name: str) -> str | None:
    """For the roster import's skipped rows: why the name cannot be printed, or None."""
    bad = unprintable_characters(name)
    return f"the name has characters no certificate font prints: {_listed(bad)}" if bad else None


def check_printable(name: str, *, row: int | None = None) -> None:
    """Raises UserError (certificates.unprintable_name, with the row when given) for a name that would not
    print as written."""
    bad = unprintable_characters(name)
    if bad:
        if row is None:
            raise UserError("certificates.unprintable_name", name=name, chars=_listed(bad))
        raise UserError("certificates.unprintable_name_row", name=name, chars=_listed(bad), row=row)

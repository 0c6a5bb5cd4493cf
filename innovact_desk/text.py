"""Text folding shared by search, de-duplication and sorting: accents, case and spacing never matter."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base + accent, folded by hand.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    }
)
_SPACES = re.compile(r"\s+")
_COMBINING = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x110000) if unicodedata.combining(chr(c))) + "]"
)
_WORD = re.compile(r"[0-9a-z]+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # two spaces in a row, or white space other than a plain space


def clean(text: object) -> str:
    """Strip a cell and collapse its inner runs of white space to one space; keep the rest as written."""
    if text is None:
        return ""
    text = str(text)
    if _ODD_SPACE.search(text) is None:  # most cells: nothing to collapse
        return text.strip()
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


@lru_cache(maxsize=1 << 16)  # rosters repeat organizations, given names and surnames
def fold(text: str) -> str:
    """Lower-case ASCII-ish form: 'Ñaupari  ZÚÑIGA' -> 'naupari zuniga'."""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS)))
    return _SPACES.sub(" ", stripped.translate(_EXTRA_FOLDS).casefold()).strip()


def words(text: str) -> list[str]:
    """The folded words of a text, split at anything that is not a letter or digit."""
    return _WORD.findall(fold(text))


def fold_document(document: str) -> str:
    """A document number compared by its digits and letters only, case-blind."""
    return "".join(c for c in fold(document) if c.isalnum())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)

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
# Characters that show nothing (or turn the text around) and that no name needs: zero-width spaces and
# joiners outside the scripts that use them, bidi controls and overrides, soft hyphens, fillers, tags,
# variation selectors, C0/C1 controls other than white space.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f\x00-\x08\x0e-\x1f\x7f-\x9f]"
)
_JOINERS = "\u200c\u200d"  # ZWNJ and ZWJ: part of how Persian, Arabic and Indic names are spelt
_PLAIN = re.compile(r"[ -~]*")  # printable ASCII: nothing to drop
_TIDY = re.compile(r"(?:[!-~]+(?: [!-~]+)*)?")  # printable ASCII words, one space apart: nothing to change


def _keeps_joiner(text: str, at: int) -> bool:
    """A joiner stays between two letters (or marks) of a script that uses joiners (not Latin, Greek…)."""
    if at == 0 or at + 1 >= len(text):
        return False
    before, after = text[at - 1], text[at + 1]
    return all(ord(c) >= 0x0600 and unicodedata.category(c)[0] in "LM" for c in (before, after))


def readable(text: object) -> str:
    """Text as people read it, for every name and field that enters the event (import, walk-in, edit, sync):
    without the invisible and bidi control characters that make "Lu\u200bis" unfindable as "luis" or turn a
    certificate's name around, in NFC, white space collapsed as `clean` does."""
    if text is None:
        return ""
    text = str(text)
    if _TIDY.fullmatch(text):  # most cells
        return text
    if _PLAIN.fullmatch(text):
        return clean(text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub(lambda m: m.group() if m.group() in _JOINERS and _keeps_joiner(text, m.start()) else "",
                              text)
    return clean(unicodedata.normalize("NFC", text))


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
    text = _INVISIBLE.sub("", text)
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


# Words kept lower-case inside a name ("María de la Cruz", "Pedro del Águila", "Ríos y Flores").
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von"})
_NAME_PART = re.compile(r"([\s\-'’]+)")


def usual_case(name: str) -> str:
    """A name typed all in lower or all in upper case, in its usual capitalisation: 'pedro quispe flores' ->
    'Pedro Quispe Flores', 'MARÍA DE LA CRUZ' -> 'María de la Cruz'. A name with mixed case is kept as
    written (the person chose it: 'McDonald', 'DiCaprio')."""
    if not (name.islower() or name.isupper()):
        return name
    parts = _NAME_PART.split(name.lower())
    out = []
    first = True
    for part in parts:
        if not part or _NAME_PART.fullmatch(part):
            out.append(part)
            continue
        particle = not first and part in NAME_PARTICLES and (not out or out[-1].strip() not in ("-", "'", "’"))
        out.append(part if particle else part[:1].upper() + part[1:])
        first = False
    return "".join(out)

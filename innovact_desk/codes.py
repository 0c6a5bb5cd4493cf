"""Badge codes: 12 digits, the last a Luhn check digit, never starting with 0.

Twelve digits keep a badge code apart from a DNI (8 digits) or a Colombian cédula (up to 10),
and the check digit catches a mistyped code.
"""

from __future__ import annotations

import secrets

from stdnum import luhn

BADGE_CODE_LENGTH = 12


def new_badge_code(taken: set[str] | None = None) -> str:
    while True:
        body = str(secrets.randbelow(9 * 10**10) + 10**10)  # 11 digits, first one 1-9
        code = body + luhn.calc_check_digit(body)
        if not taken or code not in taken:
            return code


def looks_like_badge_code(text: str) -> bool:
    """Twelve digits: meant as a badge code, whether or not its check digit is right."""
    return len(text) == BADGE_CODE_LENGTH and text.isdigit()


def is_valid_badge_code(text: str) -> bool:
    return looks_like_badge_code(text) and luhn.is_valid(text)

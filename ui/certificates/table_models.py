"""The Certificates tab's table: everyone, where their certificate stands and why, in words.

One row per participant (the core's `certificate_status`, in `list` order); the columns are named once.
`CertificatesFilter` is the proxy that sorts (SORT_ROLE) and keeps the rows of one filter and a search.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from innovact_desk.certificates.register import CertStatus
from innovact_desk.text import fold
from ui.common.i18n import language_label, role_label
from ui.common.table_model import Index, TableModel, translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the CertStatus of the row

COLUMNS = ("name", "organization", "role", "lang", "days", "status", "code")
NAME_COLUMN, ORGANIZATION_COLUMN, STATUS_COLUMN = (COLUMNS.index(c) for c in ("name", "organization", "status"))
FILTERS = ("all", "to_print", "issued", "not_eligible", "revoked")
# Sort order of the status column: what needs doing first.
_STATUS_ORDER = {"superseded": 0, "eligible": 1, "issued": 2, "revoked": 3, "not_eligible": 4}
# Text colours that back up the words (never alone): green done, amber to do, red revoked, grey not eligible.
_STATUS_COLOURS = {"eligible": "#8a5a00", "superseded": "#8a5a00", "issued": "#1d6b33", "revoked": "#a3261e",
                   "not_eligible": "#5f6368"}


def column_title(column: str) -> str:
    titles = {
        "name": translate("CertificatesModel", "Name"),
        "organization": translate("CertificatesModel", "Organization"),
        "role": translate("CertificatesModel", "Role"),
        "lang": translate("CertificatesModel", "Language"),
        "days": translate("CertificatesModel", "Days attended"),
        "status": translate("CertificatesModel", "Certificate"),
        "code": translate("CertificatesModel", "Code"),
    }
    return titles[column]


def filter_label(key: str) -> str:
    labels = {
        "all": translate("CertificatesModel", "Everyone"),
        "to_print": translate("CertificatesModel", "To print (new and corrected)"),
        "issued": translate("CertificatesModel", "Already issued"),
        "not_eligible": translate("CertificatesModel", "Not eligible"),
        "revoked": translate("CertificatesModel", "Revoked certificates"),
    }
    return labels[key]


def join_words(items: list[str]) -> str:
    """"2", "2 y 3", "2, 3 y 4": the last two joined by the window language's "and"."""
    if len(items) < 2:
        return "".join(items)
    return translate("CertificatesModel", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def why_not(row: CertStatus) -> str:
    """Why the attendance rule is not met, in words; empty when it is."""
    if row.reason == "absent":
        return translate("CertificatesModel", "did not attend")
    if row.reason == "missing_days":
        missing = [str(d) for d in row.details.get("missing", [])]
        if len(missing) == 1:
            return translate("CertificatesModel", "day {day} missing").format(day=missing[0])
        return translate("CertificatesModel", "days {days} missing").format(days=join_words(missing))
    if row.reason == "not_enough_days":
        # CertificatesModel.tr with a count: lupdate 6.11 marks translate(context, text, None, n) as plural
        # only when n is a literal number, but sees Class.tr(text, "", n) whatever n is.
        return CertificatesModel.tr("attended {attended} of the %n day(s) required", "",
                                    int(row.details.get("needed", 0))).format(attended=row.details.get("attended", 0))
    return row.reason


def changed_words(changed: tuple[str, ...]) -> str:
    if set(changed) >= {"name", "role"}:
        return translate("CertificatesModel", "name and role corrected")
    if "role" in changed:
        return translate("CertificatesModel", "role corrected")
    return translate("CertificatesModel", "name corrected")


def status_text(row: CertStatus) -> str:
    """Where one person's certificate stands, and why, in a few words."""
    cert = row.certificate
    if row.status == "eligible":
        return translate("CertificatesModel", "Eligible: to print")
    if row.status == "not_eligible":
        return translate("CertificatesModel", "Not eligible: {why}").format(why=why_not(row))
    if row.status == "revoked":
        return translate("CertificatesModel", "Revoked")
    if row.status == "superseded":
        return translate("CertificatesModel", "Reissue: {what}").format(what=changed_words(row.changed))
    text = translate("CertificatesModel", "Issued (rev. {rev})").format(rev=cert.rev if cert else 0)
    if not row.eligible:
        text += translate("CertificatesModel", "; no longer meets the rule ({why})").format(why=why_not(row))
    return text


def status_details(row: CertStatus) -> str:
    """The tooltip: when and where it was issued, or why it was revoked."""
    cert = row.certificate
    lines = [status_text(row)]
    if cert is not None:
        lines.append(translate("CertificatesModel", "Code {code}, revision {rev}, issued on {date}").format(
            code=cert.code, rev=cert.rev, date=cert.issued.isoformat()))
        if cert.desk_name:
            lines.append(translate("CertificatesModel", "Printed at desk {desk}").format(desk=cert.desk_name))
        if cert.name != row.participant.name.strip():
            lines.append(translate("CertificatesModel", "Name printed: {name}").format(name=cert.name))
    if row.revocation is not None:
        lines.append(translate("CertificatesModel", "Revoked: {reason}").format(reason=row.revocation.reason))
    return "\n".join(lines)


def in_filter(row: CertStatus, key: str) -> bool:
    if key == "to_print":
        return row.action in ("issue", "reissue")
    if key == "issued":
        return row.status in ("issued", "superseded")
    if key == "not_eligible":
        return row.status == "not_eligible"
    if key == "revoked":
        return row.status == "revoked"
    return True


class CertificatesModel(TableModel):
    """Rows are set whole (`set_rows`), from `register.certificate_status`."""

    COLUMNS = COLUMNS

    def row_of(self, participant_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.participant.id == participant_id), -1)

    def titles(self) -> dict[str, str]:
        return {column: column_title(column) for column in COLUMNS}

    def cell(self, row: CertStatus, column: str, role: int):
        if role == STATUS_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == "status":
                return _STATUS_ORDER.get(row.status, 9)
            if column == "days":
                return len(row.days)
            return fold(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("status", "code"):
            return status_details(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(_STATUS_COLOURS.get(row.status, "#000000"))
        return None

    @staticmethod
    def _text(row: CertStatus, column: str) -> str:
        person = row.participant
        if column == "name":
            return person.name
        if column == "organization":
            return person.organization
        if column == "role":
            return role_label(person.role)
        if column == "lang":
            return language_label(person.lang or "es")
        if column == "days":
            return join_words([str(d) for d in row.days]) if row.days else "—"
        if column == "status":
            return status_text(row)
        return row.certificate.code if row.certificate else ""


class CertificatesFilter(QSortFilterProxyModel):
    """Keeps the rows of one filter (FILTERS) whose name, organization or code contains every word searched."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._filter = "all"
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter(self, key: str) -> None:
        self.beginFilterChange()
        self._filter = key if key in FILTERS else "all"
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(STATUS_ROLE)
        if row is None or not in_filter(row, self._filter):
            return False
        if not self._words:
            return True
        cert = row.certificate
        haystack = fold(" ".join((row.participant.name, row.participant.organization, cert.code if cert else "")))
        return all(word in haystack for word in self._words)

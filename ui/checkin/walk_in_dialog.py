"""A walk-in: someone who never registered. A short form; before anyone is created, the people they
may already be are offered; saving checks them in, then their badge can be printed at once.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innovact_desk.errors import UserError
from innovact_desk.records import ROLES, CheckInResult, Participant
from innovact_desk.roster.importer import row_problem_key
from innovact_desk.store.event import EventStore
from innovact_desk.text import clean, fold_document, nfc, usual_case
from ui.checkin.widgets import ConfirmationPanel
from ui.common.i18n import role_label, skip_reason, user_message

FORM_PAGE, CANDIDATES_PAGE, DONE_PAGE = range(3)
# The fields the reports break down by (reports.breakdown.DIMENSIONS, the role aside), offered with the
# values the roster already has so that "Perú" is not also "Peru" and "peru".
REPORT_FIELDS = ("country", "org_kind", "gender", "value_chain")


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class WalkInDialog(QDialog):
    """Works on the store itself: `walk_in_checked_in` carries the CheckInResult when someone is in."""

    walk_in_checked_in = Signal(object)  # CheckInResult
    badge_requested = Signal(object)  # Participant

    def __init__(self, store: EventStore, day: int, operator: str = "", text: str = "",
                 parent: QWidget | None = None) -> None:
        """`text` is what the desk had typed: a name, or a document number when it holds digits only."""
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.store, self.day, self.operator = store, day, operator
        self.result: CheckInResult | None = None
        self.candidates: list[Participant] = []
        self.setWindowTitle(self.tr("New person (walk-in), day {day}").format(day=day))
        self.setMinimumWidth(620)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._candidates_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._connect_signals()
        text = clean(nfc(text))
        (self.document_edit if text.replace(" ", "").isdigit() else self.name_edit).setText(text)
        self._show_page(FORM_PAGE)

    # ---- the pages ------------------------------------------------------------------------------

    def _line_edit(self, name: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        return edit

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        self.name_edit = self._line_edit("walkInNameEdit", page)
        self.document_edit = self._line_edit("walkInDocumentEdit", page)
        self.organization_edit = self._line_edit("walkInOrganizationEdit", page)
        self.email_edit = self._line_edit("walkInEmailEdit", page)
        self.phone_edit = self._line_edit("walkInPhoneEdit", page)
        self.report_combos: dict[str, QComboBox] = {}
        for field in REPORT_FIELDS:
            combo = QComboBox(page)
            combo.setObjectName(f"walkInCombo_{field}")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(self.store.field_values(field))
            combo.setCurrentIndex(-1)
            combo.setEditText("")
            self.report_combos[field] = combo
        self.case_label = QLabel(page)
        self.case_label.setObjectName("walkInCaseLabel")
        self.case_label.setWordWrap(True)
        self.keep_case_check = QCheckBox(self.tr("Keep as &typed"), page)
        self.keep_case_check.setObjectName("walkInKeepCaseCheck")
        case_row = QWidget(page)
        case_layout = QVBoxLayout(case_row)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.case_label)
        case_layout.addWidget(self.keep_case_check)
        self.case_row = case_row
        self.case_row.setVisible(False)
        self.role_combo = QComboBox(page)
        self.role_combo.setObjectName("walkInRoleCombo")
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.problem_label = QLabel(page)
        self.problem_label.setObjectName("walkInProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a1150c; font-weight: bold")
        self.heading_label = QLabel(self.tr(
            "Someone not on the list: they will be added and checked in for day {day}. Before anyone is created, "
            "the people on the list with a name like theirs (two of its words), the same document or email are shown.").format(day=self.day), page)
        self.heading_label.setObjectName("walkInHeadingLabel")
        self.heading_label.setWordWrap(True)
        self.save_button = _button(self.tr("&Check in"), "walkInSaveButton", page)
        self.save_button.setDefault(True)
        self.cancel_button = _button(self.tr("Cancel"), "walkInCancelButton", page)
        form = QFormLayout()
        form.addRow(self.tr("&Full name:"), self.name_edit)
        form.addRow("", self.case_row)
        form.addRow(self.tr("&Document:"), self.document_edit)
        form.addRow(self.tr("&Organization:"), self.organization_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        labels = {"country": self.tr("Cou&ntry:"), "org_kind": self.tr("&Kind of organization:"),
                  "gender": self.tr("&Gender:"), "value_chain": self.tr("&Value chain:")}
        for field in REPORT_FIELDS:
            form.addRow(labels[field], self.report_combos[field])
        buttons = QDialogButtonBox(page)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        chain = [self.name_edit, self.keep_case_check, self.document_edit, self.organization_edit, self.email_edit,
                 self.phone_edit, self.role_combo, *self.report_combos.values(), self.save_button, self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        return page

    def _candidates_page(self) -> QWidget:
        page = QWidget(self)
        self.candidates_label = QLabel(self.tr("Is this one of these people? They are already on the roster."), page)
        self.candidates_label.setObjectName("walkInCandidatesLabel")
        self.candidates_label.setWordWrap(True)
        font = self.candidates_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.candidates_label.setFont(font)
        self.typed_label = QLabel(page)
        self.typed_label.setObjectName("walkInTypedLabel")
        self.typed_label.setWordWrap(True)
        self.candidates_list = QListWidget(page)
        self.candidates_list.setObjectName("walkInCandidatesList")
        self.candidates_list.setWordWrap(True)
        self.candidates_list.setSpacing(3)
        self.same_note = QLabel(page)
        self.same_note.setObjectName("walkInSameNote")
        self.same_note.setWordWrap(True)
        self.existing_button = _button(self.tr("&Yes, this person (check in)"), "walkInExistingButton", page)
        self.existing_button.setDefault(True)
        self.new_button = _button(self.tr("&No, someone else (create)"), "walkInNewButton", page)
        self.back_button = _button(self.tr("&Back"), "walkInBackButton", page)
        buttons = QDialogButtonBox(page)
        buttons.addButton(self.existing_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(page)
        layout.addWidget(self.candidates_label)
        layout.addWidget(self.typed_label)
        layout.addWidget(self.candidates_list, 1)
        layout.addWidget(self.same_note)
        layout.addWidget(buttons)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.confirmation = ConfirmationPanel(page)
        self.print_button = _button(self.tr("&Print badge"), "walkInPrintButton", page)
        self.print_button.setDefault(True)
        self.close_button = _button(self.tr("C&lose"), "walkInCloseButton", page)
        buttons = QDialogButtonBox(page)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(page)
        layout.addWidget(self.confirmation, 1)
        layout.addWidget(buttons)
        return page

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.existing_button.clicked.connect(self.choose_existing)
        self.new_button.clicked.connect(self.create_new)
        self.back_button.clicked.connect(lambda: self._show_page(FORM_PAGE))
        # Not itemActivated: Enter activates the item and then reaches the default button as well.
        self.candidates_list.itemDoubleClicked.connect(lambda _item: self.choose_existing())
        self.print_button.clicked.connect(self._print_badge)
        self.close_button.clicked.connect(self.accept)
        self.name_edit.textChanged.connect(lambda: self.problem_label.clear())
        self.name_edit.textChanged.connect(self._offer_usual_case)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        for button in (self.save_button, self.existing_button, self.print_button):
            button.setDefault(False)
        default = {FORM_PAGE: self.save_button, CANDIDATES_PAGE: self.existing_button,
                   DONE_PAGE: self.print_button}[page]
        default.setDefault(True)
        focus = {FORM_PAGE: self.name_edit, CANDIDATES_PAGE: self.candidates_list, DONE_PAGE: self.print_button}[page]
        focus.setFocus()

    # ---- the steps ------------------------------------------------------------------------------

    def usual_name(self) -> str:
        """The name as it will be saved: typed all in one case, in its usual capitalisation unless kept."""
        typed = clean(nfc(self.name_edit.text()))
        return typed if self.keep_case_check.isChecked() else usual_case(typed)

    def _offer_usual_case(self) -> None:
        typed = clean(nfc(self.name_edit.text()))
        usual = usual_case(typed)
        self.case_row.setVisible(usual != typed)
        self.case_label.setText(self.tr("It will be written: {name}").format(name=usual) if usual != typed else "")

    def fields(self) -> dict[str, str]:
        def value(edit: QLineEdit) -> str:
            return clean(nfc(edit.text()))

        fields = {"name": self.usual_name(), "document": value(self.document_edit),
                  "organization": value(self.organization_edit), "email": value(self.email_edit),
                  "phone": value(self.phone_edit), "role": self.role_combo.currentData()}
        for field, combo in self.report_combos.items():
            fields[field] = clean(nfc(combo.currentText()))
        return fields

    def save(self) -> None:
        """Enter on the form: offers the people they may already be, or creates them at once."""
        fields = self.fields()
        problem = row_problem_key(fields)
        if problem:
            key, values = problem
            self.problem_label.setText(skip_reason(key, values) if key != "roster.skip_no_name"
                                       else self.tr("A name is needed."))
            (self.email_edit if key == "roster.skip_bad_email" else self.name_edit).setFocus()
            return
        self.candidates = self.store.likely_same(fields)
        if not self.candidates:
            self.create_new()
            return
        self._fill_candidates(fields)
        self._show_page(CANDIDATES_PAGE)

    def _fill_candidates(self, fields: dict[str, str]) -> None:
        typed = [fields["name"], fields["document"], fields["organization"], fields["email"], fields["phone"]]
        self.typed_label.setText(self.tr("Typed: {what}").format(what=" · ".join(x for x in typed if x)))
        self.candidates_list.clear()
        same = False
        for person in self.candidates:
            # Two lines: who, then what to compare with what was typed.
            details = [person.organization, person.document, person.email or person.phone]
            text = person.name + "\n    " + " · ".join(x for x in details if x)
            standing = self.store.standing_checkin(person.id, self.day)
            if standing:
                text += "\n    " + self.tr("⚠ already checked in on day {day} at {time}").format(
                    day=self.day, time=standing.at.strftime("%H:%M"))
            item = QListWidgetItem(text, self.candidates_list)
            item.setData(Qt.ItemDataRole.UserRole, person)
            same = same or self._same_keys(person, fields)
        self.candidates_list.setCurrentRow(0)
        # The core treats the same document or email as the same person: creating "someone else" would merge.
        self.new_button.setEnabled(not same)
        self.same_note.setText(self.tr(
            "Same document or email as someone on the roster: it is the same person for this program. "
            "If it is someone else, go back and correct the document or email.") if same else "")
        self.same_note.setVisible(same)

    @staticmethod
    def _same_keys(person: Participant, fields: dict[str, str]) -> bool:
        document = fold_document(fields["document"])
        email = fields["email"].strip().casefold()
        return bool(document and document == fold_document(person.document)
                    or email and email == person.email.strip().casefold())

    def choose_existing(self) -> None:
        item = self.candidates_list.currentItem()
        if item is None:
            return
        person: Participant = item.data(Qt.ItemDataRole.UserRole)
        self._finish(lambda: self.store.check_in(person.id, self.day, operator=self.operator, source="desk"))

    def create_new(self) -> None:
        if not self.new_button.isEnabled() and self.pages.currentIndex() == CANDIDATES_PAGE:
            return
        fields = self.fields()
        self._finish(lambda: self.store.register_walk_in(fields, self.day, operator=self.operator))

    def _finish(self, register) -> None:
        try:
            self.result = register()
        except UserError as error:
            self._show_page(FORM_PAGE)
            self.problem_label.setText(user_message(error))
            return
        self.confirmation.show_result(self.result, self.day)
        self._show_page(DONE_PAGE)
        self.walk_in_checked_in.emit(self.result)

    def _print_badge(self) -> None:
        if self.result is not None:
            self.badge_requested.emit(self.result.participant)
        self.accept()

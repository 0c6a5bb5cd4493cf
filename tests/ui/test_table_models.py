"""Each table model on its own, with no window: Qt's model tester, then what a person would read in it."""

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from innovact_desk.certificates.register import CertStatus
from innovact_desk.records import CheckIn, Day, Participant
from innovact_desk.store.conflicts import DeskActivity
from ui.certificates.table_models import SORT_ROLE as CERT_SORT_ROLE
from ui.certificates.table_models import CertificatesFilter, CertificatesModel
from ui.checkin.table_models import CHECKIN_ROLE, RESULT_COLUMNS, RecentModel, ResultsModel
from ui.common.i18n import install_language
from ui.common.table_model import TableModel
from ui.desks.table_models import ConflictRow, ConflictsModel, DesksModel
from ui.participants.table_model import PARTICIPANT_ROLE, SORT_ROLE, ParticipantsModel

LIMA = timezone(timedelta(hours=-5))
DISPLAY, TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ANA = Participant(id="p1", code="123456789015", name="Ana Lucía Pérez Ñaupari", organization="SENA Amazonas",
                  document="52422019", email="ana@ejemplo.org", role="speaker")
WILDER = Participant(id="p2", code="123456789022", name="Wilder Ñaupari Londoño",
                     organization="Municipalidad Provincial de Maynas", document="1177659826")


@pytest.fixture(autouse=True)
def english(qapp):
    install_language("en")
    yield
    install_language("en")


def checkin(cid="c1", person="p1", kind="checkin", **kw):
    return CheckIn(id=cid, participant_id=person, day=1, at=datetime(2026, 3, 5, 9, 41, tzinfo=LIMA), desk_id="d1",
                   desk_name="Mesa 1", operator="Lucía", kind=kind, **kw)


def texts(model, row):
    return [model.index(row, c).data(DISPLAY) for c in range(model.columnCount())]


def titles(model):
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_all_six_models_share_the_one_base():
    for model in (ResultsModel, RecentModel, ParticipantsModel, CertificatesModel, DesksModel, ConflictsModel):
        assert issubclass(model, TableModel)


def test_results_show_the_people_and_whether_each_is_in_on_the_day(qtmodeltester):
    model = ResultsModel()
    model.set_day(2, lambda pid: checkin() if pid == "p1" else None)
    model.set_rows([ANA, WILDER])
    qtmodeltester.check(model)
    assert titles(model) == ["Name", "Organization", "Document", "Day 2"]
    assert texts(model, 0) == ["Ana Lucía Pérez Ñaupari", "SENA Amazonas", "52422019", "✔ in at 09:41"]
    assert texts(model, 1)[3] == ""
    assert model.index(1, RESULT_COLUMNS.index("day")).data(TIP) == "Not checked in on day 2 yet"
    assert model.index(0, 0).data(PARTICIPANT_ROLE) is ANA
    assert model.index(5, 0).data(DISPLAY) is None and model.participant(5) is None


def test_results_read_a_day_cell_once_until_forgotten():
    calls = []
    model = ResultsModel()
    model.set_day(1, lambda pid: calls.append(pid))
    model.set_rows([ANA])
    for _ in range(3):
        model.index(0, 3).data(DISPLAY)
    assert calls == ["p1"]
    model.forget("p1")
    model.index(0, 3).data(DISPLAY)
    assert calls == ["p1", "p1"]


def test_recent_rows_say_what_happened_and_an_undo_marks_its_check_in(qtmodeltester):
    model = RecentModel()
    undo = checkin("u1", kind="undo", annuls="c1", reason="wrong person")
    model.set_rows([(undo, ANA.name), (checkin(), ANA.name)], {"c1"})
    qtmodeltester.check(model)
    assert titles(model) == ["Time", "Day", "Name", "What", "Operator"]
    assert texts(model, 0) == ["09:41", "1", ANA.name, "↶ UNDO: wrong person", "Lucía"]
    assert texts(model, 1)[3] == "✔ checked in — undone"
    assert model.index(0, 0).data(TIP) == "Reason: wrong person"
    assert model.index(1, 0).data(CHECKIN_ROLE).id == "c1"


def test_recent_keeps_only_the_newest_rows_up_to_the_limit():
    model = RecentModel()
    for n in range(4):
        model.add_row(checkin(f"c{n}"), f"P{n}", limit=3)
    assert [model.checkin(r).id for r in range(model.rowCount())] == ["c3", "c2", "c1"]


def test_participants_have_a_column_per_day_sorted_by_presence(qtmodeltester):
    model = ParticipantsModel()
    model.set_event_days((Day(1, "2026-03-05", "Sede"), Day(2, "2026-03-06", "Visita")))
    model.set_rows([ANA, WILDER], {"p1": [1, 2], "p2": [2]})
    qtmodeltester.check(model)
    assert titles(model) == ["Name", "Organization", "Document", "Role", "Badge code", "Day 1", "Day 2"]
    assert model.headerData(5, Qt.Orientation.Horizontal, TIP) == "2026-03-05 — Sede"
    assert texts(model, 0)[3:] == ["Speaker", "123456789015", "✓ present", "✓ present"]
    assert texts(model, 1)[5:] == ["", "✓ present"]
    assert model.index(1, 5).data(TIP) == "Absent on day 1"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(5, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data(DISPLAY) == WILDER.name
    assert model.row_of("p2") == 1 and model.row_of("nobody") == -1


def test_participants_titles_follow_the_language(qapp):
    model = ParticipantsModel()
    model.set_event_days((Day(1, "2026-03-05"),))
    seen = []
    model.headerDataChanged.connect(lambda *args: seen.append(args))
    install_language("es")
    model.retranslate()
    assert titles(model) == ["Nombre", "Institución", "Documento", "Rol", "Código de credencial", "Día 1"]
    assert seen


def test_certificates_say_where_each_stands_and_filter_by_words(qtmodeltester):
    model = CertificatesModel()
    model.set_rows([CertStatus(ANA, "eligible", True, (1, 2)),
                    CertStatus(WILDER, "not_eligible", False, (2,), reason="missing_days", details={"missing": [1]})])
    qtmodeltester.check(model)
    assert titles(model) == ["Name", "Organization", "Role", "Language", "Days attended", "Certificate", "Code"]
    assert texts(model, 0)[4:6] == ["1 and 2", "Eligible: to print"]
    assert texts(model, 1)[5] == "Not eligible: day 1 missing"
    assert model.index(0, 5).data(CERT_SORT_ROLE) < model.index(1, 5).data(CERT_SORT_ROLE)
    proxy = CertificatesFilter()
    proxy.setSourceModel(model)
    proxy.set_search("naupari lon")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(DISPLAY) == WILDER.name
    proxy.set_search("")
    proxy.set_filter("not_eligible")
    assert proxy.rowCount() == 1


def test_desks_show_this_desk_first_with_counts_right_aligned(qtmodeltester):
    model = DesksModel()
    model.set_rows([DeskActivity("d1", "Mesa 1", True, 12, 20, None, None),
                    DeskActivity("d2", "Mesa 2", False, 3, 4, None, None, "ab12" * 16)])
    qtmodeltester.check(model)
    assert titles(model) == ["Desk", "Check-ins", "Changes", "Last change", "Last heard of", "Desk key"]
    assert model.headerData(1, Qt.Orientation.Horizontal, TIP) == "Check-ins and undos this desk recorded"
    assert model.headerData(0, Qt.Orientation.Horizontal, TIP) is None
    assert texts(model, 0) == ["Mesa 1 — this desk", "12", "20", "—", "—", "not known yet"]
    assert texts(model, 1)[-1] == "ab12 ab12 ab12 ab12"  # the start of the desk key's fingerprint
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_conflicts_word_their_kind_and_particulars(qtmodeltester):
    model = ConflictsModel()
    found = datetime(2026, 3, 5, 9, 41, tzinfo=LIMA)
    model.set_rows([ConflictRow("checked_in_twice", ANA.name, ANA.code, "", found,
                                {"day": 1, "desks": [{"desk": "Mesa 1", "at": "09:41"}, {"desk": "Mesa 3", "at": "09:44"}]})])
    qtmodeltester.check(model)
    assert titles(model) == ["Conflict", "Participant", "Badge code", "What happened", "Found"]
    assert texts(model, 0)[:4] == ["Checked in twice", ANA.name, ANA.code, "day 1: Mesa 1 09:41, Mesa 3 09:44"]

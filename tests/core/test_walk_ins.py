"""Walk-ins: who they may already be, the fields the reports break down by, names in their usual case."""

from innovact_desk.reports.breakdown import attendance_by
from innovact_desk.text import usual_case


def _add(store, name, **fields):
    with store.transaction():
        return store.add_participant({"name": name, **fields})


def test_likely_same_offers_a_longer_name_that_has_the_typed_words(store):
    pedro = _add(store, "Pedro Quispe Flores", document="40111222")
    _add(store, "Pedro Ríos Vela")
    _add(store, "Rosa Quispe Flores Tapullima")
    found = [p.name for p in store.likely_same({"name": "Pedro Quispe"})]
    assert found == ["Pedro Quispe Flores"]
    # Another second surname: two of three words are shared, so he is still offered, first.
    found = [p.name for p in store.likely_same({"name": "pedro quispe ahuanari"})]
    assert found[0] == pedro.name and "Pedro Ríos Vela" not in found
    # Particles do not count as shared words.
    assert store.likely_same({"name": "Luis de la Vega"}) == []


def test_likely_same_puts_the_same_document_or_email_first(store):
    _add(store, "Pedro Quispe Flores")
    other = _add(store, "Juana Pérez", document="70112233", email="jp@ejemplo.org")
    found = store.likely_same({"name": "Pedro Quispe", "document": "70 112 233"})
    assert [p.id for p in found][:1] == [other.id] and len(found) == 2
    assert [p.id for p in store.likely_same({"name": "Nadie", "email": "JP@ejemplo.org"})] == [other.id]


def test_likely_same_one_word_and_a_limit(store):
    for n in range(20):
        _add(store, f"Persona{n} Tananta")
    assert len(store.likely_same({"name": "Tananta"})) == 12
    assert store.likely_same({"name": "Efraín Tananta"}) == []


def test_a_walk_in_keeps_the_report_fields_and_the_roster_values_are_offered(store):
    _add(store, "Ana Vela", country="Perú", gender="Femenino", value_chain="Cacao", org_kind="Cooperativa")
    _add(store, "Luis Vela", country="Perú", gender="Masculino", value_chain="Café")
    _add(store, "Marta Ruiz", country="Colombia")
    result = store.register_walk_in({"name": "Rosa Tapullima", "country": "Perú", "gender": "Femenino",
                                     "value_chain": "Cacao", "org_kind": "Cooperativa"}, 1)
    rosa = store.participant(result.participant.id)
    assert (rosa.country, rosa.gender, rosa.value_chain, rosa.org_kind) == ("Perú", "Femenino", "Cacao", "Cooperativa")
    assert store.field_values("country") == ["Perú", "Colombia"]
    assert store.field_values("gender") == ["Femenino", "Masculino"]
    by_chain = {r.value: r.present[0] for r in attendance_by(store, "value_chain")}
    assert by_chain["Cacao"] == 1


def test_usual_case():
    assert usual_case("pedro quispe flores") == "Pedro Quispe Flores"
    assert usual_case("MARÍA DE LA CRUZ DEL ÁGUILA") == "María de la Cruz del Águila"
    assert usual_case("ríos y flores") == "Ríos y Flores"
    assert usual_case("de la cruz") == "De la Cruz"  # a particle that starts the name is capitalised
    assert usual_case("ÑAUPARI ZÚÑIGA") == "Ñaupari Zúñiga"
    assert usual_case("ana-lucía o'neil") == "Ana-Lucía O'Neil"
    assert usual_case("Pedro McDonald") == "Pedro McDonald"  # mixed case: as the person wrote it
    assert usual_case("Luis de la Vega") == "Luis de la Vega"

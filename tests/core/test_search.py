import pytest


@pytest.fixture
def roster(store):
    people = {}
    for name, org, email, doc in [
        ("Jesús Muñoz Gómez", "Asociación de Productores de Cacao", "jesus.munoz@ejemplo.org", "15317735"),
        ("Noemí Muñoz Peña", "Municipalidad Provincial de Maynas", "noemi.munoz@ejemplo.org", "1130171092"),
        ("Pedro Quispe Marín", "Cámara de Comercio de Iquitos", "pedro.q@ejemplo.org", "44556677"),
        ("María Quispe Ríos", "SENA Amazonas", "", "55667788"),
        ("Ana Peña", "Instituto Quispe", "", ""),
        ("Zoë Ångström-Łukasz", "Wageningen", "zoe@example.eu", "P-4471203"),
    ]:
        people[name] = store.add_participant({"name": name, "organization": org, "email": email, "document": doc})
    return people


def names(result):
    return [p.name for p in result.participants]


def test_accents_and_case_never_matter(store, roster):
    assert names(store.search("munoz")) == ["Jesús Muñoz Gómez", "Noemí Muñoz Peña"]
    assert names(store.search("MUÑ")) == names(store.search("mun"))
    assert names(store.search("PENA"))[:2] == ["Ana Peña", "Noemí Muñoz Peña"]
    assert names(store.search("lukasz")) == ["Zoë Ångström-Łukasz"]
    assert names(store.search("angs")) == ["Zoë Ångström-Łukasz"]


def test_words_narrow_and_name_matches_come_first(store, roster):
    assert names(store.search("quispe mar")) == ["María Quispe Ríos", "Pedro Quispe Marín"]
    # Ana Peña only matches through her organization: after those whose name matches
    assert names(store.search("quispe")) == ["María Quispe Ríos", "Pedro Quispe Marín", "Ana Peña"]


def test_word_starts_only(store, roster):
    assert names(store.search("uispe")) == []


def test_documents_codes_and_email(store, roster):
    assert names(store.search("4455")) == ["Pedro Quispe Marín"]
    assert names(store.search("p-447")) == ["Zoë Ångström-Łukasz"]
    code = roster["Noemí Muñoz Peña"].code
    assert names(store.search(code[:6])) == ["Noemí Muñoz Peña"]
    assert names(store.search("noemi.munoz")) == ["Noemí Muñoz Peña"]


def test_limit_keeps_the_total(store, roster):
    result = store.search("e", limit=2)
    assert len(result.participants) == 2 and result.total > 2
    assert store.search("", limit=0).total == 6 and len(store.search("", limit=0).participants) == 6


def test_punctuation_alone_lists_everyone(store, roster):
    assert store.search("  ,;  ").total == 6

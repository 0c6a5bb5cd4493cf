"""The house rules that the import graph and the source text can show: no import circle among the core's
modules (lazy imports inside functions count), SQL only in innovact_desk/store/, and nobody outside the store
touching the EventStore's private members. Read with ast, so nothing is imported or run."""

import ast
import graphlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "innovact_desk" / "store"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources(*packages: str) -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            found[_module_name(path)] = (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def _type_checking_only(tree: ast.Module) -> set[int]:
    """ids of the import nodes under `if TYPE_CHECKING:` (never run, so no edge of the import graph)."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(inner) for stmt in node.body for inner in ast.walk(stmt)}
    return skipped


def import_graph(*packages: str) -> dict[str, set[str]]:
    """module -> the modules of these packages it imports, wherever the import statement stands."""
    sources = _sources(*packages)
    graph: dict[str, set[str]] = {name: set() for name in sources}
    for name, (path, tree) in sources.items():
        skipped = _type_checking_only(tree)
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[:len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in sources else base
                           for alias in node.names]
            for target in targets:
                while target and target not in sources:  # `import a.b.c` of a module we know, or a name in it
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        return exc.args[1]
    return None


def test_the_graph_sees_lazy_imports_and_finds_a_circle():
    graph = import_graph("innovact_desk")
    assert "innovact_desk.store.merging" in graph["innovact_desk.store.event"]
    # the store imports certificates.qr inside a function only: the edge is there all the same
    assert "innovact_desk.certificates.qr" in graph["innovact_desk.store.event"]
    made_up = {name: set(targets) for name, targets in graph.items()}
    made_up["innovact_desk.store.merging"].add("innovact_desk.sync.merge")
    assert _cycle(made_up) is not None


@pytest.mark.parametrize("packages", [("innovact_desk",), ("innovact_desk", "ui")])
def test_no_import_circle(packages):
    graph = import_graph(*packages)
    assert len(graph) > 30
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_the_core_never_imports_the_window():
    graph = import_graph("innovact_desk", "ui")
    wrong = {(name, t) for name, targets in graph.items() if name.startswith("innovact_desk")
             for t in targets if t.startswith("ui")}
    assert not wrong


_SQL_CALLS = {"execute", "executemany", "executescript", "backup"}


def test_sql_only_in_the_store():
    """No module outside store/ runs a statement or reaches for the connection (`.db`, `.conn`)."""
    found = []
    for name, (path, tree) in _sources("innovact_desk", "ui").items():
        if path.is_relative_to(STORE):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and (node.attr in ("db", "conn") or node.attr in _SQL_CALLS):
                found.append(f"{name}:{node.lineno} .{node.attr}")
    assert not found


def _private_members() -> set[str]:
    tree = ast.parse((STORE / "event.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "EventStore")
    names = set()
    for node in ast.walk(cls):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("_"):
            names.add(node.name)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def test_nobody_outside_the_store_touches_its_privates():
    private = _private_members()
    assert {"_atomic", "_desk"} <= private
    found = []
    for name, (path, tree) in _sources("innovact_desk", "ui", "tests", "benchmarks").items():
        if path.is_relative_to(STORE):
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr in private
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                found.append(f"{name}:{node.lineno} .{node.attr}")
    assert not found


# Modules whose errors are all keys now: a plain sentence there again fails this test.
SPEAKING_IN_KEYS = ["innovact_desk/certificates/qr.py", "innovact_desk/codes.py", "innovact_desk/paper/badges.py"]


def _plain_sentences(path: Path) -> list[str]:
    import re

    key = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("UserError", "NotFound"):
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str) and key.fullmatch(first.value)):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_the_plain_sentence_check_finds_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('raise UserError(f"{path}: no such folder")\nraise UserError("store.exists", path=p)\n')
    assert _plain_sentences(sample) == ["sample.py:1"]


@pytest.mark.parametrize("module", SPEAKING_IN_KEYS)
def test_errors_are_keys_not_sentences(module):
    assert _plain_sentences(ROOT / module) == []

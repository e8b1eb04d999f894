"""Imports point one way: cli → flows → generators → pipeline → extractors → core (lazy imports included).

A module may import its own package and the packages below it, never one above; and no two of our modules
import each other, directly or through others (a cycle hidden in a function body is still a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["core", "extractors", "pipeline", "generators", "flows", "cli", "web"]


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in LAYERS:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """Our modules imported anywhere in the file (top level, functions, TYPE_CHECKING blocks alike)."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            targets = [f"{base}.{a.name}" for a in node.names] + [base]
        else:
            continue
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    return {name: _imports(path, name, set(mods)) for name, path in mods.items()}


def test_every_import_points_down() -> None:
    wrong = []
    for name, deps in _graph().items():
        mine = LAYERS.index(name.split(".")[0])
        for dep in deps:
            if LAYERS.index(dep.split(".")[0]) > mine:
                wrong.append(f"{name} → {dep}")
    assert not wrong, "imports vers une couche supérieure :\n" + "\n".join(sorted(wrong))


def test_no_import_cycle() -> None:
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if dep.startswith(node + ".") or node.startswith(dep + "."):
                continue  # a package and its own submodules
            if state.get(dep) == 1:
                cycles.append([*stack[stack.index(dep):], dep])
            elif dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n)
    assert not cycles, "cycles d'import :\n" + "\n".join(" → ".join(c) for c in cycles)


def test_the_check_sees_lazy_imports(tmp_path: Path) -> None:
    """The walker must see an import inside a function body, or the contract above proves nothing."""
    src = tmp_path / "m.py"
    src.write_text("def f():\n    from flows.check import x\n", encoding="utf-8")
    assert _imports(src, "pipeline.m", {"flows.check", "pipeline.m"}) == {"flows.check"}

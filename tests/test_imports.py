"""Imports point one way: no cycle among the package's modules, the library never imports the CLI, and no
package-internal import hides inside a function unless it is a measured start-up optimisation, commented as such.

The import graph is read from the source with ``ast`` (nothing is imported) and counts the imports inside functions
too, so a cycle is caught even when the current import order happens to work.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
ENTRY_POINTS = {"summarizer.cli", "summarizer.__main__", "summarizer.batch.__main__"}  # they may import the CLI


def _modules() -> dict[str, tuple[Path, bool]]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return out


MODULES = _modules()


def _targets(module: str, is_package: bool, node: ast.ImportFrom | ast.Import) -> list[str]:
    """The package modules an import statement loads: ``from . import x`` is module ``x`` when it is one."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            base = module.split(".")[: len(module.split(".")) - (0 if is_package else 1)]
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        names = [f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target for a in node.names]
    return [n for n in names if n in MODULES]


def _imports(module: str) -> list[tuple[str, int, bool]]:
    """(imported module, line, at module level) for every package-internal import of ``module``."""
    path, is_package = MODULES[module]
    found: list[tuple[str, int, bool]] = []

    def visit(body: list[ast.stmt], top: bool) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue  # never executed
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.extend((t, node.lineno, top) for t in _targets(module, is_package, node))
            inner = top and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for name in ("body", "orelse", "finalbody", "handlers"):
                block = getattr(node, name, None)
                if isinstance(block, list):
                    visit([b for b in block if isinstance(b, (ast.stmt, ast.ExceptHandler))], inner)  # type: ignore[misc]

    visit(ast.parse(path.read_text(encoding="utf-8")).body, True)
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` as a path (first node repeated at the end), or [] when there is none."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def dfs(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := dfs(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := dfs(node)):
            return found
    return []


def test_the_walk_sees_the_package():
    # guards the checks below against passing because they saw nothing
    assert {"summarizer.api", "summarizer.cli", "summarizer.pipeline", "summarizer.engines.llm.engine"} <= set(MODULES)
    assert ("summarizer.pipeline", True) in {(t, top) for t, _, top in _imports("summarizer.api")}
    assert ("summarizer.engines.llm.engine", False) in {(t, top) for t, _, top in _imports("summarizer.engines")}


def test_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_package_modules():
    graph = {m: {t for t, _, _ in _imports(m)} - {m} for m in MODULES}
    assert _cycle(graph) == [], "import cycle: " + " → ".join(_cycle(graph))


@pytest.mark.parametrize("module", sorted(set(MODULES) - ENTRY_POINTS))
def test_library_never_imports_the_cli(module):
    assert "summarizer.cli" not in {t for t, _, _ in _imports(module)}


def test_imports_inside_functions_are_measured_start_up_optimisations():
    bad = []
    for module, (path, _) in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for _target, line, top in sorted(set(_imports(module))):
            if top:
                continue
            comment = " ".join(lines[max(0, line - 4) : line]).lower()
            if "start-up optimisation" not in comment or "measured" not in comment:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {lines[line - 1].strip()}")
    assert bad == [], "package-internal imports inside functions without a measured start-up comment:\n" + "\n".join(
        bad
    )

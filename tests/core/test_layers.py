"""The layers point one way (../STYLE.md, issue 15): `ui/` and `cli/` reach the storage
and update code only through `scamscreen.workspace`, the command line never imports the
app, and no module imports another that imports it back. Read from the source (every
import, those inside functions and under TYPE_CHECKING too), so a lazy import cannot
hide a dependency."""

from __future__ import annotations

import ast
from pathlib import Path

import scamscreen

PACKAGE = Path(scamscreen.__file__).parent

# Imports still to be moved behind the Workspace, as (importing module, imported
# package). The list only shrinks: a new import from ui/ or cli/ into store/ or feeds/
# fails the test.
NOT_YET_MOVED: frozenset[tuple[str, str]] = frozenset()
# Mutual imports still to be untangled (the pair, in sorted order). Only shrinks too.
KNOWN_CYCLES: frozenset[tuple[str, str]] = frozenset()


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    if not level:
        return name or ""
    base = module.split(".")
    base = base[: len(base) - level + (1 if is_package else 0)]
    return ".".join(base + ([name] if name else []))


def imports_of(module: str) -> set[str]:
    """Every scamscreen module `module` imports, anywhere in its source."""
    path = MODULES[module]
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module)
            names = [base]
            names += [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
        else:
            continue
        found.update(n for n in names if n.split(".")[0] == "scamscreen" and n != module)
    return found


def _package(name: str) -> str:
    return ".".join(name.split(".")[:2])


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_ui_and_cli_reach_store_and_feeds_only_through_the_workspace():
    wrong = {
        (module, target)
        for module in MODULES
        if _under(module, "scamscreen.ui") or _under(module, "scamscreen.cli")
        for target in imports_of(module)
        if _under(target, "scamscreen.store") or _under(target, "scamscreen.feeds")
    }
    new = {pair for pair in wrong if (pair[0], _package(pair[1])) not in NOT_YET_MOVED}
    assert not new, "import these through scamscreen.workspace: " + ", ".join(map(str, new))


def test_the_command_line_never_imports_the_app():
    wrong = {
        (module, target)
        for module in MODULES
        if _under(module, "scamscreen.cli")
        for target in imports_of(module)
        if _under(target, "scamscreen.ui")
    }
    new = {pair for pair in wrong if (pair[0], _package(pair[1])) not in NOT_YET_MOVED}
    assert not new, sorted(new)


def test_no_module_imports_one_that_imports_it_back():
    edges = {module: imports_of(module) for module in MODULES}
    cycles = {
        tuple(sorted((a, b)))
        for a, targets in edges.items()
        for b in targets
        if b in edges and a in edges[b]
    }
    assert not cycles - KNOWN_CYCLES, sorted(cycles - KNOWN_CYCLES)


def test_the_lists_of_what_is_left_only_shrink():
    """An entry that no longer applies is removed, so that it cannot come back."""
    edges = {module: imports_of(module) for module in MODULES}
    for module, package in NOT_YET_MOVED:  # (empty now; kept for what comes next)
        assert any(_under(t, package) for t in edges[module]), (module, package)
    for a, b in KNOWN_CYCLES:
        assert b in edges[a] and a in edges[b], (a, b)


def test_the_walk_sees_imports_inside_functions():
    assert "scamscreen.workspace" in imports_of("scamscreen.cli.common")
    assert "scamscreen.feeds.active" in imports_of("scamscreen.workspace")  # (in a method)


def test_the_workspace_and_core_import_no_qt():
    for module in MODULES:
        if module == "scamscreen.workspace" or _under(module, "scamscreen.core"):
            source = MODULES[module].read_text(encoding="utf-8")
            assert "PySide6" not in source, module
            assert not any(
                _under(t, "scamscreen.ui") or _under(t, "scamscreen.cli")
                for t in imports_of(module)
            ), module


UI_MODULE_LINES = 600  # issue 15: the largest UI module under this


def test_no_ui_module_is_600_lines_or_more():
    """A screen that grows past this is split along its seams (a box, a pane, a bar of
    filters becomes a widget of its own), as Settings and History were."""
    long = {
        module: lines
        for module, path in MODULES.items()
        if _under(module, "scamscreen.ui")
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) >= UI_MODULE_LINES
    }
    assert not long, long

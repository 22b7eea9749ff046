"""The package's layers: which module may import which, and no import cycle anywhere.

Imports are read from the source with ``ast`` (nothing is imported). Each rule is one row of ``RULES``: the
modules it is about, and either the only parts of ``modelarts_hl`` they may import or the parts they must not
import. Imports under ``if TYPE_CHECKING:`` are read separately: they never run, so a rule names them only
where it says so, and they may close a cycle only where ``TYPE_CHECKING_CYCLES`` says why.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pytest

PACKAGE = "modelarts_hl"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE


class Kind(Enum):
    RUNS = "runs"  # at import time or when a function runs
    TYPE_CHECKING = "type checking"  # under `if TYPE_CHECKING:` only


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    kind: Kind


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(node: ast.AST, kind: Kind) -> Iterator[tuple[ast.Import | ast.ImportFrom, Kind]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, kind
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for statement in child.body:
                yield from _statements(ast.Module(body=[statement], type_ignores=[]), Kind.TYPE_CHECKING)
            for statement in child.orelse:
                yield from _statements(ast.Module(body=[statement], type_ignores=[]), kind)
        else:
            yield from _statements(child, kind)


def _targets(module: str, path: Path, statement: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The modules of this package a statement imports: a submodule where it names one, else the module."""
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            yield alias.name
        return
    if statement.level:
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(statement.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{statement.module}" if statement.module else package
    else:
        base = statement.module or ""
    for alias in statement.names:
        yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base


def _imports() -> list[Import]:
    found = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for statement, kind in _statements(tree, Kind.RUNS):
            for target in dict.fromkeys(_targets(module, path, statement)):
                if target == PACKAGE or target.startswith(f"{PACKAGE}."):
                    found.append(Import(module, target, statement.lineno, kind))
    return found


IMPORTS = _imports()


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(f"{prefix}.") for prefix in prefixes)


@dataclass(frozen=True)
class Rule:
    """``modules`` (prefixes) import only ``only`` (if given) and none of ``never``; ``exempt`` modules are
    not held to the rule. ``type_checking`` says whether imports under TYPE_CHECKING are held to it too."""

    name: str
    modules: tuple[str, ...]
    why: str
    only: tuple[str, ...] | None = None
    never: tuple[str, ...] = ()
    exempt: tuple[str, ...] = ()
    type_checking: bool = True

    def broken_by(self, found: Import) -> bool:
        if not _within(found.source, self.modules) or _within(found.source, self.exempt):
            return False
        if found.kind is Kind.TYPE_CHECKING and not self.type_checking:
            return False
        if self.only is not None and not _within(found.target, self.only):
            return True
        return _within(found.target, self.never)


_LOCAL = f"{PACKAGE}.local"
_CLI = f"{PACKAGE}.cli"
RULES = (
    Rule(
        "the core knows nothing above it",
        modules=(f"{PACKAGE}._core",),
        only=(f"{PACKAGE}._core", f"{PACKAGE}.errors", f"{PACKAGE}._version"),
        why="transport, auth, signing and the other shared parts serve every resource",
    ),
    Rule(
        "the exceptions stand on the core's redaction",
        modules=(f"{PACKAGE}.errors",),
        only=(f"{PACKAGE}._core.redaction",),
        why="every module raises them; they mask secrets in what they show",
    ),
    Rule(
        "OBS transfers stand on the core",
        modules=(f"{PACKAGE}.obs",),
        only=(f"{PACKAGE}.obs", f"{PACKAGE}._core", f"{PACKAGE}.errors"),
        why="session.obs serves every resource that moves files (LOCAL_SOURCE models, the local backend)",
    ),
    Rule(
        "the session stands on the core and OBS",
        modules=(f"{PACKAGE}.session",),
        only=(f"{PACKAGE}._core", f"{PACKAGE}.errors", f"{PACKAGE}.obs"),
        why="resources hold a session; a session knows no resource",
    ),
    Rule(
        "resources stand on the session, the core and OBS",
        modules=(f"{PACKAGE}.training", f"{PACKAGE}.inference"),
        only=(
            f"{PACKAGE}.training",
            f"{PACKAGE}.inference",
            f"{PACKAGE}.session",
            f"{PACKAGE}._core",
            f"{PACKAGE}.errors",
            f"{PACKAGE}.obs",
        ),
        why="a documented call checks its arguments, builds a plan of generated operations and runs it",
    ),
    Rule(
        "the asyncio API stands on the resources' shared modules, the session and the core",
        modules=(f"{PACKAGE}.aio",),
        only=(
            f"{PACKAGE}.aio",
            f"{PACKAGE}.training",
            f"{PACKAGE}.inference",
            f"{PACKAGE}.session",
            f"{PACKAGE}._core",
            f"{PACKAGE}.errors",
            f"{PACKAGE}.obs",
        ),
        why="its classes await the plans the synchronous classes run, made from the same planners",
    ),
    Rule(
        "nothing imports the asyncio API but its own modules",
        modules=(PACKAGE,),
        exempt=(f"{PACKAGE}.aio",),
        never=(f"{PACKAGE}.aio",),
        why="it is a layer on top: the synchronous API and the local backend work without it",
    ),
    Rule(
        "the documented module paths only re-export",
        modules=(
            f"{PACKAGE}.estimatorV2",
            f"{PACKAGE}.train_params",
            f"{PACKAGE}.model",
            f"{PACKAGE}.config",
        ),
        only=(f"{PACKAGE}.training", f"{PACKAGE}.inference", f"{PACKAGE}.errors"),
        why="they exist so that code written for the official SDK imports unchanged",
    ),
    Rule(
        "training and inference are siblings",
        modules=(f"{PACKAGE}.training",),
        never=(f"{PACKAGE}.inference",),
        why="each resource stands on the core alone",
    ),
    Rule(
        "inference and training are siblings",
        modules=(f"{PACKAGE}.inference",),
        never=(f"{PACKAGE}.training",),
        why="each resource stands on the core alone",
    ),
    Rule(
        "the client does not know the local backend",
        modules=(PACKAGE,),
        exempt=(_LOCAL, f"{PACKAGE}.demo", _CLI),
        never=(_LOCAL,),
        why="the local backend is an optional server beside the client; the demo and `local start` run one",
    ),
    Rule(
        "the command line stands on the public library",
        modules=(_CLI,),
        only=(
            _CLI,
            f"{PACKAGE}.session",
            f"{PACKAGE}.training",
            f"{PACKAGE}.inference",
            f"{PACKAGE}.obs",
            f"{PACKAGE}.errors",
            f"{PACKAGE}.profiles",
            _LOCAL,
        ),
        why="every behaviour of a command is the library's; a command reads options and shows results",
    ),
    Rule(
        "nothing imports the command line",
        modules=(PACKAGE,),
        exempt=(_CLI, f"{PACKAGE}.__main__"),
        never=(_CLI,),
        why="it is an application on top of the library (python -m modelarts_hl runs it)",
    ),
    Rule(
        "the local backend uses the client's public parts only",
        modules=(_LOCAL,),
        only=(
            _LOCAL,
            f"{PACKAGE}.obs",
            f"{PACKAGE}.errors",
            f"{PACKAGE}._core.signing",
            f"{PACKAGE}._core.credentials",
            f"{PACKAGE}._core.extras",
            f"{PACKAGE}._core.lazy",
            f"{PACKAGE}.inference.apis",
            f"{PACKAGE}.session",
        ),
        why=(
            "its runtimes move files with the OBS client, its server checks signatures with the client's "
            "signing code, the batch runtime reads a model's file parameter as the client does, "
            "backend.session() builds a Session, backend.environment() names the variables as the client "
            "reads them, and a missing [local] extra is told in one line (its names are imported on first "
            "use)"
        ),
    ),
    Rule(
        "runtimes never call back into the API server",
        modules=(f"{_LOCAL}.runtime",),
        never=(f"{_LOCAL}.server", f"{_LOCAL}.backend", f"{_LOCAL}.__main__"),
        why="the server hands work to the runtimes; what runtimes share with it lives in store/ or errors.py",
    ),
    Rule(
        "the store knows neither the server nor the runtimes",
        modules=(f"{_LOCAL}.store",),
        never=(f"{_LOCAL}.server", f"{_LOCAL}.runtime", f"{_LOCAL}.backend", f"{_LOCAL}.__main__"),
        why="handlers and runtimes both read and write through it",
    ),
    Rule(
        "the local backend's vocabulary stands alone",
        modules=(f"{_LOCAL}.errors", f"{_LOCAL}.config"),
        never=(_LOCAL,),
        why="every layer of the backend uses its error codes and its settings",
    ),
    Rule(
        "serving code imports nothing else of the package",
        modules=(f"{_LOCAL}.serving",),
        only=(f"{_LOCAL}.serving",),
        why="it runs inside model processes as the top-level model_service and modelarts_server packages",
    ),
)

# Cycles that imports under TYPE_CHECKING may close (each set of modules, and why it is allowed).
TYPE_CHECKING_CYCLES: dict[frozenset[str], str] = {}


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule(rule: Rule) -> None:
    assert any(_within(module, rule.modules) for module in MODULES), "the rule names no module"
    broken = [
        f"{found.source}:{found.line} imports {found.target} ({found.kind.value})"
        for found in IMPORTS
        if rule.broken_by(found)
    ]
    assert not broken, f"{rule.name} ({rule.why}):\n" + "\n".join(broken)


def _cycles(imports: list[Import], kinds: set[Kind]) -> list[frozenset[str]]:
    """Strongly connected sets of more than one module (or a module importing itself), by Tarjan."""
    graph: dict[str, set[str]] = {}
    for found in imports:
        graph.setdefault(found.target, set())
        if found.kind in kinds:
            graph.setdefault(found.source, set()).add(found.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            members = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.add(member)
                if member == module:
                    break
            if len(members) > 1 or module in graph[module]:
                cycles.append(frozenset(members))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycle() -> None:
    assert _cycles(IMPORTS, {Kind.RUNS}) == []


def test_type_checking_imports_close_only_the_cycles_allowed() -> None:
    cycles = set(_cycles(IMPORTS, {Kind.RUNS, Kind.TYPE_CHECKING}))
    unexplained = cycles - set(TYPE_CHECKING_CYCLES)
    assert not unexplained, [sorted(cycle) for cycle in unexplained]


def test_the_reading_sees_every_kind_of_import() -> None:
    """The rules are only as good as the reading: it must see relative, absolute, deferred and
    TYPE_CHECKING imports, and name the submodule a `from package import module` takes."""
    seen = {(found.source, found.target, found.kind) for found in IMPORTS}
    assert (f"{_LOCAL}.server.handlers", f"{_LOCAL}.server.handlers.iam", Kind.RUNS) in seen
    assert (f"{_LOCAL}.server.app", f"{_LOCAL}.errors", Kind.RUNS) in seen
    assert (f"{_LOCAL}.backend", f"{PACKAGE}.session", Kind.TYPE_CHECKING) in seen
    assert (f"{PACKAGE}.inference.local_source", f"{PACKAGE}.obs", Kind.TYPE_CHECKING) in seen
    # backend.session() imports the Session class when it is called.
    deferred = [found for found in IMPORTS if found.source == f"{_LOCAL}.backend" and found.kind is Kind.RUNS]
    assert f"{PACKAGE}.session" in {found.target for found in deferred}


def test_a_broken_rule_is_reported() -> None:
    rule = next(rule for rule in RULES if rule.modules == (f"{_LOCAL}.runtime",))
    assert rule.broken_by(Import(f"{_LOCAL}.runtime.null", f"{_LOCAL}.server.registry", 1, Kind.RUNS))
    assert not rule.broken_by(Import(f"{_LOCAL}.runtime.null", f"{_LOCAL}.store.state", 1, Kind.RUNS))
    errors = next(rule for rule in RULES if rule.modules == (f"{PACKAGE}.errors",))
    assert not errors.broken_by(Import(f"{PACKAGE}.errors", f"{PACKAGE}._core.redaction", 1, Kind.RUNS))
    assert errors.broken_by(Import(f"{PACKAGE}.errors", f"{PACKAGE}._core.signing", 1, Kind.TYPE_CHECKING))


def test_a_cycle_is_found() -> None:
    imports = [
        Import("a", "b", 1, Kind.RUNS),
        Import("b", "c", 1, Kind.RUNS),
        Import("c", "a", 1, Kind.TYPE_CHECKING),
        Import("c", "c", 2, Kind.RUNS),
        Import("d", "a", 1, Kind.RUNS),
    ]
    assert _cycles(imports, {Kind.RUNS}) == [frozenset({"c"})]
    assert _cycles(imports, {Kind.RUNS, Kind.TYPE_CHECKING}) == [frozenset({"a", "b", "c"})]

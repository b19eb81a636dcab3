"""The shape of a flow as written, read from the raw YAML so that it works even when some
steps did not validate: where each step may lead, targets that do not exist, steps nothing
leads to, steps from which the end cannot be reached, message steps that loop."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from dialogs.check_texts import said
from dialogs.models import END
from texts.i18n import Said

Path = tuple[str | int, ...]
Problem = tuple[Path, Said]


@dataclass(frozen=True)
class RawStep:
    index: int
    id: str
    kind: object
    targets: tuple[tuple[Path, str], ...] = ()  # (path of the key, the step id it names)
    falls_through: bool = True  # goes on to the next step in the file when no rule matches

    @property
    def path(self) -> Path:
        return ("steps", self.index, "id")


@dataclass
class Graph:
    steps: list[RawStep]
    by_id: dict[str, RawStep] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for step in self.steps:
            self.by_id.setdefault(step.id, step)

    def following(self, step: RawStep) -> str:
        later = [s for s in self.steps if s.index > step.index]
        return later[0].id if later else END

    def successors(self, step: RawStep) -> list[str]:
        """Where the step may lead; a target the file lacks counts as the end (it is an
        error of its own, not a dead end too)."""
        found = [t if t in self.by_id else END for _, t in step.targets]
        return [*found, self.following(step)] if step.falls_through else found

    def reach(self, start: list[str], back: bool = False) -> set[str]:
        """Steps reachable from `start` (or, with `back`, those that can reach it)."""
        edges = {s.id: self.successors(s) for s in self.steps}
        if back:
            reverse: dict[str, list[str]] = {}
            for source, targets in edges.items():
                for target in targets:
                    reverse.setdefault(target, []).append(source)
            edges = reverse
        seen, todo = set(start), list(start)
        while todo:
            for target in edges.get(todo.pop(), []):
                if target not in seen and (target in self.by_id or target == END):
                    seen.add(target)
                    todo.append(target)
        return seen


def raw_graph(raw: tuple) -> Graph:
    steps = []
    for index, item in enumerate(raw):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            targets, falls = _targets(item.get("next"))
            steps.append(RawStep(index, item["id"], item.get("kind"), targets, falls))
    return Graph(steps)


def _targets(value: object) -> tuple[tuple[tuple[Path, str], ...], bool]:
    if value is None:
        return (), True
    if isinstance(value, str):
        return ((("next",), value),), False
    if not isinstance(value, tuple):
        return (), True  # a wrong shape: validation says so
    targets: list[tuple[Path, str]] = []
    for j, rule in enumerate(value):
        if isinstance(rule, dict):
            for key in ("default", "goto"):
                if isinstance(rule.get(key), str):
                    targets.append((("next", j), rule[key]))
    has_default = any(isinstance(r, dict) and "default" in r for r in value)
    return tuple(targets), not has_default


def unknown_targets(graph: Graph) -> Iterator[Problem]:
    """Every `next`, `goto` and `default` naming a step the file does not have."""
    for step in graph.steps:
        for path, target in step.targets:
            if target != END and target not in graph.by_id:
                word = "next" if path == ("next",) else "goto"
                yield ("steps", step.index, *path), said("UNKNOWN_TARGET", word=word, target=target)


def unreachable(graph: Graph) -> Iterator[Problem]:
    """Steps no path from the first step leads to (warnings)."""
    if not graph.steps:
        return
    seen = graph.reach([graph.steps[0].id])
    for step in graph.steps:
        if step.id not in seen and graph.by_id[step.id] is step:
            yield step.path, said("UNREACHABLE", step=step.id)


def traps(graph: Graph) -> Iterator[Problem]:
    """Steps a member can reach but never leave for the end: every way on leads back
    (warnings). Each trap is reported where it is entered."""
    if not graph.steps:
        return
    reached = graph.reach([graph.steps[0].id])
    ending = graph.reach([END], back=True)
    stuck = {s for s in reached if s in graph.by_id and s not in ending}
    for step in graph.steps:
        if step.id not in stuck or graph.by_id[step.id] is not step:
            continue
        entered = step is graph.steps[0] or any(
            step.id in graph.successors(other) for other in graph.steps if other.id not in stuck
        )
        loop = _loop(graph, step, stuck)
        cycle = loop[loop.index(loop[-1]) :]
        if entered and any(graph.by_id[s].kind != "message" for s in cycle):  # else an error
            yield step.path, said("TRAP", step=step.id, loop=" -> ".join(loop))


def _loop(graph: Graph, start: RawStep, stuck: set[str]) -> list[str]:
    """One way round a trap, from `start` until a step comes again."""
    chain, current = [start.id], start
    while True:
        target = next((t for t in graph.successors(current) if t in stuck), None)
        if target is None:
            return chain
        chain.append(target)
        if chain.count(target) > 1 or len(chain) > 12:
            return chain
        current = graph.by_id[target]


def message_loops(graph: Graph) -> Iterator[Problem]:
    """Message steps that lead round to themselves without a question (an error)."""
    for step in graph.steps:
        chain, current = [step.id], step
        while current.kind == "message":
            target = graph.successors(current)[0] if graph.successors(current) else END
            if target == step.id:
                yield step.path, said("MESSAGE_LOOP", loop=" -> ".join([*chain, target]))
                return
            if target not in graph.by_id or target in chain:
                break
            chain.append(target)
            current = graph.by_id[target]

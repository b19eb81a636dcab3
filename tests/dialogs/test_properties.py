"""Property tests: any sequence of events, on shipped and random flows, keeps the state sound."""

import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import (
    ButtonEvent,
    CommandEvent,
    DialogState,
    Flow,
    StartEvent,
    TextEvent,
    UnsupportedEvent,
    analyse,
    handle,
    load_flows,
    parse_flow,
    start,
)
from dialogs.loader import default_flows_dir
from dialogs.models import ChoiceStep

from .conversation import NOW, fake_sentiment, sample_flow

SHIPPED = load_flows(default_flows_dir())
FLOWS = [sample_flow(), *SHIPPED.values()]


def events_for(flow: Flow) -> st.SearchStrategy:
    step_ids = [s.id for s in flow.steps]
    values = ["done", "continue", "0", "1", "3", "5", "99", "-1", ""]
    labels = ["continue", "done", "3", "seven"]
    for step in flow.steps:
        if isinstance(step, ChoiceStep):
            values += [o.id for o in step.options]
            labels += [o.label for o in step.options]
    texts = st.one_of(
        st.text(max_size=60),
        st.sampled_from(labels),
        st.builds(lambda c, n: c * n, st.characters(), st.integers(1000, 5000)),
    )
    return st.one_of(
        st.just(StartEvent()),
        st.builds(TextEvent, texts),
        st.builds(
            ButtonEvent,
            st.sampled_from(step_ids) | st.text(max_size=30),
            st.sampled_from(values) | st.text(max_size=30),
        ),
        st.builds(CommandEvent, st.sampled_from(["back", "skip", "/back", "help", ""])),
        st.builds(UnsupportedEvent, st.sampled_from(["sticker", "photo", "voice", "document"])),
    )


def check_sound(flow: Flow, state: DialogState) -> None:
    ids = {s.id for s in flow.steps}
    if state.finished:
        assert state.step_id is None
    else:
        assert state.step_id in ids
        assert flow.step(state.step_id).kind != "message"
    assert set(state.history) <= ids
    assert set(state.answers) <= ids
    assert DialogState.from_json(json.loads(json.dumps(state.to_json()))) == state


def likely(flow: Flow, state: DialogState) -> st.SearchStrategy:
    """Events that fit the current step, so runs get deep into the flow."""
    step = flow.step(state.step_id)
    if step is None:
        return st.just(StartEvent())
    if isinstance(step, ChoiceStep) and step.multiple:
        unselected = [o.id for o in step.options if o.id not in state.selection]
        enough = len(state.selection) >= step.min_selections
        values = ["done"] if enough or not unselected else unselected
    elif isinstance(step, ChoiceStep):
        values = [o.id for o in step.options]
    elif step.kind == "scale":
        values = [str(n) for n in range(step.min, step.max + 1)]
    elif step.kind == "vote":
        values = ["continue"]
    else:
        words = ["It is great here", "The bins are bad", "More trees please", "ok"]
        return st.builds(TextEvent, st.sampled_from(words))
    return st.builds(ButtonEvent, st.just(step.id), st.sampled_from(values))


def drive(data: st.DataObject, flow: Flow, steps: int, sentiment=fake_sentiment) -> None:
    """Draw each event after seeing the state: mostly fitting answers, sometimes anything."""
    outcome = start(flow, NOW)
    check_sound(flow, outcome.state)
    anything = events_for(flow)
    for _ in range(steps):
        fits = likely(flow, outcome.state)
        event = data.draw(st.one_of(fits, fits, fits, anything))
        outcome = step_once(flow, outcome, event, sentiment)


def step_once(flow: Flow, outcome, event, sentiment):
    before = outcome.state
    outcome = handle(flow, before, event, NOW, sentiment=sentiment)
    check_sound(flow, outcome.state)
    assert outcome.replies or outcome.edit, "every event gets a reply or an edit"
    if not outcome.changed:
        assert outcome.state == before and outcome.answer is None
    if outcome.answer is not None:
        assert flow.step(outcome.answer.step_id) is not None
    return outcome


def run(flow: Flow, events: list, sentiment=fake_sentiment) -> None:
    outcome = start(flow, NOW)
    check_sound(flow, outcome.state)
    for event in events:
        outcome = step_once(flow, outcome, event, sentiment)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_events_on_fixed_flows(data):
    flow = data.draw(st.sampled_from(FLOWS))
    run(flow, data.draw(st.lists(events_for(flow), max_size=40)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mostly_fitting_events_reach_deep_into_fixed_flows(data):
    drive(data, data.draw(st.sampled_from(FLOWS)), steps=data.draw(st.integers(0, 40)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_events_with_real_sentiment(data):
    flow = data.draw(st.sampled_from(list(SHIPPED.values())))
    drive(data, flow, steps=data.draw(st.integers(0, 30)), sentiment=analyse)


KINDS = ["message", "text", "choice", "multi", "scale", "proposal", "vote", "feedback"]


@st.composite
def random_flow(draw) -> Flow:
    count = draw(st.integers(1, 7))
    ids = [f"s{i}" for i in range(count)]
    steps = []
    for i, step_id in enumerate(ids):
        kind = draw(st.sampled_from(KINDS))
        following = ids[i + 1] if i + 1 < count else "end"
        steps.append(draw(random_step(step_id, kind, ids, following)))
    engagement = {
        "nudge_after": "1h",
        "max_nudges": 1,
        "followup_after": "2h",
        "negative_threshold": -0.2,
        "positive_threshold": 0.4,
        "min_words": 2,
    }
    document = {"id": "random", "title": "Random", "language": "en", "engagement": engagement}
    return parse_flow(yaml.dump({**document, "steps": steps}, Dumper=_Plain), "random.yaml")


class _Plain(yaml.SafeDumper):
    """Writes shared objects out again instead of as anchors (flow files refuse them)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


@st.composite
def random_step(draw, step_id: str, kind: str, ids: list[str], following: str) -> dict:
    step: dict = {"id": step_id, "kind": "choice" if kind == "multi" else kind, "prompt": "Q?"}
    optional = kind not in ("message", "vote") and draw(st.booleans())
    step["optional"] = optional
    conditions: list[dict] = []
    if kind in ("choice", "multi"):
        options = [f"o{j}" for j in range(draw(st.integers(2, 4)))]
        step["options"] = [{"id": o, "label": f"Option {o}"} for o in options]
        if kind == "multi":
            step.update(multiple=True, min_selections=draw(st.integers(0, len(options))))
        conditions = [{"equals": draw(st.sampled_from(options))}, {"in": options[:2]}]
    elif kind == "scale":
        step.update(min=1, max=5)
        conditions = [{"lt": 3}, {"gte": 4}, {"equals": 5}]
    elif kind in ("text", "proposal", "feedback"):
        conditions = [{"sentiment": s} for s in ("negative", "neutral", "positive")]
        if kind == "proposal":
            step["min_length"] = 1
    if optional:
        conditions.append({"skipped": True})
    chosen = draw(st.lists(st.sampled_from(conditions), max_size=3)) if conditions else []
    targets = st.sampled_from([*ids, "end"])
    rules = [{**condition, "goto": draw(targets)} for condition in chosen]
    if rules or draw(st.booleans()):
        step["next"] = [*rules, {"default": following}]
    return step


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_events_on_random_valid_flows(data):
    flow = data.draw(random_flow())
    if data.draw(st.booleans()):
        run(flow, data.draw(st.lists(events_for(flow), max_size=30)))
    else:
        drive(data, flow, steps=data.draw(st.integers(0, 30)))

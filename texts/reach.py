"""How people came and what they did, for a session's team: the trust funnel (/funnel), the
cascades of invitations (/reach), the champions and who to involve next (/champions), their
pictures, and their short block in /stats (decision 0034)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/reach.ftl."""
    return text("reach", name)


# -- words shared by the views -----------------------------------------------------------
STAGE_NAMES: Mapping[str, Text]
SOURCE_NAMES: Mapping[str, Text]
TAG_NAME: Text
SEED_NAMES: Mapping[str, Text]
SECONDS: Text
MINUTES: Text
HOURS: Text
DAYS: Text
MORE_ROWS: Text
FEWER_THAN: Text

# -- /funnel -------------------------------------------------------------------------------
FUNNEL_HEAD: Text
FUNNEL_NONE: Text
FUNNEL_HOW: Text
STAGE_FIRST: Text
STAGE_NEXT: Text
STAGE_NEXT_NONE: Text
MEDIAN: Text
BREAKDOWN_LEGEND: Text
BY_SOURCE: Text
BY_TAG: Text
BY_CHAMPION: Text
BY_SEED: Text
BREAKDOWN_ROW: Text
STEPS_HEAD: Text
STEP_ROW: Text
STEP_WORST: Text
STEPS_NONE: Text

# -- /reach --------------------------------------------------------------------------------
REACH_HEAD: Text
REACH_NONE: Text
REACH_JOINED: Text
REACH_NO_CASCADES: Text
REACH_CASCADES: Text
REACH_LARGEST: Text
REACH_GENERATIONS: Text
GENERATION: Text
REACH_K: Text
REACH_VIRALITY_HOW: Text
REACH_TREES: Text
TREE_ROW: Text
REACH_SEEDS: Text
SEED_ROW: Text
REACH_CAPTION: Text
TREE_TITLE: Text
TREE_GENERATION: Text
TREE_TOOK_PART: Text
TREE_JOINED_ONLY: Text
TREE_CUT: Text
TREE_NONE: Text

# -- /champions ----------------------------------------------------------------------------
CHAMPIONS_HEAD: Text
CHAMPIONS_NONE: Text
CHAMPION_ROW: Text
BRIDGING: Text
BRIDGING_NONE: Text
CHAMPIONS_HOW: Text
NEXT_HEAD: Text
NEXT_INVOLVE: Text
NEXT_INVITE: Text
NEXT_GROUP: Text
NEXT_LINK: Text
NEXT_NONE: Text
QUADRANTS: Mapping[str, Text]
QUADRANT_COUNTS: Text
PICTURE_TITLE: Text
PICTURE_X: Text
PICTURE_Y: Text
PICTURE_NONE: Text
CHAMPIONS_CAPTION: Text

# -- /stats --------------------------------------------------------------------------------
STATS_HEAD: Text
STATS_FUNNEL: Text
STATS_REACH: Text
STATS_NO_REACH: Text
STATS_MORE: Text

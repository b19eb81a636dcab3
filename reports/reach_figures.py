"""The trust funnel, the cascades and the champions of a session, computed together from
one `Reach` (they share its invitation forest): what /funnel, /reach, /champions, the /stats
block, the report and the exports show (decision 0034). Pure."""

from __future__ import annotations

from dataclasses import dataclass

from reports.cascades import Cascades, Invitations, cascades, invitations
from reports.champions import Champions, champions
from reports.funnel import TrustFunnel, trust_funnel
from reports.reach import Reach


@dataclass(frozen=True)
class ReachFigures:
    reach: Reach
    graph: Invitations
    funnel: TrustFunnel
    cascades: Cascades
    champions: Champions


def figures(reach: Reach) -> ReachFigures:
    graph = invitations(reach.joined, reach.columns)
    return ReachFigures(
        reach, graph, trust_funnel(reach), cascades(reach, graph), champions(reach, graph)
    )

"""`kg draw --camps`: each panel's actors filled by camp, pairs that turned marked.

The panels of a diagram and the periods of the analysis are cut the same way
(graph.network.views.bin_label), so a panel's camps are those of its own period.
"""

from __future__ import annotations

from graph.analysis.analyze import analyze
from graph.gazetteer import Gazetteer
from graph.model import Statement
from graph.network.views import node_id

# Okabe-Ito colours that are neither the cooperation blue nor the hostility vermillion
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#BBBBBB", "#8C6D31",
           "#9ECAE1", "#A1D99B", "#FDD0A2")


def mark_camps(diagram, statements: list[Statement], by: str | None, gaz: Gazetteer) -> None:
    """Fill in `camps` and `turns` of every panel of a graph.draw Diagram."""
    result = analyze(statements, by=by or "year", shuffles=0)
    whole = analyze(statements, by=None, shuffles=0) if by is None else result
    letters = sorted({c for p in whole.periods for c in p.camps.values()})
    colour = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(letters)}
    periods = {p.label: p for p in whole.periods}
    for panel in diagram.panels:
        found = periods.get(panel.title if by else "all")
        if found is not None:
            panel.camps = {node_id(a, gaz): colour[c] for a, c in found.camps.items()}
        panel.turns = {frozenset((node_id(t.a, gaz), node_id(t.b, gaz))) for t in result.turning
                       if by is None or t.period == panel.title}

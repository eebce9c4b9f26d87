"""Turning points: pairs whose net sign changed from one period to the next they appear in.

"France - Mali: + in 2021 (2 events), - in 2022 (3 events)", with the events on each side as
evidence. A pair absent from a period is compared across the gap, with the last period it was
seen in; a tie whose cooperation and hostility cancel out (sign 0) is no side.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.analysis.signed import Tie


@dataclass(frozen=True, slots=True)
class TurningPoint:
    a: str
    b: str
    before_period: str
    period: str  # the period the new sign is first seen in
    before: Tie
    after: Tie

    @property
    def change(self) -> str:
        mark = {1: "+", -1: "-"}
        return f"{mark[self.before.sign]} -> {mark[self.after.sign]}"


def turning_points(periods: list[tuple[str, dict[tuple[str, str], Tie]]]) -> list[TurningPoint]:
    """`periods`: (label, ties by pair) in time order."""
    last: dict[tuple[str, str], tuple[str, Tie]] = {}
    out = []
    for label, pair_ties in periods:
        for pair in sorted(pair_ties):
            tie = pair_ties[pair]
            if not tie.sign:
                continue
            seen = last.get(pair)
            if seen is not None and seen[1].sign != tie.sign:
                out.append(TurningPoint(pair[0], pair[1], seen[0], label, seen[1], tie))
            last[pair] = (label, tie)
    return out

"""An Analysis as text: a table for people, CSV rows for spreadsheets, JSON for programs."""

from __future__ import annotations

import csv
import io
import json

from graph.analysis.analyze import Analysis
from graph.analysis.events import Event
from graph.analysis.signed import Tie
from graph.analysis.turning import TurningPoint

ANALYSIS_FORMATS = ("table", "csv", "json")
_SIGN = {1: "+", -1: "-", 0: "0"}


def _num(x: float | None, digits: int = 2) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _event_json(e: Event) -> dict:
    best = e.evidence()
    return {"id": e.id, "date": e.date, "subject": e.subject, "relation": e.relation,
            "object": e.object, "polarity": e.polarity, "reports": len(e.reports),
            "sources": e.sources, "documents": list(e.documents), "evidence": best.sentence,
            "evidence_document": best.doc_id}


def _tie_json(t: Tie) -> dict:
    return {"sign": t.sign, "net": round(t.net, 4), "events": len(t.events), "reports": t.reports,
            "evidence": [_event_json(e) for e in t.events]}


def _turn_json(t: TurningPoint) -> dict:
    return {"a": t.a, "b": t.b, "change": t.change, "before_period": t.before_period,
            "period": t.period, "before": _tie_json(t.before), "after": _tie_json(t.after)}


def to_json(a: Analysis) -> dict:
    return {
        "by": a.by,
        "statements": a.statements,
        "events": len(a.events),
        "copies": a.copies,
        "periods": [{
            "period": p.label, "events": p.events, "reports": p.reports,
            "actors": p.graph.number_of_nodes(), "signed_ties": p.graph.number_of_edges(),
            "camps": p.members(), "camp_frustration": p.camp_frustration,
            "ties": [{"a": a_, "b": b_, "sign": t.sign, "net": round(t.net, 4),
                      "events": len(t.events), "reports": t.reports}
                     for (a_, b_), t in sorted(p.ties.items())],
            "stability": p.stability,
            "triangles": p.balance.triangles, "balanced": p.balance.balanced,
            "balanced_share": p.balance.share, "baseline_share": p.balance.baseline,
            "baseline_sd": p.balance.baseline_sd, "p_value": p.balance.p_value,
            "frustration_index": {"lower": p.frustration.lower, "upper": p.frustration.upper,
                                  "exact": p.frustration.exact},
        } for p in a.periods],
        "trajectories": {actor: dict(path) for actor, path in a.trajectories().items()},
        "moves": [{"actor": m.actor, "period": m.period, "from": m.before, "to": m.after,
                   "lasting": m.lasting} for m in a.moves()],
        "turning_points": [_turn_json(t) for t in a.turning],
    }


def _side(t: Tie, period: str) -> str:
    events = "; ".join(f"{e.relation} {e.date or 'undated'}"
                       + (f" ({len(e.reports)} reports, {e.sources} sources)"
                          if len(e.reports) > 1 else "")
                       for e in t.events[:3])
    more = f"; +{len(t.events) - 3} more" if len(t.events) > 3 else ""
    return f"{_SIGN[t.sign]} in {period} [{events}{more}]"


def to_table(a: Analysis) -> str:
    out = io.StringIO()
    w = out.write
    reports = sum(len(e.reports) for e in a.events)
    w(f"{len(a.events)} events from {reports} reports ({a.statements} statements); "
      f"{len(a.copies)} documents are copies of another\n\n")
    w("period     events reports actors ties camps camp-frust balanced  shuffled (p)   "
      "frustration stability\n")
    for p in a.periods:
        share = (f"{p.balance.balanced}/{p.balance.triangles}" if p.balance.triangles else "-")
        base = (f"{_num(p.balance.baseline)} ({_num(p.balance.p_value, 3)})"
                if p.balance.triangles else "-")
        w(f"{p.label:<10} {p.events:>6} {p.reports:>7} {p.graph.number_of_nodes():>6} "
          f"{p.graph.number_of_edges():>4} {len(p.members()):>5} {p.camp_frustration:>10} "
          f"{share:>8}  {base:<14} {str(p.frustration):>11} {_num(p.stability):>9}\n")
    w("\ncamps\n")
    for p in a.periods:
        for camp, members in p.members().items():
            w(f"{p.label:<10} {camp}  {', '.join(members)}\n")
    moves = a.moves()
    if moves:
        w("\nmoves between camps (* lasting)\n")
        for m in moves:
            w(f"{m.period:<10} {m.actor}: {m.before} -> {m.after}{' *' if m.lasting else ''}\n")
    if a.turning:
        w("\nturning points\n")
        for t in a.turning:
            w(f"{t.period:<10} {t.a} - {t.b}: {t.change}; {_side(t.before, t.before_period)} "
              f"-> {_side(t.after, t.period)}\n")
    return out.getvalue()


def to_csv(a: Analysis) -> str:
    """One row per fact: section, period, actor, other, value, detail."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", "period", "actor", "other", "value", "detail"])
    for p in a.periods:
        w.writerow(["period", p.label, "", "", p.events,
                    f"reports={p.reports}; triangles={p.balance.triangles}; "
                    f"balanced={p.balance.balanced}; baseline={_num(p.balance.baseline, 4)}; "
                    f"p={_num(p.balance.p_value, 4)}; frustration={p.frustration}; "
                    f"stability={_num(p.stability, 4)}"])
        for actor, camp in sorted(p.camps.items()):
            w.writerow(["camp", p.label, actor, "", camp, ""])
        for (a_, b_), t in sorted(p.ties.items()):
            w.writerow(["tie", p.label, a_, b_, _SIGN[t.sign],
                        f"events={len(t.events)}; reports={t.reports}; net={t.net:.4f}"])
    for m in a.moves():
        w.writerow(["move", m.period, m.actor, "", f"{m.before}->{m.after}",
                    "lasting" if m.lasting else ""])
    for t in a.turning:
        w.writerow(["turning_point", t.period, t.a, t.b, t.change,
                    f"{_side(t.before, t.before_period)} -> {_side(t.after, t.period)}"])
    for copy, original in sorted(a.copies.items()):
        w.writerow(["copy", "", copy, original, "", ""])
    return out.getvalue()


def render(a: Analysis, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(to_json(a), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(a)
    return to_table(a)

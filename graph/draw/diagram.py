"""`kg draw`: signed alliance diagrams with matplotlib.

Cooperation and hostility differ in colour (Okabe-Ito blue and vermillion, safe for the common
colour-vision deficiencies) and in line style (solid, dashed), so the diagram still reads when
printed in grey. Edge width is |net weight| (sum of polarity x confidence over the pair's
statements, see graph/network/views.py), node size the number of partners. `--by` draws one
panel per period with the same node positions in every panel, so that a shift of alliances is
a change of lines between nodes that stay put.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib import patheffects  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from graph.draw import IMAGE_FORMATS  # noqa: E402
from graph.draw.basemap import countries  # noqa: E402
from graph.draw.layout import force_positions, geo_positions, place_labels  # noqa: E402
from graph.errors import KgError  # noqa: E402
from graph.gazetteer import Gazetteer, load  # noqa: E402
from graph.io.atomic import atomic_output  # noqa: E402
from graph.model import Period, Statement  # noqa: E402
from graph.network.views import (  # noqa: E402
    alliance_view,
    bins,
    build_network,
    node_id,
    period_label,
)
from graph.network.visual import SIGN_COLOURS  # noqa: E402
from graph.paths import OUTPUT_DIR  # noqa: E402

STYLE = {  # sign -> (colour, line style, legend text); colours shared with the exports
    1: (SIGN_COLOURS[1], "solid", "cooperation (net > 0)"),
    -1: (SIGN_COLOURS[-1], (0, (5, 2.5)), "hostility (net < 0)"),
    0: (SIGN_COLOURS[0], (0, (1, 1.5)), "balanced"),
}
NODE_FILL, NODE_EDGE, IDLE = "#FFFFFF", "#222222", "#AAAAAA"
SEA, LAND, BORDER = "#EAF1F5", "#F4F1EA", "#C9C2B4"
MIN_FONT = 8.0  # points: the smallest label in any panel
ENDED = "#8C8C8C"  # ties of the previous panel that ended
_HALO = [patheffects.withStroke(linewidth=3, foreground="white")]
_LABEL_MAX = 16


class EmptyDiagram(Exception):
    """Nothing to draw (the CLI reports it as one line and exits 1)."""


@dataclass
class Panel:
    title: str
    graph: nx.Graph
    statements: int
    relations: int
    camps: dict[str, str] = field(default_factory=dict)  # node -> fill colour (kg draw --camps)
    turns: set[frozenset[str]] = field(default_factory=set)  # pairs whose sign turned here


@dataclass
class Diagram:
    panels: list[Panel]
    title: str
    notes: list[str] = field(default_factory=list)


def default_output(focus: str | None, by: str | None) -> Path:
    parts = ["alliances"] + ([focus.lower().replace(" ", "_")] if focus else [])
    parts += [f"by_{by}"] if by else []
    return OUTPUT_DIR / ("_".join(parts) + ".png")


def resolve_focus(focus: str, gaz: Gazetteer, g: nx.Graph) -> str:
    """Node id of ACTOR given as a name, an id or a French name."""
    actor = gaz.get(focus)
    if actor is None:
        low = focus.casefold()
        actor = next((a for a in gaz.actors if a.label_fr.casefold() == low), None)
    if actor is not None:
        return actor.id
    for n, d in g.nodes(data=True):
        if focus.casefold() in (n.casefold(), str(d.get("label", "")).casefold()):
            return n
    raise KgError(f"--focus {focus!r}: no such actor in the gazetteer or the graph")


def _panel(title: str, statements: list[Statement], gaz: Gazetteer,
           keep_nodes: set[str] | None, full: nx.MultiDiGraph | None = None) -> Panel:
    """`full`: the network of these statements, when already built."""
    if full is None:
        full = build_network(statements, gazetteer=gaz)
    g = alliance_view(full)
    if keep_nodes is not None:
        g = g.subgraph(n for n in g if n in keep_nodes).copy()
    relations = sum(1 for u, v, d in full.edges(data=True)
                    if d["view"] == "relations" and u in g and v in g)
    count = sum(1 for s in statements
                if node_id(s.subject, gaz) in g and node_id(s.object, gaz) in g)
    return Panel(title, g, count, relations)


def make_diagram(statements: list[Statement], *, period: Period | None = None,
                 focus: str | None = None, by: str | None = None,
                 gazetteer: Gazetteer | None = None) -> Diagram:
    """The panels to draw, or EmptyDiagram when there is nothing to show."""
    gaz = gazetteer if gazetteer is not None else load()
    if not statements:
        raise EmptyDiagram("no statements match the period and confidence: nothing to draw")
    network = build_network(statements, gazetteer=gaz)
    overall = alliance_view(network)
    keep_nodes = None
    subject = "Alliances and hostilities"
    if focus:
        centre = resolve_focus(focus, gaz, overall)
        if centre not in overall:
            raise EmptyDiagram(f"{focus} takes part in none of the selected statements")
        keep_nodes = set(nx.ego_graph(overall, centre, radius=1))
        subject += f" around {overall.nodes[centre].get('label', centre)}"
    whole = _panel("", statements, gaz, keep_nodes, network)
    span = period_label(period, statements)
    title = (f"{subject}, {span}\n{whole.graph.number_of_nodes()} actors · "
             f"{whole.relations} relations · {whole.statements} statements")
    if not by:
        return Diagram([whole], title)
    groups = list(bins(statements, by))
    panels = [_panel(label, group, gaz, keep_nodes) for label, group in groups]
    panels = [p for p in panels if p.graph.number_of_edges()]
    if not panels:
        raise EmptyDiagram(f"no dated statements to split by {by}")
    notes = []
    undated = len(statements) - sum(len(group) for _, group in groups)
    if undated:
        notes.append(f"{undated} statements without a date precise enough for --by {by} "
                     "are left out of the panels")
    return Diagram(panels, title + f" · by {by}", notes)


def _short(label: str, actor_acronyms: tuple[str, ...]) -> str:
    return actor_acronyms[0] if len(label) > _LABEL_MAX and actor_acronyms else label


def map_extent(pos: dict[str, tuple[float, float]]) -> tuple[float, float, float, float]:
    """(centre lon, centre lat, half width, half height) in degrees: the actors' bounding box
    with margins for labels, never smaller than a region."""
    xs, ys = zip(*pos.values(), strict=True)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half_w = max((max(xs) - min(xs)) / 2 * 1.15, 8.0) + 4
    half_h = max((max(ys) - min(ys)) / 2 * 1.1, 6.0) + 3
    return cx, cy, half_w, half_h


def _map_ratio(pos: dict[str, tuple[float, float]]) -> float:
    """Width / height of the drawn map."""
    _, cy, half_w, half_h = map_extent(pos)
    return half_w * max(math.cos(math.radians(cy)), 0.2) / half_h


def _draw_map(ax: Axes, pos: dict[str, tuple[float, float]]) -> None:
    """Natural Earth land and borders on a pale sea, with a graticule, zoomed on the actors."""
    cx, cy, half_w, half_h = map_extent(pos)
    ax.set_facecolor(SEA)
    rings = [ring for c in countries() for ring in c.rings]
    ax.add_collection(PolyCollection(rings, facecolor=LAND, edgecolor=BORDER, linewidth=0.5,
                                     zorder=0))
    step = 5 if max(half_w, half_h) < 20 else 10 if max(half_w, half_h) < 50 else 30
    x0, x1, y0, y1 = cx - half_w, cx + half_w, cy - half_h, cy + half_h
    ax.set_xticks([v for v in range(-180, 181, step) if x0 <= v <= x1])
    ax.set_yticks([v for v in range(-90, 91, step) if y0 <= v <= y1])
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / max(math.cos(math.radians(cy)), 0.2))
    ax.grid(color="#DCE6EC", lw=0.5, zorder=-1)
    ax.tick_params(labelsize=7, colors="#999999", length=0)
    ax.xaxis.set_major_formatter(lambda v, _: f"{abs(v):.0f}°{'E' if v > 0 else 'W' if v else ''}")
    ax.yaxis.set_major_formatter(lambda v, _: f"{abs(v):.0f}°{'N' if v > 0 else 'S' if v else ''}")
    for spine in ax.spines.values():
        spine.set_color("#DDDDDD")


# where along a focus tie its relation label may sit, from the focus actor outwards: 60% first,
# where the ties have spread apart, then nearer or further until it overlaps no other label
LABEL_STOPS = (0.6, 0.45, 0.75, 0.35, 0.85, 0.25)


def _relation_label(ax: Axes, a: tuple[float, float], b: tuple[float, float], from_a: bool,
                    relations: str, colour: str, placed: list) -> None:
    renderer = ax.figure.canvas.get_renderer()
    to_display, to_data = ax.transData.transform, ax.transData.inverted().transform
    (dx0, dy0), (dx1, dy1) = to_display(a), to_display(b)
    length = math.hypot(dx1 - dx0, dy1 - dy0) or 1.0
    normal = (-(dy1 - dy0) / length, (dx1 - dx0) / length)  # across the tie, in pixels
    text = None
    for shift in (0, 14, -14, 28, -28):
        for stop in LABEL_STOPS:
            t = stop if from_a else 1 - stop
            px = dx0 + (dx1 - dx0) * t + normal[0] * shift
            py = dy0 + (dy1 - dy0) * t + normal[1] * shift
            x, y = to_data((px, py))
            if text is not None:
                text.remove()
            text = ax.text(x, y, relations.replace("; ", "\n"), fontsize=MIN_FONT, color=colour,
                           ha="center", va="center", zorder=4, path_effects=_HALO,
                           linespacing=0.95)
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            if not any(box.overlaps(other) for other in placed):
                placed.append(box)
                return
    placed.append(text.get_window_extent(renderer))


def _draw_panel(ax: Axes, panel: Panel, pos: dict[str, tuple[float, float]],
                located: dict[str, tuple[float, float]], all_nodes: nx.Graph,
                gaz: Gazetteer, max_weight: float, font: float, centre: str | None,
                previous: nx.Graph | None = None) -> None:
    g = panel.graph
    segments = []  # drawn lines, which labels should rather not cover
    placed: list = []  # relation labels' boxes (display units): the next one avoids them
    if previous is not None:  # ties of the previous panel that this one no longer has
        for u, v in previous.edges():
            if not g.has_edge(u, v) and u in pos and v in pos:
                (x0, y0), (x1, y1) = pos[u], pos[v]
                ax.plot([x0, x1], [y0, y1], color=ENDED, linestyle=(0, (1, 2)), lw=1.2,
                        zorder=1)
    for u, v, d in sorted(g.edges(data=True), key=lambda e: abs(e[2]["net_weight"])):
        colour, style, _ = STYLE[d["polarity"]]
        (x0, y0), (x1, y1) = pos[u], pos[v]
        ax.plot([x0, x1], [y0, y1], color=colour, linestyle=style,
                lw=edge_width(d["net_weight"], max_weight), alpha=0.9,
                solid_capstyle="round", dash_capstyle="butt", zorder=2)
        segments.append((x0, y0, x1, y1))
        if frozenset((u, v)) in panel.turns:
            ax.plot([(x0 + x1) / 2], [(y0 + y1) / 2], marker="*", ms=13, color="#111111",
                    markeredgecolor="white", markeredgewidth=0.8, zorder=4)
        elif previous is not None and not previous.has_edge(u, v):  # new in this period
            ax.plot([(x0 + x1) / 2], [(y0 + y1) / 2], marker="D", ms=6, color=colour,
                    markeredgecolor="white", markeredgewidth=1.0, zorder=3)
        if centre is not None and centre in (u, v) and d.get("relations"):
            _relation_label(ax, (x0, y0), (x1, y1), u == centre, d["relations"], colour,
                            placed)
    for n, (x, y) in located.items():  # a node pushed off its capital keeps a tether to it
        sx, sy = pos[n]
        if abs(sx - x) + abs(sy - y) > 0.05:
            ax.plot([x, sx], [y, sy], color="#999999", lw=0.5, zorder=1)
            ax.plot([x], [y], "o", color="#999999", ms=1.5, zorder=1)
            segments.append((x, y, sx, sy))
    texts, anchors, radii = [], [], []
    dpi_scale = ax.figure.dpi / 72
    for n, d in all_nodes.nodes(data=True):
        active = n in g and g.degree(n) > 0
        degree = g.degree(n) if n in g else 0
        size = 30 + 22 * degree if active else 14
        marker = "s" if d.get("type") == "organisation" else "o"
        ax.scatter(*pos[n], s=size, marker=marker, zorder=5,
                   facecolor=panel.camps.get(n, NODE_FILL) if active else "white",
                   edgecolor=NODE_EDGE if active else IDLE,
                   linewidth=2.2 if n == centre else 0.9)
        actor = gaz.by_id.get(n)
        label = _short(d.get("label", n), actor.acronyms if actor else ())
        text = ax.text(*pos[n], label, fontsize=font if active else max(font * 0.9, MIN_FONT),
                       color="#111111" if active else "#999999", ha="center", va="center",
                       zorder=6, path_effects=_HALO,
                       fontweight="bold" if n == centre else "normal")
        texts.append(text)
        anchors.append(pos[n])
        radii.append(math.sqrt(size) / 2 * dpi_scale)
    names = list(all_nodes)
    # the focus actor first, then the busiest actors: they get the spots closest to their node
    order = sorted(range(len(names)), key=lambda k: (names[k] != centre, -radii[k]))
    place_labels(ax, texts, anchors, radii, segments, order)
    if panel.title:
        plural = "" if panel.statements == 1 else "s"
        ax.set_title(f"{panel.title}  ({panel.statements} statement{plural})", fontsize=font + 1)


def edge_width(net: float, max_weight: float) -> float:
    """Line width in points for a net weight: 0.8 for nothing, 5 for the heaviest edge."""
    return 0.8 + 4.2 * abs(net) / max_weight


def _width_steps(max_weight: float) -> list[float]:
    """Two or three round net weights spanning the drawn range, for the legend."""
    steps = sorted({round(v, 1) for v in (min(1.0, max_weight), max_weight / 2, max_weight)
                    if v > 0})
    return steps[-3:]


def _legend(fig: Figure, signs: set[int], has_orgs: bool, bottom: float, max_weight: float,
            periods: bool, camps: bool = False) -> None:
    handles = [Line2D([], [], color=STYLE[s][0], linestyle=STYLE[s][1], lw=2.5,
                      label=STYLE[s][2]) for s in (1, -1, 0) if s in signs]
    for i, value in enumerate(_width_steps(max_weight)):
        text = f"width: |Σ polarity × confidence| = {value:g}" if i == 0 else f"= {value:g}"
        handles.append(Line2D([], [], color="#555555", lw=edge_width(value, max_weight),
                              label=text))
    if periods:
        handles.append(Line2D([], [], color="#555555", marker="D", ms=6, lw=1.5,
                              markeredgecolor="white", label="tie new in this period"))
        handles.append(Line2D([], [], color=ENDED, linestyle=(0, (1, 2)), lw=1.2,
                              label="tie of the previous period, ended"))
    handles.append(Line2D([], [], marker="o", color="none", markerfacecolor=NODE_FILL,
                          markeredgecolor=NODE_EDGE, ms=9, label="state (size: partners)"))
    if camps:
        handles.append(Line2D([], [], color="none", label="node fill: camp (kg analyze)"))
        handles.append(Line2D([], [], marker="*", color="none", markerfacecolor="#111111",
                              ms=12, label="turning point: the pair's sign changed"))
    if has_orgs:
        handles.append(Line2D([], [], marker="s", color="none", markerfacecolor=NODE_FILL,
                              markeredgecolor=NODE_EDGE, ms=8, label="organisation"))
    fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 4), fontsize=9,
               frameon=False, handlelength=3.2, bbox_to_anchor=(0.5, bottom))


def render(diagram: Diagram, output: Path, *, layout: str = "geo", focus: str | None = None,
           gazetteer: Gazetteer | None = None) -> list[str]:
    """Draw the diagram to output (PNG, SVG or PDF by extension); return notes for stderr."""
    gaz = gazetteer if gazetteer is not None else load()
    union = nx.compose_all([p.graph for p in diagram.panels])
    notes = list(diagram.notes)
    if layout == "geo":
        pos, located, missing = geo_positions(union)
        if missing:
            names = ", ".join(str(union.nodes[n].get("label", n)) for n in missing)
            notes.append(f"no coordinates for {names}: placed beside their partners")
    else:
        pos, located = force_positions(union), {}
    n = len(diagram.panels)
    cols = 1 if n == 1 else min(n, 3 if n <= 9 else 4)
    rows = math.ceil(n / cols)
    ratio = _map_ratio(pos) if layout == "geo" else 1.3
    panel_h = 7.2 if n == 1 else 4.2
    panel_w = min(max(panel_h * ratio, 0.75 * panel_h), 2 * panel_h)
    width = max(panel_w * cols + 0.6, 9.5)
    height = panel_h * rows + 1.8 + 0.2 * len(notes)
    fig, axes = plt.subplots(rows, cols, figsize=(width, height), squeeze=False, dpi=110)
    max_weight = max((abs(d["net_weight"]) for p in diagram.panels
                      for _, _, d in p.graph.edges(data=True)), default=1.0) or 1.0
    centre = resolve_focus(focus, gaz, union) if focus else None
    fig.suptitle(diagram.title, fontsize=13 if n == 1 else 14)
    fig.subplots_adjust(left=0.04, right=0.98, top=1 - 1.0 / height,
                        bottom=(0.75 + 0.2 * len(notes)) / height,
                        wspace=0.08, hspace=0.22)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    for index, (ax, panel) in enumerate(zip(axes.flat, diagram.panels, strict=False)):
        if layout == "geo":
            _draw_map(ax, pos)
        else:
            ax.set_axis_off()
            ax.margins(0.12)
            xs, ys = zip(*pos.values(), strict=True)
            ax.set_xlim(min(xs) - 0.25, max(xs) + 0.25)
            ax.set_ylim(min(ys) - 0.2, max(ys) + 0.2)
        previous = diagram.panels[index - 1].graph if n > 1 and index else None
        _draw_panel(ax, panel, pos, located, union, gaz, max_weight,
                    font=9.5 if n == 1 else 8.5, centre=centre, previous=previous)
    signs = {d["polarity"] for p in diagram.panels for _, _, d in p.graph.edges(data=True)}
    orgs = any(d.get("type") == "organisation" for _, d in union.nodes(data=True))
    line = 0.2 / height  # one line of small text, as a fraction of the figure height
    _legend(fig, signs, orgs, bottom=line * len(notes) + 0.004, max_weight=max_weight,
            periods=n > 1, camps=any(p.camps for p in diagram.panels))
    for i, note in enumerate(notes):
        fig.text(0.5, 0.006 + line * i, note, ha="center", fontsize=8, color="#555555")
    with atomic_output(output) as tmp:
        fig.savefig(tmp, format=output.suffix.lstrip(".").lower())
    plt.close(fig)
    return notes


def draw_statements(statements: list[Statement], output: Path, *, period: Period | None = None,
                    focus: str | None = None, by: str | None = None, layout: str = "geo",
                    gazetteer: Gazetteer | None = None, camps: bool = False) -> Diagram:
    """Everything `kg draw` does after reading the store; the diagram drawn, its notes
    completed. Raises EmptyDiagram when there is nothing to draw."""
    if output.suffix.lower() not in IMAGE_FORMATS:
        raise KgError(f"{output}: the output must end in .png, .svg or .pdf")
    gaz = gazetteer if gazetteer is not None else load()
    diagram = make_diagram(statements, period=period, focus=focus, by=by, gazetteer=gaz)
    if camps:
        from graph.analysis.draw import mark_camps

        mark_camps(diagram, statements, by, gaz)
    diagram.notes = render(diagram, output, layout=layout, focus=focus, gazetteer=gaz)
    return diagram

"""Alliance diagrams: `diagram` (what to draw, and drawing it), `layout` (where nodes and
labels go), `basemap` (Natural Earth countries behind geographic layouts)."""

IMAGE_FORMATS = (".png", ".svg", ".pdf")  # by output extension; matplotlib writes each
LAYOUTS = ("geo", "force")

"""The trait colours, shared by the growth view's charts and the reports' charts, so a
trait looks the same everywhere. Ten colours that stay apart on light and dark
backgrounds (Tableau 10)."""

COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
TRUST_COLOUR = "#2b5f8a"  # the composite, on a light background

"""The program report's charts: the report's figures (grantbox/grants/report.py
`program_report`) as `Chart`s — title, axis titles, labels and series, which the report page
also prints as a table under each picture — and each chart rendered to SVG by pygal.

Pure: no clock, no database. The SVG is served as its own response (`/report/<name>.svg`,
shown with `<img>`): pygal's SVG carries an inline <style>, which the pages' CSP refuses, and a
<script> holding its config, which `_no_script` removes (the chart needs none of it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pygal
from pygal.style import Style

# Readable on the review pages' white cards; colours told apart by people with the common
# colour-vision deficiencies (Okabe–Ito).
_STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1d1d1f",
    foreground_strong="#1d1d1f",
    foreground_subtle="#9a9a9a",
    font_family="system-ui, 'DejaVu Sans', Arial, sans-serif",
    title_font_size=17,
    label_font_size=12,
    major_label_font_size=12,
    legend_font_size=13,
    value_font_size=12,
    colors=("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"),
)
WIDTH, HEIGHT = 820, 380


@dataclass(frozen=True)
class Chart:
    """One chart: what it shows, drawn (`svg`) or read as a table (`rows`)."""

    name: str  # the URL: /report/<name>.svg
    kind: str  # bar | hbar | stacked
    title: str
    x_title: str
    y_title: str
    labels: list[str]
    series: dict[str, list[int]] = field(default_factory=dict)
    note: str = ""  # one line under the chart (e.g. the median and p90)

    @property
    def alt(self) -> str:
        """The <img> alt text: the title and what the axes show."""
        return f"{self.title}: {self.y_title} by {self.x_title.lower()} (the table below)"

    def rows(self) -> list[tuple[str, list[int]]]:
        """The chart as table rows: one per label, one value per series."""
        return [
            (label, [v[i] for v in self.series.values()]) for i, label in enumerate(self.labels)
        ]


def _no_script(root: Any) -> Any:
    """pygal writes its config into a <script> (for its tooltips); drop it: the chart is a
    picture, and its CSP would refuse the script anyway."""
    for node in list(root.iter("script", "{http://www.w3.org/2000/svg}script")):
        node.getparent().remove(node)
    return root


def _count_axis(top: int) -> list[int]:
    """Whole-number ticks from 0 to at least `top`, at most about 8 of them: counts have no
    fractions (pygal's own scale would put 0.2, 0.4 … on a chart of 1s)."""
    step = max(1, math.ceil(top / 8))
    return list(range(0, max(top, 1) + step, step))


def render(chart: Chart) -> bytes:
    """The chart as a standalone SVG document (UTF-8 bytes) with no script."""
    horizontal = chart.kind == "hbar"
    labels, series = chart.labels, chart.series
    if horizontal:  # pygal draws the first bar at the bottom: the funnel reads top down
        labels = labels[::-1]
        series = {name: values[::-1] for name, values in series.items()}
    stacked = [sum(v) for v in zip(*series.values(), strict=True)] if series else []
    config: dict[str, Any] = {
        "title": chart.title,
        # A horizontal chart's x axis is its values: the titles follow the axes.
        "x_title": chart.y_title if horizontal else chart.x_title,
        "y_title": chart.x_title if horizontal else chart.y_title,
        "style": _STYLE,
        "width": WIDTH,
        "height": HEIGHT,
        "js": [],
        "show_legend": len(series) > 1,
        "legend_at_bottom": True,
        "print_values": horizontal,
        "truncate_label": 24,
        "no_data_text": "nothing yet",
    }
    if any(stacked):  # (pygal fails on y_labels without data)
        config["y_labels"] = _count_axis(max(stacked))
    graph: Any
    if horizontal:
        graph = pygal.HorizontalBar(**config)
    elif chart.kind == "stacked":
        graph = pygal.StackedBar(**config)
    else:
        graph = pygal.Bar(**config, x_label_rotation=-45 if len(labels) > 10 else 0)
    graph.add_xml_filter(_no_script)
    graph.x_labels = labels
    if len(labels) > 13:  # a label every other week keeps them legible
        graph.x_labels_major_every = 2
        graph.show_minor_x_labels = False
    for name, values in series.items():
        graph.add(name, values)
    svg: bytes = graph.render()
    return svg


# -- the report's figures as charts --------------------------------------------------------


def _pairs(value: Any, key: str, count: str = "count") -> list[tuple[str, int]]:
    """[(label, n)] from either a list of {key: label, count: n} rows or a {label: n} map."""
    if isinstance(value, dict):
        return [(str(k), int(v or 0)) for k, v in value.items()]
    return [(str(row[key]), int(row.get(count) or 0)) for row in value or []]


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def _days(value: Any) -> str:
    return "—" if value is None else f"{float(value):.1f} days"


def charts(report: dict[str, Any]) -> dict[str, Chart]:
    """The report page's four charts from `program_report`'s dictionary, by name."""
    weeks = _pairs(report.get("applications_per_week"), "week")
    funnel = _pairs(report.get("funnel"), "stage")
    ttd = report.get("time_to_decision") or {}
    buckets = _pairs(ttd.get("histogram"), "bucket")
    cohorts = report.get("outcomes_per_cohort") or {}
    if isinstance(cohorts, list):  # [{cohort, outcome, count}] rows
        table: dict[str, dict[str, int]] = {}
        for row in cohorts:
            table.setdefault(str(row["cohort"]), {})[str(row["outcome"])] = int(row["count"])
        cohorts = table
    cohort_names = sorted(cohorts)
    kinds = sorted({k for per in cohorts.values() for k in per})
    found = [
        Chart(
            name="applications-per-week",
            kind="bar",
            title="Applications per week",
            x_title="Week (ISO)",
            y_title="Applications",
            labels=[w for w, _ in weeks],
            series={"applications": [n for _, n in weeks]},
            note=f"{_count(sum(n for _, n in weeks), 'application')} in the last "
            f"{_count(len(weeks), 'week')}",
        ),
        Chart(
            name="funnel",
            kind="hbar",
            title="From application to outcome",
            x_title="Stage",
            y_title="Applications",
            labels=[s.replace("_", " ") for s, _ in funnel],
            series={"applications": [n for _, n in funnel]},
            note=" → ".join(f"{s.replace('_', ' ')} {n}" for s, n in funnel),
        ),
        Chart(
            name="time-to-decision",
            kind="bar",
            title="Time from application to decision",
            x_title="Days to the first decision",
            y_title="Applications",
            labels=[b for b, _ in buckets],
            series={"decided": [n for _, n in buckets]},
            note=f"median {_days(ttd.get('median_days'))}, 90th percentile "
            f"{_days(ttd.get('p90_days'))} ({ttd.get('count', sum(n for _, n in buckets))} "
            "decided)",
        ),
        Chart(
            name="outcomes-per-cohort",
            kind="stacked",
            title="Outcomes per cohort",
            x_title="Cohort (quarter the grant started)",
            y_title="Grantees",
            labels=cohort_names,
            series={
                kind.replace("_", " "): [int(cohorts[c].get(kind, 0)) for c in cohort_names]
                for kind in kinds
            },
            note=_count(sum(sum(per.values()) for per in cohorts.values()), "outcome")
            + " recorded",
        ),
    ]
    return {c.name: c for c in found}

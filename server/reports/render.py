"""Renderers of one Report: JSON, CSV, a self-contained HTML page with plotly charts, and rich tables for the CLI.

Names, texts and reasons come from strangers: HTML escapes every one of them, CSV neutralises cells a spreadsheet
would run as a formula, and the rich tables print them as plain Text (never as console markup).
"""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import datetime, timedelta

import plotly.graph_objects as go
from plotly.subplots import make_subplots
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from server.reports.build import MINUTES_SAVED_ASSUMPTION, Report
from server.suggestions.service import KINDS, LABELS
from server.triage.context import describe_duration

LABEL_COLOURS = {"genuine": "#2f7d4f", "auto_dm": "#9aa3ad", "pitch": "#d9622b", "newsletter": "#3f6fb5"}
LABEL_NAMES = {"genuine": "genuine", "auto_dm": "auto-DM", "pitch": "pitch", "newsletter": "newsletter"}
PLATFORM_NAMES = {"linkedin": "LinkedIn", "x": "X"}
KIND_TITLES = {"unfollow": "Unfollow", "mute": "Mute", "reply": "Reply"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# -- JSON -----------------------------------------------------------------------------------------

def to_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False)


# -- CSV ------------------------------------------------------------------------------------------

def safe_cell(value: object) -> object:
    """A text cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: prefix a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_rows(report: Report) -> list[list[object]]:
    rows: list[list[object]] = [["section", "item", "platform", "label", "value", "detail"]]
    rows.append(["report", "week", "", "", report.week, f"{report.start.isoformat()} to {report.end.isoformat()} ({report.timezone})"])
    rows.append(["totals", "incoming", "", "", report.totals.incoming, ""])
    rows += [["totals", "by_label", "", label, report.totals.by_label[label], ""] for label in LABELS]
    rows.append(["totals", "noise_ratio", "", "", report.totals.noise_ratio, ""])
    for platform, counts in report.by_platform.items():
        rows.append(["by_platform", "incoming", platform, "", counts.incoming, ""])
        rows += [["by_platform", "by_label", platform, label, counts.by_label[label], ""] for label in LABELS]
        rows.append(["by_platform", "noise_ratio", platform, "", counts.noise_ratio, ""])
    for t in report.trend:
        rows.append(["trend", t.week, "", "", t.noise_ratio, f"{t.incoming} incoming"])
    for s in report.top_noisy_senders:
        labels = ", ".join(f"{label} {n}" for label, n in s.labels.items())
        rows.append(["top_noisy_sender", s.name, s.platform, labels, s.count, s.party_id])
    for t in report.templates:
        rows.append(["template", t.example if t.example is not None else "", "", t.label, t.count, f"{t.senders} senders"])
    rows.append(["pitch_after_connect", "count", "", "pitch", report.pitch_after_connect_count, ""])
    rows.append(["pitch_after_connect", "median_minutes_to_pitch", "", "pitch",
                 "" if report.median_minutes_to_pitch is None else report.median_minutes_to_pitch, ""])
    for kind in KINDS:
        for s in report.suggestions.get(kind, []):
            rows.append(["suggestion", kind, s.platform, s.party_name, s.party_id, s.reason])
    for w in report.waiting_for_reply:
        rows.append(["waiting_for_reply", w.party_name, w.platform, "", w.message_id, f"since {w.waiting_since.isoformat()}"])
    rows.append(["minutes_saved", "minutes", "", "", report.minutes_saved, MINUTES_SAVED_ASSUMPTION])
    return rows


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in csv_rows(report):
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


# -- HTML -----------------------------------------------------------------------------------------

def e(value: object) -> str:
    """Escape anything shown in the page; strangers choose names and texts."""
    return html.escape("" if value is None else str(value), quote=True)


def percent(ratio: float) -> str:
    return f"{ratio * 100:.0f}%"


def local_day(moment: datetime, report: Report) -> str:
    local = moment.astimezone(report.start.tzinfo)
    return f"{local:%a} {local.day} {local:%b %Y}"


def week_span(report: Report) -> str:
    """"Mon 9 Nov – Sun 15 Nov 2026": the last day shown is the Sunday, the end itself is exclusive."""
    last = report.end.astimezone(report.start.tzinfo) - timedelta(days=1)
    return f"{local_day(report.start, report)} – {local_day(last, report)}"


def trend_figure(report: Report) -> go.Figure:
    """Labels per week (stacked bars) and the noise ratio (line) for the previous weeks and this one."""
    weeks = [*report.trend, None]
    names = [t.week if t else report.week for t in weeks]
    counts = [t.by_label if t else report.totals.by_label for t in weeks]
    incoming = [t.incoming if t else report.totals.incoming for t in weeks]
    # A week without messages has no ratio: leave a gap rather than plotting a misleading 0%.
    ratios = [(t.noise_ratio if t else report.totals.noise_ratio) if n else None for t, n in zip(weeks, incoming)]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    for label in LABELS:
        fig.add_trace(go.Bar(x=names, y=[c[label] for c in counts], name=LABEL_NAMES[label],
                             marker_color=LABEL_COLOURS[label]), secondary_y=False)
    fig.add_trace(go.Scatter(x=names, y=ratios, name="noise ratio", mode="lines+markers+text",
                             text=[percent(r) if r is not None else "" for r in ratios], textposition="top center",
                             connectgaps=True, line={"color": "#222", "width": 2}, marker={"size": 7}), secondary_y=True)
    fig.update_layout(barmode="stack", title={"text": "Incoming messages and noise ratio by week", "x": 0},
                      legend={"orientation": "h", "y": -0.18, "traceorder": "normal"}, **_layout())
    fig.update_yaxes(title_text="messages", rangemode="tozero", secondary_y=False, gridcolor="#eee")
    fig.update_yaxes(title_text="noise ratio", range=[0, 1.12], tickvals=[0, 0.25, 0.5, 0.75, 1], tickformat=".0%",
                     showgrid=False, secondary_y=True)
    return fig


def platform_figure(report: Report) -> go.Figure:
    names = [PLATFORM_NAMES.get(p, p) for p in report.by_platform]
    fig = go.Figure()
    for label in LABELS:
        fig.add_trace(go.Bar(y=names, x=[c.by_label[label] for c in report.by_platform.values()], orientation="h",
                             name=LABEL_NAMES[label], marker_color=LABEL_COLOURS[label]))
    fig.update_layout(barmode="stack", title={"text": f"By platform, {report.week}", "x": 0}, height=260,
                      legend={"orientation": "h", "y": -0.3, "traceorder": "normal"}, **_layout())
    fig.update_xaxes(title_text="messages", gridcolor="#eee")
    return fig


def _layout() -> dict:
    return {"template": "plotly_white", "font": {"family": "system-ui, -apple-system, Segoe UI, sans-serif", "size": 13},
            "margin": {"l": 60, "r": 60, "t": 50, "b": 40}, "paper_bgcolor": "white", "plot_bgcolor": "white"}


def chart_html(fig: go.Figure, div_id: str, *, with_library: bool) -> str:
    # plotly.js is embedded inline once: the page must not fetch anything from the internet.
    return fig.to_html(full_html=False, include_plotlyjs=True if with_library else False, div_id=div_id,
                       config={"displayModeBar": False, "responsive": True})


CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a; background: #f6f7f9; margin: 0; }
main { max-width: 980px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 32px 0 10px; border-bottom: 1px solid #dde1e6; padding-bottom: 6px; }
.sub { color: #5b6570; margin: 0 0 20px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; }
.card { background: white; border: 1px solid #dde1e6; border-radius: 10px; padding: 12px 14px; }
.card .n { font-size: 1.7rem; font-weight: 650; }
.card .t { color: #5b6570; font-size: .85rem; }
.chart { background: white; border: 1px solid #dde1e6; border-radius: 10px; padding: 8px; margin-top: 14px; }
table { width: 100%; border-collapse: collapse; background: white; border: 1px solid #dde1e6; font-size: .92rem; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid #eef0f2; vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; }
td:first-child { min-width: 120px; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 18px 0 8px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.label { display: inline-block; padding: 1px 8px; border-radius: 9px; color: white; font-size: .8rem; }
.muted { color: #6b7580; }
.empty { color: #6b7580; font-style: italic; }
.quote { max-width: 520px; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { margin-top: 36px; color: #6b7580; font-size: .85rem; }
@media print {
  body { background: white; }
  main { max-width: none; padding: 0; }
  .card, .chart, table { break-inside: avoid; border-color: #bbb; }
  h2 { break-after: avoid; }
}
"""


def _label_chip(label: str) -> str:
    return f'<span class="label" style="background:{LABEL_COLOURS.get(label, "#777")}">{e(LABEL_NAMES.get(label, label))}</span>'


def _table(headers: list[tuple[str, bool]], rows: list[list[str]], empty: str) -> str:
    """Cells in `rows` must already be escaped HTML."""
    if not rows:
        return f'<p class="empty">{e(empty)}</p>'
    head = "".join(f'<th class="num">{e(h)}</th>' if num else f"<th>{e(h)}</th>" for h, num in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{c}</td>' if headers[i][1] else f"<td>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(report: Report) -> str:
    t = report.totals
    pac = report.pitch_after_connect_count
    median = report.median_minutes_to_pitch
    cards = [
        (str(t.incoming), "incoming messages"),
        (percent(t.noise_ratio), "noise (pitches, newsletters, auto-DMs)"),
        (f"{report.minutes_saved:g} min", "saved reading noise"),
        (str(pac), "pitches soon after connecting" + (f" (median {_duration(median)})" if median is not None else "")),
        (str(len(report.waiting_for_reply)), "people waiting for your reply"),
    ]
    cards_html = "".join(f'<div class="card"><div class="n">{e(n)}</div><div class="t">{e(label)}</div></div>' for n, label in cards)

    senders = [[e(s.name), e(s.party_id), e(PLATFORM_NAMES.get(s.platform, s.platform)),
                " ".join(f"{_label_chip(l)} {n}" for l, n in s.labels.items()), e(s.count)] for s in report.top_noisy_senders]
    templates = [[f'<div class="quote">{e(tpl.example)}</div>' if tpl.example is not None else '<span class="muted">(text not stored)</span>',
                  _label_chip(tpl.label), e(tpl.senders), e(tpl.count)] for tpl in report.templates]
    suggestions = "".join(_suggestion_section(report, kind) for kind in KINDS)
    waiting = [[e(w.party_name), e(PLATFORM_NAMES.get(w.platform, w.platform)), e(w.message_id), e(local_day(w.waiting_since, report))]
               for w in report.waiting_for_reply]
    platform_rows = [[e(PLATFORM_NAMES.get(p, p)), e(c.incoming), *[e(c.by_label[l]) for l in LABELS], e(percent(c.noise_ratio))]
                     for p, c in report.by_platform.items()]

    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>inchdeep weekly report {e(report.week)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<h1>Your inbox, week {e(report.week)}</h1>
<p class="sub">{e(week_span(report))}, in your time zone ({e(report.timezone)})</p>
<section class="cards">{cards_html}</section>

<h2>Noise over time</h2>
<div class="chart">{chart_html(trend_figure(report), "chart-trend", with_library=True)}</div>

<h2>By platform</h2>
<div class="chart">{chart_html(platform_figure(report), "chart-platform", with_library=False)}</div>
{_table([("platform", False), ("incoming", True), *[(LABEL_NAMES[l], True) for l in LABELS], ("noise", True)], platform_rows, "")}

<h2>Top noisy senders</h2>
{_table([("name", False), ("id", False), ("platform", False), ("labels", False), ("noise", True)], senders, "No noise this week.")}

<h2>Templates seen most</h2>
{_table([("text", False), ("label", False), ("senders", True), ("times", True)], templates, "No text was seen twice this week.")}

<h2>Suggestions</h2>
{suggestions}

<h2>Waiting for your reply</h2>
{_table([("name", False), ("platform", False), ("message", False), ("waiting since", False)], waiting, "Nobody is waiting for you.")}

<footer>Minutes saved assume {e(MINUTES_SAVED_ASSUMPTION)}. Suggestions and waiting people are as of the end of the week
(or now, for the current week). Generated by inchdeep{(" on " + e(_stamp(report.generated_at, report))) if report.generated_at else ""}.</footer>
</main>
</body>
</html>
"""


def _suggestion_section(report: Report, kind: str) -> str:
    items = report.suggestions.get(kind, [])
    rows = [[e(s.party_name), e(PLATFORM_NAMES.get(s.platform, s.platform)), e(s.reason), e(len(s.evidence_message_ids))] for s in items]
    title = f"<h3>{e(KIND_TITLES[kind])} ({len(items)})</h3>"
    return title + _table([("name", False), ("platform", False), ("why", False), ("messages", True)], rows, f"Nothing to {kind}.")


def _stamp(moment: datetime, report: Report) -> str:
    return f"{local_day(moment, report)} at {moment.astimezone(report.start.tzinfo):%H:%M}"


def _duration(minutes: float) -> str:
    return describe_duration(minutes)


# -- text (rich) ----------------------------------------------------------------------------------

def to_rich(report: Report) -> Group:
    """Tables for the terminal; stranger-supplied strings are Text, so '[bold]' in a name stays literal."""
    t = report.totals
    summary = Table(title=f"inchdeep weekly report {report.week}: {week_span(report)} ({report.timezone})",
                    show_header=True, title_justify="left")
    summary.add_column("")
    summary.add_column("incoming", justify="right")
    for label in LABELS:
        summary.add_column(LABEL_NAMES[label], justify="right")
    summary.add_column("noise", justify="right")
    summary.add_row("all", str(t.incoming), *[str(t.by_label[l]) for l in LABELS], percent(t.noise_ratio), style="bold")
    for platform, c in report.by_platform.items():
        summary.add_row(PLATFORM_NAMES.get(platform, platform), str(c.incoming), *[str(c.by_label[l]) for l in LABELS], percent(c.noise_ratio))

    trend = Table(title="Noise ratio, previous weeks", title_justify="left")
    for point in [*report.trend]:
        trend.add_column(point.week, justify="right")
    trend.add_column(report.week, justify="right", style="bold")
    trend.add_row(*[f"{percent(p.noise_ratio)} of {p.incoming}" for p in report.trend], f"{percent(t.noise_ratio)} of {t.incoming}")

    senders = Table(title="Top noisy senders", title_justify="left")
    for col, justify in (("name", "left"), ("platform", "left"), ("labels", "left"), ("noise", "right")):
        senders.add_column(col, justify=justify)
    for s in report.top_noisy_senders:
        senders.add_row(Text(s.name), s.platform, ", ".join(f"{LABEL_NAMES[l]} {n}" for l, n in s.labels.items()), str(s.count))

    suggestions = Table(title="Suggestions", title_justify="left")
    for col in ("action", "name", "platform", "why"):
        suggestions.add_column(col)
    for kind in KINDS:
        for s in report.suggestions.get(kind, []):
            suggestions.add_row(kind, Text(s.party_name), s.platform, Text(s.reason))

    median = report.median_minutes_to_pitch
    facts = Text("\n".join([
        f"Pitches soon after connecting: {report.pitch_after_connect_count}"
        + (f" (median {_duration(median)} after connecting)" if median is not None else ""),
        f"Templates seen most: {len(report.templates)} groups",
        f"People waiting for your reply: {len(report.waiting_for_reply)}",
        f"Minutes saved: {report.minutes_saved:g} (assuming {MINUTES_SAVED_ASSUMPTION})",
    ]))
    return Group(summary, trend, senders, suggestions, facts)


def to_text(report: Report, width: int = 110) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(to_rich(report))
    return console.export_text()


RENDERERS = {"json": to_json, "csv": to_csv, "html": to_html, "text": to_text}

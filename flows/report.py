"""The self-contained HTML report: charts (Vega-Lite through altair, rendered to inline SVG by vl-convert), event
cards with the Arabic evidence, outlet coverage, feed health and the ground-truth comparison. One file that opens
offline and requests nothing: styles, script, font (Noto Sans Arabic, subset to the characters used) and charts
are inline.

Drawing the charts and subsetting the font are most of a report's cost, and after a run that loaded nothing their
inputs are the same as last time. So a report written to a file keeps its drawings beside it
(`marsad-report.html` → `.marsad-report.drawings.json`), each under a hash of what it was drawn from (the
charted rows or the characters used, this code, the library versions), and the next report reuses a drawing whose
hash is unchanged. altair, vl-convert and fontTools are imported only when something has to be drawn.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import logging
import os
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import jinja2

from transforms.lexicon import entity_name
from warehouse.report_data import Card, ReportData, gather

log = logging.getLogger(__name__)

CARDS_PER_PAGE = 20
DEFAULT_MAX_CARDS = 500
TYPE_LABELS = {
    "missile_launch": "Missile launch",
    "space_launch": "Space launch",
    "russia_dprk_cooperation": "Russia–North Korea cooperation",
}
_env = jinja2.Environment(
    loader=jinja2.PackageLoader("flows", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    n_events: int
    n_cards: int
    bytes: int
    seconds: float


# ---------------------------------------------------------------- drawings kept between reports

# What a drawing depends on besides its input rows: the code that draws it and the libraries that do.
_DRAWING_CODE = ("report.py", "report_charts.py")
_DRAWING_LIBRARIES = ("altair", "vl-convert-python", "fonttools", "fontpkg-noto-sans-arabic")


@dataclass
class Drawings:
    """The charts and font face of a report, each with the hash of what it was drawn from."""

    charts_key: str | None = None
    charts: list[tuple[str, str]] = field(default_factory=list)
    font_key: str | None = None
    font_face: str = ""


def drawings_path(out: Path) -> Path:
    """Where the drawings of the report file `out` are kept for the next report."""
    return out.with_name(f".{out.stem}.drawings.json")


@functools.cache
def _drawing_version() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _DRAWING_CODE:
        digest.update((here / name).read_bytes())
    for dist in _DRAWING_LIBRARIES:
        digest.update(f"{dist}=={metadata.version(dist)}".encode())
    return digest.hexdigest()


def _key(kind: str, inputs: Any) -> str:
    blob = json.dumps([kind, _drawing_version(), inputs], default=str, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _chart_inputs(data: ReportData) -> list[Any]:
    """Every field of the report data that a chart reads (flows.report_charts)."""
    return [data.dprk_launches, data.cns_days, data.cooperation, data.monthly, data.coverage, data.coverage_matrix]


def read_drawings(path: Path) -> Drawings:
    """The drawings kept at `path`; none when the file is missing or unreadable (they are drawn again)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Drawings(
            charts_key=str(raw["charts_key"]) if raw.get("charts_key") else None,
            charts=[(str(name), str(svg)) for name, svg in raw.get("charts", [])],
            font_key=str(raw["font_key"]) if raw.get("font_key") else None,
            font_face=str(raw.get("font_face", "")),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Drawings()


def _write_drawings(path: Path, drawings: Drawings) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(drawings.__dict__, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:  # the report is written; only the next one's shortcut is lost
        tmp.unlink(missing_ok=True)
        log.warning("report drawings not kept at %s: %s", path, exc)


def charts(data: ReportData, drawings: Drawings | None = None) -> list[tuple[str, str]]:
    """(id, inline SVG) of every chart that has data; those of `drawings` when drawn from the same rows."""
    key = _key("charts", _chart_inputs(data))
    if drawings is not None and drawings.charts_key == key:
        return drawings.charts
    from flows import report_charts  # altair and vl-convert: only when a chart has to be drawn

    drawn = report_charts.charts(data)
    if drawings is not None:
        drawings.charts_key, drawings.charts = key, drawn
    return drawn


# ---------------------------------------------------------------- the Arabic font


@functools.cache
def _font_bytes() -> bytes:
    """Noto Sans Arabic (OFL-1.1) as shipped by the fontpkg-noto-sans-arabic package."""
    files = resources.files("fontpkg_noto_sans_arabic") / "files"
    for entry in files.iterdir():
        if entry.name.endswith(".ttf"):
            return entry.read_bytes()
    raise FileNotFoundError("Noto Sans Arabic font file not found in fontpkg_noto_sans_arabic")


def arabic_font_face(texts: Iterable[str], drawings: Drawings | None = None) -> str:
    """A CSS @font-face with Noto Sans Arabic subset to the characters of `texts` (WOFF2, base64), or ''.

    The face of `drawings` is reused when it was subset to the same characters.
    """
    chars = {ch for text in texts for ch in text if ord(ch) >= 0x0600}
    if not chars:
        return ""
    key = _key("font", "".join(sorted(chars)))
    if drawings is not None and drawings.font_key == key:
        return drawings.font_face
    face = _subset_font_face(chars)
    if drawings is not None:
        drawings.font_key, drawings.font_face = key, face
    return face


def _subset_font_face(chars: set[str]) -> str:
    from fontTools import subset as font_subset  # only when the characters changed

    options = font_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # keep the shaping features (init/medi/fina, ligatures, marks)
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = font_subset.load_font(io.BytesIO(_font_bytes()), options)
    try:
        subsetter = font_subset.Subsetter(options)
        subsetter.populate(unicodes=sorted({ord(c) for c in chars} | {0x20, 0x200C, 0x200D, 0x0640}))
        subsetter.subset(font)
        buffer = io.BytesIO()
        font_subset.save_font(font, buffer, options)
    finally:
        font.close()
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        "@font-face{font-family:'Noto Sans Arabic';font-style:normal;font-weight:100 900;font-display:block;"
        f"src:url(data:font/woff2;base64,{encoded}) format('woff2');}}"
    )


# ---------------------------------------------------------------- rendering


def actor_name(code: str | None) -> str:
    """The English name of an actor code or participant entity id (the code itself when the lexicon lacks it)."""
    if not code:
        return "unknown"
    return entity_name(code) if entity_name(code) != code else entity_name(code.upper())


def card_what(card: Card) -> str:
    if card.event_type == "russia_dprk_cooperation":
        return ", ".join(card.subtypes) or "cooperation"
    parts = []
    if card.count:
        qualifier = {"at_least": "at least ", "approx": "about "}.get(card.count_qualifier or "", "")
        parts.append(f"{qualifier}{card.count} ×")
    parts.extend(card.missile_class)
    for value in (card.weapon, card.vehicle, card.payload, card.mode):
        if value:
            parts.append(str(value))
    return " ".join(parts) or "–"


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "–"


def _hours(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f} h" if abs(value) < 72 else f"{value / 24:.1f} days"


def render(data: ReportData, *, title: str = "events report", drawings: Drawings | None = None) -> str:
    """The report as one HTML document; `drawings` lends charts and font drawn from the same inputs, and gets the
    ones drawn anew."""
    texts = [p.text for c in data.cards for p in c.evidence] + [s.title for c in data.cards for s in c.sources]
    pages = [data.cards[i : i + CARDS_PER_PAGE] for i in range(0, len(data.cards), CARDS_PER_PAGE)]
    v = data.verification
    template = _env.get_template("report.html.j2")
    return template.render(
        title=title,
        data=data,
        charts=charts(data, drawings),
        pages=pages,
        cards_per_page=CARDS_PER_PAGE,
        font_face=arabic_font_face(texts, drawings),
        type_labels=TYPE_LABELS,
        actor_name=actor_name,
        card_what=card_what,
        when=_when,
        hours=_hours,
        verification=v,
        totals=v.totals() if v is not None and "cns" in v.references else None,
    )


def write_report(
    con: Any,
    out: Path,
    *,
    since: date | None = None,
    max_cards: int = DEFAULT_MAX_CARDS,
    window_days: int = 2,
    title: str = "events report",
) -> ReportResult:
    """Write the report for the warehouse behind `con` to `out` atomically (temporary file, then rename)."""
    started = time.perf_counter()
    data = gather(con, since=since, max_cards=max_cards, window_days=window_days, now=datetime.now(UTC))
    kept = drawings_path(out)
    drawings = read_drawings(kept)
    before = (drawings.charts_key, drawings.font_key)
    html = render(data, title=title, drawings=drawings)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)  # mkstemp makes it private; a report is for others to open
        Path(tmp).replace(out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if (drawings.charts_key, drawings.font_key) != before:
        _write_drawings(kept, drawings)
    size = out.stat().st_size
    log.info("report %s: %d events, %d cards, %d bytes", out, data.n_events, len(data.cards), size)
    return ReportResult(out, data.n_events, len(data.cards), size, time.perf_counter() - started)

"""Rebuild the bundled demo snapshot (flows/demo/snapshot/) from the shared corpus.

Usage: .venv/bin/python -m flows.demo.build_snapshot [--shared PATH] [--out PATH]

How it samples (deterministic: the same inputs give byte-identical output):
- Topic articles are an explicit id list (TOPIC_IDS), chosen by searching the ANT corpus for كوريا الشمالية,
  بيونغ يانغ, صاروخ, أطلق, لافروف: Lavrov's May 2018 Pyongyang visit, North Korean launches (2016–2017 items
  of Jawhara FM) and the 2018 moratorium, Houthi missiles at Riyadh, Russian missile tests, space launches, and
  Pyeongchang Olympics stories (a trap for "بيونغ").
- Unrelated news is also an explicit list (FILLER_IDS): 8 per ANT outlet, drawn once by `draw_filler()` with
  random.Random(20180531) from articles of 400–3,500 characters whose title and text contain none of the topic
  words; `--redraw-filler` prints a fresh draw for review instead of writing anything.
- The seed article (`seed-vostochny-2023` of eval/dev.jsonl) gets a feed of its own.
- Real recorded pages from corpus/html are copied byte for byte and listed in a feed of their own.
- Two ANT outlets carried the same wire story (AL-internationalNews-1246 / SK-internationalNews-1672): both stay,
  as syndication. One CNN item is listed a second time through its AMP page and one Sky News item through a
  utm-tagged link: the canonical URL is the same, so ingest must treat each pair as one article.

Feeds link to local pages as `{BASE_URL}/pages/<feed>/<id>.html`; `flows.static_server.serve_snapshot`
replaces the placeholder with the server's address at serve time. The original URL is the item's
<guid isPermaLink="false"> and the page's <link rel="canonical">.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "snapshot"
DEFAULT_SHARED = HERE.parents[2] / "shared"
PLACEHOLDER = "{BASE_URL}"
SEED_ID = "seed-vostochny-2023"
FILLER_SEED = 20180531
TOPIC_WORDS = re.compile(r"كوري|بيونغ|صاروخ|صواريخ|لافروف|فضاء|فضائي|قمر|إطلاق|أطلق")


@dataclass(frozen=True)
class Outlet:
    """One feed of the snapshot and who publishes it."""

    slug: str
    name: str
    title: str
    homepage: str
    country: str | None
    owner_type: str | None
    utc_offset: timezone = UTC
    sections: tuple[str, ...] = ("الرئيسية", "أخبار العالم", "الشرق الأوسط", "اقتصاد", "رياضة", "تكنولوجيا")


# ANT `source` value → the outlet that published it.
OUTLETS: dict[str, Outlet] = {
    "alarabia": Outlet("alarabiya", "Al Arabiya", "العربية.نت", "https://www.alarabiya.net/", "SAU", "private"),
    "BBC": Outlet("bbc-arabic", "BBC Arabic", "BBC News عربي", "https://www.bbc.com/arabic", "GBR", "public"),
    "CNN": Outlet("cnn-arabic", "CNN Arabic", "CNN بالعربية", "https://arabic.cnn.com/", "USA", "private"),
    "france24": Outlet("france24-arabic", "France 24", "فرانس 24", "https://www.france24.com/ar/", "FRA", "public"),
    "skynews": Outlet(
        "skynews-arabia", "Sky News Arabia", "سكاي نيوز عربية", "https://www.skynewsarabia.com/", "ARE", "private"
    ),
    "Jawhara FM": Outlet(
        "jawharafm",
        "Jawhara FM",
        "جوهرة أف أم",
        "https://www.jawharafm.net/ar",
        "TUN",
        "private",
        timezone(timedelta(hours=1)),  # Tunisia: UTC+1 all year since 2009
    ),
}
SEED_OUTLET = Outlet("egyptian-press", "Egyptian press", "صحافة مصرية", "https://egyptian-press.invalid/", "EGY", None)
RECORDED_FEED = Outlet("recorded-pages", "Recorded pages", "صفحات مسجلة", "https://example.invalid/", None, None)

TOPIC_IDS: dict[str, tuple[str, ...]] = {
    "lavrov_pyongyang_2018": (
        "AL-internationalNews-1398-20180531",
        "SK-internationalNews-1743-20180523",
        "SK-internationalNews-1877-20180531",
        "SK-internationalNews-1885-20180531",
    ),
    "dprk_missiles": (
        "JA-internationalNews-246-20170212",
        "JA-internationalNews-706-20170416",
        "BB-internationalNews-371-20180420",
        "BB-internationalNews-878-20180724",
        "SK-internationalNews-434-20180318",
        "CN-internationalNews-91-20180310",
    ),
    "houthi_missiles_riyadh": (
        "BB-middleEast-249-20180325",
        "CN-middleEast-372-20180325",
        "FR-internationalNews-1989-20180624",
        "SK-middleEast-2566-20180624",
    ),
    "russian_missile_tests": (
        "BB-internationalNews-131-20180311",
        "SK-internationalNews-1783-20180525",
        "SK-internationalNews-2749-20180720",
    ),
    "space_launches": (
        "CN-technology-14-20180206",
        "FR-internationalNews-1356-20180521",
        "SK-technology-654-20180512",
        "JA-internationalNews-410-20170303",
    ),
    "pyeongchang_trap": (
        "FR-sport-6-20180209",
        "FR-sport-8-20180208",
        "SK-sport-100-20180225",
        "BB-sport-50-20180225",
    ),
    "syndicated_wire": (
        "AL-internationalNews-1246-20180519",
        "SK-internationalNews-1672-20180519",
    ),
}

# Drawn by draw_filler() (see the module docstring) and frozen here so the snapshot never drifts.
FILLER_IDS: tuple[str, ...] = (
    "AL-sport-1140-20180406",
    "AL-sport-2325-20180712",
    "AL-sport-690-20180317",
    "AL-sport-859-20180325",
    "AL-culture-324-20180506",
    "AL-technology-147-20180405",
    "AL-technology-278-20180531",
    "AL-culture-150-20180311",
    "BB-technology-139-20180411",
    "BB-internationalNews-768-20180707",
    "BB-middleEast-210-20180318",
    "BB-internationalNews-682-20180622",
    "BB-internationalNews-507-20180515",
    "BB-sport-233-20180625",
    "BB-internationalNews-631-20180610",
    "BB-internationalNews-995-20180818",
    "CN-middleEast-406-20180328",
    "CN-middleEast-911-20180514",
    "CN-internationalNews-346-20180513",
    "CN-sport-439-20181009",
    "CN-middleEast-1425-20181006",
    "CN-internationalNews-526-20180817",
    "CN-internationalNews-275-20180423",
    "CN-sport-197-20180407",
    "FR-sport-272-20180720",
    "FR-internationalNews-2046-20180628",
    "FR-internationalNews-492-20180317",
    "FR-middleEast-609-20180609",
    "FR-middleEast-860-20180731",
    "FR-middleEast-815-20180727",
    "FR-internationalNews-1420-20180524",
    "FR-internationalNews-372-20180311",
    "SK-technology-1361-20180818",
    "SK-sport-1796-20180621",
    "SK-middleEast-98-20180227",
    "SK-sport-1079-20180508",
    "SK-technology-673-20180514",
    "SK-technology-1463-20180912",
    "SK-economy-554-20180513",
    "SK-middleEast-3125-20180726",
    "JA-localNews-2419-20170308",
    "JA-internationalNews-763-20170423",
    "JA-internationalNews-939-20170508",
    "JA-localNews-3730-20160929",
    "JA-politic-478-20170530",
    "JA-economy-145-20160216",
    "JA-diverse-327-20150523",
    "JA-localNews-4801-20170619",
)

# A second listing of an item under another URL of the same story: (variant, ANT id).
AMP_VARIANT_ID = "CN-middleEast-372-20180325"
UTM_VARIANT_ID = "SK-internationalNews-1877-20180531"
UTM_QUERY = "utm_source=rss&utm_medium=feed&utm_campaign=breaking"

# The seed record has no title; this headline restates its first sentence.
SEED_TITLE = "بوتين يلتقي كيم جونغ أون في قاعدة فوستوتشني الفضائية"
SEED_URL = "https://egyptian-press.invalid/2023/09/13/seed-vostochny-2023"


@dataclass(frozen=True)
class RecordedPage:
    """A real page from corpus/html, copied unchanged."""

    source: str  # path under corpus/html
    name: str  # file name under pages/recorded/
    title: str
    original_url: str
    published: str | None  # ISO 8601 when the page's date is known
    served_charset: str | None  # None: served as plain text/html, as the recording was
    note: str


RECORDED_PAGES: tuple[RecordedPage, ...] = (
    RecordedPage(
        "goose3/test_cnn_arabic.html",
        "cnn-arabic-2013-syria-missile-depots.html",
        "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
        "2013-08-03T12:00:00+00:00",
        "utf-8",
        "CNN Arabic 2013 (goose3 test page; its meta Content-Type says UTF-8)",
    ),
    RecordedPage(
        "trafilatura/assabah.com.tn.article.html",
        "assabah-sudan-activist.html",
        "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية",
        "http://www.assabah.com.tn/node/164913",
        None,
        "utf-8",
        "Assabah (Tunisia), trafilatura evaluation page; no date in the feed item",
    ),
    RecordedPage(
        "htmldate_mediacloud/1691196862.html",
        "youm7-groundwater-study.html",
        "وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة",
        "https://www.youm7.com/story/2020/8/24/وزير-الرى-يشهد-توقيع-عقد-دراسة-تحديد-السحب-الآمن-للخزانات/4943459",
        "2020-08-24T09:23:13+00:00",
        "utf-8",
        "Youm7 2020, htmldate test page (true date 2020-08-24)",
    ),
    RecordedPage(
        "chardet/windows-1256-arabic__chromium_windows-1256_with_no_encoding_specified.html",
        "chardet-windows-1256.html",
        "windows-1256",
        "https://example.invalid/chardet/windows-1256.html",
        None,
        None,
        "one Arabic paragraph in windows-1256, no charset anywhere (chardet test page)",
    ),
    RecordedPage(
        "chardet/iso-8859-6-arabic__chromium_ISO-8859-6_with_no_encoding_specified.html",
        "chardet-iso-8859-6.html",
        "ISO-8859-6",
        "https://example.invalid/chardet/iso-8859-6.html",
        None,
        None,
        "the same paragraph in ISO-8859-6, no charset anywhere (chardet test page)",
    ),
)


@dataclass
class Item:
    """One feed item and the page it links to."""

    id: str
    outlet: Outlet
    title: str
    original_url: str
    published: datetime | None
    description: str
    paragraphs: list[str]
    category: str | None
    topics: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- reading the corpus


def read_ant(shared: Path, wanted: set[str]) -> dict[str, dict]:
    """The ANT articles whose id is in `wanted`."""
    found: dict[str, dict] = {}
    with gzip.open(shared / "corpus" / "ant" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = record
    missing = wanted - set(found)
    if missing:
        raise SystemExit(f"ids not in the ANT corpus: {sorted(missing)}")
    return found


def read_seed(shared: Path) -> dict:
    with (shared / "eval" / "dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] == SEED_ID:
                return record
    raise SystemExit(f"{SEED_ID} not found in eval/dev.jsonl")


def draw_filler(shared: Path, per_outlet: int = 8) -> list[str]:
    """A fresh seeded draw of unrelated articles (printed for review by --redraw-filler)."""
    pools: dict[str, list[dict]] = {source: [] for source in OUTLETS}
    with gzip.open(shared / "corpus" / "ant" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record.get("text") or ""
            if (
                record.get("source") in pools
                and record.get("title")
                and 400 <= len(text) <= 3500
                and not TOPIC_WORDS.search(record["title"] + text)
            ):
                pools[record["source"]].append(record)
    rng = random.Random(FILLER_SEED)
    drawn: list[str] = []
    for source in OUTLETS:
        pool = sorted(pools[source], key=lambda r: r["id"])
        drawn.extend(r["id"] for r in rng.sample(pool, per_outlet))
    return drawn


# ---------------------------------------------------------------- shaping items


def paragraphs_of(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def lead_of(paragraphs: list[str], limit: int = 280) -> str:
    """The first paragraph, cut at a word boundary."""
    first = paragraphs[0] if paragraphs else ""
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


def parse_published(value: str | None, outlet: Outlet) -> datetime | None:
    """An aware datetime; a bare date (Jawhara FM wrote dd/mm/yyyy) is midnight in the outlet's zone."""
    if not value:
        return None
    published = datetime.fromisoformat(value)
    if published.tzinfo is None:
        published = published.replace(tzinfo=outlet.utc_offset)
    return published


def item_from_ant(record: dict, topics: list[str]) -> Item:
    paragraphs = paragraphs_of(record.get("text") or "")
    published = parse_published(record.get("published"), OUTLETS[record["source"]])
    return Item(
        id=record["id"],
        outlet=OUTLETS[record["source"]],
        title=record["title"].strip(),
        original_url=record["url"],
        published=published,
        description=(record.get("abstract") or "").strip() or lead_of(paragraphs),
        paragraphs=paragraphs,
        category=record.get("category"),
        topics=topics,
    )


def item_from_seed(record: dict) -> Item:
    paragraphs = paragraphs_of(record["text"])
    return Item(
        id=SEED_ID,
        outlet=SEED_OUTLET,
        title=SEED_TITLE,
        original_url=SEED_URL,
        published=datetime.fromisoformat(record["published"]),
        description=lead_of(paragraphs),
        paragraphs=paragraphs,
        category="internationalNews",
        topics=["seed"],
    )


def page_path(item: Item) -> str:
    return f"pages/{item.outlet.slug}/{item.id}.html"


def amp_page_path(item: Item) -> str:
    return f"pages/{item.outlet.slug}/amp/{item.id}.html"


# ---------------------------------------------------------------- rendering


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def render_page(item: Item, related: Iterable[Item], *, amp: bool = False, has_amp: bool = False) -> str:
    """A realistic article page: head metadata, nav, the article, a related-links aside and a footer."""
    outlet = item.outlet
    published_iso = item.published.isoformat() if item.published else ""
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.title,
        "mainEntityOfPage": item.original_url,
        "publisher": {"@type": "Organization", "name": outlet.name},
    }
    if item.published:
        jsonld["datePublished"] = published_iso
    nav = "\n".join(f'      <li><a href="/sections/{i}">{esc(s)}</a></li>' for i, s in enumerate(outlet.sections))
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in item.paragraphs)
    related_links = "\n".join(f'        <li><a href="/{esc(page_path(r))}">{esc(r.title)}</a></li>' for r in related)
    time_el = (
        f'<time datetime="{esc(published_iso)}">{esc(item.published.strftime("%Y/%m/%d %H:%M"))}</time>'
        if item.published
        else ""
    )
    html_attrs = 'lang="ar" dir="rtl" amp' if amp else 'lang="ar" dir="rtl"'
    head_meta = [
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{esc(item.title)} | {esc(outlet.title)}</title>",
        f'  <meta name="description" content="{esc(item.description)}">',
        f'  <meta property="og:title" content="{esc(item.title)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{esc(outlet.title)}">',
        f'  <meta property="og:url" content="{esc(item.original_url)}">',
    ]
    if item.published:
        head_meta.append(f'  <meta property="article:published_time" content="{esc(published_iso)}">')
    if item.category:
        head_meta.append(f'  <meta property="article:section" content="{esc(item.category)}">')
    head_meta.append(f'  <link rel="canonical" href="{esc(item.original_url)}">')
    if has_amp:
        head_meta.append(f'  <link rel="amphtml" href="/{esc(amp_page_path(item))}">')
    jsonld_text = json.dumps(jsonld, ensure_ascii=False).replace("</", "<\\/")
    head_meta.append(f'  <script type="application/ld+json">{jsonld_text}</script>')
    head = "\n".join(head_meta)
    return f"""<!DOCTYPE html>
<html {html_attrs}>
<head>
{head}
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{esc(outlet.title)}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
    <div class="ticker">عاجل: تابعوا آخر الأخبار على مدار الساعة</div>
  </header>
  <main>
    <article class="article">
      <h1>{esc(item.title)}</h1>
      <div class="byline">{esc(outlet.title)} {time_el}</div>
{body}
      <div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
    </article>
    <aside class="related">
      <h2>اقرأ أيضا</h2>
      <ul>
{related_links}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>جميع الحقوق محفوظة © {esc(outlet.title)}</p>
    <p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/privacy">سياسة الخصوصية</a></p>
  </footer>
</body>
</html>
"""


@dataclass(frozen=True)
class FeedEntry:
    """One <item> of a feed (an article listing, or a second listing of it under another URL)."""

    title: str
    link: str  # relative to the base URL
    guid: str
    published: datetime | None
    description: str
    category: str | None


def render_feed(outlet: Outlet, feed_path: str, entries: list[FeedEntry]) -> str:
    dates = [e.published for e in entries if e.published]
    last_build = f"    <lastBuildDate>{format_datetime(max(dates))}</lastBuildDate>\n" if dates else ""
    items = []
    for entry in entries:
        parts = [
            "    <item>",
            f"      <title>{esc(entry.title)}</title>",
            f"      <link>{PLACEHOLDER}/{esc(entry.link)}</link>",
            f'      <guid isPermaLink="false">{esc(entry.guid)}</guid>',
        ]
        if entry.published:
            parts.append(f"      <pubDate>{format_datetime(entry.published)}</pubDate>")
        if entry.category:
            parts.append(f"      <category>{esc(entry.category)}</category>")
        parts.append(f"      <description>{esc(entry.description)}</description>")
        parts.append("    </item>")
        items.append("\n".join(parts))
    items_text = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(outlet.title)}</title>
    <link>{esc(outlet.homepage)}</link>
    <description>{esc(outlet.title)} — آخر الأخبار</description>
    <language>ar</language>
    <atom:link href="{PLACEHOLDER}/{esc(feed_path)}" rel="self" type="application/rss+xml"/>
{last_build}{items_text}
  </channel>
</rss>
"""


def entry_for(item: Item, link: str | None = None, guid: str | None = None) -> FeedEntry:
    return FeedEntry(
        title=item.title,
        link=link or page_path(item),
        guid=guid or item.original_url,
        published=item.published,
        description=item.description,
        category=item.category,
    )


def sort_key(item: Item) -> tuple[float, str]:
    # Newest first, as outlets order their feeds; the id breaks ties so output never depends on dict order.
    return (-(item.published.timestamp() if item.published else 0.0), item.id)


# ---------------------------------------------------------------- building


def build(shared: Path, out: Path) -> dict:
    """Write the snapshot into `out` (replacing it) and return the manifest."""
    topics_of: dict[str, list[str]] = {}
    for topic, ids in TOPIC_IDS.items():
        for article_id in ids:
            topics_of.setdefault(article_id, []).append(topic)
    wanted = set(topics_of) | set(FILLER_IDS)
    records = read_ant(shared, wanted)
    items = [item_from_ant(records[i], topics_of.get(i, ["unrelated"])) for i in sorted(wanted)]
    items.append(item_from_seed(read_seed(shared)))

    if out.exists():
        shutil.rmtree(out)
    (out / "feeds").mkdir(parents=True)

    by_outlet: dict[str, list[Item]] = {}
    for item in sorted(items, key=sort_key):
        by_outlet.setdefault(item.outlet.slug, []).append(item)
    outlets = [*OUTLETS.values(), SEED_OUTLET]

    feeds_manifest: list[dict] = []
    articles_manifest: list[dict] = []
    variants_manifest: list[dict] = []
    n_pages = 0
    n_items = 0
    for outlet in outlets:
        feed_items = by_outlet[outlet.slug]
        entries: list[FeedEntry] = []
        for index, item in enumerate(feed_items):
            related = [feed_items[(index + k) % len(feed_items)] for k in (1, 2, 3) if len(feed_items) > k]
            target = out / page_path(item)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render_page(item, related, has_amp=item.id == AMP_VARIANT_ID), encoding="utf-8")
            n_pages += 1
            entries.append(entry_for(item))
            articles_manifest.append(
                {
                    "id": item.id,
                    "feed": outlet.slug,
                    "page": page_path(item),
                    "canonical_url": item.original_url,
                    "published": item.published.isoformat() if item.published else None,
                    "topics": item.topics,
                }
            )
            if item.id == AMP_VARIANT_ID:
                amp_target = out / amp_page_path(item)
                amp_target.parent.mkdir(parents=True, exist_ok=True)
                amp_target.write_text(render_page(item, related, amp=True), encoding="utf-8")
                n_pages += 1
                entries.append(entry_for(item, link=amp_page_path(item), guid=item.original_url + "?amp"))
                variants_manifest.append(
                    {"kind": "amp", "feed": outlet.slug, "link": amp_page_path(item), "same_as": item.id}
                )
            if item.id == UTM_VARIANT_ID:
                link = f"{page_path(item)}?{UTM_QUERY}"
                entries.append(entry_for(item, link=link, guid=f"{item.original_url}?{UTM_QUERY}"))
                variants_manifest.append({"kind": "utm", "feed": outlet.slug, "link": link, "same_as": item.id})
        feed_path = f"feeds/{outlet.slug}.xml"
        (out / feed_path).write_text(render_feed(outlet, feed_path, entries), encoding="utf-8")
        n_items += len(entries)
        feeds_manifest.append(feed_manifest(outlet, feed_path, len(entries)))

    recorded_entries: list[FeedEntry] = []
    recorded_manifest: list[dict] = []
    headers: dict[str, dict[str, str]] = {}
    (out / "pages" / "recorded").mkdir(parents=True)
    for page in RECORDED_PAGES:
        rel = f"pages/recorded/{page.name}"
        shutil.copyfile(shared / "corpus" / "html" / page.source, out / rel)
        n_pages += 1
        content_type = f"text/html; charset={page.served_charset}" if page.served_charset else "text/html"
        headers[rel] = {"Content-Type": content_type}
        published = datetime.fromisoformat(page.published) if page.published else None
        recorded_entries.append(FeedEntry(page.title, rel, page.original_url, published, page.title, None))
        recorded_manifest.append(
            {
                "page": rel,
                "source": f"corpus/html/{page.source}",
                "canonical_url": page.original_url,
                "published": page.published,
                "content_type": content_type,
                "note": page.note,
            }
        )
    feed_path = f"feeds/{RECORDED_FEED.slug}.xml"
    (out / feed_path).write_text(render_feed(RECORDED_FEED, feed_path, recorded_entries), encoding="utf-8")
    n_items += len(recorded_entries)
    feeds_manifest.append(feed_manifest(RECORDED_FEED, feed_path, len(recorded_entries)))
    (out / "_headers.json").write_text(json.dumps(headers, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    canonical = {a["canonical_url"] for a in articles_manifest} | {p["canonical_url"] for p in recorded_manifest}
    manifest = {
        "description": "Real Arabic news (ANT corpus, the seed article, recorded pages) served by "
        "flows.static_server.serve_snapshot; rebuilt by flows/demo/build_snapshot.py.",
        "placeholder": PLACEHOLDER,
        "expected": {
            "feeds": len(feeds_manifest),
            "items": n_items,
            "pages": n_pages,
            "distinct_canonical_urls": len(canonical),
        },
        "seed_id": SEED_ID,
        "feeds": feeds_manifest,
        "articles": articles_manifest,
        "variants": variants_manifest,
        "syndicated": [{"ids": list(TOPIC_IDS["syndicated_wire"]), "note": "the same wire story in two outlets"}],
        "recorded_pages": recorded_manifest,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def feed_manifest(outlet: Outlet, path: str, n_items: int) -> dict:
    entry: dict = {"name": outlet.slug, "outlet": outlet.name, "path": path, "language": "ar", "items": n_items}
    if outlet.country:
        entry["country"] = outlet.country
    if outlet.owner_type:
        entry["owner_type"] = outlet.owner_type
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the snapshot")
    parser.add_argument("--redraw-filler", action="store_true", help="print a fresh filler draw and exit")
    args = parser.parse_args()
    if args.redraw_filler:
        print("\n".join(draw_filler(args.shared)))
        return
    manifest = build(args.shared, args.out)
    print(json.dumps(manifest["expected"]))


if __name__ == "__main__":
    main()

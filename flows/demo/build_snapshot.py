"""Build the demo snapshot (flows/demo/snapshot/) from the articles written for it (flows/demo/articles/*.yaml).

Usage: .venv/bin/python -m flows.demo.build_snapshot [--articles DIR] [--out DIR]

The articles are news-style Arabic texts written for the demo about real events (North Korean launches, Russia–
North Korea meetings, fire from Yemen and Gaza, space launches, and look-alike stories that are none of these), in
the manner of real Arabic outlets. This script renders them, deterministically (the same YAML gives byte-identical
output), into what a crawler meets on the web:
- one RSS 2.0 feed per outlet, newest item first, dates in the outlet's own UTC offset;
- one page per article, with a site header and navigation, a cookie banner, a breaking-news ticker, a sidebar of
  most-read links, related posts, a footer, Open Graph and JSON-LD metadata (dates with their offset), and the date
  printed the way the outlet prints it (يناير, كانون الثاني or جانفي).

Per-article `options` give the awkward cases: `amp` (a second feed item through an AMP page), `utm` (a second
feed item through a tracking-tagged link), `canonical: false` (a page with no canonical link), `date_in: jsonld`
(the date only in JSON-LD), `feed_date: false` (an item without pubDate), `encoding` with `layout: legacy` (an old
table layout in windows-1256 or ISO-8859-6, with no charset anywhere: not in the page, not in the HTTP header).

Feeds link to pages as `{BASE_URL}/pages/<outlet>/<id>.html`; `flows.static_server.serve_snapshot` replaces the
placeholder with the address the snapshot is served under. An item's guid (isPermaLink="false") and its page's
<link rel="canonical"> are the article's URL under the reserved `.example` domain.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_ARTICLES = HERE / "articles"
DEFAULT_OUT = HERE / "snapshot"
PLACEHOLDER = "{BASE_URL}"
SEED_ID = "seed-vostochny-2023"
UTM_QUERY = "utm_source=rss&utm_medium=feed&utm_campaign=breaking"
LEAD_LIMIT = 280

MONTHS: dict[str, tuple[str, ...]] = {
    "egyptian": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    "levantine": (
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ),
    "maghrebi": (
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
        "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    "moroccan": (
        "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
        "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
    ),
}  # fmt: skip
WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ENCODINGS = {"windows-1256", "iso-8859-6"}
OPTION_KEYS = {"amp", "utm", "canonical", "date_in", "feed_date", "encoding", "layout"}


class ArticleSourceError(ValueError):
    """The article YAML is malformed: the message says which file and article."""


@dataclass(frozen=True)
class Outlet:
    """One feed of the snapshot and who publishes it."""

    slug: str
    name: str
    title: str
    homepage: str
    country: str | None
    owner_type: str | None
    months: str
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Options:
    """How an article's page and feed item deviate from the outlet's usual template."""

    amp: bool = False
    utm: bool = False
    canonical: bool = True
    date_in: str = "meta"  # meta: <meta article:published_time>, <time> and JSON-LD; jsonld: JSON-LD only
    feed_date: bool = True
    encoding: str = "utf-8"
    layout: str = "portal"  # portal | legacy


@dataclass(frozen=True)
class Article:
    id: str
    outlet: Outlet
    published: datetime
    title: str
    url: str
    category: str | None
    topic: str
    event: str | None
    paragraphs: tuple[str, ...]
    options: Options = field(default_factory=Options)
    syndicated_with: str | None = None

    @property
    def page(self) -> str:
        return f"pages/{self.outlet.slug}/{self.id}.html"

    @property
    def amp_page(self) -> str:
        return f"pages/{self.outlet.slug}/amp/{self.id}.html"

    @property
    def description(self) -> str:
        first = self.paragraphs[0]
        return first if len(first) <= LEAD_LIMIT else first[:LEAD_LIMIT].rsplit(" ", 1)[0] + "…"

    @property
    def content_type(self) -> str:
        """What the snapshot server sends: the charset only when the page declares one."""
        return "text/html" if self.options.encoding != "utf-8" else "text/html; charset=utf-8"


# ---------------------------------------------------------------- reading the article source


def _require(record: dict[str, Any], key: str, where: str) -> Any:
    value = record.get(key)
    if value in (None, "", []):
        raise ArticleSourceError(f"{where}: missing {key!r}")
    return value


def read_outlets(path: Path = DEFAULT_ARTICLES / "outlets.yaml") -> dict[str, Outlet]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    outlets: dict[str, Outlet] = {}
    for record in data["outlets"]:
        where = f"{path.name}: outlet {record.get('slug')!r}"
        months = record.get("months", "egyptian")
        if months not in MONTHS:
            raise ArticleSourceError(f"{where}: months must be one of {sorted(MONTHS)}")
        outlet = Outlet(
            slug=_require(record, "slug", where),
            name=_require(record, "name", where),
            title=_require(record, "title", where),
            homepage=_require(record, "homepage", where),
            country=record.get("country"),
            owner_type=record.get("owner_type"),
            months=months,
            sections=tuple(_require(record, "sections", where)),
        )
        if outlet.slug in outlets:
            raise ArticleSourceError(f"{where}: duplicate slug")
        outlets[outlet.slug] = outlet
    return outlets


def read_articles(directory: Path = DEFAULT_ARTICLES) -> list[Article]:
    """Every article of every YAML file in `directory` (outlets.yaml names the outlets), in a stable order."""
    outlets = read_outlets(directory / "outlets.yaml")
    articles: dict[str, Article] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "outlets.yaml":
            continue
        for record in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]:
            article = _article(record, outlets, path.name)
            if article.id in articles:
                raise ArticleSourceError(f"{path.name}: duplicate article id {article.id!r}")
            articles[article.id] = article
    for article in articles.values():
        if article.syndicated_with and article.syndicated_with not in articles:
            raise ArticleSourceError(f"{article.id}: syndicated_with names no article: {article.syndicated_with!r}")
    return sorted(articles.values(), key=lambda a: a.id)


def _article(record: dict[str, Any], outlets: dict[str, Outlet], file_name: str) -> Article:
    where = f"{file_name}: article {record.get('id')!r}"
    outlet_slug = _require(record, "outlet", where)
    if outlet_slug not in outlets:
        raise ArticleSourceError(f"{where}: unknown outlet {outlet_slug!r}")
    published = datetime.fromisoformat(str(_require(record, "published", where)))
    if published.utcoffset() is None:
        raise ArticleSourceError(f"{where}: published needs a UTC offset (the outlet's local time)")
    raw_options = record.get("options") or {}
    unknown = set(raw_options) - OPTION_KEYS
    if unknown:
        raise ArticleSourceError(f"{where}: unknown options {sorted(unknown)}")
    options = Options(**raw_options)
    if options.encoding != "utf-8" and (options.encoding not in ENCODINGS or options.layout != "legacy"):
        raise ArticleSourceError(f"{where}: encoding must be one of {sorted(ENCODINGS)}, with layout: legacy")
    article_id = _require(record, "id", where)
    url = record.get("url") or (
        f"https://{outlet_slug}.news.example/{published:%Y/%m/%d}/{article_id.split('-', 4)[-1]}"
    )
    return Article(
        id=article_id,
        outlet=outlets[outlet_slug],
        published=published,
        title=_require(record, "title", where),
        url=url,
        category=record.get("category"),
        topic=_require(record, "topic", where),
        event=record.get("event"),
        paragraphs=tuple(_require(record, "paragraphs", where)),
        options=options,
        syndicated_with=record.get("syndicated_with"),
    )


# ---------------------------------------------------------------- rendering pages


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def printed_date(article: Article) -> str:
    """The date as the outlet prints it under the headline, in its own month names."""
    when = article.published
    month = MONTHS[article.outlet.months][when.month - 1]
    hour = when.hour % 12 or 12
    half = "ص" if when.hour < 12 else "م"
    return f"{WEEKDAYS[when.weekday()]} {when.day} {month} {when.year} - {hour:02d}:{when.minute:02d} {half}"


def _jsonld(article: Article) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published.isoformat(),
        "dateModified": article.published.isoformat(),
        "inLanguage": "ar",
        "author": {"@type": "Organization", "name": article.outlet.title},
        "publisher": {"@type": "Organization", "name": article.outlet.name, "url": article.outlet.homepage},
    }
    if article.options.canonical:
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": article.url}
    if article.category:
        data["articleSection"] = article.category
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def _links(items: list[Article]) -> str:
    return "\n".join(f'          <li><a href="/{esc(a.page)}">{esc(a.title)}</a></li>' for a in items)


def render_page(article: Article, related: list[Article], most_read: list[Article], *, amp: bool = False) -> str:
    """A news site's article page: head metadata, cookie banner, nav, ticker, article, sidebar, related, footer."""
    outlet = article.outlet
    opts = article.options
    published = article.published.isoformat()
    head = [
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{esc(article.title)} | {esc(outlet.title)}</title>",
        f'  <meta name="description" content="{esc(article.description)}">',
        f'  <meta property="og:site_name" content="{esc(outlet.title)}">',
        f'  <meta property="og:title" content="{esc(article.title)}">',
        '  <meta property="og:type" content="article">',
        '  <meta property="og:locale" content="ar_AR">',
    ]
    if opts.canonical:
        head.append(f'  <meta property="og:url" content="{esc(article.url)}">')
        head.append(f'  <link rel="canonical" href="{esc(article.url)}">')
    if opts.amp and not amp:
        head.append(f'  <link rel="amphtml" href="/{esc(article.amp_page)}">')
    if opts.date_in == "meta":
        head.append(f'  <meta property="article:published_time" content="{esc(published)}">')
    if article.category:
        head.append(f'  <meta property="article:section" content="{esc(article.category)}">')
    head.append(f'  <script type="application/ld+json">{_jsonld(article)}</script>')
    if amp:
        head.append('  <script async src="https://cdn.ampproject.org/v0.js"></script>')
        head.append("  <style amp-boilerplate>body{visibility:hidden}</style>")
    nav = "\n".join(f'        <li><a href="/section/{i}">{esc(s)}</a></li>' for i, s in enumerate(outlet.sections))
    time_el = (
        f'<time datetime="{esc(published)}">{esc(printed_date(article))}</time>'
        if opts.date_in == "meta"
        else f'<span class="date">{esc(printed_date(article))}</span>'
    )
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in article.paragraphs)
    html_attrs = 'lang="ar" dir="rtl" amp' if amp else 'lang="ar" dir="rtl"'
    category = f'<a class="section-link" href="/section/0">{esc(article.category)}</a>' if article.category else ""
    return f"""<!DOCTYPE html>
<html {html_attrs}>
<head>
{chr(10).join(head)}
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-consent" role="dialog">
    <p>نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك وتحليل استخدام الموقع وعرض إعلانات مناسبة.
      بمواصلة التصفح فإنك توافق على ذلك. <a href="/privacy">سياسة الخصوصية</a></p>
    <button type="button">موافق</button> <button type="button">إدارة الإعدادات</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{esc(outlet.title)}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="ابحث في الموقع"></form>
    <div class="ticker"><strong>عاجل</strong> تابعوا آخر الأخبار لحظة بلحظة على تطبيقنا وحساباتنا</div>
  </header>
  <div class="breadcrumbs"><a href="/">الرئيسية</a> › {category}</div>
  <main class="layout">
    <article class="article">
      <h1>{esc(article.title)}</h1>
      <div class="byline"><span class="source">{esc(outlet.title)}</span> {time_el}</div>
      <figure class="lead-image"><figcaption>صورة أرشيفية</figcaption></figure>
{body}
      <div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a>
        <a href="#">تلغرام</a></div>
      <div class="tags">وسوم: <a href="/tag/1">{esc(article.category or outlet.sections[0])}</a></div>
    </article>
    <aside class="sidebar">
      <section class="most-read">
        <h2>الأكثر قراءة</h2>
        <ol>
{_links(most_read)}
        </ol>
      </section>
      <section class="newsletter">
        <h2>النشرة البريدية</h2>
        <p>اشترك ليصلك ملخص أهم الأخبار كل صباح.</p>
        <form action="/newsletter"><input type="email" name="email" placeholder="بريدك الإلكتروني"></form>
      </section>
      <div class="ad-slot">إعلان</div>
    </aside>
  </main>
  <section class="related">
    <h2>اقرأ أيضا</h2>
    <ul>
{_links(related)}
    </ul>
  </section>
  <footer class="site-footer">
    <p>جميع الحقوق محفوظة © {esc(outlet.title)}</p>
    <p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/privacy">سياسة الخصوصية</a> |
      <a href="/terms">شروط الاستخدام</a></p>
  </footer>
</body>
</html>
"""


def render_legacy_page(article: Article, related: list[Article]) -> str:
    """An old table-layout page with no charset declared anywhere (the bytes are in a legacy Arabic encoding)."""
    outlet = article.outlet
    canonical = f'\n<link rel="canonical" href="{esc(article.url)}">' if article.options.canonical else ""
    nav = " | ".join(f'<a href="/section/{i}">{esc(s)}</a>' for i, s in enumerate(outlet.sections))
    body = "\n".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
    links = "\n".join(f'<tr><td><a href="/{esc(a.page)}">{esc(a.title)}</a></td></tr>' for a in related)
    return f"""<html dir="rtl">
<head>
<title>{esc(outlet.title)} - {esc(article.title)}</title>{canonical}
</head>
<body>
<table width="100%" class="header"><tr><td><a href="/">{esc(outlet.title)}</a></td></tr>
<tr><td class="menu">{nav}</td></tr></table>
<table width="100%"><tr>
<td valign="top" class="content">
<div class="newstitle"><h2>{esc(article.title)}</h2></div>
<div class="newsdate">{esc(printed_date(article))}</div>
<div class="newsbody">
{body}
</div>
</td>
<td valign="top" width="220" class="side">
<table><tr><th>اخبار ذات صلة</th></tr>
{links}
</table>
</td>
</tr></table>
<div class="footer">حقوق النشر محفوظة لـ {esc(outlet.title)}</div>
</body>
</html>
"""


# ---------------------------------------------------------------- rendering feeds


@dataclass(frozen=True)
class FeedEntry:
    """One <item>: an article's listing, or a second listing of it under another URL."""

    article: Article
    link: str  # relative to the base URL
    guid: str


def render_feed(outlet: Outlet, feed_path: str, entries: list[FeedEntry]) -> str:
    dated = [e.article.published for e in entries if e.article.options.feed_date]
    last_build = f"    <lastBuildDate>{format_datetime(max(dated))}</lastBuildDate>\n" if dated else ""
    items = []
    for entry in entries:
        article = entry.article
        parts = [
            "    <item>",
            f"      <title>{esc(article.title)}</title>",
            f"      <link>{PLACEHOLDER}/{esc(entry.link)}</link>",
            f'      <guid isPermaLink="false">{esc(entry.guid)}</guid>',
        ]
        if article.options.feed_date:
            parts.append(f"      <pubDate>{format_datetime(article.published)}</pubDate>")
        if article.category:
            parts.append(f"      <category>{esc(article.category)}</category>")
        parts.append(f"      <description>{esc(article.description)}</description>")
        parts.append("    </item>")
        items.append("\n".join(parts))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(outlet.title)}</title>
    <link>{esc(outlet.homepage)}</link>
    <description>{esc(outlet.title)} — آخر الأخبار</description>
    <language>ar</language>
    <atom:link href="{PLACEHOLDER}/{esc(feed_path)}" rel="self" type="application/rss+xml"/>
{last_build}{chr(10).join(items)}
  </channel>
</rss>
"""


# ---------------------------------------------------------------- building


def _newest_first(article: Article) -> tuple[float, str]:
    return (-article.published.timestamp(), article.id)


def _write(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))  # strict: a character the encoding lacks is an error, not a "?"


def build(articles_dir: Path = DEFAULT_ARTICLES, out: Path = DEFAULT_OUT) -> dict:
    """Write the snapshot into `out` (replacing it) and return its manifest."""
    articles = read_articles(articles_dir)
    outlets = read_outlets(articles_dir / "outlets.yaml")
    by_outlet: dict[str, list[Article]] = {slug: [] for slug in outlets}
    for article in sorted(articles, key=_newest_first):
        by_outlet[article.outlet.slug].append(article)
    # Most read: the same few stories in every sidebar, as on a real site.
    most_read = sorted(articles, key=_newest_first)[:5]

    if out.exists():
        shutil.rmtree(out)
    (out / "feeds").mkdir(parents=True)
    feeds_manifest: list[dict] = []
    articles_manifest: list[dict] = []
    variants: list[dict] = []
    n_pages = 0
    for slug, outlet in outlets.items():
        listed = by_outlet[slug]
        if not listed:
            continue
        entries: list[FeedEntry] = []
        for index, article in enumerate(listed):
            related = [listed[(index + k) % len(listed)] for k in (1, 2, 3) if len(listed) > k]
            if article.options.layout == "legacy":
                page = render_legacy_page(article, related)
            else:
                page = render_page(article, related, [a for a in most_read if a.id != article.id][:4])
            _write(out / article.page, page, article.options.encoding)
            n_pages += 1
            entries.append(FeedEntry(article, article.page, article.url))
            if article.options.amp:
                amp = render_page(article, related, [], amp=True)
                _write(out / article.amp_page, amp)
                n_pages += 1
                entries.append(FeedEntry(article, article.amp_page, f"{article.url}?amp"))
                variants.append({"kind": "amp", "feed": slug, "link": article.amp_page, "same_as": article.id})
            if article.options.utm:
                link = f"{article.page}?{UTM_QUERY}"
                entries.append(FeedEntry(article, link, f"{article.url}?{UTM_QUERY}"))
                variants.append({"kind": "utm", "feed": slug, "link": link, "same_as": article.id})
            articles_manifest.append(_article_manifest(article))
        feed_path = f"feeds/{slug}.xml"
        _write(out / feed_path, render_feed(outlet, feed_path, entries))
        feeds_manifest.append(_feed_manifest(outlet, feed_path, len(entries)))

    topics: dict[str, int] = {}
    for article in articles:
        topics[article.topic] = topics.get(article.topic, 0) + 1
    manifest = {
        "description": "Arabic news articles written for the demo about real events, in the manner of real outlets "
        "(flows/demo/articles/*.yaml), rendered by flows/demo/build_snapshot.py and served by "
        "flows.static_server.serve_snapshot.",
        "placeholder": PLACEHOLDER,
        "expected": {
            "feeds": len(feeds_manifest),
            "items": sum(feed["items"] for feed in feeds_manifest),
            "pages": n_pages,
            "articles": len(articles),
            # Each article is one row: variants share its canonical URL, the page without one is keyed by its link.
            "distinct_canonical_urls": len(articles),
        },
        "topics": dict(sorted(topics.items())),
        "seed_id": SEED_ID,
        "feeds": feeds_manifest,
        "articles": articles_manifest,
        "variants": variants,
        "syndicated": [
            {"ids": [a.id, a.syndicated_with], "note": "the same wire story in two outlets"}
            for a in articles
            if a.syndicated_with
        ],
    }
    _write(out / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return manifest


def _article_manifest(article: Article) -> dict:
    return {
        "id": article.id,
        "feed": article.outlet.slug,
        "page": article.page,
        "canonical_url": article.url if article.options.canonical else None,
        "guid": article.url,
        "published": article.published.isoformat(),
        "topic": article.topic,
        "event": article.event,
        "content_type": article.content_type,
        "encoding": article.options.encoding,
    }


def _feed_manifest(outlet: Outlet, path: str, n_items: int) -> dict:
    entry: dict = {"name": outlet.slug, "outlet": outlet.name, "path": path, "language": "ar", "items": n_items}
    if outlet.country:
        entry["country"] = outlet.country
    if outlet.owner_type:
        entry["owner_type"] = outlet.owner_type
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="the folder of article YAML files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the snapshot")
    args = parser.parse_args()
    manifest = build(args.articles, args.out)
    print(json.dumps(manifest["expected"]))


if __name__ == "__main__":
    main()

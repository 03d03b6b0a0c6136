"""Extraction accuracy and speed: the shared Arabic fixtures, the htmldate pages, trafilatura's evaluation set
(marsad beside trafilatura in the same run), and throughput on ANT articles wrapped in a news-page template.

Run: .venv/bin/python bench/bench_extract.py [--pages 600] [--eval all|dev|held-out|none] [--worst N]
Prints per-fixture token precision/recall/F1 (target 1.0), date accuracy on the htmldate pages (6/8), then for
each part of trafilatura's evaluation set (split by a hash of the file name: dev about two thirds, held-out one
third; see bench/snippet_eval.py) precision, recall, F1, pages with F1 < 0.1 and pages/s on one core for marsad
(with and without its second opinion) and trafilatura, and on how many pages marsad asked trafilatura and kept its
text; finally pages/s on one core and on both cores on ANT pages. (The run without the second opinion reads each page
right after the run with it, so its caches are warm: its rate is an upper bound.)
Targets: marsad F1 >= trafilatura's, at most 2 pages with F1 < 0.1 per 180 pages, >= 100 pages/s per core.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import logging
import os
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.extract import ExtractionError, extract_page, publication_date  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
import snippet_eval  # noqa: E402

SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
HTML = SHARED / "corpus" / "html"
EVAL_ARCHIVE = SHARED / "corpus" / "extraction" / "trafilatura-eval-data.tar.gz"
_TOKEN = re.compile(r"\w+")

_NAV = "".join(
    f'<li><a href="/section/{i}">{name}</a></li>'
    for i, name in enumerate(["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا", "منوعات", "فيديو"])
)
_RELATED = "".join(
    f'<li><a href="/news/2018/{i}">عنوان خبر ذي صلة رقم {i} عن الأحداث في المنطقة والعالم</a></li>' for i in range(8)
)
# Real pages carry far more markup than text: a mega-menu, an inline tracking/config script and image teasers.
_MEGA_MENU = "".join(
    f'<li class="menu-item"><a href="/section/{i}/sub/{j}">قسم {i} فرع {j}</a></li>'
    for i in range(12)
    for j in range(12)
)
_INLINE_SCRIPT = "window.__CONFIG__ = " + json.dumps(
    {
        "slots": [
            {"id": f"div-gpt-ad-{i}", "sizes": [[300, 250], [728, 90]], "targeting": {"pos": i}} for i in range(300)
        ]
    }
)
_TEASERS = "".join(
    f'<div class="teaser"><a href="/news/{i}"><img src="/img/{i}.jpg" alt="صورة {i}">'
    f"<span>عنوان تقرير مصور رقم {i} من تغطيتنا المستمرة</span></a></div>"
    for i in range(30)
)
_FOOTER = (
    '<footer class="site-footer"><p>جميع الحقوق محفوظة © 2018 الشبكة الإخبارية</p>'
    '<ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li>'
    '<li><a href="/privacy">سياسة الخصوصية</a></li></ul></footer>'
)


def build_news_page(title: str, paragraphs: list[str], published: str | None, url: str) -> str:
    """A realistic Arabic news page: header, menu, share bar, article, related links, comments, footer, scripts."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{html.escape(title)} | الشبكة الإخبارية</title>
<meta property="og:title" content="{html.escape(title, quote=True)}">{date_meta}
<link rel="canonical" href="{html.escape(url, quote=True)}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.share-bar {{ display: flex; }} body {{ font-family: Tahoma; }}</style>
</head><body>
<header class="site-header"><div class="logo"><a href="/">الشبكة الإخبارية</a></div>
<nav class="main-menu"><ul>{_NAV}</ul><ul class="mega">{_MEGA_MENU}</ul></nav></header>
<script>{_INLINE_SCRIPT}</script>
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/middle-east">الشرق الأوسط</a></div>
<main><article class="article">
<h1 class="article-title">{html.escape(title)}</h1>
<div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="article-body">{body}</div>
<div class="tags"><a href="/tag/1">سياسة</a> <a href="/tag/2">العالم</a></div>
</article>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>{_RELATED}</ul></aside>
<section class="related-news"><h3>أخبار ذات صلة</h3><ul>{_RELATED}</ul></section>
<div class="more-stories">{_TEASERS}</div>
<div id="comments" class="comments"><h3>التعليقات</h3><p>لا توجد تعليقات بعد، كن أول من يعلق على هذا الخبر.</p></div>
</main>{_FOOTER}
<script src="/static/app.js"></script><script>var ads = {{"slots": [1, 2, 3]}};</script>
</body></html>"""


def ant_pages(n: int) -> Iterator[tuple[str, str, str]]:
    """(url, page html, expected text) for the first n multi-source ANT articles with text."""
    count = 0
    with gzip.open(SHARED / "corpus" / "ant" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article["source"] == "Jawhara FM" or not article["text"] or not article["url"]:
                continue
            paragraphs = [p.strip() for p in re.split(r"\n+|(?<=[.!؟])\s{2,}", article["text"]) if p.strip()]
            page = build_news_page(article["title"], paragraphs, article["published"], article["url"])
            yield article["url"], page, "\n".join(paragraphs)
            count += 1
            if count == n:
                return


def token_prf(got: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1."""
    g, e = Counter(_TOKEN.findall(got)), Counter(_TOKEN.findall(expected))
    common = sum((g & e).values())
    precision = common / max(1, sum(g.values()))
    recall = common / max(1, sum(e.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def fixtures() -> list[tuple[str, bytes, str]]:
    """(name, page bytes, expected text) for every fixture that has an expected text."""
    lbc = json.loads((HTML / "fundus" / "LBCGroup.json").read_text(encoding="utf-8"))["V1"]
    goose = json.loads((HTML / "goose3" / "test_cnn_arabic.json").read_text(encoding="utf-8"))["expected"]
    n4k = json.loads((HTML / "newspaper4k" / "arabic_article.metadata.json").read_text(encoding="utf-8"))
    return [
        (
            "newspaper",
            (HTML / "newspaper/arabic_article.html").read_bytes(),
            (HTML / "newspaper/arabic.txt").read_text(),
        ),
        (
            "newspaper4k",
            (HTML / "newspaper4k/arabic_article.html").read_bytes(),
            (HTML / "newspaper4k/arabic_article.txt").read_text(),
        ),
        ("newspaper4k-meta", (HTML / "newspaper4k/arabic_article.html").read_bytes(), n4k["text"]),
        ("goose3(prefix)", (HTML / "goose3/test_cnn_arabic.html").read_bytes(), goose["cleaned_text"]),
        (
            "fundus-LBC",
            gzip.decompress((HTML / "fundus/LBCGroup_2026_01_08.html.gz").read_bytes()),
            "\n".join(p for s in lbc["body"]["sections"] for p in s["paragraphs"]),
        ),
    ]


def _extract_one(item: tuple[str, str]) -> int:
    url, page = item
    try:
        return len(extract_page(page.encode("utf-8"), url=url, content_type="text/html; charset=utf-8").text)
    except ExtractionError:
        return -1


def _marsad(case: snippet_eval.Case, second_opinion: bool = True) -> str:
    return extract_page(case.html, url=case.url, second_opinion=second_opinion).text


def _trafilatura(case: snippet_eval.Case) -> str:
    import trafilatura

    return trafilatura.extract(case.html, url=case.url, include_comments=False, include_tables=True) or ""


class _SecondOpinions(logging.Handler):
    """Counts the pages on which extract_page asked trafilatura, and those on which trafilatura's text was kept."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.asked = 0
        self.kept = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("second opinion on "):
            self.asked += 1
            self.kept += "trafilatura's text kept" in record.getMessage()


def eval_set(parts: list[str], worst: int = 0) -> None:
    """marsad and trafilatura on the same pages of trafilatura's evaluation set, one part at a time; with `worst`,
    marsad's that many lowest-scoring pages of the dev part (never of the held-out part: it is not for tuning)."""
    import trafilatura

    if not EVAL_ARCHIVE.exists():
        print(f"trafilatura evaluation set: {EVAL_ARCHIVE} not found, skipped")
        return
    cases = snippet_eval.load_cases(EVAL_ARCHIVE)
    _trafilatura(cases[0])  # imports and first-call set-up outside the timings
    _marsad(cases[0])
    extractors = {
        "marsad": _marsad,
        "marsad (no 2nd opinion)": lambda case: _marsad(case, second_opinion=False),
        f"trafilatura {trafilatura.__version__}": _trafilatura,
    }
    extract_log = logging.getLogger("transforms.extract")
    for part in parts:
        chosen = [c for c in cases if c.part == part]
        counter = _SecondOpinions()
        extract_log.addHandler(counter)
        extract_log.setLevel(logging.DEBUG)
        # CPU time of this process: on a shared machine, wall time measures the neighbours as much as the code.
        results = snippet_eval.run(chosen, extractors, time.process_time)  # only "marsad" asks for a second opinion
        extract_log.removeHandler(counter)
        extract_log.setLevel(logging.NOTSET)
        snippets = sum(len(c.with_) + len(c.without) for c in chosen)
        print(f"\ntrafilatura evaluation set, {part} part: {len(chosen)} pages, {snippets} snippets")
        print("| extractor | P | R | F1 | accuracy | F1 < 0.1 pages (per 180) | empty | pages/s (1 core, CPU) |")
        print("|---|---|---|---|---|---|---|---|")
        for result in results.values():
            t = result.total
            per180 = len(result.lost) * 180 / max(1, result.pages)
            print(
                f"| {result.name} | {t.precision:.3f} | {t.recall:.3f} | {t.f1:.3f} | {t.accuracy:.3f} | "
                f"{len(result.lost)} ({per180:.1f}) | {result.failures} | {result.rate:.0f} |"
            )
        print(
            f"marsad asked trafilatura on {counter.asked} of {len(chosen)} pages "
            f"({100 * counter.asked / max(1, len(chosen)):.1f}%) and kept its text on {counter.kept}"
        )
        lost = results["marsad"].lost
        if lost and part == "dev":  # held-out pages are counted, never named
            print(f"marsad pages with F1 < 0.1: {', '.join(sorted(lost))}")
        if worst and part == "dev":
            print(f"marsad's {worst} worst dev pages (snippets kept that should not be: fp; missed: fn)")
            print("| page | P | R | F1 | fp | fn |")
            print("|---|---|---|---|---|---|")
            for name, c in results["marsad"].worst(worst):
                print(f"| {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.fp} | {c.fn} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1500, help="ANT pages for the throughput runs")
    parser.add_argument(
        "--eval",
        choices=["all", "dev", "held-out", "none"],
        default="all",
        help="which part of trafilatura's evaluation set to run (held-out: report only, never tune on it)",
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=0,
        metavar="N",
        help="print marsad's N lowest-F1 pages of the dev part (file, P, R, F1; the held-out part is never listed)",
    )
    args = parser.parse_args()

    print("fixture                precision  recall     F1")
    for name, body, expected in fixtures():
        got = extract_page(body, url="https://example.com/").text
        if name.startswith("goose3"):
            got = got[: len(expected)]
        p, r, f = token_prf(got, expected)
        print(f"{name:22} {p:9.3f} {r:7.3f} {f:6.3f}")

    truth = json.loads((HTML / "htmldate_mediacloud" / "ground_truth_dates_subset.json").read_text(encoding="utf-8"))
    right = 0
    for entry in truth.values():
        found, source = publication_date((HTML / "htmldate_mediacloud" / entry["file"]).read_bytes())
        ok = found is not None and found.date().isoformat() == entry["date"]
        right += ok
        print(f"date {entry['file']:16} truth {entry['date']} found {found} ({source}) {'ok' if ok else 'MISS'}")
    print(f"date accuracy: {right}/{len(truth)} = {right / len(truth):.2f}")

    if args.eval != "none":
        eval_set(list(snippet_eval.PARTS) if args.eval == "all" else [args.eval], args.worst)

    pages = [(url, page) for url, page, _ in ant_pages(args.pages)]
    scores = [
        token_prf(extract_page(page.encode(), url=url).text, expected)
        for url, page, expected in ant_pages(min(200, args.pages))
    ]
    mean = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
    print(f"ANT template pages (n={len(scores)}): precision {mean[0]:.3f} recall {mean[1]:.3f} F1 {mean[2]:.3f}")
    size = sum(len(p.encode()) for _, p in pages) / len(pages)
    print(f"throughput over {len(pages)} pages, mean {size / 1024:.1f} KiB")

    started, cpu = time.perf_counter(), time.process_time()
    for item in pages:
        _extract_one(item)
    single = len(pages) / (time.perf_counter() - started)
    single_cpu = len(pages) / (time.process_time() - cpu)
    print(f"  1 core : {single:7.1f} pages/s wall clock, {single_cpu:7.1f} pages/s of CPU time")

    # Why lxml.html is the hot path: tree building alone, one core, same pages.
    import lxml.html
    from bs4 import BeautifulSoup

    sample = [page for _, page in pages[:200]]
    started = time.perf_counter()
    for page in sample:
        BeautifulSoup(page, "lxml")
    bs4_rate = len(sample) / (time.perf_counter() - started)
    started = time.perf_counter()
    for page in sample:
        lxml.html.document_fromstring(page)
    lxml_rate = len(sample) / (time.perf_counter() - started)
    print(f"  tree building only, 1 core: bs4+lxml {bs4_rate:7.1f} pages/s, lxml.html {lxml_rate:7.1f} pages/s")

    workers = os.cpu_count() or 2
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_extract_one, pages[:workers], chunksize=1))  # start the workers before timing
        started = time.perf_counter()
        results = list(pool.map(_extract_one, pages, chunksize=max(1, len(pages) // (workers * 8))))
        multi = len(pages) / (time.perf_counter() - started)
    failures = sum(1 for n in results if n < 0)
    verdict = "meets" if multi >= 100 else "BELOW"
    print(f"  {workers} cores: {multi:7.1f} pages/s ({verdict} the 100 pages/s target), {failures} failures")
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: main {peak_self:.0f} MB, largest worker {peak_worker:.0f} MB")
    print(f"measured {datetime.now().isoformat(timespec='seconds')}")


if __name__ == "__main__":
    main()

"""Long fuzzing session outside CI: random inputs through every parser of untrusted data.

    .venv/bin/python bench/fuzz.py [--n 1000000] [--seed 1] [--parsers-share 0.02]

Each input is random Unicode mixed with Arabic lexicon words, URL pieces or markup. Checked properties:
- normalize: offsets map back into the raw text, idempotent;
- canonicalize_url: raises only InvalidURLError, idempotent;
- tag_article: valid taxonomy names, evidence offsets slice the raw field exactly;
- parse_feed / extract_page (a share of the inputs, they are slower): raise only their documented errors.
Prints inputs per second and the count of property failures (with the first few inputs that failed).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from transforms.arabic import normalize
from transforms.extract import ExtractionError, extract_page
from transforms.feeds import FeedParseError, parse_feed
from transforms.tagger import tag_article
from transforms.urls import InvalidURLError, canonicalize_url

WORDS = [
    "كوريا الشمالية",
    "بيونغ يانغ",
    "بيونج يانج",
    "روسيا",
    "بوتين",
    "كيم جونغ أون",
    "أطلقت",
    "إطلاق",
    "صاروخين",
    "صواريخ",
    "18 صاروخا",
    "باليستي",
    "هواسونغ-18",
    "KN-23",
    "قمر صناعي",
    "سويوز",
    "فوستوتشني",
    "التقى",
    "قمة",
    "لم",
    "نفت",
    "قد",
    "عام 2016",
    "أمس",
    "اليوم الأربعاء",
    "الماضي",
    "أيلول",
    "الحوثي",
    "اعترضت",
    "،",
    ".",
    "\n",
    "ـ",
    "\u200f",
    "\u200b",
    "ً",
    "ّ",
    "ﻻ",
    "٣",
    "گ",
    "ی",
    "«",
    "»",
]
URL_BITS = [
    "http://",
    "https://",
    "HTTP://",
    "ftp://",
    "//",
    "www.",
    "amp.",
    "/amp/",
    "?utm_source=x",
    "#frag",
    "%D8%A7",
    "example.org",
    ":8080",
    "@",
    "..",
    "/",
    "?",
    "&",
    "=",
    " ",
    "\x00",
    "ا",
]
MARKUP = [
    "<?xml version='1.0'?>",
    "<rss>",
    "<channel>",
    "<item>",
    "<title>",
    "</title>",
    "<link>",
    "</item>",
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<script>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    "&a;",
    "<meta charset=",
    "windows-1256",
    "\xff\xfe",
    "<div>" * 50,
    "</div>",
]


def random_text(rng: random.Random, pieces: list[str], max_parts: int = 30) -> str:
    parts = []
    for _ in range(rng.randint(0, max_parts)):
        if rng.random() < 0.6:
            parts.append(rng.choice(pieces))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(0, 6))))
    return rng.choice(["", " "]).join(parts)


def check_text(raw: str) -> None:
    norm = normalize(raw)
    for i in range(0, len(norm.text) + 1, max(1, len(norm.text) // 4 or 1)):
        start, end = norm.raw_span(0, i)
        assert 0 <= start <= end <= len(raw)
    assert normalize(norm.text).text == norm.text


def check_url(raw: str) -> None:
    try:
        once = canonicalize_url(raw)
    except InvalidURLError:
        return
    assert canonicalize_url(once) == once


def check_tagger(title: str, text: str) -> None:
    for event in tag_article(title, text, "2023-09-13T08:00:00+00:00"):
        assert event.type in {"missile_launch", "space_launch", "russia_dprk_cooperation"}
        assert event.status in {"asserted", "historical", "planned", "denied", "analysis"}
        for span in event.evidence:
            field = title if span.field == "title" else text
            assert field[span.start : span.end] == span.text


def check_parsers(body: bytes) -> None:
    with contextlib.suppress(FeedParseError):
        parse_feed(body, url="https://example.org/feed.xml")
    with contextlib.suppress(ExtractionError):
        extract_page(body, url="https://example.org/a.html")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--parsers-share", type=float, default=0.02)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures: list[tuple[str, str, str]] = []
    counts = {"text": 0, "url": 0, "tagger": 0, "parsers": 0}
    t0 = time.monotonic()
    for i in range(args.n):
        text = random_text(rng, WORDS)
        url = random_text(rng, URL_BITS, 10).replace(" ", rng.choice(["", " ", "%20"]))
        checks: tuple[tuple[str, Callable[..., None], tuple[str, ...]], ...] = (
            ("text", check_text, (text,)),
            ("url", check_url, (url,)),
            ("tagger", check_tagger, (text[: len(text) // 3], text)),
        )
        for name, check, check_args in checks:
            counts[name] += 1
            try:
                check(*check_args)
            except Exception as exc:  # a property failure, recorded with its input
                failures.append((name, repr(exc), text if name != "url" else url))
        if rng.random() < args.parsers_share:
            body = random_text(rng, MARKUP + WORDS, 40).encode(rng.choice(["utf-8", "utf-16"]), "surrogatepass")
            counts["parsers"] += 1
            try:
                check_parsers(body)
            except Exception as exc:
                failures.append(("parsers", repr(exc), body[:200].decode("utf-8", "replace")))
        if (i + 1) % 100_000 == 0:
            print(f"{i + 1} inputs, {len(failures)} failures, {(i + 1) / (time.monotonic() - t0):.0f}/s", flush=True)
    elapsed = time.monotonic() - t0
    print(f"done: {args.n} inputs in {elapsed:.0f} s ({args.n / elapsed:.0f}/s); checks per target: {counts}")
    print(f"property failures: {len(failures)}")
    for name, error, sample in failures[:10]:
        print(f"  {name}: {error} on {sample[:120]!r}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

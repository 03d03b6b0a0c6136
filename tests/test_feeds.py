"""Feed parsing on real odd feeds, an Arabic feed of the demo's articles, hostile bodies and arbitrary bytes."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.demo.build_snapshot import read_articles
from transforms.feeds import MAX_TITLE_CHARS, FeedParseError, html_to_text, parse_feed

FEED_URL = "https://feeds.example.org/ar/rss.xml"

# file → (item count, first item title, first item date in UTC or None, first item link)
ODD_FEEDS = {
    "picofeed/ibash.ru.xml": (50, "Цитата #16099", "2013-06-27T16:18:31", "http://ibash.org.ru/quote.php?id=16099"),
    "picofeed/rss_20_iso8859-15.xml": (1, "RSS Tutorial", None, "https://www.google.com"),
    "picofeed/univers_freebox.xml": (
        30,
        "Retour de Xavier Niel sur Twitter, « sans initiative privée, pas de révolution #Born2code »",
        "2013-03-25T19:43:20",
        "http://www.universfreebox.com/article20302.html",
    ),
    "picofeed/xakep.ru.xml": (
        25,
        "Руководители разведки США шутят об убийстве Сноудена",
        "2013-10-03T23:34:59",
        "http://www.xakep.ru/post/61360/default.asp",
    ),
    "rss-parser/feed-dcdate.xml": (
        1,
        "Europe : vers un « affaiblissement historique » des normes écologiques ?",  # no-break spaces → spaces
        "2025-02-26T16:42:45",
        "https://reporterre.net/Europe-vers-un-affaiblissement-historique-des-normes-ecologiques",
    ),
    "rss-parser/feed-escape-malformed.xml": (
        1,
        "augurs",
        "2025-02-24T15:43:09",
        "https://notes.billmill.org/modeling/augurs.html",
    ),
    "rss-parser/feed-mismatched-html-tags.xml": (
        1,
        "AGGIORNAMENTO DEL 28-9-2025",
        "2025-09-28T12:00:00",
        "https://www.lucasdelirium.it/",
    ),
    "rss-parser/feed-test-greek.xml": (
        1,
        "«Πορτραίτα καραντίνας» για έμπνευση από τη συλλογή Φέλιου",
        "2020-04-24T20:03:00",
        "https://www.liberal.gr/news/portraita%2Dkarantinas%2Dgia%2Dempneusi%2Dapo%2Dti%2Dsullogi%2Dfeliou/298923",
    ),
    "rss-parser/feed-test-hindi-channel-image.xml": (
        1,
        "कैसे फैला कोरोना वायरस, WHO की टीम करेगी चीनी अधिकारियों के साथ बैठक",
        "2021-01-29T16:42:00",
        "https://hindi.news18.com/news/world/who-experts-in-wuhan-probing-coronavirus-origins-meet-chinese-scientists-nodtg-3437941.html",
    ),
    "rss-parser/feed-test-malformed.xml": (
        1,
        "Japan’s plans for 5G include 10 billion 14-digit phone numbers",
        "2019-05-15T20:48:02",
        "https://www.androidauthority.com/japan-phone-numbers-14-digits-5g-986823/",
    ),
    "rss-parser/feed-test-ru.xml": (
        1,
        "СМИ: собака в Таиланде спасла заживо похороненного младенца",
        "2019-05-18T07:52:50",
        "http://www.aif.ru/incidents/smi_sobaka_v_tailande_spasla_zazhivo_pohoronennogo_mladenca",
    ),
    "rss-parser/feed-test-time.xml": (
        1,
        "Vivimed Life Sciences Pvt Ltd Issues Voluntary Nationwide Recall of Losartan Potassium 25 mg, 50 mg and 100 mg"
        " Tablets, USP Due to the Detection of Trace Amounts of N-Nitroso-N-methyl-4-aminobutyric acid (NMBA) Impurity",
        "2019-05-03T15:21:00",
        None,
    ),
    "rss-parser/feed-test-unexpected-token.xml": (
        1,
        "Wheels24.co.za | WATCH | Range Rover spices up its Velar line-up, adds new hybrid model to the range",
        "2020-09-23T12:45:10",
        "https://www.wheels24.co.za/OffRoad_and_4x4/Bakkie_and_SUV/watch-range-rover-spices-up-its-velar-line-up-adds-new-hybrid-model-to-the-range-20200923-3",
    ),
}


@pytest.fixture(scope="module")
def odd_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "feeds" / "non_arabic_odd"


def test_every_odd_fixture_has_an_expectation(odd_dir: Path) -> None:
    present = {str(p.relative_to(odd_dir)) for p in odd_dir.glob("*/*.xml")}
    assert present == set(ODD_FEEDS)


@pytest.mark.parametrize("name", sorted(ODD_FEEDS))
def test_odd_feed(odd_dir: Path, name: str) -> None:
    count, title, date, link = ODD_FEEDS[name]
    parsed = parse_feed((odd_dir / name).read_bytes(), url="https://example.com/feed")
    assert len(parsed.items) == count
    first = parsed.items[0]
    assert first.title == title
    assert first.feed_url == "https://example.com/feed"
    if date is None:
        assert first.published_at is None
    else:
        assert first.published_at == datetime.fromisoformat(date).replace(tzinfo=UTC)
        assert first.published_at.tzinfo is not None
    if link is not None:
        assert first.link == link
    assert all(item.title == item.title.strip() and "\n" not in item.title for item in parsed.items)
    assert not any(re.search(r"<(p|br|div|a|img)\b", item.summary) for item in parsed.items)
    assert parsed.title


def test_encodings_are_decoded_from_the_declaration(odd_dir: Path) -> None:
    iso15 = parse_feed((odd_dir / "picofeed/rss_20_iso8859-15.xml").read_bytes(), url=FEED_URL)
    assert "€" in iso15.items[0].summary  # 0xA4 is the euro sign only in ISO-8859-15
    greek = parse_feed((odd_dir / "rss-parser/feed-test-greek.xml").read_bytes(), url=FEED_URL)
    assert greek.title == "Liberal - ΕΠΙΚΑΙΡΟΤΗΤΑ"
    cyrillic = parse_feed((odd_dir / "picofeed/xakep.ru.xml").read_bytes(), url=FEED_URL)
    assert cyrillic.items[0].summary.startswith("Бывший директор АНБ")


def test_whitespace_before_xml_declaration_is_not_fatal(odd_dir: Path) -> None:
    body = (odd_dir / "rss-parser/feed-test-malformed.xml").read_bytes()
    assert body.startswith(b"\n")
    parsed = parse_feed(body, url=FEED_URL)
    assert not parsed.bozo
    assert parse_feed(b"\xef\xbb\xbf  \r\n" + body.lstrip(), url=FEED_URL).items == parsed.items


def test_headers_charset_and_missing_content_type() -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>قناة</title>'
        "<item><title>خبر</title><link>https://x.example/a</link></item></channel></rss>"
    ).encode()
    plain = parse_feed(body, url=FEED_URL)
    assert not plain.bozo
    assert plain.items[0].title == "خبر"
    as_html = parse_feed(body, url=FEED_URL, headers={"Content-Type": "text/html; charset=utf-8"})
    assert as_html.bozo  # a feed served as text/html is recorded as bozo, and still used
    assert as_html.bozo_message
    assert as_html.items[0].title == "خبر"


# --------------------------------------------------------------------- an Arabic feed from the demo's articles


def _demo_articles(n: int) -> list[dict[str, str]]:
    """The first `n` articles written for the demo, as the fields a feed item carries."""
    return [
        {"title": a.title, "url": a.url, "published": a.published.isoformat(), "abstract": a.description}
        for a in read_articles()[:n]
    ]


def _rss(items: list[str], title: str = "سي إن إن بالعربية") -> bytes:
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>'
    return (head + "<link>https://arabic.example.com/</link>" + "".join(items) + "</channel></rss>").encode("utf-8")


def _rss_item(title: str, link: str | None, published: datetime | None, description: str) -> str:
    parts = [f"<item><title>{escape(title)}</title>"]
    if link is not None:
        parts.append(f"<link>{escape(link)}</link>")
    if published is not None:
        parts.append(f"<pubDate>{format_datetime(published)}</pubDate>")
    parts.append(f"<description><![CDATA[{description}]]></description></item>")
    return "".join(parts)


def test_arabic_feed_from_written_articles() -> None:
    articles = _demo_articles(12)
    assert len(articles) == 12
    items = [
        _rss_item(a["title"], a["url"], datetime.fromisoformat(a["published"]), f"<p>{escape(a['abstract'])}</p>")
        for a in articles
    ]
    # A relative link, an item without link and one with markup in its title.
    items.append(_rss_item("خبر برابط نسبي", "/middle-east/2018/05/31/lavrov-pyongyang", None, "ملخص"))
    items.append(_rss_item("خبر بلا رابط", None, None, "ملخص آخر"))
    items.append(_rss_item("<b>لافروف</b> يصل إلى بيونغ يانغ", "https://x.example/b", None, "&lt;script&gt;x"))
    parsed = parse_feed(_rss(items), url="https://arabic.example.com/rss/latest.xml")

    assert parsed.title == "سي إن إن بالعربية"
    assert not parsed.bozo
    assert len(parsed.items) == 15
    for article, item in zip(articles, parsed.items, strict=False):
        assert item.title == " ".join(article["title"].split())
        assert item.link == article["url"]
        expected = datetime.fromisoformat(article["published"]).astimezone(UTC)
        assert item.published_at == expected
        assert item.published_at.utcoffset() == timedelta(0)
        assert item.summary == " ".join(article["abstract"].split())
    relative, linkless, marked = parsed.items[-3:]
    assert relative.link == "https://arabic.example.com/middle-east/2018/05/31/lavrov-pyongyang"
    assert relative.published_at is None
    assert linkless.link is None
    assert linkless.title == "خبر بلا رابط"
    assert marked.title == "لافروف يصل إلى بيونغ يانغ"


def test_atom_feed_with_relative_links_and_updated_dates() -> None:
    body = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.net/ar/">
  <title>أخبار</title><id>urn:x</id><updated>2018-05-31T10:00:00+03:00</updated>
  <entry><title type="html">&lt;em&gt;صاروخ&lt;/em&gt; جديد</title><id>urn:1</id>
    <link rel="alternate" href="world/2018/05/31/a.html"/><updated>2018-05-31T10:00:00+03:00</updated>
    <content type="html">&lt;p&gt;الفقرة الأولى&lt;/p&gt;&lt;p&gt;الفقرة الثانية&lt;/p&gt;</content></entry>
</feed>""".encode()
    parsed = parse_feed(body, url="https://news.example.net/feed.atom")
    (item,) = parsed.items
    assert item.title == "صاروخ جديد"
    assert item.link == "https://news.example.net/ar/world/2018/05/31/a.html"
    assert item.published_at == datetime(2018, 5, 31, 7, 0, tzinfo=UTC)
    assert item.summary == "الفقرة الأولى\nالفقرة الثانية"
    assert item.guid == "urn:1"


def test_caps_and_max_items() -> None:
    long_title = "ص" * 5_000
    items = [_rss_item(long_title, f"https://x.example/{i}", None, "م" * 30_000) for i in range(30)]
    parsed = parse_feed(_rss(items), url=FEED_URL, max_items=10)
    assert len(parsed.items) == 10
    assert len(parsed.items[0].title) == MAX_TITLE_CHARS
    assert len(parsed.items[0].summary) == 20_000


def test_empty_feed_with_title_is_a_feed() -> None:
    parsed = parse_feed(_rss([]), url=FEED_URL)
    assert parsed.items == ()
    assert parsed.title == "سي إن إن بالعربية"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"<!DOCTYPE html><html><head><title>Not a feed</title></head><body><p>hello</p></body></html>",
        b'<html lang="ar"><head><title>\xd8\xb5\xd9\x81\xd8\xad\xd8\xa9</title></head><body>x</body></html>',
        b"\x00\x01\x02garbage\xff\xfe",
        b'{"items": [{"title": "json"}]}',
        b"<?xml version='1.0'?><root><child/></root>",
    ],
)
def test_not_a_feed_raises_feed_parse_error(body: bytes) -> None:
    with pytest.raises(FeedParseError, match=r"not an RSS/Atom feed|empty body"):
        parse_feed(body, url=FEED_URL)


def test_refuses_str_input() -> None:
    with pytest.raises(TypeError):
        parse_feed("https://example.com/feed.xml", url=FEED_URL)  # type: ignore[arg-type]


def test_html_to_text() -> None:
    assert html_to_text("<p>أ &amp; ب</p><script>evil()</script><p>ج</p>") == "أ & ب\nج"
    assert html_to_text("<p>أ</p>\n\n<p>ب</p>", one_line=True) == "أ ب"
    assert html_to_text("") == ""


# --------------------------------------------------------------------- hostile bodies


def test_xxe_does_not_leak_local_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARSAD-7731", encoding="utf-8")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>t &xxe;</title>'
        "<item><title>a &xxe;</title><link>https://x.example/a</link><description>&xxe;</description></item>"
        "</channel></rss>"
    ).encode()
    parsed = parse_feed(body, url=FEED_URL)
    dumped = repr(parsed)
    assert "TOP-SECRET" not in dumped
    assert len(parsed.items) == 1


@pytest.fixture
def dtd_server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            payload = b'<!ENTITY leak "FETCHED-FROM-NETWORK">'
            self.send_response(200)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_external_dtd_and_entities_are_never_fetched(dtd_server: tuple[str, list[str]]) -> None:
    base, hits = dtd_server
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{base}/feed.dtd" ['
        f'<!ENTITY remote SYSTEM "{base}/entity.txt"><!ENTITY % pe SYSTEM "{base}/pe.dtd"> %pe;]>'
        '<rss version="2.0"><channel><title>t</title>'
        "<item><title>a &remote; &leak;</title><link>https://x.example/a</link></item></channel></rss>"
    ).encode()
    try:
        parsed = parse_feed(body, url=FEED_URL)
    except FeedParseError:
        parsed = None
    time.sleep(0.05)
    assert hits == []
    assert "FETCHED-FROM-NETWORK" not in repr(parsed)


def test_billion_laughs_is_bounded() -> None:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(entities)}]>'
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title><link>https://x.example/a</link></item></channel></rss>"
    ).encode()
    started = time.monotonic()
    try:
        parsed = parse_feed(body, url=FEED_URL)
    except FeedParseError:
        parsed = None
    assert time.monotonic() - started < 10
    if parsed is not None:
        assert all(len(item.title) <= MAX_TITLE_CHARS for item in parsed.items)
        assert len(repr(parsed)) < 100_000


def test_quadratic_blowup_is_bounded() -> None:
    big = "ب" * 50_000
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{big}">]>'
        f'<rss version="2.0"><channel><title>t</title><item><title>{"&big;" * 2_000}</title>'
        "<link>https://x.example/a</link></item></channel></rss>"
    ).encode()
    started = time.monotonic()
    try:
        parsed = parse_feed(body, url=FEED_URL)
    except FeedParseError:
        parsed = None
    assert time.monotonic() - started < 10
    if parsed is not None:
        assert all(len(item.title) <= MAX_TITLE_CHARS for item in parsed.items)


_FEEDISH = st.lists(
    st.sampled_from(
        [
            b"<?xml version='1.0'?>",
            b"<rss version='2.0'>",
            b"<channel>",
            b"<item>",
            b"</item>",
            b"<title>",
            b"</title>",
            b"<link>",
            b"/a",
            b"</link>",
            b"<pubDate>",
            b"Mon, 31 Jun 2018 99:00:00 +0300",
            b"</pubDate>",
            b"\xd8\xb5\xd8\xa7\xd8\xb1\xd9\x88\xd8\xae",
            b"\xff\xfe",
            b"&amp;",
            b"&bogus;",
            b"<![CDATA[",
            b"]]>",
            b"<feed xmlns='http://www.w3.org/2005/Atom'>",
            b"<entry>",
            b"</entry>",
            b" ",
            b"\x00",
            b"<!DOCTYPE x>",
        ]
    ),
    max_size=30,
).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FEEDISH | st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_feed_parse_error(body: bytes) -> None:
    try:
        parsed = parse_feed(body, url=FEED_URL)
    except FeedParseError:
        return
    for item in parsed.items:
        assert item.published_at is None or item.published_at.tzinfo is not None
        assert len(item.title) <= MAX_TITLE_CHARS


def test_non_http_links_become_none() -> None:
    items = [
        _rss_item("رابط جافاسكربت", "javascript:alert(1)", None, "x"),
        _rss_item("رابط بريد", "mailto:desk@example.com", None, "x"),
        _rss_item("رابط عادي", "https://x.example/ok", None, "x"),
    ]
    parsed = parse_feed(_rss(items), url=FEED_URL).items
    assert [item.link for item in parsed] == [None, None, "https://x.example/ok"]
    # Kept aside so the ingest can record them as refused.
    assert [item.rejected_link for item in parsed] == ["javascript:alert(1)", "mailto:desk@example.com", None]


def test_megabyte_titles_and_items_without_link_or_date() -> None:
    items = [
        _rss_item("ع" * 1_000_000, "https://x.example/big", None, "x"),
        "<item><title>بلا رابط ولا تاريخ</title></item>",
    ]
    parsed = parse_feed(_rss(items), url=FEED_URL)
    assert len(parsed.items) == 2
    assert len(parsed.items[0].title) == MAX_TITLE_CHARS
    assert parsed.items[1].link is None and parsed.items[1].published_at is None


@pytest.mark.slow
def test_fifty_thousand_items_are_capped_and_memory_stays_bounded() -> None:
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = [_rss_item(f"خبر {i}", f"https://x.example/{i}", None, "ملخص") for i in range(50_000)]
    parsed = parse_feed(_rss(items), url=FEED_URL)
    assert len(parsed.items) == 5000  # the default max_items
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 800

"""Article extraction on real Arabic pages with expected texts, dates and charsets, plus hostile pages."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.bench_extract import build_news_page, token_prf
from transforms.extract import ExtractionError, decode_html, extract_page, parse_date, publication_date
from transforms.extract.furniture import is_breadcrumb, is_wire_credit
from transforms.records import FeedItem

# Pinned floors: raise them when extraction improves, never lower them silently.
F1_FLOORS = {"newspaper": 0.99, "newspaper4k": 0.99, "fundus": 0.99, "ant_template": 0.99}
CNN_URL = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
PARAGRAPH = "أطلقت كوريا الشمالية صاروخا باليستيا قصير المدى، وقال مسؤولون في سيول إن الصاروخ سقط في البحر. "


@pytest.fixture(scope="module")
def html_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "html"


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# --------------------------------------------------------------------- fixtures with expected texts


@pytest.mark.parametrize("name", ["newspaper", "newspaper4k"])
def test_cnn_arabic_text_matches_expected(html_dir: Path, name: str) -> None:
    page = html_dir / name / "arabic_article.html"
    expected = (html_dir / name / ("arabic.txt" if name == "newspaper" else "arabic_article.txt")).read_text()
    got = extract_page(page.read_bytes(), url=CNN_URL)
    assert token_prf(got.text, expected)[2] >= F1_FLOORS[name]
    assert "ترحب شبكة CNN بالنقاش" not in got.text  # the comment policy under the article
    assert got.text.count("\n") >= 5  # paragraph breaks kept
    assert got.language == "ar"
    assert got.encoding == "utf-8"


def test_cnn_arabic_metadata_matches_newspaper4k(html_dir: Path) -> None:
    meta = json.loads((html_dir / "newspaper4k" / "arabic_article.metadata.json").read_text(encoding="utf-8"))
    got = extract_page((html_dir / "newspaper4k" / "arabic_article.html").read_bytes(), url=meta["url"])
    assert got.title == meta["title"]
    assert got.canonical_url == meta["canonical_link"]
    assert got.language == meta["meta_lang"]
    assert got.published_at is None  # the page has no date; newspaper4k finds none either
    assert got.published_source is None


def test_cnn_arabic_goose3_prefix(html_dir: Path) -> None:
    expected = json.loads((html_dir / "goose3" / "test_cnn_arabic.json").read_text(encoding="utf-8"))["expected"]
    got = extract_page((html_dir / "goose3" / "test_cnn_arabic.html").read_bytes(), url=CNN_URL)
    assert got.text.startswith(expected["cleaned_text"])
    assert got.language == expected["meta_lang"]


def test_lbc_matches_fundus(html_dir: Path) -> None:
    expected = json.loads((html_dir / "fundus" / "LBCGroup.json").read_text(encoding="utf-8"))["V1"]
    body = gzip.decompress((html_dir / "fundus" / "LBCGroup_2026_01_08.html.gz").read_bytes())
    got = extract_page(body, url="https://www.lbcgroup.tv/news/lifestyle/898682/ar")
    paragraphs = [p for section in expected["body"]["sections"] for p in section["paragraphs"]]
    assert token_prf(got.text, "\n".join(paragraphs))[2] >= F1_FLOORS["fundus"]
    assert got.text.split("\n")[0] == paragraphs[0]
    assert got.title == expected["title"]
    assert got.published_at == datetime.fromisoformat(expected["publishing_date"]).astimezone(UTC)
    assert got.published_source == "jsonld"
    assert got.canonical_url is not None
    assert got.canonical_url.startswith("https://www.lbcgroup.tv/news/lifestyle/898682/")


def test_assabah_interview(html_dir: Path) -> None:
    got = extract_page(
        (html_dir / "trafilatura" / "assabah.com.tn.article.html").read_bytes(),
        url="http://www.assabah.com.tn/article/164913/x",
    )
    assert got.title is not None
    assert got.title.startswith("الناشط الحقوقي السوداني خالد عبد الكريم ماسا")
    assert "Assabah" not in got.title  # site suffix dropped from the <title>
    assert "مالذي يحدث في السودان؟" in got.text
    assert got.text.rstrip().endswith("والدفع الى اعادة التفكير في العلاقة بين الخرطوم وتل ابيب.")
    assert len(got.text.split()) > 1000
    assert got.canonical_url is not None
    assert got.canonical_url.startswith("http://www.assabah.com.tn/article/164913/")


# --------------------------------------------------------------------- dates (htmldate ground truth)

_DATES_IN_PAGE = {  # file → where the date is found; the two others carry no date in their HTML at all
    "1691196862.html": "meta",
    "1784190729.html": "jsonld",
    "1623715966.html": "jsonld",
    "1550981615.html": "meta",
    "1806793639.html": "jsonld",
    "1764731404.html": "meta",
}


def _truth(html_dir: Path) -> dict[str, str]:
    raw = json.loads((html_dir / "htmldate_mediacloud" / "ground_truth_dates_subset.json").read_text("utf-8"))
    return {entry["file"]: entry["date"] for entry in raw.values()}


def test_htmldate_pages_exact_dates(html_dir: Path) -> None:
    truth = _truth(html_dir)
    for name, source in _DATES_IN_PAGE.items():
        body = (html_dir / "htmldate_mediacloud" / name).read_bytes()
        local, found_source = publication_date(body)
        assert local is not None, name
        assert local.date().isoformat() == truth[name], name  # the date as the outlet wrote it
        assert found_source == source, name
        got = extract_page(body, url=f"https://example.com/{name}")
        assert got.published_at == local.astimezone(UTC)
        assert got.published_source == source
        assert got.published_at.tzinfo is not None
        assert got.text


def test_pages_without_a_date_fall_back_to_the_feed(html_dir: Path) -> None:
    truth = _truth(html_dir)
    for name in sorted(set(truth) - set(_DATES_IN_PAGE)):
        feed_date = datetime.fromisoformat(truth[name]).replace(hour=9, tzinfo=UTC)
        item = FeedItem(feed_url="https://x/rss", link="https://x/a", title="t", summary="", published_at=feed_date)
        got = extract_page((html_dir / "htmldate_mediacloud" / name).read_bytes(), url="https://x/a", feed_item=item)
        assert got.published_at == feed_date
        assert got.published_source == "feed"
        bare = extract_page((html_dir / "htmldate_mediacloud" / name).read_bytes(), url="https://x/a")
        assert bare.published_at is None
        assert bare.published_source is None


def test_lang_en_us_on_arabic_text_is_arabic(html_dir: Path) -> None:
    body = (html_dir / "htmldate_mediacloud" / "1764731404.html").read_bytes()
    assert b'lang="en-US"' in body
    assert extract_page(body, url="https://www.beirutobserver.com/2020/11/2338761/").language == "ar"


def test_date_sources_in_order() -> None:
    text = f"<p>{PARAGRAPH * 3}</p>"
    graph = '{"@graph": [{"@type": "NewsArticle", "datePublished": "2018-05-31T10:00:00+03:00"}]}'
    jsonld = f'<script type="application/ld+json">{graph}</script>'
    meta = '<meta property="article:published_time" content="2018-05-30T08:00:00Z">'
    time_el = '<time datetime="2018-05-29T12:00:00+00:00">29 مايو</time>'
    dc = '<meta name="DC.date" content="2018-05-28">'
    got = extract_page(_page(text + time_el, jsonld + meta).encode(), url="https://x/a")
    assert (got.published_at, got.published_source) == (datetime(2018, 5, 31, 7, 0, tzinfo=UTC), "jsonld")
    got = extract_page(_page(text + time_el, meta).encode(), url="https://x/a")
    assert (got.published_at, got.published_source) == (datetime(2018, 5, 30, 8, 0, tzinfo=UTC), "meta")
    got = extract_page(_page(text + time_el).encode(), url="https://x/a")
    assert (got.published_at, got.published_source) == (datetime(2018, 5, 29, 12, 0, tzinfo=UTC), "time")
    got = extract_page(_page(text, dc).encode(), url="https://x/a")
    assert (got.published_at, got.published_source) == (datetime(2018, 5, 28, tzinfo=UTC), "meta")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2018-05-31T10:00:00+03:00", datetime(2018, 5, 31, 7, 0, tzinfo=UTC)),
        ("2018-05-31T10:00:00Z", datetime(2018, 5, 31, 10, 0, tzinfo=UTC)),
        ("2018-05-31 10:00:00", datetime(2018, 5, 31, 10, 0, tzinfo=UTC)),
        ("2018/05/31", datetime(2018, 5, 31, tzinfo=UTC)),
        ("Thu, 31 May 2018 10:00:00 +0300", datetime(2018, 5, 31, 7, 0, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
        ("1066-10-14", None),
    ],
)
def test_parse_date(raw: str, expected: datetime | None) -> None:
    parsed = parse_date(raw)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is not None


# --------------------------------------------------------------------- encodings

_HAMAS = "أعلنت كتائب الشهيد عز الدين القسام"


@pytest.mark.parametrize(("prefix", "codec"), [("windows-1256", "windows-1256"), ("iso-8859-6", "iso-8859-6")])
def test_undeclared_arabic_charsets(html_dir: Path, prefix: str, codec: str) -> None:
    (path,) = (html_dir / "chardet").glob(f"{prefix}-*.html")
    got = extract_page(path.read_bytes(), url="https://example.com/")
    assert got.encoding == codec
    assert got.text.startswith(_HAMAS)
    assert got.language == "ar"


def test_header_charset_wins_and_lying_labels_lose() -> None:
    html = _page(f"<p>{PARAGRAPH * 3}</p>")
    as_1256 = html.encode("windows-1256")
    assert decode_html(as_1256, "text/html; charset=windows-1256") == (html, "windows-1256")
    # meta says UTF-8, bytes are windows-1256
    lying_meta = _page(f"<p>{PARAGRAPH * 3}</p>", '<meta charset="utf-8">').encode("windows-1256")
    got = extract_page(lying_meta, url="https://x/a")
    assert got.encoding == "windows-1256"
    assert got.text.startswith("أطلقت كوريا الشمالية")
    # meta says windows-1256, bytes are UTF-8
    lying_utf8 = _page(f"<p>{PARAGRAPH * 3}</p>", '<meta charset="windows-1256">').encode()
    assert extract_page(lying_utf8, url="https://x/a").encoding == "utf-8"
    # header says windows-1256, bytes are ISO-8859-6
    iso = html.encode("iso-8859-6")
    got = extract_page(iso, url="https://x/a", content_type="text/html; charset=windows-1256")
    assert got.encoding == "iso-8859-6"
    assert got.text.startswith("أطلقت كوريا الشمالية")


def test_invalid_bytes_in_declared_utf8_page_survive() -> None:
    body = _page(f"<p>{PARAGRAPH * 3}</p>", '<meta charset="utf-8">').encode()
    broken = body.replace("الصاروخ".encode(), b"\xff\xfe" + "الصاروخ".encode()[:-1], 1)
    got = extract_page(broken, url="https://x/a", content_type="text/html; charset=utf-8")
    assert got.encoding == "utf-8"
    assert got.text.startswith("أطلقت كوريا الشمالية صاروخا باليستيا")
    assert got.text.count("\ufffd") <= 3


def test_byte_order_marks() -> None:
    html = _page(f"<p>{PARAGRAPH * 3}</p>")
    assert extract_page(b"\xef\xbb\xbf" + html.encode(), url="https://x/a").encoding == "utf-8"
    got = extract_page(html.encode("utf-16"), url="https://x/a")
    assert got.encoding.startswith("utf-16")
    assert got.text.startswith("أطلقت")


# --------------------------------------------------------------------- boilerplate, title, canonical


def test_ant_articles_in_a_news_template(shared_dir: Path) -> None:
    rows = []
    with gzip.open(shared_dir / "corpus" / "ant" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article["source"] in ("BBC", "skynews", "alarabia") and len(article["text"]) > 500:
                rows.append(article)
            if len(rows) == 40:
                break
    f1s = []
    for article in rows:
        paragraphs = [p.strip() for p in article["text"].split("\n") if p.strip()]
        page = build_news_page(article["title"], paragraphs, article["published"], article["url"])
        got = extract_page(page.encode(), url=article["url"])
        f1s.append(token_prf(got.text, "\n".join(paragraphs))[2])
        assert got.title == article["title"].strip()
        for boilerplate in ("أخبار ذات صلة", "جميع الحقوق محفوظة", "كن أول من يعلق", "فيسبوك", "قسم 3 فرع 4"):
            assert got.text.count(boilerplate) == article["text"].count(boilerplate), boilerplate
        assert got.published_at == datetime.fromisoformat(article["published"]).astimezone(UTC)
    assert sum(f1s) / len(f1s) >= F1_FLOORS["ant_template"]


def test_title_suffix_and_relative_canonical() -> None:
    head = "<title>لافروف يصل إلى بيونغ يانغ - الشبكة العربية</title>"
    head += '<meta property="og:site_name" content="الشبكة العربية"><link rel="canonical" href="/world/2018/05/31/a">'
    got = extract_page(_page(f"<p>{PARAGRAPH * 3}</p>", head).encode(), url="https://news.example.com/x?utm=1")
    assert got.title == "لافروف يصل إلى بيونغ يانغ"
    assert got.canonical_url == "https://news.example.com/world/2018/05/31/a"
    og = extract_page(
        _page(f"<p>{PARAGRAPH * 3}</p>", '<meta property="og:url" content="https://news.example.com/og">').encode(),
        url="https://news.example.com/x",
    )
    assert og.canonical_url == "https://news.example.com/og"


def test_divs_with_br_instead_of_paragraphs() -> None:
    second = "وأضاف المسؤولون أن الإطلاق جرى من منطقة قريبة من العاصمة، وأن التحليل ما زال جاريا."
    body = f'<div class="menu"><a href="/">الرئيسية</a></div><div class="entry">{PARAGRAPH}<br><br>{second}</div>'
    got = extract_page(_page(body).encode(), url="https://x/a")
    assert got.text.split("\n") == [PARAGRAPH.strip(), second]


# --------------------------------------------------------------------- hostile and empty pages


def test_very_deep_nesting_does_not_crash() -> None:
    body = "<div>" * 100_000 + f"<p>{PARAGRAPH * 2}</p>" + "</div>" * 100_000
    got = extract_page(_page(body).encode(), url="https://x/a")
    assert "أطلقت كوريا الشمالية" in got.text
    unclosed = "<div><span>" * 100_000 + f"<p>{PARAGRAPH * 2}</p>"
    assert "أطلقت كوريا الشمالية" in extract_page(_page(unclosed).encode(), url="https://x/a").text


def test_five_megabytes_of_script_are_ignored() -> None:
    script = "<script>" + "var x = 'سكربت';" * 330_000 + "</script>"
    assert len(script.encode()) > 5_000_000
    got = extract_page(_page(script + f"<p>{PARAGRAPH * 2}</p>").encode(), url="https://x/a")
    assert got.text == (PARAGRAPH * 2).strip()


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"<html><head><title>t</title></head><body></body></html>",
        b"<html><body><script>var a = 1;</script><style>p{}</style></body></html>",
        bytes(range(256)) * 50,
        b"\x00" * 1000,
    ],
)
def test_no_text_raises_extraction_error(body: bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_page(body, url="https://x/a")


def test_extraction_error_is_value_error() -> None:
    assert issubclass(ExtractionError, ValueError)


_HTMLISH = st.lists(
    st.sampled_from(
        [
            b"<html>",
            b"<body>",
            b"<p>",
            b"</p>",
            b"<div class='share'>",
            b"</div>",
            b"<script>",
            b"</script>",
            "صاروخ باليستي ".encode(),
            "صاروخ".encode("cp1256"),
            b"\xff",
            b"<meta charset='utf-8'>",
            b"<meta charset='bogus'>",
            b"<title>",
            b"</title>",
            b"<time datetime='2018-99-99'>",
            b"&amp;",
            b"<!--",
            b"<br>",
            b"<h1>",
            b"\x00",
            b"<?xml version='1.0' encoding='utf-8'?>",
        ]
    ),
    max_size=40,
).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTMLISH | st.binary(max_size=500), st.sampled_from([None, "text/html", "text/html; charset=utf-16", "x"]))
def test_arbitrary_bytes_raise_only_extraction_error(body: bytes, content_type: str | None) -> None:
    try:
        got = extract_page(body, url="https://x/a", content_type=content_type)
    except ExtractionError:
        return
    assert got.text.strip()
    assert got.published_at is None or got.published_at.tzinfo is not None


# --------------------------------------------------------------------- layouts (fixtures written for these tests)

_LEAD = (
    "أعلنت وزارة الدفاع في سيول صباح اليوم أن بيونغ يانغ أطلقت صاروخا باليستيا من منطقة قريبة من العاصمة، "
    "وأن الصاروخ سقط في البحر."
)
_BODY = [
    "وقال متحدث عسكري إن الصاروخ حلق مسافة تقارب ستمئة كيلومتر قبل أن يسقط خارج المنطقة الاقتصادية الخالصة لليابان.",
    "وأضاف المتحدث أن الجيش رفع درجة الاستعداد وأنه يتابع التحركات في مواقع الإطلاق المعروفة بالتنسيق مع الحلفاء.",
    "ويأتي الإطلاق بعد أسابيع من زيارة وفد روسي رفيع إلى بيونغ يانغ بحث خلالها الجانبان التعاون العسكري والتقني.",
    "ودعت طوكيو إلى اجتماع عاجل لمجلس الأمن الدولي، فيما قالت واشنطن إن الإطلاق يهدد السلام في المنطقة بأسرها.",
]
_AD = "مساحة إعلانية محجوزة للمعلن، تواصل مع قسم المبيعات لحجز هذه المساحة المميزة في موقعنا."
_RAIL = (
    "إخلاء مسؤولية: الآراء المنشورة في هذا العمود تعبر عن كتابها ولا تمثل بالضرورة رأي الموقع أو القائمين عليه بأي حال."
)


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _layout(article: str, extra: str = "") -> bytes:
    head = "<meta charset='utf-8'><title>إطلاق صاروخ باليستي جديد</title>"
    return _page(f"<header><a href='/'>الموقع</a></header>{article}{extra}", head).encode("utf-8")


def _extracted(article: str) -> str:
    """The text marsad extracts, with no second opinion, from an article set in the test layout."""
    return extract_page(_layout(article), url="https://example.com/a", second_opinion=False).text


@pytest.mark.parametrize(
    ("marker", "negative"),
    [
        ("ad-slot", 2),
        ("cookie-consent", 3),  # never the article, whatever text it holds
        ("sidebar", 2),
        ("related-posts", 2),
        ("post-share", 2),  # a positive word does not save a strong marker
        ("comment-content", 2),
        ("textwidget", 2),  # a glued compound ending in a furniture word
        ("non-ad-column", 0),
        ("no-sidebar", 0),
        ("gallery--wrapper__with-sidebar", 0),
        ("Page-ad-margins", 2),  # a token: the guard for the article's own wrapper is its text share
        ("timetoread_pos", 0),
        ("download", 0),  # "ad" inside a word is not a token
        ("shadow-box", 0),
        ("entry-header", 0),  # a weak marker beside a positive one
        ("site-header", 1),
        ("elementor-widget-container", 1),
        ("comments18-wrapper", 2),  # a number glued to a furniture word
        ("ad300x250", 2),
        ("h2-title", 0),
        ("author", 1),
        ("entry-author-info", 2),  # an author box, though "entry" names the article
        ("post-author", 2),  # the writer's box under a post
        ("entryAuthor", 2),
        ("post author-5", 0),  # two class names: an article's classes, not a box about its writer
        ("cmp_notification", 0),  # a journal theme's component prefix, not a consent platform
        ("cmp-consent-banner", 3),
        ("article-prev-next", 2),
        ("affiliate-disclosure-text", 2),  # the previous and next articles, though "article" names the page's own
        ("visual inline", 1),  # a box set into the article
        ("d-inline-block", 0),  # a display utility, not a box
        ("inline-flex", 0),
        ("post-user-info", 2),
        ("infinite-scroll-wrap", 2),
        ("entry-timestamp", 2),
        ("article-reviewed-description", 2),  # a badge saying who checked the article
        ("entry-meta", 1),  # the article's metadata: the positive word does not overrule a marker ending the name
        ("post-tags", 1),
        ("article-byline", 1),
        ("post tag-science", 0),  # a post's classes naming one of its tags
        ("meta-wrapper entry-content", 0),
        ("sharedaddy sd-sharing-enabled", 2),  # a blogging plugin's share bar
        ("printfooter", 2),  # a glued compound ending in "footer"
        ("authorbox", 2),  # a two-word marker written as one word
        ("mostRead-list", 2),
        ("sharetools", 2),
        ("further-reading", 2),
        ("zergnet-widget", 2),
        ("readmore", 0),  # as often the hidden rest of the article as the link that shows it
        ("shareholder-letter", 0),
        ("bio", 1),  # a note on the writer
        ("article-topics", 1),  # the article's keywords, like its tags
        ("keywords", 1),
        ("bioscience-news", 0),
    ],
)
def test_class_markers_are_read_as_tokens(marker: str, negative: int) -> None:
    from lxml.html import fragment_fromstring

    from transforms.extract.clean import is_negative

    assert is_negative(fragment_fromstring(f"<div class='{marker}'>x</div>")) == negative


def test_tokens_split_on_case_and_punctuation() -> None:
    from transforms.extract.clean import tokens

    assert tokens("theiaStickySidebar non-ad_column") == ("theia", "sticky", "sidebar", "non", "ad", "column")
    assert tokens("comments18-wrapper") == ("comments", "18", "wrapper")


@pytest.mark.parametrize(
    "wrapper",
    ["non-ad-column", "theiaStickySidebar", "Page-ad-margins", "advertisement-off-canvas--pusher", "sidebar-layout"],
)
def test_the_articles_own_wrapper_is_kept_whatever_its_name(wrapper: str) -> None:
    article = f"<div class='{wrapper}'><div class='post'><h1>إطلاق صاروخ</h1>{_paragraphs([_LEAD, *_BODY])}</div></div>"
    extra = f"<div class='ad-slot'><p>{_AD}</p></div>"
    got = extract_page(_layout(article, extra), url="https://example.com/a", second_opinion=False).text
    assert all(p in got for p in [_LEAD, *_BODY])
    assert _AD not in got


def test_article_cut_into_text_widgets_is_gathered() -> None:
    widgets = "".join(
        f"<div class='elementor-element'><div class='elementor-widget-container'><p>{p}</p></div></div>"
        for p in [_LEAD, *_BODY]
    )
    article = f"<section class='elementor-section'><div class='elementor-column'>{widgets}</div></section>"
    rail = f"<div class='elementor-widget-container widget'><ul><li><a href='/x'>{_AD}</a></li></ul></div>"
    got = extract_page(_layout(article, rail), url="https://example.com/a", second_opinion=False).text
    assert all(p in got for p in [_LEAD, *_BODY])
    assert _AD not in got


def test_split_columns_and_lead_block_are_gathered() -> None:
    article = (
        "<div class='story'>"
        f"<div class='intro'><p>{_LEAD}</p></div>"
        "<div class='row'>"
        f"<div class='col'>{_paragraphs(_BODY[:2])}</div>"
        f"<div class='col'>{_paragraphs(_BODY[2:])}</div>"
        "</div></div>"
    )
    rail = f"<div class='right-rail'><p>{_RAIL}</p></div>"
    got = extract_page(_layout(article, rail), url="https://example.com/a", second_opinion=False).text
    assert got.index(_LEAD) < got.index(_BODY[0]) < got.index(_BODY[3])  # whole, in reading order
    assert _RAIL not in got


def test_lead_and_read_all_blocks_are_one_article() -> None:
    article = (
        f"<div class='article-lead'><p>{_LEAD}</p><p>{_BODY[0]}</p></div>"
        "<a class='more' href='#rest'>اقرأ المزيد</a>"
        f"<div id='rest' class='article-rest' style='display: none'>{_paragraphs(_BODY[1:])}</div>"
    )
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY])
    assert "اقرأ المزيد" not in got


def test_article_in_like_bands_one_per_subheading_is_gathered() -> None:
    # Each part of the article sits in its own full-width band, three wrappers deep; a band of another kind beside
    # them holds a disclaimer written as prose.
    def band(kind: str, heading: str, texts: list[str]) -> str:
        return (
            f"<div class='{kind}'><div class='container'><div class='row'><div class='col-8'>"
            f"<h2>{heading}</h2>{_paragraphs(texts)}</div></div></div></div>"
        )

    article = (
        band("band text-band", "الإطلاق", [_LEAD, _BODY[0]])
        + band("band text-band", "الرد الياباني", [*_BODY[1:3], _BODY[0] + " " + _BODY[1]])
        + band("band text-band", "مجلس الأمن", [_BODY[3]])
        + band("band note-band", "ملاحظة", [_RAIL])
    )
    got = _extracted(article)
    assert got.index(_LEAD) < got.index(_BODY[1]) < got.index(_BODY[3])
    assert _RAIL not in got


def test_article_in_many_hidden_steps_is_kept_whole() -> None:
    # A step-by-step layout: every paragraph in its own block, all but the first hidden until "next" is pressed,
    # each block holding a small share of the text and named "hidden".
    steps = [_LEAD, *_BODY] * 3
    blocks = "".join(
        f"<div class='step-block{'' if i == 0 else ' hidden'}' style='display: {'block' if i == 0 else 'none'}'>"
        f"<h3>الخطوة {i + 1}</h3><p>{p} ({i + 1})</p></div>"
        for i, p in enumerate(steps)
    )
    article = f"<div class='steps'>{blocks}</div><a class='next' href='#'>التالي</a>"
    extra = f"<div class='banner hidden'><p>{_AD}</p></div>"
    got = extract_page(_layout(article, extra), url="https://example.com/a", second_opinion=False).text
    assert all(f"{p} ({i + 1})" in got for i, p in enumerate(steps))
    assert _AD not in got


def test_contact_block_under_a_press_release_is_left_out_but_a_closing_paragraph_is_not() -> None:
    contact = "<p>للمزيد من المعلومات:</p><p>المكتب الإعلامي</p><p>هاتف 5555 123</p><p>press@example.com</p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{contact}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])
    about = (
        "المركز مؤسسة بحثية مستقلة تأسست قبل عشرين عاما، تعنى بدراسة الأمن الإقليمي في شرق آسيا وتصدر تقارير "
        "دورية عن برامج التسلح في المنطقة، ويعمل فيها باحثون من بلدان عدة."
    )
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}<p>للمزيد من المعلومات</p><p>{about}</p></article>"
    got = _extracted(article)
    assert got.endswith(about)


@pytest.mark.parametrize(
    "call",
    [
        "Subscribe now to our print edition for the full story.",
        "For the latest news, download our free apps for iPhone and Android.",
        "تابعونا على شبكات التواصل الاجتماعي",
        "إذا أعجبك هذا التقرير فلا تنس أن تشارك المقال مع أصدقائك.",
        "Did you find this useful? Share this story with a friend who would like it.",
        "الصورة: أرشيف الوكالة",
        "المصدر: وكالات الأنباء.",
        "Quelle: Deutsche Presse-Agentur (dpa), 2. Februar 2024.",
        "This text is published under a Creative Commons licence (CC BY 4.0).",
        "Follow The Daily Example on Twitter and Instagram @DailyExample and on Facebook @ExampleDaily. Send us a "
        "message on WhatsApp at 555-0100 or email the newsroom at news@example.com or letters@example.com, we read "
        "every one of them.",
        "تابعونا على تويتر وفيسبوك لمعرفة آخر الأخبار العاجلة والتقارير الخاصة، وأرسلوا إلينا صوركم ومقاطعكم.",
    ],
)
def test_a_closing_call_to_subscribe_or_follow_is_left_out(call: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY, call])}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


def test_dateline_block_under_the_lead_is_left_out_but_dates_in_the_text_are_not() -> None:
    dateline = "<p>نشر في</p><p>12 مارس 2024</p><p>آخر تحديث</p><p>12 مارس 2024</p><p>14:05</p>"
    article = f"<article><p>{_LEAD}</p>{dateline}{_paragraphs(_BODY)}</article>"
    got = _extracted(article)
    assert got.split("\n")[:2] == [_LEAD, _BODY[0]]
    # An event listing in the text: a date line with no label before it.
    listing = "<p>الموعد: 29.02.2024، الساعة 19</p><p>المكان: قاعة المدينة</p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:3]])}{listing}<p>{_BODY[3]}</p></article>"
    got = _extracted(article)
    assert "الموعد: 29.02.2024، الساعة 19" in got


def test_a_closing_sentence_about_participation_is_kept() -> None:
    # "اشترك" also means "took part": a last sentence that uses it is article text, not a call to subscribe.
    last = "واشترك في التدريبات أكثر من ألف جندي من البلدين."
    article = f"<article>{_paragraphs([_LEAD, *_BODY, last])}</article>"
    got = _extracted(article)
    assert got.endswith(last)


def test_lead_in_the_article_header_is_kept_and_its_date_line_is_not() -> None:
    article = (
        "<article class='story'>"
        f"<header><h1>إطلاق صاروخ باليستي جديد</h1><p class='dateline'>13 سبتمبر 2023</p><p class='intro'>{_LEAD}</p>"
        "</header>"
        f"<div class='story-body'>{_paragraphs(_BODY)}</div>"
        "</article>"
    )
    got = _extracted(article)
    assert got.startswith(_LEAD) and got.endswith(_BODY[-1])
    assert "2023" not in got


def test_cookie_banner_is_not_the_article() -> None:
    banner = (
        "<div class='cc-window'><p>نستخدم ملفات تعريف الارتباط (cookies) لتحسين تجربتك. "
        "By continuing you accept our use of cookies.</p><a href='#'>موافق</a></div>"
    )
    article = f"<article><div class='text'>{banner}{_paragraphs([_LEAD, *_BODY])}</div></article>"
    got = _extracted(article)
    assert _LEAD in got and _BODY[-1] in got
    assert "cookies" not in got


def test_cookie_banner_alone_is_no_article() -> None:
    banner = "<div id='cookie-consent'><p>This site uses cookies to improve your experience; please accept.</p></div>"
    with pytest.raises(ExtractionError, match="no article text"):
        extract_page(_layout(banner), url="https://example.com/a", second_opinion=False)


def test_related_posts_teasers_and_footer_are_left_out() -> None:
    teasers = "".join(
        f"<div class='item'><h3><a href='/n/{i}'>عنوان خبر آخر رقم {i} عن المنطقة</a></h3>"
        f"<span>ملخص قصير للخبر رقم {i}.</span></div>"
        for i in range(4)
    )
    article = (
        f"<article><div class='entry'>{_paragraphs([_LEAD, *_BODY])}<div class='grid'>{teasers}</div></div></article>"
    )
    earlier = "تقرير سابق عن تجارب الصواريخ في شبه الجزيرة الكورية خلال العام الماضي."
    extra = (
        f"<div class='related-posts'>{_paragraphs([earlier])}</div>"
        "<footer><address>شارع الصحافة 12، المدينة، هاتف 5555</address></footer>"
    )
    got = extract_page(_layout(article, extra), url="https://example.com/a", second_opinion=False).text
    assert all(p in got for p in [_LEAD, *_BODY])
    assert "عنوان خبر آخر" not in got and "تقرير سابق" not in got and "شارع الصحافة" not in got


def test_cards_of_other_stories_without_links_are_left_out() -> None:
    # A row of cards opened by script: each a headline and a line of blurb, no link to tell them.
    cards = "".join(
        f"<div class='card' data-target='/n/{i}'><h3>{title}</h3><p>{blurb}</p></div>"
        for i, (title, blurb) in enumerate(
            [
                ("افتتاح جسر جديد فوق النهر", "يربط الجسر ضفتي المدينة ويختصر الطريق نصف ساعة."),
                ("موسم الحصاد يبدأ مبكرا", "توقع المزارعون محصولا وفيرا بعد أمطار الشتاء."),
                ("معرض الكتاب يفتح أبوابه", "يشارك في المعرض ناشرون من ثلاثين بلدا هذا العام."),
            ]
        )
    )
    article = f"<div class='wrap'><div class='story'>{_paragraphs([_LEAD, *_BODY])}</div><div>{cards}</div></div>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])
    assert "جسر" not in got and "الحصاد" not in got


def test_an_article_set_as_short_cards_is_kept() -> None:
    # Steps of a guide, each a heading and a line: the cards are most of the text, so they are the article.
    steps = [
        ("احجز موعدا مسبقا", "يفتح الحجز عبر الهاتف قبل أسبوع من الزيارة، والأماكن محدودة."),
        ("أحضر بطاقة الهوية", "لا يدخل الزائر من دون بطاقة سارية المفعول أو جواز سفر."),
        ("وصول قبل الموعد", "يفضل الوصول قبل ربع ساعة لإتمام إجراءات التفتيش عند البوابة."),
        ("اتباع المرشد", "يرافق المرشد كل مجموعة ويشرح تاريخ المكان خلال ساعة كاملة."),
    ]
    cards = "".join(f"<div class='step'><h3>{title}</h3><p>{line}</p></div>" for title, line in steps)
    got = _extracted(f"<article><p>{_LEAD}</p><div class='steps'>{cards}</div></article>")
    assert all(line in got for _, line in steps)


def test_sections_that_open_with_a_subheading_are_kept() -> None:
    # The article's own sections, each a subheading and its paragraphs: long enough not to be cards.
    sections = "".join(
        f"<div class='section'><h3>الفصل {i}</h3>{_paragraphs([_BODY[i], _LEAD])}</div>" for i in range(3)
    )
    got = _extracted(f"<article>{_paragraphs([_LEAD])}{sections}</article>")
    assert all(_BODY[i] in got for i in range(3))


def test_previous_and_next_article_teasers_in_the_article_body_are_left_out() -> None:
    # Script-driven teasers (no links) for the neighbouring articles, inside the article's own block.
    teasers = (
        "<div class='story-prev-next'><div class='story-next' onclick='go(1)'><span>التالي</span>"
        "<span>مهرجان الزهور يعود إلى العاصمة بعد غياب ثلاث سنوات بمشاركة واسعة</span></div>"
        "<div class='story-prev' onclick='go(-1)'><span>السابق</span>"
        "<span>افتتاح معرض للخط العربي يضم أعمال خطاطين من عشرين بلدا</span></div></div>"
    )
    article = f"<div class='story-body'>{_paragraphs([_LEAD, *_BODY])}{teasers}</div>"
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY])
    assert "التالي" not in got and "مهرجان الزهور" not in got


def test_author_box_under_the_article_is_left_out() -> None:
    bio = (
        "يعمل الكاتب محررا للشؤون الآسيوية منذ خمسة عشر عاما، وغطى القمم الكورية ومحادثات نزع السلاح، "
        "ويكتب عمودا أسبوعيا عن السياسة الدولية."
    )
    boxes = [
        f"<div class='entry-author-info'><div class='author-description'><p>{bio}</p></div></div>",
        f"<section id='author' class='box'><h4>عن الكاتب</h4><p>{bio}</p></section>",
    ]
    # An article several times the box's length: a weakly named block gives way only when it holds little text.
    text = [_LEAD, *_BODY, f"{_BODY[0]} {_BODY[2]}", f"{_BODY[1]} {_BODY[3]}", f"{_LEAD} {_BODY[3]}"]
    for box in boxes:
        article = f"<div class='post'><div class='entry'>{_paragraphs(text)}</div>{box}</div>"
        got = _extracted(article)
        assert got.endswith(text[-1]), box


_WRITER_BIO = (
    "Salma Haddad covers the Korean peninsula and the arms talks from Seoul, where she has lived since the last "
    "summit; before that she ran the foreign desk of a weekly paper."
)


@pytest.mark.parametrize(
    "box",
    [
        # a box about the writer named only by its microdata
        f"<div class='box-7' itemprop='author' itemscope itemtype='https://schema.org/Person'><p>{_WRITER_BIO}</p>"
        "<a href='/writers/salma'>All her articles</a></div>",
        # a reader's comment, and a side bar, named only by their microdata types
        f"<div itemscope itemtype='http://schema.org/Comment'><p>{_WRITER_BIO}</p></div>",
        f"<div class='col' itemscope itemtype='https://schema.org/WPSideBar'><p>{_WRITER_BIO}</p></div>",
    ],
)
def test_boxes_named_as_furniture_by_their_microdata_are_left_out(box: str) -> None:
    text = [_LEAD, *_BODY, f"{_BODY[0]} {_BODY[2]}"]
    article = f"<div class='wrap'><div class='entry'>{_paragraphs(text)}</div>{box}</div>"
    got = _extracted(article)
    assert got.endswith(text[-1]) and "Salma" not in got


def test_a_writers_name_marked_inline_goes_with_its_line_or_stays() -> None:
    # The name alone is not cut out of its line: the byline goes whole, a sentence that names the writer stays whole.
    byline = "<p>By <span itemprop='author'>Salma Haddad</span>, Seoul</p>"
    sentence = (
        "<p>The first report, written by <span itemprop='author'>Salma Haddad</span> in the spring, was read out "
        "in parliament twice.</p>"
    )
    got = _extracted(f"<article>{byline}{_paragraphs([_LEAD, *_BODY[:2]])}{sentence}{_paragraphs(_BODY[2:])}</article>")
    assert "By , Seoul" not in got and "Seoul" not in got.split("\n")[0]
    assert "written by Salma Haddad in the spring" in got


def test_an_article_inside_an_element_marked_as_the_writers_is_kept() -> None:
    # The article's own wrapper, however its microdata is set, holds the text: it stays.
    article = f"<div itemprop='author'>{_paragraphs([_LEAD, *_BODY])}</div>"
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY])


def test_text_stops_at_a_trailing_related_heading() -> None:
    tail = "<h3>اقرأ أيضا</h3><p>سيول تستدعي السفير بعد تصريحات عن الحدود البحرية في الأسبوع الماضي.</p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{tail}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


@pytest.mark.parametrize("heading", ["Weitere Meldungen", "Lo más leído", "آخر الأخبار", "Most read:"])
def test_text_stops_at_a_heading_over_other_stories(heading: str) -> None:
    # The other story's headline and blurb are not links: the heading is what tells them apart.
    other = (
        f"<h3>{heading}</h3><h4>الميناء الجديد يستقبل أول سفينة شحن</h4>"
        "<p>بعد ثلاث سنوات من الأشغال، رست أول سفينة في الرصيف الشمالي للميناء صباح أمس، وسط حضور رسمي.</p>"
    )
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{other}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


@pytest.mark.parametrize("heading", ["التعليقات", "3 Comments", "Leave a Reply", "Kommentare (12)", "أضف تعليقاً:"])
def test_text_stops_at_the_heading_of_the_comment_thread(heading: str) -> None:
    # A thread with no class or id to tell it: its heading ends the article, whatever the comments say.
    thread = (
        f"<h3>{heading}</h3><p>كتب أحد القراء أن الحكومة تأخرت كثيرا في الرد على الإطلاق، وأن البيان جاء ضعيفا.</p>"
        "<p>Advertise with us: our packages reach thousands of readers every day, call the sales desk now.</p>"
    )
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{thread}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


@pytest.mark.parametrize(
    "box",
    [
        "<h3>هل تريد أن تصلك نشرتنا كل صباح؟</h3><form><input type='email'><button>أرسل</button></form>",
        "<h4>Noch mehr Lesestoff gefällig?</h4><ul><li><a href='/a'>Die Brücke</a></li><li><a href='/b'>Der Hafen</a>"
        "</li><li><a href='/c'>Das Depot</a></li></ul>",
    ],
)
def test_a_heading_left_with_nothing_under_it_does_not_end_the_text(box: str) -> None:
    # The form or the list of links under the heading goes: the heading, a question to the reader, goes with it.
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{box}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


def test_a_heading_over_the_last_paragraph_is_kept() -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:-1]])}<h3>ماذا بعد؟</h3>{_paragraphs(_BODY[-1:])}</article>"
    got = _extracted(article)
    assert "ماذا بعد؟" in got and got.endswith(_BODY[-1])


@pytest.mark.parametrize(
    "row",
    [
        # longer than the short lines left out anyway at the end of the text
        "Harbour Print Works Ltd * 12 Quay Street, Old Town * 40213 Lindenberg",
        "إذاعة المدينة الصباحية | نشرة أخبار الظهيرة | الثالث من أيار 2021 | 13:00",
        "World news | Asia and the Pacific | Video | 3 May 2021, 13:00",
    ],
)
def test_a_row_of_short_fields_under_the_article_is_left_out(row: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY, row])}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


def test_fields_set_apart_inside_the_text_are_kept() -> None:
    # The same kind of row above the last paragraph is the article's own (a timetable, a price list).
    row = "Monday morning 9:00 | Wednesday afternoon 14:00 | Friday evening 18:30"
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:-1], row, _BODY[-1]])}</article>"
    assert row in _extracted(article)


@pytest.mark.parametrize(
    "promotion",
    [
        "Our spring issue, with a long report from the border, is out now at newsstands and in the app.",
        "Die aktuelle Ausgabe der Hafenzeitung liegt jetzt an jedem Kiosk aus, auch als E-Paper.",
        "العدد الجديد من المجلة متوفر الآن في الأكشاك وعلى تطبيقنا.",
    ],
)
def test_the_publication_advertising_itself_under_the_article_is_left_out(promotion: str) -> None:
    # A paragraph of its own with a sentence's full stop, followed by one more short closing line of the site.
    article = f"<article>{_paragraphs([_LEAD, *_BODY, promotion, 'Danke fürs Lesen und bis bald.'])}</article>"
    got = _extracted(article)
    assert promotion not in got and _BODY[-1] in got


def test_a_report_on_a_print_edition_in_the_first_half_is_kept() -> None:
    opening = "The paper will close its print edition at newsstands in March, its owners said on Monday."
    article = f"<article>{_paragraphs([opening, _LEAD, *_BODY])}</article>"
    assert opening in _extracted(article)


@pytest.mark.parametrize(
    "badge",
    [
        "<p>Medically reviewed by Dr. Jane Roe, family physician, on 3 May 2022</p>",
        "<div class='post-reviewed'><p>This text follows the current guidelines and was checked by two doctors.</p>"
        "</div>",
    ],
)
def test_a_badge_saying_who_checked_the_article_is_left_out(badge: str) -> None:
    article = f"<article>{_paragraphs([_LEAD])}{badge}{_paragraphs(_BODY)}</article>"
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY]) and "Roe" not in got and "doctors" not in got


_METHOD = [
    "Beat the butter and the sugar until pale, then add the eggs one at a time, beating well after each one.",
    "Fold in the flour and the baking powder, spread the batter in the tin and smooth the top with a wet spoon.",
    "Bake for forty minutes in the middle of the oven, until a skewer pushed into the centre comes out clean.",
    "Let the cake cool in the tin for ten minutes, then turn it out onto a rack and dust it with icing sugar.",
]


def _ingredients(cls: str) -> str:
    rows = "".join(
        f"<tr><td>{amount}</td><td>{name}</td></tr>"
        for amount, name in [("200 g", "soft butter"), ("180 g", "caster sugar"), ("4", "eggs"), ("220 g", "flour")]
    )
    return (
        f"<table class='{cls}'><thead><tr><th><h3>For the batter:</h3></th></tr></thead><tbody>{rows}</tbody></table>"
    )


@pytest.mark.parametrize("cls", ["ingredients table-header", "recipe-ingredients", "zutaten-liste"])
def test_a_recipes_ingredients_set_apart_from_its_method_are_kept(cls: str) -> None:
    # The ingredients sit in a column of their own beside the method: no prose to score, but the recipe's text.
    page = (
        f"<main><section class='col-4'>{_ingredients(cls)}</section>"
        f"<section class='col-8'><h2>Method</h2>{_paragraphs(_METHOD)}</section></main>"
    )
    got = _extracted(page)
    assert "caster sugar" in got and "For the batter:" in got and all(p in got for p in _METHOD)
    assert got.count("caster sugar") == 1


def test_ingredients_inside_the_method_block_are_not_repeated() -> None:
    page = f"<article>{_ingredients('ingredients')}{_paragraphs(_METHOD)}</article>"
    got = _extracted(page)
    assert got.count("caster sugar") == 1 and all(p in got for p in _METHOD)


def test_a_comment_heading_high_in_the_text_does_not_cut_it() -> None:
    # A count of comments beside the headline sits above the article: the text is not cut there.
    article = f"<article><p>التعليقات</p>{_paragraphs([_LEAD, *_BODY])}</article>"
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY])


@pytest.mark.parametrize("label", ["<p>اقرأ أيضاً</p>", "<h4>اقرأ أيضا:</h4>", "<p><strong>Read also</strong></p>"])
def test_a_read_also_label_low_in_the_text_does_not_end_it(label: str) -> None:
    # The label and its link sit between two paragraphs of the article's second half: the article goes on after.
    pointer = "<p><a href='/n/7'>الحافلات الليلية تصل إلى الأحياء الشمالية</a></p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:3]])}{label}{pointer}{_paragraphs(_BODY[3:])}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])
    assert "أيضا" not in got and "Read also" not in got and "الحافلات" not in got


_ABOUT_SITE = (
    "الشبكة الإخبارية صحيفة يومية مستقلة تأسست قبل نصف قرن، وتغطي السياسة والاقتصاد والثقافة في المنطقة، "
    "ويعمل فيها أربعون صحفيا ومصورا في ثلاث مدن."
)


@pytest.mark.parametrize(
    ("wide", "narrow"),
    [("col-12 col-md-8", "col-12 col-md-4"), ("span8", "span4"), ("large-9 columns", "large-3 columns")],
)
def test_a_narrow_grid_column_beside_the_article_is_a_rail(wide: str, narrow: str) -> None:
    # Prose in the side column (a note about the site, a disclaimer) is not more of the article.
    rail = (
        f"<div class='{narrow}'><div class='box'><h3>من نحن</h3>{_paragraphs([_ABOUT_SITE, _ABOUT_SITE])}</div></div>"
    )
    article = f"<div class='row'><div class='{wide}'>{_paragraphs([_LEAD, *_BODY])}</div>{rail}</div>"
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY])
    assert "الشبكة الإخبارية صحيفة" not in got


def test_grid_columns_of_equal_width_are_one_article() -> None:
    # An article set in two half-width columns is gathered whole.
    row = f"<div class='row'><div class='col-md-6'>{_paragraphs([_LEAD, *_BODY[:2]])}</div>"
    row += f"<div class='col-md-6'>{_paragraphs(_BODY[2:])}</div></div>"
    got = _extracted(row)
    assert all(p in got for p in [_LEAD, *_BODY])


def test_a_sign_up_box_between_paragraphs_is_left_out() -> None:
    # A field for the reader's address and a line that asks for it, sent by script: no form element to tell it.
    call = "احصل على نشرتنا الصباحية في بريدك كل يوم قبل السابعة."
    box = f"<div><p>{call}</p><input type='email'><button>اشترك</button></div>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:2]])}{box}{_paragraphs(_BODY[2:])}</article>"
    got = _extracted(article)
    assert all(p in got for p in [_LEAD, *_BODY])
    assert "نشرتنا" not in got


def test_a_paragraph_holding_a_field_inside_a_long_block_is_kept() -> None:
    # A field set into a block of prose (a form to try the example, say): the block is more than a call to sign up.
    block = f"<div><p>{_BODY[0]}</p><p>{_BODY[1]}</p><p>{_BODY[2]}</p><input type='text'></div>"
    got = _extracted(f"<article><p>{_LEAD}</p>{block}<p>{_BODY[3]}</p></article>")
    assert all(p in got for p in [_LEAD, *_BODY])


@pytest.mark.parametrize(
    "byline",
    ["بقلم: سامي الحداد", "كتب - سامي الحداد", "By Sami Haddad, Staff Reporter", "Von Sami Haddad und Lea Roth, dpa"],
)
def test_a_byline_above_the_text_is_left_out(byline: str) -> None:
    got = _extracted(f"<article><p>{byline}</p>{_paragraphs([_LEAD, *_BODY])}</article>")
    assert got.startswith(_LEAD)


@pytest.mark.parametrize("opening", ["كتب التاريخ فصلا جديدا", "By the river at dawn", "Von der Küste bis zur Grenze"])
def test_a_short_opening_line_that_names_no_writer_is_kept(opening: str) -> None:
    got = _extracted(f"<article><p>{opening}</p>{_paragraphs([_LEAD, *_BODY])}</article>")
    assert got.startswith(opening)


@pytest.mark.parametrize(
    "control",
    [
        "شارك هذا المقال",
        "Story continues below advertisement",
        "» Share this article",
        "جاري التحميل...",
        "Loading…",
        "نسخ الرابط",
        "محتوى إعلاني",
    ],
)
def test_controls_set_as_lines_inside_the_text_are_left_out(control: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY[:2], control, *_BODY[2:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_sentence_that_starts_like_a_control_is_kept() -> None:
    line = "Share this article with the council, the mayor told residents who had gathered outside the hall."
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY[:2], line, *_BODY[2:]])}</article>")
    assert line in got


@pytest.mark.parametrize(
    "credit", ["(Photo by Sami Haddad/Agency)", "مصدر الصورة: وكالة الأنباء", "Bildquelle: Lea Roth"]
)
def test_picture_credits_set_as_lines_are_left_out(credit: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, credit, *_BODY])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


_NEXT_STORY = [
    "أعلنت بلدية العاصمة أمس افتتاح حديقة عامة جديدة على ضفة النهر، تضم ممرات للدراجات وملاعب للأطفال ومسرحا مفتوحا.",
    "وقال رئيس البلدية إن الحديقة أقيمت على أرض كانت مستودعات مهجورة، وإن أعمال التشجير استمرت عامين كاملين.",
    "ومن المنتظر أن تستقبل الحديقة زوارها ابتداء من الأسبوع المقبل، وتفتح من السادسة صباحا حتى منتصف الليل.",
]


def _story(headline: str, paragraphs: list[str]) -> str:
    return f"<article><header><h1>{headline}</h1></header><div class='text'>{_paragraphs(paragraphs)}</div></article>"


def test_the_next_stories_loaded_under_the_article_are_left_out() -> None:
    # The page's story, then the next one the site loads as the reader scrolls, longer than the first.
    stories = _story("إطلاق صاروخ باليستي جديد", [_LEAD, *_BODY]) + _story("حديقة جديدة", _NEXT_STORY * 2)
    got = _extracted(f"<div class='stream'>{stories}</div>")
    assert all(p in got for p in [_LEAD, *_BODY])
    assert _NEXT_STORY[0] not in got


def test_of_several_stories_the_one_the_title_names_is_kept() -> None:
    stories = _story("حديقة جديدة", _NEXT_STORY) + _story("إطلاق صاروخ باليستي جديد", [_LEAD, *_BODY])
    got = _extracted(f"<div class='stream'>{stories}</div>")  # the layout's title names the missile launch
    assert all(p in got for p in [_LEAD, *_BODY])
    assert _NEXT_STORY[0] not in got


def test_contact_details_in_an_address_element_are_left_out() -> None:
    contact = "<address>مكتب التحرير، شارع الصحافة 12، الطابق الثالث، هاتف 5550100، البريد desk@example.com</address>"
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY])}{contact}</article>")
    assert got.endswith(_BODY[-1])


@pytest.mark.parametrize("where", ["top", "end"])
def test_an_arabic_cookie_notice_in_the_article_block_is_left_out(where: str) -> None:
    notice = (
        "<div><p>يستعمل موقعنا الكوكيز لتحسين تجربة التصفح، وبمتابعة التصفح فإنك توافق على ذلك.</p>"
        "<span>موافق</span></div>"
    )
    inner = notice + _paragraphs([_LEAD, *_BODY]) if where == "top" else _paragraphs([_LEAD, *_BODY]) + notice
    got = _extracted(f"<article>{inner}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_report_that_mentions_cookies_and_consent_apart_is_kept() -> None:
    report = (
        "وقالت الهيئة إن الشركة خزنت ملفات تعريف الارتباط على أجهزة المستخدمين لسنوات من دون إذن صريح منهم، "
        "وإن التحقيق شمل أيضا طريقة عرض الإعلانات ومدة حفظ البيانات في خوادمها خارج البلاد، "
        "ولم تحصل الشركة على الموافقة المطلوبة قانونا."
    )
    got = _extracted(f"<article>{_paragraphs([_LEAD, report, *_BODY])}</article>")
    assert report in got


def test_bylines_and_categories_after_the_text_are_left_out() -> None:
    tail = "<p>بقلم: كريم صالح</p><p>التصنيف: أخبار دولية</p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{tail}</article>"
    got = _extracted(article)
    assert got.endswith(_BODY[-1])


def test_paragraph_about_comments_is_not_a_site_notice() -> None:
    last = "وكتب كثير من القراء في التعليقات على الخبر أنهم سمعوا دوي انفجار قرب الساحل قبل ساعة من إعلان الجيش، " * 2
    article = f"<article>{_paragraphs([_LEAD, *_BODY, last.strip()])}</article>"
    got = _extracted(article)
    assert got.endswith(last.strip())


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html><body><script>render()</script><style>p{}</style></body></html>", "no visible text"),
        (
            "<html><body><nav><a href='/'>الرئيسية</a> <a href='/s'>سياسة</a></nav>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>".encode(),
            "menus, banners or other furniture",
        ),
    ],
)
def test_a_page_with_no_article_says_why(body: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        extract_page(body, url="https://example.com/a")


def test_an_empty_page_is_a_recorded_bad_page_with_its_reason() -> None:
    from flows.ingest import _settle_outcomes
    from transforms.pipeline import PageInput, build_article
    from transforms.records import FetchRecord

    url = "https://example.com/a"
    item = FeedItem(feed_url="https://example.com/feed", link=url, title="عنوان", summary="", published_at=None)
    body = b"<html><body><nav><a href='/'>home</a></nav></body></html>"
    outcome = build_article(PageInput(item, "demo", None, url, body, "text/html"))
    record = FetchRecord(
        run_id="r", kind="page", url=url, feed_url=item.feed_url, status="ok",
        started_at=datetime(2026, 1, 1, tzinfo=UTC), elapsed_ms=5, http_status=200,
    )  # fmt: skip
    articles, records = _settle_outcomes([outcome], [record])
    assert articles == []
    assert records[0].status == "bad_page"
    assert records[0].error and "no article text" in records[0].error and "furniture" in records[0].error


def test_second_opinion_rules() -> None:
    from transforms.extract.content import Article
    from transforms.extract.second_opinion import better_text, needs_second_opinion

    long_text = " ".join(_BODY) * 2
    sure = Article(lines=[long_text], score=40.0, blocks=1, share=0.9)
    assert not needs_second_opinion(long_text, sure)
    assert needs_second_opinion("قصير", sure)  # short
    assert needs_second_opinion(long_text, Article([long_text], 40.0, 1, share=0.1))  # most of the page left out
    assert needs_second_opinion(long_text, Article([long_text], 8.0, 1, share=0.5))  # a small block, half left out
    assert not needs_second_opinion(long_text, Article([long_text], 40.0, 1, share=0.5))  # a long article, sure
    assert better_text("", long_text) == long_text
    assert better_text(long_text, "Home News") == long_text  # a menu is no better than nothing
    assert better_text(_BODY[0], long_text) == long_text  # clearly longer
    assert better_text(long_text, long_text[::-1] + "x") == long_text[::-1] + "x"  # disagreement: theirs
    similar = long_text.replace("سيول", "طوكيو")
    assert better_text(long_text, similar) == long_text  # agreement: marsad's own


def test_another_storys_headline_set_apart_in_italics_between_paragraphs_is_left_out() -> None:
    # the headline's link is a quarter of the line: too little for a list of links, enough for a pointer
    pointer = (
        "<p><em>قائد سابق للقوات الأمريكية في أوروبا يتحدث عن الخطر: "
        "<a href='/news/2024/06/nato'>روسيا خطرة جدا</a></em></p>"
    )
    quote = "<p><em>«لن نتراجع عن تطوير قدراتنا الدفاعية مهما كانت الضغوط الخارجية علينا»<a href='#n1'>1</a></em></p>"
    note = "<p><strong>اقرأ التقرير الكامل للوكالة على <a href='/report'>موقعها الرسمي</a> بعد نشره.</strong></p>"
    article = f"<article>{_paragraphs(_BODY[:2])}{pointer}{quote}{note}{_paragraphs(_BODY[2:])}</article>"
    got = _extracted(article).split("\n")
    assert got == [
        *_BODY[:2],
        "«لن نتراجع عن تطوير قدراتنا الدفاعية مهما كانت الضغوط الخارجية علينا»1",
        "اقرأ التقرير الكامل للوكالة على موقعها الرسمي بعد نشره.",
        *_BODY[2:],
    ]


@pytest.mark.parametrize(
    "availability",
    ["Video verfügbar bis 31.12.2025, 23:59", "Available until 3 May 2026", "الفيديو متاح حتى 2026/05/03"],
)
def test_a_players_availability_date_is_left_out_and_trafilaturas_text_is_cleaned_alike(availability: str) -> None:
    from transforms.extract.second_opinion import trafilatura_text

    got = _extracted(f"<article>{_paragraphs([_LEAD, availability, *_BODY])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]
    # The second opinion's text goes by the same line rules: trafilatura keeps the line in its own output.
    page = _layout(f"<article><h1>إطلاق صاروخ</h1>{_paragraphs([_LEAD, availability, *_BODY])}</article>")
    other = trafilatura_text(page.decode("utf-8"), "https://example.com/a")
    assert _LEAD in other and _BODY[-1] in other
    assert availability not in other


def test_a_sentence_that_says_until_when_something_is_available_stays() -> None:
    sentence = "Die Tickets sind bis 3. Mai 2026 verfügbar."
    german = [
        f"Absatz {i}: Die Behörde teilte mit, der Start sei planmäßig verlaufen, weitere Tests folgen."
        for i in range(4)
    ]
    got = _extracted(f"<article>{_paragraphs([german[0], sentence, *german[1:]])}</article>")
    assert got.split("\n") == [german[0], sentence, *german[1:]]


def test_a_closing_quote_in_german_marks_ends_the_text_as_a_sentence() -> None:
    german = [
        f"Absatz {i}: Die Behörde teilte mit, der Start sei planmäßig verlaufen, weitere Tests folgen."
        for i in range(4)
    ]
    for last in ("„Wir sind zufrieden.“", "‚Gut so.‘"):
        got = _extracted(f"<article>{_paragraphs([*german, last])}</article>")
        assert got.split("\n") == [*german, last]


@pytest.mark.parametrize(
    "box",
    [
        "<div class='support-cta'><p>هل أعجبك التقرير؟ ادعم صحافتنا المستقلة باشتراك شهري يبدأ من دولار.</p></div>",
        "<div id='donation-box'><h3>ساهم في استمرارنا</h3><p>تبرعك يحفظ استقلال التحرير وكل مساهمة تفيد.</p></div>",
        "<div class='affiliate-note'><p>قد نحصل على عمولة إذا اشتريت منتجا عبر الروابط في هذه الصفحة.</p></div>",
        "<div class='app-stores'><h3>حمل التطبيق الآن</h3><p>النسخة الرقمية متاحة على الهواتف كل صباح.</p></div>",
        "<div class='news-letter-section'><p>تصلك أهم الأخبار في بريدك كل صباح، سجل بريدك الإلكتروني.</p></div>",
        "<div class='ez-toc-container'><p class='ez-toc-title'>المحتويات</p><ul><li>الخلفية</li><li>ردود الفعل</li>"
        "</ul></div>",
        "<p class='postmetadata'>نشرت هذه التدوينة يوم الأربعاء في قسم الشؤون الآسيوية، ويمكنك متابعة الردود.</p>",
        "<div class='licence-info'><p>المادة محمية بحقوق الملكية الفكرية، ويمنع نقلها دون إذن مكتوب.</p></div>",
        "<div class='Teasers'><h2 class='Teasers-headline'>المزيد عن المناخ</h2><p>ملف عن التغير المناخي.</p></div>",
        "<div class='image-description'><p>صورة من الأرشيف لمنصة إطلاق على الساحل الشرقي عند الغروب.</p></div>",
    ],
)
def test_calls_to_pay_or_subscribe_notices_and_contents_boxes_in_the_article_are_left_out(box: str) -> None:
    article = (
        f"<article><div class='entry'>{_paragraphs([_LEAD, *_BODY[:2]])}{box}{_paragraphs(_BODY[2:])}</div></article>"
    )
    assert _extracted(article).split("\n") == [_LEAD, *_BODY], box


def test_a_news_dateline_naming_the_place_stays_with_the_lead() -> None:
    lead = f"<p><span class='dateline'>سيول -</span> {_LEAD}</p>"
    article = f"<article>{lead}{_paragraphs(_BODY)}</article>"
    got = _extracted(article)
    assert got.startswith(f"سيول - {_LEAD}")


def test_a_dated_time_line_is_left_out_but_times_in_sentences_and_durations_stay() -> None:
    meta = "<div class='meta'>آخر تحديث: <time datetime='2024-03-12T14:05'>12 مارس 2024 14:05</time></div>"
    in_text = (
        "<p>وقال المتحدث إن الإطلاق تم <time datetime='2024-03-12'>يوم الثلاثاء</time> من منطقة ساحلية، "
        "وإن الصاروخ حلق مدة <time datetime='PT12M'>12 دقيقة</time> قبل أن يسقط في البحر.</p>"
    )
    duration = "<p>زمن التحليق: <time datetime='PT12M'>12 دقيقة</time></p>"
    article = f"<article>{meta}{_paragraphs([_LEAD, *_BODY[:2]])}{in_text}{duration}{_paragraphs(_BODY[2:])}</article>"
    got = _extracted(article)
    assert "آخر تحديث" not in got and "2024" not in got
    assert got.startswith(_LEAD)
    assert "وقال المتحدث إن الإطلاق تم يوم الثلاثاء من منطقة ساحلية" in got
    assert "زمن التحليق: 12 دقيقة" in got


@pytest.mark.parametrize(
    "reading",
    [
        "<p>5 min read</p>",
        "<p>قراءة 3 دقائق</p>",
        "<p>4 دقائق للقراءة</p>",
        "<div class='info'><span>مدة القراءة:</span><div>6 دقائق</div></div>",
        "<p>Lesezeit: ca. 3 Minuten</p>",
    ],
)
def test_the_reading_time_above_the_text_is_left_out(reading: str) -> None:
    article = f"<article>{reading}{_paragraphs([_LEAD, *_BODY])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY], reading


def test_a_duration_in_the_text_is_not_a_reading_time() -> None:
    timing = "<p>مدة الرحلة:</p><p>40 دقيقة</p>"
    article = f"<article>{_paragraphs([_LEAD, _BODY[0]])}{timing}{_paragraphs(_BODY[1:])}</article>"
    got = _extracted(article)
    assert "40 دقيقة" in got


def test_notes_under_a_closing_rule_are_left_out_but_sections_between_rules_stay() -> None:
    note = "<hr><p>الكاتب باحث في الشؤون الآسيوية، وهذا المقال جزء من سلسلة عن الأمن الإقليمي.</p>"
    text = [_LEAD, *_BODY, f"{_BODY[0]} {_BODY[2]}", f"{_BODY[1]} {_BODY[3]}"]
    article = f"<article>{_paragraphs(text)}{note}</article>"
    got = _extracted(article)
    assert got.split("\n") == text
    # A rule between two halves of the article is a section break.
    article = f"<article>{_paragraphs(text[:3])}<hr>{_paragraphs(text[3:])}</article>"
    got = _extracted(article)
    assert got.split("\n") == text


def test_article_text_in_a_paywall_wrapper_is_kept() -> None:
    # Sites wrap the subscribers' part of the article in a "paywall" block: it is the article, not a notice.
    article = (
        f"<article class='has-paywall'><p>{_LEAD}</p>"
        f"<div class='entry-content steady-paywall-container'>{_paragraphs(_BODY)}</div></article>"
    )
    extra = f"<div class='more'>{_paragraphs([_BODY[0] + ' ' + _BODY[1], _BODY[2] + ' ' + _BODY[3]])}</div>"
    got = extract_page(_layout(article, extra), url="https://example.com/a", second_opinion=False).text
    assert got.split("\n")[:5] == [_LEAD, *_BODY]


def test_a_lead_set_apart_above_the_body_is_kept_and_a_linked_summary_is_not() -> None:
    lead = "تقرير خاص: بيونغ يانغ تختبر صاروخا جديدا وسط توتر متصاعد في شبه الجزيرة الكورية ومخاوف في طوكيو."
    article = (
        "<article><header><h1>إطلاق صاروخ باليستي جديد</h1>"
        f"<div class='article-lead'><p>{lead}</p></div></header>"
        f"<div class='article-body'>{_paragraphs([_LEAD, *_BODY])}</div></article>"
    )
    got = _extracted(article)
    assert got.split("\n") == [lead, _LEAD, *_BODY]
    article = article.replace(f"<div class='article-lead'><p>{lead}</p></div>", f"<h2 class='subtitle'>{lead}</h2>")
    got = _extracted(article)
    assert got.split("\n") == [lead, _LEAD, *_BODY]
    teaser = f"<div class='summary'><a href='/n/9'>{lead}</a></div>"
    article = f"<div class='wrap'>{teaser}<div class='article-body'>{_paragraphs([_LEAD, *_BODY])}</div></div>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


def test_an_author_description_named_beside_the_article_is_left_out() -> None:
    bio = "محرر الشؤون الآسيوية، غطى القمم الكورية ومحادثات نزع السلاح منذ خمسة عشر عاما."
    article = (
        f"<article class='story'><div class='story-text'>{_paragraphs([_LEAD, *_BODY])}</div>"
        f"<div class='story_article_author_desc'><p>{bio}</p></div></article>"
    )
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(("written", "offset"), [("2024-05-30T01:30:00+03:00", 180), ("2024-05-30T01:30:00", None)])
def test_a_page_date_keeps_the_offset_it_was_written_with_and_none_when_it_has_none(
    written: str, offset: int | None
) -> None:
    body = "".join(f"<p>{_LEAD} {i}</p>" for i in range(6))
    html = (
        f'<html><head><meta property="article:published_time" content="{written}"><title>t</title></head>'
        f"<body><article>{body}</article></body></html>"
    )
    page = extract_page(html.encode(), url="https://example.com/a", second_opinion=False)
    assert page.published_utc_offset == offset
    assert page.published_at is not None and page.published_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "caption",
    [
        "<p>صورة: منصة الإطلاق على الساحل الشرقي كما بدت من قارب صيد</p>",
        "<p><em>Abbildung 3: Die Flugbahn des Geschosses über dem Meer</em></p>",
        "<div class='pic'><span>Fig. 2: the launch pad seen from the harbour</span></div>",
        "<p>منصة الإطلاق على الساحل الشرقي كما بدت من قارب صيد © وكالة الأنباء/مصور</p>",
        "<p>The launch pad seen from a fishing boat © Harbour Photo/pressbild.example</p>",
        "<p>(صورة: أرشيف الوكالة)</p>",
        "<p>قائد سلاح الصواريخ خلال العرض العسكري (صورة: التلفزيون الرسمي)</p>",
    ],
)
def test_a_caption_or_picture_credit_set_as_text_in_the_article_is_left_out(caption: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:2]])}{caption}{_paragraphs(_BODY[2:])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY], caption


def test_a_picture_named_inside_a_sentence_is_no_caption() -> None:
    sentences = [
        "صورة الأقمار الصناعية: هكذا وصفها المتحدث، وقال إنها تظهر منصة جديدة قرب الساحل الشرقي للبلاد.",
        "وقال المتحدث إن صورة: الأقمار الصناعية تظهر منصة جديدة قرب الساحل الشرقي، وإن الجيش يراقبها.",
        "وعرض المتحدث الشعار © الذي تضعه الوكالة على صورها، وقال إن الصورة التقطت قبل أسبوع من الإطلاق.",
    ]
    article = f"<article>{_paragraphs([_LEAD, *sentences, *_BODY])}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *sentences, *_BODY]


@pytest.mark.parametrize(
    "notice",
    [
        "<p>الآراء الواردة في هذا المقال تعبر عن رأي كاتبها.</p>",
        "<div class='note'>المقالات لا تعبر بالضرورة عن رأي الموقع وإنما عن آراء أصحابها.</div>",
        "<p>If you enjoyed reading this post, would you consider supporting our work? Thanks!</p>",
        "<p><strong>Jede kleine Spende hilft uns weiter.</strong></p>",
        "<div class='box'><b>Apoya el periodismo independiente.</b> Hazte miembro desde 5 dólares.</div>",
        "<p>This article is the copyrighted property of the Example Herald.</p>",
        "<p>Únete a nuestros lectores desde 3 dólares al mes. Cancela cuando quieras.</p>",
    ],
)
def test_a_disclaimer_or_a_call_to_support_the_site_after_the_text_is_left_out(notice: str) -> None:
    text = [_LEAD, *_BODY, f"{_BODY[0]} {_BODY[2]}"]
    article = f"<article>{_paragraphs(text[:4])}{notice}{_paragraphs(text[4:])}</article>"
    got = _extracted(article)
    assert got.split("\n") == text, notice


def test_donations_and_opinions_as_the_subject_of_the_article_stay() -> None:
    # In the first half of the text, or in a long paragraph, the same words are the article's own.
    first = "وقالت الجمعية إن جمعية خيرية محلية أطلقت حملة بعنوان: ادعموا الصحيفة المدرسية، لجمع الكتب للطلاب."
    long = (
        "وأضاف رئيس الجمعية في مؤتمر صحفي أن الآراء الواردة في التقرير السنوي جمعت من مئات المتطوعين في القرى "
        "الساحلية، وأن اللجنة درستها على مدى أشهر قبل نشرها، وأن النتائج ستعرض على البرلمان في الدورة المقبلة، "
        "وأن الحكومة وعدت بدراسة التوصيات كلها وبالرد عليها كتابة قبل نهاية العام الجاري بحسب ما ينص عليه القانون."
    )
    text = [_LEAD, first, *_BODY[:3], long, _BODY[3]]
    article = f"<article>{_paragraphs(text)}</article>"
    got = _extracted(article)
    assert got.split("\n") == text


def test_a_box_set_inline_into_the_article_is_left_out_but_inline_display_utilities_are_not() -> None:
    box = (
        "<div class='visual inline'><div class='description'><strong class='title'>"
        "منصة الإطلاق على الساحل الشرقي كما بدت من قارب صيد قبل ساعات من التجربة</strong></div></div>"
    )
    styled = f"<p>{_BODY[2][:30]}<span class='d-inline-block'>{_BODY[2][30:]}</span></p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:2]])}{box}{styled}{_paragraphs(_BODY[3:])}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


def test_closing_notices_and_short_lines_go_in_whatever_order_they_follow_the_text() -> None:
    tail = (
        "<p>جميع الحقوق محفوظة للموقع الإخباري، ويمنع نقل المواد أو نشرها دون ذكر المصدر والإشارة إليه.</p>"
        "<p>التصنيف: أخبار دولية</p>"
    )
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{tail}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


def test_the_headline_above_the_text_is_left_out_when_the_page_title_wraps_it() -> None:
    headline = "بيونغ يانغ تطلق صاروخا باليستيا جديدا"
    head = f"<meta charset='utf-8'><title>12.03.2024 | {headline} - الموقع</title>"
    quoted = "وقال المسؤول: بيونغ يانغ تطلق صاروخا."  # a line the title does not hold stays
    body = f"<article><h2>{headline}</h2>{_paragraphs([_LEAD, quoted, *_BODY])}</article>"
    got = extract_page(_page(body, head).encode(), url="https://example.com/a", second_opinion=False)
    assert got.text.split("\n") == [_LEAD, quoted, *_BODY]


def test_a_short_pointer_to_another_page_is_left_out_but_linked_prose_stays() -> None:
    pointer = "<p>الأرقام الكاملة متاحة في صفحة: <a href='/archive/2023'>أرشيف التجارب الصاروخية 2023</a></p>"
    linked = (
        "<p>وكانت <a href='/n/1'>التجربة السابقة</a> قد جرت في الربيع من <a href='/n/2'>الساحل الشرقي</a>، "
        "وأثارت حينها ردود فعل واسعة في العواصم المجاورة، ودعت إلى اجتماع طارئ لبحث الموقف بعد الإطلاق.</p>"
    )
    wiki = "".join(
        f"<a href='/w/{i}'>{word}</a> {filler} "
        for i, (word, filler) in enumerate(
            [
                ("الصاروخ الباليستي", "هو صاروخ يتبع مسارا"),
                ("قوسيا", "بعد انتهاء مرحلة الدفع، ويستخدم"),
                ("لحمل الرؤوس الحربية", "إلى مسافات بعيدة، وقد طورته"),
                ("دول عدة", "منذ منتصف القرن الماضي، ومنها"),
                ("كوريا الشمالية", "التي أجرت عشرات التجارب في العقدين الأخيرين"),
            ]
        )
    ).strip()
    article = (
        f"<article>{_paragraphs([_LEAD, _BODY[0]])}{pointer}{linked}<p>{wiki}</p>{_paragraphs(_BODY[1:])}</article>"
    )
    got = _extracted(article)
    assert "أرشيف التجارب" not in got and "الأرقام الكاملة" not in got
    assert "وكانت التجربة السابقة قد جرت في الربيع" in got
    assert "الصاروخ الباليستي هو صاروخ يتبع مسارا" in got


def test_the_next_article_loaded_on_scroll_and_a_poster_panel_are_left_out() -> None:
    panel = "<div class='user-info'><span>كريم صالح</span> <span>عضو منذ 2015</span> <span>مشاركات: 312</span></div>"
    following = (
        f"<div class='infinite-scroll-wrap'>{_paragraphs([_BODY[1] + ' ' + _BODY[0], _BODY[3] + ' ' + _BODY[2]])}</div>"
    )
    text = [_LEAD, *_BODY, f"{_BODY[0]} {_BODY[2]}"]
    article = f"<div class='main'><div class='post-body'>{panel}{_paragraphs(text)}</div>{following}</div>"
    got = _extracted(article)
    assert got.split("\n") == text


@pytest.mark.parametrize(
    "call",
    ["Zapraszamy też do subskrypcji naszego tygodnika.", "Abonnez-vous pour lire tous nos articles.", "Abbonati ora."],
)
def test_a_closing_call_to_subscribe_in_other_languages_is_left_out(call: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY, call])}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "call",
    [
        "شاهدوا المزيد من التقارير المصورة على قناتنا على يوتيوب!",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "Abonnieren Sie unseren WhatsApp-Kanal für die wichtigsten Meldungen des Tages.",
    ],
)
def test_a_closing_call_to_the_sites_own_channel_is_left_out(call: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY, call])}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


def test_text_stops_at_a_next_article_heading() -> None:
    tail = "<h4>المقال التالي</h4><p>مهرجان الزهور يعود إلى العاصمة بعد غياب ثلاث سنوات بمشاركة واسعة من المزارعين.</p>"
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{tail}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_disclaimer_above_the_text_is_left_out() -> None:
    note = "<p class='note'>الآراء الواردة في المدونات تعبر عن أصحابها.</p>"
    article = f"<article>{note}{_paragraphs([_LEAD, *_BODY])}</article>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, *_BODY]


def test_an_unnamed_lead_above_the_body_is_kept_when_the_page_describes_its_article_with_it() -> None:
    lead = "قالت هيئة الأركان في سيول إن الإطلاق الجديد هو الرابع هذا الشهر، وإن الصاروخ أطلق من الساحل الشرقي."
    header = (
        f"<div class='head'><h1>إطلاق صاروخ باليستي جديد</h1><div class='top'><p>{lead}</p></div>"
        "<div class='who'>مراسل الشؤون الكورية</div><div class='when'>الخميس 21 أبريل</div></div>"
    )
    text = f"<div class='wrap'><div class='text'>{_paragraphs([_LEAD, *_BODY])}</div></div>"
    article = f"<div class='page'>{header}{text}</div>"
    described = f"<meta name='description' content='{lead[:60]}...'>"

    def extract(html: str) -> list[str]:
        page = _page(f"<header><a href='/'>الموقع</a></header>{html}", f"<meta charset='utf-8'>{described}")
        return extract_page(page.encode("utf-8"), url="https://example.com/a", second_opinion=False).text.split("\n")

    assert extract(article) == [lead, _LEAD, *_BODY]
    # A notice set in the same place is not what the page describes: it stays out.
    notice = "تنبيه: متصفحك قديم ولا يدعم كل خصائص هذا الموقع، ننصحك بتحديثه إلى إصدار أحدث لتصفح أفضل وأسرع."
    assert extract(article.replace(lead, notice, 1)) == [_LEAD, *_BODY]
    # Nor is one far above the body, with more than a few short lines between the two.
    facts = "".join(f"<li>{text[:50]}</li>" for text in _BODY + _BODY[:2])
    far = article.replace("<div class='wrap'>", f"<ul class='facts'>{facts}</ul><div class='wrap'>")
    assert lead not in extract(far)


def test_a_list_or_a_command_that_ends_the_article_keeps_its_short_last_lines() -> None:
    steps = ["رصد موقع الإطلاق", "تتبع مسار الصاروخ", "تقدير مدى الرحلة", "إبلاغ الدول المجاورة"]
    listed = "<ul>" + "".join(f"<li>{step}</li>" for step in steps) + "</ul>"
    byline = "<p>مراسلنا في سيول</p>"
    article = f"<article><div class='body'>{_paragraphs([_LEAD, *_BODY])}{listed}{byline}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY, *steps]  # the byline after the list still goes
    command = "<pre>launch-log --site sohae\nlaunch-log --site tongchang</pre>"
    article = f"<article><div class='body'>{_paragraphs([_LEAD, *_BODY])}{command}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY, "launch-log --site sohae", "launch-log --site tongchang"]


def test_a_box_asking_for_support_after_the_article_is_left_out_whole() -> None:
    box = [
        "ادعم صحافتنا المستقلة",
        "منذ عشرين عاما نغطي أخبار شبه الجزيرة الكورية من مراسلينا في المنطقة دون أن نغلق المقالات خلف اشتراك.",
        "ادعموا الموقع بمبلغ صغير كل شهر",
    ]
    article = f"<article><div class='body'>{_paragraphs([_LEAD, *_BODY, *box])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY]
    # One call alone takes only its own line: the article's last paragraph stays, and so does a quoted appeal.
    appeal = "وقال قائد الشرطة: نحتاج إلى دعمكم في البحث عن الصيادين المفقودين قرب الساحل."
    article = f"<article><div class='body'>{_paragraphs([_LEAD, *_BODY, appeal, box[1], box[2]])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY, appeal, box[1]]


def test_a_paragraph_whose_sentence_runs_into_a_long_link_is_prose_and_a_pointer_is_not() -> None:
    linked = (
        "وخلف المتحدث الجديد زميله السابق في المنصب، "
        "<a href='/n/4'>الذي جمع طوال ثمانية أشهر بين مهام المتحدث الرسمي وعمله في إدارة الإعلام بالوزارة</a>."
    )
    pointer = "المزيد عن الإطلاق: <a href='/n/5'>كيف تتابع أجهزة الرصد الصواريخ الباليستية من لحظة انطلاقها</a>."
    article = (
        f"<article><div class='body'><p>{_LEAD}</p><p>{linked}</p><p>{pointer}</p>{_paragraphs(_BODY)}</div></article>"
    )
    got = _extracted(article).split("\n")
    assert got[1].startswith("وخلف المتحدث الجديد") and got[1].endswith("بالوزارة.")
    assert not any(line.startswith("المزيد عن الإطلاق") for line in got)
    assert got[2:] == _BODY


def test_a_picture_credit_on_its_own_line_is_left_out_and_a_sentence_naming_the_agency_is_not() -> None:
    credits = ["Getty Images", "صاروخ خلال التجربة | مصور/رويترز", "AFP/ Lee Jin-man", "(رويترز)"]
    cited = "ونقلت رويترز عن مسؤول في سيول أن التجربة الأخيرة كانت الأطول مدى هذا العام."
    article = f"<article><div class='body'>{_paragraphs([credits[0], _LEAD, credits[1], *_BODY[:2], credits[2]])}"
    article += f"{_paragraphs([cited, credits[3], *_BODY[2:]])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY[:2], cited, *_BODY[2:]]


def test_a_line_saying_the_site_uses_cookies_is_left_out_and_an_article_about_cookies_is_not() -> None:
    notices = ["نرحب بكم في موقعنا. نستخدم ملفات تعريف الارتباط لتحسين تجربتكم.", "We use cookies to improve the site."]
    about = "وقالت الهيئة إن مواقع إخبارية كثيرة تضع ملفات تعريف الارتباط دون إذن القراء، وإنها ستحقق في الأمر."
    article = (
        f"<article><div class='body'>{_paragraphs([notices[0], _LEAD, about, *_BODY, notices[1]])}</div></article>"
    )
    got = _extracted(article).split("\n")
    assert got == [_LEAD, about, *_BODY]


def test_a_pointer_to_another_article_inside_the_text_is_left_out() -> None:
    pointers = [
        "اقرأ أيضا: اليابان ترفع حالة التأهب بعد إطلاق صاروخ جديد",
        "Read also | Seoul and Tokyo share launch data",
    ]
    kept = "طالع المحللون أيضا صور الأقمار الصناعية لموقع الإطلاق، وقالوا إن المنصة وسعت خلال الأشهر الماضية."
    article = f"<article><div class='body'>{_paragraphs([_LEAD, pointers[0], *_BODY[:2], kept, pointers[1]])}"
    article += f"{_paragraphs(_BODY[2:])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY[:2], kept, *_BODY[2:]]


def test_a_table_set_as_a_figure_is_part_of_the_text_and_a_picture_is_not() -> None:
    rows = "".join(f"<tr><td>{site}</td><td>{count}</td></tr>" for site, count in [("سوهاي", "4"), ("تونغتشانغ", "2")])
    table = f"<figure><table><tr><th>الموقع</th><th>عدد الإطلاقات</th></tr>{rows}</table></figure>"
    picture = "<figure><img src='/p.jpg'><p>صورة من موقع الإطلاق نشرتها وكالة الأنباء الرسمية صباح اليوم</p></figure>"
    article = f"<article><div class='body'>{_paragraphs([_LEAD, *_BODY[:2]])}{table}{picture}"
    article += f"{_paragraphs(_BODY[2:])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY[:2], "الموقع", "عدد الإطلاقات", "سوهاي", "4", "تونغتشانغ", "2", *_BODY[2:]]


def test_a_short_last_sentence_closed_by_full_width_marks_is_not_taken_for_a_byline() -> None:
    body = ["朝鲜今天上午再次发射了一枚弹道导弹，导弹落入东部海域，韩国军方正在分析飞行数据。" * 2, *_BODY]
    closing = "这是本月第四次发射！（本报评论员）"
    article = f"<article><div class='body'>{_paragraphs([*body, closing])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [*body, closing]


def test_an_advertisement_label_with_dashes_and_an_advertisement_marked_by_its_label_are_left_out() -> None:
    ads = ["- إعلان -", "ANZEIGE - Flüge nach Seoul zum halben Preis, nur diese Woche", "[Anzeige]"]
    mentioned = "إعلان الجيش عن الإطلاق جاء بعد ساعتين من رصده، بحسب ما قال مسؤولون في طوكيو."
    article = f"<article><div class='body'>{_paragraphs([ads[0], _LEAD, *_BODY[:2], ads[1], mentioned])}"
    article += f"{_paragraphs([ads[2], *_BODY[2:]])}</div></article>"
    got = _extracted(article).split("\n")
    assert got == [_LEAD, *_BODY[:2], mentioned, *_BODY[2:]]


def test_a_sidebar_kept_for_its_long_text_widget_is_not_gathered_with_a_short_article() -> None:
    about = (
        "هذه المدونة يكتبها فريق من الهواة المهتمين بأخبار الفضاء والصواريخ، وننشر فيها ملاحظاتنا وصورنا منذ سنوات، "
        "ونرحب بمشاركات القراء وأسئلتهم عن الرصد والتصوير وعن الأجهزة التي نستعملها في عملنا اليومي. "
    )
    sidebar = f"<aside class='blog-sidebar'><div class='text-widget'><p>{about * 4}</p></div></aside>"
    article = f"<div class='wrap'><article class='entry'>{_paragraphs([_LEAD, _BODY[0]])}</article>{sidebar}</div>"
    got = _extracted(article)
    assert got.split("\n") == [_LEAD, _BODY[0]]


def test_sections_named_as_text_with_numbered_contents_anchors_are_kept_and_numbered_comments_are_not() -> None:
    sections = "".join(
        f"<div class='wrap'><h2>الجزء {n}</h2><div class='article-text' id='toc-part-{n}'><p>{text}</p></div></div>"
        for n, text in enumerate(_BODY, start=1)
    )
    reply = "شكرا على التغطية السريعة، ننتظر المزيد من التفاصيل عن موقع الإطلاق."
    comments = "".join(f"<div class='comment-text' id='reply-{n}'><p>{reply}</p></div>" for n in (1, 2))
    got = _extracted(f"<div class='main'>{sections}</div><div class='thread'>{comments}</div>")
    assert [line for line in got.split("\n") if not line.startswith("الجزء")] == _BODY


def test_a_paragraph_set_without_p_whose_sentences_hold_several_links_is_prose() -> None:
    loose = (
        "<div class='section-text'>قال <a href='/a'>المتحدث باسم الجيش</a> إن الرادارات رصدت الصاروخ منذ لحظة "
        "إطلاقه، وإن <a href='/b'>الدفاعات الجوية</a> كانت في حالة تأهب قصوى طوال الليل، وأضاف أن "
        "<a href='/c'>التقارير الأولية</a> تشير إلى أنه من طراز جديد لم يختبر من قبل.</div>"
    )
    links = "".join(f"<div><a href='/n/{n}'>{text}</a></div>" for n, text in enumerate(_BODY))
    teasers = f"<div class='more'>{links}</div>"
    got = _extracted(f"<article>{loose}{_paragraphs([_LEAD, *_BODY[:2]])}{teasers}</article>")
    assert got.split("\n")[0].startswith("قال المتحدث باسم الجيش إن الرادارات")
    assert got.split("\n")[1:] == [_LEAD, *_BODY[:2]]


def test_bands_between_like_sections_of_an_article_are_kept_and_furniture_between_them_is_not() -> None:
    def part(texts: list[str]) -> str:
        return f"<section class='story-part'><div class='part-body'>{_paragraphs(texts)}</div></section>"

    band = "<div class='band'><h2>ماذا بعد الإطلاق؟</h2></div>"
    promo = "<div class='promo'><p>اشترك الآن واحصل على شهر مجاني من التغطية الحصرية.</p></div>"
    closing = "<div class='band-end'><p>صفحة من إعداد قسم الشؤون الدولية</p></div>"
    # the sections stand right in the page's body, one band after the other
    got = _extracted(f"{part([_LEAD, _BODY[0]])}{band}{part(_BODY[1:3])}{promo}{part(_BODY[3:])}{closing}")
    assert got.split("\n") == [_LEAD, _BODY[0], "ماذا بعد الإطلاق؟", *_BODY[1:]]


@pytest.mark.parametrize(
    "box",
    [
        ["We need your help", "Help us keep this glossary free for every reader, wherever they are."],
        ["Unterstütze Weltblick schon mit 3 Euro im Monat!", "Jeder Beitrag sichert unsere Berichte aus Asien."],
    ],
)
def test_calls_for_help_or_a_sum_after_the_article_are_left_out(box: list[str]) -> None:
    article = f"<article><div class='body'>{_paragraphs([_LEAD, *_BODY, *box])}</div></article>"
    got = _extracted(article).split("\n")
    assert got[: len(_BODY) + 1] == [_LEAD, *_BODY]
    assert box[0] not in got


def test_a_closing_sentence_that_mentions_the_comments_stays_and_a_short_comments_line_does_not() -> None:
    last = "If you have any further questions about the launch, please let me know in the comments below."
    english = [
        "The agency said the rocket reached orbit after a flight of nine minutes, carrying two small satellites.",
        "Engineers will now check the data from the second stage, which had failed in the previous attempt.",
    ]
    got = _extracted(f"<article>{_paragraphs([*english, last, 'Comments are closed.'])}</article>")
    assert got.split("\n") == [*english, last]


@pytest.mark.parametrize(
    "notice",
    [
        "Wenn Sie uns über das Kontaktformular schreiben, speichern wir Ihre Angaben aus dem Kontaktformular samt der "
        "dort genannten Kontaktdaten, um Ihre Anfrage und mögliche Anschlussfragen zu bearbeiten; ohne Ihre "
        "Einwilligung geben wir diese Daten nicht weiter, und nach Abschluss der Bearbeitung löschen wir sie wieder.",
        "Should you write to us, your details from the contact form, together with the contact data you give there, "
        "are kept by us to answer your request and any follow-up questions; we do not pass them on without your "
        "consent, and we delete them once the request has been dealt with and no longer needs any further reply.",
    ],
)
def test_a_long_note_on_how_the_contact_form_is_stored_closing_the_text_is_left_out(notice: str) -> None:
    assert len(notice) > 300  # longer than the lines that notices are looked for in wherever they stand
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, notice])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_the_head_band_with_the_lead_above_like_sections_of_an_article_is_kept() -> None:
    def part(texts: list[str]) -> str:
        return f"<div class='topic-band'><div class='topic-text'>{_paragraphs(texts)}</div></div>"

    headline = "<h1>إطلاق صاروخ باليستي جديد</h1>"
    head = f"<section class='post-head'>{headline}<div class='post-text'><p>{_LEAD}</p></div></section>"
    links = "<a href='/'>الرئيسية</a> <a href='/world'>العالم</a> <a href='/sport'>رياضة</a>"
    menu = f"<div class='top-links'>{links}</div>"
    # the head and the sections stand right in the page's body, one band after the other
    got = _extracted(f"{menu}{head}{part(_BODY[:2])}{part(_BODY[2:])}")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_metadata_boxes_named_after_the_article_are_left_out() -> None:
    meta = "<div class='entry-meta'><p>المحرر العسكري، قسم الشؤون الدولية والتحليلات العسكرية، ثلاثة تعليقات.</p></div>"
    tags = (
        "<div class='post-tags'><p>الوسوم: صواريخ، كوريا الشمالية، روسيا، تعاون عسكري، إطلاق، منصات، تجارب.</p></div>"
    )
    got = _extracted(
        f"<article class='post'>{meta}<div class='entry'>{_paragraphs([_LEAD, *_BODY])}</div>{tags}</article>"
    )
    assert got.split("\n") == [_LEAD, *_BODY]


def test_text_for_screen_readers_only_is_left_out() -> None:
    skip = "<a class='screen-reader-text' href='#main'>انتقل إلى المحتوى الرئيسي للصفحة</a>"
    posted = "<span class='sr-only'>نشرت هذه المادة في قسم الأخبار العاجلة</span>"
    got = _extracted(f"{skip}<article><div class='body'>{posted}{_paragraphs([_LEAD, *_BODY])}</div></article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "heading",
    [
        "3 thoughts on “Seoul reports a new launch”",
        "Ein Gedanke zu „Raketenstart über dem Meer“",
        "2 respuestas a «El lanzamiento»",
    ],
)
def test_a_blogs_heading_over_its_comment_thread_ends_the_text(heading: str) -> None:
    comment = "Reader42 says: this is the third launch this month, and nobody in the region seems surprised anymore."
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY])}<h3>{heading}</h3><div><p>{comment}</p></div></article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "notice",
    [
        "You must be logged in to post a comment on this report.",
        "Um diesen Bericht zu kommentieren, müssen Sie sich anmelden.",
        "Klicken Sie auf den Button, um den Inhalt von karten.example.org zu laden.",
        "Click the button below to load the content from video.example.com.",
    ],
)
def test_a_sign_in_to_comment_note_or_an_embeds_placeholder_is_left_out_wherever_it_stands(notice: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], notice, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "closing",
    [
        ["This entry was posted in World News and tagged missiles, Korea. Bookmark the permalink."],
        ["Veröffentlicht unter Allgemein, Raumfahrt, Sicherheitspolitik und Nachrichten aus aller Welt."],
        ["Comments are moderated and may take a day to appear; please keep to the topic of the report."],
    ],
)
def test_a_posts_metadata_line_or_a_comment_policy_closing_the_text_is_left_out(closing: list[str]) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, *closing])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_pictures_caption_in_a_box_of_its_own_is_left_out_and_a_series_of_pictured_steps_stays() -> None:
    caption = "<div class='pic'><a href='/p.jpg'><img src='/p.jpg'></a><p>منصة الإطلاق قبل ساعات من التجربة.</p></div>"
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0]])}{caption}{_paragraphs(_BODY[1:])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]
    steps = ["ثبت القاعدة على أرض مستوية.", "اربط الأنبوب بالقاعدة جيدا.", "ضع النموذج في الأنبوب وابتعد."]
    series = "".join(f"<div class='step'><img src='/s{i}.jpg'><p>{step}</p></div>" for i, step in enumerate(steps))
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0]])}{series}{_paragraphs(_BODY[1:])}</article>")
    assert got.split("\n") == [_LEAD, _BODY[0], *steps, *_BODY[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Bericht enthält Affiliate-Links: Wenn du darüber kaufst, erhalten wir eine kleine Provision.",
        "This post may contain affiliate links; we may earn a small commission at no cost to you.",
        "Already a subscriber? Log in to read the rest of this report.",
        "Jetzt teilen!",
        "Inhaltsverzeichnis",
        "Mire: Seoul says the launch was the third this month",
    ],
)
def test_affiliate_notes_paywall_prompts_share_labels_and_contents_headings_are_left_out(line: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], line, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "heading", ["Verwandte Artikel", "Wie hat Ihnen dieser Artikel gefallen?", "Suggested citation", "Lesermeinungen"]
)
def test_more_headings_rating_and_citation_requests_and_reader_opinions_end_the_text(heading: str) -> None:
    after = "Roe, Jane: Launch report, in: Example Journal, 12 March, https://example.org/launch-report."
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY])}<h3>{heading}</h3>{_paragraphs([after])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_the_sites_comment_rules_closing_the_text_are_left_out_with_the_rules_under_them() -> None:
    rules = [
        "HOUSE RULES",
        "We welcome reader comments on the stories of the day.",
        "Please keep to the topic and be civil to other readers.",
        "Comments with links or insults will not be published.",
    ]
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, *rules])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_comment_thread_longer_than_the_post_is_cut_at_its_heading() -> None:
    comments = [
        f"Reader {i} says: the launch was expected after last week's warnings from Seoul and Tokyo." for i in range(8)
    ]
    article = f"<article>{_paragraphs([_LEAD, _BODY[0]])}<h3>8 thoughts on “Seoul reports a launch”</h3>"
    got = _extracted(f"{article}{_paragraphs(comments)}</article>")
    assert got.split("\n") == [_LEAD, _BODY[0]]


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a freelance journalist based in Lisbon who covers space and defence.",
        "Max Muster ist Redakteur im Ressort Ausland und schreibt über Sicherheitspolitik.",
        # a long note: the writer's firm, what it offers, and how to reach her (about 500 characters)
        "Sara Lind is the founder and principal consultant at Northlight, a small studio that helps local firms and "
        "charities tell their story clearly through planning, writing, photography and design. She is also a "
        "freelance writer and translator, a guest lecturer on public speaking and a volunteer with the town's "
        "reading club for children. Reach her on the studio's pages or by telephone on weekdays between nine "
        "and five, or write to the studio's postal address given on its contact page.",
    ],
)
def test_a_note_on_the_writer_closing_the_text_is_left_out(bio: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, bio])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_closing_sentence_about_someone_elses_trade_stays() -> None:
    last = "Kim Jong Un is the leader of North Korea, and state media said he watched the launch in person."
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, last])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY, last]


def test_a_rail_of_widgets_beside_a_short_article_is_not_gathered_whatever_its_names() -> None:
    widgets = "".join(
        f"<li><h3>عنوان الوحدة {i}</h3><p>نص قصير في هذه الوحدة الجانبية، يتحدث عن موضوع آخر تماما رقم {i}.</p></li>"
        for i in range(4)
    )
    rail = f"<div class='x3'><ul>{widgets}</ul></div>"
    got = _extracted(f"<div class='x1'><div class='x2'>{_paragraphs([_LEAD, *_BODY])}</div>{rail}</div>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_blogs_closed_comments_note_and_an_enlarge_label_are_left_out() -> None:
    closing = ["Comments are closed, but you can leave a trackback", "from your own site."]
    got = _extracted(
        f"<article>{_paragraphs([_LEAD, _BODY[0], 'Zum Vergrößern bitte anklicken', *_BODY[1:], *closing])}</article>"
    )
    assert got.split("\n") == [_LEAD, *_BODY]


def test_post_metadata_in_the_second_half_of_the_text_and_read_more_labels_are_left_out() -> None:
    meta = "Veröffentlicht unter Allgemein"
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY[:2], meta, *_BODY[2:], 'Mehr lesen...'])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "call",
    [
        "[Alle wichtigen Updates des Tages finden Sie im kostenlosen Newsletter unserer Redaktion.]",
        "Sign up for our free newsletter to get the day's launches in your inbox.",
    ],
)
def test_a_call_to_sign_up_for_the_newsletter_set_into_the_text_is_left_out(call: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], call, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_sentence_about_a_newsletter_without_a_call_to_sign_up_stays() -> None:
    line = "The ministry's newsletter for exporters listed the parts that may no longer be shipped to the north."
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], line, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, _BODY[0], line, *_BODY[1:]]


def test_a_picture_credit_of_a_polish_agency_and_a_closing_copyright_line_are_left_out() -> None:
    credit = "Fot. Jan Kowalski / Agencja Gazeta"
    closing = "Materiał chroniony prawem autorskim. Wszelkie prawa zastrzeżone."
    got = _extracted(f"<article>{_paragraphs([_LEAD, credit, *_BODY, closing])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_heading_between_two_gathered_blocks_is_kept_and_an_about_the_author_heading_ends_the_text() -> None:
    subheading = "<h3>ردود الفعل في طوكيو وواشنطن</h3>"
    links = "".join(f"<a href='/s/{i}'>قسم الأخبار رقم {i}</a> " for i in range(30))
    wide = f"<div class='cols'><div class='links'>{links}</div>"
    first, second = _paragraphs([_LEAD, *_BODY[:2]]), _paragraphs(_BODY[2:])
    got = _extracted(f"{wide}<div class='txt'>{first}</div>{subheading}<div class='txt'>{second}</div></div>")
    assert got.split("\n") == [_LEAD, *_BODY[:2], "ردود الفعل في طوكيو وواشنطن", *_BODY[2:]]
    bio = "<h3>About the author</h3><p>Mira Okafor covers defence and the Korean peninsula for the paper.</p>"
    got = _extracted(f"<div class='main'><h1>إطلاق صاروخ باليستي جديد</h1><div class='txt'>{first}</div>{bio}</div>")
    assert got.split("\n") == [_LEAD, *_BODY[:2]]


@pytest.mark.parametrize(
    "row",
    [
        "<div><span>Share</span> <span>Facebook</span> <span>Twitter</span> <span>Email</span></div>",
        "<p>شارك: <b>فيسبوك</b> | <b>تويتر</b> | <b>واتساب</b></p>",
    ],
)
def test_a_share_bar_set_as_a_line_of_network_names_is_left_out(row: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY[:2]])}{row}{_paragraphs(_BODY[2:])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_sentence_naming_networks_stays() -> None:
    line = "Facebook and Twitter removed the videos of the launch within hours."
    got = _extracted(f"<article>{_paragraphs([_LEAD, line, *_BODY])}</article>")
    assert got.split("\n") == [_LEAD, line, *_BODY]


@pytest.mark.parametrize(
    "call",
    [
        "Follow us on Telegram and WhatsApp for the latest on the launches.",
        "تابعونا على تويتر وفيسبوك لمزيد من الأخبار",
    ],
)
def test_a_call_to_follow_the_site_set_into_the_text_is_left_out(call: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], call, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_sentence_on_who_follows_whom_on_a_network_stays() -> None:
    line = "Followers of the ministry on Telegram saw the first pictures of the launch an hour later."
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], line, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, _BODY[0], line, *_BODY[1:]]


@pytest.mark.parametrize(
    "call",
    [
        "Get our morning briefing on the peninsula delivered straight to your inbox.",
        "Jetzt kostenlos anmelden und die wichtigsten Meldungen direkt ins Postfach bekommen.",
        "اشترك في نشرتنا الصباحية ليصلك ملخص الأخبار إلى بريدك كل يوم.",
    ],
)
def test_a_call_to_get_the_sites_mail_in_the_readers_inbox_is_left_out(call: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY[:2], call, *_BODY[2:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_sentence_about_mail_in_an_inbox_stays() -> None:
    line = "Officials said forged invitations to the launch had reached the inboxes of several diplomats in Seoul."
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY[:2], line, *_BODY[2:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY[:2], line, *_BODY[2:]]


@pytest.mark.parametrize(
    "closing",
    [
        ["Have your say", "Keep it civil: comments that insult other readers are removed."],
        ["Did you find this article useful?", "Yes", "No"],
    ],
)
def test_a_have_your_say_heading_or_a_did_you_find_this_useful_request_ends_the_text(closing: list[str]) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, *closing])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_row_of_teasers_with_blurbs_that_outscores_a_short_article_is_not_chosen() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/n/{i}'>عنوان خبر آخر رقم {i} عن المنطقة</a></h3>"
        f"<p>ملخص قصير للخبر رقم {i}، مع فاصلة، وجملة أخرى، وكلمات تكفي ليبدو نثرا، ربما.</p></div>"
        for i in range(6)
    )
    text = _paragraphs([_LEAD, _BODY[0]])
    article = f"<div class='c1'><h1>إطلاق صاروخ باليستي جديد</h1><div class='x'>{text}</div></div>"
    got = _extracted(f"{article}<div class='more'>{cards}</div>")
    assert got.split("\n") == [_LEAD, _BODY[0]]


@pytest.mark.parametrize(
    "line",
    [
        "Image caption, The launch pad seen from the coast road",
        "Media caption, Residents describe the noise of the launch",
        "Photograph: Jane Roe/The Coast Times",
        "(AP Photo/Jane Roe)",
        "A post shared by Coast Times (@coasttimes)",
        "View this post on Instagram",
        "toggle caption",
        "Scroll to continue with content",
        "RELATED: Seoul raises its alert level",
        "WATCH: The launch from the coast",
        "Ad",
    ],
)
def test_news_page_captions_credits_embed_labels_and_controls_set_as_text_are_left_out(line: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], line, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


_LONG_NOTICE = _paragraphs(
    [
        "هذا الموقع مستقل، ولا يتلقى تمويلا من أي جهة حكومية أو حزبية، وتعبر مقالات الرأي فيه عن كتابها وحدهم، "
        "ولا يتحمل الموقع مسؤولية ما يرد فيها من آراء أو معلومات، ويحق للتحرير تعديل الرسائل واختصارها.",
        "ويرحب الموقع بملاحظات القراء، ويمكن التواصل مع فريق التحرير عبر صفحة الاتصال، وسنرد على الرسائل "
        "في أقرب وقت ممكن، مع الحرص على حماية بيانات المرسلين وعدم مشاركتها مع أي طرف ثالث.",
    ]
)


@pytest.mark.parametrize("where", ["rail", "below"])
def test_a_long_box_named_as_furniture_beside_or_below_a_short_article_is_not_chosen(where: str) -> None:
    article = (
        f"<div class='c1'><h1>إطلاق صاروخ باليستي جديد</h1><div class='x'>{_paragraphs([_LEAD, _BODY[0]])}</div></div>"
    )
    box = f"<div class='site-disclaimer'>{_LONG_NOTICE}</div>"
    page = f"<div class='row'>{article}<div class='c2'>{box}</div></div>" if where == "rail" else article + box
    got = _extracted(page)
    assert got.split("\n") == [_LEAD, _BODY[0]]


@pytest.mark.parametrize(
    "line",
    [
        "لمتابعة آخر الأخبار عبر تطبيق تلغرام اضغط هنا",
        "انضم إلى قناتنا على واتساب",
        "اشترك في قناتنا على يوتيوب",
        "تابعنا على جوجل نيوز",
        "حمّل تطبيق الموقع الآن",
        "للمزيد اضغط هنا",
        "مساحة إعلانية",
        "صورة أرشيفية",
        "تم النسخ",
        "شاهد الفيديو",
    ],
)
def test_arabic_calls_to_follow_click_or_get_the_app_and_page_labels_are_left_out(line: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], line, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "line",
    ["انضم الجيش إلى التدريبات التي بثت مقاطع منها على تلغرام.", "اشترك الجانبان في مناورات نشرت صورها على يوتيوب."],
)
def test_arabic_sentences_on_who_joined_or_took_part_stay(line: str) -> None:
    got = _extracted(f"<article>{_paragraphs([_LEAD, _BODY[0], line, *_BODY[1:]])}</article>")
    assert got.split("\n") == [_LEAD, _BODY[0], line, *_BODY[1:]]


@pytest.mark.parametrize("heading", ["Quellenangaben:", "المصادر والمراجع"])
def test_a_list_of_sources_under_the_text_ends_it(heading: str) -> None:
    sources = [f"{i} Coast Institute (202{i}): Launch sites report, volume {i}, pages 1 to 40." for i in range(1, 5)]
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, heading, *sources])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize("heading", ["About the writer", "نبذة عن الكاتب", "From our partners", "In other news"])
def test_a_heading_over_the_writers_note_or_other_sites_stories_ends_the_text(heading: str) -> None:
    under = [
        f"A sentence under the heading, number {i}, long enough to be taken for a paragraph of prose." for i in (1, 2)
    ]
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY])}<h3>{heading}</h3>{_paragraphs(under)}</article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_readers_comments_set_as_name_says_and_a_date_end_the_text() -> None:
    comments = "".join(
        f"<li><div><cite>{name}</cite> says:</div><div>May 3, 2021 at 10:0{i} am</div><p>{text}</p></li>"
        for i, (name, text) in enumerate(
            [
                ("Tom", "I watched the launch from the beach, and the noise was louder than the last one."),
                ("Ann", "Why does the ministry always wait two hours before it says anything at all?"),
            ]
        )
    )
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY])}<ol>{comments}</ol></article>")
    assert got.split("\n") == [_LEAD, *_BODY]


def test_a_quote_introduced_by_says_stays() -> None:
    quote = ["The minister says:", "We will answer every launch with a launch of our own."]
    got = _extracted(f"<article>{_paragraphs([_LEAD, *_BODY, *quote])}</article>")
    assert got.split("\n") == [_LEAD, *_BODY, *quote]


def test_a_box_named_header_that_holds_the_headline_and_its_lead_keeps_the_lead() -> None:
    lead = "تقرير خاص: بيونغ يانغ تختبر صاروخا جديدا وسط توتر متصاعد في شبه الجزيرة الكورية ومخاوف في طوكيو."
    article = (
        "<div class='page'>"
        f"<div class='header'><h1>إطلاق صاروخ باليستي جديد</h1><p class='intro'>{lead}</p></div>"
        f"<div class='post-body'>{_paragraphs([_LEAD, *_BODY])}</div></div>"
    )
    assert _extracted(article).split("\n") == [lead, _LEAD, *_BODY]
    # the site's own header: its name is a link and its tagline is no lead
    site = (
        "<div class='site-header'><h1><a href='/'>المرصد</a></h1>"
        "<p class='intro'>أخبار العالم على مدار الساعة من مراسلينا في كل مكان، كل يوم وكل ساعة.</p></div>"
    )
    article = f"<div class='page'>{site}<div class='post-body'>{_paragraphs([_LEAD, *_BODY])}</div></div>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_a_named_lead_in_a_box_of_its_own_right_under_the_body_is_kept() -> None:
    lead = "تقرير خاص: بيونغ يانغ تختبر صاروخا جديدا وسط توتر متصاعد في شبه الجزيرة الكورية ومخاوف في طوكيو."
    article = (
        f"<div class='header'><h1>إطلاق صاروخ باليستي جديد</h1><p class='standfirst'>{lead}</p></div>"
        f"<div class='post-body'>{_paragraphs([_LEAD, *_BODY])}</div>"
    )
    assert _extracted(article).split("\n") == [lead, _LEAD, *_BODY]


@pytest.mark.parametrize(
    "credit",
    [
        "(إعداد سلمى حداد للنشرة العربية - تحرير كريم منصور)",
        "(تغطية صحفية جين رو - إعداد سلمى حداد للنشرة العربية - تحرير كريم منصور)",
        "(Reporting by Jane Roe in Seoul; Additional reporting by Ken Ito; Editing by John Doe)",
    ],
)
def test_a_news_agency_staff_credit_closing_the_story_is_left_out(credit: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY, credit])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_a_sentence_that_opens_with_a_role_word_is_not_a_staff_credit() -> None:
    assert not is_wire_credit("(إعداد الخطة استغرق شهرين، وقال المسؤولون إنها ستنفذ في الربيع)")
    assert not is_wire_credit("Editing by hand is slow; reporting by phone is slower.")
    assert is_wire_credit("(إعداد سلمى حداد للنشرة العربية)")


@pytest.mark.parametrize(
    "control",
    [
        "الرئيسية » أخبار » دولية",
        "Home > World > Asia",
        "Startseite / Politik / Ausland",
        "حجم الخط: أ أ أ",
        "Text size + -",
    ],
)
def test_a_breadcrumb_trail_or_a_text_size_control_set_as_text_is_left_out(control: str) -> None:
    article = f"<article><div>{control}</div>{_paragraphs([_LEAD, *_BODY])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_a_sentence_that_opens_with_home_is_no_breadcrumb() -> None:
    assert not is_breadcrumb("Home / Office furniture sales fell by half this year, the survey says")
    assert not is_breadcrumb("الرئيسية » وزارة الخارجية قالت في بيان طويل صدر مساء الثلاثاء إن المحادثات ستستأنف قريبا")
    assert is_breadcrumb("الرئيسية » أخبار")


@pytest.mark.parametrize("count", ["عدد التعليقات: 2", "Number of comments: 2"])
def test_a_comment_count_set_as_a_field_ends_the_text(count: str) -> None:
    thread = (
        f"<div class='thread'><p>{count}</p><p>سامي</p>"
        "<p>خبر مهم جدا، ونرجو أن تتابعوا تطورات الموضوع في الأيام المقبلة بالتفصيل.</p></div>"
    )
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}{thread}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_an_arabic_note_that_the_article_speaks_for_its_writer_only_is_left_out() -> None:
    note = "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع."
    article = f"<article>{_paragraphs([_LEAD, *_BODY, note])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]
    quoted = "وقال المتحدث إن هذه التصريحات تعبر عن رأي صاحبها، وإن الحكومة لم تغير موقفها من المحادثات."
    article = f"<article>{_paragraphs([_LEAD, *_BODY, quoted])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY, quoted]


@pytest.mark.parametrize(
    "terms",
    [
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
)
def test_a_news_agency_terms_under_the_story_are_left_out(terms: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY, terms])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


_SIDE_NOTE = (
    "يقدم هذا الركن مختارات من تقارير الأسبوع، ويشرح خلفيات الأحداث الكبرى في المنطقة، ويضم روابط إلى ملفات سابقة "
    "عن البرامج الصاروخية والفضائية في شبه الجزيرة الكورية."
)


@pytest.mark.parametrize("role", ["complementary", "contentinfo"])
def test_a_block_whose_aria_role_sets_it_beside_or_over_the_article_is_left_out(role: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}<div role='{role}'><p>{_SIDE_NOTE}</p></div></article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_a_block_with_the_main_aria_role_stays() -> None:
    article = f"<div role='main'>{_paragraphs([_LEAD, *_BODY])}</div>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


_COMPANY_NOTE = [
    "About Example Space Systems",
    "Example Space Systems builds small launch vehicles and satellite buses, and has offices in three countries.",
    "Media contact: press office, telephone and mail on the company's site.",
]


@pytest.mark.parametrize("mark", ["(انتهى)", "//انتهى//", "(النهاية) ع ك", "###", "-30-", "— END —", "ENDS"])
def test_an_agency_end_mark_ends_the_text_and_what_follows_it_is_left_out(mark: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY[:2], mark, *_COMPANY_NOTE])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY[:2]]


def test_a_sentence_that_says_something_ended_stays() -> None:
    ended = "انتهى الاجتماع مساء أمس دون اتفاق على موعد الجولة المقبلة من المحادثات بين الجانبين."
    article = f"<article>{_paragraphs([_LEAD, ended, *_BODY])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, ended, *_BODY]


_READERS = [
    f"قارئ رقم {i}: نتابع هذه الأخبار منذ سنوات، ونرجو من الموقع نشر المزيد من التفاصيل عن الموضوع." for i in range(9)
]


@pytest.mark.parametrize("heading", ["5 تعليقات", "أضف تعليقاً", "9 Comments", "Kommentare (9)", "Leave a Reply"])
def test_a_comments_heading_with_a_count_or_a_call_ends_the_text_even_above_a_longer_thread(heading: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}<h3>{heading}</h3>{_paragraphs(_READERS)}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_a_one_word_commentary_heading_inside_the_article_stays() -> None:
    # The heading stands in the first half of the text: only a heading that can open nothing but comments ends it there.
    analysis = [
        f"{line} ويرى محللون أن هذا التطور يغير حسابات الأطراف في المنطقة رقم {i}." for i in range(2) for line in _BODY
    ]
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}<h3>Kommentar</h3>{_paragraphs(analysis)}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY, "Kommentar", *analysis]


@pytest.mark.parametrize("label", ["Related articles", "Comments", "Share this story", "Advertisement"])
def test_a_block_whose_accessible_name_names_furniture_is_left_out(label: str) -> None:
    article = (
        f"<article>{_paragraphs([_LEAD, *_BODY])}<section aria-label='{label}'><p>{_SIDE_NOTE}</p></section></article>"
    )
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_a_block_whose_accessible_name_names_the_article_stays() -> None:
    article = f"<section aria-label='Article text'>{_paragraphs([_LEAD, *_BODY])}</section>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize(
    "heading", ["إقرأ أيضاً", "قد يهمك", "الأكثر تداولاً", "مواد ذات صلة", "Popular now", "Most viewed"]
)
def test_more_ways_of_heading_other_stories_end_the_text(heading: str) -> None:
    others = ["كوريا الجنوبية تجري مناورات بحرية", "اليابان تطلق قمرا اصطناعيا جديدا", "روسيا تستقبل وفدا عسكريا"]
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}<h3>{heading}</h3><ol>"
    article += "".join(f"<li>{other}</li>" for other in others) + "</ol></article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize("name", ["commentlist", "commentArea", "commentbox"])
def test_readers_comments_in_a_block_named_with_a_glued_comment_word_are_left_out(name: str) -> None:
    thread = "".join(f"<li><b>قارئ {i}</b><p>{reader}</p></li>" for i, reader in enumerate(_READERS[:3]))
    article = f"<article>{_paragraphs([_LEAD, *_BODY])}<ol class='{name}'>{thread}</ol></article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize("heading", ["التعليقات", "Comments", "أخبار ذات صلة", "Related articles"])
def test_a_block_headed_as_comments_or_other_stories_is_neither_chosen_nor_gathered(heading: str) -> None:
    article = f"<div class='story'><h1>إطلاق صاروخ باليستي جديد</h1>{_paragraphs([_LEAD, _BODY[0]])}</div>"
    thread = "".join(f"<div><b>قارئ {i}</b><p>{reader}</p></div>" for i, reader in enumerate(_READERS[:6]))
    assert _extracted(f"{article}<div><h3>{heading}</h3>{thread}</div>").split("\n") == [_LEAD, _BODY[0]]


def test_a_block_after_the_article_headed_as_its_next_section_is_gathered() -> None:
    article = f"<div class='story'><h1>إطلاق صاروخ باليستي جديد</h1>{_paragraphs([_LEAD, _BODY[0]])}</div>"
    more = f"<div><h3>ردود الفعل الدولية</h3>{_paragraphs(_BODY[1:])}</div>"
    assert _extracted(article + more).split("\n") == [_LEAD, _BODY[0], "ردود الفعل الدولية", *_BODY[1:]]


def test_a_pictures_box_with_a_credit_and_a_caption_is_left_out() -> None:
    picture = (
        "<div class='pic'><a href='/images/1'><img src='/1.jpg'></a><div class='who'>وكالة الأنباء</div>"
        "<p>منصة الإطلاق كما ظهرت في صور الأقمار الاصطناعية صباح اليوم.</p></div>"
    )
    article = f"<article>{_paragraphs([_LEAD, _BODY[0]])}{picture}{_paragraphs(_BODY[1:])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


def test_two_sentences_of_their_own_beside_a_picture_stay() -> None:
    box = f"<div><div><p>{_BODY[0]}</p></div><div><div><img src='/1.jpg'></div></div><div><p>{_BODY[1]}</p></div></div>"
    article = f"<article>{_paragraphs([_LEAD])}{box}{_paragraphs(_BODY[2:])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize("field", ["الوسوم: كوريا، صواريخ", "Tags: North Korea, missiles", "Kategorie: Ausland"])
def test_a_labelled_tag_or_category_field_between_the_paragraphs_is_left_out(field: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, field, *_BODY])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize("label", ["كلمات دالة", "الوسوم", "إرسال", "الإبلاغ عن خطأ", "Report an error", "Loading..."])
def test_a_keywords_label_or_a_controls_word_alone_on_its_line_is_left_out(label: str) -> None:
    article = f"<article>{_paragraphs([_LEAD, _BODY[0], label, *_BODY[1:]])}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]


@pytest.mark.parametrize("heading", ["أخبار ذات صلة", "اقرأ أيضاً", "Related articles"])
def test_a_box_of_other_stories_with_blurbs_set_between_the_paragraphs_is_left_out(heading: str) -> None:
    blurbs = [
        "تقرير عن المناورات البحرية المشتركة في بحر اليابان وما قاله المسؤولون عنها أمس.",
        "تحليل لمسار البرنامج الفضائي في شبه الجزيرة خلال العقد الأخير وما ينتظره.",
    ]
    box = f"<div><h3>{heading}</h3>{_paragraphs(blurbs)}</div>"
    article = f"<article>{_paragraphs([_LEAD])}{box}{_paragraphs(_BODY)}</article>"
    assert _extracted(article).split("\n") == [_LEAD, *_BODY]

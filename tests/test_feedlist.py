"""The feed list: the bundled one is valid, and each kind of mistake is reported with file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.feedlist import FeedListError, default_feed_list_path, load_feed_list
from transforms.records import FeedSpec


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_feed_list_is_valid_and_broad() -> None:
    specs = load_feed_list(default_feed_list_path())
    assert len(specs) >= 20
    assert all(isinstance(s, FeedSpec) for s in specs)
    assert len({s.name for s in specs}) == len(specs), "feed names must be unique"
    assert all(s.url.startswith("https://") or s.url.startswith("http://") for s in specs)
    assert all(s.language == "ar" for s in specs)
    assert all(s.country and len(s.country) == 3 for s in specs)
    assert {s.owner_type for s in specs} == {"state", "public", "private"}
    outlets = {s.outlet for s in specs}
    for expected in ("Al Jazeera", "BBC Arabic", "RT Arabic", "Sputnik Arabic", "Yonhap News Agency (Arabic)"):
        assert expected in outlets
    # Russian and Korean sources are the ones most likely to report cooperation and launches first.
    assert {"RUS", "KOR"} <= {s.country for s in specs}


def test_defaults_and_optional_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[feeds]]
name = "one"
url = "https://example.org/rss"

[[feeds]]
name = "two"
url = "http://example.org/other.xml"
outlet = "Example"
country = "egy"
owner_type = "state"
language = "en"
""",
    )
    assert load_feed_list(path) == [
        FeedSpec(name="one", url="https://example.org/rss"),
        FeedSpec(
            name="two",
            url="http://example.org/other.xml",
            outlet="Example",
            country="EGY",
            owner_type="state",
            language="en",
        ),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[feeds]]\nurl = "https://a.example/rss"\n', "feed #2: missing name"),
        ('[[feeds]]\nname = "b"\n', r"feed #2 \(b\): missing url"),
        ('[[feeds]]\nname = "b"\nurl = "ftp://a.example/rss"\n', r"feed #2 \(b\): url must be an absolute http"),
        ('[[feeds]]\nname = "b"\nurl = "/local/rss.xml"\n', "url must be an absolute http"),
        ('[[feeds]]\nname = "b"\nurl = "file:///etc/passwd"\n', "url must be an absolute http"),
        ('[[feeds]]\nname = "b"\nurl = "https://a.example/rss"\nowner_type = "gov"\n', "owner_type must be one of"),
        ('[[feeds]]\nname = "b"\nurl = "https://a.example/rss"\ncountry = "EG"\n', "alpha-3"),
        ('[[feeds]]\nname = "b"\nurl = "https://a.example/rss"\nowner = "state"\n', r"unknown key\(s\) owner"),
        ('[[feeds]]\nname = "b"\nurl = 3\n', "url must be a string"),
        # The first entry's URL again, differing only in scheme, host case and a trailing slash.
        ('[[feeds]]\nname = "b"\nurl = "http://First.example/rss/"\n', r"duplicate url .*\(same as feed #1\)"),
    ],
)
def test_each_mistake_names_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, '[[feeds]]\nname = "a"\nurl = "https://first.example/rss"\n\n' + body)
    with pytest.raises(FeedListError, match=message) as info:
        load_feed_list(path)
    assert str(path) in str(info.value)


def test_file_level_problems(tmp_path: Path) -> None:
    with pytest.raises(FeedListError, match="no such feed list"):
        load_feed_list(tmp_path / "missing.toml")
    with pytest.raises(FeedListError, match="not valid TOML"):
        load_feed_list(write(tmp_path, "[[feeds]\nname = 'x'\n"))
    with pytest.raises(FeedListError, match=r"no \[\[feeds\]\] entries"):
        load_feed_list(write(tmp_path, 'title = "nothing here"\n'))


def test_dump_feed_list_round_trips(tmp_path: Path) -> None:
    from transforms.feedlist import dump_feed_list

    feeds = [
        FeedSpec(name='قناة "الأخبار"\\ج', url="https://example.org/rss?a=1&b=2", outlet="x", country="EGY"),
        FeedSpec(name="two", url="https://example.com/feed.xml", owner_type="state", language="ar"),
    ]
    path = tmp_path / "feeds.toml"
    path.write_text(dump_feed_list(feeds), encoding="utf-8")
    assert load_feed_list(path) == feeds

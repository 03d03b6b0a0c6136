"""Canonical article URLs: one key per article however the outlet, a feed or a share button wrote its address."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["InvalidURLError", "article_id", "canonicalize_url"]

MAX_URL_CHARS = 8_000

# Query parameters that say who shared a link, never which article it is.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "cmpid",
        "cmp",
        "s_cid",
        "xtor",
        "at_medium",
        "at_campaign",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "_ga",
        "_gl",
        "share",
        "amp",
    }
)
_TRACKING_PREFIXES = ("utm_", "hmb_", "__twitter", "mkt_", "pk_", "piwik_", "matomo_", "itm_", "vero_", "oly_")
_AMP_VALUES = frozenset({"", "1", "true", "yes", "amp"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters kept literal in a path / query component after decoding; everything else is percent-encoded.
_PATH_SAFE = ":@!$&'()*+,;=-._~"
_QUERY_SAFE = "/:@!$'()*+,;-._~?"
_HOST_OK = re.compile(r"^[a-z0-9.\-_:]+$")


class InvalidURLError(ValueError):
    """The string is not an absolute http(s) URL with a host."""


def _clean_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host:
        raise InvalidURLError("URL has no host")
    try:
        # Internationalised host names get one spelling: their punycode form.
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise InvalidURLError(f"invalid host name {host!r}") from exc
    if not _HOST_OK.match(host):
        raise InvalidURLError(f"invalid host name {host!r}")
    # amp.example.com serves the AMP copy of example.com's article; keep a bare "amp.com" as it is.
    while host.startswith("amp.") and "." in host[4:]:
        host = host[4:]
    if host.startswith("."):
        raise InvalidURLError("URL has no host")
    return host


def _encode_segment(segment: str) -> str:
    # Decode then re-encode so "/أخبار" and "/%D8%A3%D8%AE..." (either case of hex digits) give one key; bytes that
    # are not UTF-8 survive as the same %XX escapes, and an encoded slash stays encoded inside its segment.
    return quote(unquote(segment, errors="surrogateescape"), safe=_PATH_SAFE, errors="surrogateescape")


def _clean_path(path: str) -> str:
    for _ in range(8):  # AMP markers can be stacked ("x.amp.amp"): strip until nothing changes
        cleaned = _strip_amp_path(path)
        if cleaned == path:
            break
        path = cleaned
    return path


def _strip_amp_path(path: str) -> str:
    segments = [_encode_segment(seg) for seg in path.split("/")]
    # AMP variants: /amp/ segment anywhere, trailing /amp, and a ".amp" or ".amp.html" suffix.
    segments = [s for s in segments if s.lower() != "amp"]
    if segments:
        last = segments[-1]
        lowered = last.lower()
        if lowered.endswith(".amp"):
            segments[-1] = last[:-4]
        elif lowered.endswith(".amp.html"):
            segments[-1] = last[:-9] + ".html"
    joined = "/".join(segments)
    joined = re.sub(r"/{2,}", "/", joined)
    joined = joined.rstrip("/")
    if not joined.startswith("/"):
        joined = "/" + joined
    return "" if joined == "/" else joined


def _keep_param(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered == "amp":
        return value.lower() not in _AMP_VALUES
    if lowered in _TRACKING_PARAMS or _is_amp_output(name, value):
        return False
    return not lowered.startswith(_TRACKING_PREFIXES)


def _clean_query(query: str) -> str:
    pairs = [
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True, errors="surrogateescape")
        if _keep_param(name, value)
    ]
    pairs.sort()
    return urlencode(pairs, safe=_QUERY_SAFE, quote_via=quote, errors="surrogateescape")


def _is_amp_output(name: str, value: str) -> bool:
    return name.lower() in ("outputtype", "output") and value.lower() == "amp"


def canonicalize_url(url: str) -> str:
    """One spelling per article URL: lower-case scheme and host, no tracking, no AMP, sorted query, no fragment."""
    if not isinstance(url, str):
        raise InvalidURLError(f"URL must be a string, not {type(url).__name__}")
    url = url.strip()
    if not url:
        raise InvalidURLError("empty URL")
    if len(url) > MAX_URL_CHARS:
        raise InvalidURLError(f"URL longer than {MAX_URL_CHARS} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in url):
        raise InvalidURLError("URL contains control characters")
    try:
        url.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidURLError("URL is not valid Unicode text") from exc
    if url.startswith("//"):
        raise InvalidURLError("scheme-relative URL: resolve it against its page first")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidURLError(f"unparseable URL {url[:200]!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise InvalidURLError(f"not an http(s) URL: {url[:200]!r}")
    host = _clean_host(parts.hostname or "")
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _clean_path(parts.path)
    query = _clean_query(parts.query)
    if query and not path:
        path = "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id(canonical_url: str) -> str:
    """Stable short id of an article: the first 16 hex digits of the SHA-256 of its canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]

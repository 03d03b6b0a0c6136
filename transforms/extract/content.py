"""Finding the article in a cleaned tree: score the blocks that hold running text, pick the best, gather the
article's sibling blocks (split columns, a lead block beside the body), then drop what inside them is not article
text (link lists, teaser lists, cookie notices, site notices).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree
from lxml.html import HtmlElement

from transforms.extract.clean import cumulative_lengths, is_negative, is_positive, marker_of, tokens
from transforms.extract.common import arabic_letters, letters, lines_of, text_length, text_of, words_of
from transforms.extract.furniture import (
    COMMENT_HEADING,
    COMMENT_THREAD_CHARS,
    COMMENT_THREAD_HEADING,
    FURNITURE_LISTS,
    alternation,
    is_arabic_cookie_notice,
    is_breadcrumb,
    is_byline,
    is_credit_line,
    is_furniture_line,
    is_share_row,
    is_text_size_control,
    is_wire_credit,
)

__all__ = ["Article", "clean_lines", "find_article"]


# A label alone on its line: the page's controls and section marks.
_LINE_BOILERPLATE = re.compile(
    rf"^[\s\-–—|*\[(]*(?:{alternation('line_labels')})[\s:.،\-–—|*\])]*$",
    re.IGNORECASE,
)
# An advertisement's text marked as one by a label and a dash or a colon ("ANZEIGE - ...").
_AD_LINE = re.compile(rf"^(?:{alternation('ad_labels')})\s*[-–—:|]", re.I)
# Site notices that follow the article (comment policy, copyright): dropped only from the end of the text, since
# an article may well talk about comments or privacy.
_TRAILING_NOTICE = re.compile(
    r"التعليقات|الآراء الواردة|سياسة الخصوصية|شروط الاستخدام|جميع الحقوق محفوظة|حقوق النشر|©|copyright|"
    r"all rights reserved|"
    # a call to subscribe, to get the app or to follow the site
    r"\bsubscribe\b|\bnewsletter\b|abonnieren|\bsuscr[ií]b|subskrypcj|\babonnez|\babbonati|"
    r"\bdownload\b.*\bapps?\b|\bfollow us\b|folgen sie uns|"
    r"تابعونا|حمّل تطبيق|حمل تطبيق|"
    # a request to share the article
    r"(?:artikel|beitrag) (?:teilen|empfehlen)|share (?:this|the) (?:article|post|story|page)|"
    r"شارك (?:هذا )?(?:الخبر|المقال)|"
    # a picture credit or the text's licence
    r"^(?:titelbild|foto|fotos|photo|photos|bild|bilder|image|credits?|صورة|الصورة)\s*:|"
    # where the text comes from: "Quelle: dpa", "المصدر: وكالات"
    r"^(?:quellen?|quellenangaben|source|sources|fuente|fuentes|المصدر|المصادر)\s*:|\bcc[- ]by\b|creative commons",
    re.IGNORECASE,
)
# A short line about the comments ("Comments are closed.", "12 comments", "Show comments") is the page's; a sentence
# that mentions them ("Please let me know in the comments if you have questions.") is the writer's own last word.
_COMMENTS_NOTICE = re.compile(r"comments", re.IGNORECASE)
_COMMENTS_NOTICE_CHARS = 60
_CONTACT_LINE = 150
# A list this long at the end of the article is the article's (a byline and a category are one or two lines).
_LIST_ITEMS = 3
# "Follow the paper on Twitter and Facebook, send us a message on WhatsApp ...": longer, but only ever a site notice.
_FOLLOW_SOCIAL = re.compile(
    r"\b(?:follow|folgen|suivez|síguenos|seguici)\b.{0,60}\b(?:twitter|facebook|instagram|telegram|whatsapp|youtube)\b|"
    r"تابعو[ان]ا?\b.{0,60}(?:تويتر|فيسبوك|فيس بوك|إنستغرام|تلغرام|يوتيوب)|"
    # the site's own channel: "our YouTube channel", "nuestro canal de YouTube", "unser WhatsApp-Kanal", "قناتنا على"
    r"\b(?:our|nuestro|notre|unser(?:em|en)?)\b.{0,20}\b(?:channel|canal|chaîne|kanal)\b|"
    r"\b(?:youtube|telegram|whatsapp|instagram)-?(?:channel|kanal)\b|"
    r"(?:channel|canal|chaîne|kanal)\b.{0,10}\b(?:youtube|telegram|whatsapp|instagram|tiktok)\b|"
    r"قناتنا (?:على|في)",
    re.IGNORECASE,
)
# The same call opening its line ("Follow us on Telegram for the latest", "تابعونا على تويتر"): the site's, wherever
# it stands, in lines up to _FOLLOW_CALL_CHARS long (a sentence that only mentions following someone does not open
# with the imperative).
_FOLLOW_CALL = re.compile(
    r"^\W*(?:follow|folgen sie|folge|suivez|síguenos|seguici|join us|"
    r"تابعونا|تابعوا|تابعنا|لمتابعة|يمكنكم متابعة|"
    # "انضم" and "اشترك" also report who joined or took part: only with the site's channel after them
    r"انضم(?:وا)? (?:إلى|الى|ل) ?(?:قناتنا|قناة|مجموعتنا|حسابنا)|"
    r"اشترك(?:وا)? (?:في|ب) ?(?:قناتنا|قناة|حسابنا))\b.{0,80}"
    r"(?:twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|google news|"
    r"تويتر|فيسبوك|فيس بوك|إنستغرام|انستغرام|تلغرام|تيليجرام|يوتيوب|واتساب|تيك توك|جوجل نيوز|غوغل نيوز)|"
    # a call to click or to get the site's app ("اضغط هنا لمتابعة ...", "حمّل تطبيق الموقع")
    r"^\W*(?:حمل|حمّل|نزل|نزّل) تطبيق|^.{0,150}?(?:اضغط|انقر) هنا",
    re.IGNORECASE,
)
_FOLLOW_CALL_CHARS = 200
# A call to get the site's mail ("Get our morning briefing delivered to your inbox", "Jetzt anmelden und die News
# direkt ins Postfach bekommen", "اشترك ليصلك ... إلى بريدك"): a verb of signing up or getting, and the reader's
# inbox. Left out wherever it stands, in lines up to _NOTICE_LINE characters.
_INBOX_CALL = re.compile(
    r"\b(?:sign up|subscribe|register|get|delivered|sent|straight|direct(?:ly)?)\b.{0,80}"
    r"\b(?:to|in|into) your (?:e-?mail )?inbox\b|"
    r"\b(?:anmelden|abonnieren|erhalten|bekommen|kostenlos)\b.{0,80}\b(?:in|ins) (?:ihr|dein|euer)? ?"
    r"(?:e-mail-)?postfach\b|"
    r"(?:اشترك|سجل|احصل|ليصلك|يصلك).{0,80}(?:إلى|الى|في) بريدك",
    re.IGNORECASE,
)
_LINE_END = re.compile(
    r"[.!?؟。…\"»”“’‘›‹)\]！？）」』]\s*$"
)  # German closing quotes (“ ‘ ‹) and the full-width marks of Chinese and Japanese
# A year in a short line: "7. Oktober 2020", "Veröffentlichung: 2. Februar 2022", "12/03/2019 10:45".
_DATE_LINE = re.compile(r"\b(?:19|20)\d\d\b")
# The page's dateline block near the top: a label ("Published", "Ultima modifica", "آخر تحديث") alone on its line, or
# a line that is only a date or a time ("19 Febbraio 2020", "12:02").
_DATE_LABEL = re.compile(
    r"^(?:published|updated|last (?:updated|modified)|veröffentlicht|aktualisiert|zuletzt aktualisiert|"
    r"pubblicato|aggiornato|ultima modifica|publicado|actualizado|publié|mis à jour|"
    r"نشر|تاريخ النشر|آخر تحديث|تم التحديث)(?: (?:on|am|il|el|le|في|on the))?[\s:.،]*$",
    re.IGNORECASE,
)
# How long the article takes to read, shown above it.
_READING = (
    r"reading time|read time|estimated reading time|lesezeit|lesedauer|tiempo de lectura|temps de lecture|"
    r"tempo di lettura|مدة القراءة|وقت القراءة|زمن القراءة"
)
_MINUTES = r"(?:ca\.?\s*|about\s*)?\d+\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti|دقيقة|دقائق)"
_READING_LABEL = re.compile(rf"^(?:{_READING})\s*:?$", re.IGNORECASE)
_READING_VALUE = re.compile(rf"^{_MINUTES}[\s.]*$", re.IGNORECASE)
# A bare "5 min" is a reading time only after its label: a recipe's "30 min" stays.
_READING_TIME = re.compile(
    rf"^(?:(?:{_READING}|قراءة)\s*:?\s*{_MINUTES}|{_MINUTES}\s*(?:read|reading|to read|lesezeit|lesedauer|"
    r"lesen|de lectura|lecture|di lettura|للقراءة|قراءة))[\s.]*$",
    re.IGNORECASE,
)
# A post's labelled fields ("Tags: ...", "Kategorie: ...", "الوسوم: ..."): metadata wherever they stand.
_POST_FIELD = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for w in FURNITURE_LISTS['post_meta_openings'] if w.endswith(':'))})", re.IGNORECASE
)
_FIELD_LINE = 150
_TIME_OR_DATE = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:19|20)\d\d\b")
# A note that only readers who sign in may comment, or the placeholder of an embed that loads on a click: two words
# close together (furniture.yaml), in lines up to _NOTICE_LINE characters, wherever they stand.
_COMMENT_WORD = re.compile(alternation("comment_words"), re.IGNORECASE)
_SIGN_IN_WORD = re.compile(alternation("sign_in_words"), re.IGNORECASE)
_EMBED_CONTENT = re.compile(alternation("embed_content_words"), re.IGNORECASE)
_EMBED_LOAD = re.compile(alternation("embed_load_words"), re.IGNORECASE)
_NOTICE_WINDOW = 60
_NEWSLETTER_WORD = re.compile(alternation("newsletter_words"), re.IGNORECASE)
_SIGNUP_WORD = re.compile(alternation("signup_words"), re.IGNORECASE)
# A note on the writer among the text's last lines: a capitalised name of two to four words, a verb of being and a
# word for the writer's trade.
_BIO = re.compile(
    rf"^(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w.'’-]*,?\s+(?i:{alternation('bio_verbs')})\b"
    rf".*\b(?i:{alternation('bio_roles')})\b"
)
_BIO_CHARS = 600


# A post's metadata line and what the site says about comments, among the text's last lines.
_POST_META = re.compile(rf"^(?:{alternation('post_meta_openings')})", re.IGNORECASE)
_COMMENT_POLICY = re.compile(alternation("comment_policy_phrases"), re.IGNORECASE)


def _near(line: str, first: re.Pattern[str], second: re.Pattern[str]) -> bool:
    """A word of `first` with a word of `second` within _NOTICE_WINDOW characters of it."""
    for found in first.finditer(line):
        if second.search(line, max(0, found.start() - _NOTICE_WINDOW), found.end() + _NOTICE_WINDOW):
            return True
    return False


def _is_sign_in_or_embed_notice(line: str) -> bool:
    """ "You must be logged in to post a comment", "Klicken Sie, um den Inhalt von example.org zu laden"."""
    return (
        _near(line, _COMMENT_WORD, _SIGN_IN_WORD)
        or _near(line, _EMBED_CONTENT, _EMBED_LOAD)
        or _near(line, _NEWSLETTER_WORD, _SIGNUP_WORD)
    )


# Wording only a site notice uses, whatever the length of the line.
_SITE_NOTICE = re.compile(
    r"الآراء الواردة|إرشادات الاستخدام|سياسة الخصوصية|شروط الاستخدام|جميع الحقوق محفوظة|حقوق النشر|"
    r"all rights reserved|terms of use|privacy policy|"
    # how the site stores what readers send through its contact form
    r"(?:angaben|daten) aus dem (?:anfrage|kontakt)formular|(?:details|data) from the (?:inquiry|enquiry|contact) form|"
    + alternation("copyright_phrases"),
    re.IGNORECASE,
)
# What only the site says about itself, never the article: a disclaimer on its authors' opinions or its reprint
# rights (left out wherever it stands), and a call to support, donate to or pay for the site (left out from the
# second half of the text: above, the same words are more likely the article's own). Both only in lines up to
# _NOTICE_LINE characters: a longer paragraph may well be about opinions or donations.
_DISCLAIMER_PHRASES = (
    r"(?:opinions|views) expressed (?:in|on|by|here)\b.{0,80}\b(?:(?:are|is) (?:solely )?(?:those|that) of|"
    r"do(?:es)? not necessarily|belong)",
    r"not necessarily (?:reflect|represent) the (?:views|opinions?|position) of (?:the )?(?:editors|publisher|site)",
    r"(?:is|are) not responsible for (?:the )?(?:opinions|views|content)\b",
    r"copyrighted property",
    r"n.engagent que (?:leurs|son|ses) auteurs?",
    r"gibt (?:die|eine) meinung (?:des|der) (?:autors|autorin|verfassers)",
    r"nicht (?:notwendigerweise|unbedingt) die (?:meinung )?der redaktion",
    r"no (?:necesariamente )?refleja[n]? (?:la|el) (?:opinión|posición|punto de vista) de(?:l)? "
    r"(?:medio|diario|editor)",
    r"الآراء الواردة",
    r"لا (?:تعبر|تمثل|يعبر|يمثل) (?:بالضرورة )?(?:عن )?(?:رأي|وجهة نظر|سياسة) "
    r"(?:الموقع|الصحيفة|الجريدة|المجلة|القناة|الشبكة|التحرير)",
    r"^(?:هذا |هذه )?(?:المقال|المقالة|المقالات|مقالات الرأي|المادة|ما ينشر|الآراء)\b.{0,40}(?:يعبر|تعبر) عن "
    r"(?:رأي|وجهة نظر|آراء) (?:كاتبه|كاتبها|كاتبيها|كتابها|صاحبه|صاحبها|أصحابها)",
)
_SUPPORT_PHRASES = (
    r"support(?:ing)? (?:our work|our journalism|independent journalism)",
    r"consider supporting us",
    r"we need your (?:help|support)\b|help us (?:continue|keep)\b",
    r"become a (?:patron|supporter|paying member)",
    r"jede (?:kleine )?spende hilft",
    r"unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)",
    r"unterstütze (?:uns|unser\w* (?:arbeit|magazin|projekt|blog))",
    r"unterstütze \w+ (?:bereits |schon )?(?:mit|ab) (?:\d|einem)",  # "Unterstütze X mit 2,50 €": a sum asked for
    r"(?:unsere|meine) arbeit (?:zu )?unterstützen|durch eine spende unterstützen|unterstützungsmöglichkeiten",
    r"brauchen wir (?:deine|eure) unterstützung|supporte uns",  # the reader addressed as "du": not a quote
    r"gefällt (?:dir|ihnen|euch) unser\w* \w+\?|(?:dir|ihnen|euch) gefällt unser\w* \w+\?",
    r"(?:dir|ihnen|euch) hat (?:der|dieser) (?:artikel|beitrag) gefallen\?",
    r"jetzt spenden|spenden sie jetzt",
    r"apóyanos|apoya (?:el|nuestro) periodismo",
    r"periodismo independiente necesita|con tu apoyo,? (?:seguiremos|podemos|podremos)",
    r"hazte (?:miembro|socio|suscriptor)",
    r"wesprzyj nas",
    r"soutenez(?:-nous| notre (?:travail|journalisme))",
    r"faites un don",
    r"cancel (?:anytime|at any time)|cancela cuando quieras|jederzeit kündbar|résiliable à tout moment",
    r"ادعم(?:وا)? (?:الموقع|الصحيفة|صحافتنا)",
    r"تبرع(?:وا)? (?:للموقع|لنا)",
)
_DISCLAIMER = re.compile("|".join(_DISCLAIMER_PHRASES), re.IGNORECASE)
# Affiliate-link notes and prompts for subscribers: plain phrases, looked for as substrings of the folded line (a
# long alternation of literals is several times slower in the regular expression engine).
_AFFILIATE_OR_PAYWALL = tuple(FURNITURE_LISTS["affiliate_and_paywall_phrases"])
# Any first word of those notes at the start of a word, in the folded line (the lists are lower case): one pass
# rules most lines out.
_SITE_NOTE_WORD = re.compile(
    rf"\b(?:{alternation('affiliate_and_paywall_phrases')}|{alternation('comment_words')}|"
    rf"{alternation('embed_content_words')}|{alternation('newsletter_words')})"
)


def _is_site_note(line: str) -> bool:
    """An affiliate-link note, a prompt for subscribers, a note that only signed-in readers may comment or an
    embed's click-to-load placeholder."""
    folded = line.casefold()
    if _SITE_NOTE_WORD.search(folded) is None:
        return False
    return any(phrase in folded for phrase in _AFFILIATE_OR_PAYWALL) or _is_sign_in_or_embed_notice(line)


# The publication advertising itself: its print issue, its app or a trial of its paid offer ("The new issue is at
# every kiosk and as an e-paper", "Try our Plus subscription free for a month"). Left out from the second half of
# the text, in lines up to _NOTICE_LINE characters: above, an article may well be about a magazine's new issue.
_PROMOTION = re.compile(rf"(?<!\w)(?:{alternation('promotion_phrases')})(?!\w)", re.IGNORECASE)
_SUPPORT = re.compile("|".join(_SUPPORT_PHRASES), re.IGNORECASE)
# Two calls for support among the last lines of the text make them a box after the article, left out whole.
_SUPPORT_BOX_CALLS = 2
_SUPPORT_BOX_LINES = 8
_NOTICE_LINE = 300
# A picture's caption or credit set as a line of text: a label opening it ("Abbildung 4:", "Fig. 2:", "صورة:") or a
# credit closing it ("© Name/agency.example"). Left out wherever it stands, in lines up to _NOTICE_LINE characters.
_LABELS = alternation("caption_labels")
_CAPTION = re.compile(
    r"^\(?(?:" + _LABELS + r")\s*\d*\s*[:|]|\((?:" + _LABELS + r")\s*:[^()]{1,60}\)$|©\s*(?:[^.!?؟©]|\.(?=\S)){0,60}$|"
    # a player's or a picture's label before a comma ("Image caption, ...", "Media caption, ...", "Image source, ...")
    r"^(?:image|media|video) (?:caption|source)\s*,|"
    # the credit line of an embedded post ("A post shared by Name (@handle)")
    r"^a post shared by\b.{0,80}\(@[\w.]+\)$",
    re.IGNORECASE,
)
# A picture's credit set as a line of its own: a photo agency or a picture's licence alone, after a slash or a bar
# ("Name/Getty Images", "Caption. | Name/Getty Images"), or before a photographer's name ("PAP/ Name").
_CREDIT_CHARS = 80
_CREDIT_NAME = alternation("credit_names")
_CREDIT = re.compile(
    rf"^(?:.{{0,60}}\|\s*)?(?:[\w .'-]{{0,40}}\s*[/|]\s*)?\(?(?:{_CREDIT_NAME})\)?$|"
    rf"^\(?(?:{_CREDIT_NAME})\)?\s*/\s*[\w .'-]{{1,40}}$",
    re.IGNORECASE,
)
# A heading that opens the "more to read" part after an article: the rest of the text is not the article.
_MORE_HEADING = re.compile(
    rf"^(?:{alternation('more_headings')}|"
    # (the forms with a choice inside them; the plain ones are in furniture.yaml)
    r"related(?: (?:posts|articles|stories|news))?|read (?:also|more|next)|more (?:from|on|stories|news)\b.*|"
    r"you (?:may|might) also like.*|recommended(?: for you)?|"
    r"(?:das )?könnte (?:sie|dich|euch) auch interessieren|schon gelesen\??|"
    r"mehr zu(?:m)? (?:thema|diesem thema)|weitere (?:artikel|beiträge|themen|nachrichten|news)\b.*|"
    r"top[- ]themen.*|über (?:den|die) autor(?:in)?|"
    r"(?:war|fandest du) (?:der|den|dieser|diesen) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|"
    r"was this (?:article|post|page) helpful\??|did you find this (?:article|post|page|story) (?:useful|helpful)\??|"
    r"(?:à|a) lire aussi|articles? (?:similaires|liés)|"
    # the neighbouring articles
    r"(?:vorschau auf den )?nächsten? (?:artikel|beitrag)|vorheriger? (?:artikel|beitrag)|"
    r"(?:next|previous) (?:article|post|story)|article (?:suivant|précédent)|(?:siguiente|anterior) (?:artículo|nota)|"
    r"المقال (?:التالي|السابق)|الخبر (?:التالي|السابق))[\s:.!،]*$",
    re.IGNORECASE,
)
# A heading that opens the contact block under a press release: the rest goes when it is only short lines (names,
# addresses, links), not when a paragraph follows.
_CONTACT_HEADING = re.compile(
    r"^(?:(?:weitere|zusatz|mehr) ?informationen|kontakt|pressekontakt|(?:for )?(?:more|further) information|"
    r"contact(?: us)?|media contact|para más información|للتواصل|للمزيد من المعلومات)[\s:.!،]*$",
    re.IGNORECASE,
)
# A pointer to another article set inside the text: a label, a colon or a bar, and that article's headline ("MIRA:
# ...", "Read also | ...", "اقرأ أيضا: ..."). Left out wherever it stands, in lines up to _POINTER_CHARS characters.
_POINTER_LABELS = FURNITURE_LISTS["pointer_labels"]
_POINTER_CHARS = 200
_POINTER_LINE = re.compile(r"^(?:" + "|".join(map(re.escape, _POINTER_LABELS)) + r")\s*[:|»]\s*\S", re.IGNORECASE)
# A badge that says who checked the article ("Medically reviewed by Dr. Jane Roe", "Faktencheck: geprüft von ..."):
# a line that opens with these words, up to _REVIEW_BADGE_CHARS long.
_REVIEW_BADGE = re.compile(rf"^(?:{alternation('review_badges')})\b", re.IGNORECASE)
_REVIEW_BADGE_CHARS = 200
# A cookie notice set as a line of the text: the site saying that it uses cookies. Left out wherever it stands, in
# lines up to _NOTICE_LINE characters.
_COOKIE_PHRASES = (
    r"\b(?:we|wir) (?:use|verwenden|nutzen|setzen) (?:\w+ ){0,2}cookies\b",
    r"\b(?:this|our) (?:web)?site uses cookies\b|\bdiese (?:web)?seite (?:verwendet|nutzt) cookies\b",
    r"\bnous utilisons (?:des )?cookies\b|\bce site utilise des cookies\b",
    r"\b(?:utilizamos|usamos) (?:\w+ ){0,2}cookies\b|\beste sitio (?:web )?(?:utiliza|usa) cookies\b",
    r"\b(?:usiamo|utilizziamo) (?:i )?cookie\b|\bquesto sito (?:utilizza|usa) (?:i )?cookie\b",
    r"\b(?:korzystamy z|używamy) (?:plików )?cookies?\b",
    r"\bcookies? (?:zu|zustimmen|akzeptieren)\b|\bconsent to (?:the use of )?cookies\b",
    r"نستخدم (?:ملفات )?(?:تعريف الارتباط|الكوكيز)|يستخدم (?:هذا )?الموقع (?:ملفات )?(?:تعريف الارتباط|الكوكيز)",
)
_COOKIE_LINE = re.compile("|".join(_COOKIE_PHRASES), re.IGNORECASE)
# A cookie or consent notice: the word and a request to accept, in a short block.
_COOKIE = re.compile(r"\bcookies?\b|\bcookie-", re.IGNORECASE)
_ACCEPT = re.compile(
    r"accept|agree|akzeptier|zustimm|einverstanden|accepter|aceptar|accetta|consent|einwillig|privacy|datenschutz",
    re.IGNORECASE,
)
_DATELINE_CHARS = 60
# How far down the text a byline is looked for: under the headline, a kicker or a date.
_BYLINE_LINES = 3
# A lead set apart above the article body: the names sites give it, how far up from the body it may sit, its size.
_LEAD_NAMES = frozenset(FURNITURE_LISTS["lead_names"])
_LEAD_LEVELS = 5
_LEAD_CHARS = (60, 1_000)
# A lead with no name: the paragraph right above the body in the page's order, with at most this much text between
# them (a byline, a date, a picture credit) and within this many levels above the first block.
_LEAD_GAP = 250
_UNNAMED_LEAD_LEVELS = 8
# The share of the lead's words found in the page's description (meta description, og:description).
_DESCRIBED_SHARE = 0.6
# What follows the last horizontal rule of a block is notes set apart from the article when it is at most this share
# of the block's text. (_RULE marks the rule's place among the lines: a character no page text holds.)
_CLOSING_NOTES_SHARE = 0.15
_RULE = "\ue000hr\ue000"
# How far up, and how pure in running text, a wider choice may be.
_MAX_PROMOTION_LEVELS = 8
_PROMOTION_PURITY = 0.6
_SENTENCE_END = re.compile(r"[.!?؟。…:\"»”！？]\s*$")
_TAG_WEIGHT = {
    "div": 1.0,
    "article": 1.3,
    "section": 1.0,
    "main": 1.1,
    "td": 0.9,
    "pre": 0.9,
    "blockquote": 0.9,
    "form": 0.5,
    "ul": 0.6,
    "ol": 0.6,
    "li": 0.5,
    "dl": 0.6,
    "dd": 0.6,
    "table": 0.8,
    "body": 0.7,
}


@dataclass(frozen=True)
class Article:
    """The article's lines and how sure the choice is."""

    lines: list[str]
    score: float  # the chosen block's score: about one point per paragraph of prose
    blocks: int  # how many sibling blocks were gathered
    share: float  # the chosen blocks' share of the running text left on the page after cleaning


def _paragraph_score(text: str) -> float:
    arabic = arabic_letters(text)
    # Prose scores: commas, length and Arabic letters; lists of headlines have none of them.
    commas = text.count("،") + text.count(",") + text.count("、") + text.count("，")
    return 1 + commas + min(len(text) / 100, 3) + min(arabic / 100, 3)


def _link_chars(el: HtmlElement) -> int:
    return sum(text_length(a) for a in el.iter("a"))


def _link_density(el: HtmlElement, length: int) -> float:
    if length == 0:
        return 1.0
    return min(1.0, _link_chars(el) / length)


class _Scorer:
    def __init__(self, texts: dict[HtmlElement, str]) -> None:
        self.texts = texts
        self.raw: dict[HtmlElement, float] = {}
        self.lengths: dict[HtmlElement, int] = {}
        self.sums = cumulative_lengths(texts)
        for node, text in texts.items():
            score = _paragraph_score(text)
            parent = node.getparent()
            if parent is None:
                continue
            self.raw[parent] = self.raw.get(parent, 0.0) + score
            grand = parent.getparent()
            if grand is not None:
                self.raw[grand] = self.raw.get(grand, 0.0) + score / 2
        self.rail: dict[HtmlElement, bool] = {}
        self.adjusted: dict[HtmlElement, float] = {}
        for el, raw in self.raw.items():
            self.adjusted[el] = raw * self._weight(el)

    def _weight(self, el: HtmlElement) -> float:
        length = self.length(el)
        weight = _TAG_WEIGHT.get(el.tag, 1.0) * (1 - _link_density(el, length))
        negative = is_negative(el)
        if negative:
            weight *= 0.8 if negative == 1 else 0.5
        elif is_positive(el):
            weight *= 1.25
        if el.tag == "article" or _inside_article(el):
            weight *= 1.2
        parent = el.getparent()
        if parent is not None and self.in_rail(parent):
            weight *= _IN_RAIL_WEIGHT
        return weight

    def in_rail(self, el: HtmlElement) -> bool:
        """`el` or one of its ancestors is a rail or a box named as furniture that cleaning left in place for its
        size: the text inside it is less likely the article's than the same text elsewhere."""
        path: list[HtmlElement] = []
        node: HtmlElement | None = el
        found = False
        while node is not None and node.tag not in ("body", "html"):
            known = self.rail.get(node)
            if known is not None:
                found = known
                break
            path.append(node)
            if node.tag in _SIDE_TAGS or is_negative(node) >= 2:
                found = True
                break
            node = node.getparent()
        for seen in path:
            self.rail[seen] = found
        return found

    def paragraph_chars(self, el: HtmlElement) -> int:
        """Characters of running text inside an element."""
        return self.sums.get(el, 0)

    def length(self, el: HtmlElement) -> int:
        if el not in self.lengths:
            self.lengths[el] = text_length(el)
        return self.lengths[el]


def _inside_article(el: HtmlElement) -> bool:
    node = el.getparent()
    for _ in range(8):
        if node is None:
            return False
        if node.tag == "article":
            return True
        node = node.getparent()
    return False


# CSS grid classes that give a column's width: "col-md-8", "col-4", "span4", "large-8", "uk-width-medium-2-3"; for
# each, the screen size it applies from (the widest one present describes the page as a desktop reader sees it).
_BREAKPOINTS = {"xs": 0, "sm": 1, "small": 1, "md": 2, "medium": 2, "lg": 3, "large": 3, "xl": 4, "xlarge": 4, "xxl": 5}
_GRID_COLUMNS = 12
# A column at most this share of the row's width beside one of at least _WIDE_COLUMN is a rail, not more article.
_NARROW_COLUMN = 0.34
_WIDE_COLUMN = 0.5


@lru_cache(maxsize=4096)
def _grid_share(cls: str) -> float | None:
    """The share of its row's width that a grid class gives a column (0 to 1), or None if it names no width."""
    found: tuple[int, float] | None = None
    for word in cls.split():
        parts = tokens(word)
        share: float | None = None
        size = 0
        if len(parts) >= 2 and parts[0] in ("col", "span", "grid") and parts[-1].isdigit():
            size = _BREAKPOINTS.get(parts[1], 0) if len(parts) == 3 else 0
            share = int(parts[-1]) / _GRID_COLUMNS if len(parts) <= 3 else None
        elif len(parts) == 2 and parts[0] in _BREAKPOINTS and parts[1].isdigit():
            size, share = _BREAKPOINTS[parts[0]], int(parts[1]) / _GRID_COLUMNS
        elif len(parts) >= 4 and parts[:2] == ("uk", "width") and parts[-1].isdigit() and parts[-2].isdigit():
            size = _BREAKPOINTS.get(parts[2], 0) if len(parts) == 5 else 0
            share = int(parts[-2]) / int(parts[-1]) if int(parts[-1]) else None
        if share is not None and 0 < share <= 1 and (found is None or size >= found[0]):
            found = (size, share)
    return None if found is None else found[1]


def _column_share(el: HtmlElement) -> float | None:
    cls = el.get("class")
    return _grid_share(cls) if cls else None


def _is_rail_beside(el: HtmlElement, column: float | None) -> bool:
    """`el` is a narrow grid column beside a wide one (`column`: the wide one's share): a rail."""
    if column is None or column < _WIDE_COLUMN:
        return False
    share = _column_share(el)
    return share is not None and share <= _NARROW_COLUMN


def _promote(best: HtmlElement, scorer: _Scorer) -> HtmlElement:
    """Widen the choice to an ancestor while the ancestor adds running text and is itself mostly running text:
    an article cut into several blocks (columns, text widgets, a lead above the body) is gathered whole."""
    chosen = best
    have = scorer.paragraph_chars(best)
    child, node = best, best.getparent()
    for _ in range(_MAX_PROMOTION_LEVELS):
        if node is None or node.tag in ("body", "html") or is_negative(node) >= 2:
            break
        if _in_grid_row(child, node, scorer):
            break  # the chosen text fills a wide column; what the row adds is in the rails beside it
        more = scorer.paragraph_chars(node)
        # An <article> element that adds any running text (a lead in its header) is the article itself.
        if more > have * 1.1 + 50 or (node.tag == "article" and more > have):
            length = scorer.length(node)
            if length == 0 or more / length < _PROMOTION_PURITY or _link_density(node, length) > 0.3:
                break
            enough = _FURNITURE_ADDED * (more - have)
            if _added_by_furniture(node, child, scorer, enough) > enough:
                break  # what the ancestor adds is a rail or a box its names mark as furniture, kept for its size
            chosen, have = node, more
        child, node = node, node.getparent()
    return chosen


# Blocks that cleaning left in place only because they hold much of the page's text (a sidebar with a long text
# widget beside a short article): the layout tag or a strong furniture name still tells what they are.
_SIDE_TAGS = frozenset({"aside", "nav", "footer"})
_FURNITURE_ADDED = 0.5
_IN_RAIL_WEIGHT = 0.5


def _added_by_furniture(node: HtmlElement, child: HtmlElement, scorer: _Scorer, enough: float) -> int:
    """Running text in the children of `node` beside `child` that are rails or boxes marked as furniture, or that
    hold such boxes (an unnamed column around a sidebar's long disclaimer); counted until it is over `enough`."""
    total = 0
    others = []
    for other in node:
        if other is child or not isinstance(other.tag, str) or not scorer.paragraph_chars(other):
            continue
        if other.tag in _SIDE_TAGS or is_negative(other) >= 2 or _list_of_boxes(other, scorer):
            total += scorer.paragraph_chars(other)
        else:
            others.append(other)
    # the boxes inside the other children, only when the children named as furniture do not settle it
    for other in others:
        if total > enough:
            break
        total += _furniture_inside(other, scorer)
    return total


# How deep below a column its rail's boxes are looked for (a wrapper or two around the widgets).
_FURNITURE_LEVELS = 3


def _furniture_inside(el: HtmlElement, scorer: _Scorer) -> int:
    """Running text inside the outermost boxes a few levels below `el` that are rails or named as furniture."""
    total = 0
    stack = [(c, 1) for c in el if isinstance(c.tag, str)]
    while stack:
        node, level = stack.pop()
        chars = scorer.paragraph_chars(node)
        if not chars:
            continue
        if node.tag in _SIDE_TAGS or is_negative(node) >= 2:
            total += chars
        elif level < _FURNITURE_LEVELS:
            stack.extend((c, level + 1) for c in node if isinstance(c.tag, str))
    return total


def _list_of_boxes(el: HtmlElement, scorer: _Scorer) -> bool:
    """Most of the block's running text sits in the items of lists of three or more, each item with a heading of its
    own: a rail of widgets, a list of readers' comments."""
    have = scorer.paragraph_chars(el)
    listed = 0
    for lst in el.iter("ul", "ol"):
        chars = scorer.paragraph_chars(lst)
        if not chars:
            continue  # a menu or a list of links: no running text to weigh
        headed = 0
        for item in lst:
            if item.tag == "li" and (item.find(".//cite") is not None or _has_heading(item)):
                headed += 1
                if headed == _BOXES:
                    listed += chars
                    break
        if listed >= 0.5 * have:
            return have > 0
    return False


_BOXES = 3
_HEADING_TAGS = ("h2", "h3", "h4", "h5")


def _has_heading(el: HtmlElement) -> bool:
    return next(el.iter(_HEADING_TAGS), None) is not None


def _in_grid_row(child: HtmlElement, row: HtmlElement, scorer: _Scorer) -> bool:
    """`child` is a wide grid column of `row` with a narrow column beside it that holds running text."""
    column = _column_share(child)
    return column is not None and any(
        other is not child and scorer.paragraph_chars(other) and _is_rail_beside(other, column) for other in row
    )


def _is_prose(el: HtmlElement, scorer: _Scorer) -> bool:
    """A sibling block that reads like article text: mostly paragraphs, few links, not furniture."""
    if is_negative(el) or el.tag in ("ul", "ol", "table", "form", "h1"):
        return False
    length = scorer.length(el)
    if length == 0:
        return False
    density = _link_density(el, length)
    paragraphs = scorer.paragraph_chars(el)
    if paragraphs >= 80 and paragraphs >= 0.5 * length and density < 0.25:
        return not _list_of_boxes(el, scorer)
    return length < 80 and density == 0 and el.tag == "p" and bool(_SENTENCE_END.search(text_of(el)))


def _gather(best: HtmlElement, scorer: _Scorer) -> list[HtmlElement]:
    """The best block and its siblings that belong to the same article, in document order."""
    parent = best.getparent()
    if parent is None or best.tag in ("body", "html"):
        return [best]
    top = scorer.adjusted.get(best, 0.0)
    threshold = max(5.0, top * 0.2)
    best_class = best.get("class")
    column = _column_share(best)
    kept = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is best:
            kept.append(sibling)
            continue
        if _is_rail_beside(sibling, column):
            continue
        score = scorer.adjusted.get(sibling, 0.0)
        if best_class and sibling.get("class") == best_class:
            score += top * 0.2
        if ((score >= threshold and not is_negative(sibling)) or _is_prose(sibling, scorer)) and not (
            kept and _opens_with_furniture_heading(sibling)
        ):
            kept.append(sibling)
    return _with_headings_between(parent, kept, scorer)


def _opens_with_furniture_heading(block: HtmlElement) -> bool:
    """A block after the article that opens with a heading over readers' comments or other stories ("Comments",
    "Related articles"): the thread or the list it heads is not more of the article, however much prose it holds."""
    for el in block.iter():
        if el.tag in _FURNITURE_HEADING_TAGS:
            heading = text_of(el)
            return len(heading) < 80 and bool(
                COMMENT_HEADING.match(heading) or COMMENT_THREAD_HEADING.match(heading) or _MORE_HEADING.match(heading)
            )
        if (el.text or "").strip() or (el is not block and (el.tail or "").strip()):
            return False
    return False


_FURNITURE_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _with_headings_between(parent: HtmlElement, kept: list[HtmlElement], scorer: _Scorer) -> list[HtmlElement]:
    """The kept siblings and the headings set right above a kept block that follows another: a block's own
    heading ("The second half of the plan", "About the author") belongs with it, and it also tells the lines that
    follow for what they are."""
    if len(kept) < 2:
        return kept
    chosen = set(kept)
    out: list[HtmlElement] = []
    waiting: list[HtmlElement] = []
    seen = False
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling in chosen:
            if seen:
                out.extend(waiting)
            out.append(sibling)
            waiting = []
            seen = True
        elif seen and sibling.tag in _SECTION_HEADINGS and not is_negative(sibling):
            waiting.append(sibling)
        elif scorer.length(sibling):
            waiting = []
    return out


def _repeated_units(best: HtmlElement, scorer: _Scorer) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Prose in the siblings of the chosen block's outermost wrapper that share its tag and class, before and after
    it: an article laid out as a row of like sections (one per subheading, each in its own full-width band)."""
    have = scorer.paragraph_chars(best)
    unit = best
    parent = unit.getparent()
    while parent is not None and parent.tag not in ("body", "html") and scorer.paragraph_chars(parent) == have:
        unit, parent = parent, parent.getparent()
    kind = unit.get("class")
    if unit is best or parent is None or not kind:
        return [], []
    siblings = [sibling for sibling in parent if isinstance(sibling.tag, str)]
    units = [
        i
        for i, sibling in enumerate(siblings)
        if sibling is unit or (sibling.tag == unit.tag and sibling.get("class") == kind and _is_prose(sibling, scorer))
    ]
    if len(units) == 1:
        return [], []
    # Between the first unit and the last, the bands of another kind that hold a few words of text (a subheading, a
    # pull quote set across the page) are the article's too; furniture among them goes by its name or its links.
    chosen = set(units)
    for i in range(units[0] + 1, units[-1]):
        if i not in chosen and _is_interlude(siblings[i], scorer):
            chosen.add(i)
    # Right above the first section, a band of prose of another kind is the article's head: its headline and lead.
    if units[0] and _is_prose(siblings[units[0] - 1], scorer):
        chosen.add(units[0] - 1)
    at = siblings.index(unit)
    before = [siblings[i] for i in sorted(chosen) if i < at]
    after = [siblings[i] for i in sorted(chosen) if i > at]
    return before, after


_INTERLUDE_CHARS = 300


def _is_interlude(el: HtmlElement, scorer: _Scorer) -> bool:
    """A short band of text set between the sections of an article: no furniture name, few links."""
    length = scorer.length(el)
    return 0 < length <= _INTERLUDE_CHARS and not is_negative(el) and _link_density(el, length) < 0.3


_NOT_TEASERS, _TEASERS, _CARDS = 0, 1, 2


def _teaser_list(el: HtmlElement) -> int:
    """_TEASERS for three or more items, each a linked headline with at most a short blurb (related posts, more
    stories); _CARDS when that holds only if short items that open with an unlinked headline count too."""
    if el.find("p") is not None:
        return _NOT_TEASERS  # paragraphs are prose, whatever links they carry (the loop below says so too, later)
    items = [c for c in el if isinstance(c.tag, str)]
    if len(items) < 3:
        return _NOT_TEASERS
    if _own_text(el) > _OWN_PROSE_CHARS:
        return _NOT_TEASERS  # sentences set straight in the block, its links inside them: prose, not a list
    teasers = cards = 0
    for item in items:
        if item.tag == "p":
            return _NOT_TEASERS  # paragraphs are prose, whatever links they carry
        length = text_length(item)
        if length == 0:
            continue
        linked = _link_chars(item)
        headings = _headings(item)
        headline = any(h.find(".//a") is not None or h.getparent().tag == "a" for h in headings)
        if (length < 300 and linked / length >= 0.5) or (headline and length < 500):
            teasers += 1
        elif length < _CARD_CHARS and _opens_with(item, headings):
            cards += 1
    if teasers >= 3 and teasers >= 0.7 * len(items):
        return _TEASERS
    if teasers + cards >= 3 and teasers + cards >= 0.7 * len(items):
        return _CARDS
    return _NOT_TEASERS


# Loose text between a block's children, outside any of them: a list of teasers has none to speak of, a paragraph
# set without <p> (its links inline) has its sentences there.
_OWN_PROSE_CHARS = 100


def _own_text(el: HtmlElement) -> int:
    """Characters of the block's own text: before its first child and after each child, outside them."""
    return len((el.text or "").strip()) + sum(len((child.tail or "").strip()) for child in el)


# A card: a headline and a line or two of blurb, opened by script rather than by a link (an item of a "more
# stories" row). A section of an article is longer, and a list's entries open with their own words.
_CARD_CHARS = 250
# Cards are a row beside the article, never most of it: a list article set as cards (steps, items) is the text.
_CARDS_SHARE = 0.3


def _opens_with(item: HtmlElement, headings: list[HtmlElement]) -> bool:
    """The item's text begins with one of its headings."""
    if not headings or (item.text or "").strip():
        return False
    first = headings[0]
    node = first
    while node is not item:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        for before in node.itersiblings(preceding=True):
            if before.text_content().strip() or (before.tail or "").strip():
                return False
        node = parent
    return True


def _headings(el: HtmlElement) -> list[HtmlElement]:
    return [h for h in el.iter("h2", "h3", "h4", "h5") if h.getparent() is not None]


def _is_cookie_notice(text: str) -> bool:
    return bool(_COOKIE.search(text) and _ACCEPT.search(text)) or is_arabic_cookie_notice(text)


# A short block whose words are largely a link is a pointer elsewhere ("Tip: the figures of past years are on the page
# <link>", "... more on <link>"), not article text; a long paragraph with as many links is prose (a wiki's).
_SHORT_LINKED_CHARS = 200
_SHORT_LINKED_DENSITY = 0.35
# A paragraph this long whose first words (this many characters) are its own is prose, whatever its links.
_LINKED_SENTENCE_CHARS = 100
_LINKED_SENTENCE_OPENING = 20


def _linked_sentence(p: HtmlElement, length: int) -> bool:
    """A paragraph of prose with a link inside its sentence: it opens with its own words, not the link's, and ends
    as a sentence does ("X replaced Y, <a>who for eight months had done both jobs</a>.")."""
    opening = (p.text or "").strip()
    return (
        length >= _LINKED_SENTENCE_CHARS
        and len(opening) >= _LINKED_SENTENCE_OPENING
        and not opening.endswith(":")  # "More on the vote: <a>headline</a>" points elsewhere
        and bool(_SENTENCE_END.search(p.text_content()))
    )


_EMPHASIS_TAGS = frozenset({"em", "i", "strong", "b"})
# The link is the headline or much of it: a footnote's number linked inside a quotation is not.
_POINTER_DENSITY = 0.2


def _is_set_apart_pointer(p: HtmlElement) -> bool:
    """A short paragraph set wholly in italics or bold, with a link in it and no sentence's end: another story's
    headline set between the paragraphs ("<em>Earlier: <a>The first test of the new engine</a></em>")."""
    children = [c for c in p if isinstance(c.tag, str)]
    if len(children) != 1 or children[0].tag not in _EMPHASIS_TAGS or (p.text or "").strip():
        return False
    if (children[0].tail or "").strip() or children[0].find(".//a") is None:
        return False
    return not _SENTENCE_END.search(p.text_content())


def _is_teasers(el: HtmlElement, length: int, container: HtmlElement) -> bool:
    kind = _teaser_list(el)
    return kind == _TEASERS or (kind == _CARDS and length <= _CARDS_SHARE * text_length(container))


_PRUNED_TAGS = ("ul", "ol", "div", "table", "section", "p", "li", "dl", "nav", "form")
# A box inside the article that opens with a heading over other stories or comments ("Related articles" and two
# blurbs set between the paragraphs): it goes whole, whatever its links.
_HEADED_BOXES = frozenset({"div", "section"})
_HEADED_BOX_CHARS = 1_000


def _prune(container: HtmlElement) -> None:
    """Inside the chosen block, drop link lists, teaser lists and cookie notices."""
    doomed = []
    under_doomed: set[HtmlElement] = set()  # they go with the doomed block around them: not looked at
    for el in container.iter(*_PRUNED_TAGS):
        if el is container or el in under_doomed:
            continue
        length = text_length(el)
        if length == 0:
            continue
        density = _link_density(el, length)
        if el.tag == "p" and _linked_sentence(el, length):
            continue
        if (
            (density > 0.5 and length < 2_000)
            or (density > _SHORT_LINKED_DENSITY and length < _SHORT_LINKED_CHARS)
            or (el.tag in ("ul", "ol") and density > 0.3)
            or (el.tag != "p" and _is_teasers(el, length, container))
            or (el.tag != "p" and length < 1_000 and _is_cookie_notice(el.text_content()))
            or (el.tag in _HEADED_BOXES and length < _HEADED_BOX_CHARS and _opens_with_furniture_heading(el))
            or (
                el.tag == "p"
                and density >= _POINTER_DENSITY
                and length < _SHORT_LINKED_CHARS
                and _is_set_apart_pointer(el)
            )
        ):
            doomed.append(el)
            under_doomed.update(el.iter(*_PRUNED_TAGS))
    # A date whose own block holds little more than it is the dateline ("Updated: 12.03.2021 10:45"), metadata; a
    # date inside a sentence stays with the sentence, and a duration (a recipe's "30 min", PT30M) is no date.
    for time in container.iter("time"):
        parent = time.getparent()
        if (
            parent is not None
            and parent is not container
            and text_length(parent) <= _DATELINE_CHARS
            and _TIME_OR_DATE.search(f"{time.get('datetime') or ''} {time.text_content()}")
        ):
            doomed.append(parent)
    doomed.extend(_inline_pointer_labels(doomed))
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# A paragraph of this many characters after a pointer to other stories says that the article goes on below it.
_GOES_ON_CHARS = 100
_LABEL_TAGS = frozenset({"p", "div", "span", "strong", "b", "h2", "h3", "h4", "h5", "h6"})


def _inline_pointer_labels(doomed: list[HtmlElement]) -> list[HtmlElement]:
    """The labels ("Read also", "اقرأ أيضاً") of pointers to other stories set inside the text, as a paragraph or
    heading of their own right above pointers that go: the label goes with them when the article's prose goes on
    after them. (Left alone, a label in the second half of the text would end it there.)"""
    gone = set(doomed)
    labels = []
    for el in doomed:
        label = el.getprevious()
        if label is None or label in gone or label.tag not in _LABEL_TAGS or text_length(label) >= 80:
            continue
        if not _MORE_HEADING.match(text_of(label)):
            continue
        after = el.getnext()
        while after is not None and after in gone:
            after = after.getnext()
        if after is not None and after.tag == "p" and text_length(after) >= _GOES_ON_CHARS:
            labels.append(label)
            gone.add(label)
    return labels


def clean_lines(
    lines: list[str], items: frozenset[str] = frozenset(), headings: frozenset[str] = frozenset()
) -> list[str]:
    """Lines of the article without share/follow lines, repeats, a trailing "related" part and site notices.
    `items`: lines that are entries of the article's own lists or code, never taken for a byline at the end;
    `headings`: the texts of the article's headings, which cannot be its last line."""
    # only_short_after[i]: no line after line i is longer than a notice (worked out once, not per line)
    only_short_after = [True] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        only_short_after[i] = only_short_after[i + 1] and len(lines[i + 1]) <= _NOTICE_LINE
    for i in range(max(1, len(lines) // 2), len(lines)):
        if (
            len(lines[i]) < 80
            and (
                _MORE_HEADING.match(lines[i])
                or COMMENT_HEADING.match(lines[i])
                or (_CONTACT_HEADING.match(lines[i]) and all(len(line) < _CONTACT_LINE for line in lines[i + 1 :]))
            )
        ) or (
            # what the site says about readers' comments, with only its rules (short lines) after it
            len(lines[i]) <= _NOTICE_LINE and only_short_after[i] and _COMMENT_POLICY.search(lines[i])
        ):
            lines = lines[:i]
            break
    # A blog's heading over its comment thread names the post: it ends the text wherever it stands below the top
    # (the comments may well be longer than the post); so does a reader's comment set as a name that "says:", and
    # an agency's end mark (the company's note after a press release may be as long as the release). A comments
    # heading with a count or a call ("12 Comments", "Leave a Reply") ends it in the first half too once a whole
    # article stands above it: a count by the byline stands above the lead, never under a few paragraphs.
    for i in range(1, len(lines)):
        thread = len(lines[i]) < COMMENT_THREAD_CHARS and COMMENT_THREAD_HEADING.match(lines[i]) is not None
        ended = len(lines[i]) <= _END_MARKER_CHARS and _END_MARKER.match(lines[i]) is not None
        if not (thread or ended) and i >= _ABOVE_COMMENTS_LINES and _counts_or_calls_comments(lines[i]):
            thread = sum(len(line) for line in lines[:i]) >= _ABOVE_COMMENTS_CHARS
        if thread or ended or _opens_comment(lines, i):
            lines = lines[:i]
            break
    out: list[str] = []
    in_dateline = False
    for i, line in enumerate(lines):
        if (
            _LINE_BOILERPLATE.match(line)
            or (len(line) <= _NOTICE_LINE and _AD_LINE.match(line))
            or is_furniture_line(line)
            or is_share_row(line)
            or (len(line) <= _NOTICE_LINE and (is_breadcrumb(line) or is_text_size_control(line)))
        ):
            continue
        if i < 4 and len(out) <= 1 and len(line) < 50 and _DATE_LINE.search(line) and not _SENTENCE_END.search(line):
            continue  # a date line above the text: the date is metadata
        if i < _BYLINE_LINES and len(out) < _BYLINE_LINES and is_byline(line):
            continue  # the writer's name above the text: metadata too
        if i < 10 and len(line) < 40:
            # How long the article takes to read: "5 min read", "Lesezeit: 3 Minuten", a label and its value.
            if _READING_TIME.match(line) or (i and _READING_LABEL.match(lines[i - 1]) and _READING_VALUE.match(line)):
                continue
            if _READING_LABEL.match(line) and i + 1 < len(lines) and _READING_VALUE.match(lines[i + 1]):
                continue
        if i < 10 and len(line) < 40:
            # The dateline block under the lead: a label followed by its date, and the dates or times after it.
            if _DATE_LABEL.match(line) and i + 1 < len(lines) and _is_bare_date(lines[i + 1]):
                in_dateline = True
                continue
            if in_dateline and _is_bare_date(line):
                continue
        in_dateline = False
        if out and out[-1] == line:
            continue
        out.append(line)
    # Calls for support among the last lines (looked for once: a costly pattern).
    second = max(len(out) // 2, len(out) - _SUPPORT_BOX_LINES)
    calls = [i for i in range(second, len(out)) if len(out[i]) <= _NOTICE_LINE and _SUPPORT.search(out[i])]
    if len(calls) >= _SUPPORT_BOX_CALLS and len(out) - calls[0] <= _SUPPORT_BOX_LINES:
        out = out[: calls[0]]  # a box asking for support closes the text: all of it, not only the lines that ask
    # Notices and short unpunctuated lines after the last sentence (a byline, a category, "back to the list"), in
    # whatever order they follow each other: at most three short lines in all.
    shorts = 0
    while len(out) > 1:
        if (
            (len(out[-1]) < 200 and _TRAILING_NOTICE.search(out[-1]))
            or (len(out[-1]) < _COMMENTS_NOTICE_CHARS and _COMMENTS_NOTICE.search(out[-1]))
            or (len(out[-1]) < 400 and _FOLLOW_SOCIAL.search(out[-1]))
            or _SITE_NOTICE.search(out[-1])
            or (len(out[-1]) <= _NOTICE_LINE and _POST_META.match(out[-1]))
            or (len(out[-1]) <= _BIO_CHARS and _BIO.match(out[-1]) is not None)
            or _is_orphan_heading(out[-1], headings)
            or _is_field_row(out[-1])
        ):
            out.pop()
        elif (
            shorts < 3 and len(out) > 2 and len(out[-1]) < 60 and not _LINE_END.search(out[-1]) and out[-1] not in items
        ):
            out.pop()
            shorts += 1
        else:
            break
    half = len(out) // 2
    asking = set(calls)
    return [
        line
        for i, line in enumerate(out)
        if len(line) > _NOTICE_LINE
        or not (
            _CAPTION.search(line)
            or _DISCLAIMER.search(line)
            or _is_site_note(line)
            or (i >= half and (i in asking if i >= second else _SUPPORT.search(line)))
            or (i >= half and _PROMOTION.search(line))
            or (i >= half and _POST_META.match(line))
            or (len(line) <= _FIELD_LINE and _POST_FIELD.match(line))
            or (len(line) <= _CREDIT_CHARS and _CREDIT.match(line))
            or (len(line) <= _AVAILABLE_CHARS and _AVAILABLE_UNTIL.match(line) is not None)
            or is_credit_line(line)
            or is_wire_credit(line)
            or (_mentions_cookies(line) and (_COOKIE_LINE.search(line) or is_arabic_cookie_notice(line)))
            or (len(line) <= _POINTER_CHARS and _POINTER_LINE.match(line))
            or (len(line) <= _FOLLOW_CALL_CHARS and _FOLLOW_CALL.match(line))
            or _INBOX_CALL.search(line)
            or (len(line) <= _REVIEW_BADGE_CHARS and _REVIEW_BADGE.match(line))
        )
    ]


# How long a media library keeps the programme online, shown by its player ("Video verfügbar bis 28.02.2025",
# "Available until 3 May 2024", "متاح حتى 2025/03/01"): a date that is the site's, not the story's.
_AVAILABLE_UNTIL = re.compile(
    r"^\W*(?:(?:video|audio|podcast|clip|sendung|folge|episode|vidéo|programme|الفيديو|المقطع|الحلقة)\s+)?"
    r"(?:verfügbar|abrufbar|online|available|disponible|disponibile|dostępn[ey]|متاح|متوفر)\s+"
    r"(?:bis|until|till|to|jusqu.?(?:au|à)|hasta(?: el)?|fino al|do|حتى|لغاية)\b.*\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_AVAILABLE_CHARS = 80


# A row of short fields set apart by bars, stars or dots: at least this many fields, each at most this long.
_FIELD_SEPARATOR = re.compile(r"\s[|*·•]\s")
_FIELDS = 3
_FIELD_CHARS = 40


# A reader's comment as blogs set it: the reader's name with "says:" alone on its line, and its date right under it
# ("Jane Roe says:" / "3 May 2021 at 10:04 am").
_COMMENTER_SAYS = re.compile(
    r"^[\w .'’@-]{1,40}\s(?:says|sagt|schreibt|dice|dijo|a dit|ha detto|napisał|napisała|قال|كتب)\s?:$", re.IGNORECASE
)


# An end mark alone on its line, in brackets, dashes or slashes, perhaps with the editor's initials after it
# ("(انتهى) ع ا ر").
_END_MARKER = re.compile(
    rf"^[\s(\[/*\-–—]*(?:{alternation('end_markers')})(?!\w)[\s)\]/*.\-–—]*(?:[\u0621-\u064a]{{1,3}}\s*){{0,3}}$",
    re.IGNORECASE,
)
_END_MARKER_CHARS = 30
# An article above a comments heading: at least this many lines and characters.
_ABOVE_COMMENTS_LINES = 3
_ABOVE_COMMENTS_CHARS = 500


def _counts_or_calls_comments(line: str) -> bool:
    """A comments heading that can only open readers' comments: with their count or in words of a call ("3
    Responses", "Kommentare (2)", "Leave a Reply", "أضف تعليقاً"). One word alone ("Kommentar", "Komentarz") may
    head an article's own section of commentary."""
    return (
        len(line) < 80
        and (" " in line.strip() or any(c.isdigit() for c in line))
        and COMMENT_HEADING.match(line) is not None
    )


def _opens_comment(lines: list[str], i: int) -> bool:
    """Line `i` opens a reader's comment: a name that "says:" and a date right under it. The comments go with it."""
    return (
        len(lines[i]) <= _COMMENT_SAYS_CHARS
        and _COMMENTER_SAYS.match(lines[i]) is not None
        and any(_is_bare_date(line) for line in lines[i + 1 : i + 3])
    )


_COMMENT_SAYS_CHARS = 60


def _is_field_row(line: str) -> bool:
    """A line of short fields between bars, stars or dots ("Acme Ltd * 4 Mill Lane * 12345 Springfield", "Radio |
    News | 3 May 2021 | 13:00", "World | Politics | Video"): the site's address, a programme's or a section's label
    under the article, never a sentence of it. Looked for only among the text's last lines."""
    fields = _FIELD_SEPARATOR.split(line)
    return len(fields) >= _FIELDS and all(0 < len(f.strip()) <= _FIELD_CHARS for f in fields)


# A heading this long or longer is a paragraph set in a heading's tag (a lead), not a heading.
_ORPHAN_HEADING_CHARS = 150


def _is_orphan_heading(line: str, headings: frozenset[str]) -> bool:
    """The text's last line is one of its headings: a heading with nothing under it is the title of a box that
    cleaning took away (a heading "Want our news every morning?" over a sign-up form, "More on the harbour" over a list
    of links), never the article's end."""
    return len(line) < _ORPHAN_HEADING_CHARS and line in headings


def _heading_texts(block: HtmlElement) -> Iterator[str]:
    """The texts of the block's headings."""
    for el in block.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = text_of(el)
        if text:
            yield text


def _list_entries(block: HtmlElement) -> Iterator[str]:
    """The lines of the block's code and the entries of its lists of _LIST_ITEMS or more: a list or a command that
    ends the article is part of it, however short its last lines."""
    for el in block.iter("pre", "ul", "ol"):
        if el.tag == "pre":
            yield from lines_of(el)
        else:
            entries = [item for item in el if item.tag == "li"]
            if len(entries) >= _LIST_ITEMS:
                yield from map(text_of, entries)


def _mentions_cookies(line: str) -> bool:
    """A cheap look for the word before the costlier phrases of _COOKIE_LINE."""
    return "ookie" in line or "OOKIE" in line or "الارتباط" in line or "كوكيز" in line


def _is_bare_date(line: str) -> bool:
    """ "19 Febbraio 2020", "12:02", "2020-02-19": a date or time and at most a month's name of letters."""
    return bool(_TIME_OR_DATE.search(line)) and letters(line) <= 10


def _before_closing_rule(block: HtmlElement) -> list[str]:
    """The block's lines, without what follows its last horizontal rule when that is a small part of the block: the
    notes set apart under an article (about the author, how to cite it, a picture credit, a call to read more)."""
    rules = list(block.iter("hr"))
    if not rules:
        return lines_of(block)
    rules[-1].text = _RULE
    lines = lines_of(block)
    rules[-1].text = None
    cut = max(i for i, line in enumerate(lines) if line == _RULE)
    after = sum(map(len, lines[cut + 1 :]))
    if after <= _CLOSING_NOTES_SHARE * sum(map(len, lines)):
        lines = lines[:cut]
    return [line for line in lines if line != _RULE]


def _lead_before(first: HtmlElement, scorer: _Scorer) -> HtmlElement | None:
    """The article's lead (standfirst) when the page sets it apart above the body, outside the chosen blocks: the
    nearest element named as a lead before the first block, within a few levels of it (up to the <body> when the
    blocks sit right under it), that reads as prose."""
    scope = first
    for _ in range(_LEAD_LEVELS):
        parent = scope.getparent()
        if parent is None or parent.tag == "html":
            break
        scope = parent
        if parent.tag == "body":
            break
    if scope is first:
        return None
    found = None
    for el in scope.iter():
        if el is first:
            break
        if not isinstance(el.tag, str) or (el.get("class") is None and el.get("id") is None):
            continue
        if _LEAD_NAMES.isdisjoint(tokens(marker_of(el))) or is_negative(el):
            continue
        length = scorer.length(el)
        if _LEAD_CHARS[0] <= length <= _LEAD_CHARS[1] and _link_density(el, length) < 0.2:
            found = el
    if found is None or any(a is found for a in first.iterancestors()):
        return None
    return found


def _text_after(el: HtmlElement, stop: HtmlElement, scorer: _Scorer) -> int:
    """Characters of text that follow `el` inside its ancestor `stop`."""
    total = len((el.tail or "").strip())
    node = el
    while node is not stop:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                total += scorer.length(sibling)
            total += len((sibling.tail or "").strip())
        parent = node.getparent()
        if parent is None:
            break
        if parent is not stop:
            total += len((parent.tail or "").strip())
        node = parent
    return total


def _reads_as_lead(el: HtmlElement, scorer: _Scorer, described: frozenset[str]) -> bool:
    """A paragraph or subheading of a sentence or more, without links, not furniture, not the headline, whose words
    are mostly those the page gives as its description (the standfirst is what sites put there)."""
    if not _LEAD_CHARS[0] <= scorer.length(el) <= _LEAD_CHARS[1]:
        return False
    if el.find(".//a") is not None or is_negative(el) or any(a.tag == "h1" for a in el.iterancestors()):
        return False
    words = words_of(el.text_content())
    return bool(words) and sum(word in described for word in words) >= _DESCRIBED_SHARE * len(words)


def _unnamed_lead(first: HtmlElement, scorer: _Scorer, description: str) -> HtmlElement | None:
    """The article's lead when the page sets it above the body without naming it: the nearest paragraph before the
    first block in the page's order, with only a few short lines (a byline, a date, a credit) between the two, that
    says what the page's description says."""
    described = frozenset(words_of(description))
    if not described:
        return None
    gap = 0
    node = first
    for _ in range(_UNNAMED_LEAD_LEVELS):
        parent = node.getparent()
        if parent is None:
            return None
        for sibling in node.itersiblings(preceding=True):
            gap += len((sibling.tail or "").strip())
            if not isinstance(sibling.tag, str):
                continue
            length = scorer.length(sibling)
            if length == 0:
                continue
            candidates = [
                el
                for el in sibling.iter("p", "div", "td", "li", "h2", "h3", "h4")
                if el in scorer.texts or (el.tag in ("h2", "h3", "h4") and scorer.length(el) >= _LEAD_CHARS[0])
            ]
            for lead in reversed(candidates):
                # what lies between: the text after the candidate in this sibling, short lines the lead test refused
                if gap + _text_after(lead, sibling, scorer) > _LEAD_GAP:
                    return None
                if _reads_as_lead(lead, scorer, described):
                    return lead
            gap += length
            if gap > _LEAD_GAP:
                return None
        gap += len((parent.text or "").strip())
        if gap > _LEAD_GAP or parent.tag == "body":
            return None
        node = parent
    return None


# A recipe's list of ingredients set apart from its method, named as such by its class or id; at most this long.
_INGREDIENT_NAMES = frozenset(FURNITURE_LISTS["ingredient_names"])
_INGREDIENTS_CHARS = 3_000
_NAMED = lxml.etree.XPath(".//*[@class or @id]")


def _ingredients_beside(body: HtmlElement, blocks: list[HtmlElement]) -> list[HtmlElement]:
    """A recipe's ingredients when the page sets them in blocks of their own outside the chosen blocks (tables
    "ingredients" beside the method, one for the dough and one for the filling): the outermost elements whose class
    or id names them so. None when the chosen blocks hold such an element already, or when they are too long for a
    list of ingredients. They are the recipe's text, though they have no prose to score."""
    chosen = set(blocks)
    found: list[HtmlElement] = []
    for el in _NAMED(body):
        marker = marker_of(el)
        # A name's words are lower-cased pieces of it: one not found in the lower-cased name is none of its words.
        folded = marker.lower()
        if not any(name in folded for name in _INGREDIENT_NAMES) or _INGREDIENT_NAMES.isdisjoint(tokens(marker)):
            continue
        ancestors = set(el.iterancestors())
        if el in chosen or not chosen.isdisjoint(ancestors):
            return []  # the chosen blocks hold them already
        if any(block in ancestors for block in blocks) or any(outer in ancestors for outer in found):
            continue
        if any(el in block.iterancestors() for block in blocks):
            return []
        found.append(el)
    found = [el for el in found if text_length(el)]
    if sum(map(text_length, found)) > _INGREDIENTS_CHARS:
        return []
    return found


# Several stories on one page, one after the other (the next ones loaded as the reader scrolls): each an <article>
# with its own <h1> and at least this much running text.
_STORY_CHARS = 300


def _stories(blocks: list[HtmlElement], scorer: _Scorer) -> list[HtmlElement]:
    """The outermost <article> elements inside the chosen blocks that each hold a headline and a story's text."""
    found: list[HtmlElement] = []
    for block in blocks:
        for el in block.iter("article"):
            if scorer.paragraph_chars(el) < _STORY_CHARS or el.find(".//h1") is None:
                continue
            if not any(outer in found for outer in el.iterancestors()):
                found.append(el)
    return found


def _page_story(stories: list[HtmlElement], title: str) -> HtmlElement:
    """The story the page is about: the one whose headline is the page's title, else the first."""
    wanted = " ".join(title.split()).casefold()
    for story in stories:
        h1 = story.find(".//h1")
        headline = "" if h1 is None else " ".join(h1.text_content().split()).casefold()
        if headline and wanted and (headline in wanted or wanted in headline):
            return story
    return stories[0]


# How many of the best-scoring blocks are looked at for one that is neither a list of teasers nor furniture, and
# how close to the best score a block of the page's own must come to be chosen over furniture.
_BEST_CANDIDATES = 6
_OWN_OVER_FURNITURE = 0.4


def _best_block(scorer: _Scorer) -> HtmlElement:
    """The best-scoring block that is neither a list of teasers, nor a block headed as readers' comments or other
    stories, nor furniture. A row of linked headlines with a blurb each (related posts, more stories) gathers commas
    and sentences enough to outscore a short article beside it, and so does a long comment thread; a box named as
    furniture (a sidebar's long disclaimer, a site notice) that cleaning kept for its size may outscore it too. Its
    wrappers are passed over with it when most of their text is its."""
    ranked = heapq.nlargest(_BEST_CANDIDATES, scorer.adjusted, key=scorer.adjusted.__getitem__)
    floor = 0.0
    furniture: list[HtmlElement] = []
    for el in ranked:
        if scorer.adjusted[el] < floor:
            break
        if _teaser_list(el) == _TEASERS or _opens_with_furniture_heading(el):
            continue
        if not floor:
            floor = _OWN_OVER_FURNITURE * scorer.adjusted[el]  # the best block that is no list of teasers
        if is_negative(el) >= 2:
            furniture.append(el)
            continue
        have = scorer.paragraph_chars(el)
        if any(
            scorer.paragraph_chars(other) * 2 >= have and any(a is el for a in other.iterancestors())
            for other in furniture
        ):
            continue
        return el
    return next((el for el in ranked if _teaser_list(el) != _TEASERS), ranked[0])


def find_article(body: HtmlElement, texts: dict[HtmlElement, str], description: str = "", title: str = "") -> Article:
    """The article's lines in a cleaned <body> whose paragraph nodes are `texts` (clean.paragraph_texts); the whole
    body's text when no block stands out. `description`: what the page's metadata says the article is about, which
    tells its lead when the page sets one above the body without naming it; `title`: the page's title, which tells
    its story among several set one after the other."""
    scorer = _Scorer(texts)
    if not scorer.adjusted:
        _prune(body)
        return Article(clean_lines(lines_of(body)), 0.0, 0, 0.0)
    best = _best_block(scorer)
    score = scorer.adjusted[best]
    best = _promote(best, scorer)
    blocks = _gather(best, scorer)
    before, after = _repeated_units(best, scorer)
    blocks = before + blocks + after
    total = scorer.paragraph_chars(body)
    stories = _stories(blocks, scorer)
    if len(stories) >= 2:
        # The choice runs over several stories: the page's own is one of them, the others are not more of it.
        story = _page_story(stories, title)
        total -= sum(scorer.paragraph_chars(other) for other in stories if other is not story)
        blocks = [story]
    share = sum(scorer.paragraph_chars(b) for b in blocks) / total if total else 0.0
    blocks = _ingredients_beside(body, blocks) + blocks
    lead = _lead_before(blocks[0], scorer)
    if lead is None:
        lead = _unnamed_lead(blocks[0], scorer, description)
    lines: list[str] = [] if lead is None else lines_of(lead)
    items: set[str] = set()
    headings: set[str] = set()
    for block in blocks:
        _prune(block)
        lines.extend(_before_closing_rule(block))
        items.update(_list_entries(block))
        headings.update(_heading_texts(block))
    return Article(clean_lines(lines, frozenset(items), frozenset(headings)), score, len(blocks), share)

"""The article's text as lines: the lines of the chosen blocks (without the notes under a closing rule), then the rules
that drop share and follow lines, repeats, a trailing "related" part, comments, site notices, captions and credits."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from transforms.extract.common import letters, lines_of, text_of
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
# A word every such call holds, looked for in the case-folded line before the costlier pattern.
_INBOX_WORDS = ("inbox", "postfach", "بريدك")
# (with German closing quotes, “ ‘ ‹, and the full-width marks of Chinese and Japanese)
_LINE_END = re.compile(r"[.!?؟。…\"»”“’‘›‹)\]！？）」』]\s*$")
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
TIME_OR_DATE = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:19|20)\d\d\b")
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
# Words that each phrase of a list above holds (at least one of them, case-folded): a line holding none of its
# list's words cannot match the list's pattern, which is then not run (most lines hold none).
_DISCLAIMER_WORDS = (
    "expressed",
    "necessarily",
    "responsible",
    "copyrighted",
    "engagent que",
    "meinung",
    "redaktion",
    "refleja",
    "رأي",
    "آراء",
    "وجهة نظر",
    "سياسة",
)
_SUPPORT_WORDS = (
    "support",
    "we need your",
    "help us",
    "become a",
    "spende",
    "unterstütz",
    "gefällt",
    "gefallen",
    "apóyanos",
    "apoya",
    "periodismo",
    "apoyo",
    "hazte",
    "wesprzyj",
    "soutenez",
    "faites un don",
    "cancel",
    "kündbar",
    "résiliable",
    "ادعم",
    "تبرع",
)


def _holds(folded: str, words: tuple[str, ...]) -> bool:
    """Whether the case-folded line holds one of the words."""
    return any(map(folded.__contains__, words))


# Affiliate-link notes and prompts for subscribers: plain phrases, looked for as substrings of the folded line (a
# long alternation of literals is several times slower in the regular expression engine).
_AFFILIATE_OR_PAYWALL = tuple(FURNITURE_LISTS["affiliate_and_paywall_phrases"])
# Any first word of those notes at the start of a word, in the folded line (the lists are lower case): one pass
# rules most lines out.
_SITE_NOTE_WORD = re.compile(
    rf"\b(?:{alternation('affiliate_and_paywall_phrases')}|{alternation('comment_words')}|"
    rf"{alternation('embed_content_words')}|{alternation('newsletter_words')})"
)


def _is_site_note(line: str, folded: str) -> bool:
    """An affiliate-link note, a prompt for subscribers, a note that only signed-in readers may comment or an
    embed's click-to-load placeholder (`folded`: the line, case-folded)."""
    if _SITE_NOTE_WORD.search(folded) is None:
        return False
    return any(phrase in folded for phrase in _AFFILIATE_OR_PAYWALL) or _is_sign_in_or_embed_notice(line)


# The publication advertising itself: its print issue, its app or a trial of its paid offer ("The new issue is at
# every kiosk and as an e-paper", "Try our Plus subscription free for a month"). Left out from the second half of
# the text, in lines up to _NOTICE_LINE characters: above, an article may well be about a magazine's new issue.
_PROMOTION = re.compile(rf"(?<!\w)(?:{alternation('promotion_phrases')})(?!\w)", re.IGNORECASE)
_PROMOTION_WORDS = tuple(sorted({phrase.split()[0].casefold() for phrase in FURNITURE_LISTS["promotion_phrases"]}))
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
MORE_HEADING = re.compile(
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


# How far down the text a byline is looked for: under the headline, a kicker or a date.
_BYLINE_LINES = 3


# What follows the last horizontal rule of a block is notes set apart from the article when it is at most this share
# of the block's text. (_RULE marks the rule's place among the lines: a character no page text holds.)
_CLOSING_NOTES_SHARE = 0.15
_RULE = "\ue000hr\ue000"


SENTENCE_END = re.compile(r"[.!?؟。…:\"»”！？]\s*$")


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
                MORE_HEADING.match(lines[i])
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
        if i < 4 and len(out) <= 1 and len(line) < 50 and _DATE_LINE.search(line) and not SENTENCE_END.search(line):
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
    calls = [
        i
        for i in range(second, len(out))
        if len(out[i]) <= _NOTICE_LINE and _holds(out[i].casefold(), _SUPPORT_WORDS) and _SUPPORT.search(out[i])
    ]
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
            or _is_site_note(line, folded := line.casefold())
            or (_holds(folded, _DISCLAIMER_WORDS) and _DISCLAIMER.search(line))
            or (
                i >= half and (i in asking if i >= second else _holds(folded, _SUPPORT_WORDS) and _SUPPORT.search(line))
            )
            or (i >= half and _holds(folded, _PROMOTION_WORDS) and _PROMOTION.search(line))
            or (i >= half and _POST_META.match(line))
            or (len(line) <= _FIELD_LINE and _POST_FIELD.match(line))
            or (len(line) <= _CREDIT_CHARS and _CREDIT.match(line))
            or (len(line) <= _AVAILABLE_CHARS and _AVAILABLE_UNTIL.match(line) is not None)
            or is_credit_line(line)
            or is_wire_credit(line)
            or (_mentions_cookies(line) and (_COOKIE_LINE.search(line) or is_arabic_cookie_notice(line)))
            or (len(line) <= _POINTER_CHARS and _POINTER_LINE.match(line))
            or (len(line) <= _FOLLOW_CALL_CHARS and _FOLLOW_CALL.match(line))
            or (_holds(folded, _INBOX_WORDS) and _INBOX_CALL.search(line))
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


def heading_texts(block: HtmlElement) -> Iterator[str]:
    """The texts of the block's headings."""
    for el in block.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = text_of(el)
        if text:
            yield text


def list_entries(block: HtmlElement) -> Iterator[str]:
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
    return bool(TIME_OR_DATE.search(line)) and letters(line) <= 10


def before_closing_rule(block: HtmlElement) -> list[str]:
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

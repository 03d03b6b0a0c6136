"""Russia–North Korea cooperation as Arabic news words it, each phenomenon in a few variants written for these tests.

Each case names the phenomenon, gives a headline, a text and a publication time, and says whether the tagger must
report a cooperation as news (`asserted`); where the text fixes it, the date of the interaction and subtypes it must
carry as well.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from transforms.tagger import tag_article

PUB = "2024-11-05T09:00:00+03:00"  # a Tuesday


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    text: str
    want: bool
    date: str | None = None  # the interaction's date, when the text fixes it
    subtypes: frozenset[str] = frozenset()  # subtypes the asserted event must carry
    published: str = PUB


def _c(
    name: str, title: str, text: str, want: bool, *, date: str | None = None, subtypes: str = "", published: str = PUB
) -> Case:
    return Case(name, title, text, want, date, frozenset(subtypes.split()), published)


# a paragraph naming a third state more often than either side
_WASHINGTON = (
    "وقال المتحدث باسم وزارة الخارجية الأمريكية إن الولايات المتحدة تتابع المحادثات، وأضاف أن واشنطن "
    "ترحب بأي خطوة، فيما قال مسؤول أمريكي آخر إن الإدارة الأمريكية لم تتلق أي رد."
)

CASES = [
    # ------------------------------------------------------------- meetings and talks as headlines word them
    _c("a meeting in the present tense of a headline", "وزير الخارجية الروسي يجتمع مع كيم جونغ أون", "", True),
    _c(
        "talks in the dual",
        "بوتين وكيم جونغ أون يبحثان التعاون العسكري",
        "",
        True,
        subtypes="summit military",
    ),
    _c(
        "a visitor's plane landing and the host receiving him",
        "لافروف في وونسان",
        "حطت طائرة وزير الخارجية الروسي سيرغي لافروف اليوم في مدينة وونسان، حيث استقبلته نظيرته الكورية الشمالية.",
        True,
        date="2024-11-05",
        subtypes="visit_meeting",
    ),
    _c(
        "a guest of the other side's leader",
        "بوتين في ضيافة كيم",
        "حل الرئيس الروسي فلاديمير بوتين ضيفا على الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ اليوم.",
        True,
        subtypes="summit",
    ),
    _c(
        "a visit announced by a side for named days ahead is the day's news",
        "الكرملين يعلن موعد الزيارة",
        "أعلن الكرملين اليوم أن الرئيس بوتين سيقوم بزيارة دولة إلى كوريا الشمالية يومي 18 و19 يونيو.",
        True,
        published="2024-06-17T10:00:00+03:00",
    ),
    _c(
        "the share of one side's munitions that comes from the other",
        "كييف: نصف القذائف الروسية من الشمال",
        "قال رئيس الاستخبارات الأوكرانية اليوم إن نحو نصف قذائف المدفعية التي يطلقها الجيش الروسي تأتي من كوريا "
        "الشمالية.",
        True,
        subtypes="military",
    ),
    _c(
        "munitions from somewhere else are no link",
        "الذخائر الروسية",
        "قال المتحدث إن الذخائر الروسية تأتي من مصانع محلية، وإن كوريا الشمالية لم ترسل شيئا.",
        False,
    ),
    _c("a bare Kim beside the Russian president is the North's leader", "بوتين يتلقى رسالة تهنئة من كيم", "", True),
    _c(
        "technical help received for the North's reconnaissance satellite",
        "سيول: مساعدة روسية وراء القمر",
        "قالت الاستخبارات الكورية الجنوبية اليوم إن كوريا الشمالية تلقت مساعدة تقنية من روسيا لإطلاق قمرها الاستطلاعي.",
        True,
        subtypes="space_tech",
    ),
    _c(
        "قد before a past verb of the ت forms reports what was done",
        "الذخائر الكورية الشمالية",
        "وقد تسلمت روسيا ملايين القذائف المدفعية من كوريا الشمالية، بحسب ما أعلنت سيول اليوم.",
        True,
        subtypes="military",
    ),
    _c(
        "a day in figures after the article, then من and the month",
        "المعاهدة تدخل حيز التنفيذ",
        "أعلنت الخارجية الروسية اليوم أن الاتفاق الموقع مع بيونغ يانغ بات ساريا في الـ15 من مايو بعد تبادل وثائق "
        "التصديق بين نائبي وزيري خارجية البلدين.",
        True,
        date="2024-05-15",
        published="2024-05-18T09:00:00+03:00",
    ),
    _c(
        "a day in figures, then من and the month, with the current-month word",
        "رحلات جوية منتظمة بين موسكو وبيونغ يانغ",
        "وقعت وزارة النقل الروسية ونظيرتها الكورية الشمالية في 14 من مايو الجاري اتفاقا لتسيير رحلات جوية منتظمة "
        "بين العاصمتين، بحسب بيان صدر اليوم.",
        True,
        date="2024-05-14",
        published="2024-05-18T09:00:00+03:00",
    ),
    # ------------------------------------------------------------- one side's specialists at work for the other
    _c(
        "sides that do not acknowledge a reported transfer do not deny it",
        "سيول: الشمال زود روسيا بمدافع",
        "ذكر مسؤول عسكري في سيول اليوم أن كوريا الشمالية زودت روسيا بنحو 150 مدفعا ثقيلا خلال الأشهر الأخيرة. غير "
        "أنه لم تعترف بيونغ يانغ ولا موسكو علنا بتسليم المدافع أو إرسال الجنود.",
        True,
        subtypes="military",
    ),
    _c(
        "a negated confirmation, too, leaves the reported troops reported",
        "كييف: جنود كوريون شماليون في كورسك",
        "أعلنت الاستخبارات الأوكرانية اليوم أن كوريا الشمالية أرسلت ثلاثة آلاف جندي إضافي إلى روسيا. غير أنه لم تؤكد "
        "كوريا الشمالية ولا روسيا حتى الآن إرسال القوات أو تسليم الذخائر.",
        True,
        subtypes="military",
    ),
    _c(
        "a denied arms deal leaves a new flight between the two capitals reported",
        "خط جوي جديد",
        "دشنت شركة طيران روسية اليوم خطا جويا منتظما بين موسكو وبيونغ يانغ. وتنفي موسكو وبيونغ يانغ اتهامات غربية "
        "بتزويد كوريا الشمالية روسيا بالقذائف.",
        True,
        subtypes="economic",
    ),
    _c(
        "honouring the soldiers who fought alongside the other side tells who they were",
        "كيم يكرم الجنود",
        "ترأس الزعيم الكوري الشمالي كيم جونغ أون اليوم حفلا لتكريم الجنود الذين قتلوا أثناء قتالهم إلى جانب القوات "
        "الروسية في الشتاء الماضي.",
        False,
    ),
    _c(
        "the honouring itself, the fighting in the relative clause of those honoured",
        "أوسمة لضباط الجيش الشعبي",
        "ذكرت وسائل إعلام رسمية اليوم أن كيم جونغ أون منح أوسمة الشرف للضباط والجنود الذين قاتلوا مع القوات الروسية "
        "في مقاطعة كورسك.",
        False,
    ),
    _c(
        "medals beside the pictures of soldiers who fell, an asyndetic relative",
        "حفل تأبين في بيونغ يانغ",
        "وضع الزعيم الكوري الشمالي صباح اليوم ميداليات بجانب صور 40 جنديا قتلوا أثناء القتال مع القوات الروسية في "
        "كورسك.",
        False,
    ),
    _c(
        "condolences to the families of soldiers killed in Russia",
        "تعازي الزعيم",
        "قدم الزعيم الكوري الشمالي اليوم التعازي لأسر العسكريين الذين لقوا حتفهم أثناء مهمتهم في روسيا.",
        False,
    ),
    _c(
        "condolences sent to the other side's head of state are a message",
        "برقية تعزية من كيم إلى بوتين",
        "بعث الزعيم الكوري الشمالي كيم جونغ أون اليوم برقية تعزية إلى الرئيس الروسي فلاديمير بوتين إثر الفيضانات "
        "التي ضربت جنوب روسيا.",
        True,
        subtypes="communication",
    ),
    _c(
        "a meeting pointed back to is not the one of the two named after a temporal link",
        "شي يستقبل كيم في بكين",
        "استقبل الرئيس الصيني الزعيم الكوري الشمالي اليوم في بكين. وتأتي هذه المحادثات بعد يوم من حضور كيم والرئيس "
        "الروسي فلاديمير بوتين استعراضا عسكريا في العاصمة الصينية.",
        False,
    ),
    _c(
        "experts named by their craft are specialists at work, not analysts",
        "خبراء متفجرات كوريون شماليون في كورسك",
        "قالت وكالة روسية إن عسكريين وخبراء متفجرات من كوريا الشمالية وصلوا أمس إلى منطقة كورسك الروسية لإزالة "
        "الألغام.",
        True,
        date="2024-11-04",
    ),
    _c(
        "a future told before the report the visit belongs to leaves the visit reported",
        "ألف جندي كوري شمالي لإعادة الإعمار",
        "سترسل كوريا الشمالية ألف جندي إلى روسيا للمساعدة في إعادة الإعمار، على ما أفادت وكالات روسية نقلا عن وزير "
        "روسي الأربعاء خلال زيارة إلى بيونغ يانغ.",
        True,
        date="2024-10-30",
        subtypes="visit_meeting",
    ),
    _c(
        "a visit word's pronoun points back to the country named before the clause break",
        "قلق ياباني",
        "أبدت اليابان قلقها من تقارب روسيا وكوريا الشمالية، فيما يستعد وزير الخارجية الروسي زيارتها اليوم لإجراء "
        "محادثات.",
        True,
        date="2024-11-05",
        subtypes="visit_meeting",
    ),
    _c(
        "a visit set for the day itself is its news",
        "وزير الدفاع الروسي إلى بيونغ يانغ",
        "يستعد وزير الدفاع الروسي لزيارة كوريا الشمالية اليوم لبحث التعاون العسكري بين البلدين.",
        True,
        date="2024-11-05",
    ),
    _c(
        "a visit word's pronoun with a visit set for next week is a plan",
        "قلق في سيول",
        "أعلنت سيول قلقها من تنامي العلاقات بين روسيا وكوريا الشمالية فيما يتوجه رئيس الوزراء الروسي إلى زيارتها "
        "الأسبوع المقبل.",
        False,
    ),
    _c(
        "Russian use of the North's missiles is dated by the strike a later sentence dates",
        "صاروخ كوري شمالي في خاركيف",
        "قال الرئيس الأوكراني إن المعلومات الأولية تشير إلى استخدام روسيا صاروخا باليستيا من صنع كوريا الشمالية في "
        "قصف حي سكني. وتعمل أجهزة الاستخبارات على فحص بقايا الصاروخ. وأوضح أن التحقق من منشأ الصاروخ ما زال جاريا. "
        "وتعرضت مدينة خاركيف فجر أمس الاثنين لهجوم بالصواريخ والطائرات المسيرة أسفر عن سقوط قتلى.",
        True,
        date="2024-11-04",
        subtypes="military",
    ),
    _c(
        "a spaceport named as the place is no port and no help in space",
        "رأي: حسابات الكرملين",
        "لم يكن اختيار الكرملين فوستوتشني، الميناء الفضائي الروسي، لاستضافة الزعيم الكوري الشمالي صدفة.",
        False,
        published="2023-09-27T12:00:00+02:00",
    ),
    _c(
        "a deployment protested as a deed, its doer and troops named, is reported",
        "طوكيو تستدعي السفير الروسي",
        "استدعت وزارة الخارجية اليابانية اليوم السفير الروسي للاحتجاج على إرسال كوريا الشمالية قوات إضافية إلى روسيا.",
        True,
        subtypes="military",
    ),
    _c(
        "the two sides' cooperation protested in general stays a worry",
        "طوكيو تستدعي السفير الروسي",
        "استدعت وزارة الخارجية اليابانية اليوم السفير الروسي للاحتجاج على تعاون روسيا وكوريا الشمالية في المجال "
        "العسكري.",
        False,
    ),
    _c(
        "a call to withdraw the troops and stop the cooperation denies nothing",
        "سيول: ألفا جندي كوري شمالي إلى روسيا",
        "أكد مسؤول في سيول اليوم أن كوريا الشمالية أرسلت ألفي جندي إلى روسيا خلال الأيام الماضية. وطالبت سيول بسحب "
        "القوات الكورية الشمالية فورا ووقف التعاون العسكري بين موسكو وبيونغ يانغ.",
        True,
        subtypes="military",
    ),
    _c(
        "a time clause's future word, closed by its comma, leaves the main clause reported",
        "تعاون فضائي",
        "في الوقت الذي تستعد فيه بيونغ يانغ لتجربة جديدة، أفادت مصادر في سيول بأن فنيين روسا يساعدون كوريا "
        "الشمالية منذ أسابيع في تطوير أقمارها الصناعية.",
        True,
    ),
    _c(
        "publishing a report is no deployment",
        "فيتو في مجلس الأمن",
        "اعترضت روسيا في مجلس الأمن مساء أمس على نشر تقرير للخبراء يتهم كوريا الشمالية بتجاوز حصتها من "
        "المنتجات النفطية.",
        False,
    ),
    _c(
        "the other side's specialists with the article, arrived to help",
        "مهندسون في بيونغ يانغ",
        "أفادت وكالة يونهاب اليوم بأن عددا من المهندسين الروس وصلوا إلى بيونغ يانغ للمساعدة في تطوير محركات الأقمار "
        "الصناعية.",
        True,
        subtypes="space_tech",
    ),
    _c(
        "the other side's specialists with the article, at work in the North's factories",
        "فنيون في مصانع الشمال",
        "قال مسؤول في سيول إن الفنيين الروس يعملون منذ أسابيع في مصانع الصواريخ الكورية الشمالية.",
        True,
    ),
    _c(
        "one head of state arriving in the other's capital is a summit",
        "وصول الرئيس الروسي",
        "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ فجر اليوم في زيارة دولة.",
        True,
        subtypes="summit",
    ),
    _c(
        "the North's leader visiting Russia is a summit",
        "كيم يزور روسيا",
        "قالت الوكالة الرسمية إن كيم جونغ أون يزور روسيا اليوم تلبية لدعوة رسمية.",
        True,
        subtypes="summit",
    ),
    _c(
        "an invitation to attend an event, its guest named in between",
        "دعوة إلى موسكو",
        "وجه الرئيس الروسي دعوة رسمية إلى الزعيم الكوري الشمالي لحضور احتفالات يوم النصر في موسكو.",
        True,
        subtypes="communication",
    ),
    _c(
        "a call on both to take part in talks is no invitation",
        "دعوة إلى الحوار",
        "دعت روسيا كوريا الشمالية والولايات المتحدة إلى المشاركة في محادثات جديدة.",
        False,
    ),
    _c(
        "a share reaching a figure is no arrival: the shells' origin links the two",
        "تقديرات أوكرانية",
        "قال مسؤول أوكراني إن ما يصل إلى نصف قذائف المدفعية التي يطلقها الجيش الروسي مصدرها كوريا الشمالية.",
        True,
        subtypes="military",
    ),
    _c(
        "a number reaching a figure is no arrival",
        "تقديرات",
        "ذكر تقرير روسي أن سكان كوريا الشمالية يصل عددهم إلى 26 مليونا.",
        False,
    ),
    _c(
        "the North's soldiers coming home from Russia",
        "عودة الجنود",
        "استقبل الزعيم الكوري الشمالي في بيونغ يانغ اليوم دفعة جديدة من الجنود العائدين من منطقة كورسك الروسية.",
        True,
        subtypes="military",
    ),
    _c(
        "the North's units that fought beside Russia's, honoured at home",
        "أوسمة للوحدات",
        "منح كيم جونغ أون اليوم أوسمة لضباط الوحدات التي قاتلت في كورسك إلى جانب القوات الروسية.",
        True,
        subtypes="military",
    ),
    _c(
        "thanks for a message named with a possessive",
        "رد كوري شمالي",
        "شكر الزعيم الكوري الشمالي الرئيس الروسي على رسالته التي عبر فيها عن التضامن مع منكوبي الفيضانات.",
        True,
        subtypes="communication",
    ),
    _c(
        "two messages in the dual",
        "مراسلات بين الزعيمين",
        "تلقى الزعيم الكوري الشمالي رسالتين من الرئيس الروسي خلال أسبوع واحد.",
        True,
        subtypes="communication",
    ),
    _c(
        "the North's KN-23 written in Arabic letters, fired by Russia",
        "قصف على خاركيف",
        "قالت الإدارة العسكرية في خاركيف إن روسيا أطلقت فجر اليوم صاروخين من طراز كي إن-23 الكورية الشمالية "
        "على المدينة.",
        True,
        subtypes="military",
    ),
    _c(
        "a flight between the two capitals a side announces for a coming date",
        "رحلات جوية جديدة",
        "أعلنت وزارة النقل الروسية أن أول رحلة جوية مباشرة بين موسكو وبيونغ يانغ ستقلع في 15 نوفمبر.",
        True,
        subtypes="economic",
    ),
    _c(
        "trains a side says it will run between the two capitals",
        "قطارات الركاب",
        "أعلنت السكك الحديدية الروسية أنها ستسير قطارات ركاب بين موسكو وبيونغ يانغ اعتبارا من 20 نوفمبر.",
        True,
        subtypes="economic",
    ),
    _c(
        "trains a third side expects are no announcement",
        "توقعات",
        "قال محللون إن روسيا ستسير قطارات ركاب بين موسكو وبيونغ يانغ اعتبارا من 20 نوفمبر.",
        False,
    ),
    _c(
        "the North's workers placed in a Russian city",
        "عمال كوريون شماليون في خاباروفسك",
        "قالت صحيفة يابانية إن آلاف العمال الكوريين الشماليين يعملون حاليا في ورش البناء في فلاديفوستوك.",
        True,
        subtypes="economic",
    ),
    _c(
        "the North's construction workers in a Russian city, as a headline puts it",
        "عمال بناء كوريون شماليون في موسكو",
        "",
        True,
    ),
    _c(
        "a supply going on since a month is current, not that month's",
        "تقرير عن شحنات الوقود",
        "قال معهد بحثي إن روسيا زودت كوريا الشمالية بمئات آلاف البراميل من النفط منذ فبراير.",
        True,
        subtypes="economic",
    ),
    _c(
        "oil products shipped in the present tense",
        "شحنات روسية",
        "قال مسؤول أمريكي اليوم إن روسيا تشحن منتجات نفطية إلى كوريا الشمالية بشكل منتظم.",
        True,
        subtypes="economic",
    ),
    _c(
        "grain sent as aid",
        "مساعدات روسية",
        "أرسلت روسيا إلى كوريا الشمالية شحنة من القمح تزن خمسين ألف طن، بحسب السفارة الروسية.",
        True,
        subtypes="economic",
    ),
    _c(
        "a summit dated by its own relative clause, not by the day of the programme about it",
        "برنامج عن قمة فوستوتشني",
        "تبث القناة الروسية مساء اليوم برنامجا عن القمة التي جمعت بوتين وكيم في فوستوتشني في سبتمبر 2023.",
        False,
    ),
    _c(
        "a visit dated by its own relative clause in a statement of today",
        "تصريحات للكرملين",
        "تحدث بيسكوف اليوم عن الزيارة التي قام بها كيم جونغ أون إلى روسيا عام 2019 ونتائجها.",
        False,
    ),
    _c(
        "a named official of one side in the other's capital, as a headline puts it",
        "شويغو في بيونغ يانغ",
        "",
        True,
        subtypes="visit_meeting",
    ),
    _c(
        "a named official of one side speaking from the other's capital",
        "تصريحات روسية",
        "قال وزير الخارجية الروسي سيرغي لافروف في بيونغ يانغ اليوم إن العلاقات بين البلدين تتطور بسرعة.",
        True,
        date="2024-11-05",
        subtypes="visit_meeting",
    ),
    _c(
        "the other side's name spelt without the long vowel",
        "مدفيديف في بيونغ يانغ",
        "",
        True,
        subtypes="visit_meeting",
    ),
    _c(
        "a transfer named as the charge behind a sanction",
        "عقوبات بريطانية على سفن",
        "أدرجت الحكومة البريطانية اليوم ثلاث سفن على قائمة العقوبات بتهمة نقل أسلحة بين كوريا الشمالية وروسيا.",
        False,
    ),
    _c(
        "a third side condemning the cooperation with the past verb written without its hamza",
        "بيان أوروبي",
        "دان الاتحاد الأوروبي اليوم التعاون العسكري بين روسيا وكوريا الشمالية، ودعا البلدين إلى احترام القانون الدولي.",
        False,
    ),
    _c(
        "a visit a side says is set for a coming day",
        "كيم يزور روسيا الأسبوع المقبل",
        "قال الكرملين اليوم إن الزعيم الكوري الشمالي كيم جونغ أون سيقوم بزيارة إلى روسيا يومي 12 و13 نوفمبر.",
        True,
        subtypes="visit_meeting",
    ),
    _c(
        "a visit whose only future word is the coming date a side announces",
        "الكرملين: رئيس الوزراء الكوري الشمالي يصل في 11 نوفمبر",
        "أعلنت الرئاسة الروسية أن رئيس الوزراء الكوري الشمالي سيصل إلى موسكو في 11 نوفمبر لإجراء محادثات مع بوتين.",
        True,
        subtypes="visit_meeting",
    ),
    _c(
        "a visit a spokeswoman of a side announces for coming dates",
        "لافروف إلى بيونغ يانغ",
        "أعلنت المتحدثة باسم الخارجية الروسية أن الوزير سيرغي لافروف سيزور كوريا الشمالية من 10 إلى 12 نوفمبر.",
        True,
        subtypes="visit_meeting",
    ),
    _c(
        "a coming visit analysts only expect stays a plan",
        "زيارة محتملة",
        "قال محللون إن الزعيم الكوري الشمالي قد يزور روسيا في 12 نوفمبر لإجراء محادثات مع بوتين.",
        False,
    ),
    _c(
        "Russian engineers arrived to help the North's satellite programme",
        "مهندسون روس في موقع الإطلاق",
        "أفادت الاستخبارات الكورية الجنوبية اليوم بأن مهندسين روسا وصلوا إلى موقع الإطلاق الفضائي لمساعدة كوريا "
        "الشمالية في برنامج أقمارها الصناعية.",
        True,
        subtypes="space_tech",
    ),
    _c(
        "Russian technicians working in the North on its missiles",
        "فنيون روس في بيونغ يانغ",
        "قالت مصادر عسكرية اليوم إن فنيين روسا يعملون في كوريا الشمالية على تطوير الصواريخ الباليستية.",
        True,
        subtypes="military",
    ),
    _c(
        "Russian experts who visited the North to help it",
        "خبراء روس في الشمال",
        "قال مسؤول عسكري كوري جنوبي اليوم إن خبراء روسا زاروا كوريا الشمالية أمس لمساعدتها في تطوير صواريخها.",
        True,
        subtypes="visit_meeting military",
    ),
    _c(
        "Russian experts giving a view are analysts, not a link",
        "توقعات بتجربة جديدة",
        "يرى خبراء روس أن كوريا الشمالية قد تجري تجربة صاروخية جديدة قريبا.",
        False,
    ),
    # ------------------------------------------------------------- Seoul's reports name the North "the North"
    _c(
        "Seoul's 'the North' sending munitions to Russia",
        "سيول: الشمال يواصل شحن الذخيرة إلى روسيا",
        "قالت هيئة الأركان المشتركة الكورية الجنوبية اليوم إن الشمال زود روسيا بملايين القذائف المدفعية.",
        True,
        subtypes="military",
    ),
    _c(
        "Seoul's 'the North' sending troops to Russia",
        "الشمال يرسل قوات إضافية",
        "قالت سيول اليوم إن الشمال أرسل ألفي جندي إضافي إلى روسيا للقتال في كورسك.",
        True,
        subtypes="military",
    ),
    # ------------------------------------------------------------- the North's troops fighting for Russia
    _c(
        "troops: units placed in a Russian region",
        "زيلينسكي: أول اشتباك مع الكوريين الشماليين",
        "أعلن الرئيس الأوكراني أن قواته اشتبكت للمرة الأولى مع وحدات كورية شمالية في منطقة كورسك.",
        True,
        subtypes="military",
    ),
    _c(
        "troops: stationed in Russian territory, with a participle between",
        "سيول: الجنود الكوريون الشماليون في الخطوط الخلفية",
        "قالت الاستخبارات في سيول إن الجنود الكوريين الشماليين المتمركزين في الأراضي الروسية يتولون مهام الحراسة.",
        True,
        subtypes="military",
    ),
    _c(
        "troops: the indefinite plural, a few words before the region",
        "جنود على الجبهة",
        "قال الجيش الأوكراني إن جنودا كوريين شماليين شوهدوا على خطوط الجبهة في كورسك.",
        True,
    ),
    _c(
        "troops: fighting beside the Russian army, casualties",
        "مسؤول أمريكي: خسائر فادحة بين الكوريين الشماليين",
        "قال مسؤول أمريكي إن مئات الجنود الكوريين الشماليين قتلوا أو أصيبوا خلال قتالهم إلى جانب الجيش الروسي.",
        True,
    ),
    _c(
        "troops: captured soldiers",
        "أوكرانيا تأسر جنديين كوريين شماليين",
        "أسرت القوات الأوكرانية جنديين كوريين شماليين في منطقة كورسك، بحسب ما أعلن الرئيس الأوكراني أمس.",
        True,
    ),
    _c(
        "troops: a captured soldier, wounded in his fighting beside the Russian forces",
        "وفاة أسير كوري شمالي",
        "قالت الاستخبارات في سيول اليوم إن الجندي الكوري الشمالي الذي أسرته القوات الأوكرانية توفي متأثرا بجروح أصيب "
        "بها خلال قتاله مع القوات الروسية.",
        True,
    ),
    _c(
        "troops: a captive soldier who says he was taken to Russia",
        "أسير يتحدث",
        "ظهر جندي كوري شمالي أسير في تسجيل نشرته السلطات الأوكرانية اليوم، وقال إنه نقل إلى روسيا للتدريب.",
        True,
    ),
    _c(
        "troops: sent since a past month, with a purpose after the transfer",
        "جنود للبناء",
        "قالت المخابرات الكورية الجنوبية إن كوريا الشمالية نشرت نحو خمسة آلاف جندي من سلاح الهندسة في روسيا منذ "
        "أغسطس الماضي، من أجل المساهمة في إعادة بناء الطرق والجسور.",
        True,
        published="2025-10-30T10:00:00+03:00",
    ),
    _c(
        "troops: the North acknowledges its part",
        "بيونغ يانغ تقر بمشاركة قواتها",
        "اعترفت كوريا الشمالية اليوم بأن وحدات من جيشها شاركت في استعادة كورسك إلى جانب الجيش الروسي.",
        True,
        date="2024-11-05",
    ),
    _c(
        "troops: an official's count of arrivals",
        "البنتاغون: ثلاثة آلاف جندي",
        "قال البنتاغون إن نحو ثلاثة آلاف جندي من كوريا الشمالية وصلوا إلى الشرق الأقصى الروسي للتدرب قبل إرسالهم "
        "إلى الجبهة.",
        True,
    ),
    _c(
        "troops: the fighting in a Russian region with no North Korean side is not cooperation",
        "معارك كورسك",
        "تواصلت المعارك في منطقة كورسك الروسية اليوم بين القوات الأوكرانية والروسية.",
        False,
    ),
    _c(
        "troops: a denial by the Kremlin",
        "الكرملين ينفي",
        "نفى الكرملين اليوم التقارير عن وجود جنود كوريين شماليين في روسيا ووصفها بأنها كاذبة.",
        False,
    ),
    # ------------------------------------------------------------- munitions and missiles reported as current
    _c(
        "munitions: shipped, per the South's intelligence",
        "سيول: مليون قذيفة",
        "قال جهاز الاستخبارات الوطني في سيول إن كوريا الشمالية شحنت إلى روسيا أكثر من مليون قذيفة مدفعية منذ أغسطس.",
        True,
        subtypes="military",
    ),
    _c(
        "munitions: supplied now, rocket launchers and guns",
        "الأركان في سيول: راجمات ومدافع",
        "أفادت هيئة الأركان في سيول بأن كوريا الشمالية تزود روسيا حاليا براجمات صواريخ عيار 240 ملم ومدافع ذاتية "
        "الحركة.",
        True,
    ),
    _c(
        "munitions: a Russian purchase disclosed by an official",
        "صفقة قذائف",
        "كشف مسؤول أمريكي أن روسيا اشترت ملايين القذائف المدفعية من كوريا الشمالية.",
        True,
    ),
    _c(
        "munitions: a count of shells in the singular after the number",
        "تقرير رقابي",
        "ذكر تقرير لفريق رقابة دولي أن كوريا الشمالية زودت روسيا بنحو تسعة ملايين قذيفة منذ مطلع العام الماضي.",
        True,
        subtypes="military",
    ),
    _c(
        "military: Russian help in return, drones",
        "مسيرات",
        "قالت الاستخبارات الأوكرانية إن روسيا تساعد كوريا الشمالية حاليا في إنتاج طائرات مسيرة هجومية.",
        True,
        subtypes="military",
    ),
    _c(
        "military: Russian help in return, air defences",
        "دفاع جوي",
        "قال رئيس الاستخبارات في سيول إن روسيا زودت بيونغ يانغ بمعدات دفاع جوي لحماية العاصمة.",
        True,
        subtypes="military",
    ),
    _c(
        "military: the remains of the North's soldiers handed over",
        "رفات الجنود",
        "تسلمت كوريا الشمالية من روسيا اليوم رفات جنودها الذين قتلوا في كورسك.",
        True,
        subtypes="military",
    ),
    _c(
        "munitions: the transfer as others fear it",
        "مخاوف غربية",
        "تخشى الدول الغربية أن تحصل كوريا الشمالية على تكنولوجيا صاروخية روسية مقابل إرسال جنود.",
        False,
    ),
    _c(
        "munitions: analysts' reading",
        "محللون",
        "يرى محللون أن موسكو قد تزود بيونغ يانغ بتكنولوجيا الغواصات مقابل الذخائر.",
        False,
    ),
    _c(
        "munitions: what observers believe",
        "مراقبون",
        "يعتقد مراقبون أن روسيا تزود كوريا الشمالية بتكنولوجيا الأقمار الصناعية مقابل الذخائر.",
        False,
    ),
    _c(
        "munitions: a possibility",
        "احتمال",
        "من الممكن أن تحصل كوريا الشمالية على مقاتلات روسية حديثة في المقابل.",
        False,
    ),
    # ------------------------------------------------------------- summits, trains, visits
    _c(
        "summit: the leader leaves by train toward the other side",
        "كيم يتوجه إلى روسيا بقطاره",
        "استقل الزعيم الكوري الشمالي كيم جونغ أون قطاره المدرع وغادر عاصمته متجها إلى روسيا للقاء الرئيس بوتين.",
        True,
    ),
    _c(
        "summit: the leader's own train crosses the border, a visit and no trade",
        "قطار الزعيم",
        "عبر القطار الخاص للزعيم الكوري الشمالي الحدود الروسية صباح اليوم.",
        True,
        date="2024-11-05",
        subtypes="visit_meeting",
    ),
    _c(
        "labour: workers leaving Russia as a sanctions deadline nears is no visit",
        "العمال يغادرون",
        "غادر آلاف العمال الكوريين الشماليين روسيا قبل انتهاء المهلة التي حددها مجلس الأمن لإعادتهم.",
        False,
        published="2019-12-20T09:00:00+03:00",
    ),
    _c(
        "summit: the visit announced by one side",
        "الكرملين يعلن زيارة",
        "أعلن الكرملين اليوم أن الرئيس بوتين سيزور كوريا الشمالية الأسبوع المقبل بدعوة من كيم جونغ أون.",
        True,
    ),
    _c(
        "summit: a possible visit only, as a third party says",
        "زيارة محتملة",
        "قال مسؤول ياباني إن بوتين قد يزور كوريا الشمالية في وقت لاحق من العام.",
        False,
    ),
    _c(
        "summit: the host receives the visitor today",
        "بيونغ يانغ تستقبل بوتين",
        "تستقبل بيونغ يانغ اليوم الرئيس الروسي فلاديمير بوتين في أول زيارة له منذ أربعة وعشرين عاما.",
        True,
        date="2024-11-05",
    ),
    _c(
        "summit: both leaders at a third state's parade, no meeting reported",
        "عرض بكين",
        "حضر بوتين وكيم جونغ أون العرض العسكري في بكين إلى جانب الرئيس الصيني، دون أن يعلن عن لقاء بينهما.",
        False,
    ),
    _c(
        "summit: a Russian city stands for Russia",
        "عاجل | كيم جونغ أون يصل إلى فلاديفوستوك",
        "وصل الزعيم الكوري الشمالي كيم جونغ أون صباح اليوم الأربعاء إلى مدينة فلاديفوستوك على متن قطاره المصفح، "
        "حيث كان في استقباله وزير روسي.",
        True,
        date="2019-04-24",
        published="2019-04-24T10:00:00+03:00",
    ),
    _c(
        "summit: both leaders travel to a third state's parade",
        "بوتين وكيم في بكين",
        "وصل الرئيس الروسي والزعيم الكوري الشمالي إلى بكين للمشاركة في العرض العسكري الصيني، إلى جانب أكثر من "
        "عشرين زعيما أجنبيا.",
        False,
    ),
    _c(
        "summit: a leader in a third state's capital for a parade another leader takes part in",
        "كيم في بكين",
        "وصل الزعيم الكوري الشمالي إلى بكين لحضور عرض عسكري يشارك فيه الرئيس الروسي بوتين وعشرات القادة.",
        False,
    ),
    _c(
        "summit: the two leaders meet in a third state's capital, named by its adjective",
        "قمة في بكين",
        "وصل كيم جونغ أون إلى العاصمة الصينية بكين حيث التقى الرئيس بوتين اليوم.",
        True,
        subtypes="summit",
    ),
    _c(
        "summit: a journey to a third state, the Russian side only in the clause after 'while'",
        "كيم إلى سنغافورة",
        "توجه كيم جونغ أون إلى سنغافورة على متن طائرة مستأجرة، فيما أعرب الكرملين عن أمله في نجاح القمة.",
        False,
        published="2018-06-10T10:00:00+03:00",
    ),
    _c(
        "summit: one of several states' journalists",
        "صحافيون أجانب في وونسان",
        "توجه عشرات الصحافيين من الصين والولايات المتحدة وروسيا وبريطانيا إلى مدينة وونسان لتغطية الحدث.",
        False,
    ),
    _c(
        "agreement: a year that dates the older treaty the new one replaces",
        "معاهدة جديدة",
        "وقع بوتين وكيم جونغ أون معاهدة للشراكة الاستراتيجية الشاملة لتحل محل معاهدة الصداقة الموقعة عام 2000.",
        True,
        subtypes="agreement",
        published="2024-06-19T09:00:00+03:00",
    ),
    _c(
        "agreement: a treaty signed months ago, in a pluperfect clause",
        "خلفية المعاهدة",
        "وكان بوتين وكيم جونغ أون قد وقعا معاهدة للشراكة في يونيو الماضي.",
        False,
    ),
    _c(
        "summit: a first meeting years ago is background",
        "خلفية",
        "يذكر أن بوتين وكيم التقيا للمرة الأولى في فلاديفوستوك عام 2019.",
        False,
    ),
    # ------------------------------------------------------------- ministers and delegations
    _c(
        "visit: a minister received at a seaside resort",
        "كيم يستقبل لافروف في وونسان",
        "استقبل كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف في منتجع ساحلي بمدينة وونسان يوم السبت.",
        True,
        date="2024-11-02",
        subtypes="visit_meeting",
    ),
    _c(
        "visit: a side's official at the other's parade",
        "ميدفيديف في العرض",
        "حضر الرئيس الروسي السابق دميتري ميدفيديف إلى جانب كيم جونغ أون العرض العسكري الذي أقيم اليوم.",
        True,
        date="2024-11-05",
    ),
    _c(
        "visit: accompanied by the other side's minister",
        "كيم في مطار عسكري",
        "تفقد كيم جونغ أون قاذفات استراتيجية في مطار قرب فلاديفوستوك برفقة وزير الدفاع الروسي.",
        True,
    ),
    _c(
        "visit: a delegation for an anniversary",
        "وفد روسي في احتفالات الحزب",
        "وصل وفد روسي رفيع إلى بيونغ يانغ أمس للمشاركة في احتفالات الذكرى الثمانين لتأسيس حزب العمال الكوري.",
        True,
        date="2024-11-04",
    ),
    _c(
        "visit: a delegation leaves after talks on trade",
        "وفد روسي يغادر",
        "غادر بيونغ يانغ اليوم وفد اقتصادي روسي يرأسه وزير الموارد الطبيعية، بعد يومين من المحادثات حول التبادل "
        "التجاري.",
        True,
    ),
    _c(
        "visit: a North Korean resort stands for the North",
        "سياح روس في وونسان",
        "زارت أول مجموعة من السياح الروس منتجع وونسان الساحلي هذا الأسبوع، قادمين من مدينة روسية في الشرق الأقصى.",
        True,
    ),
    _c(
        "visit: an ambassador presents credentials",
        "أوراق اعتماد",
        "قدم السفير الكوري الشمالي الجديد أوراق اعتماده إلى الرئيس بوتين في الكرملين اليوم.",
        True,
        date="2024-11-05",
    ),
    _c(
        "visit: a banquet in a visiting minister's honour",
        "مأدبة",
        "أقام السفير الروسي مأدبة على شرف وزيرة الخارجية الكورية الشمالية في موسكو أمس.",
        True,
        date="2024-11-04",
    ),
    _c(
        "visit: a third state's minister meets a Russian one about the North",
        "الصين وروسيا",
        "التقى وزير الخارجية الصيني نظيره الروسي وبحثا الوضع في شبه الجزيرة الكورية وكوريا الشمالية.",
        False,
    ),
    _c(
        "visit: Washington and Moscow talk about the North",
        "بلينكن ولافروف",
        "بحث وزير الخارجية الأمريكي مع نظيره الروسي في اتصال هاتفي البرنامج النووي لكوريا الشمالية.",
        False,
    ),
    # ------------------------------------------------------------- messages
    _c(
        "message: condolences offered",
        "كيم يقدم تعازيه",
        "قدم الزعيم الكوري الشمالي تعازيه إلى الرئيس الروسي في ضحايا الهجوم قرب موسكو.",
        True,
        subtypes="communication",
    ),
    _c(
        "message: a condolence verb",
        "تعزية",
        "عزى كيم جونغ أون نظيره الروسي بوتين في ضحايا الفيضانات، وفق ما أوردت الوكالة المركزية اليوم.",
        True,
    ),
    _c(
        "message: a congratulation cable",
        "برقية تهنئة",
        "بعث الزعيم كيم جونغ أون برقية تهنئة إلى الرئيس الروسي بمناسبة يوم روسيا.",
        True,
        subtypes="communication",
    ),
    # ------------------------------------------------------------- transport links
    _c(
        "transport: a first passenger aircraft lands, from one capital to the other",
        "أول طائرة ركاب من موسكو",
        "هبطت في بيونغ يانغ اليوم أول طائرة ركاب قادمة مباشرة من موسكو.",
        True,
        date="2024-11-05",
        subtypes="economic",
    ),
    _c(
        "transport: a first train leaves for the other capital",
        "انطلاق قطار إلى موسكو",
        "انطلق أول قطار ركاب من بيونغ يانغ إلى موسكو صباح اليوم.",
        True,
        date="2024-11-05",
    ),
    _c(
        "transport: the two sides begin a road bridge",
        "جسر فوق نهر تومين",
        "بدأت روسيا وكوريا الشمالية اليوم بناء جسر للسيارات فوق نهر تومين يربط البلدين.",
        True,
        date="2024-11-05",
        subtypes="economic",
    ),
    _c(
        "transport: no direct flights, the negation before the link's content word",
        "لا رحلات مباشرة",
        "لا توجد رحلات جوية مباشرة بين موسكو وبيونغ يانغ منذ سنوات.",
        False,
    ),
    _c(
        "transport: flights under study",
        "دراسة رحلات",
        "تدرس روسيا إطلاق رحلات جوية مباشرة إلى كوريا الشمالية.",
        False,
    ),
    _c(
        "transport: trains suspended",
        "تعليق القطارات",
        "علقت روسيا رحلات القطارات إلى كوريا الشمالية بسبب الجائحة.",
        False,
    ),
    _c(
        "labour: a transfer the sanctions forbid",
        "العقوبات",
        "تحظر العقوبات الأممية على كوريا الشمالية تصدير العمال إلى روسيا وغيرها.",
        False,
    ),
    _c(
        "transport: a freight train to a third state",
        "قطار شحن",
        "غادر قطار الشحن محطة خاسان الروسية متجها إلى الصين.",
        False,
    ),
    # ------------------------------------------------------------- the two sides as one subject
    _c(
        "joint subject: naval drills",
        "مناورات مشتركة",
        "أجرت روسيا وكوريا الشمالية اليوم أول مناورات بحرية مشتركة في المياه الدولية.",
        True,
        date="2024-11-05",
        subtypes="military",
    ),
    _c(
        "joint subject: the pair as the object of an accusation",
        "انتقاد أمريكي",
        "انتقد المندوب الأمريكي في مجلس الأمن روسيا وكوريا الشمالية بسبب صفقات الأسلحة.",
        False,
    ),
    # ------------------------------------------------------------- space technology
    _c(
        "space: technical help with the North's own satellite",
        "مساعدة روسية",
        "قال مسؤول كوري جنوبي إن روسيا قدمت مساعدة تقنية لكوريا الشمالية في إطلاق قمرها الصناعي للاستطلاع.",
        True,
        subtypes="space_tech",
    ),
    # ------------------------------------------------------------- cooperation as others' worry or backdrop
    _c(
        "backdrop: cooperation named as the setting of a launch",
        "كوريا الشمالية تطلق صاروخا باليستيا",
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا باتجاه البحر الشرقي، بحسب الجيش الكوري الجنوبي. ويأتي "
        "الإطلاق وسط تعاون عسكري متزايد بين بيونغ يانغ وموسكو.",
        False,
    ),
    _c(
        "backdrop: a protest over the cooperation",
        "سيول تحتج",
        "استدعت الخارجية الكورية الجنوبية السفير الروسي للاحتجاج على التعاون العسكري بين موسكو وبيونغ يانغ.",
        False,
    ),
    _c(
        "backdrop: the cooperation condemned in a joint statement",
        "بيان ثلاثي",
        "أدانت كوريا الجنوبية واليابان والولايات المتحدة في بيان مشترك التعاون العسكري غير المشروع بين روسيا وكوريا "
        "الشمالية، وطالبت بوقفه فورا.",
        False,
    ),
    _c(
        "backdrop: warnings about growing cooperation, the noun far before the two sides",
        "واشنطن تجدد تحذيراتها",
        "جددت واشنطن اليوم تحذيراتها من زيادة حجم التعاون العسكري المتنامي بين كوريا الشمالية وروسيا.",
        False,
    ),
    _c(
        "backdrop: a transfer condemned is still reported",
        "سيول تدين",
        "أدانت سيول اليوم إرسال كوريا الشمالية آلاف الجنود إلى روسيا، وطالبت بسحبهم فورا.",
        True,
        subtypes="military",
    ),
    _c(
        "backdrop: a Russian veto at the UN",
        "فيتو روسي",
        "استخدمت روسيا حق النقض في مجلس الأمن ضد تمديد ولاية لجنة الخبراء المعنية بكوريا الشمالية.",
        False,
    ),
    _c(
        "troops: soldiers of the North named in the dual",
        "مقتل جنديين في كورسك",
        "قتل جنديان كوريان شماليان أثناء القتال إلى جانب القوات الروسية في منطقة كورسك، بحسب الاستخبارات.",
        True,
    ),
    _c(
        "munitions: a panel of experts reports, it does not speculate",
        "تقرير أممي",
        "قال فريق خبراء الأمم المتحدة في تقرير اليوم إن كوريا الشمالية زودت روسيا بصواريخ باليستية وذخائر.",
        True,
    ),
    _c(
        "munitions: experts' belief is speculation",
        "قراءة",
        "يرى خبراء أن كوريا الشمالية ربما زودت روسيا بصواريخ باليستية.",
        False,
    ),
    _c(
        "troops: the North's forces named in one term entering a Russian region",
        "تقرير استخباري",
        "أفادت الاستخبارات العسكرية الأوكرانية اليوم بأن القوات الكورية الشمالية دخلت مقاطعة كورسك خلال الأيام "
        "الماضية.",
        True,
        subtypes="military",
    ),
    _c(
        "troops: the North's soldiers training in Russian bases",
        "البنتاغون",
        "قال مسؤول في البنتاغون إن جنودا كوريين شماليين يتلقون تدريبات في قواعد روسية قرب الحدود مع أوكرانيا.",
        True,
        subtypes="military",
    ),
    _c(
        "troops: the North's soldiers stationed in the Russian far east",
        "سيول: آلاف الجنود",
        "ذكر جهاز الاستخبارات الكوري الجنوبي أن آلاف الجنود الكوريين الشماليين يتمركزون حاليا في أقصى الشرق الروسي.",
        True,
        subtypes="military",
    ),
    _c(
        "troops: the North's units in the Russian far east with ب on the region",
        "وحدات تتدرب",
        "وقال المسؤول إن وحدات كورية شمالية تتدرب منذ أسابيع بأقصى الشرق الروسي.",
        True,
        subtypes="military",
    ),
    _c(
        "transport: regular flights a state company announces between the two capitals",
        "رحلات منتظمة",
        "أعلنت شركة روسية حكومية أنها ستبدأ تسيير رحلات منتظمة بين موسكو وبيونغ يانغ مطلع الشهر المقبل.",
        True,
        subtypes="economic",
    ),
    _c(
        "transport: a train resumed on a day of a coming month is announced, not dated to last year",
        "عودة القطار",
        "قالت هيئة السكك الحديدية الروسية إنها ستستأنف تشغيل القطار بين خاباروفسك وبيونغ يانغ في 20 ديسمبر.",
        True,
        subtypes="economic",
    ),
    _c(
        "transport: trains that will start on a day of a coming month are announced",
        "قطارات الركاب",
        "قالت السلطات الروسية إن قطارات الركاب بين موسكو وبيونغ يانغ ستبدأ رحلاتها في 3 ديسمبر، مرتين في الشهر.",
        True,
        subtypes="economic",
    ),
    _c(
        "military: one side training the other's pilots on fighter jets",
        "طيارون في روسيا",
        "قالت الاستخبارات الكورية الجنوبية اليوم إن روسيا تدرب طيارين كوريين شماليين على قيادة مقاتلات حديثة.",
        True,
        subtypes="military",
    ),
    _c(
        "military: one side that trained the other's soldiers on drones",
        "تدريب على المسيرات",
        "قال مسؤول أوكراني إن موسكو دربت جنودا كوريين شماليين على استخدام الطائرات المسيرة في الأسابيع الأخيرة.",
        True,
        subtypes="military",
    ),
    _c(
        "military: a drill of one side with the other only watching is no cooperation",
        "تدريبات جنوبية",
        "تدرب كوريا الجنوبية قواتها على التصدي لصواريخ كوريا الشمالية، فيما تتابع روسيا الوضع عن كثب.",
        False,
    ),
    _c(
        "troops: the leader seeing off his soldiers leaving for Russia",
        "مراسم وداع",
        "ودع الزعيم الكوري الشمالي كيم جونغ أون أمس جنوده المتوجهين إلى روسيا في مراسم أقيمت في العاصمة.",
        True,
        date="2024-11-04",
        subtypes="military",
    ),
    _c(
        "labour: workers of the North leaving for Russia",
        "عمال إلى روسيا",
        "ودعت بيونغ يانغ اليوم مئات العمال المغادرين إلى روسيا للعمل في مواقع البناء بالشرق الأقصى.",
        True,
        subtypes="economic",
    ),
    _c(
        "munitions: Russia firing missiles of a North Korean designation, the North never named",
        "قصف على زاباروجيا",
        "قالت القوات الجوية الأوكرانية اليوم إن روسيا أطلقت الليلة الماضية ثلاثة صواريخ من طراز كيه إن-23 على مدينة "
        "زاباروجيا.",
        True,
        subtypes="military",
    ),
    _c(
        "munitions: Russian forces firing missiles of a North Korean type name",
        "خاركيف",
        "أطلقت القوات الروسية فجر اليوم صاروخين من طراز هواسونغ-11 على خاركيف، وفق مسؤولين أوكرانيين.",
        True,
        subtypes="military",
    ),
    _c(
        "munitions: Moscow reacting to the North's own launch of its missile is no cooperation",
        "موسكو تدعو لضبط النفس",
        "دعت موسكو جميع الأطراف إلى ضبط النفس بعد إطلاق صاروخ هواسونغ-19 فوق البحر.",
        False,
    ),
    # ------------------------------------------------------------- the two men of the sentence before
    _c(
        "the two men right after a sentence naming one of each side, in a story naming Washington more often",
        "كيم يتحدث عن السلام",
        "تحدث الزعيم الكوري الشمالي كيم جونغ أون إلى وزير الدفاع الروسي أندريه بيلوسوف عن السلام في المنطقة. "
        "وأوردت الوكالة الرسمية عقب لقاء الرجلين يوم الأحد في بيونغ يانغ أن كيم عبر عن ارتياحه. " + _WASHINGTON,
        True,
        date="2024-11-03",
    ),
    _c(
        "the two leaders right after a sentence naming one of each side",
        "بوتين يؤكد دعمه",
        "أكد الرئيس الروسي فلاديمير بوتين للزعيم الكوري الشمالي كيم جونغ أون دعم بلاده للسلام. "
        "وجاء ذلك خلال اجتماع الزعيمين أمس في فلاديفوستوك. " + _WASHINGTON,
        True,
        date="2024-11-04",
    ),
    _c(
        "the two sides after a Russian minister's words on the North, in a story naming Washington more often",
        "لافروف: بيونغ يانغ مستعدة للحوار",
        "قال وزير الخارجية الروسي سيرغي لافروف إن كوريا الشمالية مستعدة للحوار. "
        "وأضاف أن على الطرفين الجلوس إلى طاولة المحادثات قريبا. " + _WASHINGTON,
        False,
    ),
    _c(
        "the two leaders after a Russian leader's words on the North's leader meeting a third",
        "بوتين يدعو إلى قمة ثانية",
        "قال الرئيس الروسي فلاديمير بوتين إن على الزعيم كيم جونغ أون أن يلتقي الرئيس الأمريكي مرة أخرى. "
        "ودعا الزعيمين إلى عقد لقاء جديد قريبا. " + _WASHINGTON,
        False,
    ),
    _c(
        "the two men after a sentence naming Russia and a third state",
        "بوتين وترامب يبحثان ملف كوريا الشمالية",
        "قال الرئيس الروسي فلاديمير بوتين للرئيس الأمريكي إن الحوار مع كوريا الشمالية هو الحل. "
        "وجاء ذلك عقب اجتماع الرجلين أمس في هلسنكي. " + _WASHINGTON,
        False,
    ),
    # ------------------------------------------------------------- what a Russian says ought to happen
    _c(
        "a Russian leader saying the North's leader should meet a third state's president",
        "بوتين: على كيم لقاء رئيس أمريكا",
        "صرح الرئيس الروسي فلاديمير بوتين اليوم بأن الزعيم الكوري الشمالي يجب أن يجتمع بالرئيس الأمريكي.",
        False,
    ),
    _c(
        "a Russian minister saying a meeting ought to take place",
        "لافروف يدعو إلى لقاء",
        "قال وزير الخارجية الروسي اليوم إنه ينبغي أن يجتمع الزعيم الكوري الشمالي مع نظيره الأمريكي قريبا.",
        False,
    ),
    _c(
        "on whom it falls to meet, after a Russian speaker",
        "الكرملين: على بيونغ يانغ التحاور",
        "قال المتحدث باسم الكرملين إن على الزعيم كيم جونغ أون أن يلتقي بومبيو قبل أي قمة.",
        False,
    ),
    _c(
        "the Russian side saying it must hold talks with the North",
        "موسكو تلمح إلى محادثات",
        "قال لافروف إنه يتعين على روسيا أن تجري محادثات مع كوريا الشمالية حول الحدود.",
        False,
    ),
    # ------------------------------------------------------------- Russia on the North's meetings with third parties
    _c(
        "the Kremlin welcoming a summit that brought the North's leader together with a third state's president",
        "الكرملين يرحب بقمة سنغافورة",
        "رحب الكرملين اليوم بالقمة التي جمعت الزعيم الكوري الشمالي كيم جونغ أون والرئيس الأمريكي في سنغافورة.",
        False,
    ),
    _c(
        "Russia welcoming talks between the North's leader and the South's president",
        "موسكو ترحب",
        "أعربت روسيا اليوم عن ترحيبها بالمحادثات بين كيم جونغ أون والرئيس الكوري الجنوبي في المنطقة المنزوعة السلاح.",
        False,
    ),
    _c(
        "a meeting named by its pair, one side and a third state's leader, after a Russian speaker",
        "بيسكوف يعلق",
        "قال بيسكوف اليوم إن موسكو تنظر بإيجابية إلى لقاء كيم جونغ أون ومون الأخير.",
        False,
    ),
    _c(
        "a Russian leader's view of a meeting between the North's leader and a third state's leader",
        "بوتين: لقاء إيجابي",
        "قال الرئيس الروسي فلاديمير بوتين اليوم إن اجتماع الزعيم الكوري الشمالي بترامب كان خطوة مهمة.",
        False,
    ),
    _c(
        "the Kremlin hoping the North's leader meets a third state's president",
        "الكرملين يأمل",
        "أكد المتحدث باسم الكرملين اليوم أن موسكو تأمل أن يلتقي كيم جونغ أون بالرئيس الأمريكي قريبا.",
        False,
    ),
    _c(
        "a Russian minister received by the North's leader, a third state's summit in the same sentence",
        "كيم يستقبل لافروف",
        "استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف اليوم وبحث معه نتائج قمته "
        "مع ترامب.",
        True,
        date="2024-11-05",
    ),
    _c(
        "a Russian minister telling of his own talks with the North's leader",
        "لافروف: بحثت مع كيم",
        "قال لافروف اليوم إنه التقى كيم جونغ أون في بيونغ يانغ وبحث معه الوضع بعد قمة ترامب.",
        True,
    ),
    _c(
        "a summit named by a third state's and the North's adjectives, welcomed by Moscow",
        "الكرملين يرحب بالقمة الأمريكية الكورية الشمالية",
        "",
        False,
    ),
    _c(
        "talks named by the North's and a third state's adjectives",
        "موسكو ترحب",
        "رحبت روسيا اليوم بالمحادثات الكورية الشمالية الأمريكية في فيتنام.",
        False,
    ),
    _c(
        "a summit named by the two sides' adjectives",
        "القمة الروسية الكورية الشمالية تنطلق اليوم في فلاديفوستوك",
        "",
        True,
    ),
    _c(
        "a Russian minister backing talks between the parties concerned with the North",
        "لافروف: سندعم الحوار",
        "قال وزير الخارجية الروسي اليوم إن موسكو ستدعم بقوة المحادثات بين الأطراف المعنية بملف كوريا الشمالية.",
        False,
    ),
    _c(
        "Moscow saying it would welcome talks between the great powers and the North",
        "روسيا ترحب",
        "قال المتحدث باسم الخارجية الروسية اليوم إن موسكو سترحب بأي محادثات بين القوى الكبرى وكوريا الشمالية.",
        False,
    ),
    _c(
        "the North's leader welcoming a Russian minister's visit",
        "كيم جونغ أون يرحب بزيارة لافروف",
        "",
        True,
    ),
    _c(
        "a Russian leader praising his own talks with the North's leader",
        "بوتين يشيد بالمحادثات مع كيم جونغ أون",
        "أشاد الرئيس الروسي فلاديمير بوتين اليوم بالمحادثات مع كيم جونغ أون في فلاديفوستوك.",
        True,
    ),
    # ------------------------------------------------------------- invitations to a visit in a month ahead
    _c(
        "an invitation to visit in a month after the publication month is to the coming one",
        "",
        "وجه الرئيس الروسي دعوة إلى الزعيم الكوري الشمالي لزيارة مدينة خاباروفسك في أغسطس.",
        True,
        date="2022-05-16",
        published="2022-05-16T10:00:00+03:00",
    ),
    _c(
        "an invitation, the verb, to visit in a month ahead",
        "",
        "دعا الرئيس الروسي نظيره الكوري الشمالي إلى زيارة قازان في سبتمبر.",
        True,
        date="2021-07-05",
        published="2021-07-05T10:00:00+03:00",
    ),
    _c(
        "an ambassador handing over an invitation to visit in a month ahead",
        "",
        "سلم السفير الكوري الشمالي في موسكو دعوة من كيم جونغ أون إلى الرئيس بوتين لزيارة بيونغ يانغ في أكتوبر.",
        True,
        date="2025-08-04",
        published="2025-08-04T10:00:00+03:00",
    ),
    _c(
        "an invitation to visit on a named day ahead is the day's news, not a plan",
        "",
        "دعا الرئيس الروسي الزعيم الكوري الشمالي لزيارة مدينة سوتشي في 14 أغسطس.",
        True,
        date="2022-05-16",
        published="2022-05-16T10:00:00+03:00",
    ),
    _c(
        "an invitation, the noun, to attend on a named day ahead",
        "",
        "وجه الرئيس الروسي دعوة إلى الزعيم الكوري الشمالي لزيارة موسكو يوم 9 مايو.",
        True,
        date="2022-03-01",
        published="2022-03-01T10:00:00+03:00",
    ),
    _c(
        "a month right after the invitation verb dates the invitation, last year's",
        "",
        "دعا الرئيس الروسي نظيره الكوري الشمالي في أكتوبر إلى زيارة روسيا.",
        False,
        published="2021-07-05T10:00:00+03:00",
    ),
    _c(
        "an invitation for a month the sentence calls past is no news",
        "",
        "دعا الرئيس الروسي الزعيم الكوري الشمالي لزيارة روسيا في مارس الماضي، لكن الزيارة لم تتم.",
        False,
        published="2022-01-20T10:00:00+03:00",
    ),
    # ------------------------------------------------------------- a meeting in the future tense of «اجتمع»
    _c(
        "a side's spokesman saying the two leaders will meet",
        "",
        "قال المتحدث باسم الكرملين إن الرئيس الروسي والزعيم الكوري الشمالي سيجتمعان في خاباروفسك الأسبوع المقبل.",
        True,
        published="2022-03-09T10:00:00+03:00",
    ),
    _c(
        "a ministry announcing its minister will meet the other side's one",
        "",
        "أعلنت وزارة الدفاع الروسية اليوم أن الوزير سيجتمع مع نظيره الكوري الشمالي في موسكو.",
        True,
    ),
    _c(
        "analysts expecting the two leaders to meet",
        "",
        "يتوقع محللون أن الرئيس الروسي والزعيم الكوري الشمالي سيجتمعان قبل نهاية العام.",
        False,
    ),
    # ------------------------------------------------------------- a meeting or visit on the agenda
    _c(
        "a summit between the two leaders said to be on the agenda",
        "",
        "نقلت وكالة روسية عن السفير الروسي في بيونغ يانغ قوله إن قمة بين بوتين وكيم جونغ أون على جدول الأعمال.",
        False,
    ),
    _c(
        "holding a meeting of the two leaders still on the agenda",
        "",
        "أكد مسؤول في الكرملين أن عقد لقاء بين الرئيس الروسي والزعيم الكوري الشمالي لا يزال مطروحا على جدول الأعمال.",
        False,
    ),
    _c(
        "a visit to the other side's capital on the agenda",
        "",
        "قال نائب وزير الخارجية الروسي إن زيارة الزعيم الكوري الشمالي إلى موسكو على جدول الأعمال.",
        False,
    ),
    _c(
        "a summit held that discussed the topics on its agenda",
        "",
        "ناقشت القمة بين الرئيس الروسي والزعيم الكوري الشمالي اليوم القضايا المدرجة على جدول الأعمال.",
        True,
    ),
    # ------------------------------------------------------------- the North's former head of parliament as a side
    _c(
        "the head of the North's parliament presidium received by Russian diplomats",
        "",
        "استقبل مسؤولون في وزارة الخارجية الروسية كيم يونغ نام في مطار موسكو اليوم.",
        True,
        date="2024-11-05",
    ),
    _c(
        "the head of the North's parliament presidium arriving and being received",
        "",
        "وصل كيم يونج نام إلى موسكو أمس حيث كان في استقباله نائب وزير الخارجية الروسي.",
        True,
        date="2024-11-04",
    ),
    _c(
        "the head of the North's parliament presidium meeting a third state's leader",
        "",
        "التقى كيم يونغ نام مع الرئيس الإيراني في طهران اليوم، بحسب وسائل إعلام روسية.",
        False,
    ),
    # ------------------------------------------------------------- a side's speaker before a colon
    _c(
        "a side's spokesman before a colon announcing that the two leaders will meet",
        "",
        "وقال المتحدث باسم الكرملين: الرئيس الروسي والزعيم الكوري الشمالي سيلتقيان في خاباروفسك.",
        True,
    ),
    _c(
        "a side's presidency before a colon in a headline announcing a visit",
        "الكرملين: الرئيس الروسي سيزور بيونغ يانغ الأسبوع المقبل",
        "",
        True,
    ),
    _c(
        "a third state's analyst before a colon expecting the two leaders to meet",
        "",
        "وقال محلل ياباني: الرئيس الروسي والزعيم الكوري الشمالي سيلتقيان في خاباروفسك.",
        False,
    ),
    # ------------------------------------------------- the North's own media tell of the day before (2019–2026 news)
    _c(
        "the North's agency giving only the day of its report tells of a letter sent the day before",
        "",
        "ذكرت وكالة الأنباء المركزية الكورية الشمالية اليوم الثلاثاء أن الزعيم كيم جونغ أون بعث ببرقية شكر إلى "
        "الرئيس الروسي فلاديمير بوتين.",
        True,
        date="2024-11-04",
        subtypes="communication",
    ),
    _c(
        "the North's state media reporting this morning a reception held the day before",
        "",
        "أفادت وسائل الإعلام الرسمية في كوريا الشمالية صباح اليوم بأن الزعيم كيم جونغ أون استقبل وفدا عسكريا روسيا "
        "يرأسه وزير الدفاع الروسي.",
        True,
        date="2024-11-04",
    ),
    # ------------------------------------- a denial later in the body is the sides' standing answer (2019–2026 news)
    _c(
        "a shipment the lead reports stands against a denial recalled further down",
        "",
        "قال جهاز الاستخبارات الكوري الجنوبي اليوم إن كوريا الشمالية شحنت آلاف الحاويات المحملة بالذخائر إلى روسيا "
        "خلال الأشهر الأخيرة. وأضاف الجهاز أن الشحنات نقلت بحرا. ونفت موسكو وبيونغ يانغ مرارا أي صفقات أسلحة بينهما.",
        True,
        subtypes="military",
    ),
    _c(
        "troops the lead reports sent stand against the sides' present-tense denial",
        "",
        "أفادت الاستخبارات الأوكرانية بأن كوريا الشمالية أرسلت مئات الجنود الإضافيين إلى روسيا هذا الشهر. وتنفي "
        "كوريا الشمالية وروسيا إرسال أي قوات.",
        True,
        subtypes="military",
    ),
    _c(
        "a denial that is the headline's news still denies the older accusation",
        "موسكو تنفي شراء ذخائر من كوريا الشمالية",
        "نفى الكرملين اليوم تقارير عن شراء روسيا ذخائر من كوريا الشمالية. وكانت واشنطن قالت الشهر الماضي إن بيونغ "
        "يانغ سلمت موسكو شحنات من القذائف.",
        False,
    ),
]


def test_a_meeting_announced_in_the_dual_future_is_not_dated_by_a_past_weekday() -> None:
    texts = [
        "قالت الخارجية الكورية الشمالية إن الوزيرة ونظيرها الروسي سيلتقيان في بيونغ يانغ الخميس المقبل.",
        "أعلن الكرملين أن وزيري الدفاع الروسي والكوري الشمالي سيجتمعان في موسكو يوم السبت.",
    ]
    for text in texts:
        events = [e for e in tag_article("", text, PUB) if e.type == "russia_dprk_cooperation"]
        asserted = [e for e in events if e.status == "asserted"]
        assert asserted and all(e.event_date is None for e in asserted), (text, events)


def test_a_leaders_train_is_no_transport_link() -> None:
    title = "كيم يتوجه إلى روسيا"
    texts = [
        "عبر القطار الخاص للزعيم الكوري الشمالي الحدود الروسية صباح اليوم.",
        "غادر الزعيم الكوري الشمالي كيم جونغ أون بلاده متجها إلى روسيا بالقطار بعد ظهر اليوم.",
    ]
    for text in texts:
        events = [e for e in tag_article(title, text, PUB) if e.type == "russia_dprk_cooperation"]
        subtypes = {s for e in events if e.status == "asserted" for s in e.subtypes}
        assert subtypes and "economic" not in subtypes, (text, events)


def test_the_workers_party_is_no_labour_cooperation() -> None:
    title = "كيم يستقبل وفدا برلمانيا روسيا"
    text = (
        "استقبل الأمين العام لحزب العمال كيم جونغ أون في مقر اللجنة المركزية أمس وفدا برلمانيا برئاسة رئيس مجلس "
        "الدوما فياتشيسلاف فولودين."
    )
    events = [e for e in tag_article(title, text, PUB) if e.type == "russia_dprk_cooperation"]
    assert [e.subtypes for e in events if e.status == "asserted"] == [("visit_meeting",)], events


def test_an_announced_visit_is_not_dated_by_a_past_day_of_the_lead() -> None:
    title = "الكرملين يعلن زيارة بوتين إلى بيونغ يانغ"
    text = (
        "أعلن الكرملين يوم الجمعة أن الرئيس فلاديمير بوتين سيزور كوريا الشمالية بدعوة من الزعيم كيم جونغ أون. "
        "وتأتي الزيارة في إطار تعزيز العلاقات بين البلدين."
    )
    events = [e for e in tag_article(title, text, PUB) if e.type == "russia_dprk_cooperation"]
    announced = [e for e in events if e.status == "asserted" and "status:announced" in e.rules]
    assert announced, events
    assert all(e.event_date is None for e in announced), events


def test_the_two_leaders_or_countries_of_a_later_sentence_are_the_two_sides() -> None:
    title = "بوتين يصل إلى بيونغ يانغ في زيارة رسمية"
    text = (
        "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ فجر اليوم، حيث استقبله الزعيم كيم جونغ أون في المطار. "
        "ووقع الزعيمان بعد ظهر اليوم معاهدة للشراكة الاستراتيجية الشاملة. واتفق البلدان على توسيع التعاون في مجال "
        "الطاقة."
    )
    events = [e for e in tag_article(title, text, PUB) if e.type == "russia_dprk_cooperation"]
    subtypes = {s for e in events if e.status == "asserted" for s in e.subtypes}
    assert {"summit", "agreement", "economic"} <= subtypes, events
    # in a story about another pair of states the two leaders are not Russia and North Korea
    title = "ترامب يلتقي كيم في سنغافورة"
    text = (
        "التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة اليوم، بينما رحبت "
        "روسيا باللقاء. ووقع الزعيمان وثيقة مشتركة، وقالت واشنطن إن البلدين سيواصلان المحادثات."
    )
    events = [e for e in tag_article(title, text, PUB) if e.type == "russia_dprk_cooperation"]
    assert not [e for e in events if e.status == "asserted"], events


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cooperation(case: Case) -> None:
    events = [e for e in tag_article(case.title, case.text, case.published) if e.type == "russia_dprk_cooperation"]
    asserted = [e for e in events if e.status == "asserted"]
    seen = [(e.status, e.subtypes, e.event_date, e.rules) for e in events]
    if not case.want:
        assert not asserted, seen
        return
    assert asserted, seen
    if case.date:
        assert case.date in {str(e.event_date) for e in asserted}, seen
    assert case.subtypes <= {s for e in asserted for s in e.subtypes}, seen

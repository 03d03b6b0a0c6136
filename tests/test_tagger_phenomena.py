"""Tagger phenomena met in Arabic news, each in a few variants written for these tests.

Each case names the phenomenon, gives a headline, a text and a publication time, and says what the tagger must
report as news (`asserted`): for each event type, the set of launchers (or True/False for presence only).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from transforms.tagger import tag_article

PUB = "2024-05-18T09:00:00+03:00"  # a Saturday


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    text: str
    want: dict[str, object] = field(default_factory=dict)  # type -> set of actors | True | False
    published: str | None = PUB
    exact: bool = False  # the asserted launchers are exactly `want` (no target, interceptor or bystander added)


CASES = [
    # ------------------------------------------------------------- North Korean launches reported as news
    Case(
        "the subject after the pronoun of a time clause's relative is the launcher, not the time it names",
        "مجلس الأمن يجتمع",
        "يعقد مجلس الأمن جلسة طارئة مساء اليوم في الوقت الذي اختبرت فيه كوريا الشمالية صواريخ باليستية جديدة "
        "يوم الأحد.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the same clause with a second capital for the launcher and a dual count",
        "واشنطن تدعو للحوار",
        "دعت واشنطن إلى استئناف الحوار في الوقت الذي أطلقت فيه بيونغ يانغ صاروخين قصيري المدى صباح اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the subject after the pronoun of the place a relative clause fires from is the launcher",
        "صور أقمار صناعية",
        "قال الجيش الكوري الجنوبي اليوم إن المنطقة التي أطلقت منها كوريا الشمالية صاروخين فجر اليوم تقع قرب العاصمة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "plural tests after the verbal noun of carrying out that an announcement governs, with a day, are news",
        "بيونغ يانغ تجرب صواريخ كروز",
        "في رسالة جديدة إلى خصومها، أعلنت كوريا الشمالية عن إجراء اختبارات لإطلاق صواريخ كروز استراتيجية "
        "فوق البحر الأصفر، وذلك يوم الأربعاء الماضي.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the same with the announcement dated and the verbal noun a few words after its verb",
        "تجارب صاروخية جديدة",
        "أعلنت بيونغ يانغ اليوم إجراء تجارب لإطلاق صواريخ باليستية تكتيكية يوم الخميس بإشراف الزعيم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "tests a country keeps carrying out are no news, even with a day in the clause",
        "عقوبات بلا أثر",
        "تواصل كوريا الشمالية اليوم إجراء تجارب صاروخية رغم العقوبات الدولية المفروضة عليها.",
        {"missile_launch": False},
    ),
    Case(
        "a past period far after the verb, past a long object, dates a background launch",
        "سيول تترقب",
        "قال الجيش الكوري الجنوبي اليوم إن الشمال يعد لتجربة جديدة. وأطلقت كوريا الشمالية العديد من الصواريخ "
        "الباليستية من طرازات مختلفة على البحر في نهاية العام الماضي.",
        {"missile_launch": False},
    ),
    Case(
        "the same with a counted-vague object and a direction before the period",
        "تحذير من تجربة",
        "حذرت طوكيو اليوم من استفزازات جديدة. وأطلقت بيونغ يانغ عددا من الصواريخ الباليستية القصيرة المدى "
        "باتجاه البحر الشرقي في أواخر العام الماضي.",
        {"missile_launch": False},
    ),
    Case(
        "the same for Russian fire with the North's missiles told as background",
        "البيت الأبيض يتهم موسكو",
        "قال مسؤول أمريكي اليوم إن روسيا تستخدم صواريخ كورية شمالية في الحرب. وأطلقت القوات الروسية العديد من "
        "هذه الأنواع من الصواريخ على أوكرانيا في نهاية العام الماضي.",
        {"missile_launch": False},
    ),
    Case(
        "a day between the verb and a far past period keeps the launch news",
        "إطلاق جديد",
        "أطلقت كوريا الشمالية صباح اليوم عددا من الصواريخ الباليستية القصيرة المدى باتجاه البحر الشرقي "
        "في أول تجربة منذ الشهر الماضي.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a nisba right after the attack noun names the attacker, not the subject that suffers the attacks",
        "تصعيد في أوكرانيا",
        "تشهد أوكرانيا تصعيدا في الهجمات الروسية، حيث سقطت صواريخ على كييف الليلة الماضية.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the same with strikes and a time between the verb and its object",
        "ليلة صعبة في خاركيف",
        "تعيش أوكرانيا منذ صباح اليوم تصعيدا في الضربات الروسية، إذ سقطت صواريخ على خاركيف.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a preparation in the same time clause is no launch",
        "سيول ترفع التأهب",
        "رفعت سيول حالة التأهب في الوقت الذي تستعد فيه كوريا الشمالية لإطلاق صاروخ عابر للقارات.",
        {"missile_launch": False},
    ),
    Case(
        "guided weapons without the word tactical are the missiles a supervised test fired",
        "كيم يشرف على تجربة جديدة",
        "أفادت وسائل الإعلام الرسمية في بيونغ يانغ اليوم بأن كيم جونغ أون أشرف أمس على اختبار جيل جديد من الأسلحة "
        "الموجهة، وأبدى رضاه عن دقتها.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the launcher named after the launch word a detection word takes",
        "سيول ترصد صواريخ جديدة",
        "قالت هيئة الأركان المشتركة في سيول صباح اليوم إنها رصدت إطلاق كوريا الشمالية عدة صواريخ قصيرة المدى نحو "
        "البحر الشرقي، قبل زيارة مرتقبة لوزير الدفاع الأمريكي.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the side that announces it detected a launch did not launch it",
        "سيول: صاروخان من الشمال",
        "أعلن الجيش الكوري الجنوبي صباح اليوم رصد إطلاق صاروخين باليستيين قصيري المدى باتجاه البحر الشرقي، وقال "
        "إنه يحلل تفاصيل الإطلاق مع الجانب الأمريكي.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the success an announcer announces, before its own launch",
        "تجربة ناجحة",
        "أعلنت كوريا الشمالية صباح اليوم نجاح إطلاق صاروخ كروز جديد من سفينة حربية في البحر الأصفر. ولم يعلق الجيش "
        "الكوري الجنوبي على الفور.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "plural missiles after a system noun name the one system tested",
        "كيم يشرف على تجربة سلاح جديد",
        "قالت الوكالة المركزية الكورية اليوم إن الزعيم كيم جونغ أون حضر أول تجربة لمنظومة صواريخ تكتيكية موجهة "
        "من طراز جديد، وأبدى رضاه عن دقتها.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "plural missiles with the article after a system noun, the test dated",
        "بيونغ يانغ: التجربة نجحت",
        "أعلنت كوريا الشمالية اليوم أنها نجحت في اختبار نظام متطور للصواريخ المضادة للسفن أمس قبالة ساحلها الغربي.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "an announcement as a verbal noun names the announcer's own launch",
        "مجلس الأمن يجتمع اليوم",
        "يعقد مجلس الأمن الدولي جلسة مغلقة اليوم بعد إعلان كوريا الشمالية عن تجربة ناجحة لصاروخ متوسط المدى من "
        "طراز جديد. وطلبت الولايات المتحدة واليابان عقد الجلسة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a reaction story: the launch it answers, told in the pluperfect on the day of the article",
        "طوكيو تحتج وتطلب اجتماعا عاجلا",
        "نددت الحكومة اليابانية بشدة اليوم بما وصفته بالاستفزاز الجديد، وطلبت عقد جلسة لمجلس الأمن. وكانت كوريا "
        "الشمالية قد أطلقت صباح اليوم صاروخا باليستيا متوسط المدى سقط في البحر خارج المنطقة الاقتصادية اليابانية.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a reaction story: the launch it answers, told in the pluperfect the evening before",
        "موسكو تدعو جميع الأطراف إلى التهدئة",
        "قال نائب وزير الخارجية الروسي إن بلاده قلقة من تصاعد التوتر في شبه الجزيرة الكورية. وكانت بيونغ يانغ قد "
        "أطلقت مساء أمس صاروخين من طراز جديد باتجاه البحر، بحسب هيئة الأركان في سيول.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a reaction story recalling in the pluperfect a launch of last month",
        "سيول تدعو بيونغ يانغ إلى الحوار",
        "دعت وزارة الوحدة الكورية الجنوبية اليوم الشمال إلى العودة إلى طاولة المفاوضات. وكانت كوريا الشمالية قد "
        "أطلقت الشهر الماضي صاروخا باليستيا عابرا للقارات.",
        {"missile_launch": False},
    ),
    Case(
        "an anniversary headline: the span alone before على",
        "عامان على أول تجربة لصاروخ هواسونغ-18",
        "يرى خبراء أن الصاروخ العابر للقارات الذي يعمل بالوقود الصلب غير حسابات الردع في شمال شرق آسيا، إذ يحتاج "
        "إلى وقت أقل للتحضير ويصعب رصده قبل الإطلاق. وتقدر سيول مداه بأكثر من 15 ألف كيلومتر.",
        {"missile_launch": False},
    ),
    Case(
        "state media in the country speaking of the country's own test",
        "بيونغ يانغ تعلن نجاح تجربة لصواريخ كروز",
        "ذكرت وسائل الإعلام الرسمية في كوريا الشمالية اليوم أن البلاد اختبرت أمس صواريخ كروز استراتيجية جديدة "
        "حلقت أكثر من ساعتين فوق البحر الأصفر. وقالت إن التجربة أثبتت دقة نظام التوجيه. ولم تعلق سيول على الفور.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "missiles tested during the weekend are no running total",
        "تجارب صاروخية جديدة في كوريا الشمالية",
        "أعلنت الوكالة المركزية الكورية اليوم الاثنين أن الأكاديمية الوطنية لعلوم الدفاع اختبرت بنجاح صواريخ كروز "
        "جديدة بعيدة المدى خلال عطلة نهاية الأسبوع، وأنها أصابت أهدافها بعد تحليق دام ساعتين. ولم يرصد الجيش "
        "الكوري الجنوبي الإطلاق.",
        {"missile_launch": {"PRK"}},
        published="2021-09-13T09:00:00+09:00",
    ),
    Case(
        "the side that answers a launch with its own launch",
        "الشمال يطلق صاروخا باليستيا والجنوب يرد",
        "أطلقت كوريا الشمالية صاروخا باليستيا قصير المدى باتجاه البحر الشرقي صباح اليوم، وردت القوات الكورية "
        "الجنوبية بإطلاق صاروخين أرض-أرض في البحر بالتنسيق مع الجيش الأمريكي. وقالت هيئة الأركان المشتركة في سيول "
        "إن الرد يهدف إلى إظهار الجاهزية.",
        {"missile_launch": {"PRK", "KOR"}},
        exact=True,
    ),
    Case(
        "a headline's second clause opened by the reacting side after the launched missiles",
        "الشمال يطلق صاروخين وسيول ترفع التأهب",
        "قالت هيئة الأركان المشتركة الكورية الجنوبية إن الشمال أطلق صباح اليوم صاروخين باليستيين قصيري المدى "
        "باتجاه البحر الشرقي. وأضافت أن الجيش رفع حالة التأهب بالتنسيق مع القوات الأمريكية.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a protest sent through an embassy, far from the launch it is about",
        "طوكيو تحتج على صاروخ كوري شمالي",
        "رفعت الحكومة اليابانية احتجاجا شديدا إلى كوريا الشمالية عبر سفارتها في بكين على إطلاق صاروخ باليستي فجر "
        "اليوم. وقال وزير الدفاع الياباني إن الصاروخ طار نحو 300 كيلومتر ثم سقط في البحر خارج المنطقة الاقتصادية "
        "الخالصة لبلاده. وأضاف أن طوكيو تنسق مع واشنطن وسيول. وكانت بيونغ يانغ قد أطلقت الشهر الماضي صاروخين "
        "قصيري المدى.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the two allies' militaries analysing the launch",
        "الشمال يطلق صواريخ كروز فوق البحر الأصفر",
        "قالت هيئة الأركان المشتركة في سيول إنها رصدت صباح اليوم إطلاق عدد من صواريخ كروز من الساحل الغربي "
        "باتجاه البحر الأصفر. وأوضحت الهيئة أن الجيشين الكوري الجنوبي والأمريكي يحللان تفاصيل الإطلاق. ولا تحظر "
        "قرارات مجلس الأمن على كوريا الشمالية تجارب صواريخ كروز.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a failed satellite attempt last month in the background of a missile launch",
        "كوريا الشمالية تطلق صاروخا باليستيا",
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا قصير المدى باتجاه البحر الشرقي، بحسب الجيش الكوري "
        "الجنوبي. وسقط الصاروخ خارج المنطقة الاقتصادية الخالصة لليابان. وفي أبريل الماضي فشلت محاولة الشمال وضع "
        "قمر صناعي ثان للتجسس في المدار.",
        {"missile_launch": {"PRK"}, "space_launch": False},
    ),
    Case(
        "agency day-after announcement, explicit day",
        "كوريا الشمالية تجري تجربة لصاروخ كروز",
        "ذكرت الوكالة المركزية الكورية للأنباء صباح السبت أن البلاد أجرت الجمعة تجربة لصاروخ كروز استراتيجي فوق "
        "البحر الأصفر.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "first-person claim after the speaker",
        "بيونغ يانغ: اختبرنا بنجاح صاروخا فرط صوتي جديدا",
        "أعلنت وكالة الأنباء المركزية الكورية الشمالية اليوم أن البلاد أجرت أمس اختبارا ناجحا لصاروخ باليستي متوسط "
        "المدى. وكان الجيش الكوري الجنوبي قد أعلن أمس رصد إطلاق صاروخ من منطقة قريبة من العاصمة.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "artillery pieces and materiel delivered from one side to the other",
        "سيول: الشمال زود موسكو بمدافع",
        "قالت وزارة الدفاع في سيول اليوم إن كوريا الشمالية زودت روسيا بأكثر من مئة وخمسين قطعة مدفعية ذاتية الحركة "
        "خلال الأشهر الأخيرة.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "repeated launches are a series, the background of a meeting",
        "مجلس الأمن يجتمع بشأن كوريا الشمالية",
        "يعقد مجلس الأمن الدولي اليوم جلسة طارئة لبحث عمليات الإطلاق الصاروخية المتكررة لكوريا الشمالية منذ مطلع "
        "العام، بطلب من واشنطن وطوكيو.",
        {"missile_launch": False},
    ),
    Case(
        "successive waves of missiles in one night are one barrage",
        "الدفاعات السورية تتصدى لموجات من الصواريخ",
        "قال الجيش السوري إن الدفاعات الجوية تصدت فجر اليوم لموجات الصواريخ الإسرائيلية المتتالية التي استهدفت "
        "مواقع عسكرية في ريف دمشق.",
        {"missile_launch": {"ISR"}},
    ),
    Case(
        "the North and the northern neighbour in a Korean story",
        "سيول: الشمال يطلق صاروخا عابرا للقارات",
        "قال الجيش الكوري الجنوبي إن الشمال أطلق صباح اليوم صاروخا باليستيا عابرا للقارات باتجاه البحر. وأضاف أن "
        "الجارة الشمالية أطلقت بعد ساعة صاروخين قصيري المدى.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the north of another country is a region, not North Korea",
        "قصف في الشمال السوري",
        "قال المرصد إن الشمال السوري شهد اليوم قصفا صاروخيا على بلدات في ريف إدلب.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "missiles the other side supplied, through a supplying verb or 'from' after the instrument",
        "كييف: موسكو تضرب بصواريخ من بيونغ يانغ",
        "قال مسؤول أوكراني اليوم إن روسيا قصفت مدينة خاركيف بصواريخ زودتها بها كوريا الشمالية. وأضاف أن الجيش "
        "الروسي قصف زابوريجيا أمس بصواريخ من كوريا الشمالية.",
        {"russia_dprk_cooperation": True, "missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "missiles supplied by the other side, their class between",
        "واشنطن: روسيا أطلقت صواريخ كورية",
        "أكدت الولايات المتحدة اليوم أن روسيا أطلقت صواريخ باليستية قصيرة المدى قدمتها كوريا الشمالية على أوكرانيا.",
        {"russia_dprk_cooperation": True, "missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "missiles launched from North Korea, with Russia reacting, are no supply",
        "موسكو تدين إطلاق صواريخ",
        "أدانت روسيا اليوم إطلاق صواريخ من كوريا الشمالية باتجاه بحر اليابان، وقالت إنها رصدت إطلاق صاروخ من كوريا "
        "الشمالية سقط في البحر.",
        {"russia_dprk_cooperation": False, "missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a strike verb's subject right before it: the next country is the target",
        "كييف: هجوم صاروخي روسي",
        "قال مسؤول في كييف اليوم إن روسيا قصفت أوكرانيا بعشرات الصواريخ لأول مرة منذ بداية الحرب في عام 2022.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "months ago is the past; days ago is this week",
        "الحوثيون يكثفون هجماتهم",
        "وكان الحوثيون قد أطلقوا صاروخا باليستيا باتجاه مطار الرياض قبل ستة أشهر. وقال مسؤول إن كوريا الشمالية "
        "أطلقت صاروخين قبل يومين باتجاه البحر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a dual pronoun on the launch noun resumes the missiles before it",
        "بيونغ يانغ تختبر سلاحا فرط صوتي",
        "قالت الوكالة الرسمية إن مقذوفين فرط صوتيين تم إطلاقهما أمس من منطقة قريبة من العاصمة وأصابا هدفهما.",
        {"missile_launch": True},
    ),
    Case(
        "the speaker's own forces strike, and the country after the verb is the target",
        "بوتين: قصفنا بصاروخ جديد",
        "أعلن الرئيس الروسي فلاديمير بوتين في كلمة مساء الخميس أن قواته قصفت أوكرانيا بصاروخ باليستي جديد.",
        {"missile_launch": {"RUS"}},
        exact=True,
        published="2024-11-22T09:00:00+03:00",
    ),
    Case(
        "a missile used in the speaker's strike, a parenthesis and a town between",
        "موسكو تعلن ضربة بصاروخ جديد",
        "أعلنت وزارة الدفاع الروسية أنها استهدفت، للمرة الأولى منذ بدء الحرب، مصنعا عسكريا في مدينة دنيبرو بوسط "
        "أوكرانيا باستخدام صاروخ باليستي متوسط المدى.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a transitive strike masdar's next noun is its object; an event noun's is its subject",
        "الحوثيون يعلنون استهداف تل أبيب بصاروخ باليستي",
        "قال المتحدث العسكري باسم الحوثيين إن قواتهم نفذت اليوم هجوما بصاروخ فرط صوتي. وندد وزير الخارجية "
        "البريطاني بهجمات إيران الصاروخية.",
        {"missile_launch": {"HOUTHI", "IRN"}},
        exact=True,
    ),
    Case(
        "a verb resuming the missile in a relative clause without a pronoun takes the main subject",
        "الجيش الروسي يكشف صاروخا جديدا",
        "كشف الجيش الروسي اليوم عن صاروخ جديد متوسط المدى أطلقه على مدينة دنيبرو الأوكرانية، وقال إنه لا يمكن اعتراضه.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "what a city suffered, with its description between, is a strike on it",
        "صاروخ من اليمن يصيب يافا",
        "تعرضت تل أبيب في وسط إسرائيل فجر اليوم لقصف صاروخي من اليمن، وقال الجيش إن محاولات الاعتراض لم تنجح.",
        {"missile_launch": True},
    ),
    Case(
        "a launch verb's subject, time and count between it and the missiles",
        "رشقات صاروخية على إسرائيل",
        "أطلقت إيران، منذ مساء أمس (الجمعة)، أكثر من مئة صاروخ باتجاه إسرائيل في عدة رشقات.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "fired from a state's territory, right after the launch and its target",
        "صفارات الإنذار في تل أبيب",
        "قال الجيش الإسرائيلي إنه رصد رشقة صاروخية جديدة أطلقت من الأراضي الإيرانية. وأضاف أنه تم إطلاق عشرات "
        "الصواريخ على إسرائيل من إيران خلال الساعة الأخيرة.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "supported from a state is not fired from it",
        "التحالف: الغارات استهدفت منصات",
        "قال التحالف إن الحوثيين المدعومين من إيران أطلقوا اليوم صاروخا باليستيا على مدينة جازان.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the fall of missiles as a noun",
        "صواريخ على المدينة",
        "شهدت المدينة مساء اليوم سقوط صواريخ باليستية أطلقت من الجنوب، وقالت السلطات إن الأضرار مادية.",
        {"missile_launch": True},
    ),
    Case(
        "troops who were sent, in the plural",
        "واشنطن: جنود كوريون شماليون في روسيا",
        "قالت وزارة الدفاع الأمريكية اليوم إن آلاف الجنود الكوريين الشماليين أرسلوا إلى شرق روسيا للتدرب.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "a gift between the two leaders",
        "هدية من الكرملين",
        "أهدى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون سيارة فاخرة، وفق ما أعلنت الوكالة "
        "الرسمية اليوم.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "a headline whose test verb governs its test noun",
        "بيونغ يانغ تجري تجربة صاروخية جديدة",
        "قال الجيش الكوري الجنوبي إن الإطلاق رصد صباح اليوم قرب الساحل الشرقي.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a hedge right before a past launch verb reports a probable launch",
        "خفر السواحل الياباني يحذر السفن",
        "قال خفر السواحل الياباني اليوم إن كوريا الشمالية ربما أطلقت صاروخا باليستيا، وحث السفن على توخي الحذر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "rocket shells fired with artillery, the instrument after a quantity far from the strike verb",
        "قصف متبادل على الحدود",
        "أعلنت الجماعة أنها قصفت مواقع الجيش في التلال المحاذية للحدود صباح اليوم بأعداد كبيرة من القذائف المدفعية "
        "والصاروخية.",
        {"missile_launch": True},
    ),
    Case(
        "a missile the Saudi air defences intercepted, no launcher and no group named",
        "اعتراض صاروخ في سماء الرياض",
        "أعلنت قوات الدفاع الجوي السعودية مساء اليوم أنها اعترضت صاروخا باليستيا في سماء العاصمة، دون وقوع أضرار.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "cooperation as a worry, a response or a possibility is no reported interaction",
        "واشنطن قلقة من التعاون بين موسكو وبيونغ يانغ",
        "قال وزير الخارجية الأمريكي اليوم إن التعاون العسكري بين روسيا وكوريا الشمالية يثير قلقا بالغا. وقالت "
        "سيول إنها ستدرس إرسال أسلحة إلى أوكرانيا ردا على التعاون العسكري بين روسيا وكوريا الشمالية. ويقول محللون "
        "إنه قد تزود روسيا كوريا الشمالية بتكنولوجيا الغواصات مقابل الجنود.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "the owner of a launch noun after ل",
        "سيول تندد",
        "جاءت التجربة الصاروخية الأخيرة لكوريا الشمالية اليوم بعد أسبوع من المناورات، وهي أول تجربة لصاروخ باليستي "
        "لبيونغ يانغ منذ أشهر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "signs of preparation detected are no launch",
        "مؤشرات على تجربة وشيكة",
        "قال الجيش الكوري الجنوبي اليوم إنه رصد مؤشرات على استعداد كوريا الشمالية لإطلاق صاروخ باليستي عابر للقارات.",
        {"missile_launch": False},
    ),
    Case(
        "rockets fired from Lebanon, and Lebanon as a place",
        "صواريخ على شمال إسرائيل",
        "قال الجيش الإسرائيلي إن نحو مئة صاروخ أطلقت من لبنان باتجاه شمال إسرائيل خلال الليل. وأوقفت شركات طيران "
        "رحلاتها إلى الأجواء المحيطة بلبنان.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "a drill 'of' launching that a leader supervised",
        "كيم يشرف على تدريب",
        "ذكرت الوكالة المركزية الكورية أن كيم جونغ أون أشرف أمس على تدريب لإطلاق راجمات الصواريخ الكبيرة.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a weapon's maker stands in only when no trigger names the launcher",
        "موسكو: إسقاط صواريخ أتاكمز",
        "أعلنت وزارة الدفاع الروسية اليوم أن الدفاعات الجوية أسقطت خمسة صواريخ أتاكمز أمريكية الصنع أطلقتها القوات "
        "الأوكرانية على منطقة حدودية.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "a lead that dates its missile in a past year makes the undated retelling past",
        "المحققون: صاروخ أسقط الطائرة",
        "كشف فريق التحقيق اليوم أن إسقاط طائرة الركاب فوق البحر عام 2016 تم بصاروخ أرض جو. وأضاف أن الصاروخ أطلق من "
        "وحدة عسكرية كانت متمركزة على الساحل.",
        {"missile_launch": False},
    ),
    Case(
        "a relative clause describing a group by what it does",
        "واشنطن تؤكد دعمها للتحالف",
        "قال وزير الدفاع الأمريكي اليوم إن الدعم سيحول دون تحقيق مكاسب للحوثيين المتحالفين مع إيران، الذين أطلقوا "
        "صواريخ على السعودية واستهدفوا سفنا تجارية.",
        {"missile_launch": False},
    ),
    Case(
        "a relative clause with a counted launch is news",
        "الحوثيون يطلقون صاروخين",
        "قال التحالف إن الحوثيين الذين أطلقوا صاروخين باليستيين على جازان صباح اليوم تكبدوا خسائر كبيرة.",
        {"missile_launch": {"HOUTHI"}},
    ),
    Case(
        "attacks with missiles in general, and a side's own strikes with them",
        "تقرير حقوقي عن الحرب",
        "قال التقرير إن المدن الحدودية شنت عليها الجماعة هجمات عشوائية بالصواريخ طوال سنوات الحرب.",
        {"missile_launch": False},
    ),
    Case(
        "a side's own strikes with missiles, named with its nisba, are particular",
        "قتلى مدنيون في غارات",
        "قال الدفاع المدني إن مدنيين قتلوا اليوم بغارات روسية بالصواريخ الفراغية على الأحياء السكنية.",
        {"missile_launch": {"RUS"}},
    ),
    Case(
        "the state agency reporting that 'he' supervised the launch",
        "تجربة من المدمرة الجديدة",
        "أوردت وكالة الأنباء المركزية الكورية اليوم أنه أشرف في اليوم السابق على إطلاق صاروخ كروز بنجاح من المدمرة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the announcer owns the success or the conduct of the test",
        "بيونغ يانغ تعلن نجاح تجربة جديدة",
        "أعلنت بيونغ يانغ صباح اليوم عن نجاحها في اختبار إطلاق صاروخ متوسط المدى يعمل بالوقود الصلب، وقالت "
        "الوكالة الرسمية إن الزعيم تابع العملية. وفي بيان آخر أكدت كوريا الشمالية إجراءها أمس تجربة إطلاق صواريخ "
        "من منظومة جديدة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "an owned test of launching missiles is a particular launch",
        "كوريا الشمالية تعلن تجربة منظومة راجمات",
        "أعلنت كوريا الشمالية إجراءها تجربة إطلاق صواريخ من منظومة مطورة من العيار الكبير، تحت إشراف زعيمها.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "an interception is the only launch word of the article",
        "الدفاعات الجوية تتصدى لصاروخين",
        "قال التلفزيون الرسمي إن الدفاعات الجوية تصدت ليل الثلاثاء لصاروخين إسرائيليين فوق ريف دمشق ودمرتهما.",
        {"missile_launch": {"ISR"}},
        published="2024-05-15T09:00:00+03:00",
    ),
    Case(
        "the guided weapon of the agency's wording, with no missile word in the article",
        "بيونغ يانغ تختبر سلاحا جديدا",
        "قالت الوكالة الرسمية إن كوريا الشمالية اختبرت يوم الجمعة سلاحا موجها تكتيكيا من نوع جديد. وفي خبر آخر أشرف "
        "كيم جونغ أون على إطلاق الأسلحة الموجهة التكتيكية في تدريب للوحدات الغربية.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a leader supervising a firing drill, his name and the day between",
        "كيم يتابع تدريبا للمدفعية الصاروخية",
        "أشرف الزعيم الكوري الشمالي كيم جونغ أون يوم الخميس على تدريب رماية لوحدات راجمات الصواريخ من عيار 600 "
        "ملم في المنطقة الغربية.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a pronoun on a test noun after the missiles is the missiles, not an owner",
        "برنامج الصواريخ الإيراني",
        "من أبرز ثغرات الاتفاق الصواريخ الباليستية التي عملت طهران على تطويرها واختبارها خلال السنوات الماضية.",
        {"missile_launch": False},
    ),
    Case(
        "detection by the southern joint chiefs from a northern place",
        "الجيش الكوري الجنوبي: رصدنا إطلاق عدة صواريخ",
        "قالت هيئة الأركان المشتركة في سيول إنها رصدت إطلاق عدة صواريخ باليستية قصيرة المدى من منطقة سونان قرب "
        "بيونغ يانغ صباح اليوم السبت.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "supervision frame",
        "كيم يتابع إطلاق راجمة صواريخ جديدة من الحجم الكبير",
        "أشرف الزعيم الكوري الشمالي كيم جونغ أون على تجربة إطلاق لراجمة صواريخ جديدة، وفق ما أفادت وسائل الإعلام "
        "الرسمية اليوم السبت.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "unidentified projectiles in the joint chiefs' words",
        "سيول: الشمال يطلق قذيفتين",
        "قالت هيئة الأركان المشتركة في سيول إن كوريا الشمالية أطلقت صباح اليوم قذيفتين لم تحدد طبيعتهما باتجاه "
        "البحر الشرقي.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "the detector before its verb; the launch area's province names the launcher",
        "رصد إطلاق صواريخ",
        "قالت هيئة الأركان المشتركة إن الجيش الكوري الجنوبي رصد إطلاق الصواريخ من بلدة ساحلية في مقاطعة بيونغان "
        "الشمالية باتجاه البحر الأصفر صباح اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a verbal noun with the speaker's possessive pronoun",
        "إعلان رسمي عن تجربة",
        "أعلنت كوريا الشمالية اليوم إطلاقها صاروخين من طراز كروز بعيدي المدى في تجربة جديدة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a protest after a new operation of launching",
        "طوكيو تحتج",
        "قالت وزارة الدفاع اليابانية اليوم إنها احتجت لدى بيونغ يانغ بعد عملية جديدة لإطلاق صواريخ باليستية من قبل "
        "كوريا الشمالية.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "breaking wire item, headline only",
        "عاجل | سيول: بيونغ يانغ تطلق صاروخا قصير المدى نحو بحر اليابان",
        "",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a reaction that names the launch",
        "طوكيو تدين إطلاق بيونغ يانغ صاروخين",
        "أدانت الحكومة اليابانية بشدة إطلاق كوريا الشمالية صاروخين باليستيين صباح اليوم، معتبرة ذلك انتهاكا لقرارات "
        "مجلس الأمن.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "the flight of a launched missile",
        "الصاروخ الكوري الشمالي قطع 800 كيلومتر",
        "قطع الصاروخ الذي أطلقته بيونغ يانغ فجر اليوم نحو 800 كيلومتر قبل أن يسقط في البحر.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "no publication time: the news is still news",
        "بيونج يانج تطلق صاروخا باليستيا",
        "قالت هيئة الأركان المشتركة الكورية الجنوبية إن كوريا الشمالية أطلقت صاروخا باليستيا غير محدد باتجاه بحر "
        "الشرق.",
        {"missile_launch": {"PRK"}},
        published=None,
    ),
    # ------------------------------------------------------------- launches that are not the news
    Case(
        "a definite strike qualified as possible (الضربة الصاروخية الأمريكية المحتملة) has not happened",
        "موسكو تحذر واشنطن",
        "قالت الخارجية الروسية اليوم إن الضربة الصاروخية الأمريكية المحتملة على سوريا قد تكون محاولة لطمس الأدلة.",
        {"missile_launch": False},
    ),
    Case(
        "the same with an imminent attack (الهجوم الصاروخي الوشيك)",
        "تحذيرات في المدينة",
        "قال محافظ المدينة أمس إن الهجوم الصاروخي الوشيك على الميناء سيكون مدمرا للسكان.",
        {"missile_launch": False},
    ),
    Case(
        "the same with an awaited strike by three states (الضربات الصاروخية الغربية المرتقبة)",
        "ترقب في دمشق",
        "ناقش المسؤولون السوريون مساء السبت الضربات الصاروخية الغربية المرتقبة على المطارات العسكرية.",
        {"missile_launch": False},
    ),
    Case(
        "a missile fired and then described with من المحتمل أن is still fired",
        "إطلاق جديد",
        "أطلقت كوريا الشمالية صباح اليوم صاروخا من المحتمل أن يكون عابرا للقارات، وفق هيئة الأركان في سيول.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a rocket tested in a story about its engines, never lifting off, was fired on the ground",
        "ناسا تختبر أقوى صاروخ في العالم",
        "أجرت وكالة الفضاء الأمريكية اختبارا ناجحا على أقوى صاروخ صنعته حتى الآن. وتم تشغيل المحركات الأربعة لمدة "
        "ثماني دقائق على منصة الاختبار في ولاية ميسيسيبي، وتصاعدت سحابة ضخمة من الدخان.",
        {"space_launch": False, "missile_launch": False},
        published="2021-03-19T12:00:00+03:00",
    ),
    Case(
        "the most powerful rocket ever (على الإطلاق) is no launch",
        "الشركة تختبر محركات صاروخها",
        "نفذت الشركة اختبارا أرضيا ناجحا لمحركات أقوى صاروخ فضائي على الإطلاق في قاعدتها بولاية تكساس.",
        {"missile_launch": False, "space_launch": False},
        published="2023-02-10T12:00:00+03:00",
    ),
    Case(
        "the missile attack an early-warning network is named for is no attack",
        "موسكو تحدث شبكة الإنذار",
        "أعلنت وزارة الدفاع أنها انتهت من تحديث شبكة إنذار الهجوم الصاروخي، التي تضم رادارات على الأرض وأقمارا "
        "صناعية في الفضاء.",
        {"missile_launch": False},
        published="2019-10-04T12:00:00+03:00",
    ),
    Case(
        "a radar built to warn when it detects incoming missiles detects none",
        "رادار جديد في ألاسكا",
        "أكملت الولايات المتحدة بناء رادار بعيد المدى صمم لإصدار تحذيرات مبكرة عند رصد الصواريخ الباليستية "
        "القادمة من الدول المعادية.",
        {"missile_launch": False},
        published="2021-12-07T10:00:00+09:00",
    ),
    Case(
        "early-warning radars that detected a launch report it",
        "سيول ترصد إطلاقا",
        "قال الجيش الكوري الجنوبي إن رادارات الإنذار المبكر رصدت صباح اليوم إطلاق صاروخ باليستي من كوريا الشمالية "
        "باتجاه البحر.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "missiles whose production goes on after a strike are goods, not fired by it",
        "طهران تؤكد استمرار إنتاج الصواريخ بعد الهجوم الإسرائيلي",
        "قال وزير الدفاع اليوم الأربعاء إن خطوط الإنتاج لم تتوقف وإن المصانع تعمل بكامل طاقتها.",
        {"missile_launch": False},
        published="2024-10-30T12:00:00+03:00",
    ),
    Case(
        "a launch a side claims, under a headline of its threats, took place",
        "مراسل: الحوثي توعدت بإطلاق الكثير من الصواريخ البالستية على إسرائيل",
        "علق مراسل القناة في عدن على إعلان جماعة الحوثي مسؤوليتها عن إطلاق صاروخ باليستي وصل إلى إسرائيل لأول مرة. "
        "وقال إن الجماعة تتوعد بإطلاق المزيد من الصواريخ في الأيام المقبلة.",
        {"missile_launch": {"HOUTHI"}},
        published="2024-09-15T18:00:00+03:00",
    ),
    Case(
        "the missiles of a unit destroyed on its base were never fired",
        "غارات على مطار عسكري",
        "تعرض المطار العسكري لغارات الجمعة الماضي أدت لتدمير برج مراقبة وكتيبة للصواريخ ومستودع للأسلحة.",
        {"missile_launch": False},
        published="2025-03-25T10:00:00+03:00",
    ),
    Case(
        "warplanes that hit the barrels of rocket launchers struck no missile in flight",
        "الجيش يعلن ضرب قاذفات",
        "وأضاف الجيش أن طائراته أصابت خلال ساعات الليل المئات من فوهات إطلاق الصواريخ في الجنوب.",
        {"missile_launch": False},
        published="2024-09-20T10:00:00+03:00",
    ),
    Case(
        "missiles that strike any city, in a headline, are what they can do",
        "حركة فلسطينية: لدينا صواريخ تضرب أي مدينة في إسرائيل",
        "قال عضو المكتب السياسي للحركة في مقابلة تلفزيونية إن فصائل المقاومة مستعدة للمعركة المقبلة.",
        {"missile_launch": False},
        published="2020-09-23T12:00:00+03:00",
    ),
    Case(
        "a launch in what a film tells is fiction",
        "فيلم جديد عن الحرب النووية",
        "يتناول الفيلم الجديد قصة تهديد نووي تتعرض له الولايات المتحدة بعد إطلاق صاروخ مجهول المصدر باتجاه مدينة "
        "أمريكية، وتدور أحداثه في غرفة عمليات.",
        {"missile_launch": False},
        published="2025-10-30T12:00:00+02:00",
    ),
    Case(
        "a film that documents a launch is footage, not fiction",
        "القسام تنشر مشاهد",
        "نشرت كتائب القسام اليوم فيلما قصيرا يوثق إطلاق صواريخ على تل أبيب مساء الأمس.",
        {"missile_launch": {"GAZA"}},
        published="2021-05-12T12:00:00+03:00",
    ),
    Case(
        "undated sentences after a strike dated weeks before go on telling that episode",
        "قائد سلاح الجو يكشف تفاصيل المواجهة",
        "كشف قائد سلاح الجو، الثلاثاء، تفاصيل جديدة عن المواجهة الأخيرة في الجنوب. وقال إن طائراته دمرت منصات "
        "صواريخ قرب الحدود في 3 مارس الماضي. وأضاف أن المسلحين أطلقوا 40 صاروخا باتجاه البلدات، وأن الدفاعات "
        "اعترضت معظمها.",
        {"missile_launch": False},
        published="2024-03-26T12:00:00+03:00",
    ),
    Case(
        "after a strike dated weeks before, a sentence opening with في السياق is the news again",
        "صواريخ على البلدات",
        "قالت الشرطة إن صاروخا سقط في 2 مارس على مخزن قرب الحدود. وفي السياق، أعلن الجيش أن المسلحين أطلقوا اليوم "
        "ثلاثة صواريخ على البلدات الجنوبية.",
        {"missile_launch": True},
        published="2024-03-26T12:00:00+03:00",
    ),
    Case(
        "a missile destroyed together with its launcher was on the ground, never fired",
        "ضربة في اليمن",
        "قالت القيادة المركزية الأمريكية اليوم إن قواتها دمرت صاروخا ومنصة إطلاق في منطقة يسيطر عليها الحوثيون، "
        "مشيرة إلى أنهما كانا يشكلان تهديدا للسفن.",
        {"missile_launch": False},
        published="2024-06-09T12:00:00+03:00",
    ),
    Case(
        "a strike that destroyed two missiles and their two launchers fired none of them",
        "ضربة دفاعية",
        "نفذت القوات الأمريكية الجمعة ضربة دمرت خلالها صاروخين مضادين للسفن ومنصتي إطلاق تابعة للحوثيين.",
        {"missile_launch": False},
        published="2024-05-17T20:00:00+03:00",
    ),
    Case(
        "a missile destroyed while it was being readied for launch was never fired",
        "التحالف يحبط هجوما",
        "أعلن التحالف أن طائراته دمرت صاروخا باليستيا كان الحوثيون يستعدون لإطلاقه من محافظة صعدة باتجاه المملكة.",
        {"missile_launch": False},
        published="2020-03-02T12:00:00+03:00",
    ),
    Case(
        "a destroy verb whose missile was ready for launch names a target, not a missile in flight",
        "الجيش الأمريكي يعلن ضربة",
        "وأكد الجيش الأمريكي أنه دمر صاروخ كروز كان معدا للإطلاق نحو البحر الأحمر، في ضربة دفاعية اليوم الثلاثاء.",
        {"missile_launch": False},
        published="2024-02-13T12:00:00+03:00",
    ),
    Case(
        "a destroying defence still intercepts the missiles a side launched",
        "اعتراض صاروخين",
        "أعلن التحالف أن الدفاعات الجوية دمرت صاروخين باليستيين أطلقهما الحوثيون باتجاه جازان مساء اليوم الأحد.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
        published="2021-03-07T21:00:00+03:00",
    ),
    Case(
        "missiles of unidentified type, the subject before the verb and قد",
        "سيول ترصد إطلاقا جديدا",
        "ذكرت هيئة الأركان في سيول أمس أن كوريا الشمالية قد أطلقت صاروخا باليستيا مجهول الهوية نحو البحر الشرقي قبل "
        "الفجر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "missiles of unidentified type fired by the subject the verb names",
        "الشمال يطلق صواريخ في البحر",
        "أطلقت كوريا الشمالية فجر اليوم صواريخ باليستية مجهولة الهوية باتجاه البحر، وفق هيئة الأركان في سيول.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a launch announced with the verb's preposition عن",
        "توتر في شبه الجزيرة",
        "أعلنت كوريا الشمالية عن إطلاق صواريخ كروز استراتيجية فوق البحر الأصفر، في ظل توتر متصاعد مع الجنوب الذي رفع "
        "حالة التأهب.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "what a detected move was (كان عبارة عن) is no past copula",
        "سيول تكشف طبيعة التحرك",
        "قال الجيش الكوري الجنوبي اليوم إن التحرك الذي رصده قرب وونسان كان عبارة عن إطلاق صاروخين باليستيين قصيري "
        "المدى باتجاه البحر الشرقي.",
        {"missile_launch": True},
    ),
    Case(
        "a launch some days before the news, past the lead, is still news",
        "سيول تدعو الشمال إلى الحوار",
        "قالت وزارة التوحيد في سيول اليوم إنها تتابع الوضع عن كثب. وأضاف المتحدث أن الحكومة تدعو الشمال إلى العودة "
        "إلى الحوار. وجاءت التصريحات بعد يومين من إطلاق كوريا الشمالية صاروخين باليستيين قصيري المدى باتجاه البحر "
        "الشرقي.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a meeting a day after a launch, the launch past the lead",
        "اجتماع طارئ لمجلس الأمن",
        "يعقد مجلس الأمن الدولي اليوم جلسة مغلقة بشأن شبه الجزيرة الكورية. وطلبت الجلسة واشنطن وطوكيو. ويأتي "
        "الاجتماع بعد يوم واحد من إطلاق بيونغ يانغ صاروخا عابرا للقارات سقط قرب المياه اليابانية.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "shells fired first: the missiles of the day before are not measured from them",
        "الشمال يطلق قذائف مدفعية قرب الحدود",
        "أطلقت كوريا الشمالية مئات القذائف المدفعية قرب الحدود البحرية الغربية صباح اليوم، وذلك بعد يوم من إطلاقها "
        "صاروخا باليستيا باتجاه بحر اليابان.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "launchers supplied, named after a clitic: equipment, not a launch",
        "مسؤول أمريكي: الشمال يسلح موسكو",
        "أوضح مسؤول في الخارجية الأمريكية اليوم أن بيونغ يانغ أمدت الجيش الروسي مؤخرا بمنصات إطلاق صواريخ وبعشرات "
        "الصواريخ الباليستية لاستخدامها في أوكرانيا.",
        {"missile_launch": False},
    ),
    Case(
        "launchers in a list of deliveries, after و",
        "تقرير استخباري عن شحنات الشمال",
        "تسلمت روسيا من كوريا الشمالية قذائف مدفعية ومنصات إطلاق وعشرات الصواريخ قصيرة المدى، وفق تقرير استخباري "
        "كوري جنوبي صدر اليوم.",
        {"missile_launch": False},
    ),
    Case(
        "a vessel launched that can launch missiles",
        "بيونغ يانغ تدشن غواصة جديدة",
        "أطلقت كوريا الشمالية أمس غواصة هجومية جديدة قادرة على إطلاق صواريخ نووية تكتيكية، في حفل حضره الزعيم كيم "
        "جونغ أون في ميناء سينبو.",
        {"missile_launch": False},
    ),
    Case(
        "a warship launched, fitted to launch missiles",
        "تدشين مدمرة كورية شمالية",
        "أطلقت بيونغ يانغ مدمرة حديثة مجهزة لإطلاق صواريخ كروز وصواريخ مضادة للطائرات، بحسب الوكالة الرسمية.",
        {"missile_launch": False},
    ),
    Case(
        "a cumulative tally",
        "التحالف: الحوثيون أطلقوا أكثر من 100 صاروخ منذ 2015",
        "قال المتحدث باسم التحالف إن ميليشيا الحوثي أطلقت أكثر من مئة صاروخ باليستي باتجاه المملكة منذ بداية الحرب.",
        {"missile_launch": False},
    ),
    Case(
        "a strike that destroys a launcher",
        "تدمير منصة لإطلاق الصواريخ في صعدة",
        "أعلن التحالف تدمير منصة لإطلاق الصواريخ الباليستية تابعة للحوثيين في محافظة صعدة.",
        {"missile_launch": False},
    ),
    Case(
        "a foiled launch",
        "إحباط محاولة لإطلاق صاروخ",
        "أحبطت قوات التحالف محاولة لإطلاق صاروخ باليستي من صعدة ودمرت المنصة قبل استخدامها.",
        {"missile_launch": False},
    ),
    Case(
        "an engine ground test",
        "بيونغ يانغ تختبر محركا يعمل بالوقود الصلب",
        "أجرت كوريا الشمالية اختبارا أرضيا لمحرك يعمل بالوقود الصلب لصاروخ متوسط المدى، بحسب الإعلام الرسمي.",
        {"missile_launch": False},
    ),
    Case(
        "an anniversary of a past test",
        "احتفالات بذكرى التجربة",
        "احتفلت كوريا الشمالية بذكرى إطلاق صاروخ هواسونغ-15 الذي جرى قبل ست سنوات.",
        {"missile_launch": False},
    ),
    Case(
        "a shoot-down years ago, recalled by an inquiry",
        "المحققون: صاروخ روسي الصنع أسقط الطائرة الماليزية",
        "أعلن فريق التحقيق الدولي أن صاروخ بوك الذي أسقط طائرة الركاب الماليزية فوق شرق أوكرانيا عام 2014 "
        "كان تابعا للجيش الروسي.",
        {"missile_launch": False},
    ),
    Case(
        "a threat to strike",
        "ترامب: سنضرب سوريا بصواريخ ذكية",
        "توعد الرئيس الأمريكي بضرب سوريا بصواريخ جديدة وذكية ردا على الهجوم الكيميائي.",
        {"missile_launch": False},
    ),
    Case(
        "football: a rocket of a shot",
        "هدف صاروخي يمنح الفريق الفوز",
        "سجل المهاجم هدفا صاروخيا من خارج المنطقة في الدقيقة الأخيرة، بعد ضربة صاروخية ارتطمت بالعارضة.",
        {"missile_launch": False},
    ),
    Case(
        "a missile-defence test postponed",
        "إسرائيل ترجئ اختبار منظومة آرو 3",
        "أرجأت إسرائيل اختبار منظومة الدفاع الصاروخي آرو 3 الذي كان مقررا إجراؤه في ألاسكا.",
        {"missile_launch": False},
    ),
    Case(
        "a missile being developed",
        "البحرية الأمريكية تطور صواريخ تطلق من الغواصات",
        "تعمل البحرية الأمريكية على تطوير جيل جديد من الصواريخ الفتاكة التي تطلق من البحر.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- who launched
    Case(
        "a test told with no day, deep in a story about weapons a leader unveils, is what was done before",
        "الرئيس يستعرض ترسانة بلاده الجديدة",
        "عرض الرئيس في خطاب أمام البرلمان اليوم مجموعة من الأسلحة الاستراتيجية الجديدة. وقال إن هذه الأسلحة "
        "تمنح الجيش تفوقا لا مثيل له. وأضاف أن الغواصات الجديدة ستدخل الخدمة قريبا. وأشار إلى أن الطائرات "
        "المسيرة الحديثة تعمل بالطاقة النووية. وأوضح أن روسيا اختبرت كذلك صاروخا عابرا للقارات ثقيلا يحمل عشرة رؤوس.",
        {"missile_launch": False},
    ),
    Case(
        "the same, one missile tested, told by a minister after a lead about a new doctrine",
        "طهران تكشف عقيدتها الدفاعية",
        "كشف وزير الدفاع الإيراني عن عقيدة دفاعية جديدة للبلاد. وتحدث الوزير عن تطوير القدرات البحرية والجوية. "
        "ولفت إلى أهمية الصناعات المحلية في مواجهة العقوبات. وتابع أن الحرس الثوري يحتفظ بقوة ردع كبيرة. وذكر أن "
        "إيران اختبرت صاروخا باليستيا دقيقا قادرا على إصابة السفن.",
        {"missile_launch": False},
    ),
    Case(
        "a missile type a relative present verb describes, in what a paper reported on a given day, is no launch",
        "قراصنة يسرقون أسرار سلاح بحري",
        "ذكرت صحيفة أمريكية، الخميس، أن متسللين سرقوا تصاميم صواريخ كروز جديدة التي تطلق من على متن الغواصات الهجومية.",
        {"missile_launch": False},
    ),
    Case(
        "the same with a plural missile and a reporting verb dated yesterday",
        "تسريب وثائق عسكرية",
        "قال مسؤولون أمس إن الوثائق المسربة تشمل بيانات عن الصواريخ المضادة للسفن التي تطلق من الطائرات المقاتلة.",
        {"missile_launch": False},
    ),
    Case(
        "a strike by three states",
        "العدوان الثلاثي على سوريا",
        "قالت القيادة العامة للجيش السوري إن الولايات المتحدة وبريطانيا وفرنسا أطلقت فجر اليوم أكثر من مئة صاروخ "
        "على مواقع في دمشق وحمص، وإن الدفاعات الجوية تصدت لمعظمها.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
    ),
    Case(
        "the government's forces named as the regime",
        "قصف صاروخي على ريف إدلب",
        "قصفت قوات النظام السوري بالصواريخ بلدات في ريف إدلب الجنوبي اليوم السبت، ما أدى إلى مقتل ثلاثة مدنيين.",
        {"missile_launch": {"SYR"}},
    ),
    Case(
        "an interception over a capital, launcher named in the story",
        "الدفاعات السعودية تعترض صاروخا في سماء الرياض",
        "اعترضت الدفاعات الجوية السعودية مساء اليوم صاروخا باليستيا في سماء الرياض. وتطلق ميليشيا الحوثي "
        "الصواريخ باتجاه المدن السعودية.",
        {"missile_launch": {"HOUTHI"}},
    ),
    # ------------------------------------------------------------- space
    Case(
        "the crew capsule spelt with ج and called the craft (المركبة دراجون) is a spacecraft that lifted off",
        "رائد فضاء عربي في طريقه إلى المحطة",
        "انطلقت فجر اليوم السبت المركبة دراجون نحو محطة الفضاء الدولية وعلى متنها أربعة رواد بينهم رائد فضاء عربي.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a launch a space agency postponed, with a comma after the day that follows the verb, is still ahead",
        "موعد جديد للصاروخ",
        "أجلت وكالة الفضاء الهندية صباح اليوم السبت، إطلاق صاروخها بي إس إل في إلى يوم الثلاثاء بسبب الرياح. "
        "وأرجأت الوكالة أمس، إطلاق صاروخ جي إس إل في إلى الشهر المقبل.",
        {"space_launch": False},
    ),
    Case(
        "a launch vehicle its own agency destroyed, named a few words after the rocket noun, was not intercepted",
        "نهاية رحلة قصيرة",
        "دمرت وكالة الفضاء اليابانية صباح اليوم عن قصد صاروخا من الجيل الأحدث من طراز إتش 3 بعد دقائق من إقلاعه "
        "من جزيرة تانيغاشيما لتعطل محرك المرحلة العليا.",
        {"missile_launch": False, "space_launch": {"JPN"}},
    ),
    Case(
        "satellites after عبر are what a service works through, not what the relative clause's verb launched",
        "اتصالات الجبهة",
        "قال ضباط إن الوحدات تستخدم حاليا مزود الاتصال عبر الأقمار الصناعية الذي أطلقه رجل أعمال أمريكي.",
        {"space_launch": False},
    ),
    Case(
        "a failed launch told as earlier this year, after the launch noun, is the past of a story about the next",
        "استعدادات في قاعدة فضائية",
        "ترجح الصور أن الوكالة تتهيأ لمحاولة جديدة، بعد فشلها في إطلاق قمر للاتصالات في وقت سابق من العام الجاري.",
        {"space_launch": False},
    ),
    Case(
        "nearing a launch (اقتراب … من إطلاق) is a launch still ahead",
        "مؤشرات على اقتراب الوكالة من إطلاق قمر اتصالات",
        "رصد محللون حركة نشطة في القاعدة الفضائية هذا الأسبوع.",
        {"space_launch": False},
    ),
    Case(
        "a satellite launched on this day of a past year is history, whatever its clause's tense",
        "ذكرى أول قمر",
        "يتذكر المهندسون أول قمر صناعي للبلاد الذي أطلق في مثل هذا اليوم من العام 1999 من قاعدة في كازاخستان.",
        {"space_launch": False},
    ),
    Case(
        "a countdown stopped the day before, then the rocket launched today: the later clause is the news",
        "إقلاع بعد توقف",
        "وكان العد التنازلي قد توقف أمس قبل دقيقة من الإقلاع، ثم أطلقت الشركة الصاروخ اليوم بنجاح حاملا 40 قمرا.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a cargo craft launched to the space station is a spacecraft; a cargo vehicle on the roads is not",
        "مركبة شحن تصل إلى المحطة",
        "التحمت مركبة الشحن الروسية اليوم بمحطة الفضاء الدولية بعد يومين من إطلاقها من بايكونور. وأطلقت شركة محلية "
        "أمس مركبة شحن كهربائية لنقل البضائع بين المدن.",
        {"space_launch": {"RUS"}, "missile_launch": False},
        exact=True,
    ),
    Case(
        "an unarmed Minuteman fired from Vandenberg is a missile test, not a space launch",
        "تجربة صاروخية أمريكية",
        "أطلق سلاح الجو الأمريكي فجر اليوم صاروخ مينيتمان 3 غير مسلح من قاعدة فاندنبرغ في تجربة روتينية.",
        {"space_launch": False, "missile_launch": {"USA"}},
    ),
    Case(
        "the carrier rocket as the subject of placing: the satellite it put in orbit stands further on",
        "قمر جديد في المدار",
        "وضع صاروخ قائم 100 التابع للحرس الثوري صباح اليوم القمر البحثي الجديد في مدار على ارتفاع 750 كيلومترا.",
        {"space_launch": {"IRN"}, "missile_launch": False},
    ),
    Case(
        "a plain rocket launched from a pad within a cosmodrome is a space launch, not a missile",
        "تحقيق في رحلة فاشلة",
        "فشلت أول رحلة للصاروخ الجديد الذي يعمل بالوقود الصلب. وأطلق الصاروخ صباح اليوم من موقع إطلاق في مركز "
        "جيوتشيوان شمال غرب الصين.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a past verb of carrying out reports the verbal noun after its subject, past the lead sentences",
        "مركبة شحن تصل إلى المحطة المدارية",
        "وصلت مركبة الشحن إلى المحطة المدارية بعد رحلة دامت سبع ساعات. وحملت المركبة أطنانا من الوقود والمؤن لطاقم "
        "المحطة. ونفذت الوكالة الصينية إطلاق صاروخ المسيرة الطويلة الذي حمل المركبة من مطار وينتشانغ الفضائي.",
        {"space_launch": {"CHN"}, "missile_launch": False},
    ),
    Case(
        "a side's own spacecraft, and a lunar station, launched are space launches",
        "انطلاق نحو القمر",
        "أطلقت الهند صباح اليوم مركبتها الفضائية الثانية نحو القطب الجنوبي للقمر. وأطلقت وكالة الفضاء الروسية أمس أول "
        "محطة قمرية منذ عقود.",
        {"space_launch": {"IND", "RUS"}, "missile_launch": False},
    ),
    Case(
        "a long-range rocket whose height is compared with the space station is a missile",
        "صاروخ يحلق فوق اليابان",
        "أطلقت كوريا الشمالية فجر اليوم صاروخا بعيد المدى حلق فوق اليابان وبلغ ارتفاعا يفوق ارتفاع محطة الفضاء "
        "الدولية بعشر مرات.",
        {"space_launch": False, "missile_launch": {"PRK"}},
    ),
    Case(
        "a long-range rocket carrying a satellite is a launcher",
        "قمر جديد في المدار",
        "أطلقت كوريا الشمالية فجر اليوم صاروخا بعيد المدى يحمل قمرا صناعيا لرصد الأرض إلى المدار.",
        {"space_launch": {"PRK"}, "missile_launch": False},
    ),
    Case(
        "satellites that watched a launch are not what was launched: the missile after the verbal noun is",
        "صور من المدار",
        "أظهرت صور الأقمار الصناعية التجارية إطلاق صاروخ باليستي من ساحل كوريا الشمالية صباح اليوم. ورصدت أقمار "
        "الإنذار المبكر الأمريكية إطلاق بيونغ يانغ صاروخا ثانيا بعد ساعة.",
        {"space_launch": False, "missile_launch": {"PRK"}},
    ),
    Case(
        "a plan after a frame word (ضمن، في إطار) is no figurative object of the launch verb",
        "قمر جديد للاتصالات",
        "أطلقت الهند ضمن خطة طموحة صباح اليوم قمرا صناعيا جديدا للاتصالات من جزيرة سريهاريكوتا.",
        {"space_launch": {"IND"}},
    ),
    Case(
        "a name or a term given to moons is no launch of one",
        "تسمية جديدة لأجسام صغيرة",
        "يقترح الفلكيون إطلاق اسم قمر القمر على الأجسام التي تدور حول الأقمار، وفضل آخرون إطلاق مصطلح الأقمار "
        "التابعة عليها اليوم.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a navigation system put into service through satellites is launched figuratively",
        "خدمة ملاحة جديدة",
        "أطلقت الهند صباح اليوم نظامها للملاحة بالأقمار الصناعية للمستخدمين، وأطلقت شركة ناشئة أمس نظاما لتتبع "
        "الشاحنات بالأقمار الصناعية.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a plan or programme after the launched satellite is what it serves, not a figurative launch",
        "أقمار جديدة للملاحة",
        "أطلقت الصين صباح اليوم قمرين صناعيين ضمن خطة وطنية للملاحة. وأطلقت الهند أمس قمرا يدعم برنامج الاتصالات "
        "في الأرياف.",
        {"space_launch": {"CHN", "IND"}},
    ),
    Case(
        "a plan or programme before any launched object is launched figuratively",
        "مبادرات فضائية",
        "أطلقت الوزارة صباح اليوم خطة وطنية لتصنيع قمرين صناعيين، وأطلقت الجامعة أمس برنامجا لبناء قمر صغير.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a southern launch vehicle",
        "كوريا الجنوبية تطلق صاروخ نوري",
        "أطلقت كوريا الجنوبية اليوم صاروخها الفضائي نوري حاملا أقمارا صناعية من مركز نارو الفضائي.",
        {"space_launch": {"KOR"}, "missile_launch": False},
    ),
    Case(
        "a countdown aborted",
        "إلغاء إطلاق الصاروخ الياباني في اللحظة الأخيرة",
        "ألغت وكالة الفضاء اليابانية عملية إطلاق الصاروخ إتش 3 قبل ثوان من موعدها بسبب خلل فني.",
        {"space_launch": False},
    ),
    Case(
        "a leader touring a launch site",
        "كيم يتفقد محطة سوهاي",
        "تفقد الزعيم كيم جونغ أون محطة سوهاي لإطلاق الأقمار الصناعية واطلع على أعمال التحديث فيها.",
        {"space_launch": False},
    ),
    Case(
        "a probe to be sent",
        "ناسا سترسل مسبارا إلى الشمس",
        "تستعد وكالة الفضاء الأمريكية لإرسال مسبار إلى أقرب نقطة من الشمس في مهمة غير مسبوقة.",
        {"space_launch": False},
    ),
    Case(
        "a name given, not a launch",
        "القمر الوردي يزين السماء الليلة",
        "يشهد العالم الليلة ظاهرة القمر المكتمل الذي يطلق عليه اسم القمر الوردي.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "an Iranian launch vehicle",
        "إيران تطلق ثلاثة أقمار صناعية",
        "أعلنت إيران اليوم إطلاق ثلاثة أقمار صناعية إلى المدار بواسطة الصاروخ الحامل سيمرغ.",
        {"space_launch": {"IRN"}, "missile_launch": False},
    ),
    Case(
        "a rocket noun named by a launch vehicle right after it that flew or was struck by a fault is a space launch",
        "صاروخ أوروبي يحمل قمرا",
        "حلق صاروخ فيغا الأوروبي صباح اليوم من قاعدة كورو حاملا قمرا لمراقبة المحيطات.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a rocket noun named by a launch vehicle right after it that flew is a space launch (with a conjunction)",
        "ثلاثة رواد إلى المحطة",
        "وحلق صاروخ سويوز فجر اليوم من بايكونور وعلى متنه ثلاثة رواد.",
        {"space_launch": {"RUS"}, "missile_launch": False},
    ),
    Case(
        "a crewed launch vehicle struck by a fault in flight was launched",
        "رائدان ينجوان",
        "نجا رائدا الفضاء صباح اليوم بعد عطل أصاب صاروخ سويوز الذي كان يقلهما إلى المحطة الفضائية الدولية.",
        {"space_launch": {"RUS"}, "missile_launch": False},
    ),
    Case(
        "Israel's satellite launcher is a space launch vehicle, not a missile",
        "إسرائيل تطلق صاروخا",
        "أطلقت إسرائيل اليوم صاروخ شافيت من قاعدة بلماخيم.",
        {"space_launch": {"ISR"}, "missile_launch": False},
    ),
    Case(
        "the air-launched Pegasus rocket is a space launch vehicle",
        "صاروخ من طائرة",
        "أطلق صاروخ بيغاسوس صباح اليوم من طائرة فوق المحيط الهادئ.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "the spyware of the same name is no rocket",
        "برنامج تجسس",
        "قال باحثون اليوم إن برنامج التجسس بيغاسوس أطلق هجمات على هواتف صحفيين.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch after whenever is a repeated case, not one launch",
        "توتر متكرر",
        "كلما أطلقت كوريا الشمالية قمرا صناعيا ارتفعت حدة التوتر في المنطقة.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch after whenever, through a verb of doing, is a repeated case",
        "اهتمام عالمي",
        "وكلما قامت الصين بإطلاق مركبة فضائية تابعها العالم باهتمام.",
        {"space_launch": False},
    ),
    Case(
        "a missile launch after whenever is a repeated case",
        "عقوبات",
        "كلما أطلقت إيران صاروخا باليستيا فرضت واشنطن عقوبات جديدة.",
        {"missile_launch": False},
    ),
    Case(
        "the failure of a named launch vehicle is a launch that went wrong",
        "رائدان ينجوان بعد تعطل صاروخ سويوز",
        "",
        {"space_launch": {"RUS"}, "missile_launch": False},
    ),
    Case(
        "the fault in a named launch vehicle's rocket is a launch that went wrong",
        "عودة اضطرارية",
        "عطل في صاروخ سويوز يجبر رائدي فضاء على الهبوط اضطراريا صباح اليوم.",
        {"space_launch": {"RUS"}, "missile_launch": False},
    ),
    Case(
        "a launch vehicle that failed to lift off was not launched",
        "تأجيل",
        "فشل صاروخ سويوز صباح اليوم في الإقلاع بسبب عطل في المحرك فأعيد إلى حظيرته.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch vehicle that failed to lift off was not launched (the lift-off noun after the failure)",
        "تأجيل",
        "فشل صاروخ بروتون في الانطلاق من منصته مساء اليوم بسبب صمام معطوب.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a fault found in a craft docked in orbit is no launch",
        "تسرب في المحطة",
        "عثر رواد المحطة اليوم على الخلل في مركبة سويوز الملتحمة بها.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a rocket that shot down a satellite is a weapon fired, not a space launch",
        "تجربة مضادة للأقمار",
        "أجرت الهند اليوم تجربة صاروخ أسقط قمرا صناعيا في مدار منخفض.",
        {"space_launch": False, "missile_launch": {"IND"}},
    ),
    Case(
        "a rocket fired that shot down an old satellite is a weapon fired, not a space launch",
        "صاروخ روسي",
        "أطلقت روسيا اليوم صاروخا أسقط قمرا صناعيا سوفيتيا قديما.",
        {"space_launch": False, "missile_launch": {"RUS"}},
    ),
    Case(
        "a probe's landing months since its launch recalls the launch as the past",
        "مسبار يهبط على المريخ",
        "حط المسبار إنسايت أمس على سطح الكوكب الأحمر بعد رحلة دامت قرابة سبعة أشهر منذ انطلاقه من كاليفورنيا.",
        {"space_launch": False},
        published="2018-11-27T09:00:00+03:00",
    ),
    Case(
        "a crew's return years since the rocket's launch recalls the launch as the past",
        "عودة الطاقم",
        "عاد رائد الفضاء إلى الأرض أمس بعد عامين منذ إطلاق صاروخ سويوز الذي أقله إلى المحطة.",
        {"space_launch": False},
        published="2018-11-27T09:00:00+03:00",
    ),
    Case(
        "the anniversary of a launch is the past",
        "احتفال",
        "احتفلت بيونغ يانغ أمس بذكرى إطلاق قمرها الصناعي الأول.",
        {"space_launch": False},
    ),
    Case(
        "the day of a launch's anniversary is the past",
        "ذكرى",
        "تحل اليوم ذكرى إطلاق المسبار فوياجر نحو أطراف المجموعة الشمسية.",
        {"space_launch": False},
    ),
    Case(
        "a launch vehicle's maiden flight is its launch",
        "سيارة في الفضاء",
        "تسبح سيارة رياضية حمراء في الفضاء بعد أن حملها صاروخ فالكون هيفي في أول رحلة له أمس.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "a launch vehicle's maiden flight is its launch (its first flight succeeded)",
        "نجاح",
        "نجح صاروخ فالكون هيفي صباح اليوم في رحلته الأولى من فلوريدا.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "a person's first trip is no launch",
        "جولة",
        "قام الرئيس صباح اليوم برحلته الأولى إلى الخارج منذ توليه منصبه.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a mission that lifted off towards a planet named after the planet noun is a spacecraft launched",
        "نحو أقرب الكواكب إلى الشمس",
        "انطلقت البعثة المشتركة الجديدة إلى كوكب عطارد فجر اليوم من غويانا.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a mission that set off for a city is no space launch",
        "وفد",
        "انطلقت البعثة الطبية المشتركة صباح اليوم إلى مدينة حلب.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a sentence asking whether a launch vehicle's maiden flight succeeds reports no launch",
        "ترقب",
        "هل ينجح صاروخ فالكون هيفي في رحلته الأولى المقررة اليوم؟",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a sentence asking whether a missile was fired reports no launch",
        "تساؤلات",
        "وهل أطلقت إيران صاروخا باليستيا جديدا صباح اليوم؟",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- Russia–North Korea cooperation
    Case(
        "troops fighting for Russia",
        "جنود كوريون شماليون يقاتلون في كورسك",
        "قالت الاستخبارات الكورية الجنوبية إن آلاف الجنود الكوريين الشماليين يقاتلون إلى جانب القوات الروسية في "
        "منطقة كورسك، وإن العشرات منهم قتلوا.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "soldiers captured",
        "كييف تأسر جنديين كوريين شماليين",
        "أعلن الرئيس الأوكراني أن قواته أسرت جنديين كوريين شماليين كانا يقاتلان مع الجيش الروسي في كورسك.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "munitions delivered",
        "بيونغ يانغ سلمت موسكو ملايين القذائف",
        "قال مسؤول أمريكي اليوم إن كوريا الشمالية سلمت روسيا ملايين القذائف المدفعية وصواريخ باليستية.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "a direct flight",
        "أول رحلة جوية مباشرة بين موسكو وبيونغ يانغ",
        "هبطت أول رحلة جوية مباشرة بين موسكو وبيونغ يانغ منذ عقود في مطار سونان الدولي اليوم.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "a congratulation message",
        "كيم يهنئ بوتين",
        "بعث الزعيم كيم جونغ أون برقية تهنئة إلى الرئيس الروسي فلاديمير بوتين بمناسبة يوم روسيا.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "the US and Russia talk about North Korea",
        "واشنطن وموسكو تبحثان ملف كوريا الشمالية",
        "بحث وزيرا الخارجية الأمريكي والروسي في اتصال هاتفي الملف النووي لكوريا الشمالية.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "a Russian veto",
        "فيتو روسي في مجلس الأمن",
        "استخدمت روسيا حق النقض ضد مشروع قرار لتمديد عمل لجنة خبراء العقوبات على كوريا الشمالية.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "a launch as a habit",
        "شركة ناشئة تطلق قمرا صناعيا كل ثلاث ساعات",
        "تقول الشركة إن تقنيتها الجديدة تطلق قمرا صناعيا صغيرا كل ثلاث ساعات من منصة عائمة.",
        {"space_launch": False},
    ),
    Case(
        "an on-this-day column",
        "حدث في 4 أكتوبر.. إطلاق أول قمر صناعي",
        "أطلق الاتحاد السوفيتي أول قمر صناعي في التاريخ إلى مدار حول الأرض.",
        {"space_launch": False},
    ),
    Case(
        "released from a spacecraft",
        "مسباران صغيران يهبطان على الكويكب",
        "هبط مسباران صغيران على سطح الكويكب بعد أن أطلقتا من مركبة فضائية يابانية أمس.",
        {"space_launch": False},
    ),
    Case(
        "a launch postponed",
        "تأجيل إطلاق المسبار بسبب الطقس",
        "أعلنت الوكالة تأجيل إطلاق المسبار الذي كان مقررا اليوم بسبب سوء الأحوال الجوية.",
        {"space_launch": False},
    ),
    Case(
        "the speaker says it launched",
        "الحوثيون يتبنون الهجوم",
        "قال المتحدث العسكري باسم الحوثيين إنهم أطلقوا صاروخا باليستيا على جازان اليوم السبت.",
        {"missile_launch": {"HOUTHI"}},
    ),
    Case(
        "the country of the reporting agency",
        "بيان رسمي في بيونغ يانغ",
        "ذكرت الوكالة المركزية الكورية الشمالية اليوم أن البلاد أطلقت صاروخا جديدا من طراز هواسونغ-18 أمس.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "states listed by their capitals",
        "ضربات واشنطن ولندن وباريس على مواقع في سوريا",
        "شنت واشنطن ولندن وباريس فجر اليوم ضربات صاروخية على مواقع عسكرية قرب دمشق.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
    ),
    Case(
        "a tripartite strike",
        "الجيش السوري: الدفاعات تصدت للعدوان الثلاثي",
        "قال الجيش السوري إن دفاعاته الجوية أسقطت فجر اليوم معظم الصواريخ التي أطلقها العدوان الثلاثي. وكانت "
        "الولايات المتحدة وبريطانيا وفرنسا قد أعلنت نيتها الرد على الهجوم الكيميائي.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
    ),
    Case(
        "a hypothetical launch",
        "ماذا لو أطلقت كوريا الشمالية صاروخا نحو غوام؟",
        "يناقش خبراء عسكريون السيناريوهات المحتملة إذا أطلقت بيونغ يانغ صاروخا باتجاه الجزيرة الأمريكية.",
        {"missile_launch": False},
    ),
    Case(
        "a satellite testing its gear",
        "قمر صناعي يلتقط النفايات الفضائية",
        "اختبر القمر الصناعي البريطاني شبكة لالتقاط النفايات في المدار حول الأرض أمس.",
        {"space_launch": False},
    ),
    Case(
        "a name given by scientists",
        "قمر جديد للمشتري",
        "أطلق العلماء على القمر الجديد اسم فاليتيودو بعد رصده بتلسكوب في تشيلي.",
        {"space_launch": False},
    ),
    Case(
        "the Moon, not a satellite",
        "صاروخ صيني يطلق مسبارا نحو القمر",
        "أطلقت الصين اليوم صاروخا يحمل مسبارا إلى الجانب البعيد من القمر.",
        {"space_launch": {"CHN"}, "missile_launch": False},
    ),
    Case(
        "a rocket's flight test is a space launch",
        "سبيس إكس تختبر ستارشيب",
        "انطلق صاروخ ستارشيب اليوم في رحلته التجريبية الخامسة من قاعدة الشركة في تكساس.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "the speaker announces its own test",
        "بيونغ يانغ تعلن نجاح تجربة صاروخية",
        "أعلنت كوريا الشمالية، الثلاثاء، أنها اختبرت بنجاح صاروخا جديدا قادرا على بلوغ البر الأمريكي.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a missile flying over a country",
        "صاروخ كوري شمالي يحلق فوق اليابان",
        "أطلقت كوريا الشمالية صاروخا باليستيا صباح اليوم، وقال مسؤولون إن الصاروخ حلق فوق الأراضي اليابانية قبل "
        "أن يسقط في المحيط الهادئ.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "strikes on a country's cities",
        "موجة ضربات صاروخية روسية على كييف",
        "شنت روسيا فجر اليوم موجة من الضربات الصاروخية على المدن الأوكرانية، وقالت كييف إن دفاعاتها اعترضت "
        "عشرات الصواريخ.",
        {"missile_launch": {"RUS"}},
    ),
    Case(
        "bracing for a strike",
        "قوات النظام ترفع حالة التأهب",
        "رفعت القوات الحكومية السورية حالة التأهب في مطاراتها تحسبا لضربات صاروخية أمريكية محتملة.",
        {"missile_launch": False},
    ),
    Case(
        "monitoring as a task",
        "نشر منظومة ثاد في ألمانيا",
        "تتولى المنظومة الرصد ومراقبة التهديدات المحتملة وإرسال إشارات لاعتراض الصواريخ المعادية.",
        {"missile_launch": False},
    ),
    Case(
        "a condemned attack, the group named later",
        "الكويت تدين الهجمات الصاروخية على المملكة",
        "أدانت الكويت اليوم الهجمات الصاروخية التي استهدفت المملكة العربية السعودية مساء أمس. وقال مصدر في "
        "الخارجية إن هذه الهجمات تعبر عن تعنت جماعة الحوثيين.",
        {"missile_launch": {"HOUTHI"}},
    ),
    Case(
        "arms reported by an official, used over months",
        "كييف: روسيا أطلقت عشرات الصواريخ الكورية الشمالية",
        "قال مسؤول أوكراني اليوم إن روسيا أطلقت أكثر من عشرين صاروخا باليستيا كوريا شماليا على المدن الأوكرانية "
        "منذ ديسمبر الماضي.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "transfers only guessed at",
        "أنغارا تنطلق من فوستوتشني",
        "يرى خبراء أن بيونغ يانغ تلقت على الأرجح مساعدة تقنية روسية في برنامجها الفضائي منذ عام 2023.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "a failed satellite launch is a launch",
        "فشل إطلاق القمر الصناعي العسكري الكوري الشمالي",
        "قالت هيئة الأركان المشتركة في سيول إن الصاروخ الذي أطلقته كوريا الشمالية صباح اليوم لوضع قمر صناعي في "
        "المدار سقط في البحر بعد دقائق، وأقرت بيونغ يانغ بفشل إطلاق القمر.",
        {"space_launch": {"PRK"}, "missile_launch": False},
    ),
    Case(
        "a meeting recalled in passing",
        "موسكو تدعو إلى ضبط النفس",
        "قال مصدر في الخارجية الروسية إن موسكو تدعو جميع الأطراف إلى ضبط النفس، مذكرا بأن الرئيس فلاديمير بوتين "
        "التقى الزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك.",
        {"russia_dprk_cooperation": False},
    ),
    # ------------------------------------------------------------- who bombards: governments, sides, coalitions
    Case(
        "a strike's side after ل, past a manner adjective joined to the missile one (قصف صاروخي ومدفعي للتحالف على)",
        "غارات على صعدة",
        "وجاءت الغارات اليوم بالتزامن مع قصف صاروخي ومدفعي للتحالف العربي على مواقع الحوثيين في صعدة.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
        exact=True,
    ),
    Case(
        "the same with an air strike joined (قصف صاروخي وجوي للتحالف)",
        "غارات على صعدة",
        "تزامنت غارات اليوم مع قصف صاروخي وجوي للتحالف العربي على مواقع الميليشيا الحوثية في مديرية رازح.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
        exact=True,
    ),
    Case(
        "a strike noun after a preposition (مع قصف) is the verbal noun; the force after its resumptive verb strikes",
        "معارك في صعدة",
        "تقدمت القوات اليوم في صعدة بالتزامن مع قصف مدفعي وصاروخي شنته القوات السعودية على مواقع الحوثيين.",
        {"missile_launch": {"SAU"}},
        exact=True,
    ),
    Case(
        "a capital in a newspaper's name (صحيفة واشنطن بوست) is the newspaper, not a side that bombards",
        "تقرير",
        "نشرت صحيفة واشنطن بوست اليوم صورا لهجوم صاروخي استهدف قاعدة عسكرية في شمال العراق أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with واشنطن تايمز",
        "تقرير",
        "حصلت واشنطن تايمز على صور لقصف صاروخي استهدف قاعدة جوية أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a strike told first (قصف) and the capital that announced it after (وفق ما أعلنت دمشق) did not strike",
        "غارات على سوريا",
        "قصف الطيران الإسرائيلي بالصواريخ مطارا عسكريا في محافظة حمص السورية، وفق ما أعلنت دمشق اليوم.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the same with بحسب ما أعلنت and the day before the missiles",
        "غارات على سوريا",
        "قصف سلاح الجو الإسرائيلي فجر اليوم بعدة صواريخ مواقع قرب مطار دمشق، بحسب ما أعلنت دمشق.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the same with على ما أعلنت and another striking state",
        "غارات على سوريا",
        "قصف الطيران الحربي الأمريكي بصواريخ موجهة مواقع في ريف دير الزور الشرقي، على ما أعلنت دمشق السبت.",
        {"missile_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "warplanes of two states, the second nisba spelt like the country (روسية وسورية): both states strike",
        "قتلى بقصف على ريف حمص",
        "قتل مدنيون في قصف جوي وصاروخي نفذته مقاتلات حربية روسية وسورية على بلدات في ريف حمص الشمالي مساء أمس.",
        {"missile_launch": {"RUS", "SYR"}},
        exact=True,
    ),
    Case(
        "the nisba spelt like the country first, the other state's nisba joined after it (سورية وروسية)",
        "تصعيد في إدلب",
        "قصفت طائرات حربية سورية وروسية بالصواريخ أحياء في ريف إدلب الجنوبي يوم الخميس، بحسب المرصد.",
        {"missile_launch": {"RUS", "SYR"}},
        exact=True,
    ),
    Case(
        "the two nisbas after the planes of a strike noun, with shadda on both (روسيّة وسوريّة)",
        "قصف على بلدة في الغوطة",
        "تعرضت البلدة اليوم لقصف صاروخي عنيف من مقاتلات روسيّة وسوريّة، وفق ناشطين.",
        {"missile_launch": {"RUS", "SYR"}},
        exact=True,
    ),
    Case(
        "a base that suffered a strike is its subject; the army named later in the sentence did not fire",
        "صواريخ على قاعدة في الخليج",
        "قال مسؤول عسكري اليوم إن القاعدة تعرضت لقصف بصواريخ قصيرة المدى، مشيرا إلى أن الجيش الأمريكي يتابع الوضع "
        "عن قرب.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2025-06-23T22:00:00+03:00",
    ),
    Case(
        "missiles pointed back to with a demonstrative ('these missiles') keep the launcher named before them",
        "رشقة صاروخية من لبنان",
        "أطلق حزب الله مساء اليوم رشقة من الصواريخ نحو الجليل الأعلى. هذه الصواريخ استهدفت ثكنة عسكرية قرب الحدود. "
        "وردت إسرائيل بغارات جوية عنيفة على بلدات في جنوب لبنان.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
        published="2024-06-20T21:00:00+03:00",
    ),
    Case(
        "the states named as adjectives of struck bases own the bases: they are no coalition that strikes",
        "قصف صاروخي على قاعدتين في العراق",
        "أعلنت وكالة أنباء رسمية فجر اليوم أن الحرس الثوري وراء الهجوم الصاروخي على قاعدة عين الأسد. وأكدت وزارة "
        "الدفاع الأمريكية أن القصف استهدف قواعد أمريكية وقوات التحالف في عين الأسد وأربيل.",
        {"missile_launch": {"IRN"}},
        exact=True,
        published="2020-01-08T10:00:00+03:00",
    ),
    Case(
        "the start of a campaign ('after attacks by two states began') is the backdrop: they are no coalition for it",
        "اعتراض صواريخ فوق المنامة",
        "أعلنت وزارة الدفاع البحرينية فجر اليوم اعتراض صواريخ استهدفت أراضي المملكة، وذلك عقب بدء هجمات أمريكية "
        "إسرائيلية على دول في المنطقة قبل أسبوعين.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2026-03-12T10:00:00+03:00",
    ),
    Case(
        "the strikes time is counted from ('since the US and British forces struck') are the backdrop, not a coalition",
        "أول هجوم حوثي منذ الضربات",
        "أطلق صاروخ مضاد للسفن يوم الأحد من مناطق يسيطر عليها الحوثيون باتجاه مدمرة أمريكية في البحر الأحمر. ويعد "
        "إطلاق الصاروخ أول هجوم للحوثيين منذ أن شنت القوات الأمريكية والبريطانية ضربات جوية على أهداف لهم في اليمن.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
        published="2024-01-15T10:00:00+03:00",
    ),
    Case(
        "the two states a tension is between stand against each other: they are not a coalition of strikers",
        "توتر بين واشنطن وطهران بعد هجوم صاروخي على قاعدة في العراق",
        "تصاعد التوتر بين الولايات المتحدة وإيران أمس بعد هجوم صاروخي استهدف قاعدة تضم جنودا أمريكيين غرب العراق. "
        "ولم تعلن أي جهة مسؤوليتها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2022-05-11T10:00:00+03:00",
    ),
    Case(
        "the side named as agent ('by') of a passive interception intercepted the missile; it did not launch it",
        "اعتراض صاروخ فوق جازان",
        "أعلن التحالف اليوم أن الدفاعات الجوية رصدت صاروخا باليستيا أطلقه الحوثيون من صعدة. وأضاف المتحدث أن "
        "الصاروخ كان باتجاه جازان، وتم إطلاقه بطريقة عشوائية لضرب الأحياء المأهولة، حيث تم اعتراض الصاروخ "
        "وتدميره من قبل قوات الدفاع الجوي الملكي السعودي.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
        published="2018-03-31T10:00:00+03:00",
    ),
    Case(
        "the missile a coalition statement resumes before a passive launch verb keeps the launcher named for it",
        "الدفاع الجوي السعودي يدمر صاروخا باليستيا فوق أبها",
        "قال التحالف اليوم الاثنين إن الدفاعات الجوية دمرت صاروخا باليستيا أطلقه الحوثيون من محافظة صعدة. وأشار "
        "المتحدث إلى أن الصاروخ كان باتجاه مدينة أبها، وأطلق بطريقة متعمدة لاستهداف الأحياء المأهولة، وأن قوات "
        "الدفاع الجوي الملكي السعودي تمكنت من اعتراضه.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
        published="2018-04-16T10:00:00+03:00",
    ),
    Case(
        "one reconnaissance plane right after the launch verb fires: its nisba names the launcher, not a target",
        "إصابة ثلاثة شبان في خان يونس",
        "أصيب ثلاثة شبان بجروح طفيفة مساء الاثنين بعدما أطلقت طائرة استطلاع إسرائيلية صاروخا على أرض زراعية "
        "شرق خان يونس جنوب قطاع غزة، وفق مصادر محلية.",
        {"missile_launch": {"ISR"}},
        exact=True,
        published="2018-07-24T08:00:00+03:00",
    ),
    Case(
        "a drone named by its country after the launch verb fires the missiles it carries",
        "مقتل مسلحين في غارة بطائرة مسيرة",
        "قال مسؤولون محليون اليوم الخميس إن سبعة مسلحين قتلوا عندما أطلقت طائرة مسيرة أمريكية صاروخين على "
        "منزل كانوا يختبئون فيه في إقليم ننغرهار شرقي أفغانستان.",
        {"missile_launch": {"USA"}},
        exact=True,
        published="2018-06-14T12:00:00+04:30",
    ),
    Case(
        "Yemen's national army that shells the Houthis with rockets is the government side, not the Houthis",
        "معارك في الجوف",
        "قصفت قوات الجيش الوطني مواقع لميليشيا الحوثي في مديرية المتون بالصواريخ يوم الأحد، وقالت مصادر "
        "ميدانية إن عددا من المسلحين الحوثيين قتلوا.",
        {"missile_launch": {"OTHER:Yemeni government forces"}},
        exact=True,
        published="2018-02-26T09:00:00+03:00",
    ),
    Case(
        "the 'terrorist organisations' of Syrian official wording that fire at Damascus are the armed opposition",
        "قتلى وجرحى في جرمانا",
        "نقلت وكالة سانا عن مصدر في الشرطة أن قذيفة صاروخية أطلقتها التنظيمات الإرهابية من الغوطة سقطت على "
        "حي سكني في دمشق اليوم، ما أدى إلى مقتل ثلاثة مدنيين.",
        {"missile_launch": {"OTHER:Syrian rebels"}},
        exact=True,
        published="2018-03-20T18:00:00+03:00",
    ),
    Case(
        "Syrian opposition factions that fire a rocket shell are named as such (a launcher without a taxonomy code)",
        "قتلى بقذيفة على سوق قرب دمشق",
        "أطلقت فصائل معارضة قذيفة صاروخية على سوق شعبية في ريف دمشق يوم الثلاثاء، ما أدى إلى مقتل عشرين شخصا "
        "بحسب الإعلام الرسمي.",
        {"missile_launch": {"OTHER:Syrian rebels"}},
        exact=True,
        published="2018-03-21T09:00:00+03:00",
    ),
    Case(
        "a siege article's bombardment stays the besiegers' when it names the ground the factions hold",
        "تصعيد في ريف دمشق",
        "قالت مصادر إن جيش الإسلام أطلق صواريخ على أحياء في العاصمة أمس. وتشن قوات النظام منذ أسابيع حملة على "
        "مناطق سيطرة الفصائل المعارضة في الغوطة، يتخللها قصف جوي وصاروخي عنيف اليوم.",
        {"missile_launch": {"OTHER:Syrian rebels", "SYR"}},
        exact=True,
        published="2018-03-07T09:00:00+03:00",
    ),
    Case(
        "a count of missiles fired within two hours is one salvo, not a running total",
        "موسكو تكشف تفاصيل الغارات",
        "قالت وزارة الدفاع الروسية اليوم إن المقاتلات الإسرائيلية أطلقت 60 صاروخا خلال ساعتين على مواقع في "
        "جنوب سوريا، أسقطت الدفاعات السورية نصفها.",
        {"missile_launch": {"ISR"}},
        exact=True,
        published="2018-05-10T12:00:00+03:00",
    ),
    Case(
        "who uses the struck base (a relative verb after the place) is its occupant, not the coalition that struck",
        "ضربة صاروخية على مطار تستخدمه إيران وحزب الله",
        "قال التلفزيون الرسمي إن الدفاعات الجوية تصدت لهجوم صاروخي استهدف المطار العسكري في ريف حمص في وقت "
        "متأخر من ليل الاثنين، ولم تعلن أي جهة مسؤوليتها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2018-04-17T09:00:00+03:00",
    ),
    Case(
        "forces stationed at a base (stationing verb with its preposition) suffer the missile strike",
        "انفجارات في ريف حماة",
        "تعرض معسكر كبير تتمركز فيه قوات إيرانية في ريف حماة الغربي لقصف صاروخي عنيف فجر اليوم، ولم تعرف الجهة "
        "التي أطلقت الصواريخ.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2018-04-30T09:00:00+03:00",
    ),
    Case(
        "states named after a threat noun, and strikes told as repeated, lend no launcher to an unattributed strike",
        "صواريخ مجهولة على مطار عسكري",
        "استهدفت ضربات صاروخية ليل الأحد مطارا عسكريا في ريف حمص. وجاء ذلك بعد تهديد كل من الولايات المتحدة "
        "وفرنسا بالرد على الهجوم الكيماوي. وهاجمت إسرائيل مواقع للجيش السوري كثيرا خلال سنوات الحرب كما ضربت "
        "قوافل أسلحة.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2018-04-16T09:00:00+03:00",
    ),
    Case(
        "Palestinians named by a plain plural fire the rockets across the border: Gaza's factions",
        "ليلة تصعيد على حدود القطاع",
        "ضربت المقاتلات الإسرائيلية مواقع في القطاع ليل الأحد، بينما أطلق فلسطينيون صواريخ عدة عبر الحدود نحو "
        "البلدات الجنوبية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
        published="2018-07-16T09:00:00+03:00",
    ),
    Case(
        "the movement's fighters who reply with rockets in a report on Gaza are Hamas",
        "جولة قتال جديدة",
        "قصف الطيران الإسرائيلي مواقع للحركة في غزة يوم الأحد، ورد مقاتلو الحركة بإطلاق صواريخ على البلدات "
        "المحاذية للسياج.",
        {"missile_launch": {"GAZA"}},
        exact=True,
        published="2018-07-16T09:00:00+03:00",
    ),
    Case(
        "the factions named by the Strip are the subject of the launch noun",
        "تهدئة بعد يوم ساخن",
        "قال الجيش الإسرائيلي إن طائراته قصفت أهدافا في القطاع ردا على إطلاق الفصائل في غزة أكثر من مئة صاروخ "
        "على البلدات المحاذية يوم الأحد.",
        {"missile_launch": {"GAZA"}},
        exact=True,
        published="2018-07-16T09:00:00+03:00",
    ),
    Case(
        "of the several armed groups an article names, an intercepted missile is the one that fires at the interceptor",
        "موجز الأخبار",
        "قال الجيش الإسرائيلي إن مسلحين من حركة حماس أطلقوا أكثر من مئة صاروخ على إسرائيل ليل أمس. وفي شأن آخر، "
        "أشاد القيادي الحوثي محمد علي الحوثي بوساطة عمانية. ونشرت الرياض صورا لشظايا صاروخ باليستي اعترضته الدفاعات "
        "الجوية السعودية فوق جازان أمس.",
        {"missile_launch": {"GAZA", "HOUTHI"}},
        exact=True,
    ),
    Case(
        "states that hold another side responsible for strikes are accusers, not a coalition that struck",
        "قصف صاروخي على قاعدة جوية وسط سوريا",
        "قال المرصد إن القصف الصاروخي طال قاعدة جوية في حمص فجر اليوم. وتعرضت القاعدة مرارا لهجمات في الأشهر "
        "الماضية، وحملت كل من موسكو وطهران ودمشق إسرائيل مسؤولية الغارات.",
        {"missile_launch": {"ISR"}},
        exact=True,
        published="2018-07-09T09:00:00+03:00",
    ),
    Case(
        "Syria's air defence units (feminine agreement) fire missiles of their own",
        "سماء دمشق تشتعل",
        "أضاءت السماء فوق دمشق فجر اليوم عندما أطلقت وحدات الدفاع الجوي السورية صواريخ أرض-جو على أهداف معادية.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "the nisba after an embassy or a building names the target, not the launcher",
        "قصف صاروخي على المنطقة الخضراء",
        "قال مصدر أمني إن صاروخين استهدفا مساء اليوم محيط السفارة الأمريكية في بغداد دون إصابات.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "warplanes with an adjective between them and their nisba, right after the strike verb, strike",
        "غارات على منشآت عسكرية",
        "شنت طائرات حربية إسرائيلية فجر اليوم ضربات بصواريخ بعيدة المدى على منشآت عسكرية في إيران.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "a state that joined its partners (شاركت إلى جانب) in a strike fired with them",
        "باريس تؤكد مشاركتها في الضربة",
        "أعلن الرئيس الفرنسي أن فرنسا شاركت إلى جانب الولايات المتحدة وبريطانيا في الضربات الصاروخية على مواقع عسكرية "
        "فجر اليوم.",
        {"missile_launch": {"FRA", "USA", "GBR"}},
        exact=True,
    ),
    Case(
        "the city a missile hits is a place, not the subject of the verb of impact",
        "صواريخ إيرانية تضرب تل أبيب",
        "أصابت صواريخ إيرانية مباني سكنية في تل أبيب صباح اليوم، ما أسفر عن سقوط جرحى.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "missiles of unknown origin name no launcher, whoever else the article names",
        "صواريخ تستهدف مطارا عسكريا وسط سوريا",
        "قال التلفزيون الرسمي إن صواريخ مجهولة استهدفت مطارا عسكريا في ريف حمص ليل الاثنين. وتصدت الدفاعات الجوية "
        "لصواريخ أخرى فوق المطار. وكانت إسرائيل قد قصفت المطار نفسه بالصواريخ الشهر الماضي.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
        published="2018-04-17T09:00:00+03:00",
    ),
    Case(
        "a first-person interception after the speaker's colon is the speaker's; the missiles are the other side's",
        "الدفاع الروسية: أسقطنا صاروخين فوق القرم",
        "أعلنت وزارة الدفاع الروسية أن دفاعاتها الجوية أسقطت صاروخين أطلقتهما القوات الأوكرانية على سيفاستوبول صباح "
        "اليوم.",
        {"missile_launch": {"UKR"}},
        exact=True,
        published="2024-11-19T16:00:00+03:00",
    ),
    Case(
        "the agent after an interception word (من قبل) intercepted, it did not launch",
        "اعتراض صواريخ فوق جازان",
        "قال المتحدث باسم التحالف إن الصواريخ أطلقت مساء أمس بطريقة عشوائية على المناطق المدنية، وتم اعتراضها جميعا "
        "وتدميرها من قبل قوات الدفاع الجوي الملكي السعودي.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the side a meeting about an attack is held at the request of did not fire",
        "مجلس الأمن يبحث الهجمات",
        "يجتمع مجلس الأمن اليوم لبحث الهجمات بالصواريخ على المدن، بطلب من الولايات المتحدة. وكانت حركة حماس قد "
        "أعلنت أمس تبنيها إطلاق عشرات الصواريخ على إسرائيل.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "Syria's air defence batteries fire missiles of their own",
        "مواجهة فوق الجولان",
        "قال الجيش الإسرائيلي إن البطاريات السورية أطلقت عشرات الصواريخ أرض-جو على طائراته فجر اليوم.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "a comma and a connector end the launch verb's clause: the next clause's subject did not fire",
        "روسيا: الدفاعات السورية أسقطت معظم الصواريخ",
        "قالت وزارة الدفاع الروسية إن 103 صواريخ كروز أطلقتها الدول الغربية، لكن الدفاعات الجوية السورية "
        "أسقطت 71 منها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "Iran's proxies in Yemen are the Houthis, not Iran",
        "واشنطن تتهم الحوثيين بقصف جازان",
        "قالت الخارجية الأمريكية إن وكلاء إيران في اليمن أطلقوا صاروخا باليستيا على جازان مساء أمس، وإن طهران تزودهم "
        "بالسلاح.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
        published="2018-05-10T12:00:00+03:00",
    ),
    Case(
        "the side whose strikes a passive launch answers did not fire it",
        "صواريخ على الجولان",
        "قصفت إسرائيل مواقع في ريف دمشق فجر اليوم. وقال مصدر عسكري إن عشرة صواريخ أطلقت نحو الجولان ظهر اليوم ردا "
        "على القصف الإسرائيلي.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the occupation's aircraft are Israel's",
        "غارة على خان يونس",
        "قصفت طائرات الاحتلال بالصواريخ منزلا في خان يونس فجر اليوم، وفق الدفاع المدني في غزة.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the Islamic Resistance in Lebanon is Hezbollah",
        "قصف على كريات شمونة",
        "أعلنت المقاومة الإسلامية في لبنان قصف كريات شمونة برشقة صاروخية ظهر اليوم.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the Syrian air force by its common names",
        "مقاتلات سورية تقصف بلدات في ريف درعا",
        "استهدفت مقاتلات حربية سورية بالصواريخ بلدات في ريف درعا صباح اليوم، وفق ما أفاد ناشطون.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "government forces are those of the state the article names most",
        "قصف على ريف إدلب",
        "قال ناشطون إن القوات الحكومية أطلقت صواريخ أرض-أرض على قرى في ريف إدلب صباح اليوم. وتسعى سوريا إلى "
        "استعادة المحافظة، فيما تتهم المعارضة دمشق بقصف المدنيين.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "a verb of continuing governs the strike noun",
        "المرصد: قصف متواصل",
        "قال المرصد إن قوات النظام تواصل القصف الصاروخي على الأحياء الشرقية للمدينة منذ صباح اليوم.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "an unattributed missile attack is the bombarding side's",
        "قتلى في قصف على حي سكني",
        "تتواصل حملة القصف التي يشنها النظام السوري على الأحياء الشرقية للمدينة لليوم الثالث. وقال الدفاع المدني إن "
        "الهجوم الصاروخي على حي سكني صباح اليوم أسفر عن مقتل أربعة أشخاص.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "a strike recalled as background names no side",
        "مطار عسكري يتعرض لضربات صاروخية",
        "تعرض مطار عسكري في وسط البلاد لضربات صاروخية فجر اليوم، دون أن تعرف الجهة التي نفذتها. وكانت إسرائيل قد "
        "قصفت المطار نفسه في العام الماضي.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a side's positions after a preposition are the target; the speaker attacked",
        "هجوم صاروخي ضد معاقل التنظيم",
        "أعلن الحرس الثوري الإيراني أنه شن فجر اليوم هجوما صاروخيا ضد معاقل داعش في شرق سوريا.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "a state with its partners (مع)",
        "الضربات على المطار",
        "قالت الحكومة إن الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا فجر اليوم استهدفت مطارا عسكريا "
        "بعشرات الصواريخ.",
        {"missile_launch": {"USA", "FRA", "GBR"}},
        exact=True,
    ),
    Case(
        "a state in coordination with its partners",
        "لندن: ضربتنا حققت أهدافها",
        "قال وزير الدفاع إن الضربات الصاروخية التي شنتها بريطانيا بالتنسيق مع كل من الولايات المتحدة وفرنسا فجر "
        "اليوم أصابت أهدافها.",
        {"missile_launch": {"USA", "FRA", "GBR"}},
        exact=True,
    ),
    Case(
        "the states condemning a strike did not strike",
        "إدانات للضربات",
        "أدانت كل من دمشق وموسكو وطهران الضربات الصاروخية التي شنتها الولايات المتحدة وفرنسا وبريطانيا فجر اليوم على "
        "مواقع عسكرية.",
        {"missile_launch": {"USA", "FRA", "GBR"}},
        exact=True,
    ),
    Case(
        "missiles counted during one strike are not a running total",
        "الجيش: 60 صاروخا في ضربة واحدة",
        "قالت وزارة الدفاع إن الجيش الإسرائيلي أطلق 60 صاروخا خلال ضرباته الليلية على مواقع في جنوب سوريا فجر اليوم.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "missiles counted over a day are not a running total; the strip is where they came from",
        "صواريخ من غزة",
        "قال الجيش الإسرائيلي إن نحو 40 صاروخا أطلقت من غزة خلال النهار، وتم اعتراض معظمها.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "a militia called after a state is the armed group the article names",
        "سقوط قتلى في سوق شعبي",
        "قالت مصادر محلية إن الميليشيات الإيرانية أطلقت صاروخ كاتيوشا على سوق شعبي في تعز صباح اليوم. وتتهم الحكومة "
        "جماعة الحوثي بقصف الأحياء السكنية.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "Palestinian militants fire; the strip struck is a place",
        "تصعيد على حدود القطاع",
        "شنت مقاتلات إسرائيلية غارات على قطاع غزة صباح اليوم، فيما أطلق مسلحون فلسطينيون عشرات الصواريخ على بلدات "
        "جنوب إسرائيل.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "two groups claiming a launch together",
        "حماس والجهاد تتبنيان",
        "أعلنت حركتا حماس والجهاد الإسلامي في بيان مشترك اليوم تبنيهما إطلاق عشرات الصواريخ على إسرائيل.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "the owner of a struck position is not the launcher",
        "غارة على موقع",
        "قال مصدر أمني إن غارة إسرائيلية بالصواريخ استهدفت صباح اليوم موقعا تابعا للقسام شمال قطاع غزة.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "an exercise simulating a missile attack",
        "مناورات تحاكي هجوما صاروخيا",
        "بدأت القوات الروسية اليوم مناورات واسعة تحاكي هجوما صاروخيا كثيفا على مواقعها في أقصى الشرق.",
        {"missile_launch": False},
    ),
    Case(
        "a supervised firing drill of rocket launchers",
        "كيم جونغ أون يشرف على مناورة رماية لراجمات صواريخ",
        "أشرف الزعيم الكوري الشمالي على مناورة رماية شاركت فيها راجمات صواريخ متعددة الفوهات من عيار 600 ملم، وفق ما "
        "ذكرت وسائل الإعلام الرسمية السبت.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "North Korean forces taking part in operations in a Russian region",
        "بيونغ يانغ تقر بمشاركة قواتها",
        "قالت وكالة الأنباء الرسمية إن وحدات من القوات المسلحة الكورية الشمالية شاركت في العمليات القتالية في "
        "منطقة كورسك.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "missiles used to strike a city are launched",
        "المدعي العام: صواريخ كورية شمالية ضربت المدينة",
        "أعلن المدعي العام أن الجيش الروسي استخدم صواريخ باليستية كورية شمالية لضرب المدينة فجر اليوم.",
        {"missile_launch": {"RUS"}, "russia_dprk_cooperation": True},
        exact=True,
    ),
    Case(
        "missiles used in an attack, as an accusation with a verbal noun",
        "كييف تتهم موسكو",
        "اتهمت الاستخبارات الأوكرانية اليوم روسيا باستخدام صواريخ كورية شمالية في هجوم على العاصمة.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "missiles that were used, in the passive, are a tally's detail",
        "تقرير عن الصواريخ",
        "قال التقرير إن القوات أطلقت أكثر من 20 صاروخا منذ أواخر العام الماضي. وأضاف أن الصواريخ من الطراز نفسه "
        "واستخدمت في هجمات على عدة مدن.",
        {"missile_launch": False},
    ),
    Case(
        "support for the other side's war is a one-sided statement; نقل as quoting",
        "بيونغ يانغ تؤيد الحرب",
        "أعلنت كوريا الشمالية اليوم دعمها الكامل للعملية العسكرية الروسية، وفق ما نقلت الوكالة الرسمية.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "cooperation as the object of a protest",
        "سيول تستدعي السفير",
        "استدعت وزارة الخارجية في سيول اليوم السفير الروسي للاحتجاج على التعاون العسكري بين موسكو وبيونغ يانغ.",
        {"russia_dprk_cooperation": False, "space_launch": False},
    ),
    Case(
        "an official who knows nothing of it does not report it",
        "موسكو: لا نعلم شيئا عن نشر جنود كوريين شماليين",
        "قال المتحدث باسم الكرملين إن موسكو لا تملك معلومات عن نشر جنود كوريين شماليين في روسيا.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "a strike qualified as possible",
        "صفارات الإنذار في الجنوب",
        "دوت صفارات الإنذار في بلدات الجنوب صباح اليوم تحذيرا من هجوم صاروخي محتمل، ولم يعلن الجيش عن أي إطلاق.",
        {"missile_launch": False},
    ),
    Case(
        "قد with an imperfect verb is a possibility",
        "سفن قد تعترض الصواريخ",
        "قالت مصادر إن السفن الحربية المنتشرة في المتوسط قد تساعد في اعتراض صواريخ تطلق على الساحل.",
        {"missile_launch": False},
    ),
    Case(
        "months before an earlier past launch",
        "مجلس الأمن يدين الهجمات",
        "اعترضت الدفاعات الجوية في ديسمبر الماضي صاروخا باليستيا فوق العاصمة. وقبل ذلك بشهرين أطلقت الجماعة صاروخا "
        "على قرية حدودية.",
        {"missile_launch": False},
    ),
    Case(
        "a report withdrawn by its source",
        "الوكالة تسحب تقاريرها",
        "سحبت وكالة الأنباء الرسمية اليوم تقارير عن تعرض قاعدة جوية لهجوم صاروخي ليلا.",
        {"missile_launch": False},
    ),
    Case(
        "the intercepting side is not the bombarding side of an unattributed missile",
        "اعتراض صاروخ باتجاه نجران",
        "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا باتجاه نجران صباح اليوم. وأوضح المتحدث أن الصاروخ كان "
        "باتجاه المدينة وأطلق بطريقة متعمدة لاستهداف المناطق المدنية. وشنت مقاتلات التحالف غارات على مواقع "
        "الحوثيين في صعدة.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a strike noun as the object of a finite strike verb, past the lead",
        "غارات على مواقع المسلحين",
        "قال مصدر محلي إن الطائرات قصفت مواقع في الجبل صباح اليوم. وأضاف أن السكان فروا من القرى القريبة. كما شنت "
        "قوات التحالف العربي قصفا صاروخيا على مواقع الحوثيين في صعدة.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
    ),
    Case(
        "since a few days is an ongoing bombardment",
        "انفجار في مستودع",
        "قتل عشرة أشخاص في انفجار مستودع في البلدة. وتستهدف قوات النظام منذ أيام بقصف مدفعي وصاروخي قرى في الريف "
        "الجنوبي.",
        {"missile_launch": {"SYR"}},
    ),
    Case(
        "the forces after ل carry out the strike; the missiles are its instrument",
        "قتلى في قصف على الريف",
        "قتل خمسة مدنيين بقصف مدفعي مكثف لقوات النظام السوري بصواريخ محملة بمادة حارقة على قرى الريف الشمالي اليوم.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "a strike a government does not rule out",
        "واشنطن لا تستبعد الرد",
        "قال مستشار في البيت الأبيض اليوم إن الولايات المتحدة لا تستبعد شن هجوم صاروخي ردا على الهجوم على المدينة.",
        {"missile_launch": False},
    ),
    Case(
        "the article's one launcher does not fill a missile its own sentence shows it intercepting",
        "إسرائيل تعترض صواريخ قادمة من الأراضي السورية",
        "قال الجيش الإسرائيلي إن منظومة الدفاع اعترضت اليوم صاروخين أطلقا من الأراضي السورية. وكانت صواريخ "
        "إسرائيلية قد ضربت الأسبوع الماضي موقعا عسكريا قرب حلب.",
        {"missile_launch": {"UNKNOWN"}},
    ),
    Case(
        "a detected launch of rockets is a particular one",
        "صفارات الإنذار في الشمال",
        "قال الجيش إن صفارات الإنذار دوت في الشمال بعد رصد إطلاق قذائف صاروخية مصدرها الأراضي السورية.",
        {"missile_launch": True},
    ),
    # ------------------------------------------------------------- space: aims, plans, resumed objects
    Case(
        "a satellite that took off carried on a rocket",
        "قمر وطني في الفضاء",
        "وانطلق القمر الجديد نجمة الصحراء، فجر اليوم الخميس، من قاعدة كورو في غويانا، محمولا على الصاروخ الأوروبي.",
        {"space_launch": True},
    ),
    Case(
        "the month a flight had been scheduled for does not date the launch",
        "طاقم جديد في طريقه إلى المحطة",
        "انطلق صاروخ سويوز إلى المحطة الدولية حاملا ثلاثة رواد في رحلة كانت مقررة في مارس الماضي لكنها أرجئت بعد "
        "عطل في صاروخ شحن.",
        {"space_launch": True},
        published="2025-06-26T12:00:00+03:00",
    ),
    Case(
        "what a paper recalls about a company's past launch is history",
        "خطط توسع لشركة صواريخ",
        "قال مدير شركة فضاء خاصة اليوم إنها تحتاج إلى مصنع ثان لتلبية الطلب. وأعادت الصحيفة إلى الأذهان أن الشركة "
        "كانت أول شركة خاصة أطلقت صاروخا فضائيا قابلا لإعادة الاستخدام.",
        {"space_launch": False},
    ),
    Case(
        "a satellite's systems tested on the ground are no launch",
        "فحوص نهائية لقمر وطني",
        "أوضحت الشركة المصنعة اليوم أنها انتهت من اختبار أنظمة القمر الصناعي الوطني للتأكد من سلامتها بعد نقله "
        "من المصنع.",
        {"space_launch": False},
    ),
    Case(
        "the craft that docked took off in the after-clause",
        "طاقم جديد يصل إلى المحطة",
        "التحمت المركبة سويوز بمحطة الفضاء الدولية وعلى متنها رائدان وطبيبة بعدما أقلعت فجر اليوم من قاعدة بايكونور "
        "في كازاخستان.",
        {"space_launch": True},
    ),
    Case(
        "Tuesday in its Levantine spelling dates a launch to the past week",
        "قمر جديد في المدار",
        "دخل القمر الصناعي الجديد للاتصالات الخدمة اليوم. ويذكر أن وكالة الفضاء أطلقت القمر على متن صاروخ حامل "
        "مساء الثلثاء من قاعدة في جنوب البلاد.",
        {"space_launch": True},
        published="2025-06-26T12:00:00+03:00",
    ),
    Case(
        "a launch aborted seconds before lift-off, or delayed at the last minute, did not happen",
        "توقف العد التنازلي",
        "تم إجهاض إطلاق صاروخ يحمل قمرا صناعيا للأرصاد صباح اليوم قبل ثانيتين من الإقلاع بعد رصد خلل في أحد المحركات، "
        "وقالت الشركة إنها أعلنت تأخير الإطلاق إلى الأسبوع المقبل.",
        {"space_launch": False},
    ),
    Case(
        "a note-that opener before a launch on a day of the past week reports news",
        "طاقم جديد في المحطة",
        "دخل ثلاثة رواد المحطة الفضائية صباح اليوم بعد التحام مركبتهم بها. ويذكر أن الصين أطلقت المركبة المأهولة "
        "شنتشو-25 يوم الأربعاء من قاعدة في شمال غرب البلاد.",
        {"space_launch": {"CHN"}},
        published="2025-06-21T12:00:00+03:00",
    ),
    Case(
        "a launch centre named for launching stands between the verb and the rocket it launched",
        "قمر جديد للاتصالات",
        "أطلقت الهند صباح اليوم من مركز ساتيش داوان لإطلاق الصواريخ في الجنوب صاروخا حاملا على متنه قمرا للاتصالات، "
        "وقالت وكالة الفضاء إن القمر بلغ مداره.",
        {"space_launch": {"IND"}},
    ),
    Case(
        "a launch added to an aim with فضلا عن shares the aim, however long the aim's first object",
        "قلق أوروبي من برنامج فضائي",
        "أبدى الاتحاد الأوروبي قلقه إزاء سعي إيران إلى تطوير صواريخ بعيدة المدى ومنصات متنقلة جديدة قادرة على حمل "
        "رؤوس ثقيلة فضلا عن إطلاق قمر صناعي للتجسس.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch added to an aim but dated to a recent day is news",
        "قلق أوروبي من برنامج فضائي",
        "أبدى الاتحاد الأوروبي قلقه إزاء سعي إيران إلى تطوير صواريخ بعيدة المدى ومنصات متنقلة جديدة قادرة على حمل "
        "رؤوس ثقيلة فضلا عن إطلاقها أمس قمرا صناعيا للتجسس.",
        {"space_launch": {"IRN"}},
    ),
    Case(
        "a later date of what is expected does not date the launch before it",
        "مسبار صيني نحو كويكب",
        "أطلقت الصين مسبارا جديدا نحو كويكب قريب من الأرض ومن المتوقع أن يصل إليه عام 2026.",
        {"space_launch": {"CHN"}},
    ),
    Case(
        "the named rocket that carried what was sent, far down a long sentence",
        "رحلة إلى كويكب",
        "أرسلت وكالة ناسا اليوم محطة علمية صغيرة إلى كويكب بعيد يعد من أخطر الأجسام القريبة من الأرض وذلك "
        "بواسطة صاروخ أطلس 5 من كاب كانافرال في فلوريدا.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "a satellite carrier that fell into the sea is a launch, not a missile",
        "سقوط الصاروخ في البحر",
        "سقط الصاروخ الحامل للقمر الكوري الشمالي في البحر صباح اليوم بعد تعطل محرك المرحلة الثانية.",
        {"space_launch": {"PRK"}, "missile_launch": False},
    ),
    Case(
        "years passing since a launch, with the day between",
        "ذكرى مهمة أوروبية",
        "تمر اليوم عشر سنوات على إطلاق المسبار الأوروبي الذي هبط لاحقا على سطح مذنب.",
        {"space_launch": False},
    ),
    Case(
        "an expected launch with the adjective before its object",
        "إطلاق مرتقب لقمر تجسس",
        "رصدت صور تجارية استعدادات في محطة سوهاي تشير إلى قرب موعد المحاولة الجديدة.",
        {"space_launch": False},
    ),
    Case(
        "a NASA lunar mission named alone",
        "بدء رحلة حول القمر",
        "انطلقت مهمة أرتميس 2 فجر اليوم من مركز كينيدي وعلى متنها أربعة رواد.",
        {"space_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "a present launch verb with 'later today' after it",
        "مهمة يابانية جديدة إلى الفضاء",
        "تطلق اليابان في وقت لاحق اليوم صاروخ إتش 3 من مركز تانيغاشيما حاملا قمرا لرصد الأرض.",
        {"space_launch": False},
    ),
    Case(
        "an engine tested for a space rocket, in the accusative",
        "بيونغ يانغ تختبر محركا لصاروخ فضائي",
        "أجرت كوريا الشمالية اختبار احتراق ثابت في محطة سوهاي، بحسب وسائل الإعلام الرسمية.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch vehicle destroyed on its own side's order is no interception",
        "تدمير صاروخ إتش 3 بعد إقلاعه",
        "أمرت وكالة الفضاء اليابانية بتدمير صاروخها إتش 3 بعد دقائق من إقلاعه اليوم إثر تعطل محرك المرحلة الثانية.",
        {"space_launch": {"JPN"}, "missile_launch": False},
    ),
    Case(
        "a crew lifting off aboard a craft named after the crew's names",
        "طاقم جديد في طريقه إلى المحطة",
        "وانطلق الرواد الثلاثة، الروسيان أليكسي وفيكتور والأميركية جين، مساء أمس على متن مركبة سويوز متجهين إلى "
        "المحطة الدولية.",
        {"space_launch": {"RUS"}},
    ),
    Case(
        "a booster landing minutes after the lift-off is the launch's own",
        "عودة المعزز بعد الإطلاق",
        "هبطت المرحلة الأولى من صاروخ فالكون 9 على سفينة في المحيط اليوم بعد ثماني دقائق من انطلاقها من فلوريدا.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "a test flight ending in an explosion minutes after the lift-off",
        "الرحلة التجريبية تنتهي بانفجار",
        "انتهت الرحلة التجريبية لصاروخ ستارشيب اليوم بانفجاره فوق البحر بعد نحو عشر دقائق من الإقلاع.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "a company launching its own satellite service",
        "خدمة إنترنت فضائي جديدة",
        "أطلقت شركة ستارلينك خدمتها للإنترنت عبر الأقمار الصناعية في سلطنة عمان اليوم.",
        {"space_launch": False},
    ),
    Case(
        "a contest for designing a satellite",
        "مسابقة طلابية",
        "أطلقت جامعة الإمارات اليوم مسابقة لتصميم قمر صناعي صغير يشارك فيها طلاب المدارس.",
        {"space_launch": False},
    ),
    Case(
        "a headline launching a training programme for astronauts",
        "إطلاق برنامج لتدريب رواد الفضاء",
        "أعلن مركز الفضاء اليوم تفاصيل البرنامج الجديد وشروط الالتحاق به.",
        {"space_launch": False},
    ),
    Case(
        "a satellite carried by another side's rocket is that side's launch",
        "قمر تجسس كوري جنوبي في المدار",
        "أطلقت كوريا الجنوبية أمس قمر التجسس العسكري الثالث على متن صاروخ فالكون 9 من قاعدة فاندنبرغ.",
        {"space_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "a probe named with its owner's nisba rides a foreign launcher",
        "مسبار قمري كوري في طريقه",
        "انطلق المسبار القمري الكوري الجنوبي دانوري فجر اليوم على متن صاروخ فالكون 9 من كيب كانافيرال.",
        {"space_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "an Iranian satellite put up by a Russian rocket",
        "القمر الإيراني خيام في المدار",
        "أطلقت إيران اليوم قمرها الصناعي خيام بواسطة صاروخ سويوز روسي من قاعدة بايكونور في كازاخستان.",
        {"space_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a launch put off in the passive, with the new date",
        "عطل يؤجل رحلة سويوز",
        "أرجئ إطلاق صاروخ سويوز الذي كان مقررا صباح اليوم من بايكونور بسبب عطل في نظام التزود بالوقود، وحدد موعد "
        "جديد بعد غد.",
        {"space_launch": False},
    ),
    Case(
        "a headline delaying a launch, and its body",
        "الرياح تؤخر إطلاق شنتشو",
        "تأخر إطلاق المركبة الصينية شنتشو بسبب رياح قوية في منطقة الإطلاق، وقالت السلطات إنها ستعيد المحاولة مساء "
        "الغد.",
        {"space_launch": False},
    ),
    Case(
        "a countdown held seconds before the lift-off",
        "إلغاء محاولة إطلاق في اللحظة الأخيرة",
        "ألغت وكالة الفضاء اليابانية محاولة إطلاق صاروخ إتش 3 قبل ثوان من إقلاعه اليوم، بعد تعذر تشغيل المعززات "
        "الجانبية.",
        {"space_launch": False},
    ),
    Case(
        "a visit before a launch that is still ahead",
        "الرئيس في مركز نارو",
        "زار الرئيس الكوري الجنوبي اليوم مركز نارو للفضاء والتقى المهندسين قبل الإطلاق الرابع لصاروخ نوري.",
        {"space_launch": False},
    ),
    Case(
        "a launch after a delay took place",
        "نوري يحلق بعد تأجيل",
        "بعد تأجيل دام يومين انطلق صاروخ نوري الكوري الجنوبي فجر اليوم من مركز نارو للفضاء.",
        {"space_launch": {"KOR"}},
        exact=True,
    ),
    Case(
        "a launch announced as near",
        "طهران تعلن قرب إطلاق قمر جديد",
        "قال وزير الاتصالات الإيراني إن بلاده ستطلق قمرا صناعيا جديدا خلال الأسابيع المقبلة.",
        {"space_launch": False},
    ),
    Case(
        "India's launchers by their initials",
        "نجاح مهمة هندية جديدة",
        "حلق صاروخ جي إس إل في الهندي صباح اليوم من جزيرة سريهاريكوتا ووضع قمرا للملاحة في مداره المحدد.",
        {"space_launch": {"IND"}},
        exact=True,
    ),
    Case(
        "a cargo ship to the station named alone",
        "سفينة شحن روسية في طريقها إلى المحطة",
        "انطلقت مركبة بروغرس الروسية فجر اليوم محملة بالمياه والوقود وقطع الغيار لطاقم محطة الفضاء الدولية.",
        {"space_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "Japan's small solid-fuel rocket",
        "إبسيلون يحلق من جديد",
        "انطلق صاروخ إبسيلون الياباني صباح اليوم من مركز أوتشينورا في رحلته السادسة.",
        {"space_launch": {"JPN"}, "missile_launch": False},
    ),
    Case(
        "a private company's heavy rocket reaching orbit",
        "رحلة أولى ناجحة",
        "بلغ صاروخ نيو غلين المدار في رحلته الأولى بعد إقلاعه فجر اليوم من فلوريدا.",
        {"space_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "a programme's aim is not a launch",
        "وكالة الفضاء تختار رواد فضاء جددا",
        "اختارت وكالة الفضاء ثلاثة مرشحين ضمن برنامجها الهادف إلى إرسال رواد فضاء إلى محطة الفضاء الدولية.",
        {"space_launch": False},
    ),
    Case(
        "a headline's future sending verb plans the body's verbal noun",
        "الصين سترسل مسبارا إلى المريخ",
        "قالت إدارة الفضاء الوطنية الصينية إن المسبار جاهز. إرسال مسبار إلى هذا البعد إنجاز كبير للعلماء.",
        {"space_launch": False},
    ),
    Case(
        "a launch attempt that failed took place",
        "فشل محاولة إطلاق قمر للاستطلاع",
        "قالت وسائل الإعلام الرسمية في كوريا الشمالية إن المحاولة الثالثة لإطلاق قمر صناعي للاستطلاع باءت بالفشل "
        "صباح اليوم بعد انفجار الصاروخ في الجو.",
        {"space_launch": True},
    ),
    Case(
        "the speaker's own attempt, with a day and a complementiser between",
        "انفجار صاروخ يحمل قمرا",
        "أعلنت كوريا الشمالية اليوم السبت أن محاولتها الأخيرة لإطلاق صاروخ يحمل قمرا صناعيا انتهت بانفجاره في "
        "المرحلة الأولى.",
        {"space_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a failure word before ordinals and process nouns is not a denial",
        "بيونغ يانغ تقر بالفشل",
        "أقرت كوريا الشمالية اليوم بفشل ثاني عملية إطلاق قمر صناعي للتجسس بعد عطل في المرحلة الثانية.",
        {"space_launch": {"PRK"}},
    ),
    Case(
        "the failure of the latest attempt at placing a satellite in orbit",
        "فشل جديد",
        "أعلنت كوريا الشمالية اليوم فشل أحدث محاولاتها في وضع قمر صناعي بالمدار، بعدما انفجر الصاروخ في الجو.",
        {"space_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "succeeding in a launch after the speaker's pronoun",
        "قمر صناعي في المدار",
        "أعلنت بيونغ يانغ اليوم أنها نجحت في إطلاق صاروخ تمكن من وضع قمر صناعي في المدار.",
        {"space_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "pictures of a launch of missiles of a named type",
        "مناورات صاروخية",
        "بث التلفزيون الرسمي الإيراني اليوم مشاهد لإطلاق صواريخ من طراز سجيل خلال مناورات في وسط البلاد.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "who suffered a strike is its target, not its launcher",
        "أكبر قصف منذ أشهر",
        "أعلنت أوكرانيا اليوم تعرضها لأكبر قصف صاروخي منذ أشهر، من دون أن تحدد الجهة التي أطلقت الصواريخ.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the nisba of the ship struck is the target's",
        "الجماعة تعلن استهداف سفينة بصاروخ",
        "أعلنت جماعة الحوثي مساء اليوم ضرب سفينة إسرائيلية في البحر بصاروخ باليستي، وقالت إنها حذرت الشركات من "
        "التعامل مع موانئ إسرائيل.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "earlier the same day is not the past",
        "صاروخ على تل أبيب",
        "قال متحدث عسكري إن قواتهم أطلقت صاروخا باليستيا على تل أبيب اليوم. وفي وقت سابق، أعلنت الجماعة إطلاق "
        "صاروخ آخر باتجاه إيلات.",
        {"missile_launch": True},
    ),
    Case(
        "earlier this year is the past",
        "تقرير التحقيق",
        "قال المحققون إن الصاروخ نقل من قاعدة عسكرية. وفي وقت سابق هذا العام، أسقط صاروخ طائرة ركاب فوق المنطقة.",
        {"missile_launch": False},
    ),
    Case(
        "projectiles thrown in a riot",
        "مواجهات في المدينة",
        "تعرض رجال الشرطة الليلة الماضية للرشق بالمقذوفات والزجاجات الحارقة خلال احتجاجات في وسط المدينة.",
        {"missile_launch": False},
    ),
    Case(
        "what a side used is the object of the verb",
        "اتهامات متبادلة",
        "قالت الوزارة اليوم إن الطائرات المهاجمة استخدمت طائرة مدنية كغطاء للهروب من صواريخ الدفاع الجوي.",
        {"missile_launch": False},
    ),
    Case(
        "the nisba after a named weapon is its maker; the speaker's forces fired",
        "ضربة بعيدة المدى",
        "أعلنت هيئة الأركان الأوكرانية اليوم أن قواتها استهدفت مصفاة نفط داخل روسيا بصواريخ أتاكمز الأمريكية.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "the launch that set off the sirens is a particular one",
        "صفارات الإنذار في المدينة",
        "دوت صفارات الإنذار في المدينة ظهر اليوم بعد إطلاق صواريخ من القطاع، وفق الجيش.",
        {"missile_launch": True},
    ),
    Case(
        "a rocket salvo on a city: the city after the strike verb is the target",
        "الفصائل تقصف المدينة برشقة صاروخية",
        "قالت كتائب القسام اليوم إنها قصفت تل أبيب برشقة صاروخية كبيرة ردا على قصف مخيم في القطاع.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "a gap measured from a day does not date the launch",
        "أول قصف منذ أشهر",
        "أعلنت الفصائل في غزة اليوم الأحد أنها أطلقت رشقة صاروخية على مدينة عسقلان، وذلك لأول مرة منذ 29 يناير الماضي.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a strike using missiles, the participle after it",
        "هجوم ليلي واسع",
        "شنت روسيا الليلة الماضية هجوما جويا واسعا على مدن أوكرانية، مستخدمة عشرات الصواريخ والطائرات المسيرة.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the biggest strike since the war began is not a running total",
        "أكبر هجوم منذ بدء الحرب",
        "شنت روسيا ضربات مكثفة على العاصمة الأوكرانية الليلة الماضية، في أكبر هجوم بالصواريخ تتعرض له أوكرانيا منذ "
        "بدء الحرب.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a satellite sending pictures is not launched",
        "القمر يرسل صورا للعاصفة",
        "أرسل القمر الصناعي الجديد أول صور للعاصفة الاستوائية فوق المحيط الهادئ.",
        {"space_launch": False},
    ),
    Case(
        "an aim stated in the first person",
        "الوكالة تعلن خطتها",
        "قال مدير الوكالة: نهدف إلى إرسال أول رائد فضاء من بلادنا إلى المحطة الدولية.",
        {"space_launch": False},
    ),
    Case(
        "plans to send a crew",
        "تأجيل رحلة مأهولة",
        "قال تقرير حكومي إن خطط إرسال أول رواد فضاء على متن المركبة الجديدة ستتأجل بسبب مشكلات فنية.",
        {"space_launch": False},
    ),
    Case(
        "a launch suspended by its company, with the day between",
        "الشركة تعلق الإطلاق",
        "علقت الشركة الخاصة الخميس إطلاق أول رحلة تجارية مزمعة لها على متن صاروخها الجديد لحمل قمر صناعي إلى المدار.",
        {"space_launch": False},
    ),
    Case(
        "a launch in a later year is still to come",
        "مهمة إلى الشمس",
        "تتضمن المهمة التي أعلنت عنها الوكالة اليوم إطلاق مركبة فضائية في صيف 2026 لدراسة الشمس.",
        {"space_launch": False},
    ),
    Case(
        "the situation (الوضع) is not placing anything in orbit",
        "مجلس الأمن يبحث الوضع",
        "بحث مجلس الأمن الوضع في اليمن، وقال السفير الروسي إن المجلس يدعم جهود المبعوث إلى المدار السياسي للأزمة.",
        {"space_launch": False},
    ),
    Case(
        "a carrier rocket placing the satellite in its orbit, with no launch verb in the article",
        "القمر الجديد في مداره",
        "قالت وكالة الفضاء إن الصاروخ الحامل تشوليما-1 وضع القمر ماليغيونغ-1 في مداره بعد دقائق من الإقلاع من "
        "محطة سوهاي مساء الجمعة.",
        {"space_launch": {"PRK"}},
    ),
    Case(
        "placing a craft on the ground is no launch, though the verb starts like a conjunction",
        "مروحية المريخ",
        "قال مسؤولو وكالة الفضاء إن المسبار سيحمل مروحية صغيرة، وبعد وضع المروحية على سطح الكوكب سيبتعد المسبار "
        "إلى مسافة آمنة.",
        {"space_launch": False},
    ),
    Case(
        "a warning or a campaign launched, the crew being the subject",
        "تحذير من الحطام الفضائي",
        "أطلق رائد الفضاء الروسي اليوم تحذيرا من تزايد الحطام حول الأرض، فيما أطلقت وكالة الفضاء حملة لتوعية "
        "الطلاب بأخطار الأقمار الصناعية المعطلة.",
        {"space_launch": False},
    ),
    Case(
        "a launch called off, the agency's full name and the day between",
        "وكالة الفضاء تلغي الإطلاق",
        "ألغت وكالة الفضاء الأمريكية ناسا اليوم الاثنين إطلاق صاروخها القمري الجديد قبل ساعتين من الموعد بسبب عطل.",
        {"space_launch": False},
    ),
    Case(
        "a satellite placed in orbit beside a rocket launched by a named side",
        "إيران تضع قمرا في المدار",
        "أعلنت إيران اليوم أنها أطلقت بنجاح صاروخا محلي الصنع قادرا على حمل قمر اصطناعي، وأنه نجح في وضع قمر اصطناعي "
        "تجريبي في المدار.",
        {"space_launch": True},
    ),
    Case(
        "the pronoun on the lift-off noun resumes the rocket before it",
        "انفجار صاروخ بعد إقلاعه",
        "انفجر صاروخ فضائي يحمل قمرا للاتصالات بعد ثوان من إقلاعه من قاعدة في السهوب صباح اليوم.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a verbal noun's pronoun resumes the launched vehicle",
        "انفجار صاروخ فضائي",
        "انفجر صاروخ فضائي طورته شركة خاصة لنقل الأقمار الصغيرة إلى المدار، بعد ثوان من إطلاقه من قاعدة في جنوب "
        "البلاد صباح اليوم.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "use of the other side's missiles behind a verb of obtaining evidence",
        "كييف: أدلة على استخدام موسكو صواريخ من بيونغ يانغ",
        "حصل فريق من المحققين الأوكرانيين على أدلة جديدة تبين أن الجيش الروسي استخدم صواريخ باليستية كورية شمالية "
        "في قصف مدينة زابوريجيا يوم الخميس.",
        {"russia_dprk_cooperation": True, "missile_launch": {"RUS"}},
    ),
    # ------------------------------------------------------------- conducting a test
    Case(
        "an operation carried out with rocket salvos named by their adjective",
        "الفصائل تعلن قصف عسقلان",
        "قالت سرايا القدس إنها نفذت عملية مشتركة مع فصائل أخرى بصليات صاروخية مكثفة على مدينة عسقلان مساء اليوم.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "missiles without a count or a date that a finished drill included were fired",
        "البحرية الإيرانية تنهي تدريباتها",
        "أعلنت البحرية الإيرانية أن التدريبات تضمنت إطلاق صواريخ كروز على سفن مستهدفة في بحر عمان.",
        {"missile_launch": True},
    ),
    Case(
        "a tour that included a missile assembly hall launches nothing",
        "جولة في المصنع",
        "اصطحب الوزير ضيوفه في جولة شملت قاعة تجميع واختبار صواريخ الدفاع الجوي.",
        {"missile_launch": False},
    ),
    Case(
        "an armed side's operation carried out with missiles is its missile launch",
        "الحوثيون يعلنون استهداف ناقلة",
        "قال المتحدث العسكري باسم الحوثيين في بيان مساء اليوم إن قواتهم نفذت عملية نوعية بعدد من الصواريخ المجنحة "
        "ضد ناقلة نفط في خليج عدن.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a joint operation with missiles and drones, announced in the first person",
        "سرايا القدس: قصفنا مستوطنات الغلاف",
        "وقالت سرايا القدس في بيان: نفذنا مع كتائب القسام عملية مشتركة بالصواريخ والطائرات المسيرة على مستوطنات "
        "غلاف غزة فجر اليوم.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "joint operations to develop missiles launch nothing",
        "اتفاق تعاون دفاعي",
        "وقع البلدان اتفاقا يتيح تنفيذ عمليات مشتركة لتطوير الصواريخ المضادة للسفن وصيانتها.",
        {"missile_launch": False},
    ),
    Case(
        "an exercise announced for tomorrow whose programme includes firing missiles is not a launch",
        "طهران تعلن مناورات بحرية",
        "تنطلق غدا في مضيق هرمز مناورات بحرية إيرانية كبيرة يشمل برنامجها تدريبات تشمل إطلاق صواريخ كروز مضادة "
        "للسفن، بحسب التلفزيون الرسمي.",
        {"missile_launch": False},
    ),
    Case(
        "an exercise under way that includes firing, with no firing reported, is not a launch",
        "بكين تحاصر الجزيرة بالمناورات",
        "يواصل الجيش الصيني منذ صباح اليوم تمارين واسعة حول تايوان تتضمن إطلاق صواريخ بعيدة المدى، وفق بيان "
        "لقيادة المسرح الشرقي.",
        {"missile_launch": False},
    ),
    Case(
        "what a finished exercise included is a reported firing",
        "موسكو تختتم تدريبات الردع",
        "ذكرت وزارة الدفاع الروسية أن تدريبات قوات الردع التي انتهت اليوم تضمنت إطلاق صاروخ باليستي عابر للقارات "
        "من موقع في شمال البلاد.",
        {"missile_launch": True},
    ),
    Case(
        "the conduct of a test right after the announcer belongs to the announcer",
        "بيونغ يانغ تعلن إجراء تجربة",
        "أعلنت كوريا الشمالية اليوم إجراء تجربة لصاروخ باليستي متوسط المدى. وأكدت بيونغ يانغ، اليوم السبت، تنفيذ "
        "اختبار لمنظومة صاروخية جديدة قصيرة المدى.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the conduct's own subject between it and the test",
        "طوكيو تدين التجربة",
        "أدانت الحكومة اليابانية اليوم إجراء كوريا الشمالية تجربة صاروخية جديدة، فيما ندد مجلس الأمن بإجراء بيونغ يانغ "
        "تجربة لصاروخ عابر للقارات أمس.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a test somebody conducted, with plural missiles and no date in its sentence, is one test",
        "تجربة صواريخ فرط صوتية",
        "أجرت بيونغ يانغ تجربة على صواريخ كروز جديدة قبالة ساحلها الغربي. ونقلت الوكالة الرسمية اليوم عن الزعيم "
        "الذي أشرف على العملية قوله إن التجربة ناجحة.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a dated drill of launching definite missiles is one drill",
        "تدريبات صاروخية",
        "نفذت وحدات كورية شمالية اليوم تدريبات لإطلاق الصواريخ التكتيكية في منطقة قريبة من الساحل الشرقي.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "the announcer of the launch its own plane suffered, its day set off by commas, did not launch",
        "استهداف طائرة للتحالف",
        "أعلن التحالف العربي، الخميس، عن تعرض إحدى طائرات التحالف الحربية لإطلاق صاروخ قرب الحدود، وهبوطها بسلام.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a plain rocket with the orbit or the station further on in its sentence is a space launch",
        "شحنة جديدة إلى المحطة",
        "أطلقت شركة سبيس إكس صباح الأحد صاروخا يحمل مؤنا وتجارب طبية لرواد محطة الفضاء الدولية.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "a rocket with a missile class and the word space is still a missile",
        "صاروخ باليستي يبلغ الفضاء",
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا عابرا للقارات بلغ ارتفاعه ستة آلاف كيلومتر في الفضاء.",
        {"missile_launch": {"PRK"}, "space_launch": False},
    ),
    Case(
        "a launch something is likened to is not reported by the likeness",
        "أضواء غامضة في السماء",
        "شاهد سكان المدينة خطا أبيض متوهجا في السماء يشبه كثيرا الأثر الذي يتركه صاروخ فالكون 9 لدى إطلاقه، "
        "وقال فلكي إن المشهد على غرار ما يرافق إطلاق صاروخ حامل للأقمار الصناعية.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "an earlier success the news follows is the past",
        "الشركة تعلن رحلاتها المقبلة",
        "قال رئيس الشركة إن رحلاتها إلى المريخ ستبدأ العام المقبل. ويأتي الإعلان بعد نجاح الشركة بإطلاق أكبر صاروخ "
        "في العالم.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "an earlier success dated yesterday is news",
        "بيونغ يانغ تتوعد بمزيد من التجارب",
        "أعلنت بيونغ يانغ اليوم، بعد نجاحها في إطلاق صاروخ عابر للقارات أمس، أنها ستواصل التجارب.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "satellites that warn of missile launches are not launched by the missiles' verbal noun",
        "عقد لأقمار الإنذار المبكر",
        "وقعت الوزارة اليوم عقدا لإنتاج أقمار صناعية للإنذار المبكر عن إطلاق الصواريخ الباليستية.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a report told in the pluperfect, its complementiser opening the launch's clause",
        "قصف لمستودع أسلحة قرب العاصمة",
        "قال المرصد إن قصفا استهدف مستودعا للأسلحة. وكانت الوكالة الرسمية قد نقلت عن مصدر عسكري قوله إن الدفاعات "
        "الجوية تصدت لصاروخين إسرائيليين ودمرتهما.",
        {"missile_launch": {"ISR"}},
    ),
    Case(
        "the launch itself told in the pluperfect is the past",
        "قصف لمستودع أسلحة قرب العاصمة",
        "وكانت الطائرات الإسرائيلية قد أطلقت صاروخين على المستودع نفسه قبل عامين.",
        {"missile_launch": False},
    ),
    Case(
        "a verb of doing governs the verbal noun after ب, which reports the act",
        "ضربات غربية على مواقع عسكرية",
        "انضمت ثلاث دول غربية فجر السبت إلى حملة ضربات على منشآت عسكرية. وقامت الدول الثلاث بإطلاق صواريخ كروز "
        "من سفن وطائرات، وفق مسؤولين في وزارات الدفاع.",
        {"missile_launch": True},
    ),
    Case(
        "China's crewed and cargo spacecraft belong to China",
        "رواد جدد إلى المحطة",
        "نجحت اليوم عملية إطلاق المركبة شنتشو-19 بواسطة صاروخ لونج مارش من قاعدة في صحراء غوبي، وعلى متنها ثلاثة رواد.",
        {"space_launch": {"CHN"}},
        exact=True,
    ),
    Case(
        "speeding up a launch, or what will be sent, is a plan",
        "بكين تعجل موعد إطلاق مركبة شنتشو الجديدة",
        "تجري الاستعدادات لإطلاق المركبة في وقت أبكر من المقرر، وسيجري إرسال شنتشو-23 بلا رواد إلى المحطة.",
        {"space_launch": False},
    ),
    Case(
        "a failed delivery of a satellite to orbit is a launch; its own satellite belongs to the subject",
        "إيران تفشل مجددا في إطلاق قمرها الصناعي",
        "قالت وزارة الدفاع الإيرانية اليوم إن عملية إيصال القمر الصناعي الجديد إلى مداره لم تنجح.",
        {"space_launch": {"IRN"}},
        exact=True,
    ),
    # ------------------------------------------------------------- strikes in the present tense, salvos, live fire
    Case(
        "a daily rate over the past days reports this week's launches",
        "تصعيد على الجبهة الشمالية",
        "قال الجيش في بيان اليوم إن حزب الله أطلق في الأيام الأربعة الماضية قرابة 150 صاروخا يوميا على بلدات الجليل.",
        {"missile_launch": {"HEZBOLLAH"}},
    ),
    Case(
        "a country after a place noun with في is where the rockets went",
        "بيان للفصائل",
        "أعلنت سرايا المقاومة مساء اليوم أنها أطلقت صواريخ في عمق إسرائيل ردا على قصف مخيم في وسط القطاع.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "the nisba after a base's two-word name describes the target",
        "هجوم على قاعدة جوية",
        "وقع مساء اليوم هجوم على قاعدة رأس الصخر الفرنسية بالصواريخ، ولم تعلن أي جهة مسؤوليتها عنه.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the nisba of soldiers wounded names the victims, not the launcher",
        "إصابة جنود أمريكية في قصف صاروخي على قاعدة شرق سوريا",
        "قال مسؤول عسكري إن ثلاثة صواريخ سقطت مساء اليوم داخل القاعدة، ولم تتبن أي جهة الهجوم حتى الآن.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a multiple-launch rocket system is equipment, not a launch by its maker",
        "تعزيزات على الحدود",
        "وقال الجيش إن القوات المعادية نشرت قرب الحدود في الأيام الأخيرة أنظمة صواريخ متعددة الإطلاق أمريكية الصنع.",
        {"missile_launch": False},
    ),
    Case(
        "an operation said to be carried out with missiles launched them",
        "هجوم على سفن في البحر",
        "قال المتحدث العسكري للجماعة مساء اليوم إن مقاتليها استهدفوا ناقلتين في خليج عدن. وأوضح في بيان لاحق أن "
        "العملية نفذت باستخدام تسعة صواريخ وثلاث طائرات مسيرة.",
        {"missile_launch": True},
    ),
    Case(
        "a salvo named صلية, far after the verb, is the launched object",
        "عملية على الحدود الشمالية",
        "أعلنت المقاومة في بيان أن مقاتليها قصفوا عند الساعة الخامسة من مساء اليوم ثكنة للجنود قرب بلدة المطلة "
        "الحدودية بصلية صاروخية، ردا على غارة استهدفت قرية جنوبية.",
        {"missile_launch": True},
    ),
    Case(
        "the army named after an announcement noun reports the launch, it did not fire it",
        "ليلة صعبة في الشمال",
        "وجاء ذلك بعد ساعات من إعلان الجيش الإسرائيلي عن إطلاق نحو 50 صاروخا من جنوب لبنان نحو الجليل مساء اليوم.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "a site that will see launches reports a plan",
        "خطط فضائية طموحة",
        "قال مسؤول في وكالة الفضاء إن المركز الجديد في الجنوب سيشهد إطلاق أربعة صواريخ حاملة للأقمار الصناعية.",
        {"space_launch": False},
    ),
    Case(
        "a launch by the Soviet Union in a space story is history",
        "أقمار بحجم علبة الثقاب",
        "تطور شركة ناشئة أقمارا صناعية لا يزيد وزن الواحد منها على مئة غرام. وأطلق الاتحاد السوفيتي أول قمر صناعي "
        "حول الأرض، ومنذ ذلك الحين تضاعفت أعداد الأقمار في المدارات القريبة.",
        {"space_launch": False},
    ),
    Case(
        "a shell of a missile class test-fired is a missile",
        "تجربة صاروخية في باكستان",
        "أجرت باكستان الثلاثاء تجربة ناجحة لإطلاق قذيفة قصيرة المدى من طراز نصر، بحسب بيان للجيش.",
        {"missile_launch": {"PAK"}},
    ),
    Case(
        "a long-range artillery shell is no missile",
        "قصف مدفعي على الحدود",
        "أطلقت المدفعية الثلاثاء قذائف بعيدة المدى على قرى حدودية، بحسب مصادر محلية.",
        {"missile_launch": False},
    ),
    Case(
        "a strike on a missile described as ready for launch launches nothing",
        "ضربة أمريكية في الحديدة",
        "قالت القيادة المركزية الأمريكية إن قواتها نفذت مساء الأحد ضربة استهدفت صاروخا مضادا للسفن تابعا للحوثيين كان "
        "جاهزا للإطلاق نحو البحر الأحمر.",
        {"missile_launch": False},
    ),
    Case(
        "a wave of missiles carried out by a side's forces is their launch",
        "ليلة عنيفة في خاركيف",
        "شنت القوات الروسية فجر اليوم موجة صاروخية جديدة على مدينة خاركيف، وقالت السلطات المحلية إن محطة للطاقة أصيبت.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "rockets counted over the last hour are news, not a running total",
        "صفارات الإنذار في الجليل",
        "قال الجيش الإسرائيلي إن حزب الله أطلق نحو 30 صاروخا من جنوب لبنان نحو الجليل الغربي خلال الساعة الأخيرة.",
        {"missile_launch": {"HEZBOLLAH"}},
    ),
    Case(
        "the nisba after a settlement a salvo strikes names the target",
        "سرايا القدس تعلن قصف مستوطنة",
        "أعلنت سرايا القدس مساء اليوم أنها للمرة الثانية تقصف مستوطنة كيسوفيم الإسرائيلية برشقة صاروخية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "the other month name glossing the day a gap is measured from does not date the strike",
        "القسام تعاود قصف عسقلان",
        "أعلنت كتائب القسام، السبت، أنها قصفت عسقلان برشقة صاروخية، وذلك لأول مرة منذ 12 مارس/ آذار الماضي.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a salvo announced by a wing with its title between is one launch",
        "تصعيد على حدود القطاع",
        "أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، إطلاق رشقة صاروخية نحو مستوطنات الغلاف ردا على "
        "اغتيال أحد قادتها.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a strike announced by a party with its nisba and the day between is the party's",
        "توتر على الحدود الجنوبية",
        "أعلن حزب الله اللبناني، مساء الأحد، استهداف ثكنة عسكرية في الجليل الأعلى برشقة صاروخية.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the capital right after a verb of impact is what the missiles hit, not who fired them",
        "موجة صواريخ روسية تضرب كييف فجرا",
        "قال رئيس بلدية العاصمة إن الدفاعات الجوية تصدت لمعظم الصواريخ وإن الحطام أشعل حرائق في حيين.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the owner of an interception is the interceptor, not the launcher",
        "اعتراض صاروخ فوق النقب",
        "أكد الجيش الإسرائيلي صباح اليوم نجاحه في اعتراض صاروخ باليستي أطلق من الأراضي اليمنية نحو النقب.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a first-person interception after the speaker's colon is the speaker's, not a launch by it",
        "البحرية الأمريكية: تصدينا لصاروخ فوق خليج عدن",
        "قالت القيادة المركزية إن مدمرة تابعة لها اعترضت صاروخا مضادا للسفن أطلقه الحوثيون مساء أمس.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a nisba after the airspace an intercepted missile was entering names the place",
        "صفارات الإنذار في إيلات",
        "دوت صفارات الإنذار في إيلات بعد إطلاق صاروخ من اليمن الليلة الماضية. وأعلن الجيش لاحقا اعتراض الصاروخ قبل "
        "دخول الأجواء الإسرائيلية.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a present strike verb in a headline with its instrument reports the strike",
        "سرايا القدس تقصف عسقلان برشقة صاروخية",
        "",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a present strike verb launches only what it strikes with",
        "التحالف يقصف منصة صواريخ باليستية قرب العاصمة",
        "البنتاغون يهاجم نظام الدفاع الصاروخي الروسي في سوريا، والطيران يستهدف مخازن الصواريخ في الجبل.",
        {"missile_launch": False},
    ),
    Case(
        "a present strike verb in running text without a date describes",
        "تقرير عن الحرب",
        "وقال التقرير إن القوات الحكومية تقصف القرى الحدودية بالصواريخ وتستهدف الطرق بقذائف المدفعية.",
        {"missile_launch": False},
    ),
    Case(
        "a salvo as the instrument after the subject, the day and the target",
        "رشقة صاروخية على المدينة",
        "قصفت كتائب القسام، الذراع المسلحة لحركة حماس، مساء الثلاثاء، مدينة أسدود جنوب إسرائيل برشقة صاروخية، "
        "وأطلقت سرايا القدس صباح اليوم على مستوطنات الغلاف وابلا من الصواريخ.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a live-fire drill of rocket launcher units fires rockets",
        "كيم يشرف على تدريب للمدفعية",
        "أشرف الزعيم كيم جونغ أون أمس على تدريب إطلاق نار أجرته كتائب مدفعية مزودة بقاذفات صواريخ ثقيلة في الغرب، "
        "بحسب الوكالة الرسمية.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a live-fire drill with small arms fires no rocket",
        "تدريب للشرطة",
        "أجرت وحدات الشرطة اليوم تدريب إطلاق نار بالأسلحة الخفيفة في ميدان قرب العاصمة.",
        {"missile_launch": False},
    ),
    Case(
        "raining missiles down on a place is a strike with them",
        "ليلة صعبة في المدينة",
        "أمطرت القوات الروسية مدينة خاركيف الليلة الماضية بالصواريخ الباليستية والطائرات المسيرة.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a speaker's long name up to its complementiser is the reporter, not the launcher",
        "ضربات صاروخية على مدن الجنوب",
        "أعلنت هيئة الأركان العامة للقوات المسلحة الأوكرانية صباح اليوم أن تسع ضربات صاروخية طالت منشآت للطاقة في "
        "دنيبرو وسومي، وقالت القيادة الجوية للقوات المسلحة الأوكرانية إن الصواريخ أطلقت من قاذفات فوق بحر قزوين.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the announcer owns the strike its possessive masdar reports",
        "الجماعة تعلن استهداف مواقع في إسرائيل",
        "أعلنت جماعة الحوثي، مساء الأحد، عن استهدافها ميناء إيلات بصاروخ باليستي، في ظل اشتداد المعارك بين إسرائيل "
        "وقطاع غزة.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the nisba after a position, a target or a town names the target",
        "الحوثيون يعلنون استهداف مواقع إسرائيلية في إيلات بصاروخين",
        "أعلن المتحدث باسم الجماعة أن القوة الصاروخية قصفت بصاروخ باليستي هدفا إسرائيليا حساسا، بعد يوم من قصف مدن "
        "أوكرانية بصواريخ روسية.",
        {"missile_launch": {"HOUTHI"}},
    ),
    Case(
        "sides of an exchange of fire after بين both fire",
        "تبادل إطلاق صواريخ على الحدود",
        "تبادل إطلاق الصواريخ والقذائف بين إسرائيل وحزب الله صباح اليوم عبر الحدود اللبنانية.",
        {"missile_launch": {"ISR", "HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the sides right after a verb of exchanging both fire",
        "تبادل للقصف",
        "تبادلت إسرائيل وحزب الله إطلاق الصواريخ صباح اليوم عبر الحدود.",
        {"missile_launch": {"ISR", "HEZBOLLAH"}},
        exact=True,
    ),
    # ------------------------------------------------------------- old stories, launchers destroyed, capability
    Case(
        "a report's finding about launches, its lead dating them a year back, reports no launch of the day",
        "الأمم المتحدة: مكونات صواريخ الحوثيين مستوردة",
        "أفاد تقرير للأمم المتحدة، الثلاثاء، أن المتمردين الحوثيين أطلقوا صواريخ على السعودية صنعت أجزاء منها في "
        "الخارج. وفحص الخبراء بقايا ستة صواريخ أطلقت منذ مارس 2017 على السعودية.",
        {"missile_launch": False},
        published="2018-06-13T10:00:00+03:00",
    ),
    Case(
        "a report's finding of a launch it dates itself to the day before is the day's news",
        "تقرير: الحوثيون أطلقوا صاروخين على السعودية",
        "أفاد تقرير للأمم المتحدة، الثلاثاء، أن المتمردين الحوثيين أطلقوا أمس صاروخين على السعودية. وفحص الخبراء "
        "بقايا ستة صواريخ أطلقت منذ مارس 2017 على السعودية.",
        {"missile_launch": {"HOUTHI"}},
        published="2018-06-13T10:00:00+03:00",
    ),
    Case(
        "the launch a warned response answers, dated weeks back elsewhere in the story, is that old launch retold",
        "وزير الدفاع يحذر من رد قاس",
        "قال وزير الدفاع الإسرائيلي اليوم الأحد إن الحكومة في دمشق لن تكون بمنأى عن الردود الإسرائيلية على إطلاق "
        "صواريخ إيرانية ضد إسرائيل. وقال الوزير إن الجيش مستعد لكل الاحتمالات. وكانت إسرائيل قد قصفت مواقع في سوريا "
        "في 10 مايو الماضي ردا على إطلاق صواريخ إيرانية على الجولان.",
        {"missile_launch": False},
        published="2018-06-17T10:00:00+03:00",
    ),
    Case(
        "a launch condemned as the day's news stays news when the story also recalls an older launch by the same side",
        "مجلس الأمن يدين إطلاق صواريخ إيرانية",
        "دان مجلس الأمن اليوم الأحد إطلاق صواريخ إيرانية على قاعدة عسكرية. وكانت إيران قد أطلقت صواريخ على قاعدة "
        "أخرى في 2 مايو الماضي.",
        {"missile_launch": {"IRN"}},
        published="2018-06-17T10:00:00+03:00",
    ),
    Case(
        "a strike that an earlier attack led to, told past the lead of a later story, is its background",
        "هيئة دولية تنشر نتائج تحقيقها في هجوم بلدة الشيخ",
        "نشرت هيئة دولية اليوم الثلاثاء نتائج تحقيقها في الهجوم الذي استهدف بلدة الشيخ في مارس الماضي. وقالت "
        "الهيئة إن غازا سامًا استخدم في الهجوم. وكان الهجوم قد أثار غضبا دوليا واسعا. ودفع الهجوم الولايات المتحدة "
        "وبريطانيا إلى شن ضربة صاروخية على مواقع حكومية.",
        {"missile_launch": False},
        published="2018-06-12T10:00:00+03:00",
    ),
    Case(
        "strikes that attacks led to, with no day of their own, are not the story's news either",
        "البرلمان يناقش كلفة العمليات الخارجية",
        "ناقش البرلمان الفرنسي أمس كلفة مشاركة البلاد في العمليات الخارجية. وقدم الوزير عرضا عن نفقات الجيش. "
        "وأدت الهجمات على المدنيين إلى شن ضربات صاروخية غربية على مواقع عسكرية.",
        {"missile_launch": False},
        published="2018-07-20T10:00:00+03:00",
    ),
    Case(
        "the strike of the day, told in the lead, stays news when a later sentence says what led to it",
        "واشنطن تطلق صواريخ على قاعدة جوية",
        "أطلقت الولايات المتحدة فجر اليوم الجمعة 40 صاروخا على قاعدة جوية. وقال البنتاغون إن الضربة جاءت ردا على "
        "هجوم كيميائي. ودفع الهجوم الكيميائي الرئيس إلى شن الضربة الصاروخية.",
        {"missile_launch": {"USA"}},
        published="2018-04-13T10:00:00+03:00",
    ),
    Case(
        "a missile system a strike hit is its target: the system's missiles were not fired",
        "انفجارات في مطار عسكري",
        "دوت انفجارات قوية فجر اليوم في مطار عسكري بريف حمص، وقالت مصادر محلية إن قصفا مجهول المصدر استهدف "
        "منظومة صواريخ إيرانية داخل المطار ودمرها.",
        {"missile_launch": False},
        published="2018-06-02T10:00:00+03:00",
    ),
    Case(
        "air-defence missile systems struck by raids are the target, not a launch by their owner",
        "غارات على مواقع قرب دمشق",
        "قال مصدر عسكري إن غارات ليلية استهدفت أنظمة صواريخ أرض جو تابعة لقوات موالية لطهران جنوب دمشق، من "
        "دون أن تعلن أي جهة مسؤوليتها.",
        {"missile_launch": False},
        published="2018-06-02T10:00:00+03:00",
    ),
    Case(
        "the number of missile attacks a country has suffered, with no day of its own, is a running total",
        "سفير يطالب بوقف تهريب السلاح",
        "طالب السفير في كلمة أمام مجلس الأمن بوقف تهريب السلاح إلى الجماعة المتمردة، مضيفا أن عدد الهجمات "
        "الصاروخية على بلاده تجاوز حتى الآن 140 هجمة.",
        {"missile_launch": False},
        published="2018-04-27T18:00:00+00:00",
    ),
    Case(
        "enabling a side to launch missiles, as a charge behind sanctions, reports no launch",
        "عقوبات أمريكية على شبكة تهريب",
        "أعلنت وزارة الخزانة الأمريكية اليوم فرض عقوبات على أربعة أشخاص وشركتين بتهمة تمكينهم جماعة مسلحة من "
        "إطلاق صواريخ على مدن الدولة المجاورة. وقالت الوزارة إن الشبكة نقلت أموالا وقطع غيار عبر موانئ عدة.",
        {"missile_launch": False},
        published="2018-05-22T16:00:00+00:00",
    ),
    Case(
        "a threat noun whose object after ب is the strike threatens it, as the verb does",
        "الذهب يصعد والأسهم تتراجع",
        "صعد سعر الذهب في تعاملات اليوم الثلاثاء، وسط تهديد الرئيس الأمريكي دونالد ترامب، بتوجيه ضربة صاروخية "
        "إلى أهداف في سوريا. وتراجعت أسهم شركات الطيران في البورصات الأوروبية.",
        {"missile_launch": False},
        published="2018-04-10T09:30:00+00:00",
    ),
    Case(
        "threats voiced after a launch leave the launch they answer a launch",
        "تهديدات بالرد على صواريخ الجنوب",
        "توعد وزير الدفاع الإسرائيلي برد قاس وسط تهديدات بالتصعيد بعد إطلاق صواريخ من قطاع غزة على بلدات الجنوب "
        "مساء أمس. وقالت الشرطة إن أضرارا لحقت بمنزلين.",
        {"missile_launch": {"GAZA"}},
        published="2024-05-18T12:00:00+03:00",
    ),
    Case(
        "threats to shoot down missiles, with the article before the noun, intercept nothing",
        "تحليل: لماذا لم ترد موسكو؟",
        "امتلأت الصحف الروسية الأسبوع الماضي بالتصريحات النارية والتهديدات بإسقاط الصواريخ الأمريكية إذا اقتربت "
        "من القواعد الروسية. ويرى محللون أن الكرملين فضل في النهاية تجنب المواجهة المباشرة.",
        {"missile_launch": False},
        published="2018-04-17T11:00:00+00:00",
    ),
    Case(
        "a story on the brink of a war makes the rockets fired further down its news",
        "المبعوث الأممي يحذر من حرب جديدة في غزة",
        "حذر المبعوث الأممي اليوم من أن الطرفين يقفان على حافة حرب جديدة. وقال في بيان إن على الجميع التراجع فورا. "
        "وشنت الطائرات الإسرائيلية غارات على مواقع في القطاع بعد مقتل جندي. وأطلقت من غزة صواريخ محلية الصنع تجاه "
        "البلدات الإسرائيلية ردا على الغارات.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "unnamed attackers before their verb leave the launcher unknown, whatever side the article names",
        "قذائف صاروخية تسقط قرب مطار البصرة",
        "سقطت صباح اليوم قذائف قرب مطار البصرة الدولي حيث تقع القنصلية الأمريكية. ونقلت وكالة أنباء عن ضابط في "
        "الشرطة أن مسلحين مجهولين أطلقوا ثلاثة صواريخ كاتيوشا على المطار، بعد يوم من اقتحام محتجين القنصلية "
        "الإيرانية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "an inquiry's finding about how a plane was downed recalls an earlier event",
        "لندن تطالب موسكو بالرد على نتائج تحقيق الطائرة",
        "طالبت الحكومة البريطانية روسيا بتحمل مسؤوليتها عن إسقاط طائرة الركاب الهولندية فوق أوكرانيا صيف 2014، حين "
        "أصابها صاروخ فوق منطقة يسيطر عليها مسلحون موالون لموسكو. وخلص تحقيق دولي الخميس الماضي، إلى أن الصاروخ "
        "أطلق من عربة تابعة للجيش الروسي.",
        {"missile_launch": False},
        published="2018-05-25T14:20:03+00:00",
    ),
    Case(
        "after the event a sentence dated weeks back, the next sentence still tells that past",
        "مستشار سابق يروي كواليس قرار الضربة",
        "روى مستشار سابق للرئيس أمس تفاصيل الاجتماع الذي عقده الرئيس مع قادة الجيش في 3 مارس الماضي. وبعد "
        "الاجتماع أمر الرئيس بضربة بصواريخ كروز على مواقع للمسلحين.",
        {"missile_launch": False},
        published="2018-05-02T10:00:00+00:00",
    ),
    Case(
        "the same with during (خلال) and a summit",
        "كتاب جديد عن القمة",
        "يكشف كتاب صدر اليوم ما دار في القمة التي جمعت الزعيمين في 10 يناير الماضي. وخلال القمة أبلغ الرئيس ضيفه "
        "أن جيشه أطلق صواريخ على قاعدة جوية.",
        {"missile_launch": False},
        published="2018-05-02T10:00:00+00:00",
    ),
    Case(
        "what an inquiry's team announces about how an airliner was downed is its finding",
        "كانبيرا تحمل موسكو المسؤولية",
        "حملت أستراليا روسيا اليوم مسؤولية سقوط طائرة الركاب، وذلك غداة إعلان فريق التحقيق الدولي أن إسقاط الطائرة "
        "تم بصاروخ أرض جو تابع لوحدة روسية.",
        {"missile_launch": False},
        published="2018-05-26T09:00:00+00:00",
    ),
    Case(
        "the same told by an inquiry committee with a past verb of downing",
        "نتائج التحقيق في سقوط الطائرة",
        "قالت لجنة التحقيق في تقريرها إن صاروخا أسقط طائرة الشحن فوق الصحراء، دون أن تحدد الجهة التي أطلقته.",
        {"missile_launch": False},
    ),
    Case(
        "what investigators state about the missile that downed an airliner is their finding, not the day's launch",
        "أوروبا تطالب موسكو بالتعاون مع التحقيق",
        "طالبت دول أوروبية روسيا بالتعاون مع لجنة التحقيق في سقوط طائرة الركاب. وأكد المحققون الهولنديون، "
        "الأربعاء، أن الصاروخ الذي أسقط الطائرة نقل من قاعدة روسية قبل الحادث بأيام.",
        {"missile_launch": False},
        published="2018-05-25T10:00:00+00:00",
    ),
    Case(
        "the same finding told by investigators with قال … إن, in a later sentence",
        "هولندا تستدعي السفير الروسي",
        "استدعت الخارجية الهولندية السفير الروسي لديها. وقال محققون دوليون يوم الخميس إن الصاروخ الذي أصاب "
        "الطائرة فوق شرق أوكرانيا كان من طراز بوك.",
        {"missile_launch": False},
        published="2018-05-26T09:00:00+00:00",
    ),
    Case(
        "a rocket shot down inside a video game is the game's",
        "دراسة: لعبة فيديو تساعد المرضى على التحكم في أدمغتهم",
        "قال علماء إن المشاركين في التجربة تمكنوا من إسقاط صاروخ في اللعبة بمجرد التركيز، وذلك باستخدام جهاز "
        "للرنين المغناطيسي.",
        {"missile_launch": False},
    ),
    Case(
        "missiles shot down in a video game for a record are the game's",
        "رقم قياسي جديد",
        "نجح شاب ياباني أمس في إسقاط 300 صاروخ خلال دقيقة واحدة في لعبة فيديو شهيرة، محطما الرقم السابق.",
        {"missile_launch": False},
    ),
    Case(
        "an unattributed strike of another day is not the coalition's whose strike the article recalls",
        "الدفاعات الجوية السورية تسقط صواريخ اخترقت أجواء حمص",
        "ذكر التلفزيون الرسمي أن الدفاعات الجوية أسقطت صواريخ استهدفت مطارا عسكريا في ريف حمص في ساعة متأخرة من ليل "
        "الأربعاء. ويأتي هذا الهجوم بعد ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا فجر الأحد ضد مواقع "
        "سورية.",
        {"missile_launch": {"UNKNOWN", "USA", "GBR", "FRA"}},
        published="2018-05-17T08:00:00+03:00",
        exact=True,
    ),
    Case(
        "the accusation as a masdar: its subject accuses, the side after ل is accused of the strike",
        "نتنياهو يلتقي بوتين في موسكو",
        "التقى رئيس الوزراء الإسرائيلي الرئيس الروسي في موسكو اليوم، بعد ساعات من اتهام دمشق لإسرائيل بشن هجوم "
        "صاروخي على مطار عسكري في ريف حمص.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the sides named after a struck headquarters own it; they did not strike it",
        "انفجارات في ريف حماة",
        "أفاد المرصد ليل أمس باستهداف المقر الرئيسي لقوات الحكومة السورية والفصائل الإيرانية بعدة صواريخ في ريف حماة.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a side whose headquarters were struck is not the side the article shows bombarding",
        "صواريخ تسقط في ريف حماة",
        "قال المرصد إن صواريخ سقطت ليل أمس في ريف حماة، وأفاد ناشطون باستهداف المقر الرئيسي لقوات الحكومة السورية "
        "والفصائل الإيرانية بصواريخ.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a strike carried out by its subject, a time phrase between them, against another side's forces",
        "غارة على مواقع عسكرية قرب درعا",
        "شنت القوات الجوية الإسرائيلية، فجر اليوم، هجوما صاروخيا على مخازن أسلحة لقوات الحكومة السورية قرب درعا، "
        "بحسب مصادر محلية.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "a carrying-out verb after its subject, a weekday between it and the strike noun",
        "مصادر: هجوم بالصواريخ على قاعدة في ريف حمص",
        "قالت مصادر ميدانية إن الجيش الأمريكي شن، مساء الجمعة، ضربات صاروخية على مواقع تتمركز فيها قوات "
        "النظام السوري في ريف حمص.",
        {"missile_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "a group named only as present at a struck base launched nothing",
        "صواريخ مجهولة تضرب مطارا عسكريا وسط سوريا",
        "ذكرت وكالة الأنباء الرسمية أن عدة صواريخ أصابت فجر اليوم مطارا عسكريا في ريف حمص وأوقعت قتلى، ولم تعلن أي "
        "جهة مسؤوليتها. وأفاد مرصد حقوقي بأن عناصر من حزب الله موجودون في المطار.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a group named only as what a coalition fights launched nothing",
        "صواريخ معادية تستهدف مواقع في ريف حلب",
        "قال مصدر عسكري إن صواريخ معادية استهدفت ليلة أمس مواقع للجيش في ريف حلب. ونفت واشنطن أن تكون قوات "
        "التحالف الدولي ضد تنظيم داعش قد نفذت الضربة.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a lead that dates a shoot-down in a past year makes the undated launch of it the story recalled",
        "لجنة التحقيق تحسم مصدر الصاروخ",
        "خلصت لجنة التحقيق الدولية، الخميس، إلى أن وحدة عسكرية تقف وراء إسقاط طائرة الركاب فوق السهول عام 2016. "
        "وقال رئيس اللجنة إن الصاروخ الذي أسقط الطائرة جاء من كتيبة متمركزة قرب الحدود، وإن الصاروخ أطلق من حقل "
        "زراعي.",
        {"missile_launch": False},
    ),
    Case(
        "a month name that is also a person's name or a verb is not a date",
        "ضربات صاروخية على مواقع عسكرية",
        "قالت رئيسة الوزراء تيريزا ماي اليوم إن الضربات الصاروخية التي نفذتها القوات البريطانية فجر اليوم أصابت "
        "أهدافها، بينما مارس الحلفاء ضغوطا على دمشق.",
        {"missile_launch": {"GBR"}},
    ),
    Case(
        "a verb of enabling before the launch makes it a capability",
        "غواصات تتحرك",
        "أمرت الحكومة غواصاتها بالتحرك إلى مسافة تتيح لها إطلاق صواريخ على الساحل، وبما يسمح لها بضرب أهداف بعيدة.",
        {"missile_launch": False},
    ),
    Case(
        "destroying launchers intercepts no missile",
        "تدمير منصات صواريخ",
        "أعلن التحالف تدمير منصات للصواريخ الباليستية في صعدة، كما دمرت مقاتلاته منصة إطلاق صواريخ في الجوف.",
        {"missile_launch": False},
    ),
    Case(
        "a side joined by و to one inside a prepositional phrase is inside it too",
        "قذائف على معسكرات للتحالف",
        "قال التحالف الدولي مساء اليوم إن قذائف صاروخية استهدفت معسكرات لقواته في سورية والعراق دون إصابات.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a launch fired from elsewhere does not take the article's launcher",
        "غارات وصواريخ على الجبهة الشمالية",
        "قصفت الطائرات الإسرائيلية اليوم بالصواريخ مواقع في ريف دمشق. وفي الليلة نفسها شهدت المنطقة إطلاق عشرات "
        "الصواريخ من سوريا على الهضبة المحتلة.",
        {"missile_launch": {"ISR", "UNKNOWN"}},
        exact=True,
    ),
    Case(
        "two rocket shells, in the dual",
        "قذيفتان صاروخيتان من القطاع",
        "اعترضت القبة الحديدية اليوم قذيفتين صاروخيتين أطلقتا من قطاع غزة باتجاه المستوطنات.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a launch whose launcher follows the verbal noun as its subject is that side's act",
        "بيان دولي يدين إطلاق الحوثي للصواريخ على المدن",
        "دان مجلس الأمن الدولي في بيان اليوم إطلاق الحوثيين الصواريخ الباليستية على الرياض مساء الأحد.",
        {"missile_launch": {"HOUTHI"}},
    ),
    Case(
        "a strike announced as the announcer's own act, its verbal noun right after the announcer and the day",
        "استهداف إسرائيل بصواريخ غراد",
        "أعلن حزب الله، اليوم الخميس، قصف إسرائيل بصواريخ كاتيوشا انتقاما لمقتل مدنيين في الجنوب، كما أعلنت "
        "الجماعة استهداف مدينة إيلات بصاروخ باليستي.",
        {"missile_launch": {"HEZBOLLAH"}},
    ),
    Case(
        "the noun right after a transitive strike masdar is what it struck",
        "استهداف إسرائيل بصواريخ غراد",
        "",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the preposition ب written apart before the count of the missiles",
        "حزب الله يقصف مستوطنة المطلة بـ 12 صاروخا",
        "أعلنت الجماعة مساء اليوم أنها استهدفت مستوطنة في الشمال بـ 20 صاروخ كاتيوشا.",
        {"missile_launch": {"HEZBOLLAH"}},
    ),
    Case(
        "a story marking an anniversary tells its undated launches as the past",
        "في الذكرى العشرين لسقوط العاصمة.. شهادات من الأيام الأخيرة",
        "يروي ضباط سابقون كيف أطلقت القوات صواريخ كروز على المقرات الحكومية، وكيف أسقطت الدفاعات العديد من "
        "الصواريخ فوق المدينة.",
        {"missile_launch": False},
    ),
    Case(
        "a launch dated today on an anniversary is news",
        "كوريا الشمالية تحيي ذكرى تأسيس الحزب بإطلاق صاروخ",
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا باتجاه البحر الشرقي، في ذكرى تأسيس حزب العمال.",
        {"missile_launch": {"PRK"}},
    ),
    # ------------------------------------------------------------- actors: the coalition, sufferers, agents
    Case(
        "'من' after a place or part of it ('مناطق متفرقة من تل أبيب') is where a missile fell, not where it came from",
        "",
        "أطلقت إيران مساء اليوم صواريخ باليستية نحو إسرائيل. وذكرت وسائل إعلام أن الهجوم شمل إطلاق عشرات الصواريخ "
        "التي أصابت مناطق متفرقة من تل أبيب.",
        {"missile_launch": {"IRN"}},
        published="2025-06-13T23:00:00+03:00",
        exact=True,
    ),
    Case(
        "the one side firing in the day's news lends itself to its unnamed launches, not a side recalled in background",
        "",
        "قالت الإذاعة الإسرائيلية إن حزب الله أطلق اليوم عشرات الصواريخ نحو الجليل. وأضافت أن الدفاعات اعترضت "
        "12 صاروخا من الصواريخ التي أطلقت. وكانت طائرات إسرائيلية قد قصفت بالصواريخ مواقع للحزب الشهر الماضي.",
        {"missile_launch": {"HEZBOLLAH"}},
        published="2024-08-01T13:00:00+03:00",
        exact=True,
    ),
    Case(
        "a detected launch takes the day's launcher when another state's launch is only an earlier test",
        "",
        "أطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا سقط في البحر. ورصد الجيش الكوري الجنوبي إطلاق الصاروخ "
        "من منطقة قرب العاصمة. وكانت سيول قد أطلقت صاروخا في تجربة عام 2021.",
        {"missile_launch": {"PRK"}},
        published="2023-05-10T10:00:00+09:00",
        exact=True,
    ),
    Case(
        "a new missile an air defence meets after a strike ('اعترضت صاروخا') is not the striking side's",
        "غارات في الجنوب",
        "شنت طائرات حربية إسرائيلية غارات على مواقع في جنوب سوريا الليلة الماضية. واعترضت الدفاعات الجوية صاروخا "
        "أطلق باتجاه الجولان.",
        {"missile_launch": {"UNKNOWN"}},
        published="2023-04-09T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a nisba on a struck target before a passive strike verb names the target, not the striker",
        "صواريخ بعيدة المدى",
        "وذكر أحد المصادر أن هدفا عسكريا روسيا استهدف الليلة الماضية بعدة صواريخ بعيدة المدى.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a claim verb after the missile ('تبناه الحوثيون') names its launcher, not the strike before it",
        "غارات على ميناء",
        "وجاءت الغارات الإسرائيلية على الميناء غداة سقوط صاروخ باليستي قرب مطار رئيسي تبناه الحوثيون.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a verb of use right after an agreeing 'إنه' is the speaker's own launch",
        "الجيش يعلن بدء عملية عسكرية",
        "وأعلن الجيش الباكستاني فجر اليوم بدء عملية عسكرية، وقال إنه استخدم صواريخ قصيرة المدى في ضرب قواعد جوية "
        "على الجانب الآخر من الحدود.",
        {"missile_launch": {"PAK"}},
        exact=True,
    ),
    Case(
        "the side that strikes the places rockets were fired from ('التي أطلقت منها') did not fire them",
        "رد مدفعي على مصادر النيران",
        "وردت المدفعية الإسرائيلية مساء اليوم على المواقع التي أطلقت منها الصواريخ في منطقة حدودية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a strike verb after 'أنه' it agrees with has the speaker for subject; the state after it is the target",
        "رشقة على الجليل",
        "وأعلن حزب الله مساء اليوم أنه قصف إسرائيل بعشرات الصواريخ ردا على اغتيال أحد قادته.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "missiles an unnamed air defence meets right after a strike are the striking side's",
        "ضربات قرب دمشق",
        "شنت إسرائيل ليل الثلاثاء ضربات جوية على مواقع عسكرية قرب العاصمة السورية. وقالت وزارة الدفاع إن الدفاعات "
        "الجوية تصدت للصواريخ وأسقطت معظمها.",
        {"missile_launch": {"ISR"}},
        published="2021-09-01T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "an interception missile ('صاروخ اعتراض') fired at a stray shell is no launch",
        "قذيفة من سوريا",
        "شنت الطائرات الإسرائيلية غارات على مواقع في سوريا الليلة الماضية. ورصدت منظومة الدفاع قذيفة أطلقت من "
        "الأراضي السورية عن طريق الخطأ، وأطلقت صاروخ اعتراض عليها.",
        {"missile_launch": False},
        published="2021-09-01T10:00:00+03:00",
    ),
    Case(
        "a missile one of the striking states shoots down was fired at it, not by the coalition",
        "صاروخ يستهدف مدمرة",
        "قال مسؤولون عسكريون إن طائرة حربية أمريكية أسقطت مساء الأحد صاروخا أطلق على مدمرة في جنوب البحر الأحمر. "
        "وجاء ذلك بعد أيام من غارات شنتها القوات الأمريكية والبريطانية بصواريخ توماهوك على مواقع في اليمن.",
        {"missile_launch": {"UNKNOWN", "USA", "GBR"}},
        published="2024-01-15T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "Gaza named as the place of a war names no launcher of rockets that fall elsewhere",
        "صاروخان على قاعدة جوية",
        "سقط صاروخان من طراز كاتيوشا مساء الخميس على قاعدة جوية غرب العراق، في ظل توتر إقليمي تفاقم بفعل الحرب في غزة.",
        {"missile_launch": {"UNKNOWN"}},
        published="2024-07-26T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "Gaza after «على», the war waged on it, is the place of the war too",
        "قذائف على قاعدة عسكرية",
        "سقطت ثلاثة صواريخ فجر السبت على قاعدة عسكرية شمال بغداد، وسط غضب إقليمي من الحرب الإسرائيلية على غزة.",
        {"missile_launch": {"UNKNOWN"}},
        published="2024-03-09T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "the missiles interceptors are fired against are the other side's, not the interceptors' launch",
        "سفن حربية تتصدى لهجوم صاروخي",
        "قال متحدث عسكري إن سفنا حربية أمريكية أطلقت الليلة الماضية نحو عشرة صواريخ اعتراضية ضد الصواريخ "
        "الإيرانية التي أطلقت نحو إسرائيل.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "the sides a struck place belongs to after a strike verb did not strike it",
        "انفجارات في ريف حلب",
        "وضربت الصواريخ مستودعات ذخيرة ومواقع عسكرية للنظام والميليشيات الإيرانية في ريف حلب.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "states that direct an accusation at another side for a strike are not its coalition",
        "غارات مجهولة على مطار في حمص",
        "تصدت الدفاعات الجوية السورية فجر الثلاثاء لصواريخ استهدفت مطارا عسكريا في ريف حمص. ووجهت دمشق وموسكو "
        "اتهاما لإسرائيل بالوقوف وراء الهجوم.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-17T10:00:00+00:00",
        exact=True,
    ),
    Case(
        "the struck side's own air defence met the strike with a masculine verb: it is not the launcher",
        "قاعدة جوية تتعرض لقصف",
        "أعلنت الحكومة في دمشق مساء الأحد عن تعرض قاعدة جوية في ريف حماة لقصف صاروخي تصدى له الدفاع الجوي السوري.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the spokesman 'for' a side announces that side's launch, as news",
        "رشقة على بلدة حدودية",
        "أعلن الناطق العسكري باسم سرايا القدس إطلاق رشقة صاروخية على بلدة حدودية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "a spokesman's 'our fighters' after the complementiser are his side",
        "رشقة صاروخية على مدينة ساحلية",
        "قال أبو عبيدة في كلمة مساء اليوم إن مجاهدينا أطلقوا اثني عشر صاروخا على مدينة ساحلية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "Iraq's armed factions announce only their own launches",
        "استهداف قاعدة غرب العراق",
        "أعلنت المقاومة الإسلامية في العراق اليوم إطلاق صواريخ على قاعدة تضم قوات أجنبية قرب الحدود.",
        {"missile_launch": {"OTHER:Islamic Resistance in Iraq"}},
        exact=True,
    ),
    Case(
        "a rank between the announcing verb and the spokesman's name",
        "هجوم على سفينة في البحر الأحمر",
        "أعلن العميد يحيى سريع اليوم إطلاق صاروخين باليستيين على سفينة تجارية في البحر الأحمر.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a side's spokesman announcing a launch speaks for his side",
        "متحدث الجماعة يعلن هجوما جديدا",
        "أعلن يحيى سريع في كلمة مصورة مساء أمس إطلاق صاروخ مجنح باتجاه ميناء إيلات.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a spokesman's bare surname, once his full name is given, is still him",
        "مؤتمر صحفي بعد الظهر",
        "ظهر المتحدث يحيى سريع في مؤتمر صحفي قصير بعد الظهر. وأعلن سريع في بيان تلاه إطلاق ثلاثة صواريخ على "
        "سفينة شحن في خليج عدن.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the Guards' aerospace arm launches for Iran",
        "صواريخ على مواقع في الشمال",
        "قالت القوة الجوفضائية التابعة للحرس الثوري اليوم إنها أطلقت صاروخين على مقرات جماعة مسلحة عبر الحدود.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "the Islamic Resistance, bare, is Hezbollah's own name",
        "قصف موقع عسكري في الجليل",
        "قالت المقاومة الإسلامية في بيان اليوم إنها استهدفت موقعا عسكريا في الجليل الغربي بصلية من الصواريخ.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "fired from 'the Strip' in a story that names Israel is fired from Gaza",
        "إنذارات في مستوطنات الجنوب",
        "قال الجيش الإسرائيلي اليوم إن أربعة صواريخ أطلقت من القطاع باتجاه مستوطنات الجنوب، سقط اثنان منها في "
        "مناطق خالية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "a state's proxies named by its capital are not the state",
        "وكلاء طهران يستهدفون قاعدة",
        "أطلق وكلاء طهران اليوم عدة صواريخ على قاعدة تستضيف قوات أجنبية شرق البلاد.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the Arab coalition in Yemen is its own launcher, not Saudi Arabia",
        "غارات وقصف صاروخي على صعدة",
        "شنت مقاتلات التحالف العربي اليوم غارات على مواقع الحوثيين، كما شن التحالف بقيادة السعودية قصفا صاروخيا على "
        "تجمعاتهم في مديرية رازح.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
        exact=True,
    ),
    Case(
        "the coalition intercepting names the Houthis as launchers",
        "التحالف يعترض صاروخا فوق جازان",
        "أعلنت قوات التحالف اليوم اعتراض صاروخ باليستي أطلق باتجاه مدينة جازان، وتدميره في الجو.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the side that suffered a launch, with a long subject between, is its target",
        "استهداف مقاتلة للتحالف",
        "تعرضت إحدى طائرات التحالف الحربية مساء الخميس لإطلاق صاروخ أرض جو فوق منطقة جبلية، وعادت سالمة. "
        "وتعرضت سفينة تجارية ترفع علم ليبيريا اليوم لهجوم صاروخي في البحر الأحمر.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the passive agent after a head noun, the one nearest the launch",
        "قصف مستشفى في المدينة",
        "تعرضت مدرسة في المدينة لقصف من قبل عناصر جماعة الحوثي بصواريخ كاتيوشا، ثم قالت الجماعة إنها قصفت من قبل "
        "طيران التحالف.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    # ------------------------------------------------------------- space: launches that did not happen or are older
    Case(
        "a past year in a launch noun's own phrase dates it, not the day of the clause it completes",
        "فيديو نادر من أرشيف الوكالة",
        "عرضت وكالة الفضاء الأوروبية الثلاثاء فيلما يوثق إطلاق أول مسبار أوروبي عام 1985.",
        {"space_launch": False, "missile_launch": False},
        published="2018-05-16T10:00:00+03:00",
    ),
    Case(
        "a past month and year in a launch noun's own phrase dates it, not the day of the clause it completes",
        "ذكريات مهندس",
        "استعاد المهندس المتقاعد أمس لحظات إطلاق القمر الصناعي العربي الأول في فبراير 1985 من فلوريدا.",
        {"space_launch": False, "missile_launch": False},
        published="2018-05-16T10:00:00+03:00",
    ),
    Case(
        "a past year in a missile launch noun's own phrase dates it",
        "معرض عن حرب الخليج",
        "افتتح المتحف الأحد معرضا يروي إطلاق صواريخ سكود على المدن عام 1991.",
        {"space_launch": False, "missile_launch": False},
        published="2018-05-16T10:00:00+03:00",
    ),
    Case(
        "a gap measured from a past year (منذ عام) in a launch noun's phrase leaves the clause's day",
        "إطلاق من الشرق الأقصى",
        "شهدت قاعدة فوستوتشني الخميس إطلاق صاروخ سويوز هو الأول منذ عام 2016 من هذه القاعدة.",
        {"space_launch": {"RUS"}, "missile_launch": False},
        published="2018-05-18T10:00:00+03:00",
    ),
    Case(
        "a decade of the last century after a launch ('أطلق في الثمانينيات') dates it to the past",
        "جناح جديد في متحف الطيران",
        "افتتح المتحف جناحا يضم صاروخا من طراز سويوز أطلق في الثمانينيات حاملا طاقما إلى محطة مير.",
        {"space_launch": False, "missile_launch": False},
        published="2018-05-16T10:00:00+03:00",
    ),
    Case(
        "a decade of the last century before a launch ('في السبعينيات') dates it to the past",
        "المسباران التوأم ما زالا يعملان",
        "أطلقت الولايات المتحدة في السبعينيات مسبارين ما زالا يرسلان إشارات ضعيفة من حافة المجموعة الشمسية.",
        {"space_launch": False, "missile_launch": False},
        published="2018-05-16T10:00:00+03:00",
    ),
    Case(
        "a decade written without the article ('في تسعينيات القرن الماضي') dates a missile launch to the past",
        "وثائق عن حرب المدن",
        "كشفت الوثائق أن الطرفين أطلقا في تسعينيات القرن الماضي عشرات الصواريخ على المدن.",
        {"space_launch": False, "missile_launch": False},
        published="2018-05-16T10:00:00+03:00",
    ),
    Case(
        "a decade of someone's age ('في الستينيات من عمره') is no past period",
        "هاو يطلق صاروخا",
        "أطلق مهندس متقاعد في الستينيات من عمره صاروخا فضائيا صغيرا من صحراء نيفادا الأربعاء.",
        {"space_launch": True},
        published="2018-05-18T10:00:00+03:00",
    ),
    Case(
        "many satellites counted since a point in the past ('أكثر من 40 قمرا منذ مطلع العام') add up a record",
        "عام قياسي لبرنامج الفضاء الصيني",
        "أطلقت الصين أكثر من 40 قمرا صناعيا منذ مطلع العام، بحسب الإدارة الوطنية للفضاء.",
        {"space_launch": False, "missile_launch": False},
        published="2018-09-20T10:00:00+03:00",
    ),
    Case(
        "a space rocket launched so many times ('سبع مرات هذا العام') adds up a record",
        "الصاروخ الأكثر استخداما",
        "أطلقت الشركة الأوروبية صاروخها أريان 5 سبع مرات هذا العام دون أي إخفاق.",
        {"space_launch": False, "missile_launch": False},
        published="2018-09-20T10:00:00+03:00",
    ),
    Case(
        "a count of satellites in one launch that is a first since a point is news",
        "الهند تحطم الرقم",
        "أطلقت الهند 80 قمرا صناعيا بصاروخ واحد، وهو أكبر عدد منذ بدء برنامجها، من قاعدة سريهاريكوتا الأربعاء.",
        {"space_launch": {"IND"}},
        published="2018-09-20T10:00:00+03:00",
    ),
    Case(
        "a launch a few words after an unreal if (لو أن) is supposed, not reported",
        "ماذا بعد المسبار؟",
        "قال العالم إن الهند لو أنها أرسلت مسبارا إلى الزهرة لكانت أول دولة في آسيا تبلغ ذلك الكوكب.",
        {"space_launch": False, "missile_launch": False},
        published="2018-03-14T10:00:00+03:00",
    ),
    Case(
        "a launch in an imagined case ('تخيل لو أنك أطلقت للتو') is supposed, not reported",
        "مؤسس الشركة يتحدث عن خطوته التالية",
        "تخيل لو أنك أطلقت للتو أثقل صاروخ فضائي عرفه العالم، فما خطوتك التالية؟ هذا ما يجيب عنه مؤسس الشركة.",
        {"space_launch": False, "missile_launch": False},
        published="2018-03-14T10:00:00+03:00",
    ),
    Case(
        "a missile launch after 'لنفترض أن' is supposed, not reported",
        "طوكيو وسيول تراجعان خطط الطوارئ",
        "لنفترض أن بيونغ يانغ أطلقت صاروخا عابرا للقارات نحو المحيط الهادئ. هذا ما تدرسه الحكومتان الآن.",
        {"space_launch": False, "missile_launch": False},
        published="2018-03-14T10:00:00+03:00",
    ),
    Case(
        "an unreal if in an earlier clause (after a comma) leaves a launch reported",
        "الصين تطلق قمرا للطقس",
        "لو تأخر الموسم لتعطل البرنامج، وأطلقت الصين الثلاثاء قمرا جديدا لرصد الطقس من قاعدة جيوتشيوان.",
        {"space_launch": {"CHN"}},
        published="2018-03-14T10:00:00+03:00",
    ),
    Case(
        "a satellite that reached its orbit and began sending data weeks after its launch is no launch today",
        "القمر الجديد يعمل",
        "قالت الوكالة اليوم إن القمر الصناعي بلغ مداره المحدد وبدأ إرسال البيانات إلى المحطات الأرضية بعد ثلاثة "
        "أسابيع من إطلاقه.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "an anniversary counted in the accusative (67 عاما) since a launch marks a past launch",
        "ذكرى أول قمر صناعي",
        "يصادف اليوم مرور 67 عاما على إطلاق أول قمر صناعي في التاريخ من سهوب كازاخستان.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "the time passed since a launch, linked with على, dates that launch weeks before the news",
        "موعد الهبوط على القمر",
        "قال كبير المصممين إن المسبار سيهبط قرب القطب الجنوبي للقمر بعد مرور 12 يوما على إطلاقه.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a craft bound for the launch site is taken there, not launched",
        "المسبار في طريقه إلى اليابان",
        "انطلقت اليوم رحلة المسبار الإماراتي إلى قاعدة الإطلاق في جزيرة يابانية، حيث سيبقى شهرين قبل إقلاعه نحو "
        "المريخ.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch yard a leader tours, or the phases of a launch a fault is found in, are no launch",
        "الزعيم يتفقد ساحة إطلاق الأقمار الصناعية",
        "أمر الزعيم خلال جولته في ساحة إطلاق الأقمار الصناعية بتوسيع منشآتها. وأوضحت الوكالة أمس أن تسربا ظهر في إحدى "
        "مراحل إطلاق الصاروخ، وهو ما يستدعي إصلاحه أولا.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "two agencies that postpone a launch, or a side that comes close to one, have launched nothing",
        "وكالتان تؤجلان إطلاق مركبة فضائية",
        "قالت الوكالتان إن العطل في صمام الوقود يفرض مراجعة جديدة. وذكرت الوكالة الرسمية أن بيونغ يانغ تقترب من "
        "إطلاق أول قمر صناعي للتجسس.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a probe or the space station that releases a rover or a satellite deploys it: no launch",
        "روبوتات على سطح كويكب",
        "أطلق المسبار الياباني أمس روبوتين صغيرين على سطح الكويكب البعيد. وأطلق رواد محطة الفضاء الدولية صباح اليوم "
        "قمرا صناعيا صغيرا لتجربة جمع الحطام.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a probe launched from a base, or a satellite launched to the space station, is a launch",
        "انطلاق مسبار وقمر",
        "وأطلق المسبار الياباني أمس من قاعدة تانيغاشيما. وأطلقت الهند اليوم صاروخا يحمل قمرا صناعيا إلى محطة الفضاء "
        "الدولية.",
        {"space_launch": {"JPN", "IND"}},
    ),
    Case(
        "launch vehicles and capsules named in Latin letters",
        "رحلتان إلى الفضاء",
        "انفجر صاروخ New Glenn بعد دقائق من إقلاعه اليوم من فلوريدا. والتحمت مركبة Crew Dragon بالمحطة الدولية "
        "صباح اليوم بعد يوم من إطلاقها.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "a crew sent or launched to a space station, its count and day between",
        "طاقم جديد إلى المدار",
        "أرسلت اليابان أمس طاقما جديدا من ثلاثة رواد إلى محطة الفضاء الدولية. وأطلقت الصين اليوم طاقما ثلاثيا إلى "
        "محطتها الفضائية.",
        {"space_launch": {"JPN", "CHN"}},
    ),
    Case(
        "a crew sent to a place on the ground is no launch",
        "طواقم الإسعاف في المحطة",
        "أرسلت الوزارة طاقما طبيا إلى محطة القطار المركزية، وأطلقت البلدية طاقما جديدا لإدارة المحطة الإذاعية.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "the latest of a series after كان is the news, not background",
        "سباق الأقمار الصناعية",
        "تتوالى خطوات الدول الآسيوية في برامجها الطموحة، وكان آخرها إطلاق اليابان صاروخا يحمل قمرا لرصد التغيرات "
        "المناخية.",
        {"space_launch": {"JPN"}},
    ),
    Case(
        "a present-tense headline over a body that only awaits the launch previews it",
        "كوريا الجنوبية تطلق اليوم صاروخها نوري",
        "تستعد كوريا الجنوبية لإطلاق صاروخ نوري مساء اليوم من مركز نارو، ومن المقرر أن يحمل ثمانية أقمار صغيرة.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a present-tense headline over a body that reports the launch stays news",
        "كوريا الجنوبية تطلق صاروخها نوري",
        "أطلقت كوريا الجنوبية صاروخ نوري مساء اليوم من مركز نارو حاملا ثمانية أقمار صغيرة، وتعتزم إطلاق صاروخ آخر "
        "العام المقبل.",
        {"space_launch": {"KOR"}, "missile_launch": False},
    ),
    Case(
        "a named launcher far from its verb behind the site, the time and a delay",
        "إطلاق قمر لرصد المحيطات",
        "أطلقت وكالة الفضاء الهندية من جزيرة سريهاريكوتا في جنوب البلاد صباح اليوم بعد تأجيل استمر أسبوعا صاروخا من "
        "طراز بي إس إل في يحمل قمرا لرصد المحيطات.",
        {"space_launch": {"IND"}, "missile_launch": False},
    ),
    Case(
        "a classed missile far from its verb behind the site, the time and the circumstances",
        "صاروخ باليستي على المدينة",
        "أطلقت القوات الروسية من مواقعها في منطقة كورسك ليلة أمس بعد ساعات من التحضير صاروخا باليستيا نحو سومي.",
        {"missile_launch": {"RUS"}, "space_launch": False},
    ),
    Case(
        "the launch pad after من is where the launch came from, not a figurative object",
        "رحلة جديدة لفالكون",
        "أطلقت شركة سبيس إكس من منصتها في فلوريدا صاروخ فالكون 9 محملا بأقمار للاتصالات.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "an uncrewed craft or capsule as the launched object",
        "روسيا تطلق مركبة إلى القطب الجنوبي للقمر",
        "أطلقت روسيا صباح اليوم مركبة غير مأهولة لتهبط قرب القطب الجنوبي للقمر. وأطلقت الصين أمس كبسولة غير "
        "مأهولة محملة بالوقود والمؤن إلى محطتها المدارية.",
        {"space_launch": {"RUS", "CHN"}, "missile_launch": False},
    ),
    Case(
        "an uncrewed vehicle on the ground or at sea is no spacecraft",
        "مركبات بلا سائق",
        "أطلقت شركة للتوصيل مركبة غير مأهولة لنقل الطرود داخل المدينة. وأطلقت البحرية مركبة غير مأهولة تحت الماء "
        "لمسح قاع الخليج.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch vehicle named in Latin letters is no missile",
        "انفجار الصاروخ العملاق",
        "انفجر صاروخ Starship بعد أربع دقائق من إقلاعه من قاعدة الشركة في تكساس.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a crew of astronauts as the launched object, with a relative day",
        "أول رحلة مأهولة",
        "أطلقت الهند قبل يومين طاقما من رواد الفضاء في أول رحلة مأهولة لها.",
        {"space_launch": {"IND"}},
    ),
    Case(
        "a satellite placed in orbit with a long description between",
        "قمر للإنذار المبكر",
        "وضعت كوريا الجنوبية أول قمر صناعي مخصص للإنذار المبكر في مدار حول الأرض، وفق وزارة الدفاع.",
        {"space_launch": True, "missile_launch": False},
    ),
    Case(
        "a stopped countdown is a launch that did not happen",
        "توقف العد التنازلي",
        "أوقفت الشركة العد التنازلي قبل ثوان من إطلاق صاروخ فالكون 9 بسبب خلل في أحد المحركات، وستحاول مجددا غدا.",
        {"space_launch": False},
    ),
    Case(
        "the countdown as the subject of the stopping verb",
        "خلل يؤخر الصاروخ الأوروبي",
        "توقف العد التنازلي لإطلاق صاروخ أريان 5 من قاعدة كورو قبل دقيقة واحدة من الموعد بسبب خلل في الصمامات.",
        {"space_launch": False},
    ),
    Case(
        "a service or a programme as the launched object is figurative",
        "شركة تقنية تطلق خدمة جديدة",
        "أطلقت الشركة خدمة جديدة لخرائط الأقمار الصناعية، كما أطلقت الوكالة برنامجا لتدريب المهندسين على تصميم "
        "الأقمار الصغيرة.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a launch weeks or months before the story's event is the past",
        "القمر الصناعي يرسل أول صوره",
        "بث القمر الصناعي صوره الأولى من الفضاء اليوم بعد شهرين من إطلاقه. ووصل المسبار إلى مدار الكوكب الأحمر أمس "
        "بعد سبعة أشهر من إطلاقه، وفتح الباحثون لاقطه بعد أسبوعين من إطلاقه.",
        {"space_launch": False},
    ),
    Case(
        "more than a week of days after the launch is the past too",
        "المركبة تهبط على سطح القمر",
        "هبطت المركبة قرب القطب الجنوبي للقمر مساء اليوم بعد أربعين يوما من إطلاقها، ودخل المسبار مدار الكوكب "
        "بعد 25 يوما من إطلاقه.",
        {"space_launch": False},
    ),
    Case(
        "a launch a day or seconds before the story's event is news",
        "الكبسولة تصل إلى المحطة",
        "وصلت الكبسولة إلى محطة الفضاء الدولية اليوم بعد يوم من إطلاقها على متن صاروخ فالكون 9 من فلوريدا.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "an indefinite launch as the subject of a general truth",
        "مدير الوكالة: الطريق إلى الفضاء طويل",
        "قال مدير وكالة الفضاء إن إطلاق قمر صناعي يتطلب سنوات من التحضير، وإن إطلاق صاروخ حامل يستغرق دقائق معدودة.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a clause opened by kana, its subject, then the past verb, without qad",
        "الشركة تعلن نجاح مهمة قمرها",
        "أعلنت الشركة اليوم نجاح مهمة القمر الصناعي بعد اكتمال اختباراته في المدار. وكانت الهيئة الوطنية للاتصالات "
        "أطلقت القمر ضمن خطة لتحسين تغطية البث في آسيا.",
        {"space_launch": False},
    ),
    Case(
        "kana with a recent day still reports the launch",
        "قمر جديد في المدار",
        "وكانت الشركة الوطنية للأقمار الصناعية أطلقت أمس قمرا جديدا للاتصالات من قاعدة في غويانا الفرنسية.",
        {"space_launch": True},
    ),
    Case(
        "a verb of striking in the future before the strike noun is a plan",
        "الرئيس: سنرد بقوة",
        "قال الرئيس في خطاب اليوم إن قواته ستوجه ضربة صاروخية إلى مواقع الميليشيا، وأضاف أن الجيش سيشن هجوما "
        "بالصواريخ على معاقلها إذا لم تنسحب. وقال وزير الدفاع إن البحرية ستنفذ ضربات بصواريخ كروز خلال أيام.",
        {"missile_launch": False},
    ),
    Case(
        "a list opened by 'including' after a comma shares the status of the clause before it",
        "البنتاغون يعد خيارات للرد",
        "وضع المخططون العسكريون عدة خيارات لرد عسكري محتمل ضد النظام، بما في ذلك شن ضربات صاروخية على المطارات. "
        "وتشمل الخطط المقترحة ضربات جوية، ومنها استهداف مخازن الصواريخ.",
        {"missile_launch": False},
    ),
    Case(
        "a past period with an adjective inside (the last few years) after the strikes dates them to the past",
        "تقرير عن الهجمات على سوريا",
        "شنت الطائرات الحربية مئات الهجمات الجوية والصاروخية على مواقع داخل سوريا خلال السنوات القليلة الماضية، "
        "كما قصفت البحرية أهدافا بصواريخ كروز في الأشهر القليلة الماضية.",
        {"missile_launch": False},
    ),
    Case(
        "a future strike after a launch reported today leaves the launch as news",
        "كوريا الشمالية تطلق صاروخا",
        "أطلقت كوريا الشمالية صاروخا باليستيا صباح اليوم باتجاه البحر، وقال الجيش الجنوبي إنه سيرد بحزم على أي "
        "استفزاز.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "in a space story a state's plain rocket is the space launch and names its launcher",
        "أول صاروخ تصنعه شركة خاصة يصل إلى المدار",
        "أطلقت الصين، الخميس، أول صاروخ تصنعه شركة خاصة من قاعدة في شمال غرب البلاد. وقالت الوكالة الرسمية إن "
        "إطلاق الصاروخ وضع قمرا صغيرا للاتصالات في مداره بنجاح.",
        {"space_launch": {"CHN"}, "missile_launch": False},
    ),
    Case(
        "a launch still awaited is a plan",
        "مسبار جديد إلى الشمس",
        "ومن المنتظر إطلاق المسبار من قاعدة في فلوريدا في السادس من الشهر المقبل، فيما يرتقب إطلاق قمر للرصد "
        "الجوي بعده بأسبوعين.",
        {"space_launch": False},
    ),
    Case(
        "shells that an anti-missile defence intercepts are rockets",
        "الجيش: اعتراض قذائف أطلقت من القطاع",
        "قال الجيش في بيان صباح اليوم إن القبة الحديدية اعترضت ثلاث قذائف أطلقت من قطاع غزة ليلا. وأضاف أن "
        "المنظومة المضادة للصواريخ تصدت لقذيفتين أخريين، فيما سقطت قذيفة في أرض خالية.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "shells fired by the air defence itself, and mortar shells, are not rockets",
        "الدفاعات الجوية تتصدى لهدف معاد",
        "أطلقت الدفاعات الجوية وابلا من القذائف أثناء التصدي لهدف جوي معاد فوق العاصمة اليوم. وسقطت قذيفتا هاون "
        "على حي سكني، واعترضت القبة الحديدية قذيفة هاون في الجنوب.",
        {"missile_launch": False},
    ),
    Case(
        "whatever a sending verb takes to space or to the station is launched there",
        "روبوت مساعد في طريقه إلى المحطة",
        "أرسلت شركة سبيس إكس إلى الفضاء، الجمعة، روبوتا صغيرا يساعد الطاقم على متن المحطة. وأرسلت الوكالة الأسبوع "
        "الجاري بذورا وفئرانا إلى محطة الفضاء الدولية لإجراء تجارب عليها.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "data sent from space, troops sent to a front and a plan to send crews are no launch",
        "المسبار يرسل صورا جديدة",
        "أرسل المسبار صورا جديدة إلى الأرض من مداره حول المريخ، وأرسل الجيش تعزيزات إلى الجبهة. وتعتزم الهند "
        "إرسال رواد إلى الفضاء العام المقبل.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "the side a reporting or condemning verb names after the launch noun is its subject, the launcher",
        "طوكيو تندد",
        "أدانت الحكومة اليابانية إطلاق كوريا الشمالية صاروخين بالستيين صباح اليوم، وأعلنت واشنطن إطلاق الحوثيين "
        "صاروخا على سفينة تجارية أمس.",
        {"missile_launch": {"PRK", "HOUTHI"}},
        exact=True,
    ),
    Case(
        "the time passed since a launch makes it the past",
        "عام على التجربة الأكبر",
        "يصادف اليوم مرور عام على أول تجربة لصاروخ هواسونغ-15 العابر للقارات، وبمرور ستة أشهر على إطلاق القمر "
        "الصناعي بدأت المحطة الأرضية بث صوره.",
        {"missile_launch": False, "space_launch": False},
    ),
    Case(
        "a launch on the day a year has passed since something else is news",
        "صاروخ في ذكرى التنصيب",
        "أطلقت كوريا الشمالية صاروخا باليستيا اليوم بمناسبة مرور عام على تولي الرئيس الجنوبي منصبه.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a definite noun takes definite adjectives: the article on every word of a multi-word form",
        "الفصائل تطلق القذائف الصاروخية",
        "أطلقت فصائل فلسطينية في غزة عشرات القذائف الصاروخية على مستوطنات إسرائيلية مساء اليوم.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a strike verb's instrument after its subject and a long target, in one clause",
        "تصعيد في شمال سوريا",
        "قصفت القوات التركية مواقع وحدات حماية الشعب الكردية في عفرين بالصواريخ اليوم. واستهدفت قوات النظام السوري "
        "بلدات في ريف إدلب بصواريخ أرض-أرض مساء أمس.",
        {"missile_launch": {"TUR", "SYR"}},
        exact=True,
    ),
    Case(
        "the count of the missiles may carry the instrument's preposition",
        "الحرس الثوري يقصف مقرات معارضة",
        "أعلن الحرس الثوري الإيراني أنه استهدف مقرات لجماعات كردية معارضة في إقليم كردستان العراق بسبعة صواريخ "
        "أرض-أرض اليوم.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "warplanes right after a strike verb are its subject, their nisba the launcher",
        "غارات على ريف دمشق",
        "قصفت طائرات إسرائيلية مواقع عسكرية قرب دمشق بالصواريخ فجر اليوم.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "a ship after a strike verb whose subject came before is the target",
        "الحوثيون يستهدفون سفينة",
        "استهدف الحوثيون بصاروخ سفينة إسرائيلية في البحر الأحمر اليوم.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "an agent the report does not name is an unknown launcher, not a side named elsewhere",
        "صواريخ على قاعدة تستضيف قوات أجنبية",
        "أطلق مسلحون مجهولون صاروخين على قاعدة عسكرية تستضيف قوات أمريكية في العراق الليلة الماضية. وقالت وزارة "
        "الدفاع الروسية إن قواتها أسقطت صواريخ أطلقها مسلحون على قاعدة حميميم اليوم.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "gunmen of a named side are that side",
        "تصعيد على جبهتين",
        "أطلق مسلحون حوثيون صاروخا على جازان اليوم، وأطلق مسلحون فلسطينيون عشرات الصواريخ من غزة مساء أمس.",
        {"missile_launch": {"HOUTHI", "GAZA"}},
        exact=True,
    ),
    Case(
        "what is fired from the Houthi-held provinces is the Houthis'",
        "اعتراض صاروخ فوق خميس مشيط",
        "أعلن المتحدث باسم التحالف اعتراض صاروخ باليستي أطلق من صعدة باتجاه خميس مشيط اليوم.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the missiles after the target of a strike are its instrument, not a second target",
        "غارات على مواقع المتمردين",
        "شنت مقاتلات التحالف غارات على مواقع الحوثيين في الحديدة بالصواريخ اليوم.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
        exact=True,
    ),
    Case(
        "the present of the verb of doing with an undated verbal noun is a habit",
        "الوزير: الجماعة تعرقل السلام",
        "قال الوزير إن الجماعة تقوم بالاعتداء على الدول المجاورة بالصواريخ الباليستية وتهدد الملاحة في البحر الأحمر.",
        {"missile_launch": False},
    ),
    Case(
        "past the lead, last week's launch is the context of the article's news",
        "مقتل شاب قرب السياج",
        "قتل الجنود شابا حاول عبور السياج الحدودي اليوم الاثنين. وقال الجيش إن الشاب كان يحمل فأسا. وتأتي الحادثة "
        "في ظل توتر متجدد على الحدود. وأطلقت الفصائل عشرات الصواريخ وقذائف الهاون على البلدات المجاورة الأسبوع "
        "الماضي، وردت الطائرات بغارات على مواقعها.",
        {"missile_launch": False},
    ),
    Case(
        "in the lead, last week's launch is the news",
        "نصر الله يتحدث عن الرد",
        "قال الأمين العام للحزب في خطاب اليوم إن 55 صاروخا أطلقت نحو الجولان الأسبوع الماضي ردا على الغارات.",
        {"missile_launch": True},
    ),
    Case(
        "a leader watching a launch is its supervisor, and the launch one particular launch",
        "كيم يتابع إطلاق راجمة صواريخ جديدة",
        "ذكرت الوكالة المركزية الكورية اليوم أن الزعيم كيم جونغ أون شهد أمس إطلاق صواريخ من راجمة جديدة من العيار "
        "الكبير.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the world watching launches in general is no supervisor",
        "قلق دولي",
        "يتابع العالم بقلق إطلاق الصواريخ في المنطقة، وتابع الوزير قائلا إن الحوار هو الحل.",
        {"missile_launch": False},
    ),
    Case(
        "a verb resuming two missiles with its dual pronoun",
        "واشنطن تقلل من خطورة التجربة",
        "قال مسؤولون أمريكيون اليوم إن الصاروخين اللذين أطلقتهما كوريا الشمالية قصيرا المدى.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the side named after the head noun of a struck thing is the target, not the subject of a later verb",
        "فشل هجوم على بارجة",
        "قالت مصادر محلية إن الحوثيين فشلوا في استهداف بوارج التحالف قبالة الساحل بصاروخين أطلقوهما من مواقع شرق "
        "المدينة اليوم.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a present verb resuming the launch with an object pronoun names its agent next",
        "أول تجربة من نوعها منذ سنوات",
        "يعد هذا أول اختبار لصاروخ عابر للقارات تجريه بيونغ يانغ منذ عام 2017، بحسب الجيش الجنوبي.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a launch whose date is named has not happened yet",
        "انفجار صاروخ على منصته",
        "انفجر صاروخ فالكون 9 على منصة الإطلاق أثناء اختبار روتيني اليوم قبل يومين من موعد إطلاقه.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "a plain rocket of a space agency or company is a space launch",
        "أقوى صاروخ في العالم ينطلق",
        "نجحت شركة سبيس إكس في إطلاق أقوى صاروخ في العالم أمس الثلاثاء، وأطلقت وكالة ناسا مسبارها الجديد نحو "
        "المريخ اليوم.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "missiles used in a strike, and salvos as the instrument after the target",
        "صواريخ على خاركيف والجليل",
        "استخدمت روسيا صواريخ باليستية كورية شمالية في ضرب خاركيف أمس، وفق المدعي العام. وأعلن حزب الله أنه قصف "
        "مستوطنة كريات شمونة بصليات من الصواريخ اليوم.",
        {"missile_launch": {"RUS", "HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "a test the condemned side conducted, resumed by the verb of conducting",
        "تنديد ثلاثي",
        "نددت سيول وواشنطن وطوكيو بالتجربة الصاروخية الجديدة التي أجرتها بيونغ يانغ فجر اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a running total with its starting point between the verb and the count",
        "حصيلة التجارب هذا العام",
        "أطلقت كوريا الشمالية منذ مطلع العام أكثر من 20 صاروخا باليستيا، وفق إحصاء لوكالة أنباء جنوبية.",
        {"missile_launch": False},
    ),
    Case(
        "a recent span between the verb and the count is news, not a running total",
        "ليلة من الصواريخ",
        "أطلقت إيران، منذ مساء أمس، أكثر من 150 صاروخا على إسرائيل.",
        {"missile_launch": {"IRN"}},
    ),
    Case(
        "a foiled attack and missiles destroyed before their launch were never fired",
        "إحباط هجوم صاروخي",
        "أحبطت القوات هجوما صاروخيا على السفينة اليوم، ودمرت صاروخين قبل إطلاقهما من الساحل.",
        {"missile_launch": False},
    ),
    Case(
        "a side that failed in its launch still launched, whatever the length of its name",
        "صاروخان يسقطان قرب منصتهما",
        "قالت مصادر محلية إن الجماعة فشلت في إطلاق صاروخين بحريين اليوم، إذ سقطا قرب موقع الإطلاق.",
        {"missile_launch": True},
    ),
    Case(
        "a side that only announces its own launches owns the launch it announces, and the launch is one launch",
        "رشقة جديدة",
        "أعلن الحرس الثوري اليوم إطلاق رشقة جديدة من الصواريخ نحو أهداف في الشمال.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "a state announcing a launch at it does not launch it",
        "طوكيو: صاروخ سقط في البحر",
        "أعلنت اليابان اليوم إطلاق صاروخ باليستي سقط في البحر قبالة سواحلها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "missiles coordinated with the instrument of a strike are its instrument too",
        "هجوم بالمسيرات والصواريخ",
        "شنت إيران هجوما غير مسبوق على إسرائيل بأكثر من 300 مسيرة وصاروخ الليلة الماضية، واستهدفت الجماعة أحياء "
        "في البلدة بقذائف الهاون وصواريخ الكاتيوشا اليوم.",
        {"missile_launch": {"IRN"}},
    ),
    Case(
        "the accusative nisba after an indefinite accusative noun names the side",
        "قصف على ريف حماة",
        "أفادت وسائل إعلام رسمية بأن قصفا صاروخيا إسرائيليا استهدف موقعا عسكريا قرب حماة فجر اليوم.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "a space telescope is a payload",
        "إطلاق تلسكوب فضائي جديد",
        "أطلقت وكالة الفضاء الأمريكية ناسا أمس تلسكوبا جديدا لرصد الكواكب البعيدة من قاعدة في فلوريدا.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "a telescope launched about a decade ago is the past",
        "اكتشاف كواكب جديدة",
        "أعلن علماء اليوم اكتشاف كواكب جديدة بفضل التلسكوب الفضائي الذي أطلقته ناسا قبل نحو عقد من الزمن، ويعتزمون "
        "نشر نتائجهم قريبا.",
        {"space_launch": False},
    ),
    Case(
        "an approximate span before the launch is the past",
        "ذكرى التجربة",
        "استعاد التقرير الصاروخ الذي أطلقته كوريا الشمالية قبل ما يقرب من عشر سنوات فوق اليابان.",
        {"missile_launch": False},
    ),
    Case(
        "a span ago that starts a period does not date the launch",
        "تصعيد جديد في غزة",
        "يأتي هذا بعد أشد تصعيد منذ اندلاع الحرب قبل نحو أربع سنوات، فيما أطلقت الفصائل أمس نحو 50 صاروخا من غزة "
        "باتجاه إسرائيل.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a side saying it placed a satellite in orbit placed it",
        "بيونغ يانغ: قمرنا في المدار",
        "أعلنت كوريا الشمالية اليوم أنها وضعت قمرا صناعيا للاستطلاع في المدار بنجاح.",
        {"space_launch": {"PRK"}},
    ),
    Case(
        "the side named between an attempt and its launch owns the attempt",
        "فشل جديد",
        "فشلت اليوم المحاولة الثالثة لكوريا الشمالية لإطلاق قمر اصطناعي للتجسس بعد عطل في المرحلة الثانية.",
        {"space_launch": {"PRK"}},
    ),
    Case(
        "a plain rocket launched from a cosmodrome is a space launch of the site's side",
        "انفجار صاروخ",
        "قالت الوكالة إن الصاروخ انفجر في المرحلة الأولى من رحلته بعد إطلاقه من محطة سوهاي مساء أمس.",
        {"space_launch": {"PRK"}, "missile_launch": False},
    ),
    Case(
        "a crew leaving Baikonur is Russia's launch, and a clock time does not end the sentence",
        "عطل في صاروخ فضاء",
        "وانطلق رائدا الفضاء، كما كان مقررا في الساعة الثالثة عصرا (09:40 بتوقيت غرينتش)، من قاعدة بايكونور "
        "في كازاخستان اليوم.",
        {"space_launch": {"RUS"}},
    ),
    Case(
        "an achievement that consists in a launch is an aim",
        "نحو الفضاء",
        "تتسارع الخطى نحو إنجاز كبير يتمثل في إرسال أول رائدي فضاء من البلاد إلى محطة الفضاء الدولية.",
        {"space_launch": False},
    ),
    Case(
        "a Korean army's northern neighbour is North Korea",
        "سيول: صاروخ متوسط المدى",
        "قال الجيش الكوري الجنوبي اليوم إن جاره الشمالي أطلق صاروخا باليستيا متوسط المدى باتجاه البحر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the launches a drill included took place, whatever the drill simulated",
        "كيم يشرف على مناورة",
        "أشرف الزعيم الكوري الشمالي كيم جونغ أون أمس على مناورة تحاكي هجوما نوويا مضادا تضمنت إطلاق صاروخين "
        "باليستيين تكتيكيين.",
        {"missile_launch": True},
    ),
    Case(
        "a claim verb's subject after it claims the strike, not the target's nisba",
        "الحزب يتبنى القصف",
        "تبنى حزب الله في بيان اليوم قصف موقع عسكري إسرائيلي بصليات من صواريخ الكاتيوشا.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "a country struck does not lend its armed group to an unattributed strike",
        "ضربات على اليمن",
        "قال مسؤولون إن ضربات صاروخية استهدفت الليلة الماضية مواقع عسكرية في اليمن، دون أن يحددوا الجهة المنفذة.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the subject of a verb of carrying out and its partner carry out the strikes",
        "ضربات مشتركة",
        "نفذ الجيش الأمريكي بالاشتراك مع القوات البريطانية ضربات صاروخية على مواقع في اليمن الليلة الماضية.",
        {"missile_launch": {"USA", "GBR"}},
        exact=True,
    ),
    Case(
        "the side inside the description of what suffered the attack is the target",
        "هجوم على قاعدة",
        "تعرضت قاعدة جوية تستضيف قوات أمريكية لهجوم بصواريخ الكاتيوشا مساء أمس دون وقوع إصابات.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the strike a defence confronts, named with its side, took place",
        "الدفاعات الجوية تتصدى",
        "قالت وسائل إعلام رسمية إن الدفاعات الجوية تصدت لعدوان إسرائيلي بالصواريخ على محيط العاصمة الليلة الماضية.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "a side confirming the sending of its troops to the other is cooperation",
        "بيونغ يانغ تؤكد",
        "أكدت كوريا الشمالية أمس إرسال قوات إلى روسيا بأمر من قيادتها العليا.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "a bridge opened between the two, in the accusative, links them",
        "جسر بين البلدين",
        "افتتحت روسيا وكوريا الشمالية اليوم جسرا بريا فوق النهر الحدودي بينهما.",
        {"russia_dprk_cooperation": True},
    ),
    Case(
        "a fleet's north is not North Korea, even in a story that names Korea",
        "مناورات روسية واسعة",
        "تشمل المناورات الروسية نشر قوات إضافية وحشد سفن من أسطول الشمال اليوم، وقد تراقبها اليابان وكوريا الشمالية.",
        {"russia_dprk_cooperation": False},
    ),
    Case(
        "attacks in general, resumed by their verb after the instrument, are background",
        "محادثات سرية",
        "وأسفرت الغارات الجوية عن مقتل مئات المدنيين، فيما تسببت هجمات بالصواريخ عبر الحدود شنها الحوثيون على "
        "المملكة في سقوط عشرات القتلى.",
        {"missile_launch": False},
    ),
    Case(
        "a vow to shoot down any and all missiles fires none",
        "موسكو تتوعد",
        "تعهدت موسكو اليوم بإسقاط أي وجميع الصواريخ التي تستهدف حليفتها.",
        {"missile_launch": False},
    ),
    Case(
        "a launch's verbal noun inside a relative clause that describes a side is a description of it",
        "المرشد يتحدث",
        "اتهمت المملكة طهران بدعم الحوثيين، الذين حملتهم المملكة مسؤولية إطلاق صواريخ باليستية على مدنها.",
        {"missile_launch": False},
    ),
    Case(
        "in a story whose title and lead speak of no strike, uncounted undated launches further down are background",
        "الوزير يزور المعرض الدولي للكتاب",
        "افتتح وزير الثقافة اليوم معرض الكتاب الدولي بمشاركة مئات دور النشر. وقال الوزير إن المعرض يعكس حيوية "
        "المشهد الثقافي في البلاد. وأضاف أن المدينة صمدت رغم أن المسلحين أطلقوا صواريخ على أحيائها.",
        {"missile_launch": False},
    ),
    Case(
        "in a story of clashes, the same launch further down is news",
        "اشتباكات عنيفة على الحدود",
        "اندلعت اشتباكات عنيفة اليوم على الحدود بين الجانبين. وقال مصدر عسكري إن المواجهات استمرت ساعات. وأضاف أن "
        "المسلحين أطلقوا صواريخ على أحياء المدينة.",
        {"missile_launch": True},
    ),
    Case(
        "a rocket's lift-off from a launch base is a space launch of the base's side",
        "لحظة الانطلاق",
        "أظهرت لقطات مصورة لحظة انطلاق الصاروخ من قاعدة فاندنبرغ الجوية مساء أمس وعلى متنه قمر للرصد.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "a rocket's own pronoun is its object, whatever platform follows",
        "استعادة المرحلة الأولى",
        "نجحت الشركة في استعادة المرحلة الأولى من الصاروخ بعد إطلاقه من قاعدة كاب كانافيرال أمس، لتهبط على منصة "
        "عائمة في المحيط.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "the point missiles are fired from is a place, not a lift-off",
        "مخازن الصواريخ",
        "قال المتحدث اليوم إن المحافظة لا تزال نقطة انطلاق الصواريخ وتخزين الأسلحة المهربة.",
        {"missile_launch": False},
    ),
    Case(
        "the analysis of a launch its own clause dates does not make it analysis",
        "سيول تحلل بيانات الإطلاق",
        "قالت هيئة الأركان المشتركة في سيول إنها تقوم بتحليل مدى طيران الصاروخ الكوري الشمالي الذي أطلق فجر اليوم.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a launch detected of a presumed ballistic missile took place",
        "طوكيو ترصد إطلاقا",
        "أشارت وزارة الدفاع اليابانية اليوم إلى رصد إطلاق صاروخ باليستي مفترض من كوريا الشمالية.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "what Russia's defences intercept since 2022 is Ukraine's, whoever made the missile",
        "موسكو: إسقاط صواريخ غربية",
        "أعلنت وزارة الدفاع الروسية اليوم إسقاط صاروخين من طراز ستورم شادو بريطانيي الصنع فوق منطقة حدودية.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "before 2022 a Russian interception names no usual attacker",
        "الدفاعات الروسية تتصدى",
        "أعلنت وزارة الدفاع الروسية اليوم إسقاط صاروخين فوق قاعدة جوية تستخدمها قواتها.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-12T09:00:00+03:00",
        exact=True,
    ),
    Case(
        "a missile that hit a building was fired",
        "صاروخ يصيب مبنى سكنيا",
        "أكد الجيش الأوكراني أن صاروخا روسيا أصاب مبنى سكنيا في أوديسا اليوم ما أسفر عن مقتل خمسة أشخاص.",
        {"missile_launch": {"RUS"}},
    ),
    Case(
        "a strike verb's instrument after a quantity and a long target",
        "الحرس الثوري يعلن",
        "أعلن الحرس الثوري اليوم أنه استهدف قواعد عسكرية في عمق الأراضي المحتلة بعشرات الصواريخ الباليستية.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "a count since this morning is today's salvo, not a running total",
        "الحزب يطلق عشرات الصواريخ",
        "أطلق حزب الله نحو 100 صاروخ على شمال إسرائيل منذ صباح اليوم.",
        {"missile_launch": {"HEZBOLLAH"}},
    ),
    Case(
        "a defence's interceptor missiles are no launch at anyone",
        "الدفاعات تتصدى لأهداف مشبوهة",
        "أطلقت الدفاعات الجوية اليوم صواريخ اعتراضية نحو أهداف مشبوهة فوق الجليل دون أن تحدد طبيعتها.",
        {"missile_launch": False},
    ),
    Case(
        "a present strike that has gone on for days is going on now",
        "القوات تواصل تقدمها",
        "دخلت القوات الحكومية البلدة مساء الخميس بعد اتفاق مع المسلحين. وتقصف القوات الحكومية منذ أيام بالقذائف "
        "والصواريخ مواقع التنظيم في الأحياء الجنوبية للعاصمة.",
        {"missile_launch": True},
    ),
    Case(
        "missiles destroyed in their depots or as a strike's result were never fired",
        "نتائج الضربة",
        "كشفت تقارير اليوم أن الضربة على القاعدة أسفرت عن تدمير عدد كبير من الصواريخ، فيما أعلن التحالف تدمير "
        "مخازن صواريخ أخرى.",
        {"missile_launch": False},
    ),
    Case(
        "a defence that destroyed missiles intercepted them",
        "الدفاعات تدمر صاروخين",
        "أعلنت الدفاعات الجوية اليوم أنها دمرت صاروخين إسرائيليين فوق العاصمة.",
        {"missile_launch": {"ISR"}},
    ),
    Case(
        "the bare militia that launches is the article's one armed group, not the country it fires at",
        "الحوثيون يواصلون التصعيد",
        "قال المتحدث اليوم إن الصاروخين اللذين أطلقتهما الميليشيات نحو المملكة العربية السعودية اعترضا فوق جازان، "
        "وأكد أن الحوثيين يواصلون التصعيد.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "missiles a strike destroyed something with were fired by the striker, not destroyed",
        "تدمير 12 عربة للحوثيين بـ13 صاروخا",
        "شن طيران التحالف بقيادة السعودية اليوم غارات على تعزيزات للحوثيين. وقال مصدر محلي إن مروحيات أطلقت أكثر "
        "من 13 صاروخا على 12 عربة عسكرية للحوثيين.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
        exact=True,
    ),
    Case(
        "a side saying it is not the one that struck did not strike",
        "باريس: لسنا من شن الضربة",
        "قالت هيئة الأركان اليوم: لسنا من شن الضربة الصاروخية على المطار العسكري.",
        {"missile_launch": False},
    ),
    Case(
        "a strike's verbal noun with ب is no verb: what follows it is the target",
        "القمة تندد",
        "ندد البيان الختامي للقمة اليوم بقصف الأراضي السعودية بالصواريخ الباليستية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the doer named after قيام carries out the verbal noun that follows",
        "إدانة واسعة",
        "أدانت إيران اليوم قيام إسرائيل بقصف منشآت عسكرية بالصواريخ أمس.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the accused after an accusation noun launched, not the accusers",
        "اتهامات متبادلة",
        "وجهت سوريا وروسيا الاتهام أمس إلى إسرائيل بتنفيذ هجمات صاروخية ضد قاعدة جوية وسط البلاد.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "under a headline that asks, the body's undated launches are analysis",
        "هل تنجح الوساطة في تفادي مواجهة شاملة؟",
        "يرى مراقبون أن الوساطة تواجه صعوبات كبيرة بعد تبادل القصف بين الجانبين. وأطلقت إيران صواريخ على مواقع في "
        "الجولان ردا على غارات متكررة.",
        {"missile_launch": False},
    ),
    Case(
        "under a headline that weighs scenarios, the body's undated launches are analysis",
        "سيناريوهات المواجهة إن وقعت",
        "يتوقع خبراء أن تبدأ أي مواجهة بضربات جوية. وقد أطلق الحزب صواريخ على البلدات الحدودية ردا على الغارات.",
        {"missile_launch": False},
    ),
    Case(
        "a wounded resident's nationality is no launcher",
        "سقوط صاروخ في منطقة نائية",
        "أوضح المتحدث اليوم أن الصاروخ تم إطلاقه بطريقة متعمدة، وقد سقط في منطقة نائية، ولم ينتج عن ذلك سوى إصابة "
        "مقيم من الجنسية الباكستانية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a target's nisba elsewhere does not make it the origin of another side's missiles",
        "ليلة القصف",
        "أطلقت إيران أمس صواريخ على المواقع الإسرائيلية في الجولان. وقال مصدر عسكري إن صواريخ إسرائيلية استهدفت "
        "اليوم مستودع ذخيرة قرب العاصمة.",
        {"missile_launch": {"IRN", "ISR"}},
    ),
    Case(
        "after a passive auxiliary the pronoun on the launch noun is what was launched, not who launched",
        "اعتراض صواريخ",
        "أعلن التحالف اليوم أن الدفاعات الجوية السعودية اعترضت 7 صواريخ باليستية جرى إطلاقها من الأراضي اليمنية.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a launch counted in many times is a record",
        "سجل الصاروخ",
        "قالت الشركة المصنعة اليوم إن الجيوش استخدمت صواريخها أكثر من ألفي مرة في عمليات قتالية، بينما تمت "
        "تجربتها 500 مرة.",
        {"missile_launch": False},
    ),
    Case(
        "the attack a side vows to respond to happened; the response is the plan",
        "إسرائيل تتوعد بالرد على الهجوم الصاروخي الإيراني",
        "",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "a threat to respond with missiles is a plan",
        "الحوثيون يهددون",
        "هدد الحوثيون اليوم بالرد على الغارات بإطلاق صواريخ على العاصمة.",
        {"missile_launch": False},
    ),
    Case(
        "a mission launched to a celestial body is a space launch",
        "الصين تطلق مهمتها نحو المريخ",
        "أطلقت الهند اليوم مهمة إلى القمر من مركز ساتيش داوان.",
        {"space_launch": {"CHN", "IND"}},
    ),
    Case(
        "a mission to a place on Earth is a campaign",
        "الوزارة تطلق مهمة",
        "أطلقت الوزارة اليوم مهمة إغاثة إلى المناطق المنكوبة بالصواريخ والقذائف.",
        {"space_launch": False},
    ),
    Case(
        "the Islamic Resistance in Iraq is a side of its own",
        "استهداف قاعدة",
        "أعلنت المقاومة الإسلامية في العراق اليوم استهداف قاعدة التنف بالصواريخ.",
        {"missile_launch": {"OTHER:Islamic Resistance in Iraq"}},
        exact=True,
    ),
    Case(
        "two missiles that fell were fired",
        "سقوط صاروخين",
        "قالت خلية الإعلام الأمني إن صاروخين سقطا قرب مطار بغداد الدولي اليوم دون إصابات.",
        {"missile_launch": True},
    ),
    Case(
        "a rocket launcher fires missiles; it is no figurative platform",
        "منصة على شاحنة",
        "أطلقت منصة صواريخ مثبتة على شاحنة عدة صواريخ على القاعدة اليوم قبل أن تحترق.",
        {"missile_launch": True},
    ),
    Case(
        "a strike on missile launchers or stores launches none of them",
        "غارات على منصات",
        "استهدفت مقاتلات التحالف اليوم منصات صواريخ ومخازن أسلحة في محافظة صعدة، وأدت الغارات إلى تدمير منصة صواريخ.",
        {"missile_launch": False},
    ),
    Case(
        "preparations detected for an attack are a plan, not a launch detected",
        "تحضيرات لهجوم",
        "كشفت الوزارة اليوم أن الاستخبارات رصدت مؤخرا تحضيرات إيرانية لشن هجوم صاروخي على شمال إسرائيل.",
        {"missile_launch": False},
    ),
    Case(
        "a nisba after an official's title describes the official, not the strike",
        "هجوم صاروخي على قاعدة جوية",
        "استهدفت صواريخ فجر اليوم قاعدة جوية وسط البلاد. ويأتي هذا الهجوم بعيد حديث الرئيس الفرنسي مع نظيره الأمريكي.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a North Korean launch area, behind its place nouns, names the launcher",
        "سيول ترصد إطلاق صواريخ",
        "قال الجيش الكوري الجنوبي إنه رصد إطلاق عدة صواريخ قصيرة المدى من المنطقة المحيطة بمدينة هامهونغ صباح اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a craft that blew up minutes after its lift-off from a launch base was launched",
        "انفجار ستارشيب",
        "انفجرت المركبة الفضائية ستارشيب اليوم بعد دقائق من انطلاقها من قاعدة بوكا تشيكا في تكساس.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    Case(
        "what a drill is meant to repel has not been fired",
        "مناورات بحرية واسعة",
        "قالت القوات البحرية اليوم إن من شأن هذه المناورات صد هجمات صاروخية قد تشنها الطائرات والغواصات.",
        {"missile_launch": False},
    ),
    Case(
        "a side that voices worry about a launch of yesterday reacts to news and did not launch",
        "اليابان تبدي قلقها",
        "أبدت اليابان قلقا بالغا إزاء إطلاق صاروخ باليستي جديد أمس، وقالت إنه سقط خارج مياهها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a side that protests a launch did not launch",
        "طوكيو تحتج",
        "قدمت الحكومة اليابانية احتجاجا شديدا اليوم على إطلاق صاروخين باليستيين فجر اليوم.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the ل after a regret names what is regretted, not a purpose",
        "سيول تأسف",
        "أعربت الحكومة الكورية الجنوبية عن أسفها لإطلاق صاروخ قصير المدى صباح اليوم نحو البحر.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "worries about launches in general stay talk",
        "مخاوف يابانية",
        "أبدت اليابان في اجتماع الحلف مخاوف بشأن تجارب صاروخية قد تتكرر هذا العام.",
        {"missile_launch": False},
    ),
    Case(
        "the army and popular committees of Sanaa's media are the Houthi forces",
        "صاروخ باليستي على جيزان",
        "قال متحدث باسم الجيش واللجان الشعبية اليوم إن القوة الصاروخية أطلقت صاروخا باليستيا على معسكر في جيزان.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the coup militias of the coalition's statements are the Houthis",
        "صاروخ على مأرب",
        "سقط صاروخ باليستي أطلقته الميليشيات الانقلابية مساء اليوم على حي سكني في مدينة مأرب.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "قد with its conjunction before a present verb is a possibility",
        "منصة إطلاق متحركة",
        "قالت الاستخبارات الكورية الجنوبية اليوم إن الشمال نقل منصة إطلاق متحركة إلى الساحل وقد يطلق صاروخا خلال أيام.",
        {"missile_launch": False},
    ),
    Case(
        "expectations of a launch are no launch",
        "توقعات بإطلاق قمر صناعي عسكري الشهر المقبل",
        "رجحت مصادر في سيول اليوم أن يجري الشمال المحاولة الرابعة في الأسابيع المقبلة.",
        {"space_launch": False},
    ),
    Case(
        "the missiles with the speaker's pronoun after its complementiser are the speaker's own",
        "بيونغ يانغ تعلن نجاح تجربتها",
        "قالت بيونغ يانغ اليوم إن صواريخها الجديدة التي أطلقتها أمس أصابت أهدافها بدقة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a coast owned by the country after it with ل is where the launch came from",
        "رصد إطلاق صاروخ باليستي",
        "أطلق صاروخ باليستي من الساحل الشرقي لكوريا الشمالية صباح اليوم وحلق نحو 400 كيلومتر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a sentence opening with the launch verb goes on with the subject of the sentence before",
        "استعراض قوة جديد",
        "واصلت كوريا الشمالية تصعيدها العسكري في الأسابيع الأخيرة. وأطلقت صباح اليوم صاروخين قصيري المدى.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a missile that struck or destroyed something, right after the verb, was fired",
        "صاروخ يضرب مجمعا سكنيا",
        "ضرب صاروخ روسي مجمعا سكنيا في مدينة أوديسا فجر اليوم، ودمر صاروخ آخر مستودعا للحبوب.",
        {"missile_launch": {"RUS"}},
        published="2023-07-20T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a missile that reached a district was fired",
        "صاروخ باليستي على مأرب",
        "طال صاروخ باليستي حوثي حيا سكنيا في مدينة مأرب مساء اليوم.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "striking with missiles as an option is no strike",
        "الخيارات مطروحة",
        "قالت المتحدثة إن الضرب بالصواريخ أحد الخيارات المطروحة، وإن الرئيس لم يقرر بعد.",
        {"missile_launch": False},
    ),
    Case(
        "a country behind a place noun after على is the target, not the launcher",
        "حزب الله يطلق رشقة صواريخ على شمال إسرائيل",
        "",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "bare warplanes next to their verb are the air force the article names with its nisba",
        "غارات على غزة",
        "شنت مقاتلات حربية إسرائيلية غارات على شرق غزة الليلة الماضية. وقال مصدر محلي إن الطائرات الحربية أطلقت "
        "صاروخين على أرض زراعية قرب موقع يتبع لكتائب القسام. وردت فصائل فلسطينية بإطلاق قذائف صاروخية على "
        "مستوطنات الغلاف.",
        {"missile_launch": {"ISR", "GAZA"}},
        published="2024-04-14T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "the possibility of attacks is no attack",
        "استعدادات في الشمال",
        "ناقشت الحكومة الأحد إمكان شن هجمات صاروخية على البلدات الشمالية.",
        {"missile_launch": False},
        published="2024-04-14T10:00:00+03:00",
    ),
    Case(
        "after an announcing verb and its subject's title, the strike form is the verbal noun and its target follows",
        "رشقة صاروخية على تل أبيب",
        "أعلنت كتائب القسام الجناح العسكري لحركة حماس مساء اليوم قصف تل أبيب برشقة صاروخية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "missiles counted with بعدة are a strike's instrument however long its target",
        "قصف قاعدة أمريكية",
        "أعلنت المقاومة الإسلامية في العراق اليوم قصف قاعدة عسكرية أمريكية في أربيل بعدة صواريخ.",
        {"missile_launch": {"OTHER:Islamic Resistance in Iraq"}},
        exact=True,
    ),
    Case(
        "a plain rocket from a launch base is the classed missile the story fires from there",
        "روسيا تختبر صاروخ يارس من بليسيتسك",
        "أطلقت قوات الصواريخ الاستراتيجية الروسية اليوم صاروخا باليستيا عابرا للقارات من قاعدة بليسيتسك وأصاب هدفه.",
        {"missile_launch": {"RUS"}, "space_launch": False},
    ),
    Case(
        "an alert a side issues after a launch is no launch of its own",
        "اليابان تطلق إنذارا بعد صاروخ يحمل قمرا صناعيا",
        "قالت الحكومة اليابانية إن كوريا الشمالية أطلقت صباح اليوم صاروخا يحمل قمرا صناعيا.",
        {"space_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "Seoul's news agency names Korea, so its 'the North' is North Korea",
        "يونهاب: الشمال يطلق صاروخين باليستيين نحو البحر الشرقي",
        "",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a crew's lift-off named by their plural pronoun aboard a craft was a launch",
        "وصول طاقم جديد إلى المحطة",
        "وصل ثلاثة رواد فضاء إلى محطة الفضاء الدولية اليوم بعد انطلاقهم على متن مركبة سويوز من قاعدة بايكونور.",
        {"space_launch": {"RUS"}},
    ),
    Case(
        "Iran's spaceport named as a base",
        "إطلاق صاروخ حامل للأقمار الصناعية",
        "انطلق صاروخ حامل للأقمار الصناعية صباح اليوم من قاعدة الإمام الخميني الفضائية في سمنان.",
        {"space_launch": {"IRN"}, "missile_launch": False},
        exact=True,
    ),
    Case(
        "a side denying its part in a launch denies no launch, and did not launch",
        "طهران تنفي صلتها بالهجوم",
        "نفت طهران اليوم أي صلة لها بالهجوم الصاروخي الذي استهدف القاعدة الليلة الماضية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a present plural denial in a headline",
        "الحوثيون ينفون إطلاق صاروخ على المدمرة الأمريكية",
        "",
        {"missile_launch": False},
    ),
    Case(
        "what comes before the launch of a new satellite has that launch still ahead",
        "الزعيم يتفقد موقع الإطلاق قبل إطلاق قمر صناعي جديد",
        "تفقد الزعيم الكوري الشمالي اليوم موقع الإطلاق الفضائي في الساحل الغربي.",
        {"space_launch": False},
    ),
    Case(
        "under a headline that plans a launch, a day before the verbal noun dates who spoke of it, not the launch",
        "وكالة الفضاء سترسل مسبارا إلى أقرب نقطة من الشمس",
        "وقالت مديرة المشروع في مؤتمر صحفي يوم الجمعة إن إرسال مسبار إلى مكان لم تبلغه أي مركبة من قبل عمل طموح.",
        {"space_launch": False},
    ),
    Case(
        "a defence claiming in the first person to have downed missiles intercepted the other side's",
        "سلاح الجو: أسقطنا 30 صاروخا روسيا",
        "",
        {"missile_launch": {"RUS"}},
        published="2023-12-29T10:00:00+02:00",
        exact=True,
    ),
    Case(
        "a speaker's own interceptors in a reported clause are not the launch's",
        "أوكرانيا تعترض صاروخين فرط صوتيين",
        "قال قائد سلاح الجو الأوكراني اليوم إن قواته اعترضت صاروخين من طراز كينجال فوق العاصمة.",
        {"missile_launch": {"RUS"}},
        published="2024-07-08T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a first-person strike verb's subject is its speaker, not the country after it",
        "الحرس الثوري: ضربنا إسرائيل بمئتي صاروخ",
        "",
        {"missile_launch": {"IRN"}},
        published="2024-10-01T22:00:00+03:00",
        exact=True,
    ),
    Case(
        "an observation satellite's observing is no launch detected",
        "قمران لرصد الأرض في المدار",
        "وضع صاروخ المسيرة الطويلة الصيني قمرين صناعيين لرصد الأرض في مدارهما بعد إطلاقه من مركز جيوتشيوان صباح اليوم.",
        {"space_launch": {"CHN"}, "missile_launch": False},
    ),
    Case(
        "a launch a sentence stops is the one its lift-off word names too",
        "توقف الإطلاق في اللحظة الأخيرة",
        "توقف إطلاق فالكون 9 قبل ثانية واحدة من الإقلاع بعد أن أوقف الحاسوب المحركات تلقائيا.",
        {"space_launch": False},
    ),
    Case(
        "a phone, a feature or a name launched next to satellites and crews is no space launch",
        "شركة تطلق ميزة الاتصال بالأقمار الصناعية",
        "أطلقت الشركة اليوم هاتفها الجديد الذي يدعم الرسائل عبر الأقمار الصناعية. وأطلقت البلدية اسم رائد الفضاء "
        "على أحد شوارع المدينة.",
        {"space_launch": False},
    ),
    Case(
        "debris of a rocket falling back is no missile's flight",
        "سقوط حطام صاروخ في المحيط",
        "سقط حطام المرحلة الرئيسية لصاروخ فضائي صيني في المحيط الهندي اليوم بعد دخوله الغلاف الجوي.",
        {"missile_launch": False},
    ),
    Case(
        "a range-safety order to destroy a rocket is no interception",
        "فشل إطلاق صاروخ ياباني",
        "أصدرت وكالة الفضاء اليابانية أمر تدمير صاروخ إتش 3 بعد دقائق من إقلاعه اليوم.",
        {"space_launch": {"JPN"}, "missile_launch": False},
    ),
    Case(
        "a missile made against satellites is a missile, and what it destroyed no payload",
        "اختبار صاروخ مضاد للأقمار الصناعية",
        "أطلقت روسيا اليوم صاروخا مضادا للأقمار الصناعية دمر قمرا قديما في المدار.",
        {"missile_launch": {"RUS"}, "space_launch": False},
    ),
    Case(
        "a breaking headline naming missiles and where they flew, with no verb, reports a launch",
        "عاجل | رشقة صاروخية من لبنان على نهاريا",
        "",
        {"missile_launch": {"HEZBOLLAH"}},
        published="2024-09-25T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a nisba'd missile toward a town in a headline was fired",
        "صاروخ حوثي باتجاه إيلات",
        "",
        {"missile_launch": {"HOUTHI"}},
        published="2024-03-06T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "missiles on the table of talks are no launch",
        "عاجل | الصواريخ على الطاولة في محادثات جنيف",
        "",
        {"missile_launch": False},
    ),
    Case(
        "a missile that hits something in a headline's present tense was fired",
        "صاروخ باليستي إيراني يصيب مستشفى في بئر السبع",
        "",
        {"missile_launch": {"IRN"}},
        published="2025-06-19T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "what a side strikes in the present tense is the object, not the missile fired",
        "واشنطن تضرب صاروخين كانا معدين للإطلاق",
        "",
        {"missile_launch": False},
    ),
    Case(
        "a headline's launch from or toward somewhere is one launch, not launches in general",
        "عاجل | إطلاق رشقة صاروخية من جنوب لبنان باتجاه الجليل",
        "",
        {"missile_launch": {"HEZBOLLAH"}},
        published="2024-09-25T10:00:00+03:00",
    ),
    Case(
        "the ل after condemnations and their adjective names what is condemned",
        "إدانات جديدة لإطلاق صواريخ حوثية باتجاه السعودية",
        "دانت دول عربية اليوم إطلاق عدة صواريخ باليستية من قبل الحوثيين على الرياض.",
        {"missile_launch": {"HOUTHI"}},
    ),
    Case(
        "a nisba in the next clause, with the speaker who reports the interception, is not the missiles'",
        "صفارات الإنذار في حيفا",
        "دوت صفارات الإنذار في حيفا بعد رصد إطلاق نحو 40 صاروخا من لبنان، وقال الجيش الإسرائيلي إنه اعترض معظمها.",
        {"missile_launch": {"HEZBOLLAH"}},
        published="2024-09-25T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a weapon supplied to a side is fired by that side from the day it was supplied",
        "الدفاع الروسية: اعتراض ستة صواريخ أتاكمز فوق بريانسك",
        "",
        {"missile_launch": {"UKR"}},
        published="2024-11-19T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "before it was supplied, the weapon is its maker's",
        "الدفاعات السورية تعترض صواريخ ستورم شادو فوق حمص",
        "",
        {"missile_launch": {"GBR"}},
        published="2018-04-14T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a capital after a strike verb, with where the missile came from named, was struck",
        "قصفت تل أبيب بصاروخ فرط صوتي من اليمن",
        "قصفت منطقة تل أبيب فجر اليوم بصاروخ فرط صوتي أطلق من اليمن.",
        {"missile_launch": {"HOUTHI"}},
        published="2024-09-15T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a town of the Strip as where rockets were fired from",
        "صواريخ من رفح",
        "قال الجيش الإسرائيلي اليوم إن ثمانية صواريخ أطلقت من منطقة خان يونس باتجاه مدن الجنوب.",
        {"missile_launch": {"GAZA"}},
        published="2024-05-26T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a Russian border region as where missiles were fired from",
        "قصف صاروخي على خاركيف",
        "استهدفت صواريخ أطلقت من منطقة بريانسك مدينة سومي الأوكرانية مساء أمس.",
        {"missile_launch": {"RUS"}},
        published="2024-05-26T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a headline that asks whether a side will launch reports no launch",
        "هل تطلق إيران صواريخ على إسرائيل مجددا؟",
        "",
        {"missile_launch": False},
        published="2025-06-14T10:00:00+03:00",
    ),
    Case(
        "a headline that asks how many missiles a side fired is a tally",
        "كم صاروخا أطلقت الفصائل منذ بدء الحرب؟",
        "يقدر الجيش أن الفصائل أطلقت أكثر من 12 ألف صاروخ منذ بدء الحرب قبل ثلاثة أشهر.",
        {"missile_launch": False},
        published="2024-01-10T10:00:00+03:00",
    ),
    Case(
        "a side that denies launching lends itself to no launch of the article",
        "إيران تنفي إطلاق صواريخ على ناقلات",
        "نفت طهران اليوم أي علاقة لها بإطلاق صواريخ على ناقلات نفط في الخليج.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "an accusation after the strike, resuming it with a pronoun, names the launcher",
        "هجوم صاروخي على قاعدة عسكرية",
        "تعرضت قاعدة عين الأسد لهجوم صاروخي فجر اليوم، واتهمت واشنطن كتائب حزب الله بتنفيذه.",
        {"missile_launch": {"OTHER:Islamic Resistance in Iraq"}},
        published="2021-03-03T18:00:00+03:00",
        exact=True,
    ),
    Case(
        "warplanes with an indefinite Turkish nisba before the verb fired",
        "قصف على قرى عفرين",
        "قال المرصد اليوم إن مقاتلات تركية أطلقت صواريخ على قرى في ريف عفرين.",
        {"missile_launch": {"TUR"}},
        published="2018-02-14T12:00:00+03:00",
        exact=True,
    ),
    Case(
        "a side protesting a launch with a verb did not launch",
        "اليابان تحتج على إطلاق صاروخين سقطا في منطقتها الاقتصادية",
        "",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the North's weapons institute tests for it",
        "تجربة سلاح فرط صوتي جديد",
        "أعلنت وكالة الأنباء المركزية الكورية اليوم أن الأكاديمية الوطنية لعلوم الدفاع اختبرت أمس صاروخا فرط صوتي.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "rocket launchers as a strike's instrument fire missiles",
        "قصف على ريف درعا",
        "قصفت قوات النظام السوري أمس بلدات في ريف درعا الشرقي براجمات الصواريخ.",
        {"missile_launch": {"SYR"}},
        published="2018-06-25T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "a plural strike verb after its speaker's pronoun",
        "الحوثيون يعلنون استهداف بارجة",
        "وقال متحدث باسم الحوثيين اليوم إنهم استهدفوا بارجة إماراتية بصاروخين قبالة الساحل.",
        {"missile_launch": {"HOUTHI"}},
        published="2018-06-14T10:00:00+03:00",
        exact=True,
    ),
    Case(
        "an intention noun before the launch noun is a plan",
        "بيونغ يانغ تبلغ اليابان بنيتها إطلاق قمر صناعي",
        "أبلغت كوريا الشمالية خفر السواحل الياباني بعزمها إطلاق قمر صناعي خلال الأيام المقبلة.",
        {"space_launch": False},
    ),
    # ------------------------------------------------------------- 2018 reports: launches the auxiliary reports
    Case(
        "an uncounted plural launched after the auxiliary of completion is one launch reported",
        "غارات على مواقع في القطاع",
        "قصفت طائرات حربية موقعين في شمال القطاع مساء اليوم. وبحسب شهود عيان فقد تم إطلاق قذائف صاروخية من قطاع "
        "غزة نحو البلدات المجاورة عقب الغارات.",
        {"missile_launch": {"GAZA"}},
        published="2018-07-14T09:00:00+03:00",
    ),
    Case(
        "the same with the other auxiliary, in reported speech",
        "توتر على الحدود",
        "شهدت المنطقة الحدودية توترا كبيرا اليوم. وقال مصدر أمني إنه جرى إطلاق صواريخ من غزة باتجاه المستوطنات "
        "بعد ساعات من القصف.",
        {"missile_launch": {"GAZA"}},
        published="2018-07-14T09:00:00+03:00",
    ),
    Case(
        "the same with the auxiliary joined by and",
        "اشتباكات في الجنوب",
        "تجددت الاشتباكات في جنوب البلاد. وتم إطلاق صواريخ من قطاع غزة على مدينة عسقلان دون وقوع إصابات.",
        {"missile_launch": {"GAZA"}},
        published="2018-07-14T09:00:00+03:00",
    ),
    Case(
        "an attempt to launch with no outcome told is no launch (the launcher destroyed meanwhile)",
        "غارات تدمر منصة صواريخ",
        "دمرت طائرات التحالف مساء أمس منصة صواريخ في جبل قرب المدينة، أثناء محاولة المسلحين الحوثيين إطلاقها "
        "صاروخا باتجاه الأحياء السكنية.",
        {"missile_launch": False},
        published="2018-06-09T09:00:00+03:00",
    ),
    Case(
        "the same with the verb of attempting in a relative clause",
        "القضاء على خلية مسلحة",
        "قال الجيش اليوم إنه قضى على خلية مسلحة حاولت إطلاق صواريخ نحو البلدات الحدودية.",
        {"missile_launch": False},
        published="2018-06-09T09:00:00+03:00",
    ),
    Case(
        "an attempt whose failure is told took place",
        "فشل تجربة صاروخية",
        "فشلت اليوم محاولة كوريا الشمالية إطلاق صاروخ باليستي بعد ثوان من إقلاعه.",
        {"missile_launch": {"PRK"}},
        published="2018-06-09T09:00:00+03:00",
    ),
    Case(
        "the side a sentence says did not strike is not the article's bombarding side",
        "بريطانيا تنفي ضرب القاعدة",
        "أعلنت وزارة الدفاع البريطانية أن الجيش البريطاني لم يشن ضربات على القاعدة الجوية الواقعة شرق المدينة، "
        "التي استهدفت فجر اليوم. ونقلت الوكالة الرسمية عن مصدر عسكري أن عددا من الجنود قتلوا جراء الهجوم "
        "بالصواريخ على القاعدة.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-09T09:00:00+03:00",
        exact=True,
    ),
    Case(
        "the same with an intercepted attack and another denying side",
        "باريس: لسنا من قصف المطار",
        "قالت هيئة الأركان الفرنسية إن الجيش الفرنسي لم يشن غارات على المطار العسكري الذي استهدف الليلة الماضية. "
        "وذكر التلفزيون الرسمي أن الدفاعات الجوية تصدت للهجوم الصاروخي على المطار.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-09T09:00:00+03:00",
        exact=True,
    ),
    Case(
        "what a speaker said at that time tells a launch of then, though a later clause is dated today",
        "قائد سلاح الجو يكشف أرقاما جديدة",
        "كشف قائد سلاح الجو أرقاما جديدة عن المواجهة. لكن المتحدث باسم الجيش قال حينها إن قوات إيرانية في الجانب "
        "الآخر من الحدود أطلقت نحو 25 قذيفة أو صاروخا على مواقع عسكرية هناك، بينما تفيد المعلومات الجديدة، "
        "الأربعاء، بأن العدد 40.",
        {"missile_launch": False},
        published="2018-05-23T09:00:00+03:00",
    ),
    Case(
        "the same with another adverb of that time and an announcing verb",
        "حصيلة جديدة",
        "نشرت الوزارة حصيلة جديدة للهجوم. وأعلنت الوزارة في حينه أن مسلحين أطلقوا صواريخ على القاعدة، بينما أكدت "
        "اليوم الأربعاء أن الخسائر أكبر.",
        {"missile_launch": False},
        published="2018-05-23T09:00:00+03:00",
    ),
    Case(
        "a denial of where missiles came from takes the strike its relative clause tells as known",
        "عمان تنفي",
        "نفت الحكومة الأردنية اليوم أن تكون الصواريخ التي ضربت مواقع في ريف حماة مساء أمس قد انطلقت من أراضيها.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-30T09:00:00+03:00",
    ),
    Case(
        "the same with rocket shells that fell",
        "أنقرة ترد",
        "نفت وزارة الدفاع التركية أن تكون القذائف الصاروخية التي سقطت على البلدة فجر اليوم قد أطلقت من جانبها.",
        {"missile_launch": True},
        published="2018-04-30T09:00:00+03:00",
    ),
    Case(
        "a denial of reports that tell of a launch still denies it",
        "نفي التقارير",
        "نفى الجيش اليوم التقارير التي تحدثت عن إطلاق صاروخ من المنطقة الحدودية.",
        {"missile_launch": False},
        published="2018-04-30T09:00:00+03:00",
    ),
    Case(
        "missiles a side develops after the last strike are no instrument of that strike",
        "موسكو تفحص صاروخا",
        "قالت وزارة الدفاع الروسية اليوم إنها ستفحص الصاروخ الذي عثرت عليه القوات بعد الهجوم الأخير من أجل تطوير "
        "الصواريخ الروسية.",
        {"missile_launch": False},
        published="2018-04-25T09:00:00+03:00",
    ),
    Case(
        "tests whose aim is to develop a missile remain missile tests of the past",
        "تجارب كورية",
        "أجرت بيونغ يانغ العام الماضي سلسلة تجارب بهدف تطوير صاروخ عابر للقارات.",
        {"missile_launch": False},
        published="2018-04-25T09:00:00+03:00",
    ),
    Case(
        "the side killed fighters were loyal to is no launcher of the strike that killed them",
        "قصف على مواقع عسكرية",
        "أفاد مصدر طبي بمقتل 12 مقاتلا مواليا لنظام دمشق في القصف الصاروخي على المطار العسكري الليلة الماضية.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-30T09:00:00+03:00",
        exact=True,
    ),
    Case(
        "the same with the plural participle and another capital",
        "حصيلة الغارة",
        "قال ناشطون إن 8 عناصر موالين لحكومة طهران سقطوا في الهجوم الصاروخي على المعسكر فجر اليوم.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-30T09:00:00+03:00",
        exact=True,
    ),
    Case(
        "an outlet's nationality is no launcher of a strike its sites suffered, the targets and a comma between",
        "لقاء في دمشق",
        "التقى الرئيس السوري اليوم وفدا برلمانيا. يذكر أن وكالة إنترفاكس الروسية كانت قد تحدثت عن تعرض مواقع "
        "عسكرية في ريف حماة، لهجوم صاروخي، الإثنين.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-30T18:00:00+03:00",
        exact=True,
    ),
    Case(
        "a strike told in the pluperfect on a day of the past week is the news even with no launcher named",
        "مباحثات في الرياض",
        "بحث وزير الخارجية مع المبعوث الأممي الأوضاع. وكانت صحيفة الغارديان البريطانية قد أفادت بتعرض معسكر للقوات "
        "الحكومية قرب المدينة لهجوم صاروخي اليوم.",
        {"missile_launch": {"UNKNOWN"}},
        published="2018-04-30T18:00:00+03:00",
        exact=True,
    ),
    Case(
        "the same with missiles intercepted on the day",
        "الحوثيون يعلنون",
        "أعلن الحوثيون اليوم مقتل أحد قادتهم في غارة. يذكر أن الدفاعات كانت قد اعترضت صاروخين باليستيين استهدفا "
        "مدينة جازان، الإثنين.",
        {"missile_launch": True},
        published="2018-04-30T18:00:00+03:00",
    ),
    Case(
        "a plural threat noun with its possessor, then the strike after ب, is a threat",
        "ترامب يجتمع بفريقه",
        "ناقش الرئيس الأمريكي الخيارات العسكرية مع مستشاريه أمس، وجدد تهديداته بتوجيه ضربات صاروخية ردا على الهجوم "
        "الكيميائي في دوما.",
        {"missile_launch": False},
        published="2018-04-13T09:00:00+03:00",
    ),
    Case(
        "the same with the feminine possessor and a strike noun after its verbal noun",
        "باريس تلوح بالرد",
        "كررت فرنسا اليوم تهديداتها بشن هجوم صاروخي على مواقع النظام إذا ثبت استخدام السلاح الكيميائي.",
        {"missile_launch": False},
        published="2018-04-13T09:00:00+03:00",
    ),
    Case(
        "a verb of undertaking with the capital for subject and a time before على governs the launch noun",
        "تجربة كروز جديدة",
        "أقدمت بيونغ يانغ مساء أمس على إطلاق أربعة صواريخ كروز فوق البحر الأصفر، وفق هيئة الأركان في سيول.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a verb of undertaking with the North for subject and إلى",
        "استفزاز جديد",
        "وعمد الشمال صباح اليوم إلى إطلاق صاروخين باليستيين باتجاه بحر اليابان، بحسب الجيش الكوري الجنوبي.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the bare army with its own verb of carrying out, after the North's agency, is the agency's side",
        "بيونغ يانغ تؤكد التجربة",
        "أكدت وكالة الأنباء المركزية الكورية اليوم أن الجيش أجرى أمس تجربة لإطلاق صاروخ كروز استراتيجي فوق البحر "
        "الأصفر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the bare army with a launch verb, after an outlet in the North's capital",
        "إعلان رسمي",
        "ذكرت الوكالة الرسمية في بيونغ يانغ أن الجيش أطلق أمس ثلاثة صواريخ من طراز جديد نحو جزيرة غير مأهولة.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "the bare army with a launch verb, after Russia's ministry of defence",
        "تجربة في بحر بارنتس",
        "أعلنت وزارة الدفاع الروسية أن الجيش أطلق صاروخا من طراز تسيركون على هدف في بحر بارنتس خلال تدريبات.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the bare army detecting a launch is not the launcher",
        "رصد إطلاق",
        "ذكرت وكالة يونهاب أن الجيش رصد صباح اليوم إطلاق صاروخين من الساحل الشرقي لكوريا الشمالية.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a side behind a place noun after the launched object is on the missile's path, not its launcher",
        "طوكيو: صاروخ فوق أراضينا",
        "قالت الحكومة اليابانية صباح اليوم إن بيونغ يانغ أطلقت صاروخا عبر شمال اليابان باتجاه المحيط الهادئ.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a side behind the skies after the launched object is on the missile's path",
        "سيول ترصد إطلاقا",
        "أعلن الجيش الكوري الجنوبي أن كوريا الشمالية أطلقت صاروخا متوسط المدى عبر أجواء اليابان صباح اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a side right after a word of crossing after the launched object is on the missile's path",
        "صاروخ يعبر اليابان",
        "وقال المتحدث إن كوريا الشمالية أطلقت صاروخا باليستيا عبر اليابان قبل أن يسقط في المحيط.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a failed satellite launch credited to a foreign network (بحسب ما ذكرته) keeps the launcher",
        "فشل إطلاق قمر صناعي",
        "أعلنت كوريا الشمالية اليوم إخفاق أحدث محاولاتها في وضع قمر للتجسس في المدار، حيث انفجر في الجو بعد دقيقتين "
        "من إقلاعه، بحسب ما ذكرته وكالة أسوشيتد برس الأمريكية.",
        {"space_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a launch credited to a foreign paper (بحسب ما أوردته) keeps the launcher",
        "كوريا الشمالية تطلق صاروخا",
        "قالت سيول إن كوريا الشمالية أطلقت صاروخا باليستيا صباح اليوم.\nوسقط الصاروخ في البحر بعد تحليق دام نحو "
        "نصف ساعة من إطلاقه، بحسب ما أوردته صحيفة أساهي اليابانية.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a count of missiles fired within counted minutes is one salvo, not a running total",
        "ثمانية صواريخ في نصف ساعة",
        "قالت هيئة الأركان في سيول إن بيونغ يانغ أطلقت ثمانية صواريخ باليستية قصيرة المدى من ثلاثة مواقع خلال 40 "
        "دقيقة صباح اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a count of missiles fired within a few counted hours (a cardinal word) is news",
        "وابل من الصواريخ",
        "أطلقت كوريا الشمالية اثني عشر صاروخا خلال ثلاث ساعات باتجاه البحر الأصفر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a count of missiles over the year is still a running total",
        "حصيلة العام",
        "أطلقت كوريا الشمالية أكثر من 30 صاروخا خلال العام الجاري، بحسب إحصاء لوكالة يونهاب.",
        {"missile_launch": False},
    ),
    Case(
        "a test of an engine that a missile adjective describes is no launch",
        "اختبار في سوهاي",
        "أجرت كوريا الشمالية أمس اختبارا لمحرك صاروخي جديد عالي الدفع في موقع سوهاي.",
        {"missile_launch": False},
    ),
    Case(
        "a trial of an engine that a missile adjective describes, after the speaker's pronoun, is no launch",
        "بيونغ يانغ تعلن تجربة جديدة",
        "أعلنت بيونغ يانغ اليوم أنها أجرت تجربة لمحرك صاروخي يعمل بالوقود الصلب، ووصفتها بأنها ناجحة.",
        {"missile_launch": False},
    ),
    Case(
        "plural tests a verb of carrying out gives a subject and a day are that day's tests, and the subject launched",
        "أول تجربة منذ أشهر",
        "أجرت كوريا الشمالية صباح اليوم أول اختبارات لصواريخ كروز منذ أربعة أشهر، قبل زيارة مرتقبة لوزير الخارجية "
        "الأمريكي إلى سيول.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "plural trials carried out yesterday by the capital, with other states named after them",
        "تجارب جديدة",
        "نفذت بيونغ يانغ أمس تجارب لإطلاق صواريخ باليستية قصيرة المدى، بحسب هيئة الأركان في سيول ووزارة الدفاع "
        "اليابانية.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "plural tests carried out as a habit are no launch",
        "نهج ثابت",
        "تجري كوريا الشمالية تجارب صاروخية بانتظام منذ سنوات رغم العقوبات الدولية.",
        {"missile_launch": False},
    ),
    Case(
        "missiles fired from an area north of the North's capital, through two place nouns after من",
        "سيول ترصد صواريخ",
        "قالت هيئة الأركان في سيول إنها رصدت صاروخين باليستيين، تم إطلاقهما من منطقة شمال بيونغ يانغ، وحلقا نحو "
        "400 كيلومتر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "missiles fired from an area near the North's capital, through a place noun and a word of nearness",
        "صواريخ قصيرة المدى",
        "أعلن الجيش الكوري الجنوبي أنه رصد عدة صواريخ قصيرة المدى أطلقت من منطقة قرب بيونغ يانغ باتجاه البحر.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "interception practised in allied drills is no launch by the side whose missiles are named",
        "تدريبات ثلاثية",
        "أجرت سيول وواشنطن وطوكيو اليوم تدريبات على اعتراض صواريخ كوريا الشمالية الباليستية قبالة جزيرة جيجو.",
        {"missile_launch": False},
    ),
    Case(
        "a drill in the accusative on intercepting ballistic missiles is no launch",
        "تدريب ياباني",
        "أجرت قوات الدفاع الذاتي اليابانية صباح اليوم تدريبا على اعتراض الصواريخ الباليستية في طوكيو.",
        {"missile_launch": False},
    ),
    Case(
        "a verb of training with its subject before على اعتراض is no launch",
        "تدريب أمريكي",
        "تدربت القوات الأمريكية في اليابان اليوم على اعتراض صواريخ كوريا الشمالية باستخدام منظومة باتريوت.",
        {"missile_launch": False},
    ),
    Case(
        "a test with the possessive pronoun of the country an outlet speaks in is that country's",
        "اختبار صاروخ جديد",
        "أعلنت وسائل الإعلام الرسمية في كوريا الشمالية اليوم عن اختبارها لصاروخ باليستي جديد متوسط المدى، وسط "
        "انتقادات من واشنطن وطوكيو.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a launch with the possessive pronoun of the country the state television speaks in",
        "إطلاق جديد",
        "أكد التلفزيون الرسمي في كوريا الشمالية مساء اليوم إطلاقها صاروخين من طراز جديد باتجاه البحر، فيما دانت "
        "سيول وطوكيو الإطلاق.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    # ------------------------------------------------------------- space launches: plans, recalls, carriers
    Case(
        "a launch with tomorrow after it in the sentence is still ahead",
        "اليابان تتأهب لمهمة جديدة إلى المريخ",
        "تتأهب وكالة الفضاء اليابانية لمهمة جديدة إلى المريخ، بإطلاق صاروخ يحمل مسبارا صغيرا، فجر غد الأحد.",
        {"space_launch": False},
    ),
    Case(
        "tomorrow without its alef, after the launch noun and the site",
        "العلماء يترقبون مهمة الشمس",
        "يترقب العلماء إطلاق صاروخ يحمل مسبارا إلى الشمس من قاعدة في جنوب الهند مساء غد.",
        {"space_launch": False},
    ),
    Case(
        "the director of a satellite's launch speaks of its first picture: a job title, not a launch",
        "أول صورة من القمر الصناعي الجديد",
        "قال مدير إطلاق القمر الصناعي الكويتي إن القمر التقط صورته الأولى لجزيرة فيلكا وإن أجهزته تعمل بشكل جيد.",
        {"space_launch": False},
    ),
    Case(
        "the same job title in the feminine, before a probe",
        "المسبار يرسل بياناته الأولى",
        "أعلنت مديرة إطلاق المسبار القمري أن الكاميرا التقطت صورتها الأولى للقطب الجنوبي وأرسلتها إلى المحطة الأرضية.",
        {"space_launch": False},
    ),
    Case(
        "a docking story notes that the craft lifted off on a day of this month three days earlier: still news",
        "مركبة الإمداد ترسو عند المحطة",
        "رست مركبة الإمداد الروسية اليوم الأربعاء عند محطة الفضاء الدولية حاملة وقودا ومؤنا للطاقم. يذكر أن "
        "المركبة انطلقت يوم 12 مايو الجاري من قاعدة بايكونور على متن صاروخ سويوز.",
        {"space_launch": {"RUS"}},
        published="2024-05-15T12:00:00+03:00",
    ),
    Case(
        "a satellite in service, its launch told in the pluperfect on a weekday of the past week",
        "القمر المغربي الجديد يدخل الخدمة",
        "دخل القمر الصناعي المغربي الجديد الخدمة اليوم بعد اختبارات ناجحة. وكانت قاعدة كورو قد شهدت الاثنين "
        "عملية إطلاق القمر على متن صاروخ أريان.",
        {"space_launch": True},
    ),
    Case(
        "a satellite beginning to send its signals, with a possessive, sends data: no launch",
        "القمر الجديد يعمل",
        "أكد مركز التحكم أن القمر الصناعي الجديد بدأ إرسال إشاراته الأولى إلى المحطة الأرضية بعد دخوله المدار.",
        {"space_launch": False},
    ),
    Case(
        "the same with the signals definite",
        "القمر يبث",
        "واصل القمر الصناعي الإماراتي إرسال الإشارات إلى مركز التحكم في دبي طوال الليل.",
        {"space_launch": False},
    ),
    Case(
        "a probe's landing recalls its launch in the pluperfect months before: background",
        "المسبار يهبط على سطح القمر",
        "هبط المسبار الصيني بنجاح على الجانب البعيد من القمر. وكانت الصين قد أطلقت المسبار في 3 مارس الماضي من "
        "قاعدة ونتشانغ.",
        {"space_launch": False},
    ),
    Case(
        "an agreement signed today to send the first astronaut is a purpose, however historic the day",
        "الكويت توقع اتفاقية لإرسال أول رائد فضاء",
        "وقعت الكويت اليوم اتفاقية تاريخية لإرسال أول رائد فضاء كويتي إلى محطة الفضاء الدولية خلال العام المقبل.",
        {"space_launch": False},
    ),
    Case(
        "a US-owned launch company flying from New Zealand launches for the United States",
        "روكيت لاب تطلق قمرين",
        "أطلقت شركة روكيت لاب صباح اليوم صاروخا يحمل قمرين صغيرين للرصد إلى المدار من شبه جزيرة في نيوزيلندا.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "Blue Origin spelled without the second ya",
        "رحلة سياحية إلى حافة الفضاء",
        "أطلقت شركة بلو أوريجن اليوم صاروخها القابل لإعادة الاستخدام حاملا ستة سياح إلى حافة الفضاء من غرب تكساس.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "a state's plain rocket in a debris story that names its own launch vehicle is a space launch",
        "حطام صاروخ هندي في المدار",
        "تتابع وكالات الفضاء بقايا صاروخ هندي أطلقته الهند الأحد الماضي. وهذه البقايا هي المرحلة العليا لصاروخ بي إس "
        "إل في التي بقيت في المدار بعد نشر الأقمار.",
        {"space_launch": {"IND"}, "missile_launch": False},
    ),
    Case(
        "the same with the capital for the state and the launch vehicle in the next sentence",
        "بقايا صاروخ صيني تعود إلى الأرض",
        "يعود إلى الأرض خلال أيام جسم صاروخ صيني أطلقته بكين الخميس الماضي. ويزن الجسم نحو عشرين طنا وهو المرحلة "
        "الأساسية لصاروخ لونغ مارش 5 بي.",
        {"space_launch": {"CHN"}, "missile_launch": False},
    ),
    Case(
        "a test launched to develop a satellite: the satellite is the aim, not what was launched",
        "إيران تطلق تجربة جديدة لتطوير قمر صناعي للاتصالات",
        "أعلنت وكالة الفضاء الإيرانية اليوم أنها أجرت في قاعدة سمنان مرحلة جديدة من الاختبارات لتطوير قمر صناعي "
        "للاتصالات تنوي استكماله العام المقبل.",
        {"space_launch": False},
    ),
    Case(
        "the same aim in a headline's present tense",
        "الهند تطلق تجربة جديدة لتطوير قمر صناعي للتجسس",
        "ذكرت وسائل إعلام محلية أن الاختبار أجري أمس في مركز الفضاء بجنوب البلاد.",
        {"space_launch": False},
    ),
    Case(
        "a place after the route word and a compass noun is where the rocket flew, not its launcher",
        "بيونغ يانغ تحاول مجددا وضع قمر في المدار",
        "فشلت المحاولة الثالثة لكوريا الشمالية لوضع قمر استطلاع في المدار. وقالت الحكومة اليابانية صباح اليوم إن "
        "كوريا الشمالية أطلقت صاروخا عبر جنوب اليابان باتجاه المحيط الهادئ.",
        {"space_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a headline's present verb of suspending right before the launch noun stops the launch",
        "اليابان تعلق إطلاق صاروخها الجديد",
        "أعلنت الوكالة الخبر صباح اليوم، وقالت إن موعدا جديدا سيحدد لاحقا.",
        {"space_launch": False, "missile_launch": False},
    ),
    Case(
        "the same with the operation noun between the verb and the launch, before a named launcher",
        "كوريا الجنوبية تعلق عملية إطلاق صاروخ نوري",
        "قال المعهد إن خللا في أحد الصمامات رصد خلال الفحص.",
        {"space_launch": False},
    ),
    Case(
        "a notice that its launch is near, with the launch noun's possessive, is a plan",
        "إيران تعلن بقرب إطلاقها لصاروخ يحمل قمرا للاتصالات",
        "قال وزير الاتصالات إن الاستعدادات النهائية تجري في قاعدة سمنان.",
        {"space_launch": False},
    ),
    Case(
        "about to launch, with the definite launch noun",
        "الصين على وشك الإطلاق",
        "باتت الصين على وشك الإطلاق الأول لصاروخها الفضائي القابل لإعادة الاستخدام من قاعدة جيوتشيوان.",
        {"space_launch": False},
    ),
    Case(
        "the Progress cargo craft in the Egyptian spelling, lifting off in a relative clause",
        "شاحنة روسية ترسو بالمحطة الدولية",
        "أعلنت الوكالة أن الشاحنة بروجريس، التي انطلقت إلى الفضاء في 15 مايو الجاري من قاعدة بايكونور ويحملها "
        "صاروخ سويوز، رست اليوم بالمحطة.",
        {"space_launch": {"RUS"}},
    ),
    Case(
        "a probe lifting off from the Moon's surface with its samples is a stage of its mission, not a launch",
        "عينات القمر في طريقها إلى الأرض",
        "أقلع المسبار الصيني صباح اليوم من سطح القمر حاملا العينات نحو المركبة المدارية.",
        {"space_launch": False},
    ),
    Case(
        "the same with the lift-off verb of flight and a hop on the surface",
        "المسبار يغادر القمر",
        "انطلقت المركبة الفضائية الهندية أمس من سطح القمر في تجربة قفزة قصيرة قبل أن تهبط مجددا.",
        {"space_launch": False},
    ),
    Case(
        "a historic step praises the launch it reports; it does not place it in the past",
        "الهند تصل إلى القمر",
        "في خطوة تاريخية، أطلقت الهند صاروخا يحمل مسبارا إلى القطب الجنوبي للقمر.",
        {"space_launch": {"IND"}},
    ),
    Case(
        "the same praise opening the sentence of a crewed lift-off",
        "رائدة فضاء بيلاروسية",
        "في مهمة تاريخية، انطلق صاروخ سويوز من قاعدة بايكونور حاملا أول رائدة فضاء بيلاروسية إلى المحطة الدولية.",
        {"space_launch": {"RUS"}},
    ),
    Case(
        "a space agency ordering the destruction of its own rocket after lift-off intercepted nothing",
        "فشل إطلاق ياباني",
        "أمرت وكالة الفضاء اليابانية بتدمير صاروخها بعد دقائق من إقلاعه صباح اليوم لفقدان الاتصال بالمرحلة الثانية.",
        {"missile_launch": False},
    ),
    Case(
        "the same order given by a private company, seconds after its rocket lifted off",
        "شركة أمريكية تفقد صاروخها الجديد",
        "أمرت الشركة الأمريكية الخاصة بتدمير صاروخها الجديد بعد ثوان من انطلاقه من تكساس.",
        {"missile_launch": False},
    ),
    Case(
        "the test flight of a named launch vehicle is its launch",
        "ستارشيب في رحلتها السابعة",
        "نفذت الشركة الأمريكية اليوم الرحلة التجريبية السابعة لصاروخ ستارشيب من قاعدتها في جنوب تكساس.",
        {"space_launch": {"USA"}},
    ),
    Case(
        "a first uncrewed test flight of a crew capsule",
        "الهند تختبر كبسولتها",
        "أجرت الهند صباح اليوم بنجاح أول رحلة تجريبية غير مأهولة لكبسولة غاغانيان فوق خليج البنغال.",
        {"space_launch": {"IND"}},
    ),
    Case(
        "a test flight being prepared for next month is a plan",
        "استعدادات لرحلة جديدة",
        "تستعد الشركة لرحلة تجريبية جديدة لصاروخ ستارشيب الشهر المقبل بعد حصولها على الترخيص.",
        {"space_launch": False},
    ),
    Case(
        "a neighbour's suspected ballistic missile on the day of the same side's satellite launch is that launch",
        "بيونغ يانغ تطلق صاروخا من محطة سوهاي",
        "أطلقت كوريا الشمالية مساء اليوم مقذوفا من محطة سوهاي لإطلاق الأقمار الصناعية بعد ساعات من إعلانها عزمها "
        "وضع قمر في المدار. وقالت وزارة الدفاع اليابانية إن بيونغ يانغ أطلقت ما يشتبه بأنه صاروخ باليستي.",
        {"space_launch": {"PRK"}, "missile_launch": False},
    ),
    Case(
        "a suspected ballistic missile with no space launch in the story is still a missile launch",
        "اليابان: بيونغ يانغ تطلق صاروخا",
        "قالت وزارة الدفاع اليابانية صباح اليوم إن كوريا الشمالية أطلقت ما يشتبه بأنه صاروخ باليستي سقط في البحر.",
        {"missile_launch": {"PRK"}, "space_launch": False},
    ),
    Case(
        "the craft named before 'in its first test flight' is what will make the flight, not a launch reported",
        "تدريبات الطاقم",
        "يتدرب الرائدان على ركوب المركبة الفضائية دراغون إلى المحطة الدولية في أول رحلة تجريبية بطاقم.",
        {"space_launch": False},
    ),
    Case(
        "a satellite launch vehicle unveiled is a thing named, not a launch",
        "الهند تطور مركبة جديدة",
        "كشفت الهند اليوم عن مركبة إطلاق أقمار صناعية صغيرة يمكن إعادة استخدامها.",
        {"space_launch": False},
    ),
    Case(
        "the same vehicle noun, definite, as a model shown at a fair",
        "معرض الفضاء",
        "عرضت الشركة الناشئة في المعرض نموذجا لمركبة إطلاق الأقمار الصناعية التي تعمل عليها.",
        {"space_launch": False},
    ),
    Case(
        "a headline's rocket told only by its range is the satellite launch its text reports",
        "مجلس الأمن يدين إطلاق إيران صاروخا بعيد المدى",
        "أطلقت إيران أمس صاروخا بعيد المدى يحمل قمرا صناعيا للاتصالات ووضعته في المدار.",
        {"space_launch": {"IRN"}, "missile_launch": False},
    ),
    Case(
        "a range-only rocket in the headline with no satellite in the story is still a missile",
        "اليابان تدين إطلاق كوريا الشمالية صاروخا بعيد المدى",
        "قالت طوكيو إن الصاروخ سقط في المنطقة الاقتصادية الخالصة لليابان صباح اليوم.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a launch of today with a council meeting tomorrow in a later clause is still today's news",
        "بيونغ يانغ تطلق صاروخا",
        "أعلنت كوريا الشمالية إطلاق صاروخ باليستي اليوم، ويجتمع مجلس الأمن غدا لبحث الإطلاق.",
        {"missile_launch": {"PRK"}},
    ),
    Case(
        "a lift-off today with the docking expected tomorrow",
        "سويوز تنطلق إلى المحطة",
        "انطلق صاروخ سويوز اليوم من بايكونور، ومن المنتظر أن تلتحم المركبة بالمحطة غدا.",
        {"space_launch": {"RUS"}},
    ),
    Case(
        "the next test flight of a launch vehicle is still ahead",
        "ماسك يتحدث عن ستارشيب",
        "أعلن ماسك أن الرحلة التجريبية المقبلة لصاروخ ستارشيب ستكون خلال أسابيع من قاعدة الشركة في تكساس.",
        {"space_launch": False},
    ),
    Case(
        "today's unspecified rocket beside a satellite launch recalled on the side's own launch vehicle is a missile",
        "بيونغ يانغ تطلق صاروخا",
        "قالت هيئة الأركان الكورية الجنوبية إن كوريا الشمالية أطلقت صاروخا غير محدد باتجاه البحر الشرقي صباح "
        "اليوم. وكانت بيونغ يانغ قد وضعت في نوفمبر الماضي قمرا للاستطلاع في المدار على متن صاروخ تشوليما-1.",
        {"missile_launch": {"PRK"}, "space_launch": False},
    ),
    Case(
        "the same with last year's satellite launch on an Iranian launcher",
        "إيران تطلق صاروخا",
        "أطلقت إيران صاروخا اليوم من قاعدة في الصحراء. وكانت قد أطلقت قمرا بصاروخ سيمرغ العام الماضي.",
        {"missile_launch": {"IRN"}, "space_launch": False},
    ),
    Case(
        "a take-off verb lifts a plain rocket noun with the satellite it carries named further on",
        "رحلة شحن جديدة",
        "أقلع الصاروخ من جزيرة تانيغاشيما مساء اليوم بعد تأجيل دام يومين حاملا قمرا صناعيا لرصد الطقس.",
        {"space_launch": True},
    ),
    Case(
        "the same with the verb first and the rocket after a place, a time and a comma",
        "طاقم جديد",
        "وأقلع من كازاخستان فجر اليوم، بعد تأجيل قصير، صاروخ يقل ثلاثة من رواد الفضاء.",
        {"space_launch": True},
    ),
    Case(
        "fighter jets taking off and firing missiles are no space launch",
        "غارات على مواقع المسلحين",
        "أقلعت المقاتلات من القاعدة الجوية فجر اليوم وأطلقت صواريخ على مواقع المسلحين في الجبال.",
        {"space_launch": False},
    ),
    Case(
        "a mission launched to explore a planet is a spacecraft",
        "مهمة يابانية",
        "أطلقت اليابان اليوم مهمة جديدة لاستكشاف المريخ وقمريه من مركز تانيغاشيما.",
        {"space_launch": {"JPN"}},
    ),
    Case(
        "the same with the launch noun and a purpose of study",
        "الصين والقمر",
        "نجحت الصين أمس في إطلاق مهمة لدراسة القمر من قاعدة شيتشانغ.",
        {"space_launch": {"CHN"}},
    ),
    Case(
        "a research mission to study the soil of a desert is no space launch",
        "جامعة تطلق مهمة",
        "أطلقت الجامعة اليوم مهمة بحثية لدراسة التربة في الصحراء الغربية.",
        {"space_launch": False},
    ),
    Case(
        "a woman astronaut, definite, as the subject of the lift-off",
        "رحلة إلى المحطة",
        "انطلقت رائدة الفضاء الإماراتية صباح اليوم إلى المحطة الدولية في مهمة تستمر أسبوعين.",
        {"space_launch": True},
    ),
    Case(
        "a rover as the subject of the lift-off, bound for a planet",
        "رحلة إلى الكوكب الأحمر",
        "انطلقت المركبة الجوالة الأوروبية مساء السبت من غويانا، وتصل إلى المريخ بعد تسعة أشهر.",
        {"space_launch": True},
    ),
    Case(
        "a patrol vehicle is no rover in space",
        "الشرطة والشوارع",
        "أطلقت الشرطة اليوم مركبة جوالة جديدة لمراقبة الشوارع في العاصمة.",
        {"space_launch": False},
    ),
    Case(
        "a rover that landed is no launch",
        "هبوط ناجح",
        "هبطت المركبة الجوالة اليوم على سطح المريخ بعد رحلة استغرقت سبعة أشهر.",
        {"space_launch": False},
    ),
    Case(
        "a launch postponed in the passive is not reported as done",
        "تأجيل جديد",
        "أُجّل إطلاق القمر الصناعي الجديد للاتصالات مرة أخرى إلى الشهر المقبل بسبب عطل فني.",
        {"space_launch": False},
    ),
    Case(
        "the satellite launched today for the sake of a service is still launched",
        "قمر جديد",
        "أطلقت الهند اليوم قمرا صناعيا للاتصالات من أجل إطلاق خدمات الإنترنت في القرى.",
        {"space_launch": {"IND"}},
    ),
    Case(
        "a plural lift-off verb after the crew and their countries",
        "طاقم جديد إلى المحطة",
        "قالت الوكالة إن ثلاثة رواد فضاء من كندا والهند وألمانيا انطلقوا، صباح اليوم، نحو محطة الفضاء الدولية.",
        {"space_launch": True},
    ),
    Case(
        "the SpaceX vehicle written as two words is a launch vehicle, not a missile",
        "انفجار في تكساس",
        "تحطم صاروخ «ستار شيب» في خليج المكسيك بعد دقائق من إقلاعه من قاعدة الشركة صباح اليوم.",
        {"space_launch": {"USA"}, "missile_launch": False},
    ),
    # ------------------------------------------------------------- launchers among targets, hosts and makers
    Case(
        "the nisba after a headquarters or centre an announced strike hit names whose it was",
        "الحرس الثوري يعلن استهداف مركز إسرائيلي شمال العراق",
        "وقالت سلطات إقليم كردستان إن صواريخ باليستية سقطت فجر اليوم قرب أربيل دون أن تسفر عن ضحايا.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "the forces a struck base contains, in the background strike, did not fire the day's rockets",
        "صاروخان على قاعدة التاجي",
        "أفاد مصدر أمني بسقوط صاروخين على قاعدة التاجي اليوم. ويأتي ذلك بعد يوم من هجوم استهدف قاعدة بلد التي تضم "
        "قوات أمريكية بخمسة صواريخ.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a country right after a direction noun is where the struck camp lies",
        "هجوم على معسكر",
        "استهدف هجوم بأربعة صواريخ فجر اليوم معسكرا شمالي العراق.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the capital that suffered a rocket attack, and the strike verb after it, is its target",
        "هجوم على دمشق",
        "تعرضت العاصمة السورية دمشق ليل أمس لهجوم صاروخي استهدف حي المزة. وقالت وزارة الدفاع إن الصواريخ أطلقت من "
        "منصة متنقلة.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a participle of using after a strike verb: its subject fired the foreign-made missiles",
        "موسكو تتهم كييف",
        "أعلنت موسكو أن القوات الأوكرانية قصفت مطارا عسكريا في القرم، مستخدمة صواريخ بريطانية الصنع.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "the same participle with no comma, and American-made missiles",
        "هجوم على منشأة نفطية",
        "قال الجيش الروسي اليوم إن الوحدات الأوكرانية هاجمت منشأة نفطية في بريانسك مستخدمة صواريخ أمريكية الصنع.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "the side in a relative clause after the strike noun's adjectives fired, not the condemner",
        "فرنسا تدين",
        "دانت فرنسا الهجمات الصاروخية الأخيرة العنيفة التي شنتها طهران أمس على مدن إسرائيلية.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "a test told with two adjectives before the relative clause naming who carried it out",
        "قلق في طوكيو",
        "أثارت التجربة الصاروخية الجديدة الناجحة التي أجرتها بكين أمس قلق طوكيو وسيول.",
        {"missile_launch": {"CHN"}},
        exact=True,
    ),
    Case(
        "an approximate count behind ب is a strike noun's instrument, not a missile an interception took",
        "هجوم روسي واسع",
        "شنت القوات الروسية صباح اليوم هجوما على أوكرانيا بأكثر من 40 صاروخا بعد ساعات على إسقاط الدفاعات الأوكرانية "
        "12 مسيرة.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the same with an approximate count after the target city",
        "قصف على أوديسا",
        "شن الجيش الروسي ليل أمس هجوما على مدينة أوديسا بنحو 15 صاروخا، فيما أعلن سلاح الجو الأوكراني تدمير طائرات "
        "مسيرة.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a strike verb, its target, and more than ten rockets",
        "قصف في الجنوب",
        "قصفت القوات الإسرائيلية فجر اليوم مواقع في جنوب لبنان بأكثر من عشرة صواريخ.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "an intercepted missile attack takes the side the headline shows attacking",
        "الدفاع الكويتية: تصدينا لهجوم إيراني على قاعدة عريفجان",
        "أعلنت وزارة الدفاع الكويتية مساء اليوم أن منظومات الدفاع الجوي اعترضت هجوما صاروخيا استهدف قاعدة عريفجان "
        "دون خسائر.",
        {"missile_launch": {"IRN"}},
        exact=True,
    ),
    Case(
        "the same with a downed attack and a two-word nisba in the headline",
        "سيول: قواتنا أسقطت هجوما كوريا شماليا",
        "قالت هيئة الأركان المشتركة إن الدفاعات الجوية أسقطت هجوما صاروخيا على جزيرة يونبيونغ صباح اليوم.",
        {"missile_launch": {"PRK"}},
        exact=True,
    ),
    Case(
        "a claim of responsibility reaches its launches through the day and a quantity",
        "كييف تتبنى",
        "أعلن الجيش الأوكراني مسؤوليته اليوم السبت عن سلسلة من الضربات الصاروخية على مخازن ذخيرة في زابوريجيا.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "the same claim with a time of day and 'several' strikes",
        "هجمات على قاعدة حرير",
        "أعلنت المقاومة الإسلامية في العراق مسؤوليتها فجر اليوم عن عدة هجمات صاروخية على قاعدة حرير.",
        {"missile_launch": {"OTHER:Islamic Resistance in Iraq"}},
        exact=True,
    ),
    Case(
        "plural tests the clause says took place are particular launches, not tests in general",
        "مناورات في إيران",
        "بث التلفزيون الإيراني اليوم مشاهد لمناورات عسكرية في الجنوب. وقالت وكالة تسنيم إن التجارب الصاروخية جرت قرب "
        "بندر عباس وشيراز.",
        {"missile_launch": True},
    ),
    Case(
        "the same with launch tests and yesterday",
        "تجارب في غوبي",
        "ذكرت وسائل إعلام صينية أن تجارب إطلاق الصواريخ جرت أمس في صحراء غوبي.",
        {"missile_launch": True},
    ),
    Case(
        "the same through an adjective of recency and a passive verb",
        "بيان عسكري",
        "أعلن الجيش الباكستاني اليوم أن التجارب الصاروخية الأخيرة أجريت بنجاح في إقليم السند.",
        {"missile_launch": True},
    ),
    Case(
        "plural tests worried about are still no reported launch",
        "قلق إقليمي",
        "قال محللون إن التجارب الصاروخية تثير قلق الجيران.",
        {"missile_launch": False},
    ),
    Case(
        "the two sides of an exchange of strikes are no coalition: only the one said to fire launched",
        "ليلة من الضربات",
        "تبادلت الهند وباكستان شن الضربات الليلة الماضية، وقال الجيش الباكستاني إن الهند أطلقت ستة صواريخ على ثلاث "
        "قواعد جوية.",
        {"missile_launch": {"IND"}},
        exact=True,
    ),
    Case(
        "the same with attacks exchanged overnight",
        "ليلة من الهجمات",
        "تبادلت روسيا وأوكرانيا الهجمات خلال الليل، وأعلنت كييف أن القوات الروسية أطلقت 20 صاروخا على خاركيف.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the launch a strike answers ('ردا على') was not fired by the side striking in answer",
        "غارات على الحديدة",
        "شنت مقاتلات إسرائيلية أمس غارات على ميناء الحديدة ردا على استهداف الحوثيين مدينة إيلات بصاروخ باليستي.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "nor does the article's striking side take the answered launch when no launcher is named for it",
        "ضربات أمريكية في سوريا",
        "قصفت القوات الأمريكية مواقع في سوريا فجر اليوم ردا على قصف الفصائل قاعدة التنف بالصواريخ.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the side a meeting is requested by did not fire the rockets it will condemn",
        "جلسة طارئة",
        "سقطت ثلاثة صواريخ على مدينة سديروت مساء أمس، ويعقد مجلس الأمن جلسة اليوم بطلب أمريكي لإدانة الهجمات "
        "الصاروخية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same requester of a session about rockets that hit an airport",
        "جلسة لمجلس الأمن",
        "يعقد مجلس الأمن اليوم جلسة بطلب بريطاني لإدانة الهجمات الصاروخية التي استهدفت مطار أربيل أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the forces a headline's struck base contains are its occupants, with the missile noun before the base",
        "قصف صاروخي يستهدف قاعدة عسكرية تضم قوات فرنسية قرب أربيل",
        "قالت مصادر أمنية إن صاروخين سقطا داخل القاعدة فجر اليوم دون إصابات.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "an attack nobody claimed shows no side bombarding, whoever is said not to comment",
        "صاروخ على قاعدة عين الأسد",
        "سقط صاروخ كاتيوشا داخل قاعدة عين الأسد مساء أمس، ولم تعلن أي جهة مسؤوليتها عن الهجوم ولم يصدر الجانب "
        "الأمريكي أي تعليق.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the nisba after the air-defence system that intercepted names the system's side, not the launcher",
        "إنذارات في تل أبيب",
        "قال الجيش الإسرائيلي إن صفارات الإنذار دوت في تل أبيب، وجرى اعتراض الصاروخ باستخدام منظومة ثاد الأمريكية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same system nisba after a named launcher's missile",
        "صاروخ نحو إيلات",
        "أطلق الحوثيون صاروخا باليستيا نحو إيلات، وتم اعتراض الصاروخ بواسطة منظومة باتريوت الأمريكية.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a definite noun opening a headline before a present strike verb is its subject; the city after is struck",
        "المقاومة تقصف تل أبيب بصواريخ بعيدة المدى",
        "",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same headline shape, with the group named in the text",
        "الحركة تقصف حيفا برشقة صاروخية",
        "أعلنت حركة الجهاد الإسلامي مساء اليوم أنها قصفت حيفا برشقة صاروخية.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "missiles coordinated after the drones whose launch pads a strike hit were its target, not fired",
        "ضربات على الحديدة",
        "قال مسؤول أمريكي إن الضربات الأمريكية البريطانية استهدفت فجر اليوم منصات مسيرات وصواريخ في الحديدة.",
        {"missile_launch": False},
    ),
    Case(
        "a first-person strike in a spokesman's headline is the speaker's, not the coalition's named in the text",
        "الحوثيون: قصفنا إيلات بصاروخين",
        "قال المتحدث العسكري باسم الحوثيين اليوم إن قواته استهدفت ميناء إيلات بصاروخين باليستيين، وإن العدوان الأمريكي "
        "البريطاني لن يوقف عملياتهم.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the same with the coalition's strikes named only in the text's statement",
        "حزب الله: استهدفنا قاعدة ميرون بصواريخ",
        "أكد حزب الله في بيان اليوم أن الضربات الأمريكية الإسرائيلية على لبنان لن تثنيه عن مواصلة عملياته.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "missiles behind the instrument's ب after struck bases were fired at them, not stored there",
        "الجيش الباكستاني: الهند قصفت ثلاث قواعد بالصواريخ",
        "",
        {"missile_launch": {"IND"}},
        exact=True,
    ),
    Case(
        "the same after depots, with the store's own missiles still no launch",
        "غارات قرب دمشق",
        "استهدفت الطائرات الإسرائيلية مخازن بالصواريخ قرب دمشق الليلة، بينما نجت مخازن صواريخ أخرى في المنطقة.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the country of a dateline before the agency in brackets is no launcher",
        "تحليل: تصعيد جديد",
        "واشنطن، الولايات المتحدة الأمريكية (CNN)-- ليلة الجمعة أطلقت القيادة العسكرية للحوثيين المدعومة من طهران "
        "أكبر ضربة صواريخ باليستية نحو المملكة.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the same with a strike noun that has no subject of its own",
        "قصف على ريف حماة",
        "أتلانتا، الولايات المتحدة الأمريكية (CNN)-- قالت مصادر محلية إن ضربة صواريخ استهدفت مخازن سلاح في ريف حماة "
        "مساء الخميس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with a British dateline",
        "قصف على ريف حماة",
        "لندن، المملكة المتحدة (CNN)-- قالت مصادر محلية إن ضربة صواريخ استهدفت مخازن سلاح في ريف حماة مساء الخميس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a capital after its countryside or oasis is a place, not the government that claims or is held responsible",
        "قتلى في سوق شعبي",
        "وحملت الوكالة الرسمية من وصفتهم بالمتشددين في غوطة دمشق الشرقية مسؤولية الهجوم الصاروخي على السوق أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with the countryside of the capital",
        "قتلى في حي سكني",
        "وحمل التلفزيون الرسمي مسلحين في ريف دمشق مسؤولية القصف الصاروخي الذي طال الحي مساء أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a launch after as-for and if is supposed, not reported",
        "معضلة الردع",
        "يرى مسؤولون أن الرد يبقى صعبا، أما إن أطلقت كوريا الشمالية صاروخا نحو جزيرة غوام فسيصعب معرفة ما يحمله.",
        {"missile_launch": False},
    ),
    Case(
        "the same with an intransitive launch verb",
        "معضلة الردع",
        "وأكد قادة عسكريون المعضلة، أما إن انطلق صاروخ نحو اليابان فإن التحقق من حمولته سيستغرق وقتا.",
        {"missile_launch": False},
    ),
    Case(
        "a side after the lam of a missile strike noun, with the target after على, is the striker",
        "غارات على صعدة",
        "وترافقت الغارات مع قصف صاروخي للتحالف العربي على تجمعات الحوثيين في صعدة اليوم.",
        {"missile_launch": {"OTHER:Saudi-led coalition"}},
        exact=True,
    ),
    Case(
        "the same with a state and a target named as a place",
        "إدانة عربية",
        "وأدان الوزير الهجوم الصاروخي لإسرائيل على غزة اليوم.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "Syrian as a feminine nisba after a strike noun and its adjective names the striking side",
        "قصف على الغوطة",
        "وجاء ذلك بالتزامن مع غارات جوية سورية مكثفة وبالصواريخ الموجهة استهدفت بلدات الغوطة أمس.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "the same right after the strike noun",
        "قصف على إدلب",
        "وشنت ضربات سورية بالصواريخ على بلدات في ريف إدلب أمس.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "missiles after an expert noun name the trade of the people killed, not a launch",
        "مقتل خبيري صواريخ في غارة على صعدة",
        "وأفادت مصادر بمقتل عدد من المسلحين في الغارة.",
        {"missile_launch": False},
    ),
    Case(
        "the same with one expert and his nationality",
        "غارة على موقع للحوثيين",
        "وقتل خبير صواريخ إيراني في غارة جوية استهدفت موقعا للحوثيين أمس.",
        {"missile_launch": False},
    ),
    Case(
        "the attackers after their launch verb leave the launcher unknown, not the nisba of a minister's assertions",
        "الوزير يشكك في نتائج الضربات",
        "وكرر الوزير التأكيدات الروسية بأن نصف الصواريخ التي أطلقها المهاجمون فجر السبت أسقطت قبل بلوغ أهدافها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the nisba of the ships a launch was fired from names the launcher",
        "موسكو تكشف تفاصيل الضربة",
        "وقالت وزارة الدفاع الروسية إن الصواريخ أطلقت أمس من سفن أمريكية في البحر الأحمر.",
        {"missile_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "the same with a submarine",
        "تفاصيل الضربة",
        "وأوضحت الوزارة أن الصواريخ أطلقت أمس من غواصة بريطانية في المتوسط.",
        {"missile_launch": {"GBR"}},
        exact=True,
    ),
    Case(
        "the same with warplanes and their adjective",
        "غارات فوق لبنان",
        "وقال المصدر إن الصواريخ أطلقت فجر اليوم من طائرات حربية إسرائيلية فوق لبنان.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "ships after على are the target, not the launcher",
        "هجوم في البحر الأحمر",
        "وقال المصدر إن الصواريخ أطلقت على سفن أمريكية في البحر الأحمر أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a strike described by a bloc's nisba is not the launch of the one state the clause names elsewhere",
        "الرئيس يستقبل وفدا برلمانيا",
        "وجاء لقاء الرئيس بأعضاء البرلمان الروسي بعيد الهجمات الصاروخية الغربية على أهداف حكومية أمس.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with one strike and a minister's nisba",
        "اتصال هاتفي",
        "وجاء اتصال الوزير الإيراني بعد الضربة الصاروخية الغربية على مواقع عسكرية فجر السبت.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a strike described as Western is not given to the side the article shows bombarding elsewhere",
        "الرئيس يستقبل وفدا",
        "وجاء لقاء الرئيس بالوفد أمس بعيد الهجمات الصاروخية الغربية على أهداف حكومية. وقصفت المقاتلات الروسية مواقع "
        "المعارضة أمس في ريف إدلب.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "a launch the reported strikes came after is news, even past the lead and with no date of its own",
        "غارات ليلية على سوريا",
        "قصفت طائرات إسرائيلية فجر اليوم مواقع عسكرية في سوريا بعشرات الصواريخ. وقال الجيش إن الضربات أصابت "
        "أهدافها. وأكد مسؤول أن العملية انتهت. وجاءت الغارات الليلية في أعقاب إطلاق قوات إيرانية صواريخ على مواقع "
        "في الجولان.",
        {"missile_launch": {"ISR", "IRN"}},
        exact=True,
    ),
    Case(
        "the same with a present verb of coming and after",
        "غارات على صعدة",
        "شنت طائرات التحالف فجر اليوم غارات على مواقع في صعدة. وقال المتحدث إن الغارات دمرت مخازن. وأضاف أن "
        "العملية مستمرة. ويأتي القصف بعد إطلاق الحوثيين صاروخا باليستيا نحو جازان.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "the international coalition against the Islamic State is the United States' coalition, not Yemen's",
        "ضربات على دير الزور",
        "وقصفت قوات التحالف الدولي بالصواريخ مواقع لتنظيم داعش في ريف دير الزور أمس.",
        {"missile_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "the same with its leader named and a launch verb",
        "ضربات قرب البوكمال",
        "وأطلقت قوات التحالف الدولي بقيادة واشنطن صواريخ على مواقع للتنظيم قرب البوكمال أمس.",
        {"missile_launch": {"USA"}},
        exact=True,
    ),
    Case(
        "the same without the word forces",
        "ضربات على هجين",
        "وشن التحالف الدولي ضربات صاروخية على معاقل داعش في هجين أمس.",
        {"missile_launch": {"USA"}},
        exact=True,
    ),
    # ------------------------------------------------------------- three states striking together, named in parts
    Case(
        "a tripartite strike whose three states the article names in pairs is the strike of all three",
        "لندن وباريس: أصبنا مستودعات الوقود",
        "قالت لندن وباريس إنهما قصفتا مستودعات وقود في الضربة الثلاثية التي قادتها الولايات المتحدة فجر اليوم. "
        "وقال وزير الدفاع الفرنسي إن بلاده شاركت جنبا إلى جنب مع الولايات المتحدة وبريطانيا في الهجوم. وأضافت "
        "وزارة الدفاع البريطانية أن مقاتلاتها أطلقت صواريخ كروز على مستودع قرب الساحل.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "a tripartite aggression named once, its states in two pairs elsewhere in the article",
        "العدوان الثلاثي على المنشآت",
        "أعلنت فرنسا وبريطانيا مشاركتهما في العدوان الثلاثي الذي قادته الولايات المتحدة صباح اليوم. وأوضحت "
        "باريس أنها عملت إلى جانب واشنطن ولندن، وقالت إن فرقاطة أطلقت صواريخ على مخزن ذخيرة قرب المرفأ.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "a state's strike carried out in cooperation with two partners is the strike of all three",
        "صاروخ جديد يستخدم لأول مرة",
        "ذكرت صحيفة أن الولايات المتحدة استخدمت قاذفات بعيدة المدى في الغارات التي شنتها بالتعاون مع بريطانيا "
        "وفرنسا على مواقع ساحلية فجر اليوم. وقالت الصحيفة إن القاذفات أطلقت صواريخ كروز على مخازن قرب الميناء.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "a state that took part in an operation with two partners to strike targets strikes with them",
        "فرنسا تشارك في الضربات",
        "شاركت فرنسا في العملية العسكرية مع الولايات المتحدة وبريطانيا لضرب مواقع على الساحل صباح اليوم. وأعلنت "
        "وزارة الدفاع الفرنسية أن فرقاطة أطلقت صواريخ كروز على مخزن للذخيرة.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "a leader who announced his country's strikes alongside two partners names all three strikers",
        "قاذفات ومدمرة شاركت في الضربات",
        "قالت مصادر عسكرية إن مدمرة أطلقت صواريخ على مواقع ساحلية فجر اليوم. وكان الرئيس الأمريكي أعلن عن توجيه "
        "بلاده إلى جانب بريطانيا وفرنسا لضربات ضد أهداف على الساحل.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "states that struck too, in a sentence opened by كما, join the state of the sentence before",
        "مقاتلات بريطانية تقصف مخزنا",
        "استخدمت بريطانيا ثلاث مقاتلات في الضربة المحدودة على مواقع ساحلية فجر اليوم. كما شنت الولايات المتحدة "
        "وفرنسا كذلك غارات على مخازن قرب الميناء. وقالت وزارة الدفاع البريطانية إن المقاتلات أطلقت صواريخ كروز "
        "على مستودع للذخيرة.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "the same with أيضا after the two states that struck as well",
        "فرنسا: فرقاطاتنا أصابت أهدافها",
        "قالت فرنسا إن فرقاطتين شاركتا في الهجوم على مواقع ساحلية الليلة الماضية. كما شنت واشنطن ولندن أيضا "
        "هجمات على مخازن الوقود. وأضافت باريس أن الفرقاطتين أطلقتا صواريخ كروز على مستودع قرب المرفأ.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "a strike verb whose coordinated subjects each carry a state's nisba is the strike of all those states",
        "تفاصيل الهجوم على المخازن",
        "وصباح اليوم، قصفت مدمرات أمريكية وطائرات حربية بريطانية وأخرى فرنسية مخازن يشتبه بأنها تضم ذخائر "
        "قرب الساحل. وقالت تقارير إن أكثر من خمسين صاروخا أطلقت على المواقع خلال ساعة.",
        {"missile_launch": {"USA", "GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "the same with two coordinated subjects and no adjective between noun and nisba",
        "غارات على مواقع ساحلية",
        "استهدفت مقاتلات فرنسية وفرقاطات بريطانية فجر اليوم مواقع عسكرية على الساحل، وأطلقت صواريخ كروز على "
        "مستودعات الوقود.",
        {"missile_launch": {"GBR", "FRA"}},
        exact=True,
    ),
    Case(
        "states named after the files a summit discusses are topics, not a striking coalition",
        "قمة إقليمية تبحث التصعيد",
        "تبحث القمة الإقليمية التي افتتحت اليوم الوضع غداة الغارات عليه إضافة إلى ملفات إيران واليمن. "
        "وتندد الرياض بالصواريخ التي أطلقها الحوثيون مساء أمس باتجاه مدينة نجران.",
        {"missile_launch": {"HOUTHI"}},
        exact=True,
    ),
    Case(
        "a missile the coalition in Yemen shot down is the Houthis', not that of three states striking elsewhere",
        "قمة بعد الضربات",
        "تنعقد القمة بعد يوم من ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا على مواقع ساحلية. وكان "
        "التحالف في اليمن أعلن مساء أمس اعتراض صاروخ بالستي أطلق باتجاه مدينة جازان.",
        {"missile_launch": {"USA", "GBR", "FRA", "HOUTHI"}},
        exact=True,
    ),
    Case(
        "an intercepted missile whose source the article says is unclear is not the coalition's of another strike",
        "الدفاعات تتصدى لهجوم على مطار",
        "قالت وسائل إعلام رسمية إن الدفاعات الجوية اعترضت صاروخين كانا يستهدفان مطارا عسكريا فجر اليوم. ولم يتضح "
        "على الفور مصدر الصاروخين. وبعد أسبوع من الهجوم الكيماوي، شنت الولايات المتحدة وبريطانيا وفرنسا ضربة "
        "عسكرية ضد مواقع حكومية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same when the article says the identity of the attackers is not known",
        "صواريخ تستهدف قاعدة جوية",
        "أفاد التلفزيون الرسمي بأن الدفاعات الجوية أسقطت ثلاثة صواريخ فوق قاعدة جوية الليلة الماضية، ولم تعرف "
        "هوية الجهة التي أطلقتها. وبعد أيام من الهجوم المزعوم، شنت الولايات المتحدة وبريطانيا وفرنسا ضربة "
        "عسكرية على مواقع حكومية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    # ------------------------------------------------------------- 2018 launches: status, mode and falls of missiles
    Case(
        "a fall of missiles reported with its preposition is a reported launch, not a present-tense habit",
        "توتر أمني في المدينة",
        "وفي تطور لاحق، أفادت مصادر في الشرطة بسقوط صاروخين مجهولي المصدر على قاعدة عسكرية قرب المدينة دون "
        "وقوع إصابات.",
        {"missile_launch": True},
    ),
    Case(
        "the same fall reported by witnesses, with a conjunction before the preposition",
        "هدوء حذر في العاصمة",
        "ذكر شهود عيان أن الأوضاع هادئة، وأبلغوا كذلك وبسقوط ثلاثة صواريخ كاتيوشا على حي سكني في أطراف العاصمة.",
        {"missile_launch": True},
    ),
    Case(
        "the fall of missiles as a bare verbal noun in running text is a reported launch too",
        "هدوء حذر في المحافظة",
        "واستمر الهدوء في المحافظة، وتخلله سقوط عدة قذائف صاروخية على أطراف إحدى البلدات دون وقوع إصابات.",
        {"missile_launch": True},
    ),
    Case(
        "tests said to have ended in the fall of the missiles are no reported launch",
        "خبير يشكك في السلاح الجديد",
        "وأضاف الخبير أن المحاولات القليلة السابقة انتهت جميعها بسقوط الصواريخ بعد ثوان من إقلاعها.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- launcher audit: strikes met by a defence
    Case(
        "a strike a defence confronted, its subject and a time between, took place (not a purpose)",
        "كييف تحت القصف",
        "تصدت المضادات الأوكرانية صباح اليوم لقصف روسي بالصواريخ على مدينة لفيف.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the same with a present verb of confronting and a time phrase before the strike",
        "دمشق تتصدى",
        "وتتصدى المضادات الأرضية السورية منذ مساء أمس لعدوان إسرائيلي بالصواريخ على محيط المطار.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "a verb resuming the shot-down missiles with its pronoun reaches them across their class and type",
        "الدفاعات الروسية تسقط صاروخين",
        "دمرت المنظومات الروسية في الجو صاروخين باليستيين من طراز سابسان-2 أطلقتهما القوات الأوكرانية.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "a past year in a relative clause describing the targeted place dates that clause, not the launch",
        "موسكو: إسقاط صواريخ فوق القرم",
        "ذكر حاكم سيفاستوبول اليوم أن المضادات الروسية اعترضت صاروخ نبتون أوكرانيا فوق شبه الجزيرة التي ضمتها "
        "روسيا عام 2014.",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "the same with a plateau annexed decades ago",
        "صواريخ على الجولان",
        "أعلن الجيش الإسرائيلي مساء أمس أن صاروخين أطلقا من سوريا سقطا في هضبة الجولان التي احتلتها إسرائيل عام 1967.",
        {"missile_launch": True},
    ),
    Case(
        "missiles a strike hit while ready for lift-off were never fired",
        "ضربات في البحر الأحمر",
        "أوضح البيان الأميركي أن الضربات أصابت مسيرتين وصاروخين كانت معدة للانطلاق من مواقع الجماعة.",
        {"missile_launch": False},
    ),
    Case(
        "the same with two missiles air strikes hit while ready for lift-off",
        "ضربات في البحر الأحمر",
        "وأصابت الغارات ليلا صاروخين كانا معدين للانطلاق من الساحل الغربي.",
        {"missile_launch": False},
    ),
    Case(
        "missiles destroyed just before their launch, a comma between, were never fired",
        "واشنطن تدمر صواريخ",
        "قالت القيادة الوسطى إن مقاتلاتها دمرت أمس ثلاثة صواريخ مضادة للسفن تعود للجماعة، قبيل إطلاقها نحو خليج عدن.",
        {"missile_launch": False},
    ),
    Case(
        "missiles destroyed on their launch pads were never fired",
        "واشنطن تدمر صواريخ",
        "وأكد متحدث عسكري أميركي أن طائراته دمرت فجر اليوم ثلاثة صواريخ على منصات الإطلاق قرب الحديدة.",
        {"missile_launch": False},
    ),
    Case(
        "the two sides of a fight named after between strike each other; a strike given one side stays that side's",
        "ليلة من الانفجارات",
        "تشتد الحرب بين روسيا وأوكرانيا، إذ تصدت المضادات الأوكرانية الليلة لهجوم صاروخي روسي على مدينة أوديسا.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "a strike verb right after a missile with its model and nisba describes it, not the interceptor",
        "موسكو تسقط صاروخا فوق القرم",
        "الدفاعات الروسية تسقط صاروخ نبتون-إم أوكراني استهدف ميناء سيفاستوبول الليلة الماضية",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "the same with the army as the interceptor and a short-range model",
        "الجيش الروسي يسقط صاروخا",
        "الجيش الروسي يسقط صاروخ توشكا-يو أوكراني استهدف مدينة بيلغورود",
        {"missile_launch": {"UKR"}},
        exact=True,
    ),
    Case(
        "a launch verb right after the salvo a city suffered describes it; the side before is not its subject",
        "رشقات على تل أبيب",
        "أكد الإسعاف الإسرائيلي أن تل أبيب تعرضت فجر اليوم لرشقة صاروخية كبيرة أطلقت من قطاع غزة.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "the nisba of settlements a salvo was aimed at names a struck place, not a side bombarding",
        "صواريخ على عسقلان",
        "سقطت صواريخ على منازل في المدينة مساء اليوم. وأعلنت سرايا القدس توجيه صليات صاروخية على عدة مستوطنات "
        "إسرائيلية في الغلاف، فيما تركز القصف على سديروت.",
        {"missile_launch": {"GAZA"}},
        exact=True,
    ),
    Case(
        "a dual strike noun with the dual missile adjective and dual nisba is a launch by that side",
        "مسيرات فوق موسكو",
        "أسقطت الدفاعات الروسية مسيرتين فجر اليوم، وذلك إثر ضربتين صاروخيتين روسيتين قتلتا خمسة أشخاص في زابوريجيا.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "readiness to confront a strike is no strike",
        "تحذير من كييف",
        "أعلنت الوزارة أنها مستعدة للتصدي لأي هجوم صاروخي روسي على المدن.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- missiles talked about, none fired as news
    Case(
        "a drill that practises countering missile attacks fires none",
        "البحرية تختتم تدريباتها السنوية",
        "اختتمت القوات البحرية تدريبات استمرت أسبوعا ركزت على مواجهة الهجمات الصاروخية والطائرات المسيرة.",
        {"missile_launch": False},
    ),
    Case(
        "joint manoeuvres to practise repelling missile attacks fire none",
        "مناورات دفاعية مشتركة",
        "بدأت قوات البلدين مناورات مشتركة للتدريب على التنسيق لصد هجمات صاروخية معادية على المنشآت الحيوية.",
        {"missile_launch": False},
    ),
    Case(
        "the number of the missiles that were launched, announced today, is a running total",
        "مؤتمر صحفي للتحالف",
        "قال المتحدث باسم التحالف الأحد إن عدد الصواريخ الباليستية التي أطلقتها الجماعة على المملكة بلغ 312 صاروخا.",
        {"missile_launch": False},
    ),
    Case(
        "the total of the rockets that fell, given last night, is a running total",
        "حصيلة القذائف على الجنوب",
        "أعلنت القيادة مساء أمس أن إجمالي القذائف الصاروخية التي سقطت على البلدات الحدودية وصل إلى 870 قذيفة.",
        {"missile_launch": False},
    ),
    Case(
        "figures published on the fall of rockets sum them up",
        "الجيش ينشر أرقاما",
        "نشرت وزارة الدفاع صباح اليوم معطيات حول سقوط صواريخ على مدن الجنوب، وقالت إن معظمها سقط في مناطق مفتوحة.",
        {"missile_launch": False},
    ),
    Case(
        "a headline's count that the body gives as a total over months is that total",
        "الجيش: 5300 صاروخ أطلقت علينا من الشمال",
        "قالت إذاعة الجيش إن إجمالي عدد الصواريخ التي أطلقت من لبنان بلغ خلال عشرة أشهر 5300 صاروخ.",
        {"missile_launch": False},
    ),
    Case(
        "a spokesman's count restating the total he announced today",
        "التحالف يكشف حصيلة الهجمات",
        "أعلن التحالف اليوم الاثنين أن عدد الصواريخ التي أطلقتها الميليشيا باتجاه المملكة بلغ 260 صاروخا باليستيا. "
        "وقال المتحدث إن الميليشيا أطلقت 260 صاروخا باليستيا على المدن.",
        {"missile_launch": False},
    ),
    Case(
        "a salvo announced today next to the total stays news",
        "رشقة جديدة على الشمال",
        "أطلق حزب الله اليوم الأحد 40 صاروخا على الجليل، وقال الجيش إن عدد الصواريخ التي أطلقت من لبنان منذ بداية "
        "الحرب بلغ 9000 صاروخ.",
        {"missile_launch": {"HEZBOLLAH"}},
    ),
    Case(
        "an interceptor system described by what its launchers do",
        "كيف تعمل منظومات الدفاع الجوي",
        "تتألف المنظومة من رادار متطور ومن قاذفات الصواريخ التي تعترض الصواريخ والقذائف القادمة من مسافات قصيرة.",
        {"missile_launch": False},
    ),
    Case(
        "a battery whose launchers shoot down incoming rockets, described in general",
        "البطارية الجديدة",
        "وتضم البطارية عشرين صاروخا اعتراضيا ووحدة تحكم يديرها جنود يتابعون الشاشات التي تسقط عليها مسارات الأهداف، "
        "وهي البطارية التي تسقط الصواريخ قصيرة المدى قبل بلوغها المدن.",
        {"missile_launch": False},
    ),
    Case(
        "missiles used for interception are the interceptors",
        "كلفة الحرب الأخيرة",
        "وأوضحت الصحيفة أنه تم استخدام نحو 900 صاروخ لعمليات الاعتراض. وتبلغ كلفة كل منها 50 ألف دولار.",
        {"missile_launch": False},
    ),
    Case(
        "a leader calling for more test launches reports none",
        "الزعيم يتفقد محطة التجارب",
        "ودعا القائد إلى أن تجري القوات تجارب إطلاق صواريخ جديدة في أقرب وقت ممكن لتعزيز قوة الردع.",
        {"missile_launch": False},
    ),
    Case(
        "what a general says the navy must fire is not a launch",
        "جنرال يتحدث عن الاستعداد",
        "قال الجنرال في مقابلة تلفزيونية إنه يجب أن تطلق البحرية صواريخها من مسافة آمنة بعيدا عن السواحل.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- unclaimed rockets from Lebanon, Syrian air defence
    Case(
        "rockets from Lebanon that nobody claimed name no launcher",
        "صواريخ على الجليل",
        "قال الجيش الإسرائيلي إن ثلاثة صواريخ أطلقت من لبنان مساء اليوم نحو الجليل الغربي وسقطت في أرض خالية. "
        "ولم تعلن أي جهة مسؤوليتها عن إطلاق الصواريخ حتى الآن.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon with the group ruled out by officers name no launcher",
        "قذائف من جنوب لبنان",
        "سقط صاروخان أطلقا من الأراضي اللبنانية صباح اليوم قرب بلدة حدودية إسرائيلية دون إصابات. واستبعد ضباط في "
        "الجيش الإسرائيلي أن يكون حزب الله وراء إطلاقهما.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon with the group said to have no part name no launcher",
        "إطلاق صواريخ من لبنان",
        "أطلقت أربعة صواريخ من لبنان على شمال إسرائيل اليوم واعترضت الدفاعات أحدها. وأكد مصدر أمني أن حزب الله "
        "غير ضالع في العملية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon whose firer the article says is not known name no launcher",
        "صفارات إنذار في الشمال",
        "دوت صفارات الإنذار في حيفا بعد إطلاق صاروخين من الأراضي اللبنانية اليوم، ولا تزال الجهة التي أطلقتهما غير "
        "معروفة.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon whose firing the group denies name no launcher",
        "الحزب ينفي",
        "نفى حزب الله اليوم أي علاقة له بالصاروخين اللذين أطلقا صباحا من جنوب لبنان نحو الجليل. وكان الجيش "
        "الإسرائيلي قد أعلن اعتراض أحد الصاروخين اللذين أطلقا من لبنان.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon that the army says the group fired stay the group's though it has not claimed them",
        "صواريخ على الشمال",
        "قال الجيش الإسرائيلي الليلة إن حزب الله أطلق قذائف صاروخية من لبنان نحو الجليل، وإن الدفاعات اعترضت صاروخا "
        "أطلق من لبنان. ولم يعلن حزب الله حتى الآن مسؤوليته عن الهجوم.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon told as Hezbollah's fire stay Hezbollah's",
        "رشقة صاروخية على الجليل",
        "قال الجيش الإسرائيلي إن نحو عشرين صاروخا أطلقت من لبنان اليوم على الجليل الأعلى واعترضت القبة الحديدية "
        "معظمها.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the Syrian nisba right after the missiles names the side that fired",
        "تهديد إسرائيلي",
        "هدد وزير الدفاع الإسرائيلي اليوم بضرب الدفاعات الجوية بعد الصواريخ السورية التي أطلقت أمس على طائرات "
        "سلاح الجو فوق الجولان.",
        {"missile_launch": {"SYR"}},
    ),
    Case(
        "an anti-aircraft missile fired from Syrian soil is the Syrian air defence's",
        "انفجار في سماء الشمال",
        "أعلن الجيش الإسرائيلي اليوم رصد إطلاق صاروخ مضاد للطائرات من الأراضي السورية باتجاه إسرائيل، وقال إنه "
        "انفجر في الجو.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "the same with the country named and a surface-to-air variant of the wording",
        "صاروخ فوق البحر",
        "قالت هيئة البث إن صاروخا مضادا للطيران أطلق من سوريا الليلة الماضية وسقط في البحر قبالة الساحل.",
        {"missile_launch": {"SYR"}},
        exact=True,
    ),
    Case(
        "a sector of the Golan is not the Gaza Strip",
        "صاروخ على الجولان",
        "قال الجيش الإسرائيلي إن صاروخا أطلق من سوريا سقط مساء اليوم على القطاع الخاضع لسيطرته من هضبة الجولان "
        "دون إصابات.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "an intercepted rocket that came from Syria is not the Gaza factions' in a story that names the Gaza war",
        "قذائف على الجولان",
        "منذ أن بدأت الحرب التي يخوضها الجيش الإسرائيلي في قطاع غزة تتكرر الحوادث على الحدود. وقال الجيش اليوم "
        "إنه اعترض قذيفة صاروخية فوق الجولان مصدرها الأراضي السورية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same after a strike on Hamas the day before",
        "اعتراض فوق الجولان",
        "قصفت الطائرات الإسرائيلية أمس مواقع لحركة حماس في غزة. وأعلن الجيش اليوم أن دفاعاته اعترضت صاروخا أطلق من "
        "سوريا نحو الجولان.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "plural strikes with missiles told with the toll they took are one attack",
        "ليلة دامية في العاصمة",
        "شنت روسيا ضربات واسعة بالصواريخ والمسيرات على كييف ليلا، مما أسفر عن مقتل تسعة أشخاص وإصابة العشرات.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the same with a toll of wounded after a verb of causing",
        "هجوم على المدينة",
        "نفذت القوات الروسية هجمات بالصواريخ على خاركيف، ما أدى إلى إصابة عشرين شخصا بينهم أطفال.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "rockets fired from Syria with no side named stay unknown",
        "قذائف على الجولان",
        "قال الجيش الإسرائيلي إن صاروخين أطلقا من سوريا اليوم وسقطا في منطقة مفتوحة في الجولان.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    # ------------------------------------------------------------- launches read as not news
    Case(
        "a salvo said to coincide with the anniversary a headline marks is fired on that day",
        "المدينة تحيي ذكرى الحرب",
        "وفي صباح اليوم أعلنت الفصائل أنها أطلقت صواريخ على المستوطنات. كما ضربت سرايا القدس مدينة عسقلان "
        "برشقة صاروخية تزامنا مع الذكرى الثانية لاندلاع الحرب.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "the same headline, the salvo alone, with the coinciding word after bi-",
        "في ذكرى الحرب",
        "قصفت كتائب القسام مدينة سديروت برشقة من الصواريخ بالتزامن مع ذكرى بدء الحرب.",
        {"missile_launch": {"GAZA"}},
    ),
    Case(
        "a denial of knowing who fired the rockets is not a denial that they were fired",
        "صاروخان على المدينة",
        "نفى متحدث باسم الجيش الإسرائيلي مساء اليوم معرفة الجهة المسؤولة عن إطلاق صاروخين من غزة باتجاه "
        "المدينة، وقال إنهما سقطا في أرض خالية.",
        {"missile_launch": True},
    ),
    Case(
        "a source who denies knowing of the launch, its subject named first",
        "قذائف من الجنوب",
        "نفى مصدر أمني في الحكومة اللبنانية علمه بإطلاق ثلاثة صواريخ من الجنوب اليوم نحو الجليل.",
        {"missile_launch": True},
    ),
    Case(
        "a strike noun carried by a verbal noun of directing that a verb of doing governs, late in a story, is news",
        "تصعيد في الشرق",
        "قال حاكم المنطقة إن الدفاعات أسقطت طائرتين مسيرتين فوق المدينة. وأضاف أن الطائرات لم تسبب أضرارا. "
        "وذكرت الوزارة أن الهجوم صد بالكامل. وبعد ذلك قامت روسيا بتوجيه ضربة صاروخية على مدينة خاركيف أسفرت "
        "عن مقتل ثلاثة أشخاص.",
        {"missile_launch": True},
    ),
    Case(
        "a statement in which a corps announced a launch, its pronoun between the verb and the launch noun",
        "ترحيب بالرد",
        "أشادت حركات عدة بالضربة. وبثت القوة الجوفضائية مساء أمس الجمعة، بلاغا أعلنت فيه عن إطلاق مئات "
        "الطائرات المسيرة والصواريخ نحو قواعد في الجليل.",
        {"missile_launch": True},
    ),
    Case(
        "the day a period began, after a superlative's since and its start noun, does not date today's strike",
        "صاروخ على قاعدة",
        "أعلنت القيادة العسكرية أن إحدى قواعدها في سوريا تعرضت لضربة بصاروخ باليستي لأول مرة منذ بداية "
        "الهجمات على قواتها في المنطقة في 17 أكتوبر الماضي.",
        {"missile_launch": True},
        published="2023-11-22T09:00:00+03:00",
    ),
    Case(
        "a strike told as the indefinite accusative of targeting, what a corps announces, is news",
        "رد على الاغتيال",
        "أعلن الحرس الثوري فجر اليوم استهدافا صاروخيا لمطار عسكري يضم قوات أجنبية شرقي سوريا.",
        {"missile_launch": True},
    ),
    Case(
        "an interception a ministry announces, its verbal noun late in the story with no day, is news",
        "هدوء حذر في العاصمة",
        "قالت الحكومة إن الوضع في العاصمة هادئ. وأضافت أن المدارس ستفتح أبوابها كالمعتاد. ودعا المسؤولون السكان "
        "إلى التزام الحذر. وأعلنت وزارة الدفاع في وقت لاحق اعتراض صاروخين باليستيين فوق الضواحي الشرقية.",
        {"missile_launch": True},
    ),
    Case(
        "an announcing verb followed by a complementiser clause does not make a talked-about launch news",
        "جدل",
        "قالت الحكومة إن الوضع في العاصمة هادئ. وأضافت أن المدارس ستفتح أبوابها. ودعا المسؤولون السكان إلى الحذر. "
        "وأعلن الوزير أن إطلاق صواريخ على المدن جريمة لا تغتفر.",
        {"missile_launch": False},
    ),
    Case(
        "activity at a missile site that portends a launch foretells it; no launch has taken place",
        "تحركات مريبة",
        "قالت الاستخبارات الكورية الجنوبية اليوم إن صور الأقمار تظهر نشاطا في قاعدة صواريخ شمالية ينبئ "
        "بإطلاق صاروخ باليستي عابر للقارات.",
        {"missile_launch": False},
    ),
    Case(
        "a side denying a launch outright still denies it",
        "نفي",
        "نفت الحكومة اليوم أن تكون أي صواريخ قد أطلقت من أراضيها باتجاه الحدود.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- rockets from Lebanon and Syria: unclaimed, blamed
    Case(
        "rockets from Lebanon in an attack nobody claimed, told by the claim verb alone, have no launcher",
        "صواريخ على الجليل",
        "قال الجيش الإسرائيلي إن صاروخين أطلقا من جنوب لبنان نحو الجليل مساء أمس، في رشقة لم يتبنها أي فصيل.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with the claim verb's feminine pronoun and another word for side",
        "اعتراض فوق المطلة",
        "اعترضت القبة الحديدية ثلاثة صواريخ أطلقت من لبنان باتجاه المطلة صباح اليوم في عملية لم يتبناها أي طرف.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon on which the group made no comment have no launcher",
        "صفارات في الشمال",
        "أفاد الجيش الإسرائيلي برصد إطلاق ثلاثة صواريخ من لبنان صباح اليوم سقط أحدها في منطقة مفتوحة. ولم يعلق "
        "حزب الله بأي تصريح على ما جرى.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets from Lebanon whose firer the article says is not yet determined have no launcher",
        "قذائف من لبنان",
        "أطلقت صواريخ من الأراضي اللبنانية على شمال إسرائيل اليوم، ولم تحدد بعد الجهة التي أطلقتها.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "rockets fired from the Lebanese south are fired from Lebanon",
        "اعتراض",
        "اعترضت الدفاعات الإسرائيلية صاروخا أطلق من الجنوب اللبناني صباح اليوم.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the same after a detection, with an interception after a comma",
        "اعتراض",
        "قال الجيش الإسرائيلي إنه رصد إطلاق صاروخين من الجنوب اللبناني نحو كريات شمونة، اعترض أحدهما.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "a group's strike with rocket weapons is a launch of that group's",
        "بيان",
        "أعلن حزب الله صباح اليوم أنه قصف ثكنة برانيت بالأسلحة الصاروخية وحقق إصابات.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the same, indefinite, after the fighters' verb of targeting",
        "بيان",
        "قالت المقاومة الإسلامية في لبنان إن مقاتليها استهدفوا موقع المالكية بأسلحة صاروخية.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "a side named between a strike masdar and the missiles it struck with owns the target, not the missiles",
        "الحزب يعلن",
        "قال حزب الله إنه نفذ عملية استهداف لقاعدة الاستخبارات الإسرائيلية بالصواريخ، في هجوم هو الأول من نوعه.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "the same with a military airfield and an evening attack after the comma",
        "الحزب يعلن",
        "أوضح حزب الله أنه نفذ عملية استهداف لمطار عسكري إسرائيلي بالصواريخ، في هجوم مساء أمس.",
        {"missile_launch": {"HEZBOLLAH"}},
        exact=True,
    ),
    Case(
        "rockets fired from launchers a side's helicopter struck, the pronoun resuming them, are not that side's",
        "الجيش الإسرائيلي يقصف منصات في سوريا",
        "ذكر الجيش الإسرائيلي أن مروحية تابعة له قصفت منصات قرب درعا أطلقت منها الصواريخ على الجولان.\nوكانت "
        "صفارات الإنذار دوت بعد رصد إطلاق ثلاثة صواريخ.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with points a warplane struck in southern Syria and rocket shells",
        "قصف إسرائيلي على درعا",
        "أعلن جيش الاحتلال أن طائرة حربية قصفت نقاطا في ريف درعا أطلقت منها قذائف صاروخية ليلا.\nوقال الجيش في "
        "بيانه إنه يحمل النظام السوري المسؤولية.",
        {"missile_launch": {"UNKNOWN"}},
        exact=True,
    ),
    # ------------------------------------------------------------- activity detected is no launch detected
    Case(
        "unusual activity detected at a launch site is no launch",
        "سيول تراقب الشمال",
        "قال الجيش الكوري الجنوبي إنه رصد نشاطا غير عادي في موقع لإطلاق الصواريخ في كوريا الشمالية.",
        {"missile_launch": False},
    ),
    Case(
        "the same with activities seen by satellites around a missile pad",
        "صور أقمار صناعية",
        "رصدت أقمار تجارية نشاطات مكثفة حول منصة لإطلاق صاروخ باليستي قرب بيونغ يانغ.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- a launch noun a future auxiliary takes as subject
    Case(
        "a launch postponed yesterday that will take place tomorrow is ahead",
        "تأجيل جديد",
        "أعلنت الوكالة أن إطلاق الصاروخ الذي أرجئ أمس سيتم غدا الأحد.",
        {"missile_launch": False, "space_launch": False},
    ),
    Case(
        "the same with the feminine auxiliary after a test",
        "موعد جديد للتجربة",
        "قال المسؤول إن تجربة إطلاق الصاروخ التي تأجلت مرتين ستجري الأسبوع المقبل.",
        {"missile_launch": False},
    ),
    Case(
        "an auxiliary after و opens another clause: yesterday's launch stands",
        "الجيش يؤكد",
        "أكد الجيش إطلاق صاروخين باليستيين أمس وسيجري تحليل البيانات خلال أيام.",
        {"missile_launch": True},
    ),
    # ------------------------------------------------------------- a first time since, in the feminine
    Case(
        "a strike for the first time since a truce began, the first in the feminine, is today's news",
        "صواريخ على العاصمة",
        "قصفت روسيا كييف بالصواريخ فجر اليوم للمرة الأولى منذ بدء الهدنة في مارس.",
        {"missile_launch": {"RUS"}},
        exact=True,
    ),
    Case(
        "the same with a barrage that is the first of its kind since the winter",
        "رشقة على الشمال",
        "أطلقت الفصائل رشقة صاروخية على البلدات الحدودية مساء أمس، وهي الأولى منذ شهر يناير الماضي.",
        {"missile_launch": True},
    ),
    # ------------------------------------------------------------- an aggression carried out with missiles
    Case(
        "an aggression with missiles a side carried out, in the indefinite accusative, is a strike like شن",
        "غارات على ريف حماة",
        "ذكر مصدر عسكري سوري أن الطيران الحربي الإسرائيلي نفذ عدوانا بالصواريخ على مواقع في ريف حماة فجر اليوم.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
    Case(
        "the same with salvos of missiles and a feminine verb after its subject",
        "انفجارات قرب العاصمة",
        "قالت الوكالة الرسمية إن طائرات إسرائيلية نفذت عدوانا برشقات من الصواريخ على نقاط جنوب العاصمة ليلا.",
        {"missile_launch": True},
    ),
    Case(
        "an aerial aggression with missiles by an enemy not named is still a launch",
        "مطار عسكري في الوسط",
        "أفاد التلفزيون الرسمي بأن العدو نفذ عدوانا جويا بالصواريخ على مطار عسكري في ريف حمص اليوم.",
        {"missile_launch": True},
    ),
    Case(
        "an aggression with no missile word stays no launch",
        "أضرار في ريف دمشق",
        "قال مصدر عسكري إن الطيران الإسرائيلي نفذ عدوانا على مواقع في ريف دمشق اليوم وأوقع أضرارا مادية.",
        {"missile_launch": False},
    ),
    # ------------------------------------------------------------- a launch a strike told as done answers
    Case(
        "rockets a side's strike answered, late in the story and undated, were fired: the answer tells it as done",
        "جنود قتلى في القنيطرة",
        "قتل جنديان سوريان في إطلاق إسرائيل عدة صواريخ على ريف القنيطرة اليوم.\nوقالت الوكالة إن الدفاعات الجوية "
        "تصدت لها وأسقطت أغلب الصواريخ المعادية.\nوأكد الجيش الإسرائيلي أنه هاجم مواقع عسكرية سورية ردا على إطلاق "
        "صاروخين من سوريا باتجاه الجولان.",
        {"missile_launch": {"ISR", "UNKNOWN"}},
        exact=True,
    ),
    Case(
        "the same with revenge for a rocket shell and a strike verb of shelling",
        "جنود قتلى في القنيطرة",
        "قتل جنديان سوريان في إطلاق إسرائيل عدة صواريخ على ريف القنيطرة اليوم.\nوقالت الوكالة إن الدفاعات الجوية "
        "تصدت لها وأسقطت أغلب الصواريخ المعادية.\nوقال متحدث عسكري إسرائيلي إن طائراته قصفت مواقع للجيش السوري "
        "انتقاما من إطلاق قذيفة صاروخية من سوريا نحو جبل الشيخ.",
        {"missile_launch": {"ISR", "UNKNOWN"}},
        exact=True,
    ),
    Case(
        "an answer promised to any launch is no launch",
        "انفجارات في ريف درعا",
        "ذكرت وكالة رسمية أن طائرات إسرائيلية أطلقت فجر اليوم صواريخ على مواقع في ريف درعا.\nوقالت الوكالة إن "
        "الخسائر مادية.\nوقال متحدث عسكري إسرائيلي إن الجيش سيرد بقوة على إطلاق أي قذيفة صاروخية نحو الجولان.",
        {"missile_launch": {"ISR"}},
        exact=True,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_phenomenon(case: Case) -> None:
    events = tag_article(case.title, case.text, case.published)
    for etype, want in case.want.items():
        asserted = [e for e in events if e.type == etype and e.status == "asserted"]
        seen = [(e.type, e.status, e.actor) for e in events]
        if want is False:
            assert not asserted, seen
        elif want is True:
            assert asserted, seen
        else:
            assert isinstance(want, set)
            assert want <= {e.actor for e in asserted}, seen
            exact = case.exact or any(k in case.name for k in ("over a country", "cities", "condemned"))
            if exact:
                assert {e.actor for e in asserted} == want, seen  # the country flown over did not launch


def test_an_unattributed_carrier_rocket_dated_by_its_sentence_keeps_its_day() -> None:
    """A space story: the rocket's own sentence dates the launch (the day before); another launch earlier in the
    month is told in the same story. The day of the first is not lost to the second's."""
    text = (
        "أطلقت القوات الفضائية الروسية صاروخا يحمل قمرا لوزارة الدفاع من قاعدة بليسيتسك. وتم إطلاق الصاروخ مساء "
        "أمس الجمعة 17 مايو. وكانت الوزارة أعلنت في 13 مايو الجاري إطلاق قمر عسكري آخر."
    )
    events = tag_article("روسيا تطلق قمرا عسكريا", text, PUB)
    days = {str(e.event_date) for e in events if e.type == "space_launch" and e.status == "asserted"}
    assert "2024-05-17" in days, days


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "روسيا تعلن نجاح تجربة جديدة",
            "اختبرت روسيا بنجاح صاروخا جديدا يفوق سرعة الصوت أطلقته مقاتلة من طراز ميغ، بحسب بيان لوزارة الدفاع "
            "الروسية اليوم.",
        ),
        ("طهران تكشف عن سلاح بحري", "وجربت إيران أمس صاروخا جوالا جديدا قالت إن مداه يزيد على ألف كيلومتر."),
    ],
)
def test_a_launch_told_by_a_verb_of_testing_is_a_test(title: str, text: str) -> None:
    """No test noun in the sentence: the verb that reports the launch is one of testing ("اختبرت"، "جربت")."""
    events = tag_article(title, text, PUB)
    modes = {e.mode for e in events if e.type == "missile_launch" and e.status == "asserted"}
    assert modes == {"test"}, [(e.type, e.status, e.actor, e.mode) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح البيان أن الصاروخ أطلق أمس من قاذفة أمريكية عبر البحر المتوسط.",
        "وقالت البحرية البريطانية إن غواصة أطلقت أمس صاروخين من البحر.",
    ],
)
def test_a_missile_fired_from_or_across_the_sea_is_not_a_test_for_that(text: str) -> None:
    """A sea after "من" or "عبر" is where the missile came from or passed, not the sea it was fired into."""
    events = tag_article("تفاصيل الضربة", text, PUB)
    asserted = [e for e in events if e.type == "missile_launch" and e.status == "asserted"]
    assert asserted and all(e.mode != "test" for e in asserted), [(e.status, e.actor, e.mode) for e in events]


# ------------------------------------------------------------- dates of launches and meetings
DATE_CASES = [
    (
        "a title cut in three pieces leaves the text's opening day in the lead",
        "الجيش: الفصائل أطلقت 15 صاروخا على المستوطنات.. والإعلام المحلي ينشر صورا: لا إصابات",
        "أكد متحدث عسكري أن الفصائل شنت هجوما واسعا، الخميس، على بلدات الجنوب. وأضاف المتحدث في بيان أن الأضرار طفيفة.",
        PUB,
        "missile_launch",
        "2024-05-16",
    ),
    (
        "a body sentence's undated launch after a sentence opened by a recent day of the same fighting",
        "الطيران يقصف مواقع في القطاع",
        "قصفت الطائرات الحربية مواقع في القطاع فجر اليوم السبت، وفق ما أفاد شهود. وقال مسؤول محلي إن الأضرار كبيرة. "
        "ودعت الأمم المتحدة إلى التهدئة. والخميس قتل ثلاثة أشخاص في الغارات التي استهدفت شمال القطاع. "
        "وقال الجيش إن قذائف صاروخية أطلقت من القطاع نحو البلدات المجاورة.",
        PUB,
        "missile_launch",
        "2024-05-16",
    ),
    (
        "a body sentence's undated launch after a sentence whose strikes a night dates",
        "الجيش يرد",
        "أعلن الجيش اليوم أنه رد على هجمات من وراء الحدود. وقال متحدث إن الرد كان محدودا. ولم تسجل إصابات. "
        "وأضاف المتحدث أن الطائرات نفذت ضربات، ليل الأربعاء، على مواقع قرب الحدود. "
        "وذكرت مصادر محلية أن الطائرات أطلقت عشرة صواريخ على قرى في الجنوب.",
        PUB,
        "missile_launch",
        "2024-05-15",
    ),
    (
        "the day of a funeral in the sentence before does not date the launch",
        "الطيران يقصف مواقع في القطاع",
        "قصفت الطائرات الحربية مواقع في القطاع فجر اليوم السبت، وفق ما أفاد شهود. وقال مسؤول محلي إن الأضرار كبيرة. "
        "ودعت الأمم المتحدة إلى التهدئة. وشيع المئات الشابين الأربعاء بعد أن انتشر مقطع مصور يظهرهما في المبنى. "
        "وأصيب الاثنان بشظايا صاروخ أطلقته طائرة مسيرة على المبنى.",
        PUB,
        "missile_launch",
        "2024-05-18",
    ),
    (
        "an undated interception in a reaction story is the launch the pluperfect dates in the week",
        "التحالف يرد على هجوم الحوثيين",
        "أعلن التحالف اليوم أنه استهدف مواقع المتمردين ردا على هجوم طال مدينة حدودية. وكان رجل قد قتل عندما سقط "
        "صاروخ أطلقه الحوثيون على المدينة، ليل الأربعاء. ونشرت السلطات صورا لبقايا صاروخ باليستي اعترضته الدفاعات "
        "الجوية فوق المدينة.",
        PUB,
        "missile_launch",
        "2024-05-15",
    ),
    (
        "the same with the launch told by كانت ... قد and an evening",
        "غارات على مواقع الحوثيين",
        "شنت مقاتلات التحالف غارات على مواقع في صعدة ردا على استهداف مدينة نجران. وكانت جماعة الحوثي قد أطلقت "
        "صاروخا باليستيا على نجران مساء الخميس. وأظهرت صور بثتها السلطات بقايا صاروخ اعترضته الدفاعات الجوية.",
        PUB,
        "missile_launch",
        "2024-05-16",
    ),
    (
        "a meeting the North's agency quotes its leader on, in a story with no day, took place the day before",
        "كيم يتعهد بتعزيز العلاقات مع موسكو",
        "أكد الزعيم الكوري الشمالي التزامه بتعزيز العلاقات مع موسكو. ونقلت وكالة الأنباء المركزية الكورية عن كيم "
        "قوله، خلال لقائه وزير الدفاع الروسي في بيونغ يانغ، إن البلدين سيواصلان التعاون.",
        PUB,
        "russia_dprk_cooperation",
        "2024-05-17",
    ),
    (
        "the same for a launch its leader oversaw",
        "كيم يشرف على تجربة",
        "أشاد الزعيم الكوري الشمالي بقدرات بلاده الدفاعية. ونقلت الوكالة الكورية الشمالية الرسمية عن كيم جونغ أون "
        "قوله، خلال إشرافه على إطلاق صاروخ كروز استراتيجي جديد، إن الجيش جاهز.",
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "a Russian agency quoting its minister on the same meeting is dated by the day of publication",
        "شويغو في بيونغ يانغ",
        "أكد وزير الدفاع الروسي دعم بلاده لكوريا الشمالية. ونقلت وكالة تاس الروسية عن شويغو قوله، خلال لقائه "
        "الزعيم الكوري الشمالي في بيونغ يانغ، إن البلدين سيواصلان التعاون.",
        PUB,
        "russia_dprk_cooperation",
        "2024-05-18",
    ),
    (
        "yesterday in the words quoted after 'وقال X:' counts from the day the lead gives his speech",
        "مندوب يندد بتصعيد المتمردين",
        "ندد المندوب الدائم لدى الأمم المتحدة السفير خالد العلي، خلال كلمته أمام مجلس الأمن الخميس، بتصعيد "
        'المتمردين ضد المدن الحدودية. وقال العلي: "نذكر بالهجمات الصاروخية التي شنها الحوثيون على المدن أمس، '
        'والتي أسفرت عن إصابة مدنيين". وأكد أن بلاده تدعم كل الجهود للتهدئة.',
        PUB,
        "missile_launch",
        "2024-05-15",
    ),
    (
        "the same quote after a speech of today counts from publication",
        "مندوب يندد بتصعيد المتمردين",
        "ندد المندوب الدائم لدى الأمم المتحدة السفير خالد العلي، خلال كلمته أمام مجلس الأمن اليوم، بتصعيد "
        'المتمردين ضد المدن الحدودية. وقال العلي: "نذكر بالهجمات الصاروخية التي شنها الحوثيون على المدن أمس، '
        'والتي أسفرت عن إصابة مدنيين".',
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "the day after an army's announcement of a detected launch, the launch is the day before",
        "تصعيد في شبه الجزيرة الكورية",
        (
            "نشرت الوكالة الرسمية اليوم صورا لتجربة سلاح جديد، غداة إعلان الجيش الكوري الجنوبي عن رصد إطلاق "
            "بيونغ يانغ صاروخين نحو البحر."
        ),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "the day after a capital announced the launch, in a sanctions story",
        "تصعيد في شبه الجزيرة الكورية",
        ("فرضت واشنطن عقوبات جديدة اليوم غداة إعلان سيول إطلاق كوريا الشمالية ثلاثة صواريخ قصيرة المدى."),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "the day after a capital announced the fall of a missile, in a Security Council story",
        "تصعيد في شبه الجزيرة الكورية",
        (
            "عقد مجلس الأمن جلسة طارئة اليوم السبت وذلك غداة إعلان طوكيو عن سقوط صاروخ كوري شمالي أطلق "
            "باتجاه منطقتها الاقتصادية."
        ),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "a launch a session is held to discuss is not of the session's day",
        "تصعيد على حدود القطاع",
        (
            "تعقد الجامعة العربية اجتماعا طارئا اليوم السبت لمناقشة إطلاق الفصائل قذائف صاروخية على البلدات. "
            "وقال الجيش إن الفصائل أطلقت مساء الخميس عشرات القذائف الصاروخية نحو الجنوب."
        ),
        PUB,
        "missile_launch",
        "2024-05-16",
    ),
    (
        "a launch a council meets to discuss takes the day the article gives it, not the meeting's",
        "توتر في البحر الأحمر",
        (
            "يلتئم مجلس الأمن صباح اليوم لبحث إطلاق الحوثيين صواريخ باليستية على السفن التجارية. "
            "وقال الجيش إن الحوثيين أطلقوا الخميس ثلاثة صواريخ باتجاه البحر."
        ),
        PUB,
        "missile_launch",
        "2024-05-16",
    ),
    (
        "a salvo announced the next morning is the one a later sentence dates the evening before",
        "الدفاعات الجوية تعترض خمسة صواريخ",
        (
            "أعلن التحالف، في وقت مبكر من صباح اليوم السبت، أن الدفاعات الجوية اعترضت خمسة صواريخ باليستية "
            "أطلقها الحوثيون من اليمن. وقال المتحدث إن الرادارات رصدت مساء الجمعة إطلاق خمسة صواريخ نحو المدن."
        ),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "a salvo told the next day, with the count in figures, is the one dated the night before",
        "اعتراض 4 صواريخ",
        (
            "ذكر الجيش اليوم أن منظومات الدفاع أسقطت 4 صواريخ أطلقت من جنوب لبنان. "
            "وأضاف البيان أن الفصائل أطلقت ليل الجمعة 4 صواريخ على البلدات الشمالية."
        ),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "the launch night strikes answered is not of the day the strikes were reported",
        "الطائرات تقصف مواقع في القطاع",
        (
            "قال الجيش، اليوم السبت، إنه قصف عشرين موقعا في القطاع خلال الليل ردا على إطلاق صواريخ من غزة. "
            "وتبنت حركة الجهاد الإسلامي مساء الجمعة إطلاق عشرات الصواريخ على البلدات الإسرائيلية."
        ),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
    (
        "the rockets raids answered, told on the day of the army's statement, take the day the article gives them",
        "غارات ليلية على القطاع",
        (
            "أعلن المتحدث العسكري السبت أن المقاتلات أغارت ليلا على مخازن أسلحة، رداً على إطلاق قذائف صاروخية "
            "من قطاع غزة. وأطلقت الفصائل الفلسطينية الجمعة أكثر من ثلاثين قذيفة صاروخية نحو المستوطنات."
        ),
        PUB,
        "missile_launch",
        "2024-05-17",
    ),
]


@pytest.mark.parametrize("case", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_event_date(case: tuple[str, str, str, str, str, str]) -> None:
    _name, title, text, published, etype, want = case
    events = tag_article(title, text, published)
    days = {str(e.event_date) for e in events if e.type == etype and e.status == "asserted"}
    assert days == {want}, [(e.type, e.status, e.actor, e.event_date) for e in events]


# A state-media account of a test with no day of its own, then the launch it followed by a counted span of days:
# the dated launch is news of the last days (an undated account is no later launch it would be background to).
DAY_BEFORE_ACCOUNTS = [
    "ذكرت وسائل الإعلام الرسمية في كوريا الشمالية أن البلاد أطلقت صاروخا من طراز جديد تحت إشراف الزعيم. "
    "وجاء ذلك بعد يوم من إطلاق بيونغ يانغ ثلاثة صواريخ قصيرة المدى باتجاه البحر.",
    "قالت الوكالة الرسمية إن كيم جونغ أون تابع تجربة لإطلاق سلاح موجه جديد. ويأتي ذلك بعد يوم واحد من رصد "
    "إطلاق صاروخين من الساحل الشرقي لكوريا الشمالية.",
    "أعلنت كوريا الشمالية أنها اختبرت بنجاح صاروخا تكتيكيا جديدا. وجاء الإعلان بعد يوم من رصد سيول إطلاق "
    "صاروخ من منطقة قريبة من العاصمة.",
]


@pytest.mark.parametrize("text", DAY_BEFORE_ACCOUNTS)
def test_a_launch_a_day_before_an_undated_account_stays_news(text: str) -> None:
    events = tag_article("كوريا الشمالية تختبر سلاحا جديدا", text, PUB)
    seen = [(e.status, e.actor, e.count, str(e.event_date)) for e in events if e.type == "missile_launch"]
    assert any(
        e.type == "missile_launch" and e.status == "asserted" and e.actor == "PRK" and str(e.event_date) == "2024-05-17"
        for e in events
    ), seen


# One missile of a salvo told without a cardinal ("سقوط صاروخ") is no count against the salvo's stated count in a
# sentence of the same rank.
ONE_OF_A_SALVO = [
    "أعلنت الحكومة أنها ستطلب تحقيقا دوليا. وقالت إن الهجمات تهدد أمن البلاد. وأضافت أنها ستدعم جهود السلام. "
    "وقالت وكالة تابعة للجماعة إن انفجارا وقع في المطار إثر سقوط صاروخ من طراز بركان. "
    "وكان التحالف قد أعلن أمس أن دفاعاته تصدت لستة صواريخ أطلقت من اليمن.",
    "دعت الوزارة إلى الحوار. وأكدت تضامنها مع المملكة. وأشارت إلى أضرار مادية. "
    "وذكرت مصادر محلية أن شظايا تناثرت بعد سقوط صاروخ قرب حي سكني. "
    "وقال المتحدث إن الدفاعات الجوية اعترضت ستة صواريخ باليستية أطلقها الحوثيون ليلا.",
]


@pytest.mark.parametrize("text", ONE_OF_A_SALVO)
def test_one_missile_of_a_salvo_does_not_count_the_salvo(text: str) -> None:
    events = tag_article("تنديد بالهجوم الصاروخي على المملكة", text, PUB)
    counts = [e.count for e in events if e.type == "missile_launch" and e.status == "asserted"]
    assert counts == [6], [(e.status, e.actor, e.count, str(e.event_date)) for e in events]


# A side that lays the responsibility for a launch on another ("حمّل الوزير الحكومة مسؤولية إطلاق الصواريخ") does
# not claim it: the responsibility noun after a verb of blaming is no claim.
BLAMED_LAUNCHES = [
    "اعترضت الدفاعات الإسرائيلية صاروخين قادمين من لبنان فجر اليوم. ثم حمّل رئيس الأركان الإسرائيلي الدولة "
    "اللبنانية مسؤولية إطلاق الصواريخ كاملة.",
    "وحملت الحكومة الإسرائيلية السلطات في بيروت مسؤولية إطلاق الصواريخ نحو الجليل صباح اليوم.",
]


@pytest.mark.parametrize("text", BLAMED_LAUNCHES)
def test_the_side_that_blames_another_for_a_launch_did_not_launch(text: str) -> None:
    events = tag_article("تهديد بالرد", text, PUB)
    actors = {e.actor for e in events if e.type == "missile_launch" and e.status == "asserted"}
    assert "ISR" not in actors, [(e.status, e.actor) for e in events if e.type == "missile_launch"]

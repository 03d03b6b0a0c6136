"""The word lists the tagger's rules test tokens against, loaded (normalised) from transforms/lexicon/grammar.yaml."""

from __future__ import annotations

import re

import ahocorasick

from transforms.lexicon import word_alternation, word_set, word_tuple


class AnyOf:
    """Whether a text contains any form of a word list, in one pass over the text (an Aho–Corasick automaton of the
    forms, built once): the prefilter every article goes through, several times faster than a test per form.
    `whole_words` are forms that count only as a whole word, or after a one-letter clitic ("كيم"، "وكيم" but not
    "كيماوي")."""

    def __init__(self, forms: tuple[str, ...], whole_words: tuple[str, ...] = ()) -> None:
        # a form holding another one ("رشقه صاروخيه" holds "صاروخ") is found whenever that one is
        unique = tuple(dict.fromkeys(forms))
        self.forms = tuple(f for f in unique if not any(g != f and g in f for g in unique))
        self.whole_words = tuple(dict.fromkeys(w for w in whole_words if not any(f in w for f in self.forms)))
        self._automaton = ahocorasick.Automaton()
        # the value is 0 for a substring form, the form's length for a whole word
        for form in self.forms:
            self._automaton.add_word(form, 0)
        for form in self.whole_words:
            self._automaton.add_word(form, len(form))
        self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        for end, length in self._automaton.iter(text):
            if not length or (_ends_word(text, end) and _starts_word(text, end + 1 - length)):
                return True
        return False


def _ends_word(text: str, end: int) -> bool:
    return end + 1 == len(text) or not text[end + 1].isalpha()


def _starts_word(text: str, start: int) -> bool:
    """No letter before `start`, or only a one-letter clitic ("وكيم"، "لكيم")."""
    if start > 0 and text[start - 1].isalpha():
        start -= 1
        if text[start] not in _CLITICS:
            return False
    return start == 0 or not text[start - 1].isalpha()


_CLITICS = frozenset("وفبلك")


# Cheap prefilter over the fast-normalised article: a launched object and a trigger, or both Russia and North Korea.
OBJECT_WORDS = AnyOf(word_tuple("prefilter_launched_objects"), word_tuple("prefilter_launched_objects_whole_words"))
TRIGGER_WORDS = AnyOf(word_tuple("prefilter_launch_triggers"))
PRK_WORDS = AnyOf(word_tuple("prefilter_north_korea"), word_tuple("prefilter_north_korea_whole_words"))
RUS_WORDS = AnyOf(word_tuple("prefilter_russia"))

PREPOSITIONS = word_set("prepositions")
# Direction prepositions before a place noun ("على" is left out: "على جنوب إسرائيل" is read as before)
DIRECTIONS = word_set("directions")
# "أطلقت صاروخا عبر جنوب اليابان": the word of crossing before a place on the missile's path
CROSSING_WORDS = word_set("crossing_words")
# "من منطقة قرب بيونغ يانغ": a word of nearness between the origin's place noun and its name
PROXIMITY_WORDS = word_set("proximity_words")
# Place nouns that head a target phrase: "باتجاه مدينة جازان"، "فوق العاصمة الرياض"
PLACE_HEADS = word_set("place_heads")
# "من محطة سوهاي"، "من قاعدة بليسيتسك": the head nouns of a launch site before its name
LAUNCH_SITE_HEADS = word_set("launch_site_heads")
# "على مواقع الحوثيين"، "ضد معاقل داعش": positions or fighters of a side, after a preposition
POSITION_HEADS = word_set("position_heads")
SKIP_AFTER_LAUNCH = word_set("skip_after_launch")
# "ضربة جزاء" (penalty kick), "ضربة حرة" (free kick): football, not strikes
SKIP_AFTER_STRIKE = word_set("skip_after_strike")
SKIP_BEFORE_LAUNCH = word_set("skip_before_launch")
GENERIC_TRIGGERS = word_set("generic_triggers")
INTERCEPT_MASDARS = word_set("intercept_masdars")
INTERCEPT_PRESENT = word_set("intercept_present")
TOPIC_HEADS = word_set("topic_heads")
# Tokens between a month name and its year: "أكتوبر/تشرين أول من عام 1963"
YEAR_FILLERS = word_set("year_fillers")
ACCUSE = word_set("accuse")
ACCUSATION_NOUNS = word_set("accusation_nouns")
QUESTION_OPENERS = word_set("question_openers")
YES_NO_OPENERS = word_set("yes_no_openers")
SCENARIO_WORDS = word_set("scenario_words")
CASUALTY_NOUNS = word_set("casualty_nouns")
MISSION_NOUNS = word_set("mission_nouns")
PLANET_NOUNS = word_set("planet_nouns")
CLAUSE_CONNECTORS = word_set("clause_connectors")
# "… قد توقف أمس، ثم أطلقت الشركة الصاروخ اليوم": a link of sequence opening a later clause
SEQUENCE_LINKS = word_set("sequence_links")
NATIONALITY_NOUNS = word_set("nationality_nouns")
TIMES_NOUNS = word_set("times_nouns")
RESPONSE_NOUNS = word_set("response_nouns")
# "يجتمع المجلس اليوم لبحث إطلاق الصواريخ": a launch a meeting is held to discuss
DISCUSSION_MASDARS = word_set("discussion_masdars")
ANSWER_HEADS = word_set("answer_heads")
UNKNOWN_ORIGIN_WORDS = word_set("unknown_origin_words")
INTERCEPTION_STEMS = word_set("interception_stems")
LOYALTY_STEMS = word_tuple("loyalty_stems")  # prefixes, for str.startswith
RESULT_PREPOSITIONS = word_set("result_prepositions")
ADDITION_WORDS = word_set("addition_words")
ADDITION_LINKS = word_set("addition_links")
BEING_VERBS = word_set("being_verbs")
CELESTIAL_BODIES = word_set("celestial_bodies")
# "شنتها"، "نفذه"، "وأطلقوها": a verb resuming a strike noun with an object pronoun
RESUMPTIVE_VERB_RE = re.compile(
    r"^[وف]?(?:(" + word_alternation("resumptive_verb_stems") + r")(ت|وا|تا|ا)?"
    # ("تجريه"، "يطلقها": the present tense, as in "أول اختبار لصاروخ تجريه بيونغ يانغ منذ 2017")
    r"|[يت](" + word_alternation("resumptive_present_stems") + r"))(ها|ه|هم|هما)$"
)
RELATIVES = word_set("relatives")
COMPLEMENTISERS = word_set("complementisers")
# "نقلت الوكالة عن كيم قوله": the noun that ends the named speaker and opens the quoted words.
QUOTING_NOUNS = word_set("quoting_nouns")
SUBJUNCTIVE_PARTICLES = word_set("subjunctive_particles")
# Connectives after which a launch is the cause of the threat or warning, not its content.
TEMPORAL_LINKS = word_set("temporal_links")
# Leaders of third states: a summit word nearer to them than to the two sides is someone else's meeting
THIRD_PARTY_HEADS = word_set("third_party_heads")

# Small sets inside single rules (see grammar.yaml for the phrase each one handles)
KIM_BARE = word_set("kim_bare")
MILITIA_NOUNS = word_set("militia_nouns")
STATEMENT_MEDIA = word_set("statement_media")
# "دبي، الإمارات العربية المتحدة (CNN)": the news agency that closes a dateline
DATELINE_AGENCIES = word_set("dateline_agencies")
# "غوطة دمشق"، "ريف دمشق": the countryside or suburbs of a capital, a place name
CAPITAL_SURROUNDINGS = word_set("capital_surroundings")
CAPITAL_NEWSPAPER_WORDS = word_set("capital_newspaper_words")
# "غارات جوية سورية": the strike nouns and adjectives a feminine nisba follows
STRIKE_NISBA_HEADS = word_set("strike_nisba_heads")
STRIKE_MANNER_ADJECTIVES = word_set("strike_manner_adjectives")
MILITARY_RANKS = word_set("military_ranks")
SPOKESMAN_LINKS = word_set("spokesman_links")
SPOKESMAN_NOUNS = word_set("spokesman_nouns")
PROXY_NOUNS = word_set("proxy_nouns")
SECTOR_QUALIFIERS = word_set("sector_qualifiers")
AIRCRAFT_NOUNS = word_set("aircraft_nouns")
RESPONSE_VERBS = word_set("response_verbs")
RESPONSIBILITY_NOUNS = word_set("responsibility_nouns")
NEWNESS_WORDS = word_set("newness_words")
NOTIFYING_VERBS = word_set("notifying_verbs")
OBSERVATION_WORDS = word_set("observation_words")
DEBRIS_NOUNS = word_set("debris_nouns")
ORDER_WORDS = word_set("order_words")
ANTI_STEMS = word_tuple("anti_stems")
LIFT_OFF_STEMS = word_tuple("lift_off_stems")
TAKE_OFF_STEMS = word_tuple("take_off_stems")
EXPLORATION_PURPOSES = word_set("exploration_purposes")
AIRCRAFT_ADJECTIVES = word_set("aircraft_adjectives")
CLITIC_LIKE_NAME_STARTS = word_tuple("clitic_like_name_starts")  # prefixes, for str.startswith
PASSIVE_AUXILIARIES = word_set("passive_auxiliaries")
SPACE_MASDARS = word_set("space_masdars")
SENT_DATA_WORDS = word_set("sent_data_words")
REPORT_NOUNS = word_set("report_nouns")
RECENT_SPANS = word_set("recent_spans")
LOCATION_PREPOSITIONS = word_set("location_prepositions")
COMPONENT_NOUNS = word_set("component_nouns")
AFTER_SUBORDINATORS = word_set("after_subordinators")
OPERATION_HEADS = word_set("operation_heads")
CARRIED_OUT_VERBS = word_set("carried_out_verbs")
NOTE_OPENERS = word_set("note_openers")
FORCE_HEADS = word_set("force_heads")
LAUNCHING_CRAFT = word_set("launching_craft")
# "أطلقت من سفن أمريكية": the ships, submarines and planes a launch is fired from
FIRING_CRAFT = word_set("firing_craft")
STRIKE_SUPPORT_VERBS = word_set("strike_support_verbs")
FORCE_ADJECTIVES = word_set("force_adjectives")
INQUIRY_FINDINGS = word_set("inquiry_findings")
INQUIRY_AGENTS = word_set("inquiry_agents")
AFTER_EVENT_OPENERS = word_set("after_event_openers")
INQUIRY_BOARD_HEADS = word_set("inquiry_board_heads")
USE_PURPOSES = word_set("use_purposes")
ATTEMPT_NOUNS = word_set("attempt_nouns")
ATTEMPT_OUTCOMES = word_set("attempt_outcomes")
ATTEMPT_VERBS = word_set("attempt_verbs")
THEN_ADVERBS = word_set("then_adverbs")
LAUNCH_FILLERS = word_set("launch_fillers")
POSSESSIVE_MASDARS = word_set("possessive_masdars")
LIFT_OFF_MASDARS = word_set("lift_off_masdars")
CARRIER_LINKS = word_set("carrier_links")
CREW_HEADS = word_set("crew_heads")
DEVELOPMENT_MASDARS = word_set("development_masdars")
UPCOMING_ADJECTIVES = word_set("upcoming_adjectives")
LATEST_WORDS = word_set("latest_words")
SINGULAR_SPECIFIERS = word_set("singular_specifiers")
ANNOUNCING_MASDARS = word_set("announcing_masdars")
SYSTEM_NOUNS = word_set("system_nouns")
PUBLICATION_NOUNS = word_set("publication_nouns")
TIME_CLAUSE_HEADS = word_set("time_clause_heads")
LOCATIVE_RESUMPTIVES = word_set("locative_resumptives")
ANNOUNCED_OBJECT_WORDS = word_set("announced_object_words")
SPACE_WORDS = word_set("space_words")
LATER_WORDS = word_set("later_words")
SUCCESS_VERBS = word_set("success_verbs")
MEDIA_NOUNS = word_set("media_nouns")
TARGET_NOUNS = word_set("target_nouns")
HOSTING_VERBS = word_set("hosting_verbs")
HELD_AREA_HEADS = word_set("held_area_heads")
THREAT_NOUNS = word_set("threat_nouns")
REPEATED_ADVERBS = word_set("repeated_adverbs")
# the prepositions with a pronoun after a verb of stationing: "تتمركز فيها"، "يسيطر عليها"، "توجد بها"
HOSTING_PREPOSITIONS = frozenset({"فيها", "فيه", "عليها", "عليه", "بها", "به"})
PELTING_WORDS = word_set("pelting_words")
CAUSE_LINKS = word_set("cause_links")
STANCE_OBJECTS = word_set("stance_objects")
SUPPORT_STEMS = word_tuple("support_stems")  # prefixes, for str.startswith
PROTEST_HEADS = word_set("protest_heads")
CHARGE_HEADS = word_set("charge_heads")
SPECIALIST_NOUNS = word_set("specialist_nouns")
POSSESSIVE_SUFFIXES = word_tuple("possessive_suffixes")
REGION_NOUNS = word_set("region_nouns")
SIDE_ADJECTIVES = word_set("side_adjectives")
# the worry, regret or protest itself, not the response ("ردا على") that may be a strike of its own
REACTION_HEADS = PROTEST_HEADS - CAUSE_LINKS
QUOTE_MARKERS = word_set("quote_markers")
PROCESS_HEADS = word_set("process_heads")
# "إطلاق الصاروخ الذي أرجئ أمس سيتم غدا": a future auxiliary whose subject is the launch noun before it
FUTURE_AUXILIARIES = word_set("future_auxiliaries")
SUPERLATIVES = word_set("superlatives")
RECENT_HEADS = word_set("recent_heads")
POSSIBILITY_ADJECTIVES = word_set("possibility_adjectives")
DEFINITE_POSSIBILITY_ADJECTIVES = word_set("definite_possibility_adjectives")
# "لو أن الصين أطلقت"، "تخيل أنك أطلقت": an unreal condition or an imagined case before a launch
UNREAL_CONDITIONS = word_set("unreal_conditions")
# "أما إن انطلق صاروخ": the word after which إن is an if
CONDITION_OPENERS = word_set("condition_openers")
# "بالتوقيت المحلي (21:28 بتوقيت غرينتش الأحد)": the UTC clock, and the clock heads a local time is given with
UTC_WORDS = word_set("utc_words")
CLOCK_HEADS = word_set("clock_heads")
SELF_MOTION_VERB_STEMS = word_tuple("self_motion_verb_stems")  # prefixes, for str.startswith
FALL_MASDARS = word_set("fall_masdars")
NEGATION_COORDINATORS = word_set("negation_coordinators")
PRECEDENCE_MARKERS = word_set("precedence_markers")
GAP_PREPOSITIONS = word_set("gap_prepositions")
INSTRUMENT_PREPOSITIONS = word_set("instrument_prepositions")
ASPECTUAL_VERBS = word_set("aspectual_verbs")
ORIGIN_PREPOSITIONS = word_set("origin_prepositions")
PARTITIVE_PLACES = word_set("partitive_places")
INVITATION_WORDS = word_tuple("invitation_words")  # endings, for str.endswith
TOPIC_OF_TALK = word_set("topic_of_talk")
BETWEEN_WORDS = word_set("between_words")
PRONOUN_COMPLEMENTISERS = word_set("pronoun_complementisers")
SELF_REFERENCES = word_set("self_references") | word_set("self_units")
# "أكدت الوكالة المركزية الكورية أن الجيش أجرى تجربة": the bare army, before its own verb of doing the act
ARMY_SELF_REFERENCES = word_set("army_self_references")
FIRST_PERSON_SUFFIXES = word_tuple("first_person_launch_suffixes")  # endings, for str.endswith
ENGINE_TEST_WORDS = word_set("engine_test_words")
TARGET_PREPOSITIONS = word_set("target_prepositions")
SPORTS_WORDS = word_set("sports_words")
TALLY_SINCE = word_set("tally_since")
TALLY_HEADS = word_set("tally_heads")
TALLY_REPORT_NOUNS = word_set("tally_report_nouns")
REPEL_MASDARS = word_set("repel_masdars")
EPISODE_STEMS = word_tuple("episode_stems")  # prefixes, for str.startswith
TRIPARTITE_WORDS = word_set("tripartite_words")
ALSO_WORDS = word_set("also_words")
UNCLEAR_SOURCE_VERBS = word_set("unclear_source_verbs")
SOURCE_NOUNS = word_set("source_nouns")
# "الجيشان الكوري الجنوبي والأمريكي يحللان تفاصيل الإطلاق": analysing a launch is not firing it
ANALYSIS_VERBS = word_set("analysis_verbs")
SHELL_NOUNS = word_set("shell_nouns")
ONE_WORDS = word_set("one_words")
# "غداة إطلاق صاروخ": the day after a launch
DAY_AFTER_WORDS = word_set("day_after_words")
# "وسائل الإعلام الرسمية في كوريا الشمالية": an outlet or authority in a country, its speaker
OUTLET_HEADS = word_set("outlet_heads")
# "مع"، "بالتعاون والتنسيق مع كل من": links between a state and its partners in a strike (phrases, as token tuples)
PARTNER_LINKS = sorted((tuple(f.split()) for f in word_tuple("phrase_partner_links")), key=len, reverse=True)
HABITUAL_WORDS = word_set("habitual_words")
WHENEVER_WORDS = word_set("whenever_words")
FORMER_SCHEDULE_WORDS = word_set("former_schedule_words")
PAST_COPULAS = word_set("past_copulas")
RECENT_SPAN_HEADS = word_set("recent_span_heads")
RECENT_SPAN_ENDERS = word_set("recent_span_enders")
NAMING_PREPOSITIONS = word_set("naming_prepositions")
THIS_DAY_IN_HISTORY = word_tuple("phrase_this_day_in_history")  # phrases, searched in the normalised title
NAME_NOUNS = word_set("name_nouns")
PLACING_VERB_STEMS = word_tuple("placing_verb_stems")  # prefixes, for str.startswith
SATELLITE_ADJECTIVES = word_set("satellite_adjectives")
TEST_VERB_STEMS = word_tuple("test_verb_stems")  # prefixes, for str.startswith
PRONOUN_ENDED_COMPLEMENTISERS = word_set("pronoun_ended_complementisers")
TEST_VERB_FILLERS = word_set("test_verb_fillers")
FAILURE_STEMS = word_tuple("failure_stems")  # prefixes, for str.startswith
SERIES_ADJECTIVES = word_set("series_adjectives")
EXPLANATORY_OPENERS = word_set("explanatory_openers")
SUPPLY_LINKS = word_set("supply_links")
AGO_DAY_UNITS = word_set("ago_day_units")
AGO_WEEK_UNITS = word_set("ago_week_units")
AGO_LONG_UNITS = word_set("ago_long_units")
# "مرور 67 عاما على إطلاق": years and months counted in the accusative, in spans after a launch
COUNTED_LONG_UNITS = word_set("counted_long_units")
AGO_APPROXIMATORS = word_set("ago_approximators")
AGO_TIME_NOUNS = word_set("ago_time_nouns")
AGO_SPAN_ADJECTIVES = word_set("ago_span_adjectives")
INCLUDING_VERBS_PAST = word_set("including_verbs_past")
INCLUDING_VERBS_PRESENT = word_set("including_verbs_present")
DRILL_NOUNS = word_set("drill_nouns")
# "تدربت القوات على اعتراض الصواريخ": a verb of training (or simulation) before an interception
TRAINING_VERBS = word_set("training_verbs")
CLAIM_VERBS = word_set("claim_verbs")
CLAIM_VERBS_WITH_OBJECT = word_set("claim_verbs_with_object")
NORTH_REGION_HEADS = word_set("north_region_heads")
ANY_AND_ALL = word_set("any_and_all")
ESCALATION_WORDS = word_set("escalation_words")
INTERCEPTOR_ADJECTIVES = word_set("interceptor_adjectives")
STRUCK_HEADS = word_set("struck_heads")
ORIGIN_RESUMPTIVES = word_set("origin_resumptives")
WAR_PLACE_HEADS = word_set("war_place_heads")
WAR_PLACE_PREPOSITIONS = word_set("war_place_prepositions")
NEW_CONTEXT_OPENERS = word_set("new_context_openers")
TEST_STEMS = word_tuple("test_stems")
FLOWN_STEMS = word_tuple("flown_stems")
MISSILE_STORE_NOUNS = word_set("missile_store_nouns")
# "خبيري صواريخ": people whose trade the missiles name
MISSILE_SPECIALISTS = word_set("missile_specialists")
MODEL_PHRASE_WORDS = word_set("model_phrase_words")
BEFORE_WORDS = word_set("before_words")
# "الهجمات الصاروخية الغربية": the nisbas of blocs of states a strike may be described by
BLOC_NISBAS = word_set("bloc_nisbas")
# "وجاءت الغارات في أعقاب إطلاق": the verbs of the news coming after a launch
COMING_VERBS = word_set("coming_verbs")
# the launcher codes of the states a Western or Atlantic strike may be by
WESTERN_CODES = word_set("western_codes")
GOODS_NOUNS = word_set("goods_nouns")
WARNING_NOUNS = word_set("warning_nouns")
WARNING_SYSTEM_HEADS = word_set("warning_system_heads")
PURPOSE_DETECTION_WORDS = word_set("purpose_detection_words")
RESULT_STEMS = word_tuple("result_stems")  # prefixes, for str.startswith
DOING_MASDARS = word_set("doing_masdars")
DOER_HEADS = word_set("doer_heads")
CONFRONTING_STEMS = word_tuple("confronting_stems")  # prefixes, for str.startswith
CONFRONTING_FINITE = word_set("confronting_finite")
COUNTDOWN_WORDS = word_set("countdown_words")
GENERIC_PREDICATES = word_set("generic_predicates")
CURRENT_MONTH_WORDS = word_set("current_month_words")
CONDUCT_MASDARS = word_set("conduct_masdars")
EXCHANGE_WORDS = word_set("exchange_words")
TENSION_HEADS = word_set("tension_heads")
TIME_ORIGIN_WORDS = word_set("time_origin_words")
TWO_SIDES_WORDS = word_set("two_sides_words")
TWO_PEOPLE_WORDS = word_set("two_people_words")
PANEL_HEADS = word_set("panel_heads")
# "خبراء متفجرات"، "خبراء إزالة الألغام": the crafts that make experts specialists at work, not analysts
EXPERT_SPECIALTIES = word_set("expert_specialties")
ANNIVERSARY_WORDS = word_set("anniversary_words")
COINCIDING_WORDS = word_set("coinciding_words")
LIKENESS_WORDS = word_set("likeness_words")
SUCCESS_NOUN_STEMS = word_tuple("success_noun_stems")  # prefixes, for str.startswith
AMBIGUOUS_MONTH_NAMES = word_set("ambiguous_month_names")
MONTH_HEADS = word_set("month_heads")
ROCKET_LAUNCHER_NOUNS = word_set("rocket_launcher_nouns")
FICTION_NOUNS = word_set("fiction_nouns")
GAME_NOUNS = word_set("game_nouns")
GAME_KINDS = word_set("game_kinds")
STORY_WORDS = word_set("story_words")
UPDATE_OPENERS = word_set("update_openers")
GUNFIRE_WORDS = word_set("gunfire_words")
DOING_VERBS = word_set("doing_verbs")
SUPPORT_MASDARS = word_set("support_masdars")
# "أقدمت كوريا الشمالية على إطلاق صاروخين": a verb of undertaking and its preposition before the verbal noun
UNDERTAKING_VERBS = word_set("undertaking_verbs")
UNDERTAKING_PREPOSITIONS = word_set("undertaking_prepositions")
# "ونفذت السلطات الصينية إطلاق صاروخ": a past verb of carrying out before the verbal noun
CARRYING_OUT_VERBS = word_set("carrying_out_verbs")
CARRYING_OUT_NOUNS = word_set("carrying_out_nouns")
STATE_GROUP_NOUNS = word_set("state_group_nouns")
GROUP_COUNTS = word_set("group_counts")
TRANSITIVE_STRIKE_MASDARS = word_set("transitive_strike_masdars")
BACKING_PARTICIPLES = word_set("backing_participles")
REQUEST_HEADS = word_set("request_heads")
FIGURATIVE_LAUNCH_OBJECTS = word_set("figurative_launch_objects")
PAST_HEDGES = word_set("past_hedges")
INSTRUMENT_QUANTITIES = word_set("instrument_quantities")
WORRY_PREDICATES = word_set("worry_predicates")
# "لم تعترف كوريا الشمالية ولا روسيا رسميا بنشر القوات": verbs of acknowledging, negated: a claim left unconfirmed
ACKNOWLEDGING_VERBS = word_set("acknowledging_verbs")
# "مراسم لتكريم الجنود الذين سقطوا أثناء قتالهم إلى جانب روسيا": honouring or mourning words, and the words that open
# the relative clause telling who the honoured were
COMMEMORATION_HEADS = word_set("commemoration_heads")
FALLEN_VERBS = word_set("fallen_verbs")
# "جاء هذا الاجتماع بعد يوم من حضور كيم وبوتين العرض": the words that point back to a thing told before
DEMONSTRATIVES = word_set("demonstratives")
# "الميناء الفضائي"، "مطار فوستوتشني الفضائي": the heads of a spaceport's name
SPACE_SITE_HEADS = word_set("space_site_heads")
SPACE_ADJECTIVES = word_set("space_adjectives")
TRANSPORT_WORDS = word_set("transport_words")
FEAR_WORDS = word_set("fear_words")
STATIONING_PREPOSITIONS = word_set("stationing_prepositions")
STATIONING_SITES = word_set("stationing_sites")
ENTERING_VERBS = word_set("entering_verbs")
ATTENDANCE_WORDS = word_set("attendance_words")
ANNOUNCING_VERBS = word_set("announcing_verbs")
ANNOUNCER_WORDS = word_set("announcer_words")
READINESS_WORDS = word_set("readiness_words")
SOVIET_WORDS = word_set("soviet_words")
SCHEDULING_WORDS = word_set("scheduling_words")
POSTED_TITLES = word_set("posted_titles")
LABOUR_NOUNS = word_set("labour_nouns")
QUANTITY_HEADS = word_set("quantity_heads")
ATTENDANCE_PURPOSES = word_set("attendance_purposes")
SIDE_STATEMENT_VERBS = word_set("side_statement_verbs")
CONTEXT_HEADS = word_set("context_heads")
DESTINATION_PREPOSITIONS = word_set("destination_prepositions")
PARTICIPATION_WORDS = word_set("participation_words")
PARTY_HEADS = word_set("party_heads")
CONDEMNING_VERBS = word_set("condemning_verbs")
REACTION_VERBS = word_set("reaction_verbs")
CONTINUATION_WORDS = word_set("continuation_words")
CONSIDERATION_VERBS = word_set("consideration_verbs")
AGENDA_ITEMS = word_set("agenda_items")
AGENDA_CONTENTS = word_set("agenda_contents")
PROHIBITION_WORDS = word_set("prohibition_words")
OTHER_THING_LINKS = word_set("other_thing_links")
LEADER_VEHICLE_WORDS = word_set("leader_vehicle_words")
DEPARTURE_VERBS = word_set("departure_verbs")
JOURNEY_WORDS = word_set("journey_words")
OFFICIAL_TITLES = word_set("official_titles")
CLAUSE_BREAKS = word_set("clause_breaks")
SPECULATORS = word_set("speculators")
POSSIBILITY_WORDS = word_set("possibility_words")
OBLIGATION_WORDS = word_set("obligation_words")
APPROVAL_WORDS = word_set("approval_words")
PLURAL_RELATIVES = word_set("plural_relatives")
PLURAL_STRIKE_NOUNS = word_set("plural_strike_nouns")
SENDING_VERB_STEMS = word_tuple("sending_verb_stems")  # prefixes, for str.startswith
STATION_HEADS = word_set("station_heads")
ELAPSED_NOUNS = word_set("elapsed_nouns")
UNNAMED_AGENTS = word_set("unnamed_agents")
PRESENT_DOING_VERBS = word_set("present_doing_verbs")
WEEK_NOUNS = word_set("week_nouns")
FINDING_HEADS = word_set("finding_heads")
ANSWER_NOUNS = word_set("answer_nouns")
STRIKE_VERBAL_NOUNS = word_set("strike_verbal_nouns")
MASDAR_PREPOSITIONS = word_set("masdar_prepositions")
SPACE_ORGANISATION_WORDS = word_set("space_organisation_words")
STATION_HEADS = word_set("station_heads")
STATION_WORDS = word_set("station_words")
RELEASED_OBJECTS = word_set("released_objects")
STATION_CREWS = word_set("station_crews")
CREW_STEMS = word_tuple("crew_stems")
FRAME_WORDS = word_set("frame_words")
LONG_RANGE_HEADS = word_set("long_range_heads")
# "ستوجه ضربة"، "سيشن هجوما"، "سنرد": the future (س + imperfect prefix) of a verb of striking or launching
FUTURE_VERB_RE = re.compile(r"^[وف]?س[يتن](" + word_alternation("future_verb_stems") + r")(ون|ان|ين|ا)?$")
# "، بما في ذلك شن ضربات": a list of inclusions continues the clause before its comma (phrases, as token tuples)
INCLUSION_OPENERS = tuple(tuple(f.split()) for f in word_tuple("phrase_inclusion_openers"))
ON_THIS_DAY = tuple(tuple(f.split()) for f in word_tuple("phrase_on_this_day"))
APPROACH_WORDS = word_set("approach_words")
EARLIER_THIS_YEAR = tuple(tuple(f.split()) for f in word_tuple("phrase_earlier_this_year"))
MEDIUM_PREPOSITIONS = word_set("medium_prepositions")
MAKER_WORDS = word_set("maker_words")
USE_PARTICIPLES = word_set("use_participles")
COUNT_APPROXIMATORS = word_set("count_approximators")
CLAIM_FILLERS = word_set("claim_fillers")
OCCURRED_VERBS = word_set("occurred_verbs")
RECENT_ADJECTIVES = word_set("recent_adjectives")
REQUEST_HEADS = word_set("request_heads")
CLAIM_NEGATIONS = word_set("claim_negations")
RULING_OUT_VERBS = word_set("ruling_out_verbs")
NEGATED_CLAIM_VERBS = word_set("negated_claim_verbs")
SILENT_GROUP_VERBS = word_set("silent_group_verbs")
STATEMENT_NOUNS = word_set("statement_nouns")
BLAME_VERBS = word_set("blame_verbs")
UNINVOLVED_ADJECTIVES = word_set("uninvolved_adjectives")
UNKNOWN_ADJECTIVES = word_set("unknown_adjectives")
NOT_WORDS = word_set("not_words")
SYRIAN_NISBAS = word_set("syrian_nisbas")
MISSILE_NISBA_HEADS = word_set("missile_nisba_heads")
AIRCRAFT_TARGETS = word_set("aircraft_targets")
ORIGIN_NOUNS = word_set("origin_nouns")
PARTITIVE_AFTER_STRIP = word_set("partitive_after_strip")
RESULT_VERBS = word_set("result_verbs")

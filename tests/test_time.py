"""Time expressions: finding, resolving against the publication date, event dates and deadlines."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import DataFileError
from communique.time.dates import date_for_event, deadline_for_event, find_dates
from communique.time.resolve import resolve_text
from communique.time.scan import scan
from communique.time.words import read_time_words

WED = dt.date(2021, 3, 10)  # a Wednesday
SAMPLE_PUBLISHED = dt.date(2020, 1, 8)  # the sample article's publication date, a Wednesday


def value(text: str, anchor=WED, direction: str = "nearest") -> str | None:
    found = resolve_text(text, anchor, direction)
    assert found is not None, f"{text!r} is not read as one time expression"
    return found.value


def texts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in scan(text)]


# --- resolving single expressions (no model) ---------------------------------------------------

@pytest.mark.parametrize("text, direction, expected", [
    ("Wednesday", "past", "2021-03-10"),  # published on a Wednesday: the same day
    ("Wednesday", "future", "2021-03-10"),
    ("Friday", "past", "2021-03-05"),
    ("Friday", "future", "2021-03-12"),
    ("Monday", "past", "2021-03-08"),
    ("Monday", "future", "2021-03-15"),
    ("last Friday", "future", "2021-03-05"),
    ("next Monday", "past", "2021-03-15"),
    ("Friday morning", "past", "2021-03-05"),
])
def test_weekday_points_the_way_the_tense_does(text, direction, expected):
    assert value(text, direction=direction) == expected


@pytest.mark.parametrize("text, expected", [
    ("today", "2021-03-10"), ("tonight", "2021-03-10"), ("tomorrow", "2021-03-11"),
    ("yesterday", "2021-03-09"), ("last night", "2021-03-09"), ("the day after tomorrow", "2021-03-12"),
])
def test_relative_days(text, expected):
    assert value(text) == expected


def test_weeks_are_monday_to_sunday_ranges():
    last = resolve_text("last week", WED)
    assert (last.value, last.end_value, last.precision) == ("2021-03-01", "2021-03-07", "week")
    assert resolve_text("next week", WED).end_value == "2021-03-21"
    assert value("this week") == "2021-03-08"


@pytest.mark.parametrize("text, expected, precision", [
    ("last month", "2021-02", "month"), ("next month", "2021-04", "month"),
    ("earlier this month", "2021-03", "month"), ("earlier this year", "2021", "year"),
    ("last year", "2020", "year"), ("next year", "2022", "year"),
    ("two days ago", "2021-03-08", "day"), ("three months ago", "2020-12", "month"),
    ("five years ago", "2016", "year"),
])
def test_shifted_periods(text, expected, precision):
    found = resolve_text(text, WED)
    assert (found.value, found.precision) == (expected, precision)


def test_month_without_year_follows_the_tense():
    jan = dt.date(2020, 1, 8)
    assert value("November", jan, "past") == "2019-11"
    assert value("March", jan, "future") == "2020-03"
    assert value("March", jan, "past") == "2019-03"
    assert value("January", jan, "past") == "2020-01"


def test_day_without_year_takes_the_year_nearest_in_the_tense_direction():
    assert value("Jan. 12", dt.date(2020, 1, 8), "future") == "2020-01-12"
    assert value("Jan. 12", dt.date(2020, 1, 8), "past") == "2019-01-12"
    assert value("Dec. 30", dt.date(2020, 1, 8), "past") == "2019-12-30"
    assert value("Dec. 30", dt.date(2020, 1, 8), "nearest") == "2019-12-30"
    assert value("3 January", dt.date(2019, 12, 20), "future") == "2020-01-03"


@pytest.mark.parametrize("text, expected, precision", [
    ("midnight on Jan. 12", "2020-01-12T00:00", "minute"),
    ("00.00 hours on 12 January", "2020-01-12T00:00", "minute"),
    ("3 p.m. on Friday", "2020-01-10T15:00", "hour"),
    ("14:30 GMT on Monday", "2020-01-13T14:30", "minute"),
    ("Jan. 12 at noon", "2020-01-12T12:00", "minute"),
])
def test_clock_times_join_their_day(text, expected, precision):
    found = resolve_text(text, dt.date(2020, 1, 8), "future")
    assert (found.value, found.precision) == (expected, precision)


def test_within_counts_forward_from_publication():
    assert value("within 48 hours", dt.date(2020, 1, 8), "future") == "2020-01-10"
    assert resolve_text("within 48 hours", dt.date(2020, 1, 8)).precision == "day"
    with_time = resolve_text("within 48 hours", dt.datetime(2020, 1, 8, 14, 30))
    assert (with_time.value, with_time.precision) == ("2020-01-10T14:00", "hour")
    assert value("within two weeks") == "2021-03-24"


@pytest.mark.parametrize("text, expected", [
    ("the end of the month", "2021-03-31"), ("end of next month", "2021-04-30"),
    ("the end of the year", "2021-12-31"), ("the end of January 2020", "2020-01-31"),
    ("the end of 2019", "2019-12-31"), ("the beginning of next year", "2022-01-01"),
])
def test_period_edges_are_days(text, expected):
    found = resolve_text(text, WED, "future")
    assert (found.value, found.precision) == (expected, "day")


@pytest.mark.parametrize("text, expected, precision", [
    ("Jan. 12, 2020", "2020-01-12", "day"), ("12 January 2020", "2020-01-12", "day"),
    ("the 4th of July 1990", "1990-07-04", "day"), ("January 2020", "2020-01", "month"),
    ("2019", "2019", "year"), ("2020-01-12", "2020-01-12", "day"),
])
def test_absolute_dates_resolve_without_a_publication_date(text, expected, precision):
    found = resolve_text(text, None)
    assert (found.value, found.precision, found.relative) == (expected, precision, False)


@pytest.mark.parametrize("text", ["Wednesday", "tomorrow", "last week", "Jan. 12", "November",
                                  "midnight on Jan. 12", "within 48 hours", "the end of the month"])
def test_relative_expressions_stay_unresolved_without_a_publication_date(text):
    found = resolve_text(text, None, "past")
    assert found.value is None and not found.resolved and found.relative


def test_scanner_finds_what_news_writes_and_skips_what_is_not_a_date():
    text = ("Theresa May said on Tuesday the vote, delayed since May, would come by the end of the month. "
            "Daily flights resumed in 2019; 200,000 people left within 48 hours.")
    assert texts(text) == ["Tuesday", "May", "the end of the month", "2019", "within 48 hours"]


def test_names_that_look_like_dates_are_skipped():
    # "Nearly" does not hold "early"; whether 1900 counts soldiers is for the parse to say (below)
    assert texts("The Good Friday Agreement held; Nearly 1900 soldiers died on Friday.") == ["1900", "Friday"]


def test_a_broken_word_list_is_reported(tmp_path):
    bad = tmp_path / "words.tsv"
    bad.write_text("weekday\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        read_time_words(bad)


# --- normalising is stable (property tests) ------------------------------------------------------

EXPRESSIONS = ["Wednesday", "last Friday", "tomorrow", "yesterday", "last week", "next month", "November",
               "Jan. 12", "midnight on Jan. 12", "within 48 hours", "the end of the month", "two weeks ago",
               "earlier this year", "12 January 2020", "3 p.m. on Sunday", "the 29th of February"]


@settings(max_examples=150, deadline=None)
@given(text=st.sampled_from(EXPRESSIONS), anchor=st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
       direction=st.sampled_from(["past", "future", "nearest"]))
def test_resolving_is_stable_and_its_value_reads_back(text, anchor, direction):
    first = resolve_text(text, anchor, direction)
    assert first == resolve_text(text, anchor, direction)
    if first.value is None or first.precision == "week":
        return
    again = resolve_text(first.value, anchor, direction)
    assert again is not None and again.value == first.value and not again.relative


# --- in parsed text (the model) --------------------------------------------------------------------

NEWS = (
    "The foreign ministers met in Geneva on Friday and will meet again on Monday. "
    "Rebels seized the town in November, the army said on Tuesday. "
    "The army gave the militants until Friday to lay down their arms. "
    "Parliament must approve the budget by the end of the month, the finance minister warned yesterday. "
    "By Tuesday, the death toll had risen to 40. "
    "The envoy is expected to arrive in Kabul tomorrow."
)


@pytest.fixture(scope="module")
def news(nlp):
    return nlp(NEWS)


def by_text(mentions):
    return {m.text: m for m in mentions}


@pytest.mark.model
def test_tense_sets_the_direction_in_context(news):
    found = find_dates(news, WED)
    values = [(m.text, m.value) for m in found]
    assert values == [("Friday", "2021-03-05"), ("Monday", "2021-03-15"), ("November", "2020-11"),
                      ("Tuesday", "2021-03-09"), ("Friday", "2021-03-12"), ("the end of the month", "2021-03-31"),
                      ("yesterday", "2021-03-09"), ("Tuesday", "2021-03-09"), ("tomorrow", "2021-03-11")]
    deadlines = [m.text for m in found if m.deadline]
    assert deadlines == ["Friday", "the end of the month"]  # "By Tuesday, ... had risen" is not one


@pytest.mark.model
def test_an_infinitive_points_forward_from_a_past_appeal(nlp):
    doc = nlp("The envoys on Wednesday urged the militias to declare a truce by midnight on Sunday. "
              "They called for a ceasefire to take effect at noon on March 14.")
    found = [(m.text, m.value, m.deadline) for m in find_dates(doc, WED)]
    assert found == [("Wednesday", "2021-03-10", False), ("midnight on Sunday", "2021-03-14T00:00", True),
                     ("noon on March 14", "2021-03-14T12:00", True)]


# Published on Wednesday 2021-03-10: the Sunday before is 2021-03-07, the Sunday after 2021-03-14.
@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # a verb without a tense of its own takes it from the verb above: the act is told as past
    ("Gunmen tried to kill the district governor on Sunday, police said.", "2021-03-07"),
    ("The aid convoy failed to reach the camp on Sunday.", "2021-03-07"),
    ("The army managed to free the hostages on Sunday.", "2021-03-07"),
    ("The ministry declined to comment on Sunday.", "2021-03-07"),
    ("Lawmakers voted to remove the speaker on Sunday.", "2021-03-07"),
    ("The envoy went to visit the wounded on Sunday.", "2021-03-07"),
    ("Rescuers were able to reach the village on Sunday.", "2021-03-07"),
    ("Guards foiled an attempt to free the prisoners on Sunday.", "2021-03-07"),
    ("The army advanced in order to retake the town on Sunday.", "2021-03-07"),
    ("Protesters began blocking the main road on Sunday.", "2021-03-07"),
    ("The senator was shot dead on Sunday.", "2021-03-07"),
    ("Militiamen have burned three villages since Sunday.", "2021-03-07"),
    ("Gunmen tried to kill the governor on Dec. 12.", "2020-12-12"),
    ("The army tried to retake the town in January.", "2021-01"),
    # a participle on its own tells a done act, whatever the main verb's tense; one that schedules looks ahead
    ("The treaty, signed on Sunday, will take effect next month.", ["2021-03-07", "2021-04"]),
    ("Four miners killed on Sunday will be buried in their village.", "2021-03-07"),
    ("The talks, scheduled for Sunday, will be held in Geneva.", "2021-03-14"),
    ("Practice ends on Monday, followed by a match on Sunday.", ["2021-03-15", "2021-03-14"]),
    # a modal, a future marker, or a verb that looks ahead: the coming Sunday, also under a past verb
    ("The rebels will attack the garrison on Sunday.", "2021-03-14"),
    ("The rebels can attack the garrison on Sunday.", "2021-03-14"),
    ("The envoy is going to visit the capital on Sunday.", "2021-03-14"),
    ("The envoy plans to visit the capital on Sunday.", "2021-03-14"),
    ("Peace talks are due to resume on Sunday.", "2021-03-14"),
    ("Peace talks are set to resume on Sunday.", "2021-03-14"),
    ("The referendum is scheduled to take place on Sunday.", "2021-03-14"),
    ("The militia vowed to strike the base on Sunday.", "2021-03-14"),
    ("The miners were to return to work on Sunday.", "2021-03-14"),
    ("The general gave an order to retake the town on Sunday.", "2021-03-14"),
    ("The court summoned the minister to appear on Sunday.", "2021-03-14"),
    # reported speech keeps the inner clause's tense: "would" is a future seen from the saying
    ("Police said the gang would rob the bank on Sunday.", "2021-03-14"),
    ("Police said the gang robbed the bank on Sunday.", "2021-03-07"),
    ("\"We will march on Sunday,\" the union leader said.", "2021-03-14"),
    ("\"They shelled our homes on Sunday,\" a villager said.", "2021-03-07"),
    # a plain present in running text is a schedule ("expires on Sunday"): kept forward (docs/output-schema.md)
    ("The ceasefire expires on Sunday.", "2021-03-14"),
    # the publication day's own weekday is that day, whichever way the tense points
    ("The cabinet met on Wednesday.", "2021-03-10"),
    ("The cabinet will meet on Wednesday.", "2021-03-10"),
])
def test_a_date_without_a_year_points_the_way_its_governing_finite_verb_does(nlp, sentence, expected):
    assert [m.value for m in find_dates(nlp(sentence), WED)] == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize("sentence", [
    "Teachers in Lagos protested Sunday over unpaid wages.",
    "Tens of thousands of people protested in Belgrade on Sunday.",
    "President Museveni on Sunday extended by two weeks the curfew imposed in Kampala."])
def test_a_bare_participle_with_a_subject_as_the_verb_is_a_misread_past(nlp, sentence):
    # spaCy sm tags these verbs VBN; published on a Friday, the nearest Sunday would be the coming one
    friday = dt.date(2021, 3, 12)
    assert [m.value for m in find_dates(nlp(sentence), friday)] == ["2021-03-07"]


@pytest.mark.model
def test_a_goal_looks_ahead_where_a_missed_deadline_looks_back(nlp):
    goal = nlp("The city doubled its output of sandbags to try to fill a million bags by Friday.")
    missed = nlp("The rebels failed to withdraw by Friday.")
    assert [(m.value, m.deadline) for m in find_dates(goal, WED)] == [("2021-03-12", True)]
    assert [(m.value, m.deadline) for m in find_dates(missed, WED)] == [("2021-03-05", True)]


@pytest.mark.model
def test_an_event_under_a_verb_of_trying_is_dated_by_the_trying(nlp):
    doc = nlp("Gunmen tried to kill the district governor on Sunday, police said.")
    found = find_dates(doc, WED)
    assert date_for_event(doc, token_index(doc, "kill"), found, WED) == \
        {"value": "2021-03-07", "precision": "day", "text": "Sunday"}


@pytest.mark.model
def test_an_attempt_told_in_the_past_is_not_read_as_a_future_act(model_settings):
    from communique.pipeline import extract_text

    document = extract_text("Gunmen tried to kill the district governor on Sunday, police said.", WED.isoformat(),
                            model_settings)
    kill = [e for e in document.events if e.trigger == "kill"]
    assert [(e.date["value"], e.modality) for e in kill] == [("2021-03-07", "asserted")]


@pytest.mark.model
def test_a_number_counting_things_is_not_a_year(nlp):
    doc = nlp("Some 2000 troops were deployed in 2019, before the 2020 elections.")
    assert [m.text for m in find_dates(doc, WED)] == ["2019", "2020"]


@pytest.mark.model
def test_without_publication_date_nothing_relative_is_guessed(news, nlp):
    assert all(m.value is None and not m.resolved for m in find_dates(news, None))
    absolute = find_dates(nlp("The accord was signed on Jan. 12, 2020, in Moscow."), None)
    assert [(m.text, m.value, m.resolved) for m in absolute] == [("Jan. 12, 2020", "2020-01-12", True)]


def token_index(doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


@pytest.mark.model
def test_event_dates_follow_the_parse(news):
    found = find_dates(news, WED)
    met = date_for_event(news, token_index(news, "met"), found, WED)
    again = date_for_event(news, token_index(news, "meet"), found, WED)
    seized = date_for_event(news, token_index(news, "seized"), found, WED)
    arrive = date_for_event(news, token_index(news, "arrive"), found, WED)
    assert (met["value"], met["text"]) == ("2021-03-05", "Friday")
    assert (again["value"], again["text"]) == ("2021-03-15", "Monday")
    assert (seized["value"], seized["precision"]) == ("2020-11", "month")
    assert arrive["value"] == "2021-03-11"


@pytest.mark.model
def test_reporting_date_applies_when_nothing_else_dates_the_event(news):
    found = find_dates(news, WED)
    approve = date_for_event(news, token_index(news, "approve"), found, WED)
    assert (approve["value"], approve["text"]) == ("2021-03-09", "yesterday")
    assert deadline_for_event(news, token_index(news, "approve"), found) == \
        {"value": "2021-03-31", "text": "the end of the month"}


@pytest.mark.model
def test_a_deadline_belongs_to_the_clause_not_to_the_date_of_setting_it(news):
    found = find_dates(news, WED)
    gave, lay = token_index(news, "gave"), token_index(news, "lay")
    assert date_for_event(news, gave, found, WED) == {"value": "2021-03-10", "precision": "day", "text": None}
    assert deadline_for_event(news, gave, found) == {"value": "2021-03-12", "text": "Friday"}
    assert deadline_for_event(news, lay, found) == {"value": "2021-03-12", "text": "Friday"}


@pytest.mark.model
def test_undated_events_fall_back_to_publication(news):
    found = find_dates(news, WED)
    risen = token_index(news, "risen")
    assert date_for_event(news, risen, found, WED)["text"] == "Tuesday"
    assert deadline_for_event(news, risen, found) is None
    assert date_for_event(news, risen, [], None) == {"value": None, "precision": "day", "text": None}
    assert date_for_event(news, risen, [], WED) == {"value": "2021-03-10", "precision": "day", "text": None}


@pytest.mark.model
def test_a_date_in_a_relative_clause_dates_only_that_clause(nlp):
    doc = nlp("The strike, which began in October, has shut the port, but dockers say managers have ignored them.")
    found = find_dates(doc, WED)
    assert date_for_event(doc, token_index(doc, "began"), found, WED)["value"] == "2020-10"
    for word in ("shut", "ignored"):
        assert date_for_event(doc, token_index(doc, word), found, WED)["text"] is None


@pytest.mark.model
def test_sample_article(nlp, sample_article_text):
    doc = nlp(sample_article_text)
    found = find_dates(doc, SAMPLE_PUBLISHED)
    mentions = by_text(found)
    deadline = mentions["midnight on Jan. 12"]
    assert (deadline.value, deadline.precision, deadline.deadline) == ("2020-01-12T00:00", "minute", True)
    assert mentions["Wednesday"].value == "2020-01-08"
    assert mentions["tomorrow"].value == "2020-01-09"
    assert mentions["yesterday"].value == "2020-01-07"
    week = mentions["last week"]
    assert (week.value, week.end_value, week.precision) == ("2019-12-30", "2020-01-05", "week")
    assert (mentions["November"].value, mentions["November"].precision) == ("2019-11", "month")
    call = token_index(doc, "call")
    assert date_for_event(doc, call, found, SAMPLE_PUBLISHED)["value"] == "2020-01-08"
    assert deadline_for_event(doc, call, found) == {"value": "2020-01-12T00:00", "text": "midnight on Jan. 12"}
    unanchored = find_dates(doc, None)
    assert all(not m.resolved for m in unanchored if m.relative)


def possessive_time_rows() -> list[tuple[str, str, str]]:
    from fixture_tables import FIXTURES
    rows = []
    for line in (FIXTURES / "possessive_times.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, trigger, expected = line.split("\t")
            rows.append((sentence, trigger, expected))
    return rows


@pytest.mark.model
@pytest.mark.parametrize("sentence, trigger, expected", possessive_time_rows())
def test_a_possessive_time_dates_its_own_noun_not_the_act_above_it(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    date = date_for_event(doc, token_index(doc, trigger), find_dates(doc, WED), WED)
    assert (date["text"] or "-") == expected


@pytest.mark.model
def test_a_past_act_before_a_coming_event_is_not_made_a_threat(model_settings):
    from communique.pipeline import extract_text

    document = extract_text("Police detained the organisers of next week's rally, a spokesman said.", WED.isoformat(),
                            model_settings)
    detained = [e for e in document.events if e.trigger == "detained"]
    assert [(e.cameo["code"], e.date["value"], e.modality) for e in detained] == [("173", WED.isoformat(), "asserted")]

"""English temporal expressions: recognition and normalization on real sentences."""
from __future__ import annotations

import pytest

from lagebild.doc import Doc

from times_helpers import find
from times_helpers import run as _run


def run(text: str, published: str | None = "2022-01-06") -> Doc:
    return _run(text, published, lang="en")


def test_weekdays_by_tense():
    doc = run("The protests erupted on Sunday. The president will address the nation on Monday.")
    assert find(doc, "Sunday").value == "2022-01-02"
    assert find(doc, "Monday").value == "2022-01-10"


def test_weekday_night_and_morning():
    doc = run("The government resigned Wednesday morning, and troops arrived Thursday night.")
    assert find(doc, "Wednesday morning").value == "2022-01-05TMO"
    t = find(doc, "Thursday night")
    assert t.value == "2022-01-06TNI" and t.interval.end == "2022-01-07T06:00:00"


def test_month_day_formats():
    doc = run("The emergency will remain in force until Jan. 19. He took office on 12 June 2019 and on 2019-06-20 named a cabinet.")
    t = find(doc, "Jan. 19")
    assert t.value == "2022-01-19" and t.text.startswith("until")
    assert find(doc, "12 June 2019").value == "2019-06-12"
    assert find(doc, "2019-06-20").value == "2019-06-20"


def test_year_across_new_year():
    doc = run("Britain approved the vaccine on Dec. 30, and the first shots will be given on Jan. 4.", published="2020-12-30")
    assert find(doc, "Dec. 30").value == "2020-12-30"
    assert find(doc, "Jan. 4").value == "2021-01-04"


def test_relative_expressions():
    doc = run("Officials said yesterday that more doses were given last week than three weeks ago. Revenue fell last year.")
    assert find(doc, "yesterday").value == "2022-01-05"
    assert find(doc, "last week").value == "2021-W52"
    assert find(doc, "three weeks ago").value == "2021-W50"
    assert find(doc, "last year").value == "2021"


def test_ranges_and_since():
    doc = run("The talks were held between Monday and Wednesday. American troops have been stationed there since 2015.",
              published="2019-10-11")
    assert find(doc, "between Monday and Wednesday").value == "2019-10-07/2019-10-09"
    t = find(doc, "2015")
    assert t.value == "2015" and t.interval.end == "2019-10-12T00:00:00"


def test_durations_and_sets():
    doc = run("The soldiers would be deployed for a limited period. Aid trucks will enter every day, "
              "and the bridge carries 100,000 vehicles a day, two decades after it opened.")
    assert find(doc, "limited period").type == "DURATION"
    assert find(doc, "every day").value == "P1D"
    assert find(doc, "a day").type == "SET"
    assert find(doc, "two decades").value == "P2DE"


def test_times_of_day():
    doc = run("The truce took effect at 7 a.m. on Friday and negotiators met again at noon.", published="2023-11-24")
    assert find(doc, "7 a.m.").value == "2023-11-24T07:00"
    assert find(doc, "noon").value == "2023-11-24T12:00"


def test_holidays():
    doc = run("Shoppers lined up for Black Friday deals, a day after Thanksgiving. Sales during the Christmas season rose.",
              published="2023-11-24")
    assert find(doc, "Black Friday").value == "2023-11-24"
    assert find(doc, "Thanksgiving").value == "2023-11-23"
    assert not any(t.text == "Christmas" for t in doc.times)


def test_unanchored():
    doc = run("Police arrested two men on Tuesday. The robbery took place last month.", published=None)
    t = find(doc, "Tuesday")
    assert t.value == "XXXX-WXX-2" and t.anchored is False and t.interval is None
    assert find(doc, "last month").value == "XXXX-XX"


def test_bad_dates_and_names():
    doc = run("A date such as February 30 does not exist, and 31 April is not valid either. Theresa May said so.")
    assert doc.times == []


def test_past_year_is_a_span_and_nearest_verb_sets_the_tense():
    doc = run("Prices rose 7 percent over the past year. Rebel leaders said on Wednesday they would meet the mediator.")
    assert find(doc, "past year").value == "P1Y"
    assert find(doc, "Wednesday").value == "2022-01-05"


def test_narrative_in_english():
    doc = run("Germany invaded Poland in September 1939. In May, German troops swept into France. "
              "The Berlin Wall fell on Nov. 9, 1989. In the summer, thousands of East Germans had fled through Hungary.")
    assert find(doc, "May").value == "1940-05"
    assert find(doc, "summer").value == "1989-SU"


# -- held-out batch 3 -------------------------------------------------------------------
def test_pluperfect_month_stays_in_the_past():
    doc = run("Public anger had been building; mass protests had erupted in October.", published="2020-08-06")
    assert find(doc, "October").value == "2019-10"
    doc = run("The trial had been set to begin on March 4.", published="2024-02-29")
    assert find(doc, "March 4").value == "2024-03-04"


def test_bare_duration_before_later_leaves_later_outside():
    doc = run("A second quake hit the region hours later. Weeks after the vote, the minister resigned.")
    t = find(doc, "hours")
    assert (t.text, t.value) == ("hours", "PTXH")
    assert find(doc, "Weeks").text == "Weeks"


def test_into_the_night_early_hours_and_past_midnight():
    doc = run("The protests lasted into the night. Around midnight shots were fired.")
    t = find(doc, "night")
    assert (t.text, t.value) == ("night", "2022-01-05TNI")
    assert find(doc, "midnight").value == "2022-01-05T24:00"
    doc = run("Rebels attacked the town on Tuesday. In the early hours fighters stormed the police station.")
    t = find(doc, "early hours")
    assert (t.text, t.value) == ("early hours", "2022-01-04")
    assert find(run("The curfew begins at midnight."), "midnight").value == "2022-01-06T24:00"


def test_part_of_day_of_a_date_is_one_expression():
    doc = run("On the evening of Jan. 5, protesters stormed the city hall. On the morning of Tuesday, police arrived.")
    t = find(doc, "evening")
    assert (t.text, t.value) == ("evening of Jan. 5", "2022-01-05TEV")
    assert find(doc, "morning").value == "2022-01-04TMO"


def test_adjectival_durations_and_a_person_aged_further_back():
    doc = run("The government declared a seven-day mourning period and a two-week state of emergency.")
    assert find(doc, "seven-day").value == "P7D"
    assert find(doc, "two-week").value == "P2W"
    doc = run("A court sentenced a 34-year-old man on Wednesday to nine years in prison.")
    assert find(doc, "nine years").value == "P9Y"


def test_night_in_the_sentence_of_overnight_is_that_night():
    doc = run("Rescuers worked into the night, and temperatures fell below freezing overnight.", published="2023-02-07")
    assert find(doc, "night").value == "2023-02-06TNI"
    assert find(doc, "overnight").value == "2023-02-06TNI"


def test_shortly_afterwards_is_no_future_reference():
    assert run("They met on Tuesday morning. Shortly afterwards, both parties agreed to meet again.").times[-1].text == "Tuesday morning"
    assert find(run("The results will be published shortly."), "shortly").value == "FUTURE_REF"


def test_since_the_takes_the_signal():
    doc = run("Oil is up more than 40% since the start of the year.", published="2022-03-03")
    t = find(doc, "start of the year")
    assert (t.text, t.value) == ("since the start of the year", "2022")


def test_until_a_weekday_in_a_past_clause_is_the_nearer_one():
    doc = run("Strong winds battered the coast until late Monday. The government extended the curfew until Friday.",
              published="2024-07-09")
    assert find(doc, "late Monday").value == "2024-07-08"
    assert find(doc, "Friday").value == "2024-07-12"


def test_bare_plural_durations_after_take_and_last():
    doc = run("Officials warned that restoring power could take days. The talks lasted weeks.")
    assert find(doc, "days").value == "PXD"
    assert find(doc, "weeks").value == "PXW"
    assert run("Workers took days off.").times == []


def test_pluperfect_after_a_pluperfect_reference_is_not_earlier_than_it():
    doc = run("The defendant had robbed several banks in the summer of 2022. The trial had begun in mid-January.",
              published="2024-04-18")
    assert find(doc, "mid-January").value == "2024-01"
    doc = run("The company was founded in the summer of 2019. In January, its founder had filed a patent.",
              published="2024-04-18")
    assert find(doc, "January").value == "2019-01"


def test_days_and_parts_of_days_relative_to_the_story():
    doc = run("Protesters stormed city hall on Monday. The next morning, troops arrived. Later that day, the cabinet met.")
    assert find(doc, "next morning").value == "2022-01-04TMO"
    t = find(doc, "that day")
    assert (t.text, t.value) == ("Later that day", "2022-01-04")   # a leading "later" is inside, as in "later this week"
    doc = run("Protesters stormed city hall on Monday. The following night was quiet.")
    assert find(doc, "following night").value == "2022-01-03TNI"
    doc = run("Protesters stormed city hall on Monday. The day before, police had withdrawn.")
    assert find(doc, "day before").value == "2022-01-02"
    doc = run("Protesters stormed city hall on Monday. The next day, troops arrived.")
    t = find(doc, "next day")
    assert (t.text, t.value) == ("next day", "2022-01-04")


def test_past_clause_does_not_count_back_from_a_coming_day():
    doc = run("Customers will have access to their deposits no later than Monday morning. "
              "The bank's shares had fallen 60 percent the previous day.", published="2023-03-10")
    assert find(doc, "previous day").value == "2023-03-09"


def test_clock_time_with_part_of_day_phrase():
    doc = run("The curfew began at 8 o'clock in the evening, and sirens sounded at 3 in the morning.")
    t = find(doc, "8 o'clock")
    assert (t.text, t.value) == ("8 o'clock in the evening", "2022-01-06T20:00")
    assert find(doc, "3 in the morning").value == "2022-01-06T03:00"
    assert find(run("Police arrived at 10 at night."), "10 at night").value == "2022-01-06T22:00"


def test_quarter_named_by_its_months():
    assert find(run("Growth slowed in the October-December quarter."), "quarter").value == "2021-Q4"
    t = find(run("Sales rose in the April-June quarter of 2021."), "quarter")
    assert (t.text, t.value) == ("April-June quarter of 2021", "2021-Q2")


def test_present_passive_of_schedule_verbs_points_forward():
    assert find(run("A deal is expected before Christmas."), "Christmas").value == "2022-12-25"
    assert find(run("Results are due in March."), "March").value == "2022-03"
    assert find(run("A deal was expected before Christmas."), "Christmas").value == "2021-12-25"


def test_bare_durations_after_within_and_for():
    assert find(run("Within days, the protests had spread across the country."), "days").value == "PXD"
    t = find(run("The airport was closed for several days."), "days")
    assert (t.text, t.value) == ("several days", "PXD")


def test_early_and_late_parts_of_day():
    doc = run("Protesters stormed city hall on Monday. They had gathered in the early afternoon, and talks went on into the late evening.")
    assert find(doc, "early afternoon").value == "2022-01-03TAF"
    assert find(doc, "late evening").value == "2022-01-03TEV"


def test_end_of_the_year_follows_the_tense():
    assert find(run("Toward the end of the year, the economy slowed."), "end of the year").value == "2021"
    assert find(run("The economy will recover by the end of the year."), "end of the year").value == "2022"
    doc = run("Protesters have vowed to keep marching until the end of the month.", published="2021-03-15")
    assert find(doc, "end of the month").value == "2021-03"


def test_the_morning_after_a_night_ends_that_night():
    doc = run("An explosion shook the island on Sunday night. The next morning, ash covered the capital.", published="2021-04-16")
    assert find(doc, "next morning").value == "2021-04-12TMO"


def test_throughout_the_night():
    t = find(run("Helicopters circled over the city throughout the night."), "night")
    assert (t.text, t.value) == ("night", "2022-01-05TNI")


def test_early_hours_of_a_date():
    t = find(run("Troops moved into the city in the early hours of Jan. 5."), "early hours")
    assert (t.text, t.value) == ("early hours of Jan. 5", "2022-01-05")


def test_wire_gmt_clock_time_is_no_year():
    doc = run("Polls close at 8 p.m. local time (1900 GMT) on Sunday.")
    assert find(doc, "1900").value.endswith("T19:00")
    assert not any(t.value == "1900" for t in doc.times)


def test_compound_durations():
    t = find(run("He was sentenced to three years and six months in prison."), "years")
    assert (t.text, t.value) == ("three years and six months", "P3Y6M")
    doc = run("He served six months, and two years later he was released.")
    assert [t.value for t in doc.times] == ["P6M", "P2Y"]


def test_scheduled_for_a_weekday_in_a_past_clause_is_the_nearer_one():
    assert find(run("The meeting scheduled for Saturday was cancelled."), "Saturday").value == "2022-01-08"
    assert find(run("The meeting was cancelled on Saturday."), "Saturday").value == "2022-01-01"


def test_verbs_whose_present_and_past_look_alike_give_no_tense():
    doc = run("Riots spread across France for a fifth night on Saturday.", published="2023-07-02")
    assert find(doc, "Saturday").value == "2023-07-01"
    assert find(run("Ministers meet on Monday."), "Monday").value == "2022-01-10"


def test_present_clause_does_not_take_a_past_reference_day():
    doc = run("Britain leaves the EU on Dec. 31; it had formally left on Jan. 31, 2020. The transition ends at midnight.",
              published="2020-12-30")
    assert find(doc, "midnight").value == "2020-12-31T24:00"


def test_midnight_deadline_and_midnight_next_to_an_early_day():
    doc = run("Congress passed a stopgap bill early Saturday, just after the midnight deadline.", published="2024-12-21")
    assert find(doc, "midnight").value == "2024-12-20T24:00"
    assert find(run("On Friday, the deadline passed at midnight.", published="2024-12-21"), "midnight").value == "2024-12-20T24:00"


def test_the_day_before_a_name_is_not_relative_to_the_story():
    assert [t.text for t in run("Shops were crowded the day before Christmas.").times] == ["Christmas"]


def test_since_midnight_is_the_midnight_that_began_the_day():
    assert find(run("A curfew is in force since midnight."), "midnight").value == "2022-01-05T24:00"


def test_night_into_the_next_day_is_one_night():
    t = find(run("Shots were fired overnight Wednesday into Thursday."), "overnight")
    assert (t.text, t.value) == ("overnight Wednesday into Thursday", "2022-01-05TNI")
    assert find(run("Storms raged from Sunday night into Monday."), "Sunday").value == "2022-01-02TNI"


def test_later_in_the_day_week_year():
    doc = run("Protesters stormed city hall on Monday. Later in the day, police fired tear gas.")
    t = find(doc, "Later in the day")
    assert t.value == "2022-01-03"
    assert find(run("Later in the year, elections will be held."), "year").value == "2022"


def test_until_the_morning_after_a_night_is_the_next_morning():
    doc = run("Gunfire erupted on Sunday night and lasted until the morning.", published="2024-03-14")
    assert find(doc, "morning").value == "2024-03-11TMO"


def test_take_months_of_talks_but_not_the_last_days_of():
    assert find(run("A deal will take months of talks."), "months").value == "PXM"
    assert run("In the last days of the war, thousands fled.").times == []


# -- dawn, dusk, nightfall and midday as parts of the day ----------------------------------
def spans(doc):
    return [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize("text, span, value", [
    ("Police raided the offices of the opposition party at dawn.", "dawn", "2022-01-06TMO"),
    ("Rescuers resumed the search for survivors at daybreak.", "daybreak", "2022-01-06TMO"),
    ("Troops began moving towards the city at first light.", "first light", "2022-01-06TMO"),
    ("The rebels had taken control of the town by nightfall.", "nightfall", "2022-01-06TEV"),
    ("The shelling stopped at nightfall, residents said.", "nightfall", "2022-01-06TEV"),
    ("Drones attacked the port city at dusk.", "dusk", "2022-01-06TEV"),
    ("Soldiers crossed the river before dawn, the army said.", "before dawn", "2022-01-06TMO"),
    ("The first aid convoy reached the border around noon.", "noon", "2022-01-06T12:00"),
    ("The first aid convoy reached the border at midday.", "midday", "2022-01-06T12:00"),
])
def test_dawn_dusk_and_midday_standalone_take_the_reference_day(text, span, value):
    t = find(run(text), span)
    assert (t.text, t.value, t.type) == (span, value, "TIME")


def test_dawn_refines_a_weekday_or_date():
    assert spans(run("Troops advanced on the airport Tuesday at dawn.")) == [("Tuesday", "2022-01-04"), ("dawn", "2022-01-04TMO")]
    assert spans(run("Troops advanced on the airport at dawn on Tuesday.")) == [("dawn", "2022-01-04TMO"), ("Tuesday", "2022-01-04")]
    assert spans(run("Troops advanced on the airport early Tuesday.")) == [("early Tuesday", "2022-01-04")]
    doc = run("On Monday, the army said the shelling had stopped by nightfall.")
    assert find(doc, "nightfall").value == "2022-01-03TEV"
    assert find(run("Troops will cross the border at dawn on Saturday, officials said."), "dawn").value == "2022-01-08TMO"


def test_dawn_takes_the_day_it_is_attached_to_not_an_earlier_one():
    doc = run("Police said on Monday that the suspects had fled at dawn on Saturday.")
    assert find(doc, "dawn").value == "2022-01-01TMO"
    doc = run("The ceasefire was announced on Monday and took effect at 7 a.m. on Wednesday.")
    assert find(doc, "7 a.m.").value == "2022-01-05T07:00"


def test_dawn_words_that_are_no_time():
    assert run("It was the dawn of a new era for the country.").times == []
    assert run("The markets reopened, Dawn reported.").times == []
    assert run("Authorities imposed a curfew from dusk to dawn.").times == []
    assert spans(run("Authorities imposed a dusk-to-dawn curfew on Monday.")) == [("Monday", "2022-01-03")]
    t = find(run("Fighting continued until dawn."), "dawn")
    assert (t.text, t.value) == ("until dawn", "2022-01-06TMO")


# -- e2e-dev2 fixes --------------------------------------------------------------------------
def test_parenthesis_without_verb_does_not_end_the_clause():
    doc = run("Rebels have attacked an army base near Bunia (Ituri) on Saturday, the army said.", published="2023-10-10")
    assert find(doc, "Saturday").value == "2023-10-07"
    doc = run("The truce (agreed in May) will end on Friday, officials said.", published="2023-10-08")
    assert find(doc, "Friday").value == "2023-10-13"


def test_number_before_an_adjective_and_noun_is_a_count_not_a_year():
    doc = run("He said 1200 additional troops would be sent. The government had suspended talks in January.",
              published="2025-06-14")
    assert [t.text for t in doc.times] == ["January"]
    assert find(doc, "January").value == "2025-01"
    assert find(run("In 2019 armed groups attacked the town."), "2019").value == "2019"


def test_overnight_after_an_afternoon_of_the_story_is_that_night():
    doc = run("Police said herders attacked farmers on Saturday afternoon. Farmers retaliated overnight, "
              "setting fire to two camps, she said.", published="2024-02-13")
    assert find(doc, "overnight").value == "2024-02-10TNI"
    # a bare earlier day (background) leaves "overnight" the night before publication
    doc = run("The unrest began after a man was shot on Tuesday. More than 700 people were arrested overnight, "
              "the ministry said.", published="2023-07-02")
    assert find(doc, "overnight").value == "2023-07-01TNI"
    # "last night" is always the last one
    doc = run("Rebels attacked on Saturday evening. Last night, more shots were fired.", published="2024-02-13")
    assert find(doc, "Last night").value == "2024-02-12TNI"


def test_late_on_and_early_on_a_weekday():
    doc = run("Late on Tuesday, fighters attacked a village east of the city.", published="2024-10-23")
    assert (find(doc, "Tuesday").text, find(doc, "Tuesday").value) == ("Late on Tuesday", "2024-10-22")
    doc = run("Early on Saturday, shots were fired. Just after midnight police arrived.", published="2024-10-23")
    assert find(doc, "Saturday").text == "Early on Saturday"
    assert find(doc, "midnight").value == "2024-10-18T24:00"   # early in the day: the midnight before


def test_decades_relative_to_publication():
    doc = run("The group has killed thousands of civilians over the past decade.", published="2024-10-23")
    assert (find(doc, "decade").text, find(doc, "decade").value) == ("past decade", "P1DE")
    assert find(run("Growth slowed over the last decade.", published="2024-10-23"), "decade").value == "P1DE"
    assert find(run("This decade will be different.", published="2024-10-23"), "decade").value == "202"
    assert find(run("The plant will close next decade.", published="2024-10-23"), "decade").value == "203"


def test_on_the_eve_is_the_evening_before_the_story_day():
    doc = run("Police clashed with miners on Tuesday. On the eve, the company had threatened to fire all strikers.",
              published="2024-08-21")
    assert find(doc, "eve").value == "2024-08-19TEV"
    assert run("On the eve of the summit, protesters gathered downtown.", published="2024-08-21").times == []


def test_infinitive_after_a_prospective_verb_looks_ahead():
    doc = run("The minister pledged to visit the mine on Thursday.", published="2024-08-21")
    assert find(doc, "Thursday").value == "2024-08-22"
    doc = run("She announced plans to meet union leaders on Friday.", published="2024-08-21")
    assert find(doc, "Friday").value == "2024-08-23"
    # the day of the announcement itself stays in the past
    doc = run("Rebels threatened on Monday to attack the town.", published="2024-08-21")
    assert find(doc, "Monday").value == "2024-08-19"
    doc = run("Police managed to arrest two suspects on Monday.", published="2024-08-21")
    assert find(doc, "Monday").value == "2024-08-19"


def test_infinitive_after_a_prospective_verb_in_the_present_perfect_looks_ahead():
    # the participle after 'has' is the prospective verb; a present perfect without one looks back
    doc = run("The government has agreed to hold talks with community leaders in Calama on Tuesday.",
              published="2025-05-24")
    assert find(doc, "Tuesday").value == "2025-05-27"
    doc = run("The government has held talks with community leaders on Tuesday.", published="2025-05-24")
    assert find(doc, "Tuesday").value == "2025-05-20"

"""German temporal expressions: recognition and normalization on real sentences."""
from __future__ import annotations

import pytest

from times_helpers import find, run


def test_offsets_and_ids():
    doc = run("Am Mittwoch trat die Regierung zurück. Seit 2019 ist er im Amt.")
    assert [t.id for t in doc.times] == [f"T{i + 1}" for i in range(len(doc.times))]
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text


# -- tense decides the weekday ------------------------------------------------------------
def test_weekday_past_tense_is_the_last_one():
    doc = run("Am Montag hatte der Minister vor Sturmböen gewarnt.")          # published Thursday 2022-01-06
    assert find(doc, "Montag").value == "2022-01-03"


def test_weekday_future_tense_is_the_next_one():
    doc = run("Er werde am Montag in das Katastrophengebiet reisen, sagte ein Sprecher.")
    assert find(doc, "Montag").value == "2022-01-10"


def test_weekday_in_reported_future_and_past_clauses_of_one_sentence():
    doc = run("Er werde am Freitag in das Katastrophengebiet reisen, kündigte ein Sprecher am Dienstag an.")
    assert find(doc, "Freitag").value == "2022-01-07"
    assert find(doc, "Dienstag").value == "2022-01-04"


def test_weekday_of_the_publication_day_is_that_day():
    doc = run("Am Donnerstag wurden weitere Festnahmen gemeldet.")
    assert find(doc, "Donnerstag").value == "2022-01-06"


def test_present_tense_schedule_points_forward():
    doc = run("Der Landtag berät am Mittwoch über das Versammlungsrecht.", published="2021-03-15")
    assert find(doc, "Mittwoch").value == "2021-03-17"


def test_night_to_thursday_is_wednesday_night():
    doc = run("Bei den Protesten sind in der Nacht zu Donnerstag dutzende Demonstranten getötet worden.")
    t = find(doc, "Nacht zu Donnerstag")
    assert t.value == "2022-01-05TNI" and t.type == "TIME"
    assert t.interval.begin <= "2022-01-05T22:00" and t.interval.end >= "2022-01-06T05:00"


def test_weekday_with_part_of_day():
    doc = run("Am Mittwochnachmittag hatte eine Menschenmenge den Flughafen besetzt.")
    t = find(doc, "Mittwochnachmittag")
    assert t.value == "2022-01-05TAF"
    assert t.interval.begin == "2022-01-05T12:00:00"


def test_weekend_in_a_past_report_is_the_last_weekend():
    doc = run("Bei den am Wochenende ausgebrochenen Unruhen handele es sich um eine Untergrabung des Staates.")
    t = find(doc, "Wochenende")
    assert t.value == "2021-W52-WE"
    assert t.interval.begin == "2022-01-01T00:00:00" and t.interval.end == "2022-01-03T00:00:00"


def test_weekend_in_a_future_clause_is_the_next_weekend():
    doc = run("Die Demonstranten wollen sich am Wochenende erneut versammeln.")
    assert find(doc, "Wochenende").value == "2022-W01-WE"


# -- years across New Year -----------------------------------------------------------------
def test_past_december_date_after_new_year_is_last_year():
    doc = run("Am 28. Dezember hatte die Regierung die Gaspreise freigegeben.")
    assert find(doc, "28. Dezember").value == "2021-12-28"


def test_future_january_date_before_new_year_is_next_year():
    doc = run("Die Kanzlerin will sich am 5. Januar erneut mit den Ländern beraten.", published="2020-12-30")
    assert find(doc, "5. Januar").value == "2021-01-05"


def test_until_date_is_the_coming_one_even_in_a_past_clause():
    doc = run("Er verhängte zudem bis zum 19. Januar den Ausnahmezustand.")
    t = find(doc, "19. Januar")
    assert t.value == "2022-01-19"
    assert t.text.startswith("bis")


def test_silvester_in_a_past_report():
    doc = run("An Silvester waren es deutlich weniger Neuinfektionen.")
    assert find(doc, "Silvester").value == "2021-12-31"


def test_last_week_across_new_year():
    doc = run("Vergangene Woche hatten die Gesundheitsämter mehr Fälle gemeldet.")
    assert find(doc, "Vergangene Woche").value == "2021-W52"


# -- intervals and durations ---------------------------------------------------------------
def test_since_year_is_an_open_interval_with_the_year_value():
    doc = run("Tokajew ist seit 2019 im Amt.")
    t = find(doc, "2019")
    assert t.value == "2019"
    assert t.interval.begin == "2019-01-01T00:00:00"
    assert t.interval.end == "2022-01-07T00:00:00"


def test_closed_weekday_range():
    doc = run("Der Streik bei der Bahn soll von Montag bis Mittwoch dauern.", published="2023-07-02")
    t = find(doc, "von Montag bis Mittwoch")
    assert t.value == "2023-07-03/2023-07-05"
    assert t.interval.begin == "2023-07-03T00:00:00" and t.interval.end == "2023-07-06T00:00:00"


def test_month_range_keeps_the_year():
    doc = run("Das Ticket gilt von Juni bis August im gesamten Nahverkehr.", published="2022-06-15")
    assert find(doc, "Juni bis August").value == "2022-06/2022-08"


@pytest.mark.parametrize("text,needle,value", [
    ("Die Soldaten sollten für einen begrenzten Zeitraum entsandt werden.", "begrenzten Zeitraum", "PXX"),
    ("Das Land wurde über Jahrzehnte von Nasarbajew regiert.", "Jahrzehnte", "PXDE"),
    ("Die Aufräumarbeiten dürften noch drei Tage dauern.", "drei Tage", "P3D"),
    ("Die Sitzung dauerte mehr als drei Stunden.", "drei Stunden", "PT3H"),
    ("Die Gespräche dauerten eine halbe Stunde länger.", "halbe Stunde", "PT30M"),
])
def test_durations(text, needle, value):
    t = find(run(text), needle)
    assert t.type == "DURATION" and t.value == value


def test_sets():
    doc = run("Damit verbunden sind Ausgangssperren in den Nachtstunden. Jeden Montag wird demonstriert.")
    assert find(doc, "Nachtstunden").type == "SET"
    t = find(doc, "Jeden Montag")
    assert t.type == "SET" and t.value == "XXXX-WXX-1"


def test_clock_time_takes_the_day_of_its_sentence():
    doc = run("Die Wahllokale schlossen am Sonntag um 18 Uhr.", published="2021-03-15")
    t = find(doc, "18 Uhr")
    assert t.value == "2021-03-14T18:00" and t.type == "TIME"


def test_relative_days_and_ago():
    doc = run("Gestern wurde das bekannt, vor drei Tagen hatte es begonnen, übermorgen soll es enden.")
    assert find(doc, "Gestern").value == "2022-01-05"
    assert find(doc, "vor drei Tagen").value == "2022-01-03"
    assert find(doc, "übermorgen").value == "2022-01-08"


def test_numeric_dates_and_boundaries():
    doc = run("Das Treffen ist für den 25.03.2021 geplant. Anfang Januar war es noch ruhig.", published="2021-03-15")
    assert find(doc, "25.03.2021").value == "2021-03-25"
    t = find(doc, "Anfang Januar")
    assert t.value == "2021-01" and t.interval.end <= "2021-01-12"


# -- narrative passages --------------------------------------------------------------------
def test_narrative_month_follows_an_earlier_explicit_date():
    doc = run("Im September 1939 überfiel die Wehrmacht Polen. Im Mai begann der Westfeldzug.")
    assert find(doc, "September 1939").value == "1939-09"
    assert find(doc, "Mai").value == "1940-05"


def test_news_month_after_a_background_year_in_present_tense_stays_news():
    doc = run("Im September 1939 überfiel die Wehrmacht Polen. Das Museum zeigt die Ausstellung noch bis zum 30. April.")
    assert find(doc, "30. April").value == "2022-04-30"


# -- without a publication date ------------------------------------------------------------
def test_unanchored_values_stay_underspecified():
    doc = run("Die Polizei nahm am Mittwoch drei Verdächtige fest, zuletzt in der Nacht zu Montag. Gestern gab es Durchsuchungen.",
              published=None)
    t = find(doc, "Mittwoch")
    assert t.value == "XXXX-WXX-3" and t.anchored is False and t.interval is None
    assert find(doc, "Nacht zu Montag").value == "XXXX-WXX-7TNI"
    assert find(doc, "Gestern").value == "XXXX-XX-XX"


def test_unanchored_absolute_dates_are_still_dates():
    doc = run("Am 3. Oktober 1990 trat die DDR der Bundesrepublik bei.", published=None)
    t = find(doc, "3. Oktober 1990")
    assert t.value == "1990-10-03" and t.anchored is True


# -- bad dates and false friends -----------------------------------------------------------
def test_invalid_dates_are_not_dates():
    doc = run("Der 31. Februar ist kein Datum, und auch der 30.02.2021 kommt in keinem Kalender vor.")
    assert doc.times == []


def test_counts_are_not_years():
    doc = run("Mehr als 2000 Menschen wurden festgenommen, rund 1500 Polizisten waren im Einsatz.")
    assert doc.times == []


def test_age_is_not_a_duration():
    doc = run("Die Queen ist im Alter von 96 Jahren gestorben.")
    assert not any("96" in t.text for t in doc.times)


def test_seed_article_time_checks(seed_text):
    doc = run(seed_text)
    by_text = {t.text: t for t in doc.times}
    assert by_text["Nacht zu Donnerstag"].value in ("2022-01-05TNI", "2022-01-06TNI")
    assert by_text["Mittwochnachmittag"].value == "2022-01-05TAF"
    assert find(doc, "19. Januar").value == "2022-01-19"
    assert find(doc, "Wochenende").value == "2021-W52-WE"
    assert find(doc, "2019").value == "2019"


def test_day_ranges_and_week_qualified_weekdays():
    doc = run("Die Messe findet vom 3. bis 5. März statt, das Treffen dauert bis Mittwoch nächster Woche.")
    t = find(doc, "3. bis 5. März")
    assert t.text.startswith("vom") and t.value == "2022-03-03/2022-03-05"
    assert find(doc, "Mittwoch nächster Woche").value == "2022-01-12"


def test_before_christ():
    doc = run("Die Siedlung entstand um 1000 v. Chr. und wurde im 5. Jahrhundert v. Chr. aufgegeben.")
    assert find(doc, "1000").value == "BC1000"
    assert find(doc, "5. Jahrhundert").value == "BC04"


def test_weekday_with_date_picks_the_matching_year():
    # 31 August is a Tuesday in 2021, not in 2022: the weekday names the year
    doc = run("Ab Dienstag , 31. August , können sich Interessierte anmelden.", published="2022-01-06")
    assert find(doc, "31. August").value == "2021-08-31"


def test_narrative_pluperfect_looks_back_and_following_year_steps_forward():
    doc = run("Am 8. Mai 1945 trat die Kapitulation in Kraft. Bereits am 30. April hatte sich Hitler das Leben genommen. "
              "Im Juli trafen sich die Siegermächte in Potsdam.", published="2023-05-08")
    assert find(doc, "30. April").value == "1945-04-30"
    assert find(doc, "Juli").value == "1945-07"
    doc = run("Der Konzern wurde 1887 gegründet. Im Frühjahr des folgenden Jahres eröffnete er seine erste Fabrik, "
              "im Herbst beschäftigte er 200 Arbeiter.", published=None)
    assert find(doc, "Frühjahr").value == "1888-SP"
    assert find(doc, "Herbst").value == "1888-FA"


def test_present_tense_sentence_ends_a_background_passage():
    doc = run("Großbritannien verlässt die EU am 31. Dezember endgültig, der Austritt war bereits am 31. Januar 2020 vollzogen worden. "
              "Die Übergangsphase endet um Mitternacht. Das Abkommen war an Heiligabend vereinbart worden.", published="2020-12-30")
    assert find(doc, "Heiligabend").value == "2020-12-24"


# -- held-out batch 3 -------------------------------------------------------------------
def test_pluperfect_month_stays_in_the_past():
    doc = run("Die Regierung stand unter Druck, im Oktober hatten landesweite Proteste begonnen.", published="2020-08-06")
    assert find(doc, "Oktober").value == "2019-10"
    doc = run("Das Gericht hatte die Verhandlung für den 4. März angesetzt.", published="2024-02-29")
    assert find(doc, "4. März").value == "2024-03-04"


def test_bare_duration_before_spaeter_leaves_spaeter_outside():
    doc = run("Stunden später trat der Innenminister zurück. Die Kämpfe dauerten Tage lang an.")
    t = find(doc, "Stunden")
    assert (t.text, t.value) == ("Stunden", "PTXH")
    assert find(doc, "Tage").text == "Tage lang"


def test_bis_in_die_nacht_and_past_midnight():
    doc = run("Die Proteste dauerten bis in die Nacht. Gegen Mitternacht fielen Schüsse.")
    t = find(doc, "Nacht")
    assert (t.text, t.value) == ("bis in die Nacht", "2022-01-05TNI")
    assert find(doc, "Mitternacht").value == "2022-01-05T24:00"
    doc = run("Am Montagabend feierten die Fans bis tief in die Nacht. Die Verhandlungen zogen sich bis in die frühen Morgenstunden.")
    assert find(doc, "tief in die Nacht").value == "2022-01-03TNI"
    assert find(doc, "Morgenstunden").text == "bis in die frühen Morgenstunden"
    doc = run("Das Feuerwerk beginnt um Mitternacht.")
    assert find(doc, "Mitternacht").value == "2022-01-06T24:00"


def test_part_of_day_of_a_date_is_one_expression():
    doc = run("Am Abend des 5. Januar stürmten Demonstranten das Rathaus. In der Nacht des 9. November 1989 fiel die Mauer.")
    t = find(doc, "Abend")
    assert (t.text, t.value) == ("Abend des 5. Januar", "2022-01-05TEV")
    assert find(doc, "November").value == "1989-11-09TNI"


def test_adjectival_durations():
    doc = run("Die Regierung rief eine siebentägige Staatstrauer aus und verhängte einen zweiwöchigen Ausnahmezustand.")
    assert find(doc, "siebentägige").value == "P7D"
    assert find(doc, "zweiwöchigen").value == "P2W"
    assert find(run("Nach einem dreistündigen Treffen gab es eine Einigung."), "dreistündigen").value == "PT3H"


def test_a_person_aged_further_back_does_not_make_a_sentence_an_age():
    doc = run("Das Landgericht hat einen 34-jährigen Mann am Mittwoch zu neun Jahren Haft verurteilt.")
    assert find(doc, "neun Jahren").value == "P9Y"
    assert run("Der 17-Jährige, zwei Jahre jünger als sein Bruder, wurde festgenommen.").times == []


def test_night_in_the_sentence_of_letzte_nacht_is_that_night():
    doc = run("In der vergangenen Nacht brannte eine Lagerhalle, die Feuerwehr war bis in die Nacht im Einsatz.",
              published="2023-02-07")
    assert find(doc, "vergangenen Nacht").value == "2023-02-06TNI"
    assert find(doc, "bis in die Nacht").value == "2023-02-06TNI"


def test_kurz_darauf_is_no_expression():
    doc = run("Am Dienstagmorgen trafen sich Grüne und FDP, kurz darauf wurde ein zweites Treffen vereinbart.")
    assert [t.text for t in doc.times] == ["Dienstagmorgen"]


def test_bis_a_weekday_in_a_past_clause_is_the_nearer_one():
    doc = run("Der Sturm tobte bis Montagabend. Die Regierung verlängerte die Ausgangssperre bis Freitag.",
              published="2024-07-09")
    assert find(doc, "Montagabend").value == "2024-07-08TEV"
    assert find(doc, "Freitag").value == "2024-07-12"


def test_bare_plural_durations_with_dauern():
    doc = run("Der Wiederaufbau wird nach Einschätzung der Landesregierung Jahre dauern. Es dauerte Tage, bis Hilfe kam.")
    assert find(doc, "Jahre").value == "PXY"
    assert find(doc, "Tage").value == "PXD"


def test_pluperfect_after_a_pluperfect_reference_is_not_earlier_than_it():
    doc = run("Der Angeklagte hatte im Sommer 2022 mehrere Geldautomaten gesprengt. Der Prozess hatte Mitte Januar begonnen.",
              published="2024-04-18")
    assert find(doc, "Mitte Januar").value == "2024-01"
    doc = run("Die Firma wurde im Sommer 2019 gegründet. Bereits im Januar hatte der Gründer ein Patent angemeldet.",
              published="2024-04-18")
    assert find(doc, "Januar").value == "2019-01"


def test_days_and_parts_of_days_relative_to_the_story():
    doc = run("Am Montag stürmten Demonstranten das Rathaus. Am nächsten Morgen rückte die Armee an. "
              "In der folgenden Nacht blieb es ruhig. Am nächsten Tag trat die Regierung zurück. "
              "Am Abend zuvor hatte die Polizei gewarnt. Am Tag zuvor hatte es Streiks gegeben.")
    assert find(doc, "nächsten Morgen").value == "2022-01-04TMO"      # not "morgen" (tomorrow)
    assert find(doc, "folgenden Nacht").value == "2022-01-04TNI"     # reference: the previous sentence
    assert find(doc, "nächsten Tag").value == "2022-01-05"
    assert find(doc, "Abend zuvor").value == "2022-01-04TEV"
    assert find(doc, "Tag zuvor").value == "2022-01-03"         # the day before the last named one


def test_early_and_late_weekday_parts():
    doc = run("Am frühen Dienstagmorgen rückte die Armee an. Bis zum späten Mittwochabend wurde verhandelt.")
    assert find(doc, "Dienstagmorgen").text == "frühen Dienstagmorgen"
    t = find(doc, "Mittwochabend")
    assert (t.text, t.value) == ("Bis zum späten Mittwochabend", "2022-01-05TEV")


def test_past_clause_does_not_count_back_from_a_coming_day():
    doc = run("Die Kunden sollen spätestens am Montagmorgen wieder an ihr Geld kommen. "
              "Die Aktie war am Tag zuvor um 60 Prozent eingebrochen.", published="2023-03-10")
    assert find(doc, "Tag zuvor").value == "2023-03-09"


def test_genitive_weekday_is_one_day_not_a_set():
    assert find(run("Im Laufe des Mittwochs trafen weitere Truppen ein."), "Mittwochs").value == "2022-01-05"
    assert find(run("Die Sitzungen finden mittwochs statt."), "mittwochs").value == "XXXX-WXX-3"


def test_clock_time_with_part_of_day_adverb():
    doc = run("Um 8 Uhr abends begann die Ausgangssperre, um 3 Uhr nachts heulten die Sirenen.")
    t = find(doc, "8 Uhr")
    assert (t.text, t.value) == ("8 Uhr abends", "2022-01-06T20:00")
    assert find(doc, "3 Uhr").value == "2022-01-06T03:00"
    assert find(run("Um halb neun abends fielen Schüsse."), "halb neun").value == "2022-01-06T20:30"


def test_quarter_compounds():
    assert find(run("Im Schlussquartal sank der Umsatz."), "Schlussquartal").value == "2021-Q4"
    assert find(run("Im Auftaktquartal 2022 soll er wieder steigen."), "Auftaktquartal").value == "2022-Q1"


def test_schedule_verbs_after_holidays_seasons_and_weekdays():
    assert find(run("Eine Einigung wird vor Weihnachten erwartet."), "Weihnachten").value == "2022-12-25"
    assert find(run("Der Gipfel ist für den Herbst angesetzt."), "Herbst").value == "2022-FA"
    assert find(run("Am Montag hatte die Regierung neue Proteste erwartet."), "Montag").value == "2022-01-03"


def test_bare_durations_after_binnen_nach_fuer():
    t = find(run("Binnen weniger Tage breiteten sich die Proteste im ganzen Land aus."), "Tage")
    assert (t.text, t.value) == ("weniger Tage", "PXD")
    t = find(run("Nach wenigen Stunden war die Stadt wieder unter Kontrolle."), "Stunden")
    assert (t.text, t.value) == ("wenigen Stunden", "PTXH")
    assert find(run("Innerhalb von Stunden war die Stadt besetzt."), "Stunden").text == "Stunden"


def test_end_of_the_year_follows_the_tense():
    assert find(run("Gegen Ende des Jahres schwächte sich die Wirtschaft ab."), "Ende des Jahres").value == "2021"
    assert find(run("Ende des Jahres wird die Wirtschaft wieder wachsen."), "Ende des Jahres").value == "2022"
    assert find(run("Anfang des Jahres wird das Gesetz in Kraft treten.", published="2021-12-20"), "Anfang").value == "2022"


def test_the_morning_after_a_night_ends_that_night():
    doc = run("In der Nacht zum Montag folgte eine Explosion, am Morgen danach stieg die Aschewolke hoch.", published="2021-04-16")
    assert find(doc, "Morgen danach").value == "2021-04-12TMO"
    doc = run("Am Montag folgte eine Explosion, am Morgen danach stieg die Aschewolke hoch.", published="2021-04-16")
    assert find(doc, "Morgen danach").value == "2021-04-13TMO"


def test_die_ganze_nacht():
    t = find(run("Die ganze Nacht über kreisten Hubschrauber über der Stadt."), "Nacht")
    assert (t.text, t.value) == ("ganze Nacht", "2022-01-05TNI")
    assert find(run("Am Montag kreisten den ganzen Abend Hubschrauber."), "Abend").value == "2022-01-03TEV"


def test_morning_hours_of_a_date_or_weekday():
    doc = run("In den frühen Morgenstunden des 5. Januar rückten Truppen ein. Am Abend des Dienstags fielen Schüsse.")
    t = find(doc, "Morgenstunden")
    assert (t.text, t.value) == ("frühen Morgenstunden des 5. Januar", "2022-01-05TMO")
    assert find(doc, "Dienstags").value == "2022-01-04TEV"


def test_compound_durations():
    t = find(run("Er wurde zu einer Haftstrafe von drei Jahren und sechs Monaten verurteilt."), "Jahren")
    assert (t.text, t.value) == ("drei Jahren und sechs Monaten", "P3Y6M")
    assert find(run("Die Sitzung dauerte zwei Stunden und 30 Minuten."), "Stunden").value == "PT2H30M"


def test_seit_dem_sommer():
    t = find(run("Seit dem Sommer steigen die Spannungen an der Grenze."), "Sommer")
    assert (t.text, t.value) == ("Seit dem Sommer", "2021-SU")
    assert run("Der Sommer war heiß.").times == []


def test_planned_for_a_weekday_in_a_past_clause_is_the_nearer_one():
    assert find(run("Das für Samstag geplante Treffen wurde abgesagt."), "Samstag").value == "2022-01-08"
    assert find(run("Am Samstag wurde das Treffen abgesagt."), "Samstag").value == "2022-01-01"


def test_present_clause_does_not_take_a_past_reference_day():
    doc = run("Großbritannien verlässt die EU am 31. Dezember endgültig, der Austritt war bereits am 31. Januar 2020 "
              "vollzogen worden. Die Übergangsphase endet um Mitternacht.", published="2020-12-30")
    assert find(doc, "Mitternacht").value == "2020-12-31T24:00"


def test_ersatzinfinitiv_is_past():
    doc = run("Bei dem Anschlag am Mittwoch starben zwei Menschen. Der Täter hatte sich gegen 12 Uhr Zutritt verschaffen wollen.",
              published="2019-10-11")
    assert find(doc, "12 Uhr").value == "2019-10-09T12:00"
    assert find(run("Er hat am Montag nicht kommen können."), "Montag").value == "2022-01-03"


def test_midnight_next_to_an_early_morning_is_the_one_before_it():
    doc = run("Am frühen Samstagmorgen, kurz nach Mitternacht, verabschiedete der Kongress das Gesetz.", published="2024-12-21")
    assert find(doc, "Mitternacht").value == "2024-12-20T24:00"
    assert find(run("Am Freitag lief die Frist um Mitternacht ab.", published="2024-12-21"), "Mitternacht").value == "2024-12-20T24:00"


def test_seit_mitternacht_is_the_midnight_that_began_the_day():
    assert find(run("Seit Mitternacht gilt eine Ausgangssperre."), "Mitternacht").value == "2022-01-05T24:00"
    assert find(run("Ab Mitternacht gilt eine Ausgangssperre."), "Mitternacht").value == "2022-01-06T24:00"


def test_heutigen_gestrigen_weekdays():
    t = find(run("In der Nacht zum heutigen Donnerstag fielen in Almaty Schüsse."), "Nacht")
    assert (t.text, t.value) == ("Nacht zum heutigen Donnerstag", "2022-01-05TNI")
    assert find(run("Am gestrigen Mittwoch fielen Schüsse."), "Mittwoch").text == "gestrigen Mittwoch"


def test_im_laufe_des_tages():
    doc = run("Am Montag stürmten Demonstranten das Rathaus, im Laufe des Tages griff die Polizei ein.")
    t = find(doc, "Laufe")
    assert (t.text, t.value) == ("Laufe des Tages", "2022-01-03")
    assert find(run("Im Laufe des Jahres soll der Vertrag unterzeichnet werden."), "Jahres").value == "2022"


def test_zu_infinitive_clause_takes_no_tense_from_a_pluperfect_main_clause():
    doc = run("Die Opec+ hatte am Vormittag beschlossen, die Fördermenge im November nur leicht zu erhöhen.", published="2021-10-04")
    assert find(doc, "November").value == "2021-11"


def test_until_the_morning_after_an_evening_is_the_next_morning():
    doc = run("Am Mittwochabend kam es zu Schusswechseln, die bis in den Morgen andauerten.", published="2024-03-14")
    assert find(doc, "Morgen").value == "2024-03-14TMO"
    doc = run("In der Nacht zum Mittwoch kam es zu Schusswechseln, die bis zum Morgen andauerten.", published="2024-03-14")
    assert find(doc, "bis zum Morgen").value == "2024-03-13TMO"


# -- dawn, dusk, nightfall and midday as parts of the day ----------------------------------
def spans(doc):
    return [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize("text, span, value", [
    ("Spezialkräfte stürmten im Morgengrauen ein Gebäude am Stadtrand.", "Morgengrauen", "2022-01-06TMO"),
    ("Bei Tagesanbruch setzten die Rettungskräfte die Suche nach Verschütteten fort.", "Tagesanbruch", "2022-01-06TMO"),
    ("In der Morgendämmerung griffen Drohnen die Hafenstadt an.", "Morgendämmerung", "2022-01-06TMO"),
    ("Bei Einbruch der Dunkelheit wurde die Suche unterbrochen.", "Einbruch der Dunkelheit", "2022-01-06TEV"),
    ("Bei Einbruch der Nacht zogen sich die Demonstranten zurück.", "Einbruch der Nacht", "2022-01-06TEV"),
    ("In der Abenddämmerung schlugen erneut Raketen ein.", "Abenddämmerung", "2022-01-06TEV"),
    ("Nach Sonnenuntergang versammelten sich Hunderte vor der Moschee.", "Sonnenuntergang", "2022-01-06TEV"),
    ("Zur Mittagszeit waren die Straßen der Hauptstadt wie leergefegt.", "Mittagszeit", "2022-01-06TMI"),
    ("Gegen Mittag erreichte der Hilfskonvoi die Grenze.", "Mittag", "2022-01-06TMI"),
    ("Am frühen Morgen bebte im Südosten des Landes die Erde.", "frühen Morgen", "2022-01-06TMO"),
    ("Am späten Abend meldete die Feuerwehr, der Brand sei gelöscht.", "späten Abend", "2022-01-06TEV"),
])
def test_dawn_dusk_and_midday_standalone_take_the_reference_day(text, span, value):
    t = find(run(text), span)
    assert (t.text, t.value, t.type) == (span, value, "TIME")


def test_dawn_refines_a_weekday_or_date():
    doc = run("Im Morgengrauen des Dienstags rückten die Truppen auf die Stadt vor.")
    assert spans(doc) == [("Morgengrauen des Dienstags", "2022-01-04TMO")]
    doc = run("Am Dienstag im Morgengrauen rückten die Truppen auf die Stadt vor.")
    assert spans(doc) == [("Dienstag", "2022-01-04"), ("Morgengrauen", "2022-01-04TMO")]
    doc = run("Im Morgengrauen des 3. Januar stürmte die Polizei das Haus des Verdächtigen.")
    assert spans(doc) == [("Morgengrauen des 3. Januar", "2022-01-03TMO")]
    doc = run("Am Montag wurde die Suche bei Einbruch der Dunkelheit unterbrochen.")
    assert spans(doc) == [("Montag", "2022-01-03"), ("Einbruch der Dunkelheit", "2022-01-03TEV")]
    t = find(run("Die Truppen sollen am Freitag im Morgengrauen angreifen, sagte ein Sprecher."), "Morgengrauen")
    assert t.value == "2022-01-07TMO"


def test_dawn_takes_the_day_it_is_attached_to_not_an_earlier_one():
    doc = run("Die Polizei teilte am Montag mit, die Täter seien im Morgengrauen am Samstag geflohen.")
    assert find(doc, "Morgengrauen").value == "2022-01-01TMO"


def test_before_dawn_and_until_dawn():
    t = find(run("Die Soldaten rückten noch vor Tagesanbruch in das Dorf ein."), "Tagesanbruch")
    assert (t.text, t.value) == ("vor Tagesanbruch", "2022-01-06TMO")
    t = find(run("Die Kämpfe dauerten bis zum Morgengrauen."), "Morgengrauen")
    assert (t.text, t.value) == ("bis zum Morgengrauen", "2022-01-06TMO")
    t = find(run("Am Mittwochabend kam es zu Schusswechseln, die bis zum Morgengrauen andauerten.", published="2024-03-15"),
             "Morgengrauen")
    assert t.value == "2024-03-14TMO"   # the morning after the evening
    t = find(run("Die Retter wollten das Gebiet vor Einbruch der Dunkelheit erreichen."), "Dunkelheit")
    assert (t.text, t.value) == ("Einbruch der Dunkelheit", "2022-01-06TEV")   # "vor" outside, as with "vor Mitternacht"


def test_dawn_words_that_are_no_time():
    assert run("Der Sonnenuntergang über dem Meer war spektakulär.").times == []
    assert run("Das Morgengrauen brachte keine Erleichterung.").times == []
    # a curfew every night, no one day
    assert run("Es gilt eine Ausgangssperre von Sonnenuntergang bis Sonnenaufgang.").times == []


# -- e2e-dev2 fixes --------------------------------------------------------------------------
def test_parenthesis_without_verb_does_not_end_the_clause():
    # "(Oder)" between the auxiliary and its participle: the clause is still perfect, so past
    doc = run("Unbekannte haben in der Nacht zum Samstag ein Auto in Frankfurt (Oder) angezündet. "
              "Die Täter flohen gegen 3.15 Uhr.", published="2023-10-08")
    assert find(doc, "Nacht zum Samstag").value == "2023-10-06TNI"
    assert find(doc, "3.15 Uhr").value == "2023-10-07T03:15"


def test_number_before_an_adjective_and_noun_is_a_count_not_a_year():
    doc = run("Der Minister kündigte an, 1200 zusätzliche Polizisten in die Stadt zu schicken. "
              "Die Regierung hatte die Verhandlungen im Januar abgebrochen.", published="2025-06-14")
    assert [t.text for t in doc.times] == ["Januar"]
    assert find(doc, "Januar").value == "2025-01"   # no year 1200 as the passage's reference
    assert find(run("Im Jahr 1848 neue Verfassungen zu fordern, war gefährlich."), "1848").value == "1848"
    assert find(run("Die Zahl der Anträge stieg 2019 deutlich an."), "2019").value == "2019"


def test_night_after_an_afternoon_of_the_story_is_that_night():
    doc = run("Am Samstagnachmittag griffen Hirten mehrere Bauern an. In der Nacht rächten sich die Bauern.",
              published="2024-02-13")
    assert find(doc, "Nacht").value == "2024-02-10TNI"
    doc = run("Am Samstagnachmittag griffen Hirten mehrere Bauern an. In der vergangenen Nacht fielen erneut Schüsse.",
              published="2024-02-13")
    assert find(doc, "vergangenen Nacht").value == "2024-02-12TNI"


def test_spaet_am_and_frueh_am_a_weekday():
    doc = run("Spät am Dienstag griffen Kämpfer ein Dorf östlich der Stadt an.", published="2024-10-23")
    assert (find(doc, "Dienstag").text, find(doc, "Dienstag").value) == ("Spät am Dienstag", "2024-10-22")
    doc = run("Früh am Samstag fielen Schüsse, kurz nach Mitternacht.", published="2024-10-23")
    assert find(doc, "Samstag").text == "Früh am Samstag"
    assert find(doc, "Mitternacht").value == "2024-10-18T24:00"


def test_decades_relative_to_publication():
    doc = run("Die Miliz hat im vergangenen Jahrzehnt Tausende Zivilisten getötet.", published="2024-10-23")
    assert (find(doc, "Jahrzehnt").text, find(doc, "Jahrzehnt").value) == ("vergangenen Jahrzehnt", "P1DE")
    assert find(run("In diesem Jahrzehnt soll das Werk schließen.", published="2024-10-23"), "Jahrzehnt").value == "202"
    assert find(run("Im nächsten Jahrzehnt soll das Werk schließen.", published="2024-10-23"), "Jahrzehnt").value == "203"


def test_vorabend_is_the_evening_before_the_story_day():
    doc = run("Am Dienstag eskalierte der Streik. Am Vorabend hatte das Unternehmen mit Entlassungen gedroht.",
              published="2024-08-21")
    assert find(doc, "Vorabend").value == "2024-08-19TEV"
    doc = run("Am Vorabend des Gipfels demonstrierten Tausende in der Innenstadt.", published="2024-08-21")
    assert doc.times == []   # the eve of an event without a date of its own


def test_zu_infinitive_after_a_prospective_verb_looks_ahead():
    # published Wednesday 2024-08-21: the nearest Thursday, not last week's
    doc = run("Die Ministerin kündigte an, am Donnerstag mit Gewerkschaft und Unternehmen zu sprechen.",
              published="2024-08-21")
    assert find(doc, "Donnerstag").value == "2024-08-22"
    doc = run("Die Regierung plant, am Montag neue Gespräche zu beginnen.", published="2024-08-21")
    assert find(doc, "Montag").value == "2024-08-26"
    # a zu-infinitive after another verb keeps looking back
    doc = run("Der Polizei gelang es, am Montag zwei Verdächtige festzunehmen.", published="2024-08-21")
    assert find(doc, "Montag").value == "2024-08-19"


def test_since_a_month_is_the_past_one_even_near_the_year_end():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "times"))
    for text, lang in (("Seit Januar sind 800 Migranten nach Italien gelangt.", "de"),
                       ("Since January, 800 migrants have arrived.", "en")):
        doc = pipe(Article(id="x", language=lang, text=text, published="2025-10-14"))
        assert [t.value for t in doc.times] == ["2025-01"]


def test_since_the_weekend_is_the_last_one():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "times"))
    doc = pipe(Article(id="x", language="de", text="In Fulda ist die Notaufnahme seit dem Wochenende abgemeldet.",
                       published="2025-02-18"))
    assert doc.times[0].value.startswith("2025-W07")


def test_heuer_is_this_year():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article

    doc = Pipeline(("language", "times"))(Article(id="x", language="de", published="2026-09-18",
                                                  text="Allein heuer seien mehr als 600 Menschen festgenommen worden."))
    assert [(t.text, t.value) for t in doc.times] == [("heuer", "2026")]

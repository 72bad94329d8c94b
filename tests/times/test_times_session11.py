"""Times: a weekday announced "für Montag" from a past clause is still to come; English
month abbreviations without a dot ("Jun 10" in a PTI dateline); clock times with a dot
("6.15 pm", "15.10 GMT"); live-ticker headings are paragraphs of their own."""
from times_helpers import find, run


def test_a_weekday_announced_for_is_the_coming_one():
    doc = run("Die Partei kündigte für Montag einen Generalstreik an.", published="2026-02-25")
    assert find(doc, "Montag").value == "2026-03-02"
    doc = run("Das für Samstag geplante Treffen wurde abgesagt.", published="2026-02-25")
    assert find(doc, "Samstag").value in ("2026-02-21", "2026-02-28")     # the nearer one, as before


def test_english_month_abbreviation_without_dot_in_a_dateline():
    doc = run("Imphal, Jun 10 (PTI) Two policemen were killed on Tuesday evening.", published="2026-06-10", lang="en")
    assert find(doc, "Jun 10").value == "2026-06-10"
    doc = run("Kim Jun met the minister. Jun said so.", published="2026-06-10", lang="en")
    assert doc.times == []


def test_clock_times_with_a_dot():
    doc = run("The convoy came under fire on Tuesday around 6.15 pm, he said.", published="2026-06-10", lang="en")
    assert find(doc, "6.15 pm").value == "2026-06-09T18:15"
    doc = run("Live | Updated 15.10 GMT, Sunday 15 November 2026", published="2026-11-15", lang="en")
    assert find(doc, "15.10 GMT").value == "2026-11-15T15:10"
    doc = run("The rate rose to 15.10 percent.", published="2026-11-15", lang="en")
    assert doc.times == []


def test_sollte_with_an_infinitive_is_a_plan_the_nearer_day():
    doc = run("Die Verhandlung sollte am Freitag beginnen.", published="2026-10-15")
    assert find(doc, "Freitag").value == "2026-10-16"
    doc = run("Die Verhandlung sollte am Montag beginnen.", published="2026-10-15")
    assert find(doc, "Montag").value == "2026-10-12"

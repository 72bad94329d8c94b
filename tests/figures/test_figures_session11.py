"""Figures: money written after a currency sign or code ("Rs 10 lakh") counts no one; an
article before an age in words ("a two-year-old girl") counts one; "seinen Verletzungen
erlegen" kills; "the number of sick" counts the sick as injured."""
from figures_helpers import figs, one


def test_money_after_a_currency_code_is_no_count():
    assert figs("The chief minister announced an ex gratia of Rs 10 lakh each for the families of "
                "the slain policemen.", "en") == []


def test_an_age_in_words_after_the_article_counts_one():
    f = one("A two-year-old girl had died in Saramuro.", "en")
    assert (f.kind, f.min, f.max) == ("killed", 1, 1)


def test_de_succumbing_to_injuries_kills():
    f = one("Ein 19 Jahre alter Demonstrant ist im Krankenhaus San Juan de Dios seinen Verletzungen erlegen.", "de")
    assert (f.kind, f.min) == ("killed", 1)


def test_the_number_of_sick_is_a_count_of_injured():
    fs = figs("The federation put the number of sick at more than 120 and said a two-year-old girl had died.", "en")
    assert [(f.kind, f.min) for f in fs] == [("injured", 120), ("killed", 1)]


def test_de_prisoners_who_come_free_are_no_arrests():
    f = one("Nach Angaben des IKRK kamen am ersten Tag 318 Gefangene frei.", "de")
    assert (f.kind, f.min) == ("other", 318)
    f = one("Nach Angaben der Vereinten Nationen sollen insgesamt 912 Gefangene freikommen.", "de")
    assert (f.kind, f.min) == ("other", 912)
    assert one("Die Polizei nahm 20 Demonstranten fest.", "de").kind == "arrested"

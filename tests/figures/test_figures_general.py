"""Figures: general patterns found missing on unseen articles (fresh sentences)."""
from figures_helpers import PIPE, figs


def test_de_status_noun_with_verb_of_another_kind():
    fs = figs("Bei der Meuterei im Gefängnis kamen sechs Häftlinge ums Leben.", "de")
    assert [(f.kind, f.min) for f in fs] == [("killed", 6)]
    fs = figs("Die Behörden ließen 40 Gefangene frei.", "de")
    assert all(f.kind == "arrested" for f in fs)


def test_de_part_of_a_figure_after_unter_ihnen():
    fs = figs("Bei dem Busunglück wurden 18 Menschen verletzt, unter ihnen fünf Kinder.", "de")
    assert [(f.text, f.kind) for f in fs] == [("18 Menschen", "injured"), ("fünf Kinder", "injured")]


def test_de_capacity_is_not_a_figure():
    assert figs("Die Notunterkunft ist für 400 Menschen ausgelegt.", "de") == []
    assert figs("Die Helfer verteilten Decken für rund 900 Vertriebene.", "de") == []


def test_de_marching_through_town():
    fs = figs("Am Abend zogen etwa 2.500 Menschen durch die Straßen von Leipzig.", "de")
    assert [(f.kind, f.min, f.qualifier) for f in fs] == [("participants", 2500, "about")]
    assert figs("Die Firma hat 300 Mitarbeiter aus dem Projekt abgezogen.", "de") == [] or \
        all(f.kind != "participants" for f in figs("Die Firma hat 300 Mitarbeiter aus dem Projekt abgezogen.", "de"))


def test_de_supporters_count_as_participants():
    fs = figs("Rund 150 Anhänger der Partei versammelten sich vor dem Rathaus.", "de")
    assert [(f.kind, f.min) for f in fs] == [("participants", 150)]


def test_de_arrivals_are_displaced_only_in_a_context_of_flight():
    fs = figs("Tausende Familien flohen vor den Kämpfen. Bis Montag seien rund 9.000 Menschen in Goma eingetroffen.", "de")
    assert ("displaced", 9000) in [(f.kind, f.min) for f in fs]
    assert figs("Zum Kongress sind rund 9.000 Menschen in Hamburg eingetroffen.", "de") == []


def test_de_currency_is_not_a_figure():
    assert figs("Ein Liter Benzin kostet inzwischen 650 Naira.", "de") == []


def test_en_currency_and_capacity_are_not_figures():
    assert figs("A kilo of rice now costs 95 rupees.", "en") == []
    assert figs("Fares rose to 120 shillings.", "en") == []
    assert figs("The camp has space for 3,000 people.", "en") == []


def test_en_supporters_and_medical_treatment():
    fs = figs("Security forces dispersed hundreds of opposition supporters.", "en")
    assert [(f.kind, f.estimate) for f in fs] == [("participants", 100)]
    fs = figs("At least 22 marchers required medical treatment.", "en")
    assert [(f.kind, f.min) for f in fs] == [("injured", 22)]


def test_en_status_noun_with_killed():
    fs = figs("Four prisoners were killed in the riot.", "en")
    assert [(f.kind, f.min) for f in fs] == [("killed", 4)]


def test_en_an_estimated_number():
    fs = figs("An estimated 4,000 people gathered outside the court.", "en")
    assert [(f.text, f.min, f.qualifier) for f in fs] == [("An estimated 4,000 people", 4000, "about")]
    fs = figs("A 32-year-old woman was killed.", "en")
    assert [(f.kind, f.min) for f in fs] == [("killed", 1)]


def test_lives_claimed_but_not_lives_saved():
    assert [(f.kind, f.min) for f in figs("The landslide claimed 14 lives.", "en")] == [("killed", 14)]
    assert figs("Lifeguards saved 14 lives last summer.", "en") == []
    assert [(f.kind, f.min) for f in figs("Der Sturm kostete fünf Menschenleben.", "de")] == [("killed", 5)]
    assert figs("Die Sanitäter retteten fünf Menschenleben.", "de") == []


def test_de_rioters_and_activists_are_participants():
    fs = figs("Rund 60 Randalierer zündeten Mülltonnen an.", "de")
    assert [(f.kind, f.min) for f in fs] == [("participants", 60)]


def test_inhabitants_count_only_with_a_verb_of_an_affecting_kind():
    fs = figs("Etwa 1.800 Einwohner wurden vor dem Hochwasser in Sicherheit gebracht.", "de")
    assert [(f.kind, f.min) for f in fs] == [("displaced", 1800)]
    assert figs("Die Kleinstadt hat rund 9.000 Einwohner.", "de") == []
    fs = figs("Some 600 residents were evacuated overnight.", "en")
    assert [(f.kind, f.min) for f in fs] == [("displaced", 600)]
    assert figs("The island has 3,000 inhabitants.", "en") == []


def test_age_in_apposition_is_not_a_figure():
    assert figs("Police said the driver, 52, had been arrested at the scene.", "en") == []
    assert figs("Der Fahrer, 52, wurde noch am Unfallort festgenommen.", "de") == []


def test_an_article_before_a_collective_noun_is_no_count_of_one():
    from lagebild.ingest import make_article

    for text in ("Soldiers fired tear gas into a crowd near the parliament, witnesses said.",
                 "Vor dem Rathaus versammelte sich am Abend eine Menschenmenge."):
        assert PIPE(make_article(text, published="2024-05-01")).figures == []
    one = PIPE(make_article("A journalist was killed in the shelling.", published="2024-05-01")).figures
    assert [(f.kind, f.estimate) for f in one] == [("killed", 1)]


def test_thousands_set_off_by_a_space_and_populations_after_with():
    from figures_helpers import figs
    # "3 200": Swiss / French style thousands, split by the tokenizer
    assert [(f.text, f.min) for f in figs("Police said 3 200 people were detained.", "en")] == [("3 200 people", 3200)]
    # a population after "mit" / "with" counts no one, whatever the verb of the sentence
    assert figs("Der Regierungschef sagte, ein Land mit mehr als 120 Millionen Einwohnern könne nicht eingesperrt bleiben.", "de") == []
    assert [f.min for f in figs("2.500 Einwohner wurden evakuiert.", "de")] == [2500]

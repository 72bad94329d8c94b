"""German figures: numbers, number words, vague quantities, qualifiers, kinds, non-figures."""
import pytest

from lagebild.ingest import make_article

from figures_helpers import PIPE
from figures_helpers import figs as _figs
from figures_helpers import one as _one


def figs(text):
    return _figs(text, "de")


def one(text):
    return _one(text, "de")


@pytest.mark.parametrize("text,kind,span,lo,hi,qual,est", [
    ("Bei dem Anschlag wurden mindestens 23 Menschen getötet.", "killed", "mindestens 23 Menschen", 23, None, "at_least", 23),
    ("Bei den Zusammenstößen wurden 48 Demonstranten verletzt.", "injured", "48 Demonstranten", 48, 48, "exact", 48),
    ("Die Polizei nahm mehr als 1.200 Menschen fest.", "arrested", "mehr als 1.200 Menschen", 1200, None, "at_least", 1200),
    ("Bei den Luftangriffen starben rund 120 Zivilisten.", "killed", "rund 120 Zivilisten", 120, 120, "about", 120),
    ("Nach dem Unglück werden noch immer vierzehn Bergleute vermisst.", "missing", "vierzehn Bergleute", 14, 14, "exact", 14),
    ("Das Erdbeben hat bis zu 3000 Menschen obdachlos gemacht.", "displaced", "bis zu 3000 Menschen", None, 3000, "at_most", 3000),
    ("Bei Kämpfen starben zwischen 20 und 30 Kämpfer.", "killed", "zwischen 20 und 30 Kämpfer", 20, 30, "about", 20),
    ("Das Ministerium meldete 15 bis 20 Tote.", "killed", "15 bis 20 Tote", 15, 20, "about", 15),
    ("Drei Dutzend Menschen wurden bei dem Erdrutsch verschüttet.", "missing", "Drei Dutzend Menschen", 36, 36, "exact", 36),
    ("Mehr als ein Dutzend Polizisten wurden bei den Krawallen verletzt.", "injured", "Mehr als ein Dutzend Polizisten", 12, None, "at_least", 12),
    ("Seit 2011 hat der Krieg mehr als eine halbe Million Menschen das Leben gekostet.", "killed", "mehr als eine halbe Million Menschen", 500000, None, "at_least", 500000),
    ("Mehr als 1,2 Millionen Menschen sind aus der Region geflohen.", "displaced", "Mehr als 1,2 Millionen Menschen", 1200000, None, "at_least", 1200000),
    ("Die Miliz hat zweihundertfünfzig Dorfbewohner entführt.", "other", "zweihundertfünfzig Dorfbewohner", 250, 250, "exact", 250),
])
def test_numbers_and_qualifiers(text, kind, span, lo, hi, qual, est):
    f = one(text)
    assert (f.kind, f.text, f.min, f.max, f.qualifier, f.estimate) == (kind, span, lo, hi, qual, est)


@pytest.mark.parametrize("text,kind,est", [
    ("In der Nacht sind dutzende Demonstranten getötet worden.", "killed", 12),
    ("Bei der Massenpanik wurden Hunderte Pilger verletzt.", "injured", 100),
    ("Tausende Demonstranten zogen durch die Innenstadt.", "participants", 1000),
    ("Zehntausende gingen in Tiflis auf die Straße.", "participants", 10000),
    ("Die Behörden evakuierten mehrere Hundert Bewohner aus den Küstenorten.", "displaced", 100),
    ("Zahlreiche Menschen wurden mit Rauchvergiftungen ins Krankenhaus gebracht.", "injured", 10),
    ("Nach der Wahl gab es Proteste mit Hunderten Festnahmen.", "arrested", 100),
])
def test_vague_quantities_acled_estimate(text, kind, est):
    f = one(text)
    assert (f.kind, f.qualifier, f.estimate, f.min, f.max) == (kind, "vague", est, None, None)


def test_kind_from_noun_and_split_construction():
    f = one("Unter den Sicherheitskräften gebe es zudem 317 Verletzte, meldete die Agentur.")
    assert (f.kind, f.min, f.max, f.qualifier, f.who) == ("injured", 317, 317, "exact", "Sicherheitskräften")


def test_two_figures_in_one_sentence_take_their_own_verbs():
    fs = figs("Bei dem Angriff wurden zwölf Soldaten getötet und 30 weitere verletzt.")
    assert [(f.text, f.kind, f.min) for f in fs] == [("zwölf Soldaten", "killed", 12), ("30 weitere", "injured", 30)]


def test_who_is_the_counted_group():
    f = one("Dabei wurden mindestens acht Polizisten und Soldaten getötet.")
    assert f.who == "Polizisten und Soldaten" and f.kind == "killed" and f.estimate == 8


def test_count_of_the_dead_in_a_toll_sentence():
    f = one("Die Zahl der Todesopfer stieg nach offiziellen Angaben auf 57.")
    assert (f.kind, f.min, f.text) == ("killed", 57, "57")


def test_verb_in_quotation_marks_still_gives_the_kind():
    f = one('Dutzende Angreifer seien "eliminiert" worden.')
    assert (f.kind, f.estimate) == ("killed", 12)


def test_participants_from_verb():
    f = one("Wie viele Tausend Menschen sich an den Protesten beteiligten, war unklar.")
    assert f.kind == "participants" and "Tausend" in f.text and f.estimate == 1000


def test_article_counts_one_person():
    f = one("Ein 19 Jahre alter Mann wurde bei dem Messerangriff schwer verletzt.")
    assert (f.kind, f.min, f.max) == ("injured", 1, 1)


@pytest.mark.parametrize("text", [
    "Das Land mit mehr als 18 Millionen Einwohnern grenzt an Russland und China.",
    "Der Preis für einen Liter Diesel stieg um 40 Cent.",
    "Der 54-Jährige regiert das Land seit 1999.",
    "Die Ausgangssperre gilt von 22 Uhr bis 6 Uhr morgens.",
    "Rund 70 Prozent der Wähler stimmten für die neue Verfassung.",
    "Er verhängte bis zum 19. Januar den Ausnahmezustand.",
    "Der Konzern will bis 2025 rund 4000 Stellen abbauen.",
    "Insgesamt 1200 Polizisten sind im Einsatz.",
    "Mehrere Fluggesellschaften strichen daraufhin Flüge nach Almaty.",
    "Im Jahr 2019 wurden in dem Viertel 1.450 Straftaten registriert.",
])
def test_numbers_that_count_nothing_affected_are_not_figures(text):
    assert figs(text) == []


def test_seed_figures(seed_text):
    doc = PIPE(make_article(seed_text, published="2022-01-06"))
    by = {(f.kind, f.text) for f in doc.figures}
    assert ("killed", "dutzende Demonstranten") in by
    assert ("killed", "Dutzende Angreifer") in by
    assert ("arrested", "Hunderten Festnahmen") in by
    eight = [f for f in doc.figures if f.min == 8]
    assert eight and eight[0].kind == "killed" and eight[0].qualifier == "at_least" and "Polizisten" in eight[0].who
    inj = [f for f in doc.figures if f.kind == "injured"]
    assert [(f.min, f.max, f.qualifier) for f in inj] == [(317, 317, "exact")]
    assert not [f for f in doc.figures if "Einwohner" in f.text]


def test_darunter_takes_the_kind_of_the_figure_before():
    fs = figs("Bei dem Busunglück starben 17 Menschen, darunter neun Kinder.")
    assert [(f.text, f.kind) for f in fs] == [("17 Menschen", "killed"), ("neun Kinder", "killed")]


def test_proportions_and_dates_are_not_figures():
    assert figs("Vier von zehn Erwachsenen wurden nach eigenen Angaben schon einmal verletzt.") == []
    assert figs("Am 3. März wurden die Verhandlungen abgebrochen.") == []


def test_wer_zuflucht_oder_schutz_sucht_ist_vertrieben():
    f = one("Rund 3.000 Menschen haben in Kirchen und Schulen Zuflucht gesucht.")
    assert (f.kind, f.min) == ("displaced", 3000)
    f = one("Mehr als 500 Bewohner suchten Schutz in einer Turnhalle.")
    assert f.kind == "displaced"

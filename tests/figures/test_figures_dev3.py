"""Figures rules found on the e2e dev3 set: prisoners who are exchanged or freed leave custody
(no arrest); an article counts one suspect, hostage or attacker ('A third suspect was killed');
residents who had to leave their flats are displaced."""
from figures_helpers import figs


def _k(text, lang):
    return [(f.text, f.kind, f.min) for f in figs(text, lang)]


def test_exchanged_or_freed_prisoners_are_no_arrests():
    assert _k("Buses ran again, and the first 80 prisoners were exchanged in July.", "en") == [
        ("80 prisoners", "other", 80)]
    assert _k("Im Juli wurden 20 Häftlinge freigelassen.", "de") == [("20 Häftlinge", "other", 20)]
    # held prisoners are still arrests
    assert _k("Police said 80 prisoners were being held in the city.", "en")[0][1] == "arrested"


def test_article_counts_one_suspect():
    assert _k("Police arrested two suspected members of the gang. A third suspect was killed in a shootout "
              "with officers.", "en") == [("two suspected members", "arrested", 2), ("A third suspect", "killed", 1)]
    assert ("ein Tatverdächtiger", "arrested", 1) in _k("Am Abend wurde ein Tatverdächtiger festgenommen.", "de")


def test_residents_leaving_their_flats_are_displaced():
    assert _k("Die Polizei sperrte die Innenstadt ab, rund 200 Anwohner mussten ihre Wohnungen verlassen.", "de") == [
        ("rund 200 Anwohner", "displaced", 200)]

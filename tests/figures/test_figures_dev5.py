"""Figures: causes of the e2e-dev5 misses, as general rules (eviction as displacement, 'took part',
'N of them', another source's estimate of the figure before, the subject of a German active perfect)."""
from figures_helpers import figs


def kinds(fs):
    return [(f.text, f.kind, f.min, f.qualifier) for f in fs]


def test_eviction_displaces_families():
    fs = figs("The network condemned the forced eviction of more than 300 families from the lake area and "
              "called for the release of nine representatives arrested during the operation.", "en")
    assert ("more than 300 families", "displaced", 300, "at_least") in kinds(fs)


def test_members_of_a_community_who_took_part_are_participants():
    fs = figs("About 400 members of indigenous communities took part in the blockade.", "en")
    assert kinds(fs) == [("About 400 members", "participants", 400, "about")]


def test_another_source_puts_the_number_at():
    fs = figs("Organisers said more than 3,000 students took part in the march; the police put the number "
              "at about 800. The ministry said 14 people were treated in hospital for injuries. The "
              "opposition put the figure at more than 30.", "en")
    assert kinds(fs) == [("more than 3,000 students", "participants", 3000, "at_least"),
                         ("about 800", "participants", 800, "about"),
                         ("14 people", "injured", 14, "exact"),
                         ("more than 30", "injured", 30, "at_least")]
    fs = figs("Nach Angaben der Veranstalter demonstrierten 5000 Menschen. Die Polizei bezifferte die Zahl "
              "auf 1.200.", "de")
    assert [(f.kind, f.min) for f in fs] == [("participants", 5000), ("participants", 1200)]


def test_part_of_them_with_a_verb_of_its_own():
    fs = figs("Police dispersed hundreds of job seekers outside the office and detained around 40 of them.", "en")
    assert ("around 40", "arrested", 40, "about") in kinds(fs)
    # a part without a verb of its own stays inside the figure before
    fs = figs("Some 40 police officers were injured in the riots, two of them seriously.", "en")
    assert kinds(fs) == [("Some 40 police officers", "injured", 40, "about")]


def test_subject_of_a_german_active_perfect_is_not_the_victim():
    fs = figs("Drei maskierte Männer haben am Samstagmorgen einen Geldtransporter überfallen und einen "
              "Wachmann mit einem Schuss ins Bein verletzt.", "de")
    assert [(f.text, f.kind) for f in fs] == [("einen Wachmann", "injured")]
    fs = figs("Drei Polizisten haben bei dem Einsatz Verletzungen erlitten.", "de")
    assert [(f.min, f.kind) for f in fs] == [(3, "injured")]


def test_beaten_people_are_injured_but_a_team_beaten_is_no_figure():
    assert kinds(figs("At least 12 residents were beaten with batons.", "en")) == \
        [("At least 12 residents", "injured", 12, "at_least")]
    assert figs("The home side beat the visitors 3-1 in front of 20,000 fans.", "en") == []
    assert [(f.min, f.kind) for f in figs("Zwei Männer wurden von Unbekannten verprügelt.", "de")] == [(2, "injured")]


def test_freed_and_forced_labour_are_other_and_return_after_flight_is_displacement():
    fs = figs("A spokesman said his fighters had freed around 700 people. The United Nations estimates that at "
              "least 120,000 people have been forced to work in scam centres.", "en")
    assert [(f.min, f.kind) for f in fs] == [(700, "other"), (120000, "other")]
    fs = figs("Bangladesch und Myanmar haben sich auf die Rückführung von Rohingya-Flüchtlingen geeinigt. "
              "Zunächst sollen 3000 Menschen aus den Lagern zurückkehren.", "de")
    assert [(f.min, f.kind) for f in fs] == [(3000, "displaced")]
    # without flight in view, coming back is no displacement
    assert figs("Nach dem Streik sollen 3000 Beschäftigte an ihre Arbeitsplätze zurückkehren.", "de") == []

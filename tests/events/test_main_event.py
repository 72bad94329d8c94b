"""The main-event choice (events/main_event.py) on short news articles written for these
tests (invented events, fictional people), one per construction the choice handles: a lead
after a dateline told as reported speech, a reaction that opens the lead, background in a
causal or temporal prepositional phrase, casualties and flight as the result of an act, a
title kept apart from the text. Runs the whole pipeline, as `lagebild extract` does."""
import pytest

from lagebild.events.main_event import _in_title, _words
from lagebild.ingest import make_article
from lagebild.pipeline import default_pipeline


def main_of(text: str, published: str = "2024-05-14", title: str | None = None):
    doc = default_pipeline()(make_article(text, title=title, published=published))
    assert doc.main_event, [(e.type, e.trigger.text) for e in doc.events]
    return doc.item(doc.main_event)


CASES = [
    # a dateline, then the lead told as reported speech ("..., the president's office said")
    ("en", "ACCRA, May 14 (Reuters) - Ghana's energy minister, Kofi Mensah, resigned on Tuesday over a "
           "contract scandal at the state power company, the president's office said.\n\n"
           "Police arrested three managers of the company last week. Hundreds of traders protested in "
           "Kumasi on Monday against power cuts, and police fired tear gas to disperse them.",
     "RETREAT", "resigned"),
    # a condemnation opens the lead: the act condemned is the main event
    ("en", "The African Union on Sunday condemned the kidnapping of 30 students from a boarding school in "
           "Nigeria's Kaduna state and demanded their immediate release.\n\n"
           "Gunmen stormed the school early on Saturday, a police spokesman said. The European Union and "
           "Britain also condemned the abduction, and the governor urged calm.",
     "CRIME", "kidnapping"),
    # background in a temporal PP and a relative clause ("after an attack ... that killed")
    ("en", "Mali's government and a coalition of armed groups agreed on Friday to resume talks in Algiers, "
           "two weeks after an attack on an army convoy that killed 14 soldiers.\n\n"
           "The attack near Kidal was claimed by a jihadist group. Both sides blamed each other.",
     "AGREE", "agreed"),
    # background in a causal PP ("wegen der ... Niederschlagung von Protesten")
    ("de", "Wegen der gewaltsamen Niederschlagung von Protesten hat die Europäische Union Sanktionen gegen "
           "zwölf Polizeikommandeure in Georgien verhängt. Das teilte der Rat der EU am Dienstag in Brüssel mit.\n\n"
           "Bei den Protesten in Tiflis waren im April mehr als 300 Menschen festgenommen worden.",
     "SANCTION", "Sanktionen"),
    # flight is the result of the fighting it flees from
    ("de", "Vor schweren Kämpfen im Osten des Tschad sind seit Freitag Tausende Menschen in den Sudan geflohen. "
           "Das teilte das UN-Flüchtlingshilfswerk am Montag in Genf mit.\n\n"
           "Die Helfer rechnen mit weiteren Flüchtlingen.",
     "ASSAULT", "Kämpfen"),
    # a demand opens the lead; the shooting told after it, its deaths a sentence later
    ("de", "Die Opposition in Armenien hat den Rücktritt des Innenministers gefordert. Polizisten hatten am "
           "Montagabend in Eriwan das Feuer auf eine Kundgebung eröffnet. Zwei Demonstranten wurden getötet, "
           "14 weitere verletzt.\n\nDie EU verurteilte die Gewalt.",
     "ASSAULT", "Feuer"),
    # summoning an ambassador is an act of its own, not a reaction handing over the lead
    ("de", "Nach der Festnahme eines deutschen Journalisten in Minsk hat das Auswärtige Amt den "
           "belarussischen Botschafter einbestellt. Das teilte ein Sprecher am Mittwoch in Berlin mit.\n\n"
           "Der Reporter war am Montag am Flughafen festgenommen worden.",
     "DISAPPROVE", "einbestellt"),
    # an announced resignation that predicates the lead is the news, not the protest after it
    ("de", "Nach der Niederlage seiner Partei bei der Parlamentswahl hat der kroatische Regierungschef "
           "seinen Rücktritt angekündigt. Er werde sein Amt abgeben, sobald eine neue Regierung stehe.\n\n"
           "Am Abend protestierten in Zagreb mehrere hundert Menschen gegen angebliche Wahlfälschung.",
     "RETREAT", "Rücktritt"),
    # a multiword noun with an inner "of" is no PP; the after-clause is the measure's cause
    ("en", "LIMA, May 14 (Reuters) - Peru's government declared a state of emergency in the southern region "
           "of Puno on Tuesday after protesters blocked the main road to Bolivia for a week.\n\n"
           "Protesters also blocked the airport in Juliaca, and police arrested 30 people.",
     "COERCE", "state of emergency"),
    # a condemnation whose act is told only in a relative clause
    ("en", "Canada and Australia on Monday condemned the detention of Iranian lawyer Reza Karimi, who was "
           "arrested in Tehran last week after defending protesters in court.\n\n"
           "The two governments urged Iran to release him and said they would raise the case at the United Nations.",
     "COERCE", "arrested"),
    # a court's order is an act; what the investigation looks into is background
    ("en", "KAMPALA, May 14 (AFP) - Uganda's High Court on Tuesday ordered the police to investigate the "
           "killing of three protesters during fuel-price demonstrations in March.\n\n"
           "The judge gave the police 30 days to report. Rights groups welcomed the ruling.",
     "DEMAND", "ordered"),
    # a prevented attack did not take place: the arrests are the news
    ("de", "Die belgische Polizei hat nach eigenen Angaben einen Anschlag auf einen Weihnachtsmarkt in "
           "Brüssel vereitelt und vier Verdächtige festgenommen. Das teilte die Staatsanwaltschaft am "
           "Freitag mit.\n\nDie Männer sollen Kontakte zu einer Terrormiliz gehabt haben.",
     "COERCE", "festgenommen"),
    # a clause of earlier time reaches over "and" to the next verb ("police shot dead")
    ("en", "DAKAR, May 14 (Reuters) - Senegal's president on Tuesday withdrew a bill to postpone the election, "
           "a day after protesters stormed the national assembly and police shot dead at least eight people.\n\n"
           "Opposition leaders welcomed the decision.",
     "CONCEDE", "withdrew"),
    # an injury that results from the water cannon is not an act of its own
    ("en", "MANILA (Reuters) - Chinese coast guard vessels fired water cannon at a Philippine fishing boat near "
           "Scarborough Shoal on Sunday, injuring two fishermen, the Philippine coast guard said.\n\n"
           "Manila lodged a diplomatic protest.",
     "COERCE", "water cannon"),
    # what a demand asks for is no event that happened
    ("de", "Einen Tag nach dem tödlichen Angriff auf einen Linienbus in Kabul fordern Abgeordnete in Berlin "
           "schärfere Regeln für Abschiebungen nach Afghanistan.\n\nBei dem Angriff waren vier Menschen getötet worden.",
     "ASSAULT", "Angriff"),
    # a verb after "after" is in a clause of earlier time even when its subject has an article
    ("en", "BRUSSELS (Reuters) - Youths set cars ablaze and clashed with police in several Belgian cities "
           "overnight, after a police officer shot dead a teenager during a traffic check in Anderlecht.\n\n"
           "Police arrested 60 people.",
     "ASSAULT", "clashed"),
    # a denial refers to the bombing, not to the rally where it happened
    ("en", "QUETTA, Pakistan (Reuters) - A separatist group on Monday denied involvement in a suicide bombing "
           "at an election rally in southwestern Pakistan that killed at least 20 people.\n\n"
           "Police said the bomber detonated his vest near the stage.",
     "ASSAULT", "killed"),
    # announced talks predicate the lead; the attacks of an "as"-clause are the setting
    ("en", "ANKARA (Reuters) - Armenia and Azerbaijan will hold their first direct peace talks in two years in "
           "Ankara next week, Turkey's foreign ministry said on Saturday, as both sides kept up heavy "
           "shelling along the border.\n\nThe talks are to be hosted by the Turkish foreign minister.",
     "CONSULT", "talks"),
]


@pytest.mark.parametrize("lang,text,typ,trigger", CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_main_event(lang, text, typ, trigger):
    ev = main_of(text)
    assert (ev.type, ev.trigger.text) == (typ, trigger)


def test_a_demand_does_not_look_back_at_a_relative_clause():
    text = ("UNITED NATIONS (Reuters) - The U.N. Security Council on Thursday demanded that Somalia's "
            "al Shabaab militants lift their blockade of the town of Baidoa, where attacks have killed "
            "dozens of civilians this month.\n\nThe resolution was adopted unanimously.")
    ev = main_of(text, title="UN Security Council demands end to blockade of Somali town")
    assert (ev.type, ev.trigger.text) == ("DEMAND", "demanded")


def test_title_kept_apart_names_the_main_event():
    text = ("Bundesliga-Fans und Polizei sind am Samstag in Rostock aneinandergeraten. Nach Angaben der "
            "Polizei wurden 23 Menschen festgenommen. Die Fans hatten zuvor gegen hohe Ticketpreise "
            "demonstriert.\n\nDer Verein kündigte eine Untersuchung an.")
    ev = main_of(text, title="Polizei nimmt nach Fußballspiel in Rostock 23 Fans fest")
    assert ev.type == "COERCE"


def test_title_words_match_inflections_and_compounds():
    title = _words("Tote bei Selbstmordanschlag auf Markt; Regierung tritt zurück")
    assert _in_title(title, _words("Anschlag"))
    assert _in_title(title, _words("zurücktreten"))
    assert _in_title(_words("Air strike kills 31"), _words("killed"))
    assert not _in_title(title, _words("Protesten"))


def test_indian_agency_dateline_opens_the_lead():
    text = ("Three held for murder of journalist in Bihar, probe team formed\n\n"
            "Gaya (Bihar), Apr 20 (PTI) Three men have been arrested for the murder of a local journalist "
            "who was shot dead near his home on Saturday night, police said on Monday.\n\n"
            "The journalist was riding home when two men on a motorcycle opened fire at him. Another man was "
            "killed in a separate attack in the district last week, police said.")
    ev = main_of(text, published="2026-04-20")
    assert (ev.type, ev.trigger.text) == ("COERCE", "arrested")


def test_a_credit_line_is_not_the_lead():
    text = ("Town erupts after police killing of teen\n\n"
            "Kimberley Grant/Staff Reporter\n\n"
            "Roads were blocked with burning tyres across the town yesterday as angry residents protested the "
            "fatal shooting of a student by the police on Sunday night.\n\n"
            "The student was shot dead during an operation. Residents said the police killing was the third "
            "this year. The killings must stop, a pastor said.")
    ev = main_of(text, published="2026-07-14")
    assert ev.type == "PROTEST"


def test_a_title_word_in_background_weighs_less_than_the_title_predicate():
    text = ("UN rights council orders probe into protest killings\n\n"
            "GENEVA (AFP) - The UN Human Rights Council on Friday ordered an international investigation into "
            "the killing of pro-democracy protesters, brushing aside objections from the government.\n\n"
            "A resolution creating a fact-finding mission was adopted by 24 votes to 9.\n\n"
            "At least 27 people were killed in the capital in August when police opened fire on "
            "demonstrators, according to Amnesty International.")
    doc = default_pipeline()(make_article(text, published="2026-10-09"))
    assert doc.item(doc.main_event).type == "INVESTIGATE"
    # "killings" sits in the title's "into" phrase: the body's "were killed" repeats it and
    # gets the smaller title weight
    parts = {doc.item(eid).trigger.text: p for eid, _s, p in doc.extras["events.main_scores"]}
    assert parts["killed"]["title"] == 1.0 and parts["probe"]["title"] == 3.0


def test_a_live_tickers_title_tells_the_news_not_its_intro():
    text = ("Liveticker: Polizei setzt in San Salvador Tränengas gegen Demonstranten ein\n\n"
            "In El Salvador protestieren Tausende gegen eine Reform des Wahlrechts. Die Entwicklungen im Überblick.\n\n"
            "22.40 Uhr – Die Polizei hat nach eigenen Angaben 46 Menschen festgenommen.\n\n"
            "21.55 Uhr – Der Sicherheitsminister verteidigt den Einsatz.\n\n"
            "20.10 Uhr – Die Polizei setzt Wasserwerfer ein.")
    ev = main_of(text, published="2026-05-21")
    assert ev.type == "COERCE" and ev.trigger.text == "Tränengas"

"""German claims: quotations, indirect speech, according-to, channels, speakers, hedges.

Tests whose name contains ``konjunktiv`` need the mood layer (Token.mood) of the
language stage.
"""
import pytest

from claims_helpers import channels, only, speaker
from claims_helpers import run as _run


def run(text, **kw):
    return _run(text, "de", **kw)


@pytest.mark.parametrize("text", [
    "„Die Lage ist weiterhin sehr angespannt“, sagte ein Sprecher der Vereinten Nationen.",
    '"Die Lage ist weiterhin sehr angespannt", sagte ein Sprecher der Vereinten Nationen.',
    "»Die Lage ist weiterhin sehr angespannt«, sagte ein Sprecher der Vereinten Nationen.",
    "«Die Lage ist weiterhin sehr angespannt», sagte ein Sprecher der Vereinten Nationen.",
    "‚Die Lage ist weiterhin sehr angespannt‘, sagte ein Sprecher der Vereinten Nationen.",
    "'Die Lage ist weiterhin sehr angespannt', sagte ein Sprecher der Vereinten Nationen.",
    "“Die Lage ist weiterhin sehr angespannt”, sagte ein Sprecher der Vereinten Nationen.",
])
def test_direct_quote_every_style(text):
    doc = run(text)
    c = only(doc)
    assert c.mode == "direct"
    assert c.content == "Die Lage ist weiterhin sehr angespannt"
    assert "Sprecher der Vereinten Nationen" in speaker(doc, c)
    assert c.cue == "sagte"


def test_direct_quote_after_colon():
    doc = run("Innenminister Gerald Darmanin sagte: „Die Gewalt dieser Nacht ist inakzeptabel.“")
    c = only(doc)
    assert (c.mode, c.content) == ("direct", "Die Gewalt dieser Nacht ist inakzeptabel.")
    assert "Gerald Darmanin" in speaker(doc, c)


def test_quote_interrupted_by_the_speech_verb():
    doc = run("„Wir haben alles versucht“, sagte der Bürgermeister, „aber das Wasser kam zu schnell.“")
    c = only(doc)
    assert c.mode == "direct"
    assert c.content == "Wir haben alles versucht […] aber das Wasser kam zu schnell."
    assert "Bürgermeister" in speaker(doc, c)


def test_quote_running_across_sentences():
    doc = run("„Die Kämpfer haben sich in die Berge zurückgezogen. Wir verfolgen sie weiter“, "
              "sagte Armeesprecher Mohammed Ali am Dienstag.")
    c = only(doc)
    assert c.mode == "direct"
    assert c.content == "Die Kämpfer haben sich in die Berge zurückgezogen. Wir verfolgen sie weiter"
    assert "Mohammed Ali" in speaker(doc, c)


def test_quotation_without_frame_belongs_to_the_last_speaker():
    doc = run("„Das ist ein schwarzer Tag für unser Land“, sagte Ministerpräsident Mark Rutte. "
              "„Wir trauern mit den Familien und den Opfern.“")
    assert [(c.mode, c.content) for c in doc.claims] == [
        ("direct", "Das ist ein schwarzer Tag für unser Land"),
        ("direct", "Wir trauern mit den Familien und den Opfern.")]
    assert all("Mark Rutte" in speaker(doc, c) for c in doc.claims)


def test_indirect_speech_before_and_after_the_frame():
    doc = run("Regierungssprecher Steffen Hebestreit sagte, die Bundesregierung verfolge die Entwicklung mit Sorge.")
    c = only(doc)
    assert (c.mode, c.content) == ("indirect", "die Bundesregierung verfolge die Entwicklung mit Sorge")
    doc = run("Die Armee habe die Lage unter Kontrolle, sagte Verteidigungsminister Benny Gantz.")
    c = only(doc)
    assert (c.mode, c.content) == ("indirect", "Die Armee habe die Lage unter Kontrolle")
    assert "Benny Gantz" in speaker(doc, c)


def test_dass_clause():
    doc = run("Ein Sprecher der Staatsanwaltschaft bestätigte, dass drei Verdächtige festgenommen worden seien.")
    c = only(doc)
    assert (c.mode, c.content) == ("indirect", "drei Verdächtige festgenommen worden seien")
    assert "Staatsanwaltschaft" in speaker(doc, c)
    f = doc.figures[0]
    assert f.kind == "arrested" and f.claim == c.id


def test_so_frame():
    doc = run("Die USA forderten alle Parteien auf, eine friedliche Lösung zu finden, so Price.")
    c = only(doc)
    assert c.cue == "so" and "Price" in speaker(doc, c)


@pytest.mark.parametrize("text,who,content_has", [
    ("Laut Polizei hatten sich etwa 2000 Menschen vor dem Parlament versammelt.", "Polizei", "2000 Menschen"),
    ("Den Vereinten Nationen zufolge sind mehr als 1,2 Millionen Menschen geflohen.", "Vereinten Nationen", "geflohen"),
    ("Nach Angaben von Helfern kamen mindestens neun Menschen ums Leben.", "Helfern", "neun Menschen"),
    ("Bei den Kämpfen sind nach Armeeangaben drei Soldaten ums Leben gekommen.", "Armee", "drei Soldaten"),
    ("Wie die Feuerwehr mitteilte, wurden zwei Feuerwehrleute leicht verletzt.", "Feuerwehr", "zwei Feuerwehrleute"),
    ("Laut einem Bericht der „New York Times“ plant die Regierung weitere Sanktionen.", "New York Times", "Sanktionen"),
])
def test_according_to(text, who, content_has):
    doc = run(text)
    c = only(doc)
    assert c.mode == "according_to"
    assert who in speaker(doc, c)
    assert content_has in c.content
    for f in doc.figures:
        assert f.claim == c.id


def test_according_to_inside_a_relative_clause():
    doc = run("Die Proteste, bei der laut Behörden mindestens acht Polizisten getötet wurden, "
              "waren aus Unmut über gestiegene Preise ausgebrochen.")
    c = only(doc)
    assert c.mode == "according_to" and c.speaker_text == "Behörden"
    assert "acht Polizisten" in c.content and "Unmut" not in c.content
    assert doc.figures[0].claim == c.id


def test_channels_dative_list_become_entities():
    doc = run("Die Angreifer hätten die Polizei angegriffen, sagte Polizeisprecher Saltanat Asirbek "
              "den Nachrichtenagenturen Interfax-Kasachstan, Tass und Ria Nowosti.")
    c = only(doc)
    assert channels(doc, c) == ["Interfax-Kasachstan", "Tass", "Ria Nowosti"]
    assert all(doc.item(x).type == "ORG" for x in c.channel)
    assert "Saltanat Asirbek" in speaker(doc, c)


@pytest.mark.parametrize("text,channel", [
    ("Präsident Wolodymyr Selenskyj schrieb auf Telegram, die Lage im Osten sei extrem schwierig.", "Telegram"),
    ("Das Weiße Haus teilte auf Twitter mit, der Präsident sei informiert worden.", "Twitter"),
    ("Präsident Macron kündigte in einer Fernsehansprache an, die Reform werde umgesetzt.", "Fernsehansprache"),
    ("Kanzler Olaf Scholz betonte im ZDF, Deutschland werde die Ukraine weiter unterstützen.", "ZDF"),
    ("Er sagte der Zeitung „Le Monde“, das Regime habe Angst vor dem Volk.", "Le Monde"),
    ("Ein Sprecher bestätigte der Deutschen Presse-Agentur, dass zwei Soldaten verletzt wurden.", "Deutschen Presse-Agentur"),
])
def test_channels(text, channel):
    doc = run(text)
    c = only(doc)
    assert channels(doc, c) == [channel]


def test_channel_entity_is_reused_for_the_same_name():
    doc = run("Die Armee habe die Stadt eingenommen, sagte ein Sprecher auf Telegram. "
              "Die Lage sei ruhig, schrieb der Gouverneur auf Telegram.")
    assert len(doc.claims) == 2
    assert doc.claims[0].channel == doc.claims[1].channel
    assert len([e for e in doc.entities if e.name == "Telegram"]) == 1


def test_citing_makes_the_source_the_speaker_and_the_outlet_a_channel():
    doc = run("Unter den Sicherheitskräften gebe es 317 Verletzte, meldete die Nachrichtenagentur Sputnik "
              "unter Berufung auf das Innenministerium.")
    c = only(doc)
    assert "Innenministerium" in speaker(doc, c)
    assert channels(doc, c) == ["Sputnik"]
    assert doc.figures[0].claim == c.id


def test_pronoun_speaker_resolves_to_the_previous_person():
    doc = run("Oppositionsführer Ousmane Sonko rief zu neuen Protesten auf. "
              "Er sagte der Zeitung „Le Monde“, das Regime habe Angst vor dem Volk.")
    c = only(doc)
    assert "Ousmane Sonko" in speaker(doc, c)


def test_role_noun_speaker_resolves_to_the_named_person_before():
    doc = run("Tokajew hatte zunächst versucht, die Stimmung zu beruhigen. "
              "„Reagieren Sie nicht auf die Aufrufe. Das ist ein Verbrechen“, sagte der Staatschef.")
    c = only(doc)
    assert c.mode == "direct" and "Tokajew" in speaker(doc, c)


def test_unresolvable_pronoun_keeps_the_text_and_no_entity():
    doc = run("Er sagte, er wolle die Gespräche so bald wie möglich fortsetzen.")
    c = only(doc)
    assert c.speaker is None and c.speaker_text == "Er"


@pytest.mark.parametrize("text", [
    "Bei dem Angriff sollen mehr als 40 Menschen getötet worden sein.",
    "Angeblich wurden bei der Razzia auch Waffen gefunden.",
    "Die Rebellen haben vermutlich mehrere Dörfer eingenommen.",
    "Nach unbestätigten Berichten wurde der General festgenommen.",
])
def test_hedged_without_a_source(text):
    doc = run(text)
    c = only(doc)
    assert c.hedged and c.speaker is None


def test_hedged_videos_published_by_telegram_channels():
    doc = run("Mehrere kasachische Telegram-Kanäle veröffentlichten in der Nacht Videos, "
              "die militärisches Vorgehen gegen Demonstranten zeigen sollen.")
    c = only(doc)
    assert c.hedged
    assert "Telegram-Kanäle" in speaker(doc, c)
    assert any("Telegram" in n for n in channels(doc, c))
    assert "zeigen sollen" in c.content


def test_deontic_sollen_is_no_hedge():
    doc = run("Die Soldaten sollten für einen begrenzten Zeitraum entsandt werden.")
    assert doc.claims == []


def test_no_claims_without_attribution():
    doc = run("Die Opposition warf der Regierung Wahlbetrug vor. Der Präsident kündigte Neuwahlen an. "
              "Die Familie des Opfers forderte eine unabhängige Untersuchung.")
    assert doc.claims == []


def test_konjunktiv_reported_speech_continues_over_sentences():
    doc = run("Kremlsprecher Dmitri Peskow sagte der Agentur Interfax, Moskau sehe keinen Grund für "
              "Verhandlungen. Die Bedingungen seien nicht erfüllt. Die Gespräche ruhen seit Monaten.")
    assert [c.content for c in doc.claims] == ["Moskau sehe keinen Grund für Verhandlungen",
                                               "Die Bedingungen seien nicht erfüllt"]
    assert all("Dmitri Peskow" in speaker(doc, c) and channels(doc, c) == ["Interfax"] for c in doc.claims)


def test_konjunktiv_cognition_verb_needs_subjunctive():
    doc = run("Die Behörden glauben, der Täter sei ins Ausland geflohen.")
    c = only(doc)
    assert c.content == "der Täter sei ins Ausland geflohen"


def test_konjunktiv_unverifiable_statement_hedges_the_reported_passage():
    doc = run("Die Armee teilte mit, bei dem Gefecht seien 18 Aufständische getötet worden. "
              "Eigene Verluste habe es nicht gegeben. Die Angaben ließen sich nicht unabhängig überprüfen.")
    assert len(doc.claims) == 2 and all(c.hedged for c in doc.claims)


def test_unverifiable_statement_hedges_the_claim_before():
    doc = run("Die Armee teilte mit, bei dem Gefecht seien 18 Aufständische getötet worden. "
              "Die Angaben ließen sich nicht unabhängig überprüfen.")
    c = only(doc)
    assert c.hedged and doc.figures[0].claim == c.id


SEED_CHECKS = [
    ("indirect", "Asirbek", "Verwaltungsgebäude"),
    ("indirect", "Asirbek", "eliminiert"),
    (None, "Paschinjan", "Friedenstruppen"),
    ("direct", "Paschinjan", "stabilisieren und zu normalisieren"),
    ("indirect", "Tokajew", "um Hilfe gebeten"),
    (None, "Tokajew", "Fallschirmjägern"),
    ("direct", "Tokajew", "Das ist ein Verbrechen"),
    (None, "Babakumarow", "befreit"),
    ("direct", "Price", "Wir bitten alle Kasachen"),
]


@pytest.mark.parametrize("mode,who,content", SEED_CHECKS)
def test_seed_claims(seed_text, mode, who, content):
    """The seed's reported speech; 'eliminiert' is a Konjunktiv continuation (needs mood)."""
    doc = run(seed_text, published="2022-01-06")
    hits = [c for c in doc.claims if content in c.content and who in speaker(doc, c)
            and (mode is None or c.mode == mode)]
    assert hits, [(c.mode, c.speaker_text, c.content[:40]) for c in doc.claims]


def test_seed_channels_figures_and_hedges(seed_text):
    doc = run(seed_text, published="2022-01-06")
    c = next(c for c in doc.claims if "Verwaltungsgebäude" in c.content)
    assert channels(doc, c) == ["Interfax-Kasachstan", "Tass", "Ria Nowosti"]
    c = next(c for c in doc.claims if "Friedenstruppen" in c.content)
    assert channels(doc, c) == ["Facebook"]
    c = next(c for c in doc.claims if "317" in c.content)
    assert "Innenministerium" in speaker(doc, c) and channels(doc, c) == ["Sputnik"]
    c = next(c for c in doc.claims if "acht" in c.content)
    assert c.mode == "according_to" and c.speaker_text == "Behörden"
    eight = next(f for f in doc.figures if f.min == 8)
    assert eight.claim == c.id
    assert any(c.hedged and "Telegram" in speaker(doc, c) for c in doc.claims)


def test_zitieren_the_quoted_person_speaks_the_outlet_is_the_channel():
    doc = run("Die Agentur Tass zitierte den Gouverneur mit den Worten: „Die Lage ist unter Kontrolle.“")
    c = only(doc)
    assert c.mode == "direct" and "Gouverneur" in speaker(doc, c) and channels(doc, c) == ["Tass"]


def test_source_in_a_prepositional_vorfeld():
    c = only(run("Aus Regierungskreisen verlautete, der Minister werde noch in dieser Woche zurücktreten."))
    assert c.speaker_text == "Regierungskreisen" and c.content == "der Minister werde noch in dieser Woche zurücktreten"


@pytest.mark.parametrize("text", [
    "Das Gesetz nennt eine Reihe von Bedingungen, unter denen das Abkommen wieder in Kraft treten könnte.",
    "Sein Kontrahent erklärte sich jedoch auch zum Sieger, was zu Verwirrung führte.",
    "Kesha und Pebe schrieben den Song gemeinsam, als Kesha 16 war.",
    "Man kann sagen, dass der Künstler für seine Arbeit lebt.",
])
def test_verbs_of_saying_without_a_report(text):
    assert run(text).claims == []


def test_konjunktiv_continues_after_a_frame_without_content():
    doc = run("Ein Regierungssprecher wies die Vorwürfe zurück. Die Polizei habe angemessen reagiert.")
    c = only(doc)
    assert c.content == "Die Polizei habe angemessen reagiert" and "Regierungssprecher" in speaker(doc, c)


def test_counting_people_affected_is_a_claim_of_who_counts():
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Article
    pipe = default_pipeline()
    doc = pipe(Article(id="x", language="de", text="Das Gesundheitsministerium zählte 46 Verletzte, darunter 19 Polizisten."))
    assert len(doc.claims) == 1 and doc.figures[0].claim == doc.claims[0].id
    # a count of inhabitants or offences is no one's claim about people affected
    for text in ("Die Stadt zählt rund 300.000 Einwohner.", "Im vergangenen Jahr registrierte die Polizei 1.450 Straftaten."):
        assert pipe(Article(id="x", language="de", text=text)).claims == []

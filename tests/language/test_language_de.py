"""German language layer on real news text: sentences, offsets, POS/lemma, verb mood."""
import pytest

from lagebild.doc import Doc
from lagebild.ingest import make_article
from lagebild.language import annotate


def analyze(text: str, language: str = "de") -> Doc:
    doc = Doc(article=make_article(text, language=language))
    annotate(doc)
    return doc


def sentence_texts(doc: Doc) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]


def moods(doc: Doc) -> dict[str, str]:
    return {t.text: t.mood for t in doc.tokens if t.finite}


def test_quote_opening_sentence_keeps_its_quotation_mark():
    doc = analyze('Bei den Protesten sind dutzende Demonstranten getötet worden. "Extremistische Kräfte" '
                  'hätten versucht, Verwaltungsgebäude zu stürmen, sagte ein Polizeisprecher. '
                  'Dutzende Angreifer seien "eliminiert" worden.')
    sents = sentence_texts(doc)
    assert len(sents) == 3
    assert sents[1].startswith('"Extremistische Kräfte" hätten versucht')
    assert sents[1].endswith("sagte ein Polizeisprecher.")
    assert sents[2] == 'Dutzende Angreifer seien "eliminiert" worden.'


def test_german_typographic_quotes_and_paragraphs():
    text = ("Die „Organisation des Vertrags über kollektive Sicherheit“ werde Truppen entsenden, "
            "schrieb der Regierungschef.\n\n„Terroristische Banden“ hätten sich einen Kampf geliefert. "
            "Der Flughafen wurde geschlossen.")
    sents = sentence_texts(analyze(text))
    assert sents == [
        "Die „Organisation des Vertrags über kollektive Sicherheit“ werde Truppen entsenden, "
        "schrieb der Regierungschef.",
        "„Terroristische Banden“ hätten sich einen Kampf geliefert.",
        "Der Flughafen wurde geschlossen.",
    ]


def test_token_offsets_are_exact(seed_text):
    doc = analyze(seed_text)
    assert len(doc.tokens) > 300
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.text
        assert tok.text.strip() == tok.text and tok.text
    for i, sent in enumerate(doc.sentences):
        toks = doc.sentence_tokens(sent)
        assert toks and toks[0].start == sent.start and toks[-1].end == sent.end
        assert all(t.sent == i for t in toks)
    # tokens in order, not overlapping
    assert all(a.end <= b.start for a, b in zip(doc.tokens, doc.tokens[1:]))


def test_abbreviations_and_numbers_do_not_split_sentences():
    doc = analyze("Am 6. Januar 2022 meldete die Polizei ca. 1.000 Festnahmen. Die Lage war u. a. in Almaty angespannt.")
    assert len(doc.sentences) == 2
    assert any(t.text == "1.000" for t in doc.tokens)


def test_german_pos_and_lemmas():
    doc = analyze("Die Demonstranten stürmten gestern das Rathaus in Almaty.")
    by = {t.text: t for t in doc.tokens}
    assert by["Die"].pos == "ART" and by["Die"].upos == "DET"
    assert by["Demonstranten"].pos == "NN" and by["Demonstranten"].lemma == "Demonstrant"
    assert by["stürmten"].pos == "VVFIN" and by["stürmten"].lemma == "stürmen" and by["stürmten"].finite
    assert by["Rathaus"].upos == "NOUN"
    assert by["Almaty"].pos == "NE" and by["Almaty"].upos == "PROPN"
    assert by["."].upos == "PUNCT"
    assert not by["Rathaus"].finite and by["Rathaus"].mood is None


def test_finiteness_auxiliary_and_participle():
    doc = analyze("Die Polizei hat am Abend zwei Männer festgenommen.")
    by = {t.text: t for t in doc.tokens}
    assert by["hat"].finite and by["hat"].pos == "VAFIN" and by["hat"].upos == "AUX"
    assert not by["festgenommen"].finite and by["festgenommen"].lemma == "festnehmen"
    assert by["festgenommen"].mood is None


def test_infinitive_mistagged_as_finite_is_fixed():
    doc = analyze("Das Bündnis werde auf Anfrage Kasachstans Friedenstruppen entsenden, schrieb er.")
    by = {t.text: t for t in doc.tokens}
    assert by["werde"].finite and by["werde"].mood == "sub1"
    assert not by["entsenden"].finite and by["entsenden"].mood is None
    assert by["schrieb"].mood == "ind"


@pytest.mark.parametrize("text, verb, mood", [
    ("Dutzende Angreifer seien eliminiert worden.", "seien", "sub1"),
    ("Tokajew erklärte, er habe um Hilfe gebeten.", "habe", "sub1"),
    ("Es gebe 317 Verletzte, teilte das Ministerium mit.", "gebe", "sub1"),
    ("Die Regierung handele verantwortungsvoll, sagte der Sprecher.", "handele", "sub1"),
    ("Die Regierung handle nicht, kritisierte die Opposition.", "handle", "sub1"),
    ("Der Präsident sei bereit, mit den Demonstranten zu sprechen.", "sei", "sub1"),
    ("Man könne die Lage noch nicht einschätzen, hieß es.", "könne", "sub1"),
    ("Die Regierung müsse sofort handeln, forderte die Partei.", "müsse", "sub1"),
    ("Das Bündnis werde Truppen entsenden.", "werde", "sub1"),
    ("Die Armee ziehe sich zurück, meldete die Agentur.", "ziehe", "sub1"),
    ("Sie hätten versucht, das Gebäude zu stürmen.", "hätten", "sub2"),
    ("Er wäre gekommen, wenn man ihn eingeladen hätte.", "wäre", "sub2"),
    ("Ohne Hilfe würde das Land zusammenbrechen.", "würde", "sub2"),
    ("Die Lage könnte sich weiter verschärfen.", "könnte", "sub2"),
    ("Ohne die Waffenruhe gäbe es noch mehr Opfer.", "gäbe", "sub2"),
    ("Wenn die Truppen früher kämen, wäre die Stadt sicher.", "kämen", "sub2"),
    ("Der Minister sagte, ein Rücktritt stünde nicht zur Debatte.", "stünde", "sub2"),
    ("Die Gegner behaupten, die Reform ginge zu weit.", "ginge", "sub2"),
    ("Die Regierung sollte die Proteste ernst nehmen.", "sollte", "sub2"),
    ("Man bräuchte mehr Geld, sagte die Ministerin.", "bräuchte", "sub2"),
    ("Die Opposition warf der Regierung vor, sie ließe die Menschen im Stich.", "ließe", "sub2"),
    ("Es heißt, die Truppen zögen sich zurück.", "zögen", "sub2"),
    ("Sie sagten, sie wüssten nichts davon.", "wüssten", "sub2"),
    ("Der Konzern teilte mit, die Zahl der Beschäftigten sinke.", "sinke", "sub1"),
    ("Der Sprecher sagte, die Regierung folge dem Plan.", "folge", "sub1"),
    ("Die Regierung trat zurück.", "trat", "ind"),
    ("Wir haben gewonnen.", "haben", "ind"),
    ("Ich habe den Anschlag gesehen, sagte ein Augenzeuge.", "habe", "ind"),
    ("Heute gebe ich keine Interviews.", "gebe", "ind"),
    ("Die Polizei nahm zwölf Verdächtige fest.", "nahm", "ind"),
    ("Der Präsident wollte zunächst nicht zurücktreten.", "wollte", "ind"),
    ("Die Demonstranten führen Transparente mit sich.", "führen", "ind"),
    ("Die Proteste gingen auch am Donnerstag weiter.", "gingen", "ind"),
    ("Die Behörden meldeten am Abend 18 Tote.", "meldeten", "ind"),
    ("Der Flughafen ist geschlossen.", "ist", "ind"),
])
def test_mood_of_finite_verbs(text, verb, mood):
    doc = analyze(text)
    tok = next(t for t in doc.tokens if t.text == verb)
    assert tok.finite, (verb, tok.pos)
    assert tok.mood == mood, (verb, tok.pos, tok.lemma, tok.mood)


def test_noun_reading_kept_where_it_is_right():
    doc = analyze("Die Folge war ein Streik. Er sagte, das sei die Folge.")
    assert [t.pos for t in doc.tokens if t.text == "Folge"] == ["NN", "NN"]
    assert all(not t.finite for t in doc.tokens if t.text == "Folge")


def test_weak_preterite_plural_in_reported_speech_reads_as_konjunktiv_ii():
    # Konjunktiv I "fehlen" equals the indicative, so reported speech uses "fehlten"
    doc = analyze("Der Bahn fehlten bis zu 400 Milliarden Mark, für die der Minister keine Vorsorge getroffen habe.")
    assert moods(doc)["fehlten"] == "sub2"
    # the same form in plain narration stays indicative
    doc = analyze("Der Bahn fehlten im vergangenen Jahr 400 Lokführer.")
    assert moods(doc)["fehlten"] == "ind"


def test_attribution_clause_keeps_indicative():
    doc = analyze("Hunderte Beamte drängten die Demonstranten ab, wie die Polizei mitteilte.")
    m = moods(doc)
    assert m["drängten"] == "ind" and m["mitteilte"] == "ind"


def test_every_finite_verb_has_a_mood_and_only_finite_verbs(seed_text):
    doc = analyze(seed_text)
    finite = [t for t in doc.tokens if t.finite]
    assert len(finite) > 30
    assert all(t.mood in ("ind", "sub1", "sub2") for t in finite)
    assert all(t.mood is None for t in doc.tokens if not t.finite)
    # the seed reports what officials said: several Konjunktiv forms, mostly indicative otherwise
    sub = [t.text for t in finite if t.mood != "ind"]
    assert {"hätten", "seien", "habe"} <= set(sub)
    assert len(sub) < len(finite) / 2


def test_headline_and_hard_wrapped_lines():
    text = ("Demonstranten besetzen Flughafen\n\nAm Mittwoch hatte eine Menschenmenge den Flughafen "
            "besetzt. Die Polizei war in der\nNacht zu Donnerstag im Einsatz und nahm\ndutzende "
            "Menschen fest.\nKurzmeldung\nDer Flughafen bleibt geschlossen.")
    doc = analyze(text)
    assert sentence_texts(doc) == [
        "Demonstranten besetzen Flughafen",
        "Am Mittwoch hatte eine Menschenmenge den Flughafen besetzt.",
        "Die Polizei war in der\nNacht zu Donnerstag im Einsatz und nahm\ndutzende Menschen fest.",
        "Kurzmeldung",
        "Der Flughafen bleibt geschlossen.",
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
    nahm = next(t for t in doc.tokens if t.text == "nahm")
    assert nahm.lemma == "nehmen" and nahm.mood == "ind"


def test_framing_verb_of_a_dass_clause_stays_indicative():
    m = moods(analyze("Stattdessen entschieden die Richter, dass das Gesetz nichtig wäre."))
    assert m["entschieden"] == "ind" and m["wäre"] == "sub2"


def test_plain_past_narration_stays_indicative():
    m = moods(analyze("Die Missionare verbreiteten den Glauben, doch die meisten Bauern blieben bei ihren Bräuchen."))
    assert m == {"verbreiteten": "ind", "blieben": "ind"}


def test_capitalized_name_is_not_a_finite_verb():
    doc = analyze("Der Film entstand unter der Regie von Lasse Hallström.")
    lasse = next(t for t in doc.tokens if t.text == "Lasse")
    assert not lasse.finite and lasse.mood is None
    assert moods(doc) == {"entstand": "ind"}


def test_weak_past_tagged_as_adjective_after_the_subject_is_the_finite_verb():
    # HanTa tags "verstärkte" ADJA here; an attributive adjective stands before a noun
    doc = analyze("Die Armee verstärkte nach eigenen Angaben die Kontrollen an der Grenze.")
    t = next(t for t in doc.tokens if t.text == "verstärkte")
    assert (t.pos, t.finite, t.lemma) == ("VVFIN", True, "verstärken")
    doc = analyze("Die Armee kündigte verstärkte Kontrollen an.")
    t = next(t for t in doc.tokens if t.text == "verstärkte")
    assert t.pos == "ADJA" and not t.finite


def test_live_ticker_headings_are_paragraphs_of_their_own():
    from lagebild.language.tokenize import paragraphs

    text = ("15.05 Uhr – Demonstranten dringen in den Plenarsaal ein\n"
            "Mehrere Hundert Demonstranten haben das Gebäude gestürmt.\n\n"
            "15.10 GMT – Relatives protest outside hospital and demand answers from police\n"
            "Hundreds of relatives gathered outside the hospital.")
    spans = [text[a:b] for a, b in paragraphs(text)]
    assert spans[0] == "15.05 Uhr – Demonstranten dringen in den Plenarsaal ein"
    assert spans[2].startswith("15.10 GMT") and spans[3].startswith("Hundreds")


def test_hyphenated_nouns_take_the_lemma_of_their_last_part():
    doc = analyze("Bei einem Brandanschlag auf ein Rohingya-Flüchtlingslager starben zwei EU-Diplomaten.")
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["Rohingya-Flüchtlingslager"] == "Rohingya-Flüchtlingslager"
    assert lemmas["EU-Diplomaten"] == "EU-Diplomat"


def test_unknown_capitalised_nouns_are_nouns_adverbial_adjectives_stay():
    doc = analyze("Mit Booten haben Kleinfischer im Norden den Hafen blockiert. Kleinfischer haben den Hafen "
                  "blockiert. Schnell reagierte die Polizei.")
    tags = [(t.text, t.pos) for t in doc.tokens if t.text in ("Kleinfischer", "Schnell")]
    assert tags == [("Kleinfischer", "NN"), ("Kleinfischer", "NN"), ("Schnell", "ADJD")]


def test_dash_is_punctuation_and_frees_the_particle_before_it():
    doc = analyze("Südsudan weist UN-Mission aus – Kirchen befürchten neue Gewalt")
    tags = {t.text: t.pos for t in doc.tokens}
    assert tags["–"] == "$(" and tags["aus"] == "PTKVZ"


def test_nominalised_adjective_without_a_noun_after_it_is_a_noun():
    doc = analyze("Ihr Geländewagen sei am Sonntagabend von etwa einem Dutzend Bewaffneter gestoppt worden. "
                  "Er sprach mit der Deutschen Bank.")
    tags = {t.text: (t.pos, t.lemma) for t in doc.tokens}
    assert tags["Bewaffneter"] == ("NN", "Bewaffneter") and tags["Deutschen"][0] == "ADJA"


def test_konjunktiv_spelt_like_an_adjective_before_a_reporting_frame():
    doc = analyze("Die Neuregelung sichere Tausende Arbeitsplätze, sagte er dem Sender RPP. "
                  "Die Regelung schaffe sichere Arbeitsplätze, sagte er.")
    got = [(t.text, t.pos, t.lemma, t.mood) for t in doc.tokens if t.text == "sichere"]
    assert got == [("sichere", "VVFIN", "sichern", "sub1"), ("sichere", "ADJA", "sicher", None)]

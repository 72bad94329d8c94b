"""German entities on real-style news sentences."""
from entities_helpers import find, names, run


def test_role_cued_persons_with_country():
    doc = run("Zuvor hatte Kasachstans Präsident Kassym-Schomart Tokajew in einer Fernsehansprache "
              "erklärt, er habe das Militärbündnis um Hilfe gebeten. Das schrieb der armenische "
              "Regierungschef Nikol Paschinjan auf Facebook.")
    tok = find(doc, "Kassym-Schomart Tokajew", "PER")
    assert tok is not None and tok.roles == ["Präsident"] and tok.country == "KZ"
    pas = find(doc, "Nikol Paschinjan", "PER")
    assert pas is not None and pas.roles == ["Regierungschef"] and pas.country == "AM"
    fb = find(doc, "Facebook", "ORG")
    assert fb is not None and fb.kind == "platform"


def test_compound_roles_and_genitive_complement():
    doc = run("Der Flughafen sei befreit worden, berichteten Medien unter Berufung auf den "
              "stellvertretenden Bürgermeister von Almaty, Erschan Babakumarow. "
              "Das sagte Polizeisprecher Saltanat Asirbek.")
    assert find(doc, "Erschan Babakumarow", "PER").roles == ["Bürgermeister"]
    assert find(doc, "Saltanat Asirbek", "PER").roles == ["Polizeisprecher"]
    assert find(doc, "Almaty", "GPE") is not None


def test_apposition_after_role_with_ministry_coreference():
    doc = run("Das amerikanische Außenministerium hat zur Mäßigung aufgerufen. „Wir bitten alle "
              "Seiten um Zurückhaltung“, erklärte der Sprecher des Ministeriums, Ned Price, am Mittwoch.")
    am = find(doc, "Außenministerium", "ORG")
    assert am is not None and am.country == "US" and am.kind == "ministry"
    price = find(doc, "Ned Price", "PER")
    assert price is not None and price.roles == ["Sprecher"] and price.country == "US"


def test_role_after_name_apposition():
    doc = run("Nikol Paschinjan, der armenische Regierungschef, kündigte Friedenstruppen an.")
    p = find(doc, "Nikol Paschinjan", "PER")
    assert p is not None and "Regierungschef" in p.roles and p.country == "AM"


def test_clustering_short_and_genitive_forms():
    doc = run("Kasachstans Präsident Kassym-Schomart Tokajew sprach von Terroristen. Tokajew "
              "verhängte den Ausnahmezustand. Demonstranten stürmten die Residenz Tokajews.")
    e = find(doc, "Kassym-Schomart Tokajew", "PER")
    assert [m.text for m in e.mentions] == ["Kassym-Schomart Tokajew", "Tokajew", "Tokajews"]
    assert e.name == "Kassym-Schomart Tokajew"
    assert sum(1 for x in doc.entities if x.type == "PER") == 1


def test_news_agencies_and_hyphenated_variant():
    doc = run("Das sagte der Polizeisprecher den Nachrichtenagenturen Interfax-Kasachstan, Tass und "
              "Ria Nowosti. Die Nachrichtenagentur Sputnik meldete 317 Verletzte.")
    for n in ("Interfax-Kasachstan", "Tass", "Ria Nowosti", "Sputnik"):
        e = find(doc, n, "ORG")
        assert e is not None and e.kind == "agency", n


def test_quoted_organisation_name_with_genitive_complement():
    doc = run("Die „Organisation des Vertrags über kollektive Sicherheit“ werde Friedenstruppen "
              "entsenden, hieß es.")
    assert find(doc, "Organisation des Vertrags über kollektive Sicherheit", "ORG") is not None
    assert "Friedenstruppen" not in names(doc)


def test_ministries_by_compound_head():
    doc = run("Unter den Sicherheitskräften gebe es 317 Verletzte, meldete die Agentur unter "
              "Berufung auf das Innenministerium. Ein Sprecher des Innenministeriums bestätigte das.")
    e = find(doc, "Innenministerium", "ORG")
    assert e is not None and len(e.mentions) == 2


def test_platform_inside_compound_is_the_platform_mention():
    doc = run("Mehrere kasachische Telegram-Kanäle veröffentlichten in der Nacht Videos.")
    tg = find(doc, "Telegram", "ORG")
    assert tg is not None and tg.mentions[0].text == "Telegram" and tg.country is None


def test_party_inside_compound_is_not_an_entity():
    doc = run("Die Grünen-Politikerin traf in Jerusalem ihren israelischen Kollegen Israel Katz.")
    assert find(doc, "Grünen") is None
    katz = find(doc, "Israel Katz", "PER")
    assert katz is not None and katz.country == "IL" and katz.roles == []
    assert find(doc, "Jerusalem", "GPE") is not None


def test_countries_and_demonyms():
    doc = run("Das Land grenzt an Russland und China. Viele Kasachen tanken Flüssiggas. "
              "Die Unruhen in Kasachstan halten an; Kasachstans Regierung trat zurück.")
    kz = find(doc, "Kasachstan", "GPE")
    assert kz is not None and kz.country == "KZ" and len(kz.mentions) == 2
    assert find(doc, "Russland", "GPE").country == "RU"
    assert find(doc, "Kasachen", "NORP").country == "KZ"


def test_capitalized_adjective_names():
    doc = run("Die Europäische Zentralbank ließ die Zinsen unverändert. Der Deutsche Wetterdienst "
              "warnte vor Sturm, und der Internationale Währungsfonds senkte seine Prognose.")
    for n in ("Europäische Zentralbank", "Deutsche Wetterdienst", "Internationale Währungsfonds"):
        assert find(doc, n, "ORG") is not None, n


def test_head_noun_introduces_names_and_party():
    doc = run("Die Regierungspartei Georgischer Traum verfügt über die Mehrheit. Der Autobauer "
              "Volkswagen will Stellen abbauen. Die Staatsanwaltschaft München erhob Anklage.")
    assert find(doc, "Georgischer Traum", "ORG").kind == "party"
    assert find(doc, "Volkswagen", "ORG").kind == "company"
    assert find(doc, "Staatsanwaltschaft München", "ORG") is not None
    assert find(doc, "München") is None   # nested names count once, at the outer span


def test_country_from_compound_prefix_and_genitive_after_role():
    doc = run("Der Sprecher des US-Verteidigungsministeriums, John Kirby, kündigte Hilfe an. "
              "Der Präsident Frankreichs Emmanuel Macron reiste nach Berlin.")
    assert find(doc, "John Kirby", "PER").country == "US"
    assert find(doc, "Emmanuel Macron", "PER").country == "FR"


def test_ordinary_nouns_make_no_entities():
    doc = run("Die Regierung hat am Montag neue Maßnahmen beschlossen. Der Minister sagte, die Lage "
              "sei ernst. Wie die Polizei mitteilte, wurde ein 34-jähriger Mann festgenommen. "
              "„Terroristische Banden“ hätten sich einen Kampf mit Fallschirmjägern geliefert.")
    assert doc.entities == []


def test_seed_article_entities(seed_text):
    doc = run(seed_text)
    tok = find(doc, "Kassym-Schomart Tokajew", "PER")
    assert tok.country == "KZ" and "Präsident" in tok.roles and len(tok.mentions) >= 4
    assert find(doc, "Nursultan Nasarbajew", "PER") is not None
    assert find(doc, "Außenministerium", "ORG").country == "US"
    ids = [e.id for e in doc.entities]
    assert ids == [f"E{i}" for i in range(1, len(ids) + 1)]


def test_arabic_particle_names_and_short_forms():
    doc = run("Syriens Machthaber Baschar al-Assad ist nach Moskau geflohen. Assad gilt als "
              "Verbündeter Russlands. Assads Flucht überraschte viele.")
    e = find(doc, "Baschar al-Assad", "PER")
    assert e is not None and e.roles == ["Machthaber"] and e.country == "SY"
    assert [m.text for m in e.mentions] == ["Baschar al-Assad", "Assad", "Assads"]


def test_quoted_outlets_in_media_context():
    doc = run("„Das ist ein Offenbarungseid“, sagte CDU-Generalsekretär Carsten Linnemann der "
              "„Bild am Sonntag“. Laut einem Bericht des „Handelsblatts“ wird verhandelt.")
    assert find(doc, "Bild am Sonntag", "ORG").kind == "outlet"
    assert find(doc, "Handelsblatt", "ORG") is not None
    assert find(doc, "Carsten Linnemann", "PER").roles == ["CDU-Generalsekretär"]


def test_staatschef_refers_back_to_the_president():
    doc = run("Kasachstans Präsident Kassym-Schomart Tokajew bat um Hilfe. Tokajew hatte zuvor "
              "appelliert. „Das ist ein Verbrechen“, sagte der Staatschef, der seit 2019 im Amt ist.")
    e = find(doc, "Kassym-Schomart Tokajew", "PER")
    assert "Staatschef" in e.roles and e.mentions[-1].text == "Staatschef"


def test_two_presidents_make_the_reference_unclear():
    doc = run("Präsident Emmanuel Macron traf Präsident Joe Biden. Der Präsident sagte nichts.")
    assert all(len(e.mentions) == 1 for e in doc.entities)


def test_plural_role_gives_its_role_to_every_name_of_the_list():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities"))
    for text in ("Die Verteidigungsminister beider Länder, Lorenzo Bassani und Slim Hammami, unterzeichneten ein Abkommen.",
                 "Die Außenminister Lorenzo Bassani und Slim Hammami trafen sich in Rom."):
        doc = pipe(Article(id="x", language="de", text=text))
        roles = {e.name: e.roles for e in doc.entities if e.type == "PER"}
        assert all(r and r[0].endswith("minister") for r in roles.values()) and len(roles) == 2
    # a feminine singular role goes to its own name only
    doc = pipe(Article(id="x", language="de", text="Die Ministerin Anna Berger und Paul Klee kamen."))
    assert {e.name: e.roles for e in doc.entities if e.type == "PER"}["Paul Klee"] == []


def test_members_compound_names_the_organisation():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities"))
    doc = pipe(Article(id="x", language="de", text="Die M23-Rebellen zogen aus Sake ab. Die M23 bestätigte den Abzug."))
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert [(e.name, len(e.mentions)) for e in orgs] == [("M23", 2)]

"""English entities on real-style news sentences."""
from entities_helpers import find, run


def test_role_cued_persons_and_possessive_clustering():
    doc = run("Kazakh President Kassym-Jomart Tokayev said he had asked the Russia-led alliance for "
              "help. Tokayev's office said the airport in Almaty had been retaken.", "en")
    e = find(doc, "Kassym-Jomart Tokayev", "PER")
    assert e is not None and e.roles == ["President"] and e.country == "KZ"
    assert [m.text for m in e.mentions] == ["Kassym-Jomart Tokayev", "Tokayev"]
    assert find(doc, "Russia", "GPE").country == "RU"


def test_state_department_spokesman():
    doc = run("State Department spokesman Ned Price urged restraint. \"We call on all Kazakhs to "
              "respect constitutional institutions,\" Price said.", "en")
    sd = find(doc, "State Department", "ORG")
    assert sd is not None and sd.country == "US"
    price = find(doc, "Ned Price", "PER")
    assert price.roles == ["spokesman"] and price.country == "US" and len(price.mentions) == 2
    assert find(doc, "Kazakhs", "NORP").country == "KZ"


def test_chained_titles_and_possessive_country():
    doc = run("Iran's Supreme Leader Ayatollah Ali Khamenei blamed foreign enemies for the unrest.", "en")
    e = find(doc, "Ali Khamenei", "PER")
    assert e is not None and "Supreme Leader" in e.roles and e.country == "IR"


def test_counterpart_gives_country_not_role():
    doc = run("Chinese President Xi Jinping met his Brazilian counterpart Luiz Inacio Lula da Silva "
              "in Beijing, the official Xinhua news agency said.", "en")
    assert find(doc, "Xi Jinping", "PER").country == "CN"
    lula = find(doc, "Luiz Inacio Lula da Silva", "PER")
    assert lula.country == "BR" and lula.roles == []
    assert find(doc, "Xinhua", "ORG").kind == "agency"


def test_head_of_org_apposition_and_platform():
    doc = run("The head of the International Atomic Energy Agency, Rafael Grossi, said the plant had "
              "lost power. Grossi wrote on X that the situation was fragile.", "en")
    assert find(doc, "International Atomic Energy Agency", "ORG") is not None
    g = find(doc, "Rafael Grossi", "PER")
    assert g.roles == ["head"] and len(g.mentions) == 2
    x = find(doc, "X", "ORG")
    assert x is not None and x.kind == "platform"


def test_ministries_and_agencies():
    doc = run("Kazakhstan's foreign ministry summoned the ambassador. Russian news agencies TASS and "
              "RIA Novosti quoted the Kremlin as saying the talks would continue.", "en")
    fm = find(doc, "foreign ministry", "ORG")
    assert fm is not None and fm.country == "KZ"
    for n in ("TASS", "RIA Novosti"):
        assert find(doc, n, "ORG").kind == "agency"
    assert find(doc, "Kremlin", "ORG") is not None


def test_adjectival_us_is_no_country_mention():
    doc = run("Former U.S. President Donald Trump pleaded not guilty in New York.", "en")
    trump = find(doc, "Donald Trump", "PER")
    assert trump.country == "US"
    assert find(doc, "U.S.") is None


def test_ordinary_sentences_make_no_entities():
    doc = run("The government said on Monday it would raise taxes. The minister said the situation "
              "was serious. Police said a 34-year-old man had been arrested.", "en")
    assert doc.entities == []


def test_model_span_drops_a_trailing_descriptor_noun():
    from lagebild.ingest import make_article
    from lagebild.pipeline import Pipeline

    doc = Pipeline(["language", "entities"])(make_article(
        "The Izvestia newspaper reported that two officers had been arrested in Kazan."))
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert "Izvestia" in names and "Izvestia newspaper" not in names


def test_korean_given_names_and_abbreviated_ranks():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities"))
    doc = pipe(Article(id="x", language="en", text="North Korean leader Kim Jong-un met President Yoon Suk-yeol."))
    assert {e.name for e in doc.entities if e.type == "PER"} == {"Kim Jong-un", "Yoon Suk-yeol"}
    doc = pipe(Article(id="x", language="en", text="JCS spokesman Col. Park Min-jae told a press briefing."))
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Park Min-jae"]
    # a name made an adjective by its hyphen stays no person
    doc = pipe(Article(id="x", language="en", text="A Jones-led coalition won the vote."))
    assert [e for e in doc.entities if e.type == "PER"] == []

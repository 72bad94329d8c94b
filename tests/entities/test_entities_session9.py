"""Entity rules added on 2026-12-07: gazetteer aliases written in lower case, German
organisation names with a 'für' complement and a national adjective, the country of a
spokesman 'for <country>'s ministry', the DPRK's full name, ombudsman roles."""
import pytest

from lagebild.pipeline import Pipeline
from lagebild.record import Article


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(("language", "entities"))


def ents(pipe, lang, text):
    doc = pipe(Article(id="x", language=lang, text=text))
    return doc.entities


def test_lowercase_alias_is_the_same_armed_group(pipe):
    es = ents(pipe, "en", "Al-Shabab fighters attacked a base near Baidoa, the army said. "
                          "The al-Shabab group later claimed the attack.")
    orgs = [e for e in es if e.type == "ORG"]
    assert len(orgs) == 1 and len(orgs[0].mentions) == 2


def test_german_org_with_fuer_complement_and_national_adjective(pipe):
    es = ents(pipe, "de", "Die Tunesische Liga für Menschenrechte kritisierte das Abkommen. "
                          "Die Gesellschaft für bedrohte Völker berichtete von Festnahmen.")
    names = {e.name for e in es if e.type == "ORG"}
    assert "Tunesische Liga für Menschenrechte" in names
    assert "Gesellschaft für bedrohte Völker" in names


def test_members_compound_of_a_gazetteer_group_is_one_entity(pipe):
    es = ents(pipe, "de", "Die M23-Rebellen zogen aus Sake ab. Die M23 bestätigte den Abzug.")
    orgs = [e for e in es if e.type == "ORG"]
    assert [(e.name, len(e.mentions)) for e in orgs] == [("M23", 2)]


def test_spokesman_for_a_countrys_ministry_has_that_country(pipe):
    es = ents(pipe, "en", "Kim Song Chol, a spokesman for the DPRK's defense ministry, said the drills were a provocation. "
                          "Yu Tan, a spokesman for China's foreign ministry, urged restraint. "
                          "Tom Baker, the special envoy for Sudan, arrived in Juba.")
    country = {e.name: e.country for e in es if e.type == "PER"}
    assert country["Kim Song Chol"] == "KP"
    assert country["Yu Tan"] == "CN"
    assert country["Tom Baker"] is None   # the portfolio, not his country


def test_dprk_full_name_is_north_korea(pipe):
    es = ents(pipe, "en", "The Democratic People's Republic of Korea warned on Monday that it would respond.")
    assert [(e.type, e.country) for e in es] == [("GPE", "KP")]


def test_ombudsman_roles(pipe):
    es = ents(pipe, "en", "At least 60 protesters were treated in hospital, according to Public Defender Nino Sharashidze.")
    assert {e.name: e.roles for e in es if e.type == "PER"}["Nino Sharashidze"] == ["Public Defender"]
    es = ents(pipe, "de", "Laut dem UN-Sonderberichterstatter Paul Kunz wurden 20 Menschen festgenommen.")
    assert {e.name: e.roles for e in es if e.type == "PER"}["Paul Kunz"] == ["UN-Sonderberichterstatter"]


def test_de_city_adjective_before_a_role_gives_the_country(pipe):
    es = ents(pipe, "de", "Unter den Freigelassenen ist auch der 63-jährige Wiener Unternehmer Herbert Kollmann. "
                          "Der Moskauer Anwalt Ilja Petrow kritisierte das.")
    country = {e.name: e.country for e in es if e.type == "PER"}
    assert country == {"Herbert Kollmann": "AT", "Ilja Petrow": "RU"}


def test_en_deputy_before_a_role_and_a_country_before_adjective_and_noun_modifiers():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities"))
    doc = pipe(Article(id="x", language="en", text="Sudan's humanitarian aid commissioner, Ibrahim Osman, denied "
                       "the report. Pierre Ndiaye, WFP's deputy country director for Chad, said the trucks were stuck."))
    per = {e.name: e for e in doc.entities if e.type == "PER"}
    assert per["Ibrahim Osman"].country == "SD" and any("commissioner" in r for r in per["Ibrahim Osman"].roles)
    assert per["Pierre Ndiaye"].roles == ["deputy country director"]


def test_en_model_span_starting_with_of_is_no_name():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities"))
    doc = pipe(Article(id="x", language="en", text="The Minister of Indigenous Peoples condemned what she called a massacre."))
    assert not any(e.name.startswith("of ") for e in doc.entities)


def test_islamic_state_provinces_are_groups_of_their_own():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities"))
    doc = pipe(Article(id="x", language="de", text="Die Regierung machte die Miliz Islamischer Staat in der "
                       "Sahelprovinz verantwortlich. Die Dschihadistenmiliz Provinz Sinai bekannte sich."))
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"Islamischer Staat in der Sahelprovinz", "Provinz Sinai"} <= names


def test_en_organisation_names_opening_with_a_possessive():
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Article

    doc = default_pipeline()(Article(id="x", language="en", published="2026-09-27", text=(
        "The Catholic Bishops' Conference of Nigeria condemned the abduction. A member of the proscribed "
        "People's Revolutionary Party of Kangleipak escaped. Bishop Anselm Okojie of the Catholic Diocese "
        "of Auchi was released.")))
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"Catholic Bishops' Conference of Nigeria", "People's Revolutionary Party of Kangleipak",
            "Catholic Diocese of Auchi"} <= orgs

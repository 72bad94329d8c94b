"""Places stage: first-level units from GeoNames names, inflected country names, acronyms and
other non-places, short forms of longer names, towns and the districts named after them."""
from __future__ import annotations

from helpers_places import run


def units(doc, cc):
    return [p for p in doc.places if p.country == cc and p.feature == "admin1"]


def texts(doc):
    return [m.text for p in doc.places for m in p.mentions]


# ------------------------------------------------------------------ first-level units
def test_provinces_without_iso_code_match_de():
    doc = run("Bei Überschwemmungen in der Provinz Sindh kamen mindestens zwölf Menschen ums Leben. "
              "Auch aus Tatarstan und aus der tadschikischen Region Chatlon wurden Unwetterschäden gemeldet.", "de")
    assert [p.name for p in units(doc, "PK")] == ["Sindh"]
    assert [p.name for p in units(doc, "RU")] == ["Tatarstan"]
    assert [p.name for p in units(doc, "TJ")] == ["Khatlon"]
    assert all(p.precision == 3 and p.lat is not None for p in doc.places if p.feature == "admin1")


def test_provinces_en():
    doc = run("Fighting spread across South Kivu on Tuesday. In India, floods hit Uttar Pradesh, "
              "while Tibet reported heavy snow.", "en")
    assert units(doc, "CD") and units(doc, "CD")[0].name == "South Kivu"
    assert [p.name for p in units(doc, "IN")] == ["Uttar Pradesh"]
    assert [p.name for p in units(doc, "CN")] == ["Tibet"]


def test_unit_names_that_are_common_words_are_not_places():
    doc = run("Storms lashed the Gulf coast and the Central region, officials in Beijing said.", "en")
    assert [p.country for p in doc.places] == ["CN"]
    # named with the unit word, such units are found
    doc = run("Gunmen attacked two villages in Plateau State, police in Abuja said.", "en")
    assert [p.name for p in units(doc, "NG")] == ["Plateau"]


def test_bare_name_of_a_city_is_the_city_not_its_province():
    doc = run("Artillery hit Donetsk again on Monday, the city's mayor said.", "en")
    assert [(p.name, p.feature) for p in doc.places] == [("Donetsk", "city")]


# ------------------------------------------------------------------ inflected country names
def test_genitive_of_country_beats_small_namesake():
    doc = run("Perus Außenministerin traf in Quito ihren ecuadorianischen Amtskollegen.", "de")
    pe = [p for p in doc.places if p.country == "PE"]
    assert pe and pe[0].feature == "country" and pe[0].mentions[0].text == "Perus"
    assert not [p for p in doc.places if p.country == "BR"]


def test_dative_plural_of_country():
    doc = run("Lastwagen stauten sich an der Grenze zu den Niederlanden, auch auf den Philippinen "
              "wurde gestreikt.", "de")
    assert {p.country for p in doc.places if p.feature == "country"} == {"NL", "PH"}


# ------------------------------------------------------------------ acronyms and other non-places
def test_acronym_of_armed_group_is_not_a_place_even_if_tagged_as_one():
    text = ("Kämpfer der Oromo-Befreiungsarmee (OLA) überfielen nach Angaben der Behörden ein Dorf. "
            "Die OLA wies die Vorwürfe zurück.")
    doc = run(text, "de", entities=(("GPE", "OLA"),))
    assert "OLA" not in texts(doc)


def test_all_caps_org_is_never_a_place():
    doc = run("Die Regierung machte die OLA für den Überfall verantwortlich.", "de",
              entities=(("ORG", "OLA"), ("GPE", "OLA")))
    assert not doc.places


def test_dateline_tagged_as_org_stays_a_place():
    doc = run("LAGOS (Reuters) - Police fired tear gas at hundreds of protesters in Lagos on Friday.", "en",
              entities=(("ORG", "LAGOS"), ("GPE", "Lagos")))
    ng = [p for p in doc.places if p.country == "NG" and p.feature == "city"]
    assert ng and [m.text for m in ng[0].mentions] == ["LAGOS", "Lagos"]


def test_month_tagged_as_place_is_not_a_place():
    doc = run("Talks resumed in May, officials in Accra said.", "en",
              entities=(("GPE", "May"), ("GPE", "Accra")))
    assert texts(doc) == ["Accra"]


def test_name_after_romance_particle_is_part_of_a_longer_name():
    doc = run("Der Präsident empfing die Delegation in der Casa de Nariño in Bogotá.", "de")
    assert [p.name for p in doc.places] == ["Bogotá"]


# ------------------------------------------------------------------ one place, several names
def test_short_form_of_a_longer_name_is_the_same_place():
    doc = run("Die Polizei in Halle (Saale) nahm zwei Männer fest. In Halle blieb es danach ruhig.", "de")
    assert len(doc.places) == 1
    assert [m.text for m in doc.places[0].mentions] == ["Halle (Saale)", "Halle"]


def test_small_town_and_its_district_are_one_place():
    doc = run("In der Region Moyo wurden Hunderte Flüchtlinge registriert. Die Behörden in Moyo baten "
              "um Hilfe.", "de")
    ug = [p for p in doc.places if p.name == "Moyo"]
    assert len(ug) == 1 and len(ug[0].mentions) == 2 and ug[0].precision == 1


def test_big_city_and_the_province_named_after_it_stay_apart():
    doc = run("Russian troops shelled villages in the Kharkiv region. In Kharkiv itself the power failed.", "en")
    kh = [p for p in doc.places if p.name == "Kharkiv"]
    assert sorted(p.precision for p in kh) == [1, 3]


def test_two_word_spelling_of_small_place():
    doc = run("Saas Fee meldete am Sonntag vierzig Zentimeter Neuschnee.", "de")
    assert [(p.name, p.country) for p in doc.places] == [("Saas-Fee", "CH")]


def test_von_alone_does_not_make_a_village():
    doc = run("Das Porträt im Foyer stammt von Lynch, sagte die Kuratorin.", "de")
    assert not doc.places


# ------------------------------------------------------------------ named regions
def test_named_region_made_of_units():
    doc = run("Hilfskonvois sollen in den kommenden Tagen die Region Kordofan erreichen, meldete die UN.", "de")
    assert [(p.name, p.feature, p.country, p.precision) for p in doc.places] == [("Kordofan", "other", "SD", 3)]
    doc = run("Shelling intensified across the Donbas overnight, Ukrainian officials said.", "en")
    assert ("Donbas", "other", "UA") in [(p.name, p.feature, p.country) for p in doc.places]


def test_german_compass_prefix_reaches_the_units_english_name():
    doc = run("Die Kämpfe griffen auf Nord-Darfur und Süd-Kordofan über.", "de")
    assert [(p.name, p.feature) for p in doc.places] == [("North Darfur", "admin1"), ("South Kordofan", "admin1")]


def test_german_names_of_regions():
    doc = run("Auf der Krim und in Katalonien gingen Tausende auf die Straße.", "de")
    assert [(p.name, p.country) for p in doc.places] == [("Crimea", "UA"), ("Catalonia", "ES")]


def test_german_town_names_take_no_article():
    text = "Vor dem Derby am Samstag verschärfte die Polizei die Kontrollen an den Bahnhöfen."
    assert not run(text, "de").places
    assert not run(text, "de", entities=(("GPE", "Derby"),)).places
    # with an adjective, a town may: "das zerstörte Mariupol"
    doc = run("Das zerstörte Mariupol wird seit Monaten von Russland verwaltet.", "de")
    assert "Mariupol" in [p.name for p in doc.places]

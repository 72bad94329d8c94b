"""Places of the fourteenth session: an Arabic name's final -a written with an h
("Hodeidah"), a name before a facility noun whose town follows ("Ghezel Hesar prison in
Karaj")."""
from __future__ import annotations

from lagebild.pipeline import Pipeline
from lagebild.record import Article

PIPE = Pipeline(("language", "entities", "places"))


def places(text: str, lang: str = "en"):
    return [(p.name, p.country, p.feature) for p in PIPE(Article(id="t", language=lang, text=text)).places]


def test_final_h_of_an_arabic_name():
    got = places("The ship was hit about 55 nautical miles west of Yemen's port of Hodeidah.")
    assert ("Al Ḩudaydah", "YE", "city") in got
    assert ("Al Fallūjah", "IQ", "city") in places("Militants attacked Fallujah on Monday.")


def test_a_facility_name_before_its_town_is_no_place():
    got = places("Iran hanged three men on Thursday in Ghezel Hesar prison in Karaj.")
    assert [p[0] for p in got if p[2] == "city"] == ["Karaj"], got

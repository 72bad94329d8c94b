"""The quotation finder."""
import pytest

from lagebild.claims.quotes import find_quotes


def inner(text):
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize("text,want", [
    ("„Wir bleiben“, sagte er.", ["Wir bleiben"]),
    ('„Wir bleiben", sagte er.', ["Wir bleiben"]),
    ('"Wir bleiben", sagte er.', ["Wir bleiben"]),
    ("»Wir bleiben«, sagte er.", ["Wir bleiben"]),
    ("«Wir bleiben», sagte er.", ["Wir bleiben"]),
    ("‚Wir bleiben‘, sagte er.", ["Wir bleiben"]),
    ("'We stay,' he said.", ["We stay,"]),
    ("“We stay,” he said. “We fight.”", ["We stay,", "We fight."]),
    ("„Sie nannten es ‚Hilfe‘“, sagte sie.", ["Sie nannten es ‚Hilfe‘", "Hilfe"]),
])
def test_every_style(text, want):
    assert sorted(inner(text)) == sorted(want)


def test_apostrophes_are_not_quotes():
    assert inner("Don't say the officers' union won't strike. Peskow’s words.") == []


def test_quotes_do_not_cross_paragraphs():
    assert inner("„Erster Absatz\nZweiter“ Absatz") == []

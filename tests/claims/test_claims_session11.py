"""Claims: an agency named right after the speaker is the channel ("sagte eine Ärztin Reuters
am Telefon"), a station's name the tagger took for a common noun ("dem Sender Unitel"), and an
English frame after a long clause ("…, a town west of Bamenda, Governor X told CRTV";
"…, its spokesman, Father X, told AFP")."""
from claims_helpers import channels, claim_with, run, speaker


def test_de_agency_after_the_speaker_is_the_channel():
    doc = run("Im Krankenhaus würden noch Dutzende Schwerverletzte behandelt, sagte eine Ärztin Reuters am Telefon.", "de")
    c = claim_with(doc, "Schwerverletzte")
    assert "Ärztin" in speaker(doc, c) and "Reuters" not in speaker(doc, c)
    assert channels(doc, c) == ["Reuters"]


def test_de_station_name_after_a_channel_noun():
    doc = run("Ein Polizeisprecher sagte dem Sender Unitel, 37 Menschen seien festgenommen worden.", "de")
    c = claim_with(doc, "festgenommen")
    assert channels(doc, c) == ["Unitel"]


def test_en_frame_after_a_long_clause():
    doc = run("The children were handed over to priests outside Bali, a town some 20 kilometres west of "
              "Bamenda, Governor Jean-Pierre Mvondo told state broadcaster CRTV.", "en")
    c = claim_with(doc, "handed over")
    assert "Mvondo" in speaker(doc, c) and channels(doc, c) == ["CRTV"]
    doc = run("The release followed four days of talks mediated by the Archdiocese of Bamenda, its spokesman, "
              "Father Emmanuel Tanyi, told AFP.", "en")
    c = claim_with(doc, "mediated")
    assert "Tanyi" in speaker(doc, c) and channels(doc, c) == ["AFP"]

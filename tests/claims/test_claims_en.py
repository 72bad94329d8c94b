"""English claims."""
import pytest

from claims_helpers import channels, only, speaker
from claims_helpers import run as _run


def run(text):
    return _run(text, "en")


@pytest.mark.parametrize("text", [
    '"The situation remains extremely tense," a UN spokesman said.',
    "“The situation remains extremely tense,” a UN spokesman said.",
    "'The situation remains extremely tense,' a UN spokesman said.",
    "‘The situation remains extremely tense,’ a UN spokesman said.",
])
def test_direct_quote_styles(text):
    doc = run(text)
    c = only(doc)
    assert c.mode == "direct" and c.content.startswith("The situation remains extremely tense")
    assert "UN spokesman" in speaker(doc, c)


def test_colon_and_interrupted_and_multi_sentence_quotes():
    c = only(run('Interior Minister Gerald Darmanin said: "The violence of last night is unacceptable."'))
    assert c.mode == "direct" and c.content == "The violence of last night is unacceptable."
    doc = run("“We tried everything,” the mayor said, “but the water came too fast.”")
    c = only(doc)
    assert c.content == "We tried everything, […] but the water came too fast."
    doc = run('"The fighters have withdrawn into the mountains. We continue to pursue them," '
              'army spokesman Mohammed Ali said on Tuesday.')
    c = only(doc)
    assert c.content.startswith("The fighters have withdrawn") and c.content.endswith("pursue them,")
    assert "Mohammed Ali" in speaker(doc, c) and c.channel == []


def test_unframed_quote_goes_to_the_last_speaker():
    doc = run("“This is a dark day for our country,” Prime Minister Mark Rutte said. “We mourn with the families.”")
    assert len(doc.claims) == 2 and all("Mark Rutte" in speaker(doc, c) for c in doc.claims)


def test_indirect_before_and_after():
    c = only(run("At least 23 people were killed in a bomb attack on Sunday, police said."))
    assert c.mode == "indirect" and c.content == "At least 23 people were killed in a bomb attack on Sunday"
    assert c.speaker_text == "police"
    doc = run("A spokesman for the prosecutor's office confirmed that three suspects had been arrested.")
    c = only(doc)
    assert c.content == "three suspects had been arrested" and doc.figures[0].claim == c.id

    # the time of saying is no part of what was said; after 'that' it is
    c = only(run("The United States said on Thursday it would send a mobile laboratory next week."))
    assert c.content == "it would send a mobile laboratory next week"
    c = only(run("Police said on Monday that on Sunday two men were arrested."))
    assert c.content == "on Sunday two men were arrested"


@pytest.mark.parametrize("text,channel", [
    ("A witness told the BBC that police had opened fire on the crowd.", "BBC"),
    ("President Volodymyr Zelensky wrote on Telegram that the situation was difficult.", "Telegram"),
    ("President Macron said in a televised address that the reform would go ahead.", "televised address"),
    ("Kremlin spokesman Dmitry Peskov told the Interfax news agency that Moscow saw no reason for talks.", "Interfax"),
])
def test_channels(text, channel):
    doc = run(text)
    c = only(doc)
    assert channels(doc, c) == [channel]


def test_told_reporters_is_no_channel():
    c = only(run('"We will not retreat," opposition leader Maria Kolesnikova told reporters.'))
    assert c.channel == [] and "Maria Kolesnikova" in c.speaker_text


def test_citing():
    doc = run("The Kommersant newspaper reported, citing security sources, that the general had been detained.")
    c = only(doc)
    assert c.speaker_text == "security sources" and channels(doc, c) == ["Kommersant"]
    assert c.content == "the general had been detained"


def test_according_to():
    doc = run("According to the health ministry, more than 120 civilians died in the airstrikes.")
    c = only(doc)
    assert c.mode == "according_to" and "health ministry" in c.speaker_text
    assert c.content == "more than 120 civilians died in the airstrikes"
    assert doc.figures[0].claim == c.id


def test_pronoun_speaker():
    doc = run("Opposition leader Ousmane Sonko called for new protests. He told Le Monde that the regime was afraid.")
    c = only(doc)
    assert "Ousmane Sonko" in speaker(doc, c) and channels(doc, c) == ["Le Monde"]


def test_hedges():
    c = only(run("More than 40 people were reportedly killed in the attack."))
    assert c.hedged and c.speaker is None
    c = only(run("The video allegedly shows soldiers firing at civilians."))
    assert c.hedged
    assert run("The alleged attacker was arrested at the scene.").claims == []
    doc = run("The army said 18 insurgents had been killed. The claim could not be independently verified.")
    c = only(doc)
    assert c.hedged


def test_no_claim_without_speech():
    assert run("The opposition accused the government of electoral fraud. The president announced new elections.").claims == []


def test_a_reported_count_of_casualties_is_a_claim():
    doc = run("Local health authorities have reported 27 people killed and at least 40 wounded.")
    c = only(doc)
    assert c.mode == "indirect" and c.content == "27 people killed and at least 40 wounded"
    assert "authorities" in speaker(doc, c)
    assert only(run("Police confirmed three deaths in the city on Monday.")).content.startswith("three deaths")
    # no count of casualties, no claim; a that-clause is the verb's own content
    assert run("The ministry reported a rise in prices.").claims == []
    assert only(run("Police reported that three people were killed.")).content == "three people were killed"

from lagebild.ingest import make_article
from lagebild.pipeline import extract
from lagebild.record import Record


def test_german_seed_record_is_valid(seed_text):
    rec = extract(make_article(seed_text, published="2022-01-06"))
    assert rec.article.language == "de"
    text = rec.article.text
    s, e = rec.sentences[1]
    assert text[s:e].startswith('"Extremistische Kräfte"')
    assert Record.from_json(rec.to_json()).to_dict() == rec.to_dict()


def test_english_record():
    rec = extract(make_article('Police said at least 12 people were killed. "We will not retreat," he said.'))
    assert rec.article.language == "en"
    assert len(rec.sentences) == 2

"""Readers, scheme mapping and strict scoring of lagebild.entities.evaluate."""
from lagebild.entities.evaluate import (bio_to_spans, format_report, iob1_to_bio, read_conll,
                                        read_germeval, score)

GERMEVAL = """#\thttp://example.org/a\t[2010-01-01]
1\tDie\tO\tO
2\tdeutsche\tB-LOCderiv\tO
3\tBundesregierung\tB-ORG\tO
4\tin\tO\tO
5\tBerlin\tB-LOC\tO
6\tund\tO\tO
7\tdie\tO\tO
8\tEU-Kommission\tB-ORGpart\tB-ORG
9\tlobten\tO\tO
10\t"\tO\tO
11\tDie\tB-OTH\tO
12\tZeit\tI-OTH\tO
13\t"\tO\tO
14\tund\tO\tO
15\tAngela\tB-PER\tO
16\tMerkel\tI-PER\tO
17\t.\tO\tO

#\thttp://example.org/b\t[2010-01-02]
1\tParis\tB-LOC\tO
2\tschweigt\tO\tO
"""

CONLL = """-DOCSTART- O

Der O
Sprecher O
von O
Siemens I-ORG
, O
Hans I-PER
Meier I-PER
, O
sagte O
in O
München I-LOC
. O

Deutsche I-MISC
und O
Franzosen I-MISC
"""


def test_germeval_mapping(tmp_path):
    p = tmp_path / "g.tsv"
    p.write_text(GERMEVAL, encoding="utf-8")
    sents = read_germeval(str(p))
    assert len(sents) == 2 and sents[0].doc == "http://example.org/a"
    spans = sents[0].spans()
    # deriv / part are not entities; OTH -> MISC; outer column only
    assert spans == [(2, 3, "ORG"), (4, 5, "LOC"), (10, 12, "MISC"), (14, 16, "PER")]
    assert sents[1].spans() == [(0, 1, "LOC")]


def test_conll_iob1(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(CONLL, encoding="utf-8")
    sents = read_conll(str(p))
    assert [s.spans() for s in sents] == [[(3, 4, "ORG"), (5, 7, "PER"), (10, 11, "LOC")],
                                          [(0, 1, "MISC"), (2, 3, "MISC")]]
    assert iob1_to_bio(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]) == ["B-PER", "I-PER", "B-PER", "O", "B-LOC"]


def test_strict_scoring():
    gold = [[(0, 2, "PER"), (4, 5, "LOC")], [(1, 2, "ORG")]]
    pred = [[(0, 2, "PER"), (4, 6, "LOC")], [(1, 2, "LOC")]]
    res = score(gold, pred)
    assert res["overall"]["tp"] == 1 and res["overall"]["fp"] == 2 and res["overall"]["fn"] == 2
    assert abs(res["overall"]["f1"] - 1 / 3) < 1e-9
    assert res["per_type"]["PER"]["f1"] == 1.0 and res["per_type"]["ORG"]["f1"] == 0.0
    report = format_report(res | {"file": "x", "format": "conll", "lang": "de"})
    assert "overall" in report and "PER" in report
    assert bio_to_spans(["B-PER", "I-PER", "I-LOC", "O"]) == [(0, 2, "PER"), (2, 3, "LOC")]

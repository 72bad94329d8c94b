"""The source design: model spans are one source among several; nested spans; ablation."""
import sys
import types

from entities_helpers import find, run

import lagebild.entities as stage


def test_no_model_module_means_no_model_spans():
    from lagebild.entities import sources

    doc = run("Kanzler Olaf Scholz reiste nach Paris.")
    if "lagebild.entities.model" not in sys.modules:
        try:
            import lagebild.entities.model  # noqa: F401
        except ImportError:
            assert sources.model(doc) == []


def test_model_spans_add_recall_without_breaking_rules(monkeypatch):
    text = ("Der Autobauer Volkswagen kooperiert mit Wirecard. Polizeisprecher Saltanat Asirbek "
            "sagte der Nachrichtenagentur Tass, Maria Machado sei in Caracas.")

    def predict(doc):
        t = doc.text
        spans = []
        for s, lab in (("Wirecard", "ORG"), ("Polizeisprecher Saltanat Asirbek", "PER"),
                       ("Tass", "LOC"), ("Maria Machado", "PER"), ("Caracas", "LOC")):
            i = t.index(s)
            spans.append((i, i + len(s), lab, 0.9))
        return spans

    fake = types.ModuleType("lagebild.entities.model")
    fake.predict = predict
    monkeypatch.setitem(sys.modules, "lagebild.entities.model", fake)
    monkeypatch.setattr(stage, "model", fake, raising=False)
    doc = run(text)
    assert find(doc, "Wirecard", "ORG") is not None                  # recall from the model
    assert find(doc, "Maria Machado", "PER") is not None
    assert find(doc, "Saltanat Asirbek", "PER").roles == ["Polizeisprecher"]   # role word trimmed
    assert find(doc, "Tass", "ORG").kind == "agency"                 # gazetteer type wins
    assert find(doc, "Caracas", "GPE") is not None                   # model LOC + city -> GPE


def test_ablation_switches_sources_off():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article

    doc = Pipeline(("language",))(Article(id="a", language="de",
                                          text="Die Nachrichtenagentur Reuters meldete neue Kämpfe in Russland."))
    stage.annotate(doc, ("countries",))
    assert [e.name for e in doc.entities] == ["Russland"]
    stage.annotate(doc)
    assert {e.name for e in doc.entities} == {"Reuters", "Russland"}


def test_unsupported_language_only_gazetteer():
    doc = run("Selon l'agence Reuters, le président a parlé.", "fr")
    assert {e.name for e in doc.entities} <= {"Reuters"}


def test_model_spans_are_trimmed_of_cues_and_heads(monkeypatch):
    text = "Kasachstans Präsident Kassym-Schomart Tokajew sprach mit der Nachrichtenagentur Kazinform."

    def predict(doc):
        t = doc.text
        out = []
        for s, lab in (("Kasachstans Präsident Kassym-Schomart Tokajew", "PER"),
                       ("Nachrichtenagentur Kazinform", "ORG")):
            i = t.index(s)
            out.append((i, i + len(s), lab, 0.8))
        return out

    fake = types.ModuleType("lagebild.entities.model")
    fake.predict = predict
    monkeypatch.setitem(sys.modules, "lagebild.entities.model", fake)
    monkeypatch.setattr(stage, "model", fake, raising=False)
    doc = run(text)
    tok = find(doc, "Kassym-Schomart Tokajew", "PER")
    assert tok is not None and tok.roles == ["Präsident"] and tok.country == "KZ"
    assert find(doc, "Kazinform", "ORG") is not None
    assert find(doc, "Kasachstan", "GPE") is not None


def test_model_without_weights_and_adjective_misc(monkeypatch):
    def missing(doc):
        raise FileNotFoundError("NER model not found")

    fake = types.ModuleType("lagebild.entities.model")
    fake.predict = missing
    monkeypatch.setitem(sys.modules, "lagebild.entities.model", fake)
    monkeypatch.setattr(stage, "model", fake, raising=False)
    doc = run("Kanzler Olaf Scholz reiste nach Paris.")
    assert find(doc, "Olaf Scholz", "PER") is not None

    def adjectives(doc):
        i = doc.text.index("kasachische")
        j = doc.text.index("Kasachen")
        return [(i, i + len("kasachische"), "MISC", 0.9), (j, j + len("Kasachen"), "MISC", 0.9)]

    fake.predict = adjectives
    doc = run("Mehrere kasachische Medien berichteten, viele Kasachen seien wütend.")
    assert [(e.type, e.name) for e in doc.entities] == [("NORP", "Kasachen")]

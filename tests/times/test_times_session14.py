"""Times: a four-digit number before a word that counts on its own ("waren 2025 Hunderte
Oppositionelle festgenommen worden") is a year."""
from times_helpers import run


def test_de_year_before_a_vague_count():
    doc = run("Bei Protesten waren 2025 Hunderte Oppositionelle festgenommen worden.", "2026-03-27")
    assert [(t.text, t.value) for t in doc.times] == [("2025", "2025")]
    # a count of a noun stays a count
    assert run("Die Polizei nahm 2000 Menschen fest.", "2026-03-27").times == []


def test_de_live_ticker_with_decorated_clock_headings():
    text = ("Das Wichtigste in Kürze: Nach dem Angriff auf eine Polizeiwache hat die Regierung am Sonntagabend den "
            "Ausnahmezustand verhängt.\n\n+++ 14.05 Uhr +++\nDie Polizei nahm 27 Verdächtige fest.\n\n"
            "+++ 9.45 Uhr +++\nDie Opposition will am Mittwoch abstimmen lassen.\n\n+++ 8.20 Uhr +++\n"
            "Ein Sergeant sei in der Nacht zum Montag gestorben.\n\n+++ Was bisher geschah +++\n"
            "Rund 20 bewaffnete Männer hatten die Wache gegen 2.30 Uhr angegriffen.")
    doc = run(text, "2026-07-20")
    values = {t.text: t.value for t in doc.times}
    # "in Kürze" after "Das Wichtigste" means "in brief"
    assert "in Kürze" not in values
    # each heading is the ticker's day, not the day named in the entry above it
    assert values["14.05 Uhr"] == "2026-07-20T14:05" and values["8.20 Uhr"] == "2026-07-20T08:20"
    # a clock time in another entry takes no day from the entry before it: the story's day
    assert values["2.30 Uhr"] == "2026-07-19T02:30"
    assert run("Die Regierung will in Kürze entscheiden.", "2026-07-20").times[0].value == "FUTURE_REF"


def test_en_live_blog_with_bare_clock_headings():
    text = ("Summary\n- Germany recalled its ambassador on Thursday.\n\n09.45 BST\nVigil outside prison\n"
            "Dozens of relatives had gathered outside the prison on Wednesday night.\n\n07.10 BST\n"
            "Three men hanged at dawn\nIran hanged three men at dawn on Thursday.")
    doc = run(text, "2026-05-21", lang="en")
    values = [(t.text, t.value) for t in doc.times]
    assert ("07.10 BST", "2026-05-21T07:10") in values and ("dawn", "2026-05-21TMO") in values, values

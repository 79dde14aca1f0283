"""A possibility its own side announces is a warning (switch `own_side_warnings`, coder/phenomena/own_warnings.py):
"Xland could cut gas supplies to Yland, Xland's energy minister said" is a threat made now; a third party's "could",
a "could have", a condition's content and a cooperative act stay as they were. Sentences written for
tests/fixtures/own_side_warnings_sweep38.tsv, labelled before the coder was run."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without, fixture_rows, labelled_hits



def test_the_side_of_an_actor_code():
    from communique.coder.phenomena.own_warnings import side_of

    assert side_of("RUSGOV") == "RUS" and side_of("IGOEUREEC") == "IGOEUR" and side_of("---GOV") is None


def test_own_side_warnings_are_threats_and_third_party_possibilities_are_not(nlp, monkeypatch):
    rows = fixture_rows("own_side_warnings_sweep38.tsv")
    assert len(rows) >= 25
    on = labelled_hits(rows, [d for _, d in coded_rows(rows)])
    controls = [hit for (_, label), hit in zip(rows, on) if label.startswith("!")]
    assert all(controls), [row[0] for row, hit in zip(rows, on) if row[1].startswith("!") and not hit]
    assert sum(on) >= 18, sum(on)  # 19 of 26 when written
    communique_without(monkeypatch, "own_side_warnings")
    off = labelled_hits(rows, [d for _, d in coded_rows(rows)])
    assert all(h for (_, label), h in zip(rows, off) if label.startswith("!"))
    assert sum(on) - sum(off) >= 7, (sum(on), sum(off))  # 11 of 26 with the switch off


def test_petrarch2_reads_the_possibility_as_a_possibility(nlp):
    rows = [("Russia could cut gas supplies to Moldova next month, the Russian energy minister said on Tuesday.",)]
    (_, document), = coded_rows(rows, profile="petrarch2")
    assert not any(e.cameo["code"].startswith("13") for e in document.events)

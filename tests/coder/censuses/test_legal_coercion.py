"""The own corpus of legal and coercive acts (tests/fixtures/legal_coercion.tsv, branch coercion24), scored with
tools/wire_census.py --census: its rows are well formed, each label's class is its code's, and it keeps its
controls (releases, acquittals, statements about a case, appeals, judicial cooperation)."""
from __future__ import annotations

from communique.evaluate.main_class import class_of_cameo

from fixture_tables import project_tool


def test_the_corpus_is_well_formed():
    tool = project_tool("wire_census")
    rows = tool.census_rows(tool.ROOT / "tests" / "fixtures" / "legal_coercion.tsv")
    assert len(rows) >= 100
    for kind, code, sentence, phenomenon in rows:
        assert class_of_cameo(code) == kind, (kind, code, sentence)
        assert len(sentence.split()) >= 15 and phenomenon.strip(), sentence
    assert sum(phenomenon.startswith("control") for *_, phenomenon in rows) >= 25
    assert len({sentence for _, _, sentence, _ in rows}) == len(rows)

"""A verb pattern's noun met in its other number (profile switch `pattern_noun_numbers`, coder/match.py): where no
pattern of the verb matched by exact form, its patterns are tried again with each noun head also matching its
other number, so "closed its borders" meets `- * BORDER` as "closed its border" does. PETRARCH-2 (profile
`petrarch2`) matches by exact form (spec §2.2.1, §4.3). Sentences written in tests/fixtures/pattern_noun_numbers.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without, fixture_rows

from communique.coder.dictionary import other_numbers


def table_rows() -> list[tuple[str, ...]]:
    return fixture_rows("pattern_noun_numbers.tsv")


def _wrong(rows, documents) -> list[str]:
    wrong = []
    for (text, expected, _kind), document in zip(rows, documents):
        codes = sorted({e.cameo["code"] for e in document.events}) or ["-"]
        if codes != expected.split(","):
            wrong.append(f"{text}: {codes}")
    return wrong


def test_other_numbers_spell_the_noun_the_other_way():
    assert other_numbers("BORDERS") == ["BORDER"]
    assert "PARTY" in other_numbers("PARTIES") and "CLASH" in other_numbers("CLASHES")
    assert "BORDERS" in other_numbers("BORDER") and "EMBARGOES" in other_numbers("EMBARGO")
    assert "PLAN" not in other_numbers("PLANES") and "PLANES" not in other_numbers("PLAN")  # -ES after a sibilant only
    assert other_numbers("UN") == []


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 12 and {r[2] for r in rows} == {"other", "exact"}
    wrong = _wrong(rows, [d for _, d in coded_rows(rows)])
    assert not wrong, "\n".join(wrong)


def test_only_the_other_number_rows_move_with_the_switch_off(nlp, monkeypatch):
    rows = table_rows()
    # `aid_kinds` reaches "offered loans" (0331) by another way: the noun of aid, not the pattern's number; and
    # `recalled_envoys` "recalled its ambassadors / diplomats" (161): the subject's own envoys (session 25)
    communique_without(monkeypatch, "pattern_noun_numbers", "aid_kinds", "recalled_envoys")
    wrong = _wrong(rows, [d for _, d in coded_rows(rows)])
    assert sorted(wrong) == sorted(w for w in wrong if any(w.startswith(r[0]) for r in rows if r[2] == "other"))
    assert len(wrong) == sum(r[2] == "other" for r in rows)


def test_petrarch2_keeps_the_exact_form(nlp):
    rows = [r for r in table_rows() if r[0].startswith(("Turkey closed", "Uganda closed"))]
    coded = {row[0]: sorted({e.cameo["code"] for e in d.events}) for row, d in coded_rows(rows, profile="petrarch2")}
    assert coded == {"Turkey closed its borders with Syria.": [], "Uganda closed its border with Kenya.": ["191"]}

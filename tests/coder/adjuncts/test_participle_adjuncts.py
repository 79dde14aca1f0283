"""The switch `participle_adjuncts` (coder/adjuncts/clauses.py): a detached past participle after the verb ("lifted
martial law on Tuesday, imposed after last year's coup") is background on a noun of the clause, not the verb's
content, so the main clause's act keeps its own code. Sentences written for this test
(tests/fixtures/participle_adjuncts.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.adjuncts.clauses import detached_participle
from communique.coder.phrases import phrase_view


test_a_detached_participle_is_not_the_content_of_its_verb = on_off_table_test(
    "participle_adjuncts.tsv", ("participle_adjuncts",), at_least=20, changed_at_least=7, read=code_dyads)


def test_only_a_detached_past_participle_without_a_clause_of_its_own_is_one(nlp):
    def detached(text: str) -> list[str]:
        doc = nlp(text)
        view = phrase_view(next(doc.sents))
        return [t.text for t in doc if detached_participle(view, t.i)]
    assert detached("Kenya lifted the curfew in Mombasa on Friday, imposed during post-election violence.") == ["imposed"]
    assert detached("Egypt reopened the Rafah crossing on Saturday, allowing hundreds of travellers to leave Gaza.") == []
    assert detached("The government, backed by the army, imposed a curfew on the capital.") == []
    assert detached("Kenya lifted the curfew on Monday after the opposition called off its protests.") == []

"""A noun phrase's head that ends a hyphenated word spaCy splits is matched whole, as PETRARCH's (Penn Treebank)
tokens keep it and as CAMEO.2.0.txt writes it (`- * SIT-IN [141]`, `- * (AT FIGHTER-BOMBERS) [194]`,
`- * (FOR PULL-OUT) [025]`): coder/match.py `Matcher.head_word`. Both profiles read the whole word; the
sentences were written for this test."""
from __future__ import annotations

import pytest

from fixture_tables import code_actors, coded_rows

# sentence, `petrarch2` reading, `communique` reading (141 collapses to 140 in PETRARCH-2's internal codes)
ROWS = [
    # communique reads Phoenix's EDUCATION_MINIST [~GOVEDU] as "education ministry" (switch agent_variants, session 32)
    ("Students held a sit-in at the education ministry in Santiago.", "140 ---EDU>CHLGOV", "141 CHLEDU>CHLGOVEDU"),
    ("The rebels fired at fighter-bombers over the valley.", "none", "194 ---REB>---MIL"),
    ("The minister called for a pull-out of foreign troops from Syria.", "025 ---GOV>SYRMIL", "025 SYRGOV>SYRMIL"),
    ("Opposition activists held a sit-in at the electoral commission in Kampala.", "140 ---OPP>UGAGOV",
     "141 UGAOPP>UGAGOV"),
]


@pytest.mark.parametrize("profile, column", [("petrarch2", 1), ("communique", 2)])
def test_the_hyphenated_head_meets_the_dictionary_s_hyphenated_pattern(profile, column):
    read = {row[0]: code_actors(document) for row, document in coded_rows(ROWS, profile)}
    assert read == {row[0]: row[column] for row in ROWS}


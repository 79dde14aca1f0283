"""The row SLAM of data/coder_named_senses.tsv (switch `named_senses`): "Turkey slammed the United States over ...",
"EU slams Hungary over new law" are criticism (CAMEO 111), where CAMEO.2.0.txt files SLAM in its CRASH block with no
code; a weapon or a car that slams into something keeps its pattern, and "raped" is no criticism. Sentences written for this test (tests/fixtures/struck_criticism.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


# two slams "as" a wrong: 111 by the additions too
test_to_slam_an_actor_is_to_criticise_it = on_off_table_test(
    "struck_criticism.tsv", ("named_senses",), at_least=15, changed_at_least=8, read=code_dyads)


def test_the_rows_give_every_form_of_the_verbs():
    from communique.coder.codes import to_internal
    from communique.coder.phenomena.named_senses import named_sense_code

    for form in ("SLAM", "SLAMS", "SLAMMED", "SLAMMING"):
        assert named_sense_code(form, "") == to_internal("111"), form
    assert named_sense_code("RAPED", "") is None  # no row for RAP: its regular forms would be RAPE's too

"""A suspension lifted, ended or revoked and a suspended membership restored are CAMEO 081 "Ease administrative
sanctions" (new paths of LIFT, CANCEL, REVOKE_ and RE_ESTABLISH in data/coder_additions.txt); sentences written for
this test (tests/fixtures/lifted_suspensions.tsv), read with the additions on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_lifted_suspensions_ease_administrative_sanctions(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("lifted_suspensions.tsv"), code_actors, ("additions",),
                            at_least=15, changed_at_least=10)

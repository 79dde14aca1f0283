"""A suspension lifted, ended or revoked and a suspended membership restored are CAMEO 081 "Ease administrative
sanctions" (new paths of LIFT, CANCEL, REVOKE_ and RE_ESTABLISH in data/coder_additions.txt); sentences written for
this test (tests/fixtures/lifted_suspensions.tsv), read with the additions on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_lifted_suspensions_ease_administrative_sanctions = on_off_table_test(
    "lifted_suspensions.tsv", ("additions",), at_least=15, changed_at_least=10)

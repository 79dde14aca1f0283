"""A code the matched pattern writes is output as written where PETRARCH-2's internal table merges it with another
(switch `written_codes`, coder/phenomena/written_codes.py). Sentences written for this test (tests/fixtures/written_codes.tsv),
read with the switch on and off; the petrarch2 profile keeps PETRARCH-2's conversion. A code the table lacks (141-144,
1213-1214, 201-204) is output as written too."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.codes import to_internal
from communique.coder.phenomena.written_codes import written_code


test_a_release_of_persons_and_a_negotiation_keep_their_codes = on_off_table_test(
    "written_codes.tsv", ("written_codes",), at_least=8, changed_at_least=5)


def test_only_a_code_the_table_converts_to_another_is_rewritten():
    line = "- * &HOSTAGE                                          [0841]        # RELEASE"
    assert written_code(to_internal("0841"), line) == "0841"
    assert written_code(to_internal("0841") - 0xFFFF, line) is None  # negated: the code moved
    assert written_code(to_internal("084"), "- * SHIPS [084]") is None  # 084 converts back to itself
    assert written_code(to_internal("046"), "- * WITH [046:046]  # HUDDLE") == "046"
    assert written_code(to_internal("0841"), None) is None
    # a code the table lacks is read as its root's first code: written where that is still the event's code
    assert written_code(to_internal("140"), "- * DEMONSTRATION  [141]  # STAGE") == "141"
    assert written_code(to_internal("145"), "- * DEMONSTRATION  [141]  # STAGE") is None
    assert written_code(to_internal("140"), "- * RALLY  [1419]  # STAGE") is None  # no such CAMEO code


def test_a_code_a_data_row_writes_is_remembered_until_the_composition_moves_it():
    import pickle

    from communique.coder.codes import WrittenCode, combine, to_written
    from communique.coder.phenomena.written_codes import written_of

    strike = to_written("143")
    assert isinstance(strike, WrittenCode) and strike == to_internal("140") and written_of(strike) == "143"
    assert written_of(pickle.loads(pickle.dumps(strike))) == "143"
    assert written_of(strike - 0xFFFF) is None                       # negated: a plain int
    assert written_of(combine(to_internal("020"), strike)) == "143"  # the inner code wins unchanged
    assert not isinstance(to_written("190"), WrittenCode)              # the table prints it as written
    assert to_written("---") == 0


test_a_content_written_082_or_a_threat_composed_as_1323_keeps_its_code = on_off_table_test(
    "written_contents.tsv", ("written_codes",), at_least=15, changed_at_least=10)


def test_a_code_keyed_lookup_reads_the_written_code_alone_else_every_code_of_the_value():
    from communique.coder.additions import composed_code, table_code
    from communique.coder.codes import cameo_of, lookup_codes, to_cameo
    from communique.coder.phenomena.written_codes import as_written

    cancel = as_written(to_internal("082"), "- * RALLY                                             [082]  # CANCEL")
    assert cancel == to_internal("0841") and cameo_of(cancel) == "082" and lookup_codes(cancel) == ("082",)
    assert set(lookup_codes(to_internal("0841"))) == {"082", "0841", "0842"}  # a plain value: every code of it
    assert cameo_of(to_internal("0841")) == "0842" and as_written(cancel, None) is cancel
    promise, agree = to_internal("030"), to_internal("050")
    assert to_cameo(table_code(promise, cancel) or 0) is None  # the 084 row is a release's, not 082's
    assert to_cameo(composed_code(promise, to_internal("0841"))) == "0353"
    assert to_cameo(composed_code(agree, cancel)) == "0352"
    assert cameo_of(composed_code(to_internal("130"), to_internal("1723"))) == "1323"  # not printed as 137

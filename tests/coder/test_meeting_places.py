"""The switch `meeting_places` (resolve/meeting_places.py): a joint act of cooperation whose recipient is only the
country of the place where it happened ("the leaders of Xland and Yland met in Rome") has no recipient; sentences
written for this test (tests/fixtures/meeting_places.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_the_place_of_a_joint_meeting_is_not_its_recipient(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("meeting_places.tsv"), code_dyads, ("meeting_places",),
                            at_least=12, changed_at_least=7)


def test_a_one_sided_meeting_keeps_its_recipient():
    from communique.records import ActorRef, EventMention, Place
    from communique.resolve.meeting_places import place_not_recipient

    def ref(code, sector=None):
        return ActorRef(text=code, name=code, country=code[:3], sector=sector, code=code)

    event = EventMention(id="e", sentence=0, start=0, end=1, evidence="", source=[ref("RUSGOV", "GOV")],
                         target=[ref("TUR")], cameo={"code": "040", "root": "04", "name": ""}, plover={},
                         quad_class=1, goldstein=1.0, date={}, location=Place(text="Ankara", name="Ankara", country="TUR", lat=None, lon=None,
                                                                 feature="city", start=0, end=6))
    place_not_recipient(event)
    assert [r.code for r in event.target] == ["TUR"]
    event.source.append(ref("GRCGOV", "GOV"))
    place_not_recipient(event)
    assert event.target == []

"""Deadline follow-up: hand-built events for the rules, then timelines of articles written for these
tests, run through the real pipeline and store, for the statuses an analyst reads."""
from __future__ import annotations

import json

import pytest

from communique.cli import main
from communique.followup.commitments import find_commitments, kind_of, load_kinds
from communique.followup.deadlines import assess, assess_all


def event(id, code, day, src=(), tgt=(), modality="asserted", deadline=None, story=None, loc=None, conf=0.8):
    ref = lambda c: {"text": c, "name": c, "country": c[:3], "sector": c[3:] or None, "code": c}  # noqa: E731
    return {"id": id, "cameo": {"code": code, "root": code[:2], "name": f"code {code}"},
            "date": {"value": day}, "source": [ref(c) for c in src], "target": [ref(c) for c in tgt],
            "modality": modality, "deadline": deadline, "story": story, "confidence": conf,
            "location": {"country": loc} if loc else None, "evidence": f"event {id}", "document_id": f"doc-{id}"}


APPEAL = event("appeal", "0256", "2021-03-01", ["IGOUNO"], ["MLIMIL", "MLIREB"],
               deadline={"value": "2021-03-05T00:00", "text": "midnight on Friday"})


def test_kinds_come_from_the_data_file_by_longest_prefix():
    kinds = load_kinds()
    assert kind_of("0256", kinds).name == "ceasefire"
    assert kind_of("0874", kinds).name == "withdrawal"  # under 087 (ceasefire), but its own row is longer
    assert kind_of("036", kinds).name == "talks"
    assert kind_of("190", kinds) is None
    # CAMEO has one intent code for de-escalating, 0356: the act's own word tells a withdrawal from a ceasefire
    assert kind_of("0356", kinds, "withdraw").name == "withdrawal"
    assert kind_of("0356", kinds, "pull").name == "withdrawal"
    assert kind_of("0356", kinds, "halt").name == "ceasefire"
    assert kind_of("0356", kinds).name == "ceasefire"


def test_fighting_after_a_ceasefire_deadline_breaks_it_and_fighting_before_does_not():
    (commitment,) = find_commitments([APPEAL])
    assert commitment.kind == "ceasefire" and {a["code"] for a in commitment.bound} == {"MLIMIL", "MLIREB"}
    before = event("before", "190", "2021-03-03", ["MLIMIL"], ["MLIREB"])
    after = event("after", "190", "2021-03-06", ["MLIREB"], ["MLIMIL"])
    assert assess(commitment, [before], as_of="2021-03-04").status == "pending"
    assert assess(commitment, [before], as_of="2021-03-10").status == "unclear"
    broken = assess(commitment, [before, after], as_of="2021-03-10")
    assert broken.status == "broken" and [d.event_id for d in broken.deciding] == ["after"]
    assert broken.confidence == pytest.approx(0.8)


def test_a_report_elsewhere_or_not_asserted_does_not_decide():
    (commitment,) = find_commitments([APPEAL])
    elsewhere = event("far", "190", "2021-03-06", ["NGAMIL"], ["NGAREB"])
    denied = event("denied", "190", "2021-03-06", ["MLIMIL"], ["MLIREB"], modality="negated")
    assert assess(commitment, [elsewhere, denied], as_of="2021-03-10").status == "unclear"


def test_an_event_only_located_in_the_country_weighs_less_than_one_between_the_parties():
    (commitment,) = find_commitments([APPEAL])
    by_place = assess(commitment, [event("x", "193", "2021-03-06", ["---REB"], [], loc="MLI")], as_of="2021-03-10")
    by_party = assess(commitment, [event("y", "193", "2021-03-06", ["MLIREB"], [])], as_of="2021-03-10")
    assert by_place.status == by_party.status == "broken"
    assert by_place.confidence < by_party.confidence


def test_a_truce_declared_then_fighting_later_is_broken_and_the_reverse_is_met():
    (commitment,) = find_commitments([APPEAL])
    truce = event("truce", "0871", "2021-03-05", ["MLIMIL"], ["MLIREB"])
    fight = event("fight", "190", "2021-03-08", ["MLIMIL"], ["MLIREB"])
    assert assess(commitment, [truce, fight], as_of="2021-03-10").status == "broken"
    calm = event("calm", "0871", "2021-03-09", ["MLIMIL"], ["MLIREB"])
    assert assess(commitment, [fight, calm], as_of="2021-03-10").status == "met"


def test_mentions_of_one_story_are_one_commitment_and_do_not_decide_it():
    echo = dict(event("echo", "0256", "2021-03-02", ["IGOUNO"], ["MLIMIL"]), story="s1")
    first = dict(APPEAL, story="s1")
    (commitment,) = find_commitments([first, echo])
    assert commitment.id == "s1" and commitment.mention_ids == ["appeal", "echo"]
    assert commitment.deadline["value"] == "2021-03-05T00:00"
    assert assess_all([commitment], [first, echo], as_of="2021-03-04")[0].status == "pending"


def test_a_negated_promise_is_no_commitment():
    assert find_commitments([event("no", "0874", "2021-03-01", ["RUS"], modality="negated",
                                   deadline={"value": "2021-04-01", "text": "by April"})]) == []


# ---- timelines through the real pipeline ------------------------------------------------------------

TIMELINE = [
    {"id": "sdn-appeal", "published": "2023-05-03", "title": "AU urges Sudan truce",
     "text": "The African Union on Wednesday urged Sudan's army and the Rapid Support Forces to declare a "
             "ceasefire by midnight on Friday.\n\nThe appeal came after a week of heavy fighting in Khartoum."},
    {"id": "sdn-clash", "published": "2023-05-07", "title": "Clashes in Khartoum",
     "text": "Sudanese troops clashed with Rapid Support Forces fighters in Khartoum on Saturday, residents "
             "said.\n\nWitnesses reported heavy artillery fire near the airport."},
    {"id": "arm-pledge", "published": "2023-06-01", "title": "Withdrawal pledge",
     "text": "Armenia said on Thursday it would withdraw its troops from the border villages by the end of June."},
    {"id": "arm-done", "published": "2023-06-20", "title": "Troops pulled back",
     "text": "Armenia withdrew its troops from the border villages on Monday, the defence ministry said."},
    {"id": "srb-talks", "published": "2023-07-03", "title": "Talks promised",
     "text": "Serbia said on Monday it would hold talks with Kosovo by the end of July."},
]
LATER = {"id": "prt-harvest", "published": "2023-08-15", "title": "Harvest news",
         "text": "Farmers in Portugal reported a strong grape harvest this summer."}


def _ingest(tmp_path, articles, db):
    path = tmp_path / f"batch{len(list(tmp_path.iterdir()))}.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    assert main(["ingest", str(path), "--db", str(db)]) == 0


def _board(db, capsys, *flags):
    capsys.readouterr()
    assert main(["deadlines", "--db", str(db), "--format", "json", *flags]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.model
def test_timelines_get_their_status_and_are_recomputed_as_articles_arrive(nlp, tmp_path, capsys):
    db = tmp_path / "store.duckdb"
    _ingest(tmp_path, TIMELINE[:1] + TIMELINE[2:3], db)
    first = {d["kind"]: d for d in _board(db, capsys)}
    assert first["ceasefire"]["status"] == "unclear"  # Friday has passed by 1 June, with no news
    assert first["withdrawal"]["status"] == "pending"  # the end of June is still to come

    _ingest(tmp_path, TIMELINE[1:2] + TIMELINE[3:], db)
    board = {d["kind"]: d for d in _board(db, capsys)}
    ceasefire, withdrawal, talks = board["ceasefire"], board["withdrawal"], board["talks"]
    assert ceasefire["status"] == "broken" and ceasefire["deadline"]["value"].startswith("2023-05-05")
    assert {d["document_id"] for d in ceasefire["deciding"]} == {"sdn-clash"}
    assert withdrawal["status"] == "met"
    assert {d["document_id"] for d in withdrawal["deciding"]} == {"arm-done"}
    assert talks["status"] == "pending" and talks["confidence_status"] == 1.0  # as of 3 July

    _ingest(tmp_path, [LATER], db)  # news from August, none about Serbia and Kosovo
    talks = _board(db, capsys, "--actor", "serbia")
    assert [(d["kind"], d["status"]) for d in talks] == [("talks", "unclear")]
    assert _board(db, capsys, "--status", "met", "--country", "ARM")[0]["kind"] == "withdrawal"

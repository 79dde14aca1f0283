"""Exports: GDELT rows have the 61 columns, PLOVER records the manual's required fields, Parquet loads."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from communique.errors import BadInput
from communique.store.database import Store
from communique.store.export import export, gdelt_columns
from communique.store.gdelt import gdelt_mention_columns
from store_fixtures import MEETING_TEXT, OneStoryPerCodeIndex, meeting_document, protest_document


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "export.duckdb") as s:
        index = OneStoryPerCodeIndex()
        s.add_documents([meeting_document(), protest_document()], story_index=index)
        other_outlet = meeting_document("ledger-020", url="https://other.example/talks",
                                        text="Turkish and Libyan ministers met in Ankara again.")
        other_outlet.source = "Valletta Times"
        s.add_documents([other_outlet], story_index=index)
        yield s


def _export(store, fmt, **kwargs) -> str:
    out = io.StringIO()
    export(store, fmt, out=out, **kwargs)
    return out.getvalue()


def _gdelt_rows(store) -> list[dict[str, str]]:
    lines = _export(store, "gdelt").splitlines()
    return [dict(zip(gdelt_columns(), line.split("\t"))) for line in lines]


def test_gdelt_columns_follow_the_reference_schema():
    columns = gdelt_columns()
    assert len(columns) == 61
    assert columns[0] == "GLOBALEVENTID" and columns[-1] == "SOURCEURL"
    assert columns[26:30] == ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass")


def test_every_gdelt_row_has_61_tab_separated_columns(store):
    lines = _export(store, "gdelt").splitlines()
    assert len(lines) == 3  # one row per event: the 5 mentions make 3 stories
    assert all(len(line.split("\t")) == 61 for line in lines)


def test_gdelt_mentions_table_links_each_mention_to_its_event_and_counts_once(store):
    events = _gdelt_rows(store)
    mentions = [dict(zip(gdelt_mention_columns(), line.split("\t")))
                for line in _export(store, "gdelt-mentions").splitlines()]
    assert len(mentions) == 5 and all(len(m) == 16 for m in mentions)
    assert sum(int(e["NumMentions"]) for e in events) == len(mentions)  # no mention counted twice
    by_event = {e["GLOBALEVENTID"]: e for e in events}
    assert all(m["GLOBALEVENTID"] in by_event for m in mentions)
    meet = next(m for m in mentions if m["MentionIdentifier"] == "https://ledger.example/ankara"
                and by_event[m["GLOBALEVENTID"]]["EventCode"] == "040")
    assert (meet["SentenceID"], meet["Confidence"], meet["MentionSourceName"]) == ("1", "80", "Harbour Ledger")
    assert meet["Actor1CharOffset"] == "0" and meet["ActionCharOffset"] == "18"  # "Turkish officials" / "met"
    assert int(meet["MentionDocLen"]) == len(MEETING_TEXT)


def test_gdelt_row_carries_codes_dates_actors_and_places(store):
    meet = next(r for r in _gdelt_rows(store) if r["SOURCEURL"] == "https://ledger.example/ankara"
                and r["EventCode"] == "040")
    assert (meet["SQLDATE"], meet["MonthYear"], meet["Year"]) == ("20240305", "202403", "2024")
    assert (meet["Actor1Code"], meet["Actor1Name"], meet["Actor1CountryCode"], meet["Actor1Type1Code"]) == \
        ("TURGOV", "TURKEY", "TUR", "GOV")
    assert (meet["Actor2Code"], meet["Actor2CountryCode"]) == ("LBYGOV", "LBY")
    assert (meet["EventBaseCode"], meet["EventRootCode"], meet["QuadClass"]) == ("040", "04", "1")
    assert meet["IsRootEvent"] == "1"
    assert (meet["ActionGeo_FullName"], meet["ActionGeo_CountryCode"], meet["ActionGeo_Type"]) == \
        ("Ankara", "TU", "4")
    assert meet["Actor1Geo_FullName"] == "Ankara"  # the Turkish actor's nearest Turkish place
    assert meet["Actor2Geo_FullName"] == ""  # no Libyan place mentioned
    assert meet["AvgTone"] == ""
    # the consultation story has two mentions in two articles from two outlets
    assert (meet["NumMentions"], meet["NumArticles"], meet["NumSources"]) == ("2", "2", "2")
    assert len(meet["DATEADDED"]) == 14 and int(meet["GLOBALEVENTID"]) > 0


def test_plover_records_have_the_required_fields(store):
    records = [json.loads(line) for line in _export(store, "plover").splitlines()]
    assert len(records) == 5
    for record in records:
        assert {"id", "date", "actor", "event"} <= record.keys()
        assert isinstance(record["actor"], list) and isinstance(record["event"], list)
    arrest = next(r for r in records if r["id"] == "ledger-002-arrest")
    assert arrest["event"] == ["COERCE"] and arrest["mode"] == ["arrest"]
    assert arrest["actor"][0]["code"] == "MLT" and arrest["actor"][0]["sector"] == "COP"
    assert arrest["size"]["arrested"] == 2
    assert arrest["quad_code"] == 4
    meet = next(r for r in records if r["id"] == "ledger-001-meet")
    assert meet["context"] == ["diplomatic", "territory"]
    assert meet["event_loc"]["resolved_place"] == "Ankara" and meet["event_loc"]["resolution"] == 4
    assert (meet["event_loc"]["feature_class"], meet["event_loc"]["country"]) == ("P", "Türkiye")
    assert (meet["date"], meet["date_precision"], meet["has_event"]) == ("2024-03-05", "day", True)
    assert meet["link"] == "story-040"


def test_csv_has_a_header_and_one_row_per_mention(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv"))))
    assert len(rows) == 5
    assert rows[0]["cameo_code"] == "040" and rows[0]["source_country"] == "TUR"
    stories = list(csv.DictReader(io.StringIO(_export(store, "csv", table="stories"))))
    assert {s["id"] for s in stories} == {"story-040", "story-112", "story-173"}


def test_jsonl_lines_are_contract_events(store):
    events = [json.loads(line) for line in _export(store, "jsonl").splitlines()]
    assert [e["id"] for e in events][:2] == ["ledger-001-meet", "ledger-001-accuse"]
    assert events[0]["cameo"] == {"code": "040", "root": "04", "name": "Consult"}


def test_parquet_export_loads_in_duckdb(store, tmp_path):
    events_path, stories_path = tmp_path / "events.parquet", tmp_path / "stories.parquet"
    export(store, "parquet", path=events_path)
    export(store, "parquet", path=stories_path, table="stories")
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{events_path}'").fetchone()[0] == 5
    assert con.execute(f"SELECT cameo_code FROM '{events_path}' WHERE id = 'ledger-002-arrest'").fetchone() == ("173",)
    assert con.execute(f"SELECT count(*) FROM '{stories_path}'").fetchone()[0] == 3


def test_parquet_needs_a_file(store):
    with pytest.raises(BadInput, match="--out"):
        export(store, "parquet", out=io.StringIO())


def test_csv_keeps_communique_s_own_acled_type(tmp_path):
    # an event ACLED has no type for ("communique_type", e.g. a diplomatic event) keeps it in the flat table
    document = meeting_document("ledger-030")
    document.events[1].acled = {"event_type": "Strategic developments", "sub_event_type": "Other",
                                "communique_type": "Diplomatic event"}
    with Store(tmp_path / "types.duckdb") as s:
        s.add_documents([document])
        rows = list(csv.DictReader(io.StringIO(_export(s, "csv"))))
    by_id = {r["id"]: r for r in rows}
    assert by_id["ledger-030-accuse"]["acled_communique_type"] == "Diplomatic event"
    assert by_id["ledger-030-meet"]["acled_communique_type"] == ""


class _OneStoryIndex(OneStoryPerCodeIndex):
    """Every mention in one story, which takes the commonest code of its mentions (as resolve.stories does)."""

    def __init__(self):
        super().__init__()
        self.codes: list[dict] = []

    def add(self, document):
        out = super().add(document)
        self.codes += [event.cameo for event in document.events]
        stories = list(self._stories.values())
        merged = stories[0]
        merged.cameo = max(self.codes, key=self.codes.count)  # max keeps the first of a tie
        merged.mention_ids = [m for s in stories for m in s.mention_ids]
        merged.mentions = len(merged.mention_ids)
        self._stories = {merged.id: merged}
        return [(event_id, merged.id, reason) for event_id, _, reason in out]


def test_gdelt_event_row_is_filled_from_the_mention_with_the_story_s_own_code(tmp_path):
    # The story's first stored mention is a consultation (040); the two after it are accusations (112), the
    # story's code. The Event row must say what the story says, and the Mentions rows point at that row.
    with Store(tmp_path / "one.duckdb") as store:
        index = _OneStoryIndex()
        store.add_documents([meeting_document("first-001")], story_index=index)
        later = meeting_document("later-002", url="https://other.example/a",
                                 text=MEETING_TEXT.replace("Tuesday", "Tuesday morning"))
        later.events = later.events[1:]  # the accusation alone
        store.add_documents([later], story_index=index)
        (row,) = _gdelt_rows(store)
        assert row["EventCode"] == "112" and row["Actor1Code"] == "GRC"
        assert row["SOURCEURL"] == "https://ledger.example/ankara"  # the first mention with the story's code
        assert row["NumMentions"] == "3"
        mentions = [dict(zip(gdelt_mention_columns(), line.split("\t")))
                    for line in _export(store, "gdelt-mentions").splitlines()]
        assert {m["EventTimeDate"] for m in mentions} == {row["DATEADDED"]}

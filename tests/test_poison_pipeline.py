"""No single input can stop a run (real pipeline, spaCy model): a folder of good articles plus every kind
of poison stores every good article and names each bad one; `extract --jsonl` keeps one line per line; a
long text is parsed in pieces with true offsets; a fuzz of a few hundred inputs never raises."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from communique.cli import main
from communique.store.database import Store

pytestmark = pytest.mark.model

GOOD = {
    "g1.txt": "Turkey and Russia urged the warring parties in Libya to declare a ceasefire on Wednesday.",
    "g2.txt": "Egypt chided Ethiopia over the dam on Monday, officials in Cairo said.",
    "g3.html": "<html><head><title>Rail accord</title></head><body><article><p>Kenya and Uganda signed an "
               "agreement on Thursday to extend the railway to Kampala, the two governments said.</p>"
               "</article></body></html>",
}


def _poison_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    paragraph = "The ministers met in Geneva on Monday and talked about trade for a long time. " * 6 + "\n\n"
    (folder / "huge.txt").write_text(paragraph * (1_000_001 // len(paragraph) + 1), encoding="utf-8")
    (folder / "utf16.txt").write_bytes("Greece accused Turkey of violating its airspace on Friday.".encode("utf-16"))
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02\x03binary")
    lines = [
        {"id": "url-number", "text": "Iran condemned Israel on Sunday.", "url": 123, "published": "2021-03-02"},
        {"id": "url-list", "text": "Japan praised India on Sunday.", "url": ["a", "b"], "published": "March 2, 2021"},
        {"id": "separators", "text": "Chile thanked Peru\u2028on Sunday.\x85 Brazil\x0b helped.", "published": "20210302"},
        {"id": "year-9999", "text": "Mali accused Niger on Sunday.", "published": "9999-12-31"},
        {"id": "year-1", "text": "Ghana criticised Togo on Monday.", "published": "0001-01-01"},
        {"id": "no-text", "title": "nothing"},
    ]
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n",
                                        encoding="utf-8")
    return folder


def test_a_folder_with_poison_stores_every_good_article_and_names_the_bad(tmp_path, capsys):
    folder = _poison_folder(tmp_path)
    db = tmp_path / "store.duckdb"
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert f"skipped {folder / 'huge.txt'}: too long" in captured.err
    assert f"skipped {folder / 'blob.txt'}: it is a binary file" in captured.err
    assert f"skipped {folder / 'batch.jsonl'} line 6:" in captured.err
    assert "line 4: its publication date '9999-12-31' is outside 1800-2200" in captured.err
    assert "stored 9 " in captured.out  # 3 good files, the UTF-16 one, 5 of the 6 JSONL lines
    assert "skipped 1: too long" in captured.out and "skipped 1: bad field" in captured.out
    with Store(db, read_only=True) as store:
        ids = set(store.document_ids())
        assert {"url-number", "url-list", "separators", "year-9999", "year-1"} <= ids
        assert store.document("year-9999")["published"] is None
        assert store.document("url-list")["published"] == "2021-03-02"
        assert "\u2028" in store.document("separators")["text"]
        codes = {e["cameo"]["code"] for e in store.events()}
    assert "1123" in codes or "112" in codes  # the UTF-16 article was decoded and coded


def test_extract_jsonl_writes_one_line_per_input_line(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    records = ['{"id": "a", "text": "Chile thanked Peru\u2028on Sunday.", "published": "2021-03-02"}',
               "", "not json", '{"id": "d", "text": "Mali accused Niger on Friday.", "published": "0001-01-01"}',
               '{"id": "e", "text": "Spain praised Portugal on Monday.", "url": 5}']
    batch.write_text("\n".join(records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--jsonl", str(batch), "--out", str(out)]) == 0
    raw = out.read_text(encoding="utf-8")
    assert "\u2028" not in raw  # escaped, so no reader splits a record
    lines = [json.loads(line) for line in raw.split("\n")[:-1]]
    assert len(lines) == len(records)
    assert [d["id"] for d in lines][0] == "a" and "\u2028" in lines[0]["text"] and not lines[0].get("error")
    assert "blank line" in lines[1]["error"] and "not a valid JSON object" in lines[2]["error"]
    assert lines[3]["published"] is None and "outside 1800-2200" in lines[3]["warnings"][0]
    assert lines[4]["url"] is None and lines[4]["warnings"] and lines[4]["events"]


def test_a_date_out_of_range_on_the_command_line_is_refused(tmp_path, capsys):
    text = tmp_path / "a.txt"
    text.write_text("Egypt chided Ethiopia over the dam on Monday.", encoding="utf-8")
    assert main(["extract", str(text), "--date", "0001-01-01"]) == 2
    assert "--date '0001-01-01' is not a date from 1800 to 2200" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.duckdb")]) == 2
    assert "missing.txt does not exist" in capsys.readouterr().err


def test_a_long_text_parsed_in_pieces_keeps_its_offsets_and_events():
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    paragraphs = ["Turkey and Russia urged the warring parties in Libya to declare a ceasefire on Wednesday.",
                  "Egypt chided Ethiopia over the dam on Monday, officials in Cairo said.",
                  "Police in Valletta arrested two men after thousands marched on parliament on Tuesday."]
    text = "\n\n".join(paragraphs * 3)
    article = [Article(text=text, id="long", published="2021-03-03")]
    whole = next(extract_articles(article, Settings()))
    cut = next(extract_articles(article, Settings(piece_chars=200)))  # about six pieces
    assert cut.error is None and cut.text == text
    assert [(e.start, e.end, e.cameo["code"]) for e in cut.events] == \
        [(e.start, e.end, e.cameo["code"]) for e in whole.events]
    assert all(text[e.start:e.end] == e.evidence for e in cut.events)
    assert all(text[p.start:p.end] == p.text for p in cut.places) and len(cut.places) >= 3
    too_long = next(extract_articles(article, Settings(max_article_chars=100)))
    assert too_long.error.startswith("too long: ") and too_long.events == []


WORDS = st.sampled_from(["Turkey", "Russia", "urged", "attacked", "the", "village", "on", "Monday", "in",
                         "Libya", "did", "not", "will", "police", "arrested", "9999", "0001", "December",
                         "year", "next", "last", "week", ",", ".", "\n\n", "\u2028", "\x85", "\x0b", "“",
                         "said", "ceasefire", "by", "midnight", "Sunday", "2019", "ago", "days", "\x00"])
PUBLISHED = st.one_of(st.none(), st.dates().map(str), st.sampled_from(["2200-12-31", "1800-01-01", "9999-12-31",
                                                                       "0001-01-01", "March 2, 2021", "x"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(WORDS, max_size=30).map(" ".join), PUBLISHED), min_size=1, max_size=4))
def test_fuzz_extract_never_raises_and_keeps_one_document_per_article(batch):
    from communique.pipeline import extract_articles
    from communique.records import Article

    articles = [Article(text=text, id=f"a{i}", published=published) for i, (text, published) in enumerate(batch)]
    documents = list(extract_articles(articles))
    assert [d.id for d in documents] == [a.id for a in articles]
    for document in documents:
        assert document.error or all(document.text[e.start:e.end] == e.evidence for e in document.events)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(
    st.binary(max_size=80),
    st.dictionaries(st.sampled_from(["id", "text", "url", "title", "source", "published"]),
                    st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
                    max_size=6).map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8"))),
    min_size=1, max_size=6))
def test_fuzz_the_jsonl_reader_gives_one_item_per_line(tmp_path_factory, lines):
    from communique.ingest.reading import read_jsonl_lines

    lines = [line.replace(b"\n", b" ") for line in lines]
    path = tmp_path_factory.mktemp("fuzz") / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_jsonl_lines(path))
    if not lines[0].startswith((b"\xff\xfe", b"\xfe\xff")):  # a BOM makes the whole file one encoding
        assert len(items) == len(lines)

"""Poison inputs at the reading edge (no spaCy model): encodings, JSONL split on "\\n" only, field types,
publication dates in any form, size bounds, unreadable folders. Each one is named, none stops a batch."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from communique.ingest import reading
from communique.ingest.fields import parse_published
from communique.ingest.reading import ReadFailure, read_articles, read_jsonl_lines
from communique.nlp.pieces import split_text
from communique.records import Article

ENGLISH = "Greece accused Turkey of violating its airspace on Friday, the defence ministry in Athens said."


def _jsonl(tmp_path, lines: list[str], name="in.jsonl"):
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    path = tmp_path / "a.txt"
    raw = ENGLISH.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    [article] = list(read_articles([str(path)]))
    assert isinstance(article, Article) and article.text == ENGLISH


def test_windows_1252_text_is_decoded_not_refused(tmp_path):
    path = tmp_path / "a.txt"
    text = "France\u2019s president criticised Italy\u2019s government on Monday \u2014 a caf\u00e9 row in Rome."
    path.write_bytes(text.encode("cp1252"))
    [article] = list(read_articles([str(path)]))
    assert article.text == text


def test_jsonl_is_split_on_newline_only(tmp_path):
    # U+2028, U+0085 and a vertical tab inside strings: str.splitlines() would cut each record in two
    texts = ["Chile thanked Peru\u2028on Sunday.", "Spain praised Portugal\x85 on Monday.",
             "Ghana thanked Togo\x0b on Monday."]
    lines = [json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    lines.append('{"id": "raw", "text": "Mali thanked Niger\x0b on Friday."}')  # a raw control character
    items = list(read_jsonl_lines(_jsonl(tmp_path, lines)))
    assert [i.id for i in items] == ["r0", "r1", "r2", "raw"]
    assert [i.text for i in items[:3]] == texts


def test_every_line_gives_one_item_and_a_blank_line_is_named(tmp_path):
    path = _jsonl(tmp_path, ['{"id": "a", "text": "Chile thanked Peru."}', "", "  ", "[1, 2]",
                             '{"id": "b"}', '{"id": "c", "text": 5}'])
    items = list(read_jsonl_lines(path))
    assert len(items) == 6
    assert [getattr(i, "reason", "article") for i in items] == [
        "article", reading.EMPTY, reading.EMPTY, reading.BAD_JSON, reading.BAD_FIELD, reading.BAD_FIELD]
    assert items[4].name == f"{path} line 5" and items[4].id == "b" and '"text"' in items[4].detail


def test_field_types_are_checked_and_bad_ones_left_out_with_a_warning(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"id": 17, "text": ENGLISH, "url": 123, "title": ["x"],
                                         "source": {"a": 1}}),
                             json.dumps({"id": ["x"], "text": ENGLISH, "url": ["a", "b"]})])
    first, second = read_jsonl_lines(path)
    assert (first.id, first.url, first.title, first.source) == ("17", None, None, None)
    assert len(first.warnings) == 3 and any('"url" 123' in w for w in first.warnings)
    assert second.id == reading.article_id(ENGLISH) and second.url is None and len(second.warnings) == 2


@pytest.mark.parametrize("value, expected", [
    ("2021-03-02", "2021-03-02"), ("2021-03-02T10:00:00Z", "2021-03-02"), ("20210302", "2021-03-02"),
    ("March 2, 2021", "2021-03-02"), ("2 March 2021", "2021-03-02"), ("2021/03/02", "2021-03-02"),
    ("Tue, 02 Mar 2021 10:00:00 GMT", "2021-03-02"),
    ("9999-12-31", None), ("0001-01-01", None), ("1799-12-31", None), ("2021-02-30", None),
    ("banana", None), (20210302, None), (["2021-03-02"], None),
])
def test_publication_dates_in_any_common_form_within_1800_2200(value, expected):
    day, warning = parse_published(value)
    assert day == expected
    assert (warning is None) == (expected is not None)


def test_a_bad_publication_date_keeps_the_article_undated(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"id": "a", "text": ENGLISH, "published": "9999-12-31"})])
    [article] = read_jsonl_lines(path, published="2021-03-02")
    assert article.published == "2021-03-02"  # the --date default fills it, as for an undated line
    assert "outside 1800-2200" in article.warnings[0]


def test_files_and_lines_over_the_size_bound_are_refused_unread(tmp_path):
    (tmp_path / "big.txt").write_text(ENGLISH * 40, encoding="utf-8")
    (tmp_path / "small.txt").write_text(ENGLISH, encoding="utf-8")
    path = _jsonl(tmp_path, [json.dumps({"id": "long", "text": ENGLISH * 40}),
                             json.dumps({"id": "short", "text": ENGLISH})], name="lines.jsonl")
    items = list(read_articles([str(tmp_path / "big.txt"), str(tmp_path / "small.txt"), str(path)],
                               max_bytes=1000))
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("ReadFailure", reading.TOO_LARGE), ("Article", None), ("ReadFailure", reading.TOO_LARGE),
        ("Article", None)]
    assert items[2].name == f"{path} line 1" and items[3].id == "short"


def test_an_unreadable_folder_is_named():
    base = Path(tempfile.mkdtemp(prefix="communique-locked-"))  # pytest's tmp_path is closed to others
    try:
        os.chmod(base, 0o755)
        (base / "in" / "locked").mkdir(parents=True)
        (base / "in" / "good.txt").write_text(ENGLISH, encoding="utf-8")
        (base / "in" / "locked" / "hidden.txt").write_text(ENGLISH, encoding="utf-8")
        os.chmod(base / "in" / "locked", 0)
        list(read_articles([str(base / "in" / "good.txt")]))  # load what reading needs before dropping rights
        items = _read_as_another_user(str(base / "in")) if os.geteuid() == 0 else \
            list(read_articles([str(base / "in")]))
    finally:
        os.chmod(base / "in" / "locked", 0o755)
        shutil.rmtree(base)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Article", None), ("ReadFailure", reading.UNREADABLE_FOLDER)]
    assert items[1].name == str(base / "in" / "locked")


def _read_as_another_user(folder: str) -> list:
    """read_articles in a forked child that gave up root (which may read any folder), sent back pickled."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            data = pickle.dumps(list(read_articles([folder])))
        except BaseException as exc:  # noqa: BLE001 -- reported to the parent
            data = pickle.dumps(repr(exc))
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as inp:
        data = inp.read()
    os.waitpid(pid, 0)
    result = pickle.loads(data)
    assert isinstance(result, list), result
    return result


def test_a_long_text_is_cut_at_paragraphs_then_lines_then_words():
    text = "First paragraph here.\n\nSecond one, longer than the first.\nIts second line.\n\nThird."
    pieces = split_text(text, 40)
    assert "".join(pieces) == text
    assert pieces[0] == "First paragraph here.\n\n"
    assert all(len(p) <= 40 for p in pieces)
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]  # no break at all: a hard cut


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t\u2028é"), max_size=400), st.integers(1, 60))
def test_pieces_always_join_back_into_the_text(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces) or text == ""


def test_an_over_long_article_is_refused_at_reading(tmp_path):
    (tmp_path / "long.txt").write_text(ENGLISH * 10, encoding="utf-8")
    (tmp_path / "page.html").write_text(f"<html><body><p>{ENGLISH * 3}</p></body></html>", encoding="utf-8")
    path = _jsonl(tmp_path, [json.dumps({"id": "long", "text": ENGLISH * 10}), json.dumps({"id": "ok", "text": ENGLISH})])
    items = list(read_articles([str(tmp_path / "long.txt"), str(tmp_path / "page.html"), str(path)],
                               max_chars=len(ENGLISH) * 5))
    reasons = [getattr(i, "reason", "article") for i in items]
    assert reasons == [reading.TOO_LONG, "article", reading.TOO_LONG, "article"]  # markup is allowed for
    assert items[2].id == "long" and "max_article_chars" in items[2].detail

"""Reading articles: each input kind, and each kind of bad input, which never stops a batch."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from communique.ingest import reading
from communique.ingest.reading import ReadFailure, article_id, read_articles, read_jsonl_lines
from communique.records import Article

FIXTURES = Path(__file__).parent / "fixtures"
GERMAN = ("Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine deutlich auszuweiten. "
          "Der Kanzler sagte, man werde die Partner in Europa einbinden und die Lage an der Front genau "
          "beobachten. Die Opposition kritisierte den Beschluss als zu spät.")
ENGLISH = ("Kenya and Uganda signed an agreement on Thursday to extend the railway to Kampala, and the two "
           "governments said that construction would begin before the end of the year.")


def _read(*paths, published=None):
    return list(read_articles([str(p) for p in paths], published=published))


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def _failures(items):
    return [i for i in items if isinstance(i, ReadFailure)]


def test_plain_text_file():
    [article] = _read(FIXTURES / "plain.txt", published="2024-03-10")
    assert article.text.startswith("Indian and Chinese military commanders held")
    assert article.published == "2024-03-10"
    assert article.id == article_id(article.text)
    assert article.path.endswith("plain.txt")


def test_html_page_gives_main_text_title_and_date_without_boilerplate():
    [article] = _read(FIXTURES / "article.html", published="2024-01-01")
    assert "Turkish and Libyan officials met in Ankara on Tuesday" in article.text
    assert "technical teams would exchange maps" in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "Sport" not in article.text
    assert article.title == "Ankara and Tripoli resume maritime talks"
    assert article.published == "2024-03-05"  # the page's own date wins over --date
    assert article.source == "The Harbour Ledger"


def test_jsonl_lines_keep_ids_fill_dates_and_report_bad_lines():
    items = list(read_jsonl_lines(FIXTURES / "articles.jsonl", published="2024-03-10"))
    assert len(items) == 4  # one item per line, in order
    first, second, bad, fourth = items
    assert (first.id, first.published, first.title, first.url, first.source) == (
        "ledger-001", "2024-02-12", "EU sanctions Iranian officials", "https://ledger.example/eu-iran",
        "Harbour Ledger")
    assert (second.id, second.published) == ("ledger-002", "2024-03-10")
    assert bad == ReadFailure(f"{FIXTURES / 'articles.jsonl'} line 3", reading.BAD_JSON, detail="Expecting value")
    assert fourth.id == article_id(fourth.text)


def test_jsonl_text_with_raw_line_separators_stays_one_article(tmp_path):
    text = "Floods hit the county.\u0085Roads closed\u2028near the river. Schools shut."
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "a", "text": "' + text + '"}\r\n{"id": "b", "text": "Second article."}\n',
                    encoding="utf-8")
    items = list(read_jsonl_lines(path))
    assert [(item.id, item.text) for item in items] == [("a", text), ("b", "Second article.")]


def test_rss_items_use_content_else_summary_with_item_dates():
    articles = _articles(_read(FIXTURES / "feed.rss"))
    assert [a.published for a in articles] == ["2024-03-06", "2024-03-07"]
    protest, accord = articles
    assert protest.text.startswith("Several thousand people marched to the parliament building in Valletta")
    assert "two men were arrested" in protest.text
    assert "Short summary" not in protest.text
    assert accord.text.startswith("Kenya and Uganda signed an agreement")
    assert (accord.url, accord.source) == ("https://ledger.example/world/rail-accord", "Harbour Ledger World")


def test_atom_entry():
    [article] = _read(FIXTURES / "feed.atom")
    assert article.title == "Sudanese army and RSF clash near El Fasher"
    assert article.published == "2024-03-08"
    assert article.url == "https://ledger.example/africa/el-fasher"


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "in")
    (tmp_path / "in" / "sub").mkdir()
    (tmp_path / "in" / "sub" / "z_last.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text(ENGLISH, encoding="utf-8")  # not an article suffix
    names = [Path(i.path if isinstance(i, Article) else i.name).name for i in _read(tmp_path / "in")]
    assert names[0] == "article.html"
    assert names[-1] == "z_last.txt"
    assert "notes.md" not in names


@pytest.mark.parametrize("content, reason", [
    (b"", reading.EMPTY),
    (b"  \n\t \n", reading.EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", reading.BINARY),
    (bytes(range(1, 256)) * 4, reading.NOT_UTF8),  # no NUL, yet no text encoding reads it
    (GERMAN.encode("utf-8"), reading.NOT_ENGLISH),
    ("Председатель правительства заявил в среду, что переговоры продолжатся на следующей неделе "
     "в Москве и что стороны готовы к компромиссу по всем спорным вопросам.".encode("utf-8"),
     reading.NOT_ENGLISH),
])
def test_bad_inputs_are_failures_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert _read(path) == [ReadFailure(str(path), reason)]


def test_an_unreadable_file_never_stops_the_batch(tmp_path):
    (tmp_path / "a_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b_good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "c_german.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "d_empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "e_good.txt").write_text(ENGLISH.replace("Thursday", "Friday"), encoding="utf-8")
    items = _read(tmp_path, tmp_path / "missing.txt")
    assert [Path(a.path).name for a in _articles(items)] == ["b_good.txt", "e_good.txt"]
    assert [f.reason for f in _failures(items)] == [reading.BINARY, reading.NOT_ENGLISH, reading.NO_TEXT,
                                                    reading.NOT_FOUND]


def test_short_english_snippets_and_headlines_pass_the_language_check():
    assert reading.looks_english("Syrian rebels engaged Filipino peacekeepers in a firefight on Saturday.")
    assert reading.looks_english(ENGLISH)
    assert not reading.looks_english(GERMAN)


def test_article_id_ignores_case_and_spacing():
    assert article_id("Talks  resumed\non Tuesday.") == article_id("talks resumed on tuesday.")
    assert article_id("Talks resumed on Tuesday.") != article_id("Talks resumed on Wednesday.")


def test_a_feed_url_is_fetched(tmp_path):
    shutil.copy(FIXTURES / "feed.rss", tmp_path / "feed.rss")
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
        articles = _articles(list(read_articles([url])))
        missing = list(read_articles([url.replace("feed.rss", "gone.rss")]))
    finally:
        server.shutdown()
    assert [a.title for a in articles] == ["Protesters gather outside parliament in Valletta",
                                           "Kenya and Uganda sign rail accord"]
    assert [f.reason for f in missing] == [reading.UNREADABLE]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

"""The next batch parsed in a child process (`parse_ahead = on`, parse_process.py) or a worker thread
(`parse_ahead = thread`) while the batch before is coded (batches.py): the same documents in the same order as in
line, failures named while the rest go on, at most one batch parsed ahead, the worker ended on every exit, none
where the run is in line or has a single batch, and a lost parse process replaced by parsing in line. No timing
here (benchmarks/README.md, "Session 9" and "Session 14")."""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading

import pytest

from communique.jsonl import dumps_line
from communique.pipeline import extract_articles, extract_text
from communique.records import Article
from communique.settings import Settings

pytestmark = pytest.mark.model

SMALL_BATCHES = Settings(batch_size=4, parse_ahead="on", classifier="off")
WORKERS = ("on", "thread")  # a child process (where fork is safe, as on the Linux these tests run on), a thread

# Written for this test: sentences of several kinds (events, quotes, places, dates, none), combined below into
# a few hundred distinct texts so that every batch holds other words than the one before.
SENTENCES = [
    "Police arrested four students outside the parliament in Dhaka on Monday after a march turned violent.",
    "Gunmen opened fire on a bus near Quetta on Sunday, killing six passengers, officials said.",
    "The foreign ministers of Ghana and Togo met in Accra on Tuesday to talk about border trade.",
    "Troops shelled rebel positions outside the town overnight, residents said.",
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation.",
    "Protesters burned tyres and blocked the main road into Nairobi on Friday, demanding cheaper fuel.",
    '"We will not accept any foreign troops on our soil," the president of Bolivia told reporters in La Paz.',
    "Chile and Peru signed an agreement on fishing rights in Lima last week.",
    "Germany urged Turkey to release the detained journalists before the summit in March.",
    "A car bomb exploded near a market in Mogadishu, wounding at least twelve people.",
    "Japan said it would provide emergency aid to flood victims in Bangladesh.",
    "Riot police fired tear gas to disperse hundreds of striking miners in Johannesburg.",
    "Iran accused Israel of sabotage at a nuclear site, a claim Israeli officials did not deny.",
    "The mayor of Kharkiv said shelling had destroyed two schools during the night.",
    "Ethiopia and Egypt resumed talks over the dam on the Blue Nile on 3 February.",
    "heavy rain flooded dozens of villages in assam and forced thousands of people from their homes",
    "India criticised Pakistan for the attack on its border posts in Kashmir.",
    "The United Nations called on both sides to respect the ceasefire in Yemen.",
    "Farmers marched on the capital of Paraguay to demand land reform.",
    "Brazil's foreign minister met his Argentine counterpart in Buenos Aires on Wednesday.",
]


def _texts(n: int) -> list[str]:
    count = len(SENTENCES)
    return [" ".join(SENTENCES[(i * step) % count] for step in (1, 7, 13)[: 1 + i % 3]) + f" ({i})"
            for i in range(n)]


def _articles(texts) -> list[Article]:
    return [Article(text=t, id=f"a{n}", published="2021-03-01") for n, t in enumerate(texts)]


def _parse_workers() -> list:
    """The parse threads and parse processes alive."""
    return ([t for t in threading.enumerate() if t.name.startswith("communique-parse")]
            + [p for p in multiprocessing.active_children() if p.name.startswith("communique-parse")])


def _parse_processes() -> list:
    return [p for p in multiprocessing.active_children() if p.name.startswith("communique-parse")]


def _lines(documents) -> list[str]:
    return [dumps_line(d.to_dict()) for d in documents]


@pytest.mark.parametrize("worker", WORKERS)
def test_parsing_ahead_gives_the_documents_in_line_byte_for_byte_in_order(nlp, worker):
    articles = _articles(_texts(240))  # 15 batches of 16
    settings = Settings(batch_size=16, parse_ahead=worker, classifier="off")
    ahead = _lines(extract_articles(articles, settings))
    in_line = _lines(extract_articles(articles, settings, overlap=False))
    assert len(ahead) == len(articles)
    assert ahead == in_line
    assert sum('"events": []' not in line for line in ahead) > 100  # most texts hold events: the coding ran
    assert not _parse_workers()


@pytest.mark.parametrize("worker", WORKERS)
def test_with_the_classifier_on_parsing_ahead_gives_the_documents_in_line_byte_for_byte(nlp, worker):
    articles = _articles(_texts(60))  # batches of 8: the parse worker, the encoder's thread and this one
    settings = Settings(batch_size=8, parse_ahead=worker, classifier="events")
    ahead = _lines(extract_articles(articles, settings))
    in_line = _lines(extract_articles(articles, settings, overlap=False))
    assert ahead == in_line
    assert sum('"sentence_classes"' in line for line in ahead) > 30  # the classifier read them
    assert not _parse_workers()


@pytest.mark.parametrize("worker", WORKERS)
def test_failed_articles_inside_batches_parsed_ahead_are_named_and_the_rest_go_on(nlp, monkeypatch, worker):
    from communique import pipeline

    good = _articles(_texts(9))
    poisoned = good[:5] + [Article(text="Mali accused Niger on Sunday.", id="bad-date", published="9999-12-31"),
                           Article(text="   ", id="no-text")] + good[5:]  # both in batch 2 of 3
    real = pipeline.document_candidates

    def failing_on_the_detained(doc, *args, **kwargs):  # a coding failure in a batch the worker parsed
        if "detained journalists" in doc.text:
            raise ValueError("no candidates for this one")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "document_candidates", failing_on_the_detained)
    settings = Settings(batch_size=4, parse_ahead=worker, classifier="off")
    documents = list(extract_articles(poisoned, settings))
    assert [d.id for d in documents] == [a.id for a in poisoned]
    errors = {d.id: d.error for d in documents if d.error}
    failed_coding = {a.id for a in good if "detained journalists" in a.text}
    assert failed_coding and failed_coding <= set(errors)
    assert set(errors) == {"bad-date", "no-text"} | failed_coding
    assert errors["bad-date"].startswith("bad publication date: ")
    assert errors["no-text"].startswith("no text: ")
    assert all(errors[i] == "coding failed: ValueError: no candidates for this one" for i in failed_coding)
    in_line = list(extract_articles(poisoned, settings, overlap=False))
    assert _lines(documents) == _lines(in_line)


@pytest.mark.parametrize("worker", WORKERS)
def test_at_most_one_batch_is_parsed_ahead_of_the_batch_being_coded(nlp, worker):
    taken: list[str] = []

    def read(articles):
        for article in articles:
            taken.append(article.id)
            yield article

    settings = Settings(batch_size=4, parse_ahead=worker, classifier="off")
    documents = extract_articles(read(_articles(_texts(20))), settings)  # batches of 1, 2, then 4 (the ramp)
    first = next(documents)
    assert first.id == "a0"
    assert len(taken) == 3  # batch 1 (a quarter of 4) being coded, batch 2 (a half) parsed meanwhile; nothing more read
    assert len(_parse_workers()) == 1
    next(documents)
    assert len(taken) == 7  # batch 2 being coded, batch 3 (four) parsed meanwhile
    for _ in range(2):
        next(documents)
    assert len(taken) == 11  # batch 3 being coded, batch 4 parsed meanwhile
    assert [d.id for d in documents] == [f"a{n}" for n in range(4, 20)]
    assert not _parse_workers()


@pytest.mark.parametrize("worker", WORKERS)
@pytest.mark.parametrize("stop", ["close", "throw", "interrupt"])
def test_the_parse_worker_ends_when_the_run_is_closed_early_or_fails(nlp, stop, worker):
    documents = extract_articles(_articles(_texts(12)), Settings(batch_size=4, parse_ahead=worker, classifier="off"))
    assert next(documents).id == "a0"  # batch 2's parse under way or done
    assert len(_parse_workers()) == 1
    if stop == "close":
        documents.close()
    elif stop == "throw":
        with pytest.raises(KeyError):
            documents.throw(KeyError("the caller failed"))
    else:
        with pytest.raises(KeyboardInterrupt):
            documents.throw(KeyboardInterrupt())
    assert not _parse_workers(), stop


def test_a_broken_data_file_stops_a_run_parsed_ahead_and_ends_its_process(nlp, monkeypatch):
    from communique import pipeline
    from communique.errors import DataFileError

    def broken(*args, **kwargs):
        raise DataFileError("data/coder_additions.txt line 3: not a verb line")

    monkeypatch.setattr(pipeline, "document_candidates", broken)
    with pytest.raises(DataFileError, match="coder_additions"):
        list(extract_articles(_articles(_texts(12)), SMALL_BATCHES))
    assert not _parse_workers()


def test_a_process_by_default_none_in_line_nor_with_the_setting_off_nor_for_a_single_batch(nlp):
    documents = extract_articles(_articles(_texts(12)), SMALL_BATCHES, overlap=False)  # Spark's executors
    assert next(documents).id == "a0"
    assert not _parse_workers()
    assert len(list(documents)) == 11
    documents = extract_articles(_articles(_texts(12)), Settings(batch_size=4, parse_ahead="off"))
    assert next(documents).id == "a0"
    assert not _parse_workers()
    assert len(list(documents)) == 11
    documents = extract_articles(_articles(_texts(12)), Settings(batch_size=4))  # the setting's default: on
    assert next(documents).id == "a0"
    assert len(_parse_processes()) == 1 and len(_parse_workers()) == 1
    assert len(list(documents)) == 11
    assert not _parse_workers()
    single = extract_articles(_articles(_texts(1)), SMALL_BATCHES)  # one batch: the ramp's first, a quarter of 4
    assert next(single).id == "a0"
    assert not _parse_workers()
    assert not list(single)
    assert extract_text(SENTENCES[1], "2021-03-01").events
    assert not _parse_workers()


def test_a_parse_process_that_dies_is_replaced_by_parsing_in_line_and_nothing_is_lost(nlp, capfd):
    articles = _articles(_texts(24))
    documents = extract_articles(articles, SMALL_BATCHES)
    got = [next(documents)]  # batch 2 sent to the child
    (child,) = _parse_processes()
    os.kill(child.pid, signal.SIGKILL)  # as the system's out-of-memory killer would
    child.join()
    got += list(documents)
    assert _lines(got) == _lines(extract_articles(articles, SMALL_BATCHES, overlap=False))
    assert "the parse process ended (killed by signal 9); parsing goes on in this process." in capfd.readouterr().err
    assert not _parse_workers()


def test_a_batch_sent_through_the_pipe_gives_the_docs_and_strings_docbin_gives(nlp):
    """parse_process.PipeDocBin and packed/unpacked against DocBin.to_bytes/from_bytes: the same set of strings
    sent (a token with no morphological features among them: DocBin sends "" for it, not the analysis' "_"),
    and Docs read back alike to the byte, their user data included."""
    import pickle

    from spacy.tokens import DocBin

    from communique.nlp import parse_many
    from communique.parse_process import PipeDocBin, packed, unpacked

    texts = SENTENCES[:6] + ["Hello _ world", "a snake_case word and an emoji :-) in Lagos."]
    docs = list(parse_many(texts))
    assert any(str(token.morph) == "" for doc in docs for token in doc)
    old, new = DocBin(store_user_data=True, docs=docs), PipeDocBin(docs)
    assert new.strings == old.strings and "" in new.strings
    read_old = list(DocBin(store_user_data=True).from_bytes(old.to_bytes()).get_docs(nlp.vocab))
    read_new = unpacked(pickle.loads(pickle.dumps(packed(new))), nlp.vocab)
    assert [d.to_bytes() for d in read_new] == [d.to_bytes() for d in read_old]
    assert [d.user_data for d in read_new] == [d.user_data for d in read_old] == [d.user_data for d in docs]
    assert all(d.user_data for d in read_new)  # each knows its text

"""Run by test_crash_safety.py in a subprocess: store N hand-made documents the way `communique ingest`
does (articles already stored are dropped before coding; `commit` documents per transaction; stories
assigned by the real StoryIndex), printing each article's id as it is handed to the store, so that the
test can `kill -9` it at chosen points. `hold` opens the store and waits, for the two-writers test.

    python crash_driver.py DB N COMMIT
    python crash_driver.py DB hold
"""
from __future__ import annotations

import sys
import time

from communique.records import ActorRef, Article, Document, EventMention
from communique.store.add_counts import AddCounts
from communique.store.database import Store

TURKEY = ActorRef(text="Turkey", name="Turkey", country="TUR", sector=None, code="TUR")
LIBYA = ActorRef(text="Libya", name="Libya", country="LBY", sector=None, code="LBY")


def document(article: Article, n: int) -> Document:
    text = article.text
    events = [EventMention(id=f"{article.id}-{k}", sentence=0, start=0, end=len(text), evidence=text,
                           source=[TURKEY], target=[LIBYA], cameo={"code": code, "root": code[:2], "name": "x"},
                           plover={"type": "CONSULT", "mode": "", "context": []}, quad_class=1, goldstein=1.0,
                           date={"value": f"2024-03-{n % 28 + 1:02d}", "precision": "day", "text": None})
              for k, code in enumerate(("040", "111"))]
    return Document(id=article.id, text=text, published="2024-03-29", url=article.url, events=events)


def main(db: str, n: int, commit: int) -> None:
    articles = (Article(text=f"Report {i}: Turkey and Libya held talks, and Turkey criticised Libya.",
                        id=f"doc-{i:04d}", url=f"https://wire.example/{i}") for i in range(n))
    with Store(db) as store:
        counts = AddCounts()
        index = store.story_index()

        def documents():
            for number, article in enumerate(store.new_articles(articles, counts)):
                yield document(article, int(article.id[4:]))
                print(article.id, flush=True)

        store.add_documents(documents(), index, counts, batch_size=commit)
    print("done", counts.stored, counts.duplicates, flush=True)


if __name__ == "__main__":
    if sys.argv[2] == "hold":
        with Store(sys.argv[1]):
            print("ready", flush=True)
            time.sleep(60)
    else:
        main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))

"""A few hundred short news articles written from templates, for the Spark tests.

Each invented event (two countries, an act, a day) is reported by one to three invented outlets, on the
day or up to three days later, each in its own words and with its own way of giving the date ("on
Tuesday", "yesterday", "on 9 March", or none), so that stories gather mentions from several documents
and days. Events are spread over forty days, so stories sit on both sides of date-window edges.
The texts are written for communique's tests (MIT); no real reporting is quoted.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

COUNTRIES = [
    ("Egypt", "Cairo"), ("Ethiopia", "Addis Ababa"), ("Turkey", "Ankara"), ("Russia", "Moscow"),
    ("France", "Paris"), ("Germany", "Berlin"), ("Japan", "Tokyo"), ("China", "Beijing"),
    ("India", "New Delhi"), ("Pakistan", "Islamabad"), ("Kenya", "Nairobi"), ("Nigeria", "Abuja"),
    ("Brazil", "Brasilia"), ("Argentina", "Buenos Aires"), ("Poland", "Warsaw"), ("Greece", "Athens"),
]
TOPICS = ["the border dispute", "the new dam on the river", "fishing rights in the gulf",
          "the treatment of migrants", "a stalled trade deal", "the detention of two journalists",
          "military exercises near the frontier", "the price of gas deliveries"]
# (headline, sentence) pairs per act; {a} and {b} are countries, {when} a date phrase, {topic} a topic.
ACTS = {
    "condemn": [("{a} condemns {b} over {topic}", "{a} {when}condemned {b} over {topic}, the foreign ministry said."),
                ("{a} denounces {b}", "The government of {a} {when}denounced {b} for {topic}.")],
    "accuse": [("{a} accuses {b}", "{a} {when}accused {b} of stoking tension over {topic}."),
               ("{a} blames {b} for {topic}", "Officials in {a} {when}accused {b} of breaking promises on {topic}.")],
    "urge": [("{a} urges {b} to return to talks", "{a} {when}urged {b} to return to negotiations on {topic}."),
             ("{a} calls on {b} to talk", "{a} {when}called on {b} to resume talks about {topic}.")],
    "meet": [("{a} and {b} hold talks", "The foreign ministers of {a} and {b} {when}met in {city} to discuss {topic}."),
             ("Ministers of {a} and {b} meet", "Ministers from {a} and {b} {when}held talks in {city} on {topic}.")],
    "praise": [("{a} praises {b}", "{a} {when}praised {b} for its handling of {topic}."),
               ("{a} welcomes steps by {b}", "{a} {when}praised the efforts of {b} on {topic}.")],
    "sign": [("{a} and {b} sign deal", "{a} and {b} {when}signed an agreement on {topic}."),
             ("Deal between {a} and {b}", "{a} {when}signed an accord with {b} covering {topic}.")],
    "threaten": [("{a} threatens {b} with sanctions", "{a} {when}threatened to impose sanctions on {b} over {topic}."),
                 ("{a} warns {b}", "{a} {when}threatened {b} with sanctions because of {topic}.")],
}
FILLER = ["Diplomats said the two sides had exchanged letters for several weeks.",
          "Analysts expect the issue to dominate a regional summit later this year.",
          "Neither government gave further details.",
          "The dispute has strained relations between the two neighbours for years."]
OUTLETS = [("Harbour Wire", "harbourwire.example"), ("Capital Dispatch", "capitaldispatch.example"),
           ("Meridian News", "meridian.example")]
START = dt.date(2021, 3, 1)
SPAN_DAYS = 40
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _when(event_day: dt.date, published: dt.date, rng: random.Random) -> str:
    """A date phrase for `event_day` as a reporter writing on `published` might give it (or none)."""
    gap = (published - event_day).days
    choices = [f"on {event_day.day} {event_day.strftime('%B')} ", "", f"on {WEEKDAYS[event_day.weekday()]} "]
    if gap == 1:
        choices.append("yesterday ")
    return rng.choice(choices) if gap <= 5 else choices[0]


def generate(count: int = 300, seed: int = 14) -> list[dict]:
    """About `count` article records ({"id", "text", "published", "title", "url", "source"}) in the
    order a feed would deliver them (by publication date, outlets interleaved)."""
    rng = random.Random(seed)
    articles = []
    n = 0
    while len(articles) < count:
        (a, city_a), (b, _) = rng.sample(COUNTRIES, 2)
        act = rng.choice(sorted(ACTS))
        topic = rng.choice(TOPICS)
        event_day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        for outlet, host in rng.sample(OUTLETS, rng.randint(1, 3)):
            published = event_day + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
            headline, sentence = rng.choice(ACTS[act])
            fields = {"a": a, "b": b, "topic": topic, "city": city_a, "when": _when(event_day, published, rng)}
            body = [f"{city_a.upper()} — " + sentence.format(**fields)] + rng.sample(FILLER, 2)
            n += 1
            articles.append({
                "id": f"gen-{n:04d}", "title": headline.format(**fields), "published": published.isoformat(),
                "source": outlet, "url": f"https://{host}/{published.isoformat()}/{n}",
                "text": headline.format(**fields) + "\n\n" + " ".join(body)})
    articles.sort(key=lambda r: (r["published"], r["id"]))
    return articles[:count]


BAD_LINES = [
    "{this is not JSON",
    json.dumps({"id": "empty-1", "text": "   ", "published": "2021-03-02"}),
    json.dumps({"id": "no-text-1", "published": "2021-03-02"}),
    json.dumps({"id": "german-1", "published": "2021-03-03", "text":
                "Die Regierung hat am Montag erklärt, dass die Gespräche mit den Nachbarn fortgesetzt werden "
                "sollen, und der Minister sagte, man werde sich in der nächsten Woche wieder treffen, um "
                "über die offenen Fragen zu sprechen, die seit Jahren ungelöst sind."}),
]


def write_corpus(path: Path, samples: Path, count: int = 200) -> list[dict]:
    """The bundled samples, the generated articles, a few bad lines and duplicates, as one JSONL file."""
    records = [json.loads(line) for line in samples.read_text(encoding="utf-8").splitlines() if line.strip()]
    generated = generate(count)
    duplicates = [dict(generated[5], text=generated[5]["text"] + " A later edition."),  # same id
                  dict(generated[7], id="gen-copy", url=None)]  # same text under another id
    lines = [json.dumps(r, ensure_ascii=False) for r in records + generated[:100]]
    lines += BAD_LINES[:2] + [json.dumps(d, ensure_ascii=False) for d in duplicates]
    lines += [json.dumps(r, ensure_ascii=False) for r in generated[100:]] + BAD_LINES[2:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return records + generated

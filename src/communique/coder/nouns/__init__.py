"""Acts and events told by nouns (and adjectives) rather than by a verb's pattern: the profile `communique`'s readings
of a clause PETRARCH-2's dictionary gave no code, each behind its switch of `profiles.py`:

| what a noun tells | module | switch |
|---|---|---|
| an event the noun names ("clashes erupted between Xland and Yland", "carried out an air strike on Yland") | `events.py` (the tables and how a word finds its entries: `noun_tables.py`), its doer and undergoer `event_roles.py` | `event_nouns`, `episode_nouns` |
| an act a verb starts or stops ("extended the curfew": 1723, "halted negotiations": 164), aid given by its things | `acts.py` (asked by `sense_tables.py`) | `act_nouns` |
| an intent told by a noun or an adjective with an infinitive ("stressed its willingness to mediate") | `intents.py` | `additions`, `adjective_intents`, `intent_lowers`, `ready_to_cooperate` |
"""

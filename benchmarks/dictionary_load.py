"""How long the coder's dictionaries take to load: compiled from the text files, and from the pickled cache.

    .venv/bin/python benchmarks/dictionary_load.py

Prints CPU seconds (`time.process_time`, steadier than wall time on a shared machine) for the verb
dictionary (CAMEO.2.0.txt: ~4,700 pattern lines, ~110,000 trie paths after synset expansion) and for the
actor dictionary (the three Phoenix actor files, agents, discards), each compiled afresh and then read
from the cache in the user's cache directory (coder/compiled_cache.py). Not a test: nothing is asserted.
"""
from __future__ import annotations

import os
import time

from communique.coder.actors.dictionary import ACTOR_FILES, AGENT_FILE, DISCARD_FILE, read_actor_dictionary
from communique.coder.compiled_cache import cache_dir, load_or_build
from communique.coder.dictionary import BUILTIN_VERBS, read_verb_dictionary
from communique.data_files import data_path


def timed(label: str, work) -> object:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(f"{label:<40} cpu {time.process_time() - cpu:6.2f} s   wall {time.perf_counter() - wall:6.2f} s")
    return result


def main() -> None:
    verbs = (data_path(BUILTIN_VERBS),)
    actors = tuple(data_path(n) for n in ACTOR_FILES)
    others = (data_path(AGENT_FILE),), (data_path(DISCARD_FILE),)
    v = timed("verbs: compile CAMEO.2.0.txt", lambda: read_verb_dictionary(verbs))
    print(f"  {v.stats}")
    timed("actors: compile Phoenix files", lambda: read_actor_dictionary(actors, *others))
    if os.environ.get("COMMUNIQUE_NO_DICTIONARY_CACHE"):
        return
    modules = ()  # a key of its own, so that the package's cache entries are left alone
    load_or_build("bench-verbs", verbs, modules, lambda: read_verb_dictionary(verbs))
    timed("verbs: from the pickled cache", lambda: load_or_build("bench-verbs", verbs, modules, lambda: None))
    load_or_build("bench-actors", actors, modules, lambda: read_actor_dictionary(actors, *others))
    timed("actors: from the pickled cache", lambda: load_or_build("bench-actors", actors, modules, lambda: None))
    for entry in cache_dir().glob("bench-*.pickle"):
        entry.unlink()


if __name__ == "__main__":
    main()

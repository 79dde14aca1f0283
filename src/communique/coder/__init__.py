"""PETRARCH-2's event grammar on spaCy dependency parses (issue 10; spec ../shared/PETRARCH2_ALGORITHM.md).

The package's modules are the coder's steps:

| step | module |
|---|---|
| CAMEO <-> internal hex codes, combine | `codes.py` |
| verb dictionary (CAMEO.2.0: verbs, pattern tries, transformations) | `dictionary.py`, read by `dictionary_reader.py`; `verb_patterns.py`; compiled once and cached by `compiled_cache.py` |
| actor and agent dictionaries, discards | `actors/` (the package: `dictionary.py`, read by `dictionary_files.py`; `discards.py`) |
| phrase view of a parsed sentence (NP, PP, clause levels) | `phrases.py`, built by `phrase_builder.py`; pronoun antecedents (§3.7) by `antecedents.py` |
| repairs of general misparses, before the phrase view is built | `repairs/` (the package: `tree.py`, `verbs.py`, `datelines.py`, `appositions.py`, `clauses.py`, `close_appositions.py`, `wire_clauses.py`) |
| verb code and pattern match | `match.py`; a clause's verb matched once with the profile's settings, `verb_matches.py` |
| noun-phrase meaning (actor codes) | `actors/noun_phrases.py` (with `arithmetic.py`, `mended_lists.py`) |
| clause meaning: VP levels (`compose.py`); events, RESOLVE, code arithmetic, transformations (`resolve.py`); the tokens an actor code stands on (`code_tokens.py`) | `compose.py`, `resolve.py`, `code_tokens.py` |
| transformation rules and the default rule | `transform.py` |
| the profile communique's negative words and subjects PETRARCH reads no actor from | `negative_words.py`, `unread_subjects.py` |
| the profile communique's recall steps in a clause's composition, and the sense tables of a clause no pattern matched | `recall.py`, `sense_tables.py` |
| sentence level (top clauses, output filter, cooperation pairs); conjuncts sharing a recipient | `sentence.py`; `conjunct_targets.py` |
| acts only alleged (accused, denied) and the contents of requests, which are no events | `alleged.py`, `contents.py` |
| communique's own knowledge where the dictionary is silent: added verbs and tables; an appeal completed from its content | `additions.py`, `content_codes.py` |
| profiles (petrarch2 / communique) | `profiles.py` |
| the profile communique's phenomena, one module each behind its switch, filling the dictionary's silences | `phenomena/` |
| adjuncts of time and place, left out of patterns and participants (communique profile) | `adjuncts/` |
| acts and events told by nouns and adjectives, in clauses no pattern coded (communique profile) | `nouns/` |
| from coded records to candidates (grouped and scored: `event_candidates.py`; each side's actors: `side_actors.py`); a sentence's events ranked by prominence | `adapter.py`, `event_candidates.py`, `prominence.py` |

Public API:

    knowledge = CoderKnowledge.load(profile=profile, verb_files=(Path("my_verbs.txt"),))
    events = code_sentence(sent, date, knowledge, profile)   # [CodedEvent, ...]

`CoderKnowledge.load` reads CAMEO.2.0.txt (with the synset additions where the profile has them) and the verb files
it is given, nothing more; the pipeline loads through `additions.load_coder_knowledge(settings.verbs_file,
profile)`, which adds communique's own verb file after the user's where the profile's switch `additions` is on.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .profiles import Profile

if TYPE_CHECKING:  # spaCy (and through thinc, torch) loads only when a sentence is coded
    from spacy.tokens import Span

    from .sentence import CodedEvent

__all__ = ["CodedEvent", "CoderKnowledge", "Profile", "code_sentence"]


@dataclass(frozen=True)
class CoderKnowledge:
    """The dictionaries the coder reads: verbs (with patterns and transformations), actors and agents,
    discards. Loaded once per process per set of files (the loaders cache)."""
    verbs: object  # dictionary.VerbDictionary
    actors: object  # actors.dictionary.ActorDictionary
    discards: object | None = None  # actors.discards.Discards

    @classmethod
    def load(cls, settings=None, profile: Profile | None = None,
             verb_files: Sequence[Path] = ()) -> "CoderKnowledge":
        """The built-in PETRARCH-2 dictionaries, plus the user's verb files in PETRARCH syntax. The
        actor reader keeps PETRARCH-2's quirks (last record of a file lost, bare dates always true) in a
        profile that does not fix quirks."""
        from ..data_files import data_path
        from .actors.dictionary import load_actor_dictionary
        from .dictionary import SYNSET_ADDITIONS_FILE, load_verb_dictionary

        if profile is None:
            profile = Profile.named(getattr(settings, "profile", None) or "communique")
        user_file = getattr(settings, "verbs_file", None)  # Settings.verbs_file (`--verbs`)
        files = tuple(verb_files) or ((Path(user_file),) if user_file else ())
        actors = load_actor_dictionary(petrarch_quirks=not profile.fix_quirks,
                                       curated_people=profile.curated_people,
                                       agent_additions=profile.agent_additions,
                                       party_actors=profile.party_actors, glossed_names=profile.glossed_names,
                                       agent_variants=profile.agent_variants, region_names=profile.region_names,
                                       curated_organisations=profile.curated_organisations,
                                       gloss_withdrawals=profile.common_words)
        synsets = data_path(SYNSET_ADDITIONS_FILE) if profile.synset_additions else None
        verbs = load_verb_dictionary(files, synset_additions=synsets, bare_prepositions=profile.bare_prepositions,
                                     slash_alternatives=profile.slash_alternatives)
        return cls(verbs, actors, actors.discards)


def code_sentence(sent: Span, date: datetime.date | None, knowledge: CoderKnowledge,
                  profile: Profile | None = None, trace: list | None = None) -> list[CodedEvent]:
    """The (source, target, CAMEO) records of one sentence, PETRARCH-2's way under `profile` (default: the
    project's default profile, communique). The events
    the output filter drops are appended to `trace` when one is given, each with a `drop:` step."""
    from .match import match_verb
    from .sentence import code_sentence_with

    return code_sentence_with(sent, date, knowledge, profile or Profile(), match_verb, trace)


def __getattr__(name: str):
    """`CodedEvent` is read from coder.sentence on first use, so `import communique.coder.profiles` (the CLI's
    option lists, the API server) does not load spaCy."""
    if name == "CodedEvent":
        from .sentence import CodedEvent
        return CodedEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

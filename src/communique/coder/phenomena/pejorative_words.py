"""The pejorative names and evaluations a speaker gives another's person or act (profile `communique`, switch
`pejorative_words`; data/coder_pejorative_words.tsv; read by coder/phenomena/stance_complements.py).

Wire copy tells criticism as often by a name as by a verb of criticism: "called the minister a liar", "called
Yland's demand absurd", "branded the deal a betrayal", "said Yland's plan was draconian". The stance words
(data/coder_stance_words.tsv) hold the judgements PETRARCH-2's dictionary names in its own patterns (SLAM (AS
UNACCEPTABLE), DESCRIBE (AS MISTAKE)); where they have no word for the name given, the reporting or naming verb
kept its own code: SAY's statement 010, or CALL's telephone call 041. With the switch, the judgement words also
hold this lexicon's insults, names of crimes, nouns of a judged act and adjectives of condemnation, each with its
CAMEO code (110, 111, 112), so the same readings of stance_complements.py (a naming verb's object predicate, a
reported copular clause) code them; a noun's regular plural in -S is read as the noun. A reported judgement of a
state of affairs ("said the situation in Yland was absurd": kind `state`) judges no actor: the statement stays."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_pejorative_words.tsv"
KINDS = ("person", "plural", "act", "adjective", "state")
NOUN_KINDS = ("person", "act")  # kinds whose regular plural in -S is read too


@lru_cache(maxsize=1)
def pejorative_words() -> dict[str, str]:
    """WORD -> CAMEO code of data/coder_pejorative_words.tsv, with each noun's plural in -S."""
    path = data_path(TABLE)
    found: dict[str, str] = {}
    for number, fields in tsv_rows(path, "the coder's pejorative words", 3, header={"kind"}):
        kind, word, code = fields
        if kind == "state" and code == "-" and word.isupper():
            continue
        if kind not in KINDS or not word.isupper() or not code.isdigit():
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD<TAB>CAMEO code' (kind one of "
                                f"{', '.join(KINDS)}).")
        found[word] = code
        if kind in NOUN_KINDS and not word.endswith("S"):
            found.setdefault(word + "S", code)
    return found


@lru_cache(maxsize=1)
def state_nouns() -> frozenset[str]:
    """The nouns of a state of affairs of data/coder_pejorative_words.tsv (kind `state`): a reported judgement of
    one ("said the situation in Yland was absurd") is no stance on an actor's act."""
    return frozenset(fields[1] for _, fields in tsv_rows(data_path(TABLE), "the coder's pejorative words", 3,
                                                          header={"kind"}) if fields[0] == "state")


@lru_cache(maxsize=1)
def stance_words_with_pejoratives() -> dict[str, dict[str, str]]:
    """The stance words (stance_complements.stance_words: kind -> {WORD: code}) with the pejorative words among the
    judgements; a word the stance table already judges keeps its code there."""
    from .stance_complements import stance_words

    words = stance_words()
    return {**words, "judgement": {**pejorative_words(), **words["judgement"]}}

"""A verb of naming's judgement is the speaker's own, whoever did the act it names (profile `communique`, switch
`naming_judgements`; read by coder/phenomena/stance_complements.py).

"Xland called the arrests a political purge", "called her dismissal a judicial coup", "rejected the report, calling
it a fabrication": a verb of naming (CALL, DESCRIBE ... AS, BRAND, LABEL) that names its object with a word of
judgement is the speaker's criticism or praise (CAMEO 110/111/051; PETRARCH-2's dictionary codes the same where a
verb of its own carries the word: DESCRIBE (AS MISTAKE) 110, CALL * ILLEGITIMATE 111, BRAND * TERRORIST 1123).
stance_complements kept such a record only where the object's phrase names the act's doer (the doer is the target)
or, with `unnamed_doer_stances`, where a noun of its act table names none and the sentence tells no other act. Wire
copy often names the act judged by a pronoun that points back ("calling it a fabrication"), by an action noun the
table lacks ("the removals", "the indictment"), or by a possessor that is the act's patient, not its doer ("her
dismissal"): the naming verb says outright that the speaker judges it, so the stance is kept there, with the
record's own target, or none (the codebook's 110/111 is the speaker's disapproval whoever did the act).

What the object must be, so that a judgement of a thing that is no act ("called the flooding a disaster", "described
the economy as fragile") is left a statement:
* a pronoun that points back (IT, THEM, THIS, THAT), or
* a noun of an act: the act nouns of data/coder_stance_words.tsv, a measure imposed on others of data/act_nouns.tsv
  (a noun whose start is a code of conflict, CAMEO 10-20: a blockade, sanctions, a curfew, a ban; not aid or talks,
  whose praise may be a bare comment), or an action noun by its derivational suffix
  (-ION, -AL, -MENT, -ANCE, -ENCE, -URE, and their plurals: removal, indictment, resistance, closure), but for the
  nouns of data/coder_naming_state_nouns.tsv, which the suffixes take but which name a state, a place or a group
  (situation, region, nation, population, material), or which data/act_nouns.tsv holds as the head of a longer
  name but which name no act (state, level, troops);
and its phrase names no doer other than by a possessive pronoun (a possessor or a BY phrase naming an actor is
stance_complements' own reading; a doer named but unread is an actor problem, left)."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_naming_state_nouns.tsv"
POINTING_PRONOUNS = frozenset({"IT", "THEM", "THIS", "THAT"})
ACTION_SUFFIXES = ("ION", "AL", "MENT", "ANCE", "ENCE", "URE")
POSSESSIVE_PRONOUNS = frozenset({"HIS", "HER", "ITS", "THEIR", "OUR", "MY", "YOUR"})
MIN_LENGTH = 6  # "deal", "seal", "pure": a suffix counts only on a word this long or longer


@lru_cache(maxsize=1)
def state_nouns() -> frozenset[str]:
    """The nouns of data/coder_naming_state_nouns.tsv: action suffixes on nouns of no act."""
    path = data_path(TABLE)
    found = set()
    for number, fields in tsv_rows(path, "the coder's naming state nouns", header={"noun"}):
        if len(fields) != 1 or not fields[0].isupper():
            raise DataFileError(f"{path} line {number}: expected one upper-case NOUN.")
        found.add(fields[0])
    return frozenset(found)


def judged_unnamed(view, obj: int, act_nouns) -> bool:
    """Whether the object `obj` of a verb of naming is an act judged whose doer its phrase leaves unnamed (module
    docstring): a pointing pronoun, or an act noun with no possessor but a possessive pronoun and no BY phrase."""
    word, tag = view.words[obj], view.tags[obj]
    if word in POINTING_PRONOUNS and tag in ("PRP", "DT"):
        return True
    if not tag.startswith("NN") or tag.startswith("NNP") or not _action_noun(word, act_nouns):
        return False
    return not any((view.deps[c] == "poss" and view.words[c] not in POSSESSIVE_PRONOUNS)
                   or (view.deps[c] in ("prep", "agent") and view.words[c] == "BY") for c in view.children[obj])


@lru_cache(maxsize=1)
def imposed_measures() -> frozenset[str]:
    """The head nouns of data/act_nouns.tsv whose start is a code of conflict (CAMEO roots 10-20)."""
    from ..nouns.acts import act_tables

    return frozenset(head for head, entries in act_tables().nouns.items()
                     if len(head) > 2 and head not in state_nouns() and any(e.start[:2].isdigit() and 10 <= int(e.start[:2]) <= 20 for e in entries))


def _action_noun(word: str, act_nouns) -> bool:
    from ..nouns.acts import singular_forms

    if word in act_nouns or any(form in imposed_measures() for form in singular_forms(word)):
        return True
    stem = word[:-1] if word.endswith("S") else word
    return len(stem) >= MIN_LENGTH and stem.endswith(ACTION_SUFFIXES) and stem not in state_nouns()

"""A court that sets aside another's law, order, decision or election finds it unlawful (profile `communique`, switch
`judicial_findings`; data/coder_judicial_annulments.tsv; session 37, branch c24read37).

"The Supreme Court struck down the law", "a judge blocked the decree", "the High Court quashed the governor's
order", "the Constitutional Court annulled the election": CAMEO.2.0.txt files the verbs of setting aside in blocks
with no code (REVOKE_: annul, quash, void, invalidate, revoke: the record is dropped) or with a code of another
sense (BLOCK's EXCLUDE 170, OVERTURN's TAKE_CONTROL 171, a seizure; STRIKE's force). A court's setting aside of an
instrument is its finding that the instrument is unlawful: the PLOVER manual's SANCTION mode convict ("find an
entity or behavior guilty, unconstitutional, or liable in a court of law"), the CAMEO codebook's 116 "Find guilty or
liable (legally)", the reading `judicial_findings` gives a ruling that says so in words ("ruled that the decree was
unconstitutional"). So where no pattern of the dictionary matched an active clause whose verb is one of the table's
verbs of setting aside, whose object's head is an instrument of the table (a law, a decree, an order, a decision,
an election) and whose subject names a judicial actor (an actor code of role JUD), the clause is 116; the composer
keeps its reading of actors (the subject the source, the object's possessor the target: "the governor's decree").
A passive reads its subject as the instrument and its BY phrase as the court ("the law was struck down by the
Supreme Court"). Not read: a parliament's repeal or a government's revocation (no judicial source: a policy act, the
dictionary's reading), a passive with no BY phrase (no court named), an object that is no instrument ("blocked the
road", "suspended the president"), a pattern's own code (OVERTURN * CONVICTION 081, OVERTURN * RULING 124).
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_internal
from .silent_verbs import verb_forms

TABLE = "coder_judicial_annulments.tsv"
KINDS = ("verb", "instrument")
JUDICIAL_ROLE = "JUD"  # the role code of courts and judges: "INDJUD", "---JUD"
FINDING = "116"  # the CAMEO codebook's "Find guilty or liable (legally)"


@lru_cache(maxsize=1)
def annulment_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the verb forms of setting aside, "FORM" or "FORM PARTICLE"; the instrument nouns, singular and plural)."""
    path = data_path(TABLE)
    verbs: set[str] = set()
    nouns: set[str] = set()
    for number, fields in tsv_rows(path, "the coder's judicial annulment words", header={"kind"}):
        words = fields[1].split() if len(fields) == 2 else []
        if len(fields) != 2 or fields[0] not in KINDS or not words \
                or not all(w.replace("_", "").isalpha() and w.isupper() for w in words):
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORDS' (kind one of {', '.join(KINDS)}; "
                                "upper-case words).")
        if fields[0] == "instrument":
            nouns.update((words[0], words[0] + "S"))
            continue
        lemma, _, particle = words[0].partition("_")
        for form in [lemma, *verb_forms(lemma), *words[1:]]:
            verbs.add(f"{form} {particle}" if particle else form)
    return frozenset(verbs), frozenset(nouns)


def annulment_code(view, cl, meaning) -> tuple[int, str] | None:
    """(116, step) where the clause `cl` is a judicial actor's setting aside of an instrument (module
    docstring); `meaning` reads a noun phrase's actor codes. None elsewhere."""
    verbs, nouns = annulment_words()
    form = " ".join([cl.form, *cl.particles[:1]]) if cl.particles else cl.form
    if form not in verbs:
        return None
    undergoers = list(cl.subjects) + list(cl.objects) if cl.passive else list(cl.objects)
    instrument = next((np for np in undergoers if view.words[np.head] in nouns), None)
    if instrument is None:
        return None
    subjects = [pp.obj for pp in cl.pps if pp.text == "BY" and pp.obj is not None] if cl.passive \
        else list(cl.subjects) or list(cl.subject_candidates)
    if not any(JUDICIAL_ROLE in code[3:] for np in subjects for code in meaning(np)):
        return None
    return to_internal(FINDING), (f"addition: {form} {view.words[instrument.head]} by a court, a finding that it "
                                  f"is unlawful ({FINDING})")

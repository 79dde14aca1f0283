"""Verbs of violent action used in news for harsh criticism ("Turkey blasted the United States over its support
for Kurdish militias", "China blasts Japan over textbook revisions"), read as criticism (profile `communique`,
switch `figurative_criticism`; data/coder_figurative_criticism.tsv).

English dictionaries give BLAST the sense "to criticize harshly"; wire copy uses it so above all in headlines, with
the one criticised as its object and the matter in a PP of cause ("over its handling of the economy"). CAMEO.2.0
files BLAST under EXPLOSIVE_DESTRUCTION (190) beside BOMB, FIRE and DETONATE; the block's own paths for the sense
are nearly all 111 (`- * (FOR) [111]`, `- * STATEMENT [111]`, `- * PRESIDENT [111]`, `- * (AS FARCICAL) [111]`), but
none takes OVER, so "blasted Japan over ..." read 190. OVER cannot be a path of the block: its other verbs take OVER
for a place ("fired shots over the border"). So a clause no pattern matched whose verb is listed, with a direct object
that names a state, a person, a government or an organisation by its own head (a proper name, or a word the actor
dictionaries read alone: GOVERNMENT, MINISTER, AUTHORITIES) and a PP of the listed preposition that is no PP of time
("over the weekend") or of a border ("over the border"), takes the row's code. A thing blasted keeps the block's
code: "blasted the police station" (its head STATION names no one), "blasted rebel positions over the border".

The same figure with a noun: "Human Rights Watch said the new law was a blatant attack on freedom of expression",
"the opposition said the reform was an assault on the courts". The nominal reading (switch `nominal_events`) codes a
copula over an event noun as the act the noun names, its subject the doer; a law, a ruling or a policy
(data/coder_figurative_subjects.tsv) uses no force, so such a clause has no code (`figurative_predicate`) and the
speaker's statement stays. "The explosion was a terrorist attack", "the shooting was an attack on police" keep it."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, upper_words
from ..cameo_roots import MATERIAL_CONFLICT_ROOTS
from ..codes import to_cameo
from ..adjuncts.places import border_pp, time_pp
from .silent_verbs import verb_object_table
from .stance_complements import BE_FORMS

TABLE = "coder_figurative_criticism.tsv"
SUBJECTS = "coder_figurative_subjects.tsv"
CAUSE_OBJECT_TAGS = frozenset({"NN", "NNS", "VBG"})  # the matter criticised: a noun or a gerund


@lru_cache(maxsize=1)
def figurative_verbs() -> dict[tuple[str, str], int]:
    """(VERB FORM, PREPOSITION) -> internal code (data/coder_figurative_criticism.tsv, read as the silent verbs'
    table is: silent_verbs.verb_object_table, its second column the prepositions)."""
    return verb_object_table(data_path(TABLE), "the coder's verbs of figurative criticism")


def criticism_code(view, cl, scan) -> tuple[int, str] | None:
    """(code, step) where the clause is a listed verb's criticism of a named addressee over a matter; `scan` reads
    a word list's actor codes (NounReader.scan)."""
    table = figurative_verbs()
    if cl.passive or not cl.objects or not any(form == cl.form for form, _ in table):
        return None
    matter = next((pp for pp in cl.pps if (cl.form, pp.text) in table and pp.obj is not None
                   and view.tags[pp.obj.head] in CAUSE_OBJECT_TAGS and not time_pp(pp) and not border_pp(view, pp)),
                  None)
    if matter is None or not any(_addressee(view, np, scan) for np in cl.objects):
        return None
    code = table[(cl.form, matter.text)]
    return code, f"addition: {cl.form} someone {matter.text} a matter, criticism ({code:X})"


def _addressee(view, np, scan) -> bool:
    """An object whose head names one who can be criticised: a proper name with actor codes, or a word the actor
    dictionaries read alone (GOVERNMENT, MINISTER)."""
    head = np.head
    if view.tags[head].startswith("NNP"):
        return bool(scan([view.words[k] for k in sorted(np.words) if k <= head]))
    return bool(scan([view.words[head]]))


@lru_cache(maxsize=1)
def figurative_subjects() -> frozenset[str]:
    """The nouns of laws, rulings and policies (data/coder_figurative_subjects.tsv)."""
    return upper_words(SUBJECTS, "the coder's nouns that use no force")


def figurative_predicate(view, cl, code: int) -> bool:
    """Whether a copula clause `cl` read as the act of force (internal `code`) its event noun names says it of a
    law, a ruling or a policy (its subject's head): a figure of criticism, no act."""
    return cl.form in BE_FORMS and (to_cameo(code) or "")[:2] in MATERIAL_CONFLICT_ROOTS \
        and any(view.words[np.head] in figurative_subjects() for np in cl.subjects)

"""An act the parties of two states or more do together is their cooperation (profile `communique`, switch
`joint_acts`; session 43, branch plover43; data/coder_joint_acts.tsv).

"Kenyan and Tanzanian police jointly seized 300 kilograms of heroin", "American and Filipino marines together carried
out landing drills", "Ghana and Togo launched a joint inspection of cargo", "Vietnam and Laos jointly opened a border
market", "Armenian and Georgian customs officials reopened the crossing": the subject names the parties of two states
or more, and a word tells that they act together -- an adverb on the verb (jointly, together), a premodifier of the
verb's object (a joint inspection, coordinated patrols), or a verb of opening or resuming a link or an exchange that
both parties' subject opens. That is the PLOVER manual's COOPERATE ("Initiate, resume, improve, or expand economic
exchange or cooperation", "joint military games and maneuvers", "cooperation on judicial matters") and the CAMEO
codebook's 06: 062 "Cooperate militarily" where an actor is armed forces, 063 "Engage in judicial cooperation" where
one is a court or prosecutor, else 060. PETRARCH-2 codes such clauses by the verb alone: nothing for "escorted" or
"carried out drills", a yielding (08) for "opened", an investigation (09) for "questioned", an arrest (17) for
"seized", a show of force (15) for exercises.

So where the clause's code is none or of those roots (the verb's own act is what the parties do together), its
subject names actors of two states or more (distinct country codes), and the verb has an adverb of the table (one
with no WITH phrase of its own: "together with Yland's navy" names a partner, phenomena/joint_partners.py), or its
object noun a premodifier of the table, or the verb is one of opening whose object is a link between states (kind
`link`), the code is 06x, with no recipient (the manual's reciprocal events: a place or an object of the clause is
no party to it). A link between two states or more that the subject names by BETWEEN, opened or resumed with no doer
named ("a rail line between Xland and Yland was opened", "trains between Xland and Yland resumed"), is their 060. Left as they were: acts of
force and violence (roots 18-20: "Russian and Syrian jets jointly bombed rebel positions" is an assault on the rebels),
aid (07: "jointly sent food aid to Somalia" benefits a third state), every verbal act (01-05, 10-14, 16), and a
subject of one state ("Egyptian police and soldiers together raided a house"), verbs whose "together" tells a sum or a
holding (kind `sum`: "together account for a fifth of output", "jointly own the base"), openings of what is no
link ("opened a new chapter"), and an object that is a noun of cooperation of data/event_nouns.tsv ("staged joint
military exercises", "carried out joint patrols": the event-noun reader codes it 062 with the sector its modifiers
name; the lead, session 43, after the fresh clone's tests). An act told for later becomes AGREE
by `plover_future_cooperation` (plover_conventions.py), as the manual says. `petrarch2` codes the verb alone.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, lower_word_rows
from ..code_tokens import pp_object_tokens, tagged
from ..codes import to_cameo, to_internal
from ..nouns.noun_tables import entry_of, noun_entries, noun_tables
from ..phrases import Clause, SentenceView
from .silent_verbs import verb_forms

TABLE = "coder_joint_acts.tsv"
KINDS = ("adverb", "joint", "opening", "link", "sum")
VERB_KINDS = ("opening", "sum")  # read in each form of the verb
DONE_ROOTS = ("08", "09", "15", "17")  # a yielding, an investigation, a show of force, coercion: read by the verb alone
MILITARY, JUDICIAL, OTHER = "062", "063", "060"
SECTORS = {"MIL": MILITARY, "JUD": JUDICIAL}  # the actor's sector -> its cooperation's code; others 060
ATTACHED = ("dobj", "prep")  # the parser hangs "together" on the object or a PP as often as on the verb
LINKED_STEP = "addition: a link between two states or more opened or resumed is their cooperation (joint_acts)"
STEP = "addition: an act the parties of two states or more do together is their cooperation (joint_acts)"


@lru_cache(maxsize=1)
def joint_words() -> dict[str, frozenset[str]]:
    """kind ('adverb', 'joint', 'opening', 'link', 'sum') -> its lower-case words, a verb in each of its forms
    ("reopened", "resumes") (module docstring)."""
    rows = lower_word_rows(data_path(TABLE), "the words of an act done together", KINDS.__contains__,
                           "'word<TAB>kind' (kind adverb, joint, opening, link or sum)")
    words = {kind: frozenset(w for w, k in rows if k == kind) for kind in KINDS}
    return {**words, **{kind: frozenset(f.lower() for w in words[kind] for f in (w, *verb_forms(w.upper())))
                        for kind in VERB_KINDS}}


def joint_act_code(view: SentenceView, cl: Clause, form: str, code: int, sources) -> tuple[int, str] | None:
    """(06x, step) for a clause whose subject's parties of two states or more do its act together, None elsewhere
    (module docstring). `form` is the verb's dictionary form, `sources` the subject's actor codes."""
    cameo = to_cameo(code) or "" if code else ""
    if cameo and cameo[:2] not in DONE_ROOTS or cl.negated:
        return None
    codes = [s for s in sources if isinstance(s, str) and len(s) >= 3 and s[:3].isalpha() and s[:3] != "---"]
    if len({s[:3] for s in codes}) < 2 or _named_cooperation(view, cl) or not _told_together(view, cl, form):
        return None
    sectors = {SECTORS[s[3:6]] for s in codes if s[3:6] in SECTORS}
    joint = MILITARY if MILITARY in sectors else JUDICIAL if JUDICIAL in sectors else OTHER
    return to_internal(joint), f"{STEP}: {joint}"


def linked_parties(view: SentenceView, cl: Clause, form: str, code: int, reader) -> tuple[list, tuple] | None:
    """The parties (their tagged codes and heads) of a link, a service or an exchange between two states or more
    that the clause opens or resumes with no doer named ("a rail line between Xland and Yland was opened", "trains
    between Xland and Yland resumed"): the states the subject's BETWEEN phrase names; None elsewhere. `reader` is
    the composer's noun reader (actors/noun_phrases.NounReader)."""
    cameo = to_cameo(code) or "" if code else ""
    if cameo and cameo[:2] not in DONE_ROOTS or cl.negated or form.lower() not in joint_words()["opening"] \
            or (cl.objects and not cl.passive) or any(pp.text == "BY" for pp in cl.pps) or not _opens_link(view, cl):
        return None
    for np in cl.upper:
        for pp in np.pps:
            if pp.text != "BETWEEN" or pp.obj is None:
                continue
            codes = reader.pp_meaning(pp)
            if len({c[:3] for c in codes if len(c) >= 3 and c[:3].isalpha() and c[:3] != "---"}) >= 2:
                return codes, tuple(pp_object_tokens(pp))
    return None


def _told_together(view: SentenceView, cl: Clause, form: str) -> bool:
    """Whether a word of the table tells the clause's act as done together: an adverb on its verb, its object or
    one of its PPs ("cleared landmines together", "flew together over ..."; without a WITH phrase of its own:
    "together with Yland's navy"), a premodifier of its object's head, or the verb itself, one of opening."""
    words = joint_words()
    if form.lower() in words["sum"]:
        return False
    if form.lower() in words["opening"] and _opens_link(view, cl):
        return True
    near = [*view.children[cl.verb], *(g for c in view.children[cl.verb] if view.deps[c] in ATTACHED
                                       for g in view.children[c])]
    for c in near:
        if view.deps[c] == "advmod" and view.words[c].lower() in words["adverb"] \
                and not any(view.deps[p] == "prep" and view.words[p].lower() == "with" for p in view.children[c]):
            return True
    return any(view.deps[m] == "amod" and view.words[m].lower() in words["joint"]
               for np in cl.objects for m in view.children[np.head])


def _named_cooperation(view: SentenceView, cl: Clause) -> bool:
    """Whether an object of the clause is a noun of cooperation in data/event_nouns.tsv ("joint patrols", "joint
    military exercises": 062): the event-noun reader codes that clause, with the sector its modifiers name."""
    nouns = noun_tables().nouns
    for np in cl.objects:
        entry = entry_of(view, np.head, noun_entries(nouns, view.words[np.head], view.words[np.head]))
        if entry is not None and entry.code.startswith("06"):
            return True
    return False


def linked_code() -> int:
    """The code of a link between states opened with no doer named: 060, material cooperation (no sector known)."""
    return to_internal(OTHER)


def _opens_link(view: SentenceView, cl: Clause) -> bool:
    """Whether what the clause opens or resumes is a link between states (the table's kind `link`): its object
    ("reopened their land border"), or with none its subject ("flights between Xland and Yland resumed")."""
    heads = [np.head for np in cl.objects] if cl.objects and not cl.passive else [np.head for np in cl.upper]
    return any(view.words[h].lower() in joint_words()["link"] for h in heads)

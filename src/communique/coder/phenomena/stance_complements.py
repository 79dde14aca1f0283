"""A speaker's stance toward another actor's act, told by a reporting verb's evaluative complement (profile
`communique`, switch `stance_complements`; data/coder_stance_words.tsv).

Wire copy tells disapproval and praise as often by a reporting verb and an evaluation as by a verb of criticism:
"Xland said Yland's decision was illegal / a violation of international law / a positive step" (a copular
complement clause), "'This is a violation of our sovereignty,' the minister said of Yland's deployment" (a quote
whose subject points to the act named in the reporting verb's OF phrase), "Xland called Yland's move a
provocation", "described Yland's plan as a mistake" (a verb of naming, its object and the object's predicate),
"Xland said it was opposed to / deeply disappointed by / pleased with Yland's decision" (the speaker's own
stance, an adjective over a PP whose object is the act), "Xland expressed regret over Yland's decision" (a regret
over another actor's decision or policy, not over a death, is disapproval: CAMEO.2.0.txt's REGRET [110], where its
EXPRESS * REGRET [018] reads sympathy and VOICE * REGRET [055] an apology). PETRARCH-2 codes the reporting verb alone: SAY's 010,
CALL's 041 (a call on someone), DESCRIBE's 010. Its dictionary codes the same evaluations where a verb of its own
carries them (SLAM (AS UNACCEPTABLE) 111, DESCRIBE (AS MISTAKE) 110, REMAIN * OPPOSED 110, WELCOME 051): so such
a record takes the evaluation's code (110, 111, 051) and the act's actor as its target, the actor the act's noun
phrase names ("Yland's decision", "the blockade imposed by Yland"); where it names none, the record's own target.
A copular complement that judges no act (a fact, a figure, a schedule: "said the talks were in their third
day"), a word of concern ("said it was concerned about"), a reporting verb's other complements and CALL's appeals
("called on Yland to", "called for") are left alone."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..actors.arithmetic import first_actor, other_actor, printed_code

TABLE = "coder_stance_words.tsv"
KINDS = ("reporting", "naming", "judgement", "feeling", "expressing", "regret", "act")
WORD_KINDS = ("reporting", "naming", "expressing", "act")  # kinds whose code is "-"
BE_FORMS = frozenset({"IS", "WAS", "ARE", "WERE", "BE", "BEEN", "'S", "'RE", "REMAINS", "REMAINED"})
SPEAKER_PRONOUNS = frozenset({"IT", "HE", "SHE", "WE", "THEY", "I"})
POINTING_SUBJECTS = frozenset({"THIS", "THAT", "IT"})  # a quote's subject that points to the act "said of"
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
# the links from a naming verb's predicate up to the verb (spaCy often hangs "a provocation" in the object's PP)
NAMING_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "amod", "conj", "oprd", "attr", "acomp", "compound", "appos",
                              "nmod", "acl", "ccomp", "nsubj", "advmod", "npadvmod"})
CAUSE_PREPOSITIONS = frozenset({"OVER", "ABOUT", "FOR", "AGAINST", "AT", "DURING", "AFTER", "BEFORE", "ON"})
STATEMENT_ROOTS = ("01",)
STANCE_STEP = "addition: stance "  # the step a stance record carries (read by coder/prominence.py, rule 1)
NAMING_ROOTS = ("01", "02", "04")
APOLOGY = "055"  # VOICE * REGRET's other code: a regret read as an apology
REGRET_PREPOSITIONS = frozenset({"OVER", "AT", "ABOUT"})  # SAY's 010; CALL's 041, or an appeal its patterns read into the object


@lru_cache(maxsize=1)
def stance_words() -> dict[str, dict[str, str]]:
    """kind -> {WORD: CAMEO code} of data/coder_stance_words.tsv (the verbs' code is '-')."""
    path = data_path(TABLE)
    found: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's stance words", header={"kind"}):
        if len(fields) != 3 or fields[0] not in found or not fields[1].isupper() \
                or not (fields[2] == "-" if fields[0] in WORD_KINDS else fields[2].isdigit()):
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD<TAB>CAMEO code' (kind one of "
                                f"{', '.join(KINDS)}; '-' as the code of a verb or an act noun).")
        found[fields[0]][fields[1]] = fields[2]
    return found


def stance_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                   common_words: bool = False, unnamed_doers: bool = False, naming_judgements: bool = False,
                   pejoratives: bool = False, concerns: bool = False) -> list:
    """The records of one sentence, a reporting verb's record that evaluates another's act recoded as that
    stance (module docstring); other records unchanged. With `unnamed_doers` (switch `unnamed_doer_stances`), a
    stance on an act whose doer the sentence leaves unnamed, a noun of an act of the table judged ("said it was
    disappointed by the appointment", "the decision was a serious mistake, he said"), is that stance with no
    target, as a targetless statement is the speaker's own: the codebook's 110/111 is the speaker's disapproval
    whoever did the act. Like a statement addressed to no one, it is kept only where the sentence's other records
    are statements: it never outranks an act the sentence tells ("appealed for calm, saying he was disappointed by
    the decision" stays the appeal). With `naming_judgements` (coder/phenomena/naming_judgements.py), a verb of
    naming's judgement of an act whose doer is unnamed ("called her dismissal a coup", "calling it a fabrication") is
    that stance with the record's own target, or none, whatever else the sentence tells. With `pejoratives` (switch
    `pejorative_words`, coder/phenomena/pejorative_words.py), the judgement words hold the pejorative lexicon too
    ("called the minister a liar", "said Yland's plan was draconian"). With `concerns` (switch `conduct_concerns`,
    coder/phenomena/conduct_concerns.py), the words of concern are feelings too ("said it was concerned about")."""
    from ..phrases import phrase_view
    from .naming_judgements import judged_unnamed

    from .pejorative_words import stance_words_with_pejoratives, state_nouns

    view = phrase_view(sentence)
    words = stance_words_with_pejoratives() if pejoratives else stance_words()
    if concerns:
        from .conduct_concerns import with_concerns

        words = with_concerns(words)
    if not any(r.source and _reporting_kind(view, r, words) for r in records):
        return list(records)
    from ..actors.person_names import sentence_reader

    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names,
                             common_words=common_words)
    out = []
    for record in records:
        kind = _reporting_kind(view, record, words) if record.source else None
        found = None
        if kind == "reporting":
            found = reported_stance(view, record.verb, words)
        elif kind == "naming":
            found = named_stance(view, record.verb, words, compounds=pejoratives)
        elif kind == "expressing":
            found = regretted_act(view, record.verb, words)
        if found is None or (pejoratives and kind == "reporting" and view.words[found[1]] in state_nouns()):
            out.append(record)  # "said the situation in Yland was absurd": no actor's act judged (pejorative_words)
            continue
        code, act, word = found
        target, tokens = act_actor(view, act, reader, record.source)
        if not target and (kind == "expressing" or not record.target) \
                and not (unnamed_doers and _unnamed_doer_stance(view, act, words, kind, record, records)) \
                and not (naming_judgements and kind == "naming" and judged_unnamed(view, act, words["act"])):
            out.append(record)  # a regret over an act no other actor names may be the speaker's own apology
            continue            # ("expressed regret to Yland over its move")
        if target and record.target not in _act_codes(view, act, reader):  # "the agreement between Yland and
            record = replace(record, target=target, target_tokens=tokens)  # Zland": the record's own pair kept
        out.append(replace(record, code=code, steps=tuple(record.steps)
                           + (f"{STANCE_STEP}{view.words[record.verb]} ... {word} ({code})",)))
    return out


def _unnamed_doer_stance(view, act: int, words, kind: str, record, records: Sequence) -> bool:
    """Whether a judging record with no target judges an act whose doer is unnamed (`unnamed_act`) in a sentence whose
    every other record is a statement (switch `unnamed_doer_stances`: it never outranks an act)."""
    return kind != "expressing" and not record.target and unnamed_act(view, act, words) \
        and all(r.code[:2] in STATEMENT_ROOTS for r in records if r is not record)


def unnamed_act(view, act: int, words) -> bool:
    """Whether `act` is a noun of an actor's decision or measure (the table's act nouns) whose phrase names no doer:
    no possessor ("the commission's decision" names one the dictionaries may lack) and no BY or OF phrase (an OF
    phrase may name the doer: "the decision of the organization")."""
    return view.words[act] in words["act"] and not any(
        view.deps[c] == "poss" or (view.deps[c] in ("prep", "agent") and view.words[c] in ("BY", "OF"))
        for c in view.children[act])


def _reporting_kind(view, record, words) -> str | None:
    form = view.words[record.verb]
    if form in words["reporting"] and record.code[:2] in STATEMENT_ROOTS:
        return "reporting"
    if form in words["naming"] and record.code[:2] in NAMING_ROOTS:
        return "naming"
    if form in words["expressing"] and (record.code[:2] in STATEMENT_ROOTS or record.code == APOLOGY):
        return "expressing"
    return None


def regretted_act(view, verb: int, words) -> tuple[str, int, str] | None:
    """(code, act head, feeling word) where the verb of expressing `verb` expresses regret over an actor's
    decision or policy: "expressed regret over Yland's decision to ...", "voiced dismay at Yland's refusal"; its
    object a noun of regret, the act the object of an OVER, AT or ABOUT phrase on that noun or on the verb."""
    deps, children = view.deps, view.children
    for feeling in (c for c in children[verb] if deps[c] == "dobj" and view.words[c] in words["regret"]):
        for p in (c for h in (feeling, verb) for c in children[h] if deps[c] == "prep"
                  and view.words[c] in REGRET_PREPOSITIONS):
            for act in (o for o in children[p] if deps[o] == "pobj" and view.words[o] in words["act"]):
                return words["regret"][view.words[feeling]], act, view.words[feeling]
    return None


def reported_stance(view, verb: int, words) -> tuple[str, int, str] | None:
    """(code, act head, evaluating word) where a complement clause of the reporting verb `verb` evaluates an act:
    "said (that) Yland's decision was illegal", "'This is a violation,' he said of Yland's deployment", "said it
    was opposed to Yland's plan"."""
    deps, children = view.deps, view.children
    for clause in (c for c in children[verb] if deps[c] == "ccomp"):
        predicates, subject = _predicates(view, clause, words)
        if subject is None:
            continue
        pronoun = view.words[subject] in SPEAKER_PRONOUNS | POINTING_SUBJECTS and view.tags[subject] in ("PRP", "DT")
        for predicate in predicates:
            if pronoun and view.words[predicate] in words["feeling"]:  # "it was opposed to Yland's plan"
                act = next((o for p in children[predicate] if deps[p] in ("prep", "agent")
                            for o in children[p] if deps[o] == "pobj"), None)  # "disappointed by": an agent
                if act is not None:
                    return words["feeling"][view.words[predicate]], act, view.words[predicate]
                continue
            judged = _judgement(view, predicate, words)
            if judged is None:
                continue
            if not pronoun:
                return judged[0], subject, judged[1]
            if view.words[subject] in POINTING_SUBJECTS:  # "'This is a violation,' he said of Yland's act"
                act = next((o for p in children[verb] if deps[p] == "prep" and view.words[p] == "OF"
                            for o in children[p] if deps[o] == "pobj"), None)
                if act is not None:
                    return judged[0], act, judged[1]
    return None


def _predicates(view, clause: int, words) -> tuple[list[int], int | None]:
    """The predicates of a copular clause (its adjective and noun complements, with their conjuncts) and its
    subject; a speaker's feeling as a passive participle ("was opposed") is its own predicate."""
    deps, children, form = view.deps, view.children, view.words[clause]
    if form in BE_FORMS:
        subject = next((c for c in children[clause] if deps[c] == "nsubj"), None)
        heads = [c for c in children[clause] if deps[c] in PREDICATE_DEPS]
    elif form in words["feeling"] and any(deps[c] == "auxpass" for c in children[clause]):
        subject = next((c for c in children[clause] if deps[c] == "nsubjpass"), None)
        heads = [clause]
    else:
        return [], None
    found = []
    for head in heads:
        found.append(head)
        found.extend(c for c in children[head] if deps[c] == "conj")
    found.extend(c for c in children[clause] if deps[c] == "conj" and view.tags[c].startswith(("NN", "JJ"))
                 and not any(deps[x] == "nsubj" for x in children[c]))  # "was unacceptable and a hostile step"
    return found, subject


def _judgement(view, predicate: int, words) -> tuple[str, str] | None:
    """(code, word) where the predicate evaluates: its own word ("illegal", "a provocation"), an adjective of it
    ("a hostile step", "a positive step"), an adverb of direction of its noun ("a step backwards", "a step
    forward") or the noun of its OF phrase ("an act of aggression")."""
    judgement, deps, children = words["judgement"], view.deps, view.children
    candidates = [predicate] + [c for c in children[predicate] if deps[c] == "amod"
                                or (deps[c] == "advmod" and view.tags[predicate].startswith("NN"))] \
        + [o for p in children[predicate] if deps[p] == "prep" and view.words[p] == "OF"
           for o in children[p] if deps[o] == "pobj"]
    for token in candidates:
        if view.words[token] in judgement:
            return judgement[view.words[token]], view.words[token]
    return None


def named_stance(view, verb: int, words, compounds: bool = False) -> tuple[str, int, str] | None:
    """(code, act head, evaluating word) where a verb of naming names its object so: "called Yland's move a
    provocation", "described Yland's plan as illegal". Not an appeal ("called on Yland to", "called for"): the
    verb has a direct object and no infinitive complement; the evaluating word follows the object, reached from
    the verb through no relative or adverbial clause and no PP of cause or time."""
    deps, children = view.deps, view.children
    if any(deps[c] == "xcomp" for c in children[verb]):
        return None
    judgement = words["judgement"]
    obj = naming_object(view, verb)  # an appeal "on" or "for" has none
    if obj is None:
        return _folded_object(view, verb, judgement) if compounds else None
    end = max(subtree(view, verb))
    for token in range(obj + 1, end + 1):
        if view.words[token] in judgement and view.tags[token].startswith(("NN", "JJ")) \
                and reached_predicate(view, token, verb):
            head = view.heads[token]  # "a historic injustice": the noun judged, not its adjective
            if view.deps[token] == "amod" and view.words[head] in judgement and view.tags[head].startswith("NN"):
                token = head
            return judgement[view.words[token]], obj, view.words[token]
    return _compounded_name(view, obj, judgement) if compounds else None


def _folded_object(view, verb: int, judgement) -> tuple[str, int, str] | None:
    """(code, named head, judging word) where the parser folded the object into its one object predicate ("calling
    the court's ruling absurd": RULING an `amod` of ABSURD, the verb's `oprd`): the predicate judges and its noun
    modifier before it is the thing named. With the switch `pejorative_words`."""
    predicates = [c for c in view.children[verb] if view.deps[c] == "oprd"]
    if len(predicates) != 1 or view.words[predicates[0]] not in judgement:
        return None
    named = [c for c in view.children[predicates[0]] if c < predicates[0] and view.tags[c].startswith("NN")
             and view.deps[c] in ("amod", "compound", "nmod")]
    return (judgement[view.words[predicates[0]]], named[-1], view.words[predicates[0]]) if named else None


def _compounded_name(view, obj: int, judgement) -> tuple[str, int, str] | None:
    """(code, named head, judging noun) where the parser made a bare object predicate the object's head and the
    object its compound ("called the Dutch government fascists": GOVERNMENT a compound of FASCISTS): the judging
    noun's last compound is the thing named. With the switch `pejorative_words` (a person's insult in the plural
    is the usual bare predicate)."""
    if view.words[obj] not in judgement or not view.tags[obj].startswith("NN"):
        return None
    named = [c for c in view.children[obj] if view.deps[c] == "compound" and view.tags[c].startswith("NN")]
    return (judgement[view.words[obj]], named[-1], view.words[obj]) if named else None


def naming_object(view, verb: int) -> int | None:
    """The direct object of the verb of naming `verb` where it has an object predicate after it: its `dobj`, or
    the first of two object predicates (spaCy labels both "Yland's decision" and "a mistake" `oprd` where it first
    read the verb as a relative participle, coder/phenomena/finite_relatives.py)."""
    deps, children = view.deps, view.children
    obj = next((c for c in children[verb] if deps[c] == "dobj"), None)
    predicates = [c for c in children[verb] if deps[c] == "oprd"]
    return obj if obj is not None else (predicates[0] if len(predicates) >= 2 else None)


def reached_predicate(view, token: int, verb: int) -> bool:
    """Whether `token` hangs on `verb` through the links of a predicate only (NAMING_PATH_DEPS)."""
    while token != verb:
        if view.deps[token] not in NAMING_PATH_DEPS or (view.deps[token] == "prep"
                                                        and view.words[token] in CAUSE_PREPOSITIONS):
            return False
        head = view.heads[token]
        if head == token:
            return False
        token = head
    return True


def subtree(view, head: int) -> list[int]:
    """The token `head` and every token under it in the phrase view (in no order)."""
    found, stack = [], [head]
    while stack:
        k = stack.pop()
        found.append(k)
        stack.extend(view.children[k])
    return found


def _act_codes(view, act: int, reader) -> list[str]:
    return [printed_code(code) for code in reader.meaning(view.noun_phrase(act))]


def act_actor(view, act: int, reader, source: str) -> tuple[str, tuple[int, ...]]:
    """The actor the act's noun phrase names, other than the speaker: as the coder reads the phrase, else the first
    actor phrase among its words ("the passage of a U.S. warship")."""
    named = first_actor(reader, [view.noun_phrase(act)], source)
    if named[0]:
        return named
    tokens = sorted(subtree(view, act))
    words = reader.named_words or view.words    # the reader's words: a name word or a common word marked
    for code in reader.scan([words[k] for k in tokens]):
        if other_actor(code, source):
            return other_actor(code, source), tuple(tokens)
    return "", ()


def restated(record, target: str, tokens: tuple[int, ...], code: str, step: str):
    """A statement record read as the stance `code`, aimed at the actor found (`target`, its `tokens`) or, where none
    was found, at the record's own target; None where neither names one (the statement stays as it is)."""
    if not target and not record.target:
        return None
    if target:
        record = replace(record, target=target, target_tokens=tokens)
    return replace(record, code=code, steps=tuple(record.steps) + (step,))

"""A statement attributed by "according to" is its source's statement (profile `communique`, switch
`attributed_statements`; session 25, branch left25).

Wire copy attributes a fact to its source by a preposition instead of a verb of saying: "the economy grew by 2
percent, according to the statistics agency", "turnout was around 40 percent, according to the election
commission". Said with a verb ("the agency said the economy grew ..."), the CAMEO codebook codes it 010 "Make
statement, not specified below" by the speaker, and the coder does (`stated_contents` keeps such a statement when
its content is no event). "According to" has no verb to code, so the sentence had no event. The actor the object
of "according to" names makes a 010 record with no target, which the adapter's `targetless_statements` keeps on its
terms: only where the sentence keeps no other event, below its certainty (a statement never outranks an act). Where the
content is an event ("troops arrested 12 men, according to the news agency"), that event stands and nothing is
added: the attribution is its quote's speaker (quotes.py reads "according to" as a cue of reported speech).

Wire copy also attributes by verbs of saying the dictionary codes nothing (switch `silent_saying`; session 29, the
lead): "the border will reopen on Friday, the minister added", "police reported that the highway was calm", "the
government maintained that the vote had been fair", "the president replied that the contracts would be reviewed",
"the army confirmed that the soldiers had returned" (CONFIRM's null block, and RESPOND's, REACT; session 32).
CAMEO.2.0.txt puts REPORT in the SAY block with its own null code (`REPORT [---]`), ADD in a null block of adding
things (sanctions, names to a list), REPLY and ANSWER in the null block REACT (coded only by a manner: "reacted
sharply" 012), MAINTAIN in a null block of keeping: none is a statement there, so a sentence that says a fact with
one of them had no event. Used as verbs of saying (quotes.reporting_verbs: a verb that only reports speech, with a
content clause of its own), they are what SAY is: the codebook's 010 "Make statement, not specified below" by the
verb's subject, where it names an actor. The record, like the attribution's, has no target and is kept by
`targetless_statements` on its terms (the sentence's only event, below its certainty). A verb the dictionary codes
(SAY, NOTE, STATE ...) is left to its patterns; one with no content clause ("added sanctions") is not speech; a news
medium that reports ("the state news agency reported", CAMEO's MED with no other role) is the news's source, not a
party making a statement, which is what REPORT's null code is for.

Wire copy also names a speaker as quoted by a medium (switch `quoted_as_saying`; session 30, the lead): "the
minister was quoted by Interfax as saying the talks would continue", "Putin was quoted as saying Russia would
respond". CAMEO.2.0.txt codes QUOTE 010 and PETRARCH-2 reads its passive by rule P: the quoted speaker is the
patient, the medium of the BY phrase (or no one) the source, so the sentence was the medium's statement to the
minister, or nothing. The speaker is the passive's subject: the quoted verb of saying ("as saying", "as telling")
is theirs. The passive's record gives way to the speaker's 010 with no target, kept by `targetless_statements` on
its terms as "the minister said ..." is (the sentence's only event; a content that is an event stands). A subject
that is itself a news medium is left alone. The active alike: "Interfax quoted the minister as saying ..." is the
minister's statement, not the agency's to the minister.
"""
from __future__ import annotations

from ...quotes import reporting_verbs
from ..actors.arithmetic import printed_code
from ..codes import to_internal
from ..code_tokens import phrase_tokens, tagged
from ..resolve import Event

ATTRIBUTING_WORD = "ACCORDING"  # "according to X": the preposition's participle, the TO phrase its object
STATEMENT = "010"
STEP = "addition: according to an actor, a statement by that actor with no event in its content (010)"
SILENT_STEP = "addition: a verb of saying the dictionary codes nothing, its subject's statement (silent_saying)"
CONTENT_LINK = "ccomp"  # what a verb of saying says: "added that ...", "..., the minister added"
SUBJECT_LINKS = frozenset({"nsubj"})
QUOTED_STEP = "addition: quoted as saying, the passive's subject's statement (quoted_as_saying)"
QUOTING_FORMS = frozenset({"QUOTED", "CITED", "QUOTES", "CITES"})  # "was quoted by X as saying", "X quoted Y as saying"
SPEAKER_LINKS = frozenset({"nsubjpass", "dobj"})  # the speaker quoted: the passive's subject, the active's object
MEDIA = "MED"  # CAMEO's sector of news media: a medium alone ("MED", "CHNMED") reports, it states nothing


def attribution_statement(view, reader) -> Event | None:
    """The 010 by the actor of the sentence's "according to X", where X names one; None elsewhere."""
    for i in range(view.start, view.end):
        if view.words[i] != ATTRIBUTING_WORD:
            continue
        for to in view.children[i]:
            if view.words[to] != "TO" or view.deps[to] != "prep":
                continue
            for obj in view.children[to]:
                if view.deps[obj] != "pobj":
                    continue
                statement = _statement(view, reader, obj, i, STEP)
                if statement is not None:
                    return statement
    return None


def silent_saying_statement(view, reader, verbs, lemmas) -> Event | None:
    """The 010 by the subject of the sentence's first verb of saying that `verbs` (the VerbDictionary) codes
    nothing and that has a content clause, where the subject names an actor (module docstring); None elsewhere.
    `lemmas`: the document's lower-case lemmas."""
    saying = reporting_verbs()
    for i in range(view.start, view.end):
        if lemmas[i] not in saying or not view.tags[i].startswith("VB") \
                or not any(view.deps[k] == CONTENT_LINK for k in view.children[i]):
            continue
        entry = verbs.lookup(view.words[i], ())
        if entry is not None and entry.active:
            continue  # coded by the dictionary: its patterns decide
        statement = _speaker_statement(view, reader, i, SUBJECT_LINKS, SILENT_STEP)
        if statement is not None:
            return statement
    return None


def quoted_statement(view, reader, lemmas) -> tuple[Event, int] | None:
    """(the 010 by the speaker, the verb of quoting) where the sentence names a speaker quoted as saying something
    ("X was quoted by Y as saying ...", "Y quoted X as saying ..."; module docstring); None elsewhere. `lemmas`: the document's lemmas."""
    saying = reporting_verbs()
    for i in range(view.start, view.end):
        if view.words[i] not in QUOTING_FORMS or not view.tags[i].startswith("VB"):
            continue
        kids = view.children[i]
        if not any(view.words[p] == "AS" and any(lemmas[c] in saying and view.tags[c] == "VBG"
                                                 for c in view.children[p]) for p in kids):
            continue
        statement = _speaker_statement(view, reader, i, SPEAKER_LINKS, QUOTED_STEP)
        if statement is not None:
            return statement, i
    return None


def _speaker_statement(view, reader, verb: int, links: frozenset[str], step: str) -> Event | None:
    """The 010 by the first child of `verb` linked by one of `links` that names an actor other than a news medium
    alone; None where none does."""
    for speaker in view.children[verb]:
        if view.deps[speaker] in links:
            statement = _statement(view, reader, speaker, verb, step)
            if statement is not None and not all(_medium(code) for code in statement.sources):
                return statement
    return None


def _medium(code: str) -> bool:
    """Whether an actor code is a news medium: read as one ("MED", "MEDGOVMED": "the state news agency"), or a country's
    with no other role ("CHNMED"); not a spokesperson ("VNMGOVMED")."""
    printed = printed_code(code)
    return printed.startswith(MEDIA) or printed[3:] == MEDIA


def _statement(view, reader, head: int, verb: int, step: str) -> Event | None:
    """A 010 with no target by the actor the noun phrase of `head` names; None where it names none."""
    np = view.noun_phrase(head)
    codes = [c for c in (reader.meaning(np) or []) if c]
    if not codes:
        return None
    tokens = phrase_tokens([np])
    return Event(tuple(tagged(codes, tokens)), "", to_internal(STATEMENT), verb, None, (step,), tokens, ())

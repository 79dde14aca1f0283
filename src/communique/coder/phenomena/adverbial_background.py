"""An act told only in an adverbial clause of a reported clause whose own verb codes nothing is background to the
statement (profile `communique`, switch `adverbial_background`).

"The coalition lost its majority on Tuesday after two of its lawmakers defected, party officials said"; "Turnout was
below 30 percent after the opposition called for a boycott, the electoral commission said": what the speaker reports
is the main clause (a vote lost, a turnout), which no dictionary codes; the after-, since-, because- or if-clause
tells its background, opened by a subordinator (wire copy's convention, and the wire censuses': "the main clause's event and not its
background clauses"). Without this the statement, addressed to no one, was kept only where the sentence had no other
event (`targetless_statements`), so the background act, the only one left, was the sentence's main event. With the
switch such a sentence keeps its statement too (coder/adapter.py), and the statement ranks above each act told in an
adverbial clause of the clause it reports (coder/prominence.py): the act keeps its code and actors, it is only
ranked below, `RESIDUAL_GAP` under the statement. Where the reported clause's own verb codes an act ("police
arrested 30 people after protesters clashed ..., a spokesman said"), the rule does not apply: that act is the news.

Wire copy puts the background clause after the attribution as often as inside the report ("Inflation will ease in the
second half of the year, the finance minister said on Monday, a day after traders shut their shops in protest"; "The
harvest was the worst in a decade, the minister said, days after farmers blocked roads"): the parser hangs it on the
verb of saying itself,
as an adverbial clause or as a second content clause (`ccomp`) opened by "after", "since", "days after" (session 29,
branch c16read29). It dates the statement, and is background to what is said, as an adverbial clause inside the
report is. (Where the parser reads "said" as a parenthetical of the report's verb, `parataxis`, and hangs the
background clause on that verb, the engine codes no statement at all, and the rule has nothing to rank.)
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from ...nlp import doc_tree

ADVERBIAL_LINK = "advcl"
MARK = "mark"  # a subordinator ("after", "since", "if", "because"): a participle adjunct with none tells a result
REPORTED_LINKS = frozenset({"ccomp", "parataxis"})  # prominence.py's: the clause a verb of saying says
CONTENT_LINK = "ccomp"  # the parser also reads "said, [a day after X ...]" as a second content clause of "said"
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})  # marks that open what is said, not its background


def reporting_verb(doc: Doc, i: int, saying: Iterable[int]) -> int | None:
    """The verb of saying (one of `saying`) whose reported clause token i is told in through an adverbial clause
    of that clause opened by a subordinator ("[the coalition lost its majority [after two lawmakers defected]],
    officials said"), or that dates the saying itself ("..., officials said, [a day after ...]"), or None. A
    participle adjunct with no subordinator ("reopened the crossing, allowing trade") tells the clause's result or
    manner, not its background: it does not count."""
    tree, verbs = doc_tree(doc), frozenset(saying)
    adverbial, seen = False, set()
    while tree.heads[i] != i and i not in seen:
        seen.add(i)
        link, head = tree.dep[i], tree.heads[i]
        opened = (link == ADVERBIAL_LINK and any(tree.dep[k] == MARK for k in tree.children[i])) or (
            link == CONTENT_LINK and any(tree.dep[k] == MARK and doc[k].lower_ not in COMPLEMENTIZERS
                                         for k in tree.children[i]))  # "said, days after ...": read as a ccomp
        if head in verbs:  # "..., the mayor said, [a day after gunmen killed ...]": the clause dates the saying
            return head if opened or (adverbial and link in REPORTED_LINKS) else None
        adverbial = adverbial or opened
        i = head
    return None


def all_adverbial(doc: Doc, triggers: Iterable[int], saying: Iterable[int]) -> bool:
    """Whether every one of `triggers` is told in an adverbial clause of a clause a verb of saying reports."""
    saying = frozenset(saying)
    found = [reporting_verb(doc, i, saying) for i in triggers]
    return bool(found) and all(v is not None for v in found)

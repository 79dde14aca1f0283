"""A coordinated noun phrase read conjunct by conjunct (profile switch `conjunct_actors`), a mix-in of
noun_phrases.NounReader: "the Xland government and Yland rebels" are XLDGOV and YLDREB, where PETRARCH-2 mixes every
agent into every actor; a premodifier is shared only where the grammar shares it ("Xland's army and police").
"""
from __future__ import annotations

from dataclasses import replace

from .arithmetic import mix_codes, split_codes
from .mended_lists import quasi_coordinated, quasi_pp, stranded_members
from ..phrases import NounPhrase, all_words

WORD_TAGS = ("JJ", "NN", "DT")  # the tags of the words a noun phrase's word list keeps (spec §3.1)


class ConjunctReading:
    """The conjunct-by-conjunct steps of NounReader (whose state and scan they use)."""

    def _conjuncts(self, np: NounPhrase) -> list[NounPhrase]:
        """The NPs coordinated with np (the first conjunct holds the chain, phrase_builder.py)."""
        deps = self.view.deps
        found = [n for n in np.nested if deps[n.head] == "conj"]
        if self.lists_mended and deps[np.head] != "conj":  # the list's first member holds it
            found += (quasi_coordinated(self.view, np) if np.pps or deps[np.head].startswith("nsubj") else []) + \
                (stranded_members(self.view, np) if self._stranded_words() else [])
        return found

    def _conjunct_meanings(self, np: NounPhrase, with_theme: bool = True) -> list[str]:
        """Each conjunct's meaning on its own, its own agents with its own actors ("the Xland government and
        Yland rebels": XLDGOV, YLDREB, where PETRARCH-2 mixes every agent into every actor). A later conjunct
        with no actor and no determiner or possessor of its own shares the first conjunct's premodifying
        actors, which the grammar distributes over the coordination ("Xland's army and police": XLDMIL,
        XLDCOP; "the Xland army and the police": the police have none). Modifiers coordinated inside one
        conjunct ("Xland and Yland troops") are that conjunct's words and share its head as before."""
        conjuncts = self._conjuncts(np)
        first = replace(np, nested=[n for n in np.nested if n not in conjuncts],
                        pps=[pp for pp in np.pps if not (self.lists_mended and quasi_pp(self.view, pp))])
        result = list(self._meaning(first, with_theme=with_theme))
        shared: list[str] | None = None
        for conjunct in conjuncts:
            codes = self.meaning(conjunct)
            actors, agents = split_codes(codes)
            if not actors and agents and not self._determined(conjunct):
                if shared is None:
                    shared = self._premodifier_actors(first)
                if shared:
                    codes = mix_codes(agents, shared)
            result.extend(code for code in codes if code not in result)
        causes = self._causes.pop(id(first), []) + [c for n in conjuncts for c in self._causes.get(id(n), [])]
        if causes:  # the set-aside causes of the conjuncts, under the phrase read (`cause_codes`)
            self._causes[id(np)] = causes
        return result

    def _modifier_conjunct(self, np: NounPhrase, positions: list[tuple[int, bool]]
                           ) -> tuple[list[str], list[tuple[int, bool]]]:
        """A coordination the parser put inside the head's modifiers whose first conjunct is a noun phrase
        of its own, an agent with premodifiers of its own ("[the Xland government and Yland] rebels"): that
        conjunct's meaning, and the positions left for the rest ("Yland rebels"). Coordinated bare
        modifiers share the head ("Xland and Yland soldiers", "government and rebel forces"): ([], positions)."""
        view = self.view
        deps = view.deps
        if not any(deps[c] == "conj" for c in np.words):  # no own word is a conjunct: no coordination inside
            return [], positions
        own = set(np.words)
        for m in np.words:
            if m == np.head or not any(view.deps[c] == "conj" and c in own for c in view.children[m]):
                continue
            part = [m]
            for k in part:
                part.extend(c for c in view.children[k] if c in own and view.deps[c] not in ("conj", "cc"))
            if len(part) == 1:
                continue  # a bare word: a coordinated modifier ("government and rebel forces") shares the head
            inside = set(part)
            mine = [(i, kept) for i, kept in positions if i in inside]
            actors, agents = split_codes(self.scan(self._word_list(mine)))
            if agents:
                return mix_codes(agents, actors), [(i, kept) for i, kept in positions if i not in inside]
        return [], positions

    def _determined(self, np: NounPhrase) -> bool:
        """np has a determiner or a possessor of its own: it opens a noun phrase of its own."""
        view = self.view
        return any(view.deps[i] in ("det", "poss") for i in view.children[np.head]) or any(
            view.deps[n.head] == "poss" for n in np.nested)

    def _premodifier_actors(self, np: NounPhrase) -> list[str]:
        """The actor codes of the words before np's head and of its possessor ("the Xland", "Xland's")."""
        positions = [(i, self.view.tags[i].startswith(WORD_TAGS)) for i in np.words if i < np.head]
        deps = self.view.deps
        for nested in np.nested:
            if deps[nested.head] == "poss":
                found: list[int] = []
                all_words(nested, found)
                positions.extend((i, self.view.tags[i].startswith(WORD_TAGS)) for i in found)
        return split_codes(self.scan(self._word_list(positions)))[0]

"""A participle of addressing an audience, hung by the parse on a clause below the main verb, is no content of that
clause (profile `communique`, switch `address_participles`; session 34, branch wsweep34).

Wire copy ends a sentence that reports an act in words with where and to whom it was done: "The Kenyan president
promised on Monday to hold a referendum next year, addressing supporters at a rally in Nairobi", "The Iraqi prime
minister urged the Kurdish leaders to cancel the referendum, addressing parliament in Baghdad", "Iran threatened to
resume enrichment, speaking at a ceremony in Tehran". The detached present participle (spaCy `advcl`, a VBG right
after a comma, with no subject, auxiliary or subordinator of its own) of a verb of addressing an audience or a medium
(data/coder_address_participles.tsv: speaking, addressing, telling, ...) is a circumstance of the main clause's act,
its subject the main clause's (Quirk et al. 1985, 15.58-15.61). The parser often hangs it on the nearest verb, the
infinitive or the reported clause below the main verb ("hold", "cancel", "resume"); PETRARCH-2 then reads the
participle's statement (SPEAK, ADDRESS: 010, with the audience as its target) as that clause's content, and rule F
flattens the promise, the appeal or the threat above into a statement to the audience: the act was lost. With the
switch such a participle is left out of the complements of a clause that is not the sentence's main clause and has
no subject of its own (an infinitive, a gerund or a conjunct sharing the main clause's subject), so the act is built
as if the participle were not there ("promised to hold a referendum": an intent). A reported clause with a subject
of its own ("said the talks would resume next month, speaking to reporters") is left to PETRARCH-2's composition
of a statement and its content, which this switch does not judge. A participle hung on the main verb itself ("rejected the quotas, addressing parliament") is left where PETRARCH-2 reads it, and
so are participles of saying with a content (saying, adding: switches participle_grounds, stance_grounds), of
other verbs (an act of their own: "..., killing two"), and with a subject of their own.
`petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words

ADDRESS_PARTICIPLES_FILE = "coder_address_participles.tsv"
MAIN_CLAUSE = "ROOT"
OWN_CLAUSE_LINKS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark", "aux", "auxpass"})


@lru_cache(maxsize=1)
def address_participle_forms() -> frozenset[str]:
    """The -ing forms of data/coder_address_participles.tsv."""
    return upper_words(ADDRESS_PARTICIPLES_FILE, "the coder's participles of addressing an audience")


def address_participle(view, verb: int) -> bool:
    """Whether token `verb` is a detached participle of addressing an audience: an adverbial VBG of the table, right
    after a comma and after its head, with no subject, auxiliary or subordinator of its own."""
    return (view.deps[verb] == "advcl" and view.tags[verb] == "VBG" and view.words[verb] in address_participle_forms()
            and verb > view.start and view.words[verb - 1] == "," and view.heads[verb] < verb
            and not any(view.deps[k] in OWN_CLAUSE_LINKS for k in view.children[verb]))


def without_address_participles(view, clause, complements: list) -> list:
    """The complements of `clause` less its detached participles of addressing an audience, where `clause` is not
    the sentence's main clause and has no subject of its own, an infinitive, a gerund or a conjunct that shares the
    main clause's subject (the participle belongs to the main clause's act: module docstring)."""
    if view.deps[clause.verb] == MAIN_CLAUSE or clause.subjects:
        return complements
    return [c for c in complements if not address_participle(view, c.verb)]

"""A year that dates a clause below the news, not the news (profile `communique`, switch `year_modifiers`; session
30, branch c17read30).

PETRARCH-2's discard list (Phoenix.discards.txt) drops every sentence holding a year from 1914 to 2013, so that a
story of the past is not coded as today's news. `year_modifiers` (coder/sentence.py `_without_descriptions`) already
keeps a sentence whose year only dates a noun ("over the 2013 sit-in"). Wire copy also dates what a clause below the
main one tells: the content of a denial, a participle's grounds, an infinitive ("the company denied financing the
group in 2013", "..., saying its subsidiary paid armed groups to keep the plant running in 2013 and 2014"). The year
dates that lower clause; the news is the main clause, told now. So a year (or a preposition whose object is one)
on a verb that is neither the sentence's root nor one of the root's conjuncts does not discard the sentence, where
the root is no plain verb of saying (quotes.reporting_verbs: "say", "tell", "add"): under those, the dated clause is
what is reported, the past told as such ("Rebels attacked the town in 2013, the ministry said" is still discarded),
as is a year on the root itself ("ousted the president in 2013")."""
from __future__ import annotations

CLAUSE_POS = frozenset({"VERB", "AUX"})


def dates_a_lower_clause(token, is_year) -> bool:
    """Whether `token` is a year, or a preposition whose object is one, that dates a verb below the sentence's root,
    the root no plain verb of saying (module docstring); `is_year` tells a discard year."""
    from ...quotes import reporting_verbs

    if is_year(token):
        if token.dep_ in ("pobj", "conj"):
            return False  # read at its preposition (its conjuncts go with it)
    elif not (token.dep_ == "prep" and any(is_year(c) for c in token.children if c.dep_ == "pobj")):
        return False
    verb = token.head
    if verb.i == token.i or verb.pos_ not in CLAUSE_POS:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return False
    root = token.sent.root
    return root.lemma_.lower() not in reporting_verbs()

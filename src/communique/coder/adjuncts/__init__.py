"""Adjuncts: the phrases and clauses that tell when, where or with whose help an act happened, not who does it
or to whom. PETRARCH-2 reads any PP or clause under a verb as a possible pattern element or participant; the
`communique` profile's switches leave these out where they would give a false code or actor:

| adjunct | module | switches |
|---|---|---|
| a PP of time ("on Friday", "for three days") filling a pattern's bare preposition | `times.py` | `time_pps` |
| an adverbial clause of a past event ("..., hours after police arrested his deputy") read as the verb's content | `clauses.py` | `time_clauses` |
| a PP of place over a border noun, a helper ("with Zland's help"), places inside a PP of time | `places.py` | `place_pps`, `helper_pps` |
"""

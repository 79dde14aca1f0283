"""Actor reading the PETRARCH-2 way (spec §2.3-2.5, §3): the actor, agent and discard dictionaries, and the actor
codes a noun phrase of the phrase view names.

| step | module |
|---|---|
| the Phoenix actor and agent files (dated codes), compiled once and cached | `dictionary.py` |
| discard phrases: sentences and stories not to code | `discards.py` |
| a noun phrase's actor codes: longest match, fallbacks into inner phrases, agents, conjuncts, appositions | `noun_phrases.py` (`NounReader`) |
| the arithmetic of actor codes: an agent with an actor (spec §3.5) | `arithmetic.py` |
| lists joined by "along with" or broken by an inserted phrase (switch `broken_lists`) | `mended_lists.py` |
| a country word that is a word of a person's name ("Chad Smith") names no country (switch `person_names`) | `person_names.py` |
| a one-word actor phrase written in lower case is the common word ("marches", "a male suspect"), not the name (switch `common_words`) | `common_words.py` |
| a complement's subject a possessive pronoun determines, read as the speaker's ("said her country would ...") (switch `possessive_antecedents`) | `possessors.py` |
"""

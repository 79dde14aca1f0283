"""A clause's verb matched against the verb dictionary's pattern trie (spec §4.4), once per verb and kept.

Mixed into compose.Composer, whose switches (composer_switches.py), view, verbs, reader, match and match memo it
reads. The match is PETRARCH-2's (match.py) on the verb as written; the profile `communique` first looks a
hyphenated word up whole, reads a refiled verb as the block it belongs to (`refiled_verbs`), finds a dictionary
entry under an English inflection or a British spelling (`english_inflections`, `silent_verbs`), offers a
partitive's object as the object (`partitive_objects`), and keeps the subject's and the object's words as actors
where a pattern named them only to choose the code (`subject_words`, `object_words`).
"""
from __future__ import annotations

from dataclasses import replace

from .actors.object_words import kept_object_words
from .additions import carried_cargo, partitive_heads
from .partitive_objects import kept_partitive_words, with_partitive_objects
from .phenomena.refiled_verbs import refiled_forms
from .phenomena.silent_verbs import dictionary_stem, spelling_variants
from .phrases import Clause


class VerbMatches:
    """The verb-matching steps of `compose.Composer`."""

    def _verb_match(self, cl: Clause):
        m = self._matches.get(cl.verb)
        if m is None:
            if self.refiled_verbs and cl.form in refiled_forms():  # "dispatched": read as SEND (refiled_verbs.py)
                cl = replace(cl, form=refiled_forms()[cl.form])
            m = self._hyphenated_match(cl)
            if m is None:
                m = self.matched_clause(cl)
            spelled = None
            if self.english_inflections and not m.entry_found:  # "launches": the dictionary has LAUNCHS
                spelled = dictionary_stem(cl.form, self.verbs)
            if self.silent_verbs and not m.entry_found and spelled is None:  # "finalised": FINALIZED
                spelled = next((f for f in spelling_variants(cl.form) if self.verbs.lookup(f, tuple(cl.particles))), None)
            if spelled is not None:
                m = self.matched_clause(replace(cl, form=spelled))
            self._matches[cl.verb] = m
            consumed = m.consumed
            if self.subject_words:  # "the army attacked": `&MILITARY *` chose the code; the army is still the actor
                consumed = consumed - {i for np in cl.subjects for i in np.words}
            if self.object_words and consumed:  # "killed a demonstrator": `- * DEMONSTRATOR` chose the code
                entry = self.verbs.lookup(cl.form, tuple(cl.particles))  # the verb's own (actors/object_words.py)
                consumed = consumed - kept_object_words(self.reader, self.verbs, cl, consumed, m.code, entry)
            self.reader.consumed.update(consumed)
            self.reader.wildcard.update(m.wildcard)
        return m

    def matched_clause(self, cl: Clause):
        """The clause's verb matched against its pattern trie with the profile's matcher settings (match.py)."""
        offered = with_partitive_objects(cl, self.view) if self.partitive_objects else cl
        m = self.match(offered, self.view, self.verbs, fix_quirks=self.fix_quirks, partitives=self.partitives(),
                       cargo=carried_cargo() if self.carried_cargo else None)
        # "signed a series of agreements": the agreements chose the pattern, the object is read as before
        return kept_partitive_words(m, cl, offered)

    def _hyphenated_match(self, cl: Clause):
        """A verb ending a hyphenated word ("re-arrested", "tear-gassed") looked up whole, as PETRARCH's tokenizer
        keeps it; None where the dictionary has no such word, or (switch `hyphenated_verb_parts`) where the word
        gives no code, so that its last part is read instead ("re-open its borders" is OPEN's)."""
        whole = self.view.hyphenated_word(cl.verb)
        if whole is None or not self.verbs.lookup(whole, tuple(cl.particles)):
            return None
        m = self.matched_clause(replace(cl, form=whole))
        return None if self.hyphenated_verb_parts and not m.code else m

    def partitives(self) -> frozenset[str]:
        """The partitive nouns whose OF object is a subject candidate (`partitive_subjects`), else none."""
        if not self.partitive_subjects:
            return frozenset()
        return partitive_heads()

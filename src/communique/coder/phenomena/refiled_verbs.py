"""A verb CAMEO.2.0.txt files in a block whose patterns were written for another sense is read as the verb whose
block holds its sense (switch `refiled_verbs`; data/coder_refiled_verbs.tsv): DISPATCH sits with EXPORT and DISMISS,
whose `- * (TO) [061]` made "dispatched troops to Yland" trade; it is read as SEND, whose block codes troops sent
(154), envoys (042) and relief (073). PETRARCH-2 shares a block's patterns among all its verbs (spec §2.2); this
is the case where the sharing gives a verb another verb's sense.

Session 31: a verb of telling given an addressee and an infinitive ("told Yland to withdraw its troops", "instructed
the ministry to draft a law") directs the addressee to act, ORDER's sense (data/coder_refiled_directives.tsv); TELL
sits with SAY (010) and INSTRUCT with BRIEF (no code), their senses with a content clause or a topic ("told reporters
that ...", "instructed recruits"), which keep their blocks: `directive_form(view, cl)`."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_refiled_verbs.tsv"
DIRECTIVES = "coder_refiled_directives.tsv"


@lru_cache(maxsize=1)
def refiled_forms() -> dict[str, str]:
    """Verb form -> the form it is read as (data/coder_refiled_verbs.tsv)."""
    return _forms(TABLE)


@lru_cache(maxsize=1)
def directive_forms() -> dict[str, str]:
    """Verb form of telling -> the form of ORDER it is read as with an addressee and an infinitive
    (data/coder_refiled_directives.tsv)."""
    return _forms(DIRECTIVES)


def directive_form(view, cl) -> str | None:
    """The form of ORDER a clause's verb of telling is read as, where it has an object (the addressee) and an
    infinitive complement with no subject of its own ("told Yland to withdraw"); None elsewhere ("told reporters that
    the talks would resume", "told Yland about the plan")."""
    form = directive_forms().get(cl.form)
    if form is None or not cl.objects or cl.passive:
        return None
    for complement in cl.complements:
        verb = complement.verb
        if view.tags[verb] == "VB" and not complement.subjects and any(
                view.deps[c] == "aux" and view.words[c] == "TO" for c in view.children[verb]):
            return form
    return None


def _forms(name: str) -> dict[str, str]:
    path = data_path(name)
    table: dict[str, str] = {}
    for n, parts in tsv_rows(path, "the coder's refiled verbs"):
        if len(parts) != 3 or not parts[0].isupper() or not parts[1].isupper():
            raise DataFileError(f"{path} line {n}: expected 'FORM<TAB>FORM<TAB>why'.")
        table[parts[0]] = parts[1]
    return table

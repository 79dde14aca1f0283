"""A verb CAMEO.2.0.txt files in a block whose patterns were written for another sense is read as the verb whose
block holds its sense (switch `refiled_verbs`; data/coder_refiled_verbs.tsv): DISPATCH sits with EXPORT and DISMISS,
whose `- * (TO) [061]` made "dispatched troops to Yland" trade; it is read as SEND, whose block codes troops sent
(154), envoys (042) and relief (073). PETRARCH-2 shares a block's patterns among all its verbs (spec §2.2); this
is the case where the sharing gives a verb another verb's sense."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_refiled_verbs.tsv"


@lru_cache(maxsize=1)
def refiled_forms() -> dict[str, str]:
    """Verb form -> the form it is read as (data/coder_refiled_verbs.tsv)."""
    path = data_path(TABLE)
    table: dict[str, str] = {}
    for n, parts in tsv_rows(path, "the coder's refiled verbs"):
        if len(parts) != 3 or not parts[0].isupper() or not parts[1].isupper():
            raise DataFileError(f"{path} line {n}: expected 'FORM<TAB>FORM<TAB>why'.")
        table[parts[0]] = parts[1]
    return table

"""A speaker's concern over another actor's act is disapproval (profile `communique`, switch `conduct_concerns`;
data/coder_conduct_concerns.tsv; read by coder/phenomena/stance_complements.py).

"Germany said it was deeply concerned about Turkey's detention of journalists", "the EU said it was alarmed by
Hungary's new law", "expressed concern over Yland's deployment": the CAMEO codebook files a speaker's disapproval of
another's act under 110 "Disapprove" (PLOVER DISAPPROVE), where PETRARCH-2 codes EXPRESS * CONCERN 012 (a
pessimistic comment) and the stance words (data/coder_stance_words.tsv) hold no word of concern. With the switch, the
words of concern join the stance reader's feelings ("said it was concerned about ...") and its nouns of a feeling
expressed ("expressed concern over ..."), so a concern is read as the readings of stance_complements.py read
"disappointed by" and "regret over": disapproval only where the act's phrase names an actor of another side; a
concern over no actor's act ("concerned about the weather") stays the pessimistic comment."""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_conduct_concerns.tsv"
KINDS = ("feeling", "regret")


@lru_cache(maxsize=1)
def concern_words() -> dict[str, dict[str, str]]:
    """kind -> {WORD: CAMEO code} of data/coder_conduct_concerns.tsv."""
    path = data_path(TABLE)
    found: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's words of concern", 3, header={"kind"}):
        kind, word, code = fields
        if kind not in KINDS or not word.isupper() or not code.isdigit():
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD<TAB>CAMEO code' (kind one of "
                                f"{', '.join(KINDS)}).")
        found[kind][word] = code
    return found


def with_concerns(words: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The stance words `words` (kind -> {WORD: code}) with the words of concern among the feelings and the nouns
    of a feeling expressed; a word the stance words already hold keeps its code there."""
    concerns = concern_words()
    return {**words, **{kind: {**concerns[kind], **words[kind]} for kind in KINDS}}

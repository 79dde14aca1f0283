"""Coreference inside one document (resolve/coreference.py), on texts of our own."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_pronoun_takes_the_nearest_person_even_after_earlier_links(nlp):
    # "She" is linked to Omamo first; "he" must then find Ruto, named after her, not the earlier link
    from communique.pipeline import extract_text

    doc = extract_text("Kenyan Foreign Minister Raychelle Omamo met her Ugandan counterpart on Monday. "
                       "She said the talks went well.\n\n"
                       "“We will cooperate with Uganda,” President William Ruto told reporters on Tuesday. "
                       "“Our priority is peace,” he said.", "2020-01-08")
    last = max((q for q in doc.quotes if q.kind == "direct"), key=lambda q: q.start)
    assert last.speaker is not None and last.speaker.name == "William Ruto", last.speaker

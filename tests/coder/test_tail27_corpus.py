"""The corpus of branch tail27 (tests/fixtures/tail27_corpus.tsv, written for it): readiness to consider
(`considered_options`), laws amended and taxes abolished (`additions`), statements over acts told in adverbial clauses (`adverbial_background`) and tallies (`figure_pps`). Only the named
losses stay (docs/evaluation.md, "tail27"); 25 of 58 were right before the branch, 38 after."""
from __future__ import annotations

from fixture_tables import fixture_rows, main_class_misses

# still lost, and why: a law's provision under a modal with a generic subject coded as a sanction (7); a
# considered option with a code of its own composed by CONSIDER's patterns; a government speaker's future agentless
# passive, its act with no source (announced_passives, taken back); REMOVE's code read as a threat; an election
# "would be held" (HOLD's 0341, the dictionary's); background clauses with no speaker named or a passive
# main clause coded; an appositive participle the parser reads as the main verb (3); a tally with a PP of measure
# before the participle; a constitution amended (the dictionary's 0344) with a purpose clause's ban
LOST = ("Under the new law", "Drivers who use", "Under Denmark's ban", "Organisers of unauthorised",
        "Journalists found guilty", "Under the bill", "Anyone who refuses", "The Thai government is considering",
        "The Indian finance minister", "The Malawian president", "The Slovak prime minister", "Romania's justice",
        "The Kenyan interior minister", "The streets of Harare", "The vote on the budget",
        "Imran Khan", "Abiy Ahmed", "Andrej Babis", "Kenya's Supreme Court", "Hungary's parliament amended",
        # session 37 (c24read37), an interaction: judicial_findings reads a court that strikes down a decree as its
        # finding that the decree is unlawful (116, the PLOVER manual's SANCTION mode convict, "find an entity or
        # behavior ... unconstitutional"), where this corpus labelled the ruling a statement (010)
        "The Constitutional Court of Colombia", "A federal judge in Hawaii",
        # session 42, the adding path (learned_arbiter): where the coder's main reading is weak but of the right
        # class (a statement 010, an intent's 040, readiness to consider 014 at 0.75), the sentence-class head,
        # reading the topic ("consider hosting a base", "sanctions", "subsidies cut"), adds another class's event
        # ranked first, the coder's event kept; a trade leave-one-census-out figures chose (wire censuses 8-29 left
        # out, 0.763 -> 0.787). Sparing the coder's specific codes (014) was tried by the lead: 0.787 -> 0.786, and
        # a control of the adding sweep lost; not kept (docs/evaluation.md, "Session 42's end")
        "Poland is ready to consider", "Colombia's president said on Monday he was willing",
        "The European Union stands ready", "Kenya's opposition leader said he was prepared",
        "Argentina's president said fuel subsidies", "Bread prices rose")


def test_the_corpus_keeps_only_its_named_losses(nlp):
    rows = fixture_rows("tail27_corpus.tsv")[1:]
    assert len(rows) == 58
    wrong = main_class_misses(rows)
    assert [text for text in wrong if not text.startswith(LOST)] == []
    assert len(wrong) <= len(LOST)

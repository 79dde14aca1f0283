"""coder/actors/dictionary.py and coder/actors/discards.py: PETRARCH-2's actor, agent and discard files."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.coder.actors.dictionary import (ActorDictionaryError, load_actor_dictionary,
                                                read_actor_dictionary)
from communique.coder.actors.discards import Discards, read_discards

D = dt.date

ACTORS = """\
# a toy actor file
XLAND_  [XLD]
+XLANDIAN
+REPUBLIC_OF_XLAND
YLAND [YLD]
JOHN_DOE_
\t[XLDGOV 20100101-20150101]
\t[XLDOPP >20150101]
\t[XLDELI]
JANE_ROE  <!-- an HTML comment -->
\t[YLDGOV 100101-150101]   # YYMMDD
\t[YLDOPP <950101]
\t[YLDREB 990101]
NO_CODE_MAN
ZLAND [ZLD]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def actors(tmp_path, text=ACTORS, **kw):
    return read_actor_dictionary([write(tmp_path, "toy.actors.txt", text)], **kw)


# ---- actors ------------------------------------------------------------------------------------

def test_primary_and_synonyms_share_the_record_codes(tmp_path):
    d = actors(tmp_path)
    assert d.longest_actor(["XLAND"], 0, None) == ("XLD", 1)
    assert d.longest_actor(["XLANDIAN"], 0, None) == ("XLD", 1)
    assert d.longest_actor(["THE", "REPUBLIC", "OF", "XLAND", "SAID"], 1, None) == ("XLD", 3)


@pytest.mark.parametrize("date, code", [(D(2012, 5, 5), "XLDGOV"), (D(2016, 5, 5), "XLDOPP"), (D(2005, 5, 5), "XLDELI"),
                                        (D(2010, 1, 1), "XLDGOV"), (D(2015, 1, 1), "XLDOPP")])
def test_spec_e8_dated_codes_first_satisfied_entry_wins(tmp_path, date, code):
    d = actors(tmp_path)
    assert d.longest_actor(["JOHN", "DOE", "MET", "YLAND"], 0, date) == (code, 2)


def test_an_undated_entry_placed_first_shadows_the_rest_in_petrarch2(tmp_path):
    d = actors(tmp_path, "JOHN_DOE\n\t[XLDELI]\n\t[XLDGOV 20100101-20150101]\nEND [END]\n", petrarch_quirks=True)
    assert d.longest_actor(["JOHN", "DOE"], 0, D(2012, 5, 5)) == ("XLDELI", 2)


def test_without_the_quirk_an_undated_entry_is_the_fallback_of_the_dated_ones(tmp_path):
    # two records share a synonym: the first's undated code must not hide the second's dated one
    text = ("JOHN_DOE_SENIOR\n+PRESIDENT_DOE\n\t[XLDGOV 19900101-19950101]\n\t[XLDELI]\n"
            "JOHN_DOE_JUNIOR\n+PRESIDENT_DOE\n\t[XLDGOV 20100101-20150101]\n\t[XLDOPP]\nEND [END]\n")
    fixed, quirky = actors(tmp_path, text), actors(tmp_path, text, petrarch_quirks=True)
    words = ["PRESIDENT", "DOE"]
    assert fixed.longest_actor(words, 0, D(2012, 5, 5)) == ("XLDGOV", 2)
    assert quirky.longest_actor(words, 0, D(2012, 5, 5)) == ("XLDELI", 2)
    for d in (fixed, quirky):
        assert d.longest_actor(words, 0, D(1992, 5, 5)) == ("XLDGOV", 2)
        assert d.longest_actor(words, 0, D(2001, 5, 5)) == ("XLDELI", 2)   # no date fits: the first undated
        assert d.longest_actor(words, 0, None) == ("XLDELI", 2)
    # within one record file order stays: an undated code written first shadows the record's dated ones
    single = actors(tmp_path, "XLAND [XLD]\n\t[XLDOLD <19920101]\n\t[XLDMID 19920101-20060101]\nEND [END]\n")
    assert single.longest_actor(["XLAND"], 0, D(2000, 1, 1)) == ("XLD", 1)


@pytest.mark.parametrize("date, code", [(D(2012, 1, 1), "YLDGOV"), (D(1990, 1, 1), "YLDOPP"),
                                        (D(1998, 1, 1), ""), (D(2001, 1, 1), "YLDREB")])
def test_short_dates_before_and_bare_restrictions(tmp_path, date, code):
    d = actors(tmp_path)
    assert d.longest_actor(["JANE", "ROE"], 0, date) == (code, 2)


def test_bare_date_quirk_is_always_satisfied(tmp_path):
    d = actors(tmp_path, petrarch_quirks=True)
    assert d.longest_actor(["JANE", "ROE"], 0, D(1998, 1, 1)) == ("YLDREB", 2)


def test_a_dated_actor_with_no_fitting_date_consumes_its_words_with_an_empty_code(tmp_path):
    d = actors(tmp_path, "JOHN_DOE\n\t[XLDGOV 20100101-20150101]\nEND [END]\n")
    assert d.longest_actor(["JOHN", "DOE", "SAID"], 0, D(2001, 1, 1)) == ("", 2)


def test_a_phrase_without_codes_does_not_match_and_the_search_backs_off(tmp_path):
    d = actors(tmp_path, "NEW\t[NEW]\nNEW_XLAND_CITY\nEND [END]\n")
    assert d.longest_actor(["NEW", "XLAND", "CITY"], 0, None) == ("NEW", 1)
    assert d.longest_actor(["NO", "CODE", "MAN"], 0, None) is None


def test_longest_match_wins(tmp_path):
    d = actors(tmp_path, "XLAND [XLD]\nXLAND_ARMY [XLDMIL]\nEND [END]\n")
    assert d.longest_actor(["XLAND", "ARMY", "UNITS"], 0, None) == ("XLDMIL", 2)
    assert d.longest_actor(["XLAND", "NAVY"], 0, None) == ("XLD", 1)


def test_duplicate_phrases_append_so_earlier_files_come_first(tmp_path):
    first = write(tmp_path, "a.txt", "XLAND\n\t[XLDGOV >20200101]\nEND [END]\n")
    second = write(tmp_path, "b.txt", "XLAND [XLD]\nEND [END]\n")
    d = read_actor_dictionary([first, second])
    assert d.longest_actor(["XLAND"], 0, D(2021, 1, 1)) == ("XLDGOV", 1)
    assert d.longest_actor(["XLAND"], 0, D(2019, 1, 1)) == ("XLD", 1)


def test_last_record_of_each_file_is_lost_only_with_the_quirk_flag(tmp_path):
    path = write(tmp_path, "a.txt", ACTORS)
    assert read_actor_dictionary([path]).longest_actor(["ZLAND"], 0, None) == ("ZLD", 1)
    assert read_actor_dictionary([path], petrarch_quirks=True).longest_actor(["ZLAND"], 0, None) is None
    assert read_actor_dictionary([path], petrarch_quirks=True).longest_actor(["YLAND"], 0, None) == ("YLD", 1)


@pytest.mark.parametrize("text", ["\t[XLD]\nXLAND [XLD]\n", "XLAND\n\t[XLDGOV 2010-2015]\n", "+XLANDIAN\n",
                                  "XLAND [XLD\n"])
def test_errors_in_a_user_actor_file_name_file_and_line(tmp_path, text):
    with pytest.raises(ActorDictionaryError, match=r"toy.actors.txt, line [12]"):
        actors(tmp_path, text)


# ---- agents ------------------------------------------------------------------------------------

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP]
SOLDIER [~MIL]
ARMY [~MIL]
BUS [~BUS]
MINISTRY_  [~GOV]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
SPOKES!PERSON! [~MED]
FOREIGN_MINISTER [~GOVx]
FOREIGN_MINISTER [~GOV]
PEACEKEEPING_TROOPS {} [IGO~]
ISLAMIC_EXTREMIST
"""


def agents(tmp_path):
    return read_actor_dictionary([], agent_paths=[write(tmp_path, "toy.agents.txt", AGENTS)])


@pytest.mark.parametrize("phrase, code", [
    ("POLICE", "~COP"), ("SOLDIER", "~MIL"), ("SOLDIERS", "~MIL"), ("ARMIES", "~MIL"), ("BUSES", "~BUS"),
    ("MINISTRY", "~GOV"), ("MINISTRIES", "~GOV"), ("CHAMBER OF COMMERCE", "~BUS"), ("CHAMBERS OF COMMERCE", "~BUS"),
    ("SPOKESMAN", "~MED"), ("SPOKESMEN", "~MED"), ("SPOKESWOMAN", "~MED"), ("FOREIGN MINISTER", "~GOV"),
    ("PEACEKEEPING TROOPS", "IGO~"),
])
def test_agent_phrases_plurals_markers_and_overwrites(tmp_path, phrase, code):
    words = phrase.split()
    assert agents(tmp_path).longest_agent(words, 0) == (code, len(words))


@pytest.mark.parametrize("phrase", ["POLICES", "SPOKESMANS", "CHAMBER OF COMMERCES", "ISLAMIC EXTREMIST",
                                    "SPOKESWOMEN", "PEACEKEEPING TROOPSES"])
def test_no_agent_for_suppressed_plurals_and_phrases_without_code(tmp_path, phrase):
    assert agents(tmp_path).longest_agent(phrase.split(), 0) is None


# ---- discards ----------------------------------------------------------------------------------

DISCARDS = ["# comment", "SILVER MEDAL", "+WORLD GOLF CHAMPIONSHIPS  # story", "YEARS LATER_", "CHAMPION"]


@pytest.mark.parametrize("text, kind", [
    ("Xland won the silver medal in Paris.", "sentence"),
    ("Xland won the silver medal", "sentence"),                    # phrase ending on the last token
    ("Xland won the SILVER MEDAL, again", None),                    # punctuation stuck to a word
    ("The World Golf Championships opened", "story"),
    ("Two years later Xland attacked", "sentence"),                 # trailing _ means whole word
    ("the silver silver medal winner", "sentence"),                 # restart after a failed partial match
    ("Xland attacked Yland", None),
])
def test_discards_whole_tokens(text, kind):
    assert read_discards(DISCARDS, Discards()).check(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Xland won the silver medal in Paris.", "sentence"),
    ("Xland won the silver medal", None),                            # last token: missed
    ("Two years later Xland attacked", None),                        # YEARS LATER_ keeps its underscore
    ("the silver silver medal winner", None),                        # no retry of the failed token
    ("The World Golf Championships opened", "story"),
])
def test_discards_as_shipped_with_the_quirk_flag(text, kind):
    assert read_discards(DISCARDS, Discards(petrarch_quirks=True)).check(text) == kind


def test_story_and_sentence_helpers():
    discards = read_discards(DISCARDS, Discards())
    assert discards.story_discarded("The World Golf Championships opened")
    assert discards.sentence_discarded("The World Golf Championships opened")
    assert discards.sentence_discarded("A champion spoke") and not discards.story_discarded("A champion spoke")


# ---- the real Phoenix files --------------------------------------------------------------------

def test_real_files_dated_politician():
    d = load_actor_dictionary()
    words = ["RECEP", "TAYYIP", "ERDOGAN", "SAID"]
    assert d.longest_actor(words, 0, D(1999, 6, 1)) == ("TURELI", 3)
    assert d.longest_actor(words, 0, D(2005, 6, 1)) == ("TURGOV", 3)
    assert d.longest_actor(["BARACK", "OBAMA"], 0, D(2010, 6, 1)) == ("USAGOV", 2)
    assert d.longest_actor(["BARACK", "OBAMA"], 0, D(2005, 6, 1)) == ("", 2)


def test_real_files_president_bush_by_profile():
    # PRESIDENT_BUSH is a synonym of both Bushes; the elder's record, first in the file, ends undated
    words = ["PRESIDENT", "BUSH", "SAID"]
    quirky, fixed = load_actor_dictionary(petrarch_quirks=True), load_actor_dictionary()
    assert quirky.longest_actor(words, 0, D(2008, 6, 1)) == ("USAELI", 2)   # PETRARCH-2 (spec §2.3)
    assert fixed.longest_actor(words, 0, D(2008, 6, 1)) == ("USAGOV", 2)    # the younger Bush's term
    for d in (quirky, fixed):
        assert d.longest_actor(words, 0, D(1990, 6, 1)) == ("USAGOV", 2)
        assert d.longest_actor(words, 0, D(2012, 6, 1)) == ("USAELI", 2)
        assert d.longest_actor(["SERBIA"], 0, D(2000, 6, 1)) == ("SRB", 1)   # [SRB] precedes its dated codes



DUPLICATES = """\
XLAND_ARMY_
+PEOPLES_DEFENCE_FORCE
\t[XLDMIL]
JOHN_DOE_SENIOR
+PRESIDENT_DOE
+THE_DOE_GOVERNMENT
\t[XLDGOV 19890101-19930101]
\t[XLDELI]
JOHN_DOE_JUNIOR
+PRESIDENT_DOE
+PRESIDENT_DOE_
+THE_DOE_GOVERNMENT
\t[XLDELI 19500101-20010101]
\t[XLDGOV 20010101-20090101]
\t[XLDELI]
MARY_ROE
+PRESIDENT_ROE
\t[YLDGOV 20050101-20090101]
YLAND_FRONT
+PEOPLES_DEFENCE_FORCE
\t[YLDREB]
JANE_ROE
+PRESIDENT_ROE
\t[YLDOPP >20150101]
END_OF_FILE [EOF]
"""
LATER_FILE = "ZLAND_GROUP\n+PEOPLES_DEFENCE_FORCE\n\t[ZLDREB]\nLAST_ONE [LST]\n"


@pytest.mark.parametrize("words, date, petrarch2, communique", [
    ("PRESIDENT DOE", D(1990, 6, 1), "XLDGOV", "XLDGOV"),    # the senior's term: his dated entry comes first
    ("PRESIDENT DOE", D(2004, 6, 1), "XLDELI", "XLDGOV"),    # the junior's term: the senior's undated entry shadows
    ("PRESIDENT DOE", D(2012, 6, 1), "XLDELI", "XLDELI"),
    ("PRESIDENT DOE", None, "XLDELI", "XLDELI"),
    ("THE DOE GOVERNMENT", D(2004, 6, 1), "XLDELI", "XLDGOV"),
    ("JOHN DOE JUNIOR", D(2004, 6, 1), "XLDGOV", "XLDGOV"),  # a phrase of one record only: nothing changes
    ("PEOPLES DEFENCE FORCE", D(2010, 6, 1), "XLDMIL", "XLDMIL"),   # an earlier record (and file) comes first
    ("XLAND ARMY", D(2010, 6, 1), "XLDMIL", "XLDMIL"),
    ("PRESIDENT ROE", D(2007, 6, 1), "YLDGOV", "YLDGOV"),    # the later record's entries do not hide the earlier's
    ("PRESIDENT ROE", D(2016, 6, 1), "YLDOPP", "YLDOPP"),    # nor the earlier's the later's, when none is undated
])
def test_a_phrase_two_records_list_appends_their_entries_in_file_order(tmp_path, words, date, petrarch2, communique):
    # spec §2.3: a phrase met again appends the later record's entries (earlier files first) and the first satisfied
    # entry wins (profile petrarch2); the profile communique reads every record's codes but lets the first record
    # whose chosen code is dated win, else the first record's choice
    files = [write(tmp_path, "a.actors.txt", DUPLICATES), write(tmp_path, "b.actors.txt", LATER_FILE)]
    quirky = read_actor_dictionary(files, petrarch_quirks=True)
    fixed = read_actor_dictionary(files)
    split = words.split()
    assert quirky.longest_actor(split, 0, date) == (petrarch2, len(split))
    assert fixed.longest_actor(split, 0, date) == (communique, len(split))


def test_the_lost_last_record_appends_nothing(tmp_path):
    # PETRARCH-2 stores a record when the next one starts, so the file's last record never reaches the trie
    text = "YLAND_FRONT\n+PEOPLES_DEFENCE_FORCE\n\t[YLDREB]\nXLAND_ARMY_\n+PEOPLES_DEFENCE_FORCE\n\t[XLDMIL <20000101]\n"
    quirky, fixed = actors(tmp_path, text, petrarch_quirks=True), actors(tmp_path, text)
    assert quirky.longest_actor(["PEOPLES", "DEFENCE", "FORCE"], 0, D(1990, 1, 1)) == ("YLDREB", 3)
    assert fixed.longest_actor(["PEOPLES", "DEFENCE", "FORCE"], 0, D(1990, 1, 1)) == ("XLDMIL", 3)


def test_real_files_shared_phrases_by_profile():
    # phrases the Phoenix files list in two records (1,183 of them); the petrarch2 column is what a reader of the
    # files written by §2.3 alone (append, first satisfied entry) gives, not the engine's output
    quirky, fixed = load_actor_dictionary(petrarch_quirks=True), load_actor_dictionary()
    cases = [(["PRESIDENT", "GEORGE", "BUSH"], D(2003, 6, 1), "USAELI", "USAGOV"),
             (["PRESIDENT", "GEORGE", "BUSH"], D(1991, 6, 1), "USAGOV", "USAGOV"),
             (["BARONESS", "ASHTON"], D(2008, 5, 15), "GBRGOV", "GBRGOV"),
             (["BARONESS", "ASHTON"], D(2012, 6, 1), "IGOEUREEC", "IGOEUREEC"),
             (["SALVA", "KIIR"], D(2010, 6, 1), "SSDELI", "SDNGOV"),
             (["CROATIA"], D(1985, 6, 1), "YUGHRV", "YUGHRV"),
             (["CROATIA"], D(2010, 6, 1), "HRV", "HRV"),
             (["PEOPLES", "LIBERATION", "ARMY"], D(2010, 6, 1), "CHNMIL", "CHNMIL")]
    for words, date, petrarch2, communique in cases:
        assert quirky.longest_actor(words, 0, date) == (petrarch2, len(words)), words
        assert fixed.longest_actor(words, 0, date) == (communique, len(words)), words

def test_real_files_countries_igos_agents_and_discards():
    d = load_actor_dictionary()
    assert d.longest_actor(["THE", "UNITED", "NATIONS"], 0, D(2012, 1, 1)) == ("IGOUNO", 3)
    assert d.longest_actor(["AFGHANISTAN"], 0, D(2012, 1, 1)) == ("AFG", 1)
    assert d.longest_agent(["SPOKESMAN"], 0) == ("~MED", 1)
    assert d.longest_agent(["PROTESTERS"], 0) == ("~OPP", 1)
    assert d.longest_agent(["NATIONAL", "SECURITY", "ADVISOR"], 0)[1] == 3
    assert d.discards.sentence_discarded("He took the silver medal in the final")
    assert not d.discards.sentence_discarded("Xland troops attacked Yland")
    assert len(d.malformed) == 6           # six code groups of the shipped files have unreadable dates
    assert load_actor_dictionary() is d

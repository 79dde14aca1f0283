"""Officials prominent in 2015-2019 wire copy whom the Phoenix actor files lack or date only to about 2016, and the
curated rows of data/actors_people.tsv that date their offices (branch people22). Each sentence is written for this
test; its date is chosen so that the office matters, and for several people a second date before or after a change
of office (an opposition leader who took office, a president who left it) reads the other code. The source of the
sentence's event must carry the curated code for that date (switch `curated_people`, profile `communique`)."""
from __future__ import annotations

import pytest

CASES = [
    # (sentence, date, the source's code on that date)
    ("Bahram Qasemi condemned the American sanctions against Iran on Monday.", "2018-08-07", "IRNGOV"),
    ("Sarah Sanders accused the Democrats of obstruction on Thursday.", "2018-03-15", "USAGOV"),
    ("Heather Nauert criticised Russia's decision to expel the diplomats.", "2018-03-30", "USAGOV"),
    ("H.R. McMaster warned Iran against expanding its missile programme.", "2018-02-17", "USAGOV"),
    ("John Kelly criticised the congresswoman on Thursday.", "2017-10-19", "USAGOV"),
    ("Jared Kushner met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "2017-10-30", "USAGOV"),
    ("Ri Yong Ho met the Chinese foreign minister in Beijing on Friday.", "2018-12-07", "PRKGOV"),
    ("Kang Kyung-wha urged North Korea to return to talks.", "2017-09-20", "KORGOV"),
    ("Taro Kono criticised South Korea over the court ruling on Tuesday.", "2018-11-06", "JPNGOV"),
    ("Lu Kang urged the United States to stop its provocations.", "2018-07-10", "CHNGOV"),
    ("Sergei Ryabkov accused Washington of undermining the treaty.", "2018-10-22", "RUSGOV"),
    ("Anwar Gargash criticised Qatar on Wednesday.", "2017-07-05", "AREGOV"),
    ("Khawaja Asif warned the United States against cutting aid to Pakistan.", "2018-01-05", "PAKGOV"),
    ("Shah Mahmood Qureshi praised China's support for Pakistan on Sunday.", "2018-09-09", "PAKGOV"),
    ("Shah Mahmood Qureshi accused the government of corruption on Sunday.", "2016-04-10", "PAKOPP"),
    ("Ibrahim al-Jaafari condemned the Turkish air strikes in northern Iraq.", "2018-03-01", "IRQGOV"),
    ("Adel Abdul Mahdi met the Iranian foreign minister in Baghdad.", "2019-01-14", "IRQGOV"),
    ("Moqtada al-Sadr called for protests against corruption in Baghdad.", "2018-05-20", "IRQREL"),
    ("Zoran Zaev signed the agreement with Greece on Sunday.", "2018-06-17", "MKDGOV"),
    ("Zoran Zaev accused the government of wiretapping journalists.", "2015-03-10", "MKDOPP"),
    ("Giuseppe Conte met German Chancellor Angela Merkel in Berlin.", "2018-06-18", "ITAGOV"),
    ("Matteo Salvini attacked the government over migration on Wednesday.", "2017-03-01", "ITAOPP"),
    ("Matteo Salvini threatened to close Italy's ports to rescue ships.", "2018-06-11", "ITAGOV"),
    ("Leo Varadkar warned Britain against a hard border in Ireland.", "2017-12-01", "IRLGOV"),
    ("Jeremy Corbyn accused Theresa May of betraying voters.", "2018-06-12", "GBROPP"),
    ("Gavin Williamson warned Russia against further attacks.", "2018-03-15", "GBRGOV"),
    ("Christine Lagarde warned Washington against a trade war.", "2018-04-11", "IGOBUSIMF"),
    ("Mark Carney warned ministers of the risks of a disorderly Brexit.", "2018-05-10", "GBRGOV"),
    ("Sebastian Pinera met Argentine President Mauricio Macri in Santiago.", "2018-04-26", "CHLGOV"),
    ("Sebastian Pinera criticised the government's pension reform.", "2016-08-22", "CHLELI"),
    ("Pedro Pablo Kuczynski denied the bribery allegations on Wednesday.", "2017-12-20", "PERGOV"),
    ("Pedro Pablo Kuczynski denied the bribery allegations on Wednesday.", "2018-06-13", "PERELI"),
    ("Luis Videgaray met the American secretary of state in Mexico City.", "2018-02-02", "MEXGOV"),
    ("Juan Orlando Hernandez thanked the United States for its support.", "2018-01-28", "HNDGOV"),
    ("Robert Mugabe accused his deputy of plotting against him.", "2017-11-05", "ZWEGOV"),
    ("Robert Mugabe criticised the ruling party on Sunday.", "2018-07-29", "ZWEELI"),
    ("Abubakar Shekau threatened to attack Maiduguri.", "2018-02-01", "NGAREB"),
    ("Joao Lourenco fired the head of the state oil company on Wednesday.", "2017-11-16", "AGOGOV"),
    ("Zeid Ra'ad al-Hussein condemned the killings in Gaza.", "2018-05-15", "IGOUNOHRIHCH"),
]


@pytest.mark.parametrize("sentence,day,code", CASES, ids=[f"{s.split()[0]}_{s.split()[1]}_{d}" for s, d, _ in CASES])
def test_the_curated_person_is_the_source_with_the_code_of_the_day(nlp, sentence, day, code):
    from communique.pipeline import extract_text

    document = extract_text(sentence, day)
    sources = [[a.code for a in event.source] for event in document.events]
    assert sources and sources[0] == [code], sources

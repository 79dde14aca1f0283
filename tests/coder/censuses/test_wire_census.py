"""The wire censuses (tests/fixtures/wire_census.tsv, wire_census2.tsv, wire_census3.tsv, wire_census4.tsv,
wire_census5.tsv, wire_census6.tsv, wire_census7.tsv, wire_census8.tsv, wire_census9.tsv, wire_census10.tsv,
wire_census11.tsv, wire_census12.tsv, wire_census13.tsv, wire_census14.tsv, wire_census15.tsv, wire_census16.tsv,
wire_census17.tsv and wire_census18.tsv,
scored by tools/wire_census.py):
written wire-style sentences with the class of their main event. A gate on each census's figures under the
default settings, so that a change that loses wire copy's main events fails here; and a check that each census
is the table it says it is."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from fixture_tables import communique_without

TOOL = Path(__file__).resolve().parents[3] / "tools" / "wire_census.py"
# The first census, measured on branch news (issue 10) with targetless_statements: all 0.782 / 0.816 / 8.7% no
# event; the second, measured on branch news2 (session 11): 0.732 / 0.773 / 10.8% when it was written, 0.758 /
# 0.794 / 9.6% with episode_nouns and enacting_votes; the third, measured fresh on branch news3 (session 12)
# before any change: 0.735 / 0.776 / 11.0%. With session 12's named_senses, the act nouns of aid, state_phrases,
# finite_relatives and outlook_warnings: 0.845 / 0.869 / 5.8%, 0.828 / 0.864 / 8.3%, 0.794 / 0.836 / 10.3%. The
# fourth, measured fresh on branch news4 (session 13) before any change: 0.747 / 0.775 / 9.3%. With session 13's
# unread_subjects, time_clauses and ready_to_cooperate: first 0.854 / 0.879 / 5.8%, second 0.828 / 0.864 / 8.3%,
# third 0.800 / 0.843 / 10.3%, fourth 0.767 / 0.789 / 8.0%. The fifth, measured fresh on branch news5 (session
# 14) before any change: 0.796 / 0.839 / 10.2% (the others then, at cfefb9d: 0.854 / 0.879, 0.834 / 0.868, 0.800 /
# 0.843, 0.773 / 0.794). With session 14's role_speakers, ultimatums, peacekeeping_destinations and
# returned_objects: first 0.859 / 0.884 / 5.8%, second 0.854 / 0.882 / 6.4%, third 0.813 / 0.856 / 10.3%, fourth
# 0.800 / 0.811 / 4.0%, fifth 0.841 / 0.865 / 5.1%. With negated_facts (branch news6) the fifth's two negated
# meetings went from a wrong refusal (125) to no event: 0.841 / 0.870 / 6.4%. The sixth, of copy at its real
# length, measured fresh on branch news7 (session 15) before any change: 0.763 / 0.786 / 6.4%. With session 15's
# borrowed_patterns ("prosecutors accused ..." an accusation, not a charge): second 0.860 / 0.889, third 0.819 /
# 0.863, fourth 0.813 / 0.824, sixth 0.769 / 0.792 / 6.4%; with considered_options ("is considering raising
# duties": 014): fourth 0.820 / 0.832, sixth 0.776 / 0.799 / 6.4%. The seventh, weighted to verbal events,
# measured fresh on branch news8 (session 15, at main 72bea33) before any change: 0.831 / 0.845 / 2.3% (the six
# others then: 0.864 / 0.887, 0.860 / 0.889, 0.826 / 0.869, 0.820 / 0.832, 0.841 / 0.870, 0.788 / 0.809). With
# named_senses' DEFEND rows for a political object (052, "defended the Syrian government"): first 0.869 / 0.892,
# second 0.866 / 0.896, fourth 0.827 / 0.839, seventh 0.838 / 0.853 / 2.3%.
# The eighth, in the register of real 2017-18 wire copy (branch census20), written at session 20's start and measured
# fresh once at its end: 0.808 / 0.837 / 4.9%, its held-out third 0.721 / 0.754 / 8.2%.
# The ninth, in the eighth's register on other ground (branch census21: Afghanistan, Kirkuk, Qatar, Gaza, the Donbas,
# Catalonia, Zimbabwe, Ethiopia-Eritrea, Nicaragua, Skripal, Khashoggi, the Sahel ...), written at session 21's start
# and measured fresh once at its end (main c1815fb, every branch merged): 0.791 / 0.816 / 7.1%, its held-out third
# 0.845 / 0.859 / 5.2% (the session's starting code, 0947570, gives 0.786 / 0.811 / 7.1% on it).
# The tenth, in the same register on ground neither touched (branch census22: Kenya's re-run, Togo, Afrin, the Saudi
# detentions, Jerusalem, Sinai, Armenia, Poland, Italy's migrant ships, Pakistan, Sri Lanka, the Maldives, Cambodia,
# Malaysia, Doklam, Guatemala, Peru, Haiti, NAFTA ...), written at session 22's start and kept unmeasured: it has no
# floors until the lead measures it once at the session's end (the floors gate skips it until then).
# The eleventh, in the same register on a general mix of ground none of censuses 8-10 touched (branch census23: Spain's
# no-confidence vote, France's yellow vests, Ethiopia under Abiy, Angola, Zuma, Morocco's Rif, Jordan, Basra, Eastern
# Ghouta and Idlib, the Kuciak murder, Romania, Serbia-Kosovo, the Kerch Strait, Navalny, Huawei's Meng Wanzhou,
# Assange, COP24 ...), written at session 23's start and kept unmeasured until the lead measured it once at that
# session's end.
# The twelfth, in the same register on another general mix of ground none of censuses 8-11 touched (branch census24: the
# US shutdown, the Mueller probe, Charlottesville, Kavanaugh, Trudeau in India, Kerala, Turkey's lira, Greece's bailout
# exit, Italy's budget and the EU, Sweden's stalemate, the Baltic states, Central Asia, the Pacific, the Laos dam, Cabo
# Delgado, Lesotho, Ivory Coast's mutinies, Nigeria's farmer-herder killings, Fatah-Hamas, Netanyahu, Douma's strikes,
# El Salvador's switch to China ...), written at session 24's start and kept unmeasured until the lead measured it
# once at the session's end (its floors below).
# The thirteenth, in the same register weighted to domestic politics like the tenth, on ground none of censuses 8-12
# touched (branch census25: the US midterms and state politics, Ontario and Quebec, Moritomo, South Korea at home,
# China's party congress, Gujarat and Karnataka, Khaleda Zia, Sharif, Ahok, Iran's 2017 election, Kuwait, Lebanon's
# election, the ANC race, Uganda's age limit, Nigeria, Mali's election, the Dutch coalition, Belgium, the Nordic states,
# Portugal, Ukraine's anti-corruption court, Russia's pension protests, Peru, Uruguay, Panama, Jamaica; abroad Wuhan,
# the Vatican-China deal, Helsinki, US-Russia consulates, Israel-Poland ...), written at session 25's start and kept
# unmeasured: it has no floors until the lead measures it once at the session's end (the floors gate skips it until then).
# The fourteenth, in the same register on a day's world-news mix (about half domestic politics, half international) on
# ground none of censuses 8-13 touched (branch census26: Chemnitz and Bavaria, Italy's 2018 election and the Savona veto,
# New Caledonia, Corsica, Agrokor, Albania's students, Hungary's "slave law", Kemerovo, Ingushetia, the Orthodox split
# over Ukraine, Okinawa, Ghosn, Thoothukudi, Brazil's truckers, Colombia's ELN, Alberta and Trans Mountain, the Comoros,
# Renamo, Guinea-Bissau, Israel's nation-state law, Ahvaz, Hedges, MH17's findings, UNRWA, the IOC and WADA, churches'
# abuse cases, the Kachin war ...), written at session 26's start and kept unmeasured: it has no floors until the lead
# measures it once at the session's end (the floors gate skips it until then).
# The fifteenth, in the same register on another day's world-news mix (about half domestic politics, half
# international) on ground none of censuses 8-14 touched (branch census27: Australia's marriage survey, Nauru,
# Singapore's reserved presidency, Japan's abdication, Ulyukayev, Serebrennikov and the Telegram block, Primorye,
# Sentsov, Babchenko, Cifuentes and the Pamplona ruling, Raggi and Riace, Novartis in Greece, Audi's Stadler,
# Ryanair's pilots, Kathua, Lankesh, Ram Rahim, Gui Minhai, ZTE, the Karachi consulate attack, Kermanshah, Somaliland,
# Nigeria's minimum wage, Barbados, Guyana, Ecuador's Glas, Mexico's petrol protests, Obamacare, Las Vegas, Pittsburgh,
# the Riyadh and BRICS summits, the nuclear ban treaty, the INF withdrawal, UNESCO ...), written at session 27's start
# and kept unmeasured: it has no floors until the lead measures it once at the session's end (the floors gate skips
# it until then).
# The sixteenth, in the same register on another day's world-news mix (about half domestic politics, half
# international) on ground none of censuses 8-15 touched (branch census28: Andalusia's election and Vox, the Barcelona
# and Strasbourg attacks, Notre-Dame-des-Landes, Mayotte, Hesse and Merkel, Sicily, Luxembourg, Titiev, the Jehovah's
# Witnesses ban, Volokolamsk, Nigeria's IPOB, South Africa's land motion, Sao Tome, Asia Bibi, the Pashtun Tahafuz
# Movement, Kasur, jallikattu, Unnao, the Assam register, Tripura, Jasic, Anbang, the Gonabadi dervishes, Maldonado,
# Manaus, Pacaraima, the NFL protests, net neutrality; abroad Greece's expulsion of Russian diplomats, Morocco-Iran, the
# Siemens turbines, Kaspersky, Nord Stream 2, the Paris accord withdrawal, Jadhav, the Nile dam talks, Oxfam and
# Haiti, Ebola in Equateur, Zapad 2017 ...), written at session 28's start and kept unmeasured: it has no floors until
# the lead measures it once at the session's end (the floors gate skips it until then).
# The seventeenth, in the same register on another day's world-news mix (about half domestic politics, half
# international) on ground none of censuses 8-16 touched (branch census29: the Czech run-off, the Cumhuriyet trial,
# Kavala and Steudtner, the US-Turkey visa row, Imia, Sarkozy's Libyan funding, Lafarge, ETA's dissolution, Spain's
# feminist strike, Savchenko, Khakassia, Arkhangelsk, Kaliningrad, Hungary's CEU, Israel's draft law, the Taylor Force
# Act, Egypt's Palm Sunday bombings and the Rabaa trial, Jerada, Kenya's Mwilu, Manuel Chang, Casamance, Uttar Pradesh,
# Bihar, Padmaavat, the Maratha protests, Nirav Modi, Hafiz Saeed, the FATF, Myanmar's peace process, Guo Wengui, Trump
# and the Fed, Bolton and the ICC, Rusal, Chihuahua, Petrotrin ...), written at session 29's start, kept unmeasured and
# measured once by the lead at the session's end (its floors below).
# The eighteenth, in the same register on another day's world-news mix (about half domestic politics, half
# international) on ground none of censuses 8-17 touched (branch census30: Hong Kong's extradition bill and the National
# Party ban, Xinjiang, Meng Hongwei, Mongolia, Nepal, Brunei, the Timor Sea treaty, Sudan's protests and Bashir's fall,
# South Sudan, Algeria against a fifth term, Tunisia, Gabon, Cameroon's Anglophone crisis, the Central African Republic,
# Burundi, Tanzania, Zambia, Mauritius and the Chagos Islands, Gambia's Jammeh, Djibouti, Cuba and the United States,
# Honduras, Paraguay, the travel ban and DACA, Windrush and Grenfell, Ireland's referendum, Caruana Galizia, Cyprus,
# Montenegro, Moldova, Bahrain, Christchurch ...), written at session 30's start, kept unmeasured and measured once by
# the lead at the session's end (its floors below).
# The nineteenth, in the same register on another day's world-news mix (about half domestic politics, half
# international) on ground none of censuses 8-18 touched (branch census31: Italy's 2016 referendum and 2019 crisis,
# Fillon and Le Pen, Hamburg's G20 riots, the Berlin market attack, Britain's 2017 attacks, Franco's exhumation,
# Austria's annulled run-off, Macedonia's parliament and Gruevski, Serbia's protests, Amona and the al-Aqsa metal
# detectors, Tiran and Sanafir, Senegal's Khalifa Sall, Congo's Kasai, Sereno and Rappler, the Kuwait maids row, the
# Reuters reporters in Myanmar, Sri Lanka's Easter bombings, Thailand's 2019 election, SNC-Lavalin, Standing Rock,
# Bolivia's and Chile's and Ecuador's 2019 crises, Bouterse, the Gulf tanker crisis, the Golan, the migration compact,
# Kiribati ...), written at session 31's start and kept unmeasured: it has no floors until the lead measures it once at
# the session's end (the floors gate skips it until then).
# The twentieth, in the same register on another day's world-news mix (about half domestic politics, half
# international) on ground none of censuses 8-19 touched (branch census32: the Halle synagogue attack and Luebcke,
# Utrecht, Gdansk, Moscow's 2019 protests, Golunov and Whelan, Istanbul's re-run and the HDP mayors, Israel's 2019
# elections, Lebanon's and Iraq's 2019 protests, Iran's fuel protests, Nigeria's 2019 election and Sowore, South
# Africa's xenophobic riots, DusitD2, Namibia's Fishrot, Rwanda-Uganda, Ayodhya, Cho Kuk, the Essex lorry deaths,
# Notre-Dame, Cyclone Idai, the Amazon fires, Colombia's 2019 strike, Trump's impeachment, Butina, Kim Jong Nam ...),
# written at session 32's start and kept unmeasured: it has no floors until the lead measures it once at the
# session's end (the floors gate skips it until then).
# The twenty-first, in the same register on another day's world-news mix (105 of 195 rows domestic politics, 90
# international) on ground none of censuses 8-20 touched (branch census33: Peru's 2019 crisis, Austria's Ibiza affair,
# Albania's 2019 protests, Kosovo's Haradinaj, Georgia's Gavrilov protests, Yekaterinburg, Kazakhstan's 2019 transition,
# Atambayev, Maharashtra, India's citizenship law protests, Musharraf, Fazlur Rehman's march, Guinea, Ogossagou, Haftar's
# Tripoli offensive, Haiti's 2019 protests, Itaipu, Brumadinho, Culiacan, Mursi's death, Karoui, the Kurils, Mamallapuram,
# Halkbank, Italy's Belt and Road accord, Israel-Chad, NATO's London summit, Osaka, Sochi, the Tiergarten killing ...),
# written at session 33's start and kept unmeasured: it has no floors until the lead measures it once at the
# session's end (the floors gate skips it until then).
# The twenty-third, in the same register on another day's world-news mix (104 of 195 rows domestic politics, 91
# international) on ground none of censuses 8-22 touched (branch census35: Ghana's 2016 election, Chad, Mokoko,
# Gbagbo's acquittal, Latvia's Rimsevics, the Prespa agreement, Roy Moore, Parkland, Mandsaur, Karnataka's 2019 vote,
# Kashmir's special status revoked, Hong Kong's Occupy convictions, Ko Ni, the Sadrists in the Green Zone, Aoun,
# Taiwan's same-sex marriage law, Corbyn's 2016 no-confidence vote, Gordhan, Temer and JBS, the Council of Europe and
# Russia, North Kivu's Ebola, the Treaty of Amity, Mladic and Karadzic, THAAD, the 2018 steel tariffs, Turkey's 2019
# Syria offensive, Abqaiq ...), written at session 35's start and kept unmeasured: it has no floors until the lead
# measures it once at the session's end (the floors gate skips it until then).
# The twenty-sixth, in the same register on another day's world-news mix (about 100 of 195 rows domestic politics and
# public order, 95 international) on ground none of censuses 8-25 touched (branch census38: Yates and Bharara, Spicer,
# Kennedy's retirement, the Castile, Crutcher and Stockley protests, Denver's teachers, the Camp Fire, Dayton, Epstein,
# Finsbury Park, Raab, Londonderry, Hulot, Melenchon, Ellwangen, Muenster, Anan and Shafik, Rwigara, the Amman embassy
# guard, Hizb ut-Tahrir, Typhoon Hato, the US-Turkey visa row, Akkuyu, the Hungarian-Ukrainian education law, Salzburg,
# Da Nang, Hijazi, MH370's search ...), written at session 38's start and kept unmeasured until the lead measured it
# once at that session's end.
# The twenty-seventh, in the same register on another day's world-news mix (about 111 of 195 rows domestic politics
# and public order, 84 international) on ground none of censuses 8-26 touched (branch census39: Meehan, Collins and
# Hunter, Porter, Cohn, Strzok, Omarosa, McCain's death, Hawaii's false missile alert, Kilauea, Florence, Steinle,
# McGuinness, Alfie Evans, Heathrow, Gatwick, Mark Field, Schulz, Sri Lanka's 2018 crisis, Urjit Patel, Ghazni,
# Santrich, Miguna, Netanyahu in Oman, the PLO office, the radar row, canola, the African free trade area, RT, the
# Villepinte plot, Ilisu, the S-400 in New Delhi, Nassib ...), written at session 39's start and kept unmeasured: it
# has no floors until the lead measures it once at the session's end (the floors gate skips it until then).
# The twenty-eighth, in the same register on another day's world-news mix (about 110 of 195 rows domestic politics
# and public order, 85 international) on ground none of censuses 8-27 touched (branch census40: Manafort, Atlanta's
# ransomware, the FIU bridge, DuPont, Baltimore's Gun Trace Task Force, Hyde-Smith, Sinclair-Tribune, Amesbury,
# Lactalis, Liege, Madsen, Georgia's runoff, Ganja, Bishkek, Solai, Miryang, Yilan, the Open Arms, Nduga, Ivanovic,
# Mahra, Migingo, Article 7, Europe's Iran payment channel, Bardonecchia, the Nippon Steel ruling, Gwadar, Quneitra,
# Abyei, Eni off Cyprus ...), written at session 40's start, kept unmeasured and measured once by the lead at the
# session's end.
# The twenty-ninth, in the same register on another day's world-news mix (about 105 of 195 rows domestic politics
# and public order, 90 international) on ground none of censuses 8-28 touched (branch census41: the Starbucks arrests,
# the Golden State Killer, western Japan's floods, Pohang, Boracay, Birmingham prison, Hungary's migrant-aid law,
# Banja Luka, the Amsterdam stabbing, the Ukara and Mosul ferries, Suzano, Chawkbazar, the Kathmandu crash,
# Ouagadougou, Tongo Tongo, the Busan statue recall, Kovrig and Spavor, Vucic in Zagreb ...), written at session 41's
# start, kept unmeasured and measured once by the lead at the session's end; its floors are set just below that measure.
# The thirty-third (branch census45: Buenaventura's civic strike, Peru's 2017 teachers' strike, the Dominican Green March,
# Costa Rica's fiscal-reform strike, Niger's finance law, Sudan-Egypt over Halayeb, Repsol off Vietnam, Niger's migration
# cooperation, the Kazakhstan-Kyrgyzstan border row) was written at session 45's start, kept unmeasured and measured
# once by the lead at the session's end; its floors are set just below that measure.
# The thirty-fourth (branch census46: Nagaland's women's quota protests, Mexico's 2016 CNTE conflict and Nochixtlan,
# Bolivia's coca disputes and La Asunta, Venezuela's closure of its links with Aruba, Curacao and Bonaire, the
# Tunisia-UAE row over Emirates, the 2017 expulsions of North Korea's ambassadors, the Malawi-Tanzania lake dispute)
# was written at session 46's start, kept unmeasured and measured once by the lead at the session's end; its floors are
# set just below that measure.
# Raise the floors when a census improves; a fall below them is a loss of main events on wire copy.
FLOORS = {"wire_census.tsv": {"accuracy": 0.85, "macro_f1": 0.88, "no_event": 0.07},
          "wire_census2.tsv": {"accuracy": 0.86, "macro_f1": 0.88, "no_event": 0.07},
          "wire_census3.tsv": {"accuracy": 0.81, "macro_f1": 0.86, "no_event": 0.11},
          "wire_census4.tsv": {"accuracy": 0.82, "macro_f1": 0.83, "no_event": 0.05},
          "wire_census5.tsv": {"accuracy": 0.84, "macro_f1": 0.87, "no_event": 0.07},
          "wire_census6.tsv": {"accuracy": 0.77, "macro_f1": 0.79, "no_event": 0.07},
          "wire_census7.tsv": {"accuracy": 0.83, "macro_f1": 0.85, "no_event": 0.04},
          # measured fresh by the lead at session 20's end (main after every branch merged): 0.808 / 0.837 / 4.9%
          "wire_census8.tsv": {"accuracy": 0.79, "macro_f1": 0.82, "no_event": 0.06},
          # measured fresh by the lead at session 21's end: 0.791 / 0.816 / 7.1%
          "wire_census9.tsv": {"accuracy": 0.78, "macro_f1": 0.80, "no_event": 0.08},
          # measured fresh by the lead at session 22's end: 0.686 / 0.713 / 9.4% (after the session's first round of
          # branches: 0.681 / 0.710 / 9.9%), below issue 10's bars (0.72 / 0.75)
          "wire_census10.tsv": {"accuracy": 0.67, "macro_f1": 0.70, "no_event": 0.10},
          # measured fresh by the lead at session 23's end (main after both rounds of branches): 0.791 / 0.798 / 5.6%
          # on its 196 rows; 0.795 / 0.803 / 5.6% on the 195 kept (a row that was census 1's sentence taken out);
          # the session's starting code: 0.779 / 0.792 / 6.7% on the 195
          "wire_census11.tsv": {"accuracy": 0.78, "macro_f1": 0.79, "no_event": 0.07},
          # measured fresh by the lead at session 24's end (main after every branch): 0.782 / 0.795 / 5.1%, held-out
          # third 0.769 / 0.784; the session's starting code, after the fact: 0.782 / 0.793 / 4.6%
          "wire_census12.tsv": {"accuracy": 0.77, "macro_f1": 0.78, "no_event": 0.07},
          # measured fresh by the lead at session 25's end, every branch merged: 0.607 / 0.675 / 20.9% (held-out third
          # 0.619 / 0.667), below issue 10's bars; the starting code 0.597 / 0.663 / 21.5%. After that measure the
          # lead's named_subjects (built on sentences of its own): 0.691 / 0.737 / 12.6%
          # session 26: its written-on two thirds read (c13read26); main at session 26's end 0.733 / 0.772 / 10.5%
          # session 27's end: 0.759 / 0.800 / 9.9% (held-out third 0.730 / 0.771)
          "wire_census13.tsv": {"accuracy": 0.74, "macro_f1": 0.78, "no_event": 0.11},
          # measured fresh by the lead at session 26's end, every branch merged: 0.784 / 0.796 / 5.8% (held-out third
          # 0.759 / 0.739); the session's starting code, after the fact: 0.779 / 0.791 / 5.8%
          "wire_census14.tsv": {"accuracy": 0.77, "macro_f1": 0.78, "no_event": 0.07},
          # session 27: its written-on two thirds read (c14read27); main at session 27's end 0.789 / 0.806 / 5.8%
          # measured fresh by the lead at session 27's end, every branch merged: 0.756 / 0.778 / 5.7% (held-out third
          # 0.714 / 0.750); the session's starting code, after the fact: 0.756 / 0.780 / 6.2%
          # session 28: its written-on two thirds read (c15read28); main at session 28's end 0.777 / 0.797 / 4.7%
          # (held-out third 0.714 / 0.747)
          "wire_census15.tsv": {"accuracy": 0.76, "macro_f1": 0.78, "no_event": 0.07},
          # measured fresh by the lead at session 28's end, every branch merged: 0.691 / 0.719 / 7.3% (held-out third
          # 0.681 / 0.723), below issue 10's bars; the session's starting code, after the fact: 0.691 / 0.720 / 7.3%
          # session 29: its written-on two thirds read (c16read29); main at session 29's end 0.707 / 0.733 / 6.3%
          # (held-out third 0.696 / 0.738)
          "wire_census16.tsv": {"accuracy": 0.69, "macro_f1": 0.71, "no_event": 0.08},
          # measured fresh by the lead at session 29's end, every branch merged: 0.715 / 0.751 / 10.4% (held-out third
          # 0.716 / 0.720); the session's starting code, after the fact: 0.710 / 0.745 / 10.9%
          "wire_census17.tsv": {"accuracy": 0.69, "macro_f1": 0.73, "no_event": 0.12},
          # measured fresh by the lead at session 30's end, every branch merged: 0.708 / 0.729 / 4.6% (held-out third
          # 0.661 / 0.679), below issue 10's bars; the session's starting code, after the fact: 0.708 / 0.728 / 4.6%
          "wire_census18.tsv": {"accuracy": 0.69, "macro_f1": 0.71, "no_event": 0.07},
          # measured fresh by the lead at session 31's end, every branch merged: 0.662 / 0.699 / 9.7% (held-out third
          # 0.596 / 0.596), below issue 10's bars; the session's starting code, after the fact: 0.656 / 0.694 / 9.7%
          "wire_census19.tsv": {"accuracy": 0.64, "macro_f1": 0.68, "no_event": 0.12},
          # measured fresh by the lead at session 32's end, every branch merged: 0.744 / 0.788 / 9.2% (held-out third
          # 0.785 / 0.831), above issue 10's bars; the session's starting code, after the fact: 0.738 / 0.783 / 9.2%
          "wire_census20.tsv": {"accuracy": 0.72, "macro_f1": 0.76, "no_event": 0.11},
          # measured fresh by the lead at session 33's end, every branch merged: 0.723 / 0.745 / 5.1% (held-out third
          # 0.730 / 0.742), accuracy above issue 10's bar and macro-F1 below it; the session's starting code, after the
          # fact: 0.718 / 0.740 / 5.1%
          "wire_census21.tsv": {"accuracy": 0.70, "macro_f1": 0.72, "no_event": 0.08},
          # measured fresh by the lead at session 34's end, every branch merged: 0.738 / 0.756 / 4.6% (held-out third
          # 0.694 / 0.694), above issue 10's bars; the session's starting code, after the fact: 0.738 / 0.756 / 4.6%
          "wire_census22.tsv": {"accuracy": 0.71, "macro_f1": 0.73, "no_event": 0.07},
          # measured fresh by the lead at session 35's end, every branch merged: 0.749 / 0.772 / 8.2% (held-out third
          # 0.738 / 0.769), above issue 10's bars; the session's starting code, after the fact: the same
          "wire_census23.tsv": {"accuracy": 0.72, "macro_f1": 0.75, "no_event": 0.10},
          # measured fresh by the lead at session 36's end, every branch merged: 0.610 / 0.639 / 12.3% (held-out third
          # 0.619 / 0.646), far below issue 10's bars and every earlier fresh measure; the session's starting code,
          # after the fact: 0.595 / 0.624 / 12.3%
          "wire_census24.tsv": {"accuracy": 0.58, "macro_f1": 0.61, "no_event": 0.14},
          # measured fresh by the lead at session 37's end, every branch merged: 0.631 / 0.664 / 9.7% (held-out third
          # 0.706 / 0.743, written-on rows 0.591 / 0.617), below issue 10's bars; the session's starting code, after the
          # fact: 0.626 / 0.659 / 9.7%
          "wire_census25.tsv": {"accuracy": 0.60, "macro_f1": 0.63, "no_event": 0.12},
          # measured fresh by the lead at session 38's end, every branch merged: 0.697 / 0.725 / 8.2% (held-out third
          # 0.656 / 0.706, the other rows 0.716 / 0.730), below issue 10's bars; the session's starting code, after the
          # fact: the same
          "wire_census26.tsv": {"accuracy": 0.67, "macro_f1": 0.70, "no_event": 0.10},
          # measured fresh by the lead at session 39's end, every branch merged: 0.667 / 0.696 / 8.7% (held-out third
          # 0.648 / 0.692, the other rows 0.674 / 0.696), below issue 10's bars; the session's starting code, after the
          # fact: the same (one row's loss moved from ordering to class)
          "wire_census27.tsv": {"accuracy": 0.64, "macro_f1": 0.67, "no_event": 0.11},
          # measured fresh by the lead at session 40's end, every branch merged: 0.626 / 0.627 / 5.1% (held-out third
          # 0.648 / 0.634, the other rows 0.613 / 0.623), far below issue 10's bars; the session's starting code, after
          # the fact: 0.605 / 0.615 / 8.7% (the learned fallback, learned_classes, gave four rows net)
          "wire_census28.tsv": {"accuracy": 0.60, "macro_f1": 0.60, "no_event": 0.08},
          # measured fresh by the lead at session 41's end, every branch merged: 0.672 / 0.689 / 4.1% (held-out third
          # 0.625 / 0.627, the other rows 0.691 / 0.709), below issue 10's bars; the session's starting code, after the
          # fact: 0.662 / 0.676 / 4.1%
          "wire_census29.tsv": {"accuracy": 0.65, "macro_f1": 0.66, "no_event": 0.07},
          # measured fresh by the lead at session 42's end, every branch merged: 0.733 / 0.754 / 4.6% (held-out third
          # 0.783 / 0.783, the other rows 0.706 / 0.729), above issue 10's bars on all rows, the first fresh census to
          # be; the session's starting code, after the fact: 0.682 / 0.701 / 5.1% (the adding path and commanded acts)
          "wire_census30.tsv": {"accuracy": 0.71, "macro_f1": 0.73, "no_event": 0.07},
          # measured fresh by the lead at session 43's end, every branch merged: 0.646 / 0.667 / 5.6% (held-out third
          # 0.672 / 0.705, the other rows 0.634 / 0.642), below issue 10's bars (its ground leans on disasters: deaths by
          # fire, crash or collapse, which its rulings keep as statements, read as material conflict); the session's
          # starting code, after the fact: 0.626 / 0.646 / 6.2%
          "wire_census31.tsv": {"accuracy": 0.62, "macro_f1": 0.64, "no_event": 0.08},
          # measured fresh by the lead at session 44's end, every branch merged: 0.687 / 0.730 / 10.8% (held-out third
          # 0.682 / 0.725, the other rows 0.690 / 0.727), below issue 10's bars (statements the coder gives no event,
          # 13 rows, the largest family); the session's starting code, after the fact: 0.677 / 0.719 / 10.8%
          "wire_census32.tsv": {"accuracy": 0.66, "macro_f1": 0.71, "no_event": 0.12},
          # measured fresh by the lead at session 45's end, every branch merged: 0.744 / 0.777 / 7.7% (held-out third
          # 0.662 / 0.712, the other rows 0.790 / 0.805), above issue 10's bars on all rows, below them on the held-out
          # third (verbal conflict told as a statement, 7 rows, the largest family); the session's starting code,
          # after the fact: 0.723 / 0.759 / 8.2%
          "wire_census33.tsv": {"accuracy": 0.72, "macro_f1": 0.75, "no_event": 0.09},
          # measured fresh by the lead at session 46's end, every branch merged: 0.764 / 0.784 / 5.1% (held-out third
          # 0.828 / 0.843, the other rows 0.733 / 0.751), above issue 10's bars on all rows and on the held-out third;
          # the session's starting code, after the fact: 0.774 / 0.792 / 4.6% (the session's code lost two rows net:
          # the refitted class head no longer adds one learned event, and one held-out row)
          "wire_census34.tsv": {"accuracy": 0.74, "macro_f1": 0.76, "no_event": 0.07}}
# each census's size and its smallest class
SIZES = {"wire_census.tsv": (200, 35), "wire_census2.tsv": (150, 28), "wire_census3.tsv": (150, 30),
         "wire_census4.tsv": (150, 30), "wire_census5.tsv": (150, 30),
         "wire_census6.tsv": (150, 30), "wire_census7.tsv": (120, 18), "wire_census8.tsv": (180, 22),
         "wire_census9.tsv": (180, 22), "wire_census10.tsv": (180, 22),
         "wire_census11.tsv": (180, 22), "wire_census12.tsv": (180, 22),
         "wire_census13.tsv": (180, 22), "wire_census14.tsv": (180, 22),
         "wire_census15.tsv": (180, 22), "wire_census16.tsv": (180, 22),
         "wire_census17.tsv": (180, 22), "wire_census18.tsv": (180, 22),
         "wire_census19.tsv": (180, 22), "wire_census20.tsv": (180, 22),
         "wire_census21.tsv": (180, 22), "wire_census22.tsv": (180, 22),
         "wire_census23.tsv": (180, 22), "wire_census24.tsv": (180, 22),
         "wire_census25.tsv": (180, 22), "wire_census26.tsv": (195, 30),
         "wire_census27.tsv": (195, 30), "wire_census28.tsv": (195, 30),
         "wire_census29.tsv": (195, 30), "wire_census30.tsv": (195, 30),
         "wire_census31.tsv": (195, 30), "wire_census32.tsv": (195, 34),
         "wire_census33.tsv": (195, 32), "wire_census34.tsv": (195, 32)}
# the share of each census the hold-out rule (SHA-1 modulo 3) puts in its third; the fifth's draw fell short
# (26 of 157 sentences) and was kept as the rule drew it, not re-drawn by rewording sentences
HELD_OUT_SHARE = {name: (0.25, 0.42) for name in SIZES} | {"wire_census5.tsv": (0.15, 0.42)}


def census_tool():
    spec = importlib.util.spec_from_file_location("wire_census", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(SIZES))
def test_each_census_is_large_balanced_and_its_codes_give_its_classes(name):
    from communique.evaluate.main_class import class_of_cameo, classes

    tool = census_tool()
    rows = tool.census_rows(tool.CENSUS.with_name(name))
    size, smallest = SIZES[name]
    assert len(rows) >= size and len({r[2] for r in rows}) == len(rows)
    per_class = Counter(r[0] for r in rows)
    assert set(per_class) == set(classes()) and min(per_class.values()) >= smallest, per_class
    assert [r for r in rows if class_of_cameo(r[1]) != r[0]] == []  # the cited CAMEO code's class is the label
    share = sum(tool.held_out(r[2]) for r in rows) / len(rows)
    low, high = HELD_OUT_SHARE[name]
    assert low < share < high, share


def test_the_censuses_share_no_sentence_and_the_tool_reads_all_by_default():
    tool = census_tool()
    sentences = [{r[2] for r in tool.census_rows(path)} for path in tool.CENSUSES]
    # compared sorted: the tool lists the censuses in the order they were written, "wire_census10" sorts before "2"
    assert sorted(p.name for p in tool.CENSUSES) == sorted(SIZES)
    assert len(set().union(*sentences)) == sum(len(s) for s in sentences)


@pytest.fixture(scope="module")
def figures(nlp):
    tool = census_tool()
    return tool.report()["censuses"]


@pytest.mark.parametrize("name", sorted(SIZES))
def test_each_census_main_events_stay_above_their_floors(figures, name):
    # a census written fresh is kept unmeasured until the session's end: it has no floors until the lead measures
    # it once and sets them, and until then its gate is skipped rather than failed
    if name not in FLOORS:
        pytest.skip(f"{name} has no floors yet: measured once at the session's end")
    found, floor = figures[name]["all"], FLOORS[name]
    assert found["accuracy"] >= floor["accuracy"] and found["macro_f1"] >= floor["macro_f1"], found
    assert found["no_event"] <= floor["no_event"], found


def test_the_censuses_are_reported_apart_and_together(figures):
    assert set(figures) == set(SIZES) | {"together"}
    assert figures["together"]["all"]["sentences"] == sum(figures[n]["all"]["sentences"] for n in SIZES)
    for parts in figures.values():
        assert parts["all"]["sentences"] == parts["written on"]["sentences"] + parts["held out"]["sentences"]


def test_without_targetless_statements_the_census_loses_its_statements_to_no_event(nlp, monkeypatch):
    tool = census_tool()
    rows = [r for r in tool.census_rows() if r[0] == "statement/appeal"]
    communique_without(monkeypatch, "targetless_statements", "targetless_denials",  # denials: kept by either
                       "learned_classes")  # (whose head would read a dropped statement's sentence as one)
    off = tool.figures(rows, tool.coded(rows))
    assert off["lost"][tool.STATEMENT_DROPPED] >= 10, off

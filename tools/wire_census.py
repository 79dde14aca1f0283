"""The wire censuses (tests/fixtures/wire_census*.tsv): the main event's class on written wire-style sentences.

Thirty-two censuses of written sentences: the first (wire_census.tsv, session 10: diplomacy, conflict, protest),
the second (wire_census2.tsv, session 11: elections, sanctions, trials, migration, aid, disasters, cyber, coups,
parliament votes, peace talks), the third (wire_census3.tsv, session 12: energy, maritime incidents,
terrorism trials, hostages, summits, exercises, arms sales, Security Council votes, extraditions, diplomats
expelled, humanitarian corridors, ceasefire violations) and the fourth (wire_census4.tsv, session 13: long
sentences with a subordinate event, attributions at the end, headlines, targetless statements, economy,
health, elections; Africa, Latin America, Asia), the fifth (wire_census5.tsv, session 14: statements whose
content is an event, quotes, speakers named only by a title or an organisation, headlines, background
sentences) and the sixth (wire_census6.tsv, session 15: copy at its real length, 25-50 words, with background
clauses, passive casualty reports, two events, attributions at the end and sentences with no political event) and
the seventh (wire_census7.tsv, session 15: weighted to verbal events, statements, appeals, promises, praise,
criticism, denials, accusations, threats and rejections, with the speaker named in every way wire copy names
one) and the eighth (wire_census8.tsv, session 20: real 2017-18 wire copy sentence by sentence, attributions, background
clauses, titles and pronouns for actors, passives, casualty counts, quotes and two events, written before the
session's changes and kept unmeasured until its end) and the ninth (wire_census9.tsv, session 21: the eighth's
register on other ground, Afghanistan, Iraq after Islamic State, the Qatar boycott, Gaza, the Donbas, Catalonia,
Zimbabwe, the Horn of Africa, Nicaragua, the Philippines, Kashmir, Skripal, Khashoggi, the Sahel, written before
the session's changes and kept unmeasured until its end) and the tenth (wire_census10.tsv, session 22: the same
register on ground neither touched, Kenya's re-run, Togo, Afrin and Turkey's purge, the Saudi detentions and Hariri,
the Jerusalem embassy, Sinai, Armenia, Poland and Hungary against the EU, Italy's migrant ships, Pakistan, Sri Lanka,
the Maldives, Cambodia, Malaysia, Doklam, Guatemala, Peru, Haiti, NAFTA, written before the session's changes and
kept unmeasured until its end) and the eleventh (wire_census11.tsv, session 23: the same register on a general mix of
ground none of the last three touched, Spain's no-confidence vote, France's yellow vests, Ethiopia under Abiy, Angola,
Zuma's resignation, Morocco's Rif, Jordan's protests, Basra, Eastern Ghouta and Idlib, Slovakia's Kuciak murder,
Romania, Serbia-Kosovo, the Kerch Strait, Navalny, Huawei's Meng Wanzhou, Assange, COP24, written before the session's
changes and kept unmeasured until its end) and the twelfth (wire_census12.tsv, session 24: the same register on another
general mix of ground none of the last four touched, the US shutdown, the Mueller probe, Charlottesville and Kavanaugh,
Trudeau in India, Kerala, Turkey's lira, Greece's bailout exit, Italy's budget and the EU, Sweden's stalemate, the Baltic
states, Central Asia and the Caucasus, the Pacific, the Laos dam, Cabo Delgado, Lesotho, Ivory Coast's mutinies,
Nigeria's farmer-herder killings, Fatah-Hamas, Netanyahu's graft probes, Douma's strikes, El Salvador's switch to China,
written before the session's changes and kept unmeasured until its end) and the thirteenth (wire_census13.tsv, session 25:
the same register weighted to domestic politics like the tenth, on ground none of censuses 8-12 touched, the US midterms
and state politics, Ontario and Quebec, Moritomo, South Korea at home, China's party congress, Gujarat and Karnataka,
Khaleda Zia, Sharif's disqualification, Ahok, Iran's 2017 election, Kuwait, Lebanon's election, the ANC race, Uganda's
age limit, Nigeria's primaries, Mali's election, the Dutch coalition, Belgium, the Nordic states, Portugal, Ukraine's
anti-corruption court, Russia's pension protests, Peru, Uruguay, Panama, Jamaica, and abroad Wuhan, the Vatican-China
deal, the Helsinki summit, US-Russia consulates, Israel-Poland, written before the session's changes and kept
unmeasured until its end) and the fourteenth (wire_census14.tsv, session 26: the same register on a day's world-news
mix, about half domestic politics and half international, on ground none of censuses 8-13 touched, Chemnitz and
Bavaria, Italy's 2018 election and the Savona veto, New Caledonia and Corsica, Agrokor, Albania's students, Hungary's
"slave law", Kemerovo and Ingushetia, the Orthodox split over Ukraine, Okinawa, Ghosn, Thoothukudi and India's
states, China's term limits, Brazil's Rio intervention and truckers, Argentina's submarine, Colombia's ELN, Alberta
and Trans Mountain, the Comoros, Renamo, Eswatini, Guinea-Bissau, the Seychelles, Israel's nation-state law and Khan
al-Ahmar, Ahvaz and Koya, Deniz Yucel and the S-400, Matthew Hedges, MH17's findings, the GRU and the OPCW, UNRWA's
funding, the IOC and WADA, churches' abuse cases, the Kachin war, written before the session's changes and kept
unmeasured until its end) and the fifteenth (wire_census15.tsv, session 27: the same register on another day's
world-news mix, about half domestic politics and half international, on ground none of censuses 8-14 touched,
Australia's same-sex marriage survey, Nauru, Singapore's reserved presidency, Japan's abdication, Russia's Ulyukayev,
Serebrennikov and Telegram block, Primorye, Sentsov and Babchenko, Austria's spy colonel, Switzerland's referendum,
Spain's Cifuentes and Pamplona ruling, Raggi and Riace, Novartis in Greece, Audi's Stadler, Ryanair's pilots, India's
Kathua case, Lankesh, Ram Rahim and Darjeeling, Gui Minhai, ZTE, the Karachi consulate attack, Iran's Kermanshah
earthquake and Sotoudeh, Somaliland, Nigeria's minimum wage, Barbados, Guyana, Ecuador's Glas, Mexico's petrol
protests, Obamacare, Las Vegas and Pittsburgh, the Riyadh and BRICS summits, the Caspian convention, the nuclear ban
treaty, the INF withdrawal, UNESCO, written before the session's changes and kept unmeasured until its end) and the
sixteenth (wire_census16.tsv, session 28: the same register on another day's world-news mix, about half domestic
politics and half international, on ground none of censuses 8-15 touched, Andalusia's election and Vox, the Barcelona
and Strasbourg attacks, Notre-Dame-des-Landes, Mayotte, Hesse and Merkel, Sicily, Luxembourg, Russia's Titiev,
Jehovah's Witnesses ban and Volokolamsk, Nigeria's IPOB, South Africa's land motion, Sao Tome, Asia Bibi, the Pashtun
Tahafuz Movement, Kasur, jallikattu, Unnao, the Assam register, Tripura, Jasic, Anbang, Inada, the Gonabadi dervishes,
Argentina's Maldonado case and abortion bill, Manaus, Pacaraima, the NFL protests, net neutrality, the sanctuary suit,
and abroad Greece's expulsion of Russian diplomats, Morocco-Iran, the Siemens turbines, Kaspersky, Nord Stream 2, the
Paris accord withdrawal, Jadhav, the Nile dam talks, Oxfam and Haiti, Ebola in Equateur, Zapad 2017 and Trident
Juncture, written before the session's changes and kept unmeasured until its end) and the seventeenth
(wire_census17.tsv, session 29: the same register on another day's world-news mix, about half domestic politics and
half international, on ground none of censuses 8-16 touched, the Czech run-off, the Cumhuriyet trial, Kavala and
Steudtner, the US-Turkey visa row, Imia, Sarkozy's Libyan funding, Lafarge, ETA's dissolution, Spain's feminist strike,
Savchenko and Handziuk, Khakassia, Arkhangelsk, Pussy Riot at the World Cup, Kaliningrad's Iskanders, Hungary's CEU,
Israel's draft law, the Taylor Force Act, Egypt's Palm Sunday bombings and the Rabaa trial, Jerada, Kenya's Mwilu,
Manuel Chang, Casamance, Uttar Pradesh, Bihar, Padmaavat, the Maratha protests, Kejriwal's sit-in, Nirav Modi, Mallya,
Hafiz Saeed, the FATF grey list, Myanmar's peace process, Zumi Zola and Novel Baswedan, Guo Wengui, Trump and the Fed,
Bolton against the ICC, the Rusal sanctions, Khadr, Chihuahua, Aecio Neves, Grenada and Petrotrin, written before the
session's changes and kept unmeasured until its end) and the eighteenth (wire_census18.tsv, session 30: the same register
on another day's world-news mix, about half domestic politics and half international, on ground none of censuses 8-17
touched, Hong Kong's extradition bill and the National Party ban, Xinjiang's camps, Meng Hongwei, Mongolia, Nepal,
Brunei's penal code, the Timor Sea treaty, Sudan's protests and Bashir's fall, South Sudan's deal and embargo, Algeria
against a fifth term, Tunisia's budget protests and UGTT strike, Gabon, Cameroon's Anglophone crisis and Kamto, the
Central African Republic, Burundi, Tanzania, Zambia's Hichilema, Mauritius and the Chagos Islands, Gambia's Jammeh,
Djibouti and DP World, Cuba and the United States, Honduras' 2017 election, Paraguay's Congress fire, the travel ban
and DACA, Windrush and Grenfell, Ireland's abortion referendum, Caruana Galizia, Cyprus, Montenegro's coup plot,
Moldova, Bahrain's Ali Salman, Christchurch, written before the session's changes and kept unmeasured until its end)
and the nineteenth (wire_census19.tsv, session 31: the same register on another day's world-news mix, about half domestic
politics and half international, on ground none of censuses 8-18 touched, Italy's 2016 referendum and 2019 crisis,
Fillon and Le Pen, Hamburg's G20 riots, the Berlin market attack, Britain's 2017 attacks, Sturgeon's second referendum,
Franco's exhumation, Tancos, Austria's annulled run-off, the storming of Macedonia's parliament and Gruevski, Serbia's
protests, Amona and the al-Aqsa metal detectors, Tiran and Sanafir, Senegal's Khalifa Sall, Congo's Kasai and the
Catholic-led marches, Sereno, de Lima and Rappler, the Philippines' ICC exit and the Kuwait maids row, the Reuters
reporters in Myanmar, Sri Lanka's Easter bombings, Kandy and Hambantota, Thailand's 2019 election, Australia's
citizenship crisis, SNC-Lavalin, Standing Rock, Puerto Rico's Rossello, Bolivia's 2019 crisis, Chile's 2019 protests,
Ecuador's fuel protests, Bouterse, the 2019 Gulf tanker crisis, the Golan recognition, the migration compact, Greenland,
Kiribati's switch and Frode Berg, written before the session's changes and kept unmeasured until its end) and the
twentieth (wire_census20.tsv, session 32: the same register on another day's world-news mix, about half domestic
politics and half international, on ground none of censuses 8-19 touched, the Halle synagogue attack and Luebcke,
Utrecht, Baerum and Gdansk, Moscow's 2019 protests, Golunov, Calvey and Whelan, Kerch's college shooting, Istanbul's
re-run and the HDP mayors, Israel's 2019 elections and the Jordan Valley, Naharayim, Lebanon's and Iraq's 2019
protests, Iran's fuel protests, Saudi Arabia's mass execution, Nigeria's 2019 election, Onnoghen and Sowore, South
Africa's xenophobic riots, DusitD2, Zimbabwe's fuel protests, Namibia's Fishrot, Rwanda-Uganda, Benin's 2019 vote,
India's 2019 election and Ayodhya, Cho Kuk, Indonesia's 2019 protests, the Maldives' Yameen, Australia's ABC raid, the
Essex lorry deaths, de Rugy, Notre-Dame, the Pope in Abu Dhabi, Cyclone Idai, the Amazon fires, Argentina's 2019
election, Bukele, Colombia's 2019 strike, Trump's impeachment, El Paso, Zelenskiy, Caputova, Butina, Kim Jong Nam,
the Philippines-Canada garbage row, India's trade preferences, the WTO appeals body, Adelkhah, Issachar and Prague's
break with Beijing, written before the session's changes and kept unmeasured until its end) and the twenty-first
(wire_census21.tsv, session 33: the same register on another day's world-news mix, about half domestic politics and half
international, on ground none of censuses 8-20 touched, Peru's 2019 crisis and Vizcarra, Austria's Ibiza affair and
Strache, Albania's 2019 protests and earthquake, Haradinaj and Kurti, Georgia's Gavrilov protests and Russia's flight
ban, Yekaterinburg's cathedral, Abyzov, Kazakhstan's 2019 transition, Atambayev's arrest, Maharashtra's 2019 government,
India's citizenship law protests, Mamata Banerjee and the CBI, Musharraf's death sentence, Fazlur Rehman's Azadi march,
Taiwan's 2018 local elections, Guinea's constitution protests, Ogossagou, Haftar's Tripoli offensive and the Turkey-Libya
maritime accord, the Western Sahara round table, Haiti's 2019 protests, Tony Hernandez, Thelma Aldana and the safe third
country deal, Itaipu, Brumadinho, Moro's leaked messages, Culiacan and the LeBaron killings, Northam, Alabama's abortion
ban, Mursi's death, Matavele, Nusrat Jahan Rafi, Karoui, Egypt's September 2019 protests, Estonia's EKRE, Finland's postal
strike, the Dutch farmers, the Swiss women's strike, the Kurils, Mamallapuram, the crown prince in Islamabad, Halkbank,
Kneissl's wedding, Italy's Belt and Road accord, EU-Vietnam, the U.S.-Japan trade deal, Israel-Chad, Albania's expulsion
of Iran's envoy, Bulgaria's spying case, the Lithuania-Russia swap, Rovaniemi, NATO's London summit, Osaka, Warsaw, Sochi,
Russia-Belarus integration, the Tiergarten killing, the Pope in Bulgaria and Romania, Battisti, al-Qunun and the IMF's
Pakistan loan, written before the session's changes and kept unmeasured until its end) and the twenty-second
(wire_census22.tsv, session 34: the same register on another day's world-news mix, about half domestic politics and half
international, on ground none of censuses 8-21 touched, Bulgaria's 2016 election and Borisov, Denmark's 2019 election,
Poland's black protest, France's 2016 labour-law protests, Berberoglu and Kilicdaroglu's justice march, demonetisation,
triple talaq, the Jat agitation and Kanhaiya Kumar, Yingluck's sentence, Rousseff's impeachment and Cunha, Arpaio's
pardon and the 2019 border emergency, Farmajo and the Mogadishu truck bombing, Ethiopia's 2016-18 emergencies and
Hailemariam, Chibok and Dapchi, Duque's election, Liu Xiaobo and Liu Xia, Dagestan's arrests, Duterte in Beijing,
Karlov, resolution 2334, Nagorno-Karabakh in 2016, Obama's expulsion of Russian diplomats, the EU-Turkey migrant deal,
Warmbier, Pena Nieto's cancelled visit, Sudan-Egypt, Pulwama and Balakot, the SAARC summit, the Russia-Turkey and
Israel-Turkey reconciliations, the Saudi-Iran rupture, Regeni, the TPP withdrawal, the Dutch Ukraine referendum,
Nkandla and South Africa's ICC exit, Uganda's 2016 election, Ecuador's 2017 run-off, Yerevan's police station siege,
Oreskovic, Jo Cox, Gunnlaugsson, Holey Artisan, Formosa, Kazakhstan's land reform, Hiroshima and the Trump-Tsai
call, written before the session's changes and kept unmeasured until its end) and the twenty-third (wire_census23.tsv,
session 35: the same register on another day's world-news mix, about half domestic politics and half international,
on ground none of censuses 8-22 touched, Ghana's 2016 election, Chad's 2016 election, constitution and social media
block, Mokoko, Gbagbo's acquittal, Latvia's Rimsevics, the Prespa agreement, Roy Moore, Parkland and the March for Our
Lives, Canada's 2019 election, Mandsaur, Karnataka's 2019 confidence vote, Kashmir's special status revoked, Hong Kong's
Occupy convictions and oath disqualifications, Ko Ni, Thailand's 2016 referendum, the Sadrists in the Green Zone, Karak,
Aoun's election, Egypt's 2019 referendum, Taiwan's and Germany's same-sex marriage laws, Corbyn's 2016 no-confidence
vote, Kenny and Varadkar, Spain's 2019 elections, Gordhan's sacking, Temer and JBS, PrivatBank, the Council of Europe
and Russia, Hangzhou, Taormina, the Arms Trade Treaty, North Kivu's Ebola, the Treaty of Amity, the ICC and
Afghanistan, Haiti's cholera, Mladic, Praljak and Karadzic, the UAE-Somalia row, THAAD and Lotte, Putin in Belgrade,
Astravets, the 2018 steel tariffs, Turkey's 2019 Syria offensive, Abqaiq, the 2019 U.S.-Mexico tariff threat,
Halawa, Tolu, al-Araibi, Zakka, the Balangiga bells, Nikulin, Cambodia's trade preferences and the 755 U.S. diplomatic
staff, written before the session's changes and kept unmeasured until its end) and the twenty-fourth
(wire_census24.tsv, session 36: the same register on another day's world-news mix, about half domestic politics and
half international, on ground none of censuses 8-23 touched, Iran's 2017-18 protests, Saleh's killing and the southern
separatists' seizure of Aden, Comey's firing, Sessions' recusal and resignation, Gorsuch, Bannon, Price and Franken,
the Alexandria baseball shooting, Brennan's clearance, Kentucky's 2019 race and Bevin's pardons, North Carolina's 9th
district, Wisconsin's lame-duck laws, Johnson's suspension of parliament, Seehofer's migration row, Georgia's 2018
run-off, Moldova's 2019 crisis, Indonesia's 2019 election riots, Uttarakhand, Arunachal Pradesh and Haryana, France's
2019 pension strike, the Amhara killings, Congo's 2018 election result, O'Neill and Marape, Danilo Medina, the Hanoi
summit and the DMZ, the Rocket Man speech, Iran's 2019 nuclear breaches and INSTEX, the Japan-South Korea export row,
the Malaysia-Singapore port row, the France-Italy ambassador row, the Lima Summit of the Americas, Qatar's OPEC exit,
Mais Medicos, the Universal Postal Union, Gibraltar and the withdrawal agreement, the Airbus tariffs, the East Coast
Rail Link, Israel's 2018 strikes after the Iranian drone, Morocco's offer to Algeria, Xi in Pyongyang, Kim in
Vladivostok, TICAD, the Abidjan summit, the ASEAN code framework, the Dhahran summit, Trump's state visit to Britain
and Hualien, written before the session's changes and kept unmeasured until its end) and the twenty-fifth
(wire_census25.tsv, session 37: the same register on another day's world-news mix, 105 of its 195 rows domestic
politics and public order and less institutional than the twenty-fourth, on ground none of censuses 8-24 touched, the
Trump administration's departures (Tillerson, Mattis, Zinke, Nielsen, Acosta, Ronny Jackson, Shulkin, McCabe),
Conyers, Ryan, Pelosi's return and Steve King, Alabama's Bentley, Illinois' budget override, New Jersey's shutdown,
Gianforte, Rand Paul, Corker, Stormy Daniels, the Orlando, Dallas and Santa Fe shootings, Baton Rouge and Sacramento,
Bundy, the Hammond, Manning and Alice Johnson clemencies, Roof, the Portland stabbing, the Seventh Fleet, Damian
Green, Williamson, Carillion, the DUP deal, the Labour breakaway, Salmond, the 2018 lecturers' strike, de Villiers,
Collomb, Bayrou, Air France, Zijlstra, Sweden's data leak, Kosovo's demarcation vote, Chile's abortion ruling, Spain's
pensioners, Sanjrani, Mastung, Peshawar, Noor, the Kabul ambulance bombing and Intercontinental attack, Trillanes,
Jolo, Fuego, Turku, Mocoa, Edmonton, Goa, Helwan, the State of Mexico's election, Somalia's drought, and abroad
Erdogan's guards in Washington, Bastille Day, the Dead Sea summit, Mugabe at the WHO, Tillerson in Moscow, West
Jerusalem, the Falklands graves, the Saudi-Iraqi thaw, Suakin, Indonesia-Australia, Incirlik, Jim Yong Kim, Semuliki,
Colombia's decertification threat, Salvadoran TPS, Argentine lemons, the U.N. budget cut, Ukraine's visa-free travel,
Faki, King Salman in Moscow, Trump in Britain, Warsaw, Beijing and Tokyo, the MOAB, India-Bangladesh and the Teesta,
Li Keqiang in Tokyo, U.S. aid to Egypt, Italy-Libya, Kenya's railway, Greece's block on China, Macron in Algiers,
Sandhurst, Mohammed bin Salman in London, the Vicente case, Madagascar's plague, the Pope in Colombia, Grace Mugabe,
the U.S.-Pakistan travel limits, Serbia's Skopje staff and Zirngast, written before the session's changes and kept
unmeasured until its end) and the twenty-sixth (wire_census26.tsv, session 38: the same register on another day's
world-news mix, about 100 of its 195 rows domestic politics and public order, on ground none of censuses 8-25 touched,
Yates' and Bharara's dismissals, Spicer and Scaramucci, Kennedy's retirement, the Castile, Crutcher and Stockley
protests, Confederate statues, Denver's teachers, the Camp Fire, the Dayton and Thousand Oaks shootings, Epstein,
Ocasio-Cortez and Abrams, Finsbury Park, Davis and Raab, Londonderry's car bomb, Hulot and Melenchon, Ellwangen and
Muenster, the FDP walkout and the SPD vote, Yanukovich's verdict, Egypt's Anan and Shafik, Rwigara, the Amman embassy
guard, Kim and Xi in Beijing, Guam, Hizb ut-Tahrir, Typhoon Hato, Zambia's emergency, Niamey's march, and abroad the
US-Turkey visa row, the 2017 Russia sanctions law, Akkuyu, the Hungarian-Ukrainian education law, the China-Australia
interference row, the Brexit talks and Salzburg, Prince William's Middle East trip, Macron in Xi'an and on Audin, the
UAE embassy in Damascus, Da Nang, Vigilant Isles and Hand-in-Hand, the Syria and Sahel pledges, Hijazi and Jasek, the
Hobby Lobby tablets, U.S. beef in China, the Liu He-Lighthizer talks, the MH370 search's end and the Ethiopian
Airlines crash, written before the session's changes and kept unmeasured until its end). The twenty-seventh
(wire_census27.tsv, session 39) holds the same register on another day's world-news mix, about 111 of its 195 rows
domestic politics and public order, on ground none of censuses 8-26 touched, Meehan, Franks, Farenthold, Collins and
Hunter, Porter, Hicks, Cohn, Strzok and Omarosa, McCain's death, the Jacksonville and Tallahassee shootings, the Austin
bombs, Hawaii's false missile alert, Montecito, Kilauea, Florence, Steinle, Kobach, Vermont's gun law, McGuinness and
Stormont, Alfie Evans and Charlie Gard, Heathrow, Gatwick's drones, Mark Field, McVey and Jo Johnson, the Presidents
Club, Leicester, Schulz, Sri Lanka's 2018 crisis, Urjit Patel, Alok Verma, Ghazni, the ball-tampering ban,
Fredericton, Humboldt, the 2017 Mexico earthquake, Rio's National Museum, Santrich, Moyane, Miguna, Hamdallah's
convoy, and abroad Netanyahu in Oman, the PLO office, Spain's bombs for Saudi Arabia, the Yemen refuelling, the radar
row and the comfort women foundation, canola, the African free trade area, Khalilzad, Swiss bourse equivalence, flights
to Cairo, RT as a foreign agent, the Villepinte plot, Ilisu, the CAATSA sanctions on China, Saudi money for Pakistan,
the S-400 deal in New Delhi, the Coalition Support Fund, Ayuk Tabe, South Tyrol, Macron in Lagos, Nassib and Trebil,
Bien Hoa, Maqdala and Duqm, written before the session's changes and kept unmeasured until its end. The
twenty-eighth (wire_census28.tsv, session 40) holds the same register on another day's world-news mix, about 110 of its
195 rows domestic politics and public order, on ground none of censuses 8-27 touched, Manafort's verdict, Atlanta's
ransomware, the FIU bridge, the DuPont derailment, Baltimore's Gun Trace Task Force, Hyde-Smith, Sinclair-Tribune,
AT&T-Time Warner, the bike-path attack, Southwest's engine failure, Benghazi and Werfalli, Amesbury, Lactalis, Kandel,
Liege, Madsen, Georgia's runoff, Ganja, Bishkek's heat, Uganda's social media tax, Solai, Miryang, Yilan, the Open Arms,
Nduga, and abroad Ivanovic, Mahra, Migingo, Article 7 and Poland's judges, Europe's Iran payment channel, Bardonecchia,
the Nippon Steel ruling, Tuti Tursilawati, Gwadar, Quneitra, Abyei, Eritrea and Somalia, Eni's drillship off Cyprus and
the Indonesia-Australia trade pact, written before the session's changes and kept unmeasured until its end. The
twenty-ninth (wire_census29.tsv, session 41) holds the same register on another day's world-news mix, about 105 of its
195 rows domestic politics and public order, on ground none of censuses 8-28 touched, the Starbucks arrests, the Golden
State Killer's arrest, western Japan's 2018 floods, Pohang's earthquake, Boracay's closure, Birmingham prison and G4S,
Hungary's 2018 law against helping migrants, Banja Luka's Justice for David protests, the Amsterdam station stabbing,
the Ukara ferry, Suzano, the Mosul ferry, Dhaka's Chawkbazar fire, and abroad the US-Bangla crash at Kathmandu,
Ouagadougou's 2018 attacks, Tongo Tongo and U.S. cooperation with Niger, Japan's recall over the Busan statue, Kovrig,
Spavor, Schellenberg and McCallum, and Vucic in Zagreb, written before the session's changes and kept unmeasured
until its end. The thirtieth (wire_census30.tsv, session 42) holds the same register, heavier on the domestic side
(about 123 of its 195 rows), on ground none of censuses 8-29 touched, the Jecheon fire, Koshe's landslide, Rigopiano,
Magnitogorsk, Svoge's bus crash, Mako Brimob, Hidroituango, the Elphinstone Road stampede, Cyclone Ockhi, and abroad
the Sanchi collision, the Cubana crash and Global Air, the Ghana-Ivory Coast sea-border ruling and the Kenya-Tanzania
livestock row, written before the session's changes and kept unmeasured until its end. The thirty-first
(wire_census31.tsv, session 43) holds the same register, about 113 of its 195 rows domestic, on ground none of
censuses 8-30 touched, the Virgen de la Asuncion shelter fire near Guatemala City, Cairo's Ramses station fire, the
Corlu derailment, the Bahawalpur tanker fire, Maputo's Hulene dump collapse, the Yemenis on Jeju, the Aseman crash in
the Zagros, and abroad the Phoenix capsizing off Phuket, the Philippines' Dengvaxia dispute with Sanofi, the
China-Sweden hostel row and the Malaysia-Singapore disputes over Tuas, southern Johor's airspace and water, written
before the session's changes and kept unmeasured until its end. The thirty-second (wire_census32.tsv, session 44) holds
the same register, about 103 of its 195 rows domestic, on ground none of censuses 8-31 touched, Austria's BVT raid,
Chennai's jallikattu protests, Nairobi's governor's graft case, Eskom's wage strike, Groningen's gas quakes, Peru's
judicial recordings, Tanzania's threatened crackdown, and abroad Austria's expelled Turkish-funded imams, the Bularat
killing between Greece and Albania, the Palk Strait fishing dispute, the North Natuna Sea, the Helmand's water, the
Venezuela-Panama list row and Georgia's boundary fences, written before the session's changes and kept unmeasured
until its end.
The thirty-third (wire_census33.tsv, session 45) holds the same register, about 104 of its 195 rows domestic, on
ground none of censuses 8-32 touched, Buenaventura's civic strike, Peru's 2017 teachers' strike, the Dominican Green
March against the Odebrecht bribes, Costa Rica's strike against the fiscal reform, Niger's protests against its 2018
finance law, and abroad the Sudan-Egypt row over Halayeb, Repsol's halted drilling off Vietnam, Niger's migration
cooperation with the EU and Italy and the Kazakhstan-Kyrgyzstan border row of 2017, written before the session's
changes and kept unmeasured until its end.
The thirty-fourth (wire_census34.tsv, session 46) holds the same register, about 111 of its 195 rows domestic, on
ground none of censuses 8-33 touched, Nagaland's 2017 protests against the women's quota, Mexico's 2016 CNTE teachers'
conflict and Nochixtlan, Bolivia's 2017-18 coca disputes and La Asunta, and abroad Venezuela's 2018 closure of its
links with Aruba, Curacao and Bonaire, the Tunisia-UAE row over Emirates' bar on Tunisian women, the 2017 expulsions
of North Korea's ambassadors and the Malawi-Tanzania lake dispute, written before the session's changes and kept
unmeasured until its end.
`--census FILE` (repeatable) scores only those files; by default all thirty-four, each reported apart and then
together. Codes every sentence with the whole pipeline, with the settings built as
`communique` builds them (defaults < COMMUNIQUE_* environment < `--profile`, `--classifier`: the learned
classifier is on, `events`, by default; `--classifier off` scores the coder's events alone) and scores the class of each sentence's most confident event as
`communique eval` scores its `main_class` (evaluate/main_class.py: a sentence with no event is wrong). Each
wrong sentence is put down to one general cause:

- no event, split by what the coder's trace (`Document.dropped`) says lost it: *statement dropped* (a
  statement, CAMEO 01, dropped for want of a target), *target missing* (another code dropped for want of a
  target), *actor not found* (dropped for want of a source, or neither side names an actor), *other drop*
  (any other reason the trace gives), *verb silent* (the trace holds nothing: no verb or noun was coded);
- *ordering*: an event of the gold class was coded, but another was more confident;
- *class*: no event of the gold class was coded.

Each census's hold-out third (`held_out`) is reported apart: it was fixed before any mechanism was written.

    PYTHONPATH=src python tools/wire_census.py [--census FILE ...] [--profile petrarch2] [--classifier off]
        [--losses [--held-out]] [--json] [--counts]

`--losses` lists the written-on rows' wrong sentences only; the held-out third's are listed (marked H) only with
`--held-out`, so that reading a census's losses does not show its held-out rows (session 31: a listing of every
row put held-out sentences in front of the lead).

`--counts` prints only how the wrong sentences fall: (gold class -> class got, cause), (gold CAMEO root -> the
main event's root) and, for the sentences with no event, the drop reasons of the coder's trace, with their counts, never a sentence, so that a census kept fresh can be measured once and its
confusions counted without its rows being read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
CENSUS = ROOT / "tests" / "fixtures" / "wire_census.tsv"
CENSUS2 = ROOT / "tests" / "fixtures" / "wire_census2.tsv"
CENSUS3 = ROOT / "tests" / "fixtures" / "wire_census3.tsv"
CENSUS4 = ROOT / "tests" / "fixtures" / "wire_census4.tsv"
CENSUS5 = ROOT / "tests" / "fixtures" / "wire_census5.tsv"
CENSUS6 = ROOT / "tests" / "fixtures" / "wire_census6.tsv"
CENSUS7 = ROOT / "tests" / "fixtures" / "wire_census7.tsv"
CENSUS8 = ROOT / "tests" / "fixtures" / "wire_census8.tsv"
CENSUS9 = ROOT / "tests" / "fixtures" / "wire_census9.tsv"
CENSUS10 = ROOT / "tests" / "fixtures" / "wire_census10.tsv"
CENSUS11 = ROOT / "tests" / "fixtures" / "wire_census11.tsv"
CENSUS12 = ROOT / "tests" / "fixtures" / "wire_census12.tsv"
CENSUS13 = ROOT / "tests" / "fixtures" / "wire_census13.tsv"
CENSUS14 = ROOT / "tests" / "fixtures" / "wire_census14.tsv"
CENSUS15 = ROOT / "tests" / "fixtures" / "wire_census15.tsv"
CENSUS16 = ROOT / "tests" / "fixtures" / "wire_census16.tsv"
CENSUS17 = ROOT / "tests" / "fixtures" / "wire_census17.tsv"
CENSUS18 = ROOT / "tests" / "fixtures" / "wire_census18.tsv"
CENSUS19 = ROOT / "tests" / "fixtures" / "wire_census19.tsv"
CENSUS20 = ROOT / "tests" / "fixtures" / "wire_census20.tsv"
CENSUS21 = ROOT / "tests" / "fixtures" / "wire_census21.tsv"
CENSUS22 = ROOT / "tests" / "fixtures" / "wire_census22.tsv"
CENSUS23 = ROOT / "tests" / "fixtures" / "wire_census23.tsv"
CENSUS24 = ROOT / "tests" / "fixtures" / "wire_census24.tsv"
CENSUS25 = ROOT / "tests" / "fixtures" / "wire_census25.tsv"
CENSUS26 = ROOT / "tests" / "fixtures" / "wire_census26.tsv"
CENSUS27 = ROOT / "tests" / "fixtures" / "wire_census27.tsv"
CENSUS28 = ROOT / "tests" / "fixtures" / "wire_census28.tsv"
CENSUS29 = ROOT / "tests" / "fixtures" / "wire_census29.tsv"
CENSUS30 = ROOT / "tests" / "fixtures" / "wire_census30.tsv"
CENSUS31 = ROOT / "tests" / "fixtures" / "wire_census31.tsv"
CENSUS32 = ROOT / "tests" / "fixtures" / "wire_census32.tsv"
CENSUS33 = ROOT / "tests" / "fixtures" / "wire_census33.tsv"
CENSUS34 = ROOT / "tests" / "fixtures" / "wire_census34.tsv"
CENSUSES = (CENSUS, CENSUS2, CENSUS3, CENSUS4, CENSUS5, CENSUS6, CENSUS7, CENSUS8, CENSUS9, CENSUS10, CENSUS11,
            CENSUS12, CENSUS13, CENSUS14, CENSUS15, CENSUS16, CENSUS17, CENSUS18, CENSUS19,
            CENSUS20, CENSUS21, CENSUS22, CENSUS23, CENSUS24, CENSUS25, CENSUS26, CENSUS27, CENSUS28,
            CENSUS29, CENSUS30, CENSUS31, CENSUS32, CENSUS33, CENSUS34)
PARTS = ("all", "written on", "held out")
STATEMENT_DROPPED, TARGET_MISSING, ACTOR_NOT_FOUND = "no event: statement dropped", "no event: target missing", \
    "no event: actor not found"
OTHER_DROP, VERB_SILENT = "no event: other drop", "no event: verb silent"
ORDERING, CLASS = "ordering", "class"
CAUSES = (STATEMENT_DROPPED, TARGET_MISSING, ACTOR_NOT_FOUND, OTHER_DROP, VERB_SILENT, ORDERING, CLASS)
NO_SOURCE = ("drop: no source", "drop: neither side names an actor", "drop: a passive with no subject")


def census_rows(path: Path = CENSUS) -> list[tuple[str, str, str, str]]:
    """(class, CAMEO code, sentence, phenomenon) for each row of the census, its header row left out."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == ["class", "code", "sentence", "phenomenon"], lines[0]
    return [tuple(line) for line in lines[1:]]


def held_out(sentence: str) -> bool:
    """Whether a sentence is in the census's hold-out third: its SHA-1, read as a number, is 0 modulo 3."""
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest(), 16) % 3 == 0


def coded(rows: Sequence[tuple[str, ...]], profile: str | None = None, published: str = "2018-03-01",
          classifier: str | None = None) -> list:
    """The Document each row's sentence is coded to by the pipeline: the settings built as `communique` builds
    them (defaults, COMMUNIQUE_* environment), with `profile` and `classifier` over them where given."""
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    settings = Settings.build(profile=profile, classifier=classifier)
    return list(extract_articles([Article(text=row[2], published=published) for row in rows], settings))


def predicted(document) -> str:
    """The class of a document's main event (evaluate/main_class.py), NO_EVENT where it has none."""
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event

    chosen = main_event(document.events)
    return event_class(chosen) if chosen else NO_EVENT


def main_code(document) -> str | None:
    """The CAMEO code of a document's main event (evaluate/main_class.py), None where it has none."""
    from communique.evaluate.main_class import main_event

    chosen = main_event(document.events)
    return chosen.cameo.get("code") if chosen else None


def confusion_counts(losses: Sequence[dict]) -> list[tuple[int, str]]:
    """(count, line) for the wrong sentences' (gold class -> class got, cause) and (gold root -> root got) pairs and
    the drop reasons of those with no event, each kind most frequent first: how a census's losses fall, without a
    sentence."""
    from collections import Counter

    classes = Counter(f"{loss['gold']} -> {loss['got']} ({loss['cause']})" for loss in losses)
    roots = Counter(f"root {loss['code'][:2]} -> {(loss['got_code'] or '--')[:2]}" for loss in losses)
    drops = Counter(f"no event, the trace's drop: {reason}" for loss in losses if not loss["got_code"]
                    for reason in loss.get("drops", ()))
    return [(n, line) for counts in (classes, roots, drops) for n, line in
            sorted(((n, line) for line, n in counts.items()), reverse=True)]


def cause(gold: str, document) -> str | None:
    """Why a sentence's main event is not of class `gold` (module docstring); None where it is."""
    from communique.evaluate.main_class import NO_EVENT, event_class

    got = predicted(document)
    if got == gold:
        return None
    if got != NO_EVENT:
        return ORDERING if any(event_class(e) == gold for e in document.events) else CLASS
    reasons = [(code, steps[-1] if steps else "") for _, _, code, steps in document.dropped]
    if any(code[:2] == "01" and reason == "drop: no target" for code, reason in reasons):
        return STATEMENT_DROPPED
    if any(reason == "drop: no target" for _, reason in reasons):
        return TARGET_MISSING
    if any(reason in NO_SOURCE for _, reason in reasons):
        return ACTOR_NOT_FOUND
    return OTHER_DROP if reasons else VERB_SILENT


def figures(rows: Sequence[tuple[str, ...]], documents: Sequence) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold's classes, the no-event share and the losses by cause."""
    from communique.evaluate.main_class import NO_EVENT, classes
    from communique.evaluate.scoring import accuracy, macro_f1

    gold = [row[0] for row in rows]
    got = [predicted(d) for d in documents]
    causes = [cause(g, d) for g, d in zip(gold, documents)]
    return {"sentences": len(rows), "accuracy": round(accuracy(gold, got), 3),
            "macro_f1": round(macro_f1(gold, got, [c for c in classes() if c in gold]), 3),
            "no_event": round(got.count(NO_EVENT) / len(rows), 3) if rows else 0.0,
            "lost": {c: causes.count(c) for c in CAUSES}}


def parted(rows: Sequence[tuple[str, ...]], documents: Sequence) -> dict[str, Any]:
    """The figures of all the rows, of the part mechanisms were written on and of the hold-out third."""
    keeps = {"all": [True] * len(rows), "written on": [not held_out(r[2]) for r in rows],
             "held out": [held_out(r[2]) for r in rows]}
    return {name: figures([r for r, k in zip(rows, keep) if k], [d for d, k in zip(documents, keep) if k])
            for name, keep in keeps.items()}


def report(profile: str | None = None, paths: Sequence[Path] = CENSUSES,
           classifier: str | None = None) -> dict[str, Any]:
    """Each census's figures in its parts (`parted`), then all of them together where there are several, and
    every wrong sentence with its census, cause and the events that were coded."""
    out: dict[str, Any] = {"censuses": {}, "losses": []}
    every_row: list = []
    every_document: list = []
    for path in paths:
        rows = census_rows(Path(path))
        documents = coded(rows, profile, classifier=classifier)
        out["censuses"][Path(path).name] = parted(rows, documents)
        every_row += rows
        every_document += documents
        out["losses"] += [{"census": Path(path).name, "sentence": r[2], "gold": r[0], "code": r[1],
                           "got": predicted(d), "got_code": main_code(d), "cause": cause(r[0], d),
                           "drops": sorted({steps[-1] for _, _, _, steps in d.dropped if steps}),
                           "held_out": held_out(r[2]),
                           "events": [f"{e.cameo.get('code')} {e.confidence}" for e in d.events]}
                          for r, d in zip(rows, documents) if cause(r[0], d)]
    if len(paths) > 1:
        out["censuses"]["together"] = parted(every_row, every_document)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--census", action="append", type=Path, default=None, metavar="FILE",
                        help="a census file to score (repeatable); by default all nine censuses")
    parser.add_argument("--profile", default=None, help="the coding profile (default: the settings' own, communique)")
    parser.add_argument("--classifier", default=None, choices=("off", "events", "all"),
                        help="the learned classifier's setting (default: the settings' own, events)")
    parser.add_argument("--losses", action="store_true",
                        help="list every wrong sentence of the written-on rows with its cause (the held-out third's "
                             "sentences only with --held-out: a held-out row is not to be read)")
    parser.add_argument("--held-out", action="store_true", help="with --losses, list the held-out third's too (H)")
    parser.add_argument("--json", action="store_true", help="print the figures and the losses as JSON")
    parser.add_argument("--counts", action="store_true",
                        help="print how the wrong sentences fall (class and root pairs, counted), never a sentence")
    args = parser.parse_args(argv)
    paths = args.census or list(CENSUSES)
    missing = [p for p in paths if not Path(p).is_file()]
    if missing:
        print(f"Census file {missing[0]} does not exist; check the path given to --census.", file=sys.stderr)
        return 2
    out = report(args.profile, paths, args.classifier)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for census, parts in out["censuses"].items():
        print(census)
        for name in PARTS:
            f = parts[name]
            print(f"  {part_line(name, f)}  lost: " + ", ".join(f"{c} {n}" for c, n in f["lost"].items() if n))
    if args.counts:
        for n, line in confusion_counts(out["losses"]):
            print(f"{n:4}  {line}")
    if args.losses:
        for loss in (x for x in out["losses"] if args.held_out or not x["held_out"]):
            print(f"{loss['census'][:-4]:13} {loss['cause']:28} {loss['gold']:21} got {loss['got']:21} "
                  f"{'H' if loss['held_out'] else ' '} {loss['sentence']}  [{'; '.join(loss['events'])}]")
    return 0


def part_line(name: str, figures: dict) -> str:
    """One part's figures as both this tool and tools/main_events.py print them: its name, sentences, accuracy,
    macro-F1 and share with no event."""
    return (f"{name:11} n={figures['sentences']:3}  accuracy {figures['accuracy']:.3f}  "
            f"macro-F1 {figures['macro_f1']:.3f}  no event {figures['no_event']:.1%}")


if __name__ == "__main__":
    sys.exit(main())

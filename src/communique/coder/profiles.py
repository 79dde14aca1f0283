"""Coding profiles: one engine, two sets of conventions, chosen by the setting `profile`.

`petrarch2` reproduces PETRARCH-2's output conventions (../shared/PETRARCH2_ALGORITHM.md §1.2, §5.3)
for users who need data comparable with Phoenix or TERRIER: an event needs both a source and a target,
only the main clause chain is coded, its Quirks are kept where they change output, and nothing is added
from outside the sentence. `communique` (the default) keeps the same grammar and adds, each by a switch:

| switch | petrarch2 | communique | what it does when on |
|---|---|---|---|
| `require_both_actors` | on | off | off: an event with a source and no target is kept (a protest, an appeal), except a public statement (CAMEO 01) |
| `main_clause_only` | on | off | on: only the top-level clauses emit events (spec §5.1); off: also other clauses, and a complement with its own subject on its own ("..., as Erdogan prepared to meet Putin in Istanbul") |
| `fix_quirks` | off | on | the named Quirks of the spec are fixed (braces with several modifiers, dead `$ + %` patterns) |
| `agentless_material_conflict` | off | on | material conflict (CAMEO 14-20) with no actor named is kept with an unidentified source ("a bomb exploded near the patrol") |
| `context_country` | off | on | an actor with no country (police, rebels) takes one from the event's place or the document's context; in a visit or a meeting (data/resolve_host_codes.tsv), not the country of the state the other side names ("will visit Japan": no JPNGOV; resolve/host_countries.py) |
| `additions` | off | on | the project's own rules (coder/additions.py) fire where the dictionary has no code for a clause |
| `synset_additions` | off | on | words a synset of CAMEO.2.0.txt lacks join it before its patterns are expanded (data/coder_additions_synsets.txt: DEAL in &TREATY, ARMS in &WEAPON), so every pattern naming the synset matches them at its own code: "signed a trade deal" is SIGN's `{TRADE &TREATY}` 061; coder/dictionary.py |
| `document_actors` | off | on | where PETRARCH's reading of a noun phrase finds no actor, the document's own actor knowledge (people and titles, coreference of pronouns and surnames) fills it; a target so filled that names only the event's own sources is their possession, no recipient ("Xland and Yland restored their ties") |
| `complement_actors` | off | on | a coded governing verb over a complement with no code keeps its code; the complement's actors are its target ("threatened to cut off electricity to Xland": 130) |
| `raising_passives` | off | on | a passive with no agent over an infinitive ("is expected to visit", "was forced to withdraw") codes the infinitive with the passive's subject |
| `deontic_requests` | off | on | a statement that another actor must or should act is a demand (10x) or an appeal (02x) to it ("said Yland must withdraw"), not a statement about the act |
| `nominal_events` | off | on | a verb with no code over an event noun ("completed its withdrawal from Yland") is coded as the verb the noun names (data/coder_additions_nominals.tsv) |
| `object_senses` | off | on | a verb matched by no pattern takes its object's sense from data/coder_additions_objects.tsv: an idiom that is no event ("the vote will take place") has no code, obstructing a road is the manual's 144 ("blocked roads"; 140 in PETRARCH-2's code table), not 170 |
| `adjective_intents` | off | on | an infinitive under an adjective of intent with a copula ("Xland is ready to host talks with Yland", "said it was willing to mediate") is read as a clause, so the intent table codes it (036, 039, ...) |
| `agreed_objects` | off | on | agreeing to a thing no pattern names ("agreed to an extension of the mission", "agreed a trade deal with Yland") is the CAMEO manual's 030, an agreement to cooperate (PLOVER AGREE), not AGREE's block code 050 |
| `event_nouns` | off | on | an event noun in a clause no pattern coded is coded by the CAMEO code it names (data/event_nouns.tsv), its actors from its own arguments and the governing clause ("clashes erupted between Xland and Yland", "Xland carried out an air strike on Yland", a headline "Deadly clashes in Xland"); coder/nouns/events.py |
| `protest_purposes` | off | on | a protest staged for a demand ("marched to demand elections", "began a hunger strike to demand his release") is the protest (14x, the CAMEO manual's "demonstrate for ..."), its demand's target its target; PETRARCH-2's combine lets the inner demand (10x) win; likewise a protest staged to condemn or reject (11x, 12x: "took to the streets to denounce the price rises"), the PLOVER manual's topic of a protest |
| `partitive_subjects` | off | on | a subject headed by a noun of quantity or part ("thousands of", "a contingent of", data/coder_additions_partitives.tsv) also offers its OF object to the subject-side patterns: "a contingent of Kenyan troops arrived" matches `- &MILITARY *` as "Kenyan troops arrived" does; an object so headed offers its OF object to the silent-verb and act-noun tables ("received a mission of UN observers", "suspended part of its aid programme") |
| `plover_crosswalk` | off | on | an event's PLOVER type is its CAMEO cue category's by the PLOVER manual's own crosswalk (data/plover_crosswalk.tsv), where data/cameo_to_plover.tsv crosses categories: territory taken in fighting (192) is ASSAULT as 19 FIGHT, destroying property (1712) COERCE as 17 |
| `plover_resignations` | off | on | a resignation ("resigned", "stepped down": CAMEO 083x) is the PLOVER manual's RETREAT resign, not a verbal CONCEDE (data/plover_senses.tsv) |
| `agentless_passives` | off | on | a passive with no agent whose verb the dictionary codes ("Xland has been accused of espionage", "sanctions were imposed on Yland") is kept with an unidentified source and the passive's subject (or, where a pattern took the subject as its object, the verb's other PPs) as target, at a lower confidence; for acts done to the subject (CAMEO 06-20), not statements, appeals, intents, meetings or diplomatic cooperation (01-05: "was urged", "was visited"); coder/recall.py |
| `silent_verbs` | off | on | a clause no pattern matched whose verb and object are those of a CAMEO code's own name ("reduced relations with Yland": 160, "eased restrictions": 0811) takes that code (data/coder_silent_verbs.tsv, written from the CAMEO code names); a British -ISE form the dictionary has only as -IZE ("finalised": FINALIZED) is matched as that spelling; coder/phenomena/silent_verbs.py |
| `act_nouns` | off | on | a clause no pattern matched whose verb starts or stops an act its object names ("extended the curfew": 1723, "renewed sanctions on Yland": 163, "relaxed the blockade": 0872, "ended the state of emergency": 0814, "halted negotiations": 164) takes that act's code from the CAMEO code names (data/act_nouns.tsv, data/act_noun_verbs.tsv); a thing given as aid is the aid it is ("delivered armoured vehicles": 072, "sent 20 tonnes of medical supplies": 073; a head of amount read at its OF or IN object, data/coder_amounts.tsv); coder/nouns/acts.py |
| `object_passives` | off | on | a passive whose subject is the noun its verb's pattern or the act-noun table names as the object ("a curfew was imposed in Kisumu by the police", "the state of emergency was extended by parliament") is read as its active: the by-agent alone is the source (not IN or FROM, PETRARCH-2's other passive sources), the actors of the other PPs the target, else the subject's own actors ("the curfew in Cairo was lifted by the army"), else none, so the event is kept with its source alone; coder/recall.py |
| `conjunct_actors` | off | on | each conjunct of a coordinated noun phrase is read with its own agents and country ("the Xland government and Yland rebels": XLDGOV, YLDREB, not XLDGOVREB and YLDGOVREB), a premodifier shared only where the grammar shares it ("Xland's army and police": XLDMIL, XLDCOP); coder/actors/noun_phrases.py |
| `appositive_actors` | off | on | one noun phrase that names a country and a more specific actor of that country is one actor, the specific one: "the Lebanese group Hezbollah" is LBNREB, not LBN and LBNREB (a descriptor and its name in apposition, a title before a name); coder/actors/noun_phrases.py |
| `reported_targets` | off | on | a speech act other than a statement over a reported event no rule resolves is addressed to that event's actor ("demanded that Yland hold elections": 100 to Yland), not dropped |
| `reciprocal_actor_lists` | off | on | several sources that met or cooperated (CAMEO 03-06) with no target named are one event whose actor is the list of them all, with no recipient ("Xland and Yland signed a trade deal": XLD,YLD -> none), the PLOVER manual's reciprocal events; PETRARCH-2 (spec §5.3) writes every ordered pair (XLD -> YLD, YLD -> XLD); coder/sentence.py |
| `conditional_threats` | off | on | an act announced for later on a condition ("will cut aid to Yland unless it holds the vote", "said it would withdraw its peacekeepers if ...") is what the same act announced for later is, by the mood table (data/coder_additions_mood.tsv): coercion or force a threat (13x), cooperation an offer (03x), made now; not a possibility left unscored (the PLOVER manual: THREATEN, not ASSAULT + hypothetical); modality `conditional_future` |
| `plover_charges` | off | on | a charge, indictment, prosecution or lawsuit (CAMEO 173 triggered by "indict", "prosecute", "sue", "charge", "file charges") is the PLOVER manual's ACCUSE allege ("sue, indict, or charge; bring to trial"), not the crosswalk's COERCE arrest; arrests and detentions stay COERCE (data/plover_charges.tsv) |
| `appositive_relations` | off | on | a name described by an apposition ("Pakistan, a key U.S. ally", "Kenya, a longtime British partner") is the name's actor only: a country the description alone names is a relation, not a second actor (PETRARCH-2 reads both: PAK and USA); a name with no actor of its own takes the description's ("Khan, a Pakistani general"); coder/actors/noun_phrases.py |
| `adjunct_pps` | off | on | a PP of concession ("despite Yland's objections", "notwithstanding Yland's opposition", data/coder_adjunct_prepositions.tsv) gives the clause no target: it names what the act goes against; a PP of cause or topic over a common noun ("imposed sanctions on Xland over its invasion of Yland", "summoned the Xland ambassador over the treatment of Yland refugees") names a target only where the clause and the noun phrase name none else, except in verbal conflict (10-13: "complained to the UN over Yland's air raids" names Yland, the offender); PETRARCH-2 (spec §4.5) takes the actors of every PP child where the objects name none; coder/lower_sets.py, coder/adjuncts/places.py |
| `english_inflections` | off | on | a written form a dictionary verb lacks because PETRARCH-2's rule for regular forms misspells it is matched as that verb: the standard English 3sg, past and gerund (doubled consonants "stopped", "hitting", "travelled"; "launches", "punishes"; "destroys", "decried"; "pursuing", "suing", "dying"; "vetoes"), by the spelling rules of English, the longer verbs that double listed in data/verb_inflections.tsv; a line with its own forms gets the 3sg and gerund only; coder/phenomena/silent_verbs.py |
| `request_contents` | off | on | what a request asks for is no event: an act in the irrealis content (infinitive, gerund, mandative subjunctive) of a verb the dictionary codes 02, 03, 10 or 13, or of a noun of request (data/coder_request_nouns.tsv), is dropped even where the request itself is not an event ("issued a statement demanding that the government release ...", "its demand that Yland lift ...", "an appeal for sending troops"); a finite claim stays ("insisted that Yland attacked first"); coder/contents.py |
| `background_clauses` | off | on | with `main_clause_only` off, an adverbial clause of time ("after", "before", "until", "when", ...: data/coder_background_marks.tsv; not "as", "while") is not coded on its own where the top-level clauses coded an event: it places the news in time ("imposed a curfew after rebels attacked the town": the curfew); a sentence whose main clause has no code keeps it; coder/sentence.py, coder/contents.py |
| `linking_verbs` | off | on | a verb no pattern matched that has an adjective complement and no object ("two aid workers went missing", "the minister went public", "Zland's economy went bankrupt") is a linking verb, a change or state of its subject: its block's default (GO: 040, a trip) is not its sense, so the clause has no code of its own; coder/compose.py |
| `plover_statements` | off | on | a residual statement (CAMEO 010 "Make statement, not specified below": "X told reporters ...", "X described Y as ...") has no PLOVER type (type null; the event and its CAMEO code stay): the PLOVER 2.0 manual drops CAMEO 01 MAKE PUBLIC STATEMENT, and data/cameo_to_plover.tsv's SUPPORT for it is an approximation; comments that name a stance (011-019) keep their types; plover_conventions.py |
| `leader_compounds` | off | on | a hyphenated "-led", "-run" or "-owned" compound names the actor's leader, runner or owner ("Xland-led forces": XLD..., "state-run television": ~GOVMED), as the Phoenix entries MILITARY_LED [~MIL] and STATE_RUN TELEVISION [~GOVMED] read such words; PETRARCH-2 reads the hyphenated word as one, which no entry matches; "-backed", "-based" are not read so (data/coder_leader_participles.tsv); coder/actors/noun_phrases.py |
| `conjunct_targets` | off | on | coordinated verbs of one subject share the recipient one of them names: a conjunct record with no target whose object is left to the context (none, a pronoun, "others", "more") takes the target of a conjoined record with the same source and PLOVER type ("killed three Yland soldiers and wounded four others", "recognised and established relations with Yland"), where PETRARCH-2 codes each conjunct with its own lower set (spec E12) and communique kept the same act twice, once without its recipient; coder/conjunct_targets.py |
| `intent_lowers` | off | on | an intent expressed by an adjective or a noun ("is willing to send aid to Yland", "its readiness to provide loans to Yland", coder/nouns/intents.py `intent_records`) is directed at its act's target read as PETRARCH reads a lower set after the act's pattern (spec §4.3, §4.5: the words the pattern consumed leave the noun phrases; the objects' actors, else the PPs'), not at the act's objects whatever they name (none for "aid", the source's own for "its troops") |
| `light_verbs` | off | on | a light verb (make, give, issue, lodge, voice, stage, carry out, announce: data/coder_light_verbs.tsv) no pattern of its own matched, over a noun that names an act (data/coder_additions_nominals.tsv), is coded as the verb the noun names, not by its block default: "gave its endorsement": 051, not GIVE's 060; "issued a denial": 016; coder/phenomena/light_verbs.py |
| `whole_names` | off | on | a name the actor dictionary holds whole whose words run across a preposition ("the Democratic Republic of Congo", "the Organization of American States") is read whole, COD and IGOOAS, where PETRARCH-2 (spec §3.2) keeps the PP's actor aside (COG, MEA) and reads the words before it alone; coder/actors/noun_phrases.py `_name_across` |
| `subject_words` | off | on | a subject-side pattern that chose the verb's code (`- &MILITARY * [190]`: "the Sudanese army attacked") leaves the subject its words: SDNMIL, where PETRARCH-2 counts the head consumed and the subject loses its agent (SDN); coder/compose.py `_verb_match` |
| `object_words` | off | on | where a verb pattern named the object's noun and that noun is a person or group the act is done to (KILL `- * DEMONSTRATOR [175]`: "police killed a demonstrator in Nairobi"), the noun still gives the target its agent: KENOPP, where PETRARCH-2 counts it consumed (KEN); not where the verb sends, moves, gives or musters its object ("sent troops to Yland"), nor its own people ("recalled its ambassador"), nor where another phrase names the target; coder/actors/object_words.py |
| `reflexive_objects` | off | on | a reflexive object ("blew themselves up", "will defend itself against Yland") is the actor acting on itself and names no target, where PETRARCH-2 (spec §3.7) reads it as its clause's subject and codes an event from the actor to itself; coder/actors/noun_phrases.py `meaning` |
| `aid_kinds` | off | on | a record of a family of aid's base code (023, 033, 070, 103, 122; the bare appeal 020, intent 030 or demand 100 over aid) whose verb's object, or its FOR or OF object, is a noun of aid takes the CAMEO codebook's sub-code of the kind its premodifier or the noun names (1 economic, 2 military, 3 humanitarian, 4 military protection or peacekeeping): "provided military aid to Yland" 072, "asked Yland for humanitarian aid" 0233; CAMEO.2.0.txt reaches them only through a few braced phrases of some blocks; coder/phenomena/aid_kinds.py, data/coder_aid_kinds.tsv |
| `cooperation_kinds` | off | on | a record of a family of cooperation's base code (021, 031, 060, 101, 121), of its diplomatic sibling (022, 032, 050, 102) or of the bare appeal 020, intent 030, demand 100 or rejection 120 whose verb's object (or its FOR, OF or ON object) is a noun of cooperation with a premodifier naming its kind takes the CAMEO codebook's sub-code of that kind (1 economic, 2 military, 3 judicial, 4 intelligence): "expanded economic cooperation with Yland" 061, not EXPAND's 050; "cooperated on intelligence" 064; coder/phenomena/cooperation_kinds.py, data/coder_cooperation_kinds.tsv |
| `scale_defaults` | off | on | a record of the default of CAMEO.2.0.txt's BOOST block (increase, expand, boost, deepen, heighten, intensify, ...: 060, material cooperation), coded by the verb alone, stands only where the verb's object (or its IN or OF object) is a noun of cooperation or exchange ("deepened its ties with Yland"); a rise in anything else is no cooperation: "Iran increased uranium enrichment", "the government increased fuel prices" have no code of their own; coder/phenomena/scale_defaults.py, data/coder_scale_defaults.tsv |
| `venues` | off | on | the place two or more actors meet or work together in is their venue, not a recipient: the records of one clause's cooperation (03-06) from two or more sources sharing one target read only from an IN or AT phrase headed by a proper noun ("met in Singapore", "held talks in Berlin") become one actor list with no recipient, as the PLOVER manual codes a reciprocal CONSULT, and the venue's reversed records go; PETRARCH-2 (spec §4.5) gives the venue's country as the target; coder/phenomena/venues.py |
| `act_kinds` | off | on | an object headed by a noun of an act or of help ("aid", "exercises", "operation", data/coder_act_kind_nouns.tsv, the nouns CAMEO.2.0.txt braces with an agent synset: {&MILITARY AID}) whose meaning has agents and no actor names the act's kind, not a participant: "sent military aid to Yland" is aid to YLD, not YLDMIL, also where the PP is the noun's ("asked Yland for military aid": YLD); "held joint military exercises" has no target; PETRARCH-2's lower set (spec §4.5) mixes the agent in where no pattern consumed it; coder/lower_sets.py, coder/phenomena/act_kinds.py |
| `pattern_noun_numbers` | off | on | where no pattern of a verb matched by exact form (spec §2.2.1, §4.3: AGREEMENTS is not AGREEMENT), its patterns are tried once more with each noun head also matching its other number, at the same code: "closed its borders" meets `- * BORDER [172]`, which CAMEO.2.0.txt lists in the singular only; a key met so must be written in the pattern's own line (synset members are already expanded); coder/match.py |
| `plover_future_cooperation` | off | on | a meeting, visit or other act of PLOVER CONSULT, SUPPORT, COOPERATE or AID reported for later ("will meet the Yland president on Friday", "will visit Yland next week", also on a condition: "would meet him if ...") is PLOVER AGREE, as the PLOVER manual rules (AGREE: "reported in future tense ... should be coded as AGREE"; CONSULT: "References to future meetings ... should be coded as AGREE"); its CAMEO code stays the act's (040, as PETRARCH-2's gold codes a scheduled act); announced on a condition, its modality is `future` (scored), not `hypothetical`; plover_conventions.py |
| `plover_verbal_senses` | off | on | an invitation (CAMEO.2.0's INVITE, 040) is PLOVER AGREE and a summoning (SUMMON, 040: "summoned the Yland ambassador") ACCUSE disapprove, as the PLOVER manual's CONSULT and ACCUSE sections rule, not CONSULT (data/plover_verbal_senses.tsv); plover_conventions.py |
| `time_pps` | off | on | a PP whose object names a time ("on Friday", "for three days", "in 2003"; data/time_words.tsv) fills no bare preposition of a pattern: "telephoned the Yland president on Friday" is no CALL `- * (ON) [020]` appeal, "attacked the town for three days" no ATTACK `- * (FOR) [111]` criticism; PETRARCH-2 lets any PP fill it; coder/adjuncts/times.py |
| `uncombined_acts` | off | on | where PETRARCH-2's code arithmetic gives no CAMEO code, so the event is dropped, the act is kept: a governing verb over a content whose code it cannot combine with keeps its own code ("threatened to deliver blows to Yland": 130 over DELIVER's `- * BLOW [120]`; "agreed to postpone the rally": an intent, 030), as a content with no code does (`complement_actors`); "not" after an auxiliary over a code whose negation is no code ("will not accept refugees": 0333) is the mood table's refusal (120), as "would not" is; coder/recall.py |
| `adverbial_acts` | off | on | a material act (CAMEO 06-20) that a pattern, a sense table or the verb's own code gave keeps its code over an adverbial clause (spaCy `advcl`: purpose, participle; or an infinitive of purpose spaCy labels `xcomp` after an object the pattern named as a thing: "used tear gas to disperse the protesters") of its verb ("opened fire on the crowd to break up the march", "received the observers, briefing them"), its target the adverbial's; PETRARCH-2's combine lets the adverbial's code win or drops the act for want of a code; its flattened event stays beside where it is material too; coder/resolve.py |
| `relative_discards` | off | on | a discard phrase (Phoenix.discards.txt: a year, "months ago") inside a relative or other noun-modifying clause does not discard the sentence ("renewed the state of emergency that was declared three years ago"); coder/sentence.py |
| `plover_concessions` | off | on | a ceasefire declared (0871 by "declare", "announce", "proclaim") and a pardon or acquittal (084x by "pardon", "acquit") are the PLOVER manual's CONCEDE, not RETREAT (data/plover_concessions.tsv) |
| `particle_patterns` | off | on | a verb no pattern matched is matched once more with its particles (spaCy `prt`) among its object candidates in sentence order, as PETRARCH-2 reads the words after the verb: "laid down their weapons" meets `- * DOWN &WEAPON` [0871], "set off explosives" `- * OFF EXPLOSIVE` [183] (91 patterns of CAMEO.2.0.txt start so); with or without an object ("will step down" `- * DOWN` [0831]), and a `prep` tagged RP with no object is a particle ("caved in to"); coder/match.py, coder/candidates.py |
| `place_pps` | off | on | a PP of place over a border noun ("a rebel stronghold on the Yland border", "near the border with Yland") gives no actor to the clause or the noun phrase it modifies, and its words are not the phrase's own: a border names the neighbour across it, not the country of what lies on it; the event's place and the document's context do not take a country from a name that modifies a border (resolve/event_countries); an actor found only in a PP of place inside a PP of time ("following the fighting in Zland", "after the clashes in Yland's capital") is another event's place, no target; PETRARCH-2 (spec §3.6, §4.5) reads the actors of any PP; coder/adjuncts/places.py, data/coder_place_pps.tsv |
| `helper_pps` | off | on | WITH or UNDER over a noun of help or sponsorship ("tightened the blockade of Yland with Zland's help", "with the support of Zland", "under the auspices of the UN") names a helper, not the one the act is directed at (the PLOVER manual's recipient); coder/adjuncts/places.py, data/coder_place_pps.tsv |
| `compound_locatives` | off | on | a place told by a compound or directional preposition with OF ("outside of <city>", "20 km north of <city>", places/locate.py `COMPOUND_LOCATIVES`) locates the event as "in" or "outside" does; the place reader otherwise stops at "outside" or "north" and finds none, so an unidentified attacker or a sector actor there gets no country (resolve/event_countries: the country where it struck, the PLOVER and GDELT convention); the faithful profile's event places are unchanged |
| `targetless_statements` | off | on | a statement (CAMEO 01: "said that talks would continue", "declined to comment", "claimed responsibility for the bombing"; a denial is kept by `targetless_denials`, as any event) addressed to no one is kept where it is the sentence's only event and its source names a country or an organisation (not "officials said"): CAMEO 010 "Make statement, not specified below" requires no target; one per sentence (the least subordinate clause's), 0.2 below its coding certainty, so it never outranks, duplicates or frames an act; without it such a sentence has no event; coder/adapter.py |
| `year_modifiers` | off | on | a year of PETRARCH-2's discard list (1914-2013) that dates a noun, not the clause ("sentenced 75 people over the 2013 sit-in", "arrested a suspect in the 2005 killing of the prime minister", "the war of 1967") does not discard the sentence, as a relative clause's does not (`relative_discards`); a year on the verb ("ousted the president in 2013") or in the main verb's subject ("The 2011 uprising toppled ...") still tells the past and discards it; PETRARCH-2 discards any sentence holding such a year; coder/sentence.py |
| `plover_material_senses` | off | on | a material act the PLOVER manual names under another type than its CAMEO code's crosswalk is given the manual's type, by its trigger and, where it matters, its object's head (data/plover_material_senses.tsv, each row citing the manual's line): a raid (190) COERCE seize, a website attacked COERCE cyber, diplomats expelled (174) SANCTION expel, a conviction (173) and a finding of guilt (116) SANCTION convict, riot police deployed (175) MOBILIZE police, a military retreat (080) RETREAT withdraw, a withdrawal from a body or from talks (080 with FROM) SANCTION withdraw, an amnesty (056) CONCEDE, a debt forgiven (056) AID, arrests coded by TAKE's block (192) COERCE arrest, a protest prevented COERCE restrict; plover_conventions.py |
| `attempted_assaults` | off | on | an assault (CAMEO 18-20) that a verb of attempting governs, the attempt told as done ("gunmen tried to assassinate the governor"), is scored with the attempt's modality, not as a possibility: the PLOVER manual's ASSAULT is "deliberate actions which can potentially result in substantial physical harm", its mode targeted "(successful and attempted) assassinations"; an assassination attempted is CAMEO's 185 "Attempt to assassinate"; pipeline.py, modality `attempt_verb` |
| `offered_deployments` | off | on | an offer, pledge or promise (CAMEO.2.0.txt's blocks OFFER, PLEDGE, PROMISE and VOW: the CAMEO manual's 03 "offer, promise ... commitment to cooperate") to send or deploy forces ("offered to send troops to Yland", "pledged to deploy troops") is the intent to provide military aid (0332), as the dictionary codes offers of military assistance, support or help (OFFER's `{&MILITARY ASSISTANCE}` 0332) and a pledge of peacekeepers (PLEDGE's `&PKO` 0334): PLOVER AGREE; PETRARCH-2's combine lets the inner mobilization (15x, whose internal code carries a speech-act digit) win; a plan (INTEND, PLAN) keeps it; coder/recall.py |
| `broken_lists` | off | on | a list of actors joined by a quasi-coordinator ("Xland and Yland, along with Zland,", "Xland, together with Yland and Zland,": the parser's PP of the first member, or of the verb between the subject and it, whose actors PETRARCH-2 reads only where the phrase has none, spec §3.4) or broken by a phrase set off with commas after its coordinator ("accused Xland, Yland and, in a separate statement, Zland of ...": the parser hangs the last member on the verb) has every member an actor, as the flat list PETRARCH-2 reads from a coordinated NP (spec §3.1), and a cut-off member's words are no words of the phrase the parser hung it on ("and with conditions attached, Zland"); coder/actors/mended_lists.py |
| `talks_between_others` | off | on | a call for talks between other parties ("called for talks between Yland and Zland", "proposed talks between the two sides"), which a pattern codes as the caller's intent to meet (036: CALL's `(FOR TALKS)`, RECOMMEND's `TALK`), is the CAMEO manual's 026 "Appeal to others to meet or negotiate" (PLOVER REQUEST meet), as CAMEO.2.0.txt codes a call for negotiations (`(FOR &NEGOTIATION)` 026); talks the caller is a party to ("called for talks with Yland") stay 036; coder/recall.py |
| `targetless_denials` | off | on | a denial with no one named as its addressee ("Xland denied the allegations", CAMEO 016 "Deny responsibility") is kept as the rejection it is (PLOVER REJECT: "All rejections and refusals", "Requires recipient: No"), where the other public statements (CAMEO 01) with no target are dropped; coder/adapter.py |
| `addressed_protests` | off | on | a protest addressed TO an actor ("Xland protested to Yland over the border incident") is a verbal disapproval (110, PLOVER ACCUSE disapprove), the sense of PROTEST's block in CAMEO.2.0.txt (VERBAL_CONFLICT [110], whose patterns code a protest over an attack 111 and LODGE's `- * PROTEST` 110), not the verb's own 140 (a demonstration, which is addressed to no one); coder/recall.py |
| `classifier_recall` | off | on | with the setting `classifier` on (the default, `events`), a sentence with no coded event (or only a statement addressed to no one, kept because nothing else was coded: it gives way) that the learned classifier reads as violent or police action ("two maoists were killed in an encounter with the police") yields an event, `origin: "classifier"`, at a lower confidence (classify/recall.py); PETRARCH-2 codes only what its dictionaries match, so the faithful profile adds none (the classifier still weighs the `acled` field there) |
| `negative_words` | off | on | a negative word denies the clause's act as "not" after an auxiliary does (spec §4.5): a `neg` adverb of the verb ("Xland never attacked Zland"), an adverb of HAVE or BE over its infinitive ("Xland has yet to release the prisoners", "is yet to withdraw"), a negative subject ("Nobody claimed responsibility", "None of them fired") or a negative determiner of the subject ("Neither Xland nor Yland attacked Zland", "No country has recognised Yland"), from data/coder_negative_words.tsv; PETRARCH-2 reads only that "not", and codes the others as the acts they deny; coder/negative_words.py |
| `episode_nouns` | off | on | with `event_nouns` on, an event noun in the OF phrase of a noun of its phase, time or number ("began a new round of negotiations with Yland", "held a second day of talks", "carried out a wave of arrests": data/coder_episode_nouns.tsv) stands where that noun stands, so a support verb's subject is its doer; without it the event noun is the object of a preposition that tells nothing happened, and the clause has no code; coder/nouns/events.py |
| `enacting_votes` | off | on | a vote to do an act ("the senate voted to impose sanctions on Yland", "parliament voted to lift the state of emergency", data/coder_enacting_votes.tsv) is the act, enacted by the vote: its own code (163, 0814), not PETRARCH-2's arithmetic of VOTE's intent (030) over it, which makes an intent or a threat of it (0351, 1312); coder/recall.py |
| `mobilised_forces` | off | on | a MOBILIZE event's target that is the forces moved (the state's own military or police, the source or a part of it, the country itself: "Yland called up its reservists", "the Yland army sent battalions to the north") is dropped, and a sourceless one's forces are its actor ("Yland troops were massed on the border"), the PLOVER manual's recipient being whom the actor mobilises against; a mobilisation by civilian actors only is PROTEST demo ("opposition supporters rallied"); resolve/mobilised_forces.py |
| `conditional_intents` | off | on | an appeal, intent or offer, demand or threat (CAMEO 02, 03, 10, 13) whose content hangs on an "if" or "unless" condition, with no hedging auxiliary, is made now: asserted, not hypothetical ("Xland said it was willing to resume talks if the attacks stopped"); the condition's own acts stay hypothetical; modality/conditions.py |
| `possessed_states` | off | on | a state noun a possessive determines ("his country", "her government", "its army") or "the country", that no mention with a country covers, is the state of the nearest actor named before it ("the Yland president said his country would ...": YLD), where coreference.py finds no person or state because a title with no name is read as the state's organ; resolve/possessed_states.py |
| `deployed_forces` | off | on | a clause no pattern matched whose verb moves something somewhere (deploy, send, dispatch, station, mass, move: data/coder_deployments.tsv) and whose object is an armed force by the actor dictionary (role MIL; COP gives 153) or a weapon or vessel of war named there ("deployed an aircraft carrier group") is a mobilisation, 154 (PLOVER MOBILIZE); coder/phenomena/deployments.py; a head of amount ("thousands of troops") is read at its OF object (data/coder_amounts.tsv). Humanitarian goods given ("sent 20 tonnes of medical supplies to Yland": 073) are act nouns (`act_nouns`) |
| `hosted_visitors` | off | on | a clause no pattern matched whose verb receives (receive, welcome, greet: data/coder_hosting.tsv) and whose object is an actor named by a proper noun or a noun of the people who visit ("received his Yland counterpart", "was welcomed in Xcity by the president") is 043 "Host a visit" (PLOVER CONSULT), not nothing or WELCOME's 051; coder/phenomena/hosting.py |
| `named_senses` | off | on | a verb whose act a CAMEO code's name names, filed by CAMEO.2.0.txt under a block with another code, takes the named code where no pattern matched or the pattern only restates the verb's own code: "vetoed the draft" 129 "Veto" (BAN's 172), "is considering a ban" and "weighing limits" 014 "Consider policy option" (040; with a noun of an option or a measure), "convicted", "sentenced" 116 "Find guilty or liable (legally)" (173, 172), "sued" 115 "Bring lawsuit against" (173), "denied any wrongdoing" 016 "Deny responsibility" (REFUSE's 120); a sense that needs its object has a row per object ("studied the proposal": 014; data/coder_named_senses.tsv); coder/phenomena/named_senses.py |
| `state_phrases` | off | on | GO ON with the noun of a state its subject takes up is taking it up: "went on strike" 143 (written 140: PETRARCH-2's code table has no 141-144), "went on hunger strike" 142 (140), "went on high alert" 150, "went on the offensive" 190, not GO's block default 040 (a trip), where no pattern matched (data/coder_state_phrases.tsv); coder/phenomena/state_phrases.py |
| `finite_relatives` | off | on | a verb tagged as a finite past (VBD) with an active complement (a direct or indirect object, an infinitive or clause complement) that the parser hung on the sentence's root noun as a reduced relative (`acl`: "The UN aid chief called on donors to fund the appeal", read "the chief [who was] called on ...") is the main verb, active, that noun its source; PETRARCH-2 reads a relative participle as a passive whose subject is the noun (spec §4.1), so the appeal had no source and was dropped; coder/phenomena/finite_relatives.py |
| `outlook_warnings` | off | on | a warning (WARN, CAUTION) with no addressee whose that-clause's subject is a thing, not a name, a word of the actor or agent dictionaries, a pronoun or a noun a possessive pronoun owns ("the World Bank warned that Zambia's debt could become unsustainable"), is the CAMEO codebook's 012 "Make pessimistic comment", as CAMEO.2.0.txt's own WARN patterns code a warning of catastrophe or risk; the block's 130 (a threat) stays for the speaker's own act ("warned that it would retaliate", "that its forces would respond"), an actor's ("that Yland would pay a price") and an addressee ("warned Yland that ..."); coder/phenomena/outlook_warnings.py |
| `unread_subjects` | off | on | a subject PETRARCH-2's dictionaries read no actor from (a name they lack: "Trump", "Macron", "Modi"), over an auxiliary ("will", "had"), gives its tokens to the act below, so the document's actor lexicon reads its source: "Trump will meet the Turkish president" 040 USA>TUR; not a pronoun or a possessive subject ("their forces": a coreference guess), nor a subject the document reads as no one ("---"); coder/unread_subjects.py |
| `time_clauses` | off | on | an adverbial clause of a past event after the verb (data/coder_time_clauses.tsv: "after", "since", "when"; not "until" or "before", which state the act's terms, nor "as", "while", "because") is not the verb's content, which PETRARCH-2 reads it as (an SBAR inside the VP): "The minister resigned, hours after police arrested his deputy" is a resignation (0831), not an arrest by the minister; "denied the report, a week after rebels accused the army" a denial, not dropped; the clause is coded on its own where the main clauses code nothing (`background_clauses`); coder/adjuncts/clauses.py |
| `ready_to_cooperate` | off | on | with `adjective_intents`, an adjective of intent (ready, willing, prepared) over an act the dictionary gives no code ("ready to work with Yland") or only a statement's ("ready to talk to Yland": TALK is in CONFER's block [010]) that names a counterpart is the intent to cooperate it tells (030 "Express intent to cooperate, not specified below"), not a bare statement or nothing; coder/nouns/intents.py |
| `alleged_acts` | off | on | an act that an accusation alleges or a denial denies is no event of its own: "Xland accused Yland of shelling the villages" is the accusation (112) alone, not also a shelling (often with the accuser as its source); "Xland denied attacking the tanker" is Xland's denial (CAMEO 016 "Deny responsibility", as DENY's pattern `- * ATTACK [016]` codes "denied the attack"), not Xland's attack (PETRARCH-2's arithmetic loses DENY's code ---) nor, by the mood table, a refusal; the kinds by the verb's own code or lemma (data/coder_content_kinds.tsv: 111, 112, 114-116, "allege"; "deny", "refute"); a neutral report keeps its content ("police said gunmen killed five people": the killing), as CLAIM (110) does, which the transformation rules read as SAY; PETRARCH-2 codes only top-level clauses, where such a content is composed or lost; coder/alleged.py |
| `own_act_reports` | off | on | a speech act over a content whose actor is the speaker itself, where no transformation rule matched ("Xland announced it would free the prisoners": the act names no target, so `a (a b Q) SAY` does not bind; "promised that it would release them"), is no event from the speaker to itself: PETRARCH-2's default rule directs it at the inner source (010 XLD>XLD beside the act, 0353 XLD>XLD); a statement (01) is the act it reports, told by its own actor, as that rule reads it where the act names a target; another speech act keeps its composed code, directed at the act's target, also where no rule resolves it ("warned that it would take measures against Yland", both codes speech acts: addressed to Yland, not the speaker); coder/resolve.py, coder/sentence.py |
| `one_way_pairs` | off | on | a verb's reversed passive code (`[A:P]`, rule A: "paid a visit to Yland" 042 XLD -> YLD and 043 YLD -> XLD; a call or a consultation, 041 or 040 both ways) whose PLOVER type is the act's own is one act, one PLOVER event (the PLOVER manual, "Compound and Reciprocal Actors"): the reversed record is dropped, the act the verb names kept ("visited": visitor -> host; "hosted": host -> visitor, CAMEO's 043); PETRARCH-2 writes both; coder/phenomena/reversed_pairs.py |
| `protester_acts` | off | on | force or coercion by an actor named as protesters ("protesters", "demonstrators", "rioters": data/coder_protester_nouns.tsv) is the protest: an assault, a fight or damage to property (18-20, 171x: "demonstrators clashed with police") is the CAMEO codebook's 145 "Protest violently, riot" (PLOVER PROTEST riot), an occupation or a blockade (191, 192; 170, BLOCK's block default: "protesters blocked the avenue") its 144 "Obstruct passage, block" (written 140), not an assault by civilians; coder/phenomena/protest_violence.py |
| `foreign_bans` | off | on | a ban aimed by one state at another (BAN, PROHIBIT, FORBID, OUTLAW, DISALLOW: data/coder_foreign_bans.tsv) that the dictionary's PROHIBIT block codes 172 "Impose administrative sanctions" is the CAMEO codebook's 163 "Impose embargo, boycott, or sanctions" (PLOVER SANCTION discontinue), as CAMEO.2.0.txt's own BAN IMPORTS is: "banned all trade with Yland", "banned group tours to Yland"; a ban on the state's own people or organisations, or with no target, keeps 172; coder/phenomena/foreign_bans.py |
| `natural_causes` | off | on | a record of force (18-20) whose source phrase is headed by a noun of a disease, a natural hazard or an accident ("Cholera has killed 120 people", "the storm destroyed hundreds of homes", "were killed by a landslide"), or whose verb of dying has such a cause ("died of measles", "perished in the floods"), is no event: no actor used force (CAMEO 18-20 are an actor's acts; the ACLED codebook leaves disasters, disease and accidents out); CAMEO.2.0.txt's KILL block has the rule for a few nouns ("- EARTHQUAKE * [---]", "- VIRUS * [---]"), data/coder_natural_causes.tsv gives it its nouns; coder/phenomena/natural_causes.py |
| `role_speakers` | off | on | with `targetless_statements`, a statement addressed to no one whose speaker is named only by its role ("the ministry said", "a police spokesman said", "army officials said": a sector and no country) is kept on the same terms as one by a named country (the sentence's only event, 0.2 below its certainty): wire copy names speakers so, and CAMEO 010 requires no target; without it such a sentence has no event; coder/adapter.py |
| `kind_subjects` | off | on | an act (CAMEO 02-13) whose subject names its actor only by a pronoun or its kind ("he called on both sides to ...", "the two countries signed ...", "both sides agreed ...", "the bloc's foreign policy chief condemned ...": data/coder_kind_subjects.tsv), which neither the dictionaries nor the document's actors resolve, is kept with an unidentified source where the sentence keeps no other act (a statement aside), as `agentless_material_conflict` keeps force with no actor named: wire copy names a story's actor in its lede and then so, and without it the sentence has no event or only its attribution's statement; it does not keep the classifier from recalling a violent act there; coder/phenomena/kind_subjects.py |
| `ultimatums` | off | on | a time limit given to another to act is an ultimatum, CAMEO 139 "Give ultimatum": "gave Yland ten days to withdraw its troops", "gave the rebels until Friday to lay down their arms" (a verb of giving, a noun of a span of time as its object or adverbial or an UNTIL PP, and an infinitive of the act), where no pattern matched; CAMEO.2.0.txt codes GIVE by the thing given (060) and ULTIMATUM as a noun only; data/coder_ultimatums.tsv; coder/phenomena/ultimatums.py |
| `peacekeeping_destinations` | off | on | forces sent or deployed (a mobilisation, 15x) to a peacekeeping body ("sent 300 troops to the U.N. peacekeeping mission", "to join UNIFIL") are peacekeepers: the dictionary's own code for peacekeepers sent, 074 "Provide military protection or peacekeeping", where DEPLOY's block codes TROOPS 154; data/coder_peacekeeping_destinations.tsv; coder/phenomena/peacekeeping_destinations.py |
| `returned_objects` | off | on | a verb of giving back with a direct object ("returned the remains of U.S. soldiers", "returned 40 stolen artefacts to Bolivia") is CAMEO 084 "Return, release" where no pattern matched: RETURN's block has no code of its own ("returned to the capital" is a journey) and codes only the objects its patterns name (PRISONERS 0841, PROPERTY 0842); not an idiom ("returned the favour", "a profit"); data/coder_returned_objects.tsv; coder/phenomena/returned_objects.py |
| `quoted_speakers` | off | on | a first-person pronoun ("I", "we", "us") in a quotation fronted before its reporting verb stands for that verb's subject, the speaker: '"I will meet President Putin next week," the Turkish president said' is TURGOV meeting RUSGOV, '"We will attack the rebels," the army said' a threat by the army. PETRARCH-2 resolves no pronoun of a fronted quotation, which is a clause of its own (spec §4.1, §3.7), and so no third-person one here either ('"Police arrested him," his lawyer said': "him" is not the lawyer); coder/phrase_builder.py `_fronted_speaker` |
| `negated_facts` | off | on | with `uncombined_acts`, a meeting or a visit (04x) negated by "not" after an auxiliary of the past or the perfect (DID, HAD, HAS, HAVE: data/coder_negated_facts.tsv) tells a meeting that did not take place, not a refusal: "Xland did not visit Yland", "the two leaders had not discussed sanctions" are no event, as PETRARCH-2 drops them (spec §4.6; a speaker's "said ... had not discussed" too, since the transformation rule gives the speaker that code); "will not visit", "would not meet", "refused to meet" stay the mood table's 125 "Reject proposal to meet"; negated yieldings ("did not surrender") stay refusals; coder/phenomena/negated_facts.py |
| `hyphenated_verb_parts` | off | on | a verb ending a hyphenated word that spaCy splits is looked up whole, as PETRARCH's tokenizer keeps it ("re-arrested" is RE-ARREST, "tear-gassed" the additions' TEAR-GAS 175, not GAS's 2041), in both profiles; on: where the whole word gives no code, its last part is read instead ("agreed to re-open its borders": OPEN's 035, where RE-OPEN's block has no code); coder/compose.py |
| `borrowed_patterns` | off | on | a verb of accusing (ACCUSE, BLAME: data/coder_borrowed_patterns.tsv) does not take the code of a pattern its block's lexicographers wrote for a verb of legal action (the pattern's comment names it: `- PROSECUTOR * [173] # CHARGE`, `- * (OF &CRIME) [173] # CONVICT`) where that code is of another CAMEO category: "prosecutors accused the former president of taking bribes" is an accusation, the verb's own code (112; the codebook's 1121 "Accuse of crime, corruption"), not a charge (173); a pattern of the same category refines the code as written (`(WITH MURDER) [1121] # CHARGE`); likewise a verb of arrest (ARREST, APPREHEND) over the patterns of TAKE, SEIZE and CAPTURE in its block: "troops arrested three suspects" is 173, not TAKE's `- &MILITARY * [192]` (occupy territory), "authorities arrested members of a separatist group" not CAPTURE's `- * MEMBERS [181]` (abduction); and a verb of force alone (RETALIATE, STONE, SIEGE, ...) over the verbal patterns of ATTACK, CLASH and STRIKE in the block PHYSICAL_CONFLICT: "vowed to retaliate against Britain for the expulsion of its diplomats" is a threat of force (1384), not ATTACK's `- * (FOR) [111]` (criticism); PETRARCH-2 applies every pattern of a block to all its verbs; coder/phenomena/borrowed_patterns.py |
| `considered_options` | off | on | a verb of considering (CONSIDER, WEIGH, MULL, PONDER, CONTEMPLATE: data/coder_considered_options.tsv) over an option told by a clause the dictionary does not code, a gerund or an infinitive after "whether" ("India is considering raising import duties", "is weighing whether to cut fuel subsidies"), is the codebook's 014 "Consider policy option", not the block's 040 (a consultation) that the uncoded clause left standing; an option with a code of its own keeps PETRARCH-2's composition (CONSIDER's own patterns make a considered coercion a threat, `- * IMPOSING [130]`); coder/phenomena/considered_options.py |
| `carried_cargo` | off | on | a vehicle named by its load ("two planes carrying tents", "a ship loaded with wheat", "a convoy of trucks carrying food"; data/coder_carried_cargo.tsv) offers the load to the verb's patterns before the vehicle: "Turkey sent two planes carrying tents to Indonesia" is relief sent (073, the tents), not SEND's `- * &AIRCRAFT [166]`; "the navy seized a ship carrying weapons" meets SEIZE's &WEAPON; where no pattern names the load the vehicle is read as before; coder/match.py, coder/candidates.py |
| `refiled_verbs` | off | on | a verb CAMEO.2.0.txt files in a block whose patterns were written for another sense is read as the verb whose block holds its sense (data/coder_refiled_verbs.tsv): DISPATCH shares a block with EXPORT and DISMISS, whose `- * (TO) [061]` made "dispatched troops to Yland" trade; read as SEND it is a deployment (154), "dispatched an envoy" a visit (042), "dispatched a medical team" relief (073); coder/phenomena/refiled_verbs.py |
| `written_codes` | off | on | a code the matched pattern writes is output as written where PETRARCH-2's internal table merges it with another (spec §4.6, checklist 39): "the rebels released the hostages" (`- * &HOSTAGE [0841]`) is 0841, release of persons, not 0842, release of property; a negotiation pattern's 046 is not 044, a meeting at a third location; a code the table lacks and reads as its root's first (141-144 as 140, 201-204 as 200) is output as written too ("staged a demonstration" 141, "staged a strike" 143), as is a code a data row of the project writes (codes.to_written: "went on strike" 143, named senses' 0841, event nouns' 046); coder/phenomena/written_codes.py |
| `bare_prepositions` | off | on | a preposition CAMEO.2.0.txt writes in a pattern without parentheses opens a PP slot with the nouns after it (89 lines: `- * FROM &DETENTION [0841] # RELEASE`, `- * AGAINST [141] # RALLIED`, `- * WITH [190:190] # CLASH`, `- * IN HUNGER STRIKE [142] # DIE`), as its lexicographers meant; PETRARCH-2 reads the word as a noun that is never an NP's head, so the line never matches (a Quirk): "released Aung San Suu Kyi from house arrest" is 0841; coder/verb_patterns.py `bracket_bare_prepositions` |
| `object_patterns_first` | off | on | where a verb's subject-only pattern (`- &MILITARY * [192]`, `- POLICE * [173]`, `- MILITANTS * [181]`: nothing after the `*`) wins PETRARCH-2's subject-first search (spec §4.3) and a pattern of the same block with an object or PP slot and no subject slot also matches, written for the clause's verb or naming no verb in its comment, the object's pattern decides: "the army took part in the conference" is 046, not a seizure (192); one written for another verb of the block leaves the subject's (HIT's `- * POSITIONS` [193] for "warplanes struck positions", 195), as do one with a bare preposition alone (`- * (TO)`) and one that only refines, in its CAMEO root, the verb's own code the subject's pattern keeps ("police arrested the protesters": ARREST's 173, not `PROTESTERS` 175); a subject pattern with object slots stays as it is; coder/match.py |
| `held_meetings` | off | on | a meeting told by a verb of meeting is the meeting: CAMEO.2.0.txt writes MEET's `- * (WITH LEADERS)`, `- * (FOR TALKS)` and `- * (AT)` (and HOST's `SUMMIT (WITH)`, GO's `(ON TOUR) (TO)`) with 036 "Express intent to meet or negotiate", so "met with Gulf leaders", "met for talks", "met at the UN" were intents (PLOVER AGREE) where "met Erdogan" is 040; a pattern written for a verb of data/coder_meeting_intents.tsv whose code is its row's intent takes the row's act (040, 043, 042); a meeting announced for later is AGREE by `plover_future_cooperation`; coder/phenomena/held_meetings.py |
| `transfer_recipients` | off | on | the TO phrase of a verb of transfer (extradite, hand over, transfer, deliver, send, return, deport, ...: data/coder_transfer_verbs.tsv) that names an actor is the target, the object the person or thing handed over: "Colombia extradited a former FARC commander to the United States" is judicial cooperation with the United States (063), not with the commander; PETRARCH-2 (spec §4.5) takes the objects' actors first; coder/phenomena/transfer_recipients.py, coder/lower_sets.py |
| `preverbal_words` | off | on | the adverb right before an active verb, or the first part of a hyphenated verb, is offered to the subject-side patterns after the subject, as CAMEO.2.0.txt's patterns in TABARI's word order mean it (`- VERBALLY * [111] # ATTACK`, `- SHARPLY * [111] # ATTACK`, `- TEST * [150] # FIRE`, `- ETHNICALLY * [203] # CLEANSE`, `- ILLEGALLY * [128] # SELL`): "the minister verbally attacked the opposition" is a criticism (111), not military force (190); "Xland test-fired two missiles" a show of force (150); PETRARCH-2 offers only the subject NPs (spec §4.3), so these lines never match; coder/candidates.py `with_preverbal_words` |
| `act_qualifiers` | off | on | an agent word with no actor of its own ("military", "police", "security", "criminal") modifying a light verb's object (data/coder_light_verbs.tsv) that the verb's pattern consumed as the act it names tells the kind of act the subject does, not a recipient: "India and Pakistan held military talks" has no recipient (PETRARCH-2 reads the word left in the phrase: ---MIL), "Turkey launched a military offensive against Kurdish fighters" is directed at the fighters alone; another verb's object keeps it ("defied a police ban", "attacked a military position"); coder/actors/noun_phrases.py `_act_qualifiers` |
| `withdrawn_forces` | off | on | with `mobilised_forces`' reading, the target of a withdrawal, a demobilisation or an intent to de-escalate (CAMEO 0873, 0874, 0356) that is the forces withdrawn (the source's own military or police, or a state's forces with no country named) is dropped: "Yland withdrew troops from the border" has no recipient, not Yland's military (PETRARCH-2's `- * &MILITARY [0874]` consumes "troops" and the document reads them back); "withdrew its troops from Zland" keeps Zland; resolve/mobilised_forces.py |
| `person_names` | off | on | a country word that is a word of a person's name ("Volker Turk", "Chad Smith", "Michael Jordan": a proper noun inside a PERSON entity of two or more tokens, beside a name part that is no country, title or organisation word) names no country: the longest match reads no one-word country entry from it (TURK, CHAD, JORDAN), and the document's actor finder reads no country from it either; a full name the dictionaries hold ("Lawrence Cannon") still matches, and a country before a possessive or a title ("Jordan's King Abdullah", "Turkish President Erdogan") is the country; coder/actors/person_names.py |
| `subject_event_nouns` | off | on | with `event_nouns`, an event noun (data/event_nouns.tsv) heading the subject of an active verb of causing (data/coder_causative_verbs.tsv: spark, trigger, prompt, draw, leave, ...; "the killing of five civilians by soldiers sparked protests", "Israeli air strikes on Gaza drew criticism from Turkey") is an event told as having happened, coded from its own arguments, and names no actor of the clause (PETRARCH-2 reads the phrase as the clause's source: ---CVLMIL); not where a subject pattern reads the noun as the clause's matter ("- TALKS * [164] # FAIL"), where the clause's act is of the noun's kind or both are force ("a roadside bombing killed three soldiers"), nor a passive's subject ("until their demands are met"); coder/nouns/events.py `causing_subjects`, coder/sentence.py |
| `object_of_phrases` | off | on | the OF phrase spaCy hangs on a direct object ("accused Egypt of torture", "stripped 20 activists of their citizenship", "suspected the men of treason") is offered to the verb's PP slots after its own PPs, as a constituency parse puts it under the verb's VP, so CAMEO.2.0.txt's `- * (OF TORTURE) [1122]`, `(OF CITIZENSHIP) [170]`, `(OF TREASON) [1125]` meet it (PETRARCH-2 on CoreNLP's parse would match them; on spaCy's they never did); coder/candidates.py `with_object_of_phrases` |

A profile is a frozen value: pass it down, never change it in place (`dataclasses.replace` makes a variant).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ..errors import BadInput

DEFAULT_PROFILE = "communique"


@dataclass(frozen=True)
class Profile:
    """The switches of one coding profile (see the module docstring for each)."""
    name: str = DEFAULT_PROFILE
    require_both_actors: bool = False
    main_clause_only: bool = False
    fix_quirks: bool = True
    agentless_material_conflict: bool = True
    context_country: bool = True
    additions: bool = True
    synset_additions: bool = True
    document_actors: bool = True
    complement_actors: bool = True
    raising_passives: bool = True
    deontic_requests: bool = True
    nominal_events: bool = True
    reported_targets: bool = True
    object_senses: bool = True
    adjective_intents: bool = True
    agreed_objects: bool = True
    event_nouns: bool = True
    protest_purposes: bool = True
    partitive_subjects: bool = True
    plover_crosswalk: bool = True
    plover_resignations: bool = True
    agentless_passives: bool = True
    silent_verbs: bool = True
    act_nouns: bool = True
    object_passives: bool = True
    conjunct_actors: bool = True
    appositive_actors: bool = True
    reciprocal_actor_lists: bool = True
    conditional_threats: bool = True
    plover_charges: bool = True
    appositive_relations: bool = True
    adjunct_pps: bool = True
    english_inflections: bool = True
    request_contents: bool = True
    background_clauses: bool = True
    linking_verbs: bool = True
    plover_statements: bool = True
    leader_compounds: bool = True
    conjunct_targets: bool = True
    intent_lowers: bool = True
    light_verbs: bool = True
    act_kinds: bool = True
    pattern_noun_numbers: bool = True
    plover_future_cooperation: bool = True
    plover_verbal_senses: bool = True
    time_pps: bool = True
    uncombined_acts: bool = True
    adverbial_acts: bool = True
    relative_discards: bool = True
    plover_concessions: bool = True
    particle_patterns: bool = True
    place_pps: bool = True
    helper_pps: bool = True
    compound_locatives: bool = True
    targetless_statements: bool = True
    year_modifiers: bool = True
    plover_material_senses: bool = True
    attempted_assaults: bool = True
    offered_deployments: bool = True
    broken_lists: bool = True
    talks_between_others: bool = True
    targetless_denials: bool = True
    addressed_protests: bool = True
    classifier_recall: bool = True
    negative_words: bool = True
    alleged_acts: bool = True
    own_act_reports: bool = True
    episode_nouns: bool = True
    named_senses: bool = True
    unread_subjects: bool = True
    time_clauses: bool = True
    ready_to_cooperate: bool = True
    state_phrases: bool = True
    finite_relatives: bool = True
    outlook_warnings: bool = True
    enacting_votes: bool = True
    whole_names: bool = True
    subject_words: bool = True
    object_words: bool = True
    reflexive_objects: bool = True
    aid_kinds: bool = True
    cooperation_kinds: bool = True
    scale_defaults: bool = True
    venues: bool = True
    mobilised_forces: bool = True
    conditional_intents: bool = True
    possessed_states: bool = True
    deployed_forces: bool = True
    hosted_visitors: bool = True
    one_way_pairs: bool = True
    protester_acts: bool = True
    foreign_bans: bool = True
    natural_causes: bool = True
    role_speakers: bool = True
    kind_subjects: bool = True
    ultimatums: bool = True
    peacekeeping_destinations: bool = True
    returned_objects: bool = True
    quoted_speakers: bool = True
    negated_facts: bool = True
    hyphenated_verb_parts: bool = True
    borrowed_patterns: bool = True
    considered_options: bool = True
    carried_cargo: bool = True
    refiled_verbs: bool = True
    written_codes: bool = True
    bare_prepositions: bool = True
    object_patterns_first: bool = True
    preverbal_words: bool = True
    held_meetings: bool = True
    transfer_recipients: bool = True
    act_qualifiers: bool = True
    withdrawn_forces: bool = True
    person_names: bool = True
    subject_event_nouns: bool = True
    object_of_phrases: bool = True

    @classmethod
    def named(cls, name: str) -> "Profile":
        """The built-in profile called `name` ("petrarch2" or "communique")."""
        key = (name or "").strip().lower()
        if key not in PROFILES:
            raise BadInput(f"Unknown profile {name!r}; the profiles are {', '.join(sorted(PROFILES))}.")
        return PROFILES[key]

    def switches(self) -> dict[str, bool]:
        """Every switch by name, for documentation and reports."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "name"}

    def switches_for(self, reader) -> dict[str, bool]:
        """The switches a dataclass that reads them (the clause composer, compose.Composer) has a field of the same
        name for, by name: a switch the composer reads needs its field there and nothing more. Read once per
        profile and reader (the coder asks for every sentence)."""
        return _switches_for(self, reader)


@lru_cache(maxsize=16)
def _switches_for(profile: Profile, reader) -> dict[str, bool]:
    names = {f.name for f in fields(reader)}
    return {name: on for name, on in profile.switches().items() if name in names}


PROFILES = {
    "communique": Profile(),
    "petrarch2": Profile(name="petrarch2", require_both_actors=True, main_clause_only=True, fix_quirks=False,
                         agentless_material_conflict=False, context_country=False, additions=False, synset_additions=False,
                         document_actors=False, complement_actors=False, raising_passives=False,
                         deontic_requests=False, nominal_events=False,
                         reported_targets=False, object_senses=False,
                         adjective_intents=False, agreed_objects=False,
                         event_nouns=False,
                         plover_crosswalk=False, plover_resignations=False, protest_purposes=False,
                         partitive_subjects=False, agentless_passives=False, silent_verbs=False, act_nouns=False,
                         object_passives=False,
                         conjunct_actors=False, appositive_actors=False,
                         reciprocal_actor_lists=False, conditional_threats=False,
                         plover_charges=False, appositive_relations=False,
                         adjunct_pps=False, english_inflections=False, request_contents=False,
                         background_clauses=False, linking_verbs=False, plover_statements=False,
                         leader_compounds=False, conjunct_targets=False, intent_lowers=False,
                         act_kinds=False, pattern_noun_numbers=False,
                         plover_future_cooperation=False, plover_verbal_senses=False,
                         time_pps=False, uncombined_acts=False, adverbial_acts=False,
                         relative_discards=False, plover_concessions=False, particle_patterns=False,
                         place_pps=False, helper_pps=False, compound_locatives=False,
                         targetless_statements=False, year_modifiers=False,
                         plover_material_senses=False, attempted_assaults=False,
                         offered_deployments=False, broken_lists=False,
                         talks_between_others=False, targetless_denials=False,
                         addressed_protests=False, alleged_acts=False,
                         own_act_reports=False, classifier_recall=False, negative_words=False,
                         episode_nouns=False, enacting_votes=False, whole_names=False,
                         subject_words=False, object_words=False, reflexive_objects=False, aid_kinds=False,
                         venues=False,
                         mobilised_forces=False, conditional_intents=False, possessed_states=False, deployed_forces=False,
                         hosted_visitors=False, named_senses=False, unread_subjects=False, time_clauses=False,
                         ready_to_cooperate=False, state_phrases=False,
                         finite_relatives=False, outlook_warnings=False, one_way_pairs=False,
                         protester_acts=False, foreign_bans=False, natural_causes=False, role_speakers=False, kind_subjects=False,
                         ultimatums=False, peacekeeping_destinations=False,
                         returned_objects=False, quoted_speakers=False, negated_facts=False,
                         hyphenated_verb_parts=False, borrowed_patterns=False, considered_options=False,
                         carried_cargo=False, refiled_verbs=False, written_codes=False,
                         bare_prepositions=False, light_verbs=False, object_patterns_first=False,
                         preverbal_words=False, held_meetings=False, transfer_recipients=False,
                         cooperation_kinds=False, scale_defaults=False, act_qualifiers=False,
                         withdrawn_forces=False, person_names=False, subject_event_nouns=False,
                         object_of_phrases=False),
}

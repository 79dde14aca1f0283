"""The profile communique's phenomena, one module each, behind its switch (coder/profiles.py) and with its word list
in data/coder_*.tsv: a verb's sense other than its block's (borrowed_patterns, named_senses, silent_verbs,
refiled_verbs, considered_options, light_verbs, hosting, deployments, returned_objects, ultimatums, ordered_acts, commanded_acts,
subordinate_sanctions, peacekeeping_destinations, state_phrases, foreign_bans, relief_kinds, begun_events), what a clause says rather than does (negated_facts, adverbial_background,
outlook_warnings, finite_relatives, stance_complements, stance_grounds), what a modifier of an act's noun says of the act (act_kinds: "military aid" names
the aid's kind, not a participant; aid_kinds: the codebook's sub-code of aid), and the records' last corrections
(natural_causes, hazard_tolls, electoral_contests, protest_violence, reversed_pairs, written_codes, venues, self_recipients). PETRARCH-2's own steps are the modules of coder/; these fill its silences."""

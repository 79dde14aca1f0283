"""The switches of `profiles.py` the clause composer (`compose.Composer`) reads, as the fields of one dataclass that
`Composer` inherits: each field has the name of its switch, and `Profile.switches_for(Composer)` fills them by name,
so a switch the composer reads needs its field here and nothing more (its meaning is documented in docs/profiles.md).
Every field is off by default, PETRARCH-2's own reading; the fields are keyword-only, after the composer's view,
verb dictionary, noun reader and matcher.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class ComposerSwitches:
    """The profile's switches the composer, its recall steps (`recall.py`, `sense_tables.py`), its lower sets
    (`lower_sets.py`) and its assembly (`resolve.py`) read, by name."""
    fix_quirks: bool = False
    additions: bool = False
    complement_actors: bool = False
    raising_passives: bool = False
    raising_adjectives: bool = False
    predicate_relatives: bool = False
    deontic_requests: bool = False
    nominal_events: bool = False
    object_senses: bool = False
    agreed_objects: bool = False
    protest_purposes: bool = False
    partitive_subjects: bool = False
    partitive_objects: bool = False
    coordinated_subjects: bool = False
    agentless_passives: bool = False
    silent_verbs: bool = False
    named_senses: bool = False
    ultimatums: bool = False
    peacekeeping_destinations: bool = False
    returned_objects: bool = False
    unread_subjects: bool = False
    time_clauses: bool = False
    participle_adjuncts: bool = False
    circumstance_clauses: bool = False
    state_phrases: bool = False
    recalled_envoys: bool = False
    expelled_envoys: bool = False
    finite_relatives: bool = False
    outlook_warnings: bool = False
    act_nouns: bool = False
    object_passives: bool = False
    adjunct_pps: bool = False
    place_pps: bool = False
    english_inflections: bool = False
    linking_verbs: bool = False
    faced_things: bool = False
    effort_verbs: bool = False
    spoken_acts: bool = False
    act_kinds: bool = False
    uncombined_acts: bool = False
    adverbial_acts: bool = False
    force_tolls: bool = False
    offered_deployments: bool = False
    talks_between_others: bool = False
    addressed_protests: bool = False
    negative_words: bool = False
    own_act_reports: bool = False
    enacting_votes: bool = False
    deployed_forces: bool = False
    hosted_visitors: bool = False
    received_givers: bool = False
    visiting_calls: bool = False
    travelled_visits: bool = False
    received_guests: bool = False
    negated_facts: bool = False
    stated_contents: bool = False
    hyphenated_verb_parts: bool = False
    borrowed_patterns: bool = False
    supplied_arms: bool = False
    relief_drops: bool = False
    relief_kinds: bool = False
    conveyed_people: bool = False
    let_clauses: bool = False
    permitted_parties: bool = False
    left_places: bool = False
    held_meetings: bool = False
    transfer_recipients: bool = False
    legal_forums: bool = False
    judicial_findings: bool = False
    considered_options: bool = False
    carried_cargo: bool = False
    refiled_verbs: bool = False
    figurative_criticism: bool = False
    light_verbs: bool = False
    subject_words: bool = False
    object_words: bool = False
    ordered_acts: bool = False
    commanded_acts: bool = False
    subordinate_sanctions: bool = False
    reported_attacks: bool = False
    reported_passives: bool = False
    stopped_acts: bool = False
    begun_events: bool = False
    joint_acts: bool = False
    stance_grounds: bool = False
    denied_grounds: bool = False
    spoken_participles: bool = False
    reported_refusals: bool = False
    written_codes: bool = False
    comparative_clauses: bool = False
    postnominal_predicates: bool = False
    address_participles: bool = False
    message_participles: bool = False

"""Coding profiles: one engine, two sets of conventions, chosen by the setting `profile`.

`petrarch2` reproduces PETRARCH-2's output conventions (../shared/PETRARCH2_ALGORITHM.md §1.2, §5.3)
for users who need data comparable with Phoenix or TERRIER: an event needs both a source and a target,
only the main clause chain is coded, its Quirks are kept where they change output, and nothing is added
from outside the sentence. `communique` (the default) keeps the same grammar and adds, each by a switch, the
project's own readings. Each switch is one boolean field of `Profile`; what it does is described once, in
docs/profiles.md (the full technical wording: examples, spec sections, modules, data files), and in a user's
one line in the README's switch table.

A profile is a frozen value: pass it down, never change it in place (`dataclasses.replace` makes a variant).
A switch is added as a field of `Profile` (default True for an addition of communique's, False for one of
PETRARCH-2's conventions; `petrarch2` takes every switch the other way), a row in docs/profiles.md's table and in
the README's, and for a module of coder/phenomena/ its row in docs/architecture.md's phenomena table
(tests/test_docs.py checks all three).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ..errors import BadInput

DEFAULT_PROFILE = "communique"


@dataclass(frozen=True)
class Profile:
    """The switches of one coding profile (each described in docs/profiles.md)."""
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
    faced_things: bool = True
    effort_verbs: bool = True
    spoken_acts: bool = True
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
    figure_pps: bool = True
    uncombined_acts: bool = True
    adverbial_acts: bool = True
    force_tolls: bool = True
    relative_discards: bool = True
    plover_concessions: bool = True
    particle_patterns: bool = True
    place_pps: bool = True
    helper_pps: bool = True
    compound_locatives: bool = True
    targetless_statements: bool = True
    year_modifiers: bool = True
    hazard_discards: bool = True
    silent_saying: bool = True
    quoted_as_saying: bool = True
    plover_material_senses: bool = True
    attempted_assaults: bool = True
    offered_deployments: bool = True
    broken_lists: bool = True
    talks_between_others: bool = True
    targetless_denials: bool = True
    addressed_protests: bool = True
    classifier_recall: bool = True
    learned_classes: bool = True
    learned_arbiter: bool = True
    learned_statements: bool = True
    disaster_rulings: bool = True
    negative_words: bool = True
    alleged_acts: bool = True
    own_act_reports: bool = True
    episode_nouns: bool = True
    named_senses: bool = True
    unread_subjects: bool = True
    time_clauses: bool = True
    participle_adjuncts: bool = True
    circumstance_clauses: bool = True
    reported_background: bool = True
    permitted_acts: bool = True
    adverbial_background: bool = True
    saying_adjuncts: bool = True
    first_conjuncts: bool = True
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
    approved_aid: bool = True
    cooperation_kinds: bool = True
    scale_defaults: bool = True
    intent_defaults: bool = True
    venues: bool = True
    mobilised_forces: bool = True
    conditional_intents: bool = True
    possessed_states: bool = True
    deployed_forces: bool = True
    hosted_visitors: bool = True
    one_way_pairs: bool = True
    received_givers: bool = True
    visiting_calls: bool = True
    travelled_visits: bool = True
    received_guests: bool = True
    protester_acts: bool = True
    crowd_gatherings: bool = True
    foreign_bans: bool = True
    natural_causes: bool = True
    hazard_tolls: bool = True
    electoral_contests: bool = True
    role_speakers: bool = True
    kind_subjects: bool = True
    ultimatums: bool = True
    ordered_acts: bool = True
    commanded_acts: bool = True
    subordinate_sanctions: bool = True
    peacekeeping_destinations: bool = True
    returned_objects: bool = True
    quoted_speakers: bool = True
    negated_facts: bool = True
    stated_contents: bool = True
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
    sent_forces: bool = True
    slash_alternatives: bool = True
    nested_pp_actors: bool = True
    conjunct_agents: bool = True
    home_clashes: bool = True
    foiled_attacks: bool = True
    title_antecedents: bool = True
    expelled_persons: bool = True
    foreign_parties: bool = True
    curated_people: bool = True
    raising_adjectives: bool = True
    predicate_relatives: bool = True
    agent_additions: bool = True
    collective_states: bool = True
    figurative_criticism: bool = True
    partitive_objects: bool = True
    coordinated_subjects: bool = True
    background_acts: bool = True
    rank_titles: bool = True
    inner_prep_phrases: bool = True
    stance_complements: bool = True
    naming_statements: bool = True
    reported_attacks: bool = True
    reported_passives: bool = True
    passive_doers: bool = True
    stopped_acts: bool = True
    named_subjects: bool = True
    role_heads: bool = True
    comparative_clauses: bool = True
    undone_force: bool = True
    qualified_agents: bool = True
    figurative_harm: bool = True
    nationality_plurals: bool = True
    comment_acts: bool = True
    outlook_comments: bool = True
    plover_comments: bool = True
    party_actors: bool = True
    glossed_names: bool = True
    refused_comments: bool = True
    attributed_statements: bool = True
    recalled_envoys: bool = True
    expelled_envoys: bool = True
    judicial_findings: bool = True
    spoken_participles: bool = True
    outlook_contents: bool = True
    accorded_views: bool = True
    expected_acts: bool = True
    supplied_arms: bool = True
    relief_drops: bool = True
    relief_kinds: bool = True
    conveyed_people: bool = True
    let_clauses: bool = True
    permitted_parties: bool = True
    left_places: bool = True
    postnominal_predicates: bool = True
    blame_statements: bool = True
    uncoded_comment_contents: bool = True
    home_concessions: bool = True
    self_recipients: bool = True
    begun_events: bool = True
    stance_grounds: bool = True
    denied_grounds: bool = True
    legal_forums: bool = True
    participle_grounds: bool = True
    possessive_antecedents: bool = True
    framework_names: bool = True
    discussed_topics: bool = True
    plain_assertions: bool = True
    agent_variants: bool = True
    participle_agents: bool = True
    refused_acts: bool = True
    reported_refusals: bool = True
    rehearsed_force: bool = True
    claimed_attacks: bool = True
    common_words: bool = True
    address_participles: bool = True
    raised_negations: bool = True
    region_names: bool = True
    curated_organisations: bool = True
    armed_group_members: bool = True
    owned_roles: bool = True
    hyphenated_states: bool = True
    own_side_warnings: bool = True
    joint_partners: bool = True
    unnamed_doer_stances: bool = True
    naming_judgements: bool = True
    renounced_terms: bool = True
    helped_recipients: bool = True
    place_recipients: bool = True
    joint_operations: bool = True
    joint_acts: bool = True
    condition_addressees: bool = True
    provoked_mobilisations: bool = True
    pejorative_words: bool = True
    relative_namings: bool = True
    assisted_purposes: bool = True
    delisted_parties: bool = True
    home_deployments: bool = True
    reported_wrongs: bool = True
    conduct_concerns: bool = True
    no_reason_refusals: bool = True
    message_participles: bool = True
    headline_futures: bool = True
    conceded_acts: bool = True
    let_go_releases: bool = True

    def __hash__(self) -> int:
        """The hash of the name alone: equal profiles have equal names, so it agrees with the field-by-field
        equality, and the coder's per-sentence `switches_for` (an lru_cache keyed by the profile) no longer hashes
        some two hundred switches for every sentence. Profiles of one name that differ stay apart by equality."""
        return hash(self.name)

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
        name for, by name: a switch the composer reads needs its field there (composer_switches.py) and nothing more.
        Read once per profile and reader (the coder asks for every sentence)."""
        return _switches_for(self, reader)


@lru_cache(maxsize=16)
def _switches_for(profile: Profile, reader) -> dict[str, bool]:
    names = {f.name for f in fields(reader)}
    return {name: on for name, on in profile.switches().items() if name in names}


def _faithful() -> Profile:
    """PETRARCH-2's conventions: each convention on and each of communique's additions off, i.e. every switch the
    other way from `communique` (tests/coder/test_profiles.py checks each switch's default: an addition on, a convention off)."""
    return Profile(name="petrarch2", **{name: not on for name, on in Profile().switches().items()})


PROFILES = {"communique": Profile(), "petrarch2": _faithful()}

"""Tests of coder/nouns/: acts and events told by nouns and adjectives (switches act_nouns, event_nouns,
episode_nouns, intent_lowers, ready_to_cooperate)."""

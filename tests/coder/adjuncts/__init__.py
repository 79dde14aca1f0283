"""Tests of coder/adjuncts/: the PPs and clauses that tell when, where or with whose help an act happened (switches
place_pps, helper_pps, time_clauses)."""

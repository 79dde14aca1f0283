"""Tests of coder/repairs/: each parse repair on sentences written for it, on hand-built trees, and on parses it must
leave alone (view_helpers.py: the phrase-view helpers they share)."""

"""Tests of coder/actors/: the actor, agent and discard files, a noun phrase's actors and their arithmetic,
coordinated, apposed and hyphenated names, lists mended, the words a pattern matched in an object kept for the target
(object_words)."""

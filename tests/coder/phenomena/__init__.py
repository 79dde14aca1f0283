"""Tests of coder/phenomena/: one phenomenon of the communique profile each, behind its switch, on sentences written
for it (the silent-verb tables' English inflections among them)."""

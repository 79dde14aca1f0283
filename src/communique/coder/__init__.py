"""PETRARCH-2's event grammar on spaCy dependency parses (issue 10)."""

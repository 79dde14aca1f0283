"""Places: recognising place names in a parsed article, finding their candidates in the offline
gazetteer, choosing one, and locating an event at one of them."""

"""The censuses of written sentences that measure the whole coder, with their floors and fixture tables: the PLOVER
and CAMEO censuses and their gate, the PETRARCH-2 fidelity censuses (petr2_*.jsonl, each with its .md), the wire
censuses, the material and verbal censuses."""

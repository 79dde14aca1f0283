"""Groups of mentions that the story rules may tie together, and their spread over partitions.

Plain NumPy, run on the driver over the edges the story stage finds (two mentions sharing a story
index key within the date window). Mentions are numbered by `mention_number`, which sorts as `ingest`
meets them: input order, then text order within the document.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy

POSITION_BITS = 20  # up to ~1 million event mentions in one document


def mention_number(seq: int, position: int) -> int:
    """One sortable integer for the `position`-th event of the `seq`-th input record."""
    return (seq << POSITION_BITS) | position


@dataclass(frozen=True)
class Grouping:
    """For each mention number (`ids`, sorted): its group (the group's smallest number) and partition."""
    ids: numpy.ndarray
    group: numpy.ndarray
    partition: numpy.ndarray

    def lookup(self, number: int) -> tuple[int, int]:
        at = int(numpy.searchsorted(self.ids, number))
        return int(self.group[at]), int(self.partition[at])

    @property
    def groups(self) -> int:
        return len(numpy.unique(self.group)) if len(self.group) else 0


def connected_groups(ids: numpy.ndarray, a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """For each of the sorted, distinct `ids`, the smallest id connected to it by the edges (a[i], b[i])."""
    ids = numpy.asarray(ids, dtype=numpy.int64)
    parent = numpy.arange(len(ids))
    if len(a):
        left = numpy.searchsorted(ids, numpy.asarray(a, dtype=numpy.int64))
        right = numpy.searchsorted(ids, numpy.asarray(b, dtype=numpy.int64))
        while True:
            root_left, root_right = parent[left], parent[right]
            if numpy.array_equal(root_left, root_right):
                break
            low = numpy.minimum(root_left, root_right)
            numpy.minimum.at(parent, root_left, low)  # hook each root under the smaller one
            numpy.minimum.at(parent, root_right, low)
            while True:  # then point every id straight at its root
                jumped = parent[parent]
                if numpy.array_equal(jumped, parent):
                    break
                parent = jumped
    return ids[parent]


def spread(ids: numpy.ndarray, group: numpy.ndarray, first_day: numpy.ndarray, partitions: int) -> Grouping:
    """Whole groups to partitions, by date window: groups ordered by their first day (undated groups first),
    cut into `partitions` runs of about equal numbers of mentions. A group that spans a window's edge
    stays whole in the partition of its first day, so no story is split."""
    ids = numpy.asarray(ids, dtype=numpy.int64)
    partition = numpy.zeros(len(ids), dtype=numpy.int64)
    if not len(ids):
        return Grouping(ids, group, partition)
    roots, inverse, sizes = numpy.unique(group, return_inverse=True, return_counts=True)
    days = numpy.full(len(roots), numpy.iinfo(numpy.int64).max, dtype=numpy.int64)
    dated = first_day >= 0
    numpy.minimum.at(days, inverse[dated], first_day[dated])
    days[days == numpy.iinfo(numpy.int64).max] = -1
    order = numpy.lexsort((roots, days))
    before = numpy.cumsum(sizes[order]) - sizes[order]
    share = max(1.0, len(ids) / max(1, partitions))
    group_partition = numpy.empty(len(roots), dtype=numpy.int64)
    group_partition[order] = numpy.minimum(partitions - 1, (before / share).astype(numpy.int64))
    return Grouping(ids, group, group_partition[inverse])

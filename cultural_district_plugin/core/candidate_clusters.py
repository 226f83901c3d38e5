"""Candidate districts: contiguous clusters of the units that pass the chosen criteria (docs/methods.md)."""

from __future__ import annotations

import numpy as np
from scipy.sparse.csgraph import connected_components

from .spatial_weights import Weights


def contiguous_clusters(passing: np.ndarray, weights: Weights) -> np.ndarray:
    """Cluster label (0, 1, …) of each passing unit, −1 for the others: passing units connected through passing
    neighbours form one cluster. Labels follow the order of each cluster's first unit."""
    passing = np.asarray(passing, dtype=bool)
    labels = np.full(len(passing), -1, dtype=np.int64)
    chosen = np.flatnonzero(passing)
    if len(chosen) == 0:
        return labels
    sub = weights.matrix[chosen][:, chosen]
    _, components = connected_components(sub, directed=False)
    # renumber by first appearance so labels are stable whatever the graph library's order
    _, first = np.unique(components, return_index=True)
    order = np.argsort(first)
    renumber = np.empty(len(order), dtype=np.int64)
    renumber[order] = np.arange(len(order))
    labels[chosen] = renumber[components]
    return labels

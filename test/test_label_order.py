"""Rows grouped by small integer labels: numpy's stable order, whatever the labels' count."""

import numpy as np
import pytest

from cultural_district_plugin.core import label_order as module
from cultural_district_plugin.core.label_order import label_order, label_ranges


@pytest.mark.parametrize("count", [1, 107, 7899, 40000])
def test_label_order_is_the_stable_argsort(count):
    labels = np.random.default_rng(count).integers(0, count, 50000)
    assert np.array_equal(label_order(labels, count), np.argsort(labels, kind="stable"))
    order, bounds = label_ranges(labels, count)
    for label in (0, count // 2, count - 1):
        rows = order[bounds[label] : bounds[label + 1]]
        assert rows.tolist() == np.flatnonzero(labels == label).tolist()  # its rows, in their order
    assert bounds[0] == 0 and bounds[-1] == len(labels)


def test_labels_beyond_sixteen_bits_are_sorted_as_they_are(monkeypatch):
    labels = np.array([70000, 3, 70000, 0, 3], dtype=np.int64)
    assert label_order(labels, 70001).tolist() == [3, 1, 4, 0, 2]
    monkeypatch.setattr(module, "RADIX_LABELS", 2)  # the comparison sort: same order
    assert label_order(np.array([2, 1, 2, 0]), 3).tolist() == [3, 1, 0, 2]


def test_no_rows():
    order, bounds = label_ranges(np.empty(0, dtype=np.int64), 3)
    assert len(order) == 0 and bounds.tolist() == [0, 0, 0, 0]

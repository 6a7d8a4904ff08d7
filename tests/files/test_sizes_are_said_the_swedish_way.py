"""Sizes in refusals read as a Swedish reader says them."""

from styra.files import human_size


def test_sizes():
    assert human_size(1024**3) == "1,0 GB"
    assert human_size(50 * 1024**2) == "50 MB"
    assert human_size(int(2.5 * 1024**2)) == "2,5 MB"
    assert human_size(300 * 1024) == "300 kB"

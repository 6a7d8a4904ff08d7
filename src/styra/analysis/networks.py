"""Batcher's odd–even merge sorting network, used to sort a few columns row by row."""

from functools import cache


@cache
def sort_layers(n: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Comparator layers (pairs i < j: put the smaller in i) that sort ``n`` inputs.

    Built for the next power of two; comparators touching the padding (which
    holds +inf and never moves) are left out.
    """
    size = 1
    while size < n:
        size *= 2
    layers = []
    p = 1
    while p < size:
        k = p
        while k >= 1:
            layer = [
                (i + j, i + j + k)
                for j in range(k % p, size - k, 2 * k)
                for i in range(min(k, size - j - k))
                if (i + j) // (p * 2) == (i + j + k) // (p * 2) and i + j + k < n
            ]
            if layer:
                layers.append(tuple(layer))
            k //= 2
        p *= 2
    return tuple(layers)

"""Small hand-worked interaction matrices shared by the M9 tests."""

from styra.priorities import InteractionMatrix

# 3 × 3, complete.      to: 1.1  2.1  3.1
#                 from 1.1     –    +2   −1
#                      2.1    +1     –   +3
#                      3.1     0   −2     –
THREE = InteractionMatrix.from_scores(
    ["1.1", "2.1", "3.1"],
    {
        ("1.1", "2.1"): 2,
        ("1.1", "3.1"): -1,
        ("2.1", "1.1"): 1,
        ("2.1", "3.1"): 3,
        ("3.1", "1.1"): 0,
        ("3.1", "2.1"): -2,
    },
    rationales={("1.1", "3.1"): "Mer odling tränger undan hälsoinsatser"},
)

# 4 × 4, one cell (1.2 → 2.1) not yet scored.
#                       to: 1.1  1.2  2.1  2.2
#                 from 1.1     –   +3   −1    0
#                      1.2    +3    –    ?    0
#                      2.1     0    0    –   +3
#                      2.2     0   −2   +2    –
FOUR = InteractionMatrix.from_scores(
    ["1.1", "1.2", "2.1", "2.2"],
    {
        ("1.1", "1.2"): 3,
        ("1.1", "2.1"): -1,
        ("1.1", "2.2"): 0,
        ("1.2", "1.1"): 3,
        ("1.2", "2.2"): 0,
        ("2.1", "1.1"): 0,
        ("2.1", "1.2"): 0,
        ("2.1", "2.2"): 3,
        ("2.2", "1.1"): 0,
        ("2.2", "1.2"): -2,
        ("2.2", "2.1"): 2,
    },
)

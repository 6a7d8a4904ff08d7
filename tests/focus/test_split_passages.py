"""Blocks are merged into passages of 40–250 words, never across sections."""

from styra.focus.extract import MAX_WORDS, Block, split_passages


def words(n: int, word: str = "ord") -> str:
    return " ".join([word] * n)


def test_short_paragraphs_are_merged_until_the_minimum():
    blocks = [Block(words(15), 3, "A"), Block(words(15), 4, "A"), Block(words(15), 4, "A")]
    (passage,) = split_passages(blocks)
    assert passage.word_count == 45 and passage.page == 3 and passage.section == "A"


def test_a_passage_never_spans_two_sections():
    blocks = [Block(words(10), None, "A"), Block(words(10), None, "B")]
    assert [(p.section, p.word_count, p.index) for p in split_passages(blocks)] == [
        ("A", 10, 0),
        ("B", 10, 1),
    ]


def test_a_long_paragraph_is_its_own_passage_and_is_cut_at_sentences():
    sentence = words(59) + " slut."
    blocks = [Block(words(45), 1), Block(" ".join([sentence] * 6), 2)]
    passages = list(split_passages(blocks))
    assert [p.word_count for p in passages] == [45, 240, 120]
    assert all(p.text.endswith("slut.") for p in passages[1:])
    assert all(p.word_count <= MAX_WORDS for p in passages)


def test_a_sentence_longer_than_the_maximum_is_cut_hard():
    passages = list(split_passages([Block(words(600))]))
    assert [p.word_count for p in passages] == [250, 250, 100]

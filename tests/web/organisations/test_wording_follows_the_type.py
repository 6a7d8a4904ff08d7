"""Every phrase an organisation says about itself has a kommun's words and a region's,
chosen by the type of an Organisation, a document's organisation dict or "K"/"L"."""

import pytest
from django.template import Context, Template

from styra.web.organisations.models import Organisation
from styra.web.organisations.wording import PHRASES, phrase

KOMMUN = Organisation(kolada_id="0780", name="Växjö", type="K")
REGION = Organisation(kolada_id="0012", name="Region Skåne", type="L")


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_a_region_never_says_kommun(key):
    region_words = phrase(REGION, key).lower()
    assert "region" in region_words or "rs 20" in region_words
    assert "kommun" not in region_words and "ks 20" not in region_words


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_a_kommun_never_says_region(key):
    kommun_words = phrase(KOMMUN, key).lower()
    assert "kommun" in kommun_words or "ks 20" in kommun_words
    assert "region" not in kommun_words


def test_the_type_may_come_as_a_dict_or_a_letter_and_defaults_to_kommun():
    assert phrase({"type": "L"}, "decision") == "Regionledningsbeslut"
    assert phrase("L", "decision") == "Regionledningsbeslut"
    assert phrase(None, "decision") == "Kommunledningsbeslut"


def test_the_template_filter_says_the_same():
    template = Template('{% load organisation_words %}{{ org|phrase:"summary_heading" }}')
    assert template.render(Context({"org": REGION})) == "Sammanfattning för regionledningen"

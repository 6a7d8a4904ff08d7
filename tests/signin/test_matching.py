"""The pure rules that match a provider's answer to an account (styra.signin)."""

import pytest

from styra.signin import (
    AttributeMap,
    email_from_oidc_claims,
    email_from_saml_attributes,
    id_token_problem,
    names_from_saml_attributes,
    parse_attribute_map,
    username_for,
)


def test_a_verified_address_is_lower_cased():
    claims = {"email": " Anna.Svensson@Vaxjo.SE ", "email_verified": True}
    assert email_from_oidc_claims(claims) == "anna.svensson@vaxjo.se"


@pytest.mark.parametrize("verified", [False, None, "false", 1, "yes"])
def test_an_unverified_address_matches_nobody(verified):
    claims = {"email": "anna@vaxjo.se"}
    if verified is not None:
        claims["email_verified"] = verified
    assert email_from_oidc_claims(claims) is None


def test_a_string_true_counts_and_the_kommun_may_name_another_claim():
    assert email_from_oidc_claims({"email": "a@b.se", "email_verified": "true"}) == "a@b.se"
    claims = {"email": "a@b.se", "xms_edov": True}
    assert email_from_oidc_claims(claims, "xms_edov") == "a@b.se"
    assert email_from_oidc_claims(claims) is None


@pytest.mark.parametrize("email", ["", "anna", "a@b", "a b@c.se", None, ["a@b.se"]])
def test_no_address_no_match(email):
    assert email_from_oidc_claims({"email": email, "email_verified": True}) is None


def test_an_id_token_for_another_client_issuer_or_subject_is_refused():
    payload = {"aud": "styra", "iss": "https://idp", "sub": "1"}
    assert id_token_problem(payload, "styra", "https://idp", {"sub": "1"}) is None
    assert id_token_problem({**payload, "aud": ["x", "styra"]}, "styra", "", None) is None
    assert "another client" in id_token_problem({**payload, "aud": "x"}, "styra", "", None)
    assert "another issuer" in id_token_problem(payload, "styra", "https://other", None)
    assert "another subject" in id_token_problem(payload, "styra", "", {"sub": "2"})


def test_the_attribute_map_names_saml_attributes():
    assert parse_attribute_map("") == AttributeMap()
    mapped = parse_attribute_map("email=urn:oid:0.9.2342.19200300.100.1.3, last_name=surname")
    assert mapped == AttributeMap(email="urn:oid:0.9.2342.19200300.100.1.3", last_name="surname")
    for wrong in ("email", "phone=tel", "email="):
        with pytest.raises(ValueError, match="STYRA_SAML_ATTRIBUTE_MAP"):
            parse_attribute_map(wrong)


def test_saml_attributes_give_the_first_value():
    attributes = {"mail": ["Eva@Kommun.se", "x@y.se"], "givenName": ["Eva"], "sn": "Ek"}
    assert email_from_saml_attributes(attributes, AttributeMap()) == "eva@kommun.se"
    assert names_from_saml_attributes(attributes, AttributeMap()) == ("Eva", "Ek")
    assert email_from_saml_attributes({"mail": []}, AttributeMap()) is None
    assert email_from_saml_attributes({}, AttributeMap()) is None


def test_a_new_user_name_is_the_address_made_unique():
    taken = {"anna@vaxjo.se", "anna@vaxjo.se-2"}
    assert username_for("eva@vaxjo.se", taken.__contains__) == "eva@vaxjo.se"
    assert username_for("anna@vaxjo.se", taken.__contains__) == "anna@vaxjo.se-3"
    long = "a" * 160 + "@b.se"
    assert username_for(long, lambda name: name == long[:150]) == long[:148] + "-2"

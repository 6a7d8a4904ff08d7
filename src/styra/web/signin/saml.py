"""pysaml2's service-provider configuration, built from the STYRA_SAML_* settings.

djangosaml2 asks ``sp_config(request)`` (settings.SAML_CONFIG_LOADER) on each SAML
request; the configuration, with the IdP's metadata read, is kept for an hour per
address and settings, so a changed metadata file or URL is read again within the hour.
"""

import time
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import SPConfig
from saml2.s_utils import UnsupportedBinding

METADATA_SECONDS = 3600


def sp_config(request=None) -> SPConfig:
    base = request.build_absolute_uri("/").rstrip("/") if request else settings.STYRA_SITE_URL
    return _config(
        base,
        settings.STYRA_SAML_ENTITY_ID or f"{base}{reverse('saml2_metadata')}",
        settings.STYRA_SAML_IDP_METADATA_FILE,
        settings.STYRA_SAML_IDP_METADATA_URL,
        settings.STYRA_SAML_CERT_FILE,
        settings.STYRA_SAML_KEY_FILE,
        settings.STYRA_SAML_XMLSEC_BINARY,
        int(time.time() // METADATA_SECONDS),
    )


@lru_cache(maxsize=16)
def _config(base, entity_id, metadata_file, metadata_url, cert_file, key_file, xmlsec, _hour):
    signing = bool(cert_file and key_file)
    metadata = {}
    if metadata_file:
        metadata["local"] = [metadata_file]
    if metadata_url:
        metadata["remote"] = [{"url": metadata_url}]
    config = {
        "entityid": entity_id,
        "xmlsec_binary": xmlsec,
        "allow_unknown_attributes": True,
        # Clocks of the IdP and Styra may differ this much (seconds); no more.
        "accepted_time_diff": 60,
        "service": {
            "sp": {
                "name": "Styra",
                "endpoints": {
                    "assertion_consumer_service": [
                        (base + reverse("saml2_acs"), BINDING_HTTP_POST)
                    ],
                    "single_logout_service": [
                        (base + reverse("saml2_ls"), BINDING_HTTP_REDIRECT),
                        (base + reverse("saml2_ls_post"), BINDING_HTTP_POST),
                    ],
                },
                # Only answers to Styra's own requests, only signed assertions.
                "allow_unsolicited": False,
                "want_assertions_signed": True,
                "want_response_signed": False,
                "authn_requests_signed": signing,
                "logout_requests_signed": signing,
            }
        },
        "metadata": metadata,
    }
    if signing:
        config["key_file"] = key_file
        config["cert_file"] = cert_file
        config["encryption_keypairs"] = [{"key_file": key_file, "cert_file": cert_file}]
    conf = SPConfig()
    conf.load(config)
    return conf


def idp_has_single_logout(request) -> bool:
    """Does an IdP in the metadata have a SingleLogoutService Styra can send to?"""
    metadata = sp_config(request).metadata
    for idp in metadata.identity_providers():
        for binding in (BINDING_HTTP_REDIRECT, BINDING_HTTP_POST):
            try:
                if metadata.single_logout_service(idp, binding, "idpsso"):
                    return True
            except UnsupportedBinding:  # pysaml2's answer for "no such service"
                continue
    return False

"""A SAML 2.0 identity provider built from pysaml2 for the tests, with its own key and
certificate made in tmp_path. It answers Styra's AuthnRequest with a signed assertion
(or a tampered, expired or wrongly addressed one); no HTTP server is needed: the test
carries the messages between Styra and the IdP as a browser would."""

import base64
import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import entity_descriptor
from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_TRANSIENT, NameID
from saml2.server import Server

XMLSEC = "/usr/bin/xmlsec1"
IDP = "http://127.0.0.1:8610/idp"  # never contacted: the test carries the messages


def key_and_certificate(folder: Path, name: str) -> tuple[str, str]:
    """A new RSA key and a self-signed certificate for it, as PEM files."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_file, cert_file = folder / f"{name}.key", folder / f"{name}.crt"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(key_file), str(cert_file)


class TestIdP:
    __test__ = False  # not a test class

    def __init__(self, folder: Path, single_logout: bool = True):
        self.folder = folder
        self.key_file, self.cert_file = key_and_certificate(folder, "idp")
        self.single_logout = single_logout
        self.metadata_file = folder / "idp-metadata.xml"
        self.metadata_file.write_text(str(entity_descriptor(self._config(None))))
        self.server = None

    def _config(self, sp_metadata_file: Path | None, lifetime_minutes: int = 15) -> IdPConfig:
        endpoints = {"single_sign_on_service": [(f"{IDP}/sso", BINDING_HTTP_REDIRECT)]}
        if self.single_logout:
            endpoints["single_logout_service"] = [(f"{IDP}/slo", BINDING_HTTP_REDIRECT)]
        config = {
            "entityid": f"{IDP}/metadata",
            "xmlsec_binary": XMLSEC,
            "service": {
                "idp": {
                    "name": "Testkommunens IdP",
                    "endpoints": endpoints,
                    "policy": {
                        "default": {
                            "lifetime": {"minutes": lifetime_minutes},
                            "attribute_restrictions": None,
                            "name_form": NAME_FORMAT_URI,
                        }
                    },
                    "name_id_format": [NAMEID_FORMAT_TRANSIENT],
                }
            },
            "key_file": self.key_file,
            "cert_file": self.cert_file,
        }
        if sp_metadata_file is not None:
            config["metadata"] = {"local": [str(sp_metadata_file)]}
        conf = IdPConfig()
        conf.load(config)
        return conf

    def trust(self, sp_metadata: bytes, lifetime_minutes: int = 15):
        """Know Styra (its metadata) from now on."""
        sp_file = self.folder / "sp-metadata.xml"
        sp_file.write_bytes(sp_metadata)
        self.server = Server(config=self._config(sp_file, lifetime_minutes))

    def answer(
        self,
        login_redirect: str,
        attributes: dict,
        audience: str | None = None,
        tamper=None,
    ) -> dict:
        """The POST a browser makes to Styra's ACS after the IdP signed the person in.

        ``login_redirect`` is where Styra sent the browser (the IdP's SSO URL with the
        AuthnRequest); ``audience`` replaces Styra's entity id; ``tamper(xml)`` changes
        the signed XML.
        """
        query = {k: v[0] for k, v in parse_qs(urlparse(login_redirect).query).items()}
        request = self.server.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT)
        message = request.message
        acs = message.assertion_consumer_service_url
        response = self.server.create_authn_response(
            identity=attributes,
            in_response_to=message.id,
            destination=acs,
            sp_entity_id=audience or message.issuer.text,
            name_id=NameID(format=NAMEID_FORMAT_TRANSIENT, text="a1b2c3"),
            authn={"class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"},
            sign_assertion=True,
            sign_response=False,
        )
        xml = str(response)
        if tamper is not None:
            xml = tamper(xml)
        return {
            "SAMLResponse": base64.b64encode(xml.encode()).decode(),
            "RelayState": query.get("RelayState", ""),
        }

    def logout_request(self, redirect: str):
        query = {k: v[0] for k, v in parse_qs(urlparse(redirect).query).items()}
        return self.server.parse_logout_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT)


__all__ = ["BINDING_HTTP_POST", "IDP", "TestIdP", "key_and_certificate"]

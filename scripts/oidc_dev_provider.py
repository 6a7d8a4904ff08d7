"""A local OpenID Connect provider for trying Styra's OIDC sign-in by hand.

It is the provider the tests use (tests/web/signin/oidc_provider.py), started on
127.0.0.1: every sign-in through it signs in the person ``--email`` names, with the
e-mail address verified. It prints the variables to start Styra with
(docs/sign-in.md, "Trying it by hand"); Ctrl-C stops it. Never use it beyond your
own machine.

    .venv/bin/python scripts/oidc_dev_provider.py --email anna@vaxjo.se --name "Anna Berg"
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.web.signin import oidc_provider  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--email", required=True, help="the person every sign-in signs in")
    parser.add_argument("--name", default="", help="their name (given and family name)")
    parser.add_argument("--port", type=int, default=8601, help="the provider's port")
    args = parser.parse_args()
    oidc_provider.PORTS = range(args.port, args.port + 1)
    given, _, family = args.name.partition(" ")
    with oidc_provider.Provider() as provider:
        provider.claims = {
            "sub": args.email.lower(),
            "email": args.email,
            "email_verified": True,
            "given_name": given,
            "family_name": family,
        }
        print(f"OpenID Connect provider at {provider.issuer}; start Styra with:\n")
        for name, value in {
            "STYRA_OIDC_ENABLED": "1",
            "STYRA_OIDC_LABEL": '"Kommunens konto (test)"',
            "STYRA_OIDC_ISSUER": provider.issuer,
            "STYRA_OIDC_AUTHORIZATION_ENDPOINT": provider.url("/authorize"),
            "STYRA_OIDC_TOKEN_ENDPOINT": provider.url("/token"),
            "STYRA_OIDC_USERINFO_ENDPOINT": provider.url("/userinfo"),
            "STYRA_OIDC_JWKS_ENDPOINT": provider.url("/jwks"),
            "STYRA_OIDC_CLIENT_ID": oidc_provider.CLIENT_ID,
            "STYRA_OIDC_CLIENT_SECRET": oidc_provider.CLIENT_SECRET,
        }.items():
            print(f"export {name}={value}")
        print(f"\nEvery sign-in signs in {args.email}. Ctrl-C stops the provider.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()

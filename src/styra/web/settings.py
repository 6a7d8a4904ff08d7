"""Styra's one settings file, driven by the environment.

SQLite by default so that a fresh checkout just runs; ``DATABASE_URL``
switches to PostgreSQL. Every variable is documented in docs/configuration.md
(a test checks that).
"""

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from styra.web.secretkey import DEVELOPMENT_SECRET_KEY, read_secret_key

BASE_DIR = Path(__file__).resolve().parent
REPO_DIR = BASE_DIR.parents[2]


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("STYRA_DEBUG", False)
ALLOWED_HOSTS = envlist("STYRA_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # the API's interactive docs (Swagger UI) served from this site
    "corsheaders",
    "styra.web.common",
    "styra.web.accounts",
    # Sign-in with the kommun's identity provider (OIDC, SAML); before djangosaml2,
    # whose templates it replaces.
    "styra.web.signin",
    "djangosaml2",
    "styra.web.organisations",
    "styra.web.indicators",
    "styra.web.nulage",
    "styra.web.focus",
    "styra.web.samverkan",
    "styra.web.maturity",
    "styra.web.radighet",
    "styra.web.reports",
    "styra.web.priorities",
    "styra.web.actionplan",
    "styra.web.changes",
    "styra.web.followup",
    "styra.web.vlr",
    "styra.web.background",
    "styra.web.health",
    "styra.web.public",
    "styra.web.api",
    "altcha_django",  # self-hosted proof of work on anonymous forms (no third party)
    "styra.web.dialogue",
    "styra.web.consultation",
    "styra.web.contact",
    "styra.web.network",
    "styra.web.twins",
    "styra.web.practices",
    "styra.web.meetings",
    "styra.web.personal",  # personal data: export, erasure, retention (docs/personal-data.md)
    # Two-step verification for local accounts (docs/accounts.md): the authenticator
    # app (TOTP) and backup codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "styra.web.twofactor",
    "auditlog",
    "styra.web.audit",  # who changed what, sign-ins (docs/audit.md)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise: every file response of a view is private, never cached.
    "styra.web.common.downloads.PrivateDownloadMiddleware",
    # Above CommonMiddleware: CORS headers for the API's public reads (/api/v1/).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # SAML's own small session (its cookie reaches the IdP's cross-site POST): styra.web.signin.
    "djangosaml2.middleware.SamlSessionMiddleware",
    "styra.web.common.language.SwedishFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: the audit log's entries know who made the change.
    "auditlog.middleware.AuditlogMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # user.is_verified(); then a signed-in user who owes a code (or, with
    # STYRA_REQUIRE_2FA, an admin without a device) reaches only that step.
    "django_otp.middleware.OTPMiddleware",
    "styra.web.twofactor.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Axes first (it counts failed logins and refuses locked-out ones), then the
# named object permissions of each app's rules.py, then Django's user table.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "styra.web.accounts.backends.UserAndRolesBackend",
    # Sign-in through the kommun's identity provider; each signs in nobody while off.
    "styra.web.signin.backends.OIDCBackend",
    "styra.web.signin.backends.SAMLBackend",
]
LOGIN_URL = "accounts-login"
LOGIN_REDIRECT_URL = "accounts-home"
LOGOUT_REDIRECT_URL = "accounts-start"

ROOT_URLCONF = "styra.web.urls"
WSGI_APPLICATION = "styra.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "builtins": ["styra.web.common.formerrors", "styra.web.common.formats"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "styra.web.accounts.context_processors.organisations",
            ],
        },
    },
]

DATA_DIR = Path(os.environ.get("STYRA_DATA_DIR", REPO_DIR / "var"))
# STYRA_SECRET_KEY, else DATA_DIR/secret_key (written once by `make run`), else a
# development key that `styra serve` refuses outside debug (styra.web.secretkey).
SECRET_KEY = read_secret_key(DATA_DIR)
if SECRET_KEY == DEVELOPMENT_SECRET_KEY and not DEBUG and envbool("STYRA_REQUIRE_SECRET", False):
    raise RuntimeError("STYRA_SECRET_KEY must be set in production")
# The analysis snapshot's files, built once per Kolada data for all processes
# (styra.web.nulage.store); empty: each process builds its own.
STYRA_CACHE_DIR = os.environ.get("STYRA_CACHE_DIR", str(DATA_DIR / "cache"))
# Each Kolada data version `styra load` made, kept as a file of the curated KPIs' values
# (styra.web.changes.archive): the newest STYRA_KEEP_VERSIONS (at least 2) stay.
STYRA_VERSIONS_DIR = Path(os.environ.get("STYRA_VERSIONS_DIR", DATA_DIR / "versions"))
STYRA_KEEP_VERSIONS = max(2, envint("STYRA_KEEP_VERSIONS", 5))
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'styra.sqlite3'}",
        conn_max_age=int(os.environ.get("STYRA_DB_CONN_MAX_AGE", "60")),
        # A kept connection the server dropped is replaced, not failed on.
        conn_health_checks=True,
    )
}
# SQLite: readers never wait for the writer (WAL); a write waits up to
# STYRA_DB_BUSY_SECONDS for another (instead of "database is locked").
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": envint("STYRA_DB_BUSY_SECONDS", 20),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that does not answer fails the request (503) in seconds, not minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", envint("STYRA_DB_CONNECT_TIMEOUT", 5)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Svenska")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Styra's own CSS and JS and the vendored files (htmx, Vega), see `make vendor`.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STYRA_STATIC_ROOT", REPO_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "styra.web.common.storage.PrivateStorage"},
    "versions": {"BACKEND": "styra.web.common.storage.VersionsStorage"},
    "staticfiles": {"BACKEND": "styra.web.common.storage.StaticStorage"},
}
MEDIA_ROOT = Path(os.environ.get("STYRA_MEDIA_ROOT", DATA_DIR / "media"))
# Uploaded documents are private to their organisation: they live outside any
# served URL and only a permission-checked view hands them out.
PRIVATE_MEDIA_ROOT = MEDIA_ROOT / "private"
# Several app servers keep the uploads and the kept Kolada data versions in one
# S3-compatible bucket (django-storages,
# docs/several-servers.md); without STYRA_S3_BUCKET they stay on the file system.
# Files stay private: no public ACL, no signed URLs handed out; the views stream them.
S3_BUCKET = os.environ.get("STYRA_S3_BUCKET", "")
if S3_BUCKET:
    S3_PREFIX = os.environ.get("STYRA_S3_PREFIX", "").strip("/")
    S3_OPTIONS = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": os.environ.get("STYRA_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("STYRA_S3_REGION") or None,
        # Empty: boto3's own chain (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, instance roles).
        "access_key": os.environ.get("STYRA_S3_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("STYRA_S3_SECRET_ACCESS_KEY") or None,
        "addressing_style": os.environ.get("STYRA_S3_ADDRESSING_STYLE") or None,
        "default_acl": None,  # the bucket's own (private) policy, never public-read
        "file_overwrite": False,  # a name taken gets a new one, as on the file system
        "object_parameters": {"CacheControl": "private, no-store"},
    }
    for alias, folder in (("default", "media"), ("private", "private"), ("versions", "versions")):
        STORAGES[alias] = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**S3_OPTIONS, "location": "/".join(filter(None, (S3_PREFIX, folder)))},
        }
STYRA_MAX_UPLOAD_MB = envint("STYRA_MAX_UPLOAD_MB", 20)
# An uploaded .docx or .xlsx unpacked, all its parts together; and the time reading
# any uploaded file may take (styra.files, docs/configuration.md).
STYRA_UPLOAD_MAX_UNPACKED_MB = envint("STYRA_UPLOAD_MAX_UNPACKED_MB", 100)
STYRA_UPLOAD_READ_SECONDS = envint("STYRA_UPLOAD_READ_SECONDS", 20)
# How many nulägesanalys PDF/Word renders run at once, all workers together
# (styra.web.reports.filecache); others are asked to try again in a moment.
STYRA_RENDER_SLOTS = envint("STYRA_RENDER_SLOTS", 1)

# Background work (Kolada sync and load, recomputing the analyses, rendering the
# nulägesanalys PDF and Word file): django-tasks, by default its database backend,
# run by `styra worker` beside the web server. STYRA_TASKS_BACKEND names another
# backend class (docs/configuration.md): the same task code runs on it.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("STYRA_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# `styra worker` writes a heartbeat every STYRA_WORKER_HEARTBEAT_SECONDS; /healthz calls the
# worker stale (status "degraded") after STYRA_WORKER_STALE_SECONDS without one.
STYRA_WORKER_HEARTBEAT_SECONDS = max(1, envint("STYRA_WORKER_HEARTBEAT_SECONDS", 30))
STYRA_WORKER_STALE_SECONDS = envint(
    "STYRA_WORKER_STALE_SECONDS", 4 * STYRA_WORKER_HEARTBEAT_SECONDS
)

# Where the Kolada bundle is read from (``styra load`` without an argument).
STYRA_BUNDLE = os.environ.get("STYRA_BUNDLE", "")

# The benchmark's floor page at /bench/floor/ (bench/web.py); never in production.
STYRA_BENCH_VIEWS = envbool("STYRA_BENCH_VIEWS", False)

# Security defaults; production (STYRA_DEBUG off behind TLS) turns on HSTS.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_AGE = envint("STYRA_SESSION_HOURS", 12) * 3600
# Cache of computed analyses and rendered page bodies (keyed by the data
# version, so a change shows at once). In-process memory by default; with
# STYRA_REDIS_URL all worker processes share one Redis cache, and sessions are
# cached there too (a logout still reaches every process through the database).
REDIS_URL = os.environ.get("STYRA_REDIS_URL", "")
# Keys start with this, so several Styra instances can share one Redis database.
REDIS_KEY_PREFIX = os.environ.get("STYRA_REDIS_KEY_PREFIX", "") or "styra"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": REDIS_KEY_PREFIX,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "styra",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# The robot checks' cache (styra.web.common.antispam, altcha-django's replay protection):
# shared by every worker process — Redis with STYRA_REDIS_URL, else files in the data
# directory — so a solved proof of work counts once and rate limits count every process.
if REDIS_URL:
    CACHES["antispam"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": f"{REDIS_KEY_PREFIX}-antispam",
    }
else:
    CACHES["antispam"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "antispam-cache"),
    }
ALTCHA_CACHE_ALIAS = "antispam"
# Where sessions live (docs/several-servers.md): "cache" (Redis only; no database query
# per request, a Redis flush logs everyone out), "cached_db" (Redis in front of the
# database, the default with Redis) or "db" (the default without Redis).
SESSION_ENGINES = {
    "cache": "django.contrib.sessions.backends.cache",
    "cached_db": "django.contrib.sessions.backends.cached_db",
    "db": "django.contrib.sessions.backends.db",
}
SESSION_STORE = os.environ.get("STYRA_SESSION_ENGINE", "") or ("cached_db" if REDIS_URL else "db")
if SESSION_STORE not in SESSION_ENGINES or (SESSION_STORE == "cache" and not REDIS_URL):
    raise ImproperlyConfigured(
        f"STYRA_SESSION_ENGINE={SESSION_STORE!r}: use db, cached_db "
        "or cache (which needs STYRA_REDIS_URL)"
    )
SESSION_ENGINE = SESSION_ENGINES[SESSION_STORE]

# Content-Security-Policy (django-csp): everything from this site only, no
# inline script or style, no plug-ins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Widgets of the public site (/offentligt/<id>/widget/…, styra.web.public.widgets):
# the only pages other sites may frame. Their CSP frame-ancestors is this list
# ("*": any site; or e.g. ["https://www.vaxjo.se"]) and they send no
# X-Frame-Options; every other page keeps DENY and frame-ancestors 'none'.
STYRA_WIDGET_FRAME_ANCESTORS = envlist("STYRA_WIDGET_FRAME_ANCESTORS", "*")

# CORS (django-cors-headers): any site may read the API's public data from a
# browser; writes (with a token) come from the kommun's own systems, not from
# other sites' pages, so only GET is allowed across origins, never cookies.
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# ALTCHA (altcha-django): the proof of work on anonymous forms is signed with a key
# derived from the secret key, so it changes with it (docs/dialogue.md).
ALTCHA_HMAC_SECRET = hashlib.sha256(f"altcha:{SECRET_KEY}".encode()).hexdigest()
ALTCHA_CHALLENGE = {
    "cost": envint("STYRA_ALTCHA_COST", 5000),
    "expires_seconds": envint("STYRA_ALTCHA_EXPIRES_SECONDS", 600),
}
# Robot checks on anonymous forms (styra.web.common.antispam, docs/dialogue.md).
STYRA_ANTISPAM_MIN_SECONDS = envint("STYRA_ANTISPAM_MIN_SECONDS", 3)
STYRA_ANTISPAM_RATE_ADDRESS = os.environ.get("STYRA_ANTISPAM_RATE_ADDRESS", "30/h")
STYRA_ANTISPAM_RATE_SCOPE = os.environ.get("STYRA_ANTISPAM_RATE_SCOPE", "600/m")

# API rate limits (styra.web.api.throttling, docs/api.md): calls per token, and per
# client address for calls without a valid token, as "<count>/<period>" with the
# period s, m, h or d; empty: no limit. Counted in the cache above (Redis shares
# the count between worker processes). The client address is the connection's,
# or with STYRA_PROXY_COUNT proxies in front the one they forward.
STYRA_API_RATE_ANON = os.environ.get("STYRA_API_RATE_ANON", "120/m")
STYRA_API_RATE_TOKEN = os.environ.get("STYRA_API_RATE_TOKEN", "600/m")
NINJA_NUM_PROXIES = envint("STYRA_PROXY_COUNT", 0)

# Brute-force protection on the login (django-axes): after
# STYRA_LOGIN_FAILURE_LIMIT failures for one user name from one address,
# that pair is locked out for STYRA_LOGIN_COOLOFF_MINUTES; after
# STYRA_LOGIN_IP_FAILURE_LIMIT failures over any user names, the whole address
# (password spraying). styra.web.accounts.lockout combines the two.
STYRA_LOGIN_FAILURE_LIMIT = envint("STYRA_LOGIN_FAILURE_LIMIT", 5)
STYRA_LOGIN_IP_FAILURE_LIMIT = envint("STYRA_LOGIN_IP_FAILURE_LIMIT", 20)
AXES_FAILURE_LIMIT = "styra.web.accounts.lockout.failure_limit"
AXES_LOCKOUT_PARAMETERS = "styra.web.accounts.lockout.lockout_parameters"
AXES_COOLOFF_TIME = timedelta(minutes=envint("STYRA_LOGIN_COOLOFF_MINUTES", 30))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_IPWARE_PROXY_COUNT = envint("STYRA_PROXY_COUNT", 0) or None
AXES_VERBOSE = False

# "Glömt lösenordet": requests an hour per e-mail address and per client address.
STYRA_PASSWORD_RESET_LIMIT = envint("STYRA_PASSWORD_RESET_LIMIT", 3)
STYRA_PASSWORD_RESET_IP_LIMIT = envint("STYRA_PASSWORD_RESET_IP_LIMIT", 10)

# Sign-in through the kommun's identity provider (styra.web.signin, docs/sign-in.md):
# OpenID Connect (e.g. Microsoft Entra ID) and SAML 2.0, each switched on by itself;
# local accounts stay. A person is matched by a verified e-mail address.
STYRA_OIDC_ENABLED = envbool("STYRA_OIDC_ENABLED", False)
STYRA_OIDC_LABEL = os.environ.get("STYRA_OIDC_LABEL", "OpenID Connect")
STYRA_OIDC_ISSUER = os.environ.get("STYRA_OIDC_ISSUER", "")
STYRA_OIDC_VERIFIED_CLAIM = os.environ.get("STYRA_OIDC_VERIFIED_CLAIM", "email_verified")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("STYRA_OIDC_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("STYRA_OIDC_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("STYRA_OIDC_USERINFO_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("STYRA_OIDC_JWKS_ENDPOINT", "")
OIDC_RP_CLIENT_ID = os.environ.get("STYRA_OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("STYRA_OIDC_CLIENT_SECRET", "")
OIDC_RP_SIGN_ALGO = os.environ.get("STYRA_OIDC_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = os.environ.get("STYRA_OIDC_SCOPES", "openid email profile")
OIDC_USE_PKCE = True
OIDC_TIMEOUT = 10
STYRA_SAML_ENABLED = envbool("STYRA_SAML_ENABLED", False)
STYRA_SAML_LABEL = os.environ.get("STYRA_SAML_LABEL", "SAML")
STYRA_SAML_IDP_METADATA_FILE = os.environ.get("STYRA_SAML_IDP_METADATA_FILE", "")
STYRA_SAML_IDP_METADATA_URL = os.environ.get("STYRA_SAML_IDP_METADATA_URL", "")
STYRA_SAML_ENTITY_ID = os.environ.get("STYRA_SAML_ENTITY_ID", "")
STYRA_SAML_CERT_FILE = os.environ.get("STYRA_SAML_CERT_FILE", "")
STYRA_SAML_KEY_FILE = os.environ.get("STYRA_SAML_KEY_FILE", "")
STYRA_SAML_ATTRIBUTE_MAP = os.environ.get(
    "STYRA_SAML_ATTRIBUTE_MAP", "email=mail,first_name=givenName,last_name=sn"
)
STYRA_SAML_XMLSEC_BINARY = os.environ.get("STYRA_SAML_XMLSEC_BINARY", "/usr/bin/xmlsec1")
SAML_CONFIG_LOADER = "styra.web.signin.saml.sp_config"
SAML_SESSION_COOKIE_NAME = "styra_saml_session"
# The IdP posts its answer from another site: over HTTPS the SAML cookie must be
# SameSite=None to come along; over plain HTTP (a local test IdP on localhost) Lax.
SAML_SESSION_COOKIE_SAMESITE = "None" if envbool("STYRA_HTTPS", False) else "Lax"

# Invitations to an organisation are valid this many days.
STYRA_INVITATION_DAYS = envint("STYRA_INVITATION_DAYS", 14)
# Two-step verification (docs/accounts.md): with STYRA_REQUIRE_2FA on, organisation and
# platform admins who sign in with a password must set it up before anything else.
# Wrong codes count as failed logins (django-axes), so django_otp's own delays are off.
STYRA_REQUIRE_2FA = envbool("STYRA_REQUIRE_2FA", False)
OTP_TOTP_ISSUER = "Styra"
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# Days a contact-form message is kept before `styra contact purge` deletes it (docs/contact.md).
STYRA_CONTACT_RETENTION_DAYS = max(1, envint("STYRA_CONTACT_RETENTION_DAYS", 180))
# `styra retention run` (docs/personal-data.md): days kept after a member invitation was
# accepted or expired, or a consultation link died; after a dialogue closed, its
# free-text answers; django-axes' login attempts and access log.
STYRA_INVITATION_RETENTION_DAYS = max(1, envint("STYRA_INVITATION_RETENTION_DAYS", 90))
STYRA_DIALOGUE_TEXT_RETENTION_DAYS = max(1, envint("STYRA_DIALOGUE_TEXT_RETENTION_DAYS", 365))
STYRA_LOGIN_LOG_RETENTION_DAYS = max(1, envint("STYRA_LOGIN_LOG_RETENTION_DAYS", 90))
# The audit log (docs/audit.md): entries older than this many days are deleted by
# `styra audit purge`. Change entries keep no client address; sign-in events do.
STYRA_AUDIT_RETENTION_DAYS = max(1, envint("STYRA_AUDIT_RETENTION_DAYS", 730))
AUDITLOG_LOGENTRY_MODEL = "audit.AuditEntry"
AUDITLOG_DISABLE_REMOTE_ADDR = True
AUDITLOG_USE_FK_STRING_REPRESENTATION = True
SECURE_SSL_REDIRECT = envbool("STYRA_HTTPS", False)
SESSION_COOKIE_SECURE = SECURE_SSL_REDIRECT
CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT
# Production behind a TLS-terminating proxy (docs/deployment.md): HSTS for a year with
# subdomains and preload unless switched off; the proxy must set X-Forwarded-Proto.
SECURE_HSTS_SECONDS = envint("STYRA_HSTS_SECONDS", 31536000) if SECURE_SSL_REDIRECT else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("STYRA_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = envbool("STYRA_HSTS_PRELOAD", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL_REDIRECT else None
# A load balancer may ask /healthz over plain HTTP on the internal network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Origins (scheme and host) whose form posts are trusted besides the site's own host.
CSRF_TRUSTED_ORIGINS = envlist("STYRA_CSRF_TRUSTED_ORIGINS", "")

EMAIL_BACKEND = os.environ.get(
    "STYRA_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("STYRA_FROM_EMAIL", "Styra <styra@localhost>")
# The address of the site in e-mails sent without a request (reminders of follow-up).
STYRA_SITE_URL = os.environ.get("STYRA_SITE_URL", "http://127.0.0.1:8000")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("STYRA_LOG_LEVEL", "WARNING")},
}

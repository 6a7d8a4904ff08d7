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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise: every file response of a view is private, never cached.
    "styra.web.common.downloads.PrivateDownloadMiddleware",
    # Above CommonMiddleware: CORS headers for the API's public reads (/api/v1/).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "styra.web.common.language.SwedishFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
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
    "django.contrib.auth.backends.ModelBackend",
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
    "staticfiles": {"BACKEND": "styra.web.common.storage.StaticStorage"},
}
MEDIA_ROOT = Path(os.environ.get("STYRA_MEDIA_ROOT", DATA_DIR / "media"))
# Uploaded decision documents are private to their organisation: they live
# outside any served URL and only a permission-checked view hands them out.
PRIVATE_MEDIA_ROOT = MEDIA_ROOT / "private"
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
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "styra",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
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
        "KEY_PREFIX": "styra-antispam",
    }
else:
    CACHES["antispam"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "antispam-cache"),
    }
ALTCHA_CACHE_ALIAS = "antispam"

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

# Invitations to an organisation are valid this many days.
STYRA_INVITATION_DAYS = envint("STYRA_INVITATION_DAYS", 14)
# Days a contact-form message is kept before `styra contact purge` deletes it (docs/contact.md).
STYRA_CONTACT_RETENTION_DAYS = max(1, envint("STYRA_CONTACT_RETENTION_DAYS", 180))
SECURE_SSL_REDIRECT = envbool("STYRA_HTTPS", False)
SESSION_COOKIE_SECURE = SECURE_SSL_REDIRECT
CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT
SECURE_HSTS_SECONDS = 31536000 if SECURE_SSL_REDIRECT else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL_REDIRECT else None

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

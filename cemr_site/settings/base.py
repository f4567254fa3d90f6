"""Settings shared by every environment; each value that differs comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must patch the models before Wagtail and our apps load.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "cemr_site",
    "projects",
    "twinning",
    "news",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "csp",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",
    "django_ratelimit",  # for its system check that the cache is shared
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Outermost: compresses what the page cache did not store compressed already. Django
    # pads its output against BREACH (pages with a CSRF token are never cached).
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # NUL and invalid UTF-8 in the path, query or form: 400 before any view or query runs.
    "cemr_site.middleware.RejectUndecodableInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and languages: a stored page is served as cheaply as a static file.
    "cemr_site.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy: strict for the public site, looser for /admin/ only.
    "cemr_site.middleware.ContentSecurityPolicyMiddleware",
    "cemr_site.middleware.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes turns a locked-out login into its 429 response; it only needs to be after the
    # authentication middleware.
    "axes.middleware.AxesMiddleware",
    # Last, so that its process_exception sees a view's exception first: a database
    # outage answers 503 + Retry-After instead of a 500.
    "cemr_site.middleware.DatabaseUnavailableMiddleware",
]

# --- Response headers -----------------------------------------------------------------
# No inline script or style anywhere on the public site: the templates load static files
# only, so an injected <script> or style="" cannot run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Replaced directives for the Wagtail admin (see ContentSecurityPolicyMiddleware).
# Wagtail 8's admin runs inline <script> blocks and sets inline style="" (Chromium
# reports 14 blocked scripts and 44 styles on the page editor under the strict policy;
# cemr_site/tests/test_browser_csp.py). It needs no eval. Only signed-in editors use
# these pages and they are not ours to rewrite, so the allowance stays under /admin/.
CONTENT_SECURITY_POLICY_ADMIN_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    # Wagtail's live preview shows the page in an iframe of the editor.
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY_ADMIN_PREFIX = "/admin/"
# The site uses none of these browser features; a compromised script cannot either.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

ROOT_URLCONF = "cemr_site.urls"
WSGI_APPLICATION = "cemr_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cemr_site.context_processors.public_base_url",
                "cemr_site.context_processors.cache_generation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# URLs typed without a scheme become https:// (Django 6's default, taken now).
FORMS_URLFIELD_ASSUME_HTTPS = True

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's, without a new client per call (cemr_site/redis_cache.py).
            "BACKEND": "cemr_site.redis_cache.ReusingRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "cemr",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Room for the pages of every language (Django's default keeps 300 entries).
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Wagtail's renditions, kept in each process: a rendition never changes (a new file or
# focal point makes another key), so a local copy is never wrong, and a page's pictures
# cost no round trip to Redis (one per picture shown, a dozen on the home page).
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 10000},
}

# --- Page cache (cemr_site/page_cache.py) ----------------------------------------------
# Whole pages for anonymous visitors; PAGE_CACHE=off renders every request (make bench
# measures both).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_ALIAS = "default"
# A stored page is dropped on every change that shows on it (cemr_site/cache_invalidation.py);
# this only bounds how long an unvisited one takes room.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "86400"))
# What a CDN in front may do: keep a page this long (purged on change when
# WAGTAILFRONTENDCACHE is configured), and serve it this much longer while it refreshes.
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "300"))
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE", "60"))
# Pages each app process keeps a copy of, checked against the shared generation on every
# hit (cemr_site.page_cache.LocalCopies): a hit then reads a few bytes from Redis, not
# the page. 0 with the local-memory cache, which is in the process already.
PAGE_CACHE_LOCAL_COPIES = int(
    os.environ.get("PAGE_CACHE_LOCAL_COPIES", "300" if os.environ.get("REDIS_URL") else "0")
)
# With Redis, each process keeps the generations it read and forgets one when a drop
# announces it (Redis pub/sub, cemr_site.generation_mirror): a hit on a page it has a
# copy of then asks Redis nothing. Off: every look-up reads the generation from Redis.
PAGE_CACHE_GENERATION_MIRROR = env_bool("PAGE_CACHE_GENERATION_MIRROR", True)
# Pages also change as time passes: a stored page is kept at most until local midnight
# and until the moment each of these returns (an aware datetime or None).
PAGE_CACHE_TIME_BOUNDARIES = ["news.models.events.next_event_change"]
# Never stored: the admin, documents (their own privacy checks) and the managers' pages.
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/")
# Models outside Wagtail whose rows show on public pages: any change drops every page.
# (Profiles and participation drop them through twinning.search.facets_changed, which
# the bulk import calls too. The search index, cemr_site.PageSearchText, is not here: a
# page's rows are rewritten when it is saved, inside the change that drops its languages;
# listed, every French publication would drop the English pages too.)
PAGE_CACHE_INVALIDATED_BY = [
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "twinning.Theme",
    "twinning.Language",
    "twinning.TwinningLink",
    "twinning.Manager",
]
# django-ratelimit lists only third-party Redis clients; Django's own RedisCache counts
# with INCRBY, atomic too. (Its E003 for a per-process locmem cache stays on here.)
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Client address and login throttling ---------------------------------------------------
# Proxies in front of the app servers that append the address they saw to
# X-Forwarded-For (1 behind the HTTPS load balancer). 0 trusts no header, so a client
# talking to gunicorn directly cannot pick its own address (see cemr_site/client.py).
TRUSTED_PROXY_COUNT = max(0, int(os.environ.get("TRUSTED_PROXY_COUNT", "0")))
# Admin (Wagtail) login: 5 wrong passwords for one username from one address lock that
# pair out for 15 minutes; other people and other addresses can still sign in.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no banner on every manage.py command
AXES_CLIENT_IP_CALLABLE = "cemr_site.client.client_address"

# --- Languages: the 24 official EU languages and Ukrainian ---------------------------
LANGUAGE_CODE = "en"
# Django ships no locale data for Maltese; without this, get_language_info("mt") fails.
LANG_INFO.setdefault("mt", {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"})
LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("cs", _("Czech")),
    ("da", _("Danish")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("et", _("Estonian")),
    ("fi", _("Finnish")),
    ("fr", _("French")),
    ("ga", _("Irish")),
    ("hr", _("Croatian")),
    ("hu", _("Hungarian")),
    ("it", _("Italian")),
    ("lt", _("Lithuanian")),
    ("lv", _("Latvian")),
    ("mt", _("Maltese")),
    ("nl", _("Dutch")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("sk", _("Slovak")),
    ("sl", _("Slovenian")),
    ("sv", _("Swedish")),
    ("uk", _("Ukrainian")),
]
# locale_cldr/: country names django-countries lacks (cemr_site/data/build_country_names.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_cldr"]
USE_I18N = True
FORMAT_MODULE_PATH = ["cemr_site.formats"]
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Our own picker (cemr_site/wagtail_hooks.py) says which languages hold content; these two
# settings still apply to it: the editor starts in English and keeps the languages they
# chose from page to page.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = ("en",)
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True
WAGTAIL_I18N_ENABLED = False  # languages live in fields (modeltranslation), not page trees

# --- Static and media files -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Mail ---------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CEMR <noreply@ccre-cemr.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The outbox worker: views write mails and a task row in the same transaction; the
# worker (`manage.py db_worker --backend mail --queue-name mail`) sends them. Wagtail's
# own tasks stay immediate.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}
# A failed mail is tried again after 1, 2, 4 … minutes, at most 6 hours apart, and given
# up (a dead letter, listed in the admin) after 12 attempts, about 20 hours after the first.
TWINNING_MAIL_RETRY_BASE_SECONDS = int(os.environ.get("TWINNING_MAIL_RETRY_BASE_SECONDS", "60"))
TWINNING_MAIL_RETRY_CAP_SECONDS = int(os.environ.get("TWINNING_MAIL_RETRY_CAP_SECONDS", "21600"))
TWINNING_MAIL_MAX_ATTEMPTS = int(os.environ.get("TWINNING_MAIL_MAX_ATTEMPTS", "12"))

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "CEMR"
# The public address of the site, the one setting behind every absolute link: mails,
# the sitemap, robots.txt, canonical and hreflang links, and the admin's own links.
# Production refuses to start without it (settings/production.py).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}
}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cemr_site.image_forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# The admin loads nothing from other sites: no avatars from Gravatar (editors' e-mail
# hashes would leave the site) and no version check against releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("fr", "French"), ("de", "German")]

SEARCH_RESULTS_PER_PAGE = 10

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task is noise in a management command's output.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- Twinning ---------------------------------------------------------------------------
# django-ratelimit rates per visitor address: stored requests and failed spam checks;
# status look-ups that reached the database. Form errors are not counted.
TWINNING_REQUEST_RATE_LIMIT = "5/h"
TWINNING_STATUS_RATE_LIMIT = "30/h"
# Claims stored and sign-in links asked for, per visitor address.
TWINNING_CLAIM_RATE_LIMIT = "5/h"
TWINNING_SIGN_IN_RATE_LIMIT = "10/h"
# Messages relayed to a managed profile: per visitor address, and per profile per day.
TWINNING_CONTACT_RATE_LIMIT = "5/h"
TWINNING_CONTACT_DAILY_CAP = int(os.environ.get("TWINNING_CONTACT_DAILY_CAP", "10"))
# Requests nobody has touched for this many months are closed (the submitter is told) …
TWINNING_OPEN_REQUEST_MONTHS = int(os.environ.get("TWINNING_OPEN_REQUEST_MONTHS", "12"))
# … and closed ones (matched, declined, spam, closed for no activity) are deleted this
# many months after their last change, with the contact data they put on a profile.
TWINNING_REQUEST_RETENTION_MONTHS = int(os.environ.get("TWINNING_REQUEST_RETENTION_MONTHS", "24"))
# Messages relayed to profiles and decided claims are deleted after this many months;
# an ended manager's address at the next run (twinning/privacy.py).
TWINNING_CONTACT_RETENTION_MONTHS = int(os.environ.get("TWINNING_CONTACT_RETENTION_MONTHS", "12"))
# Used when the site settings list no moderator addresses.
TWINNING_MODERATOR_EMAILS = env_list("TWINNING_MODERATOR_EMAILS")

# GeoNames lists Kosovo under its user-assigned code, which django-countries leaves out.
COUNTRIES_OVERRIDE = {"XK": _("Kosovo")}

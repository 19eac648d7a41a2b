"""URLs: language-prefixed pages and accounts; admin and documents without a prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from search import urls as search_urls

account_patterns = [
    path("", views.dashboard, name="account_dashboard"),
    path("profile/", views.profile, name="account_profile"),
    path("privacy/", views.privacy, name="account_privacy"),
    path("privacy/download/", views.download_data, name="account_download_data"),
    path("privacy/delete/", views.delete_account_view, name="account_delete"),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", views.health, name="health"),
    # Outside i18n_patterns: / redirects to a language without a 404 first.
    path("", views.language_root, name="language_root"),
    path("i18n/", include("django.conf.urls.i18n")),
    *search_urls.api_patterns,
]

urlpatterns += i18n_patterns(
    path("account/", include(account_patterns)),
    path("account/", include("allauth.urls")),
    path("", include("events.urls")),
    path("", include("forums.urls")),
    *search_urls.page_patterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
elif settings.SERVE_MEDIA:
    # Single-machine installs without object storage: the web process serves uploads.
    urlpatterns = [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ] + urlpatterns

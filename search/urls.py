"""Search URLs: the page under each language prefix; the API without one (its `lang` parameter says)."""

from django.urls import path

from search import views

page_patterns = [
    path("search/", views.search_page, name="search"),
    path("search/saved/", views.save, name="search_save"),
    path("search/saved/<int:pk>/", views.saved_change, name="search_saved_change"),
    path("search/saved/<str:token>/feed/", views.saved_feed, name="search_saved_feed"),
]

api_patterns = [
    path("api/search/", views.api_search, name="search_api"),
    path("api/search/suggest/", views.api_suggest, name="search_suggest"),
]

"""Language-prefixed URLs of forums outside the page tree (group and board pages route the rest)."""

from django.urls import path

from forums.views import account, threads

urlpatterns = [
    path("forums/posts/<int:post_id>/edit/", threads.edit_post, name="forums_edit_post"),
    path("forums/posts/<int:post_id>/history/", threads.post_history, name="forums_post_history"),
    path("forums/posts/<int:post_id>/report/", threads.report_post, name="forums_report_post"),
    path("forums/posts/<int:post_id>/<slug:action>/", threads.post_action, name="forums_post_action"),
    path("forums/threads/<int:thread_id>/<slug:action>/", threads.thread_action, name="forums_thread_action"),
    path("forums/unsubscribe/<str:token>/", account.unsubscribe, name="forums_unsubscribe"),
    path("account/notifications/", account.notification_settings, name="forums_notification_settings"),
]

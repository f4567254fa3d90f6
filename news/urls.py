from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("news/feed/", views.news_feed, name="feed"),
    path("events/feed.ics", views.events_calendar, name="calendar"),
]

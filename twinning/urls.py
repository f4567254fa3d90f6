from django.urls import path

from . import api, views

app_name = "twinning"

urlpatterns = [
    path("municipalities/", views.search, name="search"),
    path("municipalities/suggest/", api.suggest, name="suggest"),
    path("municipalities/<str:slug>/", views.profile, name="profile"),
    path("request/", views.RequestView.as_view(), name="request"),
    path("request/sent/", views.RequestSentView.as_view(), name="request_sent"),
    path("request/status/", views.StatusView.as_view(), name="status"),
]

from django.urls import path

from . import api, contact_views, manager_views, partner_views, views

app_name = "twinning"

urlpatterns = [
    path("municipalities/", views.search, name="search"),
    path("municipalities/suggest/", api.suggest, name="suggest"),
    path("municipalities/<str:slug>/", views.profile, name="profile"),
    path(
        "municipalities/<str:slug>/contact/",
        contact_views.ContactView.as_view(),
        name="contact",
    ),
    path(
        "municipalities/<str:slug>/contact/sent/",
        contact_views.contact_sent,
        name="contact_sent",
    ),
    path("municipalities/<str:slug>/claim/", manager_views.ClaimView.as_view(), name="claim"),
    path(
        "claim/confirm/<str:token>/",
        manager_views.ClaimConfirmView.as_view(),
        name="claim_confirm",
    ),
    path("manage/", manager_views.ManageStartView.as_view(), name="manage"),
    path("manage/sign-in/<str:token>/", manager_views.SignInView.as_view(), name="manage_sign_in"),
    path("manage/sign-out/", manager_views.SignOutView.as_view(), name="manage_sign_out"),
    path(
        "manage/take-over/<str:token>/",
        manager_views.AcceptHandoverView.as_view(),
        name="manage_handover_accept",
    ),
    path("manage/<str:slug>/", manager_views.ProfileEditView.as_view(), name="manage_profile"),
    path(
        "manage/<str:slug>/partners/",
        partner_views.PartnersView.as_view(),
        name="manage_partners",
    ),
    path(
        "manage/<str:slug>/hand-over/",
        manager_views.HandoverView.as_view(),
        name="manage_handover",
    ),
    path("manage/<str:slug>/close/", manager_views.CloseView.as_view(), name="manage_close"),
    path("request/", views.RequestView.as_view(), name="request"),
    path("request/sent/", views.RequestSentView.as_view(), name="request_sent"),
    path("request/status/", views.StatusView.as_view(), name="status"),
]

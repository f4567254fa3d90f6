"""Records that only the public forms and services create (requests, claims, managers,
profile changes, relayed messages, outgoing mails): nobody adds one by hand in the
admin, not even a superuser.

Wagtail 8 has no switch on ModelViewSet for this (``add_view_enabled`` is not one;
``copy_view_enabled`` is, and only drops the copy URL). Every generic view asks the
model's registered permission policy instead: CreateView and CopyView require "add",
the listing and the header show the "Add" button only when "add" is granted. So a
policy that never grants "add" turns the button off everywhere, and the ``new/`` route
can go; view/change/delete keep following the group permissions as before.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """The model's Django permissions, minus "add", which nobody holds."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            # The parent's filter always lets superusers in, even for no codename.
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


class NoAddViewSetMixin:
    """Put before ModelViewSet: nobody adds this model by hand. Defining the subclass
    registers NoAddPermissionPolicy for its model, as wagtail_hooks.py is imported and
    before any view or menu item asks for the policy (a fallback policy, once created,
    cannot be replaced). With "add" refused, nothing in Wagtail reverses the add URL
    any more, so ``new/`` is not routed at all: 404 rather than the dashboard redirect
    a refused permission gets."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        register_permission_policy(cls.model, NoAddPermissionPolicy(cls.model), exact_class=True)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]

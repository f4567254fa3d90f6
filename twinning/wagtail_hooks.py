from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from . import waiting
from .admin_forms import (
    ClaimModerationForm,
    ModerationForm,
    OutgoingMailForm,
    ProfileChangeForm,
)
from .admin_inbox import (
    EXPORT_FIELDS,
    INSPECT_FIELDS,
    LIST_DISPLAY,
    InboxFilterSet,
    InboxIndexView,
    InboxInspectView,
)
from .admin_permissions import NoAddViewSetMixin
from .admin_privacy import PersonalDataViewSet
from .exports import ExcelCSVMixin, NeutralisedExportMixin
from .models import (
    Claim,
    ContactMessage,
    Manager,
    Municipality,
    OutgoingMail,
    Participation,
    PartnershipRequest,
    ProfileChange,
    Theme,
    TwinningLink,
)


class ExportIndexView(ExcelCSVMixin, NeutralisedExportMixin, IndexView):
    """The listing whose CSV/XLSX exports never carry a formula typed into a form, and
    whose CSV Excel opens in UTF-8 (exports.ExcelCSVMixin)."""


class PartnershipRequestViewSet(NoAddViewSetMixin, ModelViewSet):
    """The moderation inbox; what it shows and exports: admin_inbox.py."""

    model = PartnershipRequest
    index_view_class = InboxIndexView
    inspect_view_class = InboxInspectView
    icon = "mail"
    menu_label = _("Partnership requests")
    url_prefix = "twinning/requests"
    name = "twinning_requests"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = LIST_DISPLAY
    filterset_class = InboxFilterSet
    search_fields = ["reference", "municipality_name", "contact_name", "contact_email", "message"]
    list_export = EXPORT_FIELDS
    export_filename = "partnership-requests"
    inspect_view_fields = INSPECT_FIELDS
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("note"), FieldPanel("message_to_submitter")],
                heading=_("Moderation"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("municipality_name", read_only=True),
                            FieldPanel("country", read_only=True),
                        ]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("contact_name", read_only=True),
                            FieldPanel("contact_email", read_only=True),
                        ]
                    ),
                    FieldPanel("message", read_only=True, heading=_("Request")),
                    FieldPanel("staff_notes", read_only=True),
                ],
                heading=_("Request"),
            ),
        ],
        base_form_class=ModerationForm,
    )


class MunicipalityViewSet(ModelViewSet):
    model = Municipality
    index_view_class = ExportIndexView
    icon = "home"
    menu_label = _("Municipalities")
    url_prefix = "twinning/municipalities"
    name = "twinning_municipalities"
    inspect_view_enabled = True
    list_display = ["name", "country", "population", "seeking_partner", "published"]
    list_filter = ["published", "seeking_partner", "country"]
    search_fields = ["name", "region"]
    list_export = [
        "name",
        "slug",
        "country",
        "region",
        "population",
        "website",
        "seeking_partner",
        "published",
        "contact_name",
        "contact_email",
        "contact_phone",
    ]
    export_filename = "municipalities"
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("population"), FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("themes"),
        FieldPanel("languages"),
        FieldRowPanel([FieldPanel("seeking_partner"), FieldPanel("published")]),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Private contact (never published)"),
        ),
    ]


class ThemeViewSet(ModelViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    url_prefix = "twinning/themes"
    name = "twinning_themes"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    form_fields = ["name", "slug"]


class TwinningLinkViewSet(ModelViewSet):
    model = TwinningLink
    icon = "link"
    menu_label = _("Twinning links")
    url_prefix = "twinning/links"
    name = "twinning_links"
    list_display = ["first", "second", "kind", "since", "confirmed", "proposed_by"]
    list_filter = ["confirmed", "kind"]
    form_fields = ["first", "second", "kind", "since", "confirmed"]


class OutgoingMailViewSet(NoAddViewSetMixin, ModelViewSet):
    """The outbox: what was sent, what waits for a retry, and the dead letters."""

    model = OutgoingMail
    icon = "mail"
    menu_label = _("Outgoing mails")
    url_prefix = "twinning/mails"
    name = "twinning_mails"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["request", "kind", "state", "attempts", "next_attempt_at", "created_at"]
    list_filter = ["state", "kind"]
    search_fields = ["to", "subject"]
    edit_handler = ObjectList(
        [
            FieldPanel("send_again"),
            MultiFieldPanel(
                [
                    FieldPanel("state", read_only=True),
                    FieldRowPanel(
                        [
                            FieldPanel("attempts", read_only=True),
                            FieldPanel("next_attempt_at", read_only=True),
                        ]
                    ),
                    FieldPanel("last_error", read_only=True),
                    FieldPanel("to", read_only=True),
                    FieldPanel("subject", read_only=True),
                ],
                heading=_("Mail"),
            ),
        ],
        base_form_class=OutgoingMailForm,
    )


class ClaimViewSet(NoAddViewSetMixin, ModelViewSet):
    """Claims to manage a profile: a confirmed one waits for a decision."""

    model = Claim
    icon = "user"
    menu_label = _("Profile claims")
    url_prefix = "twinning/claims"
    name = "twinning_claims"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["municipality", "name", "status", "replaces_manager", "created_at"]
    list_filter = ["status", "replaces_manager"]
    search_fields = ["name", "email", "municipality__name"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("decision"), FieldPanel("moderator_note")],
                heading=_("Decision"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status", read_only=True),
                    FieldPanel("replaces_manager", read_only=True),
                    FieldPanel("municipality", read_only=True),
                    FieldRowPanel(
                        [FieldPanel("name", read_only=True), FieldPanel("role", read_only=True)]
                    ),
                    FieldPanel("email", read_only=True),
                    FieldPanel("justification", read_only=True),
                ],
                heading=_("Claim"),
            ),
        ],
        base_form_class=ClaimModerationForm,
    )


class ManagerViewSet(NoAddViewSetMixin, ModelViewSet):
    model = Manager
    icon = "key"
    menu_label = _("Profile managers")
    url_prefix = "twinning/managers"
    name = "twinning_managers"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["municipality", "email", "started_at", "ended_at", "contact_enabled"]
    list_filter = ["ended_at", "contact_enabled"]
    search_fields = ["email", "name", "municipality__name"]
    form_fields = ["contact_enabled"]


class ProfileChangeViewSet(NoAddViewSetMixin, ModelViewSet):
    """Every save of a profile by its manager, each one revertible."""

    model = ProfileChange
    icon = "history"
    menu_label = _("Profile changes")
    url_prefix = "twinning/profile-changes"
    name = "twinning_profile_changes"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["municipality", "created_at", "manager", "user", "changes"]
    list_filter = ["created_at"]
    search_fields = ["municipality__name"]
    inspect_view_fields = ["municipality", "created_at", "manager", "user", "reverts", "changes"]
    edit_handler = ObjectList(
        [FieldPanel("revert"), FieldPanel("municipality", read_only=True)],
        base_form_class=ProfileChangeForm,
    )


class ParticipationViewSet(ModelViewSet):
    """Who takes part in which programme; a manager's proposal waits for a moderator."""

    model = Participation
    icon = "group"
    menu_label = _("Programme participations")
    url_prefix = "twinning/participations"
    name = "twinning_participations"
    copy_view_enabled = False
    list_display = ["municipality", "programme", "kind", "since", "status"]
    list_filter = ["status", "kind", "programme"]
    search_fields = ["municipality__name"]
    form_fields = ["municipality", "programme", "kind", "since", "details", "status"]


class ContactMessageViewSet(NoAddViewSetMixin, ModelViewSet):
    """Messages relayed to managed profiles: for abuse reports and personal-data
    requests; deleted by the retention purge after 12 months. Moderators change nothing
    but the flag that a message was reported (it then waits on the dashboard)."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    url_prefix = "twinning/contact-messages"
    name = "twinning_contact_messages"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["municipality", "sender_name", "sender_organisation", "created_at", "flagged"]
    list_filter = ["flagged", "created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("flagged"),
            FieldPanel("municipality", read_only=True),
            FieldRowPanel(
                [
                    FieldPanel("sender_name", read_only=True),
                    FieldPanel("sender_email", read_only=True),
                ]
            ),
            FieldPanel("sender_organisation", read_only=True),
            FieldPanel("message", read_only=True),
        ]
    )
    search_fields = ["sender_name", "sender_email", "sender_organisation", "municipality__name"]


class TwinningGroup(ModelViewSetGroup):
    menu_label = _("Town twinning")
    menu_icon = "globe"
    menu_order = 210
    items = (
        PartnershipRequestViewSet,
        MunicipalityViewSet,
        ThemeViewSet,
        TwinningLinkViewSet,
        ParticipationViewSet,
        ClaimViewSet,
        ManagerViewSet,
        ProfileChangeViewSet,
        ContactMessageViewSet,
        OutgoingMailViewSet,
        PersonalDataViewSet,
    )


@hooks.register("register_admin_viewset")
def register_twinning_viewsets():
    return TwinningGroup()


# What waits for a moderator (twinning/waiting.py): a dashboard panel, and the counts on
# the "Town twinning" menu item.


@hooks.register("construct_homepage_panels")
def add_waiting_panel(request, panels):
    panels.append(waiting.WaitingPanel(request))


@hooks.register("construct_main_menu")
def count_waiting_in_menu(request, menu_items):
    waiting.count_in_menu(request, menu_items)


@hooks.register("insert_global_admin_css")
def waiting_menu_css():
    return format_html('<link rel="stylesheet" href="{}">', static("twinning/admin-menu.css"))

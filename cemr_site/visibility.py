"""Which pages a visitor may see, read once per request.

Wagtail's `PageQuerySet.public()` reads every view restriction each time it is called;
a page that lists news, events and menus would read them four or five times."""


def public(queryset, request=None):
    """`queryset.public()`, with the private sections read at most once per request."""
    if request is None:
        return queryset.public()
    private = getattr(request, "_cemr_private_q", None)
    if private is None:
        private = request._cemr_private_q = queryset.private_q()
    return queryset.exclude(private)

"""The home page and the programme pages show what is happening now, from the database."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from projects.models import ProgrammePage
from twinning.models import Municipality, Participation, TwinningLink
from twinning.tests.factories import make_municipality

from .factories import add_event, add_news


def figures(html):
    """{label: number} of the key figures, as shown."""
    block = html[html.index('<ul class="figures">') :]
    block = block[: block.index("</ul>")]
    found = {}
    for number, label in re.findall(r"<strong>([\d,\u202f\u00a0.]+)</strong>\s*([^<]+)</a>", block):
        found[label.strip()] = int(re.sub(r"\D", "", number))
    return found


@pytest.mark.django_db
def test_home_figures_come_from_the_directory_and_move_with_it(client, home, bridges):
    with translation.override("en"):
        url = home.get_url()
    before = figures(client.get(url).content.decode())
    assert before["municipalities in the directory"] == Municipality.objects.published().count()

    a = make_municipality(name="Figureton", seeking_partner=True)
    b = make_municipality(name="Countville")
    make_municipality(name="Hiddenburg", published=False, seeking_partner=True)
    TwinningLink.objects.create(first=a, second=b)
    Participation.objects.create(
        municipality=b, programme=bridges, status=Participation.Status.CONFIRMED
    )
    after = figures(client.get(url).content.decode())
    assert after["municipalities in the directory"] == before["municipalities in the directory"] + 2
    assert after["seeking a partner"] == before["seeking a partner"] + 1
    assert after["twinning links"] == before["twinning links"] + 1
    participants = [label for label in after if label.startswith("taking part")][0]
    assert after[participants] == before[participants] + 1


@pytest.mark.django_db
def test_home_figures_link_to_the_lists_they_count(client, home):
    with translation.override("en"):
        html = client.get(home.get_url()).content.decode()
    assert 'href="/en/twinning/municipalities/?seeking=on"' in html
    programmes = sorted(set(Participation.objects.public().values_list("programme_id", flat=True)))
    link = "&amp;".join(f"programme={pk}" for pk in programmes)
    assert f'href="/en/twinning/municipalities/?{link}"' in html


@pytest.mark.django_db
def test_home_shows_the_latest_news_and_next_events(client, home, news_index, event_index):
    newest = add_news(news_index, 1, date=timezone.localdate(), slug="fresh")[0]
    today = timezone.localdate()
    soon = add_event(event_index, today + datetime.timedelta(days=1), slug="soon", title_en="Soon")
    gone = add_event(event_index, today - datetime.timedelta(days=1), slug="gone", title_en="Gone")
    with translation.override("en"):
        html = client.get(home.get_url()).content.decode()
    news = html[html.index('id="news-heading"') : html.index('id="events-heading"')]
    assert newest.title in news
    assert news.count('class="item"') == 3
    events = html[html.index('id="events-heading"') :]
    assert soon.title in events and gone.title not in events


@pytest.mark.django_db
def test_a_programme_page_shows_only_its_own_news_and_events(client, bridges, news_index):
    covenant = ProgrammePage.objects.get(slug_en="covenant-of-mayors")
    mine = add_news(news_index, 1, programmes=[bridges], slug="mine", title_en="Bridges news")[0]
    theirs = add_news(news_index, 1, programmes=[covenant], slug="theirs", title_en="Other")[0]
    with translation.override("en"):
        html = client.get(bridges.get_url()).content.decode()
    assert mine.title in html
    assert theirs.title not in html
    assert f"?programme={bridges.pk}" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "start, end, status",
    [
        (-400, None, ProgrammePage.Status.ONGOING),
        (30, None, ProgrammePage.Status.PLANNED),
        (-400, -10, ProgrammePage.Status.COMPLETED),
        (None, None, None),
    ],
)
def test_programme_status_comes_from_its_dates(client, bridges, start, end, status):
    today = timezone.localdate()
    bridges.start_date = start is not None and today + datetime.timedelta(days=start) or None
    bridges.end_date = end is not None and today + datetime.timedelta(days=end) or None
    bridges.date_precision = "day"
    bridges.save_revision().publish()
    assert bridges.status == status
    with translation.override("en"):
        html = client.get(bridges.get_parent().get_url()).content.decode()
    card = next(c for c in re.findall(r'<li class="card">.*?</li>', html, re.S) if "Bridges" in c)
    if status:
        assert f'class="tag tag--{status}"' in card
    else:
        assert "tag--" not in card


@pytest.mark.django_db
def test_the_demo_cards_do_not_all_say_the_same(client, programme_index):
    with translation.override("en"):
        html = client.get(programme_index.get_url()).content.decode()
    metas = re.findall(r'<p class="card__meta">(.*?)</p>', html, re.S)
    assert len({" ".join(meta.split()) for meta in metas}) == len(metas)
    assert "Start: March 2021" in html and "Start: 2008" in html

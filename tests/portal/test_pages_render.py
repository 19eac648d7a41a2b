"""Every page of the demo tree answers in every language with the right <html lang>."""

import pytest

LANGUAGES = ["en", "bg", "uk", "pl"]
SLUGS = ["", "about/", "organisations/", "contact/", "privacy/", "accessibility/"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", SLUGS)
def test_demo_page_is_served_in_its_language(client, language, slug):
    response = client.get(f"/{language}/{slug}")
    assert response.status_code == 200
    assert f'<html lang="{language}">'.encode() in response.content


@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 302
    assert response["Location"] == "/pl/"

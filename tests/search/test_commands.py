"""search_rebuild, search_health and search_eval as an operator runs them."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from search.models import SearchEntry

pytestmark = pytest.mark.django_db
EVAL_SET = Path(__file__).resolve().parents[2] / "search" / "eval" / "demo.json"


def test_health_reports_database_counts_and_is_ok_when_entries_match_the_content(no_engine):
    out = StringIO()
    call_command("search_health", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["ok"] and report["engine"] == "database"
    assert report["entries"] == report["public_content"] == SearchEntry.objects.filter(deleted=False).count() > 0


def test_health_fails_when_entries_are_missing_and_rebuild_repairs_them(no_engine):
    SearchEntry.objects.filter(type="practice").delete()
    with pytest.raises(SystemExit) as exit_status:
        call_command("search_health", stdout=StringIO(), stderr=StringIO())
    assert exit_status.value.code == 1
    out = StringIO()
    call_command("search_rebuild", stdout=out)
    assert "Search rebuilt." in out.getvalue()
    call_command("search_health", stdout=StringIO())  # no SystemExit: healthy again


def test_health_reports_the_engine_alias_documents_and_lag(engine):
    out = StringIO()
    call_command("search_health", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["ok"], report["problems"]
    assert report["alias"].endswith("-content") and report["index"].startswith(report["alias"])
    assert report["documents"] == report["entries"]
    assert report["pending_updates"] == 0 and report["lag_seconds"] == 0


def test_health_says_when_the_engine_is_unreachable(engine, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    err = StringIO()
    with pytest.raises(SystemExit):
        call_command("search_health", stdout=StringIO(), stderr=err)
    assert "engine unreachable" in err.getvalue()


def test_eval_prints_ndcg_recall_and_mrr_per_language_for_each_engine(engine):
    out = StringIO()
    call_command("search_eval", str(EVAL_SET), stdout=out)
    text = out.getvalue()
    assert "engine: database" in text and "engine: elasticsearch" in text
    for language in ("bg", "uk", "pl", "en", "all"):
        assert f"\n{language} " in text
    assert "nDCG@10" in text and "recall@10" in text and "MRR" in text


def test_eval_fails_under_a_threshold_no_engine_reaches(no_engine):
    with pytest.raises(SystemExit):
        call_command("search_eval", str(EVAL_SET), "--fail-under", "1.01", stdout=StringIO())

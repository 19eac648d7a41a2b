"""Relevance on the evaluation set in the repository: nDCG@10 ≥ 0.8 in every language, on both engines."""

from pathlib import Path

import pytest

from search.evaluation import evaluate, load, summary
from search.fallback import DatabaseEngine
from search.queries import ElasticsearchEngine

EVAL_SET = Path(__file__).resolve().parents[2] / "search" / "eval" / "demo.json"
TARGET = 0.8


def report(figures) -> str:
    return "; ".join(f"{language}: nDCG@10 {row['ndcg@10']:.3f}" for language, row in figures.items())


@pytest.mark.django_db
def test_database_engine_reaches_the_relevance_target_in_every_language():
    figures = summary(evaluate(load(EVAL_SET), DatabaseEngine()))
    print("database:", report(figures))
    assert all(row["ndcg@10"] >= TARGET for row in figures.values()), report(figures)


@pytest.mark.django_db
def test_elasticsearch_engine_reaches_the_relevance_target_in_every_language(engine):
    figures = summary(evaluate(load(EVAL_SET), ElasticsearchEngine()))
    print("elasticsearch:", report(figures))
    assert all(row["ndcg@10"] >= TARGET for row in figures.values()), report(figures)

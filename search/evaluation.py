"""Relevance measured on an evaluation set: nDCG@10, recall@10 and MRR per language and engine.

The set (search/eval/*.json) lists queries with graded judgments of the
practices a careful reader would want (3 exactly right, 2 relevant, 1 partly).
Only practices are judged, so queries run on practices (type=practice) unless
they name a type themselves.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.http import QueryDict

from search.queries import SearchQuery

CUTOFF = 10


def dcg(grades: list[int]) -> float:
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg(found: list[str], judged: dict[str, int], cutoff: int = CUTOFF) -> float:
    ideal = dcg(sorted(judged.values(), reverse=True)[:cutoff])
    return dcg([judged.get(item, 0) for item in found[:cutoff]]) / ideal if ideal else 0.0


def recall(found: list[str], judged: dict[str, int], cutoff: int = CUTOFF) -> float:
    relevant = {item for item, grade in judged.items() if grade > 0}
    return len(relevant.intersection(found[:cutoff])) / len(relevant) if relevant else 0.0


def reciprocal_rank(found: list[str], judged: dict[str, int]) -> float:
    return next((1 / (rank + 1) for rank, item in enumerate(found) if judged.get(item, 0) > 0), 0.0)


@dataclass
class Measured:
    query_id: str
    language: str
    ndcg: float
    recall: float
    rr: float
    found: list[str]


def load(path: str | Path) -> list[dict[str, Any]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["queries"]


def to_query(item: dict[str, Any]) -> SearchQuery:
    params = QueryDict(mutable=True)
    params["q"] = item["q"]
    params["lang"] = item["lang"]
    for name, value in item.get("filters", {}).items():
        params.setlist(name, value if isinstance(value, list) else [str(value)])
    if "type" not in params:
        params["type"] = "practice"
    return SearchQuery.from_params(params, page_size=CUTOFF)


def evaluate(queries: list[dict[str, Any]], engine) -> list[Measured]:
    """Run every query on `engine` (an object with `search(SearchQuery)`) and measure it."""
    measured = []
    for item in queries:
        result = engine.search(to_query(item))
        found = [row["external_id"] or f"{row['type']}:{row['id']}" for row in result.results]
        judged = item["relevant"]
        measured.append(
            Measured(
                item["id"],
                item["lang"],
                ndcg(found, judged),
                recall(found, judged),
                reciprocal_rank(found, judged),
                found,
            )
        )
    return measured


def summary(measured: list[Measured]) -> dict[str, dict[str, float]]:
    """Means per language (and "all")."""
    groups: dict[str, list[Measured]] = defaultdict(list)
    for row in measured:
        groups[row.language].append(row)
        groups["all"].append(row)
    return {
        language: {
            "queries": len(rows),
            "ndcg@10": sum(r.ndcg for r in rows) / len(rows),
            "recall@10": sum(r.recall for r in rows) / len(rows),
            "mrr": sum(r.rr for r in rows) / len(rows),
        }
        for language, rows in sorted(groups.items(), key=lambda item: (item[0] == "all", item[0]))
    }

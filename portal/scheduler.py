"""Periodic jobs of every app, run together by `manage.py run_scheduled_tasks`.

An app registers a job with the label of what it counts; one run calls each
job once and prints one summary line ("Mails retried and sent: 2; …").
"""

from __future__ import annotations

from collections.abc import Callable

Job = Callable[[], int]
_jobs: dict[str, Job] = {}


def register_job(label: str, job: Job) -> None:
    """`job()` does one round of work and returns how many things it did; `label` names them."""
    _jobs[label] = job


def jobs() -> dict[str, Job]:
    return dict(_jobs)

"""Organisers (the Editors group) run registrations in the Wagtail admin.

They see and change registrations (approve, reject, cancel, move from the
waiting list, check in), write to confirmed registrants and see certificates
and the mail outbox. Deleting registrations is left to administrators and
the retention purge.
"""

from django.db import migrations

from portal import migration_permissions

GROUPS = ["Editors"]
GRANTS = [
    ("registration", ["view", "change"]),
    ("eventmessage", ["view", "add"]),
    ("certificate", ["view"]),
    ("outgoingmail", ["view"]),
]


def grant(apps, schema_editor):
    for model, actions in GRANTS:
        migration_permissions.grant(apps, GROUPS, "events", model, actions)


def revoke(apps, schema_editor):
    for model, actions in GRANTS:
        migration_permissions.revoke(apps, GROUPS, "events", model, actions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("portal", "0003_staff_manage_organisations"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Staff moderators (the Moderators group) moderate every working group and the question board."""

from django.db import migrations

from portal import migration_permissions

GROUPS = ["Moderators"]


def grant(apps, schema_editor):
    migration_permissions.grant(apps, GROUPS, "forums", "workinggroup", ["moderate"])


def revoke(apps, schema_editor):
    migration_permissions.revoke(apps, GROUPS, "forums", "workinggroup", ["moderate"])


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0001_initial"),
        ("portal", "0003_staff_manage_organisations"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Editors and Moderators read the search analytics and edit the glossary."""

from django.db import migrations

from portal import migration_permissions

STAFF = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    migration_permissions.grant(apps, STAFF, "search", "querystat", ["view"])
    migration_permissions.grant(apps, STAFF, "search", "glossaryconcept", ["add", "change", "delete", "view"])


def revoke(apps, schema_editor):
    migration_permissions.revoke(apps, STAFF, "search", "querystat", ["view"])
    migration_permissions.revoke(apps, STAFF, "search", "glossaryconcept", ["add", "change", "delete", "view"])


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("portal", "0003_staff_manage_organisations")]

    operations = [migrations.RunPython(grant, revoke)]

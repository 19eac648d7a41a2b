"""Editors and Moderators manage the organisation directory in the Wagtail admin.

Staff confirm the organisations members propose; without these permissions
Wagtail's default groups could not even list the directory.
"""

from django.db import migrations

from portal import migration_permissions

ACTIONS = ["add", "change", "delete", "view"]
GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    migration_permissions.grant(apps, GROUPS, "portal", "organisation", ACTIONS)


def revoke(apps, schema_editor):
    migration_permissions.revoke(apps, GROUPS, "portal", "organisation", ACTIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_pages"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

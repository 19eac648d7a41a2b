"""Data migrations that give staff groups model permissions, shared by the apps.

Permissions are normally created after migrations (post_migrate); these
functions create them on the spot so that a fresh database gets the grant too.
"""


def _permissions(apps, app_label: str, model: str, actions: list[str]):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return [
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
        )[0]
        for action in actions
    ]


def grant(apps, groups: list[str], app_label: str, model: str, actions: list[str]) -> None:
    Group = apps.get_model("auth.Group")
    permissions = _permissions(apps, app_label, model, actions)
    for group in Group.objects.filter(name__in=groups):
        group.permissions.add(*permissions)


def revoke(apps, groups: list[str], app_label: str, model: str, actions: list[str]) -> None:
    Group = apps.get_model("auth.Group")
    permissions = _permissions(apps, app_label, model, actions)
    for group in Group.objects.filter(name__in=groups):
        group.permissions.remove(*permissions)

"""Models of the portal package: accounts, organisations, pages, settings."""

from .organisations import Organisation
from .pages import (
    ContactFormField,
    ContactPage,
    HomePage,
    OrganisationDirectoryPage,
    StandardPage,
)
from .site_settings import SiteSettings
from .users import ConsentRecord, User

__all__ = [
    "ConsentRecord",
    "ContactFormField",
    "ContactPage",
    "HomePage",
    "Organisation",
    "OrganisationDirectoryPage",
    "SiteSettings",
    "StandardPage",
    "User",
]

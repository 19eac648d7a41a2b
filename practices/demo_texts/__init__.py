"""Demo case studies, written for the demo (organisations, people and products are invented).

Each language module (`bg`, `uk`, `pl`, `en`) holds the practices first written
in that language, as `PRACTICES`: a list of dicts with these keys —

    key            ascii slug, unique across all modules (also the page slug)
    language       the original language ("bg", "uk", "pl" or "en")
    group          working-group slug (forums demo): e-services, document-management,
                   digital-skills, open-data, broadband, cybersecurity
    organisation   name of the implementing organisation (portal.demo.organisations
                   or this module's ORGANISATIONS)
    country        ISO 3166 alpha-2 ("BG", "UA", "PL", …)
    region         region as people name it, in English
    population     inhabitants served (int)
    status         "pilot", "implemented" or "scaled"
    topics         topic slugs (forums.demo_texts.TOPICS)
    systems        system slugs (SYSTEMS below)
    started        "YYYY-MM"          go_live  "YYYY-MM" or None (a pilot may not be live)
    cost           int (in `currency`) or None        currency  "EUR", "BGN", "UAH", "PLN"
    facts          {"staff_trained": int|None, "electronic_share": int 0-100|None,
                    "units_connected": int|None}   (the rollout key facts)
    texts          {language: {"title", "summary", "problem", "actions", "results",
                    "lessons", "funding"}} — the original language first, then any
                   translations; problem/actions/results/lessons are small HTML
                   (<p>, <ul><li>, <strong>); summary, title and funding are plain text
    adoptions      [(organisation name, "YYYY-MM", "planned"|"in_progress"|"done")]
"""

from __future__ import annotations

# slug: (name, vendor, licence); licence: "open_source", "proprietary" or "public" (by the state, free of charge)
SYSTEMS = {
    "archivum": ("Archivum EDM", "Archivum Software", "proprietary"),
    "dokumentor": ("Dokumentor", "Dokumentor Community", "open_source"),
    "obieg24": ("Obieg24", "Softpol Systemy", "proprietary"),
    "ezd-rp": ("EZD RP", "National IT Centre (demo)", "public"),
    "e-office-ua": ("E-Office Hromada", "Digital Transformation Agency (demo)", "public"),
    "servicedesk-portal": ("Municipal Service Portal", "CivicWeb Labs", "open_source"),
    "payportal": ("PayPortal", "FinGate", "proprietary"),
    "opendata-ckan": ("CKAN", "Open Knowledge community", "open_source"),
    "learnhub": ("LearnHub LMS", "LearnHub", "open_source"),
    "gis-net": ("GIS-Net Planner", "Geoplan", "proprietary"),
    "backupvault": ("BackupVault", "SafeStore", "proprietary"),
    "chatmunicipal": ("ChatMunicipal", "CivicWeb Labs", "open_source"),
}

# A language module may also define ORGANISATIONS: the organisations its practices
# need beyond portal.demo.organisations, in the same shape
# (name, kind, country, region, population, website).

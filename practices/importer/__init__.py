"""Import case studies from a JSON file: check the whole file first, then write it all in one transaction.

The format and the rules are described in docs/import-practices.md. `read_import_file` parses a file,
`validate` lists every problem of the data (and writes nothing), `import_practices` imports valid data
all or nothing and says what it did; `manage.py import_practices` calls them.

Every text of a file is plain text: titles, summaries, regions and names are stored as text (templates
escape them) and the body becomes rich text only through `plain_text_to_rich_text`, which escapes it.
"""

from practices.importer.checking import read_import_file, validate
from practices.importer.format import (
    EXPORT_ONLY,
    OPTIONAL,
    REQUIRED,
    ImportRefused,
    ImportReport,
    plain_text_to_rich_text,
)
from practices.importer.writing import import_practices

__all__ = [
    "EXPORT_ONLY",
    "OPTIONAL",
    "REQUIRED",
    "ImportRefused",
    "ImportReport",
    "import_practices",
    "plain_text_to_rich_text",
    "read_import_file",
    "validate",
]

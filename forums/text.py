"""What members type, made safe: a small Markdown subset rendered on the server, then sanitised.

Members write in a plain text box (it works without JavaScript and on any
browser): *emphasis*, **strong**, [links](https://…), lists, > quotes. Raw
HTML is not interpreted; whatever the renderer produces is then cleaned by
nh3 (the Ammonia sanitiser) to an allow-list of tags and attributes, links
limited to http, https and mailto, each opening with rel="nofollow ugc noopener".
Titles are plain text and Django escapes them wherever they are shown.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "a", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
MAX_LENGTH = 20_000

# CommonMark without raw HTML, images or headings: the subset a discussion needs.
_markdown = MarkdownIt("commonmark", {"html": False, "breaks": True}).disable(
    ["image", "heading", "lheading", "html_block", "html_inline"]
)


def render(source: str) -> str:
    """The sanitised HTML of a member's text."""
    return sanitise(_markdown.render(source))


def sanitise(html: str) -> str:
    """Keep only the allowed tags, attributes and link schemes; everything else goes, its text stays."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    ).strip()


def plain(html: str, limit: int = 300) -> str:
    """Text without tags, for mails, feeds and previews."""
    import html as html_module

    text = html_module.unescape(nh3.clean(html, tags=set())).strip()
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

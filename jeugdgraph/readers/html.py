"""HTML pages: the main text, without navigation, banners, cookie notices and other page chrome."""

from __future__ import annotations

import codecs
import re

import justext
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .common import _BOMS, _Label
from .plain import _decode_text

# --- HTML -------------------------------------------------------------------------------------

_HTML_DROP = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "form",
    "button", "select", "textarea", "input", "label", "svg", "canvas", "iframe", "object",
    "embed", "audio", "video", "map", "dialog", "head", "title", "meta", "link",
})
_HTML_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog"})
_HTML_DROP_MARKERS = re.compile(
    r"(?:^|[-_\s])(?:skip-?links?|skip-?to-?content|skiplink|breadcrumbs?|cookie-?(?:bar|banner|notice)|"
    r"share-?buttons?|social-?share)(?:$|[-_\s])",
    re.IGNORECASE,
)
_HTML_SKIP_LINK_TEXT = re.compile(
    r"^\s*(?:ga\s+(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud|ga\s+naar\s+het\s+begin|"
    r"naar\s+(?:de\s+)?(?:hoofd)?inhoud|terug\s+naar\s+boven|naar\s+boven|skip\s+to\s+(?:main\s+)?content)\s*$",
    re.IGNORECASE,
)
_HTML_BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figcaption",
    "caption", "tr", "address", "summary", "div", "section", "article", "main", "table", "ul",
    "ol", "dl", "hr", "figure", "details", "body", "html", "thead", "tbody", "tfoot", "center",
})
_HTML_CELLS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_STOPLIST = justext.get_stoplist("Dutch")
_NO_SPACE = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def html_main_text(source: str) -> str:
    """The main text of an HTML page as blank-line separated blocks.

    Navigation, header, footer, asides, scripts, styles, forms, hidden elements and skip links
    are dropped; the ``<main>`` element (or the single ``<article>``, or ``role=main``) is taken
    when the page has one; without one, blocks ``justext`` judges to be link lists (menus in plain
    ``<div>`` elements, "lees ook" blocks) are dropped too. Every paragraph, heading, list item
    and table row becomes a block; ordered list items keep their number (``1. ``), other items
    get ``- ``, table cells are separated by tabs, ``<br>`` is a line break.
    """
    soup = BeautifulSoup(source, "html.parser")
    for node in list(soup.find_all(string=lambda s: isinstance(s, Comment))):
        node.extract()
    for element in list(soup.find_all(True)):
        if element.decomposed or not _html_dropped(element):
            continue
        element.decompose()
    root = _html_main(soup)
    if root.name not in {"main", "article"} and root.get("role") != "main":
        # no main element: the page's own header and footer are site chrome, an article's are not
        for element in list(root.find_all(["header", "footer"])):
            if not element.decomposed and element.find_parent("article") is None:
                element.decompose()
    blocks: list[str] = []
    _HtmlWalker(blocks).walk(root)
    if root.name not in {"main", "article"} and root.get("role") != "main":
        chrome = _link_lists(source)  # no main element: page chrome may be left in plain divs
        blocks = [block for block in blocks if _NO_SPACE.sub("", block) not in chrome]
    return "\n\n".join(block for block in blocks if block.strip())


def _link_lists(source: str) -> frozenset[str]:
    """Paragraphs ``justext`` classifies as boilerplate that are mostly links (menus, link lists,
    "lees ook" blocks, cookie bars with their links): the page chrome a site puts in plain
    ``<div>`` elements. Only these are dropped; short content (a heading, a list item) stays."""
    try:
        paragraphs = justext.justext(source, _STOPLIST)
    except Exception:  # noqa: BLE001 - a page justext cannot parse keeps all its text
        return frozenset()
    return frozenset(  # compared without white space: justext joins the texts of adjacent links
        _NO_SPACE.sub("", p.text) for p in paragraphs
        if p.class_type == "bad" and p.links_density() > 0.5
    )


def _html_dropped(element: Tag) -> bool:
    if element.name in _HTML_DROP:
        return True
    attrs = element.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if str(attrs.get("role", "")).lower() in _HTML_DROP_ROLES:
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    classes: object = attrs.get("class") or []
    names = classes if isinstance(classes, list) else [str(classes)]
    if _HTML_DROP_MARKERS.search(" ".join([*names, str(attrs.get("id", ""))])):
        return True
    if element.name == "a" and str(attrs.get("href", "")).startswith("#"):
        return bool(_HTML_SKIP_LINK_TEXT.match(element.get_text()))
    return False


def _html_main(soup: BeautifulSoup) -> Tag:
    candidates: list[Tag] = list(soup.find_all("main")) or list(soup.find_all(True, attrs={"role": "main"}))
    if len(candidates) != 1:
        articles = list(soup.find_all("article"))
        candidates = articles if len(articles) == 1 else []
    if candidates and len(candidates[0].get_text(strip=True)) >= 20:
        return candidates[0]
    return soup.body or soup


class _HtmlWalker:
    """Walks the element tree, collecting inline text and flushing it at block boundaries."""

    def __init__(self, blocks: list[str]) -> None:
        self.blocks = blocks
        self.buffer: list[str] = []
        self.pre_depth = 0
        self.marker = ""  # a list item's number or dash, put before the item's first text

    def flush(self, preformatted: bool = False) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        lines = [line.rstrip(" ") if preformatted else line.strip(" ") for line in text.split("\n")]
        block = "\n".join(lines).strip("\n")
        if block.strip():
            self.blocks.append(block)

    def text(self, value: str) -> None:
        if not self.pre_depth:
            value = _HTML_SPACE.sub(" ", value)
            at_start = not self.buffer or self.buffer[-1].endswith((" ", "\n", "\t"))
            if at_start and value.startswith(" "):
                value = value[1:]
        if not value:
            return
        if self.marker and value.strip():
            value, self.marker = self.marker + value, ""
        self.buffer.append(value)

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    self.text(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            self.element(child)

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name == "br":
            self.buffer.append("\n")
            return
        if name in _HTML_CELLS:
            if self.buffer and "".join(self.buffer).strip():
                self.buffer = ["".join(self.buffer).rstrip(" "), "\t"]
            self.walk(tag)
            return
        if name not in _HTML_BLOCKS:
            self.walk(tag)
            return
        self.flush()
        if name == "li":
            self.marker = _html_list_marker(tag)
        if name == "pre":
            self.pre_depth += 1
        self.walk(tag)
        if name == "pre":
            self.pre_depth -= 1
        if name == "tr":
            self.buffer = ["".join(self.buffer).rstrip("\t ")]
        if name == "li":
            self.marker = ""  # an empty item gets no block of its own
        self.flush(preformatted=name == "pre")


def _html_list_marker(item: Tag) -> str:
    parent = item.parent
    if parent is None or parent.name != "ol":
        return "- "
    value = item.get("value")
    if isinstance(value, str) and value.strip().isdigit():
        return f"{int(value)}. "
    start_attr = parent.get("start")
    start = int(start_attr) if isinstance(start_attr, str) and start_attr.strip().lstrip("-").isdigit() else 1
    position = 0
    for sibling in parent.find_all("li", recursive=False):
        if sibling is item:
            break
        position += 1
    return f"{start + position}. "


def _decode_html(data: bytes, label: str | _Label) -> tuple[str, str]:
    """HTML bytes as text: a byte-order mark, else the page's declared charset, else as plain text."""
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _html_declared_encoding(data)
        if declared is not None and declared != "utf-8":
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the declaration is wrong; decide from the bytes themselves
    return _decode_text(data, label)


def _html_declared_encoding(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # browsers read a page declared Latin-1 or ASCII as Windows-1252; so do we
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name

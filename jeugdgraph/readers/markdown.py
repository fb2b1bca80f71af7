"""Markdown files: the text without markup, one block per paragraph, list and table."""

from __future__ import annotations

import re

from .common import _LINE_BREAKS

# --- Markdown ---------------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_MD_ATX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$")
_MD_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_MD_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_MD_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_MD_HARD_BREAK = re.compile(r"\\$", re.MULTILINE)


def markdown_text(source: str) -> str:
    """The text of a Markdown document with its markup taken out, deterministically.

    Headings lose their ``#`` marks (setext underlines go), emphasis, code and strike marks go,
    links and images keep their text, reference definitions, comments, fences and rules go,
    block quotes lose ``>``, table rows become tab-separated cells. List markers stay: they are
    part of how a decision list or an assignment list reads.
    """
    source = _LINE_BREAKS.sub("\n", source)
    source = _MD_HTML_COMMENT.sub("", source)
    lines: list[str] = []
    in_fence = False
    for line in source.split("\n"):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(line)
            continue
        if _MD_REFDEF.match(line) or _MD_TABLE_RULE.match(line) and "-" in line and "|" in line:
            continue
        if _MD_SETEXT.match(line) and lines and lines[-1].strip():
            continue  # underline of the heading on the line before
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _MD_QUOTE.sub("", line)
        heading = _MD_ATX.match(line)
        if heading:
            line = heading.group(1)
        if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 2:
            cells = [cell.strip() for cell in line.strip()[1:-1].split("|")]
            line = "\t".join(cells)
        line = _md_inline(line)
        lines.append(line)
    return "\n".join(lines)


def _md_inline(line: str) -> str:
    # escaped marks are set aside first (as private-use characters) so no rule below sees them
    line = _MD_ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), line)
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    for pattern in (_MD_STRONG, _MD_STRIKE):
        line = pattern.sub(lambda m: m.group(2), line)
    line = _MD_EMPHASIS_STAR.sub(r"\1", line)
    line = _MD_EMPHASIS_UNDERSCORE.sub(r"\1", line)
    line = _MD_HARD_BREAK.sub("", line)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), line)

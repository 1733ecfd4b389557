"""Article text out of the files people have: .txt, .md, .html/.htm, .pdf and .docx.

Each reader returns an `Article` with `source` set to the file name and `title` where the file
has one. Anything that cannot be read raises `InputError` with one line naming the file and
saying why, which the UI and CLI show as it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import re
import zipfile
from pathlib import Path
from typing import Callable

from analysis.errors import InputError
from analysis.models import Article

MAX_BYTES = 10 * 1024 * 1024
SUPPORTED = ".txt, .md, .html, .pdf or .docx"

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

# Magic numbers of the binary files people drop by mistake, so the message can say what it was.
_BINARY_KINDS = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls); save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
]


def read_article_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """The article in the file at `path`; the size is checked before anything is read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path.name} is a folder, not a file")
        _check_size(path.name, size, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except PermissionError:
        raise InputError(f"{path.name} cannot be read (permission denied)") from None
    return read_article_bytes(data, path.name, max_bytes=max_bytes)


def read_article_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Article:
    """The article in `data`, an uploaded file called `name` (its extension picks the reader).

    A PDF or .docx is recognised by its content as well, so a mislabelled one still reads.
    """
    _check_size(name, len(data), max_bytes)
    if not data.strip():
        raise InputError(f"{name} is empty")
    reader = _reader_for(data, name)
    article = reader(data, name)
    if not article.text.strip():
        raise InputError(f"{name} contains no text")
    return article


def _reader_for(data: bytes, name: str) -> Callable[[bytes, str], Article]:
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF-"):
        return _read_pdf
    if data.startswith(b"PK\x03\x04") and (suffix == ".docx" or _is_docx(data)):
        return _read_docx
    if suffix == ".pdf":
        return _read_pdf
    if suffix == ".docx":
        return _read_docx
    if suffix in HTML_SUFFIXES:
        return _read_html
    if suffix in TEXT_SUFFIXES or suffix == "":
        return _read_markdown if suffix in {".md", ".markdown"} else _read_text
    raise InputError(f"{name}: cannot read {suffix} files; use {SUPPORTED}")


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(f"{name} is {_megabytes(size)} MB; the limit is {_megabytes(max_bytes)} MB")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


# -- plain text and Markdown ----------------------------------------------------------------------


def decode_text(data: bytes, name: str) -> str:
    """Text from bytes in whatever encoding a Windows, Mac or Linux editor saved them.

    A byte-order mark decides (UTF-8, UTF-16); otherwise UTF-8 if it decodes, else cp1252
    (what Word and Outlook write on Western Windows), else latin-1, which never fails.
    """
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name} is {kind}, not text; use {SUPPORTED}")
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_utf16(data, name)
    elif _looks_like_utf16_without_bom(data):
        text = _decode_utf16(data, name, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    else:
        if b"\x00" in data or _control_share(data) > 0.1:
            raise InputError(f"{name} is a binary file, not text; use {SUPPORTED}")
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return _normalise_newlines(text)


def _read_text(data: bytes, name: str) -> Article:
    from analysis.ingest.loader import headline_of  # the same headline rule as for pasted text

    text = decode_text(data, name).strip()
    return Article(text=text, source=name, title=headline_of(text))


def _read_markdown(data: bytes, name: str) -> Article:
    text, title = markdown_to_text(decode_text(data, name))
    return Article(text=text, title=title, source=name)


def markdown_to_text(markdown: str) -> tuple[str, str]:
    """Markdown's prose with the trivial syntax taken off, and the first heading as the title.

    Only marks that never carry meaning go: heading hashes, emphasis, link targets, images,
    code ticks, quote markers, bullets and rules. Tables and HTML stay as written.
    """
    title = ""
    front_matter = re.match(r"---\n(.*?)\n---\n", markdown, re.S)
    if front_matter:
        named = re.search(r"^title:\s*[\"']?(.*?)[\"']?\s*$", front_matter.group(1), re.M)
        title = named.group(1) if named else ""
        markdown = markdown[front_matter.end():]
    lines = []
    for line in markdown.split("\n"):
        heading = re.match(r"\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            line = heading.group(1)
            title = title or _inline_markdown(line)
        elif re.fullmatch(r"\s{0,3}(?:[-*_]\s*){3,}", line):
            continue  # a horizontal rule
        elif re.fullmatch(r"\s{0,3}(?:=+|-+)\s*", line) and lines and lines[-1].strip():
            title = title or lines[-1]  # the line above was a Setext heading
            continue
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^(\s*)[-*+]\s+", r"\1", line)
        lines.append(_inline_markdown(line))
    text = re.sub(r"<!--.*?-->", "", "\n".join(lines), flags=re.S)
    return join_wrapped_lines(text.split("\n")), title.strip()


def _inline_markdown(line: str) -> str:
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their words
    line = re.sub(r"`([^`]+)`", r"\1", line)
    line = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", line)
    line = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", line)
    return line


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _BINARY_KINDS:
        if data.startswith(magic):
            return kind
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP archive (an Excel or PowerPoint file?)"
    return None


def _decode_utf16(data: bytes, name: str, encoding: str = "utf-16") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name} looks like UTF-16 text but is damaged (odd number of bytes?)") from None


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    """Notepad's "Unicode" without a BOM: every other byte of ASCII text is zero."""
    sample = data[:2000]
    if len(sample) < 8 or len(sample) % 2:
        return False
    zeros_odd = sample[1::2].count(0) / (len(sample) / 2)
    zeros_even = sample[0::2].count(0) / (len(sample) / 2)
    return max(zeros_odd, zeros_even) > 0.7 and min(zeros_odd, zeros_even) < 0.1


def _control_share(data: bytes) -> float:
    sample = data[:4000]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


def _normalise_newlines(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\xa0", " ")


# -- HTML -------------------------------------------------------------------------------------------


def _read_html(data: bytes, name: str) -> Article:
    html = _decode_html(data, name)
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True) or ""
    if text.strip():
        recall = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
        text = _with_lists_of_the_body(text, recall)
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata and metadata.title else "") or ""
    if not text.strip():
        text, fallback_title = _html_fallback_text(html)
        title = title or fallback_title
    article = Article(text=_normalise_newlines(text).strip(), title=title.strip(), source=name)
    published = _html_published_time(html)
    if published is not None:
        # The page's machine-readable dateline (article:published_time); the text's own
        # dateline is often cut out with the page furniture.
        article.published, article.published_origin = published, "dateline"
    return article


_LIST_OR_ROW = re.compile(r"^\s*(?:[-*\u2022]\s|\|)")


def _with_lists_of_the_body(precise: str, recall: str) -> str:
    """Trafilatura's precise mode drops short lists and tables inside an article ("S&P 500: closed up 3.26%"
    under a lead paragraph); its recall mode keeps them and more page furniture. Take the precise text and
    put back the list items and table rows that recall mode finds between its first and last lines."""
    precise_lines = [line for line in precise.split("\n") if line.strip()]
    recall_lines = recall.split("\n")
    if not precise_lines or not recall.strip():
        return precise
    try:
        first = recall_lines.index(precise_lines[0])
        last = len(recall_lines) - 1 - recall_lines[::-1].index(precise_lines[-1])
    except ValueError:
        return precise  # the two modes disagree on the text itself: keep the precise one
    kept = set(precise_lines)
    merged = [line for line in recall_lines[first : last + 1] if line in kept or _LIST_OR_ROW.match(line)]
    return "\n".join(merged) if len(merged) >= len(precise_lines) else precise


def _decode_html(data: bytes, name: str) -> str:
    head = data[:2048].decode("ascii", errors="ignore")
    declared = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise_newlines(data.decode(declared.group(1)))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


_NOT_CONTENT = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg"]
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre"}


def _html_fallback_text(html: str) -> tuple[str, str]:
    """Visible text of the page's <article> (or <main>, or <body>) when trafilatura finds none."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    heading = soup.find("h1")
    for tag in soup(_NOT_CONTENT):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for block in root.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in root.get_text().split("\n")]
    text = "\n".join(line for line in lines if line)
    return text, title or (heading.get_text(" ", strip=True) if heading else "")


def _html_published_time(html: str) -> dt.datetime | None:
    pattern = re.compile(
        r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate)[\"'][^>]*>", re.I
    )
    tag = pattern.search(html)
    if not tag:
        return None
    content = re.search(r"content=[\"']([^\"']+)[\"']", tag.group(0), re.I)
    if not content:
        return None
    try:
        moment = dt.datetime.fromisoformat(content.group(1).strip().replace("z", "Z"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None  # a time with no zone is not worth trusting over the text


# -- PDF --------------------------------------------------------------------------------------------


def _read_pdf(data: bytes, name: str) -> Article:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with _quiet("pypdf"):  # it logs "EOF marker not found" and the like; the error below says it once
            reader = PdfReader(io.BytesIO(data))
            pages = [page.extract_text() or "" for page in reader.pages] if not reader.is_encrypted else None
        if pages is None:
            if not reader.decrypt(""):
                raise InputError(f"{name} is password-protected; save an unprotected copy")
            pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata and reader.metadata.title else "") or ""
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as error:
        raise InputError(f"{name} is not a readable PDF (damaged or incomplete: {_first_line(error)})") from None
    except Exception as error:  # pypdf raises a wide variety on garbage; none should reach the user as a traceback
        raise InputError(f"{name} is not a readable PDF ({type(error).__name__})") from None
    text = "\n\n".join(reflow_pdf_text(page) for page in pages if page.strip())
    if not text.strip():
        raise InputError(f"{name} has no text layer (scanned?); run it through OCR or paste the text")
    return Article(text=text, title=str(title).strip(), source=name)


def reflow_pdf_text(page: str) -> str:
    """Join the hard-wrapped lines of a PDF page back into paragraphs.

    The sentence splitter ends a sentence at every line break, which is right for wire copy but
    would cut every wrapped PDF line in two. A line joins the next when it ends mid-sentence and
    either the next starts in lower case or the line runs near the full width of the page.
    """
    lines = _normalise_newlines(page).split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    return join_wrapped_lines(lines, full_width=width if width >= 40 else None)


def join_wrapped_lines(lines: list[str], *, full_width: int | None = None) -> str:
    """Lines joined where one ends mid-sentence and the next carries on in lower case
    (or, given `full_width`, where a line runs near that width: a wrapped line of a page)."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        if out and out[-1] and line and _continues(out[-1], line, full_width):
            previous = out[-1]
            joiner = "" if previous.endswith("-") and line[:1].islower() else " "
            out[-1] = previous + joiner + line
        else:
            out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _continues(previous: str, line: str, full_width: int | None) -> bool:
    if re.search(r"[.!?:;\"\u201d)]$", previous):
        return False
    if line[:1].islower() or line[:1] in "(%":
        return True
    return full_width is not None and len(previous) >= 0.8 * full_width


@contextlib.contextmanager
def _quiet(logger_name: str):  # type: ignore[no-untyped-def]
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:120]


# -- Word ---------------------------------------------------------------------------------------


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _read_docx(data: bytes, name: str) -> Article:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    kind = _binary_kind(data)
    if kind and not data.startswith(b"PK"):
        raise InputError(f"{name} is {kind}, not a .docx file")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError(f"{name} is not a readable Word document (damaged, or not .docx: {_first_line(error)})") from None
    except Exception as error:  # lxml and python-docx raise many kinds on garbage
        raise InputError(f"{name} is not a readable Word document ({type(error).__name__})") from None
    paragraphs: list[str] = []
    title = (document.core_properties.title or "").strip()
    for block in _docx_blocks(document):
        if isinstance(block, str):
            paragraphs.append(block)
            continue
        style = (block.style.name if block.style is not None else "") or ""
        text = block.text.strip()
        if not title and text and (style == "Title" or style.startswith("Heading 1")):
            title = text
        paragraphs.append(text)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(paragraphs)).strip()
    return Article(text=_normalise_newlines(text), title=title, source=name)


def _docx_blocks(document):  # type: ignore[no-untyped-def]
    """Paragraphs (as python-docx objects) and table rows (as tab-joined text), in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [cell.text.strip() for cell in row.cells]
                yield "\t".join(dict.fromkeys(cell for cell in cells if cell))  # merged cells repeat

"""How company names are cut into tokens and compared, shared by the build script and the directory.

A name and the text it is looked for in go through the same `word_tokens`, and compare on
`token_key` (case-folded, accents dropped: "Hermès" and "HERMES" share a key). Whether the
case of a match matters is decided per alias token by `case_agrees`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

# Latin words and digits, or a lone "&" ("S&P", "AT&T"). CJK and Hangul are matched as
# whole runs elsewhere, since Chinese and Korean names are written without spaces.
WORD = re.compile(r"[^\W_\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]+|&")
CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")

# Words that only say what kind of legal entity a company is. Stripping them from the end
# of "Apple Inc." gives the name analysts write: "Apple".
LEGAL_SUFFIXES = frozenset(
    """
    inc incorporated corp corporation co company ltd limited plc llc lp l p ag sa s a se nv n v
    asa ab a/s as oyj spa s p a kgaa gmbh bhd tbk persero pcl kk k k sab de cv nl adr ads class
    holdings holding group the
    """.split()
)

# Tails that may follow a name in text without changing whom it names:
# "SMIC Corp.", "Apple Inc.", "Tencent Holdings Ltd".
TEXT_TAILS = frozenset("inc incorporated corp corporation co ltd limited plc llc ag sa se nv holdings holding group".split())


def token_key(token: str) -> str:
    """The form tokens are compared in: case-folded, without accents."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def word_tokens(text: str) -> Iterator[re.Match[str]]:
    return WORD.finditer(text)


_WORD_OR_CJK = re.compile(f"{WORD.pattern}|{CJK_RUN.pattern}")


def name_key(name: str) -> tuple[str, ...]:
    """The key a name is indexed under: its tokens' keys in order (a CJK run is one token)."""
    return tuple(token_key(match.group()) for match in _WORD_OR_CJK.finditer(clean_quotes(name)))


def clean_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def strip_legal_suffixes(name: str) -> str:
    """'Apple Inc.' -> 'Apple'; 'Alibaba Group Holding Ltd' -> 'Alibaba'; 'The Coca-Cola Company' -> 'Coca-Cola'.

    Never strips the name to nothing: 'Group Inc' stays as it is.
    """
    name = re.sub(r"\s*\((?:the|The|THE)\)\s*$", "", name.strip())
    name = re.sub(r"^(?:The|THE)\s+", "", name)
    name = re.sub(r"^PT\.?\s+(?=\S+\s)", "", name)  # Indonesia's "PT Merdeka Battery Materials Tbk"
    tokens = list(word_tokens(name))
    end = len(tokens)
    while end > 1 and token_key(tokens[end - 1].group()) in LEGAL_SUFFIXES and not _is_possessive(name, tokens[end - 1]):
        end -= 1
        # "Co., Ltd.", "& Co", "Eli Lilly and Company": the joining word goes with the suffix
        if end > 1 and tokens[end - 1].group() in ("&", "and"):
            end -= 1
    if end == len(tokens):
        return name.strip(" ,.")
    return name[: tokens[end - 1].end()].strip(" ,.-&")


def _is_possessive(name: str, token: re.Match[str]) -> bool:
    """The "s" of "Macy's" or "Kohl’s" is not the "S" of "S.A."."""
    return token.group() == "s" and token.start() > 0 and name[token.start() - 1] in "'’"


# Alias words news copy capitalises either way: "the Hang Seng Tech index", "the CSI 300 Index".
CASE_FREE = frozenset({"Index", "Composite", "Average", "Industrials"})
# Joining words some sources capitalise inside names ("Industrial Bank Of Korea") and copy never does.
JOINING_WORDS = frozenset({"Of", "And", "The", "For", "De", "Du", "Des", "La", "Le"})


def case_agrees(alias_token: str, text_token: str) -> bool:
    """Whether a token in text may stand for an alias token, given both spellings.

    All-caps alias tokens ("SMIC", "BYD", "S&P"'s "S") must appear exactly as written: "Smic"
    or "byd" in running text are not them. A capitalised alias token needs a capital in text,
    so "apple pie" is not Apple while "APPLE SHARES JUMP" is. Lower-case alias tokens
    ("of" in "Bank of China") take any case.
    """
    first = alias_token[0]
    if alias_token in CASE_FREE or alias_token in JOINING_WORDS:
        return True
    if alias_token.isupper() and (len(alias_token) > 1 or first.isalpha()):
        return text_token == alias_token or (len(alias_token) > 5 and text_token[0].isupper())
    if first.isupper():
        # ("iFlytek", "eBay": a capital inside is the name's own spelling)
        return text_token[0].isupper() or (text_token[0].islower() and not text_token.islower() and text_token[1:2].isupper())
    return True


def alias_case_agrees(alias_tokens: tuple[str, ...], text_tokens: Sequence[re.Match[str]], start: int) -> bool:
    """Whether the words of text from `text_tokens[start]` may stand for an alias written `alias_tokens`.

    "Citic Securities rose by its 10% limit": a house style that writes acronyms in title case still
    names CITIC Securities, because the alias's other, plain word ("Securities") is there too. A lone
    acronym keeps its case ("Byd" or "Smic" alone are not BYD or SMIC), and so does an acronym whose
    only company is a legal form or index word ("Aia Group" is not AIA Group).
    """
    for offset, alias in enumerate(alias_tokens):
        if not case_agrees(alias, text_tokens[start + offset].group()):
            break
    else:
        return True
    if not any(_is_plain_name_word(alias) for alias in alias_tokens):
        return False
    written = [text_tokens[start + offset].group() for offset in range(len(alias_tokens))]
    return all(
        case_agrees(alias, text) or (alias.isupper() and alias.isalpha() and len(alias) > 1 and text == alias.capitalize())
        for alias, text in zip(alias_tokens, written)
    )


def _is_plain_name_word(token: str) -> bool:
    return (
        len(token) > 2 and token[0].isupper() and not token.isupper()
        and token_key(token) not in LEGAL_SUFFIXES and token not in CASE_FREE
    )

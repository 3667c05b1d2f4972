"""Text normalisation and template fingerprints (names, numbers, links and handles masked)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|io|co|ai|net|org|ly|me|app|link|page)(?:/\S*)?", re.I)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
HANDLE_RE = re.compile(r"(?<!\w)@\w{2,}")
NUMBER_RE = re.compile(r"[$€£]?\d[\d,.:%]*[kmx]?\b", re.I)
_FIELD_NAMES = r"(?:first[ _]?name|last[ _]?name|full[ _]?name|name|company(?:[ _]name)?|title|role|city|industry|job[ _]?title)"
MERGE_FIELD_RE = re.compile(
    rf"\{{\{{\s*[\w .-]+\s*\}}\}}|\{{\s*{_FIELD_NAMES}\s*\}}|\[\s*{_FIELD_NAMES}\s*\]|%[A-Z_]{{3,}}%", re.I
)
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|<\w+>")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B06\u2705\u274C]")

# Words that start sentences or are common capitalised terms; everything else capitalised mid-sentence
# is treated as a name so templates match across recipients and senders.
_KEEP_CAPITALISED = {"i", "linkedin", "x", "twitter", "ai", "ceo", "cto", "saas", "b2b", "seo"}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def mask(text: str, names: tuple[str, ...] = ()) -> str:
    """Lowercased text with the parts that vary between copies of a template replaced by placeholders."""
    masked = _mask_text(text)
    # Only name parts that occur in the text at all need the whole-word search (most senders don't sign).
    parts = {p for n in names for p in n.lower().split() if len(p) > 1 and p in masked}
    if not parts:
        return _collapse_runs(masked)
    return _collapse_runs(re.sub(r"\s+", " ", _mask_names(masked, parts)).strip())


_RUNS_RE = re.compile(r"(<(\w+)>)(?:\s*\1)+")


@lru_cache(maxsize=8192)
def _collapse_runs(masked: str) -> str:
    """"Zeta Labs" and "Acme" are both one name: runs of the same placeholder become one."""
    return _RUNS_RE.sub(r"\1", masked)


@lru_cache(maxsize=8192)
def _mask_text(text: str) -> str:
    """Everything but the senders' names, which differ per message: copies of one text share this work."""
    text = normalise(text)
    text = MERGE_FIELD_RE.sub(" <field> ", text)
    text = EMAIL_RE.sub(" <email> ", text)
    text = URL_RE.sub(" <url> ", text)
    text = HANDLE_RE.sub(" <handle> ", text)
    text = _mask_capitalised_words(text)
    text = NUMBER_RE.sub(" <num> ", text)
    return re.sub(r"\s+", " ", text.lower()).strip()


def _mask_names(text: str, parts: set[str]) -> str:
    """Whole-word occurrences of the name parts. Plain one-word parts are looked up per word (no regex to
    compile for each new sender); parts with punctuation ("jean-luc") get a word-bounded pattern."""
    plain = {p for p in parts if _WORD_CHARS_RE.fullmatch(p)}
    for part in plain:
        text = _replace_word(text, part, " <name> ")
    for part in sorted(parts - plain, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(part)}\b", " <name> ", text)
    return text


_WORD_CHARS_RE = re.compile(r"\w+")


def _replace_word(text: str, word: str, replacement: str) -> str:
    r"""`word` where it stands as a whole word (the same as re.sub(rf"\b{word}\b", ...) for a word of \w
    characters), found with str.find: no pattern to compile per sender."""
    pieces: list[str] = []
    start = 0
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            pieces += [text[start:at], replacement]
            start = end
        at = text.find(word, end)
    return "".join(pieces) + text[start:] if pieces else text


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _mask_capitalised_words(text: str) -> str:
    out: list[str] = []
    sentence_start = True
    for token in re.split(r"(\s+)", text):
        if not token or token.isspace():
            out.append(token)
            continue
        bare = token.strip(".,!?;:()\"'")
        if bare[:1].isupper() and not sentence_start and bare.lower() not in _KEEP_CAPITALISED and bare.isalpha():
            out.append(token.replace(bare, "<name>"))
        else:
            out.append(token)
        sentence_start = token.endswith((".", "!", "?", ":", "\n")) or token in {"-", "—"}
    return "".join(out)


def words(masked: str) -> list[str]:
    return WORD_RE.findall(masked)


def fingerprint(masked: str) -> str:
    """Exact template id: the hash of the masked word sequence."""
    return hashlib.blake2b(" ".join(words(masked)).encode(), digest_size=16).hexdigest()


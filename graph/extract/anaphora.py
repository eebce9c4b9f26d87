"""Descriptions that refer back to actors: "l'organisation régionale", "les deux pays".

Resolved from the actors named so far in the sentence and in the few sentences before it, most
recent first, by type (State / Organisation) and number. What is resolved this way is marked
as context, so its statements carry the lower confidence of context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from graph import gazetteer
from graph.extract.lexicon import anaphora_rows, fused_articles, words
from graph.extract.ruler import actor_span

HOW = "context"
NAMED = "@name"  # anaphora.tsv type: an organisation whose own name holds the phrase's noun
FIXED = "="  # anaphora.tsv type prefix: the ids of a fixed group, named before or not
FOCUS = "@focus"  # anaphora.tsv type: the state the whole text is most about ("la junte")


@cache
def _named_with(word: str) -> frozenset[str]:
    """Organisations whose French or English name holds `word` ("forum": the Pacific Islands
    Forum, "Forum des îles du Pacifique")."""
    out = set()
    for actor in gazetteer.load().actors:
        if actor.type != "Organisation":
            continue
        names = {actor.name, actor.label_fr, *actor.names_fr, *actor.names_en}
        tokens = {w.strip("'’").lower() for n in names if n for w in n.replace("'", "' ").split()}
        if word.lower() in tokens:
            out.add(actor.name)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Anaphor:
    words: tuple[str, ...]
    type: str
    count: int


@cache
def anaphors(lang: str) -> dict[str, list[Anaphor]]:
    """Anaphors by first word, longest first."""
    out: dict[str, list[Anaphor]] = {}
    for phrase, kind, count in anaphora_rows(lang):
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(Anaphor(words, kind, count))
        if kind == NAMED or count > 1:
            # "bailleurs du Forum", "au sein des deux pays": the article fused with "de" or "à"
            # ("du pays", "au pays" are left alone: "chassé du pays" is no state named again)
            for fused in fused_articles(lang, article=words[0]):
                out.setdefault(fused, []).append(Anaphor((fused, *words[1:]), kind, count))
    for group in out.values():
        group.sort(key=lambda a: -len(a.words))
    return out


@cache
def phrases(lang: str) -> tuple[str, ...]:
    """The anaphors that may name the sides of a relation ("les deux pays"), as plain
    lower-case text, for the cheap pass; not the bodies of the text's own state ("the foreign
    ministry"), which name one side only."""
    return tuple(
        " ".join(a.words).replace("' ", "'").replace("’ ", "’")
        for group in anaphors(lang).values()
        for a in group
        if a.type != FOCUS
    )


def resolve(
    doc: Doc, lang: str, recent: list[list[str]], pair: tuple[str, str] | None = None,
    focus: Sequence[str] | None = None,
) -> set[str]:
    """Add the actors anaphors stand for to doc.spans["actors"]; return those named only so.

    "Les deux pays" are the two sides of the last relation stated (`pair`) when there is one:
    the actor named last may be a bystander ("Bruxelles a réagi").
    """
    table = anaphors(lang)
    existing = list(doc.spans.get("actors", []))
    taken = {i for s in existing for i in range(s.start, s.end)}
    gaz = gazetteer.load()
    types, ids = gaz.type_of, gaz.id_of
    added: list[Span] = []
    lowers = [t.lower_ for t in doc]
    i = 0
    while i < len(doc):
        cands = table.get(lowers[i])
        match = _match(lowers, i, cands, taken) if cands else None
        if match is None:
            i += 1
            continue
        end = i + len(match.words)
        if match.type == FOCUS and _owner_follows(doc, end, existing):
            i = end  # "le gouvernement malien", "the government of Mali": named, not referred to
            continue
        before = [s.label_ for s in existing if s.end <= i]
        history = [a for sentence in recent for a in sentence] + before
        kind: str | None = match.type
        if match.type.startswith(FIXED):  # "les trois États baltes": always the same states
            members = sorted(set(match.type[len(FIXED):].split("|")) & set(gaz.by_id))
            history, kind = [gaz.by_id[m].name for m in members], None
        elif match.type == FOCUS:  # "the junta": the text's own state, not the last one named
            states = [a for a in (focus or []) if types.get(a) == "State" and a not in before]
            history, kind = ([] if _placed(doc, lang) else states[:1]), None
        elif match.type == NAMED:  # "the Community": an organisation so named, named before
            history, kind = [a for a in history if a in _named_with(match.words[-1])], None
        elif match.type not in {"State", "Organisation"}:  # "l'émirat": Qatar, UAE, Kuwait
            allowed = set(match.type.split("|"))
            history, kind = [a for a in history if ids.get(a) in allowed], None
        found = latest(history, match.count, types, kind)
        if match.count == 2 and pair and all(types.get(a) == match.type for a in pair):
            found = list(pair)
        if len(found) == match.count:
            added += [actor_span(doc, i, end, a, HOW, ids) for a in found]
        i = end
    if added:
        doc.spans["actors"] = sorted(existing + added, key=lambda s: (s.start, s.label_))
    return {s.label_ for s in added} - {s.label_ for s in existing}


def _placed(doc: Doc, lang: str) -> bool:
    """Does the sentence open on a place ("Au Caire, le ministère…", "In Tokyo, the foreign
    ministry…")? The body is then that place's, which the text's focus may not be."""
    return len(doc) > 2 and doc[0].lower_ in words(lang, "seat_case") and doc[1].pos_ == "PROPN"


def _owner_follows(doc: Doc, end: int, actors: list[Span]) -> bool:
    """Is the body's state named right after it ("malien", "du Mali", "of Mali")?"""
    starts = {s.start for s in actors}
    if end in starts:
        return True
    return end < len(doc) and doc[end].pos_ == "ADP" and bool({end + 1, end + 2} & starts)


def _match(lowers: list[str], i: int, cands: list[Anaphor], taken: set[int]) -> Anaphor | None:
    for a in cands:
        end = i + len(a.words)
        if end > len(lowers) or any(j in taken for j in range(i, end)):
            continue
        if tuple(lowers[i:end]) == tuple(a.words):
            return a
    return None


def latest(
    history: list[str], count: int, types: dict[str, str] | None = None, kind: str | None = None
) -> list[str]:
    """The `count` distinct actors named last (of `kind`, if given), in text order."""
    found: list[str] = []
    for a in reversed(history):
        if (kind is None or (types or {}).get(a) == kind) and a not in found:
            found.append(a)
            if len(found) == count:
                break
    return list(reversed(found))

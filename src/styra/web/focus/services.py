"""Store documents, suggestions and tags; the pure core (``styra.focus``) does the reading.

An upload is read, split into passages and given suggestions *before* anything is
written; only then is the file saved and the rows written, in one transaction. A
bad file raises ``ExtractError`` and leaves nothing behind; if writing fails
half-way, the transaction rolls back and the file already saved is deleted.
"""

from collections.abc import Iterable

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from styra.focus import Passage as CorePassage
from styra.focus import Suggestion, extract_passages, suggest
from styra.focus.lexicon import load_lexicon
from styra.focus.suggest import counted_matches, find_matches
from styra.focus.text import tokenise
from styra.web.common import uploadlimits
from styra.web.organisations.models import Organisation

from .models import Document, OwnGoal, Passage, Source, Status, Tag

MAX_TITLE = 200


def found_words(text: str) -> dict[int, list[str]]:
    """Per goal, the words of ``text`` the suggester counted (lower-case, each once): shown to
    the editor as the reason, instead of the lexicon's patterns (``förskol*``)."""
    tokens = tokenise(text)
    words: dict[int, list[str]] = {}
    for match in counted_matches(find_matches(text, load_lexicon("sv"))):
        found = " ".join(tokens[match.start : match.end])
        goal_words = words.setdefault(match.phrase.goal, [])
        if found not in goal_words:
            goal_words.append(found)
    return words


def suggested_tags(text: str, **unit) -> list[Tag]:
    """Unsaved suggested tags for ``unit`` (``passage=`` or ``own_goal=``) whose text is
    ``text``, from the core's ``suggest``."""
    return suggestion_tags(suggest(text), found_words(text), **unit)


def suggestion_tags(
    suggestions: Iterable[Suggestion], words: dict[int, list[str]], **unit
) -> list[Tag]:
    return [
        Tag(
            **unit,
            goal=suggestion.goal,
            target_id=suggestion.target or "",
            source=Source.SUGGESTED,
            status=Status.SUGGESTED,
            score=suggestion.score,
            phrases=words.get(suggestion.goal) or list(suggestion.phrases),
        )
        for suggestion in suggestions
    ]


def read_document(data: bytes, filename: str, max_bytes: int):
    """The passages of a file, each with its suggested tags (unsaved, without a passage yet);
    ``ExtractError`` if the file cannot be read."""
    limits = uploadlimits.file_limits()
    passages = extract_passages(data, filename, max_bytes, limits, uploadlimits.clock)
    return [(passage, suggested_tags(passage.text)) for passage in passages]


def upload_document(
    organisation: Organisation,
    user,
    *,
    title: str,
    kind: str,
    filename: str,
    data: bytes,
    max_bytes: int,
) -> Document:
    """Read the file, then store it with its passages and suggestions, all or nothing."""
    read = read_document(data, filename, max_bytes)  # raises before anything is written
    document = Document(
        organisation=organisation,
        title=(title.strip() or filename)[:MAX_TITLE],
        kind=kind,
        filename=filename[:255],
        size=len(data),
        uploaded_by=user,
    )
    try:
        with transaction.atomic():
            document.file.save(filename, ContentFile(data), save=False)
            document.save()
            store_passages(document, read)
    except BaseException:
        if document.file.name:
            document.file.storage.delete(document.file.name)
        raise
    return document


def store_passages(document: Document, read: list[tuple[CorePassage, list[Tag]]]) -> None:
    Passage.objects.bulk_create(
        Passage(
            document=document,
            index=passage.index,
            page=passage.page,
            section=(passage.section or "")[:200],
            text=passage.text,
            word_count=passage.word_count,
        )
        for passage, _tags in read
    )
    stored = {p.index: p for p in Passage.objects.filter(document=document)}
    for passage, tags in read:
        for tag in tags:
            tag.passage = stored[passage.index]
    Tag.objects.bulk_create(tag for _passage, tags in read for tag in tags)


def delete_document(document: Document) -> None:
    """Delete the document, its passages and tags, and (once that is committed, by
    ``styra.web.common.files``) its file."""
    with transaction.atomic():
        document.delete()


def review(tag: Tag, status: str, user) -> Tag:
    """Accept or reject a tag (a suggestion, or a manual tag's undo is deletion)."""
    tag.status = status
    tag.reviewed_by = user
    tag.reviewed_at = timezone.now()
    tag.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    return tag


def accept_all(tags, user) -> int:
    """Accept every open suggestion among ``tags`` (a queryset); rejected suggestions and
    manual tags stay as they are. Returns how many were accepted."""
    return tags.filter(status=Status.SUGGESTED).update(
        status=Status.ACCEPTED, reviewed_by=user, reviewed_at=timezone.now()
    )


def tag_by_hand(unit: Passage | OwnGoal, goal: int, target_id: str, user) -> tuple[Tag, bool]:
    """Tag a passage or own goal with ``goal`` (and ``target_id``, "" for the whole goal).

    A new manual tag, or the goal's existing tag (a suggestion, maybe rejected
    before) accepted with this target. Returns ``(tag, created)``.
    """
    key = {"passage": unit} if isinstance(unit, Passage) else {"own_goal": unit}
    with transaction.atomic():
        tag = Tag.objects.select_for_update().filter(**key, goal=goal).first()
        created = tag is None
        if created:
            tag = Tag(**key, goal=goal, source=Source.MANUAL)
        tag.target_id = target_id
        tag.status = Status.ACCEPTED
        tag.reviewed_by = user
        tag.reviewed_at = timezone.now()
        tag.save()
    return tag, created


def save_own_goal(own_goal: OwnGoal) -> OwnGoal:
    """Save an own goal and suggest goals for its text; a changed text gets new suggestions
    (unreviewed suggestions are replaced; accepted, rejected and manual tags stay)."""
    with transaction.atomic():
        own_goal.save()
        own_goal.tags.filter(status=Status.SUGGESTED).delete()
        taken = set(own_goal.tags.values_list("goal", flat=True))
        fresh = suggested_tags(own_goal.text, own_goal=own_goal)
        Tag.objects.bulk_create(tag for tag in fresh if tag.goal not in taken)
    return own_goal


def unreviewed_count(organisation: Organisation) -> int:
    """Suggestions nobody has accepted or rejected yet, in documents and own goals."""
    return Tag.objects.filter(
        Q(passage__document__organisation=organisation) | Q(own_goal__organisation=organisation),
        status=Status.SUGGESTED,
    ).count()


def unreviewed_of(document: Document) -> int:
    return Tag.objects.filter(passage__document=document, status=Status.SUGGESTED).count()


def accepted_of(document: Document) -> int:
    return Tag.objects.filter(passage__document=document, status=Status.ACCEPTED).count()

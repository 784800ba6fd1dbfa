"""The next meeting of people an article has told meeting: a plan, with its date and host.

"The next meeting will be hosted by Dravia in 2027", "Dravia is expected to host the next round
next year": the people of the meeting the article told last will meet again; the sentence says
when (a year, often) and where (the host country, else the town after "in"). Such a plan is
hedged, as every meeting told ahead: it confirms or contradicts no report of a meeting held.
Its date and place are other values than the meeting just held, so the engine keeps them
apart (another event: a date of another day).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from consistency.extract.document import Document, Found
from consistency.extract.series import round_date, round_place
from consistency.vocabulary import group

_NEXT = group("meetings", "next_meetings").pattern
_HOSTS = group("meetings", "next_hosts").pattern


def next_meeting_claims(
    doc: Document, told: Sequence[tuple[int, tuple[str, ...], str]]
) -> Iterator[Found]:
    """Hedged meeting.date and meeting.place claims of the next meeting of a group told.

    `told` holds the sentence index, people and fact of each meeting claim the article made,
    in order: the next meeting is of the latest group told before (or in) its sentence.
    """
    if not told:
        return
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        found = _NEXT.search(text)
        if found is None or text.rstrip().endswith("?"):
            continue
        groups = [people for at, people, _ in told if at <= index and len(people) >= 2]
        if not groups:
            continue
        # "Dravia will host the next trilateral meeting in 2027": its date read as a meeting's.
        claimed = {fact for at, _, fact in told if at == index}
        host = _HOSTS.search(text)
        place = None
        if host is not None:
            name = host.group("host") or host.group("subject")
            start = host.start("host") if host.group("host") else host.start("subject")
            place = (start, start + len(name), name)
        else:
            place = round_place(text)
        for fact, phrase in (("meeting.date", round_date(text)), ("meeting.place", place)):
            if phrase is None or fact in claimed:
                continue
            start, end, value = phrase
            yield Found(
                fact=fact,
                subject=groups[-1],
                start=sentence.start + min(start, found.start()),
                end=sentence.start + max(end, found.end()),
                sentence=sentence,
                value_text=value,
                hedged=True,
                tense="future",
            )

"""One person named with and without a second surname, a middle name or a first given name.

Every sentence here is invented. Each mechanism is checked with the bundled people file and
with an empty one: none of these people is known to either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from consistency.defaults import PEOPLE_VARIABLE
from consistency.extract.document import Document
from consistency.knowledge import shorter_form
from consistency.normalise.names import canonical_names
from consistency.pipeline import run_check


@pytest.mark.parametrize(
    ("short", "long", "form"),
    [
        ("lucia ferrer", "lucia ferrer olmedo", True),  # a second surname left out
        ("carlos mendieta", "juan carlos mendieta", True),  # a first given name left out
        ("lopez obrador", "andres manuel lopez obrador", True),  # the two surnames alone
        ("ilse varga", "ilse maren varga", True),  # a middle name
        ("ferrer olmedo", "lucia ferrer olmedo", True),
        ("ana ruiz", "pedro ruiz", False),  # another person of the same family
        ("ana ruiz", "ana ruiz", False),  # the same name is no shorter form
        ("olmedo ferrer", "lucia ferrer olmedo", False),  # words out of order
        ("maria ferrer", "lucia maria ferrer olmedo", False),  # neither end in place
        ("ferrer", "lucia ferrer olmedo", False),  # a surname alone: matched by its ends
    ],
)
def test_a_shorter_form_keeps_its_words_in_order_and_one_end(
    short: str, long: str, form: bool
) -> None:
    """A shorter form has two words or more, in order, with the first or the last in place."""
    assert shorter_form(short, long) is form


@pytest.mark.parametrize(
    ("names", "canonical"),
    [
        (["Lucía Ferrer", "Lucía Ferrer", "Lucía Ferrer Olmedo", "Ferrer"], "Lucía Ferrer Olmedo"),
        (["Carlos Mendieta", "Juan Carlos Mendieta", "Mendieta"], "Juan Carlos Mendieta"),
        (
            ["López Obrador", "López Obrador", "Andrés Manuel López Obrador", "López"],
            "Andrés Manuel López Obrador",
        ),
        # Through a form in between: the longest names are joined first.
        (
            ["López Obrador", "Manuel López Obrador", "Andrés Manuel López Obrador"],
            "Andrés Manuel López Obrador",
        ),
        # Spelt without its accent in one outlet: still one person.
        (["Lucia Ferrer", "Lucía Ferrer Olmedo"], "Lucía Ferrer Olmedo"),
        # Two surnames joined by a hyphen, or one of them alone.
        (
            ["Lucía Ferrer-Olmedo", "Lucía Ferrer", "Lucía Ferrer", "Ferrer", "Olmedo"],
            "Lucía Ferrer-Olmedo",
        ),
        (["Jean-Pierre Marchand", "Jean Pierre Marchand", "Marchand"], "Jean-Pierre Marchand"),
    ],
)
def test_the_forms_of_one_name_are_one_person_by_the_fullest(
    people: str, names: list[str], canonical: str
) -> None:
    """Every form of the name, and the surname alone, is the person by the fullest name."""
    canon = canonical_names(names)
    assert {canon[name] for name in names} == {canonical}


def test_a_middle_name_does_not_rename_the_person(people: str) -> None:
    """With the first and last names the same, the form most outlets use is the name."""
    canon = canonical_names(["Ilse Varga", "Ilse Varga", "Ilse Maren Varga", "Varga"])
    assert set(canon.values()) == {"Ilse Varga"}
    canon = canonical_names(["Ilse Varga", "Ilse Maren Varga", "Ilse Maren Varga"])
    assert set(canon.values()) == {"Ilse Maren Varga"}


def test_people_of_one_family_stay_apart(people: str) -> None:
    """Ana and Pedro Ruiz are two people; "Ruiz" alone could be either, so it stays as it is."""
    canon = canonical_names(["Ana Ruiz", "Pedro Ruiz", "Ruiz"])
    assert (canon["Ana Ruiz"], canon["Pedro Ruiz"], canon["Ruiz"]) == (
        "Ana Ruiz",
        "Pedro Ruiz",
        "Ruiz",
    )


def test_a_shorter_form_of_two_people_joins_neither(people: str) -> None:
    """The name "Ruiz García" fits Ana Ruiz García and Pedro Ruiz García: it is left alone."""
    names = ["Ana Ruiz García", "Pedro Ruiz García", "Ruiz García"]
    canon = canonical_names(names)
    assert [canon[name] for name in names] == names


def test_two_people_of_the_file_are_never_joined(tmp_path: Path) -> None:
    """A people file that knows both Carlos and Juan Carlos Mendieta keeps them apart."""
    beat = tmp_path / "beat.yaml"
    beat.write_text(
        "people:\n  - name: Carlos Mendieta\n  - name: Juan Carlos Mendieta\n", encoding="utf-8"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PEOPLE_VARIABLE, str(beat))
        canon = canonical_names(["Carlos Mendieta", "Juan Carlos Mendieta"])
    assert canon["Carlos Mendieta"] != canon["Juan Carlos Mendieta"]


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (
            "Economy Secretary Lucía Ferrer Olmedo met Trade Minister Piet Jansen on Monday. "
            "Ferrer said the talks went well. Lucía Ferrer thanked her hosts.",
            "Lucía Ferrer Olmedo",
        ),
        (
            "Economy Secretary Lucía Ferrer-Olmedo met Trade Minister Piet Jansen on Monday. "
            "Ferrer said the talks went well. Lucía Ferrer thanked her hosts.",
            "Lucía Ferrer-Olmedo",
        ),
        (
            "President Andrés Manuel López Obrador met Prime Minister Tove Lind on Friday. "
            "López Obrador said he was pleased. López added that trade would grow.",
            "Andrés Manuel López Obrador",
        ),
        (
            "Juan Carlos Mendieta, the foreign minister, met Ana Ruiz in Tarvo on Monday. "
            "Carlos Mendieta said the talks had been frank. Mendieta then left for Velm.",
            "Juan Carlos Mendieta",
        ),
    ],
)
def test_an_article_names_one_person_by_every_form(people: str, body: str, named: str) -> None:
    """Within one article every later form of a name is the person of the first, fullest one."""
    doc = Document.from_body(body)
    later = [m for mentions in doc.mentions[1:] for m in mentions]
    assert later and {doc.canonical(m) for m in later} == {named}


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (
            "President Ahmedou Ould Varen announced the release on Monday. Prime Minister "
            "Ilse Brekke held talks with Ould Varen at the palace. Ould Varen called it a "
            "gesture between friends.",
            "Ahmedou Ould Varen",
        ),
        (
            "Abdi Hassan Dirane, the acting defence minister, arrived on Friday. Officials "
            "said talks with Hassan Dirane were frank. Reporters waited for Hassan Dirane.",
            "Abdi Hassan Dirane",
        ),
    ],
)
def test_a_family_name_of_several_words_names_its_person_alone(
    people: str, body: str, named: str
) -> None:
    """A trailing run of a full name ("Ould Varen") is that person, wherever it stands."""
    doc = Document.from_body(body)
    later = [[doc.canonical(m) for m in doc.mentions[i] if "Brekke" not in m.name] for i in (1, 2)]
    assert later == [[named], [named]]


def test_an_article_keeps_two_people_of_one_family_apart(people: str) -> None:
    """After Ana and Pedro Ruiz, "Ruiz" alone is neither of them."""
    doc = Document.from_body(
        "Ana Ruiz, the trade minister, met her brother Pedro Ruiz in Velm on Monday. "
        "Ruiz said the family business would be sold."
    )
    assert {doc.canonical(m) for m in doc.mentions[1]} <= {"Ruiz"}
    assert {doc.canonical(m) for m in doc.mentions[0]} == {"Ana Ruiz", "Pedro Ruiz"}


def _write(folder: Path, articles: Mapping[str, Sequence[str]]) -> None:
    """Article files: outlet, headline, date line, paragraphs, footer."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, dateline, *paragraphs) in articles.items():
        lines = [outlet, "Ministers meet in Velm", dateline, *paragraphs, outlet]
        (folder / f"{name}.txt").write_text("\n\n".join(lines) + "\n", "utf-8")


def test_outlets_naming_one_person_differently_make_one_finding(
    people: str, tmp_path: Path
) -> None:
    """Three outlets, three forms of one name, two days: one meeting, and its conflict shown."""
    _write(
        tmp_path,
        {
            "a1": (
                "The Harbour Courier",
                "March 13, 2024",
                "Economy Secretary Lucía Ferrer Olmedo held talks with Trade Minister Piet "
                "Jansen in Velm on Monday.",
                "Ferrer said the talks had been frank.",
            ),
            "a2": (
                "Meridian Wire",
                "13 Mar 2024",
                "Lucía Ferrer held talks with Trade Minister Piet Jansen in Velm on Tuesday.",
                "Ferrer said the talks had been useful.",
            ),
            "a3": (
                "Northgate Observer",
                "13 Mar 2024",
                "Piet Jansen met Economy Secretary Lucía Ferrer in Velm on Monday.",
                "The talks between Ferrer and Jansen lasted three hours.",
            ),
        },
    )
    findings = run_check([tmp_path]).findings
    dates = findings[findings["fact"] == "meeting.date"]
    assert [tuple(s) for s in dates["subject"]] == [("Lucía Ferrer Olmedo", "Piet Jansen")]
    assert dates["status"].tolist() == ["conflict"]
    titles = findings[findings["fact"] == "role.title"]
    assert "Lucía Ferrer" not in {name for subject in titles["subject"] for name in subject}


def test_two_people_of_one_family_keep_their_findings(people: str, tmp_path: Path) -> None:
    """Ana Ruiz's talks and Pedro Ruiz's talks, told by two outlets each, stay two meetings."""
    _write(
        tmp_path,
        {
            "b1": (
                "The Harbour Courier",
                "March 13, 2024",
                "Trade Minister Ana Ruiz held talks with envoy Piet Jansen in Velm on Monday.",
                "Economy Minister Pedro Ruiz held talks with Mayor Tove Lind in Tarvo on Tuesday.",
            ),
            "b2": (
                "Meridian Wire",
                "13 Mar 2024",
                "Piet Jansen, the Norlandic envoy, met Trade Minister Ana Ruiz in Velm on "
                "Monday, a spokesman said.",
                "A day later, on Tuesday, Economy Minister Pedro Ruiz met Tove Lind in Tarvo.",
            ),
        },
    )
    findings = run_check([tmp_path]).findings
    dates = findings[findings["fact"] == "meeting.date"]
    assert sorted(tuple(s) for s in dates["subject"]) == [
        ("Ana Ruiz", "Piet Jansen"),
        ("Pedro Ruiz", "Tove Lind"),
    ]
    assert set(dates["status"]) == {"agree"}


@pytest.mark.parametrize(
    ("body", "named", "alone"),
    [
        (
            "Commission President Ursula von der Leyen met Prime Minister Tove Lind in Velm on "
            "Monday. Von der Leyen said the talks were good. Lind thanked von der Leyen.",
            "Ursula von der Leyen",
            "Leyen",
        ),
        (
            "Economy Minister Luis de Guindos met Trade Minister Piet Jansen on Monday. "
            "De Guindos said the talks were useful, and Jansen agreed with de Guindos.",
            "Luis de Guindos",
            "Guindos",
        ),
        (
            "Crown Prince Khalid bin Faisal met President Tomas Renn in Tarvo on Monday. "
            "Renn later said that bin Faisal had been warm.",
            "Khalid bin Faisal",
            "Faisal",
        ),
    ],
)
def test_a_names_particles_keep_it_one_name(people: str, body: str, named: str, alone: str) -> None:
    """Lower-case particles inside a name ("von der") do not cut it into two people."""
    doc = Document.from_body(body)
    assert named in doc.full_names
    linked = {m.name: doc.canonical(m) for mentions in doc.mentions for m in mentions}
    assert linked[alone] == named
    assert not {"Ursula", "Luis", "Khalid"} & set(linked)


def test_particles_join_no_words_that_are_not_a_name(people: str) -> None:
    """A place's particles make no person, nor does a lower-case word after a name."""
    doc = Document.from_body(
        "Prime Minister Tove Lind visited the Palacio de la Moncloa in Madrid on Monday. "
        "Lind thanked the van drivers of the motorcade."
    )
    names = {m.name for mentions in doc.mentions for m in mentions}
    assert names == {"Tove Lind", "Lind"}


def test_a_name_with_particles_is_one_person_across_outlets(people: str) -> None:
    """The name "Von der Leyen" opening a sentence, and "Leyen" alone, are her full name."""
    canon = canonical_names(["Ursula von der Leyen", "Von der Leyen", "Leyen"])
    assert set(canon.values()) == {"Ursula von der Leyen"}

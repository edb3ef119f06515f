"""The agency fallback (issue 10, session 6): when no finder names anyone, the one body that the names standing
in self-referring roles agree on — and null whenever the evidence is not clear. Fixtures in our own words."""

from __future__ import annotations

from summarizer.facts.fallback import opening_subjects
from tests.support.facts import assert_agency, document


def test_a_title_line_in_the_body_is_no_sentence_subject() -> None:
    """2024年青禾县法治政府建设工作要点 under a notice: a title's subject (the title finder's to read), not the
    subject of a sentence, which goes on past its subject to a mark."""
    text = "各乡镇：\n现将工作要点印发给你们，请遵照执行。\n2024年青禾县法治政府建设工作要点\n一、加强组织领导\n"
    assert opening_subjects(text, 0) == []
    sentence = "各乡镇：\n现将工作要点印发给你们，请遵照执行。\n2024年青禾县法治政府建设稳步推进，成效明显。\n"
    assert [cue.name for cue in opening_subjects(sentence, 0)] == ["青禾县"]


def test_a_central_bodys_name_keeps_its_guojia() -> None:
    """国家安全监管总局 in the title, 安全监管总局 in the body: 国家 is part of the name, no page word run onto it."""
    text = (
        "国家安全监管总局2016年依法行政工作情况报告\n一、主要工作\n"
        "安全监管总局认真贯彻落实党中央、国务院决策部署，全面推进依法行政。\n"
    )
    assert_agency(text, "国家安全监管总局", "title")


def test_jiedaoban_alone_names_no_street() -> None:
    """街道办 with no street's name before it is an organ word with no owner, like 街道办事处."""
    text = "2023年，街道办坚持依法行政，扎实推进法治政府建设。\n一、主要工作\n街道办全年办理行政复议案件3件。\n"
    assert document(text).agency is None

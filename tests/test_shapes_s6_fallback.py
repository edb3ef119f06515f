"""The agency fallback (issue 10, session 6): when no finder names anyone, the one body that the names standing
in self-referring roles agree on — and null whenever the evidence is not clear. Fixtures in our own words."""

from __future__ import annotations

import pytest

from summarizer.facts.fallback import opening_subjects
from tests.support.facts import assert_agency, document

# the subject of an opening sentence with a verb no finder lists (多措并举, 还组织), named twice
SUBJECT = (
    "近日，全县依法行政考核工作正式启动。青禾县司法局多措并举做好考核材料审核，逐项对照指标清单查漏补缺。\n"
    "全县各部门按时报送材料。青禾县司法局还组织业务骨干开展交叉评查，发现问题12个。\n"
)
# a text that calls itself 我局 and names one full name of a 局 in its first lines, twice, after 据统计 and 经
# (never in a subject's slot)
OWN_ORGAN = (
    "一、主要工作\n今年以来，我局认真落实行政执法三项制度。据统计，青禾县市场监督管理局全年办理行政处罚案件86件，"
    "经青禾县市场监督管理局法制审核后全部按时公示。\n二、存在问题\n我局执法人员数量不足，专业能力有待提高。\n"
)
# a document of a kind the title finder does not read (a reply), its issuer first on its own line
ISSUER_LINE = "青禾县应急管理局关于对县人大代表第15号建议的答复\n尊敬的代表：\n您提出的建议收悉，现答复如下。\n"
# a county's text (全县 twice) that names one body of its county three times, never as a sentence's subject
OWN_LEVEL = (
    "全县行政执法工作稳步推进。今年，全县共办理行政复议案件40件。据统计，青禾县综合行政执法局全年查处违法建设15起；"
    "同时，青禾县综合行政执法局推行说理式执法；此外，青禾县综合行政执法局公开执法结果全部到位。\n"
)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (OWN_ORGAN, "青禾县市场监督管理局"),
        (OWN_LEVEL, "青禾县综合行政执法局"),
    ],
    ids=["own-organ", "own-level"],
)
def test_fallback_names_the_one_body_in_a_self_referring_role(text: str, agency: str) -> None:
    assert_agency(text, agency, "self-reference")


def test_a_replys_issuer_line_is_its_title_and_names_the_body() -> None:
    # (…建议的答复 is a title of its own, so the title, not the fallback, names the replying bureau)
    assert_agency(ISSUER_LINE, "青禾县应急管理局", "title")


@pytest.mark.parametrize("text", [SUBJECT, SUBJECT.split("\n")[0] + "\n"], ids=["twice", "once"])
def test_an_untitled_news_leads_one_headline_subject_names_its_body(text: str) -> None:
    # (session 33: a real law-site item of this shape, its bureau named once in the lead's second sentence, is
    # labelled that bureau's; a body doing a deed at a sentence's start in a lead's first paragraph is its subject,
    # named once or twice)
    assert_agency(text, "青禾县司法局", "self-reference")


@pytest.mark.parametrize(
    "text",
    [
        # two bodies, each the subject of an opening sentence and named twice: no one body
        "青禾县司法局多措并举做好考核材料审核，逐项查漏补缺。青禾县公安局多措并举做好执法监督，逐案评查。\n"
        "青禾县司法局还组织交叉评查，青禾县公安局还开展案件回访。\n",
        # one body a subject twice, another once: the one named once still stands where the writer would
        "青禾县司法局多措并举做好考核材料审核，逐项查漏补缺。青禾县公安局多措并举做好执法监督，逐案评查。\n"
        "青禾县司法局还组织交叉评查，发现问题12个。\n",
        # an anonymised copy or a template: 某县, xx县 name no one
        SUBJECT.replace("青禾县", "某县"),
        SUBJECT.replace("青禾县", "xx县"),
        # a superior acting on a county's text (我县): 青禾市司法局 is the city's, above the county
        "2024年，我县认真落实行政执法三项制度。青禾市司法局多措并举，推动各县落实，青禾市司法局还开展了督察。\n",
        # a 我局 text naming two bureaus in its first lines: which is the writer it does not say
        OWN_ORGAN.replace("全部按时公示。", "全部按时公示；据悉，青禾县交通运输局全年办理案件12件。"),
        # a 我局 text naming its bureau once, glued to a page word (有效青禾县市场监督管理局) or under a site's search
        # box: a name standing once, heading no title line, is no clear evidence
        "效用状态:有效青禾县市场监督管理局\n今年以来，我局认真落实行政执法三项制度，全部按时公示。\n",
        # the head of a body as a sentence's subject (某局副局长…): a person on a visit or at a meeting
        "近日，青禾县司法局副局长李明带队检查执法工作，李明指出要规范执法。青禾县司法局副局长李明还走访企业。\n",
    ],
    ids=[
        "two-bodies",
        "other-named-once",
        "placeholder",
        "anonymised",
        "superior",
        "two-kin",
        "kin-once",
        "head",
    ],
)
def test_fallback_stays_null_without_clear_evidence(text: str) -> None:
    assert document(text).agency is None


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

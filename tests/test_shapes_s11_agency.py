"""Agencies, session 11 (issue 10): shapes from the blind sets of session 11.

- A text that speaks as a county (我区, 我县) and names its level word right after a verb (联合举行区中小学校…仪式,
  会议原则同意县经发局…) names no place there: a county's or a higher level's own name is one the gazetteer holds
  (some 3,200 divisions), and 举行区 or 原则同意县 is none. A real county named once, as a clause's subject, is still
  the text's own (see tests/test_shapes_s7_agency.py).
- The body inside a noun phrase naming a cited document (国务院发布的《某条例》重点对…) issued that document; it is
  not the subject of the sentence, whatever follows the title.
- 到 between two places in a headline (某区到某镇开展…检查) joins the visitor and the visited, as 赴 does; 邀请 (某镇
  邀请县书法家协会…) joins a host and its guest.
- A passed work report of a city's base courts (各基层法院工作报告获全票通过) names no one court: a court's name starts
  with its place's. A company's board named without its company (董事局) names no one.
- A metadata row of joint issuers (发文机关:中共某区委 某区人民政府) names the government, as such a title does; 本届
  (本届县政府第一次全体会议) points at a government and is no part of its name.
- A level's character that starts a longer word (乡村, 市场, 区域) ends no place in a document a text names as its own
  (我乡制定《青山乡村振兴…方案》 names no 青山乡); nor does a verb before a town's level word (实现镇领导干部述法全覆盖).

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

VERB_BEFORE_A_LEVEL = [
    (
        "a ceremony held for the district's schools",
        "我区教育局与区人民检察院联合举行区中小学校兼职法治副校长聘任仪式\n"
        "2022-04-29 15:30:20\n"
        "4月28日上午，我区教育局与区人民检察院在区实验中学联合举行区中小学校兼职法治副校长聘任仪式，"
        "12名检察官受聘为全区中小学校兼职法治副校长。仪式上，区检察院负责人为受聘检察官颁发聘书。\n",
        "举行区",
    ),
    (
        "a meeting's minutes agreeing to a county bureau's proposal",
        "常务会议纪要\n"
        "xx年xx月xx日，县长主持召开了县政府第xx次常务会议，现将会议确定事项纪要如下：\n"
        "一、关于xx年财政预算执行情况有关问题\n"
        "会议原则同意县财政局关于xx年财政预算执行情况的意见，会后修改完善后报请审批。\n"
        "二、关于城乡发展有关问题\n"
        "会议原则同意县经发局关于调整城乡统筹领导小组组成人员的意见。我县要加快推进城乡一体化。\n",
        "原则同意县",
    ),
]


@pytest.mark.parametrize("name,text,fragment", VERB_BEFORE_A_LEVEL, ids=[n for n, _, _ in VERB_BEFORE_A_LEVEL])
def test_a_verb_before_a_level_word_is_no_place(name: str, text: str, fragment: str) -> None:
    agency = document(text).agency
    assert agency != fragment, name
    assert agency is None or fragment not in agency, name


def test_a_real_county_named_once_as_a_clauses_subject_is_still_its_own() -> None:
    text = (
        "11月7日，市委督察组深入我县，就法治政府建设情况进行督察。\n"
        "督察组指出，庐江县法治政府建设工作扎实推进，亮点纷呈。督察组希望我县进一步提高依法治理水平。\n"
    )
    assert document(text).agency == "庐江县"


def test_the_issuer_of_a_cited_document_is_not_the_texts_writer() -> None:
    """国务院发布的《某条例》重点对…: the body inside a noun phrase that names a cited document issued it; an essay
    that opens so names no writer of its own."""
    text = (
        "关于优化法治化营商环境的调研与思考\n"
        "国务院发布的《优化营商环境条例》重点对政府在营商环境建设中的职责作出规定，为各地改革提供了遵循。"
        "本文结合基层实践，就如何以法治政府建设促进营商环境优化谈几点思考。\n"
        "一、法治是最好的营商环境\n"
        "市场主体最关心的是规则稳定、预期明确。\n"
    )
    assert document(text).agency != "国务院"


def test_a_visit_between_two_places_in_a_headline_is_no_name() -> None:
    """某区到某镇开展…检查: 到 joins the visitor and the visited, as 赴 does; no name holds it."""
    text = (
        "白石区到青禾镇开展法治政府建设考核现场检查\n"
        "2017年12月25日上午，白石区法制办副主任一行到青禾镇现场检查法治政府建设情况。\n"
        "检查组查看了我镇法治政府建设的文件、会议记录、台帐和报表等材料，听取了工作汇报。\n"
    )
    assert "到" not in (document(text).agency or "")


def test_a_passed_report_of_the_base_courts_names_no_court() -> None:
    """银川各基层法院工作报告获全票通过: the base courts of a city, no one court; 各基层法院 is never cut to 层法院.
    One county court's report passed still names that court."""
    many = (
        "白石各基层法院工作报告获全票通过\n"
        "2021-11-23 18:08:00\n"
        "本网讯 11月14日至22日，白石市辖区各县（市、区）人民代表大会相继召开，各基层法院院长向大会作了工作报告，"
        "各基层法院工作报告均获全票通过。\n"
    )
    assert "层法院" not in (document(many).agency or "")
    one = (
        "肥西县人民法院工作报告获全票通过\n"
        "本网讯 1月12日，肥西县第十八届人民代表大会第三次会议表决通过了肥西县人民法院工作报告。\n"
    )
    assert document(one).agency == "肥西县人民法院"


def test_a_board_without_its_company_names_no_one() -> None:
    """董事局由以下九名董事组成: a company's board, whose company the text does not name."""
    text = "企业管治报告\n董事局组成\n于本年报日期，董事局由以下合共九名董事组成。董事局负责制定集团的发展战略。\n"
    assert document(text).agency != "董事局"


def test_an_invitation_between_a_town_and_a_county_body_is_no_name() -> None:
    """新仓镇邀请县书法家协会…: 邀请 joins the host and its guest, as 赴 and 到 join a visitor and the visited."""
    text = (
        "我县开展法治春联贺新春活动\n"
        "发布时间:2019-01-29\n"
        "春节即将来临，为做好法律进乡村普法宣传教育工作，我县各地开展了各式各样的法治宣传活动。\n"
        "一是开展送法治春联进乡村活动。青禾镇邀请县书法家协会的书法家现场书写法治春联，免费赠送群众。\n"
        "二是开展法律咨询活动。\n"
    )
    assert "邀请" not in (document(text).agency or "")


def test_a_metadata_row_of_a_party_committee_and_its_government_names_the_government() -> None:
    """发文机关:中共某区委 某区人民政府: joint issuers in one row; the government is named on its own, as the title
    中共某区委 某区人民政府关于… names it."""
    text = (
        "| 索引号:000014349/2026-01325 | |\n"
        "| 发文字号:白字〔2026〕1号 | 发文时间:2026-01-14 |\n"
        "| 发文机关:中共白石市青禾区委 白石市青禾区人民政府 | 主题词: |\n"
        "| 主题分类: | 发布日期:2026-01-15 |\n"
        "2025年，青禾区坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "全年制定行政规范性文件3件，办结行政复议案件56件。\n"
        "二、存在的不足和原因\n"
        "基层执法力量不足。\n"
    )
    assert document(text).agency == "白石市青禾区人民政府"


def test_this_terms_government_is_no_name() -> None:
    """今天，我们召开本届县政府第一次全体会议: 本届 (this term's) points at the government; it is no part of a name."""
    text = (
        "县长在县政府全体会议上的讲话\n"
        "同志们：今天，我们召开本届县政府第一次全体会议，主要任务是贯彻落实县党代会和县两会精神，动员安排重点工作任务。\n"
        "一、统一思想，明确任务\n"
    )
    assert "本届" not in (document(text).agency or "")


@pytest.mark.parametrize(
    "document_title,agency",
    [("《青山乡村振兴法治保障三年行动方案》", None), ("《青山乡2023年法治政府建设工作要点》", "青山乡")],
)
def test_a_level_character_that_starts_a_longer_word_ends_no_place(document_title: str, agency: str | None) -> None:
    """我乡制定《青山乡村振兴…方案》: 乡村 (rural) is a word of its own, as 市场 is in 《某市农贸市场…》; the town names
    itself only when its name ends where the word does (《青山乡2023年…要点》)."""
    text = (
        "2023年，我乡坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        f"（一）完善制度。我乡制定{document_title}，明确12项任务。\n"
        "二、存在的不足和原因\n"
        "基层法治力量薄弱。\n"
    )
    assert document(text).agency == agency


def test_a_verb_before_a_towns_level_word_is_no_town() -> None:
    """全年…，实现镇领导干部述法全覆盖: 实现 (achieve) before 镇领导干部 names no town called 实现镇."""
    text = (
        "2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、工作开展情况\n"
        "（一）组织领导到位。成立镇法治政府领导小组，全年开展法治理论专题学习4次，实现镇领导干部述法全覆盖。\n"
        "二、存在的不足和原因\n"
        "我镇法治人才不足。\n"
    )
    assert document(text).agency != "实现镇"

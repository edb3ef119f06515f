"""Annual reports' facts, session 9 (issue 10): shapes from the blind set BN.

- A template site's copy titles a town's summary with a kind of place, not a place (乡镇委员会依法行政工作年度总结):
  乡镇, 镇街, 县区, 县市区 name every town or county at once, so no one body wrote it; 县市场监管局 (a county's
  market regulator) and 乡镇企业局 stay names.
- A summary's title that adds next year's plan (…年度总结和2024年工作思路) names the plan's year, not the year summed
  up: with no year of the summary's own in the title the year comes from the body, or stays unknown (a null beats a
  wrong year). A title naming both (2023年工作总结和2024年工作计划) keeps the first.

- A site's menu of short labels broken over two lines each (政府信息 / 公开年报) is no title; 市委、市政府： on a line of
  its own is the reader a report is addressed to, not its joint subject.
- A report without title or formula whose part ① heading names the rule-of-law work (一、推进法治政府建设的成效和主要
  举措, either order) names its work there.

- An opening that frames its year first names its writer after 这一年，; a title keeps its line when its date
  follows in brackets (…年度报告 ( 2020.12.10 )).

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from .support.facts import document

BODY = (
    "xxxx年以来，在县委、县政府的正确领导下，我镇认真贯彻习近平法治思想，推动全镇法治建设工作取得实效，"
    "现将具体工作情况报告如下：\n"
    "一、xxxx年法治政府建设工作总结\n"
    "（一）落实领导责任。镇党委定期研究法治建设工作，全年召开专题会议4次。\n"
    "二、存在的问题\n基层执法力量不足。\n"
    "三、下一步工作思路\n持续推进镇村法律顾问全覆盖。\n"
)


@pytest.mark.parametrize("kind", ["乡镇委员会", "镇街党委", "县区政府", "县市区人民政府"])
def test_a_kind_of_place_names_no_writer(kind: str) -> None:
    doc = document(f"{kind}依法行政工作年度总结\n" + BODY)
    assert doc.agency is None


def test_a_countys_market_regulator_is_still_named() -> None:
    text = (
        "县市场监管局2023年法治政府建设情况报告\n"
        "2023年，县市场监管局在县委、县政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年办理行政处罚案件86件。\n"
    )
    assert document(text).agency == "县市场监管局"


def test_the_plans_year_in_a_summarys_title_is_not_the_year_reported() -> None:
    doc = document("柳溪镇依法行政工作年度总结和2024年工作思路\n" + BODY)
    assert doc.report_year is None


def test_the_plans_year_gives_way_to_the_bodys_year() -> None:
    body = BODY.replace("xxxx年以来", "2023年以来").replace("xxxx年法治", "2023年法治")
    assert document("柳溪镇依法行政工作年度总结和2024年工作思路\n" + body).report_year == 2023


def test_a_title_naming_both_years_keeps_the_summarys() -> None:
    assert document("柳溪镇2023年依法行政工作总结和2024年工作思路\n" + BODY).report_year == 2023


# a district site's menu, each label broken over two lines (政府信息 / 公开年报, 政府网站 / 年度报表), above the report
MENU = (
    "青禾市石岭区人民政府\n法定主动\n公开内容\n政策\n试点领域\n信息公开\n政府信息\n公开年报\n依申请\n公开\n"
    "政府网站\n年度报表\n地方部门\n链接\n"
    "石岭区2020年度法治政府建设情况报告\n"
    "2020年，在区委的正确领导下，区政府坚持以习近平法治思想为引领，持续推进依法行政，"
    "现将有关情况汇报如下：\n"
    "一、2020年法治政府建设工作开展情况\n（一）深化放管服改革。全年取消调整行政许可事项12项。\n"
    "二、存在的问题\n基层执法力量不足。\n"
)


def test_a_sites_menu_is_no_title() -> None:
    doc = document(MENU)
    assert doc.title == "石岭区2020年度法治政府建设情况报告"
    assert doc.doc_type == "annual_report"
    assert doc.report_year == 2020


# a title broken over short lines is no menu: it stays whole
SPLIT = (
    "青禾县司法局\n关于2023年度法治政府建设\n情况的报告\n"
    "2023年，县司法局坚持以习近平法治思想为指导，深入推进依法行政，现将有关情况报告如下：\n"
    "一、主要举措和成效\n全年审查规范性文件18件。\n"
)


def test_a_title_broken_over_short_lines_is_no_menu() -> None:
    assert document(SPLIT).title == "青禾县司法局关于2023年度法治政府建设情况的报告"


# a district's report addressed to its city's 市委、市政府 (the reader, on a line of its own), speaking as 全区, naming
# its own document in full: the addressee's level is not the writer's
ADDRESSED = (
    "2019年度法治政府建设工作情况报告\n"
    "市委、市政府：\n"
    "2019年，在区委的正确领导下，全区深入贯彻习近平法治思想，持续推进依法行政，现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）压实第一责任人职责。印发《青禾市石岭区2019年度党政主要负责人履行推进法治建设第一责任人职责清单》。\n"
    "（二）规范行政执法。全年办理行政处罚案件312件。\n"
)


def test_the_addressees_level_names_no_writer() -> None:
    assert document(ADDRESSED).agency != "青禾市"


# a report without title or formula whose part ① heading names the rule-of-law work (一、推进法治政府建设的成效和主要
# 举措, its words in either order) is an annual report; a bureau's general summary with the same heading of its own
# work is not
PART_ONE_NAMED = (
    "2022年，市科技局以习近平新时代中国特色社会主义思想为指导，坚持依法履行科技行政职能，为打造创新活力之城提供有力保障。\n"
    "一、推进法治政府建设的成效和主要举措\n"
    "依法履行工作职责，全市研发经费投入667亿元，投入强度达3.68%。\n"
    "1.依法履行职责。全面贯彻落实科技进步法，制定配套文件5件。\n"
)
PART_ONE_OTHER = PART_ONE_NAMED.replace("一、推进法治政府建设的成效和主要举措", "一、科技创新工作的成效和主要举措")


def test_a_part_one_naming_the_work_makes_a_report() -> None:
    assert document(PART_ONE_NAMED).doc_type == "annual_report"


def test_a_part_one_of_other_work_makes_none() -> None:
    assert document(PART_ONE_OTHER).doc_type != "annual_report"


# an opening that frames the year first (2021年是…之年。这一年，某市委、市政府以…为指导，…): the subject after 这一年
THIS_YEAR = (
    "2021年时间节点特殊，是“十四五”规划开局之年，也是“八五”普法启动年。这一年，石岭市委、市政府以习近平法治思想为指导，"
    "持续推进法治政府建设，取得积极成效。现将2021年度法治政府建设情况报告如下。\n"
    "一、加强法治政府建设顶层设计\n（一）履行第一责任人职责。市政府常务会议专题研究法治政府建设4次。\n"
)


def test_the_subject_after_this_year_is_the_writer() -> None:
    assert document(THIS_YEAR).agency == "石岭市委、市政府"


# a title with its date in brackets on its line (市外办2020年法治政府建设年度报告 ( 2020.12.10 )): still the title
DATED_TITLE = (
    "市外办2020年法治政府建设年度报告 ( 2020.12.10 )\n"
    "一、法治工作总结\n"
    "2020年，我办深入学习贯彻习近平法治思想，持续推进外事工作法治化，现就我办2020年法治工作相关情况汇报如下。\n"
    "1、坚持依法防控。审核涉外合同12份，办理涉外法律咨询30余件。\n"
)


def test_a_title_with_its_date_in_brackets() -> None:
    doc = document(DATED_TITLE)
    assert doc.title == "市外办2020年法治政府建设年度报告"
    assert doc.agency == "市外办"
    assert doc.report_year == 2020

"""Agencies, session 12 (issue 10): shapes from the labelled sets A–EN, blind sets of session 12 among them.

- A zone's management committee that names itself by its short form (某经济区管委会) and calls itself 我委 speaks as
  that committee, as one that writes out 管理委员会 does; a bureau (某区司法局) named where the text says 我委 is still
  no body the text speaks as.
- A department's name may join its two fields with 与 (某市海洋与渔业局, 某局自然资源与规划建设交通局), as others join
  them with 和; 与 between two bodies still makes no name.
- A metadata row may be a list's item (- 发布机构:某局): the issuer it names is read as any row's is. A poster is not the
  writer when it posts another's text: an organ of the place whose report the opening says it is (发布机构：某区司法局
  over 2025年，…，某区坚持…), or an organ named by its level alone under a title that opens with a place of another
  level (发布机构：县民政局 over 某省…三年行动方案).
- A bureau's head who presents the government's rule-of-law report to a congress (某区司法局局长 某某 / …我受区人民
  政府委托，报告法治政府建设情况) speaks for the government; one who presents the bureau's own audit work under the same
  commission (…报告2023年度区级预算执行和其他财政收支的审计工作情况) speaks for the bureau.
- A newspaper group's masthead lists its papers, institutes and companies on the first lines (某日报 某时报 / 某舆情
  研究院 某图片社): no authors of the story under it.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import assert_agency, document

_ZONE_REPORT = (
    "2020年，{name}在区委、区政府的正确领导下，以习近平新时代中国特色社会主义思想为指引，深入推进依法行政，加快建设"
    "法治政府，各项工作取得新的进展。现将{name}2020年度法治政府建设情况报告如下：\n"
    "一、基本情况与主要工作特点\n"
    "（一）强化统筹协调\n"
    "我委把推进依法行政工作作为今年工作的重点内容，做到任务分解到位、责任落实到位。\n"
)


@pytest.mark.parametrize("name", ["青禾临港经济区管委会", "青禾临港经济区管理委员会"])
def test_a_zones_committee_that_calls_itself_our_committee_is_the_agency(name: str) -> None:
    assert_agency(_ZONE_REPORT.format(name=name), name, "preamble")


def test_a_bureau_is_no_body_that_calls_itself_our_committee() -> None:
    assert document(_ZONE_REPORT.format(name="青禾区司法局")).agency is None


def test_a_department_that_joins_its_fields_with_yu_is_named() -> None:
    text = (
        "青禾市海洋与渔业局2025年法治政府建设情况年度报告\n"
        "2025年，我局深入贯彻落实法治政府建设的决策部署，扎实推进法治政府建设各项工作。现将我局2025年度法治政府建设"
        "情况报告如下：\n一、2025年度法治政府建设主要举措及成效\n全年办结行政执法案件36件。\n"
    )
    assert_agency(text, "青禾市海洋与渔业局", "title")


def test_bodies_joined_by_yu_make_no_name() -> None:
    from summarizer.facts.names import org_name

    assert org_name("青禾市司法局与青禾市民政局") is None


_BULLETED = (
    "- 索 引 号:370403/2026-00187\n"
    "- 主题分类:法治政府建设年报\n"
    "- 发布机构:{issuer}\n"
    "- 成文时间:2026年01月28日\n"
    "{title}\n\n"
)


def test_a_bulleted_metadata_row_names_the_issuer() -> None:
    text = _BULLETED.format(issuer="长丰县市场监督管理局", title="关于2025年度法治政府建设情况的报告") + (
        "2025年，我局坚持以习近平法治思想为指导，扎实推进市场监管领域法治建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年办结行政处罚案件120件。\n"
    )
    assert_agency(text, "长丰县市场监督管理局", "metadata")


def test_a_bureau_that_posts_its_places_report_is_not_its_writer() -> None:
    text = _BULLETED.format(issuer="长丰县司法局", title="关于2025年度法治政府建设情况的报告") + (
        "2025年，在市委、市政府的坚强领导下，长丰县坚持以习近平法治思想为根本遵循，系统推进法治政府建设。\n"
        "一、强化政治引领\n全年召开县政府常务会议专题研究法治工作6次。\n"
    )
    assert_agency(text, "长丰县", "preamble")


def test_a_county_bureau_that_reposts_a_provinces_plan_is_not_its_writer() -> None:
    text = _BULLETED.format(issuer="县民政局", title="安徽省法治民政建设三年行动方案") + (
        "为贯彻落实《法治政府建设实施纲要（2021-2025年）》，深化法治民政建设，制定本方案。\n"
        "一、总体要求\n到2023年，民政法规制度体系更加完备。\n"
    )
    assert document(text).agency != "县民政局"


def test_a_newspaper_groups_masthead_names_no_author() -> None:
    text = (
        "青禾日报 白石时报 小禾同学\n青禾头条 掌中青禾\n"
        "白石舆情研究院 白石创新发展研究院 白石云媒大数据研究院 青禾白石图片社\n"
        "白石品牌联盟 湾区主流媒体联盟 新媒体公司 报业印务公司\n"
        "12月28日，市司法局举行行政复议开放日活动，邀请人大代表、政协委员走进行政复议机构，介绍2023年行政复议和"
        "行政应诉工作情况。\n活动中，市司法局负责人表示，将持续发挥行政复议化解行政争议的主渠道作用。\n"
    )
    assert "研究院" not in (document(text).agency or "")


_SPEECH = (
    "——2023年9月26日在白石区第十六届人大常委会第十四次会议上\n"
    "白石区{bureau}局长 青禾\n"
    "主任、各位副主任、各位委员：\n"
    "根据区人大常委会工作安排，我受区人民政府委托，{what}。\n"
    "一、工作成效\n全年办理案件46件。\n"
)


def test_a_bureau_head_presenting_the_governments_rule_of_law_report_speaks_for_it() -> None:
    text = _SPEECH.format(bureau="司法局", what="报告法治政府建设情况")
    assert_agency(text, "区人民政府", "speech")


def test_an_audit_head_presenting_the_bureaus_own_work_speaks_for_the_bureau() -> None:
    text = _SPEECH.format(bureau="审计局", what="向区人大常委会报告2023年度区级预算执行和其他财政收支的审计工作情况")
    assert document(text).agency == "白石区审计局"

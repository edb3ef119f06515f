"""Agencies, session 13 (issue 10): shapes from the labelled sets A–ER, blind sets of session 13 among them.

- A news item without a headline opens on its purpose and then its lead: 为进一步…，充分发挥…，近日，某乡组织… The
  body that does the deed on the day the lead names (组织, 成立, 联合, 开展…) is the body whose work the news tells,
  even when the item names it once and calls it 该院 after; a name that runs on into more words of a name (某县公共
  法律服务的大篷车, 某省人大代表, 某局法规科科长) was read short and names no one.
- A prefecture's or a banner's Party committee keeps its 中共 (中共某州委), as a county's does.
- A legislature's numbered session opening a lead (近日，某区人大常委会第15次会议召开) is news of what it heard: of the
  body whose report it heard when the lead says so, of no one when it does not.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from .support.facts import assert_agency, document

_TRAINING = (
    "为进一步提高矛盾纠纷调处能力，充分发挥人民调解化解基层矛盾的作用，近日，{subject}对《中华人民共和国人民调解法》"
    "开展专题培训，辖区各村人民调解员30余人参加。\n"
    "培训围绕调解程序、调解协议的效力等内容展开，并结合邻里纠纷、婚姻家庭纠纷等案例进行讲解。\n"
    "此次培训进一步提升了{again}人民调解员的业务水平，为维护基层和谐稳定打下了基础。\n"
)


def test_the_body_that_does_the_deed_on_the_leads_day_after_a_purpose_is_the_agency() -> None:
    text = _TRAINING.format(subject="青禾乡组织辖区人民调解委员会", again="青禾乡")
    assert_agency(text, "青禾乡", "self-reference")


def test_a_lead_subject_named_once_and_then_called_the_court_is_the_agency() -> None:
    text = (
        "本报讯（通讯员 林一）为进一步增强群众的法律意识，日前，青禾县检察院成立法治宣讲团，积极开展送法进校园、"
        "送法进农村、送法进企业等系列活动。\n"
        "该院成立了以副检察长任组长的活动领导小组，制定了宣讲活动的实施方案，明确各部门的责任分工。\n"
    )
    assert_agency(text, "青禾县检察院", "self-reference")


@pytest.mark.parametrize(
    "lead",
    [
        # a place whose name runs on into a thing's: the caravan is the subject, not the district
        "近日，青禾区公共法律服务的大篷车驶入湖滨街道柳岸社区纳凉点，为居民送去法律咨询服务。",
        # a province's deputy is a person: the lead names no body that acts
        "近日，南屿省人大代表、青禾区区长林某带队来到青禾经济开发区人民法院，了解府院联动化解行政争议的情况。",
        # a bureau's section head leads a team: the bureau read short
        "近日，青禾市农牧局法规科科长林某一行4人到柳岸县开展农牧业综合行政执法交叉检查。",
    ],
)
def test_a_name_read_short_in_a_lead_is_no_agency(lead: str) -> None:
    text = lead + "\n活动现场，工作人员向群众发放宣传资料200余份，解答法律咨询30余人次。\n"
    assert document(text).agency is None


_SESSION = "近日，青禾区三届人大常委会第15次会议召开，区人大常委会组成人员出席会议。{heard}\n会议还审议了其他事项。\n"


def test_a_legislatures_session_that_hears_a_governments_report_is_news_of_the_government() -> None:
    heard = "会议听取了区人民政府关于2023年度法治政府建设情况的报告。"
    assert document(_SESSION.format(heard=heard)).agency == "区人民政府"


def test_a_legislatures_session_under_a_headline_of_others_deeds_is_not_the_legislatures_news() -> None:
    # (the headline tells who reported: the departments' heads, not the session that heard them)
    heard = "区政府22个组成部门的主要负责同志在会上述职，常委会组成人员进行了满意度测评。"
    text = (
        "当前位置: 主页 > 新闻中心 > 县区动态 >\n县区动态\n\n青禾区政府22名组成部门主要负责同志向区人大常委会述职\n\n"
        "发布时间:2018-12-04     阅读次数:\n\n" + _SESSION.format(heard=heard)
    )
    assert document(text).agency is None


@pytest.mark.parametrize("committee", ["中共青禾州委", "中共青禾旗委"])
def test_a_prefectures_party_committee_keeps_its_party_name(committee: str) -> None:
    # (中共 before a bureau's party group is dropped, 中共某局党组 speaking for the bureau; before a committee of a
    # prefecture or a banner it is the committee's own name, as before a county's or a city's)
    text = (
        "各县（市）党委，州委各部委，州直各部门党组（党委）：\n"
        "现将《青禾州法治社会建设实施方案（2021—2025年）》印发给你们，请结合实际认真贯彻落实。\n"
        f"{committee}\n2022年1月23日\n"
    )
    assert document(text).agency == committee

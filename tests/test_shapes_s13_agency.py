"""Agencies, session 13 (issue 10): shapes from the labelled sets A–ER, blind sets of session 13 among them.

- A news item without a headline opens on its purpose and then its lead: 为进一步…，充分发挥…，近日，某乡组织… The
  body that does the deed on the day the lead names (组织, 成立, 联合, 开展…) is the body whose work the news tells,
  even when the item names it once and calls it 该院 after; a name that runs on into more words of a name (某县公共
  法律服务的大篷车, 某省人大代表, 某局法规科科长) was read short and names no one.
- A prefecture's or a banner's Party committee keeps its 中共 (中共某州委), as a county's does.
- A bureau's station (某县司法局某司法所, 某县卫生计生监督所, 某县公安局某派出所) is a body of its own, the subject of
  its news; a bureau's report that names its stations stays the bureau's.
- A disclosure report's contact office for open government (请与某街道办事处政务公开工作领导小组办公室联系)
  stands for its body (a province's for the province), as its general office does; a standing member of a Party
  committee (某省委常委、政法委书记某某) is a person, a session (县政协七届十七次常委会议) no body, and a pointer
  (本街道, 该镇) no place; a bureau's Party committee member who leads a visit (某局党委委员、副局长某某带领…一行，
  到某区督察) is the visitor, not the body whose work the news tells.
- A half-year's summary opens on its half year (2024年上半年，某区司法局坚持…) before its writer, as a year's does.
- 获 before a name is a verb (获国家某总局表扬), no part of it (获嘉县 is a county).
- A lead names its body before its day or its run of days (某县卫健委于12月25日至26日组织开展…, 某区政府于10月30日上午
  举行…), and after a paper's credit with no brackets (某某日报讯 市人大常委会…); the first of its kind (某县首个…广场,
  某省首家公职律师办公室) is a thing the place has, not a body that acts.
- A headline may open on its year (2023年某市某大队开展…) before the body that acts, or tell of a meeting held
  (某州人民政府第二届法律顾问工作会议召开): the body that held it, or, a legislature's session, the body it heard.
- A legislature's numbered session opening a lead (近日，某区人大常委会第15次会议召开) is news of what it heard: of the
  body whose report it heard when the lead says so (one report, however often told), of no one when it does not or
  when it heard one body's reports on several subjects (a session's agenda).

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
    # (read as the lead's subject before its deed since session 16; the text's self-reference before that)
    assert_agency(text, "青禾乡", "preamble")


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
        # (a bureau's section head leading a team to another place was here until session 30: the labels of real
        # visits name the visitor's bureau, and so does the engine since; see test_shapes_s30)
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


@pytest.mark.parametrize(
    "name",
    ["青禾县司法局河东司法所", "青禾县卫生计生监督所", "青禾县公安局城关派出所"],
)
def test_a_station_of_a_bureau_is_named_as_the_body_of_its_news(name: str) -> None:
    text = (
        f"{name}开展“法律进乡村”普法宣传活动\n"
        f"近日，{name}深入河东村，面对面为群众讲解民法典、人民调解法等法律知识，发放宣传资料300余份。\n"
    )
    assert document(text).agency == name


def test_a_bureaus_report_that_names_its_stations_is_still_the_bureaus() -> None:
    text = (
        "青禾县司法局2023年法治政府建设年度报告\n"
        "2023年，我局在县委、县政府的领导下，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "指导河东司法所、城关司法所规范开展人民调解工作，全年调解纠纷236件。青禾县司法局河东司法所被评为"
        "全省模范司法所。\n"
    )
    assert document(text).agency == "青禾县司法局"


def test_a_headline_that_opens_on_its_year_names_its_body_after_it() -> None:
    text = (
        "2023年青禾市农业综合行政执法大队开展农资打假专项整治行动\n"
        "为进一步加强农资市场监管，严厉打击生产销售假劣农资违法行为，我市农业综合行政执法大队在春耕期间开展"
        "专项整治，共检查农资经营门店46家。\n"
    )
    assert document(text).agency == "青禾市农业综合行政执法大队"


_MEETING_HEADLINE = "{headline}\n{lead}会议还对下一阶段工作作了部署。\n"


def test_a_headline_of_a_meeting_held_names_the_body_that_held_it() -> None:
    headline = "青禾州人民政府第二届法律顾问工作会议召开"
    lead = "会议宣布了州政府第二届法律顾问名单并颁发了聘书，总结回顾了政府法律顾问工作。"
    assert document(_MEETING_HEADLINE.format(headline=headline, lead=lead)).agency == "青禾州人民政府"


def test_a_headline_of_a_legislatures_session_held_is_news_of_the_report_it_heard() -> None:
    headline = "青禾县人大常委会第十次会议召开"
    lead = "12月8日，青禾县人大常委会第十次会议召开，会议听取了县人民政府关于2023年度法治政府建设情况的报告。"
    assert document(_MEETING_HEADLINE.format(headline=headline, lead=lead)).agency == "县人民政府"


def test_a_half_years_summary_names_its_writer_after_its_half_year() -> None:
    text = (
        "2024年上半年，青禾区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想，"
        "围绕区委、区政府中心工作，凝心聚力，实干笃行。\n"
        "一、对标一流，扎实推进法治政府建设\n（一）统筹谋划法治建设。开展法治调研课题6项。\n"
    )
    assert document(text).agency == "青禾区司法局"


@pytest.mark.parametrize(
    ("office", "body"),
    [("青禾区柳岸街道办事处政务公开工作领导小组办公室", "青禾区柳岸街道办事处"), ("南屿省政务公开办公室", "南屿省")],
)
def test_a_disclosure_reports_open_government_office_stands_for_its_body(office: str, body: str) -> None:
    text = (
        "本报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据统计期限从2024年1月1日起至2024年"
        f"12月31日止。如对本年度报告有疑问，请与{office}联系。\n"
        "一、总体情况\n2024年，本街道主动公开政府信息120条。\n"
    )
    assert document(text).agency == body


@pytest.mark.parametrize(
    "lead",
    [
        # a standing member of a province's Party committee is a person, not the committee
        "本刊讯 8月15日至16日，由南屿省委政法委、省法学会联合主办的第三届“湖畔法治论坛”在青禾召开。近200人参加了"
        "论坛活动。南屿省委常委、政法委书记林某出席开幕式并讲话。",
        # a session of a political consultative conference is no body's name
        "县政协七届十七次常委会议在听取县司法局工作汇报的基础上，进行了认真的评议。",
    ],
)
def test_a_person_or_a_session_is_no_body(lead: str) -> None:
    agency = document(lead + "\n与会人员围绕相关工作进行了交流。\n").agency
    assert agency not in ("南屿省委", "县政协七届十七次常委", "县政协七届十七次常委会议")


def test_a_pointer_to_the_place_is_no_name_of_it() -> None:
    text = (
        "2023年，柳岸路街道以习近平法治思想为指导，坚持依法履行职能，高质量推进基层法治政府建设。现将本街道2023年"
        "法治政府建设工作情况报告如下：\n一、主要举措和成效\n全年开展法治讲座12场。\n"
    )
    assert document(text).agency == "柳岸路街道"


def test_a_bureaus_committee_member_leading_a_visit_is_the_visitor() -> None:
    text = (
        "青禾市委依法治市办督察组督察柳岸区法治政府建设工作\n"
        "发布时间：2019-12-11\n"
        "12月10日，市司法局党委委员、副局长林某带领市委法治政府建设第四督察组一行，到柳岸区督察法治政府建设工作。"
        "区委副书记、区政府副区长等陪同督察。\n"
    )
    assert document(text).agency != "市司法局"


def test_a_session_that_heard_one_bodys_reports_on_several_subjects_is_no_ones_news() -> None:
    text = (
        "区十一届人大常委会第十一次会议召开\n"
        "9月6日，区十一届人大常委会召开第十一次会议。\n"
        "会议审议通过了区人民政府关于2023年上半年财政预算执行情况的报告；审议通过了区人民政府关于2023年上半年国民"
        "经济和社会发展计划执行情况的报告；审议通过了区人民政府关于2022年环境状况和环境目标完成情况的报告。\n"
    )
    assert document(text).agency != "区人民政府"


def test_a_session_that_heard_one_report_told_twice_is_news_of_its_body() -> None:
    text = (
        "11月2日，区人大常委会以座谈会形式专题听取了区人民政府关于2023年工作推进情况报告。区长林某到会并报告工作。\n"
        "常委会组成人员在听取林某代表区人民政府所作的2023年工作推进情况报告后，对区人民政府的工作予以肯定。\n"
    )
    assert document(text).agency == "区人民政府"


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        (
            "为持续提升卫生健康行政执法规范化水平，青禾县卫生健康委员会于12月25日至26日组织开展年度卫生健康行政"
            "执法案卷集中评查。",
            "青禾县卫生健康委员会",
        ),
        (
            "为了深入推进依法行政，加快法治政府建设，柳岸区政府于10月30日上午举行政府法律顾问聘任仪式，聘任10位"
            "法学专家和律师担任区政府法律顾问。",
            "柳岸区政府",
        ),
        ("青禾日报讯 市人大常委会认真履行职责，积极开展执法检查，加快法治青禾建设。", "市人大常委会"),
    ],
)
def test_a_leads_subject_before_its_day_or_after_a_bracketless_credit_is_its_body(lead: str, agency: str) -> None:
    assert document(lead + "\n此次活动进一步提升了干部的法治意识。\n").agency == agency


@pytest.mark.parametrize(
    ("lead", "not_agency"),
    [
        (
            "本报讯 青禾省省直机关首家公职律师办公室日前在青禾省工商局挂牌成立。青禾省工商局高度重视公职律师工作。",
            "青禾省省直机关首家公职律师办公室",
        ),
        ("青禾县首个县级法治主题广场——湖畔法治广场于近日全面建成并投入使用，总占地面积约33亩。", "青禾县"),
    ],
)
def test_the_first_of_its_kind_is_a_thing_not_a_body(lead: str, not_agency: str) -> None:
    body = (
        "\n广场内设有宪法长廊、民法典宣传栏等设施，全县群众休闲时即可学法。\n"
        "下一步，青禾县将把广场打造成全县法治宣传教育的重要阵地，让全县群众在潜移默化中增强法治意识。\n"
    )
    assert document(lead + body).agency != not_agency


def test_a_real_place_that_starts_with_a_verbs_character_is_still_a_name() -> None:
    from summarizer.facts.names import exact_name

    # (获 before a name is a verb, 获国家市场监管总局表扬; 获嘉县 is a county)
    assert (exact_name("获嘉县司法局"), exact_name("获国家市场监管总局")) == ("获嘉县司法局", None)

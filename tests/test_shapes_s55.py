"""Shapes of session 55 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import assert_agency, document


def test_an_e_papers_headline_under_its_page_list_has_its_subheading_then_its_date() -> None:
    # an e-paper page: issue navigation, the list of the page's articles, then the headline, its subheading and
    # the date row with the paper's source; the headline is the item's title and names its body
    text = (
        "2024年05月10日 上一期 下一期\n返回本版列表 点击率: 字体: 放大 默认 缩小\n综合\n本版面文章\n"
        "· 某地推进校园周边治理\n· 水务执法进社区\n· 图片新闻\n· 普法宣传走向田间地头\n"
        "宁川省统计局健全统计普法工作机制\n普法宣传走向田间地头\n"
        "( 2024-05-10 ) 稿件来源: 某某日报综合\n□ 本报记者 张某\n"
        "“大家看看这份统计报表，填报要实事求是。”在宁川省某县的一个村委会，统计普法志愿者正在讲解。"
        "近年来，宁川省统计局把统计普法作为依法统计的基础工作，组织宣讲活动120余场。\n"
    )
    doc = document(text)
    assert doc.title == "宁川省统计局健全统计普法工作机制"
    assert (doc.agency, doc.report_year) == ("宁川省统计局", 2024)


def test_a_bodys_account_of_how_its_work_runs_is_its_own() -> None:
    # a title that is the body's name and 工作情况汇报 / 运行情况汇报, no year, no 关于
    text = (
        "平川县政务服务中心运行情况汇报\n一、基本情况\n"
        "为深化行政审批制度改革，县委、县政府于2019年9月正式成立政务服务中心，进驻部门26个。\n"
    )
    assert_agency(text, "平川县政务服务中心", "title")
    text = (
        "平川县交通运输局开展法治政府示范创建工作情况汇报\n"
        "今年以来，我局按照县委、县政府的部署，扎实开展法治政府示范创建工作。现将有关情况汇报如下：\n"
    )
    assert_agency(text, "平川县交通运输局", "title")


def test_a_meeting_that_heard_an_account_is_not_named_by_it() -> None:
    # the session heard the account: its title's subject is not the account's maker
    text = (
        "区政府第3次常务会议听取人大代表建议和政协提案办理情况汇报\n"
        "5月3日，区政府召开第3次常务会议，听取人大代表建议和政协提案办理情况汇报。\n"
    )
    assert document(text).agency == "区政府"


def test_an_untitled_disclosure_report_names_itself_by_the_budget_it_published() -> None:
    # no title, the body only 我厅; its own budget and accounts it published carry its full name
    text = (
        "本年度报告根据《中华人民共和国政府信息公开条例》和有关规定编制。\n一、总体情况\n"
        "2023年，我厅坚持以公开为常态、不公开为例外，不断提升政务公开质量。\n（一）主动公开\n"
        "2023年，我厅门户网站公开发布各类政务信息3200条，主动公开宁川省司法厅2023年部门预算和2022年度部门决算，"
        "依法发布行政许可1200件。\n（二）依申请公开\n2023年，我厅共收到政府信息公开申请15件。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.agency, doc.report_year) == ("information_disclosure_report", "宁川省司法厅", 2023)


def test_a_border_inspection_head_station_named_by_its_province_is_a_body_at_work() -> None:
    # a wire story: the station (named by its province's stem, no 省) works with the province's department
    text = (
        "云南开展“法治宣传固边防”活动\n新华社昆明2月8日电 题：云南开展“法治宣传固边防”活动\n新华社记者某某\n"
        "近年来，云南出入境边防检查总站联合云南省司法厅在边境地区开展“法治宣传固边防”活动，"
        "利用重大节日深入学校、企业、村寨宣讲法律。\n"
    )
    assert document(text).agency == "云南出入境边防检查总站"


def test_one_unit_of_a_roundup_is_not_the_roundups_body() -> None:
    # the lead says the place's units all held activities; the next paragraph tells of one of them
    text = (
        "2020年12月4日是第七个国家宪法日。我州各单位积极开展形式多样的普法活动。\n"
        "延平出入境边防检查站以“弘扬宪法精神”为主题，联合州人大、市人民法院等单位，以专题讲座、发放宣传单等形式宣传宪法。\n"
        "州司法局在州广场设立咨询台，解答群众法律问题80余人次。\n"
    )
    assert document(text).agency is None

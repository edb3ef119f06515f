"""The issuing agency of near misses, session 7 round 2: inspections, a place opening a clause, a province's
document in a city's news.

Found on blind sets of news and near misses: an inspection's news is about the body visited (某检查组到某局检查…),
not the visiting team, whose name the headline gives first; a county named once as a clause's subject after a
comma (督察组指出，某县法治政府建设工作扎实推进) in a text that says 我县; a city's news that says 我市 and 我省 and cites
the province's document (省政府制定了《某省…》) read as the province's own. Texts in our own words; places and
bodies invented.
"""

from __future__ import annotations

from tests.support.facts import document

# --- an inspection: the body visited -----------------------------------------------------------------------


def test_an_inspections_headline_gives_the_body_visited() -> None:
    text = (
        "区人大法制委员会到区司法局专题调研法治政府建设工作\n"
        "3月8日，区人大常委会副主任某某带队到区司法局专题调研我区法治政府建设工作。\n"
        "座谈中，区司法局汇报了上一年度全区法治建设情况和下一步工作计划。与会人员进行了交流。\n"
    )
    doc = document(text)
    assert doc.agency == "区司法局"
    assert doc.evidence.agency_source == "title"


def test_an_inspections_lead_without_a_headline_gives_the_body_visited() -> None:
    text = (
        "4月12日上午，市委依法治市办派出督导组到市民政局调研指导法治建设工作开展情况。\n"
        "督导组与民政局有关负责同志召开座谈会，查阅了有关台账资料，提出了意见建议。\n"
    )
    assert document(text).agency == "市民政局"


def test_a_place_visited_is_the_agency_of_a_text_that_speaks_as_that_place() -> None:
    text = (
        "9月6日，区司法局局长某某一行来到青禾镇调研法治建设工作，镇党委副书记某某陪同。\n"
        "调研组实地查看了村级法治阵地，听取了我镇法治建设工作情况汇报，对我镇工作给予肯定。\n"
    )
    assert document(text).agency == "青禾镇"


def test_a_place_visited_is_no_agency_where_the_text_does_not_speak_as_it() -> None:
    # the inspection team's own news: it speaks as its city (我市), the county is only where it went
    text = (
        "5月9日，市督导组到青禾县检查依法治理工作，拉开了我市一季度督导工作的序幕。\n"
        "督导组查阅资料、听取汇报，针对发现的问题提出了整改意见，推动我市依法治理工作落地落实。\n"
    )
    assert document(text).agency is None


def test_a_place_whose_system_was_visited_is_no_agency() -> None:
    # a department's inspectors visit the county's health system, which the text names: no county's news
    text = (
        "10月20日，青禾省卫生健康委组织的普法督导检查组到青禾县检查指导工作。\n"
        "检查组听取了青禾县卫生健康系统普法工作开展情况汇报，查阅了我县卫生健康部门的有关资料。\n"
    )
    assert document(text).agency is None


def test_an_organ_visited_of_another_level_than_the_text_speaks_as_is_no_agency() -> None:
    text = (
        "6月2日，市依法治市办督导组到县司法局督导法治建设工作。\n"
        "督导组听取了汇报，对下一步工作提出了要求，推动我市法治建设各项任务落实。\n"
    )
    assert document(text).agency is None


# --- a place opening a clause after a comma ---------------------------------------------------------------


def test_a_place_opening_a_clause_with_its_work_is_the_agency_of_a_text_that_speaks_as_it() -> None:
    text = (
        "11月7日，省委督察组深入我县，就法治政府建设情况进行全面督察。\n"
        "督察组对我县法治政府建设工作给予充分肯定。督察组指出，庐江县法治政府建设工作扎实推进，亮点纷呈。\n"
        "督察组希望我县进一步提高依法治理水平。\n"
    )
    assert document(text).agency == "庐江县"


def test_a_place_after_a_comma_that_fronts_a_body_is_no_agency() -> None:
    text = (
        "新闻发布会召开\n"
        "参加发布会的有驻地新闻机构，青禾市新闻媒体等。请局长介绍我市法治建设有关情况。\n"
        "我市法治建设取得积极进展。\n"
    )
    assert document(text).agency is None


# --- a province's document in a city's news ---------------------------------------------------------------


def test_a_provinces_document_is_not_the_own_document_of_a_city_that_names_its_province() -> None:
    text = (
        "提高依法行政水平\n"
        "本报讯 昨日，我市召开了依法行政工作会议，要求争取在全省依法行政考评中获得优秀等次。\n"
        "据了解，去年省政府制定了《青禾省法治政府建设指标体系》，实施一年之后，我省首次对全省依法行政工作进行考评。\n"
    )
    assert document(text).agency is None


def test_a_countys_own_document_is_still_its_own_when_it_names_its_city() -> None:
    text = (
        "今年以来，我县认真落实我市有关部署，制定了《青禾县法治政府建设工作要点》，扎实推进各项工作。\n"
        "我县法治政府建设取得新成效。\n"
    )
    assert document(text).agency == "青禾县"


# --- a street's party working committee and its office, reporting jointly ----------------------------------


def test_a_streets_party_working_committee_and_office_are_one_writer() -> None:
    text = (
        "2024年，是实现规划目标任务的关键一年，青禾街道党工委、办事处在县委、县政府的正确领导下，"
        "坚持依法行政，深入推进法治政府建设各项工作。现将有关情况汇报如下：\n"
        "一、主要举措和成效\n"
        "（一）加强理论学习。街道党工委理论学习中心组开展专题学习4次。\n"
    )
    assert document(text).agency == "青禾街道党工委、办事处"


def test_a_list_of_a_street_and_another_body_is_no_joint_name() -> None:
    text = (
        "2024年，是关键一年，青禾街道党工委、县司法局在县委的领导下，联合开展了法治宣传活动。\n"
        "活动现场发放资料500余份。\n"
    )
    assert document(text).agency is None


# --- a verb of praise before a body's name ---------------------------------------------------------------


def test_a_verb_of_praise_before_a_bodys_name_is_no_place() -> None:
    # 会议充分肯定区人民法院…: 充分肯定 praises the court; 充分肯定区 is no district
    text = (
        "（2024年2月20日青禾区第十届人民代表大会第三次会议通过）\n"
        "青禾区第十届人民代表大会第三次会议听取和审查了某某院长所作的区人民法院工作报告。"
        "会议充分肯定区人民法院过去一年的工作，同意报告提出的2024年工作安排，决定批准这个报告。\n"
        "会议要求，区人民法院要忠实履行职责，推动我区发展。\n"
    )
    assert document(text).agency != "充分肯定区"

"""The issuing agency of near misses, session 7: news of a body's meeting or work, other bodies' documents.

Found on four sets collected blind (news, government near misses, other bodies' documents): a meeting's body
named without its place (某县召开依法治县领导小组工作会议 gave 依法治县领导小组, a body every county has), the lead
under an author's name row never read, a university for its institute (某大学 for 某大学法治政府研究院), a
place made of a word's last character (就业社区 read as a district 业社区), an inspector for the news of the body it
inspected. Texts in our own words; places and bodies invented.
"""

from __future__ import annotations

from tests.support.facts import document

# --- a meeting's body named without its place -------------------------------------------------------------


def test_a_meetings_body_without_its_place_is_named_with_the_place_that_holds_it() -> None:
    text = (
        "11月3日，青禾县召开依法治县领导小组工作会议，县委常委、副县长某某出席会议。各乡镇负责人参加了会议。\n"
        "会议传达学习了上级有关文件精神，部署了下一阶段依法治县工作。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾县依法治县领导小组"
    assert doc.evidence.agency_source == "news lead"


def test_a_meetings_body_with_its_place_is_left_as_written() -> None:
    text = (
        "11月3日，青禾县委全面依法治县委员会第三次会议召开，县委书记某某主持会议并讲话。\n"
        "会议审议通过了有关文件，部署了下一阶段工作。\n"
    )
    assert document(text).agency == "青禾县委全面依法治县委员会"


def test_the_lead_under_an_authors_name_row_is_read() -> None:
    text = (
        "把法治青禾打造成亮丽名片 青禾区召开全面依法治区委员会第二次会议\n"
        "小林\n"
        "5月20日，中共青禾市青禾区委全面依法治区委员会第二次会议召开，区委副书记某某主持会议并讲话。\n"
        "会议审议通过了有关文件，听取了三个部门主要负责人的述法报告。\n"
    )
    doc = document(text)
    assert doc.agency == "中共青禾市青禾区委全面依法治区委员会"
    assert doc.evidence.agency_source == "news lead"


# --- a university for its institute ----------------------------------------------------------------------


def test_a_research_institute_named_for_its_field_is_named_whole() -> None:
    text = (
        "（数据图片）\n"
        "4月23日，青禾大学法治政府研究院发布了《地方法治政府评估报告》。报告显示，被评估城市的得分稳步提高。\n"
        "自2015年以来，该院已连续八年开展地方法治政府评估。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾大学法治政府研究院"
    assert doc.evidence.agency_source == "preamble"


def test_the_front_of_a_longer_name_is_not_the_subject() -> None:
    text = (
        "报告精读 | 地方法治政府评估报告(2019)\n"
        "2019年9月26日，青禾大学法治政府研究院和某出版社共同发布了《地方法治政府评估报告(2019)》。\n"
        "总结五年的评估情况，地方法治政府水平不断提升，但区域发展不平衡的状况需要关注。\n"
    )
    assert document(text).agency != "青禾大学"


def test_a_townships_committee_is_not_cut_to_its_party_committee() -> None:
    text = (
        "本报讯（记者 某某）近日，青禾乡委全面依法治乡委员会成功挂牌。\n"
        "据了解，今年开始，区司法局推动各乡镇成立全面依法治乡委员会，推进法治建设向基层延伸。\n"
    )
    assert document(text).agency != "青禾乡委"


def test_a_bureau_whose_opening_runs_on_into_a_verb_keeps_its_name() -> None:
    text = (
        "2022年，青禾县司法局紧紧围绕县委、县政府中心工作，立足司法行政实际，为全县发展提供法治保障。"
        "现将2022年法治政府建设工作情况报告如下：\n"
        "一、主要措施和成效\n"
        "（一）坚持全面依法治县。全年召开委员会会议2次。\n"
    )
    assert document(text).agency == "青禾县司法局"


# --- the one place of the text's level: never a word's tail, never a body's front -----------------------------


def test_a_words_last_characters_before_a_level_word_are_no_district() -> None:
    text = (
        "1月8日，市考评组到我区对2017年度依法行政工作进行考评。\n"
        "管委会副主任某某汇报了年度工作，重点汇报了法律顾问制度、就业社区建设等亮点工作，"
        "客观分析了我区存在的问题。考评组对我区工作给予充分肯定。\n"
    )
    assert document(text).agency != "业社区"


def test_a_place_named_only_as_its_systems_front_is_not_the_agency() -> None:
    text = (
        "10月22日，省卫生计生委组织的普法督导检查组到青禾县检查指导工作。\n"
        "检查组听取青禾县卫生计生系统普法工作开展情况汇报，查阅了我县卫生计生部门的资料，"
        "认为青禾县卫生计生系统普法工作成效明显。\n"
    )
    assert document(text).agency != "青禾县"


def test_a_countys_one_place_named_alone_is_still_its_own() -> None:
    text = (
        "今年以来，我县扎实推进法治政府建设，各项工作取得新进展。\n"
        "3月，县人大常委会就长丰县法治政府建设情况开展了专题调研，对我县工作给予肯定。\n"
    )
    assert document(text).agency == "长丰县"


# --- a document several bodies issue jointly --------------------------------------------------------------


def test_a_document_issued_jointly_is_not_the_places_own() -> None:
    text = (
        "我省启动普法总结验收\n"
        "本报讯（记者 某某）今年是普法规划收官之年。省委依法治省办、省委宣传部、司法厅联合出台"
        "《青禾省普法总结验收工作方案》，决定对全省普法工作进行总结验收。\n"
        "记者了解到，我省总结验收时间为今年7月至12月。\n"
    )
    assert document(text).agency != "青禾省"


def test_a_document_a_place_issues_alone_is_still_its_own() -> None:
    text = (
        "今年以来，我省扎实推进普法工作。\n"
        "为全面检验普法成果，出台《青禾省普法总结验收工作方案》，决定对全省普法工作进行总结验收。\n"
    )
    assert document(text).agency == "青禾省"


# --- an inspector, an escort ------------------------------------------------------------------------------


def test_an_inspectors_body_is_not_the_inspected_bodys_agency() -> None:
    text = (
        "时间:2021-03-18 16:40\n"
        "某政法网（通讯员 某某）3月15日，青禾县司法局党组成员、副局长某某一行3人对青禾镇法治政府建设工作进行督导检查。"
        "镇机关全体领导参加会议。\n"
        "镇长某某汇报了青禾镇法治政府建设工作开展情况。督导组对青禾镇工作给予肯定。\n"
    )
    assert document(text).agency != "青禾县司法局"


def test_a_body_whose_head_escorts_a_visit_is_not_the_agency() -> None:
    text = (
        "某法制网（某某）3月3日上午，某市人大常委会副主任某某带队对我县2022年度法治政府建设情况开展调研。"
        "县司法局党组书记某某陪同。\n"
        "调研组一行实地查看了街道矛盾调解工作室，并召开座谈会听取汇报。\n"
    )
    assert document(text).agency != "县司法局"


def test_a_body_whose_head_chairs_its_own_meeting_is_still_the_agency() -> None:
    text = (
        "3月3日，青禾县司法局党组书记、局长某某主持召开全局干部大会，部署2023年法治政府建设工作。\n"
        "会议传达学习了上级会议精神，对全年工作作出安排。\n"
    )
    assert document(text).agency == "青禾县司法局"


# --- a news lead's day between subject and verb, its wire credit, its short form ------------------------------


def test_a_wire_leads_subject_with_its_day_before_the_verb() -> None:
    text = (
        "某网青禾新闻4月25日电 (记者 某某)青禾省律师协会25日召开新闻发布会，向社会发布《青禾省律师行业2023年度"
        "社会责任报告》。\n"
        "《报告》展现了2023年以来全省律师在法治领域取得的成绩。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾省律师协会"
    assert doc.evidence.agency_source == "preamble"


def test_a_body_that_gives_its_short_form_is_named_in_full() -> None:
    text = (
        "青禾晒政府部门依法行政成绩单\n"
        "核心提示|昨日，青禾省依法行政工作领导小组办公室(简称领导小组办公室)公布了各级政府部门的考核结果。\n"
        "此次考核结果分为三个等次。\n"
    )
    assert document(text).agency == "青禾省依法行政工作领导小组办公室"


def test_a_scope_before_a_day_is_no_subject() -> None:
    text = "本报讯（记者 某某）全省各地25日启动宪法宣传周活动，各级机关开展了形式多样的宣传。\n"
    assert document(text).agency is None

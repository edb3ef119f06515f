"""The agency of news, session 8: a headline's place whose one organ the lead says acted.

A headline names a place doing something (某市开展2020年度行政执法案卷互查互评活动) and its lead, after a purpose
clause and a date, names the place's organ that did it (为规范…，9月8日，某市司法局组织开展了…): the organ is the
item's agency, as a careful reader names it. Texts in our own words; places invented.
"""

from __future__ import annotations

from tests.support.facts import document

HEADLINE = "青禾市开展2020年度行政执法案卷互查互评活动\n"


def test_the_one_organ_of_the_headlines_place_that_acted_is_the_agency() -> None:
    text = HEADLINE + (
        "为规范行政执法行为，提高行政执法水平，9月8日，青禾市司法局组织开展了全市行政执法案卷互查互评活动。\n"
        "活动抽取了各县区执法部门的案卷120卷，逐卷评查打分。\n"
    )
    assert document(text).agency == "青禾市司法局"


def test_two_organs_of_the_place_leave_the_headlines_place() -> None:
    text = HEADLINE + (
        "为规范行政执法行为，9月8日，青禾市司法局、青禾市市场监督管理局分别组织开展了案卷互查互评活动。\n"
        "活动抽取了各县区执法部门的案卷120卷，逐卷评查打分。\n"
    )
    assert document(text).agency != "青禾市司法局"


def test_an_organ_the_lead_only_mentions_does_not_stand_for_the_place() -> None:
    text = HEADLINE + (
        "9月8日，全市行政执法案卷互查互评活动在青禾市司法局会议室举行，各县区执法部门参加。\n"
        "活动抽取了案卷120卷，逐卷评查打分。\n"
    )
    assert document(text).agency != "青禾市司法局"


def test_an_event_the_places_organs_hosted_with_others_is_not_the_places() -> None:
    # 由省普法处、某市委宣传部、某市司法局…主办的: which host the item is about the text does not say
    text = (
        "青禾市开展法治文艺巡演\n"
        "本报青禾4月5日讯（记者 某某）近日，由省普法处、青禾市委宣传部、青禾市司法局、青禾市普法办主办的"
        "法治文艺巡演活动在某村举办。\n"
        "演员们将法治元素融入文艺节目，让群众零距离感受法治文化。\n"
    )
    assert document(text).agency is None


def test_an_event_one_organ_of_the_place_hosted_is_not_refused() -> None:
    text = (
        "青禾市开展法治文艺巡演\n"
        "本报青禾4月5日讯（记者 某某）近日，由省普法处、青禾市司法局主办的法治文艺巡演活动在某村举办。\n"
        "演员们将法治元素融入文艺节目，让群众零距离感受法治文化。\n"
    )
    assert document(text).agency is not None


# --- a lead that opens on its purpose ---------------------------------------------------------------------


def test_a_lead_that_opens_on_its_purpose_names_its_subject_after_it() -> None:
    # 为…，按照…要求，某局组织开展…: the purpose clause, then the body that acted
    text = (
        "青禾网讯 为全面规范行政执法行为，进一步提高案卷质量，按照省司法厅部署要求，"
        "青禾市司法局组织开展县区行政执法案卷抽查工作。此次抽查覆盖6个县区，抽查案卷60本。\n"
        "评查结束后，评查人员对抽查结果进行汇总复核。\n"
    )
    assert document(text).agency == "青禾市司法局"


def test_a_purpose_clause_with_a_day_then_the_subject() -> None:
    text = (
        "为深入落实行政执法责任制，全面推进严格规范公正文明执法，10月21日，青禾区司法局组织开展2024年行政执法案卷评查工作。\n"
        "此次评查聚焦7个行政执法领域，随机抽取各类行政执法案卷。\n"
    )
    assert document(text).agency == "青禾区司法局"


def test_a_purpose_clause_deep_in_the_item_names_no_one() -> None:
    # only the lead's purpose clause is passed over: a later paragraph's 为…，某委员会印发… is its own story
    text = (
        "近日，青禾市首次组织开展党政主要负责人专题述法评议活动，5名负责同志进行述法。\n"
        "为贯彻落实有关规定，今年3月，青禾市委全面依法治市委员会印发述法评议工作方案，明确述法程序。\n"
    )
    assert document(text).agency != "青禾市委全面依法治市委员会"


def test_a_headline_whose_body_organised_an_event_names_it_not_the_host_of_the_lead() -> None:
    # 某市司法局组织…旁听庭审活动: the headline's subject, though the lead says the province held the hearing
    text = (
        "青禾市司法局组织全省行政机关负责人旁听庭审活动\n"
        "为进一步加强行政应诉工作，10月17日下午，某省司法厅组织举办全省行政机关负责人旁听庭审活动，"
        "青禾市司法局积极与市中院对接，负责本市分会场的组织工作。\n"
    )
    assert document(text).agency == "青禾市司法局"


def test_a_headlines_place_whose_organ_the_lead_names_by_its_level_word() -> None:
    # 某市组织开展…活动 / …近日，市司法局组织了…: the place's organ, named as the lead names it
    text = (
        "青禾市组织开展2019年度全市行政执法案卷交叉评查活动\n"
        "为切实规范行政执法行为，根据年度监督检查计划安排，近日，市司法局组织了全市行政执法案卷交叉评查活动。\n"
        "此次评查随机抽取行政处罚和行政许可案卷共计123份。\n"
    )
    assert document(text).agency == "市司法局"


def test_a_place_pointed_at_is_never_named() -> None:
    # 这个省将…: a reporter's pointer to the province, which the item never names as a body
    text = (
        "青禾省法律顾问团成立\n"
        "受聘的28名法律顾问将为省级党政机关提供决策和咨询服务。这个省将逐步在各级党政机关普遍建立法律顾问制度。\n"
    )
    assert document(text).agency != "这个省"


# --- a session that passed one body's report --------------------------------------------------------------


def test_a_session_that_passed_a_courts_report_is_news_of_the_court() -> None:
    text = (
        "1月14日，青禾市第十六届人民代表大会第五次会议胜利闭幕。经会议表决，青禾市中级人民法院工作报告获全票通过。\n"
        "2024年，全市法院共受理各类案件14909件，办结13384件。\n"
    )
    doc = document(text)
    assert doc.agency == "青禾市中级人民法院"
    assert doc.evidence.agency_source == "passed report"


def test_a_session_that_heard_three_bodies_reports_is_none_of_theirs() -> None:
    text = (
        "1月21日下午，青禾州十五届人大六次会议举行第二次全体会议，听取州人大常委会工作报告、州中级人民法院工作报告、"
        "州人民检察院工作报告，三个报告均获表决通过。\n"
        "会议由大会执行主席某某主持。\n"
    )
    assert document(text).agency not in ("州中级人民法院", "州人民检察院", "州人大常委会")


def test_a_sessions_resolution_on_a_report_is_not_the_reporting_bodys() -> None:
    # 关于…工作报告的决议: the session's resolution, approving the report; not news of the court's report passing
    text = (
        "关于青禾区人民法院工作报告的决议\n"
        "（2014年2月20日青禾区第十七届人民代表大会第三次会议通过）\n"
        "青禾区第十七届人民代表大会第三次会议听取和审查了区人民法院工作报告。会议决定批准这个报告。\n"
    )
    assert document(text).evidence.agency_source != "passed report"


def test_words_a_sentence_opens_with_are_never_run_onto_a_name() -> None:
    # 该案由某法院…, 受县政府委托…, 主要为县政府…: a pointer, a mandate, an adverb before a body; never its name
    text = (
        "我县成立政府法律顾问组\n"
        "4月14日，我县召开依法行政工作会议，成立了政府法律顾问组，聘请了3名法律顾问。\n"
        "该案由青禾法院党组书记、院长某某担任审判长。受县政府委托对县政府规范性文件进行合法性审查。"
        "主要为县政府重大决策提供法律服务。\n"
    )
    assert document(text).agency is None


def test_a_sites_contact_row_is_no_title() -> None:
    # 服务热线:400-… 0755-…: a vendor site's row above the item it copied
    text = (
        "欢迎光临某某科技官方网站!\n"
        "服务热线:400-8010-590 0755-29469551最新解决方案人才招聘\n"
        "2020年3月31日下午，青禾市司法局在行政复议听证室就一起土地界线纠纷案举行行政复议听证会。\n"
        "这是听证室建成后的首次启用。\n"
    )
    doc = document(text)
    assert doc.title is None or "热线" not in doc.title
    assert doc.report_year == 2020

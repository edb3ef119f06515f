"""Shapes of session 63 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document


def test_an_untitled_town_report_that_keeps_to_its_own_scope_is_the_towns() -> None:
    # a copy that starts at part 一: never 我镇, only 全镇 and 本镇, and the town named where its cadres are counted
    text = (
        "一、2023年度法治政府建设的主要举措和成效\n"
        "（一）加强组织领导。根据班子成员调整情况，及时调整青禾镇法治政府建设领导小组，由镇党委书记任组长，"
        "负责统筹全镇法治政府建设工作，切实加强党对本镇法治政府建设工作的领导。"
        "二是抓好学法考法。完成全市国家工作人员在线学法任务，青禾镇31名干部全部通过考试。\n"
        "（二）推进依法决策。全年审查合同14份。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year, facts.agency) == ("annual_report", 2023, "青禾镇")


def test_a_disclosure_reports_bureau_publishing_through_its_website_is_the_body() -> None:
    # the year's opening: 我局 unnamed, then the bureau by its name publishing on its channels
    text = (
        "一、总体情况\n"
        "2020年，我局在县委、县政府的统一部署下，认真贯彻落实《中华人民共和国政府信息公开条例》，"
        "扎实做好政务公开工作。本年度报告所列数据的统计时限为2020年1月1日至2020年12月31日止。\n"
        "2020年，桃源县医保局通过政府门户网站、微信公众号等渠道主动公开政府信息共85条，"
        "收到政府信息公开申请0件。\n"
        "二、主动公开政府信息情况\n"
    )
    assert document(text).agency == "桃源县医保局"


def test_a_provinces_plan_named_in_quotes_in_a_lead_is_no_subject() -> None:
    # a news lead: the department's officer says the province's five-year plan is being drafted
    text = (
        "宁川网9月11日讯(记者 某某)您对身边的生态环境满意吗?我省生态环境有哪些突出问题?"
        "省生态环境厅相关负责人表示,湖南省“十四五”生态环境保护规划正在编制中,欢迎广大市民建言献策。\n"
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    assert document(text).agency != "湖南省"


def test_a_street_office_that_calls_itself_our_office_is_the_body() -> None:
    # a disclosure report of a street office (办事处): its opening names it, its body says 我办
    text = (
        "一、总体情况\n"
        "2023年，宁川街道办事处认真贯彻落实政府信息公开有关法规文件，加强制度建设。\n"
        "（一）主动公开\n"
        "2023年我办严格按照《中华人民共和国政府信息公开条例》的要求，在门户网站公开机构设置、财政预算等信息。\n"
    )
    assert document(text).agency == "宁川街道办事处"


def test_a_universitys_school_year_disclosure_report_is_a_disclosure_report_of_no_calendar_year() -> None:
    # a school year (2020-2021学年) is one year of a university's work, not a report on several years
    text = (
        "宁川大学2020-2021学年信息公开工作年度报告\n"
        "本年度报告按照《高等学校信息公开办法》和《某厅关于做好2021年高校信息公开年度报告工作的通知》有关要求编制。"
        "本年度报告中所列数据的统计期限为2020年9月1日到"
        "2021年8月31日止。\n"
        "一、概述\n"
        "学校坚持以公开为常态、不公开为例外，主动公开信息312条。\n"
    )
    facts = document(text)
    # (…and of no one calendar year, whatever year a cited notice names)
    assert (facts.doc_type, facts.report_year) == ("information_disclosure_report", None)


def test_a_meeting_hearing_a_years_duties_accounted_for_is_of_that_year() -> None:
    # an untitled item: held in March, named for the year it hears account of, next year's ideas told further on
    text = (
        "本网讯(通讯员 某某)3月9日上午，宁川街道组织召开2022年度党组织书记抓基层党建工作述职评议会，"
        "会议由街道党工委书记某某主持。\n"
        "会上，8个社区党委书记结合履职情况，详细报告2022年工作成绩和亮点，切实谋划2023年工作思路和举措。\n"
    )
    assert document(text).report_year == 2022


def test_a_meeting_dated_by_its_page_that_plans_its_own_year_is_of_that_year() -> None:
    # the lead says only 日前; the page's date line says when, early in the year it plans
    text = (
        "全省司法行政工作推进会举行\n"
        "2023-04-17 08:40   来源: 宁川日报\n"
        "日前，全省司法行政工作推进会在宁川举行，总结2022年工作，部署2023年任务，强调要以推进司法行政工作现代化为抓手。\n"
        "据介绍，2022年，全省司法行政系统主动服务中心大局，法治政府建设有力推动。\n"
    )
    assert document(text).report_year == 2023


def test_a_bureau_that_goes_to_report_to_its_superior_is_the_subject_not_a_listed_attendee() -> None:
    # a lead: the city's bureau goes to the province's department to report; those present are listed by post
    # and name, then a body
    text = (
        "2020年6月22日上午，宁川市司法局到省司法厅汇报有关推进宁川市公共法律服务中心建设工作情况。"
        "省司法厅厅长某某、副厅长某某，巡视员王某某及省司法厅相关部门负责人出席汇报会。\n"
        "会上，省司法厅厅长某某指出，推进公共法律服务中心建设是司法行政机关的重要举措。\n"
    )
    assert document(text).agency == "宁川市司法局"


def test_a_places_party_committee_and_government_run_together_are_not_a_bare_government() -> None:
    # 某县委县政府 with no mark between: the joint name, never 县政府 with no place
    text = (
        "近年来，桃源县委县政府高度重视普法工作，定期召开普法领导小组专题会议，及时掌握全县普法工作进展情况。\n"
        "五年来，全县共开展法治宣传活动120余场。\n"
    )
    assert document(text).agency != "县政府"


def test_a_person_by_post_and_name_listed_before_a_body_is_no_name() -> None:
    # what a lazy subject match takes from a list of those present: a post, a name, 及, then a body
    from summarizer.facts.names import org_name

    assert org_name("巡视员王某某及省司法厅") is None
    assert org_name("省司法厅") == "省司法厅"


def test_a_summary_titled_with_next_years_plan_and_no_year_of_its_own_is_the_year_before() -> None:
    # a document shop's page: the title gives only the plan's year; the body's first heading names the year summed up
    text = (
        "生态环境局工作总结及2021年度工作计划\n"
        "一、2020年度工作特色亮点\n"
        "一是环境质量持续向好。全市空气优良率81.1%，同比提高8.3个百分点。\n"
        "二、2021年度工作计划\n"
        "一是深入打好污染防治攻坚战。\n"
    )
    assert document(text).report_year == 2020


def test_final_accounts_that_lost_their_title_are_of_the_year_their_parts_name() -> None:
    # a bureau's final accounts page: a contents list, its parts naming the year the accounts are of
    text = (
        "目 录\n"
        "第一部分 2021年度部门决算报表\n"
        "一、收入支出决算总表\n"
        "二、收入决算表\n"
        "第二部分 2021年度部门决算说明\n"
        "第三部分 2021年度其他重要事项的情况说明\n"
        "第一部分 2021年度部门决算报表\n"
        "报表详情见附件。\n"
    )
    facts = document(text)
    assert (facts.doc_type, facts.report_year) == ("other", 2021)


def test_a_zone_keeps_the_name_its_title_gives_it() -> None:
    # a zone named by its city's stem in the title; the body once adds the city's level word
    text = (
        "成都高新技术产业开发区2025年政府信息公开工作年度报告\n"
        "来源: 成都高新技术产业开发区\n"
        "根据《中华人民共和国政府信息公开条例》要求，编制本报告。\n"
        "一、总体情况\n"
        "2025年，成都市高新技术产业开发区坚持以公开为常态、不公开为例外，主动公开政府信息1200条。\n"
    )
    assert document(text).agency == "成都高新技术产业开发区"


def test_a_session_late_in_the_year_whose_only_year_is_next_years_plans_is_of_its_own_year() -> None:
    # news of a congress session in December: the court's report looks back on five years and sets out next year's
    # work; the lead names no other year
    text = (
        "12月16日，宁川区第六届人民代表大会第一次会议胜利闭幕，宁川区法院工作报告获全票赞成通过。\n"
        "12月15日上午，宁川区法院院长某某在大会第二次全体会议上作法院工作报告，全面回顾总结了近五年工作，"
        "提出2022年工作打算，让与会代表充分了解法院工作。\n"
        "报告指出，五年来，宁川区人民法院受理各类案件8万余件。\n"
    )
    assert document(text).report_year == 2021


def test_a_lead_dated_by_day_under_its_headline_said_again_and_a_caption_takes_the_pages_year() -> None:
    # a news page: its date line, the headline printed again, a photo's caption, then the lead dated by day alone
    text = (
        "宁川持续6年开展专项行动 推动湖区生态环境质量改善\n"
        "发布时间：2022-09-23 09:42:00 来源：宁川新闻网\n"
        "宁川持续6年开展专项行动推动湖区生态环境质量改善\n"
        "图为冬日湖面。某某 摄\n"
        "  记者21日从宁川省生态环境厅获悉，宁川省持续6年开展强化监督专项行动，湖区生态环境质量持续改善。\n"
        "  6年来，宁川累计核查保护区遥感点位600余处。所有问题已于2020年完成整改，并于2022年6月全部完成销号。\n"
    )
    assert document(text).report_year == 2022


def test_a_short_lead_dated_by_day_with_no_full_stop_is_still_the_lead() -> None:
    # the lead is one short line with no full stop: its day, under the page's date line, dates it
    text = (
        "宁川县召开普法工作推进会\n"
        "发布时间：2022-12-05 10:00:00 来源：宁川县司法局\n"
        "12月3日，宁川县司法局召开普法工作推进会\n"
        "会议要求，要扎实推进“八五”普法各项任务落地见效，切实提高群众法治意识。\n"
    )
    assert document(text).report_year == 2022


# what a number counts when the words before it are a verb or one character: the noun after it, its bracket whole
COUNTED = """宁川市司法局2024年度法治政府建设情况报告
2024年，市司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）推进政务公开。完成26个领域1286项基层政务公开目录标准化编制工作。
（二）强化督查检查。对21个市(州)93所学校开展明察暗访，收到15个县(市、区)报送的典型案例。聘请第三方对27个单位和17个镇开展年度考核。城镇和农村居民法律咨询量分别增长12%和15%。
（三）完善公共法律服务。实现41个村(社区)法律顾问全覆盖，全年培训调解员40人(次)，开展普法宣传20场，覆盖1.2万余人次。办事所需提交材料由622份减为212份。
二、存在的不足和原因
一是基层法治力量仍然薄弱。
"""


def test_a_verb_or_one_character_before_a_number_gives_way_to_the_noun_it_counts() -> None:
    from summarizer import summarize

    summary = summarize(COUNTED, engine="rules")
    labels = {(m.value, m.unit): m.label for a in summary.achievements for m in a.metrics}
    assert labels[(26, "个领域")] == "领域"  # not the verb 完成
    assert labels[(21, "个")] == "市(州)"  # not the preposition 对
    assert labels[(15, "个县")] == "县(市、区)"  # not 收, what is left of 收到
    assert labels[(41, "个村")] == "村(社区)法律顾问"  # not 实现, nor what is said of them (全覆盖)
    assert labels[(40, "人")] != "(次)"  # a gloss in brackets is no noun
    assert labels[(212, "份")] == labels[(622, "份")] != "减"  # a change's second number counts what the first does
    assert labels[(17, "个")] == "镇"  # not the conjunction 和 before it
    assert labels[(1.2, "万人次")] == "覆盖人次"  # the audience reached, not the verb alone
    # the pair given respectively (城镇和农村居民法律咨询量分别增长12%和15%): each its own residents' (session 70)
    assert (labels[(12, "%")], labels[(15, "%")]) == ("城镇居民法律咨询量增长", "农村居民法律咨询量增长")


# a label that cites titles: the kind the titles are (…等重点法律法规), never a cut inside a title; a meeting's
# ordinal (第59次常务会议) counts nothing
TITLED = """宁川县司法局2024年度法治政府建设情况报告
2024年，县司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）抓好学法用法。组织全局干部职工系统学习《中华人民共和国民法典》《反有组织犯罪法》《中华人民共和国公务员法》等重点法律法规共8次。
（二）健全决策机制。县政府第59次常务会议学习了“深入贯彻习近平法治思想，推进法治政府建设”专题，全年审查合同23份。县政府第61次、63次、65次常务会议先后审议通过3件规范性文件。
（三）加强制度建设。修订完善《宁川县行政规范性文件管理办法》《宁川县重大行政决策程序规定》等制度12项。
二、存在的不足和原因
一是基层法治力量仍然薄弱。
"""


def test_a_label_citing_titles_is_the_kind_they_are_and_a_meetings_ordinal_counts_nothing() -> None:
    from summarizer import summarize

    summary = summarize(TITLED, engine="rules")
    metrics = [m for a in summary.achievements for m in a.metrics]
    labels = {(m.value, m.unit): m.label for m in metrics}
    assert labels[(8, "次")] == "重点法律法规"  # not 组织犯罪法》《…, cut at the 组织 inside a title
    assert labels[(12, "项")] == "制度"
    assert not {(59, "次"), (61, "次"), (63, "次"), (65, "次")} & set(labels)  # which meetings, not how many
    assert (3, "件") in labels
    assert "合同" in labels[(23, "份")]  # the count in the same sentence is still one


QUOTED = """宁川县行政审批局2024年度法治政府建设情况报告
2024年，县行政审批局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）深化审批改革。全年发布“零跑动”事项1158项、“最多跑一次”事项253项，开展2轮“秒批”改革，734项实现“网上办”。
二、存在的不足和原因
一是审批人员业务能力有待提升。
"""


def test_a_label_keeps_its_quotation_marks_in_pairs() -> None:
    # a quoted name of a way of working, before or after the number: the label keeps both marks or neither
    from summarizer import summarize

    summary = summarize(QUOTED, engine="rules")
    labels = {(m.value, m.unit): m.label for a in summary.achievements for m in a.metrics}
    assert labels[(253, "项")] == "“最多跑一次”事项"
    assert labels[(2, "轮")] == "“秒批”改革"
    assert labels[(734, "项")] == "实现“网上办”"
    assert all(label.count("“") == label.count("”") for label in labels.values())


def test_an_age_bracket_counts_nothing_and_a_share_after_a_count_is_that_counts_share() -> None:
    # a team's make-up: 其中 opens the list, an age bracket says who is counted, 占 gives their share
    from summarizer import summarize

    text = (
        "宁川县司法局2024年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强队伍建设。全局实有人数59人，其中50岁以上18人占30.6%，40岁~49岁23人占38.9%，"
        "其中“不见面”审批事项1022件。\n"
        "二、存在的不足和原因\n"
        "一是基层法治力量仍然薄弱。\n"
    )
    metrics = [(m.value, m.unit, m.label) for a in summarize(text, engine="rules").achievements for m in a.metrics]
    assert not [m for m in metrics if m[1] == "岁"]  # 50岁以上 is who, not how many
    assert (18, "人", "50岁以上") in metrics and (30.6, "%", "50岁以上占比") in metrics
    assert (1022, "件", "“不见面”审批事项") in metrics  # 其中 is no part of a label, the quotation's marks are

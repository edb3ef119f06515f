"""Shapes of session 16 (issue 10), from the development texts collected again and the blind sets FM–FO: a news
item whose purpose is a sentence of its own before its dated lead, and a disclosure report that says who compiled it.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.clean import clean
from summarizer.facts import org_name
from summarizer.models import DocType

from .support.facts import assert_agency, document


def test_a_purpose_sentence_then_a_dated_visit_is_news() -> None:
    # 为…。7月1日至5日，某所副所长带领…前往…学习交流: the purpose ends its own sentence before the lead's day
    text = (
        "为进一步提升执法水平，树立良好执法形象。7月3日至6日，云溪县运输管理所副所长李明带领执法人员8名前往"
        "市交通执法支队学习交流。\n学习期间，执法人员跟班作业，观摩了夜间检查的做法。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_purpose_sentence_then_a_recent_inspection_is_news() -> None:
    # 为…。日前，区司法局…成立专项督察组，对…进行实地督察
    text = (
        "为全面推行行政执法三项制度，实现年底全区执法机关全覆盖的目标。日前，区司法局抽调人员组成督察组，"
        "对全区各执法机关推行三项制度的情况进行实地督察。\n督察采取查阅台账、座谈交流的方式进行。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_plan_that_opens_on_its_purpose_then_its_year_is_no_news() -> None:
    # the twin: a purpose sentence over the year a plan sets (2024年，某局将组织开展…), no day and no deed done
    text = (
        "为全面推进依法行政，加快建设法治政府。2024年，云溪县司法局将组织开展执法案卷评查，具体安排如下。\n"
        "一、评查范围\n县直各行政执法单位2023年办结的案件。\n二、时间安排\n6月底前完成自查。\n"
    )
    assert document(text).doc_type != DocType.news


def test_a_disclosure_report_compiled_by_a_township_names_that_township() -> None:
    # 本报告由某乡人民政府按照《条例》…要求编制: the report's standard first sentence names its body
    text = (
        "本报告由石坪乡人民政府按照《中华人民共和国政府信息公开条例》和年度报告格式的要求编制。\n"
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n2023年，我乡主动公开政府信息86条。\n"
    )
    assert_agency(text, "石坪乡人民政府", "preamble")


def test_a_disclosure_report_compiled_by_a_governments_office_that_names_its_government_names_it() -> None:
    # 由某县人民政府办公室编制, and the government's own year after it: the report is the government's
    text = (
        "本报告根据《中华人民共和国政府信息公开条例》要求，由青岚县人民政府办公室编制。\n"
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n2023年，青岚县人民政府坚持以人民为中心，主动公开政府信息1200条。\n"
    )
    assert document(text).agency == "青岚县人民政府"


def test_an_office_that_compiles_a_whole_citys_report_is_named_whole() -> None:
    # 由某市人民政府政务公开办公室综合…编制: an office whose name before 办公室 is no body keeps its whole name
    text = (
        "本年度报告依据《中华人民共和国政府信息公开条例》的规定，由青岚市人民政府政务公开办公室综合各区县和"
        "市政府各部门的政府信息公开工作情况编制而成。\n"
        "一、概述\n2015年，全市主动公开政府信息5万余条。\n"
    )
    assert_agency(text, "青岚市人民政府政务公开办公室", "preamble")


def test_a_shops_collection_of_a_bureaus_work_summaries_is_no_rule_of_law_report() -> None:
    # (6篇)某局2024年度工作总结汇编: a document shop's bundle of a bureau's whole-year summaries
    text = (
        "(6篇)水务局2024年度工作总结汇编\n1.XX区水务局2024年度工作总结2\n2.XX县水务局2024年工作总结及2025年工作计划9\n"
        "XX区水务局2024年度工作总结\n2024年以来，我局认真贯彻落实区委区政府决策部署，统筹推进各项工作任务。\n"
        "一、主要工作\n（一）完成河道整治12公里。\n二、存在问题\n资金缺口较大。\n三、下一步工作计划\n继续推进河道整治。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_towns_disclosure_report_posted_by_its_county_government_is_the_towns() -> None:
    # 发布机构 | 某县政府 over 现将某镇2022年度政府信息公开工作报告如下: the county posts the town's report
    text = (
        "索 引 号 | 0001-2023-000071 | 发布机构 | 云溪县政府 |\n发布日期 | 2023-01-30 | 文 号 | |\n"
        "按照县政府办公室的通知要求，现将石坪回族镇2022年度政府信息公开工作报告如下：\n"
        "一、总体情况\n2022年，我镇主动公开政府信息56条。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.information_disclosure_report
    assert doc.agency == "石坪回族镇"


def test_a_countys_own_disclosure_report_on_its_site_stays_the_countys() -> None:
    # the twin: the poster's own report (现将云溪县人民政府2022年度…) keeps the poster
    text = (
        "索 引 号 | 0001-2023-000072 | 发布机构 | 云溪县人民政府 |\n发布日期 | 2023-01-30 | 文 号 | |\n"
        "根据《条例》要求，现将云溪县人民政府2022年度政府信息公开工作报告如下：\n"
        "一、总体情况\n2022年，我县主动公开政府信息560条。\n"
    )
    assert document(text).agency == "云溪县人民政府"


def test_a_collection_of_every_provinces_work_reports_names_no_government() -> None:
    # 2025年省区市政府工作报告汇编: 省区市 is every province at once, no one's name
    text = (
        "2025年省区市政府工作报告汇编31篇(第12/88页)\n"
        "实现全年目标任务，要重点把握以下几个方面。一要聚焦主线。二要稳中求进。\n"
    )
    assert document(text).agency is None


def test_a_groups_office_for_the_task_is_named_whole() -> None:
    # 自治区依法治区领导小组法治政府建设办公室印发了…: the group's office for that task, not the group
    text = (
        "我区就2018年法治政府建设考评工作进行安排部署\n"
        "近日，自治区依法治区领导小组法治政府建设办公室印发了《关于做好2018年度法治政府建设考评工作的通知》，"
        "就考评工作作出具体安排。\n考评按照职责分工进行，结果分为优秀、良好、一般三个等次。\n"
    )
    assert document(text).agency == "自治区依法治区领导小组法治政府建设办公室"


def test_a_report_whose_title_lost_its_first_words_stays_a_report() -> None:
    # 建设工作情况的报告 (the title's 关于2023年法治政府… cut off) over a formula and part one that name the work
    text = (
        "建设工作情况的报告\n"
        "2023年，省林业局坚持以习近平法治思想为指导，统筹推进林业法治建设，现将我局2023年法治政府建设情况报告如下。\n"
        "一、法治政府建设的主要举措和成效\n（一）健全制度体系。全年审查规范性文件9件。\n"
        "二、存在的不足和原因\n基层执法力量薄弱。\n三、2024年工作安排\n继续推进依法行政。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_report_on_five_years_under_a_plain_title_stays_no_yearly_report() -> None:
    # the twin: 关于2016—2020年法治政府建设情况的报告 reports five years, whatever its formula and part one say
    text = (
        "云溪区人民政府关于2016—2020年法治政府建设情况的报告\n"
        "2020年，云溪区坚持以习近平法治思想为指导，现将我区法治政府建设情况报告如下。\n"
        "一、法治政府建设的主要举措和成效\n（一）健全制度体系。五年来审查规范性文件90件。\n"
        "二、存在的不足和原因\n基层执法力量薄弱。\n"
    )
    assert document(text).doc_type != DocType.annual_report


def test_a_meeting_of_a_named_year_held_recently_dates_the_news() -> None:
    # 本报讯 …全体会议暨2022年全面依法治省工作推进会近日在某地召开: the meeting's edition year dates the item
    text = (
        "本报讯 记者王明 青川省委全面依法治省委员会办公室全体会议暨2022年全面依法治省工作推进会近日在青川召开。\n"
        "会议指出，今年以来，全省各地各部门深入学习贯彻习近平法治思想，取得新进展。2023年，要继续推进各项工作。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2022


def test_a_lead_on_this_mornings_meeting_is_news_of_its_province() -> None:
    # 今天上午，某省召开第八次全省…会议: today's meeting, the province that held it
    text = (
        "今天上午，青川省召开第八次全省法治宣传教育工作会议，会议总结“七五”普法工作经验，部署“八五”普法工作。\n"
        "据了解，“七五”普法期间全省建立普法责任制，完善普法责任清单。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.agency == "青川省"


def test_a_speech_that_opens_on_todays_meeting_is_no_news() -> None:
    # the twin: 同志们：今天，我们召开… is the speech given at the meeting, not a report of it
    text = (
        "同志们：\n今天，我们召开全市法治政府建设工作会议，主要任务是总结去年工作，部署今年任务。\n"
        "一、充分肯定成绩\n过去一年，全市法治政府建设取得明显成效。\n"
    )
    assert document(text).doc_type != DocType.news


def test_a_lead_that_tells_of_a_city_honoured_recently_is_news() -> None:
    # 近日，《某报》刊发了…命名的决定，某市荣获“…示范市”称号
    text = (
        "在特区建立40周年之际，青川法治政府建设再传捷报！近日，《人民日报》刊发了关于第一批示范地区命名的决定，"
        "青川市荣获“全国法治政府建设示范市”称号。\n这是对青川法治政府建设工作的充分肯定。\n"
    )
    assert document(text).doc_type == DocType.news


def test_an_honour_told_after_the_years_assessment_is_news() -> None:
    # 2016年，省政府法制办牵头…进行了考核。近日，省委、省人民政府…予以表彰
    text = (
        "根据考核方案的要求，2016年，省政府法制办牵头对全省14个市州和43个省直部门进行了考核。近日，省委、"
        "省人民政府对考核优秀的单位予以表彰，省环保厅被评为法治政府建设优秀单位。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_taiwanese_papers_lead_on_todays_press_conference_is_news() -> None:
    # 记者某某／综合报导 … 今（12）日举行…记者会: the paper's day form
    text = (
        "记者林立／综合报导\n大陆国务院新闻办今（12）日举行系列主题记者会，由中央政法委等单位介绍五年来法治中国"
        "建设取得的突破。\n五年来，立法工作取得重大进展，法治政府建设迈出新步伐。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_source_row_that_ends_in_the_pages_date_dates_a_lead_of_a_day() -> None:
    # 来源:某报-某新闻网 2021-04-15 20:19 over 4月13日，…: the row's date dates the lead; its source stays furniture
    text = (
        "石川镇开展法治宣传进村活动\n来源:青溪报-青溪新闻网 2021-04-15 20:19\n"
        "4月13日，石川镇组织开展法治宣传进村活动，发放宣传资料500余份。\n活动现场，工作人员为群众解答法律问题。\n"
    )
    doc = document(text)
    assert doc.report_year == 2021
    assert "青溪新闻网" not in clean(text).text


def test_an_event_whose_name_holds_its_year_and_a_laws_title_dates_the_news() -> None:
    # 近日，某市2024年“宪法宣传周”暨新修改《某法》宣传学习活动在…举行
    text = (
        "近日，青川市2024年“宪法宣传周”暨新修改《中华人民共和国统计法》宣传学习活动在市文化广场举行，"
        "普及统计法相关知识。\n市统计局局长出席活动并讲话。\n"
    )
    assert document(text).report_year == 2024


def test_a_named_course_of_a_year_that_opens_dates_the_news() -> None:
    # 2月24日，市人大常委会2017年“法制课堂”首次开课
    text = (
        "2月24日，市人大常委会2017年“法制课堂”首次开课。常委会组成人员和机关干部参加听课。\n"
        "本次学习的内容是地方组织法。\n"
    )
    assert document(text).report_year == 2017


def test_a_first_line_that_opens_with_its_year_and_names_its_subject_gives_the_year() -> None:
    # 2022年某街道平安建设工作 over a street's account of the year: no genre's word, the year all the same
    text = (
        "2022年青石街道平安建设工作\n平安建设方面\n（一）做好辖区维稳工作\n"
        "今年以来，街道严格压实维稳责任，截至10月底共受理各类矛盾纠纷34件，调解成功32件。\n"
    )
    assert document(text).report_year == 2022


def test_a_first_line_that_is_a_date_gives_no_year_of_a_heading() -> None:
    # the twin: 2019年3月5日 is a day, not a heading's year; nor is a sentence that opens with a year
    for first in ("2019年3月5日", "2019年，全县各项工作平稳推进，成效明显。"):
        text = first + "\n近年来，云溪县持续推进平安建设。\n"
        assert document(text).report_year != 2019 or document(text).evidence.report_year_source != "title"


def test_a_leads_subject_that_organises_after_its_purpose_and_day_is_named() -> None:
    # 本报讯 为…，7月5日，某区司法局司法事务服务中心组织…开展…: the lead's subject before 组织
    text = (
        "本报讯 为提升法律援助知晓率，使法律援助走进基层，7月5日，青川市石桥区司法局司法事务服务中心组织法律援助宣传队"
        "深入集市开展宣传活动。\n农村赶集不是新鲜事，但集市上多了法律援助的摊位。\n"
    )
    assert document(text).agency == "青川市石桥区司法局司法事务服务中心"


def test_a_bureau_that_takes_several_measures_after_its_purpose_is_named() -> None:
    # 为…，某市林业局多措并举，积极开展…
    text = (
        "为进一步普及法律知识，增强干部职工法治意识，青川市林业局多措并举，积极开展法治宣传教育工作。\n"
        "一是印发年度法治宣传教育实施方案。\n二是落实领导干部学法制度。\n"
    )
    assert document(text).agency == "青川市林业局"


def test_a_station_that_holds_sessions_on_several_days_is_named() -> None:
    # 为…，某镇司法所分别于2024年1月12日、4月1日组织召开…
    text = (
        "为增强乡村法律明白人的法治意识，石桥县石桥镇司法所分别于2024年1月12日、4月1日组织召开了法律明白人"
        "培训会，全镇共70名法律明白人参加了培训。\n培训中，法律明白人就常见法律问题提问。\n"
    )
    assert document(text).agency == "石桥县石桥镇司法所"


def test_a_visiting_team_a_province_organised_is_not_the_storys_body() -> None:
    # the twin: 10月22日，某省卫生计生委组织的督导检查组到某县检查…: the organiser of the visitors, not the host
    text = (
        "10月22日，青川省卫生计生委组织的“六五”普法督导检查组到石桥县检查指导工作。\n"
        "检查组听取了石桥县卫生计生系统“六五”普法工作情况汇报，认为我县卫生计生系统普法工作成效明显。\n"
    )
    assert document(text).agency != "青川省卫生计生委"


def test_a_sites_own_compiled_news_credit_leads_news() -> None:
    # 本网综合消息：4月15日是…，为…。某县司法局通过…组织开展…
    text = (
        "本网综合消息：4月15日是第九个全民国家安全教育日，为宣传普及国家安全知识，增强群众国家安全意识。"
        "石桥县司法局通过线上线下组织开展宣传活动。\n线下，工作人员发放宣传资料300余份。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_carriers_credit_with_its_writers_in_brackets_leads_news() -> None:
    # 中国报道讯（某某 通讯员 某某）为…，7月12日，某检察院干警走进社区…
    text = (
        "青川报道讯（李明 通讯员王红）为增进群众对行政检察工作的了解，7月12日，石桥区人民检察院干警走进社区，"
        "开展法治宣传活动。\n活动中，检察干警向居民讲解了行政检察职能。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_lead_after_a_purpose_of_several_clauses_is_news() -> None:
    # 为扎实推进…，抓住…，开展…，有效提高…，近日，某市普法办和某市法院联合印发《…》
    text = (
        "为扎实推进国家工作人员旁听庭审活动常态化、制度化，抓住国家工作人员特别是领导干部这一关键少数，开展生动的"
        "以案释法工作，有效提高国家工作人员特别是各级领导干部尊法学法守法用法意识和依法行政、依法办事的能力，近日，"
        "青川市普法办和青川市人民法院联合印发《关于组织旁听庭审活动的安排》。\n文件要求，各单位按时组织旁听。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_tier_of_governments_is_no_ones_name() -> None:
    # 《2020年省级人民政府履行教育职责评价…案例》: 省级人民政府 is every province's government, no one's name
    for tier in ("省级人民政府", "县级政府", "市级人民政府"):
        assert org_name(tier) is None
    assert org_name("青川市人民政府") == "青川市人民政府"


def test_a_years_points_that_state_its_overall_line_of_thought_are_work_points() -> None:
    # 2022年是…重要一年…。2022年全省司法行政工作的总体思路是：… / 2019年是…关键之年。总的工作要求是：…
    for second in (
        "2022年全省司法行政工作的总体思路是：坚持以习近平法治思想为指导，",
        "总的工作要求是：坚持党的绝对领导，",
    ):
        text = (
            "2022年是进入新征程的重要一年，做好今年工作责任重大、意义深远。" + second + "全面推进各项工作。\n"
            "一、深化法治建设\n1.推进科学立法。\n2.严格规范执法。\n"
        )
        assert document(text).doc_type == DocType.work_points


def test_an_untitled_report_that_opens_with_its_year_body_and_work_as_one_phrase_names_the_body() -> None:
    # 2024年某区卫生健康局法治建设工作，坚持以…为指导，…。现将…报告如下: year, body and work before the verb
    text = (
        "2024年石桥区卫生健康局法治建设工作，坚持以习近平法治思想为指导，在区委、区政府的正确领导下，推动法治建设"
        "稳步推进。现将2024年度我局法治政府建设工作情况报告如下：\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "（一）学深悟透习近平法治思想。全年组织集中学法12次。\n"
    )
    assert_agency(text, "石桥区卫生健康局", "preamble")

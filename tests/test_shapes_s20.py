"""Shapes of session 20 (issue 10), from the development texts and the blind sets HF–: news leads dated by a full
date before a court's hearing or an award.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document


def test_a_court_hearing_dated_in_the_lead_gives_its_year() -> None:
    # 2020年8月27日下午，某市人民法院开庭审理了…一案，…旁听庭审: the item is of the day of the hearing
    text = (
        "2021年5月12日下午，青川市人民法院开庭审理了原告王某诉青川市自然资源局行政处罚一案，"
        "来自市司法局、市住建局等单位的二十余名行政机关干部旁听庭审。\n"
        "庭审结束后，旁听人员结合案件交流了依法行政的体会。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2021


def test_an_award_dated_in_the_lead_gives_its_year() -> None:
    # 2015年3月31日，某县获全国法制建设先进县殊荣: the year of the award
    text = (
        "2016年4月8日，柳岸县获全省法治建设先进县殊荣，这项荣誉在全市仅有两个县获得。\n"
        "这份荣誉的背后，是柳岸县多年来坚持依法行政、推进普法宣传的持续努力。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2016


def test_a_law_in_force_from_a_dated_day_dates_no_item() -> None:
    # the twin: 2021年1月1日正式施行的《…法》: the day a law took effect is background, not the item's event
    text = (
        "2021年1月1日正式施行的《青川市退役军人服务条例》是本市第一部关于退役军人服务的地方性法规，"
        "为做好条例的学习宣传，各区县组织了多种形式的活动。\n"
        "记者了解到，条例施行以来，各项制度逐步落地。\n"
    )
    assert document(text).report_year is None


def test_a_party_secretary_invited_by_an_office_is_no_agency() -> None:
    # 近日，某县委书记某某受中共某省委依法治省办邀请…: a person between two bodies, never one name
    text = (
        "聚焦法治政府建设“柳岸实践”\n\n2021-04-15 10:54:00\n"
        "2016年至2018年，柳岸县连续三年被评为全省法治先进县。\n\n"
        "  近日，柳岸县委书记周明受中共青川省委依法治省办邀请参加《法治的声音》专题节目的录制。\n"
    )
    agency = document(text).agency
    assert agency is None or ("书记" not in agency and "受" not in agency)


def test_a_bureau_that_strives_under_its_leaders_names_itself() -> None:
    # 2020年，在市委市政府正确领导下，市司法局奋力扛起…责任: the report's writer before its verb of striving
    text = (
        "2020年，在市委市政府正确领导下，市司法局奋力扛起法治建设统筹协调、组织推动的重要责任，"
        "积极履行全面依法治市的组织者、推动者职责，统筹推动全市法治政府建设。\n"
        "一、主要举措和成效\n（一）完善制度体系。审核规范性文件32件。\n"
        "二、存在的不足和原因\n基层执法力量不足。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency == "市司法局"


def test_a_lead_that_opens_on_the_days_occasion_is_news() -> None:
    # 2018年12月4日为第5个“国家宪法日”…。为…，某县法院组织干警开展…活动: the occasion, then the events held for it
    text = (
        "2019年12月4日是第六个“国家宪法日”，也是全国法制宣传日。为弘扬宪法精神，维护宪法权威，"
        "柳岸县法院组织干警开展以“尊崇宪法 学习宪法”为主题的法律宣传活动。\n"
        "干警们一早来到人流较多的文化广场，通过宣传横幅、宣传彩页和现场咨询向群众讲解宪法知识。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2019


def test_yesterdays_occasion_opens_news_too() -> None:
    # 昨天是某省第六个司法日，为…，某市司法局…开展…活动
    text = (
        "昨天是青川省第六个司法日，为进一步提高群众的法治意识，青川省柳岸市司法局以“红、绿、蓝”三色为主打色，"
        "开展多样的法律宣传活动，为群众送法上门。\n"
        "上午九点，一排排单车和红马甲出现在柳岸市宣堡镇的村口。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_template_that_names_no_town_gives_no_town_from_a_verb() -> None:
    # XX乡镇2023年度…报告 whose body says 我镇 and 充分发挥镇党委…作用: 发挥镇 is a verb and a level, no town
    text = (
        "XX乡镇2023年度法治政府建设情况的报告\n\n"
        "2023年，我镇深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）压实责任。切实履行推进法治建设第一责任人职责，充分发挥镇党委在推进法治建设中"
        "总揽全局、协调各方的领导核心作用，全年召开专题会议4次。\n"
        "二、存在的不足和原因\n我镇执法人员力量不足。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency is None


def test_a_headline_that_a_district_set_up_a_committee_is_no_name() -> None:
    # 某区设立区政府行政复议委员会 as a bulletin's headline: a deed, not one body's name
    text = (
        "第23期\n（2025年9月）\n■ 法治实践\n柳岸区设立区政府行政复议委员会\n"
        "9月8日，柳岸区人民政府办公室印发《关于建立柳岸区人民政府行政复议委员会的通知》。"
        "行政复议委员会的设立，是贯彻落实新修订行政复议法的重要举措。\n"
    )
    agency = document(text).agency
    assert agency is None or "设立" not in agency


def test_a_self_check_of_another_line_of_work_is_no_annual_report() -> None:
    # 保密工作自查报告 / 现将保密工作自查情况报告如下 / 一、保密工作组织领导情况: another line's check of itself
    text = (
        "保密工作自查报告\n\n"
        "根据《中华人民共和国保守国家秘密法》及实施条例要求，结合单位工作实际，现将保密工作自查情况报告如下：\n\n"
        "一、保密工作组织领导情况\n单位高度重视保密工作，成立由主要负责人任组长的保密工作领导小组。\n"
        "二、存在的问题\n个别干部保密意识不强。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_rule_of_law_self_check_stays_a_report() -> None:
    # the twin: 现将法治政府建设工作自查情况报告如下 is the year's rule-of-law report whatever it calls its check
    text = (
        "2023年，柳岸县司法局在县委县政府领导下扎实推进法治政府建设，现将法治政府建设工作自查情况报告如下：\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n（一）完善制度。审核规范性文件12件。\n"
        "二、存在的不足和原因\n执法人员力量不足。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_disclosure_report_that_opens_on_its_template_part_one_without_its_words() -> None:
    # 一、总体情况 / 2022年，市政务办以…为指导，…高质量完成年度各项目标任务。/ （一）突出重点领域，加大主动公开力度
    text = (
        "一、总体情况\n"
        "2022年，青川市政务服务管理办公室以习近平新时代中国特色社会主义思想为指导，纵深推进“放管服”改革，"
        "统筹实施政务服务便民提升工程，高质量完成年度各项目标任务。\n"
        "（一）突出重点领域，加大主动公开力度\n一是统筹推动“放管服”改革。制定年度改革重点任务分工方案，"
        "细分20项监管、46项惠企改革措施，出台配套改革文件40余份。\n"
        "二是集成优化“一门一窗”。推行综合窗口改革，办件量同比增长12%。\n"
    )
    assert document(text).doc_type == DocType.information_disclosure_report


def test_a_shared_files_cut_title_is_no_name() -> None:
    # a document site's copy whose title lost its place: 委办公室政府办公室 (of 市委办公室市政府办公室) names no body
    text = (
        "委办公室政府办公室\n\n委办公室政府办公室\n\nID:20933962\n\n大小:460.50 KB\n\n页数:61页\n\n"
        "时间:2018-10-18\n\n委办公室政府办公室_第1页\n"
        "为进一步加强全市土地执法监察工作，经市委、市政府同意，现提出如下实施意见。\n"
    )
    assert document(text).agency is None


def test_a_group_office_whose_name_a_layout_split_is_not_named_by_its_tail() -> None:
    # 宜昌市城市综合管理工作 / 领导小组办公室公布了 / …评估结果: the office's name broken over two lines
    text = (
        "近日\n青川市城市综合管理工作\n领导小组办公室公布了\n2月份城区城市综合管理评估结果\n"
        "2月份按照新修订的《青川市城市综合管理工作评估办法》，从专项工作、行业管理等方面对各城区进行了评估。\n"
    )
    assert document(text).agency != "领导小组办公室"


def test_a_notice_issuing_the_disclosure_reports_format_names_no_government_of_the_republic() -> None:
    # 关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知: a law's words, not a body; the form every report
    # follows, not a report
    text = (
        "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知\n\n"
        "各省、自治区、直辖市人民政府办公厅，国务院各部委、各直属机构办公厅（室）：\n"
        "现将修订后的《中华人民共和国政府信息公开工作年度报告格式》印发给你们，请认真贯彻执行。\n\n"
        "中华人民共和国\n\n政府信息公开工作年度报告格式\n\n"
        "年度报告是全面反映政府信息公开工作情况的重要方式。依据《中华人民共和国政府信息公开条例》第五十条的要求，"
        "结合工作实际，制定《中华人民共和国政府信息公开工作年度报告格式》，并根据情况变化适时更新。\n"
        "一、报告内容\n（一）总体情况。这一项报告本机关政府信息公开工作总体情况。\n"
    )
    doc = document(text)
    assert doc.agency != "中华人民共和国政府"
    assert doc.doc_type == DocType.other


def test_a_notice_issuing_a_plan_is_still_the_plan() -> None:
    # the twin: 关于印发《某市2024年法治政府建设工作要点》的通知 carries the work points it issues
    text = (
        "青川市人民政府办公室关于印发《青川市2024年法治政府建设工作要点》的通知\n\n各区县人民政府，市政府各部门：\n"
        "《青川市2024年法治政府建设工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "一、深入学习贯彻习近平法治思想\n二、依法全面履行政府职能\n"
    )
    assert document(text).doc_type == DocType.work_points


def test_a_credited_lead_whose_purpose_clause_comes_before_its_dated_deed_gives_its_year() -> None:
    # 某某传媒网：（某某）进一步贯彻好…，2021年8月26日上午，某县司法局…开展了…活动
    text = (
        "青川法制传媒网：（王小丽）进一步贯彻好《中华人民共和国乡村振兴促进法》，切实增强群众依法推进乡村振兴的意识，"
        "2021年8月26日上午，青川市柳岸县司法局联合县农业农村局在尚官村开展了“乡村振兴、法治先行”普法宣传活动。\n"
        "活动现场，工作人员悬挂横幅、发放宣传资料2000余份。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2021


def test_a_lead_dated_by_its_month_after_a_purpose_sentence_gives_its_year() -> None:
    # 某某讯（通讯员 某某）为…助力法治农村建设。2022年2月，某司法所精心策划，在某村打造法治文化广场。
    text = (
        "青川人讯（通讯员 杨一春）为进一步加强农村法治文化建设，让群众在休闲中吸收法律知识，助力法治农村建设。"
        "2022年2月，柳岸县司法局新兴司法所精心策划，在新兴镇木山村打造法治文化广场。\n"
        "法治文化广场将法治宣传栏与广场有机融合，向村民宣传民法典等法律知识。\n"
    )
    assert document(text).report_year == 2022


def test_a_law_passed_in_a_month_dates_no_item() -> None:
    # the twin: 2014年2月，市人大通过《某条例》，规定市政府应当于每年3月5日举行…: a law's passing is background
    text = (
        "2014年2月，市人大通过《青川市民管理条例》，规定市政府应当于每年3月5日举行全体会议，布置政府年度重点工作任务；"
        "此后，市人大常委会又通过了规范行政决策程序的规定。\n"
        "这些制度让市民参与城市管理有了依据。\n"
    )
    assert document(text).report_year is None


def test_a_bureau_that_sets_up_its_heads_duty_names_no_bureau_set_up() -> None:
    # 我局…建立局党组书记、局长全面领导…的机制: 建立 is a verb before 局党组书记, no bureau named 建立局
    text = (
        "2022年，我局高度重视政府信息公开工作，要求全体干部充分认识政府信息公开工作的重要性，"
        "建立局党组书记、局长全面领导，分管领导具体负责的工作机制。\n"
        "一、总体情况\n全年主动公开政府信息56条。\n"
    )
    agency = document(text).agency
    assert agency is None or "建立" not in agency


def test_a_towns_schedule_of_checks_names_no_town() -> None:
    # 我镇…落实村每周镇每半月排查制度: a schedule over the levels, 村每周镇 is no town
    text = (
        "乡镇2024年平安建设工作调研报告\n"
        "一、矛盾纠纷排查调处工作中的经验做法\n"
        "经验做法：我镇进一步健全了镇、村、组、户四级调处网络，认真落实村每周镇每半月排查制度，"
        "对排查出的矛盾纠纷明确处理责任。\n"
    )
    agency = document(text).agency
    assert agency is None or "每" not in agency

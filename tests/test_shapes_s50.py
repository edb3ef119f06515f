"""Shapes of session 50 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean


def test_a_mirrored_decree_whose_number_follows_its_title_names_its_issuer() -> None:
    text = (
        "政务微信\n政务微博\n×\n×\n"
        "青禾市人民政府关于优化政务服务环境的实施意见(青政〔2019〕36号)\n"
        "来源:青禾市政府网 浏览次数: 发布时间:2019-05-08 09:12:40\n\n"
        "为贯彻落实省政府有关部署,深化简政放权,着力营造公平透明的营商环境,现提出如下实施意见。\n\n"
        "  一、持续压减审批事项\n\n"
        "  1.深化商事制度改革。全面推行企业开办一网通办,将开办时间压缩至2个工作日以内。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "implementation_plan"
    assert d.agency == "青禾市人民政府"


def test_a_later_page_of_a_flipbook_disclosure_report_is_a_disclosure_report() -> None:
    # a page past the tables' heads: the third table's last row, then parts four and five of the template
    text = (
        "Page 7 - 2023年报_统计局\n"
        "P. 7\n"
        "四、结转下年度继续办理 0 0 0 0 0 0 0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "2023 年,我单位未发生因政府信息公开申请行政复议、提起行政诉讼的情况。\n"
        "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
        "五、存在的主要问题及改进情况\n"
        "2023 年,我局政务公开工作取得一定成效,但仍存在公开内容不够丰富、解读形式较为单一等不足。\n"
        "2024 年,我局将进一步完善公开流程,丰富解读形式,提升公开质量。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.report_year == 2023


def test_an_audit_report_to_a_standing_committee_is_of_the_year_it_says_it_reports() -> None:
    text = (
        "——2022年7月26日在青禾省第十四届人民代表大会常务委员会第五次会议上\n"
        "青禾省审计厅厅长 林某\n"
        "主任、各位副主任、秘书长,各位委员:\n"
        "我受省人民政府委托,向省人大常委会报告2021年度省级预算执行和其他财政收支的审计情况,请审议。\n"
        "去年以来,省审计厅依法履行审计监督职责,共审计单位312个,查出问题金额15.6亿元。\n"
    )
    d = summarize(text=text).document
    assert d.report_year == 2021


def test_a_work_report_given_in_december_reviews_the_year_its_part_one_names() -> None:
    text = (
        "——2022年12月18日在青禾市桃源区第四届\n"
        "人民代表大会第一次会议上\n"
        "区长 周 某\n"
        "各位代表:\n"
        "我代表区政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
        "2022年工作总结和本届政府工作回顾\n"
        "2022年,面对复杂严峻的形势,区政府团结带领全区人民攻坚克难,地区生产总值增长4.8%。\n"
        "过去五年,我们坚持稳中求进,完成了本届政府确定的主要目标任务。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "government_work_report"
    assert d.report_year == 2022


def test_a_ballot_asking_the_public_to_rate_agencies_is_no_report() -> None:
    text = (
        "尊敬的先生/女士:\n"
        "您好!根据《青禾市2019年度依法行政考评方案》的规定,现对我市6个县(区)政府及24个市直单位"
        "依法行政工作面向社会进行满意度测评。您的评价将作为考评的重要依据,请投上您宝贵的一票!\n"
        "一、投票要求\n"
        "1、每个IP地址限投一票,投票截止于2020年2月10日。\n"
        "二、评价内容\n"
        "1、您对该政府或部门依法全面履行政府职能工作情况的评价。\n"
        "2、您对该政府或部门规范公正文明执法工作情况的评价。\n"
        "3、您对该政府或部门行政复议和行政应诉工作情况的评价。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.report_year == 2019


def test_a_books_chapter_on_the_history_of_a_legal_office_is_no_report_and_has_no_author() -> None:
    text = (
        "第三章 推进依法行政、建设法治政府的实践\n"
        "第一节 一般政府法制领域\n"
        "一、政府法制机构的沿革——以某省法制办为例\n"
        "省法制办公室是协助省长办理法制工作事项的办事机构。它的前身最早是1950年3月成立的省人民政府法制室。"
        "省法制办的沿革大致可分为法制室时期、法制局时期和法制办公室时期。1950年省人民政府成立时,根据"
        "《某省人民政府组织条例》第十条的规定,于1950年3月设立了省人民政府法制室。它的任务是,受省人民政府的"
        "领导,研究、草拟与审议法规草案。至1954年,法制室共审议或草拟法规草案40余件,其中由省人民政府发布"
        "和批准发布的条例、办法20余件。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.agency is None


def test_a_stub_headline_over_a_posted_notice_gives_way_to_the_notices_own_title() -> None:
    text = (
        "首页 > > 正文\n\n"
        "省人民政府发布通知\n\n"
        "青禾省人民政府关于下达2021年\n\n"
        "全省国民经济和社会发展计划的通知\n\n"
        "各市人民政府,省政府各部门:\n\n"
        "《2021年青禾省国民经济和社会发展计划》已经省十三届人大五次会议审议通过,现予下达,请认真贯彻实施。\n\n"
        "2021年2月3日\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.agency == "青禾省人民政府"
    assert d.report_year == 2021


def test_an_inspection_teams_feedback_is_the_inspected_towns_news() -> None:
    text = (
        "县委第三巡察组向桃源镇所辖村(社区)党组织集中反馈巡察情况\n"
        "根据县委巡察工作领导小组统一部署,2024年4月12日,县委第三巡察组向桃源镇所辖村(社区)党组织集中反馈"
        "巡察情况。巡察组指出了18个村(社区)在落实全面从严治党、基层治理等方面存在的问题,并提出整改意见。\n"
        "根据县委统一部署,2023年9月至11月,县委第三巡察组对桃源镇所辖村(社区)党组织开展了巡察,"
        "通过走访群众、查阅资料等方式发现问题线索。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "桃源镇"


def test_an_office_that_calls_others_together_to_meet_is_the_news_subject() -> None:
    text = (
        "近日,青禾市政府办公室召集该市纪委、法院、审计局和相关单位,召开审计整改专题推进会,督促审计报告"
        "指出的问题整改到位。会上,涉及整改的6家单位逐一汇报整改进展和下一步打算。\n"
        "会议要求,各单位要压实整改责任,确保按期销号。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市政府办公室"


def test_a_heads_visit_to_a_court_is_the_news_of_the_visitors_body() -> None:
    text = (
        "为深入了解政协委员法治实践平台运行成效,进一步推动民主监督与法治建设融合,近日,桃源区政协主席"
        "林某率队赴区人民法院专题视察“学法基地”建设运行工作。\n\n"
        "视察组通过实地查看、听取介绍、交流研讨等方式,全面了解基地成立以来的发展历程和工作成效。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "桃源区政协"


def test_a_body_that_applies_a_central_opinion_since_it_was_issued_is_the_subject() -> None:
    text = (
        "中共中央办公厅、国务院办公厅《关于全面推行河长制的意见》印发以来,水利部积极贯彻落实《意见》精神,"
        "印发贯彻落实的实施方案,相继出台督查考核办法和激励措施,全面加强指导。\n"
        "各省(区、市)聚焦河湖保护重点,基本建立上下衔接、职责明确的组织体系和责任体系。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "水利部"


def test_a_bureau_posting_its_superiors_visit_to_our_city_is_the_host() -> None:
    text = (
        "长治市司法局\n\n搜索位置\n匹配度\n排序\n\n"
        "省司法厅来我市就法律援助工作进行专项评估\n\n"
        "发布日期: 2024-05-20 发布机构: 长治市司法局\n\n"
        "5月14日至15日,省司法厅法律援助处副处长林某带队,就我市法律援助工作开展情况进行专项评估。"
        "市司法局党组成员、副局长周某陪同并汇报我市法律援助工作总体情况。\n\n"
        "座谈会上,评估组听取了我市法律援助工作汇报,查阅了案卷材料。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "长治市司法局"
    assert d.report_year == 2024


def test_a_standing_committee_session_that_adjusts_a_budget_is_of_that_budgets_year() -> None:
    text = (
        "市四届人大常委会第二十次会议举行第二次全体会议\n\n"
        "本报讯 (记者 林某) 8月26日下午,市四届人大常委会第二十次会议举行第二次全体会议。市人大常委会主任周某"
        "出席会议。\n"
        "会议表决通过了《关于批准2022年市本级决算的决议(草案)》;表决通过了《青禾市人民代表大会常务委员会关于"
        "批准2023年市本级预算调整方案的决议(草案)》;表决通过了人事任免事项。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2023


def test_a_years_summary_that_lost_its_title_is_of_the_year_its_first_part_sums_up() -> None:
    text = (
        "您当前的位置:首页 > 内容\n"
        "一、2024年工作总结\n"
        "(一)特色亮点工作\n"
        "1. 商圈活力持续释放。协调辖区内重点企业参与商圈联盟共建,累计召开商圈议事会9次,推出夜间消费活动12场。\n"
        "2. 基层治理提质增效。完善网格化管理机制,化解矛盾纠纷215件。\n"
        "(二)重点工作\n"
        "1. 经济发展稳中有进。完成固定资产投资3.2亿元,同比增长6.1%。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.report_year == 2024


def test_a_circular_on_how_the_work_reports_tasks_went_is_no_work_report() -> None:
    text = (
        "关于印发2023年《政府工作报告》主要任务上半年落实情况的通报\n\n"
        "发布时间:2023-08-21 10:12信息来源:桃源县人民政府\n\n"
        "桃源县人民政府督查室           2023年8月18\n\n"
        "关于印发2023年《政府工作报告》主要任务\n\n"
        "上半年落实情况的通报\n\n"
        "各乡镇人民政府,县政府各部门:\n\n"
        "根据县政府工作安排,县政府督查室对2023年县《政府工作报告》上半年落实情况进行了专项督查。"
        "从督查情况看,1-6月,各责任单位紧紧围绕《县政府工作报告》确定的目标任务,明确责任,狠抓落实。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"


def test_news_carrying_a_heads_signed_article_whole_is_news() -> None:
    text = (
        "近日,青禾省司法厅党委书记、厅长林某在《法治青禾》发表题为《以法治之力护航营商环境优化》的署名文章。"
        "文章系统梳理了我省法治化营商环境建设的实践成效,分析了存在的主要问题,提出了下一步的优化方向。"
        "文章全文如下:\n"
        "以法治之力护航营商环境优化\n"
        "林 某\n"
        "一、主要举措和成效\n"
        "2023年,全省制定修订营商环境地方性法规5件,清理规范性文件312件,行政复议纠错率达12.5%。\n"
        "二、存在的不足\n"
        "涉企执法仍有不规范现象,法治保障的精细化程度有待提升。\n"
        "三、下一步工作打算\n"
        "持续完善营商环境法规体系,推进涉企行政执法监督全覆盖。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"


def test_a_session_named_as_the_adopter_of_a_cited_report_is_not_the_writer() -> None:
    text = (
        "2024年3月20日,桃源县人民政府印发了《<2024年政府工作报告目标任务分工方案>的通知》(桃政字〔2024〕6号,"
        "以下简称《通知》),现将主要内容解读如下:\n"
        "一、出台背景\n"
        "桃源县第十八届人民代表大会第三次会议审议通过的《2024年政府工作报告》明确了县政府工作的总体要求和主要任务。"
        "为确保各项重点工作任务落实到位,县政府办公室对各项工作任务进行细化分解,形成了《通知》。\n"
        "二、主要内容\n"
        "《通知》共分解目标任务86项,明确了牵头单位和完成时限。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "桃源县人民政府"


def test_a_resolution_from_a_journal_database_opening_on_its_adoption_line_is_of_that_year() -> None:
    text = (
        "摘要\n\n"
        "<正>(2023年1月15日青禾省第十四届人民代表大会第一次会议通过)青禾省第十四届人民代表大会第一次会议听取和审议了"
        "省人民检察院检察长林某所作的工作报告。会议充分肯定省人民检察院的工作,同意报告提出的2023年工作安排,"
        "决定批准这个报告。会议要求,省人民检察院要依法履行法律监督职责。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.report_year == 2023
    assert "<正>" not in clean(text).text


def test_a_headline_naming_the_document_it_posts_over_that_document_gives_way_to_it() -> None:
    text = (
        "省人民政府发布《青禾省人民政府关于加强乡镇政府依法行政的决定》\n"
        "青政发〔2019〕12号各市人民政府,省政府各部门、各直属机构: 为深入推进依法行政,加快建设法治政府,"
        "现就加强乡镇政府依法行政作出如下决定。\n"
        "一、充分认识加强乡镇政府依法行政的重要性\n"
        "乡镇政府处在政府工作的第一线,是国家法律法规和政策的重要执行者。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.agency == "青禾省人民政府"
    assert d.report_year == 2019


def test_a_titled_plan_over_its_adoption_line_stays_a_plan() -> None:
    text = (
        "中共青禾省委 关于深入推进法治青禾建设的实施意见\n"
        "(2015年1月8日中国共产党青禾省第十二届委员会第七次全体会议通过)\n"
        "为全面推进法治青禾建设,根据中央有关部署,结合我省实际,提出如下实施意见。\n"
        "一、总体要求\n"
        "到2020年,基本建成法治政府,全省法治建设水平明显提升。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "implementation_plan"


def test_news_of_a_term_review_report_is_of_the_year_whose_plans_it_sets() -> None:
    text = (
        "2月18日上午,桃源镇第十五届人民代表大会第一次会议隆重开幕。镇长林某代表镇人民政府向大会作政府工作报告。"
        "报告分为过去五年工作的回顾、今后五年的指导思想和目标任务、2017年主要工作安排三大部分。\n"
        "报告认为,过去五年,全镇经济社会保持平稳较快发展,财政收入年均增长9.6%。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2017


def test_a_sessions_sub_headline_of_leaders_deeds_is_news_not_the_work_report() -> None:
    text = (
        "桃源日报 2024年01月05日\n"
        "林某出席 周某作政府工作报告 陈某主持 王某出席\n"
        "周某作政府工作报告。\n"
        "1月4日上午,青禾州第十四届人民代表大会第三次会议在州府隆重开幕。来自全州各条战线的人大代表满怀豪情步入会场,"
        "共商发展大计。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"


def test_a_headline_after_the_pages_topic_tags_and_a_bar_is_the_title() -> None:
    text = (
        "宪法宣传周 国家宪法日 | 桃源区开展2021年“宪法宣传周”活动\n\n"
        "栏目:教育 2021-12-08 10:12:30\n"
        "分享到:\n\n"
        "“弘扬宪法精神,建设法治桃源”\n\n"
        "12月4日国家宪法日\n\n"
        "国家宪法日是为增强全社会宪法意识、弘扬宪法精神而设立的节日。12月4日是我国第八个国家宪法日,"
        "也是第四个“宪法宣传周”。\n\n"
        "今年“宪法宣传周”的主题是“弘扬宪法精神,推进法治建设”。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "桃源区"
    assert d.report_year == 2021


def test_a_circulars_year_is_the_one_its_formulas_paragraph_names() -> None:
    text = (
        "为切实推进县政府决策部署的贯彻落实,县政府督查室近期对《政府工作报告》确定的2023年重点工作上半年完成情况"
        "进行了督办。现将有关情况通报如下:\n"
        "一、主要指标任务完成情况\n"
        "上半年,全县完成地区生产总值102.4亿元,同比增长6.2%;规模以上工业增加值增长8.1%。\n"
        "二、存在的问题\n"
        "部分项目推进缓慢,个别单位督办事项未按时办结。\n"
    )
    d = summarize(text=text).document
    assert d.report_year == 2023


def test_a_speech_is_of_the_year_of_the_numbered_meeting_it_is_given_at() -> None:
    text = (
        "在县优化营商环境工作推进会议上的讲话\n"
        "同志们:\n"
        "今天,我们召开县委优化营商环境领导小组2024年第3次会议,会议的主要任务是分析当前我县营商环境建设面临的"
        "新形势,总结前一阶段工作,部署下一步任务。刚才,相关部门负责同志汇报了工作进展。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "other"
    assert d.report_year == 2024


def test_a_leading_group_named_after_its_place_that_issues_a_notice_is_the_subject() -> None:
    text = (
        "青禾市制发《关于深入推进行政执法三项制度的通知》\n"
        "本网讯 3月9日,为认真贯彻落实上级有关部署,促进行政执法机关依法行政,加强行政执法监督,"
        "青禾市全面推进法治政府建设工作领导小组制发了《关于深入推进行政执法三项制度的通知》(以下简称《通知》)。\n"
        "《通知》分为四个部分,明确了今年推行三项制度的总体目标和工作要求。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "青禾市全面推进法治政府建设工作领导小组"


def test_a_communitys_honour_is_not_given_to_the_subdistrict_above_it() -> None:
    text = (
        "近日,桃源区青山街道怀远社区获评为2022年青禾省“民主法治示范社区”。青山街道辖区6个社区已经全部完成了"
        "民主法治社区创建工作,此次怀远社区获评省示范社区,将带动各社区民主法治建设。\n\n"
        "据了解,青禾省2017年全面开展省民主法治村(社区)创建活动。青山街道在2019年即基本完成所有社区创建工作。"
        "近年来,怀远社区始终将民主法治建设作为基层治理的重点。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency is None


def test_a_subdistricts_disclosure_report_posted_by_the_district_office_is_the_subdistricts() -> None:
    text = (
        "索引号 | 11/2024-00071 | 主题分类 | 其他 |\n"
        "发布机构 | 桃源区政府办 | 发文日期 | 2024-01-19 |\n"
        "- 信息来源:青山街道\n"
        "- 发布日期:2024-01-19 10:21\n"
        "本年报按照2023年桃源区青山街道政务信息公开工作实际编制而成。本年报由总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、"
        "其他需要报告的事项六部分组成。\n"
        "一、总体情况\n"
        "2023年,青山街道认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息126条。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency is not None and d.agency.endswith("青山街道")
    assert d.report_year == 2023


def test_a_disclosure_report_named_only_by_the_work_its_parts_cover_is_that_bodys() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》和区政府办公室关于做好2023年度政府信息公开工作年度报告的相关要求,"
        "我局认真贯彻落实《条例》,夯实政府信息公开工作基础。特向社会公布2023年度我局政府信息公开工作年度报告。\n"
        "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、"
        "存在的主要问题及改进情况、其他需要报告的事项等六部分组成,涵盖了2023年桃源区自然资源局政府信息公开工作,"
        "报告中所列数据统计起止时间为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n"
        "2023年,我局主动公开政府信息85条。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "桃源区自然资源局"


def test_a_disclosure_report_whose_contact_is_its_own_disclosure_groups_office_is_that_bodys() -> None:
    text = (
        "根据修订后的《中华人民共和国政府信息公开条例》等有关规定,特向社会公布2023年度本级政府(机关)信息公开工作"
        "年度报告。本报告包括总体情况、主动公开政府信息情况、依申请公开情况、行政复议和行政诉讼情况、存在的主要问题"
        "及改进措施和其他需要报告的事项共六个部分。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有任何疑问,请与"
        "桃源街道办事处政府信息公开领导小组办公室联系(地址:桃源大道5号;电话:0532-12345678)。\n"
        "一、总体情况\n"
        "2023年,本街道主动公开政府信息120条。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.agency == "桃源街道办事处"


def test_a_photos_caption_names_no_writer() -> None:
    text = (
        "新媒体集团  主办\n当前位置: 本网原创\n\n"
        "民法典“进万家”活动在保定启动\n\n"
        "来源: 青禾网  作者:林某\n"
        "2021-09-27 11:29:00\n分享:\n\n"
        "保定市信访局走进社区宣传民法典。保定市司法局供图\n\n"
        "  青禾网讯(记者 林某)9月26日上午,为期一周的“民法典进万家”活动正式开始。活动期间,民法典宣传将覆盖"
        "全市大街小巷,市民可以随处学习民法典知识。\n\n"
        "保定市委党史研究室在新华街社区宣传民法典。保定市司法局供图\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency != "保定市委党史研究室"

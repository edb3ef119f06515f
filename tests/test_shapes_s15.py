"""Shapes of session 15 (issue 10), from the blind sets FD–FI: a headline that puts its subject before a colon, a
disclosure report that publishes its year before its body's name or opens with its body's 信息公开工作, and an organ
run into the 政府 of the phrase after it.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.api import summarize_with_source
from summarizer.facts import org_name
from summarizer.models import DocType

from .support.facts import assert_agency, document

_STORY = (
    "时间：2021-06-02 09:30\n"
    "“每天傍晚来这里走走，顺便看看墙上的法律小故事。”6月1日，家住枫林村的村民老周笑着说。\n"
    "据了解，该镇枫林村法治长廊全长200余米，将村规民约和民法典条文绘上墙面。\n"
)


def test_a_headline_that_puts_its_town_before_a_colon_names_the_town() -> None:
    # 某镇：法治长廊扮靓乡村: the place the story is about, before the colon of its headline
    assert_agency("石川镇：法治长廊扮靓乡村新风貌\n" + _STORY, "石川镇", "title")


def test_a_tagged_headline_with_a_government_before_its_colon_names_the_government() -> None:
    # 【专栏名】某区人民政府：建设…政府，推动…: a column's tag, then the body, then its story's headline
    text = (
        "【示范创建风采】青岚区人民政府：建设守法诚信政府，推动营商环境提升\n"
        "今年5月，省里组织开展了法治政府建设先进集体评选，共评出先进集体40个。\n"
        "本期推出青岚区人民政府的先进事迹。\n"
    )
    assert_agency(text, "青岚区人民政府", "title")


def test_a_headline_whose_words_before_the_colon_are_no_name_names_no_one_by_them() -> None:
    # a column's label before the colon (今日关注：…) is no body
    agency = document("今日关注：法治长廊扮靓乡村新风貌\n" + _STORY).agency
    assert agency is None or "今日关注" not in agency


_DISCLOSURE_BODY = (
    "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n"
    "一、总体情况\n2022年，我局主动公开政府信息120条，未收到政府信息公开申请。\n"
)


def test_a_disclosure_report_that_publishes_its_year_before_its_body_names_that_body() -> None:
    # 向社会公布2022年某县某局政府信息公开工作年度报告: the year first, then the body whose report it is
    text = (
        "一、总体情况\n根据《中华人民共和国政府信息公开条例》规定，向社会公布2022年云溪县医疗保障局政府信息公开"
        "工作年度报告。\n" + _DISCLOSURE_BODY
    )
    doc = document(text)
    assert doc.doc_type == DocType.information_disclosure_report
    assert doc.agency == "云溪县医疗保障局"
    assert doc.report_year == 2022


def test_a_disclosure_report_that_opens_with_its_bodys_disclosure_work_names_that_body() -> None:
    # 2022年，某局信息公开工作在县委…领导下: the body before its work, with no 的 between
    text = (
        "2022年，县商务局信息公开工作在县委、县政府的正确领导下，全面贯彻落实《中华人民共和国政府信息公开条例》，"
        "不断增强商务工作透明度。\n一、主动公开情况\n全年主动公开政府信息85条。\n"
    )
    doc = document(text)
    assert doc.agency == "县商务局"
    assert doc.evidence.agency_source == "preamble"


def test_an_organ_run_into_the_government_of_the_phrase_after_it_is_no_name() -> None:
    # 某局政府信息公开…: 某局政府 is no government; a place's government still is one
    assert org_name("云溪县审计局政府") is None
    assert org_name("本机关政府") is None
    assert org_name("云溪县人民政府") == "云溪县人民政府"
    assert org_name("云溪县政府") == "云溪县政府"


def test_a_wire_credit_then_this_years_work_names_the_subject_after_it() -> None:
    # 某报讯 今年来，某区积极发挥…: the credit, a time of the year written without 以, then the subject
    text = (
        "江岸时报讯 今年来，青岚市石港区积极发挥法治督察职能作用，压实全区法治建设责任。"
        "将法治督察工作列入2024年区委依法治区工作要点，开展专项督察3轮。\n"
    )
    doc = document(text)
    assert doc.agency == "青岚市石港区"
    assert doc.report_year == 2024


def test_a_headline_that_opens_with_a_subtitles_dash_names_its_subject() -> None:
    # ——某区某镇开展…: the headline's second line standing alone under its dash
    text = (
        "——石港区新桥镇开展“八五”普法集中宣传活动\n"
        "2023年8月30日，新桥镇抓住庙会人流聚集的时机，在东岭村开展普法集中宣传教育活动，发放资料600余份。\n"
    )
    doc = document(text)
    assert doc.agency == "石港区新桥镇"
    assert doc.evidence.agency_source == "title"


_DISCLOSURE_OPENING = (
    "本报告根据《中华人民共和国政府信息公开条例》编制。报告所列数据的统计期限为2021年1月1日至2021年12月31日。\n"
    "一、总体情况\n2021年，主动公开政府信息156条。\n"
)


def test_a_high_tech_zone_by_its_whole_name_is_the_disclosure_reports_body() -> None:
    # 某地高新技术产业开发区2021年度政府信息公开工作报告: a zone whose place's stem is long
    doc = document("云港滨江高新技术产业开发区2021年度政府信息公开工作报告\n" + _DISCLOSURE_OPENING)
    assert doc.agency == "云港滨江高新技术产业开发区"
    assert doc.report_year == 2021


def test_a_body_reporting_for_its_own_offices_is_named_with_them() -> None:
    # 某总署(本级机关)…年度报告, 某局机关…年度报告: the body's own offices, apart from the units under it
    for name in ("国家某某总署(本级机关)", "云港市市场监督管理局机关"):
        doc = document(f"{name}2021年政府信息公开工作年度报告\n" + _DISCLOSURE_OPENING)
        assert doc.agency == name
    assert org_name("机关") is None
    assert org_name("全市机关") is None


def test_a_trade_sites_credit_leads_a_news_item_whose_subject_follows_its_time() -> None:
    # 某某在线某地消息 今年上半年，某县某局在…领导下: the credit, a part of the year, then the subject; the 在 of
    # the credit's 在线 is no leadership the body works under
    text = (
        "粮油在线桂西消息 今年上半年，广西天等县粮食和物资储备局在当地县委、县政府的正确领导下，"
        "扎实开展粮食流通监督检查，共检查企业12家。\n一是强化组织领导。二是突出专项检查。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.agency == "广西天等县粮食和物资储备局"


def test_a_real_county_whose_name_holds_a_word_of_a_sentence_is_a_name() -> None:
    # 天等县: 等 is the county's own character, not the 等 that ends a list (某局等单位)
    assert org_name("天等县司法局") == "天等县司法局"
    assert org_name("市司法局等单位") is None


def test_a_body_that_is_the_subject_of_its_own_leadership_clause_is_not_led_by_itself() -> None:
    # …在线…，某局在县委…领导下: an 在 before the body that opens no clause of its own leaves the body the writer
    text = (
        "本站在线发布 2023年，云溪县医疗保障局在县委、县政府的坚强领导下，坚持以人民为中心，"
        "推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n（一）强化学法。组织学法6次。\n"
    )
    assert document(text).agency == "云溪县医疗保障局"


def test_a_leader_whose_given_name_ends_as_a_towns_does_is_no_body() -> None:
    # 自治州州长 金之镇 … 1月6日，金之镇作报告: a person signed under a post, not a town
    text = (
        "2023年1月6日在某自治州第十六届人民代表大会第二次会议上\n自治州州长 林安镇\n"
        "1月6日，林安镇在自治州十六届人大二次会议上作政府工作报告。 记者 某某 摄\n各位代表：\n"
    )
    assert document(text).agency != "林安镇"


def test_a_title_followed_by_a_converted_tables_empty_cells_is_the_title() -> None:
    # 标题 | |||||||…: a row of empty cells run onto the title's line ends it
    doc = document(
        "云港市人力资源和社会保障局2023年政府信息公开工作年度报告 | " + "|" * 60 + "\n" + _DISCLOSURE_OPENING
    )
    assert doc.title == "云港市人力资源和社会保障局2023年政府信息公开工作年度报告"
    assert doc.agency == "云港市人力资源和社会保障局"
    _, prepared = summarize_with_source(text="某局工作动态 | " + "|" * 20 + "\n本月共办理事项12件。\n", engine="rules")
    assert "|||" not in prepared.cleaned.text


def test_a_street_that_holds_high_the_banner_opens_its_report_as_its_writer() -> None:
    # 某街党工委、办事处高举…旗帜: the writer, its verb a banner held high
    text = (
        "2022年，在区委、区政府的正确领导下，石岭街党工委、办事处高举习近平法治思想旗帜，"
        "深入推进法治政府建设，完善重大事项决策和法制审核程序。\n一、主要举措和成效\n（一）学法。组织学法8次。\n"
    )
    assert_agency(text, "石岭街党工委、办事处", "preamble")


def test_a_subject_set_off_by_commas_after_its_leadership_is_the_writer() -> None:
    # 在市委…领导下，某局，以…为目标: the subject between two commas
    text = (
        "2024年，在市委、市政府的正确领导下，青岚市林业和草原局，以全面推进依法行政为目标，"
        "切实抓好法治政府建设各项工作。现将有关工作情况报告如下：\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "（一）深入学习。召开专题会议4次。\n"
    )
    assert_agency(text, "青岚市林业和草原局", "preamble")


def test_a_page_date_above_a_kept_source_row_dates_a_lead_that_gives_the_day_only() -> None:
    # 标题 / 时间：2025-04-23 / 来源：某队 / 4月22日，…: the date line stood above the source row the page kept
    text = (
        "某大队组织开展“执法开放日”活动\n时间:2025-04-23\n来源:省路政执法总队第九支队\n\n"
        "4月22日,省路政执法总队第九支队某大队在执法站所组织开展“执法开放日”活动,邀请群众代表走进执法一线。\n"
        "活动中,执法人员现场讲解执法记录仪等设备的功能。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2025
    assert doc.evidence.report_year_source == "date line"


def test_a_page_date_in_a_row_of_fields_above_a_photo_caption_dates_the_lead_under_it() -> None:
    # 来源：某报 | 日期：2025年08月29日 | 制作：某某 / 图片说明 / 为…，8月27日，某局组织…
    text = (
        "公职人员旁听庭审\n\n来源:  某某法治报  |  日期:  2025年08月29日  |  制作:  某某\n\n"
        "庭审现场(图/记者某某)\n\n为进一步推动国家工作人员旁听庭审活动,8月27日,青岚市司法局组织局机关工作人员"
        "20余人旁听了一起行政诉讼案件的庭审。\n庭审结束后,大家纷纷表示受益匪浅。\n"
    )
    assert document(text).report_year == 2025


def test_a_cppcc_standing_committees_report_names_the_year_before_its_session() -> None:
    # ——2017年1月15日在政协某省第十一届委员会第五次会议上: the report reviews the year before
    text = (
        "政协某省第十一届委员会常务委员会工作报告\n——2017年1月15日在政协某省第十一届委员会第五次会议上\n某某\n"
        "各位委员、同志们:\n我受政协某省第十一届委员会常务委员会的委托,向大会报告工作,请予审议。\n"
        "一年来,常委会围绕中心、服务大局,开展协商议政活动28次。\n"
    )
    assert document(text).report_year == 2016


def test_a_page_date_above_a_documents_addressee_stays_furniture() -> None:
    # 发布时间：… / 省人民政府办公厅：/ 正文 (no title): the posting's date, not its body's
    _, prepared = summarize_with_source(
        text="首页 > 政务公开 > 正文\n发布时间:2019-03-20 来源:本网\n省人民政府办公厅:\n"
        "2018年度报告,依据《中华人民共和国政府信息公开条例》要求,由某省人民防空办公室编制。本年度报告由三部分组成。\n",
        engine="rules",
    )
    assert "2019-03-20" not in prepared.cleaned.text


def test_a_bodys_yearly_report_whose_formula_says_shufa_stays_the_bodys_report() -> None:
    # 某局2024年度法治政府建设年度报告 … 现述法报告如下: no person tells it; the title names the body's report
    text = (
        "青禾县水利局2024年度法治政府建设年度报告\n"
        "2024年,在县委、县政府的正确领导下,青禾县水利局扎实推进水利法治建设,为水利事业高质量发展提供了有力的"
        "法治保障,现述法报告如下:\n一、主要举措和成效\n(一)深入学习。我局组织集中学法6次。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_cover_letter_that_sends_up_a_yearly_summary_is_that_summary() -> None:
    # (a page's metadata rows,) 中共某市委、某市人民政府：/ 现将我局《2024年度…法治政府建设工作总结》随文上报。特此报告。/ the summary
    text = (
        "索引号: | 002560000/2025-00061 | 成文日期: | 2025-01-27 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n"
        "文件编号: | 发布机构: | 青岚市交通运输局 |\n"
        "中共青岚市委、青岚市人民政府:\n根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,"
        "现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n特此报告。\n青岚市交通运输局\n2025年1月15日\n"
        "2024年度交通运输法治政府建设\n工作总结\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2024


def test_a_lead_that_tells_of_a_hearing_held_on_a_day_is_news() -> None:
    # 12月10日，某县法院…公开开庭审理一起…案件: a court's hearing the lead dates is an event, the item news
    text = (
        "千名干部观百庭丨青禾县法院:庭审现场“沉浸式”学法,筑牢依法行政“防火墙”\n地方法治 | 2025-12-12 15:07:49\n"
        "微信扫码下载客户端\n为深化“千名干部观百庭”活动实效,全面提升行政机关依法行政能力,12月10日,青禾县法院"
        "行政审判庭(综合审判庭)公开开庭审理一起行政处罚案件,邀请辖区内20家行政机关的公职人员代表现场观摩庭审。\n"
        "庭审中,合议庭围绕案件争议焦点,有序推进法庭调查、法庭辩论等环节。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2025


def test_a_plans_title_with_its_first_heading_run_onto_it_is_still_a_plans_title() -> None:
    # 文档简介 / 某某工作方案一、背景与意义 / 1.3存在问题分析: a plan, whatever its headings name
    text = (
        "版权说明:本文档由用户提供并上传\n文档简介\n乡镇普法进机关工作方案一、背景与意义\n1.1政策背景分析\n"
        "1.1.1上级法治建设部署\n1.2现实需求分析\n1.2.1干部法律素养提升需求\n1.3存在问题分析\n"
        "1.3.1普法内容与工作实际脱节\n1.3.2普法形式单一吸引力不足\n1.3.3普法机制保障不健全\n1.4实施意义阐述\n"
    )
    assert document(text).doc_type != DocType.annual_report


def test_a_headline_of_a_session_that_heard_the_report_is_news() -> None:
    # 某省人大常委会会议听取审议2024年法治政府建设情况的报告: the session's news, the report its object
    text = (
        "人民之声丨省人大常委会会议听取审议2024年法治政府建设情况的报告\n稿件来源:某人大客户端 发布时间:2025-04-11 17:24:03\n"
        "3月25日,在省十四届人大常委会第十四次会议第一次全体会议上,受省人民政府委托,副省长某某作某省人民政府关于"
        "2024年法治政府建设情况的报告。\n常委会组成人员认为,省政府认真践行习近平法治思想,法治建设不断进步。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2024


def test_a_lead_that_tells_of_a_bodys_numbered_session_held_names_that_body() -> None:
    # 4月15日上午，区委政法委员会2022年第一次全体(扩大)会议在…召开: the session's own body
    text = (
        "4月15日上午,区委政法委员会2022年第一次全体(扩大)会议在区公安分局会议室召开。会议传达学习中央政法工作会议精神,"
        "听取政法委员述职,安排部署2022年政法重点工作。\n区委常委、政法委书记某某出席会议并讲话。\n"
    )
    doc = document(text)
    assert doc.agency == "区委政法委员会"
    assert doc.report_year == 2022


def test_a_session_the_headlines_subject_reported_to_is_not_the_storys_body() -> None:
    # 某区政府22名部门负责同志向区人大常委会述职 / 近日，某区三届人大常委会第15次会议召开: the audience
    text = (
        "县区动态\n青岚区政府22名组成部门主要负责同志向区人大常委会述职\n发布时间:2018-12-04\n"
        "近日,青岚区三届人大常委会第15次会议召开,区人大常委会主任某某主持会议。\n"
        "会上,区民政局、农业局等4个部门主要负责同志分别作了口头述职。\n"
    )
    assert document(text).agency != "青岚区三届人大常委会"


def test_a_body_asked_for_its_views_on_a_draft_report_is_not_the_storys_body() -> None:
    # 州政府就《政府工作报告(征求意见稿)》征求州人大常委会意见: the committee is consulted, the work is the government's
    text = (
        "州政府就《政府工作报告(征求意见稿)》征求州人大常委会意见\n来源:州人大常委会研究室 点击:2656\n"
        "1月19日,州委副书记、州长某某率州政府班子成员,就州政府工作和2023年《政府工作报告(征求意见稿)》"
        "听取州人大常委会意见建议。\n州人大常委会主任某某主持座谈会。\n"
    )
    assert document(text).agency != "州人大常委会"


def test_a_metadata_row_facing_the_public_is_no_audience_the_body_reported_to() -> None:
    # 公开范围 | 面向全社会 |某街道2022年度…报告: 面向 is no 向…述职, the street stays the writer (one-line copy)
    text = (
        "公开范围 | 面向全社会 |青溪街道2022年度法治政府建设报告 | ||发布时间: 2023-03-14 14:40 信息来源: 青溪街道 | |||||"
        "2022年,青溪街道法治政府建设工作在区委、区政府的坚强领导下,认真开展了法治政府建设各项工作,"
        "现将2022年法治政府工作情况报告如下:一、2022年度推进法治政府建设的主要举措和成效(一)强化组织领导。"
    )
    assert document(text).agency == "青溪街道"

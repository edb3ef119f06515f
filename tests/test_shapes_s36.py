"""Shapes of session 36 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a county's news of its government's standing meeting, the term written before the government's name
_STANDING_MEETING = (
    "5月6日,县委副书记、县长李明主持召开十九届县人民政府第42次常务会议。\n"
    "会议传达学习了《某省行政规范性文件管理办法》。\n"
    "会议强调,要严格履行合法性审核程序,确保每一件规范性文件合法有效。\n"
)


def test_a_standing_meeting_with_its_term_first_names_the_government() -> None:
    d = summarize(text=_STANDING_MEETING).document
    assert d.doc_type == "news"
    assert d.agency == "县人民政府"


def test_a_governments_party_group_meeting_names_the_government() -> None:
    text = (
        "3月2日下午,县委副书记、县长李明主持召开县政府党组(扩大)会议和县十七届第5次政府常务会议。会议审议了"
        "《政府工作报告》重点任务分工方案,研究法治政府建设等有关工作。\n"
        "县政府副县长出席会议,县直有关部门负责人列席会议。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "县政府"


def test_a_standing_meeting_of_a_term_still_needs_a_government() -> None:
    # guard: a term before words that name no body gives no agency
    text = _STANDING_MEETING.replace("十九届县人民政府第42次常务会议", "十九届第42次常务会议")
    assert summarize(text=text).document.agency is None


# two bodies inviting a speaker together, after a sentence on the law the training is about
_INVITED = (
    "2024年6月1日,某省人大常委会审议通过了新修订的《某省行政复议条例》。为推动各部门准确把握条例要义,日前,"
    "青州市司法局、市政务服务中心管委会邀请省司法厅干部李明作专题培训,市司法局科长王刚主持培训。\n"
    "本次培训采取线上线下结合的方式,累计收看人数近5000人。\n"
)


def test_two_bodies_inviting_a_speaker_name_the_first() -> None:
    d = summarize(text=_INVITED).document
    assert d.doc_type == "news"
    assert d.agency == "青州市司法局"


# a speech copied with its title alone, the year in the occasion it was given at
_SPEECH = (
    "县长在2018年县政府廉政工作会议上的讲话\n"
    "\n"
    "同志们:今天,我们召开县政府廉政工作会议,主要任务是贯彻落实县委全会精神,部署今年政府系统廉政建设工作。"
    "下面,我讲三点意见。\n"
)


def test_a_speech_title_dates_the_speech() -> None:
    d = summarize(text=_SPEECH).document
    assert d.title == "县长在2018年县政府廉政工作会议上的讲话"
    assert d.report_year == 2018


# a news app's copy: its headline, the outlet and the posting time, a lead dated by day, and two paragraphs down the
# city's record of an earlier year
_APP_NEWS = (
    "打开APP\n"
    "全省推进包容审慎监管观摩会在青州举行\n"
    "某省法制报\n"
    "2024-10-12 09:30:00\n"
    "\n"
    "10月9日,全省推进包容审慎监管观摩会在青州市召开,青州市司法局作经验交流。\n"
    "与会人员先后到青州市市场监管局、青州市税务局进行现场观摩。\n"
    "近年来,青州市践行包容审慎监管理念,2023年,经过省级初评,被推荐为全国法治政府建设示范市创建候选地区。\n"
)


def test_a_lead_dated_by_day_beats_a_year_further_down() -> None:
    d = summarize(text=_APP_NEWS).document
    assert d.doc_type == "news"
    assert d.report_year == 2024


def test_a_lead_dated_by_day_long_before_its_page_keeps_the_bodys_year() -> None:
    # guard: a repost's date line months after the event dates nothing, and the body's year stands
    text = _APP_NEWS.replace("2024-10-12", "2025-03-12")
    assert summarize(text=text).document.report_year == 2023


# a city paper's story on a standing committee's hearing: a two-part headline (the work goes on; last year's figure),
# the paper and its posting time, a photo caption, and a lead that names last year's figures
_LAST_YEAR = (
    "青州市法治政府建设深入推进 去年推进120余项事项“跨省通办”\n"
    "\n"
    "  青州日报   2024-04-16 08:10:00\n"
    "\n"
    "(政务服务中心通办窗口)\n"
    "\n"
    "日前,记者从青州市人大常委会第十二次会议获悉,青州市法治政府建设深入推进。2023年全市与9省30市达成“跨省通办”"
    "合作,推进120余项高频事项“跨省通办”。\n"
    "过去一年,全市开展法治宣讲活动2000余场次。\n"
)


def test_a_headline_on_last_years_work_dates_the_item_by_that_year() -> None:
    d = summarize(text=_LAST_YEAR).document
    assert d.doc_type == "news"
    assert d.title == "青州市法治政府建设深入推进 去年推进120余项事项“跨省通办”"
    assert d.agency == "青州市"
    assert d.report_year == 2023


def test_last_years_work_without_its_year_in_the_body_is_no_year() -> None:
    # guard: the headline tells of last year, the body names no year: neither the page's year nor any other
    text = _LAST_YEAR.replace("2023年全市", "全市")
    assert summarize(text=text).document.report_year is None


# a congress committee's own ceremony, done for the first time, its lead opening on the sitting it was held at
_FIRST_OATH = (
    "青禾区人大常委会首次举行宪法宣誓仪式\n"
    "发布时间 : 2017-04-28 17:30:00\n"
    "4月27日上午,在青禾区六届人大常委会第十二次会议上,青禾区人大常委会组织3名新任命的局长就职前向宪法宣誓。\n"
)


def test_a_body_that_does_something_for_the_first_time_in_its_headline_is_its_subject() -> None:
    d = summarize(text=_FIRST_OATH).document
    assert d.agency == "青禾区人大常委会"
    assert d.report_year == 2017


# a congress session's resolution copied without its title: the adoption line, then the session hearing the report
_RESOLUTION = (
    "(2021年1月12日 青州市第十七届人民代表大会第五次会议通过)\n"
    "青州市第十七届人民代表大会第五次会议听取和审查了市人民法院院长所作的工作报告。会议充分肯定市人民法院过去一年的"
    "工作,同意报告提出的2021年工作安排,决定批准这个报告。\n"
)


def test_a_resolution_belongs_to_the_session_that_adopted_it() -> None:
    d = summarize(text=_RESOLUTION).document
    assert d.agency == "青州市第十七届人民代表大会第五次会议"
    assert d.report_year == 2021


def test_a_session_named_further_down_adopts_nothing() -> None:
    # guard: a news item that mentions a session in its third paragraph is not that session's resolution
    text = "近日,青州市司法局开展法治宣传活动。\n活动共发放资料500份。\n" + _RESOLUTION.split("\n", 1)[1].replace(
        "青州市第十七届", "据悉,青州市第十七届"
    )
    assert summarize(text=text).document.agency != "青州市第十七届人民代表大会第五次会议"


# a report template whose copy masked every year, the year placed only by its five-year period
_MASKED = (
    "关于****年法治政府建设情况的报告\n"
    "中共青州市委、青州市人民政府:\n"
    "****年是“十四五”规划收官之年。我局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。\n"
    "一、主要举措和成效\n"
    "(一)深化学法普法。局党委专题学习法治思想**次。\n"
)


def test_a_masked_year_is_placed_by_its_five_year_period() -> None:
    d = summarize(text=_MASKED).document
    assert d.doc_type == "annual_report"
    assert d.report_year == 2025


# a county congress committee going to a town to meet its deputies
def test_a_body_going_somewhere_to_do_its_work_is_the_subject() -> None:
    text = (
        "本网讯(通讯员 李明)6月18日,县人大常委会到青禾镇开展主任接待代表活动。县人大常委会主任王刚接待了20余名"
        "县人大代表。\n与会代表围绕乡村振兴提出意见和建议。\n"
    )
    assert summarize(text=text).document.agency == "县人大常委会"


# a lead opening on two occasions as a sentence of their own, then a purpose of several clauses, then the bureau
# that decided to hold the week's events
_WATER_WEEK = (
    "2023年“世界水日”“中国水周”已至 青州市举办多项线上活动\n"
    "今年3月22日是第三十一届“世界水日”,3月22日至28日是第三十六届“中国水周”。为进一步提高社会参与度,营造全民节水"
    "氛围,建设人水和谐的生态城市,青州市水务局决定在“中国水周”期间开展系列线上活动,希望市民积极参与。\n"
    "23日上午,在直播间开展《地下水管理条例》宣贯解读活动。\n"
)


def test_a_lead_after_occasions_and_a_long_purpose_names_its_subject() -> None:
    d = summarize(text=_WATER_WEEK).document
    assert d.doc_type == "news"
    assert d.agency == "青州市水务局"


def test_a_purpose_with_no_body_after_it_names_none() -> None:
    # guard: the clauses after the purpose's commas name no body doing anything
    text = _WATER_WEEK.replace("青州市水务局决定在“中国水周”期间开展系列线上活动", "全市各界踊跃参与系列线上活动")
    assert summarize(text=text).document.agency != "青州市水务局"


# a speech headed by its occasion, the speaker a Party commission's secretary
def test_a_commission_secretarys_speech_is_the_commissions() -> None:
    text = (
        "在2021年法治蓝皮书发布会上的发言\n"
        "青州市政法委书记 李明\n"
        "(2021年6月10日)\n"
        "尊敬的各位领导、各位专家、同志们:\n"
        "初夏时节,我们在这里共同见证青州法治蓝皮书的发布。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "青州市政法委"
    assert d.report_year == 2021


# a circular on a check, copied from a wiki with its own heading, the checker the subject before the formula
def test_a_circular_belongs_to_the_body_that_did_the_checking() -> None:
    text = (
        "2021年政府网站检查情况通报\n"
        "2021年12月1日\n"
        "为持续推动政府网站健康有序发展,2021年8月—10月,国务院办公厅政府信息与政务公开办公室对各地区政府网站进行了"
        "检查。现将有关情况通报如下:\n"
        "一、总体情况\n"
        "共检查政府网站300个,总体合格率92.5%。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "国务院办公厅政府信息与政务公开办公室"


# a county site's feature page: banner lines, then a lead on a naming decision a paper printed, and the city named
def test_the_place_a_naming_decision_names_is_the_news() -> None:
    text = (
        "奋进四十载\n"
        "营造良好的法治环境\n"
        "近日,《某日报》刊发了某办关于第二批全国法治政府建设示范地区命名的决定,青州市荣获“全国法治政府建设示范市”称号,"
        "成为第二批获评的示范地区。\n"
        "6月8日,某研究所、某出版社联合举办的法治蓝皮书发布会在北京举行。\n"
    )
    assert summarize(text=text).document.agency == "青州市"


# a department's work brief on its own site: no headline, no date, a purpose clause, then the bureau by its level alone
# holding an event, told done
_BRIEF_EVENT = (
    "为了进一步增强宗教界学法守法意识,维护宗教领域和谐稳定,市民宗局开展了“学法守法”为主题的政策法规学习月活动。\n"
    "活动期间,通过以会代训的方式集中学习了《宗教事务条例》等法规。\n"
    "通过学习月活动,提高了宗教界人士运用法律保护自身合法权益的能力。\n"
)


def test_a_bureau_that_held_an_event_after_a_purpose_clause_is_news() -> None:
    d = summarize(text=_BRIEF_EVENT).document
    assert d.doc_type == "news"
    assert d.agency == "市民宗局"


def test_a_bureau_that_goes_on_after_a_purpose_clause_is_no_event() -> None:
    # guard: a report's self-reference after its purpose (…，市民宗局坚持…) is not a story's event
    text = _BRIEF_EVENT.replace(
        "开展了“学法守法”为主题的政策法规学习月活动", "坚持以习近平新时代中国特色社会主义思想为指导"
    )
    assert summarize(text=text).document.doc_type != "news"


# a mirror's page of a news item: print buttons and page numbers, then the headline: a central office inspecting a
# region unannounced
def test_a_central_office_inspecting_unannounced_is_the_news() -> None:
    text = (
        "】 【打 印】 \n"
        "【 第1页 第2页 】 \n"
        "中央依法治国办明察暗访青州法治建设工作\n"
        "http://www.example.com   2020-12-01 11:44:16\n"
        "\n"
        "  突击暗访,筛选短板\n"
        "  督察组通过暗访等形式与群众交流,筛选出当地法治化过程存在的短板。\n"
    )
    d = summarize(text=text).document
    assert d.agency == "中央依法治国办"


# a public appeal signed by an office, its date with the year's 年 lost by the copy
def test_a_signature_dated_by_its_month_names_the_signer() -> None:
    text = (
        "创建全国法治政府建设示范市倡议书\n"
        "发布日期:2021-05-28\n"
        "市民朋友们:\n"
        "建设法治政府是全面推进依法治国的重点任务。在市民朋友们的大力支持下,我市大力推进法治建设实践创新,法治政府"
        "建设走在全省前列。在全省高质量发展综合考核中,我市法治建设指标连续两年居全省第二,法治建设满意度逐年提升。"
        "成绩的取得,是全市人民不懈努力的结果,在此向您表示衷心地感谢!\n"
        "当前,我市正在创建全国法治政府建设示范市。让我们争做法治政府示范创建的坚定支持者、宣传者、参与者!\n"
        "中共青州市委全面依法治市委员会办公室\n"
        "20215月\n"
    )
    assert summarize(text=text).document.agency == "青州市委全面依法治市委员会办公室"


# a city's yearly work meeting dated by its day, the year named only by the plans it lays out
def test_a_work_meeting_is_dated_by_the_year_its_plans_are_for() -> None:
    text = (
        "本报讯3月12日,全市交通运输工作会议召开。副市长李明出席会议。\n"
        "2020年来,全市交通运输系统圆满完成了各项任务。2021年将重点抓好六个方面工作,即稳步推进交通基础设施建设。\n"
        "(本报记者 王刚)\n"
    )
    assert summarize(text=text).document.report_year == 2021


def test_a_meeting_late_in_a_year_is_not_dated_by_next_years_plans() -> None:
    # guard: a December meeting lays out the next year's plans; the item is not of that year
    text = (
        "本报讯12月12日,全市交通运输工作会议召开。副市长李明出席会议。\n"
        "今年以来,全市交通运输系统圆满完成了各项任务。2021年将重点抓好六个方面工作。\n"
    )
    assert summarize(text=text).document.report_year != 2021


# copies pasted as one line: the page's headline printed twice and run together, a site's menu run onto a column's
# name, a trail's last crumb run onto the title, a speaker's line run into the address


def test_a_headline_printed_twice_on_one_line_gives_no_fragment() -> None:
    # (real places, so that the gazetteer reads them as it reads a real copy)
    text = (
        "潮安区人大常委会首次举行宪法宣誓仪式潮安区人大常委会首次举行宪法宣誓仪式来源 :作者 :发布时间 : 2017-04-28 "
        "17:30:00点击数 : 5124月27日上午,在潮安区六届人大常委会第十二次会议上,潮安区人大常委会组织3名新任命的局长"
        "就职前向宪法宣誓。这是潮安区人大常委会首次举行宪法宣誓仪式。宣誓仪式结束后,新任命人员表示将忠于宪法,依法履职,"
        "为推进潮安区法治建设进程做出应有贡献。潮安区人大常委会副主任李明监誓。"
    )
    d = summarize(text=text).document
    assert d.agency == "潮安区人大常委会"


def test_a_menu_run_onto_a_column_name_gives_no_fragment() -> None:
    text = (
        "微信手机版政务服务和数据管理局法治政府建设年度报告蓬江区政务服务和数据管理局关于2025年度法治政府建设情况的报告"
        "文章来源:本网   更新时间:2025-11-20    浏览数:-字体大小:【打印本页】保护视力色:分享到:2025年,蓬江区政务和"
        "数据局坚持以习近平新时代中国特色社会主义思想为指导,在区委、区政府的领导下,全面推进法治政府建设各项工作。"
        "现就有关工作报告如下:一、2025年推进法治政府建设的主要举措和成效(一)深化政务服务改革。全年办理政务服务事项"
        "12万件。"
    )
    d = summarize(text=text).document
    assert d.agency is not None and "微信" not in d.agency


def test_a_crumb_of_towns_before_a_leagues_town_is_no_part_of_its_name() -> None:
    text = (
        "您当前的位置:首页> 政府信息公开 > 政府信息公开年报 > 2022 > 苏木镇阿拉善盟阿拉善右旗巴丹吉林镇人民政府2022年度"
        "政府信息公开工作年度报告本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括阿拉善盟阿拉善右旗"
        "巴丹吉林镇人民政府2022年度政府信息公开总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况。"
        "所列数据统计期限为2022年1月1日至2022年12月31日。"
    )
    d = summarize(text=text).document
    assert d.agency is not None and not d.agency.startswith("苏木镇")


def test_a_speakers_line_run_into_the_address_names_the_speakers_body() -> None:
    text = (
        "关于2022年度省级预算执行的审计工作报告——2023年7月27日在省十四届人大常委会第四次会议上青州省审计厅厅长李明主任、"
        "各位副主任、秘书长、各位委员:我受省人民政府委托,向省人大常委会报告2022年度省级预算执行和其他财政收支的审计"
        "情况,请予审议。"
    )
    assert summarize(text=text).document.agency == "青州省审计厅"


# a department's news copied without headline or date: it opens on the body holding a meeting
_HELD = (
    "省交通运输厅党组召开扩大会议,传达学习全省重点工作推进大会精神。厅领导班子全体成员、厅直单位主要负责人参加会议。"
    "会议确定,2021年全省交通运输工作要聚焦重点难点,全力推进交通运输重点工作攻坚。一要全力推进项目建设。\n"
)


def test_a_text_opening_on_a_body_holding_a_meeting_is_news() -> None:
    d = summarize(text=_HELD).document
    assert d.doc_type == "news"
    assert d.agency == "省交通运输厅"
    assert d.report_year == 2021


def test_a_report_opening_on_its_year_is_no_meeting_news() -> None:
    # guard: a report's opening names its year and its guiding thought, not a meeting held
    text = (
        "2021年,省交通运输厅坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措和成效\n(一)完善制度。全年审查规范性文件12件。\n"
    )
    assert summarize(text=text).document.doc_type == "annual_report"


# a news page dated day first, its lead on a plan with a target year
def test_a_target_year_does_not_keep_the_page_from_dating_the_item() -> None:
    text = (
        "青州明年实现三级政府法律顾问全覆盖\n"
        "\n"
        "04.05.2015  10:40\n"
        "\n"
        "为推进依法行政,日前,青州提出推行政府法律顾问制度,到2016年,实现市、县、乡三级政府法律顾问全覆盖。\n"
        "这意味着将建立起刚性制度,充分保障法律顾问的权利和地位。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2015


# a newspaper's feature on a bureau's five years of work: no headline, no date, paired subheads between paragraphs
_FEATURE = (
    "金融是经济的血脉。“八五”普法规划实施以来,青州省地方金融管理局全面落实“谁执法谁普法”责任制,将普法工作融入"
    "金融监管全过程。\n"
    "加强统筹谋划\n"
    "推动普法工作走深走实\n"
    "近年来,青州省地方金融管理局坚持把普法工作纳入金融监管全局系统谋划,持续健全制度体系,推动普法工作落地见效。\n"
)


def test_a_feature_with_paired_subheads_is_news() -> None:
    d = summarize(text=_FEATURE).document
    assert d.doc_type == "news"
    assert d.agency == "青州省地方金融管理局"


def test_numbered_headings_are_no_feature_subheads() -> None:
    # guard: a text whose short headings are numbered parts is no paper's feature
    text = _FEATURE.replace("加强统筹谋划\n推动普法工作走深走实\n", "一、加强统筹谋划\n(一)推动普法工作走深走实\n")
    assert summarize(text=text).document.doc_type != "news"


# a provincial office's notice commending the year's best, addressed to the cities' offices, the issuer deciding
def test_the_body_that_decides_a_commendation_issues_the_notice() -> None:
    text = (
        "各设区市党委依法治市办,省直机关各单位: 2021年以来,全省各地认真贯彻落实“八五”普法规划,全民法治素养得到增强。"
        "根据规划要求,经层层审核推荐,青州省委全面依法治省委员会办公室决定通报表扬白山市、青禾市为全省“八五”普法"
        "中期先进城市。希望受表扬的单位发扬成绩,再接再厉。\n"
    )
    assert summarize(text=text).document.agency == "青州省委全面依法治省委员会办公室"


# the deputy heads of a district's congress committee each leading a party to the towns they keep in touch with
def test_heads_leading_parties_to_towns_name_their_committee_whole() -> None:
    text = (
        "7月5日-6日,区人大常委会副主任李明、王刚、赵强分别率队,到联系街镇(乡)走访代表,广泛听取代表对“一府两院”"
        "上半年工作的意见建议。\n座谈会上,代表们对上半年工作开展情况表示满意。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "区人大常委会"


# a news site's copy: its stock photo's note first, a purpose, the bureau commending the year's best, a tag row
def test_a_stock_photos_note_and_a_tag_row_are_furniture() -> None:
    text = (
        "(资料图片仅供参考)\n"
        "为了表彰先进,切实发挥示范村引领作用,市司法局对全市优秀“民主法治示范村(社区)”予以通报表扬。经过逐级推荐,"
        "共评选出青禾镇凤柳村等23个全市优秀“民主法治示范村(社区)”。\n"
        "标签: 民主法治\n"
    )
    assert summarize(text=text).document.agency == "市司法局"


def test_the_national_office_without_its_owner_names_no_one() -> None:
    # guard: a disclosure report wrapped so that the office's owner (国务院办公厅) ends the line above: the cited
    # office alone is a fragment, the report's own town is its writer
    text = (
        "根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅\n"
        "政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式\n"
        ">的通知》(国办公开办函〔2021〕30号)要求,现发布《青禾县白山镇\n"
        "2021年政府信息公开工作年度报告》。\n"
        "一、总体情况\n(一)主动公开情况\n"
    )
    assert summarize(text=text).document.agency != "政府信息与政务公开办公室"


def test_a_kind_of_town_is_no_towns_name() -> None:
    # a county's news copied without its headline: its last sentence's subject is "the pilot towns", no town
    text = (
        "青禾县顺利完成乡镇综合行政执法改革试点工作。县委县政府选择三个镇进行综合行政执法改革试点,组建综合执法队伍。"
        "试点镇积极作为,大胆探索和实践,形成可复制的经验和模板。(李明)\n"
    )
    assert summarize(text=text).document.agency != "试点镇"

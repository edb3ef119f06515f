"""Shapes of session 43 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a portal's metadata as a bulleted list whose field names sit in brackets on a line of their own, the value on the
# bullet below (• [ 发布机构 ] / • 某局): the issuer is the bureau, not the portal named on the first line
_BRACKETED_FIELDS = (
    "青石市人民政府\n"
    "• [ 发布机构 ]\n"
    "• 青石市松山区司法局\n"
    "• [ 发布日期 ] 2024-03-20\n"
    "关于开展法治宣传进社区活动的情况说明\n"
    "今年以来，我局组织普法志愿者深入社区开展宣传活动12场，发放资料3000余份。\n"
)


def test_a_bracketed_issuer_field_over_its_bulleted_value_names_the_issuer() -> None:
    d = summarize(text=_BRACKETED_FIELDS).document
    assert d.agency == "青石市松山区司法局"
    assert d.evidence.agency_source == "metadata"


# a portal's explainer of a plan it issued: the title names the plan through the issuing notice
# (关于印发《…规划》的政策解读), but the page explains the plan, it is not the plan
_PLAN_EXPLAINER = (
    "当前位置:\n\n"
    "文字解读:关于印发《青石市消防事业“十四五”发展规划》的政策解读\n\n"
    "索引号:123456/2023-00012 生成时间:2023-01-09 15:30:21 发布机构:青石市 点击数:\n"
    "原文链接:点击查看源文件\n\n"
    "一、出台背景\n\n“十四五”时期是消防事业发展的关键时期，为提升防范化解重大安全风险的能力，制定本规划。\n\n"
    "二、总体要求\n\n(一)指导思想\n\n坚持以人民为中心，统筹发展和安全。\n"
)


def test_an_explainer_of_an_issued_plan_is_not_the_plan() -> None:
    d = summarize(text=_PLAN_EXPLAINER).document
    assert d.doc_type == "other"


# a document site's copy with no line breaks: the title runs straight into the report's first sentence; then the
# copy is forwarded under an addressee line (or a news app's byline) of its own, so the run-on line is not the first
_RUN_ON_REPORT = (
    "某县 2024 年度法治政府建设情况报告2024 年,全县坚持以习近平法治思想为指导,统筹推进依法行政、严格执法和全民守法,"
    "政府治理效能持续提升。一、强化统筹谋划,压实法治责任(一)健全工作机制。县政府常务会议专题研究法治政府建设"
    " 6 次,制定年度工作要点,明确重点任务 40 项。(二)加强学法用法。全年组织领导干部集中学法 10 次。"
)


def test_a_run_on_report_under_an_addressee_line_is_still_the_report() -> None:
    for above in ("", "县委、县政府：\n", "青山新闻客户端记者 王明 通讯员 李红\n2026-03-20 10:11 4857阅读\n"):
        d = summarize(text=above + _RUN_ON_REPORT).document
        assert d.doc_type == "annual_report", above
        assert d.report_year == 2024, above
        quote = d.evidence.genre[0]
        assert "法治政府建设情况报告" in quote.text


# a paper's brief copied with its credit run straight into the lead: the correspondent's name, then the organ that
# held the meeting, with no stop between them (本报讯 记者某某 通讯员某某某省某市委…)
def _brief(writer: str, organ: str) -> str:
    return (
        "某市首次直播述法评议\n\n2023-05-19  来源:某报\n\n"
        f"本报讯 记者王明 通讯员{writer}{organ}近日组织召开2022年度党政主要负责人专题述法评议会。"
        "据悉，这是该市第一次通过网络直播开展述法评议。\n\n会上，6家单位的主要负责人进行现场述法。\n"
    )


def test_a_credit_run_into_the_lead_leaves_the_organ_after_the_name() -> None:
    d = summarize(text=_brief("张小燕", "江西省南昌市委全面依法治市委员会办公室")).document
    assert d.agency == "江西省南昌市委全面依法治市委员会办公室"
    assert d.doc_type == "news"


def test_the_end_of_a_correspondents_title_never_starts_a_name() -> None:
    # (通讯员 ends in 讯, as 本报讯 does: what follows it is the writer's name, never the start of an organ's)
    d = summarize(text=_brief("李红", "青石市委全面依法治市委员会办公室")).document
    assert d.agency is None or not d.agency.startswith("员")


# a short item whose lead opens on a county's thing (its park built), not on the county doing something, and which
# then calls the county 该县: the county's news
_PLACE_THING = (
    "近日,青石县大型法治文化公园建成并投入使用,为推进依法治县搭建了新平台。\n"
    "该县法治文化公园占地2万平方米,投入资金80万元,园内设置宪法主题雕塑12组。\n(通讯员 王明)\n"
)


def test_a_lead_on_a_places_thing_told_as_that_county_names_the_county() -> None:
    d = summarize(text=_PLACE_THING).document
    assert d.doc_type == "news"
    assert d.agency == "青石县"


# a duty list's title broken inside a word over two lines (…履行推进法治 / 建设第一责任人职责清单): one title, the list's;
# its first line alone reads like a headline
_SPLIT_DUTY_LIST = (
    "您现在所在的位置: 首页 > 要闻动态\n\n"
    "青石市党政主要负责人履行推进法治\n建设第一责任人职责清单\n\n"
    "发布时间:2023-05-19 信息来源:青石市司法局\n"
    "  为深入贯彻习近平法治思想,推动党政主要负责人切实履行推进法治建设第一责任人职责,结合本市实际,制定本清单。\n\n"
    "  一、基本原则\n\n  (一)坚持党的领导;\n\n  (二)坚持权责一致。\n\n  二、一般职责\n\n  (一)带头学法用法;\n"
)


def test_a_duty_lists_title_broken_inside_a_word_is_one_title() -> None:
    d = summarize(text=_SPLIT_DUTY_LIST).document
    assert d.title == "青石市党政主要负责人履行推进法治建设第一责任人职责清单"
    assert d.doc_type == "other"


def test_a_lead_on_a_places_organ_head_told_as_that_county_is_not_the_countys() -> None:
    # (某县司法局局长某某带队到该县…: the place opens its bureau's name; the story is the bureau's, never the county's)
    text = "11月20日,青石县司法局党组书记、局长王明带队到该县法治文化公园检查指导施工进度。\n该公园将于本月底建成。\n"
    assert summarize(text=text).document.agency != "青石县"


# a county's headline whose predicate opens with 将 (某县将调解室建在群众家门口) under a site's breadcrumb: news
_WILL_HEADLINE = (
    "首页 > 治理要闻 > 正文\n\n青石县将调解室建在群众家门口\n\n"
    "近年来,青石县各乡镇人民调解组织坚持抓前端、治未病,建成村级人民调解组织82个,实现行政村全覆盖。\n"
)


def test_a_headline_whose_predicate_opens_with_jiang_is_news() -> None:
    d = summarize(text=_WILL_HEADLINE).document
    assert d.title == "青石县将调解室建在群众家门口"
    assert d.doc_type == "news"


# a city portal's item tagged 【某某政府网消息】 whose lead tells of the whole city's meeting (全市…推进会召开): the city's
_PORTAL_ITEM = (
    "【青石政府网消息】7月16日,全市法治建设工作推进会召开,总结交流2019年以来我市法治建设工作经验,"
    "部署今年法治建设重点工作。市委副书记王明出席会议并讲话。\n\n会上,两个县和三个市直部门作了交流发言。\n"
)


def test_a_portals_tag_names_the_city_whose_meeting_it_reports() -> None:
    d = summarize(text=_PORTAL_ITEM).document
    assert d.agency == "青石市"
    assert d.doc_type == "news"


# a portal that sets every line of an item's head as a bullet: its headline, its date row, then the lead itself
_BULLETED_ITEM = (
    "• 青石组织律师入企解决难题 助力优化法治营商环境\n\n"
    "  • 发布时间:2021-11-09 02:33 | 作者: | 来源:某信息港 | 浏览次数:\n"
    "  • 11月5日,青石省司法厅召开专题新闻发布会,介绍全省律师服务营商环境情况。\n"
)


def test_bullets_over_an_items_prose_are_its_headline_and_date_row_not_furniture() -> None:
    s = summarize(text=_BULLETED_ITEM)
    assert s.document.doc_type == "news"
    assert s.document.report_year == 2021
    assert s.document.agency == "青石省司法厅"


# a speech copied from a PDF whose wrap fell between a year's digits and its 年 (…系统 2025 / 年度…会议上的讲话): one
# title, the speech of the body whose head gave it, of that year
_WRAPPED_SPEECH = (
    "青石市司法局党组书记在全市司法行政系统 2025\n年度政治工作会议上的讲话\n同志们:\n"
    "今天,我们召开全市司法行政系统 2025 年度政治工作会议,\n主要任务是总结 2024 年工作,部署 2025 年任务。\n"
)


def test_a_speech_title_wrapped_after_its_years_digits_is_one_title_naming_the_speakers_body() -> None:
    d = summarize(text=_WRAPPED_SPEECH).document
    assert d.title is not None and d.title.replace(" ", "").endswith("2025年度政治工作会议上的讲话")
    assert d.report_year == 2025
    assert d.agency == "青石市司法局"
    assert d.doc_type == "other"


def test_a_speech_by_a_post_alone_names_no_body() -> None:
    # (县长在…会议上的讲话: a post with no body before it names none by the title)
    text = "县长在县政府全体会议上的讲话\n同志们:\n今天召开县政府全体会议,主要任务是部署今年工作。\n"
    assert summarize(text=text).document.agency is None


# a province's site under a date widget broken into pieces (— / 2023 / 01/19 / 09:30 / — 分享 —), then a headline that
# opens on a city's stem and a colon over a story naming the city in full
_STEM_HEADLINE = (
    "当前位置:\n\n首页 > 工作动态\n\n—  \n\n2023\n\n  —\n\n01/19\n09:30\n\n—  分享  —\n\n"
    "抚顺:建立政府常务会议月度专题调度法治政府建设机制\n\n文章来源:某某微信公众号 撰写时间:2026年01月13日\n\n"
    "  从2025年四季度起,抚顺市建立政府常务会议月度专题调度机制,将行政应诉、行政复议工作列为固定议题。\n\n"
    "  机制运行以来,抚顺市法治政府建设成效显著,四季度以来全市行政机关负责人出庭应诉率达100%。\n"
)


def test_a_headline_under_a_broken_date_widget_opening_on_a_citys_stem_names_the_city() -> None:
    d = summarize(text=_STEM_HEADLINE).document
    assert d.title == "抚顺:建立政府常务会议月度专题调度法治政府建设机制"
    assert d.doc_type == "news"
    assert d.agency == "抚顺市"


# a town's report with no title and no formula: one paragraph on its work, then part 一; forwarded under an addressee
_UNTITLED_TOWN_REPORT = (
    "近年来,青石镇在市政府的正确领导和市委全面依法治市委员会的指导下,认真贯彻法治建设规划,全镇紧紧围绕法治政府建设"
    "工作目标任务,全面推进依法治镇,全方位提高政府依法行政能力。\n"
    "一、高标准推进法治政府建设\n"
    "一是建立健全法律顾问制度。全年审查各类合同46份,提出法律意见30条。\n"
    "二是规范行政执法。组织执法人员培训4次,开展执法案卷评查2次,整改问题12个。\n"
    "二、深入开展法治宣传\n全年开展送法下乡活动15场,发放宣传资料3000余份,依法行政水平进一步提升。\n"
)


def test_an_untitled_report_opening_on_its_work_reads_the_same_under_an_addressee() -> None:
    for above in ("", "县委、县政府：\n"):
        d = summarize(text=above + _UNTITLED_TOWN_REPORT).document
        assert d.doc_type == "annual_report", above
        assert d.agency == "青石镇", above


# a template site's county summary under a bare genre word for a title (年度工作总结): the title names no other work,
# so the body's year of 依法行政 decides
_BARE_GENRE_TITLE = (
    "年度工作总结\n\n"
    "今年以来,我县在市委、市政府的正确领导和市法制办的指导下,认真贯彻落实国家、省、市政府依法行政的总体要求,"
    "强力推进依法行政,政府的公信度和执行力显著增强。\n\n"
    "一、加强领导,切实推进依法行政工作\n\n"
    "(一)整体推进。县政府将依法行政工作列入重要议事日程,全年召开专题会议4次,调整依法行政工作领导小组。\n\n"
    "(二)规范执法。开展行政执法案卷评查2次,评查案卷120卷,整改问题15个。\n"
)


def test_a_bare_genre_word_for_a_title_names_no_other_work() -> None:
    assert summarize(text=_BARE_GENRE_TITLE).document.doc_type == "annual_report"


# an untitled story that opens on the voices of its scene (“…吗?”“…吗?”......), then its day and its bureau's deed
_VOICES_FIRST = (
    "“您了解行政复议吗?”“您知道到哪里申请行政复议吗?”......6月5日,县司法局工作人员走上街头,"
    "对行政复议的受理范围、申请期限等进行宣传。\n"
    "活动现场共发放各类宣传材料100余份,现场解答群众咨询20余人次。\n"
)


def test_a_story_opening_on_its_scenes_voices_is_news() -> None:
    assert summarize(text=_VOICES_FIRST).document.doc_type == "news"


def test_a_year_read_as_the_one_before_the_plans_approved_quotes_the_approval() -> None:
    # (news of a session that approved a report's plans for 2025 reads 2024; its quote shows why, never a bare 2025年)
    text = (
        "近日,松山区第五届人民代表大会第五次会议听取了松山区人民检察院检察长王明作的检察工作报告。"
        "大会充分肯定了检察工作取得的成绩,同意报告提出的2025年检察工作安排,审议通过该报告。\n"
    )
    d = summarize(text=text).document
    quote = d.evidence.report_year
    assert d.report_year == 2024 and quote is not None
    assert quote.text.startswith("同意") and "2025年" in quote.text


# an untitled feature on a bureau's weeks since the year's start (今年年初 / 今年1月以来), told in the third person with
# subheadings and a village scene: news, not the bureau's report
_SINCE_THE_YEARS_START = (
    "今年年初,青石省司法厅党委制定了普法工作总体部署,以实施普法规划为主线,着力打造法治营商环境。\n"
    "司法厅组织各市遴选、公示,向上级推荐先进集体24个、先进个人23人。\n"
    "普法长廊助力美丽乡村建设\n"
    "松山县兴隆村的小广场上,道路两侧竖立着普法宣传栏,村民们饭后常来这里看一看。\n"
)


def test_an_untitled_feature_on_the_weeks_since_the_years_start_is_news() -> None:
    assert summarize(text=_SINCE_THE_YEARS_START).document.doc_type == "news"
    # (…while a body's own year, 今年以来，我局…, stays its report's opening)
    report = "今年以来,我局坚持以习近平法治思想为指导,全面推进法治政府建设。现将有关情况报告如下:\n一、主要举措和成效\n全年办理行政许可120件。\n"
    assert summarize(text=report).document.doc_type == "annual_report"


# a story cut to its meeting's paragraphs, no headline nor lead: 会议解读了…。会议强调…。会议要求…, then its source
_MEETING_PARAGRAPHS = (
    "会议解读了2022年度法治建设考评内容、材料报送要求及时间节点,对迎评工作做出总体安排。\n"
    "会议强调,各级各部门要提高政治站位,切实增强做好考评迎检工作的责任感、紧迫感。\n"
    "会议要求,要紧扣时间节点,抓细抓实做好迎评各项任务。\n来源:市委依法治市办秘书科\n"
)


def test_a_story_cut_to_its_meetings_paragraphs_is_news() -> None:
    assert summarize(text=_MEETING_PARAGRAPHS).document.doc_type == "news"


def test_a_zones_party_committee_by_its_kind_alone_names_no_one() -> None:
    # (a one-line copy that lost the zone's name: 党工委 alone says whose committee it is no more than 局 does)
    text = "2023年,党工委坚持以习近平法治思想为指导,全面推进法治政府建设。现将有关情况报告如下:一、主要举措和成效(一)健全工作机制。全年召开专题会议6次。"
    assert summarize(text=text).document.agency != "党工委"


# a drafting note with no title, opening on the decision it explains (现就《…的决定》…的有关情况说明如下), then its
# numbered parts: an explainer of that decision, not a report
_DRAFTING_NOTE = (
    "现就《青石县人民政府关于公布规范性文件清理结果的决定》(以下简称《决定》)的有关情况说明如下:\n"
    "一、制定必要性\n按照省政府行政规范性文件管理办法的规定,需要对我县现行有效行政规范性文件进行全面清理。\n"
    "二、起草过程\n县司法局对县政府及政府办公室名义制定的136件现行有效规范性文件进行了认真梳理。\n"
    "三、清理结果\n经汇总统计,继续有效的规范性文件98件,决定废止38件。\n"
)


def test_a_drafting_note_on_a_decision_is_an_explainer_not_a_report() -> None:
    assert summarize(text=_DRAFTING_NOTE).document.doc_type == "other"


def test_a_speaker_for_a_bodys_leadership_speaks_for_the_body() -> None:
    # (我代表市教育局领导班子向在座的各位…: the speech is the bureau's, its leadership named after it)
    text = (
        "在2021年青石市教育工作会议上的讲话\n同志们:\n过去的一年,全市教育系统积极推进各级各类教育改革发展。"
        "在此,我代表青石市教育局领导班子向在座的各位表示衷心感谢!\n一、把握关键环节\n全年新建学校12所。\n"
    )
    assert summarize(text=text).document.agency == "青石市教育局"


def test_a_headline_on_a_streets_name_run_with_its_citys_stems_is_news() -> None:
    # (苏州吴中长桥街道：与法同行…: the city's and the district's stems run onto the street, then a colon and a slogan)
    text = (
        "苏州吴中长桥街道:与法同行,“典”亮群众美好生活\n"
        "今年5月是第五个“民法典宣传月”,为深化公民法治素养提升行动,长桥街道开展了形式多样的民法典宣传活动。\n"
        "一方面,街道设置民法典普法小摊,与群众面对面开展宣传,发放宣传折页500份。\n"
    )
    assert summarize(text=text).document.doc_type == "news"


def test_a_city_trying_out_a_way_of_working_is_the_subject_of_its_story() -> None:
    # (去年以来，某市探索建立…模式，…: the city at work, whatever its deed's verb)
    text = (
        "去年以来,青石市探索建立“一平台三体系”模式,推行县镇村合法性审核三级全覆盖,共审核政府文件107件。\n"
        "搭建三级联动平台\n县级层面,依托司法局设立审核工作室,统筹工作部署。\n"
    )
    assert summarize(text=text).document.agency == "青石市"


def test_a_bureaus_volunteers_at_work_are_the_bureau_at_work() -> None:
    # (a scene first, then 为…，6月18日，某局普法志愿者来到某嘎查…开展…: the bureau's story)
    text = (
        "6月的草原芳草没踝,牧民三五成群地赶来,脸上洋溢着笑容。\n\n"
        "为进一步提升牧民群众法律意识,6月18日,青石旗司法局普法志愿者来到希日嘎查党群服务中心,开展了“送法进牧区”宣传活动。\n\n"
        "活动现场发放宣传资料300余份,解答咨询40余人次。\n"
    )
    assert summarize(text=text).document.agency == "青石旗司法局"


def test_a_lead_on_a_citys_stem_told_as_that_city_names_the_city() -> None:
    # (日前，某某获得…称号，…该市…: the city by its stem, its level word the one 该 gives)
    text = (
        "全国运动会赛事在佛山顺利举办,背后是法治政府建设的坚实保障。\n"
        "日前,佛山获得全国法治政府建设示范市称号,作为制造业名城,该市将示范创建与城市发展深度绑定。\n"
    )
    assert summarize(text=text).document.agency == "佛山市"

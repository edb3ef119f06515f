"""Shapes of session 29 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a report whose second part is one heading for both 不足 and 原因 (二、存在的不足和原因): the heading is found as
# both, and compliance names it once
_ONE_HEADING_BOTH = (
    "青禾县司法局2025年度法治政府建设情况报告\n"
    "2025年，县司法局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）健全依法决策机制。全年审查规范性文件12件，提出修改意见30条。\n"
    "二、存在的不足和原因\n"
    "执法人员专业能力仍有差距，主要原因是培训针对性不强。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "局主要负责人带头学法，全年主持召开专题会议4次。\n"
    "四、2026年主要安排\n"
    "（一）加强执法队伍建设。\n"
)


def test_one_heading_for_shortfalls_and_causes_is_listed_once() -> None:
    part = summarize(_ONE_HEADING_BOTH).compliance.shortfalls_causes
    assert part.present and part.causes_stated
    assert part.sections == ["二"]


# a page copied as one line whose fields and buttons come before the headline (时间：… 来源：本网【 打印 】【 关闭 】),
# the headline then the lead, the parts run together: the headline is the title, and the writer it names is kept
_BUTTONS_BEFORE_TITLE = (
    "时间：2025-03-01 来源：本网【 打印 】【 关闭 】 青禾县市场监督管理局2024年度法治政府建设工作情况报告 "
    "2024年，县市场监管局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进依法行政，各项工作取得"
    "积极成效。现将有关情况报告如下： 一、主要举措和成效 （一）加强组织领导。全年召开党组会议研究法治工作6次，"
    "制定年度工作要点。（二）规范执法行为。全年办理行政处罚案件120件，罚没款30万元。 二、存在的不足和原因 "
    "执法能力有待提升，主要原因是培训不够。 三、党政主要负责人履行推进法治建设第一责任人职责情况 "
    "局主要负责人带头学法4次。 四、2025年工作安排 继续加强执法队伍建设。"
)


def test_a_one_line_page_with_buttons_before_the_headline_keeps_its_title() -> None:
    s = summarize(text=_BUTTONS_BEFORE_TITLE)
    assert s.document.title == "青禾县市场监督管理局2024年度法治政府建设工作情况报告"
    assert s.document.agency == "青禾县市场监督管理局"
    assert s.document.report_year == 2024 and not s.compliance.missing


_DELEGATES = "各位代表：\n刚刚过去的一年，是全国各族人民团结奋斗、取得新成就的一年。\n"


def test_a_state_council_work_report_titled_with_its_year_names_its_writer() -> None:
    # a mirror's title 2024年国务院政府工作报告 (or with 中华人民共和国 in front): the State Council's own report, given
    # early in 2024 on 2023 (刚刚过去的一年), the year a careful reader labels it with (session 48)
    for title, writer in (
        ("2024年国务院政府工作报告", "国务院"),
        ("2024年中华人民共和国国务院政府工作报告", "中华人民共和国国务院"),
    ):
        doc = summarize(text=f"{title}\n{_DELEGATES}").document
        assert (doc.doc_type, doc.agency, doc.report_year) == ("government_work_report", writer, 2023)
    # (a city's, as before: the government before 工作报告)
    assert summarize(text=f"2024年青山市政府工作报告\n{_DELEGATES}").document.agency == "青山市政府"


def test_the_premier_speaking_for_the_state_council_in_older_words_names_it() -> None:
    # 我受国务院的委托，现在向大会提出…的报告 and 我代表国务院，作关于…的报告: the speaker names the writer
    for opening in (
        "我受国务院的委托，现在向大会提出关于今明两年国民经济计划安排的报告，请予审议。",
        "现在，我代表国务院，作关于国民经济和社会发展五年计划的报告，请大会审议。",
    ):
        doc = summarize(text=f"各位代表：\n{opening}\n").document
        assert (doc.doc_type, doc.agency) == ("government_work_report", "国务院")


def test_a_work_report_titled_with_the_year_it_was_delivered_in_reports_on_the_year_before() -> None:
    # 2026年某省政府工作报告 delivered 2026年1月27日 at the congress, its review part naming no year (一、工作回顾 /
    # “十四五”时期工作回顾): it reports on 2025, as one whose part one reads 一、2025年工作回顾 does
    for review in (
        "一、工作回顾\n2025年是不平凡的一年，全省生产总值增长5%。",
        "“十四五”时期工作回顾\n过去五年，全省发展取得新成就。",
    ):
        text = (
            "2026年青川省政府工作报告\n——2026年1月27日在青川省第十四届人民代表大会第五次会议上\n省长 某某\n"
            f"各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n{review}\n"
        )
        doc = summarize(text=text).document
        assert (doc.doc_type, doc.report_year) == ("government_work_report", 2025)
        assert doc.agency == "青川省政府"  # (as its title names it)


def test_a_work_reports_delivery_date_in_words_dates_it() -> None:
    # ——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上: delivered early in 2026, it reports on 2025
    text = (
        "政府工作报告\n——二〇二六年一月二十七日在青川省十四届人民代表大会第四次会议上\n"
        "各位代表：\n我代表省人民政府，向大会报告工作，请予审议。\n一、工作回顾\n过去一年，全省经济稳中有进。\n"
    )
    assert summarize(text=text).document.report_year == 2025


def test_an_untitled_explainer_opening_on_the_document_it_explains_names_that_documents_issuer() -> None:
    # a page whose headline was lost: 《某县2024年…工作要点》已制定发布，为便于理解，现作如下解读。 — the explainer speaks
    # for the issuer the explained document names first
    text = (
        "《青禾县2024年法治政府建设工作要点》已制定发布，为便于理解，现作如下解读。\n"
        "一、制定依据\n为深入推进依法行政，结合本县实际，制定本工作要点。\n二、主要内容\n共安排重点任务20项。\n"
    )
    assert summarize(text=text).document.agency == "青禾县"
    # (a body that opens by citing a document, with no word of explaining it, is not so read)
    cited = "《青禾县2024年法治政府建设工作要点》印发后，全镇认真抓好落实，开展普法活动12场。\n"
    assert summarize(text=cited).document.agency != "青禾县"


def test_news_of_a_meeting_named_for_the_year_it_sums_up_is_of_that_year() -> None:
    # 1月21日，某局召开2021年度工作总结大会，…部署2022年工作: the meeting sums up 2021, the item is 2021's; a year's
    # working meeting held early in it (召开2024年度工作会议，总结2023年工作) stays the year it is held for
    summary = "1月21日上午，市林业局召开2021年度工作总结大会。会议总结2021年工作，部署安排2022年工作。\n"
    assert summarize(text=summary).document.report_year == 2021
    working = "3月24日，区司法局召开2024年度工作会议，总结2023年工作，部署2024年任务。\n"
    assert summarize(text=working).document.report_year == 2024


def test_a_meeting_that_reviews_last_year_and_lays_out_this_one_with_the_year_first_is_of_this_year() -> None:
    # 5月6日，某县…推进会召开。…总结了2018年全县…工作，并就2019年工作进行了安排部署: held in 2019 for 2019
    text = (
        "本网讯 5月6日，青禾县法治政府建设推进会在县政府会议室召开。常务副县长某某作了讲话，"
        "总结了2018年全县法治政府建设工作，并就2019年工作进行了安排部署。\n会议强调，要压实责任，狠抓落实。\n"
    )
    assert summarize(text=text).document.report_year == 2019


def test_a_disclosure_report_titled_with_its_year_first_names_the_government() -> None:
    # 2022年某市政府信息公开工作年度报告: the place's government, as 某市政府信息公开工作2022年度报告 names it
    text = (
        "2022年青川市政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》要求编制。"
        "本年度报告中所列数据统计期限为2022年1月1日至12月31日。\n一、总体情况\n全年主动公开信息1200条。\n"
    )
    doc = summarize(text=text).document
    assert (doc.doc_type, doc.report_year, doc.agency) == ("information_disclosure_report", 2022, "青川市")


def test_a_disclosure_report_naming_its_year_only_in_the_day_its_figures_run_to_is_of_that_year() -> None:
    # 一、总体情况 … 截止2023年12月31日我局通过官方网站发布政务类信息34条: the report's year is 2023
    text = (
        "一、总体情况\n（一）主动公开信息情况。本年度我局门户网站不断充实政务公开内容。截止2023年12月31日我局通过"
        "官方网站发布政务类信息34条。\n（二）依申请公开工作情况。本年度共受理政府信息公开申请2件。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
    )
    doc = summarize(text=text).document
    assert (doc.doc_type, doc.report_year) == ("information_disclosure_report", 2023)


def test_an_abstract_followed_by_its_english_version_is_a_scholars_text_not_a_report() -> None:
    # a database's abstract of a yearbook chapter: the Chinese summary of a city's year, then <<In 2021, … in English
    text = (
        "2021年，青山市深入学习贯彻习近平法治思想，深入推进依法行政，推动法治政府建设迈上新台阶。在规章制定方面，"
        "加大重点领域制度创新力度。展望2022年，青山市将聚力打造一流的法治化营商环境。\n"
        "<<In 2021, Qingshan further studied and implemented the Thought on the Rule of Law, fully implemented the "
        "deployment on building a government under the rule of law, and promoted the construction to a new level.\n"
    )
    assert summarize(text=text).document.doc_type == "other"
    # (a report quoting a short English name, 12345 Hotline or APP, is a report all the same)
    report = (
        "2021年，青山市深入推进法治政府建设，现将2021年度法治政府建设情况报告如下：\n一、主要举措和成效\n"
        "开通Qingshan Government Service APP，办理事项120万件。\n二、存在的不足和原因\n执法力量不足。\n"
    )
    assert summarize(text=report).document.doc_type == "annual_report"


def test_a_disclosure_report_naming_an_organs_information_work_without_government_names_the_organ() -> None:
    # 特公布2022年某市人力资源和社会保障局信息公开工作年度报告 (信息公开 with no 政府 before it)
    text = (
        "根据《中华人民共和国政府信息公开条例》要求，特公布2022年青川市人力资源和社会保障局信息公开工作年度报告。"
        "报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n全年主动公开信息1715条。\n"
    )
    doc = summarize(text=text).document
    assert (doc.doc_type, doc.agency) == ("information_disclosure_report", "青川市人力资源和社会保障局")


def test_a_survey_reported_with_a_reports_formula_is_not_the_years_report() -> None:
    # 区依法治区办就我区法治建设群众满意度进行了在线专题调查，现就相关情况报告如下: a survey's report, whatever
    # rule-of-law words it holds
    text = (
        "法治建设群众满意度是我区现代化指标体系中的一项重要指标。为深入推进依法行政，区依法治区办就我区法治建设群众"
        "满意度进行了在线专题调查，现就相关情况报告如下：\n一、在线调查的基本情况\n共有78人参与了调查。\n"
        "二、在线调查的主要结果\n满意率为97.4%。\n"
    )
    assert summarize(text=text).document.doc_type == "other"


def test_news_of_a_satisfaction_survey_names_the_body_that_runs_it() -> None:
    # 近日，某省委依法治省办、某省统计局公布了《2020年…满意度调查报告》，我市…位居全省第二: the survey's publisher, the
    # first named; and 某办从2017年起委托某局…进行法治建设群众满意度调查 in a wire's second paragraph
    published = (
        "近日，青川省委依法治省办、青川省统计局公布了《2020年法治青川建设群众满意度调查报告》，"
        "我市2020年法治建设群众满意度总体评价分值为84.53，居全省第二名。\n"
    )
    assert summarize(text=published).document.agency == "青川省委依法治省办"
    commissioned = (
        "本报讯 6月15日，青川省政府新闻办召开新闻发布会，介绍2022年度全省法治建设群众满意度调查情况。\n"
        "青川省委全面依法治省委员会办公室从2017年起委托青川省统计局通过第三方测评，在全省进行法治建设群众满意度调查。\n"
    )
    assert summarize(text=commissioned).document.agency == "青川省委全面依法治省委员会办公室"
    # (a report that cites such a survey's result keeps its own writer)
    report = (
        "青禾县司法局2022年度法治政府建设情况报告\n2022年，县司法局深入推进依法行政。省统计局公布了《2022年法治青川建设"
        "群众满意度调查报告》，我县位居全市第一。现将有关情况报告如下：\n一、主要举措和成效\n全年办理复议案件12件。\n"
    )
    assert summarize(text=report).document.agency == "青禾县司法局"


def test_a_year_in_words_typed_with_the_letter_o_is_a_year() -> None:
    # 二O二三年 (the letter O for 〇, as typed on a keyboard): the year is read, and the title's writer with it
    text = (
        "青禾县林业局二O二三年度法治政府建设情况报告\n二O二三年，县林业局坚持依法行政，现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年办理行政许可40件。\n"
    )
    doc = summarize(text=text).document
    assert (doc.doc_type, doc.report_year, doc.agency) == ("annual_report", 2023, "青禾县林业局")
    assert doc.title == "青禾县林业局二〇二三年度法治政府建设情况报告"  # (the cleaned text reads the zero as a zero)
    # (Latin letters that are no year's zero are left alone: Ozone, 二OO with no 年 after it)
    from summarizer.clean import clean

    assert clean("Ozone 二OO五 二O一九年").text == "Ozone 二OO五 二〇一九年"


def test_a_menus_bulleted_label_above_the_title_is_not_the_title() -> None:
    # 当前位置: / • 工作计划 / • 文字: / 某市人大常委会2020年工作要点 / • 时间:… / • 来源:市人大常办: the bulleted menu
    # label is no title; the plain line below it is, and names the writer (not the source row's office)
    text = (
        "当前位置:\n• 工作计划\n• 文字:\n青川市人大常委会2020年工作要点\n• 时间:2020-05-21 10:11\n• 来源:市人大常办\n"
        "• 2020年是全面建成小康社会的决胜之年。常委会工作总体要求是：坚持依法履职。\n一、助力疫情防控\n"
        "1.依法保障推进疫情防控。\n"
    )
    doc = summarize(text=text).document
    assert doc.title == "青川市人大常委会2020年工作要点"
    assert (doc.doc_type, doc.report_year, doc.agency) == ("work_points", 2020, "青川市人大常委会")


# page copies pasted as one line (every line break lost) whose furniture ran into the headline: a trail with arrows
# (首页→ 网站公告), a catalogue's row of bare values (无 主动公开 无 无 2025.12.17), a note for keyboard readers
_BODY = (
    "2024年，{who}坚持以习近平法治思想为指导，深入推进依法行政。现将有关情况报告如下："
    "一、主要举措和成效（一）规范行政执法。全年办理行政处罚案件46件，开展执法案卷评查3次，组织执法人员培训2期。"
    "（二）强化普法宣传。开展“法律进社区”活动12场，发放宣传资料2000余份。二、存在的不足和原因执法力量不足，"
    "专业人员偏少。三、下一步工作安排持续规范执法行为，加强执法队伍建设。"
)


def _one_line(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


def test_one_line_pages_whose_furniture_ran_into_the_headline_keep_their_title_and_writer() -> None:
    for head, title, who in (
        ("法制查询\n首页→ 网站公告\n", "青川市人民政府关于2024年度法治政府建设情况的报告", "青川市人民政府"),
        ("", "白沙街道2024年度法治政府建设情况报告\n无\n主动公开\n无\n无\n2025.01.17", "白沙街道"),
        ("正文内容区域请使用tab按钮切换浏览\n", "2024年度白沙街道法治政府建设情况报告", "白沙街道"),
    ):
        page = f"{head}{title}\n{_BODY.format(who=who)}"
        for copy in (page, _one_line(page)):
            doc = summarize(text=copy).document
            assert doc.title == title.split("\n")[0], copy
            assert (doc.doc_type, doc.report_year, doc.agency) == ("annual_report", 2024, who), copy

"""Shapes of session 52 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize


def test_a_headline_organ_named_by_its_city_stem_takes_the_leads_full_name() -> None:
    # the headline drops the city's level word (安康…局汉阴分局); the lead names the body as it is called
    text = (
        "安康生态环境局汉阴分局走进社区开展普法宣传\n"
        "（通讯员 李明）近日，安康市生态环境局汉阴分局在城关镇中心广场开展生态环境法律法规宣传活动，"
        "发放宣传资料800余份，现场解答群众咨询30余人次。\n"
        "此次活动增强了群众的环保意识。\n"
    )
    assert summarize(text=text).document.agency == "安康市生态环境局汉阴分局"


def test_a_headline_organ_the_lead_names_alike_is_kept() -> None:
    # guard: no level word is added where the lead has none
    text = (
        "安康生态环境局汉阴分局走进社区开展普法宣传\n"
        "近日，安康生态环境局汉阴分局在城关镇中心广场开展宣传活动，发放宣传资料800余份。\n"
    )
    assert summarize(text=text).document.agency == "安康生态环境局汉阴分局"


def test_a_year_opening_a_new_clause_after_a_verb_used_as_a_noun_is_background() -> None:
    # 考核 is a noun here (综合考核位居前列); the year after its comma starts another clause, an honour of the year
    # before: the item is of its page's date, the lead's day falling four days before it
    text = (
        "馆陶法院工作报告获全票通过\n"
        "来源: • 2021-07-27 13:59:28\n"
        "7月23日,在馆陶县第十七届人民代表大会第一次会议上,馆陶法院工作报告获全票通过。\n"
        "五年来,馆陶法院共受理各类案件21000余件,审判执行质效综合考核位居全市前列,2020年被授予“全省优秀法院”称号。\n"
        "与会代表对馆陶法院工作报告给予高度评价。\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year) == ("news", 2021)


def test_an_officials_rank_after_a_body_is_a_person_of_it_not_the_items_subject() -> None:
    # a joint group of five bodies inspects; the next sentence opens on one body's official by rank (一级调研员):
    # that body did not do the item, and no one body did
    text = (
        "6月12-14日,市委、市人大、市政府、市政协、市委政法委组成联合督查组,分3组对全市平安建设工作开展督查。"
        "市委政法委一级调研员王某、副书记李某分别带队,市人大常委会法工委副主任赵某等参加督查。\n"
        "督查组听取了各区工作情况汇报,实地查看了示范点。\n"
    )
    assert summarize(text=text).document.agency is None


_BRIEFS = (
    "■ 5月8日,省人大常委会副主任张某出席全省人大代表工作座谈会并讲话,强调要进一步密切同人民群众的联系。\n"
    "■ 5月9日,省领导李某召开省直交通部门专题会议,要求紧盯年度目标抓好当前工作。\n"
    "■ 5月9日,省政协召开“推进城乡融合发展”专题协商会,副省长王某到会听取发言并讲话。\n"
)


def test_a_page_that_is_a_column_of_briefs_names_no_one_body() -> None:
    # three bulleted briefs, each of another body: the last one's subject is not the page's
    assert summarize(text=_BRIEFS).document.agency is None


def test_a_bodys_own_dated_deeds_under_its_title_keep_its_name() -> None:
    # guard: the same bullets under a title that names the body are its own record
    text = (
        "宜春市司法局5月工作动态\n"
        "■ 5月8日,宜春市司法局召开全市司法行政工作推进会,部署下一阶段重点任务。\n"
        "■ 5月9日,宜春市司法局组织开展民法典进社区宣传活动,发放资料600余份。\n"
    )
    assert summarize(text=text).document.agency == "宜春市司法局"


def test_a_leaders_first_person_report_names_the_body_he_heads_never_a_fragment() -> None:
    # 本人担任某局党组书记、局长以来: the bureau, not 本人担任某局 (a verb inside a name is a fragment)
    text = (
        "关于2023年度党政主要负责人履行推进法治建设第一责任人职责情况的述法报告\n\n"
        "区委依法治区办：\n"
        "本人担任区交通运输局党组书记、局长以来，认真履行推进法治建设第一责任人职责，现将2023年度述法情况报告如下：\n"
        "一、履职情况\n（一）带头学法。全年主持党组会议学法6次。\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year, d.agency) == ("accountability_report", 2023, "区交通运输局")


def test_a_level_government_publishing_its_report_is_the_place_the_reports_title_names() -> None:
    # 市政府…公布《绍兴市2023年度…报告》: the city's government, not a bare 市政府 that names no place
    text = (
        "我市发布2023年度法治政府建设情况报告\n"
        "来源：绍兴日报 发布时间：2024-03-28\n"
        "本报讯（记者 王某）近日，市政府正式对外公布《绍兴市2023年度法治政府建设情况报告》。"
        "报告显示，2023年我市共制定政府规章2部。\n"
        "据了解，报告从七个方面总结了全市法治政府建设的主要举措和成效。\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year, d.agency) == ("news", 2023, "绍兴市政府")


def test_an_item_that_speaks_as_its_county_is_the_county_its_credited_organ_is_of() -> None:
    # 我县召开… with no place named but the credit's (（来源：寿县司法局）): the county
    text = (
        "3月5日，我县召开2024年度法治政府建设工作推进会，总结2023年工作，部署2024年重点任务。"
        "县委副书记、县长张某出席会议并讲话。\n"
        "会议强调，各乡镇、各部门要压实责任，推动法治政府建设提质增效。\n"
        "（来源：寿县司法局）\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year, d.agency) == ("news", 2024, "寿县")


def test_an_assessments_scoring_rules_are_its_form_not_a_rule() -> None:
    # a title ending 细则 reads as a rule; …考核评分细则 with its points (3分, 扣3分) is an assessment form
    text = (
        "2023年度法治政府建设考核评分细则\n"
        "一、组织领导（10分）\n"
        "1.党政主要负责人履行推进法治建设第一责任人职责（3分）。未履行的扣3分。\n"
        "2.召开专题会议研究法治建设（2分）。\n"
    )
    assert summarize(text=text).document.doc_type == "assessment_form"


def test_what_a_reporter_learnt_of_a_years_figures_dates_the_item() -> None:
    # 记者从某院获悉，2023年全市法院共受理…: the item is of the year whose figures it gives
    text = (
        "近日，记者从铜陵市中级人民法院获悉，2023年全市法院共受理各类案件5.2万件，审执结5.1万件，结案率98.1%。\n"
        "据介绍，全市法院坚持司法为民，持续深化诉源治理。\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year, d.agency) == ("news", 2023, "铜陵市中级人民法院")


def test_a_chair_by_post_convening_a_committees_meeting_is_the_committees_news() -> None:
    # 县委书记某某主持召开县委全面依法治县委员会第五次会议: the committee's meeting, not the 县委 of the chair's post
    text = (
        "县委书记王某主持召开县委全面依法治县委员会第五次会议\n"
        "1月16日，县委书记、县委全面依法治县委员会主任王某主持召开县委全面依法治县委员会第五次会议，"
        "审议《2023年度全县法治政府建设情况报告》。\n"
        "会议指出，2023年全县法治建设取得明显成效。\n"
    )
    assert summarize(text=text).document.agency == "县委全面依法治县委员会"


def test_a_government_by_its_level_alone_is_the_one_whose_site_the_title_names() -> None:
    # a page title with its site's name after an underscore; the report calls its writer 区政府 only
    text = (
        "2023年度法治政府建设情况报告_鹤城区人民政府门户网站\n"
        "2023年，区政府坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）深入学习贯彻习近平法治思想。区政府常务会议会前学法12次。\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year, d.agency) == ("annual_report", 2023, "鹤城区政府")


def test_a_subject_that_does_a_deed_and_is_pointed_back_at_is_the_items_body() -> None:
    # 某局办理… is the bureau doing a deed (no 局办 office); 该局 names it again
    text = (
        "2023年，黄山市司法局办理法律援助案件2356件，挽回经济损失3200余万元，同比增长12%。\n"
        "今年以来，该局持续深化法律援助便民服务。\n"
    )
    assert summarize(text=text).document.agency == "黄山市司法局"


def test_a_subject_named_once_and_never_again_names_no_one() -> None:
    # guard: one mention, no pointer back at it
    text = "2023年，黄山市司法局办理法律援助案件2356件，挽回经济损失3200余万元，同比增长12%。\n"
    assert summarize(text=text).document.agency is None


def test_what_a_reporter_learnt_as_of_a_years_end_dates_the_item() -> None:
    text = (
        "记者从省司法厅了解到，截至2023年底，全省共建成村（社区）公共法律服务工作室2.1万个，实现全覆盖。\n"
        "据介绍，省司法厅将继续推进公共法律服务体系建设。\n"
    )
    assert summarize(text=text).document.report_year == 2023


def test_a_subdistrict_offices_work_report_names_the_office_whole() -> None:
    # …办事处工作报告: 办 is no organ's end here (街道办|事处), the office is named whole
    text = (
        "西湖街道办事处工作报告\n"
        "——在2024年1月街道居民代表会议上\n"
        "西湖街道办事处主任 王某\n"
        "各位代表：\n现在，我代表街道办事处向大会报告工作，请予审议。\n一、2023年工作回顾\n"
    )
    assert summarize(text=text).document.agency == "西湖街道办事处"


def test_a_work_report_by_its_level_alone_is_the_government_of_the_place_whose_congress_hears_it() -> None:
    # 我代表市人民政府 under a subtitle naming the city's congress: that city's government
    text = (
        "政府工作报告（摘要）\n"
        "——2024年1月8日在桐城市第十八届人民代表大会第三次会议上\n"
        "市长 张某\n"
        "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.agency) == ("government_work_report", "桐城市人民政府")


def test_a_notice_of_the_two_general_offices_names_the_governments() -> None:
    # 中共某县委办公室 某县人民政府办公室 on one line above the notice: joint issuers, the government's office named
    # (as 中共某县委 某县人民政府 names the government)
    text = (
        "中共泾县县委办公室 泾县人民政府办公室\n"
        "关于印发《泾县2024年法治政府建设工作要点》的通知\n"
        "各乡镇党委、政府，县直各单位：\n"
        "现将《泾县2024年法治政府建设工作要点》印发给你们，请结合实际认真贯彻落实。\n"
    )
    d = summarize(text=text).document
    assert (d.doc_type, d.report_year, d.agency) == ("work_points", 2024, "泾县人民政府办公室")

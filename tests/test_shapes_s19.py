"""Shapes of session 19 (issue 10), from the development texts and the blind sets GO–GT: a feature story told of a
body in the third person, a decision's title.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document, spaced_line


def test_a_feature_that_tells_of_a_city_since_recent_years_is_news() -> None:
    # 近年来，某州以深入贯彻…为引领，… / 一是…: a newspaper's story of a place's work, no year of its own and no
    # report's formula, whatever verb follows the place's name
    text = (
        "近年来，青川市以深化法治领域改革为驱动，全力破解依法行政中的难点问题，法治建设亮点频出。\n"
        "良法善治，筑牢法治之基。建立基层立法联系点12个，征集意见建议300余条。\n"
        "严格执法，守护公平正义。推行行政执法“三项制度”，全市执法案卷合格率逐年提高。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_bureau_that_stands_on_its_work_in_a_story_is_news() -> None:
    # 某区司法局立足…，充分发挥…作用: the bureau told of by a writer, the verb one of standing on a task
    text = (
        "柳岸区司法局立足法治政府示范创建，充分发挥法治固根本、稳预期的保障作用，扎实推进法治柳岸建设。\n"
        "加强统筹谋划，第一责任人履职探索新路径。抓住领导干部“关键少数”，落实常务会议学法机制。\n"
    )
    assert document(text).doc_type == DocType.news


def test_the_same_opening_over_a_reports_formula_stays_a_report() -> None:
    # the twin: the bureau's opening sentence, then 现将…情况报告如下 and part ①: the bureau's own report
    text = (
        "柳岸区司法局立足法治政府示范创建，充分发挥法治固根本、稳预期的保障作用，扎实推进法治柳岸建设。"
        "现将2024年度法治政府建设情况报告如下：\n"
        "一、2024年度推进法治政府建设的主要举措和成效\n（一）加强统筹谋划。召开专题会议5次。\n"
        "二、存在的不足和原因\n执法队伍力量不足。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_decision_that_names_model_counties_is_read_by_its_title() -> None:
    # 某办关于第一批…示范区县和项目命名的决定 under a page's breadcrumb, then 为树立…，按照…，某办组织开展了…: the
    # decision's title is its title and names its genre, whatever story its purpose clause reads like
    title = "中共青川市委全面依法治市委员会办公室关于第二批全市法治政府建设示范区县和项目命名的决定"
    text = (
        f"关怀版\n您当前的位置: 首页>专题栏目>法治建设 > 法治动态\n\n{title}\n\n日期: 2023-10-09\n字体:\n\n"
        "为树立法治政府建设的先进标杆，进一步推动各区县各部门找差距、补短板，按照中央依法治国办统一部署和市委市政府"
        "工作要求，自2022年12月以来，市委依法治市办组织开展了第二批全市法治政府建设示范创建活动。经过初审、实地评估"
        "和社会公示，决定命名柳岸区等3个区县为示范区县。\n\n中共青川市委全面依法治市委员会办公室\n\n2023年10月3日\n"
    )
    doc = document(text)
    assert doc.title == title
    assert doc.doc_type == DocType.other


def test_a_caption_that_names_two_bodies_joined_by_and_names_neither_as_one() -> None:
    # 中共某市委全面依法治市委员会办公室和市司法局揭牌仪式现场。(某某 摄): two bodies' signboards unveiled
    # together, never one body's name; the story's subject is the bureau
    text = (
        "中共青川市委全面依法治市委员会办公室和市司法局揭牌仪式现场。（王红 摄）\n"
        "青川市司法局在围绕中心、服务大局中积极作为，全年审查市政府规范性文件23件。\n"
    )
    assert document(text).agency != "青川市委全面依法治市委员会办公室和市司法局"


def test_a_weather_service_that_calls_itself_a_department_is_not_cut_to_a_ministry() -> None:
    # 湖北省某市气象部门2022年政府信息公开工作年度报告 / 2022年，某市气象部门认真贯彻…: 部门, never a 部
    text = (
        "北川省青川市气象部门2024年政府信息公开工作年度报告\n一、总体情况\n"
        "2024年，青川市气象部门认真贯彻落实《中华人民共和国政府信息公开条例》，推进重点领域信息公开。\n"
    )
    assert document(text).agency != "青川市气象部"


def test_a_session_of_a_standing_committee_is_not_cut_before_its_last_word() -> None:
    # 县政协九届常委会第二十四次会议召开: the committee's session; 县政协九届常委 is no body's name
    text = (
        "县政协九届常委会第十二次会议召开\n发布时间：2024-01-13\n"
        "1月12日上午，县政协九届常委会第十二次会议召开。县政协主席王红主持会议。\n"
    )
    assert document(text).agency != "县政协九届常委"


def test_a_definition_and_a_class_of_cities_are_no_names() -> None:
    # 财政预算是指国家或地方政府在一定时期内…: a definition's subject; 自治区设区市推进…评价报告: every city
    definition = "一、乡镇财政预算概述\n财政预算是指国家或地方政府在一定时期内对财政收支进行预测和计划的活动。\n"
    assert document(definition).agency is None
    cities = (
        "自治区设区市推进政务公开工作五年来的总体评价报告\n2023-03-13 来源：北川自治区政务公开领导小组办公室\n"
        "五年来，各设区市认真落实政务公开工作要求，公开平台建设不断加强。\n"
    )
    assert document(cities).agency != "自治区设区市"


def test_a_standing_committees_report_delivered_on_its_behalf_is_no_government_work_report() -> None:
    # 各位代表：受市人大常委会的委托，我向大会报告工作，请予审议: the congress's committee reports, with 的 in its
    # mandate
    text = (
        "2025年1月20日在青川市第九届人民代表大会第四次会议上\n青川市人民代表大会常务委员会主任 王红\n各位代表：\n"
        "受市人大常委会的委托，我向大会报告工作，请予审议。\n过去一年的主要工作\n2024年，常委会依法履职。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_notice_issuing_the_split_of_a_work_reports_tasks_issues_a_plan() -> None:
    # 某办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知: the plan is issued, the report
    # only cited; 关于印发《政府工作报告》2018年目标任务责任分解的通知 likewise
    for title in (
        "青川市人民政府办公厅关于印发2024年省《政府工作报告》涉及我市工作任务责任分解方案的通知",
        "青川市人民政府关于印发《政府工作报告》2024年目标任务责任分解的通知",
    ):
        text = f"{title}\n各区人民政府，市政府各部门：\n现将有关任务分解印发给你们，请认真贯彻落实。\n"
        assert document(text).doc_type == DocType.implementation_plan, title


def test_the_plans_execution_report_is_not_the_government_work_report() -> None:
    # 关于某县2021年国民经济和社会发展计划执行情况及2022年计划(草案)的报告 / 各位代表：
    text = (
        "关于柳岸县2024年国民经济和社会发展计划执行情况及2025年计划(草案)的报告\n各位代表：\n"
        "受县人民政府委托，现将柳岸县2024年国民经济和社会发展计划执行情况及2025年计划草案提请大会审议。\n"
    )
    assert document(text).doc_type == DocType.other


def test_two_documents_issued_together_take_the_first_ones_genre() -> None:
    # 《某局系统2022年度普法依法治理工作要点》和《某局系统2022年度普法责任清单》已经局党组同意，现印发给你们
    text = (
        "局属各单位、机关各处室：\n《青川市林业局系统2024年度普法依法治理工作要点》和《青川市林业局系统2024年度"
        "普法责任清单》已经局党组同意，现印发给你们，请结合工作实际，认真遵照执行。\n中共青川市林业局党组\n2024年5月\n"
    )
    assert document(text).doc_type == DocType.work_points


def test_a_story_under_a_reporters_byline_of_its_own_is_news() -> None:
    # ■记者 某某 通讯员 某某 on a line of its own over a story that names no report's formula nor parts
    text = (
        "■记者 王红 通讯员 李青\n"
        "2024年，青川市政法系统紧紧围绕中心、服务大局，在法治轨道上推进政法领域改革，取得明显成效。\n"
        "全市矛盾纠纷化解率保持在98%以上，群众安全感持续提升。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_report_a_newspaper_carries_under_a_byline_stays_a_report() -> None:
    # the twin: the byline over the bureau's own report, 现将…报告如下 and part ①
    text = (
        "■记者 王红\n"
        "青川市司法局2024年法治政府建设年度报告\n"
        "2024年，青川市司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、2024年推进法治政府建设的主要举措和成效\n（一）加强组织领导。召开专题会议5次。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_feature_whose_page_names_a_newspaper_as_its_source_is_news() -> None:
    # 某某新闻>>某某要闻 / 2017-02-21 来源：某某日报 / 五年来，某市…: the paper's story of the city's work, told at
    # second hand (据了解，…)
    text = (
        "青川新闻>>青川要闻\n2023-02-21 11:46:55 来源：青川日报\n"
        "五年来，青川市普法工作交出了一份亮眼的成绩单，全市涌现出一大批学法用法的先进典型。\n"
        "据了解，全市各地各部门广泛开展群众性法治宣传教育活动，形成了全社会共同参与的大普法格局。\n"
    )
    assert document(text).doc_type == DocType.news


def test_an_opening_that_runs_the_year_into_the_towns_work_dates_the_report() -> None:
    # 中共某市委、某市人民政府： / 2022年某镇法治政府建设工作以…为指导，…。现将推进情况报告如下： / …专题听取2021年度
    # 法治政府建设情况报告: the opening's year, not the year of the report heard inside a measure
    text = (
        "中共青川市委、青川市人民政府：\n"
        "2024年柳岸镇法治政府建设工作以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平法治思想，"
        "大力推进依法行政工作。现将推进情况报告如下：\n一、主要举措和成效\n"
        "（一）加强党的领导。一是全年举办理论中心组学法6次。二是专题听取2023年度法治政府建设情况报告，"
        "制定《柳岸镇2024年度法治建设工作要点》。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2024


def test_a_neighbourhood_committee_is_not_cut_before_its_last_word() -> None:
    # 某社区居委|会召开…居民代表大会: never 居委
    committee = (
        "柳岸社区居委会召开2024年度居民代表大会\n"
        "近日，柳岸社区居委会召开2024年度居民代表大会，居民代表40余人参加，会议审议了社区工作报告。\n"
    )
    assert document(committee).agency != "柳岸社区居委"


def test_a_work_report_template_with_its_place_left_blank_names_no_body() -> None:
    # 人民代表大会政府工作报告 with the place before 人民代表大会 left out, as a template site has it
    template = (
        "人民代表大会政府工作报告\n\n时间:2024-03-02 12:16:17\n\n人民代表大会政府工作报告\n\n"
        "各位代表，下面，我代表**乡人民政府向大会做政府工作报告，请予以审议。\n一、几年来工作简要回顾\n"
    )
    assert document(template).agency != "人民代表大会政府"


def test_the_government_and_the_court_as_a_pair_are_no_one_body() -> None:
    # 市长在府院联动工作推进会上的讲话: 府院 is the government and the court working together
    pair = (
        "一、提站位明方向\n二、抓重点破梗阻\n三、强保障抓落实\n市长在府院联动工作推进会上的讲话\n同志们：\n"
        "今天我们专题召开府院联动工作推进会，既是对前期工作的总结，也是对下一步工作的部署。府院联动不是简单的"
        "“政府+法院”协作，而是推进治理能力现代化的重要抓手。\n"
    )
    assert document(pair).agency != "府院"


def test_disclosure_reports_titled_without_the_words_government_or_open_are_disclosure_reports() -> None:
    # 某镇2020年度信息公开工作报告, 某旗林草局2020年政府信息年度报告, 上海市某局2020年政务公开年度工作报告
    for title in (
        "柳岸县青禾镇2024年度信息公开工作报告",
        "青川市林业和草原局2024年政府信息年度报告",
        "青川市水务局2024年政务公开年度工作报告",
    ):
        text = f"{title}\n一、总体情况\n2024年，本单位认真落实公开要求，主动公开信息120条。\n"
        assert document(text).doc_type == DocType.information_disclosure_report, title


def test_a_disclosure_report_that_opens_by_publishing_itself_by_title_is_one() -> None:
    # 根据《中华人民共和国政府信息公开条例》和…要求，现发布《某镇2021年政府信息公开工作年度报告》。: every 报告 of
    # the sentence is inside a title, and the sentence publishes the report
    text = (
        "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府"
        "信息公开工作年度报告格式>的通知》要求，现发布《柳岸县青禾镇2024年政府信息公开工作年度报告》。\n"
        "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
    )
    assert document(text).doc_type == DocType.information_disclosure_report


def test_a_work_report_that_starts_at_its_review_of_the_year_is_a_government_work_report() -> None:
    # 一、2024年工作回顾 / 2024年，在地委的坚强领导下，在地区人大工委的监督指导下，我们坚持…: a government's work
    # report without its title and its address to the delegates
    text = (
        "一、2024年工作回顾\n"
        "2024年，在区委的坚强领导下，在区人大及其常委会的监督支持下，我们坚持以习近平新时代中国特色社会主义思想"
        "为指导，全力以赴稳增长、促改革、惠民生，全区经济社会发展取得新成效。\n"
        "（一）经济运行稳中向好。全年地区生产总值增长5.6%。\n"
    )
    assert document(text).doc_type == DocType.government_work_report


def test_a_procuratorates_review_of_its_year_is_not_a_government_work_report() -> None:
    # the twin: 2024年工作回顾 / 2024年，全市检察机关在市委和省检察院的坚强领导下，在市人大及其常委会有力监督下…
    text = (
        "一、2024年工作回顾\n"
        "2024年，全市检察机关在市委和省检察院的坚强领导下，在市人大及其常委会有力监督下，我们坚持以习近平"
        "新时代中国特色社会主义思想为指导，依法履行法律监督职责。\n（一）全年批准逮捕犯罪嫌疑人320人。\n"
    )
    assert document(text).doc_type != DocType.government_work_report


def test_a_notice_that_says_its_matters_as_follows_is_no_report() -> None:
    # 各市农业农村局： / 根据…的通知要求，…开展农业行政执法信息报送工作。现将有关事项通知如下： / 一、报送内容
    text = (
        "各市农业农村局：\n"
        "根据《农业农村部办公厅关于开展农业行政执法信息报送工作的通知》要求，自2024年起组织开展全省农业行政执法"
        "信息报送工作。现将有关事项通知如下：\n一、报送内容\n"
        "农业行政执法信息报送内容主要包括常规工作信息报送和专项执法信息报送。\n"
        "1.年度工作情况。主要报送各级农业综合行政执法机构设置、队伍建设、执法办案、行政复议应诉等情况。\n"
        "2.上半年办案情况。主要报送各级执法机构1-6月份的执法办案情况，案件数量以1-6月份立案数量为准。\n"
        "3.专项执法工作情况。主要报送春季农资执法以及部署的其他专项执法行动开展情况。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_bureau_that_opens_on_raising_its_rule_of_law_work_reports_its_year() -> None:
    # 2024年，市应急管理局…认真落实习近平法治思想要求，…全面提升法治工作水平，… / 一、主要工作开展情况
    text = (
        "2024年，市应急管理局全面贯彻党的二十大精神，认真落实习近平法治思想要求，紧紧围绕应急管理各项工作，全面提升"
        "法治工作水平，推动应急管理步入法治化、规范化轨道。\n一、主要工作开展情况\n（一）强化法治学习教育\n"
        "一是强化学习培训。组织全体干部职工集中学法8次，举办安全生产法专题培训班2期。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_papers_story_of_a_bureaus_year_under_its_reporters_byline_is_news() -> None:
    # ■见习记者 某某 / 通讯员 某某 / 2023年，市司法局在市委、市政府的坚强领导下，…: the paper's story of the year,
    # its opening the reporter's, with no title, formula nor part of a report under the byline
    text = (
        "■见习记者 王红\n通讯员 李青\n"
        "2024年，市司法局在市委、市政府的坚强领导下，坚持以习近平法治思想为引领，推进全面依法治市走深走实，"
        "法治政府建设取得新成效。\n"
        "深耕法治沃土\n全年审查市政府规范性文件31件，办理行政复议案件120件。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_story_under_a_news_sites_source_line_is_news() -> None:
    # 某某新闻>>科教文卫 / 某市大普法格局让法治理念深植人心 / 2017-02-21 11:46:55 来源：某某日报 / 五年来，…: the
    # source line names the paper that wrote the story, and no other trace of a journalist is needed
    text = (
        "青川新闻>>青川科教文卫\n\n青川市大普法格局让法治理念深植人心\n\n2023-02-21 11:46:55 来源：青川日报\n\n"
        "五年来，青川市普法工作交出了一份亮眼的成绩单：市普法办荣获全国普法先进单位，三个县荣获全国普法先进县。\n\n"
        "在过去的五年，青川市以“法律八进”活动为载体，构建了党委领导、政府实施、全社会共同参与的大普法格局。\n"
    )
    assert document(text).doc_type == DocType.news


def test_a_decision_whose_copy_ran_its_source_line_onto_its_title_is_not_news() -> None:
    # 某办:关于…命名的决定 • 信息来源:人民网-人民日报 • 发布日期:… on one line (a copy whose line breaks became
    # spaces): the source line names a paper, but the line is the decision's title, not a story's
    text = (
        "中央依法治国办:关于第二批全国法治政府建设示范地区和项目命名的决定\n"
        "  • 信息来源:人民网-人民日报\n  • 发布日期:2023-08-21\n  • 阅读次数:1530\n\n"
        "关于第二批全国法治政府建设示范地区和项目命名的决定\n"
        "党的十八大以来，各地区各部门全面推进依法行政，加快建设法治政府。经研究，决定命名北川市等50个地区为"
        "全国法治政府建设示范地区。\n"
    )
    assert document(text).doc_type == DocType.other
    assert document(spaced_line(text)).doc_type == DocType.other

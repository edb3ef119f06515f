"""Shapes of session 49 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean


def test_a_papers_story_on_what_a_ministrys_published_report_shows_names_the_ministry() -> None:
    text = (
        "去年审结行政复议案件十余万件\n\n"
        "发布时间:2025-05-02 08:10:00 来源: 晨报\n\n"
        "  本报北京4月2日电  (记者李青)近日发布的水利部2024年法治政府建设年度报告显示,2024年,"
        "各级水行政主管部门办结行政复议案件1.2万件,同比增长8.5%。\n\n"
        "  报告显示,水利部持续推进依法行政,全年制修订部门规章6件。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "水利部"
    assert d.report_year == 2024


def test_a_this_year_lead_is_dated_by_the_period_the_body_sums_up() -> None:
    text = (
        "今年以来,桃源镇多措并举,推动合法性审查提质增效,为重大行政决策把好法治关。\n"
        "自2023年6月起,桃源镇成立合法性审查工作小组,制定审查流程,明确审查范围。\n"
        "2025年以来,桃源镇合法性审查工作覆盖村规民约、行政合同和重大决策,共审查文件46件,提出意见71条。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.report_year == 2025


def test_a_this_year_lead_with_only_an_older_period_named_below_gives_no_year() -> None:
    text = (
        "今年以来,桃源镇多措并举,推动合法性审查提质增效,为重大行政决策把好法治关。\n"
        "2021年以来,桃源镇合法性审查工作覆盖村规民约和行政合同。2024年,全镇审查文件46件。\n"
    )
    assert summarize(text=text).document.report_year != 2021


def test_a_list_of_the_years_models_dates_the_news_that_names_them() -> None:
    text = (
        "晨报记者 王林\n\n"
        "  记者11月20日从青川省民政厅获悉,日前,民政厅联合有关部门确定了第二批省级基层治理示范单位名单。"
        "青川市东城街道等20个街道被确定为“2021年全省基层治理示范街道”。\n\n"
        "  2019年起,民政厅在全省启动社区治理试点示范工作,探索基层治理新路径。\n"
    )
    assert summarize(text=text).document.report_year == 2021


def test_markup_rows_a_page_left_in_its_text_are_read_as_their_words() -> None:
    text = (
        "当前位置: 首页 > 市政府 > 工作报告\n"
        '<p style="font-size: 36px; text-align: center">政 府 工 作 报 告</font></strong></p>\n'
        '<p style="text-align: center">2009年2月10日在青川市第十届人民代表大会第三次会议上</p>\n'
        "<p>市长 王明</p>\n<p>&nbsp;</p>\n<p>各位代表:</p>\n"
        "<p>  我代表市人民政府向大会作工作报告,请予审议。</p>\n"
        "<p>  一、2008年工作回顾</p>\n"
        "<p>  2008年,全市生产总值增长11.2%,城乡居民收入稳步提高。</p>\n"
    )
    result = summarize(text=text)
    assert result.document.doc_type == "government_work_report"
    assert result.document.report_year == 2008
    cleaned = clean(text).text
    assert "<p" not in cleaned and "</p>" not in cleaned and "&nbsp;" not in cleaned
    assert "我代表市人民政府向大会作工作报告" in cleaned


def test_a_comparison_in_prose_is_not_taken_for_markup() -> None:
    text = "全市PM2.5<35微克/立方米的天数达到300天,b<i的情形不计入。\n"
    assert "PM2.5<35" in clean(text).text


def test_a_line_broken_after_a_mirrors_spam_word_is_read_as_one_sentence() -> None:
    text = (
        "一、总体情况\n"
        "2025年以来,桃源镇严格落实某某直播公开\n"
        "的相关规定和工作部署,不断规范某某直播公开\n"
        "内容,进一步提高政务工作透明度。根据《中华人民共和国政府信息公开条例》规定,"
        "现向社会公布2025年桃源镇政府信息公开工作报告。\n"
        "(一)主动公开政府信息情况。2025年公开政务信息91条。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "information_disclosure_report"
    assert d.title is None or not d.title.startswith("的")
    assert "严格落实某某直播公开的相关规定" in clean(text).text


def test_a_systems_meeting_posted_by_its_bureau_names_the_bureau() -> None:
    text = (
        "以实干开新局——青川市司法行政系统召开2024年工作推进会议\n\n"
        "来源: 青川市司法局 | 发布日期: 2024-04-22 08:00 | 作者: 李明\n\n"
        "4月18日下午,青川市司法行政系统2024年工作推进会议在市司法局召开。会议总结了去年工作,部署了今年任务。\n"
        "会议强调,我市司法行政系统要围绕中心、服务大局,全力推进法治青川建设。\n"
    )
    assert summarize(text=text).document.agency == "青川市司法局"


def test_a_plans_title_run_into_its_preamble_still_names_the_county() -> None:
    text = (
        "桃源县2019年政务公开工作要点实施方案为深入贯彻落实省人民政府办公厅关于印发2019年全省政务公开工作要点的通知"
        "精神,不断提升政务公开的质量和实效,结合本县实际,制定本方案。一、工作目标围绕县委县政府重点任务,"
        "进一步加大全县政务公开力度。二、主要任务(一)推进决策公开。各单位要完善重大行政决策预公开制度。"
        "(二)推进执行公开。各单位要及时公开重点改革任务、重要政策的执行措施和实施效果。"
        "三、保障措施各单位要加强组织领导,明确责任分工,把政务公开工作纳入年度绩效考核。"
    )
    d = summarize(text=text).document
    assert d.doc_type == "implementation_plan"
    assert d.agency == "桃源县"
    assert d.report_year == 2019


def test_a_bureau_that_calls_itself_we_and_carries_out_its_own_plan_is_named_by_that_plan() -> None:
    text = (
        "一、总体情况\n"
        "2022年,我局全面贯彻《中华人民共和国政府信息公开条例》,认真落实市政府办公厅政务公开工作要点,"
        "制定实施《青川市水务局2022年政务公开工作实施方案》,加强组织领导,健全制度机制。\n"
        "二、主动公开政府信息情况\n"
        "2022年,我局主动公开政府信息120条。\n"
    )
    assert summarize(text=text).document.agency == "青川市水务局"

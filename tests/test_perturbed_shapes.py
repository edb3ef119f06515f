"""Facts that survive the packagings real copies of a report add (bench/perturb.py finds the ones that break).

Each fixture is written in our own words and reproduces one packaging: a table pasted into a one-line copy, a news
app's byline, a mirror's heading with the site's year, a copy without its title, a template site's notes, a
fixed-width wrap."""

from __future__ import annotations

from summarizer.clean import clean
from summarizer.models import Document
from summarizer.pipeline import prepare_source


def test_a_long_row_of_table_cells_is_text_not_a_menu_and_is_read_at_once():
    # a disclosure report's table flattened into one row (as a one-line copy splits it): 150 bars, every cell short
    # but the last. The menu pattern, which could read a space or a bar two ways, took exponential time on it.
    row = "第一项 |" + "|".join(f"类别{k} |/ |/ |{k} |" for k in range(30))
    row += "|说明：本表所列数据均截至当年十二月三十一日"
    text = "某区统计局2023年政府信息公开工作年度报告\n一、总体情况\n" + row + "\n二、其他情况说明。"
    cleaned = clean(text)
    assert row in cleaned.text
    assert not cleaned.removed_lines


def facts(text: str) -> Document:
    return prepare_source(text=text).document()


BODY = (
    "2024年，县水利局坚持依法行政，全面推进法治政府建设各项工作。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。局党组召开专题会议4次。\n"
    "二、存在的不足和原因\n执法人员培训不够。\n三、下一步工作安排\n继续推进依法行政。\n"
)


def test_a_mirror_heading_with_the_sites_year_gives_way_to_the_title_below_even_when_that_is_broken_over_lines():
    doc = facts("溪口县水利局 2026 年法治政府建设报告\n溪口县水利局\n2024年法治政府建设报告\n" + BODY)
    assert doc.title == "溪口县水利局2024年法治政府建设报告"
    assert doc.report_year == 2024 and doc.evidence.report_year_source == "title"
    assert doc.agency == "溪口县水利局"


def test_a_stray_word_of_the_page_above_a_whole_title_is_not_part_of_it():
    for stray in ("排序", "匹配度", "正文"):
        doc = facts(f"{stray}\n溪口县水利局2024年法治政府建设报告\n" + BODY)
        assert doc.title == "溪口县水利局2024年法治政府建设报告", stray
        assert doc.agency == "溪口县水利局"
    # a title broken after the body's name, or after 关于 and the year, is still one title
    assert facts("溪口县水利局\n法治政府建设年度报告\n" + BODY).title == "溪口县水利局法治政府建设年度报告"
    assert (
        facts("关于溪口县2024年度\n法治政府建设情况的报告\n" + BODY).title == "关于溪口县2024年度法治政府建设情况的报告"
    )


# a report that states its year's work plainly: no 报告如下 formula, one part heading
PLAIN = (
    "2024年，县水利局坚持依法行政，全面推进法治政府建设，各项工作取得新进展。\n"
    "一、主要举措和成效\n（一）加强组织领导。局党组召开专题会议4次。\n（二）规范执法行为。开展案卷评查2次。\n"
)


def test_a_report_a_news_app_carries_stays_a_report_with_or_without_its_title():
    byline = "溪口融媒客户端记者 张三 通讯员 李四\n2026-03-20 10:11 1234阅读\n"
    titled = facts("溪口县水利局2024年法治政府建设报告\n" + byline + PLAIN)
    assert titled.doc_type == "annual_report" and titled.report_year == 2024
    untitled = facts(byline + PLAIN)  # the opening 2024年，县水利局… is still the opening under the byline
    assert untitled.doc_type == "annual_report" and untitled.report_year == 2024


def test_news_with_a_byline_is_still_news_when_its_lead_tells_an_event_dated_by_the_day():
    doc = facts(
        "溪口街道依法治街办公室正式挂牌\n溪口融媒客户端记者 张三 通讯员 李四\n2023-07-10 10:11 1234阅读\n"
        "9日上午，溪口街道全面依法治街委员会办公室揭牌。这是全市首个街道层面的依法治理办公室。\n"
        "该办公室将统筹街道的法治建设工作。\n"
    )
    assert doc.doc_type == "news"


def test_a_title_the_finder_misses_still_names_the_genre_from_the_first_line():
    doc = facts(
        "县域法治建设示范指标体系(2021年版)\n发布日期：2021-09-02 来源：本网\n中央依法治国办印发指标体系。\n一级指标\n"
    )
    assert doc.doc_type == "assessment_form"


def test_a_template_sites_breadcrumb_and_download_notes_are_furniture():
    notes = (
        "好文范本网 > 工作总结 > 正文\n"
        "温馨提示：本文档由网友上传，下载后可编辑，需要时点击右上角的【下载】按钮。\n"
        "1、部分资料下载需要积分，请先登录\n2、已购买过的文档再次下载不重复扣费\n"
    )
    doc = facts(notes + "溪口县水利局2024年法治政府建设报告\n" + PLAIN)
    assert doc.title == "溪口县水利局2024年法治政府建设报告"
    assert doc.doc_type == "annual_report" and doc.report_year == 2024 and doc.agency == "溪口县水利局"
    kept = clean("本报告可在溪口县人民政府门户网站查看和下载。").text  # the report's own word on downloading stays
    assert kept == "本报告可在溪口县人民政府门户网站查看和下载。"


def test_the_sites_name_above_a_title_that_names_its_own_body_is_not_part_of_the_title():
    doc = facts("江川市气象局\n溪口县气象局2021年度法治政府建设工作情况报告\n" + PLAIN.replace("县水利局", "县气象局"))
    assert doc.title == "溪口县气象局2021年度法治政府建设工作情况报告"
    assert doc.agency == "溪口县气象局"


def test_an_export_cut_every_n_characters_is_rejoined_though_digits_make_its_lines_unequal_on_screen():
    paragraphs = [
        "溪口县水利局2024年法治政府建设报告",
        "2024年，县水利局坚持以法治思维推动水利工作，全年办理行政许可126件，开展执法检查38次，"
        "查处违法案件5起，规范性文件备案审查率达到100%，各项工作取得新进展。",
        "一、主要举措和成效",
        "（一）加强组织领导。局党组在2024年3月、6月、9月和12月召开专题会议4次，研究部署法治建设工作，"
        "落实党政主要负责人履行推进法治建设第一责任人职责，年底向县委依法治县办报告履职情况。",
        "（二）规范执法行为。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，"
        "全年评查执法案卷60卷，优秀率达到95%，比2023年提高3个百分点，执法质量稳步提升。",
    ]
    wrapped = "\n".join(p[k : k + 30] for p in paragraphs for k in range(0, len(p), 30))
    assert clean(wrapped).text == "\n".join(paragraphs)


def test_a_copy_without_its_title_reads_the_opening_under_a_block_of_empty_metadata_fields():
    meta = "政府信息公开\n• 索引号:\n• 发文字号: 〔〕 号\n• 公文种类:\n• 发文机关:\n• 成文日期:\n• 主题分类:\n"
    doc = facts(meta + PLAIN.replace("主要举措和成效", "提高站位，深入学习法治思想"))  # no part named
    assert doc.doc_type == "annual_report" and doc.report_year == 2024


def test_a_government_work_report_without_its_title_reports_on_the_year_its_part_one_reviews():
    doc = facts(
        "——2025年2月在溪口县第五届人民代表大会第四次会议上\n溪口县县长 张三\n各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n"
        "过去一年，全县生产总值增长5.2%。\n二、2025年工作安排\n今年是十四五规划收官之年。\n"
    )
    assert doc.doc_type == "government_work_report"
    assert doc.report_year == 2024 and doc.evidence.report_year_source == "heading"


def test_a_one_line_copy_finds_its_title_and_opening_across_the_page_furniture_between_them():
    body = PLAIN.replace("\n", "") + "（三）深化普法宣传。全年开展法治宣传活动12场次，发放资料3000份。" * 4
    for between in ("时间:2025-03-20 浏览次数:", "溪口快报 次浏览", "溪水发〔2025〕3号"):
        doc = facts("溪口县水利局2024年法治政府建设报告" + between + body)
        assert doc.title == "溪口县水利局2024年法治政府建设报告", between
        assert doc.doc_type == "annual_report" and doc.report_year == 2024
    addressed = facts(
        "溪口县水利局关于2024年度法治政府建设情况的报告县人大常委会:根据有关规定，现将情况报告如下。" + body
    )
    assert addressed.title == "溪口县水利局关于2024年度法治政府建设情况的报告"
    formula = clean("根据有关规定，现将县水利局2024年政府信息公开工作报告如下:一、总体情况" + "全年公开信息20条。" * 30)
    assert formula.text.startswith("根据有关规定，现将县水利局2024年政府信息公开工作报告如下:")  # 如下: is no addressee

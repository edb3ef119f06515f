"""Shapes of session 25 (issue 10): points scored are a quantity (共记8分, 扣2分), the minutes of a clock time are
not (10时30分).

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.api import summarize_with_source

from .support.facts import document, facts, one_line, packaged

_REPORT = (
    "青禾县卫生健康局2023年法治政府建设年度报告\n"
    "一、主要举措和成效\n"
    "（一）严格规范执法。2023年共对2家医疗机构进行了不良行为记分，共记8分。{extra}\n"
    "二、存在的不足和原因\n"
    "执法力量仍显薄弱。\n"
)


def _metrics(text: str) -> dict[tuple[float, str], str]:
    summary = summarize(text=text, engine="rules")
    return {(m.value, m.unit): m.label for a in summary.achievements for m in a.metrics}


def test_points_scored_are_a_metric_labelled_by_what_is_scored() -> None:
    # 进行了不良行为记分，共记8分: the 8 points are a result; its label is the 记分, not the bare verb 共记
    metrics = _metrics(_REPORT.format(extra="年度考核中被扣2分。"))
    assert metrics[(8.0, "分")] == "记分"
    assert metrics[(2.0, "分")] == "扣分"
    assert metrics[(2.0, "家")] == "医疗机构"


def test_the_minutes_of_a_clock_time_are_no_metric() -> None:
    # the twin: 10时30分 / 9点30分 say when, not how much
    metrics = _metrics(_REPORT.format(extra="12月1日10时30分召开执法案卷评查会，次日9点30分通报结果。"))
    assert (30.0, "分") not in metrics
    assert metrics[(8.0, "分")] == "记分"


_SENT_WITH_FOREWORD = (
    "关于报送《青禾新区生态环境局2023年度法治政府建设情况报告》的报告\n"
    "发布机构 | 生态环境局 |\n"
    "发布时间 | 2024-01-26 |\n"
    "青禾新区法治政府建设工作领导小组办公室：\n"
    "《青禾新区生态环境局2023年度法治政府建设情况报告》已编制完成，请审阅。\n"
    "青禾新区生态环境局\n"
    "2024年1月26日\n"
    "附件：\n"
    "青禾新区生态环境局\n"
    "2023年度法治政府建设情况报告\n"
    "{opening}\n"
    "2023年，在区委、区政府的领导下，青禾新区生态环境局坚持依法行政，扎实推进法治政府建设。\n"
)


def test_a_report_sent_up_under_a_cover_letter_keeps_its_foreword_headed_yinyan() -> None:
    # 引言⏎本年度报告根据…编制: the report's own foreword, as many cities' reports open, not an essay's introduction
    text = _SENT_WITH_FOREWORD.format(
        opening="引言\n本年度报告根据《法治政府建设与责任落实督察工作规定》编制，报告期为2023年1月1日至12月31日。"
    )
    doc = document(text)
    assert doc.doc_type == "annual_report"
    assert doc.report_year == 2023


def test_an_essay_that_opens_on_its_yinyan_is_still_no_report() -> None:
    # the twin: 引言 over an essay's own framing of its subject stays a writer's article
    text = (
        "青禾法治政府建设之路\n"
        "引言\n"
        "青禾，一个位于东南沿海的城市，近年来在法治政府建设方面取得了显著成就。本文将回顾其历程。\n"
        "一、主要举措和成效\n"
        "完善制度体系。\n"
    )
    assert document(text).doc_type == "other"


_NAMED = "通讯员 李青\n近日，省委依法治省办印发《关于第二批全省法治政府建设示范地区和项目命名的决定》，{named}\n近年来，青禾市坚持把法治作为…\n"


def test_a_naming_decisions_news_is_of_the_one_place_it_names_first() -> None:
    # 某办印发《…命名的决定》，某市被命名为…: no headline, and the story is of the city named, not of the office
    text = _NAMED.format(named="青禾市被命名为省级法治政府建设示范市。此外，青禾市南溪区被命名为示范县（市、区）。")
    doc = document(text)
    assert doc.doc_type == "news"
    assert doc.agency == "青禾市"


def test_a_naming_decisions_news_that_names_a_list_names_no_one() -> None:
    # the twin: 某市、某市被命名为… is a list; the news is of none of them alone, and never of the office
    text = _NAMED.format(named="青禾市、白水市被命名为省级法治政府建设示范市。")
    assert document(text).agency is None


_EXCERPT = (
    "干得漂亮！青禾市这五年，成绩亮眼\n"
    "（摘自2021年12月28日上午王某同志代表{body}在青禾市八届人大一次会议上向大会作的工作报告。）\n"
    "一、过去五年工作回顾\n"
    "五年来，在省委、省政府和市委的正确领导下，全市经济总量跨越千亿元台阶。\n"
)


def test_an_excerpt_of_a_government_work_report_under_a_sites_headline_is_that_report() -> None:
    # (摘自…代表市人民政府在…会议上向大会作的工作报告): the site's note says whose speech the text is
    doc = document(_EXCERPT.format(body="市人民政府"))
    assert doc.doc_type == "government_work_report"
    assert doc.agency == "市人民政府"


def test_an_excerpt_of_a_courts_report_is_no_government_work_report() -> None:
    # the twin: a court delivers its report to the same session in the same words
    doc = document(_EXCERPT.format(body="市中级人民法院"))
    assert doc.doc_type != "government_work_report"
    assert doc.agency != "市人民政府"


_FOOTER_FIRST = (
    "Copyright © 2019 青禾市司法局 青ICP备10020030号\n"
    "网站标识码:3301000099\n"
    "青公网安备 33010202000456号\n"
    "青禾市人民政府关于2023年度法治政府建设情况的报告\n"
    "一图读懂:https://sfj.qinghe.gov.cn/xxgk/content/post_1234567.html\n"
    "2023年，青禾市坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）深化政府职能转变。全年取消和调整行政许可事项12项。\n"
    "二、存在的不足和原因\n"
    "基层执法力量仍然薄弱。\n"
)


def test_a_one_line_copy_that_starts_at_its_footer_keeps_its_title() -> None:
    # Copyright…青ICP备…号 网站标识码:…青公网安备 …号青禾市人民政府关于…的报告一图读懂:…: every record number ends a
    # piece of furniture, so the title after the last one is read as the plain copy's is
    assert document(one_line(_FOOTER_FIRST)).title == "青禾市人民政府关于2023年度法治政府建设情况的报告"
    assert facts(one_line(_FOOTER_FIRST)) == facts(_FOOTER_FIRST) == ("annual_report", "青禾市人民政府", 2023)


_NEWS_STAMPED = (
    "立即下载\n"
    "市政府召开常务会议 研究部署青禾市创建“全国法治政府建设示范市”等工作\n"
    "2024-09-12 17:05:33 字号:\n"
    "市政府召开常务会议 研究部署青禾市创建“全国法治政府建设示范市”等工作\n"
    "9月11日下午，青禾市市长王某主持召开市政府2024年第19次常务会议，研究部署创建全国法治政府建设示范市等工作。\n"
    "会议强调，全市各级各部门要对标对表创建指标，补齐短板弱项，以创建促提升，以示范带全局，"
    "推动法治政府建设各项任务落地见效。会议还研究了其他事项。\n"
)


def test_a_one_line_news_copy_keeps_its_page_stamp_apart_from_its_headlines() -> None:
    # …等工作2024-09-12 17:05:33 字号:市政府召开…: the stamp between the headline and its repetition is a line of its
    # own, so the copy reads as news of the government (the city's, whose mayor presides), dated by its page, as the
    # plain copy does
    for copy in packaged(_NEWS_STAMPED):
        assert facts(copy) == facts(_NEWS_STAMPED) == ("news", "青禾市政府", 2024)


_JOURNAL_PAGE = (
    "协同与共治：街道综合执法改革的路径探索\n"
    "——基于青禾市南溪街道的实践\n"
    "2019-05-08 06:12李某\n"
    "青禾行政学院学报 2019年2期\n"
    "关键词:综合执法街道改革\n"
    "李某\n"
    "(青禾市委党校,青禾 310000)\n"
    "街道综合执法改革是基层治理现代化的重要内容。本文以南溪街道为例，分析综合执法改革的成效与困境，"
    "提出完善权责清单、强化部门协同、提升执法数字化水平的建议，以期为同类地区提供参考。\n"
    "一、街道综合执法改革的背景\n"
    "长期以来，街道面临“看得见、管不着”的困境，执法力量分散在多个部门，难以形成合力。\n"
)


def test_a_journal_articles_page_run_into_one_line_is_no_news() -> None:
    # title, 2019-05-08 06:12 stamp, 某学报 2019年2期: cut at its stamp, the copy looks like a news page, but it is an
    # article and reports on no year
    for copy in packaged(_JOURNAL_PAGE):
        assert facts(copy)[0] == "other"
        assert facts(copy)[2] is None


def test_a_news_pages_keywords_field_leaves_it_news() -> None:
    # the twin: 关键词: is also a news page's own field, below its story and its reporter's credit
    text = (
        "青禾2023年法治政府建设工作取得新成效\n"
        "发布日期: 2024-03-31 10:08:59 来源: 青禾经济日报\n"
        "正在召开的市人大常委会会议听取和审议了市人民政府2023年度法治政府建设情况报告。报告显示，全市1742个村（居）"
        "实现法律顾问全覆盖。\n"
        "报告显示，去年我市加快推进数字政府建设，促进行政权力依法规范公开运行。\n"
        "（记者 王青）\n"
        "关键词: 青禾法治政府建设 取得新成效 法律顾问\n"
    )
    assert facts(text)[0] == "news"


def test_an_awards_panel_without_its_owner_is_no_agency() -> None:
    # 初评委员会在严格评审基础上…: the panel's word alone says not whose panel it is; a table shows no fragment
    text = (
        "第三届“青禾法治创新奖”获奖名单揭晓\n"
        "发布日期:2025-05-14 来源:青禾法治研究会\n"
        "2025年4月26日，第三届“青禾法治创新奖”终评会在青禾举行。自2024年3月发布申报公告以来，组委会办公室共收到"
        "120个申报项目。初评委员会在严格评审基础上，从120个项目中评选出30个项目进入终评。\n"
    )
    assert document(text).agency not in {"初评委员会", "组委会办公室", "组委会"}


_PUBLISHER_FIRST = (
    "{title}\n"
    "  • 2024年05月07日\n"
    "  • 50 金币\n"
    "下载完整pdf文档\n"
    "人民健康是民族昌盛和国家强盛的重要标志。青禾市委、市政府历来高度重视人民生命安全和健康，全面推进健康青禾建设。\n"
)


def test_a_title_that_puts_its_publisher_before_a_colon_names_it() -> None:
    # 某市卫生健康委员会:某市居民健康白皮书(2022年度): the body before the colon published it, not the city's Party
    # committee and government the preamble praises
    doc = document(_PUBLISHER_FIRST.format(title="青禾市卫生健康委员会:青禾市居民健康白皮书(2022年度)"))
    assert doc.agency == "青禾市卫生健康委员会"
    assert doc.evidence.agency_source == "title"


def test_a_title_whose_front_is_no_name_gives_no_publisher() -> None:
    # the twin: 健康青禾行动:… puts a campaign, not a body, before its colon
    doc = document(_PUBLISHER_FIRST.format(title="健康青禾行动:青禾市居民健康白皮书(2022年度)"))
    assert doc.agency != "健康青禾行动"


_PASSED = (
    "各乡镇人民政府，各街道办事处，市各委、办、局，市各直属单位：\n"
    "{document}已经市政府同意，现予印发，请遵照执行。\n"
    "特此通知。\n"
    "青禾市人民政府办公室\n"
    "2022年1月10日\n"
    "（此件公开发布）\n"
    "青禾市人力资源和社会保障局{document}\n"
    "{kind}时期是我市各项事业高质量发展的关键时期，面临新的机遇和挑战。\n"
)


def test_a_notice_whose_title_was_lost_has_the_genre_of_the_document_it_passes_on() -> None:
    # …发展规划已经市政府同意，现予印发，请遵照执行。: no title above the addressees, and the plan's own heading run
    # into its drafter's name below; the plan the notice issues is the document
    text = _PASSED.format(document="青禾市人力资源和社会保障事业“十四五”发展规划", kind="“十四五”")
    assert facts(text)[0] == "implementation_plan"


def test_a_notice_passing_on_work_points_is_work_points() -> None:
    # the twin: the genre follows the document passed on, not the notice's wording
    text = _PASSED.format(document="青禾市2022年法治政府建设工作要点", kind="今年")
    assert facts(text)[0] == "work_points"


_TEMPLATE_WORD = (
    "{intro}\n"
    "2020年县林业局工作总结暨2021年工作计划\n"
    "一、2020年工作总结\n"
    "（一）主要林业指标全面完成\n"
    "1、造林绿化任务超额完成。全县完成成片人工造林800亩。\n"
)


def test_a_template_sites_word_above_its_copy_is_furniture() -> None:
    # 下面是小编为大家整理的…范本，供大家参考。: the site speaks, then the document's title follows
    doc = document(
        _TEMPLATE_WORD.format(intro="下面是小编为大家整理的2023年度县林业局工作总结暨工作计划范本，供大家参考。")
    )
    assert doc.title == "2020年县林业局工作总结暨2021年工作计划"
    assert doc.report_year == 2020


def test_a_documents_own_first_sentence_is_kept() -> None:
    # the twin: a sentence of the document's own that starts the same way stays in its cleaned text
    text = _TEMPLATE_WORD.format(intro="下面是县林业局2020年工作总结，请审阅。")
    _, prepared = summarize_with_source(text=text, engine="rules")
    assert "下面是县林业局2020年工作总结，请审阅。" in prepared.text


def test_a_pages_back_to_top_link_run_into_a_title_is_no_part_of_the_name() -> None:
    # 返回顶部某县林业和草原局2021年政府信息公开工作年度报告…: a one-line copy runs the page's link onto the title
    text = (
        "返回顶部\n"
        "青禾县林业和草原局2021年政府信息公开工作年度报告\n"
        "来源:林业和草原局 发布时间:2022-01-25 11:37 作者:林业局\n"
        "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《青禾省政府信息公开年度报告制度》要求编制。\n"
        "址:青禾县长顺镇长春大街青禾县林业和草原局\n"
        "一、总体情况\n"
        "2021年，我局认真贯彻落实政府信息公开工作要求，主动公开各类信息120条，进一步加强组织领导，"
        "健全工作机制，政府信息公开工作取得新进展。\n"
    )
    for copy in packaged(text, one_line):
        assert facts(copy) == ("information_disclosure_report", "青禾县林业和草原局", 2021)


_DISCLOSURE_MIRROR = (
    "青禾省2012年政府信息公开工作报告(全文)\n"
    "2013年04月23日17:01 | 某发展门户网 www.example.cn | 给编辑写信 字号:T|T\n"
    "本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况等。"
    "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n"
    "如对本年度报告有任何疑问，请与青禾省政府信息技术办公室联系（地址：青禾市西大街12号）。\n"
)


def test_a_mirrors_stamp_written_in_words_ends_the_title_of_a_one_line_copy() -> None:
    # …工作报告(全文)2013年04月23日17:01 | 某网…: the stamp in 年月日 form ends the title as a dashed one does, so the
    # province is read from the title, not the office the contact sentence names
    for copy in packaged(_DISCLOSURE_MIRROR):
        assert facts(copy) == ("information_disclosure_report", "青禾省", 2012)


_CATALOGUE_ROW = (
    "索引号: 734200000/2025-000001 主题分类: 政务公开\n"
    "成文日期: 2025-03-11 体裁分类: 报告\n"
    "发布机构: 区政府办公室 公开方式: 主动公开\n"
    "青禾市南溪区人民政府关于2024年法治政府建设情况报告\n"
    "2025-03-11 10:57 来源:南溪区政府办公室\n"
    "2024年，南溪区政府在市委、市政府的正确领导下，坚持以习近平法治思想为指导，推动法治政府建设行稳致远。\n"
    "一、2024年法治政府建设主要举措和成效\n"
    "（一）坚持党的领导，全面压实法治政府建设责任。区政府常务会议听取法治政府建设情况3次。\n"
)


def test_a_catalogue_rows_last_field_ends_before_the_title_of_a_one_line_copy() -> None:
    # …发布机构: 区政府办公室 公开方式: 主动公开某区人民政府关于…报告: the row ends with its field's value, so the title is
    # read and names the government, not the office that posted it
    for copy in packaged(_CATALOGUE_ROW, one_line):
        assert facts(copy) == ("annual_report", "青禾市南溪区人民政府", 2024)


_BRACKET_CATALOGUE = (
    "您当前的位置: 首页 >政务公开 >政府信息公开目录 >法治政府建设年度报告\n"
    "[ 索引号 ] 11500000000000000P/2026-00001 [ 发文字号 ]\n"
    "[ 发布机构 ] 南溪区政府办公室 [ 主题分类 ] 其他\n"
    "[ 成文日期 ] 2026-01-27 [ 发布日期 ] 2026-01-27\n"
    "[ 体裁分类 ] 其他 [ 有效性 ]\n"
    "青禾市南溪区白沙镇人民政府关于2025年法治政府建设情况的报告\n"
    "青禾市南溪区白沙镇人民政府关于2025年法治政府建设情况的报告\n"
    "根据《法治政府建设与责任落实督察工作规定》要求，现将我镇2025年法治政府建设情况报告如下。\n"
    "一、2025年度法治政府建设主要举措和成效\n"
    "（一）纵深推进学习贯彻习近平法治思想。镇党委理论学习中心组专题学习4次。\n"
)


def test_a_bracketed_catalogue_and_a_title_given_twice_in_one_line_keep_the_title() -> None:
    # …[ 体裁分类 ] 其他 [ 有效性 ]某镇人民政府关于…的报告某镇人民政府关于…的报告根据…: the catalogue's last field
    # ends its row, and the page's title and the document's, the same words twice, end where the second begins
    for copy in packaged(_BRACKET_CATALOGUE):
        assert facts(copy) == ("annual_report", "青禾市南溪区白沙镇人民政府", 2025)


_EMPTY_FIELDS = (
    ">\n"
    "时间: 来源:{source} 作者:佚名 点击:\n"
    "在第十个国家宪法日到来之际，根据省“宪法宣传周”安排部署，省文化和旅游厅积极组织开展了宪法宣传活动。"
    "一是组织宪法宣传进景区活动。二是组织宪法宣传进机关活动。\n"
)


def test_a_row_of_empty_fields_keeps_the_organ_it_names_as_its_source() -> None:
    # 时间: 来源:某省文化和旅游厅 作者:佚名 点击:: the only place that names the province of 省文化和旅游厅
    doc = document(_EMPTY_FIELDS.format(source="青禾省文化和旅游厅"))
    assert doc.agency == "青禾省文化和旅游厅"
    assert doc.evidence.agency_source == "metadata"


def test_a_row_whose_source_is_a_newspaper_names_no_agency_by_it() -> None:
    # the twin: 来源:某日报 names the outlet that printed the story, not a body
    assert document(_EMPTY_FIELDS.format(source="青禾日报")).agency != "青禾日报"


def test_a_list_whose_next_clause_names_the_body_that_entered_the_project_is_that_bodys_news() -> None:
    # 某办近日公布…示范项目名单，某局申报的“某某”项目入选。: the bureau whose project was listed, not the office
    text = (
        "某资讯网\n"
        "林长制入选青禾法治政府建设示范项目\n"
        "2023-03-31 分类:园林资讯 阅读:101\n"
        "青禾省委依法治省办公室近日公布第二批法治政府建设示范地区（部门）和项目名单，青禾省林业局申报的“立法保障，"
        "深化林长制”项目入选。\n"
        "青禾将依法治理贯穿林业改革发展全过程。\n"
    )
    assert document(text).agency == "青禾省林业局"


_PROVINCE_REPORT = (
    "2023年，青禾省委、省政府坚持以习近平法治思想为指导，扎实推进法治政府建设，各项工作取得积极成效，"
    "为推动青禾高质量发展提供了有力法治保障。\n"
    "一、坚持党的全面领导，确保法治政府建设始终沿着正确方向推进\n"
    "青禾省委、省政府始终将法治政府建设摆在突出位置，主要负责同志积极履行推进法治建设第一责任人职责，"
    "组织召开省委全面依法治省委员会会议，将法治政府建设纳入省政府工作报告重要内容。\n"
    "二、深入推进依法行政，持续提升政府治理能力\n"
    "全年审查规范性文件120件。\n"
)


def test_a_reports_part_one_run_into_its_body_is_no_news_lead() -> None:
    # one line: 一、坚持党的全面领导…推进青禾省委、省政府…组织召开省委全面依法治省委员会会议: part one's heading and its
    # first sentence, not a news item's lead about the committee's meeting
    for copy in packaged(_PROVINCE_REPORT):
        assert facts(copy)[1] == "青禾省委、省政府"


_OFFICE_POSTED = (
    "索引号: 734200000/2025-000002 主题分类: 政务公开\n"
    "发布机构: {poster} 公开方式: 主动公开\n"
    "2025-03-11 10:57 来源:南溪区政府办公室\n"
    "2024年，南溪区政府在市委、市政府的正确领导下，坚持以习近平法治思想为指导，推动法治政府建设行稳致远。\n"
    "一、2024年法治政府建设主要举措和成效\n"
    "（一）坚持党的领导。区政府常务会议听取法治政府建设情况3次。\n"
)


def test_a_governments_report_its_office_posted_is_the_governments() -> None:
    # 发布机构: 区政府办公室 over 2024年，南溪区政府在…领导下…, its title lost: the office posted its government's report
    assert facts(_OFFICE_POSTED.format(poster="区政府办公室"))[1] == "南溪区政府"


def test_a_governments_office_above_another_bodys_opening_stays_the_poster() -> None:
    # the twin: a bureau's report (2024年，南溪区司法局在…) that the government's office posted is not the government's
    text = _OFFICE_POSTED.format(poster="区政府办公室").replace("2024年，南溪区政府在", "2024年，南溪区司法局在")
    assert facts(text)[1] != "南溪区政府"


_BUREAU_YEAR = (
    "2022年，是具有特殊重要意义的一年，青禾区卫生健康局围绕“强基层、促发展”的发展主线，坚持公益，聚焦健康，"
    "多项工作成绩明显。青禾区获评全市2021年度综合医改考核A等次。\n"
)


def test_a_wechat_accounts_line_above_the_opening_leaves_its_subject_the_agency() -> None:
    # 原创 某某普法 某某普法 2020-01-05 09:30 发表于某地 above 2022年，…，某区卫生健康局围绕…: the account's row, like a
    # news app's byline, is the carrier's, and the opening's subject is still the bureau (not the district it names)
    wechat = "原创 青山普法 青山普法 2020-01-05 09:30 发表于青山\n" + _BUREAU_YEAR + "来源：青山普法\n编辑：王明\n"
    assert facts(wechat)[1] == facts(_BUREAU_YEAR)[1] == "青禾区卫生健康局"


# a body long enough for a copy that lost its line breaks to be read as one (a line of over 200 characters)
_WORK = (
    "区政府常务会议专题研究法治政府建设4次，全年审查规范性文件26件，办理行政复议案件58件，纠错率12.1%；"
    "组织行政执法人员培训3期，培训执法人员620人次；推行包容审慎监管，对轻微违法行为不予处罚案件135件；"
    "全面落实重大行政决策程序，公开征求意见的决策事项9项，政府法律顾问参与审核合同412份。"
)

_SITE_NAMED = (
    "青禾市南溪区人民政府\n"
    "www.nanxi.gov.cn\n"
    "2023年，我区坚持以习近平法治思想为指导，全面完成法治政府建设年度任务，现将有关情况报告如下。\n"
    "一、主要举措和成效\n"
    "（一）压实法治政府建设责任。" + _WORK + "\n"
)

_RED_HEADED = (
    "青禾市南溪区生态环境局文件\n"
    "南环保〔2026〕1号\n"
    "南溪区生态环境局\n"
    "2025年法治政府建设情况报告\n"
    "中共青禾市南溪区委、南溪区人民政府：\n"
    "2025年在区委、区政府的坚强领导下，我局以习近平法治思想为指导，深入推进依法行政，现将有关情况报告如下。\n"
    "一、2025年度推进法治政府建设的主要举措和成效\n"
    "（一）强化政治引领。" + _WORK + "\n"
)

_MIRRORED_REPORT = (
    "某某之家—全网资源每日更新www.example.com青禾省人民政府关于2023年度法治政府建设情况的报告2023年，省政府坚持"
    "以习近平法治思想为指导，坚持依法行政，推动依法行政制度体系更加完善，法治政府建设取得新成效。"
    + _WORK * 5
    + "\n一、坚持党的领导，坚决扛牢法治政府建设政治责任。"
    + _WORK * 3
    + "\nwww.example.com\n"
)


def test_a_sites_name_and_address_run_into_the_opening_keep_the_name_above_it() -> None:
    # 某区人民政府www.example.gov.cn2023年，我区…: the address is a piece of its own, so the name stands alone
    for copy in packaged(_SITE_NAMED):
        assert facts(copy) == ("annual_report", "青禾市南溪区人民政府", 2023)


def test_a_red_header_and_its_number_run_into_the_title_stay_above_it() -> None:
    # 某局文件某环保〔2026〕1号某局2025年…报告中共某区委、某区人民政府：2025年…: header, number, title, addressee
    for copy in packaged(_RED_HEADED, one_line):
        assert facts(copy) == ("annual_report", "青禾市南溪区生态环境局", 2025)


def test_a_mirrors_name_and_address_before_a_run_on_title_leave_the_report_a_report() -> None:
    # 某某之家—全网资源每日更新www.example.com某省人民政府关于…的报告2023年，…: the site's name is no title, and a
    # converter's readings (報(bào)告) do not hide the title word
    assert facts(_MIRRORED_REPORT)[0] == "annual_report"
    traditional = _MIRRORED_REPORT.replace("报告", "報(bào)告").replace("关于", "關(guān)於")
    assert facts(traditional)[0] == "annual_report"


_APP_PROMPT = (
    "请点击右上角 选择浏览器打开\n"
    "(欢迎您)注销\n"
    "遂宁市2021年法治政府建设情况报告\n"
    "发布时间:2022-03-30 14:23\n"
    "字号: [小] [大] 【打印正文】\n"
    "分享到:\n"
    "2021年，在党中央、国务院和市委的坚强领导下，全市法治政府建设取得新成效。" + _WORK * 2 + "\n"
)


def test_a_pages_words_run_onto_the_title_leave_the_place_that_leads_it() -> None:
    # …(欢迎您)注销某市2021年法治政府建设情况报告: the title read from the place where its name starts (a real
    # place's name, which is how the start is known)
    for copy in packaged(_APP_PROMPT, one_line):
        assert facts(copy)[1:] == ("遂宁市", 2021)


_FIELD_ON_TWO_LINES = (
    "文章来源:\n"
    "{value}\n"
    "发布时间:\n"
    "2024-02-19 10:15:20\n"
    "【字体:\n"
    "2023年，省广电局坚持以习近平法治思想为指导，切实履行推进法治建设第一责任人职责，严格依法行政，推动全省广播电视"
    "领域法治建设取得新进展。\n"
    "一、主要工作情况\n"
    "（一）组织领导不断强化。" + _WORK + "\n"
)


def test_a_source_fields_value_on_its_own_line_is_no_headline() -> None:
    # 文章来源:⏎局政策法规处(行政审批处): a copy that lost its title; the field's value is furniture, not a news headline
    assert facts(_FIELD_ON_TWO_LINES.format(value="局政策法规处(行政审批处)"))[0] == "annual_report"


def test_a_source_fields_value_that_names_a_places_organ_is_kept() -> None:
    # the twin: 文章来源:⏎某省广播电视局 names the publisher, a line a finder may read
    from summarizer.api import summarize_with_source

    _, prepared = summarize_with_source(text=_FIELD_ON_TWO_LINES.format(value="云南省广播电视局"), engine="rules")
    assert "云南省广播电视局" in prepared.text.split("\n")

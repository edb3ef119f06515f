"""Shapes found in session 77's reading, each written in our own words (see bench/realworld/COLLECTING.md).

Session 77 collected no openings. It read 60 whole policy documents of the State Council kept in a public repository
(notices, opinions, replies, decrees: near misses every one), scored against the body each names as its issuer.
Their shapes: a title set over two or three lines whose first line is no title's start by the old rules (the issuer
that forwards another body's document, 某办转发某局; a body's name and 关于 with the subject cut mid-phrase); a reply
letter (复函) as a genre word; and a decree's number cited after the country's full name (中华人民共和国国务院令)."""

from summarizer import summarize
from summarizer.api import prepare_source
from summarizer.models import Document


def _facts(*lines: str) -> Document:
    return summarize(text="\n".join(lines), engine="rules").document


def test_a_forwarding_notice_over_two_lines_is_the_forwarding_bodys() -> None:
    doc = _facts(
        "宁川市人民政府办公室转发市司法局",
        "关于2024年度法治政府建设工作要点的通知",
        "宁政办发〔2024〕3号",
        "各县（区）人民政府，市政府各部门：",
        "市司法局《2024年度法治政府建设工作要点》已经市政府同意，现转发给你们，请认真贯彻执行。",
    )
    assert doc.title == "宁川市人民政府办公室转发市司法局关于2024年度法治政府建设工作要点的通知"
    assert doc.agency == "宁川市人民政府办公室"
    assert doc.doc_type != "annual_report"


def test_a_reply_letter_is_titled_whole_and_is_no_report() -> None:
    doc = _facts(
        "宁川市人民政府办公室关于平川县",
        "青禾镇地面沉降有关问题的复函",
        "宁政办函〔2024〕80号",
        "平川县人民政府：",
        "你县《关于恳请解决青禾镇地面沉降问题的请示》收悉。经市政府同意，现将市自然资源局的意见转复你县。",
        "附件：市自然资源局关于青禾镇地面沉降调查情况的报告",
        "宁川市人民政府办公室",
        "2024年10月9日",
        "市自然资源局关于青禾镇地面沉降调查情况的报告",
        "市人民政府：",
        "根据市领导批示，我局组织专家赴现场调查，现将有关情况和我局的建议报告如下：",
        "一、基本情况",
        "青禾镇东部出现房屋开裂，涉及住户36户。",
    )
    assert doc.title == "宁川市人民政府办公室关于平川县青禾镇地面沉降有关问题的复函"
    assert doc.agency == "宁川市人民政府办公室"
    # (the report the letter carries, 报告如下 and all, does not make the letter an annual report)
    assert doc.doc_type == "other"


def test_a_title_over_three_lines_keeps_its_issuer() -> None:
    doc = _facts(
        "宁川省人民政府办公厅关于同意以平川市名义",
        "申办2027年第五届全省青少年",
        "体育运动会的复函",
        "宁政办函〔2024〕36号",
        "平川市人民政府：",
        "你市《关于申办2027年第五届全省青少年体育运动会的请示》收悉。经省人民政府同意，现函复如下：",
        "一、同意以平川市名义申办2027年第五届全省青少年体育运动会。",
        "宁川省人民政府办公厅",
        "2024年4月27日",
    )
    assert doc.title == "宁川省人民政府办公厅关于同意以平川市名义申办2027年第五届全省青少年体育运动会的复函"
    # (申办, to bid for, ends like an office's short name, 某办, and is none)
    assert doc.agency == "宁川省人民政府办公厅"


def test_a_notice_whose_first_line_ends_on_its_verb_is_no_news_headline() -> None:
    doc = _facts(
        "宁川市人民政府办公室关于开展",
        "城镇小区配套幼儿园治理工作的通知",
        "宁政办发〔2024〕3号",
        "各县（区）人民政府，市政府各部门：",
        "为做好城镇小区配套幼儿园治理工作，现就有关事项通知如下：",
        "一、总体要求",
        "到2025年底，全市城镇小区配套幼儿园治理工作全面完成。",
    )
    assert doc.title == "宁川市人民政府办公室关于开展城镇小区配套幼儿园治理工作的通知"
    assert doc.doc_type != "news"
    assert doc.agency == "宁川市人民政府办公室"


def test_the_state_councils_decree_cited_after_the_countrys_name() -> None:
    doc = _facts(
        "宁川河道采砂管理条例",
        "（2001年3月4日中华人民共和国国务院令第76号发布 2024年9月6日国务院第23次常务会议修订通过）",
        "第一章 总则",
        "第一条 为了规范河道采砂，保障河势稳定，制定本条例。",
    )
    # (中华人民共和|国国务院 is no name: the country's full name ends where the State Council's begins)
    assert doc.agency == "国务院"


def test_a_provincial_decree_cited_after_its_date_still_names_the_province() -> None:
    doc = _facts(
        "宁川省河道采砂管理办法",
        "（2001年3月4日宁川省人民政府令第76号发布）",
        "第一条 为了规范河道采砂，制定本办法。",
    )
    assert doc.agency == "宁川省人民政府"


# A report whose parts carry no numbers (主要举措和成效 / 存在的不足 / 2026年工作安排), its plan part opening on the
# year it plans or on a quoted term: copied with every line break turned into a space, each heading was still read
# as the sentence that follows it (2026年工作安排 2026年，是…), so the plan part was lost.
_UNNUMBERED = (
    "宁川县人民政府关于2025年度法治政府建设情况的报告",
    "现将我县2025年度法治政府建设情况报告如下：",
    "主要举措和成效",
    "全县完成行政执法案卷评查两轮，抽查案卷180宗，整改问题26个。",
    "县政府常务会议学法12次，领导干部旁听庭审3次。",
    "存在的不足",
    "基层执法人员力量相对薄弱，部分乡镇法治审核人员不足。",
    "2026年工作安排",
    "2026年，是“十五五”规划的开局之年。我们将重点做好以下工作：",
    "一是深化行政执法改革，全年培训执法人员300人次；二是加强普法宣传，建成法治文化阵地5个。",
    "未来五年工作思路",
    "“十五五”时期，我县将持续推进法治政府建设，力争2030年建成市级法治政府建设示范县。",
    "宁川县人民政府",
    "2026年2月10日",
)


def _parts(text: str) -> tuple[int, int, int, list[str]]:
    s = summarize(text=text, engine="rules")
    return len(s.achievements), len(s.shortfalls), len(s.plans), [p.action for p in s.plans]


def test_a_spaced_copy_keeps_its_unnumbered_part_headings() -> None:
    plain = _parts("\n".join(_UNNUMBERED))
    assert plain[2] >= 3  # (the test means something only if the plain text has its plans)
    assert _parts(" ".join(_UNNUMBERED)) == plain


def test_a_space_inside_a_sentence_is_no_heading_break() -> None:
    # (a converter's space by a number, 受理 2 个, and a name's, stay inside their sentence)
    lines = list(_UNNUMBERED)
    lines[3] = "全县共受理 2 件行政复议案件，全部依法审结。"
    plain = _parts("\n".join(lines))
    spaced = _parts(" ".join(lines))
    assert spaced == plain


def _plans_of(*closing: str) -> list[str]:
    text = "\n".join(
        [
            "宁川县司法局2025年度法治政府建设情况报告",
            "一、主要举措和成效",
            "全年开展执法案卷评查两轮，抽查案卷180宗。",
            "二、下一步工作打算",
            "2026年，我局将持续深化执法改革，加强普法宣传，推动法治政府建设再上新台阶。",
            *closing,
        ]
    )
    return [p.action for p in summarize(text=text, engine="rules").plans]


def test_a_plan_part_in_prose_does_not_take_the_signature_as_plans() -> None:
    want = ["2026年，我局将持续深化执法改革，加强普法宣传，推动法治政府建设再上新台阶"]
    assert _plans_of("宁川县司法局", "2026年1月20日") == want
    assert _plans_of("特此报告。", "宁川县司法局", "2026年1月20日") == want
    assert _plans_of("中共宁川县委依法治县办 宁川县司法局", "二〇二六年一月二十日") == want
    # (a copy run on as one line leaves the organ and its date on one line)
    assert _plans_of("宁川县司法局2026年1月20日") == want


def test_the_notes_and_attachments_under_a_signature_are_no_plans() -> None:
    want = ["2026年，我局将持续深化执法改革，加强普法宣传，推动法治政府建设再上新台阶"]
    assert _plans_of("宁川县司法局", "2026年1月20日", "（此件公开发布）") == want
    assert _plans_of("宁川县司法局", "2026年1月20日", "联系人：李某某 联系电话：0123-4567890") == want
    assert _plans_of("宁川县司法局（印章）", "2026年1月20日") == want
    # (a list of attachments under the signature, or above it, had become the plan part's sub-headings: its plans)
    assert (
        _plans_of("宁川县司法局", "2026年1月20日", "附件：1.2025年度行政执法数据统计表", "2.法治政府建设工作台账")
        == want
    )
    assert (
        _plans_of("附件：1.2025年度行政执法数据统计表", "2.法治政府建设工作台账", "宁川县司法局", "2026年1月20日")
        == want
    )


def test_numbered_plans_right_above_the_signature_stay_plans() -> None:
    text = "\n".join(
        [
            "宁川县司法局2025年度法治政府建设情况报告",
            "一、主要举措和成效",
            "全年开展执法案卷评查两轮，抽查案卷180宗。",
            "二、下一步工作打算",
            "1.深化行政执法改革",
            "2.加强普法宣传教育",
            "宁川县司法局",
            "2026年1月20日",
        ]
    )
    assert [p.action for p in summarize(text=text, engine="rules").plans] == ["深化行政执法改革", "加强普法宣传教育"]


def test_a_last_sentence_that_names_a_body_without_a_date_stays_a_plan() -> None:
    # (no date and no 特此报告: nothing closes the report, so its last line is the part's own)
    assert (
        _plans_of("全面推进宁川县法治文化建设，建成法治文化阵地5个。")[-1]
        == "全面推进宁川县法治文化建设，建成法治文化阵地5个"
    )


# A district portal's page copied as text: its navigation tree one label a line, each branch under a + that opens it,
# above the page's fields; the report itself is a download. A label that names a plan (年度工作计划及总结) had made
# every label under it one of 879 plans.
_MENU = (
    "宁川市平川区人民政府",
    "政策",
    "+",
    "上级文件",
    "规范性文件",
    "按体裁分类",
    "+",
    "通知",
    "政策解读",
    "规划计划",
    "+",
    "发展规划",
    "年度工作计划及总结",
    "统计数据",
    "+",
    "统计快报",
    "统计公报",
    "财政资金",
    "+",
    "财政预决算",
    "“三公”经费",
    "\ue6b4法定主动公开内容\ue633工作报告",
    "下载文字版",
)
_FIELDS = (
    "索引号： 11440300/2025-00545",
    "发布机构： 宁川市平川区人民政府 成文日期： 2025-02-02",
    "名称： 2025年平川区政府工作报告",
    "发布日期： 2025-02-04",
)


_SPEECH = (
    "各位代表：现在，我代表区人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "一、2024年工作回顾",
    "过去一年，全区地区生产总值增长6.2%，新增市场主体1.1万户，城镇新增就业1.3万人，民生支出占一般公共预算支出的"
    "七成以上。我们坚持稳中求进，推动产业升级，改善营商环境，办好民生实事，各项工作取得新成效。",
    "二、2025年工作安排",
    "今年要着力扩大有效投资，推进城市更新，办好二十件民生实事。",
)


def test_a_portals_navigation_tree_is_no_part_of_the_page() -> None:
    s = summarize(text="\n".join(_MENU + _FIELDS + _SPEECH), engine="rules")
    assert [plan.action for plan in s.plans if "统计" in plan.action or "文件" in plan.action] == []
    assert s.document.title == "2025年平川区政府工作报告"
    assert s.document.doc_type == "government_work_report"


def test_a_portal_page_whose_report_is_only_a_download_is_refused() -> None:
    # (its menus dropped, what is left is the page's fields and the link's words: the report is in the file)
    import pytest

    from summarizer.errors import ReportElsewhereError

    with pytest.raises(ReportElsewhereError, match="下载文字版"):
        summarize(text="\n".join(_MENU + _FIELDS), engine="rules")


def test_a_column_of_units_with_no_expanders_stays() -> None:
    units = [f"平川区{name}" for name in ("司法局", "财政局", "教育局", "民政局", "公安分局", "卫健局")] * 2
    text = "\n".join(
        [
            "平川区2025年法治政府建设工作要点",
            "一、深化行政执法改革",
            "全区开展执法案卷评查两轮。",
            "责任单位：",
            *units,
        ]
    )
    assert all(unit in prepare_source(text=text).text for unit in units)


def _results(*part_one: str) -> list[tuple[str, list[tuple[float, str]]]]:
    text = "\n".join(
        ["宁川区司法局2025年法治政府建设情况报告", "一、主要举措和成效", *part_one, "二、存在的不足", "执法力量薄弱。"]
    )
    s = summarize(text=text, engine="rules")
    return [(a.statement, [(m.value, m.unit) for m in a.metrics]) for a in s.achievements]


def test_a_numbered_line_that_is_a_sentence_of_figures_is_one_result_with_all_its_figures() -> None:
    # (its title, cut at forty characters with no comma to cut at, had left 屏2个 as the result and lost four figures)
    got = _results("（一）平安建设", "32.新增交通监控探头103个、电子警察98套、违停球28个、信号灯120套、交通引导屏2个。")
    assert got == [
        (
            "新增交通监控探头103个、电子警察98套、违停球28个、信号灯120套、交通引导屏2个",
            [(103.0, "个"), (98.0, "套"), (28.0, "个"), (120.0, "套"), (2.0, "个")],
        )
    ]
    # (…and a short one, its whole line the title, had given no result at all)
    assert _results("（一）平安建设", "1.新增交通监控探头103个、电子警察98套。") == [
        ("新增交通监控探头103个、电子警察98套", [(103.0, "个"), (98.0, "套")])
    ]


def test_the_results_a_heading_states_above_its_first_sub_heading_are_read() -> None:
    got = _results(
        "2025年，全局办理行政复议案件56件，纠错率12%。",
        "（一）平安建设",
        "全年新增视频监控探头103个。",
        "1.开展执法检查12次。",
        "（二）普法宣传",
        "开展普法活动30场。",
    )
    assert [statement for statement, _ in got] == [
        "2025年，全局办理行政复议案件56件，纠错率12%",
        "全年新增视频监控探头103个",
        "开展执法检查12次",
        "开展普法活动30场",
    ]


def test_a_heading_without_figures_is_still_no_result() -> None:
    assert _results("（一）健全行政执法制度", "全年修订制度5项。") == [("全年修订制度5项", [(5.0, "项")])]


def test_a_part_that_merges_problems_and_plans_gives_each_its_own() -> None:
    text = "\n".join(
        [
            "平川市生态环境局关于2025年度法治政府建设工作情况的报告",
            "一、主要举措和成效",
            "全年办理行政处罚案件215件，罚没款1860.5万元。",
            "二、存在的问题及下一步工作打算",
            "我局法治政府建设仍存在一些不足：一是执法人员专业能力有待提高；二是普法宣传形式较为单一。"
            "究其原因，主要是培训经费投入不足。",
            "2026年，我局将重点抓好以下工作：一是加强执法队伍建设，全年组织培训4期；二是创新普法形式，开展普法活动20场。",
            "平川市生态环境局",
            "2026年3月25日",
        ]
    )
    s = summarize(text=text, engine="rules")
    # (the plans had been the part's first run of 一是…, its problems)
    assert [x.issue for x in s.shortfalls] == ["执法人员专业能力有待提高", "普法宣传形式较为单一"]
    assert [p.action for p in s.plans] == ["加强执法队伍建设，全年组织培训4期", "创新普法形式，开展普法活动20场"]
    assert [c.cause for c in s.causes] == ["培训经费投入不足"]


# A report that numbers its points on through its parts (1、… 2、… under 一、, 3、… under 二、) and names its later
# parts with no number (存在的主要问题, 2026年工作安排), pasted as one line: the point after a part's heading stayed inside
# the heading (二、执法监督3、监督检查…), and the parts with no number were lost.
_RUN_ON = (
    "宁川县司法局2025年度法治政府建设情况报告",
    "2025年，我局在县委、县政府的坚强领导下，深入贯彻习近平法治思想，全面推进严格规范公正文明执法，现将有关情况报告如下：",
    "一、制度建设",
    "1、健全制度：全年制定制度5项。",
    "2、规范执法：评查案卷120宗。",
    "二、执法监督",
    "3、监督检查：开展执法检查12次。",
    "4、案卷评查：抽查案卷80宗。",
    "存在的主要问题",
    "一是执法力量不足；二是培训不够。",
    "2026年工作安排",
    "2026年，我们将深化执法改革，全年培训执法人员300人次。",
)


def _read(text: str) -> tuple[list[str], list[str], list[str]]:
    s = summarize(text=text, engine="rules")
    return [m.title for m in s.measures], [x.issue for x in s.shortfalls], [p.action for p in s.plans]


def test_a_one_line_copy_keeps_points_numbered_through_its_parts_and_its_unnumbered_parts() -> None:
    plain = _read("\n".join(_RUN_ON))
    assert plain == (
        [
            "健全制度：全年制定制度5项",
            "规范执法：评查案卷120宗",
            "监督检查：开展执法检查12次",
            "案卷评查：抽查案卷80宗",
        ],
        ["执法力量不足", "培训不够"],
        ["2026年，我们将深化执法改革，全年培训执法人员300人次"],
    )
    assert _read("".join(_RUN_ON)) == plain


def test_a_guiding_opinion_over_two_lines_is_no_news() -> None:
    doc = _facts(
        "宁川省人民政府办公厅关于深入开展消费帮扶",
        "助力乡村振兴的指导意见",
        "宁政办发〔2024〕29号",
        "各市、县人民政府，省政府各部门：",
        "消费帮扶是社会各界参与乡村振兴的重要途径。为深入开展消费帮扶，经省人民政府同意，现提出如下意见。",
        "一、总体要求",
    )
    assert doc.title == "宁川省人民政府办公厅关于深入开展消费帮扶助力乡村振兴的指导意见"
    assert doc.doc_type != "news"
    assert doc.agency == "宁川省人民政府办公厅"


def test_a_decree_that_puts_a_regulation_in_force_is_no_news() -> None:
    doc = _facts(
        "宁川省人民政府令",
        "第126号",
        "《宁川省河道采砂管理办法》已经2024年9月6日省人民政府第23次常务会议通过，现予公布，自2025年1月1日起施行。",
        "省长 王某某",
        "2024年10月8日",
        "宁川省河道采砂管理办法",
        "第一条 为了规范河道采砂，制定本办法。",
    )
    assert doc.doc_type == "other"
    assert doc.agency == "宁川省人民政府"


def test_the_targets_a_part_opens_with_are_no_results() -> None:
    # (a work report's 2026年主要工作 reads as part ①; its opening paragraph sets the year's goals)
    got = _results(
        "全年审查规范性文件12件。",
        "（一）2026年主要工作",
        "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在3%以内。",
        "1.深化执法改革，培训执法人员300人次。",
    )
    assert [statement for statement, _ in got] == ["全年审查规范性文件12件", "深化执法改革，培训执法人员300人次"]


def test_a_glossary_appended_to_the_report_is_no_part_of_it() -> None:
    text = "\n".join(
        [
            "宁川县2025年政府工作报告",
            "一、2024年工作回顾",
            "全年地区生产总值增长6.2%。",
            "二、2025年工作安排",
            "一是深化执法改革；二是建成“三个中心”。",
            "附件",
            "有关名词解释",
            "1.三个中心：县级综合指挥中心、矛盾纠纷调处中心、公共法律服务中心，共3个平台。",
            "2.两张清单：权力清单和责任清单。",
        ]
    )
    s = summarize(text=text, engine="rules")
    assert [p.action for p in s.plans] == ["深化执法改革", "建成“三个中心”"]
    assert all("名词" not in a.statement and "清单" not in a.statement for a in s.achievements)
    # (…its head in other words: 附：名词解释, 某县2025年政府工作报告有关名词解释)
    for head in ("附：名词解释", "宁川县2025年政府工作报告有关名词解释"):
        titled = text.replace("附件\n有关名词解释", head)
        assert [p.action for p in summarize(text=titled, engine="rules").plans] == ["深化执法改革", "建成“三个中心”"]


def test_a_one_line_copy_cuts_a_glossary_head_off_the_last_sentence() -> None:
    text = "".join(
        [
            "宁川县2025年政府工作报告各位代表：现在，我代表县人民政府向大会报告工作，请予审议。",
            "一、2024年工作回顾全年地区生产总值增长6.2%，新增就业岗位3200个，城乡居民收入稳步增长。",
            "二、2025年工作安排一是深化执法改革；二是建成“三个中心”。让我们团结一心，为建设更加美好的宁川而努力奋斗！",
            "附件一名词解释1.三个中心：县级综合指挥中心、矛盾纠纷调处中心、公共法律服务中心。2.两张清单：权力清单和责任清单。",
        ]
    )
    assert "\n附件一名词解释\n" in prepare_source(text=text).text


def test_a_plan_part_whose_paragraphs_open_on_their_tasks_gives_one_plan_a_paragraph() -> None:
    lines = [
        "宁川县司法局2025年度法治政府建设情况报告",
        "一、主要举措和成效",
        "健全制度。全年制定制度5项。",
        "规范执法。评查案卷120宗。",
        "二、下一步工作打算",
        "深化执法改革。全年培训执法人员300人次，评查案卷两轮。",
        "加强普法宣传。开展“法律进企业”活动20场。",
    ]
    plans = summarize(text="\n".join(lines), engine="rules").plans
    # (each sentence had been a plan of its own: the task, then its figures apart from it)
    assert [p.action for p in plans] == ["深化执法改革", "加强普法宣传"]
    assert [[(m.value, m.unit) for m in p.metrics] for p in plans] == [[(300.0, "人次"), (2.0, "轮")], [(20.0, "场")]]


def test_a_plan_part_that_opens_on_a_lead_in_stays_read_sentence_by_sentence() -> None:
    lines = [
        "宁川县2025年政府工作报告",
        "一、2024年工作回顾",
        "全年地区生产总值增长6.2%。",
        "二、2025年工作安排",
        "今年政府工作的总体要求是：坚持稳中求进，推动高质量发展。",
        "今年发展的预期目标是：地区生产总值增长6%左右。",
    ]
    plans = [p.action for p in summarize(text="\n".join(lines), engine="rules").plans]
    assert plans[0].startswith("今年政府工作的总体要求是：坚持稳中求进")

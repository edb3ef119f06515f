"""Shapes found in session 72's documents, each written in our own words (see bench/realworld/COLLECTING.md).

Session 72 collected no openings (see COLLECTING.md); its shapes come from the seeds' packagings and from the whole
work reports of the fetched corpora."""

import pytest

from summarizer import summarize
from summarizer.clean import clean
from summarizer.numbers import find_numbers

from .support.facts import document, in_report, metric_labels, one_line, spaced_line, wrapped

# A department's plan (its tasks numbered through the parts) whose tasks each end with the note of who carries them out, and whose numbering the page
# damaged: a task with no number, a bare 十二, 十四) with its opening bracket lost, a closing bracket alone.
_NOTED_PLAN = (
    "青禾市司法局法治政府建设实施方案（2024—2026年）\n"
    "为深入推进依法行政，结合本局工作实际，制定本实施方案。\n"
    "一、健全依法决策机制，提升决策质量\n"
    "（十一）严格落实重大行政决策程序。重大决策事项全部经过合法性审查和集体讨论。（责任科室：法制科）\n"
    "规范开展合法性审查。对局属各单位报送的文件逐件审查，做到应审尽审。（责任科室：法制科、办公室）\n"
    "（十三）推行法律顾问制度。聘请专业律师担任法律顾问，参与重大事项论证。（责任科室：法制科）\n"
    "二、规范行政执法行为，推进严格公正执法\n"
    "十四）全面落实执法责任制。明确执法岗位和执法责任，定期开展执法案卷评查。（责任科室：执法监督科）\n"
    "十五加强执法人员培训。每年组织执法人员集中轮训，提升执法能力。（责任科室：政治部）\n"
    "三、加强组织保障，确保各项任务落实\n"
    "）强化组织领导。成立工作领导小组，统筹推进方案实施。（责任科室：办公室）\n"
    "）健全督查考核机制。将方案落实情况纳入年度考核内容。（责任科室：督查室）\n"
)


def _actions(text: str) -> list[str]:
    return [plan.action for plan in summarize(text=text).plans]


def test_a_plans_tasks_run_on_as_one_line_end_at_their_duty_notes() -> None:
    # …逐件审查，做到应审尽审。（责任科室：法制科、办公室）（十三）推行…: the note ends a task; what follows is the
    # next one, whatever its number has become (none, 十五 bare, 十四) or a lone closing bracket); each keeps its unit
    def tasks(text: str) -> list[tuple[str, str | None]]:
        return [(plan.action, plan.responsible) for plan in summarize(text=text).plans]

    plain = tasks(_NOTED_PLAN)
    assert len(plain) == 7 and plain[1] == ("规范开展合法性审查", "法制科、办公室")
    assert tasks(one_line(_NOTED_PLAN)) == plain


def test_a_damaged_marker_right_after_its_parts_heading_starts_a_task() -> None:
    # 二、规范行政执法行为，推进严格公正执法十四）全面落实…: the part's heading ran into its first task, whose marker
    # lost its opening bracket; 三、…落实）强化组织领导: the task's marker is a closing bracket alone
    actions = _actions(one_line(_NOTED_PLAN))
    assert any(action.startswith("全面落实执法责任制") for action in actions)
    assert any(action.startswith("强化组织领导") for action in actions)
    assert not any("推进严格公正执法" in action or "确保各项任务落实" in action for action in actions)


# Labels a careful reader writes for a figure whose counted noun comes after it, or whose clause opens on its writer.
_LABELLED = [
    # 25个基层党支部将…纳入…, 12个部门把…作为…: what the counted things did to another ends their noun
    pytest.param(
        "全局25个基层党支部将法治学习纳入主题党日内容，12个科室把合法性审查作为必经程序。",
        {"25个": "基层党支部", "12个科室": "科室"},
        id="disposal-after-the-noun",
    ),
    # 3个示范创建地区之一: how many there are in all, no result of the writer's (session 75; the clause is an
    # achievement without a figure, tests/test_shapes_s75.py)
    pytest.param(
        "宁川县被推荐为全省3个法治政府建设示范创建地区之一，报送省依法治省办审核。",
        {},
        id="one-of-them",
    ),
    # 两件大事都将…, 40个项目都已…: what is said of them all is no part of their noun
    pytest.param(
        "全年谋划的40个法治惠民项目都已按期完工。",
        {"40个": "法治惠民项目"},
        id="all-of-them",
    ),
    # 26个场景实现全覆盖, 4个案例入选…, 为1680余家企业提供…: the deed the counted things are the subject or the
    # object of ends their noun, with the adverbs it opens on (率先, 免费)
    pytest.param(
        "全区26个服务场景实现全覆盖，4个典型案例入选全省法治政府建设案例，为1680余家企业免费提供法律体检服务，"
        "12个街道率先实现公共法律服务站点全覆盖。",
        {"26个": "服务场景", "4个": "典型案例", "1680余家": "企业", "12个街道": "街道"},
        id="the-deed-after-the-noun",
    ),
    # 90%以上的政务服务事项实现网上可办: the share's noun, not its 的
    pytest.param(
        "90%以上的政务服务事项实现网上可办。",
        {"90%以上": "政务服务事项"},
        id="a-shares-noun",
    ),
    # 年初至今开展谈心谈话69人次, 自设立以来已解决…54件, 2名领导干部带头参加…: the time counted from and the
    # manner of the deed are no part of what is counted
    pytest.param(
        "年初至今开展谈心谈话69人次，自专窗设立以来已解决办事难题54件，2名领导干部带头参加旁听庭审。",
        {"69人次": "开展谈心谈话", "54件": "解决办事难题", "2名": "领导干部"},
        id="time-and-manner",
    ),
    # 新增法律服务机构45家、总量达1224家; 调解纠纷2300件、占全省12%: a measure alone is of what the figure before in
    # the sentence counts
    pytest.param(
        "新增法律服务机构45家、总量达1224家，人民调解组织调解纠纷2300件、占全省12%。",
        {
            "45家": "新增法律服务机构",
            "1224家": "法律服务机构总量",
            "2300件": "人民调解组织调解纠纷",
            "12%": "人民调解组织调解纠纷占全省比重",
        },
        id="a-measure-of-the-figure-before",
    ),
    # 行政复议、行政应诉案件办结率分别…: a rate is the things' shared head (办结率 is no verb 办结 to cut at)
    pytest.param(
        "行政复议、行政应诉案件办结率分别高于全省3.4%、1%。",
        {"3.4%": "行政复议办结率", "1%": "行政应诉案件办结率"},
        id="a-shared-rate",
    ),
    # 并分两批承接…事项120项, 五年中分两轮取消…498项: the batches are how it was done, no figure; 3名工作人员具体负责…:
    # the deed they are charged with is no part of their noun
    pytest.param(
        "并分两批承接落实权力事项120项，五年中分两轮取消和调整行政审批事项498项，明确3名工作人员具体负责法治督察工作。",
        {"120项": "承接落实权力事项", "498项": "取消和调整行政审批事项", "3名": "工作人员"},
        id="batches-and-charges",
    ),
    # 保障性住房基本建成470万套、新开工630万套; 重大项目开工390个、竣工437个: a stage alone is of the same things as
    # the figure before it; 这四个问题 points at the text's own matter, no figure
    pytest.param(
        "全市保障性住房基本建成4700套、新开工6300套，重大项目开工39个、竣工43个。下面着重讲讲这四个问题。",
        {
            "4700套": "全市保障性住房基本建成",
            "6300套": "全市保障性住房新开工",
            "39个": "重大项目开工",
            "43个": "重大项目竣工",
        },
        id="stages-and-pointers",
    ),
    # 共组织…活动6场, 积极开展…学习13次, 对24个涉诉单位制发…: a tally word or an adverb leads no label, a deed done
    # to the counted ends their noun; 累计 stays (a total over years is another figure than the year's)
    pytest.param(
        "共组织专题学法活动6场，积极开展中心组专题学习13次，对24个涉诉单位制发提醒函，累计建成法治文化阵地18个。",
        {"6场": "组织专题学法活动", "13次": "开展中心组专题学习", "24个": "涉诉单位", "18个": "累计建成法治文化阵地"},
        id="tally-words-and-adverbs",
    ),
    # 34个项目进入…名录, 4家企业上榜…, 3个案例获…: what happened to the counted ends their noun; a
    # line's voltage (500千伏) is its grade, no figure (it was read as 500千, a thousand-fold count)
    pytest.param(
        "全市34个项目进入省级示范名录，4家企业上榜全省民营企业百强，3个案例获全省法治政府建设优秀案例，"
        "建成12个500千伏输变电工程，新建22个750千伏和330千伏电网工程。",
        {"34个": "项目", "4家": "企业", "3个": "案例", "12个": "500千伏输变电工程", "22个": "750千伏和330千伏电网工程"},
        id="what-happened-to-them",
    ),
    # 从2020年的41.6%提升至2025年的52%: the second is the same measure of the year it names, no 提升至2025年的
    pytest.param(
        "行政复议纠错率从2020年的11.6%提升至2024年的15.2%，群众满意度明显提高。",
        {"11.6%": "2020年行政复议纠错率", "15.2%": "2024年行政复议纠错率"},
        id="changed-to-a-years-figure",
    ),
    # 提出52项操作性、针对性强的改革措施: the measures are counted, their qualities listed before them; 10家单位组织开展…
    # and 依法完成…等582件: the deed the units led and the manner of the deed are no part of the label
    pytest.param(
        "提出52项操作性、针对性强的改革措施，10家牵头单位组织开展专项督查，依法完成教师资格认定等582件。",
        {"52项": "改革措施", "10家": "牵头单位", "582件": "完成教师资格认定等"},
        id="qualities-before-the-noun",
    ),
    # 力争…投资额分别达…: a plan's striving leads no label, and the things given respectively share their head
    # (交通领域投资额); 为138万残疾人发放…: the deed done for them ends their noun; 争取…资金 (won) stays
    pytest.param(
        "力争全年交通、水利领域投资额分别达240亿元、45亿元，为1380名残疾人发放生活补贴，争取上级帮扶资金60万元。",
        {"240亿元": "交通领域投资额", "45亿元": "水利领域投资额", "1380名": "残疾人", "60万元": "争取上级帮扶资金"},
        id="plan-striving-and-respective-heads",
    ),
    # 我们发放…材料8000余份, 我局受理…: the writer naming itself is no part of what it counted
    pytest.param(
        "普法宣传月活动中，我们发放法律知识宣传材料8000余份，我局受理法律咨询360人次。",
        {"8000余份": "发放法律知识宣传材料", "360人次": "受理法律咨询"},
        id="the-writer-itself",
    ),
]


@pytest.mark.parametrize(("sentence", "labels"), _LABELLED)
def test_a_figures_label_is_what_it_counts(sentence: str, labels: dict[str, str]) -> None:
    assert metric_labels(in_report(sentence)) == labels


def test_a_fraction_in_words_is_no_count_of_points() -> None:
    # 不到四分之一世纪, 降低三分之一: 四分 and 三分 are a fraction's denominator, no figure of 分 (points) to report
    text = in_report("全市行政复议案件办理周期缩短三分之一，考核中扣3分。")
    assert [m.quote.text for a in summarize(text=text).achievements for m in a.metrics] == ["3分"]
    assert [text[m.start : m.end] for m in find_numbers("不到四分之一世纪，四分之三的县")] == []


def test_a_head_of_livestock_is_the_figures_unit() -> None:
    # 肉牛屠宰加工量突破100万头: the unit was lost and the figure read as a bare 100万; 抓好两头 counts no cattle
    figures = {
        m.quote.text: m.normalized_value
        for a in summarize(text=in_report("全市肉牛屠宰加工量达到12万头，生猪出栏86万头。")).achievements
        for m in a.metrics
    }
    assert figures == {"12万头": 120000, "86万头": 860000}
    assert find_numbers("发展主要是抓好两头") == []


def test_a_signing_keeps_its_yue() -> None:
    # 项目签约3543亿元: the 约 of 签约 is the verb's, no approximate value's
    assert metric_labels(in_report("成功举办投资贸易洽谈会，项目签约356亿元。")) == {"356亿元": "项目签约"}


def test_a_list_of_figures_shares_its_last_ones_points() -> None:
    # 增速分别高于全国12.7个、12个百分点; 分别提高15、22个百分点: only the last figure writes the unit; the first is no
    # count of 个 nor a bare number
    numbers = [
        (m.text, m.value, m.unit) for m in find_numbers("增速分别高于全国12.7个、12个百分点，分别提高15和22个百分点")
    ]
    assert [(text, float(value), unit) for text, value, unit in numbers] == [
        ("12.7个", 12.7, "个百分点"),
        ("12个百分点", 12.0, "个百分点"),
        ("15", 15.0, "个百分点"),
        ("22个百分点", 22.0, "个百分点"),
    ]
    summary = summarize(text=in_report("收案数、结案数增速分别高于全省3.4个、1个百分点。"))
    metrics = [(m.label, m.unit) for a in summary.achievements for m in a.metrics]
    assert metrics == [("收案数增速", "个百分点"), ("结案数增速", "个百分点")]
    assert summary.verification.ok


def test_a_respective_thing_that_names_its_own_measure_takes_no_other() -> None:
    # 接待游客人次和旅游收入分别增长17.6%、16.8%: 人次 is the first thing's own measure, no 收入 of it
    labels = metric_labels(in_report("全县接待游客人次和旅游收入分别增长17.6%、16.8%，完成保护性耕作12万亩次。"))
    assert labels == {"17.6%": "全县接待游客人次增长", "16.8%": "旅游收入增长", "12万亩次": "完成保护性耕作"}


_WRAPPED_REPORT = (
    "平川县司法局2024年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）深化行政执法规范化建设。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，"
    "全年办理行政处罚案件1260件。二是加强执法培训，组织执法人员业务培训12期，培训执法人员860人次。"
    "开展行政执法案卷评查两次，评查案卷320卷，发现并整改问题45个，执法质量明显提升。"
    "全面落实行政执法责任制，梳理公布行政执法事项清单，明确执法主体、执法权限和执法程序，"
    "推动执法人员持证上岗和资格管理，清理不符合条件的执法人员，执法队伍结构持续优化。\n"
    "（二）加强法治宣传教育。深入开展“八五”普法，组织送法进乡村、进社区、进企业活动36场。"
    "建成法治文化阵地18个，培育农村学法用法示范户420户，群众法治意识不断增强。"
    "落实“谁执法谁普法”普法责任制，发布普法责任清单，组织以案释法活动，推动普法与执法有机融合，"
    "在重要节点开展主题宣传，营造尊法学法守法用法的良好氛围。\n"
    "二、存在的不足和原因\n"
    "基层执法力量仍然不足，执法人员专业素质有待提高。主要原因是编制有限，培训不够系统。\n"
    "三、2025年工作安排\n"
    "持续深化法治政府示范创建，全面提升依法行政水平。\n"
)


def _items(text: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    summary = summarize(text=text)
    return (
        [measure.title for measure in summary.measures],
        [achievement.statement for achievement in summary.achievements],
        [(m.quote.text, m.label) for a in summary.achievements for m in a.metrics],
    )


def test_a_hard_wrap_that_falls_right_after_a_full_stop_keeps_the_paragraph_whole() -> None:
    # a fixed-width export whose line ends on 。 at the very column it cuts at: the paragraph goes on below (a
    # paragraph's last line seldom fills the width), as every other full line does
    paragraph = _WRAPPED_REPORT.split("\n")[2]
    width = paragraph.index("1260件。") + len("1260件。")
    text = wrapped(_WRAPPED_REPORT, width)
    assert "1260件。\n" in text
    assert _items(text) == _items(_WRAPPED_REPORT)


def test_a_spaced_copy_hard_wrapped_still_yields_its_parts() -> None:
    # a copy whose line breaks became spaces, then cut every 38 characters: its headings run in after spaces, on a
    # few long lines once unwrapped (one heading may fall at a line's start)
    text = wrapped(spaced_line(_WRAPPED_REPORT), 38)
    assert _items(text) == _items(_WRAPPED_REPORT)


def test_a_full_line_ending_a_paragraph_before_we_or_a_dash_lead_stays_its_end() -> None:
    # a paragraph whose last line happens to fill the width: the next paragraph's opening (我们…, ——这是…) says the
    # paragraph ended there
    first = "过去五年，全县经济社会发展取得新成效，地区生产总值年均增长百分之六，一般公共预算收入稳步提高，城乡居民收入持续增加。"
    second = "我们坚持依法行政，持续深化放管服改革，营商环境不断优化，市场主体活力进一步激发，发展动能持续增强。"
    third = "——这是法治建设全面推进的五年。各项工作取得了积极进展，人民群众获得感明显提升，社会大局和谐稳定。"
    width = len(first) // 2 if len(first) % 2 == 0 else len(first)
    text = wrapped("\n".join([first, second, third, first, second, third]), width)
    cleaned = clean(text).text
    assert cleaned.split("\n") == [first, second, third, first, second, third]


_WORK_REPORT = (
    "平川县人民政府工作报告\n"
    "各位代表：\n"
    "现在，我代表县人民政府，向大会报告工作，请予审议。\n"
    "过去一年很不平凡。全县上下坚持稳中求进，经济运行总体平稳。\n"
    "——经济增长稳中有进。地区生产总值增长5.1%，取得多年未有的好成绩。一、二、三产业增加值分别增长4.2%、5%、5.4%。\n"
    "——质量效益稳步提高。一般公共预算收入增长4.6%，总量首次突破19亿元。\n"
    "一年来，我们主要做了以下工作：\n"
    "一、坚持稳中求进，推动经济平稳运行。全年完成固定资产投资120亿元，新开工项目86个。\n"
    "二、坚持改革创新，激发发展活力。新增市场主体1.2万户，办理政务服务事项36万件。\n"
)


def test_a_spaced_copys_paragraphs_start_again_after_each_sentence_end_and_space() -> None:
    # a copy whose line breaks became spaces: …请予审议。 过去一年…, 各位代表： 现在…: each space after a sentence's end
    # or a colon is where a paragraph began (three or more of them in the line)
    assert clean(spaced_line(_WORK_REPORT)).text.split("\n") == clean(_WORK_REPORT).text.split("\n")
    assert _items(spaced_line(_WORK_REPORT)) == _items(_WORK_REPORT)


def test_the_three_sectors_are_no_parts_of_a_one_line_copy() -> None:
    # …好成绩。一、二、三产业增加值…: a run of numerals naming the sectors, never the headings 一、 and 二、
    assert "一、二、三产业增加值" in clean(one_line(_WORK_REPORT)).text
    assert _items(one_line(_WORK_REPORT)) == _items(_WORK_REPORT)


def test_a_spaced_notices_signature_is_its_own_lines() -> None:
    # …印发给你们，请认真贯彻执行。 某局 2024 年 3 月 7 日 2024年…要点 …: the organ and its date signed the notice
    text = spaced_line(
        "各乡镇人民政府，县直各单位：\n现将《2024年全县司法行政工作要点》印发给你们，请结合实际认真贯彻执行。\n"
        "宁川县司法局 2024 年 3 月 7 日\n2024年全县司法行政工作要点\n"
        "2024年是实施“八五”普法规划的关键一年。全县司法行政工作的总体思路是：坚持依法行政，服务发展大局。\n"
        "一、深化法治政府建设\n（一）推进严格规范公正文明执法。开展行政执法案卷评查，规范行政裁量权基准。\n"
        "（二）加强行政复议工作。畅通复议渠道，提高办案质量，发挥行政复议化解行政争议主渠道作用。\n"
    )
    lines = clean(text).text.split("\n")
    assert "宁川县司法局" in lines and "2024年3月7日" in lines
    assert document(text).agency == "宁川县司法局"


def test_tens_of_them_are_no_count_of_ten() -> None:
    # 几十亿元, 数十家企业: a vague number of tens, read as 十亿元 and 十家 before; 四个现代化 is a set phrase
    text = "原来估计要动用库存几十亿元，数十家企业参加，实现四个现代化"
    assert find_numbers(text) == []
    labels = metric_labels(in_report("全县法律援助经费总计为126万元，数十家律师事务所参与公益法律服务。"))
    assert labels == {"126万元": "全县法律援助经费总计"}


def test_a_gazettes_title_row_runs_its_label_onto_the_title() -> None:
    # 公报标题市商务局2023年度行政执法统计年报 ⏎ 总号 期号 ⏎ 主办单位平川市商务局 公报年份2023年: a gazette page's rows,
    # each label run onto its value; the title is what follows 公报标题, the bureau the one its body names
    text = (
        "公报标题市商务局2023年度行政执法统计年报\n总号 期号\n主办单位平川市商务局 公报年份2023年\n"
        "一、行政执法主体概况\n本级行政机关：平川市商务局\n执法岗位数量：8个执法科室\n"
    )
    doc = document(text)
    assert doc.title == "市商务局2023年度行政执法统计年报"
    assert (doc.agency, doc.report_year) == ("平川市商务局", 2023)


def test_a_photo_credit_in_a_spaced_copy_ends_its_caption() -> None:
    # …意见建议。 某某摄 2021年2月，中央…印发…: the credit ended the caption's line; the lead below it is the item's
    lines = [
        "图为干部深入党员及群众代表家中为述职收集意见建议。",
        "张某摄",
        "2021年2月，某委员会印发关于党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容工作的意见。",
        "目前，各地区按照部署要求，扎实推进述法工作，积极开展有益探索，述法工作逐步走向规范化、制度化、常态化。",
        "述法工作见人见事，对述法对象进行全方位的法治检查，推动各级领导干部切实履行推进法治建设第一责任人职责。",
        "规范流程、明确形式，述法现场还要红脸出汗，述法结果作为考核干部的重要依据。",
    ]
    assert clean(spaced_line("\n".join(lines))).text.split("\n") == lines


def test_a_two_clause_heading_whose_second_clause_is_longer_ends_at_the_deed() -> None:
    # （九）坚持转变政府职能，努力建设廉洁勤政务实高效政府建立和完善…体制，…: the second clause six characters longer
    # than the first, the paragraph opening on 建立 right after it
    text = (
        "宁川县人民政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去一年的工作\n"
        "（一）坚持依法行政，全面推进法治政府建设。全年制定规范性文件12件，全部经过合法性审查。\n"
        "（二）坚持转变政府职能，努力建设廉洁勤政务实高效政府\n"
        "建立和完善行政决策机制，必须坚持科学决策、民主决策、依法决策。全年精简议事协调机构46个，清理证明事项120项。\n"
        "（三）坚持改革创新，持续优化营商环境。新增市场主体1.2万户，办理政务服务事项36万件。\n"
    )
    assert _items(one_line(text)) == _items(text)


def test_the_next_phase_of_a_listed_project_is_no_count() -> None:
    # 推进水资源配置一期、二期和某水库建设: 二期 is the project's second phase, as 一期 is, no count of two sessions
    summary = summarize(text=in_report("推进平川水资源配置一期、二期和青禾水库建设，举办业务培训班三期。"))
    assert [m.quote.text for a in summary.achievements for m in a.metrics] == ["三期"]


def test_a_short_plain_report_is_no_hard_wrap_to_rejoin_at_its_full_stops() -> None:
    # a short report whose lines happen to share a length looks wrapped; its longer lines show it never was, and a
    # line ending on 。 longer than that length ends its paragraph as written
    lines = [
        "某市生态环境局2023年度法治政府建设情况报告",
        "一、主要举措和成效",
        "（一）严格环境执法。全年立案查处环境违法案件146件。",
        "（二）推进依法决策。全年开展合法性审查32件次。",
        "二、主要负责人履行推进法治建设第一责任人职责情况",
        "（一）带头学法用法。全年组织党组会议学法6次。",
        "（二）带头依法决策。所有重大决策均经集体讨论。",
        "三、存在的问题、原因及下一步打算",
        "存在的问题主要表现在：环境执法能力与新形势要求还有差距；普法宣传方式较为单一。",
        "产生问题的原因主要是：执法人员专业培训不足；普法投入有限。",
        "下一步，我局将重点做好以下工作：一是加强执法能力建设；二是创新普法宣传方式。",
    ]
    cleaned = clean("\n".join(lines)).text.split("\n")
    assert lines[-3] in cleaned and lines[-2] in cleaned and lines[-1] in cleaned


def test_a_page_date_row_run_onto_a_one_line_copys_end_is_a_row_of_its_own() -> None:
    # …改革样本。平川日报 今日平川 00015 某标题 2022-04-25 平川日报 星期一: the e-paper's row under the story, run onto its
    # last sentence by a copy that lost its line breaks; the row still dates the item
    text = (
        "平川日报 数字报纸\n平川率先 引领示范\n平川县实现乡镇综合行政执法队全覆盖\n"
        "近日，平川县举行乡镇综合行政执法队集中揭牌仪式，为14个乡镇综合行政执法队集中揭牌，推动执法力量下沉到一线。\n"
        "该县在天荒坪镇试点挂牌成立综合行政执法队，已正式行使510项行政处罚权，办理普通程序行政处罚案件30余起。\n"
        "县综合行政执法局相关负责人说，下一步将加快构建权责统一、权威高效的基层执法体系，打造改革样本。\n"
        "平川日报 今日平川 00015 平川县实现乡镇综合行政执法队全覆盖 2022-04-25 平川日报 星期一\n"
    )
    assert document(text).report_year == 2022
    assert "打造改革样本。\n平川日报 今日平川" in clean(one_line(text)).text
    assert document(one_line(text)).report_year == 2022


_EVENT_NEWS = (
    "宁川区启动行政复议法宣传月活动\n"
    "新修订的《中华人民共和国行政复议法》将于2024年1月1日起施行。为提高人民群众对行政复议的知晓率，12月4日，"
    "宁川区司法局在万达广场集中开展“行政复议法宣传月”活动，向广大群众宣传新修订的行政复议法。\n"
    "现场摆放宣传展板六块、发放宣传手册2000余册，接待群众咨询100人次，取得了良好的社会效果和宣传效果。\n"
    "下阶段，宁川区司法局将继续多渠道多形式加大行政复议宣传力度，使行政复议理念深入人心。\n"
)


def test_an_events_headline_run_into_a_lead_that_opens_otherwise_is_its_own_line() -> None:
    # 某区启动行政复议法宣传月活动新修订的《…》将于…施行。: the headline of an event launched ends at its event's
    # noun, whether the copy ran it on or set a space after it; the item is news of that year
    want = document(_EVENT_NEWS)
    assert (want.doc_type, want.report_year) == ("news", 2023)
    for copy in (one_line(_EVENT_NEWS), spaced_line(_EVENT_NEWS)):
        assert clean(copy).text.startswith("宁川区启动行政复议法宣传月活动\n")
        got = document(copy)
        assert (got.doc_type, got.report_year) == ("news", 2023)

"""Shapes found in session 78's reading, each written in our own words (see bench/realworld/COLLECTING.md).

Session 78 collected no openings. It read again the whole public documents of session 77 (Shenzhen's and
Guangdong's work reports, from the body alone, as a copy that lost its title shows them) and a public crawl of one
province's departments. The shapes: a speech or a report that names its government by its level alone (我代表区人民
政府, 省政府在省委的领导下) and its place only by the place's stem, dozens of times (坪山 for 坪山区)."""

from summarizer import summarize
from summarizer.models import Document


def _facts(*lines: str) -> Document:
    return summarize(text="\n".join(lines), engine="rules").document


_DISTRICT_SPEECH = (
    "各位代表：",
    "现在，我代表区人民政府向大会作工作报告，请予审议。",
    "一、2024年工作回顾",
    "2024年，余杭经济稳中有进，全年地区生产总值增长6.1%。我们坚持把余杭的优势转化为发展的胜势。",
    "余杭的营商环境持续改善，新增市场主体1.2万户。余杭未来科技城引进项目38个。",
    "二、2025年工作安排",
    "2025年，我们要奋力建设新余杭，推动余杭高质量发展走在前列。",
)


def test_a_district_speech_names_its_government_by_the_stem_it_repeats() -> None:
    doc = _facts(*_DISTRICT_SPEECH)
    assert doc.doc_type == "government_work_report"
    assert doc.agency == "余杭区人民政府"
    # (quoted where the text says it: the level alone, the place read from the body)
    assert doc.evidence.agency is not None and doc.evidence.agency.text == "区人民政府"


def test_a_province_report_by_its_level_alone_names_its_province() -> None:
    doc = _facts(
        "各位代表：",
        "我代表省人民政府向大会作政府工作报告，请予审议。",
        "一、2024年工作回顾",
        "2024年，省政府在省委的坚强领导下，团结带领全省人民，推动浙江经济回升向好。",
        "浙江的数字经济核心产业增加值增长7.1%，浙江制造的品牌影响力不断提升。",
        "二、2025年主要任务",
        "我们将持续打造浙江营商环境升级版，推动浙江在共同富裕上走在前列，让浙江人民生活更加美好。",
    )
    assert doc.agency == "浙江省人民政府"


def test_two_districts_named_as_often_leave_the_level_alone() -> None:
    # (a speech that names its neighbour nearly as often as itself: which district speaks, the text does not say)
    doc = _facts(
        "各位代表：",
        "现在，我代表区人民政府向大会作工作报告，请予审议。",
        "一、2024年工作回顾",
        "我们深化与萧山的合作，余杭、萧山两地共建产业园区，余杭与萧山的通勤时间缩短到30分钟。",
        "余杭的企业到萧山投资，萧山的人才来余杭创业，余杭和萧山携手发展。",
    )
    assert doc.agency not in ("余杭区人民政府", "萧山区人民政府")


def test_a_place_named_a_few_times_only_is_not_enough() -> None:
    # (a stem named twice may be a visit or a partner: five times, and twice as often as any other, or none)
    doc = _facts(
        "各位代表：",
        "现在，我代表区人民政府向大会作工作报告，请予审议。",
        "一、2024年工作回顾",
        "我们组团赴余杭学习数字经济发展经验，与余杭签订合作协议。全区新增市场主体1200户。",
    )
    assert doc.agency != "余杭区人民政府"


def test_a_departments_report_by_its_level_alone_names_its_province() -> None:
    # (a disclosure report whose body says 省人社厅 and names its province by the stem alone, as its own rules do)
    doc = _facts(
        "根据《中华人民共和国政府信息公开条例》和《湖南省政府信息公开办法》，省人社厅编制本年度报告。",
        "一、总体情况",
        "2024年，省人社厅围绕湖南就业大局，主动公开湖南社保政策文件86件，办理湖南群众依申请公开12件。",
        "我们在湖南人社网开设专栏，联合湖南日报解读政策。",
    )
    assert doc.doc_type == "information_disclosure_report"
    assert doc.agency == "湖南省人社厅"


def test_a_rule_whose_article_numbers_were_dropped_is_a_rule() -> None:
    # (a crawl that drops 第一条…: the purpose clause and the last article still say it is a rule, whatever its topic)
    doc = _facts(
        " 为规范行政执法过错责任的追究，促进依法行政，结合本省实际，制定本办法。"
        " 本办法所称行政执法过错，是指行政执法机关违法履行职责的行为。"
        " 认定事实不清、主要证据不足的，应当追究责任。行政执法机关应当在每年1月报告上一年度的追究情况。"
        " 本办法自2025年3月1日起施行。"
    )
    assert doc.doc_type == "other"
    doc = _facts(
        " 为保证政府信息公开工作的开展，制定本规定。 行政机关应当主动公开政府信息，依申请公开政府信息。"
        " 政府信息公开工作年度报告应当于每年1月31日前公布。 本规定自2025年1月1日起施行。"
    )
    assert doc.doc_type == "other"


def test_a_body_acting_with_another_is_no_writer() -> None:
    # (会同, 协助, 配合 between two bodies: a sentence's subject and its partner, never one name)
    from summarizer.facts.names import org_name

    assert org_name("项目主管部门会同县级以上人民政府") is None
    assert org_name("村民委员会协助乡人民政府") is None
    assert org_name("会同县人民政府") == "会同县人民政府"  # (a county of that name)


# Session 78 also read 130 normative notices of one provincial department, each crawled onto one line (its paragraph
# breaks lost) with its title apart: many issued jointly, their issuers run together in the title and in the signature
# (某省人社厅某省财政厅关于…; …认真贯彻落实。某省人社厅某省财政厅2024年4月30日（此件主动公开）).


def test_joint_issuers_run_together_in_a_title_are_led_by_the_first() -> None:
    doc = _facts(
        "山西省人力资源和社会保障厅山西省财政厅关于调整退休人员基本养老金的通知",
        "各市人力资源和社会保障局、财政局：现就2025年调整退休人员基本养老金有关问题通知如下：一、调整范围。"
        "2024年12月31日前已按规定办理退休手续的人员。山西省人力资源和社会保障厅山西省财政厅2025年6月1日（此件主动公开）",
    )
    assert doc.agency == "山西省人力资源和社会保障厅"


def test_many_issuers_in_a_title_set_apart_or_counted_are_led_by_the_first() -> None:
    doc = _facts(
        "山西省人力资源和社会保障厅、山西省教育厅、山西省民政厅关于做好基层就业岗位发布工作的通知",
        "各市人力资源和社会保障局、教育局、民政局：为做好高校毕业生基层就业工作，现就有关事项通知如下。",
    )
    assert doc.agency == "山西省人力资源和社会保障厅"
    doc = _facts(
        "山西省人力资源和社会保障厅山西省发展和改革委员会等十部门关于印发《山西省创业推进行动方案》的通知",
        "各市有关部门：现将《山西省创业推进行动方案》印发给你们，请认真贯彻落实。",
    )
    assert doc.agency == "山西省人力资源和社会保障厅"


def test_a_one_line_notice_is_signed_by_the_first_of_its_run_together_signers() -> None:
    # (no title: the signature run into the text, before the date and its publication note, names who issued it)
    doc = _facts(
        "各市人力资源和社会保障局、公安局：现将《关于做好技能人才评价工作的实施办法》印发给你们，请认真贯彻落实。"
        "山西省公安厅山西省人力资源和社会保障厅2025年6月18日（此件主动公开）关于做好技能人才评价工作的实施办法"
        "为做好技能人才评价工作，制定本办法。"
    )
    assert doc.agency == "山西省公安厅"


def test_an_attachments_title_or_an_address_run_onto_the_signer_is_not_the_signer() -> None:
    doc = _facts(
        "各市人力资源和社会保障局：现将2025年度技师评审有关事项通知如下：一、评审范围。机关事业单位工人。"
        "附件：1.山西省机关事业单位工人技师评审表山西省人力资源和社会保障厅2025年4月29日（此件主动公开）"
    )
    assert doc.agency == "山西省人力资源和社会保障厅"
    doc = _facts(
        "各市人力资源和社会保障局：现就征集宣传作品有关事项通知如下：一、征集内容。工伤预防知识。"
        "邮寄地址：太原市某某大街118号山西省人力资源和社会保障厅2025年1月7日（此件主动公开）"
    )
    assert doc.agency == "山西省人力资源和社会保障厅"


def test_a_department_by_its_level_alone_is_no_name() -> None:
    # (经厅领导同意，省厅决定…: the text's own short word for itself, which names no one body)
    doc = _facts(
        "各市人力资源和社会保障局：为提升群众满意度，经厅领导同意，省厅决定开展专项整治工作。现将有关事项通知如下：",
        "一、整治内容。",
    )
    assert doc.agency != "省厅"


def test_a_provinces_trade_union_council_is_a_name() -> None:
    from summarizer.facts.names import org_name

    assert org_name("山西省总工会") == "山西省总工会"


# A text copy of a page whose report is only a download (its title, date and 附件：某报告.pdf; or a portal's menus around
# 下载文字版) gave an empty summary that named every part missing, with exit 0: the page itself is refused with exit 8.
_DOWNLOAD_PAGE = (
    "首页 > 政务公开 > 法治政府建设",
    "平川区司法局2025年法治政府建设年度报告",
    "发布时间：2026-03-20 来源：平川区司法局",
    "附件：平川区司法局2025年法治政府建设年度报告.pdf",
)


def test_a_text_copy_of_a_page_that_only_names_the_reports_file_is_refused(tmp_path) -> None:
    import pytest
    from click.testing import CliRunner

    from summarizer.cli import cli
    from summarizer.errors import ReportElsewhereError

    with pytest.raises(
        ReportElsewhereError, match=r"only the name of its file: 平川区司法局2025年法治政府建设年度报告\.pdf"
    ):
        summarize(text="\n".join(_DOWNLOAD_PAGE), engine="rules")
    path = tmp_path / "page.txt"
    path.write_text("\n".join(_DOWNLOAD_PAGE), encoding="utf-8")
    res = CliRunner().invoke(cli, ["summarize", str(path), "--engine", "rules"])
    assert res.exit_code == 8 and res.stdout == ""
    assert "page.txt holds no report text" in res.stderr.strip().splitlines()[-1]


def test_a_report_that_lists_its_attachments_files_is_read() -> None:
    # (the report's own text is there: a file named under it is an attachment, not the report)
    body = (
        "2025年，区司法局坚持依法行政，全年办理行政复议案件56件，开展执法检查12次，培训执法人员300人次。"
        "我们完善合法性审查机制，审查规范性文件18件，重大行政决策全部经过合法性审查，行政执法三项制度全面落实。"
    )
    doc = summarize(text="\n".join([*_DOWNLOAD_PAGE[1:3], "一、主要举措和成效", body * 2, *_DOWNLOAD_PAGE[3:]]))
    assert doc.document.doc_type == "annual_report"
    assert doc.achievements


def test_a_signers_run_after_the_passing_sentence_is_led_by_its_first_though_a_later_name_is_unknown() -> None:
    # (a regulator's branch the reader does not know among the signers: the run still starts at the sentence's end;
    # and the department that asks to be told of problems, 请及时向省人社厅报告, is its own signer, not its audience)
    doc = _facts(
        "现将《山西省农民工工资保证金实施办法》印发给你们，请结合实际抓好贯彻执行。遇到重大问题，请及时向省人力资源社会保障厅"
        "报告。山西省人力资源和社会保障厅山西省住房和城乡建设厅某某监管分局2025年3月4日（此件主动公开）"
        "山西省农民工工资保证金实施办法 为依法保护农民工工资权益，制定本办法。"
    )
    assert doc.agency == "山西省人力资源和社会保障厅"


def test_a_circular_to_a_line_of_works_bureaus_is_no_place_governments() -> None:
    # (a department's notice to the bureaus below it says what the province does: the province is not its writer)
    doc = _facts(
        "晋人社发〔2025〕6号各市人力资源和社会保障局、财政局、卫生健康委：按照人力资源社会保障部《关于开展工伤保险异地就医"
        "结算试点工作的通知》要求，为做好我省试点工作，现将文件转发给你们，并结合实际提出如下意见：一、明确试点城市按照合理"
        "布局、分步纳入的原则，山西省充分考虑区域协同需要，优先选择临近省会的城市开展试点。二、做好结算服务。各地要加强经办服务。"
    )
    assert doc.agency != "山西省"


def test_a_speech_to_a_congress_that_states_the_years_requirements_is_a_work_report() -> None:
    # (body only: 各位代表！ twice, and 今年政府工作的总体要求是… that had made it points of work)
    doc = _facts(
        "各位代表！一年来，我们坚持稳中求进，新区经济总量突破400亿元，新增市场主体3200户。",
        "各位代表！前进的道路并不平坦，我们清醒认识到：一是产业基础还不牢，二是公共服务还有短板。",
        "今年新区工作的总体要求是：坚持生态优先，推动高质量发展，地区生产总值增长6%左右。",
        "我们将重点抓好以下工作：一是加快产业升级，二是补齐民生短板。",
    )
    assert doc.doc_type == "government_work_report"


def test_a_kind_of_zone_without_its_place_is_no_name() -> None:
    # (自贸试验区以制度创新为核心…, in a zone's rules: a kind of zone, no one body; the zone's committee is one)
    from summarizer.facts.names import org_name

    assert org_name("自贸试验区", place=True) is None
    assert org_name("自贸试验区管委会") == "自贸试验区管委会"


def test_a_past_years_heading_that_carries_out_a_superiors_plan_is_no_plan_part() -> None:
    # (二、严格落实省委省政府法治建设工作安排 in a report with no plan part: its work of the year, not next year's plans;
    # a heading that says 下一步 stays a plan part whatever it carries out)
    s = summarize(
        text="\n".join(
            [
                "平川省司法厅2025年度法治政府建设情况报告",
                "一、充分发挥厅党组的领导核心作用",
                "厅党组召开专题会议6次，研究部署法治建设工作。",
                "二、严格落实省委省政府法治建设工作安排",
                "印发年度法治工作要点，细化工作任务32项。",
                "三、严格规范公正文明执法",
                "全年开展执法检查45次。",
            ]
        ),
        engine="rules",
    )
    assert [m.title for m in s.measures][1] == "严格落实省委省政府法治建设工作安排"
    assert s.plans == []
    from summarizer.sections import heading_parts

    assert heading_parts("三、下一步将认真落实省委工作安排") == ["next_year_plans"]

"""Report shapes the seeds do not have, as a careful reader sees them (hand-written, realistic).

R1: duty part before shortfalls; shortfalls as 一是…；二是…; causes after 究其原因 in the same part; a 其他 part.
R2: a county government: 工作开展情况 / 存在问题 / 下一步工作计划; the duty in one sentence by the 县长; a signature.
R3: 第一部分 / 第二部分 / 第三部分 around 一、 headings; shortfalls as `A；B` with no intro phrase.
R4: a 工作总结 with measures and results in separate parts (一、主要举措 / 二、取得成效), 存在问题及整改措施, plans as
    一是… in one paragraph; no duty report.
R5: a 街道办事处 whose top level is （一）; the duty in a sentence by the 书记/主任; plans without a stated year.
R6: numbering lost in copying: part headings are bare lines, measures are paragraphs opening with a short sentence.
R7: Arabic top level (1. 2. …) whose headings start with a year (4.2024年工作思路).
R8: one part for problems, causes and next steps (存在的问题、原因及下一步打算), each introduced by a phrase.
R9: numbered shortfalls (1.…不够广 2.执法装备不足), a part ① without sub-headings, plans in one sentence.
"""

from __future__ import annotations

from summarizer import summarize

R1 = """某市人力资源和社会保障局2023年法治政府建设情况报告
2023年，市人社局坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、2023年推进法治政府建设的主要举措和成效
（一）加强组织领导，压实法治建设责任。调整法治政府建设领导小组，全年召开党组会专题研究法治工作4次，制定年度法治建设工作要点。
（二）深化“放管服”改革，优化营商环境。全年办理社保业务126.5万件，网办率达92.3%，平均办理时限压缩至3个工作日。
（三）严格规范公正文明执法。全年办理劳动保障监察案件1,256件，为2,318名劳动者追讨工资等待遇3,046.8万元，行政复议纠错率为0。
二、党政主要负责人履行推进法治建设第一责任人职责情况
局主要负责同志认真履行推进法治建设第一责任人职责。一是带头学法，全年主持党组理论学习中心组学法6次。二是带头研究部署，亲自审定年度法治工作要点。三是带头依法决策，重大行政决策全部经过合法性审查。
三、存在的不足和原因
一是部分干部运用法治思维解决问题的能力不强；二是基层执法力量相对薄弱；三是普法宣传的针对性有待增强。究其原因，主要是：对法治建设重要性认识还不够到位；执法人员培训不够系统。
四、2024年工作打算
（一）持续深入学习贯彻习近平法治思想。
（二）加强劳动保障监察执法队伍建设，全年组织执法培训不少于2次。
（三）深化“谁执法谁普法”普法责任制。
五、其他需要报告的情况
无。
"""

R2 = """某县人民政府关于2023年度法治政府建设工作情况的报告
县人大常委会：
2023年，县政府在县委的坚强领导下，全面推进依法行政。现将工作情况报告如下：
一、工作开展情况
（一）健全依法决策机制。出台《某县重大行政决策程序规定》，全年对12项重大行政决策进行合法性审查。县长切实履行推进法治建设第一责任人职责，主持召开县政府常务会议学法4次。
（二）推进严格规范公正文明执法。全县行政执法案件网上办理率达100%，开展执法案卷评查2次，评查案卷160卷。
（三）化解社会矛盾纠纷。全年受理行政复议案件35件，办结33件，行政机关负责人出庭应诉率100%。
二、存在问题
一是依法行政意识有待进一步增强；二是行政执法规范化水平有待提升。
三、下一步工作计划
（一）加强法治政府建设统筹推进。
（二）深入推进严格规范公正文明执法。
某县人民政府
2024年1月15日
"""

R3 = """某区司法局2024年度法治政府建设工作报告
第一部分 2024年法治政府建设工作情况
一、强化法治思维，推进依法决策
全年审查区政府合同68份，提出法律意见230余条。
二、加强执法监督，规范行政行为
组织全区行政执法人员培训3期，培训800余人次。
第二部分 存在的主要问题
法治宣传形式不够新颖；执法监督的力度需要进一步加大。
第三部分 2025年工作安排
一、持续深化法治政府示范创建
二、加强行政执法协调监督工作体系建设
三、推进公共法律服务体系建设
"""


R4 = """某市市场监督管理局2023年度法治政府建设工作总结
今年以来，我局认真贯彻落实市委、市政府关于法治政府建设的部署要求。现将2023年度法治政府建设情况报告如下。
一、主要举措
（一）完善权责清单。动态调整权责清单事项，全年调整事项46项。
（二）规范涉企检查。全面推行“双随机、一公开”监管，开展联合抽查38次。
二、取得成效
全年办理行政许可事项2.3万件，按时办结率100%；查办各类违法案件1,042件，罚没款1,365.7万元。
三、存在问题及整改措施
（一）存在问题。部分执法人员对新修订法律法规掌握不够；执法办案信息化水平不高。
（二）整改措施。加强执法人员培训；推进智慧监管平台建设。
四、2024年工作计划
一是深化“放管服”改革，全年压减审批时限20%以上。二是加强执法队伍建设。三是强化普法宣传。
"""

R5 = """某街道办事处2023年法治政府建设情况报告
（一）主要工作开展情况
1.强化组织领导。街道党工委书记、办事处主任切实履行推进法治建设第一责任人职责，全年召开专题会议3次。
2.推进矛盾纠纷化解。全年调处矛盾纠纷215件，调解成功率98.6%。
（二）存在的问题
基层法治力量不足，法律明白人培养有待加强。下一步，我们将进一步充实基层法治力量。
（三）下一步工作打算
1.加强基层法治队伍建设。
2.深化法治宣传教育。
"""


R6 = """某县交通运输局2023年法治政府建设年度报告
2023年，我局深入学习贯彻习近平法治思想，全面推进交通运输法治政府部门建设。现将有关情况报告如下：
主要举措和成效
强化执法监督。全年开展执法案卷评查4次，评查案卷120卷，整改问题35个。
深化“放管服”改革。全年办理道路运输许可事项1,862件，即办率达96.5%。
存在的不足和原因
执法人员素质参差不齐；信息化执法手段运用不够。主要原因是培训投入不足。
党政主要负责人履行推进法治建设第一责任人职责情况
局主要负责人亲自部署法治建设工作，全年主持召开专题会议3次，带头讲法治课1次。
2024年工作安排
一是加强执法队伍建设；二是推进智慧执法；三是深化普法宣传。
"""

R7 = """某区教育局2023年法治政府建设工作报告
1.2023年工作情况
（1）完善依法决策机制。全年对18项重大决策事项开展合法性审查。
（2）加强校园法治教育。开展“法治进校园”活动56场，覆盖师生3.2万人次。
2.履行推进法治建设第一责任人职责情况
局党组书记、局长认真履行第一责任人职责，全年专题研究法治工作5次。
3.存在的问题和不足
依法治校工作发展不平衡，部分学校法治教育形式单一。
4.2024年工作思路
（1）深入推进依法治校示范校创建。
（2）加强教育行政执法。
"""


R8 = """某市生态环境局2023年度法治政府建设情况报告
现将我局2023年度法治政府建设情况报告如下：
一、主要举措和成效
（一）严格环境执法。全年立案查处环境违法案件146件，罚款2,386.5万元。
（二）推进依法决策。全年开展合法性审查32件。
二、主要负责人履行推进法治建设第一责任人职责情况
（一）带头学法用法。全年组织党组会议学法6次。
（二）带头依法决策。所有重大决策均经集体讨论。
三、存在的问题、原因及下一步打算
存在的问题主要表现在：环境执法能力与新形势要求还有差距；普法宣传方式较为单一。
产生问题的原因主要是：执法人员专业培训不足；普法投入有限。
下一步，我局将重点做好以下工作：一是加强执法能力建设；二是创新普法宣传方式；三是深化环境领域依法行政。
"""

R9 = """某县卫生健康局2023年法治政府建设年度报告
一、2023年法治政府建设主要举措和成效
全年审查规范性文件3件，办理行政许可事项2,136件。
二、存在的不足
1.法治培训覆盖面不够广。
2.执法装备不足。
3.基层卫生监督力量薄弱。
三、2024年工作打算
2024年，我局将继续加强法治培训，推进执法装备标准化建设，并充实基层卫生监督力量。
"""


def test_r1_causes_follow_shortfalls_in_one_part():
    s = summarize(R1, engine="rules")
    assert s.document.agency == "某市人力资源和社会保障局" and s.document.report_year == 2023
    assert [x.issue for x in s.shortfalls] == [
        "部分干部运用法治思维解决问题的能力不强",
        "基层执法力量相对薄弱",
        "普法宣传的针对性有待增强",
    ]
    assert [c.cause for c in s.causes] == ["对法治建设重要性认识还不够到位", "执法人员培训不够系统"]
    assert "究其原因" not in s.shortfalls[-1].evidence[0].text
    frp = s.first_responsible_person
    assert frp.dedicated_section and frp.section == "二"
    assert [a.action for a in frp.actions] == ["带头学法", "带头研究部署", "带头依法决策"]
    assert len(s.plans) == 3 and {p.target_year for p in s.plans} == {2024}  # 五、其他 is not a plan
    assert [(m.value, m.unit, m.qualifier) for m in s.plans[1].metrics] == [(2.0, "次", "不少于")]
    values = {(m.value, m.unit) for a in s.achievements for m in a.metrics}
    assert {(126.5, "万件"), (92.3, "%"), (1256.0, "件"), (2318.0, "名"), (3046.8, "万元")} <= values
    assert s.compliance.missing == [] and s.verification.ok


def test_r2_duty_reported_by_the_county_head_in_one_sentence():
    s = summarize(R2, engine="rules")
    assert s.document.agency == "某县人民政府" and s.document.report_year == 2023
    frp = s.first_responsible_person
    assert frp.reported and not frp.dedicated_section and frp.section == "一(一)"
    assert frp.actions[0].action.startswith("县长切实履行推进法治建设第一责任人职责")
    assert len(s.shortfalls) == 2 and s.causes == []
    assert [p.action for p in s.plans] == ["加强法治政府建设统筹推进", "深入推进严格规范公正文明执法"]
    assert {p.target_year for p in s.plans} == {None}  # 下一步 names no year; 2024年1月15日 is the signature's date
    assert any(m.value == 160 and m.unit == "卷" for a in s.achievements for m in a.metrics)
    assert s.compliance.missing == [] and s.verification.ok


def test_r3_parts_numbered_as_chapters_and_an_unintroduced_list():
    s = summarize(R3, engine="rules")
    assert s.document.agency == "某区司法局" and s.document.report_year == 2024
    assert [m.title for m in s.measures] == ["强化法治思维，推进依法决策", "加强执法监督，规范行政行为"]
    assert [x.issue for x in s.shortfalls] == ["法治宣传形式不够新颖", "执法监督的力度需要进一步加大"]
    assert len(s.plans) == 3 and {p.target_year for p in s.plans} == {2025}
    assert s.compliance.missing == ["first_responsible_person"]
    assert {(m.value, m.unit, m.qualifier) for a in s.achievements for m in a.metrics} >= {
        (68.0, "份", None),
        (230.0, "条", "余"),
        (3.0, "期", None),
        (800.0, "人次", "余"),
    }


def test_r4_results_part_gives_achievements_not_a_measure():
    s = summarize(R4, engine="rules")
    assert s.document.doc_type == "annual_report" and s.document.report_year == 2023
    assert [m.title for m in s.measures] == ["完善权责清单", "规范涉企检查"]
    values = {(m.value, m.unit) for a in s.achievements for m in a.metrics}
    assert {(46.0, "项"), (38.0, "次"), (2.3, "万件"), (100.0, "%"), (1042.0, "件"), (1365.7, "万元")} <= values
    assert [x.issue for x in s.shortfalls] == ["部分执法人员对新修订法律法规掌握不够", "执法办案信息化水平不高"]
    assert [p.action for p in s.plans] == ["深化“放管服”改革", "加强执法队伍建设", "强化普法宣传"]
    assert [(m.value, m.unit, m.qualifier) for m in s.plans[0].metrics] == [(20.0, "%", "以上")]
    assert s.compliance.missing == ["first_responsible_person"] and s.verification.ok


def test_r5_unstated_target_year_is_not_invented():
    s = summarize(R5, engine="rules")
    assert s.document.agency == "某街道办事处"
    assert [m.title for m in s.measures] == ["强化组织领导", "推进矛盾纠纷化解"]
    assert s.first_responsible_person.reported and not s.first_responsible_person.dedicated_section
    assert [p.action for p in s.plans] == ["加强基层法治队伍建设", "深化法治宣传教育"]
    assert all(p.target_year is None for p in s.plans)  # the report names no year: none is made up
    assert s.verification.ok and s.verification.unsupported_numbers == 0


def test_r6_part_headings_without_numbers():
    s = summarize(R6, engine="rules")
    assert [sec.heading for sec in s.outline] == [
        "主要举措和成效",
        "存在的不足和原因",
        "党政主要负责人履行推进法治建设第一责任人职责情况",
        "2024年工作安排",
    ]
    assert [m.title for m in s.measures] == ["强化执法监督", "深化“放管服”改革"]
    assert [x.issue for x in s.shortfalls] == ["执法人员素质参差不齐", "信息化执法手段运用不够"]
    assert [c.cause for c in s.causes] == ["培训投入不足"]
    assert s.first_responsible_person.dedicated_section
    assert [p.action for p in s.plans] == ["加强执法队伍建设", "推进智慧执法", "深化普法宣传"]
    assert {p.target_year for p in s.plans} == {2024}
    values = {(m.value, m.unit) for a in s.achievements for m in a.metrics}
    assert {(4.0, "次"), (120.0, "卷"), (35.0, "个"), (1862.0, "件"), (96.5, "%")} <= values
    assert s.compliance.missing == [] and s.verification.ok


def test_r7_arabic_parts_whose_headings_start_with_a_year():
    s = summarize(R7, engine="rules")
    assert [sec.id for sec in s.outline if sec.level == 1] == ["1", "2", "3", "4"]
    assert [m.title for m in s.measures] == ["完善依法决策机制", "加强校园法治教育"]
    assert s.first_responsible_person.dedicated_section and s.first_responsible_person.section == "2"
    assert len(s.shortfalls) == 1
    assert [p.action for p in s.plans] == ["深入推进依法治校示范校创建", "加强教育行政执法"]
    assert {p.target_year for p in s.plans} == {2024}
    assert s.compliance.missing == [] and s.verification.ok  # 4.2024年 is no decimal: 2024年 is supported


def test_r8_problems_causes_and_next_steps_in_one_part():
    s = summarize(R8, engine="rules")
    assert [x.issue for x in s.shortfalls] == ["环境执法能力与新形势要求还有差距", "普法宣传方式较为单一"]
    assert [c.cause for c in s.causes] == ["执法人员专业培训不足", "普法投入有限"]
    assert [p.action for p in s.plans] == ["加强执法能力建设", "创新普法宣传方式", "深化环境领域依法行政"]
    assert all(p.target_year is None for p in s.plans)  # 下一步 names no year
    assert [a.action for a in s.first_responsible_person.actions] == ["带头学法用法", "带头依法决策"]
    assert s.compliance.missing == [] and s.verification.ok


def test_r9_numbered_shortfalls_are_entries_not_sub_parts():
    s = summarize(R9, engine="rules")
    assert [x.issue for x in s.shortfalls] == ["法治培训覆盖面不够广", "执法装备不足", "基层卫生监督力量薄弱"]
    assert s.measures == []  # the part's own heading is no measure; its numbers are achievements
    assert {(m.value, m.unit) for a in s.achievements for m in a.metrics} == {(3.0, "件"), (2136.0, "件")}
    assert len(s.plans) == 1 and s.plans[0].target_year == 2024
    assert s.compliance.missing == ["first_responsible_person"] and s.verification.ok


def test_years_written_in_chinese_numerals():
    text = (
        "某镇人民政府二〇二三年度法治政府建设情况报告\n二〇二三年，我镇深入推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）推进依法决策。全年审查合同12份。\n二、存在的不足和原因\n基层法治力量薄弱。\n"
        "三、二〇二四年工作安排\n（一）加强法治队伍建设。"
    )
    s = summarize(text, engine="rules")
    assert s.document.agency == "某镇人民政府" and s.document.report_year == 2023
    assert [p.target_year for p in s.plans] == [2024]
    statuses = {n.path: n.status for n in s.verification.numbers if n.path.endswith("year")}
    assert statuses == {"document.report_year": "equivalent", "plans[0].target_year": "equivalent"}


R10 = """某区民政局2023年法治政府建设情况报告
一、主要举措和成效
（一）推进依法决策。全年审查合同12份。
二、存在的问题
问题主要有：1.部分干部法治意识有待增强；2.执法能力不足；3.普法宣传针对性不强。
三、2024年工作计划
重点做好以下工作：（一）加强法治学习；（二）规范执法行为；（三）创新普法方式。
"""


def test_r10_items_enumerated_inside_one_sentence():
    s = summarize(R10, engine="rules")
    assert [x.issue for x in s.shortfalls] == ["部分干部法治意识有待增强", "执法能力不足", "普法宣传针对性不强"]
    assert [p.action for p in s.plans] == ["加强法治学习", "规范执法行为", "创新普法方式"]
    assert s.verification.ok


# Issue 10: item patterns of real reports, written in our own words.
# R11: counted nouns after the number (N人参加…、M人合格取证 / N份合同、M份文件), a verb-only lead (共组织N名人员…),
#      structural and name numbers (通过四项举措, “2办5组”, “1234”工作法), a numberless achievement (成立…委员会),
#      pending work (拟…目前正在办理), a fact repeated in a later subsection, a report stating no causes.
R11 = """某市市场监督管理局2024年法治政府建设年度报告
2024年，市市场监管局在市委、市政府领导下扎实推进法治政府建设。现将有关情况报告如下：
一、2024年推进法治政府建设的主要举措和成效
（一）提升执法队伍素质
围绕执法规范化，通过四项举措提升队伍能力。全年共组织36名人员参加执法资格考试，30人参加岗位轮训、28人合格取证。
（二）健全决策机制
局法律顾问共对9份合同、2份规范性文件进行了合法性审查。拟出台重大行政决策2项，目前正在按程序办理。牵头“2办5组”工作专班，推行“1234”工作法。
（三）化解矛盾纠纷
成立市消费纠纷人民调解委员会，设立12315投诉分流中心。全年受理投诉举报4521件，挽回经济损失386.5万元。
（四）强化执法监督
开展案卷评查，全年受理投诉举报4521件，挽回经济损失386.5万元，得到群众好评。
二、存在的不足
一是部分执法人员业务能力不强；二是基层执法装备不足。
三、2025年工作安排
（一）加强对食品生产企业、餐饮服务单位、特种设备使用单位、药品零售企业等重点对象的日常监督检查，守牢安全底线。
（二）深化信用监管。
"""


def test_r11_counted_nouns_structural_numbers_pending_and_duplicates():
    s = summarize(R11, engine="rules")
    labels = {(m.value, m.unit): m.label for a in s.achievements for m in a.metrics}
    assert labels[(30, "人")] == "参加岗位轮训" and labels[(28, "人")] == "合格取证"
    assert labels[(9, "份")] == "合同" and labels[(2, "份")] == "规范性文件"
    assert labels[(36, "名")] == "人员"  # what is counted, not the verb 共组织 before it
    statements = [a.statement for a in s.achievements]
    assert not any("四项举措" in x or "2办5组" in x or "1234" in x for x in statements)  # structural, named
    assert not any("拟出台" in x for x in statements)  # pending work is not achieved
    assert any(x.startswith("成立市消费纠纷人民调解委员会") for x in statements)  # numberless achievement
    assert sum("4521件" in x for x in statements) == 1  # one fact once
    assert [p.action for p in s.plans][0].endswith("等重点对象的日常监督检查")  # a whole clause, not 40 characters
    assert s.compliance.shortfalls_causes.present and s.compliance.shortfalls_causes.causes_stated is False
    assert s.verification.ok


# R12: an implementation plan whose tasks name their 责任单位, with damaged numbering ((十 / )… / no enumerator)
#      and headings fused with their body where the source omits 。.
R12 = """某区教育局法治政府建设实施方案（2023—2027年）
为深入推进依法行政，结合本局实际，制定本方案。
一、总体要求
（一）指导思想。以习近平法治思想为指导。
（二）工作目标。到2027年，依法治校水平全面提升。
二、主要任务
（三）完善依法决策机制。严格执行重大行政决策程序。（责任单位：办公室、政策法规股）
（十全面落实教育执法责任制建立健全执法权责清单，规范执法程序。（责任单位：政策法规股）
)加强校园安全依法治理。健全校园安全风险防控体系。（责任单位：安全股）
深化法治宣传教育。每年至少组织2次法治专题讲座。（责任单位：宣传股、政策法规股）
三、保障措施
加强组织领导，确保各项任务落实到位。
"""


def test_r12_plan_view_keeps_every_task_with_its_responsible_unit():
    s = summarize(R12, engine="rules")
    assert s.document.doc_type == "implementation_plan"
    assert [(p.action, p.responsible) for p in s.plans] == [
        ("到2027年，依法治校水平全面提升", None),  # its goal, under its own heading: no task, no unit
        ("完善依法决策机制", "办公室、政策法规股"),
        ("全面落实教育执法责任制", "政策法规股"),
        ("加强校园安全依法治理", "安全股"),
        ("深化法治宣传教育", "宣传股、政策法规股"),
    ]
    assert {p.period for p in s.plans} == {"2023—2027"}
    assert not s.achievements and not s.shortfalls
    assert s.verification.ok


# R12b: a part heading over several tasks, the first of which has lost its enumerator: the task is the paragraph
#       under the heading, not the part heading itself.
R12B = """某市卫生健康委法治政府建设实施方案（2021—2025年）
为推进卫生健康领域依法行政，制定本方案。
一、完善制度体系
（一）健全规范性文件管理。严格合法性审核。（责任科室：法规科）
（二）清理过时文件。每年开展一次清理。（责任科室：办公室）
二、提升执法水平，推动依法履职

做实传染病监测预警。健全多点触发监测机制，完善应急预案。（责任科室：疾控科、应急办）

（三）规范监督执法。全面推行执法三项制度。（责任科室：监督科）
（四）加强执法培训。每年组织执法人员轮训。（责任科室：人事科）
"""


def test_r12b_a_part_heading_over_tasks_is_not_the_title_of_the_first_unnumbered_task():
    s = summarize(R12B, engine="rules")
    assert s.document.doc_type == "implementation_plan"
    pairs = [(p.action, p.responsible) for p in s.plans]
    assert ("做实传染病监测预警", "疾控科、应急办") in pairs
    assert not any(a.startswith("提升执法水平") for a, _ in pairs)
    assert len(pairs) == 5

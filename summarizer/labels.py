"""Chinese display names of the schema's values, in one place: every renderer (Markdown, review page, table,
dashboard) and the quality indicators say a part, an area or a document type the same way."""

from __future__ import annotations

PART_LABELS: dict[str, str] = {
    "measures_achievements": "主要举措和成效",
    "shortfalls_causes": "存在的不足和原因",
    "first_responsible_person": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "next_year_plans": "下一年度主要安排",
}

DOC_TYPE_LABELS = {
    "annual_report": "法治政府建设年度报告",
    "implementation_plan": "实施方案",
    "work_points": "工作要点",
    "accountability_report": "述法报告",
    "information_disclosure_report": "政府信息公开工作年度报告",
    "government_work_report": "政府工作报告",
    "news": "新闻报道",
    "assessment_form": "考核评估表",
    "other": "其他文件",
}

AREA_LABELS = {
    "decision_making": "依法决策",
    "normative_documents": "规范性文件",
    "law_enforcement": "行政执法",
    "legal_publicity": "普法宣传",
    "supervision": "权力监督",
    "government_services": "政务服务",
    "dispute_resolution": "矛盾纠纷化解",
    "leadership": "党的领导与组织保障",
    "other": "其他",
}

STATUS_LABELS = {"done": "完成", "failed": "失败"}

VERIFICATION_LABELS = {True: "通过", False: "未通过", None: "未核验"}

SHORT_LABELS = {
    "measures_achievements": "举措成效",
    "shortfalls_causes": "不足原因",
    "first_responsible_person": "第一责任人",
    "next_year_plans": "下年安排",
}

INDICATOR_LABELS = {
    "completeness": "结构完整",
    "concreteness": "内容具体",
    "problem_analysis": "问题分析",
    "plans": "安排可考核",
    "timeliness": "按时公开",
}

TIMELINESS_LABELS = {"on_time": "按时", "late": "逾期", "unknown": "无法判断"}

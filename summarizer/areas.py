"""Areas of rule-of-law work (决策, 执法, 普法…): one classifier for the rules engine's measures and for the
follow-through and dashboard, which group any engine's items by area."""

from __future__ import annotations

import re

from .models import Area

_AREA_CUES: list[tuple[Area, re.Pattern[str]]] = [
    (Area.dispute_resolution, re.compile(r"纠纷|调解|信访|复议|应诉|诉讼|矛盾")),
    (Area.normative_documents, re.compile(r"规范性文件|文件管理|制度体系|立法|清理")),
    (Area.decision_making, re.compile(r"决策|法律顾问|合法性审查|三重一大|公职律师")),
    (Area.government_services, re.compile(r"放管服|政务服务|审批|营商环境|证照|一网通办|便民")),
    (Area.law_enforcement, re.compile(r"执法|监管|处罚|三项制度|双随机|检查|查处")),
    (Area.legal_publicity, re.compile(r"普法|宣传|宣教|学法|法治文化|法治教育|培训")),
    (Area.supervision, re.compile(r"监督|政务公开|公开|问责|评查|督察")),
    (Area.leadership, re.compile(r"党建|领导|责任体系|组织|党组|第一责任|理论武装|政治|思想")),
]


def classify_area(title: str, body: str) -> Area:
    """The area of a measure from the cues in its title (weighted 3×) and the first 400 characters of its body."""
    scores: dict[Area, int] = {}
    for area, cue in _AREA_CUES:
        s = 3 * len(cue.findall(title)) + len(cue.findall(body[:400]))
        if s:
            scores[area] = s
    return max(scores, key=lambda a: scores[a]) if scores else Area.other

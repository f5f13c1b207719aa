"""The suite's two languages: English, and Korean, the seed's own (`--lang ko`).

Each claim carries its words in both (`Ko:` and `Ko title:` in its declaration), and each family
its feature's (`conformance.registry.family`); this module holds the rest a reader sees: the
verdicts' names and the labels of the table and of `--explain`. Values observed on the host
(addresses, flags, command outputs) are shown as they are, in neither language.
"""

from __future__ import annotations

import unicodedata

from conformance import registry
from conformance.verdict import LANGS

__all__ = ["LANGS", "feature", "pad", "width", "word"]

WORDS = {
    "en": {
        "heading": "docker-conformance: verdicts by claim",
        "swept": "swept from earlier, dead runs: {items}",
        "summary": "summary: {path}",
        "allure": "allure results: {path}  (HTML: docker-conformance report, or tox -e report)",
        "no namespaces": "no CAP_SYS_ADMIN (not root?): containers' network namespaces cannot be entered",
        "quiet": "host activity: none seen (no other container joined or left a network meanwhile)",
        "busy": "host activity: other containers joined or left networks during {busy}",
        "explained": "{claim} explained",
        "claim": "The claim: {text}",
        "seed": "The seed shows: {seed}",
        "no seed": "Where it comes from: Docker's own documentation (the seed does not cover it)",
        "verdict": "Verdict: {verdict}: {reason}",
        "seen": "What was seen:",
        "by hand": "Check it by hand: {command}",
        "causes": "Likely causes",
        "cause": "- {text} (evidence: {evidence})",
        "no cause": "No likely cause stood out; compare what was seen with what the seed shows.",
        "skipped": "Not judged here ({count}; each says why): {claims}.",
        "the rest": (
            "To judge them too: let the suite observe through the engine (without `--probe never`), "
            "or run it as root (`sudo -E tox -e conformance`)."
        ),
        "going through": (
            "{user} may talk to the engine but cannot enter its containers' network namespaces (no "
            "CAP_SYS_ADMIN). Membership of the docker group grants root on this host through the engine, "
            "as Docker documents, so the suite observes through the engine: this user's own suite runs "
            "as root in a helper container (the suite's busybox image, the engine's mount namespace, the "
            "host's network and PID namespaces), and its observations are judged here. `--probe never` "
            "turns this off (the run then judges only what this user can)."
        ),
        "through": (
            "Observed through the engine at {host}: {user} cannot enter the containers' namespaces, so this "
            "user's suite ran as root in a helper container (the docker group allows it; "
            "`--probe never` turns this off)."
        ),
        "refused": "The engine refused the helper container, so {user} judged only what it could: {why}",
        "config unread": "The engine's configuration, not read: {items}.",
        "config conflicts": "Set both on the command line and in the file: {items}.",
        "config not judged": (
            "Configured, not judged (no claim reads these settings; values in summary.json): {items}."
        ),
        "drift": "Drift from {file} ({count} setting(s); exit status 26):",
        "no drift": "No drift from {file}: the engine runs the configuration it names.",
        "drift heading": "Drift from {file}",
    },
    "ko": {
        "heading": "docker-conformance: 주장별 판정",
        "swept": "앞서 죽은 실행이 남긴 것을 치웠다: {items}",
        "summary": "요약: {path}",
        "allure": "allure 결과: {path}  (HTML: docker-conformance report 또는 tox -e report)",
        "no namespaces": (
            "CAP_SYS_ADMIN이 없다 (root가 아님?): 컨테이너의 네트워크 네임스페이스에 들어갈 수 없다"
        ),
        "quiet": "호스트의 다른 활동: 없음 (그동안 네트워크에 들어오거나 나간 다른 컨테이너가 없다)",
        "busy": "호스트의 다른 활동: {busy} 동안 다른 컨테이너가 네트워크에 들어오거나 나갔다",
        "explained": "{claim} 설명",
        "claim": "주장: {text}",
        "seed": "블로그(seed) 원문: {seed}",
        "no seed": "출처: Docker 공식 문서 (블로그(seed)에는 없는 내용)",
        "verdict": "판정: {verdict}: {reason}",
        "seen": "이 컴퓨터에서 관찰한 것:",
        "by hand": "직접 확인하는 명령: {command}",
        "causes": "가능한 원인",
        "cause": "- {text} (근거: {evidence})",
        "no cause": "눈에 띄는 원인은 없다. 관찰한 것과 블로그(seed)의 출력을 비교해 보자.",
        "skipped": "여기서 판정하지 못한 주장 ({count}개, 각각 이유를 말함): {claims}.",
        "the rest": (
            "나머지도 판정하려면 엔진을 통해 관찰하게 하거나 (`--probe never` 없이), "
            "root로 실행하자 (`sudo -E tox -e conformance`)."
        ),
        "going through": (
            "{user}는 엔진과 이야기할 수 있지만 컨테이너의 네트워크 네임스페이스에는 들어갈 수 없다 "
            "(CAP_SYS_ADMIN이 없음). Docker 문서대로 docker 그룹은 엔진을 통해 이 호스트의 root 권한을 "
            "주므로, 스위트는 엔진을 통해 관찰한다: 이 사용자의 스위트가 helper 컨테이너(스위트의 busybox "
            "이미지, 엔진의 마운트 네임스페이스, 호스트의 네트워크와 PID 네임스페이스) 안에서 root로 돌고, "
            "그 관찰을 여기서 판정한다. `--probe never`로 끌 수 있다 (그러면 이 사용자가 할 수 있는 것만 "
            "판정한다)."
        ),
        "through": (
            "{host}의 엔진을 통해 관찰함: {user}는 컨테이너의 네임스페이스에 들어갈 수 없어서, 이 사용자의 "
            "스위트가 helper 컨테이너 안에서 root로 실행되었다 (docker 그룹이 허용한다; "
            "`--probe never`로 끌 수 있다)."
        ),
        "refused": "엔진이 helper 컨테이너를 거부해서 {user}가 할 수 있는 것만 판정했다: {why}",
        "config unread": "엔진 설정 중 읽지 못한 것: {items}.",
        "config conflicts": "명령줄과 설정 파일 양쪽에 있는 설정: {items}.",
        "config not judged": "설정되었지만 판정하지 않는 것 (이 설정을 읽는 주장이 없다): {items}.",
        "drift": "{file}과 다른 설정 ({count}개, 종료 상태 26):",
        "no drift": "{file}과 다른 설정 없음: 엔진은 그 파일의 설정대로 돈다.",
        "drift heading": "{file}과 다른 설정",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    return WORDS[lang][key].format(**values)


def feature(lang: str, name: str) -> str:
    return registry.feature_ko(name) if lang == "ko" else name


def width(text: str) -> int:
    """The terminal columns `text` takes (a Hangul syllable takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """`text` padded to `columns` terminal columns."""
    return text + " " * max(0, columns - width(text))

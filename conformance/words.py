"""A verdict's words, in each language: display only (what machines read are the codes and fields)."""

from __future__ import annotations

# each verdict's code (`conformance.verdict.Status`), as a reader sees it: "documented" names no
# baseline (the reason does: the seed for S-* claims, Docker's documentation of a version otherwise)
STATUS_WORDS = {
    "en": {
        "conforms": "conforms",
        "deviates": "deviates from the documented default",
        "documented": "differs as documented for this engine version",
        "inconsistent": "is internally inconsistent",
        "fails": "fails",
        "not-applicable": "not applicable",
    },
    "ko": {
        "conforms": "준수",
        "deviates": "설정대로(기본값과 다름)",
        "documented": "문서화된 차이",
        "inconsistent": "자기 설정과 모순",
        "fails": "실패",
        "not-applicable": "판정 안 함",
    },
}

# what a changed expectation is told against: the seed document (S-*), or Docker's documentation
# of its current behaviour (D-*), which the profile's base values are
BASELINES = {
    "en": {"seed": "the seed", "docs": "Docker's current documentation"},
    "ko": {"seed": "블로그(seed)", "docs": "현재 Docker 문서"},
}
# the documented value a changed one is told against, in a verdict's reason
TOLD = {
    "en": {"seed": "the seed's {0!r}", "docs": "{0!r} as Docker documents it now"},
    "ko": {"seed": "블로그(seed)의 {0!r}", "docs": "현재 Docker 문서의 {0!r}"},
}
# a fact's line in each language: "[ok ] WHAT: expected X, observed Y (...)"
LINE_WORDS = {
    "en": ("expected", "observed", "documented default", "host setting", "changed"),
    "ko": ("기대값", "관찰값", "문서화된 기본값", "호스트 설정", "바뀐 근거"),
}


# who observed the engine's host (`conformance.model.engine.Observer`), as a reader sees it
OBSERVERS = {
    "en": {
        "process": "this process",
        "probe": "a probe on the engine's host",
        "entered": "a probe in RootlessKit's namespaces, started by the engine's owner",
        "through": (
            "this user's suite, run as root through the engine in a helper container (the docker group)"
        ),
    },
    "ko": {
        "process": "이 프로세스",
        "probe": "엔진 호스트의 프로브",
        "entered": "엔진 소유자가 RootlessKit 네임스페이스 안에서 시작한 프로브",
        "through": "엔진을 통해 helper 컨테이너 안에서 root로 실행된 이 사용자의 스위트 (docker 그룹)",
    },
}

LANGS = ("en", "ko")
# a verdict's reason in each language: its opening, then each fact it rests on, "; "-joined
REASONS = {
    "en": {
        "nothing": ("nothing was observed", ""),
        "inconsistent": (
            "the engine does not do what its own configuration says: ",
            "{what} (configured by {setting})",
        ),
        "fails": ("", "{what}: expected {expected!r}, saw {observed!r}"),
        "deviates": (
            "as the host is configured: ",
            "{what} {observed!r} instead of {documented!r} ({setting})",
        ),
        "documented": ("", "{what}: {observed!r}, not {told} ({change})"),
        "conforms": ("as documented", ""),
    },
    "ko": {
        "nothing": ("관찰된 것이 없다", ""),
        "inconsistent": ("엔진이 자기 설정대로 동작하지 않는다: ", "{what} ({setting}로 설정됨)"),
        "fails": ("", "{what}: 기대값 {expected!r}, 관찰값 {observed!r}"),
        "deviates": ("호스트 설정대로: ", "{what} {observed!r} (기본값 {documented!r} 대신; {setting})"),
        "documented": ("", "{what}: {told}가 아니라 {observed!r} ({change_ko})"),
        "conforms": ("문서대로", ""),
    },
}



# The suite as an image: one `docker run` checks the engine of the host it runs on.
#
#   tox -e image           # builds it offline (a debootstrapped base, wheels built on this host)
#   docker run --rm --network host --pid host --cap-add SYS_ADMIN --cap-add NET_ADMIN \
#     --cap-add SYS_PTRACE --security-opt apparmor=unconfined \
#     -v /var/run/docker.sock:/var/run/docker.sock -v "$PWD/reports:/reports" docker-conformance
#
# BASE is any Debian bookworm image: by default the registry's own; `docker_conformance/image/build.py` passes a
# base it debootstrapped, which already holds the packages below (no registry, no apt here).
ARG BASE=debian:bookworm-slim
FROM ${BASE}
ARG PACKAGES="python3 python3-venv busybox-static iptables iproute2 graphviz"
RUN dpkg -s $PACKAGES >/dev/null 2>&1 || { apt-get update \
    && apt-get install -y --no-install-recommends $PACKAGES && rm -rf /var/lib/apt/lists/*; }
# the project and its dependencies as wheels, built on the build host (`docker_conformance/image/build.py`)
COPY build/wheels /wheels
RUN python3 -m venv /opt/docker-conformance \
    && /opt/docker-conformance/bin/pip install --no-cache-dir --no-index --find-links /wheels docker-conformance \
    && rm -rf /wheels
# the suite runs from the installed wheel (`pytest --pyargs conformance`); /suite holds its scripts
COPY docker_conformance/image/entrypoint.sh docker_conformance/image/fleet-task.sh /suite/image/
# every container made from this image says it is the suite's own (never judged, never swept)
LABEL io.docker-conformance.role="suite"
ENV PATH=/opt/docker-conformance/bin:/usr/sbin:/usr/bin:/sbin:/bin REPORTS=/reports \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /suite
ENTRYPOINT ["/suite/image/entrypoint.sh"]

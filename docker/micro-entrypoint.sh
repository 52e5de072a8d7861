#!/bin/sh
# Same JVM settings as the base image's entrypoint; adds the deployment at "/" and the data grid settings, which
# must come from the environment so one image serves a single instance and a cluster alike.
set -e

if [ -n "${CLUSTER_MODE}" ]; then
    cluster="--clustermode ${CLUSTER_MODE}"
else
    cluster="--nocluster"
fi

exec java -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE}" -Xss"${MEM_XSS}" -XX:+UseContainerSupport ${JVM_ARGS} \
    -jar /opt/payara/payara-micro.jar \
    --deploy /opt/payara/deployments/engagement.war --contextroot / \
    --name "${INSTANCE_NAME:-$(hostname)}" \
    ${cluster} \
    "$@"

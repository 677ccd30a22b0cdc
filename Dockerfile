# syntax=docker/dockerfile:1
# Ensemble in a container (issue 24 §5). Build: docker build -t ensemble .
# Run alone (embedded PostgreSQL in the volume): docker run -p 8080:8080 -v ensemble-data:/data ensemble
# Two nodes with PostgreSQL, Redis and a load balancer: docker compose up --build (README "Docker Compose").

# --- build: the Maven wrapper, as README command 1 (tests run in CI, not here)
FROM eclipse-temurin:17-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY core-domain core-domain
COPY adapters-persistence adapters-persistence
COPY adapters-integrations adapters-integrations
COPY adapters-web adapters-web
COPY app app
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests

# --- run: JRE 17 as a non-root user; everything the node writes lives under the /data volume
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 ensemble \
    && useradd --system --uid 10001 --gid ensemble --home-dir /app --shell /usr/sbin/nologin ensemble \
    && mkdir -p /data/media && chown -R ensemble:ensemble /data
WORKDIR /app
COPY --from=build /src/app/target/ensemble.jar /app/ensemble.jar
COPY config.yml /app/config.yml
ENV DATA_DIR=/data
# README "JVM flags in production"; override JAVA_OPTS to size the heap
ENV JAVA_OPTS="-Xmx512m -XX:+UseTransparentHugePages -XX:MaxGCPauseMillis=10"
VOLUME /data
USER ensemble
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/health" || exit 1
# exec: java is PID 1 and gets SIGTERM, so sockets are told to reconnect elsewhere (server_restart)
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/ensemble.jar \"$@\"", "ensemble"]
CMD ["server", "/app/config.yml"]

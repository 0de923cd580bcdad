# Build with the Maven wrapper, run the jar on a JRE. (No Docker engine on the dev machines: keep it plain.)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY question-bank question-bank
COPY seeds seeds
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app flashpoint && mkdir -p /data && chown flashpoint /data
WORKDIR /app
COPY --from=build /src/target/flashpoint.jar /app/flashpoint.jar
USER flashpoint
ENV FLASHPOINT_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
# a small, explicit heap: the JVM would otherwise take a quarter of the host's memory; the parallel
# collector costs less CPU per request than G1 on a small machine (README, Benchmarks)
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-Xmx256m", "-jar", "/app/flashpoint.jar"]

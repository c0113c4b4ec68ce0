package org.openimr.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The operators' endpoints answer without sign-in: health with its database check, and Prometheus metrics. */
class OperatorEndpointsTest extends LibraryHttpTest {

    @Test
    void healthIsUpWithItsDatabase() {
        JsonNode health = json("/actuator/health", 200);
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsTheRequestsServedAndReportsTheJvmAndTheConnectionPool() {
        json("/api/decisions?q=therapy", 200);

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body().lines().filter(l -> l.startsWith("http_server_requests_seconds_count{"))
                .filter(l -> l.contains("uri=\"/api/decisions\"") && l.contains("status=\"200\"")))
                .as("the search just served is counted").hasSize(1);
        assertThat(metrics.body()).contains("\njvm_memory_used_bytes{").contains("\nhikaricp_connections_active{");
    }
}

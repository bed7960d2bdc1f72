package org.desist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API write, from the OpenAPI contract the service publishes: for each text property of its request body
 * (nested too) a value with a NUL byte and a value over the length ceiling, for each date property the year 0001
 * and 31 February, each alone in an otherwise empty body. Each must be a 400 naming that property; anything else
 * (a 5xx above all) is listed. Path ids are random: the body is read before the handler runs (and before its
 * {@code @PreAuthorize}), so no record needs to exist.
 */
@IntegrationTest
class ApiBadInputWalkTest {

    /** The API has 66 writes with a JSON body (December 2026); fewer means the walk lost its way. */
    private static final int AT_LEAST_OPERATIONS = 60;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Value("${desist.api.max-text-length}")
    int maxTextLength;

    record Case(String operation, String field, String kind, JsonNode body) {}

    @Test
    void everyApiWriteRefusesBadValuesWithAFieldError() throws Exception {
        var service = data.service("Walk");
        String token = data.apiToken(data.account("walk.om", Role.OPERATIONAL_MANAGER, service));
        JsonNode contract = JSON.readTree(mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode schemas = contract.path("components").path("schemas");

        Set<String> operations = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().path(method);
                JsonNode schema = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                operations.add(name);
                String uri =
                        path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                List<Case> walk = new ArrayList<>();
                leaves(name, schema, schemas, "", new ArrayList<>(), walk, 0);
                for (Case c : walk) {
                    cases++;
                    MvcResult result = mvc.perform(request(HttpMethod.valueOf(method.toUpperCase()), uri)
                                    .header("Authorization", "Bearer " + token)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(JSON.writeValueAsString(c.body())))
                            .andReturn();
                    int status = result.getResponse().getStatus();
                    String answer = result.getResponse().getContentAsString();
                    boolean named = false;
                    if (status == 400 && !answer.isEmpty()) {
                        for (JsonNode error : JSON.readTree(answer).path("errors")) {
                            named |= error.path("field").asString().equals(c.field());
                        }
                    }
                    if (!named) {
                        failures.add(c.operation() + " " + c.field() + " (" + c.kind() + ") → " + status + " "
                                + answer.substring(0, Math.min(answer.length(), 200)));
                    }
                }
            }
        }
        System.out.printf("API bad-input walk: %d operations, %d bad values%n", operations.size(), cases);
        assertThat(operations).as("API writes walked").hasSizeGreaterThanOrEqualTo(AT_LEAST_OPERATIONS);
        assertThat(cases).as("bad values sent").isGreaterThan(operations.size() * 2);
        assertThat(failures)
                .as("bad values not refused with a 400 naming the field")
                .isEmpty();
    }

    /**
     * Collects the cases for each text and date property under {@code schema}: {@code prefix} is the JSON
     * property path so far, {@code trail} the property names and array indexes to build the body along.
     */
    private void leaves(
            String operation,
            JsonNode schema,
            JsonNode schemas,
            String prefix,
            List<Object> trail,
            List<Case> cases,
            int depth) {
        schema = resolve(schema, schemas);
        if (depth > 6) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String field = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            List<Object> here = new ArrayList<>(trail);
            here.add(property.getKey());
            visit(operation, property.getValue(), schemas, field, here, cases, depth);
        }
    }

    private void visit(
            String operation,
            JsonNode schema,
            JsonNode schemas,
            String field,
            List<Object> trail,
            List<Case> cases,
            int depth) {
        schema = resolve(schema, schemas);
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (type.equals("array")) {
            List<Object> element = new ArrayList<>(trail);
            element.add(0);
            visit(operation, schema.path("items"), schemas, field + "[0]", element, cases, depth + 1);
        } else if (type.equals("object") || schema.has("properties")) {
            leaves(operation, schema, schemas, field, trail, cases, depth + 1);
        } else if (type.equals("string") && format.equals("date")) {
            cases.add(new Case(operation, field, "the year 0001", body(trail, "0001-01-01")));
            cases.add(new Case(operation, field, "31 February", body(trail, "2020-02-31")));
        } else if (type.equals("string")) {
            cases.add(new Case(operation, field, "a NUL byte", body(trail, "before\u0000after")));
            cases.add(new Case(operation, field, "over the ceiling", body(trail, "x".repeat(maxTextLength + 1))));
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        for (int i = 0; i < 10; i++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asString();
                schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (schema.has("allOf") && schema.get("allOf").size() == 1) {
                schema = schema.get("allOf").get(0);
            } else if (schema.has("oneOf") && schema.get("oneOf").size() >= 1) {
                schema = schema.get("oneOf").get(0);
            } else {
                return schema;
            }
        }
        return schema;
    }

    /** A body with only {@code value} at {@code trail} (property names and array indexes). */
    private static JsonNode body(List<Object> trail, String value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode leaf = nodes.stringNode(value);
        for (int i = trail.size() - 1; i >= 0; i--) {
            Object step = trail.get(i);
            if (step instanceof Integer) {
                leaf = nodes.arrayNode().add(leaf);
            } else {
                ObjectNode object = nodes.objectNode();
                object.set((String) step, leaf);
                leaf = object;
            }
        }
        return leaf;
    }
}

package ai.seiketsu;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ResolvableType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document at /v3/api-docs: every operation is summarised, the main ones show examples. */
@IntegrationTest
class OpenApiDocumentTests {

    private static final List<String> VERBS = List.of("get", "put", "post", "patch", "delete");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    JsonNode paths;
    JsonNode components;

    @BeforeEach
    void document() throws Exception {
        Response docs = new Http(port, InetAddress.getByName("127.4.0.1")).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        Files.writeString(Path.of("target/openapi.json"), docs.body());
        paths = docs.json().at("/paths");
        components = docs.json().at("/components");
    }

    @Test
    void everyApiOperationHasASummary() {
        List<String> operations = new ArrayList<>();
        List<String> unsummarised = new ArrayList<>();
        paths.properties().forEach(path -> VERBS.forEach(verb -> {
            JsonNode operation = path.getValue().path(verb);
            if (path.getKey().startsWith("/api/v1/") && !operation.isMissingNode()) {
                operations.add(verb + " " + path.getKey());
                if (operation.path("summary").asString("").isBlank()) {
                    unsummarised.add(verb.toUpperCase() + " " + path.getKey());
                }
            }
        }));
        assertThat(operations).hasSizeGreaterThan(60);
        assertThat(unsummarised).isEmpty();
    }

    @Test
    void theMainResourcesShowRequestAndResponseExamples() {
        Map<String, String> requests = Map.of(
                "post /api/v1/signup", "application/json",
                "post /api/v1/agents", "application/json",
                "post /api/v1/leads", "application/json",
                "patch /api/v1/leads/{id}/stage", "application/json",
                "post /api/v1/appointments", "application/json",
                "post /api/v1/listings/imports", "text/csv");
        requests.forEach((operation, type) -> assertThat(example(operation, "requestBody", type))
                .as("request example of " + operation).isNotNull());

        Map<String, String> responses = Map.of(
                "post /api/v1/signup", "201",
                "post /api/v1/agents", "201",
                "get /api/v1/listings", "200",
                "post /api/v1/listings/imports", "202",
                "post /api/v1/leads", "201",
                "patch /api/v1/leads/{id}/stage", "200",
                "post /api/v1/appointments", "201",
                "get /api/v1/availability", "200",
                "get /api/v1/conversations", "200",
                "get /api/v1/conversations/{id}", "200");
        responses.forEach((operation, status) -> assertThat(example(operation, "responses/" + status, "*/*"))
                .as("response example of " + operation + " " + status).isNotNull());
    }

    @Test
    void examplesFollowTheProductsShapes() {
        JsonNode lead = example("post /api/v1/leads", "responses/201", "*/*");
        assertThat(lead.at("/score").asInt()).isBetween(0, 100);
        assertThat(lead.at("/scoreReasons/0/factor").asString()).isEqualTo("BUDGET");
        assertThat(lead.at("/merged").isBoolean()).isTrue();
        JsonNode booking = example("post /api/v1/appointments", "requestBody", "application/json");
        assertThat(booking.at("/type").asString()).isEqualTo("SHOWING");
        assertThat(booking.at("/startsAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(example("post /api/v1/listings/imports", "requestBody", "text/csv").asString())
                .startsWith("ListingKey,ListPrice,");
    }

    @Test
    void everyExampleUsesOnlyFieldsItsSchemaHas() {
        List<String> strays = new ArrayList<>();
        paths.properties().forEach(path -> VERBS.forEach(verb -> {
            JsonNode operation = path.getValue().path(verb);
            List<JsonNode> contents = new ArrayList<>();
            contents.add(operation.at("/requestBody/content"));
            operation.path("responses").values().forEach(response -> contents.add(response.path("content")));
            for (JsonNode content : contents) {
                for (var media : content.properties()) {
                    if (media.getValue().has("example") && media.getValue().has("schema")) {
                        strays(media.getValue().get("example"), media.getValue().get("schema"),
                                verb + " " + path.getKey() + " " + media.getKey(), strays);
                    }
                }
            }
        }));
        assertThat(strays).as("example fields the schema does not know").isEmpty();
    }

    /**
     * springdoc names a schema by the class's simple name, so two request or answer types with one name (two
     * controllers' {@code CreateRequest}s) silently share one schema, and one of them is documented wrongly.
     */
    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, java.util.Set<Class<?>>> byName = new java.util.TreeMap<>();
        mappings.getHandlerMethods().values().forEach(handler -> {
            collect(ResolvableType.forMethodReturnType(handler.getMethod()), byName);
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                    collect(ResolvableType.forMethodParameter(parameter), byName);
                }
            }
        });
        assertThat(byName).isNotEmpty();
        assertThat(byName.entrySet()).filteredOn(entry -> entry.getValue().size() > 1).isEmpty();
    }

    /** The type, its generic arguments and, for records of ours, their components' types, by simple name. */
    private static void collect(ResolvableType type, Map<String, java.util.Set<Class<?>>> byName) {
        for (ResolvableType generic : type.getGenerics()) {
            collect(generic, byName);
        }
        Class<?> raw = type.resolve();
        if (raw == null || !raw.getName().startsWith("ai.seiketsu.")
                || !byName.computeIfAbsent(raw.getSimpleName(), name -> new java.util.HashSet<>()).add(raw)) {
            return;
        }
        if (raw.isRecord()) {
            for (var component : raw.getRecordComponents()) {
                collect(ResolvableType.forMethodReturnType(component.getAccessor()), byName);
            }
        }
    }

    /** Walks the example beside its schema and collects every field the schema does not declare. */
    private void strays(JsonNode example, JsonNode schema, String where, List<String> found) {
        JsonNode resolved = resolve(schema);
        if (example.isObject() && resolved.has("properties")) {
            example.properties().forEach(field -> {
                JsonNode property = resolved.get("properties").get(field.getKey());
                if (property == null) {
                    found.add(where + ": " + field.getKey());
                } else {
                    strays(field.getValue(), property, where + "." + field.getKey(), found);
                }
            });
        } else if (example.isArray() && resolved.has("items")) {
            example.values().forEach(item -> strays(item, resolved.get("items"), where + "[]", found));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : components.at("/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** The example of an operation's request body or response, in {@code type} (any type for {@code *}/*). */
    private JsonNode example(String operation, String part, String type) {
        String[] verbAndPath = operation.split(" ", 2);
        JsonNode content = paths.path(verbAndPath[1]).path(verbAndPath[0]).at("/" + part + "/content");
        for (var media : content.properties()) {
            if (type.equals("*/*") || media.getKey().equals(type)) {
                JsonNode value = media.getValue();
                if (value.has("example")) {
                    return value.get("example");
                }
                if (value.has("examples") && !value.get("examples").isEmpty()) {
                    return value.get("examples").values().iterator().next().path("value");
                }
            }
        }
        return null;
    }
}

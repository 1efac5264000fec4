package ai.seiketsu.shared.web;

import java.util.List;
import java.util.Map;

import ai.seiketsu.shared.ApiExample;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document's title and its one security scheme (a bearer token: sk_ key, access token, pk_ key,
 * operator), and the {@link ApiExample}s of the endpoints added to the content springdoc generates.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI seiketsuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Seiketsu API").version("v1")
                        .description("Voice agents for real-estate agencies. Errors are RFC 9457 problems with a "
                                + "stable `code`; lists take `limit` and `cursor`; POSTs take `Idempotency-Key`."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer apiExamples(JsonMapper json) {
        return (operation, handler) -> {
            ApiExample example = handler.getMethodAnnotation(ApiExample.class);
            if (example != null) {
                String where = handler.getShortLogMessage();
                if (!example.request().isBlank()) {
                    Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
                    attach(body, json.readValue(example.request(), Object.class), where + " request");
                }
                if (!example.response().isBlank()) {
                    attach(answer(operation, example.status(), where).getContent(),
                            json.readValue(example.response(), Object.class), where + " response");
                }
            }
            return operation;
        };
    }

    private static ApiResponse answer(Operation operation, String status, String where) {
        Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
        List<String> candidates = status.isBlank()
                ? responses.keySet().stream().filter(code -> code.startsWith("2")).sorted().limit(1).toList()
                : List.of(status);
        if (candidates.isEmpty() || !responses.containsKey(candidates.getFirst())) {
            throw new IllegalStateException("@ApiExample of " + where + ": no documented answer " + status);
        }
        return responses.get(candidates.getFirst());
    }

    /** Sets the example on every JSON media type of {@code content}; there must be at least one. */
    private static void attach(@Nullable Content content, Object example, String where) {
        var json = content == null ? List.<io.swagger.v3.oas.models.media.MediaType>of()
                : content.entrySet().stream().filter(entry -> entry.getKey().contains("json"))
                        .map(Map.Entry::getValue).toList();
        if (json.isEmpty()) {
            throw new IllegalStateException("@ApiExample of " + where + ": no JSON body to attach it to");
        }
        json.forEach(media -> media.setExample(example));
    }
}
